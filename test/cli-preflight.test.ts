/**
 * A dry run refuses what the run would refuse. Every path the run checks before any work (`--in`, `--out`,
 * `--cache`) is checked by `--dry-run` the same way: exit 2 and the same message, whatever other flags are given
 * (`--workers 0`, `--shard`, `--limit`), and nothing is created. `merge` refuses the flags of a run it has no use for.
 * (Paths this user may not read or write: test/permissions.test.ts, which runs as an unprivileged user.)
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../cli/main.ts";
import { story } from "./helpers/cli.ts";
import { captured } from "./helpers/capture.ts";

const cli = (argv: string[]) => captured(() => main(argv));

/** A base folder with in/ (two stories), a plain file, and a folder of someone else's files. */
function base(): { dir: string; inDir: string } {
  const dir = mkdtempSync(join(tmpdir(), "bs-preflight-"));
  const inDir = join(dir, "in");
  mkdirSync(inDir);
  for (let i = 0; i < 2; i++) writeFileSync(join(inDir, `story-${i}.txt`), story(i));
  writeFileSync(join(dir, "notes.txt"), "a file of the user's\n");
  mkdirSync(join(dir, "photos"));
  writeFileSync(join(dir, "photos", "holiday.txt"), "not an output\n");
  return { dir, inDir };
}

/** Each case: the paths given, and what the refusal says. */
const CASES: { name: string; args: (d: string, inDir: string) => string[]; says: RegExp }[] = [
  { name: "--in that does not exist", args: (d) => ["--in", join(d, "nowhere"), "--out", join(d, "out"), "--no-cache"], says: /--in \S+nowhere does not exist/ },
  { name: "--in below a plain file", args: (d) => ["--in", join(d, "notes.txt", "in"), "--out", join(d, "out"), "--no-cache"], says: /a file on its path is not a folder/ },
  { name: "--out inside --in", args: (d, i) => ["--in", i, "--out", join(i, "out"), "--no-cache"], says: /--out \S+ is inside the --in folder/ },
  { name: "--out a folder Broadsheet did not write", args: (d, i) => ["--in", i, "--out", join(d, "photos"), "--no-cache"], says: /is a folder Broadsheet did not write \(it holds holiday\.txt\)/ },
  { name: "--out a plain file", args: (d, i) => ["--in", i, "--out", join(d, "notes.txt"), "--no-cache"], says: /--out \S+notes\.txt is a file, not a folder/ },
  { name: "--out below a plain file", args: (d, i) => ["--in", i, "--out", join(d, "notes.txt", "out"), "--no-cache"], says: /notes\.txt is a file, not a folder; the run writes its outputs there/ },
  { name: "--cache a plain file", args: (d, i) => ["--in", i, "--out", join(d, "out"), "--cache", join(d, "notes.txt")], says: /--cache \S+notes\.txt is a file, not a folder/ },
  { name: "--cache the --in folder", args: (d, i) => ["--in", i, "--out", join(d, "out"), "--cache", i], says: /--cache \S+ is the --in folder/ },
  { name: "--cache inside --out", args: (d, i) => ["--in", i, "--out", join(d, "out"), "--cache", join(d, "out", "cache")], says: /--cache \S+ is inside --out/ },
];

const FLAG_SETS = [[], ["--workers", "0"], ["--shard", "0/2"], ["--limit", "1"]];

describe("--dry-run refuses what the run refuses, with the same message", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const { dir, inDir } = base();
      const before = readdirSync(dir, { recursive: true }).sort();
      for (const flags of FLAG_SETS) {
        const args = [...c.args(dir, inDir), "--quiet", ...flags];
        const run = await cli(args);
        const dry = await cli([...args, "--dry-run"]);
        const what = `${c.name} ${flags.join(" ")}`;
        expect(run.code, `${what}: ${run.err}`).toBe(2);
        expect(run.err, what).toMatch(c.says);
        expect(dry.code, `${what} --dry-run: ${dry.err}${dry.out}`).toBe(2);
        // The same refusal, word for word, and no listing as if the run would go ahead.
        expect(dry.err).toBe(run.err);
        expect(dry.out).toBe("");
      }
      // Nothing was created: no output, no cache, no temporary folder or lock beside them.
      expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
    });
  }

  it("a dry run over good paths still lists the inputs and writes nothing", async () => {
    const { dir, inDir } = base();
    for (const flags of FLAG_SETS) {
      const r = await cli(["--in", inDir, "--out", join(dir, "out"), "--cache", join(dir, "cache"), "--dry-run", ...flags]);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/nothing was written/);
    }
    expect(existsSync(join(dir, "out"))).toBe(false);
    expect(existsSync(join(dir, "cache"))).toBe(false);
  });
});

describe("merge refuses the flags of a run", () => {
  for (const flag of [["--dry-run"], ["--shard", "0/2"], ["--limit", "3"], ["--in", "raw"]]) {
    it(flag[0], async () => {
      const { dir } = base();
      const r = await cli(["merge", "--out", join(dir, "out"), ...flag, join(dir, "part-0")]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`merge: ${flag[0]} applies to a run, not to merge`);
      expect(r.out).toBe("");
      expect(existsSync(join(dir, "out"))).toBe(false);
    });
  }
});
