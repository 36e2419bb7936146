/**
 * Tokenizer for the entity tagger. Tokens keep UTF-16 offsets into the text so
 * that mention offsets are exact slices. Hyphens and apostrophes are tokens of
 * their own, so "ISIL-held" can yield "ISIL" and "Iraq's" yields "Iraq"; a
 * name that contains them ("al-Assad", "O'Neill") is still one span because
 * the tagger labels every token inside it.
 */
import { honorifics } from "../common/honorifics.ts";
import { isJsSpace } from "../common/whitespace.ts";

export interface Tokens {
  text: string;
  /** Token surfaces. */
  words: string[];
  starts: number[];
  ends: number[];
  /** True when the token begins a sentence (or a line). */
  sentenceStart: boolean[];
}

/**
 * Token patterns, first match wins:
 * - dotted acronyms "U.S.", "U.N.", "e.g." keep their dots (a lone final dot
 *   of "U.S." is part of the name, not a sentence end);
 * - a capital initial with its dot ("George W. Bush") stays one token;
 * - words (see WORD);
 * - any other visible character alone.
 */
const ABBREVIATIONS = [
  // Titles before names (stages/common/honorifics.ts `token`): the dot of "Ms. Gillard" is no sentence end.
  ...honorifics("token"),
  // Inside or after names: "St. Louis", "Mt. Everest", "John Smith Jr.", "Acme Corp.".
  "St", "Mt", "Ft", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros",
  // Common abbreviations that sit mid-sentence.
  "vs", "etc", "approx", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];
/**
 * A word: letters, marks and digits, with inner apostrophes kept when they are
 * part of a name ("Da'esh", "Shi'ite", "O'Neill") but not before an English
 * clitic ("Iraq's", "don't", "they're"), so the possessive stays outside.
 */
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:['’](?!(?:s|t|ll|re|ve|d|m|S|T)(?![\p{L}\p{M}]))[\p{L}\p{M}]+)*`;
export const TOKEN_SOURCE = String.raw`(?:\p{L}\.){2,}|(?:${ABBREVIATIONS.join("|")})\.(?=\s+[\p{L}\p{N}])|\p{Lu}\.(?=\s+\p{Lu})|${WORD}|\S`;
/**
 * The token patterns matched at one position (sticky). Every pattern opens with a visible character
 * and `\S` takes any, so a token starts at each character that is not white space (common/whitespace.ts `isJsSpace`) where
 * no token runs: the tokenizer skips white space, then matches here (`test`, no match object made).
 */
const TOKEN_AT = new RegExp(TOKEN_SOURCE, "uy");

/** Tokens after which a new sentence starts. */
const SENTENCE_END = new Set([".", "!", "?", ":", ";", "…"]);
/** Openers that may stand between a sentence end and the first word. */
const OPENERS = new Set(["\"", "“", "‘", "'", "(", "[", "«", "—", "-", "–", "•", "*"]);

export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const sentenceStart: boolean[] = [];
  let atStart = true;
  let prevEnd = 0;
  for (let s = 0; s < text.length; ) {
    TOKEN_AT.lastIndex = s;
    // (No pattern matches at white space: a position where none matches is skipped, as a search would.)
    if (isJsSpace(text.charCodeAt(s)) || !TOKEN_AT.test(text)) {
      s++;
      continue;
    }
    const w = text.slice(s, TOKEN_AT.lastIndex);
    if (!atStart && s > prevEnd && newlineIn(text, prevEnd, s)) atStart = true;
    words.push(w);
    starts.push(s);
    ends.push(s + w.length);
    sentenceStart.push(atStart);
    if (SENTENCE_END.has(w)) atStart = true;
    else if (!(atStart && OPENERS.has(w))) atStart = false;
    prevEnd = s + w.length;
    s = prevEnd;
  }
  return { text, words, starts, ends, sentenceStart };
}

/** Does text[from, to) hold a line feed? */
export function newlineIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
