/**
 * A byline's name run into the row's buttons with no space between them ("Ann LeeSharePrint", "Ann LeeFollow",
 * "Ann LeeEmailTwitter"): the name's spans and the share, print and follow buttons' labels are printed side by side,
 * so the page's text glues them. Family: byline rows of news and magazine CMSs and WordPress share plugins whose
 * buttons carry a text label in an inline element right after the writer's link.
 *
 * Contract: `withoutGluedInterface(part)` takes one name part as cleanAuthor holds it (single-spaced, trimmed) and gives
 * it back with the glued button words cut off its last word, or unchanged. A cut is made only at a lower-case-to-capital
 * join inside the last word, only when everything after the join is a run of interface words (each starting with a
 * capital, INTERFACE_WORDS, any letter case after it: "LinkedIn"), and only when the name keeps two words or more
 * (a one-word handle such as "MaxShare" may be the account's whole name). Surnames with an inner capital ("McDonald",
 * "DiMaggio", "LeBlanc") are kept: their tail is no interface word.
 */
import { INTERFACE_WORDS } from "./meta-lexicon.ts";

/** The longest interface word (characters): bounds the segmentation's inner loop. */
const LONGEST_INTERFACE_WORD = Math.max(...[...INTERFACE_WORDS].map((w) => w.length));

/** The longest last word looked into (characters): a name's word with a few buttons glued to it. */
const GLUED_WORD_MAX_CHARS = 80;

/** Whether `s` (as printed) is one or more interface words run together, each opening with a capital letter. */
function allInterfaceWords(s: string): boolean {
  if (!s) return false;
  // reachable[i]: s.slice(0, i) splits into interface words
  const reachable: boolean[] = [true];
  for (let i = 0; i < s.length; i++) {
    if (!reachable[i] || !/\p{Lu}/u.test(s.charAt(i))) continue;
    for (let j = i + 2; j <= Math.min(s.length, i + LONGEST_INTERFACE_WORD); j++) {
      if (INTERFACE_WORDS.has(s.slice(i, j).toLowerCase())) reachable[j] = true;
    }
  }
  return !!reachable[s.length];
}

/** The name part less the interface words glued to its last word ("Ann LeeSharePrint" → "Ann Lee"). */
export function withoutGluedInterface(part: string): string {
  const words = part.split(" ");
  if (words.length < 2) return part;
  const last = words[words.length - 1];
  // (each join is tried against the rest: quadratic in the word's length, so a name's word only)
  if (last.length > GLUED_WORD_MAX_CHARS) return part;
  for (let i = 2; i < last.length; i++) {
    if (!/\p{Ll}/u.test(last.charAt(i - 1)) || !/\p{Lu}/u.test(last.charAt(i))) continue;
    if (allInterfaceWords(last.slice(i))) return [...words.slice(0, -1), last.slice(0, i)].join(" ");
  }
  return part;
}
