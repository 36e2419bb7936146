/**
 * Acronyms and the long forms they abbreviate ("ISIL" = "Islamic State of
 * Iraq and the Levant", "NATO" = "North Atlantic Treaty Organization").
 * Only initials are compared; whether an acronym is merged is decided by the
 * index (one candidate only, never a guess among several).
 */

/**
 * Short words that acronyms usually skip ("Organisation for the Prohibition
 * of Chemical Weapons" → "OPCW"). Both readings, with and without them, are
 * tried, since some acronyms keep them ("Islamic State of Iraq" → "ISOI" is
 * rare, but "Bank of America" → "BoA" is not).
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "of", "the", "and", "for", "in", "on", "at", "to", "a", "an",
  "de", "du", "des", "la", "le", "les", "del", "der", "y", "et",
]);

/** A word written as an acronym inside a long form ("UN" in "UN Security Council"). */
const isAcronymWord = (w: string) => w.length >= 2 && w.length <= 6 && w === w.toUpperCase() && w !== w.toLowerCase();

/**
 * The initials a long form can be abbreviated to (lower case), from its words
 * as written (see `nameWords`). An acronym inside the long form may count as
 * one letter or as all its letters: "UN Security Council" gives "usc" and
 * "unsc". Empty for one-word names.
 */
export function initialsOf(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  const out = new Set<string>();
  for (const skipFunctionWords of [false, true]) {
    for (const expandAcronyms of [false, true]) {
      const kept = skipFunctionWords ? words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())) : words;
      const letters = kept.map((w) => (expandAcronyms && isAcronymWord(w) ? w : w[0]!)).join("").toLowerCase();
      if (letters.length >= 2) out.add(letters);
    }
  }
  return [...out].sort();
}

/**
 * True when `acronym` can abbreviate `longForm` (Schwartz and Hearst's test):
 * its letters and digits appear in the long form in order, case ignored, the
 * first one opening the long form's first word, and each later letter found
 * right after the previous one or at the start of a later word or inside one.
 * "Free Army of Lebanon" fits "FAL"; "Lebanon" does not, so an acronym never
 * attaches to a country inside the long form it abbreviates. Linear in both lengths.
 */
export function acronymFits(acronym: string, longForm: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const long = longForm.toLowerCase();
  if (letters.length < 2 || long.length === 0) return false;
  const firstWord = /[\p{L}\p{N}]/u.exec(long);
  if (!firstWord || long[firstWord.index] !== letters[0]) return false;
  let at = firstWord.index + 1;
  for (let k = 1; k < letters.length; k++) {
    const found = long.indexOf(letters[k]!, at);
    if (found < 0) return false;
    at = found + 1;
  }
  // A long form of one word abbreviated letter by letter ("Lebanon" → "LBN") is no acronym of it.
  return /[\s-]/.test(longForm.trim()) || letters.length <= 1;
}
