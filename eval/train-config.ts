/** Training settings shared by eval/train-ner.ts and the cross-validation in eval/entities.ts. */
import { tokenizeRecased } from "../stages/entities/casing.ts";
import type { CorpusName, TrainDoc } from "./lib/ner.ts";

/** Passes over the training data (NER_EPOCHS overrides it, for experiments). */
export const EPOCHS = Number(process.env.NER_EPOCHS ?? 12);

/**
 * Pruning of the exported model: features seen fewer than MIN_COUNT times in training and
 * weights below MIN_WEIGHT are dropped (NER_MIN_COUNT / NER_MIN_WEIGHT override them, for experiments).
 */
export const PRUNE = {
  minCount: Number(process.env.NER_MIN_COUNT ?? 3),
  minWeight: Number(process.env.NER_MIN_WEIGHT ?? 0.05),
};

/** Shuffle seed of the perceptron's training order (NER_SEED overrides it, to measure the spread of a change). */
export const SEED = Number(process.env.NER_SEED ?? 7);

/**
 * How many times each document of a corpus is shown per epoch. re3d (news and
 * government statements) is closest to the pipeline's input, so it counts
 * three times; chosen on re3d-dev cross-validation (2: 85.2, 3: 86.4, 5: 85.7 F1).
 */
export const CORPUS_WEIGHT: Partial<Record<CorpusName, number>> = {
  "re3d-dev": 3,
  // For experiments: NER_WEIGHTS='{"crossner-train":2}' overrides entries.
  ...(JSON.parse(process.env.NER_WEIGHTS ?? "{}") as Partial<Record<CorpusName, number>>),
};

/**
 * Each document repeated by its corpus's weight. A fractional part is spread evenly over the
 * corpus in document order (weight 0.5: every second document once, the others not at all), so
 * the choice is deterministic and does not depend on the shuffle seed.
 */
export function weighted<T extends { doc: { corpus: CorpusName } }>(docs: T[]): T[] {
  const acc = new Map<CorpusName, number>();
  return docs.flatMap((d) => {
    const w = CORPUS_WEIGHT[d.doc.corpus] ?? 1;
    const whole = Math.floor(w);
    const a = (acc.get(d.doc.corpus) ?? 0) + (w - whole);
    const extra = a >= 1 - 1e-9 ? 1 : 0;
    acc.set(d.doc.corpus, a - extra);
    return new Array<T>(whole + extra).fill(d);
  });
}

/**
 * GUM genres used for training (all of them unless NER_GUM_GENRES lists some, for experiments).
 */
const GUM_GENRES = process.env.NER_GUM_GENRES ? new Set(process.env.NER_GUM_GENRES.split(",")) : null;
export function trainable(d: { corpus: CorpusName; genre?: string }): boolean {
  return GUM_GENRES === null || !d.corpus.startsWith("gum") || GUM_GENRES.has(d.genre ?? "");
}

/**
 * Experiment (NER_GUM_THE=1): GUM's names are NNP runs, so a capital "The" in the middle of a
 * sentence stays outside them ("at The Ohio State University"), where WikiGold, CrossNER and
 * UNER put it inside. This training-time copy moves such a "The " into the GUM name.
 */
const GUM_THE = process.env.NER_GUM_THE === "1";
export function trainingCopy<T extends { corpus: CorpusName; text: string; entities: { start: number; end: number; text: string; type: string }[] }>(d: T): T {
  if (!GUM_THE || !d.corpus.startsWith("gum")) return d;
  const cp = [...d.text];
  const entities = d.entities.map((e) => {
    if (e.start < 6 || cp.slice(e.start - 4, e.start).join("") !== "The ") return e;
    const before = cp.slice(Math.max(0, e.start - 8), e.start - 4).join("");
    if (/[.!?:\n"“]\s*$/.test(before) || /^\s*$/.test(before)) return e; // sentence or quote start: no evidence
    return { ...e, start: e.start - 4, text: "The " + e.text };
  });
  return { ...d, entities };
}

/**
 * Experiment (NER_CHUNK=n): the perceptron's update unit. 0 (default): one Viterbi pass and
 * one update per document. n > 0: documents are cut after a sentence-final ".", "!" or "?"
 * (never inside a name) once a piece has at least n tokens, so long documents give many small
 * updates and the average counts each piece. Features are still computed on the whole document.
 */
export const CHUNK = Number(process.env.NER_CHUNK ?? 0);
export function chunked(docs: TrainDoc[]): TrainDoc[] {
  if (CHUNK <= 0) return docs;
  const out: TrainDoc[] = [];
  for (const d of docs) {
    const words = tokenizeRecased(d.doc.text).words;
    const n = d.labels.length;
    let from = 0;
    for (let t = 0; t < n - 1; t++) {
      const next = d.labels[t + 1];
      const inside = next !== 0 && next % 2 === 0;
      if (t + 1 - from >= CHUNK && !inside && (words[t] === "." || words[t] === "!" || words[t] === "?")) {
        out.push({ doc: d.doc, feats: d.feats.slice(from, t + 1), labels: d.labels.slice(from, t + 1) });
        from = t + 1;
      }
    }
    if (from < n) out.push({ doc: d.doc, feats: d.feats.slice(from), labels: d.labels.slice(from) });
  }
  return out;
}
