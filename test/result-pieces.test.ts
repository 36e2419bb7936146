/**
 * A worker hands a file's result back as JSON in pieces (pipeline/digest.ts jsonPieces), serialising its articles one
 * at a time and letting them go, so that it never holds the article objects and the whole JSON text at once (a
 * 19.9 MB export dense in names ran a worker of its own out of memory at its end). The pieces must join to exactly
 * JSON.stringify's text, in the partial and in the cache entry.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonPieces, processedOf, processedOfOwned } from "../pipeline/digest.ts";
import { processFile, type FileResult } from "../pipeline/document.ts";
import { stageView } from "../pipeline/steps.ts";
import { configOf } from "../schemas/config.ts";
import { writeCacheEntry } from "../runtime/entry-cache.ts";
import { PartialWriter, PARTIAL } from "../runtime/partials.ts";

// Invented records (non-ASCII and astral characters included); the last has a field of the wrong type (a reject row).
const records = Array.from({ length: 40 }, (_, i) =>
  JSON.stringify({ id: `r${i}`, title: `Harbour note ${i}`, text: `Ships waited outside the port of Varnholm on ${1 + (i % 28)} May 2021. Pilot Mara Ostby said ${i} tugs were ready. "Ünïcödé ✓ 𝔘"` }),
);
const bytes = new TextEncoder().encode([...records, JSON.stringify({ id: "bad", title: 3, text: "x" })].join("\n") + "\n");
const fresh = (): FileResult => processFile("notes.jsonl", bytes, stageView(configOf({}), undefined));

describe("a file's result as JSON pieces", () => {
  it("the pieces join to JSON.stringify's text, and the articles are let go", () => {
    const r = fresh();
    const expected = JSON.stringify(r);
    expect(r.articles.length).toBe(40);
    const pieces = jsonPieces(r);
    expect(pieces.join("")).toBe(expected);
    expect(r.articles).toEqual([]);
    // cut into many pieces (at least 2,000 characters each, whole articles)
    const many = jsonPieces(fresh(), 2_000);
    expect(many.length).toBeGreaterThan(5);
    expect(many.join("")).toBe(expected);
    // keys JSON.stringify skips (undefined), and the ones only some results have
    const odd = { ...fresh(), skipped: undefined, notices: [{ input: "notes.jsonl", record_id: null, stage: "load", rule: "load/x", level: "warning", message: "m", language: null }] } as unknown as FileResult;
    const oddText = JSON.stringify(odd);
    expect(jsonPieces(odd).join("")).toBe(oddText);
    expect(jsonPieces({ ...fresh(), articles: [] }).join("")).toBe(JSON.stringify({ ...fresh(), articles: [] }));
  });

  it("the digest is the same; the partial line and the cache entry are byte for byte those of the whole text", () => {
    const csv = { formulaGuard: true };
    const whole = processedOf(fresh(), csv);
    const inPieces = processedOfOwned(fresh(), csv);
    expect(inPieces.digest).toEqual(whole.digest);
    expect(Array.isArray(inPieces.json)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "broadsheet-pieces-"));
    try {
      for (const [name, json] of [["whole", whole.json], ["pieces", inPieces.json]] as const) {
        const w = new PartialWriter(join(dir));
        w.write(0, json);
        w.close();
        writeCacheEntry(join(dir, `${name}.entry`), json as string | string[]);
        expect(readFileSync(join(dir, PARTIAL), "utf8")).toBe(`{"seq":0,"result":${whole.json as string}}\n`);
      }
      expect(readFileSync(join(dir, "pieces.entry"))).toEqual(readFileSync(join(dir, "whole.entry")));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
