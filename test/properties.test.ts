/**
 * Property tests: every stage survives arbitrary strings and bytes, and its
 * invariants hold (offsets inside the text, surfaces equal slices, paragraphs
 * re-join, every input accounted for).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { processFile } from "../pipeline/document.ts";
import { extractHtml } from "../stages/clean/html.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { tagDates } from "../stages/dates/tag.ts";
import { tagEntities } from "../stages/entities/tagger.ts";
import { splitSentences } from "../stages/split/sentences.ts";
import { checkArticleInvariants } from "./helpers/invariants.ts";

const RUNS = { numRuns: 150 };

/** Strings shaped like news text: words, capitals, punctuation, dates, newlines, astral characters. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom("The", "talks", "in", "Geneva", "ended", "on", "Monday.", "Mr.", "U.S.", "Jan.", "23", "2017", "said", "Ana Ruiz", "UN", "Security", "Council", "\n", "\n\n", "—", "“quoted”", "😀", "al-Assad", "(IS)", "next", "month", "last", "year", "4:30", "p.m.", "©", "Subscribe", "icon", "_12_34_56", "[link](#)"),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 80 },
  )
  .map((ws) => ws.join(" "));

const anyText = fc.oneof(newsish, fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 200 }));

function expectSpansInside(text: string, spans: { start: number; end: number; text: string }[]): void {
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

describe("stage properties", () => {
  it("cleanTextDump never throws; kept blocks are non-empty", () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const r = cleanTextDump(t);
        for (const b of r.blocks) expect(b.text.trim()).not.toBe("");
      }),
      RUNS,
    );
  });

  it("extractHtml never throws on arbitrary markup", () => {
    // Text between the tags is escaped as a page would have it: a bare "<" in random text followed by
    // letters would open a tag whose name runs on ("<A<script>" is an element "a<script"), so its
    // "x()" is the page's text and no script.
    const text = newsish.map((t) => t.replaceAll("&", "&amp;").replaceAll("<", "&lt;"));
    const markup = fc.array(fc.oneof(fc.constantFrom("<p>", "</p>", "<div class='share'>", "</div>", "<script>x()</script>", "<h1>", "</h1>", "<a href='#'>", "</a>", "<!--", "-->", "&amp;", "<br>", "<article>"), text), { maxLength: 40 }).map((p) => p.join(""));
    fc.assert(
      fc.property(fc.oneof(markup, fc.string({ maxLength: 200 })), (h) => {
        const r = extractHtml(h, {});
        for (const b of r.blocks) expect(b.text).not.toMatch(/x\(\)/);
      }),
      RUNS,
    );
  });

  it("sentences cover the text in order, inside its bounds", () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const spans = splitSentences(t);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeLessThanOrEqual(t.length);
          last = s.end;
        }
        expect(spans.map((s) => t.slice(s.start, s.end)).join("").replace(/\s+/g, "")).toBe(t.replace(/\s+/g, ""));
      }),
      RUNS,
    );
  });

  it("entity mentions are sorted, non-overlapping slices of the text", () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const ms = tagEntities(t);
        expectSpansInside(t, ms);
        for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
      }),
      RUNS,
    );
  });

  it("date expressions are slices of the text, with or without a publication date", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(null, "2017-01-24", "2017-01-24T14:02:00+00:00", "1999"), (t, dct) => {
        const ds = tagDates(t, dct);
        expectSpansInside(t, ds);
        for (const d of ds) expect(d.value).not.toBe("");
        // without a DCT, nothing is filled in from today's date
        if (dct === null) for (const d of ds) expect(d.value).not.toMatch(/^20(2[5-9]|3\d)/);
      }),
      RUNS,
    );
  });

  it("processFile accounts for every input and its articles satisfy the output invariants", () => {
    const bytes = fc.oneof(
      newsish.map((s) => new TextEncoder().encode(s)),
      fc.uint8Array({ maxLength: 300 }),
      newsish.map((s) => new TextEncoder().encode(JSON.stringify({ id: "r", title: "T", text: s }))),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const r = processFile("in.txt", b, { skip: new Set() });
        expect(r.articles.length > 0 || r.rejects.length > 0).toBe(true);
        for (const a of r.articles) checkArticleInvariants(a);
      }),
      { numRuns: 100 },
    );
  });
});
