/**
 * Dates stage: vague expressions whose TIMEX3 value is known (a vague future,
 * a vague count of quarters or centuries, the opening or closing stretch of something) and anaphors
 * with no earlier date. Sentences are our own; the DCT is Friday 2017-03-10 unless stated.
 */
import { describe, expect, it } from "vitest";
import { tagDates } from "../stages/dates/tag.ts";
import { timexFinders } from "./helpers/dates.ts";

const DCT = "2017-03-10"; // a Friday
const { find, value } = timexFinders(DCT);
const texts = (s: string) => tagDates(s, DCT).map((t) => t.text);

describe("a vague future named by a noun phrase of planning", () => {
  it("'the short/near/long term' and 'a later date' are FUTURE_REF, with the article inside", () => {
    const t = find("The cuts will hurt the harbour in the short term.", "short term");
    expect([t.text, t.type, t.value]).toEqual(["the short term", "DATE", "FUTURE_REF"]);
    expect(value("In the near term, ferry fares will rise.", "near term")).toBe("FUTURE_REF");
    expect(value("Over the long term the orchard should pay for itself.", "long term")).toBe("FUTURE_REF");
    expect(find("The club will pick a new coach at a later date.", "later date").text).toBe("a later date");
  });
  it("the same words as a modifier of a noun are not a time", () => {
    expect(texts("The long term outlook for the mill is poor.")).toEqual([]);
    expect(texts("The council repaid its short-term loans.")).toEqual([]);
    expect(texts("Her long-term plan is a bakery.")).toEqual([]);
  });
});

describe("vague counts of quarters and centuries", () => {
  it("'several quarters of losses' is a stretch of quarters, not a fraction", () => {
    const t = find("The brewer turned a profit after several quarters of losses.", "quarters");
    expect([t.text, t.type, t.value]).toEqual(["several quarters", "DURATION", "PXQ"]);
  });
  it("a fraction written with quarters stays untagged", () => {
    expect(texts("Three quarters of the village voted.")).toEqual([]);
    expect(texts("The island imports two quarters of its grain.")).toEqual([]);
  });
  it("an unknown number of centuries keeps the century unit; a count of centuries stays in years", () => {
    expect(value("The bridge stood over the river for centuries.", "centuries")).toBe("PXC");
    expect(value("The abbey stood for two centuries.", "two centuries")).toBe("P200Y");
  });
});

describe("the opening or closing stretch of something", () => {
  it("is a DURATION of unknown length in its unit, the article inside", () => {
    const t = find("Hundreds fled in the first hours of the flood.", "hours");
    expect([t.text, t.type, t.value]).toEqual(["the first hours", "DURATION", "PTXH"]);
    expect(value("In the early years of the co-op, few farmers joined.", "years")).toBe("PXY");
    expect(value("The final weeks of the campaign were bitter.", "weeks")).toBe("PXW");
  });
  it("a stretch of a named time is that time, not a length", () => {
    const all = tagDates("Police raided the flat in the early hours of Thursday morning.", DCT);
    expect(all.map((t) => t.text)).toEqual(["Thursday morning"]);
    expect(tagDates("In the final weeks of 2016 the mill shut.", DCT).map((t) => t.text)).toEqual(["2016"]);
  });
});

describe("an anaphor before any date in the text", () => {
  it("points at the article's own time", () => {
    expect(value("The previous day, the ferry had sunk near the cape.", "previous day")).toBe("2017-03-09");
    expect(value("Later that year the mayor resigned.", "that year")).toBe("2017");
  });
  it("after a written date it follows that date, as before", () => {
    expect(value("The flood began on May 3, 1990. The following day the dam broke.", "following day")).toBe("1990-05-04");
  });
  it("without a DCT it stays unknown", () => {
    expect(value("The previous day, the ferry had sunk.", "previous day", null)).toBe("XXXX-XX-XX");
  });
});

describe("a half or quarter 'of the year'", () => {
  it("is the period of the article's year, one expression", () => {
    const t = find("Exports fell in the first half of the year.", "first half");
    expect([t.text, t.value]).toEqual(["the first half of the year", "2017-H1"]);
    expect(value("Sales should recover in the fourth quarter of the year.", "fourth quarter")).toBe("2017-Q4");
  });
});

describe("one-unit adjectives of length", () => {
  it("'day-long', 'week-long', 'year-long' are one unit, without the article of their noun", () => {
    expect(value("The envoys left their third day-long session.", "day-long")).toBe("P1D");
    expect(value("The week-long fair opens Friday.", "week-long")).toBe("P1W");
    const t = find("A year-long strike ended.", "year-long");
    expect([t.text, t.value]).toEqual(["year-long", "P1Y"]);
    expect(value("The hour-long speech bored the crowd.", "hour-long")).toBe("PT1H");
  });
  it("a plain length with an article keeps it", () => {
    expect(find("He waited a year for the permit.", "year").text).toBe("a year");
  });
});

describe("a part of 'that' day before any date", () => {
  it("is the article's own day", () => {
    expect(value("That night, the river burst its banks.", "That night")).toBe("2017-03-10TNI");
  });
  it("after a written day it is that day", () => {
    expect(value("The storm hit on June 2, 2015. That night, the river burst its banks.", "That night")).toBe("2015-06-02TNI");
  });
});

describe("a schedule participle after its noun", () => {
  it("'set for', 'slated for' point ahead", () => {
    expect(value("The vote, set for Saturday, could decide the race.", "Saturday")).toBe("2017-03-11");
    expect(value("A summit slated for Monday may be moved.", "Monday")).toBe("2017-03-13");
  });
  it("reported in the past tense, the schedule is the future of a past moment", () => {
    expect(value("The vote was set for Thursday but was delayed.", "Thursday")).toBe("2017-03-09");
  });
});

describe("earnings comparisons written with two modifiers", () => {
  it("'the year-earlier nine months' is one DURATION of nine months", () => {
    const t = find("Bakery sales beat the year-earlier nine months by a tenth.", "nine months", "1989-10-27");
    expect([t.text, t.type, t.value]).toEqual(["the year-earlier nine months", "DURATION", "P9M"]);
  });
  it("'the comparable year-ago quarter' is one expression: the quarter reported, a year back", () => {
    const t = find("Third-quarter profit fell. The mill had earned $2 million in the comparable year-ago quarter.", "year-ago", "1989-10-27");
    expect([t.text, t.value]).toEqual(["the comparable year-ago quarter", "1988-Q3"]);
  });
});
