/**
 * Post-decoding rules (issue 19) for names typed by the words right
 * around them, where the model falls back on the name's shape: a place named
 * before a lower-case word for a district, a town taken by an army, a party named
 * with a country inside, a company described by a "which" clause, a job written like a title, a Greek surname. Each is one linear
 * pass over the tokens (bounded look-around per token); tagger.ts runs them
 * from POST_RULES.
 */
import { isCapitalised } from "./features.ts";
import { CALENDAR_SET, commonWordClass, GIVEN_NAME_SET, isListedPlace, NAME_TAGS, NOT_NAME_START_SET, NORP_WORDS, ORG_PHRASES } from "./lexicon.ts";
import { glued, SpanEdits, type TokenSpan } from "./spans.ts";
import type { Tokens } from "./tokens.ts";
import { placeSpelling } from "./canonical/transliteration.ts";

/** A capitalised word that may be a name: not a calendar or function word, not an ordinary English word. */
function unknownNameWord(w: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(w) && !CALENDAR_SET.has(w) && !NOT_NAME_START_SET.has(w.toLowerCase()) && commonWordClass(w.toLowerCase()) === null;
}
/** The surface of a span. */
const surfaceOf = (tok: Tokens, s: TokenSpan) => tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]);
/** Last words of the document's person names of two or more words (its full names), built once per document. */
function fullNameLastWords(w: readonly string[], spans: readonly TokenSpan[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) if (s.type === "PERSON" && s.j - s.i > 1) out.add(w[s.j - 1]);
  return out;
}
/** Does a list know the surface as an organisation or a people (so the context must not move it)? */
function listedOrgOrPeople(surface: string): boolean {
  const tags = NAME_TAGS.get(surface);
  return ORG_PHRASES.has(surface) || NORP_WORDS.has(surface) || (tags !== undefined && tags.some((t) => t === "nl=ORG" || t === "nl=NORP"));
}

/**
 * Family: places named before a lower-case word for a district ("the Petaro region", "the Ardavel département",
 * "the Ormasca and Velluno provinces", "the Velmor valley"; travel guides, history and local news). Names of towns
 * and districts abroad look like surnames to the model; the kind noun after them says what they are. A person or
 * organisation span (or one the model read as a work or event) of at most three words right before the kind noun (and, before a plural kind noun, the name
 * coordinated with it) becomes a GPE; an untagged unknown word there is added. The kind noun must close its phrase
 * (punctuation or a linking word follows): "the Velmor district council" and "the Keld county court" name a body.
 * A listed organisation, a people, or a person's name opening with a listed given name keeps its type. Session 28
 * mend: a natural feature (valley, delta, basin, plateau) follows a river's or a mountain's name, not a town's, so
 * the name before one becomes a LOC ("the Velmor valley", "the Ardo delta").
 */
const NATURAL_FEATURE_NOUNS = new Set(["valley", "valleys", "delta", "deltas", "basin", "basins", "plateau"]);
const DISTRICT_NOUNS = new Set([
  "district", "region", "province", "prefecture", "département", "oblast", "governorate", "municipality", "valley",
  "lowlands", "highlands", "countryside", "peninsula", "delta", "basin", "plateau", "canton", "raion", "voivodeship",
  // A town's own kind word after its name ("shelling hit Velmara city", "the Tarvaz town"; wire copy from abroad,
  // where "X city" tells the town from its province): the phrase-closing test keeps "the X city council" a body.
  "city", "town",
]);
const DISTRICT_PLURALS = new Set(["districts", "regions", "provinces", "prefectures", "départements", "valleys", "deltas", "basins", "municipalities", "cantons"]);
const PHRASE_CLOSERS = new Set([
  "of", "in", "and", "or", "near", "on", "at", "to", "from", "with", "where", "which", "that", "was", "is", "were", "are",
  "has", "had", "lies", "became", "between", "around", "along", "north", "south", "east", "west",
]);
function closesPhrase(w: readonly string[], k: number): boolean {
  return k >= w.length || !/\p{L}/u.test(w[k]) || PHRASE_CLOSERS.has(w[k]);
}
export function placesBeforeDistrictNouns(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let out: SpanEdits | null = null;
  for (let k = 1; k < w.length; k++) {
    // Every kind noun opens with a lower-case letter from b to v and has four letters or more: most tokens are passed over at once.
    const c0 = w[k].charCodeAt(0);
    if (c0 < 98 || c0 > 118 || w[k].length < 4) continue;
    const plural = DISTRICT_PLURALS.has(w[k]);
    if ((!plural && !DISTRICT_NOUNS.has(w[k])) || !closesPhrase(w, k + 1) || !glued(tok, k)) continue;
    out ??= new SpanEdits(spans, w.length);
    const type = NATURAL_FEATURE_NOUNS.has(w[k]) ? "LOC" : "GPE";
    const end = placeBefore(tok, out, k, type, w[k] === "city" || w[k] === "town");
    // "the Ormasca and Velluno provinces": the name coordinated before a plural kind noun is a district too.
    if (plural && end !== null && end >= 2 && w[end - 1] === "and") placeBefore(tok, out, end - 1, type);
  }
  return out === null ? spans : out.result();
}
/** Makes the name ending right before token k a place (see placesBeforeDistrictNouns); its first token, or null. */
function placeBefore(tok: Tokens, out: SpanEdits, k: number, type: "GPE" | "LOC", townNoun = false): number | null {
  const w = tok.words;
  const s = out.endingAt(k);
  if (s) {
    if (s.type === "GPE" || s.type === "LOC") return s.i;
    if ((s.type !== "PERSON" && s.type !== "ORG" && s.type !== "MISC") || s.j - s.i > 3 || !s.rule.startsWith("entities/model")) return null;
    // "city" and "town" also follow a person's name in a phrase about them ("the Messi town of …"): they move no person.
    if (townNoun && s.type === "PERSON") return null;
    const surface = surfaceOf(tok, s);
    // A person's full name keeps its type, unless an article opens the phrase: "the Kamal Osman district" is a
    // district named after a person (a man is never "the" before his own name and a district word).
    const article = s.i > 0 && (w[s.i - 1] === "the" || w[s.i - 1] === "The");
    if (listedOrgOrPeople(surface) || (s.type === "PERSON" && s.j - s.i > 1 && GIVEN_NAME_SET.has(w[s.i]) && !article)) return null;
    s.type = type;
    s.rule = "entities/district-noun";
    return s.i;
  }
  const i = k - 1;
  if (out.at(i) || !unknownNameWord(w[i]) || tok.sentenceStart[i] || (i > 0 && isCapitalised(w[i - 1]))) return null;
  if (listedOrgOrPeople(w[i])) return null;
  out.replace({ i, j: k, type, confidence: 0.6, rule: "entities/district-noun" });
  return i;
}

/**
 * Family: towns taken by an army ("the army besieged Velmaros", "annexed Kavrosi", "razed Ordessa"; history and war
 * reporting). Only places are besieged, annexed or razed: a person, organisation or work span of one or two words
 * right after such a verb becomes a GPE, and an untagged unknown word there is added. Verbs whose object may be a person or
 * a club are not here ("captured X", "sacked X": a manager is sacked, a leader captured), nor "occupied" ("occupied
 * X's office"), nor "shelled" ("shelled X with questions"). A listed organisation or people keeps its type, and a
 * name followed by a possessive is the owner of what was taken ("invaded Keller's office").
 */
const SIEGE_VERBS = new Set([
  "besieged", "besieging", "besiege", "annexed", "annexing", "annex", "razed", "plundered", "pillaged", "conquered",
  "conquering", "invaded", "invading", "overran", "bombarded", "garrisoned",
]);
/**
 * The passive says the same for the verbs that only a place takes ("Kavrosi was annexed in 1920", "Ordessa was razed",
 * "the town was garrisoned"): "besieged", "bombarded", "invaded" and "conquered" are left out, since people are
 * besieged by fans, bombarded with questions and invaded by grief. A person, organisation or work span of one or two
 * words right before "was / were" and the verb becomes a GPE, and an untagged unknown word there is added, unless the
 * name may be a person's: a word of the lists of people's names, a span opening with a listed given name, or the last
 * word of a person's full name elsewhere in the document ("Rami Kavrosi … Kavrosi was annexed" is left alone).
 */
const PASSIVE_SIEGE_VERBS = new Set(["annexed", "razed", "pillaged", "plundered", "garrisoned"]);
export function placesAfterSiegeVerbs(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let out: SpanEdits | null = null;
  let fullNames: Set<string> | null = null;
  for (let k = 1; k < w.length; k++) {
    if ((w[k] === "was" || w[k] === "were") && k + 1 < w.length && PASSIVE_SIEGE_VERBS.has(w[k + 1])) {
      out ??= new SpanEdits(spans, w.length);
      fullNames ??= fullNameLastWords(w, spans);
      const s = out.endingAt(k);
      const last = w[k - 1];
      if (personListed(last) || fullNames.has(last)) continue;
      if (s) {
        if (s.j - s.i <= 2 && s.rule.startsWith("entities/model") && (s.type === "PERSON" || s.type === "ORG" || s.type === "MISC") && !GIVEN_NAME_SET.has(w[s.i]) && !listedOrgOrPeople(surfaceOf(tok, s))) {
          s.type = "GPE";
          s.rule = "entities/siege-verb";
        }
      } else if (!out.at(k - 1) && unknownNameWord(last) && !(k > 1 && isCapitalised(w[k - 2]) && !tok.sentenceStart[k - 1]) && !listedOrgOrPeople(last)) {
        out.replace({ i: k - 1, j: k, type: "GPE", confidence: 0.6, rule: "entities/siege-verb" });
      }
      continue;
    }
    if (w[k - 1].length < 5 || !SIEGE_VERBS.has(w[k - 1]) || !glued(tok, k)) continue;
    out ??= new SpanEdits(spans, w.length);
    placeAfterCue(tok, out, k, (s) => (s.type === "PERSON" || s.type === "ORG" || s.type === "MISC") && !(s.j - s.i > 1 && GIVEN_NAME_SET.has(w[s.i])), "entities/siege-verb");
  }
  return out === null ? spans : out.result();
}
/**
 * The name at token k, after a cue that only a place takes, is a place: a span of one or two words the model made
 * (`retypable` says which) becomes a GPE, and an untagged unknown word standing alone there is added. A listed
 * organisation or people keeps its type; a name followed by a possessive owns the place ("fled to Kessler's flat").
 */
function placeAfterCue(tok: Tokens, out: SpanEdits, k: number, retypable: (s: TokenSpan) => boolean, rule: string): void {
  const w = tok.words;
  const s = out.startingAt(k);
  const after = s ? s.j : k + 1;
  if (after < w.length && (w[after] === "'" || w[after] === "’")) return;
  if (s) {
    if (s.j - s.i > 2 || !s.rule.startsWith("entities/model") || !retypable(s) || listedOrgOrPeople(surfaceOf(tok, s))) return;
    s.type = "GPE";
    s.rule = rule;
    return;
  }
  if (out.at(k) || !unknownNameWord(w[k]) || (k + 1 < w.length && isCapitalised(w[k + 1]) && glued(tok, k + 1)) || listedOrgOrPeople(w[k])) return;
  out.replace({ i: k, j: k + 1, type: "GPE", confidence: 0.6, rule });
}

/**
 * Family: Greek surnames, often in the genitive form a woman's or a family's name takes ("Georgiou", "Nikolaou",
 * "Papadopoulou", "Andreou", "Kyriakidis"; Cypriot and Greek news, sport and science). The model knows few of them
 * and reads the unfamiliar ending as a place. A span of one to three words ending in such a surname, typed as a place
 * or an organisation by the model, becomes PERSON; an untagged lone word with the ending, not inside a run of
 * capitalised words, is added. The endings are Greek patronymic and genitive ones (-opoulos/-opoulou, -akis/-aki,
 * -idis/-idou, -iadis, -oglou, and -ou after a vowel: -iou, -aou, -eou); Chinese places in -zhou or -kou end in a
 * consonant and -ou, so they are not taken. A listed place keeps its type. -idis and -iadis also end
 * plurals of peoples and sects ("the Velmidis"), so those endings count only as the surname of a two-word name the
 * model tagged (a given name and the surname, "Nikos Velmidis"), never alone.
 */
const GREEK_SURNAME = /^\p{Lu}\p{Ll}{2,}(?:opoulos|opoulou|akis|akou|idis|idou|iadis|iadou|oglou|iou|aou|eou)$/u;
export function greekSurnames(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let out: SpanEdits | null = null;
  for (let k = 0; k < w.length; k++) {
    // Every ending ends in "s" or "u": most tokens are passed over without running the pattern.
    const last = w[k].charCodeAt(w[k].length - 1);
    if (w[k].length < 6 || (last !== 115 && last !== 117) || !GREEK_SURNAME.test(w[k]) || isListedPlace(w[k])) continue;
    out ??= new SpanEdits(spans, w.length);
    const s = out.at(k);
    const pluralLike = /i(?:a)?dis$/.test(w[k]);
    if (pluralLike && (!s || s.j - s.i !== 2)) continue;
    if (s) {
      if (s.j !== k + 1 || s.j - s.i > 3 || (s.type !== "GPE" && s.type !== "LOC" && s.type !== "ORG") || !s.rule.startsWith("entities/model")) continue;
      const surface = surfaceOf(tok, s);
      if (isListedPlace(surface) || listedOrgOrPeople(surface)) continue;
      s.type = "PERSON";
      s.rule = "entities/greek-surname";
      continue;
    }
    if ((k > 0 && isCapitalised(w[k - 1]) && glued(tok, k) && !tok.sentenceStart[k]) || (k + 1 < w.length && isCapitalised(w[k + 1]) && glued(tok, k + 1))) continue;
    if (commonWordClass(w[k].toLowerCase()) !== null) continue;
    out.replace({ i: k, j: k + 1, type: "PERSON", confidence: 0.6, rule: "entities/greek-surname" });
  }
  return out === null ? spans : out.result();
}

/**
 * Family: companies described by what they do in a relative clause ("Brightline, which makes solar panels, will
 * cut jobs", "Velmor, which owns the chain,"; business news). A relative "which" (never "who") after a name and a
 * verb of making, selling or running a business says the name is a firm: a person or work span of at most four words
 * right before ", which <verb>" becomes an ORG, and an untagged run of name words opening the sentence there is added.
 * Places make, own and export things too ("Velmoria, which exports gas"), so place spans keep their type, as do a
 * person's name opening with a listed given name and a single ordinary English word. a clause about
 * the whole sentence ("X, which makes it the third loss", "which makes him the favourite", "which makes sense") says
 * nothing of the name: a pronoun, "sense", "this / that", "for" or "up" after the verb skips it.
 */
const CLAUSE_OBJECTS = new Set(["it", "him", "her", "them", "us", "me", "you", "sense", "this", "that", "for", "up"]);
const BUSINESS_VERBS = new Set([
  "makes", "made", "sells", "sold", "manufactures", "manufactured", "publishes", "published", "operates", "operated",
  "employs", "employed", "supplies", "supplied", "distributes", "designs", "develops", "retails", "markets", "brews",
  "bottles", "insures", "lends", "trades", "invests", "builds", "produces", "owns", "runs",
]);
export function companiesByRelativeClause(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let out: SpanEdits | null = null;
  for (let k = 1; k + 2 < w.length; k++) {
    if (w[k] !== "," || w[k + 1] !== "which" || !BUSINESS_VERBS.has(w[k + 2])) continue;
    if (k + 3 < w.length && CLAUSE_OBJECTS.has(w[k + 3])) continue;
    out ??= new SpanEdits(spans, w.length);
    const s = out.endingAt(k);
    if (s) {
      if ((s.type !== "PERSON" && s.type !== "MISC") || s.j - s.i > 4 || GIVEN_NAME_SET.has(w[s.i]) || !s.rule.startsWith("entities/model")) continue;
      s.type = "ORG";
      s.rule = "entities/business-clause";
      continue;
    }
    let i = k;
    while (i > 0 && k - i < 4 && isCapitalised(w[i - 1]) && !out.at(i - 1) && (i === k || glued(tok, i)) && !tok.sentenceStart[i]) i--;
    if (i === k || !tok.sentenceStart[i] || GIVEN_NAME_SET.has(w[i]) || NOT_NAME_START_SET.has(w[i].toLowerCase())) continue;
    if (k - i === 1 && !unknownNameWord(w[i])) continue;
    out.replace({ i, j: k, type: "ORG", confidence: 0.6, rule: "entities/business-clause" });
  }
  return out === null ? spans : out.result();
}

/**
 * Family: an occupation written like a title before a person's name ("Midfielder Ardo Kessel scored", "Novelist
 * Rena Dallow said", "Billionaire Keld Tarrow"; sports, arts and business news). The name lists' titles are offices
 * and ranks; these words are jobs, positions and trades, which the model runs into the name when they open a
 * sentence. A PERSON span opening with one, followed by a capitalised word, loses it (every scored corpus leaves
 * titles out of a person's name). A rule-only list, not a model feature.
 */
const OCCUPATION_TITLES = new Set([
  "Midfielder", "Striker", "Defender", "Goalkeeper", "Winger", "Fullback", "Full-back", "Quarterback", "Pitcher",
  "Catcher", "Batsman", "Bowler", "Jockey", "Skipper", "Boxer", "Sprinter", "Golfer", "Cyclist", "Swimmer", "Driver",
  "Manager", "Singer", "Songwriter", "Rapper", "Guitarist", "Drummer", "Actor", "Actress", "Comedian", "Novelist",
  "Author", "Writer", "Poet", "Playwright", "Screenwriter", "Filmmaker", "Photographer", "Artist", "Painter", "Sculptor",
  "Designer", "Architect", "Chef", "Businessman", "Businesswoman", "Tycoon", "Billionaire", "Millionaire",
  "Entrepreneur", "Investor", "Banker", "Economist", "Historian", "Journalist", "Reporter", "Columnist", "Broadcaster",
  "Presenter", "Activist", "Campaigner", "Lawyer", "Barrister", "Solicitor", "Councillor", "Councilor", "Alderman",
  "Lawmaker", "Legislator", "Astronaut", "Physicist", "Chemist", "Biologist", "Astronomer", "Mathematician",
]);
export function occupationTitles(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  for (const s of spans) {
    if (s.type !== "PERSON" || s.j - s.i < 2 || !OCCUPATION_TITLES.has(w[s.i]) || !/^\p{Lu}\p{Ll}/u.test(w[s.i + 1])) continue;
    s.i++;
    s.rule = "entities/occupation-title";
  }
  return spans;
}

/**
 * Family: destinations after a verb of travel ("she flew to Kharvani", "the family fled to Keltaro", "he sailed for
 * Tarvisu"; news, biographies and history). A journey ends at a place: a one- or two-word span the model read as a
 * person right after "<travel verb> to / towards / for" becomes a GPE, and an untagged unknown word there is added.
 * Organisations are destinations too ("flew to Velmorsoft's plant", "headed to Parliament"), so other spans keep their
 * type; "went to" is left out ("the award went to Keller" names a person), as are "moved / returned / relocated to"
 * (a lead moves to a player, stolen goods are returned to their owner) and a person's name opening with a listed
 * given name.
 */
const TRAVEL_VERBS = new Set([
  "flew", "fly", "flown", "flying", "travelled", "traveled", "travelling", "traveling", "sailed", "sailing", "drove",
  "fled", "fleeing", "emigrated", "emigrating", "deported",
  "exiled", "headed", "heading", "journeyed", "migrated", "evacuated", "retreated", "marched", "escaped", "immigrated",
]);
/** A word of the generic lists of people's names (whole names, given names, surnames) or the curated given names. */
function personListed(word: string): boolean {
  if (GIVEN_NAME_SET.has(word)) return true;
  const tags = NAME_TAGS.get(word);
  return tags !== undefined && tags.some((t) => t.startsWith("nl=PER") || t.startsWith("nl=GIVEN") || t.startsWith("nl=SURNAME"));
}
export function destinationsAfterTravelVerbs(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let out: SpanEdits | null = null;
  for (let k = 2; k < w.length; k++) {
    const p = w[k - 1];
    if ((p !== "to" && p !== "for" && p !== "towards") || !TRAVEL_VERBS.has(w[k - 2]) || !glued(tok, k)) continue;
    // "sailed for" a destination, but "moved for" a reason: "for" only after verbs of a voyage.
    if (w[k - 1] === "for" && w[k - 2] !== "sailed" && w[k - 2] !== "sailing" && w[k - 2] !== "headed" && w[k - 2] !== "heading") continue;
    out ??= new SpanEdits(spans, w.length);
    placeAfterCue(tok, out, k, (s) => s.type === "PERSON" && !GIVEN_NAME_SET.has(w[s.i]), "entities/travel-destination");
  }
  return out === null ? spans : out.result();
}

/**
 * Family: a place's own spelling in Chinese, Japanese or Korean script in brackets right after it ("Keltaro (凱塔羅)",
 * "Dunsvi (頓斯; now a suburb)"; encyclopaedic and history text about East Asia, and news quoting a town in its script).
 * Such a gloss is itself a place name: an untagged run of Han, kana or Hangul alone in the brackets (closed by ")",
 * ";" or ",") takes the type of the place span before the bracket, but only when it reads as a place's name: it ends
 * in a place suffix character (市 県 省 州 区 町 村 国 島 …), or it is a pure transliteration (kana or Hangul only, or
 * one Han character per syllable of the romanised name, "Keltaro (凱塔羅)"). A bracket after a place may name
 * something else there ("the plant in Velmor (東京電力)": a company), so other runs are left alone. People's glosses are
 * left alone (measured: CrossNER's even half leaves some untagged, PERSON 90.2 -> 90.1), as are glosses in other
 * scripts, which come after a language label ("(Greek: …)", "(Russian: …)") and are not tagged in WikiGold or GUM.
 */
const CJK_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;
const PLACE_SUFFIX_CHARS = new Set([..."市県縣省州区區町村国國島岛郡府道都鎮镇郷鄉乡城港灣湾洲"]);
const PHONETIC_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・]+$|^\p{Script=Hangul}+$/u;
/** Vowel groups in a romanised name: roughly its syllables ("Keltaro" 3, "Dunsvi" 2). */
const syllables = (name: string) => (name.toLowerCase().match(/[aeiouy]+/g) ?? []).length;
function readsAsPlaceGloss(gloss: string, place: string): boolean {
  const chars = [...gloss];
  if (PLACE_SUFFIX_CHARS.has(chars[chars.length - 1]) || PHONETIC_ONLY.test(gloss)) return true;
  return /^\p{Script=Han}+$/u.test(gloss) && chars.length <= 4 && chars.length === syllables(place) && !COMPANY_ENDINGS.test(gloss);
}
/** Han endings of company names (power, company, group, bank, industry, electric, motors, holdings, trading). */
const COMPANY_ENDINGS = /(?:電力|电力|会社|公司|集团|集團|銀行|银行|工業|工业|電機|電気|电气|自動車|汽车|電子|电子|控股|商事|製作所)$/u;
export function cjkGlosses(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let added: TokenSpan[] | null = null;
  for (let x = 0; x < spans.length; x++) {
    const s = spans[x];
    const g = s.j + 1;
    if (g + 1 >= w.length || w[s.j] !== "(" || (s.type !== "GPE" && s.type !== "LOC")) continue;
    if (w[g].charCodeAt(0) < 0x1100 || !CJK_WORD.test(w[g]) || (w[g + 1] !== ")" && w[g + 1] !== ";" && w[g + 1] !== ",")) continue;
    if (x + 1 < spans.length && spans[x + 1].i <= g) continue;
    if (!readsAsPlaceGloss(w[g], tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]))) continue;
    (added ??= []).push({ i: g, j: g + 1, type: s.type, confidence: s.confidence, rule: "entities/cjk-gloss" });
  }
  return added === null ? spans : [...spans, ...added].sort((a, b) => a.i - b.i);
}

/**
 * Family: one town spelt two ways in one document ("Homs" and "Hims", "Idlib" and "Idleb"; wire copy and reports on
 * Syria, Iraq, the Caucasus and Central Asia, where agencies transliterate differently and quote each other). The
 * model knows the common spelling as a place and reads the other, unseen, as a surname. A lone word the model typed
 * PERSON that is another spelling of a one-word place span of the same document, by an explicit row of the canonical
 * stage's table of place spellings (`placeSpelling`: no vowel swap, no doubled-letter reading, no row that is also a
 * surname), becomes that place, but only where it stands as a place: after "in / at / from / near / to / into /
 * outside / around" or "the town / city / village of", or before a kind noun for a place ("X province"). A word of the
 * lists of people's names, the last word of a person's full name in the document, and a word followed by an apposition
 * ("X, a columnist") or a speech verb ("X said") stay people.
 */
const SPELLING_PLACE_BEFORE = new Set(["in", "at", "from", "near", "to", "into", "outside", "around"]);
const SPELLING_TOWN_NOUNS = new Set(["town", "city", "village", "province", "region", "district", "governorate"]);
const SPEECH_VERBS = new Set(["said", "says", "told", "added", "asked", "argued", "wrote", "stated", "claimed", "insisted", "replied", "warned", "explained"]);
function spellingPlaceContext(w: readonly string[], k: number): boolean {
  const next = k + 1 < w.length ? w[k + 1] : "";
  if (SPEECH_VERBS.has(next) || (next === "," && k + 2 < w.length && (w[k + 2] === "a" || w[k + 2] === "an" || w[k + 2] === "the" || SPEECH_VERBS.has(w[k + 2])))) return false;
  if (k > 0 && SPELLING_PLACE_BEFORE.has(w[k - 1])) return true;
  if (k > 2 && w[k - 1] === "of" && SPELLING_TOWN_NOUNS.has(w[k - 2]) && (w[k - 3] === "the" || w[k - 3] === "The")) return true;
  return SPELLING_TOWN_NOUNS.has(next) || DISTRICT_NOUNS.has(next);
}
export function placeSpellingVariants(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  // A document with no lone model PERSON span spelt as a listed place has nothing to retype: no table is built for it.
  let candidates = false;
  for (const s of spans) {
    if (s.type === "PERSON" && s.j - s.i === 1 && s.rule.startsWith("entities/model") && placeSpelling(w[s.i].toLowerCase()) !== undefined) {
      candidates = true;
      break;
    }
  }
  if (!candidates) return spans;
  // One-word places of the document by their table spelling, and the full names' last words: built once.
  const byPlaceSpelling = new Map<string, Twin>();
  for (const s of spans) {
    if ((s.type !== "GPE" && s.type !== "LOC") || s.j - s.i !== 1) continue;
    const key = placeSpelling(w[s.i].toLowerCase());
    if (key !== undefined) byPlaceSpelling.set(key, { word: w[s.i], type: s.type });
  }
  if (byPlaceSpelling.size === 0) return spans;
  const fullNames = fullNameLastWords(w, spans);
  for (const s of spans) {
    if (s.type !== "PERSON" || s.j - s.i !== 1 || !s.rule.startsWith("entities/model")) continue;
    const word = w[s.i];
    const key = placeSpelling(word.toLowerCase());
    const twin = key === undefined ? undefined : byPlaceSpelling.get(key);
    if (twin === undefined || twin.word === word || personListed(word) || fullNames.has(word) || !spellingPlaceContext(w, s.i)) continue;
    s.type = twin.type;
    s.rule = "entities/place-spelling";
  }
  return spans;
}
/** A one-word place of the document, for placeSpellingVariants. */
interface Twin {
  word: string;
  type: "GPE" | "LOC";
}
