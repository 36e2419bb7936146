/**
 * What rendering the removed-blocks audit (tables/removed.csv) costs, and where:
 * `npx tsx bench/removed-csv.ts OUT_DIR` reads the removed rows of a finished
 * run (tables/removed.parquet), groups them by input as the fan-out receives
 * them, and times CsvRowRenderer.render per input (validation and CSV cells),
 * best of 3, on one thread. The worker threads do this today (pipeline/digest.ts
 * `removedCsv`); on the main thread it would be serial time added to the
 * fan-out, whose main thread is the one that cannot be parallelised. Also
 * prints the rendered size, which is what the digest carries across threads
 * instead of the row objects.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parquetReadObjects } from "hyparquet";
import { TABLES } from "../schemas/tables.ts";
import { CsvRowRenderer } from "../write/csv.ts";
import { readArgs } from "../eval/lib/args.ts";
import { runOutputProblem } from "./output-arg.ts";

const [out] = readArgs("npx tsx bench/removed-csv.ts", {
  usage: "OUT_DIR (a finished run's output folder, with Parquet)",
  options: {},
  allowPositionals: true,
  check: ({ positionals }) => runOutputProblem(positionals, "tables/removed.parquet", existsSync),
}).positionals as [string];
const bytes = new Uint8Array(readFileSync(join(out, "tables", "removed.parquet")));
const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
const schema = TABLES.find((t) => t.name === "removed")!.schema;
const byInput = new Map<string, Record<string, unknown>[]>();
for (const r of rows) {
  const row: Record<string, unknown> = { ...r, index: Number(r.index), story: r.story === null || r.story === undefined ? null : Number(r.story) };
  const list = byInput.get(row.source as string) ?? [];
  list.push(row);
  byInput.set(row.source as string, list);
}
const renderer = new CsvRowRenderer(schema, { formulaGuard: true });
let best = Infinity;
let chars = 0;
let rendered = "";
for (let round = 0; round < 3; round++) {
  const t0 = process.hrtime.bigint();
  const pieces: string[] = [];
  for (const list of byInput.values()) pieces.push(renderer.render(list));
  best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  rendered = pieces.join("");
  chars = rendered.length;
}
// What crossing to the main thread costs (postMessage's structured clone): the row objects, or their rendered text.
const lists = [...byInput.values()];
const texts = lists.map((l) => renderer.render(l));
const cloneSeconds = (values: unknown[]) => {
  let b = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = process.hrtime.bigint();
    for (const v of values) structuredClone(v);
    b = Math.min(b, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return Number(b.toFixed(3));
};
const clone = { rows_seconds: cloneSeconds(lists), text_seconds: cloneSeconds(texts) };
// The rows read back render to the run's own file (when it wrote CSV): the figure is of the real work.
let same: boolean | null = null;
try {
  same = readFileSync(join(out, "tables", "removed.csv"), "utf8") === renderer.header() + rendered;
} catch {
  // no CSV in this run
}
console.log(JSON.stringify({ inputs: byInput.size, rows: rows.length, seconds: Number(best.toFixed(3)), ms_per_input: Number(((best * 1000) / byInput.size).toFixed(3)), rendered_mb: Number((chars / 1e6).toFixed(1)), same_bytes_as_removed_csv: same, structured_clone: clone }));
