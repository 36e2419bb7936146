// A worker module for test/runtime-pool.test.ts: a toy job served by the runtime's generic
// worker host. "loop" never ends, "crash" exits the thread, "fail" throws.
import { register } from "tsx/esm/api";
import { threadId } from "node:worker_threads";

register();
const { serveTasks } = await import("../../runtime/worker-host.ts");
serveTasks((ctx) => (task) => {
  if (task.word === "loop") for (;;);
  if (task.word === "crash") process.exit(7);
  if (task.word === "fail") throw new Error("no such word");
  return { text: ctx.prefix + task.word, bytes: task.bytes ? task.bytes.length : 0, thread: threadId };
});
