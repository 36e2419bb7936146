/** manifest.json streamed from its rows: the same bytes as the whole object serialised at once. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ManifestRows, readManifest, type ManifestHeader } from "../write/manifest.ts";
import type { Manifest } from "../schemas/records.ts";

const header: ManifestHeader = {
  tool: "broadsheet",
  version: "0.0.0-test",
  fingerprint: "abc",
  stages: { clean: "3", split: "1" },
  counts: { inputs: 0, processed: 0, rejected: 0, skipped: 0, articles: 0, mentions: 0, entities: 0, dates: 0, removed: 0, rejects: 0 },
};

async function written(rows: Manifest["inputs"]): Promise<{ text: string; rows: ManifestRows }> {
  const dir = mkdtempSync(join(tmpdir(), "bs-manifest-"));
  const m = new ManifestRows(join(dir, "rows.jsonl"));
  for (const r of rows) m.add(r);
  await m.writeManifest(join(dir, "manifest.json"), header);
  return { text: readFileSync(join(dir, "manifest.json"), "utf8"), rows: m };
}

describe("manifest.json", () => {
  it("streams rows into the bytes JSON.stringify(manifest, null, 2) gives", async () => {
    const rows: Manifest["inputs"] = [
      { input: "a/one.html", sha256: "f".repeat(64), bytes: 120, status: "processed", articles: 2 },
      { input: "two \"quoted\" ünïcode.txt", sha256: null, bytes: 0, status: "rejected", articles: 0 },
    ];
    const { text, rows: m } = await written(rows);
    const dir = mkdtempSync(join(tmpdir(), "bs-manifest-"));
    expect(text).toBe(JSON.stringify({ ...header, inputs: rows }, null, 2) + "\n");
    expect([m.inputs, m.processed]).toEqual([2, 1]);
    writeFileSync(join(dir, "manifest.json"), text);
    expect(readManifest(join(dir, "manifest.json")).inputs).toEqual(rows);
  });

  it("writes an empty input list as []", async () => {
    const { text } = await written([]);
    expect(text).toBe(JSON.stringify({ ...header, inputs: [] }, null, 2) + "\n");
  });

  it("refuses a row that does not match the schema", () => {
    const m = new ManifestRows(join(mkdtempSync(join(tmpdir(), "bs-manifest-")), "rows.jsonl"));
    expect(() => m.add({ input: "x", sha256: null, bytes: -1, status: "processed", articles: 0 })).toThrow();
    m.close();
  });
});
