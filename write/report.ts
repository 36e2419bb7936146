/**
 * out/report.html: one self-contained page about a run (inline CSS, inline
 * SVG charts drawn here, one small inline script for sorting and filtering).
 *
 * Safety: every piece of text from the data (titles of sites, reject reasons,
 * entity names...) goes through `escapeHtml`; data is never placed inside the
 * script or the style. A Content-Security-Policy allows only this page's own
 * script (by hash) and inline styles, and no network at all, so even an
 * escaping bug could not run injected script or make the page call out.
 *
 * Deterministic: no timestamps, no locale-dependent sorting or formatting.
 */
import { createHash } from "node:crypto";
import type { ReportInput, TimeValues } from "./report-data.ts";
import { articlesSection, changesSection, coverageSection, entityTimelineSection, languagesSection, sitesSection } from "./report-sections.ts";
import { reportFiles } from "./report-files.ts";
import { daysInMonth } from "../stages/common/calendar.ts";

export type { ReportCounts, ReportInput, TimeValues } from "./report-data.ts";
export { ReportCollector } from "./report-data.ts";

/** How many rejects are listed one by one (all are summarised by stage and reason). */
const MAX_REJECT_ROWS = 500;
/** Entities shown per type. */
const TOP_ENTITIES = 15;
/** Most buckets a time chart may have before it switches to a coarser unit. */
const MAX_BUCKETS = 400;

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text → HTML text or attribute value (quoted). Also drops characters HTML forbids (NUL, lone surrogates stay as U+FFFD). */
export function escapeHtml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "\uFFFD")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Code-unit comparison: the same order on every machine (localeCompare depends on the ICU locale). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 1234567 → "1 234 567" (thin space; no locale). */
export function num(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u2009");
}

// ---------------------------------------------------------------------------
// Time buckets (UTC calendar arithmetic only).

type Unit = "day" | "month" | "year";
interface Bucket {
  label: string;
  count: number;
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;
const MONTH = /^(\d{4})-(\d{2})(?:$|-)/;
const YEAR = /^(\d{4})(?:$|-)/;

interface Ymd {
  y: number;
  m: number;
  d: number | null;
}

function parseIso(v: string, needDay: boolean): Ymd | null {
  const full = FULL_DATE.exec(v);
  if (full) {
    const [y, m, d] = [Number(full[1]), Number(full[2]), Number(full[3])];
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
    return { y, m, d };
  }
  if (needDay) return null;
  const month = MONTH.exec(v);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return m >= 1 && m <= 12 ? { y, m, d: null } : null;
  }
  const year = YEAR.exec(v);
  return year ? { y: Number(year[1]), m: 0, d: null } : null;
}

function dayNumber(p: Ymd): number {
  const t = new Date(0);
  t.setUTCFullYear(p.y, p.m - 1, p.d ?? 1);
  return Math.floor(t.getTime() / 86_400_000);
}

function dayLabel(n: number): string {
  const t = new Date(n * 86_400_000);
  return `${String(t.getUTCFullYear()).padStart(4, "0")}-${String(t.getUTCMonth() + 1).padStart(2, "0")}-${String(t.getUTCDate()).padStart(2, "0")}`;
}

/**
 * Count values per day, month or year, the finest unit that keeps the chart
 * under MAX_BUCKETS, gaps filled with zeros. Values less precise than the unit
 * chosen (a bare "2017" on a monthly chart) are counted in `imprecise`.
 */
export function timeBuckets(values: TimeValues, needDay: boolean): { unit: Unit; buckets: Bucket[]; imprecise: number; invalid: number } {
  const parsed: (Ymd & { n: number })[] = [];
  let invalid = 0;
  for (const entry of values) {
    const [v, n] = typeof entry === "string" ? [entry, 1] : entry;
    const p = parseIso(v, needDay);
    if (p) parsed.push({ ...p, n });
    else invalid += n;
  }
  const days = parsed.filter((p) => p.d !== null);
  const months = parsed.filter((p) => p.m > 0);
  // A loop, not Math.max(...xs): spreading 100,000s of values overflows the call stack.
  const spanOf = (xs: number[]) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of xs) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    return xs.length ? hi - lo + 1 : 0;
  };
  let unit: Unit = "year";
  if (days.length && days.length === parsed.length && spanOf(days.map(dayNumber)) <= 92) unit = "day";
  else if (months.length && spanOf(months.map((p) => p.y * 12 + p.m)) <= MAX_BUCKETS) unit = "month";
  let imprecise = 0;
  const counts = new Map<number, number>();
  for (const p of parsed) {
    const key = unit === "day" ? (p.d === null ? null : dayNumber(p)) : unit === "month" ? (p.m ? p.y * 12 + (p.m - 1) : null) : p.y;
    if (key === null) {
      imprecise += p.n;
      continue;
    }
    counts.set(key, (counts.get(key) ?? 0) + p.n);
  }
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const label = (k: number) =>
    unit === "day" ? dayLabel(k) : unit === "month" ? `${String(Math.floor(k / 12)).padStart(4, "0")}-${String((k % 12) + 1).padStart(2, "0")}` : String(k).padStart(4, "0");
  const buckets: Bucket[] = [];
  if (keys.length) {
    const [lo, hi] = [keys[0], keys[keys.length - 1]];
    // Fill gaps so the x axis is linear in time, unless that would be too wide (then present keys only).
    const fill = hi - lo + 1 <= MAX_BUCKETS;
    for (const k of fill ? range(lo, hi) : keys) buckets.push({ label: label(k), count: counts.get(k) ?? 0 });
  }
  return { unit, buckets, imprecise, invalid };
}

function range(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let k = lo; k <= hi; k++) out.push(k);
  return out;
}

// ---------------------------------------------------------------------------
// SVG

export function barChart(buckets: Bucket[], caption: string, height = 200): string {
  if (buckets.length === 0) return `<p class="empty">No data.</p>`;
  const W = 760;
  const H = height;
  const [left, right, top, bottom] = [44, 8, 10, 40];
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const step = plotW / buckets.length;
  const barW = Math.max(1, step * 0.85);
  const labelEvery = Math.max(1, Math.ceil(buckets.length / 10));
  const parts: string[] = [];
  parts.push(`<line x1="${left}" y1="${top + plotH}" x2="${W - right}" y2="${top + plotH}" class="axis"/>`);
  parts.push(`<text x="${left - 6}" y="${top + 4}" text-anchor="end" class="tick">${num(max)}</text>`);
  parts.push(`<text x="${left - 6}" y="${top + plotH}" text-anchor="end" class="tick">0</text>`);
  buckets.forEach((b, i) => {
    const h = (b.count / max) * plotH;
    const x = left + i * step;
    parts.push(
      `<rect x="${x.toFixed(2)}" y="${(top + plotH - h).toFixed(2)}" width="${barW.toFixed(2)}" height="${h.toFixed(2)}" class="bar"><title>${escapeHtml(b.label)}: ${num(b.count)}</title></rect>`,
    );
    if (i % labelEvery === 0) {
      parts.push(`<text x="${(x + barW / 2).toFixed(2)}" y="${top + plotH + 14}" text-anchor="middle" class="tick">${escapeHtml(b.label)}</text>`);
    }
  });
  return `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${escapeHtml(caption)}" class="chart">${parts.join("")}</svg>`;
}

// ---------------------------------------------------------------------------
// Sections

export function table(headers: { label: string; numeric?: boolean }[], rows: (string | number | null)[][], attrs = ""): string {
  const head = headers.map((h) => `<th${h.numeric ? ' class="num"' : ""}>${escapeHtml(h.label)}</th>`).join("");
  const body = rows
    .map(
      (r) =>
        `<tr>${r
          .map((c, i) => (headers[i]?.numeric ? `<td class="num" data-v="${Number(c)}">${num(Number(c))}</td>` : `<td>${c === null ? '<span class="null">—</span>' : escapeHtml(String(c))}</td>`))
          .join("")}</tr>`,
    )
    .join("\n");
  return `<table class="sortable"${attrs}><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function countsSection(input: ReportInput): string {
  const c = input.counts;
  const cards: [string, number][] = [
    ["inputs", c.inputs],
    ["processed", c.processed],
    ["rejected inputs", c.rejected],
    ["articles", c.articles],
    ["mentions", c.mentions],
    ["entities", c.entities],
    ["dates", c.dates],
    ["blocks removed", c.removed],
    ["rejects", c.rejects],
  ];
  const stages = Object.entries(input.stages ?? {}).sort(([a], [b]) => cmp(a, b));
  return `<section id="counts"><h2>Counts</h2><div class="cards">${cards
    .map(([k, v]) => `<div class="card${k.startsWith("reject") && v > 0 ? " warn" : ""}"><b>${num(v)}</b><span>${escapeHtml(k)}</span></div>`)
    .join("")}</div>${
    stages.length ? `<p class="stages">Stages: ${stages.map(([k, v]) => `<code>${escapeHtml(k)} ${escapeHtml(v)}</code>`).join(" ")}</p>` : ""
  }</section>`;
}

function rejectsSection(input: ReportInput): string {
  if (input.rejects.length === 0) return `<section id="rejects"><h2>Rejects</h2><p class="empty">None: every input gave articles.</p></section>`;
  const byReason = new Map<string, { stage: string; reason: string; count: number }>();
  for (const r of input.rejects) {
    // Group reasons that differ only by numbers (sizes, line numbers).
    const reason = r.reason.replace(/\d+/g, "N");
    const key = `${r.stage}\u0000${reason}`;
    const row = byReason.get(key) ?? { stage: r.stage, reason, count: 0 };
    row.count++;
    byReason.set(key, row);
  }
  const summary = [...byReason.values()].sort((a, b) => b.count - a.count || cmp(a.stage, b.stage) || cmp(a.reason, b.reason));
  const listed = input.rejects.slice(0, MAX_REJECT_ROWS);
  const more = input.rejects.length - listed.length;
  const rejectsFile = reportFiles(input.formats).table("rejects");
  return `<section id="rejects"><h2>Rejects</h2>
<h3>By stage and reason</h3>
${table([{ label: "stage" }, { label: "reason" }, { label: "count", numeric: true }], summary.map((r) => [r.stage, r.reason, r.count]))}
<h3>Each reject</h3>
<p><input type="search" placeholder="filter rejects" data-filter="rejects-table" aria-label="filter rejects"></p>
${table(
  [{ label: "input" }, { label: "record" }, { label: "stage" }, { label: "reason" }],
  listed.map((r) => [r.input, r.record_id, r.stage, r.reason]),
  ' id="rejects-table"',
)}
${more > 0 ? `<p class="note">… and ${num(more)} more ${rejectsFile ? `in ${rejectsFile}` : "(this run wrote no table: a --format with csv or parquet writes them all)"}.</p>` : ""}</section>`;
}

function removedSection(input: ReportInput): string {
  const rows = input.removedBySite.filter((r) => r.count > 0);
  if (rows.length === 0) return `<section id="removed"><h2>Boilerplate removed per site</h2><p class="empty">Nothing removed.</p></section>`;
  const siteName = (s: string | null) => s ?? "(unknown site)";
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(siteName(r.site), (totals.get(siteName(r.site)) ?? 0) + r.count);
  const sites = [...totals.entries()].sort(([a, x], [b, y]) => y - x || cmp(a, b));
  const detail = rows
    .map((r) => ({ site: siteName(r.site), rule: r.rule, count: r.count }))
    .sort((a, b) => (totals.get(b.site)! - totals.get(a.site)!) || cmp(a.site, b.site) || b.count - a.count || cmp(a.rule, b.rule));
  const byRule = new Map<string, { blocks: number; sites: number }>();
  for (const d of detail) {
    const r = byRule.get(d.rule) ?? { blocks: 0, sites: 0 };
    r.blocks += d.count;
    r.sites++;
    byRule.set(d.rule, r);
  }
  const rules = [...byRule.entries()].sort(([a, x], [b, y]) => y.blocks - x.blocks || cmp(a, b));
  return `<section id="removed"><h2>Boilerplate removed per site</h2>
${table([{ label: "site" }, { label: "blocks removed", numeric: true }, { label: "rules", numeric: true }], sites.map(([s, n]) => [s, n, detail.filter((d) => d.site === s).length]))}
<h3>Rules across all sites</h3>
${table([{ label: "rule" }, { label: "blocks", numeric: true }, { label: "sites", numeric: true }], rules.map(([rule, r]) => [rule, r.blocks, r.sites]))}
${
  sites.length > 1 // with one site the per-site table repeats the one above
    ? `<h3>Rule counts per site</h3>\n${table([{ label: "site" }, { label: "rule" }, { label: "blocks", numeric: true }], detail.map((d) => [d.site, d.rule, d.count]))}`
    : ""
}
</section>`;
}

function timeSection(id: string, heading: string, values: TimeValues, needDay: boolean, explain: string): string {
  const t = timeBuckets(values, needDay);
  const counted = t.buckets.reduce((s, b) => s + b.count, 0);
  const notes = [`${num(counted)} values by ${t.unit}`];
  if (t.imprecise) notes.push(`${num(t.imprecise)} less precise than a ${t.unit} not shown`);
  if (t.invalid) notes.push(`${num(t.invalid)} ${needDay ? "not full dates (durations, X-digits, partial)" : "unparseable"} not shown`);
  const top = [...t.buckets].filter((b) => b.count > 0).sort((a, b) => b.count - a.count || cmp(a.label, b.label)).slice(0, 10);
  return `<section id="${id}"><h2>${escapeHtml(heading)}</h2><p class="note">${escapeHtml(explain)} ${escapeHtml(notes.join("; "))}.</p>
${barChart(t.buckets, heading)}
${top.length ? `<details><summary>Busiest ${t.unit}s</summary>${table([{ label: t.unit }, { label: "count", numeric: true }], top.map((b) => [b.label, b.count]))}</details>` : ""}
</section>`;
}

function entitiesSection(input: ReportInput): string {
  if (input.entities.length === 0) return `<section id="entities"><h2>Top entities</h2><p class="empty">No entities.</p></section>`;
  const types = [...new Set(input.entities.map((e) => e.type))].sort(cmp);
  const blocks = types.map((type) => {
    const top = input.entities
      .filter((e) => e.type === type)
      .sort((a, b) => b.mention_count - a.mention_count || b.article_count - a.article_count || cmp(a.name, b.name))
      .slice(0, TOP_ENTITIES);
    const max = Math.max(1, ...top.map((e) => e.mention_count));
    const rows = top
      .map(
        (e) =>
          `<tr><td>${escapeHtml(e.name)}</td><td class="num" data-v="${e.mention_count}"><span class="hbar" style="width:${((e.mention_count / max) * 100).toFixed(1)}%"></span>${num(e.mention_count)}</td><td class="num" data-v="${e.article_count}">${num(e.article_count)}</td></tr>`,
      )
      .join("\n");
    return `<div class="etype" data-type="${escapeHtml(type)}"><h3>${escapeHtml(type)}</h3><table class="sortable"><thead><tr><th>name</th><th class="num">mentions</th><th class="num">articles</th></tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
  });
  const options = types.map((t) => `<option value="${escapeHtml(t)}">${escapeHtml(t)}</option>`).join("");
  return `<section id="entities"><h2>Top entities by type</h2>
<p><label>Type <select id="entity-type"><option value="">all</option>${options}</select></label></p>
<div class="etypes">${blocks.join("\n")}</div></section>`;
}

// ---------------------------------------------------------------------------
// Page

const CSS = `
:root{--fg:#1b1f23;--muted:#6a737d;--bar:#3b6ea8;--warn:#b3541e;--line:#e1e4e8}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);margin:0 auto;max-width:1000px;padding:16px 24px 64px}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:32px}h3{font-size:15px;margin:16px 0 6px}
.cards{display:flex;flex-wrap:wrap;gap:8px}.card{border:1px solid var(--line);border-radius:6px;padding:8px 12px;min-width:110px}.card b{display:block;font-size:20px}.card span{color:var(--muted)}.card.warn b{color:var(--warn)}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{text-align:left;padding:3px 8px;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:anywhere}th{cursor:pointer;user-select:none;background:#f6f8fa;white-space:nowrap}th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
.num{text-align:right;white-space:nowrap}.null,.note,.empty,.stages{color:var(--muted)}code{background:#f6f8fa;padding:1px 4px;border-radius:3px}
.chart .bar{fill:var(--bar)}.chart .bar:hover{fill:var(--warn)}.chart .axis{stroke:var(--muted)}.chart .tick{font-size:10px;fill:var(--muted)}
.etypes{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px}.hbar{display:inline-block;height:8px;background:var(--bar);opacity:.35;margin-right:6px;vertical-align:middle;max-width:60px}
.hidden{display:none}footer{margin-top:40px;color:var(--muted)}
#coverage td:first-child{white-space:nowrap}.badge{background:var(--warn);color:#fff;border-radius:3px;padding:0 5px;font-size:12px}.why{color:var(--muted);font-size:13px}.etl h3{margin:10px 0 0}nav{line-height:1.8}
`;

/**
 * Sorting, filtering and the self-check marker. Reads only the DOM; no data is
 * interpolated here. On success it sets data-ok="true" on #report-status; any
 * error is caught and written to data-errors (the headless-browser test reads both).
 */
const SCRIPT = `
(function () {
  var status = document.getElementById("report-status");
  var errors = [];
  window.addEventListener("error", function (e) { errors.push(String(e.message)); status.setAttribute("data-errors", errors.join(" | ")); });
  try {
    var key = function (td) { var v = td.getAttribute("data-v"); return v === null ? td.textContent : Number(v); };
    var sortTable = function (table, col, asc) {
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a.cells[col]), y = key(b.cells[col]);
        var c = x < y ? -1 : x > y ? 1 : 0;
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    };
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
      var ths = table.tHead.rows[0].cells;
      Array.prototype.forEach.call(ths, function (th, col) {
        th.addEventListener("click", function () {
          var asc = !th.classList.contains("sorted-asc");
          Array.prototype.forEach.call(ths, function (h) { h.classList.remove("sorted-asc", "sorted-desc"); });
          th.classList.add(asc ? "sorted-asc" : "sorted-desc");
          sortTable(table, col, asc);
        });
      });
      // Self-check: sort a detached copy both ways on every column, so a broken sort shows up as an error, not as a dead click.
      var copy = table.cloneNode(true);
      for (var c = 0; c < ths.length; c++) { sortTable(copy, c, true); sortTable(copy, c, false); }
    });
    Array.prototype.forEach.call(document.querySelectorAll("input[data-filter]"), function (input) {
      var table = document.getElementById(input.getAttribute("data-filter"));
      input.addEventListener("input", function () {
        var q = input.value.toLowerCase();
        Array.prototype.forEach.call(table.tBodies[0].rows, function (r) { r.classList.toggle("hidden", q !== "" && r.textContent.toLowerCase().indexOf(q) < 0); });
      });
    });
    var select = document.getElementById("entity-type");
    if (select) select.addEventListener("change", function () {
      Array.prototype.forEach.call(document.querySelectorAll(".etype"), function (d) { d.classList.toggle("hidden", select.value !== "" && d.getAttribute("data-type") !== select.value); });
    });
    status.setAttribute("data-ok", errors.length ? "false" : "true");
  } catch (e) {
    errors.push(String(e && e.message || e));
    status.setAttribute("data-ok", "false");
    status.setAttribute("data-errors", errors.join(" | "));
  }
})();
`;

/** sha256 of the script, for the CSP: only this exact script may run. */
const SCRIPT_HASH = createHash("sha256").update(SCRIPT, "utf8").digest("base64");

/** Undated articles are not on a time axis: the chart's note says how many and where they are listed. */
function undatedNote(input: ReportInput): string {
  const n = input.insights?.undated ?? 0;
  return n > 0 ? ` ${num(n)} undated articles are not on this chart (listed under Undated articles).` : "";
}

export function renderReport(input: ReportInput): string {
  const title = input.title ?? "Broadsheet run report";
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const files = reportFiles(input.formats);
  const complete = files.table("articles") ? "the tables in tables/ are complete" : `${files.dataFiles} is complete`;
  const truncated = input.truncated ? `<p class="note">Date lists were capped for this report; ${complete}.</p>` : "";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p class="note">broadsheet ${escapeHtml(input.version)} · the data behind every figure is in ${files.dataFiles}</p>${truncated}</header>
<nav><a href="#counts">counts</a> · <a href="#changes">changes since the last run</a> · <a href="#sites">sites</a> · <a href="#published">articles over time</a> · <a href="#coverage">metadata coverage</a> · <a href="#languages">languages</a> · <a href="#entity-timeline">entities over time</a> · <a href="#articles">articles</a> · <a href="#undated">undated</a> · <a href="#rejects">rejects</a> · <a href="#removed">boilerplate</a> · <a href="#timeline">dates in the text</a> · <a href="#entities">entities</a></nav>
${countsSection(input)}
${changesSection(input.insights, input.counts)}
${sitesSection(input.insights, files)}
${timeSection("published", "Articles over time", input.published, false, `Articles by publication date (the published column).${undatedNote(input)}`)}
${coverageSection(input.insights)}
${languagesSection(input.insights)}
${entityTimelineSection(input.insights)}
${articlesSection(input.insights, files)}
${rejectsSection(input)}
${removedSection(input)}
${timeSection("timeline", "Timeline of dates in the text", input.dateValues, true, "TIMEX3 values that are full calendar dates, from the dates table.")}
${entitiesSection(input)}
<footer><output id="report-status" data-ok="false" data-errors=""></output></footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
