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
import { chunked, EPOCHS, PRUNE, SEED, trainable, trainingCopy, weighted } from "./train-config.ts";
import { wordClassesCached } from "./lib/clusters.ts";
import { exportModel, FeatureIndex, loadCorpus, prepareDoc, trainPerceptron, vocabulary, type CorpusName } from "./lib/ner.ts";

export const TRAIN_CORPORA: CorpusName[] = [
  "re3d-dev", "crossner-train", "crossner-dev", "crossner-test", "uner-en-pud", "uner-ewt-dev", "uner-ewt-test",
  "wikigold", "gum-train", "gum-dev",
];

const index = new FeatureIndex();
const raw = TRAIN_CORPORA.flatMap((c) => loadCorpus(c)).filter(trainable).map(trainingCopy);
const vocab = vocabulary(raw);
const t0 = performance.now();
const classes = wordClassesCached(raw.map((d) => d.text));
const docs = raw.map((d) => prepareDoc(d, index, vocab, classes));
const weights = trainPerceptron(weighted(chunked(docs)), index.names.length, EPOCHS, SEED);
const model = exportModel(weights, index.names, vocab, { classes, ...PRUNE });
const out = join(dirname(fileURLToPath(import.meta.url)), "../stages/entities/data/model.json");
const json = JSON.stringify(model);
writeFileSync(out, json + "\n");
console.log(
  `trained on ${docs.length} documents, ${index.names.length} features (${Object.keys(model.weights).length} kept) ` +
    `in ${((performance.now() - t0) / 1000).toFixed(1)} s; wrote ${out} (${(json.length / 1e6).toFixed(2)} MB)`,
);
