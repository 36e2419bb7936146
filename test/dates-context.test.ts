/**
 * Dates stage: discourse context, fractions, spelled years and tense cues.
 * Sentences are our own; the DCT is Tuesday 2017-01-24 unless stated.
 */
import { describe, expect, it } from "vitest";
import { tagDates } from "../stages/dates/tag.ts";
import { expectValues, timexFinders } from "./helpers/dates.ts";

const DCT = "2017-01-24";
const { find, value } = timexFinders(DCT);

describe("discourse context", () => {
  it("anaphoric dates follow the last date mentioned", () => {
    const text = "The mill opened in March 2009. The following year it doubled output, and later that year it was sold.";
    expect(value(text, "following year")).toBe("2010");
    const later = find(text, "that year");
    expect(later.value).toBe("2010"); // "that year" is the year just mentioned
    expect(later.mod).toBe("END");
  });
  it("quarter references: the quarter ended Sept. 30, the year-ago quarter, the latest quarter", () => {
    const dct = "2016-10-25";
    expectValues((text, surface) => value(text, surface, dct), [
      ["Sales rose in the quarter ended Sept. 30.", "the quarter", "2016-Q3"],
      ["Profit fell 5% from the year-ago quarter.", "year-ago", "2015-Q3"],
      ["Orders grew in the latest quarter.", "latest quarter", "2016-Q3"],
      ["The company expects profit to rise in the current quarter.", "current quarter", "2016-Q4"],
    ]);
  });
  it("a clock time belongs to the day last mentioned", () => {
    const text = "The fire started on March 3, 2015. Crews arrived at 10:40 p.m. and left at dawn.";
    expect(value(text, "10:40")).toBe("2015-03-03T22:40");
  });
});

describe("numbers", () => {
  it("fractions and compound numbers", () => {
    expectValues(value, [
      ["The refugees lived in camps for 2 1/2 years.", "years", "P2Y6M"],
      ["The meeting lasted an hour and a half.", "hour", "PT1H30M"],
      ["It will take a couple of years.", "years", "P2Y"],
      ["Talks ran for a dozen days.", "days", "P12D"],
    ]);
  });
  it("years in words, as broadcasts say them", () => {
    expectValues(value, [
      ["The station opened in nineteen ninety-six.", "nineteen", "1996"],
      ["It happened in January nineteen ninety-seven.", "January", "1997-01"],
      ["Prices soared in the nineties.", "nineties", "199"],
    ]);
  });
  it("rates are not durations", () => {
    const texts = tagDates("The plan saves $40 million a year and adds 700 seats a week.", DCT).map((t) => t.text);
    expect(texts).not.toContain("a year");
    expect(texts).not.toContain("a week");
  });
});

describe("tense cues", () => {
  it("a passive participle does not make a sentence past", () => {
    expect(value("The dividend will be paid Dec. 14 to holders of record.", "Dec. 14", "2017-10-26")).toBe("2017-12-14");
  });
  it("a capitalised -ed word is a name, not a past verb", () => {
    expect(value("The envoy will fly to the United States Thursday.", "Thursday")).toBe("2017-01-26");
  });
  it("the verb before a weekday outweighs one after it", () => {
    expect(value("The minister resigned late Monday and will meet the king next month.", "Monday")).toBe("2017-01-23");
  });
  it("a possessive weekday is past", () => {
    expect(value("Critics said they would appeal Wednesday's ruling.", "Wednesday")).toBe("2017-01-18");
  });
  it("a deadline lies ahead", () => {
    expect(value("The bank extended the loans through January.", "January", "2016-10-30")).toBe("2017-01");
  });
});

describe("extents", () => {
  it("a sentence-final period is not part of a weekday or month", () => {
    expect(find("The strike ended on Friday.", "Friday").text).toBe("Friday");
    expect(find("Rates rose in Sept. and fell later.", "Sept").text).toBe("Sept.");
  });
  it("'over' before 'the' is a preposition, not a modifier", () => {
    const t = find("Prices rose over the past two months.", "months");
    expect(t.text).toBe("the past two months");
    expect(t.mod).toBeNull();
  });
  it("the article of an adjectival duration stays outside: the six-year war", () => {
    expect(find("The six-year war ended.", "six-year").text).toBe("six-year");
  });
  it("titles and generic uses are not tagged", () => {
    expect(tagDates('He spoke on the programme "This Week" on Sunday.', DCT).map((t) => t.text)).toEqual(["Sunday"]);
    expect(tagDates("Today's world moves fast.", DCT)).toEqual([]);
  });
  it("holidays take the year nearest the DCT for the tense", () => {
    expect(value("The boy was rescued on Thanksgiving Day.", "Thanksgiving", "2017-01-07")).toBe("2016-11-24");
  });
});

describe("modern news formats", () => {
  it("ISO date-times with seconds and zone, British dates with a weekday", () => {
    const iso = find("Updated: 2017-01-24T14:02:00Z by the desk.", "2017");
    expect(iso.text).toBe("2017-01-24T14:02:00Z");
    expect(iso.value).toBe("2017-01-24T14:02Z"); // the zone is kept
    const uk = find("The report was published on Tuesday 24 January 2017 in London.", "January");
    expect(uk.text).toBe("Tuesday 24 January 2017");
    expect(uk.value).toBe("2017-01-24");
    expect(value("The law takes effect on 1 March.", "March")).toBe("2017-03-01");
  });
  it("analysts' quarters and halves carry to 'the same period a year earlier'", () => {
    expect(value("Revenue rose in Q3 2016.", "Q3")).toBe("2016-Q3");
    const text = "Sales in the first half of 2016 were flat compared with the same period a year earlier.";
    expect(value(text, "same period")).toBe("2015-H1");
  });
  it("this weekend is the weekend of the DCT's week", () => {
    expect(value("The vote comes this weekend.", "weekend")).toBe("2017-W04-WE");
  });
  it("a range across days is two expressions sharing the range", () => {
    const all = tagDates("The festival runs from June 3 to June 5 this year.", DCT).filter((t) => t.text.startsWith("June"));
    expect(all.map((t) => t.text)).toEqual(["June 3", "June 5"]);
    for (const t of all) expect([t.rangeStart, t.rangeEnd]).toEqual(["2017-06-03", "2017-06-05"]);
  });
  it("an infinitive is not a past tense: expected to hit Thursday", () => {
    expect(value("The storm is expected to hit late Thursday.", "Thursday")).toBe("2017-01-26");
  });
  it("clock times with a zone", () => {
    expect(value("Polls close at 8:00 p.m. ET on Tuesday.", "8:00")).toBe("2017-01-24T20:00");
  });
  it("plural weekdays are sets; rates per second are not", () => {
    const t = find("The market opens on Tuesday nights and Sundays.", "Tuesday");
    expect(t.type).toBe("SET");
    expect(t.value).toBe("XXXX-WXX-2TNI");
    expect(value("The market opens on Tuesday nights and Sundays.", "Sundays")).toBe("XXXX-WXX-7");
    expect(tagDates("The chip runs 15 million instructions per second.", DCT)).toEqual([]);
  });
  it("the last week is the seven days up to the DCT (a duration); a product name is not a year", () => {
    const t = find("Prices have risen over the last week.", "week");
    expect([t.text, t.type, t.value]).toEqual(["the last week", "DURATION", "P1W"]);
    expect(tagDates("He bought shares in the venture Orion 1980 last spring.", DCT).map((t) => t.text)).toEqual(["last spring"]);
  });
  it("24-hour clock times need a zone or a lead word; a decimal is not a time", () => {
    expect(value("Posted: Mon 23 Jan 2017 14.30 GMT", "14.30")).toBe("2017-01-23T14:30Z");
    expect(find("The match kicks off at 19:45 on Saturday.", "19:45").text).toBe("19:45 on Saturday");
    expect(tagDates("Shares rose 3.45 points and the ratio was 2:1.", DCT)).toEqual([]);
  });
  it("frequencies and seasonal sets", () => {
    const t = find("The festival takes place every summer and twice a year in winter.", "twice");
    expect(t.type).toBe("SET");
    expect(t.value).toBe("P1Y");
    expect(value("The festival takes place every summer.", "summer")).toBe("XXXX-SU");
  });
  it("year spans are two expressions, both with the range", () => {
    const all = tagDates("The 2016-17 season was the club's best.", DCT);
    expect(all.map((t) => [t.text, t.value, t.rangeStart, t.rangeEnd])).toEqual([
      ["2016", "2016", "2016", "2017"],
      ["17", "2017", "2016", "2017"],
    ]);
    expect(find("Output grew between 1990-95 and then fell.", "1990").rangeEnd).toBe("1995");
  });
  it("every N units, this past Sunday, large counts", () => {
    expectValues(value, [
      ["Buses run every two weeks.", "every", "P2W"],
      ["Buses run every 10 minutes.", "every", "PT10M"],
      ["The vote was held this past Sunday.", "Sunday", "2017-01-22"],
      ["The temple stood for 1,000 years.", "years", "P1000Y"],
    ]);
  });
});
