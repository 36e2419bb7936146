/**
 * The five per-article tables (articles, paragraphs, sentences, mentions,
 * dates) written from validated Article records, as CSV and, when asked, as
 * Parquet (plus `articles.parquet`, the nested records, beside the tables
 * folder). One writer of these files per run: in the main thread, or on a
 * thread of its own (write/tables-thread.ts) so that this work runs beside
 * the JSON and YAML writing.
 */
import { dirname, join } from "node:path";
import { Article } from "../schemas/records.ts";
import { TABLES } from "../schemas/tables.ts";
import { CsvTableWriter, type CsvOptions } from "./csv.ts";
import { ParquetTableWriter } from "./parquet.ts";

export const ARTICLE_TABLES = ["articles", "paragraphs", "sentences", "mentions", "dates"] as const;
type ArticleTable = (typeof ARTICLE_TABLES)[number];

/** Nested article records per row group of articles.parquet (whole texts, with their paragraphs and sentences). */
const NESTED_ROW_GROUP = 1_000;
/**
 * And strings per row group of articles.parquet (UTF-16 code units, write/parquet.ts charsOf): a buffered article is
 * its text about three times over (text, paragraphs, sentences) plus an object per sentence, mention and date, so
 * the tables thread's heap is the group being filled. At the shared 16 M a dense export's groups (about 640 articles
 * of 33 KB of JSON) made spikes of 400–420 MB in the final pass; 4 M keeps a group to about a quarter of that. Where
 * a group ends follows from the data alone, so the bytes stay deterministic; a corpus of ordinary articles (about
 * 15,000 characters each as counted) still gets a group per 260 of them.
 */
const NESTED_ROW_GROUP_CHARS = 4_000_000;

export interface ArticleTablesOptions extends CsvOptions {
  /** Also write tables/<name>.parquet and articles.parquet. */
  parquet?: boolean;
}

/** A writer of `<tablesDir>/<name>.csv`, validating rows against the table's schema in schemas/tables.ts. */
export function openTable(tablesDir: string, name: string, opts: CsvOptions): CsvTableWriter {
  return new CsvTableWriter(join(tablesDir, `${name}.csv`), TABLES.find((t) => t.name === name)!.schema, opts);
}

/** A writer of `<tablesDir>/<name>.parquet`, with the table's typed schema (lists as lists). */
export function openParquetTable(tablesDir: string, name: string): ParquetTableWriter {
  const spec = TABLES.find((t) => t.name === name)!;
  return new ParquetTableWriter(join(tablesDir, `${name}.parquet`), spec.typed ?? spec.schema);
}

export class ArticleTables {
  private readonly w: Record<ArticleTable, CsvTableWriter>;
  private readonly pq: (Record<ArticleTable, ParquetTableWriter> & { nested: ParquetTableWriter }) | null;

  constructor(tablesDir: string, opts: ArticleTablesOptions) {
    const table = (name: string) => openTable(tablesDir, name, opts);
    this.w = {
      articles: table("articles"),
      paragraphs: table("paragraphs"),
      sentences: table("sentences"),
      mentions: table("mentions"),
      dates: table("dates"),
    };
    const pq = (name: string) => openParquetTable(tablesDir, name);
    this.pq = opts.parquet
      ? {
          articles: pq("articles"),
          paragraphs: pq("paragraphs"),
          sentences: pq("sentences"),
          mentions: pq("mentions"),
          dates: pq("dates"),
          nested: new ParquetTableWriter(join(dirname(tablesDir), "articles.parquet"), Article, { rowGroupRows: NESTED_ROW_GROUP, maxBufferedChars: NESTED_ROW_GROUP_CHARS }),
        }
      : null;
  }

  /**
   * Rows of one article, validated by the Article schema before it came here (the final pass parses
   * every article before anything of it is written). The rows are not validated again: each table's
   * row schema is made of the Article's own field schemas (schemas/tables.ts; test/csv-encoding.test.ts
   * checks it), plus the article id (an Article field), an index and counts computed here. Checking
   * the same fields again row by row cost about 0.8 ms of CPU per bench article.
   */
  write(a: Article): void {
    const { paragraphs: ps, sentences: ss, mentions: ms, dates: ds, ...flat } = a;
    const id = { article_id: a.article_id };
    const put = (table: ArticleTable, row: Record<string, unknown>) => {
      this.w[table].writeValid(row);
      this.pq?.[table].write(row);
    };
    put("articles", { ...flat, paragraph_count: ps.length, sentence_count: ss.length, mention_count: ms.length, date_count: ds.length });
    for (const p of ps) put("paragraphs", { ...id, ...p });
    for (const s of ss) put("sentences", { ...id, ...s });
    ms.forEach((m, index) => put("mentions", { ...id, index, ...m }));
    ds.forEach((d, index) => put("dates", { ...id, index, ...d }));
    this.pq?.nested.write(a);
  }

  close(): void {
    for (const name of ARTICLE_TABLES) this.w[name].close();
    if (this.pq) for (const w of Object.values(this.pq)) w.close();
  }
}
