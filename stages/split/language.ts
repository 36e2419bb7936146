/**
 * The language of an article's text, with franc-min (trigram profiles of the
 * 82 languages with the most speakers, plus script ranges; ISO 639-3 codes,
 * mapped to ISO 639-1 in ./iso639.ts). It scores 90 of the 91 dev pages
 * (eval/language.ts; the miss is an Indonesian page read as Malay).
 * Chosen over eld, which scored the same, because franc-min's data costs about
 * 2 MB of heap per worker thread against eld's 30 MB (the smallest database):
 * worker threads run under a 128 MB heap cap, which eld took a quarter of.
 * tinyld was weaker on whole-page text dumps (README).
 *
 * Which value an article gets (`languageOf`):
 *   1. a language the input itself gives (a JSON record's `language`, a feed's
 *      `<language>`): the user's data wins;
 *   2. else what the detector finds in the text: a page's `<html lang>` is often
 *      a template default (four of the 71 dev pages that declare one declare
 *      the wrong language), so the text speaks louder than the declaration;
 *   3. else the page's declaration, else null (a text too short to tell).
 */
import { trigramLanguage } from "./trigram-language.ts";
import { ISO639_1 } from "./iso639.ts";

/**
 * Characters of the text the detector reads: 600 to 2,000 score within one page of each other on the
 * dev pages; 600 cost about 0.9 ms of CPU per article with franc-min's own code, 2,000 about 2.2 ms
 * (./trigram-language.ts gives the same answers about five times faster).
 */
const SAMPLE_CHARS = 600;
/** Below this many letters the detector's answer is a guess: left null. */
const MIN_LETTERS = 40;

/**
 * English function words that are not words of the other languages franc-min tells apart in Latin
 * script ("in", "a", "on", "die", "is" are left out: German, Dutch, Italian, Spanish use them too).
 * Most articles are English, and the trigram detector is the costliest part of the split stage.
 */
const ENGLISH_FUNCTION_WORDS = new Set([
  "the", "and", "of", "to", "that", "for", "with", "was", "were", "are", "by", "from", "has", "have", "had",
  "this", "which", "it", "its", "be", "been", "their", "his", "her", "he", "she", "they", "will", "would", "not", "but", "said",
]);
/** A sample is plainly English with at least this many of those words, making at least this share of its words. */
const ENGLISH_MIN_HITS = 12;
const ENGLISH_MIN_SHARE = 0.18;

/** True when the sample is plainly English: many English-only function words (the fast path before the detector). */
function plainlyEnglish(sample: string): boolean {
  let words = 0;
  let hits = 0;
  for (const m of sample.matchAll(/\p{L}+/gu)) {
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(m[0].toLowerCase())) hits++;
  }
  return hits >= ENGLISH_MIN_HITS && hits >= words * ENGLISH_MIN_SHARE;
}

/** ISO 639-1 code of the text's language (639-3 when there is none), or null when the text is too short to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  if (plainlyEnglish(sample)) return "en";
  const code = trigramLanguage(sample, MIN_LETTERS); // franc-min's answer, faster (./trigram-language.ts)
  return code === "und" ? null : (ISO639_1[code] ?? code);
}

/** BCP 47 primary subtag of a declared value: "en-GB" → "en", "pt_BR" → "pt"; null when it is not a language tag. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$/.exec(tag ?? "");
  return m ? m[1].toLowerCase() : null;
}

/** The article's language: given by the input, else detected, else declared by the page (see the file comment). */
export function languageOf(text: string, given: string | null | undefined, declared: string | null | undefined): string | null {
  return primaryLanguage(given) ?? detectLanguage(text) ?? primaryLanguage(declared);
}
