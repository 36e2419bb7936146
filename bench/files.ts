/**
 * Files for the benches: writing large hostile files without building them in memory (bench:hostile's floods,
 * bench:fuzz's long line), listing a folder's files (bench:fuzz, bench:interrupt, bench:ner), running
 * scripts/check_outputs.py on an output folder (bench:fuzz, bench:interrupt), and telling whether a bench module was
 * run as the script (`invokedDirectly`) rather than imported by another bench or a test.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, realpathSync, writeSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

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

/** Every file under `dir`, hidden ones included, as paths relative to it, sorted; none when `dir` does not exist. */
export function filesUnder(dir: string, rel = ""): string[] {
  if (!rel && !existsSync(dir)) return [];
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(dir, join(rel, d.name)) : [join(rel, d.name)])).sort();
}

/** The system Python (Debian's python3-pandas lives there; a pyenv or venv `python3` may lack it), as the script's shebang says. */
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const CHECK_OUTPUTS = resolve(import.meta.dirname, "..", "scripts", "check_outputs.py");

/** True when scripts/check_outputs.py can run here (pandas and PyYAML); says so on stderr when it cannot. */
export function canCheckOutputs(): boolean {
  if (spawnSync(PYTHON, ["-c", "import pandas, yaml"]).status === 0) return true;
  console.error("scripts/check_outputs.py skipped: python3 with pandas and yaml is not installed");
  return false;
}

/** scripts/check_outputs.py on an output folder: null when it passes, else its exit code and first lines. */
export function checkOutputs(outDir: string): string | null {
  const r = spawnSync(PYTHON, [CHECK_OUTPUTS, outDir], { encoding: "utf8", maxBuffer: 1 << 26 });
  return r.status === 0 ? null : `check_outputs.py exit ${r.status}: ${(r.stderr || r.stdout).trim().split("\n").slice(0, 5).join(" | ").slice(0, 600)}`;
}

/** Whether the module at `moduleUrl` (its `import.meta.url`) is the script node was started with, not an import. */
export function invokedDirectly(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  // Module URLs name the real file (symlinks resolved), so the script's path is resolved too:
  // a bench run through a symlinked checkout must not silently do nothing.
  let real: string;
  try {
    real = realpathSync(script);
  } catch {
    real = resolve(script);
  }
  return moduleUrl === pathToFileURL(real).href;
}
