import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { prng } from "../bench/corpus.ts";
import type { z } from "zod";
import { csvRecords } from "../write/csv.ts";
import { Article, DateMention, Mention, Paragraph, Sentence } from "../schemas/records.ts";
import { ArticleRow, DateRow, MentionRow, ParagraphRow, SentenceRow } from "../schemas/tables.ts";

// The options write/csv.ts gave csv-stringify before it encoded rows itself.
const CSV_STRINGIFY_OPTIONS = { record_delimiter: "\r\n", quoted_match: /[\r\n]/ } as const;

// Characters that matter to CSV (separators, quotes, line breaks, formula starts) and some that do not.
const ALPHABET = ["a", "Z", "0", " ", ",", '"', "'", "\r", "\n", "\r\n", "\t", "=", "+", "-", "@", "|", ";", "é", "ß", "日", "😀", "\u2028", "\\"];

describe("CSV records (write/csv.ts)", () => {
  it("are the bytes csv-stringify writes, on 5,000 random rows", () => {
    const rand = prng(7);
    const field = () => {
      const n = Math.floor(rand() * 8);
      let s = "";
      for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
      return s;
    };
    const rows = Array.from({ length: 5000 }, () => Array.from({ length: 1 + Math.floor(rand() * 5) }, field));
    expect(csvRecords(rows)).toBe(stringify(rows, CSV_STRINGIFY_OPTIONS));
  });

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
