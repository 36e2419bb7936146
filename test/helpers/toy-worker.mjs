// A worker module for test/runtime-pool.test.ts: a toy job served by the runtime's generic
// worker host. "loop" never ends, "crash" exits the thread, "fail" throws; "steps" works
// `steps` times `ms` milliseconds, reporting its progress after each step when `report` is set;
// "units" reports `steps` units of work by number and never ends unit `stuck`.
import { register } from "tsx/esm/api";
import { threadId, workerData } from "node:worker_threads";

register();
// A worker whose code takes `startMs` to load (the context's): a new worker on a loaded machine.
const end = Date.now() + (workerData?.startMs ?? 0);
while (Date.now() < end);
const { serveTasks } = await import("../../runtime/worker-host.ts");
serveTasks((ctx) => (task, progress) => {
  if (task.word === "loop") for (;;);
  if (task.word === "steps") {
    for (let i = 0; i < task.steps; i++) {
      const end = Date.now() + task.ms;
      while (Date.now() < end);
      if (task.report) progress?.();
    }
  }
  if (task.word === "units") {
    for (let i = 0; i < task.steps; i++) {
      progress?.(i, task.steps);
      if (i === task.stuck) for (;;);
    }
    progress?.();
  }
  if (task.word === "crash") process.exit(7);
  if (task.word === "fail") throw new Error("no such word");
  return { text: ctx.prefix + task.word, bytes: task.bytes ? task.bytes.length : 0, thread: threadId };
});
