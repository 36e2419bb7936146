/**
 * The pipeline's code as precompiled ES modules: the command line (cli/main.ts,
 * run by pipeline/launch.mjs), the document workers (pipeline/worker.ts) and the
 * CSV table writer (write/tables-thread.ts), one file each. Without them,
 * the main thread and every worker would register tsx and compile the
 * TypeScript stages themselves: a loader thread each, tens of MB of compiler
 * state and a slower start (measured on 4,000 text dumps: the run's peak RSS
 * is about 35 MB lower with the command line bundled). The bundles are built
 * once per version of the code and place of the checkout (bundleKey) with
 * esbuild, the compiler tsx itself runs on, into node_modules/.cache/broadsheet/
 * (the usual home of tool caches), so the packages they import resolve from
 * the project's node_modules as before.
 *
 * Plain JavaScript: the launcher loads it before any TypeScript. Any failure
 * (esbuild missing, read-only folder) gives null and the caller falls back to
 * tsx: slower, same results.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { codeHash, ROOT } from "./code.mjs";

const CACHE_DIR = join(ROOT, "node_modules", ".cache", "broadsheet");
/** The bundled modules, by name: their TypeScript entry points, relative to the project root. */
const ENTRIES = { cli: "cli/main.ts", worker: "pipeline/worker.ts", tables: "write/tables-thread.ts" };

/** @type {Promise<string | null> | undefined} */
let memo;

/**
 * URL of a bundled module, building the bundles when this code version has none yet.
 * @param {"cli" | "worker" | "tables"} name
 * @returns {Promise<URL | null>}
 */
export async function bundled(name) {
  memo ??= build().catch(() => null);
  const dir = await memo;
  return dir ? pathToFileURL(join(dir, `${name}.mjs`)) : null;
}

/** The document workers' module (see bundled). */
export const workerBundle = () => bundled("worker");

/** @returns {Promise<string | null>} */
async function build() {
  // Only where the TypeScript sources are (a compiled install needs no bundle).
  const entryPoints = Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(ROOT, file)]));
  if (!Object.values(entryPoints).every((f) => existsSync(f))) return null;
  const out = join(CACHE_DIR, bundleKey());
  if (!existsSync(out)) {
    const esbuild = await import("esbuild");
    mkdirSync(CACHE_DIR, { recursive: true });
    // Built in a temporary folder and renamed: concurrent runs (shards on
    // one machine) never see half a bundle.
    const tmp = `${out}.${process.pid}.tmp`;
    try {
      await esbuild.build({
        entryPoints,
        outdir: tmp,
        outExtension: { ".js": ".mjs" },
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node20",
        packages: "external",
        logLevel: "silent",
        plugins: [ownModuleUrls],
      });
      try {
        renameSync(tmp, out);
      } catch (err) {
        // Another run renamed its identical bundle first.
        if (!existsSync(out)) throw err;
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    pruneOldBundles(out);
  }
  return out;
}

/**
 * A bundle's folder name: the code's hash and the checkout's own path. A
 * bundle names its source files by absolute path (see ownModuleUrls), so a
 * checkout that was moved or copied elsewhere builds bundles of its own
 * instead of using ones that point into the old place.
 */
export function bundleKey() {
  return createHash("sha256").update(codeHash()).update("\u0000").update(ROOT).digest("hex").slice(0, 16);
}

/**
 * Bundles of other code versions are removed once they are a day old (a run of another checkout may still use a newer one).
 * @param {string} keep
 */
function pruneOldBundles(keep) {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, name);
    if (path === keep) continue;
    try {
      if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // removed meanwhile by another run
    }
  }
}

/** `import.meta.url` and `import.meta.dirname` in code, not inside a string literal. */
const IMPORT_META = /(?<!["'`])import\.meta\.(url|dirname)\b/g;

/**
 * Modules that find their data files next to themselves (`new URL("./data/…",
 * import.meta.url)`) keep doing so once bundled: each module's
 * `import.meta.url` is replaced by the URL of its own source file.
 * @type {import("esbuild").Plugin}
 */
const ownModuleUrls = {
  name: "own-module-urls",
  setup(b) {
    b.onLoad({ filter: /\.(ts|mjs)$/ }, ({ path }) => {
      const src = readFileSync(path, "utf8");
      if (!src.includes("import.meta")) return undefined;
      const contents = src.replace(IMPORT_META, (_, what) => JSON.stringify(what === "url" ? pathToFileURL(path).href : dirname(path)));
      return { contents, loader: path.endsWith(".ts") ? "ts" : "js" };
    });
  },
};
