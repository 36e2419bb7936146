/**
 * The worker threads' code as one precompiled ES module. Without it, every
 * worker would register tsx and compile the TypeScript stages itself: a
 * loader thread per worker, tens of MB of compiler state each and a slower
 * start. The bundle is built once per version of the code (keyed by the code
 * hash of pipeline/cache.ts) with esbuild, the compiler tsx itself runs on,
 * into node_modules/.cache/broadsheet/ (the usual home of tool caches), so the
 * packages it imports resolve from the project's node_modules as before.
 *
 * Any failure (esbuild missing, read-only folder) returns null and the pool
 * falls back to worker-entry.mjs, which registers tsx: slower, same results.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { codeHash } from "./cache.ts";

const ROOT = join(import.meta.dirname, "..");
const ENTRY = join(import.meta.dirname, "worker.ts");
const CACHE_DIR = join(ROOT, "node_modules", ".cache", "broadsheet");

let memo: URL | null | undefined;

/** URL of the bundled worker module, building it when this code version has none yet. */
export async function workerBundle(): Promise<URL | null> {
  if (memo !== undefined) return memo;
  memo = await build().catch(() => null);
  return memo;
}

async function build(): Promise<URL | null> {
  // Only when running from the TypeScript sources (a compiled install needs no bundle).
  if (!import.meta.url.endsWith(".ts") || !existsSync(ENTRY)) return null;
  const out = join(CACHE_DIR, `worker-${codeHash().slice(0, 16)}.mjs`);
  if (!existsSync(out)) {
    const esbuild = await import("esbuild");
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written under a temporary name and renamed: concurrent runs (shards on
    // one machine) never see half a file.
    const tmp = `${out}.${process.pid}.tmp`;
    try {
      await esbuild.build({
        entryPoints: [ENTRY],
        outfile: tmp,
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node20",
        packages: "external",
        logLevel: "silent",
        plugins: [ownModuleUrls],
      });
      renameSync(tmp, out);
    } finally {
      rmSync(tmp, { force: true });
    }
  }
  return pathToFileURL(out);
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
        .replaceAll("import.meta.dirname", JSON.stringify(dirname(fileURLToPath(url))));
      return { contents, loader: "ts" };
    });
  },
};
