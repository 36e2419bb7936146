/**
 * The document job the runtime pool runs (runtime/pool.ts knows tasks and
 * results only as opaque values): a task is one input file (or, with kind
 * "observe", a file to observe for the template pass), its result a processed
 * file (pipeline/digest.ts). This module says what a worker does with a task
 * (`handlerFor`, served on the thread by ./worker.ts), which files are too
 * large for a pool worker, and how a task that failed, ran over its time
 * budget or crashed its worker becomes a reject of that input, never the
 * run's end.
 */
import { processFile, type FileResult } from "./document.ts";
import { sha256 } from "../runtime/sha256.ts";
import { processedOf, type ProcessedFile } from "./digest.ts";
import { writeCacheEntry } from "./cache.ts";
import { stageView } from "./steps.ts";
import { observeFile, reviveTemplates, type TemplateObservation } from "../corpus/templates.ts";
import type { Config } from "../schemas/config.ts";
import type { ResourceLimits } from "node:worker_threads";
import { LIMITS } from "../stages/limits.ts";
import { inlineRunner, workerPool, TASK_CEILING_BUDGETS, type Outcome, type TaskHandler, type TaskRunner } from "../runtime/pool.ts";

/**
 * What is the same for every document of a run, sent to each worker once, not per document:
 * the run's configuration (plain data) and, after the template pass, the templates.
 */
export interface JobContext {
  config: Config;
  /** Serialized template set (corpus/templates.ts). */
  templates?: unknown;
}

/** One document to process (or, with kind "observe", to observe for the template pass). */
export interface WorkRequest {
  input: string;
  bytes: Uint8Array;
  kind?: "process" | "observe";
  /** Write the result into the incremental cache at this path (pipeline/cache.ts), where it was made. */
  cachePath?: string;
  /** Hash and size of the bytes, when they were moved to a worker (reject rows need them). */
  known?: { sha256: string; bytes: number };
}

/** What a worker does with one request (served by ./worker.ts; also used in this thread by inlineExecutor). */
export function handlerFor(run: JobContext): TaskHandler<WorkRequest, ProcessedFile | TemplateObservation> {
  const process1 = processorFor(run);
  return (req, progress) => {
    if (req.kind === "observe") return observeFile(req.input, req.bytes, run.config.max_document_bytes);
    const processed = process1(req, progress);
    if (req.cachePath) {
      try {
        writeCacheEntry(req.cachePath, processed.json);
      } catch (err) {
        // The disk, not the document: a cache that cannot be written (full disk, a file where a
        // folder should be) ends the run, where a document's own failure only rejects that input.
        throw Object.assign(err as Error, { runFatal: true });
      }
    }
    return processed;
  };
}

/**
 * A document processor for one run context: templates revived and site rules compiled once. `progress` is
 * called as each document of the file starts (the time budget is per document: a JSON Lines export of
 * thousands of records took longer than one budget and was rejected whole).
 */
export function processorFor(run: JobContext): TaskHandler<WorkRequest, ProcessedFile> {
  const ctx = stageView(run.config, run.templates ? reviveTemplates(run.templates) : undefined);
  const csv = csvOptionsOf(run);
  return (req, progress) => processedOf(processFile(req.input, req.bytes, ctx, { maxBytes: run.config.max_document_bytes, onDocument: progress }), csv);
}

const csvOptionsOf = (run: JobContext) => ({ formulaGuard: run.config.csv_formula_guard });

export interface Executor {
  run(req: WorkRequest): Promise<ProcessedFile>;
  /** The template pass's observation of one file (corpus/templates.ts observeFile). */
  observe(req: WorkRequest): Promise<TemplateObservation>;
  /** Change the run context for the requests that follow (the templates, once the template pass is done). */
  setContext(patch: Partial<JobContext>): void;
  close(): Promise<void>;
}

/** In-process execution: no isolation, no time budget; used for tests, tiny corpora and --workers 0. */
export function inlineExecutor(run: JobContext): Executor {
  return documentExecutor(run, inlineRunner(run, handlerFor), 0);
}

/**
 * Heap limits of the pool's workers. Documents are processed one at a time
 * and their garbage dies young, but V8 sizes a heap by its allocation rate,
 * not by what stays alive (about 45 MB per worker here, the entity model
 * included): left alone, each worker grew to 150 MB and more of mostly dead
 * objects. A small young generation and a capped old generation keep a
 * 2-worker run near 370 MB instead of 480 MB (text 500, npm run bench). 16 MB
 * rather than 8: on 2,000 text documents it ran 5% faster (fewer scavenges)
 * for about 10 MB more peak RSS; 24 MB gained nothing more. A document that needs more memory than the cap (a
 * 20 MB page) is not rejected: it is run again on a worker of its own with
 * ALONE_LIMITS (runtime/pool.ts).
 */
const POOL_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 } as const;

/**
 * Heap limits of the worker a document gets to itself when it did not fit a pool
 * worker's. Bounded, unlike V8's default (up to 4 GB): beside the main
 * thread and the pool (about 350 MB together) the whole process stays under 1 GB, and
 * a document that needs more is rejected ("out of memory") instead of taking the
 * machine's memory or aborting the process. The per-document bounds of
 * stages/limits.ts keep every input up to the 20 MB size cap well inside it.
 */
export const ALONE_LIMITS = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: LIMITS.aloneHeapMb } as const;

/**
 * The document job on a fixed pool of worker threads (runtime/pool.ts); each document has
 * `budgetMs` of wall-clock time. `script` is the worker module: the precompiled bundle
 * (runtime/bundle.mjs) when there is one, else worker-entry.mjs, which compiles with tsx.
 */
export function workerExecutor(size: number, budgetMs: number, run: JobContext, script?: URL | null, limits: ResourceLimits = POOL_LIMITS): Executor {
  const pool = workerPool<JobContext, WorkRequest, ProcessedFile | TemplateObservation>(run, {
    size,
    budgetMs,
    script: script ?? new URL("./worker-entry.mjs", import.meta.url),
    limits,
    aloneLimits: ALONE_LIMITS,
    // A large file goes straight to a worker of its own: on a pool worker it would first thrash
    // against the small heap cap until it ran out of memory (a 10 MB text spent a minute there).
    large: (req) => req.bytes.length > LIMITS.poolDocumentBytes,
    // A large file's bytes are moved, not copied, when they own their buffer (one copy less of up to
    // the size cap in memory); the caller does not read them afterwards.
    transfer: (req) => {
      const own = req.bytes.byteLength > 0 && req.bytes.byteOffset === 0 && req.bytes.byteLength === req.bytes.buffer.byteLength && req.bytes.buffer instanceof ArrayBuffer;
      return own ? [req.bytes.buffer as ArrayBuffer] : [];
    },
  });
  return documentExecutor(run, pool, budgetMs);
}

/** A task runner's outcomes as documents' results: a failure rejects its input; a failure of the run's own storage ends the run. */
function documentExecutor(run: JobContext, runner: TaskRunner<JobContext, WorkRequest, ProcessedFile | TemplateObservation>, budgetMs: number): Executor {
  const csv = csvOptionsOf(run);
  /** What a reject row needs of a request whose bytes go (moved) to a worker of its own (the hash discovery took, when given). */
  const identity = (req: WorkRequest): WorkRequest => ({ ...req, bytes: new Uint8Array(0), known: req.known ?? { sha256: sha256(req.bytes), bytes: req.bytes.length } });
  const settle = (req: WorkRequest, o: Outcome<ProcessedFile | TemplateObservation>): ProcessedFile => {
    if (o.kind === "ok") return o.result as ProcessedFile;
    // An exception that escaped the stages (they catch their own) rejects this input, never the run;
    // a failure of the run's own storage (the cache) ends the run.
    if (o.kind === "failed" && o.runFatal) throw new Error(o.message);
    if (o.kind === "failed") return processedOf(failed(req, "pipeline", `processing failed: ${o.message}`), csv);
    if (o.kind === "timeout") return processedOf(budgetExceeded(req, budgetMs), csv);
    return processedOf(crashed(req, o.error), csv);
  };
  return {
    async run(req) {
      let seen = req;
      const outcome = await runner.run(req, { beforeAlone: () => (seen = identity(req)) });
      return settle(seen, outcome);
    },
    async observe(req) {
      const outcome = await runner.run({ ...req, kind: "observe" });
      if (outcome.kind === "ok") return outcome.result as TemplateObservation;
      // Still failing, or over the budget: the file teaches the template pass nothing (the
      // fan-out processes or rejects it as usual).
      return { docs: [] };
    },
    setContext(patch) {
      run = { ...run, ...patch };
      runner.setContext(run);
    },
    close: () => runner.close(),
  };
}

function failed(req: WorkRequest, stage: string, reason: string): FileResult {
  return {
    input: req.input,
    sha256: req.known?.sha256 ?? sha256(req.bytes),
    bytes: req.known?.bytes ?? req.bytes.length,
    articles: [],
    removed: [],
    rejects: [{ input: req.input, record_id: null, reason, stage }],
  };
}

function budgetExceeded(req: WorkRequest, budgetMs: number): FileResult {
  return failed(req, "pipeline", `time budget exceeded: one document took longer than ${budgetMs} ms, or the file longer than ${TASK_CEILING_BUDGETS * budgetMs} ms`);
}

function crashed(req: WorkRequest, err: Error): FileResult {
  return failed(req, "pipeline", `worker crashed: ${err.message}`);
}
