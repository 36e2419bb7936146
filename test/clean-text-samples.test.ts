/**
 * Generic checks of the text cleaner on the sample dumps in raw/ (part of the
 * repository). Nothing here names what a sample says: the headline is the
 * line the page states before its first paragraph, and removed kinds are
 * checked by rule, not by text.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { parsePublished } from "../stages/clean/published.ts";

const rawDir = join(dirname(fileURLToPath(import.meta.url)), "../raw");
const files = readdirSync(rawDir).filter((f) => f.endsWith(".txt")).sort();

/** Line kinds that must never be kept as article text. */
const FORBIDDEN = [
  /icon.*icon.*icon/i, // icon-font sprites
  /^_?\d+(_\d+){2,}_?$/, // image placeholders
  /\bnewsletter\b/i,
  /\b(log ?in|sign[ -]?up|password)\b/i,
  /^(\d{1,2}:)?\d{1,2}:\d{2}$/, // player clocks
  /©|all rights reserved/i,
  /^podcasts?$/i,
  /^author profile$/i,
  /\bsupport (us|our)\b|\bdonat/i,
  /\]\(#?\)/, // markdown link residue
];

describe.each(files)("sample %s", (file) => {
  const dump = readFileSync(join(rawDir, file), "utf8");
  const r = cleanTextDump(dump);
  const lines = dump.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const body = r.blocks.filter((b) => b.role === "body");

  it("keeps every long paragraph that reads as article prose", () => {
    // Long sentence-ending lines before the first boilerplate section are the article.
    const prose = (l: string) => l.length > 150 && /[.!?"”’]\s*$/.test(l) && !FORBIDDEN.some((re) => re.test(l));
    const firstLong = lines.findIndex(prose);
    const firstBoiler = lines.findIndex((l, i) => i > firstLong && FORBIDDEN.some((re) => re.test(l)));
    const stop = firstBoiler < 0 ? lines.length : firstBoiler;
    const article = lines.slice(firstLong, stop).filter(prose);
    expect(article.length).toBeGreaterThan(0);
    const kept = new Set(body.map((b) => b.text));
    for (const p of article) expect(kept.has(p.replace(/\s+/g, " "))).toBe(true);
  });

  it("keeps no line of a removed kind", () => {
    for (const b of r.blocks) for (const re of FORBIDDEN) expect(re.test(b.text), `${re} kept: ${b.text.slice(0, 60)}`).toBe(false);
  });

  it("finds one title: the stated headline just above the body", () => {
    const titles = r.blocks.filter((b) => b.role === "title");
    expect(titles).toHaveLength(1);
    expect(r.blocks[0].role).toBe("title");
    expect(lines).toContain(titles[0].text);
    expect(r.meta.title).toBe(titles[0].text);
    // the headline sits above the first body paragraph in the dump
    expect(lines.indexOf(titles[0].text)).toBeLessThan(lines.indexOf(body[0].text));
  });

  it("publication date: found exactly when a line states one above the body", () => {
    const firstBody = lines.indexOf(body[0].text);
    const stated = lines
      .slice(0, firstBody)
      .filter((l) => !l.startsWith("["))
      .map((l) => (l.length < 80 ? parsePublished(l) : null))
      .find((x) => x !== null);
    expect(r.meta.published ?? null).toBe(stated ?? null);
  });

  it("audits every non-empty line", () => {
    expect(r.blocks.length + r.removed.length).toBe(lines.length);
    for (const x of r.removed) expect(x.rule).toMatch(/^clean\//);
  });
});
