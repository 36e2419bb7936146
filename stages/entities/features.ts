/**
 * Observation features of the sequence tagger. They depend on the tokens only
 * (never on labels), so training computes them once and inference shares the
 * exact same code. Feature names are short strings: "w=" lower-cased word,
 * "s=" word shape, "g=" gazetteer class, "p"/"n" prefixes for neighbours.
 */
import { commonWordClass, gazetteerTags, GIVEN_NAME_SET, isTitle, LOC_HEAD_SET, NAME_TAGS, namePhraseTags, ORG_HEAD_SET, PARTICLE_SET } from "./lexicon.ts";
import { newlineIn, type Tokens } from "./tokens.ts";

/** Short word shape: "Xx", "X", "x", "d", "X.X.", "x-", with runs collapsed and length capped. */
export function shape(w: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < w.length && out.length < 6; i++) {
    const c = w[i];
    let k: string;
    if (c >= "a" && c <= "z") k = "x";
    else if (c >= "A" && c <= "Z") k = "X";
    else if (c >= "0" && c <= "9") k = "d";
    else if (c.toLowerCase() !== c) k = "X";
    else if (c.toUpperCase() !== c) k = "x";
    else k = c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

export function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = w[0];
  return ch.toLowerCase() !== ch;
}

/** The placeholder that stands for any word outside the model's vocabulary. */
export const UNKNOWN_WORD = "<unk>";

/** Per-document arrays that the context features read. */
export interface FeatureContext {
  tok: Tokens;
  /** Lower-cased words, or UNKNOWN_WORD outside the vocabulary. */
  lower: string[];
  shapes: string[];
  cap: boolean[];
  gaz: (string | null)[];
  /** Listed multi-word name covering each token (lexicon.ts namePhraseTags). */
  names: (string | null)[];
  runPos: string[];
  /** Inside a short quotation (at most six tokens). */
  quoted: boolean[];
  /** What each token's word says on its own (wordFacts): the same object for every occurrence of a word. */
  facts: readonly WordFacts[];
  /**
   * Each token's facts and document cues as bits (GIVEN, TITLE, ORG_HEAD; LOWER_DOC, CAP_DOC), in one
   * dense array for the token loops.
   */
  flags: Uint8Array;
  /** Coarse and fine word class id of each token (wordClass), or -1 for a word without one. */
  kc: Int32Array;
  kf: Int32Array;
}

/**
 * The word class of a word from a model's class table (word → "coarse/fine"):
 * the word as written, else in lower case (a capitalised sentence start, a
 * re-cased headline word). Null when the table has neither.
 */
export function wordClass(classes: ReadonlyMap<string, string> | undefined, w: string): [number, number] | null {
  if (classes === undefined) return null;
  const v = classes.get(w) ?? classes.get(w.toLowerCase());
  if (v === undefined) return null;
  const slash = v.indexOf("/");
  return [Number(v.slice(0, slash)), Number(v.slice(slash + 1))];
}

const RESOLVED_CLASSES = new WeakMap<ReadonlyMap<string, string>, Map<string, number>>();

/** The features of a token's own classes (none without one). */
export function classFeatures(c: FeatureContext, i: number): string[] {
  return classIdFeatures(c.kc[i], c.kf[i]);
}

/** The features of a word's coarse and fine class ids (none for -1). */
export function classIdFeatures(kc: number, kf: number): string[] {
  return kc < 0 ? [] : ["k=" + kc, "kf=" + kf];
}

/**
 * What the context features read of a word on its own, the same for every occurrence:
 * made once per distinct word of a document (featureContext), or by the tagger once per
 * word across documents (emissions.ts modelContext), so the token loops read fields instead of
 * lower-casing, shaping and looking words up in the lists at each token.
 */
export interface WordFacts {
  /** The word lower-cased. */
  lower: string;
  /** `lower`, or UNKNOWN_WORD outside the vocabulary. */
  mapped: string;
  shape: string;
  cap: boolean;
  /** A listed given name (GIVEN_NAME_SET). */
  given: boolean;
  /** Capitalised and a title ("Minister"). */
  title: boolean;
  /** Capitalised and an organisation head word ("Ministry"). */
  orgHead: boolean;
}

/** Bits of FeatureContext.flags: the word's facts (a listed given name, a title, an organisation head word)… */
export const GIVEN = 1;
export const TITLE = 2;
export const ORG_HEAD = 4;
/** …and document cues of a capitalised token: the document also uses the word in lower case ("Officials" / "officials"); sentence-initial, and capitalised mid-sentence elsewhere. */
export const LOWER_DOC = 8;
export const CAP_DOC = 16;

export function wordFacts(w: string, isKnown: (lowerWord: string) => boolean): WordFacts {
  const lower = w.toLowerCase();
  const cap = isCapitalised(w);
  return {
    lower,
    mapped: isKnown(lower) ? lower : UNKNOWN_WORD,
    shape: shape(w),
    cap,
    given: GIVEN_NAME_SET.has(w),
    title: cap && isTitle(w),
    orgHead: cap && ORG_HEAD_SET.has(w),
  };
}

/**
 * `isKnown` tells whether a lower-cased word is in the model's vocabulary;
 * other words share the features of UNKNOWN_WORD, so that training (where rare
 * words are mapped the same way) teaches the model what an unseen name looks
 * like from its shape and context instead of relying on word identity.
 * (The tagger makes the same context from its kept words: emissions.ts modelContext.)
 */
export function featureContext(
  tok: Tokens,
  isKnown: (lowerWord: string) => boolean = () => true,
  classes?: ReadonlyMap<string, string>,
): FeatureContext {
  const { words, sentenceStart } = tok;
  const n = words.length;
  const kc = new Int32Array(n).fill(-1);
  const kf = new Int32Array(n).fill(-1);
  if (classes !== undefined) {
    // Each word's answer (coarse × 65536 + fine, or -1) is kept with the class table, across documents.
    let seen = RESOLVED_CLASSES.get(classes);
    if (seen === undefined || seen.size >= WORD_FEATURE_CACHE_MAX) RESOLVED_CLASSES.set(classes, (seen = new Map()));
    for (let i = 0; i < n; i++) {
      let k = seen.get(words[i]);
      if (k === undefined) {
        const wc = wordClass(classes, words[i]);
        k = wc === null ? -1 : wc[0] * 65536 + wc[1];
        seen.set(words[i], k);
      }
      if (k >= 0) {
        kc[i] = k >>> 16;
        kf[i] = k & 65535;
      }
    }
  }
  // Each word's facts are made once per document.
  const known = new Map<string, WordFacts>();
  const factsOf = (w: string) => {
    let f = known.get(w);
    if (f === undefined) known.set(w, (f = wordFacts(w, isKnown)));
    return f;
  };
  const facts = new Array<WordFacts>(n);
  const lower = new Array<string>(n);
  const shapes = new Array<string>(n);
  const cap = new Array<boolean>(n);
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const f = (facts[i] = factsOf(words[i]));
    lower[i] = f.mapped;
    shapes[i] = f.shape;
    cap[i] = f.cap;
    flags[i] = (f.given ? GIVEN : 0) | (f.title ? TITLE : 0) | (f.orgHead ? ORG_HEAD : 0);
  }
  // Document-level cue: a capitalised word that the document also uses in
  // lower case ("Officials said" vs "officials") is likely a common word.
  const lowerSeen = new Set<string>();
  // Another: a word capitalised away from a sentence start is a name somewhere.
  const capMidSeen = new Set<string>();
  for (let i = 0; i < n; i++) {
    if (!cap[i]) lowerSeen.add(words[i]);
    else if (!sentenceStart[i]) capMidSeen.add(words[i]);
  }
  for (let i = 0; i < n; i++) {
    if (!cap[i]) continue;
    if (lowerSeen.has(facts[i].lower)) flags[i] |= LOWER_DOC;
    if (sentenceStart[i] && capMidSeen.has(words[i])) flags[i] |= CAP_DOC;
  }
  return withWordContext(tok, { facts, lower, shapes, cap, flags, kc, kf });
}

/**
 * A FeatureContext from its per-token word arrays (featureContext's, or the tagger's, emissions.ts
 * modelContext): adds the gazetteer tags, listed names, short quotations and capitalised runs.
 */
export function withWordContext(tok: Tokens, parts: Pick<FeatureContext, "facts" | "lower" | "shapes" | "cap" | "flags" | "kc" | "kf">): FeatureContext {
  const { words, starts, ends, sentenceStart } = tok;
  const n = words.length;
  const { cap } = parts;
  const gaz = gazetteerTags(words);
  const names = namePhraseTags(words);
  // Short quoted stretches ("the song “Shaky Ground”"): titles of works, not
  // people or places. Straight quotes pair up in order; a quote never spans lines.
  const quoted: boolean[] = new Array(n).fill(false);
  for (let i = 0; i < n; i++) {
    const q = words[i];
    if (q !== "“" && q !== '"' && q !== "‘") continue;
    const close = q === "“" ? "”" : q === "‘" ? "’" : '"';
    let j = i + 1;
    while (j < n && j - i <= 7 && words[j] !== close && !(sentenceStart[j] && newlineIn(tok.text, ends[j - 1], starts[j]))) j++;
    if (j < n && j - i > 1 && j - i <= 7 && words[j] === close) {
      for (let k = i + 1; k < j; k++) quoted[k] = true;
      i = j;
    }
  }
  // Capitalised runs: position of each token inside a run of capitalised words.
  const runPos: string[] = new Array(n);
  for (let i = 0; i < n; ) {
    if (!cap[i]) {
      runPos[i] = "";
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && cap[j + 1] && starts[j + 1] - ends[j] <= 1) j++;
    if (i === j) runPos[i] = "S";
    else {
      runPos[i] = "B";
      for (let k = i + 1; k < j; k++) runPos[k] = "I";
      runPos[j] = "E";
    }
    i = j + 1;
  }
  const { facts, lower, shapes, flags, kc, kf } = parts;
  return { tok, lower, shapes, cap, gaz, names, runPos, quoted, facts, flags, kc, kf };
}

/**
 * Features of the word itself (surface only, no context): the same for every
 * occurrence, so the tagger computes their score once per distinct word.
 * `mapped` is the word as featureContext() lower-cased or mapped it.
 */
export function wordFeatures(w: string, mapped: string): string[] {
  // Memoised across documents: the same feature strings come back for the same
  // word, so callers reuse them (and their cached hashes). Do not modify the
  // result. `mapped` must be w.toLowerCase() or UNKNOWN_WORD (as featureContext
  // maps words), so one cache per case, keyed by the word itself, covers every call.
  const cache = mapped === UNKNOWN_WORD ? UNKNOWN_CACHE : KNOWN_CACHE;
  let f = cache.get(w);
  if (f === undefined) {
    if (cache.size >= WORD_FEATURE_CACHE_MAX) cache.clear();
    f = computeWordFeatures(w, mapped);
    cache.set(w, f);
  }
  return f;
}
const KNOWN_CACHE = new Map<string, string[]>();
const UNKNOWN_CACHE = new Map<string, string[]>();
const WORD_FEATURE_CACHE_MAX = 100_000;

function computeWordFeatures(w: string, mapped: string): string[] {
  const sh = shape(w);
  const f: string[] = ["b", "w=" + mapped, "s=" + sh];
  const ow = w.toLowerCase();
  if (w.length > 3 && /^\p{L}/u.test(w)) {
    f.push("x3=" + ow.slice(-3), "p3=" + ow.slice(0, 3), "x2=" + ow.slice(-2), "x4=" + ow.slice(-4));
  }
  if (isCapitalised(w)) {
    if (isTitle(w)) f.push("title");
    if (GIVEN_NAME_SET.has(w)) f.push("given");
    if (ORG_HEAD_SET.has(w)) f.push("orgh");
    if (LOC_HEAD_SET.has(w)) f.push("loch");
    const cw = commonWordClass(ow);
    if (cw) f.push("cw=" + cw);
    const nl = NAME_TAGS.get(w);
    if (nl) for (const t of nl) f.push(t);
  }
  if (PARTICLE_SET.has(ow)) f.push("part");
  return f;
}

/**
 * Context feature templates. A feature's name is its template's prefix, then
 * its value (`one`) or two values joined by "|" (`pair`); a `flag` is the
 * prefix alone. Training builds the names as strings; the tagger looks the
 * same features up in tables compiled from the model (model.ts
 * compileTemplates), without building a string per token. Order is the id.
 * `words`: the values are words as featureContext maps them (lower-cased, or
 * UNKNOWN_WORD), or the sentence markers; such tables are indexed by word id.
 */
export const CONTEXT_TEMPLATES = [
  { prefix: "ss|", kind: "one", shapes: true }, //  0 sentence start, with the word's shape
  { prefix: "rp=", kind: "one" }, //  1 position in a run of capitalised words (S, B, I, E)
  { prefix: "q", kind: "flag" }, //  2 capitalised inside a short quotation (a title of a work)
  { prefix: "lcdoc", kind: "flag" }, //  3 the document also uses the word in lower case
  { prefix: "capdoc", kind: "flag" }, //  4 sentence-initial, and capitalised mid-sentence elsewhere
  { prefix: "pgiven", kind: "flag" }, //  5 after a listed given name
  { prefix: "g=", kind: "one" }, //  6 gazetteer class
  { prefix: "np=", kind: "one" }, //  7 inside a listed multi-word name
  { prefix: "gl", kind: "flag" }, //  8 glued to the previous token
  { prefix: "gr", kind: "flag" }, //  9 glued to the next token
  { prefix: "pw=", kind: "one", words: true }, // 10 previous word (or <s>)
  { prefix: "ps=", kind: "one", shapes: true }, // 11 previous word's shape
  { prefix: "pw|w=", kind: "pair", words: true }, // 12 previous word and word
  { prefix: "pg=", kind: "one" }, // 13 previous word's gazetteer class
  { prefix: "ptitle", kind: "flag" }, // 14 after a title ("Minister")
  { prefix: "pw2=", kind: "one", words: true }, // 15 the word two before
  { prefix: "nw=", kind: "one", words: true }, // 16 next word (or </s>)
  { prefix: "ns=", kind: "one", shapes: true }, // 17 next word's shape
  { prefix: "w|nw=", kind: "pair", words: true }, // 18 word and next word
  { prefix: "ng=", kind: "one" }, // 19 next word's gazetteer class
  { prefix: "norgh", kind: "flag" }, // 20 next word is an organisation head word ("Ministry")
  { prefix: "nw2=", kind: "one", words: true }, // 21 the word two after
  { prefix: "n2orgh", kind: "flag" }, // 22 the word two after is an organisation head word
  { prefix: "pk=", kind: "one", classes: true }, // 23 previous word's coarse word class
  { prefix: "pkf=", kind: "one", classes: true }, // 24 previous word's fine word class
  { prefix: "nk=", kind: "one", classes: true }, // 25 next word's coarse word class
  { prefix: "nkf=", kind: "one", classes: true }, // 26 next word's fine word class
] as const satisfies readonly { prefix: string; kind: "flag" | "one" | "pair"; words?: boolean; classes?: boolean; shapes?: boolean }[];

/** Receives the context features of one token, by template id (CONTEXT_TEMPLATES index). */
export interface FeatureSink {
  flag(t: number): void;
  one(t: number, value: string): void;
  /** A word-valued `one` template whose value is token j's word as featureContext maps it (`lower[j]`). */
  word(t: number, j: number): void;
  /** A `pair` template over the mapped words of tokens a and b. */
  pair(t: number, a: number, b: number): void;
  /** A class-valued `one` template whose value is a word class id (FeatureContext kc, kf). */
  klass(t: number, id: number): void;
  /** A shape-valued `one` template (`shapes` in CONTEXT_TEMPLATES) whose value is token j's shape (`shapes[j]`). */
  shape(t: number, j: number): void;
}

export const SENTENCE_BEFORE = "<s>";
export const SENTENCE_AFTER = "</s>";

/** A sink that writes feature names, as training needs them. */
export function nameSink(out: string[], lower: readonly string[], shapes: readonly string[]): FeatureSink {
  const p = CONTEXT_TEMPLATES;
  return {
    flag: (t) => void out.push(p[t].prefix),
    one: (t, v) => void out.push(p[t].prefix + v),
    word: (t, j) => void out.push(p[t].prefix + lower[j]),
    pair: (t, a, b) => void out.push(p[t].prefix + lower[a] + "|" + lower[b]),
    klass: (t, id) => void out.push(p[t].prefix + id),
    shape: (t, j) => void out.push(p[t].prefix + shapes[j]),
  };
}

/** Features of token i in its context, given to `f` (template ids as in CONTEXT_TEMPLATES). */
export function contextFeatures(c: FeatureContext, i: number, f: FeatureSink): void {
  const { words, starts, ends, sentenceStart } = c.tok;
  const { cap, gaz, flags } = c;
  const n = words.length;
  const ss = sentenceStart[i];
  if (ss) f.shape(0, i);
  if (cap[i]) {
    f.one(1, c.runPos[i]);
    if (c.quoted[i]) f.flag(2);
    if (flags[i] & LOWER_DOC) f.flag(3);
    if (flags[i] & CAP_DOC) f.flag(4);
    if (i > 0 && flags[i - 1] & GIVEN) f.flag(5);
  }
  if (gaz[i]) f.one(6, gaz[i]!);
  if (c.names[i]) f.one(7, c.names[i]!);
  if (i > 0 && starts[i] === ends[i - 1]) f.flag(8);
  if (i + 1 < n && starts[i + 1] === ends[i]) f.flag(9);
  // Left context.
  if (i > 0) {
    f.word(10, i - 1);
    f.shape(11, i - 1);
    f.pair(12, i - 1, i);
    if (gaz[i - 1]) f.one(13, gaz[i - 1]!);
    if (flags[i - 1] & TITLE) f.flag(14);
    if (i > 1) f.word(15, i - 2);
    if (c.kc[i - 1] >= 0) {
      f.klass(23, c.kc[i - 1]);
      f.klass(24, c.kf[i - 1]);
    }
  } else f.one(10, SENTENCE_BEFORE);
  // Right context.
  if (i + 1 < n) {
    f.word(16, i + 1);
    f.shape(17, i + 1);
    f.pair(18, i, i + 1);
    if (gaz[i + 1]) f.one(19, gaz[i + 1]!);
    if (flags[i + 1] & ORG_HEAD) f.flag(20);
    if (i + 2 < n) {
      f.word(21, i + 2);
      if (flags[i + 2] & ORG_HEAD) f.flag(22);
    }
    if (c.kc[i + 1] >= 0) {
      f.klass(25, c.kc[i + 1]);
      f.klass(26, c.kf[i + 1]);
    }
  } else f.one(16, SENTENCE_AFTER);
}

/** All features of every token of a document (used by training); `stack`: a second stage's document features (stackFeatures). */
export function documentFeatures(
  tok: Tokens,
  isKnown: (lowerWord: string) => boolean = () => true,
  classes?: ReadonlyMap<string, string>,
  stack?: readonly string[][],
): string[][] {
  const c = featureContext(tok, isKnown, classes);
  return tok.words.map((w, i) => {
    const f = [...wordFeatures(w, c.lower[i]), ...classFeatures(c, i)];
    contextFeatures(c, i, nameSink(f, c.lower, c.shapes));
    if (stack) f.push(...stack[i]);
    return f;
  });
}

/** A mention of the first stage (two-stage tagging): tokens [i, j) and its type. */
export interface StageOneSpan {
  i: number;
  j: number;
  type: string;
}

/** The type a stage-1 span votes for in the document features: GPE and LOC together, PERSON as the model says it. */
const STACK_TYPE: Record<string, string> = { PERSON: "PER", PER: "PER", ORG: "ORG", GPE: "PLACE", LOC: "PLACE", PLACE: "PLACE", NORP: "NORP", MISC: "MISC" };

/** The most frequent key of a count map (ties: the first counted), or null. */
function majority(counts: Map<string, number> | undefined, minus?: string): string | null {
  if (counts === undefined) return null;
  let best: string | null = null;
  let most = 0;
  for (const [k, c0] of counts) {
    const c = k === minus ? c0 - 1 : c0;
    if (c > most) {
      best = k;
      most = c;
    }
  }
  return best;
}

function bump(m: Map<string, Map<string, number>>, key: string, type: string): void {
  let c = m.get(key);
  if (c === undefined) m.set(key, (c = new Map()));
  c.set(type, (c.get(type) ?? 0) + 1);
}

/**
 * Lines in title case (headlines, titles of works): at least two words of four letters or more,
 * three quarters of them capitalised (running text full of names stays below). One flag per token.
 */
function titleCaseLines(tok: Tokens): boolean[] {
  const { words, sentenceStart, starts, ends, text } = tok;
  const n = words.length;
  const out: boolean[] = new Array(n).fill(false);
  for (let a = 0; a < n; ) {
    let b = a + 1;
    while (b < n && !(sentenceStart[b] && newlineIn(text, ends[b - 1], starts[b]))) b++;
    let long = 0;
    let caps = 0;
    for (let k = a; k < b; k++) {
      if (words[k].length < 4 || !/^\p{L}/u.test(words[k])) continue;
      long++;
      if (isCapitalised(words[k])) caps++;
    }
    if (long >= 2 && caps * 4 >= long * 3) for (let k = a; k < b; k++) out[k] = true;
    a = b;
  }
  return out;
}

/**
 * Document features of the second stage (stacking; Krishnan & Manning 2006, Ratinov & Roth 2009):
 * what the first stage said about the same word and the same name ELSEWHERE in the document, so
 * that one reading of a name can settle another ("Jordan said" after "Michael Jordan"; a
 * sentence-initial or headline word read as it is read mid-sentence). Only capitalised tokens
 * get them. Features (prefix "S"):
 * - `Sw=T`: the majority stage-1 type (or O) of the other occurrences of the same word; `Swu`
 *   when they all agree;
 * - `Sr=T`: the majority type of other stage-1 mentions whose words are exactly this token's
 *   capitalised run (or O when the run occurs elsewhere untagged);
 * - `Ssup=T`: the run occurs inside a longer stage-1 mention of type T elsewhere ("Smith" in
 *   "John Smith");
 * - `Sm=T`: for a word at a sentence start or in a title-case line, the majority type of the same
 *   word in running text (mid-sentence, outside title-case lines).
 * The same function gives the features in training and tagging.
 */
export function stackFeatures(tok: Tokens, spans: readonly StageOneSpan[]): string[][] {
  const { words, starts, ends, sentenceStart } = tok;
  const n = words.length;
  const out: string[][] = Array.from({ length: n }, () => []);
  if (n === 0) return out;
  const type1: string[] = new Array(n).fill("O");
  for (const s of spans) for (let k = s.i; k < s.j; k++) type1[k] = STACK_TYPE[s.type] ?? "MISC";
  const cap = words.map(isCapitalised);
  const title = titleCaseLines(tok);
  // Per word: stage-1 types of all its occurrences; of its running-text occurrences.
  const byWord = new Map<string, Map<string, number>>();
  const byWordRunning = new Map<string, Map<string, number>>();
  for (let k = 0; k < n; k++) {
    if (!cap[k]) continue;
    bump(byWord, words[k], type1[k]);
    if (!sentenceStart[k] && !title[k]) bump(byWordRunning, words[k], type1[k]);
  }
  // Capitalised runs (glued capitalised tokens, never across a line break).
  const runOf = new Int32Array(n).fill(-1);
  const runOf2 = new Int32Array(n).fill(-1);
  const runs: [number, number][] = [];
  for (let k = 0; k < n; ) {
    if (!cap[k]) {
      k++;
      continue;
    }
    let j = k + 1;
    while (j < n && cap[j] && starts[j] - ends[j - 1] <= 1 && !(sentenceStart[j] && newlineIn(tok.text, ends[j - 1], starts[j]))) j++;
    for (let x = k; x < j; x++) runOf[x] = runs.length;
    runs.push([k, j]);
    // A run opened by a sentence's first word ("Later Brovik left") also counts without that word.
    if (sentenceStart[k] && j - k >= 2) {
      for (let x = k + 1; x < j; x++) runOf2[x] = runs.length;
      runs.push([k + 1, j]);
    }
    k = j;
  }
  const key = (a: number, b: number) => words.slice(a, b).join(" ");
  // Exact mentions by string (with their start, to leave out the token's own), and longer mentions' inner runs.
  const mentions = new Map<string, { i: number; type: string }[]>();
  const inner = new Map<string, { i: number; j: number; type: string }[]>();
  for (const s of spans) {
    const t = STACK_TYPE[s.type] ?? "MISC";
    const k0 = key(s.i, s.j);
    let list = mentions.get(k0);
    if (list === undefined) mentions.set(k0, (list = []));
    list.push({ i: s.i, type: t });
    if (s.j - s.i < 2 || s.j - s.i > 8) continue;
    for (let a = s.i; a < s.j; a++) {
      for (let b = a + 1; b <= s.j; b++) {
        if (b - a === s.j - s.i) continue;
        const k1 = key(a, b);
        let l = inner.get(k1);
        if (l === undefined) inner.set(k1, (l = []));
        l.push({ i: s.i, j: s.j, type: t });
      }
    }
  }
  // Untagged occurrences of each run string (O votes).
  const runStrings = new Map<string, number[]>();
  for (const [a, b] of runs) {
    const k0 = key(a, b);
    let l = runStrings.get(k0);
    if (l === undefined) runStrings.set(k0, (l = []));
    l.push(a);
  }
  const runFeature: string[][] = runs.map(([a, b]) => {
    const k0 = key(a, b);
    const f: string[] = [];
    const counts = new Map<string, number>();
    for (const m of mentions.get(k0) ?? []) if (m.i !== a) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
    for (const start of runStrings.get(k0) ?? []) {
      if (start === a) continue;
      if (type1[start] === "O") counts.set("O", (counts.get("O") ?? 0) + 1);
    }
    const r = majority(counts);
    if (r !== null) f.push("Sr=" + r);
    const sup = new Map<string, number>();
    for (const m of inner.get(k0) ?? []) if (m.j <= a || m.i >= b) sup.set(m.type, (sup.get(m.type) ?? 0) + 1);
    const s = majority(sup);
    if (s !== null) f.push("Ssup=" + s);
    return f;
  });
  for (let k = 0; k < n; k++) {
    if (!cap[k]) continue;
    const f = out[k];
    const all = byWord.get(words[k])!;
    const w = majority(all, type1[k]);
    if (w !== null) {
      f.push("Sw=" + w);
      const total = [...all.values()].reduce((x, y) => x + y, 0) - 1;
      if ((all.get(w) ?? 0) - (w === type1[k] ? 1 : 0) === total) f.push("Swu=" + w);
    }
    if (sentenceStart[k] || title[k]) {
      const running = byWordRunning.get(words[k]);
      const m = majority(running);
      if (m !== null) f.push("Sm=" + m);
    }
    if (runOf[k] >= 0) for (const x of runFeature[runOf[k]]) f.push(x);
    if (runOf2[k] >= 0) for (const x of runFeature[runOf2[k]]) if (!f.includes(x)) f.push(x);
  }
  return out;
}
