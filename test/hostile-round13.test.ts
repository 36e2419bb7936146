/**
 * Run safety, texts read in parts (invented texts): parts of a long text are bounded by characters too (a text
 * of long lines lost two thirds of itself to the per-document character bound), a cut that still happens is a console
 * warning, audit rows join only adjacent removed lines (under a spreadsheet cell's size), the parts of one text are
 * never near-duplicates of each other, the "no article in any part" count starts per record, a long --out behind a
 * symlink and names the system refuses are usage errors, the dry run counts records.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../cli/main.ts";
import { dryRun } from "../cli/dry-run.ts";
import { DuplicateIndex, partedFingerprint, type Fingerprint } from "../corpus/duplicates.ts";
import { isSizeLimitCut, PART_AUDIT_CHARS, processFile } from "../pipeline/document.ts";
import { checkOutputTarget, lockOutput, madeOrRefused, OutputRefused } from "../runtime/output-dir.ts";
import { DOCUMENT_LENGTH_RULE } from "../stages/clean/bounds.ts";
import { LIMITS } from "../stages/limits.ts";
import { loadBytes } from "../stages/load/index.ts";
import { partCharsOf, splitLongText, textPartStarts } from "../stages/load/parts.ts";
import { configOf } from "../schemas/config.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const SUBJECTS = ["The ferry crew", "A lantern keeper", "Two fishermen", "The harbour office", "Our neighbour", "The night watch"];
const VERBS = ["mended", "counted", "painted", "checked", "carried", "noted"];
const OBJECTS = ["the nets by the slipway", "the buoys along the quay", "a rowing boat", "the tide tables", "crates of herring", "the signal lamps"];
const WHEN = ["before dawn", "after the storm", "at low water", "on the north pier", "until dusk", "with some care"];
/** Line `i` of an invented log: one sentence of about 60 characters, the same for the same `i`. */
const logLine = (i: number) => `${SUBJECTS[i % 6]} ${VERBS[(i >> 1) % 6]} ${OBJECTS[(i >> 2) % 6]} ${WHEN[(i * 7) % 6]} (${i}).`;
const CLOSING = "Last entry: the lighthouse keeper locked the tower and walked home.";

describe("a text of long lines past the line bound (parts bounded by characters too)", () => {
  // 310,000 lines of about 62 characters (19 MB), a blank line after every eighth, and a closing line of its own.
  const n = 310_000;
  const text = `Harbour log\n\n${Array.from({ length: n }, (_, i) => `${logLine(i)}${i % 8 === 7 ? "\n" : ""}`).join("\n")}\n\n${CLOSING}\n`;

  it("is cut into parts of at most a tenth under the document bound, which join back to the text", () => {
    expect(text.length).toBeGreaterThan(LIMITS.documentTextChars * 9);
    const starts = textPartStarts(text);
    const ends = [...starts.slice(1).map((s) => s.at), text.length];
    expect(starts.length).toBeGreaterThan(10);
    for (const [k, s] of starts.entries()) {
      expect(ends[k]! - s.at).toBeLessThanOrEqual(partCharsOf());
      // Each part but the last is cut in the last tenth of its characters.
      if (k < starts.length - 1) expect(ends[k]! - s.at).toBeGreaterThan(partCharsOf() * 0.89);
    }
    const parts = splitLongText({ source: "log.txt", recordId: null, index: 0, kind: "text", content: text, given: {}, format: "text" });
    expect(parts.map((p) => p.content).join("")).toBe(text);
    // Cut at paragraph breaks: each part but the last ends with a blank line.
    for (const p of parts.slice(0, -1)) expect(p.content.endsWith("\n\n")).toBe(true);
  });

  it("loses no line: the last line's words are in an article, and nothing is cut by the character bound", () => {
    const r = processFile("log.txt", enc(text), { skip: new Set() });
    expect(r.removed.filter((x) => x.rule === DOCUMENT_LENGTH_RULE)).toEqual([]);
    expect((r.notices ?? []).filter((x) => isSizeLimitCut(x))).toEqual([]);
    const all = r.articles.map((a) => a.text).join("\n");
    expect(all).toContain(CLOSING);
    expect(all).toContain(logLine(n - 1));
    expect(all).toContain(logLine(Math.floor(n / 2)));
    expect(r.rejects).toEqual([]);
  }, 600_000);
});

describe("small bounds (lines 300 / parts 100 / document text 5,000 characters)", () => {
  const saved = { ...LIMITS };
  beforeAll(() => void Object.assign(LIMITS, { textLines: 300, textPartLines: 100, documentTextChars: 5_000 }));
  afterAll(() => void Object.assign(LIMITS, saved));
  /** 350 lines of about 105 characters (no blank line): a long text of long lines at a small scale. */
  const verse = Array.from({ length: 350 }, (_, i) => `${logLine(i)} The water rose over the sand as the light faded.`).join("\n");

  it("keeps every line of a text of long lines in an article", () => {
    const r = processFile("verse.txt", enc(`${verse}\n`), { skip: new Set() });
    expect(r.removed.filter((x) => x.rule === DOCUMENT_LENGTH_RULE)).toEqual([]);
    // Every line is an article's (a title or its text) or a removed row's: none is lost to the character bound (most
    // of each part past its first 5,000 characters was, before parts had a character bound).
    const all = [...r.articles.map((a) => `${a.title ?? ""}\n${a.text}`), ...r.removed.map((x) => x.text)].join("\n");
    for (let i = 0; i < 350; i++) expect(all).toContain(logLine(i));
    expect(r.articles.map((a) => a.text).join("\n")).toContain(logLine(349));
    // Articles from a part after the first: no title, offsets in the whole text.
    const later = r.articles.filter((a) => a.source_start > 0);
    expect(later.length).toBeGreaterThan(0);
  });

  it("refuses a part of fewer than 2 lines or characters", () => {
    expect(() => textPartStarts(verse, 300, 1)).toThrow(RangeError);
    expect(() => textPartStarts(verse, 300, 100, 5_000, 1)).toThrow(RangeError);
  });

  it("prints a console warning when a line alone is longer than a part (the cleaner still cuts it)", async () => {
    const long = Array.from({ length: 120 }, (_, i) => logLine(i)).join(" ");
    const dir = mkdtempSync(join(tmpdir(), "bs-r13-warn-"));
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "log.txt"), `${verse}\n\n${long}\n\n${CLOSING}\n`);
    const r = processFile("log.txt", enc(`${verse}\n\n${long}\n\n${CLOSING}\n`), { skip: new Set() });
    expect(r.removed.filter((x) => x.rule === DOCUMENT_LENGTH_RULE)).toHaveLength(1);
    expect(r.articles.map((a) => a.text).join("\n")).toContain(CLOSING);
    let err = "";
    const e = vi.spyOn(process.stderr, "write").mockImplementation((c) => ((err += String(c)), true));
    try {
      expect(await main(["--in", join(dir, "in"), "--out", join(dir, "out"), "--no-cache", "--workers", "0"])).toBe(0);
    } finally {
      e.mockRestore();
    }
    expect(err).toMatch(/broadsheet: warning: log\.txt: part of the document was not read: document text longer than 5000 characters/);
  });
});

describe("audit rows of a text read in parts", () => {
  const saved = LIMITS.textLines;
  beforeAll(() => void Object.assign(LIMITS, { textLines: 40 }));
  afterAll(() => void Object.assign(LIMITS, { textLines: saved }));
  const para = (i: number) => `${logLine(i)} ${logLine(i + 1)} ${logLine(i + 2)} The keeper wrote it all down in the book.`;

  it("joins only adjacent removed lines: lines removed in separate places stay separate rows", () => {
    // Paragraphs with an advertisement line between each two (60 places), then a run of 50 menu lines at the end.
    const body = Array.from({ length: 60 }, (_, i) => `${para(i * 3)}\n\nAdvertisement\n`).join("\n");
    const menu = Array.from({ length: 50 }, (_, i) => `Menu ${i}`).join("\n");
    const r = processFile("ads.txt", enc(`Harbour notes\n\n${body}\n${menu}\n`), { skip: new Set() });
    const ads = r.removed.filter((x) => x.text.split("\n").includes("Advertisement"));
    expect(ads.length).toBeGreaterThan(50);
    for (const row of ads) expect(row.text).toBe("Advertisement");
    // Every removed line is in a row, in order.
    const menuLines = r.removed.flatMap((x) => x.text.split("\n")).filter((l) => /^Menu \d+$/.test(l));
    const inArticles = r.articles.flatMap((a) => a.text.split("\n")).filter((l) => /^Menu \d+$/.test(l));
    expect(menuLines.length + inArticles.length).toBe(50);
    expect(r.removed.map((x) => x.index)).toEqual(r.removed.map((_, i) => i));
  });

  it("keeps a row under a spreadsheet cell's size, starting a new row beyond it, every line kept", () => {
    // 2,000 adjacent list lines of about 40 characters: 80,000 characters in one removed block.
    const list = Array.from({ length: 2_000 }, (_, i) => `- item ${String(i).padStart(5, "0")} ${"x".repeat(25)}`).join("\n");
    const r = processFile("list.txt", enc(`Harbour notes\n\n${para(0)}\n\n${list}\n\n${para(9)}\n`), { skip: new Set() });
    for (const row of r.removed) expect(row.text.length).toBeLessThanOrEqual(PART_AUDIT_CHARS);
    const items = r.removed.flatMap((x) => x.text.split("\n")).filter((l) => /item \d{5}/.test(l));
    const inArticles = r.articles.flatMap((a) => a.text.split("\n")).filter((l) => /item \d{5}/.test(l));
    expect(items.length + inArticles.length).toBe(2_000);
  });
});

describe("near-duplicates across the parts of one text", () => {
  const h: Fingerprint = [0x12345678, 0x9abcdef0];
  it("never pairs articles of different parts of one text; pairs them within a part and across texts", () => {
    const index = new DuplicateIndex();
    index.addFingerprint("p0", partedFingerprint(h, "log.txt\u00000", 0));
    index.addFingerprint("p1", partedFingerprint(h, "log.txt\u00000", 1));
    index.addFingerprint("p1b", partedFingerprint(h, "log.txt\u00000", 1));
    index.addFingerprint("other", partedFingerprint(h, "log.txt\u00001", 0));
    index.addFingerprint("plain", h);
    expect(index.duplicateOf("p0")).toBeNull();
    expect(index.duplicateOf("p1")).toBeNull();
    expect(index.duplicateOf("p1b")).toBe("p1");
    expect(index.duplicateOf("other")).toBe("p0");
    expect(index.duplicateOf("plain")).toBe("p0");
  });

  it("points to the copy found when the earliest copy is another part of the article's own text", () => {
    const index = new DuplicateIndex();
    index.addFingerprint("t0", partedFingerprint(h, "t", 0));
    index.addFingerprint("copy", h);
    index.addFingerprint("t1", partedFingerprint(h, "t", 1));
    expect(index.duplicateOf("copy")).toBe("t0");
    expect(index.duplicateOf("t1")).toBe("copy");
  });
});

describe("the 'no article in any part' reject of a record read in parts", () => {
  const saved = LIMITS.textLines;
  beforeAll(() => void Object.assign(LIMITS, { textLines: 40 }));
  afterAll(() => void Object.assign(LIMITS, { textLines: saved }));
  // A heading, then lines of no-break spaces: a line each for the part bound, nothing for an article (a JSON record's
  // text is otherwise kept as it is). Its first part gives the one article, its later parts none.
  const list = `Harbour notes.\n${Array.from({ length: 120 }, () => "\u00a0").join("\n")}`;
  const story = `${Array.from({ length: 60 }, (_, i) => `${logLine(i)} ${logLine(i + 9)} The keeper wrote it all down.`).join("\n\n")}`;

  it("is counted per record, whatever happened to the record before or to its first part", () => {
    const bytes = enc(`${JSON.stringify({ id: "a", text: story })}\n${JSON.stringify({ id: "b", text: list })}\n`);
    const loaded = loadBytes("export.jsonl", bytes);
    if (!loaded.ok) throw new Error(loaded.reason);
    const firstOfB = loaded.docs.findIndex((d) => d.recordId === "b" && d.part?.n === 0);
    expect(firstOfB).toBeGreaterThan(0);
    expect(processFile("export.jsonl", bytes, { skip: new Set() }).rejects).toEqual([]);
    // The first part of b skipped (over its time budget): its other parts give nothing, whatever record a gave.
    const r = processFile("export.jsonl", bytes, { skip: new Set() }, { skip: new Map([[firstOfB, "ran over its time budget"]]) });
    expect(r.articles.map((a) => a.record_id)).not.toContain("b");
    expect(r.articles.length).toBeGreaterThan(0);
    const ofB = r.rejects.filter((x) => x.record_id === "b").map((x) => x.reason);
    expect(ofB).toContain("ran over its time budget");
    expect(ofB).toEqual(expect.arrayContaining([expect.stringMatching(/^no article text found after cleaning in any of the text's \d+ parts$/)]));
  });
});

describe("the dry run of a text read in parts", () => {
  const saved = LIMITS.textLines;
  beforeAll(() => void Object.assign(LIMITS, { textLines: 40 }));
  afterAll(() => void Object.assign(LIMITS, { textLines: saved }));
  it("counts its records, not its parts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bs-r13-dry-"));
    const list = Array.from({ length: 120 }, (_, i) => `- item ${i}`).join("\n");
    writeFileSync(join(dir, "export.jsonl"), `${JSON.stringify({ id: "a", text: list })}\n${JSON.stringify({ id: "b", text: "Short." })}\n`);
    const lines: string[] = [];
    await dryRun(configOf({ inputs: dir, output: `${dir}-out` }), {}, (l) => void lines.push(l.detail));
    expect(lines.join("\n")).toMatch(/, 2 documents/);
  });
});

describe("a long --out (symlinks, names the system refuses)", () => {
  it("checks the symlink's target, where the run makes its files", () => {
    const dir = mkdtempSync(join(tmpdir(), "bs-r13-link-"));
    mkdirSync(join(dir, "o".repeat(240)));
    symlinkSync(join(dir, "o".repeat(240)), join(dir, "short"));
    expect(() => checkOutputTarget(join(dir, "short"), [])).toThrow(OutputRefused);
    expect(() => checkOutputTarget(join(dir, "short"), [])).toThrow(/the folder's name is 240 bytes long/);
  });

  it("turns a name the system refuses for its length into a usage error naming it", () => {
    const dir = mkdtempSync(join(tmpdir(), "bs-r13-lock-"));
    // The lock's own name (`<out>.broadsheet-lock.<pid>`) is past the system's limit: refused before any work.
    expect(() => lockOutput(join(dir, "o".repeat(240)))).toThrow(OutputRefused);
    expect(() => lockOutput(join(dir, "o".repeat(240)))).toThrow(/the system refused to make .*broadsheet-lock.* \(ENAMETOOLONG\): its name or path is too long/);
    // As Windows says it: ENOENT below a folder that exists.
    const enoent = () => {
      throw Object.assign(new Error("no such file"), { code: "ENOENT" });
    };
    expect(() => madeOrRefused("out", join(dir, "x"), enoent)).toThrow(OutputRefused);
    expect(() => madeOrRefused("out", join(dir, "missing", "x"), enoent)).toThrow(/no such file/);
  });
});
