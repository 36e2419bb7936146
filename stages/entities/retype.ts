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
import { isCapitalised, shape } from "./features.ts";
import { commonWordClass, GIVEN_NAME_SET, isTitle, LOC_HEAD_SET, NAME_TAGS, ORG_HEAD_SET } from "./lexicon.ts";
import type { TokenSpan } from "./spans.ts";
import type { Tokens } from "./tokens.ts";

export const RETYPE_CLASSES = ["PER", "ORG", "PLACE", "NORP", "MISC"] as const;
export type RetypeClass = (typeof RETYPE_CLASSES)[number];
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
  /** Trained with the tagger's own type, margin and rule among the features (jackknifed spans), or without (gold spans). */
  tagger: boolean;
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
  tagger: boolean;
  w: Map<string, Float32Array>;
}

export function loadRetyper(json: RetypeJson): Retyper {
  if (json.classes.join(",") !== RETYPE_CLASSES.join(",")) throw new Error("retyper classes do not match the tagger");
  const w = new Map<string, Float32Array>();
  for (const [name, sparse] of Object.entries(json.weights)) {
    const row = new Float32Array(K);
    for (let k = 0; k < sparse.length; k += 2) row[sparse[k]] = sparse[k + 1] / json.scale;
    w.set(name, row);
  }
  return { at: json.at, spans: json.spans, weakBelow: json.weakBelow, minGap: json.minGap, tagger: json.tagger, w };
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

/** What the features read of the whole document: the types of each span string, and the capitalised tokens. */
export interface RetypeDoc {
  byString: Map<string, number[]>;
  tokens: Set<string>;
}

const spanKey = (tok: Tokens, s: TokenSpan) => tok.words.slice(s.i, s.j).join(" ").toLowerCase();

export function retypeDoc(tok: Tokens, spans: readonly TokenSpan[]): RetypeDoc {
  const byString = new Map<string, number[]>();
  for (const s of spans) {
    const key = spanKey(tok, s);
    let c = byString.get(key);
    if (c === undefined) byString.set(key, (c = new Array<number>(K).fill(0)));
    c[classOf(s.type)]++;
  }
  const tokens = new Set<string>();
  for (const w of tok.words) if (w.length >= 2 && isCapitalised(w)) tokens.add(w);
  return { byString, tokens };
}

/** Words that are no verb or preposition of the name: skipped when looking for the nearest lower-case word. */
const SKIP_BEFORE = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "of"]);
/** How far the nearest lower-case word is looked for, before and after a span. */
const CUE_DISTANCE = 4;

const bucket = (x: number) => Math.min(9, Math.floor(x * 10));

/**
 * The features of span `s` (tokens [s.i, s.j)). `tagger`: with the tagger's own type, margin
 * and rule (jackknifed training); without them when the retyper was trained on gold spans.
 */
export function retypeFeatures(tok: Tokens, gaz: readonly (string | null)[], s: TokenSpan, doc: RetypeDoc, tagger = true): string[] {
  const w = tok.words;
  const n = w.length;
  const f: string[] = ["bias"];
  const first = w[s.i];
  const last = w[s.j - 1];
  const lf = first.toLowerCase();
  const ll = last.toLowerCase();
  const len = s.j - s.i;
  if (tagger) {
    const t = RETYPE_CLASSES[classOf(s.type)];
    const c = bucket(s.confidence);
    f.push("t=" + t, "c=" + c, "tc=" + t + c, "r=" + s.rule, "tl=" + t + "|" + ll);
  }
  f.push("n=" + Math.min(len, 4), "f=" + lf, "l=" + ll, "fs=" + shape(first), "ls=" + shape(last));
  const key = spanKey(tok, s);
  if (len <= 5) f.push("s=" + key);
  if (len > 1) for (let k = s.i + 1; k < s.j - 1; k++) f.push("in=" + w[k].toLowerCase());
  if (len <= 4) f.push("sh=" + w.slice(s.i, s.j).map(shape).join("_"));
  if (last.length > 3) f.push("x2=" + ll.slice(-2), "x3=" + ll.slice(-3), "x4=" + ll.slice(-4));
  // Neighbours (the sentence's edges as markers).
  const b1 = s.i > 0 && !tok.sentenceStart[s.i] ? w[s.i - 1].toLowerCase() : "<s>";
  const b2 = b1 !== "<s>" && s.i > 1 && !tok.sentenceStart[s.i - 1] ? w[s.i - 2].toLowerCase() : "<s>";
  const a1 = s.j < n && !tok.sentenceStart[s.j] ? w[s.j].toLowerCase() : "</s>";
  const a2 = a1 !== "</s>" && s.j + 1 < n && !tok.sentenceStart[s.j + 1] ? w[s.j + 1].toLowerCase() : "</s>";
  f.push("b1=" + b1, "b2=" + b2, "b12=" + b2 + "|" + b1, "a1=" + a1, "a2=" + a2, "a12=" + a1 + "|" + a2);
  if (tagger) f.push("tb1=" + RETYPE_CLASSES[classOf(s.type)] + "|" + b1);
  // The nearest lower-case word before (a verb or a preposition governing the name) and after.
  for (let k = s.i - 1; k >= Math.max(0, s.i - CUE_DISTANCE); k--) {
    const lw = w[k].toLowerCase();
    if (lw === w[k] && /^\p{L}/u.test(lw) && !SKIP_BEFORE.has(lw)) {
      f.push("pv=" + lw);
      break;
    }
    if (tok.sentenceStart[k]) break;
  }
  for (let k = s.j; k < Math.min(n, s.j + CUE_DISTANCE); k++) {
    if (k > s.j && tok.sentenceStart[k]) break;
    const lw = w[k].toLowerCase();
    if (lw === w[k] && /^\p{L}/u.test(lw) && !SKIP_BEFORE.has(lw)) {
      f.push("nv=" + lw);
      break;
    }
  }
  if (tok.sentenceStart[s.i]) f.push("ss");
  // Gazetteer classes: of the words inside, and of the whole span when one listed phrase is exactly it.
  for (let k = s.i; k < s.j; k++) if (gaz[k]) f.push("g=" + gaz[k]!.slice(0, -2));
  if (gaz[s.i]?.endsWith("-B") && (s.j >= n || !gaz[s.j]?.endsWith("-I"))) {
    let whole = true;
    for (let k = s.i + 1; k < s.j && whole; k++) whole = gaz[k]?.endsWith("-I") ?? false;
    if (whole) f.push("gs=" + gaz[s.i]!.slice(0, -2));
  }
  // Lexicon cues of the first and last words.
  if (GIVEN_NAME_SET.has(first)) f.push("given");
  if (isTitle(first)) f.push("title");
  if (ORG_HEAD_SET.has(last)) f.push("orgh");
  if (LOC_HEAD_SET.has(last)) f.push("loch");
  const cf = commonWordClass(lf);
  if (cf) f.push("fcw=" + cf);
  const cl = commonWordClass(ll);
  if (cl) f.push("lcw=" + cl);
  for (const t of NAME_TAGS.get(first) ?? []) f.push("f" + t);
  if (len > 1) for (const t of NAME_TAGS.get(last) ?? []) f.push("l" + t);
  // Document cues: the same string's other spans; its acronym used as a token elsewhere.
  const counts = doc.byString.get(key);
  if (counts) {
    const own = classOf(s.type);
    for (let c = 0; c < K; c++) if (counts[c] - (c === own ? 1 : 0) > 0) f.push("o=" + RETYPE_CLASSES[c]);
  }
  if (len >= 2) {
    let acr = "";
    for (let k = s.i; k < s.j; k++) if (isCapitalised(w[k])) acr += w[k][0];
    if (acr.length >= 2 && doc.tokens.has(acr)) f.push("acr");
  }
  return f;
}

/** Scores of the classes for features `f`. */
export function retypeScores(r: Retyper, f: readonly string[]): Float64Array {
  const out = new Float64Array(K);
  for (const name of f) {
    const row = r.w.get(name);
    if (row === undefined) continue;
    for (let c = 0; c < K; c++) out[c] += row[c];
  }
  return out;
}

/**
 * Re-scores the selected spans of a document (in place) and returns them. A span whose best
 * class beats its own by more than minGap takes that class (PLACE as "GPE", for `refinePlace`
 * to split into GPE and LOC) with the rule "entities/retype".
 */
export function retypeSpans(
  r: Retyper,
  tok: Tokens,
  gaz: readonly (string | null)[],
  spans: TokenSpan[],
  refinePlace: (s: TokenSpan) => void = () => {},
): TokenSpan[] {
  if (spans.length === 0) return spans;
  const doc = retypeDoc(tok, spans);
  const changes: [TokenSpan, number][] = [];
  for (const s of spans) {
    if (!selected(r, s)) continue;
    const sc = retypeScores(r, retypeFeatures(tok, gaz, s, doc, r.tagger));
    const own = classOf(s.type);
    let best = own;
    for (let c = 0; c < K; c++) if (sc[c] > sc[best]) best = c;
    if (best !== own && sc[best] - sc[own] > r.minGap) changes.push([s, best]);
  }
  // Changed after all spans are scored, so the document cues read the tagger's types only.
  for (const [s, c] of changes) {
    s.type = TYPE_OF_CLASS[c];
    s.rule = "entities/retype";
    if (s.type === "GPE") refinePlace(s);
  }
  return spans;
}
