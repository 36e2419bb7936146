/**
 * Every file under --in is accounted for in the manifest: processed, rejected
 * with a reason, or skipped with a reason. Names that are not valid UTF-8 are
 * read by their bytes, and symlinks that lead out of --in are not followed
 * unless asked.
 */
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Article, Manifest } from "../schemas/records.ts";
import { corpus, runCli, story } from "./helpers/cli.ts";

const manifestOf = (out: string) => Manifest.parse(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")));
const articlesOf = (out: string) =>
  readFileSync(join(out, "articles.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => Article.parse(JSON.parse(l)));

describe("inputs that used to vanish", () => {
  it("reads two files whose names are not valid UTF-8 as two inputs", () => {
    const { base, inDir } = corpus(0);
    // Latin-1 "café.txt" and "cafî.txt": invalid UTF-8 bytes that a lossy decoding turns into the same name
    writeFileSync(Buffer.concat([Buffer.from(`${inDir}/caf`), Buffer.from([0xe9]), Buffer.from(".txt")]), story(1));
    writeFileSync(Buffer.concat([Buffer.from(`${inDir}/caf`), Buffer.from([0xee]), Buffer.from(".txt")]), story(2));
    const out = join(base, "out");
    expect(runCli(["--in", inDir, "--out", out, "--no-cache", "--workers", "0"]).status).toBe(0);
    const m = manifestOf(out);
    expect(m.inputs.map((i) => [i.input, i.status])).toEqual([
      ["caf\\xE9.txt", "processed"],
      ["caf\\xEE.txt", "processed"],
    ]);
    const texts = articlesOf(out).map((a) => a.text);
    expect(texts.some((t) => t.includes("ferry line 1 "))).toBe(true);
    expect(texts.some((t) => t.includes("ferry line 2 "))).toBe(true);
  }, 400_000);

  it("lists hidden, temporary and junk files as skipped with a reason: discovered = processed + rejected + skipped", () => {
    const { base, inDir } = corpus(1, {
      ".hidden.txt": story(10),
      "draft.txt~": story(11),
      ".story.txt.swp": "swap",
      "notes.swp": "swap",
      "Thumbs.db": "thumbs",
      "__MACOSX/._story.txt": "fork",
      ".git/HEAD": "ref: refs/heads/main",
      ".git/objects/ab/cdef": "blob",
      "node_modules/left-pad/index.js": "module.exports = 1;",
      "empty.txt": "",
    });
    const out = join(base, "out");
    expect(runCli(["--in", inDir, "--out", out, "--no-cache", "--workers", "0"]).status).toBe(3);
    const m = manifestOf(out);
    const row = (input: string) => m.inputs.find((i) => i.input === input);
    expect(m.counts.processed + m.counts.rejected + m.counts.skipped).toBe(m.counts.inputs);
    expect(m.counts).toMatchObject({ processed: 1, rejected: 1, skipped: 8 });
    expect(row(".hidden.txt")).toMatchObject({ status: "skipped", reason: "hidden file" });
    // never read, so no size and no hash (it used to say 0 bytes, as if the file were empty)
    expect(row(".hidden.txt")).toMatchObject({ bytes: null, sha256: null });
    expect(m.inputs.filter((i) => i.status === "skipped").every((i) => i.bytes === null)).toBe(true);
    expect(row("empty.txt")?.bytes).toBe(0);
    expect(row("draft.txt~")).toMatchObject({ status: "skipped", reason: "editor backup file" });
    expect(row("notes.swp")).toMatchObject({ status: "skipped", reason: "editor swap file" });
    expect(row("Thumbs.db")?.reason).toMatch(/OS metadata/);
    expect(row(".git/")?.reason).toMatch(/hidden folder.*2 files inside not read/);
    expect(row("node_modules/")?.reason).toMatch(/dependency folder.*1 file inside not read/);
    expect(row("__MACOSX/")?.reason).toMatch(/macOS/);
    expect(row("empty.txt")?.status).toBe("rejected");
    // skipped inputs are not rejects: rejects.csv names only the empty file
    expect(readFileSync(join(out, "tables", "rejects.csv"), "utf8").trim().split("\n").slice(1)).toEqual([expect.stringMatching(/^empty\.txt,/)]);
  }, 400_000);
});

describe("symlinks under --in", () => {
  it("rejects a link that leads outside --in, with a reason, unless --follow-external-links", () => {
    const outside = mkdtempSync(join(tmpdir(), "bs-21a-outside-"));
    writeFileSync(join(outside, "secret.txt"), story(7));
    const { base, inDir } = corpus(1);
    symlinkSync(join(outside, "secret.txt"), join(inDir, "linked.txt"));
    symlinkSync(outside, join(inDir, "linked-folder"));
    symlinkSync(join(inDir, "story-000.txt"), join(inDir, "inside-link.txt"));
    const out = join(base, "out");
    expect(runCli(["--in", inDir, "--out", out, "--no-cache", "--workers", "0"]).status).toBe(3);
    const rejects = readFileSync(join(out, "tables", "rejects.csv"), "utf8");
    expect(rejects).toMatch(/linked\.txt,,symlink to a path outside the input folder/);
    expect(rejects).toMatch(/linked-folder,,symlink to a path outside the input folder/);
    expect(articlesOf(out).map((a) => a.source).sort()).toEqual(["inside-link.txt", "story-000.txt"]);
    expect(articlesOf(out).some((a) => a.text.includes("ferry line 7 "))).toBe(false);

    expect(runCli(["--in", inDir, "--out", out, "--no-cache", "--workers", "0", "--follow-external-links"]).status).toBe(0);
    expect(articlesOf(out).map((a) => a.source).sort()).toEqual(["inside-link.txt", "linked-folder/secret.txt", "linked.txt", "story-000.txt"]);
  }, 400_000);
});
