/**
 * Table-driven author checks for the metadata tests: rows of what a page or an author field prints and the
 * author a user expects from it (null: no author), each checked on its own with its input in the failure
 * message, so one wrong row names itself and the rows after it still run. Test files keep their own invented
 * wording and their own readers (cleanAuthor with the options under test, or a whole invented page).
 */
import { expect } from "vitest";
import { cleanAuthor } from "../../stages/clean/html/metadata.ts";

/** One case: the input (an author field's text, or a page body) and the author expected from it. */
export type AuthorRow = readonly [input: string, author: string | null];

/** What the reader gave for one row, or the error it threw. */
export interface RowReading {
  input: string;
  author: string | null;
  got?: string | null;
  error?: unknown;
}

/** Reads every row: a reader that throws on one row gives that row its error, and the rows after it are still read. */
export function readRows(read: (input: string) => string | null | undefined, rows: readonly AuthorRow[]): RowReading[] {
  return rows.map(([input, author]) => {
    try {
      return { input, author, got: read(input) };
    } catch (error) {
      return { input, author, error: error ?? new Error("the reader threw nothing") };
    }
  });
}

/**
 * Checks `read(input)` against the expected author of every row (all rows run; each failure is reported with its
 * input, a row whose reader throws too). An empty table fails: it would check nothing.
 */
export function expectAuthors(read: (input: string) => string | null | undefined, rows: readonly AuthorRow[]): void {
  expect(rows.length, "a table of author rows with no row checks nothing").toBeGreaterThan(0);
  for (const r of readRows(read, rows)) {
    if ("error" in r) expect.soft(r.error, `the author reader threw on ${JSON.stringify(r.input)}`).toBeUndefined();
    else expect.soft(r.got, `author read from ${JSON.stringify(r.input)}`).toBe(r.author);
  }
}

/** A reader of one author field (cleanAuthor on `[text]`) on a site named `site`, with cleanAuthor's options. */
export const authorField =
  (site: string | null = null, opts: Parameters<typeof cleanAuthor>[2] = {}) =>
  (text: string): string | null =>
    cleanAuthor([text], site, opts);
