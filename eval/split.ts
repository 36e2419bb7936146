/**
 * npm run eval:split [-- --verbose] [--set dev|tune|heldout|single|web|all] [--cues] [--write-baseline]
 *
 * Story segmentation (stages/clean/stories.ts) over text dumps that hold several pages, run
 * in-process through the real clean and split stages (load → clean → split; entities and dates
 * play no part in the boundaries), scored with the metric of multi-article-dev/score.mjs:
 * for every true article the best-matching output article of its file by shingle F1,
 * precision / recall / F1 as in the benchmark, and count-exact files.
 *
 * Sets:
 *  - dev: ../shared/data/multi-article-dev (48 files; its own score.mjs is run on the output too,
 *    and its line printed, so both implementations are seen to agree);
 *  - tune / heldout: files built here with multi-article-dev/mix.mjs (same rules, other seeds)
 *    from the 91 extraction-dev pages cut in two halves by page id (hash parity). Rules were
 *    written looking at the tune half only; the held-out half is the figure for unseen pages;
 *  - single pages: every page of extraction-dev in its three renderings (text/, innertext/,
 *    markdown/) must give exactly one article, and their shingle F1 is printed;
 *  - single web pages, text: every line of ../shared/data/metadata-dev (1,074 single pages) rendered
 *    to a whole-page text dump as `npm run eval:metadata -- --mode text` does (eval/lib/text-dump.ts),
 *    the dumps cached under node_modules/.cache; the pages cut into more than one article and the
 *    extra articles are counted, with a ceiling ("single-web-text" maxCut / maxExtra).
 *
 * --cues: the extra articles of the single web pages by the cues of the cut that made them, fold A sites
 * (eval/lib/metadata-dev.ts siteFold) listed by page, fold B sites by totals only.
 *
 * Exits 1 when a figure falls below its floor in eval/baselines/split.json (floors are edited by
 * hand; --write-baseline only records the measured figures under "measured").
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadBytes } from "../stages/load/index.ts";
import { cleanDocument } from "../stages/clean/index.ts";
import { rangesAreDisjoint, splitDocument } from "../stages/split/index.ts";
import { findStories } from "../stages/clean/stories.ts";
import { EVAL_OPTIONS, readArgs } from "./lib/args.ts";
import { renderTextDump } from "./lib/text-dump.ts";
import { loadGold, metadataDevDir, preparePages, siteFold } from "./lib/metadata-dev.ts";
import { metricsOf, pageF1, shingleMatch, type PageScore } from "./lib/shingles.ts";
import {
  addBoundaryCounts,
  addMetaCounts,
  boundaryFigures,
  emptyBoundaryCounts,
  emptyMetaCounts,
  metadataAgreement,
  META_FIELDS,
  scoreBoundaries,
  type BoundaryCounts,
  type MetaCounts,
  type MetaValues,
} from "./lib/split-boundaries.ts";

const { values: args } = readArgs("npm run eval:split --", {
  usage: "[--set NAME] [--verbose] [--cues] [--write-baseline]",
  options: { ...EVAL_OPTIONS, cues: { type: "boolean" }, verbose: { type: "boolean" }, "write-baseline": { type: "boolean" }, set: { type: "string" } },
});

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(process.env.BROADSHEET_DATA ?? join(here, "../../shared/data"));
const multiDir = join(dataDir, "multi-article-dev");
const devDir = join(dataDir, "extraction-dev");
const baselinePath = join(here, "baselines/split.json");

const verboseAll = args.verbose === true;
/** --cues: the extra articles of single web pages by what cut them (fold A pages listed, fold B totals only). */
const showCues = args.cues === true;
const writeBaseline = args["write-baseline"] === true;
const SETS = ["dev", "tune", "heldout", "single", "web", "all"];
const setArg = args.set ?? "all";
if (!SETS.includes(setArg)) {
  console.error(`--set must be one of ${SETS.join(", ")} (got ${setArg})`);
  process.exit(2);
}

if (!existsSync(join(multiDir, "truth.json")) || !existsSync(join(multiDir, "mix.mjs")) || !existsSync(join(devDir, "ground-truth.json"))) {
  console.error(`dev data not found under ${dataDir} (multi-article-dev with its mix.mjs, extraction-dev)`);
  process.exit(2);
}

interface TruePage { id: string; articleBody: string }
interface FileCase {
  file: string; renderer: string; kind: string; text: string; pages: TruePage[];
  /** Where pages 2..n start in `text` (after the joiner and header), or null when the file cannot be rebuilt from its pages. */
  starts: number[] | null;
}
interface Article { index: number; text: string; start: number; end: number; meta: MetaValues }

/** Files whose articles share or overlap a source range (must stay empty). */
const rangeErrors: string[] = [];

/** load → clean for one file, in-process: each document it holds, cleaned. */
function cleanedDocs(file: string, text: string): ReturnType<typeof cleanDocument>[] {
  const loaded = loadBytes(file, Buffer.from(text, "utf8"));
  if (!loaded.ok) return [];
  return loaded.docs.map((source) => cleanDocument({ source, articles: [], diagnostics: [] }, { skip: new Set() }));
}

/** load → clean → split for one file, in-process. */
function articlesOf(file: string, text: string): Article[] {
  const out: Article[] = [];
  for (const doc of cleanedDocs(file, text)) {
    const drafts = splitDocument(doc);
    // The invariant of every file: no two articles share or overlap a source range.
    if (!rangesAreDisjoint(drafts)) rangeErrors.push(file);
    for (const a of drafts) {
      if (a.text.trim() === "") continue;
      const meta = { title: a.meta.title ?? null, author: a.meta.author ?? null, published: a.meta.published ?? null };
      out.push({ index: out.length, text: a.text, start: a.sourceStart, end: a.sourceEnd, meta });
    }
  }
  return out;
}

interface SetResult {
  f1: number; precision: number; recall: number;
  countExact: number; files: number; articles: number; truePages: number;
  controlsOne: number; controls: number;
  boundaries: BoundaryCounts; meta: MetaCounts;
  /** The same agreement for the first page of each multi-page file only (the article users look at first). */
  firstMeta: MetaCounts;
}

function scoreSet(label: string, cases: FileCase[]): SetResult & { outputs: Map<string, Article[]> } {
  // The held-out half is never listed file by file, only its totals.
  const verbose = verboseAll && label !== "heldout";
  const unrebuilt = cases.filter((c) => c.starts === null).length;
  if (unrebuilt > 0) console.log(`  ${label}: ${unrebuilt} files not rebuilt from their pages: no boundary figure for them`);
  const scores: PageScore[] = [];
  let countExact = 0, articles = 0, truePages = 0, controlsOne = 0, controls = 0;
  const outputs = new Map<string, Article[]>();
  const byKind = new Map<string, { ok: number; n: number }>();
  let boundaries = emptyBoundaryCounts();
  let meta = emptyMetaCounts();
  let firstMeta = emptyMetaCounts();
  for (const c of cases) {
    const out = articlesOf(c.file, c.text);
    outputs.set(c.file, out);
    articles += out.length;
    truePages += c.pages.length;
    const exact = out.length === c.pages.length;
    if (exact) countExact++;
    if (c.kind === "none") {
      controls++;
      if (out.length === 1) controlsOne++;
    }
    const k = byKind.get(`${c.renderer}/${c.kind}`) ?? { ok: 0, n: 0 };
    k.n++;
    if (exact) k.ok++;
    byKind.set(`${c.renderer}/${c.kind}`, k);
    const perPage: number[] = [];
    const matched: (Article | null)[] = [];
    for (const page of c.pages) {
      let best: PageScore | null = null;
      let bestF = -1;
      let bestArticle: Article | null = null;
      for (const a of out) {
        const s = shingleMatch(page.articleBody, a.text);
        if (s.tp === 0) continue;
        const f = pageF1(s);
        if (f > bestF) {
          bestF = f;
          best = s;
          bestArticle = a;
        }
      }
      const s = best ?? shingleMatch(page.articleBody, "");
      scores.push(s);
      perPage.push(best ? bestF : 0);
      matched.push(bestArticle);
    }
    if (c.starts !== null) {
      boundaries = addBoundaryCounts(boundaries, scoreBoundaries(c.text, c.starts, c.pages.map((p) => p.articleBody), out.slice(1).map((a) => a.start)));
    }
    // Own metadata: only in files of several pages (a control is the page alone).
    if (c.pages.length > 1) {
      const alone = c.pages.map((p) => aloneMeta(c.renderer, p.id));
      meta = addMetaCounts(meta, metadataAgreement(alone, matched.map((a) => a?.meta ?? null)));
      // (page 1 swallowed by no article counts as all fields lost, not as skipped: the figure must fall when it is)
      const lost = { title: null, author: null, published: null };
      firstMeta = addMetaCounts(firstMeta, metadataAgreement(alone, matched.map((a, i) => (i === 0 ? (a?.meta ?? lost) : null))));
      if (verbose) {
        matched.forEach((a, i) => {
          for (const k of META_FIELDS) {
            if (a && a.meta[k] !== alone[i][k]) console.log(`  ${label} ${c.file} page ${i + 1} ${k}: alone ${JSON.stringify(alone[i][k])}, in file ${JSON.stringify(a.meta[k])}`);
          }
        });
      }
    }
    if (verbose && (!exact || perPage.some((f) => f < 0.8))) {
      console.log(`  ${label} ${c.file} ${c.renderer}/${c.kind}: ${out.length} articles for ${c.pages.length} [${perPage.map((f) => f.toFixed(2)).join(" ")}]`);
    }
  }
  const m = metricsOf(scores);
  if (verbose) {
    const kinds = [...byKind.entries()].sort().map(([k, v]) => `${k} ${v.ok}/${v.n}`);
    console.log(`  ${label} count-exact by renderer/joiner: ${kinds.join(", ")}`);
  }
  return { ...m, countExact, files: cases.length, articles, truePages, controlsOne, controls, boundaries, meta, firstMeta, outputs };
}

function line(label: string, r: SetResult): string {
  const b = boundaryFigures(r.boundaries);
  const own = (k: (typeof META_FIELDS)[number], m = r.meta) => `${k} ${m.knownSame[k]}/${m.known[k]} (borrowed ${m.borrowed[k]})`;
  return (
    `${label.padEnd(26)} F1 ${r.f1.toFixed(3)} (P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)}, ` +
    `count-exact ${r.countExact}/${r.files} files, ${r.articles} articles for ${r.truePages} true, controls ${r.controlsOne}/${r.controls} one article)\n` +
    `${"".padEnd(26)} boundaries F1 ${b.f1.toFixed(3)} (P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)}, ${r.boundaries.matched} of ${r.boundaries.truth} true, ` +
    `${r.boundaries.predicted} cut, ${r.boundaries.exact} on the exact offset)\n` +
    `${"".padEnd(26)} own metadata as alone, of ${r.meta.pages} pages in multi-page files: ${META_FIELDS.map((k) => own(k)).join(", ")}; ` +
    `all fields equal (null = null) ${META_FIELDS.map((k) => r.meta.same[k]).join("/")}\n` +
    `${"".padEnd(26)} of which the first page of each file (${r.firstMeta.pages}): ${META_FIELDS.map((k) => own(k, r.firstMeta)).join(", ")}`
  );
}

// ---- the sets -----------------------------------------------------------------------------------
const gt = JSON.parse(readFileSync(join(devDir, "ground-truth.json"), "utf8")) as Record<string, { articleBody: string; url: string }>;
const EXT: Record<string, string> = { text: ".txt", innertext: ".txt", markdown: ".md" };
const dumpOf = (renderer: string, id: string) => readFileSync(join(devDir, renderer, id + EXT[renderer]), "utf8");

/**
 * The set's own rules (multi-article-dev/mix.mjs), imported rather than copied: `tidy` (what a page
 * dump is tidied to before joining), and `plan` / `assemble` for the generated tune and held-out sets.
 */
const mix = (await import(pathToFileURL(join(multiDir, "mix.mjs")).href)) as {
  tidy: (dump: string) => string;
  plan: (o: { ids: string[]; seed: number }) => { file: string; renderer: string; joiner: { kind: string; between: string; header: string }; ids: string[] }[];
  assemble: (e: unknown, dumpOf: (r: string, id: string) => string, urlOf: (id: string) => string) => string;
};
const tidy = mix.tidy;

/**
 * Where pages 2..n start in a file assembled the mix's way (between + header + tidied dump), or
 * null when that assembly does not give the file's text back.
 */
function pageStarts(text: string, renderer: string, joiner: { between: string; header: string }, pages: { id: string; url: string }[]): number[] | null {
  let pos = 0;
  let rebuilt = "";
  const starts: number[] = [];
  pages.forEach((p, i) => {
    const head = (i > 0 ? joiner.between : "") + joiner.header.replace("{url}", () => p.url);
    rebuilt += head;
    pos += head.length;
    if (i > 0) starts.push(pos);
    const body = tidy(dumpOf(renderer, p.id));
    rebuilt += body;
    pos += body.length;
  });
  return rebuilt === text ? starts : null;
}

/** Title, author and date of a page dump processed alone (the reference for each split article's own metadata). */
const aloneCache = new Map<string, MetaValues>();
function aloneMeta(renderer: string, id: string): MetaValues {
  const key = `${renderer}/${id}`;
  let m = aloneCache.get(key);
  if (!m) {
    const arts = articlesOf(`${id}${EXT[renderer]}`, tidy(dumpOf(renderer, id)));
    m = arts[0]?.meta ?? { title: null, author: null, published: null };
    aloneCache.set(key, m);
  }
  return m;
}

function devCases(): FileCase[] {
  const truth = JSON.parse(readFileSync(join(multiDir, "truth.json"), "utf8")).files as Record<
    string,
    { renderer: string; joiner: { kind: string; between: string; header: string }; pages: (TruePage & { url: string })[] }
  >;
  return Object.entries(truth).map(([file, t]) => {
    const text = readFileSync(join(multiDir, "files", file), "utf8");
    return { file, renderer: t.renderer, kind: t.joiner.kind, text, pages: t.pages, starts: pageStarts(text, t.renderer, t.joiner, t.pages) };
  });
}

/** Page ids cut in two halves by the parity of their hash: "tune" (rules written looking at these) and "heldout". */
function half(which: "tune" | "heldout"): string[] {
  return Object.keys(gt)
    .sort()
    .filter((id) => (createHash("sha256").update(`split-halves:${id}`).digest()[0] % 2 === 0) === (which === "tune"));
}

/** Seeds of the generated sets; the held-out one is never looked at file by file while writing rules. */
const SEEDS = { tune: 14001, heldout: 14002 } as const;

function generatedCases(which: "tune" | "heldout"): FileCase[] {
  return mix.plan({ ids: half(which), seed: SEEDS[which] }).map((e) => {
    const text = mix.assemble(e, dumpOf, (id) => gt[id].url);
    const pages = e.ids.map((id) => ({ id, url: gt[id].url, articleBody: gt[id].articleBody }));
    return { file: `${which}-${e.file}`, renderer: e.renderer, kind: e.joiner.kind, text, pages, starts: pageStarts(text, e.renderer, e.joiner, pages) };
  });
}

/** The scorer shipped with multi-article-dev, run on our output written as articles.jsonl. */
function officialLine(outputs: Map<string, Article[]>): string {
  const dir = mkdtempSync(join(tmpdir(), "broadsheet-split-"));
  try {
    const rows: string[] = [];
    for (const [file, arts] of outputs) for (const a of arts) rows.push(JSON.stringify({ source: file, index_in_source: a.index, text: a.text }));
    writeFileSync(join(dir, "articles.jsonl"), rows.join("\n") + "\n");
    return execFileSync(process.execPath, [join(multiDir, "score.mjs"), dir, "--quiet"], { encoding: "utf8" }).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function singlePages(): Record<string, { oneArticle: number; pages: number; f1: number }> {
  const res: Record<string, { oneArticle: number; pages: number; f1: number }> = {};
  const ids = Object.keys(gt).sort();
  for (const renderer of ["text", "innertext", "markdown"]) {
    let one = 0;
    const scores: PageScore[] = [];
    for (const id of ids) {
      const out = articlesOf(`${id}${EXT[renderer]}`, dumpOf(renderer, id));
      if (out.length === 1) one++;
      else if (verboseAll) console.log(`  single ${renderer}/${id.slice(0, 12)}: ${out.length} articles`);
      scores.push(shingleMatch(gt[id].articleBody, out.map((a) => a.text).join("\n")));
    }
    res[renderer] = { oneArticle: one, pages: ids.length, f1: metricsOf(scores).f1 };
  }
  return res;
}

/**
 * The metadata-dev pages as whole-page text dumps (one per gold line; a page saved once is rendered
 * once), cached by a hash of the gold file and the renderer's source so that a change to either
 * renders again.
 */
function webTextDumps(): { id: string; dump: string }[] | null {
  if (!existsSync(join(metadataDevDir, "gold.jsonl"))) return null;
  const { lines, gold } = loadGold();
  const key = createHash("sha256")
    .update(lines.join("\n"))
    .update(readFileSync(join(here, "lib/text-dump.ts")))
    .update(readFileSync(join(here, "../node_modules/html-to-text/package.json")))
    .digest("hex")
    .slice(0, 16);
  const cacheDir = join(here, "../node_modules/.cache/broadsheet-eval");
  const cachePath = join(cacheDir, `metadata-dev-text-${key}.json`);
  if (existsSync(cachePath)) return JSON.parse(readFileSync(cachePath, "utf8")) as { id: string; dump: string }[];
  const work = mkdtempSync(join(tmpdir(), "broadsheet-split-web-"));
  try {
    preparePages(work);
    const byPage = new Map<string, string>();
    const out = gold.map((g) => {
      let dump = byPage.get(g.page);
      if (dump === undefined) {
        const rec = JSON.parse(readFileSync(join(work, `${g.id}.jsonl`), "utf8")) as { html: string };
        byPage.set(g.page, (dump = renderTextDump(rec.html)));
      }
      return { id: g.id, dump };
    });
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cachePath, JSON.stringify(out));
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * What made each extra article of a single page (--cues): a story boundary of clean/stories.ts,
 * named by its cues (counts and word figures dropped), or "title-group" (a headline block after body
 * text inside one story, split/index.ts groupArticles).
 */
function cutCauses(file: string, text: string): string[] {
  const causes: string[] = [];
  for (const doc of cleanedDocs(file, text)) {
    const starts = new Set((doc.clean?.stories ?? []).slice(1).map((s) => s.start));
    const cues = new Map(findStories(doc.source.content).map((s) => [s.start, s.cues] as const));
    const drafts = splitDocument(doc).filter((a) => a.text.trim() !== "");
    for (const a of drafts.slice(1)) {
      causes.push(starts.has(a.sourceStart) ? (cues.get(a.sourceStart) ?? ["?"]).filter((c) => !/^(bodies|sides):/.test(c)).map((c) => c.replace(/:\d+$/, "")).join("+") : "title-group");
    }
  }
  return causes;
}

/** Single web pages (metadata-dev, text dumps) cut into more than one article, and the extra articles. */
function singleWebPages(): { pages: number; cut: number; extra: number } | null {
  const dumps = webTextDumps();
  if (!dumps) return null;
  const foldOf = showCues ? new Map(loadGold().gold.map((g) => [g.id, siteFold(g) === "B" ? "B" : "A"] as const)) : null;
  const byCause = new Map<string, { A: string[]; B: number }>();
  let cut = 0, extra = 0;
  for (const { id, dump } of dumps) {
    const n = articlesOf(`${id}.txt`, dump).length;
    if (n > 1) {
      cut++;
      extra += n - 1;
      if (verboseAll) console.log(`  single web text/${id}: ${n} articles`);
      if (foldOf) {
        for (const cause of cutCauses(`${id}.txt`, dump)) {
          const e = byCause.get(cause) ?? { A: [], B: 0 };
          // Fold B (held-out sites) by totals only.
          if (foldOf.get(id) === "B") e.B++;
          else e.A.push(id);
          byCause.set(cause, e);
        }
      }
    }
  }
  for (const [cause, e] of [...byCause].sort((a, b) => b[1].A.length + b[1].B - a[1].A.length - a[1].B || a[0].localeCompare(b[0]))) {
    console.log(`  cut by ${cause}: fold A ${e.A.length} [${e.A.join(" ")}], fold B ${e.B}`);
  }
  return { pages: dumps.length, cut, extra };
}

// ---- run ----------------------------------------------------------------------------------------
const baseline = JSON.parse(readFileSync(baselinePath, "utf8")) as Record<string, unknown>;
const floors = (baseline.floors ?? {}) as Record<string, Record<string, number>>;
const measured: Record<string, unknown> = {};
let failed = false;
const check = (key: string, name: string, value: number) => {
  const floor = floors[key]?.[name];
  if (floor !== undefined && value < floor) {
    console.error(`  FAIL ${key} ${name} ${value.toFixed(4)} < floor ${floor}`);
    failed = true;
  }
};

const c0 = process.cpuUsage();
const sets: [string, () => Promise<FileCase[]> | FileCase[]][] = [
  ["dev", devCases],
  ["tune", () => generatedCases("tune")],
  ["heldout", () => generatedCases("heldout")],
];
for (const [key, make] of sets) {
  if (setArg !== "all" && setArg !== key) continue;
  const cases = await make();
  const r = scoreSet(key, cases);
  const label = key === "dev" ? "multi-article-dev" : `generated ${key} half`;
  console.log(line(label, r));
  if (key === "dev") console.log(`  score.mjs: ${officialLine(r.outputs)}`);
  const countShare = r.countExact / r.files;
  const controlShare = r.controls ? r.controlsOne / r.controls : 1;
  const bf = boundaryFigures(r.boundaries);
  const ownTitle = r.meta.known.title ? r.meta.knownSame.title / r.meta.known.title : 1;
  const borrowed = META_FIELDS.reduce((n, k) => n + r.meta.borrowed[k], 0);
  const firstOwn = META_FIELDS.reduce((n, k) => n + r.firstMeta.knownSame[k], 0) / Math.max(1, META_FIELDS.reduce((n, k) => n + r.firstMeta.known[k], 0));
  measured[key] = {
    f1: +r.f1.toFixed(4), precision: +r.precision.toFixed(4), recall: +r.recall.toFixed(4), countExact: +countShare.toFixed(4), controls: controlShare,
    boundaryF1: +bf.f1.toFixed(4), ownTitle: +ownTitle.toFixed(4), borrowedMeta: borrowed, firstPageOwnMeta: +firstOwn.toFixed(4),
  };
  check(key, "f1", r.f1);
  check(key, "boundaryF1", bf.f1);
  check(key, "ownTitle", ownTitle);
  check(key, "firstPageOwnMeta", firstOwn);
  const maxBorrowed = floors[key]?.maxBorrowedMeta;
  if (maxBorrowed !== undefined && borrowed > maxBorrowed) {
    console.error(`  FAIL ${key} borrowedMeta ${borrowed} > ceiling ${maxBorrowed}`);
    failed = true;
  }
  check(key, "countExact", countShare);
  check(key, "controls", controlShare);
}
if (setArg === "all" || setArg === "single") {
  const single = singlePages();
  for (const [renderer, s] of Object.entries(single)) {
    console.log(`single pages, ${renderer.padEnd(9)}  one article ${s.oneArticle}/${s.pages}, F1 ${s.f1.toFixed(3)}`);
    measured[`single-${renderer}`] = { oneArticle: +(s.oneArticle / s.pages).toFixed(4), f1: +s.f1.toFixed(4) };
    check(`single-${renderer}`, "oneArticle", s.oneArticle / s.pages);
    check(`single-${renderer}`, "f1", s.f1);
  }
}
if (setArg === "all" || setArg === "single" || setArg === "web") {
  const web = singleWebPages();
  if (web === null) console.log("single web pages, text: metadata-dev not found, skipped");
  else {
    console.log(`single web pages, text: ${web.cut} of ${web.pages} cut, ${web.extra} extra articles`);
    measured["single-web-text"] = { cut: web.cut, extra: web.extra };
    for (const [name, value] of [["maxCut", web.cut], ["maxExtra", web.extra]] as const) {
      const ceiling = floors["single-web-text"]?.[name];
      if (ceiling !== undefined && value > ceiling) {
        console.error(`  FAIL single-web-text ${name.slice(3).toLowerCase()} ${value} > ceiling ${ceiling}`);
        failed = true;
      }
    }
  }
}
console.log(`files with articles sharing or overlapping a source range: ${rangeErrors.length}`);
if (rangeErrors.length > 0) {
  console.error(`  FAIL overlapping article ranges in ${rangeErrors.length} files`);
  failed = true;
}
const used = process.cpuUsage(c0);
console.log(`cpu ${((used.user + used.system) / 1e6).toFixed(1)} s`);

if (writeBaseline) {
  baseline.measured = measured;
  writeFileSync(baselinePath, JSON.stringify(baseline, null, 2) + "\n");
  console.log(`measured figures written to ${baselinePath} (floors unchanged)`);
}
process.exit(failed ? 1 : 0);
