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

/** The initials a long form can be abbreviated to (lower case), from its plain tokens. Empty for one-word names. */
export function initialsOf(plainTokens: readonly string[]): string[] {
  if (plainTokens.length < 2) return [];
  const all = plainTokens.map((t) => t[0]).join("");
  const content = plainTokens.filter((t) => !FUNCTION_WORDS.has(t)).map((t) => t[0]).join("");
  const out = new Set<string>();
  if (content.length >= 2) out.add(content);
  out.add(all);
  return [...out].sort();
}
