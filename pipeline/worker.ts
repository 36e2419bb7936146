/** Worker thread body: runs the per-document stages for one file at a time. */
import { parentPort } from "node:worker_threads";
import type { CompiledSiteRule } from "./config.ts";
import { processFile } from "./document.ts";
import { contextOf, type WorkRequest } from "./pool.ts";

const memo = new Map<string, CompiledSiteRule[]>();

parentPort?.on("message", (req: WorkRequest) => {
  try {
    const result = processFile(req.input, req.bytes, contextOf(req, memo), { maxBytes: req.maxBytes });
    parentPort!.postMessage({ ok: true, result });
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: (err as Error).message });
  }
});
