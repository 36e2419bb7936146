/**
 * Unsupervised word classes for the entity tagger (features.ts "k=" / "kc="
 * features): the exchange algorithm (Kneser & Ney 1993; Martin, Liermann &
 * Ney 1998), which puts words into classes so that a class bigram model
 * explains the text best, the flat cousin of Brown clusters. Words that occur
 * in the same contexts ("in X", "X said") share a class, so a name seen once in
 * training lends its evidence to the others of its class.
 *
 * The text is unlabelled: the training documents' own text (labels unused).
 * WordNet 3.0's glosses and examples (Debian's wordnet-base; permissive
 * licence) can be added for experiments with NER_CLUSTER_WORDNET=1: on
 * cross-validation they gave the same figures (mean of six views over two
 * shuffle seeds 80.54 against 80.47 without), so the shipped classes do without
 * them and training needs no system package. Deterministic: same text and
 * settings, same classes.
 *
 * NER_CLASSES=ext instead reads one fixed table built from text
 * outside the entity corpora (eval/build-word-classes.ts: WordNet's glosses),
 * the same for every fold, so no scored document shapes it; measured and not
 * shipped (stages/entities/README.md → "Model-side levers of issue 19q").
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tokenizeRecased } from "../../stages/entities/casing.ts";

export interface ClusterOptions {
  /** Number of classes. */
  classes: number;
  /** Words seen fewer times share one fixed "rare" class and are not output. */
  minCount?: number;
  /** Exchange passes at most (stops earlier when fewer than 0.2% of the words move). */
  passes?: number;
}

/**
 * Classes of the words of `sentences` (word → class, 0..classes-1), for words
 * seen at least minCount times.
 */
export function exchangeClusters(sentences: readonly (readonly string[])[], opts: ClusterOptions): Map<string, number> {
  const K = opts.classes;
  const minCount = opts.minCount ?? 2;
  const passes = opts.passes ?? 12;
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  // Most frequent first (ties by code point order): the initial classes go round-robin by rank.
  const vocab = [...counts].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w]) => w);
  const V = vocab.length;
  const idOf = new Map(vocab.map((w, k) => [w, k]));
  // Fixed classes: K = rare words, K + 1 = sentence edge.
  const RARE = V;
  const EDGE = V + 1;
  const C = K + 2;
  const cls = new Int32Array(V + 2);
  for (let k = 0; k < V; k++) cls[k] = k % K;
  cls[RARE] = K;
  cls[EDGE] = K + 1;
  // Word bigram counts, as successor and predecessor lists (CSR).
  const pairs = new Map<number, number>();
  const W = V + 2;
  for (const s of sentences) {
    let prev = EDGE;
    for (const w of s) {
      const cur = idOf.get(w) ?? RARE;
      const key = prev * W + cur;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
      prev = cur;
    }
    const key = prev * W + EDGE;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  const build = (first: (key: number) => number, second: (key: number) => number) => {
    const deg = new Int32Array(W + 1);
    for (const key of pairs.keys()) deg[first(key) + 1]++;
    for (let k = 0; k < W; k++) deg[k + 1] += deg[k];
    const to = new Int32Array(pairs.size);
    const n = new Float64Array(pairs.size);
    const fill = deg.slice();
    for (const [key, c] of pairs) {
      const a = first(key);
      to[fill[a]] = second(key);
      n[fill[a]++] = c;
    }
    return { deg, to, n };
  };
  const succ = build((k) => Math.floor(k / W), (k) => k % W);
  const pred = build((k) => k % W, (k) => Math.floor(k / W));
  // Class bigram counts N[c * C + d], and class totals as left (NL) and right (NR) element.
  const N = new Float64Array(C * C);
  const NL = new Float64Array(C);
  const NR = new Float64Array(C);
  for (const [key, c] of pairs) {
    const a = cls[Math.floor(key / W)];
    const b = cls[key % W];
    N[a * C + b] += c;
    NL[a] += c;
    NR[b] += c;
  }
  // Counts are whole numbers no larger than the number of bigrams: x log x from a table.
  let total = 0;
  for (const c of pairs.values()) total += c;
  const T = new Float64Array(total + 1);
  for (let x = 1; x <= total; x++) T[x] = x * Math.log(x);
  const rw = new Float64Array(C);
  const lw = new Float64Array(C);
  const rIdx = new Int32Array(C);
  const lIdx = new Int32Array(C);
  for (let pass = 0; pass < passes; pass++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      // The word's counts with each class, itself left out (its self-bigrams apart).
      let nr = 0;
      let nl = 0;
      let self = 0;
      let nR = 0;
      let nL = 0;
      for (let k = succ.deg[w]; k < succ.deg[w + 1]; k++) {
        const v = succ.to[k];
        const c = succ.n[k];
        nl += c;
        if (v === w) {
          self += c;
          continue;
        }
        const d = cls[v];
        if (rw[d] === 0) rIdx[nR++] = d;
        rw[d] += c;
      }
      for (let k = pred.deg[w]; k < pred.deg[w + 1]; k++) {
        const u = pred.to[k];
        const c = pred.n[k];
        nr += c;
        if (u === w) continue;
        const d = cls[u];
        if (lw[d] === 0) lIdx[nL++] = d;
        lw[d] += c;
      }
      // Take the word out of its class.
      const a = cls[w];
      for (let q = 0; q < nR; q++) N[a * C + rIdx[q]] -= rw[rIdx[q]];
      for (let q = 0; q < nL; q++) N[lIdx[q] * C + a] -= lw[lIdx[q]];
      N[a * C + a] -= self;
      NL[a] -= nl;
      NR[a] -= nr;
      // The class that gains most from taking it (the old one on ties: no move).
      let best = a;
      let bestGain = -Infinity;
      for (let b = 0; b < K; b++) {
        let g = 0;
        for (let q = 0; q < nR; q++) {
          const d = rIdx[q];
          if (d === b) continue;
          const x = N[b * C + d];
          g += T[x + rw[d]] - T[x];
        }
        for (let q = 0; q < nL; q++) {
          const c = lIdx[q];
          if (c === b) continue;
          const x = N[c * C + b];
          g += T[x + lw[c]] - T[x];
        }
        const xbb = N[b * C + b];
        g += T[xbb + rw[b] + lw[b] + self] - T[xbb];
        g -= T[NL[b] + nl] - T[NL[b]] + T[NR[b] + nr] - T[NR[b]];
        if (g > bestGain + 1e-9 || (b === a && g >= bestGain - 1e-9)) {
          bestGain = g;
          best = b;
        }
      }
      if (best !== a) moved++;
      cls[w] = best;
      for (let q = 0; q < nR; q++) N[best * C + rIdx[q]] += rw[rIdx[q]];
      for (let q = 0; q < nL; q++) N[lIdx[q] * C + best] += lw[lIdx[q]];
      N[best * C + best] += self;
      NL[best] += nl;
      NR[best] += nr;
      for (let q = 0; q < nR; q++) rw[rIdx[q]] = 0;
      for (let q = 0; q < nL; q++) lw[lIdx[q]] = 0;
    }
    if (moved < V * 0.002) break;
  }
  return new Map(vocab.map((w, k) => [w, cls[k]]));
}

/** Sentences (token lists) of a text as the tagger tokenizes it: one per line and sentence start. */
export function textSentences(text: string): string[][] {
  const tok = tokenizeRecased(text);
  const out: string[][] = [];
  let cur: string[] = [];
  for (let i = 0; i < tok.words.length; i++) {
    if (tok.sentenceStart[i] && cur.length > 0) {
      out.push(cur);
      cur = [];
    }
    cur.push(tok.words[i]);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

const WORDNET = "/usr/share/wordnet";
const useWordnet = () => process.env.NER_CLUSTER_WORDNET === "1";

/** WordNet 3.0's glosses and example sentences (Debian's wordnet-base), as sentences: only with NER_CLUSTER_WORDNET=1 (or `always`). */
export function wordnetSentences(always = false): string[][] {
  if (!always && !useWordnet()) return [];
  if (!existsSync(`${WORDNET}/data.noun`)) throw new Error("NER_CLUSTER_WORDNET=1 needs Debian's wordnet-base (/usr/share/wordnet)");
  const out: string[][] = [];
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    for (const line of readFileSync(`${WORDNET}/data.${pos}`, "latin1").split("\n")) {
      if (line.startsWith("  ") || line === "") continue; // licence header
      const bar = line.indexOf(" | ");
      if (bar < 0) continue;
      // "definition; \"example\"; \"example\"": each part a sentence.
      for (const part of line.slice(bar + 3).split(/;\s*/)) {
        const s = part.replace(/^"|"$/g, "").trim();
        if (s) out.push(...textSentences(s));
      }
    }
  }
  return out;
}

/** Word classes for a model: coarse and fine classes as "coarse/fine" strings. */
export function wordClasses(texts: readonly string[], coarse = 64, fine = 320): Record<string, string> {
  return wordClassesOf([...texts.flatMap(textSentences), ...wordnetSentences()], coarse, fine);
}

/** Word classes of tokenized sentences, as "coarse/fine" strings. */
export function wordClassesOf(sentences: readonly (readonly string[])[], coarse = 64, fine = 320): Record<string, string> {
  const c = exchangeClusters(sentences, { classes: coarse, minCount: 3 });
  const f = exchangeClusters(sentences, { classes: fine, minCount: 3 });
  const out: Record<string, string> = {};
  for (const [w, k] of c) out[w] = `${k}/${f.get(w)}`;
  return out;
}

/**
 * wordClasses() of these texts as a Map, kept in a cache folder (NER_CLASS_CACHE,
 * default /tmp/ner-classes-UID) under a hash of the texts and settings, since the
 * cross-validation's folds and repeated runs cluster the same texts. Off unless
 * NER_CLASSES=1 (an empty table): see "Word classes" in stages/entities/README.md
 * for why the shipped model has none.
 */
export function wordClassesCached(texts: readonly string[]): Map<string, string> {
  // NER_CLASSES=ext: the fixed table built from text outside the corpora (the same for every fold).
  if (process.env.NER_CLASSES === "ext") return experimentWordClasses();
  if (process.env.NER_CLASSES !== "1") return new Map();
  const coarse = Number(process.env.NER_CLASSES_COARSE ?? 64);
  const fine = Number(process.env.NER_CLASSES_FINE ?? 320);
  const wn = useWordnet();
  const h = createHash("sha256");
  h.update(`v1 ${coarse} ${fine} ${wn}\n`);
  for (const t of texts) h.update(t + "\u0000");
  const dir = process.env.NER_CLASS_CACHE ?? "/tmp/ner-classes-" + process.getuid?.();
  const path = `${dir}/${h.digest("hex").slice(0, 24)}.json`;
  if (existsSync(path)) return new Map(Object.entries(JSON.parse(readFileSync(path, "utf8")) as Record<string, string>));
  const classes = wordClasses(texts, coarse, fine);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, JSON.stringify(classes));
  return new Map(Object.entries(classes));
}

/** The licence notice of WordNet 3.0, kept in the experiment table derived from its glosses. */
export const WORD_CLASS_NOTICE =
  "Word classes (exchange clustering) of WordNet 3.0's glosses and examples. WordNet 3.0 Copyright 2006 by Princeton University. " +
  "All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, " +
  "EXPRESS OR IMPLIED. Permission to use, copy, modify and distribute this software and database and its documentation for any purpose " +
  "and without fee or royalty is hereby granted, provided that the copyright notice and these statements appear on all copies.";

/**
 * Sentences of the unlabelled text outside the entity corpora that the experiment class table (not shipped) is built from:
 * `wordnet` (WordNet's glosses) or `wordnet+news` (and extraction-dev's article bodies, MIT).
 */
export function externalClassSentences(which: string): string[][] {
  const out = wordnetSentences(true);
  if (which === "wordnet+news") {
    const gt = JSON.parse(readFileSync(new URL("../../../shared/data/extraction-dev/ground-truth.json", import.meta.url), "utf8")) as Record<string, { articleBody: string }>;
    for (const id of Object.keys(gt).sort()) out.push(...textSentences(gt[id].articleBody));
  } else if (which !== "wordnet") throw new Error(`NER_CLASS_TEXT must be "wordnet" or "wordnet+news", not ${which}`);
  return out;
}

/** The experiment table of word classes (not shipped) (stages/entities/data/word-classes.json), built by eval/build-word-classes.ts. */
export function experimentWordClasses(): Map<string, string> {
  // NER_CLASS_FILE: another table, for experiments.
  const path = process.env.NER_CLASS_FILE ?? new URL("../../stages/entities/data/word-classes.json", import.meta.url);
  if (!existsSync(path)) throw new Error("NER_CLASSES=ext needs the table: npx tsx eval/build-word-classes.ts (not shipped, see stages/entities/README.md)");
  return new Map(Object.entries((JSON.parse(readFileSync(path, "utf8")) as { classes: Record<string, string> }).classes));
}
