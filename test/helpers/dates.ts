/**
 * Lookups shared by the dates tests: the first timex whose text contains a surface, its value, and every
 * timex of a text as "text=value"; and table-driven value checks (expectValues).
 */
import { expect } from "vitest";
import { tagDates } from "../../stages/dates/tag.ts";

export function timexFinders(defaultDct: string) {
  function find(text: string, surface: string, dct: string | null = defaultDct) {
    const all = tagDates(text, dct);
    const hit = all.find((t) => t.text.includes(surface));
    if (!hit) throw new Error(`no timex for "${surface}" in: ${JSON.stringify(all.map((t) => t.text))}`);
    return hit;
  }
  const value = (text: string, surface: string, dct: string | null = defaultDct) => find(text, surface, dct).value;
  const tags = (text: string, dct: string | null = defaultDct) => tagDates(text, dct).map((t) => `${t.text}=${t.value}`);
  return { find, value, tags };
}

/** One case: a sentence, the surface of a date expression in it, and the TIMEX3 value a user expects for it. */
export type ValueRow = readonly [text: string, surface: string, value: string | null];

/**
 * Checks `value(text, surface)` against the expected value of every row. All rows run, each failure reported with its
 * sentence and surface (a row whose lookup throws too, as `find` does for a surface with no timex); an empty table
 * fails: it would check nothing. Test files keep their own invented sentences and their own finder (its DCT).
 */
export function expectValues(value: (text: string, surface: string) => string | null | undefined, rows: readonly ValueRow[]): void {
  expect(rows.length, "a table of date rows with no row checks nothing").toBeGreaterThan(0);
  for (const [text, surface, want] of rows) {
    const where = `${JSON.stringify(surface)} in ${JSON.stringify(text)}`;
    try {
      expect.soft(value(text, surface), `value of ${where}`).toBe(want);
    } catch (error) {
      expect.soft(error, `the date lookup threw on ${where}`).toBeUndefined();
    }
  }
}
