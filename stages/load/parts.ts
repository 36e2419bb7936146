/**
 * A text too long to be one document is read as several: a text (a plain text file, a JSON record's text) of more
 * than LIMITS.textLines non-blank lines becomes parts of at most LIMITS.textPartLines, each a document of its own,
 * processed one after the other. Family: logs, subtitle files, word lists, verse, a diary of terse lines, a dump of millions of
 * one-word lines. The cleaner keeps a classified record of each line (about 1 KB), so one document of millions of lines
 * ran its worker out of memory (tenth round), and the later bound (stages/clean/bounds.ts `limits/text-lines`) kept
 * the first lines and dropped the rest: the user's text was lost. A part keeps its place: `part` on the SourceDoc
 * (its number, the line range in `where`, its start in the whole text for the records' source offsets).
 *
 * A part ends at a paragraph break (a blank line) among the last tenth of its lines when there is one, so that no
 * paragraph is cut in two; else at its last line's end. Texts of at most LIMITS.textLines non-blank lines are
 * returned as they are: nothing changes below the bound.
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
 * The parts of `text`, by where each starts (the first at 0), of at most `partLines` non-blank lines each, when it has
 * more than `max` non-blank lines; else one part. A line ends as everywhere else (stages/common/lines.ts: LF, CRLF or a
 * lone CR) and is blank when it holds only spaces and tabs: the count of the cleaner's bound (stages/clean/bounds.ts
 * pastNonBlankLines), so that no part is cut by it. One linear scan.
 */
export function textPartStarts(text: string, max: number = LIMITS.textLines, partLines: number = Math.min(max, LIMITS.textPartLines)): PartStart[] {
  const whole: PartStart[] = [{ at: 0, codePoints: 0, line: 1 }];
  // Each non-blank line costs at least two characters (itself and its end): a shorter text cannot pass the bound.
  if (text.length <= max * 2) return whole;
  const starts = [...whole];
  const window = Math.max(1, Math.floor(partLines / 10));
  let total = 0;
  let nonBlank = 0;
  let line = 1;
  let blank = true;
  let codePoints = 0;
  // The last paragraph break of the part in its last tenth: where the next part would start, and what it carries over.
  let breakAt: PartStart | null = null;
  let nonBlankAtBreak = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A low surrogate after a high one continues its code point.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) codePoints++;
    const end = lineEndAt(text, i);
    if (end > 0) {
      // A CRLF is one line end: both its characters are passed (and counted) here.
      if (end === 2) {
        i++;
        codePoints++;
      }
      line++;
      const next: PartStart = { at: i + 1, codePoints, line };
      if (blank) {
        if (nonBlank >= partLines - window) {
          breakAt = next;
          nonBlankAtBreak = nonBlank;
        }
      } else if ((total++, ++nonBlank === partLines)) {
        // Only lines after this one (not all blank) make a further part; those after a paragraph break always do.
        if (!breakAt && !hasNonBlank(text, i + 1)) {
          blank = true;
          break;
        }
        const start = breakAt ?? next;
        starts.push(start);
        nonBlank = breakAt ? nonBlank - nonBlankAtBreak : 0;
        breakAt = null;
      }
      blank = true;
    } else if (blank && c !== 32 && c !== 9) blank = false;
  }
  // A last line without a line end counts too (pastNonBlankLines cuts before it when the bound is passed).
  if (!blank) total++;
  return total > max ? starts : whole;
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
      part: { n, of: starts.length, startCodePoints: s.codePoints },
    };
    return part;
  });
}

/** The notice of a text read in parts: how many, of how many non-blank lines each at most. */
export function textPartsReason(parts: number): string {
  const n = (v: number) => v.toLocaleString("en-US");
  return `text of more than ${n(LIMITS.textLines)} non-blank lines read as ${parts} documents of at most ${n(Math.min(LIMITS.textLines, LIMITS.textPartLines))} non-blank lines each (its articles' source offsets are in the whole text)`;
}
