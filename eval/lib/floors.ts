/**
 * The floor check of the evaluation gates: every figure named in a baseline file's `floors` must be
 * measured and at or above its floor. Prints the figures with --json, then exits 1 on a miss.
 */
import { readFileSync } from "node:fs";

/** `json`: the eval was given --json (eval/lib/args.ts EVAL_OPTIONS). */
export function checkFloors(figures: Readonly<Record<string, number>>, baselinePath: string, json = false): void {
  const floors = (JSON.parse(readFileSync(baselinePath, "utf8")) as { floors: Record<string, number> }).floors;
  let failed = false;
  for (const [k, floor] of Object.entries(floors)) {
    const v = figures[k];
    if (v === undefined || v < floor) {
      console.log(`BELOW FLOOR: ${k} = ${v === undefined ? "missing" : v.toFixed(4)} < ${floor}`);
      failed = true;
    }
  }
  if (json) console.log(JSON.stringify(figures, null, 1));
  if (failed) process.exit(1);
  console.log("all figures at or above their floors");
}
