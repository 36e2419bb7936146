/**
 * The final pass, spread over the worker pool. Once the corpus passes are
 * done, every article's record is final but for what they decided: its
 * near-duplicate (`duplicate_of`) and the canonical entity of each mention.
 * The main thread reads those decisions off its summaries and hands out
 * batches of files: a worker reads the files' lines of the partial, applies
 * the decisions, validates each record with its zod schema and renders its
 * JSON Lines, YAML and CSV rows. The main thread writes the pieces in
 * discovery order, so the files are byte for byte those of a run that did
 * all of it on one thread (the sharded `merge` does; test/scale.test.ts).
 */
import { closeSync, openSync, readSync } from "node:fs";
import { Article } from "../schemas/records.ts";
import { ARTICLE_TABLES, articleRowRenderers, articleRows, type ArticleTable } from "../stages/write/article-tables.ts";
import type { CsvOptions } from "../stages/write/csv.ts";
import type { CsvRowRenderer } from "../stages/write/csv.ts";
import { yamlSequenceItem } from "../stages/write/yaml.ts";
import type { PartialEntry } from "./run.ts";

/** The corpus passes' decisions for one article, in its order within its file. */
export interface ArticleFinish {
  duplicateOf: string | null;
  /** Per mention, in order: its entity id, and whether its alias was ambiguous. */
  entityIds: (string | null)[];
  ambiguous: boolean[];
}

export interface RenderRequest {
  kind: "render";
  /** The partial file, and for each file of the batch the byte range of its line. */
  partial: string;
  ranges: number[];
  /** Per file of the batch, per article. */
  finish: ArticleFinish[][];
}

export interface RenderedBatch {
  jsonl: Uint8Array;
  yaml: Uint8Array;
  tables: Record<ArticleTable, Uint8Array>;
  rows: Record<ArticleTable, number>;
  articles: number;
  mentions: number;
  dates: number;
}

/** Apply the corpus passes' decisions to a record as it came out of its file's stages. */
export function finishArticle(a: Article, f: ArticleFinish): Article {
  if (f.entityIds.length !== a.mentions.length) throw new Error(`final pass: mention count of article ${a.article_id} differs from its summary`);
  a.duplicate_of = f.duplicateOf;
  a.mentions.forEach((m, k) => {
    m.entity_id = f.entityIds[k];
    m.ambiguous = f.ambiguous[k];
  });
  return a;
}

const utf8 = new TextEncoder();
const renderers = new Map<boolean, Record<ArticleTable, CsvRowRenderer>>();

export function renderBatch(req: RenderRequest, csv: CsvOptions): RenderedBatch {
  let tableRenderers = renderers.get(csv.formulaGuard);
  if (!tableRenderers) renderers.set(csv.formulaGuard, (tableRenderers = articleRowRenderers(csv)));
  const jsonl: string[] = [];
  const yaml: string[] = [];
  const rows = Object.fromEntries(ARTICLE_TABLES.map((t) => [t, [] as Record<string, unknown>[]])) as Record<ArticleTable, Record<string, unknown>[]>;
  let mentions = 0;
  let dates = 0;
  const fd = openSync(req.partial, "r");
  try {
    req.finish.forEach((finish, k) => {
      const [offset, length] = [req.ranges[2 * k], req.ranges[2 * k + 1]];
      const buf = Buffer.allocUnsafe(length);
      for (let got = 0; got < length; ) {
        const n = readSync(fd, buf, got, length - got, offset + got);
        if (n === 0) throw new Error("final pass: the partial is shorter than its index");
        got += n;
      }
      const { result } = JSON.parse(buf.toString("utf8")) as PartialEntry;
      if (result.articles.length !== finish.length) throw new Error(`final pass: article count of ${result.input} differs from its summary`);
      result.articles.forEach((raw, j) => {
        const a = Article.parse(finishArticle(raw, finish[j]));
        jsonl.push(JSON.stringify(a), "\n");
        yaml.push(yamlSequenceItem(a));
        const r = articleRows(a);
        for (const t of ARTICLE_TABLES) for (const row of r[t]) rows[t].push(row);
        mentions += a.mentions.length;
        dates += a.dates.length;
      });
    });
  } finally {
    closeSync(fd);
  }
  const tables = Object.fromEntries(ARTICLE_TABLES.map((t) => [t, utf8.encode(tableRenderers![t].render(rows[t]))])) as Record<ArticleTable, Uint8Array>;
  return {
    jsonl: utf8.encode(jsonl.join("")),
    yaml: utf8.encode(yaml.join("")),
    tables,
    rows: Object.fromEntries(ARTICLE_TABLES.map((t) => [t, rows[t].length])) as Record<ArticleTable, number>,
    articles: rows.articles.length,
    mentions,
    dates,
  };
}

/** The buffers of a batch, to transfer them to the main thread without a copy. */
export function batchBuffers(b: RenderedBatch): ArrayBuffer[] {
  const buffers = [b.jsonl, b.yaml, ...Object.values(b.tables)].filter((u) => u.byteLength > 0).map((u) => u.buffer as ArrayBuffer);
  return [...new Set(buffers)];
}
