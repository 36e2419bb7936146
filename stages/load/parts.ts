/**
 * A text too long to be one document is read as several: a text (a plain text file, a JSON record's text) of more
 * than LIMITS.textLines non-blank lines or LIMITS.documentTextChars characters becomes parts of at most
 * LIMITS.textPartLines non-blank lines and a tenth under LIMITS.documentTextChars characters, each a document of its
 * own, processed one after the other. Family: logs, subtitle files, word lists, verse, a diary of terse lines, a dump of millions of
 * one-word lines. The cleaner keeps a classified record of each line (about 1 KB), so one document of millions of lines
 * ran its worker out of memory (tenth round), and the later bound (stages/clean/bounds.ts `limits/text-lines`) kept
 * the first lines and dropped the rest: the user's text was lost. A part keeps its place: `part` on the SourceDoc
 * (its number, the line range in `where`, its start in the whole text for the records' source offsets).
 *
 * The character bound (review of round 12): a text of 310,000 lines of 61 characters made parts of 6 MB, and the
 * cleaner's bound on a document's text (2,000,000 characters) dropped two thirds of it. A part ends at a paragraph
 * break (a blank line) among the last tenth of its lines or characters when there is one, so that no paragraph is
 * cut in two; else at a line end. Texts within both bounds are returned as they are: nothing changes below them.
 * An article that runs across a part's end becomes two records (the second with the part's number in its id and no
 * title); the source offsets place both in the whole text.
 */
import type { PageMeta, SourceDoc } from "../types.ts";
import { LIMITS } from "../limits.ts";
import { lineEndAt } from "../common/lines.ts";

/** The rule id of the notice that says a text was read in parts. */
export const TEXT_PARTS_RULE = "load/text-parts";

/** Where a part starts in the whole text: UTF-16 offset, code points before it, 1-based line number. */
interface PartStart {
  at: number;
  codePoints: number;
  line: number;
}

/**
 * Characters of a part at most: a tenth under LIMITS.documentTextChars, the cleaner's bound on the text a document
 * keeps (stages/clean/bounds.ts), so that a part of long lines is never cut by it (its kept text is at most its own).
 */
export const partCharsOf = (maxChars: number = LIMITS.documentTextChars): number => Math.floor(maxChars * 0.9);

/**
 * The parts of `text`, by where each starts (the first at 0), when it has more than `max` non-blank lines or more
 * than `maxChars` characters (UTF-16 units); else one part. A part holds at most `partLines` non-blank lines and at
 * most `partChars` characters, unless one line alone is longer (that line is then a part of its own, which the
 * cleaner cuts, with a warning). A line ends as everywhere else (stages/common/lines.ts: LF, CRLF or a lone CR) and
 * is blank when it holds only spaces and tabs: the count of the cleaner's bound (stages/clean/bounds.ts
 * pastNonBlankLines), so that no part is cut by it. A part ends at a paragraph break among the last tenth of its
 * lines or characters when there is one. One linear scan.
 */
export function textPartStarts(
  text: string,
  max: number = LIMITS.textLines,
  partLines: number = Math.min(max, LIMITS.textPartLines),
  maxChars: number = LIMITS.documentTextChars,
  partChars: number = partCharsOf(maxChars),
): PartStart[] {
  // A part of one line would leave no room for the paragraph-break window (and a part of none never ends).
  if (!(partLines >= 2 && partChars >= 2)) throw new RangeError(`a text part must hold at least 2 lines and 2 characters (got ${partLines} lines, ${partChars} characters)`);
  const whole: PartStart[] = [{ at: 0, codePoints: 0, line: 1 }];
  // Each non-blank line costs at least two characters (itself and its end): a shorter text cannot pass the line bound.
  if (text.length <= max * 2 && text.length <= maxChars) return whole;
  const starts = [...whole];
  const window = Math.max(1, Math.floor(partLines / 10));
  const charWindow = Math.max(1, Math.floor(partChars / 10));
  let total = 0;
  let nonBlank = 0;
  let line = 1;
  let blank = true;
  let codePoints = 0;
  // Where the part being built starts (UTF-16), and where its current line starts, with the part's non-blank lines before it.
  let partAt = 0;
  let lineStart: PartStart = whole[0]!;
  let nonBlankBefore = 0;
  // The last paragraph break of the part in its last tenth: where the next part would start, and what it carries over.
  let breakAt: PartStart | null = null;
  let nonBlankAtBreak = 0;
  const cut = (start: PartStart, carried: number) => {
    starts.push(start);
    partAt = start.at;
    nonBlank = carried;
    breakAt = null;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A low surrogate after a high one continues its code point.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) codePoints++;
    const end = lineEndAt(text, i);
    if (end === 0) {
      if (blank && c !== 32 && c !== 9) blank = false;
      continue;
    }
    // A CRLF is one line end: both its characters are passed (and counted) here.
    if (end === 2) {
      i++;
      codePoints++;
    }
    line++;
    const next: PartStart = { at: i + 1, codePoints, line };
    if (!blank) {
      total++;
      nonBlank++;
    } else if (nonBlank > 0 && (nonBlank >= partLines - window || next.at - partAt >= partChars - charWindow)) {
      breakAt = next;
      nonBlankAtBreak = nonBlank;
    }
    if (next.at - partAt > partChars) {
      // Too long with this line: the part ends at its paragraph break, else before this line (when it holds more).
      if (breakAt) cut(breakAt, nonBlank - nonBlankAtBreak);
      else if (nonBlankBefore > 0) cut(lineStart, nonBlank - nonBlankBefore);
      // One line longer than a part by itself: a part of its own, when non-blank text follows.
      if (next.at - partAt > partChars && hasNonBlank(text, next.at)) cut(next, 0);
    } else if (!blank && nonBlank >= partLines) {
      // Only lines after this one (not all blank) make a further part; those after a paragraph break always do.
      if (!breakAt && !hasNonBlank(text, i + 1)) {
        blank = true;
        break;
      }
      if (breakAt) cut(breakAt, nonBlank - nonBlankAtBreak);
      else cut(next, 0);
    }
    blank = true;
    lineStart = next;
    nonBlankBefore = nonBlank;
  }
  // A last line without a line end counts too (pastNonBlankLines cuts before it when the bound is passed).
  if (!blank) total++;
  return total > max || (text.length > maxChars && starts.length > 1) ? starts : whole;
}

/** Whether `text` holds a character other than a blank or a line end from `from` on (stops at the first one). */
function hasNonBlank(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return true;
  }
  return false;
}

/** What a record says of a later part of its text: all but its title (a headline of the text's beginning). */
function givenForLaterPart(given: PageMeta): PageMeta {
  const { title: _title, ...rest } = given;
  return rest;
}

/**
 * `doc` as its parts (textPartStarts), each a SourceDoc with the same source, record and index, its part number,
 * its line range in `where` (after the record's own place, if any) and its start in the whole text; `doc` itself
 * when its text is within the bound, or it is a page (HTML is bounded by its elements, not its lines).
 */
export function splitLongText(doc: SourceDoc): SourceDoc[] {
  if (doc.kind !== "text") return [doc];
  const starts = textPartStarts(doc.content);
  if (starts.length === 1) return [doc];
  return starts.map((s, n) => {
    const end = n + 1 < starts.length ? starts[n + 1]! : null;
    // The last line of a part is the one before the next part's first (its line end included in the part).
    const lines = `lines ${s.line.toLocaleString("en-US")}–${end ? (end.line - 1).toLocaleString("en-US") : "end"}`;
    const part: SourceDoc = {
      ...doc,
      content: doc.content.slice(s.at, end ? end.at : doc.content.length),
      given: n === 0 ? doc.given : givenForLaterPart(doc.given),
      where: doc.where ? `${doc.where}, text ${lines}` : lines,
      part: { n, of: starts.length, startCodePoints: s.codePoints, startLine: s.line - 1 },
    };
    return part;
  });
}

/** The notice of a text read in parts: how many, of how many non-blank lines and characters each at most. */
export function textPartsReason(parts: number): string {
  const n = (v: number) => v.toLocaleString("en-US");
  return `text of more than ${n(LIMITS.textLines)} non-blank lines or ${n(LIMITS.documentTextChars)} characters read as ${parts} documents of at most ${n(Math.min(LIMITS.textLines, LIMITS.textPartLines))} non-blank lines and ${n(partCharsOf())} characters each (its articles' source offsets are in the whole text)`;
}
