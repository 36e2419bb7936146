/**
 * A worker keeps each finished article as JSON (pipeline/article-store.ts), in a file once the file's articles are
 * large, so that it never holds a large export's articles at once. What it hands back must be byte for byte the
 * single pass's: the result's JSON (in the partial and the cache entry), the digest, the checkpoints, and a file
 * resumed from a checkpoint.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ArticleStore } from "../pipeline/article-store.ts";
import { eachArticleDigest, materialised, processedOf, type FileDigest } from "../pipeline/digest.ts";
import { processFile, type Checkpoint, type DocumentOptions } from "../pipeline/document.ts";
import { handlerFor, keepCheckpoints, unspill } from "../pipeline/job.ts";
import { stageView } from "../pipeline/steps.ts";
import { configOf } from "../schemas/config.ts";
import { writeCacheEntry } from "../runtime/entry-cache.ts";
import { PartialWriter, PARTIAL } from "../runtime/partials.ts";
import { jsonText } from "../pipeline/digest.ts";

// Invented records: non-ASCII and astral characters, a field of the wrong type (a load reject row), a record with no text.
const towns = ["Varnholm", "Östervik", "Caldera Bay", "Nuevo Prado", "Tiraspol Heights", "Kallmora", "Brenn"];
const lines = [
  ...Array.from({ length: 30 }, (_, i) =>
    JSON.stringify({ id: `r${i}`, title: `Harbour note ${i}`, text: `Ships waited outside ${towns[i % towns.length]} on ${1 + (i % 28)} May 2021. Pilot Mara Ostby said ${i} tugs were ready. "Ünïcödé ✓ 𝔘"` }),
  ),
  JSON.stringify({ id: "bad", title: 3, text: "A record whose title is a number." }),
  JSON.stringify({ id: "empty", text: "   " }),
  ...towns.map((t, i) => JSON.stringify({ id: `t${i}`, text: `${t} held its spring fair on Saturday. Stalls sold ${i + 4} kinds of bread, said Anna Kovac.` })),
];
const bytes = new TextEncoder().encode(lines.join("\n") + "\n");
const ctx = stageView(configOf({}), undefined);
const csv = { formulaGuard: true };
const dir = mkdtempSync(join(tmpdir(), "broadsheet-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** processFile with the checkpoint asked for at every document (as a worker does at each report it sends). */
function run(opts: DocumentOptions = {}): { saved: Checkpoint[]; result: ReturnType<typeof processFile> } {
  const saved: Checkpoint[] = [];
  const result = processFile("notes.jsonl", bytes, ctx, {
    ...opts,
    onDocument: (unit, _units, save) => {
      const c = unit !== undefined ? save?.() : undefined;
      if (c) saved.push(c);
    },
  });
  return { saved, result };
}

describe("a worker's article store", () => {
  const plain = run();
  const expected = JSON.stringify(plain.result);
  const digest = processedOf(run().result, csv).digest;

  // 0: every article goes to the file; 2,000: a few in memory first; Infinity: all in memory.
  for (const memoryChars of [0, 2_000, Infinity]) {
    it(`keeps the single pass's JSON, digest and checkpoints (articles in memory up to ${memoryChars} characters)`, () => {
      const path = join(dir, `result-${memoryChars}.json`);
      const store = new ArticleStore(path, memoryChars);
      const stored = run({ articles: store });
      expect(stored.result.articles).toEqual([]);
      expect(stored.saved).toEqual(plain.saved);
      const done = store.finish(stored.result, csv);
      // in a file beside the result when the articles went to the file (read back once the task is over)
      // (a store that went to its file leaves the article digests in a file of their own, read one at a time, then removed)
      const back = unspill(done).digest;
      expect(back.articlesIn !== undefined).toBe(memoryChars !== Infinity);
      const articlesIn = back.articlesIn;
      expect(materialised(back)).toEqual(digest);
      if (articlesIn) expect(existsSync(articlesIn)).toBe(false);
      if (memoryChars === Infinity) {
        expect(Array.isArray(done.json)).toBe(true);
        expect((done.json as string[]).join("")).toBe(expected);
        return;
      }
      // in a file at the spill path, with the hash of its text; the store's own file is gone
      const json = done.json as { spilled: string; sha256: string };
      expect(json.spilled).toBe(path);
      expect(readFileSync(path, "utf8")).toBe(expected);
      expect(json.sha256).toBe(createHash("sha256").update(expected).digest("hex"));
      expect(existsSync(`${path}.articles`)).toBe(false);
      expect(existsSync(`${path}.digests`)).toBe(false);
      expect(existsSync(`${path}.digest`)).toBe(false); // read back and removed by unspill
      // the cache entry and the partial line are those of the text
      writeCacheEntry(join(dir, `entry-${memoryChars}`), json);
      expect(readFileSync(join(dir, `entry-${memoryChars}`), "utf8")).toBe(`${json.sha256}\n${expected}`);
      const sub = mkdtempSync(join(dir, "partial-"));
      const w = new PartialWriter(sub);
      w.write(3, { spilled: json.spilled });
      w.close();
      expect(readFileSync(join(sub, PARTIAL), "utf8")).toBe(`{"seq":3,"result":${expected}}\n`);
    });
  }

  it("a file resumed from any checkpoint into a store gives the single pass's JSON", () => {
    expect(plain.saved.length).toBeGreaterThan(5);
    for (let k = 1; k <= plain.saved.length; k += 4) {
      const store = new ArticleStore(join(dir, `resumed-${k}.json`), 500);
      const resumed = run({ resume: keepCheckpoints(undefined, plain.saved.slice(0, k)), articles: store });
      const done = unspill(store.finish(resumed.result, csv));
      expect(materialised(done.digest)).toEqual(digest);
      expect(readFileSync((done.json as { spilled: string }).spilled, "utf8")).toBe(expected);
    }
  });

  it("the worker's handler writes a large result at the spill path and its digest beside it", () => {
    const handle = handlerFor({ config: configOf({}) });
    const spillPath = join(dir, "handled.json");
    const cachePath = join(dir, "cache", "entry");
    const out = unspill(handle({ input: "notes.jsonl", bytes, spillPath, cachePath }, () => {}) as ReturnType<typeof processedOf>);
    expect(materialised(out.digest)).toEqual(digest);
    // small: sent back as pieces (nothing written at the spill path)
    expect(jsonText(out.json)).toBe(expected);
    expect(readFileSync(cachePath, "utf8").split("\n")[1]).toBe(expected);
    expect(readdirSync(dir).filter((f) => f.startsWith("handled"))).toEqual([]);
  });
});

describe("a corrupted article digest file", () => {
  it("fails with an error naming the input and the file, not a bare JSON error", () => {
    const dir = mkdtempSync(join(tmpdir(), "bs-digest-"));
    const path = join(dir, "part.digest-articles");
    writeFileSync(path, '{"article_id":"a1","site":null}\n{"article_id":"a2","si');
    const d = { input: "harbour/notes.txt", articles: [], removed: [], rejects: [], notices: [], articlesIn: path } as unknown as FileDigest;
    expect(() => eachArticleDigest(d, () => {})).toThrow(/corrupted article digest line 2 for input harbour\/notes\.txt in .*part\.digest-articles/);
    rmSync(dir, { recursive: true, force: true });
  });
});
