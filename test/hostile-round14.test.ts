/**
 * Safety audit (docs/reliability.md): memory of files of very many tiny documents, story numbers of a text read in parts, bytes of no
 * known encoding, CRLF text offsets, and files a run must not trip on. Invented inputs only.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processFile, type Checkpoint } from "../pipeline/document.ts";
import { keepCheckpoints } from "../pipeline/job.ts";
import { stageView } from "../pipeline/steps.ts";
import { LIMITS } from "../stages/limits.ts";
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
const configuredContext = () => stageView(configOf({}), undefined);

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

describe("bytes that are neither UTF-8 nor any legacy encoding are a reject with the reason, not mojibake", () => {
  const encode = (s: string, enc: string) => new Uint8Array(iconv.encode(s, enc));
  const randomHigh = (n: number) => {
    let x = 12345;
    return Uint8Array.from({ length: n }, () => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return 0x20 + ((x >>> 16) % 0xe0); // 0x20–0xFF: no NUL or control byte, so not binary by its bytes alone
    });
  };
  const russian = "Городской совет объявил во вторник, что ночной паром перестанет ходить в декабре. Жители острова попросили добавить утренний рейс.\n".repeat(4);

  it("random bytes of 0x20–0xFF without a declared charset", () => {
    for (const name of ["noise.txt", "noise.html", "noise.jsonl", "noise"]) {
      const r = loadBytes(name, randomHigh(20_000));
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/^not text in a known encoding: not valid UTF-8, and no legacy encoding fits its bytes \(\d+% of its non-space bytes are outside ASCII\)/);
    }
  });

  it("undeclared text of another script's legacy encoding is detected, with a notice; declared, it loads", () => {
    const r = loadBytes("news.txt", encode(russian, "windows-1251"));
    expect(r.ok && r.docs[0]!.content).toBe(russian);
    expect(r.ok && r.warnings).toContainEqual(expect.objectContaining({ rule: "load/charset-detected", reason: expect.stringMatching(/detected windows-1251/) }));
    const page = `<html><head><meta charset="windows-1251"><title>Паром</title></head><body><p>${russian}</p></body></html>`;
    const declared = loadBytes("news.html", encode(page, "windows-1251"));
    expect(declared.ok && declared.docs[0]!.content).toContain("ночной паром");
  });

  it("Western Windows-1252 text (Finnish, French) still loads with the fallback notice; so does a short one", () => {
    const finnish = "Kääntäjä ehdotti, että äänestys pidettäisiin myöhemmin. Hämeenlinnan väki äänesti jäähallin puolesta. ".repeat(20);
    const french = "Le café a rouvert ses portes à Noël; « déjà complet », a déclaré la propriétaire. ".repeat(20);
    for (const [name, text] of [["fi.txt", finnish], ["fr.txt", french], ["short.txt", "Déjà vu à Noël"]] as const) {
      const r = loadBytes(name, encode(text, "windows-1252"));
      expect(r.ok && r.docs[0]!.content, name).toBe(text);
      expect(r.ok && r.warnings.map((w) => w.rule), name).toContain("load/charset-fallback");
    }
  });

  it("the run goes on: the noise is a reject row with the reason, the story beside it an article", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bs-noise-"));
    const inDir = join(dir, "in");
    mkdirSync(inDir);
    writeFileSync(join(inDir, "noise.txt"), randomHigh(50_000));
    writeFileSync(join(inDir, "story.txt"), "Ferry returns\n\nThe harbour board said on Tuesday that the night ferry would return in April after repairs to the pier.\n");
    const out = join(dir, "out");
    const s = await runPipeline(configOf({ inputs: inDir, output: out, workers: 0, concurrency: 1, cache: null }));
    expect(s.articles).toBe(1);
    expect(s.rejectRows).toEqual([expect.objectContaining({ input: "noise.txt", stage: "load", reason: expect.stringMatching(/^not text in a known encoding/) })]);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

describe("a text read in parts numbers its stories across the parts (tables/removed.csv `story`)", () => {
  const saved = { ...LIMITS };
  beforeAll(() => void Object.assign(LIMITS, { textLines: 300, textPartLines: 100, documentTextChars: 5_000 }));
  afterAll(() => void Object.assign(LIMITS, saved));
  const TOWNS = ["Porthallow", "Kelmsby", "Drayfield", "Ashcombe", "Fennick", "Lowmoor"];
  const story = (i: number) =>
    [
      `${TOWNS[i % 6]} harbour reopens, issue ${i}`,
      "",
      `The harbour at ${TOWNS[i % 6]} reopened on Tuesday after the winter repairs to the north wall, the harbour master said in a statement.`,
      "",
      `Fishing boats returned to the quay within the hour, and the ferry to the island is due to run again from the start of next month.`,
      "",
      `The council said the repairs had cost less than planned and that the slipway would be resurfaced in the summer.`,
      "",
      "Share this article",
    ].join("\n");
  // Twenty stories cut by form feeds (a scraper's page breaks): about 9,000 characters, read as parts of at most 4,500.
  const text = Array.from({ length: 20 }, (_, i) => story(i)).join("\n\f\n") + "\n";

  it("every removed row carries a story number counted on from the parts before (they restarted at 0 in each part)", () => {
    const r = processFile("pages.txt", new TextEncoder().encode(text), configuredContext());
    expect((r.notices ?? []).some((n) => n.rule === "load/text-parts")).toBe(true);
    const stories = r.removed.map((x) => x.story);
    expect(stories.every((s) => typeof s === "number")).toBe(true);
    for (let k = 1; k < stories.length; k++) expect(stories[k]!).toBeGreaterThanOrEqual(stories[k - 1]!);
    // One "Share this article" row per story, each a story of its own: twenty different numbers.
    const shares = r.removed.filter((x) => x.text === "Share this article");
    expect(shares.length).toBe(20);
    expect(new Set(shares.map((x) => x.story)).size).toBe(20);
  });

  it("a try resumed from any checkpoint gives the single pass's rows, story numbers included", () => {
    const data = new TextEncoder().encode(text);
    const onePass = JSON.stringify(processFile("pages.txt", data, configuredContext()));
    const checkpoints: Checkpoint[] = [];
    processFile("pages.txt", data, configuredContext(), {
      onDocument: (_unit, _units, save) => {
        const c = save?.();
        if (c) checkpoints.push(c);
      },
    });
    expect(checkpoints.some((c) => c.text !== undefined)).toBe(true);
    for (let k = 1; k <= checkpoints.length; k++) {
      const resume = keepCheckpoints(undefined, checkpoints.slice(0, k));
      expect(JSON.stringify(processFile("pages.txt", data, configuredContext(), { resume })), `from checkpoint ${k}`).toBe(onePass);
    }
  });
});

describe("a folder of awkward inputs: each ends as an article, a reject or a skip with its reason, and the run goes on", () => {
  it.skipIf(process.platform !== "linux")("NULs, an empty file, a folder named like a page, a symlink loop, odd names, case twins, stale temp files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bs-awkward-"));
    const inDir = join(dir, "in");
    mkdirSync(inDir);
    const story = (what: string) => `${what} returns\n\nThe harbour board said on Tuesday that the night ${what.toLowerCase()} would return in April after repairs to the pier.\n`;
    const w = (name: string | Buffer, data: string | Uint8Array) => writeFileSync(typeof name === "string" ? join(inDir, name) : Buffer.concat([Buffer.from(inDir + "/"), name]), data);
    w("control.txt", story("Ferry"));
    w("nul-padded.txt", Buffer.concat([Buffer.alloc(4096), Buffer.from(story("Barge")), Buffer.alloc(4096)]));
    w("empty.txt", "");
    mkdirSync(join(inDir, "folder.html"));
    w("folder.html/inside.txt", story("Bus"));
    mkdirSync(join(inDir, "loop"));
    symlinkSync(".", join(inDir, "loop", "self"));
    w("new\nline.txt", story("Tram"));
    w(Buffer.from([0x62, 0x61, 0x64, 0xff, 0x2e, 0x74, 0x78, 0x74]), story("Train"));
    w("Twin.txt", story("Boat"));
    w("twin.txt", story("Ship"));
    w("half.jsonl.tmp", '{"text": "The harbour board said');
    const out = join(dir, "out");
    const s = await runPipeline(configOf({ inputs: inDir, output: out, workers: 0, concurrency: 2, cache: null }));
    expect(s.processed + s.rejected + s.skipped).toBe(s.inputs);
    const sources = readFileSync(join(out, "articles.jsonl"), "utf8").trim().split("\n").map((l) => (JSON.parse(l) as Article).source).sort();
    expect(sources).toEqual(["Twin.txt", "bad\\xFF.txt", "control.txt", "folder.html/inside.txt", "new\nline.txt", "nul-padded.txt", "twin.txt"]);
    const reasons = Object.fromEntries(s.rejectRows.map((r) => [r.input, r.reason]));
    expect(reasons).toEqual({ "empty.txt": "empty file", "loop/self": "symlink loop (directory already walked)" });
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { inputs: { input: string; status: string; reason?: string }[] };
    expect(manifest.inputs.find((r) => r.input === "half.jsonl.tmp")).toMatchObject({ status: "skipped", reason: "temporary file" });
    // Nothing of the run's own is left beside the output (its temporary folder and lock are gone).
    expect(readdirSync(dir).sort()).toEqual(["in", "out"]);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
