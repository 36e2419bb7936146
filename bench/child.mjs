/**
 * Measurement wrapper: `node [--import tsx] bench/child.mjs SCRIPT [args…]`
 * runs SCRIPT as if it had been started directly (its "invoked directly"
 * check sees its own path in argv[1]) and, when the process exits, writes the
 * process's resource usage (peak RSS of the whole process, worker threads
 * included; CPU time) as one JSON line to the file named by BENCH_RUSAGE_FILE.
 * Used instead of `/usr/bin/time -v` so the numbers are the same on every
 * machine and need no parsing. Plain JavaScript: a JavaScript SCRIPT (the
 * pipeline's launcher) is measured without tsx in the process.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [script, ...rest] = process.argv.slice(2);
if (!script) {
  process.stderr.write("usage: node [--import tsx] bench/child.mjs SCRIPT [args…]\n");
  process.exit(2);
}
const abs = resolve(script);
process.argv = [process.argv[0], abs, ...rest];
const out = process.env.BENCH_RUSAGE_FILE;
process.on("exit", (code) => {
  if (!out) return;
  const u = process.resourceUsage();
  // maxRSS is in kilobytes; user/system CPU time in microseconds.
  writeFileSync(out, JSON.stringify({ code, maxRssBytes: u.maxRSS * 1024, userSeconds: u.userCPUTime / 1e6, systemSeconds: u.systemCPUTime / 1e6 }) + "\n");
});
await import(pathToFileURL(abs).href);
