/**
 * Sentence boundaries inside one paragraph. A boundary is a terminal mark
 * (. ! ? …) with optional closing quotes/brackets, then whitespace, then
 * something that can open a sentence. A period after an abbreviation or an
 * initial is not a boundary: "George W. Bush", "Jan. 23", "Mr. Lavrov".
 */
import { NON_TERMINAL_ABBREVIATIONS, SENTENCE_STARTERS } from "./abbreviations.ts";

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Terminal punctuation, closing quotes/brackets, then the whitespace gap. */
const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+)/gu;
/** What may open the next sentence: a capital letter, a digit, or an opening quote/bracket. */
const OPENER = /^["'“‘«(\[]?[\p{Lu}\p{Lt}\p{N}]/u;
/** A single capital letter initial ("W.") or a dotted acronym ("U.S.", "U.N."). */
const INITIAL = /^\p{Lu}$/u;
const DOTTED_ACRONYM = /^(\p{L}\.)+\p{L}$/u;

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return text.slice(i, end).replace(/^["'“‘«(\[]+/u, "");
}

function wordAfter(text: string, start: number): string {
  const m = /^["'“‘«(\[]?([\p{L}\p{N}]+)/u.exec(text.slice(start, start + 40));
  return m ? m[1] : "";
}

/** Split `text[from:to]` into sentence spans (offsets into `text`), trimmed, covering every non-space character. */
export function splitSentences(text: string, from = 0, to = text.length): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const segment = text.slice(from, to);
  let sentenceStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(segment); m; m = BOUNDARY.exec(segment)) {
    const markEnd = m.index + m[1].length + m[2].length;
    const next = markEnd + m[3].length;
    if (next >= segment.length) break;
    if (!OPENER.test(segment.slice(next, next + 3))) continue;
    if (m[1] === "." && !isSentenceEndingPeriod(segment, m.index, next)) continue;
    pushTrimmed(spans, segment, sentenceStart, markEnd, from);
    sentenceStart = next;
  }
  pushTrimmed(spans, segment, sentenceStart, segment.length, from);
  return spans;
}

function isSentenceEndingPeriod(segment: string, periodAt: number, nextStart: number): boolean {
  const before = wordBefore(segment, periodAt);
  if (before === "") return true;
  if (NON_TERMINAL_ABBREVIATIONS.has(before)) return false;
  // "George W. Bush": a lone capital before the period is an initial.
  if (INITIAL.test(before)) return false;
  // "U.S. Ambassador": a dotted acronym ends a sentence only before a typical sentence opener.
  if (DOTTED_ACRONYM.test(before)) return SENTENCE_STARTERS.has(wordAfter(segment, nextStart));
  return true;
}

function pushTrimmed(spans: SentenceSpan[], segment: string, start: number, end: number, offset: number): void {
  while (start < end && /\s/.test(segment[start])) start++;
  while (end > start && /\s/.test(segment[end - 1])) end--;
  if (end > start) spans.push({ start: start + offset, end: end + offset });
}
