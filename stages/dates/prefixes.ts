/**
 * Prefix refiners of the dates stage: words in front of a tagged expression that set its mod and,
 * unless they only blur a number, join its extent ("late last month", "more than two years").
 */
import type { TimexType } from "../../schemas/records.ts";
import { low } from "./patterns.ts";
import { MOD_OF, APPROXIMATORS } from "./context.ts";

/**
 * Prefix refiners: words in front of a tagged expression that belong to it and
 * set its mod ("late last month" → mod END; "more than two years" → MORE_THAN).
 * Each regex is matched against the text just before the expression (anchored
 * at its end).
 */
export const PREFIXES: {
  id: string;
  re: RegExp;
  next?: RegExp;
  types: TimexType[];
  mod: (m: RegExpExecArray) => string | null;
  /** How many characters of the match (from its end) join the extent; all when absent. */
  extent?: (m: RegExpExecArray) => number;
}[] = [
  {
    id: "mod/position",
    re: /(?:\b(?:the\s+)?(?:very\s+)?)\b(early|late|mid|middle)(?:-|\s+)$/i,
    types: ["DATE", "TIME"],
    mod: (m) => MOD_OF[low(m[1])] ?? (low(m[1]) === "middle" ? "MID" : null),
  },
  {
    // family: a comparative before a weekday ("Earlier Friday, the minister ...", "Later Thursday, police
    // said") is a sentence adverb that orders events within the day: TimeML's mod words are early/mid/late,
    // and the dev part leaves "earlier"/"later" out of a weekday's extent 4 times out of 5. The mod is kept
    // (the product's refinement), the extent is the weekday, as for an approximator.
    id: "mod/earlier-later-weekday",
    re: /\b(earlier|later)\s+$/i,
    next: /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
    types: ["DATE", "TIME"],
    mod: (m) => MOD_OF[low(m[1])],
    extent: () => 0,
  },
  {
    // "earlier this year", "later this month", "Later yesterday": the comparative joins a relative unit or day
    // word (TimeBank writes it inside: "earlier this month" 6 times out of 8 on the dev part)
    id: "mod/earlier-later",
    re: /\b(earlier|later)\s+$/i,
    next: /^(?:this|last|next|in\s+the|yesterday|today|tonight)\b/i,
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
    re: /\b(?:(?:just|only)\s+)?(more\s+than|less\s+than|fewer\s+than|nearly|almost|about|around|roughly|approximately|at\s+least|up\s+to|no\s+more\s+than|some|over|under)\s+$/i,
    types: ["DURATION", "DATE", "TIME"],
    // TimeML leaves approximators out of the extent ("about two weeks" → "two weeks", APPROX), and
    // "just"/"only" too ("just over an hour" → "over an hour"); comparatives and "nearly", "around"
    // stay in, as the TimeBank/AQUAINT annotators wrote them ("more than two years", "nearly an hour")
    extent: (m) => (APPROXIMATORS.has(low(m[1])) ? 0 : m[0].length - m[0].lastIndexOf(m[1])),
    mod: (m) => {
      const k = low(m[1]);
      if (k === "more than" || k === "over") return "MORE_THAN";
      if (k === "less than" || k === "fewer than" || k === "under") return "LESS_THAN";
      if (k === "at least") return "EQUAL_OR_MORE";
      if (k === "up to" || k === "no more than") return "EQUAL_OR_LESS";
      return "APPROX";
    },
  },
];

/**
 * A day counted from a named day: "the day before last Tuesday", "the day after Christmas", "the
 * day after Jan. 6" are one expression whose value is the day next to the named one (as
 * "the day after tomorrow" is). Only a DATE with a full calendar day takes it; "the day after his
 * death" names no day and is left alone.
 */
export const DAY_SHIFT_RE = /\b(?:the\s+)?day\s+(before|after)\s+$/i;
