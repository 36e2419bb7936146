/** Diagnostics are one channel: a load notice (a charset fallback) reaches the report like a stage's, and --debug traces it. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../cli/main.ts";
import { processFile } from "../pipeline/document.ts";
import { captured } from "./helpers/capture.ts";

// Invented text with Windows-1252 curly quotes (0x93/0x94) and an e-acute (0xE9): not valid UTF-8, no charset declared.
const LEGACY = Buffer.concat([
  Buffer.from("Ferry timetable changes\n\nThe harbour board said on Monday that the winter ferry will run twice a day. ", "latin1"),
  Buffer.from([0x93]),
  Buffer.from("We expect a busy season", "latin1"),
  Buffer.from([0x94]),
  Buffer.from(", said the board's chair, Ren", "latin1"),
  Buffer.from([0xe9]),
  Buffer.from(" Olsen, after the meeting.\n\nThe new timetable starts next month and the fares stay the same for residents.\n", "latin1"),
]);
const PLAIN = "Ferry timetable changes\n\nThe harbour board said on Monday that the winter ferry will run twice a day, the chair said after the meeting.\n\nThe new timetable starts next month and the fares stay the same for residents.\n";

function corpus(): { inDir: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "bs-diag-"));
  const inDir = join(dir, "in");
  mkdirSync(inDir);
  writeFileSync(join(inDir, "legacy.txt"), LEGACY);
  writeFileSync(join(inDir, "plain.txt"), PLAIN);
  return { inDir, dir };
}

describe("load notices", () => {
  it("an undeclared Windows-1252 file loads as text and carries a charset-fallback notice, not a reject", () => {
    const r = processFile("legacy.txt", LEGACY, { skip: new Set() });
    expect(r.rejects).toEqual([]);
    expect(r.articles[0].text).toContain("\u201cWe expect a busy season\u201d");
    expect(r.articles[0].text).toContain("Ren\u00e9 Olsen");
    expect(r.notices).toContainEqual(expect.objectContaining({ input: "legacy.txt", stage: "load", rule: "load/charset-fallback", level: "warning", message: expect.stringMatching(/windows-1252/) }));
    expect(processFile("plain.txt", Buffer.from(PLAIN), { skip: new Set() }).notices ?? []).not.toContainEqual(expect.objectContaining({ stage: "load" }));
  });
});

describe("the run and --debug", () => {
  it("counts the load notice in the report and traces it with --debug, one line per diagnostic", async () => {
    const { inDir, dir } = corpus();
    const out = join(dir, "out");
    const r = await captured(() => main(["--in", inDir, "--out", out, "--no-cache", "--workers", "0", "--quiet", "--debug"]));
    expect(r.code).toBe(0);
    const report = readFileSync(join(out, "report.html"), "utf8");
    expect(report).toContain("load/charset-fallback");
    const trace = r.err.split("\n").filter((l) => l.includes("debug"));
    expect(trace).toContainEqual(expect.stringMatching(/^broadsheet: debug\tload\tload\/charset-fallback\tlegacy\.txt\t.*windows-1252/));
    expect(trace.every((l) => l.split("\t").length === 5)).toBe(true);
    expect(trace.some((l) => l.includes("plain.txt\t") && l.includes("\tload\t"))).toBe(false);
  });

  it("traces the shards' diagnostics when `merge` runs with --debug", async () => {
    const { inDir, dir } = corpus();
    const part = join(dir, "part-0");
    expect((await captured(() => main(["--in", inDir, "--out", part, "--shard", "0/1", "--no-cache", "--workers", "0", "--quiet"]))).code).toBe(0);
    const r = await captured(() => main(["merge", "--out", join(dir, "out"), part, "--quiet", "--debug"]));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^broadsheet: debug\tload\tload\/charset-fallback\tlegacy\.txt\t/m);
  });

  it("prints no trace without --debug", async () => {
    const { inDir, dir } = corpus();
    const r = await captured(() => main(["--in", inDir, "--out", join(dir, "out"), "--no-cache", "--workers", "0", "--quiet"]));
    expect(r.code).toBe(0);
    expect(r.err).not.toContain("debug");
    expect(r.err).not.toContain("charset-fallback");
  });
});
