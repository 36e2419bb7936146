/**
 * The output contract the notebooks rely on. These zod schemas are the single
 * source of truth: TypeScript types come from `z.infer`, every record is
 * validated with them before it is written, and the JSON Schemas / Data
 * Package table schemas in out/ are generated from them.
 *
 * Offsets (`start`, `end`) are Unicode code points into the article's `text`,
 * end exclusive, so that Python's `text[start:end]` gives the surface.
 */
import { z } from "zod";

/** ISO 8601 date or date-time, as precise as known ("2017", "2017-01", "2017-01-24", "2017-01-24T14:02:00Z"). */
export const IsoInstant = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/, "ISO 8601 date or date-time");

export const Span = z.object({
  start: z.number().int().nonnegative().describe("code-point offset into text, inclusive"),
  end: z.number().int().nonnegative().describe("code-point offset into text, exclusive"),
});

export const Paragraph = Span.extend({
  index: z.number().int().nonnegative(),
  text: z.string(),
});

export const Sentence = Span.extend({
  index: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative().describe("index of the paragraph holding the sentence"),
  text: z.string(),
});

export const EntityType = z.enum(["PERSON", "ORG", "GPE", "LOC", "NORP"]);
export type EntityType = z.infer<typeof EntityType>;

export const Mention = Span.extend({
  text: z.string(),
  type: EntityType,
  entity_id: z.string().nullable().describe("canonical entity id; null when the mention is an ambiguous alias"),
  confidence: z.number().min(0).max(1),
  rule: z.string().describe("the rule or model that produced the mention"),
  ambiguous: z.boolean().default(false).describe("true when the surface fits several canonical entities"),
});
export type Mention = z.infer<typeof Mention>;

export const TimexType = z.enum(["DATE", "TIME", "DURATION", "SET"]);
export type TimexType = z.infer<typeof TimexType>;

export const DateMention = Span.extend({
  text: z.string(),
  type: TimexType,
  value: z.string().describe("TIMEX3 value (ISO 8601 with X for unknown digits, PnY durations, PRESENT_REF...)"),
  mod: z.string().nullable().describe("TIMEX3 mod: START, END, MID, APPROX, BEFORE, AFTER, ..."),
  anchor: z.string().nullable().describe("what a relative value was resolved against: 'dct' or null"),
  range_start: z.string().nullable().describe("for a range such as 'January 23-24', the first day"),
  range_end: z.string().nullable().describe("for a range, the last day"),
  rule: z.string(),
  certain: z.boolean().describe("false when part of the value was implied (year inferred from the DCT, tense)"),
});
export type DateMention = z.infer<typeof DateMention>;

export const Provenance = z
  .enum(["record", "json-ld", "meta", "url", "dom", "text", "feed", "none"])
  .describe("where a metadata value came from (url: a date in the page address's path)");

export const Article = z.object({
  article_id: z.string().describe("stable id: hash of source, record id and position"),
  source: z.string().describe("input path relative to the input folder"),
  record_id: z.string().nullable(),
  index_in_source: z.number().int().nonnegative().describe("position of the article among the articles of its source file"),
  source_start: z
    .number()
    .int()
    .nonnegative()
    .describe("code-point offset, inclusive, where the text the article came from starts in the source (the file's decoded text, or the record's text or html)"),
  source_end: z.number().int().nonnegative().describe("code-point offset, exclusive, where that text ends in the source"),
  url: z.string().nullable(),
  site: z.string().nullable(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  published: IsoInstant.nullable(),
  published_source: Provenance,
  modified: IsoInstant.nullable(),
  language: z.string().nullable(),
  duplicate_of: z.string().nullable().describe("article_id of an earlier near-duplicate"),
  text: z.string(),
  word_count: z.number().int().nonnegative(),
  paragraphs: z.array(Paragraph),
  sentences: z.array(Sentence),
  mentions: z.array(Mention),
  dates: z.array(DateMention),
});
export type Article = z.infer<typeof Article>;

export const Entity = z.object({
  entity_id: z.string(),
  name: z.string(),
  type: EntityType,
  aliases: z.array(z.string()),
  mention_count: z.number().int().nonnegative(),
  article_count: z.number().int().nonnegative(),
});
export type Entity = z.infer<typeof Entity>;

export const Removed = z.object({
  source: z.string(),
  record_id: z.string().nullable(),
  index: z.number().int().nonnegative().describe("order of the removed block in the source"),
  story: z
    .number()
    .int()
    .nonnegative()
    .nullable()
    .describe(
      "position of the story the block was removed from, in a source cut into several stories; null when not cut. In a text read in parts (too long to be one document), every row has one, of the whole text: a part's stories are numbered on from the 0-based number of its first line (the first part's from 0), so numbers are distinct across parts but not consecutive",
    ),
  rule: z.string().describe("rule id such as clean/newsletter"),
  reason: z.string(),
  text: z.string(),
});
export type Removed = z.infer<typeof Removed>;

export const Reject = z.object({
  input: z.string(),
  record_id: z.string().nullable(),
  reason: z.string(),
  stage: z.string(),
});
export type Reject = z.infer<typeof Reject>;

export const ManifestInput = z.object({
  input: z.string(),
  sha256: z.string().nullable(),
  bytes: z.number().int().nonnegative().nullable().describe("size read from the input; null for a skipped input, which is never read"),
  status: z.enum(["processed", "rejected", "skipped"]),
  articles: z.number().int().nonnegative(),
  reason: z.string().optional().describe("why a skipped input was not read (hidden file, editor backup, OS junk…)"),
});

export const Manifest = z.object({
  tool: z.literal("broadsheet"),
  version: z.string(),
  fingerprint: z.string().describe("hash of the code, configuration and stage versions that made these outputs"),
  stages: z.record(z.string(), z.string()).describe("stage name to stage version; skipped stages are absent"),
  counts: z.object({
    inputs: z.number().int(),
    processed: z.number().int(),
    rejected: z.number().int(),
    skipped: z.number().int().describe("inputs not read on purpose (hidden files, editor leftovers, OS junk); inputs = processed + rejected + skipped"),
    articles: z.number().int(),
    mentions: z.number().int(),
    entities: z.number().int(),
    dates: z.number().int(),
    removed: z.number().int(),
    rejects: z.number().int(),
  }),
  outputs: z
    .record(z.string(), z.string())
    .optional()
    .describe("SHA-256 of every other output file, by path: a re-run that finds out/ altered or incomplete rewrites it"),
  inputs: z.array(ManifestInput),
});
export type Manifest = z.infer<typeof Manifest>;
/** Counts of a run, as written in the manifest. */
export type RunCounts = Manifest["counts"];
