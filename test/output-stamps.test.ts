import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stampOf, stampsMatch, stampsPath, writeStamps } from "../runtime/output-stamps.ts";

function outputFolder() {
  const base = mkdtempSync(join(tmpdir(), "bs-stamps-"));
  const out = join(base, "out");
  mkdirSync(join(out, "tables"), { recursive: true });
  writeFileSync(join(out, "articles.jsonl"), '{"title":"Ferry pier closes"}\n');
  writeFileSync(join(out, "tables", "articles.csv"), "title\r\nFerry pier closes\r\n");
  writeFileSync(join(out, "manifest.json"), '{"outputs":{}}\n');
  const names = ["articles.jsonl", "tables/articles.csv"];
  const path = stampsPath(join(base, "cache"), out);
  writeStamps(path, readFileSync(join(out, "manifest.json")), Object.fromEntries(names.map((n) => [n, stampOf(join(out, n))])));
  return { out, names, path, manifest: () => readFileSync(join(out, "manifest.json")) };
}

describe("output stamps (the unchanged re-run's shortcut)", () => {
  it("match while nothing was touched", () => {
    const { out, names, path, manifest } = outputFolder();
    expect(stampsMatch(path, out, manifest(), names)).toBe(true);
  });

  it("no longer match after an edit of the same size whose modification time was put back", () => {
    const { out, names, path, manifest } = outputFolder();
    const file = join(out, "tables", "articles.csv");
    const before = statSync(file);
    writeFileSync(file, "title\r\nferry pier closes\r\n");
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    expect(stampsMatch(path, out, manifest(), names)).toBe(false);
  });

  it("no longer match for another manifest, another list of files, or a damaged record", () => {
    const { out, names, path, manifest } = outputFolder();
    expect(stampsMatch(path, out, Buffer.from('{"outputs":{"x":1}}\n'), names)).toBe(false);
    expect(stampsMatch(path, out, manifest(), [...names, "articles.yaml"])).toBe(false);
    expect(stampsMatch(path, out, manifest(), names.slice(1))).toBe(false);
    writeFileSync(path, "{not json");
    expect(stampsMatch(path, out, manifest(), names)).toBe(false);
  });

  it("are kept per output folder", () => {
    expect(stampsPath("/c", "/data/out-a")).not.toBe(stampsPath("/c", "/data/out-b"));
  });
});
