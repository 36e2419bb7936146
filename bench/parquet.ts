/**
 * npx tsx bench/parquet.ts OUT_DIR
 *
 * Cost of the Parquet files on a finished run's articles: writes the five
 * per-article tables from OUT_DIR/articles.jsonl as CSV only, then as CSV +
 * Parquet (tables and nested articles.parquet), into a temporary folder, and
 * prints the time of each (best of 3, one thread) and the sizes.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article } from "../schemas/records.ts";
import { ArticleTables } from "../write/article-tables.ts";
import { readArgs } from "../eval/lib/args.ts";
import { runOutputProblem } from "./output-arg.ts";

// One word, a finished run's output folder; anything else (a stray option, a missing folder) is refused with exit 2.
const [outDir] = readArgs("npx tsx bench/parquet.ts", {
  usage: "OUT_DIR (a finished run's output folder)",
  options: {},
  allowPositionals: true,
  check: ({ positionals }) => runOutputProblem(positionals, "articles.jsonl", existsSync),
}).positionals as [string];
const articles = readFileSync(join(outDir, "articles.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Article);

function once(parquet: boolean): { ms: number; sizes: Record<string, number> } {
  const dir = mkdtempSync(join(tmpdir(), "bs-pqbench-"));
  const tablesDir = join(dir, "tables");
  const t0 = performance.now();
  mkdirSync(tablesDir);
  const tables = new ArticleTables(tablesDir, { formulaGuard: true, parquet });
  for (const a of articles) tables.write(a);
  tables.close();
  const ms = performance.now() - t0;
  const sizes: Record<string, number> = {};
  for (const d of [dir, tablesDir]) for (const f of readdirSync(d)) if (/\.(csv|parquet)$/.test(f)) sizes[f.endsWith("csv") ? "csv" : "parquet"] = (sizes[f.endsWith("csv") ? "csv" : "parquet"] ?? 0) + statSync(join(d, f)).size;
  rmSync(dir, { recursive: true, force: true });
  return { ms, sizes };
}

const best = (parquet: boolean) => [once(parquet), once(parquet), once(parquet)].sort((a, b) => a.ms - b.ms)[0];
const csv = best(false);
const both = best(true);
const mb = (n = 0) => `${(n / 1e6).toFixed(1)} MB`;
console.log(`${articles.length} articles from ${outDir}`);
console.log(`CSV only:        ${csv.ms.toFixed(0)} ms, ${mb(csv.sizes.csv)}`);
console.log(`CSV + Parquet:   ${both.ms.toFixed(0)} ms (Parquet adds ${(both.ms - csv.ms).toFixed(0)} ms, ${((both.ms - csv.ms) / articles.length).toFixed(2)} ms per article), Parquet ${mb(both.sizes.parquet)}`);
