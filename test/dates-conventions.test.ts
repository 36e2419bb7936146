/**
 * Dates stage: tense and direction, story anchoring, TIMEX3 conventions, recall and
 * over-tagging. Every sentence is our own. The DCT is Wednesday 2017-01-25 unless stated.
 */
import { describe, expect, it } from "vitest";
import { tagDates } from "../stages/dates/tag.ts";
import { expectValues, timexFinders } from "./helpers/dates.ts";

const DCT = "2017-01-25";
const { find, value } = timexFinders(DCT);
const texts = (text: string, dct: string | null = DCT) => tagDates(text, dct).map((t) => t.text);

describe("tense and direction", () => {
  it("a weekday in a past-tense relative clause is the last one, whatever the main verb", () => {
    expect(value("The bridge talks that wrapped up in Oslo on Tuesday will be a basis for the next round.", "Tuesday")).toBe("2017-01-24");
    expect(value("The strike that began on Monday should end soon.", "Monday")).toBe("2017-01-23");
  });
  it("a weekday after a future verb is the next one", () => {
    expect(value("The council will vote on Friday, its chair said.", "Friday")).toBe("2017-01-27");
  });
  it("an -ed adjective does not flip a future month", () => {
    expect(value("The bureau will release updated figures in early May.", "May")).toBe("2017-05");
    expect(value("The agency said it would publish its revised forecast in March.", "March")).toBe("2017-03");
  });
  it("a present perfect cannot take a definite day: the weekday follows the future verb", () => {
    expect(value("We have invited the unions to a meeting on Friday, and we will hear them out.", "Friday")).toBe("2017-01-27");
    expect(value("Prices have risen sharply since March.", "March")).toBe("2016-03");
  });
  it("an -ed verb right before the day still governs it", () => {
    expect(value("They would appeal the ruling announced Monday by the court.", "Monday")).toBe("2017-01-23");
  });
  it("deadlines lie ahead: by August, until Friday, by Tuesday morning", () => {
    expect(value("The parties agreed to finish a draft by August.", "August")).toBe("2017-08");
    expect(value("The offer was extended until Friday.", "Friday")).toBe("2017-01-27");
    const t = find("Officials postponed any decision until Thursday morning.", "Thursday");
    expect([t.value, t.type]).toEqual(["2017-01-26TMO", "TIME"]);
    expect(value("Traders sold ahead of the weekend.", "weekend")).toBe("2017-W04-WE");
  });
  it("a schedule reported in the past tense points back; one still ahead keeps the future", () => {
    expectValues(value, [
      ["The tender had been due to expire Friday evening, the bank said.", "Friday", "2017-01-20TEV"],
      ["The ferry was scheduled to leave on Monday but stayed in port.", "Monday", "2017-01-23"],
      ["The ferry is scheduled to leave on Monday.", "Monday", "2017-01-30"],
      ["Fans were planning to gather outside the stadium on Saturday.", "Saturday", "2017-01-28"],
    ]);
  });
  it("a plan's day lies ahead of the planning; a fronted day with a plan verb after it dates the planning", () => {
    expectValues(value, [
      ["Exiles planned a large rally in the old port on Saturday.", "Saturday", "2017-01-28"],
      ["On Friday, the ministry planned to send more doctors.", "Friday", "2017-01-20"],
      ["The vote on Friday is expected to pass.", "Friday", "2017-01-27"],
    ]);
    // a participle after its noun: the clause's own verb decides
    expect(value("A memorial service planned at the chapel for Saturday was canceled.", "Saturday")).toBe("2017-01-21");
    expect(value("The march planned for Saturday will go ahead.", "Saturday")).toBe("2017-01-28");
    // "as planned" compares with a plan and dates nothing; a plan reported in the past points back
    expect(value("The offensive began as previously planned on Saturday night.", "Saturday")).toBe("2017-01-21TNI");
    expect(value("The march was planned for Saturday.", "Saturday")).toBe("2017-01-21");
  });
  it("a fronted deadline closed by a comma tells a past story", () => {
    expect(value("Until Monday, the police had not named a suspect.", "Monday")).toBe("2017-01-23");
  });
  it("the last quarter is the latest one completed; the past week is the seven days up to the article", () => {
    expect(value("Sales fell in the last quarter.", "quarter")).toBe("2016-Q4");
    expect(value("Sales fell in the last quarter of 2015.", "quarter")).toBe("2015-Q4");
    const w = find("Shares have gained 4% in the past week.", "week");
    expect([w.text, w.type, w.value]).toEqual(["the past week", "DURATION", "P1W"]);
  });
});

describe("anchoring on the story's reference time", () => {
  it("that March morning follows a year the story set", () => {
    const text = "In 2014 the old mine flooded without warning. That March morning, the rescuers arrived first.";
    expect(value(text, "That March")).toBe("2014-03");
  });
  it("that morning follows the last full date", () => {
    expect(value("The dam broke on May 4, 2012. Later that night, the village was evacuated.", "that night")).toBe("2012-05-04TNI");
  });
  it("a plain month after a background year still follows the DCT", () => {
    const text = "The firm has grown every year since 1990. In January, it opened a plant.";
    expect(value(text, "January")).toBe("2017-01");
  });
  it("an earnings report's 'this quarter' is the quarter it reports, unless the verb looks ahead", () => {
    const report = "Acme posted a loss of $3 million in the fourth quarter. This quarter's loss includes a plant closing.";
    expect(value(report, "This quarter")).toBe("2016-Q4");
    expect(value("Acme lost money in the fourth quarter, and sales will rise this quarter.", "this quarter")).toBe("2017-Q1");
    expect(value("Orders rose this quarter.", "this quarter")).toBe("2017-Q1");
  });
  it("the previous Friday counts from the day the story is at", () => {
    expect(value("Stocks fell on Jan. 13, 2017, and had risen the previous Friday.", "previous Friday")).toBe("2017-01-06");
  });
});

describe("TIMEX3 conventions", () => {
  it("a weekday with a part of the day is a TIME with the part", () => {
    const n = find("The envoy spoke late Monday night to reporters.", "Monday");
    expect([n.type, n.value]).toEqual(["TIME", "2017-01-23TNI"]);
    expect(value("The envoy met the ministers on Tuesday afternoon.", "Tuesday")).toBe("2017-01-24TAF");
  });
  it("year ranges are two expressions that keep the product's range fields", () => {
    const all = tagDates("The 2004-2006 plan was followed by the 1998-99 budget review.", DCT);
    expect(all.map((t) => [t.text, t.value])).toEqual([["2004", "2004"], ["2006", "2006"], ["1998", "1998"], ["99", "1999"]]);
    expect([all[1].rangeStart, all[1].rangeEnd]).toEqual(["2004", "2006"]);
    expect([all[3].rangeStart, all[3].rangeEnd]).toEqual(["1998", "1999"]);
  });
  it("the coming decade is a duration", () => {
    const t = find("Demand will double in the coming decade.", "decade");
    expect([t.text, t.type, t.value]).toEqual(["the coming decade", "DURATION", "P10Y"]);
  });
  it("a generic today, set against a past era, is PRESENT_REF; a plain today is the day", () => {
    expect(value("Today, more families own a car than ever before.", "Today")).toBe("PRESENT_REF");
    expect(value("The minister flies to Rome today.", "today")).toBe("2017-01-25");
  });
  it("a time in universal time keeps its zone", () => {
    expect(value("The launch window opens at 18:00 GMT.", "18:00")).toBe("2017-01-25T18:00Z");
    expect(value("The vote will close at 6 p.m. UTC on Friday.", "6 p.m.")).toBe("2017-01-27T18:00Z");
  });
  it("'or so' before 'ago' keeps the expression a date, approximate", () => {
    const t = find("The rebels crossed the river a week or so ago.", "week");
    expect([t.text, t.type, t.value, t.mod]).toEqual(["a week or so ago", "DATE", "2017-W03", "APPROX"]);
  });
  it("a quarter ended on a date is the calendar quarter holding most of its months", () => {
    expectValues(value, [
      ["In the quarter ended July 31, the retailer lost money.", "quarter", "2016-Q2"],
      ["Sales rose 5% in the quarter ended Sept. 30.", "quarter", "2016-Q3"],
      ["Profit fell in the quarter ended Jan. 31.", "quarter", "2016-Q4"],
    ]);
  });
  it("approximators and 'just' stay outside the extent but set the mod", () => {
    const a = find("The hearing lasted roughly three hours.", "hours");
    expect([a.text, a.mod]).toEqual(["three hours", "APPROX"]);
    const b = find("The crossing took about two weeks.", "weeks");
    expect([b.text, b.mod]).toEqual(["two weeks", "APPROX"]);
    const c = find("The speech ran just over an hour.", "hour");
    expect([c.text, c.mod]).toEqual(["over an hour", "MORE_THAN"]);
  });
  it("a stretch named by a range of lengths is one duration of unknown length in the unit", () => {
    const t = find("The mill will hire more staff over the next 12 to 18 months.", "months");
    expect([t.text, t.type, t.value]).toEqual(["the next 12 to 18 months", "DURATION", "PXM"]);
    expect(value("Rents have doubled in the past two to three years.", "years")).toBe("PXY");
  });
  it("the head of a century keeps its article", () => {
    const t = find("The chapel dates from the 19th century.", "century");
    expect([t.text, t.value]).toEqual(["the 19th century", "18"]);
  });
});

describe("recall", () => {
  it("now, at that time, that day, the past", () => {
    expectValues(value, [
      ["Prices are now higher.", "now", "PRESENT_REF"],
      ["He was a junior clerk at the time.", "the time", "PAST_REF"],
      ["The plant opened on June 2, 2010. That day, 300 people were hired.", "That day", "2010-06-02"],
      ["Such floods were rare in the past.", "the past", "PAST_REF"],
    ]);
  });
  it("the next morning follows the story's day; will one day is the future", () => {
    const t = find("The court met on March 3, 2015. The next morning, the judge resigned.", "next morning");
    expect([t.type, t.value]).toEqual(["TIME", "2015-03-04TMO"]);
    expect(value("Analysts think the city will one day host the games.", "one day")).toBe("FUTURE_REF");
  });
  it("this fiscal year, year-end", () => {
    expect(value("The group expects a profit this fiscal year.", "fiscal")).toBe("2017");
    const t = find("The deal should close by year-end.", "year-end");
    expect([t.value, t.mod]).toEqual(["2017", "END"]);
  });
  it("every winter is a SET", () => {
    const t = find("The pass closes every winter.", "winter");
    expect([t.type, t.value]).toEqual(["SET", "XXXX-WI"]);
  });
  it("bare units before a relation word, for a while", () => {
    expectValues(value, [
      ["Hours after the blast, the road was closed.", "Hours", "PTXH"],
      ["Days later, the rain stopped.", "Days", "PXD"],
      ["The shop will stay shut for a while.", "while", "PXX"],
    ]);
  });
  it("clock durations", () => {
    const t = find("She won the race in 2:14:05 on a cold day.", "2:14");
    expect([t.type, t.value]).toEqual(["DURATION", "PT2H14M5S"]);
  });
  it("current before a noun is the present; accounting terms are not", () => {
    expect(value("The current crisis began in the spring.", "current")).toBe("PRESENT_REF");
    expect(texts("The current account deficit widened.")).toEqual([]);
  });
  it("a day counted within a running event, said in the present, is the article's day", () => {
    const t = find("In the capital, today is the eighth day of the general strike.", "eighth day");
    expect([t.text, t.value]).toEqual(["the eighth day", "2017-01-25"]);
    expect(value("It's the second day of the blockade at the port.", "second day")).toBe("2017-01-25");
    expect(texts("It was the second day of the trial when the witness fell ill.")).not.toContain("the second day");
  });
});

describe("over-tagging", () => {
  it("ages are not durations", () => {
    expect(texts("The trial enrolled children aged 3 months to 2 years.")).toEqual([]);
    expect(texts("The clinic treats children aged 2 to 5 years.")).toEqual([]);
  });
  it("a duration inside a compound word is not tagged", () => {
    expect(texts("He ran a sub-ten-second sprint.")).toEqual([]);
  });
  it("a model year after an article or a possessive is not a date; a year in a clause is", () => {
    expect(texts("Police found his 1987 Chevrolet Cavalier near the river.")).toEqual([]);
    expect(texts("They drove a 1965 Ford Mustang.")).toEqual([]);
    expect(texts("The analyst cut his 1990 Acme earnings estimate.")).toEqual(["1990"]);
    expect(texts("In 1990 President Lee signed the pact.")).toEqual(["1990"]);
  });
  it("a title in capitals and a newspaper name are not times", () => {
    expect(texts("He told ''60 Minutes'' that he was innocent.")).toEqual([]);
    expect(texts("The party daily Granma printed the speech.")).toEqual([]);
    expect(texts("Revenue should grow 8% annually.")).toEqual([]);
  });
});
