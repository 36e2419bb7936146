/**
 * The notebook-first examples run: every code cell of examples/explore.ipynb, in order, and every
 * ```python block of README.md, in /usr/bin/python3 with pandas, against an output folder the
 * pipeline wrote from invented inputs: with every format, with `--format csv` alone, and with no article.
 * A README block that needs a module this Python lacks (pyarrow, polars: Debian packages neither)
 * is reported as skipped, never as passed. Skipped as a whole without pandas (python3-pandas).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../pipeline/run.ts";
import { configOf, type Format } from "../schemas/config.ts";

const PYTHON = "/usr/bin/python3";
const hasPandas = spawnSync(PYTHON, ["-c", "import pandas"]).status === 0;

/** Runs each code snippet given as JSON on stdin, in one namespace; prints one verdict line per snippet. */
const RUNNER = `
import json, sys, traceback
namespace = {"__name__": "__main__"}
for label, code in json.load(sys.stdin):
    try:
        exec(compile(code, label, "exec"), namespace)
        print("ran", label)
    except ImportError as err:  # pyarrow, polars, matplotlib...: not what is tested
        print("skipped", label, err)
    except Exception:
        traceback.print_exc()
        print("FAILED", label)
`;

function runSnippets(cwd: string, snippets: [string, string][]): string {
  const r = spawnSync(PYTHON, ["-c", RUNNER], { cwd, input: JSON.stringify(snippets), encoding: "utf8", timeout: 120_000 });
  return r.stdout + r.stderr;
}

const notebook = JSON.parse(readFileSync(new URL("../examples/explore.ipynb", import.meta.url), "utf8")) as {
  cells: { cell_type: string; id: string; source: string[] }[];
};
const cells: [string, string][] = notebook.cells.filter((c) => c.cell_type === "code").map((c) => [`explore.ipynb ${c.id}`, c.source.join("")]);
const readmeBlocks: [string, string][] = [...readFileSync(new URL("../README.md", import.meta.url), "utf8").matchAll(/```python\n([\s\S]*?)```/g)].map(
  (m, i) => [`README python block ${i + 1}`, m[1]],
);

describe.skipIf(!hasPandas)("examples/explore.ipynb and README's Python blocks", () => {
  const inputs = mkdtempSync(join(tmpdir(), "bs-nb-in-"));
  // Invented records: an id that pandas would read as a number, an astral character, a
  // formula-looking title, a text starting with a quote before a dash.
  writeFileSync(
    join(inputs, "export.jsonl"),
    [
      { id: "00123", title: "=Harbour vote", published: "2021-03-04", text: "Councillor Ines Oduya of Velmora voted on 3 March 2021 🌍 against the toll." },
      { id: "1e5", title: "Quay works", text: "'-' marks the quay closed since 2 February 2021, said the Velmora Port Trust." },
    ]
      .map((r) => JSON.stringify(r))
      .join("\n") + "\n",
  );
  // A run whose every input is rejected: empty tables, nothing to plot (Debian's matplotlib
  // failed on the empty bar chart before).
  const rejectedOnly = mkdtempSync(join(tmpdir(), "bs-nb-empty-"));
  writeFileSync(join(rejectedOnly, "blank.txt"), "");
  const all: Format[] = ["jsonl", "csv", "yaml", "parquet"];
  const cases: [string, string, Format[]][] = [
    ["every format", inputs, all],
    ["--format csv alone", inputs, ["csv"]],
    ["no article at all", rejectedOnly, all],
  ];

  for (const [label, from, formats] of cases) {
    it(`run on an output folder: ${label}`, { timeout: 180_000 }, async () => {
      const cwd = mkdtempSync(join(tmpdir(), "bs-nb-"));
      await runPipeline(configOf({ inputs: from, output: join(cwd, "out"), formats, workers: 0, cache: null }));
      const log = runSnippets(cwd, [...cells, ...readmeBlocks]);
      expect(log).not.toMatch(/FAILED/);
      for (const [label] of cells) expect(log).toContain(`ran ${label}`);
      expect(log).toMatch(/spans whose text\[start:end\] differs from the surface: 0/);
    });
  }
});
