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
import { ConfigSchema, defaultConfig, FORMATS, SiteRuleSchema, type Config, type Format } from "../schemas/config.ts";

// The schema is declared at the bottom of the layout (schemas/config.ts) so the run, the writers and the
// workers all read the one Config type; re-exported here for the command line's readers.
export { BOUNDS, ConfigSchema, configOf, compileLinePattern, defaultConfig, FORMATS, charsetLabelProblem, knownCharsetLabel, rangeText, SiteRuleSchema, SKIPPABLE_STAGES, type BoundedKey, type Config, type Format, type SiteRule } from "../schemas/config.ts";
export { compileSiteRules, siteMatches, siteRulesFor, type CompiledSiteRule } from "../stages/clean/site-rule-compile.ts";

/** The file the CLI looks for in the working directory when no --config is given. */
export const DEFAULT_CONFIG_FILE = "broadsheet.config.yaml";

/** Formats the writers can produce. */
export const WRITABLE_FORMATS: ReadonlySet<Format> = new Set(FORMATS);

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
  input_encoding?: string;
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

/** Formats named in the config that no writer produces yet (the CLI should refuse them with a usage error). */
export function unsupportedFormats(config: Config): Format[] {
  return config.formats.filter((f) => !WRITABLE_FORMATS.has(f));
}
