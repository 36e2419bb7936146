/**
 * Date labels that end in a non-ASCII letter ("Publié", "Опубликовано") open a dateline row like their English
 * counterparts. JavaScript's `\b` is ASCII-only even with /u, so a label list ended by `\b` never matched these words
 * before a space; the story splitter's dateline opener (stories-cues.ts) now ends its labels Unicode-aware.
 * All pages here are invented.
 */
import { describe, expect, it } from "vitest";
import { findStories } from "../stages/clean/stories.ts";

/** An invented article: a headline, the given dateline row, and four paragraphs of plain prose about `topic`. */
function article(topic: string, row: string): string {
  const paras = Array.from(
    { length: 4 },
    (_, i) =>
      `The committee on ${topic} met again on Tuesday and said that the plan would be ready before the end of the year, according to the notes seen by reporters (part ${i + 1}). ` +
      `Several members asked for more time, and the chair agreed that the public should have a say in how the money is spent in the coming months.`,
  );
  return `${topic[0].toUpperCase()}${topic.slice(1)} plan moves ahead\n\n${row}\n\n${paras.join("\n\n")}\n`;
}

/** A page's footer, then the next page joined by one blank line (no separator the joining tool wrote). */
const footer = (site: string) => `\nShare this article\n\nAbout us\nContact\nPrivacy Policy\n\n© 2024 ${site}. All rights reserved.\n`;
const twoPages = (row: string) =>
  article("harbour dredging", row) + footer("Harbour Post") + "\n" + article("valley railway", row) + footer("Valley Times");

describe("story splitter: dateline labels ending in a non-ASCII letter", () => {
  it.each(["Publié il y a 3 heures", "Publié à 10:32", "Опубликовано в 10:32", "Posted 3 hours ago"])(
    "cuts at the next page's headline over a '%s' row",
    (row) => {
      const t = twoPages(row);
      const stories = findStories(t);
      expect(stories).toHaveLength(2);
      expect(t.slice(stories[1].start, stories[1].end)).toContain("Valley railway plan moves ahead");
      expect(t.slice(stories[0].start, stories[0].end)).not.toContain("valley railway");
    },
  );

  it("does not take a timed line without a date label for a dateline (control)", () => {
    // The same clock time after a word that is no date label: no header row, so no story start after the footer.
    expect(findStories(twoPages("Rendez-vous à 10:32"))).toHaveLength(1);
    expect(findStories(twoPages("Встреча в 10:32"))).toHaveLength(1);
  });
});
