/** The "same time" comparison of `npm run eval:dates`: the time a TIMEX3 value points at, not its spelling. */
import { describe, expect, it } from "vitest";
import { sameSpelling, sameTime, stretch } from "../eval/lib/timex-compare.ts";

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

describe("stretch of a TIMEX3 value", () => {
  // a day, a month, an ISO week (week 1 of 2015 starts on Monday 29 December 2014), a weekend, a quarter; an unknown
  // part widened to what is known
  it.each([
    ["2017-01-25", "2017-01-25", "2017-01-25"],
    ["2016-02", "2016-02-01", "2016-02-29"],
    ["2015-W01", "2014-12-29", "2015-01-04"],
    ["2017-W04-WE", "2017-01-28", "2017-01-29"],
    ["2017-Q3", "2017-07-01", "2017-09-30"],
    ["2017-WXX", "2017-01-01", "2017-12-31"],
    ["2017-10-XX", "2017-10-01", "2017-10-31"],
  ])("%s runs from %s to %s", (value, first, last) => {
    expect(stretch(value)).toEqual([day(first), day(last)]);
  });
  it.each(["PRESENT_REF", "199X"])("%s has none", (value) => {
    expect(stretch(value)).toBeNull();
  });
});

describe("same time", () => {
  // a finer system value inside the gold's time agrees; another period, or a coarser system value, does not
  it.each([
    ["2017-WXX", "2017-W04", true],
    ["2017-01-24TEV", "2017-01-24TNI", true],
    ["2016", "2016-Q3", true],
    ["PAST_REF", "PAST_REF", true],
    ["2017-01-17", "2017-01-24", false],
    ["2017-01-24", "2017-W04", false],
    ["2016-02", "2017-02", false],
    ["PRESENT_REF", "2017-01-25", false],
  ])("gold %s, system %s: %s", (gold, system, want) => {
    expect(sameTime(gold, system)).toBe(want);
  });
});

describe("same spelling (the corpus's two spellings of one expression)", () => {
  // an unnamed week and the ISO week of the same year, a day with or without its part; another week, year, day or
  // granularity stays wrong
  it.each([
    ["1989-WXX", "1989-W43", true],
    ["1989-W43", "1989-WXX", true],
    ["1998-02-11", "1998-02-11TNI", true],
    ["1998-02-11TEV", "1998-02-11TNI", true],
    ["1989-W42", "1989-W43", false],
    ["1989-WXX", "1990-W01", false],
    ["1998-02-11", "1998-02-12TNI", false],
    ["1998-02", "1998-02-11", false],
    ["1998-02-11T21:00", "1998-02-11TNI", false],
  ])("gold %s, system %s: %s", (gold, system, want) => {
    expect(sameSpelling(gold, system)).toBe(want);
  });
});
