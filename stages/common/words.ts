/**
 * Words as runs of letters and digits of any script (`/[\p{L}\p{N}]+/gu`), read by a character loop
 * rather than a regular expression: one definition for the text cleaner's tokens
 * (stages/clean/text/classify.ts tokensOf) and the near-duplicate fingerprint (corpus/duplicates.ts
 * simhash), which must agree on what a word is. Code points are read as the `u` flag reads them: a
 * surrogate pair is one character, a lone surrogate is neither a letter nor a digit.
 */

/** A token character: a letter or a digit of any script. */
const TOKEN_CHAR = /[\p{L}\p{N}]/u;
/** Per BMP code unit: 0 not yet looked up, 1 token character, 2 not. */
const TOKEN_CHAR_BMP = new Uint8Array(0x10000);

/** Whether a code point is a letter or a digit (`/[\p{L}\p{N}]/u`); looked up once per BMP character. */
export function isTokenChar(cp: number): boolean {
  if (cp > 0xffff) return TOKEN_CHAR.test(String.fromCodePoint(cp));
  let v = TOKEN_CHAR_BMP[cp];
  if (v === 0) {
    v = TOKEN_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
    TOKEN_CHAR_BMP[cp] = v;
  }
  return v === 1;
}

/**
 * The character at `s[i]` (i < s.length) as a word reads it: its width in UTF-16 units (2 for a
 * surrogate pair, else 1), negated when it is no letter or digit. A caller steps on by the absolute value.
 */
export function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 97 ? c <= 122 : c >= 65 ? c <= 90 : c >= 48 && c <= 57) ? 1 : -1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if ((d & 0xfc00) === 0xdc00) return isTokenChar(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) ? 2 : -2;
  }
  return isTokenChar(c) ? 1 : -1;
}

/**
 * The runs of letters and digits of a text: `text.match(/[\p{L}\p{N}]+/gu) ?? []`,
 * written as a character loop (the hottest call of the cleaner).
 */
export function tokensOf(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n; ) {
    const w = wordCharAt(text, i);
    if (w > 0) {
      if (start < 0) start = i;
      i += w;
    } else {
      if (start >= 0) {
        out.push(text.slice(start, i));
        start = -1;
      }
      i -= w;
    }
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}
