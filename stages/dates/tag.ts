/**
 * Temporal expression tagging (TIMEX3). The rules in ./rules.ts each find
 * candidates; overlapping candidates are settled longest-first (then by rule
 * order); the survivors are normalised in text order, so discourse state such
 * as the last quarter mentioned can flow forward; prefix refiners then add
 * modifiers ("late", "more than") to the extent and the mod.
 *
 * Pure and deterministic: values depend only on `text` and `dct`, never on the
 * machine clock or time zone (all arithmetic is UTC on explicit integers).
 */
import type { TimexDraft } from "../types.ts";
import { RULES, PREFIXES, HINT_COUNT, MONTH_WORD_RE, WEEKDAY_WORD_RE, type DocState, type Norm, type RuleCtx, type Tense } from "./rules.ts";
import { parseDct, addDays, fmtYmd, weekday, type Anchor } from "./resolve.ts";
import { DAY_SHIFT_RE } from "./prefixes.ts";
import { daysInMonth } from "../common/calendar.ts";
import { low, wdNum, WD, WD_REL, CLOCK_RANGE_GAP_RE } from "./patterns.ts";
import { FUTURE_CUES, PAST_CUES } from "./lexicon.ts";

interface Candidate {
  start: number;
  end: number;
  rule: number;
  m: RegExpExecArray;
}

/**
 * Tense cues, the nearest one to the expression wins. Group 1: future
 * ("will meet on Friday" → the coming Friday). Group 2: past ("said Friday").
 */
const TENSE_RE = new RegExp(
  `\\b(${FUTURE_CUES.join("|")})\\b|(?<=\\w)('ll)\\b|\\b(${PAST_CUES.join("|")}|(\\w{3,}ed))\\b`,
  "gi",
);
/** A determiner right before a word: an "-ed" word after it is an adjective. */
const DETERMINER_RE = /\b(?:the|a|an|its|their|his|her|our|your|my|this|these|those|new)\s+$/i;
/** A calendar date value that later anaphora ("that year", "the following day") can refer to. */
const CALENDAR_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/**
 * A period of a year written out in the text ("the summer of 2010", "the third quarter of 2009", "the
 * first half of 2012"): the story's reference time is that year, for "that year", "the following year",
 * "that winter" after it (its month and day are unknown).
 */
const YEAR_PERIOD_RE = /^(\d{4})-(?:SP|SU|FA|WI|Q[1-4]|H[12])$/;
/** A clock time or part of the day on a calendar day ("2016-07-04TNI", "2016-07-04T18:00"): that day. */
const DAY_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T/;
/** A clock time on a calendar day ("2016-07-04T18:00"): its day, hour and minute. */
const CLOCK_VALUE_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/;
/** A value naming one calendar day. */
const FULL_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The month and day of a value that names them, its year unknown or not ("2019-02-30", "XXXX-04-31T10:00", "2019-13"). */
const MONTH_DAY_RE = /^(\d{4}|XXXX)-(\d{2})(?:-(\d{2}))?(?![\dW])/;

/**
 * A value checked against the calendar: itself when it names a month and day the calendar has (or names none:
 * weeks, seasons, durations pass), null when it names no day of any year (month 13, "February 30", "31 April"),
 * and, for 29 February of a common year, null only when that year is written in `written` (the expression's
 * text): a year taken from the DCT or the story ("born Feb. 29" in a 2023 article) is the guess that is wrong,
 * so the day stays with its year unknown ("XXXX-02-29"). Family: a day its month does not have, in every
 * written form ("February 30, 2017", "31 April", "April 31 to May 2", "2019-13-01"): a typo, a joke or a
 * made-up date, and a value that no date parser reads (a notebook's `to_datetime` fails on the column). A real
 * calendar oddity ("a February 30 in 1712", Sweden) is lost with them: rare, and no parser reads it either.
 */
function calendarFit(value: string, written: string): string | null {
  const m = MONTH_DAY_RE.exec(value);
  if (!m) return value;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return value;
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(2000, month)) return null;
  if (m[1] === "XXXX" || day <= daysInMonth(Number(m[1]), month)) return value;
  return new RegExp(`(?<!\\d)${m[1]}(?!\\d)`).test(written) ? null : `XXXX${value.slice(4)}`;
}

/**
 * A normalisation checked against the calendar (`calendarFit` on each value), with `written` the match's text:
 * null when nothing is left. A range written as two expressions keeps its valid end as a date of its own
 * ("April 31 to May 2, 2021" → "May 2, 2021"; "April 29-31, 2021" → "April 29"), with no range bounds; a range
 * written as one expression goes whole when a bound is impossible. `offset` is the match's start minus the
 * candidate's (a lead the rule keeps outside).
 */
function calendarNorm(n: Norm, written: string, offset: number): Norm | null {
  const value = calendarFit(n.value, written);
  const rangeStart = n.rangeStart ? calendarFit(n.rangeStart, written) : n.rangeStart;
  const rangeEnd = n.rangeEnd ? calendarFit(n.rangeEnd, written) : n.rangeEnd;
  // a year that was a guess is no longer the DCT's
  const anchored = n.anchored && value === n.value;
  if (!n.second) return value !== null && rangeStart !== null && rangeEnd !== null ? { ...n, value, rangeStart, rangeEnd, anchored } : null;
  const second = calendarFit(n.second.value, written);
  if (value !== null && second !== null && rangeStart !== null && rangeEnd !== null) return { ...n, value, second: { ...n.second, value: second }, rangeStart, rangeEnd, anchored };
  if (value !== null) return { ...n, value, second: undefined, rangeStart: null, rangeEnd: null, anchored };
  if (second !== null) return { ...n, value: second, second: undefined, end: undefined, skip: offset + n.second.start, rangeStart: null, rangeEnd: null, anchored: n.anchored && second === n.second.value };
  return null;
}
/** A deadline or a time ahead: "by August", "until Friday", "ahead of the weekend". */
const DEADLINE_RE = /\b(?:by|until|till|through|ahead\s+of)\s+$/i;
/** A weekday name in an expression (a definite day). */
const WEEKDAY_NAME_RE = /\b(?:mon|tues?|wed|thu|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b/i;
/** "have"/"has" (and an adverb) before an "-ed" form: a present perfect. */
const PERFECT_RE = /\b(?:have|has|'ve)\s+(?:\w+ly\s+|also\s+|already\s+|just\s+)?$/i;
const INFINITIVE_RE = /\bto\s+$/i;
/**
 * A plan reported in the past tense ("was due to expire Friday", "had been scheduled to open on Monday",
 * "were expected to vote Tuesday"): the future of a past moment. News writes a plan still ahead in the
 * present ("is due to", "is expected to"), so the date named is taken as past. "would" is not in it: in
 * reported speech it points ahead ("said he would leave Friday").
 */
const FUTURE_IN_PAST_RE = /\b(?:was|were|had)\s+(?:\w+\s+){0,3}$/i;
/** The future cues of a schedule that the rule above turns (not "would", "will", "planning to": a plan may still hold). */
const SCHEDULE_CUE_RE = /^(?:due|scheduled|expected|planned|set\s+to|set\s+for|slated|expires?|begins?|starts?|effective|payable)$/i;
/** "as planned", "as previously planned": a comparison with a plan, not a plan. */
const AS_PLANNED_RE = /\bas\s+(?:\w+ly\s+)?$/i;
/** What lies between "planned" and the expression when the plan is "for" it: "planned at the hall for ". */
const PLANNED_FOR_RE = /^[^,;]{0,50}\bfor\s+$/i;
/** Plan verbs in a past form: after the expression they date the planning ("On Friday, X planned to ..."). */
const PAST_PLAN_RE = /^(?:planned|expected|scheduled|intended)$/i;
/** A present auxiliary before a plan verb keeps the plan ahead: "the vote on Friday is expected to pass". */
const PRESENT_AUX_RE = /\b(?:is|are|'s|'re|be|been|being|now)\s+$/i;
const PASSIVE_RE = /\b(?:be|been|being)\s+$/i;
// a semicolon ends a clause with its own tense: "it has drawn crowds; it runs from June 3"
const SENTENCE_END_RE = /[.!?;]["')\]]?\s|\n/g;

/** The weekday an expression names without a number ("this coming Sunday", "Tuesday", "next Friday"): the relative word, the weekday. */
const NAMED_WEEKDAY_RE = new RegExp(`^(?:(${WD_REL})\\s+)?(${WD})$`, "i");
/** What stands between a weekday and the date in apposition to it: a comma ("Friday, June ninth"). */
const APPOSITION_GAP_RE = /^,\s*$/;

/**
 * Family: a weekday and the date in apposition to it ("this coming Friday, June ninth", "next Tuesday,
 * the fourth of July", "Friday, Oct. 6") are ONE expression (TimeML tags "Saturday, April 25" whole), whose
 * value is the written date. The rules that take "Friday, Oct. 6" whole cannot take a relative weekday or a
 * day in words, so the two outputs are joined here when the weekday is that date's own weekday; a year-less
 * date whose year gave another weekday takes the neighbouring year whose weekday it is.
 */
function joinAppositions(text: string, out: TimexDraft[]): TimexDraft[] {
  const res: TimexDraft[] = [];
  for (let i = 0; i < out.length; i++) {
    const a = out[i], b = out[i + 1];
    const w = a && a.type === "DATE" && b && b.type === "DATE" ? NAMED_WEEKDAY_RE.exec(a.text) : null;
    const day = w ? FULL_DAY_RE.exec(b.value) : null;
    if (!w || !day || !APPOSITION_GAP_RE.test(text.slice(a.end, b.start))) { res.push(withRelativeWord(text, a)); continue; }
    const wd = wdNum(w[2]);
    const y = Number(day[1]), m = Number(day[2]), d = Number(day[3]);
    // the year the weekday confirms: the date's own, else (when its text writes none) the year before or after
    const years = /\d{4}/.test(b.text) ? [y] : [y, y - 1, y + 1];
    const fit = years.find((yy) => weekday({ y: yy, m, d }) === wd);
    const v = fit === undefined ? null : fmtYmd({ y: fit, m, d });
    // a relative weekday ("this coming Monday") names a day within a week of the article: the date must be it
    if (v === null || (w[1] && v !== a.value)) { res.push(a); continue; }
    res.push({ ...b, start: a.start, text: text.slice(a.start, b.end), value: v, mod: b.mod ?? a.mod });
    i++;
  }
  return res;
}

/** A relative word right before a weekday: "next" in "next Tuesday, March 21". */
const REL_BEFORE_RE = new RegExp(`\\b(?:${WD_REL})\\s+$`, "i");
/** A weekday with its date in one expression ("Tuesday, March 21"), as the month-day rules take it. */
const WEEKDAY_DATE_RE = new RegExp(`^(?:${WD}),\\s`, "i");
/**
 * The relative word before a weekday and its date joins the expression; the written date gives the value.
 * It runs here, after the tagging loop, not with the loop's prefix widening: joinAppositions reads the gap
 * between two neighbours, and a second date widened in the loop would turn the gap ", next " into ", " and
 * join "Monday, next Tuesday, March 10" into one expression.
 */
function withRelativeWord(text: string, t: TimexDraft): TimexDraft {
  if (t.type !== "DATE" || !WEEKDAY_DATE_RE.test(t.text) || !FULL_DAY_RE.test(t.value)) return t;
  const r = REL_BEFORE_RE.exec(text.slice(Math.max(0, t.start - 16), t.start));
  return r ? { ...t, start: t.start - r[0].length, text: text.slice(t.start - r[0].length, t.end) } : t;
}

/** A clock time written without its day ("7 a.m.", "around 10:30 p.m. EST"). */
const BARE_CLOCK_RE = /^(?:around\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?$/i;
/** A clock value on a calendar day: the day, the hour and minute, the rest (a zone). */
const CLOCK_PARTS_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(.*)$/;

/**
 * Family: the first end of a clock range takes the day written on the second ("from 7 a.m. to 7 p.m. on
 * Sunday", "between 10 p.m. and 2 a.m. Saturday"): both ends are that day, or the first the day before
 * when it is not earlier than the second (across midnight).
 */
function shareRangeDay(text: string, out: TimexDraft[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i], b = out[i + 1];
    if (a.type !== "TIME" || b.type !== "TIME" || !BARE_CLOCK_RE.test(a.text) || BARE_CLOCK_RE.test(b.text)) continue;
    if (!CLOCK_RANGE_GAP_RE.test(text.slice(a.end, b.start))) continue;
    const x = CLOCK_PARTS_RE.exec(a.value), y = CLOCK_PARTS_RE.exec(b.value);
    if (!x || !y) continue;
    let day = { y: Number(y[1]), m: Number(y[2]), d: Number(y[3]) };
    if (Number(x[4]) * 60 + Number(x[5]) >= Number(y[4]) * 60 + Number(y[5])) day = addDays(day, -1);
    out[i] = { ...a, value: `${fmtYmd(day)}T${x[4]}:${x[5]}${x[6]}`, anchor: b.anchor, certain: b.certain };
  }
}

/** A recurring weekday with a plural part of the day, as the weekday-plural rule writes it ("XXXX-WXX-2TNI"). */
const WEEKDAY_SET_RE = /^XXXX-WXX-\d(T[A-Z]{2})?$/;
/** A bare weekday name ("Monday", "Tues."). */
const BARE_WEEKDAY_RE = new RegExp(`^(${WD})$`, "i");

/**
 * Family: a weekday coordinated with a recurring one shares its recurrence ("on Monday and Tuesday
 * nights", "Saturday or Sunday mornings"): the plural on the second noun covers both, so the first is a SET
 * with the same part of the day, not next Monday.
 */
function distributeSets(text: string, out: TimexDraft[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i], b = out[i + 1];
    const w = a.type === "DATE" && b.type === "SET" ? BARE_WEEKDAY_RE.exec(a.text) : null;
    const set = w ? WEEKDAY_SET_RE.exec(b.value) : null;
    if (!w || !set || !/^\s*(?:,|and|or|,\s*and|,\s*or)\s*$/i.test(text.slice(a.end, b.start))) continue;
    const wd = wdNum(w[1]);
    out[i] = { ...a, type: "SET", value: `XXXX-WXX-${wd}${set[1] ?? ""}`, anchor: null, certain: true, rangeStart: null, rangeEnd: null };
  }
}

/** "p.m." or "Aug." is not a sentence end. */
const ABBREVIATION_END_RE = /\b(?:[A-Z][a-z]{0,3}|[a-z]\.[a-z]|[a-z])\.$/; // "Aug.", "p.m.", "Roe v. Wade"
/** A cue this close (characters: a space and a short preposition) is the verb of the expression. */
const ADJACENT = 4;
/** A tense cue at most this far (characters) before an expression governs it, whatever follows. */
const BEFORE_REACH = 60;
/** How far (characters) the tense search looks on each side of an expression. */
const TENSE_WINDOW = 400;

/**
 * Family: a schedule in the present simple ("the council meets Tuesday", "the two leaders meet separately
 * Monday", "talks resume on Friday", "the show opens in March"). News writes a fixed plan with a bare
 * present verb of meeting, travel or opening right before its day; the day lies ahead. Only these event
 * verbs, right before the expression (an "-ly" adverb and "on"/"in" between): a plural noun ("the visits
 * Monday") after a determiner, an infinitive ("agreed to meet Monday") and a verb after an auxiliary or a
 * negation ("did not meet Monday", "could meet") are left to the other tense cues. The verbs
 * include other schedule verbs of news ("the tariff takes effect Monday", "the governor resigns
 * Wednesday", "voters go to the polls Sunday", "the utility reports earnings Thursday"), and a short
 * destination or a place may stand between verb and day ("leaves for Lisbon Tuesday", "returns to work Monday",
 * "opens in theaters Friday", "meets in Geneva on Tuesday"); nouns that
 * are also verbs ("rules", "votes", "plays") stay out ("announced new rules Tuesday").
 */
const PRESENT_SCHEDULE_RE =
  /\b(?:meets?|convenes?|resumes?|opens?|reopens?|closes?|arrives?|leaves?|departs?|returns?|travels?|visits?|flies|fly|heads?|kicks?\s+off|gets?\s+under\s+way|takes?\s+office|goes|go\s+on\s+trial|faces?\s+(?:a\s+)?(?:vote|trial|election)|takes?\s+effect|resigns?|gathers?|testif(?:y|ies)|holds?\s+(?:talks|elections?|a\s+\w+)|reports?\s+(?:earnings|results)|ends?|expires?|wraps?\s+up|goes?\s+to\s+the\s+polls|go\s+to\s+the\s+polls)\s+(?:\w+ly\s+)?(?:(?:for|to|in)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+)?(?:on\s+|in\s+|this\s+)?$/i;
/**
 * Family: a date as the predicate of a present copula ("the deadline is Friday", "the next round of talks
 * is on Tuesday", "elections are in May"): a fixed date still ahead. Not after "it" or "today" ("it is
 * Friday", "today is Monday" name the present day).
 */
const PRESENT_COPULA_RE = /\b(?:is|are)\s+(?:now\s+|still\s+)?(?:on\s+|in\s+)?$/i;
const COPULA_SUBJECT_NOW_RE = /\b(?:it|today|this)\s+$/i;
/**
 * Family: a possibility ahead ("the court may rule Tuesday", "the strike could end on Monday", "repairs
 * might finish by Wednesday"): a modal and its verb right before the date. Lower case only ("May" is a month);
 * not a modal perfect, a negation or a passive, which news writes of the past ("may have died Tuesday",
 * "could not be reached Monday", "could be located Wednesday" = were able to).
 */
const MODAL_AHEAD_RE = /\b(?:may|might|could|can)\s+(?!have\b|not\b|n't|be\b)[a-z]+\s+(?:\w+ly\s+)?(?:on\s+|in\s+|by\s+)?$/;
/**
 * Family: a possessive date whose event is still ahead ("Thursday's vote will decide", "Sunday's runoff is
 * expected to be close", "Friday's ruling could reopen the case"): the noun's own verb, a future auxiliary
 * or a schedule, outranks the rule that a possessive is a past event.
 */
const OF_BEFORE_RE = /\b(?:of|for|after|before|since|from|about|over|on|in|at|to)\s+$/i;
const POSSESSIVE_AHEAD_RE = /^'s\s+(?:[\w-]+\s+){1,3}(?:will|could|might|may|is\s+(?:expected|due|scheduled|set)|are\s+(?:expected|due|scheduled|set))\b/;
/** A date as the subject of a present copula before a noun phrase: "Thursday is the deadline". */
const SUBJECT_COPULA_AHEAD_RE = /^\s+(?:is|are)\s+(?:the|a|an|our|their|his|her|its)\s/;
/** What may not precede the present verb above: an infinitive, an auxiliary, a negation or a determiner. */
const NOT_PRESENT_RE = /\b(?:to|did|do|does|not|n't|never|could|might|may|can|must|should|would|will|the|a|an|his|her|its|their|our|these|those)\s+$/i;

/** The sentence (or clause) around [start, end): searched in bounded windows, so the cost never grows with the text. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  const s0 = Math.max(0, start - TENSE_WINDOW);
  const before = text.slice(s0, start);
  let from = s0;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(before); m; m = SENTENCE_END_RE.exec(before)) {
    const at = s0 + m.index;
    if (!ABBREVIATION_END_RE.test(text.slice(Math.max(0, at - 5), at + 1))) from = at + m[0].length;
  }
  const after = text.slice(end, Math.min(text.length, end + TENSE_WINDOW));
  let to = end + after.length;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(after); m; m = SENTENCE_END_RE.exec(after)) {
    const at = end + m.index;
    if (!ABBREVIATION_END_RE.test(text.slice(Math.max(0, at - 5), at + 1))) {
      to = at + 1;
      break;
    }
  }
  return [from, to];
}

/**
 * The tense a construction at the expression settles on its own, before any cue of the sentence is weighed: a day
 * as the subject of a present copula, a possessive, a present schedule, a modal or a present copula just before it;
 * else null. `s` is where the expression's sentence starts.
 */
function settledTense(text: string, s: number, start: number, end: number): Tense | null {
  // family: a day as the subject of a present copula ("Thursday is the deadline", "March 3 is the last day
  // to apply"): a fixed day still ahead, as "the deadline is Thursday" (not "today is", "it is")
  if (SUBJECT_COPULA_AHEAD_RE.test(text.slice(end, end + 16))) return "future";
  // a possessive ("Friday's meeting") is nearly always a past event
  if (text.startsWith("'s", end)) {
    // the subject's own verb ahead, unless the date's noun hangs on another ("the results of Sunday's vote are due")
    return POSSESSIVE_AHEAD_RE.test(text.slice(end, end + 60)) && !OF_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start)) ? "future" : "past";
  }
  const near = text.slice(Math.max(s, start - 50), start);
  const sched = PRESENT_SCHEDULE_RE.exec(near);
  if (sched && !NOT_PRESENT_RE.test(near.slice(0, sched.index))) return "future";
  if (MODAL_AHEAD_RE.test(near)) return "future";
  const copula = PRESENT_COPULA_RE.exec(near);
  if (copula && !COPULA_SUBJECT_NOW_RE.test(near.slice(0, copula.index))) return "future";
  return null;
}

/**
 * Whether a TENSE_RE match `m` at `at` is no tense cue: a passive or infinitive participle, a present perfect by a
 * weekday, a name, an adjective after a determiner, "as planned". `s` is where the sentence starts; `dayLike`, whether
 * the expression names a weekday.
 */
function isNoTenseCue(text: string, m: RegExpExecArray, at: number, s: number, dayLike: boolean): boolean {
  // a participle after "be" is passive, not past: "will be paid Dec. 14"
  if (m[3] && PASSIVE_RE.test(text.slice(Math.max(0, at - 7), at))) return true;
  // a present perfect cannot take a definite day ("*we have met on Friday"): near a weekday it belongs to
  // something else ("we asked them to a hearing on Friday, and will..."); near a month it is past
  if (m[4] && dayLike && PERFECT_RE.test(text.slice(Math.max(0, at - 14), at))) return true;
  // an infinitive is not a tense: "expected to hit Thursday"
  if (m[3] && INFINITIVE_RE.test(text.slice(Math.max(0, at - 4), at))) return true;
  // a capitalised "-ed" word inside a sentence is a name: "United States", "Red Cross"
  if (m[3] && at > s && m[3].endsWith("ed") && m[3][0] !== m[3][0].toLowerCase()) return true;
  // an "-ed" word after a determiner is an adjective: "the revised forecast", "its updated figures"
  if (m[3] && m[4] && DETERMINER_RE.test(text.slice(Math.max(0, at - 8), at))) return true;
  // "as (previously) planned" compares with a plan; it dates nothing
  return !!m[1] && /^planned$/i.test(m[1]) && AS_PLANNED_RE.test(text.slice(Math.max(0, at - 20), at));
}

function tenseAt(text: string, start: number, end: number): Tense {
  const [s, e] = sentenceBounds(text, start, end);
  const settled = settledTense(text, s, start, end);
  if (settled) return settled;
  // the nearest cue before the expression and the nearest after it: a verb before its time adverbial
  // governs it ("the meeting that ended on Tuesday will shape the budget" is past, whatever follows)
  let before: Tense = "none";
  let beforeDist = Infinity;
  // an auxiliary or a listed verb before the expression outranks a bare "-ed" word nearer to it, which may be
  // an adjective: "will release updated figures in early May" is ahead
  let strong: Tense = "none";
  let strongDist = Infinity;
  let after: Tense = "none";
  let afterDist = Infinity;
  let plannedFor = false;
  const sentence = text.slice(s, e);
  const dayLike = WEEKDAY_NAME_RE.test(text.slice(start, end));
  TENSE_RE.lastIndex = 0;
  for (let m = TENSE_RE.exec(sentence); m; m = TENSE_RE.exec(sentence)) {
    const at = s + m.index;
    if (at >= start && at < end) continue; // words inside the expression ("last") are not tense cues
    if (isNoTenseCue(text, m, at, s, dayLike)) continue;
    let t: Tense = m[1] || m[2] ? "future" : "past";
    if (m[1] && SCHEDULE_CUE_RE.test(m[1]) && FUTURE_IN_PAST_RE.test(text.slice(Math.max(0, at - 30), at))) t = "past";
    // "a service planned at the hall for Saturday was canceled": maybe a participle after its noun; a verb
    // after the expression then decides, else the plan looks ahead ("Exiles planned a rally for Saturday")
    if (t === "future" && at < start && /^planned$/i.test(m[1] ?? "") && PLANNED_FOR_RE.test(text.slice(at + 7, start))) {
      plannedFor = true;
      continue;
    }
    // a plan verb in the past after the expression tells when the planning was done, not when the plan
    // falls: "On Friday, the government planned to send aid" (unless "is expected", "are scheduled")
    if (m[1] && at >= end && PAST_PLAN_RE.test(m[1]) && !PRESENT_AUX_RE.test(text.slice(Math.max(0, at - 12), at))) t = "past";
    if (at < start) {
      const d = start - (at + m[0].length);
      if (d < beforeDist) { beforeDist = d; before = t; }
      if (!m[4] && d < strongDist) { strongDist = d; strong = t; }
    } else if (at - end < afterDist) {
      afterDist = at - end;
      after = t;
    }
  }
  if (plannedFor) return after !== "none" ? after : "future";
  // a cue before the expression in the same clause wins; one far before competes with one after
  // (counted double: "On Friday, the minister said" takes the verb after)
  // (unless the "-ed" word sits right before it, a verb and its adverbial: "announced Wednesday", "closed on Friday")
  if (strong !== "none" && strong !== before && strongDist <= BEFORE_REACH && beforeDist > ADJACENT) {
    before = strong;
    beforeDist = strongDist;
  }
  if (before !== "none" && (beforeDist <= BEFORE_REACH || after === "none" || beforeDist <= 2 * afterDist)) return before;
  return after;
}

/** Offsets where `re` (global) matches: the starts of month or weekday words. */
function wordStarts(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

/** Two ascending offset lists merged into one. */
function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++]);
  return out;
}

/** What a normaliser sees of one candidate: methods on a prototype, no closures made per candidate. */
class CandidateCtx implements RuleCtx {
  a: Anchor | null;
  state: DocState;
  pos: number;
  private text: string;
  private end: number;
  private memoTense: Tense | null = null;
  constructor(a: Anchor | null, state: DocState, text: string, start: number, end: number) {
    this.a = a;
    this.state = state;
    this.text = text;
    this.pos = start;
    this.end = end;
  }
  tense(): Tense {
    return (this.memoTense ??= tenseAt(this.text, this.pos, this.end));
  }
  after(k: number): string {
    return this.text.slice(this.end, this.end + k);
  }
  deadline(): boolean {
    return DEADLINE_RE.test(this.text.slice(Math.max(0, this.pos - 10), this.pos));
  }
  before(k: number): string {
    return this.text.slice(Math.max(0, this.pos - Math.min(k, 120)), this.pos);
  }
}

/**
 * Whether a rule's literal hint (or gate) stands in the text: tested once per distinct hint, the answer kept in
 * `state[slot]` (0 untested, 1 present, 2 absent). A rule without one always runs.
 */
function hintHolds(re: RegExp | undefined, slot: number | undefined, text: string, state: Uint8Array): boolean {
  if (!re) return true;
  if (slot === undefined) throw new Error("dates: a rule's hint has no slot (slots are assigned when RULES is built)");
  const k = slot;
  if (state[k] === 0) state[k] = re.test(text) ? 1 : 2;
  return state[k] === 1;
}

/**
 * Every match of every rule whose hints stand in `text`, in rule order (overlapping ones included: settleCandidates
 * chooses among them).
 */
function findCandidates(text: string): Candidate[] {
  const cands: Candidate[] = [];
  // one test per distinct hint (month and weekday hints are shared by several rules): 0 untested, 1 present, 2 absent
  const hintState = new Uint8Array(HINT_COUNT);
  let monthAt: number[] | null = null;
  let weekdayAt: number[] | null = null;
  let bothAt: number[] | null = null;
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i];
    if (!hintHolds(rule.gate, rule.gateSlot, text, hintState) || !hintHolds(rule.hint, rule.hintSlot, text, hintState)) continue;
    if (rule.sticky) {
      // a rule whose matches start on a month or weekday name runs only where one stands (found once for all)
      let at: number[];
      if (rule.startsOn === "month") at = monthAt ??= wordStarts(MONTH_WORD_RE, text);
      else if (rule.startsOn === "weekday") at = weekdayAt ??= wordStarts(WEEKDAY_WORD_RE, text);
      else at = bothAt ??= mergeSorted(monthAt ??= wordStarts(MONTH_WORD_RE, text), weekdayAt ??= wordStarts(WEEKDAY_WORD_RE, text));
      const re = rule.sticky;
      for (const p of at) {
        re.lastIndex = p;
        const m = re.exec(text);
        if (!m || (rule.accept && !rule.accept(m, text))) continue;
        cands.push({ start: m.index, end: m.index + m[0].length, rule: i, m });
      }
      continue;
    }
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      if (rule.accept && !rule.accept(m, text)) continue;
      const lead = rule.lead && m[1] ? m[1].length : 0;
      cands.push({ start: m.index + lead, end: m.index + m[0].length, rule: i, m });
    }
  }
  return cands;
}

/** The candidates that do not overlap, longest first, then rule order, then leftmost; returned in text order. */
function settleCandidates(cands: Candidate[], textLength: number): Candidate[] {
  cands.sort((x, y) => (y.end - y.start) - (x.end - x.start) || x.rule - y.rule || x.start - y.start);
  // character occupancy keeps the settling linear in the text length (a list of 10,000 dates stays fast)
  const taken = new Uint8Array(textLength);
  const chosen: Candidate[] = [];
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) { free = false; break; }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  chosen.sort((x, y) => x.start - y.start);
  return chosen;
}

/**
 * The start, mod and value of an expression once the words before it are read: a prefix (PREFIXES) that widens it
 * or sets its mod, and "the day before / after" that shifts a full day. `from` is where the previous expression ended.
 */
function withLeadingWords(
  text: string,
  from: number,
  start: number,
  end: number,
  type: TimexDraft["type"],
  n: Norm,
): { start: number; mod: string | null; value: string } {
  let mod = n.mod ?? null;
  const left = text.slice(Math.max(from, start - 40), start);
  const body = text.slice(start, end);
  for (const p of PREFIXES) {
    if (!p.types.includes(type)) continue;
    if (p.next && !p.next.test(body)) continue;
    const pm = p.re.exec(left);
    if (pm) {
      // approximators set the mod but stay outside the extent ("about two weeks" → "two weeks", APPROX)
      start -= p.extent ? p.extent(pm) : pm[0].length;
      mod = p.mod(pm) ?? mod;
      break;
    }
  }
  let value = n.value;
  const day = type === "DATE" && !n.second ? FULL_DAY_RE.exec(value) : null;
  if (day) {
    const sm = DAY_SHIFT_RE.exec(text.slice(Math.max(from, start - 24), start));
    if (sm) {
      start -= sm[0].length;
      value = fmtYmd(addDays({ y: Number(day[1]), m: Number(day[2]), d: Number(day[3]) }, low(sm[1]) === "before" ? -1 : 1));
    }
  }
  return { start, mod, value };
}

/** An expression just tagged, as advanceState reads it. */
interface TaggedExpression {
  text: string;
  /** Its extent in `text`: from its start (leading words included) to the candidate's end (a range's second part included). */
  start: number;
  candidateEnd: number;
  type: TimexDraft["type"];
  /** The rule's value before the calendar check. */
  raw: Norm;
  /** The rule's value after the calendar check. */
  n: Norm;
  /** The value emitted. */
  value: string;
}

/**
 * The document state after an expression is tagged: the story's year, the last date and clock, whether the last
 * day is unknown.
 */
function advanceState(state: DocState, { text, start, candidateEnd: end, type, raw, n, value }: TaggedExpression): void {
  const cal = CALENDAR_RE.exec(n.second ? n.second.value : value);
  // a DATE whose year is written out in its text (not computed from the DCT)
  const yearWritten = type === "DATE" && !n.anchored && /\d{4}/.test(text.slice(start, end));
  // a year written out (not computed) sets the story's reference time
  if (cal && yearWritten && n.certain !== false) {
    state.storyYear = { y: Number(cal[1]), at: end };
  }
  // a day whose year was a wrong guess ("Feb. 29" in a common year, now "XXXX-02-29") is no day to hang a clock on
  if (n.value.startsWith("XXXX-") && raw.value !== n.value) state.lostDay = true;
  if (cal && type === "DATE") {
    state.lostDay = false;
    state.lastDate = { y: Number(cal[1]), m: cal[2] ? Number(cal[2]) : null, d: cal[3] ? Number(cal[3]) : null };
  } else if (type === "TIME") {
    // family: the story's day named with its part or its hour ("Wednesday night", "at 6 a.m. on July 4,
    // 2016") is the day "the next morning", "that day" follow, as a bare day is
    const t = DAY_TIME_RE.exec(value);
    if (t) {
      state.lastDate = { y: Number(t[1]), m: Number(t[2]), d: Number(t[3]) };
      state.lostDay = false;
    }
    const k = CLOCK_VALUE_RE.exec(value);
    state.lastClock = k ? { end, day: k[1], minutes: Number(k[2]) * 60 + Number(k[3]) } : null;
  } else if (yearWritten) {
    const p = YEAR_PERIOD_RE.exec(value);
    if (p) state.lastDate = { y: Number(p[1]), m: null, d: null };
  }
}

/**
 * Find and normalise the time expressions of `text`: every rule's matches (findCandidates), the longest of those
 * that overlap (settleCandidates), each normalised in text order with the document state it reads and moves on.
 * @param dct the article's publication date or date-time (ISO 8601), or null when unknown.
 * Offsets are UTF-16 offsets into `text`.
 */
export function tagDates(text: string, dct: string | null): TimexDraft[] {
  const anchor = parseDct(dct);
  const chosen = settleCandidates(findCandidates(text), text.length);
  const state: DocState = { lastQuarter: null, lastDate: null, storyYear: null, lastClock: null, lostDay: false };
  const out: TimexDraft[] = [];
  let prevEnd = 0;
  for (const c of chosen) {
    const rule = RULES[c.rule];
    const ctx = new CandidateCtx(anchor, state, text, c.start, c.end);
    const raw = rule.norm(c.m, ctx);
    if (!raw) continue;
    const n = calendarNorm(raw, c.m[0], c.m.index - c.start);
    if (!n) {
      // "February 30": no date, and what hangs on it ("at 10 a.m.", "that night") has no day either
      state.lostDay = true;
      continue;
    }
    const type = n.type ?? rule.type;
    // a range written as two expressions: the first stops at n.end (offsets in the match, which starts at c.m.index)
    const end = n.end !== undefined ? c.m.index + n.end : c.end;
    const { start, mod, value } = withLeadingWords(text, prevEnd, c.start + (n.skip ?? 0), end, type, n);
    // the fields both parts of a range written as two expressions share
    const shared = { anchor: n.anchored ? ("dct" as const) : null, rangeStart: n.rangeStart ?? null, rangeEnd: n.rangeEnd ?? null, rule: `dates/${rule.id}`, certain: n.certain ?? true };
    out.push({ start, end, text: text.slice(start, end), type, value, mod, ...shared });
    if (n.second) {
      const s2 = c.m.index + n.second.start;
      out.push({ start: s2, end: c.end, text: text.slice(s2, c.end), type, value: n.second.value, mod: null, ...shared });
    }
    prevEnd = c.end;
    advanceState(state, { text, start, candidateEnd: c.end, type, raw, n, value });
  }
  shareRangeDay(text, out);
  distributeSets(text, out);
  return joinAppositions(text, out);
}
