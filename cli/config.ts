/**
 * broadsheet.config.yaml: the run's settings as data, validated by a zod
 * schema, with errors that name the file and the bad key
 * (`broadsheet.config.yaml: concurrency: expected an integer from 1 to 1024`).
 *
 * Precedence: built-in defaults < the config file < command-line flags.
 * Per-site rules (`sites:`) only ADD to the generic cleaning rules; they are
 * validated here (regexes compile, CSS selectors parse) so a typo fails the
 * run before any document is read, not halfway through.
 */
import { existsSync, readFileSync } from "node:fs";
import YAML from "yaml";
import { z } from "zod";
import type { RunOptions } from "../pipeline/run.ts";
import { nonEmptyString, SiteRuleSchema } from "../stages/clean/site-rule-schema.ts";
import { SKIPPABLE_STAGES } from "../stages/skippable.ts";

// The site-rule schema and compiler live with the cleaner that applies them (stages/clean/site-rule-schema.ts).
export { compileLinePattern, compileSiteRules, siteMatches, siteRulesFor, SiteRuleSchema, type CompiledSiteRule, type SiteRule } from "../stages/clean/site-rule-schema.ts";

/** The file the CLI looks for in the working directory when no --config is given. */
export const DEFAULT_CONFIG_FILE = "broadsheet.config.yaml";

/** Output formats; all are written by default. */
export const FORMATS = ["jsonl", "csv", "yaml", "parquet"] as const;
export type Format = (typeof FORMATS)[number];

/** Formats the writers can produce. */
export const WRITABLE_FORMATS: ReadonlySet<Format> = new Set(FORMATS);

/** Stages a user may switch off: one list, in stages/skippable.ts. */
export { SKIPPABLE_STAGES };


/**
 * Ranges of the numeric settings, for the file and the flags alike. Beyond
 * them a value harms the machine or the run instead of tuning it: a thread
 * each (--workers 1000 exhausts memory), a document each in flight, Node's
 * timer limit (a budget over 2^31-1 ms overflows to 1 ms and rejects every
 * document), and Node's largest single file read.
 */
export const BOUNDS = {
  concurrency: { min: 1, max: 1024 },
  workers: { min: 0, max: 64 },
  time_budget_ms: { min: 1, max: 2_147_483_647 },
  max_document_bytes: { min: 1, max: 1_073_741_824 },
  /** --limit N (flag only): inputs to process. */
  limit: { min: 1, max: 1_000_000_000 },
} as const;
export type BoundedKey = keyof typeof BOUNDS;
const WORKERS = `expected "auto" or an integer from ${BOUNDS.workers.min} to ${BOUNDS.workers.max}`;

/** "expected an integer from 1 to 1024" */
export const rangeText = (key: BoundedKey) => `expected an integer from ${BOUNDS[key].min} to ${BOUNDS[key].max}`;
const boundedInt = (key: BoundedKey, error = rangeText(key)) => {
  return z.number({ error }).int({ error }).min(BOUNDS[key].min, { error }).max(BOUNDS[key].max, { error });
};
export const ConfigSchema = z.strictObject({
  /** Folder of raw inputs, relative to the working directory. */
  inputs: nonEmptyString("a folder path").default("raw"),
  /** Output folder; replaced atomically when a run succeeds. */
  output: nonEmptyString("a folder path").default("out"),
  formats: z
    .array(z.enum(FORMATS, { error: `expected one of ${FORMATS.join(", ")}` }), { error: "expected a list of formats" })
    .min(1, { error: "expected at least one format" })
    .default(["jsonl", "csv", "yaml", "parquet"]),
  skip: z
    .array(z.enum(SKIPPABLE_STAGES, { error: `expected one of ${SKIPPABLE_STAGES.join(", ")}` }), { error: "expected a list of stage names" })
    .default([]),
  concurrency: boundedInt("concurrency").default(4),
  /** Worker threads for the per-document stages: "auto" (the CLI's default count), or N (0 = in the main thread). */
  workers: z
    .union([z.literal("auto"), boundedInt("workers", WORKERS)], { error: WORKERS })
    .default("auto"),
  /** Per-document time budget in milliseconds (enforced with workers): a runaway document is stopped and rejected. */
  time_budget_ms: boundedInt("time_budget_ms").default(60_000),
  /** Incremental cache folder; null (or false) disables it. */
  cache: z
    .union([nonEmptyString("a folder path"), z.null(), z.literal(false).transform(() => null)], {
      error: "expected a folder path, or null to disable the cache",
    })
    .default(".broadsheet-cache"),
  max_document_bytes: boundedInt("max_document_bytes").default(20_000_000),
  csv_formula_guard: z.boolean({ error: "expected true or false" }).default(true),
  /** Read files that symlinks under the input folder point to outside it (default: rejected with a reason). */
  follow_external_links: z.boolean({ error: "expected true or false" }).default(false),
  sites: z.array(SiteRuleSchema, { error: "expected a list of site rules" }).default([]),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Command-line values that override the file. `undefined` means "flag not given". */
export interface ConfigFlags {
  inputs?: string;
  output?: string;
  formats?: readonly Format[];
  skip?: Iterable<string>;
  concurrency?: number;
  workers?: number | "auto";
  time_budget_ms?: number;
  /** null: --no-cache. */
  cache?: string | null;
  max_document_bytes?: number;
  csv_formula_guard?: boolean;
  follow_external_links?: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(problems.map((p) => `${file}: ${p}`).join("\n"));
    this.name = "ConfigError";
  }
}

/** The defaults, as a Config. */
export function defaultConfig(): Config {
  return ConfigSchema.parse({});
}

/** `sites[2].drop_lines[0]` from a zod path. */
function keyPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      const where = keyPath(issue.path);
      const known = knownKeysAt(issue.path);
      for (const k of issue.keys) {
        const key = where ? `${where}.${k}` : k;
        lines.push(`${key}: unknown key${known ? ` (expected one of ${known.join(", ")})` : ""}`);
      }
      continue;
    }
    lines.push(`${keyPath(issue.path) || "(top level)"}: ${issue.message}`);
  }
  return lines;
}

function knownKeysAt(path: readonly PropertyKey[]): string[] | null {
  if (path.length === 0) return Object.keys(ConfigSchema.shape);
  if (path[0] === "sites" && path.length === 2) return Object.keys(SiteRuleSchema.shape);
  return null;
}

/** Validate plain data (already parsed from YAML) as a Config. `file` names the origin in errors. */
export function parseConfig(data: unknown, file = DEFAULT_CONFIG_FILE): Config {
  // An empty file parses to null: that means "all defaults".
  const r = ConfigSchema.safeParse(data ?? {});
  if (!r.success) throw new ConfigError(file, describeIssues(r.error.issues));
  return r.data;
}

/** Read and validate a config file. Throws ConfigError (message names the file and the key) on any problem. */
export function loadConfig(path: string): Config {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new ConfigError(path, [`cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`]);
  }
  const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      path,
      doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return `${pos ? `line ${pos.line}, column ${pos.col}: ` : ""}invalid YAML: ${e.message.split("\n")[0]}`;
      }),
    );
  }
  return parseConfig(doc.toJS(), path);
}

/** loadConfig when the file exists, else the defaults (for the implicit ./broadsheet.config.yaml). */
export function loadConfigIfPresent(path: string = DEFAULT_CONFIG_FILE): Config {
  return existsSync(path) ? loadConfig(path) : defaultConfig();
}

/**
 * Flags override the file, key by key. A list flag (`--skip`) replaces the
 * file's list rather than adding to it, so a flag can also switch a stage back
 * on (`--skip ""` is not needed: give the list you want). The result is
 * validated again, so a bad flag value fails with the same wording.
 */
export function mergeConfig(fileConfig: Config, flags: ConfigFlags): Config {
  const merged: Record<string, unknown> = { ...fileConfig };
  for (const [k, v] of Object.entries(flags)) {
    if (v === undefined) continue;
    merged[k] = k === "skip" || k === "formats" ? [...(v as Iterable<string>)] : v;
  }
  return parseConfig(merged, "command line");
}

/** The effective configuration as YAML (for --print-config); loadConfig reads it back to the same Config. */
export function printConfig(config: Config): string {
  const ordered = ConfigSchema.parse(config); // canonical key order, defaults filled
  // YAML 1.1 output quotes `no`, `on`, `yes`... so older readers do not turn them into booleans.
  const body = YAML.stringify(ordered, { version: "1.1", lineWidth: 0 });
  return `# broadsheet effective configuration (defaults < ${DEFAULT_CONFIG_FILE} < flags)\n${body}`;
}

/**
 * The options runPipeline takes, from a Config (sites/formats are passed
 * separately until run.ts accepts them). `autoWorkers` is what `workers: auto`
 * means (the CLI passes defaultWorkerCount() from ./pool.ts; not imported here
 * so that loading a config does not load the stages).
 */
export function runOptionsFrom(config: Config, autoWorkers = 0): Omit<RunOptions, "onFile" | "shard"> {
  return {
    inDir: config.inputs,
    outDir: config.output,
    skip: new Set(config.skip),
    concurrency: config.concurrency,
    maxBytes: config.max_document_bytes,
    workers: config.workers === "auto" ? autoWorkers : config.workers,
    timeBudgetMs: config.time_budget_ms,
    cacheDir: config.cache,
    csvFormulaGuard: config.csv_formula_guard,
    followExternalLinks: config.follow_external_links,
  };
}

/** Formats named in the config that no writer produces yet (the CLI should refuse them with a usage error). */
export function unsupportedFormats(config: Config): Format[] {
  return config.formats.filter((f) => !WRITABLE_FORMATS.has(f));
}
