/**
 * What the main thread keeps of one file's result. A worker processes a file
 * and sends back two things: the result as its JSON text (for the partial and
 * the cache, written as is) and this digest, the small part that the corpus
 * passes and the report read (each corpus pass's observation of each article,
 * corpus/pass.ts, and report facts) plus the removed blocks already rendered as CSV
 * rows (the writer's renderTableRows, write/csv.ts). So the serial main thread neither copies nor serialises whole
 * articles during the fan-out.
 */
import { closeSync, openSync, readFileSync, rmSync } from "node:fs";
import { eachLineSync } from "../runtime/lines.ts";
import { FileSink } from "../runtime/file-sink.ts";
import type { Article, Reject, Removed } from "../schemas/records.ts";
import { observeEntities, type EntityObservation } from "../corpus/canonical.ts";
import { observeDuplicates, type Fingerprint } from "../corpus/duplicates.ts";
import { renderTableRows, type CsvOptions } from "../write/csv.ts";
import type { FileResult, Notice } from "./document.ts";
import type { JsonInFile, MaybeStreamed } from "../runtime/partials.ts";

export interface ArticleDigest {
  article_id: string;
  record_id: string | null;
  site: string | null;
  published: string | null;
  /** For the report's article list and metadata coverage. */
  source: string;
  title: string | null;
  url: string | null;
  author: string | null;
  language: string | null;
  format?: string;
  /** The article's DATE and TIME values (for the report's timeline). */
  dates: Pick<Article["dates"][number], "type" | "value">[];
  /** The corpus passes' observations (corpus/pass.ts): mentions and declared aliases for canonical entities, ... */
  entities: EntityObservation;
  /** ... and the near-duplicate fingerprint (computed here when the result came without one). */
  fingerprint: Fingerprint;
}

export interface FileDigest {
  input: string;
  sha256: string;
  bytes: number;
  articles: ArticleDigest[];
  /** Removed blocks' record and rule (for the report). */
  removed: Pick<Removed, "record_id" | "rule">[];
  /** The removed blocks as rows of tables/removed.csv, validated and rendered. */
  removedCsv: string;
  rejects: Reject[];
  notices: Notice[];
  /** Why an input was skipped (see FileResult.skipped). */
  skipped?: string;
  /**
   * A large file's article digests are in this file, one JSON per line, `articles` then empty (a worker's article
   * store that went to its file, pipeline/article-store.ts): eachArticleDigest reads them one at a time and removes it.
   */
  articlesIn?: string;
}

/**
 * Each article digest of `d` in order, from `articles` or, one line at a time, from the file `articlesIn` (then
 * removed: read once). Returns their number.
 */
export function eachArticleDigest(d: FileDigest, take: (a: ArticleDigest) => void): number {
  if (d.articlesIn === undefined) {
    for (const a of d.articles) take(a);
    return d.articles.length;
  }
  const path = d.articlesIn;
  let n = 0;
  const fd = openSync(path, "r");
  try {
    eachLineSync(fd, (bytes) => {
      if (bytes.length === 0) return;
      let digest: ArticleDigest;
      try {
        digest = JSON.parse(bytes.toString("utf8")) as ArticleDigest;
      } catch (err) {
        // Only a truncated or corrupted scratch file (a full disk, an outside edit): name it and its input.
        throw new Error(`corrupted article digest line ${n + 1} for input ${d.input} in ${path}: ${(err as Error).message}`, { cause: err });
      }
      take(digest);
      n++;
    });
  } finally {
    closeSync(fd);
    rmSync(path, { force: true });
  }
  return n;
}

/** `d` with its article digests in `articles` (read from `articlesIn`, which is removed): tests and tools. */
export function materialised(d: FileDigest): FileDigest {
  if (d.articlesIn === undefined) return d;
  const articles: ArticleDigest[] = [];
  eachArticleDigest(d, (a) => articles.push(a));
  const { articlesIn: _, ...rest } = d;
  return { ...rest, articles };
}

/** Let go of a digest's article file unread (a run that folds no summary: a shard's). */
export function dropArticleDigests(d: FileDigest): void {
  if (d.articlesIn !== undefined) rmSync(d.articlesIn, { force: true });
}

/** One processed file as it travels from a worker to the main thread. */
export interface ProcessedFile {
  /**
   * JSON.stringify of the FileResult: the main thread writes it into the
   * partial as it is. From a worker it is a string, copied into the main
   * thread's young generation where it dies at the next scavenge. Bytes
   * transferred instead became "external" memory that the main thread, which
   * allocates little, only freed every 64 MB: on 32,000 documents that alone
   * added about 100 MB to the run's peak. A cache hit gives the bytes of its
   * file.
   */
  json: string | Uint8Array | string[] | JsonInFile;
  digest: FileDigest;
}

/**
 * A result's JSON text in a file: one a worker wrote into the run's work folder instead of sending it (a large
 * result: see pipeline/job.ts SPILL_CHARS), or a large cache entry (pipeline/cache.ts); the partial writer copies it
 * in (runtime/partials.ts).
 */
export type { JsonInFile };

/** A processed file's JSON as one string, whatever form it travelled in (tests and tools; the run writes the pieces as they are). */
export function jsonText(json: ProcessedFile["json"]): string {
  if (typeof json === "string") return json;
  if (Array.isArray(json)) return json.join("");
  if ("spilled" in json) return readFileSync(json.spilled, "utf8");
  if ("file" in json) {
    // its position is 0 (only positional reads); the file is closed once read, as the partial writer closes it once copied
    const text = readFileSync(json.file.fd).subarray(json.from).toString("utf8");
    json.file.close().catch(() => {});
    return text;
  }
  return new TextDecoder().decode(json);
}

/** Pieces of a result's JSON text of at least this many characters (but one article each at most: see jsonPieces). */
const PIECE_CHARS = 1 << 20;

/**
 * JSON.stringify(r) as pieces that join to the same text, the articles serialised one at a time and let go as
 * they are (`r.articles` is emptied: the caller owns `r` and needs it no more). So a worker never holds a file's
 * article objects and its whole JSON text at once: for a 19.9 MB export dense in names and dates, 265 MB of
 * results, a 64 MB digest and 265 MB of JSON came to 607 MB, past a worker of its own's heap (512 MB), and the
 * file was lost at its end; the pieces need no single string as long as the file's JSON either (bench:hostile
 * jsonl-dense-20mb).
 */
export function jsonPieces(r: FileResult, pieceChars = PIECE_CHARS, serialised?: readonly string[]): string[] {
  const pieces: string[] = [];
  let piece = "{";
  let first = true;
  for (const [key, value] of Object.entries(r)) {
    if (value === undefined) continue; // as JSON.stringify skips it
    piece += `${first ? "" : ","}${JSON.stringify(key)}:`;
    first = false;
    if (key !== "articles") {
      piece += JSON.stringify(value);
      continue;
    }
    const articles = value as (Article | undefined)[];
    // `serialised`: the articles' JSON already (an ArticleStore's, pipeline/article-store.ts), `r.articles` then empty.
    const count = serialised?.length ?? articles.length;
    piece += "[";
    for (let i = 0; i < count; i++) {
      piece += (i > 0 ? "," : "") + (serialised ? serialised[i] : JSON.stringify(articles[i]));
      if (!serialised) articles[i] = undefined; // serialised: let it go
      if (piece.length >= pieceChars) {
        pieces.push(piece);
        piece = "";
      }
    }
    piece += "]";
    articles.length = 0;
  }
  pieces.push(piece + "}");
  return pieces;
}

export function digestOf(r: FileResult, csv: CsvOptions): FileDigest {
  return digestAround(r, r.articles.map((a, k) => articleDigest(r, a, k)), csv);
}

/**
 * digestOf a result read back from a partial or a cache entry, whose articles may come one at a time (a long line:
 * runtime/partials.ts StreamedItems). With `scratch`, a path in the run's work folder, those articles' digests go
 * to that file as they are made, one JSON per line, as a worker's article store leaves them (`articlesIn`, folded one
 * at a time by eachArticleDigest, which removes the file): a cache hit or a `merge` of a million-article result
 * never holds its digests as one array (about 290 bytes each). The file is removed if the articles fail to read.
 */
export async function digestOfPartial(r: MaybeStreamed<FileResult>, csv: CsvOptions, scratch?: string): Promise<FileDigest> {
  if (Array.isArray(r.articles)) return digestOf(r as FileResult, csv);
  if (scratch === undefined) {
    const articles: ArticleDigest[] = [];
    for await (const a of r.articles) articles.push(articleDigest(r, a, articles.length));
    return digestAround(r, articles, csv);
  }
  // Not fsynced: a scratch file of this run, read back by this thread (a crash fails the run, whose work folder goes).
  const out = new FileSink(scratch, false);
  try {
    let k = 0;
    for await (const a of r.articles) out.write(`${JSON.stringify(articleDigest(r, a, k++))}\n`);
    out.close();
  } catch (err) {
    try {
      out.close();
    } catch {
      // the read failure is the one to report
    }
    rmSync(scratch, { force: true });
    throw err;
  }
  return { ...digestAround(r, [], csv), articlesIn: scratch };
}

function articleDigest(r: Pick<FileResult, "formats" | "fingerprints">, a: Article, k: number): ArticleDigest {
  return articleDigestOf(a, r.formats?.[k], r.fingerprints?.[k]);
}

/** One article's digest, given its format and fingerprint (computed here when not given). */
export function articleDigestOf(a: Article, format: string | undefined, fingerprint: Fingerprint | undefined): ArticleDigest {
  return {
    article_id: a.article_id,
    record_id: a.record_id,
    site: a.site,
    published: a.published,
    source: a.source,
    title: a.title,
    url: a.url,
    author: a.author,
    language: a.language,
    format,
    dates: a.dates.filter((d) => d.type === "DATE" || d.type === "TIME").map((d) => ({ type: d.type, value: d.value })),
    entities: observeEntities(a),
    fingerprint: fingerprint ?? observeDuplicates(a),
  };
}

export function digestAround(r: Omit<FileResult, "articles">, articles: ArticleDigest[], csv: CsvOptions): FileDigest {
  return {
    input: r.input,
    sha256: r.sha256,
    bytes: r.bytes,
    articles,
    removed: r.removed.map((row) => ({ record_id: row.record_id, rule: row.rule })),
    removedCsv: renderTableRows("removed", r.removed, csv),
    rejects: r.rejects,
    notices: r.notices ?? [],
    ...(r.skipped !== undefined ? { skipped: r.skipped } : {}),
  };
}

/** `json`: the result's JSON when it is at hand already (a cache entry's bytes, written by JSON.stringify). */
export function processedOf(r: FileResult, csv: CsvOptions, json?: Uint8Array): ProcessedFile {
  return { json: json ?? JSON.stringify(r), digest: digestOf(r, csv) };
}

/** A fresh result that nothing else holds (processFile's, on a worker): its digest, then its JSON in pieces (jsonPieces). */
export function processedOfOwned(r: FileResult, csv: CsvOptions): ProcessedFile & { json: string[] } {
  const digest = digestOf(r, csv);
  return { json: jsonPieces(r), digest };
}
