/**
 * npm run eval:clean-silver [-- --min-words N] [--losses]
 *
 * A proxy for unseen sites, for the text-dump cleaner. `npm run eval:clean` has only 91 pages, and
 * its development folds hold almost none of the failures its held-out folds show. The 793 saved pages of
 * ../shared/data/metadata-dev (many more sites, several languages) have no gold article text, but the HTML extractor
 * scores 0.99 F1 on the benchmark's held-out sites: its body of each page is the SILVER reference. Each page is
 * rendered to a whole-page dump with the renderers of `npm run eval:metadata -- --mode text|markdown`
 * (eval/lib/text-dump.ts: html-to-text as extraction-dev's `text/` dumps, turndown as its `markdown/` dumps), the text
 * cleaner runs on the dump, and its body is scored against the silver body with the benchmark's metric.
 *
 * The figures measure agreement with the HTML extractor, not truth (the two disagree where the HTML extractor keeps a
 * caption, a tag row or a teaser, or where the dump prints text the DOM hides), so only CHANGES matter: a text rule is
 * judged by how it moves them. Folds are those of eval:metadata (by site): A1 and A2 may be read while writing rules,
 * B only as totals. Pages whose silver body has fewer than `--min-words` (80) words are left out (the HTML extractor
 * found no article). Not a CI gate (no floors): it renders about 800 pages twice (about a minute of CPU).
 *
 * `--losses`: the silver lines the text cleaner removed, grouped by rule and reason (eval/lib/losses.ts), for the pages
 * of folds A1 and A2 only (fold B is never listed), per renderer.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractHtml } from "../stages/clean/html.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { loadGold, preparePages, siteFold } from "./lib/metadata-dev.ts";
import { bodyText, metricsOf, shingleMatch, tokenize, type PageScore } from "./lib/shingles.ts";
import { renderMarkdownDump, renderTextDump } from "./lib/text-dump.ts";
import { EVAL_OPTIONS, readArgs } from "./lib/args.ts";
import { printLosses, type LossPage } from "./lib/losses.ts";

const { values: args } = readArgs("npm run eval:clean-silver --", { usage: "[--min-words N] [--losses]", options: { ...EVAL_OPTIONS, "min-words": { type: "string" }, losses: { type: "boolean" } } });

const minWords = Number(args["min-words"] ?? 80);

const { gold } = loadGold();
const byId = new Map(gold.map((g) => [g.id, g]));

const work = mkdtempSync(join(tmpdir(), "broadsheet-silver-"));
try {
  // The pages decoded as a scraper would (the dataset's own prepare.mjs, url mode: one JSON record per page).
  preparePages(work);
  const scores: Record<"text" | "markdown", Record<string, PageScore[]>> = { text: { A1: [], A2: [], B: [] }, markdown: { A1: [], A2: [], B: [] } };
  const losses: Record<"text" | "markdown", LossPage[]> = { text: [], markdown: [] };
  const seen = new Set<string>();
  let pages = 0;
  for (const file of readdirSync(work).sort()) {
    for (const line of readFileSync(join(work, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as { id: string; url?: string; html: string };
      const g = byId.get(rec.id);
      if (!g || seen.has(g.page)) continue; // a page in two sets is scored once
      seen.add(g.page);
      const silver = bodyText(extractHtml(rec.html, { url: rec.url ?? g.url, crawledAt: null }));
      if (tokenize(silver).length < minWords) continue;
      pages++;
      const fold = siteFold(g);
      for (const mode of ["text", "markdown"] as const) {
        const result = cleanTextDump(mode === "text" ? renderTextDump(rec.html) : renderMarkdownDump(rec.html));
        const output = bodyText(result);
        scores[mode][fold].push(shingleMatch(silver, output));
        if (args.losses && fold !== "B") losses[mode].push({ label: rec.url ?? g.url, reference: silver, output, removed: result.removed });
      }
    }
  }
  const fmt = (s: PageScore[]) => {
    const m = metricsOf(s);
    return `P=${m.precision.toFixed(4)} R=${m.recall.toFixed(4)} F1=${m.f1.toFixed(4)} (${s.length})`;
  };
  console.log(`${pages} pages with a silver body of ${minWords}+ words (HTML extractor's body as the reference)`);
  for (const mode of ["text", "markdown"] as const) {
    const f = scores[mode];
    console.log(`${mode.padEnd(8)} A1 ${fmt(f.A1)} | A2 ${fmt(f.A2)} | B* ${fmt(f.B)}`);
    if (args.losses) printLosses(losses[mode]);
  }
  console.log("(agreement with the HTML extractor, not truth: compare runs; * fold B: totals only)");
} finally {
  rmSync(work, { recursive: true, force: true });
}
