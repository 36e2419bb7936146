/**
 * Run safety (invented texts):
 * - The text-lines cap counted LF only, but the cleaner also ends a line at a lone CR: a JSON record whose text used
 *   CR line ends still ran its worker out of memory, and the whole file was rejected.
 * - The cap (100,000 non-blank lines) dropped the end of real short-line texts (a terse diary, verse): it is 300,000.
 * - A cut was one removed.csv row, easy to miss: its reason now names non-blank lines and the line the cut follows,
 *   and every cut is a warning notice, printed by the command line (not with --quiet); the exit code stays 0.
 * - JSON Lines that mixed CR and LF line ends (CR records with an editor's final LF) were rejected whole.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadBytes } from "../stages/load/index.ts";
import { boundSourceContent, ELEMENTS_RULE, TEXT_LINES_RULE } from "../stages/clean/bounds.ts";
import { LIMITS } from "../stages/limits.ts";
import { isSizeLimitCut, processFile } from "../pipeline/document.ts";
import { formatWarning, main } from "../cli/main.ts";

const PROSE = "The ferry to the island ran again on Tuesday after a week of gales, and the operator said the café on board would open next month.";
const enc = (s: string) => new TextEncoder().encode(s);
const WORDS = ["tide", "rose", "gulls", "cried", "rain", "again", "quiet", "nets"];
/** `n` short lines ("tide rose."), a blank line after every sixth, joined by `eol`. */
const shortLines = (n: number, eol: string) =>
  Array.from({ length: n }, (_, i) => `${WORDS[i % 8]} ${WORDS[(i * 3 + 1) % 8]}.${i % 6 === 5 ? eol : ""}`).join(eol);

describe("the text-lines cap counts every line end the cleaner splits on", () => {
  const n = LIMITS.textLines + 1_000;
  it("cuts a JSON record's text of lone-CR lines where it cuts the same text with LF or CRLF", () => {
    const cuts = ["\n", "\r", "\r\n"].map((eol) => {
      const text = `Harbour lines${eol}${eol}${PROSE}${eol}` + shortLines(n, eol) + `${eol}${PROSE}${eol}`;
      const loaded = loadBytes("export.jsonl", enc(JSON.stringify({ id: "x", title: "Harbour lines", text }) + "\n"));
      expect(loaded.ok).toBe(true);
      // Record text keeps its line ends as written: the cap must see the CRs. The loader reads it in parts
      // (test/hostile-round12.test.ts) that together are the record's text; the cap still guards the cleaner.
      const content = loaded.ok ? loaded.docs.map((d) => d.content).join("") : "";
      expect(content).toBe(text);
      expect(loaded.ok && loaded.docs.length, JSON.stringify(eol)).toBe(Math.ceil((n + 3) / LIMITS.textPartLines));
      expect(content.includes("\r")).toBe(eol !== "\n");
      const { content: kept, removed } = boundSourceContent(content, "text");
      expect(removed.map((r) => r.rule), JSON.stringify(eol)).toEqual([TEXT_LINES_RULE]);
      expect(kept.endsWith(PROSE)).toBe(false);
      return { lines: kept.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "").length, reason: removed[0]!.reason.replace(/\(\d+ characters\)/, "(N characters)") };
    });
    expect(cuts[0]!.lines).toBe(LIMITS.textLines);
    expect(cuts[1]).toEqual(cuts[0]);
    expect(cuts[2]).toEqual(cuts[0]);
  });

  it("cuts a plain text file of lone-CR lines (classic Mac OS line ends) like the same file with LF", () => {
    const body = (eol: string) => `Harbour lines${eol}${eol}${PROSE}${eol}` + shortLines(n, eol) + `${eol}${PROSE}${eol}`;
    const [lf, cr] = ["\n", "\r"].map((eol) => {
      const loaded = loadBytes("diary.txt", enc(body(eol)));
      return loaded.ok ? boundSourceContent(loaded.docs.map((d) => d.content).join(""), "text") : null;
    });
    expect(lf!.removed).toHaveLength(1);
    expect(cr).toEqual(lf);
  });

  it("names non-blank lines and the line the cut follows (blank lines counted there) in its reason", () => {
    // Two lines of head, then lines with a blank one between each two: the cap's last line is line 2 × cap - 3.
    const text = `Harbour lines\n${PROSE}\n` + Array.from({ length: LIMITS.textLines + 5 }, (_, i) => `line ${i}`).join("\n\n") + "\n";
    const { removed } = boundSourceContent(text, "text");
    const cap = LIMITS.textLines.toLocaleString("en-US");
    const line = (2 * LIMITS.textLines - 3).toLocaleString("en-US");
    expect(removed.map((r) => r.reason)).toEqual([expect.stringMatching(new RegExp(`^text of more than ${cap} non-blank lines: everything after line ${line} \\(\\d+ characters\\) is not read$`))]);
    expect(removed[0]!.text).toMatch(/^line \d+/);
  });

  it("reads a 130,000-line diary of short sentences whole, its closing paragraph too", () => {
    const text = `A harbour diary\n\n${PROSE}\n\n${shortLines(130_000, "\n")}\n\n${PROSE} The diary ends here.\n`;
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(boundSourceContent(text, "text")).toEqual({ content: text, removed: [] });
  });
});

describe("JSON Lines with mixed line ends", () => {
  const records = [1, 2, 3, 4].map((i) => JSON.stringify({ id: `r${i}`, title: `Ferry item ${i}`, text: `Item ${i}. ${PROSE}` }));
  it("reads every record whatever ends each line: CR with a final LF or CRLF, an LF record after CR ones, CRLF and CR mixed", () => {
    const files = {
      "CR records, final LF": records.join("\r") + "\n",
      "CR records, final CRLF": records.join("\r") + "\r\n",
      "CR records, one LF record appended": records.slice(0, 3).join("\r") + "\r" + records[3] + "\n",
      "CRLF, CR and LF in turn": `${records[0]}\r\n${records[1]}\r${records[2]}\n${records[3]}\r`,
      "blank lines of each kind between": `${records[0]}\r\r${records[1]}\n\n${records[2]}\r\n\r\n${records[3]}`,
    };
    for (const [what, text] of Object.entries(files)) {
      const r = loadBytes("export.jsonl", enc(text));
      expect(r.ok && r.docs.map((d) => d.recordId), what).toEqual(["r1", "r2", "r3", "r4"]);
      expect(r.ok && r.warnings, what).toEqual([]);
    }
  });

  it("names a bad record by its line, each line end counted once", () => {
    const r = loadBytes("export.jsonl", enc(`${records[0]}\r\n${records[1]}\r{not json\n${records[3]}\r\n`));
    expect(r.ok && r.docs.map((d) => d.recordId)).toEqual(["r1", "r2", "r4"]);
    expect(r.ok && r.warnings.map((w) => w.reason)).toEqual([expect.stringMatching(/^line 3: invalid JSON/)]);
  });
});

describe("a size-limit cut is a warning (the element cap lowered here to 40, to keep the test small)", () => {
  // A text past the line cap is no longer cut but read in parts (test/hostile-round12.test.ts): the page-element cap
  // is the size limit that still leaves part of a document unread.
  const saved = LIMITS.htmlElements;
  beforeAll(() => void Object.assign(LIMITS, { htmlElements: 40 }));
  afterAll(() => void Object.assign(LIMITS, { htmlElements: saved }));
  const page = `<html><body><h1>A harbour diary</h1><p>${PROSE}</p>${Array.from({ length: 120 }, (_, i) => `<p>${WORDS[i % 8]} ${WORDS[(i * 3 + 1) % 8]}.</p>`).join("")}<p>The diary ends with a last long paragraph about the harbour.</p></body></html>`;

  it("in the file's notices, as well as the removed row, with the article kept (a page and a JSON record's HTML)", () => {
    const inputs: [string, Uint8Array][] = [
      ["diary.html", enc(page)],
      ["export.jsonl", enc(JSON.stringify({ id: "d1", title: "A harbour diary", html: page }) + "\n")],
    ];
    for (const [name, bytes] of inputs) {
      const r = processFile(name, bytes, { skip: new Set() });
      expect(r.rejects, name).toEqual([]);
      expect(r.articles, name).toHaveLength(1);
      expect(r.articles[0]!.text).toContain(PROSE);
      expect(r.articles[0]!.text).not.toContain("The diary ends");
      const cut = r.removed.filter((x) => x.rule === ELEMENTS_RULE);
      expect(cut.map((x) => x.reason), name).toEqual([expect.stringMatching(/^page with more than 40 elements: the rest \(\d+ elements, \d+ characters\) is not parsed$/)]);
      const warnings = (r.notices ?? []).filter(isSizeLimitCut);
      expect(warnings, name).toEqual([expect.objectContaining({ stage: "clean", rule: ELEMENTS_RULE, level: "warning", message: `part of the document was not read: ${cut[0]!.reason}` })]);
    }
  });

  async function cli(args: string[]): Promise<{ code: number; err: string }> {
    let err = "";
    const o = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const e = vi.spyOn(process.stderr, "write").mockImplementation((c) => ((err += String(c)), true));
    try {
      return { code: await main(args), err };
    } finally {
      o.mockRestore();
      e.mockRestore();
    }
  }

  it("printed by the command line (one line per cut document, none with --quiet); the run still exits 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bs-cut-"));
    const inDir = join(dir, "in");
    mkdirSync(inDir);
    writeFileSync(join(inDir, "diary.html"), page);
    writeFileSync(join(inDir, "short.txt"), `Quay lights repaired\n\n${PROSE}\n`);
    const loud = await cli(["--in", inDir, "--out", join(dir, "out"), "--no-cache", "--workers", "0"]);
    expect(loud.code).toBe(0);
    const warnings = loud.err.split("\n").filter((l) => l.startsWith("broadsheet: warning:"));
    expect(warnings).toEqual([expect.stringMatching(/^broadsheet: warning: diary\.html: part of the document was not read: page with more than 40 elements: the rest \(\d+ elements, \d+ characters\) is not parsed$/)]);
    expect(readFileSync(join(dir, "out", "articles.jsonl"), "utf8").trim().split("\n")).toHaveLength(2);
    const quiet = await cli(["--in", inDir, "--out", join(dir, "out-q"), "--no-cache", "--workers", "0", "--quiet"]);
    expect(quiet).toEqual({ code: 0, err: "" });
  }, 120_000);

  it("names the record of a JSON export in its line", () => {
    expect(formatWarning({ input: "export.jsonl", record_id: "d1", stage: "clean", rule: TEXT_LINES_RULE, level: "warning", message: "part of the document was not read: x", language: null })).toBe(
      "broadsheet: warning: export.jsonl#d1: part of the document was not read: x",
    );
  });
});
