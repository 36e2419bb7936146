/** Worker thread body: runs the per-document stages for one file at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { processorFor, type RunContext, type WorkRequest } from "./pool.ts";

// The run's context (templates, site rules, options) arrives once, with the thread.
const process1 = processorFor(workerData as RunContext);

parentPort?.on("message", (req: WorkRequest) => {
  try {
    parentPort!.postMessage({ ok: true, result: process1(req) });
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: (err as Error).message });
  }
});
