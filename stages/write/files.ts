/** Buffered synchronous file writer: simple, ordered, and bounded in memory. */
import { closeSync, fsyncSync, openSync, writeSync } from "node:fs";

const FLUSH_AT = 1 << 16;

export class FileSink {
  private fd: number;
  private parts: string[] = [];
  private size = 0;
  constructor(readonly path: string) {
    this.fd = openSync(path, "w");
  }
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= FLUSH_AT) this.flush();
  }
  /** Bytes already encoded (UTF-8), written after everything before them. */
  writeBytes(b: Uint8Array): void {
    this.flush();
    for (let off = 0; off < b.length; ) off += writeSync(this.fd, b, off);
  }
  private flush(): void {
    if (this.parts.length === 0) return;
    writeSync(this.fd, this.parts.join(""));
    this.parts = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
  }
}
