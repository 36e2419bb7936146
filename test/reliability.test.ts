/**
 * Reliability through the whole pipeline: bad and hostile inputs lose nothing,
 * a killed run leaves the previous output whole, and the next run finishes.
 */
import { jsonText } from "../pipeline/digest.ts";
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { configOf } from "../schemas/config.ts";
import { Article, Manifest } from "../schemas/records.ts";
import { runPipeline } from "../pipeline/run.ts";
import { main } from "../cli/main.ts";
import { workerExecutor } from "../pipeline/job.ts";
import type { FileResult } from "../pipeline/document.ts";
import { workerBundle } from "../runtime/bundle.mjs";

const ROOT = join(import.meta.dirname, "..");
const STORY = "Harbour reopens after storm\n\nThe harbour reopened on Thursday after a storm closed it for two days. Fishermen said the damage was lighter than feared.\n\nThe port authority said ferries would run normally from next week.\n";

function badCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "bs-bad-"));
  const w = (name: string, data: string | Uint8Array) => writeFileSync(join(dir, name), data);
  w("good story.txt", STORY);
  w("zero.txt", "");
  w("blank.txt", "  \n\t\n");
  w("image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  w("doc.pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n");
  w("archive.txt.gz", gzipSync(Buffer.from(STORY)));
  w("invalid-utf8.txt", Buffer.concat([Buffer.from(STORY), Buffer.from([0xff, 0xfe, 0xfd, 0xc3, 0x28])]));
  w("utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, "utf16le")]));
  w("mixed.jsonl", [
    JSON.stringify({ id: "ok-1", title: "Council approves budget", text: "The city council approved the budget on Friday. Schools get more money next year." }),
    "{not json",
    JSON.stringify({ id: "wrong-type", title: 42, text: { nested: true } }),
    JSON.stringify({ id: "../../etc/passwd", title: "=cmd|' /C calc'!A0", text: "A hostile record id and a formula-looking title are only data. Nothing is written outside the output folder." }),
  ].join("\n"));
  w("ünïcode name.html", "<html><head><meta charset='windows-1252'><title>Caf\xe9</title></head><body><article><h1>Caf\xe9 opens</h1><p>The caf\xe9 opened its doors on Monday to long queues of customers from the town.</p><p>Its owner said she had waited ten years for the moment.</p><script>alert('never run')</script></article></body></html>");
  w("new\nline.txt", STORY.replace("Harbour", "Airport"));
  w("deep.html", "<div>".repeat(100_000) + "<p>Deeply nested text that a parser must survive without a stack overflow.</p>");
  w("unclosed.html", "<html><body><p>An unclosed paragraph about the election results in the northern province<p>And another one, where turnout reached a record high<div><span>");
  symlinkSync(join(dir, "missing-target.txt"), join(dir, "broken-link.txt"));
  w("locked.txt", STORY);
  chmodSync(join(dir, "locked.txt"), 0o000);
  return dir;
}

describe("bad input through the whole pipeline", () => {
  it("accounts for every input: articles or a reject with a reason; the run goes on", async () => {
    const inDir = badCorpus();
    const out = join(mkdtempSync(join(tmpdir(), "bs-bad-out-")), "out");
    const s = await runPipeline(configOf({ inputs: inDir, output: out, concurrency: 2, workers: 0, cache: null }));
    const manifest = Manifest.parse(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")));
    const inputs = manifest.inputs.map((i) => i.input);
    expect(inputs).toContain("good story.txt");
    expect(inputs).toContain("new\nline.txt");
    expect(inputs).toContain("broken-link.txt");
    expect(manifest.counts.processed + manifest.counts.rejected).toBe(manifest.counts.inputs);
    const rejects = readFileSync(join(out, "tables", "rejects.csv"), "utf8");
    for (const name of ["zero.txt", "blank.txt", "image.png", "doc.pdf", "broken-link.txt"]) {
      expect(manifest.inputs.find((i) => i.input === name)?.status, name).toBe("rejected");
      expect(rejects, name).toContain(name);
    }
    // malformed JSON lines are rejected one by one; the good lines still become articles
    const articles = readFileSync(join(out, "articles.jsonl"), "utf8").trim().split("\n").map((l) => Article.parse(JSON.parse(l)));
    expect(articles.filter((a) => a.source === "mixed.jsonl").map((a) => a.record_id)).toEqual(["ok-1", "../../etc/passwd"]);
    expect(rejects).toContain("wrong-type");
    expect(rejects).toMatch(/line 2/);
    // the declared charset is honoured; scripts never leak into text
    const cafe = articles.find((a) => a.source === "ünïcode name.html")!;
    expect(cafe.text).toContain("café opened");
    expect(cafe.text).not.toContain("alert");
    expect(articles.some((a) => a.source === "utf16.txt" && a.text.includes("harbour reopened"))).toBe(true);
    // a gzip'd story is read decompressed
    expect(articles.some((a) => a.source === "archive.txt.gz" && a.text.includes("harbour reopened"))).toBe(true);
    // hostile values stay data: nothing is written outside the output folder, formulas are neutralised in CSV
    expect(readdirSync(join(out, "..")).sort()).toEqual(["out"]);
    expect(readFileSync(join(out, "tables", "articles.csv"), "utf8")).toContain("'=cmd|");
    expect(s.rejects).toBeGreaterThan(0);
  }, 120_000);

  it("exits with code 3 when something was rejected and 0 when nothing was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bs-exit-"));
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "a.txt"), STORY);
    expect(await main(["--in", join(dir, "in"), "--out", join(dir, "out"), "--quiet", "--workers", "0", "--no-cache"])).toBe(0);
    writeFileSync(join(dir, "in", "b.txt"), "");
    expect(await main(["--in", join(dir, "in"), "--out", join(dir, "out"), "--quiet", "--workers", "0", "--no-cache"])).toBe(3);
    expect(await main(["--concurrency", "zero"])).toBe(2);
    expect(await main(["--skip", "split"])).toBe(2);
    // A missing --in is a usage error found before any work, like a refused --out (it was exit 1, "the run failed").
    expect(await main(["--in", join(dir, "nope"), "--out", join(dir, "out"), "--quiet"])).toBe(2);
  }, 60_000);
});

describe("crash safety", () => {
  it("a run killed part-way leaves the previous out/ whole, and the next run finishes", async () => {
    const base = mkdtempSync(join(tmpdir(), "bs-kill-"));
    const inDir = join(base, "in");
    mkdirSync(inDir);
    // near-identical copies of one story: templates must not be learned from them
    for (let i = 0; i < 300; i++) writeFileSync(join(inDir, `story-${String(i).padStart(3, "0")}.txt`), STORY.replace("Thursday", `Thursday (item ${i})`));
    const out = join(base, "out");
    const cli = (extra: string[]) => ["--import", "tsx", join(ROOT, "cli", "main.ts"), "--in", inDir, "--out", out, "--quiet", "--cache", join(base, "cache"), ...extra];
    // a first, complete run on part of the corpus
    writeFileSync(join(base, "marker"), "");
    const first = await runPipeline(configOf({ inputs: inDir, output: out, concurrency: 2, workers: 0, cache: join(base, "cache") }));
    const before = readFileSync(join(out, "manifest.json"), "utf8");
    // change the corpus, start a run and SIGKILL it part-way
    writeFileSync(join(inDir, "story-new.txt"), STORY.replace("Harbour", "Bridge"));
    const child = spawn(process.execPath, cli(["--workers", "0"]), { cwd: ROOT, stdio: "ignore" });
    // kill it once it is part-way: its temporary output folder holds a partial with results in it
    const partWay = () =>
      readdirSync(base).some((n) => {
        const partial = join(base, n, ".work", "partial.jsonl");
        return n.startsWith("out.") && existsSync(partial) && statSync(partial).size > 0;
      });
    const deadline = Date.now() + 120_000;
    while (!partWay() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    child.kill("SIGKILL");
    await new Promise((r) => child.on("exit", r));
    expect(readFileSync(join(out, "manifest.json"), "utf8")).toBe(before);
    expect(Manifest.parse(JSON.parse(before)).counts.inputs).toBe(first.inputs);
    // the next run finishes the work, and the cache left by the killed run is usable
    const next = await runPipeline(configOf({ inputs: inDir, output: out, concurrency: 2, workers: 0, cache: join(base, "cache") }));
    expect(next.inputs).toBe(first.inputs + 1);
    expect(next.processed).toBe(next.inputs);
    expect(readdirSync(base).filter((n) => n.startsWith("out.")).length).toBe(0);
    expect(existsSync(join(out, "articles.jsonl"))).toBe(true);
  }, 180_000);
});

describe("time budget", () => {
  it("a document over its time budget is stopped and rejected, and the run goes on", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bs-budget-"));
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "a.txt"), STORY);
    writeFileSync(join(dir, "in", "b.txt"), STORY.replace("Harbour", "Airport"));
    // 1 ms is less than any document takes on a worker thread: every one is stopped
    const s = await runPipeline(configOf({ inputs: join(dir, "in"), output: join(dir, "out"), concurrency: 2, workers: 1, time_budget_ms: 1, cache: null }));
    expect(s.inputs).toBe(2);
    expect(s.rejected).toBe(2);
    expect(s.rejectRows.every((r) => /time budget exceeded/.test(r.reason))).toBe(true);
    // with a budget to spare, the same worker pool processes them
    const ok = await runPipeline(configOf({ inputs: join(dir, "in"), output: join(dir, "out2"), concurrency: 2, workers: 1, time_budget_ms: 60_000, cache: null }));
    expect(ok.processed).toBe(2);
  }, 120_000);
});

describe("memory cap of pool workers", () => {
  it("a document that needs more memory than a pool worker may use is processed on a worker of its own", async () => {
    const para = "The harbour authority said on Monday that ships would wait outside the port until the storm passed. ";
    const text = Array.from({ length: 8000 }, (_, i) => para.replace("Monday", `Monday (${i})`) + (i % 5 === 4 ? "\n\n" : "")).join("");
    // a cap far below what this document needs: the pooled worker runs out of memory
    const ex = workerExecutor(1, 120_000, { config: configOf({}) }, await workerBundle(), { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 48 });
    try {
      const { json } = await ex.run({ input: "big.txt", bytes: new TextEncoder().encode(text) });
      const r = JSON.parse(jsonText(json)) as FileResult;
      expect(r.rejects).toEqual([]);
      expect(r.articles).toHaveLength(1);
      expect(r.articles[0].text).toContain("harbour authority");
      // the pool goes on with its next document
      const small = await ex.run({ input: "small.txt", bytes: new TextEncoder().encode(para.repeat(3)) });
      expect(small.digest.articles).toHaveLength(1);
    } finally {
      await ex.close();
    }
  }, 180_000);
});
