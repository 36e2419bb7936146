/**
 * Every way reading an input can fail, other than permissions (the tests run as root, where chmod 000 reads
 * anyway): a folder, a symlink loop, a dangling symlink, a file removed or swapped for one of these (or a FIFO)
 * between listing and reading, a file whose size changes while it is read. Each ends as a reject row with a reason
 * a user can act on; none blocks or stops the run, and the other inputs are processed.
 */
import { execFile, spawn, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInput } from "../pipeline/inputs.ts";
import { discoverInputs, unreadableReason } from "../stages/load/discover.ts";
import { corpus, ROOT } from "./helpers/cli.ts";

const errorOf = (r: ReturnType<typeof readInput>) => ("error" in r ? r.error : "read");

describe("readInput: a read that fails", () => {
  it("a folder, a symlink loop, a dangling symlink, a path through a file: each a reason, never an exception", () => {
    const { base } = corpus(0);
    mkdirSync(join(base, "folder.txt"));
    symlinkSync("loop-b.txt", join(base, "loop-a.txt"));
    symlinkSync("loop-a.txt", join(base, "loop-b.txt"));
    symlinkSync("gone.txt", join(base, "dangling.txt"));
    writeFileSync(join(base, "plain.txt"), "A short note about the ferry.\n");
    expect(errorOf(readInput(join(base, "folder.txt")))).toBe("not a regular file (a folder since it was listed)");
    expect(errorOf(readInput(join(base, "loop-a.txt")))).toBe("unreadable file: a symlink loop (ELOOP)");
    expect(errorOf(readInput(join(base, "dangling.txt")))).toMatch(/^"?unreadable file: it is no longer there .*\(ENOENT\)$/);
    expect(errorOf(readInput(join(base, "plain.txt", "inner.txt")))).toMatch(/^"?unreadable file: a folder on its path is not a folder any more \(ENOTDIR\)$/);
    expect(errorOf(readInput(join(base, "plain.txt")))).toBe("read");
  });

  it("a file that fails when listed reads as one that fails when read: one wording", async () => {
    const { base } = corpus(0);
    symlinkSync("loop-b.txt", join(base, "in", "loop-a.txt"));
    symlinkSync("loop-a.txt", join(base, "in", "loop-b.txt"));
    const listed = new Map<string, string>();
    for await (const e of discoverInputs(join(base, "in"))) if ("error" in e) listed.set(e.rel, e.error);
    expect(listed.get("loop-a.txt")).toBe(errorOf(readInput(join(base, "in", "loop-a.txt"))));
    // A missing root (a file named as --in and gone) and a code without words of its own still name the code.
    const gone: unknown[] = [];
    for await (const e of discoverInputs(join(base, "gone.txt"))) gone.push(e);
    expect(gone).toEqual([{ rel: "gone.txt", error: expect.stringMatching(/^unreadable file: it is no longer there .*\(ENOENT\)$/) }]);
    expect(unreadableReason(Object.assign(new Error("odd"), { code: "EWHATEVER" }))).toBe("unreadable file: EWHATEVER");
    expect(unreadableReason(Object.assign(new Error("denied"), { code: "EACCES" }), "folder")).toBe("unreadable folder: permission denied (EACCES); the files in it were not read");
  });

  // Files whose reported size is not what a read gives (procfs reports 0 bytes and gives more; sysfs 4,096 and a few):
  // read to their end, as a reader sees them.
  it.skipIf(!existsSync("/proc/self/status"))("a file that reports a size it does not have is read to its end", () => {
    const r = readInput("/proc/self/status");
    expect("bytes" in r && Buffer.from(r.bytes).toString("utf8")).toMatch(/^Name:/);
  });
});

describe("readInput: a file being written while it is read", () => {
  // A writer at work between a try's read and its check (`changing`), no waits: deterministic.
  const story = "The ferry to Kelmsby ran twice on Sunday.\n";
  const fileOf = (text: string) => {
    const path = join(corpus(0).base, "export.jsonl");
    writeFileSync(path, text);
    return path;
  };
  it("read again when it changed: the next try's bytes", () => {
    const path = fileOf(story);
    const r = readInput(path, undefined, { waits: [0, 0], changing: (k) => k === 0 && appendFileSync(path, story) });
    expect("bytes" in r && Buffer.from(r.bytes).toString("utf8")).toBe(story + story);
  });
  it("one that grows on every try is taken as it was when the last try opened it (appended to, never half read)", () => {
    const path = fileOf(story);
    let appended = 0;
    const r = readInput(path, undefined, { waits: [0, 0], changing: () => (appendFileSync(path, story), appended++) });
    expect(appended).toBe(3);
    expect("bytes" in r && Buffer.from(r.bytes).toString("utf8")).toBe(story.repeat(3));
  });
  it("one rewritten in place or truncated on every try is rejected, with a reason that never changes from run to run", () => {
    const path = fileOf(story);
    let k = 0;
    const rewrite = () => {
      writeFileSync(path, story.toUpperCase());
      utimesSync(path, 1_000 + k, 1_000 + k++);
    };
    expect(errorOf(readInput(path, undefined, { waits: [0, 0], changing: rewrite }))).toBe(
      "file changed while it was read (it was rewritten); it may still be being written, and is read again on the next run",
    );
    let shorter = story.length - 2;
    expect(errorOf(readInput(path, undefined, { waits: [0, 0], changing: () => writeFileSync(path, "A".repeat(shorter--)) }))).toBe(
      "file changed while it was read (it shrank); it may still be being written, and is read again on the next run",
    );
  });
  it("a file appended to by another process all along is read, never rejected", async () => {
    const path = fileOf(story.repeat(200_000));
    // Appends a line every few ms for about 2 s.
    const writer = spawn(process.execPath, ["-e", `const fs = require("fs"); const end = Date.now() + 2000; const t = setInterval(() => { fs.appendFileSync(${JSON.stringify(path)}, ${JSON.stringify(story)}); if (Date.now() > end) clearInterval(t); }, 2);`]);
    try {
      await new Promise((done) => setTimeout(done, 200));
      for (let k = 0; k < 5; k++) {
        const r = readInput(path);
        expect(errorOf(r)).toBe("read");
        const text = Buffer.from((r as { bytes: Uint8Array }).bytes).toString("utf8");
        expect(text.length % story.length).toBe(0);
      }
    } finally {
      writer.kill();
    }
  }, 30_000);
});

describe("a run whose inputs cannot be read", () => {
  it("lists each as a reject with its reason, processes the rest, and never blocks", async () => {
    const { base, inDir } = corpus(8);
    // Found so at listing: a FIFO, a symlink loop, a dangling symlink.
    const fifo = spawnSync("mkfifo", [join(inDir, "pipe.txt")]).status === 0;
    symlinkSync("loop-b.txt", join(inDir, "loop-a.txt"));
    symlinkSync("loop-a.txt", join(inDir, "loop-b.txt"));
    symlinkSync("gone.txt", join(inDir, "dangling.txt"));
    // Swapped after listing (the run's onTotal hook: discovery is done, nothing processed yet).
    const swap = `
      const { mkdirSync, rmSync, symlinkSync } = await import("node:fs");
      const { spawnSync } = await import("node:child_process");
      const at = (n) => ${JSON.stringify(inDir)} + "/story-00" + n + ".txt";
      const swap = () => {
        rmSync(at(1)); mkdirSync(at(1));
        rmSync(at(2)); symlinkSync("story-002.txt", at(2));
        rmSync(at(3)); symlinkSync("nowhere.txt", at(3));
        rmSync(at(4));
        rmSync(at(5)); spawnSync("mkfifo", [at(5)]);
      };`;
    // In a child process with a timeout: a blocking read would hang this test's worker for good.
    const script = `
      import { configOf } from ${JSON.stringify(join(ROOT, "schemas", "config.ts"))};
      import { runPipeline } from ${JSON.stringify(join(ROOT, "pipeline", "run.ts"))};
      ${swap}
      const s = await runPipeline(configOf({ inputs: ${JSON.stringify(inDir)}, output: ${JSON.stringify(join(base, "out"))}, workers: 1, concurrency: 2, cache: null }), { onTotal: swap });
      console.log(JSON.stringify({ processed: s.processed, rejected: s.rejected }));`;
    // A file, not -e: worker threads inherit the process's flags, and --input-type is refused there.
    writeFileSync(join(base, "run.mjs"), script);
    // Not spawnSync: the test's own thread stays free to report to vitest while the run goes on.
    const r = await new Promise<{ status: number | null; signal: string | null; stdout: string; stderr: string }>((done) =>
      execFile(process.execPath, ["--import", "tsx", join(base, "run.mjs")], { cwd: ROOT, encoding: "utf8", timeout: 150_000, killSignal: "SIGKILL" }, (err, stdout, stderr) =>
        done({ status: err ? ((err as { code?: number }).code ?? null) : 0, signal: (err as { signal?: string } | null)?.signal ?? null, stdout, stderr }),
      ),
    );
    expect(r.signal).toBeNull();
    expect(r.status, r.stderr).toBe(0);
    // stories 0, 6, 7 processed; 1–5 and the three (or four) found broken at listing rejected
    expect(JSON.parse(r.stdout.trim().split("\n").pop()!)).toEqual({ processed: 3, rejected: fifo ? 9 : 8 });
    const rows = new Map(
      readFileSync(join(base, "out", "tables", "rejects.csv"), "utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((line) => [line.split(",")[0], line.split(",").slice(2).join(",")]),
    );
    // One wording whether a file fails when listed or when read (stages/load/discover.ts unreadableReason).
    expect(rows.get("loop-a.txt")).toMatch(/^"?unreadable file: a symlink loop \(ELOOP\),/);
    expect(rows.get("loop-b.txt")).toMatch(/^"?unreadable file: a symlink loop \(ELOOP\),/);
    expect(rows.get("dangling.txt")).toMatch(/^"?broken symlink/);
    if (fifo) expect(rows.get("pipe.txt")).toMatch(/^"?not a regular file \(fifo\)/);
    expect(rows.get("story-001.txt")).toMatch(/^"?not a regular file \(a folder since it was listed\)/);
    expect(rows.get("story-002.txt")).toMatch(/^"?unreadable file: a symlink loop \(ELOOP\)/);
    expect(rows.get("story-003.txt")).toMatch(/^"?unreadable file: it is no longer there .*\(ENOENT\)/);
    expect(rows.get("story-004.txt")).toMatch(/^"?unreadable file: it is no longer there .*\(ENOENT\)/);
    expect(rows.get("story-005.txt")).toMatch(/^"?not a regular file \(a FIFO, socket or device since it was listed\)/);
  }, 180_000);
});
