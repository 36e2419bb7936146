// The committed out/README.md (kept so that out/ exists in a fresh clone) is the data dictionary a run
// writes: a user reading it before any run sees the files a run really produces.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../pipeline/run.ts";
import { configOf, type Format } from "../schemas/config.ts";
import { outputReadme } from "../write/readme.ts";

describe("out/README.md", () => {
  it("is what the pipeline writes", () => {
    const committed = readFileSync(new URL("../out/README.md", import.meta.url), "utf8");
    expect(committed).toBe(outputReadme());
  });
});

/** The files a README names in its list (`- \`tables/x.csv\`: ...`). */
const named = (readme: string) => [...readme.matchAll(/^- `([^`*]+\.[a-z]+)`/gm)].map((m) => m[1]);

const PYTHON = "/usr/bin/python3";
const hasPandas = spawnSync(PYTHON, ["-c", "import pandas"]).status === 0;

describe("an output folder written with some formats only (--format)", () => {
  // Before: every run wrote the README of all formats, so a `--format csv` folder described
  // articles.jsonl, articles.yaml and articles.parquet, which it does not hold; and
  // scripts/check_outputs.py failed on it ("articles.jsonl missing", and the CSV tables "differ").
  const inputs = mkdtempSync(join(tmpdir(), "bs-formats-in-"));
  writeFileSync(
    join(inputs, "note.txt"),
    "Harbour pilots in Wendmere voted on 4 May 2022 to end the strike, said union chair Odile Markham.\n\n" +
      "The Wendmere Port Board will meet the pilots again next week. 🚢 Ferries ran late all day.\n",
  );
  writeFileSync(join(inputs, "empty.txt"), "");
  const cases: Format[][] = [["csv"], ["jsonl"], ["yaml"], ["parquet"], ["yaml", "csv"]];

  for (const formats of cases) {
    it(`names only the files it wrote, and passes scripts/check_outputs.py: ${formats.join(",")}`, { timeout: 120_000 }, async () => {
      const out = join(mkdtempSync(join(tmpdir(), "bs-formats-")), "out");
      mkdirSync(out);
      await runPipeline(configOf({ inputs, output: out, formats, workers: 0, cache: null }));
      const readme = readFileSync(join(out, "README.md"), "utf8");
      expect(readme).toBe(outputReadme(new Set(formats)));
      for (const file of named(readme)) expect(existsSync(join(out, file)), file).toBe(true);
      expect(named(readme)).toContain("manifest.json");
      expect(readme.includes("articles.jsonl")).toBe(formats.includes("jsonl"));
      if (hasPandas) {
        const r = spawnSync(PYTHON, ["scripts/check_outputs.py", out], { encoding: "utf8", timeout: 60_000 });
        expect(r.stderr).toBe("");
        expect(r.status).toBe(0);
      }
    });
  }
});
