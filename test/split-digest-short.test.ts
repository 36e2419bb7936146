/**
 * A digest of short stories (two or three paragraphs, under MIN_SIDE_WORDS words each), every story under its own
 * headline and a date row or a byline, joined by empty lines or an asterisk row: one article per story, cut by the
 * story segmenter, whether the stories carry a byline or not. Guards: a story's own section break, sub-heading or
 * related-story teaser never opens an article, and a text the segmenter keeps whole is one article even where the
 * cleaner finds a headline over a date row inside it. Every text is invented.
 */
import { describe, expect, it } from "vitest";
import { AUTHORS, BODIES, DAYS, HEADS, expectKept, run } from "./helpers/split-text.ts";

/** Story `i`: headline, then a date row or a byline (or both), then its first `n` paragraphs. */
const story = (i: number, header: "date" | "byline" | "both", n: number) =>
  `${HEADS[i]}\n${header === "date" ? DAYS[i][0] : header === "byline" ? `By ${AUTHORS[i]}` : `By ${AUTHORS[i]}\n${DAYS[i][0]}`}\n\n${BODIES[i].slice(0, n).join("\n\n")}`;

describe("a digest of short stories under headline and date row or byline", () => {
  for (const header of ["date", "byline"] as const) {
    for (const [what, join] of [
      ["one empty line", "\n\n"],
      ["two empty lines", "\n\n\n"],
      ["an asterisk row", "\n\n* * *\n\n"],
    ]) {
      for (const n of [2, 3]) {
        it(`three stories of ${n} paragraphs under a ${header === "date" ? "date row" : "byline"}, joined by ${what}: one article each`, () => {
          const r = run("digest.txt", [0, 1, 2].map((i) => story(i, header, n)).join(join) + "\n");
          expect(r.articles.map((a) => a.title)).toEqual(HEADS);
          expectKept(r, BODIES.flatMap((b) => b.slice(0, n)));
          if (header === "byline") expect(r.articles.map((a) => a.author)).toEqual(AUTHORS);
          else expect(r.articles.map((a) => a.published?.slice(0, 10))).toEqual(DAYS.map((d) => d[1]));
        });
      }
    }
  }

  it("two such stories are two articles, each with its own range of the source", () => {
    const text = [0, 1].map((i) => story(i, "byline", 2)).join("\n\n") + "\n";
    const r = run("two.txt", text);
    expect(r.articles.map((a) => a.title)).toEqual(HEADS.slice(0, 2));
    const cps = [...text];
    expect(cps.slice(r.articles[1].source_start, r.articles[1].source_end).join("").startsWith(HEADS[1])).toBe(true);
    expect(r.articles[0].source_end).toBeLessThanOrEqual(r.articles[1].source_start);
  });
});

describe("one story stays one article", () => {
  it("a story's asterisk section break and a sub-heading inside it open nothing", () => {
    const text = `${story(0, "date", 2)}\n\n* * *\n\nWhat the board decided\n\n${BODIES[0].slice(2).join("\n\n")}\n`;
    const r = run("story.txt", text);
    expect(r.articles).toHaveLength(1);
    expectKept(r, BODIES[0]);
  });

  it("one writer's two short dated notes under one byline stay one article", () => {
    const text = [0, 1].map((i) => `${HEADS[i]}\nBy ${AUTHORS[0]}\n${DAYS[0][0]}\n\n${BODIES[i].slice(0, 2).join("\n\n")}`).join("\n\n") + "\n";
    expect(run("notes.txt", text).articles).toHaveLength(1);
  });
});
