/**
 * Shared code of the NER evaluation and training scripts: reading the dev
 * corpora in ../shared/data/ner-dev, turning gold spans into BIO token labels,
 * the averaged-perceptron trainer, model export, and the scoring convention of
 * the data README (exact span + type, micro P/R/F1).
 */
import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { documentFeatures } from "../../stages/entities/features.ts";
import { CALENDAR_SET, isTitle, NORP_WORDS } from "../../stages/entities/lexicon.ts";
import {
  allowed, beginOf, LABELS, NUM_LABELS, viterbi, type ModelJson, type ModelType,
} from "../../stages/entities/model.ts";
import { tokenize, type Tokens } from "../../stages/entities/tokens.ts";
import { tokenizeRecased } from "../../stages/entities/casing.ts";
import { prng, shuffleInPlace } from "../../bench/corpus.ts";
import { f1 } from "./f1.ts";

export const NER_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../../shared/data/ner-dev");

export interface GoldEntity {
  start: number;
  end: number;
  text: string;
  type: string;
}

export type CorpusName =
  | "re3d-dev"
  | "crossner-train"
  | "crossner-dev"
  | "crossner-test"
  | "uner-en-pud"
  | "uner-ewt-dev"
  | "uner-ewt-test"
  | "gum-train"
  | "gum-dev"
  | "gum-test"
  | "wikigold";

export interface NerDoc {
  id: string;
  corpus: CorpusName;
  text: string;
  entities: GoldEntity[];
  /** GUM's genre (news, interview, vlog...); undefined for the other corpora. */
  genre?: string;
}

const FILES: Record<CorpusName, string> = {
  "re3d-dev": "re3d/re3d-dev.jsonl",
  "crossner-train": "crossner-politics/crossner-politics-train.jsonl",
  "crossner-dev": "crossner-politics/crossner-politics-dev.jsonl",
  "crossner-test": "crossner-politics/crossner-politics-test.jsonl",
  "uner-en-pud": "uner-en-pud/uner-en-pud.jsonl",
  "uner-ewt-dev": "uner-en-ewt/uner-en-ewt-dev.jsonl",
  "uner-ewt-test": "uner-en-ewt/uner-en-ewt-test.jsonl",
  "gum-train": "gum/gum-train.jsonl",
  "gum-dev": "gum/gum-dev.jsonl",
  "gum-test": "gum/gum-test.jsonl",
  "wikigold": "wikigold/wikigold.jsonl",
};

export function loadCorpus(name: CorpusName): NerDoc[] {
  const path = join(NER_DIR, FILES[name]);
  if (!existsSync(path)) throw new Error(`missing ${path}: the NER dev data must sit in ../shared/data/ner-dev`);
  let docs = readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const d = JSON.parse(l) as { id: string; text: string; entities: GoldEntity[]; genre?: string };
      return {
        id: d.id, corpus: name, text: d.text, genre: d.genre,
        entities: d.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type })),
      };
    });
  if (name === "re3d-dev") {
    // Only the dev half of re3d may be used (see the data README).
    const split = JSON.parse(readFileSync(join(NER_DIR, "re3d/split.json"), "utf8")) as { dev: string[] };
    const dev = new Set(split.dev);
    docs = docs.filter((d) => dev.has(d.id));
  }
  return docs;
}

/** Gold type → model type, per corpus conventions (see the data README). */
function modelType(corpus: CorpusName, e: GoldEntity): ModelType {
  switch (e.type) {
    case "PERSON":
      return "PER";
    case "ORG":
      return "ORG";
    case "GPE":
    case "LOC":
      return "PLACE";
    case "NORP":
      return "NORP";
    case "MISC":
      // CrossNER's and WikiGold's misc hold nationalities; align them with re3d's NORP.
      return (corpus.startsWith("crossner") || corpus === "wikigold") && NORP_WORDS.has(e.text) ? "NORP" : "MISC";
    default:
      return "MISC";
  }
}

/** A document ready for training: feature ids per token and gold label ids. */
export interface TrainDoc {
  doc: NerDoc;
  feats: Int32Array[];
  labels: Int32Array;
  /** Fixed scores added to the learned ones (residual stacking): emissions n × NUM_LABELS, transitions, start. */
  base?: { e: Float32Array; trans: Float32Array; start: Float32Array };
}

export class FeatureIndex {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  readonly counts: number[] = [];
  id(name: string): number {
    let k = this.ids.get(name);
    if (k === undefined) {
      k = this.names.length;
      this.ids.set(name, k);
      this.names.push(name);
      this.counts.push(0);
    }
    return k;
  }
}

/** Lower-cased words seen at least `min` times: the model's vocabulary. */
export function vocabulary(docs: NerDoc[], min = 2): Set<string> {
  const counts = new Map<string, number>();
  for (const d of docs) for (const w of tokenizeRecased(d.text).words) {
    const lw = w.toLowerCase();
    counts.set(lw, (counts.get(lw) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, c]) => c >= min).map(([w]) => w));
}

/** `stack`: a second stage's document features of each token (features.ts stackFeatures), when training one. */
export function prepareDoc(doc: NerDoc, index: FeatureIndex, vocab: ReadonlySet<string>, classes?: ReadonlyMap<string, string>, stack?: readonly string[][]): TrainDoc {
  const tok = tokenizeRecased(doc.text);
  const labels = goldLabels(doc, tok);
  const feats = documentFeatures(tok, (lw) => vocab.has(lw), classes, stack).map((fs) => Int32Array.from(fs, (f) => index.id(f)));
  return { doc, feats, labels };
}

/** The gold BIO label of each token (tokens as tokenizeRecased reads the text). */
export function goldLabels(doc: NerDoc, tok: Tokens): Int32Array {
  const n = tok.words.length;
  const labels = new Int32Array(n);
  for (const e of doc.entities) {
    const b = beginOf(modelType(doc.corpus, e));
    let first = true;
    for (let t = 0; t < n; t++) {
      if (tok.starts[t] >= e.start && tok.ends[t] <= e.end) {
        labels[t] = first ? b : b + 1;
        first = false;
      }
    }
  }
  // Corpora without a NORP label leave nationalities untagged; mark the
  // listed ones so all corpora teach the same thing.
  if (!doc.corpus.startsWith("re3d")) {
    for (let t = 0; t < n; t++) {
      if (labels[t] === 0 && NORP_WORDS.has(tok.words[t])) labels[t] = beginOf("NORP");
    }
  }
  if (doc.corpus.startsWith("uner")) markUnlabelledNames(tok, labels);
  return labels;
}

/**
 * UNER labels only PER, ORG and LOC: works, events, products and periods are
 * left unlabelled, although other corpora label them MISC. A capitalised run
 * away from a sentence start that UNER left unlabelled is taught as MISC
 * (never output), so the model does not learn that such names are plain words.
 * Left alone: acronyms (often organisations UNER missed), titles, months, and
 * lines in title case. Chosen on cross-validation (uner-en-pud +0.3 to +0.7 F1,
 * re3d-dev +0.6).
 */
function markUnlabelledNames(tok: ReturnType<typeof tokenize>, labels: Int32Array): void {
  const { text, words, starts } = tok;
  const n = words.length;
  const capital = (k: number) =>
    /^\p{Lu}/u.test(words[k]) && !CALENDAR_SET.has(words[k]) && !isTitle(words[k]) && words[k] !== "I" &&
    !/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(words[k]);
  // Lines in title case (headlines, titles) say nothing: capitals there are not names.
  const titleCaseLine = new Map<number, boolean>();
  const inTitleCaseLine = (k: number): boolean => {
    const ls = text.lastIndexOf("\n", starts[k]) + 1;
    let v = titleCaseLine.get(ls);
    if (v === undefined) {
      let end = text.indexOf("\n", ls);
      if (end < 0) end = text.length;
      const long = text.slice(ls, end).match(/\p{L}{4,}/gu) ?? [];
      v = long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.5;
      titleCaseLine.set(ls, v);
    }
    return v;
  };
  for (let i = 0; i < n; ) {
    if (labels[i] !== 0 || !capital(i) || tok.sentenceStart[i] || NORP_WORDS.has(words[i]) || inTitleCaseLine(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && labels[j] === 0 && capital(j)) j++;
    const m = beginOf("MISC");
    labels[i] = m;
    for (let k = i + 1; k < j; k++) labels[k] = m + 1;
    i = j;
  }
}

/** Deterministic PRNG (mulberry32, shared with the benchmark's corpus builder) for shuffling training order. */
const rng = prng;

export interface TrainedWeights {
  w: Float64Array;
  trans: Float64Array;
  start: Float64Array;
  /** Per-feature occurrence count in the training documents. */
  counts: Int32Array;
}

/**
 * Cost-augmented decoding in training (experiments; 0 = the plain perceptron): while training,
 * Viterbi adds NER_MARGIN to the score of every label but the gold one (Hamming cost), and
 * NER_ORG_COST more to every label but the gold one on tokens of a gold ORG, so an update happens
 * until the gold path wins by that margin (a margin perceptron; the ORG cost weighs the type the
 * model misses most).
 */
export const COSTS = { margin: Number(process.env.NER_MARGIN ?? 0), orgCost: Number(process.env.NER_ORG_COST ?? 0) };

/** Averaged structured perceptron over BIO labels with Viterbi decoding (cost-augmented with `costs`, see COSTS). */
export function trainPerceptron(docs: TrainDoc[], nFeat: number, epochs = 8, seed = 7, costs = COSTS): TrainedWeights {
  const MARGIN = costs.margin;
  const ORG_COST = costs.orgCost;
  const L = NUM_LABELS;
  const w = new Float64Array(nFeat * L);
  const u = new Float64Array(nFeat * L);
  const tr = new Float64Array(L * L);
  const tu = new Float64Array(L * L);
  const st = new Float64Array(L);
  const su = new Float64Array(L);
  const counts = new Int32Array(nFeat);
  for (const d of docs) for (const fs of d.feats) for (const f of fs) counts[f]++;
  const rand = rng(seed);
  const order = docs.map((_, k) => k);
  let c = 1;
  const tr32 = new Float32Array(L * L);
  const st32 = new Float32Array(L);
  for (let ep = 0; ep < epochs; ep++) {
    shuffleInPlace(order, rand);
    for (const di of order) {
      const { feats, labels, base } = docs[di];
      const n = labels.length;
      if (n === 0) continue;
      const e = base ? Float32Array.from(base.e) : new Float32Array(n * L);
      for (let i = 0; i < n; i++) {
        for (const f of feats[i]) {
          const o = f * L;
          for (let l = 0; l < L; l++) e[i * L + l] += w[o + l];
        }
      }
      if (MARGIN > 0 || ORG_COST > 0) {
        const bOrg = beginOf("ORG");
        for (let i = 0; i < n; i++) {
          const g = labels[i];
          const cost = MARGIN + (g === bOrg || g === bOrg + 1 ? ORG_COST : 0);
          if (cost === 0) continue;
          for (let l = 0; l < L; l++) if (l !== g) e[i * L + l] += cost;
        }
      }
      for (let x = 0; x < L * L; x++) tr32[x] = tr[x] + (base ? base.trans[x] : 0);
      for (let x = 0; x < L; x++) st32[x] = st[x] + (base ? base.start[x] : 0);
      const pred = viterbi(e, n, tr32, st32);
      for (let i = 0; i < n; i++) {
        const g = labels[i];
        const p = pred[i];
        if (g !== p) {
          for (const f of feats[i]) {
            w[f * L + g] += 1;
            u[f * L + g] += c;
            w[f * L + p] -= 1;
            u[f * L + p] -= c;
          }
        }
        if (i === 0) {
          if (g !== p) {
            st[g] += 1;
            su[g] += c;
            st[p] -= 1;
            su[p] -= c;
          }
        } else {
          const gp = labels[i - 1] * L + g;
          const pp = pred[i - 1] * L + p;
          if (gp !== pp) {
            tr[gp] += 1;
            tu[gp] += c;
            tr[pp] -= 1;
            tu[pp] -= c;
          }
        }
      }
      c++;
    }
  }
  const avg = (a: Float64Array, b: Float64Array) => a.map((x, k) => x - b[k] / c);
  return { w: avg(w, u), trans: avg(tr, tu), start: avg(st, su), counts };
}

/** Export weights to the shipped JSON form, pruning rare features and tiny weights. */
export function exportModel(
  tw: TrainedWeights,
  names: string[],
  vocab: ReadonlySet<string>,
  opts: { minCount?: number; minWeight?: number; classes?: ReadonlyMap<string, string> } = {},
): ModelJson {
  const L = NUM_LABELS;
  const scale = 100;
  const minCount = opts.minCount ?? 3;
  const minWeight = opts.minWeight ?? 0.05;
  const weights: Record<string, number[]> = {};
  for (let f = 0; f < names.length; f++) {
    if (f >= tw.counts.length || tw.counts[f] < minCount) continue;
    const row: number[] = [];
    for (let l = 0; l < L; l++) {
      const v = tw.w[f * L + l];
      if (Math.abs(v) >= minWeight) row.push(l, Math.round(v * scale));
    }
    if (row.length > 0) weights[names[f]] = row;
  }
  // Every vocabulary word keeps a (possibly empty) row: the tagger reads the
  // vocabulary from the "w=" rows to map other words to the unknown word.
  for (const w of vocab) if (!(("w=" + w) in weights)) weights["w=" + w] = [];
  const trans = Array.from(tw.trans, (v, k) => (allowed(Math.floor(k / L), k % L) ? Math.round(v * scale) : 0));
  const out: ModelJson = { version: "1", labels: [...LABELS], scale, trans, start: Array.from(tw.start, (v) => Math.round(v * scale)), weights };
  if (opts.classes && opts.classes.size > 0) out.classes = Object.fromEntries(opts.classes);
  return out;
}

// ---------------------------------------------------------------- scoring

export interface Predicted {
  start: number;
  end: number;
  type: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  overall: Counts;
  perType: Map<string, Counts>;
}

export const newScore = (): Score => ({ overall: { tp: 0, fp: 0, fn: 0 }, perType: new Map() });

/**
 * Add one document to a score, following the README convention: types are
 * mapped by `mapType` (e.g. GPE/LOC → PLACE); predictions of types the corpus
 * lacks are dropped; a prediction inside a gold span of an unscored type is
 * ignored; unscored gold (FAC, EVENT, MISC...) is not counted.
 */
export function scoreDoc(score: Score, gold: GoldEntity[], pred: Predicted[], scored: ReadonlySet<string>, mapType: (t: string) => string): void {
  const g = gold.map((e) => ({ ...e, type: mapType(e.type) }));
  const unscored = g.filter((e) => !scored.has(e.type));
  const goldKeys = new Set(g.filter((e) => scored.has(e.type)).map((e) => `${e.start}:${e.end}:${e.type}`));
  const predKeys = new Set<string>();
  for (const p0 of pred) {
    const type = mapType(p0.type);
    if (!scored.has(type)) continue;
    if (unscored.some((u) => u.start <= p0.start && p0.end <= u.end)) continue;
    predKeys.add(`${p0.start}:${p0.end}:${type}`);
  }
  const bump = (type: string, k: keyof Counts) => {
    score.overall[k]++;
    let c = score.perType.get(type);
    if (!c) score.perType.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    c[k]++;
  };
  for (const k of predKeys) bump(k.split(":")[2], goldKeys.has(k) ? "tp" : "fp");
  for (const k of goldKeys) if (!predKeys.has(k)) bump(k.split(":")[2], "fn");
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: f1(p, r) };
}
