/**
 * Training of one tagging stage, and of the optional second stage (stacking; Krishnan & Manning
 * 2006, Ratinov & Roth 2009): the second stage is the same model class with document features
 * from the first stage's mentions elsewhere in the document (stages/entities/features.ts
 * stackFeatures). Its training documents need honest first-stage mentions, so they come from a
 * jackknife: the training documents are cut into STACK_FOLDS parts (document k in part
 * k mod STACK_FOLDS), and each part is tagged by a first stage trained on the other parts only
 * (vocabulary included). The first stage that ships is trained on all of them. Deterministic.
 *
 * Switches (experiments, read by eval/train-ner.ts and the cross-validation of eval:entities):
 * NER_STACK = "model" (document features from the first stage's decoded spans) or "rules"
 * (after the post-decoding rules); unset: one stage, as shipped. NER_STACK_FOLDS: jackknife parts (4).
 * NER_STACK_MODE = "full" (default: the second stage is a whole model, its own features and the
 * document features, trained on the documents) or "residual" (the second stage learns only the
 * document features' weights and transition corrections, on top of the jackknife first stages'
 * scores of each training document: the first stage is not retrained, and the weights learn how to
 * correct a first stage that did not see the document).
 */
import { stackFeatures } from "../../stages/entities/features.ts";
import { loadModel, type ModelJson } from "../../stages/entities/model.ts";
import { stageOneSpans } from "../../stages/entities/tagger.ts";
import { chunked, EPOCHS, PRUNE, SEED, weighted } from "../train-config.ts";
import { wordClassesCached } from "./clusters.ts";
import { exportModel, FeatureIndex, goldLabels, prepareDoc, trainPerceptron, vocabulary, type NerDoc, type TrainDoc } from "./ner.ts";

const STACK_ENV = process.env.NER_STACK ?? "";
if (STACK_ENV !== "" && STACK_ENV !== "model" && STACK_ENV !== "rules") throw new Error(`NER_STACK must be "model" or "rules", not ${STACK_ENV}`);
export const STACK: "" | "model" | "rules" = STACK_ENV;
export const STACK_FOLDS = Number(process.env.NER_STACK_FOLDS ?? 4);
const MODE_ENV = process.env.NER_STACK_MODE ?? "full";
if (MODE_ENV !== "full" && MODE_ENV !== "residual") throw new Error(`NER_STACK_MODE must be "full" or "residual", not ${MODE_ENV}`);
export const STACK_MODE: "full" | "residual" = MODE_ENV;

/** One stage trained on `docs` (vocabulary, word classes, features and weights from them only); `stack`: second-stage features by document. */
export function trainOneStage(docs: readonly NerDoc[], stack?: ReadonlyMap<NerDoc, string[][]>): ModelJson {
  const vocab = vocabulary([...docs]);
  const classes = wordClassesCached(docs.map((d) => d.text));
  const index = new FeatureIndex();
  const train = docs.map((d) => prepareDoc(d, index, vocab, classes, stack?.get(d)));
  return exportModel(trainPerceptron(weighted(chunked(train)), index.names.length, EPOCHS, SEED), index.names, vocab, { classes, ...PRUNE });
}

/**
 * The two-stage model: `stage1` (trained on all of `docs`) with a second stage trained on `docs` and
 * their jackknifed first-stage document features. `jackknife(part, train)` gives the first stage trained
 * on `train` (all parts but `part`): trainOneStage unless a caller caches it.
 */
export function trainTwoStages(
  docs: readonly NerDoc[],
  stage1: ModelJson,
  from: "model" | "rules",
  folds = STACK_FOLDS,
  jackknife: (part: number, train: NerDoc[]) => ModelJson = (_, train) => trainOneStage(train),
  mode: "full" | "residual" = STACK_MODE,
): ModelJson {
  const stack = new Map<NerDoc, string[][]>();
  // Residual mode: each document's features ids, gold labels and jackknife first-stage scores.
  const index = new FeatureIndex();
  const residual: TrainDoc[] = [];
  for (let part = 0; part < folds; part++) {
    const model = loadModel(jackknife(part, docs.filter((_, k) => k % folds !== part)));
    docs.forEach((d, k) => {
      if (k % folds !== part) return;
      const { tok, spans, e } = stageOneSpans(d.text, model, from === "rules");
      const extra = stackFeatures(tok, spans);
      if (mode === "full") stack.set(d, extra);
      else {
        const feats = extra.map((fs) => Int32Array.from(fs, (f) => index.id(f)));
        residual.push({ doc: d, feats, labels: goldLabels(d, tok), base: { e, trans: model.trans, start: model.start } });
      }
    });
  }
  if (mode === "full") return { ...stage1, stage2: trainOneStage(docs, stack), stackFrom: from };
  // In the documents' order (the jackknife visits them part by part), so the shuffle is the same for any part count.
  const order = new Map(docs.map((d, k) => [d, k]));
  residual.sort((a, b) => order.get(a.doc)! - order.get(b.doc)!);
  const tw = trainPerceptron(weighted(residual), index.names.length, EPOCHS, SEED);
  const stage2 = exportModel(tw, index.names, new Set(), PRUNE);
  return { ...stage1, stage2, stackFrom: from, stackMode: "residual" };
}
