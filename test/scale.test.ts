/** Sharding, merging and incremental runs give exactly what one full run gives. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configOf } from "../schemas/config.ts";
import { runFingerprint } from "../pipeline/cache.ts";
import { inShard, runMerge, runPipeline } from "../pipeline/run.ts";

const RAW = join(import.meta.dirname, "..", "raw");

function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name)));
  }
  return out;
}

function expectSameTree(a: string, b: string): void {
  const fa = filesOf(a);
  const fb = filesOf(b);
  expect([...fb.keys()].sort()).toEqual([...fa.keys()].sort());
  for (const [k, v] of fa) expect(fb.get(k)!.equals(v), k).toBe(true);
}

/** A corpus with more files than the samples, so that every shard gets work. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "bs-corpus-"));
  cpSync(RAW, dir, { recursive: true });
  writeFileSync(join(dir, "feed.jsonl"), [
    JSON.stringify({ id: "r1", title: "Harbour reopens after storm", published: "2021-03-04", text: "The harbour reopened on Thursday after a storm closed it for two days.\n\nFishermen said the damage was lighter than feared." }),
    JSON.stringify({ id: "r2", title: "Council approves budget", published: "2021-03-05", text: "The city council approved the budget late Friday.\n\nThe mayor, Ana Ruiz, said schools would get more money next year." }),
  ].join("\n"));
  writeFileSync(join(dir, "empty.txt"), "");
  return dir;
}

const base = (inDir: string, outDir: string, keys: Parameters<typeof configOf>[0] = {}) => configOf({ inputs: inDir, output: outDir, concurrency: 2, workers: 0, cache: null, ...keys });

describe("scale-out", () => {
  it("three shards plus merge are byte-identical to one run", async () => {
    const inDir = corpus();
    const tmp = mkdtempSync(join(tmpdir(), "bs-shard-"));
    await runPipeline(base(inDir, join(tmp, "full")));
    const parts = [0, 1, 2].map((i) => join(tmp, `part${i}`));
    for (let i = 0; i < 3; i++) await runPipeline(base(inDir, parts[i]), { shard: { index: i, count: 3 } });
    await runMerge(parts.reverse(), base(inDir, join(tmp, "merged")));
    expectSameTree(join(tmp, "full"), join(tmp, "merged"));
  }, 120_000);

  it("shards run with input_encoding merge into the manifest a single run with it would write", async () => {
    const inDir = mkdtempSync(join(tmpdir(), "bs-corpus-"));
    writeFileSync(join(inDir, "a.txt"), "Ferry timetable changes\n\nThe morning ferry now leaves at seven; the evening one at six.\n");
    writeFileSync(join(inDir, "b.txt"), "Market hall repairs\n\nThe roof of the market hall will be mended over the summer.\n");
    const tmp = mkdtempSync(join(tmpdir(), "bs-shard-"));
    const parts = [0, 1].map((i) => join(tmp, `part${i}`));
    for (let i = 0; i < 2; i++) await runPipeline(base(inDir, parts[i], { input_encoding: "windows-1254" }), { shard: { index: i, count: 2 } });
    await runMerge(parts, base(inDir, join(tmp, "merged")));
    const manifest = JSON.parse(readFileSync(join(tmp, "merged", "manifest.json"), "utf8")) as { fingerprint: string };
    expect(manifest.fingerprint).toBe(runFingerprint(base(inDir, join(tmp, "merged"), { input_encoding: "windows-1254" })));
    expect(manifest.fingerprint).not.toBe(runFingerprint(base(inDir, join(tmp, "merged"))));
  }, 60_000);

  it("refuses to merge an incomplete set of shards", async () => {
    const inDir = corpus();
    const tmp = mkdtempSync(join(tmpdir(), "bs-shard-"));
    await runPipeline(base(inDir, join(tmp, "p0")), { shard: { index: 0, count: 2 } });
    await expect(runMerge([join(tmp, "p0")], base(inDir, join(tmp, "merged")))).rejects.toThrow(/shards/);
  }, 60_000);

  it("worker threads (template pass and fan-out) give the bytes of an in-process run", async () => {
    // A folder of one site whose pages share a footer: the template pass, now run on
    // the worker pool, must learn it from the same pages, in the same order, as in process.
    const inDir = corpus();
    const stories = ["The ferry resumed service on Monday after repairs to its engine were completed ahead of schedule.",
      "Volunteers planted three hundred trees along the river bank on Saturday, the parks office said.",
      "The library extended its opening hours for the exam season, staff said on Wednesday.",
      "A new bus line will link the station to the hospital from next month, the transport office said."];
    mkdirSync(join(inDir, "valley"));
    stories.forEach((body, i) =>
      writeFileSync(join(inDir, "valley", `local-${i}.txt`), `Local news ${i}\n\n${body}\n\nThe Valley Ledger is a member of the Regional Press Group\n`));
    const tmp = mkdtempSync(join(tmpdir(), "bs-threads-"));
    await runPipeline(base(inDir, join(tmp, "inline")));
    await runPipeline(base(inDir, join(tmp, "threads"), { workers: 2 }));
    expectSameTree(join(tmp, "inline"), join(tmp, "threads"));
    expect(readFileSync(join(tmp, "threads", "tables", "removed.csv"), "utf8")).toMatch(/clean\/template.*Regional Press Group/);
  }, 120_000);

  it("assigns every content hash to exactly one shard", () => {
    for (const h of ["00000000", "ffffffff", "7a3b9c01", "12345678"]) {
      expect([0, 1, 2].filter((i) => inShard(h, { index: i, count: 3 }))).toHaveLength(1);
    }
  });
});

describe("incremental runs", () => {
  it("reuses cached results, and the outputs equal a full run", async () => {
    const inDir = corpus();
    const tmp = mkdtempSync(join(tmpdir(), "bs-inc-"));
    const cacheDir = join(tmp, "cache");
    const first = await runPipeline(base(inDir, join(tmp, "out"), { cache: cacheDir }));
    expect(first.cached).toBe(0);
    const again = await runPipeline(base(inDir, join(tmp, "out"), { cache: cacheDir }));
    expect(again.unchanged).toBe(true);
    // change one input: only it is reprocessed
    writeFileSync(join(inDir, "extra.txt"), "Storm batters coast\n\nA storm hit the coast on Sunday, cutting power to thousands of homes. Crews worked through the night to restore it.\n");
    const third = await runPipeline(base(inDir, join(tmp, "out"), { cache: cacheDir }));
    expect(third.unchanged).toBe(false);
    expect(third.cached).toBeGreaterThanOrEqual(first.inputs - 1);
    await runPipeline(base(inDir, join(tmp, "fresh")));
    // The report alone differs, on purpose: it says what changed since the previous run in its folder.
    const report = readFileSync(join(tmp, "out", "report.html"), "utf8");
    expect(report).toContain("<b>1</b><span>inputs added</span>");
    expect(readFileSync(join(tmp, "fresh", "report.html"), "utf8")).toContain("No previous run in this output folder");
    // The manifest records every output's hash, the report's among them: equal once that one entry is set aside.
    const manifestOf = (dir: string) => {
      const m = JSON.parse(readFileSync(join(tmp, dir, "manifest.json"), "utf8"));
      delete m.outputs?.["report.html"];
      return m;
    };
    expect(manifestOf("out")).toEqual(manifestOf("fresh"));
    for (const dir of ["out", "fresh"]) for (const f of ["report.html", "manifest.json"]) rmSync(join(tmp, dir, f));
    expectSameTree(join(tmp, "fresh"), join(tmp, "out"));
  }, 120_000);
});
