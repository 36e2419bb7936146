/**
 * Incremental runs. A run's fingerprint hashes the code (every source and data
 * file of the stages, pipeline and schemas), the stage versions and the options
 * that change outputs. Per-file results are cached under that fingerprint,
 * keyed by the input's path, content hash and the templates it was cleaned
 * with: an unchanged document is not reprocessed, and any change to the code
 * or configuration reprocesses what it touched. The corpus passes and writers
 * always run over all results, so the outputs are exactly those of a full run.
 *
 * Cache entries are written to a temporary name and renamed, so a run killed
 * at any moment leaves the cache usable. An entry is never trusted as it is:
 * its first line is the SHA-256 of the JSON after it, and the JSON must be a
 * file result of the same input and content (zod). Anything else (a truncated
 * or edited entry, `{}`, another input's result) is a miss, and the input is
 * processed again.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { threadId } from "node:worker_threads";
import { createHash } from "node:crypto";
import { z } from "zod";
import { Article, Reject, Removed } from "../schemas/records.ts";
import type { Config } from "../schemas/config.ts";
import type { FileResult } from "./document.ts";
import { stageVersions } from "./steps.ts";
import { codeHash } from "../runtime/code.mjs";
import { VERSION } from "../runtime/version.ts";
import { pidAlive } from "../runtime/output-dir.ts";

/** The run's fingerprint: the code, and the configuration keys that change outputs. */
export function runFingerprint(config: Config): string {
  const outputs = {
    version: VERSION,
    stages: stageVersions(config),
    maxBytes: config.max_document_bytes,
    csvFormulaGuard: config.csv_formula_guard,
    formats: [...config.formats].sort(),
    sites: config.sites,
  };
  return createHash("sha256").update(JSON.stringify(outputs)).update(codeHash()).digest("hex").slice(0, 24);
}

export class ResultCache {
  private readonly dir: string;
  private readonly lock: string;
  constructor(root: string, fingerprint: string) {
    this.dir = join(root, fingerprint);
    mkdirSync(this.dir, { recursive: true });
    removeDeadRunsTemporaries(this.dir);
    // While this run writes entries, `.run-<pid>` says so; a killed run leaves it, and the next run cleans up after it.
    this.lock = join(this.dir, `.run-${process.pid}`);
    writeFileSync(this.lock, "");
  }

  /** The run is over (done or failed): its lock goes. */
  close(): void {
    rmSync(this.lock, { force: true });
  }

  /** Where the entry of `key` lives (a worker thread writes it there with writeCacheEntry). */
  path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /**
   * The cached result of `key`, with the JSON bytes it was stored as (written
   * to the partial as they are); null (a miss) unless the entry is intact and
   * is the result of `expect` (same input path and content hash).
   */
  get(key: string, expect: { input: string; sha256: string }): { result: FileResult; json: Uint8Array } | null {
    let entry: Buffer;
    try {
      entry = readFileSync(this.path(key));
    } catch {
      return null;
    }
    return readCacheEntry(entry, expect);
  }

  /** Store a result, given as its JSON (JSON.stringify of the FileResult, text or UTF-8 bytes). */
  put(key: string, json: string | Uint8Array): void {
    writeCacheEntry(this.path(key), json);
  }
}

const madeDirs = new Set<string>();

/**
 * Write one cache entry: to a temporary name, then renamed, so that a run
 * killed at any moment leaves no half entry. Called by the worker threads
 * (each writes the entries of the files it processed) and by ResultCache.put.
 */
export function writeCacheEntry(path: string, json: string | Uint8Array): void {
  const dir = dirname(path);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const tmp = `${path}.${process.pid}.${threadId}.tmp`;
  const bytes = typeof json === "string" ? Buffer.from(json, "utf8") : json;
  writeFileSync(tmp, Buffer.concat([Buffer.from(`${digestHex(bytes)}\n`), bytes]));
  renameSync(tmp, path);
}

const digestHex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The shape a cached file result must have before it is used (FileResult, pipeline/document.ts). */
const CachedResult = z.object({
  input: z.string(),
  sha256: z.string(),
  bytes: z.number().int().nonnegative(),
  articles: z.array(Article),
  removed: z.array(Removed),
  rejects: z.array(Reject),
  fingerprints: z.array(z.unknown()).optional(),
});

/** Check one entry's checksum line, then its JSON's shape and identity; null when anything is off. */
export function readCacheEntry(entry: Buffer, expect: { input: string; sha256: string }): { result: FileResult; json: Uint8Array } | null {
  const nl = entry.indexOf(0x0a);
  if (nl !== 64) return null;
  const json = entry.subarray(nl + 1);
  if (entry.toString("latin1", 0, nl) !== digestHex(json)) return null;
  try {
    const raw: unknown = JSON.parse(json.toString("utf8"));
    const parsed = CachedResult.safeParse(raw);
    if (!parsed.success || parsed.data.input !== expect.input || parsed.data.sha256 !== expect.sha256) return null;
    return { result: raw as FileResult, json };
  } catch {
    return null;
  }
}

/**
 * A run killed while writing entries (SIGKILL, power cut) leaves its lock and
 * half-written `<entry>.<pid>.<thread>.tmp` files: when a lock names a dead
 * process, its temporaries are removed. Files of live runs (shards running
 * side by side) and anything not named like our temporaries are left alone.
 */
function removeDeadRunsTemporaries(dir: string): void {
  const dead = new Set<string>();
  for (const name of readdirSync(dir)) {
    const m = /^\.run-(\d+)$/.exec(name);
    if (m && !pidAlive(Number(m[1]))) dead.add(m[1]);
  }
  if (dead.size === 0) return;
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const name of readdirSync(join(dir, sub.name))) {
      const m = /\.json\.(\d+)\.\d+\.tmp$/.exec(name);
      if (m && dead.has(m[1])) rmSync(join(dir, sub.name, name), { force: true });
    }
  }
  for (const pid of dead) rmSync(join(dir, `.run-${pid}`), { force: true });
}
