/** The span type the tagger's post-decoding rules work on (tagger.ts, rules-news.ts). */
import type { EntityType } from "../../schemas/records.ts";
import { isCapitalised } from "./features.ts";
import { newlineIn, type Tokens } from "./tokens.ts";

/** A span over tokens [i, j) while the document is being worked on. MISC spans are never output. */
export interface TokenSpan {
  i: number;
  j: number;
  type: EntityType | "MISC";
  confidence: number;
  rule: string;
}

/** The apostrophe tokens of a possessive or an elision (straight and typographic). */
export const APOSTROPHES: ReadonlySet<string> = new Set(["'", "’"]);

/** True when a line break separates token k from the token before it. */
export function lineBreakBefore(tok: Tokens, k: number): boolean {
  return k > 0 && tok.sentenceStart[k] && newlineIn(tok.text, tok.ends[k - 1], tok.starts[k]);
}

/** Token k follows token k-1 with at most one character between them and no line break: one name may run on. */
export function glued(tok: Tokens, k: number): boolean {
  return tok.starts[k] - tok.ends[k - 1] <= 1 && !lineBreakBefore(tok, k);
}

/**
 * Tokens [i, j) stand alone: no capitalised word is glued to them on either side (on the left, not across a
 * sentence start), so they are not the inside of a longer name ("Young Conservatives Club").
 */
export function standsAlone(tok: Tokens, i: number, j: number): boolean {
  const w = tok.words;
  return !(i > 0 && isCapitalised(w[i - 1]) && tok.starts[i] - tok.ends[i - 1] <= 1 && !tok.sentenceStart[i]) &&
    !(j < w.length && isCapitalised(w[j]) && tok.starts[j] - tok.ends[j - 1] <= 1);
}

const OPENING_ARTICLES: ReadonlySet<string> = new Set(["The", "A", "An"]);
/**
 * Token i follows an article that opens the sentence ("The Senedd voted", "A KMT spokesman said"): the article is
 * capitalised by its place, not as part of the name after it.
 */
export function afterOpeningArticle(tok: Tokens, i: number): boolean {
  return i > 0 && tok.sentenceStart[i - 1] && OPENING_ARTICLES.has(tok.words[i - 1]);
}

/** `spans` with `add` put in place of every span it overlaps, sorted by start. */
export function replaceOverlapping(spans: TokenSpan[], add: TokenSpan): TokenSpan[] {
  const out = spans.filter((s) => s.j <= add.i || s.i >= add.j);
  out.push(add);
  return out.sort((a, b) => a.i - b.i);
}

/**
 * Edits to a document's spans with constant-time look-ups by token (which span
 * covers token k), so that rules which look at many tokens stay linear in the
 * document: `replace` drops the spans a new one overlaps, `result` gives the
 * spans sorted by start.
 */
export class SpanEdits {
  private readonly all: TokenSpan[];
  private readonly owner: Int32Array;
  private readonly removed = new Set<number>();
  private readonly index = new Map<TokenSpan, number>();
  constructor(spans: readonly TokenSpan[], n: number) {
    this.all = spans.slice();
    this.owner = new Int32Array(n).fill(-1);
    this.all.forEach((s, k) => this.own(s, k));
  }
  private own(s: TokenSpan, k: number): void {
    this.index.set(s, k);
    for (let t = s.i; t < s.j; t++) this.owner[t] = k;
  }
  /** The span covering token k. */
  at(k: number): TokenSpan | undefined {
    const o = k >= 0 && k < this.owner.length ? this.owner[k] : -1;
    return o >= 0 && !this.removed.has(o) ? this.all[o] : undefined;
  }
  /** The span that starts at token k. */
  startingAt(k: number): TokenSpan | undefined {
    const s = this.at(k);
    return s && s.i === k ? s : undefined;
  }
  /** The span that ends right before token k. */
  endingAt(k: number): TokenSpan | undefined {
    const s = this.at(k - 1);
    return s && s.j === k ? s : undefined;
  }
  /** No span covers any token of [i, j). */
  free(i: number, j: number): boolean {
    for (let t = i; t < j; t++) if (this.at(t)) return false;
    return true;
  }
  /** Every span covering a token of [i, j) lies inside [i, j) (none reaches out of it). */
  inside(i: number, j: number): boolean {
    for (let t = i; t < j; t++) {
      const o = this.at(t);
      if (o !== undefined && (o.i < i || o.j > j)) return false;
    }
    return true;
  }
  /** Puts `add` in place of every span it overlaps. */
  replace(add: TokenSpan): void {
    for (let t = add.i; t < add.j; t++) {
      const o = this.owner[t];
      if (o >= 0) this.removed.add(o);
    }
    this.all.push(add);
    this.own(add, this.all.length - 1);
  }
  /** Grows span `s` (already in the set) to [s.i, j). */
  extend(s: TokenSpan, i: number, j: number): void {
    const k = this.index.get(s)!;
    for (let t = i; t < j; t++) {
      const o = this.owner[t];
      if (o >= 0 && o !== k) this.removed.add(o);
    }
    s.i = i;
    s.j = j;
    this.own(s, k);
  }
  result(): TokenSpan[] {
    return this.all.filter((_, k) => !this.removed.has(k)).sort((a, b) => a.i - b.i);
  }
}
