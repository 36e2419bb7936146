/**
 * Where a line ends, read the same way by every stage that counts or splits lines: the loader's JSON Lines
 * reader and its text normalisation, the template pass, the text cleaner's line units and the cleaner's line cap
 * (stages/clean/bounds.ts). A line ends at LF, at CRLF (one line end, not two) or at a lone CR (classic Mac OS),
 * mixed in one text too: record text of a JSON export keeps the line ends it was written with, and a text that
 * counted its lines one way and split them another would cap, learn or clean lines that are not the same.
 */

/** A line end other than LF: CRLF or a lone CR. */
const CR_LINE_END = /\r\n?/g;

/** `text` with every line end written as LF. */
export function normaliseLineEnds(text: string): string {
  return text.indexOf("\r") >= 0 ? text.replace(CR_LINE_END, "\n") : text;
}

/** Any one line end: CRLF, a lone CR or LF. */
const LINE_END = /\r\n|\r|\n/;

/**
 * The lines of `text`, without their line ends ("a\r\nb\rc\n" → ["a", "b", "c", ""]): `normaliseLineEnds(text)`
 * split at LF, without the normalised copy of a large export.
 */
export function splitLines(text: string): string[] {
  return text.indexOf("\r") >= 0 ? text.split(LINE_END) : text.split("\n");
}

/**
 * The length of the line end that starts at `i`: 2 for CRLF, 1 for LF or a lone CR, 0 when `text[i]` ends no
 * line. For scans that walk a text character by character (a CR before an LF is the start of one line end).
 */
export function lineEndAt(text: string, i: number): 0 | 1 | 2 {
  const c = text.charCodeAt(i);
  if (c === 10) return 1;
  if (c !== 13) return 0;
  return text.charCodeAt(i + 1) === 10 ? 2 : 1;
}

/**
 * The lines of `text` one at a time, as splitLines gives them (the same lines, the same last empty one), without an
 * array of them all: a JSON Lines export of a million short records is a million strings.
 */
export function* eachLine(text: string): Generator<string> {
  let start = 0;
  // The next CR and LF at or after `start`, each searched for again only once passed (linear in the text).
  let cr = text.indexOf("\r");
  let lf = text.indexOf("\n");
  for (;;) {
    if (cr >= 0 && cr < start) cr = text.indexOf("\r", start);
    if (lf >= 0 && lf < start) lf = text.indexOf("\n", start);
    const end = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
    if (end < 0) break;
    yield text.slice(start, end);
    start = end + lineEndAt(text, end);
  }
  yield text.slice(start);
}
