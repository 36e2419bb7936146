/**
 * The partial-file format. The fan-out writes a *partial*: `partial.jsonl`, one
 * JSON line `{"seq":N,"result":…}` per input file in discovery order, and
 * `partial.json`, its metadata (fingerprint, shard, inputs discovered). A
 * one-machine run and a sharded run (`--shard I/N` on several machines, then
 * `merge`) both read their partials back with `readPartials`, a k-way merge by
 * discovery position, so their outputs are byte-identical.
 *
 * Generic in the result type: this module knows lines and positions, not documents.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { FileSink } from "./file-sink.ts";
import { CHUNK, LineReader } from "./lines.ts";

export const PARTIAL = "partial.jsonl";
export const PARTIAL_META = "partial.json";

/** One line of a partial: the result of one discovered input, with its discovery position. */
export interface PartialLine<R> {
  seq: number;
  result: R;
}

export interface PartialMeta {
  fingerprint: string;
  shard: { index: number; count: number };
  discovered: number;
  /**
   * The charset the shard read undeclared files in (config `input_encoding`): part of the fingerprint, and `merge`
   * takes no such flag, so the merged manifest's fingerprint takes it from here. Absent in partials of older versions.
   */
  input_encoding?: string | null;
}

/** The metadata of partial folders, read as given (a folder without one is not a partial). */
export function readPartialMetas(dirs: string[]): PartialMeta[] {
  return dirs.map((d) => {
    const path = join(d, PARTIAL_META);
    if (!existsSync(path)) throw new Error(`not a partial folder (no ${PARTIAL_META}): ${d}`);
    return JSON.parse(readFileSync(path, "utf8")) as PartialMeta;
  });
}

/** Shard membership by content hash (first 8 hex digits), so it holds on any machine. */
export function inShard(hash: string, shard: { index: number; count: number }): boolean {
  return parseInt(hash.slice(0, 8), 16) % shard.count === shard.index;
}

/**
 * A result's JSON text in a file rather than in memory: a file of the run's work folder (`spilled`: a large result a
 * worker wrote, removed once copied), or the rest of an open file from a byte on (`file`, `from`: a large cache
 * entry's JSON after its checksum line, read where it lies; the file is closed once copied).
 */
export type JsonInFile = { spilled: string } | { file: FileHandle; from: number };

/** Writes the partial of one run or shard into a folder, one result's JSON text at a time. */
export class PartialWriter {
  private readonly sink: FileSink;

  constructor(private readonly dir: string) {
    this.sink = new FileSink(join(dir, PARTIAL));
  }

  /**
   * The same bytes as JSON.stringify({ seq, result }), from the result's own JSON text (whole, in pieces that join
   * to it, or in a file: `spilled`, copied a chunk at a time and then removed).
   */
  write(seq: number, json: string | Uint8Array | string[] | JsonInFile): void {
    this.sink.write(`{"seq":${seq},"result":`);
    if (typeof json === "string") this.sink.write(json);
    else if (Array.isArray(json)) for (const piece of json) this.sink.write(piece);
    else if ("spilled" in json) this.copyIn(openSync(json.spilled, "r"), 0, json.spilled);
    else if ("file" in json) this.copyIn(json.file.fd, json.from, undefined, json.file);
    else this.sink.writeBytes(json);
    this.sink.write("}\n");
  }

  /** Copy an open file into the partial from `from` to its end, then close it (its FileHandle, when it has one) and remove it (given its path). */
  private copyIn(fd: number, from: number, remove?: string, handle?: FileHandle): void {
    try {
      const chunk = Buffer.allocUnsafe(CHUNK);
      for (let at = from, n = readSync(fd, chunk, 0, CHUNK, at); n > 0; at += n, n = readSync(fd, chunk, 0, CHUNK, at)) this.sink.writeBytes(chunk.subarray(0, n));
    } finally {
      if (handle) handle.close().catch(() => {}); // copied already: a failed close loses nothing, and must not reject unhandled
      else closeSync(fd);
    }
    if (remove) rmSync(remove, { force: true });
  }

  close(): void {
    this.sink.close();
  }

  writeMeta(meta: PartialMeta): void {
    writeFileSync(join(this.dir, PARTIAL_META), JSON.stringify(meta, null, 2) + "\n");
  }
}

/**
 * Read partials (one or many shards) in discovery order. A line longer than `wholeLineBytes` comes with its
 * result's STREAMED_KEY array as StreamedItems (read each entry's items before asking for the next entry).
 */
export async function* readPartials<R>(dirs: string[], wholeLineBytes = WHOLE_LINE_BYTES): AsyncGenerator<PartialLine<MaybeStreamed<R>>> {
  const metas = readPartialMetas(dirs);
  const fingerprints = new Set(metas.map((m) => m.fingerprint));
  if (fingerprints.size > 1) throw new Error("partials were made with different code or configuration (fingerprints differ)");
  const counts = new Set(metas.map((m) => `${m.shard.count}:${m.discovered}`));
  if (counts.size > 1) throw new Error("partials disagree on the shard count or the inputs discovered");
  const shardIndexes = new Set(metas.map((m) => m.shard.index));
  if (shardIndexes.size !== metas[0].shard.count) {
    throw new Error(`expected ${metas[0].shard.count} shards, got ${shardIndexes.size} distinct ones`);
  }
  // k-way merge by discovery position
  const files = await Promise.all(dirs.map((d) => PartialFile.open(join(d, PARTIAL), wholeLineBytes)));
  try {
    const heads: (PartialLine<MaybeStreamed<R>> | null)[] = [];
    for (const f of files) heads.push(await f.next<MaybeStreamed<R>>());
    let expected = 0;
    for (;;) {
      let best = -1;
      heads.forEach((h, i) => {
        if (h && (best < 0 || h.seq < heads[best]!.seq)) best = i;
      });
      if (best < 0) break;
      const entry = heads[best]!;
      if (entry.seq !== expected) throw new Error(`partials are incomplete: input #${expected} is missing`);
      expected++;
      yield entry;
      heads[best] = await files[best].next<MaybeStreamed<R>>();
    }
    if (expected !== metas[0].discovered) throw new Error(`partials are incomplete: ${expected} of ${metas[0].discovered} inputs`);
  } finally {
    await Promise.all(files.map((f) => f.close()));
  }
}

/**
 * A partial line longer than this (in bytes) is not read as one string: the items of its `result`'s
 * STREAMED_KEY array are read from the file one at a time, as they are used. A 19.9 MB JSON Lines export
 * dense in names and dates is one line of about 300 MB; read whole, parsed whole, its articles held at
 * once, the final pass reached 1.9 GB (bench:hostile jsonl-dense-20mb). The partials of ordinary inputs
 * (a few MB a file) never reach it and are read as before.
 */
export const WHOLE_LINE_BYTES = 16 << 20;

/** The array of a result that a long line streams (the articles: runtime knows it only as the big array; pipeline/digest.ts jsonPieces cuts at the same). */
export const STREAMED_KEY = "articles";

/**
 * The items of a long line's streamed array, each parsed as it is reached. Read them before asking
 * readPartials for the next entry (the partial file closes when the generator ends), and once.
 */
export interface StreamedItems<T> extends AsyncIterable<T> {
  readonly length: number;
}

/** A result as readPartials gives it: the streamed array whole (a short line) or as StreamedItems (a long one). */
export type MaybeStreamed<R> = R extends { [STREAMED_KEY]: (infer T)[] } ? Omit<R, typeof STREAMED_KEY> & { [STREAMED_KEY]: T[] | StreamedItems<T> } : R;

/** Item ranges read from the file together, up to this many bytes (one item may be longer: read alone). */
const ITEM_BLOCK = 1 << 20;

/**
 * JSON this program wrote (JSON.stringify: no white space) read from an open file by position: a value whose
 * STREAMED_KEY array is read an item at a time (`streamed`), never the whole text at once.
 */
export class JsonFile {
  constructor(protected readonly fh: FileHandle) {}

  static async open(path: string): Promise<JsonFile> {
    return new JsonFile(await open(path, "r"));
  }

  close(): Promise<void> {
    return this.fh.close();
  }

  /**
   * The JSON value in bytes `start`–`end` of the file, with the STREAMED_KEY array of the object at `path` in it
   * ([]: the value itself; ["result"]: a partial line's result) given as StreamedItems, everything else parsed at
   * once; without such an array, the value parsed whole. One pass over the bytes finds the array and where each of
   * its items starts and ends (outside strings every byte is structure).
   */
  async streamed<V>(start: number, end: number, path: readonly string[]): Promise<V> {
    const scan = await this.scanLine(start, end, path.length + 1);
    if (!scan) return JSON.parse((await this.readRange(start, end)).toString("utf8")) as V;
    const head = await this.readRange(start, scan.open + 1);
    const tail = await this.readRange(scan.close, end);
    const value = JSON.parse(Buffer.concat([head, tail]).toString("utf8")) as V;
    let holder = value as Record<string, unknown>;
    for (const key of path) holder = holder[key] as Record<string, unknown>;
    holder[STREAMED_KEY] = this.items(scan.items);
    return value;
  }

  /**
   * The streamed array's `[` and `]` offsets and its items' ranges; null when there is no such array. `keyDepth`:
   * the nesting of the object whose key it is (1: the value's own keys).
   */
  private async scanLine(start: number, end: number, keyDepth: number): Promise<{ open: number; close: number; items: number[] } | null> {
    const items: number[] = []; // start, end pairs
    let depth = 0;
    let inString = false;
    let escaped = false;
    // The last string met in the object at keyDepth, its first bytes: the key before a value.
    let key = "";
    let keyBytes: number[] | null = null;
    let open = -1;
    let close = -1;
    let itemStart = -1;
    const want = STREAMED_KEY;
    const chunk = Buffer.allocUnsafe(CHUNK);
    for (let at = start; at < end; ) {
      const { bytesRead } = await this.fh.read(chunk, 0, Math.min(CHUNK, end - at), at);
      if (bytesRead === 0) break;
      for (let i = 0; i < bytesRead; i++) {
        const b = chunk[i];
        if (inString) {
          if (escaped) escaped = false;
          else if (b === 0x5c) escaped = true;
          else if (b === 0x22) {
            inString = false;
            if (keyBytes) {
              key = String.fromCharCode(...keyBytes);
              keyBytes = null;
            }
          } else if (keyBytes && keyBytes.length <= want.length) keyBytes.push(b);
          continue;
        }
        if (b === 0x22) {
          inString = true;
          if (depth === keyDepth && open < 0) keyBytes = [];
          else if (depth === keyDepth + 1 && open >= 0 && close < 0 && itemStart < 0) itemStart = at + i;
        } else if (b === 0x7b || b === 0x5b) {
          if (depth === keyDepth && b === 0x5b && open < 0 && key === want) open = at + i;
          else if (depth === keyDepth + 1 && open >= 0 && close < 0 && itemStart < 0) itemStart = at + i;
          depth++;
        } else if (b === 0x7d || b === 0x5d) {
          depth--;
          if (depth === keyDepth && open >= 0 && close < 0) {
            if (itemStart >= 0) items.push(itemStart, at + i);
            close = at + i;
          }
        } else if (depth === keyDepth + 1 && open >= 0 && close < 0) {
          if (b === 0x2c) {
            items.push(itemStart, at + i);
            itemStart = -1;
          } else if (itemStart < 0) itemStart = at + i; // a number, true, false, null
        }
      }
      at += bytesRead;
    }
    return open >= 0 && close >= 0 ? { open, close, items } : null;
  }

  /** Items by their ranges, read a block of neighbours at a time and parsed one by one. */
  private items<T>(ranges: number[]): StreamedItems<T> {
    const file = this;
    return {
      length: ranges.length / 2,
      async *[Symbol.asyncIterator]() {
        for (let k = 0; k < ranges.length; ) {
          let last = k;
          while (last + 2 < ranges.length && ranges[last + 3] - ranges[k] <= ITEM_BLOCK) last += 2;
          const base = ranges[k];
          const block = await file.readRange(base, ranges[last + 1]);
          for (; k <= last; k += 2) yield JSON.parse(block.toString("utf8", ranges[k] - base, ranges[k + 1] - base)) as T;
        }
      },
    };
  }

  protected async readRange(start: number, end: number): Promise<Buffer> {
    const buf = Buffer.allocUnsafe(end - start);
    for (let done = 0; done < buf.length; ) {
      const { bytesRead } = await this.fh.read(buf, done, buf.length - done, start + done);
      if (bytesRead === 0) throw new Error("partial file shorter than read before");
      done += bytesRead;
    }
    return buf;
  }
}

/** One partial file, read line by line with positional reads (a long line's items are read again by position). */
class PartialFile extends JsonFile {
  /** The file's lines, a line longer than wholeLineBytes given as its byte range (runtime/lines.ts). */
  private readonly lines: LineReader;

  private constructor(fh: FileHandle, wholeLineBytes: number) {
    super(fh);
    this.lines = new LineReader(fh, wholeLineBytes);
  }

  static override async open(path: string, wholeLineBytes = WHOLE_LINE_BYTES): Promise<PartialFile> {
    const fh = await open(path, "r");
    return new PartialFile(fh, wholeLineBytes);
  }

  /** The next non-empty line's entry, or null at the end of the file. */
  async next<R>(): Promise<PartialLine<R> | null> {
    for (;;) {
      const line = await this.lines.next();
      if (line === null) return null;
      if (typeof line === "string") {
        if (line) return JSON.parse(line) as PartialLine<R>;
        continue;
      }
      // A long line's entry: its result's articles read as they are used.
      return this.streamed<PartialLine<R>>(line.start, line.end, ["result"]);
    }
  }
}
