/**
 * What a rule sees and returns (RuleCtx, Norm, Rule, the document state carried in text order) and
 * the resolution helpers the normalisers share: the year of a year-less date for the tense, weekday
 * direction, "this/last/next + unit", "N units ago", the story's reference year.
 */
import type { TimexType } from "../../schemas/records.ts";
import { PAST_VERBS, WEEKDAYS } from "./lexicon.ts";
import { type Anchor, type Ymd, addDays, addMonths, weekdayNear, fmtYmd, fmtYm, fmtWeek, pad2, pad4, quarterOf } from "./resolve.ts";
import { parseQuantity, unitKey } from "./normalize.ts";
import { MON, low } from "./patterns.ts";

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
  /**
   * A range written as two expressions ("2004-2006", "January 23-24"): the first ends `end`
   * characters into the match, the second runs over [second.start, the match end) with its own value.
   * TimeML tags each end; both keep the product's rangeStart / rangeEnd.
   */
  end?: number;
  second?: { start: number; value: string };
}

/** A quarter (or a half, when `half`) of a year, mentioned at offset `at`. */
export interface Period { y: number; q: number; at: number; half?: boolean; /** its year was written ("the second half of 1990") */ written?: boolean }

/** Discourse state carried through one document, in text order. */
export interface DocState {
  /** Last quarter mentioned ("third-quarter" → {y: 1989, q: 3}). */
  lastQuarter: Period | null;
  /** Last calendar date mentioned, as precise as it was ("1995", "1998-10", "1998-10-23"). */
  lastDate: { y: number; m: number | null; d: number | null } | null;
  /**
   * The story's reference year: the last year written out in full ("In 2014, ..."), with the offset
   * where it was written. A year-less month in a past clause shortly after it, in the same paragraph,
   * belongs to that year ("In 2014 the mine flooded. That March ...", "In March, rescuers ...").
   */
  storyYear: { y: number; at: number } | null;
  /** The last clock time tagged on a calendar day: where it ends, its day, its minute of the day (a range's end may cross midnight). */
  lastClock: { end: number; day: string; minutes: number } | null;
  /**
   * The last day mentioned is one the calendar does not have ("February 30", dropped) or whose year is unknown
   * (a 29 February in the DCT's common year): a clock or a part of the day that hangs on it ("February 30 at
   * 10 a.m.") has no known day, and never falls back to the DCT. Cleared by the next date tagged.
   */
  lostDay: boolean;
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
  /** Characters (up to 120) of text before the match, for look-behind checks done once per candidate. */
  before(n: number): string;
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
  /** Index of the hint among the distinct hints (set with the hint). */
  hintSlot?: number;
  /**
   * A sticky copy of `re` when every match starts on a month name: the engine then runs it only at
   * the month words of the text instead of scanning the whole text once per rule.
   */
  sticky?: RegExp;
  /** What every match of a sticky rule starts with. */
  startsOn?: "month" | "weekday" | "month-or-weekday";
  /** A hint shared by a group of rare rules, tested before the rule's own (and its slot). */
  gate?: RegExp;
  gateSlot?: number;
  /** Cheap check on the raw match (capitalisation, neighbours); false drops it. */
  accept?: (m: RegExpExecArray, text: string) => boolean;
  norm: (m: RegExpExecArray, c: RuleCtx) => Norm | null;
}

/**
 * Year of a month (and day) given without a year: of the DCT's year and its
 * neighbours, the one nearest the DCT, where a date on the wrong side of the
 * DCT for the tense counts four (past) or eight (future) times as far ("payable Dec. 7" in October is
 * this December; "in January, the company bought" in October is last January), forty after a past verb
 * right before it ("was founded in December" in October is last December).
 */
export function yearFor(c: RuleCtx, m: number, d: number | null): number | null {
  return pickYear(c, (y) => ({ y, m, d: d ?? 15 }), d === null);
}

/**
 * The story's reference year for an expression that points back at it ("that March", "that
 * morning"): the last year written out in the text, else null (the DCT decides). A bare "in March"
 * does NOT take it: news mentions background years and then returns to the present ("doubling its
 * profits since 1980. In September, it announced ..." is this September).
 */
export function storyYearFor(c: RuleCtx): number | null {
  const sy = c.state.storyYear;
  return sy ? sy.y : null;
}

/** The same candidate seen with another tense ("last Thanksgiving" is past whatever the verb). */
export function withTense(c: RuleCtx, tense: () => Tense): RuleCtx {
  return {
    a: c.a, pos: c.pos, state: c.state, tense,
    deadline: () => c.deadline(), after: (n: number) => c.after(n), before: (n: number) => c.before(n),
  };
}

/** The year (DCT year or a neighbour) whose date `dateIn(y)` is most plausible for the tense. */
export function pickYear(c: RuleCtx, dateIn: (y: number) => Ymd, monthOnly = false): number | null {
  const a = c.a;
  if (!a) return null;
  // a month or day after "through", "by", "until" is mostly still ahead (weekdays are not: "until Thursday, they had...")
  const t = c.deadline() ? "future" : c.tense();
  // "since March": a start point, never after the article
  const since = SINCE_RE.test(c.before(8));
  const here = a.m * 31 + a.d;
  let best = a.y;
  let bestCost = Infinity;
  for (const y of [a.y - 1, a.y, a.y + 1]) {
    const p = dateIn(y);
    const diff = (p.y - a.y) * 372 + p.m * 31 + p.d - here;
    if (since && diff > 0) continue;
    let cost = Math.abs(diff);
    if (monthOnly && p.m === a.m && y === a.y) cost = 0;
    // future cues ("will") are more reliable than past ones (any "-ed" word): a heavier penalty
    // a past verb right before the date ("was founded in December", "closed on Nov. 3") is no adjective: 40×
    if (t === "past" && diff > 0) cost = ADJACENT_PAST_RE.test(c.before(40)) ? cost * 40 + 60 : cost * 4 + 60;
    if (t === "future" && diff < 0) cost = cost * 8 + 60;
    if (cost < bestCost) { bestCost = cost; best = y; }
  }
  return best;
}

export const SINCE_RE = /\bsince\s+$/i;
/**
 * Family: a past verb governing the date right before it, with "in" or "on" ("the firm was founded in
 * December", "the sale closed in November", "the bonds matured on Dec. 1"): in a story of October that is
 * last December, however near this one is. Not a participle after "be", "to", a determiner or "has"/"had"
 * (passives, infinitives, adjectives, perfects: "will be sold in December", "its revised forecast in May"),
 * nor a plan verb ("planned for", "expected in"), whose date may still be ahead. The weaker past cues (any
 * "-ed" word of the clause, "said") keep the 4× weight of `pickYear`: they miss plans reported in the past.
 */
const ADJACENT_PAST_RE = new RegExp(
  String.raw`(?<!\b(?:be|been|being|to|the|a|an|its|their|his|her|has|have|had)\s+)\b(?:${PAST_VERBS.join("|")}|(?!(?:plann|schedul|expect|slat|propos|intend|anticipat|delay|postpon)ed\b)\w{3,}ed)\s+(?:in|on)\s+(?:(?:early|mid|late)[\s-]*)?$`,
  "i",
);

/** A quarter or a half ("2016-Q3", "2016-H1"); an unknown year is written "XXXX" ("XXXX-H2"). */
export function fmtPeriod(p: { y: number | null; q: number; half?: boolean }) {
  return p.half ? `${p.y === null ? "XXXX" : pad4(p.y)}-H${p.q}` : fmtQuarter(p.y, p.q);
}

export function fmtQuarter(y: number | null, q: number) {
  return `${y === null ? "XXXX" : pad4(y)}-Q${q}`;
}

/** Year named by "this year"/"last year"/a year number, else null. */
export function yearWord(s: string | undefined, a: Anchor | null): number | null | undefined {
  if (!s) return undefined;
  const t = low(s);
  if (/^\d{4}$/.test(t)) return Number(t);
  if (!a) return null;
  if (t.startsWith("this") || t.startsWith("current")) return a.y;
  if (t.startsWith("last") || t.startsWith("previous")) return a.y - 1;
  if (t.startsWith("next") || t.startsWith("coming")) return a.y + 1;
  return undefined;
}

/** The strict direction a relative word fixes (REL_WORD's "last" → "past", "next" → "future"); none for "this". */
export function strictDirOf(relWord: string): "past" | "future" | undefined {
  return relWord === "last" ? "past" : relWord === "next" ? "future" : undefined;
}

/** The weekday named, resolved by tense from the DCT. */
export function resolveWeekday(c: RuleCtx, wd: number, strictDir?: "past" | "future"): Norm {
  if (!c.a) return { value: `XXXX-WXX-${wd}`, certain: false };
  return { value: fmtYmd(weekdayNear(c.a, wd, strictDir ?? weekdayDir(c), !!strictDir)), anchored: true, certain: false };
}

/**
 * Direction of a bare weekday: a deadline ("until Friday", "by Tuesday morning") is ahead, else the
 * tense of its clause decides ("wrapped up on Tuesday" → the last one; "will meet Friday" → the next).
 */
export function weekdayDir(c: RuleCtx): "past" | "future" {
  // a fronted deadline closed by a comma tells a past story: "Until Thursday, they had not called him"
  if (c.deadline() && !c.after(1).startsWith(",")) return "future";
  return c.tense() === "future" ? "future" : "past";
}

/**
 * The day the story is at: the last full date written, else the DCT (the very anchor object, so a
 * caller can tell which one it got with `=== c.a`), else null.
 */
export function storyYmd(c: RuleCtx): Ymd | null {
  if (c.state.lostDay) return null;
  const ld = c.state.lastDate;
  return ld && ld.m !== null && ld.d !== null ? { y: ld.y, m: ld.m, d: ld.d } : c.a;
}

export function dayOf(c: RuleCtx, word: string): Ymd | null {
  if (!c.a) return null;
  const w = low(word);
  if (w === "yesterday") return addDays(c.a, -1);
  if (w === "tomorrow") return addDays(c.a, 1);
  if (w === "today" || w === "tonight" || w === "this") return c.a;
  const wd = WEEKDAYS[w.replace(/\.$/, "")];
  if (wd) return weekdayNear(c.a, wd, weekdayDir(c));
  return null;
}

export function seasonYear(c: RuleCtx, code: string, rel: string): number | null {
  const a = c.a;
  if (!a) return null;
  const order: Record<string, number> = { WI: 0, SP: 3, SU: 6, FA: 9 };
  const cur = a.m === 12 ? 0 : Math.floor(a.m / 3) * 3; // winter counted from its January
  const start = order[code];
  if (rel === "this") return a.y;
  if (rel === "last") return start < cur ? a.y : a.y - 1;
  if (rel === "next") return start > cur ? a.y : a.y + 1;
  // a bare "the summer" with a tense: the season now under way or the nearest one on the tense's side
  // ("the crops failed in the fall" in March is last fall; "elections are set for the spring" in March is
  // this spring)
  if (rel === "past") return start <= cur ? a.y : a.y - 1;
  if (rel === "ahead") return start >= cur ? a.y : a.y + 1;
  return a.y;
}

export const MOD_OF: Record<string, string> = { early: "START", mid: "MID", late: "END", earlier: "START", later: "END" };

/** Value of "N units ago" / "N units from now" at the unit's granularity. */
export function shifted(c: RuleCtx, n: number | null, unit: string, sign: number): Norm {
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
export function relativeUnit(c: RuleCtx, rel: string, unit: string): Norm | null {
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
export const QUARTER_REACH = 400;
export const QUARTER_ENDED_RE = new RegExp(`^\\s+end(?:ed|ing)\\s+(${MON})(?:\\s+(\\d{1,2})\\b)?`, "i");

/** A contrast with a past era around "today": the present in general, not the day of the article. */
export const GENERIC_CONTRAST_RE = /\b(?:(?:decades|centuries|generations|a\s+generation|a\s+century)\s+ago|used\s+to|in\s+the\s+past|in\s+the\s+old\s+days|than\s+ever|back\s+then|in\s+those\s+days|once\s+was|nowadays)\b/i;
/** Nouns after "today's" that make it "nowadays" rather than a day. */
export const GENERIC_TODAY_RE = /^'s\s+(?:world|youth|society|generation|children|young|economy|market|markets|standards|personal|technology|age|culture)\b/i;

/** Last year of a span "1990-95" / "1999-2000" (group 1 the first year, group 2 the end as written). */
export function spanEnd(m: RegExpExecArray): number {
  const y = Number(m[1]);
  if (m[2].length === 4) return Number(m[2]);
  let e = Math.floor(y / 100) * 100 + Number(m[2]);
  if (e < y) e += 100; // "1999-00"
  return e;
}

/** Numeric value of a year written in digits or words ("1996", "nineteen ninety-six"). */
export function yearValue(s: string): number | null {
  if (/^\d{4}$/.test(s)) return Number(s);
  const m = /^(nineteen|twenty)[\s-]+(.+)$/i.exec(s.trim());
  if (!m) return null;
  const lo = parseQuantity(m[2]);
  if (lo === null || lo < 10 || lo > 99 || !Number.isInteger(lo)) return null;
  return (low(m[1]) === "nineteen" ? 1900 : 2000) + lo;
}

/** A capitalised word (not a month, preposition or sentence start) right before a year: a product or company name. */
export const NAME_BEFORE_RE = /(?<![.!?]\s)(?<!^)\b(?!(?:In|On|Since|By|Until|From|Of|And|Or|To|At|For|Before|After|During|Through|January|February|March|April|May|June|July|August|September|October|November|December|Fall|Spring|Summer|Winter|Fiscal|Christmas|Easter)\b)[A-Z][a-z]+\s+$/;

/** An article or possessive right before a year ... */
export const MODEL_YEAR_BEFORE_RE = /(?:\b(?:a|an|his|her|their|its|my|our|your)|\w's)\s+$/i;
/**
 * ... and a two-word name right after it (a make and a model): a model year, "a 1987 Chevrolet
 * Cavalier", "his 1965 Ford Mustang". One capitalised word is not enough: "his 1990 Anheuser earnings
 * projection", "a 1971 Convention" are times TimeML tags.
 */
export const MODEL_YEAR_AFTER_RE = /^\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Fall|Autumn|Winter)\b)[A-Z][a-z]+\s+[A-Z][a-z]/;
/** Words before a quantity that make it an age, not a duration: "children aged 3 months". */
export const AGE_BEFORE_RE = /\b(?:aged|ages?)\s+(?:(?:of|between|from|under|over)\s+)?(?:\S+\s+(?:\w+\s+)?(?:to|and|or)\s+)?$/i;

/** Quantifiers that only blur a number: they give the mod APPROX but stay outside the extent. */
export const APPROXIMATORS = new Set(["about", "roughly", "approximately", "some"]);

export const REL_WORD: Record<string, string> = { "this past": "last", "this coming": "next", this: "this", current: "this", last: "last", previous: "last", past: "last", next: "next", coming: "next" };
