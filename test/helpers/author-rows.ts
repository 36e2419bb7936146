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

/** Checks `read(input)` against the expected author of every row (all rows run; each failure is reported). */
export function expectAuthors(read: (input: string) => string | null | undefined, rows: readonly AuthorRow[]): void {
  for (const [input, author] of rows) expect.soft(read(input), `author read from ${JSON.stringify(input)}`).toBe(author);
}

/** A reader of one author field (cleanAuthor on `[text]`) on a site named `site`, with cleanAuthor's options. */
export const authorField =
  (site: string | null = null, opts: Parameters<typeof cleanAuthor>[2] = {}) =>
  (text: string): string | null =>
    cleanAuthor([text], site, opts);
