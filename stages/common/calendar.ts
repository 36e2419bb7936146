/**
 * The calendar's English words, one table for every stage that reads dates: the
 * loader's feed dates (stages/load/dates.ts), the cleaner's publication dates
 * (stages/clean/published.ts, which adds other languages) and the dates stage
 * (stages/dates/lexicon.ts). Each user decides how strict to be with them (the
 * dates stage only takes "May" or "Mar." in context); the words themselves are
 * the same everywhere.
 */

/** Month names and their news abbreviations (AP style: Jan. Feb. Aug. Sept. Oct. Nov. Dec.; RFC 2822: Jan … Dec). */
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4,
  may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/**
 * Zone names with a fixed offset: the ones RFC 822 allows (UT, GMT, the US zones) plus the
 * European ones feeds and page datelines print. A name that is ambiguous worldwide (IST,
 * CST in Asia…) is left out: better no zone than a wrong one. Read by the loader's record
 * dates and the cleaner's publication dates. Keys are lower-case.
 */
export const NAMED_ZONES: Readonly<Record<string, string>> = {
  ut: "Z", utc: "Z", gmt: "Z", z: "Z",
  est: "-05:00", edt: "-04:00", cst: "-06:00", cdt: "-05:00",
  mst: "-07:00", mdt: "-06:00", pst: "-08:00", pdt: "-07:00",
  bst: "+01:00", cet: "+01:00", cest: "+02:00", eet: "+02:00", eest: "+03:00", msk: "+03:00",
};

/** Days in month `m` (1–12) of year `y`, proleptic Gregorian, with no Date object. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** A date or time field with leading zeros to `width` digits (7 → "07"; a year 45 with width 4 → "0045"). */
export const padDigits = (n: number, width = 2): string =>
  n < 0 ? `-${String(-n).padStart(width, "0")}` : String(n).padStart(width, "0"); // the sign before the zeros: -0005, never 00-5

/**
 * Whether y-m-d is a day of the calendar with its year in [minYear, maxYear]: the check every reader of a
 * written date makes before it prints one (feed dates, page dates, publication dates), each with the year
 * range it trusts.
 */
export function isCalendarDay(y: number, m: number, d: number, minYear: number, maxYear: number): boolean {
  return y >= minYear && y <= maxYear && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The twelve full month names, in calendar order. */
export const ENGLISH_MONTH_NAMES: readonly string[] = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/**
 * The second of a written clock time as the outputs print it: a leap second (":60", which UTC inserts at the end
 * of a June or December and ISO 8601 allows) becomes ":59". JavaScript's Date, Python's datetime and pandas'
 * `to_datetime` all refuse second 60, so one such value would break every reader of a published date (and the
 * output check's calendar test); the second before is off by one second. Null past 60: no clock.
 */
export function clockSecond(s: number): number | null {
  return s >= 0 && s <= 59 ? s : s === 60 ? 59 : null;
}
