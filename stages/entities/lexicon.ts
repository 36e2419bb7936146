/**
 * Gazetteer matcher: marks, for every token, which curated lists it belongs to
 * (as the first token of a listed phrase, or inside one). Phrases are matched
 * token by token, longest first, on the tokenizer's own tokens.
 */
import {
  CALENDAR_WORDS, CITIES, COUNTRIES, GIVEN_NAMES, LOC_HEADS, LOCATIONS, NAME_PARTICLES, NORP, NOT_NAME_STARTS, ORG_HEADS, ORG_LEADING_WORDS, ORGANISATIONS, REGIONS_GPE, TITLES,
} from "./data/gazetteers.ts";
import { tokenize } from "./tokens.ts";

/** Gazetteer classes, as short codes used in feature names. */
export type GazClass = "CTRY" | "CITY" | "REG" | "LOC" | "NORP" | "ORGN";

interface Phrase {
  words: string[];
  cls: GazClass;
}

function buildPhrases(): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  const add = (list: readonly string[], cls: GazClass) => {
    for (const p of list) {
      const words = tokenize(p).words;
      if (words.length === 0) continue;
      const arr = byFirst.get(words[0]) ?? [];
      arr.push({ words, cls });
      byFirst.set(words[0], arr);
    }
  };
  add(COUNTRIES, "CTRY");
  add(CITIES, "CITY");
  add(REGIONS_GPE, "REG");
  add(LOCATIONS, "LOC");
  add(NORP, "NORP");
  add(ORGANISATIONS, "ORGN");
  for (const arr of byFirst.values()) arr.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

const PHRASES = buildPhrases();
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

export const GIVEN_NAME_SET: ReadonlySet<string> = new Set(GIVEN_NAMES);
export const NOT_NAME_START_SET: ReadonlySet<string> = new Set(NOT_NAME_STARTS);
export const CALENDAR_SET: ReadonlySet<string> = new Set(CALENDAR_WORDS);

export function isTitle(word: string): boolean {
  return TITLE_SET.has(stripDots(word));
}

/**
 * For each token, the gazetteer tag it gets ("CTRY-B", "CITY-I", ...) or null.
 * Longest phrase wins at each position; matched tokens are skipped.
 */
export function gazetteerTags(words: string[]): (string | null)[] {
  const out: (string | null)[] = new Array(words.length).fill(null);
  for (let i = 0; i < words.length; i++) {
    const cands = PHRASES.get(words[i]);
    if (!cands) continue;
    for (const p of cands) {
      if (i + p.words.length > words.length) continue;
      let ok = true;
      for (let k = 1; k < p.words.length; k++) {
        if (words[i + k] !== p.words[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      out[i] = p.cls + "-B";
      for (let k = 1; k < p.words.length; k++) out[i + k] = p.cls + "-I";
      i += p.words.length - 1;
      break;
    }
  }
  return out;
}
