import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { csvRecords } from "../write/csv.ts";
import { Article, DateMention, Mention, Paragraph, Sentence } from "../schemas/records.ts";
import { ArticleRow, DateRow, MentionRow, ParagraphRow, SentenceRow } from "../schemas/tables.ts";

describe("CSV records (write/csv.ts)", () => {
  it("quote a field with a comma, a quote or a line break, and double its quotes", () => {
    expect(csvRecords([["plain", "a,b", 'say "hi"', "two\nlines", "cr\ronly", ""]])).toBe('plain,"a,b","say ""hi""","two\nlines","cr\ronly",\r\n');
  });
});

describe("per-article table rows (written without a second validation, write/article-tables.ts)", () => {
  it("are made of the Article's own field schemas, plus an index and counts", () => {
    const parts: [z.ZodObject, z.ZodObject][] = [
      [ArticleRow, Article],
      [ParagraphRow, Paragraph],
      [SentenceRow, Sentence],
      [MentionRow, Mention],
      [DateRow, DateMention],
    ];
    const computed = new Set(["index", "paragraph_count", "sentence_count", "mention_count", "date_count"]);
    for (const [row, record] of parts) {
      for (const [key, schema] of Object.entries(row.shape)) {
        if (key === "article_id" && schema !== Article.shape.article_id) {
          // the foreign key: a plain string, so every article id passes
          expect((schema as z.ZodString).def.type).toBe("string");
          expect((schema as z.ZodString).def.checks ?? []).toEqual([]);
        }
        else if (key === "article_id") continue;
        else if (computed.has(key)) expect((schema as z.ZodType).safeParse(0).success).toBe(true);
        else expect(schema, `${key}`).toBe(record.shape[key as keyof typeof record.shape]);
      }
    }
  });
});
