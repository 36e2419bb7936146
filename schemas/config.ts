/**
 * The run's configuration: ONE zod-defined type, `Config`, resolved once by the
 * command line (defaults < broadsheet.config.yaml < flags, cli/config.ts) and
 * passed down as it is: the run (pipeline/), the writers (write/) and the
 * worker threads (sent once per thread: it is plain data) all read this type.
 * The stages read a narrow, read-only view derived from it once per run
 * (`StageContext`, stages/types.ts, made by `stageView` in pipeline/steps.ts).
 *
 * Declared here, at the bottom of the layout, so that every folder may import
 * it (test/layout.test.ts): per-site rules (`sites:`) are part of it, and they
 * are validated here (regexes compile, CSS selectors parse) so that a typo
 * fails the run before any document is read; stages/clean/site-rule-compile.ts
 * compiles them for the cleaner.
 */
import { load as loadHtml } from "cheerio/slim";
import iconv from "iconv-lite";
import { z } from "zod";

/**
 * The stages a user may switch off (`--skip NAME`, config `skip:`), by name: the one list the
 * command line, this schema and the pipeline read. `split` is not in it because it is what
 * makes articles. test/config.test.ts checks each name is a stage of pipeline/steps.ts.
 */
export const SKIPPABLE_STAGES = ["clean", "entities", "dates"] as const;

/** Output formats; all are written by default. */
export const FORMATS = ["jsonl", "csv", "yaml", "parquet"] as const;
export type Format = (typeof FORMATS)[number];

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

/** A non-empty string after trimming; `what` names it in the error. */
export const nonEmptyString = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, { error: `expected ${what}` });

/** `^Share` → /^Share/u ; `/^share/i` → /^share/iu. */
export function compileLinePattern(src: string): RegExp {
  const literal = /^\/(.+)\/([dgimsuvy]*)$/s.exec(src);
  const [source, flags] = literal ? [literal[1], literal[2]] : [src, ""];
  // g and y make .test() stateful across calls: a line would match only every other time.
  const clean = flags.replace(/[gy]/g, "");
  return new RegExp(source, clean.includes("u") || clean.includes("v") ? clean : clean + "u");
}

/**
 * A line pattern: a JavaScript regex source (`^Share this`), or a literal with
 * flags (`/^share this/i`). Compiled with the `u` flag added.
 */
const RegexSource = z.string({ error: "expected a regular expression (a string)" }).superRefine((src, ctx) => {
  try {
    compileLinePattern(src);
  } catch (err) {
    ctx.addIssue({ code: "custom", message: `not a valid regular expression: ${(err as Error).message}` });
  }
});

/** A CSS selector cheerio can run. */
const CssSelector = nonEmptyString("a CSS selector").superRefine((sel, ctx) => {
  try {
    loadHtml("<p></p>")(sel);
  } catch (err) {
    ctx.addIssue({ code: "custom", message: `not a valid CSS selector: ${(err as Error).message}` });
  }
});

/** `example.com`, `news.example.co.uk`, `*.example.com`, `example.*`: letters, digits, dots, hyphens and `*`/`?` wildcards. */
const SitePattern = nonEmptyString("a host name or glob").refine((s) => /^[\p{L}\p{N}.*?-]+$/u.test(s), {
  error: "expected a host name or glob such as example.com or *.example.com (no scheme, path or port)",
});

/**
 * A charset label as iconv-lite compares them: lower case, everything but letters and digits dropped, so `ISO_8859-1`,
 * `latin-1` and `Latin1` are one label, and so are `utf-8`, `utf_8` and `UTF8`. Alias tables are keyed on this form
 * (stages/load/decode.ts), or a label iconv accepts could miss its alias and be read in a near charset.
 */
export function charsetKey(label: string): string {
  return label.toLowerCase().replace(/[^0-9a-z]/g, "");
}

/** Names iconv-lite accepts that are byte codecs, not charsets of text (charsetKey form). */
const NOT_CHARSETS = new Set(["base64", "base64url", "hex", "binary"]);
/** UTF-7 (charsetKey form): turns every `+` run of ordinary text into other characters; browsers refuse it. */
const UTF7 = new Set(["utf7", "unicode11utf7", "utf7imap"]);

const CHARSET_EXAMPLES = "expected a name such as utf-8, windows-1252, windows-1254, iso-8859-2, koi8-r, shift_jis or gbk";

/**
 * Why `label` cannot be the charset of input files (config `input_encoding`, `--input-encoding`), or null when it names
 * a text charset the loader can decode (stages/load/decode.ts decodeBytes): a WHATWG or iconv-lite label such as utf-8,
 * windows-1254, iso-8859-9, koi8-r, shift_jis, in any case and punctuation.
 */
export function charsetLabelProblem(label: string): string | null {
  const key = charsetKey(label);
  if (UTF7.has(key)) return `"${label}" is not accepted: UTF-7 reads every "+" in ordinary text as the start of other characters (${CHARSET_EXAMPLES})`;
  return key !== "" && !NOT_CHARSETS.has(key) && iconv.encodingExists(key) ? null : `unknown charset "${label}" (${CHARSET_EXAMPLES})`;
}

/** True when `label` names a text charset the loader can decode (charsetLabelProblem). */
export function knownCharsetLabel(label: string): boolean {
  return charsetLabelProblem(label) === null;
}

/** Per-site rules as data (config `sites:`): they only ADD to the generic cleaning rules. */
export const SiteRuleSchema = z.strictObject({
  site: SitePattern,
  /** Lines (text) or blocks (HTML) whose text matches one of these are removed. */
  drop_lines: z.array(RegexSource, { error: "expected a list of regular expressions" }).optional(),
  /** HTML only: elements matching these selectors are removed before extraction. */
  drop_selectors: z.array(CssSelector, { error: "expected a list of CSS selectors" }).optional(),
  /** HTML only: where the title is, when the generic title rules get it wrong. */
  title_selector: CssSelector.optional(),
});
export type SiteRule = z.infer<typeof SiteRuleSchema>;

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
  /** Worker threads for the per-document stages: "auto" (runtime/pool.ts defaultWorkerCount), or N (0 = in the main thread). */
  workers: z
    .union([z.literal("auto"), boundedInt("workers", WORKERS)], { error: WORKERS })
    .default("auto"),
  /**
   * Per-document time budget in milliseconds (enforced with workers; CPU time of the worker thread where Linux gives it,
   * at most 5 budgets of wall-clock time: runtime/pool.ts chargedMs): a runaway document is stopped and rejected.
   */
  time_budget_ms: boundedInt("time_budget_ms").default(60_000),
  /** Incremental cache folder; null (or false) disables it. */
  cache: z
    .union([nonEmptyString("a folder path"), z.null(), z.literal(false).transform(() => null)], {
      error: "expected a folder path, or null to disable the cache",
    })
    .default(".broadsheet-cache"),
  max_document_bytes: boundedInt("max_document_bytes").default(20_000_000),
  /**
   * The charset of input files that declare none (no byte-order mark, no `<meta charset>` or XML encoding): read in it
   * instead of detected. null: detected (UTF-8, else a legacy charset the detector is sure of, else Windows-1252).
   */
  input_encoding: nonEmptyString("a charset name such as utf-8 or windows-1254, or null")
    .toLowerCase()
    .refine(knownCharsetLabel, {
      when: (payload) => (payload.issues ?? []).length === 0, // an empty name is said once
      error: (issue) => charsetLabelProblem(String(issue.input)) ?? `unknown charset "${String(issue.input)}"`,
    })
    .nullable()
    .default(null),
  csv_formula_guard: z.boolean({ error: "expected true or false" }).default(true),
  /** Read files that symlinks under the input folder point to outside it (default: rejected with a reason). */
  follow_external_links: z.boolean({ error: "expected true or false" }).default(false),
  sites: z.array(SiteRuleSchema, { error: "expected a list of site rules" }).default([]),
});
/** The run's configuration, read-only wherever it is passed. */
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

/** The defaults, as a Config. */
export function defaultConfig(): Config {
  return ConfigSchema.parse({});
}

/** A Config from some of its keys, the rest defaulted and everything validated (tests, scripts). */
export function configOf(keys: z.input<typeof ConfigSchema>): Config {
  return ConfigSchema.parse(keys);
}
