import { describe, expect, it } from "vitest";
import { toLineUnits } from "../stages/clean/text/blocks.ts";
import { classifyLine, lineTokens, LineMemo } from "../stages/clean/text/classify.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { findStories } from "../stages/clean/stories.ts";

// Invented lines of several kinds: prose, a linked paragraph, a linked headline, a menu row, a list item, boilerplate.
const DUMP = [
  "Home | News | Sport",
  "",
  "The harbour council voted on Tuesday to close the old ferry pier after engineers found the pilings had rotted through.",
  "",
  "[The council said the pier would reopen next spring once the new pilings have been driven and the deck has been relaid](https://example.org/pier)",
  "",
  "[Ferry pier closes for repairs](https://example.org/a)",
  "",
  "* Tickets and timetables",
  "Sign up for our newsletter",
  "",
  "Residents who rely on the ferry will be offered a bus link, the council said, and fares will not change.",
].join("\n");

describe("LineMemo (the segmenter's line classes reused by the cleaner)", () => {
  it("gives what classifyLine gives, for every line and language", () => {
    const units = toLineUnits(DUMP);
    for (const lang of ["en", "de"]) {
      const memo = new LineMemo();
      for (const u of units) {
        const t = memo.tokens(u.text);
        expect(t).toEqual(lineTokens(u.text));
        expect(memo.peek(u, lang, t)).toEqual(classifyLine(u, lang, t));
        expect(memo.classify(u, lang, t)).toEqual(classifyLine(u, lang, t));
      }
    }
  });

  it("takes where a line stands from the unit asking, not from the line classified first", () => {
    const memo = new LineMemo();
    const [first] = toLineUnits("The pier will stay shut through the winter while the work goes on.");
    const [again] = toLineUnits("Intro line\n\n  The pier will stay shut through the winter while the work goes on.").slice(1);
    memo.classify(first, "en", memo.tokens(first.text));
    const c = memo.classify(again, "en", memo.tokens(again.text));
    expect(c).toEqual(classifyLine(again, "en"));
    expect(c.index).toBe(1);
  });

  it("hands out copies: a caller changing its line does not change the next caller's", () => {
    const memo = new LineMemo();
    const [u] = toLineUnits("Residents who rely on the ferry will be offered a bus link, the council said.");
    const a = memo.classify(u, "en", memo.tokens(u.text));
    Object.assign(a, { cls: "bad", rule: "clean/template", score: -9 });
    expect(memo.classify(u, "en", memo.tokens(u.text))).toEqual(classifyLine(u, "en"));
  });

  it("leaves the cleaner's result unchanged when the segmenter filled the memo first", () => {
    const memo = new LineMemo();
    findStories(DUMP, { memo });
    expect(cleanTextDump(DUMP, { memo })).toEqual(cleanTextDump(DUMP));
  });
});
