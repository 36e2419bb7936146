/**
 * Incremental runs. A run's fingerprint hashes the code (every source and data
 * file of the stages, pipeline and schemas), the stage versions and the options
 * that change outputs. Per-file results are cached under that fingerprint,
 * keyed by the input's path, content hash and the templates it was cleaned
 * with: an unchanged document is not reprocessed, and any change to the code
 * or configuration reprocesses what it touched. The corpus passes and writers
 * always run over all results, so the outputs are exactly those of a full run.
 *
 * The entries themselves (atomic writes, checksums, a killed run's leftovers)
 * are the runtime's (runtime/entry-cache.ts); what is document-specific is
 * here: the fingerprint, and the check that an entry's JSON is a file result
 * of the same input and content (zod). Anything else (`{}`, another input's
 * result) is a miss, and the input is processed again.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { Article, Reject, Removed } from "../schemas/records.ts";
import type { Config } from "../schemas/config.ts";
import type { FileResult } from "./document.ts";
import { stageVersions } from "./steps.ts";
import { codeHash } from "../runtime/code.mjs";
import { EntryCache, writeCacheEntry } from "../runtime/entry-cache.ts";
import { VERSION } from "../runtime/version.ts";
import { charsetIdentity } from "../stages/load/decode.ts";
import { JsonFile, WHOLE_LINE_BYTES, type JsonInFile, type MaybeStreamed } from "../runtime/partials.ts";
import type { FileHandle } from "node:fs/promises";

export { writeCacheEntry };

/** The run's fingerprint: the code, and the configuration keys that change outputs. */
export function runFingerprint(config: Config): string {
  const outputs = {
    version: VERSION,
    stages: stageVersions(config),
    maxBytes: config.max_document_bytes,
    // One key for every spelling of one charset (`cp1252`, `Windows-1252`, `latin-1`): the same reading of the files.
    inputEncoding: config.input_encoding === null ? null : charsetIdentity(config.input_encoding),
    csvFormulaGuard: config.csv_formula_guard,
    formats: [...config.formats].sort(),
    sites: config.sites,
  };
  return createHash("sha256").update(JSON.stringify(outputs)).update(codeHash()).digest("hex").slice(0, 24);
}

/** The file results of one run fingerprint. */
export class ResultCache {
  private readonly entries: EntryCache;
  /** `largeBytes`: an entry larger than this is read as it is used, not whole (see streamedResultOf). */
  constructor(root: string, fingerprint: string, private readonly largeBytes = WHOLE_LINE_BYTES) {
    this.entries = new EntryCache(root, fingerprint);
  }

  /** The run is over (done or failed): its lock goes. */
  close(): void {
    this.entries.close();
  }

  /** Where the entry of `key` lives (a worker thread writes it there with writeCacheEntry). */
  path(key: string): string {
    return this.entries.path(key);
  }

  /**
   * The cached result of `key`, with the JSON bytes it was stored as (written
   * to the partial as they are); null (a miss) unless the entry is intact and
   * is the result of `expect` (same input path and content hash).
   */
  async get(key: string, expect: { input: string; sha256: string }): Promise<CacheHit | null> {
    const entry = await this.entries.lookup(key, this.largeBytes);
    if (entry === null) return null;
    return Buffer.isBuffer(entry) ? fileResultOf(entry, expect) : await streamedResultOf(entry, expect);
  }

  /** Store a result, given as its JSON (JSON.stringify of the FileResult, text or UTF-8 bytes). */
  put(key: string, json: string | Uint8Array | string[]): void {
    this.entries.put(key, json);
  }
}

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

/**
 * A cache hit: the file result (its articles read one at a time from a large entry, each checked as it is read:
 * iterating them throws CacheMiss at one that is not an article) and its JSON, to be copied into the partial as it is.
 */
export interface CacheHit {
  result: MaybeStreamed<FileResult>;
  json: Uint8Array | JsonInFile;
}

/** A large entry turned out not to be a file result after all, as its articles were read (ResultCache.get). */
export class CacheMiss extends Error {}

/**
 * A large entry (over WHOLE_LINE_BYTES: the 19.9 MB export dense in names and dates makes one of about 300 MB) as the
 * file result of `expect`, read as the final pass reads a long partial line (runtime/partials.ts JsonFile): read
 * whole, its text, its objects and zod's copy of them came to over a GB on the main thread. Null when it is not.
 */
async function streamedResultOf(entry: { file: FileHandle; from: number; end: number }, expect: { input: string; sha256: string }): Promise<CacheHit | null> {
  try {
    const result = await new JsonFile(entry.file).streamed<MaybeStreamed<FileResult>>(entry.from, entry.end, []);
    const articles = result.articles;
    const parsed = CachedResult.safeParse({ ...result, articles: Array.isArray(articles) ? articles : [] });
    if (!parsed.success || parsed.data.input !== expect.input || parsed.data.sha256 !== expect.sha256) throw new CacheMiss();
    if (!Array.isArray(articles)) {
      result.articles = {
        length: articles.length,
        async *[Symbol.asyncIterator]() {
          const items = articles[Symbol.asyncIterator]();
          for (;;) {
            let next: IteratorResult<unknown>;
            try {
              next = await items.next();
            } catch {
              throw new CacheMiss("an article that is not JSON"); // checksummed, yet not what this program writes
            }
            if (next.done) return;
            if (!Article.safeParse(next.value).success) throw new CacheMiss("not an article");
            yield next.value as Article;
          }
        },
      };
    }
    return { result, json: { file: entry.file, from: entry.from } };
  } catch {
    await entry.file.close();
    return null;
  }
}

/** An entry's JSON as the file result of `expect`; null when it is not. */
function fileResultOf(json: Buffer, expect: { input: string; sha256: string }): CacheHit | null {
  try {
    const raw: unknown = JSON.parse(json.toString("utf8"));
    const parsed = CachedResult.safeParse(raw);
    if (!parsed.success || parsed.data.input !== expect.input || parsed.data.sha256 !== expect.sha256) return null;
    return { result: raw as FileResult, json };
  } catch {
    return null;
  }
}
