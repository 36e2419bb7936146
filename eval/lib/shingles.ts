/**
 * The article-extraction-benchmark metric (ScrapingHub / Zyte, MIT licence):
 * 4-token shingles counted as multisets, per-page tp/fp/fn normalised so every
 * page weighs the same, precision averaged over pages with non-empty output,
 * recall over pages with non-empty truth, F1 of the two means.
 *
 * Tokens are maximal runs of Unicode letters, digits and underscore (Python's
 * `\w`); punctuation, whitespace and combining marks are separators, so
 * "café" written with a combining accent splits into two tokens, as upstream.
 */

import type { CleanResult } from "../../stages/types.ts";
import { f1 } from "./f1.ts";

const TOKEN = /[\p{L}\p{N}_]+/gu;

/**
 * What the benchmark compares from a cleaner's result: the body and heading blocks (kept blocks except the
 * title), one per line. Used for the cleaner's output and, in eval:clean-silver, for the HTML extractor's reference.
 */
export function bodyText(result: CleanResult): string {
  return result.blocks
    .filter((b) => b.role === "body" || b.role === "heading")
    .map((b) => b.text)
    .join("\n");
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of n-token shingles; a text with 1..n-1 tokens gives one shorter shingle. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const window = tokens.slice(i, i + n);
    if (window.length === 0) continue;
    // U+0001 cannot occur inside a token, so joined keys never collide.
    const key = window.join("\u0001");
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** Normalised tp/fp/fn of one page (they sum to 1, or all 0 when both texts are empty). */
export function shingleMatch(truth: string, pred: string, n = 4): PageScore {
  const t = shingles(truth, n);
  const p = shingles(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    fp += Math.max(0, pc - tc);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

export function precisionScore({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** One page's own F1 (its precision and recall as the benchmark reads them), for listing the worst pages. */
export function pageF1(s: PageScore): number {
  return f1(precisionScore(s), recallScore(s));
}

export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function metricsOf(pages: PageScore[]): Metrics {
  const precision = mean(pages.filter((s) => s.tp + s.fp > 0).map(precisionScore));
  const recall = mean(pages.filter((s) => s.tp + s.fn > 0).map(recallScore));
  return { precision, recall, f1: f1(precision, recall) };
}

/** Secondary metric: the output's token sequence equals the truth's exactly. */
export function exactTokens(truth: string, pred: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(pred);
  return a.length === b.length && a.every((tok, i) => tok === b[i]);
}
