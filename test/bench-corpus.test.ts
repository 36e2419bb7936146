import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { countWords, hashSeed, prng, sentencePool, varyDocument, visibleWords, type SeedDoc } from "../bench/corpus.ts";
import { lastJsonLine } from "../bench/measure.ts";
import { evaluateGoals, extrapolateRss, parseBenchArgs, type RunRow } from "../bench/run.ts";

// Invented seed pages: a text dump with menus around two prose paragraphs, and an HTML page.
const textSeed: SeedDoc = {
  id: "seed-a",
  kind: "text",
  content: [
    "Home",
    " * World",
    " * Sport",
    "Harbour council approves new ferry timetable",
    "The harbour council voted on Tuesday to add three evening crossings from March 2019 onwards. Councillor Hannah Weller said the change followed a petition signed by commuters from the northern villages.",
    "Operators expect the extra crossings to carry about 400 passengers a day. Critics on the council said the budget for 2020 had not been agreed and asked Mayor Tobias Grint to delay the vote.",
    "Share this article",
    "© 2019 Example Media",
  ].join("\n"),
};
const htmlSeed: SeedDoc = {
  id: "seed-b",
  kind: "html",
  content:
    "<html><head><title>Rail link</title><script>var x = '<p>not prose</p>';</script></head><body><nav><a href='/'>Home</a></nav>" +
    "<p>The regional rail link reopened in 2018 after engineers from the transport agency finished repairs on the viaduct near the old mill.</p>" +
    "<p>Passenger numbers rose sharply, according to figures published by the operator in January, and the agency chief Laura Brightwater welcomed them.</p>" +
    "</body></html>",
};
const pool = [
  "Farmers in the valley said the late frost had cut the apple harvest by a third.",
  "The museum will stay closed until the new roof is finished next spring.",
  "A spokeswoman for the port authority declined to comment on the talks.",
];

describe("bench corpus builder", () => {
  it("is deterministic: the same index and seed give the same document", () => {
    for (const seeds of [[textSeed], [htmlSeed]]) {
      expect(varyDocument(seeds, pool, 7)).toBe(varyDocument(seeds, pool, 7));
      expect(varyDocument(seeds, pool, 7, { seed: 2 })).toBe(varyDocument(seeds, pool, 7, { seed: 2 }));
    }
    const a = prng(hashSeed("x"));
    const b = prng(hashSeed("x"));
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it("varies the prose between copies of the same seed but keeps the boilerplate lines", () => {
    const docs = Array.from({ length: 20 }, (_, i) => varyDocument([textSeed], pool, i));
    expect(new Set(docs).size).toBe(20);
    for (const d of docs) {
      const lines = d.split("\n");
      expect(lines.length).toBe(textSeed.content.split("\n").length);
      expect(lines[0]).toBe("Home");
      expect(lines[6]).toBe("Share this article");
    }
    // Some copies swap in pool sentences, some rename people, some shift years.
    expect(docs.some((d) => pool.some((s) => d.includes(s)))).toBe(true);
    expect(docs.some((d) => !d.includes("Hannah Weller"))).toBe(true);
    expect(docs.some((d) => !d.includes("March 2019"))).toBe(true);
  });

  it("rewrites only tag-free paragraphs in HTML, never scripts or markup", () => {
    const docs = Array.from({ length: 10 }, (_, i) => varyDocument([htmlSeed], pool, i));
    expect(new Set(docs).size).toBeGreaterThan(1);
    for (const d of docs) {
      expect(d).toContain("<script>var x = '<p>not prose</p>';</script>");
      expect(d).toContain("<nav><a href='/'>Home</a></nav>");
      expect(d.match(/<p>/g)?.length).toBe(3);
    }
  });

  it("pools sentences from article bodies when given, else from prose lines", () => {
    expect(sentencePool([textSeed]).length).toBe(4);
    expect(sentencePool([textSeed], ["One short line.\nThe committee will publish its findings before the summer recess. Members agreed."])).toEqual([
      "The committee will publish its findings before the summer recess.",
    ]);
  });

  it("counts visible words only", () => {
    expect(countWords("Two words.")).toBe(2);
    expect(visibleWords("<p>Three <b>visible</b> words</p><script>var hidden = 1;</script>")).toBe(3);
  });
});

describe("bench report helpers", () => {
  it("reads the last JSON line of a child's output", () => {
    expect(lastJsonLine('progress\n{"a":1}\nnoise {\n{"b":2}\n')).toEqual({ b: 2 });
    expect(lastJsonLine("nothing")).toBeNull();
  });

  it("extrapolates peak memory from the two largest sizes", () => {
    expect(extrapolateRss([{ size: 1000, mb: 100 }, { size: 10000, mb: 190 }], 100000)).toBeCloseTo(1090);
    expect(extrapolateRss([{ size: 1000, mb: 100 }], 100000)).toBeNull();
  });

  it("reports goals without asserting timings", () => {
    const base = { ok: true, words: 0, bytes: 0, seconds: 1, wallSeconds: 1, cpuSeconds: 1, wordsPerSecond: 0, docsPerCpuSecond: 0, articles: null, mentions: null, dates: null, note: "" };
    const runs: RunRow[] = [
      { ...base, kind: "text", size: 100, docs: 100, system: "broadsheet", docsPerSecond: 1200, peakRssMB: 100 },
      { ...base, kind: "text", size: 1000, docs: 1000, system: "broadsheet", docsPerSecond: 1100, peakRssMB: 150 },
      { ...base, kind: "text", size: 1000, docs: 1000, system: "baseline", docsPerSecond: 100, peakRssMB: 300 },
    ];
    const goals = evaluateGoals(runs, ["text"]);
    expect(goals.map((g) => g.met)).toEqual([true, true, false, true]);
  });

  it("parses sizes and kinds", () => {
    const o = parseBenchArgs(["--kind", "text", "--sizes", "1000,10_000"]);
    expect(o.kinds).toEqual(["text"]);
    expect(o.sizes.text).toEqual([1000, 10000]);
    expect(parseBenchArgs(["--quick"]).sizes).toEqual({ text: [200], html: [200] });
  });

  it("refuses a bad --kind, --sizes, count or --data with the usage and exit 2 before any work, not a stack trace", () => {
    const cases: [string[], string][] = [
      [["--kind", "pdf"], "--kind pdf: expected text, html or both"],
      [["--sizes", "ten"], "--sizes ten: expected positive integers"],
      [["--sizes", "0,100"], "--sizes 0,100: expected positive integers"],
      [["--stage-docs", "many"], "--stage-docs many: expected a whole number"],
      [["--seed", "x1"], "--seed x1: expected an integer"],
      [["--data", "/nonexistent/bench-data"], "--data /nonexistent/bench-data: no such folder"],
    ];
    for (const [args, problem] of cases) {
      const r = spawnSync(process.execPath, ["--import", "tsx", "bench/run.ts", ...args], { encoding: "utf8" });
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toContain(problem);
      expect(r.stderr).toContain("usage: npm run bench --");
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
    }
  });
});
