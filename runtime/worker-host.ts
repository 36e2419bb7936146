/**
 * The body of a pool worker thread (runtime/pool.ts), generic: the run's context
 * arrives with the thread (workerData) and again when it changes, never with every
 * task; each task is answered with its result or its error. An error marked
 * `runFatal` (the run's own storage failed, not the task) is reported as such,
 * and the pool's caller ends the run.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { HostMessage, HostReply } from "./pool.ts";

export function serveTasks<Ctx, Task, Result>(handlerFor: (context: Ctx) => (task: Task) => Result): void {
  let handle = handlerFor(workerData as Ctx);
  parentPort?.on("message", (msg: HostMessage<Ctx, Task>) => {
    if (msg.type === "context") {
      handle = handlerFor(msg.context);
      return;
    }
    try {
      parentPort!.postMessage({ ok: true, result: handle(msg.task) } satisfies HostReply<Result>);
    } catch (err) {
      parentPort!.postMessage({ ok: false, error: (err as Error).message, runFatal: (err as { runFatal?: boolean }).runFatal === true } satisfies HostReply<Result>);
    }
  });
}
