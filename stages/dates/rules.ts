/**
 * The rules of the dates stage: an ordered table of small patterns, each with an id, a TIMEX3 type
 * and a normaliser (the design of HeidelTime's rule files and chrono's parsers). The rules live in
 * one file a family (rules-calendar, rules-periods, rules-relative, rules-durations); this file
 * puts them in priority order, gives each its literal hint and holds RULES_VERSION. Regexes are
 * compiled once, at module load.
 *
 * Conventions (TimeML / TempEval-3, checked against the dev part of the training corpus): see
 * README.md in this folder.
 */
import type { Rule } from "./context.ts";
import { MON, WD, alt } from "./patterns.ts";
import { HOLIDAY_NAMES } from "./lexicon.ts";
import { CALENDAR_RULES } from "./rules-calendar.ts";
import { PERIOD_RULES } from "./rules-periods.ts";
import { RELATIVE_RULES } from "./rules-relative.ts";
import { DURATION_RULES } from "./rules-durations.ts";

export type { Tense, Norm, Period, DocState, RuleCtx, Rule } from "./context.ts";
export { PREFIXES } from "./prefixes.ts";

/** Version of the rule set: part of the dates stage's cache key. Bump it with any rule or lexicon change. */
export const RULES_VERSION = "16";

/**
 * Priority order (on candidates of equal length that overlap, an earlier rule wins; otherwise the
 * longest candidate wins whatever its rule).
 */
const ORDER = [
  "date/iso",
  "date/us-numeric",
  "time/clock",
  "time/clock-24h",
  "time/clock-words",
  "time/noon-midnight",
  "date/month-day-range",
  "date/month-day-year",
  "date/day-month-year",
  "date/month-ordinal",
  "date/ordinal-of-month",
  "date/week-of-month",
  "date/week-of",
  "date/month-year",
  "date/rel-month",
  "date/month",
  "time/that-part",
  "date/that-month",
  "date/holiday",
  "date/half-by-quarters",
  "date/quarter",
  "date/quarter-short",
  "date/month-quarter",
  "date/quarter-ref",
  "date/year-period",
  "date/month-rel-year",
  "date/the-year",
  "date/year-end",
  "date/year-spelled",
  "date/decade-words",
  "date/year-earlier",
  "date/decade",
  "date/century",
  "date/year",
  "date/year-span",
  "date/year-short",
  "date/year-words",
  "date/deictic-part",
  "date/deictic-day",
  "date/this-part",
  "date/rel-weekday",
  "date/weekday-anaphoric",
  "date/weekday-plural",
  "date/weekday",
  "date/season",
  "date/ago",
  "date/anaphoric",
  "date/next-day",
  "date/day-before-after",
  "date/one-day",
  "date/nth-day-now",
  "date/rel-unit",
  "date/elliptic-last",
  "duration/range",
  "duration/quantity",
  "duration/vague-plural",
  "duration/stretch",
  "set/adverb",
  "set/every",
  "set/frequency",
  "date/the-weekend",
  "date/the-unit-of",
  "date/the-past",
  "date/at-the-time",
  "duration/bare-unit",
  "duration/clock",
  "duration/a-while",
  "date/current",
  "date/vague-future",
  "date/ref-word",
];

const byId = new Map<string, Rule>();
for (const r of [...CALENDAR_RULES, ...PERIOD_RULES, ...RELATIVE_RULES, ...DURATION_RULES]) byId.set(r.id, r);
/** The rules, in priority order. */
export const RULES: Rule[] = ORDER.map((id) => {
  const r = byId.get(id);
  if (!r) throw new Error(`dates: rule ${id} is not defined`);
  return r;
});
if (byId.size !== RULES.length) throw new Error("dates: a rule is defined but not ordered");

/**
 * Hints: a literal word every match of the rule must contain. Testing a literal
 * over the text is far cheaper than running the rule's regex, and most articles
 * lack most keywords (centuries, holidays, quarters): the rule is then skipped.
 * Each hint must be a necessary condition of its rule; the unit tests run every
 * rule family, so a hint that is too strict shows up there.
 */
const MONTH_HINT = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const WEEKDAY_HINT = /mon|tue|wed|thu|fri|sat|sun/i;
const DAY_PART_HINT = /morning|afternoon|evening|night/i;
const YEAR_WORD_HINT = /year/i;
const QUARTER_HINT = /quarter|period/i;
/**
 * The quarter and half rules: "the third quarter", "the first half", "the comparable period", and "the
 * December quarter", "the June half" (one shared slot: the text is scanned once for both rules).
 */
const QUARTER_HALF_HINT = /quarter|half|period/i;
/**
 * The holiday rule's hint, built from the lexicon's names so that a name added there is never
 * filtered out: every name whose shorter form is not itself a name ("christmas" stands for
 * "christmas eve", "easter" for "easter monday"), apostrophes optional ("Mothers Day"). A necessary
 * condition of the rule's pattern, and more selective than a list of first words ("labor", "king").
 */
const HOLIDAY_HINT = (() => {
  const shortest = HOLIDAY_NAMES.filter((k) => !HOLIDAY_NAMES.some((o) => o !== k && k.startsWith(`${o} `)));
  return new RegExp(alt(shortest).replace(/'/g, "'?"), "i");
})();
const HINTS: Record<string, RegExp> = {
  "date/iso": /\d{4}-\d\d-\d\d/,
  "date/us-numeric": /\d\/\d{1,2}\//,
  "time/clock": /\d\s*[ap]\.?m/i,
  "time/noon-midnight": /noon|midday|midnight/i,
  "time/clock-24h": /\d[:.]\d\d/,
  "time/clock-words": /morning|afternoon|evening|night|o'clock/i,
  "set/frequency": /once|twice|thrice|times/i,
  "date/month-day-range": MONTH_HINT,
  "date/month-day-year": MONTH_HINT,
  "date/day-month-year": MONTH_HINT,
  "date/month-ordinal": MONTH_HINT,
  // every ordinal word ends so: "first", "second", "third", "eighth"
  "date/ordinal-of-month": /(?:st|nd|rd|th)\s+of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
  "date/week-of": MONTH_HINT,
  // the rule's regex: an ordinal or "last"/"final" right before "week"/"weekend"
  "date/week-of-month": /(?:first|second|third|fourth|last|final)\s+week/i,
  "date/month-year": MONTH_HINT,
  "date/rel-month": MONTH_HINT,
  "date/month": MONTH_HINT,
  "date/month-rel-year": MONTH_HINT,
  "date/holiday": HOLIDAY_HINT,
  "date/half-by-quarters": /two\s+quarters\s+of/i,
  "date/quarter": QUARTER_HALF_HINT,
  "date/quarter-short": /Q[1-4]|[1-4]Q|H[12]|[12]H/,
  "date/month-quarter": QUARTER_HALF_HINT,
  "date/quarter-ref": QUARTER_HINT,
  "date/year-period": QUARTER_HINT,
  "date/the-year": YEAR_WORD_HINT,
  "date/year-end": YEAR_WORD_HINT,
  "date/year-spelled": /nineteen|twenty/i,
  "date/decade-words": /ties\b/i,
  "date/year-earlier": YEAR_WORD_HINT,
  "date/decade": /0'?s/,
  "date/century": /centur/i,
  "date/year": /\d{4}/,
  "date/year-span": /\d{4}[-–/]\d\d/,
  "date/year-words": /thousand/i,
  "date/year-short": /\s['\u2018\u2019]\d\d/,
  "date/deictic-part": DAY_PART_HINT,
  "date/deictic-day": /yesterday|today|tomorrow|tonight/i,
  "date/this-part": /morning|afternoon|evening/i,
  "date/rel-weekday": WEEKDAY_HINT,
  "date/weekday-plural": WEEKDAY_HINT,
  "date/weekday": WEEKDAY_HINT,
  "date/season": /spring|summer|fall|autumn|winter/i,
  "date/ago": /ago|from\s+now|hence/i,
  "date/anaphoric": /\bthat\b|same|following|previous|preceding/i,
  "date/rel-unit": /this|last|next|past|coming|previous|current/i,
  "date/elliptic-last": /\blast(?![\s-]*[a-z0-9])/i,
  "duration/range": /(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|dozen|couple|hundred)\s*(?:to|or|-|\u2013)\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundred|a\s+dozen|dozen|a\s+couple|couple|half)/i,
  "duration/quantity": /second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur/i,
  "duration/vague-plural": /seconds|minutes|hours|days|weeks|months|years|decades|centuries|-long/i,
  "set/adverb": /daily|weekly|monthly|annually|yearly|hourly|nightly/i,
  "set/every": /every|each|per/i,
  "date/the-weekend": /weekend/i,
  "date/the-unit-of": /of\s+the/i,
  "date/next-day": /(?:next|following)\s+(?:day|morning|afternoon|evening|night|overnight)/i,
  "date/one-day": /(?:one|some)\s*day/i,
  "date/nth-day-now": /(?:is|'s|marks)\s+the\s+\S+\s+(?:\S+\s+)?day\s+of/i,
  "date/weekday-anaphoric": /the\s+(?:previous|preceding|following|next)\s+(?:mon|tue|wed|thu|fri|sat|sun)/i,
  "date/that-month": /that\s+(?:same\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
  "time/that-part": /that\s+(?:same\s+)?(?:morning|afternoon|evening|night|overnight)/i,
  "date/the-past": /the\s+past/i,
  "date/at-the-time": /at\s+th(?:e|at)\s+time/i,
  "duration/a-while": /a\s+while/i,
  "duration/bare-unit": /(?:onds|utes|ours|days|eeks|nths|ears|ades)\s+(?:after|before|later|earlier)/i,
  "duration/clock": /\d:\d\d:\d/,
  "date/current": /current/i,
  "duration/stretch": /(?:first|early|earliest|opening|final|closing|dying)\s+(?:hours|days|weeks|months|years)/i,
  "date/vague-future": /\sterm\b|\s(?:later|future)\s+date/i,
  "date/day-before-after": /the\s+day\s+(?:before|after)/i,
};
/** Each distinct hint gets a slot, so a text is tested once per hint, however many rules share it. */
const slots = new Map<RegExp, number>();
for (const rule of RULES) {
  const h = HINTS[rule.id];
  if (!h) continue;
  rule.hint = h;
  if (!slots.has(h)) slots.set(h, slots.size);
  rule.hintSlot = slots.get(h);
}
/**
 * Rules for rare phrasings share a gate: one scan for all their hints, after which most texts skip
 * them all (each hint is then tested only when the gate passes).
 */
const RARE = ["date/day-before-after", "date/vague-future", "duration/stretch", "date/next-day", "date/one-day", "date/nth-day-now", "date/weekday-anaphoric", "date/that-month", "time/that-part", "date/the-past", "date/at-the-time", "duration/a-while", "duration/bare-unit", "duration/clock", "date/week-of-month"];
const rareGate = new RegExp(RARE.map((id) => `(?:${HINTS[id].source})`).join("|"), "i");
const rareSlot = slots.size;
for (const rule of RULES) {
  if (!RARE.includes(rule.id)) continue;
  rule.gate = rareGate;
  rule.gateSlot = rareSlot;
}
export const HINT_COUNT = slots.size + 1;

/** A month word standing alone ("March", "Sept.", not "market"): where the month-led rules may match. */
export const MONTH_WORD_RE = new RegExp(`\\b(?:${MON})(?![a-z])`, "gi");
/** A weekday word standing alone or as a plural ("Friday", "Fri.", "Mondays"; not "money", "sunshine"). */
export const WEEKDAY_WORD_RE = new RegExp(`\\b(?:${WD})(?=s?(?![a-z]))`, "gi");
/**
 * Rules whose every match starts with a month or a weekday name (their regex begins with \b and the
 * name): they run as sticky regexes at those words only. The outputs are the same as a scan of the
 * whole text (a match that starts inside another is shorter and loses the overlap).
 */
const STARTS_ON: Record<string, "month" | "weekday" | "month-or-weekday"> = {
  "date/month-day-range": "month", "date/month-year": "month", "date/month": "month", "date/month-rel-year": "month", "date/month-ordinal": "month",
  "date/month-day-year": "month-or-weekday", "date/weekday": "weekday", "date/weekday-plural": "weekday",
};
for (const rule of RULES) {
  const on = STARTS_ON[rule.id];
  if (!on) continue;
  rule.startsOn = on;
  rule.sticky = new RegExp(rule.re.source, rule.re.flags.replace("g", "") + "y");
}
