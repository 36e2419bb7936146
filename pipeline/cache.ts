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
import { dirname, join } from "node:path";
import { threadId } from "node:worker_threads";
import { createHash } from "node:crypto";
import type { FileResult } from "./document.ts";
import { stageVersions } from "./stages.ts";
import { codeHash } from "./code.mjs";
import { VERSION } from "./version.ts";

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

export class ResultCache {
  private readonly dir: string;
  constructor(root: string, fingerprint: string) {
    this.dir = join(root, fingerprint);
    mkdirSync(this.dir, { recursive: true });
  }

  /** Where the entry of `key` lives (a worker thread writes it there with writeCacheEntry). */
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
  writeFileSync(tmp, json);
  renameSync(tmp, path);
}
