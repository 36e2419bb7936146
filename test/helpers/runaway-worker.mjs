// A worker module for test/runaway-record.test.ts: the real document job (pipeline/job.ts handlerFor) served by
// the runtime's worker host, except that a request's `runaway` document (by position) never ends once it starts:
// a record that runs away, made certain instead of timed ("all": every document runs away); its `crash`
// document ends the thread (a worker that dies on one record: out of memory, a native fault).
import { register } from "tsx/esm/api";

register();
const { serveTasks } = await import("../../runtime/worker-host.ts");
const { handlerFor } = await import("../../pipeline/job.ts");
serveTasks((ctx) => {
  const handle = handlerFor(ctx);
  return (task, progress) =>
    handle(task, (unit, units) => {
      progress?.(unit, units);
      if (unit !== undefined && (unit === task.runaway || task.runaway === "all")) for (;;);
      if (unit !== undefined && unit === task.crash) process.exit(9);
    });
});
