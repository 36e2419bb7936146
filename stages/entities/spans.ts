/** The span type the tagger's post-decoding rules work on (tagger.ts, rules-news.ts). */
import type { EntityType } from "../../schemas/records.ts";
import type { Tokens } from "./tokens.ts";

/** A span over tokens [i, j) while the document is being worked on. MISC spans are never output. */
export interface TokenSpan {
  i: number;
  j: number;
  type: EntityType | "MISC";
  confidence: number;
  rule: string;
}

/** True when a line break separates token k from the token before it. */
export function lineBreakBefore(tok: Tokens, k: number): boolean {
  if (k === 0 || !tok.sentenceStart[k]) return false;
  const { text } = tok;
  for (let x = tok.ends[k - 1]; x < tok.starts[k]; x++) if (text.charCodeAt(x) === 10) return true;
  return false;
}

/** `spans` with `add` put in place of every span it overlaps, sorted by start. */
export function replaceOverlapping(spans: TokenSpan[], add: TokenSpan): TokenSpan[] {
  const out = spans.filter((s) => s.j <= add.i || s.i >= add.j);
  out.push(add);
  return out.sort((a, b) => a.i - b.i);
}
