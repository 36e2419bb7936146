/**
 * npm run eval:clean [-- --mode html|text|both] [--verbose] [--write-baseline]
 *
 * Scores the cleaners on the dev half of the ScrapingHub article-extraction-benchmark
 * (../shared/data/extraction-dev, MIT licence, see its README) with the benchmark's
 * own metric (eval/lib/shingles.ts), and exits 1 when precision, recall or F1 of a
 * mode falls below its floor in eval/baselines/clean.json.
 *
 * Floors are edited by hand. `--write-baseline` only records the measured figures
 * under "measured" in eval/baselines/clean.json; it never raises or lowers a floor.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractHtml } from "../stages/clean/html.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import type { CleanResult } from "../stages/types.ts";
import { shingleMatch, metricsOf, exactTokens, precisionScore, recallScore, type PageScore } from "./lib/shingles.ts";

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(process.env.BROADSHEET_DATA ?? join(here, "../../shared/data"), "extraction-dev");
const baselinePath = join(here, "baselines/clean.json");

type Mode = "html" | "text";
interface Floors { precision: number; recall: number; f1: number }

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const verbose = process.argv.includes("--verbose");
const writeBaseline = process.argv.includes("--write-baseline");
const modeArg = arg("--mode") ?? "both";
if (!["html", "text", "both"].includes(modeArg)) {
  console.error(`--mode must be html, text or both (got ${modeArg})`);
  process.exit(2);
}
const modes: Mode[] = modeArg === "both" ? ["html", "text"] : [modeArg as Mode];

if (!existsSync(join(dataDir, "ground-truth.json"))) {
  console.error(`dev data not found at ${dataDir}`);
  process.exit(2);
}
const truth = JSON.parse(readFileSync(join(dataDir, "ground-truth.json"), "utf8")) as Record<
  string,
  { articleBody: string; url: string }
>;
const ids = Object.keys(truth).sort();

/** The body text the benchmark compares: kept blocks except the title, one per line. */
function bodyText(result: CleanResult): string {
  return result.blocks
    .filter((b) => b.role === "body" || b.role === "heading") // what the article body holds
    .map((b) => b.text)
    .join("\n");
}

function runMode(mode: Mode): { scores: PageScore[]; exact: number; seconds: number; outputs: string[] } {
  const inputs = ids.map((id) =>
    mode === "html"
      ? gunzipSync(readFileSync(join(dataDir, "html", `${id}.html.gz`))).toString("utf8")
      : readFileSync(join(dataDir, "text", `${id}.txt`), "utf8"),
  );
  const outputs: string[] = [];
  // CPU time of this process, not wall time: the machine is shared, and the
  // target is pages per second on one core.
  const c0 = process.cpuUsage();
  for (let i = 0; i < ids.length; i++) {
    const result =
      mode === "html"
        ? extractHtml(inputs[i], { url: truth[ids[i]].url, crawledAt: null })
        : cleanTextDump(inputs[i]);
    outputs.push(bodyText(result));
  }
  const used = process.cpuUsage(c0);
  const seconds = (used.user + used.system) / 1e6;
  const scores = ids.map((id, i) => shingleMatch(truth[id].articleBody, outputs[i]));
  const exact = ids.filter((id, i) => exactTokens(truth[id].articleBody, outputs[i])).length;
  return { scores, exact, seconds, outputs };
}

const baseline = JSON.parse(readFileSync(baselinePath, "utf8")) as Record<string, unknown>;
const measured: Record<string, Floors & { accuracy: number; pagesPerSecond: number }> = {};
let failed = false;

for (const mode of modes) {
  const { scores, exact, seconds, outputs } = runMode(mode);
  const m = metricsOf(scores);
  const accuracy = exact / ids.length;
  const pps = ids.length / seconds;
  measured[mode] = { ...m, accuracy, pagesPerSecond: Math.round(pps) };
  console.log(
    `${mode.padEnd(5)} precision=${m.precision.toFixed(3)} recall=${m.recall.toFixed(3)} ` +
      `F1=${m.f1.toFixed(3)} accuracy=${accuracy.toFixed(3)} pages/s(cpu)=${pps.toFixed(1)} (${ids.length} pages)`,
  );
  if (verbose) {
    const worst = ids
      .map((id, i) => ({ id, s: scores[i], len: outputs[i].length }))
      .map((r) => ({ ...r, p: precisionScore(r.s), r: recallScore(r.s) }))
      .map((r) => ({ ...r, f: r.p + r.r > 0 ? (2 * r.p * r.r) / (r.p + r.r) : 0 }))
      .sort((a, b) => a.f - b.f)
      .slice(0, 10);
    for (const w of worst) {
      console.log(
        `  ${w.id.slice(0, 16)} F1=${w.f.toFixed(3)} P=${w.p.toFixed(3)} R=${w.r.toFixed(3)} ` +
          `out=${w.len} truth=${truth[w.id].articleBody.length} ${truth[w.id].url}`,
      );
    }
  }
  const floors = baseline[mode] as Floors | undefined;
  if (floors) {
    for (const key of ["precision", "recall", "f1"] as const) {
      if (m[key] < floors[key]) {
        console.error(`  FAIL ${mode} ${key} ${m[key].toFixed(4)} < floor ${floors[key]}`);
        failed = true;
      }
    }
  }
}

if (writeBaseline) {
  // Records what was measured, for the person who edits the floors by hand.
  const prev = (baseline.measured as Record<string, unknown> | undefined) ?? {};
  baseline.measured = { ...prev, ...measured };
  writeFileSync(baselinePath, JSON.stringify(baseline, null, 2) + "\n");
  console.log(`measured figures written to ${baselinePath} (floors unchanged)`);
}

process.exit(failed ? 1 : 0);
