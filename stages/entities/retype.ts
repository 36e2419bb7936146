/**
 * Span-level type classifier ("retyper", issue 19): after decoding, each span the tagger
 * proposes is re-scored by a small multiclass linear model (PER, ORG, PLACE, NORP, MISC)
 * over features of the whole span, which the token-level chain model cannot see at once:
 * its first, last and inside words, shapes, suffixes of the last word, the two words before
 * and after, the nearest lower-case words before and after (a verb or a preposition),
 * gazetteer and name-list classes of the span and its words, the tagger's own type and
 * margin, and cheap document cues (the same string's other types in the document; the
 * span's acronym used elsewhere). The family it targets: type confusions between names
 * with the same shape (teams and governments read as places, companies named after people,
 * teams, venues, companies and broadcasters read as MISC).
 *
 * The weights are trained in eval/lib/retype-train.ts on the training documents only, on
 * jackknifed tagger outputs (the spans a first stage predicts on documents it was not
 * trained on). Pure and deterministic; a span changes type only when the retyper's best
 * class beats the current one by more than `minGap`.
 */
import type { EntityType } from "../../schemas/records.ts";
import { MODEL_TYPES } from "./model-types.ts";
import { shape } from "./features.ts";
import { commonWordClass, GIVEN_NAME_SET, isTitle, LOC_HEAD_SET, NAME_TAGS, ORG_HEAD_SET } from "./lexicon.ts";
import type { TokenSpan } from "./spans.ts";
import type { Tokens } from "./tokens.ts";

/** The retyper's classes: the chain model's types (a span's class is its model type). */
export const RETYPE_CLASSES = MODEL_TYPES;
const K = RETYPE_CLASSES.length;

/**
 * Where the retyper runs: "model" right after decoding (the post-decoding rules see its
 * types), "rules" after the post-decoding rules but before document consistency (so one
 * string keeps one type), "end" after every rule.
 */
export type RetypeAt = "model" | "rules" | "end";
/** Which spans are re-scored: every span, or only MISC spans and spans with a weak margin. */
export type RetypeSpans = "all" | "weak";

/** The JSON form (stages/entities/data/retype.json, or ModelJson.retype in a fold model). */
export interface RetypeJson {
  version: string;
  classes: string[];
  at: RetypeAt;
  spans: RetypeSpans;
  /** Confidence under which a span is "weak" (spans: "weak"). */
  weakBelow: number;
  /** A span changes type only when the best class beats its current one by more than this. */
  minGap: number;
  /** Classes the retyper never gives a span (it may still take them away). */
  never?: string[];
  /** Trained with the tagger's own type, margin and rule among the features (jackknifed spans), or without (gold spans). */
  tagger: boolean;
  /** With the tagger's score of each type over the span (its second choice and how far behind it is). */
  scores?: boolean;
  /** Integer weights are divided by `scale`. */
  scale: number;
  /** feature → [classIndex, weight, classIndex, weight, …] (sparse). */
  weights: Record<string, number[]>;
}

export interface Retyper {
  at: RetypeAt;
  spans: RetypeSpans;
  weakBelow: number;
  minGap: number;
  /** never[c]: class c is never given (RetypeJson.never). */
  never: boolean[];
  tagger: boolean;
  scores: boolean;
  /** Weights by template id (TEMPLATES), then value ("" for a flag): a feature name split at its first "=". */
  w: (Map<string, number> | undefined)[];
  /** The weights: feature row r's class weights are weights[r * K … r * K + K) (the maps and tables below hold rows; -1: none). */
  weights: Float32Array;
  /**
   * The pair templates' weights (PAIR_TEMPLATES: value `a|b`) by their two parts, so the tagger looks a
   * pair up without joining it: a value is entered at every "|" it holds (a word may itself hold one),
   * so `pairs[t].get(a)?.get(b)` is the weight of the value `a + "|" + b` exactly.
   */
  pairs: (Map<string, Map<string, number>> | undefined)[];
  /** The rows of FIXED_VALUES templates, by value index (null: none). */
  fixed: (Int32Array | undefined)[];
  /** Class-and-word templates (tl, tb1): rows by the word, then by class. */
  byWordClass: (Map<string, Int32Array> | undefined)[];
  /** Summed scores of a word's own features as a span's first word, last word (of a longer span, alone), filled as words come. */
  firstScores: Map<string, Float64Array>;
  lastScores: Map<string, Float64Array>;
  lastAloneScores: Map<string, Float64Array>;
}

const WORD_CACHE_MAX = 100_000;

export function loadRetyper(json: RetypeJson): Retyper {
  if (json.classes.join(",") !== RETYPE_CLASSES.join(",")) throw new Error("retyper classes do not match the tagger");
  const w: (Map<string, number> | undefined)[] = TEMPLATES.map(() => undefined);
  const entries = Object.entries(json.weights);
  const weights = new Float32Array(entries.length * K);
  for (const [r, [name, sparse]] of entries.entries()) {
    const eq = name.indexOf("=");
    const t = TEMPLATES.indexOf((eq < 0 ? name : name.slice(0, eq)) as (typeof TEMPLATES)[number]);
    if (t < 0) throw new Error(`retyper feature of no template: ${name}`);
    for (let k = 0; k < sparse.length; k += 2) weights[r * K + sparse[k]] = sparse[k + 1] / json.scale;
    (w[t] ??= new Map()).set(eq < 0 ? "" : name.slice(eq + 1), r);
  }
  const fixed = FIXED_VALUES.map((values, t) => (values === undefined ? undefined : Int32Array.from(values, (v) => w[t]?.get(v) ?? -1)));
  // Class-and-word values ("ORG|council"): by the word, then the class (a class name holds no "|").
  const byWordClass: (Map<string, Int32Array> | undefined)[] = TEMPLATES.map(() => undefined);
  for (const t of [T.tl, T.tb1]) {
    const m = (byWordClass[t] = new Map<string, Int32Array>());
    for (const [value, row] of w[t] ?? []) {
      const bar = value.indexOf("|");
      const cls = RETYPE_CLASSES.indexOf(value.slice(0, bar) as (typeof RETYPE_CLASSES)[number]);
      if (bar < 0 || cls < 0) continue;
      let rows = m.get(value.slice(bar + 1));
      if (rows === undefined) m.set(value.slice(bar + 1), (rows = new Int32Array(K).fill(-1)));
      rows[cls] = row;
    }
  }
  const pairs: (Map<string, Map<string, number>> | undefined)[] = TEMPLATES.map(() => undefined);
  for (const t of PAIR_TEMPLATES) {
    const byFirst = (pairs[t] = new Map<string, Map<string, number>>());
    for (const [value, row] of w[t] ?? []) {
      for (let k = value.indexOf("|"); k >= 0; k = value.indexOf("|", k + 1)) {
        const a = value.slice(0, k);
        let m = byFirst.get(a);
        if (m === undefined) byFirst.set(a, (m = new Map()));
        m.set(value.slice(k + 1), row);
      }
    }
  }
  return { at: json.at, spans: json.spans, weakBelow: json.weakBelow, minGap: json.minGap, never: RETYPE_CLASSES.map((c) => json.never?.includes(c) ?? false), tagger: json.tagger, scores: json.scores ?? false, w, weights, pairs, fixed, byWordClass, firstScores: new Map(), lastScores: new Map(), lastAloneScores: new Map() };
}

/** The retyper's class of a span type (GPE and LOC are one PLACE class). */
export function classOf(type: EntityType | "MISC"): number {
  switch (type) {
    case "PERSON":
      return 0;
    case "ORG":
      return 1;
    case "GPE":
    case "LOC":
      return 2;
    case "NORP":
      return 3;
    default:
      return 4;
  }
}
const TYPE_OF_CLASS: readonly (EntityType | "MISC")[] = ["PERSON", "ORG", "GPE", "NORP", "MISC"];

/** Is span `s` re-scored by a retyper with these settings? */
export function selected(r: { spans: RetypeSpans; weakBelow: number }, s: TokenSpan): boolean {
  return r.spans === "all" || s.type === "MISC" || s.confidence < r.weakBelow;
}

/**
 * Changes the retyper may not make, whatever its scores: a person's name stays a person unless it is an
 * organisation (the retyper is for the confusions between organisations, places and other names; a person span it
 * turned into a place, "the envoy for X Jane Doe", hid the person from the rules that split a place off a name), and
 * a name that ends in an office word ("… Special Representative", "… Deputy Minister") is an office, never an
 * organisation.
 */
function keepsName(tok: Tokens, s: TokenSpan, to: EntityType | "MISC"): boolean {
  if (s.type === "PERSON") return to === "ORG" && mayLeavePerson(tok, s);

  return !(to === "ORG" && isTitle(tok.words[s.j - 1]));
}

/**
 * Issue 19q: companies, bands, clubs and schools named like people ("Vox Adeon", "Harley-Davidson", "AAA Durham"
 * read as PERSON; UNER, WikiGold and CrossNER make them ORG) may become ORG when the retyper says so, but not a
 * span that opens with a given name of the curated list or of the name lists ("Anna Velmor", "Georg Velmor" stay
 * people whatever their context), nor a lone listed surname ("Obama"). Only these person spans are scored
 * (retypeScores), so most people cost the retyper nothing.
 */
function mayLeavePerson(tok: Tokens, s: TokenSpan): boolean {
  const first = tok.words[s.i];
  if (GIVEN_NAME_SET.has(first)) return false;
  const tags = NAME_TAGS.get(first);
  if (tags === undefined) return true;
  // A given name of the name lists opens a person's name ("Georg X"); a lone listed surname is a person's ("Obama").
  return !tags.includes("nl=GIVEN") && !(s.j - s.i === 1 && (tags.includes("nl=SURNAME") || tags.includes("nl=PER")));
}

/** What the features read of the whole document: the types of each span string, and its words. */
export interface RetypeDoc {
  byString: Map<string, number[]>;
  /** Each span's string, lower-cased. */
  keys: Map<TokenSpan, string>;
  hasToken: (word: string) => boolean;
}

const spanKey = (tok: Tokens, s: TokenSpan) => tok.words.slice(s.i, s.j).join(" ").toLowerCase();

export function retypeDoc(tok: Tokens, spans: readonly TokenSpan[]): RetypeDoc {
  const byString = new Map<string, number[]>();
  const keys = new Map<TokenSpan, string>();
  for (const s of spans) {
    const key = spanKey(tok, s);
    keys.set(s, key);
    let c = byString.get(key);
    if (c === undefined) byString.set(key, (c = new Array<number>(K).fill(0)));
    c[classOf(s.type)]++;
  }
  // An acronym opens with two capitals: the document's words that do, as a set made on first use
  // (only names of two words or more ask).
  let tokens: Set<string> | undefined;
  const capitals = () => {
    const out = new Set<string>();
    for (const w of tok.words) {
      const a = w.charCodeAt(0);
      const b = w.charCodeAt(1);
      if (a >= 65 && a <= 90 && b >= 65 && b <= 90) out.add(w);
    }
    return out;
  };
  const hasToken = (word: string) => (tokens ??= capitals()).has(word);
  return { byString, keys, hasToken };
}

/** Words that are no verb or preposition of the name: skipped when looking for the nearest lower-case word. */
const SKIP_BEFORE = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "of"]);
/** How far the nearest lower-case word is looked for, before and after a span. */
const CUE_DISTANCE = 4;

const bucket = (x: number) => Math.min(9, Math.floor(x * 10));
// Feature values made once (the same strings, and their cached hashes, for every span).
const DIGITS = Array.from({ length: 10 }, (_, k) => String(k));
const TYPE_DIGIT = RETYPE_CLASSES.map((t) => DIGITS.map((d) => t + d));
const TYPE_PAIR = RETYPE_CLASSES.map((t) => RETYPE_CLASSES.map((u) => t + ">" + u));
/** The tagger's gap between its own type and the best other, in bands (spanFeatures), and TYPE_PAIR with each band. */
const GAP_BANDS = ["neg", "0", "1", "2", "3"] as const;
const TYPE_PAIR_GAP = TYPE_PAIR.map((row) => row.map((p) => GAP_BANDS.map((g) => p + g)));

/**
 * The feature templates (a feature's name is `template=value`, or the template alone for a flag):
 * the features give a template's id, so the tagger finds a weight by the id and the value.
 */
const TEMPLATES = ["a1", "a12", "a2", "acr", "b1", "b12", "b2", "bias", "c", "f", "fcw", "fnl", "fs", "g", "given", "gs", "in", "l", "lcw", "lnl", "loch", "ls", "n", "nv", "o", "orgh", "pv", "r", "s", "sh", "ss", "t", "t2", "t2g", "tb1", "tc", "title", "tl", "x2", "x3", "x4"] as const;
const T = Object.fromEntries(TEMPLATES.map((t, k) => [t, k])) as { readonly [K in (typeof TEMPLATES)[number]]: number };

/**
 * Receives the features of a span as a template prefix and a value: the feature's name is
 * `prefix=value`, or `prefix` alone for a flag (value ""). Training builds the names; the tagger
 * looks prefix and value up in tables (`Retyper.w`) without building most names.
 */
interface RetypeSink {
  one(template: number, value: string): void;
  /** A pair template's feature (PAIR_TEMPLATES), whose value is `a|b`; `ka`: the token whose lower-cased word `a` is, or -1. */
  pair(template: number, a: string, b: string, ka: number): void;
  /** A template of FIXED_VALUES, its value given by its index there. */
  fixed(template: number, k: number): void;
  /** A word-valued template (WORD_SLOT): its value is token k's word, lower-cased. */
  word(template: number, k: number): void;
  /** A class-and-word template (WORD_SLOT): its value is the class's name, "|" and token k's word, lower-cased. */
  classWord(template: number, cls: number, k: number): void;
}

/** Templates whose values are one of a short fixed list (the class, the confidence band, the length…): the tagger reads their rows by index. */
const FIXED_VALUES: readonly (readonly string[] | undefined)[] = TEMPLATES.map((_, t) =>
  t === T.t || t === T.o ? RETYPE_CLASSES
    : t === T.c || t === T.n ? DIGITS
      : t === T.tc ? TYPE_DIGIT.flat()
        : t === T.t2 ? TYPE_PAIR.flat()
          : t === T.t2g ? TYPE_PAIR_GAP.flat(2)
            : t === T.bias || t === T.ss || t === T.acr ? [""]
              : undefined,
);
/**
 * Templates whose value is a token's lower-cased word (`word`), or a class and the word (`classWord`), and the
 * templates whose pair value opens with a token's word (`pair`): each has a slot in the rows the tagger keeps
 * with each word (RetypeWord.retypeRows), so a word's row is looked up once, not at every span beside it.
 */
const WORD_SLOT: readonly number[] = (() => {
  const slot = TEMPLATES.map(() => -1);
  [T.b1, T.b2, T.a1, T.a2, T.pv, T.nv, T.in, T.tl, T.tb1, T.b12, T.a12].forEach((t, k) => (slot[t] = k));
  return slot;
})();
/** Slots of a word's summed own features as a span's first word, last word of a longer span, and whole span. */
const FIRST_SLOT = 11;
const LAST_SLOT = 12;
const LAST_ALONE_SLOT = 13;
const WORD_SLOTS = 14;

/**
 * A token's word as the tagger gives it to the retyper (the tagger's model.ts ModelWord): lower-cased, with
 * the rows of its word-valued features kept with it (by WORD_SLOT; null: the retyper has none) and the summed
 * scores of its own features as a first or last word (FIRST_SLOT…), filled on first use.
 */
export interface RetypeWord {
  lower: string;
  /** Its shape (features.ts shape), when known. */
  shape?: string;
  retypeRows?: (number | Float64Array | Int32Array | Map<string, number> | null | undefined)[];
}
/** Templates whose value is two parts joined by "|". */
const PAIR_TEMPLATES = [T.tl, T.b12, T.a12, T.tb1];

/** A document's lower-cased words, made on first use (most words are never next to a span), or given (`lower`, the tagger's). */
class LowerWords {
  private readonly low: (string | undefined)[];
  constructor(private readonly words: readonly string[], private readonly given?: readonly RetypeWord[]) {
    this.low = new Array<string | undefined>(words.length);
  }
  at(k: number): string {
    return (this.low[k] ??= this.given === undefined ? this.words[k].toLowerCase() : this.given[k].lower);
  }
  /** Token k's shape (features.ts shape), the tagger's when it gives its words. */
  shapeAt(k: number): string {
    return this.given?.[k].shape ?? shape(this.words[k]);
  }
}

const isLowerWord = (word: string, lower: string) => {
  const c = word.charCodeAt(0);
  return lower === word && ((c >= 97 && c <= 122) || (c > 127 && /^\p{L}/u.test(word)));
};

/** A gazetteer tag's class ("CTRY-B" → "CTRY"): the same string each time (its hash kept), made once per tag. */
function gazClass(tag: string): string {
  let c = GAZ_CLASS.get(tag);
  if (c === undefined) GAZ_CLASS.set(tag, (c = tag.slice(0, -2)));
  return c;
}
const GAZ_CLASS = new Map<string, string>();

/** The features of a span's first word (`lower`: the word lower-cased): its word, shape, lexicon cues and name-list tags. */
function firstWordFeatures(word: string, lower: string, out: RetypeSink): void {
  out.one(T.f, lower);
  out.one(T.fs, shape(word));
  if (GIVEN_NAME_SET.has(word)) out.one(T.given, "");
  if (isTitle(word)) out.one(T.title, "");
  const c = commonWordClass(lower);
  if (c) out.one(T.fcw, c);
  for (const x of NAME_TAGS.get(word) ?? []) out.one(T.fnl, x.slice(3)); // "nl=GIVEN"…
}

/** The features of a span's last word: its word, shape, suffixes, head-word and lexicon cues; its name-list tags when the span has more words. */
function lastWordFeatures(word: string, lower: string, multi: boolean, out: RetypeSink): void {
  out.one(T.l, lower);
  out.one(T.ls, shape(word));
  if (word.length > 3) {
    out.one(T.x2, lower.slice(-2));
    out.one(T.x3, lower.slice(-3));
    out.one(T.x4, lower.slice(-4));
  }
  if (ORG_HEAD_SET.has(word)) out.one(T.orgh, "");
  if (LOC_HEAD_SET.has(word)) out.one(T.loch, "");
  const c = commonWordClass(lower);
  if (c) out.one(T.lcw, c);
  if (multi) for (const x of NAME_TAGS.get(word) ?? []) out.one(T.lnl, x.slice(3));
}

/** Where the tagger puts the first and last words' features instead of the sink (cached scores). */
interface WordParts {
  /** `k`: the word's token. */
  first: (k: number, word: string, lower: string) => void;
  last: (k: number, word: string, lower: string, multi: boolean) => void;
}

/**
 * The features of span `s` (tokens [s.i, s.j)), given to `out`. `tagger`: with the tagger's own type,
 * margin and rule (jackknifed training); without them when the retyper was trained on gold spans.
 * `e`: the tagger's emissions (n × labels), for its score of each type over the span.
 */
function spanFeatures(
  tok: Tokens,
  low: LowerWords,
  gaz: readonly (string | null)[],
  s: TokenSpan,
  doc: RetypeDoc,
  out: RetypeSink,
  tagger = true,
  e?: Float32Array,
  words?: WordParts,
): void {
  const w = tok.words;
  const n = w.length;
  out.fixed(T.bias, 0);
  const first = w[s.i];
  const last = w[s.j - 1];
  const lf = low.at(s.i);
  const ll = low.at(s.j - 1);
  const len = s.j - s.i;
  const own = classOf(s.type);
  const t = RETYPE_CLASSES[own];
  if (tagger) {
    const c = bucket(s.confidence);
    out.fixed(T.t, own);
    out.fixed(T.c, c);
    out.fixed(T.tc, own * 10 + c);
    out.one(T.r, s.rule);
    out.classWord(T.tl, own, s.j - 1);
    if (e !== undefined && e.length > 0) {
      // The tagger's emission score of each type over the span (B- on the first token, I- on the others):
      // its best other type, and how far that is behind the span's own type.
      const sc = typeScores(e, s.i, s.j);
      let alt = own === 0 ? 1 : 0;
      for (let k = 0; k < K; k++) if (k !== own && sc[k] > sc[alt]) alt = k;
      const gap = (sc[own] - sc[alt]) / len;
      const g = gap < 0 ? 0 : gap < 2 ? 1 : gap < 5 ? 2 : gap < 10 ? 3 : 4;
      out.fixed(T.t2, own * K + alt);
      out.fixed(T.t2g, (own * K + alt) * GAP_BANDS.length + g);
    }
  }
  out.fixed(T.n, Math.min(len, 4));
  // The first and last words' own features (the tagger scores them once per word: `words`).
  if (words) {
    words.first(s.i, first, lf);
    words.last(s.j - 1, last, ll, len > 1);
  } else {
    firstWordFeatures(first, lf, out);
    lastWordFeatures(last, ll, len > 1, out);
  }
  const key = doc.keys.get(s) ?? spanKey(tok, s);
  if (len <= 5) out.one(T.s, key);
  if (len > 1) for (let k = s.i + 1; k < s.j - 1; k++) out.word(T.in, k);
  if (len <= 4) {
    let sh = low.shapeAt(s.i);
    for (let k = s.i + 1; k < s.j; k++) sh += "_" + low.shapeAt(k);
    out.one(T.sh, sh);
  }
  // Neighbours (the sentence's edges as markers).
  // Each neighbour's token, or -1 for the marker (a token is never "<s>" or "</s>": those are no tokens of tokens.ts).
  const k1 = s.i > 0 && !tok.sentenceStart[s.i] ? s.i - 1 : -1;
  const k2 = k1 >= 0 && s.i > 1 && !tok.sentenceStart[s.i - 1] ? s.i - 2 : -1;
  const j1 = s.j < n && !tok.sentenceStart[s.j] ? s.j : -1;
  const j2 = j1 >= 0 && s.j + 1 < n && !tok.sentenceStart[s.j + 1] ? s.j + 1 : -1;
  const b1 = k1 >= 0 ? low.at(k1) : "<s>";
  const b2 = k2 >= 0 ? low.at(k2) : "<s>";
  const a1 = j1 >= 0 ? low.at(j1) : "</s>";
  const a2 = j2 >= 0 ? low.at(j2) : "</s>";
  if (k1 >= 0) out.word(T.b1, k1);
  else out.one(T.b1, b1);
  if (k2 >= 0) out.word(T.b2, k2);
  else out.one(T.b2, b2);
  out.pair(T.b12, b2, b1, k2);
  if (j1 >= 0) out.word(T.a1, j1);
  else out.one(T.a1, a1);
  if (j2 >= 0) out.word(T.a2, j2);
  else out.one(T.a2, a2);
  out.pair(T.a12, a1, a2, j1);
  if (tagger) {
    if (k1 >= 0) out.classWord(T.tb1, own, k1);
    else out.pair(T.tb1, t, b1, -1);
  }
  // The nearest lower-case word before (a verb or a preposition governing the name) and after.
  for (let k = s.i - 1; k >= Math.max(0, s.i - CUE_DISTANCE); k--) {
    const lw = low.at(k);
    if (isLowerWord(w[k], lw) && !SKIP_BEFORE.has(lw)) {
      out.word(T.pv, k);
      break;
    }
    if (tok.sentenceStart[k]) break;
  }
  for (let k = s.j; k < Math.min(n, s.j + CUE_DISTANCE); k++) {
    if (k > s.j && tok.sentenceStart[k]) break;
    const lw = low.at(k);
    if (isLowerWord(w[k], lw) && !SKIP_BEFORE.has(lw)) {
      out.word(T.nv, k);
      break;
    }
  }
  if (tok.sentenceStart[s.i]) out.fixed(T.ss, 0);
  // Gazetteer classes: of the words inside, and of the whole span when one listed phrase is exactly it.
  for (let k = s.i; k < s.j; k++) if (gaz[k]) out.one(T.g, gazClass(gaz[k]!));
  if (gaz[s.i]?.endsWith("-B") && (s.j >= n || !gaz[s.j]?.endsWith("-I"))) {
    let whole = true;
    for (let k = s.i + 1; k < s.j && whole; k++) whole = gaz[k]?.endsWith("-I") ?? false;
    if (whole) out.one(T.gs, gazClass(gaz[s.i]!));
  }
  // Document cues: the same string's other spans; its acronym used as a token elsewhere.
  const counts = doc.byString.get(key);
  if (counts) {
    for (let c = 0; c < K; c++) if (counts[c] - (c === own ? 1 : 0) > 0) out.fixed(T.o, c);
  }
  if (len >= 2) {
    let acr = "";
    for (let k = s.i; k < s.j; k++) {
      const c = w[k].charCodeAt(0);
      if (c >= 65 && c <= 90) acr += w[k][0];
    }
    if (acr.length >= 2 && doc.hasToken(acr)) out.fixed(T.acr, 0);
  }
}

/** A sink that gives every feature as its template and value string to `one` (training names them; a lookup by name). */
function stringSink(one: (t: number, value: string) => void, low: LowerWords): RetypeSink {
  return {
    one,
    pair: (t, a, b) => one(t, a + "|" + b),
    fixed: (t, k) => one(t, FIXED_VALUES[t]![k]),
    word: (t, k) => one(t, low.at(k)),
    classWord: (t, cls, k) => one(t, RETYPE_CLASSES[cls] + "|" + low.at(k)),
  };
}

/** The feature names of span `s` (training; the same features as spanFeatures gives the tagger). */
export function retypeFeatures(
  tok: Tokens,
  gaz: readonly (string | null)[],
  s: TokenSpan,
  doc: RetypeDoc,
  tagger = true,
  e?: Float32Array,
  low = new LowerWords(tok.words),
): string[] {
  const f: string[] = [];
  spanFeatures(tok, low, gaz, s, doc, stringSink((t, v) => void f.push(v === "" ? TEMPLATES[t] : TEMPLATES[t] + "=" + v), low), tagger, e);
  return f;
}

/** Labels per token of the tagger's emissions (O, then B-X, I-X for each class in RETYPE_CLASSES order, model.ts LABELS). */
const LABELS_PER_TOKEN = 1 + 2 * K;
function typeScores(e: Float32Array, i: number, j: number): Float64Array {
  const out = new Float64Array(K);
  for (let c = 0; c < K; c++) {
    let x = e[i * LABELS_PER_TOKEN + 1 + 2 * c];
    for (let k = i + 1; k < j; k++) x += e[k * LABELS_PER_TOKEN + 2 + 2 * c];
    out[c] = x;
  }
  return out;
}

/**
 * Re-scores the selected spans of a document (in place) and returns them. A span whose best
 * class beats its own by more than minGap takes that class (PLACE as "GPE", for `refinePlace`
 * to split into GPE and LOC) and the rule `rule`: "entities/retype", or "entities/model" when it runs
 * right after decoding (the post-decoding rules then treat its types as the model's).
 */
export function retypeSpans(
  r: Retyper,
  tok: Tokens,
  gaz: readonly (string | null)[],
  spans: TokenSpan[],
  refinePlace: (s: TokenSpan) => void = () => {},
  e?: Float32Array,
  rule = "entities/retype",
  tokenWords?: readonly RetypeWord[],
): TokenSpan[] {
  if (spans.length === 0) return spans;
  const scores = retypeScores(r, tok, gaz, spans, e, tokenWords);
  const changes: [TokenSpan, number][] = [];
  spans.forEach((s, k) => {
    const sc = scores[k];
    if (sc === null) return;
    const own = classOf(s.type);
    let best = own;
    for (let c = 0; c < K; c++) if (sc[c] > sc[best] && !r.never[c]) best = c;
    if (best !== own && sc[best] - sc[own] > r.minGap && keepsName(tok, s, TYPE_OF_CLASS[best])) changes.push([s, best]);
  });
  // Changed after all spans are scored, so the document cues read the tagger's types only.
  for (const [s, c] of changes) {
    s.type = TYPE_OF_CLASS[c];
    s.rule = rule;
    if (s.type === "GPE") refinePlace(s);
  }
  return spans;
}

/**
 * The retyper's class scores of each span (null for a span it does not score: not selected, or a person's),
 * the sums of the weights of retypeFeatures' names, found in the retyper's tables. `tokenWords`: each
 * token's word with room for its rows (the tagger's ModelWord), kept across documents.
 */
export function retypeScores(
  r: Retyper,
  tok: Tokens,
  gaz: readonly (string | null)[],
  spans: readonly TokenSpan[],
  e?: Float32Array,
  tokenWords?: readonly RetypeWord[],
): (Float64Array | null)[] {
  const doc = retypeDoc(tok, spans);
  const low = new LowerWords(tok.words, tokenWords);
  let sc = new Float64Array(K);
  const W = r.weights;
  const addRow = (row: number | undefined) => {
    if (row === undefined || row < 0) return;
    const o = row * K;
    for (let c = 0; c < K; c++) sc[c] += W[o + c];
  };
  // A token's rows kept with its word (RetypeWord), by WORD_SLOT; without `words`, looked up by value.
  const slotOf = (t: number, k: number, make: (lower: string) => number | Int32Array | Map<string, number> | null) => {
    if (tokenWords === undefined) return make(low.at(k));
    const rows = (tokenWords[k].retypeRows ??= new Array(WORD_SLOTS));
    let x = rows[WORD_SLOT[t]];
    if (x === undefined) rows[WORD_SLOT[t]] = x = make(tokenWords[k].lower);
    return x;
  };
  const add: RetypeSink = {
    one: (t, v) => addRow(r.w[t]?.get(v)),
    pair: (t, a, b, ka) => {
      const byFirst = ka >= 0 ? (slotOf(t, ka, (lw) => r.pairs[t]?.get(lw) ?? null) as Map<string, number> | null) : r.pairs[t]?.get(a);
      addRow(byFirst?.get(b));
    },
    fixed: (t, k) => addRow(r.fixed[t]?.[k]),
    word: (t, k) => addRow(slotOf(t, k, (lw) => r.w[t]?.get(lw) ?? -1) as number),
    classWord: (t, cls, k) => addRow((slotOf(t, k, (lw) => r.byWordClass[t]?.get(lw) ?? null) as Int32Array | null)?.[cls]),
  };
  // A word's own features score the same in every span: summed once per word and kept (bounded).
  if (r.firstScores.size > WORD_CACHE_MAX) r.firstScores.clear();
  if (r.lastScores.size > WORD_CACHE_MAX) r.lastScores.clear();
  if (r.lastAloneScores.size > WORD_CACHE_MAX) r.lastAloneScores.clear();
  const sumOf = (make: (out: RetypeSink) => void) => {
    const sum = new Float64Array(K);
    make(stringSink((t, v) => {
      const x = r.w[t]?.get(v);
      if (x !== undefined) for (let c = 0; c < K; c++) sum[c] += W[x * K + c];
    }, low));
    return sum;
  };
  // Kept with the token's word (RetypeWord.retypeRows) when the tagger gives words, else in the retyper's maps by word.
  const addCached = (k: number, slot: number, cache: Map<string, Float64Array>, key: string, make: (out: RetypeSink) => void) => {
    let row: Float64Array | undefined;
    if (tokenWords === undefined) {
      row = cache.get(key);
      if (row === undefined) cache.set(key, (row = sumOf(make)));
    } else {
      const rows = (tokenWords[k].retypeRows ??= new Array(WORD_SLOTS));
      row = rows[slot] as Float64Array | undefined;
      if (row === undefined) rows[slot] = row = sumOf(make);
    }
    for (let c = 0; c < K; c++) sc[c] += row[c];
  };
  const words: WordParts = {
    first: (k, word, lower) => addCached(k, FIRST_SLOT, r.firstScores, word, (out) => firstWordFeatures(word, lower, out)),
    last: (k, word, lower, multi) =>
      addCached(k, multi ? LAST_SLOT : LAST_ALONE_SLOT, multi ? r.lastScores : r.lastAloneScores, word, (out) => lastWordFeatures(word, lower, multi, out)),
  };
  return spans.map((s) => {
    // A person's span keeps its type whatever its scores unless it may become an ORG (keepsName): it is not scored.
    if (!selected(r, s) || (s.type === "PERSON" && !mayLeavePerson(tok, s))) return null;
    sc = new Float64Array(K);
    spanFeatures(tok, low, gaz, s, doc, add, r.tagger, r.scores ? e : undefined, words);
    return sc;
  });
}
