/**
 * npm run bench:regex-probe: long runs of the characters the rule tables' regular expressions loop on, fed through
 * the whole per-document pipeline (processFile: load, clean, metadata, split, entities, dates) in each place a rule
 * reads them (a text dump's headline, byline line and body; an HTML page's title, paragraph, byline element, author
 * meta and <time>; a JSON record's text), at two sizes. Prints the slowest cases and each one's growth from n to 4n
 * characters in CPU time (linear: about 4; a super-linear pattern: 16 or more). Measures, never asserts
 * (test/hostile-patterns.test.ts pins the fixed families).
 *
 *   npm run bench:regex-probe [-- --n 20000 --families spaces,dots --top 15 --json FILE]
 *   npm run bench:regex-probe -- --families html --places html     unclosed tags, comments, quotes, CDATA, JSON-LD
 */
import { writeFileSync } from "node:fs";
import { processFile } from "../pipeline/document.ts";
import { stageView } from "../pipeline/steps.ts";
import { configOf } from "../schemas/config.ts";
import { proseSentences } from "./hostile.ts";
import { tagDates } from "../stages/dates/tag.ts";
import { splitSentences } from "../stages/split/sentences.ts";
import { isPageControl, looksLikeName, mayHoldDate, parseByline, parseDateline, parsePostMetaSentence } from "../stages/clean/text/header.ts";
import { isPersonName, nameBeforeJobTitle } from "../stages/clean/text/person.ts";
import { matchBoilerplate } from "../stages/clean/text/lexicon.ts";
import { matchResidue } from "../stages/clean/text/patterns.ts";
import { publisherOfDump } from "../stages/clean/text/publisher.ts";
import { stripEmphasis, withoutMarkdownLinks } from "../stages/clean/text/inline.ts";
import { rejoinHardWrapped, toLineUnits, unwrapLinks } from "../stages/clean/text/blocks.ts";
import { tokensOf } from "../stages/clean/text/classify.ts";
import { invokedDirectly } from "./files.ts";
import { readArgs } from "../eval/lib/args.ts";

/** The unit each family repeats (invented; what a rule's `+`, `*` or lazy loop consumes). */
export const FAMILIES: Record<string, string> = {
  spaces: " ",
  tabs: "\t ",
  dots: ".",
  "dot-letters": "a.",
  digits: "1",
  "digit-groups": "12/03 ",
  "digit-dots": "1.",
  capitals: "Varo ",
  "capital-letters": "A",
  initials: "A. ",
  "by-repeated": "By ",
  "by-names": "By Ann Lee, ",
  honorifics: "Mr. ",
  "no-punctuation": "word ",
  commas: ", ",
  colons: ":",
  hyphens: "-",
  dashes: "— ",
  pipes: "| ",
  quotes: '"',
  apostrophes: "'",
  brackets: "(",
  slashes: "/",
  ats: "a@",
  urls: "https://a.b/",
  months: "May ",
  "month-days": "May 1 ",
  years: "2020 ",
  "iso-stamps": "2020-01-01T",
  weekdays: "Monday ",
  updated: "Updated ",
  cjk: "新闻",
  "short-lines": "a\n",
  "blank-lines": "\n",
  // HTML-shaped runs (fifth audit), written raw into the page by the html-raw-* places: tags, comments, quotes and
  // sections that never close, each a family of truncated or hostile markup (a crawler cut the page off, a template
  // bug repeated an opening tag, a script or JSON-LD block that never ends), and what the HTML cleaner's own scans
  // (tag digests, comment and script stripping, attribute readers, JSON-LD parsing) loop on.
  "unclosed-article": "<article ",
  "unclosed-div": "<div ",
  "open-divs": "<div>",
  "open-paragraphs": "<p>a ",
  "open-links": '<a href="/x">a ',
  "unclosed-comments": "<!--",
  "unclosed-scripts": "<script",
  "open-scripts": "<script>a ",
  "attribute-quotes": '<div class="a ',
  "attribute-single-quotes": "<p title='a ",
  "unclosed-cdata": "<![CDATA[a ",
  "unclosed-jsonld": '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"A ',
  "jsonld-brackets": '{"a":[',
  "lt-signs": "< ",
  "end-tags": "</",
  "entities-unended": "&amp",
  // A hard-wrapped paragraph with no blank line in it (a book, log or archive dump): one printed line of about 68
  // characters, no sentence end, the next opening in lower case. The join of its lines must stay linear.
  "wrapped-lines": "the harbour board met again on monday to settle the budget for the well-\n",
};

/** The HTML-shaped families (see FAMILIES): the ones `--families html` runs. */
const HTML_FAMILIES = [
  "unclosed-article",
  "unclosed-div",
  "open-divs",
  "open-paragraphs",
  "open-links",
  "unclosed-comments",
  "unclosed-scripts",
  "open-scripts",
  "attribute-quotes",
  "attribute-single-quotes",
  "unclosed-cdata",
  "unclosed-jsonld",
  "jsonld-brackets",
  "lt-signs",
  "end-tags",
  "entities-unended",
] as const;

const body = proseSentences(10, 5).join(" ");
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const page = (head: string, article: string) =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><article><h1>Harbour works</h1>${article}<p>${body}</p><p>${body}</p></article></body></html>`;

/** Where a run goes: the input file's name and its bytes. */
export const PLACES: Record<string, (run: string) => [string, string]> = {
  "text-headline": (r) => ["a.txt", `${r}\n\n${body}\n\n${body}\n`],
  "text-byline": (r) => ["a.txt", `Harbour works\n${r}\n\n${body}\n\n${body}\n`],
  "text-body": (r) => ["a.txt", `Harbour works\n\n${body}\n\n${r}\n\n${body}\n`],
  "html-title": (r) => ["a.html", page(`<title>${esc(r)}</title>`, "")],
  "html-paragraph": (r) => ["a.html", page("", `<p>${esc(r)}</p>`)],
  "html-byline": (r) => ["a.html", page("", `<span class="byline">${esc(r)}</span>`)],
  "html-author-meta": (r) => ["a.html", page(`<meta name="author" content="${esc(r)}">`, "")],
  "html-time": (r) => ["a.html", page("", `<time datetime="${esc(r)}">${esc(r)}</time>`)],
  // The run as markup, unescaped: in the head, between the headline and the paragraphs, and before the article.
  "html-raw-head": (r) => ["a.html", page(r, "")],
  "html-raw-article": (r) => ["a.html", page("", r)],
  "html-raw-body": (r) => ["a.html", `<!doctype html><html><head><title>Harbour works</title></head><body>${r}<article><h1>Harbour works</h1><p>${body}</p><p>${body}</p></article></body></html>`],
  // A page cut off after the run (a crawler's truncated download): no ">" after it, so nothing closes what it opens.
  "html-raw-truncated": (r) => ["a.html", `<!doctype html><html><head><title>Harbour works</title></head><body><article><h1>Harbour works</h1><p>${body}</p><p>${body}</p>${r}`],
  "jsonl-text": (r) => ["a.jsonl", JSON.stringify({ id: "x", title: "Harbour works", text: `${body}\n\n${r}\n\n${body}` }) + "\n"],
};

/**
 * The rule functions themselves, on one line that is the run (no bound of the cleaner before them: stages/limits.ts
 * drops a block of long runs without spaces, so the whole pipeline never hands them some of these lines).
 */
const words = (r: string) => r.split(/\s+/).length;
export const CALLS: Record<string, (run: string) => unknown> = {
  "fn-tagDates": (r) => tagDates(`On ${r} it rained.`, "2020-05-01"),
  "fn-splitSentences": (r) => splitSentences(`${r} It rained.`),
  "fn-parseByline": (r) => parseByline(r),
  "fn-parseByline-by": (r) => parseByline(`By ${r}`),
  "fn-parseDateline": (r) => parseDateline(r),
  "fn-parsePostMetaSentence": (r) => parsePostMetaSentence(r),
  "fn-looksLikeName": (r) => looksLikeName(r),
  "fn-isPersonName": (r) => isPersonName(r),
  "fn-nameBeforeJobTitle": (r) => nameBeforeJobTitle(`${r} Editor`),
  "fn-mayHoldDate": (r) => mayHoldDate(r),
  "fn-isPageControl": (r) => isPageControl(r),
  "fn-matchBoilerplate": (r) => matchBoilerplate(r, words(r)),
  "fn-matchResidue": (r) => matchResidue(r, words(r)),
  "fn-publisherOfDump": (r) => publisherOfDump(`${r}\n\n${body}`),
  "fn-unwrapLinks": (r) => unwrapLinks(r),
  "fn-stripEmphasis": (r) => stripEmphasis(r),
  "fn-withoutMarkdownLinks": (r) => withoutMarkdownLinks(r),
  "fn-tokensOf": (r) => tokensOf(r),
  // (two blocks of the run: a wrapped document needs broken sentences in two blocks)
  "fn-rejoinHardWrapped": (r) => rejoinHardWrapped(toLineUnits(`${r}end.\n\n${r}end.`)),
};

export interface ProbeRow {
  family: string;
  place: string;
  n: number;
  ms: number;
  ms4: number;
  growth: number;
}

const ctx = stageView(configOf({}), undefined);
const cpuMs = (f: () => void): number => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const runOf = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

export function probe(family: string, place: string, n: number): ProbeRow {
  const time = (chars: number) => {
    const run = runOf(FAMILIES[family], chars);
    if (place in CALLS) return cpuMs(() => CALLS[place](run));
    const [name, text] = PLACES[place](run);
    const bytes = new TextEncoder().encode(text);
    return cpuMs(() => processFile(name, bytes, ctx, {}));
  };
  time(Math.min(n, 2_000)); // warm-up
  const ms = time(n);
  const ms4 = time(4 * n);
  return { family, place, n, ms, ms4, growth: ms4 / Math.max(ms, 1) };
}

async function main(): Promise<void> {
  const { values } = readArgs("npm run bench:regex-probe --", { options: { n: { type: "string", default: "20000" }, families: { type: "string" }, places: { type: "string" }, top: { type: "string", default: "15" }, json: { type: "string" } } });
  const n = Number(values.n);
  // `--families html`: the HTML-shaped ones; `--places html`: every place of an HTML page.
  const families = values.families?.split(",").flatMap((f) => (f === "html" ? HTML_FAMILIES : [f])) ?? Object.keys(FAMILIES);
  const htmlPlaces = Object.keys(PLACES).filter((p) => p.startsWith("html-"));
  const places = values.places?.split(",").flatMap((p) => (p === "html" ? htmlPlaces : [p])) ?? [...Object.keys(PLACES), ...Object.keys(CALLS)];
  const unknown = [...families.filter((f) => !(f in FAMILIES)), ...places.filter((p) => !(p in PLACES) && !(p in CALLS))];
  if (unknown.length) throw new Error(`unknown families or places: ${unknown.join(", ")}`);
  const rows: ProbeRow[] = [];
  for (const f of families) {
    for (const p of places) {
      const row = probe(f, p, n);
      rows.push(row);
      process.stderr.write(`${f} @ ${p}: ${row.ms.toFixed(0)} ms, ×4: ${row.ms4.toFixed(0)} ms (${row.growth.toFixed(1)}×)\n`);
    }
  }
  rows.sort((a, b) => b.ms4 - a.ms4);
  const lines = [`| family | place | CPU at ${n} chars | at ${4 * n} | growth |`, "|---|---|---:|---:|---:|"];
  for (const r of rows.slice(0, Number(values.top))) lines.push(`| ${r.family} | ${r.place} | ${r.ms.toFixed(0)} ms | ${r.ms4.toFixed(0)} ms | ${r.growth.toFixed(1)}× |`);
  const worst = rows.reduce((a, b) => (b.growth > a.growth && b.ms4 > 50 ? b : a), rows[0]);
  lines.push("", `largest growth (of cases over 50 ms): ${worst.family} @ ${worst.place}, ${worst.growth.toFixed(1)}×`);
  process.stdout.write(lines.join("\n") + "\n");
  if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 2) + "\n");
}

if (invokedDirectly(import.meta.url)) await main();
