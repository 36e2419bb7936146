/**
 * How far V8 lets the main thread's heap grow during the final pass.
 *
 * After each full collection V8 sets the next one's threshold at up to about
 * four times the live size when the program allocates fast. The final pass
 * allocates fast (every article is parsed, validated, serialised and
 * rendered, and the texts handed to the tables thread survive a scavenge or
 * two) while keeping little alive: measured on 16,000 text documents, the
 * main thread's heap grew from 70 MB to 320 MB of mostly garbage, the run's
 * memory peak; resolving the canonical entities of 32,000 documents added
 * another 110 MB of garbage just before. With a growing factor of 1.2 for
 * these passes (and for the tables
 * thread it starts) the peak of that pass fell by some 150 MB, at no
 * measurable cost in time; for the fan-out's worker threads the same factor
 * cost about 6 % of CPU, so it is set for the final pass only and restored
 * afterwards. A `--heap-growing-percent` given to node by the user wins.
 */
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Growing factor 1 + PERCENT/100 for the duration of `pass`. */
const FINAL_PASS_HEAP_GROWING_PERCENT = 20;

export async function withFrugalHeap<T>(pass: () => Promise<T>): Promise<T> {
  const userSet = process.execArgv.some((a) => /^--heap[-_]growing[-_]percent\b/.test(a));
  if (userSet) return pass();
  setFlagsFromString(`--heap-growing-percent=${FINAL_PASS_HEAP_GROWING_PERCENT}`);
  try {
    return await pass();
  } finally {
    // 0 is V8's default: its own heuristics.
    setFlagsFromString("--heap-growing-percent=0");
  }
}

/**
 * Keeps the main thread's heap near what is alive during the fan-out. The main
 * thread allocates little per document (a result's JSON text on its way to
 * the partial, a digest), so V8 collects it rarely and lets the heap grow to
 * several times its live size: on 32,000 text dumps the main heap reached
 * 290 MB with 60 MB alive, the run's peak (575 MB). A full collection asked
 * for when the heap has grown by half its live size since the last one keeps
 * it bounded (that run then peaked at 420 MB); each costs tens of
 * milliseconds on a thread that mostly waits for the workers. `gc` is
 * exposed the way Jest does for its heap checks: `--expose-gc` set at run
 * time, the function taken from a fresh context.
 */
export interface HeapGuardOptions {
  /** Check the heap every this many ticks (default 32). */
  every?: number;
  /** Collect when the heap exceeds the live size after the last collection by this factor (default 1.5)… */
  growth?: number;
  /** …and by at least this many bytes (default 24 MiB). */
  slack?: number;
  /** The collector (default: V8's, exposed at run time; none: the guard does nothing). */
  gc?: (() => void) | null;
  /** Bytes in use on the heap (default: V8's heap statistics). */
  heapUsed?: () => number;
}

export class HeapGuard {
  private readonly every: number;
  private readonly growth: number;
  private readonly slack: number;
  private readonly gc: (() => void) | null;
  private readonly heapUsed: () => number;
  private ticks = 0;
  private limit: number;
  /** Collections asked for so far. */
  collections = 0;

  constructor(o: HeapGuardOptions = {}) {
    this.every = o.every ?? 32;
    this.growth = o.growth ?? 1.5;
    this.slack = o.slack ?? 24 << 20;
    this.gc = o.gc === undefined ? exposedGc() : o.gc;
    this.heapUsed = o.heapUsed ?? (() => getHeapStatistics().used_heap_size);
    this.limit = this.next(this.heapUsed());
  }

  /** Called once per document. */
  tick(): void {
    if (!this.gc || ++this.ticks % this.every !== 0) return;
    if (this.heapUsed() < this.limit) return;
    this.collect();
  }

  /** A collection now (a phase's garbage is known to be dead), then limits from what is left. */
  collect(): void {
    if (!this.gc) return;
    this.gc();
    this.collections++;
    this.limit = this.next(this.heapUsed());
  }

  private next(live: number): number {
    return Math.max(live * this.growth, live + this.slack);
  }
}

function exposedGc(): (() => void) | null {
  try {
    const existing = (globalThis as { gc?: () => void }).gc;
    if (typeof existing === "function") return existing;
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as unknown;
    return typeof gc === "function" ? (gc as () => void) : null;
  } catch {
    return null;
  }
}
