/**
 * The run's inputs: discovery with content hashes (enough to tell that nothing
 * changed since the last run), and that check itself.
 */
import { closeSync, constants as fsConstants, existsSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
import type { Manifest } from "../schemas/records.ts";
import { discoverInputs, type DiscoverOptions } from "../stages/load/discover.ts";
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

/**
 * One input's bytes, or why they cannot be had. A file over the size cap is rejected from its
 * size alone, never read (a sparse 1 GiB file exhausted memory). Shared by discovery, the
 * template pass, the fan-out and --dry-run. The file is opened without blocking and checked
 * through its descriptor, so what is read is what was checked: a file replaced by a FIFO since it
 * was listed is rejected instead of blocking the run forever, and one that grows while it is
 * read is read up to the cap and rejected past it.
 */
export function readInput(abs: string | Buffer, maxBytes: number = DEFAULT_MAX_BYTES): { bytes: Uint8Array } | { error: string } {
  let fd: number | undefined;
  try {
    fd = openSync(abs, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return { error: "not a regular file (replaced since it was listed)" };
    if (st.size > maxBytes) return { error: tooLargeReason(st.size, maxBytes) };
    // Its own buffer of the listed size (a large file's bytes are then moved to a worker, not copied).
    const buf = Buffer.allocUnsafeSlow(st.size);
    let got = 0;
    for (let n = -1; got < buf.length && n !== 0; got += n) n = readSync(fd, buf, got, buf.length - got, null);
    if (got < buf.length) return { bytes: buf.subarray(0, got) }; // shrank meanwhile
    // Grown since fstat: read on, up to one byte past the cap.
    const more: Buffer[] = [];
    let extra = 0;
    for (let n = -1; n !== 0 && got + extra <= maxBytes; extra += n) {
      // A small first read (it nearly always finds the end), then pieces of 1 MiB.
      const chunk = Buffer.allocUnsafe(Math.min(more.length === 0 ? 1024 : 1 << 20, maxBytes + 1 - got - extra));
      n = readSync(fd, chunk, 0, chunk.length, null);
      if (n > 0) more.push(chunk.subarray(0, n));
    }
    if (got + extra > maxBytes) return { error: tooLargeReason(got + extra, maxBytes) };
    return { bytes: extra === 0 ? buf : Buffer.concat([buf, ...more]) };
  } catch (err) {
    return { error: `unreadable file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
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
