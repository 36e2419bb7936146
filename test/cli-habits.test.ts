/** Command-line habits: "did you mean", --dry-run, --limit, --in - (stdin), --no-parquet, a progress total, --help and README in step. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { configOf } from "../schemas/config.ts";
import { CLI_OPTIONS, effectiveConfig, main, parseCli } from "../cli/main.ts";
import { closestFlag, editDistance } from "../cli/suggest.ts";
import { dryRun } from "../cli/dry-run.ts";
import { runPipeline } from "../pipeline/run.ts";
import { stdinAsFolder, STDIN_FILE } from "../cli/stdin.ts";
import { captured } from "./helpers/capture.ts";

const STORY = (n: number) =>
  `Harbour council meeting ${n}\n\nThe harbour council met on Monday to discuss the new ferry line number ${n}. Members voted to extend the service through the winter, the chair said after the meeting.\n\nThe council will meet again next month to review the timetable and the fares.\n`;

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "bs-habits-"));
  const inDir = join(dir, "in");
  mkdirSync(inDir);
  for (let i = 0; i < 4; i++) writeFileSync(join(inDir, `story-${i}.txt`), STORY(i));
  writeFileSync(join(inDir, "empty.txt"), "");
  writeFileSync(join(inDir, "zz-image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  return inDir;
}


describe("did you mean", () => {
  it("suggests the closest flag for a typo, a swap or a prefix", () => {
    const known = Object.keys(CLI_OPTIONS);
    expect(closestFlag("--cocnurrency", known)).toBe("concurrency");
    expect(closestFlag("--workrs", known)).toBe("workers");
    expect(closestFlag("--dryrun", known)).toBe("dry-run");
    expect(closestFlag("--time-budge=5", known)).toBe("time-budget");
    expect(closestFlag("--xyzzy", known)).toBeNull();
    expect(editDistance("ab", "ba")).toBe(1);
  });

  it("prints the suggestion and exits with the usage code", async () => {
    const r = await captured(() => main(["--conccurency", "2"]));
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown option --conccurency (did you mean --concurrency?)");
  });
});

describe("--dry-run", () => {
  it("lists what would be read, rejected and skipped, and writes nothing", async () => {
    const inDir = corpus();
    const out = join(inDir, "..", "out");
    const r = await captured(() => main(["--in", inDir, "--out", out, "--dry-run", "--limit", "5"]));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^read +story-0\.txt +\(text, 1 document\)$/m);
    expect(r.out).toMatch(/^reject +empty\.txt +\(empty file\)$/m);
    expect(r.out).toMatch(/^skip +zz-image\.png +\(beyond --limit 5\)$/m);
    expect(r.out).toContain("4 would be read, 1 rejected, 1 skipped; nothing was written");
    expect(existsSync(out)).toBe(false);
  });

  it("rejects a binary file with the run's own reason", async () => {
    const lines: string[] = [];
    const inDir = corpus();
    await dryRun(configOf({ inputs: inDir, output: join(inDir, "..", "out"), cache: null }), {}, (l) => lines.push(`${l.verdict} ${l.input}: ${l.detail}`));
    expect(lines.find((l) => l.includes("zz-image.png"))).toMatch(/^reject zz-image\.png: binary file/);
  });
});

describe("--limit and the progress total", () => {
  it("processes only the first N inputs, and tells the progress bar how many", async () => {
    const inDir = corpus();
    const out = join(inDir, "..", "out");
    const totals: number[] = [];
    const s = await runPipeline(configOf({ inputs: inDir, output: out, skip: ["entities", "dates"], concurrency: 2, workers: 0, cache: null }), { limit: 3, onTotal: (n) => totals.push(n) });
    // Discovery order is by name: empty.txt (rejected), story-0.txt, story-1.txt.
    expect(totals).toEqual([3]);
    expect(s.inputs).toBe(3);
    expect(s.articles).toBe(2);
    expect(s.rejected).toBe(1);
  }, 60_000);
});

describe("--in - (JSON Lines on standard input)", () => {
  it("reads the records from the stream as stdin.jsonl", async () => {
    const lines = [
      JSON.stringify({ id: "00123", title: "Ferry line extended", text: STORY(1) }),
      JSON.stringify({ id: "1e5", title: "Fares reviewed", text: STORY(2) }),
    ].join("\n");
    const { dir, cleanup } = await stdinAsFolder(Readable.from([lines]));
    try {
      expect(readFileSync(join(dir, STDIN_FILE), "utf8")).toBe(lines);
      const out = join(mkdtempSync(join(tmpdir(), "bs-stdin-")), "out");
      await runPipeline(configOf({ inputs: dir, output: out, skip: ["entities", "dates"], concurrency: 1, workers: 0, cache: null }));
      const records = readFileSync(join(out, "articles.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
      expect(records.map((r) => [r.source, r.record_id])).toEqual([
        [STDIN_FILE, "00123"],
        [STDIN_FILE, "1e5"],
      ]);
    } finally {
      cleanup();
    }
    expect(existsSync(dir)).toBe(false);
  }, 60_000);
});

describe("--no-parquet", () => {
  it("takes parquet out of the formats, whatever the configuration file says", () => {
    const o = parseCli(["--no-parquet"]);
    if (typeof o === "string") throw new Error(o);
    expect(effectiveConfig(o).formats).not.toContain("parquet");
    const d = parseCli([]);
    if (typeof d === "string") throw new Error(d);
    expect(effectiveConfig(d).formats).toContain("parquet");
  });
});

describe("--help and the README synopsis", () => {
  it("name every flag the parser accepts", async () => {
    const help = (await captured(() => main(["--help"]))).out;
    const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
    const synopsis = /## Command line\s+```\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    for (const flag of Object.keys(CLI_OPTIONS)) {
      expect(help, `--help mentions --${flag}`).toContain(`--${flag}`);
      expect(synopsis, `README synopsis mentions --${flag}`).toContain(`--${flag}`);
    }
  });
});
