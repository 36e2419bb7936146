/**
 * Hostile input: one bad input never fails the run, a pathological
 * block is cut or dropped with an audit row while the rest of the document
 * becomes an article, and every bounded heuristic stays bounded as its input
 * doubles (checked by counting the work or by the size of what is handed on,
 * never by timing). Sizes are small; `npm run bench:hostile` measures the real ones.
 */
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configOf } from "../schemas/config.ts";
import { Article, Manifest } from "../schemas/records.ts";
import { processFile } from "../pipeline/document.ts";
import { runPipeline } from "../pipeline/run.ts";
import { loadBytes } from "../stages/load/index.ts";
import { epochToIso } from "../stages/load/json.ts";
import { tagDates } from "../stages/dates/tag.ts";
import { timeBuckets } from "../write/report.ts";
import { LIMITS } from "../stages/limits.ts";
import { chunkBounds, tagInChunks } from "../stages/chunks.ts";
import { boundDocumentText, boundSourceContent, dropLongRuns, DOCUMENT_LENGTH_RULE, ELEMENTS_RULE, LONG_RUNS_RULE } from "../stages/clean/bounds.ts";
import { cleanDocument } from "../stages/clean/index.ts";
import { boundedMentions } from "../stages/entities/index.ts";
import { EntityIndex } from "../corpus/canonical.ts";
import { simhash } from "../corpus/duplicates.ts";
import type { Diagnostic, SourceDoc } from "../stages/types.ts";

const ctx = { skip: new Set<string>() };
const bytes = (s: string) => new TextEncoder().encode(s);
const PROSE = "The council said the new bridge would open in the spring. Residents welcomed the plan at a meeting on Tuesday.";

/** Capitalised invented words, none in any lexicon ("Kalove Tamri …"). */
function capitalised(count: number): string {
  const syll = ["ka", "lo", "ve", "ri", "tam", "nor", "bel", "si", "dru", "mek"];
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = syll[i % 10] + syll[(i * 7 + 3) % 10] + syll[(i * 3 + 1) % 10];
    words.push(w[0].toUpperCase() + w.slice(1));
  }
  return words.join(" ");
}

describe("epoch timestamps in JSON records", () => {
  it("reads seconds, milliseconds, microseconds and nanoseconds by magnitude, in UTC", () => {
    for (const v of [1_700_000_000, 1_700_000_000_000, 1_700_000_000_000_000, 1.7e18]) {
      expect(epochToIso(v), String(v)).toEqual({ iso: "2023-11-14T22:13:20Z" });
    }
    expect(epochToIso(-1_700_000_000)).toEqual({ iso: "1916-02-18T01:46:40Z" });
    const rec = loadBytes("r.jsonl", bytes(JSON.stringify({ id: "s", published: "1700000000000", text: PROSE })));
    expect(rec.ok && rec.docs[0].given.published).toBe("2023-11-14T22:13:20Z");
    for (const v of [1e300, 2017, Number.NaN, 9e18 * 1000]) expect("error" in epochToIso(v), String(v)).toBe(true);
  });

  it("an unusable epoch is a rejected field: the record is kept with no date, and the run does not fail", async () => {
    const lines = [1_700_000_000_000_000, 1e300, -5e19].map((published, i) => JSON.stringify({ id: `r${i}`, title: `Record ${i}`, published, text: PROSE }));
    const r = processFile("epochs.jsonl", bytes(lines.join("\n")), ctx);
    expect(r.articles.map((a) => a.record_id)).toEqual(["r0", "r1", "r2"]);
    expect(r.articles.map((a) => a.published)).toEqual(["2023-11-14T22:13:20Z", null, null]);
    for (const a of r.articles) Article.parse(a);
    expect(r.rejects.map((x) => x.record_id)).toEqual(["r1", "r2"]);
    expect(r.rejects[0].reason).toMatch(/field "published" rejected/);

    const dir = mkdtempSync(join(tmpdir(), "bs-epoch-"));
    const inDir = join(dir, "in");
    await import("node:fs").then((fs) => fs.mkdirSync(inDir));
    writeFileSync(join(inDir, "epochs.jsonl"), lines.join("\n"));
    const s = await runPipeline(configOf({ inputs: inDir, output: join(dir, "out"), concurrency: 1, workers: 0, cache: null }));
    expect(s.articles).toBe(3);
  }, 60_000);
});

describe("stack overflows", () => {
  it("a holiday with a relative word ('this Christmas') resolves instead of recursing", () => {
    const dates = tagDates("The market opens this Christmas.", "2021-11-02");
    expect(dates.map((d) => d.value)).toEqual(["2021-12-25"]);
  });

  it("a flood of malformed JSON lines: a bounded number of reject rows, one summary row, the good records kept", () => {
    const bad = '{"text": "unterminated\n'.repeat(LIMITS.rejectsPerFile * 3);
    const good = (i: number) => JSON.stringify({ id: `good${i}`, text: PROSE }) + "\n";
    const r = processFile("flood.jsonl", bytes(good(1) + bad + good(2)), ctx);
    expect(r.articles.map((a) => a.record_id)).toEqual(["good1", "good2"]);
    expect(r.rejects.length).toBe(LIMITS.rejectsPerFile + 1);
    expect(r.rejects.at(-1)!.reason).toMatch(new RegExp(`^${LIMITS.rejectsPerFile * 2} more unusable records .*line ${LIMITS.rejectsPerFile + 2} to line ${LIMITS.rejectsPerFile * 3 + 1}`));
  });

  it("the report's timeline takes 200,000 dates (no Math.max(...values))", () => {
    const values: string[] = Array.from({ length: 200_000 }, (_, i) => `20${String(10 + (i % 10))}-0${1 + (i % 9)}-1${i % 10}`);
    expect(() => timeBuckets(values, false)).not.toThrow();
  }, 60_000);
});

describe("bounds on a document (stages/limits.ts)", () => {
  it("an oversized input file is rejected from its size, before it is read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bs-sparse-"));
    const inDir = join(dir, "in");
    await import("node:fs").then((fs) => fs.mkdirSync(inDir));
    writeFileSync(join(inDir, "story.txt"), `Bridge opens\n\n${PROSE} ${PROSE}\n`);
    // sparse: no disk used; larger than a Buffer can hold, so reading it would fail, not reject it
    const fd = openSync(join(inDir, "sparse.txt"), "w");
    ftruncateSync(fd, 3 * 1024 ** 3);
    closeSync(fd);
    const s = await runPipeline(configOf({ inputs: inDir, output: join(dir, "out"), concurrency: 1, workers: 0, cache: null }));
    expect(s.articles).toBe(1);
    expect(s.rejectRows.map((r) => [r.input, r.reason])).toEqual([["sparse.txt", `file too large: ${3 * 1024 ** 3} bytes > cap of 20000000 bytes`]]); // the configuration's default cap (schemas/config.ts)
    const manifest = Manifest.parse(JSON.parse(readFileSync(join(dir, "out", "manifest.json"), "utf8")));
    expect(manifest.counts.inputs).toBe(2);
  }, 60_000);

  it("a text longer than the document bound is cut at a sentence end, with one audit row; the blocks before it survive", () => {
    const blocks = [
      { text: "First paragraph that must survive.", role: "body" as const },
      { text: PROSE.repeat(40), role: "body" as const },
      { text: "A paragraph after the cut.", role: "body" as const },
    ];
    const r = boundDocumentText({ blocks, removed: [], meta: {} }, 1_000);
    expect(r.blocks[0].text).toBe(blocks[0].text);
    expect(r.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(1_000);
    expect(r.blocks.at(-1)!.text).toMatch(/\.$/);
    expect(r.removed).toHaveLength(1);
    expect(r.removed[0].rule).toBe(DOCUMENT_LENGTH_RULE);
    const dropped = blocks[1].text.length + blocks[2].text.length - (r.blocks[1]?.text.length ?? 0);
    expect(r.removed[0].text).toMatch(new RegExp(`\\[(${dropped}|${dropped - 1}) characters dropped\\]$`));
    // below the bound nothing changes
    expect(boundDocumentText({ blocks, removed: [], meta: {} }, 100_000).blocks).toBe(blocks);
  });

  it("a block mostly made of long runs without spaces (an entity flood) is dropped with an audit row; prose, CJK prose and URLs stay", () => {
    const cjk = "東京都は月曜日に新しい橋の建設計画を発表した。".repeat(80);
    const url = `See https://example.org/${"a".repeat(300)} for the plan. ${PROSE}`;
    const blocks = [PROSE, "&amp;".repeat(2_000), cjk, url, `${PROSE} ${"QUJD".repeat(600)}`].map((text) => ({ text, role: "body" as const }));
    const r = dropLongRuns({ blocks, removed: [], meta: {} });
    expect(r.blocks.map((b) => b.text)).toEqual([PROSE, cjk, url]);
    expect(r.removed.map((x) => x.rule)).toEqual([LONG_RUNS_RULE, LONG_RUNS_RULE]);
    expect(r.removed[0].text).toMatch(/\[10000 characters in all\]$/);
  });

  it("an HTML page with more elements than the bound: the rest is not parsed, the article before it survives", () => {
    const head = `<html><head><title>Bridge opens</title></head><body><article><h1>Bridge opens</h1><p>${PROSE}</p><p>${PROSE} Again.</p>`;
    const html = head + "<b>x</b>".repeat(LIMITS.htmlElements + 10) + "</article></body></html>";
    const bounded = boundSourceContent(html, "html");
    expect(bounded.removed.map((r) => r.rule)).toEqual([ELEMENTS_RULE]);
    expect((bounded.content.match(/<[a-z]/gi) ?? []).length).toBe(LIMITS.htmlElements);
    const source: SourceDoc = { source: "many.html", recordId: null, index: 0, kind: "html", content: html, given: {}, format: "html" };
    const doc = cleanDocument({ source, articles: [], diagnostics: [] }, ctx);
    expect(doc.clean!.blocks.map((b) => b.text).join("\n")).toContain("Residents welcomed the plan");
    expect(doc.clean!.removed.some((r) => r.rule === ELEMENTS_RULE)).toBe(true);
    // an ordinary page is left as it is
    expect(boundSourceContent(head, "html").content).toBe(head);
  }, 60_000);

  it("taggers see pieces of at most LIMITS.tagChunkChars, whatever the article's length; spans come back at article offsets", () => {
    const sentence = "Maria Lopez visited Paris on 3 March 2019. ";
    for (const repeats of [12_000, 24_000]) {
      const text = sentence.repeat(repeats);
      const sentences = Array.from({ length: repeats }, (_, i) => ({ start: i * sentence.length, end: (i + 1) * sentence.length - 1 }));
      const pieces: number[] = [];
      const spans = tagInChunks(text, sentences, (piece) => {
        pieces.push(piece.length);
        const at = piece.indexOf("Paris");
        return at < 0 ? [] : [{ start: at, end: at + 5, text: "Paris" }];
      });
      expect(Math.max(...pieces)).toBeLessThanOrEqual(LIMITS.tagChunkChars);
      expect(pieces.reduce((a, b) => a + b, 0)).toBe(text.length);
      for (const s of spans) expect(text.slice(s.start, s.end)).toBe("Paris");
    }
    // one sentence longer than a piece is cut at spaces
    const long = "word ".repeat(LIMITS.tagChunkChars / 2);
    for (const b of chunkBounds(long, [{ start: 0, end: long.length }])) expect(b.end - b.start).toBeLessThanOrEqual(LIMITS.tagChunkChars);
  });

  it("a run of capitalised words gives no 'name' longer than the mention bound, and the prose around it stays an article", () => {
    const text = `${PROSE}\n\n${capitalised(3_000)}\n\n${PROSE} Maria Lopez agreed.`;
    const r = processFile("caps.jsonl", bytes(JSON.stringify({ id: "caps", title: "Capitals", text })), ctx);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].text).toContain("Residents welcomed the plan");
    for (const m of r.articles[0].mentions) expect(m.text.split(/\s+/).length).toBeLessThanOrEqual(LIMITS.mentionWords);
    const diagnostics: Diagnostic[] = [];
    const long = { start: 0, end: 400, text: capitalised(60), type: "ORG" as const, confidence: 1, rule: "x" };
    const short = { start: 0, end: 11, text: "Maria Lopez", type: "PERSON" as const, confidence: 1, rule: "x" };
    expect(boundedMentions([long, short], diagnostics)).toEqual([short]);
    expect(diagnostics[0].rule).toBe("limits/mention-length");
  }, 60_000);

  it("the canonical pass compares no 'name' beyond the bound, and still merges one-letter spellings of real ones", () => {
    const index = new EntityIndex();
    const huge = capitalised(2_000);
    // the same 2,000-word run with one letter changed: not a name, so not a near-spelling either
    const twin = huge.replace("Nordrubel", "Nordruzel");
    expect(twin).not.toBe(huge);
    index.add("a1", [
      { text: huge, type: "ORG" },
      { text: twin, type: "ORG" },
      { text: "Oleksandr Kovalenko", type: "PERSON" },
      { text: "Oleksandr Kovalenco", type: "PERSON" },
    ]);
    const { entities } = index.resolve();
    expect(entities.filter((e) => e.type === "PERSON")).toHaveLength(1);
    expect(entities.filter((e) => e.type === "ORG")).toHaveLength(2);
  });

  it("simhash reads words one at a time and gives the same fingerprint for the same words", () => {
    const text = PROSE.repeat(50);
    expect(simhash(text)).toEqual(simhash(text.toUpperCase()));
    expect(simhash("too few words here")).toBeNull();
  });

  it("loading a JSON Lines flood keeps the warnings bounded as the flood doubles", () => {
    const counts = [2, 4].map((k) => {
      const text = '{"x":\n'.repeat(LIMITS.rejectsPerFile * k) + JSON.stringify({ id: "g", text: PROSE });
      const r = loadBytes("f.jsonl", bytes(text));
      return r.ok ? r.warnings.length : -1;
    });
    expect(counts).toEqual([LIMITS.rejectsPerFile + 1, LIMITS.rejectsPerFile + 1]);
  });
});
