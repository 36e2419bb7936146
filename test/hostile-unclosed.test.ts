/**
 * Pages cut short or flooded with markup that never closes (fifth safety audit): 40,000 unclosed "<div " or
 * "<article " tags, attribute quotes, comments, scripts, CDATA and JSON-LD blocks that never end, after the article
 * of a page whose download stopped there. What a user checks: the article before the flood is kept whole, and the
 * page is still bounded in depth. Speed is measured by `npm run bench:regex-probe -- --families html --places html`
 * (before the fix, the nesting guard read the rest of such a page for every unclosed tag: quadratic), not here.
 */
import { parseDocument } from "htmlparser2";
import type { AnyNode } from "domhandler";
import { describe, expect, it } from "vitest";
import { limitNesting, MAX_DEPTH } from "../stages/clean/depth.ts";
import { processFile } from "../pipeline/document.ts";
import { stageView } from "../pipeline/steps.ts";
import { configOf } from "../schemas/config.ts";

const ctx = stageView(configOf({}), undefined);
const PROSE = "The council said that the harbour bridge would reopen after the repairs were finished in the spring.";
const PROSE2 = "Ferry crews were told to expect the first crossings on the new timetable within a fortnight.";
const cutShort = (flood: string) =>
  `<!doctype html><html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1><p>${PROSE} ${PROSE}</p><p>${PROSE2} ${PROSE2}</p>${flood}`;

const FLOODS: Record<string, string> = {
  "unclosed <div": "<div ".repeat(40_000),
  "unclosed <article": "<article ".repeat(40_000),
  "attribute quotes": '<div class="a '.repeat(20_000),
  "single quotes": "<p title='a ".repeat(20_000),
  "comments": "<!--".repeat(40_000),
  "scripts": "<script".repeat(40_000),
  "CDATA": "<![CDATA[a ".repeat(20_000),
  "JSON-LD": '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"A '.repeat(3_000),
};

function depthOf(root: AnyNode): number {
  let depth = 0;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    depth = Math.max(depth, d);
    if ("children" in n) for (const c of n.children) stack.push([c, d + 1]);
  }
  return depth;
}

describe("a page cut short in a flood of markup that never closes", () => {
  for (const [name, flood] of Object.entries(FLOODS)) {
    it(`${name}: the article before it is kept`, () => {
      const r = processFile("cut.html", new TextEncoder().encode(cutShort(flood)), ctx);
      expect(r.rejects).toEqual([]);
      expect(r.articles.length).toBe(1);
      expect(r.articles[0].text).toContain(PROSE);
      expect(r.articles[0].text).toContain(PROSE2);
    });
  }

  it("a page nested past the bound and cut short in unclosed tags is still bounded, its text kept", () => {
    const html = "<html><body>" + "<div>".repeat(2_000) + `<p>${PROSE}</p>` + "<div ".repeat(40_000);
    const limited = limitNesting(html);
    expect(depthOf(parseDocument(limited))).toBeLessThanOrEqual(MAX_DEPTH + 3);
    expect(limited).toContain(PROSE);
    // what follows the last ">" is left as it was (the parser reads it as one unfinished tag)
    expect(limited.endsWith("<div ".repeat(40_000))).toBe(true);
  });
});
