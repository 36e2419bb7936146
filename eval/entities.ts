/**
 * npm run eval:entities — exact-match (span + type) micro P/R/F1 of the entity
 * tagger on the NER dev sets in ../shared/data/ner-dev, with 5-fold
 * cross-validation by document: fold k of re3d-dev, uner-en-pud and
 * crossner-politics test is tagged by a model trained on every other document
 * (the other folds of those three sets, plus CrossNER train/dev and UNER EWT
 * dev/test). No scored document is ever seen in training of its own model.
 * Also measures words per second of tagEntities() with the shipped model.
 * Exits 1 when a figure drops below the floors in eval/baselines/entities.json.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadModel } from "../stages/entities/model.ts";
import { tagEntities, tagEntitiesWith } from "../stages/entities/tagger.ts";
import {
  exportModel, FeatureIndex, loadCorpus, newScore, prepareDoc, prf, scoreDoc, trainPerceptron,
  vocabulary, type CorpusName, type Score,
} from "./lib/ner.ts";
import { EPOCHS, weighted } from "./train-config.ts";

const FOLDS = 5;
const SCORED: CorpusName[] = ["re3d-dev", "uner-en-pud", "crossner-test"];
const EXTRA: CorpusName[] = ["crossner-train", "crossner-dev", "uner-ewt-dev", "uner-ewt-test"];

interface View {
  name: string;
  corpus: CorpusName;
  types: Set<string>;
  map: (t: string) => string;
}
const id = (t: string) => t;
const place = (t: string) => (t === "GPE" || t === "LOC" ? "PLACE" : t);
const VIEWS: View[] = [
  { name: "re3d-dev", corpus: "re3d-dev", types: new Set(["PERSON", "ORG", "GPE", "LOC", "NORP"]), map: id },
  { name: "re3d-dev/place", corpus: "re3d-dev", types: new Set(["PERSON", "ORG", "PLACE", "NORP"]), map: place },
  { name: "crossner-politics-test", corpus: "crossner-test", types: new Set(["PERSON", "ORG", "PLACE"]), map: place },
  { name: "uner-en-pud", corpus: "uner-en-pud", types: new Set(["PERSON", "ORG", "PLACE"]), map: place },
];

const scoredDocs = SCORED.flatMap((c) => loadCorpus(c).map((d, k) => ({ d, fold: k % FOLDS })));
const extraDocs = EXTRA.flatMap((c) => loadCorpus(c));

const scores = new Map<string, Score>(VIEWS.map((v) => [v.name, newScore()]));
for (let fold = 0; fold < FOLDS; fold++) {
  const trainRaw = [...scoredDocs.filter((x) => x.fold !== fold).map((x) => x.d), ...extraDocs];
  // Vocabulary, features and weights come from the training documents only.
  const vocab = vocabulary(trainRaw);
  const index = new FeatureIndex();
  const train = trainRaw.map((d) => prepareDoc(d, index, vocab));
  const model = loadModel(exportModel(trainPerceptron(weighted(train), index.names.length, EPOCHS), index.names, vocab));
  for (const { d } of scoredDocs.filter((x) => x.fold === fold)) {
    const pred = tagEntitiesWith(d.text, model);
    for (const v of VIEWS) if (v.corpus === d.corpus) scoreDoc(scores.get(v.name)!, d.entities, pred, v.types, v.map);
  }
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const figures: Record<string, number> = {};
console.log(`entity tagger, ${FOLDS}-fold cross-validation by document (exact span + type, micro)`);
console.log("view                      P     R    F1   per-type F1");
for (const v of VIEWS) {
  const s = scores.get(v.name)!;
  const o = prf(s.overall);
  figures[`${v.name}.f1`] = o.f1;
  const per = [...s.perType.keys()].sort().map((t) => {
    const f = prf(s.perType.get(t)!).f1;
    figures[`${v.name}.${t}.f1`] = f;
    return `${t} ${pct(f).trim()}`;
  });
  console.log(`${v.name.padEnd(24)} ${pct(o.p)} ${pct(o.r)} ${pct(o.f1)}   ${per.join(", ")}`);
}

// Throughput of the shipped model on one core.
const texts = scoredDocs.map((x) => x.d.text);
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

const baselinePath = join(dirname(fileURLToPath(import.meta.url)), "baselines/entities.json");
const floors = JSON.parse(readFileSync(baselinePath, "utf8")) as { floors: Record<string, number> };
let failed = false;
for (const [k, floor] of Object.entries(floors.floors)) {
  const v = figures[k];
  if (v === undefined || v < floor) {
    console.log(`BELOW FLOOR: ${k} = ${v === undefined ? "missing" : v.toFixed(4)} < ${floor}`);
    failed = true;
  }
}
if (process.argv.includes("--json")) console.log(JSON.stringify(figures, null, 1));
if (failed) process.exit(1);
console.log("all figures at or above their floors");
