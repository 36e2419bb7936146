/**
 * The chain model's emission scores of a document (n tokens × NUM_LABELS), as the tagger makes them:
 * each distinct word read once per model and kept in flat tables across documents (`WordTable`), the
 * context features found in the model's compiled template tables (model.ts compileTemplates) without
 * building their names. The scores are those of the feature names (model.ts `emissions` over
 * features.ts documentFeatures): the same weights added in the same order, in the same precision.
 */
import {
  CAP_DOC, classIdFeatures, CONTEXT_TEMPLATES, contextFeatures, GIVEN, LOWER_DOC, ORG_HEAD, SENTENCE_AFTER, SENTENCE_BEFORE, TITLE, UNKNOWN_WORD, wordClass, wordFacts, wordFeatures,
  withWordContext, type FeatureContext, type FeatureSink,
} from "./features.ts";
import { compileTemplates, NUM_LABELS, vocabularyOf, type LinearChainModel, type ModelWord, type TemplateTables, type WordTable } from "./model.ts";
import type { Tokens } from "./tokens.ts";

/** The shape-valued context templates, and each one's place in a word's shape rows. */
const SHAPE_TEMPLATES: readonly number[] = CONTEXT_TEMPLATES.flatMap((s, t) => ("shapes" in s && s.shapes ? [t] : []));
const SHAPE_SLOT: Int32Array = Int32Array.from(CONTEXT_TEMPLATES, (_, t) => SHAPE_TEMPLATES.indexOf(t));
const S = SHAPE_TEMPLATES.length;

/** A word's capital (WordTable.bits, beside features.ts GIVEN, TITLE, ORG_HEAD). */
const CAP = 128;

/** Kept words of a model (WordTable) beyond which the table is emptied, at a document's start. */
const WORD_TABLE_MAX = 100_000;

export const templateTables = (model: LinearChainModel): TemplateTables =>
  (model.tables ??= compileTemplates(model, CONTEXT_TEMPLATES, [SENTENCE_BEFORE, SENTENCE_AFTER, UNKNOWN_WORD]));

function emptyTable(size: number, classes: boolean): WordTable {
  return {
    slots: new Map(),
    short: new Int32Array(SHORT_WORDS).fill(-1),
    words: [],
    mapped: [],
    shapes: [],
    size: 0,
    id: new Int32Array(size),
    own: new Float32Array(size * NUM_LABELS),
    shapeRows: new Int32Array(size * S),
    bits: new Uint8Array(size),
    lowerSlot: new Int32Array(size),
    klass: classes ? new Int32Array(size) : null,
    lowerSeen: new Int32Array(size),
    capMidSeen: new Int32Array(size),
    stamp: 0,
  };
}

/** The model's word table, emptied when it outgrows WORD_TABLE_MAX (called at a document's start, for every stage). */
function wordTable(model: LinearChainModel): WordTable {
  let t = model.words;
  if (t === undefined || t.size > WORD_TABLE_MAX || t.stamp >= 0x7fffffff) t = model.words = emptyTable(1024, model.classes !== undefined);
  return t;
}

function grow(t: WordTable): void {
  const size = t.id.length * 2;
  const more = <A extends Int32Array | Float32Array | Uint8Array>(a: A, make: (n: number) => A, width = 1): A => {
    const b = make(size * width);
    b.set(a);
    return b;
  };
  t.id = more(t.id, (n) => new Int32Array(n));
  t.own = more(t.own, (n) => new Float32Array(n), NUM_LABELS);
  t.shapeRows = more(t.shapeRows, (n) => new Int32Array(n), S);
  t.bits = more(t.bits, (n) => new Uint8Array(n));
  t.lowerSlot = more(t.lowerSlot, (n) => new Int32Array(n));
  if (t.klass !== null) t.klass = more(t.klass, (n) => new Int32Array(n));
  t.lowerSeen = more(t.lowerSeen, (n) => new Int32Array(n));
  t.capMidSeen = more(t.capMidSeen, (n) => new Int32Array(n));
}

/**
 * Sums a word's own features' weights (features.ts wordFeatures, then its word classes) into `own` at
 * `o` (float32, feature by feature) and writes its shape's rows of the shape-valued templates into
 * `shapeRows` at `r`. `mapped`: the word as the features map it (lower case or UNKNOWN_WORD); `klass`:
 * its word class as coarse × 65536 + fine (features.ts wordClass), or -1 for none.
 */
function scoreWord(model: LinearChainModel, word: string, mapped: string, shape: string, klass: number, own: Float32Array, o: number, shapeRows: Int32Array, r: number): void {
  const L = NUM_LABELS;
  const { rows, w } = model;
  for (const f of [...wordFeatures(word, mapped), ...(klass < 0 ? [] : classIdFeatures(klass >>> 16, klass & 65535))]) {
    const row = rows.get(f);
    if (row === undefined) continue;
    for (let l = 0; l < L; l++) own[o + l] += w[row * L + l];
  }
  const tables = templateTables(model);
  for (let k = 0; k < S; k++) shapeRows[r + k] = tables.one[SHAPE_TEMPLATES[k]]!.get(shape) ?? -1;
}

/** The slot of `word` in the model's table, made on its first occurrence (with the slot of its lower case when it is capitalised). */
function wordSlot(model: LinearChainModel, t: WordTable, word: string): number {
  // Short words (punctuation, "of", "the"…) are found by their characters first.
  const k = word.length <= 3 ? shortIndex(word) : -1;
  if (k >= 0) {
    const s = t.short[k];
    if (s >= 0) return s;
  }
  let s = t.slots.get(word);
  if (s === undefined) s = newSlot(model, t, word);
  if (k >= 0) t.short[k] = s;
  return s;
}

/**
 * The index of a short word in WordTable.short: one ASCII character, two ASCII characters, or three
 * lower-case ASCII letters (SHORT_WORDS places in all); -1 for another word.
 */
function shortIndex(w: string): number {
  const a = w.charCodeAt(0);
  if (a >= 128) return -1;
  if (w.length === 1) return a;
  const b = w.charCodeAt(1);
  if (b >= 128) return -1;
  if (w.length === 2) return 128 + a * 128 + b;
  const c = w.charCodeAt(2);
  if (a < 97 || a > 122 || b < 97 || b > 122 || c < 97 || c > 122) return -1;
  return 128 + 128 * 128 + (a - 97) * 676 + (b - 97) * 26 + (c - 97);
}
const SHORT_WORDS = 128 + 128 * 128 + 26 * 26 * 26;

/** A new slot for `word` (see wordSlot). */
function newSlot(model: LinearChainModel, t: WordTable, word: string): number {
  const vocabulary = vocabularyOf(model);
  const facts = wordFacts(word, (lw) => vocabulary.has(lw));
  if (t.size === t.id.length) grow(t);
  const s = t.size++;
  t.slots.set(word, s);
  const mw: ModelWord = { ...facts, retypeRows: undefined };
  t.words.push(mw);
  t.mapped.push(facts.mapped);
  t.shapes.push(facts.shape);
  t.id[s] = templateTables(model).wordId.get(facts.mapped) ?? -1;
  const wc = wordClass(model.classes, word);
  const klass = wc === null ? -1 : wc[0] * 65536 + wc[1];
  if (t.klass !== null) t.klass[s] = klass;
  scoreWord(model, word, facts.mapped, facts.shape, klass, t.own, s * NUM_LABELS, t.shapeRows, s * S);
  t.bits[s] = (facts.cap ? CAP : 0) | (facts.given ? GIVEN : 0) | (facts.title ? TITLE : 0) | (facts.orgHead ? ORG_HEAD : 0);
  // The document cue "also used in lower case" asks for the slot of the word's lower case: made now, so
  // that a later document's lower-case token finds the same slot. (A word that is its own lower case
  // is never capitalised in lower case: no slot.)
  t.lowerSlot[s] = -1;
  if (facts.cap && facts.lower !== word) {
    const ls = wordSlot(model, t, facts.lower);
    t.lowerSlot[s] = ls;
  }
  return s;
}

/**
 * The feature context of a document's tokens as the model reads them (features.ts featureContext with the
 * model's vocabulary and classes): each token's word from the model's table (`slots`: its slot), the
 * document cues (a word also used in lower case, capitalised mid-sentence elsewhere) marked with the
 * document's stamp in the table instead of sets of words.
 */
export function modelContext(model: LinearChainModel, tok: Tokens): { c: FeatureContext; slots: Int32Array } {
  const t = wordTable(model);
  const stamp = ++t.stamp;
  const { words, sentenceStart } = tok;
  const n = words.length;
  const slots = new Int32Array(n);
  for (let i = 0; i < n; i++) slots[i] = wordSlot(model, t, words[i]);
  // The table is complete for this document: its arrays are read from here on.
  const { bits, lowerSlot, lowerSeen, capMidSeen, klass } = t;
  const facts = new Array<ModelWord>(n);
  const lower = new Array<string>(n);
  const shapes = new Array<string>(n);
  const cap = new Array<boolean>(n);
  const flags = new Uint8Array(n);
  const kc = new Int32Array(n).fill(-1);
  const kf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const s = slots[i];
    const b = bits[s];
    facts[i] = t.words[s];
    lower[i] = t.mapped[s];
    shapes[i] = t.shapes[s];
    cap[i] = b >= CAP;
    flags[i] = b & (GIVEN | TITLE | ORG_HEAD);
    if (b < CAP) lowerSeen[s] = stamp;
    else if (!sentenceStart[i]) capMidSeen[s] = stamp;
    if (klass !== null && klass[s] >= 0) {
      kc[i] = klass[s] >>> 16;
      kf[i] = klass[s] & 65535;
    }
  }
  for (let i = 0; i < n; i++) {
    if (!cap[i]) continue;
    const s = slots[i];
    const ls = lowerSlot[s];
    if (ls >= 0 && lowerSeen[ls] === stamp) flags[i] |= LOWER_DOC;
    if (sentenceStart[i] && capMidSeen[s] === stamp) flags[i] |= CAP_DOC;
  }
  return { c: withWordContext(tok, { facts, lower, shapes, cap, flags, kc, kf }), slots };
}

/**
 * Emission scores, n × NUM_LABELS, of a feature context. `slots`: each token's slot in the model's word
 * table when `c` is the model's own (modelContext); without, each token's word is read from `c`'s facts and
 * mapping (a caller's featureContext, or a first stage's for a second stage).
 */
export function documentEmissions(model: LinearChainModel, c: FeatureContext, slots?: Int32Array): Float32Array {
  const tables = templateTables(model);
  const n = c.tok.words.length;
  if (slots !== undefined) {
    const t = model.words!;
    return emissionsOf(model, tables, c, slots, t.id, t.shapeRows, t.own);
  }
  // Each token's row is its own: its word id, shape rows and own scores, from the table when the word maps the same.
  const t = wordTable(model);
  const L = NUM_LABELS;
  const ids = new Int32Array(n);
  const shapeRows = new Int32Array(n * S);
  const own = new Float32Array(n * L);
  const rowOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    rowOf[i] = i;
    const word = c.tok.words[i];
    const mapped = c.lower[i];
    const s = wordSlot(model, t, word);
    if (t.mapped[s] === mapped) {
      ids[i] = t.id[s];
      shapeRows.set(t.shapeRows.subarray(s * S, s * S + S), i * S);
      own.set(t.own.subarray(s * L, s * L + L), i * L);
    } else {
      // The same word as written as slot s: the same shape and class, another mapping.
      ids[i] = tables.wordId.get(mapped) ?? -1;
      scoreWord(model, word, mapped, t.shapes[s], t.klass === null ? -1 : t.klass[s], own, i * L, shapeRows, i * S);
    }
  }
  return emissionsOf(model, tables, c, rowOf, ids, shapeRows, own);
}

/**
 * The scores of every token: its own features' scores (`own`), then each context feature's row (found by
 * RowCollector), label by label, in double precision (as summing the word's own score then every row's
 * weight: the same additions in the same order). Token i's word id, shape rows and own scores are at row
 * `rowOf[i]` of `ids`, `shapeRows`, `own`.
 */
function emissionsOf(model: LinearChainModel, tables: TemplateTables, c: FeatureContext, rowOf: Int32Array, ids: Int32Array, shapeRows: Int32Array, own: Float32Array): Float32Array {
  const L = NUM_LABELS;
  const w = model.w;
  const n = c.tok.words.length;
  const e = new Float32Array(n * L);
  const sink = new RowCollector(tables, rowOf, ids, shapeRows);
  for (let i = 0; i < n; i++) {
    sink.count = 0;
    contextFeatures(c, i, sink);
    // The eleven labels' sums are locals (NUM_LABELS is 11: checked below).
    const ws = rowOf[i] * L;
    let a0 = own[ws], a1 = own[ws + 1], a2 = own[ws + 2], a3 = own[ws + 3], a4 = own[ws + 4], a5 = own[ws + 5], a6 = own[ws + 6], a7 = own[ws + 7], a8 = own[ws + 8], a9 = own[ws + 9], a10 = own[ws + 10];
    const rowsOf = sink.rows;
    for (let k = 0; k < sink.count; k++) {
      const o = rowsOf[k] * L;
      a0 += w[o];
      a1 += w[o + 1];
      a2 += w[o + 2];
      a3 += w[o + 3];
      a4 += w[o + 4];
      a5 += w[o + 5];
      a6 += w[o + 6];
      a7 += w[o + 7];
      a8 += w[o + 8];
      a9 += w[o + 9];
      a10 += w[o + 10];
    }
    const base = i * L;
    e[base] = a0;
    e[base + 1] = a1;
    e[base + 2] = a2;
    e[base + 3] = a3;
    e[base + 4] = a4;
    e[base + 5] = a5;
    e[base + 6] = a6;
    e[base + 7] = a7;
    e[base + 8] = a8;
    e[base + 9] = a9;
    e[base + 10] = a10;
  }
  return e;
}
if (NUM_LABELS !== 11) throw new Error("emissionsOf sums eleven labels");

/** Collects the model rows of one token's context features (compiled template tables). */
class RowCollector implements FeatureSink {
  rows = new Int32Array(64);
  count = 0;
  /** Token j's word id is `ids[rowOf[j]]` (-1: outside the tables), its shape rows at `shapeRows[rowOf[j] × S …]`. */
  constructor(
    private readonly tables: TemplateTables,
    private readonly rowOf: Int32Array,
    private readonly ids: Int32Array,
    private readonly shapeRows: Int32Array,
  ) {}
  private push(r: number | undefined): void {
    if (r === undefined || r < 0) return;
    if (this.count === this.rows.length) {
      const grown = new Int32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    this.rows[this.count++] = r;
  }
  flag(t: number): void {
    this.push(this.tables.flag[t]);
  }
  one(t: number, v: string): void {
    const byWord = this.tables.oneByWord[t];
    if (byWord === null) this.push(this.tables.one[t]!.get(v));
    else {
      // Word-valued templates get a string only for the sentence markers.
      const k = this.tables.wordId.get(v) ?? -1;
      if (k >= 0) this.push(byWord[k]);
    }
  }
  word(t: number, j: number): void {
    const k = this.ids[this.rowOf[j]];
    if (k >= 0) this.push(this.tables.oneByWord[t]![k]);
  }
  pair(t: number, a: number, b: number): void {
    const ka = this.ids[this.rowOf[a]];
    if (ka < 0 || this.tables.pairFirst[t]![ka] === 0) return;
    const kb = this.ids[this.rowOf[b]];
    if (kb >= 0) this.push(this.tables.pairByWords[t]!.get(ka, kb));
  }
  klass(t: number, id: number): void {
    const byClass = this.tables.oneByClass[t]!;
    if (id < byClass.length) this.push(byClass[id]);
  }
  shape(t: number, j: number): void {
    this.push(this.shapeRows[this.rowOf[j] * S + SHAPE_SLOT[t]]);
  }
}
