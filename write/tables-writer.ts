/**
 * Where the per-article CSV tables are written during the final pass: on a
 * thread of its own when the run uses worker threads (the CSV rows are the
 * largest part of that pass, and the main thread meanwhile validates and
 * writes the JSON Lines and YAML), or inline. Both write the same bytes.
 */
import { startWorker } from "../runtime/thread-args.ts";
import type { Article } from "../schemas/records.ts";
import { ArticleTables, type ArticleTablesOptions } from "./article-tables.ts";

export type TablesMessage = { kind: "articles"; lines: string[] } | { kind: "close" };
/** Every message gets one reply; `error` is the first failure (the rest of the run's rows are not written). */
export type TablesReply = { kind: "ack" | "closed"; error?: string };

export interface TablesSink {
  /** One article: the record and its JSON text (the line written to articles.jsonl). */
  write(a: Article, json: string): Promise<void>;
  close(): Promise<void>;
}

export function inlineTables(tablesDir: string, opts: ArticleTablesOptions): TablesSink {
  const tables = new ArticleTables(tablesDir, opts);
  return {
    write: async (a) => tables.write(a),
    close: async () => tables.close(),
  };
}

/** Articles per message, and messages in flight before the main thread waits. */
const BATCH = 32;
const IN_FLIGHT = 8;

/**
 * Young generation of the tables thread. Every row is spread, validated and
 * cast into fresh objects that die at once: with 8 MB the thread spent 30 %
 * of its time in scavenges and was the final pass's bottleneck; with 32 MB
 * the pass ran about 0.5 s faster on 4,000 text dumps (7.8 s), and the
 * final pass stays well below the fan-out's memory peak.
 */
const TABLES_YOUNG_GENERATION_MB = 32;

export function threadTables(tablesDir: string, opts: ArticleTablesOptions, script: URL): TablesSink {
  const worker = startWorker(script, {
    workerData: { tablesDir, formulaGuard: opts.formulaGuard, parquet: opts.parquet ?? false },
    resourceLimits: { maxYoungGenerationSizeMb: TABLES_YOUNG_GENERATION_MB },
  });
  let batch: string[] = [];
  let inFlight = 0;
  let error: Error | null = null;
  let wake: (() => void) | null = null;
  let closed: (() => void) | null = null;
  worker.on("message", (r: TablesReply) => {
    if (r.error) error ??= new Error(r.error);
    if (r.kind === "closed") closed?.();
    else inFlight--;
    wake?.();
  });
  worker.on("error", (err) => {
    error ??= err;
    wake?.();
    closed?.();
  });
  const send = async () => {
    worker.postMessage({ kind: "articles", lines: batch } satisfies TablesMessage);
    batch = [];
    inFlight++;
    while (inFlight >= IN_FLIGHT && !error) await new Promise<void>((r) => (wake = r));
    wake = null;
    if (error) throw error;
  };
  return {
    async write(_a, json) {
      if (error) throw error;
      batch.push(json);
      if (batch.length >= BATCH) await send();
    },
    async close() {
      try {
        if (batch.length > 0) await send();
        await new Promise<void>((r) => {
          closed = r;
          worker.postMessage({ kind: "close" } satisfies TablesMessage);
        });
        if (error) throw error;
      } finally {
        await worker.terminate();
      }
    },
  };
}
