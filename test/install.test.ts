/**
 * Installing and launching as a user does: production dependencies only
 * (`npm ci --omit=dev`), `npx broadsheet`, `npm run -s pipeline -- --log json`
 * in a pipe, and a checkout moved to another folder.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundled } from "../runtime/bundle.mjs";
import { CODE_DIRS } from "../runtime/code.mjs";
import { corpus, ROOT, runCli } from "./helpers/cli.ts";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  bin?: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Package names a module imports (bare specifiers, `node:` built-ins left out). */
function importedPackages(source: string): Set<string> {
  const names = new Set<string>();
  const statics = /^\s*(?:import|export)\b[^;"'`()]*?\bfrom\s*["']([@a-z0-9][\w@./:-]*)["']|^\s*import\s*["']([@a-z0-9][\w@./:-]*)["']/gm;
  const dynamics = /\bimport\(\s*["']([@a-z0-9][\w@./:-]*)["']\s*\)/g;
  for (const m of [...source.matchAll(statics), ...source.matchAll(dynamics)]) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith("node:")) continue;
    const parts = spec.split("/");
    names.add(spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]);
  }
  return names;
}

/** The code folders a production install ships. */
const SHIPPED = ["package.json", "package-lock.json", ...CODE_DIRS, "raw"];

describe("production install", () => {
  it("everything the command line loads at run time is a dependency, not a devDependency", async () => {
    const modules = [
      ...["pipeline/launch.mjs", "runtime/bundle.mjs", "runtime/code.mjs", "pipeline/worker-entry.mjs", "write/tables-entry.mjs"].map((f) => join(ROOT, f)),
      ...(await Promise.all((["cli", "worker", "tables"] as const).map(async (n) => (await bundled(n))!.pathname))),
    ];
    const needed = new Set<string>();
    for (const file of modules) for (const name of importedPackages(readFileSync(file, "utf8"))) needed.add(name);
    expect([...needed].filter((n) => !(n in pkg.dependencies)).sort()).toEqual([]);
    // the launcher's fallback and the bundler themselves
    expect(needed).toContain("esbuild");
    expect(needed).toContain("tsx");
  }, 120_000);

  it("has a `broadsheet` bin: an executable launcher with a shebang", () => {
    const bin = pkg.bin?.broadsheet;
    expect(bin).toBeDefined();
    const file = join(ROOT, bin!);
    expect(readFileSync(file, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(file).mode & 0o111).not.toBe(0);
  });

  it("`npm ci --omit=dev` then `npm run -s pipeline -- --log json` and `npx broadsheet` work, and stdout is JSON only", (ctx) => {
    const app = mkdtempSync(join(tmpdir(), "bs-prod-"));
    for (const f of SHIPPED) cpSync(join(ROOT, f), join(app, f), { recursive: true });
    const ci = spawnSync("npm", ["ci", "--omit=dev", "--offline", "--no-audit", "--no-fund"], { cwd: app, encoding: "utf8", timeout: 240_000 });
    // Offline, from npm's cache (filled by the install that set up this checkout); without it there is nothing to test here.
    if (ci.status !== 0 && /ENOTCACHED|offline/i.test(ci.stderr)) ctx.skip();
    expect(ci.status, ci.stderr).toBe(0);
    expect(existsSync(join(app, "node_modules", "vitest"))).toBe(false);
    const run = spawnSync("npm", ["run", "-s", "pipeline", "--", "--log", "json", "--workers", "1"], { cwd: app, encoding: "utf8", timeout: 240_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ unchanged: false, rejects: 0 });
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    const npx = spawnSync("npx", ["--no-install", "broadsheet", "--log", "json", "--out", "out2", "--workers", "0"], { cwd: app, encoding: "utf8", timeout: 240_000 });
    expect(npx.status, npx.stderr).toBe(0);
    expect(JSON.parse(npx.stdout).articles).toBe(JSON.parse(run.stdout).articles);
    expect(readFileSync(join(app, "out2", "articles.jsonl"), "utf8")).toBe(readFileSync(join(app, "out", "articles.jsonl"), "utf8"));
  }, 600_000);
});

describe("a moved checkout", () => {
  it("still runs: its bundles do not point into the old folder", () => {
    const parent = mkdtempSync(join(tmpdir(), "bs-move-"));
    const before = join(parent, "before");
    for (const f of ["package.json", ...CODE_DIRS]) cpSync(join(ROOT, f), join(before, f), { recursive: true });
    // a code version of its own (one more file in the code folders), so that its bundles are built from this folder
    writeFileSync(join(before, "schemas", "moved-checkout.txt"), `${process.pid} ${Date.now()}\n`);
    // the same node_modules (and its bundle cache), as when the whole folder moves
    symlinkSync(join(ROOT, "node_modules"), join(before, "node_modules"));
    const { base, inDir } = corpus(2);
    const launcher = (dir: string) => join(dir, "pipeline", "launch.mjs");
    const first = runCli(["--in", inDir, "--out", join(base, "out1"), "--no-cache", "--workers", "1"], { launcher: launcher(before), cwd: before, timeoutMs: 240_000 });
    expect(first.status, first.stderr).toBe(0);
    const after = join(parent, "after");
    renameSync(before, after);
    const moved = runCli(["--in", inDir, "--out", join(base, "out2"), "--no-cache", "--workers", "1"], { launcher: launcher(after), cwd: after, timeoutMs: 240_000 });
    expect(moved.stderr).toBe("");
    expect(moved.status).toBe(0);
    expect(readFileSync(join(base, "out2", "articles.jsonl"), "utf8")).toBe(readFileSync(join(base, "out1", "articles.jsonl"), "utf8"));
  }, 600_000);
});
