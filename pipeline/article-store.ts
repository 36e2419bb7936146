/**
 * Where a worker keeps the articles of the file it processes (pipeline/document.ts `ArticleSink`): each article is
 * serialised as it is finished, its digest (pipeline/digest.ts) taken, and the object let go. While the file's articles
 * come to under `memoryChars` of JSON their text is kept in memory (an ordinary file: sent back as before); past it,
 * the text goes into a file beside the run's spill path and the file's result is written there (pipeline/job.ts
 * spill), so the worker holds one article at a time, not the file's. A 19.9 MB JSON Lines export dense in names
 * and dates finishes 265 MB of articles, which a worker of its own held until the file ended (bench:hostile
 * jsonl-dense-20mb). The JSON is byte for byte JSON.stringify of the single pass's result: the same text in the
 * same order, only where it waits differs.
 */
import { createHash, type Hash } from "node:crypto";
import { closeSync, openSync, readSync, rmSync } from "node:fs";
import type { Article } from "../schemas/records.ts";
import type { Fingerprint } from "../corpus/duplicates.ts";
import type { ArticleSink, FileResult } from "./document.ts";
import { articleDigestOf, digestAround, jsonPieces, type ArticleDigest, type ProcessedFile } from "./digest.ts";
import type { CsvOptions } from "../write/csv.ts";
import { FileSink } from "../runtime/file-sink.ts";
import { CHUNK } from "../runtime/lines.ts";

/** Characters of article JSON a store keeps in memory before it writes them to its file (see SPILL_CHARS, pipeline/job.ts). */
export const STORE_MEMORY_CHARS = 8_000_000;

/** A result whose JSON is in a file (`spilled`), with the SHA-256 of that text (the cache entry's checksum line). */
export interface StoredJson {
  spilled: string;
  sha256: string;
}

/** The disk, not the document: a store that cannot write its file ends the run (pipeline/job.ts handlerFor). */
const runFatal = (err: unknown): Error => Object.assign(err as Error, { runFatal: true });

export class ArticleStore implements ArticleSink {
  readonly digests: ArticleDigest[] = [];
  /** The articles' JSON while they are in memory. */
  private memory: string[] = [];
  private chars = 0;
  /** Once the articles went to the file: the writer, a reader, and where each article's JSON starts. */
  private file?: { sink: FileSink; fd: number; starts: number[] };

  /** `path`: the spill path of the request; the articles' file is `<path>.articles`, removed by `finish`. */
  constructor(
    private readonly path: string,
    private readonly memoryChars = STORE_MEMORY_CHARS,
  ) {}

  get count(): number {
    return this.digests.length;
  }

  add(article: Article, format: string | undefined, fingerprint: Fingerprint | undefined): void {
    this.digests.push(articleDigestOf(article, format, fingerprint));
    const json = JSON.stringify(article);
    if (this.file) return this.append(json);
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
    const digest = digestAround(r, this.digests, csv);
    if (!this.file) {
      const json = jsonPieces(r, undefined, this.memory);
      this.memory = [];
      return { json, digest };
    }
    const { sink, fd } = this.file;
    try {
      sink.close();
      // The result's JSON around a marker article, split there: the text before and after the articles' array content.
      const marker = "\u0000articles\u0000";
      const around = jsonPieces(r, Infinity, [JSON.stringify(marker)]).join("");
      const cut = around.indexOf(JSON.stringify(marker));
      const hash = createHash("sha256");
      const out = new FileSink(this.path, false);
      const put = (s: string) => {
        hash.update(s, "utf8");
        out.write(s);
      };
      put(around.slice(0, cut));
      copyFile(fd, out, hash);
      put(around.slice(cut + JSON.stringify(marker).length));
      out.close();
      return { json: { spilled: this.path, sha256: hash.digest("hex") }, digest };
    } catch (err) {
      throw runFatal(err);
    } finally {
      closeSync(fd);
      rmSync(`${this.path}.articles`, { force: true });
      this.file = undefined;
    }
  }

  /** The articles so far into the file; from now on each goes there as it comes. */
  private toFile(): void {
    try {
      const sink = new FileSink(`${this.path}.articles`, false); // scratch, as the spilled result (pipeline/job.ts spill)
      this.file = { sink, fd: openSync(`${this.path}.articles`, "r"), starts: [] };
    } catch (err) {
      throw runFatal(err);
    }
    for (const json of this.memory) this.append(json);
    this.memory = [];
    this.chars = 0;
  }

  private append(json: string): void {
    const { sink, starts } = this.file!;
    try {
      if (starts.length > 0) sink.write(",");
      starts.push(sink.bytes);
      sink.write(json);
    } catch (err) {
      throw runFatal(err);
    }
  }

  /** Let go of the file (a try that failed before `finish`): closed and removed. */
  discard(): void {
    if (!this.file) return;
    try {
      this.file.sink.close();
    } catch {
      // scratch: nothing to keep
    }
    closeSync(this.file.fd);
    rmSync(`${this.path}.articles`, { force: true });
    this.file = undefined;
  }
}

/** Copy the whole file at `fd` into `out`, a chunk at a time, hashing what is copied. */
function copyFile(fd: number, out: FileSink, hash: Hash): void {
  const chunk = Buffer.allocUnsafe(CHUNK);
  for (let at = 0, n = readSync(fd, chunk, 0, CHUNK, at); n > 0; at += n, n = readSync(fd, chunk, 0, CHUNK, at)) {
    const piece = chunk.subarray(0, n);
    hash.update(piece);
    out.writeBytes(piece);
  }
}
