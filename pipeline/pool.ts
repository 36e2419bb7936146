/**
 * Where per-document work runs: in this thread, or on a pool of worker threads
 * for the CPU-bound stages. Workers also enforce the per-document time budget:
 * a runaway document is stopped (its worker is terminated and replaced) and
 * rejected instead of hanging the run.
 */
import { availableParallelism } from "node:os";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { processFile, sha256, type FileResult } from "./document.ts";
import { processedOf, type ProcessedFile } from "./digest.ts";
import { writeCacheEntry } from "./cache.ts";
import { observeFile, reviveTemplates, type TemplateObservation } from "../corpus/templates.ts";
import { compileSiteRules, type SiteRule } from "../stages/clean/site-rule-schema.ts";
import { startWorker } from "../runtime/thread-args.ts";
import type { StageContext } from "../stages/types.ts";
import { LIMITS } from "../stages/limits.ts";

/** What is the same for every document of a run: sent to each worker once, not per document. */
export interface RunContext {
  skip: string[];
  maxBytes?: number;
  /** Serialized template set (corpus/templates.ts). */
  templates?: unknown;
  /** Per-site rules as plain data (compiled where the work runs). */
  sites?: SiteRule[];
  /** Neutralise spreadsheet formulas in the CSV rows rendered with the result (default true). */
  csvFormulaGuard?: boolean;
}

/** One document to process (or, with kind "observe", to observe for the template pass). */
export interface WorkRequest {
  input: string;
  bytes: Uint8Array;
  kind?: "process" | "observe";
  /** Write the result into the incremental cache at this path (pipeline/cache.ts), where it was made. */
  cachePath?: string;
  /** Hash and size of the bytes (reject rows need them): given by discovery, or taken before the bytes are moved to a worker. */
  known?: { sha256: string; bytes: number };
}

/** Messages a worker thread takes: a request, or a new run context for the requests after it. */
export type WorkerMessage = WorkRequest | { kind: "context"; run: RunContext };

/** What a worker does with one request (pipeline/worker.ts; also used in process by inlineExecutor). */
export function handlerFor(run: RunContext): (req: WorkRequest) => ProcessedFile | TemplateObservation {
  const process1 = processorFor(run);
  return (req) => {
    if (req.kind === "observe") return observeFile(req.input, req.bytes, run.maxBytes);
    const processed = process1(req);
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

/** A document processor for one run context: templates revived and site rules compiled once. */
export function processorFor(run: RunContext): (req: WorkRequest) => ProcessedFile {
  const ctx: StageContext = {
    skip: new Set(run.skip),
    templates: run.templates ? reviveTemplates(run.templates) : undefined,
    siteRules: run.sites?.length ? compileSiteRules(run.sites) : undefined,
  };
  const csv = csvOptionsOf(run);
  return (req) => processedOf(processFile(req.input, req.bytes, ctx, { maxBytes: run.maxBytes }), csv);
}

const csvOptionsOf = (run: RunContext) => ({ formulaGuard: run.csvFormulaGuard ?? true });

export interface Executor {
  run(req: WorkRequest): Promise<ProcessedFile>;
  /** The template pass's observation of one file (corpus/templates.ts observeFile). */
  observe(req: WorkRequest): Promise<TemplateObservation>;
  /** Change the run context for the requests that follow (the templates, once the template pass is done). */
  setContext(patch: Partial<RunContext>): void;
  close(): Promise<void>;
}

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** In-process execution: no isolation, no time budget; used for tests and tiny corpora. */
export function inlineExecutor(run: RunContext): Executor {
  let handle = handlerFor(run);
  return {
    run: async (req) => handle(req) as ProcessedFile,
    observe: async (req) => handle({ ...req, kind: "observe" }) as TemplateObservation,
    setContext(patch) {
      run = { ...run, ...patch };
      handle = handlerFor(run);
    },
    close: async () => {},
  };
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
 * V8's default limits (see `run` below).
 */
const POOL_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 } as const;

/**
 * Heap limits of the worker a document gets to itself when it did not fit a pool
 * worker's (`runAlone`). Bounded, unlike V8's default (up to 4 GB): beside the main
 * thread and the pool (about 350 MB together) the whole process stays under 1 GB, and
 * a document that needs more is rejected ("out of memory") instead of taking the
 * machine's memory or aborting the process. The per-document bounds of
 * stages/limits.ts keep every input up to the 20 MB size cap well inside it.
 */
export const ALONE_LIMITS = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: LIMITS.aloneHeapMb } as const;

type Outcome =
  | { kind: "ok"; result: ProcessedFile | TemplateObservation }
  | { kind: "failed"; message: string; runFatal?: boolean }
  | { kind: "timeout" }
  | { kind: "crashed"; error: Error & { code?: string } };

/** Send one request to a worker and wait for its answer, its crash or the end of the budget. */
function runOn(worker: Worker, req: WorkRequest, budgetMs: number, transfer = false): Promise<Outcome> {
  return new Promise<Outcome>((resolve) => {
    const timer = setTimeout(() => finish({ kind: "timeout" }), budgetMs);
    const onMessage = (msg: { ok: true; result: ProcessedFile | TemplateObservation } | { ok: false; error: string; runFatal?: boolean }) =>
      finish(msg.ok ? { kind: "ok", result: msg.result } : { kind: "failed", message: msg.error, runFatal: msg.runFatal });
    const onError = (error: Error) => finish({ kind: "crashed", error });
    // A worker that exits (terminated by close(), or dead) never answers: the document must not wait on its timer.
    const onExit = (code: number) => finish({ kind: "crashed", error: new Error(`worker exited (code ${code})`) });
    const finish = (o: Outcome) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      resolve(o);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    // A large file's bytes are moved, not copied, when they own their buffer (one copy less of up to
    // the size cap in memory); the caller does not read them afterwards.
    const own = req.bytes.byteLength > 0 && req.bytes.byteOffset === 0 && req.bytes.byteLength === req.bytes.buffer.byteLength && req.bytes.buffer instanceof ArrayBuffer;
    worker.postMessage(req, transfer && own ? [req.bytes.buffer as ArrayBuffer] : []);
  });
}

interface Slot {
  worker: Worker;
  busy: boolean;
  /** The worker exited while it had no document (it is replaced before its next one). */
  dead?: boolean;
}

/**
 * A fixed pool of worker threads; each task has `budgetMs` of wall-clock time.
 * `script` is the worker module: the precompiled bundle (runtime/bundle.mjs)
 * when there is one, else worker-entry.mjs, which compiles with tsx.
 */
export function workerExecutor(
  size: number,
  budgetMs: number,
  run: RunContext,
  script?: URL | null,
  limits: ResourceLimits = POOL_LIMITS,
): Executor {
  const workerUrl = script ?? new URL("./worker-entry.mjs", import.meta.url);
  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(workerUrl, { workerData: run, resourceLimits: limits }), busy: false };
    // A crash between documents must not take the run down; runOn listens while a document is out.
    slot.worker.on("error", () => {});
    slot.worker.on("exit", () => {
      slot.dead = true;
    });
    return slot;
  };
  const slots: Slot[] = Array.from({ length: size }, spawn);
  /** Set by close(): no worker is started or asked for anything after it (a failed run must end, not wait). */
  let closed = false;
  const ensureOpen = () => {
    if (closed) throw new Error("the worker pool was closed (the run is stopping)");
  };
  const waiting: (() => void)[] = [];

  const acquire = async (): Promise<number> => {
    for (;;) {
      const i = slots.findIndex((s) => !s.busy);
      if (i >= 0) {
        slots[i].busy = true;
        return i;
      }
      await new Promise<void>((r) => waiting.push(r));
    }
  };
  const release = (i: number) => {
    slots[i].busy = false;
    waiting.shift()?.();
  };
  /** A stopped or crashed worker is replaced by a fresh one in its slot. */
  const replace = (i: number) => {
    ensureOpen();
    void slots[i].worker.terminate();
    slots[i] = { ...spawn(), busy: true };
  };
  /**
   * One document on a worker of its own, with the larger (still bounded) ALONE_LIMITS. One
   * such worker at a time: several large documents in flight must not add up their heaps.
   */
  let aloneQueue: Promise<unknown> = Promise.resolve();
  const runAlone = (req: WorkRequest): Promise<Outcome> => {
    const turn = aloneQueue.then(async () => {
      ensureOpen();
      const worker = startWorker(workerUrl, { workerData: run, resourceLimits: ALONE_LIMITS });
      worker.on("error", () => {});
      try {
        return await runOn(worker, req, budgetMs, true);
      } finally {
        await worker.terminate();
      }
    });
    aloneQueue = turn.catch(() => {});
    return turn;
  };
  /**
   * A large file goes straight to a worker of its own: on a pool worker it would first thrash
   * against the small heap cap until it ran out of memory (a 10 MB text spent a minute there).
   */
  const large = (req: WorkRequest) => req.bytes.length > LIMITS.poolDocumentBytes;
  const csv = csvOptionsOf(run);
  /** What a reject row needs of a request whose bytes go (moved) to a worker of its own (the hash discovery took, when given). */
  const identity = (req: WorkRequest): WorkRequest => ({ ...req, bytes: new Uint8Array(0), known: req.known ?? { sha256: sha256(req.bytes), bytes: req.bytes.length } });
  const settle = (req: WorkRequest, o: Outcome): ProcessedFile => {
    if (o.kind === "ok") return o.result as ProcessedFile;
    // An exception that escaped the stages (they catch their own) rejects this input, never the run;
    // a failure of the run's own storage (the cache) ends the run.
    if (o.kind === "failed" && o.runFatal) throw new Error(o.message);
    if (o.kind === "failed") return processedOf(failed(req, "pipeline", `processing failed: ${o.message}`), csv);
    if (o.kind === "timeout") return processedOf(budgetExceeded(req, budgetMs), csv);
    return processedOf(crashed(req, o.error), csv);
  };

  /** One request on a free worker; a worker that ran over the budget or crashed is replaced. */
  const dispatch = async (req: WorkRequest): Promise<Outcome> => {
    ensureOpen();
    const i = await acquire();
    try {
      ensureOpen();
      if (slots[i].dead) replace(i);
      const outcome = await runOn(slots[i].worker, req, budgetMs);
      if (outcome.kind === "timeout" || outcome.kind === "crashed") replace(i);
      return outcome;
    } finally {
      release(i);
    }
  };

  return {
    async run(req) {
      if (!large(req)) {
        const outcome = await dispatch(req);
        if (!(outcome.kind === "crashed" && outcome.error.code === "ERR_WORKER_OUT_OF_MEMORY")) return settle(req, outcome);
      }
      // A large file, or one that ran out of memory on a pool worker: on a worker of its own.
      const id = identity(req);
      return settle(id, await runAlone(req));
    },
    async observe(req) {
      const observing = { ...req, kind: "observe" } as const;
      const alone = large(req); // asked before the bytes are moved to a worker
      let outcome = await (alone ? runAlone(observing) : dispatch(observing));
      // Out of memory on a pool worker: observed again on a worker of its own (never on
      // this thread, where a 100 MB record aborted the process).
      if (outcome.kind === "crashed" && outcome.error.code === "ERR_WORKER_OUT_OF_MEMORY" && !alone) outcome = await runAlone(observing);
      if (outcome.kind === "ok") return outcome.result as TemplateObservation;
      // Still failing, or over the budget: the file teaches the template pass nothing (the
      // fan-out processes or rejects it as usual).
      return { docs: [] };
    },
    setContext(patch) {
      // Workers spawned later start with it; live ones get it before their next request
      // (a port delivers messages in order).
      run = { ...run, ...patch };
      for (const s of slots) s.worker.postMessage({ kind: "context", run } satisfies WorkerMessage);
    },
    async close() {
      closed = true;
      for (const wake of waiting.splice(0)) wake();
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
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
  return failed(req, "pipeline", `time budget exceeded: processing took longer than ${budgetMs} ms`);
}

function crashed(req: WorkRequest, err: Error): FileResult {
  return failed(req, "pipeline", `worker crashed: ${err.message}`);
}
