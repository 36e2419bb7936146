/**
 * The body of a pool worker thread (runtime/pool.ts), generic: the run's context
 * arrives with the thread (workerData) and again when it changes, never with every
 * task; each task is answered with its result or its error. An error marked
 * `runFatal` (the run's own storage failed, not the task) is reported as such,
 * and the pool's caller ends the run. The handler's progress reports reach the pool
 * (which starts the task's time budget again), one as the task starts and then at most one per PROGRESS_EVERY_MS; the unit a report names
 * is written at once into the task's shared cell, where the pool reads it when it stops the task. A report that is
 * sent carries the handler's checkpoint (`save`), made only then: at most one per PROGRESS_EVERY_MS.
 */
import { parentPort, workerData } from "node:worker_threads";
import { osThreadId, UnitCell, type HostMessage, type HostReply, type TaskHandler } from "./pool.ts";

/** Progress reports closer together than this are not sent (a file of 100,000 short records). */
const PROGRESS_EVERY_MS = 250;

export function serveTasks<Ctx, Task, Result>(handlerFor: (context: Ctx) => TaskHandler<Task, Result>): void {
  // This thread's OS id, for the pool to read its CPU time (runtime/pool.ts threadCpuMs).
  const tid = osThreadId();
  let handle = handlerFor(workerData as Ctx);
  let lastProgress = 0;
  let cell: UnitCell | undefined;
  // `urgent`: sent whatever the throttle (a checkpoint the handler wants kept even if the task is stopped at once).
  const progress = (unit?: number, units?: number, save?: () => unknown, label?: string, urgent?: boolean) => {
    cell?.enter(unit, units, label);
    const now = performance.now();
    if (!urgent && now - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = now;
    const saved = save?.();
    parentPort!.postMessage((saved === undefined ? { progress: true } : { progress: true, saved }) satisfies HostReply<Result>);
  };
  parentPort?.on("message", (msg: HostMessage<Ctx, Task>) => {
    if (msg.type === "context") {
      handle = handlerFor(msg.context);
      return;
    }
    cell = msg.cell ? new UnitCell(msg.cell) : undefined;
    if (cell) cell.thread = tid;
    // The task starts now, and its budget with it (runtime/pool.ts runOn): a new worker reads the task only once
    // its code and models are loaded (seconds on a loaded machine, for a worker of its own).
    parentPort!.postMessage({ progress: true } satisfies HostReply<Result>);
    try {
      lastProgress = performance.now();
      parentPort!.postMessage({ ok: true, result: handle(msg.task, progress) } satisfies HostReply<Result>);
    } catch (err) {
      parentPort!.postMessage({ ok: false, error: (err as Error).message, runFatal: (err as { runFatal?: boolean }).runFatal === true } satisfies HostReply<Result>);
    }
  });
}
