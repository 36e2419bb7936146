/**
 * Where a worker keeps the articles of the file it processes (pipeline/document.ts `ArticleSink`): each article is
 * serialised as it is finished, its digest (pipeline/digest.ts) taken, and the object let go. While the file's articles
 * come to under `memoryChars` of JSON their text and digests are kept in memory (an ordinary file: sent back as
 * before); past it, both go into scratch files beside the run's spill path as each article comes, and at the end the
 * file's result and its digest are written there (pipeline/job.ts spill, unspill), so the worker holds one article at
 * a time, not the file's. A 19.9 MB JSON Lines export dense in names
 * and dates finishes 265 MB of articles, which a worker of its own held until the file ended (bench:hostile
 * jsonl-dense-20mb). The JSON is byte for byte JSON.stringify of the single pass's result: the same text in the
 * same order, only where it waits differs.
 */
import { createHash, type Hash } from "node:crypto";
import { closeSync, openSync, readSync, renameSync, rmSync } from "node:fs";
import type { Article } from "../schemas/records.ts";
import type { Fingerprint } from "../corpus/duplicates.ts";
import type { ArticleSink, FileResult } from "./document.ts";
import { articleDigestOf, digestAround, jsonPieces, type ArticleDigest, type FileDigest, type ProcessedFile } from "./digest.ts";
import type { CsvOptions } from "../write/csv.ts";
import { FileSink } from "../runtime/file-sink.ts";
import { readChunks } from "../runtime/lines.ts";

/** A result whose JSON is in a file (`spilled`), with the SHA-256 of that text (the cache entry's checksum line). */
export interface StoredJson {
  spilled: string;
  sha256: string;
}

/** The disk, not the document: a store that cannot write its file ends the run (pipeline/job.ts handlerFor). */
const runFatal = (err: unknown): Error => Object.assign(err as Error, { runFatal: true });

export class ArticleStore implements ArticleSink {
  /** The articles' digests while they are in memory (then each goes to the digests' file: `file.digests`). */
  private digests: ArticleDigest[] = [];
  /** The articles' JSON while they are in memory. */
  private memory: string[] = [];
  private chars = 0;
  private taken = 0;
  /** Once the articles went to the file: the writer, a reader, where each article's JSON starts, and their digests' writer. */
  private file?: { sink: FileSink; fd: number; starts: number[]; digests: FileSink };

  /**
   * `path`: the spill path of the request (the scratch files `<path>.articles` and `<path>.digests` are removed by
   * `finish`); `memoryChars`: characters of article JSON kept in memory before they go to the file (pipeline/job.ts
   * SPILL_CHARS: a result smaller than that is sent back as a message anyway).
   */
  constructor(
    private readonly path: string,
    private readonly memoryChars: number,
  ) {}

  get count(): number {
    return this.taken;
  }

  add(article: Article, format: string | undefined, fingerprint: Fingerprint | undefined): void {
    this.taken++;
    const digest = articleDigestOf(article, format, fingerprint);
    const json = JSON.stringify(article);
    if (this.file) return this.append(json, digest);
    this.digests.push(digest);
    this.memory.push(json);
    this.chars += json.length;
    if (this.chars > this.memoryChars) this.toFile();
  }

  /** The JSON of the articles from `from` to `to` (not included), joined with commas: as in the result's array. */
  json(from: number, to: number): string {
    if (to <= from) return "";
    if (!this.file) return this.memory.slice(from, to).join(",");
    const { sink, fd, starts } = this.file;
    try {
      sink.flush();
      // Each article's JSON ends one byte (the comma) before the next one's start; the last one at the end of the file.
      const start = starts[from];
      const end = to < starts.length ? starts[to] - 1 : sink.bytes;
      const buf = Buffer.allocUnsafe(end - start);
      for (let got = 0, n = -1; got < buf.length && n !== 0; got += n) n = readSync(fd, buf, got, buf.length - got, start + got);
      return buf.toString("utf8");
    } catch (err) {
      throw runFatal(err);
    }
  }

  /**
   * The processed file: its digest, and its JSON as pieces (articles in memory) or, when the articles went to the
   * file, written at the spill path (head, the articles copied a chunk at a time, tail) with its SHA-256.
   * `r.articles` is empty (the articles are here).
   */
  finish(r: FileResult, csv: CsvOptions): ProcessedFile & { json: string[] | StoredJson } {
    if (!this.file) {
      const digest = digestAround(r, this.digests, csv);
      const json = jsonPieces(r, undefined, this.memory);
      this.memory = [];
      this.digests = [];
      return { json, digest };
    }
    const { sink, fd, digests } = this.file;
    try {
      sink.close();
      digests.close();
      // The result's JSON (and the digest's) around a marker in place of the articles, split there.
      const marker = JSON.stringify(MARKER);
      const hash = createHash("sha256");
      const jsonPath = this.path;
      const digestPath = `${this.path}.digest`;
      around(jsonPath, jsonPieces(r, Infinity, [marker]).join(""), marker, fd, sink.bytes, hash);
      // The digest without its articles, whose digests stay in their own file, one per line, for the main thread to
      // fold one at a time (pipeline/digest.ts eachArticleDigest): parsed whole, a million articles' digests took
      // about 290 MB of the main heap while the worker of its own still held its own.
      const articlesIn = `${this.path}.digest-articles`;
      renameSync(`${this.path}.digests`, articlesIn);
      const out = new FileSink(digestPath, false);
      try {
        out.write(JSON.stringify({ ...digestAround(r, [], csv), articlesIn }));
      } finally {
        out.close();
      }
      // The digest is read back by the main thread once the task is over (pipeline/job.ts unspill).
      return { json: { spilled: jsonPath, sha256: hash.digest("hex") }, digest: { spilled: digestPath } as unknown as FileDigest };
    } catch (err) {
      throw runFatal(err);
    } finally {
      this.discard();
    }
  }

  /** The articles so far into the file; from now on each goes there as it comes. */
  private toFile(): void {
    try {
      // scratch files, as the spilled result (pipeline/job.ts spill)
      const sink = new FileSink(`${this.path}.articles`, false);
      this.file = { sink, fd: openSync(`${this.path}.articles`, "r"), starts: [], digests: new FileSink(`${this.path}.digests`, false) };
    } catch (err) {
      throw runFatal(err);
    }
    for (const [k, json] of this.memory.entries()) this.append(json, this.digests[k]);
    this.memory = [];
    this.digests = [];
    this.chars = 0;
  }

  private append(json: string, digest: ArticleDigest): void {
    const { sink, starts, digests } = this.file!;
    try {
      if (starts.length > 0) {
        sink.write(",");
        digests.write("\n");
      }
      starts.push(sink.bytes);
      sink.write(json);
      digests.write(JSON.stringify(digest));
    } catch (err) {
      throw runFatal(err);
    }
  }

  /** Let go of the scratch files (after `finish`, or a try that failed before it): closed and removed. */
  discard(): void {
    if (!this.file) return;
    const { sink, fd, digests } = this.file;
    this.file = undefined;
    for (const close of [() => sink.close(), () => digests.close(), () => closeSync(fd)]) {
      try {
        close();
      } catch {
        // scratch (or closed already): nothing to keep
      }
    }
    rmSync(`${this.path}.articles`, { force: true });
    rmSync(`${this.path}.digests`, { force: true });
  }
}

/** Stands for the articles in a result or digest serialised without them (a file name never holds a NUL). */
const MARKER = "\u0000articles\u0000";

/**
 * Write at `path` the JSON `text` with its `marker` replaced by the first `bytes` bytes of the file at `fd` (what
 * this store wrote there: a scratch file left longer by an earlier try adds nothing), hashed with the rest when
 * `hash` is given. The output is closed even when a write fails (a full disk).
 */
function around(path: string, text: string, marker: string, fd: number, bytes: number, hash?: Hash): void {
  const cut = text.indexOf(marker);
  const out = new FileSink(path, false);
  try {
    const put = (s: string) => {
      hash?.update(s, "utf8");
      out.write(s);
    };
    put(text.slice(0, cut));
    readChunks(
      fd,
      (piece) => {
        hash?.update(piece);
        out.writeBytes(piece);
      },
      bytes,
    );
    put(text.slice(cut + marker.length));
  } finally {
    out.close();
  }
}
