/**
 * Trains the entity tagger's model on ../shared/data/ner-dev (re3d dev half,
 * CrossNER politics train/dev/test, UNER English PUD and EWT, WikiGold, GUM
 * train and dev; GUM test stays out, the held-out check of eval:entities) and writes
 * stages/entities/data/model.json. Run: npx tsx eval/train-ner.ts
 * The weights are derived from CC BY-SA data: see stages/entities/data/README.md.
 */
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { trainable, trainingCopy } from "./train-config.ts";
import { loadCorpus, type CorpusName } from "./lib/ner.ts";
import { RETYPE, trainRetyper } from "./lib/retype-train.ts";
import { STACK, trainOneStage, trainTwoStages } from "./lib/stacking.ts";

export const TRAIN_CORPORA: CorpusName[] = [
  "re3d-dev", "crossner-train", "crossner-dev", "crossner-test", "uner-en-pud", "uner-ewt-dev", "uner-ewt-test",
  "wikigold", "gum-train", "gum-dev",
];

const raw = TRAIN_CORPORA.flatMap((c) => loadCorpus(c)).filter(trainable).map(trainingCopy);
const t0 = performance.now();
// With NER_STACK=model|rules (eval/lib/stacking.ts) a second stage is trained after the first.
const stage1 = trainOneStage(raw);
const model = STACK === "" ? stage1 : trainTwoStages(raw, stage1, STACK);
const out = join(dirname(fileURLToPath(import.meta.url)), "../stages/entities/data/model.json");
const json = JSON.stringify(model);
writeFileSync(out, json + "\n");
// The span-level type classifier (stages/entities/retype.ts), trained on jackknifed spans of the same
// documents, ships beside the model; with NER_RETYPE=off there is none.
const retypePath = join(dirname(out), "retype.json");
if (RETYPE === "off") rmSync(retypePath, { force: true });
else {
  const retype = trainRetyper(raw, RETYPE, (_, train) => trainOneStage(train));
  const rj = JSON.stringify(retype);
  writeFileSync(retypePath, rj + "\n");
  console.log(`retyper (${RETYPE}): ${Object.keys(retype.weights).length} features; wrote ${retypePath} (${(rj.length / 1e3).toFixed(0)} KB)`);
}
const kept = Object.keys(model.weights).length + (model.stage2 ? Object.keys(model.stage2.weights).length : 0);
console.log(
  `trained on ${raw.length} documents${STACK === "" ? "" : ", two stages"}, ${kept} features kept ` +
    `in ${((performance.now() - t0) / 1000).toFixed(1)} s; wrote ${out} (${(json.length / 1e6).toFixed(2)} MB)`,
);
