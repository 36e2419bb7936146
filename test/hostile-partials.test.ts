/**
 * The final pass reads each file's result back from the partial. A file whose result is one very long line (a 19.9 MB
 * export dense in names and dates: about 300 MB of JSON) is not read as one string: its articles are read one at a
 * time (runtime/partials.ts). What a user checks: every article and every other row comes back exactly as written,
 * whichever way the line is read, including text full of JSON's own punctuation; nothing is lost or reordered.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spill, unspill } from "../pipeline/job.ts";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { digestOf, digestOfPartial, jsonText, materialised, processedOfOwned } from "../pipeline/digest.ts";
import { open } from "node:fs/promises";
import { processFile, type FileResult } from "../pipeline/document.ts";
import { stageView } from "../pipeline/steps.ts";
import { configOf } from "../schemas/config.ts";
import { PartialWriter, readPartials, type JsonInFile } from "../runtime/partials.ts";
import { CacheMiss, ResultCache, type CacheHit } from "../pipeline/cache.ts";
import type { Article } from "../schemas/records.ts";
import { sha256 } from "../runtime/sha256.ts";

const ctx = stageView(configOf({}), undefined);
// Invented records whose text and titles hold the bytes the line scanner reads as structure: quotes, backslashes,
// brackets, braces, commas, and non-ASCII and astral characters.
const tricky = ['He said "no [1], {2}" twice.', "A path C:\\temp\\{x}] and a quote \\\" inside.", "Ünïcödé ✓ 𝔘 — 新闻, «a», ]}],"];
function fileOf(name: string, n: number): FileResult {
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({ id: `${name}-${i}`, title: `Quay ${i} ${tricky[i % 3]}`, text: `Pilot Mara Ostby said on ${1 + (i % 28)} May 2021 that ${i} tugs were ready. ${tricky[(i + 1) % 3]} The harbour of Varnholm reopened.` }),
  );
  lines.push("{not json", JSON.stringify({ id: 7, title: 3 })); // reject rows after the articles
  return processFile(`${name}.jsonl`, new TextEncoder().encode(lines.join("\n") + "\n"), ctx);
}

const dir = mkdtempSync(join(tmpdir(), "broadsheet-partials-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two shards' partials: results written as a worker sends them (JSON pieces), one with no articles at all. */
function writeShards(): FileResult[] {
  const results = [fileOf("a", 30), fileOf("b", 0), fileOf("c", 1), fileOf("d", 12)];
  const expected = results.map((r) => JSON.parse(JSON.stringify(r)) as FileResult);
  const shards = [join(dir, "s0"), join(dir, "s1")];
  const writers = shards.map((d) => {
    mkdirSync(d, { recursive: true });
    return new PartialWriter(d);
  });
  results.forEach((r, seq) => writers[seq % 2].write(seq, processedOfOwned(r, { formulaGuard: true }).json));
  writers.forEach((w, i) => {
    w.close();
    w.writeMeta({ fingerprint: "f", shard: { index: i, count: 2 }, discovered: results.length });
  });
  return expected;
}

async function readBack(wholeLineBytes?: number): Promise<{ results: FileResult[]; streamed: number }> {
  const results: FileResult[] = [];
  let streamed = 0;
  for await (const { result } of readPartials<FileResult>([join(dir, "s0"), join(dir, "s1")], wholeLineBytes)) {
    const articles: Article[] = [];
    if (!Array.isArray(result.articles)) streamed++;
    for await (const a of result.articles) articles.push(a);
    results.push({ ...result, articles } as FileResult);
  }
  return { results, streamed };
}

describe("a long partial line is read back article by article", () => {
  const expected = writeShards();

  it("every article and row comes back as written, read whole or streamed", async () => {
    const whole = await readBack();
    expect(whole.streamed).toBe(0);
    expect(whole.results).toEqual(expected);
    // every line past the bound: all read as streams, the same results (keys in the same order too)
    const streamed = await readBack(1);
    expect(streamed.streamed).toBe(4);
    expect(streamed.results.map((r) => JSON.stringify(r))).toEqual(expected.map((r) => JSON.stringify(r)));
    expect(streamed.results.map((r) => r.articles.length)).toEqual([30, 0, 1, 12]);
    expect(streamed.results[0].rejects.length).toBeGreaterThan(0);
  });

  it("the corpus passes' digest of a streamed result is the one of the whole result", async () => {
    const csv = { formulaGuard: true };
    let i = 0;
    for await (const { result } of readPartials<FileResult>([join(dir, "s0"), join(dir, "s1")], 1)) {
      expect(await digestOfPartial(result, csv)).toEqual(digestOf(expected[i++], csv));
    }
    expect(i).toBe(4);
  });

  it("with a scratch file, a streamed result's article digests go to it, read back the same and removed", async () => {
    const csv = { formulaGuard: true };
    const scratch = join(dir, "scratch.digest-articles");
    let i = 0;
    for await (const { result } of readPartials<FileResult>([join(dir, "s0"), join(dir, "s1")], 1)) {
      const digest = await digestOfPartial(result, csv, scratch);
      expect(digest.articles).toEqual([]);
      expect(digest.articlesIn).toBe(scratch);
      expect(readFileSync(scratch, "utf8").split("\n").filter(Boolean)).toHaveLength(expected[i]!.articles.length);
      expect(materialised(digest)).toEqual(digestOf(expected[i++]!, csv));
      expect(existsSync(scratch)).toBe(false);
    }
    expect(i).toBe(4);
  });
});

describe("a large result handed over as a file (pipeline/job.ts SPILL_CHARS)", () => {
  it("is copied into the partial byte for byte and then removed", () => {
    const out = join(dir, "spill");
    mkdirSync(out, { recursive: true });
    const json = JSON.stringify(fileOf("e", 5));
    const spilled = join(out, "result-0.json");
    writeFileSync(spilled, json);
    const w = new PartialWriter(out);
    w.write(0, { spilled });
    w.write(1, json);
    w.close();
    expect(readFileSync(join(out, "partial.jsonl"), "utf8")).toBe(`{"seq":0,"result":${json}}\n{"seq":1,"result":${json}}\n`);
    expect(existsSync(spilled)).toBe(false);
  });
});

describe("a large result's digest handed over as a file too (pipeline/job.ts spill, unspill)", () => {
  it("comes back as the digest the worker made, and its file is removed", () => {
    const out = join(dir, "spill-digest");
    mkdirSync(out, { recursive: true });
    const r = fileOf("g", 6);
    const json = JSON.stringify(r);
    const csv = { formulaGuard: true };
    const expected = digestOf(JSON.parse(json) as FileResult, csv);
    const path = join(out, "result-0.json");
    // under the limit: sent as it is
    expect(spill(processedOfOwned(JSON.parse(json) as FileResult, csv), path).json).toEqual([json]);
    const sent = spill(processedOfOwned(JSON.parse(json) as FileResult, csv), path, 1);
    expect(sent.json).toEqual({ spilled: path });
    expect(readFileSync(path, "utf8")).toBe(json);
    const got = unspill(sent);
    expect(got.digest).toEqual(expected);
    expect(got.digest.articles).toHaveLength(6);
    expect(readdirSync(out)).toEqual(["result-0.json"]);
  });
});

describe("a large cache entry is read as it is used, not whole (pipeline/cache.ts)", () => {
  // Every entry counts as large here (largeBytes 1); the run's bound is WHOLE_LINE_BYTES.
  const root = join(dir, "cache");
  const result = fileOf("f", 9);
  const expect1 = { input: result.input, sha256: result.sha256 };
  const json = JSON.stringify(result);
  const articlesOf = async (hit: CacheHit): Promise<Article[]> => {
    const got: Article[] = [];
    for await (const a of hit.result.articles) got.push(a);
    return got;
  };

  it("gives the same result, article by article, and its JSON copied into the partial byte for byte", async () => {
    const cache = new ResultCache(root, "fp", 1);
    cache.put("a1".padEnd(64, "0"), json);
    const hit = (await cache.get("a1".padEnd(64, "0"), expect1))!;
    expect(Array.isArray(hit.result.articles)).toBe(false);
    expect(await digestOfPartial(hit.result, { formulaGuard: true })).toEqual(digestOf(JSON.parse(json) as FileResult, { formulaGuard: true }));
    const out = join(dir, "from-cache");
    mkdirSync(out, { recursive: true });
    const w = new PartialWriter(out);
    w.write(0, hit.json as JsonInFile);
    w.close();
    expect(readFileSync(join(out, "partial.jsonl"), "utf8")).toBe(`{"seq":0,"result":${json}}\n`);
    // read whole (an entry under the bound): the same
    const small = (await new ResultCache(root, "fp").get("a1".padEnd(64, "0"), expect1))!;
    expect(small.result).toEqual(JSON.parse(json));
    cache.close();
  });

  it("is a miss when damaged, another input's, or when one of its articles is not an article", async () => {
    const cache = new ResultCache(root, "fp", 1);
    const key = (k: string) => k.padEnd(64, "0");
    cache.put(key("b1"), json);
    const path = cache.path(key("b1"));
    const entry = readFileSync(path, "utf8");
    writeFileSync(path, entry.replace("Varnholm", "Varnholn")); // the checksum no longer matches
    expect(await cache.get(key("b1"), expect1)).toBeNull();
    cache.put(key("b2"), json);
    expect(await cache.get(key("b2"), { ...expect1, input: "other.jsonl" })).toBeNull();
    // checksummed anew, but an article without its text: found as the articles are read
    const broken = JSON.parse(json) as FileResult;
    delete (broken.articles[4] as Partial<Article>).text;
    cache.put(key("b3"), JSON.stringify(broken));
    const hit = (await cache.get(key("b3"), expect1))!;
    await expect(articlesOf(hit)).rejects.toBeInstanceOf(CacheMiss);
    expect(await cache.get(key("b4"), expect1)).toBeNull(); // no entry
    cache.close();
  });

  it("is a miss when its JSON spans lines, however its checksum came to match, read whole or as a large entry", async () => {
    const key = "c1".padEnd(64, "0");
    // the same result pretty-printed, checksummed anew: its bytes would be copied into the partial, where a line is one result
    const pretty = JSON.stringify(JSON.parse(json), null, 2);
    for (const largeBytes of [1, 1e9]) {
      const cache = new ResultCache(root, "fp", largeBytes);
      cache.put(key, json);
      expect(await cache.get(key, expect1)).not.toBeNull();
      writeFileSync(cache.path(key), `${sha256(pretty)}\n${pretty}`);
      expect(await cache.get(key, expect1)).toBeNull();
      // one newline at the very end is enough
      writeFileSync(cache.path(key), `${sha256(json + "\n")}\n${json}\n`);
      expect(await cache.get(key, expect1)).toBeNull();
      cache.close();
    }
  });
});

describe("a cache entry's open file is closed whatever happens to it", () => {
  /** An open file whose close calls are counted (and fail when `failing`). */
  const counted = async (path: string, failing = false) => {
    const file = await open(path, "r");
    const calls = { n: 0 };
    const close = file.close.bind(file);
    file.close = () => (calls.n++, failing ? close().then(() => Promise.reject(new Error("the disk went away"))) : close());
    return { file, calls };
  };
  it("copied into the partial: closed once, and a close that fails is no unhandled rejection", async () => {
    const path = join(dir, "entry.json");
    writeFileSync(path, `${"0".repeat(64)}\n{"note":"The quay was swept on Monday."}`);
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => void unhandled.push(e);
    process.on("unhandledRejection", onUnhandled);
    try {
      const { file, calls } = await counted(path, true);
      const out = join(dir, "closing");
      mkdirSync(out, { recursive: true });
      const w = new PartialWriter(out);
      w.write(0, { file, from: 65 });
      w.close();
      await new Promise((res) => setTimeout(res, 50));
      expect(calls.n).toBe(1);
      expect(readFileSync(join(out, "partial.jsonl"), "utf8")).toBe('{"seq":0,"result":{"note":"The quay was swept on Monday."}}\n');
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
  it("read as text by jsonText: closed once read", async () => {
    const path = join(dir, "entry2.json");
    writeFileSync(path, `${"0".repeat(64)}\n{"note":"The tide came in late."}`);
    const { file, calls } = await counted(path);
    expect(jsonText({ file, from: 65 })).toBe('{"note":"The tide came in late."}');
    expect(calls.n).toBe(1);
  });
});

describe("a large cache entry checksummed but with an article that is not JSON (pipeline/cache.ts)", () => {
  it("is a miss as its articles are read (CacheMiss: the run processes the file again), never a crash", async () => {
    const cache = new ResultCache(join(dir, "cache-bad"), "fp", 1);
    const key = "d1".padEnd(64, "0");
    const json = JSON.stringify(fileOf("e", 4));
    // a stray letter in the first article: one line still, its brackets balanced, its head and tail JSON, the article not
    const broken = json.replace('"articles":[{', '"articles":[{x');
    cache.put(key, broken);
    const hit = (await cache.get(key, { input: "e.jsonl", sha256: JSON.parse(json).sha256 }))!;
    expect(hit).not.toBeNull();
    await expect(digestOfPartial(hit.result, { formulaGuard: true })).rejects.toBeInstanceOf(CacheMiss);
    if ("file" in hit.json) await hit.json.file.close();
    cache.close();
  });
});
