/**
 * Shorter forms of an organisation's name that a text uses once it has given the full one
 * (used by corpus/canonical.ts):
 *
 *  - without the place or nationality it opens with: "Pittsburgh Pirates" → "Pirates",
 *    "United States Senate" → "Senate", "Iraqi Ministry of Oil" → "Ministry of Oil".
 *    Family: clubs named after their city, government bodies named after their country;
 *  - without a generic head word at its end: "Harvard University" → "Harvard",
 *    "Harrow School" → "Harrow", "Acme Corporation" → "Acme". Family: universities, schools and
 *    companies called by their distinctive word.
 *
 * Like a surname, a shorter form merges with the one full name of its own article that gives it
 * (two there: ambiguous); in an article without one, with the one full name of the corpus that
 * gives it (several: it stays an entity of its own, as before this rule). Keys are matching keys
 * (canonical/normalize.ts): lower case, folded, spelling skeletons ("universiti"), one space
 * between words; the word tables below go through the same skeleton.
 */
import { tokenSkeleton } from "./transliteration.ts";

const skeletons = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(tokenSkeleton));

/** Head words dropped from the end of an organisation's key (keys are lower case, no dots). */
const GENERIC_HEADS: ReadonlySet<string> = skeletons([
  "university", "college", "school", "academy",
  "company", "co", "corporation", "corp", "incorporated", "inc", "limited", "ltd", "plc", "llc", "ag", "sa", "gmbh",
]);

/**
 * The shorter keys of an organisation key: its tail after a leading place or nationality
 * (`isPlaceKey` says which leading word runs name one), and its key without a generic head
 * word at the end, unless what is left names a place. Never the whole key.
 */
export function shorterOrgKeys(key: string, isPlaceKey: (k: string) => boolean): string[] {
  const tokens = key.split(" ");
  if (tokens.length < 2) return [];
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    // The tail must hold a word of its own, not only a connective ("of", "the") before it.
    const tail = tokens.slice(k);
    if (CONNECTIVES.has(tail[0]!)) continue;
    if (isPlaceKey(tokens.slice(0, k).join(" "))) out.add(tail.join(" "));
  }
  if (GENERIC_HEADS.has(tokens[tokens.length - 1]!)) {
    const head = tokens.slice(0, -1);
    // "Boston University" is not "Boston": a head-less form that names a place is no short name.
    if (!CONNECTIVES.has(head[head.length - 1]!) && !isPlaceKey(head.join(" "))) out.add(head.join(" "));
  }
  return [...out].sort();
}

/** Words that cannot open or close a shorter name ("of Oil", "University of"). */
const CONNECTIVES: ReadonlySet<string> = skeletons(["of", "the", "and", "for", "in", "on", "at", "de", "du", "la", "le"]);
