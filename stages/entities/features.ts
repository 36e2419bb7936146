/**
 * Observation features of the sequence tagger. They depend on the tokens only
 * (never on labels), so training computes them once and inference shares the
 * exact same code. Feature names are short strings: "w=" lower-cased word,
 * "s=" word shape, "g=" gazetteer class, "p"/"n" prefixes for neighbours.
 */
import { commonWordClass, gazetteerTags, GIVEN_NAME_SET, isTitle, LOC_HEAD_SET, NAME_TAGS, namePhraseTags, ORG_HEAD_SET, PARTICLE_SET } from "./lexicon.ts";
import type { Tokens } from "./tokens.ts";

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

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
  lowerSeen: Set<string>;
  capMidSeen: Set<string>;
}

/**
 * `isKnown` tells whether a lower-cased word is in the model's vocabulary;
 * other words share the features of UNKNOWN_WORD, so that training (where rare
 * words are mapped the same way) teaches the model what an unseen name looks
 * like from its shape and context instead of relying on word identity.
 */
export function featureContext(tok: Tokens, isKnown: (lowerWord: string) => boolean = () => true): FeatureContext {
  const { words, starts, ends, sentenceStart } = tok;
  const n = words.length;
  const known = new Map<string, string>();
  const lower = words.map((w) => {
    let m = known.get(w);
    if (m === undefined) {
      const lw = w.toLowerCase();
      m = isKnown(lw) ? lw : UNKNOWN_WORD;
      known.set(w, m);
    }
    return m;
  });
  const shapes = words.map(shape);
  const cap = words.map(isCapitalised);
  const gaz = gazetteerTags(words);
  const names = namePhraseTags(words);
  // Document-level cue: a capitalised word that the document also uses in
  // lower case ("Officials said" vs "officials") is likely a common word.
  const lowerSeen = new Set<string>();
  // Another: a word capitalised away from a sentence start is a name somewhere.
  const capMidSeen = new Set<string>();
  for (let i = 0; i < n; i++) {
    if (!cap[i]) lowerSeen.add(words[i]);
    else if (!sentenceStart[i]) capMidSeen.add(words[i]);
  }
  // Short quoted stretches ("the song “Shaky Ground”"): titles of works, not
  // people or places. Straight quotes pair up in order; a quote never spans lines.
  const quoted: boolean[] = new Array(n).fill(false);
  for (let i = 0; i < n; i++) {
    const q = words[i];
    if (q !== "“" && q !== '"' && q !== "‘") continue;
    const close = q === "“" ? "”" : q === "‘" ? "’" : '"';
    let j = i + 1;
    while (j < n && j - i <= 7 && words[j] !== close && !(sentenceStart[j] && hasNewline(tok.text, ends[j - 1], starts[j]))) j++;
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
  return { tok, lower, shapes, cap, gaz, names, runPos, quoted, lowerSeen, capMidSeen };
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
 * Templates of features that depend on one neighbouring word only: "pw=" +
 * previous word, "pw2=" + the one before, "nw=" + next word, "nw2=" + the one
 * after. The tagger scores them once per distinct word (see contextFeatures).
 */
export const NEIGHBOUR_TEMPLATES = ["pw=", "pw2=", "nw=", "nw2="] as const;
export const SENTENCE_BEFORE = "<s>";
export const SENTENCE_AFTER = "</s>";

/**
 * Features of token i in its context, appended to `f`. With
 * `neighbourWords` false the NEIGHBOUR_TEMPLATES features are left out (the
 * caller adds their scores itself).
 */
export function contextFeatures(c: FeatureContext, i: number, f: string[], neighbourWords = true): void {
  const { words, starts, ends, sentenceStart } = c.tok;
  const { lower, shapes, cap, gaz } = c;
  const n = words.length;
  const w = words[i];
  const lw = lower[i];
  const ss = sentenceStart[i];
  if (ss) f.push("ss|" + shapes[i]);
  if (cap[i]) {
    f.push("rp=" + c.runPos[i]);
    if (c.quoted[i]) f.push("q");
    if (c.lowerSeen.has(w.toLowerCase())) f.push("lcdoc");
    if (ss && c.capMidSeen.has(w)) f.push("capdoc");
    if (i > 0 && GIVEN_NAME_SET.has(words[i - 1])) f.push("pgiven");
  }
  if (gaz[i]) f.push("g=" + gaz[i]);
  if (c.names[i]) f.push("np=" + c.names[i]);
  if (i > 0 && starts[i] === ends[i - 1]) f.push("gl");
  if (i + 1 < n && starts[i + 1] === ends[i]) f.push("gr");
  // Left context.
  if (i > 0) {
    const pl = lower[i - 1];
    if (neighbourWords) f.push("pw=" + pl);
    f.push("ps=" + shapes[i - 1], "pw|w=" + pl + "|" + lw);
    if (gaz[i - 1]) f.push("pg=" + gaz[i - 1]);
    if (cap[i - 1] && isTitle(words[i - 1])) f.push("ptitle");
    if (i > 1 && neighbourWords) f.push("pw2=" + lower[i - 2]);
  } else if (neighbourWords) f.push("pw=" + SENTENCE_BEFORE);
  // Right context.
  if (i + 1 < n) {
    const nl = lower[i + 1];
    if (neighbourWords) f.push("nw=" + nl);
    f.push("ns=" + shapes[i + 1], "w|nw=" + lw + "|" + nl);
    if (gaz[i + 1]) f.push("ng=" + gaz[i + 1]);
    if (cap[i + 1] && ORG_HEAD_SET.has(words[i + 1])) f.push("norgh");
    if (i + 2 < n) {
      if (neighbourWords) f.push("nw2=" + lower[i + 2]);
      if (cap[i + 2] && ORG_HEAD_SET.has(words[i + 2])) f.push("n2orgh");
    }
  } else if (neighbourWords) f.push("nw=" + SENTENCE_AFTER);
}

/** All features of every token of a document (used by training). */
export function documentFeatures(tok: Tokens, isKnown: (lowerWord: string) => boolean = () => true): string[][] {
  const c = featureContext(tok, isKnown);
  return tok.words.map((w, i) => {
    const f = wordFeatures(w, c.lower[i]).slice();
    contextFeatures(c, i, f);
    return f;
  });
}
