/**
 * run: discover → fan-out (per-document stages, bounded concurrency) →
 * corpus passes (canonical entities, near-duplicates) → write.
 *
 * Memory stays bounded: per-document results are spilled to a work file in
 * discovery order; only small summaries (entity mentions per article,
 * fingerprints) stay in memory for the corpus passes. Everything is written
 * into a temporary folder that replaces the output folder only when the run
 * succeeded, so a failed or killed run leaves the previous out/ whole.
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import pLimit from "p-limit";
import { Article, Manifest, type Reject, type Removed } from "../schemas/records.ts";
import { TABLES } from "../schemas/tables.ts";
import { DuplicateIndex } from "../stages/corpus/duplicates.ts";
import { EntityIndex } from "../stages/entities/canonical.ts";
import { discoverInputs } from "../stages/load/discover.ts";
import type { StageContext } from "../stages/types.ts";
import { CsvTableWriter } from "../stages/write/csv.ts";
import { FileSink } from "../stages/write/files.ts";
import { dataPackage, jsonSchemas } from "../stages/write/schemas.ts";
import { yamlSequenceItem } from "../stages/write/yaml.ts";
import { outputReadme } from "../stages/write/readme.ts";
import { processFile, type FileResult } from "./document.ts";
import { stageVersions } from "./stages.ts";
import { VERSION } from "./version.ts";

export interface RunOptions {
  inDir: string;
  outDir: string;
  skip: ReadonlySet<string>;
  concurrency: number;
  /** Neutralise spreadsheet formulas in CSV text cells. */
  csvFormulaGuard: boolean;
  /** Per-document size cap in bytes. */
  maxBytes?: number;
  /** Called after each input file is processed (progress display). */
  onFile?: (input: string, done: number) => void;
}

export interface RunSummary {
  inputs: number;
  processed: number;
  rejected: number;
  articles: number;
  mentions: number;
  entities: number;
  dates: number;
  removed: number;
  rejects: number;
  rejectRows: Reject[];
  seconds: number;
  outDir: string;
}

interface ManifestRow {
  input: string;
  sha256: string | null;
  bytes: number;
  status: "processed" | "rejected";
  articles: number;
}

export async function runPipeline(opts: RunOptions): Promise<RunSummary> {
  const started = process.hrtime.bigint();
  const inDir = resolve(opts.inDir);
  const outDir = resolve(opts.outDir);
  if (!existsSync(inDir)) throw new Error(`input folder not found: ${opts.inDir}`);
  recoverInterruptedSwap(outDir);
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, ".work"), { recursive: true });
  try {
    const summary = await runInto(tmp, inDir, opts);
    rmSync(join(tmp, ".work"), { recursive: true, force: true });
    swapInto(tmp, outDir);
    return { ...summary, seconds: Number(process.hrtime.bigint() - started) / 1e9, outDir };
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

async function runInto(tmp: string, inDir: string, opts: RunOptions): Promise<Omit<RunSummary, "seconds" | "outDir">> {
  const ctx: StageContext = { skip: opts.skip };
  const spillPath = join(tmp, ".work", "articles.spill.jsonl");
  const spill = new FileSink(spillPath);
  const tablesDir = join(tmp, "tables");
  mkdirSync(tablesDir, { recursive: true });
  const csv = (name: string) => {
    const spec = TABLES.find((t) => t.name === name)!;
    return new CsvTableWriter(join(tablesDir, `${name}.csv`), spec.schema, { formulaGuard: opts.csvFormulaGuard });
  };
  const removedCsv = csv("removed");
  const rejectRows: Reject[] = [];
  const manifestRows: ManifestRow[] = [];
  const entityIndex = new EntityIndex();
  const duplicates = new DuplicateIndex();
  let articleCount = 0;
  let removedCount = 0;

  /** Consume one file's result, in discovery order. */
  const consume = (r: FileResult) => {
    for (const a of r.articles) {
      spill.write(JSON.stringify(a) + "\n");
      entityIndex.add(a.article_id, a.mentions.map((m) => ({ text: m.text, type: m.type })));
      duplicates.add(a.article_id, a.text);
    }
    for (const row of r.removed) removedCsv.write({ ...row, index: row.index } satisfies Removed);
    rejectRows.push(...r.rejects);
    articleCount += r.articles.length;
    removedCount += r.removed.length;
    manifestRows.push({
      input: r.input,
      sha256: r.sha256,
      bytes: r.bytes,
      status: r.articles.length > 0 ? "processed" : "rejected",
      articles: r.articles.length,
    });
    opts.onFile?.(r.input, manifestRows.length);
  };

  await fanOut(inDir, opts, ctx, consume, (rel, error) => {
    rejectRows.push({ input: rel, record_id: null, reason: error, stage: "discover" });
    manifestRows.push({ input: rel, sha256: null, bytes: 0, status: "rejected", articles: 0 });
    opts.onFile?.(rel, manifestRows.length);
  });
  spill.close();
  removedCsv.close();

  // Corpus pass: canonical entities across all articles.
  const canon = entityIndex.resolve();
  const written = await writeArticles(tmp, spillPath, opts, (a) => {
    a.duplicate_of = duplicates.duplicateOf(a.article_id);
    for (const m of a.mentions) {
      const r = canon.entityFor(a.article_id, { text: m.text, type: m.type });
      m.entity_id = r.entityId;
      m.ambiguous = r.ambiguous;
    }
    return a;
  });

  const entitiesCsv = csv("entities");
  for (const e of canon.entities) entitiesCsv.write({ ...e, aliases: e.aliases.join("|") });
  entitiesCsv.close();
  const rejectsCsv = csv("rejects");
  for (const r of rejectRows) rejectsCsv.write(r);
  rejectsCsv.close();

  const processed = manifestRows.filter((m) => m.status === "processed").length;
  const manifest = Manifest.parse({
    tool: "broadsheet",
    version: VERSION,
    stages: stageVersions(opts.skip),
    counts: {
      inputs: manifestRows.length,
      processed,
      rejected: manifestRows.length - processed,
      articles: articleCount,
      mentions: written.mentions,
      entities: canon.entities.length,
      dates: written.dates,
      removed: removedCount,
      rejects: rejectRows.length,
    },
    inputs: manifestRows,
  });
  // Accounting invariant: every discovered input is processed or rejected, never lost.
  if (manifest.counts.processed + manifest.counts.rejected !== manifest.counts.inputs) {
    throw new Error("accounting error: inputs discovered != processed + rejected");
  }
  writeJson(join(tmp, "manifest.json"), manifest);
  mkdirSync(join(tmp, "schemas"), { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) writeJson(join(tmp, "schemas", name), schema);
  writeJson(join(tmp, "datapackage.json"), dataPackage(VERSION));
  writeFileSync(join(tmp, "README.md"), outputReadme());
  return {
    inputs: manifest.counts.inputs,
    processed,
    rejected: manifest.counts.rejected,
    articles: articleCount,
    mentions: written.mentions,
    entities: canon.entities.length,
    dates: written.dates,
    removed: removedCount,
    rejects: rejectRows.length,
    rejectRows,
  };
}

/**
 * Process every discovered input with bounded concurrency, handing results to
 * `consume` in discovery order (a small reorder window keeps memory bounded).
 */
async function fanOut(
  inDir: string,
  opts: RunOptions,
  ctx: StageContext,
  consume: (r: FileResult) => void,
  onError: (rel: string, error: string) => void,
): Promise<void> {
  const limit = pLimit(Math.max(1, opts.concurrency));
  const window = Math.max(4, opts.concurrency * 4);
  const pending: Promise<FileResult | { rel: string; error: string }>[] = [];
  const flushOne = async () => {
    const r = await pending.shift()!;
    if ("error" in r) onError(r.rel, r.error);
    else consume(r);
  };
  for await (const entry of discoverInputs(inDir)) {
    if ("error" in entry) {
      pending.push(Promise.resolve({ rel: entry.rel, error: entry.error }));
    } else {
      pending.push(
        limit(async () => {
          let bytes: Uint8Array;
          try {
            bytes = readFileSync(entry.abs);
          } catch (err) {
            return { rel: entry.rel, error: `unreadable file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
          }
          return processFile(entry.rel, bytes, ctx, { maxBytes: opts.maxBytes });
        }),
      );
    }
    while (pending.length >= window) await flushOne();
  }
  while (pending.length > 0) await flushOne();
}

/** Stream the spilled articles through the corpus-pass results into the final files. */
async function writeArticles(
  tmp: string,
  spillPath: string,
  opts: RunOptions,
  finish: (a: Article) => Article,
): Promise<{ mentions: number; dates: number }> {
  const jsonl = new FileSink(join(tmp, "articles.jsonl"));
  const yaml = new FileSink(join(tmp, "articles.yaml"));
  const tablesDir = join(tmp, "tables");
  const table = (name: string) =>
    new CsvTableWriter(join(tablesDir, `${name}.csv`), TABLES.find((t) => t.name === name)!.schema, { formulaGuard: opts.csvFormulaGuard });
  const [articles, paragraphs, sentences, mentions, dates] = ["articles", "paragraphs", "sentences", "mentions", "dates"].map(table);
  let mentionCount = 0;
  let dateCount = 0;
  let any = false;
  const lines = createInterface({ input: createReadStream(spillPath, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const a = Article.parse(finish(JSON.parse(line) as Article));
    jsonl.write(JSON.stringify(a) + "\n");
    yaml.write(yamlSequenceItem(a));
    any = true;
    const { paragraphs: ps, sentences: ss, mentions: ms, dates: ds, ...flat } = a;
    articles.write({ ...flat, paragraph_count: ps.length, sentence_count: ss.length, mention_count: ms.length, date_count: ds.length });
    const id = { article_id: a.article_id };
    for (const p of ps) paragraphs.write({ ...id, ...p });
    for (const s of ss) sentences.write({ ...id, ...s });
    ms.forEach((m, index) => mentions.write({ ...id, index, ...m }));
    ds.forEach((d, index) => dates.write({ ...id, index, ...d }));
    mentionCount += ms.length;
    dateCount += ds.length;
  }
  if (!any) yaml.write("[]\n");
  for (const w of [jsonl, yaml, articles, paragraphs, sentences, mentions, dates]) w.close();
  return { mentions: mentionCount, dates: dateCount };
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 2) + "\n");
}

/** Replace outDir by the finished tmp folder: two renames, the old folder removed last. */
function swapInto(tmp: string, outDir: string): void {
  mkdirSync(dirname(outDir), { recursive: true });
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
}

/** A run killed between the two renames of swapInto leaves out.old-* and no out/: put it back. */
function recoverInterruptedSwap(outDir: string): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const prefix = `${basename(outDir)}.`;
  for (const name of readdirSync(parent).sort()) {
    if (!name.startsWith(prefix)) continue;
    const path = join(parent, name);
    if (/\.old-\d+$/.test(name) && !existsSync(outDir)) renameSync(path, outDir);
    else if (/\.(old|tmp)-\d+$/.test(name)) rmSync(path, { recursive: true, force: true });
  }
}
