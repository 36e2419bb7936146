/**
 * run: discover → template pass → fan-out (per-document stages, bounded
 * concurrency, worker threads) → corpus passes (canonical entities,
 * near-duplicates) → write.
 *
 * The fan-out writes a *partial*: one JSON line per input file with its
 * per-document results, in discovery order. A single-machine run and a
 * sharded run (`--shard I/N` on several machines, then `merge`) both end in
 * `mergePartials`, so their outputs are byte-identical.
 *
 * Memory stays bounded: partials are streamed from disk; only small summaries
 * (entity mentions per article, fingerprints, template line hashes) are held.
 * Outputs are written into a temporary folder that replaces the output folder
 * only when the run succeeded, so a failed or killed run leaves out/ whole.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import pLimit from "p-limit";
import { Article, Manifest, type Reject, type RunCounts } from "../schemas/records.ts";
import { DuplicateIndex } from "../corpus/duplicates.ts";
import { EntityIndex } from "../corpus/canonical.ts";
import { discoverInputs, type DiscoverOptions } from "../stages/load/discover.ts";
import { DEFAULT_MAX_BYTES, tooLargeReason } from "../stages/load/index.ts";
import type { CsvTableWriter } from "../write/csv.ts";
import { openParquetTable, openTable } from "../write/article-tables.ts";
import { FileSink } from "../write/files.ts";
import { outputReadme } from "../write/readme.ts";
import { renderReport, ReportCollector } from "../write/report.ts";
import { TIMELINE_ENTITIES } from "../write/report-insights.ts";
import { changesSincePrevious } from "../write/changes.ts";
import type { SiteRule } from "../stages/clean/site-rule-schema.ts";
import { dataPackage, jsonSchemas } from "../write/schemas.ts";
import { yamlSequenceItem } from "../write/yaml.ts";
import { ResultCache, runFingerprint } from "./cache.ts";
import { HeapGuard, withFrugalHeap } from "../runtime/heap.ts";
import { ManifestRows, readManifest, type ManifestHeader } from "../write/manifest.ts";
import { sha256, type FileResult } from "./document.ts";
import { digestOf, processedOf, type FileDigest, type ProcessedFile } from "./digest.ts";
import { inlineExecutor, workerExecutor, type Executor, type RunContext } from "./pool.ts";
import { bundled, workerBundle } from "../runtime/bundle.mjs";
import { readLines } from "../runtime/lines.ts";
import { inlineTables, threadTables } from "../write/tables-writer.ts";
import { stageVersions } from "./steps.ts";
import { serializeTemplates, TemplateLearner, type SerializedTemplates, type TemplateObservation } from "../corpus/templates.ts";
import { VERSION } from "../runtime/version.ts";
import { checkCacheDir, checkOutputTarget, realPathOf, withAtomicOutput } from "../runtime/output-dir.ts";

export interface RunOptions {
  inDir: string;
  outDir: string;
  skip: ReadonlySet<string>;
  concurrency: number;
  /** Neutralise spreadsheet formulas in CSV text cells. */
  csvFormulaGuard: boolean;
  /** Per-document size cap in bytes. */
  maxBytes?: number;
  /** Worker threads for the per-document stages; 0 runs them in this thread. */
  workers?: number;
  /** Per-document time budget in ms (enforced with workers only). */
  timeBudgetMs?: number;
  /** Folder of the incremental cache; null disables it. */
  cacheDir?: string | null;
  /** Output formats to write (default: all of jsonl, csv, yaml, parquet). */
  formats?: ReadonlySet<string>;
  /** Per-site rules from the configuration (plain data). */
  sites?: SiteRule[];
  /** Process only this shard of the inputs and write a partial (see runShard). */
  shard?: { index: number; count: number };
  /** Read files that symlinks under --in point to outside it (default: rejected with a reason). */
  followExternalLinks?: boolean;
  /** Called after each input file is processed (progress display). */
  onFile?: (input: string, done: number) => void;
  /** Called once the inputs are discovered, with how many this run will process (progress bar total). */
  onTotal?: (total: number) => void;
  /** Process only the first N discovered inputs (in discovery order): try a corpus quickly. */
  limit?: number;
}

/** The manifest's counts, plus what the command line reports. */
export interface RunSummary extends RunCounts {
  rejectRows: Reject[];
  /** Files whose results came from the incremental cache. */
  cached: number;
  /** True when nothing changed since the last run and the outputs were kept as they are. */
  unchanged: boolean;
  seconds: number;
  outDir: string;
}

/** One line of a partial: the result of one discovered input, with its discovery position. */
export interface PartialEntry {
  seq: number;
  result: FileResult;
}

const PARTIAL = "partial.jsonl";
const PARTIAL_META = "partial.json";
/** Scratch file of manifest rows, in the output's temporary folder until manifest.json is written. */
const MANIFEST_ROWS = ".manifest-rows.jsonl";

interface PartialMeta {
  fingerprint: string;
  shard: { index: number; count: number };
  discovered: number;
}

/** Whole run on one machine: fan-out into a partial, then merge it. */
export async function runPipeline(opts: RunOptions): Promise<RunSummary> {
  const started = process.hrtime.bigint();
  const inDir = resolve(opts.inDir);
  if (!existsSync(inDir)) throw new Error(`input folder not found: ${opts.inDir}`);
  const target = checkOutputTarget(opts.outDir, [{ flag: "--in", path: opts.inDir }]);
  const outDir = target.dir;
  if (opts.cacheDir) checkCacheDir(opts.cacheDir, opts.inDir, outDir);
  const fingerprint = runFingerprint(opts);
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  return withAtomicOutput(target, async (tmp) => {
    const work = join(tmp, ".work");
    mkdirSync(work, { recursive: true });
    // The run's own cache, when it lies inside --in, is listed as skipped, never read as input.
    const discoverOpts = { exclude: opts.cacheDir ? [realPathOf(opts.cacheDir)] : [], followExternalLinks: opts.followExternalLinks };
    const discovered = await discoverInputFiles(inDir, discoverOpts, opts.maxBytes);
    const found = opts.limit !== undefined ? discovered.slice(0, opts.limit) : discovered;
    // Without the cache (--no-cache), everything is processed again and out/ rewritten.
    if (!opts.shard && opts.cacheDir && previousRunIdentical(outDir, found, fingerprint)) {
      return { keep: true, summary: summaryFromManifest(outDir, seconds()) };
    }
    // The worker threads start now, and take the template pass's work while they warm up.
    const executor = await openExecutor(opts);
    let fan: FanOutResult;
    // One machine: the corpus summaries are gathered as results arrive, saving a read of the partial.
    const summary = opts.shard ? undefined : new CorpusSummary(tmp, opts);
    try {
      const corpus = { found, templates: await learnTemplates(found, opts, executor) };
      fan = await fanOut(corpus, work, fingerprint, opts, executor, summary);
    } finally {
      await executor.close();
    }
    if (opts.shard) {
      // A shard only writes its partial; `merge` makes the datasets.
      for (const f of [PARTIAL, PARTIAL_META]) renameSync(join(work, f), join(tmp, f));
      rmSync(work, { recursive: true, force: true });
      return { keep: false, summary: { ...emptySummary(outDir), inputs: fan.processedHere, cached: fan.cached, seconds: seconds() } };
    }
    const merged = await mergePartials([work], tmp, opts, summary);
    rmSync(work, { recursive: true, force: true });
    return { keep: false, summary: { ...merged, cached: fan.cached, seconds: seconds(), outDir } };
  });
}

/** Merge the partials written by `--shard I/N` runs into the final datasets. */
export async function runMerge(partialDirs: string[], outDir: string, opts: Omit<RunOptions, "inDir" | "outDir">): Promise<RunSummary> {
  const started = process.hrtime.bigint();
  const target = checkOutputTarget(outDir, partialDirs.map((path) => ({ flag: "partial", path })));
  const out = target.dir;
  return withAtomicOutput(target, async (tmp) => {
    const summary = await mergePartials(partialDirs.map((d) => resolve(d)), tmp, { ...opts, inDir: "", outDir: out });
    return { keep: false, summary: { ...summary, seconds: Number(process.hrtime.bigint() - started) / 1e9, outDir: out } };
  });
}

interface FanOutResult {
  cached: number;
  processedHere: number;
}

/** A discovered input: its position, path, content hash, or why it cannot be read. */
interface Found {
  seq: number;
  rel: string;
  abs?: string | Buffer;
  error?: string;
  /** Not read on purpose (hidden file, editor or OS junk): why. */
  skipped?: string;
  hash?: string;
}

interface Corpus {
  found: Found[];
  templates: SerializedTemplates;
}

/** Pass 1: discovery and content hashes (enough to tell that nothing changed since the last run). */
async function discoverInputFiles(inDir: string, opts: DiscoverOptions, maxBytes = DEFAULT_MAX_BYTES): Promise<Found[]> {
  const found: Found[] = [];
  for await (const entry of discoverInputs(inDir, opts)) {
    const seq = found.length;
    if ("error" in entry) {
      found.push({ seq, rel: entry.rel, error: entry.error });
      continue;
    }
    if ("skipped" in entry) {
      found.push({ seq, rel: entry.rel, skipped: entry.skipped });
      continue;
    }
    let bytes: Uint8Array;
    try {
      // A file over the size cap is rejected from its size alone: never read (a sparse 1 GiB file exhausted memory).
      const size = statSync(entry.abs).size;
      if (size > maxBytes) {
        found.push({ seq, rel: entry.rel, error: tooLargeReason(size, maxBytes) });
        continue;
      }
      bytes = readFileSync(entry.abs);
    } catch (err) {
      found.push({ seq, rel: entry.rel, error: `unreadable file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      continue;
    }
    found.push({ seq, rel: entry.rel, abs: entry.abs, hash: sha256(bytes) });
  }
  return found;
}

/**
 * Pass 2: template statistics over the whole corpus. Every shard sees all of
 * it, so templates and shard membership agree on every machine. Files are
 * observed on the worker pool and learned from in discovery order.
 */
async function learnTemplates(found: Found[], opts: RunOptions, executor: Executor): Promise<SerializedTemplates> {
  const learner = new TemplateLearner();
  if (!opts.skip.has("clean")) {
    const observe = async (f: Found): Promise<TemplateObservation | null> => {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(f.abs!);
      } catch {
        return null; // unreadable now: the fan-out rejects it with the reason
      }
      return executor.observe({ input: f.rel, bytes });
    };
    await inOrder(found.filter((f) => !f.error && !f.skipped), opts.concurrency, observe, (obs) => {
      if (obs) learner.add(obs);
    });
  }
  const templates = serializeTemplates(learner.stats.freeze());
  executor.setContext({ templates });
  return templates;
}

/**
 * Run `work` over `items` with bounded concurrency and hand the results to
 * `take` in the items' order; a small reorder window bounds memory.
 */
async function inOrder<T, R>(items: readonly T[], concurrency: number, work: (item: T) => Promise<R>, take: (r: R) => void | Promise<void>): Promise<void> {
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

/** Where the per-document work runs: worker threads, or this thread with --workers 0. */
async function openExecutor(opts: RunOptions): Promise<Executor> {
  const runContext: RunContext = { skip: [...opts.skip], maxBytes: opts.maxBytes, sites: opts.sites, csvFormulaGuard: opts.csvFormulaGuard };
  const workers = opts.workers ?? 0;
  return workers > 0 ? workerExecutor(workers, opts.timeBudgetMs ?? 60_000, runContext, await workerBundle()) : inlineExecutor(runContext);
}

/** Process this shard's inputs; write partial.jsonl + partial.json into `work`. */
async function fanOut(corpus: Corpus, work: string, fingerprint: string, opts: RunOptions, executor: Executor, summary?: CorpusSummary): Promise<FanOutResult> {
  const shard = opts.shard ?? { index: 0, count: 1 };
  const templatesKey = sha256(JSON.stringify(corpus.templates));
  const mine = corpus.found.filter((f) => inShard(f.hash ?? sha256(f.rel), shard));
  opts.onTotal?.(mine.length);

  const cache = opts.cacheDir ? new ResultCache(resolve(opts.cacheDir), fingerprint) : null;
  const csv = { formulaGuard: opts.csvFormulaGuard };
  const sink = new FileSink(join(work, PARTIAL));
  let cached = 0;
  let done = 0;
  const process1 = async (f: Found): Promise<ProcessedFile & { seq: number }> => {
    const processed = await processFound(f);
    return { ...processed, seq: f.seq };
  };
  const processFound = async (f: Found): Promise<ProcessedFile> => {
    if (f.error) return processedOf(errorResult(f.rel, f.error), csv);
    if (f.skipped) return processedOf({ ...errorResult(f.rel, ""), rejects: [], skipped: f.skipped }, csv);
    const key = sha256(`${f.rel}\u0000${f.hash}\u0000${templatesKey}`);
    const hit = cache?.get(key, { input: f.rel, sha256: f.hash! });
    if (hit) {
      cached++;
      return processedOf(hit.result, csv, hit.json);
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(f.abs!);
    } catch (err) {
      return processedOf(errorResult(f.rel, `unreadable file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`), csv);
    }
    // The worker writes the cache entry itself, beside the work, off the main thread.
    return executor.run({ input: f.rel, bytes, cachePath: cache?.path(key) });
  };
  const heap = new HeapGuard();
  try {
    // Results are written in discovery order.
    await inOrder(mine, opts.concurrency, process1, ({ seq, json, digest }) => {
      heap.tick();
      // The same bytes as JSON.stringify({ seq, result } satisfies PartialEntry), from the worker's JSON.
      sink.write(`{"seq":${seq},"result":`);
      if (typeof json === "string") sink.write(json);
      else sink.writeBytes(json);
      sink.write("}\n");
      summary?.add(digest);
      opts.onFile?.(digest.input, ++done);
    });
  } finally {
    sink.close();
    cache?.close();
  }
  writeJson(join(work, PARTIAL_META), { fingerprint, shard, discovered: corpus.found.length } satisfies PartialMeta);
  return { cached, processedHere: mine.length };
}

/** Shard membership by content hash (first 8 hex digits), so it holds on any machine. */
export function inShard(hash: string, shard: { index: number; count: number }): boolean {
  return parseInt(hash.slice(0, 8), 16) % shard.count === shard.index;
}

function errorResult(input: string, reason: string): FileResult {
  return { input, sha256: "", bytes: 0, articles: [], removed: [], rejects: [{ input, record_id: null, reason, stage: "discover" }] };
}

/** Read partials (one or many shards) in discovery order. */
async function* readPartials(dirs: string[]): AsyncGenerator<PartialEntry> {
  const metas = dirs.map((d) => {
    const path = join(d, PARTIAL_META);
    if (!existsSync(path)) throw new Error(`not a partial folder (no ${PARTIAL_META}): ${d}`);
    return JSON.parse(readFileSync(path, "utf8")) as PartialMeta;
  });
  const fingerprints = new Set(metas.map((m) => m.fingerprint));
  if (fingerprints.size > 1) throw new Error("partials were made with different code or configuration (fingerprints differ)");
  const counts = new Set(metas.map((m) => `${m.shard.count}:${m.discovered}`));
  if (counts.size > 1) throw new Error("partials disagree on the shard count or the inputs discovered");
  const shardIndexes = new Set(metas.map((m) => m.shard.index));
  if (shardIndexes.size !== metas[0].shard.count) {
    throw new Error(`expected ${metas[0].shard.count} shards, got ${shardIndexes.size} distinct ones`);
  }
  // k-way merge by discovery position
  const iters = dirs.map((d) => readLines(join(d, PARTIAL)));
  const heads: (PartialEntry | null)[] = await Promise.all(iters.map(nextEntry));
  let expected = 0;
  for (;;) {
    let best = -1;
    heads.forEach((h, i) => {
      if (h && (best < 0 || h.seq < heads[best]!.seq)) best = i;
    });
    if (best < 0) break;
    const entry = heads[best]!;
    if (entry.seq !== expected) throw new Error(`partials are incomplete: input #${expected} is missing`);
    expected++;
    yield entry;
    heads[best] = await nextEntry(iters[best]);
  }
  if (expected !== metas[0].discovered) throw new Error(`partials are incomplete: ${expected} of ${metas[0].discovered} inputs`);
}

async function nextEntry(it: AsyncIterator<string>): Promise<PartialEntry | null> {
  for (;;) {
    const r = await it.next();
    if (r.done) return null;
    if (r.value) return JSON.parse(r.value) as PartialEntry;
  }
}

/**
 * The small per-corpus summaries the corpus passes need (entity mentions,
 * fingerprints, manifest rows, rejects, report counts), gathered one file
 * result at a time in discovery order; removed blocks are streamed to their
 * CSV as they come.
 */
class CorpusSummary {
  readonly entityIndex = new EntityIndex();
  readonly duplicates = new DuplicateIndex();
  readonly rejectRows: Reject[] = [];
  /** One row per input, kept on disk until manifest.json is written. */
  readonly manifest: ManifestRows;
  readonly report = new ReportCollector();
  articleCount = 0;
  removedCount = 0;
  private readonly removedCsv: CsvTableWriter;
  private closed = false;

  constructor(tmp: string, opts: RunOptions) {
    const tablesDir = join(tmp, "tables");
    mkdirSync(tablesDir, { recursive: true });
    this.removedCsv = openTable(tablesDir, "removed", { formulaGuard: opts.csvFormulaGuard });
    this.manifest = new ManifestRows(join(tmp, MANIFEST_ROWS));
  }

  add(r: FileDigest): void {
    this.report.addFile(r);
    for (const a of r.articles) {
      this.entityIndex.add(a.article_id, a.mentions, a.aliasPairs);
      this.duplicates.addFingerprint(a.article_id, a.fingerprint);
    }
    this.removedCsv.writeRendered(r.removedCsv, r.removed.length);
    for (const reject of r.rejects) this.rejectRows.push(reject); // no push(...): a file can have 100,000s of rejects
    this.articleCount += r.articles.length;
    this.removedCount += r.removed.length;
    this.manifest.add({
      input: r.input,
      sha256: r.sha256 || null,
      bytes: r.bytes,
      status: r.skipped !== undefined ? "skipped" : r.articles.length > 0 ? "processed" : "rejected",
      articles: r.articles.length,
      ...(r.skipped !== undefined ? { reason: r.skipped } : {}),
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.removedCsv.close();
    this.manifest.close();
  }
}

/** Corpus passes over the partials, then every output file; V8 keeps the heap close to what is alive meanwhile (runtime/heap.ts). */
function mergePartials(...args: Parameters<typeof mergeAll>): ReturnType<typeof mergeAll> {
  return withFrugalHeap(() => mergeAll(...args));
}

async function mergeAll(dirs: string[], tmp: string, opts: RunOptions, pre?: CorpusSummary): Promise<Omit<RunSummary, "seconds" | "outDir" | "cached" | "unchanged"> & { cached: number; unchanged: boolean }> {
  // The fan-out's garbage is dead now: collected before the corpus passes build on the summaries.
  const heap = new HeapGuard();
  heap.collect();
  const tablesDir = join(tmp, "tables");
  mkdirSync(tablesDir, { recursive: true });
  const csv = (name: string) => openTable(tablesDir, name, { formulaGuard: opts.csvFormulaGuard });

  // Pass A: small summaries for the corpus passes (already gathered during the fan-out of a one-machine run).
  let summary = pre;
  if (!summary) {
    summary = new CorpusSummary(tmp, opts);
    const csv = { formulaGuard: opts.csvFormulaGuard };
    for await (const { result } of readPartials(dirs)) summary.add(digestOf(result, csv));
  }
  summary.close();
  const { entityIndex, duplicates, rejectRows, articleCount, removedCount, report } = summary;
  const canon = entityIndex.resolve();
  // The report follows the most mentioned entities over time, counted as the final pass resolves each mention.
  report.insights.track(
    [...canon.entities].sort((a, b) => b.mention_count - a.mention_count || (a.entity_id < b.entity_id ? -1 : 1)).slice(0, TIMELINE_ENTITIES).map((e) => e.entity_id),
  );

  // Pass B: stream the articles again, attach corpus-pass results, validate, write.
  const written = await writeArticles(tmp, readPartials(dirs), opts, (a) => {
    heap.tick();
    a.duplicate_of = duplicates.duplicateOf(a.article_id);
    for (const m of a.mentions) {
      const res = canon.entityFor(a.article_id, { text: m.text, type: m.type });
      m.entity_id = res.entityId;
      m.ambiguous = res.ambiguous;
    }
    report.insights.addMentions(a.published, a.mentions.map((m) => m.entity_id));
    return a;
  });

  const entitiesCsv = csv("entities");
  const entitiesPq = wantsParquet(opts) ? openParquetTable(tablesDir, "entities") : null;
  for (const e of canon.entities) {
    entitiesCsv.write({ ...e, aliases: e.aliases.join("|") });
    entitiesPq?.write(e);
  }
  entitiesCsv.close();
  entitiesPq?.close();
  const rejectsCsv = csv("rejects");
  const rejectsPq = wantsParquet(opts) ? openParquetTable(tablesDir, "rejects") : null;
  for (const r of rejectRows) {
    rejectsCsv.write(r);
    rejectsPq?.write(r);
  }
  rejectsCsv.close();
  rejectsPq?.close();

  const inputs = summary.manifest.inputs;
  const processed = summary.manifest.processed;
  const skipped = summary.manifest.skipped;
  const manifest: ManifestHeader = {
    tool: "broadsheet",
    version: VERSION,
    fingerprint: runFingerprint(opts),
    stages: stageVersions(opts.skip),
    counts: {
      inputs,
      processed,
      rejected: inputs - processed - skipped,
      skipped,
      articles: articleCount,
      mentions: written.mentions,
      entities: canon.entities.length,
      dates: written.dates,
      removed: removedCount,
      rejects: rejectRows.length,
    },
  };
  // Accounting invariant: every discovered input is processed, rejected or skipped with a reason, never lost.
  if (manifest.counts.processed + manifest.counts.rejected + manifest.counts.skipped !== manifest.counts.inputs || written.articles !== articleCount) {
    throw new Error("accounting error: inputs discovered != processed + rejected + skipped");
  }
  const changes = await changesSincePrevious(join(resolve(opts.outDir), "manifest.json"), join(tmp, MANIFEST_ROWS), manifest.fingerprint);
  mkdirSync(join(tmp, "schemas"), { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) writeJson(join(tmp, "schemas", name), schema);
  writeJson(join(tmp, "datapackage.json"), dataPackage(VERSION, opts.formats));
  writeFileSync(join(tmp, "README.md"), outputReadme());
  dropUnwantedFormats(tmp, opts.formats);
  const reportInput = report.build({ version: VERSION, stages: manifest.stages, counts: manifest.counts, rejects: rejectRows, entities: canon.entities, entityIds: canon.entities, changes });
  writeFileSync(join(tmp, "report.html"), renderReport(reportInput));
  // manifest.json comes last, with the hash of every other output file (checked by the next run).
  manifest.outputs = hashOutputs(tmp);
  await summary.manifest.writeManifest(join(tmp, "manifest.json"), manifest);
  rmSync(join(tmp, MANIFEST_ROWS));
  return {
    ...manifest.counts,
    rejectRows,
    cached: 0,
    unchanged: false,
  };
}

/** Stream the articles through the corpus-pass results into the final files. */
async function writeArticles(
  tmp: string,
  entries: AsyncGenerator<PartialEntry>,
  opts: RunOptions,
  finish: (a: Article) => Article,
): Promise<{ articles: number; mentions: number; dates: number }> {
  const jsonl = new FileSink(join(tmp, "articles.jsonl"));
  const yaml = new FileSink(join(tmp, "articles.yaml"));
  const tablesDir = join(tmp, "tables");
  const csvOptions = { formulaGuard: opts.csvFormulaGuard, parquet: wantsParquet(opts) };
  // The removed blocks' CSV was written during the fan-out; their Parquet file is written here, from the partials.
  const removedPq = wantsParquet(opts) ? openParquetTable(tablesDir, "removed") : null;
  // With worker threads, the CSV tables are written on a thread of their own.
  const tables =
    (opts.workers ?? 0) > 0
      ? threadTables(tablesDir, csvOptions, (await bundled("tables")) ?? new URL("../write/tables-entry.mjs", import.meta.url))
      : inlineTables(tablesDir, csvOptions);
  let articleCount = 0;
  let mentionCount = 0;
  let dateCount = 0;
  try {
    for await (const { result } of entries) {
      for (const row of result.removed) removedPq?.write(row);
      for (const raw of result.articles) {
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
function wantsParquet(opts: Pick<RunOptions, "formats">): boolean {
  return !opts.formats || opts.formats.has("parquet");
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 2) + "\n");
}

/**
 * Nothing changed: same fingerprint and same inputs (paths and hashes) as the
 * run that wrote out/, and out/ is still what that run wrote (every output
 * file there, with the hash its manifest recorded).
 */
function previousRunIdentical(outDir: string, found: Found[], fingerprint: string): boolean {
  const path = join(outDir, "manifest.json");
  if (!existsSync(path)) return false;
  try {
    const prev = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    if (prev.fingerprint !== fingerprint || prev.inputs.length !== found.length || !prev.outputs) return false;
    if (!prev.inputs.every((p, i) => p.input === found[i].rel && p.sha256 === (found[i].hash ?? null))) return false;
    const now = hashOutputs(outDir);
    const names = Object.keys(prev.outputs);
    return names.length === Object.keys(now).length && names.every((n) => now[n] === prev.outputs![n]);
  } catch {
    return false;
  }
}

/** SHA-256 of every output file under `dir` but the manifest and dot-files (scratch), by POSIX path, sorted. */
function hashOutputs(dir: string, rel = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, rel)).sort()) {
    if (name.startsWith(".") || (rel === "" && name === "manifest.json")) continue;
    const path = rel ? `${rel}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) Object.assign(out, hashOutputs(dir, path));
    else out[path] = createHash("sha256").update(readFileSync(join(dir, path))).digest("hex");
  }
  return out;
}

function emptySummary(outDir: string): RunSummary {
  return {
    inputs: 0, processed: 0, rejected: 0, skipped: 0, articles: 0, mentions: 0, entities: 0, dates: 0, removed: 0, rejects: 0,
    rejectRows: [], cached: 0, unchanged: false, seconds: 0, outDir,
  };
}

function summaryFromManifest(outDir: string, seconds: number): RunSummary {
  const m = readManifest(join(outDir, "manifest.json"));
  return { ...m.counts, rejectRows: [], cached: m.counts.inputs, unchanged: true, seconds, outDir };
}
