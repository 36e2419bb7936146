/**
 * Unit tests of the dates stage, one block per rule family. Sentences are our
 * own. The DCT is a Tuesday: 2017-01-24 (ISO week 2017-W04).
 */
import { describe, expect, it } from "vitest";
import { tagDates } from "../stages/dates/tag.ts";
import { expectValues, timexFinders } from "./helpers/dates.ts";

const DCT = "2017-01-24";

const { find, value } = timexFinders(DCT);

describe("invariants", () => {
  it("offsets give the surface text and values never use the machine clock", () => {
    const text = "The council met on Monday and will vote next month, officials said on Jan. 20, 2017.";
    for (const t of tagDates(text, DCT)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tagDates(text, DCT)).toEqual(tagDates(text, DCT));
  });
  it("returns nothing for text without time expressions", () => {
    expect(tagDates("The mayor may march with the union.", DCT)).toEqual([]);
  });
});

describe("absolute dates", () => {
  it("month day year, day month year, month year, year", () => {
    expectValues(value, [
      ["The plant opened on March 3, 2015, in the north.", "March 3", "2015-03-03"],
      ["It was signed on 12 October 2016 in the capital.", "October", "2016-10-12"],
      ["Sales peaked in July 2014 before falling.", "July", "2014-07"],
      ["The bridge was built in 1987 by a local firm.", "1987", "1987"],
    ]);
  });
  it("numeric dates and date-times", () => {
    expect(value("Posted 2016-11-05 by staff.", "2016")).toBe("2016-11-05");
    expect(find("Updated 11/05/2016 14:32:10", "11/05").value).toBe("2016-11-05T14:32");
  });
  it("does not take prices or counts for years", () => {
    expect(tagDates("The fund paid $1995 to 2000 percent more.", DCT).map((t) => t.text)).not.toContain("1995");
  });
});

describe("year-less dates take the year the DCT and tense make plausible", () => {
  it("by August → 2017-08; with no DCT → XXXX-08", () => {
    expect(value("The work should be finished by August.", "August")).toBe("2017-08");
    const t = find("The work should be finished by August.", "August", null);
    expect(t.value).toBe("XXXX-08");
    expect(t.certain).toBe(false);
  });
  it("a near future day in a neutral sentence stays in the DCT year; a past one from last year", () => {
    expectValues(value, [
      ["The dividend is payable Feb. 15 to holders of record.", "Feb. 15", "2017-02-15"],
      ["The company acquired the mill in November, it said.", "November", "2016-11"],
      ["Shareholders will vote Dec. 12 on the merger.", "Dec. 12", "2017-12-12"],
    ]);
  });
  it("no DCT keeps a month-day underspecified", () => {
    expect(value("The talks resume on January 23.", "January 23", null)).toBe("XXXX-01-23");
  });
  it("a day range is two expressions (as TimeML tags it), both carrying rangeStart and rangeEnd", () => {
    const all = tagDates("The summit is held January 23-24 in Geneva.", DCT);
    expect(all.map((t) => [t.text, t.value])).toEqual([["January 23", "2017-01-23"], ["24", "2017-01-24"]]);
    for (const t of all) expect([t.rangeStart, t.rangeEnd]).toEqual(["2017-01-23", "2017-01-24"]);
  });
});

describe("weekdays follow tense", () => {
  it("past tense → the last such day, future tense → the next one", () => {
    expectValues(value, [
      ["The minister resigned on Friday after the vote.", "Friday", "2017-01-20"],
      ["The two leaders will meet on Friday in Berlin.", "Friday", "2017-01-27"],
      ["Police said Monday that two men were arrested.", "Monday", "2017-01-23"],
    ]);
  });
  it("late Monday → the Monday before the DCT with mod END", () => {
    const t = find("The storm hit the coast late Monday, officials said.", "Monday");
    expect(t.text).toBe("late Monday");
    expect(t.value).toBe("2017-01-23");
    expect(t.mod).toBe("END");
  });
  it("last Friday, next Tuesday, with no DCT an ISO week pattern", () => {
    expect(value("Prices fell last Friday.", "Friday")).toBe("2017-01-20");
    expect(value("Talks resume next Tuesday.", "Tuesday")).toBe("2017-01-31");
    expect(value("The minister resigned on Friday.", "Friday", null)).toBe("XXXX-WXX-5");
  });
});

describe("deictic and relative expressions", () => {
  it("today, yesterday, tomorrow, now, recently", () => {
    expectValues(value, [
      ["Shares rose today in early trading.", "today", "2017-01-24"],
      ["The strike ended yesterday.", "yesterday", "2017-01-23"],
      ["The court rules tomorrow.", "tomorrow", "2017-01-25"],
      ["The town is now quiet.", "now", "PRESENT_REF"],
      ["The firm recently hired a new chief.", "recently", "PAST_REF"],
    ]);
  });
  it("this/next/last week, month, year and quarter", () => {
    expectValues(value, [
      ["Lawmakers debated the bill this week.", "this week", "2017-W04"],
      ["The plant closes next month.", "next month", "2017-02"],
      ["Profit doubled last year.", "last year", "2016"],
      ["The vote was held last week.", "last week", "2017-W03"],
    ]);
  });
  it("late last month → 2016-12 with mod END; earlier this year → mod START", () => {
    const t = find("The deal was announced late last month.", "last month");
    expect(t.text).toBe("late last month");
    expect(t.value).toBe("2016-12");
    expect(t.mod).toBe("END");
    expect(find("Sales slowed earlier this year.", "this year").mod).toBe("START");
  });
  it("N units ago at the unit's granularity", () => {
    expectValues(value, [
      ["The company was founded three years ago.", "ago", "2014"],
      ["The ship sank two days ago.", "ago", "2017-01-22"],
      ["He left several years ago.", "ago", "PAST_REF"],
    ]);
  });
  it("times of day and clock times", () => {
    const t = find("Protesters gathered this morning outside the hall.", "morning");
    expect(t.value).toBe("2017-01-24TMO");
    expect(t.type).toBe("TIME");
    expect(value("The polls close at 4:30 p.m. local time.", "4:30")).toBe("2017-01-24T16:30");
    expect(value("Fire broke out at 9 a.m. Monday.", "9 a.m.")).toBe("2017-01-23T09:00");
  });
});

describe("quarters, halves, decades, seasons, fiscal years", () => {
  it("the first quarter → YYYY-Q1; a year earlier uses the quarter in context", () => {
    expect(value("Revenue in the first quarter rose 5%.", "first quarter")).toBe("2017-Q1");
    const text = "Net income in the fourth quarter was $2 million, up from $1 million a year earlier.";
    expect(value(text, "a year earlier", "2017-01-24")).toBe("2015-Q4");
  });
  it("decades and centuries", () => {
    expect(value("The plant was built in the 1990s.", "1990s")).toBe("199");
    const t = find("Prices soared in the late 1970s.", "1970s");
    expect(t.value).toBe("197");
    expect(t.mod).toBe("END");
    expect(value("It was the bloodiest war of the 20th century.", "century")).toBe("19");
  });
  it("seasons and fiscal years", () => {
    expect(value("The plan was drafted last fall.", "fall")).toBe("2016-FA");
    expect(value("Sales in fiscal 2015 were flat.", "2015")).toBe("2015");
  });
});

describe("durations", () => {
  it("numbers in words and digits, hyphenated adjectives", () => {
    expectValues(value, [
      ["The six-year civil war ended in a truce.", "six-year", "P6Y"],
      ["He served two years in prison.", "two years", "P2Y"],
      ["Rescuers searched for 48 hours.", "48 hours", "PT48H"],
      ["The talks lasted twenty-five minutes.", "minutes", "PT25M"],
      ["The strike lasted several weeks.", "weeks", "PXW"],
      ["The ban ran for a decade.", "decade", "P10Y"],
    ]);
  });
  it("the past N units, the first nine months, vague plurals", () => {
    expectValues(value, [
      ["Prices rose over the past two months.", "two months", "P2M"],
      ["Sales for the first nine months rose.", "nine months", "P9M"],
      ["The dispute has dragged on for years.", "years", "PXY"],
    ]);
  });
  it("ages are not durations", () => {
    expect(tagDates("A 44-year-old man was arrested.", DCT)).toEqual([]);
  });
  it("more than two years → mod MORE_THAN, extent includes the quantifier", () => {
    const t = find("The case took more than two years.", "years");
    expect(t.text).toBe("more than two years");
    expect(t.mod).toBe("MORE_THAN");
  });
});

describe("sets", () => {
  it("every Monday, daily, each year", () => {
    const t = find("The market opens every Monday.", "Monday");
    expect(t.type).toBe("SET");
    expect(t.value).toBe("XXXX-WXX-1");
    expect(value("The paper is printed daily.", "daily")).toBe("P1D");
    expect(value("The fair is held each year in June.", "each year")).toBe("P1Y");
  });
});

describe("provenance", () => {
  it("each timex names its rule, whether it is anchored to the DCT and whether it is certain", () => {
    const t = find("The vote was held on Friday.", "Friday");
    expect(t.rule).toMatch(/^dates\//);
    expect(t.anchor).toBe("dct");
    expect(t.certain).toBe(false);
    const y = find("The bridge opened in 1987.", "1987");
    expect(y.anchor).toBeNull();
    expect(y.certain).toBe(true);
  });
});
