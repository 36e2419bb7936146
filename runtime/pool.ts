/**
 * Where tasks run: a fixed pool of worker threads, or this thread. Generic:
 * a task, its result and the run's context are opaque here; the caller
 * supplies the worker module (which serves them with runtime/worker-host.ts)
 * and says which tasks are too large for a pool worker. pipeline/job.ts is the
 * one caller: its tasks are input files, its results processed files.
 *
 * What the pool owns: each task's time budget (CPU time of its worker thread where
 * Linux tells it, with a wall-clock backstop; a task over it is stopped,
 * its worker terminated and replaced with the slot's next task), crashes (a worker
 * that dies is replaced the same way and its task reported, never the run's end), heap limits (a task that runs a
 * pool worker out of memory is run again on a worker of its own, with larger,
 * still bounded limits), and a context sent to each worker once, not per task.
 */
import { readFileSync, readlinkSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { ResourceLimits, Worker } from "node:worker_threads";
import { startWorker } from "./thread-args.ts";

/** How one task ended, as the pool saw it. */
export type Outcome<Result> =
  | { kind: "ok"; result: Result }
  | { kind: "failed"; message: string; runFatal?: boolean }
  | { kind: "timeout"; at?: UnitAt; ceiling?: true; ms?: number; saved?: unknown[] }
  | { kind: "crashed"; error: Error & { code?: string }; at?: UnitAt; ms?: number; saved?: unknown[] };

/**
 * The unit of a task's work (a document of a file of many) that was running when the task was stopped or its
 * worker died, as the handler last reported it (TaskHandler's progress): `unit` of `units`, from 0. Absent when
 * no unit was running (before the first, after the last, or a handler that reports none). `ms`: how long the
 * task had run on its worker (not counting its wait for one); on a pool worker and then alone, both (placeTask).
 * `saved`: the checkpoints the task's progress reports carried, in order (TaskHandler's `save`): what its finished
 * units gave, which a caller can keep instead of running them again (pipeline/job.ts). From this try only.
 */
export interface UnitAt {
  unit: number;
  units: number;
  /** What the handler called the unit as it started (TaskHandler's progress `label`), when it gave one. */
  label?: string;
}

/**
 * The memory a worker shares with the pool for one task: the unit it is in, the number of units, its thread id,
 * and the unit's label (UTF-8), written as each unit starts (runtime/worker-host.ts) and read when the task is
 * stopped or its worker dies (runOn). Shared memory, not a message: whatever the reports' throttle let through, the
 * pool knows which unit it stopped and what it is called (a record's id, its line), with no race on a clock.
 */
export class UnitCell {
  /** Bytes of a label; a longer one is not kept (a record id is at most LIMITS.recordFieldChars characters, at most 60,000 bytes as JSON). */
  static readonly LABEL_BYTES = 65_536;
  // unit + 1 (0: none), units, thread id, label's bytes (-1: too long), label's unit + 1 (0: none), sequence (odd while written)
  private static readonly INTS = 6;
  /** Reads that met a write before the pool gives the unit without its label (a worker that died mid-write leaves the sequence odd). */
  private static readonly TRIES = 4;
  readonly buffer: SharedArrayBuffer;
  private readonly ints: Int32Array;
  private readonly bytes: Uint8Array;
  constructor(buffer?: SharedArrayBuffer) {
    this.buffer = buffer ?? new SharedArrayBuffer(UnitCell.INTS * 4 + UnitCell.LABEL_BYTES);
    this.ints = new Int32Array(this.buffer, 0, UnitCell.INTS);
    this.bytes = new Uint8Array(this.buffer, UnitCell.INTS * 4);
  }
  /** The worker's side: unit `unit` of `units` starts (none: undefined), called `label`. */
  enter(unit: number | undefined, units: number | undefined, label?: string): void {
    const mark = unit === undefined ? 0 : unit + 1;
    // A seqlock: the sequence only grows, odd while the cell changes, so a reader that saw it even and the same
    // before and after its copy read one write whole (never half of one label for another, even of the same unit).
    Atomics.add(this.ints, 5, 1);
    if (mark > 0 && label !== undefined) {
      const { read, written } = encoder.encodeInto(label, this.bytes);
      Atomics.store(this.ints, 3, read === label.length ? written : -1);
      Atomics.store(this.ints, 4, mark);
    } else {
      Atomics.store(this.ints, 4, 0); // no label: none of an earlier unit's (or task's, on a reused cell) shows through
    }
    Atomics.store(this.ints, 1, units ?? 0);
    Atomics.store(this.ints, 0, mark);
    Atomics.add(this.ints, 5, 1);
  }
  set thread(tid: number) {
    Atomics.store(this.ints, 2, tid);
  }
  get thread(): number {
    return Atomics.load(this.ints, 2);
  }
  /** The pool's side: the unit the worker is in, with its label when that unit was given one. */
  read(): UnitAt | undefined {
    for (let tries = 0; tries < UnitCell.TRIES; tries++) {
      const seq = Atomics.load(this.ints, 5);
      if (seq & 1) continue;
      const mark = Atomics.load(this.ints, 0);
      const at: UnitAt = { unit: mark - 1, units: Atomics.load(this.ints, 1) };
      const length = Atomics.load(this.ints, 3);
      const copy = Atomics.load(this.ints, 4) === mark && length >= 0 ? this.bytes.slice(0, length) : undefined;
      if (Atomics.load(this.ints, 5) !== seq) continue; // written meanwhile: read again
      if (mark <= 0) return undefined;
      return copy ? { ...at, label: decoder.decode(copy) } : at;
    }
    // Never still (or a worker died mid-write): the unit, without a label that could be another's.
    const mark = Atomics.load(this.ints, 0);
    return mark > 0 ? { unit: mark - 1, units: Atomics.load(this.ints, 1) } : undefined;
  }
}
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Messages a worker thread takes (runtime/worker-host.ts): a task (`cell`: a UnitCell's buffer), or a new context for the tasks after it. */
export type HostMessage<Ctx, Task> = { type: "task"; task: Task; cell?: SharedArrayBuffer } | { type: "context"; context: Ctx };


/**
 * What a worker answers for one task; `progress` (any number of times before the answer) says that the
 * task finished a unit of its work (a document of a file of many) and starts its budget again; `saved` is
 * the checkpoint it carries, if any (TaskHandler).
 */
export type HostReply<Result> = { ok: true; result: Result } | { ok: false; error: string; runFatal?: boolean } | { progress: true; saved?: unknown };

/**
 * Serves one task; calls `progress(unit, units, save, label)` as each unit of its work starts and `progress()` after the last
 * (the pool then starts the task's budget again, and knows which unit a stopped task was in, and its `label`: Outcome's `at`).
 * `save`, when given, makes a checkpoint (what the units since the last checkpoint gave); the worker host calls it
 * only when it sends a report (throttled; `urgent`: sent at once), and the pool hands the checkpoints back with a stopped task (Outcome's `saved`).
 */
export type TaskHandler<Task, Result> = (task: Task, progress?: (unit?: number, units?: number, save?: () => unknown, label?: string, urgent?: boolean) => void) => Result;

/** What a caller may say about one run of a task (TaskRunner.run). */
export interface RunHooks {
  /** Called just before the task goes to a worker of its own, when its `transfer` buffers are moved away: the caller's last look at them. */
  beforeAlone?: () => void;
  /** Lowers the task's ceiling for this run (a further try that shares its first one's ceiling); never raises it. */
  ceilingMs?: number;
  /** Straight to a worker of its own: an earlier try of the task went there (it ran a pool worker out of memory). */
  alone?: boolean;
}

export interface TaskRunner<Ctx, Task, Result> {
  /** Run one task (see RunHooks). */
  run(task: Task, hooks?: RunHooks): Promise<Outcome<Result>>;
  /** The context of the tasks that follow. */
  setContext(context: Ctx): void;
  close(): Promise<void>;
}

export interface PoolOptions<Task> {
  size: number;
  /**
   * Budget of one task, in ms: from its start, or from the last progress it reported (HostReply). CPU time of the
   * worker's thread where Linux gives it, at least 1/BUDGET_WALL_FACTOR of the wall-clock time (chargedMs); else wall-clock time.
   */
  budgetMs: number;
  /**
   * The most one task may take in all, however often it reports progress (default taskCeilingMs(budgetMs); a run's
   * `ceilingMs` hook lowers it for one task, e.g. a second try that shares its first one's ceiling):
   * a file of many documents that each run slowly, short of the budget, is still stopped.
   */
  ceilingMs?: number;
  /** The worker module; it serves tasks with serveTasks (runtime/worker-host.ts). */
  script: URL;
  /** Heap limits of the pool's workers. */
  limits: ResourceLimits;
  /** Heap limits of a worker a task gets to itself (one such worker at a time). */
  aloneLimits: ResourceLimits;
  /** A task too large for a pool worker: straight to a worker of its own. */
  large(task: Task): boolean;
  /** Buffers moved (not copied) with a task sent to a worker of its own. */
  transfer?(task: Task): ArrayBuffer[];
  /**
   * A pool worker left idle this long (ms) is stopped, and its slot starts a fresh one for its next task (as for a
   * worker that died between tasks). A warmed-up worker holds 60–80 MB of heap (its code, lexicons and models): a run
   * whose last large file goes on a worker of its own, or whose files all come from the cache, no longer keeps the
   * whole pool loaded while it waits. Undefined: never.
   */
  idleMs?: number;
}

/**
 * A task's whole-file ceiling, in budgets. An ordinary 12.7 MB JSON Lines export took 88 s (about 1.5 budgets) on a
 * loaded 2-core machine, so a 20 MiB one takes about 2–3; twenty leave a wide margin and still end a file whose every
 * record crawls within 20 minutes at the default budget.
 */
const TASK_CEILING_BUDGETS = 20;

/** The most one task may take in all (ms), at a budget of `budgetMs` per unit of its work. */
export const taskCeilingMs = (budgetMs: number): number => TASK_CEILING_BUDGETS * budgetMs;

/**
 * A unit of a task (a document) may take this many budgets of wall-clock time while its worker thread has used less
 * than one budget of CPU time (a machine shared with other jobs, where the thread waits for a core); a task, this many
 * times its ceiling. Beyond it the unit is stopped whatever its CPU time: the backstop for a thread that waits on
 * something the CPU clock does not see.
 */
export const BUDGET_WALL_FACTOR = 5;

/**
 * The time charged to a task or a unit of it that has run `wallMs` of wall-clock time, in which its worker thread
 * used `cpuMs` of CPU time (undefined: no per-thread clock, wall-clock time is charged): its CPU time, but at least
 * 1/BUDGET_WALL_FACTOR of its wall-clock time. So whether a document runs over its budget (or a file over its
 * ceiling) depends on the work it needs, not on how loaded the machine is, up to BUDGET_WALL_FACTOR times over.
 */
export function chargedMs(wallMs: number, cpuMs: number | undefined): number {
  return cpuMs === undefined ? wallMs : Math.max(cpuMs, wallMs / BUDGET_WALL_FACTOR);
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux build Node runs on). */
const USER_HZ = 100;

/**
 * CPU time (user + system, ms) that thread `tid` of this process has used, from /proc/self/task/<tid>/stat
 * (fields 14 and 15, counted after the command name, which may hold spaces and parentheses); undefined where
 * there is no such file (another system, a thread that ended).
 */
export function threadCpuMs(tid: number): number | undefined {
  if (!(tid > 0)) return undefined;
  try {
    return cpuMsOfStat(readFileSync(`/proc/self/task/${tid}/stat`, "utf8"));
  } catch {
    return undefined;
  }
}

/** The calling thread's OS id (Linux: /proc/thread-self is "<pid>/task/<tid>"), for threadCpuMs; 0 elsewhere. */
export function osThreadId(): number {
  try {
    return Number(readlinkSync("/proc/thread-self").split("/").pop()) || 0;
  } catch {
    return 0;
  }
}

/** The CPU time (ms) in one /proc stat line. */
export function cpuMsOfStat(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state): utime is field 14, stime field 15
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? (ticks * 1000) / USER_HZ : undefined;
}

/** Threads when `--workers` / config `workers` is "auto". */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** In this thread: no isolation, no time budget (tests, tiny corpora, `--workers 0`). A handler's exception propagates. */
export function inlineRunner<Ctx, Task, Result>(context: Ctx, handlerFor: (context: Ctx) => TaskHandler<Task, Result>): TaskRunner<Ctx, Task, Result> {
  let handle = handlerFor(context);
  return {
    run: async (task) => ({ kind: "ok", result: handle(task) }),
    setContext(next) {
      handle = handlerFor(next);
    },
    close: async () => {},
  };
}

const cells = new WeakMap<Worker, UnitCell>();

/**
 * Send one task to a worker and wait for its answer, its crash or the end of the budget. The budget starts
 * with the worker's first report (it took the task up), and each progress report starts it again: a file of thousands of records is stopped when one record runs away,
 * not because the file as a whole takes longer than one document may. `ceilingMs` bounds the task in all.
 */
function runOn<Task, Result>(worker: Worker, task: Task, budgetMs: number, ceilingMs: number, transfer: ArrayBuffer[] = []): Promise<Outcome<Result>> {
  return new Promise<Outcome<Result>>((resolve) => {
    const started = performance.now();
    // The worker writes the unit it is in here, and its thread id (0: unknown): read when the task is stopped. One
    // cell per worker (64 KiB), cleared for each task, not one per task.
    let cell = cells.get(worker);
    if (!cell) cells.set(worker, (cell = new UnitCell()));
    cell.enter(undefined, undefined);
    // The budget runs from the worker's first report, sent as it takes the task up (runtime/worker-host.ts): a worker
    // of its own, or a new one, first loads its code and models (seconds on a loaded machine). Until then only the
    // ceiling, charged the wall-clock backstop alone (1/BUDGET_WALL_FACTOR of the time: the thread is not the task's yet).
    let begun = false;
    let cpuAtBegin: number | undefined;
    /** Time charged since a moment (wall-clock, and the thread's CPU clock then): see chargedMs. */
    const chargedSince = (wallFrom: number, cpuFrom: number | undefined): number => {
      const cpu = cpuFrom === undefined ? undefined : threadCpuMs(cell.thread);
      return chargedMs(performance.now() - wallFrom, cpu === undefined ? undefined : cpu - cpuFrom!);
    };
    /** What the task has cost so far, against its ceiling (and a caller's further tries: Outcome `ms`). */
    const taskCharged = () => (begun ? chargedSince(started, cpuAtBegin) : chargedMs(performance.now() - started, 0));
    const at = (): { at?: UnitAt; ms: number } => {
      const unit = cell.read();
      const ms = taskCharged();
      return unit ? { at: unit, ms } : { ms };
    };
    // The checkpoints of this try, in order (HostReply `saved`): handed back with a stop or a crash.
    const saved: unknown[] = [];
    const withSaved = <O extends Outcome<Result>>(o: O): O => (saved.length > 0 && (o.kind === "timeout" || o.kind === "crashed") ? { ...o, saved } : o);
    const arm = () => {
      const armed = performance.now();
      const cpuAtArm = begun ? threadCpuMs(cell.thread) : undefined;
      const check = () => {
        const task = taskCharged();
        // Stopped at the ceiling, the task as a whole took too long: no unit is to blame.
        if (!begun || task >= ceilingMs) return finish({ kind: "timeout", ceiling: true, ms: task });
        const unit = chargedSince(armed, cpuAtArm);
        if (unit >= budgetMs) return finish({ kind: "timeout", ...at() });
        // Not yet (the thread waited for a core): look again when the rest could at the earliest be spent.
        timer = setTimeout(check, Math.max(1, Math.min(budgetMs - unit, ceilingMs - task)));
      };
      // A unit that starts with less than a budget left of the ceiling is stopped at the ceiling (the file's, not its own).
      const first = begun ? Math.min(budgetMs, ceilingMs - taskCharged()) : BUDGET_WALL_FACTOR * ceilingMs - (armed - started);
      return setTimeout(check, Math.max(0, first));
    };
    let timer = arm();
    const onMessage = (msg: HostReply<Result>) => {
      if ("progress" in msg) {
        if (msg.saved !== undefined) saved.push(msg.saved);
        if (!begun) cpuAtBegin = threadCpuMs(cell.thread);
        begun = true;
        clearTimeout(timer);
        timer = arm();
        return;
      }
      finish(msg.ok ? { kind: "ok", result: msg.result } : { kind: "failed", message: msg.error, runFatal: msg.runFatal });
    };
    const onError = (error: Error) => finish({ kind: "crashed", error, ...at() });
    // A worker that exits (terminated by close(), or dead) never answers: the task must not wait on its timer.
    const onExit = (code: number) => finish({ kind: "crashed", error: new Error(`worker exited (code ${code})`), ...at() });
    const finish = (o: Outcome<Result>) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      resolve(withSaved(o));
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ type: "task", task, cell: cell.buffer } satisfies HostMessage<never, Task>, transfer);
  });
}

/**
 * Where one task runs, within its ceiling: on a pool worker (`onPool`) unless `large`; when it runs that worker out
 * of memory, on a worker of its own (`alone`, after `beforeAlone`) with what is left of the ceiling, and the outcome's
 * `ms` counts both tries. So the pool try is charged to the task's ceiling, here and by a caller that tries the task
 * again within it (pipeline/job.ts): a task never gets its whole ceiling again after a try that ran out of memory.
 */
export async function placeTask<Result>(
  ceilingMs: number,
  large: boolean,
  onPool: (ceilingMs: number) => Promise<Outcome<Result>>,
  alone: (ceilingMs: number) => Promise<Outcome<Result>>,
  beforeAlone?: () => void,
): Promise<Outcome<Result>> {
  let spent = 0;
  if (!large) {
    const outcome = await onPool(ceilingMs);
    if (!(outcome.kind === "crashed" && outcome.error.code === "ERR_WORKER_OUT_OF_MEMORY")) return outcome;
    spent = outcome.ms ?? 0;
    // Out of memory at the ceiling: no time is left for a worker of its own.
    if (spent >= ceilingMs) return outcome;
  }
  // A large task, or one that ran out of memory on a pool worker (never retried on this
  // thread, where it could abort the process): on a worker of its own.
  beforeAlone?.();
  const outcome = await alone(ceilingMs - spent);
  return spent > 0 && (outcome.kind === "timeout" || outcome.kind === "crashed") ? { ...outcome, ms: spent + (outcome.ms ?? 0) } : outcome;
}

interface Slot {
  /** None until the slot's first task: a worker is started only when there is work for it. */
  worker?: Worker;
  busy: boolean;
  /** Not started yet, or the worker exited while it had no task, or was stopped as idle (it is started before its next one). */
  dead?: boolean;
  /** Stops the worker once it has been idle for PoolOptions `idleMs`. */
  idle?: ReturnType<typeof setTimeout>;
}

/** A fixed pool of `size` worker threads; each task has `budgetMs` of time (per unit of progress it reports; see PoolOptions). */
export function workerPool<Ctx, Task, Result>(context: Ctx, o: PoolOptions<Task>): TaskRunner<Ctx, Task, Result> {
  const poolCeilingMs = o.ceilingMs ?? taskCeilingMs(o.budgetMs);
  const spawn = (): Slot => {
    const worker = startWorker(o.script, { workerData: context, resourceLimits: o.limits });
    const slot: Slot = { worker, busy: false };
    // A crash between tasks must not take the run down; runOn listens while a task is out.
    worker.on("error", () => {});
    worker.on("exit", () => {
      slot.dead = true;
    });
    return slot;
  };
  /** Idle from now: stopped after `idleMs` unless a task takes it first (acquire clears the timer). */
  const idleFrom = (slot: Slot) => {
    if (o.idleMs === undefined || slot.dead) return;
    clearTimeout(slot.idle);
    slot.idle = setTimeout(() => {
      if (slot.busy || slot.dead || closed) return;
      slot.dead = true;
      void slot.worker?.terminate();
    }, o.idleMs);
    slot.idle.unref();
  };
  // Workers start with their slot's first task, not with the pool: a run whose only work is a large file (on a worker
  // of its own) never loads the pool, whose warmed-up workers held 60–80 MB each beside it until their idle stop.
  const slots: Slot[] = Array.from({ length: o.size }, () => ({ busy: false, dead: true }));
  /** Set by close(): no worker is started or asked for anything after it (a failed run must end, not wait). */
  let closed = false;
  const ensureOpen = () => {
    if (closed) throw new Error("the worker pool was closed (the run is stopping)");
  };
  const waiting: (() => void)[] = [];

  const acquire = async (): Promise<number> => {
    for (;;) {
      // A free worker that is running before a slot that would have to start one.
      const live = slots.findIndex((s) => !s.busy && !s.dead);
      const i = live >= 0 ? live : slots.findIndex((s) => !s.busy);
      if (i >= 0) {
        slots[i].busy = true;
        clearTimeout(slots[i].idle);
        return i;
      }
      await new Promise<void>((r) => waiting.push(r));
    }
  };
  const release = (i: number) => {
    slots[i].busy = false;
    idleFrom(slots[i]);
    waiting.shift()?.();
  };
  /** A stopped or crashed worker is replaced by a fresh one in its slot. */
  const replace = (i: number) => {
    ensureOpen();
    void slots[i].worker?.terminate();
    // The slot spawn() made itself, not a copy: its exit handler marks that object dead. A copy was never marked, so
    // a replacement that died while idle (out of memory as it loaded) was handed the next task, which then waited
    // for the wall-clock backstop (5 ceilings) for an answer that could not come.
    const fresh = spawn();
    fresh.busy = true;
    slots[i] = fresh;
  };
  /**
   * A worker that ran over the budget or crashed is stopped; its slot is left without one, started again with the
   * slot's next task (a run whose last task crashed does not load a 60–80 MB worker it never uses).
   */
  const retire = (i: number) => {
    void slots[i].worker?.terminate();
    slots[i] = { busy: true, dead: true };
  };
  /**
   * One task on a worker of its own, with the larger (still bounded) aloneLimits. One
   * such worker at a time: several large tasks in flight must not add up their heaps.
   */
  let aloneQueue: Promise<unknown> = Promise.resolve();
  const runAlone = (task: Task, ceilingMs: number): Promise<Outcome<Result>> => {
    const turn = aloneQueue.then(async () => {
      ensureOpen();
      const worker = startWorker(o.script, { workerData: context, resourceLimits: o.aloneLimits });
      worker.on("error", () => {});
      try {
        return await runOn<Task, Result>(worker, task, o.budgetMs, ceilingMs, o.transfer?.(task));
      } finally {
        await worker.terminate();
      }
    });
    aloneQueue = turn.catch(() => {});
    return turn;
  };
  /** One task on a free worker; a worker that ran over the budget or crashed is stopped, and replaced with the next task. */
  const dispatch = async (task: Task, ceilingMs: number): Promise<Outcome<Result>> => {
    ensureOpen();
    const i = await acquire();
    try {
      ensureOpen();
      if (slots[i].dead) replace(i);
      const outcome = await runOn<Task, Result>(slots[i].worker!, task, o.budgetMs, ceilingMs);
      if (outcome.kind === "timeout" || outcome.kind === "crashed") retire(i);
      return outcome;
    } finally {
      release(i);
    }
  };

  return {
    async run(task, hooks) {
      const ceilingMs = Math.min(poolCeilingMs, hooks?.ceilingMs ?? Infinity);
      return placeTask(ceilingMs, hooks?.alone === true || o.large(task), (ms) => dispatch(task, ms), (ms) => runAlone(task, ms), hooks?.beforeAlone);
    },
    setContext(next) {
      // Workers spawned later start with it; live ones get it before their next task
      // (a port delivers messages in order).
      context = next;
      // (a slot whose worker was stopped as idle or died starts its next one with it)
      for (const s of slots) if (!s.dead) s.worker!.postMessage({ type: "context", context } satisfies HostMessage<Ctx, never>);
    },
    async close() {
      closed = true;
      for (const s of slots) clearTimeout(s.idle);
      for (const wake of waiting.splice(0)) wake();
      await Promise.all(slots.map((s) => s.worker?.terminate()));
    },
  };
}
