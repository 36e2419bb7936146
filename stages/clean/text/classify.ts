/**
 * Line classification without markup, after jusText: a line is GOOD prose when
 * it is long and dense in function words, NEAR when it is medium, SHORT when it
 * is a fragment (menu item, heading, counter), and BAD when a residue pattern or
 * the boilerplate lexicon names it. Each class carries a score; the body is the
 * maximum-scoring run of lines (see text.ts), so a menu of 200 short items or a
 * sign-up box costs more than it gives.
 */
import { matchBoilerplate } from "./lexicon.ts";
import { matchResidue } from "./patterns.ts";
import { STOPWORDS } from "./stopwords.ts";
import type { LineUnit } from "./blocks.ts";

export type LineClass = "good" | "near" | "short" | "bad";

export interface ClassifiedLine extends LineUnit {
  words: number;
  stopDensity: number;
  /** Ends like a sentence: . ! ? (optionally followed by a closing quote or bracket). */
  sentenceEnd: boolean;
  cls: LineClass;
  /** Rule id when `cls` is "bad". */
  rule: string | null;
  reason: string | null;
  /** The rule opens a non-article section (sign-up, appeal, comments...). */
  breaker: boolean;
  score: number;
}

/** Thresholds, with why. */
export const THRESHOLDS = {
  /** Characters of a paragraph that can be GOOD (jusText uses 70 for its "length_low"). */
  goodChars: 70,
  /** Function-word density of running prose (jusText: 0.32 high / 0.30 low). */
  goodDensity: 0.28,
  nearDensity: 0.18,
  /** Scripts without spaces (Japanese, Chinese): characters per "word". */
  cjkCharsPerWord: 2,
  /** Score of a lexicon/residue hit, and extra for a section breaker. */
  badBase: 6,
  breakerPenalty: 20,
  /** A comment-thread header: the body practically never continues after it. */
  hardStopPenalty: 200,
  /** Prose that does not end like a sentence (a teaser headline with a counter) needs this many words to count fully. */
  unterminatedWords: 20,
  /** Score of a short fragment, and of a list item fragment (menus are lists). */
  shortPenalty: 2,
  listPenalty: 3,
  /** A fragment of four words or more with function words or figures ("Eat 60–90 minutes before your workout"). */
  contentFragmentPenalty: 1,
  /** A line with this many column gaps is a table row (scored like a short sentence). */
  tableGaps: 3,
  /** Score of a short line that ends like a sentence. */
  shortSentenceScore: 1,
} as const;

const SENTENCE_END = /[.!?。！？…]["'”’»)\]]*$/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

export function tokensOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function classifyLine(u: LineUnit, lang: string): ClassifiedLine {
  const toks = tokensOf(u.text);
  const cjk = (u.text.match(CJK) ?? []).length;
  const words = toks.length + Math.floor(cjk / THRESHOLDS.cjkCharsPerWord);
  const stops = STOPWORDS[lang] ?? STOPWORDS.en;
  let hits = 0;
  for (const t of toks) if (stops.has(t.toLowerCase())) hits++;
  // CJK prose has no spaced function words; treat a long CJK sentence as dense.
  const stopDensity = cjk >= 20 ? 0.35 : toks.length ? hits / toks.length : 0;
  const sentenceEnd = SENTENCE_END.test(u.text);
  const base = { ...u, words, stopDensity, sentenceEnd, rule: null, reason: null, breaker: false };

  const residue = matchResidue(u.linked, toks) ?? (u.linked !== u.text && u.text ? matchResidue(u.text, toks) : null);
  if (u.text === "" && !residue) {
    return { ...base, cls: "bad", rule: "clean/navigation", reason: "empty list item or marker", score: -1 };
  }
  if (residue) {
    const score = residue.inline ? -THRESHOLDS.shortPenalty : -(THRESHOLDS.badBase + words / 2);
    return { ...base, cls: "bad", rule: residue.rule, reason: residue.why, score };
  }
  const lex = matchBoilerplate(u.text, words);
  if (lex) {
    const breaker = lex.breaker === true;
    return {
      ...base,
      cls: "bad",
      rule: lex.rule,
      reason: lex.why,
      breaker,
      score: -(THRESHOLDS.badBase + words / 2 + (breaker ? THRESHOLDS.breakerPenalty : 0) + (lex.hardStop ? THRESHOLDS.hardStopPenalty : 0)),
    };
  }
  const chars = u.text.length + cjk; // a CJK character carries about two Latin characters of content
  let cls: LineClass;
  // Body paragraphs end like sentences; teaser headlines and menu entries do not.
  // A long line is prose even without the final stop (a paragraph ending in a link).
  const terminated = sentenceEnd || words >= THRESHOLDS.unterminatedWords;
  if (chars >= THRESHOLDS.goodChars && terminated && (stopDensity >= THRESHOLDS.goodDensity || (sentenceEnd && words >= 12))) cls = "good";
  else if (chars >= 40 && (stopDensity >= THRESHOLDS.nearDensity || sentenceEnd) && words >= 6) cls = "near";
  else cls = "short";
  // A short line that reads as a sentence ("Colombia had lost on Monday.") is body-like:
  // menus and teaser headlines do not end with a full stop.
  const shortSentence = /[.!]["'”’»)]*$/.test(u.text) && words >= 3 && /\p{Ll}/u.test(u.text) && !u.list;
  const score =
    cls === "good"
      ? words
      : cls === "near"
        ? terminated ? words * 0.5 : 0
        : shortSentence || (u.columnGaps >= THRESHOLDS.tableGaps && !u.list)
          ? THRESHOLDS.shortSentenceScore
          : u.list
            ? words >= 6 && hits >= 2 ? -THRESHOLDS.contentFragmentPenalty : -THRESHOLDS.listPenalty
            : words >= 4 && (hits > 0 || /\d/.test(u.text)) ? -THRESHOLDS.contentFragmentPenalty : -THRESHOLDS.shortPenalty;
  return { ...base, cls, score };
}
