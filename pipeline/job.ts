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
import { documentName, joinRows, processFile, unpackRows, type Checkpoint, type DocumentOptions, type FileResult, type ResultRows } from "./document.ts";
import { sha256 } from "../runtime/sha256.ts";
import { processedOf, processedOfOwned, type FileDigest, type ProcessedFile } from "./digest.ts";
import { ArticleStore, type StoredJson } from "./article-store.ts";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { writeCacheEntry } from "./cache.ts";
import { FileSink } from "../runtime/file-sink.ts";
import { stageView } from "./steps.ts";
import { observeFile, reviveTemplates, type TemplateObservation } from "../corpus/templates.ts";
import type { Config } from "../schemas/config.ts";
import type { Reject } from "../schemas/records.ts";
import type { ResourceLimits } from "node:worker_threads";
import { LIMITS } from "../stages/limits.ts";
import { sizeOnceRead } from "../stages/load/index.ts";
import { inlineRunner, workerPool, taskCeilingMs, type Outcome, type TaskHandler, type TaskRunner, type UnitAt } from "../runtime/pool.ts";

/**
 * How many documents of one file may each be rejected alone for running over the budget (or killing their
 * worker) before the file is rejected whole. Each costs one more try of the file, which goes on from the last
 * checkpoint before it (the documents finished up to about 250 ms before the runaway one are kept, not processed
 * again); the file's ceiling bounds the tries together.
 */
export const MAX_DOCUMENTS_LOST = 3;

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
  /** Where a large result's JSON is written instead of sent back (see SPILL_CHARS); unset: always sent. */
  spillPath?: string;
  /** Hash and size of the bytes, when they were moved to a worker (reject rows need them). */
  known?: { sha256: string; bytes: number };
  /** Documents of the file not to process, by position, each with its reject reason (see Executor.run). */
  skip?: Map<number, string>;
  /** The record id each skipped document's row takes (DocumentOptions skipIds): the one its label gave. */
  skipIds?: Map<number, string | null>;
  /** Where each skipped document was, from its label (DocumentOptions skipWhere): skipped only if still there. */
  skipWhere?: Map<number, string>;
  /** Go on from a document, with what the documents before it gave on an earlier try (see Executor.run). */
  resume?: DocumentOptions["resume"];
}

/** What a worker does with one request (served by ./worker.ts; also used in this thread by inlineExecutor). */
export function handlerFor(run: JobContext): TaskHandler<WorkRequest, ProcessedFile | TemplateObservation> {
  const process1 = processorFor(run);
  return (req, progress) => {
    if (req.kind === "observe") return observeFile(req.input, req.bytes, run.config.max_document_bytes, run.config.input_encoding);
    const processed = process1(req, progress);
    try {
      if (req.cachePath) writeCacheEntry(req.cachePath, processed.json);
      return spill(processed, req.spillPath);
    } catch (err) {
      // The disk, not the document: a cache or work folder that cannot be written (full disk, a file where a
      // folder should be) ends the run, where a document's own failure only rejects that input.
      throw Object.assign(err as Error, { runFatal: true });
    }
  };
}

/**
 * Invented documents of each kind a worker processes once as it starts, before it takes its first task: the stages
 * load their tables and models lazily, on first use (about 450 ms of CPU time here, seconds on a loaded machine),
 * and the first document of every new worker (a worker of its own for each large file, a replacement after a stop)
 * paid for it inside its own time budget: a 250-byte story was rejected at `--time-budget 300`. The results are
 * dropped; the stages are pure functions of a document, so later results are unchanged.
 */
const WARM_UP: readonly [string, string][] = [
  ["warm-up.txt", "Harbour works\n\nThe ferry to the island resumed on Monday, 4 May 2020. Ann Lee of the port council said two tugs were ready.\n"],
  ["warm-up.html", "<html><head><title>Harbour works</title></head><body><article><h1>Harbour works</h1><p>The ferry resumed on Monday, 4 May 2020. Ann Lee said so.</p></article></body></html>"],
  ["warm-up.jsonl", '{"id":"w","title":"Harbour works","text":"The ferry resumed on Monday. Ann Lee said so."}\n'],
];

/** Load what the stages load lazily, before the thread's first task (see WARM_UP); a failure here is left to that task. */
export function warmUp(run: JobContext): void {
  const process1 = processorFor(run);
  for (const [input, text] of WARM_UP) {
    try {
      process1({ input, bytes: new TextEncoder().encode(text) }, () => {});
    } catch {
      // the first real task meets the same failure and reports it
    }
  }
}

/**
 * Characters of result JSON above which a worker writes it into the run's work folder (WorkRequest `spillPath`)
 * instead of sending it to the main thread. A message is copied whole into the main thread's heap, where it waited
 * for its turn in the partial beside the results of the files around it: the 19.9 MB export dense in names and
 * dates sends about 300 MB. Written to a file, the main thread copies it into the partial a MiB at a time. Far
 * above an ordinary file's result (an article is a few tens of KB of JSON), so ordinary runs send as before.
 */
export const SPILL_CHARS = 8_000_000;

/**
 * `processed` with its JSON in a file at `path` when it is larger than SPILL_CHARS (and a path is given), and its
 * digest beside it (`<path>.digest`, read back by unspill); a worker's article store that went to its file has
 * written both there already (pipeline/article-store.ts): a message is copied into the main thread's heap as it
 * arrives, while the worker that sent it still holds its whole heap. The dense 19.9 MB export's digest (1 million
 * mentions) took about 150 MB of the main heap at that moment, the run's peak (910 MB); read from the file once the
 * worker of its own has ended, it no longer adds to the worker's memory.
 */
export function spill(processed: ProcessedFile & { json: string[] | StoredJson }, path: string | undefined, limit = SPILL_CHARS): ProcessedFile {
  const json = processed.json;
  // Written at the spill path already by the worker's article store, its digest beside it (pipeline/article-store.ts).
  if (!Array.isArray(json)) return { json: { spilled: json.spilled }, digest: processed.digest };
  if (!path) return processed;
  let chars = 0;
  for (const piece of json) chars += piece.length;
  if (chars <= limit) return processed;
  // Not fsynced: the main thread reads it back into the partial and deletes it (a crash fails the run, whose work folder goes).
  const sink = new FileSink(path, false);
  for (let i = 0; i < json.length; i++) {
    sink.write(json[i]);
    json[i] = ""; // written: let it go
  }
  sink.close();
  writeFileSync(`${path}.digest`, JSON.stringify(processed.digest));
  return { json: { spilled: path }, digest: { spilled: `${path}.digest` } as unknown as FileDigest };
}

/** A processed file whose digest a worker left in a file (spill): the digest read back, the file removed. */
export function unspill(processed: ProcessedFile): ProcessedFile {
  const spilled = (processed.digest as unknown as { spilled?: string } | undefined)?.spilled;
  if (spilled === undefined) return processed;
  const digest = JSON.parse(readFileSync(spilled, "utf8")) as FileDigest;
  rmSync(spilled, { force: true });
  return { ...processed, digest };
}

/**
 * A document processor for one run context: templates revived and site rules compiled once. `progress` is
 * called as each document of the file starts (the time budget is per document: a JSON Lines export of
 * thousands of records took longer than one budget and was rejected whole).
 */
export function processorFor(run: JobContext): TaskHandler<WorkRequest, ProcessedFile & { json: string[] | StoredJson }> {
  const ctx = stageView(run.config, run.templates ? reviveTemplates(run.templates) : undefined);
  const csv = csvOptionsOf(run);
  return (req, progress) => {
    const options = { maxBytes: run.config.max_document_bytes, encoding: run.config.input_encoding, onDocument: progress, skip: req.skip, skipIds: req.skipIds, skipWhere: req.skipWhere, resume: req.resume };
    // With a spill path (a worker's task), each article is kept as JSON as it is finished, in a file once the
    // file's articles are large (pipeline/article-store.ts): the worker never holds a large file's articles at once.
    if (!req.spillPath) return processedOfOwned(processFile(req.input, req.bytes, ctx, options), csv);
    const store = new ArticleStore(req.spillPath, SPILL_CHARS);
    try {
      return store.finish(processFile(req.input, req.bytes, ctx, { ...options, articles: store }), csv);
    } finally {
      store.discard();
    }
  };
}

const csvOptionsOf = (run: JobContext) => ({ formulaGuard: run.config.csv_formula_guard });

export interface Executor {
  /**
   * Process one file. A document of a file of several that runs over its time budget or kills its worker is
   * a reject of its own and the file is processed again without it (at most MAX_DOCUMENTS_LOST times, within
   * the file's one ceiling): the file's other documents are kept. `reread` gives the file's bytes again when
   * they were moved to a worker of their own (undefined if they cannot be had as they were).
   */
  run(req: WorkRequest, reread?: () => Uint8Array | undefined): Promise<ProcessedFile>;
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
 * A pool worker idle this long is stopped, and started again for the next file that needs it (runtime/pool.ts
 * `idleMs`). Above the gap between two files of a busy run. A large file at the head of the queue can hold the
 * other files back longer, and then both workers are stopped and loaded again (1–3 s of CPU each, measured once
 * at about 2.6 s in all); the trade is made because two idle warmed-up workers held about 200 MB beside a large
 * file on a worker of its own, or through a run whose files all come from the cache.
 */
export const POOL_IDLE_MS = 5_000;

/**
 * The document job on a fixed pool of worker threads (runtime/pool.ts); each document has
 * `budgetMs` of time (CPU time of its thread, runtime/pool.ts chargedMs). `script` is the worker module: the precompiled bundle
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
    large: (req) => sizeOnceRead(req.bytes) > LIMITS.poolDocumentBytes,
    // A large file's bytes are moved, not copied, when they own their buffer (one copy less of up to
    // the size cap in memory); the caller does not read them afterwards.
    transfer: (req) => {
      const own = req.bytes.byteLength > 0 && req.bytes.byteOffset === 0 && req.bytes.byteLength === req.bytes.buffer.byteLength && req.bytes.buffer instanceof ArrayBuffer;
      return own ? [req.bytes.buffer as ArrayBuffer] : [];
    },
    idleMs: POOL_IDLE_MS,
  });
  return documentExecutor(run, pool, budgetMs);
}

/** The end of a lost document's reject reason while the file goes on (dropped when the file is given up on after all). */
const KEPT_TAIL = "; the file's other documents are kept";

/**
 * A given-up file's reject rows with KEPT_TAIL taken off the lost documents' reasons (stage "pipeline"): the
 * file's other documents are not kept after all. One helper for the rows a checkpoint carried and the rows
 * keepFinished builds, so a lost document's row is the same whichever made it (checkpoints go out at most one per
 * 250 ms, so which documents a checkpoint carried depends on the machine's speed).
 */
export function givenUpRows(rejects: readonly Reject[]): Reject[] {
  return rejects.map((row) => (row.stage === "pipeline" && row.reason.endsWith(KEPT_TAIL) ? { ...row, reason: row.reason.slice(0, -KEPT_TAIL.length) } : row));
}

/**
 * The documents of a given-up file that have no row of their own, from `from` (the last checkpoint) on, without
 * the lost ones (`skip`): "document 6 of 6", "documents 5–6 of 6", "documents 1, 3 and 6 of 6", or with the
 * count unknown (a stop that named no document) "documents 4 and after", "documents 1, 3 and 5 and after".
 * Positions from 1.
 */
export function notProcessed(from: number, skip: ReadonlyMap<number, string>, at: UnitAt | undefined): string {
  const end = at ? at.units : Math.max(from, ...[...skip.keys()].map((unit) => unit + 1));
  const runs: [number, number][] = [];
  for (let unit = from; unit < end; unit++) {
    if (skip.has(unit)) continue;
    const last = runs.at(-1);
    if (last && last[1] === unit) last[1] = unit + 1;
    else runs.push([unit, unit + 1]);
  }
  // The count unknown: from just past the last lost document (or `from`) on.
  const open = !at;
  if (open) runs.push([end, end + 1]);
  const texts = runs.map(([a, b], k) => (open && k === runs.length - 1 ? `${a + 1} and after` : b - a === 1 ? `${a + 1}` : `${a + 1}–${b}`));
  if (texts.length === 0) return "no document left unprocessed";
  const one = !open && runs.length === 1 && runs[0][1] - runs[0][0] === 1;
  const list = texts.length === 1 ? texts[0] : `${texts.slice(0, -1).join(", ")} and ${texts.at(-1)}`;
  return `${one ? "document" : "documents"} ${list}${at ? ` of ${at.units}` : ""} not processed`;
}

/** An outcome of a try that was stopped (over its budget or ceiling) or whose worker crashed. */
type Stopped = Extract<Outcome<unknown>, { kind: "timeout" | "crashed" }>;

/** A task runner's outcomes as documents' results: a failure rejects its input; a failure of the run's own storage ends the run. */
export function documentExecutor(run: JobContext, runner: TaskRunner<JobContext, WorkRequest, ProcessedFile | TemplateObservation>, budgetMs: number): Executor {
  const csv = csvOptionsOf(run);
  /** What a reject row needs of a request whose bytes go (moved) to a worker of its own (the hash discovery took, when given). */
  const identity = (req: WorkRequest): WorkRequest => ({ ...req, bytes: new Uint8Array(0), known: req.known ?? { sha256: sha256(req.bytes), bytes: req.bytes.length } });
  /**
   * Why a try stopped (over the budget or the ceiling, or its worker crashed) fails the file. `lost`: documents already
   * rejected alone on earlier tries of this file; `whole`: the reason is the file's reject row, which says it is rejected whole.
   */
  const stopReason = (o: Stopped, lost: number, whole: boolean): string => {
    const also = lost > 0 ? `; ${lost} of its documents had run over or crashed already${whole ? ", so the file is rejected whole" : ""}` : "";
    return o.kind === "timeout" ? budgetExceeded(budgetMs) + also : `worker crashed: ${o.error.message}${also}`;
  };
  /** `lost`: documents already rejected alone on earlier tries of this file (a whole-file reject says so). */
  const settle = (req: WorkRequest, o: Outcome<ProcessedFile | TemplateObservation>, lost = 0): ProcessedFile => {
    if (o.kind === "ok") return unspill(o.result as ProcessedFile);
    // An exception that escaped the stages (they catch their own) rejects this input, never the run;
    // a failure of the run's own storage (the cache) ends the run.
    if (o.kind === "failed" && o.runFatal) throw new Error(o.message);
    if (o.kind === "failed") return processedOf(failed(req, "pipeline", `processing failed: ${o.message}`), csv);
    return processedOf(failed(req, "pipeline", stopReason(o, lost, true)), csv);
  };
  /**
   * A file given up on (rejected whole): the documents its tries finished and checkpointed are kept; each document
   * that ran over or crashed on an earlier try gets its own reject row with its reason; one row names the documents
   * that have no row of their own (not processed, and why). Nothing done is lost, and every document is accounted for,
   * even when every one of them runs away. The lost documents' rows read the same whether a checkpoint carried them
   * (built by the worker, pipeline/document.ts) or not (built here): givenUpRows; the record id here is the one the
   * worker wrote as the document started (`ids`, from UnitAt's label), the one the worker would put in the row.
   */
  const keepFinished = (req: WorkRequest, o: Stopped, skip: ReadonlyMap<number, string>, ids: ReadonlyMap<number, string | null>, resume: WorkRequest["resume"], at: UnitAt | undefined): ProcessedFile => {
    const lost = skip.size;
    const from = resume?.from ?? 0;
    if (!resume && lost === 0) return settle(req, o, lost);
    const rows = joinRows((resume?.prior ?? []).map((part) => JSON.parse(unpackRows(part)) as ResultRows));
    // Documents blamed on earlier tries after the last checkpoint: their rows were to come from the next try.
    const blamed = [...skip]
      .filter(([unit]) => unit >= from)
      .sort(([a], [b]) => a - b)
      .map(([unit, reason]) => ({ ...failed(req, "pipeline", reason).rejects[0], record_id: ids.get(unit) ?? null }));
    const lostBefore = [...skip.keys()].filter((unit) => unit < from).length;
    const kept = from - lostBefore > 0 ? ` (the ${from - lostBefore} before are kept)` : "";
    // Nothing finished and nothing lost (only the load stage's rows were sent: a page of one document that ran away):
    // the file's one row reads as a file rejected whole, after the load stage's rows.
    const whole = from === 0 && lost === 0;
    const given = failed(req, "pipeline", whole ? stopReason(o, 0, true) : `${notProcessed(from, skip, at)}${kept}: ${stopReason(o, lost, false)}`);
    // The key order of a single pass: the file's identity, then its rows (notices last, when any), the reject rows after the kept ones.
    return processedOf({ ...given, ...rows, rejects: [...givenUpRows(rows.rejects), ...givenUpRows(blamed), ...given.rejects] }, csv);
  };
  /** Why a document is rejected alone: it ran over the budget, or its worker died on it (named by where it is in the file, when known). */
  const lostReason = (o: Stopped, at: UnitAt): string => {
    const where = documentName(at.label).where;
    const which = `document ${at.unit + 1} of ${at.units}${where ? ` (${where})` : ""}`;
    if (o.kind === "timeout") return `time budget exceeded: ${which} took longer than ${budgetMs} ms${KEPT_TAIL}`;
    return `worker crashed on ${which}: ${o.error.message}${KEPT_TAIL}`;
  };
  return {
    async run(req, reread) {
      const skip = new Map(req.skip);
      // The record id of each lost document (from its label): its row, when keepFinished makes it, names it as the worker's would.
      const ids = new Map<number, string | null>();
      // Where each lost document was (its label's `where`): a further try skips it only there.
      const wheres = new Map<number, string>();
      // What the finished documents of the tries so far gave (their checkpoints): a further try goes on from there.
      let resume = req.resume;
      // `spent`: every try's time on a worker (a pool try that ran out of memory included: runtime/pool.ts placeTask).
      let spent = 0;
      // A try went to a worker of its own (the file is large, or ran a pool worker out of memory): so do the next ones,
      // rather than spend part of the ceiling on a pool try that runs out of memory again.
      let alone = false;
      for (let attempt = req; ; ) {
        let seen = attempt;
        const beforeAlone = () => {
          seen = identity(attempt);
          alone = true;
        };
        const outcome = await runner.run(attempt, { beforeAlone, ceilingMs: taskCeilingMs(budgetMs) - spent, alone });
        if (outcome.kind !== "timeout" && outcome.kind !== "crashed") return settle(seen, outcome);
        spent += outcome.ms ?? 0;
        resume = keepCheckpoints(resume, outcome.saved);
        // One document of several to blame, within the file's ceiling and the count of documents lost: try again without it.
        // (A stop at the ceiling names no document: runtime/pool.ts runOn gives `at` only to a stop at the budget.)
        const at = outcome.at;
        const reason = at && at.units > 1 && skip.size < MAX_DOCUMENTS_LOST && spent < taskCeilingMs(budgetMs) ? lostReason(outcome, at) : undefined;
        // The bytes, unless they were moved to a worker of their own (then read again, if they are still the same).
        const bytes = reason === undefined ? undefined : attempt.bytes.length > 0 ? attempt.bytes : reread?.();
        // A skipped document is never processed, nor its long JSON Lines line parsed (pipeline/document.ts skipWhere); a
        // position blamed twice (the documents moved) gives the file up rather than loop.
        if (reason === undefined || bytes === undefined || skip.has(at!.unit)) return keepFinished(seen, outcome, skip, ids, resume, at);
        const named = documentName(at!.label);
        skip.set(at!.unit, reason);
        ids.set(at!.unit, named.recordId);
        if (named.where !== undefined) wheres.set(at!.unit, named.where);
        // Not cached: whether a document runs over the budget depends on the machine and the budget.
        attempt = { ...req, bytes, cachePath: undefined, skip: new Map(skip), skipIds: new Map(ids), skipWhere: new Map(wheres), resume };
      }
    },
    async observe(req) {
      let outcome = await runner.run({ ...req, kind: "observe" });
      // A worker that died (not one over its budget) is tried once more: workers are stopped when idle and
      // started again, and a start-up that failed must not leave a file out of the templates.
      if (outcome.kind === "crashed" && outcome.error.code !== "ERR_WORKER_OUT_OF_MEMORY") {
        outcome = await runner.run({ ...req, kind: "observe" });
      }
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

/**
 * A stopped try's checkpoints (runtime/pool.ts Outcome `saved`, pipeline/document.ts Checkpoint) added to what
 * the earlier tries kept: the rows of the documents finished before the last checkpoint, and where to go on.
 * Only checkpoints that join up with what is kept count (each starts where the last one ended). The rows stay
 * JSON text here, compressed (packRows): parsed once, where they are used (the worker that resumes the file, or keepFinished).
 */
export function keepCheckpoints(resume: WorkRequest["resume"], saved: unknown[] | undefined): WorkRequest["resume"] {
  let from = resume?.from ?? 0;
  const prior = [...(resume?.prior ?? [])];
  let text = resume?.text;
  for (const c of (saved ?? []) as Checkpoint[]) {
    // (a checkpoint that ends where it starts holds the load stage's rows: processFile sends them at once)
    if (c.from !== from || c.to < c.from) break;
    prior.push(c.rows);
    from = c.to;
    // where a text read in parts stood at `to` (none: the document there is no later part)
    text = c.text;
  }
  return prior.length > 0 ? { from, prior, ...(text ? { text } : {}) } : undefined;
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

const budgetExceeded = (budgetMs: number) => `time budget exceeded: one document took longer than ${budgetMs} ms, or the file longer than ${taskCeilingMs(budgetMs)} ms`;
