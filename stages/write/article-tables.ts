/**
 * The five per-article CSV tables (articles, paragraphs, sentences, mentions,
 * dates) written from validated Article records. One writer of these files per
 * run: in the main thread, or on a thread of its own (pipeline/tables-thread.ts)
 * so that the CSV work runs beside the JSON and YAML writing.
 */
import { join } from "node:path";
import type { Article } from "../../schemas/records.ts";
import { TABLES } from "../../schemas/tables.ts";
import { CsvTableWriter, type CsvOptions } from "./csv.ts";

export const ARTICLE_TABLES = ["articles", "paragraphs", "sentences", "mentions", "dates"] as const;

/** A writer of `<tablesDir>/<name>.csv`, validating rows against the table's schema in schemas/tables.ts. */
export function openTable(tablesDir: string, name: string, opts: CsvOptions): CsvTableWriter {
  return new CsvTableWriter(join(tablesDir, `${name}.csv`), TABLES.find((t) => t.name === name)!.schema, opts);
}

export class ArticleTables {
  private readonly w: Record<(typeof ARTICLE_TABLES)[number], CsvTableWriter>;

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
    const { paragraphs: ps, sentences: ss, mentions: ms, dates: ds, ...flat } = a;
    this.w.articles.write({ ...flat, paragraph_count: ps.length, sentence_count: ss.length, mention_count: ms.length, date_count: ds.length });
    const id = { article_id: a.article_id };
    for (const p of ps) this.w.paragraphs.write({ ...id, ...p });
    for (const s of ss) this.w.sentences.write({ ...id, ...s });
    ms.forEach((m, index) => this.w.mentions.write({ ...id, index, ...m }));
    ds.forEach((d, index) => this.w.dates.write({ ...id, index, ...d }));
  }

  close(): void {
    for (const name of ARTICLE_TABLES) this.w[name].close();
  }
}
