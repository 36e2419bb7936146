/**
 * Caps mode: text written in capitals (wire headlines "JAPAN GET LUCKY WIN",
 * datelines "LONDON (Reuters) -", results tables "LEEDS 2 HULL 1") says nothing
 * about names through its case, and the tagger's features (shape, gazetteers,
 * name lists, "capitalised run") all read case. So before tagging, such
 * stretches are re-cased the way a sub-editor would write them in running
 * text: listed names and phrases in title case ("NEW YORK" → "New York", a
 * two-word city keeps its first word), ordinary English words and function
 * words in lower case ("GET" → "get"), acronyms kept ("NATO", "CNN"), unknown
 * words in title case (they are usually names). The tagger reads the re-cased
 * copy; mentions are cut from the original text at the same offsets, so the
 * copy always has the same length as the input (a word whose case mapping
 * would change its length is left as it is).
 *
 * Linear in the text: one tokenisation, one pass per line, phrase look-ups
 * bounded by the longest listed phrase.
 */
import { isCapitalised } from "./features.ts";
import {
  commonWordClass, gazetteerTags, GIVEN_NAME_SET, GPE_PHRASES, LOC_PHRASES, NAME_TAGS, namePhraseTags, NORP_WORDS, NOT_NAME_START_SET, ORG_PHRASES, PARTICLE_SET,
} from "./lexicon.ts";
import { newlineIn, tokenize, type Tokens } from "./tokens.ts";

/** A word written in capitals: two or more letters, none lower case. */
export function isAllCaps(w: string): boolean {
  let letters = 0;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 97 && c <= 122) return false;
    else if (c >= 128) {
      // Outside ASCII: ask the case mapping (surrogate halves map to themselves).
      const ch = w[k]!;
      if (ch.toLowerCase() !== ch) letters++;
      else if (ch.toUpperCase() !== ch) return false;
    }
  }
  return letters >= 2;
}

/** Share of capitalised-letter words (of 3+ letters) from which a line counts as written in capitals. */
const SHOUTING_SHARE = 0.6;

/** Dashes and brackets that end a dateline ("LONDON (Reuters) -", "WASHINGTON —"). */
const DATELINE_END = new Set(["(", "-", "—", "–", ","]);

/** `text` with its all-caps lines and datelines re-cased (same length); `text` itself when there are none. */
export function recaseShouting(text: string): string {
  return tokenizeRecased(text).text;
}

/** The tokens of `text` with its all-caps lines and datelines re-cased (`tok.text` is the re-cased copy, same length). */
export function tokenizeRecased(text: string): Tokens {
  const tok = tokenize(text);
  const chars: string[] = [];
  let last = 0;
  let changed = false;
  const replace = (k: number, w: string) => {
    if (w === tok.words[k] || w.length !== tok.words[k].length) return;
    chars.push(text.slice(last, tok.starts[k]), w);
    last = tok.ends[k];
    changed = true;
  };
  for (const [from, to, titleCase] of shoutingSegments(tok)) {
    const slice = tok.words.slice(from, to);
    const words = titleCase ? recaseTitleLine(slice) : recaseSegment(slice, tok.sentenceStart[from]);
    for (let k = from; k < to; k++) replace(k, words[k - from]);
  }
  if (!changed) return tok;
  chars.push(text.slice(last));
  return tokenize(chars.join(""));
}

/**
 * Token ranges [from, to) to re-case: whole lines written in capitals, and the
 * capitalised opening of a line that is a dateline (capitals, then a bracket,
 * a dash or a comma).
 */
function shoutingSegments(tok: Tokens): [number, number, boolean][] {
  const { words, starts, ends, text } = tok;
  const n = words.length;
  const out: [number, number, boolean][] = [];
  let i = 0;
  while (i < n) {
    // One line: tokens up to the next newline.
    let j = i + 1;
    while (j < n && !newlineIn(text, ends[j - 1], starts[j])) j++;
    let long = 0;
    let caps = 0;
    let titled = 0;
    let four = 0;
    for (let k = i; k < j; k++) {
      const w = words[k];
      if (w.length < 3 || !hasLetter(w)) continue;
      long++;
      if (isAllCaps(w)) caps++;
      else if (fourLetters(w)) {
        four++;
        if (isCapitalised(w)) titled++;
      }
    }
    if (caps >= 1 && caps >= SHOUTING_SHARE * long) out.push([i, j, false]);
    else if (four >= 4 && four <= 15 && titled >= 0.8 * four && !/[.!?;:,"”)]$/u.test(words[j - 1])) out.push([i, j, true]);
    else {
      // Dateline: the line opens with words in capitals, then "(" / a dash / a comma.
      let k = i;
      // "AL-AIN": a hyphen written without spaces stays inside the name.
      while (k < j && (isAllCaps(words[k]) || (words[k] === "-" && k > i && k + 1 < j && isAllCaps(words[k + 1]) && starts[k] === ends[k - 1] && starts[k + 1] === ends[k]))) k++;
      if (k > i && k < j && DATELINE_END.has(words[k])) out.push([i, k, false]);
    }
    i = j;
  }
  return out;
}

/** Does the token hold a letter ("1990s" does, "2016" does not)? */
function hasLetter(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) return /\p{L}/u.test(w);
  }
  return false;
}

/** Does the word open with four letters ("U.S." and "O'Neill" do not)? */
function fourLetters(w: string): boolean {
  if (w.length < 4) return false;
  for (let k = 0; k < 4; k++) {
    const c = w.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) continue;
    return c >= 128 && /^\p{L}{4}/u.test(w);
  }
  return true;
}

/** "O'NEILL" → "O'Neill", "LONDON" → "London". */
function titleCase(w: string): string {
  const lw = w.toLowerCase();
  let out = lw[0]!.toUpperCase() + lw.slice(1);
  const m = /^(\p{L})(['’])(\p{L})/u.exec(out);
  if (m) out = m[1]! + m[2]! + m[3]!.toUpperCase() + out.slice(3);
  return out;
}

/**
 * Company legal forms as companies write them ("SIEMENS AG" → "Siemens AG",
 * "VELMOR SPA" → "Velmor SpA"), so the company-suffix rule (rules-news.ts) finds them.
 */
const LEGAL_FORMS: ReadonlyMap<string, string> = new Map(
  ["Inc", "Ltd", "LLC", "LLP", "plc", "AG", "SpA", "GmbH", "Corp", "NV", "BV", "SA", "ASA", "Oyj", "Pty"].map((f) => [f.toUpperCase(), f]),
);

/**
 * A headline in title case ("Ministers Agree New Trade Deal With Canada"):
 * capitals say nothing there either, so ordinary English words and function
 * words go to lower case; every other word (names, listed places, acronyms,
 * words that are also names: "Will", "Ford") stays as written. More careful
 * than the all-caps case, since a title-case line may be a list of names.
 */
export function recaseTitleLine(words: string[]): string[] {
  const inPhrase = multiWordNameMembers(words);
  return words.map((w, k) => {
    if (k === 0 || !isCapitalised(w) || isAllCaps(w) || inPhrase(k)) return w;
    if (GPE_PHRASES.has(w) || LOC_PHRASES.has(w) || NORP_WORDS.has(w) || ORG_PHRASES.has(w)) return w;
    // A given name before another capitalised word opens a person's name ("Will Turner").
    if (GIVEN_NAME_SET.has(w) && k + 1 < words.length && isCapitalised(words[k + 1]!)) return w;
    const lw = w.toLowerCase();
    if (lw.length !== w.length) return w;
    return NOT_NAME_START_SET.has(lw) || commonWordClass(lw) === "common" ? lw : w;
  });
}

/** Is token k inside a listed name of two or more words (gazetteers or name lists)? */
function multiWordNameMembers(words: string[]): (k: number) => boolean {
  const gaz = gazetteerTags(words);
  const phrases = namePhraseTags(words);
  const multi = (tags: (string | null)[], k: number) =>
    tags[k] !== null && (tags[k]!.endsWith("-I") || (k + 1 < words.length && tags[k + 1]?.endsWith("-I") === true));
  return (k) => multi(gaz, k) || multi(phrases, k);
}

/** Words that open place names ("Port …", "New …", "North …"): kept in title case before a name in a line in capitals. */
const PLACE_OPENERS = new Set([
  "port", "new", "north", "south", "east", "west", "upper", "lower", "fort", "mount", "saint", "san", "santa", "lake",
  "great", "little", "old", "grand", "glen", "cape", "bay", "point", "rock", "palm", "long", "castle", "bridge",
]);

/** Vowels: an all-caps word of up to four letters without one is an acronym ("CNN", "BBC"). */
const VOWEL = /[aeiouy]/i;

/** The words of one segment written in capitals, re-cased (see the file comment). */
export function recaseSegment(words: readonly string[], firstStartsSentence: boolean): string[] {
  const titled = words.map((w) => (isAllCaps(w) ? titleCase(w) : w));
  // Listed multi-word names keep every word: "NEW YORK" → "New York" (not "new York").
  const inPhrase = multiWordNameMembers(titled);
  const out: string[] = [];
  const recase = (w: string, k: number): string => {
    if (!isAllCaps(w)) return w;
    // "AL-AIN", "ABU-DHABI": after a particle or a name and a hyphen, a name part.
    if (k >= 2 && words[k - 1] === "-" && (PARTICLE_SET.has(out[k - 2]!) || isCapitalised(out[k - 2]!))) return titled[k];
    const t = titled[k];
    const legal = LEGAL_FORMS.get(w);
    if (legal !== undefined) return legal;
    if (inPhrase(k)) return t;
    const lw = w.toLowerCase();
    if (NOT_NAME_START_SET.has(lw) || PARTICLE_SET.has(lw)) return lw;
    // Listed acronyms as written: "NATO", "UN", "US".
    if (ORG_PHRASES.has(w) || GPE_PHRASES.has(w) || NAME_TAGS.has(w)) return w;
    if (GPE_PHRASES.has(t) || LOC_PHRASES.has(t) || NORP_WORDS.has(t) || ORG_PHRASES.has(t)) return t;
    if (w.length <= 4 && !VOWEL.test(w)) return w;
    const cw = commonWordClass(lw);
    if (cw === "common") return lw;
    if (cw === "both") {
      const tags = NAME_TAGS.get(t);
      return tags && tags.some((x) => x === "nl=PLACE" || x === "nl=ORG") ? t : lw;
    }
    return t;
  };
  for (let k = 0; k < words.length; k++) out.push(recase(words[k], k));
  // "PORT VELMOR", "NORTH TARROW": a word that opens place names stays in the name before a name.
  for (let k = 0; k + 1 < words.length; k++) {
    if (isAllCaps(words[k]) && PLACE_OPENERS.has(out[k]) && isCapitalised(out[k + 1]) && !isAllCaps(out[k + 1])) out[k] = titled[k];
  }
  // A sentence still opens with a capital.
  if (firstStartsSentence && out.length > 0 && !isCapitalised(out[0]) && /^\p{Ll}/u.test(out[0])) {
    out[0] = out[0][0]!.toUpperCase() + out[0].slice(1);
  }
  return out;
}
