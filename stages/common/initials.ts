/**
 * The initials of a name, lower-cased ("The Electronic Frontier Foundation" → "eff", "North Atlantic Treaty
 * Organization" → "nato"). One helper for the two stages that read them; each reads its own column of the
 * function-word table, because each skips a different set of words (a merged list would change outputs):
 *
 *   org      the HTML metadata reader (stages/clean/html/metadata.ts): an organisation's name in an author field
 *            against the initials its site goes by (`organisationInitials`).
 *   acronym  canonical entities (corpus/canonical.ts): the acronyms a long form can be abbreviated to
 *            (`acronymInitials`); both readings, with and without the function words, are tried, since some
 *            acronyms keep them ("Bank of America" → "BoA").
 *
 * The words are the org and acronym columns of the function-word table (common/function-words.ts). Family covered:
 * the articles, prepositions and conjunctions inside organisation names of English, German, French, Spanish,
 * Portuguese and Dutch.
 */
import { functionWords, type FunctionWordColumn } from "./function-words.ts";
type Column = Extract<FunctionWordColumn, "org" | "acronym">;

const FUNCTION_WORDS: Readonly<Record<Column, ReadonlySet<string>>> = { org: functionWords("org"), acronym: functionWords("acronym") };

/** The words of a name less the function words `column` skips (compared in lower case). */
const withoutFunctionWords = (words: readonly string[], column: Column): readonly string[] =>
  words.filter((w) => !FUNCTION_WORDS[column].has(w.toLowerCase()));

/** The first letter of each word (all of a word `whole` keeps), lower-cased. */
const initialLetters = (words: readonly string[], whole?: (w: string) => boolean): string =>
  words.map((w) => (whole?.(w) ? w : w.charAt(0))).join("").toLowerCase();

/** Fewer capitalised words than this are a person's name as often as an organisation's: no initials read. */
const MIN_ORG_INITIALS = 3;

/**
 * The initials of an organisation's name, lower-cased ("The Electronic Frontier Foundation" → "eff"), or null: three
 * or more words besides the function words, each capitalised. Family: associations, agencies and NGOs whose author
 * field spells out the name their site goes by in initials (the host name or og:site_name).
 */
export function organisationInitials(name: string): string | null {
  const words = withoutFunctionWords(name.split(/[\s-]+/), "org");
  if (words.length < MIN_ORG_INITIALS || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return initialLetters(words);
}

/** A word written as an acronym inside a long form ("UN" in "UN Security Council"). */
const isAcronymWord = (w: string) => w.length >= 2 && w.length <= 6 && w === w.toUpperCase() && w !== w.toLowerCase();

/**
 * The initials a long form can be abbreviated to (lower case), from its words as written (see corpus/canonical.ts
 * `nameWords`). An acronym inside the long form may count as one letter or as all its letters: "UN Security Council"
 * gives "usc" and "unsc". Empty for one-word names.
 */
export function acronymInitials(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  const out = new Set<string>();
  for (const kept of [words, withoutFunctionWords(words, "acronym")]) {
    for (const whole of [undefined, isAcronymWord]) {
      const letters = initialLetters(kept, whole);
      if (letters.length >= 2) out.add(letters);
    }
  }
  return [...out].sort();
}
