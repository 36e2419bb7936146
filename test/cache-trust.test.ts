/**
 * The incremental cache and the "nothing changed" shortcut are never trusted
 * blindly: a damaged or edited cache entry is a miss, every failure ends the
 * process with a message and a non-zero exit, --no-cache processes everything
 * again, and a re-run notices an altered or incomplete out/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ResultCache } from "../pipeline/cache.ts";
import { corpus, runCli, story } from "./helpers/cli.ts";

/** Every cache entry file under `cache` (all fingerprints). */
function entries(cache: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith(".json")) out.push(p);
    }
  };
  walk(cache);
  return out.sort();
}

const articlesText = (out: string) => readFileSync(join(out, "articles.jsonl"), "utf8");

describe("cache entries are validated", () => {
  it("a structurally wrong entry ({}) is a miss: the run finishes (no hang) with the same outputs", () => {
    const { base, inDir } = corpus(40);
    const cache = join(base, "cache");
    const out = join(base, "out");
    expect(runCli(["--in", inDir, "--out", out, "--cache", cache, "--workers", "1"]).status).toBe(0);
    const before = articlesText(out);
    const all = entries(cache);
    expect(all.length).toBe(40);
    // half the entries become `{}`, the other half are gone: documents are in flight when a bad entry is met
    all.forEach((p, i) => (i % 2 ? writeFileSync(p, "{}") : rmSync(p)));
    rmSync(out, { recursive: true });
    const r = runCli(["--in", inDir, "--out", out, "--cache", cache, "--workers", "1"], { timeoutMs: 240_000 });
    expect(r.status).toBe(0);
    expect(articlesText(out)).toBe(before);
  }, 600_000);

  it("an entry edited into other valid JSON is not used", () => {
    const { base, inDir } = corpus(2);
    const cache = join(base, "cache");
    const out = join(base, "out");
    expect(runCli(["--in", inDir, "--out", out, "--cache", cache, "--workers", "0"]).status).toBe(0);
    const before = articlesText(out);
    for (const p of entries(cache)) writeFileSync(p, readFileSync(p, "utf8").replaceAll("ferry", "zeppelin"));
    rmSync(out, { recursive: true });
    expect(runCli(["--in", inDir, "--out", out, "--cache", cache, "--workers", "0"]).status).toBe(0);
    expect(articlesText(out)).toBe(before);
    expect(before).toContain("ferry");
  }, 400_000);

  it("removes the half-written entries of a dead run, and nothing else", () => {
    const { base } = corpus(0);
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    const pid = Number(dead.stdout);
    const cache = new ResultCache(join(base, "cache"), "fp");
    const key = "ab".padEnd(64, "0");
    cache.put(key, JSON.stringify({ input: "x" }));
    const dir = join(base, "cache", "fp", "ab");
    writeFileSync(join(dir, `${key}.json.${pid}.1.tmp`), "half");
    writeFileSync(join(base, "cache", "fp", `.run-${pid}`), "");
    writeFileSync(join(dir, "user-notes.tmp"), "not ours");
    cache.close();
    new ResultCache(join(base, "cache"), "fp").close();
    expect(readdirSync(dir).sort()).toEqual([`${key}.json`, "user-notes.tmp"]);
    expect(readdirSync(join(base, "cache", "fp")).filter((n) => n.startsWith(".run-"))).toEqual([]);
  });
});

describe("every failure ends the process", () => {
  it("a cache that cannot be written while documents are in flight (like a full disk) fails the run with a message, no hang", () => {
    const { base, inDir } = corpus(40);
    const cache = join(base, "cache");
    const out = join(base, "out");
    expect(runCli(["--in", inDir, "--out", out, "--cache", cache, "--workers", "1"]).status).toBe(0);
    const before = readFileSync(join(out, "manifest.json"), "utf8");
    // the entries' folders become files: every write of an entry fails, as on a full disk
    const fp = readdirSync(cache).find((n) => statSync(join(cache, n)).isDirectory())!;
    for (let i = 0; i < 256; i++) {
      const sub = join(cache, fp, i.toString(16).padStart(2, "0"));
      rmSync(sub, { recursive: true, force: true });
      writeFileSync(sub, "");
    }
    // every input changed: all of them go to the worker, and the first answer fails the run
    for (const name of readdirSync(inDir)) writeFileSync(join(inDir, name), readFileSync(join(inDir, name), "utf8") + "A correction was added on Wednesday.\n");
    const r = runCli(["--in", inDir, "--out", out, "--cache", cache, "--workers", "1"], { timeoutMs: 240_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/run failed, previous output left untouched: .*E(EXIST|NOTDIR)/);
    expect(readFileSync(join(out, "manifest.json"), "utf8")).toBe(before);
  }, 600_000);
});

describe("a disk that fills while documents are in flight (a small tmpfs, where the machine lets the tests mount one)", () => {
  it("ends the run with exit 1 and the error, no hang", (ctx) => {
    const { base, inDir } = corpus(0);
    for (let i = 0; i < 60; i++) writeFileSync(join(inDir, `long-${i}.txt`), Array.from({ length: 12 }, (_, k) => story(i * 100 + k)).join("\n"));
    const disk = join(base, "disk");
    mkdirSync(disk);
    if (spawnSync("mount", ["-t", "tmpfs", "-o", "size=128k", "tmpfs", disk]).status !== 0) ctx.skip();
    try {
      const r = runCli(["--in", inDir, "--out", join(disk, "out"), "--cache", join(disk, "cache"), "--workers", "2"], { timeoutMs: 240_000 });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/run failed, previous output left untouched: ENOSPC/);
    } finally {
      spawnSync("umount", [disk]);
    }
  }, 400_000);
});

describe("re-runs", () => {
  it("--no-cache processes everything again and rewrites a damaged out/", () => {
    const { base, inDir } = corpus(3);
    const out = join(base, "out");
    const args = ["--in", inDir, "--out", out, "--workers", "0", "--log", "json"];
    expect(runCli([...args, "--cache", join(base, "cache")]).status).toBe(0);
    const before = articlesText(out);
    writeFileSync(join(out, "articles.jsonl"), "damaged\n");
    const r = runCli([...args, "--no-cache"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ unchanged: false, processed: 3, cached: 0 });
    expect(articlesText(out)).toBe(before);
  }, 400_000);

  it("an unchanged re-run notices that out/ was altered or is incomplete, and rewrites it", () => {
    const { base, inDir } = corpus(3);
    const out = join(base, "out");
    const args = ["--in", inDir, "--out", out, "--workers", "0", "--cache", join(base, "cache"), "--log", "json"];
    expect(runCli(args).status).toBe(0);
    const csv = readFileSync(join(out, "tables", "articles.csv"), "utf8");
    expect(JSON.parse(runCli(args).stdout).unchanged).toBe(true);
    writeFileSync(join(out, "tables", "articles.csv"), csv.replace("ferry", "Ferry"));
    expect(JSON.parse(runCli(args).stdout).unchanged).toBe(false);
    expect(readFileSync(join(out, "tables", "articles.csv"), "utf8")).toBe(csv);
    rmSync(join(out, "articles.yaml"));
    expect(JSON.parse(runCli(args).stdout).unchanged).toBe(false);
    expect(existsSync(join(out, "articles.yaml"))).toBe(true);
  }, 400_000);
});
