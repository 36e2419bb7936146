// A worker module for test/runtime-pool.test.ts: a toy job served by the runtime's generic
// worker host. "loop" never ends, "crash" exits the thread, "fail" throws; "steps" works
// `steps` times `ms` milliseconds, reporting its progress after each step when `report` is set;
// "units" reports `steps` units of work by number and never ends unit `stuck`. A step's milliseconds are CPU time
// of this thread where Linux gives it (the pool's budget is CPU time there), else wall-clock time.
import { existsSync, readFileSync } from "node:fs";
import { register } from "tsx/esm/api";
import { threadId, workerData } from "node:worker_threads";

const hasThreadClock = existsSync("/proc/thread-self/stat");
/** This thread's CPU time in ms (fields 14 and 15 of its stat line, in 1/100 s), or the wall clock. */
const clock = () => {
  if (!hasThreadClock) return Date.now();
  const stat = readFileSync("/proc/thread-self/stat", "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(f[11]) + Number(f[12])) * 10;
};

register();
// A worker whose code takes `startMs` to load (the context's): a new worker on a loaded machine.
const end = Date.now() + (workerData?.startMs ?? 0);
while (Date.now() < end);
const { serveTasks } = await import("../../runtime/worker-host.ts");
serveTasks((ctx) => (task, progress) => {
  if (task.word === "loop") for (;;);
  if (task.word === "steps") {
    for (let i = 0; i < task.steps; i++) {
      const end = clock() + task.ms;
      while (clock() < end);
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
