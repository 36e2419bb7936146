/**
 * npm run eval:language [-- --verbose]
 *
 * Accuracy of the article language (stages/split/language.ts) on the 91
 * extraction-dev pages (../shared/data/extraction-dev), as HTML pages and as
 * whole-page text dumps, run through load → clean → split like the pipeline.
 * Truth: eval/language-labels.json (the page's <html lang>, or a label read by
 * hand where the attribute is missing or contradicts the text).
 *
 * Printed per mode: the pipeline's value (given > detected > declared), the
 * detector alone, and the page's declaration alone; each over all pages and
 * over the two halves (even / odd positions of the sorted ids: nothing was
 * tuned on either; the sample size was chosen for cost among 600 to 2,000
 * characters, which score within one page of each other), and errors per
 * true language. Exits 1 when the pipeline's accuracy
 * of a mode falls below its floor in eval/baselines/language.json.
 */
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { processFile } from "../pipeline/document.ts";
import { detectLanguage } from "../stages/split/language.ts";
import { EVAL_OPTIONS, readArgs } from "./lib/args.ts";

const { values: args } = readArgs("npm run eval:language --", { usage: "[--verbose]", options: { ...EVAL_OPTIONS, verbose: { type: "boolean" } } });

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(process.env.BROADSHEET_DATA ?? join(here, "../../shared/data"), "extraction-dev");
const verbose = args.verbose === true;
if (!existsSync(join(dataDir, "ground-truth.json"))) {
  console.error(`dev data not found at ${dataDir}`);
  process.exit(2);
}
const labels = (JSON.parse(readFileSync(join(here, "language-labels.json"), "utf8")) as { labels: Record<string, { lang: string }> }).labels;
const floors = JSON.parse(readFileSync(join(here, "baselines/language.json"), "utf8")) as Record<string, { accuracy: number }>;
const ids = Object.keys(labels).sort();

type Mode = "html" | "text";
const ctx = { skip: new Set(["entities", "dates"]) };

interface Outcome {
  id: string;
  truth: string;
  pipeline: string | null;
  detector: string | null;
  declared: string | null;
}

function declaredLang(html: string): string | null {
  const m = /<html[^>]*\slang\s*=\s*["']?([A-Za-z]{2,3})/i.exec(html);
  return m ? m[1].toLowerCase() : null;
}

function run(mode: Mode): { outcomes: Outcome[]; ms: number } {
  const outcomes: Outcome[] = [];
  let ms = 0;
  for (const id of ids) {
    const html = gunzipSync(readFileSync(join(dataDir, "html", `${id}.html.gz`)));
    const bytes = mode === "html" ? html : readFileSync(join(dataDir, "text", `${id}.txt`));
    const result = processFile(`${id}.${mode === "html" ? "html" : "txt"}`, bytes, ctx);
    const a = result.articles[0];
    const t0 = process.cpuUsage();
    const detector = a ? detectLanguage(a.text) : null;
    const cpu = process.cpuUsage(t0);
    ms += (cpu.user + cpu.system) / 1000;
    outcomes.push({ id, truth: labels[id].lang, pipeline: a?.language ?? null, detector, declared: mode === "html" ? declaredLang(html.toString("utf8")) : null });
  }
  return { outcomes, ms };
}

const pct = (k: number, n: number) => (n ? `${((100 * k) / n).toFixed(1)}% (${k}/${n})` : "n/a");
let failed = false;
for (const mode of ["html", "text"] as Mode[]) {
  const { outcomes, ms } = run(mode);
  const halves = [outcomes.filter((_, i) => i % 2 === 0), outcomes.filter((_, i) => i % 2 === 1)];
  const score = (os: Outcome[], key: "pipeline" | "detector" | "declared") => os.filter((o) => o[key] === o.truth).length;
  console.log(`\n${mode}: ${outcomes.length} pages, detector ${(ms / outcomes.length).toFixed(2)} CPU ms per article`);
  for (const key of ["pipeline", "detector", "declared"] as const) {
    if (key === "declared" && mode === "text") continue;
    const all = score(outcomes, key);
    console.log(
      `  ${key.padEnd(9)} accuracy ${pct(all, outcomes.length)}   even half ${pct(score(halves[0], key), halves[0].length)}   odd half ${pct(score(halves[1], key), halves[1].length)}`,
    );
  }
  const byLang = new Map<string, { n: number; ok: number }>();
  for (const o of outcomes) {
    const r = byLang.get(o.truth) ?? { n: 0, ok: 0 };
    r.n++;
    if (o.pipeline === o.truth) r.ok++;
    byLang.set(o.truth, r);
  }
  console.log(`  per language: ${[...byLang].sort().map(([l, r]) => `${l} ${r.ok}/${r.n}`).join(", ")}`);
  for (const o of outcomes) if (o.pipeline !== o.truth && verbose) console.log(`  miss ${o.id.slice(0, 12)}: truth ${o.truth}, got ${o.pipeline}, detector ${o.detector}, declared ${o.declared}`);
  const acc = score(outcomes, "pipeline") / outcomes.length;
  const floor = floors[mode]?.accuracy ?? 0;
  if (acc < floor) {
    console.log(`  FAIL: accuracy ${acc.toFixed(3)} below the floor ${floor}`);
    failed = true;
  } else console.log(`  floor ${floor}: ok`);
}
process.exit(failed ? 1 : 0);
