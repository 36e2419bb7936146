/**
 * Cleaning up when the run is interrupted (Ctrl-C, `kill`, a closed terminal).
 *
 * By default Node dies at once on SIGINT, SIGTERM and SIGHUP, and a run's
 * temporaries (the half-built `<out>.tmp-<pid>` folder, the output lock, the
 * copy of standard input) stayed behind until the next run. While cleanups are
 * registered, such a signal runs them (last registered first), then the signal
 * is raised again with Node's default action, so the process still ends as the
 * signal says (status 130 for SIGINT, 143 for SIGTERM) and nothing else of the
 * run goes on. Signal handlers run between two turns of the event loop, never
 * inside synchronous code: the output folder's swap (runtime/output-dir.ts) is
 * synchronous, so a cleanup sees it either not begun or done. SIGKILL cannot be
 * caught: what it leaves is removed by the next run (recoverInterruptedSwap,
 * runtime/entry-cache.ts).
 */
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

const cleanups: (() => void)[] = [];

function onSignal(signal: NodeJS.Signals): void {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      cleanup();
    } catch {
      // best effort: the next run removes what is left
    }
  }
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

/** Run `cleanup` if the process is interrupted before the returned function is called. */
export function onInterrupt(cleanup: () => void): () => void {
  if (cleanups.length === 0) for (const s of SIGNALS) process.on(s, onSignal);
  cleanups.push(cleanup);
  return () => {
    const i = cleanups.indexOf(cleanup);
    if (i >= 0) cleanups.splice(i, 1);
    if (cleanups.length === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
}
