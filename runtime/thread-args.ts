/** Node.js flags for the worker threads the pipeline starts. */
import { Worker, type WorkerOptions } from "node:worker_threads";

/** Flags that load a TypeScript loader, alone ("--import=tsx") or with their value ("--import", "tsx"). */
const LOADER_FLAGS = new Set(["--import", "--require", "-r", "--loader", "--experimental-loader"]);
const isTsLoader = (value: string) => value === "tsx" || value.startsWith("tsx/") || /[\\/]tsx[\\/]/.test(value);

/**
 * The parent's Node.js flags without the TypeScript loader. A worker thread
 * inherits the parent's flags by default, and with them tsx's loader: about
 * 0.4 s of CPU per thread spent on hooks that a precompiled bundle never uses
 * (worker-entry.mjs, the fallback, registers tsx itself). Other flags, such as
 * --cpu-prof, pass through.
 */
export function threadExecArgv(argv: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf("=");
    if (eq > 0 && LOADER_FLAGS.has(a.slice(0, eq)) && isTsLoader(a.slice(eq + 1))) continue;
    if (LOADER_FLAGS.has(a) && i + 1 < argv.length && isTsLoader(argv[i + 1])) {
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * A worker thread started with threadExecArgv(). Some flags a process may
 * have (--expose-gc, say) are refused in a worker's explicit execArgv, though
 * Node passes them over quietly when the worker simply inherits: then the
 * worker inherits, loader and all, as if this module did not exist.
 */
export function startWorker(script: URL, options: WorkerOptions): Worker {
  try {
    return new Worker(script, { ...options, execArgv: threadExecArgv() });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ERR_WORKER_INVALID_EXEC_ARGV") throw err;
    return new Worker(script, options);
  }
}
