/**
 * Per-site rules as data (broadsheet.config.yaml `sites:`): the zod schema that
 * validates them (regexes compile, CSS selectors parse, so a typo fails the run
 * before any document is read) and their compiled form the cleaner applies
 * (stages/clean/site-rules.ts). Declared here, below the command line that
 * reads the file, so that no stage imports the command line.
 */
import { load as loadHtml } from "cheerio/slim";
import { z } from "zod";

/** A non-empty string after trimming; `what` names it in the error. */
export const nonEmptyString = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, { error: `expected ${what}` });

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

// ---------------------------------------------------------------------------
// Site rules, compiled for the stages.

/** `^Share` → /^Share/u ; `/^share/i` → /^share/iu. */
export function compileLinePattern(src: string): RegExp {
  const literal = /^\/(.+)\/([dgimsuvy]*)$/s.exec(src);
  const [source, flags] = literal ? [literal[1], literal[2]] : [src, ""];
  // g and y make .test() stateful across calls: a line would match only every other time.
  const clean = flags.replace(/[gy]/g, "");
  return new RegExp(source, clean.includes("u") || clean.includes("v") ? clean : clean + "u");
}

/** `*.example.com` matches `news.example.com` (any labels), not `example.com`; `example.com` matches itself and `www.example.com`. */
export function siteMatches(pattern: string, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  const p = pattern.toLowerCase().replace(/\.$/, "");
  if (!/[*?]/.test(p)) return h === p || h === `www.${p}`;
  const re = new RegExp(`^${p.replace(/[.+^${}()|[\]\\-]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, "u");
  return re.test(h);
}

export interface CompiledSiteRule {
  site: string;
  dropLines: RegExp[];
  dropSelectors: string[];
  titleSelector: string | null;
}

export function compileSiteRules(rules: readonly SiteRule[]): CompiledSiteRule[] {
  return rules.map((r) => ({
    site: r.site,
    dropLines: (r.drop_lines ?? []).map(compileLinePattern),
    dropSelectors: r.drop_selectors ?? [],
    titleSelector: r.title_selector ?? null,
  }));
}

/** Every rule whose site pattern matches the host, in file order (several may apply: a glob and an exact host). */
export function siteRulesFor(rules: readonly CompiledSiteRule[], host: string | null | undefined): CompiledSiteRule[] {
  if (!host) return [];
  return rules.filter((r) => siteMatches(r.site, host));
}
