/**
 * Feed and record dates → ISO 8601, as precise as stated. Feeds use RFC 2822
 * (`Tue, 24 Jan 2017 14:02:00 +0000` → `2017-01-24T14:02:00+00:00`); RSS 1.0
 * (dc:date), Atom and JSON records use ISO 8601 / RFC 3339, which is checked and
 * normalised (`+0100` → `+01:00`, space separator → `T`); a few unambiguous written forms
 * ("March 5, 2024", "2024/03/05", "20240305") are read too (WRITTEN_FORMS). A stated zone is kept
 * as stated (never converted to the machine's zone); no zone stated → none added.
 * Pure string arithmetic, no `Date` parsing, no clock.
 *
 * Why this is not stages/clean/published.ts (the cleaner's reader of dates in page text):
 * the two share their tables (stages/common/calendar.ts) but not their behaviour, and
 * calling one from the other would change outputs. This one reads a FIELD that is meant to
 * be a date, whole and strict: the value must be one date and nothing else ("2017-01-24
 * and more" is refused, not searched), a year alone or a year and month stay as precise as
 * stated ("2017", "2017-01"), RFC 2822's two-digit years are read ("24 Jan 17"), and an
 * unreadable offset refuses an ISO value. published.ts SEARCHES free text for the first
 * full day in many languages and formats ("24.01.2017", "January 24, 2017", day-first
 * when the page says so), needs a day and a four-digit year, and keeps the day when an
 * offset is unreadable. (stages/clean/html/dates.ts is a third, for machine-written
 * metadata values: compact YYYYMMDD, years 1900–2200.)
 */
import { isCalendarDay, clockSecond, ENGLISH_MONTHS, NAMED_ZONES, padDigits as pad } from "../common/calendar.ts";

/** English month names and abbreviations used by RFC 2822 and by sloppy feed generators (stages/common/calendar.ts). */
const MONTHS = ENGLISH_MONTHS;

/** Zone names with a fixed offset (stages/common/calendar.ts). */
const ZONES = NAMED_ZONES;

/** RFC 2822 date: optional weekday, day, month name, year, optional time and zone, optional "(comment)". */
const RFC2822_RE =
  /^(?:[A-Za-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2,4})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?\s*(?:\([^)]{0,40}\))?$/;

/** ISO 8601 / RFC 3339 date or date-time (space separator tolerated). */
const ISO_RE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

/**
 * Whole-value date-only forms that exporters write instead of ISO 8601, each with one reading:
 * US written order ("March 5, 2024", "Mar. 5 2024"), year-first with slashes or dots ("2024/03/05",
 * "2024.3.5": no locale writes year, day, month) and ISO 8601's basic form ("20240305").
 * Day-first written dates ("5 March 2024") are RFC 2822's form, read above. All-numeric dates with
 * the year last ("03/05/2024") are day-first in some locales and month-first in others: not read.
 */
const WRITTEN_FORMS: readonly { re: RegExp; ymd: (m: RegExpExecArray) => [number, number | undefined, number] }[] = [
  { re: /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/, ymd: (m) => [Number(m[3]), MONTHS[m[1].toLowerCase()], Number(m[2])] },
  { re: /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})$/, ymd: (m) => [Number(m[1]), Number(m[3]), Number(m[4])] },
  { re: /^(\d{4})(\d{2})(\d{2})$/, ymd: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
];

/** Numeric dates with the year last, whose day and month order depends on the locale (see WRITTEN_FORMS). */
export const AMBIGUOUS_DATE_RE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;


/** A feed's record date: any four-digit year. */
const validDate = (y: number, m: number, d: number): boolean => isCalendarDay(y, m, d, 1000, 9999);

function validTime(h: number, mi: number, s: number): boolean {
  return h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 60;
}

/** "+0100" / "+01:00" / "+01" / "GMT" → "+01:00" / "Z"; null if unknown or out of range. */
function normaliseZone(z: string | undefined): string | null | undefined {
  if (z === undefined) return undefined;
  const named = ZONES[z.toLowerCase()];
  if (named) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return null;
  const h = Number(m[2]);
  const mi = Number(m[3] ?? "0");
  if (h > 14 || mi > 59) return null;
  return `${m[1]}${pad(h)}:${pad(mi)}`;
}

/** Normalise a stated publication date to ISO 8601, or null if it cannot be read. */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (typeof raw !== "string") return null;
  const s = raw.trim().replace(/\s+/g, " ");
  if (s.length === 0 || s.length > 80) return null;

  const iso = ISO_RE.exec(s);
  if (iso) {
    const y = Number(iso[1]);
    if (iso[2] === undefined) return y >= 1000 ? pad(y, 4) : null;
    const mo = Number(iso[2]);
    if (iso[3] === undefined) return mo >= 1 && mo <= 12 ? `${pad(y, 4)}-${pad(mo)}` : null;
    const d = Number(iso[3]);
    if (!validDate(y, mo, d)) return null;
    const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
    if (iso[4] === undefined) return date;
    const h = Number(iso[4]);
    const mi = Number(iso[5]);
    const sec = iso[6] === undefined ? 0 : Number(iso[6]);
    if (!validTime(h, mi, sec)) return null;
    const zone = iso[8] === undefined ? "" : normaliseZone(iso[8].toUpperCase() === "Z" ? "Z" : iso[8]);
    if (zone === null) return null;
    // a leap second is written as :59 (clockSecond: no date reader takes :60)
    const secs = iso[6] === undefined ? "" : `:${pad(clockSecond(sec) ?? 59)}${iso[7] ?? ""}`;
    return `${date}T${pad(h)}:${pad(mi)}${secs}${zone ?? ""}`;
  }

  const r = RFC2822_RE.exec(s);
  if (r) {
    const d = Number(r[1]);
    const mo = MONTHS[r[2].toLowerCase()];
    if (!mo) return null;
    let y = Number(r[3]);
    // RFC 2822 §4.3: two-digit years 00-49 are 2000-2049, 50-99 are 1950-1999; three digits add 1900.
    if (r[3].length === 2) y += y < 50 ? 2000 : 1900;
    else if (r[3].length === 3) y += 1900;
    if (!validDate(y, mo, d)) return null;
    const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
    if (r[4] === undefined) return date;
    const h = Number(r[4]);
    const mi = Number(r[5]);
    const sec = r[6] === undefined ? null : Number(r[6]);
    if (!validTime(h, mi, sec ?? 0)) return null;
    // An unknown zone name (military letters, ambiguous abbreviations) gives a floating time, not a guess.
    const zone = r[7] === undefined ? "" : (normaliseZone(r[7]) ?? "");
    return `${date}T${pad(h)}:${pad(mi)}${sec === null ? "" : `:${pad(clockSecond(sec) ?? 59)}`}${zone}`;
  }

  for (const form of WRITTEN_FORMS) {
    const m = form.re.exec(s);
    if (!m) continue;
    const [y, mo, d] = form.ymd(m);
    return mo !== undefined && validDate(y, mo, d) ? `${pad(y, 4)}-${pad(mo)}-${pad(d)}` : null;
  }
  return null;
}
