/**
 * npm run bench: throughput and peak memory of the whole pipeline, per stage,
 * and against a baseline assembled from npm packages, at growing corpus sizes.
 *
 *   npm run bench                              text 500, 2000, 10000; html 200, 1000, 2000
 *   npm run bench -- --quick                   smoke run: 200 documents of each kind
 *   npm run bench -- --kind text --sizes 1000,10000,100000 --json /tmp/bench.json
 *
 * For each kind and size a corpus is multiplied from the extraction-dev pages
 * (bench/corpus.ts: varied, deterministic, one document per file) into a
 * temporary folder, then measured in child processes (bench/measure.ts):
 *   broadsheet   node pipeline/launch.mjs --in … --out … --quiet --log json (what `npm run pipeline` runs)
 *   baseline     bench/baseline.ts (Readability+linkedom, compromise, chrono-node)
 *   stages       bench/stages.ts: read, load and each stage timed in process (smallest size only)
 * Throughput uses the time each process reports for its own run (node and
 * module start-up excluded; the wall time including them is shown beside it).
 * Words are the visible words of the inputs, the same count for every system.
 * Nothing here asserts a timing: the goals are reported, not enforced.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { loadArticleBodies, loadSeeds, sentencePool, writeCorpus, type CorpusInfo, type CorpusKind } from "./corpus.ts";
import { measureChild, type ChildMeasure } from "./measure.ts";
import { formatSummary, perThreadLines, readProfiles, summariseProfiles } from "./profile.ts";
import type { StageTimings } from "./stages.ts";
import { invokedDirectly } from "./files.ts";
import { readArgs } from "../eval/lib/args.ts";

const ROOT = resolve(import.meta.dirname, "..");
const DEFAULT_DATA = resolve(ROOT, "../shared/data/extraction-dev");
const DEFAULT_SIZES: Record<CorpusKind, number[]> = { text: [500, 2000, 10000], html: [200, 1000, 2000] };
const QUICK_SIZE = 200;

/** The goals the project set itself. Reported, never asserted. */
export const GOALS = {
  textDocsPerSecond: 1000,
  htmlDocsPerSecond: 100,
  baselineRatio: 5,
  peakRssBytesAt100k: 400 * 1024 * 1024,
} as const;

export interface BenchOptions {
  kinds: CorpusKind[];
  sizes: Partial<Record<CorpusKind, number[]>>;
  dataDir: string;
  json: string | null;
  baselineMax: number;
  stageDocs: number;
  stages: boolean;
  baseline: boolean;
  pipelineArgs: string[];
  cpuProfDir: string | null;
  keep: boolean;
  seed: number;
}

export interface RunRow {
  kind: CorpusKind;
  size: number;
  system: "broadsheet" | "baseline";
  ok: boolean;
  docs: number;
  words: number;
  bytes: number;
  seconds: number;
  wallSeconds: number;
  cpuSeconds: number;
  docsPerSecond: number;
  wordsPerSecond: number;
  /** Documents per CPU second (all threads): what a busy machine cannot hide. */
  docsPerCpuSecond: number;
  peakRssMB: number;
  articles: number | null;
  mentions: number | null;
  dates: number | null;
  note: string;
}

export interface StageRow {
  kind: CorpusKind;
  docs: number;
  step: string;
  seconds: number;
  cpuSeconds: number;
  docsPerSecond: number;
  docsPerCpuSecond: number;
  wordsPerSecond: number;
  share: number;
}

export interface BenchResult {
  machine: { cpus: number; model: string; node: string; loadAverageAtStart: number[] };
  options: Omit<BenchOptions, "json">;
  runs: RunRow[];
  stages: StageRow[];
  ratios: { kind: CorpusKind; size: number; docsPerSecondRatio: number; docsPerCpuSecondRatio: number }[];
  goals: { goal: string; measured: string; met: boolean | null }[];
  profiles: { title: string; summary: string }[];
}

const sizeList = (v: string | undefined): number[] | undefined => v?.split(",").map((s) => Number(s.replace(/_/g, "").trim()));

const KIND_WORDS = ["text", "html", "both"];
/** Options that take a whole number (`--seed` may be 0 or negative, written `--seed=-1`). */
const COUNT_OPTIONS = ["baseline-max", "stage-docs"] as const;

/** What is wrong with the words given to the bench's options, said to the user (readArgs refuses it with exit 2), or null. */
function benchArgsProblem(values: Record<string, string | boolean | (string | boolean)[] | undefined>): string | null {
  const str = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const kind = str("kind");
  if (kind !== undefined && !KIND_WORDS.includes(kind)) return `--kind ${kind}: expected text, html or both`;
  const sizes = str("sizes");
  if (sizes !== undefined && sizeList(sizes)!.some((n) => !Number.isInteger(n) || n < 1)) return `--sizes ${sizes}: expected positive integers, e.g. 1000,10000`;
  for (const name of COUNT_OPTIONS) {
    const v = str(name);
    if (v !== undefined && !/^\d+$/.test(v.trim())) return `--${name} ${v}: expected a whole number`;
  }
  const data = str("data");
  if (data !== undefined && !existsSync(resolve(data))) return `--data ${data}: no such folder`;
  const seed = str("seed");
  if (seed !== undefined && !/^-?\d+$/.test(seed.trim())) return `--seed ${seed}: expected an integer`;
  return null;
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = readArgs("npm run bench --", {
    args: argv,
    options: {
      sizes: { type: "string" },
      kind: { type: "string" },
      quick: { type: "boolean" },
      json: { type: "string" },
      data: { type: "string" },
      "baseline-max": { type: "string" },
      "stage-docs": { type: "string" },
      "no-stages": { type: "boolean" },
      "no-baseline": { type: "boolean" },
      "pipeline-args": { type: "string" },
      "cpu-prof": { type: "string" },
      keep: { type: "boolean" },
      seed: { type: "string" },
    },
    strict: true,
    check: ({ values }) => benchArgsProblem(values),
  });
  const kind = values.kind ?? "both";
  const kinds: CorpusKind[] = kind === "both" ? ["text", "html"] : [kind as CorpusKind];
  const given = sizeList(values.sizes);
  const sizes: Partial<Record<CorpusKind, number[]>> = {};
  for (const k of kinds) sizes[k] = values.quick ? [QUICK_SIZE] : (given ?? DEFAULT_SIZES[k]);
  return {
    kinds,
    sizes,
    dataDir: resolve(values.data ?? DEFAULT_DATA),
    json: values.json ?? null,
    baselineMax: values["baseline-max"] ? Number(values["baseline-max"]) : 2000,
    stageDocs: values["stage-docs"] ? Number(values["stage-docs"]) : values.quick ? QUICK_SIZE : 1000,
    stages: !values["no-stages"],
    baseline: !values["no-baseline"],
    pipelineArgs: values["pipeline-args"] ? values["pipeline-args"].split(/\s+/).filter(Boolean) : [],
    cpuProfDir: values["cpu-prof"] ? resolve(values["cpu-prof"]) : null,
    keep: values.keep ?? false,
    seed: values.seed ? Number(values.seed) : 1,
  };
}

const MB = 1024 * 1024;

function row(kind: CorpusKind, corpus: CorpusInfo, system: RunRow["system"], m: ChildMeasure, okCodes: number[]): RunRow {
  const r = m.report ?? {};
  const seconds = typeof r.seconds === "number" && r.seconds > 0 ? r.seconds : m.wallSeconds;
  const num = (k: string) => (typeof r[k] === "number" ? (r[k] as number) : null);
  const ok = m.code !== null && okCodes.includes(m.code) && m.report !== null;
  const notes: string[] = [];
  if (!ok) notes.push(`exit ${m.code}: ${m.stderr.trim().split("\n").slice(-3).join(" / ")}`);
  const seen = num("inputs") ?? num("docs");
  if (seen !== null && seen !== corpus.docs) notes.push(`read ${seen} of ${corpus.docs} inputs`);
  if (num("cached")) notes.push(`${num("cached")} cache hits`);
  if (num("rejected")) notes.push(`${num("rejected")} inputs rejected`);
  return {
    kind,
    size: corpus.docs,
    system,
    ok,
    docs: corpus.docs,
    words: corpus.words,
    bytes: corpus.bytes,
    seconds,
    wallSeconds: m.wallSeconds,
    cpuSeconds: m.cpuSeconds,
    docsPerSecond: corpus.docs / seconds,
    wordsPerSecond: corpus.words / seconds,
    docsPerCpuSecond: m.cpuSeconds > 0 ? corpus.docs / m.cpuSeconds : 0,
    peakRssMB: m.maxRssBytes / MB,
    articles: num("articles"),
    mentions: num("mentions"),
    dates: num("dates"),
    note: notes.join("; "),
  };
}

function stageRows(kind: CorpusKind, corpus: CorpusInfo, t: StageTimings): StageRow[] {
  const total = t.steps.reduce((s, x) => s + x.seconds, 0);
  // Words of the documents actually timed (the stage child may stop at --stage-docs).
  const words = (corpus.words * t.files) / corpus.docs;
  return t.steps.map((s) => ({
    kind,
    docs: t.files,
    step: s.name,
    seconds: s.seconds,
    cpuSeconds: s.cpuSeconds ?? 0,
    docsPerSecond: s.seconds > 0 ? t.files / s.seconds : Infinity,
    docsPerCpuSecond: s.cpuSeconds > 0 ? t.files / s.cpuSeconds : Infinity,
    wordsPerSecond: s.seconds > 0 ? words / s.seconds : Infinity,
    share: total > 0 ? s.seconds / total : 0,
  }));
}

/** Peak RSS extrapolated linearly from the two largest sizes (an upper bound when growth is sublinear). */
export function extrapolateRss(points: { size: number; mb: number }[], target: number): number | null {
  const p = [...points].sort((a, b) => a.size - b.size);
  if (p.length === 0) return null;
  const last = p[p.length - 1];
  if (last.size >= target) return p.find((x) => x.size >= target)!.mb;
  if (p.length < 2) return null;
  const prev = p[p.length - 2];
  const slope = Math.max(0, (last.mb - prev.mb) / (last.size - prev.size));
  return last.mb + slope * (target - last.size);
}

export function evaluateGoals(runs: RunRow[], kinds: CorpusKind[]): BenchResult["goals"] {
  const goals: BenchResult["goals"] = [];
  const ours = runs.filter((r) => r.system === "broadsheet" && r.ok);
  for (const kind of kinds) {
    const mine = ours.filter((r) => r.kind === kind).sort((a, b) => a.size - b.size);
    if (mine.length === 0) continue;
    const largest = mine[mine.length - 1];
    const target = kind === "text" ? GOALS.textDocsPerSecond : GOALS.htmlDocsPerSecond;
    goals.push({
      goal: `${kind}: ≥ ${target} docs/s end to end`,
      measured: `${largest.docsPerSecond.toFixed(1)} docs/s at ${largest.size}`,
      met: largest.docsPerSecond >= target,
    });
    const pairs = mine
      .map((r) => ({ r, b: runs.find((x) => x.system === "baseline" && x.ok && x.kind === kind && x.size === r.size) }))
      .filter((x) => x.b);
    if (pairs.length > 0) {
      // The largest size both ran at: start-up costs (worker threads compiling the stages) weigh least there.
      const { r, b } = pairs[pairs.length - 1];
      const ratio = r.docsPerSecond / b!.docsPerSecond;
      goals.push({ goal: `${kind}: ≥ ${GOALS.baselineRatio}× the npm baseline`, measured: `${ratio.toFixed(2)}× at ${r.size}`, met: ratio >= GOALS.baselineRatio });
    }
    const points = mine.map((r) => ({ size: r.size, mb: r.peakRssMB }));
    const at100k = extrapolateRss(points, 100_000);
    const measured100k = largest.size >= 100_000;
    goals.push({
      goal: `${kind}: peak RSS < ${GOALS.peakRssBytesAt100k / MB} MB at 100,000 docs`,
      measured:
        at100k === null
          ? "n/a"
          : `${at100k.toFixed(0)} MB ${measured100k ? "measured" : `extrapolated (linear, from ${points.slice(-2).map((p) => p.size).join(" and ")})`}`,
      met: at100k === null ? null : at100k < GOALS.peakRssBytesAt100k / MB,
    });
    if (mine.length >= 2) {
      const first = mine[0];
      const growth = largest.peakRssMB / first.peakRssMB;
      const sizeGrowth = largest.size / first.size;
      goals.push({
        goal: `${kind}: peak RSS grows less than linearly`,
        measured: `×${growth.toFixed(2)} RSS for ×${sizeGrowth.toFixed(1)} documents`,
        met: growth < sizeGrowth,
      });
    }
  }
  return goals;
}

const fmt = (n: number, d = 0) => (Number.isFinite(n) ? n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d }) : "∞");

export function formatReport(res: BenchResult): string {
  const out: string[] = [];
  out.push(`## Broadsheet benchmark`, "");
  out.push(
    `Machine: ${res.machine.cpus} × ${res.machine.model}, node ${res.machine.node}; load average at start ${res.machine.loadAverageAtStart.map((x) => x.toFixed(2)).join(" ")} (other work on the machine slows every figure).`,
    "",
  );
  out.push("### End to end", "");
  out.push("| kind | docs | system | s | wall s | CPU s | docs/s | words/s | docs/CPU s | peak RSS MB | articles | mentions | dates | note |");
  out.push("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const r of res.runs) {
    out.push(
      `| ${r.kind} | ${fmt(r.size)} | ${r.system} | ${fmt(r.seconds, 2)} | ${fmt(r.wallSeconds, 2)} | ${fmt(r.cpuSeconds, 1)} | ${fmt(r.docsPerSecond, 1)} | ${fmt(r.wordsPerSecond)} | ${fmt(r.docsPerCpuSecond, 1)} | ${fmt(r.peakRssMB)} | ${r.articles ?? ""} | ${r.mentions ?? ""} | ${r.dates ?? ""} | ${r.note} |`,
    );
  }
  if (res.ratios.length > 0) {
    out.push("", "### Broadsheet / baseline throughput", "");
    out.push("| kind | docs | docs/s ratio | docs per CPU s ratio |", "| --- | ---: | ---: | ---: |");
    for (const x of res.ratios) out.push(`| ${x.kind} | ${fmt(x.size)} | ${fmt(x.docsPerSecondRatio, 2)}× | ${fmt(x.docsPerCpuSecondRatio, 2)}× |`);
  }
  if (res.stages.length > 0) {
    out.push("", "### Per stage (in process, one thread)", "");
    out.push("| kind | docs | step | s | CPU s | docs/s | docs/CPU s | words/s | share |", "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const s of res.stages) {
      out.push(
        `| ${s.kind} | ${fmt(s.docs)} | ${s.step} | ${fmt(s.seconds, 2)} | ${fmt(s.cpuSeconds, 2)} | ${fmt(s.docsPerSecond, 1)} | ${fmt(s.docsPerCpuSecond, 1)} | ${fmt(s.wordsPerSecond)} | ${fmt(s.share * 100, 1)}% |`,
      );
    }
    for (const kind of new Set(res.stages.map((s) => s.kind))) {
      const slowest = res.stages.filter((s) => s.kind === kind).sort((a, b) => b.seconds - a.seconds)[0];
      out.push("", `Slowest step for ${kind}: **${slowest.step}** (${fmt(slowest.share * 100, 1)}% of the per-document time).`);
    }
  }
  if (res.goals.length > 0) {
    out.push("", "### Goals", "");
    out.push("| goal | measured | met |", "| --- | --- | --- |");
    for (const g of res.goals) out.push(`| ${g.goal} | ${g.measured} | ${g.met === null ? "?" : g.met ? "yes" : "**no**"} |`);
  }
  for (const p of res.profiles) out.push("", `### CPU profile: ${p.title}`, "", p.summary);
  return out.join("\n") + "\n";
}

export async function runBench(opts: BenchOptions, log: (line: string) => void): Promise<BenchResult> {
  if (!existsSync(opts.dataDir)) throw new Error(`data folder not found: ${opts.dataDir} (give --data DIR)`);
  const { json: _json, ...recorded } = opts;
  const res: BenchResult = {
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "?", node: process.version, loadAverageAtStart: loadavg() },
    options: recorded,
    runs: [],
    stages: [],
    ratios: [],
    goals: [],
    profiles: [],
  };
  const bodies = loadArticleBodies(opts.dataDir);
  for (const kind of opts.kinds) {
    const seeds = loadSeeds(opts.dataDir, kind);
    const pool = sentencePool(seeds, bodies);
    const sizes = opts.sizes[kind] ?? [];
    for (const [i, size] of sizes.entries()) {
      const work = mkdtempSync(join(tmpdir(), `bench-${kind}-${size}-`));
      try {
        log(`${kind} ${size}: building corpus in ${work}`);
        const corpus = writeCorpus(join(work, "in"), seeds, pool, size, { seed: opts.seed });
        log(`${kind} ${size}: ${fmt(corpus.bytes / MB, 1)} MB, ${fmt(corpus.words)} words; running broadsheet`);
        const pipeProf = opts.cpuProfDir && i === 0 ? join(opts.cpuProfDir, `${kind}-${size}-pipeline`) : undefined;
        if (pipeProf) mkdirSync(pipeProf, { recursive: true });
        const ours = await measureChild(
          "pipeline/launch.mjs",
          // A fresh, empty cache: a first run pays for writing it and never gets a hit.
          ["--in", corpus.dir, "--out", join(work, "out"), "--cache", join(work, "cache"), "--quiet", "--log", "json", ...opts.pipelineArgs],
          { cwd: ROOT, cpuProfDir: pipeProf },
        );
        if (pipeProf) {
          res.profiles.push({
            title: `whole pipeline run, ${kind} ${size} (all threads; profiling slows this run)`,
            summary: [formatSummary(summariseProfiles(readProfiles(pipeProf), ROOT)), "", "Per thread:", "", ...perThreadLines(pipeProf, ROOT)].join("\n"),
          });
        }
        // Exit 3 = finished with some rejects: still a complete run.
        const r = row(kind, corpus, "broadsheet", ours, [0, 3]);
        if (pipeProf) r.note = [r.note, "run under --cpu-prof"].filter(Boolean).join("; ");
        res.runs.push(r);
        log(`  broadsheet: ${fmt(r.docsPerSecond, 1)} docs/s, ${fmt(r.peakRssMB)} MB${r.note ? ` (${r.note})` : ""}`);
        for (const d of ["out", "cache"]) rmSync(join(work, d), { recursive: true, force: true });
        if (opts.baseline && size <= opts.baselineMax) {
          log(`${kind} ${size}: running baseline`);
          const base = await measureChild("bench/baseline.ts", ["--in", corpus.dir, "--out", join(work, "baseline")], { cwd: ROOT });
          const b = row(kind, corpus, "baseline", base, [0]);
          res.runs.push(b);
          log(`  baseline: ${fmt(b.docsPerSecond, 1)} docs/s, ${fmt(b.peakRssMB)} MB${b.note ? ` (${b.note})` : ""}`);
          if (r.ok && b.ok) res.ratios.push({
              kind,
              size,
              docsPerSecondRatio: r.docsPerSecond / b.docsPerSecond,
              docsPerCpuSecondRatio: b.docsPerCpuSecond > 0 ? r.docsPerCpuSecond / b.docsPerCpuSecond : 0,
            });
        }
        if (opts.stages && i === 0) {
          const limit = Math.min(size, opts.stageDocs);
          log(`${kind} ${size}: timing stages over ${limit} documents`);
          const profDir = opts.cpuProfDir ? join(opts.cpuProfDir, kind) : undefined;
          if (profDir) mkdirSync(profDir, { recursive: true });
          const st = await measureChild("bench/stages.ts", ["--in", corpus.dir, "--limit", String(limit)], { cwd: ROOT, cpuProfDir: profDir });
          if (st.code === 0 && st.report) {
            res.stages.push(...stageRows(kind, corpus, st.report as unknown as StageTimings));
            if (profDir) res.profiles.push({ title: `${kind} stages (bench/stages.ts, one thread)`, summary: formatSummary(summariseProfiles(readProfiles(profDir), ROOT)) });
          } else {
            log(`  stage timing failed (exit ${st.code}): ${st.stderr.trim().split("\n").slice(-3).join(" / ")}`);
          }
        }
      } finally {
        if (opts.keep) log(`  kept ${work}`);
        else rmSync(work, { recursive: true, force: true });
      }
    }
  }
  res.goals = evaluateGoals(res.runs, opts.kinds);
  return res;
}

async function main(argv: string[]): Promise<number> {
  let opts: BenchOptions;
  try {
    opts = parseBenchArgs(argv);
  } catch (err) {
    process.stderr.write(`bench: ${(err as Error).message}\n`);
    return 2;
  }
  const res = await runBench(opts, (line) => process.stderr.write(line + "\n"));
  process.stdout.write(formatReport(res));
  if (opts.json) {
    mkdirSync(dirname(resolve(opts.json)), { recursive: true });
    writeFileSync(opts.json, JSON.stringify(res, null, 2) + "\n");
    process.stderr.write(`bench: results written to ${opts.json}\n`);
  }
  // A run that failed (not a goal missed) is an error.
  return res.runs.every((r) => r.ok) ? 0 : 1;
}

if (invokedDirectly(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`bench: ${(err as Error).stack ?? err}\n`);
      process.exitCode = 1;
    },
  );
}
