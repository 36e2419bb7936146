/** The "same time" comparison of `npm run eval:dates`: the time a TIMEX3 value points at, not its spelling. */
import { describe, expect, it } from "vitest";
import { sameSpelling, sameTime, stretch } from "../eval/lib/timex-compare.ts";

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

describe("stretch of a TIMEX3 value", () => {
  it("covers the days of a day, a month, an ISO week, a quarter", () => {
    expect(stretch("2017-01-25")).toEqual([day("2017-01-25"), day("2017-01-25")]);
    expect(stretch("2016-02")).toEqual([day("2016-02-01"), day("2016-02-29")]);
    // ISO week 1 of 2015 starts on Monday 29 December 2014
    expect(stretch("2015-W01")).toEqual([day("2014-12-29"), day("2015-01-04")]);
    expect(stretch("2017-W04-WE")).toEqual([day("2017-01-28"), day("2017-01-29")]);
    expect(stretch("2017-Q3")).toEqual([day("2017-07-01"), day("2017-09-30")]);
  });
  it("widens an unknown part to what is known, and has none for references", () => {
    expect(stretch("2017-WXX")).toEqual([day("2017-01-01"), day("2017-12-31")]);
    expect(stretch("2017-10-XX")).toEqual([day("2017-10-01"), day("2017-10-31")]);
    expect(stretch("PRESENT_REF")).toBeNull();
    expect(stretch("199X")).toBeNull();
  });
});

describe("same time", () => {
  it("a finer system value inside the gold's time agrees", () => {
    expect(sameTime("2017-WXX", "2017-W04")).toBe(true);
    expect(sameTime("2017-01-24TEV", "2017-01-24TNI")).toBe(true);
    expect(sameTime("2016", "2016-Q3")).toBe(true);
  });
  it("another period, or a coarser system value, does not", () => {
    expect(sameTime("2017-01-17", "2017-01-24")).toBe(false);
    expect(sameTime("2017-01-24", "2017-W04")).toBe(false);
    expect(sameTime("2016-02", "2017-02")).toBe(false);
    expect(sameTime("PRESENT_REF", "2017-01-25")).toBe(false);
    expect(sameTime("PAST_REF", "PAST_REF")).toBe(true);
  });
});

describe("same spelling (the corpus's two spellings of one expression)", () => {
  it("an unnamed week and the ISO week of the same year, a day with or without its part", () => {
    expect(sameSpelling("1989-WXX", "1989-W43")).toBe(true);
    expect(sameSpelling("1989-W43", "1989-WXX")).toBe(true);
    expect(sameSpelling("1998-02-11", "1998-02-11TNI")).toBe(true);
    expect(sameSpelling("1998-02-11TEV", "1998-02-11TNI")).toBe(true);
  });
  it("another week, year, day or granularity stays wrong", () => {
    expect(sameSpelling("1989-W42", "1989-W43")).toBe(false);
    expect(sameSpelling("1989-WXX", "1990-W01")).toBe(false);
    expect(sameSpelling("1998-02-11", "1998-02-12TNI")).toBe(false);
    expect(sameSpelling("1998-02", "1998-02-11")).toBe(false);
    expect(sameSpelling("1998-02-11T21:00", "1998-02-11TNI")).toBe(false);
  });
});
