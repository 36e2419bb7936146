/**
 * discoverInputs on a real temporary folder: sorted, lazy, hidden files and OS
 * junk skipped, odd names kept, broken symlinks and loops reported, not fatal.
 */
import { chmodSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverInputs, type DiscoveredInput } from "../stages/load/discover.ts";

let root: string;

async function collect(dir: string): Promise<DiscoveredInput[]> {
  const out: DiscoveredInput[] = [];
  for await (const e of discoverInputs(dir)) out.push(e);
  return out;
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "load-discover-"));
  const w = (rel: string, s = "Some text.") => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), s);
  };
  w("b.txt");
  w("a.txt");
  w("B.txt");
  w("with space.txt");
  w("caf\u00e9 \u65b0\u95fb.html");
  w("line\nbreak.txt");
  w(".hidden.txt");
  w(".DS_Store");
  w("Thumbs.db");
  w("draft.txt~");
  w(".git/config");
  w("sub/z.json");
  w("sub/deeper/y.md");
  symlinkSync(path.join(root, "nowhere.txt"), path.join(root, "dangling.txt"));
  symlinkSync(root, path.join(root, "sub", "loop"));
  symlinkSync(path.join(root, "a.txt"), path.join(root, "sub", "alias.txt"));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("discoverInputs", () => {
  it("walks in code-unit order with POSIX rel paths, listing hidden files and junk as skipped", async () => {
    const entries = await collect(root);
    expect(entries.map((e) => e.rel)).toEqual([
      ".DS_Store",
      ".git/",
      ".hidden.txt",
      "B.txt",
      "Thumbs.db",
      "a.txt",
      "b.txt",
      "caf\u00e9 \u65b0\u95fb.html",
      "dangling.txt",
      "draft.txt~",
      "line\nbreak.txt",
      "sub/alias.txt",
      "sub/deeper/y.md",
      "sub/loop",
      "sub/z.json",
      "with space.txt",
    ]);
    const byRel = new Map(entries.map((e) => [e.rel, e]));
    expect(byRel.get(".git/")).toEqual({ rel: ".git/", skipped: expect.stringMatching(/^hidden folder.*; 1 file inside not read$/) });
    expect(byRel.get(".hidden.txt")).toEqual({ rel: ".hidden.txt", skipped: "hidden file" });
    expect(byRel.get("draft.txt~")).toEqual({ rel: "draft.txt~", skipped: "editor backup file" });
    expect(byRel.get("Thumbs.db")).toMatchObject({ skipped: expect.stringMatching(/^OS metadata/) });
    expect(byRel.get("dangling.txt")).toEqual({ rel: "dangling.txt", error: "broken symlink" });
    expect(byRel.get("sub/loop")).toMatchObject({ error: expect.stringMatching(/^symlink loop/) });
    expect(byRel.get("a.txt")).toEqual({ rel: "a.txt", abs: path.join(root, "a.txt") });
    expect(byRel.get("sub/alias.txt")).toMatchObject({ abs: path.join(root, "sub", "alias.txt") });
  });

  it("reports a FIFO instead of blocking on it", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "load-fifo-"));
    try {
      try {
        execFileSync("mkfifo", [path.join(dir, "pipe.txt")]);
      } catch {
        return; // no mkfifo on this system
      }
      expect(await collect(dir)).toEqual([{ rel: "pipe.txt", error: "not a regular file (fifo)" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // root reads everything, so the check only runs as an ordinary user.
  it.skipIf(process.getuid?.() === 0)("reports unreadable files and folders as permission denied", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "load-perm-"));
    try {
      writeFileSync(path.join(dir, "locked.txt"), "Secret.");
      mkdirSync(path.join(dir, "closed"));
      chmodSync(path.join(dir, "locked.txt"), 0o000);
      chmodSync(path.join(dir, "closed"), 0o000);
      expect(await collect(dir)).toEqual([
        { rel: "closed", error: "unreadable folder: permission denied (EACCES); the files in it were not read" },
        { rel: "locked.txt", error: "unreadable file: permission denied (EACCES)" },
      ]);
    } finally {
      chmodSync(path.join(dir, "closed"), 0o755);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("yields a single file given as root, and an error for a missing root", async () => {
    expect(await collect(path.join(root, "a.txt"))).toEqual([{ rel: "a.txt", abs: path.join(root, "a.txt") }]);
    expect(await collect(path.join(root, "missing"))).toEqual([{ rel: "missing", error: expect.any(String) }]);
  });
});
