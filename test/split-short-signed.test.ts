/**
 * Two or three signed, dated stories of two short paragraphs each (under 50 words a story, as wire briefs and
 * newsletter items are): cut by the segmenter (cue two-signed), and the cut stands through cleaning, whatever joins
 * them. A related story's one-paragraph teaser under its own byline and date stays the story's. Every text is invented.
 */
import { describe, expect, it } from "vitest";
import { AUTHORS, DAYS, HEADS, run } from "./helpers/split-text.ts";

/** Two short paragraphs (about 22 words each) about `word`. */
const short = (word: string): string[] => [
  `The ${word} board met on Monday to settle next year's budget after months of talks that left its members divided.`,
  `Members who backed the ${word} budget said repairs could not wait, while others asked for a survey of the buildings first.`,
];
const WORDS = ["ferry", "market", "museum"];
const brief = (i: number, paras = 2) => `${HEADS[i]}\nBy ${AUTHORS[i]}\n${DAYS[i][0]}\n\n${short(WORDS[i]).slice(0, paras).join("\n\n")}`;

describe("short signed, dated stories stay apart after cleaning", () => {
  for (const [what, join] of [
    ["empty lines", "\n\n"],
    ["a rule", "\n\n-----\n\n"],
    ["an asterisk row", "\n\n* * *\n\n"],
  ]) {
    for (const n of [2, 3]) {
      it(`${n} stories of two short paragraphs joined by ${what}: one article each, with its own byline and date`, () => {
        const r = run("briefs.txt", [0, 1, 2].slice(0, n).map((i) => brief(i)).join(join) + "\n");
        expect(r.articles.map((a) => a.author)).toEqual(AUTHORS.slice(0, n));
        expect(r.articles.map((a) => a.published?.slice(0, 10))).toEqual(DAYS.slice(0, n).map((d) => d[1]));
        for (const [k, a] of r.articles.entries()) expect(a.text).toContain(short(WORDS[k])[1]);
      });
    }
  }

  it("a related story's one-paragraph teaser under its own byline and date stays with the story", () => {
    const r = run("story.txt", `${brief(0)}\n\n${brief(1, 1)}\n`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].author).toBe(AUTHORS[0]);
  });

  it("one writer's two short dated notes stay one article", () => {
    const text = [0, 1].map((i) => `${HEADS[i]}\nBy ${AUTHORS[0]}\n${DAYS[i][0]}\n\n${short(WORDS[i]).join("\n\n")}`).join("\n\n") + "\n";
    const r = run("diary.txt", text);
    expect(r.articles).toHaveLength(1);
  });
});
