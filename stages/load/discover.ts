/**
 * Walk an input folder lazily, in a deterministic order (entries sorted by
 * name with a plain code-unit comparison, never the locale), yielding every
 * input file, an error entry for what cannot be read, or a skipped entry (with
 * its reason) for hidden files and OS or editor junk, so that every file under
 * the folder is accounted for. Names are read as bytes: a name that is not
 * valid UTF-8 is shown with its bad bytes as `\xHH` and read by its bytes, so
 * two such names never collapse into one. Symlinks inside the folder are
 * followed (a directory is walked only once: no loops; a folder that has a
 * path of its own under the root is read under it, and a symlink to it is a
 * skipped row); a symlink that leads outside it is rejected unless
 * `followExternalLinks` is set.
 */
import { promises as fs, constants as fsConstants, type Dirent, type Stats } from "node:fs";
import path from "node:path";

export type DiscoveredInput =
  | { rel: string; abs: string | Buffer }
  | { rel: string; error: string }
  /** Not read on purpose; `reason` says why (a folder is one entry, its name ending in "/"). */
  | { rel: string; skipped: string };

export interface DiscoverOptions {
  /** Read what symlinks under the root point to outside it (default: rejected with a reason). */
  followExternalLinks?: boolean;
  /** Folders listed as skipped without being walked (the run's own cache when it lies inside the root). */
  exclude?: readonly string[];
}

/**
 * Names that are never an input, each with the reason given in the manifest.
 * Families: OS metadata files and folders (Windows, macOS), archive leftovers,
 * dependency folders. Hidden dot-files and dot-folders (.git, .DS_Store,
 * .hidden.txt) are matched separately.
 */
const JUNK_NAMES = new Map<string, string>([
  ["Thumbs.db", "OS metadata (Windows thumbnail cache)"],
  ["desktop.ini", "OS metadata (Windows folder settings)"],
  ["ehthumbs.db", "OS metadata (Windows Media Center thumbnails)"],
  ["Icon\r", "OS metadata (macOS folder icon)"],
  ["__MACOSX", "OS metadata (resource forks left by a macOS zip archive)"],
  ["$RECYCLE.BIN", "OS metadata (Windows recycle bin)"],
  ["System Volume Information", "OS metadata (Windows volume information)"],
  ["node_modules", "dependency folder, not a corpus"],
]);

/** Editor and tool leftovers, by name pattern: backups ("page.html~"), swap files, temporary files. */
const JUNK_PATTERNS: [RegExp, string][] = [
  [/~$/, "editor backup file"],
  [/\.swp$/, "editor swap file"],
  [/\.tmp$/i, "temporary file"],
];

/** Why a name is skipped, or null when it is an input. */
export function skipReason(name: string, isDir = false): string | null {
  if (name.startsWith(".")) return isDir ? "hidden folder (version control, editor or OS metadata)" : "hidden file";
  const junk = JUNK_NAMES.get(name);
  if (junk) return junk;
  for (const [re, reason] of JUNK_PATTERNS) if (re.test(name)) return reason;
  return null;
}

export function isSkippedName(name: string): boolean {
  return skipReason(name) !== null;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** A file name's bytes as text: UTF-8, with each byte that is not part of valid UTF-8 shown as `\xHH`. */
export function displayName(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    let out = "";
    let i = 0;
    while (i < bytes.length) {
      const c = bytes[i];
      const n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
      if (n > 0 && i + n <= bytes.length) {
        try {
          out += strictUtf8.decode(bytes.subarray(i, i + n));
          i += n;
          continue;
        } catch {
          // not a valid sequence: escape its first byte
        }
      }
      out += `\\x${c.toString(16).toUpperCase().padStart(2, "0")}`;
      i++;
    }
    return out;
  }
}

/** Code-unit order: the same on every machine and locale. */
function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Why a file or folder could not be opened, listed or read, in a user's words, with the system's code: the one
 * wording of discovery's rows and of the reads that come after it (pipeline/inputs.ts readInput), so a file reads the
 * same whether it failed when listed or when read. A folder that cannot be listed takes its files with it: its row
 * says so (there is no row per file).
 */
export function unreadableReason(err: unknown, what: "file" | "folder" = "file"): string {
  const code = (err as NodeJS.ErrnoException).code;
  const text = code && Object.hasOwn(UNREADABLE, code) ? `${UNREADABLE[code]} (${code})` : (code ?? (err as Error).message);
  return what === "file" ? `unreadable file: ${text}` : `unreadable folder: ${text}; the files in it were not read`;
}

/** System error codes met opening or reading an input, in a user's words. */
const UNREADABLE: Readonly<Record<string, string>> = {
  ENOENT: "it is no longer there (removed or renamed since it was listed, or a symlink whose target is gone)",
  ELOOP: "a symlink loop",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder",
  ENOTDIR: "a folder on its path is not a folder any more",
  EIO: "input/output error (a failing disk or a network drive that went away)",
  ENAMETOOLONG: "its path is too long",
  EMFILE: "this program has too many files open at once",
  ENFILE: "too many files open at once on this machine",
  ENXIO: "a device or socket with nothing behind it",
  ENODEV: "a device with nothing behind it",
  ESTALE: "a network file that went stale",
};

function kindOf(st: Stats): string {
  if (st.isFIFO()) return "fifo";
  if (st.isSocket()) return "socket";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "device";
  return "special file";
}

const dirKey = (st: Stats) => `${st.dev}:${st.ino}`;

interface Walk {
  /** dev:ino of every folder walked, with the path it was read under ("" for the root). */
  visited: Map<string, string>;
  /**
   * dev:ino of every real folder under the root (symlinks not followed), with its path. Listed on the
   * first symlink to a folder (the only place it is read), so a tree without one is read once.
   */
  realDirs: () => Promise<Map<string, string>>;
  /** dev:ino of the excluded folders. */
  excluded: Set<string>;
  /** The root with its symlinks resolved; null when external links are followed. */
  rootReal: string | null;
}

const SEP = Buffer.from(path.sep);

/** Files under a skipped folder, counted for its manifest row (never read). */
async function countFiles(abs: string | Buffer): Promise<number> {
  try {
    const all = (await fs.readdir(abs as string, { recursive: true, withFileTypes: true })) as Dirent[];
    return all.filter((d) => !d.isDirectory()).length;
  } catch {
    return 0;
  }
}

/** A folder to walk next, in place (depth first): what one folder's listing hands back instead of walking it itself. */
interface Descend {
  descend: Buffer;
  rel: string;
}

/**
 * The tree under `absDir`, depth first in name order, with one folder's listing open per level on a stack of its own:
 * a generator delegating to the next level's (`yield*`) resumed through every level at each entry, and 2,000 nested
 * folders overflowed the call stack, failing the whole run.
 */
async function* walk(absDir: Buffer, relDir: string, w: Walk): AsyncGenerator<DiscoveredInput> {
  const open = [walkFolder(absDir, relDir, w)];
  while (open.length > 0) {
    const next = await open[open.length - 1].next();
    if (next.done) open.pop();
    else if ("descend" in next.value) open.push(walkFolder(next.value.descend, next.value.rel, w));
    else yield next.value;
  }
}

async function* walkFolder(absDir: Buffer, relDir: string, w: Walk): AsyncGenerator<DiscoveredInput | Descend> {
  let raw: Dirent[];
  try {
    raw = (await fs.readdir(absDir as unknown as string, { withFileTypes: true, encoding: "buffer" as unknown as "utf8" })) as Dirent[];
  } catch (err) {
    yield { rel: relDir === "" ? "." : relDir, error: unreadableReason(err, "folder") };
    return;
  }
  const entries = raw.map((d) => {
    const bytes = d.name as unknown as Buffer;
    return { dirent: d, bytes, name: displayName(bytes) };
  });
  entries.sort(byName);
  for (const { dirent: entry, bytes, name } of entries) {
    const absBuf = Buffer.concat([absDir, SEP, bytes]);
    // Read by its bytes when its name (or the root's) is not valid UTF-8, so that it is the very file listed.
    const absText = absBuf.toString("utf8");
    const abs: string | Buffer = Buffer.from(absText, "utf8").equals(absBuf) ? absText : absBuf;
    const rel = relDir === "" ? name : `${relDir}/${name}`;
    let st: Stats;
    try {
      st = await fs.stat(abs as string); // follows symlinks
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (skipReason(name) !== null) yield { rel, skipped: skipReason(name)! };
      else if (entry.isSymbolicLink() && (code === "ENOENT" || code === "ENOTDIR")) yield { rel, error: "broken symlink" };
      else yield { rel, error: unreadableReason(err) };
      continue;
    }
    const skipped = skipReason(name, st.isDirectory());
    if (skipped !== null || (st.isDirectory() && w.excluded.has(dirKey(st)))) {
      if (!st.isDirectory()) yield { rel, skipped: skipped! };
      else {
        const n = await countFiles(abs);
        yield { rel: `${rel}/`, skipped: `${skipped ?? "the run's own cache folder"}; ${n} file${n === 1 ? "" : "s"} inside not read` };
      }
      continue;
    }
    if (entry.isSymbolicLink() && w.rootReal !== null) {
      let target: string;
      try {
        target = await fs.realpath(abs as string);
      } catch (err) {
        yield { rel, error: unreadableReason(err) };
        continue;
      }
      const up = path.relative(w.rootReal, target);
      if (up === ".." || up.startsWith(`..${path.sep}`) || path.isAbsolute(up)) {
        yield { rel, error: "symlink to a path outside the input folder (not followed; --follow-external-links reads it)" };
        continue;
      }
    }
    if (st.isDirectory()) {
      const key = dirKey(st);
      // A folder reached both by its own path and through a symlink is read under its own path.
      const readAs = entry.isSymbolicLink() ? ((await w.realDirs()).get(key) ?? w.visited.get(key)) : w.visited.get(key);
      if (readAs !== undefined) {
        if (!entry.isSymbolicLink()) continue;
        // a link inside the folder it leads to never ends; a link to another folder is a second name for it
        const holds = readAs === "" || relDir === readAs || relDir.startsWith(`${readAs}/`);
        if (holds) yield { rel, error: "symlink loop (directory already walked)" };
        else yield { rel, skipped: `symlink to a folder read as ${readAs}/` };
        continue;
      }
      w.visited.set(key, rel);
      yield { descend: absBuf, rel };
      continue;
    }
    if (!st.isFile()) {
      // Reading a FIFO would block forever; devices and sockets are not documents.
      yield { rel, error: `not a regular file (${kindOf(st)})` };
      continue;
    }
    try {
      await fs.access(abs as string, fsConstants.R_OK);
    } catch (err) {
      yield { rel, error: unreadableReason(err) };
      continue;
    }
    yield { rel, abs };
  }
}

/**
 * Yield the input files under `root` (or `root` itself if it is a file).
 * `rel` uses POSIX separators and is relative to `root`.
 */
export async function* discoverInputs(root: string, opts: DiscoverOptions = {}): AsyncGenerator<DiscoveredInput> {
  let st: Stats;
  try {
    st = await fs.stat(root);
  } catch (err) {
    yield { rel: path.basename(root), error: unreadableReason(err) };
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
  const excluded = new Set<string>();
  for (const dir of opts.exclude ?? []) {
    try {
      excluded.add(dirKey(await fs.stat(dir)));
    } catch {
      // not there (yet): nothing to exclude
    }
  }
  const rootReal = opts.followExternalLinks ? null : await fs.realpath(root);
  const rootAbs = Buffer.from(path.resolve(root));
  let listing: Promise<Map<string, string>> | null = null;
  const realDirs = () => {
    if (!listing) {
      const out = new Map([[dirKey(st), ""]]);
      listing = listRealDirs(rootAbs, "", excluded, out).then(() => out);
    }
    return listing;
  };
  yield* walk(rootAbs, "", { visited: new Map([[dirKey(st), ""]]), realDirs, excluded, rootReal });
}

/** Every real folder under `absDir` that the walk reads (symlinks not followed; skipped and excluded folders left out). */
async function listRealDirs(absDir: Buffer, relDir: string, excluded: Set<string>, out: Map<string, string>): Promise<void> {
  let raw: Dirent[];
  try {
    raw = (await fs.readdir(absDir as unknown as string, { withFileTypes: true, encoding: "buffer" as unknown as "utf8" })) as Dirent[];
  } catch {
    return;
  }
  for (const d of raw) {
    if (!d.isDirectory()) continue; // a symlink's dirent is not a directory
    const bytes = d.name as unknown as Buffer;
    const name = displayName(bytes);
    if (skipReason(name, true) !== null) continue;
    const abs = Buffer.concat([absDir, SEP, bytes]);
    let st: Stats;
    try {
      st = await fs.stat(abs as unknown as string);
    } catch {
      continue;
    }
    const key = dirKey(st);
    if (excluded.has(key) || out.has(key)) continue;
    const rel = relDir === "" ? name : `${relDir}/${name}`;
    out.set(key, rel);
    await listRealDirs(abs, rel, excluded, out);
  }
}
