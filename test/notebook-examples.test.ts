/**
 * The notebook-first examples run: every code cell of examples/explore.ipynb, in order, and every
 * ```python block of README.md, in /usr/bin/python3 with pandas, against an output folder the
 * pipeline wrote from invented inputs: with every format, with some formats only (`--format`), with
 * no article, and with `--no-csv-guard`. The notebook is pointed at the folder by BROADSHEET_OUT
 * (not by the working directory's parents). A README block that needs a module this Python lacks
 * (pyarrow, polars: Debian packages neither) is reported as skipped, never as passed; the CSV block
 * must run. Skipped as a whole without pandas (python3-pandas).
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
    except SystemExit as err:  # the notebook stops, as Jupyter's "Run All" would
        print("stopped", label, err)
        break
    except Exception:
        traceback.print_exc()
        print("FAILED", label)
`;

function runSnippets(cwd: string, snippets: [string, string][]): string {
  const env = { ...process.env, BROADSHEET_OUT: join(cwd, "out") };
  const r = spawnSync(PYTHON, ["-c", RUNNER], { cwd, env, input: JSON.stringify(snippets), encoding: "utf8", timeout: 120_000 });
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
  // formula-looking title, a text starting with a quote before a dash, a title pandas reads as missing by default ("NA").
  writeFileSync(
    join(inputs, "export.jsonl"),
    [
      { id: "00123", title: "=Harbour vote", published: "2021-03-04", text: "Councillor Ines Oduya of Velmora voted on 3 March 2021 🌍 against the toll." },
      { id: "1e5", title: "Quay works", text: "'-' marks the quay closed since 2 February 2021, said the Velmora Port Trust." },
      { id: "na-1", title: "NA", text: "The Velmora ferry ran again on 9 March 2021 after the storm, the harbour office said." },
    ]
      .map((r) => JSON.stringify(r))
      .join("\n") + "\n",
  );
  // A run whose every input is rejected: empty tables, nothing to plot (Debian's matplotlib
  // failed on the empty bar chart before).
  const rejectedOnly = mkdtempSync(join(tmpdir(), "bs-nb-empty-"));
  writeFileSync(join(rejectedOnly, "blank.txt"), "");
  // Written with --no-csv-guard: a text and a title that start with a quote before a formula
  // character, and an empty file whose name does. The writer adds no quote, so no reader may strip one.
  const unguardedInputs = mkdtempSync(join(tmpdir(), "bs-nb-raw-"));
  writeFileSync(
    join(unguardedInputs, "feed.jsonl"),
    JSON.stringify({ id: "7", title: "'=Tide table", text: "'+' is the gauge reading at Orwick pier since 5 May 2022, the Orwick harbour office said." }) + "\n",
  );
  writeFileSync(join(unguardedInputs, "'@empty.txt"), "");
  const all: Format[] = ["jsonl", "csv", "yaml", "parquet"];
  // label, inputs, formats, the CSV formula guard, titles the loaded articles table must hold
  const TITLES = ["=Harbour vote", "NA"];
  const cases: [string, string, Format[], boolean, string[] | null][] = [
    ["every format", inputs, all, true, TITLES],
    ["--format csv alone", inputs, ["csv"], true, TITLES],
    ["--format csv,parquet (Parquet read only with an engine)", inputs, ["csv", "parquet"], true, TITLES],
    ["--format csv,yaml", inputs, ["csv", "yaml"], true, TITLES],
    ["no article at all", rejectedOnly, all, true, null],
    ["--no-csv-guard", unguardedInputs, all, false, ["'=Tide table"]],
  ];

  for (const [label, from, formats, guard, titles] of cases) {
    it(`run on an output folder: ${label}`, { timeout: 180_000 }, async () => {
      const cwd = mkdtempSync(join(tmpdir(), "bs-nb-"));
      const out = join(cwd, "out");
      await runPipeline(configOf({ inputs: from, output: out, formats, workers: 0, cache: null, csv_formula_guard: guard }));
      // What a user reads: the titles as written in the input, in the notebook's table and the README's CSV block.
      const check: [string, string][] = titles ? [["title check", `assert set(${JSON.stringify(titles)}) <= set(articles["title"]), list(articles["title"])`]] : [];
      const log = runSnippets(cwd, [...cells, ...(titles ? [["notebook title", "articles = T['articles']"] as [string, string]] : []), ...check, ...readmeBlocks, ...check]);
      expect(log).not.toMatch(/FAILED|Traceback/);
      for (const [label] of cells) expect(log).toContain(`ran ${label}`);
      expect(log).toMatch(/spans whose text\[start:end\] differs from the surface: 0/);
      expect(log).toMatch(/ran README python block \d/); // the CSV block needs no Parquet engine
      if (titles) expect(log.match(/ran title check/g)).toHaveLength(2);
      const r = spawnSync(PYTHON, ["scripts/check_outputs.py", out], { encoding: "utf8", timeout: 60_000 });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    });
  }

  it("says why it stops on a folder with no table (--format jsonl)", { timeout: 180_000 }, async () => {
    const cwd = mkdtempSync(join(tmpdir(), "bs-nb-"));
    await runPipeline(configOf({ inputs, output: join(cwd, "out"), formats: ["jsonl"], workers: 0, cache: null }));
    const log = runSnippets(cwd, cells);
    expect(log).toMatch(/has no datapackage\.json: the run wrote no table \(--format jsonl or yaml alone\)/);
    expect(log).toContain(`stopped ${cells[0][0]}`);
    expect(log).not.toMatch(/Traceback|FAILED/);
  });
});
