/**
 * Dates stage: forms of news English the rules mishandled (found on invented
 * sentences, not in the corpus): later years of a list, a sentence-opening length after a number, the
 * story's weeks, clipped years, a universal-time clock in wire copy. Sentences are our own; the DCT is
 * Friday 2017-03-10 unless stated.
 */
import { describe, expect, it } from "vitest";
import { timexFinders } from "./helpers/dates.ts";

const DCT = "2017-03-10"; // a Friday
const { find, value, tags } = timexFinders(DCT);

describe("a list of years", () => {
  it("every year of a comma list is tagged, not only the first and the last", () => {
    expect(tags("The orchard flooded in 2003, 2005 and 2011.")).toEqual(["2003=2003", "2005=2005", "2011=2011"]);
    expect(tags("Fares rose in 1994, 1995, 1996 and 1999.")).toHaveLength(4);
  });
  it("a number with a thousands comma is still not a year", () => {
    expect(tags("The hall seats 1,990 people.")).toEqual([]);
    expect(tags("The ticket cost $1990.")).toEqual([]);
  });
});

describe("a length opening a sentence after a number", () => {
  it("'A week later' after a sentence that ends on a number is a length, not a rate", () => {
    const t = find("The ferry left on March 3. A week later, the harbour froze.", "week");
    expect([t.text, t.type, t.value]).toEqual(["A week", "DURATION", "P1W"]);
    expect(value("The bakery opened in 2009. A year later it closed.", "year")).toBe("P1Y");
  });
  it("a rate after an amount stays untagged", () => {
    expect(tags("Membership costs $1.76 a year.")).toEqual([]);
    expect(tags("The club pays 2,500 a month in rent.")).toEqual([]);
  });
});

describe("the story's weeks", () => {
  it("'that week', 'later that week' are the ISO week of the last day the text wrote", () => {
    expect(value("The dam broke on June 14, 2012. That week, the valley emptied.", "That week")).toBe("2012-W24");
    const t = find("The dam broke on June 14, 2012. Later that week the army came.", "that week");
    expect([t.text, t.value, t.mod]).toEqual(["Later that week", "2012-W24", "END"]);
  });
  it("'the following week' and 'the previous week' shift from that day, not from the DCT", () => {
    expect(value("The dam broke on June 14, 2012. The following week, the valley emptied.", "following week")).toBe("2012-W25");
    expect(value("The dam broke on June 14, 2012. The previous week, engineers had warned.", "previous week")).toBe("2012-W23");
  });
  it("with no day written they fall back on the DCT, and a month alone leaves the week unnamed", () => {
    expect(value("The previous week, engineers had warned the town.", "previous week")).toBe("2017-W09");
    expect(value("The dam broke in June 2012. That week, the valley emptied.", "That week")).toBe("2012-WXX");
  });
  it("'that weekend' is not taken as a week", () => {
    expect(tags("The dam broke on June 14, 2012. That weekend the valley emptied.").some((t) => t.startsWith("That week="))).toBe(false);
  });
});

describe("a year cut to two digits", () => {
  it("after a preposition or an article, in the century that puts it nearest the DCT", () => {
    const t = find("She joined the choir in '89 and never left.", "89");
    expect([t.text, t.type, t.value]).toEqual(["'89", "DATE", "1989"]);
    expect(value("The graduates of the class of \u201962 met again.", "62")).toBe("1962");
    expect(value("The mill will be rebuilt by '05.", "05", "1998-10-26")).toBe("2005");
    expect(value("She has sung there since \u201885.", "85", "2001-05-02")).toBe("1985");
  });
  it("without a DCT, 00-30 are this century", () => {
    expect(value("The road opened in '09.", "09", null)).toBe("2009");
    expect(value("The road opened in '79.", "79", null)).toBe("1979");
  });
  it("a decade, a quotation or a number after a digit is not a clipped year", () => {
    expect(tags("The band was big in the '80s.")).toEqual(["the '80s=198"]);
    expect(tags("He talked about it on ''60 Minutes.''")).toEqual([]);
    expect(tags("He scored 12 '89 points.")).toEqual([]);
  });
});

describe("a universal-time clock in wire copy", () => {
  it("'(1930 GMT)' after a local time is not the year 1930", () => {
    expect(tags("The ferry sank at 3:30 p.m. EDT (1930 GMT), officials said.").some((t) => t.endsWith("=1930"))).toBe(false);
    expect(tags("The polls close at 2359 UTC.")).toEqual([]);
  });
  it("a year that opens a clause before the zone's name stays a year", () => {
    expect(tags("In 1990 GMT was still the legal time.")).toEqual(["1990=1990"]);
  });
});
