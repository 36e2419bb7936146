/**
 * One run, as a list (the steps themselves are declared in ./steps.ts):
 *
 *   1. discover the inputs, with content hashes          ./inputs.ts
 *      (nothing changed since the last run: keep out/ as it is)
 *   2. template pass: observe every text document         corpus/templates.ts
 *   3. fan-out: the per-document stages on worker threads ./job.ts, ./steps.ts
 *      → a partial, one result per input                  runtime/partials.ts
 *      → folded into the corpus summaries as they arrive  ./summary.ts
 *   4. corpus passes resolve (./steps.ts corpusPasses) corpus/pass.ts
 *   5. final pass: annotate and write every output        write/final-pass.ts
 *
 * All of it inside withAtomicOutput (runtime/output-dir.ts): outputs are
 * written into a temporary folder that replaces the output folder only when
 * the run succeeded, so a failed or killed run leaves out/ whole. A sharded run
 * (`--shard I/N`) stops after step 3 and `merge` does steps 4–5 over the shards'
 * partials: both end in `mergePartials`, so their outputs are byte-identical.
 * Memory stays bounded: partials are streamed from disk; only small summaries
 * are held.
 */
import { accessSync, constants, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { RunCounts, Reject } from "../schemas/records.ts";
import { TIMELINE_ENTITIES } from "../write/report-insights.ts";
import type { Config } from "../schemas/config.ts";
import { CacheMiss, ResultCache, runFingerprint } from "./cache.ts";
import { HeapGuard, withFrugalHeap } from "../runtime/heap.ts";
import { inOrder } from "../runtime/in-order.ts";
import { inShard, PARTIAL, PARTIAL_META, PartialWriter, readPartialMetas, readPartials } from "../runtime/partials.ts";
import { readManifest, type ManifestHeader } from "../write/manifest.ts";
import { writeArticles, writeRunFiles } from "../write/final-pass.ts";
import { type FileResult, type Notice } from "./document.ts";
import { sha256 } from "../runtime/sha256.ts";
import { digestOfPartial, dropArticleDigests, processedOf, type ProcessedFile } from "./digest.ts";
import { discoverInputFiles, previousRunIdentical, readInput, type Found } from "./inputs.ts";
import { inlineExecutor, workerExecutor, type Executor } from "./job.ts";
import { defaultWorkerCount } from "../runtime/pool.ts";
import { CorpusSummary } from "./summary.ts";
import { workerBundle } from "../runtime/bundle.mjs";
import { stageVersions } from "./steps.ts";
import { serializeTemplates, TemplateLearner, type SerializedTemplates, type TemplateObservation } from "../corpus/templates.ts";
import { VERSION } from "../runtime/version.ts";
import { checkCacheDir, checkOutputTarget, checkReplaceable, checkWritable, OutputRefused, type OutputTarget, realPathOf, withAtomicOutput } from "../runtime/output-dir.ts";
import { stampsPath } from "../runtime/output-stamps.ts";

export { inShard };

/**
 * How this invocation runs, beside the configuration: what the command line
 * asks of this one run (a shard, a limit) and where it reports progress. The
 * configuration itself is the one `Config` (schemas/config.ts), passed as it is.
 */
export interface RunControl {
  /** Process only this shard of the inputs and write a partial (see runShard). */
  shard?: { index: number; count: number };
  /** Process only the first N discovered inputs (in discovery order): try a corpus quickly. */
  limit?: number;
  /** Called after each input file is processed (progress display). */
  onFile?: (input: string, done: number) => void;
  /** Called with each input's notices (its stages' diagnostics) as its result arrives: the --debug trace. */
  onNotices?: (notices: readonly Notice[]) => void;
  /** Called once the inputs are discovered, with how many this run will process (progress bar total). */
  onTotal?: (total: number) => void;
}

/** Worker threads of a run: config `workers`, "auto" being runtime/pool.ts defaultWorkerCount. */
export function workerCount(config: Pick<Config, "workers">): number {
  return config.workers === "auto" ? defaultWorkerCount() : config.workers;
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

/** Whole run on one machine: fan-out into a partial, then merge it. */
export async function runPipeline(config: Config, control: RunControl = {}): Promise<RunSummary> {
  const started = process.hrtime.bigint();
  const { inDir, target, fingerprint } = checkRunPaths(config);
  const outDir = target.dir;
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  return withAtomicOutput(target, async (tmp) => {
    const work = join(tmp, ".work");
    mkdirSync(work, { recursive: true });
    // The run's own cache, when it lies inside --in, is listed as skipped, never read as input.
    const discoverOpts = { exclude: config.cache ? [realPathOf(config.cache)] : [], followExternalLinks: config.follow_external_links };
    const discovered = await discoverInputFiles(inDir, discoverOpts, config.max_document_bytes);
    const found = control.limit !== undefined ? discovered.slice(0, control.limit) : discovered;
    // Without the cache (--no-cache), everything is processed again and out/ rewritten.
    if (!control.shard && config.cache && previousRunIdentical(outDir, found, fingerprint, stampsPath(config.cache, config.output))) {
      return { keep: true, summary: summaryFromManifest(outDir, seconds()) };
    }
    checkReplaceable(target);
    // The pool's workers start with their first tasks (the template pass's): a large file goes to a worker of its own.
    const executor = await openExecutor(config);
    let fan: FanOutResult;
    // One machine: the corpus summaries are gathered as results arrive, saving a read of the partial.
    const summary = control.shard ? undefined : new CorpusSummary(tmp, config);
    try {
      const corpus = { found, templates: await learnTemplates(found, config, executor) };
      fan = await fanOut(corpus, work, fingerprint, config, control, executor, summary);
    } finally {
      await executor.close();
    }
    if (control.shard) {
      // A shard only writes its partial; `merge` makes the datasets.
      for (const f of [PARTIAL, PARTIAL_META]) renameSync(join(work, f), join(tmp, f));
      rmSync(work, { recursive: true, force: true });
      return { keep: false, summary: { ...emptySummary(outDir), inputs: fan.processedHere, cached: fan.cached, seconds: seconds() } };
    }
    const merged = await mergePartials([work], tmp, config, control, summary);
    rmSync(work, { recursive: true, force: true });
    return { keep: false, summary: { ...merged, cached: fan.cached, seconds: seconds(), outDir } };
  });
}

/**
 * What a run checks before any work, a dry run too (cli/dry-run.ts), so that `--dry-run` refuses exactly what the run
 * would (exit 2, the same message): `--in` that is missing or may not be read, an `--out` that is not a new or empty
 * folder nor a previous output, is or holds `--in`, or sits in a folder this user may not write, and a `--cache` that
 * is `--in`, inside `--out`, a file or not writable. Only looks (stat, access, readdir): nothing is created.
 */
export function checkRunPaths(config: Config): { inDir: string; target: OutputTarget; fingerprint: string } {
  const inDir = resolve(config.inputs);
  checkInputFolder(inDir, config.inputs);
  const target = checkOutputTarget(config.output, [{ flag: "--in", path: config.inputs }]);
  checkWritable(target);
  const fingerprint = runFingerprint(config);
  if (config.cache) checkCacheDir(config.cache, config.inputs, target.dir, fingerprint);
  return { inDir, target, fingerprint };
}

/**
 * `--in` must exist and be listable. A folder this user may not list (or one on its path that blocks access) is
 * refused before any work (exit 2): a run over it would read nothing and replace a good previous output with an empty
 * one. A folder inside it that cannot be read is a reject row, and the run goes on (stages/load/discover.ts).
 */
function checkInputFolder(inDir: string, shown: string): void {
  let isDir: boolean;
  try {
    isDir = statSync(inDir).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") throw new OutputRefused(`--in ${shown} cannot be read (permission denied): a folder on its path may not be entered. Give a folder this user may read`);
    // A mistyped path is a usage error (exit 2), found before any work, like the other refusals here.
    const why = code === "ENOTDIR" ? "does not exist (a file on its path is not a folder)" : code === "ELOOP" ? "cannot be reached (a symlink loop on its path)" : code === "ENOENT" ? "does not exist" : `cannot be read (${code})`;
    throw new OutputRefused(`--in ${shown} ${why}. Give the folder of the inputs`);
  }
  if (!isDir) return; // what discovery makes of it, as before
  try {
    accessSync(inDir, constants.R_OK | constants.X_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "EACCES" || code === "EPERM" ? "permission denied" : code;
    throw new OutputRefused(`--in ${shown} cannot be read (${why}); nothing in it could be processed. Give a folder this user may read`);
  }
}

/** Merge the partials written by `--shard I/N` runs into the final datasets. */
export async function runMerge(partialDirs: string[], config: Config, control: RunControl = {}): Promise<RunSummary> {
  const started = process.hrtime.bigint();
  const target = checkOutputTarget(config.output, partialDirs.map((path) => ({ flag: "partial", path })));
  const out = target.dir;
  return withAtomicOutput(target, async (tmp) => {
    checkReplaceable(target);
    const dirs = partialDirs.map((d) => resolve(d));
    // The charset the shards read in (merge refuses --input-encoding): the merged manifest's fingerprint is then the one
    // a later single run with the same flag computes, so that run finds the output identical.
    const read = readPartialMetas(dirs).find((m) => m.input_encoding !== undefined);
    const input_encoding = read ? (read.input_encoding ?? null) : config.input_encoding;
    const summary = await mergePartials(dirs, tmp, { ...config, output: out, input_encoding }, control);
    return { keep: false, summary: { ...summary, seconds: Number(process.hrtime.bigint() - started) / 1e9, outDir: out } };
  });
}

interface FanOutResult {
  cached: number;
  processedHere: number;
}

interface Corpus {
  found: Found[];
  templates: SerializedTemplates;
}

/**
 * Pass 2: template statistics over the whole corpus. Every shard sees all of
 * it, so templates and shard membership agree on every machine. Files are
 * observed on the worker pool and learned from in discovery order.
 */
async function learnTemplates(found: Found[], config: Config, executor: Executor): Promise<SerializedTemplates> {
  const learner = new TemplateLearner();
  if (!config.skip.includes("clean")) {
    const observe = async (f: Found): Promise<TemplateObservation | null> => {
      const read = readInput(f.abs!, config.max_document_bytes);
      // unreadable or too large now: the fan-out rejects it with the reason
      return "error" in read ? null : executor.observe({ input: f.rel, bytes: read.bytes });
    };
    await inOrder(found.filter((f) => !f.error && !f.skipped), config.concurrency, observe, (obs) => {
      if (obs) learner.add(obs);
    });
  }
  const templates = serializeTemplates(learner.stats.freeze());
  executor.setContext({ templates });
  return templates;
}

/** Where the per-document work runs: worker threads, or this thread with --workers 0. */
async function openExecutor(config: Config): Promise<Executor> {
  const workers = workerCount(config);
  return workers > 0 ? workerExecutor(workers, config.time_budget_ms, { config }, await workerBundle()) : inlineExecutor({ config });
}

/** Process this shard's inputs; write partial.jsonl + partial.json into `work`. */
async function fanOut(corpus: Corpus, work: string, fingerprint: string, config: Config, control: RunControl, executor: Executor, summary?: CorpusSummary): Promise<FanOutResult> {
  const shard = control.shard ?? { index: 0, count: 1 };
  const templatesKey = sha256(JSON.stringify(corpus.templates));
  const mine = corpus.found.filter((f) => inShard(f.hash ?? sha256(f.rel), shard));
  control.onTotal?.(mine.length);

  const cache = config.cache ? new ResultCache(resolve(config.cache), fingerprint) : null;
  const csv = { formulaGuard: config.csv_formula_guard };
  const partial = new PartialWriter(work);
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
    const hit = await cache?.get(key, { input: f.rel, sha256: f.hash! });
    if (hit) {
      try {
        // A long entry's article digests go to a scratch file of the work folder (digestOfPartial), folded and removed in turn.
        const digest = await digestOfPartial(hit.result, csv, join(work, `cached-${f.seq}.digest-articles`));
        cached++;
        return { json: hit.json, digest };
      } catch (err) {
        // A large entry's article that is not one (pipeline/cache.ts): a miss after all, the file is processed again.
        // Its file is closed either way.
        if ("file" in hit.json) await hit.json.file.close().catch(() => {});
        if (!(err instanceof CacheMiss)) throw err;
      }
    }
    // Read again (discovery kept only the hash), under the size cap again: a file that grew since is rejected from its size, never read whole.
    const read = readInput(f.abs!, config.max_document_bytes);
    if ("error" in read) return processedOf(errorResult(f.rel, read.error), csv);
    const bytes = read.bytes;
    // The worker writes the cache entry itself, beside the work, off the main thread.
    // Discovery hashed these bytes already: a reject row (a large file failing on a worker of its own) needs no second hash.
    // A document that runs away is rejected alone and the file tried again without it: the bytes again, if unchanged.
    const reread = () => {
      const again = readInput(f.abs!, config.max_document_bytes);
      return "error" in again || sha256(again.bytes) !== f.hash ? undefined : again.bytes;
    };
    // A large result comes back as a file in the work folder (pipeline/job.ts SPILL_CHARS), copied into the partial in
    // turn. With --workers 0 too: the file's articles then go to that file as they are finished (pipeline/article-store.ts)
    // instead of all being held in this thread until the file ends (the dense 19.9 MB export's 265 MB of articles).
    const spillPath = join(work, `result-${f.seq}.json`);
    return executor.run({ input: f.rel, bytes, cachePath: cache?.path(key), spillPath, known: { sha256: f.hash!, bytes: bytes.length } }, reread);
  };
  const heap = new HeapGuard();
  // The template pass's observations are dead now (1,000,000 tiny records: about 200 MB of them, which the main thread,
  // allocating little, kept through the whole fan-out).
  heap.collect();
  try {
    // Results are written in discovery order.
    await inOrder(mine, config.concurrency, process1, ({ seq, json, digest }) => {
      heap.tick();
      partial.write(seq, json);
      if (summary) summary.add(digest);
      else dropArticleDigests(digest);
      if (digest.notices.length) control.onNotices?.(digest.notices);
      control.onFile?.(digest.input, ++done);
    });
  } finally {
    partial.close();
    cache?.close();
  }
  partial.writeMeta({ fingerprint, shard, discovered: corpus.found.length, input_encoding: config.input_encoding });
  return { cached, processedHere: mine.length };
}

function errorResult(input: string, reason: string): FileResult {
  return { input, sha256: "", bytes: 0, articles: [], removed: [], rejects: [{ input, record_id: null, reason, stage: "discover" }] };
}

/** Corpus passes over the partials, then every output file; V8 keeps the heap close to what is alive meanwhile (runtime/heap.ts). */
function mergePartials(...args: Parameters<typeof mergeAll>): ReturnType<typeof mergeAll> {
  return withFrugalHeap(() => mergeAll(...args));
}

async function mergeAll(dirs: string[], tmp: string, config: Config, control: RunControl, pre?: CorpusSummary): Promise<Omit<RunSummary, "seconds" | "outDir" | "cached" | "unchanged"> & { cached: number; unchanged: boolean }> {
  // The fan-out's garbage is dead now: collected before the corpus passes build on the summaries.
  const heap = new HeapGuard();
  heap.collect();
  const tablesDir = join(tmp, "tables");
  mkdirSync(tablesDir, { recursive: true });

  // Pass A: small summaries for the corpus passes (already gathered during the fan-out of a one-machine run).
  let summary = pre;
  if (!summary) {
    summary = new CorpusSummary(tmp, config);
    const csv = { formulaGuard: config.csv_formula_guard };
    for await (const { result } of readPartials<FileResult>(dirs)) {
      // A long result's article digests go to a scratch file (digestOfPartial), which summary.add folds and removes.
      const digest = await digestOfPartial(result, csv, join(tmp, "merge.digest-articles"));
      summary.add(digest);
      // `merge`: the shards' diagnostics are traced here (a one-machine run traced them during the fan-out).
      if (digest.notices.length) control.onNotices?.(digest.notices);
    }
  }
  summary.close();
  const { passes, rejectRows, articleCount, removedCount, report } = summary;
  const canon = passes.entities.resolve();
  const annotators = passes.inOrder.map((p) => p.resolve());
  // The report follows the most mentioned entities over time, counted as the final pass resolves each mention.
  report.insights.track(
    [...canon.entities].sort((a, b) => b.mention_count - a.mention_count || (a.entity_id < b.entity_id ? -1 : 1)).slice(0, TIMELINE_ENTITIES).map((e) => e.entity_id),
  );

  // Pass B: stream the articles again, attach corpus-pass results, validate, write.
  const written = await writeArticles(tmp, readPartials<FileResult>(dirs), config, (a) => {
    heap.tick();
    for (const pass of annotators) pass.annotate(a);
    report.insights.addMentions(a.published, a.mentions.map((m) => m.entity_id));
    return a;
  });

  const inputs = summary.manifest.inputs;
  const processed = summary.manifest.processed;
  const skipped = summary.manifest.skipped;
  const manifest: ManifestHeader = {
    tool: "broadsheet",
    version: VERSION,
    fingerprint: runFingerprint(config),
    stages: stageVersions(config),
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
  await writeRunFiles(tmp, config, { entities: canon.entities, rejects: rejectRows, manifest, rows: summary.manifest, report });
  return {
    ...manifest.counts,
    rejectRows,
    cached: 0,
    unchanged: false,
  };
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
