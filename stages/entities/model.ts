/**
 * The learned part of the tagger: a first-order linear-chain model over BIO
 * labels (averaged perceptron weights) decoded with Viterbi. This file only
 * loads and applies weights; training lives in eval/train-ner.ts.
 *
 * Model types: PER, ORG, PLACE (GPE and LOC together; the split is made
 * afterwards from gazetteers), NORP, and MISC (events, facilities, works:
 * learned so that their words are not mistaken for the other types, never
 * output).
 */

import type { WordFacts } from "./features.ts";
import { MODEL_TYPES, type ModelType } from "./model-types.ts";
import { loadRetyper, type RetypeJson, type Retyper, type RetypeWord } from "./retype.ts";

export { MODEL_TYPES, type ModelType };
/** Label 0 is O; then B-X and I-X for each type in MODEL_TYPES order. */
export const LABELS: readonly string[] = ["O", ...MODEL_TYPES.flatMap((t) => ["B-" + t, "I-" + t])];
export const NUM_LABELS = LABELS.length;

export const labelType = (l: number): ModelType | null => (l === 0 ? null : MODEL_TYPES[(l - 1) >> 1]);
export const isBegin = (l: number): boolean => l > 0 && (l - 1) % 2 === 0;
export const beginOf = (t: ModelType): number => 1 + 2 * MODEL_TYPES.indexOf(t);

/** Is the move prev → cur allowed in BIO (an I-X must follow B-X or I-X)? */
export function allowed(prev: number, cur: number): boolean {
  if (cur === 0 || isBegin(cur)) return true;
  return prev !== 0 && labelType(prev) === labelType(cur);
}

/** The JSON form shipped in data/model.json. */
export interface ModelJson {
  version: string;
  labels: string[];
  /** Integer weights are divided by `scale`. */
  scale: number;
  /** Transition weights, NUM_LABELS × NUM_LABELS row-major (prev, cur). */
  trans: number[];
  /** Weights of the first label of a sequence. */
  start: number[];
  /** feature → [labelIndex, weight, labelIndex, weight, ...] (sparse). */
  weights: Record<string, number[]>;
  /** Unsupervised word classes (eval/lib/clusters.ts): word → "coarse/fine" class ids. */
  classes?: Record<string, string>;
  /**
   * Two-stage tagging (stacking, off in the shipped model): this model is the first stage and
   * `stage2` the second, trained with the extra document features of features.ts stackFeatures
   * computed from the first stage's mentions, before (`stackFrom` "model") or after ("rules")
   * the post-decoding rules. Both stages share the vocabulary (trained on the same documents).
   */
  stage2?: ModelJson;
  stackFrom?: "model" | "rules";
  /**
   * "full" (default): the second stage is a whole model, features of both kinds. "residual": the
   * second stage holds only the document features' weights and transition corrections, added to
   * the first stage's scores (trained on the jackknife first stages' scores, eval/lib/stacking.ts).
   */
  stackMode?: "full" | "residual";
  /** The span-level type classifier (retype.ts) of a cross-validation fold model; the shipped one is data/retype.json. */
  retype?: RetypeJson;
}

/** A model ready to score: weights in one typed array, rows found by feature name. */
export interface LinearChainModel {
  rows: Map<string, number>;
  w: Float32Array;
  trans: Float32Array;
  start: Float32Array;
  /** The context templates' rows, compiled on first use (see templateTables). */
  tables?: TemplateTables;
  /** The words this model has read, kept across documents (emissions.ts). */
  words?: WordTable;
  /** The vocabulary: the words of the model's "w=" features, filled on first use (vocabularyOf). */
  vocabulary?: Set<string>;
  /** Word classes of the model (ModelJson.classes), as featureContext reads them. */
  classes?: Map<string, string>;
  /** Residual stacking: the first stage's transitions plus the second's, made on first use. */
  combined?: { trans: Float32Array; start: Float32Array };
  /** The second stage (ModelJson.stage2) and where its document features come from. */
  stage2?: LinearChainModel;
  stackFrom?: "model" | "rules";
  stackMode?: "full" | "residual";
  /** The span-level type classifier run after decoding (retype.ts), when there is one. */
  retype?: Retyper;
}

/**
 * A word as the tagger reads it with one model: what features.ts needs of it (WordFacts, its vocabulary
 * mapping the model's), its slot in the model's WordTable and the rows of its retyper features, filled by
 * retype.ts as spans come.
 */
export interface ModelWord extends WordFacts {
  retypeRows?: RetypeWord["retypeRows"];
}

/**
 * The words a model has read (emissions.ts), each in a slot of flat arrays that the token loops read:
 * filled on a word's first occurrence, kept across documents, emptied when they outgrow a bound.
 */
export interface WordTable {
  /** Slot of each word as written. */
  slots: Map<string, number>;
  /** Slots of short words by their characters (emissions.ts shortIndex; -1: not yet looked up). */
  short: Int32Array;
  /** By slot: the word's facts, its mapped word (lower case or the unknown word), its shape. */
  words: ModelWord[];
  mapped: string[];
  shapes: string[];
  /** Slots in use. */
  size: number;
  /** By slot: the id of its mapped word in the compiled template tables (-1: none). */
  id: Int32Array;
  /** By slot × NUM_LABELS: the summed weights of the word's own features (features.ts wordFeatures, its word classes). */
  own: Float32Array;
  /** By slot × the shape-valued templates: their rows for the word's shape (-1: none). */
  shapeRows: Int32Array;
  /** By slot: capitalised (128) and features.ts GIVEN, TITLE, ORG_HEAD bits. */
  bits: Uint8Array;
  /** By slot: the slot of the word in lower case, for a capitalised word that differs from it (-1: none). */
  lowerSlot: Int32Array;
  /** By slot: coarse × 65536 + fine word class (-1: none); null without a class table. */
  klass: Int32Array | null;
  /** By slot: the last document (stamp) that used the word in lower case, and capitalised mid-sentence. */
  lowerSeen: Int32Array;
  capMidSeen: Int32Array;
  /** The current document's stamp. */
  stamp: number;
}

/** The model's vocabulary words (its "w=" feature names without the prefix), kept on the model. */
export function vocabularyOf(model: LinearChainModel): Set<string> {
  if (model.vocabulary === undefined) {
    const v = new Set<string>();
    for (const name of model.rows.keys()) if (name.startsWith("w=")) v.add(name.slice(2));
    model.vocabulary = v;
  }
  return model.vocabulary;
}

/** A feature template as features.ts declares it. */
export interface TemplateSpec {
  prefix: string;
  kind: "flag" | "one" | "pair";
  /** The values are vocabulary words ("w=" features of the model) or `markers` (sentence edges, the unknown word). */
  words?: boolean;
  /** The values are word class ids (small integers, ModelJson.classes). */
  classes?: boolean;
}

/**
 * The rows of templated features, by template id, so that the tagger finds a
 * feature's row from its values without building its name. Word-valued
 * templates are indexed by word id (`wordId`): an array for one word, a
 * PairRows table by (first, second) word id for a pair, with `pairFirst` marking the
 * first words that begin any pair (most pairs are not in the model, and the
 * mark answers them without a lookup). Other values go through `one`.
 * A row of -1 (or none) means the model has no such feature.
 */
export interface TemplateTables {
  flag: Int32Array;
  one: (Map<string, number> | null)[];
  wordId: Map<string, number>;
  oneByWord: (Int32Array | null)[];
  pairByWords: (PairRows | null)[];
  pairFirst: (Uint8Array | null)[];
  /** Class-valued templates: row by class id (-1: none). */
  oneByClass: (Int32Array | null)[];
}

/**
 * Compile the tables from the model's feature names. A pair feature's name
 * is split at every "|" after its prefix (a word may itself be "|"), so the
 * tables answer for exactly the value pairs whose joined name has a row: the
 * same as looking the joined name up. A word-valued feature whose value is not
 * a vocabulary word can never fire (featureContext maps such words to the
 * unknown word) and is left out.
 */
export function compileTemplates(model: LinearChainModel, specs: readonly TemplateSpec[], markers: readonly string[] = []): TemplateTables {
  const wordId = new Map<string, number>();
  for (const name of model.rows.keys()) if (name.startsWith("w=")) wordId.set(name.slice(2), wordId.size);
  for (const m of markers) if (!wordId.has(m)) wordId.set(m, wordId.size);
  const V = wordId.size;
  const tables: TemplateTables = {
    flag: new Int32Array(specs.length).fill(-1),
    one: specs.map((s) => (s.kind === "one" && !s.words ? new Map() : null)),
    wordId,
    oneByWord: specs.map((s) => (s.kind === "one" && s.words ? new Int32Array(V).fill(-1) : null)),
    pairByWords: specs.map(() => null),
    pairFirst: specs.map((s) => (s.kind === "pair" ? new Uint8Array(V) : null)),
    oneByClass: specs.map(() => null),
  };
  // Class ids are small integers: the tables are as long as the largest id the model names.
  let maxClass = -1;
  if (model.classes) for (const v of model.classes.values()) for (const id of v.split("/")) maxClass = Math.max(maxClass, Number(id));
  specs.forEach((s, t) => {
    if (s.classes) tables.oneByClass[t] = new Int32Array(maxClass + 1).fill(-1);
  });
  specs.forEach((s, t) => {
    if (s.kind === "flag") tables.flag[t] = model.rows.get(s.prefix) ?? -1;
  });
  const valued = specs.map((s, t) => ({ ...s, t })).filter((s) => s.kind !== "flag");
  // Each pair template's entries: first word id, second word id, row.
  const pairs = specs.map((s) => (s.kind === "pair" ? ([] as number[]) : null));
  for (const [name, row] of model.rows) {
    for (const s of valued) {
      if (!name.startsWith(s.prefix)) continue;
      const rest = name.slice(s.prefix.length);
      if (s.kind === "one") {
        if (s.classes) {
          const k = Number(rest);
          if (/^\d+$/.test(rest) && k <= maxClass) tables.oneByClass[s.t]![k] = row;
        } else if (!s.words) tables.one[s.t]!.set(rest, row);
        else {
          const k = wordId.get(rest);
          if (k !== undefined) tables.oneByWord[s.t]![k] = row;
        }
        continue;
      }
      for (let k = rest.indexOf("|"); k >= 0; k = rest.indexOf("|", k + 1)) {
        const a = wordId.get(rest.slice(0, k));
        const b = wordId.get(rest.slice(k + 1));
        if (a === undefined || b === undefined) continue;
        pairs[s.t]!.push(a, b, row);
        tables.pairFirst[s.t]![a] = 1;
      }
    }
  }
  tables.pairByWords = pairs.map((e) => (e === null ? null : new PairRows(e)));
  return tables;
}

/**
 * The rows of word pairs (first, second word id), in an open-addressing table of typed arrays
 * (linear probing, at most half full): the same answers as a map keyed by the pair,
 * without the map's hashing and entries. A missing pair is -1.
 */
export class PairRows {
  /** Entry h at 3h: first word id (-1: empty), second word id, row; one entry in one cache line. */
  private readonly table: Int32Array;
  private readonly mask: number;
  /** 32 − log2 of the table's size: a hash keeps its high bits. */
  private readonly shift: number;
  /** `entries`: (first word id, second word id, row) triples, one per pair. */
  constructor(entries: readonly number[]) {
    const count = entries.length / 3;
    let bits = 3;
    while (1 << bits < count * 2) bits++;
    const size = 1 << bits;
    this.mask = size - 1;
    this.shift = 32 - bits;
    const table = (this.table = new Int32Array(size * 3));
    for (let h = 0; h < size; h++) table[3 * h] = -1;
    for (let k = 0; k < entries.length; k += 3) {
      const a = entries[k];
      const b = entries[k + 1];
      const row = entries[k + 2];
      let h = PairRows.hash(a, b) >>> this.shift;
      while (table[3 * h] !== -1) h = (h + 1) & this.mask;
      table[3 * h] = a;
      table[3 * h + 1] = b;
      table[3 * h + 2] = row;
    }
  }
  private static hash(a: number, b: number): number {
    return Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca77);
  }
  /** The row of the pair (a, b), or -1. */
  get(a: number, b: number): number {
    const { table, mask } = this;
    for (let h = PairRows.hash(a, b) >>> this.shift; ; h = (h + 1) & mask) {
      const f = table[3 * h];
      if (f === -1) return -1;
      if (f === a && table[3 * h + 1] === b) return table[3 * h + 2];
    }
  }
}

export function loadModel(json: ModelJson): LinearChainModel {
  if (json.labels.join(",") !== LABELS.join(",")) throw new Error("model labels do not match the tagger");
  const names = Object.keys(json.weights);
  const rows = new Map<string, number>();
  const w = new Float32Array(names.length * NUM_LABELS);
  names.forEach((name, r) => {
    rows.set(name, r);
    const sparse = json.weights[name];
    for (let k = 0; k < sparse.length; k += 2) w[r * NUM_LABELS + sparse[k]] = sparse[k + 1] / json.scale;
  });
  return {
    rows,
    w,
    trans: Float32Array.from(json.trans, (x) => x / json.scale),
    start: Float32Array.from(json.start, (x) => x / json.scale),
    classes: json.classes ? new Map(Object.entries(json.classes)) : undefined,
    stage2: json.stage2 ? loadModel(json.stage2) : undefined,
    stackFrom: json.stage2 ? (json.stackFrom ?? "model") : undefined,
    stackMode: json.stage2 ? (json.stackMode ?? "full") : undefined,
    retype: json.retype ? loadRetyper(json.retype) : undefined,
  };
}

/** Emission scores, n × NUM_LABELS, from the feature lists of a document. */
export function emissions(model: LinearChainModel, feats: string[][]): Float32Array {
  const L = NUM_LABELS;
  const e = new Float32Array(feats.length * L);
  const { rows, w } = model;
  for (let i = 0; i < feats.length; i++) {
    const base = i * L;
    for (const f of feats[i]) {
      const r = rows.get(f);
      if (r === undefined) continue;
      const o = r * L;
      for (let l = 0; l < L; l++) e[base + l] += w[o + l];
    }
  }
  return e;
}

/**
 * Best label sequence under BIO constraints (Viterbi). Scores in double precision; only the
 * previous token's scores are kept, and the back-pointers as bytes.
 */
export function viterbi(e: Float32Array, n: number, trans: Float32Array, start: Float32Array): Int32Array {
  const L = NUM_LABELS;
  const out = new Int32Array(n);
  if (n === 0) return out;
  let prev = new Float64Array(L);
  let cur = new Float64Array(L);
  const back = new Uint8Array(n * L);
  for (let l = 0; l < L; l++) prev[l] = allowed(0, l) ? start[l] + e[l] : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    // The allowed previous labels of c, in increasing order (ties go to the lowest): every label before O
    // and B-X (odd labels), B-X and I-X before I-X (checked against `allowed` below).
    for (let c = 0; c < L; c++) {
      let best = -Infinity;
      let arg = 0;
      if (c === 0 || (c & 1) === 1) {
        for (let p = 0; p < L; p++) {
          const s = prev[p] + trans[p * L + c];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      } else {
        const s1 = prev[c - 1] + trans[(c - 1) * L + c];
        if (s1 > best) {
          best = s1;
          arg = c - 1;
        }
        const s2 = prev[c] + trans[c * L + c];
        if (s2 > best) {
          best = s2;
          arg = c;
        }
      }
      cur[c] = best + e[base + c];
      back[base + c] = arg;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  let best = -Infinity;
  let arg = 0;
  for (let l = 0; l < L; l++) {
    if (prev[l] > best) {
      best = prev[l];
      arg = l;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
  return out;
}

// The label layout viterbi relies on: O and B-X (odd) follow any label, I-X only B-X (its label − 1) and I-X.
for (let c = 0; c < NUM_LABELS; c++) {
  for (let p = 0; p < NUM_LABELS; p++) {
    const expected = c === 0 || (c & 1) === 1 || p === c - 1 || p === c;
    if (allowed(p, c) !== expected) throw new Error("viterbi: the BIO label layout changed");
  }
}
