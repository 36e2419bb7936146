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
 * at any moment leaves the cache usable.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import pLimit from "p-limit";
import { threadId } from "node:worker_threads";
import { createHash } from "node:crypto";
import type { FileResult } from "./document.ts";
import { stageVersions } from "./stages.ts";
import { codeHash } from "./code.mjs";
import { VERSION } from "./version.ts";

export { codeHash } from "./code.mjs";

export interface FingerprintOptions {
  skip: ReadonlySet<string>;
  maxBytes?: number;
  csvFormulaGuard: boolean;
  formats?: ReadonlySet<string>;
  sites?: unknown[];
}

export function runFingerprint(opts: FingerprintOptions): string {
  const config = {
    version: VERSION,
    stages: stageVersions(opts.skip),
    maxBytes: opts.maxBytes ?? null,
    csvFormulaGuard: opts.csvFormulaGuard,
    formats: opts.formats ? [...opts.formats].sort() : null,
    sites: opts.sites ?? [],
  };
  return createHash("sha256").update(JSON.stringify(config)).update(codeHash()).digest("hex").slice(0, 24);
}

/** Cache entries being written at once (each holds its result's JSON bytes until written). */
const WRITES_IN_FLIGHT = 8;
/** Entries accepted before `putLater` waits for the disk. */
const MAX_PENDING = 64;

export class ResultCache {
  private readonly dir: string;
  private readonly limit = pLimit(WRITES_IN_FLIGHT);
  private readonly pending = new Set<Promise<void>>();
  private failure: Error | null = null;

  constructor(root: string, fingerprint: string) {
    this.dir = join(root, fingerprint);
    mkdirSync(this.dir, { recursive: true });
  }

  /** Where the entry of `key` lives. */
  path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The cached result of `key`, with the JSON bytes it was stored as (written to the partial as they are). */
  get(key: string): { result: FileResult; json: Uint8Array } | null {
    try {
      const json = readFileSync(this.path(key));
      return { result: JSON.parse(json.toString("utf8")) as FileResult, json };
    } catch {
      return null;
    }
  }

  /** Store a result, given as its JSON (JSON.stringify of the FileResult, text or UTF-8 bytes), now. */
  put(key: string, json: string | Uint8Array): void {
    writeCacheEntry(this.path(key), json);
  }

  /**
   * Store a result in the background: the file system's calls run on libuv's
   * threads, so the thread that makes the run's results never waits for them
   * (creating a file took up to a millisecond on a busy disk, 5 % of a
   * worker's time when workers wrote their own entries). Resolves once the
   * entry is queued; the bytes must not change afterwards. `flush()` waits
   * for every entry and raises the first failure.
   */
  async putLater(key: string, json: Uint8Array): Promise<void> {
    // A slow disk holds the caller back rather than letting results pile up in memory.
    while (this.pending.size >= MAX_PENDING) await Promise.race(this.pending);
    const p = this.limit(() => writeCacheEntryAsync(this.path(key), json))
      .catch((err: Error) => {
        this.failure ??= err;
      })
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
    if (this.failure) throw this.failure;
  }
}

const madeDirs = new Set<string>();

/**
 * Write one cache entry: to a temporary name, then renamed, so that a run
 * killed at any moment leaves no half entry.
 */
export function writeCacheEntry(path: string, json: string | Uint8Array): void {
  const dir = dirname(path);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const tmp = `${path}.${process.pid}.${threadId}.tmp`;
  writeFileSync(tmp, json);
  renameSync(tmp, path);
}

/** writeCacheEntry with the file system's promise API. */
async function writeCacheEntryAsync(path: string, json: Uint8Array): Promise<void> {
  const dir = dirname(path);
  if (!madeDirs.has(dir)) {
    await mkdir(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const tmp = `${path}.${process.pid}.${threadId}.tmp`;
  await writeFile(tmp, json);
  await rename(tmp, path);
}
