// A worker module for test/runaway-record.test.ts: the real document job (pipeline/job.ts handlerFor) served by
// the runtime's worker host, except that a request's `runaway` document (by position) never ends once it starts:
// a record that runs away, made certain instead of timed ("all": every document runs away); its `crash`
// document ends the thread (a worker that dies on one record: out of memory, a native fault). With `log`, each
// document's position is appended to that file as it starts (which documents each try processed); with `pauseMs`,
// each document waits that long first, so that the worker host's throttled reports (and their checkpoints) go out
// at every document.
import { appendFileSync } from "node:fs";
import { register } from "tsx/esm/api";

register();
const { serveTasks } = await import("../../runtime/worker-host.ts");
const { handlerFor } = await import("../../pipeline/job.ts");
const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
serveTasks((ctx) => {
  const handle = handlerFor(ctx);
  return (task, progress) =>
    handle(task, (unit, units, save, label, urgent) => {
      if (unit !== undefined && task.pauseMs) pause(task.pauseMs);
      if (unit !== undefined && task.log) appendFileSync(task.log, `${unit}\n`);
      progress?.(unit, units, save, label, urgent);
      if (unit !== undefined && (unit === task.runaway || task.runaway === "all")) for (;;);
      if (unit !== undefined && unit === task.crash) process.exit(9);
    });
});
