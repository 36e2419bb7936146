/**
 * The language of an article's text, with eld (Efficient Language Detector,
 * n-gram statistics over 60 languages, ISO 639-1 codes). Its smallest
 * database ("extrasmall", about 30 MB of heap per thread) scores as well as
 * the larger ones on the dev pages (eval/language.ts: 89 of 91, the two
 * misses are Indonesian pages read as Malay) and detects an article in about
 * a quarter of a millisecond; franc-min and tinyld were measured too (README).
 *
 * Which value an article gets (`languageOf`):
 *   1. a language the input itself gives (a JSON record's `language`, a feed's
 *      `<language>`): the user's data wins;
 *   2. else what the detector finds in the text, when it calls its own answer
 *      reliable: a page's `<html lang>` is often a template default (four of
 *      the 71 dev pages that declare one declare the wrong language), so the
 *      text speaks louder than the declaration;
 *   3. else the page's declaration, else null (a text too short to tell).
 */
import { eld } from "eld/extrasmall";

/** Characters of the text the detector reads: enough for a stable answer, and a bounded cost on long articles. */
const SAMPLE_CHARS = 2_000;
/** Below this many letters the detector's answer is a guess: left null. */
const MIN_LETTERS = 40;

/** ISO 639-1 code of the text's language, or null when the text is too short or the detector is not confident. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const r = eld.detect(sample);
  return r.language && r.isReliable() ? r.language : null;
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
