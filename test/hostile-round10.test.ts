/**
 * Run safety: hostile inputs that were read wrongly or lost whole (invented texts).
 * - An ASCII page with NULs in every other byte of a later part was read as UTF-16 without a BOM: all mojibake.
 * - A JSON Lines export whose records end in a lone carriage return (classic Mac OS line ends) was one line of
 *   invalid JSON: every record rejected.
 * - 2,000 nested folders overflowed discovery's call stack (a generator per level, each delegating to the next):
 *   the whole run failed.
 * - A text of a million one-letter lines took 1.3 GB in the cleaner (4 million ran its worker out of memory and the
 *   file was rejected whole): the cleaner now reads a text's first LIMITS.textLines non-blank lines, with an audit row.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { discoverInputs } from "../stages/load/discover.ts";
import { decodeBytes, utf16Pattern } from "../stages/load/decode.ts";
import { loadBytes } from "../stages/load/index.ts";
import { boundSourceContent, TEXT_LINES_RULE } from "../stages/clean/bounds.ts";
import { LIMITS } from "../stages/limits.ts";

const PROSE = "The ferry to the island ran again on Tuesday after a week of gales, and the operator said the café on board would open next month.";
const utf16 = (s: string, order: "le" | "be") => {
  const b = Buffer.from(s, "utf16le");
  if (order === "be") b.swap16();
  return new Uint8Array(b);
};

describe("UTF-16 without a byte-order mark", () => {
  it("an ASCII page with stray NULs in every other byte of a later part is not UTF-16: its words are read as written", () => {
    const page = `<!doctype html><html><head><title>Ferry news</title></head><body><h1>Ferry service resumes</h1><p>${PROSE}</p><p>${"x\u0000y ".repeat(3000)}</p></body></html>`;
    const bytes = new TextEncoder().encode(page);
    expect(utf16Pattern(bytes)).toBeNull();
    const d = decodeBytes(bytes);
    expect(d.text).toContain("Ferry service resumes");
    expect(d.text).toContain(PROSE);
  });

  it("English, and English mixed with Chinese, written as UTF-16 without a BOM are still read as UTF-16", () => {
    const english = `Ferry service resumes\n\n${PROSE}\n`.repeat(20);
    const mixed = `渡轮恢复运营 Ferry service resumes\n\n${PROSE} 岛上的渡轮周二恢复运行。\n`.repeat(20);
    for (const text of [english, mixed]) {
      expect(utf16Pattern(utf16(text, "le"))).toBe("utf-16le");
      expect(utf16Pattern(utf16(text, "be"))).toBe("utf-16be");
      expect(decodeBytes(utf16(text, "le")).text).toBe(text);
      expect(decodeBytes(utf16(text, "be")).text).toBe(text);
    }
  });
});

describe("JSON Lines with carriage returns only", () => {
  it("reads each record, one per line, as with line feeds", () => {
    const records = [1, 2, 3].map((i) => JSON.stringify({ id: `r${i}`, title: `Ferry item ${i}`, text: `Item ${i}. ${PROSE}` }));
    for (const sep of ["\r", "\n", "\r\n"]) {
      const r = loadBytes("export.jsonl", new TextEncoder().encode(records.join(sep) + sep));
      expect(r.ok && r.docs.map((d) => d.recordId), `separator ${JSON.stringify(sep)}`).toEqual(["r1", "r2", "r3"]);
    }
    // A bad record among them is one reject row, named by its line.
    const bad = loadBytes("export.jsonl", new TextEncoder().encode([records[0], "{not json", records[2]].join("\r")));
    expect(bad.ok && bad.docs.map((d) => d.recordId)).toEqual(["r1", "r3"]);
    expect(bad.ok && bad.warnings.map((w) => w.reason)).toEqual([expect.stringMatching(/^line 2: invalid JSON/)]);
  });
});

describe("a text of more lines than the cleaner reads", () => {
  it("keeps its first LIMITS.textLines non-blank lines (blank lines not counted) and audits the rest", () => {
    const head = `Ferry service resumes\n\n${PROSE}\n`;
    const lines = Array.from({ length: LIMITS.textLines + 10 }, (_, i) => `line ${i}`);
    const text = head + lines.join("\n\n\n") + "\nThe last line.\n";
    const { content, removed } = boundSourceContent(text, "text");
    // The head's two non-blank lines count too.
    expect(content.startsWith(head)).toBe(true);
    expect(content.endsWith(`line ${LIMITS.textLines - 3}`)).toBe(true);
    expect(removed).toHaveLength(1);
    expect(removed[0].rule).toBe(TEXT_LINES_RULE);
    expect(removed[0].reason).toMatch(new RegExp(`^text of more than ${LIMITS.textLines.toLocaleString("en-US")} non-blank lines: everything after line [\\d,]+ \\(\\d+ characters\\) is not read$`));
    expect(removed[0].text).toMatch(/^line \d+/);
    // A page is bounded by its elements, not its lines; a text of exactly the bound, or blank lines after it, is whole.
    expect(boundSourceContent(text, "html").removed.filter((r) => r.rule === TEXT_LINES_RULE)).toEqual([]);
    const exact = lines.slice(0, LIMITS.textLines).join("\n") + "\n\n   \n";
    expect(boundSourceContent(exact, "text")).toEqual({ content: exact, removed: [] });
  });
});

describe("folders nested 2,000 deep", () => {
  it("are walked, in order, without overflowing the call stack", async (ctx) => {
    const depth = 2_000;
    // 2,000 levels of "d/" take 4,000 characters of Linux's 4,096 (PATH_MAX): a long TMPDIR gives way to /tmp.
    const room = (dir: string) => dir.length + 2 * depth + "/bottom.txt".length < 4_000;
    const base = mkdtempSync(join(room(tmpdir()) ? tmpdir() : "/tmp", "bs-deep-"));
    const deep = join(base, ...Array<string>(depth).fill("d"));
    try {
      mkdirSync(deep, { recursive: true });
    } catch (err) {
      // Only where the system's path limit is shorter (macOS: 1,024) is there nothing to test; on Linux this fails.
      if ((err as NodeJS.ErrnoException).code === "ENAMETOOLONG" && process.platform !== "linux") return ctx.skip();
      throw err;
    }
    writeFileSync(join(deep, "bottom.txt"), "The ferry ran again on Tuesday.\n");
    writeFileSync(join(base, "d", "middle.txt"), "The bridge reopened on Monday.\n");
    writeFileSync(join(base, "top.txt"), "The quay lights were repaired.\n");
    const rels: string[] = [];
    for await (const e of discoverInputs(base)) rels.push("error" in e ? `${e.rel}: ${e.error}` : e.rel);
    expect(rels).toEqual([`${"d/".repeat(depth)}bottom.txt`, "d/middle.txt", "top.txt"]);
  }, 60_000);
});
