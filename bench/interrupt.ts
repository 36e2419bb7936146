/**
 * npm run bench:interrupt: runs killed at random points (SIGINT, SIGTERM,
 * SIGKILL), with what a user relies on checked after each kill.
 *
 *   npm run bench:interrupt                                 300 files, 8 kills, seed 1
 *   npm run bench:interrupt -- --files 500 --trials 20 --seed 3
 *   npm run bench:interrupt -- --dir /tmp/intr --keep      build into /tmp/intr and keep it
 *
 * A folder of ordinary invented documents of every input kind (bench/fuzz.ts
 * BASES) is processed once into out/ with the incremental cache. Then, for
 * each trial, some files are changed, one is added and one removed, a run with
 * the same cache is started (two workers) and killed after a random delay
 * (half of them near the run's end, the final pass and the swap) with SIGINT, SIGTERM
 * and SIGKILL in turn (its process group for
 * SIGKILL, as a power cut or the OOM killer would; the process alone for the others,
 * as Ctrl-C or `kill` would). Checked after each trial, each failure printed
 * as one line:
 *
 * - after the kill, out/ holds exactly the previous output (every file, byte for
 *   byte) or, when the run finished or swapped its output in first, exactly the
 *   new one (a --no-cache run's): never a mix;
 * - SIGINT and SIGTERM leave nothing beside out/ (no `out.tmp-<pid>`, no lock)
 *   and end with the signal's status (130 / 143), no stack trace;
 * - the next, uninterrupted run exits 0 or 3, leaves nothing beside out/ and no
 *   temporary or lock file in the cache, and writes the same bytes as a run
 *   with no cache (--no-cache) on the same folder: a half-written cache entry is
 *   never read back;
 * - scripts/check_outputs.py passes on every output (when python3 with pandas and
 *   yaml is installed).
 *
 * Exit status 0 when every check held, 1 otherwise. Nothing is asserted on time.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { prng } from "./corpus.ts";
import { canCheckOutputs, checkOutputs, filesUnder } from "./files.ts";
import { readArgs } from "../eval/lib/args.ts";
import { BASES, STACK_LINE } from "./fuzz.ts";
import { sha256 } from "../runtime/sha256.ts";

const ROOT = resolve(import.meta.dirname, "..");
const SIGNALS = ["SIGINT", "SIGTERM", "SIGKILL"] as const;
type Sig = (typeof SIGNALS)[number];

interface Run {
  code: number | null;
  signal: string | null;
  stderr: string;
  seconds: number;
}

/** The real command line (what `npm run pipeline` runs); killed with `kill.signal` after `kill.ms` when given. */
function run(checkout: string, args: string[], kill?: { ms: number; signal: Sig }): Promise<Run> {
  const started = Date.now();
  const child = spawn(process.execPath, [join(checkout, "pipeline", "launch.mjs"), "--quiet", ...args], { cwd: checkout, stdio: ["ignore", "ignore", "pipe"], detached: true });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr = (stderr + d).slice(-100_000)));
  const timer = kill
    ? setTimeout(() => {
        try {
          if (kill.signal === "SIGKILL") process.kill(-child.pid!, "SIGKILL");
          else child.kill(kill.signal);
        } catch {
          // already gone
        }
      }, kill.ms)
    : undefined;
  return new Promise((res, rej) => {
    child.on("error", rej);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      res({ code, signal, stderr, seconds: (Date.now() - started) / 1000 });
    });
  });
}

/** Every file under `dir` (relative path → SHA-256), hidden ones included. */
function snapshot(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((f) => [f, sha256(readFileSync(join(dir, f)))]));
}

function sameSnapshot(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

function describeDiff(a: Map<string, string>, b: Map<string, string>): string {
  const names = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
  return `${names.length} file(s) differ: ${names.slice(0, 6).join(", ")}${names.length > 6 ? ", …" : ""}`;
}

/** The code-and-configuration fingerprint an output's manifest.json records, or null (no manifest, not JSON). */
function manifestFingerprint(dir: string): string | null {
  try {
    const m = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { fingerprint?: unknown };
    return typeof m.fingerprint === "string" ? m.fingerprint : null;
  } catch {
    return null;
  }
}

/** What a run left beside out/ (`out.tmp-<pid>`, `out.old-<pid>`, a lock): names in out's parent other than the expected ones. */
function leftovers(work: string, kept: (name: string) => boolean): string[] {
  return readdirSync(work).filter((n) => !kept(n));
}

/** Temporary and lock files in the cache folder. */
function cacheLeftovers(cache: string): string[] {
  return filesUnder(cache).filter((f) => /\.tmp$|^\.run-\d+$/.test(basename(f)));
}

/** The corpus: `files` ordinary documents cycling through every input kind, each from its own seed. */
function writeDoc(inDir: string, i: number, version: number): void {
  const [ext, make] = BASES[i % BASES.length];
  writeFileSync(join(inDir, `doc-${String(i).padStart(4, "0")}.${ext}`), make(10_000 * version + i));
}

async function main(): Promise<void> {
  const { values } = readArgs("npm run bench:interrupt --", {
    options: {
      files: { type: "string", default: "300" },
      trials: { type: "string", default: "8" },
      seed: { type: "string", default: "1" },
      workers: { type: "string", default: "2" },
      dir: { type: "string" },
      keep: { type: "boolean", default: false },
      checkout: { type: "string", default: ROOT },
    },
  });
  const checkout = resolve(values.checkout);
  const rnd = prng(Number(values.seed));
  const work = values.dir ? resolve(values.dir) : mkdtempSync(join(tmpdir(), "broadsheet-interrupt-"));
  rmSync(work, { recursive: true, force: true });
  const inDir = join(work, "in");
  const out = join(work, "out");
  const ref = join(work, "ref");
  const cache = join(work, "cache");
  mkdirSync(inDir, { recursive: true });
  const files = Number(values.files);
  for (let i = 0; i < files; i++) writeDoc(inDir, i, 0);
  const common = ["--in", inDir, "--workers", values.workers];
  const python = canCheckOutputs();
  const problems: string[] = [];
  const checked = new Set<string>();
  // Every run must be of the same code: files edited in the checkout while the bench runs (a commit, another
  // tool) give the next run another fingerprint, and its report says "the code changed since the previous run"
  // where the reference's does not. That is not a fault of the runs, so it is said as what it is, and the bench stops.
  let codeFingerprint: string | null = null;
  let codeChanged: string | null = null;
  /** A complete output: exit 0/3, no stack trace, check_outputs.py (once per distinct output). */
  const complete = (name: string, r: Run, dir: string): Map<string, string> => {
    if (r.code !== 0 && r.code !== 3) problems.push(`[${name}] exit ${r.code ?? r.signal}: ${r.stderr.trim().split("\n").slice(-2).join(" | ").slice(0, 300)}`);
    if (STACK_LINE.test(r.stderr)) problems.push(`[${name}] stack trace printed`);
    const fingerprint = manifestFingerprint(dir);
    if (fingerprint !== null) {
      codeFingerprint ??= fingerprint;
      if (fingerprint !== codeFingerprint && codeChanged === null) {
        codeChanged = `[${name}] the checkout's code changed during the bench (fingerprint ${codeFingerprint} → ${fingerprint}): the runs compared are of different code; run it with --checkout on a copy nobody edits`;
      }
    }
    const snap = snapshot(dir);
    const key = snap.get("manifest.json") ?? "";
    if (python && key && !checked.has(key)) {
      checked.add(key);
      const bad = checkOutputs(dir);
      if (bad) problems.push(`[${name}] ${bad}`);
    }
    return snap;
  };
  const expectedBeside = ["in", "out", "ref", "cache"];
  const isKept = (n: string) => expectedBeside.includes(n) || n.startsWith("trial-");

  // A first kill before any output exists: out/ must not appear half made.
  const first = await run(checkout, [...common, "--out", out, "--cache", cache], { ms: 300 + Math.floor(rnd() * 1500), signal: "SIGTERM" });
  if (existsSync(out) && !existsSync(join(out, "manifest.json"))) problems.push(`[first run, SIGTERM] out/ exists without a manifest.json (a half output)`);
  console.error(`first run killed (SIGTERM): ${first.code ?? first.signal}, out/ ${existsSync(out) ? "complete" : "absent"}`);

  const base = await run(checkout, [...common, "--out", out, "--cache", cache]);
  let previous = complete("first complete run", base, out);
  let typical = base.seconds;
  console.error(`first complete run: exit ${base.code}, ${base.seconds.toFixed(1)} s, ${previous.size} files`);
  // The reference starts from the same previous output: the report compares each run with the one before.
  cpSync(out, ref, { recursive: true });

  const trials = Number(values.trials);
  for (let t = 1; t <= trials; t++) {
    // Change some files, add one, remove one.
    for (let i = 0; i < files; i++) if (rnd() < 0.15) writeDoc(inDir, i, t);
    writeDoc(inDir, files + t, t);
    const victims = readdirSync(inDir).sort();
    unlinkSync(join(inDir, victims[Math.floor(rnd() * victims.length)]));

    // Each signal in turn; half the kills anywhere in the run, half near its end (the final pass and the swap).
    const signal = SIGNALS[(t - 1) % SIGNALS.length];
    const ms = Math.floor((rnd() < 0.5 ? 0.05 + 0.9 * rnd() : 0.8 + 0.3 * rnd()) * typical * 1000);
    const killed = await run(checkout, [...common, "--out", out, "--cache", cache], { ms, signal });
    const name = `trial ${t}: ${signal} at ${(ms / 1000).toFixed(1)} s`;
    const after = snapshot(out);
    const finished = killed.code === 0 || killed.code === 3;
    let outcome: string;
    if (finished) {
      outcome = "finished before the kill";
      complete(name, killed, out);
    } else {
      outcome = `killed (${killed.code ?? killed.signal})`;
      if (signal !== "SIGKILL") {
        const expectCode = signal === "SIGINT" ? 130 : 143;
        if (killed.signal !== signal && killed.code !== expectCode) problems.push(`[${name}] ended with ${killed.code ?? killed.signal}, not the signal's status ${expectCode}`);
        if (STACK_LINE.test(killed.stderr)) problems.push(`[${name}] stack trace printed`);
        const left = leftovers(work, isKept);
        if (left.length) problems.push(`[${name}] left beside out/: ${left.join(", ")}`);
      }
    }
    // The next run, uninterrupted, with the same cache; then the same folder without any cache.
    const next = await run(checkout, [...common, "--out", out, "--cache", cache]);
    const nextSnap = complete(`${name}, next run`, next, out);
    typical = Math.max(1, next.seconds);
    const left = leftovers(work, isKept);
    if (left.length) problems.push(`[${name}, next run] left beside out/: ${left.join(", ")}`);
    const inCache = cacheLeftovers(cache);
    if (inCache.length) problems.push(`[${name}, next run] left in the cache: ${inCache.slice(0, 5).join(", ")}`);
    const fresh = await run(checkout, [...common, "--out", ref, "--no-cache"]);
    const refSnap = complete(`${name}, --no-cache reference`, fresh, ref);
    if (!sameSnapshot(nextSnap, refSnap)) {
      problems.push(`[${name}] the run after the kill differs from a run without cache: ${describeDiff(refSnap, nextSnap)}`);
      if (values.keep) for (const [d, n] of [[out, "out"], [ref, "ref"]]) cpSync(d, join(work, `trial-${t}-${n}`), { recursive: true });
    }
    if (finished && !sameSnapshot(after, refSnap)) problems.push(`[${name}] the run that finished differs from a run without cache: ${describeDiff(refSnap, after)}`);
    // Killed: out/ is the previous output, or the new one whole when the kill came after the swap.
    if (!finished && !sameSnapshot(after, previous)) {
      if (sameSnapshot(after, refSnap)) outcome += " after its swap: out/ is the new output";
      else problems.push(`[${name}] out/ after the kill is neither the previous output (${describeDiff(previous, after)}) nor the new one (${describeDiff(refSnap, after)})`);
    }
    previous = nextSnap;
    console.error(`${name}: ${outcome}; next run exit ${next.code}, ${next.seconds.toFixed(1)} s`);
    if (codeChanged !== null) break;
  }
  if (codeChanged !== null) problems.unshift(codeChanged);
  for (const m of problems) console.log(m);
  console.log(problems.length ? `interrupt: ${problems.length} problem(s)` : `interrupt: every check held (${files} files, ${trials} kills, seed ${values.seed})`);
  if (!values.keep && !values.dir) rmSync(work, { recursive: true, force: true });
  process.exitCode = problems.length ? 1 : 0;
}

await main();
