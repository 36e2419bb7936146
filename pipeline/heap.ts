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
import { setFlagsFromString } from "node:v8";

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
