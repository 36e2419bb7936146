/**
 * The rules of the dates stage: an ordered table of small patterns, each with
 * an id, a TIMEX3 type and a normaliser (the design of HeidelTime's rule files
 * and chrono's parsers). Regexes are compiled once, here, at module load.
 *
 * Conventions (TimeBank / TempEval-3 annotation guidelines, checked against the
 * training corpus):
 *  - extents include determiners and modifiers ("the third quarter",
 *    "late last month", "more than two years") but not prepositions ("in 1990");
 *  - a day range ("January 23-24") is ONE expression: value = first day,
 *    rangeStart / rangeEnd = first and last day (TIMEX3 has no range value;
 *    the corpus has no such ranges, so this is our documented choice);
 *  - "a year earlier" / "year-ago" in an earnings story mean the same quarter a
 *    year before when a quarter was mentioned (TimeBank writes 1988-Q3);
 *  - with no DCT, parts that would come from it stay X ("XXXX-08"), deictic
 *    words fall back to PRESENT_REF / PAST_REF / FUTURE_REF.
 */
import type { TimexType } from "../../schemas/records.ts";
import {
  MONTHS, WEEKDAYS, SEASONS, DAY_PARTS, REF_WORDS, HOLIDAYS, AMBIGUOUS_MONTHS,
} from "./lexicon.ts";
import {
  type Anchor, type Ymd, addDays, addMonths, weekdayNear, nthWeekday, fmtYmd, fmtYm, fmtWeek, pad2, pad4,
  quarterOf,
} from "./resolve.ts";
import { parseQuantity, parseOrdinal, durationValue, unitKey } from "./normalize.ts";

/** Version of the rule set: part of the dates stage's cache key. Bump it with any rule or lexicon change. */
export const RULES_VERSION = "3";

export type Tense = "past" | "future" | "none";

/** What a normaliser returns. */
export interface Norm {
  value: string;
  type?: TimexType;
  mod?: string | null;
  /** true when the value was computed from the DCT. */
  anchored?: boolean;
  /** false when a part was implied (year from the DCT, direction from tense). */
  certain?: boolean;
  rangeStart?: string | null;
  rangeEnd?: string | null;
  /** Characters to drop from the start of the match ("the" in "the six-year war"). */
  skip?: number;
}

/** A quarter (or a half, when `half`) of a year, mentioned at offset `at`. */
export interface Period { y: number; q: number; at: number; half?: boolean }

/** Discourse state carried through one document, in text order. */
export interface DocState {
  /** Last quarter mentioned ("third-quarter" → {y: 1989, q: 3}). */
  lastQuarter: Period | null;
  /** Last calendar date mentioned, as precise as it was ("1995", "1998-10", "1998-10-23"). */
  lastDate: { y: number; m: number | null; d: number | null } | null;
}

export interface RuleCtx {
  a: Anchor | null;
  /** Offset of the match in the text. */
  pos: number;
  /** True when a deadline preposition precedes the match ("through January", "by Nov. 6"). */
  deadline(): boolean;
  /** The n characters of text after the match. */
  after(n: number): string;
  tense(): Tense;
  state: DocState;
}

export interface Rule {
  id: string;
  type: TimexType;
  re: RegExp;
  /**
   * When true, group 1 is a lead-in that must be present but is not part of the expression
   * ("for" in "for the year"). Cheaper than a lookbehind, which is tried at every position.
   */
  lead?: boolean;
  /** A cheap necessary condition on the whole text (see HINTS); when it fails the rule is skipped. */
  hint?: RegExp;
  /** Cheap check on the raw match (capitalisation, neighbours); false drops it. */
  accept?: (m: RegExpExecArray, text: string) => boolean;
  norm: (m: RegExpExecArray, c: RuleCtx) => Norm | null;
}

// ---------------------------------------------------------------------------
// Regex fragments, built from the lexicon tables.
const alt = (words: Iterable<string>) =>
  [...words].sort((x, y) => y.length - x.length).map((w) => w.replace(/[.*+?^${}()|[\]\\']/g, "\\$&").replace(/ /g, "\\s+")).join("|");

// A period belongs to an abbreviation ("Aug.", "Fri."), never to a full name ("Friday." ends a sentence).
const MONTH_FULL_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const WEEKDAY_FULL_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const MON = `(?:${alt(MONTH_FULL_NAMES)}|(?:${alt(Object.keys(MONTHS).filter((k) => !MONTH_FULL_NAMES.includes(k)))})\\.?)`;
const WD = `(?:${alt(WEEKDAY_FULL_NAMES)}|(?:${alt(Object.keys(WEEKDAYS).filter((k) => !WEEKDAY_FULL_NAMES.includes(k)))})\\.?)`;
const DAY = `(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = `(?:1[6-9][0-9]{2}|20[0-9]{2})`;
/** A year in words, as said in broadcasts: "nineteen ninety-six". */
const SPELLED_YEAR = "(?:nineteen|twenty)[\\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
const NUMW =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?" +
  "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen" +
  "|(?:a|one)\\s+hundred|hundred|a\\s+dozen|dozen|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|half\\s+an?|an|a|single)";
const YEAR_ANY = `(?:${YEAR}|${SPELLED_YEAR})`;
const VAGUE = "(?:several|a\\s+few|few|many|numerous|some)";
const QTY = `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+|\\s+1/2)?|${NUMW}|${VAGUE})(?:\\s+and\\s+a\\s+half)?`;
const UNIT = "(?:business\\s+day|trading\\s+day|second|minute|hour|day|night|weekend|week|fortnight|month|quarter|year|decade|century|centuries)";
const SEASON = `(?:${alt(Object.keys(SEASONS))})`;
const PART = `(?:${alt(Object.keys(DAY_PARTS))})`;
const ORD = "(?:first|second|third|fourth|1st|2nd|3rd|4th)";
const TZ = "(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT|GMT|UTC|BST|CET|CEST|IST|JST|local\\s+time))";
const AMPM = "(?:a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b)";

// A word start. (A lookbehind such as (?<![\w$#]) would be tested at every position and halves the
// speed; rules that must not start after "$" or "#" check it in their accept function.)
const B = "\\b";
const E = "(?![\\w])";

const rx = (s: string, flags = "gi") => new RegExp(s, flags);
const MONTHS_FULL = new Set(MONTH_FULL_NAMES);

// ---------------------------------------------------------------------------
// Helpers used by the normalisers.
const low = (s: string) => s.toLowerCase().replace(/\s+/g, " ");
const monthNum = (s: string) => MONTHS[low(s).replace(/\.$/, "")];
const wdNum = (s: string) => WEEKDAYS[low(s).replace(/\.$/, "")];
const dayNum = (s: string) => parseInt(s, 10);

/**
 * Year of a month (and day) given without a year: of the DCT's year and its
 * neighbours, the one nearest the DCT, where a date on the wrong side of the
 * DCT for the tense counts four (past) or eight (future) times as far ("payable Dec. 7" in October is
 * this December; "in January, the company bought" in October is last January).
 */
function yearFor(c: RuleCtx, m: number, d: number | null): number | null {
  return pickYear(c, (y) => ({ y, m, d: d ?? 15 }), d === null);
}

/** The year (DCT year or a neighbour) whose date `dateIn(y)` is most plausible for the tense. */
function pickYear(c: RuleCtx, dateIn: (y: number) => Ymd, monthOnly = false): number | null {
  const a = c.a;
  if (!a) return null;
  // a month or day after "through", "by", "until" is mostly still ahead (weekdays are not: "until Thursday, they had...")
  const t = c.deadline() ? "future" : c.tense();
  const here = a.m * 31 + a.d;
  let best = a.y;
  let bestCost = Infinity;
  for (const y of [a.y - 1, a.y, a.y + 1]) {
    const p = dateIn(y);
    const diff = (p.y - a.y) * 372 + p.m * 31 + p.d - here;
    let cost = Math.abs(diff);
    if (monthOnly && p.m === a.m && y === a.y) cost = 0;
    // future cues ("will") are more reliable than past ones (any "-ed" word): a heavier penalty
    if (t === "past" && diff > 0) cost = cost * 4 + 60;
    if (t === "future" && diff < 0) cost = cost * 8 + 60;
    if (cost < bestCost) { bestCost = cost; best = y; }
  }
  return best;
}

function fmtPeriod(p: Period) {
  return p.half ? `${pad4(p.y)}-H${p.q}` : fmtQuarter(p.y, p.q);
}

function fmtQuarter(y: number | null, q: number) {
  return `${y === null ? "XXXX" : pad4(y)}-Q${q}`;
}

/** Year named by "this year"/"last year"/a year number, else null. */
function yearWord(s: string | undefined, a: Anchor | null): number | null | undefined {
  if (!s) return undefined;
  const t = low(s);
  if (/^\d{4}$/.test(t)) return Number(t);
  if (!a) return null;
  if (t.startsWith("this") || t.startsWith("current")) return a.y;
  if (t.startsWith("last") || t.startsWith("previous")) return a.y - 1;
  if (t.startsWith("next") || t.startsWith("coming")) return a.y + 1;
  return undefined;
}

/** The weekday named, resolved by tense from the DCT. */
function resolveWeekday(c: RuleCtx, wd: number, strictDir?: "past" | "future"): Norm {
  if (!c.a) return { value: `XXXX-WXX-${wd}`, certain: false };
  const t = c.tense();
  const dir = strictDir ?? (t === "future" ? "future" : "past");
  return { value: fmtYmd(weekdayNear(c.a, wd, dir, !!strictDir)), anchored: true, certain: false };
}

function dayOf(c: RuleCtx, word: string): Ymd | null {
  if (!c.a) return null;
  const w = low(word);
  if (w === "yesterday") return addDays(c.a, -1);
  if (w === "tomorrow") return addDays(c.a, 1);
  if (w === "today" || w === "tonight" || w === "this") return c.a;
  const wd = WEEKDAYS[w.replace(/\.$/, "")];
  if (wd) return weekdayNear(c.a, wd, c.tense() === "future" ? "future" : "past");
  return null;
}

function seasonYear(c: RuleCtx, code: string, rel: string): number | null {
  const a = c.a;
  if (!a) return null;
  const order: Record<string, number> = { WI: 0, SP: 3, SU: 6, FA: 9 };
  const cur = a.m === 12 ? 0 : Math.floor(a.m / 3) * 3; // winter counted from its January
  const start = order[code];
  if (rel === "this") return a.y;
  if (rel === "last") return start < cur ? a.y : a.y - 1;
  if (rel === "next") return start > cur ? a.y : a.y + 1;
  return a.y;
}

const MOD_OF: Record<string, string> = { early: "START", mid: "MID", late: "END", earlier: "START", later: "END" };

/** Value of "N units ago" / "N units from now" at the unit's granularity. */
function shifted(c: RuleCtx, n: number | null, unit: string, sign: number): Norm {
  const ref = sign < 0 ? "PAST_REF" : "FUTURE_REF";
  if (!c.a || n === null || !Number.isInteger(n)) return { value: ref, anchored: !!c.a, certain: !!c.a };
  const a = c.a;
  const u = unitKey(unit);
  let v: string;
  switch (u) {
    case "year": v = pad4(a.y + sign * n); break;
    case "decade": v = pad4(a.y + sign * n * 10); break;
    case "century": v = pad4(a.y + sign * n * 100); break;
    case "month": { const p = addMonths(a, sign * n); v = fmtYm(p.y, p.m); break; }
    case "quarter": { const p = addMonths(a, sign * n * 3); v = fmtQuarter(p.y, quarterOf(p.m)); break; }
    case "week": case "weekend": v = fmtWeek(addDays(a, sign * 7 * n)); break;
    case "day": case "night": case "business day": case "trading day": v = fmtYmd(addDays(a, sign * n)); break;
    default: v = fmtYmd(a); // hours, minutes: the same day
  }
  return { value: v, anchored: true };
}

/** "this/last/next + unit" for calendar units. */
function relativeUnit(c: RuleCtx, rel: string, unit: string): Norm | null {
  const a = c.a;
  const off = rel === "last" ? -1 : rel === "next" ? 1 : 0;
  const u = unitKey(unit);
  if (!a) {
    const x: Record<string, string> = { year: "XXXX", month: "XXXX-XX", week: "XXXX-WXX", quarter: "XXXX-QX", weekend: "XXXX-WXX-WE", decade: "XXX", day: "XXXX-XX-XX" };
    return x[u] ? { value: x[u], certain: false } : null;
  }
  switch (u) {
    case "year": return { value: pad4(a.y + off), anchored: true };
    case "month": { const p = addMonths(a, off); return { value: fmtYm(p.y, p.m), anchored: true }; }
    case "week": return { value: fmtWeek(addDays(a, 7 * off)), anchored: true };
    // "this weekend" is the one of the DCT's ISO week; "last weekend" the one before
    case "weekend": return { value: fmtWeek(addDays(a, 7 * off)) + "-WE", anchored: true };
    case "quarter": {
      const p = addMonths(a, 3 * off);
      return { value: fmtQuarter(p.y, quarterOf(p.m)), anchored: true };
    }
    case "decade": return { value: String(Math.floor(a.y / 10) + off), anchored: true };
    case "century": return { value: pad2(Math.floor(a.y / 100) + off), anchored: true };
    case "day": return { value: fmtYmd(addDays(a, off)), anchored: true };
  }
  return null;
}

/** How far (characters) a quarter mention carries to a following "a year earlier". */
const QUARTER_REACH = 400;
const QUARTER_ENDED_RE = new RegExp(`^\\s+end(?:ed|ing)\\s+(${MON})`, "i");

/** Nouns after "today's" that make it "nowadays" rather than a day. */
const GENERIC_TODAY_RE = /^'s\s+(?:world|youth|society|generation|children|young|economy|market|markets|standards|personal|technology|age|culture)\b/i;

/** Last year of a span "1990-95" / "1999-2000" (group 1 the first year, group 2 the end as written). */
function spanEnd(m: RegExpExecArray): number {
  const y = Number(m[1]);
  if (m[2].length === 4) return Number(m[2]);
  let e = Math.floor(y / 100) * 100 + Number(m[2]);
  if (e < y) e += 100; // "1999-00"
  return e;
}

/** Numeric value of a year written in digits or words ("1996", "nineteen ninety-six"). */
function yearValue(s: string): number | null {
  if (/^\d{4}$/.test(s)) return Number(s);
  const m = /^(nineteen|twenty)[\s-]+(.+)$/i.exec(s.trim());
  if (!m) return null;
  const lo = parseQuantity(m[2]);
  if (lo === null || lo < 10 || lo > 99 || !Number.isInteger(lo)) return null;
  return (low(m[1]) === "nineteen" ? 1900 : 2000) + lo;
}

/** A capitalised word (not a month, preposition or sentence start) right before a year: a product or company name. */
const NAME_BEFORE_RE = /(?<![.!?]\s)(?<!^)\b(?!(?:In|On|Since|By|Until|From|Of|And|Or|To|At|For|Before|After|During|Through|January|February|March|April|May|June|July|August|September|October|November|December|Fall|Spring|Summer|Winter|Fiscal|Christmas|Easter)\b)[A-Z][a-z]+\s+$/;

const REL_WORD: Record<string, string> = { "this past": "last", "this coming": "next", this: "this", current: "this", last: "last", previous: "last", past: "last", next: "next", coming: "next" };

// ---------------------------------------------------------------------------
/** The rules, in priority order (on equal extents an earlier rule wins). */
export const RULES: Rule[] = [
  // --- numeric dates and date-times: 1998-08-07, 1998-08-07 13:06:18, 12/05/1998 09:42:00
  {
    id: "date/iso",
    type: "DATE",
    re: rx(`${B}(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?${E}`, "g"),
    norm: (m) => {
      const v = `${m[1]}-${m[2]}-${m[3]}`;
      return m[4] ? { value: `${v}T${m[4]}:${m[5]}`, type: "TIME" } : { value: v, type: "TIME" };
    },
  },
  {
    id: "date/us-numeric",
    type: "DATE",
    re: rx(`${B}(0?[1-9]|1[0-2])/(0?[1-9]|[12][0-9]|3[01])/(\\d{4}|\\d{2})(?:\\s+(\\d{2}):(\\d{2})(?::\\d{2})?)?${E}`, "g"),
    norm: (m) => {
      const y = m[3].length === 2 ? (Number(m[3]) < 50 ? 2000 : 1900) + Number(m[3]) : Number(m[3]);
      const v = `${pad4(y)}-${pad2(Number(m[1]))}-${pad2(Number(m[2]))}`;
      return m[4] ? { value: `${v}T${m[4]}:${m[5]}`, type: "TIME" } : { value: v };
    },
  },
  // --- clock times: "4:30 p.m.", "9 a.m. EST Tuesday", "noon Thursday", "5 p.m. EST Nov. 9"
  {
    id: "time/clock",
    type: "TIME",
    re: rx(`${B}(?:(?:around|about)\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?\\s*(${AMPM})${TZ}?(?:,?\\s+(?:on\\s+)?(yesterday|today|tomorrow|${WD}|(${MON})\\s+(${DAY})))?`),
    accept: (m) => Number(m[1]) <= 12,
    norm: (m, c) => {
      let h = Number(m[1]) % 12;
      if (m[3][0].toLowerCase() === "p") h += 12;
      const t = `T${pad2(h)}:${m[2] ?? "00"}`;
      let day: string;
      if (m[5] && m[6]) {
        const mo = monthNum(m[5]);
        const y = yearFor(c, mo, dayNum(m[6]));
        day = `${y === null ? "XXXX" : pad4(y)}-${pad2(mo)}-${pad2(dayNum(m[6]))}`;
      } else {
        // a bare clock time belongs to the day the story is about: the last full date mentioned, else the DCT
        const ld = c.state.lastDate;
        const p = m[4] ? dayOf(c, m[4]) : ld && ld.m !== null && ld.d !== null ? { y: ld.y, m: ld.m, d: ld.d } : dayOf(c, "today");
        day = p ? fmtYmd(p) : "XXXX-XX-XX";
      }
      const mod = /^(around|about)/i.test(m[0]) ? "APPROX" : null;
      // the day of a clock time is implied (the DCT, the story's day) unless a full date follows
      return { value: day + t, anchored: !!c.a, mod, certain: false };
    },
  },
  // --- 24-hour clock: "at 19:45", "14.30 GMT" (a bare "3.45" is a number, so a zone or a lead word is required)
  {
    id: "time/clock-24h",
    type: "TIME",
    re: rx(`\\b((?:at|from|until|till|by|before|after|around|about|since)\\s+)?([01]?\\d|2[0-3])([:.])([0-5]\\d)(?::[0-5]\\d)?(?![\\d:.]\\d)(${TZ})?(?:,?\\s+(?:on\\s+)?(yesterday|today|tomorrow|${WD})\\b)?`),
    accept: (m) => !!m[5] || (!!m[1] && m[3] === ":"),
    norm: (m, c) => {
      const ld = c.state.lastDate;
      const p = m[6] ? dayOf(c, m[6]) : ld && ld.m !== null && ld.d !== null ? { y: ld.y, m: ld.m, d: ld.d } : dayOf(c, "today");
      const skip = /^(?:around|about)/i.test(m[0]) ? 0 : (m[1]?.length ?? 0);
      const mod = skip === 0 && m[1] ? "APPROX" : null;
      return { value: `${p ? fmtYmd(p) : "XXXX-XX-XX"}T${pad2(Number(m[2]))}:${m[4]}`, anchored: !!c.a, certain: false, skip, mod };
    },
  },
  {
    id: "time/noon-midnight",
    type: "TIME",
    re: rx(`${B}(noon|midday|midnight)(?:\\s+(yesterday|today|tomorrow|${WD}))?${E}`),
    accept: (m, text) => /^[a-z]/.test(m[1]) || /[.!?"']\s*$|^\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)), // "High Noon" (a title)
    norm: (m, c) => {
      const p = dayOf(c, m[2] ?? "today");
      const t = low(m[1]) === "midnight" ? "T24:00" : "T12:00";
      return { value: (p ? fmtYmd(p) : "XXXX-XX-XX") + t, anchored: !!c.a, certain: false };
    },
  },
  // --- month-day-year: "Jan. 23, 2017", "January 23rd 2017", "23 January 2017", ranges "January 23-24"
  {
    id: "date/month-day-range",
    type: "DATE",
    // "January 23-24", "June 3 to June 5", "Jan. 30 through Feb. 2, 2017": one expression (see the header)
    re: rx(`${B}(${MON})\\s+(${DAY})\\s*(?:-|–|to|through|until|and)\\s*(?:(${MON})\\s+)?(${DAY})(?:,?\\s+(${YEAR}))?(?![\\w%]|,\\d)`),
    accept: (m, text) =>
      monthCase(m[1], text, m.index) && (m[3] ? monthNum(m[3]) !== monthNum(m[1]) || dayNum(m[4]) > dayNum(m[2]) : dayNum(m[4]) > dayNum(m[2])),
    norm: (m, c) => {
      const mo = monthNum(m[1]);
      const mo2 = m[3] ? monthNum(m[3]) : mo;
      const y = m[5] ? Number(m[5]) : yearFor(c, mo, dayNum(m[2]));
      const ys = y === null ? "XXXX" : pad4(y);
      const ye = y === null ? "XXXX" : pad4(mo2 < mo ? y + 1 : y); // "Dec. 30 to Jan. 2" crosses a year
      const first = `${ys}-${pad2(mo)}-${pad2(dayNum(m[2]))}`;
      return { value: first, rangeStart: first, rangeEnd: `${ye}-${pad2(mo2)}-${pad2(dayNum(m[4]))}`, anchored: !m[5] && !!c.a, certain: !!m[5] };
    },
  },
  {
    id: "date/month-day-year",
    type: "DATE",
    re: rx(`${B}(?:(${WD}),?\\s+)?(${MON})\\s+(${DAY})(?:,?\\s+(${YEAR}))?(?![\\w%]|,\\d|\\.\\d)`),
    accept: (m, text) => monthCase(m[2], text, m.index + m[0].indexOf(m[2])),
    norm: (m, c) => {
      const mo = monthNum(m[2]);
      const d = dayNum(m[3]);
      if (d > 31) return null;
      const y = m[4] ? Number(m[4]) : yearFor(c, mo, d);
      return { value: `${y === null ? "XXXX" : pad4(y)}-${pad2(mo)}-${pad2(d)}`, anchored: !m[4] && !!c.a, certain: !!m[4] };
    },
  },
  {
    id: "date/day-month-year",
    type: "DATE",
    // "Tuesday 24 January 2017" (British order, weekday included), "1 March"
    re: rx(`${B}(?:${WD},?\\s+)?(${DAY})\\s+(?:of\\s+)?(${MON})(?:,?\\s+(${YEAR}))?${E}`),
    accept: (m, text) => monthCase(m[2], text, m.index + m[0].lastIndexOf(m[2])),
    norm: (m, c) => {
      const mo = monthNum(m[2]);
      const d = dayNum(m[1]);
      const y = m[3] ? Number(m[3]) : yearFor(c, mo, d);
      return { value: `${y === null ? "XXXX" : pad4(y)}-${pad2(mo)}-${pad2(d)}`, anchored: !m[3] && !!c.a, certain: !!m[3] };
    },
  },
  // --- "the week of March 6": the ISO week holding that day
  {
    id: "date/week-of",
    type: "DATE",
    re: rx(`${B}the\\s+week\\s+of\\s+(${MON})\\s+(${DAY})(?:,?\\s+(${YEAR}))?(?![\\w%])`),
    accept: (m, text) => monthCase(m[1], text, m.index),
    norm: (m, c) => {
      const mo = monthNum(m[1]);
      const d = dayNum(m[2]);
      const y = m[3] ? Number(m[3]) : yearFor(c, mo, d);
      if (y === null) return { value: "XXXX-WXX", certain: false };
      return { value: fmtWeek({ y, m: mo, d }), anchored: !m[3], certain: !!m[3] };
    },
  },
  // --- month and year: "July 1997", "March of 1990", "last October", "this September"
  {
    id: "date/month-year",
    type: "DATE",
    re: rx(`${B}(${MON}),?\\s+(?:of\\s+)?(${YEAR_ANY})${E}`),
    accept: (m, text) => monthCase(m[1], text, m.index) && yearValue(m[2]) !== null,
    norm: (m) => ({ value: fmtYm(yearValue(m[2]) as number, monthNum(m[1])) }),
  },
  {
    id: "date/rel-month",
    type: "DATE",
    re: rx(`${B}(last|this|next|past|coming)\\s+(${MON})(?:\\s+(${DAY}))?(?![\\w%])`),
    accept: (m, text) => monthCase(m[2], text, m.index + m[1].length + 1),
    norm: (m, c) => {
      const mo = monthNum(m[2]);
      const d = m[3] ? dayNum(m[3]) : null;
      const a = c.a;
      const tail = d === null ? "" : `-${pad2(d)}`;
      if (!a) return { value: `XXXX-${pad2(mo)}${tail}`, certain: false };
      const r = REL_WORD[low(m[1])];
      let y = a.y;
      if (r === "last") y = mo < a.m ? a.y : a.y - 1;
      else if (r === "next") y = mo > a.m ? a.y : a.y + 1;
      return { value: fmtYm(y, mo) + tail, anchored: true };
    },
  },
  {
    id: "date/month",
    type: "DATE",
    re: rx(`${B}(${MON})(?![\\w-])`),
    accept: (m, text) =>
      monthCase(m[1], text, m.index) && (MONTHS_FULL.has(low(m[1])) || m[1].endsWith(".")) &&
      // "the March for Life", "the March of the Mothers": a procession
      !(low(m[1]) === "march" && /(?:the|annual|a)\s+["'`]*$/i.test(text.slice(Math.max(0, m.index - 10), m.index)) &&
        /^\s+(?:for|of|on|against|to)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))),
    norm: (m, c) => {
      const mo = monthNum(m[1]);
      const y = yearFor(c, mo, null);
      return { value: `${y === null ? "XXXX" : pad4(y)}-${pad2(mo)}`, anchored: !!c.a, certain: false };
    },
  },
  // --- holidays: "Christmas", "Thanksgiving Day"
  {
    id: "date/holiday",
    type: "DATE",
    re: rx(`${B}(?:(last|this|next)\\s+)?(${alt(Object.keys(HOLIDAYS))}|Thanksgiving(?:\\s+Day)?|Labor\\s+Day|Memorial\\s+Day)${E}`),
    accept: (m) => /^[A-Z]/.test(m[2]),
    norm: (m, c) => {
      const k = low(m[2]);
      if (m[1]) {
        // "last Thanksgiving": the relative word fixes the direction
        const r = low(m[1]);
        // The outer context, captured before `c` is rebound: `c.tense()` inside the new one would call itself
        // ("this Christmas" recursed until the stack overflowed).
        const outer = c;
        c = { ...outer, tense: () => (r === "last" ? "past" : r === "next" ? "future" : outer.tense()) };
      }
      if (k.startsWith("thanksgiving") || k.startsWith("labor") || k.startsWith("memorial")) {
        const dateIn = (y: number) => (k.startsWith("thanksgiving") ? nthWeekday(y, 11, 4, 4) : k.startsWith("labor") ? nthWeekday(y, 9, 1, 1) : nthWeekday(y, 5, 1, -1));
        const y = pickYear(c, dateIn);
        if (y === null) return { value: "XXXX-XX-XX", certain: false };
        return { value: fmtYmd(dateIn(y)), anchored: true, certain: false };
      }
      const [mo, d] = HOLIDAYS[k];
      const y = yearFor(c, mo, d);
      return { value: `${y === null ? "XXXX" : pad4(y)}-${pad2(mo)}-${pad2(d)}`, anchored: !!c.a, certain: false };
    },
  },
  // --- quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 1990", "1990's first quarter"
  {
    id: "date/quarter",
    type: "DATE",
    re: rx(`${B}(?:the\\s+)?(?:((?:fiscal\\s+)?${YEAR}|this\\s+year|last\\s+year|next\\s+year)'s\\s+|(?:the\\s+)?(year-earlier|year-ago|comparable|${YEAR})\\s+)?(?:(?:fiscal|calendar)\\s+)?(${ORD}|final|last)[\\s-]+(?:(?:fiscal|calendar)[\\s-]+)?(quarter|half|period)(?:\\s+of\\s+(?:(?:fiscal|calendar)\\s+)?(${YEAR}|(?:this|last|next)\\s+year))?${E}`),
    accept: (m, text) =>
      (low(m[4]) !== "period" || /^(first|second|third|fourth)$/i.test(m[3])) &&
      // "the last half of the '80s": the half belongs to a decade, left to the prefix refiner
      !(low(m[4]) === "half" && !m[5] && /^\s+of\s/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))),
    norm: (m, c) => {
      const half = low(m[4]) === "half";
      const ordw = low(m[3]);
      let q = parseOrdinal(ordw) ?? 4;
      if (half && (ordw === "last" || ordw === "final")) q = 2;
      const shift = m[2] && !/^\d/.test(m[2]) ? -1 : 0; // "the year-earlier third quarter"
      const yw = yearWord((m[5] ?? m[1] ?? (shift ? undefined : m[2]))?.replace(/^fiscal\s+/i, ""), c.a);
      let y: number | null;
      if (yw !== undefined) y = yw;
      else if (!c.a) y = null;
      else {
        const cq = half ? (c.a.m <= 6 ? 1 : 2) : quarterOf(c.a.m);
        y = c.a.y;
        // the quarter just ended is reported with "expects" too: only a quarter
        // well behind the DCT moves to next year in a future sentence
        const t = c.tense();
        if (t === "future" && q < cq - 1) y++;
        else if (t === "past" && q > cq) y--;
      }
      if (y !== null) y += shift;
      if (half) {
        if (y !== null) c.state.lastQuarter = { y, q, at: c.pos, half: true };
        return { value: `${y === null ? "XXXX" : pad4(y)}-H${q}`, anchored: yw === undefined && !!c.a, certain: yw !== undefined && yw !== null };
      }
      if (y !== null) c.state.lastQuarter = { y, q, at: c.pos };
      const the = /^the\s+(?=\w+-quarter)/i.exec(m[0]); // "the third-quarter loss": adjective
      return { value: fmtQuarter(y, q), anchored: yw === undefined && !!c.a, certain: yw !== undefined && yw !== null, skip: the ? the[0].length : 0 };
    },
  },
  // --- "Q3 2016", "Q1", "3Q": analysts' shorthand
  {
    id: "date/quarter-short",
    type: "DATE",
    re: rx(`${B}(?:Q([1-4])|([1-4])Q)(?:\\s+(?:of\\s+)?(?:FY\\s?)?(${YEAR}))?${E}`, "g"),
    norm: (m, c) => {
      const q = Number(m[1] ?? m[2]);
      const y = m[3] ? Number(m[3]) : c.a ? c.a.y : null;
      if (y !== null) c.state.lastQuarter = { y, q, at: c.pos };
      return { value: fmtQuarter(y, q), anchored: !m[3] && !!c.a, certain: !!m[3] };
    },
  },
  {
    id: "date/quarter-ref",
    type: "DATE",
    re: rx(`${B}(?:(?:the|that)\\s+(?:(?:(latest|current|most\\s+recent|recent|just-ended|just-completed|previous|prior|year-earlier|year-ago|comparable|corresponding|same|fiscal|latest\\s+fiscal)\\s+)?quarter|(latest|year-earlier|year-ago|comparable|corresponding|same|recent)\\s+period)|(last\\s+year's)\\s+(?:quarter|period))(\\s+(?:a\\s+year\\s+(?:ago|earlier)|(?:of\\s+)?last\\s+year))?${E}`),
    accept: (m, text) => !text.startsWith("-to-", m.index + m[0].length), // "the quarter-to-quarter comparison"
    norm: (m, c) => {
      // "the quarter a year ago", "the corresponding period last year", "last year's quarter": a year back
      const w = m[3] || m[4] ? "year-ago" : low(m[1] ?? m[2] ?? "");
      const dctQuarter = (months: number) => {
        if (!c.a) return null;
        const p = addMonths(c.a, months);
        return { y: p.y, q: quarterOf(p.m), at: c.pos };
      };
      let lq: Period | null;
      const ended = QUARTER_ENDED_RE.exec(c.after(24));
      if (w === "current") lq = dctQuarter(0);
      else if (/latest|recent|just/.test(w)) lq = dctQuarter(-3);
      else if (ended && !/year-|comparable|previous|prior/.test(w)) {
        // "the quarter ended Sept. 30": the calendar quarter holding that month
        const mo = monthNum(ended[1]);
        const y = yearFor({ ...c, tense: () => "past" }, mo, 28);
        lq = y === null ? null : { y, q: quarterOf(mo), at: c.pos };
      } else lq = c.state.lastQuarter ?? dctQuarter(-3);
      if (!lq) return { value: "XXXX-QX", certain: false };
      if (w === "year-earlier" || w === "year-ago" || w === "comparable") return { value: fmtPeriod({ ...lq, y: lq.y - 1 }), anchored: true, certain: false };
      if ((w === "previous" || w === "prior") && !lq.half) {
        const p = lq.q === 1 ? { y: lq.y - 1, q: 4 } : { y: lq.y, q: lq.q - 1 };
        return { value: fmtQuarter(p.y, p.q), anchored: true, certain: false };
      }
      if (w !== "same") c.state.lastQuarter = { ...lq, at: c.pos };
      return { value: fmtPeriod(lq), anchored: true, certain: false };
    },
  },
  // --- "the 1988 period", "the 1988 quarter": that year's quarter last mentioned
  {
    id: "date/year-period",
    type: "DATE",
    re: rx(`${B}the\\s+(${YEAR})\\s+(quarter|period)${E}`),
    norm: (m, c) => {
      const lq = c.state.lastQuarter;
      return lq ? { value: fmtPeriod({ ...lq, y: Number(m[1]) }), certain: false } : { value: m[1] };
    },
  },
  // --- "January this year", "June last year"
  {
    id: "date/month-rel-year",
    type: "DATE",
    re: rx(`${B}(${MON})\\s+(this|last|next)\\s+year${E}`),
    accept: (m, text) => monthCase(m[1], text, m.index),
    norm: (m, c) => {
      const y = yearWord(m[2] + " year", c.a);
      return { value: `${y == null ? "XXXX" : pad4(y)}-${pad2(monthNum(m[1]))}`, anchored: !!c.a };
    },
  },
  // --- "for the year ended June 30" (a duration), "for the full year" (this year)
  {
    id: "date/the-year",
    type: "DATE",
    re: rx(`\\b((?:for|in|of|during|through|throughout)\\s+)the\\s+(?:(full|fiscal|current|current\\s+fiscal|latest\\s+fiscal)\\s+)?year(?![\\w-])`),
    lead: true,
    norm: (m, c) => {
      const after = c.after(12);
      if (/^\s+(?:ended|ending)\b/i.test(after)) return { value: "P1Y", type: "DURATION" };
      if (!c.a) return { value: "XXXX", certain: false };
      // "the latest fiscal year" is the last one completed
      return { value: pad4(/latest/i.test(m[2] ?? "") ? c.a.y - 1 : c.a.y), anchored: true };
    },
  },
  // --- "by year-end", "since year end"
  {
    id: "date/year-end",
    type: "DATE",
    re: rx(`${B}(?:the\\s+)?year(?:[\\s-]|'s\\s+)end${E}`),
    norm: (_m, c) => {
      if (!c.a) return { value: "XXXX", mod: "END", certain: false };
      // TimeBank writes the end of a year as the year with mod END
      return { value: pad4(c.tense() === "past" ? c.a.y - 1 : c.a.y), mod: "END", anchored: true, certain: false };
    },
  },
  // --- years in words (broadcast transcripts): "nineteen ninety-six", "the nineties"
  {
    id: "date/year-spelled",
    type: "DATE",
    re: rx(`${B}(nineteen|twenty)[\\s-]+(${NUMW})${E}`),
    norm: (m) => {
      const hi = low(m[1]) === "nineteen" ? 19 : 20;
      const lo = parseQuantity(m[2]);
      if (lo === null || lo < 10 || lo > 99 || !Number.isInteger(lo)) return null;
      return { value: `${hi}${lo}` };
    },
  },
  {
    id: "date/decade-words",
    type: "DATE",
    re: rx(`${B}(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)${E}`),
    accept: (m) => /^the|^(early|mid|late)/i.test(m[0]),
    norm: (m) => {
      const d: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
      return { value: `19${d[low(m[2])]}`, mod: m[1] ? MOD_OF[low(m[1])] : null };
    },
  },
  // --- "a year earlier", "year-ago", "a year ago": the same quarter a year before in earnings stories
  {
    id: "date/year-earlier",
    type: "DATE",
    re: rx(`${B}(?:a\\s+year\\s+(?:earlier|ago|before)|year-(?:earlier|ago))${E}`),
    norm: (m, c) => {
      const lq = c.state.lastQuarter;
      // a quarter mentioned shortly before: "third-quarter profit ... up from $2 million a year earlier"
      if (lq && c.pos - lq.at < QUARTER_REACH) return { value: fmtPeriod({ ...lq, y: lq.y - 1 }), anchored: true, certain: false };
      if (!c.a) return { value: "PAST_REF", certain: false };
      return { value: pad4(c.a.y - 1), anchored: true };
    },
  },
  // --- decades and centuries: "the 1990s", "the late '80s", "the 20th century"
  {
    id: "date/decade",
    type: "DATE",
    re: rx(`${B}(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?(?:(1[5-9]|20)(\\d)0'?s|'(\\d)0s)${E}`),
    norm: (m) => ({ value: m[2] ? `${m[2]}${m[3]}` : `19${m[4]}`, mod: m[1] ? MOD_OF[low(m[1])] : null }),
  },
  {
    id: "date/century",
    type: "DATE",
    re: rx(`${B}(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\\s+century${E}`),
    accept: (m) => parseOrdinal(m[1]) !== null && !/^(last|final|1st|2nd|3rd|4th)$/i.test(m[1]) || /^\d/.test(m[1]),
    norm: (m) => {
      const n = /^\d/.test(m[1]) ? parseInt(m[1], 10) : parseOrdinal(m[1]);
      return n ? { value: pad2(n - 1) } : null;
    },
  },
  // --- years: "1990", "fiscal 1989", "the year 2000", "the year two thousand"
  {
    id: "date/year",
    type: "DATE",
    re: rx(`${B}(?:(?:the\\s+)?(?:fiscal|calendar|FY)(?:\\s+year)?\\s*|the\\s+year\\s+)?(${YEAR})(?![\\w%]|,\\d|\\.\\d|-\\d|\\s+(?:percent|per\\s+cent|shares|tons|people|miles|feet|points))`),
    // not a price, a hashtag or part of a number list: "$1990", "#2016", "1,990"; not a product
    // name: "Orion 1980" (a model year before a name, "a 1987 Chevrolet", is kept: "in 1990 President X said")
    accept: (m, text) =>
      !/[\d,.$#]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index)) &&
      !(m[0] === m[1] && NAME_BEFORE_RE.test(text.slice(Math.max(0, m.index - 20), m.index))),
    norm: (m) => ({ value: m[1] }),
  },
  // --- year spans: "the 2016-17 season", "fiscal 1989-90", "2015-2019": one expression (see ranges in the header)
  {
    id: "date/year-span",
    type: "DATE",
    re: rx(`${B}(?:(?:fiscal|FY)\\s*)?(${YEAR})[-–/](\\d{4}|\\d{2})(?![\\w%]|[-–/.,]\\d)`),
    accept: (m) => {
      const e = spanEnd(m);
      return e > Number(m[1]) && e - Number(m[1]) <= 50; // "2015-2019", "1990-95"; not "2019-2015"
    },
    norm: (m) => ({ value: m[1], rangeStart: m[1], rangeEnd: String(spanEnd(m)) }),
  },
  {
    id: "date/year-words",
    type: "DATE",
    re: rx(`${B}the\\s+year\\s+two\\s+thousand${E}`),
    norm: () => ({ value: "2000" }),
  },
  // --- deictic days: "today", "yesterday morning", "tomorrow", "last night", "this morning", "tonight"
  {
    id: "date/deictic-part",
    type: "TIME",
    re: rx(`${B}(yesterday|today|tomorrow|this|last|${WD})[\\s-]+(${PART})${E}`),
    accept: (m) => !(low(m[1]) === "last" && low(m[2]) !== "night"),
    norm: (m, c) => {
      const w = low(m[1]);
      const code = DAY_PARTS[low(m[2])];
      const isWd = WEEKDAYS[w.replace(/\.$/, "")] !== undefined;
      const p = w === "last" ? (c.a ? addDays(c.a, -1) : null) : dayOf(c, w);
      if (!p) return { value: isWd ? `XXXX-WXX-${wdNum(w)}T${code.slice(1)}` : "XXXX-XX-XXT" + code.slice(1), certain: false };
      // TimeBank mostly writes "Wednesday night" and "Friday morning" as the plain day, "Friday evening" with the part
      if (isWd) return code !== "TEV" ? { value: fmtYmd(p), anchored: true, type: "DATE", certain: false } : { value: fmtYmd(p) + code, anchored: true, type: "TIME", certain: false };
      return { value: fmtYmd(p) + code, anchored: true, type: "TIME" };
    },
  },
  {
    id: "date/deictic-day",
    type: "DATE",
    re: rx(`${B}(?:the\\s+day\\s+(?:before|after)\\s+)?(yesterday|today|tomorrow|tonight)${E}`),
    // "today's world", "the people of tomorrow": the present or future in general, not a day
    accept: (m, text) => !GENERIC_TODAY_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) && !/\bof\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)),
    norm: (m, c) => {
      if (!c.a) return { value: low(m[1]) === "today" || low(m[1]) === "tonight" ? "PRESENT_REF" : "XXXX-XX-XX", certain: false };
      let p = dayOf(c, m[1]) as Ymd;
      if (/^the/i.test(m[0])) p = addDays(p, /before/i.test(m[0]) ? -1 : 1);
      return { value: fmtYmd(p), anchored: true };
    },
  },
  {
    id: "date/this-part",
    type: "TIME",
    re: rx(`${B}(?:(?:early|late|mid)[\\s-]+)?(?:this\\s+)?(morning|afternoon|evening)(?:\\s+(yesterday|today|tomorrow))?${E}`),
    accept: (m) => /this|^(early|late|mid)/i.test(m[0]),
    norm: (m, c) => {
      const code = DAY_PARTS[low(m[1])];
      const mod = /^(early|late|mid)/i.exec(m[0]);
      const p = dayOf(c, m[2] ?? "today"); // "mid-afternoon yesterday"
      return { value: (p ? fmtYmd(p) : "XXXX-XX-XX") + code, anchored: !!c.a, mod: mod ? MOD_OF[low(mod[1])] : null };
    },
  },
  // --- weekdays: "Friday" (tense decides past or future), "last Friday", "next Tuesday"
  {
    id: "date/rel-weekday",
    type: "DATE",
    // "this past Sunday" is the last one
    re: rx(`${B}(last|next|this\\s+past|this\\s+coming|this|coming|past)\\s+(${WD})(?![\\w])`),
    norm: (m, c) => {
      const r = REL_WORD[low(m[1])];
      return resolveWeekday(c, wdNum(m[2]), r === "last" ? "past" : r === "next" ? "future" : undefined);
    },
  },
  {
    id: "date/weekday-plural",
    type: "SET",
    // "on Mondays", "Tuesday nights": every such day
    re: rx(`${B}(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:s?\\s+(morning|afternoon|evening|night)s|s)${E}`),
    accept: (m) => /^[A-Z]/.test(m[1]),
    norm: (m) => ({ value: `XXXX-WXX-${wdNum(m[1])}${m[2] ? DAY_PARTS[low(m[2])] : ""}` }),
  },
  {
    id: "date/weekday",
    type: "DATE",
    re: rx(`${B}(${WD})(?![\\w])`),
    accept: (m) => /^[A-Z]/.test(m[1]) && (m[1].length > 4 || m[1].endsWith(".")),
    norm: (m, c) => resolveWeekday(c, wdNum(m[1])),
  },
  // --- seasons: "last fall", "this summer", "the spring of 1990"
  {
    id: "date/season",
    type: "DATE",
    re: rx(`${B}(?:(last|this|next|past|coming)\\s+|the\\s+(?:(?:early|late|mid)[\\s-]+)?)?(${SEASON})(?:\\s+(?:of\\s+)?(${YEAR_ANY}))?${E}`),
    accept: (m) => (!!(m[1] || m[3]) || /^the/i.test(m[0])) && (!m[3] || yearValue(m[3]) !== null),
    norm: (m, c) => {
      const code = SEASONS[low(m[2])];
      if (m[3]) return { value: `${pad4(yearValue(m[3]) as number)}-${code}` };
      const rel = m[1] ? REL_WORD[low(m[1])] : c.tense() === "future" ? "next" : "this";
      const y = seasonYear(c, code, rel);
      return { value: `${y === null ? "XXXX" : pad4(y)}-${code}`, anchored: !!c.a, certain: !!m[1] };
    },
  },
  // --- "N units ago", "N units from now"
  {
    id: "date/ago",
    type: "DATE",
    re: rx(`${B}(${QTY})[\\s-]+(${UNIT})s?\\s+(ago|from\\s+now|hence)${E}`),
    // "three days later" is relative to an event, not the DCT: left to the duration rule
    norm: (m, c) => shifted(c, parseQuantity(m[1]), m[2], low(m[3]) === "ago" ? -1 : 1),
  },
  // --- anaphoric dates: "that year", "later that year", "the following month", "that same day"
  {
    id: "date/anaphoric",
    type: "DATE",
    re: rx(`${B}(?:(?:later|earlier)\\s+)?(?:(that)(?:\\s+same)?|the\\s+(same|following|previous|preceding))\\s+(year|month|day)${E}`),
    norm: (m, c) => {
      const ld = c.state.lastDate;
      const u = low(m[3]);
      const w = low(m[2] ?? m[1]);
      const shift = w === "following" ? 1 : w === "previous" || w === "preceding" ? -1 : 0;
      if (!ld || (u !== "year" && ld.m === null) || (u === "day" && ld.d === null)) {
        return { value: u === "year" ? "XXXX" : u === "month" ? "XXXX-XX" : "XXXX-XX-XX", certain: false };
      }
      let v: string;
      if (u === "year") v = pad4(ld.y + shift);
      else if (u === "month") { const p = addMonths({ y: ld.y, m: ld.m as number, d: 1 }, shift); v = fmtYm(p.y, p.m); }
      else v = fmtYmd(addDays({ y: ld.y, m: ld.m as number, d: ld.d as number }, shift));
      const mod = /^earlier/i.test(m[0]) ? "START" : /^later/i.test(m[0]) ? "END" : null;
      return { value: v, certain: false, mod };
    },
  },
  // --- "this week", "last month", "next year", "the past year", "the coming weeks"
  {
    id: "date/rel-unit",
    type: "DATE",
    re: rx(`${B}(?:(the)\\s+)?(this\\s+past|this\\s+coming|this|last|next|past|coming|previous|current)\\s+(week|weekend|month|year|quarter|decade|century)${E}`),
    accept: (m) => !/^This\s+Week$/.test(m[0]), // a television programme title
    norm: (m, c) => {
      const rel = low(m[2]);
      const u = low(m[3]);
      // TimeBank writes "the past year" as the previous period (DATE), "the last week" as the
      // seven days up to the DCT (its week); only "past decade" / "past century" are durations (P10Y)
      if (rel === "past" && (u === "decade" || u === "century")) return { value: durationValue(1, u), type: "DURATION" };
      if (m[1] && (rel === "past" || rel === "last") && u === "week") return relativeUnit(c, "this", u);
      return relativeUnit(c, REL_WORD[rel], u);
    },
  },
  // --- durations: "two years", "48 hours", "the six-year war", "the past two months", "the first nine months"
  {
    id: "duration/quantity",
    type: "DURATION",
    re: rx(`${B}(?:the\\s+)?(?:(?:first|last|past|next|coming|previous|final|initial|remaining|following|latest|recent|preceding)\\s+)?(${QTY})(?:\\s+(?:more|additional|full|straight|consecutive))?[\\s-]+(${UNIT})s?(\\s+and\\s+a\\s+half)?(?:[\\s-]+long)?(?![\\w-]|\\s+old|-old)`),
    accept: (m, text) => {
      const q = low(m[1]);
      const u = low(m[2]);
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
      if (/^(a|an|one|single)$/.test(q)) {
        // a rate, not a duration: "$1.76 a year", "700 seats a week", "24 hours a day"
        if (/(?:\d[\d,.]*(?:\s+(?:million|billion|thousand|cents?|dollars?|percent))?|%|[a-z]{3,}s|times|hours)\s+$/i.test(before)) return false;
        if (/^second/.test(u)) return false; // "a second group"
        // "he will one day return": not a duration unless after a preposition
        if (q === "one" && u === "day" && !m[0].includes("-") && !/\b(?:for|in|within|than|of|about|only|just|after|last|lasted|a)\s+$/i.test(before)) return false;
      }
      // fractions: "three-quarters of its food", "more than a quarter of the market"
      if (u.startsWith("quarter") && /^\s+of\b/.test(after)) return false;
      return true;
    },
    norm: (m) => {
      let n = parseQuantity(m[1]);
      if (n === 0) return null;
      if (n !== null && m[3]) n += 0.5; // "a minute and a half"
      // "the six-year war": the article belongs to the noun, not to the expression
      const adjective = /^the\s+/i.exec(m[0]);
      const skip = adjective && /-\s*$/.test(m[0].slice(0, m[0].length - m[2].length).replace(/s$/, "")) ? adjective[0].length : 0;
      // "the last few months", "the past several quarters": an unbounded stretch of the past, as TimeBank writes it
      if (n === null) {
        // ("the next few days" stays a duration, PXD, as TimeBank mostly writes it)
        if (/^(?:the\s+)?(?:last|past)\s/i.test(m[0])) return { value: "PAST_REF", type: "DATE", skip };
      }
      return { value: durationValue(n, m[2]), skip };
    },
  },
  {
    id: "duration/vague-plural",
    type: "DURATION",
    re: rx(`\\b(?:((?:for|in|within|over|after|than|take|took|takes|taking|last|lasted)\\s+)(?:the\\s+)?(?:(?:past|last|next|coming)\\s+)?(seconds|minutes|hours|days|weeks|months|years|decades|centuries)|(days|weeks|months|years|decades)-(?:long|old)|(?:recent|coming)\\s+(days|weeks|months|years|decades))${E}`),
    lead: true,
    norm: (m) => {
      // "in past years": a vague past rather than a length
      if (/^(?:the\s+)?(?:past|last)\s/i.test(m[0].slice(m[1]?.length ?? 0))) return { value: "PAST_REF", type: "DATE" };
      return { value: durationValue(null, m[2] ?? m[3] ?? m[4]) };
    },
  },
  // --- sets: "daily", "every Monday", "each year", "annually"
  {
    id: "set/adverb",
    type: "SET",
    // "quarterly" left out: mostly "quarterly dividend", "quarterly report" (not tagged in TimeBank)
    re: rx(`${B}(daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semiannually)${E}`),
    // "average daily volume": a statistic's unit, not a recurring time
    accept: (m, text) => !/\baverage\s+$/i.test(text.slice(Math.max(0, m.index - 9), m.index)),
    norm: (m) => {
      const v: Record<string, string> = { daily: "P1D", nightly: "P1D", weekly: "P1W", biweekly: "P2W", monthly: "P1M", quarterly: "P3M", annually: "P1Y", yearly: "P1Y", semiannually: "P6M", hourly: "PT1H" };
      return { value: v[low(m[1])] };
    },
  },
  {
    id: "set/every",
    type: "SET",
    re: rx(`${B}(every|each|per)\\s+(?:(other)\\s+|(\\d{1,3}|${NUMW})\\s+)?(${UNIT}|${WD}|${MON}|${PART}|${SEASON})(s?)${E}`),
    // "15 million instructions per second" is a rate, not a recurring time; "every two weeks" needs the plural
    accept: (m) => !(low(m[1]) === "per" && /^(second|minute|hour)/i.test(m[4])) && (!m[3] || m[5] === "s") && (!!m[3] || m[5] !== "s"),
    norm: (m) => {
      const w = low(m[4]).replace(/\.$/, "");
      const k = m[2] ? 2 : m[3] ? parseQuantity(m[3]) ?? 1 : 1;
      if (WEEKDAYS[w] !== undefined && w.length > 3) return { value: `XXXX-WXX-${WEEKDAYS[w]}` };
      if (MONTHS[w] !== undefined && w.length > 3) return { value: `XXXX-${pad2(MONTHS[w])}` };
      if (DAY_PARTS[w] !== undefined && w !== "night") return { value: `XXXX-XX-XX${DAY_PARTS[w]}` };
      if (SEASONS[w] !== undefined) return { value: `XXXX-${SEASONS[w]}` };
      return { value: durationValue(k, w) };
    },
  },
  // --- frequencies: "twice a year", "three times a week", "once a month"
  {
    id: "set/frequency",
    type: "SET",
    re: rx(`${B}(?:once|twice|thrice|(?:${NUMW}|\\d+)\\s+times)\\s+(?:a|an|per|each)\\s+(day|week|month|year|quarter|decade)${E}`),
    norm: (m) => ({ value: durationValue(1, m[1]) }),
  },
  // --- "the weekend"
  {
    id: "date/the-weekend",
    type: "DATE",
    re: rx(`${B}the\\s+weekend${E}`),
    norm: (_m, c) => {
      if (!c.a) return { value: "XXXX-WXX-WE", certain: false };
      const sat = weekdayNear(c.a, 6, c.tense() === "future" ? "future" : "past");
      return { value: fmtWeek(sat) + "-WE", anchored: true, certain: false };
    },
  },
  // --- "the end of the year", "the rest of the month": the DCT's period (the modifier is added by the prefix refiner)
  {
    id: "date/the-unit-of",
    type: "DATE",
    re: rx(`\\b((?:end|beginning|start|middle|rest|balance|remainder|turn)\\s+of\\s+)the\\s+(year|month|week|quarter|decade|century)${E}`),
    lead: true,
    norm: (m, c) => relativeUnit(c, "this", m[2]),
  },
  // --- deictic reference words: "now", "currently", "recently", "the future"
  {
    id: "date/ref-word",
    type: "DATE",
    re: rx(`${B}(${alt(Object.keys(REF_WORDS))})${E}`),
    // "Now, he says, ...": a discourse marker opening a sentence, not a time
    accept: (m, text) => !(m[1] === "Now" && text.startsWith(",", m.index + 3)),
    norm: (m) => ({ value: REF_WORDS[low(m[1])] }),
  },
];

/**
 * Hints: a literal word every match of the rule must contain. Testing a literal
 * over the text is far cheaper than running the rule's regex, and most articles
 * lack most keywords (centuries, holidays, quarters): the rule is then skipped.
 * Each hint must be a necessary condition of its rule; the unit tests run every
 * rule family, so a hint that is too strict shows up there.
 */
const MONTH_HINT = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const WEEKDAY_HINT = /mon|tue|wed|thu|fri|sat|sun/i;
const HINTS: Record<string, RegExp> = {
  "date/iso": /\d{4}-\d\d-\d\d/,
  "date/us-numeric": /\d\/\d{1,2}\//,
  "time/clock": /\d\s*[ap]\.?m/i,
  "time/noon-midnight": /noon|midday|midnight/i,
  "time/clock-24h": /\d[:.]\d\d/,
  "set/frequency": /once|twice|thrice|times/i,
  "date/month-day-range": MONTH_HINT,
  "date/month-day-year": MONTH_HINT,
  "date/day-month-year": MONTH_HINT,
  "date/week-of": MONTH_HINT,
  "date/month-year": MONTH_HINT,
  "date/rel-month": MONTH_HINT,
  "date/month": MONTH_HINT,
  "date/month-rel-year": MONTH_HINT,
  "date/holiday": /christmas|new\s+year|independence|halloween|valentine|boxing|bastille|veterans|thanksgiving|labor|memorial/i,
  "date/quarter": /quarter|half|period/i,
  "date/quarter-short": /Q[1-4]|[1-4]Q/,
  "date/quarter-ref": /quarter|period/i,
  "date/year-period": /quarter|period/i,
  "date/the-year": /year/i,
  "date/year-end": /year/i,
  "date/year-spelled": /nineteen|twenty/i,
  "date/decade-words": /ties\b/i,
  "date/year-earlier": /year/i,
  "date/decade": /0'?s/,
  "date/century": /centur/i,
  "date/year": /\d{4}/,
  "date/year-span": /\d{4}[-–/]\d\d/,
  "date/year-words": /thousand/i,
  "date/deictic-part": /morning|afternoon|evening|night/i,
  "date/deictic-day": /yesterday|today|tomorrow|tonight/i,
  "date/this-part": /morning|afternoon|evening/i,
  "date/rel-weekday": WEEKDAY_HINT,
  "date/weekday-plural": WEEKDAY_HINT,
  "date/weekday": WEEKDAY_HINT,
  "date/season": /spring|summer|fall|autumn|winter/i,
  "date/ago": /ago|from\s+now|hence/i,
  "date/anaphoric": /\bthat\b|same|following|previous|preceding/i,
  "date/rel-unit": /this|last|next|past|coming|previous|current/i,
  "duration/quantity": /second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur/i,
  "duration/vague-plural": /seconds|minutes|hours|days|weeks|months|years|decades|centuries/i,
  "set/adverb": /daily|weekly|monthly|annually|yearly|hourly|nightly/i,
  "set/every": /every|each|per/i,
  "date/the-weekend": /weekend/i,
  "date/the-unit-of": /of\s+the/i,
};
for (const rule of RULES) rule.hint = HINTS[rule.id];

/** "May"/"March" only when capitalised; abbreviations only with a period or when followed by a number. */
function monthCase(word: string, _text: string, _at: number): boolean {
  const w = low(word).replace(/\.$/, "");
  if (!AMBIGUOUS_MONTHS.has(w)) return true;
  return /^[A-Z]/.test(word);
}

// ---------------------------------------------------------------------------
/**
 * Prefix refiners: words in front of a tagged expression that belong to it and
 * set its mod ("late last month" → mod END; "more than two years" → MORE_THAN).
 * Each regex is matched against the text just before the expression (anchored
 * at its end).
 */
export const PREFIXES: { id: string; re: RegExp; next?: RegExp; types: TimexType[]; mod: (m: RegExpExecArray) => string | null }[] = [
  {
    id: "mod/position",
    re: /(?:\b(?:the\s+)?(?:very\s+)?)\b(early|late|mid|middle)(?:-|\s+)$/i,
    types: ["DATE", "TIME"],
    mod: (m) => MOD_OF[low(m[1])] ?? (low(m[1]) === "middle" ? "MID" : null),
  },
  {
    // "earlier this year", "later this month"; but "Earlier Friday, ..." is a sentence adverb
    id: "mod/earlier-later",
    re: /\b(earlier|later)\s+$/i,
    next: /^(?:this|last|next|in\s+the)\b/i,
    types: ["DATE", "TIME"],
    mod: (m) => MOD_OF[low(m[1])],
  },
  {
    id: "mod/position-of",
    re: /\b(?:the\s+)?(?:very\s+)?(end|beginning|start|middle|close|dawn|turn|first\s+half|second\s+half|last\s+half)\s+of\s+(?:the\s+)?$/i,
    types: ["DATE"],
    mod: (m) => ({ end: "END", close: "END", beginning: "START", start: "START", dawn: "START", middle: "MID", turn: "START", "first half": "START", "second half": "END", "last half": "END" } as Record<string, string>)[low(m[1])] ?? null,
  },
  {
    id: "mod/quantity",
    // only in front of a number: "over the weekend", "about the future" are prepositions
    next: /^(?:\d|an?\s|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|hundred|several|a\s+few|half)/i,
    re: /\b(more\s+than|less\s+than|fewer\s+than|nearly|almost|about|around|roughly|approximately|at\s+least|up\s+to|no\s+more\s+than|just\s+over|just\s+under|some|over|under)\s+$/i,
    types: ["DURATION", "DATE", "TIME"],
    mod: (m) => {
      const k = low(m[1]);
      if (k === "more than" || k === "over" || k === "just over") return "MORE_THAN";
      if (k === "less than" || k === "fewer than" || k === "under" || k === "just under") return "LESS_THAN";
      if (k === "at least") return "EQUAL_OR_MORE";
      if (k === "up to" || k === "no more than") return "EQUAL_OR_LESS";
      return "APPROX";
    },
  },
];

