/**
 * Lines of a file written by this program (one JSON document or table row per line, LF-terminated, UTF-8):
 * the one line reader of the runtime (`eachLineSync` for a synchronous fold). `readLines` gives every line as text (the manifest's scratch rows,
 * write/manifest.ts; the change log's rows, write/changes.ts); `LineReader` is what it wraps, used directly by
 * the partials' reader (runtime/partials.ts), which gives a line longer than a bound as its byte range instead
 * of its text. Reads 1 MiB at a time and splits on the LF byte, which never occurs inside a UTF-8 multi-byte
 * sequence, so each line is decoded once, whole. readline does the same job several times slower (a regular
 * expression for every line ending and a streaming decoder).
 */
import { readSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";

export const CHUNK = 1 << 20;

/**
 * Hand the bytes of the file at `fd`, from its start, to `put` a chunk at a time (a reused buffer: copy what is
 * kept): up to `bytes` bytes, or to its end. Copies a spilled result into a cache entry or a file around it.
 */
export function readChunks(fd: number, put: (chunk: Uint8Array) => void, bytes = Infinity): void {
  const chunk = Buffer.allocUnsafe(CHUNK);
  for (let at = 0, n = -1; at < bytes && n !== 0; at += n) {
    n = readSync(fd, chunk, 0, Math.min(CHUNK, bytes - at), at);
    if (n > 0) put(chunk.subarray(0, n));
  }
}

/**
 * Each line of the file at `fd`, from its start, handed to `put` as its bytes without the LF, in order and at once:
 * a view into the reused chunk when the line lies in one chunk (read it before returning, copy what is kept), its
 * pieces joined once when it spans chunks. The synchronous reader, for a caller that folds lines as it reads them
 * (pipeline/digest.ts eachArticleDigest); LineReader below is the asynchronous one.
 */
export function eachLineSync(fd: number, put: (line: Buffer) => void): void {
  let parts: Buffer[] = [];
  readChunks(fd, (chunk) => {
    const buf = chunk as Buffer;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      const piece = buf.subarray(from, nl);
      put(parts.length > 0 ? Buffer.concat([...parts, piece]) : piece);
      parts = [];
      from = nl + 1;
    }
    if (from < buf.length) parts.push(Buffer.from(buf.subarray(from))); // the chunk is reused: copied
  });
  if (parts.length > 0) put(Buffer.concat(parts));
}

/** A line longer than the reader's bound: its bytes' range in the file, without its LF. */
export interface LineRange {
  start: number;
  end: number;
}

/**
 * Lines of an open file, read with positional reads from offset 0 (so the caller may read other ranges of the
 * same handle between lines). A line of more than `wholeLineBytes` bytes is given as its LineRange, its text
 * never held; a shorter one as its text, a CR before its LF taken off. The last line may lack its LF.
 */
export class LineReader {
  /** The file offset of the next byte to look at for a line's end. */
  private pos = 0;
  /** The last chunk read, and the file offset of its first byte. */
  private buf = Buffer.alloc(0);
  private bufStart = 0;

  constructor(private readonly fh: FileHandle, private readonly wholeLineBytes = Infinity) {}

  /** The next line: its text, or, past wholeLineBytes, its byte range. Null at the end of the file. */
  async next(): Promise<string | LineRange | null> {
    const start = this.pos;
    // The pieces of a line that spans chunks, joined once when its end is found: joining them chunk by chunk
    // copied a line of n MiB n times (a 300 MB partial line: 45 GB of copying).
    const parts: Buffer[] = [];
    let kept = 0;
    let long = false;
    for (;;) {
      if (this.pos >= this.bufStart + this.buf.length) {
        const chunk = Buffer.allocUnsafe(CHUNK);
        const { bytesRead } = await this.fh.read(chunk, 0, CHUNK, this.pos);
        if (bytesRead === 0) {
          if (this.pos === start) return null;
          // the last line, without its LF
          return long ? { start, end: this.pos } : Buffer.concat(parts).toString("utf8");
        }
        this.buf = chunk.subarray(0, bytesRead);
        this.bufStart = this.pos;
      }
      const from = this.pos - this.bufStart;
      const nl = this.buf.indexOf(10, from);
      const upto = nl < 0 ? this.buf.length : nl;
      if (!long && kept + upto - from > this.wholeLineBytes) {
        long = true;
        parts.length = 0;
      }
      if (!long) {
        parts.push(this.buf.subarray(from, upto));
        kept += upto - from;
      }
      this.pos = this.bufStart + upto;
      if (nl >= 0) {
        const end = this.pos;
        this.pos++;
        if (long) return { start, end };
        const line = parts.length === 1 ? parts[0] : Buffer.concat(parts);
        return line.toString("utf8", 0, line.length > 0 && line[line.length - 1] === 13 ? line.length - 1 : line.length);
      }
    }
  }
}

/** Every line of the file at `path`, as text (no bound on a line's length). */
export async function* readLines(path: string): AsyncGenerator<string> {
  const file = await open(path, "r");
  try {
    const lines = new LineReader(file);
    for (let line = await lines.next(); line !== null; line = await lines.next()) yield line as string;
  } finally {
    await file.close();
  }
}
