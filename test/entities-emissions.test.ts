import { describe, expect, it } from "vitest";
import { documentEmissions, modelContext } from "../stages/entities/emissions.ts";
import { documentFeatures, featureContext, LOWER_DOC } from "../stages/entities/features.ts";
import { allowed, emissions, LABELS, loadModel, NUM_LABELS, PairRows, viterbi, type ModelJson } from "../stages/entities/model.ts";
import { tokenize, TOKEN_SOURCE } from "../stages/entities/tokens.ts";
import { isJsSpace } from "../stages/common/whitespace.ts";

// Invented texts. Document cues change from one to the next: "officials" in lower case only in the
// first, "Venn" capitalised mid-sentence in some only, a word whose lower case comes in a later text.
const TEXTS = [
  "Officials said the officials met. Later Venn left for Zorvia.",
  "Officials in Zorvia met Ola Venn. Venn spoke at the Harbour Board.",
  'Harbour workers said "Quiet Harbour" was sung. The harbour is closed.',
  "ÉLAN and élan; Élan met Ms. Berg in Östervik. Berg said | x || y.",
  "Venn and Berg\nOfficials met the UN envoy (UNE).",
];

/** A model with a weight for every feature the texts fire (a few words left out of its vocabulary). */
function modelOfTexts(): ReturnType<typeof loadModel> {
  const names = [...new Set(TEXTS.flatMap((t) => documentFeatures(tokenize(t)).flat()))].filter((f) => f !== "w=officials" && f !== "w=berg");
  const weights: Record<string, number[]> = {};
  names.forEach((n, k) => (weights[n] = [k % NUM_LABELS, (k + 1) * 7, (k * 3) % NUM_LABELS, -(k + 2) * 5]));
  const json: ModelJson = { version: "t", labels: [...LABELS], scale: 10, trans: new Array(NUM_LABELS ** 2).fill(0), start: new Array(NUM_LABELS).fill(0), weights };
  return loadModel(json);
}

describe("the tagger's kept words (emissions.ts)", () => {
  it("give the feature context and scores of featureContext, document after document", () => {
    const model = modelOfTexts();
    const isKnown = (lw: string) => model.rows.has("w=" + lw);
    // Each text more than once and in another order, so that words and document marks kept from one text meet the next.
    for (const text of [...TEXTS, ...[...TEXTS].reverse(), TEXTS[1], TEXTS[0]]) {
      const tok = tokenize(text);
      const { c, slots } = modelContext(model, tok);
      const ref = featureContext(tok, isKnown);
      expect([...c.flags]).toEqual([...ref.flags]);
      expect(c.lower).toEqual(ref.lower);
      expect(c.shapes).toEqual(ref.shapes);
      expect(c.cap).toEqual(ref.cap);
      expect(c.runPos).toEqual(ref.runPos);
      const fast = documentEmissions(model, c, slots);
      expect([...fast]).toEqual([...documentEmissions(model, ref)]);
      const byName = emissions(model, documentFeatures(tok, isKnown));
      for (let k = 0; k < byName.length; k++) expect(fast[k]).toBeCloseTo(byName[k], 4);
    }
  });

  it("score word classes and a caller's own word mapping as the feature names do", () => {
    // Invented classes ("coarse/fine"), the word as written or in lower case.
    const classes = { officials: "3/70", venn: "1/12", Zorvia: "2/40", harbour: "3/71", berg: "1/13" };
    const all = () => true;
    const names = [...new Set(TEXTS.flatMap((t) => documentFeatures(tokenize(t), all, new Map(Object.entries(classes))).flat()))].filter((f) => f !== "w=venn");
    expect(names).toContain("k=3");
    const weights: Record<string, number[]> = {};
    names.forEach((n, k) => (weights[n] = [k % NUM_LABELS, (k + 3) * 5, (k * 7) % NUM_LABELS, -(k + 1) * 3]));
    const model = loadModel({ version: "t", labels: [...LABELS], scale: 10, trans: new Array(NUM_LABELS ** 2).fill(0), start: new Array(NUM_LABELS).fill(0), weights, classes });
    const isKnown = (lw: string) => model.rows.has("w=" + lw);
    for (const text of [...TEXTS, ...[...TEXTS].reverse()]) {
      const tok = tokenize(text);
      const { c, slots } = modelContext(model, tok);
      const own = emissions(model, documentFeatures(tok, isKnown, model.classes));
      const fast = documentEmissions(model, c, slots);
      for (let k = 0; k < own.length; k++) expect(fast[k]).toBeCloseTo(own[k], 4);
      // A caller's context that maps "harbour" to the unknown word (the model knows it): its own mapping is scored.
      const fewer = (lw: string) => lw !== "harbour" && isKnown(lw);
      const mapped = documentEmissions(model, featureContext(tok, fewer, model.classes));
      const byName = emissions(model, documentFeatures(tok, fewer, model.classes));
      for (let k = 0; k < byName.length; k++) expect(mapped[k]).toBeCloseTo(byName[k], 4);
    }
  });

  it("mark a capitalised word used in lower case in its own document only", () => {
    const model = modelOfTexts();
    const first = modelContext(model, tokenize("Officials said the officials met."));
    const second = modelContext(model, tokenize("Officials met."));
    expect(first.c.flags[0] & LOWER_DOC).toBe(LOWER_DOC);
    expect(second.c.flags[0] & LOWER_DOC).toBe(0);
  });
});

describe("word-pair rows (model.ts PairRows)", () => {
  it("answer as a map keyed by first × words + second", () => {
    const words = 5000;
    const entries = new Map<number, number>();
    let x = 12345;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
    for (let k = 0; k < 3000; k++) entries.set((next() % words) * words + (next() % words), k);
    const rows = new PairRows([...entries].flatMap(([key, row]) => [Math.floor(key / words), key % words, row]));
    for (const [key, row] of entries) expect(rows.get(Math.floor(key / words), key % words)).toBe(row);
    for (let k = 0; k < 3000; k++) {
      const a = next() % words;
      const b = next() % words;
      expect(rows.get(a, b)).toBe(entries.get(a * words + b) ?? -1);
    }
  });
});

/** Viterbi as first written: every allowed previous label in increasing order, the full score table. */
function referenceViterbi(e: Float32Array, n: number, trans: Float32Array, start: Float32Array): Int32Array {
  const L = NUM_LABELS;
  const out = new Int32Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let l = 0; l < L; l++) score[l] = allowed(0, l) ? start[l] + e[l] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < L; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed(p, c)) continue;
        const s = score[(i - 1) * L + p] + trans[p * L + c];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + c] = best + e[i * L + c];
      back[i * L + c] = arg;
    }
  }
  let arg = 0;
  for (let l = 1; l < L; l++) if (score[(n - 1) * L + l] > score[(n - 1) * L + arg]) arg = l;
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
  return out;
}

describe("Viterbi", () => {
  it("finds the reference path, ties included, on random scores", () => {
    let x = 7;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(next() * 12);
      // Small integers in half the rounds: many ties.
      const value = () => (round % 2 === 0 ? Math.floor(next() * 4) - 2 : next() * 10 - 5);
      const e = Float32Array.from({ length: n * NUM_LABELS }, value);
      const trans = Float32Array.from({ length: NUM_LABELS * NUM_LABELS }, value);
      const start = Float32Array.from({ length: NUM_LABELS }, value);
      expect([...viterbi(e, n, trans, start)]).toEqual([...referenceViterbi(e, n, trans, start)]);
    }
  });
});

describe("tokenizer", () => {
  it("skips exactly the white space of a regular expression's \\s (common/whitespace.ts, shared with the HTML cleaner)", () => {
    for (let c = 0; c < 0x10000; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) expect(c.toString(16) + (isJsSpace(c) ? " taken as space" : " missed")).toBe("");
  });

  it("finds the tokens a global search of its patterns finds", () => {
    const search = (text: string) => {
      const re = new RegExp(TOKEN_SOURCE, "gu");
      const out: [string, number][] = [];
      for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m[0], m.index]);
      return out;
    };
    const texts = [
      "Mr. Venn met Ms. Berg in the U.S. on Jan. 5.\nO'Neill's dog, Da'esh — and the Shi'ite \"Quiet Harbour\".",
      "\u00a0\u2003Élan\u3000met\u2028İstanbul\ufeff; 𝔘𝔫𝔦 and 😀 here\u200b.\r\n\t— J. R. Tolkien Jr.",
      "lone \ud800 surrogate \udc00 and a pair \ud83d\ude00 end",
      "",
      "   ",
    ];
    for (const text of texts) {
      const tok = tokenize(text);
      expect(tok.words.map((w, k) => [w, tok.starts[k]])).toEqual(search(text));
    }
  });
});
