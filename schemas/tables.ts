/**
 * Row schemas of the CSV tables in out/tables/. Derived from the record
 * schemas where they overlap, so a column keeps one type everywhere. The
 * Data Package (out/datapackage.json) and the CSV headers come from these.
 */
import { z } from "zod";
import { Article, DateMention, Entity, Mention, Paragraph, Reject, Removed, Sentence } from "./records.ts";

const articleRef = { article_id: z.string().describe("foreign key to articles.article_id") };

export const ArticleRow = Article.omit({ paragraphs: true, sentences: true, mentions: true, dates: true }).extend({
  paragraph_count: z.number().int().nonnegative(),
  sentence_count: z.number().int().nonnegative(),
  mention_count: z.number().int().nonnegative(),
  date_count: z.number().int().nonnegative(),
});
export const ParagraphRow = z.object({ ...articleRef, ...Paragraph.shape });
export const SentenceRow = z.object({ ...articleRef, ...Sentence.shape });
export const MentionRow = z.object({ ...articleRef, index: z.number().int().nonnegative(), ...Mention.shape });
export const DateRow = z.object({ ...articleRef, index: z.number().int().nonnegative(), ...DateMention.shape });
export const EntityRow = Entity.extend({ aliases: z.string().describe("aliases joined by |") });
export const RemovedRow = Removed;
/**
 * A reject as its table gives it: numbered among its input's rejects (`index`), the row's key with `input`. The
 * column comes last, so a reader that took the columns by position before it was added reads the same.
 */
export const RejectRow = Reject.extend({
  index: z.number().int().nonnegative().describe("order of the reject among the rejects of its input"),
});
export type RejectRow = z.infer<typeof RejectRow>;

/** The rows of tables/rejects: each reject numbered among its input's (in the order given), so (input, index) is a key. */
export function* rejectRows(rejects: Iterable<Reject>): Generator<RejectRow> {
  const next = new Map<string, number>();
  for (const r of rejects) {
    const index = next.get(r.input) ?? 0;
    next.set(r.input, index + 1);
    yield { input: r.input, record_id: r.record_id, reason: r.reason, stage: r.stage, index };
  }
}

export interface TableSpec {
  name: string;
  schema: z.ZodObject;
  primaryKey: string[];
  foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  description: string;
  /** Row schema of the Parquet file when it differs from the CSV's (lists kept as lists instead of joined by "|"). */
  typed?: z.ZodObject;
}

const toArticle = { fields: ["article_id"], reference: { resource: "articles", fields: ["article_id"] } };

/** Every table written to out/tables/, in the order of the Data Package. */
export const TABLES: TableSpec[] = [
  { name: "articles", schema: ArticleRow, primaryKey: ["article_id"], foreignKeys: [], description: "one row per article" },
  { name: "paragraphs", schema: ParagraphRow, primaryKey: ["article_id", "index"], foreignKeys: [toArticle], description: "paragraph spans of each article" },
  { name: "sentences", schema: SentenceRow, primaryKey: ["article_id", "index"], foreignKeys: [toArticle], description: "sentence spans of each article" },
  {
    name: "mentions",
    schema: MentionRow,
    primaryKey: ["article_id", "index"],
    foreignKeys: [toArticle, { fields: ["entity_id"], reference: { resource: "entities", fields: ["entity_id"] } }],
    description: "named-entity mentions, code-point offsets into articles.text",
  },
  { name: "entities", schema: EntityRow, typed: Entity, primaryKey: ["entity_id"], foreignKeys: [], description: "canonical entities merged across articles" },
  { name: "dates", schema: DateRow, primaryKey: ["article_id", "index"], foreignKeys: [toArticle], description: "TIMEX3 date and time expressions" },
  { name: "removed", schema: RemovedRow, primaryKey: ["source", "index"], foreignKeys: [], description: "the cleaning audit: every removed block and the rule that removed it" },
  { name: "rejects", schema: RejectRow, primaryKey: ["input", "index"], foreignKeys: [], description: "inputs or records that gave no article, with the reason" },
];
