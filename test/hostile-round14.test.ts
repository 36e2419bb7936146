/**
 * Safety round 14: memory of files of very many tiny documents, story numbers of a text read in parts, bytes of no
 * known encoding, CRLF text offsets, and files a run must not trip on. Invented inputs only.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../pipeline/run.ts";
import { configOf } from "../schemas/config.ts";
import type { Article } from "../schemas/records.ts";
import { observeFile, serializeTemplates, TemplateLearner, type TemplateObservation } from "../corpus/templates.ts";
import { simhash } from "../corpus/duplicates.ts";
import { learnableLineHashes } from "../stages/clean/templates.ts";
import { siteKeyOf } from "../stages/clean/index.ts";
import { loadBytes } from "../stages/load/index.ts";
import { splitLines } from "../stages/common/lines.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

/** Every text document listed, as the template pass observed files before it counted bare ones compactly. */
function listedObservation(input: string, data: Uint8Array): TemplateObservation {
  const loaded = loadBytes(input, data);
  if (!loaded.ok) return { docs: [] };
  return {
    docs: loaded.docs.filter((d) => d.kind === "text").map((d) => ({ key: `${input}#${d.index}`, siteKey: siteKeyOf(d), fingerprint: simhash(d.content, 12), lines: learnableLineHashes(splitLines(d.content)) })),
  };
}

const learned = (observations: TemplateObservation[]) => {
  const learner = new TemplateLearner();
  for (const o of observations) learner.add(o);
  return serializeTemplates(learner.stats.freeze());
};

describe("the template pass counts documents with nothing to learn without listing them", () => {
  const footer = "Subscribe to the harbour newsletter for weekly ferry times";
  const story = (i: number) =>
    JSON.stringify({ id: `s${i}`, url: `https://port.example/s/${i}`, text: `The night ferry number ${i} left the pier at nine with forty passengers aboard and a full car deck.\n${footer}` });
  const tiny = (i: number) => JSON.stringify({ id: `t${i}`, url: `https://port.example/t/${i}`, text: "Hi." });
  // Four stories share the footer; six one-word records of the same site make ten documents, so a template needs five.
  const lines = [story(0), tiny(0), tiny(1), story(1), tiny(2), story(2), tiny(3), tiny(4), story(3), tiny(5)];

  it("lists only the documents with lines or a fingerprint, and learns what listing them all learns", () => {
    const data = bytes(lines.join("\n"));
    const obs = observeFile("export.jsonl", data);
    expect(obs.docs).toHaveLength(4);
    expect(obs.bare?.at.length).toBe(6 * 5); // each: before, site, key hash, 1 line, its hash
    expect(learned([obs])).toEqual(learned([listedObservation("export.jsonl", data)]));
    // The six tiny records count: with them the footer is on 4 of 10 documents, under half, so not a template.
    const footerHash = learnableLineHashes([footer])[0]!;
    const templatesOf = (t: ReturnType<typeof learned>) => t.flatMap(([, hashes]) => hashes);
    expect(templatesOf(learned([obs]))).not.toContain(footerHash);
    const storiesOnly = bytes(lines.filter((l) => l.includes('"s')).join("\n"));
    expect(templatesOf(learned([observeFile("stories.jsonl", storiesOnly)]))).toContain(footerHash);
  });

  it("keeps the order of listed and bare documents across files", () => {
    const a = bytes([tiny(0), story(0), tiny(1)].join("\n"));
    const b = bytes([story(1), tiny(2), tiny(3), story(2), story(3), tiny(4)].join("\n"));
    expect(learned([observeFile("a.jsonl", a), observeFile("b.jsonl", b)])).toEqual(learned([listedObservation("a.jsonl", a), listedObservation("b.jsonl", b)]));
  });
});

describe("a CRLF text file's source offsets slice its text as Python reads it (universal newlines, code points)", () => {
  it("every article's source range holds its paragraphs, in the file read with CRLF and lone CR as LF", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bs-crlf-"));
    const inDir = join(dir, "in");
    mkdirSync(inDir);
    // Invented stories, non-BMP characters before and inside them (a UTF-16 offset would be off by one per pair),
    // CRLF line ends, one lone CR (old Mac) line end, two stories cut by a form feed.
    const first = [
      "🚢 Ferry timetable changes for the winter 🚢",
      "",
      "The harbour board said on Tuesday that the night ferry would stop running in December, after a season of half-empty crossings. 🌊",
      "",
      "Residents of the island asked for an earlier morning crossing instead, and the board agreed to study the request before the spring.",
    ];
    const second = [
      "Library extends its opening hours",
      "",
      "The town library will open until nine in the evening from next month, the council said, after a survey found broad support. 📚",
      "",
      "The reading room will also open on Sunday afternoons, and the council said it would review the hours after a year.",
    ];
    const text = `${first.join("\r\n")}\r\n\f\r\n${second.slice(0, 2).join("\r\n")}\r${second.slice(2).join("\r\n")}\r\n`;
    writeFileSync(join(inDir, "two-stories.txt"), text);
    const out = join(dir, "out");
    await runPipeline(configOf({ inputs: inDir, output: out, workers: 0, concurrency: 1, cache: null }));
    const articles = readFileSync(join(out, "articles.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Article);
    expect(articles.length).toBe(2);
    // What Python's open(path, encoding="utf-8").read() returns, as code points.
    const python = Array.from(readFileSync(join(inDir, "two-stories.txt"), "utf8").replace(/\r\n?/g, "\n"));
    for (const a of articles) {
      const slice = python.slice(a.source_start, a.source_end).join("");
      expect(a.paragraphs.length).toBeGreaterThan(0);
      let from = 0;
      for (const p of a.paragraphs) {
        const at = slice.indexOf(p.text, from);
        expect(at, p.text).toBeGreaterThanOrEqual(0);
        from = at + p.text.length;
      }
      // and a paragraph's own offsets slice the article's text by code points
      for (const p of a.paragraphs) expect(Array.from(a.text).slice(p.start, p.end).join("")).toBe(p.text);
    }
    expect(articles[0].text).toContain("half-empty crossings. 🌊");
    expect(articles[1].text).toContain("broad support. 📚");
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
