/**
 * Post-decoding rules for people and parties (round 5): people named alone
 * after kinship, marriage or killing cues; demonyms and abbreviation dots at
 * the edges of people's names; parties called by a nickname. tagger.ts runs
 * them from POST_RULES.
 */
import { ENGLISH_WORD_COMPANIES, NEWS_ORGANISATIONS, PARTY_NICKNAMES } from "./data/gazetteers.ts";
import { isCapitalised } from "./features.ts";
import { isSportDocument } from "./rules-news.ts";
import { CALENDAR_SET, commonWordClass, COUNTRY_OR_STATE_SET, GIVEN_NAME_SET, GPE_PHRASES, isListedPlace, isTitle, LOC_HEAD_SET, LOC_PHRASES, NAME_TAGS, NORP_WORDS, NOT_NAME_START_SET, ORG_HEAD_SET, ORG_PHRASES } from "./lexicon.ts";
import { afterOpeningArticle, APOSTROPHES, glued, lineBreakBefore, SpanEdits, standsAlone, type TokenSpan } from "./spans.ts";
import type { Tokens } from "./tokens.ts";

/** "the assassination of X", "his marriage to X", "the daughter of X": what comes after is a person. */
const PERSON_CUES_BEFORE = new Set([
  "assassination of", "assassinations of", "murder of", "execution of", "killing of", "marriage to", "married to", "engaged to",
  "son of", "daughter of", "wife of", "husband of", "widow of", "widower of", "brother of", "sister of", "mother of",
  "nephew of", "niece of", "grandson of", "granddaughter of", "cousin of", "uncle of", "aunt of", "stepson of", "stepdaughter of",
]);
/** "X's wife", "X's deputy", "X's death": things only a person has. */
const PERSON_NOUNS_AFTER_POSSESSIVE = new Set([
  "wife", "husband", "son", "sons", "daughter", "daughters", "father", "mother", "brother", "sister", "widow", "parents",
  "children", "grandson", "granddaughter", "nephew", "niece", "deputy", "assassination", "funeral", "birthday", "memoir",
  "memoirs", "biography", "presidency", "premiership", "successor", "predecessor", "girlfriend", "boyfriend", "fiancée", "fiance",
]);
/**
 * A term of office after an ordinal ("X's second term", "X's final term") or followed by "in office": held by a
 * person, never by a town or a firm. Schools have terms and pregnancies trimesters too ("Keldby's second term
 * begins"), so an ordinal term counts only in a document about an office (`officeDocument`).
 */
const TERM_ORDINALS = new Set(["first", "second", "third", "fourth", "fifth", "final", "last", "only", "full", "disastrous", "troubled"]);
const OFFICE_WORDS = new Set([
  "president", "presidency", "presidential", "governor", "minister", "mayor", "prime", "premier", "chancellor", "senator",
  "elected", "election", "re-election", "reelection", "administration", "cabinet", "parliament", "congress", "incumbent",
  "inauguration", "inaugurated", "impeachment",
]);
function officeDocument(w: readonly string[]): boolean {
  for (const x of w) if (OFFICE_WORDS.has(x.toLowerCase())) return true;
  return false;
}
function termOfOffice(w: readonly string[], k: number, office: () => boolean): boolean {
  if (k + 1 < w.length && TERM_ORDINALS.has(w[k]) && (w[k + 1] === "term" || w[k + 1] === "terms")) return office();
  return k + 2 < w.length && w[k] === "term" && w[k + 1] === "in" && w[k + 2] === "office";
}
/** "X's wife", "Harris' second term": the person's noun after a possessive glued after token j-1. */
function personNounAfter(w: readonly string[], j: number, office: () => boolean): boolean {
  if (j + 1 >= w.length || !APOSTROPHES.has(w[j])) return false;
  const k = w[j + 1] === "s" ? j + 2 : j + 1;
  return k < w.length && (PERSON_NOUNS_AFTER_POSSESSIVE.has(w[k]) || termOfOffice(w, k, office));
}

/**
 * Family: people named alone whom the model reads as places or bodies (a
 * surname it has not seen: "the assassination of Dravelle", "his marriage to
 * Urquhart", "Dravelle's deputy", "Dravelle's death"; history, politics and
 * court news). A span of one unlisted word (or a listed given name and one or
 * two more words) typed as a place or an organisation, right after a kinship,
 * marriage or killing cue, or before a possessive and a noun only people have,
 * becomes PERSON. Listed places, organisations and peoples keep their type
 * ("the daughter of Norway's king" is about Norway). A term of office counts as such a noun ("X's second term"), and an
 * unknown word the model left untagged before one of these possessives is added.
 */
/**
 * Round 15: two or three words none of which is an ordinary English word or a listed place or people ("the daughter of
 * Aung Velmor", "Keld Dorra's wife"): a name in another language with no listed given name, read as a place.
 */
function unlistedNameWords(w: readonly string[], i: number, j: number): boolean {
  for (let t = i; t < j; t++) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(w[t]) || commonWordClass(w[t].toLowerCase()) !== null || isListedPlace(w[t]) || NORP_WORDS.has(w[t])) return false;
  }
  return true;
}
export function peopleByCue(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let officeSeen: boolean | null = null;
  const office = () => (officeSeen ??= officeDocument(w));
  for (const s of spans) {
    if (s.type !== "GPE" && s.type !== "LOC" && s.type !== "ORG") continue;
    const len = s.j - s.i;
    if (len > 3 || (len > 1 && !GIVEN_NAME_SET.has(w[s.i]) && !unlistedNameWords(w, s.i, s.j))) continue;
    const before = s.i >= 2 ? w[s.i - 2].toLowerCase() + " " + w[s.i - 1] : "";
    // "X's wife" (', s, noun) or "Harris' wife" (', noun)
    if (!PERSON_CUES_BEFORE.has(before) && !personNounAfter(w, s.j, office)) continue;
    const surface = tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]);
    if (GPE_PHRASES.has(surface) || LOC_PHRASES.has(surface) || ORG_PHRASES.has(surface) || NORP_WORDS.has(surface)) continue;
    const tags = NAME_TAGS.get(surface);
    if (tags && tags.some((t) => t === "nl=PLACE" || t === "nl=ORG" || t === "nl=NORP")) continue;
    s.type = "PERSON";
    s.rule = "entities/person-cue";
  }
  // An untagged unknown word before such a possessive ("Velmor's second term began", opening a sentence the model
  // read as an ordinary word) is added, with the same lists as guards.
  let taken: Uint8Array | null = null;
  const added: TokenSpan[] = [];
  for (let k = 0; k + 2 < w.length; k++) {
    if (!APOSTROPHES.has(w[k + 1]) || !personNounAfter(w, k + 1, office)) continue;
    if (taken === null) {
      taken = new Uint8Array(w.length);
      for (const s of spans) for (let t = s.i; t < s.j; t++) taken[t] = 1;
    }
    if (taken[k] || !unknownNameWord(w[k]) || (k > 0 && isCapitalised(w[k - 1]) && !tok.sentenceStart[k])) continue;
    added.push({ i: k, j: k + 1, type: "PERSON", confidence: 0.6, rule: "entities/person-cue" });
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.i - b.i);
}

/** Round 8: a listed place with "-er" is a demonym too, in no list ("Queenslander", "Londoner", "Icelander"). */
function placeDemonym(word: string): boolean {
  return word.length > 5 && word.endsWith("er") && isListedPlace(word.slice(0, -2));
}
/**
 * Family: a demonym in front of a person's name ("Scotsman Ann Velmor",
 * "Texan Carl Dunmore", "Briton Eva Tarrow", "Queenslander Ann Velmor"; sports,
 * history and science writing). The model runs the people's word into the name;
 * a PERSON span opening with a word the lists know only as a people (not also a
 * given name or surname: "German", "Christian", "Norman" stay), followed by a
 * listed given name, is split: the demonym is NORP, the rest the person. A
 * listed place with "-er" (placeDemonym, in no list of peoples) is a demonym too,
 * and may be followed by a given name of the WordNet lists as well.
 */
export function demonymBeforePerson(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let out: TokenSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== "PERSON" || s.j - s.i < 3) continue;
    const first = w[s.i];
    const tags = NAME_TAGS.get(first);
    if (GIVEN_NAME_SET.has(w[s.i + 1])) {
      if (!(NORP_WORDS.has(first) || (tags !== undefined && tags.includes("nl=NORP")) || placeDemonym(first))) continue;
    } else if (!(placeDemonym(first) && (NAME_TAGS.get(w[s.i + 1])?.includes("nl=GIVEN") ?? false))) continue;
    if (GIVEN_NAME_SET.has(first) || (tags !== undefined && tags.some((t) => t === "nl=GIVEN" || t === "nl=SURNAME" || t === "nl=PER"))) continue;
    out ??= spans.slice();
    out.splice(out.indexOf(s), 1, { ...s, j: s.i + 1, type: "NORP", rule: "entities/demonym" }, { ...s, i: s.i + 1, rule: "entities/demonym" });
  }
  return out ?? spans;
}

/**
 * Family: the full stop of "Jr." and of a regnal numeral written with a dot
 * ("Carl Velmor Jr.", "Franz Tarrow I. took care…"). The tokenizer gives a
 * final full stop its own token, but the abbreviation's dot belongs to the
 * name (UNER and WikiGold keep it). A PERSON span ending in Jr/Sr, glued to a
 * full stop, takes it in; a numeral takes it only when a lower-case word
 * follows (else the stop ends the sentence: "…was crowned as Louis I.").
 */
const GENERATIONAL = new Set(["Jr", "Sr", "Jnr", "Snr"]);
const ROMAN = /^[IVX]{1,4}$/;
export function abbreviationDots(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  for (const s of spans) {
    const j = s.j;
    if (s.type !== "PERSON" || j >= w.length || w[j] !== "." || tok.starts[j] !== tok.ends[j - 1]) continue;
    const last = w[j - 1];
    if (GENERATIONAL.has(last) || (ROMAN.test(last) && s.j - s.i >= 2 && j + 1 < w.length && /^\p{Ll}/u.test(w[j + 1]))) {
      s.j = j + 1;
      s.rule = "entities/abbreviation-dot";
    }
  }
  return spans;
}

/**
 * Family: parties called by their members' plural or a one-word short name
 * ("the Tories led by…", "the Democrats kept their seats", "Labour won 30
 * seats"; politics and election news). The model, trained partly on a corpus
 * that tags these as groups (NORP), outputs a NORP the scored views drop; the
 * party is an organisation. A span (or an untagged name) that is exactly a
 * listed party nickname (gazetteers.ts PARTY_NICKNAMES) and not part of a
 * longer name is an ORG; after "of" it is a portfolio ("Secretary of Labor"),
 * and where the model saw nothing only a plural is added. The singular adjective ("a Democrat", "Republican
 * senators") is not listed and keeps the model's type.
 */
const PARTY_SET: ReadonlySet<string> = new Set(PARTY_NICKNAMES);
const PARTY_FIRST: ReadonlySet<string> = new Set(PARTY_NICKNAMES.map((p) => p.split(" ")[0]));
export function partyNicknames(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let out: SpanEdits | null = null;
  let added = false;
  // "Secretary of Labor", "the Department of Labour": a portfolio, not the party.
  const portfolio = (i: number) => i > 0 && w[i - 1] === "of";
  for (const s of spans) {
    if (s.type === "ORG" || s.type === "MISC" || !PARTY_FIRST.has(w[s.i]) || portfolio(s.i)) continue;
    if (PARTY_SET.has(tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]))) {
      s.type = "ORG";
      s.rule = "entities/party-nickname";
    }
  }
  for (let k = 0; k < w.length; k++) {
    // Only plurals are added where the model saw nothing: a lone "Labor" is a portfolio or a cause as often as the party.
    if (!PARTY_FIRST.has(w[k]) || portfolio(k)) continue;
    for (const len of [2, 1]) {
      if (k + len > w.length || !w[k + len - 1].endsWith("s") || !PARTY_SET.has(tok.text.slice(tok.starts[k], tok.ends[k + len - 1]))) continue;
      out ??= new SpanEdits(spans, w.length);
      // Inside a longer capitalised name ("Young Conservatives Club") it is not the party.
      if (out.free(k, k + len) && standsAlone(tok, k, k + len)) {
        out.replace({ i: k, j: k + len, type: "ORG", confidence: 0.6, rule: "entities/party-nickname" });
        added = true;
      }
      break;
    }
  }
  return out && added ? out.result() : spans;
}

/**
 * Family: post-nominal letters after a person's name ("Anna Velmor, QC,",
 * "Carl Tarrow KC", "Eva Dunmore, OBE"; court reports, honours lists, obituaries).
 * They are ranks and honours, not organisations, though written like acronyms
 * (the model and the bare-acronym rule read them as ORG). A listed post-nominal
 * right after a PERSON span (a comma between or not) is dropped.
 */
const POST_NOMINALS = new Set(["QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "FRS", "PhD", "JP", "VC", "KCMG", "CMG"]);
export function postNominals(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let prev: TokenSpan | null = null;
  const drop = new Set<TokenSpan>();
  for (const s of spans) {
    if (prev !== null && prev.type === "PERSON" && s.j - s.i === 1 && POST_NOMINALS.has(w[s.i])) {
      const between = s.i - prev.j;
      if (between === 0 || (between === 1 && w[prev.j] === ",")) drop.add(s);
    }
    prev = s;
  }
  return drop.size === 0 ? spans : spans.filter((s) => !drop.has(s));
}

/**
 * Family: a person's name run on into the capitalised first word of a title or a sentence after it
 * (reference lists and run-on text: "recent works by Ann Velmor The quiet rivers of …", "Ann Velmor
 * A history of …"). A PERSON span of three or more tokens ending in "The", or in "A" followed by a
 * lower-case word, gives it back; the name before it stays a person. Other short words stay: they are
 * given names too ("Ms Ro Van An said": Vietnamese names end in "An", "Le", "My"…), and "I" is a
 * regnal numeral ("Ann Velmor I").
 * Round 11 (issue 19).
 */
export function personTrailingFunctionWord(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  for (const s of spans) {
    const e = s.j - 1;
    // A space before it and a word of letters: "Velmor-A" (a hyphenated code) keeps its letter.
    const opener = w[e] === "The" || (w[e] === "A" && s.j < w.length && /^\p{Ll}/u.test(w[s.j]));
    if (s.type === "PERSON" && s.j - s.i >= 3 && opener && !GIVEN_NAME_SET.has(w[e])
      && tok.starts[e] > tok.ends[e - 1] && /\p{L}$/u.test(w[e - 1])) {
      s.j--;
      s.rule = "entities/person-edges";
    }
  }
  return spans;
}

/**
 * Family: politicians named by their surname alone before a verb of a career (biographies and
 * election copy): "Velmor resigned in 1974", "Tarrow retired from politics", "Quell was re-elected",
 * round 12: "Keld died in 1901", "Dorr married …", "Quell was assassinated / knighted / arrested",
 * "Dunmore was born in …", "Keld defected to the Liberals"; round 13: "Velmor graduated from …",
 * "Dorr taught at …", "Tarrow was jailed / exiled / ordained / sworn in", "Keld is teaching at …". No town or
 * company resigns, retires, defects, is born, educated or re-elected; the model reads such a lone surname with no antecedent as a
 * place or an organisation. A one-word span of either, in no list of places, organisations or peoples,
 * right before one of these verbs, is a person (rule `entities/speaker`, so that document consistency
 * counts the cue). "was elected" alone is left out: parties are elected too; so are "died out / down / off"
 * (trading posts and trades die out) and "was buried" (towns are buried by ash and floods); so are "testified"
 * (firms testify at hearings through their officers: "Velmorcorp testified before the panel") and "asked X to"
 * (a government asks a region, a league asks a club: "asked Eastmarch to hold elections"). Round 11 (issue 19).
 */
/**
 * Round 15: a name right after a preposition of place or origin is not the subject of the verb after it ("a man from
 * Keldby was jailed", "officials in Tarrowby resigned", "the mayor of Velmor said"): the speaker and career cues leave it.
 */
const PLACE_PREPOSITIONS_BEFORE = new Set(["from", "in", "at", "near", "of", "outside", "across", "around", "inside", "throughout", "within"]);
export function afterPlacePreposition(w: readonly string[], i: number): boolean {
  return i > 0 && PLACE_PREPOSITIONS_BEFORE.has(w[i - 1]);
}
const CAREER_VERBS = new Set(["resigned", "retired", "defected", "died", "married", "remarried"]);
/**
 * Round 13: verbs a school has too, a cue only with the preposition a person takes: "Velmor graduated from …",
 * "Dorr taught at …" ("Quellford graduated its first class", "Quellford taught him Latin" are the school).
 */
const CAREER_VERBS_WITH: ReadonlyMap<string, string> = new Map([["graduated", "from"], ["taught", "at"]]);
const CAREER_PASSIVES = new Set([
  "born", "educated", "re-elected", "reelected", "assassinated", "knighted", "arrested", "executed",
  // Round 13: prison, exile, orders and oaths ("Velmor was jailed / exiled / ordained / sworn in"): said of a person,
  // not of a town or a firm ("was appointed" is left out: firms are appointed auditors and administrators).
  "jailed", "imprisoned", "exiled", "ordained", "baptised", "baptized", "sworn",
]);
/**
 * Round 12: a seat kept or lost ("Velmor comfortably kept his seat", "Tarrow regained her seat") and a party
 * led ("Quell led Labour into the campaign", "Keld led the party"): only a person holds his or her seat or leads
 * a party.
 */
const SEAT_VERBS = new Set(["held", "regained", "retained", "lost", "kept", "defended", "won", "resigned", "vacated"]);
const VERB_PARTICLES = new Set(["out", "down", "off"]);
/** Is the verb at k followed by out / down / off ("died out", "married off"), said of trades, towns and species? */
export function particleAfter(w: readonly string[], k: number): boolean {
  return k + 1 < w.length && VERB_PARTICLES.has(w[k + 1]);
}
function careerCue(w: readonly string[], k: number): boolean {
  // "died out / down / off" is said of trades, towns and species, not only of people.
  if (CAREER_VERBS.has(w[k]) && !particleAfter(w, k)) return true;
  if (k + 1 < w.length && CAREER_VERBS_WITH.has(w[k]) && CAREER_VERBS_WITH.get(w[k]) === w[k + 1]) return true;
  if (k + 1 < w.length && w[k] === "was" && CAREER_PASSIVES.has(w[k + 1])) return true;
  const v = k + 1 < w.length && /^\p{Ll}+ly$/u.test(w[k]) ? k + 1 : k;
  if (v + 2 < w.length && SEAT_VERBS.has(w[v]) && (w[v + 1] === "his" || w[v + 1] === "her") && w[v + 2] === "seat") return true;
  // Round 13: "Velmor is teaching at …", "Tarrow was teaching at …" (a school "is teaching" its pupils).
  if (k + 2 < w.length && (w[k] === "is" || w[k] === "was") && w[k + 1] === "teaching" && w[k + 2] === "at") return true;
  return w[k] === "led" && k + 1 < w.length && (PARTY_SET.has(w[k + 1]) || (k + 2 < w.length && (w[k + 1] === "the" || w[k + 1] === "his" || w[k + 1] === "her") && w[k + 2] === "party"));
}
export function peopleByCareerVerbs(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  for (const s of spans) {
    const k = s.j;
    if (s.j - s.i !== 1 || k >= w.length || (s.type !== "GPE" && s.type !== "LOC" && s.type !== "ORG") || s.rule !== "entities/model") continue;
    if (!careerCue(w, k) || afterPlacePreposition(w, s.i)) continue;
    const word = w[s.i];
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || GPE_PHRASES.has(word) || LOC_PHRASES.has(word) || ORG_PHRASES.has(word) || NORP_WORDS.has(word) || isListedPlace(word)) continue;
    const tags = NAME_TAGS.get(word);
    if (tags && (tags.includes("nl=PLACE") || tags.includes("nl=ORG") || tags.includes("nl=NORP"))) continue;
    s.type = "PERSON";
    s.rule = "entities/speaker";
  }
  return spans;
}

/**
 * Family: a plural title run into the first name of a list of people (politics and history: "Senators
 * Ann Velmor, Carl Tarrow and …", "Congressmen Keld Dunmore and …", "Generals Ann Velmor and …"). The
 * span cleaning strips singular titles only; a PERSON span of three or more tokens opening with the
 * plural of a listed title ("Senators", "Congressmen", "Generals", "Governors"…) gives it back.
 * Round 11 (issue 19).
 */
function pluralTitle(word: string): boolean {
  if (word.length < 4 || !isCapitalised(word)) return false;
  if (word.endsWith("men")) return isTitle(word.slice(0, -3) + "man");
  return word.endsWith("s") && !word.endsWith("ss") && isTitle(word.slice(0, -1));
}
export function pluralTitlesBeforePeople(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  for (const s of spans) {
    if (s.type === "PERSON" && s.j - s.i >= 3 && pluralTitle(w[s.i]) && isCapitalised(w[s.i + 1])) {
      s.i++;
      s.rule = "entities/person-edges";
    }
  }
  return spans;
}

/**
 * Round 14, family: authors cited by surname and year inside brackets in academic, textbook and science-news text
 * ("(Velmor, 2013)", "(Tarrow et al., 2005)", "(Quell, Brill, & Dorr, 2008)", "(Velmor-Keld, 1991)", "(Keld & Dorr
 * 2011; …)"). The model reads a lone surname inside brackets as an organisation or a place. A single capitalised word
 * (or a hyphenated pair) right before ", <year>" or "et al." inside brackets, and the surnames coordinated before it
 * in the same brackets, are people.
 * News copy writes the same shapes for other things: winners, hosts and seats listed with their years ("Winners:
 * Velmor (2019), Keldby (2021)"), firms dated or paired ("Quell & Brill (2019) cut jobs") and one source credited in
 * brackets ("(Velmorstat, 2019)"). So the rule reads only inside brackets, and only in a document with at least two
 * strong citation signals (MIN_CITATION_SIGNALS): brackets holding a "Surname, <year>" citation, or a surname before
 * "et al." anywhere. Organisations cite too ("(Velmor Foundation, 2013)", "(WHO, 2020)"): a name after another
 * capitalised word, in capitals or listed as an organisation (the rule-only lists of well-known ones included) is
 * left alone, and so are listed places ("(Oxford, 1990)" is where a book was published) and months ("(May, 1987)").
 */
const YEAR = /^(1[5-9]|20)\d\d[a-z]?$/;
const CITATION_CLOSERS = new Set([")", ";", ",", "]", ":"]);
const CITATION_LINKS = new Set([",", "&", "and"]);
const MIN_CITATION_SIGNALS = 2;
/** A bracket opened this many tokens or more before a token no longer holds it (an unclosed bracket). */
const MAX_BRACKET_TOKENS = 60;
/** The end (exclusive) of a surname opening at k: one capitalised word, or two joined by a hyphen ("Velmor-Keld"). */
const SURNAME = /^(?:Mc|Mac|De|Di|Van|Le|La)?\p{Lu}\p{Ll}+$/u;
function surnameEnd(tok: Tokens, k: number): number {
  const w = tok.words;
  if (k >= w.length || !SURNAME.test(w[k])) return -1;
  if (k + 2 < w.length && w[k + 1] === "-" && SURNAME.test(w[k + 2]) && tok.starts[k + 1] === tok.ends[k] && tok.starts[k + 2] === tok.ends[k + 1]) return k + 3;
  return k + 1;
}
/** Organisations of the rule-only lists cite reports too ("(Nintendo, 2019)", "(Shell, 2020)"). */
const LISTED_ORGANISATIONS: ReadonlySet<string> = new Set([...NEWS_ORGANISATIONS, ...ENGLISH_WORD_COMPANIES]);
function citedSurname(tok: Tokens, k: number, end: number): boolean {
  const w = tok.words;
  const surface = tok.text.slice(tok.starts[k], tok.ends[end - 1]);
  if (k > 0 && isCapitalised(w[k - 1]) && !tok.sentenceStart[k]) return false;
  if (NOT_NAME_START_SET.has(surface.toLowerCase()) || ORG_PHRASES.has(surface) || LISTED_ORGANISATIONS.has(surface) || GPE_PHRASES.has(surface) || LOC_PHRASES.has(surface) || isListedPlace(surface) || NORP_WORDS.has(surface) || CALENDAR_SET.has(surface) || isTitle(surface)) return false;
  const tags = NAME_TAGS.get(surface);
  return !(tags && (tags.includes("nl=PLACE") || tags.includes("nl=ORG") || tags.includes("nl=NORP")));
}
/** The innermost open round or square bracket holding each token (its index), or -1: one pass with a stack. */
function openBrackets(words: readonly string[]): Int32Array {
  const open = new Int32Array(words.length).fill(-1);
  const stack: number[] = [];
  for (let t = 0; t < words.length; t++) {
    const x = words[t];
    if (x === ")" || x === "]") stack.pop();
    while (stack.length > 0 && t - stack[stack.length - 1] >= MAX_BRACKET_TOKENS) stack.shift();
    if (stack.length > 0) open[t] = stack[stack.length - 1];
    if (x === "(" || x === "[") stack.push(t);
  }
  return open;
}
const etAlAt = (w: readonly string[], t: number) => t + 1 < w.length && w[t] === "et" && (w[t + 1] === "al" || w[t + 1] === "al.");
/** ", <year>" and a closer ("(Velmor, 2013)", "(Velmor, 2013;"), or "et al." right after a surname ending at `end`. */
function citationCueAfter(tok: Tokens, end: number, k: number): boolean {
  const w = tok.words;
  if (end + 2 < w.length && w[end] === "," && YEAR.test(w[end + 1]) && CITATION_CLOSERS.has(w[end + 2])) return true;
  if (etAlAt(w, end)) return true;
  // The last of several authors may take the year without a comma ("Keld & Dorr 2011;").
  return end + 1 < w.length && k > 0 && (w[k - 1] === "&" || w[k - 1] === "and") && YEAR.test(w[end]) && CITATION_CLOSERS.has(w[end + 1]) && w[end + 1] !== ",";
}
/** Strong citation signals: brackets holding "Surname, <year>", and surnames before "et al." anywhere. */
function citationSignals(tok: Tokens, open: Int32Array): number {
  const w = tok.words;
  const brackets = new Set<number>();
  let etAl = 0;
  for (let t = 1; t < w.length; t++) {
    if (etAlAt(w, t)) {
      if (/^\p{Lu}/u.test(w[t - 1])) etAl++;
      continue;
    }
    if (w[t] !== "," || open[t] < 0 || brackets.has(open[t]) || t + 2 >= w.length || !YEAR.test(w[t + 1]) || !CITATION_CLOSERS.has(w[t + 2])) continue;
    const k = t >= 3 && w[t - 2] === "-" ? t - 3 : t - 1;
    if (surnameEnd(tok, k) === t && citedSurname(tok, k, t)) brackets.add(open[t]);
  }
  return brackets.size + etAl;
}
export function citedAuthors(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  // A cheap first test: a document with no ", <year>" and no "et" holds no citation.
  let cue = false;
  for (let t = 0; t + 1 < n && !cue; t++) cue = (w[t] === "," && YEAR.test(w[t + 1])) || w[t] === "et";
  if (!cue) return spans;
  const open = openBrackets(w);
  if (citationSignals(tok, open) < MIN_CITATION_SIGNALS) return spans;
  // Authors found: [start, end) token ranges, right to left within a citation.
  const authors: [number, number][] = [];
  for (let k = 0; k < n; k++) {
    const c0 = w[k].charCodeAt(0);
    if (c0 < 65 || (c0 > 90 && c0 < 192) || open[k] < 0) continue;
    // The second part of a hyphenated surname is read with its first ("Velmor-Keld").
    if (k > 0 && w[k - 1] === "-" && tok.starts[k] === tok.ends[k - 1]) continue;
    const end = surnameEnd(tok, k);
    if (end < 0 || !citationCueAfter(tok, end, k) || !citedSurname(tok, k, end)) continue;
    authors.push([k, end]);
    // Co-authors before it in the same brackets: "Quell, Brill, & Dorr", "Keld and Dorr".
    let at = k;
    while (at >= 2) {
      let link = at - 1;
      if (!CITATION_LINKS.has(w[link])) break;
      if (w[link] === "&" && link >= 1 && w[link - 1] === ",") link--;
      let start = link - 1;
      if (start >= 2 && w[start - 1] === "-" && /^\p{Lu}/u.test(w[start - 2])) start -= 2;
      if (start < 0 || open[start] !== open[k] || surnameEnd(tok, start) !== link || !citedSurname(tok, start, link)) break;
      authors.push([start, link]);
      at = start;
    }
  }
  if (authors.length === 0) return spans;
  // Each author becomes one PERSON span: a span of exactly its words is retyped; spans made only of authors and the
  // links between them ("Velmor" and "Keld" of "Velmor-Keld", "Dye & Keld" read as one organisation) give way to one
  // span per author; a span reaching beyond them is left alone.
  const author = new Uint8Array(n);
  for (const [i, j] of authors) for (let t = i; t < j; t++) author[t] = 1;
  const onlyAuthors = (s: TokenSpan) => {
    for (let t = s.i; t < s.j; t++) if (!author[t] && !CITATION_LINKS.has(w[t])) return false;
    return author[s.i] === 1 && author[s.j - 1] === 1;
  };
  // The span covering each token (spans do not overlap), so that each author looks only at its own tokens.
  const covering: (TokenSpan | undefined)[] = new Array(n);
  for (const s of spans) for (let t = s.i; t < s.j; t++) covering[t] = s;
  const drop = new Set<TokenSpan>();
  const added: TokenSpan[] = [];
  const addedAt = new Set<number>();
  for (const [i, j] of authors) {
    const inside = new Set<TokenSpan>();
    for (let t = i; t < j; t++) if (covering[t] && !drop.has(covering[t]!)) inside.add(covering[t]!);
    const only = [...inside];
    if (only.length === 1 && only[0].i === i && only[0].j === j) {
      if (only[0].type !== "PERSON" && only[0].type !== "NORP") {
        only[0].type = "PERSON";
        only[0].rule = "entities/person-cue";
      }
      continue;
    }
    if (only.some((s) => s.type === "NORP" || !onlyAuthors(s))) continue;
    for (const s of only) drop.add(s);
    added.push({ i, j, type: "PERSON", confidence: 0.6, rule: "entities/person-cue" });
    addedAt.add(i);
  }
  // An author whose span was dropped with a co-author's gets its own.
  for (const [i, j] of authors) {
    const s = covering[i];
    if (addedAt.has(i) || !s || !drop.has(s) || s.j < j) continue;
    added.push({ i, j, type: "PERSON", confidence: 0.6, rule: "entities/person-cue" });
    addedAt.add(i);
  }
  if (added.length === 0) return spans;
  return [...spans.filter((s) => !drop.has(s)), ...added].sort((a, b) => a.i - b.i);
}

/**
 * Round 14, family: a person named right after an office title, read as a place because a word of the name is a
 * place word or a town ("Judge Ann Park", "Senator Tom Brookfield", "Mayor Eva Lincoln"; court reports, politics).
 * Only titles that always precede a person's name are read (a judge, a senator, a mayor…: not "General", "Major",
 * "Justice" or "President", which open names of companies, leagues, departments and streets), and only a place span
 * starting right after the title and not itself a listed place ("Governor Texas" is no name).
 */
const PERSON_OFFICES = new Set([
  "Judge", "Senator", "Sen.", "Governor", "Gov.", "Mayor", "Congressman", "Congresswoman", "Rep.", "Ambassador", "Bishop",
  "Archbishop", "Rabbi", "Imam", "Councillor", "Councilman", "Councilwoman", "Magistrate", "Sheriff",
]);
export function peopleAfterOffices(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  for (const s of spans) {
    if ((s.type !== "GPE" && s.type !== "LOC") || s.i === 0 || s.j - s.i > 3 || !PERSON_OFFICES.has(w[s.i - 1])) continue;
    if (tok.starts[s.i] - tok.ends[s.i - 1] > 1) continue;
    const surface = tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]);
    if (GPE_PHRASES.has(surface) || LOC_PHRASES.has(surface) || isListedPlace(surface)) continue;
    s.type = "PERSON";
    s.rule = "entities/honorific";
  }
  return spans;
}

/**
 * Family: people named together by surname (politics, court and sports copy: "Presidents Velmor and Tarrow signed",
 * "talks between Dorrance and Quellby", "senators Ardel, Brin and Tasker"). The model types a lone unknown surname
 * by itself, and the second name of a pair often comes out untagged or as a place.
 * - After a plural title ("Presidents", "Senators", "generals", "Ministers"), each name of one or two words in the
 *   coordinated list right after it on the same line is a person: an untagged capitalised word that is no ordinary
 *   English word, or a span the model read as a work or event. A place, body or people the model found keeps its
 *   type ("Ministers France and Velmoria").
 * - Two lone words joined by "and" / "or" (never "&", which joins the names of a firm), one of them a person the
 *   model found: an untagged capitalised word on the other side (or one the model read as a work or event) that is no
 *   ordinary English word, no listed place, organisation or people, and not in the name lists as a place or
 *   organisation, is a person too ("between Dorrance and Quellby") when the document shows it is a person elsewhere
 *   ("Ann Quellby", "Mr Quellby", "Quellby joked"): "Velmor and Keldcorp" may be a person and a firm. Pairs of firms' founders named
 *   as one company ("Velmor and Tarrow LLP") run on into a capitalised word and are left alone, and so are makers
 *   or brands before a plural noun ("Velmor and Tarrow guitars").
 */
const PAIR_LINKS = new Set(["and", "or"]);
const OPENING_ARTICLES = new Set(["The", "A", "An"]);
const NEWS_ORGANISATION_SET: ReadonlySet<string> = new Set(NEWS_ORGANISATIONS);
/** Plural words that read as titles but head menus, leagues and firms ("Specials", "the majors", "Leaders' debate"). */
const NOT_PLURAL_TITLES = new Set(["specials", "majors", "leaders"]);
function pluralTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 4 || NOT_PLURAL_TITLES.has(lower)) return false;
  const singular = lower.endsWith("men") ? lower.slice(0, -3) + "man" : lower.endsWith("s") && !lower.endsWith("ss") ? lower.slice(0, -1) : "";
  return singular !== "" && (isTitle(singular) || isTitle(singular[0].toUpperCase() + singular.slice(1)));
}
/** Pronouns and indefinites that open a sentence capitalised ("Everyone met", "Whoever visited"): never a name. */
const INDEFINITES = new Set([
  "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody", "noone", "whoever", "whomever",
  "whatever", "whichever", "everything", "anything", "something", "nothing", "none", "others", "another",
]);
/** A lone unknown name word: capitalised, no ordinary English word, nothing a list knows as a place, organisation or people. */
function unknownNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || commonWordClass(lower) !== null || NOT_NAME_START_SET.has(lower) || INDEFINITES.has(lower) || CALENDAR_SET.has(word)) return false;
  if (isListedPlace(word) || ORG_PHRASES.has(word) || NORP_WORDS.has(word) || NEWS_ORGANISATION_SET.has(word)) return false;
  const tags = NAME_TAGS.get(word);
  return !(tags && tags.some((t) => t === "nl=PLACE" || t === "nl=ORG" || t === "nl=NORP"));
}
/** A line break between tokens k-1 and k (a menu or a list of links, not one sentence). */
function newlineBefore(tok: Tokens, k: number): boolean {
  return k > 0 && tok.text.slice(tok.ends[k - 1], tok.starts[k]).includes("\n");
}
/**
 * What the document says elsewhere about a lone capitalised word, read before it is made a person.
 * - acronym: the word is an acronym written in title case ("Nato", "Fifa", "Opec"): its capitals are written in full
 *   somewhere in the document, or the organisation lists know them.
 * - person: the word names a person in this document: it ends a person's name of two words or more, or stands right
 *   after a title or a listed given name ("Mr Velmor", "Ann Velmor").
 * - personVerb: the word stands right before a verb only people take ("Velmor joked").
 * Built once per document on first use.
 */
class DocumentEvidence {
  private caps: Set<string> | null = null;
  private people: Set<string> | null = null;
  private verbs: Set<string> | null = null;
  constructor(private readonly tok: Tokens, private readonly spans: readonly TokenSpan[]) {}
  acronym(word: string): boolean {
    const upper = word.toUpperCase();
    if (ORG_PHRASES.has(upper) || NEWS_ORGANISATION_SET.has(upper)) return true;
    if (this.caps === null) {
      this.caps = new Set();
      for (const x of this.tok.words) if (x.length >= 2 && /^\p{Lu}+$/u.test(x)) this.caps.add(x);
    }
    return this.caps.has(upper);
  }
  person(word: string): boolean {
    if (this.people === null) {
      const w = this.tok.words;
      this.people = new Set();
      for (const s of this.spans) if (s.type === "PERSON" && s.j - s.i >= 2) this.people.add(w[s.j - 1]);
      for (let x = 1; x < w.length; x++) {
        if (!isCapitalised(w[x]) || !glued(this.tok, x)) continue;
        if (isTitle(w[x - 1]) || GIVEN_NAME_SET.has(w[x - 1])) this.people.add(w[x]);
      }
    }
    return this.people.has(word);
  }
  personVerb(word: string): boolean {
    if (this.verbs === null) {
      const w = this.tok.words;
      this.verbs = new Set();
      for (let x = 0; x + 1 < w.length; x++) if (PERSON_SUBJECT_VERBS.has(w[x + 1])) this.verbs.add(w[x]);
    }
    return this.verbs.has(word);
  }
}
export function coordinatedPeople(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  const owner = new Int32Array(n).fill(-1);
  spans.forEach((s, k) => {
    for (let t = s.i; t < s.j; t++) owner[t] = k;
  });
  const added: TokenSpan[] = [];
  /** A one-word person at t: a span of the model or of a rule, or one added here (owner -2). */
  const lonePerson = (t: number) => owner[t] === -2 || (owner[t] >= 0 && spans[owner[t]].type === "PERSON" && spans[owner[t]].j - spans[owner[t]].i === 1);
  const addAt = (t: number, rule: string) => {
    added.push({ i: t, j: t + 1, type: "PERSON", confidence: 0.6, rule });
    owner[t] = -2;
  };
  const evidence = new DocumentEvidence(tok, spans);
  for (let k = 0; k + 1 < n; k++) {
    // A plural title and the list after it, on one line (a menu's "Specials" above "English" is no list).
    // Not inside a longer name ("the Velmor Presidents Cup"): a capitalised word before the title is an article or opens the sentence.
    if (isCapitalised(w[k + 1]) && pluralTitleWord(w[k]) && (k === 0 || !isCapitalised(w[k - 1]) || tok.sentenceStart[k] || OPENING_ARTICLES.has(w[k - 1]))) {
      let t = k + 1;
      for (let items = 0; t < n && items < 6 && !newlineBefore(tok, t); items++) {
        const o = owner[t];
        let end = t + 1;
        if (o >= 0) {
          const s = spans[o];
          if (s.i !== t || s.j - s.i > 2) break;
          end = s.j;
          // Only the model's work or event reading is retyped: a place, a body or a people it found keeps its type
          // ("Ministers France and Velmoria", "Senators Warren and Keldcorp", "Leaders Americans and Britons").
          if (s.type === "MISC") {
            s.type = "PERSON";
            s.rule = "entities/person-list";
          }
        } else if (o === -1 && unknownNameWord(w[t]) && standsAlone(tok, t, t + 1)) addAt(t, "entities/person-list");
        else break;
        const item = end;
        if (end < n && w[end] === ",") end++;
        if (end < n && PAIR_LINKS.has(w[end])) end++;
        if (end === item || end >= n || !isCapitalised(w[end])) break;
        t = end;
      }
    }
    // A pair of lone names, one of them a person, the other shown to be a person elsewhere in the document ("Ann
    // Dorrance", "Mr Dorrance", "Dorrance joked"): without that, "Velmor and Keldcorp" may be a person and a firm.
    if (!PAIR_LINKS.has(w[k]) || k === 0) continue;
    const a = k - 1;
    const b = k + 1;
    const other = lonePerson(a) ? b : lonePerson(b) ? a : -1;
    if (other < 0 || tok.sentenceStart[other] || !unknownNameWord(w[other]) || !standsAlone(tok, other, other + 1)) continue;
    if (evidence.acronym(w[other]) || !(evidence.person(w[other]) || evidence.personVerb(w[other]))) continue;
    // Names before a plural noun are its makers or brands ("Velmor and Tarrow guitars"), not two people.
    const after = Math.max(a, b) + 1;
    if (after < n && /^\p{Ll}+s$/u.test(w[after]) && commonWordClass(w[after]) === "common") continue;
    const o = owner[other];
    if (o === -1) addAt(other, "entities/person-pair");
    else if (o >= 0 && spans[o].type === "MISC" && spans[o].j - spans[o].i === 1) {
      // The model's work or event reading of a lone surname ("between Jenkins and Velmor" read as a title).
      spans[o].type = "PERSON";
      spans[o].rule = "entities/person-pair";
    }
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((x, y) => x.i - y.i);
}

/**
 * Family: a lone surname the model leaves untagged as the subject of a verb only people take ("Velmor visited Keldby
 * last week", "On Monday Tarrow visited the envoys", "Dorrance joked that …"; politics and diplomacy copy). The model
 * reads an unknown capitalised word opening a sentence as an ordinary word. An untagged capitalised word that is no
 * ordinary English word, no pronoun ("Everyone"), and that no list knows as a place, organisation or people, standing
 * alone (a weekday or month before it is allowed: "On Monday Velmor visited …"), right before one of these verbs, is a
 * person when the document names it as a person elsewhere ("Ann Velmor", "Mr Velmor"; `DocumentEvidence`) and it is
 * no acronym in title case ("Nato", "Fifa"). Firms, bodies and towns also meet targets, recall products and
 * apologise, so those verbs are no cue. Bodies and teams also visit ("Velmor visited Keldby in the final"), so the
 * rule stays out of documents about a team sport (`isSportDocument` of rules-news.ts).
 */
const PERSON_SUBJECT_VERBS = new Set(["visited", "visits", "joked", "jokes", "nodded", "grinned", "sighed"]);
export function subjectsOfPersonVerbs(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  let cues = 0;
  for (let k = 1; k < n; k++) if (PERSON_SUBJECT_VERBS.has(w[k])) cues++;
  if (cues === 0 || isSportDocument(tok)) return spans;
  const taken = new Uint8Array(n);
  for (const s of spans) for (let t = s.i; t < s.j; t++) taken[t] = 1;
  const evidence = new DocumentEvidence(tok, spans);
  const added: TokenSpan[] = [];
  for (let k = 1; k < n; k++) {
    if (!PERSON_SUBJECT_VERBS.has(w[k])) continue;
    const t = k - 1;
    if (taken[t] || !unknownNameWord(w[t]) || afterPlacePreposition(w, t)) continue;
    const prevCapital = t > 0 && isCapitalised(w[t - 1]) && !tok.sentenceStart[t] && !CALENDAR_SET.has(w[t - 1]);
    if (prevCapital || lineBreakBefore(tok, k)) continue;
    if (evidence.acronym(w[t]) || !evidence.person(w[t])) continue;
    added.push({ i: t, j: k, type: "PERSON", confidence: 0.6, rule: "entities/person-subject" });
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((x, y) => x.i - y.i);
}

/**
 * Family: the people of a place the lists do not know, named by its demonym in -an ("Velmoria" … "a Velmorian
 * diplomat", "Velmorians voted"; also "Kenyan", "Cuban"; foreign and election news). The model reads an unknown word
 * in -ian(s) as a person's name or leaves it untagged before a noun. A capitalised word that is a place ending in "a"
 * plus "n" or "ns", where the document tags that place as a one-word place, is NORP: a one-word span typed as a
 * person or an organisation is retyped, an untagged one standing alone is added (a place reading is left: towns have
 * that shape too). Given names and surnames of the name lists ("Adrian", "Julian"), ordinary English words ("Vegan"
 * beside "Vega"), a word after a title ("Mr Liman", a surname) and words inside a longer name ("Korean Air") are left
 * alone.
 */
export function demonymsOfPlaces(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let docPlaces: Set<string> | null = null;
  let docPeople: Set<string> | null = null;
  const isDemonym = (word: string): boolean => {
    const m = /^(\p{Lu}\p{Ll}+a)ns?$/u.exec(word);
    const listed = listedPlaceDemonym(word);
    if (!listed && (m === null || m[1].length < 4)) return false;
    const tags = NAME_TAGS.get(word) ?? NAME_TAGS.get(word.replace(/s$/, ""));
    if (tags && tags.some((t) => t === "nl=GIVEN" || t === "nl=SURNAME" || t === "nl=PER")) return false;
    if (GIVEN_NAME_SET.has(word) || GIVEN_NAME_SET.has(word.replace(/s$/, ""))) return false;
    // An ordinary English word ("Vegan", "Vegans" beside "Vega") is that word.
    if (commonWordClass(word.toLowerCase()) === "common") return false;
    if (listed) {
      // The adjective of a person the document names ("Clintonian" beside "Bill Clinton", though a town is Clinton),
      // or of a famous bearer of a listed surname ("Darwinian", "Jacksonian", "Churchillian"): no people.
      if (docPeople === null) {
        docPeople = new Set();
        for (const s of spans) if (s.type === "PERSON") docPeople.add(w[s.j - 1]);
      }
      const stem = listedDemonymStem(word)!;
      if (isSurnameStem(stem)) return false;
      return commonWordClass(word.replace(/s$/, "").toLowerCase()) === null && !docPeople.has(stem);
    }
    if (docPlaces === null) {
      docPlaces = new Set();
      for (const s of spans) if (s.j - s.i === 1 && (s.type === "GPE" || s.type === "LOC")) docPlaces.add(w[s.i]);
    }
    return docPlaces.has(m![1]);
  };
  // A surname after a title ("Mr Liman", "Dr Moran") is the person, whatever place it resembles.
  const afterTitle = (k: number) => k > 0 && (isTitle(w[k - 1]) || (w[k - 1] === "." && k > 1 && isTitle(w[k - 2])));
  const covered = new Uint8Array(w.length);
  for (const s of spans) {
    for (let t = s.i; t < s.j; t++) covered[t] = 1;
    // A place reading is left: a town may have that shape too.
    // A work or facility reading (MISC) of a demonym of a listed place is that people too ("a Texan official").
    const retypable = s.type === "PERSON" || s.type === "ORG" || (s.type === "MISC" && listedPlaceDemonym(w[s.i]));
    if (s.j - s.i !== 1 || !retypable || afterTitle(s.i) || !isDemonym(w[s.i])) continue;
    s.type = "NORP";
    s.rule = "entities/demonym";
  }
  const added: TokenSpan[] = [];
  for (let k = 0; k < w.length; k++) {
    if (covered[k] || w[k].length < 5 || !DEMONYM_ENDING.test(w[k]) || afterTitle(k) || !isDemonym(w[k])) continue;
    // Alone, or after an article opening the sentence ("A Velmorian diplomat said").
    if (!standsAlone(tok, k, k + 1) && !(afterOpeningArticle(tok, k) && !(k + 1 < w.length && isCapitalised(w[k + 1])))) continue;
    added.push({ i: k, j: k + 1, type: "NORP", confidence: 0.6, rule: "entities/demonym" });
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.i - b.i);
}

/**
 * Demonyms of places the lists know, though the document never names the place ("Tasmanians voted", "a Dagestani
 * official", "Maltese fishermen", "the Bruneian delegation"; also states, regions and cities: "Texans", "Parisians").
 * The usual English endings, each undone to a listed place of four letters or more: -n ("Tasmania-n"), -an
 * ("Fiji-an", "Singapore-an"), -ian ("Brunei-an", "Paris-ian"), -y, -o or -a to -ian ("Sicily", "Sicilian";
 * "Ontario", "Ontarian"; "Florida", "Floridian"), -s to -n ("Texas", "Texan"), -i of a country, state or -stan only ("Dagestan-i"), -ese ("Bhutan-ese"), -a to -ese
 * ("Malta", "Maltese"); singular or plural. Not when the place is the surname of a person the document names
 * ("Clintonian" beside "Bill Clinton"); words the lists of names or of English words know are left to the other
 * guards of `demonymsOfPlaces` ("Victorian" is an ordinary word, "Adrian" a given name).
 */
const DEMONYM_ENDING = /(?:ans?|is?|ese)$/;
/** Language names with a demonym's shape, made from an old or poetic name of a land the lists hold. */
const LANGUAGES_LIKE_DEMONYMS: ReadonlySet<string> = new Set(["Hindustani"]);
/** A listed surname that is no country or state ("Darwin", "Clinton", "Hamilton"): its adjective is of the person. */
function isSurnameStem(stem: string): boolean {
  if (COUNTRY_OR_STATE_SET.has(stem)) return false;
  const tags = NAME_TAGS.get(stem);
  return tags !== undefined && tags.some((t) => t === "nl=SURNAME" || t === "nl=PER");
}
function listedPlaceDemonym(word: string): boolean {
  return listedDemonymStem(word) !== null;
}
/** The listed place a demonym is made from ("Tasmanians" → "Tasmania"), or null. */
function listedDemonymStem(word: string): string | null {
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(word)) return null;
  const sing = word.endsWith("ese") ? word : word.replace(/s$/, "");
  if (isListedPlace(sing)) return null;
  const stems: string[] = [];
  if (sing.endsWith("ese")) stems.push(sing.slice(0, -3), sing.slice(0, -3) + "a");
  else if (sing.endsWith("ian")) stems.push(sing.slice(0, -2), sing.slice(0, -3), sing.slice(0, -3) + "y", sing.slice(0, -3) + "o", sing.slice(0, -3) + "a", sing.slice(0, -1));
  else if (sing.endsWith("an")) stems.push(sing.slice(0, -1), sing.slice(0, -2), sing.slice(0, -1) + "s", sing.slice(0, -2) + "s");
  // The -i form ("Dagestani", "Bahraini") names the people of a country, state or -stan, never of a town: a town
  // plus "i" is more often another town ("Linz", "Linzi").
  else if (sing.endsWith("i")) {
    const stem = sing.slice(0, -1);
    // "-stani" only of a listed "-stan" place ("Dagestani"), and not a language name of that shape ("Hindustani").
    if (LANGUAGES_LIKE_DEMONYMS.has(sing)) return null;
    return COUNTRY_OR_STATE_SET.has(stem) || (stem.endsWith("stan") && isListedPlace(stem)) ? stem : null;
  }
  return stems.find((p) => p.length >= 4 && isListedPlace(p)) ?? null;
}

/**
 * Family: a family called by its surname in the plural ("the Velmors flew home", "the Dravelles' farm"; biographies,
 * society and political news). GUM and UNER tag such a plural as PERSON. A capitalised word after "the" whose singular
 * ("-s", or "-es" after s, sh, ch, x, z) is the surname of a person the document names in full is PERSON: a model span
 * of that word alone is retyped, an untagged word is added. Not when the plural is itself a surname, a given name, a
 * listed place, people or organisation ("the Williams", "the Americas", "the Democrats"), nor when a capitalised word
 * follows (a name: "the Velmors Trust"). Teams and bands share the shape ("the Browns", "the Kings", "the Cardinals",
 * "the Smiths"): only a person named before the plural counts, a span another reader typed ORG is kept, documents
 * about a team sport are skipped, and the sentence must hold a family cue (`FAMILY_CUES`: "family", "parents",
 * "married", "their home" …).
 */
const FAMILY_CUES: ReadonlySet<string> = new Set([
  "family", "families", "parents", "children", "kids", "couple", "son", "sons", "daughter", "daughters", "brother",
  "brothers", "sister", "sisters", "married", "marriage", "wedding", "household", "husband", "wife", "grandchildren",
]);
function familyCueInSentence(tok: Tokens, k: number): boolean {
  const w = tok.words;
  let a = k;
  while (a > 0 && !tok.sentenceStart[a]) a--;
  let b = k + 1;
  while (b < w.length && !tok.sentenceStart[b]) b++;
  for (let t = a; t < b; t++) {
    const l = w[t].toLowerCase();
    if (FAMILY_CUES.has(l)) return true;
    // "their home", "the Velmors' home"
    if (l === "home" && t > a && (w[t - 1].toLowerCase() === "their" || w[t - 1] === "'")) return true;
  }
  return false;
}
function pluralSurnameStem(word: string, surnames: ReadonlySet<string>): boolean {
  if (word.length < 4 || !/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  if (surnames.has(word.slice(0, -1))) return true;
  return /(?:s|sh|ch|x|z)es$/.test(word) && surnames.has(word.slice(0, -2));
}
export function familiesByPlural(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let out: SpanEdits | null = null;
  let sport: boolean | null = null;
  for (let k = 1; k < w.length; k++) {
    if ((w[k - 1] !== "the" && !(w[k - 1] === "The" && tok.sentenceStart[k - 1])) || !w[k].endsWith("s") || !glued(tok, k)) continue;
    // Only the surnames of people named before the plural.
    const surnames = new Set<string>();
    for (const s of spans) if (s.j <= k && s.type === "PERSON" && s.j - s.i >= 2 && /^\p{Lu}\p{Ll}+$/u.test(w[s.j - 1])) surnames.add(w[s.j - 1]);
    if (!pluralSurnameStem(w[k], surnames) || surnames.has(w[k]) || GIVEN_NAME_SET.has(w[k])) continue;
    sport ??= isSportDocument(tok);
    if (sport || !familyCueInSentence(tok, k)) continue;
    if (isListedPlace(w[k]) || NORP_WORDS.has(w[k]) || ORG_PHRASES.has(w[k]) || PARTY_SET.has(w[k])) continue;
    if (k + 1 < w.length && isCapitalised(w[k + 1]) && !tok.sentenceStart[k + 1]) continue;
    out ??= new SpanEdits(spans, w.length);
    const s = out.at(k);
    if (s === undefined) out.replace({ i: k, j: k + 1, type: "PERSON", confidence: 0.6, rule: "entities/family-plural" });
    else if (s.i === k && s.j === k + 1 && s.type !== "PERSON" && s.type !== "ORG") {
      s.type = "PERSON";
      s.rule = "entities/family-plural";
    }
  }
  return out === null ? spans : out.result();
}

/**
 * Family: a person's full name read as a place ("Anna Velmor's speech", "backed by Tom Keldwick and the unions";
 * politics and biography copy, where an unknown surname looks like a town's). A GPE or LOC span of two or three
 * capitalised words opening with a listed given name is PERSON, unless the whole or any of its words is a listed
 * place, its last word is a place or organisation head ("Alice Springs", "Victoria Falls", "George Town"), or a
 * preposition of place comes before it ("in Anna Velmor" may be a town named after a person).
 */
const PLACE_HEAD_WORDS: ReadonlySet<string> = new Set([
  "Town", "City", "Springs", "Falls", "Island", "Islands", "Bay", "Beach", "Harbour", "Harbor", "Heights", "Hills",
  "Valley", "Park", "Point", "Creek", "River", "Lake", "Land", "County", "Village", "Port", "Sound", "Mount", "Cove",
  // Facility heads ("Albert Hall", "Russell Square", "Victoria Station").
  "Hall", "Square", "Station", "Airport", "Street", "Road", "Avenue", "Bridge", "Gardens", "Terrace", "Place",
]);
const PLACE_WORDS_BEFORE: ReadonlySet<string> = new Set(["in", "at", "near", "to", "from", "of", "outside", "across", "around", "into", "via", "toward", "towards"]);
export function peopleReadAsPlaces(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  for (const s of spans) {
    if ((s.type !== "GPE" && s.type !== "LOC") || s.rule !== "entities/model" || s.j - s.i < 2 || s.j - s.i > 3) continue;
    if (!GIVEN_NAME_SET.has(w[s.i])) continue;
    let ok = true;
    for (let t = s.i; t < s.j && ok; t++) ok = /^\p{Lu}\p{Ll}+$/u.test(w[t]) && !isListedPlace(w[t]) && !LOC_HEAD_SET.has(w[t]) && !ORG_HEAD_SET.has(w[t]) && !PLACE_HEAD_WORDS.has(w[t]);
    if (!ok) continue;
    if (s.i > 0 && PLACE_WORDS_BEFORE.has(w[s.i - 1].toLowerCase())) continue;
    const surface = tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]);
    if (isListedPlace(surface) || LOC_PHRASES.has(surface) || ORG_PHRASES.has(surface)) continue;
    s.type = "PERSON";
    s.rule = "entities/given-name-place";
  }
  return spans;
}
