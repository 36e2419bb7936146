/**
 * The threads' code (the document workers, pipeline/worker.ts, and the CSV
 * table writer, pipeline/tables-thread.ts) as precompiled ES modules, one
 * file per thread body. Without them, every worker would register tsx and compile the TypeScript stages itself: a
 * loader thread per worker, tens of MB of compiler state each and a slower
 * start. The bundle is built once per version of the code (keyed by the code
 * hash of pipeline/cache.ts) with esbuild, the compiler tsx itself runs on,
 * into node_modules/.cache/broadsheet/ (the usual home of tool caches), so the
 * packages it imports resolve from the project's node_modules as before.
 *
 * Any failure (esbuild missing, read-only folder) returns null and the
 * caller falls back to its *-entry.mjs, which registers tsx: slower, same
 * results.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { codeHash } from "./cache.ts";

const ROOT = join(import.meta.dirname, "..");
const CACHE_DIR = join(ROOT, "node_modules", ".cache", "broadsheet");
/** The thread bodies, by name. */
const ENTRIES = { worker: "worker.ts", tables: "tables-thread.ts" } as const;
export type ThreadName = keyof typeof ENTRIES;

let memo: Promise<string | null> | undefined;

/** URL of a bundled thread module, building the bundles when this code version has none yet. */
export async function threadBundle(name: ThreadName): Promise<URL | null> {
  memo ??= build().catch(() => null);
  const dir = await memo;
  return dir ? pathToFileURL(join(dir, `${name}.mjs`)) : null;
}

/** The document workers' module (see threadBundle). */
export const workerBundle = () => threadBundle("worker");

async function build(): Promise<string | null> {
  // Only when running from the TypeScript sources (a compiled install needs no bundle).
  if (!import.meta.url.endsWith(".ts")) return null;
  const entryPoints = Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(import.meta.dirname, file)]));
  if (!Object.values(entryPoints).every((f) => existsSync(f))) return null;
  const out = join(CACHE_DIR, codeHash().slice(0, 16));
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

/** Bundles of other code versions are removed once they are a day old (a run of another checkout may still use a newer one). */
function pruneOldBundles(keep: string): void {
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

/**
 * Modules that find their data files next to themselves (`new URL("./data/…",
 * import.meta.url)`) keep doing so once bundled: each module's
 * `import.meta.url` is replaced by the URL of its own source file.
 */
const ownModuleUrls = {
  name: "own-module-urls",
  setup(b: { onLoad: (o: { filter: RegExp }, cb: (a: { path: string }) => { contents: string; loader: "ts" } | undefined) => void }) {
    b.onLoad({ filter: /\.ts$/ }, ({ path }) => {
      const src = readFileSync(path, "utf8");
      if (!src.includes("import.meta")) return undefined;
      const url = pathToFileURL(path).href;
      const contents = src
        .replaceAll("import.meta.url", JSON.stringify(url))
        .replaceAll("import.meta.dirname", JSON.stringify(dirname(path)));
      return { contents, loader: "ts" };
    });
  },
};
