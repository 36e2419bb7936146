/**
 * The run's inputs: discovery with content hashes (enough to tell that nothing
 * changed since the last run), and that check itself.
 */
import { closeSync, constants as fsConstants, existsSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
import type { Manifest } from "../schemas/records.ts";
import { discoverInputs, type DiscoverOptions, unreadableReason } from "../stages/load/discover.ts";
import { DEFAULT_MAX_BYTES, tooLargeReason } from "../stages/load/index.ts";
import { hashOutputs, outputFiles } from "../write/final-pass.ts";
import { stampsMatch } from "../runtime/output-stamps.ts";
import { sha256 } from "../runtime/sha256.ts";

/** A discovered input: its position, path, content hash, or why it cannot be read. */
export interface Found {
  seq: number;
  rel: string;
  abs?: string | Buffer;
  error?: string;
  /** Not read on purpose (hidden file, editor or OS junk): why. */
  skipped?: string;
  hash?: string;
}

/** Pass 1: discovery and content hashes (enough to tell that nothing changed since the last run). */
export async function discoverInputFiles(inDir: string, opts: DiscoverOptions, maxBytes = DEFAULT_MAX_BYTES): Promise<Found[]> {
  const found: Found[] = [];
  for await (const entry of discoverInputs(inDir, opts)) {
    const seq = found.length;
    if ("error" in entry) {
      found.push({ seq, rel: entry.rel, error: entry.error });
      continue;
    }
    if ("skipped" in entry) {
      found.push({ seq, rel: entry.rel, skipped: entry.skipped });
      continue;
    }
    const read = readInput(entry.abs, maxBytes);
    if ("error" in read) found.push({ seq, rel: entry.rel, error: read.error });
    else found.push({ seq, rel: entry.rel, abs: entry.abs, hash: sha256(read.bytes) });
  }
  return found;
}

/** Waits (ms) before the second and third tries of a read that found its file changing (a writer's next flush is usually within them). */
export const READ_RETRY_MS = [150, 400];

/** For tests: `changing` runs between a try's read and its check (a writer at work); `waits` replaces READ_RETRY_MS. */
export interface ReadHooks {
  changing?: (attempt: number) => void;
  waits?: readonly number[];
}

const pause = (ms: number): void => {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/**
 * One input's bytes, or why they cannot be had. A file over the size cap is rejected from its
 * size alone, never read (a sparse 1 GiB file exhausted memory). Shared by discovery, the
 * template pass, the fan-out and --dry-run. The file is opened without blocking and checked
 * through its descriptor, so what is read is what was checked: a file replaced by a FIFO or a
 * folder since it was listed is rejected instead of blocking the run forever.
 *
 * A file whose size or modification time changes while it is read (a download or an export still being written) is
 * read again, up to three tries in all with a short wait between them (READ_RETRY_MS). When it changes on every try:
 * a file that only grew is taken as it was when the last try opened it (the bytes up to its size then: an append-only
 * log or export read as `cat` would, as before these checks); one that shrank or was rewritten in place is rejected,
 * never half read (its bytes would be a mix of two versions). A file that occupies no disk blocks (procfs, sysfs, some
 * FUSE files, whose reported size is not what a read gives) or reports 0 bytes is read to its end, up to the cap.
 */
export function readInput(abs: string | Buffer, maxBytes: number = DEFAULT_MAX_BYTES, hooks: ReadHooks = {}): { bytes: Uint8Array } | { error: string } {
  const waits = hooks.waits ?? READ_RETRY_MS;
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= waits.length;
    const r = readOnce(abs, maxBytes, last, () => hooks.changing?.(attempt));
    if (!("changed" in r)) return r;
    pause(waits[attempt]);
  }
}

/** How a file changed while it was read, from its stat before and after and what the read found; undefined if it did not. */
export function changeOf(before: { size: number; mtimeMs: number }, after: { size: number; mtimeMs: number }, got: number, more: boolean): "grew" | "shrank" | "rewritten" | undefined {
  if (got < before.size || after.size < before.size) return "shrank";
  if (more || after.size > before.size) return "grew";
  return after.mtimeMs !== before.mtimeMs ? "rewritten" : undefined;
}

/** One try of readInput: `changed` when the file changed while read and `last` is false (the caller tries again). */
function readOnce(abs: string | Buffer, maxBytes: number, last: boolean, changing: () => void): { bytes: Uint8Array } | { error: string } | { changed: true } {
  let fd: number | undefined;
  try {
    fd = openSync(abs, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return { error: `not a regular file (${st.isDirectory() ? "a folder" : "a FIFO, socket or device"} since it was listed)` };
    if (st.size > maxBytes) return { error: tooLargeReason(st.size, maxBytes) };
    if (st.size === 0 || st.blocks === 0) return readToEnd(fd, st.size, maxBytes);
    // Its own buffer of the listed size (a large file's bytes are then moved to a worker, not copied).
    const buf = Buffer.allocUnsafeSlow(st.size);
    let got = 0;
    for (let n = -1; got < buf.length && n !== 0; got += n) n = readSync(fd, buf, got, buf.length - got, null);
    changing();
    // One byte more: a file that grew since fstat has it.
    const more = readSync(fd, Buffer.alloc(1), 0, 1, null) > 0;
    const change = changeOf(st, fstatSync(fd), got, more);
    if (change === undefined) return { bytes: buf };
    if (!last) return { changed: true };
    if (change === "grew") return { bytes: buf };
    const what = change === "shrank" ? "it shrank" : "it was rewritten";
    return { error: `file changed while it was read (${what}); it may still be being written, and is read again on the next run` };
  } catch (err) {
    return { error: unreadableReason(err) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A file whose reported size is not what a read gives (procfs, sysfs): read to its end, up to one byte past the cap. */
function readToEnd(fd: number, size: number, maxBytes: number): { bytes: Uint8Array } | { error: string } {
  const pieces: Buffer[] = [];
  let got = 0;
  for (let n = -1; n !== 0 && got <= maxBytes; got += n) {
    // A first read of the reported size (or a small one), then pieces of 1 MiB.
    const chunk = Buffer.allocUnsafe(Math.min(pieces.length === 0 ? Math.max(size, 4096) : 1 << 20, maxBytes + 1 - got));
    n = readSync(fd, chunk, 0, chunk.length, null);
    if (n > 0) pieces.push(chunk.subarray(0, n));
  }
  if (got > maxBytes) return { error: tooLargeReason(got, maxBytes) };
  return { bytes: pieces.length === 1 ? pieces[0] : Buffer.concat(pieces) };
}

/**
 * Nothing changed: same fingerprint and same inputs (paths and hashes) as the
 * run that wrote out/, and out/ is still what that run wrote (every output
 * file there, with the hash its manifest recorded). `stamps`: where the run that wrote out/ kept
 * its files' stamps (runtime/output-stamps.ts); when every file still has its stamp, the files
 * are not hashed again.
 */
export function previousRunIdentical(outDir: string, found: Found[], fingerprint: string, stamps?: string): boolean {
  const path = join(outDir, "manifest.json");
  if (!existsSync(path)) return false;
  try {
    const manifestBytes = readFileSync(path);
    const prev = JSON.parse(manifestBytes.toString("utf8")) as Manifest;
    if (prev.fingerprint !== fingerprint || prev.inputs.length !== found.length || !prev.outputs) return false;
    if (!prev.inputs.every((p, i) => p.input === found[i].rel && p.sha256 === (found[i].hash ?? null))) return false;
    const names = Object.keys(prev.outputs);
    if (stamps !== undefined) {
      const files = outputFiles(outDir);
      if (files.length === names.length && files.every((f) => Object.hasOwn(prev.outputs!, f)) && stampsMatch(stamps, outDir, manifestBytes, files)) return true;
    }
    const now = hashOutputs(outDir);
    return names.length === Object.keys(now).length && names.every((n) => now[n] === prev.outputs![n]);
  } catch {
    return false;
  }
}
