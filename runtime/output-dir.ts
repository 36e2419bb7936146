/**
 * The output folder: what `--out` may be, and how a finished run replaces it.
 *
 * Broadsheet only ever replaces a folder it wrote itself. `--out` may be a
 * new path, an empty folder, or a previous output (recognised by its
 * manifest.json or, for a `--shard` partial, its partial.json; a fresh
 * checkout's out/ holds only the README every output carries). Anything else
 * is refused before any work, as a usage error: a folder holding other files,
 * a plain file, a broken link, a folder that is, holds or sits inside an
 * input folder. A symlink to a folder stays a symlink: the folder it points
 * to is replaced. A mount point (a Docker or Kubernetes volume) cannot be
 * renamed: its contents are swapped inside it instead.
 *
 * A run builds its outputs in `<out>.tmp-<pid>` beside the output, and moves
 * the previous output aside as `<out>.old-<pid>` for the instant of the swap.
 * Both carry a marker file naming the process, so that the next run removes
 * the temporaries of a dead run (a SIGKILL) and never touches a user's folder
 * that merely looks like one (`out.old-1`, `out.tmp-99999`). Interrupted by
 * SIGINT, SIGTERM or SIGHUP, a run removes its temporary folder itself
 * (runtime/interrupt.ts).
 *
 * One run at a time writes an output: `<out>.broadsheet-lock` beside it names
 * the process that holds it. A second run into the same output is refused
 * (exit 2) while that process lives; a dead run's lock is taken over.
 */
import { accessSync, constants, cpSync, type Dirent, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { onInterrupt } from "./interrupt.ts";

/** A problem with the command line's paths: the CLI reports it as a usage error (exit 2), before any work. */
export class OutputRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputRefused";
  }
}

/** Marker file in a temporary folder of a run: `{"pid":1234}`. */
const MARKER = ".broadsheet-temp";
/** Inside a mount point: where the previous contents wait during an in-place swap. */
const INPLACE_OLD = ".broadsheet-old-";

/** `p` with every symlink of its existing part resolved (the rest appended as it is). */
export function realPathOf(p: string): string {
  const abs = resolve(p);
  let head = abs;
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(head), ...rest.reverse());
    } catch {
      const up = dirname(head);
      if (up === head) return abs;
      rest.push(basename(head));
      head = up;
    }
  }
}

/** `inner` is `outer` or below it. */
export function isWithin(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** A folder a Broadsheet run or shard wrote (its manifest.json or partial.json says so). */
export function isBroadsheetOutput(dir: string): boolean {
  const read = (name: string): Record<string, unknown> | null => {
    try {
      const v: unknown = JSON.parse(readFileSync(join(dir, name), "utf8"));
      return v && typeof v === "object" ? (v as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  };
  const manifest = read("manifest.json");
  if (manifest?.tool === "broadsheet") return true;
  const partial = read("partial.json");
  if (typeof partial?.fingerprint === "string" && typeof partial.shard === "object") return true;
  // A fresh checkout's out/ holds only the data dictionary every run writes (write/readme.ts).
  try {
    return readdirSync(dir).join() === "README.md" && readFileSync(join(dir, "README.md"), "utf8").startsWith(`${README_HEADING}\n`);
  } catch {
    return false;
  }
}

/** The first line of the README.md written into every output (write/readme.ts). */
const README_HEADING = "# Broadsheet output";

export interface OutputTarget {
  /** The folder to replace (a symlink's target, resolved). */
  dir: string;
  /** A mount point: its contents are swapped inside it, never the folder itself. */
  inPlace: boolean;
}

/**
 * `--cache` may not be an input folder (its entries would be read as inputs) nor inside `--out` (every run replaces
 * it), must be a folder, and must be writable where this run writes: the folder itself (the output stamps) and
 * `<cache>/<fingerprint>/` with the folders in it, where this run keeps its entries (runtime/entry-cache.ts), or, for
 * a new cache, the nearest folder above it that exists. Other fingerprints' folders (an older code version's, or a
 * run made by another user) are never touched, so they are not checked. A cache the run cannot write failed the run
 * after its template pass.
 */
export function checkCacheDir(cacheDir: string, inDir: string, outDir: string, fingerprint: string): void {
  const real = realPathOf(cacheDir);
  if (real === realPathOf(inDir)) throw new OutputRefused(`--cache ${cacheDir} is the --in folder; give a folder of its own`);
  if (isWithin(real, realPathOf(outDir))) throw new OutputRefused(`--cache ${cacheDir} is inside --out ${outDir}, which every run replaces; give a folder outside it`);
  const where = existingAncestor(real);
  if (notAFolder(where)) {
    const what = where === real ? `--cache ${cacheDir}` : `--cache ${cacheDir}: ${where}`;
    throw new OutputRefused(`${what} is a file, not a folder; the run keeps its cache there. Give a folder, or --no-cache`);
  }
  const own = join(real, fingerprint);
  const dirs = where !== real ? [where] : existsSync(own) ? [real, own, ...subfolders(own, 1)] : [real];
  const blocked = unwritable(dirs);
  if (blocked) throw new OutputRefused(`--cache ${cacheDir}: ${blocked.dir} ${blocked.why}; the run keeps its cache there. Give a writable folder, or --no-cache`);
}

/** `p` exists and is not a folder (following symlinks): a file where a folder is needed. */
function notAFolder(p: string): boolean {
  try {
    return !statSync(p).isDirectory();
  } catch {
    return false; // cannot be looked at: the writability check says why
  }
}

/** `p` itself when it exists, else the nearest folder above it that does (where a new folder would be made). */
function existingAncestor(p: string): string {
  let where = p;
  while (!existsSync(where) && dirname(where) !== where) where = dirname(where);
  return where;
}

/** The folders below `dir` (not following symlinks), `depth` levels down at most; none when it cannot be listed. */
function subfolders(dir: string, depth: number): string[] {
  if (depth <= 0) return [];
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((e) => e.isDirectory()).flatMap((e) => [join(dir, e.name), ...subfolders(join(dir, e.name), depth - 1)]);
}

/** The first of `dirs` this process may not write into (create, rename or remove entries), with why in a user's words. */
function unwritable(dirs: readonly string[]): { dir: string; why: string } | null {
  for (const dir of dirs) {
    try {
      accessSync(dir, constants.W_OK | constants.X_OK);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? "";
      const why = code === "EROFS" ? "is on a read-only file system" : code === "EACCES" || code === "EPERM" ? "is not writable (permission denied)" : `cannot be written (${code})`;
      return { dir, why };
    }
  }
  return null;
}

/**
 * Check `--out` against what it holds and against the input folders (for
 * `merge`, the partials); throws OutputRefused with a message for the user.
 */
export function checkOutputTarget(outDir: string, inputs: readonly { flag: string; path: string }[]): OutputTarget {
  const shown = outDir;
  let dir = resolve(outDir);
  let lst: ReturnType<typeof lstatSync> | null = null;
  try {
    lst = lstatSync(dir);
  } catch {
    // a new path: created by the swap
  }
  if (lst?.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(dir);
    } catch {
      throw new OutputRefused(`--out ${shown} is a symlink to nothing; give a folder`);
    }
    dir = target;
    lst = lstatSync(dir);
  }
  // On the folder the run's files are made beside: a symlink's target (the run probes the real names too, lockOutput).
  const tooLong = outputPathTooLong(dir);
  if (tooLong) throw new OutputRefused(`--out ${shown}: ${tooLong}`);
  if (lst && !lst.isDirectory()) throw new OutputRefused(`--out ${shown} is a file, not a folder; give a new or empty folder, or a previous Broadsheet output`);
  const real = realPathOf(dir);
  for (const input of inputs) {
    const inReal = realPathOf(input.path);
    if (isWithin(real, inReal) || isWithin(inReal, real)) {
      const how = real === inReal ? "is" : isWithin(real, inReal) ? "is inside" : "contains";
      throw new OutputRefused(`--out ${shown} ${how} the ${input.flag} folder ${input.path}; the output would replace or mix with the inputs. Give a folder outside it`);
    }
  }
  if (lst) {
    const entries = readdirSync(dir).filter((n) => !n.startsWith(INPLACE_OLD));
    const sample = (names: string[]) => names.sort().slice(0, 3).join(", ") + (names.length > 3 ? ", …" : "");
    if (entries.length > 0 && !isBroadsheetOutput(dir)) {
      throw new OutputRefused(
        `--out ${shown} is a folder Broadsheet did not write (it holds ${sample(entries)}); ` +
          "it would be replaced. Give a new or empty folder, or a previous Broadsheet output",
      );
    }
    const foreign = foreignEntries(dir, entries);
    if (foreign.length > 0) {
      throw new OutputRefused(`--out ${shown} is a previous Broadsheet output, but ${sample(foreign)} in it was added since; it would be lost. Move it out first`);
    }
  }
  return { dir, inPlace: lst ? isMountPoint(dir) : false };
}

/** Entries of an existing output folder that a swap would lose: everything when Broadsheet did not write it, else what was added since. */
function addedToOutput(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const entries = readdirSync(dir).filter((n) => !n.startsWith(INPLACE_OLD));
  if (entries.length === 0) return [];
  return isBroadsheetOutput(dir) ? foreignEntries(dir, entries) : entries;
}

/**
 * Top-level entries of a previous output that its run did not write (a
 * notebook saved into out/, say): the manifest lists every file the run
 * wrote (`outputs`). Manifests without that list (older versions) are taken
 * as they are.
 */
function foreignEntries(dir: string, entries: string[]): string[] {
  let outputs: unknown;
  try {
    outputs = (JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { outputs?: unknown }).outputs;
  } catch {
    return [];
  }
  if (!outputs || typeof outputs !== "object") return [];
  const written = new Set(["manifest.json", ...Object.keys(outputs).map((p) => p.split("/")[0])]);
  return entries.filter((n) => !written.has(n) && !n.startsWith("."));
}

function isEmptyDir(dir: string): boolean {
  try {
    return lstatSync(dir).isDirectory() && readdirSync(dir).length === 0;
  } catch {
    return false;
  }
}

function isMountPoint(dir: string): boolean {
  try {
    return statSync(dir).dev !== statSync(dirname(dir)).dev;
  } catch {
    return false;
  }
}

/** The pid a temporary folder's marker names, or null when it is not one of ours. */
function markerPid(dir: string): number | null {
  try {
    const v = JSON.parse(readFileSync(join(dir, MARKER), "utf8")) as { pid?: unknown };
    return Number.isInteger(v.pid) ? (v.pid as number) : null;
  } catch {
    return null;
  }
}

const mark = (dir: string) => writeFileSync(join(dir, MARKER), JSON.stringify({ pid: process.pid }) + "\n");

/**
 * Remove a temporary folder of ours with its marker last: a run killed (SIGKILL) while removing
 * it leaves a folder the next run still recognises and removes, never an unmarked half copy of an
 * output that no run would touch again.
 */
function removeMarked(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // gone already
  }
  for (const name of names) if (name !== MARKER) rmSync(join(dir, name), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}

export function pidAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, under another user.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The start time of a process (Linux: /proc/<pid>/stat field 22), so that a pid reused by another process is not taken for it; null elsewhere. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: fields are counted after its closing one.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

interface LockOwner {
  pid: number;
  start: string | null;
}

function lockOwner(path: string): LockOwner | null {
  try {
    const v = JSON.parse(readFileSync(path, "utf8")) as { tool?: unknown; pid?: unknown; start?: unknown };
    if (v.tool !== "broadsheet" || !Number.isInteger(v.pid)) return null;
    return { pid: v.pid as number, start: typeof v.start === "string" ? v.start : null };
  } catch {
    return null;
  }
}

function ownerAlive(owner: LockOwner): boolean {
  if (!pidAlive(owner.pid)) return false;
  const start = processStart(owner.pid);
  return owner.start === null || start === null || start === owner.start;
}

const LOCK = ".broadsheet-lock";

/**
 * Linux's limits on a file name and a path, in bytes (ext4, XFS, tmpfs): the quick check before any file is made.
 * Other systems differ (macOS: paths of 1,024 bytes; eCryptfs: names of 143; Windows: 255 UTF-16 units, paths of 260),
 * so the run also makes (and removes) its real names before any work (lockOutput, withAtomicOutput): a name or path
 * the system refuses is the same usage error, with these figures as a hint.
 */
const NAME_MAX = 255;
const PATH_MAX = 4096;
/** The longest name the run makes beside --out: `<out>.broadsheet-lock.<pid>` (a pid has at most 7 digits). */
const BESIDE_SUFFIX = `${LOCK}.9999999`;
/** Bytes the run adds below --out at most: the in-place swap's folder and the deepest output (`tables/…`), with room to spare. */
const INSIDE_BYTES = 128;
/** The longest --out folder name and path, in bytes, that leave room for those names under Linux's limits. */
const MAX_OUT_NAME_BYTES = NAME_MAX - Buffer.byteLength(BESIDE_SUFFIX);
const MAX_OUT_PATH_BYTES = PATH_MAX - INSIDE_BYTES - Buffer.byteLength(BESIDE_SUFFIX);

/**
 * Why the run could not make its files for the output folder `dir` (an absolute path), or null: the run makes
 * `<out>.tmp-<pid>`, `<out>.old-<pid>` and its lock beside it, so the folder's own name must leave room for the
 * longest of those under the system's name limit, and its path room for the outputs below it. Family: an --out
 * named after a long title or URL, which failed once the run was under way ("run failed … ENAMETOOLONG", exit 1).
 */
export function outputPathTooLong(dir: string): string | null {
  const name = Buffer.byteLength(basename(dir));
  if (name > MAX_OUT_NAME_BYTES) {
    return `the folder's name is ${name} bytes long; the run makes "<name>.tmp-<process id>" and "<name>${LOCK}.<process id>" beside it, and the system allows names of ${NAME_MAX} bytes: give a name of at most ${MAX_OUT_NAME_BYTES} bytes`;
  }
  const path = Buffer.byteLength(dir);
  if (path > MAX_OUT_PATH_BYTES) {
    return `its path is ${path} bytes long; with the files the run makes in it and beside it, it would pass the system's limit of ${PATH_MAX} bytes: give a path of at most ${MAX_OUT_PATH_BYTES} bytes`;
  }
  return null;
}

/**
 * `fn()`, with a name or path the system refuses for its length (ENAMETOOLONG; ENOENT below a folder that exists,
 * as Windows says it) turned into OutputRefused naming --out: the run refuses it (exit 2) before any work, instead of
 * failing later ("run failed … ENAMETOOLONG", exit 1). `path` is the name being made.
 */
export function madeOrRefused<T>(outDir: string, path: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENAMETOOLONG" || (code === "ENOENT" && existsSync(dirname(path)))) {
      throw new OutputRefused(
        `--out ${outDir}: the system refused to make ${path} (${code}): its name or path is too long. Give a shorter folder name or path` +
          ` (on Linux, names of at most ${MAX_OUT_NAME_BYTES} bytes for --out and paths of at most ${MAX_OUT_PATH_BYTES} bytes)`,
      );
    }
    throw err;
  }
}

/** The deepest file the run makes below --out, as a probe: a folder and a file name, INSIDE_BYTES in all. */
const INSIDE_PROBE = [".broadsheet-probe-".padEnd(28, "d"), ".broadsheet-probe-".padEnd(INSIDE_BYTES - 30, "f")] as const;

/**
 * Make and remove the deepest path the run makes below `dir` (a folder this run made): a path too long for the system
 * is refused before any work (madeOrRefused).
 */
function probeInside(outDir: string, dir: string): void {
  const folder = join(dir, INSIDE_PROBE[0]);
  const file = join(folder, INSIDE_PROBE[1]);
  try {
    madeOrRefused(outDir, folder, () => mkdirSync(folder));
    madeOrRefused(outDir, file, () => writeFileSync(file, ""));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Take the output's lock (`<out>.broadsheet-lock`), or throw OutputRefused when
 * a live run holds it. The lock is written whole under a name of its own and
 * hard-linked into place (atomic, and fails when the lock exists), so a reader
 * never sees half of one. Returns the release.
 */
export function lockOutput(outDir: string): () => void {
  const lock = `${outDir}${LOCK}`;
  madeOrRefused(outDir, dirname(outDir), () => mkdirSync(dirname(outDir), { recursive: true }));
  // A run killed while taking the lock left its own copy (`<lock>.<pid>`).
  const prefix = `${basename(lock)}.`;
  for (const name of readdirSync(dirname(outDir))) {
    const pid = name.startsWith(prefix) ? Number(name.slice(prefix.length)) : NaN;
    if (Number.isInteger(pid) && lockOwner(join(dirname(outDir), name))?.pid === pid && !pidAlive(pid)) rmSync(join(dirname(outDir), name), { force: true });
  }
  const mine = `${lock}.${process.pid}`;
  // The longest name the run makes beside --out: made first, so that a name too long is refused before any work.
  madeOrRefused(outDir, mine, () => writeFileSync(mine, JSON.stringify({ tool: "broadsheet", pid: process.pid, start: processStart(process.pid) }) + "\n"));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(mine, lock);
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 3) throw err;
      }
      const owner = lockOwner(lock);
      if (!owner) {
        if (existsSync(lock)) throw new OutputRefused(`${lock} is in the way: Broadsheet uses that name for the lock of --out; move it`);
        continue; // released meanwhile
      }
      if (ownerAlive(owner)) {
        throw new OutputRefused(`another Broadsheet run (process ${owner.pid}) is writing ${outDir}; wait for it to end (if no run is going on, remove ${lock})`);
      }
      rmSync(lock, { force: true }); // a dead run's
    }
  } finally {
    rmSync(mine, { force: true });
  }
  return () => {
    if (lockOwner(lock)?.pid === process.pid) rmSync(lock, { force: true });
  };
}

/**
 * Before any work: the folder the outputs are built and swapped in must be writable. That is always the output's
 * parent (or, for a new path, the nearest folder above it that exists), a mount point included: the lock and
 * `<out>.tmp-<pid>` are made beside the output even when its contents are swapped in place. A read-only file system,
 * a folder without write permission or a file on the path is refused (exit 2) instead of failing at the swap, once
 * the whole run is done. The previous output itself is checked by checkReplaceable, once the run knows it will
 * replace it (an unchanged run keeps it as it is, and may do so when it is write-protected).
 */
export function checkWritable(target: OutputTarget): void {
  const where = existingAncestor(dirname(target.dir)); // the folders below it are created by the run
  if (notAFolder(where)) throw new OutputRefused(`--out ${target.dir}: ${where} is a file, not a folder; the run writes its outputs there. Give a folder`);
  const blocked = unwritable([where]);
  if (blocked) throw new OutputRefused(`--out ${target.dir}: ${blocked.dir} ${blocked.why}; the run writes its outputs there. Give a writable folder`);
}

/**
 * Before the work of a run that replaces the previous output: the previous output and its folders must be writable
 * (the swap marks it, moves it aside and removes its files). Output trees are one folder deep (tables/, schemas/).
 */
export function checkReplaceable(target: OutputTarget): void {
  if (!existsSync(target.dir)) return;
  const blocked = unwritable([target.dir, ...subfolders(target.dir, 2)]);
  if (blocked) throw new OutputRefused(`--out ${target.dir}: ${blocked.dir} ${blocked.why}; the run replaces the previous output there. Give a writable folder`);
}

/**
 * Build the outputs in `<out>.tmp-<pid>` and swap it in only when `build`
 * succeeded. `keep: true` means the previous output stays as it is.
 */
export async function withAtomicOutput<S>(target: OutputTarget, build: (tmp: string) => Promise<{ keep: boolean; summary: S }>): Promise<S> {
  const outDir = target.dir;
  checkWritable(target);
  const unlock = lockOutput(outDir);
  const tmp = `${outDir}.tmp-${process.pid}`;
  // Only a folder this run made is ever removed: a folder of the same name that is not ours (a user's, with a
  // pid that repeats in containers) is refused, never deleted.
  let made = false;
  const cleanup = () => {
    if (made) removeMarked(tmp);
    unlock();
  };
  const done = onInterrupt(cleanup);
  try {
    recoverInterruptedSwap(outDir);
    madeOrRefused(outDir, dirname(tmp), () => mkdirSync(dirname(tmp), { recursive: true }));
    try {
      madeOrRefused(outDir, tmp, () => mkdirSync(tmp));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      throw new OutputRefused(`${tmp} exists and is not a leftover of Broadsheet's; it is where this run builds its output. Move it away`);
    }
    made = true;
    mark(tmp);
    probeInside(outDir, tmp);
    const { keep, summary } = await build(tmp);
    if (keep) removeMarked(tmp);
    else {
      checkReplaceable(target); // the callers check it before their work; again here, for any that did not
      // A file saved into the previous output while this run was building (a notebook, say) would be lost by the
      // swap: checked again here, not only before the run. The new output is dropped (finally) and out/ stays whole.
      const added = addedToOutput(outDir);
      if (added.length > 0) {
        throw new OutputRefused(`${outDir}: ${added.sort().slice(0, 3).join(", ")} was added to it during the run; it would be lost. The new output was not written: move it out and run again`);
      }
      rmSync(join(tmp, MARKER));
      if (target.inPlace) swapContents(tmp, outDir);
      else swapInto(tmp, outDir);
    }
    return summary;
  } finally {
    done();
    cleanup();
  }
}

/**
 * Replace outDir by the finished tmp folder: two renames, the old folder
 * removed last. A folder that cannot be renamed (EBUSY: a mount point) gets
 * its contents swapped instead. `rename` is a parameter for the tests.
 */
export function swapInto(tmp: string, outDir: string, rename: (from: string, to: string) => void = renameSync): void {
  mkdirSync(dirname(outDir), { recursive: true });
  const old = `${outDir}.old-${process.pid}`;
  let moved = false;
  if (existsSync(outDir)) {
    mark(outDir);
    try {
      rename(outDir, old);
      moved = true;
    } catch (err) {
      rmSync(join(outDir, MARKER), { force: true });
      if ((err as NodeJS.ErrnoException).code !== "EBUSY") throw err;
      swapContents(tmp, outDir, rename);
      return;
    }
  }
  rename(tmp, outDir);
  // only the previous output this swap moved aside: a folder of that name it did not make is not touched
  if (moved) removeMarked(old);
}

/**
 * In-place swap for a folder that must stay where it is (a mount point): the
 * previous contents go into `.broadsheet-old-<pid>` inside it, the new ones
 * are moved in (copied when they sit on another device), manifest.json last,
 * so an interrupted swap is recognised and undone by the next run.
 */
export function swapContents(tmp: string, outDir: string, rename: (from: string, to: string) => void = renameSync): void {
  const old = join(outDir, `${INPLACE_OLD}${process.pid}`);
  mkdirSync(old, { recursive: true });
  mark(old);
  // The previous manifest leaves first and the new one arrives last: a manifest.json at the top is always the new one's.
  const previous = readdirSync(outDir).filter((n) => !n.startsWith(INPLACE_OLD));
  previous.sort((a, b) => Number(b === "manifest.json") - Number(a === "manifest.json"));
  for (const name of previous) rename(join(outDir, name), join(old, name));
  const names = readdirSync(tmp).sort((a, b) => Number(a === "manifest.json") - Number(b === "manifest.json"));
  for (const name of names) move(join(tmp, name), join(outDir, name), rename);
  removeMarked(old);
  rmSync(tmp, { recursive: true, force: true });
}

function move(from: string, to: string, rename: (from: string, to: string) => void): void {
  try {
    rename(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EXDEV") throw err;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * What a dead run of ours left: a swap killed between its two renames (out.old-<pid>
 * and no out/: put back), temporaries of dead processes (removed), an in-place
 * swap cut short (undone, or finished when the new manifest was already in).
 * Folders without our marker naming that pid are a user's and are never touched.
 */
export function recoverInterruptedSwap(outDir: string): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const prefix = `${basename(outDir)}.`;
  for (const name of readdirSync(parent).sort()) {
    const m = /^(old|tmp)-(\d+)$/.exec(name.slice(prefix.length));
    if (!name.startsWith(prefix) || !m) continue;
    const path = join(parent, name);
    const pid = Number(m[2]);
    if (pidAlive(pid)) continue;
    if (markerPid(path) !== pid) {
      // A run killed between creating its folder and marking it left it empty: nothing in it to lose.
      if (m[1] === "tmp" && isEmptyDir(path)) rmdirSync(path);
      continue;
    }
    if (m[1] === "old" && !existsSync(outDir)) {
      rmSync(join(path, MARKER));
      renameSync(path, outDir);
    } else removeMarked(path);
  }
  if (!existsSync(outDir) || !statSync(outDir).isDirectory()) return;
  // A run killed between marking the previous output and moving it aside left the marker in it.
  const stray = markerPid(outDir);
  if (stray !== null && !pidAlive(stray)) rmSync(join(outDir, MARKER), { force: true });
  for (const name of readdirSync(outDir)) {
    const old = join(outDir, name);
    const pid = name.startsWith(INPLACE_OLD) ? Number(name.slice(INPLACE_OLD.length)) : NaN;
    if (!Number.isInteger(pid) || markerPid(old) !== pid || pidAlive(pid)) continue;
    if (!existsSync(join(outDir, "manifest.json"))) {
      // The new contents never all arrived: the previous ones go back.
      for (const n of readdirSync(outDir)) if (n !== name) rmSync(join(outDir, n), { recursive: true, force: true });
      for (const n of readdirSync(old)) if (n !== MARKER) renameSync(join(old, n), join(outDir, n));
    }
    removeMarked(old);
  }
}
