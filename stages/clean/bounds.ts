/**
 * The cleaner's output bound: a document keeps at most LIMITS.documentTextChars
 * characters of text. The block that crosses the bound is cut at its last
 * sentence end (else space) before it, and what follows is dropped with one
 * audit row (rule `limits/document-length`) that says how much was dropped and
 * shows its beginning. Everything after the cleaner (split, taggers, the record,
 * the final pass) is then bounded by the bound, whatever the input's shape:
 * a 19 MB one-line text made an 87 MB record and a 1.2 GB run.
 */
import type { Block, CleanResult, RemovedBlock } from "../types.ts";
import { LIMITS } from "../limits.ts";
import { lineEndAt } from "../common/lines.ts";

export const DOCUMENT_LENGTH_RULE = "limits/document-length";

/** `text` shortened for an audit row: its beginning and its full length. */
export function auditPreview(text: string): string {
  if (text.length <= LIMITS.auditPreviewChars) return text;
  return `${text.slice(0, LIMITS.auditPreviewChars)} … [${text.length} characters in all]`;
}

export const LONG_RUNS_RULE = "limits/long-runs";

/**
 * Characters of `text` in runs of ASCII without whitespace longer than LIMITS.runChars (counted, no
 * copies made). ASCII only: Chinese, Japanese or Thai prose is written without spaces and is text.
 */
function longRunChars(text: string): number {
  let inLong = 0;
  let run = 0;
  let ascii = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0) {
      if (run > LIMITS.runChars && ascii) inLong += run;
      run = 0;
      ascii = true;
    } else {
      run++;
      if (c > 127) ascii = false;
    }
  }
  return inLong;
}

/**
 * Kept blocks made mostly (half their characters or more) of ASCII runs without whitespace longer than
 * LIMITS.runChars are no prose: an entity flood (`&amp;&amp;…`), an encoded blob, minified code.
 * Each is dropped with an audit row (rule `limits/long-runs`); a long URL inside prose stays.
 */
export function dropLongRuns(result: CleanResult): CleanResult {
  let removed: RemovedBlock[] | null = null;
  const blocks = result.blocks.filter((b) => {
    if (b.text.length <= LIMITS.runChars || longRunChars(b.text) * 2 < b.text.length) return true;
    (removed ??= []).push({
      text: auditPreview(b.text),
      rule: LONG_RUNS_RULE,
      reason: `block mostly made of runs of over ${LIMITS.runChars} ASCII characters without a space: not prose`,
    });
    return false;
  });
  return removed ? { ...result, blocks, removed: [...result.removed, ...removed] } : result;
}

export const TITLE_LENGTH_RULE = "limits/title-length";

/**
 * A headline block (role "title") longer than any real title (LIMITS.recordFieldChars) is dropped
 * with an audit row: the split would take it as the article's title, and the document-length bound
 * would count it against the body. Family: a page whose `<title>` holds megabytes, which left the
 * body cut to its first character.
 */
function dropOversizedTitles(result: CleanResult): CleanResult {
  if (!result.blocks.some((b) => b.role === "title" && b.text.length > LIMITS.recordFieldChars)) return result;
  const removed: RemovedBlock[] = [];
  const blocks = result.blocks.filter((b) => {
    if (b.role !== "title" || b.text.length <= LIMITS.recordFieldChars) return true;
    removed.push({ text: auditPreview(b.text), rule: TITLE_LENGTH_RULE, reason: `headline longer than ${LIMITS.recordFieldChars} characters (${b.text.length})` });
    return false;
  });
  return { ...result, blocks, removed: [...result.removed, ...removed] };
}

export function boundDocumentText(unbounded: CleanResult, max: number = LIMITS.documentTextChars): CleanResult {
  const result = dropOversizedTitles(unbounded);
  let total = 0;
  let cutAt = -1;
  for (let i = 0; i < result.blocks.length; i++) {
    total += result.blocks[i]!.text.length;
    if (total > max) {
      cutAt = i;
      break;
    }
  }
  if (cutAt < 0) return result;
  const block = result.blocks[cutAt]!;
  const room = max - (total - block.text.length);
  const keepChars = cutPoint(block.text, room);
  const kept: Block[] = result.blocks.slice(0, cutAt);
  if (keepChars > 0) kept.push({ ...block, text: block.text.slice(0, keepChars).trimEnd() });
  let droppedChars = block.text.length - keepChars;
  let first = block.text.slice(keepChars).trimStart();
  for (let i = cutAt + 1; i < result.blocks.length; i++) droppedChars += result.blocks[i]!.text.length;
  if (first.length < LIMITS.auditPreviewChars && cutAt + 1 < result.blocks.length) first += `\n${result.blocks[cutAt + 1]!.text}`;
  const removed: RemovedBlock = {
    text: auditPreview(first).replace(/ … \[\d+ characters in all\]$/, "") + ` … [${droppedChars} characters dropped]`,
    rule: DOCUMENT_LENGTH_RULE,
    reason: `document text longer than ${max} characters: the rest (${result.blocks.length - cutAt} block(s), ${droppedChars} characters) is not processed`,
  };
  return { ...result, blocks: kept, removed: [...result.removed, removed] };
}

/** Where to cut `text` to at most `room` characters: after a sentence end, else at a space, else hard (looks back 10,000 characters at most). */
function cutPoint(text: string, room: number): number {
  if (room <= 0) return 0;
  const floor = Math.max(1, room - 10_000);
  for (let i = Math.min(room, text.length) - 1; i >= floor; i--) {
    const c = text[i]!;
    if ((c === "." || c === "!" || c === "?") && /\s/.test(text[i + 1] ?? " ")) return i + 1;
  }
  const space = text.lastIndexOf(" ", room);
  return space >= floor ? space : room;
}

export const ELEMENTS_RULE = "limits/html-elements";
export const INPUT_LENGTH_RULE = "limits/input-length";
export const TEXT_LINES_RULE = "limits/text-lines";

/**
 * Where the `max`-th non-blank line of `text` ends: the offset of the last character of its line end (the LF of a
 * CRLF) and the number of that line (1-based, blank lines counted), or null when the text has no more lines than
 * that (one linear scan). Lines end as everywhere else (stages/common/lines.ts: LF, CRLF or a lone CR): record text
 * of a JSON export keeps its CR line ends (only plain text files are normalised on load).
 */
function pastNonBlankLines(text: string, max: number): { at: number; line: number } | null {
  let nonBlank = 0;
  let line = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const end = lineEndAt(text, i);
    if (end > 0) {
      i += end - 1;
      line++;
      if (!blank && ++nonBlank === max) return i < text.length - 1 ? { at: i, line } : null;
      blank = true;
    } else if (blank) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9) blank = false;
    }
  }
  return null;
}

/** A start tag: "<" and a letter. */
const START_TAG = /<[a-zA-Z]/g;

/**
 * The cleaner's input bound, before any parsing: a page keeps its first
 * LIMITS.htmlElements elements (a DOM node costs hundreds of bytes: a million
 * `<p>` made a 1 GB DOM), a text its first LIMITS.textLines non-blank lines, and any document its first
 * LIMITS.cleanInputChars characters, cut at a line end. Each cut is one audit row with the beginning
 * of what was dropped. One linear scan; ordinary pages are returned as they are.
 */
export function boundSourceContent(content: string, kind: "text" | "html"): { content: string; removed: RemovedBlock[] } {
  const removed: RemovedBlock[] = [];
  let out = content;
  if (out.length > LIMITS.cleanInputChars) {
    const nl = out.lastIndexOf("\n", LIMITS.cleanInputChars);
    const cut = nl > LIMITS.cleanInputChars / 2 ? nl : LIMITS.cleanInputChars;
    removed.push({
      text: auditPreview(out.slice(cut, cut + LIMITS.auditPreviewChars + 1).trimStart()).replace(/ … \[\d+ characters in all\]$/, "") + ` … [${out.length - cut} characters dropped]`,
      rule: INPUT_LENGTH_RULE,
      reason: `document longer than ${LIMITS.cleanInputChars} characters: the rest (${out.length - cut} characters) is not read`,
    });
    out = out.slice(0, cut);
  }
  // Each line of a text is a classified record in the cleaner: a flood of short lines is cut like a flood of characters.
  const lineCut = kind === "text" && out.length > LIMITS.textLines * 2 ? pastNonBlankLines(out, LIMITS.textLines) : null;
  if (lineCut && out.slice(lineCut.at).trim() !== "") {
    const rest = out.slice(lineCut.at + 1);
    removed.push({
      text: auditPreview(rest.trimStart()).replace(/ … \[\d+ characters in all\]$/, "") + ` … [${rest.length} characters dropped]`,
      rule: TEXT_LINES_RULE,
      reason: `text of more than ${LIMITS.textLines.toLocaleString("en-US")} non-blank lines: everything after line ${lineCut.line.toLocaleString("en-US")} (${rest.length} characters) is not read`,
    });
    out = out.slice(0, lineCut.at);
  }
  if (kind === "html" && out.length > LIMITS.htmlElements * 3) {
    START_TAG.lastIndex = 0;
    let n = 0;
    let cut = -1;
    for (let m = START_TAG.exec(out); m; m = START_TAG.exec(out)) {
      if (++n > LIMITS.htmlElements) {
        cut = m.index;
        break;
      }
    }
    if (cut >= 0) {
      let more = 0;
      for (let m = START_TAG.exec(out); m; m = START_TAG.exec(out)) more++;
      const tail = out.slice(cut, cut + LIMITS.auditPreviewChars);
      removed.push({
        text: `${tail} … [${out.length - cut} characters dropped]`,
        rule: ELEMENTS_RULE,
        reason: `page with more than ${LIMITS.htmlElements} elements: the rest (${more + 1} elements, ${out.length - cut} characters) is not parsed`,
      });
      out = out.slice(0, cut);
    }
  }
  return { content: out, removed };
}
