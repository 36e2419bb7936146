/**
 * The cleaner's single parse (stages/clean/html/dom.ts) must build exactly the
 * DOM cheerio builds with the same htmlparser2 options, and everything read
 * from it on the fast paths (link text counted without building it, squash
 * without regular expressions, plain text in one walk, site rules editing the
 * parsed DOM) must equal what the straightforward code reads.
 */
import * as cheerio from "cheerio";
import type { AnyNode } from "domhandler";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractHtml, headlineKey, plainKeyLength } from "../stages/clean/html.ts";
import { squash, squashedLength, textOf } from "../stages/clean/html/blocks.ts";
import { parseHtml } from "../stages/clean/html/dom.ts";
import { htmlToPlainText } from "../stages/clean/plain.ts";
import { applyHtmlSelectors } from "../stages/clean/site-rules.ts";

const RUNS = { numRuns: 400 };

/** Structure of a DOM: node types, names, attributes in order, data, parent links. */
function shape(node: AnyNode): string {
  const out: string[] = [];
  const walk = (n: AnyNode): void => {
    const x = n as unknown as { type: string; name?: string; data?: string; attribs?: Record<string, string>; children?: AnyNode[] };
    out.push(`${x.type}|${x.name ?? ""}|${x.data ?? ""}|${x.attribs ? JSON.stringify(Object.entries(x.attribs)) : ""}`);
    if (x.children) {
      out.push("(");
      for (const c of x.children) {
        if (c.parent !== n) out.push("PARENT?");
        walk(c);
      }
      out.push(")");
    }
  };
  walk(node);
  return out.join("\n");
}

const cheerioDom = (html: string): AnyNode => cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } }).root()[0] as unknown as AnyNode;

/** Markup fragments that exercise the tokenizer states the fast paths touch. */
const piece = fc.oneof(
  fc.constantFrom(
    "<p>", "</p>", "<div class=\"a&amp;b\" id='x&lt;y'>", "</div>", "<a href=\"/q?a=1&b=2&amp;c=3\">", "</a>", "<span title=&quot;x>", "<br>", "<br/>",
    "<script>if (a < b && c) {}</script>", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H &amp; K\"}</script>",
    "<style>p > a { color: red }</style>", "<title>T &amp; U</title>", "<textarea>a &amp; <b></textarea>", "<xmp>x<y</xmp>",
    "<!-- c -->", "<!--", "-->", "<![CDATA[x]]>", "<!DOCTYPE html>", "<?php x ?>", "<meta property=\"og:title\" content=\"A &amp; B\">",
    "<time datetime=\"2020-01-02\">", "</time>", "<article>", "</article>", "<svg><path d='M0 0'/></svg>", "<td>", "<tr>", "<table>",
    "&amp;", "&nbsp;", "&copy", "&#x41;", "&#65;", "&notin;", "&unknown;", "&", "<", ">", "\"", "'", "=", " ", "\n", "\u00ad", "text", "Ünïcödé",
  ),
  fc.string({ maxLength: 6 }),
);
const markup = fc.array(piece, { maxLength: 50 }).map((p) => p.join(""));

const fixtureRoot = fileURLToPath(new URL("./fixtures/", import.meta.url));
const fixturePages = readdirSync(fixtureRoot)
  .filter((d) => d.startsWith("html-"))
  .map((d) => readFileSync(join(fixtureRoot, d, "input.html"), "utf8"));

describe("parseHtml", () => {
  it("builds cheerio's DOM on the fixture pages", () => {
    expect(fixturePages.length).toBeGreaterThan(0);
    for (const html of fixturePages) expect(shape(parseHtml(html))).toBe(shape(cheerioDom(html)));
  });

  it("builds cheerio's DOM on arbitrary markup (fast tokenizer = stock tokenizer)", () => {
    fc.assert(
      fc.property(fc.oneof(markup, fc.string({ maxLength: 200 })), (html) => {
        const fast = shape(parseHtml(html));
        expect(fast).toBe(shape(parseHtml(html, true)));
        expect(fast).toBe(shape(cheerioDom(html)));
      }),
      RUNS,
    );
  });
});

describe("squash and squashedLength", () => {
  /** The regular-expression definition the one-pass versions follow. */
  const reference = (s: string): string => s.replace(/[\u00ad\u200b\u2060\ufeff]/g, "").replace(/\s+/g, " ").trim();
  const ch = fc.constantFrom("a", "é", " ", "  ", "\n", "\t", "\u00a0", "\u00ad", "\u200b", "\u2060", "\ufeff", "\u2003", "\u3000", "\u180e", "\u200c", "\u2028", "😀");
  const texts = fc.oneof(fc.array(ch, { maxLength: 20 }).map((a) => a.join("")), fc.string({ maxLength: 30 }), fc.string({ unit: "grapheme", maxLength: 20 }));

  it("squash removes invisible characters and collapses whitespace", () => {
    expect(squash("  Verkehrs\u00adwende \n\t ist\u00a0da ")).toBe("Verkehrswende ist da");
    fc.assert(
      fc.property(texts, (s) => {
        expect(squash(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("every code unit between two letters is squashed as the reference squashes it", () => {
    for (let c = 0; c < 0x10000; c++) {
      const t = `a${String.fromCharCode(c)} b`;
      if (squash(t) !== reference(t) || squashedLength(t) !== reference(t).length) throw new Error(`U+${c.toString(16)}`);
    }
  });

  it("squashedLength is the length of the squashed text", () => {
    fc.assert(
      fc.property(texts, (s) => {
        expect(squashedLength(s)).toBe(reference(s).length);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("textOf with a cap", () => {
  it("starts like the whole text and is longer than the cap when it stops early", () => {
    const html = fc.array(fc.constantFrom("<li>", "</li>", "<a href=x>", "</a>", "Menu item ", "  \n  ", "\u00ad", "<script>x()</script>", "Weather"), { maxLength: 80 }).map((p) => `<nav>${p.join("")}</nav>`);
    fc.assert(
      fc.property(html, fc.integer({ min: 1, max: 60 }), (h, cap) => {
        const dom = parseHtml(h);
        const whole = textOf(dom);
        const capped = textOf(dom, cap);
        expect(capped.slice(0, cap)).toBe(whole.slice(0, cap));
        if (capped !== whole) expect(capped.length).toBeGreaterThan(cap);
      }),
      RUNS,
    );
  });
});

describe("plainKeyLength", () => {
  it("is the headline key's length when it says it knows it", () => {
    const ch = fc.constantFrom("a", "Z", "7", " ", "-", "’", "“", "—", "\u2060", "é", "Σ", "İ", "½", "ª", "😀", ".", "\u206f", "\u2070");
    fc.assert(
      fc.property(fc.oneof(fc.array(ch, { maxLength: 20 }).map((a) => a.join("")), fc.string({ maxLength: 30 })), (s) => {
        const n = plainKeyLength(s);
        if (n >= 0) expect(n).toBe(headlineKey(s).length);
      }),
      { numRuns: 3000 },
    );
    expect(plainKeyLength("Harbour “bridge” reopens — 2021")).toBe(headlineKey("Harbour “bridge” reopens — 2021").length);
    expect(plainKeyLength("Ärger")).toBe(-1);
  });
});

describe("htmlToPlainText", () => {
  /** The former cheerio implementation, as the reference. */
  function reference(html: string): string {
    const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
    $("script, style, noscript, template, svg, head").remove();
    $("p, div, li, h1, h2, h3, h4, h5, h6, br, tr, blockquote, pre, section, article, header, footer, dt, dd, figcaption").each((_, el) => {
      $(el).before("\n\n").after("\n\n");
    });
    return $.root()
      .text()
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, " ").trim())
      .filter((p) => p.length > 0)
      .join("\n\n");
  }

  it("breaks paragraphs at block elements and drops scripts", () => {
    expect(htmlToPlainText("<head><title>T</title></head><p>One <b>two</b></p><div>Three<br>four</div><script>x()</script>")).toBe("One two\n\nThree\n\nfour");
  });

  it("equals the cheerio reference", () => {
    for (const html of fixturePages) expect(htmlToPlainText(html)).toBe(reference(html));
    fc.assert(
      fc.property(markup, (html) => {
        expect(htmlToPlainText(html)).toBe(reference(html));
      }),
      RUNS,
    );
  });
});

describe("site rules on the parsed page", () => {
  const html =
    "<html><head><meta property='og:title' content='Harbour bridge reopens'></head><body><article>" +
    "<h1>Harbour bridge reopens</h1><p>The harbour bridge reopened on Monday after two years of repairs, the city said in a statement.</p>" +
    "<div class='promo-box'><p>Buy our annual calendar with twelve pictures of bridges, now at a special price for readers.</p></div>" +
    "<p>Traffic is expected to return to normal levels within a week, according to the transport office of the city.</p>" +
    "<p>Cyclists get a separate lane on the eastern side of the bridge for the first time since it was built.</p>" +
    "</article></body></html>";
  const rule = { site: "example.org", dropLines: [], dropSelectors: [".promo-box"], titleSelector: "h1" };

  it("removes the selected elements from the DOM the extractor reads", () => {
    const dom = parseHtml(html);
    const pre = applyHtmlSelectors(dom, [rule]);
    expect(pre.title).toBe("Harbour bridge reopens");
    expect(pre.removed.map((r) => r.rule)).toEqual(["site/example.org"]);
    const r = extractHtml(dom, {});
    expect(r.blocks.map((b) => b.text).join(" ")).not.toMatch(/calendar/);
    expect(r.blocks.some((b) => /Cyclists/.test(b.text))).toBe(true);
    // the same as parsing the page with the element taken out
    expect(r).toEqual(extractHtml(html.replace(/<div class='promo-box'>.*?<\/div>/, ""), {}));
  });

  it("leaves the DOM untouched when nothing matches", () => {
    const dom = parseHtml(html);
    const pre = applyHtmlSelectors(dom, [{ ...rule, dropSelectors: [".nothing"] }]);
    expect(pre.removed).toEqual([]);
    expect(extractHtml(dom, {})).toEqual(extractHtml(html, {}));
  });
});
