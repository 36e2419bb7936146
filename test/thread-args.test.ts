import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { threadExecArgv } from "../runtime/thread-args.ts";

const ROOT = join(import.meta.dirname, "..");

describe("worker thread flags", () => {
  it("drop the TypeScript loader in every form node and tsx pass it, and keep the rest", () => {
    expect(threadExecArgv(["--import", "tsx", "--cpu-prof"])).toEqual(["--cpu-prof"]);
    expect(threadExecArgv(["--import=tsx", "--max-semi-space-size=4"])).toEqual(["--max-semi-space-size=4"]);
    expect(
      threadExecArgv(["--require", "/w/node_modules/tsx/dist/preflight.cjs", "--import", "file:///w/node_modules/tsx/dist/loader.mjs"]),
    ).toEqual([]);
    expect(threadExecArgv(["--import", "./my-hook.mjs", "--require", "dotenv/config"])).toEqual(["--import", "./my-hook.mjs", "--require", "dotenv/config"]);
  });

  it("a process flag that worker threads refuse (--expose-gc) does not stop a run with workers", () => {
    const out = join(mkdtempSync(join(tmpdir(), "bs-flags-")), "out");
    const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", join(ROOT, "cli", "main.ts"), "--in", join(ROOT, "raw"), "--out", out, "--quiet", "--no-cache", "--workers", "1"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.stderr).not.toMatch(/invalid execArgv/);
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, "articles.jsonl"), "utf8").trim().split("\n").length).toBeGreaterThan(0);
  }, 120_000);
});
