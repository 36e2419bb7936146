/**
 * Run safety (invented texts): a text past the line bound (LIMITS.textLines non-blank lines) lost
 * everything after it, with one removed.csv row and a warning. It is now read in parts of at most that many lines
 * (stages/load/parts.ts), each a document of its own: the end of the text becomes articles too, each part names its
 * lines, and the articles' source offsets are in the whole text. The bound is lowered in most tests to keep them small.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { checkOutputTarget, OutputRefused, outputPathTooLong } from "../runtime/output-dir.ts";
import { main } from "../cli/main.ts";
import { observeFile } from "../corpus/templates.ts";
import { learnableLineHashes } from "../stages/clean/templates.ts";
import { loadBytes } from "../stages/load/index.ts";
import { splitLongText, TEXT_PARTS_RULE, textPartStarts } from "../stages/load/parts.ts";
import { TEXT_LINES_RULE } from "../stages/clean/bounds.ts";
import { LIMITS } from "../stages/limits.ts";
import { articleId, processFile } from "../pipeline/document.ts";
import type { SourceDoc } from "../stages/types.ts";

const PROSE = "The ferry to the island ran again on Tuesday after a week of gales, and the operator said the café on board would open next month.";
const CLOSING = "The diary ends with a last long paragraph about the harbour, where the boats 🚢 came home at dusk.";
const WORDS = ["tide", "rose", "gulls", "cried", "rain", "again", "quiet", "nets"];
const enc = (s: string) => new TextEncoder().encode(s);
/** `n` short lines, a blank line after every sixth, joined by `eol`. */
const shortLines = (n: number, eol: string) =>
  Array.from({ length: n }, (_, i) => `${WORDS[i % 8]} ${WORDS[(i * 3 + 1) % 8]}.${i % 6 === 5 ? eol : ""}`).join(eol);
const nonBlankLines = (s: string) => s.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "").length;

describe("textPartStarts: where the parts of a long text start", () => {
  it("covers the text with parts of at most `max` non-blank lines each, cut at line starts", () => {
    for (const eol of ["\n", "\r", "\r\n"]) {
      const text = `Title${eol}${eol}${shortLines(250, eol)}${eol}`;
      const starts = textPartStarts(text, 40);
      const parts = starts.map((s, i) => text.slice(s.at, starts[i + 1]?.at ?? text.length));
      expect(parts.join(""), JSON.stringify(eol)).toBe(text);
      expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(nonBlankLines(text) / 40));
      for (const p of parts) expect(nonBlankLines(p)).toBeLessThanOrEqual(40);
      // Each part after the first starts at the beginning of a line.
      for (const s of starts.slice(1)) expect(["\n", "\r"]).toContain(text[s.at - 1]);
      // Each line number is the line the part starts on.
      for (const s of starts) expect(s.line).toBe(text.slice(0, s.at).split(eol).length);
    }
  });

  it("ends a part at a paragraph break among its last lines rather than inside a paragraph", () => {
    // Paragraphs of 6 lines: a part of 40 lines at most ends after line 36, at the break, not inside the 7th paragraph.
    const text = shortLines(100, "\n");
    const starts = textPartStarts(text, 40);
    expect(text.slice(starts[1]!.at - 2, starts[1]!.at)).toBe("\n\n");
    expect(nonBlankLines(text.slice(0, starts[1]!.at))).toBe(36);
  });

  it("cuts a text without paragraph breaks at exactly `max` lines", () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i}`).join("\n");
    expect(textPartStarts(text, 40).map((s) => s.line)).toEqual([1, 41, 81]);
  });

  it("returns one part for a text at the bound, or past it by blank lines only", () => {
    const exact = Array.from({ length: 40 }, (_, i) => `line ${i}`).join("\n");
    expect(textPartStarts(exact, 40)).toHaveLength(1);
    expect(textPartStarts(`${exact}\n\n  \n\t\n`, 40)).toHaveLength(1);
    expect(textPartStarts(`${exact}\nline 40`, 40)).toHaveLength(2);
  });

  it("splits only past the bound, then into parts of the part size (smaller than the bound)", () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i}`).join("\n");
    expect(textPartStarts(lines(40), 40, 15)).toHaveLength(1);
    expect(textPartStarts(`${lines(40)}\n`, 40, 15)).toHaveLength(1);
    expect(textPartStarts(lines(41), 40, 15).map((s) => s.line)).toEqual([1, 16, 31]);
  });

  it("counts code points before each part (an astral character is one)", () => {
    const text = Array.from({ length: 80 }, (_, i) => `🚢 boat ${i}`).join("\n");
    const starts = textPartStarts(text, 40);
    expect(starts[1]!.codePoints).toBe([...text.slice(0, starts[1]!.at)].length);
    expect(starts[1]!.codePoints).toBeLessThan(starts[1]!.at);
  });
});

describe("a text past the line bound is read in parts, its end kept (the bound lowered here to 40 lines)", () => {
  const saved = LIMITS.textLines;
  beforeAll(() => void Object.assign(LIMITS, { textLines: 40 }));
  afterAll(() => void Object.assign(LIMITS, { textLines: saved }));
  const diary = (eol: string) => `A harbour diary${eol}${eol}${PROSE}${eol}${eol}${shortLines(120, eol)}${eol}${eol}${CLOSING}${eol}`;

  it("keeps the closing paragraph of a text file and of a CR-only JSON record as an article, nothing cut", () => {
    const inputs: [string, Uint8Array][] = [
      ["diary.txt", enc(diary("\n"))],
      ["export.jsonl", enc(JSON.stringify({ id: "d1", title: "A harbour diary", url: "https://example.org/diary", text: diary("\r") }) + "\n")],
    ];
    for (const [name, bytes] of inputs) {
      const r = processFile(name, bytes, { skip: new Set() });
      const texts = r.articles.map((a) => a.text);
      expect(texts.some((t) => t.includes(PROSE)), name).toBe(true);
      expect(texts.some((t) => t.includes(CLOSING)), name).toBe(true);
      expect(r.removed.filter((x) => x.rule === TEXT_LINES_RULE), name).toEqual([]);
      // Nothing was left unread, and the parts of short lines alone (all audited as removed) are no rejects.
      expect(r.rejects, name).toEqual([]);
      expect(r.removed.filter((x) => x.text.split("\n").includes("tide rose.")).length, name).toBeGreaterThan(0);
      const notices = (r.notices ?? []).filter((n) => n.rule === TEXT_PARTS_RULE && n.stage === "load");
      expect(notices, name).toEqual([expect.objectContaining({ stage: "load", message: expect.stringMatching(/^text of more than 40 non-blank lines or [\d,]+ characters read as \d+ documents of at most 40 non-blank lines and [\d,]+ characters each/) })]);
      // Every article has an id of its own.
      expect(new Set(r.articles.map((a) => a.article_id)).size).toBe(r.articles.length);
    }
  });

  it("joins a part's removed lines into fewer audit rows, every line kept in order", () => {
    const text = diary("\n");
    const r = processFile("diary.txt", enc(text), { skip: new Set() });
    const lines = text.split("\n").filter((l) => /^[a-z]+ [a-z]+\.$/.test(l));
    const audited = r.removed.flatMap((x) => x.text.split("\n")).filter((l) => /^[a-z]+ [a-z]+\.$/.test(l));
    const inArticles = r.articles.flatMap((a) => a.text.split(/\n+/)).filter((l) => /^[a-z]+ [a-z]+\.$/.test(l));
    expect(audited.length + inArticles.length).toBe(lines.length);
    expect(r.removed.length).toBeLessThan(audited.length / 10);
    expect(r.removed.map((x) => x.index)).toEqual(r.removed.map((_, i) => i));
    // Within the bound, one row a line as before.
    const whole = processFile("short.txt", enc(`A harbour diary\n\n${PROSE}\n\n${shortLines(30, "\n")}\n`), { skip: new Set() });
    expect(whole.removed.every((x) => !x.text.includes("\n"))).toBe(true);
  });

  it("is observed by the template pass as one document, its later parts' lines included", () => {
    const tail = "Harbour master's notice board updated";
    const text = `${diary("\n")}\n${tail}\n`;
    const obs = observeFile("diary.txt", enc(text));
    expect(obs.docs).toHaveLength(1);
    // (the hash the template pass keeps of that line)
    const alone = learnableLineHashes([tail]);
    expect(alone).toHaveLength(1);
    expect(obs.docs[0]!.lines).toContain(alone[0]);
    expect(new Set(obs.docs[0]!.lines).size).toBe(obs.docs[0]!.lines.length);
  });

  it("says which part gave no article in a notice, and rejects the text only when none of its parts did", () => {
    const r = processFile("diary.txt", enc(diary("\n")), { skip: new Set() });
    const empty = (r.notices ?? []).filter((n) => n.rule === TEXT_PARTS_RULE && n.stage === "split");
    expect(empty.length).toBeGreaterThan(0);
    for (const n of empty) expect(n.message).toMatch(/^lines [\d,]+–[\d,]+: no article text found after cleaning in this part of the text$/);
    const lists = processFile("list.txt", enc(`${shortLines(120, "\n")}\n`), { skip: new Set() });
    expect(lists.articles).toEqual([]);
    expect(lists.rejects.map((x) => x.reason)).toEqual([expect.stringMatching(/^no article text found after cleaning in any of the text's \d+ parts$/)]);
  });

  it("gives the later parts' articles source offsets in the whole text (code points), as a text read whole has", () => {
    const text = diary("\n");
    const r = processFile("diary.txt", enc(text), { skip: new Set() });
    const last = r.articles.find((a) => a.text.includes(CLOSING))!;
    const cps = [...text];
    expect(last.source_start).toBeGreaterThan(0);
    expect(cps.slice(last.source_start, last.source_end).join("")).toContain(CLOSING);
    expect(last.source_end).toBe(cps.length);
  });

  it("keeps the first part's article ids those of a text read whole", () => {
    const r = processFile("diary.txt", enc(diary("\n")), { skip: new Set() });
    expect(r.articles[0]!.article_id).toBe(articleId("diary.txt", null, 0, 0));
  });

  it("names each part's lines; a record's title goes with its first part only, its other fields with every part", () => {
    const r = loadBytes("export.jsonl", enc(JSON.stringify({ id: "d1", title: "A harbour diary", url: "https://example.org/diary", text: diary("\n") }) + "\n"));
    expect(r.ok).toBe(true);
    const docs = r.ok ? r.docs : [];
    expect(docs.length).toBeGreaterThan(2);
    expect(docs.map((d) => d.where)).toEqual(docs.map((_, i) => expect.stringMatching(i === docs.length - 1 ? /^record 0, text lines [\d,]+–end$/ : /^record 0, text lines [\d,]+–[\d,]+$/)));
    expect(docs.map((d) => d.recordId)).toEqual(docs.map(() => "d1"));
    expect(docs.map((d) => d.given.title ?? null)).toEqual(docs.map((_, i) => (i === 0 ? "A harbour diary" : null)));
    expect(docs.map((d) => d.given.url)).toEqual(docs.map(() => "https://example.org/diary"));
    expect(docs.map((d) => d.part?.n)).toEqual(docs.map((_, i) => i));
  });

  it("leaves a text within the bound, and a page, as one document", () => {
    const short = loadBytes("short.txt", enc(`A harbour diary\n\n${PROSE}\n\n${shortLines(30, "\n")}\n`));
    expect(short.ok && short.docs.map((d) => d.part)).toEqual([undefined]);
    const page: SourceDoc = { source: "p.html", recordId: null, index: 0, kind: "html", content: shortLines(200, "\n"), given: {}, format: "html" };
    expect(splitLongText(page)).toEqual([page]);
  });
});

describe("an --out whose name or path leaves no room for the files the run makes beside and in it", () => {
  const root = join(tmpdir(), "bs-long-out");
  it("is refused before any work with the longest name that would do, not failed mid-run", () => {
    expect(() => checkOutputTarget(join(root, "o".repeat(232)), [])).toThrow(OutputRefused);
    expect(() => checkOutputTarget(join(root, "o".repeat(232)), [])).toThrow(/the folder's name is 232 bytes long; .* give a name of at most 231 bytes$/);
    expect(checkOutputTarget(join(root, "o".repeat(231)), []).dir).toBe(join(root, "o".repeat(231)));
    // Bytes, not characters: 116 two-byte letters are 232 bytes.
    expect(() => checkOutputTarget(join(root, "é".repeat(116)), [])).toThrow(/232 bytes long/);
    expect(outputPathTooLong(`/${"d".repeat(200)}`.repeat(19))).toBeNull();
    expect(outputPathTooLong(`/${"d".repeat(200)}`.repeat(20))).toMatch(/^its path is 4020 bytes long; .* give a path of at most 3944 bytes$/);
  });

  it("makes the command line exit 2 with that reason", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bs-long-out-"));
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "a.txt"), `Quay lights repaired\n\n${PROSE}\n`);
    let err = "";
    const e = vi.spyOn(process.stderr, "write").mockImplementation((c) => ((err += String(c)), true));
    try {
      expect(await main(["--in", join(dir, "in"), "--out", join(dir, "o".repeat(240)), "--no-cache", "--workers", "0", "--quiet"])).toBe(2);
    } finally {
      e.mockRestore();
    }
    expect(err).toContain("the folder's name is 240 bytes long");
  });
});
