/**
 * The folder layout's one rule: imports run downward. Each code folder has a
 * rank (README "How it works"); a module may import its own folder and the
 * folders below it, never one above: no stage or runtime module reaches up into
 * the run (pipeline/) or the command line (cli/).
 *
 *   cli  >  pipeline  >  write  >  corpus  >  stages  >  runtime  >  schemas
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CODE_DIRS, ROOT } from "../runtime/code.mjs";

const RANK: Record<string, number> = { schemas: 0, runtime: 1, stages: 2, corpus: 3, write: 4, pipeline: 5, cli: 6 };

/**
 * Imports allowed to point up, each with its reason. The `broadsheet` bin stays at
 * pipeline/launch.mjs (package.json `bin`, and the path scripts and users run);
 * it only starts the command line.
 */
const ALLOWED = new Set(["pipeline/launch.mjs -> cli/main.ts"]);

/** Relative module specifiers of a source file: static and dynamic imports, re-exports, `new URL("./x", import.meta.url)`. */
export function relativeSpecifiers(src: string): string[] {
  const out: string[] = [];
  const re = /\b(?:from|import)\s*\(?\s*["'](\.\.?\/[^"']+)["']|new URL\(\s*["'](\.\.?\/[^"']+)["']\s*,\s*import\.meta\.url/g;
  for (const m of src.matchAll(re)) out.push(m[1] ?? m[2]);
  return out;
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(ts|mts|mjs)$/.test(name)) files.push(path);
  }
  return files;
}

/** "a/b.ts -> c/d.ts" for every import from a code folder to a folder of higher rank. */
export function upwardImports(files: { path: string; src: string }[]): string[] {
  const bad: string[] = [];
  for (const { path, src } of files) {
    const from = path.split("/")[0];
    for (const spec of relativeSpecifiers(src)) {
      const target = posix.normalize(posix.join(posix.dirname(path), spec));
      const to = target.split("/")[0];
      if (!(from in RANK) || !(to in RANK)) continue;
      const edge = `${path} -> ${target}`;
      if (RANK[to] > RANK[from] && !ALLOWED.has(edge)) bad.push(edge);
    }
  }
  return bad;
}

describe("layout", () => {
  it("every code folder has a rank", () => {
    expect([...CODE_DIRS].sort()).toEqual(Object.keys(RANK).sort());
  });

  it("no module imports a folder above its own (stages and runtime never reach into pipeline or cli)", () => {
    const files = CODE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d))).map((f) => ({
      path: relative(ROOT, f).split("\\").join("/"),
      src: readFileSync(f, "utf8"),
    }));
    expect(files.length).toBeGreaterThan(50);
    expect(upwardImports(files)).toEqual([]);
  });

  it("the check sees static, type-only, dynamic and URL imports", () => {
    const files = [
      { path: "stages/a.ts", src: 'import type { X } from "../pipeline/run.ts";' },
      { path: "runtime/b.ts", src: 'const m = await import("../cli/main.ts");' },
      { path: "stages/c/d.ts", src: 'export { y } from "../../write/csv.ts";' },
      { path: "runtime/e.mjs", src: 'new URL("../pipeline/worker-entry.mjs", import.meta.url)' },
      { path: "pipeline/f.ts", src: 'import { z } from "../stages/types.ts";\nimport { w } from "./run.ts";' },
    ];
    expect(upwardImports(files)).toEqual([
      "stages/a.ts -> pipeline/run.ts",
      "runtime/b.ts -> cli/main.ts",
      "stages/c/d.ts -> write/csv.ts",
      "runtime/e.mjs -> pipeline/worker-entry.mjs",
    ]);
  });
});
