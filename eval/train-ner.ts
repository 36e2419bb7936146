/**
 * Trains the entity tagger's model on ../shared/data/ner-dev (re3d dev half,
 * CrossNER politics train/dev/test, UNER English PUD and EWT, WikiGold, GUM
 * train and dev; GUM test stays out, the held-out check of eval:entities) and writes
 * stages/entities/data/model.json. Run: npx tsx eval/train-ner.ts
 * The weights are derived from CC BY-SA data: see stages/entities/data/README.md.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { trainable, trainingCopy } from "./train-config.ts";
import { loadCorpus, type CorpusName } from "./lib/ner.ts";
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
const kept = Object.keys(model.weights).length + (model.stage2 ? Object.keys(model.stage2.weights).length : 0);
console.log(
  `trained on ${raw.length} documents${STACK === "" ? "" : ", two stages"}, ${kept} features kept ` +
    `in ${((performance.now() - t0) / 1000).toFixed(1)} s; wrote ${out} (${(json.length / 1e6).toFixed(2)} MB)`,
);
