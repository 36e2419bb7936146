import { describe, expect, it } from "vitest";
import type { FileResult } from "../pipeline/document.ts";
import type { Article, Entity, Removed } from "../schemas/records.ts";
import { escapeHtml, renderReport, ReportCollector, timeBuckets } from "../write/report.ts";
import { HOSTILE, hostileReport } from "./report-fixture.ts";

describe("renderReport", () => {
  const html = renderReport(hostileReport());

  it("is deterministic", () => {
    expect(renderReport(hostileReport())).toBe(html);
  });

  it("escapes every hostile string: one script element, no injected tags or handlers", () => {
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<svg onload|<style>body|onerror="|onmouseover='/i);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toContain("&lt;script&gt;window.__pwned = 1&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;");
    expect(html).not.toContain("\u0000");
    for (const h of HOSTILE.slice(0, 5)) expect(html).not.toContain(h);
  });

  it("is self-contained: no external URL, a CSP that allows only its own script", () => {
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:|\/\/|javascript:)/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+'/);
  });

  it("shows counts, reject summaries, removed per site, charts and entities", () => {
    expect(html).toContain("<b>14</b><span>articles</span>");
    // Reasons that differ by numbers only are summarised together.
    expect(html).toContain("<td>not a feed: N bytes of binary data</td><td class=\"num\" data-v=\"2\">2</td>");
    expect(html).toContain("<td>news.example.com</td><td class=\"num\" data-v=\"42\">42</td>");
    expect(html).toContain("(unknown site)");
    expect(html).toContain("<td>clean/link-density</td><td class=\"num\" data-v=\"30\">30</td><td class=\"num\" data-v=\"1\">1</td>");
    expect(html).toMatch(/<section id="published">[\s\S]*<svg[\s\S]*<\/section>/);
    expect(html).toMatch(/<section id="timeline">[\s\S]*<svg[\s\S]*<\/section>/);
    expect(html).toContain("Velmora");
    // Ties in mention counts are broken by article count, then name.
    expect(html.indexOf("Maria Lindqvist")).toBeLessThan(html.indexOf("Tomas Brandt"));
  });

  it("renders an empty run", () => {
    const empty = renderReport({
      version: "0",
      counts: { inputs: 0, processed: 0, rejected: 0, skipped: 0, articles: 0, mentions: 0, entities: 0, dates: 0, removed: 0, rejects: 0 },
      rejects: [],
      removedBySite: [],
      published: [],
      dateValues: [],
      entities: [],
    });
    expect(empty).toContain("None: every input gave articles.");
    expect(empty).toContain("No data.");
  });
});

describe("timeBuckets", () => {
  it("uses days for a short span and fills gaps", () => {
    const t = timeBuckets(["2017-01-30", "2017-02-02", "2017-02-02"], false);
    expect(t.unit).toBe("day");
    expect(t.buckets).toEqual([
      { label: "2017-01-30", count: 1 },
      { label: "2017-01-31", count: 0 },
      { label: "2017-02-01", count: 0 },
      { label: "2017-02-02", count: 2 },
    ]);
  });

  it("uses months when values are less precise or span long, counting coarser values apart", () => {
    const t = timeBuckets(["2016-11-05", "2017-02", "2017"], false);
    expect(t.unit).toBe("month");
    expect(t.buckets.map((b) => b.label)).toEqual(["2016-11", "2016-12", "2017-01", "2017-02"]);
    expect(t.imprecise).toBe(1);
  });

  it("keeps only valid full dates for the timeline", () => {
    const t = timeBuckets(["2017-01-24", "XXXX-08", "P3D", "2017-02-30", "1945-05-08", "2017-01-24T10:00"], true);
    expect(t.unit).toBe("year");
    expect(t.invalid).toBe(3);
    expect(t.buckets[0]).toEqual({ label: "1945", count: 1 });
    expect(t.buckets.at(-1)).toEqual({ label: "2017", count: 2 });
    expect(t.buckets).toHaveLength(2017 - 1945 + 1);
  });

  it("lists only present years when the span is too wide to fill", () => {
    const t = timeBuckets(["0800-01-01", "2017-01-01"], true);
    expect(t.buckets.map((b) => b.label)).toEqual(["0800", "2017"]);
  });
});

describe("escapeHtml", () => {
  it("escapes markup and quotes and replaces control characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>\u0001`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;\uFFFD");
  });
});

describe("ReportCollector", () => {
  const article = (site: string | null, record: string | null, published: string | null, values: string[]): Article =>
    ({
      record_id: record,
      site,
      published,
      dates: values.map((value) => ({ value, type: value.startsWith("P") ? "DURATION" : "DATE" })),
    }) as unknown as Article;
  const removed = (record: string | null, rule: string): Removed => ({ source: "f", record_id: record, index: 0, story: null, rule, reason: "", text: "" });

  it("counts removed blocks per site of the same record, and collects dates", () => {
    const c = new ReportCollector();
    c.addFile({
      articles: [article("a.example", "1", "2017-01-02", ["2017-01-01", "P2D"]), article("b.example", "2", null, [])],
      removed: [removed("1", "clean/x"), removed("2", "clean/x"), removed("2", "clean/x"), removed("9", "clean/y")],
    });
    const r = c.build({ version: "v", counts: hostileReport().counts, rejects: [], entities: [] });
    expect(r.removedBySite).toEqual([
      { site: "a.example", rule: "clean/x", count: 1 },
      { site: "b.example", rule: "clean/x", count: 2 },
      { site: "a.example", rule: "clean/y", count: 1 },
    ]);
    expect(r.published).toEqual([["2017-01-02", 1]]);
    expect(r.dateValues).toEqual([["2017-01-01", 1]]);
    expect(r.truncated).toBe(false);
  });

  it("counts repeated values once each, in value order", () => {
    const c = new ReportCollector();
    c.addArticle(article(null, null, "2017-01-02", ["2017-01-03", "2017-01-01", "2017-01-03"]));
    c.addArticle(article(null, null, "2017-01-02", ["2017-01-03"]));
    const r = c.build({ version: "v", counts: hostileReport().counts, rejects: [], entities: [] });
    expect(r.published).toEqual([["2017-01-02", 2]]);
    expect(r.dateValues).toEqual([["2017-01-01", 1], ["2017-01-03", 3]]);
    // Weighted values chart like the same values repeated.
    expect(timeBuckets(r.dateValues, true)).toEqual(timeBuckets(["2017-01-01", "2017-01-03", "2017-01-03", "2017-01-03"], true));
  });

  it("caps the distinct date values and says so", () => {
    const c = new ReportCollector({ maxDateValues: 2 });
    c.addArticle(article(null, null, null, ["2017-01-01", "2017-01-02", "2017-01-01", "2017-01-03"]));
    const r = c.build({ version: "v", counts: hostileReport().counts, rejects: [], entities: [] });
    expect(r.dateValues).toEqual([["2017-01-01", 2], ["2017-01-02", 1]]);
    expect(r.truncated).toBe(true);
    expect(renderReport(r)).toContain("Date lists were capped");
  });
});

// Type-level: the run's own values fit the collector and ReportInput as they are (tsc checks this).
export const fitsRun = (c: ReportCollector, r: FileResult, entities: Entity[]) => {
  c.addFile(r);
  return c.build({ version: "v", counts: hostileReport().counts, rejects: r.rejects, entities });
};

describe("report sections about the articles", () => {
  const html = renderReport(hostileReport());
  const section = (id: string) => html.slice(html.indexOf(`<section id="${id}">`), html.indexOf("</section>", html.indexOf(`<section id="${id}">`)));

  it("lists what changed since the last run, with deltas and sample paths", () => {
    const s = section("changes");
    expect(s).toContain("<b>3</b><span>inputs added</span>");
    expect(s).toMatch(/<td>articles<\/td><td class="num" data-v="12">12<\/td><td class="num" data-v="14">14<\/td><td>\+2<\/td>/);
    expect(s).toContain("<code>feeds/new.xml</code>");
  });

  it("says when there is no previous run", () => {
    const input = hostileReport();
    input.insights!.changes = null;
    expect(renderReport(input)).toContain("No previous run in this output folder");
  });

  it("shows articles per site, metadata coverage with reasons, languages and notices", () => {
    expect(section("sites")).toContain("news.example.com");
    expect(section("sites")).toContain("(unknown site)");
    const coverage = section("coverage");
    expect(coverage).toMatch(/<code>author<\/code><\/td><td class="num" data-v="7">7<\/td>/);
    expect(coverage).toContain("text: 5 of 5");
    expect(coverage).toContain("an author is found only from a byline line");
    expect(section("languages")).toContain("entities/skipped-language");
  });

  it("lists articles with their row and id, and shows undated ones instead of dropping them", () => {
    const s = section("articles");
    expect(s).toContain('id="a-0a1b2c3d4e5f6071"');
    expect(s).toContain("Harbour council votes on the new ferry line");
    expect(s).toMatch(/Undated articles \(2\)/);
    expect(s).toContain("Undated notes from the quay");
    expect(s).toContain("dumps/undated.txt");
    expect(html).toContain("2 undated articles are not on this chart");
    // A javascript: URL stays text.
    expect(s).not.toMatch(/href="javascript:/i);
  });

  it("charts the top entities over time on one axis", () => {
    const s = section("entity-timeline");
    expect(s).toContain("Velmora");
    expect(s).toContain("1 in undated articles");
    expect(s.match(/<svg/g)).toHaveLength(2);
  });
});
