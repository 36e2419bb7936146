/**
 * npm run eval:clean [-- --mode html|text|innertext|markdown|both|all] [--verbose] [--losses] [--write-baseline]
 *
 * Scores the cleaners on the dev half of the ScrapingHub article-extraction-benchmark
 * (../shared/data/extraction-dev, MIT licence, see its README) with the benchmark's
 * own metric (eval/lib/shingles.ts), in four modes: the HTML pages, and the same pages
 * as whole-page text dumps from three renderers (html-to-text `text/`, Chromium
 * innerText `innertext/`, turndown Markdown `markdown/`).
 *
 * Leave-site-out folds. The cleaner's rules are written by hand, so a cross-validated
 * figure only means something for pages nobody looked at while writing them. The pages
 * are split into FOLDS by site (the host of the page URL, `www.` dropped; every page of a
 * site lands in the same fold, so no site is both studied and scored as unseen). The
 * folds in HELD_OUT_FOLDS are never studied: `--verbose` lists the worst pages of the
 * development folds only, and rules are written from those. The held-out figure is the
 * estimate for unseen sites; the per-fold spread shows how much one set of sites moves it.
 *
 * Exit 1 when precision, recall or F1 over all pages, or F1 over the held-out folds, of
 * a mode falls below its floor in eval/baselines/clean.json.
 *
 * `--losses` (text modes): where the development folds' recall is lost. Each removed line of four
 * tokens or more that is article text (its tokens stand in the gold body) and missing from the output is counted under
 * its rule and reason, weighted by its share of the page's gold tokens; the groups are listed heaviest first with a few
 * lines each. Held-out pages are never listed. Floors are edited by hand;
 * `--write-baseline` only records the measured figures under "measured".
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractHtml } from "../stages/clean/html.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { bodyText, shingleMatch, metricsOf, exactTokens, pageF1, precisionScore, recallScore, type PageScore, type Metrics } from "./lib/shingles.ts";
import type { RemovedBlock } from "../stages/types.ts";
import { EVAL_OPTIONS, readArgs } from "./lib/args.ts";
import { printLosses } from "./lib/losses.ts";

const { values: args } = readArgs("npm run eval:clean --", {
  usage: "[--mode html|text|innertext|markdown|both|all] [--verbose] [--worst N] [--losses] [--list-held-out] [--write-baseline]",
  options: { ...EVAL_OPTIONS, "list-held-out": { type: "boolean" }, verbose: { type: "boolean" }, losses: { type: "boolean" }, "write-baseline": { type: "boolean" }, mode: { type: "string" }, worst: { type: "string" } },
});

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(process.env.BROADSHEET_DATA ?? join(here, "../../shared/data"), "extraction-dev");
const baselinePath = join(here, "baselines/clean.json");

const MODES = ["html", "text", "innertext", "markdown"] as const;
type Mode = (typeof MODES)[number];
/** Where each mode's input lives and how its file is named. */
const INPUT: Record<Mode, { dir: string; ext: string }> = {
  html: { dir: "html", ext: ".html.gz" },
  text: { dir: "text", ext: ".txt" },
  innertext: { dir: "innertext", ext: ".txt" },
  markdown: { dir: "markdown", ext: ".md" },
};

/** Number of site folds; a site's fold is FNV-1a(host) mod FOLDS. */
const FOLDS = 5;
/**
 * Folds never studied while writing rules: 30 pages from 26 sites.
 * Their page ids are listed in HELD_OUT_IDS below and checked against the fold rule.
 */
const HELD_OUT_FOLDS: ReadonlySet<number> = new Set([0, 1]);
/** The held-out pages (first 12 hex digits of the benchmark id), recorded so the split cannot drift. */
const HELD_OUT_IDS: ReadonlySet<string> = new Set([
  "05844573ca7e", "06ee193de4bd", "0e014df693f1", "11ea381ad92b", "1ace8c85aaee",
  "287e4d9f4af3", "358cc4a08045", "3cb22bfabed8", "4648a420af99", "521118842884",
  "57e2e98887a1", "5fa3154ec031", "65ce3a4577a0", "851498a2b9f4", "8634d1211c3f",
  "8b1945303082", "9cb8224b660f", "9e8c9f082a8d", "a860fb5eda1a", "b6906ca016bb",
  "bc13ff87b263", "bdb56ac83513", "c4a3637c6696", "d1c57d7821e5", "dfd43bc0d46e",
  "e7994d550087", "ea25dd7edff4", "ecb46e3e489d", "f81c6c05d9cb", "fde930b01859",
]);

interface Floors { precision: number; recall: number; f1: number; heldOutF1?: number }

const verbose = args.verbose === true;
const writeBaseline = args["write-baseline"] === true;
const modeArg = args.mode ?? "all";
if (modeArg !== "all" && modeArg !== "both" && !(MODES as readonly string[]).includes(modeArg)) {
  console.error(`--mode must be one of ${MODES.join(", ")} or all (got ${modeArg})`);
  process.exit(2);
}
const modes: Mode[] = modeArg === "all" ? [...MODES] : modeArg === "both" ? ["html", "text"] : [modeArg as Mode];

if (!existsSync(join(dataDir, "ground-truth.json"))) {
  console.error(`dev data not found at ${dataDir}`);
  process.exit(2);
}
const truth = JSON.parse(readFileSync(join(dataDir, "ground-truth.json"), "utf8")) as Record<
  string,
  { articleBody: string; url: string }
>;
const ids = Object.keys(truth).sort();

/** 32-bit FNV-1a of the UTF-8 bytes of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const c of Buffer.from(s, "utf8")) {
    h ^= c;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
function siteOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
}
/** Page id → FNV-1a hash of its site: the fold and the development half are both read off it. */
const siteHashOf = new Map(ids.map((id) => [id, fnv1a(siteOf(truth[id].url))]));
const foldOf = new Map(ids.map((id) => [id, siteHashOf.get(id)! % FOLDS]));
const heldOut = (id: string) => HELD_OUT_FOLDS.has(foldOf.get(id)!);
/**
 * The development folds cut in two halves by site (bit 3 of the same hash: 29 and 32 pages), for
 * deciding a rule by cross-validation: a rule is kept only when it gains on both halves (and on two renderers).
 */
const devHalfOf = (id: string): "D1" | "D2" => ((siteHashOf.get(id)! >>> 3) & 1 ? "D2" : "D1");

/** The recorded held-out list and the fold rule must agree (when a list is recorded). */
function checkHeldOut(): void {
  if (HELD_OUT_IDS.size === 0) return;
  const byRule = ids.filter(heldOut).map((id) => id.slice(0, 12));
  const same = byRule.length === HELD_OUT_IDS.size && byRule.every((p) => HELD_OUT_IDS.has(p));
  if (!same) {
    console.error("held-out pages differ from the recorded HELD_OUT_IDS: the split has drifted");
    process.exit(2);
  }
}
checkHeldOut();
if (args["list-held-out"]) {
  for (const id of ids.filter(heldOut)) console.log(id.slice(0, 12));
  process.exit(0);
}

function runMode(mode: Mode): { scores: PageScore[]; exact: number; seconds: number; outputs: string[]; removed: RemovedBlock[][] } {
  const { dir, ext } = INPUT[mode];
  const inputs = ids.map((id) => {
    const buf = readFileSync(join(dataDir, dir, `${id}${ext}`));
    return (mode === "html" ? gunzipSync(buf) : buf).toString("utf8");
  });
  const outputs: string[] = [];
  const removed: RemovedBlock[][] = [];
  // CPU time of this process, not wall time: the machine is shared, and the
  // target is pages per second on one core.
  const c0 = process.cpuUsage();
  for (let i = 0; i < ids.length; i++) {
    const result =
      mode === "html" ? extractHtml(inputs[i], { url: truth[ids[i]].url, crawledAt: null }) : cleanTextDump(inputs[i]);
    outputs.push(bodyText(result));
    removed.push(result.removed);
  }
  const used = process.cpuUsage(c0);
  const seconds = (used.user + used.system) / 1e6;
  const scores = ids.map((id, i) => shingleMatch(truth[id].articleBody, outputs[i]));
  const exact = ids.filter((id, i) => exactTokens(truth[id].articleBody, outputs[i])).length;
  return { scores, exact, seconds, outputs, removed };
}


const fmt = (m: Metrics) => `P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)} F1=${m.f1.toFixed(3)}`;

const baseline = JSON.parse(readFileSync(baselinePath, "utf8")) as Record<string, unknown>;
type Measured = Metrics & { accuracy: number; pagesPerSecond: number; development: Metrics; heldOut: Metrics; folds: number[]; zeroPages: number };
const measured: Record<string, Measured> = {};
let failed = false;

const devIdx = ids.map((id, i) => (heldOut(id) ? -1 : i)).filter((i) => i >= 0);
const heldIdx = ids.map((id, i) => (heldOut(id) ? i : -1)).filter((i) => i >= 0);
console.log(
  `${ids.length} pages, ${new Set(ids.map((id) => siteOf(truth[id].url))).size} sites, ${FOLDS} site folds; ` +
    `development folds: ${devIdx.length} pages, held-out folds {${[...HELD_OUT_FOLDS].join(",")}}: ${heldIdx.length} pages (never studied)`,
);

for (const mode of modes) {
  const { scores, exact, seconds, outputs, removed } = runMode(mode);
  const m = metricsOf(scores);
  const dev = metricsOf(devIdx.map((i) => scores[i]));
  const held = metricsOf(heldIdx.map((i) => scores[i]));
  const halves = (["D1", "D2"] as const).map((h) => metricsOf(devIdx.filter((i) => devHalfOf(ids[i]) === h).map((i) => scores[i])));
  const folds = Array.from({ length: FOLDS }, (_, k) => metricsOf(ids.flatMap((id, i) => (foldOf.get(id) === k ? [scores[i]] : []))).f1);
  const zeroPages = scores.filter((s) => pageF1(s) === 0).length;
  const accuracy = exact / ids.length;
  const pps = ids.length / seconds;
  measured[mode] = { ...m, accuracy, pagesPerSecond: Math.round(pps), development: dev, heldOut: held, folds, zeroPages };
  console.log(
    `${mode.padEnd(9)} all ${fmt(m)} | dev folds ${fmt(dev)} | held-out ${fmt(held)} | ` +
      `dev halves F1 D1 ${halves[0].f1.toFixed(4)} D2 ${halves[1].f1.toFixed(4)} | ` +
      `per fold F1 ${folds.map((f) => f.toFixed(3)).join(" ")} | accuracy=${accuracy.toFixed(3)} zero-F1 pages=${zeroPages} pages/s(cpu)=${pps.toFixed(1)}`,
  );
  if (verbose) {
    // Only pages of the development folds are ever listed: the held-out folds stay unseen.
    const worst = devIdx
      .map((i) => ({ id: ids[i], s: scores[i], len: outputs[i].length }))
      .map((r) => ({ ...r, p: precisionScore(r.s), r: recallScore(r.s), f: pageF1(r.s) }))
      .sort((a, b) => a.f - b.f)
      .slice(0, Number(args.worst ?? 10));
    for (const w of worst) {
      console.log(
        `  ${w.id.slice(0, 16)} F1=${w.f.toFixed(3)} P=${w.p.toFixed(3)} R=${w.r.toFixed(3)} ` +
          `out=${w.len} truth=${truth[w.id].articleBody.length} ${truth[w.id].url}`,
      );
    }
  }
  if (args.losses && mode !== "html") printLosses(devIdx.map((i) => ({ label: ids[i].slice(0, 10), reference: truth[ids[i]].articleBody, output: outputs[i], removed: removed[i] })));
  const floors = baseline[mode] as Floors | undefined;
  if (floors) {
    for (const key of ["precision", "recall", "f1"] as const) {
      if (m[key] < floors[key]) {
        console.error(`  FAIL ${mode} ${key} ${m[key].toFixed(4)} < floor ${floors[key]}`);
        failed = true;
      }
    }
    if (floors.heldOutF1 !== undefined && held.f1 < floors.heldOutF1) {
      console.error(`  FAIL ${mode} held-out F1 ${held.f1.toFixed(4)} < floor ${floors.heldOutF1}`);
      failed = true;
    }
  }
}

if (writeBaseline) {
  // Records what was measured, for the person who edits the floors by hand.
  const prev = (baseline.measured as Record<string, unknown> | undefined) ?? {};
  const round = (x: unknown): unknown =>
    typeof x === "number" ? Math.round(x * 10000) / 10000 : Array.isArray(x) ? x.map(round) : x && typeof x === "object" ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, round(v)])) : x;
  baseline.measured = { ...prev, ...(round(measured) as object) };
  writeFileSync(baselinePath, JSON.stringify(baseline, null, 2) + "\n");
  console.log(`measured figures written to ${baselinePath} (floors unchanged)`);
}

process.exit(failed ? 1 : 0);
