/**
 * npm run eval:entities — exact-match (span + type) micro P/R/F1 of the entity
 * tagger on the NER dev sets in ../shared/data/ner-dev (set-up in
 * eval/lib/ner-cv.ts): 5-fold cross-validation by document over re3d-dev,
 * uner-en-pud, crossner-politics test and WikiGold (fold k is tagged by a model
 * trained on every other fold plus CrossNER train/dev, UNER EWT and GUM train),
 * and GUM dev and GUM test, never trained on (GUM test is the held-out check).
 * No scored document is ever seen in training of its own model.
 * Also measures words per second of tagEntities() with the shipped model.
 * `--compromise` adds the compromise baseline's F1 per view (slow: about a minute).
 * `--cache` reuses fold models from /tmp when only decoding rules changed.
 * `--halves` adds F1 per view on the documents of even and of odd index (eval/lib/ner-cv.ts docHalves).
 * Exits 1 when a figure drops below the floors in eval/baselines/entities.json.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { tagEntities, tagEntitiesWith } from "../stages/entities/tagger.ts";
import { compromiseEntities } from "./lib/compromise-ner.ts";
import { EVAL_OPTIONS, readArgs } from "./lib/args.ts";
import { checkFloors } from "./lib/floors.ts";
import { newScore, prf, scoreDoc, type Predicted, type Score } from "./lib/ner.ts";
import { docHalves, FOLDS, foldModels, inView, loadCv, VIEWS } from "./lib/ner-cv.ts";

const { values: args } = readArgs("npm run eval:entities --", { usage: "[--cache] [--halves] [--compromise] [--json]", options: { ...EVAL_OPTIONS, cache: { type: "boolean" }, halves: { type: "boolean" }, compromise: { type: "boolean" } } });

const withCompromise = args.compromise === true;
const { scored: scoredDocs, trainOnly } = loadCv();
const models = foldModels(scoredDocs, trainOnly, args.cache === true);

const scores = new Map<string, Score>(VIEWS.map((v) => [v.name, newScore()]));
const baseline = new Map<string, Score>(VIEWS.map((v) => [v.name, newScore()]));
const halves = docHalves(scoredDocs);
const byHalf = new Map<string, Score>(VIEWS.flatMap((v) => ["even", "odd"].map((h) => [`${v.name} ${h}`, newScore()] as [string, Score])));
for (const { d, fold } of scoredDocs) {
  const pred = tagEntitiesWith(d.text, models[fold]);
  const base: Predicted[] = withCompromise ? compromiseEntities(d.text) : [];
  for (const v of VIEWS) {
    if (!inView(v, d)) continue;
    scoreDoc(scores.get(v.name)!, d.entities, pred, v.types, v.map);
    scoreDoc(byHalf.get(`${v.name} ${halves.get(d)}`)!, d.entities, pred, v.types, v.map);
    if (withCompromise) scoreDoc(baseline.get(v.name)!, d.entities, base, v.types, v.map);
  }
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const figures: Record<string, number> = {};
console.log(`entity tagger, ${FOLDS}-fold cross-validation by document; GUM dev/test never trained on (exact span + type, micro)`);
console.log(`view                      P     R    F1   per-type F1${withCompromise ? "   | compromise F1 (per type)" : ""}`);
for (const v of VIEWS) {
  const s = scores.get(v.name)!;
  const o = prf(s.overall);
  figures[`${v.name}.f1`] = o.f1;
  const per = [...s.perType.keys()].sort().map((t) => {
    const f = prf(s.perType.get(t)!).f1;
    figures[`${v.name}.${t}.f1`] = f;
    return `${t} ${pct(f).trim()}`;
  });
  let cmp = "";
  if (withCompromise) {
    const b = baseline.get(v.name)!;
    const bper = [...b.perType.keys()].sort().map((t) => `${t} ${pct(prf(b.perType.get(t)!).f1).trim()}`);
    cmp = `   | ${pct(prf(b.overall).f1).trim()} (${bper.join(", ")})`;
  }
  console.log(`${v.name.padEnd(24)} ${pct(o.p)} ${pct(o.r)} ${pct(o.f1)}   ${per.join(", ")}${cmp}`);
}
if (args.halves) {
  console.log("F1 by half (documents of even / odd index within their corpus):");
  for (const v of VIEWS) {
    const f = (h: string) => {
      const s = byHalf.get(`${v.name} ${h}`)!;
      const per = [...s.perType.keys()].sort().map((t) => `${t} ${pct(prf(s.perType.get(t)!).f1).trim()}`);
      return `${pct(prf(s.overall).f1)} (${per.join(", ")})`;
    };
    console.log(`${v.name.padEnd(24)} even ${f("even")}   odd ${f("odd")}`);
  }
}

// Throughput of the shipped model on one core (the folded sets, as before GUM was added).
const texts = scoredDocs.filter((x) => x.d.corpus !== "wikigold" && !x.d.corpus.startsWith("gum")).map((x) => x.d.text);
const words = texts.reduce((a, t) => a + t.split(/\s+/).filter(Boolean).length, 0);
for (const t of texts) tagEntities(t); // warm-up: model load and JIT
// CPU time of this process (user + system) rather than wall-clock time, so a
// busy shared machine does not make the figure drop: words per CPU-second on one core.
let best = 0;
let bestWall = 0;
for (let rep = 0; rep < 3; rep++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const t of texts) tagEntities(t);
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  best = Math.max(best, words / ((c.user + c.system) / 1e6));
  bestWall = Math.max(bestWall, words / wall);
}
figures.wordsPerSecond = best;
console.log(
  `throughput: ${Math.round(best).toLocaleString("en")} words per CPU-second ` +
    `(${Math.round(bestWall).toLocaleString("en")} words/s wall-clock; tagEntities, shipped model, ${words} words, best of 3)`,
);

checkFloors(figures, join(dirname(fileURLToPath(import.meta.url)), "baselines/entities.json"), args.json);
