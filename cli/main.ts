/**
 * Command line: flags, progress, summary, exit codes.
 *
 * Exit codes:
 *   0  every input became articles
 *   1  the run failed (nothing was written; the previous output folder is untouched)
 *   2  usage error (bad flag or value)
 *   3  the run finished and wrote its outputs, but some inputs or records were rejected (see tables/rejects.csv)
 */
import { parseArgs } from "node:util";
import { BOUNDS, charsetLabelProblem, loadConfig, loadConfigIfPresent, rangeText, type BoundedKey, mergeConfig, printConfig, unsupportedFormats, type Config, type ConfigFlags } from "./config.ts";
import { defaultWorkerCount } from "../runtime/pool.ts";
import { createProgress } from "./progress.ts";
import { OutputRefused } from "../runtime/output-dir.ts";
import { runMerge, runPipeline, type RunSummary } from "../pipeline/run.ts";
import type { Notice } from "../stages/types.ts";
import { isSizeLimitCut } from "../pipeline/document.ts";
import { unknownOptionMessage } from "./suggest.ts";
import { dryRun, formatDryRunLine } from "./dry-run.ts";
import { stdinAsFolder } from "./stdin.ts";
import { SKIPPABLE } from "../pipeline/steps.ts";
import { VERSION } from "../runtime/version.ts";
import { reportFiles } from "../write/report-files.ts";

export const EXIT = { ok: 0, failed: 1, usage: 2, rejects: 3 } as const;

const HELP = `broadsheet ${VERSION}: raw scraped news pages → clean, tagged, validated datasets

Usage: npm run pipeline -- [options]
       npm run pipeline -- merge --out DIR PARTIAL_DIR...

Options:
  --config FILE        settings file (default: ./broadsheet.config.yaml when present); flags override it
  --print-config       print the effective configuration (defaults < file < flags) and exit
  --in DIR             input folder (default: raw/); "-" reads JSON Lines from standard input
  --out DIR            output folder (default: out/); replaced atomically when the run succeeds. Only a new or
                       empty folder or a previous Broadsheet output is accepted, never one that is, holds or is in --in
  --format F           write only these formats: jsonl, csv, yaml, parquet (repeatable or comma-separated; default: all)
  --no-parquet         do not write the Parquet files (tables/*.parquet, articles.parquet)
  --skip STAGE         switch a stage off: ${[...SKIPPABLE].join(", ")} (repeatable or comma-separated)
  --concurrency N      documents processed at once (default: 4)
  --workers N          worker threads for the per-document stages (default: ${defaultWorkerCount()}; 0 = in this thread)
  --time-budget MS     per-document time budget in ms (CPU time of its worker thread, at most 5 times that in
                       wall-clock time); a runaway document is stopped and rejected (default: 60000)
  --max-bytes N        per-document size cap in bytes (default: 20000000)
  --input-encoding CS  charset of the input files that declare none, e.g. windows-1254 (default: detected;
                       a byte-order mark, <meta charset> or XML encoding in a file still wins)
  --cache DIR          incremental cache folder (default: .broadsheet-cache); unchanged inputs are not reprocessed
  --no-cache           process every input again
  --shard I/N          process only shard I of N (0-based, by content hash) and write a partial to --out;
                       then \`merge\` the N partials (CI matrix, Kubernetes Indexed Job: I = $JOB_COMPLETION_INDEX)
  --follow-external-links  read files that symlinks under --in point to outside it (default: rejected)
  --no-csv-guard       do not prefix spreadsheet-formula-looking CSV cells with '
  --limit N            process only the first N inputs (in discovery order): try a corpus quickly
  --dry-run            list what would be read, rejected (with the reason) or skipped; run nothing, write nothing
  --quiet              print nothing but errors
  --debug              trace every diagnostic (stage, rule, input, message) on stderr, one line each
  --log FORMAT         summary as "text" (default) or "json"
  --version            print the version
  --help               this text

Examples:
  npm run pipeline
  npm run pipeline -- --in ~/scrapes/2017-01 --out /tmp/syria --concurrency 8
  npm run pipeline -- --skip clean          # inputs are already clean: keep their text byte for byte
  npm run -s pipeline -- --skip entities,dates --log json   # -s: no npm banner on stdout
  npm run pipeline -- --in ~/scrapes --dry-run --limit 50   # what would be read, rejected, skipped
  cat export.jsonl | npm run pipeline -- --in - --out /tmp/export
  npm run pipeline -- --shard 0/3 --out parts/0   # on three machines: 0/3, 1/3, 2/3
  npm run pipeline -- merge --out out parts/0 parts/1 parts/2

Exit codes: 0 all inputs processed, 1 run failed (out/ untouched), 2 usage error, 3 done with rejects.
`;

class UsageError extends Error {}

/** What the command line says: flags actually given (undefined = not given), the command, output options. */
export interface CliOptions {
  command: "run" | "merge";
  partials: string[];
  configPath: string | null;
  printConfig: boolean;
  shard?: { index: number; count: number };
  quiet: boolean;
  /** Print every diagnostic as a trace line on stderr (formatDiagnostic). */
  debug?: boolean;
  log: "text" | "json";
  flags: ConfigFlags;
  dryRun?: boolean;
  limit?: number;
  noParquet?: boolean;
}

/** Every flag (without dashes), for --help, the README synopsis test and "did you mean". */
export const CLI_OPTIONS = {
  in: { type: "string" },
  out: { type: "string" },
  config: { type: "string" },
  "print-config": { type: "boolean" },
  format: { type: "string", multiple: true },
  "no-parquet": { type: "boolean" },
  skip: { type: "string", multiple: true },
  concurrency: { type: "string" },
  "max-bytes": { type: "string" },
  "input-encoding": { type: "string" },
  workers: { type: "string" },
  "time-budget": { type: "string" },
  cache: { type: "string" },
  "no-cache": { type: "boolean" },
  shard: { type: "string" },
  "no-csv-guard": { type: "boolean" },
  "follow-external-links": { type: "boolean" },
  limit: { type: "string" },
  "dry-run": { type: "boolean" },
  quiet: { type: "boolean" },
  debug: { type: "boolean" },
  log: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

export function parseCli(argv: string[]): CliOptions | "help" | "version" {
  const { values, positionals } = parseArgs({ args: argv, options: CLI_OPTIONS, strict: true, allowPositionals: true });
  if (values.help) return "help";
  if (values.version) return "version";
  const [command = "run", ...partials] = positionals;
  if (command !== "run" && command !== "merge") throw new UsageError(`unknown command: ${command} (expected "merge" or none)`);
  if (command === "run" && partials.length) throw new UsageError(`unexpected argument: ${partials[0]}`);
  if (command === "merge" && partials.length === 0) throw new UsageError("merge: give the partial folders written by --shard runs");
  // Flags of a run that `merge` has no use for: refused, never silently ignored (a `merge --dry-run` listed raw/).
  if (command === "merge") {
    const runOnly = (["in", "dry-run", "shard", "limit", "input-encoding"] as const).filter((f) => values[f] !== undefined);
    if (runOnly.length) throw new UsageError(`merge: --${runOnly[0]} applies to a run, not to merge (merge reads the partial folders it is given)`);
  }
  const list = (v: string[] | undefined) => (v === undefined ? undefined : v.flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean));
  const skip = list(values.skip);
  for (const s of skip ?? []) {
    if (!SKIPPABLE.has(s)) throw new UsageError(`--skip ${s}: not a stage that can be switched off (choose from ${[...SKIPPABLE].join(", ")})`);
  }
  // Ranges come from the config's table (BOUNDS), so the file and the flags agree.
  const integer = (flag: string, v: string | undefined, key: BoundedKey) => {
    if (v === undefined) return undefined;
    const { min, max } = BOUNDS[key];
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new UsageError(`--${flag} ${v}: ${rangeText(key)}`);
    return Number(v);
  };
  const encoding = values["input-encoding"];
  const encodingProblem = encoding === undefined ? null : charsetLabelProblem(encoding);
  if (encodingProblem) {
    throw new UsageError(`--input-encoding ${encoding}: ${encodingProblem}`);
  }
  let shard: CliOptions["shard"];
  if (values.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(values.shard);
    if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) throw new UsageError(`--shard ${values.shard}: expected I/N with 0 ≤ I < N`);
    shard = { index: Number(m[1]), count: Number(m[2]) };
  }
  const log = values.log ?? "text";
  if (log !== "text" && log !== "json") throw new UsageError(`--log ${log}: expected "text" or "json"`);
  return {
    command,
    partials,
    configPath: values.config ?? null,
    printConfig: values["print-config"] ?? false,
    shard,
    quiet: values.quiet ?? false,
    debug: values.debug ?? false,
    log,
    dryRun: values["dry-run"] ?? false,
    limit: integer("limit", values.limit, "limit"),
    noParquet: values["no-parquet"] ?? false,
    flags: {
      inputs: values.in,
      output: values.out,
      formats: list(values.format) as ConfigFlags["formats"],
      skip,
      concurrency: integer("concurrency", values.concurrency, "concurrency"),
      max_document_bytes: integer("max-bytes", values["max-bytes"], "max_document_bytes"),
      input_encoding: encoding,
      workers: integer("workers", values.workers, "workers"),
      time_budget_ms: integer("time-budget", values["time-budget"], "time_budget_ms"),
      cache: values["no-cache"] ? null : values.cache,
      csv_formula_guard: values["no-csv-guard"] ? false : undefined,
      follow_external_links: values["follow-external-links"] || undefined,
    },
  };
}

/** Defaults < config file < flags. */
export function effectiveConfig(o: CliOptions): Config {
  const file = o.configPath ? loadConfig(o.configPath) : loadConfigIfPresent();
  const merged = mergeConfig(file, o.flags);
  const config = o.noParquet ? { ...merged, formats: merged.formats.filter((f) => f !== "parquet") } : merged;
  const unsupported = unsupportedFormats(config);
  if (unsupported.length) throw new UsageError(`formats: ${unsupported.join(", ")} cannot be written yet (choose from jsonl, csv, yaml)`);
  return config;
}

/** One --debug trace line: stage, rule, input (and record), message; tab-separated, one diagnostic a line. */
export function formatDiagnostic(n: Notice): string {
  const where = n.record_id ? `${n.input}#${n.record_id}` : n.input;
  return `broadsheet: debug\t${n.stage}\t${n.rule}\t${where}\t${n.message.replace(/[\r\n\t]+/g, " ")}`;
}

/** A warning line (a size limit that cut a document): input (and record), message; one line. */
export function formatWarning(n: Notice): string {
  const where = n.record_id ? `${n.input}#${n.record_id}` : n.input;
  return `broadsheet: warning: ${where}: ${n.message.replace(/[\r\n\t]+/g, " ")}`;
}

/** The end-of-run lines; the rejects file named is one the run wrote (a `--format jsonl` run has no tables/, so report.html). */
function formatSummary(s: RunSummary, formats: readonly string[]): string {
  if (s.unchanged) return `broadsheet: nothing changed since the last run (${s.inputs} inputs); ${s.outDir} kept as it is; ${s.seconds.toFixed(2)} s`;
  const lines = [
    `broadsheet: ${s.inputs} inputs read, ${s.processed} processed, ${s.rejected} rejected`,
    `  ${s.articles} articles written, ${s.mentions} mentions of ${s.entities} entities, ${s.dates} dates, ${s.removed} blocks removed`,
    `  ${s.rejects} rejects${s.rejects ? ` (${reportFiles(formats).table("rejects") ?? "report.html"})` : ""}; ${s.cached} inputs from the cache; ${s.seconds.toFixed(2)} s; output in ${s.outDir}`,
  ];
  for (const r of s.rejectRows.slice(0, 10)) lines.push(`  rejected ${r.input}${r.record_id ? `#${r.record_id}` : ""}: ${r.reason}`);
  if (s.rejectRows.length > 10) lines.push(`  … and ${s.rejectRows.length - 10} more`);
  return lines.join("\n");
}

/** A refused --in, --out or --cache is a usage error (exit 2), found before any work; anything else failed the run (exit 1). */
function reportFailure(err: unknown, failed: string): number {
  if (err instanceof OutputRefused) process.stderr.write(`broadsheet: ${err.message}\nTry --help.\n`);
  else process.stderr.write(`broadsheet: ${failed}: ${(err as Error).message}\n`);
  return err instanceof OutputRefused ? EXIT.usage : EXIT.failed;
}

export async function main(argv: string[]): Promise<number> {
  let o: CliOptions;
  let config: Config;
  try {
    const parsed = parseCli(argv);
    if (parsed === "help") {
      process.stdout.write(HELP);
      return EXIT.ok;
    }
    if (parsed === "version") {
      process.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    o = parsed;
    config = effectiveConfig(o);
  } catch (err) {
    process.stderr.write(`broadsheet: ${unknownOptionMessage(err, Object.keys(CLI_OPTIONS)) ?? (err as Error).message}\nTry --help.\n`);
    return EXIT.usage;
  }
  if (o.printConfig) {
    process.stdout.write(printConfig(config));
    return EXIT.ok;
  }
  // --in -: JSON Lines from standard input, copied to a private folder for the run (cli/stdin.ts).
  const stdin = config.inputs === "-" && o.command === "run" ? await stdinAsFolder() : null;
  if (stdin) config = { ...config, inputs: stdin.dir };
  // The configuration is resolved (defaults < file < flags): from here on it is passed down as it is.
  const control = { shard: o.shard, limit: o.limit };
  if (o.dryRun) {
    try {
      const t = await dryRun(config, control, (line) => process.stdout.write(formatDryRunLine(line) + "\n"));
      process.stdout.write(`broadsheet: dry run: ${t.read} would be read, ${t.reject} rejected, ${t.skip} skipped; nothing was written\n`);
      return EXIT.ok;
    } catch (err) {
      // What the run would refuse (an --in it may not read, an --out or --cache it may not use): refused the same way.
      return reportFailure(err, "dry run failed");
    } finally {
      stdin?.cleanup();
    }
  }
  const progress = createProgress({ quiet: o.quiet, log: o.log });
  let summary: RunSummary;
  try {
    const onFile = (input: string, done: number) => progress.tick(done, input);
    // The bar gets its total (and so an ETA) once discovery has counted the inputs.
    const onTotal = (total: number) => progress.start(total);
    // --debug: each input's diagnostics as it arrives (in discovery order), and nothing without it.
    // Without it, only the warnings that a size limit left part of a document unread (none with --quiet or --log json).
    const onNotices = o.debug
      ? (notices: readonly Notice[]) => { for (const n of notices) process.stderr.write(formatDiagnostic(n) + "\n"); }
      : !o.quiet && o.log === "text"
        ? (notices: readonly Notice[]) => { for (const n of notices) if (isSizeLimitCut(n)) process.stderr.write((progress.mode === "tty" ? "\r\x1b[K" : "") + formatWarning(n) + "\n"); }
        : undefined;
    summary = o.command === "merge" ? await runMerge(o.partials, config, { ...control, onFile, onNotices }) : await runPipeline(config, { ...control, onFile, onTotal, onNotices });
    progress.finish(true);
  } catch (err) {
    progress.finish(false);
    return reportFailure(err, "run failed, previous output left untouched");
  } finally {
    stdin?.cleanup();
  }
  if (o.log === "json") {
    const { rejectRows, ...rest } = summary;
    process.stdout.write(JSON.stringify({ ...rest, rejects_sample: rejectRows.slice(0, 20) }) + "\n");
  } else if (!o.quiet) {
    process.stderr.write(formatSummary(summary, config.formats) + "\n");
  }
  if (o.shard) {
    if (!o.quiet && o.log === "text") {
      process.stderr.write(`broadsheet: shard ${o.shard.index}/${o.shard.count}: ${summary.inputs} inputs processed into ${summary.outDir}; run \`merge\` over all shards\n`);
    }
    return EXIT.ok;
  }
  return summary.rejects > 0 ? EXIT.rejects : EXIT.ok;
}

const invokedDirectly = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) {
  // Ends the process (see launch.mjs): nothing left scheduled by a failed run may keep it alive.
  main(process.argv.slice(2)).then((code) => process.stdout.write("", () => process.exit(code)));
}
