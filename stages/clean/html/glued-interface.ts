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
 * "DiMaggio", "LeBlanc") are kept: their tail is no interface word. A tail that may be a name's own syllable is kept
 * too: a lone NAME_LIKE_INTERFACE word ("Liu YuXing", a pinyin given name; "Ann LeeLink") is cut only with another
 * button glued beside it ("Ann LeeLinkCopy"), and no tail is cut off a surname particle ("Ann DeLink", "Ann McFollow",
 * "Anna VanMerken": SURNAME_PARTICLE). The caller cuts only text read off the page, never a declared (JSON-LD, meta)
 * author, whose name no button was printed beside.
 */
import { INTERFACE_WORDS } from "./meta-lexicon.ts";

/** The longest interface word (characters): bounds the segmentation's inner loop. */
const LONGEST_INTERFACE_WORD = Math.max(...[...INTERFACE_WORDS].map((w) => w.length));

/** The longest last word looked into (characters): a name's word with a few buttons glued to it. */
const GLUED_WORD_MAX_CHARS = 80;

/**
 * Interface words that are also syllables or words of names ("Xing" in pinyin, "Link", "Like", "Save", "Copy", "X"):
 * cut only as part of a run of two buttons or more.
 */
const NAME_LIKE_INTERFACE: ReadonlySet<string> = new Set(["xing", "x", "link", "like", "save", "copy"]);

/** A surname particle a capitalised word is glued to ("McFollow", "DeLink", "VanMerken"): the whole is the surname. */
const SURNAME_PARTICLE = /^(?:mc|mac|fitz|d[aeiou]|de[ls]|dell[ae]|dos|das|l[aeo]|les|van|von|ver|te[nr]|al|el|b[ei]n|abu|st|san|o)$/i;

/**
 * Whether `s` (as printed) is a run of interface words, each opening with a capital letter, that may be cut: two words
 * or more, or one that is no NAME_LIKE_INTERFACE word.
 */
function cuttableInterfaceRun(s: string): boolean {
  if (!s) return false;
  // words[i]: the most interface words s.slice(0, i) splits into (-1: none)
  const words: number[] = new Array<number>(s.length + 1).fill(-1);
  words[0] = 0;
  for (let i = 0; i < s.length; i++) {
    if (words[i] < 0 || !/\p{Lu}/u.test(s.charAt(i))) continue;
    for (let j = i + 2; j <= Math.min(s.length, i + LONGEST_INTERFACE_WORD); j++) {
      if (INTERFACE_WORDS.has(s.slice(i, j).toLowerCase())) words[j] = Math.max(words[j], words[i] + 1);
    }
  }
  const n = words[s.length];
  return n >= 2 || (n === 1 && !NAME_LIKE_INTERFACE.has(s.toLowerCase()));
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
    if (SURNAME_PARTICLE.test(last.slice(0, i))) continue;
    if (cuttableInterfaceRun(last.slice(i))) return [...words.slice(0, -1), last.slice(0, i)].join(" ");
  }
  return part;
}
