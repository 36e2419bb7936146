/**
 * Walk an input folder lazily, in a deterministic order (entries sorted by
 * name with a plain code-unit comparison, never the locale), yielding every
 * input file, or an error entry for what cannot be read so that every input is
 * accounted for. Symlinks are followed, but a directory is walked only once
 * (no loops); hidden files and OS junk are skipped.
 */
import { promises as fs, constants as fsConstants, type Dirent, type Stats } from "node:fs";
import path from "node:path";

export type DiscoveredInput = { rel: string; abs: string } | { rel: string; error: string };

/** OS and tool junk that is never an input (hidden dot-files are skipped separately). */
const JUNK_NAMES = new Set([
  "Thumbs.db", // Windows Explorer thumbnail cache
  "desktop.ini", // Windows folder settings
  "ehthumbs.db", // Windows Media Center thumbnails
  "Icon\r", // macOS custom folder icon
  "__MACOSX", // resource forks left by macOS zip archives
  "$RECYCLE.BIN", // Windows recycle bin on removable drives
  "System Volume Information", // Windows volume metadata
  "node_modules", // a stray dependency folder is not a corpus
]);

/** Name patterns of editor leftovers: backups ("page.html~") and swap files. */
const JUNK_PATTERNS: RegExp[] = [/~$/, /\.swp$/, /\.tmp$/i];

export function isSkippedName(name: string): boolean {
  return name.startsWith(".") || JUNK_NAMES.has(name) || JUNK_PATTERNS.some((re) => re.test(name));
}

/** Code-unit order: the same on every machine and locale. */
function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function errnoReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "file vanished or broken path";
  if (code === "ELOOP") return "symlink loop";
  return `unreadable: ${code ?? (err as Error).message}`;
}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return "fifo";
  if (st.isSocket()) return "socket";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "device";
  return "special file";
}

const dirKey = (st: Stats) => `${st.dev}:${st.ino}`;

async function* walk(absDir: string, relDir: string, visited: Set<string>): AsyncGenerator<DiscoveredInput> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(absDir, { withFileTypes: true });
  } catch (err) {
    yield { rel: relDir === "" ? "." : relDir, error: errnoReason(err) };
    return;
  }
  entries.sort(byName);
  for (const entry of entries) {
    if (isSkippedName(entry.name)) continue;
    const abs = path.join(absDir, entry.name);
    const rel = relDir === "" ? entry.name : `${relDir}/${entry.name}`;
    let st: Stats;
    try {
      st = await fs.stat(abs); // follows symlinks
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (entry.isSymbolicLink() && (code === "ENOENT" || code === "ENOTDIR")) yield { rel, error: "broken symlink" };
      else yield { rel, error: errnoReason(err) };
      continue;
    }
    if (st.isDirectory()) {
      const key = dirKey(st);
      if (visited.has(key)) {
        if (entry.isSymbolicLink()) yield { rel, error: "symlink loop (directory already walked)" };
        continue;
      }
      visited.add(key);
      yield* walk(abs, rel, visited);
      continue;
    }
    if (!st.isFile()) {
      // Reading a FIFO would block forever; devices and sockets are not documents.
      yield { rel, error: `not a regular file (${kindOf(st)})` };
      continue;
    }
    try {
      await fs.access(abs, fsConstants.R_OK);
    } catch (err) {
      yield { rel, error: errnoReason(err) };
      continue;
    }
    yield { rel, abs };
  }
}

/**
 * Yield the input files under `root` (or `root` itself if it is a file).
 * `rel` uses POSIX separators and is relative to `root`.
 */
export async function* discoverInputs(root: string): AsyncGenerator<DiscoveredInput> {
  let st: Stats;
  try {
    st = await fs.stat(root);
  } catch (err) {
    yield { rel: path.basename(root), error: errnoReason(err) };
    return;
  }
  if (st.isFile()) {
    yield { rel: path.basename(root), abs: path.resolve(root) };
    return;
  }
  if (!st.isDirectory()) {
    yield { rel: path.basename(root), error: `not a regular file (${kindOf(st)})` };
    return;
  }
  const visited = new Set<string>([dirKey(st)]);
  yield* walk(path.resolve(root), "", visited);
}
