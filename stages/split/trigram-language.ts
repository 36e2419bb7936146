/**
 * franc-min's guess (`franc(text, { minLength })`: the script most of the text is in, then the language of
 * that script whose trigram profile is nearest), computed from franc-min's own data with the same arithmetic,
 * but faster: franc-min looks each trigram of the text up in every language's profile (44 for Latin script),
 * here one lookup per trigram finds its rank in all of them (an index built once per thread). The distances are
 * the same integers, the nearest language the same, ties to the same (first) language: the answer is franc's
 * (test/language.test.ts compares the two on random texts). It was the costliest part of a tiny story
 * (a file of thousands of short records).
 */
import { data } from "franc-min/data.js";
import { expressions } from "franc-min/expressions.js";

/** franc-min's constants: the longest sample read, and the distance of a trigram a profile lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptProfiles {
  languages: string[];
  /** Trigram → per language, its rank in that language's profile + 1 (0: not in it). */
  ranks: Map<string, Int16Array>;
}

/** Per script with several languages, the profiles inverted (franc-min keeps a dictionary per language). */
const PROFILES = new Map<string, ScriptProfiles>(
  Object.entries(data).map(([script, profiles]) => {
    const languages = Object.keys(profiles);
    const ranks = new Map<string, Int16Array>();
    languages.forEach((language, l) => {
      const model = profiles[language]!.split("|");
      // From the last rank to the first, as franc-min builds its dictionaries: a repeated trigram keeps its first rank.
      for (let rank = model.length - 1; rank >= 0; rank--) {
        let row = ranks.get(model[rank]!);
        if (!row) ranks.set(model[rank]!, (row = new Int16Array(languages.length)));
        row[l] = rank + 1;
      }
    });
    return [script, { languages, ranks }];
  }),
);
const SCRIPTS = Object.entries(expressions);

/** The trigrams of a text and their counts, as franc-min's trigram-utils cleans and cuts it. */
function trigramCounts(value: string): Map<string, number> {
  const clean = value.replace(/[\u0021-\u0040]+/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
  const padded = ` ${clean} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const t = padded.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

/** The ISO 639-3 code franc-min gives the text ("und" when it cannot tell). */
export function trigramLanguage(text: string, minLength: number): string {
  if (!text || text.length < minLength) return "und";
  const value = text.slice(0, MAX_LENGTH);
  let topScript: string | undefined;
  let topShare = -1;
  for (const [script, expression] of SCRIPTS) {
    const share = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (share > topShare) {
      topShare = share;
      topScript = script;
    }
  }
  const profiles = topScript === undefined ? undefined : PROFILES.get(topScript);
  // A script of one language names it (franc-min's codes for those scripts are their languages').
  if (!profiles) return topScript === undefined || topShare === 0 ? "und" : topScript;
  const distance = new Float64Array(profiles.languages.length);
  for (const [trigram, count] of trigramCounts(value)) {
    // A trigram no profile has adds MAX_DIFFERENCE to every distance alike: no order changes, it is skipped.
    const row = profiles.ranks.get(trigram);
    if (!row) continue;
    for (let l = 0; l < row.length; l++) distance[l]! += row[l] === 0 ? MAX_DIFFERENCE : Math.abs(count - row[l]!);
  }
  // The nearest profile; on a tie the first, as franc-min's stable sort leaves it.
  let best = 0;
  for (let l = 1; l < distance.length; l++) if (distance[l]! < distance[best]!) best = l;
  return profiles.languages[best]!;
}
