/**
 * The report's sections about the articles (report-insights.ts gathers their
 * data): what changed since the last run, articles per site, metadata
 * coverage, languages and stage notices, top entities over time, and the
 * article list with the undated articles. Every data string goes through
 * escapeHtml; the page links only to its own anchors.
 */
import type { ReportInsights } from "./report-insights.ts";
import { MISSING_BECAUSE } from "./report-insights.ts";
import { barChart, cmp, escapeHtml, num, table, timeBuckets } from "./report.ts";
import { reportFiles, type ReportFiles } from "./report-files.ts";

/** Site rows shown (the rest are summed in a note). */
const MAX_SITE_ROWS = 200;

const pct = (k: number, n: number) => (n > 0 ? `${((100 * k) / n).toFixed(1)} %` : "—");

export function changesSection(ins: ReportInsights | undefined, counts: Record<string, number>): string {
  const head = `<section id="changes"><h2>What changed since the last run</h2>`;
  const c = ins?.changes;
  if (!c) return `${head}<p class="empty">No previous run in this output folder to compare with.</p></section>`;
  const keys = ["inputs", "articles", "mentions", "entities", "dates", "rejects"];
  const delta = (k: string) => {
    const d = (counts[k] ?? 0) - (c.previousCounts[k] ?? 0);
    return d === 0 ? "±0" : d > 0 ? `+${num(d)}` : `−${num(-d)}`;
  };
  const samples = (["added", "changed", "removed"] as const)
    .filter((k) => c.samples[k].length)
    .map((k) => `<details><summary>${escapeHtml(k)} inputs (${num(c[k])})</summary><ul>${c.samples[k].map((p) => `<li><code>${escapeHtml(p)}</code></li>`).join("")}</ul>${c[k] > c.samples[k].length ? `<p class="note">… and ${num(c[k] - c.samples[k].length)} more.</p>` : ""}</details>`)
    .join("\n");
  return `${head}
<p>Previous run: broadsheet ${escapeHtml(c.previousVersion)}.${c.fingerprintChanged ? " <b>The code, configuration or stage versions changed since then</b>, so every input was processed again." : " Same code and configuration."}</p>
<div class="cards">${[
    ["inputs added", c.added],
    ["inputs changed", c.changed],
    ["inputs removed", c.removed],
    ["inputs unchanged", c.unchanged],
  ]
    .map(([k, v]) => `<div class="card"><b>${num(Number(v))}</b><span>${escapeHtml(String(k))}</span></div>`)
    .join("")}</div>
${table(
  [{ label: "count" }, { label: "before", numeric: true }, { label: "now", numeric: true }, { label: "change" }],
  keys.map((k) => [k, c.previousCounts[k] ?? 0, counts[k] ?? 0, delta(k)]),
)}
${samples}</section>`;
}

/** The one file to read every article from: the articles table, else the first file in discovery order. */
const allArticles = (files: ReportFiles): string => files.table("articles") ?? files.articleFiles[0]!.file;

export function sitesSection(ins: ReportInsights | undefined, files: ReportFiles = reportFiles()): string {
  if (!ins || ins.sites.length === 0) return `<section id="sites"><h2>Articles per site</h2><p class="empty">No articles.</p></section>`;
  const rows = [...ins.sites].sort((a, b) => b.articles - a.articles || cmp(a.site ?? "", b.site ?? ""));
  const shown = rows.slice(0, MAX_SITE_ROWS);
  const rest = rows.slice(MAX_SITE_ROWS).reduce((n, r) => n + r.articles, 0);
  return `<section id="sites"><h2>Articles per site</h2>
<p><input type="search" placeholder="filter sites" data-filter="sites-table" aria-label="filter sites"></p>
${table(
  [{ label: "site" }, { label: "articles", numeric: true }, { label: "undated", numeric: true }, { label: "no author", numeric: true }, { label: "first day" }, { label: "last day" }],
  shown.map((r) => [r.site ?? "(unknown site)", r.articles, r.undated, r.noAuthor, r.first, r.last]),
  ' id="sites-table"',
)}
${rest ? `<p class="note">… and ${num(rows.length - shown.length)} more sites with ${num(rest)} articles (${allArticles(files)} has them all).</p>` : ""}</section>`;
}

export function coverageSection(ins: ReportInsights | undefined): string {
  if (!ins || ins.articles === 0) return `<section id="coverage"><h2>Metadata coverage</h2><p class="empty">No articles.</p></section>`;
  const rows = ins.coverage.map((c) => {
    const kinds = c.byKind.filter((k) => k.missing > 0);
    const where = kinds.map((k) => `${k.kind}: ${k.missing} of ${k.of}`).join("; ");
    const why = kinds.map((k) => MISSING_BECAUSE[k.kind]?.[c.field]).filter(Boolean).join(" · ");
    return `<tr><td><code>${escapeHtml(c.field)}</code></td><td class="num" data-v="${c.missing}">${num(c.missing)}</td><td class="num" data-v="${c.missing / ins.articles}">${pct(c.missing, ins.articles)}</td><td>${escapeHtml(where || "—")}</td><td class="why">${escapeHtml(why)}</td></tr>`;
  });
  return `<section id="coverage"><h2>Metadata coverage</h2>
<p class="note">How many of the ${num(ins.articles)} articles lack each field, by the kind of input they came from, and why such an input usually lacks it.</p>
<table class="sortable"><thead><tr><th>field</th><th class="num">missing</th><th class="num">share</th><th>by input kind</th><th>why</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table></section>`;
}

export function languagesSection(ins: ReportInsights | undefined): string {
  if (!ins) return "";
  const unknown = ins.articles - ins.languages.reduce((n, [, k]) => n + k, 0);
  const langs = table(
    [{ label: "language" }, { label: "articles", numeric: true }],
    [...ins.languages.map(([l, n]) => [l, n] as [string, number]), ...(unknown > 0 ? [["(unknown: text too short)", unknown] as [string, number]] : [])],
  );
  const notices = ins.notices.length
    ? table(
        [{ label: "stage" }, { label: "notice" }, { label: "language" }, { label: "articles", numeric: true }],
        [...ins.notices].sort((a, b) => cmp(a.stage, b.stage) || cmp(a.rule, b.rule) || cmp(a.language ?? "", b.language ?? "")).map((n) => [n.stage, n.rule, n.language, n.articles]),
      )
    : `<p class="empty">No stage skipped or degraded on a language.</p>`;
  return `<section id="languages"><h2>Languages</h2>${langs}
<h3>Stages and languages</h3><p class="note">The entity model and the date rules are built for English. On other languages the date stage still runs (numeric dates are found) and says so; the entity stage runs on Latin-script text and says so, and skips other scripts.</p>
${notices}</section>`;
}

export function entityTimelineSection(ins: ReportInsights | undefined): string {
  const series = ins?.entityTimeline ?? [];
  if (series.length === 0) return `<section id="entity-timeline"><h2>Top entities over time</h2><p class="empty">No entities.</p></section>`;
  // One shared time axis for every entity: the union of their dated days, bucketed like the other charts.
  const all = series.flatMap((s) => s.days.filter(([d]) => d !== "undated"));
  const shared = timeBuckets(all, false);
  const blocks = series.map((s) => {
    const mine = timeBuckets(s.days.filter(([d]) => d !== "undated"), false);
    const byLabel = new Map(mine.unit === shared.unit ? mine.buckets.map((b) => [b.label, b.count]) : []);
    const buckets = shared.buckets.map((b) => ({ label: b.label, count: byLabel.get(b.label) ?? 0 }));
    const undated = s.days.find(([d]) => d === "undated")?.[1] ?? 0;
    const total = s.days.reduce((n, [, k]) => n + k, 0);
    return `<div class="etl"><h3>${escapeHtml(s.name)} <span class="note">${escapeHtml(s.type)} · ${num(total)} mentions${undated ? ` · ${num(undated)} in undated articles` : ""}</span></h3>${barChart(buckets, `${s.name} mentions by ${shared.unit}`, 90)}</div>`;
  });
  return `<section id="entity-timeline"><h2>Top entities over time</h2>
<p class="note">Mentions of the ${series.length} most mentioned entities, by the publication ${shared.unit} of their article (same axis for all).</p>
${blocks.join("\n")}</section>`;
}

function articleRows(rows: ReportInsights["listed"], anchors: boolean, files: ReportFiles): string {
  return rows
    .map((a) => {
      // The page makes no link out (it is self-contained and loads nothing): the original URL is shown as text to copy.
      const link = `${escapeHtml(a.title ?? "(no title)")}${a.url ? `<br><span class="note url">${escapeHtml(a.url)}</span>` : ""}`;
      const date = a.published ? escapeHtml(a.published) : `<span class="badge">undated</span>`;
      const id = anchors ? ` id="a-${escapeHtml(a.article_id)}"` : "";
      return `<tr${id}><td class="num" data-v="${a.row}"><a href="#a-${escapeHtml(a.article_id)}" title="${files.articleFiles.map((f) => `${f.unit} ${a.row} of ${f.file}`).join(", ")}">${num(a.row)}</a></td><td>${link}</td><td>${escapeHtml(a.site ?? "—")}</td><td>${date}</td><td>${escapeHtml(a.language ?? "—")}</td><td><code>${escapeHtml(a.article_id)}</code><br><span class="note">${escapeHtml(a.source)}</span></td></tr>`;
    })
    .join("\n");
}

export function articlesSection(ins: ReportInsights | undefined, files: ReportFiles = reportFiles()): string {
  if (!ins || ins.articles === 0) return `<section id="articles"><h2>Articles</h2><p class="empty">No articles.</p></section>`;
  const head = `<thead><tr><th class="num">row</th><th>title</th><th>site</th><th>published</th><th>lang</th><th>article_id · source</th></tr></thead>`;
  const more = ins.articles - ins.listed.length;
  const undatedInList = ins.listed.filter((a) => !a.published);
  const undatedAll = [...undatedInList, ...ins.undatedListed];
  const undatedMore = ins.undated - undatedAll.length;
  return `<section id="articles"><h2>Articles</h2>
<p class="note">In the order of ${files.articleFiles.map((f) => f.file).join(" and ")}: "row" is ${files.articleFiles.map((f) => `the ${f.unit} of ${f.file}${f.file.endsWith(".csv") ? " (after the header)" : ""}`).join(" and ")}; the article_id is the key ${files.table("articles") ? "in every table" : "of every record"}.${more > 0 ? ` The first ${num(ins.listed.length)} of ${num(ins.articles)} are listed.` : ""}</p>
<p><input type="search" placeholder="filter articles" data-filter="articles-table" aria-label="filter articles"></p>
<table class="sortable" id="articles-table">${head}<tbody>
${articleRows(ins.listed, true, files)}
</tbody></table>
<h3 id="undated">Undated articles (${num(ins.undated)})</h3>
${
  ins.undated === 0
    ? `<p class="empty">Every article has a publication date.</p>`
    : `<p class="note">These have no publication date, so they are not in the charts by day; they are still in every table (published is empty).</p>
<table class="sortable">${head}<tbody>
${articleRows(undatedAll, false, files)}
</tbody></table>${undatedMore > 0 ? `<p class="note">… and ${num(undatedMore)} more undated articles (${allArticles(files)}, published empty).</p>` : ""}`
}</section>`;
}
