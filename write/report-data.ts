/**
 * What the run report (report.html) shows, as plain data, and a small
 * collector that gathers it during a run with bounded memory: counts per
 * site/rule, capped lists of date values, the rejects and the entities the
 * run already holds. Deterministic: everything is kept in discovery order and
 * sorted by the renderer with code-unit comparisons (no locale).
 */
import type { Article, Entity, Reject, Removed, RunCounts } from "../schemas/records.ts";
import type { Notice } from "../stages/types.ts";
import { InsightCollector, type ArticleFacts, type ReportInsights } from "./report-insights.ts";

/** The manifest's counts. */
export type ReportCounts = RunCounts;

/** Date values, each alone or with the number of times it occurs: `["2017-01-24", 3]`. */
export type TimeValues = Iterable<string | readonly [value: string, count: number]>;

export interface ReportInput {
  /** Page heading (default "Broadsheet run report"). */
  title?: string;
  /** Tool version, shown in the header. */
  version: string;
  /** Stage name → version of the stages that ran (manifest.stages). */
  stages?: Record<string, string>;
  counts: ReportCounts;
  /** Rejected inputs/records with reasons (the renderer lists at most 500 and summarises all). */
  rejects: Reject[];
  /** Removed blocks counted per site and rule (site null: unknown). */
  removedBySite: { site: string | null; rule: string; count: number }[];
  /** Articles' `published` values (ISO 8601, any precision); nulls left out. */
  published: TimeValues;
  /** TIMEX3 `value`s of the date mentions (any kind; the renderer keeps full dates). */
  dateValues: TimeValues;
  /** True when the collector met more distinct values than it keeps (the page says so). */
  truncated?: boolean;
  /** Canonical entities with their counts (tables/entities.csv rows). */
  entities: Pick<Entity, "name" | "type" | "mention_count" | "article_count">[];
  /** Sites, metadata coverage, languages, article list, entities over time, changes since the last run. */
  insights?: ReportInsights;
  /** The formats the run wrote (--format): the page names only their files. Every format when not given. */
  formats?: readonly string[];
}

export interface ReportCollectorOptions {
  /** Count at most this many distinct date values (default 100,000). */
  maxDateValues?: number;
  /** Count at most this many distinct published values (default 100,000). */
  maxPublished?: number;
}

type ReportArticle = Pick<Article, "record_id" | "site" | "published"> & ArticleFacts & { dates: readonly Pick<Article["dates"][number], "type" | "value">[] };
type ReportNotice = Pick<Notice, "stage" | "rule" | "language" | "level">;

/** Gathers ReportInput during a run; call addFile for each FileResult in discovery order. */
export class ReportCollector {
  private readonly removed = new Map<string, { site: string | null; rule: string; count: number }>();
  /** Value → occurrences: the distinct dates of a corpus are few, whatever its size. */
  private readonly published = new Map<string, number>();
  private readonly dateValues = new Map<string, number>();
  private truncated = false;
  private readonly maxDates: number;
  private readonly maxPublished: number;
  /** Facts about the articles themselves (report-insights.ts). */
  readonly insights = new InsightCollector();

  constructor(opts: ReportCollectorOptions = {}) {
    this.maxDates = opts.maxDateValues ?? 100_000;
    this.maxPublished = opts.maxPublished ?? 100_000;
  }

  addArticle(a: Pick<Article, "published"> & { dates: readonly Pick<Article["dates"][number], "type" | "value">[] }): void {
    if (a.published) this.count(this.published, a.published, this.maxPublished);
    for (const d of a.dates) {
      if (d.type === "DATE" || d.type === "TIME") this.count(this.dateValues, d.value, this.maxDates);
    }
  }

  private count(counts: Map<string, number>, value: string, maxDistinct: number): void {
    const n = counts.get(value);
    if (n !== undefined) counts.set(value, n + 1);
    else if (counts.size < maxDistinct) counts.set(value, 1);
    else this.truncated = true;
  }

  addRemoved(site: string | null, rule: string, count = 1): void {
    const key = `${site ?? ""}\u0000${rule}`;
    const row = this.removed.get(key);
    if (row) row.count += count;
    else this.removed.set(key, { site, rule, count });
  }

  /**
   * One input file's result (pipeline/document.ts FileResult). A removed
   * block's site is the site of the article from the same record (JSON Lines
   * and feeds mix sites in one file), else of the file's first article.
   */
  addFile(r: { articles: readonly ReportArticle[]; removed: readonly Pick<Removed, "record_id" | "rule">[]; notices?: readonly ReportNotice[] }): void {
    const file = this.openFile(r.removed);
    for (const a of r.articles) file.article(a);
    file.close(r);
  }

  /**
   * addFile one article at a time (a large file's digests are read from a file, never held at once): `article` for
   * each in order, then `close`. Only the records that have removed rows have their site kept.
   */
  openFile(removed: readonly Pick<Removed, "record_id" | "rule">[]): { article(a: ReportArticle): void; close(r: { removed: readonly Pick<Removed, "record_id" | "rule">[]; notices?: readonly ReportNotice[] }): void } {
    const wanted = new Set(removed.map((row) => row.record_id ?? ""));
    const siteOfRecord = new Map<string, string | null>();
    // The file's first article's site (undefined: no article yet)
    let first: string | null | undefined;
    return {
      article: (a) => {
        if (first === undefined) first = a.site;
        const key = a.record_id ?? "";
        if (wanted.has(key) && !siteOfRecord.has(key)) siteOfRecord.set(key, a.site);
        this.addArticle(a);
        this.insights.addArticle(a);
      },
      close: (r) => {
        if (r.notices) this.insights.addNotices(r.notices);
        const fallback = first ?? null;
        for (const row of r.removed) this.addRemoved(siteOfRecord.get(row.record_id ?? "") ?? fallback, row.rule);
      },
    };
  }

  build(rest: Pick<ReportInput, "version" | "counts" | "rejects" | "entities" | "stages" | "title" | "formats"> & { changes?: ReportInsights["changes"]; entityIds?: readonly { entity_id: string; name: string; type: string }[] }): ReportInput {
    const { changes, entityIds, ...input } = rest;
    return {
      ...input,
      insights: this.insights.build(entityIds ?? [], changes ?? null),
      removedBySite: [...this.removed.values()],
      published: sortedCounts(this.published),
      dateValues: sortedCounts(this.dateValues),
      truncated: this.truncated,
    };
  }
}

/** [value, count] pairs in code-unit order of the values. */
function sortedCounts(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
