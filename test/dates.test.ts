/**
 * Unit tests of the dates stage, one block per rule family. Sentences are our
 * own. The DCT is a Tuesday: 2017-01-24 (ISO week 2017-W04).
 */
import { describe, expect, it } from "vitest";
import { tagDates } from "../stages/dates/tag.ts";
import { timexFinders } from "./helpers/dates.ts";

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
    expect(value("The plant opened on March 3, 2015, in the north.", "March 3")).toBe("2015-03-03");
    expect(value("It was signed on 12 October 2016 in the capital.", "October")).toBe("2016-10-12");
    expect(value("Sales peaked in July 2014 before falling.", "July")).toBe("2014-07");
    expect(value("The bridge was built in 1987 by a local firm.", "1987")).toBe("1987");
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
    expect(value("The dividend is payable Feb. 15 to holders of record.", "Feb. 15")).toBe("2017-02-15");
    expect(value("The company acquired the mill in November, it said.", "November")).toBe("2016-11");
    expect(value("Shareholders will vote Dec. 12 on the merger.", "Dec. 12")).toBe("2017-12-12");
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
    expect(value("The minister resigned on Friday after the vote.", "Friday")).toBe("2017-01-20");
    expect(value("The two leaders will meet on Friday in Berlin.", "Friday")).toBe("2017-01-27");
    expect(value("Police said Monday that two men were arrested.", "Monday")).toBe("2017-01-23");
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
    expect(value("Shares rose today in early trading.", "today")).toBe("2017-01-24");
    expect(value("The strike ended yesterday.", "yesterday")).toBe("2017-01-23");
    expect(value("The court rules tomorrow.", "tomorrow")).toBe("2017-01-25");
    expect(value("The town is now quiet.", "now")).toBe("PRESENT_REF");
    expect(value("The firm recently hired a new chief.", "recently")).toBe("PAST_REF");
  });
  it("this/next/last week, month, year and quarter", () => {
    expect(value("Lawmakers debated the bill this week.", "this week")).toBe("2017-W04");
    expect(value("The plant closes next month.", "next month")).toBe("2017-02");
    expect(value("Profit doubled last year.", "last year")).toBe("2016");
    expect(value("The vote was held last week.", "last week")).toBe("2017-W03");
  });
  it("late last month → 2016-12 with mod END; earlier this year → mod START", () => {
    const t = find("The deal was announced late last month.", "last month");
    expect(t.text).toBe("late last month");
    expect(t.value).toBe("2016-12");
    expect(t.mod).toBe("END");
    expect(find("Sales slowed earlier this year.", "this year").mod).toBe("START");
  });
  it("N units ago at the unit's granularity", () => {
    expect(value("The company was founded three years ago.", "ago")).toBe("2014");
    expect(value("The ship sank two days ago.", "ago")).toBe("2017-01-22");
    expect(value("He left several years ago.", "ago")).toBe("PAST_REF");
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
    expect(value("The six-year civil war ended in a truce.", "six-year")).toBe("P6Y");
    expect(value("He served two years in prison.", "two years")).toBe("P2Y");
    expect(value("Rescuers searched for 48 hours.", "48 hours")).toBe("PT48H");
    expect(value("The talks lasted twenty-five minutes.", "minutes")).toBe("PT25M");
    expect(value("The strike lasted several weeks.", "weeks")).toBe("PXW");
    expect(value("The ban ran for a decade.", "decade")).toBe("P10Y");
  });
  it("the past N units, the first nine months, vague plurals", () => {
    expect(value("Prices rose over the past two months.", "two months")).toBe("P2M");
    expect(value("Sales for the first nine months rose.", "nine months")).toBe("P9M");
    expect(value("The dispute has dragged on for years.", "years")).toBe("PXY");
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
