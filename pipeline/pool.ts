/**
 * Where per-document work runs: in this thread, or on a pool of worker threads
 * for the CPU-bound stages. Workers also enforce the per-document time budget:
 * a runaway document is stopped (its worker is terminated and replaced) and
 * rejected instead of hanging the run.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { processFile, sha256, type FileResult } from "./document.ts";
import { reviveTemplates } from "./templates.ts";
import { compileSiteRules, type CompiledSiteRule, type SiteRule } from "./config.ts";
import type { StageContext } from "../stages/types.ts";

export interface WorkRequest {
  input: string;
  bytes: Uint8Array;
  skip: string[];
  maxBytes?: number;
  templates?: unknown;
  /** Per-site rules as plain data (compiled where the work runs). */
  sites?: SiteRule[];
}

/** Stage context from a request; compiled site rules are memoised per distinct rule set. */
export function contextOf(req: WorkRequest, memo: Map<string, CompiledSiteRule[]>): StageContext {
  let siteRules: CompiledSiteRule[] | undefined;
  if (req.sites?.length) {
    const key = JSON.stringify(req.sites);
    siteRules = memo.get(key);
    if (!siteRules) {
      siteRules = compileSiteRules(req.sites);
      memo.set(key, siteRules);
    }
  }
  return { skip: new Set(req.skip), templates: req.templates ? reviveTemplates(req.templates) : undefined, siteRules };
}

export interface Executor {
  run(req: WorkRequest): Promise<FileResult>;
  close(): Promise<void>;
}

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** In-process execution: no isolation, no time budget; used for tests and tiny corpora. */
export function inlineExecutor(): Executor {
  const memo = new Map<string, CompiledSiteRule[]>();
  return {
    run: async (req) => processFile(req.input, req.bytes, contextOf(req, memo), { maxBytes: req.maxBytes }),
    close: async () => {},
  };
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

/** A fixed pool of worker threads; each task has `budgetMs` of wall-clock time. */
export function workerExecutor(size: number, budgetMs: number): Executor {
  const workerUrl = new URL("./worker-entry.mjs", import.meta.url);
  const spawn = (): Slot => ({ worker: new Worker(workerUrl), busy: false });
  const slots: Slot[] = Array.from({ length: size }, spawn);
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

  return {
    async run(req) {
      const i = await acquire();
      const slot = slots[i];
      try {
        return await new Promise<FileResult>((resolve, reject) => {
          const timer = setTimeout(() => {
            cleanup();
            // Stop the runaway document: terminate the worker and put a fresh one in its slot.
            void slot.worker.terminate();
            slots[i] = { ...spawn(), busy: true };
            resolve(budgetExceeded(req, budgetMs));
          }, budgetMs);
          const onMessage = (msg: { ok: true; result: FileResult } | { ok: false; error: string }) => {
            cleanup();
            if (msg.ok) resolve(msg.result);
            else reject(new Error(msg.error));
          };
          const onError = (err: Error) => {
            cleanup();
            slots[i] = { ...spawn(), busy: true };
            resolve(crashed(req, err));
          };
          const cleanup = () => {
            clearTimeout(timer);
            slot.worker.off("message", onMessage);
            slot.worker.off("error", onError);
          };
          slot.worker.on("message", onMessage);
          slot.worker.on("error", onError);
          slot.worker.postMessage(req);
        });
      } finally {
        release(i);
      }
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

function failed(req: WorkRequest, stage: string, reason: string): FileResult {
  return {
    input: req.input,
    sha256: sha256(req.bytes),
    bytes: req.bytes.length,
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
