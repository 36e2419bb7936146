import { describe, expect, it } from "vitest";
import { prng } from "../bench/corpus.ts";
import { simhash, type Fingerprint } from "../corpus/duplicates.ts";

/** The plain SimHash the fast one must equal: regex words, one ±1 counter per bit. */
function plainSimhash(text: string, minWords = 40): Fingerprint {
  const fnv = (h: number, s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h;
  };
  const shingle = (a: string, b: string, c: string, seed: number) => {
    let h = (0x811c9dc5 ^ seed) >>> 0;
    h = Math.imul(fnv(h, a) ^ 32, 0x01000193);
    h = Math.imul(fnv(h, b) ^ 32, 0x01000193);
    return fnv(h, c) >>> 0;
  };
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const acc = new Array<number>(64).fill(0);
  for (let k = 2; k < words.length; k++) {
    const hi = shingle(words[k - 2], words[k - 1], words[k], 0x9e3779b9);
    const lo = shingle(words[k - 2], words[k - 1], words[k], 0x7f4a7c15);
    for (let b = 0; b < 32; b++) {
      acc[b] += ((hi >>> b) & 1) * 2 - 1;
      acc[32 + b] += ((lo >>> b) & 1) * 2 - 1;
    }
  }
  if (words.length < minWords) return null;
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (acc[b] > 0) hi |= 1 << b;
    if (acc[32 + b] > 0) lo |= 1 << b;
  }
  return [hi >>> 0, lo >>> 0];
}

// Pieces of invented text: words in several scripts, digits, punctuation, emoji and letters outside
// the BMP (surrogate pairs), a lone surrogate, capitals whose lower case changes length (İ).
const PIECES = ["the", "ferry", "Pier", "council", "2019", "é", "Straße", "İstanbul", "ΣΟΦΙΑ", "日本語", "😀", "𝐀𝐁", "\ud800", "-", ",", " ", "  ", "\n", "'s", "x1"];

describe("simhash (corpus/duplicates.ts)", () => {
  it("equals the plain SimHash on random texts of every length, short ones included", () => {
    const rand = prng(11);
    for (let t = 0; t < 400; t++) {
      const n = Math.floor(rand() * (t < 200 ? 60 : 1500));
      let text = "";
      for (let i = 0; i < n; i++) text += PIECES[Math.floor(rand() * PIECES.length)] + (rand() < 0.7 ? " " : "");
      for (const min of [12, 40]) expect(simhash(text, min)).toEqual(plainSimhash(text, min));
    }
  });

  it("gives the same fingerprint to a text and its copy with other spacing and case, another to other words", () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i % 17} term${i % 5}`).join(" ");
    expect(simhash(words)).not.toBeNull();
    expect(simhash(words.toUpperCase().replace(/ /g, "  \n"))).toEqual(simhash(words));
    expect(simhash(words.replace(/term/g, "other"))).not.toEqual(simhash(words));
  });
});
