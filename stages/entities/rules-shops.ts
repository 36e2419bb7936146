/**
 * Round 6: post-decoding rule for businesses named with a possessive.
 * Commented with its family; tagger.ts runs it from POST_RULES.
 */
import { GIVEN_NAME_SET } from "./lexicon.ts";
import { type TokenSpan, glued } from "./spans.ts";
import type { Tokens } from "./tokens.ts";

/**
 * Family: shops, restaurants and stores named with a possessive ("ate at
 * Velmor's.", "Tarrow's became Keld's in 1992", "anchors: Dunmore's, …";
 * reviews, retail and local news): the possessive is part of the name (UNER and
 * WikiGold keep it inside) when nothing that it could own follows, that is when
 * the next token is punctuation or a word that opens no noun phrase. A span of
 * one or two words before such an "'s" takes it in and is an ORG; not after
 * "the", nor a person's span opening with a listed given name, nor before a
 * closing bracket ("(and Velmor's)" elides a noun).
 */
const NOT_OWNED = new Set([
  ",", ".", ";", ":", "!", "?", "and", "or", "in", "on", "at", "was", "were", "is", "are", "has", "had", "became",
  "opened", "closed", "which", "where", "since", "until",
]);
export function possessiveBusinesses(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  for (let x = 0; x < spans.length; x++) {
    const s = spans[x];
    const p = s.j;
    if ((s.type !== "ORG" && s.type !== "PERSON") || s.j - s.i > 2 || p + 2 >= n) continue;
    // The tokenizer writes the possessive as an apostrophe and "s".
    if ((w[p] !== "'" && w[p] !== "’") || w[p + 1] !== "s" || !glued(tok, p) || tok.starts[p + 1] !== tok.ends[p] || !NOT_OWNED.has(w[p + 2])) continue;
    if (x + 1 < spans.length && spans[x + 1].i <= p + 1) continue;
    // "Anna Velmor's" is a person's (an elided noun: "Anna Velmor's in 1937", her band); "the Velmor's" a misspelt plural.
    if (s.type === "PERSON" && GIVEN_NAME_SET.has(w[s.i])) continue;
    if (s.i > 0 && (w[s.i - 1] === "the" || w[s.i - 1] === "The")) continue;
    s.j = p + 2;
    s.type = "ORG";
    s.rule = "entities/possessive-business";
  }
  return spans;
}
