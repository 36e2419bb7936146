/** Worker thread body: runs the per-document stages (or the template observation) for one file at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { handlerFor, type RunContext, type WorkerMessage } from "./pool.ts";

// The run's context (templates, site rules, options) arrives with the thread, and again
// when it changes (the templates, after the template pass): never with every document.
let handle = handlerFor(workerData as RunContext);

parentPort?.on("message", (msg: WorkerMessage) => {
  if (msg.kind === "context") {
    handle = handlerFor(msg.run);
    return;
  }
  try {
    const result = handle(msg);
    parentPort!.postMessage({ ok: true, result });
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: (err as Error).message, runFatal: (err as { runFatal?: boolean }).runFatal === true });
  }
});
