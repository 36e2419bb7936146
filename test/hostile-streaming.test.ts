/**
 * The template pass reads an export's records one at a time (loadBytes `onRecord`) and observes
 * exactly what it observed when it held them all; reasons a user reads for inputs at the edge (a page whose text
 * lies past the element limit, a date of more than 308 digits). Invented inputs only.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { observeFile, TemplateLearner, type TemplateObservation } from "../corpus/templates.ts";
import { simhash } from "../corpus/duplicates.ts";
import { learnableLineHashes } from "../stages/clean/templates.ts";
import { siteKeyOf } from "../stages/clean/index.ts";
import { loadBytes } from "../stages/load/index.ts";
import { LIMITS } from "../stages/limits.ts";
import { processFile } from "../pipeline/document.ts";
import type { SourceDoc } from "../stages/types.ts";
import { hashOutputs } from "../write/final-pass.ts";
import { sha256 } from "../runtime/sha256.ts";

const bytes = (s: string | Uint8Array) => (typeof s === "string" ? new TextEncoder().encode(s) : s);
const PROSE = "The harbour board said the night ferry would return in April.\nRead more stories from the harbour desk.\nResidents asked for an earlier crossing.";
const record = (i: number, extra: Record<string, unknown> = {}) => JSON.stringify({ id: `h${i}`, title: `Ferry note ${i}`, url: `https://port.example/n/${i}`, text: `${PROSE}\nCrossing ${i} was full.`, ...extra });

/** What the template pass observed before it streamed: every document loaded, then each text one observed. */
function observedWhole(input: string, data: Uint8Array) {
  const loaded = loadBytes(input, data);
  if (!loaded.ok) return { docs: [] };
  return {
    docs: loaded.docs
      .filter((d) => d.kind === "text")
      .map((d) => {
        const content = d.content.length > LIMITS.cleanInputChars ? d.content.slice(0, LIMITS.cleanInputChars) : d.content;
        return { key: `${input}#${d.index}`, siteKey: siteKeyOf(d), fingerprint: simhash(content, 12), lines: learnableLineHashes(content.split(/\r?\n/)) };
      }),
  };
}

/** What the template pass counts of one file's observation: per site, its documents (by key) and their lines. */
function countedFrom(obs: TemplateObservation): TemplateLearner["stats"] {
  const learner = new TemplateLearner();
  learner.add(obs);
  return learner.stats;
}
/** The documents with a near-duplicate fingerprint, as observed (the others have none to compare). */
const fingerprinted = (obs: TemplateObservation) => obs.docs.filter((d) => d.fingerprint !== null);

describe("the template pass reads an export's records one at a time (loadBytes onRecord)", () => {
  const lines = Array.from({ length: 30 }, (_, i) => record(i));
  const cases: [string, string | Uint8Array][] = [
    ["export.jsonl", lines.join("\n")],
    ["export.json", `[${lines.join(",")}]`],
    ["wrapped.json", JSON.stringify({ articles: lines.map((l) => JSON.parse(l)) })],
    ["one.json", record(1)],
    // unlabelled: its first line is an object, so it is JSON Lines whatever follows
    ["dump.txt", [lines[0], "not json at all", ...lines.slice(1, 5)].join("\n")],
    // unlabelled, its first parsed line not an object: read as JSON Lines only if enough lines are (decided at the end)
    ["maybe.txt", ["[1, 2]", ...lines.slice(0, 4)].join("\n")],
    ["notjson.txt", ["[1, 2]", "{broken", "Some prose line.", "Another line."].join("\n")],
    // a first line that is not JSON, then records
    ["broken-first.jsonl", ["{oops", ...lines.slice(0, 6)].join("\n")],
    ["none.jsonl", ["{oops", "[1]", "null"].join("\n")],
    ["export.jsonl.gz", gzipSync(bytes(lines.join("\n")))],
    ["page.html", `<html><body><p>${PROSE}</p></body></html>`],
    ["story.txt", `Ferry news\n\n${PROSE}`],
    ["feed.rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>Port</title>${[1, 2, 3].map((i) => `<item><title>Ferry ${i}</title><description>Crossing ${i} ran late.</description></item>`).join("")}</channel></rss>`],
  ];

  it("observes the same documents, keys, fingerprints and lines as loading them all first", () => {
    // (documents too short for a fingerprint travel compactly: the learner reads both forms)
    for (const [name, data] of cases) {
      const streamed = observeFile(name, bytes(data));
      const whole = observedWhole(name, bytes(data));
      expect(countedFrom(streamed), name).toEqual(countedFrom(whole));
      expect(fingerprinted(streamed), name).toEqual(fingerprinted(whole));
    }
    // (the cases do exercise records: most give documents)
    expect(observeFile("export.jsonl", bytes(cases[0][1])).docs).toHaveLength(30);
  });

  it("hands a JSON file's records over in order and keeps none of them in the outcome", () => {
    for (const [name, data] of cases.slice(0, 4)) {
      const seen: SourceDoc[] = [];
      const streamed = loadBytes(name, bytes(data), { onRecord: (d) => seen.push(d) });
      const whole = loadBytes(name, bytes(data));
      expect(streamed.ok && whole.ok, name).toBe(true);
      if (!streamed.ok || !whole.ok) continue;
      expect(streamed.docs, name).toEqual([]);
      expect(seen, name).toEqual(whole.docs);
      expect(streamed.warnings, name).toEqual(whole.warnings);
    }
  });

  it("keeps an unlabelled file's records in the outcome until it is sure to be JSON (it may yet be read as text)", () => {
    const seen: SourceDoc[] = [];
    const text = loadBytes("notjson.txt", bytes(cases[6][1]), { onRecord: (d) => seen.push(d) });
    expect(seen).toEqual([]);
    expect(text.ok && text.docs.map((d) => d.format)).toEqual(["text"]);
    const maybe = loadBytes("maybe.txt", bytes(cases[5][1]), { onRecord: (d) => seen.push(d) });
    expect(seen).toEqual([]);
    expect(maybe.ok && maybe.docs.map((d) => d.recordId)).toEqual(["h0", "h1", "h2", "h3"]);
  });

  it("a file whose records are all unusable is a reject with or without onRecord", () => {
    const seen: SourceDoc[] = [];
    const got = loadBytes("none.jsonl", bytes(cases[8][1]), { onRecord: (d) => seen.push(d) });
    expect(got).toEqual(loadBytes("none.jsonl", bytes(cases[8][1])));
    expect(got.ok).toBe(false);
    expect(seen).toEqual([]);
  });
});

describe("reasons at the edges", () => {
  it("a date written as a number of more than 308 digits is a rejected field in plain words (not 'Infinity')", () => {
    const line = `{"id":"big","title":"Ferry","published":1${"0".repeat(400)},"text":${JSON.stringify(PROSE)}}`;
    const r = processFile("dates.jsonl", bytes(line), { skip: new Set<string>() });
    expect(r.articles.map((a) => [a.record_id, a.published])).toEqual([["big", null]]);
    const reasons = r.rejects.map((x) => x.reason);
    expect(reasons).toEqual(['record 0: field "published" rejected: a number too large to be a date (read as infinite); the record is kept without it']);
    expect(reasons.join()).not.toMatch(/Infinity/);
  });

  it("a page whose text lies past the element limit is a reject that says part of it was not read", () => {
    const nest = LIMITS.htmlElements + 10;
    const html = `<html><head><title>Ferry</title></head><body>${"<div>".repeat(nest)}<p>${PROSE}</p>${"</div>".repeat(nest)}</body></html>`;
    const r = processFile("deep.html", bytes(html), { skip: new Set<string>() });
    expect(r.articles).toEqual([]);
    expect(r.rejects.map((x) => x.reason)).toEqual([
      "no article text found after cleaning; part of the document was not read, being over a size limit (rule limits/html-elements in tables/removed.csv)",
    ]);
    expect(r.removed.map((x) => x.rule)).toContain("limits/html-elements");
    // a page with no text at all, within the limits, keeps the plain reason
    const empty = processFile("empty.html", bytes("<html><body><div></div></body></html>"), { skip: new Set<string>() });
    expect(empty.rejects.map((x) => x.reason)).toEqual(["no article text found after cleaning"]);
  }, 120_000);
});

describe("output hashes in the manifest (hashOutputs)", () => {
  it("hashes each output file a chunk at a time, the same hash as the file read whole", () => {
    const dir = mkdtempSync(join(tmpdir(), "broadsheet-hash-"));
    try {
      mkdirSync(join(dir, "tables"));
      writeFileSync(join(dir, "empty.csv"), "");
      writeFileSync(join(dir, "tables", "one.csv"), "a");
      // over several read chunks, with a multi-byte character across chunk ends
      writeFileSync(join(dir, "articles.jsonl"), "é ferry notes\n".repeat(300_000));
      writeFileSync(join(dir, "manifest.json"), "{}");
      const got = hashOutputs(dir);
      expect(Object.keys(got)).toEqual(["articles.jsonl", "empty.csv", "tables/one.csv"]);
      for (const [path, hash] of Object.entries(got)) expect(hash, path).toBe(sha256(readFileSync(join(dir, path))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
