/**
 * Calendar arithmetic for the dates stage. Everything works on explicit
 * year/month/day integers with integer day counts (no Date object): no machine
 * time zone, no clock, and no two-digit-year mapping (Date.UTC reads years 0–99
 * as 1900–1999, so "the year 45" would have had 1945's calendar). A document
 * creation time (DCT) is the only anchor.
 */
import { daysInMonth, padDigits } from "../common/calendar.ts";
export { daysInMonth };

export interface Ymd { y: number; m: number; d: number }

export interface Anchor extends Ymd {
  /** Clock time of the DCT when given ("2017-01-24T14:02"), else null. */
  hh: number | null;
  mi: number | null;
}

const DCT_RE = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T ](\d{2}):?(\d{2}))?)?)?/;

/** Parse an ISO 8601 DCT ("2017-01-24", "20170124", "2017-01-24T14:02:00Z"). Month/day default to 1. */
export function parseDct(dct: string | null): Anchor | null {
  if (!dct) return null;
  const m = DCT_RE.exec(dct.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 1;
  const d = m[3] ? Number(m[3]) : 1;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return { y, m: mo, d, hh: m[4] ? Number(m[4]) : null, mi: m[5] ? Number(m[5]) : null };
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian day, for any integer year (0–99 and negative ones
 * included): the days-from-civil count, in eras of 400 years (146,097 days).
 */
function toDays(p: Ymd): number {
  // a month out of 1–12 or a day out of its month rolls over, as Date.UTC's did (month 13 = January next year)
  const m = ((((p.m - 1) % 12) + 12) % 12) + 1;
  const y = p.y + Math.floor((p.m - 1) / 12) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (m + 9) % 12; // March = 0 … February = 11
  const doy = Math.floor((153 * mp + 2) / 5) + p.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The inverse of toDays. */
function fromDays(n: number): Ymd {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

export function addDays(p: Ymd, n: number): Ymd {
  return fromDays(toDays(p) + n);
}

/** Shift by whole months, clamping the day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(p: Ymd, n: number): Ymd {
  const idx = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { y, m, d: Math.min(p.d, daysInMonth(y, m)) };
}

/** ISO weekday: Monday = 1 ... Sunday = 7. */
export function weekday(p: Ymd): number {
  // 1970-01-01 was a Thursday (4)
  const w = (((toDays(p) + 3) % 7) + 7) % 7;
  return w + 1;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(p: Ymd): { year: number; week: number } {
  const thursday = addDays(p, 4 - weekday(p));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor((toDays(thursday) - toDays(jan1)) / 7) + 1 };
}

/**
 * The weekday `wd` nearest the anchor in the given direction. "past" takes the
 * anchor day itself or an earlier one ("said Friday" in a Friday article is that
 * Friday); "future" the anchor day or a later one.
 */
export function weekdayNear(a: Ymd, wd: number, dir: "past" | "future", strict = false): Ymd {
  const cur = weekday(a);
  if (dir === "past") {
    let back = (cur - wd + 7) % 7;
    if (strict && back === 0) back = 7;
    return addDays(a, -back);
  }
  let fwd = (wd - cur + 7) % 7;
  if (strict && fwd === 0) fwd = 7;
  return addDays(a, fwd);
}

/** The n-th weekday of a month (n = -1 for the last one): US holidays such as Thanksgiving. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

/** Easter Sunday of a Gregorian year (the anonymous computus, as in Meeus). */
export function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const mo = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: mo, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

export const pad2 = (n: number): string => padDigits(n, 2);
export const pad4 = (n: number): string => padDigits(n, 4);
export const fmtYmd = (p: Ymd) => `${pad4(p.y)}-${pad2(p.m)}-${pad2(p.d)}`;
export const fmtYm = (y: number, m: number) => `${pad4(y)}-${pad2(m)}`;
export const fmtWeek = (p: Ymd) => {
  const w = isoWeek(p);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
};
export const quarterOf = (m: number) => Math.floor((m - 1) / 3) + 1;
