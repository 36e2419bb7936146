/**
 * The final pass: every output file of a run, written into the run's temporary
 * folder (which replaces out/ only when the run succeeds, runtime/output-dir.ts).
 *
 *   writeArticles   articles.jsonl, articles.yaml, the per-article tables (CSV on a
 *                   thread of their own with workers, Parquet), removed.parquet:
 *                   the articles stream through `finish` (the corpus passes'
 *                   annotations) and are validated by their zod schema one by one.
 *   writeRunFiles   entities and rejects tables, schemas/, datapackage.json,
 *                   README.md, report.html, and manifest.json last, with the hash
 *                   of every other output file (checked by the next run).
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { readChunks } from "../runtime/lines.ts";
import { join, resolve } from "node:path";
import type { Config } from "../schemas/config.ts";
import { Article, type Entity, type Reject, type Removed } from "../schemas/records.ts";
import { bundled } from "../runtime/bundle.mjs";
import { FileSink } from "../runtime/file-sink.ts";
import { stampOf, stampsPath, writeStamps } from "../runtime/output-stamps.ts";
import { openParquetTable, openTable } from "./article-tables.ts";
import { changesSincePrevious } from "./changes.ts";
import type { ManifestHeader, ManifestRows } from "./manifest.ts";
import { outputReadme } from "./readme.ts";
import { renderReport, type ReportCollector } from "./report.ts";
import { dataPackage, jsonSchemas } from "./schemas.ts";
import { rejectRows } from "../schemas/tables.ts";
import { inlineTables, threadTables } from "./tables-writer.ts";
import { yamlSequenceItem } from "./yaml.ts";

/** Scratch file of manifest rows, in the output's temporary folder until manifest.json is written. */
export const MANIFEST_ROWS = ".manifest-rows.jsonl";

/**
 * What the writers read of the run's configuration (schemas/config.ts): `output` (its previous
 * manifest.json tells what changed since), `csv_formula_guard`, `formats`, and `workers` (with
 * any worker threads, the CSV tables get a thread of their own), and `cache` (the output files'
 * stamps are kept there for the next run's unchanged check, runtime/output-stamps.ts).
 */
export type WriteOptions = Pick<Config, "output" | "csv_formula_guard" | "formats" | "workers" | "cache">;

/** One input's records, as the partials hold them (the articles of a long partial line read one at a time: runtime/partials.ts). */
export interface InputRecords {
  result: { articles: Article[] | AsyncIterable<Article>; removed: Removed[] };
}

/** Stream the articles through the corpus-pass results into the final files. */
export async function writeArticles(
  tmp: string,
  entries: AsyncIterable<InputRecords>,
  opts: WriteOptions,
  finish: (a: Article) => Article,
): Promise<{ articles: number; mentions: number; dates: number }> {
  const jsonl = new FileSink(join(tmp, "articles.jsonl"));
  const yaml = new FileSink(join(tmp, "articles.yaml"));
  const tablesDir = join(tmp, "tables");
  const csvOptions = { formulaGuard: opts.csv_formula_guard, parquet: wantsParquet(opts) };
  // The removed blocks' CSV was written during the fan-out; their Parquet file is written here, from the partials.
  const removedPq = wantsParquet(opts) ? openParquetTable(tablesDir, "removed") : null;
  // With worker threads, the CSV tables are written on a thread of their own.
  const tables =
    opts.workers !== 0
      ? threadTables(tablesDir, csvOptions, (await bundled("tables")) ?? new URL("./tables-entry.mjs", import.meta.url))
      : inlineTables(tablesDir, csvOptions);
  let articleCount = 0;
  let mentionCount = 0;
  let dateCount = 0;
  try {
    for await (const { result } of entries) {
      for (const row of result.removed) removedPq?.write(row);
      for await (const raw of result.articles) {
        const a = Article.parse(finish(raw));
        const json = JSON.stringify(a);
        jsonl.write(json);
        jsonl.write("\n");
        yaml.write(yamlSequenceItem(a));
        await tables.write(a, json);
        articleCount++;
        mentionCount += a.mentions.length;
        dateCount += a.dates.length;
      }
    }
  } catch (err) {
    await tables.close().catch(() => {});
    throw err;
  }
  await tables.close();
  removedPq?.close();
  if (articleCount === 0) yaml.write("[]\n");
  for (const w of [jsonl, yaml]) w.close();
  return { articles: articleCount, mentions: mentionCount, dates: dateCount };
}

/** What the run files are made of, once the articles are written. */
export interface RunFiles {
  entities: Entity[];
  rejects: Reject[];
  manifest: ManifestHeader;
  /** The per-input manifest rows gathered during the run (in MANIFEST_ROWS). */
  rows: ManifestRows;
  report: ReportCollector;
}

/** Every output file but the articles' own: tables of entities and rejects, schemas, data package, README, report, manifest. */
export async function writeRunFiles(tmp: string, opts: WriteOptions, run: RunFiles): Promise<void> {
  const tablesDir = join(tmp, "tables");
  const csv = (name: string) => openTable(tablesDir, name, { formulaGuard: opts.csv_formula_guard });
  const entitiesCsv = csv("entities");
  const entitiesPq = wantsParquet(opts) ? openParquetTable(tablesDir, "entities") : null;
  for (const e of run.entities) {
    entitiesCsv.write({ ...e, aliases: e.aliases.join("|") });
    entitiesPq?.write(e);
  }
  entitiesCsv.close();
  entitiesPq?.close();
  const rejectsCsv = csv("rejects");
  const rejectsPq = wantsParquet(opts) ? openParquetTable(tablesDir, "rejects") : null;
  for (const r of rejectRows(run.rejects)) {
    rejectsCsv.write(r);
    rejectsPq?.write(r);
  }
  rejectsCsv.close();
  rejectsPq?.close();

  const { manifest } = run;
  const changes = await changesSincePrevious(join(resolve(opts.output), "manifest.json"), join(tmp, MANIFEST_ROWS), manifest.fingerprint);
  mkdirSync(join(tmp, "schemas"), { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) writeJson(join(tmp, "schemas", name), schema);
  writeJson(join(tmp, "datapackage.json"), dataPackage(manifest.version, new Set(opts.formats), opts.csv_formula_guard));
  writeFileSync(join(tmp, "README.md"), outputReadme(new Set(opts.formats)));
  dropUnwantedFormats(tmp, new Set(opts.formats));
  const reportInput = run.report.build({
    version: manifest.version,
    stages: manifest.stages,
    counts: manifest.counts,
    rejects: run.rejects,
    entities: run.entities,
    entityIds: run.entities,
    changes,
    formats: opts.formats,
  });
  writeFileSync(join(tmp, "report.html"), renderReport(reportInput));
  // manifest.json comes last, with the hash of every other output file (checked by the next run).
  manifest.outputs = hashOutputs(tmp);
  await run.rows.writeManifest(join(tmp, "manifest.json"), manifest);
  rmSync(join(tmp, MANIFEST_ROWS));
  if (opts.cache) {
    const stamps = Object.fromEntries(Object.keys(manifest.outputs).map((p) => [p, stampOf(join(tmp, p))]));
    writeStamps(stampsPath(opts.cache, opts.output), readFileSync(join(tmp, "manifest.json")), stamps);
  }
}

/** Every format is written (the writers validate as they go); the ones not asked for are removed before the swap. */
function dropUnwantedFormats(tmp: string, formats: ReadonlySet<string> | undefined): void {
  if (!formats) return;
  if (!formats.has("jsonl")) rmSync(join(tmp, "articles.jsonl"));
  if (!formats.has("yaml")) rmSync(join(tmp, "articles.yaml"));
  if (!formats.has("csv")) {
    for (const name of readdirSync(join(tmp, "tables"))) if (name.endsWith(".csv")) rmSync(join(tmp, "tables", name));
  }
  if (!formats.has("csv") && !formats.has("parquet")) {
    rmSync(join(tmp, "tables"), { recursive: true });
    rmSync(join(tmp, "datapackage.json"));
  }
}

/** Parquet is on by default; `formats` without it (or --no-parquet) switches it off. */
export function wantsParquet(opts: Pick<WriteOptions, "formats">): boolean {
  return opts.formats.includes("parquet");
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 2) + "\n");
}

/**
 * SHA-256 of every output file under `dir` but the manifest and dot-files (scratch), by POSIX path, sorted. Each
 * file is hashed a chunk at a time: read whole, a dense corpus's articles.yaml (313 MB for a 20 MB export) was the
 * run's last and highest memory peak, and a file over 2 GiB (the largest Buffer) failed the run at its very end.
 */
export function hashOutputs(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of outputFiles(dir)) out[path] = fileSha256(join(dir, path));
  return out;
}

/** SHA-256 of a file's bytes, as lower-case hex (the same as sha256 of the file read whole). */
function fileSha256(path: string): string {
  const hash = createHash("sha256");
  const fd = openSync(path, "r");
  try {
    readChunks(fd, (chunk) => hash.update(chunk));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

/** Every output file under `dir` but the manifest and dot-files, by POSIX path, sorted (folder by folder). */
export function outputFiles(dir: string, rel = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, rel)).sort()) {
    if (name.startsWith(".") || (rel === "" && name === "manifest.json")) continue;
    const path = rel ? `${rel}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) out.push(...outputFiles(dir, path));
    else out.push(path);
  }
  return out;
}
