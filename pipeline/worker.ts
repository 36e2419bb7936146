/** Worker thread body: runs the per-document stages for one file at a time. */
import { parentPort } from "node:worker_threads";
import { processFile } from "./document.ts";
import type { WorkRequest } from "./pool.ts";
import { reviveTemplates } from "./templates.ts";

parentPort?.on("message", (req: WorkRequest) => {
  try {
    const templates = req.templates ? reviveTemplates(req.templates) : undefined;
    const result = processFile(req.input, req.bytes, { skip: new Set(req.skip), templates }, { maxBytes: req.maxBytes });
    parentPort!.postMessage({ ok: true, result });
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: (err as Error).message });
  }
});
