/**
 * Stamps of a run's output files, so that an unchanged re-run need not hash
 * all of out/ again to know that nobody edited it.
 *
 * When a run writes its outputs it hashes every file (the manifest records the
 * hashes). Beside that, it keeps each file's stamp (size, modification and
 * change times in nanoseconds, inode) in a small record in the cache folder,
 * keyed by the output folder (`outputs-<hash>.stamps`, JSON, beside the cache
 * entries) and tied to the bytes of the manifest written
 * with them. The next run with the same cache compares stamps: when the
 * manifest is the same and every file has the same stamp, the files are those
 * the manifest's hashes were taken of; any other case (a file written since,
 * even with its old size and a restored modification time: its change time
 * moved; a file added or gone; another manifest; a folder copied elsewhere)
 * falls back to hashing every file, as before. The record is never an output:
 * out/ stays byte-identical whatever the machine.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { sha256 } from "./sha256.ts";

export interface OutputStamps {
  /** SHA-256 of manifest.json's bytes. */
  manifest: string;
  /** Output path (POSIX, relative to the folder) → stamp. */
  files: Record<string, string>;
}

/** size:mtime ns:ctime ns:inode of a file. */
export function stampOf(path: string): string {
  const s = statSync(path, { bigint: true });
  return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;
}

/** Where the stamps of an output folder are kept in a cache folder. */
export function stampsPath(cacheDir: string, outDir: string): string {
  return join(resolve(cacheDir), `outputs-${sha256(resolve(outDir)).slice(0, 16)}.stamps`);
}

/** Keep the stamps of the files just written (`files`: path → stamp) with the manifest written beside them. */
export function writeStamps(path: string, manifestBytes: Uint8Array, files: Record<string, string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ manifest: sha256(manifestBytes), files } satisfies OutputStamps));
  renameSync(tmp, path);
}

/**
 * True when `dir` holds exactly the files `names` with the stamps kept at `path`, beside the
 * manifest whose bytes are `manifestBytes`; false when anything differs or no record is readable.
 */
export function stampsMatch(path: string, dir: string, manifestBytes: Uint8Array, names: readonly string[]): boolean {
  let kept: OutputStamps;
  try {
    kept = JSON.parse(readFileSync(path, "utf8")) as OutputStamps;
  } catch {
    return false;
  }
  if (!kept || typeof kept.files !== "object" || kept.files === null || kept.manifest !== sha256(manifestBytes)) return false;
  if (Object.keys(kept.files).length !== names.length) return false;
  try {
    return names.every((n) => Object.hasOwn(kept.files, n) && kept.files[n] === stampOf(join(dir, n)));
  } catch {
    return false;
  }
}
