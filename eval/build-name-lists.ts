/**
 * Builds stages/entities/data/name-lists.ts, the large generic name lists the
 * entity tagger reads as features (never as decisions), from two sources:
 *
 * - WordNet 3.0 (Princeton University; WordNet 3.0 licence, permissive, the
 *   notice is kept in the generated file): capitalised noun lemmas, grouped
 *   by WordNet's lexicographer file. Instances of noun.person are people,
 *   of noun.location / noun.object places, noun.group organisations and
 *   peoples, and capitalised lemmas of noun.time, noun.act, noun.event,
 *   noun.communication and noun.artifact are events, periods, works and
 *   products (MISC). Needs Debian's wordnet-base (apt-get install wordnet-base),
 *   which puts the database in /usr/share/wordnet.
 * - compromise 14 (MIT, Spencer Kelly; a dev dependency): its lexicon's
 *   given names, surnames, cities, regions, countries, places,
 *   organisations, sports teams and demonyms.
 *
 * No corpus text is read. Run: npx tsx eval/build-name-lists.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// compromise ships its lexicon packed with efrt; both are installed with it
// (the lexicon file is not among compromise's exports, so it is read by path).
const modules = join(dirname(fileURLToPath(import.meta.url)), "../node_modules");
const lexData = ((await import(join(modules, "compromise/src/2-two/preTagger/model/lexicon/_data.js"))) as { default: Record<string, string> }).default;
const { unpack } = (await import(join(modules, "efrt/src/index.js"))) as { unpack: (packed: string) => Record<string, unknown> };

type NameClass = "PER" | "GIVEN" | "SURNAME" | "PLACE" | "ORG" | "FAC" | "MISC" | "NORP";
const lists = new Map<NameClass, Set<string>>();
const add = (c: NameClass, name: string) => {
  const s = name.trim();
  if (s.length < 2 || !/^\p{Lu}/u.test(s)) return;
  let set = lists.get(c);
  if (!set) lists.set(c, (set = new Set()));
  set.add(s);
};

// ---------------------------------------------------------------- WordNet
const LEXFILE: Record<number, { inst: NameClass | null; other: NameClass | null }> = {
  4: { inst: "MISC", other: null }, // noun.act: wars, battles
  6: { inst: "FAC", other: "MISC" }, // noun.artifact: buildings, bridges / products
  10: { inst: "MISC", other: null }, // noun.communication: works, scriptures
  11: { inst: "MISC", other: null }, // noun.event
  14: { inst: "ORG", other: "ORG" }, // noun.group: organisations, dynasties, peoples
  15: { inst: "PLACE", other: null }, // noun.location
  17: { inst: "PLACE", other: null }, // noun.object: rivers, mountains, islands
  18: { inst: "PER", other: "NORP" }, // noun.person: people / members of nations and faiths
  28: { inst: "MISC", other: "MISC" }, // noun.time: periods, holidays
};
const wnPath = "/usr/share/wordnet/data.noun";
for (const line of readFileSync(wnPath, "latin1").split("\n")) {
  if (line === "" || line.startsWith("  ")) continue;
  const parts = line.split(" | ")[0].split(" ");
  const lexfile = Number(parts[1]);
  const cls = LEXFILE[lexfile];
  if (!cls) continue;
  const nWords = parseInt(parts[3], 16);
  const words: string[] = [];
  for (let k = 0; k < nWords; k++) words.push(parts[4 + 2 * k].replace(/\(.*\)$/, "").replace(/_/g, " "));
  const rest = parts.slice(4 + 2 * nWords);
  const nPtr = Number(rest[0]);
  let instance = false;
  for (let k = 0; k < nPtr; k++) if (rest[1 + 4 * k] === "@i") instance = true;
  const c = instance ? cls.inst : cls.other;
  if (!c) continue;
  for (const w of words) {
    // WordNet lists people as "Kipling", "Rudyard Kipling": a multi-word name
    // also yields its given name and surname.
    add(c, w);
    if (c === "PER") {
      const toks = w.split(" ").filter((t) => /^\p{Lu}\p{Ll}+$/u.test(t));
      if (toks.length >= 2) {
        add("GIVEN", toks[0]);
        add("SURNAME", toks[toks.length - 1]);
      }
    }
  }
}

// Common words: lower-case single-word lemmas of any part of speech (the
// data files keep the lemmas' case; the index files do not), and the
// irregular forms WordNet lists; split by whether WordNet also has the word
// as a capitalised lemma ("ford" / "Ford").
const properLower = new Set<string>();
const common = new Set<string>();
for (const pos of ["noun", "verb", "adj", "adv"]) {
  for (const line of readFileSync(`/usr/share/wordnet/data.${pos}`, "latin1").split("\n")) {
    if (line === "" || line.startsWith("  ")) continue;
    const parts = line.split(" ");
    const nWords = parseInt(parts[3], 16);
    for (let k = 0; k < nWords; k++) {
      const w = parts[4 + 2 * k].replace(/\(.*\)$/, "");
      if (w.includes("_")) continue;
      if (/^\p{Lu}/u.test(w)) properLower.add(w.toLowerCase());
      else if (/^[a-z]{2,}$/.test(w)) common.add(w);
    }
  }
  for (const line of readFileSync(`/usr/share/wordnet/${pos}.exc`, "latin1").split("\n")) {
    const w = line.split(" ")[0];
    if (/^[a-z]{2,}$/.test(w)) common.add(w);
  }
}
// A regular inflection is found at lookup by stripping its ending (lexicon.ts):
// keep only forms that stripping does not reach.
const reached = (w: string) =>
  (w.endsWith("s") && common.has(w.slice(0, -1))) || (w.endsWith("es") && common.has(w.slice(0, -2))) ||
  (w.endsWith("ies") && common.has(w.slice(0, -3) + "y"));
const commonOnly: string[] = [];
const commonAlsoName: string[] = [];

for (const w of [...common].sort()) {
  if (reached(w)) continue;
  (properLower.has(w) ? commonAlsoName : commonOnly).push(w);
}

// ---------------------------------------------------------------- compromise
const COMPROMISE: Record<string, NameClass> = {
  MaleName: "GIVEN", FemaleName: "GIVEN", FirstName: "GIVEN", LastName: "SURNAME", Person: "PER",
  City: "PLACE", Region: "PLACE", Country: "PLACE", Place: "PLACE",
  Organization: "ORG", SportsTeam: "ORG", Demonym: "NORP",
};
const titleCase = (s: string) => s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
for (const [tag, packed] of Object.entries(lexData)) {
  const c = COMPROMISE[tag];
  if (!c) continue;
  for (const w of Object.keys(unpack(packed))) {
    // Acronyms are stored lower-case: keep short all-consonant ones upper-case.
    add(c, c === "ORG" && w.length <= 4 && !w.includes(" ") ? w.toUpperCase() : titleCase(w));
  }
}

// ---------------------------------------------------------------- output
const order: NameClass[] = ["PER", "GIVEN", "SURNAME", "PLACE", "ORG", "FAC", "MISC", "NORP"];
const body = order
  .map((c) => `  ${c}: ${JSON.stringify([...(lists.get(c) ?? [])].sort().join("|"))},`)
  .join("\n");
const out = join(dirname(fileURLToPath(import.meta.url)), "../stages/entities/data/name-lists.ts");
writeFileSync(
  out,
  `/**
 * Generated by eval/build-name-lists.ts: do not edit by hand.
 * Generic name lists read by the entity tagger as features (see lexicon.ts):
 * "|"-separated names per class. Sources:
 *
 * - WordNet 3.0, capitalised noun lemmas by lexicographer file.
 *   WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
 *   THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
 *   MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF
 *   EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
 *   REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY
 *   PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
 *   DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
 *   TRADEMARKS OR OTHER RIGHTS. (WordNet 3.0 licence: use, copy, modify and
 *   distribute for any purpose without fee, keeping this notice.)
 * - compromise 14 lexicon (MIT, Copyright (c) 2019 Spencer Kelly): names,
 *   places, organisations, sports teams, demonyms.
 */
export const NAME_LISTS: Record<string, string> = {
${body}
};

/**
 * Lower-case WordNet lemmas (all parts of speech) that WordNet never writes
 * capitalised: a capitalised one is a sentence start or a headline word, not
 * a name ("Analysis revealed..."). Regular plurals are found by stripping -s.
 */
export const COMMON_WORDS = ${JSON.stringify(commonOnly.join("|"))};

/** Lower-case WordNet lemmas that are also capitalised lemmas ("ford", "sand"). */
export const COMMON_WORDS_ALSO_NAMES = ${JSON.stringify(commonAlsoName.join("|"))};
`,
);
console.log(
  order.map((c) => `${c} ${lists.get(c)?.size ?? 0}`).join(", "),
  `, common words ${commonOnly.length} + ${commonAlsoName.length}`,
  "→",
  out,
);
