/**
 * The dates stage's calendar arithmetic on years 0–99: Date.UTC reads them as 1900–1999, so a day
 * count, a weekday or a month length there used to take the twentieth century's calendar. Invented
 * sentences only.
 */
import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysInMonth, easter, nthWeekday, weekday } from "../stages/dates/resolve.ts";
import { tagDates } from "../stages/dates/tag.ts";
import { padDigits } from "../stages/common/calendar.ts";

describe("calendar arithmetic before the year 100", () => {
  it("gives February of year 0 its leap day (1900 had none) and year 100 none", () => {
    expect(daysInMonth(0, 2)).toBe(29);
    expect(daysInMonth(100, 2)).toBe(28);
    expect(daysInMonth(44, 2)).toBe(29);
    expect(daysInMonth(45, 2)).toBe(28);
    expect(daysInMonth(45, 4)).toBe(30);
  });

  it("counts days across the end of year 99 into year 100, not into 2000", () => {
    expect(addDays({ y: 99, m: 12, d: 31 }, 1)).toEqual({ y: 100, m: 1, d: 1 });
    expect(addDays({ y: 0, m: 3, d: 1 }, -1)).toEqual({ y: 0, m: 2, d: 29 });
    expect(addDays({ y: 45, m: 1, d: 1 }, 365)).toEqual({ y: 46, m: 1, d: 1 });
  });

  it("names the weekday of the proleptic Gregorian calendar (1 January of year 1 was a Monday)", () => {
    expect(weekday({ y: 1, m: 1, d: 1 })).toBe(1);
    expect(weekday({ y: 1970, m: 1, d: 1 })).toBe(4);
    expect(weekday({ y: 2000, m: 2, d: 29 })).toBe(2);
    // the n-th weekday of a month follows: the first Monday of January, year 1, is the 1st
    expect(nthWeekday(1, 1, 1, 1)).toEqual({ y: 1, m: 1, d: 1 });
  });

  it("keeps month shifts and Easter on the year asked for", () => {
    expect(addMonths({ y: 0, m: 1, d: 31 }, 1)).toEqual({ y: 0, m: 2, d: 29 });
    expect(easter(2000)).toEqual({ y: 2000, m: 4, d: 23 });
    expect(addDays(easter(30), 0).y).toBe(30);
  });

  it("still rolls an out-of-range month or day over, as before", () => {
    expect(addDays({ y: 2019, m: 13, d: 1 }, 0)).toEqual({ y: 2020, m: 1, d: 1 });
    expect(addDays({ y: 2019, m: 3, d: 0 }, 0)).toEqual({ y: 2019, m: 2, d: 28 });
  });
});

describe("relative dates anchored on an early publication date", () => {
  it("resolves 'yesterday' against a creation date in year 45 within year 45", () => {
    const t = tagDates("The harbour council met yesterday.", "0045-03-01");
    expect(t.map((x) => x.value)).toEqual(["0045-02-28"]);
  });
  it("resolves 'yesterday' against 1 March of year 0 to its leap day", () => {
    const t = tagDates("The harbour council met yesterday.", "0000-03-01");
    expect(t.map((x) => x.value)).toEqual(["0000-02-29"]);
  });
});

describe("a day before year 0", () => {
  it("writes the sign before the zeros, so the value stays a well-formed signed year", () => {
    expect(padDigits(-5, 4)).toBe("-0005");
    expect(padDigits(7, 2)).toBe("07");
  });
});

describe("a day its month does not have", () => {
  const values = (text: string) => tagDates(text, "2021-03-10").map((d) => [d.text, d.value, d.rangeStart, d.rangeEnd]);
  it("is no date, in any written form, so every value a notebook parses is a calendar day", () => {
    expect(values("The ferry fair ran on February 30, 2021 by the quay.")).toEqual([]);
    expect(values("The ferry fair opens 31 April 2021.")).toEqual([]);
    expect(values("The ferry fair closed on February 29, 2021.")).toEqual([]);
    expect(values("The ferry timetable is due 2021-13-01.")).toEqual([]);
  });

  it("keeps the days that exist: a leap day of a leap year, the last of April, a range over a month's end", () => {
    expect(values("The ferry fair ran on February 29, 2020.")).toEqual([["February 29, 2020", "2020-02-29", null, null]]);
    expect(values("The ferry fair opens 30 April 2021.")).toEqual([["30 April 2021", "2021-04-30", null, null]]);
    expect(values("The ferry fair runs April 30 to May 2, 2021.").map((v) => v[1])).toEqual(["2021-04-30", "2021-05-02"]);
  });

  it("keeps the valid end of a range whose other end is impossible, as a date of its own", () => {
    expect(values("The ferry fair runs April 31 to May 2, 2021.")).toEqual([["May 2, 2021", "2021-05-02", null, null]]);
    expect(values("The ferry fair runs April 29-31, 2021.")).toEqual([["April 29", "2021-04-29", null, null]]);
    expect(values("Ferries sail between Feb 28 and Feb 30, 2021.").map((v) => v[1])).toEqual(["2021-02-28"]);
  });

  it("keeps a leap day whose year is only the publication date's, with its year unknown", () => {
    const leap = (text: string) => tagDates(text, "2023-03-10").map((d) => [d.text, d.value, d.anchor]);
    expect(leap("Ferry hands born Feb. 29 sail free on March 1.")).toEqual([["Feb. 29", "XXXX-02-29", null], ["March 1", "2023-03-01", "dct"]]);
    expect(leap("The ferry fair moves to 29 February.")).toEqual([["29 February", "XXXX-02-29", null]]);
    // the year written in the text is not a guess: 2023 had no 29 February
    expect(leap("The ferry fair closed on Feb. 29, 2023.")).toEqual([]);
    // a leap year of the publication date keeps its leap day as before
    expect(tagDates("The ferry fair moves to 29 February.", "2024-01-10").map((d) => d.value)).toEqual(["2024-02-29"]);
  });

  it("gives a clock or a part of the day after a dropped day no day, never the publication date", () => {
    expect(values("The ferry fair opens February 30 at 10 a.m.")).toEqual([["10 a.m.", "XXXX-XX-XXT10:00", null, null]]);
    expect(values("The ferry fair opened February 30. That night the band played.").map((v) => v[1])).toEqual(["XXXX-XX-XXTNI"]);
    // the next date written gives the clocks their day again
    expect(values("The ferry fair opened February 30. On March 3, 2021 it closed. At 10 a.m. it reopened.").map((v) => v[1])).toEqual(["2021-03-03", "2021-03-03T10:00"]);
    expect(values("The ferry fair opened on March 3. At 10 a.m. it closed.").map((v) => v[1])).toEqual(["2021-03-03", "2021-03-03T10:00"]);
  });
});
