/**
 * npm run eval:metadata [-- --fails N] [--fold A|A1|A2] [--set NAME] [--mode url|file|text|markdown] [--keep DIR] [--write-baseline] [--sources] [--author-kinds]
 *
 * Article metadata (published day, title, author, site) on ../shared/data/metadata-dev
 * (htmldate's and trafilatura's public evaluation pages, plus Readability's test pages;
 * see that folder's README for the gold and its noise).
 *
 * 1. the dataset's own prepare.mjs writes the pipeline inputs (url mode) into a temp dir;
 * 2. each input goes through the pipeline's own load → clean → split stages in-process
 *    (entities and dates are skipped: they do not touch the metadata), and the first
 *    article of each record is written as articles.jsonl (record_id, title, author,
 *    published, published_source, site);
 * 3. the dataset's own score.mjs scores it: once over all lines, then once per fold.
 *
 * Folds: every site (the gold's registrable `domain`; Readability's fakehost pages by id)
 * falls in fold A or B by a hash of its name. Rules were written looking only at the
 * failures of fold A; fold B is reported as held-out (sites no rule was written from).
 * Fold A's sites fall again in two halves A1 / A2 (another bit of the same hash): a threshold
 * or an ordering is chosen on one half and checked on the other (within-fold cross-validation),
 * so fold B stays unread. `--fails N` prints fold A's failures; `--fold A1` or `--fold A2` prints that half's only; fold B's are never printed.
 *
 * `--mode file`: the saved bytes with no address (`prepare.mjs --mode file`), how htmldate's
 * own evaluation calls a tool: no URL date, the page's charset read by Broadsheet itself.
 *
 * `--mode text`: each page rendered to a whole-page text dump the way users' scrapers save one
 * (eval/lib/text-dump.ts: html-to-text 9 with the options ../shared/data/extraction-dev used for its
 * `text/` dumps; script, style, noscript and template not rendered) and fed to the pipeline as
 * `<id>.txt`: no URL, no markup, no meta tags, so every field comes from the dump reader
 * (stages/clean/text.ts, text/header.ts, text/publisher.ts). Scored with the same scorer and folds.
 * `--mode markdown`: the same with whole-page Markdown (turndown 7 on linkedom, as extraction-dev's `markdown/`).
 *
 * --author-kinds: per fold (A1, A2, B), totals only (no name, no page): on pages with a gold author, how many are
 * exact, the right person in another form (extra words / missing words / partly overlapping), another person, or
 * missed, each by the source of the author; on "no author" pages, the spurious ones by source. Safe on fold B. In
 * text and Markdown mode the source is the dump rule that named the author (stages/clean/text/README.md, "Which rule
 * named the author"), e.g. "dateline-row" or "body-byline:name-comma".
 *
 * --sources: for fold A only, which source gave each author (json-ld, meta:author, byline, script…, see
 * stages/clean/html/metadata.ts; in text and Markdown mode the dump rule, as for --author-kinds) and how often each is
 * right, another name, or spurious on a "no author" page.
 *
 * Exits 1 when a figure falls below its floor in eval/baselines/metadata.json ("floors" for url mode,
 * "floors_text" for text mode; floors are edited by hand; --write-baseline records the url-mode figures under
 * "measured" only).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadBytes } from "../stages/load/index.ts";
import { processSource } from "../pipeline/steps.ts";
import { renderMarkdownDump, renderTextDump } from "./lib/text-dump.ts";
import { loadGold, metadataDevDir, preparePages, siteFold, type Gold } from "./lib/metadata-dev.ts";
import { EVAL_OPTIONS, readArgs } from "./lib/args.ts";

const { values: args } = readArgs("npm run eval:metadata --", {
  usage: "[--mode url|file|text|markdown] [--set NAME] [--fold A|B] [--fails N] [--keep DIR] [--sources] [--author-kinds] [--write-baseline]",
  options: {
    ...EVAL_OPTIONS,
    "author-kinds": { type: "boolean" },
    sources: { type: "boolean" },
    "write-baseline": { type: "boolean" },
    fails: { type: "string" },
    fold: { type: "string" },
    keep: { type: "string" },
    mode: { type: "string" },
    set: { type: "string" },
  },
});

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = metadataDevDir;
const baselinePath = join(here, "baselines/metadata.json");

const fails = args.fails;
const onlyFold = args.fold;
const onlySet = args.set;
const keep = args.keep;
const writeBaseline = args["write-baseline"] === true;
const mode = args.mode ?? "url";
const showSources = args.sources === true;
const showKinds = args["author-kinds"] === true;

const { lines: goldLines, gold } = loadGold();

/** The site's fold (eval/lib/metadata-dev.ts `siteFold`: a hash of the site name). */
function foldOf(g: Gold): "A" | "B" {
  return siteFold(g) === "B" ? "B" : "A";
}
/** The half of fold A a site falls in: for cross-validation inside fold A. */
function halfOfA(g: Gold): "A1" | "A2" | null {
  const f = siteFold(g);
  return f === "B" ? null : f;
}

const work = keep ?? mkdtempSync(join(tmpdir(), "broadsheet-meta-"));
const inDir = join(work, "in");
const prepareArgs: string[] = [];
if (onlySet) prepareArgs.push("--set", onlySet);
if (mode === "file") prepareArgs.push("--mode", "file");
const dumpMode = mode === "text" || mode === "markdown";
if (mode !== "url" && mode !== "file" && !dumpMode) {
  console.error(`unknown --mode ${mode} (url, file, text or markdown)`);
  process.exit(2);
}
// a dump mode renders prepare.mjs's decoded pages (html/) into inDir below
const htmlDir = join(work, "html");
preparePages(dumpMode ? htmlDir : inDir, prepareArgs);
const r0 = process.cpuUsage();
if (dumpMode) {
  // The decoded pages (prepare.mjs url mode) rendered once per saved page (a page in two sets is one file).
  const pageOf = new Map(gold.map((g) => [g.id, g.page]));
  const rendered = new Map<string, string>();
  mkdirSync(inDir, { recursive: true });
  for (const file of readdirSync(htmlDir).sort()) {
    const rec = JSON.parse(readFileSync(join(htmlDir, file), "utf8")) as { id: string; html: string };
    const page = pageOf.get(rec.id) ?? rec.id;
    let dump = rendered.get(page);
    if (dump === undefined) rendered.set(page, (dump = mode === "markdown" ? renderMarkdownDump(rec.html) : renderTextDump(rec.html)));
    // (a Markdown dump is written as .txt too: the loader reads .txt and .md alike, and score.mjs matches .txt names)
    writeFileSync(join(inDir, `${rec.id}.txt`), dump);
  }
}
const renderCpu = process.cpuUsage(r0);

// ---- the pipeline's per-document stages, in-process ----
const ctx = { skip: new Set(["entities", "dates"]) };
const lines: string[] = [];
const c0 = process.cpuUsage();
let rejected = 0;
for (const file of readdirSync(inDir).sort()) {
  const loaded = loadBytes(file, readFileSync(join(inDir, file)));
  if (!loaded.ok) {
    rejected++;
    continue;
  }
  for (const doc of loaded.docs) {
    let articles;
    try {
      articles = processSource(doc, ctx).articles;
    } catch {
      rejected++;
      continue;
    }
    for (const a of articles) {
      if (!a.text.trim()) continue; // the pipeline rejects an article with no text
      lines.push(
        JSON.stringify({
          record_id: mode !== "url" ? null : a.recordId,
          source: a.source,
          index_in_source: a.index,
          title: a.meta.title ?? null,
          author: a.meta.author ?? null,
          author_source: a.meta.author ? (a.meta.authorFrom ?? "text") : "none",
          published: a.meta.published ?? null,
          published_source: a.meta.publishedFrom ?? "none",
          site: a.meta.site ?? null,
        }),
      );
    }
  }
}
const cpu = process.cpuUsage(c0);
const articlesPath = join(work, "articles.jsonl");
writeFileSync(articlesPath, lines.join("\n") + "\n");

// ---- scoring, by the dataset's own scorer ----
interface SetFigures {
  date: { accuracy: number | null; precision: number | null; recall: number | null };
  title?: { exact: number; f90: number };
  author?: { exact: number; lenient: number };
  noAuthor?: { spurious: number; n: number; rate: number };
  site?: { accuracy: number };
}
type Figures = Record<string, SetFigures>;

function score(label: string, goldSubset: string[], showFails: boolean): Figures {
  const goldPath = join(work, `gold-${label}.jsonl`);
  writeFileSync(goldPath, goldSubset.join("\n") + "\n");
  const jsonPath = join(work, `score-${label}.json`);
  const sArgs = [join(dataDir, "score.mjs"), articlesPath, "--gold", goldPath, "--json", jsonPath];
  if (showFails && fails) sArgs.push("--fails", fails);
  const out = execFileSync(process.execPath, sArgs, { encoding: "utf8" });
  if (showFails && fails) console.log(out);
  return (JSON.parse(readFileSync(jsonPath, "utf8")) as { results: Figures }).results;
}

const f3 = (x: number | null | undefined): string => (x === null || x === undefined ? "  –  " : x.toFixed(3));
function report(label: string, r: Figures): void {
  for (const [set, s] of Object.entries(r)) {
    const parts = [`date ${f3(s.date.accuracy)}`];
    if (s.title) parts.push(`title ${f3(s.title.exact)} (F1≥0.9 ${f3(s.title.f90)})`);
    if (s.author) parts.push(`author ${f3(s.author.exact)} (lenient ${f3(s.author.lenient)})`);
    if (s.noAuthor) parts.push(`spurious ${s.noAuthor.spurious}/${s.noAuthor.n} (${(s.noAuthor.rate * 100).toFixed(1)}%)`);
    if (s.site) parts.push(`site ${f3(s.site.accuracy)}`);
    console.log(`${label.padEnd(9)} ${set.padEnd(11)} ${parts.join("  ")}`);
  }
}

const bySet = (g: Gold): boolean => !onlySet || g.set === onlySet;
// Failures are printed for one part of fold A only (fold A when --fold is not given): fold B's pages
// and gold are never printed, so the held-out half cannot be read by accident.
const failsFold = onlyFold ?? "A";
const all = score("all", goldLines.filter((_, i) => bySet(gold[i])), false);
const foldA = score("A", goldLines.filter((_, i) => bySet(gold[i]) && foldOf(gold[i]) === "A"), failsFold === "A");
const foldA1 = score("A1", goldLines.filter((_, i) => bySet(gold[i]) && halfOfA(gold[i]) === "A1"), failsFold === "A1");
const foldA2 = score("A2", goldLines.filter((_, i) => bySet(gold[i]) && halfOfA(gold[i]) === "A2"), failsFold === "A2");
const foldB = score("B", goldLines.filter((_, i) => bySet(gold[i]) && foldOf(gold[i]) === "B"), false);
const modeNote = mode === "file" ? " (file mode: saved bytes, no URL)" : dumpMode ? ` (${mode} mode: whole-page ${mode === "text" ? "text" : "Markdown"} dumps, no URL, no markup; rendering ${((renderCpu.user + renderCpu.system) / 1e6).toFixed(1)} CPU s)` : "";
console.log(`metadata-dev${modeNote}: ${lines.length} articles from ${readdirSync(inDir).length} inputs, ${rejected} rejected, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} CPU s`);
report("all", all);
report("fold A", foldA);
report("  A1", foldA1);
report("  A2", foldA2);
report("fold B *", foldB);
console.log("(fold A: the sites whose failures were read while writing rules; * fold B: held-out sites)");
if (showSources) authorSources();
if (showKinds) authorKinds();

/** Our first article of each page, by gold id, matched as score.mjs matches them (record_id, else the input's name). */
type Row = { record_id: string | null; source: string; index_in_source: number; author: string | null; author_source: string };
function firstArticles(): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const l of lines) {
    const r = JSON.parse(l) as Row;
    const id = r.record_id ?? basename(String(r.source ?? "")).replace(/\.(html?|jsonl|txt)$/i, "");
    const prev = out.get(id);
    if (!prev || r.index_in_source < prev.index_in_source) out.set(id, r);
  }
  return out;
}

/** Same name as the scorer sees it: the same set of name tokens (score.mjs). */
function sameName(a: string | string[] | null | undefined, b: string | string[] | null | undefined): boolean {
  const x = scoreTokens(a), y = scoreTokens(b);
  return x.size === y.size && [...x].every((t) => y.has(t));
}

/** --sources: per source of the author, on fold A's pages only: right, another name, spurious ("no author" pages). */
function authorSources(): void {
  const byId = firstArticles();
  const table = new Map<string, { right: number; other: number; spurious: number }>();
  for (const g of gold) {
    if (foldOf(g) !== "A" || !bySet(g) || (g.author === undefined && !g.no_author)) continue;
    const r = byId.get(g.id);
    if (!r?.author) continue;
    const key = `${g.set} ${r.author_source}`;
    const row = table.get(key) ?? { right: 0, other: 0, spurious: 0 };
    if (g.no_author) row.spurious++;
    else if (sameName(r.author, g.author)) row.right++;
    else row.other++;
    table.set(key, row);
  }
  console.log("fold A authors by source (right / another name / spurious on a 'no author' page):");
  for (const [k, v] of [...table].sort()) console.log(`  ${k.padEnd(36)} ${String(v.right).padStart(4)} ${String(v.other).padStart(4)} ${String(v.spurious).padStart(4)}`);
}

/** Name tokens exactly as score.mjs cuts them (a leading byline word, connectors and "by" dropped). */
function scoreTokens(v: string | string[] | null | undefined): Set<string> {
  if (v === null || v === undefined) return new Set();
  const s = (Array.isArray(v) ? v.join("; ") : v).replace(/\s+/g, " ").trim().toLowerCase().replace(/^(?:by|par|von|por|door|av|af|di|da|od|от)\b[\s:]*/u, "");
  const drop = new Set(["and", "und", "et", "y", "e", "i", "og", "en", "u", "by"]);
  return new Set((s.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !drop.has(w)));
}

/** --author-kinds: outcome kinds per fold, counts only (fold B's names and pages are never printed). */
function authorKinds(): void {
  const byId = firstArticles();
  for (const fold of ["A1", "A2", "B"]) {
    const kinds = new Map<string, number>();
    const add = (k: string): void => void kinds.set(k, (kinds.get(k) ?? 0) + 1);
    for (const g of gold) {
      if (g.set !== "trafilatura" || !bySet(g) || (fold === "B" ? foldOf(g) !== "B" : halfOfA(g) !== fold)) continue;
      const r = byId.get(g.id);
      const got = scoreTokens(r?.author);
      if (g.no_author) {
        if (got.size) add(`spurious (${r?.author_source})`);
        continue;
      }
      const want = scoreTokens(g.author);
      if (!want.size) continue;
      const shared = [...got].filter((t) => want.has(t)).length;
      if (!got.size) add("missed");
      else if (shared === want.size && shared === got.size) add(`exact (${r?.author_source})`);
      else if (!shared) add(`another person (${r?.author_source})`);
      else if (shared === want.size) add(`right person, extra words (${r?.author_source})`);
      else if (shared === got.size) add(`right person, missing words (${r?.author_source})`);
      else add(`partly the same words (${r?.author_source})`);
    }
    console.log(`author kinds, fold ${fold}${fold === "B" ? " (held out: counts only)" : ""}:`);
    for (const [k, v] of [...kinds].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))) console.log(`  ${String(v).padStart(4)}  ${k}`);
  }
}

// ---- floors ----
const baseline = existsSync(baselinePath) ? (JSON.parse(readFileSync(baselinePath, "utf8")) as Record<string, unknown>) : {};
// url mode is gated by "floors"; another mode by its own "floors_<mode>" table when the baseline has one (text mode:
// "floors_text"); file mode has none.
const floorsKey = mode === "url" ? "floors" : `floors_${mode}`;
const floors = baseline[floorsKey] as Record<string, Record<string, number>> | undefined;
let failed = false;
function check(set: string, key: string, value: number | null | undefined, floor: number | undefined, lowerIsBetter = false): void {
  if (floor === undefined || value === null || value === undefined) return;
  if (lowerIsBetter ? value > floor : value < floor) {
    console.error(`  FAIL ${set} ${key} ${value.toFixed(4)} ${lowerIsBetter ? ">" : "<"} floor ${floor}`);
    failed = true;
  }
}
if (!onlySet && floors) {
  for (const [set, f] of Object.entries(floors)) {
    const s = all[set];
    if (!s) continue;
    check(set, "date", s.date.accuracy, f.date);
    check(set, "title", s.title?.exact, f.title);
    check(set, "author", s.author?.exact, f.author);
    check(set, "spurious_rate", s.noAuthor?.rate, f.spurious_rate, true);
    check(set, "site", s.site?.accuracy, f.site);
  }
}
if (writeBaseline && mode === "url") {
  baseline.measured = { all, foldA, foldB };
  writeFileSync(baselinePath, JSON.stringify(baseline, null, 2) + "\n");
  console.log(`measured figures written to ${baselinePath} (floors unchanged)`);
}
if (!keep) rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
