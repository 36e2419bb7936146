/**
 * Writing the bench's large hostile files without building them in memory
 * (bench:hostile's floods, bench:fuzz's long line).
 */
import { closeSync, openSync, writeSync } from "node:fs";

/**
 * Write `head`, then `unit` repeated as many whole times as fit in `bytes`
 * (UTF-8 bytes; at most `bytes`, never over), then `tail`, in chunks of about
 * 1 MiB. Same arguments, same bytes.
 */
export function writeRepeated(path: string, head: string, unit: string, bytes: number, tail: string): void {
  const one = Buffer.from(unit, "utf8");
  if (one.length === 0) throw new Error("writeRepeated: empty unit");
  const units = Math.floor(bytes / one.length);
  const perChunk = Math.max(1, Math.floor((1 << 20) / one.length));
  const chunk = Buffer.from(unit.repeat(perChunk), "utf8");
  const fd = openSync(path, "w");
  try {
    writeSync(fd, head);
    let left = units;
    for (; left >= perChunk; left -= perChunk) writeSync(fd, chunk);
    if (left > 0) writeSync(fd, chunk.subarray(0, left * one.length));
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
}
