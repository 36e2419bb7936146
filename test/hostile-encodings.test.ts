/**
 * Run safety: inputs users hand over as they are. A gzip'd export or page is read (bounded: a
 * gzip bomb is a reject), a text with a stray NUL or two is text, and a UTF-8 file with Latin-1 lines pasted in
 * keeps both (stages/load). Invented texts.
 */
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadBytes, sizeOnceRead } from "../stages/load/index.ts";
import { processFile } from "../pipeline/document.ts";
import { stageView } from "../pipeline/steps.ts";
import { configOf } from "../schemas/config.ts";

const STORY = "Ferry service resumes\n\nThe ferry to the island ran again on Tuesday after a week of gales. The operator said the café on board would open next month.\n";
const utf8 = (s: string) => new TextEncoder().encode(s);
const ctx = stageView(configOf({}));
const contents = (name: string, bytes: Uint8Array) => {
  const r = loadBytes(name, bytes);
  return r.ok ? r.docs.map((d) => d.content) : r.reason;
};

describe("gzip files", () => {
  it("reads a gzip'd text, JSON Lines export and page as their content, in the format of the name without .gz", () => {
    expect(contents("story.txt.gz", gzipSync(utf8(STORY)))).toEqual([STORY]);
    const jsonl = [1, 2, 3].map((i) => JSON.stringify({ id: `r${i}`, title: `Item ${i}`, text: `Record ${i}: ${STORY.replace(/\n/g, " ")}` })).join("\n");
    const r = processFile("export.jsonl.gz", gzipSync(utf8(jsonl)), ctx);
    expect(r.rejects).toEqual([]);
    expect(r.articles.map((a) => a.record_id)).toEqual(["r1", "r2", "r3"]);
    expect(r.articles.every((a) => a.source === "export.jsonl.gz" && a.text.includes("ferry to the island"))).toBe(true);
    expect(r.notices).toContainEqual(expect.objectContaining({ stage: "load", rule: "load/gzip" }));
    const page = processFile("page.html.gz", gzipSync(utf8(`<html><head><title>Ferry</title></head><body><article><h1>Ferry service resumes</h1><p>${STORY.split("\n")[2]}</p></article></body></html>`)), ctx);
    expect(page.articles.map((a) => a.text)).toEqual([expect.stringContaining("ran again on Tuesday")]);
  });

  it("rejects a gzip bomb at the size cap without inflating it past the cap, and a corrupt or nested gzip with a reason", () => {
    const bomb = gzipSync(new Uint8Array(5_000_000).fill(0x61)); // about 5 KB that inflate to 5 MB
    const r = loadBytes("bomb.txt.gz", bomb, { maxBytes: 1_000_000 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^file too large once decompressed: gzip of \d+ bytes inflates past the cap of 1000000 bytes$/);
    const cut = gzipSync(utf8(STORY.repeat(20))).subarray(0, 60);
    expect(contents("cut.txt.gz", cut)).toMatch(/^corrupt gzip file: /);
    expect(contents("twice.txt.gz", gzipSync(gzipSync(utf8(STORY))))).toBe("binary file (gzip inside a gzip file)");
  });
});

describe("where a gzip file is processed", () => {
  it("is judged by its inflated size (a small gzip of a large export goes to a worker of its own, like the export)", () => {
    expect(sizeOnceRead(gzipSync(new Uint8Array(3_000_000).fill(0x61)))).toBe(3_000_000);
    expect(sizeOnceRead(utf8(STORY))).toBe(utf8(STORY).length);
  });
});

describe("stray NUL bytes", () => {
  it("a short text with a NUL terminator or a few NULs is text, each NUL read as a space", () => {
    expect(contents("note.txt", utf8("A short note about the ferry timetable.\0"))).toEqual(["A short note about the ferry timetable. "]);
    const three = STORY.replace(/ /g, (s, i: number) => (i === 6 || i === 40 || i === 90 ? "\0" : s));
    expect(contents("story.txt", utf8(three))).toEqual([three.replaceAll("\0", " ")]);
  });

  it("bytes with many NUL runs among control bytes are still binary", () => {
    const blob = new Uint8Array(300).map((_, i) => (i % 7 === 0 ? 0 : i % 5 === 0 ? 3 : 0x41 + (i % 26)));
    expect(contents("blob.txt", blob)).toMatch(/^binary file/);
  });
});

describe("UTF-8 with Latin-1 pasted in", () => {
  it("keeps each valid UTF-8 character and reads the other bytes as Windows-1252", () => {
    const latin1 = Buffer.from("The pâtisserie near the pier reopened as well.\n", "latin1");
    const bytes = Buffer.concat([Buffer.from(STORY, "utf8"), latin1]);
    const r = loadBytes("mixed.txt", bytes);
    expect(r.ok && r.docs[0]!.content).toBe(`${STORY}The pâtisserie near the pier reopened as well.\n`);
    expect(r.ok && r.warnings).toContainEqual(expect.objectContaining({ rule: "load/charset-fallback", reason: expect.stringMatching(/1 UTF-8 character\(s\) kept, 1 other byte\(s\) decoded as windows-1252/) }));
  });

  it("a file that is all Windows-1252 reads as before", () => {
    const bytes = Buffer.from("Caf\xe9 owners said \x93trade is back\x94 on the quay.\n", "latin1");
    const r = loadBytes("legacy.txt", bytes);
    expect(r.ok && r.docs[0]!.content).toBe("Café owners said \u201ctrade is back\u201d on the quay.\n");
  });
});
