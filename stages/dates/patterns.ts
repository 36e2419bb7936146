/**
 * Regex fragments of the dates rules, built once from the lexicon tables (months, weekdays,
 * numbers, units, zones), and the lookups that turn a matched word back into a number.
 */
import { MONTHS, WEEKDAYS, SEASONS, DAY_PARTS, AMBIGUOUS_MONTHS } from "./lexicon.ts";
import { ENGLISH_MONTH_NAMES } from "../common/calendar.ts";

export const alt = (words: Iterable<string>) =>
  [...words].sort((x, y) => y.length - x.length).map((w) => w.replace(/[.*+?^${}()|[\]\\']/g, "\\$&").replace(/ /g, "\\s+")).join("|");

// A period belongs to an abbreviation ("Aug.", "Fri."), never to a full name ("Friday." ends a sentence).
export const MONTH_FULL_NAMES = ENGLISH_MONTH_NAMES;
export const WEEKDAY_FULL_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
export const MON = `(?:${alt(MONTH_FULL_NAMES)}|(?:${alt(Object.keys(MONTHS).filter((k) => !MONTH_FULL_NAMES.includes(k)))})\\.?)`;
export const WD = `(?:${alt(WEEKDAY_FULL_NAMES)}|(?:${alt(Object.keys(WEEKDAYS).filter((k) => !WEEKDAY_FULL_NAMES.includes(k)))})\\.?)`;
export const DAY = `(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
export const YEAR = `(?:1[6-9][0-9]{2}|20[0-9]{2})`;
/** A year in words, as said in broadcasts: "nineteen ninety-six". */
export const SPELLED_YEAR = "(?:nineteen|twenty)[\\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
export const NUMW =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?" +
  "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen" +
  // "two thousand years", "three hundred years", "a thousand days" (a count of hundreds or thousands)
  "|(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten)[\\s-]+)?thousand|(?:two|three|four|five|six|seven|eight|nine)[\\s-]+hundred" +
  "|(?:a|one)\\s+hundred|hundred|a\\s+dozen|dozen|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|half\\s+an?|an|a|single)";
export const YEAR_ANY = `(?:${YEAR}|${SPELLED_YEAR})`;
export const VAGUE = "(?:several|a\\s+few|few|many|numerous|some)";
export const QTY = `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+|\\s+1/2)?|${NUMW}|${VAGUE})(?:\\s+and\\s+a\\s+half)?`;
export const UNIT = "(?:business\\s+day|trading\\s+day|second|minute|hour|day|night|weekend|week|fortnight|month|quarter|year|decade|century|centuries)";
/**
 * The words that place a weekday relative to the article ("last Friday", "this past Sunday", "coming
 * Tuesday"), longest first where one starts another; an alternation without a group.
 */
export const WD_REL = "last|next|this\\s+past|this\\s+coming|this|coming|past";
export const SEASON = `(?:${alt(Object.keys(SEASONS))})`;
export const PART = `(?:${alt(Object.keys(DAY_PARTS))})`;
export const ORD = "(?:first|second|third|fourth|1st|2nd|3rd|4th)";
export const TZ = "(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT|GMT|UTC|BST|CET|CEST|IST|JST|local\\s+time))";
/**
 * Time zones kept in a clock time's value (TIMEX3 values are ISO 8601): universal time is written
 * "Z" ("6 p.m. GMT" → T18:00Z). Local zone names ("EST", "CET") are left out of the value, as the
 * TimeBank annotators wrote "5 p.m. EST" (T17:00): the day and hour are the local ones.
 */
export const ZONE_OFFSETS: Record<string, string> = { gmt: "Z", utc: "Z", z: "Z" };
export const zoneOf = (z: string | undefined) => (z ? ZONE_OFFSETS[z.trim().toLowerCase()] ?? "" : "");
/** An ISO offset as written in a date-time ("Z", "+0200", "-05:00") in the ±hh:mm form. */
export const isoOffset = (z: string | undefined) => (!z ? "" : z === "Z" ? "Z" : `${z.slice(0, 3)}:${z.slice(-2)}`);
export const AMPM = "(?:a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b)";
/**
 * The words between the two ends of a clock range ("10 p.m. to 6 a.m.", "between 11 p.m. and 2 a.m.",
 * "7-9 a.m."): the clock rules and the tagger's range pass both read it.
 */
export const CLOCK_RANGE_GAP_RE = /^\s*(?:to|until|till|through|and|-|–)\s*$/i;


// A word start. (A lookbehind such as (?<![\w$#]) would be tested at every position and halves the
// speed; rules that must not start after "$" or "#" check it in their accept function.)
export const B = "\\b";
export const E = "(?![\\w])";

export const rx = (s: string, flags = "gi") => new RegExp(s, flags);
export const MONTHS_FULL = new Set(MONTH_FULL_NAMES);

/** Lexicon lookups of matched words. */
export const low = (s: string) => s.toLowerCase().replace(/\s+/g, " ");
export const monthNum = (s: string) => MONTHS[low(s).replace(/\.$/, "")];
export const wdNum = (s: string) => WEEKDAYS[low(s).replace(/\.$/, "")];
export const dayNum = (s: string) => parseInt(s, 10);

/** "May"/"March" only when capitalised; abbreviations only with a period or when followed by a number. */
export function monthCase(word: string, _text: string, _at: number): boolean {
  const w = low(word).replace(/\.$/, "");
  if (!AMBIGUOUS_MONTHS.has(w)) return true;
  return /^[A-Z]/.test(word);
}
