/**
 * Buffered synchronous file writer: simple, ordered, and bounded in memory.
 *
 * Text is encoded to UTF-8 straight into one reused 1 MiB buffer, written out
 * when full. Handing strings to `writeSync` instead (joined, or one by one)
 * makes Node allocate a fresh buffer for each and encode into it: on the
 * final pass's 100 MB of JSON Lines and YAML per 4,000 articles that was the
 * main thread's largest single cost (about 2.5 s), against a few hundred ms
 * this way.
 */
import { closeSync, fsyncSync, openSync, writeSync } from "node:fs";

const CHUNK = 1 << 20;
/** UTF-8 bytes a UTF-16 code unit can take at most (a lone surrogate becomes U+FFFD, 3 bytes). */
const MAX_BYTES_PER_UNIT = 3;

export class FileSink {
  private readonly fd: number;
  private readonly buf = Buffer.allocUnsafeSlow(CHUNK);
  private used = 0;
  /** UTF-8 bytes written so far (those still in the buffer included): where the next write starts in the file. */
  bytes = 0;

  /**
   * `durable` (the default): `close` fsyncs the file, for what the run keeps. False for a scratch file read back
   * and deleted within the run (pipeline/job.ts spill), whose loss in a crash loses nothing: the run fails and
   * removes its work folder anyway, and fsyncing a spilled result (up to about 300 MB) only costs time.
   */
  constructor(readonly path: string, private readonly durable = true) {
    this.fd = openSync(path, "w");
  }

  write(s: string): void {
    if (s.length * MAX_BYTES_PER_UNIT > CHUNK - this.used) {
      this.flush();
      if (s.length * MAX_BYTES_PER_UNIT > CHUNK) {
        // Too long for the buffer even when empty: encoded on its own.
        const b = Buffer.from(s, "utf8");
        this.writeAll(b);
        this.bytes += b.length;
        return;
      }
    }
    const n = this.buf.write(s, this.used, "utf8");
    this.used += n;
    this.bytes += n;
  }

  /** Bytes already encoded (UTF-8), written after everything before them. */
  writeBytes(b: Uint8Array): void {
    this.flush();
    this.writeAll(b);
    this.bytes += b.length;
  }

  private closed = false;

  /**
   * Flush, fsync (when durable) and close; the descriptor is closed even when the flush fails (a full disk), and
   * only once: a second close does nothing. A descriptor closed twice may by then be another file's (opened in
   * between, by this thread or another), which the second close would shut.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.flush();
      if (this.durable) fsyncSync(this.fd);
    } finally {
      closeSync(this.fd);
    }
  }

  /** Write out what is buffered (a reader of the file then sees everything written so far). */
  flush(): void {
    if (this.used === 0) return;
    this.writeAll(this.buf.subarray(0, this.used));
    this.used = 0;
  }

  private writeAll(b: Uint8Array): void {
    for (let off = 0; off < b.length; ) off += writeSync(this.fd, b, off);
  }
}
