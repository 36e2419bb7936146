/**
 * Per-site rules (broadsheet.config.yaml `sites:`), compiled for the cleaner
 * (stages/clean/site-rules.ts applies them). Their schema, which validates them
 * when the configuration is read, is part of the run's configuration
 * (schemas/config.ts).
 */
import { compileLinePattern, type SiteRule } from "../../schemas/config.ts";

export { compileLinePattern };

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
