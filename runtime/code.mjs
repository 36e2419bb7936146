/**
 * The identity of the code that makes the outputs: one hash of every file
 * under the code folders (CODE_DIRS: paths and contents, in sorted order).
 * Run fingerprints (pipeline/cache.ts) and the precompiled bundles
 * (runtime/bundle.mjs) are keyed by it. Plain JavaScript, so that the
 * launcher (pipeline/launch.mjs) can use it before any TypeScript is loaded.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** The project's root folder. */
export const ROOT = join(import.meta.dirname, "..");

/** Folders whose files make up "the code" of a run (all a checkout ships besides package files and data). */
export const CODE_DIRS = ["cli", "pipeline", "corpus", "write", "stages", "runtime", "schemas"];

/** @type {string | null} */
let memo = null;

/** Hash of every file under the code folders (sorted paths, contents), hex. */
export function codeHash() {
  if (memo) return memo;
  const h = createHash("sha256");
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else h.update(relative(ROOT, path)).update("\u0000").update(readFileSync(path)).update("\u0000");
    }
  };
  for (const d of CODE_DIRS) if (existsSync(join(ROOT, d))) walk(join(ROOT, d));
  memo = h.digest("hex");
  return memo;
}
