/**
 * Dates stage: the story's reference time set by a date the text writes out
 * (a season, a quarter or a half with its year; a day with its part or its hour) and the anaphora that
 * follow it. Sentences are our own; the DCT is Wednesday 2017-03-15 unless stated.
 */
import { describe, expect, it } from "vitest";
import { expectValues, timexFinders } from "./helpers/dates.ts";

const DCT = "2017-03-15";
const { find, value } = timexFinders(DCT);

describe("a season, quarter or half written with its year sets the story's year", () => {
  it("'the following year', 'that year' after a season of a written year", () => {
    expect(value("The law was passed in the spring of 2012 and amended the following year.", "the following year")).toBe("2013");
    expect(value("The flood came in the summer of 2010. Later that year the dam was rebuilt.", "Later that year")).toBe("2010");
  });
  it("'the previous year' after a quarter of a written year", () => {
    expect(value("The mill shut in the third quarter of 2009; the previous year it had lost money.", "the previous year")).toBe("2008");
  });
  it("a season computed from the DCT does not move the story's year", () => {
    // "last summer" is not written out: "that year" still follows the year the text wrote
    expect(value("The mine opened in 2004. Last summer it closed; that year copper fell.", "that year")).toBe("2004");
  });
});

describe("'that winter', 'that summer' follow the story's year", () => {
  it("after a written season or year, the season of that year", () => {
    expect(value("In the fall of 2015, the family moved north. That winter was the coldest in memory.", "That winter")).toBe("2015-WI");
    expect(value("The mill closed in 2009; that spring the workers left town.", "that spring")).toBe("2009-SP");
  });
  it("with no date before, the latest such season in a past clause, the coming one ahead", () => {
    expect(value("That summer, the crops failed.", "That summer")).toBe("2016-SU");
    expect(value("The summer will be hot, forecasters say.", "The summer")).toBe("2017-SU");
  });
  it("'that' before a season word used as a name is not a date", () => {
    expect(() => value("She said that Summer Hill was closed.", "Summer")).toThrow(/no timex/);
  });
});

describe("'the next year' in a past narrative is the year after the story's", () => {
  it("said in the past after a written year, the year after it", () => {
    expect(value("The war ended in 1945. The next year, elections were held.", "The next year")).toBe("1946");
    expect(value("The plant opened in March 2011. The next month it was flooded.", "The next month")).toBe("2011-04");
  });
  it("said ahead, the DCT's next year", () => {
    expect(value("Sales fell in 2015. Analysts expect growth over the next year.", "the next year")).toBe("2018");
    expect(value("The plant opened in March 2011 and will expand the next year.", "the next year")).toBe("2018");
  });
  it("without 'the', next year is always the DCT's", () => {
    expect(value("The war ended in 1945. Next year, a museum opened.", "Next year")).toBe("2018");
  });
});

describe("'the following quarter' is the quarter after the one last named", () => {
  it("after a quarter of a written year, and across a year's end", () => {
    expect(value("Profit fell in the third quarter of 2009. The following quarter it recovered.", "The following quarter")).toBe("2009-Q4");
    expect(value("Orders slumped in the fourth quarter of 2014; in the following quarter they rose.", "the following quarter")).toBe("2015-Q1");
  });
});

describe("a day named with its part or its hour is the story's day", () => {
  it("'the next morning' after 'Wednesday night' or a clock time on a written day", () => {
    const dct = "2017-03-17"; // a Friday
    expect(value("The fire broke out Wednesday night. The next morning, crews searched the ruins.", "The next morning", dct)).toBe("2017-03-16TMO");
    expect(value("The alarm sounded at 6 p.m. on July 4, 2016. The next day the plant was closed.", "The next day", dct)).toBe("2016-07-05");
  });
  it("the next day keeps its DATE type and the morning its TIME type", () => {
    const dct = "2017-03-17";
    expect(find("The fire broke out Wednesday night. The next day crews searched the ruins.", "The next day", dct).type).toBe("DATE");
    expect(find("The fire broke out Wednesday night. The next morning crews searched.", "The next morning", dct).type).toBe("TIME");
  });
});

describe("a bare 'the summer' takes the side its verb points to", () => {
  it("in a past clause the latest such season, ahead the coming one or the one under way", () => {
    // DCT 2017-03-15: spring is under way, summer and fall are ahead
    expectValues(value, [
      ["The orchards bloomed late in the summer.", "the summer", "2016-SU"],
      ["The harvest failed in the fall.", "the fall", "2016-FA"],
      ["Elections are scheduled for the spring.", "the spring", "2017-SP"],
      ["Construction will start in the fall.", "the fall", "2017-FA"],
    ]);
  });
  it("'last' and 'next' keep their own meaning", () => {
    expect(value("Construction will start next spring.", "next spring")).toBe("2018-SP");
    expect(value("The orchards bloomed last spring.", "last spring")).toBe("2016-SP");
  });
});

describe("analysts' short forms of quarters and halves", () => {
  it("a half with its year ('H1 2016', '2H 2015') is that half", () => {
    expect(value("Profit in H1 2016 fell sharply.", "H1 2016")).toBe("2016-H1");
    expect(value("Margins were weak in 2H 2015, the firm said.", "2H 2015")).toBe("2015-H2");
  });
  it("a bare H1 is not a date (a visa, a strain)", () => {
    expect(() => value("Applications for the H1 visa rose.", "H1")).toThrow(/no timex/);
  });
  it("a quarter without its year moves with the tense, as 'the fourth quarter' does", () => {
    // DCT 2017-03-15, in the first quarter
    expectValues(value, [
      ["Q4 was flat, the chain said.", "Q4", "2016-Q4"],
      ["Q2 sales will rise, the chain said.", "Q2", "2017-Q2"],
      ["The fourth quarter was flat, the chain said.", "The fourth quarter", "2016-Q4"],
    ]);
  });
});

describe("a schedule verb with a place before the day points ahead", () => {
  it("'opens in theaters Friday', 'meets in Geneva on Tuesday' are the coming days; the past stays past", () => {
    const dct = "2017-01-18"; // a Wednesday
    expectValues((text, surface) => value(text, surface, dct), [
      ["The film opens in theaters Friday.", "Friday", "2017-01-20"],
      ["The panel meets in Geneva on Tuesday.", "Tuesday", "2017-01-24"],
      ["The film opened in theaters Friday.", "Friday", "2017-01-13"],
    ]);
  });
});

describe("the elliptical 'the day before' / 'the day after'", () => {
  it("is the day next to the story's day, or to the article's with no date before", () => {
    const dct = "2017-01-18";
    expect(value("The fire started on Jan. 3. The day after, crews left the site.", "The day after", dct)).toBe("2017-01-04");
    expect(value("The day before, he had called his lawyer.", "The day before", dct)).toBe("2017-01-17");
  });
  it("an event's eve names no day and stays untagged, as 'later in the day' does", () => {
    const dct = "2017-01-18";
    expect(() => value("He spoke the day before the vote.", "the day", dct)).toThrow(/no timex/);
    expect(() => value("Later in the day, police arrived.", "the day", dct)).toThrow(/no timex/);
  });
});

describe("a relative weekday with its part of the day is one expression", () => {
  it("'last Thursday night', 'next Monday morning' keep the relative word and the part", () => {
    const dct = "2017-01-18"; // a Wednesday
    const t = find("The talks broke down last Thursday night.", "Thursday", dct);
    expect([t.text, t.type, t.value]).toEqual(["last Thursday night", "TIME", "2017-01-12TNI"]);
    expect(value("The envoys meet next Monday morning.", "Monday", dct)).toBe("2017-01-23TMO");
  });
});

describe("a bare midnight in a past clause", () => {
  it("is the midnight the article's day began with; ahead it is the coming one", () => {
    const dct = "2017-01-18";
    expect(value("The blast happened shortly after midnight.", "midnight", dct)).toBe("2017-01-17T24:00");
    expect(value("The offer expires at midnight.", "midnight", dct)).toBe("2017-01-18T24:00");
  });
});

describe("a year with its kind", () => {
  it("'the 2016 fiscal year', 'the 2015 tax year' are one expression for the year", () => {
    const t = find("Sales rose 5% in the 2016 fiscal year.", "2016");
    expect([t.text, t.value]).toEqual(["the 2016 fiscal year", "2016"]);
    expect(find("The 2015 tax year closed with a surplus.", "2015").text).toBe("The 2015 tax year");
  });
  it("a year before another noun keeps its own extent", () => {
    expect(find("The 2016 election changed everything.", "2016").text).toBe("2016");
  });
});

describe("a clock range across midnight", () => {
  it("an end at or before its start is on the next day; a range within a day stays on it", () => {
    const dct = "2017-01-18";
    expectValues((text, surface) => value(text, surface, dct), [
      ["The curfew runs from 10 p.m. to 6 a.m.", "6 a.m.", "2017-01-19T06:00"],
      ["The raid lasted from 11 p.m. until 2:30 a.m., police said.", "2:30", "2017-01-19T02:30"],
      ["Polls are open from 7 a.m. to 8 p.m.", "8 p.m.", "2017-01-18T20:00"],
      ["Shops open at 9 a.m.; banks shut at 4 a.m. on holidays.", "4 a.m.", "2017-01-18T04:00"],
    ]);
  });
});

describe("a day as the subject of a present copula points ahead", () => {
  it("'Thursday is the deadline' is the coming Thursday; 'Thursday was the deadline' the last one", () => {
    const dct = "2017-01-18"; // a Wednesday
    expectValues((text, surface) => value(text, surface, dct), [
      ["Thursday is the deadline for bids.", "Thursday", "2017-01-19"],
      ["Officials said Jan. 31 is the last day to apply.", "Jan. 31", "2017-01-31"],
      ["Thursday was the deadline for bids.", "Thursday", "2017-01-12"],
    ]);
  });
});

describe("a month naming a statistic's period", () => {
  it("a month just ended stays behind even with a future verb", () => {
    expect(value("The agency will publish May figures next week.", "May", "2017-06-20")).toBe("2017-05");
    expect(value("The bureau will release December sales data on Friday.", "December", "2017-01-20")).toBe("2016-12");
  });
  it("a month still ahead, or a month after a preposition, follows the tense", () => {
    expect(value("March exports will be reported in April.", "March", "2017-01-20")).toBe("2017-03");
    expect(value("In March sales will rise, the chain said.", "March", "2017-01-20")).toBe("2017-03");
  });
});

describe("a quarter or half named by its last month", () => {
  it("'the December quarter', 'the June 2016 half', 'the September-quarter profit'", () => {
    const dct = "2017-01-20";
    expect(value("Profit rose in the December quarter.", "December", dct)).toBe("2016-Q4");
    expect(value("In the June 2016 half, sales rose.", "June", dct)).toBe("2016-H1");
    const t = find("The September-quarter profit fell.", "September", dct);
    expect([t.text, t.value]).toEqual(["September-quarter", "2016-Q3"]);
  });
  it("a quarter ending in another month is the calendar quarter holding most of it; a half must end in June or December", () => {
    expect(value("The October quarter will be weak, the retailer warned.", "October", "2017-01-20")).toBe("2017-Q3");
    expect(() => value("Results for the May half were late.", "half", "2017-01-20")).toThrow(/no timex/);
  });
  it("the first half, written as an adjective, leaves its article to the noun", () => {
    expect(find("The first-half profit fell.", "first-half", "2017-08-20").text).toBe("first-half");
  });
});
