/**
 * Bounded concurrency with ordered results: the one scheduling primitive of a
 * run (the template pass and the fan-out both use it).
 */
import pLimit from "p-limit";

/**
 * Run `work` over `items` with bounded concurrency and hand the results to
 * `take` in the items' order; a small reorder window bounds memory.
 */
export async function inOrder<T, R>(items: readonly T[], concurrency: number, work: (item: T) => Promise<R>, take: (r: R) => void | Promise<void>): Promise<void> {
  const limit = pLimit(Math.max(1, concurrency));
  const window = Math.max(4, concurrency * 4);
  const pending: Promise<R>[] = [];
  try {
    for (const item of items) {
      const p = limit(() => work(item));
      // Its failure is raised when its turn comes; until then it must not count as unhandled.
      p.catch(() => {});
      pending.push(p);
      while (pending.length >= window) await take(await pending.shift()!);
    }
    while (pending.length > 0) await take(await pending.shift()!);
  } catch (err) {
    // Nothing queued starts once the run has failed; what is in flight settles on its own.
    limit.clearQueue();
    throw err;
  }
}
