/**
 * Dates stage: extents and counts (what a scorer matches before it looks at a
 * value): a weekday and its date in apposition are one expression, a comparative before a weekday stays
 * outside it, thousands of years counted in words. Sentences are our own; the DCT is Thursday 1998-03-05
 * unless stated.
 */
import { describe, expect, it } from "vitest";
import { timexFinders } from "./helpers/dates.ts";

const DCT = "1998-03-05"; // a Thursday
const { find, tags } = timexFinders(DCT);

describe("a weekday and the date in apposition to it", () => {
  it("a relative weekday and a day in words are one expression, valued by the written date", () => {
    expect(tags("The fair opens this coming Sunday, March eighth, in the old market.")).toEqual(["this coming Sunday, March eighth=1998-03-08"]);
    expect(tags("The match is on Saturday, the fourteenth of March.")).toEqual(["Saturday, the fourteenth of March=1998-03-14"]);
  });
  it("the relative word before a weekday and its numeric date joins the expression", () => {
    expect(tags("The vote is next Tuesday, March 10.")).toEqual(["next Tuesday, March 10=1998-03-10"]);
    expect(tags("The count ended last Friday, Feb. 27, at noon.")[0]).toBe("last Friday, Feb. 27=1998-02-27");
  });
  it("a weekday that is not the date's own stays apart (two expressions: the text contradicts itself)", () => {
    // March 8, 1998 is a Sunday, not a Monday
    expect(tags("The fair opens this coming Monday, March eighth.")).toHaveLength(2);
  });
  it("the weekday confirms the year of a year-less date", () => {
    // in January 1999, "Friday, December 4" is 1998's (a Friday), whatever the tense suggests
    expect(tags("The panel will meet on Friday, December fourth.", "1999-01-10")).toEqual(["Friday, December fourth=1998-12-04"]);
  });
  it("a date after a weekday in another clause is not joined", () => {
    expect(tags("He left on Tuesday; March 10 is the deadline.")).toHaveLength(2);
  });
});

describe("a comparative before a weekday", () => {
  it("'Earlier Friday', 'Later Thursday' tag the weekday alone, with the mod", () => {
    const e = find("Earlier Tuesday, the mayor resigned.", "Tuesday");
    expect([e.text, e.value, e.mod]).toEqual(["Tuesday", "1998-03-03", "START"]);
    const l = find("The minister spoke later Wednesday in the capital.", "Wednesday");
    expect([l.text, l.mod]).toEqual(["Wednesday", "END"]);
  });
  it("the comparative still joins a relative unit or a day word", () => {
    expect(find("Prices fell earlier this month.", "month").text).toBe("earlier this month");
    expect(find("The pier reopened later yesterday.", "yesterday").text).toBe("later yesterday");
  });
  it("TimeML's own position words stay inside", () => {
    expect(find("The ferry sank late Monday.", "Monday").text).toBe("late Monday");
  });
});

describe("thousands and hundreds counted in words", () => {
  it("thousands of years in words are millennia (TimeML's L)", () => {
    const t = find("The monks kept the recipe for more than two thousand years.", "years");
    expect([t.text, t.type, t.value, t.mod]).toEqual(["more than two thousand years", "DURATION", "P2L", "MORE_THAN"]);
  });
  it("other units and digits keep their own unit", () => {
    expect(find("The trial ran for a thousand days.", "days").value).toBe("P1000D");
    expect(find("The oak stood for 2,000 years.", "years").value).toBe("P2000Y");
    expect(find("The dynasty lasted three hundred years.", "years").value).toBe("P300Y");
  });
  it("the year two thousand stays a year", () => {
    expect(find("He promised to finish by the year two thousand.", "two thousand").value).toBe("2000");
  });
});

describe("a four-digit count is not a year", () => {
  it("a number before a count noun counts it", () => {
    expect(tags("The mill has 2000 employees and 1500 looms; 1800 troops left.")).toEqual([]);
  });
  it("a year used as a modifier of an event, or after a preposition of time, stays a year", () => {
    expect(tags("The 1992 protests changed the town.")).toEqual(["1992=1992"]);
    expect(tags("In 1995 people voted for change.")).toEqual(["1995=1995"]);
    expect(tags("By 2000 workers had left the valley.")).toEqual(["2000=2000"]);
  });
});

describe("recurring days with their part", () => {
  it("'every Monday morning' is one SET with the part of the day", () => {
    const t = find("The market opens every Monday morning.", "Monday");
    expect([t.text, t.type, t.value]).toEqual(["every Monday morning", "SET", "XXXX-WXX-1TMO"]);
    expect(find("Each Friday night the band plays.", "Friday").value).toBe("XXXX-WXX-5TNI");
  });
});

describe("centuries written as hundreds", () => {
  it("'the 1800s' is the century (18), not the decade 1800-1809", () => {
    expect(find("The mill was built in the 1800s.", "1800s").value).toBe("18");
    const t = find("The town grew in the early 1900s.", "1900s");
    expect([t.value, t.mod]).toEqual(["19", "START"]);
  });
  it("other decades and the 2000s stay decades", () => {
    expect(find("Rents doubled in the 1990s.", "1990s").value).toBe("199");
    expect(find("Rents doubled in the 2000s.", "2000s").value).toBe("200");
  });
});

describe("an elliptical 'last' after 'this' + unit", () => {
  it("is the previous period of the unit named", () => {
    expect(tags("The dividend is twice as high this year as last.")).toEqual(["this year=1998", "last=1997"]);
    expect(tags("Sales rose this quarter and last.")).toEqual(["this quarter=1998-Q1", "last=1997-Q4"]);
  });
  it("'last' before a noun, or with no period named before it, is left alone", () => {
    expect(tags("Sales rose this year, and last year too.")).toEqual(["this year=1998", "last year=1997"]);
    expect(tags("The mayor spoke last. She was the last.")).toEqual([]);
  });
});

describe("clock ranges and days", () => {
  it("the first end of a clock range takes the day written on the second", () => {
    expect(tags("Polling stations were open from 7 a.m. to 7 p.m. on Sunday.")).toEqual(["7 a.m.=1998-03-01T07:00", "7 p.m. on Sunday=1998-03-01T19:00"]);
  });
  it("across midnight the first end is the day before", () => {
    expect(tags("The curfew lasted from 10 p.m. to 6 a.m. Sunday.")[0]).toBe("10 p.m.=1998-02-28T22:00");
  });
  it("'midnight on Saturday' is one TIME on that day", () => {
    const t = find("The truce took effect at midnight on Saturday.", "midnight");
    expect([t.text, t.value]).toEqual(["midnight on Saturday", "1998-02-28T24:00"]);
  });
});

describe("a week or weekend counted in a month", () => {
  it("is one expression: the ISO week, or the weekend of the n-th Saturday", () => {
    expect(find("The fair is held on the last weekend of June 1997.", "weekend").value).toBe("1997-W26-WE");
    const t = find("Talks resume in the second week of April 1998.", "week");
    expect([t.text, t.value]).toEqual(["the second week of April 1998", "1998-W15"]);
  });
});

describe("the part of a written day", () => {
  it("'the night of Oct. 23' leaves the part out (the dev part writes the bare day 2 times of 2)", () => {
    const t = find("The fire broke out on the night of Feb. 24, 1998.", "Feb");
    expect([t.text, t.type, t.value]).toEqual(["Feb. 24, 1998", "DATE", "1998-02-24"]);
  });
});

describe("a second period in the sentence of a written year", () => {
  it("takes that year", () => {
    expect(tags("The second half of 1996 will be better than the first half.")).toEqual(["The second half of 1996=1996-H2", "the first half=1996-H1"]);
    expect(tags("Output fell in the first quarter of 1996 and the second quarter.")[1]).toBe("the second quarter=1996-Q2");
  });
  it("a new sentence, or a period after an earlier one without a written year, follows the tense", () => {
    expect(tags("Output fell in the first quarter of 1996. The fourth quarter was flat.")[1]).toBe("The fourth quarter=1997-Q4");
  });
});

describe("a count before 'previous'", () => {
  it("'the two previous quarters' is a duration, as 'the past two quarters'", () => {
    expect(tags("In the two previous quarters the mill lost money.")).toEqual(["the two previous quarters=P2Q"]);
    expect(tags("In the three preceding years it grew.")).toEqual(["the three preceding years=P3Y"]);
  });
});

describe("a weekday coordinated with a recurring one", () => {
  it("shares its recurrence and part of the day", () => {
    expect(tags("Ferries leave on Monday and Tuesday nights.")).toEqual(["Monday=XXXX-WXX-1TNI", "Tuesday nights=XXXX-WXX-2TNI"]);
    expect(find("The club meets on Friday or Saturday mornings.", "Friday").type).toBe("SET");
  });
  it("a weekday in another clause stays a date", () => {
    expect(tags("He left Monday and returns on Thursdays.")[0]).toBe("Monday=1998-03-02");
  });
});

describe("'in' + a length in a future clause", () => {
  it("is the point that far ahead, at the unit's granularity", () => {
    expect(tags("The bonds will be redeemed in five years.", "1989-11-02")).toEqual(["five years=1994"]);
    expect(find("The talks will resume in three weeks.", "weeks", "1989-11-02").type).toBe("DATE");
  });
  it("a past clause, 'within', or a record over a stretch keep the length", () => {
    expect(tags("The bridge was built in two years.")).toEqual(["two years=P2Y"]);
    expect(tags("The bonds will be redeemed within five years.")).toEqual(["five years=P5Y"]);
    expect(tags("It will be the first rise in five years.")).toEqual(["five years=P5Y"]);
  });
});
