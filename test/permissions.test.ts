/**
 * Permission failures (EACCES), seen by a user who may not read an input or write the output. Root reads and
 * writes everything, so as root the command line runs as the unprivileged user `nobody` (util-linux `setpriv`);
 * where that is not possible the tests are skipped with a message saying why. As an ordinary user they run as
 * that user.
 *
 * - An input file or folder the user may not read is a reject row with its reason; the run goes on.
 * - An output the user may not write (the folder it goes in, a previous output or a folder in it) and a cache it
 *   may not write are refused before any work (exit 2), with the folder named, and nothing is left behind: the
 *   previous output is unchanged, no temporary folder or lock stays beside it.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LAUNCH, ROOT, story } from "./helpers/cli.ts";

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

const bases: string[] = [];
afterAll(() => {
  for (const base of bases) {
    spawnSync("chmod", ["-R", "u+rwx", base]);
    rmSync(base, { recursive: true, force: true });
  }
});

/** A base folder every user may enter, with `in/` holding `n` stories. */
function base(n: number): { base: string; inDir: string } {
  const dir = mkdtempSync(join(tmpdir(), "bs-perm-"));
  bases.push(dir);
  chmodSync(dir, 0o755);
  const inDir = join(dir, "in");
  mkdirSync(inDir);
  for (let i = 0; i < n; i++) writeFileSync(join(inDir, `story-${i}.txt`), story(i));
  return { base: dir, inDir };
}

/** The environment of every run: HOME in the temporary folder, which the unprivileged user may reach. */
const runEnv = () => ({ ...process.env, HOME: tmpdir() });

/** Why a probe failed, in a line: the error code (EACCES, ERR_MODULE_NOT_FOUND…) and the line that names the error. */
function failure(r: { status: number | null; stdout: string; stderr: string; error?: Error }): string {
  const text = `${r.stderr}\n${r.stdout}`;
  const code = (r.error as NodeJS.ErrnoException | undefined)?.code ?? /\bcode: '([A-Z_]+)'/.exec(text)?.[1] ?? /\b(E[A-Z]{2,}|ERR_[A-Z_]+)\b/.exec(text)?.[1] ?? `exit ${r.status}`;
  const line = text.split("\n").find((l) => /Error|EACCES|ENOENT|reject|broadsheet:/.test(l))?.trim() ?? "";
  return line ? `${code}: ${line.slice(0, 200)}` : code;
}

/**
 * How to run a command as a user without root's rights: [] (this user already is one), a setpriv prefix, or why not.
 * The probe does what the tests do: the command line, from the project folder, as that user, on an input folder
 * made like theirs. So a checkout, a node_modules (a symlink into a private store) or a TMPDIR that user cannot
 * reach skips the tests with the reason, instead of failing them.
 */
function unprivileged(): string[] | { why: string } {
  if (process.platform === "win32" || !isRoot) return [];
  const prefix = ["setpriv", `--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups", "--"];
  const { base: dir, inDir } = base(1);
  const probe = spawnSync(prefix[0], [...prefix.slice(1), process.execPath, LAUNCH, "--dry-run", "--in", inDir, "--out", join(open(join(dir, "w")), "out"), "--no-cache"], { cwd: ROOT, encoding: "utf8", timeout: 120_000, env: runEnv() });
  rmSync(dir, { recursive: true, force: true }); // now: afterAll does not run when every test is skipped
  if ((probe.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") return { why: `running as root and setpriv is not available (${probe.error!.message})` };
  if (probe.status !== 0 || !/^read\s+story-0\.txt/m.test(probe.stdout)) {
    return { why: `running as root and user ${NOBODY} cannot run the command line on a folder made in ${tmpdir()} (${failure(probe)})` };
  }
  return prefix;
}

const as = unprivileged();
const why = "why" in as ? as.why : "";
if (why) console.warn(`permissions.test.ts skipped: ${why}`);

/** A folder anyone may write (the unprivileged user included). */
function open(path: string): string {
  mkdirSync(path, { recursive: true });
  chmodSync(path, 0o777);
  return path;
}

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const prefix = as as string[];
  const cmd = [...prefix, process.execPath, LAUNCH, "--quiet", ...args];
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: ROOT, encoding: "utf8", timeout: 240_000, killSignal: "SIGKILL", env: runEnv() });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** Every file under `dir` with its bytes, by path: to show that a folder is unchanged. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name).slice(dir.length)] = readFileSync(join(e.parentPath, e.name), "base64");
  }
  return out;
}

const rejectRows = (outDir: string) =>
  readFileSync(join(outDir, "tables", "rejects.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",").slice(0, 3).join(","));

describe.skipIf(why !== "")("inputs this user may not read", () => {
  it("are reject rows with their reasons; the readable stories are processed and the run ends normally", () => {
    const { base: dir, inDir } = base(2);
    writeFileSync(join(inDir, "locked.txt"), story(7));
    chmodSync(join(inDir, "locked.txt"), 0o000);
    mkdirSync(join(inDir, "closed"));
    writeFileSync(join(inDir, "closed", "inside.txt"), story(8));
    chmodSync(join(inDir, "closed"), 0o000);
    const out = join(open(join(dir, "w")), "out");
    const r = run(["--in", inDir, "--out", out, "--no-cache", "--workers", "1"]);
    // 3: the run finished with rejects
    expect(r.status, r.stderr).toBe(3);
    expect(rejectRows(out)).toEqual([
      "closed,,unreadable folder: permission denied (EACCES); the files in it were not read",
      "locked.txt,,unreadable file: permission denied (EACCES)",
    ]);
    const titles = readFileSync(join(out, "articles.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l).title);
    expect(titles).toEqual(["Ferry service number 0 resumes after repairs", "Ferry service number 1 resumes after repairs"]);
  }, 240_000);
});

describe.skipIf(why !== "")("an output or cache this user may not write: refused before any work, nothing left behind", () => {
  /** The run is refused as a usage error that names the folder it may not write, and says what the run does there. */
  const expectRefused = (r: ReturnType<typeof run>, blocked: string, what: RegExp) => {
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${blocked} is not writable (permission denied)`);
    expect(r.stderr).toMatch(what);
  };

  it("the folder the output goes in", () => {
    const { base: dir, inDir } = base(1);
    const parent = join(dir, "closed");
    mkdirSync(parent);
    chmodSync(parent, 0o555);
    const r = run(["--in", inDir, "--out", join(parent, "out"), "--no-cache"]);
    expectRefused(r, parent, /the run writes its outputs there/);
    expect(readdirSync(parent)).toEqual([]);
    const dry = run(["--in", inDir, "--out", join(parent, "out"), "--no-cache", "--dry-run"]);
    expect(dry.status, dry.stdout).toBe(2);
    expect(dry.stderr).toBe(r.stderr);
  });

  it("a previous output, or a folder in it, that this user may not change: it stays as it was", () => {
    const { base: dir, inDir } = base(1);
    const parent = open(join(dir, "w"));
    const out = join(parent, "out");
    // The previous output, written by this test's own user (root: a folder the unprivileged user may not change).
    const first = spawnSync(process.execPath, [LAUNCH, "--quiet", "--in", inDir, "--out", out, "--no-cache"], { cwd: ROOT, encoding: "utf8" });
    expect(first.status, first.stderr).toBe(0);
    for (const locked of [out, join(out, "tables")]) {
      // Everything writable by anyone but the one folder.
      spawnSync("chmod", ["-R", "a+rwX", out]);
      chmodSync(locked, 0o555);
      const before = snapshot(out);
      const r = run(["--in", inDir, "--out", out, "--no-cache"]);
      expectRefused(r, locked, /the run replaces the previous output there/);
      expect(snapshot(out)).toEqual(before);
      expect(readdirSync(parent)).toEqual(["out"]);
      // A dry run refuses it too, with the run's message and when the run would (it said "1 would be read", exit 0).
      const dry = run(["--in", inDir, "--out", out, "--no-cache", "--dry-run"]);
      expectRefused(dry, locked, /the run replaces the previous output there/);
      expect(dry.stderr).toContain("the run refuses it unless nothing changed since the last run");
      expect(dry.stdout).toBe("");
      expect(snapshot(out)).toEqual(before);
    }
  }, 120_000);

  it("the cache folder, and this run's own folder in it; another version's folder this user may not write is no obstacle", () => {
    const { base: dir, inDir } = base(1);
    const cache = join(dir, "cache");
    const parent = open(join(dir, "w"));
    const args = ["--in", inDir, "--out", join(parent, "out"), "--cache", cache, "--workers", "1"];
    // The cache itself.
    mkdirSync(cache);
    chmodSync(cache, 0o555);
    expectRefused(run(args), cache, /the run keeps its cache there/);
    expect(readdirSync(parent)).toEqual([]);
    // This run's folder, made by another user (this test's: root); an older code version's folder beside it.
    rmSync(cache, { recursive: true, force: true });
    const first = spawnSync(process.execPath, [LAUNCH, "--quiet", ...args, "--out", join(dir, "root-out")], { cwd: ROOT, encoding: "utf8" });
    expect(first.status, first.stderr).toBe(0);
    const [own] = readdirSync(cache, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(cache, e.name));
    expect(own).toBeDefined();
    const older = join(cache, "0123456789abcdef01234567");
    mkdirSync(join(older, "ab"), { recursive: true });
    chmodSync(cache, 0o777);
    spawnSync("chmod", ["a+rw", ...readdirSync(cache).map((f) => join(cache, f)).filter((f) => f !== own && f !== older)]);
    expectRefused(run(args), own, /the run keeps its cache there/);
    expect(readdirSync(parent)).toEqual([]);
    // Once this run's folder is writable, the older one (still root's, 0755) does not stop the run.
    spawnSync("chmod", ["-R", "a+rwX", own]);
    const r = run(args);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(parent, "out", "articles.jsonl"), "utf8").trim().split("\n")).toHaveLength(1);
  }, 240_000);

  it("a --cache that is a file", () => {
    const { base: dir, inDir } = base(1);
    const cfile = join(dir, "cfile");
    writeFileSync(cfile, "not a cache\n");
    const r = run(["--in", inDir, "--out", join(open(join(dir, "w")), "out"), "--cache", cfile]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`--cache ${cfile} is a file, not a folder`);
  });
});

describe.skipIf(why !== "")("an --in folder this user may not read: refused before any work, the previous output kept", () => {
  it("the folder itself (no list, or no entry), or a folder on its path", () => {
    const { base: dir, inDir } = base(2);
    chmodSync(inDir, 0o777);
    const parent = open(join(dir, "w"));
    const out = join(parent, "out");
    const good = run(["--in", inDir, "--out", out, "--no-cache"]);
    expect(good.status, good.stderr).toBe(0);
    const before = snapshot(out);
    for (const mode of [0o700, 0o300, 0o600]) {
      // 0700: owned by another user (root), so neither listed nor entered; 0300: entered, not listed; 0600: not entered.
      chmodSync(inDir, mode);
      const r = run(["--in", inDir, "--out", out, "--no-cache"]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(`--in ${inDir} cannot be read (permission denied)`);
      expect(snapshot(out)).toEqual(before);
      expect(readdirSync(parent)).toEqual(["out"]);
      // A dry run refuses it the same way (it listed one reject row for "." and exited 0), whatever the other flags.
      for (const flags of [[], ["--workers", "0"], ["--shard", "0/2"], ["--limit", "1"]]) {
        const dry = run(["--in", inDir, "--out", out, "--no-cache", "--dry-run", ...flags]);
        expect(dry.status, dry.stdout).toBe(2);
        expect(dry.stderr).toBe(r.stderr);
        expect(dry.stdout).toBe("");
      }
    }
    chmodSync(inDir, 0o755);
    // A folder on the path that this user may not enter: permission denied, not "not found".
    const gate = join(dir, "gate");
    mkdirSync(join(gate, "in"), { recursive: true });
    writeFileSync(join(gate, "in", "story-9.txt"), story(9));
    chmodSync(gate, 0o700);
    const r = run(["--in", join(gate, "in"), "--out", out, "--no-cache"]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`--in ${join(gate, "in")} cannot be read (permission denied)`);
    expect(r.stderr).not.toMatch(/not found/);
    expect(snapshot(out)).toEqual(before);
  }, 240_000);
});

describe.skipIf(why !== "")("a write-protected previous output", () => {
  it("is kept as it is when nothing changed, and refused before any work when the run would replace it", () => {
    const { base: dir, inDir } = base(1);
    const parent = open(join(dir, "w"));
    const out = join(parent, "ro");
    const args = ["--in", inDir, "--out", out, "--cache", join(parent, "cache")];
    const first = run(args);
    expect(first.status, first.stderr).toBe(0);
    spawnSync("chmod", ["-R", "a-w", out]);
    const before = snapshot(out);
    const again = run(args);
    expect(again.status, again.stderr).toBe(0);
    expect(snapshot(out)).toEqual(before);
    // A changed input: the output would be replaced, and may not be.
    writeFileSync(join(inDir, "story-1.txt"), story(1));
    const changed = run(args);
    expect(changed.status, changed.stderr).toBe(2);
    expect(changed.stderr).toContain(`${out} is not writable (permission denied)`);
    expect(changed.stderr).toMatch(/the run replaces the previous output there/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent).sort()).toEqual(["cache", "ro"]);
  }, 240_000);
});
