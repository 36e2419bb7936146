/**
 * Word lists of the dates stage, one table per concern. Every regex fragment
 * the rules use is built from these tables once, at module load.
 */
import { ENGLISH_MONTHS } from "../common/calendar.ts";

/** Month names and their news abbreviations: the shared table of stages/common/calendar.ts. */
export const MONTHS: Readonly<Record<string, number>> = ENGLISH_MONTHS;

/**
 * Month words that are also ordinary English words: only taken when capitalised
 * ("May" the month, not "may" the verb; "March" not "march"), and the short
 * forms only with a period or a day number ("Mar. 3", not "Mar" a name).
 */
export const AMBIGUOUS_MONTHS = new Set(["may", "march", "mar", "jan", "dec", "sep", "jun", "jul", "aug", "apr", "oct", "nov", "feb", "sept"]);

/** Weekday names (ISO numbering: Monday = 1) with the usual abbreviations. */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tues: 2, tue: 2, wednesday: 3, wed: 3,
  thursday: 4, thurs: 4, thu: 4, friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Cardinal number words; compounds ("twenty-five", "twenty five") are summed by the parser. */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, a: 1, an: 1, single: 1, half: 0.5, dozen: 12, couple: 2,
};

/** Quantity words that give no number: the value keeps an X ("several years" → PXY). */
export const VAGUE_QUANTITIES = ["several", "a few", "few", "many", "some", "a number of", "numerous"];

/** Ordinal words and their numbers (days of month, quarters, halves, centuries). */
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
  "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
  "twenty-ninth": 29, thirtieth: 30, "thirty-first": 31, last: 4, final: 4,
  "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
};

/**
 * Calendar units → [ISO 8601 duration designator, multiplier]. Decades and
 * centuries are written in years (TimeBank writes "two decades" as P20Y).
 */
export const UNITS: Record<string, [string, number]> = {
  second: ["S", 1], minute: ["M", 1], hour: ["H", 1], day: ["D", 1], night: ["D", 1], week: ["W", 1],
  weekend: ["WE", 1], fortnight: ["W", 2], month: ["M", 1], quarter: ["Q", 1], year: ["Y", 1],
  decade: ["Y", 10], century: ["Y", 100], "business day": ["D", 1], "trading day": ["D", 1],
};
/** Units measured on the clock (written after the T of an ISO duration: PT5H). */
export const CLOCK_UNITS = new Set(["second", "minute", "hour"]);

/** Seasons (TimeML codes). */
export const SEASONS: Record<string, string> = {
  spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI",
};

/** Parts of the day (TimeML codes). "night" is TNI, "evening" TEV. */
export const DAY_PARTS: Record<string, string> = {
  morning: "TMO", afternoon: "TAF", evening: "TEV", night: "TNI", overnight: "TNI",
};

/** Position words in front of a period: "early 1990" → mod START (TimeML mods). */
export const POSITION_MODS: Record<string, string> = {
  early: "START", "earlier": "START", beginning: "START", start: "START", dawn: "START",
  mid: "MID", middle: "MID", "the middle": "MID",
  late: "END", later: "END", end: "END", close: "END", closing: "END",
};

/** Quantifier words in front of a duration ("more than two years" → MORE_THAN). */
export const QUANT_MODS: Record<string, string> = {
  "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
  "less than": "LESS_THAN", "under": "LESS_THAN", "nearly": "APPROX", "almost": "APPROX",
  "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "some": "APPROX", "approximately": "APPROX",
  "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
};

/** Fixed-date holidays: month and day. */
export const HOLIDAYS: Record<string, [number, number]> = {
  "christmas": [12, 25], "christmas day": [12, 25], "christmas eve": [12, 24], "new year's day": [1, 1],
  "new year's eve": [12, 31], "independence day": [7, 4], "halloween": [10, 31], "valentine's day": [2, 14],
  "boxing day": [12, 26], "bastille day": [7, 14], "veterans day": [11, 11],
};

/**
 * Holidays on a computed day (US and Christian calendars): [month, ISO weekday, n-th (-1 the last),
 * days added]. "Election Day" is the US federal one (the Tuesday after the first Monday of
 * November); Easter follows the Gregorian computus (month 0 marks it), Good Friday two days before.
 * Keys are lower case; apostrophes are optional in the text ("Mother's Day", "Mothers Day").
 */
export const COMPUTED_HOLIDAYS: Record<string, [number, number, number, number]> = {
  "thanksgiving": [11, 4, 4, 0], "thanksgiving day": [11, 4, 4, 0], "labor day": [9, 1, 1, 0],
  "memorial day": [5, 1, -1, 0], "election day": [11, 1, 1, 1], "columbus day": [10, 1, 2, 0],
  "martin luther king day": [1, 1, 3, 0], "martin luther king jr. day": [1, 1, 3, 0],
  "presidents day": [2, 1, 3, 0], "presidents' day": [2, 1, 3, 0], "president's day": [2, 1, 3, 0],
  "mother's day": [5, 7, 2, 0], "father's day": [6, 7, 3, 0],
  "easter": [0, 7, 0, 0], "easter sunday": [0, 7, 0, 0], "easter monday": [0, 7, 0, 1], "good friday": [0, 7, 0, -2],
  // a week named by its holiday is the ISO week holding it ("as Easter week began")
  "easter week": [0, 7, 0, 0], "thanksgiving week": [11, 4, 4, 0],
};
/** Every holiday name of the two tables (the holiday rule and its pre-filter hint read the same names). */
export const HOLIDAY_NAMES: readonly string[] = [...Object.keys(HOLIDAYS), ...Object.keys(COMPUTED_HOLIDAYS)];

/**
 * Deictic words with a TimeML reference value. The words are only tagged in
 * the listed form (a whole word), e.g. "now" but not "known".
 */
export const REF_WORDS: Record<string, string> = {
  // kept: tagged in most of their news uses
  now: "PRESENT_REF", currently: "PRESENT_REF", nowadays: "PRESENT_REF", "these days": "PRESENT_REF",
  "right now": "PRESENT_REF", "at present": "PRESENT_REF",
  recently: "PAST_REF", lately: "PAST_REF",
  "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
  // "recent years" and the like are durations (PXY), tagged by the duration rules.
  // left out on purpose, mostly not time expressions in news: "current" (current account),
  // "recent" (a recent offering), "previously" (previously announced), "once" (once it is done),
  // "earlier" (its earlier loss), "soon", "future" (future restructuring), "so far", "the past".
};

/**
 * Tense cues near a year-less or weekday expression; the cue nearest to the
 * expression inside its sentence decides the direction ("will meet on Friday"
 * → the coming Friday; "met Friday" → the last one). Regex fragments.
 */
export const FUTURE_CUES = [
  "will", "won't", "shall", "going\\s+to", "expects?\\s+to", "expected", "scheduled", "plans?\\s+to",
  "is\\s+to", "are\\s+to", "set\\s+to", "would",
  // family: a schedule participle after its noun ("the vote, set for Saturday", "a summit slated for May")
  "set\\s+for", "slated", "upcoming", "due", "intends?\\s+to",
  // family: an aim is ahead of its wording ("officials hope to sign the deal Friday", "the party aims to win in May")
  "hopes?\\s+to", "aims?\\s+to", "seeks?\\s+to", "wants?\\s+to",
  // a plan's date lies ahead of the planning: "planned a rally on Saturday", "planning to vote Friday"
  "plann(?:ed|ing)", "as\\s+soon\\s+as", "as\\s+early\\s+as",
  // "next" is left out: "next to the embassy"
  "later", "effective", "payable", "expire", "expires", "begins?", "starts?", "should",
  // present progressive with a date is a plan: "is meeting Friday"
  "(?:is|are)\\s+\\w+ing",
  // "by" and "until" are left out: "rescued on Nov. 25 by fishermen", "was open until May"
];
/**
 * Irregular past verbs (and "was", "did"): the verbs that can govern a date right before it ("the firm was founded
 * in December", "the talks began on Monday"; context.ts ADJACENT_PAST_RE). Regular "-ed" forms are matched by pattern.
 */
export const PAST_VERBS = [
  "was", "were", "did", "met", "told", "took", "made", "came", "went", "gave", "began", "left", "held", "rose",
  "fell", "won", "lost", "sold", "bought", "paid", "saw", "got", "ran", "brought", "found", "kept", "sent", "spent",
  "struck", "fought", "led", "became", "chose", "flew", "spoke", "wrote", "broke", "stood", "shot", "killed", "died",
];
/** Past cues: the past verbs, reporting verbs and time words of a past clause (regular "-ed" forms are matched by pattern). */
export const PAST_CUES = [
  ...PAST_VERBS, "said", "says", "had", "ago", "last", "earlier", "thought", "since",
  // regular "-ed" forms are matched by the tagger's own pattern (a weaker cue: it may be an adjective)
];
