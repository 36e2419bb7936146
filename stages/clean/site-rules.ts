/**
 * Per-site rules (from broadsheet.config.yaml `sites:`): they only add to the
 * generic cleaning. Lines or blocks matching `drop_lines` are removed with rule
 * id `site/<site>`; HTML elements matching `drop_selectors` are removed before
 * extraction; `title_selector` names the headline when generic rules miss it.
 */
import * as cheerio from "cheerio/slim";
import type { Document } from "domhandler";
import { posix } from "node:path";
import type { CompiledSiteRule } from "./site-rule-compile.ts";
import { siteRulesFor } from "./site-rule-compile.ts";
import { lineEndAt } from "../common/lines.ts";
import type { CleanResult, RemovedBlock, SourceDoc } from "../types.ts";

/** The host a document's site rules are looked up by: its URL, its site, else its top folder (one site per folder). */
export function ruleHost(doc: SourceDoc): string | null {
  if (doc.given.url) {
    try {
      return new URL(doc.given.url).hostname;
    } catch {
      // not a URL
    }
  }
  if (doc.given.site) return doc.given.site;
  const top = doc.source.split("/")[0];
  return top && top !== posix.basename(doc.source) ? top : null;
}

export function rulesFor(doc: SourceDoc, rules: readonly CompiledSiteRule[] | undefined): CompiledSiteRule[] {
  return rules?.length ? siteRulesFor(rules, ruleHost(doc)) : [];
}

/**
 * Text dumps: drop matching lines before the generic cleaner sees them. A line ends at LF, CRLF or a lone CR
 * (stages/common/lines.ts lineEndAt, as the story cutter reads them): a record's text keeps the line ends it was written
 * with, and a rule must drop the same lines of a CRLF or classic Mac OS export as of its LF copy. Kept lines keep their
 * own line ends.
 */
export function dropTextLines(text: string, rules: CompiledSiteRule[]): { text: string; removed: RemovedBlock[] } {
  if (!rules.some((r) => r.dropLines.length)) return { text, removed: [] };
  const removed: RemovedBlock[] = [];
  let kept = "";
  let lastDropped = false;
  for (let start = 0, i = 0; start <= text.length; i++) {
    const brk = i === text.length ? 1 : lineEndAt(text, i);
    if (brk === 0) continue;
    const line = text.slice(start, i);
    const rule = line.trim() === "" ? undefined : rules.find((r) => r.dropLines.some((re) => re.test(line.trim())));
    // (a dropped line takes its line end with it; the text's last line has none)
    if (rule) removed.push({ text: line.trim(), rule: `site/${rule.site}`, reason: "matches a drop_lines rule of the site" });
    else kept += text.slice(start, Math.min(text.length, i + brk));
    lastDropped = rule !== undefined && i === text.length;
    start = i + brk;
    i = start - 1;
  }
  // The text's last line dropped: the line kept before it is now the last, and ends with no line end either.
  if (lastDropped) kept = kept.replace(/(?:\r\n|\r|\n)$/, "");
  return { text: kept, removed };
}

/**
 * HTML: remove elements matching drop_selectors from the page's DOM (in place,
 * the DOM the extractor then reads: the page is parsed once); read title_selector.
 */
export function applyHtmlSelectors(dom: Document, rules: CompiledSiteRule[]): { removed: RemovedBlock[]; title: string | null } {
  const selectors = rules.flatMap((r) => r.dropSelectors.map((sel) => ({ sel, site: r.site })));
  const titleSel = rules.find((r) => r.titleSelector)?.titleSelector ?? null;
  if (!selectors.length && !titleSel) return { removed: [], title: null };
  const $ = cheerio.load(dom, { xml: { xmlMode: false, decodeEntities: true } });
  const removed: RemovedBlock[] = [];
  for (const { sel, site } of selectors) {
    $(sel).each((_, el) => {
      const text = $(el).text().replace(/\s+/g, " ").trim();
      if (text) removed.push({ text, rule: `site/${site}`, reason: `matches the drop_selectors rule ${sel}` });
      $(el).remove();
    });
  }
  const title = titleSel ? $(titleSel).first().text().replace(/\s+/g, " ").trim() || null : null;
  return { removed, title };
}

/** HTML and text alike: drop kept blocks whose text matches drop_lines. */
export function dropBlocks(result: CleanResult, rules: CompiledSiteRule[]): CleanResult {
  if (!rules.some((r) => r.dropLines.length)) return result;
  const removed = [...result.removed];
  const blocks = result.blocks.filter((b) => {
    const rule = rules.find((r) => r.dropLines.some((re) => re.test(b.text)));
    if (!rule) return true;
    removed.push({ text: b.text, rule: `site/${rule.site}`, reason: "matches a drop_lines rule of the site" });
    return false;
  });
  return { ...result, blocks, removed };
}
