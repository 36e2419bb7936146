/**
 * The runtime's worker pool is generic (runtime/pool.ts): tasks, results and the
 * context are opaque to it. Here it runs a toy job that knows nothing of
 * documents: each task's answer, a context change, a task over its budget, a
 * crash, and a large task sent to a worker of its own.
 */
import { existsSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { BUDGET_WALL_FACTOR, chargedMs, cpuMsOfStat, inlineRunner, osThreadId, placeTask, threadCpuMs, UnitCell, workerPool, type Outcome, type TaskRunner } from "../runtime/pool.ts";
import { documentLabel, documentName } from "../pipeline/document.ts";

type Ctx = { prefix: string; startMs?: number };
type Task = { word: string; bytes?: Uint8Array; steps?: number; ms?: number; report?: boolean; stuck?: number };

/** The toy job's worker module (it serves tasks with runtime/worker-host.ts). */
const toyWorker = () => new URL("./helpers/toy-worker.mjs", import.meta.url);

const handlerFor = (ctx: Ctx) => (task: Task) => ({ text: ctx.prefix + task.word });

let open: TaskRunner<Ctx, Task, unknown>[] = [];
const limits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 };
/** A pool of one toy worker (closed after the test). */
const toyPool = <R,>(ctx: Ctx, o: { budgetMs: number; ceilingMs?: number }) => {
  const pool = workerPool<Ctx, Task, R>(ctx, { size: 1, ...o, script: toyWorker(), limits, aloneLimits: limits, large: () => false });
  open.push(pool);
  return pool;
};
afterEach(async () => {
  await Promise.all(open.map((p) => p.close()));
  open = [];
});

describe("runtime pool (generic)", () => {
  it("runs tasks in this thread with the same contract", async () => {
    const runner = inlineRunner<Ctx, Task, { text: string }>({ prefix: "a:" }, handlerFor);
    expect(await runner.run({ word: "one" })).toEqual({ kind: "ok", result: { text: "a:one" } });
    runner.setContext({ prefix: "b:" });
    expect(await runner.run({ word: "two" })).toEqual({ kind: "ok", result: { text: "b:two" } });
  });

  it("answers tasks on worker threads, takes a new context, and survives a task over budget, a crash and a failure", async () => {
    const pool = toyPool<{ text: string }>({ prefix: "a:" }, { budgetMs: 3_000 });
    expect(await pool.run({ word: "one" })).toMatchObject({ kind: "ok", result: { text: "a:one" } });
    pool.setContext({ prefix: "b:" });
    expect(await pool.run({ word: "two" })).toMatchObject({ kind: "ok", result: { text: "b:two" } });
    const loop = await pool.run({ word: "loop" });
    expect(loop).toMatchObject({ kind: "timeout" });
    expect(loop).not.toHaveProperty("at"); // it named no unit of its work
    expect(await pool.run({ word: "crash" })).toMatchObject({ kind: "crashed" });
    expect(await pool.run({ word: "fail" })).toEqual({ kind: "failed", message: "no such word", runFatal: false });
    // the replaced worker starts with the latest context
    expect(await pool.run({ word: "three" })).toMatchObject({ kind: "ok", result: { text: "b:three" } });
  }, 60_000);

  it("starts a task's budget again at each progress report: a task of many short steps finishes, one long silent stretch does not", async () => {
    const pool = toyPool<{ text: string }>({ prefix: "" }, { budgetMs: 600 });
    // 16 steps of 100 ms (CPU time): 1.6 s in all, more than twice the budget, each step well within it
    expect(await pool.run({ word: "steps", steps: 16, ms: 100, report: true })).toMatchObject({ kind: "ok", result: { text: "steps" } });
    expect(await pool.run({ word: "steps", steps: 16, ms: 100, report: false })).toMatchObject({ kind: "timeout" });
  }, 60_000);

  it("stops a task at its ceiling however often it reports progress: a file whose every document crawls does not hold a worker for ever", async () => {
    const pool = toyPool<{ text: string }>({ prefix: "" }, { budgetMs: 600, ceilingMs: 1_000 });
    // 16 steps of 100 ms, each reported: within the budget step by step, past the 1 s ceiling in all
    expect(await pool.run({ word: "steps", steps: 16, ms: 100, report: true })).toMatchObject({ kind: "timeout", ceiling: true });
    // the worker is replaced and serves the next task
    expect(await pool.run({ word: "after" })).toMatchObject({ kind: "ok", result: { text: "after" } });
  }, 60_000);

  it("starts a task's budget when the worker takes it up, not while a new worker loads its code", async () => {
    // the worker loads for 3 s, twice the budget; its first task then takes no time
    const pool = toyPool<{ text: string }>({ prefix: "", startMs: 3_000 }, { budgetMs: 1_500 });
    expect(await pool.run({ word: "first" })).toMatchObject({ kind: "ok", result: { text: "first" } });
  }, 60_000);

  it("says which unit of its work a stopped task was in, and none once its units are done", async () => {
    const pool = toyPool<{ text: string }>({ prefix: "" }, { budgetMs: 1_500 });
    // unit 3 of 6 never ends: the pool names it, whatever the reports' throttle let through
    expect(await pool.run({ word: "units", steps: 6, stuck: 3 })).toMatchObject({ kind: "timeout", at: { unit: 3, units: 6 } });
    expect(await pool.run({ word: "units", steps: 6 })).toMatchObject({ kind: "ok", result: { text: "units" } });
    // a task that reports no unit names none
    const after = await pool.run({ word: "loop" });
    expect(after).toMatchObject({ kind: "timeout" });
    expect(after).not.toHaveProperty("at");
  }, 60_000);

  it("sends a large task to a worker of its own, moving its buffers", async () => {
    const pool = workerPool<Ctx, Task, { bytes: number; thread: number }>({ prefix: "" }, {
      size: 1, budgetMs: 10_000, script: toyWorker(), limits, aloneLimits: limits,
      large: (t) => (t.bytes?.length ?? 0) > 100,
      transfer: (t) => (t.bytes ? [t.bytes.buffer as ArrayBuffer] : []),
    });
    open.push(pool);
    const small = await pool.run({ word: "s", bytes: new Uint8Array(10) });
    const bytes = new Uint8Array(1000);
    let before = -1;
    const large = await pool.run({ word: "l", bytes }, { beforeAlone: () => (before = bytes.length) });
    expect(small).toMatchObject({ kind: "ok", result: { bytes: 10 } });
    expect(large).toMatchObject({ kind: "ok", result: { bytes: 1000 } });
    if (small.kind === "ok" && large.kind === "ok") expect(large.result.thread).not.toBe(small.result.thread);
    expect(before).toBe(1000); // the caller's last look, before the move
    expect(bytes.length).toBe(0); // moved, not copied
  }, 60_000);

  it("starts a pool worker only when a task needs one: a large task alone loads no pool worker, and a free running worker is used before another is started", async () => {
    const pool = workerPool<Ctx, Task, { bytes: number; thread: number }>({ prefix: "" }, {
      size: 2, budgetMs: 10_000, script: toyWorker(), limits, aloneLimits: limits,
      large: (t) => (t.bytes?.length ?? 0) > 100,
    });
    open.push(pool);
    // Thread ids are handed out in the order threads start: a pool that started its workers with itself would have
    // given them smaller ids than the large task's worker of its own.
    const large = await pool.run({ word: "l", bytes: new Uint8Array(1000) });
    const small = await pool.run({ word: "s", bytes: new Uint8Array(10) });
    const again = await pool.run({ word: "t", bytes: new Uint8Array(10) });
    expect(large.kind === "ok" && small.kind === "ok" && again.kind === "ok").toBe(true);
    if (large.kind === "ok" && small.kind === "ok" && again.kind === "ok") {
      expect(small.result.thread).toBeGreaterThan(large.result.thread);
      expect(again.result.thread).toBe(small.result.thread);
    }
  }, 60_000);

  it("after a crash or a task over budget, starts the replacement worker with the slot's next task, not at once", async () => {
    const pool = workerPool<Ctx, Task, { bytes: number; thread: number }>({ prefix: "" }, {
      size: 1, budgetMs: 1_500, script: toyWorker(), limits, aloneLimits: limits,
      large: (t) => (t.bytes?.length ?? 0) > 100,
    });
    open.push(pool);
    for (const word of ["crash", "loop"]) {
      expect(await pool.run({ word })).toMatchObject({ kind: word === "crash" ? "crashed" : "timeout" });
      // Thread ids follow start order: a replacement started at the crash would be older than the large task's worker.
      const large = await pool.run({ word: "l", bytes: new Uint8Array(1000) });
      const next = await pool.run({ word: "s", bytes: new Uint8Array(10) });
      expect(large.kind === "ok" && next.kind === "ok").toBe(true);
      if (large.kind === "ok" && next.kind === "ok") expect(next.result.thread).toBeGreaterThan(large.result.thread);
    }
  }, 60_000);

  it("stops a worker left idle (idleMs) and starts a fresh one, with the latest context, for the next task", async () => {
    const pool = workerPool<Ctx, Task, { text: string; thread: number }>({ prefix: "a:" }, {
      size: 1, budgetMs: 10_000, script: toyWorker(), limits, aloneLimits: limits, large: () => false, idleMs: 20,
    });
    open.push(pool);
    const first = await pool.run({ word: "one", bytes: new Uint8Array(1) });
    const again = await pool.run({ word: "two", bytes: new Uint8Array(1) });
    // no idle gap between two tasks: the same worker
    expect(first.kind).toBe("ok");
    expect(again.kind).toBe("ok");
    if (first.kind === "ok" && again.kind === "ok") expect(again.result.thread).toBe(first.result.thread);
    pool.setContext({ prefix: "b:" });
    // a wait longer than idleMs (a timer set after the idle one fires after it): the worker is stopped meanwhile
    await new Promise((r) => setTimeout(r, 200));
    const later = await pool.run({ word: "three", bytes: new Uint8Array(1) });
    expect(later).toMatchObject({ kind: "ok", result: { text: "b:three" } });
    if (first.kind === "ok" && later.kind === "ok") expect(later.result.thread).not.toBe(first.result.thread);
    expect(first.kind).toBe("ok");
  }, 60_000);

  describe("a task that runs a pool worker out of memory (placeTask, with fake tries that record their ceilings)", () => {
    const oom = (ms: number): Outcome<string> => ({ kind: "crashed", error: Object.assign(new Error("out of memory"), { code: "ERR_WORKER_OUT_OF_MEMORY" }), ms });
    /** A try that records the ceiling it was given and answers `outcome`. */
    const tryRecording = (ceilings: number[], outcome: Outcome<string>) => async (ceilingMs: number) => {
      ceilings.push(ceilingMs);
      return outcome;
    };

    it("runs it alone with what is left of its ceiling, and its outcome counts both tries", async () => {
      const pool: number[] = [];
      const alone: number[] = [];
      let moved = 0;
      const out = await placeTask(1_000, false, tryRecording(pool, oom(700)), tryRecording(alone, { kind: "timeout", at: { unit: 1, units: 3 }, ms: 250 }), () => moved++);
      expect(pool).toEqual([1_000]);
      expect(alone).toEqual([300]);
      expect(moved).toBe(1);
      expect(out).toEqual({ kind: "timeout", at: { unit: 1, units: 3 }, ms: 950 });
      // a crash alone counts both tries too; an answer alone is the answer
      expect(await placeTask(1_000, false, tryRecording([], oom(400)), tryRecording([], oom(100)))).toMatchObject({ kind: "crashed", ms: 500 });
      expect(await placeTask(1_000, false, tryRecording([], oom(400)), tryRecording([], { kind: "ok", result: "done" }))).toEqual({ kind: "ok", result: "done" });
    });

    it("starts no worker of its own when the pool try used the whole ceiling; other outcomes of the pool try are final", async () => {
      const alone: number[] = [];
      expect(await placeTask(1_000, false, tryRecording([], oom(1_000)), tryRecording(alone, { kind: "ok", result: "late" }))).toMatchObject({ kind: "crashed", ms: 1_000 });
      const crash: Outcome<string> = { kind: "crashed", error: new Error("worker exited (code 7)"), ms: 10 };
      expect(await placeTask(1_000, false, tryRecording([], crash), tryRecording(alone, { kind: "ok", result: "x" }))).toBe(crash);
      expect(alone).toEqual([]);
    });

    it("a large task (or one that went alone before) skips the pool and has its whole ceiling alone", async () => {
      const pool: number[] = [];
      const alone: number[] = [];
      expect(await placeTask(800, true, tryRecording(pool, oom(1)), tryRecording(alone, { kind: "timeout", ceiling: true, ms: 800 }))).toEqual({ kind: "timeout", ceiling: true, ms: 800 });
      expect(pool).toEqual([]);
      expect(alone).toEqual([800]);
    });
  });
});

describe("the time budget and ceiling are CPU time of the worker's thread (less load-dependent), with a wall-clock backstop", () => {
  it("a unit is charged its thread's CPU time, at least 1/BUDGET_WALL_FACTOR of its wall-clock time", () => {
    // 1,000 ms of wall-clock time have passed
    expect(chargedMs(1_000, 1_000)).toBe(1_000); // it computed the whole time
    expect(chargedMs(1_000, 250)).toBe(250); // a loaded machine: it had a quarter of a core, and is charged that
    // the backstop: however little CPU time it used, a unit at BUDGET_WALL_FACTOR budgets of wall-clock time is over one budget
    expect(chargedMs(BUDGET_WALL_FACTOR * 1_000, 10)).toBe(1_000);
    expect(chargedMs(BUDGET_WALL_FACTOR * 2_000, 0)).toBe(2_000);
    // no per-thread clock (another system): wall-clock time, as before
    expect(chargedMs(1_000, undefined)).toBe(1_000);
  });

  it("reads a thread's CPU time from its /proc stat line, whatever the command name holds", () => {
    // fields 14 and 15 (utime, stime) in clock ticks of 1/100 s
    const stat = (name: string) => `4242 (${name}) R 1 1 1 0 -1 4194368 2536 0 0 0 181 19 0 0 20 0 8 0 6046726 1632411648 14598`;
    expect(cpuMsOfStat(stat("node"))).toBe(2_000);
    expect(cpuMsOfStat(stat("a) b (c) d"))).toBe(2_000);
    expect(cpuMsOfStat("garbage")).toBeUndefined();
    expect(threadCpuMs(0)).toBeUndefined();
    expect(threadCpuMs(-1)).toBeUndefined();
  });

  it.skipIf(!existsSync("/proc/thread-self"))("this thread's CPU time is read where Linux gives it, and grows with work", () => {
    const tid = osThreadId();
    const before = threadCpuMs(tid)!;
    expect(before).toBeGreaterThanOrEqual(0);
    // read it until the clock (10 ms ticks) moves (reading it is work too): it must, or the budget would never end a runaway unit
    let after = before;
    while (after === before) after = threadCpuMs(tid)!;
    expect(after).toBeGreaterThan(before);
  });
});

describe("the unit cell's label read while the worker writes the next (UnitCell seqlock)", () => {
  /** The pool's cell, with `during` run (the worker's side writing) each time the pool copies the label's bytes. */
  const racing = (worker: UnitCell, during: () => void): UnitCell => {
    const pool = new UnitCell(worker.buffer);
    const bytes = (pool as unknown as { bytes: Uint8Array }).bytes;
    bytes.slice = (...args: [number?, number?]) => (during(), Uint8Array.prototype.slice.apply(bytes, args));
    return pool;
  };
  it("a label rewritten for the same unit while it is copied is read again, never taken half of one and half of the other", () => {
    const worker = new UnitCell();
    worker.enter(4, 9, documentLabel({ recordId: "dock-7", where: "item 4" }));
    let writes = 0;
    // the same unit's label again (a further try of the file, a reused cell): the position alone cannot tell them apart
    const pool = racing(worker, () => void (writes++ === 0 && worker.enter(4, 9, documentLabel({ recordId: "lighthouse-keeper-12", where: "item 4" }))));
    expect(pool.read()).toEqual({ unit: 4, units: 9, label: '["lighthouse-keeper-12","item 4"]' });
  });
  it("a worker that never stops writing (or died mid-write) gives its unit without a label", () => {
    const worker = new UnitCell();
    let n = 0;
    worker.enter(2, 5, documentLabel({ recordId: "r-0", where: "line 3" }));
    const pool = racing(worker, () => worker.enter(2, 5, documentLabel({ recordId: `r-${++n}${"x".repeat(n)}`, where: "line 3" })));
    expect(pool.read()).toEqual({ unit: 2, units: 5 });
    // half a write: the sequence left odd
    const dead = new UnitCell();
    dead.enter(1, 3, documentLabel({ recordId: "r-9", where: "line 2" }));
    Atomics.add(new Int32Array(dead.buffer, 0, 6), 5, 1);
    expect(new UnitCell(dead.buffer).read()).toEqual({ unit: 1, units: 3 });
  });
  it("a label that is not a document's name names nothing (never throws)", () => {
    for (const label of ["[", "null", "42", '{"a":1}', "[7,8]"]) expect(documentName(label)).toEqual({ recordId: null });
  });
});
