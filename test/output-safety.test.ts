/**
 * --out never costs a user data: only a folder Broadsheet wrote is replaced,
 * paths that would mix outputs and inputs are refused (exit 2, nothing read
 * or written), a symlinked or mounted output folder stays where it is, and
 * only the temporaries of this tool's dead runs are cleaned up.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Manifest } from "../schemas/records.ts";
import { swapInto } from "../runtime/output-dir.ts";
import { corpus, LAUNCH, runCli } from "./helpers/cli.ts";

const ok = (status: number | null) => expect([0, 3]).toContain(status);

describe("--out is replaced only when Broadsheet wrote it", () => {
  it("refuses a folder holding a user's files, and keeps them", () => {
    const { base, inDir } = corpus(2);
    const out = join(base, "mine");
    mkdirSync(out);
    writeFileSync(join(out, "notes.txt"), "my notes");
    const r = runCli(["--in", inDir, "--out", out, "--no-cache", "--workers", "0"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--out .*mine is a folder Broadsheet did not write \(it holds notes\.txt\)/);
    expect(readdirSync(out)).toEqual(["notes.txt"]);
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("my notes");
  }, 400_000);

  it("replaces an empty folder and then its own previous output", () => {
    const { base, inDir } = corpus(2);
    const out = join(base, "out");
    mkdirSync(out);
    ok(runCli(["--in", inDir, "--out", out, "--no-cache", "--workers", "0"]).status);
    writeFileSync(join(inDir, "story-new.txt"), "Council votes on the new bridge\n\nThe council voted on Monday to build a new bridge over the river, officials said.\n");
    ok(runCli(["--in", inDir, "--out", out, "--no-cache", "--workers", "0"]).status);
    expect(Manifest.parse(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"))).counts.inputs).toBe(3);
    // a file saved into the previous output since: refused, not lost
    writeFileSync(join(out, "analysis.ipynb"), "{}");
    const r = runCli(["--in", inDir, "--out", out, "--no-cache", "--workers", "0"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/analysis\.ipynb in it was added since/);
    expect(readFileSync(join(out, "analysis.ipynb"), "utf8")).toBe("{}");
  }, 400_000);

  it("refuses an --out that is, contains or sits inside --in; the inputs stay whole", () => {
    const { base, inDir } = corpus(2);
    const before = readdirSync(inDir).sort();
    for (const out of [inDir, base, join(inDir, "out"), join(inDir, "..", "in", "sub", "out")]) {
      const r = runCli(["--in", inDir, "--out", out, "--no-cache", "--workers", "0"]);
      expect(r.status, out).toBe(2);
      expect(r.stderr).toMatch(/(is|contains|is inside) the --in folder/);
      expect(readdirSync(inDir).sort()).toEqual(before);
    }
    // through a symlink too
    symlinkSync(inDir, join(base, "alias"));
    expect(runCli(["--in", join(base, "alias"), "--out", join(inDir, "x"), "--no-cache"]).status).toBe(2);
  }, 400_000);

  it("refuses a plain file as --out, and leaves it as it was", () => {
    const { base, inDir } = corpus(1);
    const file = join(base, "results.csv");
    writeFileSync(file, "a,b\n1,2\n");
    const r = runCli(["--in", inDir, "--out", file, "--no-cache"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is a file, not a folder/);
    expect(readFileSync(file, "utf8")).toBe("a,b\n1,2\n");
  }, 400_000);

  it("keeps a symlinked --out a symlink: the folder it points to is replaced", () => {
    const { base, inDir } = corpus(2);
    const real = join(base, "real-out");
    mkdirSync(real);
    const link = join(base, "out");
    symlinkSync(real, link);
    ok(runCli(["--in", inDir, "--out", link, "--no-cache", "--workers", "0"]).status);
    ok(runCli(["--in", inDir, "--out", link, "--no-cache", "--workers", "0"]).status);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(existsSync(join(real, "manifest.json"))).toBe(true);
    // a link to a user's folder is refused like the folder itself
    const docs = join(base, "docs");
    mkdirSync(docs);
    writeFileSync(join(docs, "thesis.tex"), "x");
    symlinkSync(docs, join(base, "out2"));
    expect(runCli(["--in", inDir, "--out", join(base, "out2"), "--no-cache"]).status).toBe(2);
    expect(readdirSync(docs)).toEqual(["thesis.tex"]);
  }, 400_000);

  it("refuses a --cache that is the --in folder or inside --out", () => {
    const { base, inDir } = corpus(1);
    expect(runCli(["--in", inDir, "--out", join(base, "out"), "--cache", inDir]).status).toBe(2);
    expect(runCli(["--in", inDir, "--out", join(base, "out"), "--cache", join(base, "out", "cache")]).status).toBe(2);
  }, 400_000);
});

describe("a mount point as --out (rename gives EBUSY)", () => {
  it("gets its contents swapped in place, and the folder itself stays", () => {
    const { base } = corpus(0);
    const out = join(base, "volume");
    mkdirSync(out);
    writeFileSync(join(out, "manifest.json"), JSON.stringify({ tool: "broadsheet", run: "old" }));
    writeFileSync(join(out, "articles.jsonl"), "old\n");
    const tmp = join(base, "volume.tmp-1");
    mkdirSync(join(tmp, "tables"), { recursive: true });
    writeFileSync(join(tmp, "manifest.json"), JSON.stringify({ tool: "broadsheet", run: "new" }));
    writeFileSync(join(tmp, "tables", "articles.csv"), "new\n");
    const inode = statSync(out).ino;
    const busy = (from: string, to: string) => {
      if (from === out) throw Object.assign(new Error("EBUSY: resource busy or locked"), { code: "EBUSY" });
      spawnSync("mv", [from, to]);
    };
    swapInto(tmp, out, busy);
    expect(statSync(out).ino).toBe(inode);
    expect(readdirSync(out).sort()).toEqual(["manifest.json", "tables"]);
    expect(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")).run).toBe("new");
    expect(existsSync(tmp)).toBe(false);
  });
});

describe("a real mount point as --out (where the machine lets the tests mount a tmpfs)", () => {
  it("is written inside and stays mounted", (ctx) => {
    const { base, inDir } = corpus(2);
    const vol = join(base, "vol");
    mkdirSync(vol);
    if (spawnSync("mount", ["-t", "tmpfs", "tmpfs", vol]).status !== 0) ctx.skip();
    try {
      for (let run = 0; run < 2; run++) ok(runCli(["--in", inDir, "--out", vol, "--no-cache", "--workers", "0"]).status);
      expect(spawnSync("mountpoint", ["-q", vol]).status).toBe(0);
      expect(Manifest.parse(JSON.parse(readFileSync(join(vol, "manifest.json"), "utf8"))).counts.processed).toBe(2);
      expect(readdirSync(base).sort()).toEqual(["in", "vol"]);
    } finally {
      spawnSync("umount", [vol]);
    }
  }, 400_000);
});

describe("temporaries beside --out", () => {
  it("removes what a SIGKILLed run of its own left, never a user's folders named like them", async () => {
    const { base, inDir } = corpus(150);
    const out = join(base, "out");
    // user folders that only look like temporaries
    for (const name of ["out.old-1", "out.tmp-99999"]) {
      mkdirSync(join(base, name));
      writeFileSync(join(base, name, "keep.txt"), name);
    }
    const child = spawn(process.execPath, [LAUNCH, "--quiet", "--in", inDir, "--out", out, "--no-cache", "--workers", "1"], { stdio: "ignore" });
    const mine = `out.tmp-${child.pid}`;
    const deadline = Date.now() + 180_000;
    while (!existsSync(join(base, mine, ".work")) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGKILL");
    await new Promise((r) => child.on("exit", r));
    expect(existsSync(join(base, mine))).toBe(true);
    ok(runCli(["--in", inDir, "--out", out, "--no-cache", "--workers", "0"], { timeoutMs: 240_000 }).status);
    expect(readdirSync(base).sort()).toEqual(["in", "out", "out.old-1", "out.tmp-99999"]);
    expect(readFileSync(join(base, "out.tmp-99999", "keep.txt"), "utf8")).toBe("out.tmp-99999");
  }, 600_000);

  it("never reads its own cache as input when --cache lies inside --in", () => {
    const { base, inDir } = corpus(2);
    const args = ["--in", inDir, "--out", join(base, "out"), "--cache", join(inDir, "cache"), "--workers", "0"];
    ok(runCli(args).status);
    writeFileSync(join(inDir, "story-new.txt"), "Market hall reopens\n\nThe market hall reopened on Saturday after a year of building work, traders said.\n");
    ok(runCli(args).status);
    const m = Manifest.parse(JSON.parse(readFileSync(join(base, "out", "manifest.json"), "utf8")));
    expect(m.counts.processed).toBe(3);
    expect(m.inputs.filter((i) => i.input.startsWith("cache")).map((i) => [i.input, i.status])).toEqual([["cache/", "skipped"]]);
  }, 400_000);
});
