/**
 * Comparing TIMEX3 values by the time they point at rather than by their spelling: used by
 * `npm run eval:dates` to tell an anchoring error (the wrong day, week or year) from a granularity
 * convention (a day where the gold writes its week, "1989-W43" where it writes "1989-WXX").
 */
/**
 * The stretch of days a calendar value covers, as [first, last] day numbers, or null for a value that is
 * not a calendar stretch (PRESENT_REF, a decade "199X"). An X after the year widens it to the year
 * ("1989-WXX", "1989-QX"), a day X to the month ("1998-10-XX"); a part of the day is the day.
 */
const DAY_MS = 86_400_000;
const dayNo = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
export function stretch(v: string): [number, number] | null {
  const m = /^(\d{4})(?:-(.+?))?(?:T.*)?$/.exec(v);
  if (!m) return null;
  const y = Number(m[1]);
  const rest = m[2];
  const year: [number, number] = [dayNo(y, 1, 1), dayNo(y, 12, 31)];
  if (!rest) return year;
  let r: RegExpExecArray | null;
  if ((r = /^(\d{2})-(\d{2})$/.exec(rest))) return [dayNo(y, +r[1], +r[2]), dayNo(y, +r[1], +r[2])];
  if ((r = /^(\d{2})(?:-XX)?$/.exec(rest))) return [dayNo(y, +r[1], 1), dayNo(y, +r[1] + 1, 0)];
  if ((r = /^W(\d{1,2})(?:-WE)?$/.exec(rest))) {
    const jan4 = dayNo(y, 1, 4);
    const monday = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7) + 7 * (Number(r[1]) - 1);
    return /-WE$/.test(rest) ? [monday + 5, monday + 6] : [monday, monday + 6];
  }
  if ((r = /^Q([1-4])$/.exec(rest))) return [dayNo(y, 3 * +r[1] - 2, 1), dayNo(y, 3 * +r[1] + 1, 0)];
  if ((r = /^H([12])$/.exec(rest))) return [dayNo(y, 6 * +r[1] - 5, 1), dayNo(y, 6 * +r[1] + 1, 0)];
  const season: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };
  if (season[rest]) return [dayNo(y, season[rest][0], 1), dayNo(y, season[rest][1] + 1, 0)];
  if (/X/.test(rest)) return year;
  return null;
}
/**
 * The system's value points inside the time the gold's names, whatever the granularity each writes:
 * "1989-W43" for "1989-WXX", "2000-01-05TNI" for "2000-01-05TEV", "1988-Q3" for "1988". A coarser
 * system value does not count ("1998-W10" for "1998-03-08"), so writing only years cannot score.
 * Identical values always agree; values that are no calendar stretch must be identical.
 */
export function sameTime(gold: string, sys: string): boolean {
  if (gold === sys) return true;
  const g = stretch(gold);
  const s = stretch(sys);
  if (!g || !s) return false;
  return g[0] <= s[0] && s[1] <= g[1];
}


/**
 * Identical, or one of the two spellings the TimeML news corpora use for the same expression, each
 * both ways within the corpus (stages/dates/README.md): an unnamed week of a year ("1989-WXX") or its
 * ISO week ("1989-W43") for "last week"; a weekday with a part of the day as a DATE ("1998-02-11") or
 * a TIME ("1998-02-11TNI"), and either part-of-day code the one or the other annotator chose for
 * "night" / "evening". Nothing else: another day, week or granularity is still wrong. Used only for the
 * "value, either spelling" line of `npm run eval:dates`, which shows what these splits cost.
 */
export function sameSpelling(gold: string, sys: string): boolean {
  if (gold === sys) return true;
  const week = /^(\d{4})-W(?:XX|\d{2})$/;
  const gw = week.exec(gold);
  const sw = week.exec(sys);
  if (gw && sw) return gw[1] === sw[1] && (gold.endsWith("XX") || sys.endsWith("XX"));
  const day = /^(\d{4}-\d{2}-\d{2})(?:T(?:MO|AF|EV|NI))?$/;
  const gd = day.exec(gold);
  const sd = day.exec(sys);
  return !!gd && !!sd && gd[1] === sd[1];
}
