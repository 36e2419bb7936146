/**
 * The story cutter and a site's drop_lines read CRLF and lone CR line ends as LF does: a record's text keeps the line
 * ends it was written with (a Windows or classic Mac OS export), and it must be cut, and its lines dropped, at the same
 * places as its LF copy. Every text here is invented.
 */
import { describe, expect, it } from "vitest";
import { findStories } from "../stages/clean/stories.ts";
import { dropTextLines } from "../stages/clean/site-rules.ts";
import { compileSiteRules } from "../stages/clean/site-rule-compile.ts";
import { AUTHORS, HEADS, run, signedStory } from "./helpers/split-text.ts";

const ENDS: [string, string][] = [
  ["CRLF", "\r\n"],
  ["lone CR", "\r"],
];
const withEnds = (text: string, eol: string) => text.replace(/\n/g, eol);
/** A story's text with its line ends written as LF (to compare stories of two copies). */
const asLf = (s: string) => s.replace(/\r\n?/g, "\n");

const story = (i: number) => `${signedStory(i)}\n`;

describe("story cutter: CRLF and lone CR cut where LF cuts", () => {
  const files: [string, string][] = [
    ["three stories joined by a rule", [0, 1, 2].map(story).join("\n----------\n\n")],
    ["three stories joined by form feeds", [0, 1, 2].map(story).join("\f")],
    ["three stories each under a URL line", [0, 1, 2].map((i) => `URL: https://example.org/story-${i}\n${story(i)}`).join("\n")],
  ];
  for (const [what, lf] of files) {
    const base = findStories(lf).map((s) => lf.slice(s.start, s.end));
    it(`${what}: three stories with LF`, () => expect(base).toHaveLength(3));
    for (const [name, eol] of ENDS) {
      it(`${what}, ${name}: the same stories as the LF copy`, () => {
        const text = withEnds(lf, eol);
        expect(findStories(text).map((s) => asLf(text.slice(s.start, s.end)))).toEqual(base);
      });
    }
  }

  for (const [name, eol] of ENDS) {
    it(`a record whose text is a digest of three stories, ${name}: one article per story, as with LF`, () => {
      const text = withEnds([0, 1, 2].map(story).join("\n"), eol);
      const r = run("digest.jsonl", JSON.stringify({ url: "https://example.org/letter", text }) + "\n");
      expect(r.articles.map((a) => a.title)).toEqual(HEADS);
      expect(r.articles.map((a) => a.author)).toEqual(AUTHORS);
    });
  }
});

describe("site drop_lines: CRLF and lone CR drop the lines LF drops", () => {
  const rules = compileSiteRules([{ site: "example.org", drop_lines: ["^Advertisement$", "^Read more:"] }]);
  const lf = "First paragraph of the piece.\nAdvertisement\nSecond paragraph of the piece.\nRead more: an older piece\nLast line";

  it("LF: the two lines are dropped", () => {
    const r = dropTextLines(lf, rules);
    expect(r.removed.map((x) => x.text)).toEqual(["Advertisement", "Read more: an older piece"]);
    expect(r.text).toBe("First paragraph of the piece.\nSecond paragraph of the piece.\nLast line");
  });

  for (const [name, eol] of ENDS) {
    it(`${name}: the same lines dropped, the kept lines keep their own line ends`, () => {
      const r = dropTextLines(withEnds(lf, eol), rules);
      expect(r.removed.map((x) => x.text)).toEqual(["Advertisement", "Read more: an older piece"]);
      expect(r.text).toBe(withEnds("First paragraph of the piece.\nSecond paragraph of the piece.\nLast line", eol));
    });
  }

  it("a file of mixed line ends: each line read at its own end", () => {
    const r = dropTextLines("One line\r\nAdvertisement\rAnother line\nAdvertisement\n", rules);
    expect(r.removed).toHaveLength(2);
    expect(r.text).toBe("One line\r\nAnother line\n");
  });

  for (const [name, eol] of [["LF", "\n"], ...ENDS]) {
    it(`${name}: the text's last line dropped, the line before it is the last and keeps no line end`, () => {
      const r = dropTextLines(withEnds("Kept line\nAdvertisement", eol), rules);
      expect(r.removed.map((x) => x.text)).toEqual(["Advertisement"]);
      expect(r.text).toBe("Kept line");
    });
  }

  it("an empty last line after a dropped one: the text still ends with a line end", () => {
    expect(dropTextLines("Kept line\nAdvertisement\n", rules).text).toBe("Kept line\n");
  });
});
