/**
 * White space as JavaScript reads it, one definition for every stage that skips or squashes it by
 * code unit: the HTML cleaner's block text (stages/clean/html/blocks.ts) and the entity tokenizer
 * (stages/entities/tokens.ts), which must skip exactly what its patterns' `\s` and `\S` read.
 */

/** JavaScript's `\s` (and `trim()`): ECMAScript WhiteSpace and LineTerminator UTF-16 code units. */
export function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
