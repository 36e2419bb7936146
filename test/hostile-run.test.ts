/**
 * Hazards of the run itself (issue safe, run level): interrupted runs, two runs
 * into one output, inputs that change or vanish while the run reads them, an
 * output on a path with spaces and non-ASCII letters. bench/interrupt.ts kills
 * whole runs at random points; these tests pin each fix at small size.
 */
import { execFile, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configOf } from "../schemas/config.ts";
import { Manifest } from "../schemas/records.ts";
import { runPipeline } from "../pipeline/run.ts";
import { sha256 } from "../runtime/sha256.ts";
import { EntryCache } from "../runtime/entry-cache.ts";
import { lockOutput, recoverInterruptedSwap } from "../runtime/output-dir.ts";
import { boundDocumentText } from "../stages/clean/bounds.ts";
import { corpus, LAUNCH, ROOT, runCli, story } from "./helpers/cli.ts";
import { processFile } from "../pipeline/document.ts";
import { loadBytes } from "../stages/load/index.ts";
import { runKind, type HostileKind } from "../bench/hostile.ts";

const manifestOf = (out: string) => Manifest.parse(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")));

/** The pid of a process that has ended (so the pid names nobody, or a process that is not ours). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(r.stdout);
}

describe("interrupted runs", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("%s: the previous out/ stays whole, nothing is left beside it, the process ends with the signal", async (signal) => {
    const { base, inDir } = corpus(60);
    const out = join(base, "out");
    expect(runCli(["--in", inDir, "--out", out, "--no-cache", "--workers", "0"]).status).toBe(0);
    const before = readFileSync(join(out, "manifest.json"));
    writeFileSync(join(inDir, "story-new.txt"), story(999));
    const child = spawn(process.execPath, [LAUNCH, "--quiet", "--in", inDir, "--out", out, "--no-cache", "--workers", "0", "--concurrency", "1"], { cwd: ROOT, stdio: "ignore" });
    // interrupted once it is part-way: its temporary output folder holds results
    const partWay = () => readdirSync(base).some((n) => n.startsWith("out.tmp-") && existsSync(join(base, n, ".work", "partial.jsonl")));
    const deadline = Date.now() + 120_000;
    while (!partWay() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    child.kill(signal);
    const [code, sig] = await new Promise<[number | null, string | null]>((r) => child.on("exit", (c, s) => r([c, s])));
    expect(sig ?? code).toBe(signal);
    expect(readFileSync(join(out, "manifest.json")).equals(before)).toBe(true);
    expect(readdirSync(base).sort()).toEqual(["in", "out"]);
  }, 180_000);

  it("a folder of a dead run left empty before its marker was written is removed; a user's empty folder named like one with a live pid is kept", () => {
    const { base } = corpus(0);
    const out = join(base, "out");
    mkdirSync(out);
    const dead = join(base, `out.tmp-${deadPid()}`);
    mkdirSync(dead);
    const live = join(base, `out.tmp-${process.ppid}`);
    mkdirSync(live);
    const full = join(base, `out.tmp-${deadPid()}`);
    mkdirSync(full);
    writeFileSync(join(full, "notes.txt"), "a user's file");
    recoverInterruptedSwap(out);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(readFileSync(join(full, "notes.txt"), "utf8")).toBe("a user's file");
  });
});

describe("a run killed inside its swap", () => {
  it("the marker a killed run left inside the previous output (about to move it aside) is removed by the next run; a live run's is kept", () => {
    const { base } = corpus(0);
    const out = join(base, "out");
    mkdirSync(out);
    writeFileSync(join(out, "manifest.json"), "{}");
    writeFileSync(join(out, ".broadsheet-temp"), JSON.stringify({ pid: deadPid() }));
    recoverInterruptedSwap(out);
    expect(readdirSync(out)).toEqual(["manifest.json"]);
    writeFileSync(join(out, ".broadsheet-temp"), JSON.stringify({ pid: process.ppid }));
    recoverInterruptedSwap(out);
    expect(readdirSync(out).sort()).toEqual([".broadsheet-temp", "manifest.json"]);
  });
});

describe("two runs into one output", () => {
  it("a run is refused (exit 2, named process) while a live run holds the output's lock; a dead run's lock is taken over and removed", () => {
    const { base, inDir } = corpus(3);
    const out = join(base, "out");
    const lock = `${out}.broadsheet-lock`;
    // held by a live process (this test's parent)
    writeFileSync(lock, JSON.stringify({ tool: "broadsheet", pid: process.ppid, start: null }) + "\n");
    const refused = runCli(["--in", inDir, "--out", out, "--no-cache", "--workers", "0"]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`another Broadsheet run (process ${process.ppid}) is writing`);
    expect(existsSync(out)).toBe(false);
    // left by a run that died
    writeFileSync(lock, JSON.stringify({ tool: "broadsheet", pid: deadPid(), start: null }) + "\n");
    expect(runCli(["--in", inDir, "--out", out, "--no-cache", "--workers", "0"]).status).toBe(0);
    expect(manifestOf(out).counts.processed).toBe(3);
    expect(readdirSync(base).sort()).toEqual(["in", "out"]);
  }, 120_000);

  it("a file of the user's named like the lock is never removed: the run is refused", () => {
    const { base } = corpus(0);
    const out = join(base, "out");
    writeFileSync(`${out}.broadsheet-lock`, "my notes");
    expect(() => lockOutput(out)).toThrow(/in the way/);
    expect(readFileSync(`${out}.broadsheet-lock`, "utf8")).toBe("my notes");
  });

  it("two runs started at once into the same output: each finishes or is refused, and the output is whole", async () => {
    const { base, inDir } = corpus(40);
    const out = join(base, "out");
    const start = () => spawn(process.execPath, [LAUNCH, "--quiet", "--in", inDir, "--out", out, "--no-cache", "--workers", "0"], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    const runs = [start(), start()].map(
      (c) =>
        new Promise<{ code: number | null; stderr: string }>((r) => {
          let stderr = "";
          c.stderr!.on("data", (d) => (stderr += d));
          c.on("close", (code) => r({ code, stderr }));
        }),
    );
    const results = await Promise.all(runs);
    for (const r of results) expect([0, 2]).toContain(r.code);
    expect(results.some((r) => r.code === 0)).toBe(true);
    for (const r of results.filter((x) => x.code === 2)) expect(r.stderr).toContain("another Broadsheet run");
    expect(manifestOf(out).counts.processed).toBe(40);
    expect(readdirSync(base).sort()).toEqual(["in", "out"]);
  }, 180_000);
});

describe("inputs that change while the run reads them", () => {
  it("a file rewritten, removed or grown past the size cap after discovery: the article is what was read, the removed file a reject, the grown one rejected from its size", async () => {
    const { base, inDir } = corpus(4);
    const out = join(base, "out");
    const cap = 4096;
    const config = configOf({ inputs: inDir, output: out, workers: 0, concurrency: 1, cache: null, max_document_bytes: cap });
    const rewritten = story(77).replace("Ferry service", "Tram service");
    const s = await runPipeline(config, {
      // called once discovery has hashed the inputs, before any document is processed
      onTotal: () => {
        writeFileSync(join(inDir, "story-000.txt"), rewritten);
        unlinkSync(join(inDir, "story-001.txt"));
        writeFileSync(join(inDir, "story-002.txt"), story(2));
        truncateSync(join(inDir, "story-002.txt"), cap * 4); // a sparse tail: grown past the cap
      },
    });
    expect(s.inputs).toBe(4);
    const m = manifestOf(out);
    const row = (name: string) => m.inputs.find((r) => r.input === name)!;
    // the article is the text read, and the manifest's hash is that of the bytes it came from
    const articles = readFileSync(join(out, "articles.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { source: string; title: string });
    expect(articles.find((a) => a.source === "story-000.txt")!.title).toContain("Tram service");
    expect(row("story-000.txt").sha256).toBe(sha256(Buffer.from(rewritten)));
    const rejects = readFileSync(join(out, "tables", "rejects.csv"), "utf8");
    expect(row("story-001.txt").status).toBe("rejected");
    expect(rejects).toMatch(/story-001\.txt,,"unreadable file: it is no longer there \(removed or renamed since it was listed, or a symlink whose target is gone\) \(ENOENT\)"/);
    expect(row("story-002.txt").status).toBe("rejected");
    expect(rejects).toMatch(/story-002\.txt,,file too large/);
    expect(row("story-003.txt").status).toBe("processed");
  }, 120_000);
});

describe("output paths", () => {
  it("an output on a path with spaces, accents, CJK and an emoji is written and replaced like any other", () => {
    const { base, inDir } = corpus(3);
    const out = join(base, "résultats 新闻 📰", "out put");
    expect(runCli(["--in", inDir, "--out", out, "--no-cache", "--workers", "0"]).status).toBe(0);
    expect(runCli(["--in", inDir, "--out", out, "--no-cache", "--workers", "0"]).status).toBe(0);
    expect(manifestOf(out).counts.processed).toBe(3);
    expect(readdirSync(join(base, "résultats 新闻 📰"))).toEqual(["out put"]);
  }, 120_000);
});

describe("read-only and full file systems (where the machine lets the tests mount a tmpfs)", () => {
  /** A small tmpfs at a new folder, or null where mounting is not allowed. */
  function tmpfs(size: string): string | null {
    const { base } = corpus(0);
    const vol = join(base, "vol");
    mkdirSync(vol);
    return spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", vol]).status === 0 ? vol : null;
  }

  it("an --out on a read-only file system is refused before any work (exit 2), naming why", (ctx) => {
    const vol = tmpfs("1m");
    if (!vol) return ctx.skip();
    try {
      mkdirSync(join(vol, "sub"));
      expect(spawnSync("mount", ["-o", "remount,ro", vol]).status).toBe(0);
      const { inDir } = corpus(2);
      const r = runCli(["--in", inDir, "--out", join(vol, "sub", "out"), "--no-cache", "--workers", "0"]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("is on a read-only file system");
    } finally {
      spawnSync("umount", [vol]);
    }
  }, 120_000);

  it("a disk that fills up during the run: exit 1 with the reason, the previous output whole, nothing left beside it", (ctx) => {
    const vol = tmpfs("1200k");
    if (!vol) return ctx.skip();
    try {
      const small = corpus(3);
      const out = join(vol, "out");
      expect(runCli(["--in", small.inDir, "--out", out, "--no-cache", "--workers", "0"]).status).toBe(0);
      const before = readFileSync(join(out, "manifest.json"));
      const big = corpus(400);
      const r = runCli(["--in", big.inDir, "--out", out, "--no-cache", "--workers", "0"]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("ENOSPC");
      expect(readFileSync(join(out, "manifest.json")).equals(before)).toBe(true);
      expect(readdirSync(vol)).toEqual(["out"]);
    } finally {
      spawnSync("umount", [vol]);
    }
  }, 180_000);
});

describe("input hazards at the scale of a real export", () => {
  const prose = (i: number) => `The council of town ${i} met on Tuesday to approve the new budget for its schools. Officials said the vote was close and that the plan would take effect in May.`;
  const rec = (i: number, extra: Record<string, unknown> = {}) => JSON.stringify({ id: `r${i}`, title: `Record ${i}`, text: prose(i), ...extra });

  it("JSON Lines: huge metadata values are rejected fields (the record kept), deep values and non-object lines never stop the file, duplicate ids across files stay separate articles", async () => {
    const { base, inDir } = corpus(0, {
      "huge.jsonl": [
        rec(1, { title: "Big ".repeat(50_000) }),
        rec(2, { author: ["Ann Lee", "x".repeat(20_000)] }),
        rec(3, { id: "i".repeat(20_000) }),
        rec(4, { url: `https://example.org/${"a/".repeat(10_000)}`, site: { name: "S".repeat(20_000) } }),
        `{"id":"r5","title":"Deep field","text":${JSON.stringify(prose(5))},"extra":${"[".repeat(50_000)}${"]".repeat(50_000)}}`,
        "[" + rec(6) + "]",
        "42",
        '"a string"',
        rec(7),
      ].join("\n"),
      "dup-a.jsonl": [rec(20), rec(20), rec(21)].join("\n"),
      "dup-b.jsonl": [rec(20), rec(21)].join("\n"),
    });
    const out = join(base, "out");
    await runPipeline(configOf({ inputs: inDir, output: out, workers: 0, concurrency: 2, cache: null }));
    const articles = readFileSync(join(out, "articles.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, string | null>);
    const of = (source: string, text: string) => articles.filter((a) => a.source === source && a.text!.includes(text));
    // every usable record is an article; the oversized fields are gone, the others kept
    const [r1] = of("huge.jsonl", "town 1 ");
    expect(r1.title).toBeNull();
    expect(r1.record_id).toBe("r1");
    expect(of("huge.jsonl", "town 2 ")[0].author).toBeNull();
    expect(of("huge.jsonl", "town 3 ")[0].record_id).toBeNull();
    const r4 = of("huge.jsonl", "town 4 ")[0];
    expect([r4.url, r4.site, r4.title]).toEqual([null, null, "Record 4"]);
    expect(of("huge.jsonl", "town 5 ")).toHaveLength(1);
    expect(of("huge.jsonl", "town 7 ")).toHaveLength(1);
    for (const a of articles) for (const k of ["title", "author", "site", "url", "record_id"]) expect((a[k] ?? "").length).toBeLessThanOrEqual(10_000);
    const rejects = readFileSync(join(out, "tables", "rejects.csv"), "utf8");
    expect(rejects).toContain('line 1: field ""title"" rejected: 199999 characters, more than 10000; the record is kept without it');
    expect(rejects).toContain('line 3: field ""id"" rejected: 20000 characters');
    // (an array of records on one line is several records: its record is an article)
    expect(of("huge.jsonl", "town 6 ")).toHaveLength(1);
    expect(rejects).toMatch(/line 7: not a JSON object \(number\)/);
    expect(rejects).toMatch(/line 8: not a JSON object \(string\)/);
    // the same record id in two files, and twice in one: five articles with five distinct ids
    const dups = articles.filter((a) => a.source!.startsWith("dup-"));
    expect(dups).toHaveLength(5);
    expect(new Set(dups.map((a) => a.article_id)).size).toBe(5);
  }, 120_000);

  it("a feed of 3,000 items gives 3,000 articles; names differing only by case or by Unicode normalisation are separate inputs", async () => {
    const items = Array.from({ length: 3000 }, (_, i) => `<item><title>Item ${i}</title><link>https://example.org/i/${i}</link><guid>same</guid><description>${prose(i)}</description></item>`).join("");
    const { base, inDir } = corpus(0, {
      "big.rss": `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>${items}</channel></rss>`,
      "Story.txt": story(1),
      "story.txt": story(2),
      "caf\u00e9.txt": story(3),
      "cafe\u0301.txt": story(4),
    });
    const out = join(base, "out");
    await runPipeline(configOf({ inputs: inDir, output: out, workers: 0, concurrency: 2, cache: null }));
    const m = manifestOf(out);
    expect(m.inputs.map((r) => r.input).sort()).toEqual(["Story.txt", "big.rss", "cafe\u0301.txt", "caf\u00e9.txt", "story.txt"].sort());
    const articles = readFileSync(join(out, "articles.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { source: string; article_id: string });
    expect(articles.filter((a) => a.source === "big.rss")).toHaveLength(3000);
    expect(new Set(articles.map((a) => a.article_id)).size).toBe(articles.length);
    for (const name of ["Story.txt", "story.txt", "caf\u00e9.txt", "cafe\u0301.txt"]) expect(articles.filter((a) => a.source === name)).toHaveLength(1);
  }, 120_000);
});

describe("metadata floods in pages and feeds", () => {
  const para = (i: number) => `<p>The council of town ${i} met on Tuesday to approve the new budget for its schools. Officials said the vote was close and that the plan would take effect in May.</p>`;

  it("a headline block longer than any title is dropped with an audit row and never counts against the body's length bound", () => {
    const title = "Big ".repeat(6000).trim();
    const body = "The council met on Tuesday. The vote was close and the plan takes effect in May.";
    const bounded = boundDocumentText({ blocks: [{ text: title, role: "title" }, { text: body, role: "body" }], removed: [], meta: {} }, title.length + 40);
    expect(bounded.blocks).toEqual([{ text: body, role: "body" }]);
    expect(bounded.removed.map((r) => r.rule)).toEqual(["limits/title-length"]);
  });

  it("a page whose <title> and a feed item whose <author> hold 30,000 characters: the article kept with its body, the field a reject row", async () => {
    const { base, inDir } = corpus(0, {
      "page.html": `<html><head><title>${"Big ".repeat(7500)}</title></head><body><article><h1>Short</h1>${para(1)}${para(2)}</article></body></html>`,
      "feed.rss": `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>Item</title><author>${"x".repeat(30_000)}</author><link>https://example.org/1</link><description>${para(3)}</description></item></channel></rss>`,
    });
    const out = join(base, "out");
    await runPipeline(configOf({ inputs: inDir, output: out, workers: 0, concurrency: 1, cache: null }));
    const articles = readFileSync(join(out, "articles.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, string | null>);
    const page = articles.find((a) => a.source === "page.html")!;
    expect(page.title === null || page.title.length <= 10_000).toBe(true);
    expect(page.text).toContain("town 1 met on Tuesday");
    expect(page.text).toContain("town 2 met on Tuesday");
    const item = articles.find((a) => a.source === "feed.rss")!;
    expect(item.author).toBeNull();
    expect(item.text).toContain("town 3 met on Tuesday");
    const rejects = readFileSync(join(out, "tables", "rejects.csv"), "utf8");
    expect(rejects).toContain('feed.rss,,"field ""author"" rejected: 30000 characters, more than 10000; the article is kept without it",write');
  }, 120_000);
});

describe("cache entries written in part", () => {
  it("an entry cut at any length (a power cut after the rename, before the data reached the disk) or with one byte changed is a miss, never read back", () => {
    const { base } = corpus(0);
    const cache = new EntryCache(join(base, "cache"), "fp");
    const json = JSON.stringify({ input: "a.txt", text: "The ferry line reopened on Tuesday after repairs." });
    cache.put("abcdef", json);
    expect(cache.read("abcdef")?.toString("utf8")).toBe(json);
    const path = cache.path("abcdef");
    const whole = readFileSync(path);
    for (let len = 0; len < whole.length; len++) {
      writeFileSync(path, whole.subarray(0, len));
      expect(cache.read("abcdef")).toBeNull();
    }
    for (let i = 0; i < whole.length; i += 7) {
      const flipped = Buffer.from(whole);
      flipped[i] ^= 0x20;
      writeFileSync(path, flipped);
      expect(cache.read("abcdef")).toBeNull();
    }
    cache.close();
  });
});

/**
 * Run an ES module `script` in a child process (killed past `timeoutMs`). Not spawnSync: the test's own thread stays
 * free to report to vitest while the child runs.
 */
const moduleScript = (script: string, timeoutMs: number) =>
  new Promise<{ signal: string | null; stdout: string; stderr: string }>((done) =>
    execFile(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8", timeout: timeoutMs, killSignal: "SIGKILL" }, (err, stdout, stderr) =>
      done({ signal: (err as { signal?: string } | null)?.signal ?? null, stdout, stderr }),
    ),
  );

describe("a file replaced by a FIFO after it was listed", () => {
  it("is rejected as not a regular file; the run never blocks on it", async () => {
    const { base, inDir } = corpus(2);
    // In a child process with a timeout: a blocking read would hang this test's worker for good.
    const script = `
      import { spawnSync } from "node:child_process";
      import { unlinkSync } from "node:fs";
      import { configOf } from ${JSON.stringify(join(ROOT, "schemas", "config.ts"))};
      import { runPipeline } from ${JSON.stringify(join(ROOT, "pipeline", "run.ts"))};
      const victim = ${JSON.stringify(join(inDir, "story-001.txt"))};
      const s = await runPipeline(configOf({ inputs: ${JSON.stringify(inDir)}, output: ${JSON.stringify(join(base, "out"))}, workers: 0, concurrency: 1, cache: null }), {
        onTotal: () => { unlinkSync(victim); spawnSync("mkfifo", [victim]); },
      });
      console.log(JSON.stringify({ processed: s.processed, rejected: s.rejected }));`;
    const r = await moduleScript(script, 90_000);
    expect(r.signal).toBeNull();
    expect(JSON.parse(r.stdout.trim().split("\n").pop()!)).toEqual({ processed: 1, rejected: 1 });
    expect(readFileSync(join(base, "out", "tables", "rejects.csv"), "utf8")).toContain(`story-001.txt,,"not a regular file (a FIFO, socket or device since it was listed)"`);
  }, 120_000);
});

describe("a cache entry replaced by a FIFO or a folder", () => {
  it("is a miss, read whole or as a large entry; the run never blocks on it", async () => {
    const { base } = corpus(0);
    // In a child process with a timeout: a blocking open would hang this test's worker for good.
    const script = `
      import { spawnSync } from "node:child_process";
      import { mkdirSync, rmSync } from "node:fs";
      import { ResultCache } from ${JSON.stringify(join(ROOT, "pipeline", "cache.ts"))};
      const got = [];
      for (const largeBytes of [1, 1e9]) {
        const cache = new ResultCache(${JSON.stringify(join(base, "cache"))}, "fp", largeBytes);
        const expect = { input: "a.txt", sha256: "0" };
        for (const [key, make] of [["ab".padEnd(64, "0"), (p) => spawnSync("mkfifo", [p])], ["cd".padEnd(64, "0"), (p) => mkdirSync(p)]]) {
          cache.put(key, JSON.stringify({ input: "a.txt", sha256: "0", bytes: 0, articles: [], removed: [], rejects: [] }));
          rmSync(cache.path(key));
          make(cache.path(key));
          got.push(await cache.get(key, expect));
          rmSync(cache.path(key), { recursive: true });
        }
        cache.close();
      }
      console.log(JSON.stringify(got));`;
    const r = await moduleScript(script, 60_000);
    expect(r.signal).toBeNull();
    expect(JSON.parse(r.stdout.trim().split("\n").pop()!)).toEqual([null, null, null, null]);
  }, 90_000);

  it("is a miss for EntryCache.read too (the one that reads an entry whole); it never blocks on it", async () => {
    const { base } = corpus(0);
    const script = `
      import { spawnSync } from "node:child_process";
      import { mkdirSync, rmSync } from "node:fs";
      import { EntryCache } from ${JSON.stringify(join(ROOT, "runtime", "entry-cache.ts"))};
      const cache = new EntryCache(${JSON.stringify(join(base, "cache"))}, "fp");
      const got = [];
      for (const make of [(p) => spawnSync("mkfifo", [p]), (p) => mkdirSync(p)]) {
        cache.put("ef01", JSON.stringify({ note: "The tram depot opened its doors on Friday." }));
        got.push(cache.read("ef01") !== null);
        rmSync(cache.path("ef01"));
        make(cache.path("ef01"));
        got.push(cache.read("ef01"), await cache.lookup("ef01", 1), await cache.lookup("ef01", 1e9));
        rmSync(cache.path("ef01"), { recursive: true });
      }
      cache.close();
      console.log(JSON.stringify(got));`;
    const r = await moduleScript(script, 60_000);
    expect(r.signal).toBeNull();
    expect(JSON.parse(r.stdout.trim().split("\n").pop()!)).toEqual([true, null, null, null, true, null, null, null]);
  }, 90_000);
});

describe("a file of many documents reports its progress document by document", () => {
  it("processFile calls onDocument once per record, also for a record a stage rejects, so that the time budget is per document", () => {
    const records = [1, 2, 3].map((i) => JSON.stringify({ id: `r${i}`, title: `Story ${i}`, text: story(i) }));
    const lines = [records[0], "{broken", JSON.stringify({ id: "empty", text: "" }), records[1], records[2]];
    let calls = 0;
    const r = processFile("export.jsonl", Buffer.from(lines.join("\n") + "\n"), { skip: new Set<string>() }, { onDocument: (unit) => void (unit !== undefined && calls++) });
    expect(r.articles.map((a) => a.record_id)).toEqual(["r1", "r2", "r3"]);
    // one call per document the loader gives (the broken line is a reject row, not a document), plus one without a unit after the last
    const loaded = loadBytes("export.jsonl", Buffer.from(lines.join("\n") + "\n"));
    expect(calls).toBe(loaded.ok ? loaded.docs.length : -1);
    expect(calls).toBeGreaterThanOrEqual(3);
  });
});

describe("bench:hostile's cached kinds (bench/hostile.ts runKind)", () => {
  it("count as met only when the measured run took every input from the cache the first run filled", async () => {
    const { base } = corpus(0);
    const kind = (args: string[]): HostileKind => ({ name: `cached${args.length}`, what: "one story, cached", write: (dir) => writeFileSync(join(dir, "a.txt"), story(1)), expectArticles: 1, cached: true, args });
    const limits = { rssBytes: 4096 * 1024 * 1024, timeoutMs: 120_000 };
    const hit = await runKind(kind([]), base, limits);
    expect([hit.ok, hit.articles, hit.note]).toEqual([true, 1, ""]);
    // the same run with the cache turned off: the article is there, but nothing was read from a cache
    const bypassed = await runKind(kind(["--no-cache"]), base, limits);
    expect([bypassed.ok, bypassed.articles, bypassed.note]).toEqual([false, 1, "0 of 1 inputs from the cache; "]);
  }, 240_000);
});
