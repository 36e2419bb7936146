/**
 * The five per-article CSV tables (articles, paragraphs, sentences, mentions,
 * dates) written from validated Article records. One writer of these files per
 * run: in the main thread, or on a thread of its own (pipeline/tables-thread.ts)
 * so that the CSV work runs beside the JSON and YAML writing.
 */
import { join } from "node:path";
import type { Article } from "../../schemas/records.ts";
import { TABLES } from "../../schemas/tables.ts";
import { CsvRowRenderer, CsvTableWriter, type CsvOptions } from "./csv.ts";

export const ARTICLE_TABLES = ["articles", "paragraphs", "sentences", "mentions", "dates"] as const;

/** A writer of `<tablesDir>/<name>.csv`, validating rows against the table's schema in schemas/tables.ts. */
export function openTable(tablesDir: string, name: string, opts: CsvOptions): CsvTableWriter {
  return new CsvTableWriter(join(tablesDir, `${name}.csv`), TABLES.find((t) => t.name === name)!.schema, opts);
}

export type ArticleTable = (typeof ARTICLE_TABLES)[number];

/** The rows one article gives each per-article table (before validation). */
export function articleRows(a: Article): Record<ArticleTable, Record<string, unknown>[]> {
  const { paragraphs: ps, sentences: ss, mentions: ms, dates: ds, ...flat } = a;
  const id = { article_id: a.article_id };
  return {
    articles: [{ ...flat, paragraph_count: ps.length, sentence_count: ss.length, mention_count: ms.length, date_count: ds.length }],
    paragraphs: ps.map((p) => ({ ...id, ...p })),
    sentences: ss.map((s) => ({ ...id, ...s })),
    mentions: ms.map((m, index) => ({ ...id, index, ...m })),
    dates: ds.map((d, index) => ({ ...id, index, ...d })),
  };
}

/** Renderers of the per-article tables' rows (validated CSV text), for a thread that writes none of the files. */
export function articleRowRenderers(opts: CsvOptions): Record<ArticleTable, CsvRowRenderer> {
  return Object.fromEntries(
    ARTICLE_TABLES.map((name) => [name, new CsvRowRenderer(TABLES.find((t) => t.name === name)!.schema, opts)]),
  ) as Record<ArticleTable, CsvRowRenderer>;
}

export class ArticleTables {
  private readonly w: Record<ArticleTable, CsvTableWriter>;

  constructor(tablesDir: string, opts: CsvOptions) {
    const table = (name: string) => openTable(tablesDir, name, opts);
    this.w = {
      articles: table("articles"),
      paragraphs: table("paragraphs"),
      sentences: table("sentences"),
      mentions: table("mentions"),
      dates: table("dates"),
    };
  }

  /** Rows of one article (each row is validated against its table schema as it is written). */
  write(a: Article): void {
    const rows = articleRows(a);
    for (const name of ARTICLE_TABLES) for (const row of rows[name]) this.w[name].write(row);
  }

  close(): void {
    for (const name of ARTICLE_TABLES) this.w[name].close();
  }
}
