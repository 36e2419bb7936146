/**
 * A folder of cache entries, generic: each entry is JSON bytes under a key,
 * written to a temporary name and renamed, so that a run killed at any moment
 * leaves the cache usable. An entry is never trusted as it is: its first line
 * is the SHA-256 of the JSON after it, and `read` gives the JSON only when the
 * two agree (a truncated or edited entry is a miss). What the JSON must hold is
 * the caller's check (pipeline/cache.ts: a file result of the same input).
 */
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { dirname, join } from "node:path";
import { CHUNK, readChunks } from "./lines.ts";
import { threadId } from "node:worker_threads";
import { sha256 } from "./sha256.ts";
import { pidAlive } from "./output-dir.ts";

export class EntryCache {
  private readonly dir: string;
  private readonly lock: string;
  /** Entries live in `root/namespace` (a run fingerprint: another code or configuration never sees them). */
  constructor(root: string, namespace: string) {
    this.dir = join(root, namespace);
    mkdirSync(this.dir, { recursive: true });
    removeDeadRunsTemporaries(this.dir);
    // While this run writes entries, `.run-<pid>` says so; a killed run leaves it, and the next run cleans up after it.
    this.lock = join(this.dir, `.run-${process.pid}`);
    writeFileSync(this.lock, "");
  }

  /** The run is over (done or failed): its lock goes. */
  close(): void {
    rmSync(this.lock, { force: true });
  }

  /** Where the entry of `key` lives (a worker thread writes it there with writeCacheEntry). */
  path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The JSON bytes of `key`'s entry; null (a miss) when there is none or its checksum is off. */
  read(key: string): Buffer | null {
    let entry: Buffer;
    let fd: number | undefined;
    try {
      fd = openSync(this.path(key), ENTRY_FLAGS);
      if (!fstatSync(fd).isFile()) return null;
      entry = readFileSync(fd);
    } catch {
      return null;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    return verifiedJson(entry);
  }

  /**
   * `key`'s entry, opened once: when larger than `minBytes`, left where it lies (open, its JSON's first byte and its
   * end, once its checksum line matches the JSON, hashed a chunk at a time, never read whole); else its JSON bytes read
   * whole, as `read` gives them. null: a miss.
   */
  async lookup(key: string, minBytes: number): Promise<Buffer | LargeEntry | null> {
    let file: FileHandle;
    try {
      file = await open(this.path(key), ENTRY_FLAGS);
    } catch {
      return null;
    }
    try {
      const stat = await file.stat();
      if (!stat.isFile()) return await closed(file);
      const size = stat.size;
      if (size <= minBytes) {
        const json = verifiedJson(await file.readFile());
        await file.close();
        return json;
      }
      const chunk = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await file.read(chunk, 0, 65, 0);
      if (bytesRead < 65 || chunk[64] !== 0x0a) return await closed(file);
      const expected = chunk.toString("latin1", 0, 64);
      const hash = createHash("sha256");
      for (let at = 65, n = 1; n > 0; at += n) {
        n = (await file.read(chunk, 0, CHUNK, at)).bytesRead;
        const bytes = chunk.subarray(0, n);
        if (bytes.includes(0x0a)) return await closed(file); // not one line (verifiedJson)
        hash.update(bytes);
      }
      return hash.digest("hex") === expected ? { file, from: 65, end: size } : await closed(file);
    } catch {
      return await closed(file);
    }
  }

  /** Store an entry, given as its JSON (text, text in pieces, or UTF-8 bytes). */
  put(key: string, json: string | Uint8Array | string[]): void {
    writeCacheEntry(this.path(key), json);
  }
}

/** A large entry left where it lies: its open file, its JSON's first byte and its end (EntryCache.lookup). */
export interface LargeEntry {
  file: FileHandle;
  from: number;
  end: number;
}

/**
 * An entry is opened without blocking and read only when it is a regular file: anything else in its place (a named
 * pipe would block the run for ever, a folder) is a miss.
 */
const ENTRY_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;
const closed = async (file: FileHandle): Promise<null> => (await file.close().catch(() => {}), null);

const madeDirs = new Set<string>();

/**
 * Write one cache entry: to a temporary name, then renamed, so that a run
 * killed at any moment leaves no half entry. Called by the worker threads
 * (each writes the entries of the tasks it ran) and by EntryCache.put.
 */
export function writeCacheEntry(path: string, json: string | Uint8Array | string[] | { spilled: string; sha256: string }): void {
  const dir = dirname(path);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const tmp = `${path}.${process.pid}.${threadId}.tmp`;
  if (Array.isArray(json)) {
    // Pieces (pipeline/digest.ts jsonPieces): hashed and written one at a time, never joined into one copy of the whole.
    const hash = createHash("sha256");
    for (const piece of json) hash.update(piece, "utf8");
    const fd = openSync(tmp, "w");
    try {
      // writeFileSync on a descriptor writes at its position until all of it is written (a writeSync may write less).
      writeFileSync(fd, `${hash.digest("hex")}\n`);
      for (const piece of json) writeFileSync(fd, piece);
    } finally {
      closeSync(fd);
    }
  } else if (typeof json === "object" && "spilled" in json) {
    // A result written into a file, with the hash of its text (pipeline/article-store.ts): copied a chunk at a time.
    const fd = openSync(tmp, "w");
    const from = openSync(json.spilled, "r");
    try {
      writeFileSync(fd, `${json.sha256}\n`);
      readChunks(from, (piece) => writeFileSync(fd, piece));
    } finally {
      closeSync(from);
      closeSync(fd);
    }
  } else {
    const bytes = typeof json === "string" ? Buffer.from(json, "utf8") : json;
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${sha256(bytes)}\n`), bytes]));
  }
  renameSync(tmp, path);
}


/**
 * The JSON of one entry when its checksum line matches it, else null. The JSON is one line, as this program writes it
 * (JSON.stringify: no white space): an entry with a newline after its checksum line (JSON pretty-printed, however its
 * checksum came to match) is a miss, since its bytes are copied into the partial as they are, where a line is one result.
 */
export function verifiedJson(entry: Buffer): Buffer | null {
  const nl = entry.indexOf(0x0a);
  if (nl !== 64 || entry.indexOf(0x0a, nl + 1) !== -1) return null;
  const json = entry.subarray(nl + 1);
  return entry.toString("latin1", 0, nl) === sha256(json) ? json : null;
}

/**
 * A run killed while writing entries (SIGKILL, power cut) leaves its lock and
 * half-written `<entry>.<pid>.<thread>.tmp` files: when a lock names a dead
 * process, its temporaries are removed. Files of live runs (shards running
 * side by side) and anything not named like our temporaries are left alone.
 */
function removeDeadRunsTemporaries(dir: string): void {
  const dead = new Set<string>();
  for (const name of readdirSync(dir)) {
    const m = /^\.run-(\d+)$/.exec(name);
    if (m && !pidAlive(Number(m[1]))) dead.add(m[1]);
  }
  if (dead.size === 0) return;
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const name of readdirSync(join(dir, sub.name))) {
      const m = /\.json\.(\d+)\.\d+\.tmp$/.exec(name);
      if (m && dead.has(m[1])) rmSync(join(dir, sub.name, name), { force: true });
    }
  }
  for (const pid of dead) rmSync(join(dir, `.run-${pid}`), { force: true });
}
