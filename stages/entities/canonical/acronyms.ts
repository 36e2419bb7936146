/**
 * Acronyms and the long forms they abbreviate ("ISIL" = "Islamic State of
 * Iraq and the Levant", "NATO" = "North Atlantic Treaty Organization").
 * Only initials are compared; whether an acronym is merged is decided by the
 * index (one candidate only, never a guess among several). The initials a long
 * form can be abbreviated to: stages/common/initials.ts `acronymInitials`.
 */

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
