/**
 * What the report says about the articles themselves, gathered during a run
 * with bounded memory: articles per site, metadata coverage (what is missing,
 * from which kind of input, and why), languages and the stages' language
 * notices, a capped list of articles (and of undated ones, so they are never
 * silently dropped from the timeline), the top entities per day, and what
 * changed since the previous run's manifest.
 *
 * Deterministic: everything is kept in discovery order; renderers sort with
 * code-unit comparisons.
 */
import type { Notice } from "../stages/types.ts";

/** Articles listed one by one in the report (the tables hold them all). */
export const MAX_LISTED_ARTICLES = 1_000;
/** Undated articles listed one by one, beyond the first MAX_LISTED_ARTICLES. */
export const MAX_LISTED_UNDATED = 1_000;
/** Entities followed over time. */
export const TIMELINE_ENTITIES = 8;

/** The article fields the report reads (a subset of Article; all optional but the id, so partial records fit). */
export interface ArticleFacts {
  article_id?: string;
  source?: string;
  title?: string | null;
  url?: string | null;
  site?: string | null;
  author?: string | null;
  published?: string | null;
  language?: string | null;
  /** The loader that produced it: "html", "text", "jsonl", "json", "rss", "atom". */
  format?: string;
}

/** Metadata fields whose absence the report counts. */
export const COVERAGE_FIELDS = ["published", "author", "site", "title", "url", "language"] as const;
export type CoverageField = (typeof COVERAGE_FIELDS)[number];

/**
 * Why a field is missing, by the kind of input it came from. Generic reasons
 * (what each input kind can carry), not per-site ones; shown beside the counts.
 */
export const MISSING_BECAUSE: Record<string, Partial<Record<CoverageField, string>>> = {
  text: {
    published: "a text dump has no metadata markup: a date is found only when the text states one near the headline",
    author: "a text dump has no metadata markup: an author is found only from a byline line",
    site: "a text dump names no site unless it contains its URL",
    url: "a text dump carries no URL unless it contains one",
    title: "no headline-like first line was found",
    language: "the text is too short for a reliable language",
  },
  html: {
    published: "no JSON-LD datePublished, no date meta tag, no <time> element and no dateline",
    author: "no JSON-LD author, no author meta tag and no byline element",
    site: "no canonical URL, og:url or og:site_name",
    url: "no canonical link or og:url",
    title: "no og:title, <title> or headline element",
    language: "no lang attribute and a text too short for a reliable language",
  },
  record: {
    published: "the record has no date field (published, date, datePublished…) and its text states none",
    author: "the record has no author field",
    site: "the record has neither a site field nor a URL",
    url: "the record has no URL field",
    title: "the record has no title field",
    language: "the record has no language field and its text is too short for a reliable language",
  },
  feed: {
    published: "the item has no pubDate / published / updated element",
    author: "the item has no author / dc:creator element",
    site: "the item has no link",
    url: "the item has no link",
    title: "the item has no title",
    language: "the feed declares no language and the item's text is too short for a reliable one",
  },
};

/** Loader format → kind of input, for the coverage table. */
export function inputKind(format: string | undefined): string {
  if (format === "html") return "html";
  if (format === "jsonl" || format === "json") return "record";
  if (format === "rss" || format === "atom") return "feed";
  return format === undefined ? "unknown" : "text";
}

export interface SiteRow {
  site: string | null;
  articles: number;
  undated: number;
  noAuthor: number;
  first: string | null;
  last: string | null;
}

export interface ListedArticle {
  /** 1-based position in articles.jsonl and tables/articles.csv (discovery order). */
  row: number;
  article_id: string;
  title: string | null;
  site: string | null;
  published: string | null;
  url: string | null;
  source: string;
  language: string | null;
}

export interface EntitySeries {
  entity_id: string;
  name: string;
  type: string;
  /** [day "YYYY-MM-DD", mentions] in day order; mentions in undated articles under "undated". */
  days: [string, number][];
}

export interface RunChanges {
  previousVersion: string;
  previousCounts: Record<string, number>;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  /** A few paths of each kind, in path order. */
  samples: { added: string[]; removed: string[]; changed: string[] };
  /** True when the code, configuration or stage versions differ from the previous run. */
  fingerprintChanged: boolean;
}

/** Everything above, as plain data for the renderer. */
export interface ReportInsights {
  sites: SiteRow[];
  coverage: { field: CoverageField; missing: number; byKind: { kind: string; missing: number; of: number }[] }[];
  languages: [string, number][];
  notices: { stage: string; rule: string; language: string | null; level: string; articles: number }[];
  listed: ListedArticle[];
  /** Undated articles beyond the listed ones (capped). */
  undatedListed: ListedArticle[];
  undated: number;
  articles: number;
  entityTimeline: EntitySeries[];
  changes: RunChanges | null;
}

const DAY = /^(\d{4}-\d{2}-\d{2})/;

export class InsightCollector {
  private readonly sites = new Map<string, SiteRow>();
  private readonly missing = new Map<string, number>();
  private readonly kinds = new Map<string, number>();
  private readonly languages = new Map<string, number>();
  private readonly notices = new Map<string, { stage: string; rule: string; language: string | null; level: string; articles: number }>();
  private readonly listed: ListedArticle[] = [];
  private readonly undatedListed: ListedArticle[] = [];
  private articles = 0;
  private undated = 0;
  /** entity id → day → mentions, for the tracked entities only. */
  private readonly timeline = new Map<string, Map<string, number>>();

  addArticle(a: ArticleFacts): void {
    const row = ++this.articles;
    const kind = inputKind(a.format);
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
    for (const f of COVERAGE_FIELDS) {
      if (a[f] === null || a[f] === undefined || a[f] === "") this.missing.set(`${f}\u0000${kind}`, (this.missing.get(`${f}\u0000${kind}`) ?? 0) + 1);
    }
    const key = a.site ?? "";
    const s = this.sites.get(key) ?? { site: a.site ?? null, articles: 0, undated: 0, noAuthor: 0, first: null, last: null };
    s.articles++;
    if (!a.author) s.noAuthor++;
    const day = a.published ? DAY.exec(a.published)?.[1] ?? a.published : null;
    if (!a.published) s.undated++;
    else if (day) {
      if (s.first === null || day < s.first) s.first = day;
      if (s.last === null || day > s.last) s.last = day;
    }
    this.sites.set(key, s);
    if (a.language) this.languages.set(a.language, (this.languages.get(a.language) ?? 0) + 1);
    if (!a.published) this.undated++;
    const listed = (): ListedArticle => ({
      row,
      article_id: a.article_id ?? "",
      title: a.title ?? null,
      site: a.site ?? null,
      published: a.published ?? null,
      url: a.url ?? null,
      source: a.source ?? "",
      language: a.language ?? null,
    });
    if (this.listed.length < MAX_LISTED_ARTICLES) this.listed.push(listed());
    else if (!a.published && this.undatedListed.length < MAX_LISTED_UNDATED) this.undatedListed.push(listed());
  }

  addNotices(notices: readonly Pick<Notice, "stage" | "rule" | "language" | "level">[]): void {
    for (const n of notices) {
      const key = `${n.stage}\u0000${n.rule}\u0000${n.language ?? ""}`;
      const row = this.notices.get(key) ?? { stage: n.stage, rule: n.rule, language: n.language, level: n.level, articles: 0 };
      row.articles++;
      this.notices.set(key, row);
    }
  }

  /** Follow these entities over time (call before the final pass; the corpus pass knows the top ones). */
  track(entityIds: readonly string[]): void {
    for (const id of entityIds) if (!this.timeline.has(id)) this.timeline.set(id, new Map());
  }

  /** One finished article's resolved mentions (final pass). */
  addMentions(published: string | null, entityIds: readonly (string | null)[]): void {
    if (this.timeline.size === 0) return;
    const day = published ? DAY.exec(published)?.[1] ?? "undated" : "undated";
    for (const id of entityIds) {
      const series = id === null ? undefined : this.timeline.get(id);
      if (series) series.set(day, (series.get(day) ?? 0) + 1);
    }
  }

  build(entities: readonly { entity_id: string; name: string; type: string }[], changes: RunChanges | null): ReportInsights {
    const byId = new Map(entities.map((e) => [e.entity_id, e]));
    const entityTimeline: EntitySeries[] = [];
    for (const [id, days] of this.timeline) {
      const e = byId.get(id);
      if (!e) continue;
      entityTimeline.push({ entity_id: id, name: e.name, type: e.type, days: [...days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) });
    }
    const kinds = [...this.kinds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      sites: [...this.sites.values()],
      coverage: COVERAGE_FIELDS.map((field) => {
        const byKind = kinds.map(([kind, of]) => ({ kind, of, missing: this.missing.get(`${field}\u0000${kind}`) ?? 0 }));
        return { field, missing: byKind.reduce((n, k) => n + k.missing, 0), byKind };
      }),
      languages: [...this.languages].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)),
      notices: [...this.notices.values()],
      listed: this.listed,
      undatedListed: this.undatedListed,
      undated: this.undated,
      articles: this.articles,
      entityTimeline,
      changes,
    };
  }
}
