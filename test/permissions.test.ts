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

/** How to run a command as a user without root's rights: [] (this user already is one), a setpriv prefix, or why not. */
function unprivileged(): string[] | { why: string } {
  if (process.platform === "win32" || !isRoot) return [];
  const prefix = ["setpriv", `--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups", "--"];
  const probe = spawnSync(prefix[0], [...prefix.slice(1), process.execPath, "-e", `require("fs").accessSync(${JSON.stringify(LAUNCH)}, 4)`], { encoding: "utf8" });
  if (probe.error) return { why: `running as root and setpriv is not available (${probe.error.message})` };
  if (probe.status !== 0) return { why: `running as root and user ${NOBODY} cannot run the command line here: ${probe.stderr.trim().split("\n")[0]}` };
  return prefix;
}

const as = unprivileged();
const why = "why" in as ? as.why : "";
if (why) console.warn(`permissions.test.ts skipped: ${why}`);

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

/** A folder anyone may write (the unprivileged user included). */
function open(path: string): string {
  mkdirSync(path, { recursive: true });
  chmodSync(path, 0o777);
  return path;
}

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const prefix = as as string[];
  const cmd = [...prefix, process.execPath, LAUNCH, "--quiet", ...args];
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: ROOT, encoding: "utf8", timeout: 240_000, killSignal: "SIGKILL", env: { ...process.env, HOME: tmpdir() } });
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
    }
  }, 120_000);

  it("the cache folder", () => {
    const { base: dir, inDir } = base(1);
    const cache = join(dir, "cache");
    mkdirSync(join(cache, "entries"), { recursive: true });
    chmodSync(join(cache, "entries"), 0o555);
    chmodSync(cache, 0o777);
    const parent = open(join(dir, "w"));
    const r = run(["--in", inDir, "--out", join(parent, "out"), "--cache", cache]);
    expectRefused(r, join(cache, "entries"), /the run keeps its cache there/);
    expect(readdirSync(parent)).toEqual([]);
    expect(existsSync(join(parent, "out"))).toBe(false);
  });
});
