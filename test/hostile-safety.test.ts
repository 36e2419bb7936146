/**
 * Safety on hostile input, at small sizes (bench/fuzz.ts runs the whole command line on the
 * full-size families): HTML nested thousands of levels deep reaching the extractor by every
 * path, stray NUL bytes in text, a folder reachable through a symlink as well as by its own
 * path, feeds with a broken tag above their items or a flood of empty items, and the update
 * labels both metadata readers share.
 */
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AnyNode } from "domhandler";
import { parseDocument } from "htmlparser2";
import { afterAll, describe, expect, it } from "vitest";
import { buildHostileFolder, readCsv } from "../bench/fuzz.ts";
import { limitDomNesting, limitNesting, MAX_DEPTH } from "../stages/clean/depth.ts";
import { extractHtml } from "../stages/clean/html.ts";
import { extractMetadata } from "../stages/clean/html/metadata.ts";
import { parseHtml } from "../stages/clean/html/dom.ts";
import { htmlToPlainText } from "../stages/clean/plain.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { discoverInputs } from "../stages/load/discover.ts";
import { loadBytes } from "../stages/load/index.ts";
import { processFile } from "../pipeline/document.ts";
import { LIMITS } from "../stages/limits.ts";

const PROSE = "The council said that the harbour bridge would reopen after the repairs were finished in the spring. ".repeat(4).trim();
const page = (inner: string) => `<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>${inner}</article></body></html>`;
const bodyText = (r: { blocks: { text: string; role: string }[] }) => r.blocks.filter((b) => b.role === "body").map((b) => b.text).join("\n");

/** Deepest element nesting, and every text in document order (iterative: the inputs are deep). */
function shape(root: AnyNode): { depth: number; text: string; elements: number } {
  let depth = 0;
  let elements = 0;
  const texts: string[] = [];
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (n.type === "text") texts.push((n as unknown as { data: string }).data);
    if (!("children" in n)) continue;
    if (n.type === "tag" || n.type === "script" || n.type === "style") elements++;
    depth = Math.max(depth, d);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push([n.children[i], d + 1]);
  }
  return { depth, text: texts.join(""), elements };
}

describe("HTML nested far deeper than any page", () => {
  const deepDivs = page("<div>".repeat(5000) + `<p>${PROSE}</p>` + "</div>".repeat(5000));

  it("extractHtml called directly on 5,000 nested <div>s keeps the paragraph (a string, and a DOM parsed elsewhere)", () => {
    expect(bodyText(extractHtml(deepDivs))).toBe(PROSE);
    // htmlparser2's own parseDocument: no bound applied before the extractor sees it
    expect(bodyText(extractHtml(parseDocument(deepDivs)))).toBe(PROSE);
  });

  it("bounds markup that a tag count sees as closed: a stray </x> after each <div>, and <div/>", () => {
    for (const inner of ["<div></x>".repeat(6_000), "<div/>".repeat(6_000)]) {
      const html = page(inner + `<p>${PROSE}</p>`);
      expect(bodyText(extractHtml(html))).toBe(PROSE);
      expect(shape(parseHtml(html)).depth).toBeLessThanOrEqual(MAX_DEPTH + 2);
      expect(htmlToPlainText(html)).toContain(PROSE);
    }
  });

  it("limitNesting follows the parser's stack: stray end tags and <div/> are bounded before parsing, and markup the parser does not nest is left alone", () => {
    for (const inner of ["<div></x>".repeat(20_000), "<div/>".repeat(20_000), "<p><span>".repeat(20_000)]) {
      const limited = limitNesting(page(inner + `<p>${PROSE}</p>`));
      expect(shape(parseDocument(limited)).depth).toBeLessThanOrEqual(MAX_DEPTH + 2);
      expect(limited).toContain(PROSE);
    }
    // siblings the parser closes implicitly, tags inside a comment or a script, <x/> inside SVG
    const flat = [
      page(`<ul>${"<li>item".repeat(2000)}</ul>`),
      page(`${"<p>para".repeat(2000)}`),
      page(`<table>${"<tr><td>cell".repeat(1000)}</table>`),
      page(`<!-- ${"<div>".repeat(2000)} --><p>${PROSE}</p>`),
      page(`<script>var s = "${"<div>".repeat(2000)}";</script><p>${PROSE}</p>`),
      page(`<svg>${"<path d='M0 0'/>".repeat(2000)}</svg><p>${PROSE}</p>`),
      page(`${"<b>bold</i>".repeat(2000)}`.replace(/<\/i>/g, "</b>")),
    ];
    for (const html of flat) expect(limitNesting(html)).toBe(html);
  });

  it("limitDomNesting keeps every text in order, and leaves a page within the bound as it was", () => {
    const deep = parseDocument(page("<section><b>".repeat(1000) + `<p>${PROSE}<br>end</p>` + "</b></section>".repeat(1000)));
    const before = shape(deep);
    const after = shape(limitDomNesting(deep));
    expect(before.depth).toBeGreaterThan(2000);
    expect(after.depth).toBeLessThanOrEqual(MAX_DEPTH + 2);
    expect(after.text).toBe(before.text);
    const within = page("<div>".repeat(MAX_DEPTH - 10) + `<p>${PROSE}</p>` + "</div>".repeat(MAX_DEPTH - 10));
    expect(shape(limitDomNesting(parseDocument(within)))).toEqual(shape(parseDocument(within)));
  });
});

describe("stray NUL bytes in text", () => {
  const text = `Bridge reopens\n\n${PROSE}\n\n${PROSE}\n`;
  it("a NUL inside prose, or a download's zero padding, leaves the file text: each NUL is read as a space, with a notice", () => {
    const one = loadBytes("story.txt", Buffer.from(text.replace(". ", ".\0 ")));
    expect(one.ok).toBe(true);
    if (!one.ok) return;
    expect(one.docs[0].content).toBe(text.replace(". ", ".  "));
    expect(one.warnings).toContainEqual(expect.objectContaining({ rule: "load/nul-bytes", skipped: false }));
    const padded = loadBytes("story.html", Buffer.concat([Buffer.from(page(`<p>${PROSE}</p>`)), Buffer.alloc(8192)]));
    expect(padded.ok && padded.docs[0].content.trimEnd()).toBe(page(`<p>${PROSE}</p>`));
  });

  it("a file of NUL bytes only, and bytes that scatter NULs among other control bytes, are still rejected", () => {
    const none = loadBytes("zeros.txt", Buffer.alloc(4096));
    expect(none.ok ? "loaded" : none.reason).toBe("only NUL bytes and whitespace");
    let x = 7;
    const noise = Buffer.from(Array.from({ length: 4096 }, () => (x = (x * 1103515245 + 12345) % 2 ** 31) % 256));
    const bin = loadBytes("blob.txt", noise);
    expect(bin.ok ? "loaded" : bin.reason).toMatch(/^binary file/);
    const laden = loadBytes("laden.txt", Buffer.from(text.replace(/ /g, "\0")));
    expect(laden.ok ? "loaded" : laden.reason).toBe("binary file (contains NUL bytes)");
  });
});

describe("JSON escapes that no other output format can hold", () => {
  it("a NUL and lone surrogates in a record's text and fields: the same strings in every output, offsets still slice the text", () => {
    const line = String.raw`{"id": "n\u0000", "title": "Harbour \ud800 bridge", "text": "The council met on Tuesday.\u0000 The bridge reopens \udc00 in May \ud83d\udcf0 after repairs."}`;
    const r = processFile("escapes.jsonl", Buffer.from(line), { skip: new Set<string>() });
    expect(r.rejects).toEqual([]);
    const a = r.articles[0];
    expect(a.record_id).toBe("n ");
    expect(a.title).toBe("Harbour \ufffd bridge");
    // The text cleaner removes C0 control characters as a terminal prints them (stages/clean/text/blocks.ts INVISIBLE).
    expect(a.text).toBe("The council met on Tuesday. The bridge reopens \ufffd in May \ud83d\udcf0 after repairs.");
    const points = [...a.text];
    for (const s of a.sentences) expect(points.slice(s.start, s.end).join("")).toBe(s.text);
  });
});

describe("damaged feeds", () => {
  const item = (i: number) => `<item><title>Item ${i}</title><link>https://example.org/${i}</link><description>${PROSE}</description></item>`;
  const entry = (i: number) => `<entry><title>Entry ${i}</title><id>urn:e${i}</id><content type="text">${PROSE}</content></entry>`;

  it("a broken tag above the items (an end tag misspelt, a start tag never closed) still gives every item", () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title><link>https://example.org/</lnk>${item(1)}${item(2)}</channel></rss>`;
    const r = loadBytes("feed.rss", Buffer.from(rss));
    expect(r.ok && r.docs.map((d) => d.content)).toEqual([PROSE, PROSE]);
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title><subtitle>News${entry(1)}${entry(2)}</feed>`;
    const a = loadBytes("feed.atom", Buffer.from(atom));
    expect(a.ok && a.docs.length).toBe(2);
  });

  it("a flood of empty items gives one reject row each up to the per-file limit, then one row that counts the rest", () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel>${"<item></item>".repeat(LIMITS.rejectsPerFile + 500)}${item(9)}</channel></rss>`;
    const r = loadBytes("feed.rss", Buffer.from(rss));
    expect(r.ok && r.docs.length).toBe(1);
    const rows = r.ok ? r.warnings.filter((w) => w.skipped) : [];
    expect(rows).toHaveLength(LIMITS.rejectsPerFile + 1);
    expect(rows.at(-1)!.reason).toBe(`500 more items without content not listed one by one (item ${LIMITS.rejectsPerFile} to item ${LIMITS.rejectsPerFile + 499}; limits/rejects-per-file)`);
    const none = loadBytes("empty.rss", Buffer.from(`<rss><channel>${"<item></item>".repeat(LIMITS.rejectsPerFile + 5)}</channel></rss>`));
    expect(none.ok ? "loaded" : none.reason).toBe(`feed items have no content (${LIMITS.rejectsPerFile + 5} item(s))`);
  });
});

describe("a folder reachable by its own path and through a symlink", () => {
  const root = mkdtempSync(join(tmpdir(), "bs-alias-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("lists its files under their own path; the link is a skipped row naming the folder, a link to an enclosing folder a loop", async () => {
    mkdirSync(join(root, "stories"));
    writeFileSync(join(root, "stories", "one.txt"), PROSE);
    symlinkSync("stories", join(root, "a-link"));
    symlinkSync("..", join(root, "stories", "up"));
    const rows = [];
    for await (const e of discoverInputs(root)) rows.push(e);
    expect(rows).toEqual([
      { rel: "a-link", skipped: "symlink to a folder read as stories/" },
      { rel: "stories/one.txt", abs: join(root, "stories", "one.txt") },
      { rel: "stories/up", error: "symlink loop (directory already walked)" },
    ]);
  });
});

describe("update labels: one list of words for the HTML and the text-dump readers", () => {
  const BODY = `<p>${PROSE}</p>`;
  const para = `${PROSE} `;
  // "Frobnicated" is no label: the control that shows the test can fail
  it.each([
    ["Updated", true],
    ["Edited", true],
    ["Revised", true],
    ["Обновлено", true],
    ["Editiert", true],
    ["Frobnicated", false],
  ])("%s (a label: %s) marks a date as an update in both readers", (label, isLabel) => {
    const html = `<html lang="en"><body><h1>Locks for the old canal</h1><div class="post-date">${label} Feb 17, 2020</div><div class="byline-date">February 3, 2020</div>${BODY}</body></html>`;
    expect(extractMetadata(parseHtml(html), { url: null }).published).toBe(isLabel ? "2020-02-03" : "2020-02-17");
    const dump = cleanTextDump(`Ferry keeps early crossing\n\n${para.repeat(3)}\n\n${para.repeat(2)}\n\n${label}: 31.10.2021 - 14:49:39\nErschienen am: 02.11.2021`);
    expect(dump.meta.published).toBe(isLabel ? "2021-11-02" : "2021-10-31T14:49:39");
    expect(dump.meta.modified ?? null).toBe(isLabel ? "2021-10-31T14:49:39" : null);
  });
});

describe("bench/fuzz.ts", () => {
  /** Every entry under `dir` (names read as bytes: one is not valid UTF-8) with a hash of its content. */
  const hashes = (dir: Buffer): string[] =>
    (readdirSync(dir, { encoding: "buffer" }) as Buffer[])
      .map((name) => Buffer.concat([dir, Buffer.from("/"), name]))
      .sort(Buffer.compare)
      .flatMap((p) => {
        const st = lstatSync(p);
        if (st.isDirectory()) return hashes(p);
        const what = st.isFile() ? createHash("sha256").update(readFileSync(p)).digest("hex") : st.isSymbolicLink() ? "link" : "special";
        return [`${p.subarray(p.indexOf("/fuzz-") + 7).toString("hex")} ${what}`];
      });

  it("builds the same hostile folder from the same seed, and another from another seed", () => {
    const work = mkdtempSync(join(tmpdir(), "bs-fuzz-"));
    try {
      for (const [name, seed] of [["a", 3], ["b", 3], ["c", 4]] as const) buildHostileFolder(join(work, `fuzz-${name}`), seed, 12, 10_000);
      const a = hashes(Buffer.from(join(work, "fuzz-a")));
      expect(a.length).toBeGreaterThan(80);
      expect(a).toEqual(hashes(Buffer.from(join(work, "fuzz-b"))));
      expect(a).not.toEqual(hashes(Buffer.from(join(work, "fuzz-c"))));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it("reads RFC 4180 CSV: quoted commas, quotes and line breaks", () => {
    expect(readCsv('input,reason\r\n"a,b.txt","say ""no""\nthen stop"\nc.txt,\n')).toEqual([
      ["input", "reason"],
      ["a,b.txt", 'say "no"\nthen stop'],
      ["c.txt", ""],
    ]);
  });
});
