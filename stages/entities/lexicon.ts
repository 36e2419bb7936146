/**
 * Gazetteer matcher: marks, for every token, which curated lists it belongs to
 * (as the first token of a listed phrase, or inside one). Phrases are matched
 * token by token, longest first, on the tokenizer's own tokens.
 */
import {
  CALENDAR_WORDS, CITIES, COUNTRIES, GIVEN_NAMES, LOC_HEADS, LOCATIONS, NAME_PARTICLES, NEWS_ORGANISATIONS, NORP, NOT_NAME_STARTS, ORG_HEADS, ORG_LEADING_WORDS, ORGANISATIONS, REGIONS_GPE, TITLES,
} from "./data/gazetteers.ts";
import { COMMON_WORDS, COMMON_WORDS_ALSO_NAMES, NAME_LISTS } from "./data/name-lists.ts";
import { tokenize } from "./tokens.ts";

/** Gazetteer classes, as short codes used in feature names. */
export type GazClass = "CTRY" | "CITY" | "REG" | "LOC" | "NORP" | "ORGN";

interface Phrase {
  words: string[];
  cls: GazClass;
}

/** Phrase lists by first word, longest first (a stable sort: the lists' order breaks ties). */
function buildPhrases(lists: readonly (readonly [readonly string[], GazClass])[]): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  for (const [list, cls] of lists) {
    for (const p of list) {
      const words = tokenize(p).words;
      if (words.length === 0) continue;
      const arr = byFirst.get(words[0]) ?? [];
      arr.push({ words, cls });
      byFirst.set(words[0], arr);
    }
  }
  for (const arr of byFirst.values()) arr.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

const PHRASES = buildPhrases([
  [COUNTRIES, "CTRY"],
  [CITIES, "CITY"],
  [REGIONS_GPE, "REG"],
  [LOCATIONS, "LOC"],
  [NORP, "NORP"],
  [ORGANISATIONS, "ORGN"],
]);
const stripDots = (w: string) => w.replace(/\./g, "");
export const TITLE_SET: ReadonlySet<string> = new Set(TITLES.map(stripDots));
export const ORG_HEAD_SET: ReadonlySet<string> = new Set(ORG_HEADS.map(stripDots));
export const ORG_LEADING_SET: ReadonlySet<string> = new Set(ORG_LEADING_WORDS);
export const LOC_HEAD_SET: ReadonlySet<string> = new Set(LOC_HEADS.map(stripDots));
export const PARTICLE_SET: ReadonlySet<string> = new Set(NAME_PARTICLES.map((p) => p.replace(/-$/, "")));
/** Single-word place/NORP lookups used by the type refiner. */
export const LOC_PHRASES: ReadonlySet<string> = new Set(LOCATIONS);
export const NORP_WORDS: ReadonlySet<string> = new Set(NORP);
export const GPE_PHRASES: ReadonlySet<string> = new Set([...COUNTRIES, ...CITIES, ...REGIONS_GPE]);
/**
 * Is `surface` a listed place: a country, city or region of the curated lists, or a one-word place name of the
 * large generic lists (NAME_TAGS "nl=PLACE", a whole listed name)? Natural locations (LOC_PHRASES) are not included.
 */
export function isListedPlace(surface: string): boolean {
  return GPE_PHRASES.has(surface) || (NAME_TAGS.get(surface)?.includes("nl=PLACE") ?? false);
}
export const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRIES);
/** Countries and listed states and provinces: as teams they are written as places in every corpus (national sides, state teams, court cases "X v. Nebraska"). */
export const COUNTRY_OR_STATE_SET: ReadonlySet<string> = new Set([...COUNTRIES, ...REGIONS_GPE]);
export const ORG_PHRASES: ReadonlySet<string> = new Set(ORGANISATIONS);

export const GIVEN_NAME_SET: ReadonlySet<string> = new Set(GIVEN_NAMES);
export const NOT_NAME_START_SET: ReadonlySet<string> = new Set(NOT_NAME_STARTS);
export const CALENDAR_SET: ReadonlySet<string> = new Set(CALENDAR_WORDS);

export function isTitle(word: string): boolean {
  return TITLE_SET.has(stripDots(word));
}

/** The rule-only list of organisations (gazetteers.ts NEWS_ORGANISATIONS) by first word, longest first. */
const NEWS_ORG_PHRASES: ReadonlyMap<string, readonly Phrase[]> = buildPhrases([[NEWS_ORGANISATIONS, "ORGN"]]);

/**
 * For each token, "ORGN-B" / "ORGN-I" where a name of the rule-only organisation list (NEWS_ORGANISATIONS)
 * covers it, else null. Not a model feature: read by the news-listed-org rule only.
 */
export function newsOrganisationTags(words: string[]): (string | null)[] {
  return longestPhraseTags(words, NEWS_ORG_PHRASES, () => true);
}

/**
 * For each token, the gazetteer tag it gets ("CTRY-B", "CITY-I", ...) or null.
 * Longest phrase wins at each position; matched tokens are skipped.
 */
export function gazetteerTags(words: string[]): (string | null)[] {
  return longestPhraseTags(words, PHRASES, () => true);
}

/**
 * Tags of the longest phrase of `byFirst` (indexed by first word, longest
 * first) that starts at each token: "<cls>-B" on its first token, "<cls>-I"
 * on the others; matched tokens are skipped. `mayStart` cheaply rules out
 * tokens that begin no phrase.
 */
function longestPhraseTags(
  words: string[],
  byFirst: ReadonlyMap<string, readonly { words: string[]; cls: string }[]>,
  mayStart: (word: string) => boolean,
): (string | null)[] {
  const out: (string | null)[] = new Array(words.length).fill(null);
  const { first, bySecond, sketch } = phraseIndex(byFirst);
  for (let i = 0; i < words.length; i++) {
    // Most tokens (lower-case words, punctuation) begin with a character no listed phrase begins with.
    const c0 = words[i].charCodeAt(0);
    if (c0 < 128 && first[c0] === 0) continue;
    if (!mayStart(words[i])) continue;
    // A word whose sketch bit is clear begins no phrase (the map is asked only when it is set).
    const h = sketchBit(words[i]);
    if ((sketch[h >>> 3] & (1 << (h & 7))) === 0) continue;
    const all = bySecond.get(words[i]);
    if (!all) continue;
    // Only the phrases whose second word is the next token's (or of one word) can match: the same first match.
    const cands = i + 1 < words.length ? (all.next.get(words[i + 1]) ?? all.single) : all.single;
    for (const p of cands) {
      if (i + p.words.length > words.length) continue;
      let ok = true;
      for (let k = 1; k < p.words.length && ok; k++) ok = words[i + k] === p.words[k];
      if (!ok) continue;
      const [b, inside] = phraseTagStrings(p.cls);
      out[i] = b;
      for (let k = 1; k < p.words.length; k++) out[i + k] = inside;
      i += p.words.length - 1;
      break;
    }
  }
  return out;
}

interface ByNextWord<P> {
  /** The phrases of one word (in list order). */
  single: readonly P[];
  /** By second word: the longer phrases with that second word (longest first, in list order), then `single`. */
  next: ReadonlyMap<string, readonly P[]>;
}

/** What longestPhraseTags reads of a phrase list (phraseIndex), made once per list. */
interface PhraseIndex<P> {
  /** For each ASCII code, 1 when some phrase begins with that character. */
  first: Uint8Array;
  /** By first word, each first word's phrases split by their second word. */
  bySecond: ReadonlyMap<string, ByNextWord<P>>;
  /** The first words' sketch (a bit set per first word, sketchBit). */
  sketch: Uint8Array;
}

/** The index of a phrase list by first word (PhraseIndex): made on the list's first use, kept with it. */
function phraseIndex<P extends { words: string[] }>(byFirst: ReadonlyMap<string, readonly P[]>): PhraseIndex<P> {
  let index = PHRASE_INDEX.get(byFirst) as PhraseIndex<P> | undefined;
  if (index !== undefined) return index;
  const first = new Uint8Array(128);
  const bySecond = new Map<string, ByNextWord<P>>();
  const sketch = new Uint8Array((1 << SKETCH_LOG2) / 8);
  for (const [w, phrases] of byFirst) {
    const c = w.charCodeAt(0);
    if (c < 128) first[c] = 1;
    const h = sketchBit(w);
    sketch[h >>> 3] |= 1 << (h & 7);
    const single = phrases.filter((p) => p.words.length === 1);
    const next = new Map<string, P[]>();
    for (const p of phrases) {
      if (p.words.length < 2) continue;
      let list = next.get(p.words[1]);
      if (list === undefined) next.set(p.words[1], (list = []));
      list.push(p);
    }
    for (const list of next.values()) list.push(...single);
    bySecond.set(w, { single, next });
  }
  index = { first, bySecond, sketch };
  PHRASE_INDEX.set(byFirst, index);
  return index;
}
const PHRASE_INDEX = new WeakMap<ReadonlyMap<string, readonly unknown[]>, PhraseIndex<unknown>>();

/**
 * A word's bit in a first-word sketch (2^SKETCH_LOG2 bits): from its length and its first, second and
 * last code units. Every first word's bit is set; most other words' bits are clear.
 */
function sketchBit(w: string): number {
  const n = w.length;
  const h = Math.imul(n ^ (w.charCodeAt(0) << 5) ^ (w.charCodeAt(n > 1 ? 1 : 0) << 13) ^ (w.charCodeAt(n - 1) << 21), 0x9e3779b1);
  return h >>> (32 - SKETCH_LOG2);
}
const SKETCH_LOG2 = 16;

/** "<cls>-B" and "<cls>-I", built once per class: the same strings (and their cached hashes) in every document. */
function phraseTagStrings(cls: string): readonly [string, string] {
  let t = PHRASE_TAG_STRINGS.get(cls);
  if (t === undefined) {
    t = [cls + "-B", cls + "-I"];
    PHRASE_TAG_STRINGS.set(cls, t);
  }
  return t;
}
const PHRASE_TAG_STRINGS = new Map<string, readonly [string, string]>();

/**
 * Large generic name lists (data/name-lists.ts: WordNet 3.0 and compromise's
 * lexicon) as per-word tags: for each class a word belongs to, "C" when it is
 * a whole listed name, "C<" when it opens a longer one, "C>" when it ends one
 * and "C~" inside. Only capitalised words are kept; features, not decisions.
 */
function buildNameTags(): Map<string, string[]> {
  const tags = new Map<string, Set<string>>();
  const put = (w: string, t: string) => {
    if (!/^\p{Lu}/u.test(w)) return;
    let s = tags.get(w);
    if (!s) tags.set(w, (s = new Set()));
    s.add(t);
  };
  for (const [cls, packed] of Object.entries(NAME_LISTS)) {
    for (const name of packed.split("|")) {
      const ws = tokenize(name).words;
      if (ws.length === 1) put(ws[0], cls);
      else if (ws.length > 1) {
        put(ws[0], cls + "<");
        put(ws[ws.length - 1], cls + ">");
        for (let k = 1; k < ws.length - 1; k++) put(ws[k], cls + "~");
      }
    }
  }
  const out = new Map<string, string[]>();
  for (const [w, s] of tags) out.set(w, [...s].sort().map((t) => "nl=" + t));
  return out;
}
export const NAME_TAGS: ReadonlyMap<string, readonly string[]> = buildNameTags();

/** Multi-word names of NAME_LISTS by first word, longest first. */
function buildNamePhrases(): Map<string, Phrase2[]> {
  const byFirst = new Map<string, Phrase2[]>();
  for (const [cls, packed] of Object.entries(NAME_LISTS)) {
    if (cls === "GIVEN" || cls === "SURNAME") continue;
    for (const name of packed.split("|")) {
      const words = tokenize(name).words;
      if (words.length < 2) continue;
      const arr = byFirst.get(words[0]) ?? [];
      if (!arr.some((p) => p.cls === cls && p.words.join(" ") === words.join(" "))) arr.push({ words, cls });
      byFirst.set(words[0], arr);
    }
  }
  for (const arr of byFirst.values()) arr.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}
interface Phrase2 {
  words: string[];
  cls: string;
}
const NAME_PHRASES = buildNamePhrases();

/**
 * For each token, the class of the longest listed multi-word name that covers
 * it ("PLACE-B", "PER-I", ...) or null. Several classes may list the same
 * phrase; the first listed wins.
 */
export function namePhraseTags(words: string[]): (string | null)[] {
  // Every listed name starts with a capital: skip lower-case tokens cheaply.
  return longestPhraseTags(words, NAME_PHRASES, (w) => {
    const c0 = w.charCodeAt(0);
    return !(c0 >= 97 && c0 <= 122);
  });
}

const COMMON_SET: ReadonlySet<string> = new Set(COMMON_WORDS.split("|"));
const COMMON_NAME_SET: ReadonlySet<string> = new Set(COMMON_WORDS_ALSO_NAMES.split("|"));

/**
 * Is this lower-cased word an ordinary English word (WordNet lemma, or its
 * regular plural / third person)? "common" when WordNet never writes it
 * capitalised, "both" when WordNet also has it as a capitalised lemma
 * ("ford" / "Ford"), else null (names, function words, unknown words).
 */
export function commonWordClass(lw: string): "common" | "both" | null {
  const c = lookCommon(lw);
  if (c !== null || lw.charCodeAt(lw.length - 1) !== 115 /* s */) return c;
  const stem = lw.slice(0, -1);
  return lookCommon(stem) ?? (lw.endsWith("es") ? lookCommon(lw.slice(0, -2)) : null) ?? (lw.endsWith("ies") ? lookCommon(lw.slice(0, -3) + "y") : null);
}

function lookCommon(w: string): "common" | "both" | null {
  return COMMON_SET.has(w) ? "common" : COMMON_NAME_SET.has(w) ? "both" : null;
}
