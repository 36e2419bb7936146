/**
 * Post-decoding rules for organisation names (round 5): names the model cuts
 * short (subject words coordinated inside a name, military units with a bare
 * number, institutions and states named after a place, a place or person
 * opening a body's name), well-known organisations it misses, and companies
 * named by their cues. Each is commented with its family across corpora;
 * tagger.ts runs them from POST_RULES. All are linear in the document.
 */
import { HONORIFIC_CUE_TOKENS } from "../common/honorifics.ts";
import { isCapitalised } from "./features.ts";
import { commonWordClass, COUNTRY_OR_STATE_SET, GIVEN_NAME_SET, GPE_PHRASES, isListedPlace, isTitle, LOC_PHRASES, NAME_TAGS, newsOrganisationTags, NORP_WORDS, ORG_HEAD_SET, ORG_PHRASES } from "./lexicon.ts";
import { afterOpeningArticle, glued, lineBreakBefore, SpanEdits, standsAlone, type TokenSpan } from "./spans.ts";
import type { Tokens } from "./tokens.ts";
import { ENGLISH_WORD_COMPANIES, ENGLISH_WORD_COMPANY_SURNAMES, RELIGIOUS_ORDER_QUALIFIERS, RELIGIOUS_ORDERS } from "./data/gazetteers.ts";


/** A capitalised ordinary English word that no list knows as a place ("Economic", "Rural", "Justice", "Liberal"). */
function subjectWord(w: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(w) && commonWordClass(w.toLowerCase()) !== null && !GPE_PHRASES.has(w);
}

/**
 * Family: names of institutes, centres, academies and unions whose subject is
 * two coordinated words ("Centre for Urban and Rural Studies", "Academy of
 * Political and Social Science", "Institute for Peace and Reconciliation",
 * "Union of Liberal and Progressive Synagogues"; party, think-tank and
 * research-body names in politics text, learned societies in encyclopaedic
 * text). The model often stops at "and" and starts a second name after it.
 * An ORG span with a head word before "of"/"for" inside it (Centre for …,
 * Academy of …), ending right before "and" on an ordinary English word, is
 * joined with the capitalised run after "and" when that run starts with an
 * ordinary English word too, does not end in a head word of its own, and is not a
 * place: "the Bank of England and Barclays" (a place, then a company name)
 * and "the Ministry of Defence and the Home Office" stay two names. The run
 * may take its own "of"/"for" tail ("… and Applied Research for Industry").
 */
export function coordinatedOrgSubjects(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  let out: SpanEdits | null = null;
  for (const s of spans) {
    if (out !== null && out.at(s.i) !== s) continue; // merged into an earlier span
    const j = s.j;
    if (s.type !== "ORG" || j + 1 >= n || w[j] !== "and" || !glued(tok, j) || !glued(tok, j + 1)) continue;
    if (!subjectWord(w[j - 1]) || ORG_HEAD_SET.has(w[j - 1]) || !subjectWord(w[j + 1])) continue;
    let headThenPrep = false;
    for (let t = s.i + 1; t < j - 1 && !headThenPrep; t++) headThenPrep = (w[t] === "of" || w[t] === "for") && ORG_HEAD_SET.has(w[t - 1]);
    if (!headThenPrep) continue;
    let e = capitalRun(tok, j + 1, 4);
    // "… and Applied Research for Industry": one further of/for tail.
    if (e + 1 < n && (w[e] === "of" || w[e] === "for") && glued(tok, e) && glued(tok, e + 1) && isCapitalised(w[e + 1])) e = capitalRun(tok, e + 1, 4);
    // A run ending in a head word is a name of its own ("… and the Home Office"); "Centre Democrats" is not.
    if (ORG_HEAD_SET.has(w[e - 1]) || GPE_PHRASES.has(tok.text.slice(tok.starts[j + 1], tok.ends[e - 1]))) continue;
    out ??= new SpanEdits(spans, n);
    // Spans after "and" must lie inside the run (never cut a longer name in two).
    if (!spansInside(out, j, e)) continue;
    out.extend(s, s.i, e);
    s.rule = "entities/org-coordinated";
  }
  return out ? out.result() : spans;
}

/** Every span over a token of the run (k, e) (after the joining word k) lies inside it: joining never cuts a longer name in two. */
function spansInside(out: SpanEdits, k: number, e: number): boolean {
  for (let t = k + 1; t < e; t++) {
    const o = out.at(t);
    if (o !== undefined && (o.i <= k || o.j > e)) return false;
  }
  return true;
}

/** End of the run of capitalised words glued together from token k (at most `max`). */
export function capitalRun(tok: Tokens, k: number, max: number): number {
  let j = k;
  while (j < tok.words.length && j - k < max && isCapitalised(tok.words[j]) && (j === k || glued(tok, j))) j++;
  return j;
}

/**
 * Family: military units written with a bare number or ordinal ("12 Air
 * Support Squadron", "65th Fighter Wing", "3rd Infantry Division", "2nd
 * Battalion"; unit histories, defence news, war reports). The number names the
 * unit as much as the words do (re3d and WikiGold keep it in the span), so a
 * run of capitalised words ending in a unit word, with a number or ordinal
 * glued before it, is one ORG from the number on, whatever the model made of
 * the words. Lower-case unit words ("the 65th wing") are left alone.
 */
const UNIT_HEADS = new Set([
  "Wing", "Wings", "Squadron", "Squadrons", "Group", "Division", "Regiment", "Brigade", "Battalion", "Fleet", "Corps",
  "Army", "Command", "Flotilla", "Company", "Battery", "Detachment", "Force",
]);
const UNIT_NUMBER = /^(?:\d{1,4}|\d{0,3}(?:1st|2nd|3rd|[04-9]th|1[1-3]th))$/;
export function militaryUnits(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  let out: SpanEdits | null = null;
  for (let k = 0; k + 2 < n; k++) {
    const c0 = w[k].charCodeAt(0);
    if (c0 < 48 || c0 > 57 || !UNIT_NUMBER.test(w[k]) || !glued(tok, k + 1) || !isCapitalised(w[k + 1])) continue;
    // "in 1943 Fighter Command …": a year is a date, not a unit number.
    if (/^\d{4}$/.test(w[k])) continue;
    const e = capitalRun(tok, k + 1, 4);
    if (!UNIT_HEADS.has(w[e - 1])) continue;
    // "Group" and "Company" after one word are firms as often as units ("12 Media Group"): a unit word must come before them.
    if ((w[e - 1] === "Group" || w[e - 1] === "Company" || w[e - 1] === "Force") && e - (k + 1) < 2) continue;
    out ??= new SpanEdits(spans, n);
    // Every span inside the run is replaced; a span reaching outside it ("U.S. Sixth Fleet") is grown.
    const before = out.at(k - 1);
    const first = out.at(k) ?? out.at(k + 1);
    if (before && before.j === k && before.type === "ORG" && glued(tok, k)) {
      out.extend(before, before.i, Math.max(e, before.j));
      before.rule = "entities/unit-number";
      continue;
    }
    if (first && first.i < k) continue;
    let last = e;
    for (let t = k; t < e; t++) last = Math.max(last, out.at(t)?.j ?? last);
    out.replace({ i: k, j: last, type: "ORG", confidence: first ? first.confidence : 0.6, rule: "entities/unit-number" });
  }
  return out ? out.result() : spans;
}

/**
 * Family: institutions named after a place ("University of the Velmor
 * Coast", "Academy of Tarrow", "Government of Velmoria", "Church of England";
 * universities, governments and councils in politics and encyclopaedic text,
 * banks and courts in news). When the model tags only the place after "of" and
 * leaves the capitalised head word before it (University, Bank, Council…)
 * untagged, the head with its capitalised modifiers, "of" (and "the") and the
 * place are one ORG: the place names the institution, it is not a mention of
 * its own there (every corpus here marks the whole name).
 */
export function institutionsOfPlaces(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let out: SpanEdits | null = null;
  for (const s of spans) {
    if (out !== null && out.at(s.i) !== s) continue; // merged into an earlier span
    if (s.type !== "GPE" && s.type !== "LOC" && s.type !== "ORG") continue;
    let of: number = s.i - 1;
    if (of >= 1 && w[of] === "the" && glued(tok, of + 1)) of--;
    if (of < 1 || w[of] !== "of" || !glued(tok, of) || !glued(tok, of + 1)) continue;
    const head = of - 1;
    if (!ORG_HEAD_SET.has(w[head]) || !isCapitalised(w[head])) continue;
    out ??= new SpanEdits(spans, w.length);
    if (out.at(head) !== undefined) continue;
    // The head's capitalised modifiers ("Indian Military Academy of …"), not a sentence-opening "The".
    let i = head;
    while (i > 0 && glued(tok, i) && isCapitalised(w[i - 1]) && out.at(i - 1) === undefined && !tok.sentenceStart[i] && w[i - 1] !== "The" && w[i - 1] !== "A") i--;
    out.extend(s, i, s.j);
    s.type = "ORG";
    s.rule = "entities/institution-of-place";
  }
  return out ? out.result() : spans;
}

/**
 * Family: well-known organisations named alone and missed by the model
 * ("Microsoft announced…", "rival Netflix", "signed a deal with Nvidia";
 * companies, agencies and media in business and tech news, where a name the
 * training data rarely saw opens a sentence or stands in a list). A name the
 * curated list of organisations holds (gazetteer class ORGN), left untagged
 * and not glued to another capitalised word, is added as an ORG, unless it is
 * also an ordinary English word ("Shell", "Apple", "Total") or a listed place
 * or person ("Amazon", "Ford"): those stay with the model.
 */
export function untaggedListedOrganisations(tok: Tokens, gaz: readonly (string | null)[], spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  let out: SpanEdits | null = null;
  let added = false;
  for (let i = 0; i < n; i++) {
    if (gaz[i] !== "ORGN-B") continue;
    let j = i + 1;
    while (j < n && gaz[j] === "ORGN-I") j++;
    out ??= new SpanEdits(spans, n);
    if (!out.free(i, j)) continue;
    if ((i > 0 && glued(tok, i) && isCapitalised(w[i - 1]) && !tok.sentenceStart[i]) || (j < n && glued(tok, j) && isCapitalised(w[j]))) continue;
    // A name alone in brackets is a credit ("VELMOR (Reuters) -") or an abbreviation, left to the dateline and acronym rules.
    if (i > 0 && w[i - 1] === "(" && j < n && w[j] === ")") continue;
    if (j - i === 1) {
      const word = w[i];
      if (commonWordClass(word.toLowerCase()) !== null) continue;
      const tags = NAME_TAGS.get(word);
      // Known as a whole name of another kind (a place, a person, a people, a work); the first word of a longer name ("<") is no matter.
      if (tags && tags.some((t) => t !== "nl=ORG" && !t.endsWith("<"))) continue;
      if (GPE_PHRASES.has(word) || LOC_PHRASES.has(word)) continue;
    }
    out.replace({ i, j, type: "ORG", confidence: 0.6, rule: "entities/listed-org" });
    added = true;
  }
  return out && added ? out.result() : spans;
}

/**
 * Round 7, family: well-known organisations of the rule-only list (data/gazetteers.ts NEWS_ORGANISATIONS:
 * companies, broadcasters, leagues, clubs, charities, one-word parties and parliaments) named alone in news
 * ("Nintendo said", "told Bloomberg", "Likud won"). A listed name standing alone (no capitalised word glued to
 * it, not alone in brackets) is an ORG: added when the model left it untagged, retyped when the model read it as
 * a person, a place or an unscored thing (a one-word name the lists also know as a given name keeps a person's
 * type: "Kia" may be a woman). A span that only overlaps the name is left alone.
 */
export function newsListedOrganisations(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  const tags = newsOrganisationTags(w);
  let out: SpanEdits | null = null;
  for (let i = 0; i < n; i++) {
    if (tags[i] !== "ORGN-B") continue;
    let j = i + 1;
    while (j < n && tags[j] === "ORGN-I") j++;
    // Round 13 mend: an article opening the sentence is no part of the name ("The Senedd voted").
    if ((i > 0 && glued(tok, i) && isCapitalised(w[i - 1]) && !tok.sentenceStart[i] && !afterOpeningArticle(tok, i)) || (j < n && glued(tok, j) && isCapitalised(w[j]))) continue;
    if (i > 0 && w[i - 1] === "(" && j < n && w[j] === ")") continue;
    out ??= new SpanEdits(spans, n);
    const s = out.at(i);
    if (s && s.i === i && s.j === j) {
      if (s.type === "ORG" || (s.type === "PERSON" && j - i === 1 && GIVEN_NAME_SET.has(w[i]))) continue;
      s.type = "ORG";
      s.rule = "entities/listed-org";
    } else if (out.free(i, j)) out.replace({ i, j, type: "ORG", confidence: 0.6, rule: "entities/listed-org" });
  }
  return out ? out.result() : spans;
}

/**
 * Family: a place's or a person's name opening an organisation's name
 * ("Velmoria Air Defense Force", "Tarrow City Council", "Anna Berg Memorial
 * Hospital", "Robert C. Dunmore Education Center"; military commands,
 * councils, hospitals and centres named after a country, town or patron). The
 * model often ends the place or person where the body's words begin, making
 * two mentions side by side. A place or person span followed, with only a
 * space between on the same line, by an ORG span that ends in an
 * organisation head word (Force, Council, Hospital, Center…) is one ORG.
 * Peoples before a name stay apart ("British Labour Party": NORP, then ORG).
 */
export function namesOpeningOrganisations(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let out: TokenSpan[] | null = null;
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = (out ?? spans)[k];
    const b = (out ?? spans)[k + 1];
    if (b.i !== a.j || b.type !== "ORG" || (a.type !== "GPE" && a.type !== "LOC" && a.type !== "PERSON")) continue;
    if (tok.starts[b.i] - tok.ends[a.j - 1] !== 1 || lineBreakBefore(tok, b.i) || !ORG_HEAD_SET.has(w[b.j - 1])) continue;
    // A listed organisation is a name of its own ("in Velmoria Hezbollah fighters").
    if (ORG_PHRASES.has(tok.text.slice(tok.starts[b.i], tok.ends[b.j - 1]))) continue;
    out ??= spans.slice();
    const merged: TokenSpan = { i: a.i, j: b.j, type: "ORG", confidence: Math.max(a.confidence, b.confidence), rule: "entities/name-opens-org" };
    // Written into both slots, so that a third name after it can join too; one is dropped below.
    out[k] = merged;
    out[k + 1] = merged;
  }
  const merged = out === null ? spans : out.filter((s, k) => k === 0 || s !== out![k - 1]);
  return countryBodies(tok, merged);
}

/**
 * The same family when the model left the body's words untagged: a country
 * span glued to a capitalised run ending in a body's head word ("the Velmoria
 * Embassy", "Tarrow Ministry of Defence" is not reached: the run stops at
 * "of") is one ORG, as re3d and CrossNER mark "U.S. Embassy", "U.S. Senate".
 */
const BODY_HEADS = new Set([...ORG_HEAD_SET, "Embassy", "Consulate", "Legation"]);
function countryBodies(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let out: SpanEdits | null = null;
  for (const s of spans) {
    if (out !== null && out.at(s.i) !== s) continue; // merged into an earlier span
    if (s.type !== "GPE" || s.j >= w.length || !isCapitalised(w[s.j]) || !glued(tok, s.j)) continue;
    if (!COUNTRY_OR_STATE_SET.has(tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]))) continue;
    out ??= new SpanEdits(spans, w.length);
    if (out.at(s.j)) continue;
    let e = s.j;
    while (e < w.length && e - s.j < 3 && isCapitalised(w[e]) && glued(tok, e) && out.at(e) === undefined) e++;
    if (!BODY_HEADS.has(w[e - 1]) || ORG_PHRASES.has(tok.text.slice(tok.starts[s.j], tok.ends[e - 1]))) continue;
    out.extend(s, s.i, e);
    s.type = "ORG";
    s.rule = "entities/name-opens-org";
  }
  return out ? out.result() : spans;
}

/**
 * Family: states named "X of Y" ("the Khanate of Velmor", "the Tarrow Empire
 * of Keld", "the Kingdom of Dunmore", "Sultanate of Tarrow"; history and
 * politics text). The model often stops before "of" and tags the land after
 * it alone. A place span (or an untagged capitalised run) ending in a word
 * for a state, followed by "of" and a place span, is one GPE; the land after
 * "of" is not a mention of its own there (CrossNER and WikiGold mark the whole
 * name).
 */
const STATE_WORDS = new Set([
  "Empire", "Kingdom", "Khanate", "Sultanate", "Emirate", "Caliphate", "Duchy", "Principality", "Republic",
  "Electorate", "Margraviate", "Tsardom", "Shogunate", "Despotate", "Exarchate", "Viceroyalty", "Captaincy", "Commonwealth", "Federation",
]);
export function statesOfPlaces(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let out: SpanEdits | null = null;
  for (const s of spans) {
    if (out !== null && out.at(s.i) !== s) continue; // merged into an earlier span
    if (s.type !== "GPE" && s.type !== "LOC") continue;
    const of: number = s.i - 1;
    if (of < 1 || w[of] !== "of" || !glued(tok, of) || !glued(tok, s.i) || !STATE_WORDS.has(w[of - 1])) continue;
    out ??= new SpanEdits(spans, w.length);
    const before = out.at(of - 1);
    if (before && (before.type === "GPE" || before.type === "LOC") && before.j === of) {
      out.extend(before, before.i, s.j);
      before.type = "GPE";
      before.rule = "entities/state-of-place";
    } else if (!before) {
      let i = of - 1;
      while (i > 0 && glued(tok, i) && isCapitalised(w[i - 1]) && out.at(i - 1) === undefined && !tok.sentenceStart[i] && w[i - 1] !== "The") i--;
      out.extend(s, i, s.j);
      s.type = "GPE";
      s.rule = "entities/state-of-place";
    }
  }
  return out ? out.result() : spans;
}

/**
 * Family: companies named by what only a company has ("the chief executive of
 * Velmor", "shares in Tarrow", "a subsidiary of Keld", "Velmor's
 * shareholders", "Tarrow's headquarters", "Velmor-based Keldsoft"; business, tech and energy news,
 * where a company's name is often a coined word the model reads as a person
 * or a town). A name there is an ORG, and a context-given one (document
 * consistency counts it as evidence); an untagged capitalised run that is no
 * English word is added. Listed places keep their type ("China's
 * shareholders" are a country's), and so does a person with a listed given
 * name ("the chairman of Anna Berg's board" is not reached: only the name
 * right after the cue counts).
 */
const COMPANY_CUES_BEFORE = new Set([
  "ceo of", "executive of", "chairman of", "chairwoman of", "shares in", "shares of", "stake in", "subsidiary of", "subsidiaries of",
  "division of", "unit of", "shareholders of", "owned by", "acquired by", "bought by", "employees of", "customers of", "rival to",
  // Round 15: a hyphenated place or owner before the name ("Velmor-based Tarrowsoft", "state-owned Keldgas", "Nasdaq-listed
  // Dorrtech"; business and wire copy). A person there takes a noun first ("London-based artist Ann Keld") or opens with a
  // given name, which the rule leaves alone; "-backed" and "-led" are left out (candidates and coalitions are backed and led).
  "- based", "- owned", "- listed",
]);
/** Cues of COMPANY_CUES_BEFORE whose object may also be a person. */
const PERSON_TAKING_CUES = new Set(["owned by", "acquired by", "bought by", "rival to", "- based", "- owned", "- listed"]);
const CUE_LAST_WORDS: ReadonlySet<string> = new Set([...COMPANY_CUES_BEFORE].map((c) => c.split(" ")[1]));
const COMPANY_NOUNS_AFTER_POSSESSIVE = new Set([
  "ceo", "shareholders", "shares", "headquarters", "subsidiary", "subsidiaries", "stock", "share", "customers", "employees", "workforce",
  "chairman", "chairwoman", "executives", "board", "tariff", "tariffs", "profits", "revenue", "revenues", "earnings", "products",
]);
export function companiesByCue(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  let out: SpanEdits | null = null;
  const listedPlace = (i: number, j: number) => {
    const surface = tok.text.slice(tok.starts[i], tok.ends[j - 1]);
    return isListedPlace(surface) || LOC_PHRASES.has(surface);
  };
  for (let k = 2; k < n; k++) {
    // Cheap tests first: every cue ends in one of a few prepositions.
    if (!CUE_LAST_WORDS.has(w[k - 1]) || !isCapitalised(w[k]) || !glued(tok, k)) continue;
    if (!COMPANY_CUES_BEFORE.has(w[k - 2].toLowerCase() + " " + w[k - 1])) continue;
    out ??= new SpanEdits(spans, n);
    const s = out.at(k);
    // Round 16: "X-based / -owned / -listed" also comes before a person ("our Velmor-based Keld reports"): the cue never
    // retypes a name the model read as a person, and its ORG is no evidence for the document's other mentions.
    const hyphen = w[k - 2] === "-";
    if (hyphen && s && (s.type === "PERSON" || s.i !== k)) continue;
    const rule = hyphen ? "entities/org-hyphen-cue" : "entities/org-cue";
    if (s) {
      if (hyphen) {
        if (s.type === "MISC" || s.type === "NORP" || s.type === "ORG" || listedPlace(s.i, s.j)) continue;
      } else if (s.i === k && s.type === "ORG") {
        // Round 8: the model agreed; the cue still counts as evidence in document consistency.
        if (s.rule === "entities/model") s.rule = "entities/org-cue";
        continue;
      }
      if (s.i !== k || s.type === "MISC" || s.type === "NORP" || listedPlace(s.i, s.j)) continue;
      // after a cue only a company takes ("chairman of", "shares in", "a subsidiary of"), a name of two or
      // three words the model read as a person is the company too ("the chairman of Harlow Fenwick"), unless a listed
      // given name opens it; "owned by", "acquired by", "bought by" and "rival to" also take people. Session 28 mend:
      // a possessive after the name makes it the owner, not the company ("chairman of Dorran Velk's holding"), and an
      // ORG made of a person's span this way is no evidence for the document's other mentions of the name.
      const companyOnly = !PERSON_TAKING_CUES.has(w[k - 2].toLowerCase() + " " + w[k - 1]) && !(s.j < n && (w[s.j] === "'" || w[s.j] === "’"));
      const wasPerson = s.type === "PERSON";
      if (wasPerson && ((s.j - s.i > 1 && !(companyOnly && s.j - s.i <= 3)) || GIVEN_NAME_SET.has(w[s.i]))) continue;
      s.type = "ORG";
      s.rule = wasPerson && s.j - s.i > 1 ? "entities/org-cue-name" : rule;
      continue;
    }
    const e = capitalRun(tok, k, 3);
    if (e - k === 1 && commonWordClass(w[k].toLowerCase()) !== null) continue;
    if (listedPlace(k, e) || !out.free(k, e)) continue;
    out.replace({ i: k, j: e, type: "ORG", confidence: 0.6, rule });
  }
  // "Velmor's shareholders": the possessive before a company's noun.
  for (let k = 1; k + 2 < n; k++) {
    if (w[k] !== "'" && w[k] !== "’") continue;
    const x = w[k + 1] === "s" ? k + 2 : k + 1;
    if (x >= n || !COMPANY_NOUNS_AFTER_POSSESSIVE.has(w[x].toLowerCase())) continue;
    out ??= new SpanEdits(spans, n);
    const s = out.endingAt(k);
    if (!s || s.type === "MISC" || s.type === "NORP" || s.rule !== "entities/model" || listedPlace(s.i, s.j)) continue;
    if (s.type === "ORG") {
      s.rule = "entities/org-cue"; // round 8: evidence for document consistency, as above
      continue;
    }
    if (s.type === "PERSON" && (s.j - s.i > 1 || GIVEN_NAME_SET.has(w[s.i]))) continue;
    s.type = "ORG";
    s.rule = "entities/org-cue";
  }
  return out ? out.result() : spans;
}

/**
 * Round 6, family: organisations named in another language with a lower-case
 * linking particle inside ("Università Velmor di Tarrow", "Clann na Keld",
 * "Movimiento al Progreso", "Banco de Dunmore", "Verein für Velmor"; parties,
 * universities, banks and movements in politics and encyclopaedic text). The
 * model stops the ORG at the particle and reads the name after it as a place or
 * a person. An ORG span followed by one of these particles and a capitalised run
 * (at most three words, glued) takes the run in; spans inside the run are
 * dropped, a span reaching out of it stops the rule.
 */
const ORG_LINKERS = new Set(["di", "de", "del", "della", "delle", "dei", "des", "du", "na", "al", "y", "und", "für", "van", "von", "der", "do", "da", "dos", "das"]);
export function orgLinkingParticles(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  let out: SpanEdits | null = null;
  for (const s of spans) {
    if (out !== null && out.at(s.i) !== s) continue;
    const k = s.j;
    if (s.type !== "ORG" || k + 1 >= n || !ORG_LINKERS.has(w[k]) || !glued(tok, k) || !glued(tok, k + 1) || !isCapitalised(w[k + 1])) continue;
    const e = capitalRun(tok, k + 1, 3);
    out ??= new SpanEdits(spans, n);
    if (!spansInside(out, k, e)) continue;
    out.extend(s, s.i, e);
    s.rule = "entities/org-linker";
  }
  return out ? out.result() : spans;
}

/**
 * Family: institutions and ensembles named by their head word ("Tarrow General
 * Hospital", "the Velmor Laboratory", "the Keld Casino", "the Dunmore Stock
 * Exchange", "the Velmor Philharmonic Orchestra", "the Anna Berg Band";
 * encyclopaedic, local and music text). The model often reads such a name as
 * an unscored facility or work (MISC), as the town it opens with, or as a
 * person; no town or person is named "… Hospital" or "… Orchestra". UNER,
 * WikiGold and CrossNER mark these as organisations (GUM as facilities, not
 * scored). A span of two words or more ending in one is an ORG, unless the
 * whole name is a listed place.
 */
const INSTITUTION_HEADS = new Set([
  "Hospital", "Hospitals", "Infirmary", "Laboratory", "Laboratories", "Casino", "Exchange", "Orchestra", "Band",
  "Ensemble", "Quartet", "Quintet", "Choir", "Brotherhood", "Sisterhood",
  // Round 10: schools, museums, shopping malls and scout associations ("Velmor Grammar School", "the Tarrow
  // Colony Museum", "Keld Village Mall", "the Velmoria Scouts"), read as the town they open with: organisations
  // in WikiGold, CrossNER, UNER and GUM (GUM marks some museums and malls as facilities, not scored).
  "School", "Schools", "Museum", "Mall", "Scouts", "Guides",
  // Companies and periodicals by their head word ("Grembley Capital", "Tarrow Partners", "Keld Industries", "the
  // Velmor Review"; business news and citations): no town or person is named "… Industries" or "… Review".
  "Capital", "Partners", "Ventures", "Industries", "Enterprises", "Brands", "Labs", "Telecom", "Pharma", "Logistics",
  "Investments", "Securities", "Bancorp", "Review", "Bulletin", "Weekly",
]);
/**
 * "Brands" in a list or a headline ("Top 10 Beauty Brands", "Velmor Is Selling Candy Brands"): a number or only
 * ordinary English words before it make a capitalised noun phrase, not a company's name ("Keld Brands").
 */
function listOfBrands(tok: Tokens, s: TokenSpan): boolean {
  let common = true;
  for (let t = s.i; t < s.j - 1; t++) {
    const x = tok.words[t];
    if (/^\d/.test(x)) return true;
    if (commonWordClass(x.toLowerCase()) !== "common") common = false;
  }
  return common;
}
export function institutionHeads(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type === "ORG" || s.type === "NORP" || s.j - s.i < 2 || !INSTITUTION_HEADS.has(tok.words[s.j - 1])) continue;
    const surface = tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]);
    if (GPE_PHRASES.has(surface) || LOC_PHRASES.has(surface)) continue;
    if (tok.words[s.j - 1] === "Brands" && listOfBrands(tok, s)) continue;
    s.type = "ORG";
    s.rule = "entities/institution-head";
  }
  return spans;
}

/**
 * Round 7, family: a name right before a lower-case kind noun ("the Velmor company", "a Tarrow label", "the Labour
 * and Keld parties", "its Orvan chain"; business, music and politics text), opened by an article, a possessive
 * determiner or a coordination (only the name next to the noun is retyped). The name is an organisation of that kind, whatever the model made of it
 * (a person, an unscored thing). Places and peoples keep their type ("the London company", "the Icelandic
 * band": a name modifying the noun by where it is from), as does a person's name with a listed given name; a kind
 * noun followed by a capitalised word introduces the name after it ("the Icelandic band Velmor") and is left
 * to orgsByDescription. Names the model left untagged are not added (measured: a false alarm, no gain).
 */
const KIND_NOUNS_AFTER = new Set([
  "company", "companies", "firm", "firms", "corporation", "band", "label", "airline", "carrier", "newspaper",
  "magazine", "brand", "chain", "retailer", "manufacturer", "party", "parties", "club", "bank", "network", "broadcaster",
]);
const KIND_OPENERS = new Set(["the", "a", "an", "its", "their", "and", "or", ",", "The", "A", "An"]);
export function orgsBeforeKindNoun(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  let out: SpanEdits | null = null;
  for (let k = 1; k < n; k++) {
    if (!KIND_NOUNS_AFTER.has(w[k]) || !glued(tok, k) || !isCapitalised(w[k - 1])) continue;
    if (k + 1 < n && isCapitalised(w[k + 1]) && glued(tok, k + 1)) continue;
    out ??= new SpanEdits(spans, n);
    const s = out.endingAt(k);
    if (!s || s.type === "NORP" || s.type === "GPE" || s.type === "LOC" || s.i === 0 || !KIND_OPENERS.has(w[s.i - 1])) continue;
    // Round 8: a name the model already read as an ORG is marked too, as evidence for document consistency.
    if (s.type === "ORG") {
      if (s.rule === "entities/model") s.rule = "entities/org-kind-after";
    } else {
      const surface = tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]);
      if (GPE_PHRASES.has(surface) || LOC_PHRASES.has(surface)) continue;
      if (s.type === "PERSON" && GIVEN_NAME_SET.has(w[s.i])) continue;
      s.type = "ORG";
      s.rule = "entities/org-kind-after";
    }
    if (KIND_PLURALS.has(w[k])) coordinatedBeforeKind(tok, out, s.i);
  }
  return out ? out.result() : spans;
}
/**
 * Family: names cut at "and" before a plural kind noun ("the dominant Velmor and Liberal parties", "the
 * Keld and Tarrow companies"; politics and business text). The name coordinated with the one next to the noun is of
 * the same kind: a span of at most three words ending right before "and"/"or" becomes an ORG too, whatever the model
 * made of it (a people's word, a person, a place it does not list). A listed place or a person's name opening with a
 * listed given name keeps its type; a demonym next to the noun ("the Icelandic and Danish bands") never makes the
 * name next to the noun an ORG, so it spreads nothing.
 */
const KIND_PLURALS = new Set(["companies", "firms", "parties", "banks", "clubs", "bands", "labels", "airlines", "newspapers", "networks", "broadcasters", "retailers", "chains", "brands"]);
function coordinatedBeforeKind(tok: Tokens, out: SpanEdits, i: number): void {
  const w = tok.words;
  if (i < 2 || (w[i - 1] !== "and" && w[i - 1] !== "or")) return;
  const t = out.endingAt(i - 1);
  if (!t || t.type === "ORG" || t.j - t.i > 3 || !t.rule.startsWith("entities/model")) return;
  const surface = tok.text.slice(tok.starts[t.i], tok.ends[t.j - 1]);
  if (GPE_PHRASES.has(surface) || LOC_PHRASES.has(surface) || (t.type === "PERSON" && GIVEN_NAME_SET.has(w[t.i]))) return;
  t.type = "ORG";
  t.rule = "entities/org-kind-after";
}

/**
 * Round 9, family: schools and colleges called by the town they are named after ("he was sent to Velmor",
 * "his Velmor friends", "Keld v Velmor", "Tarrow State's rowing crew"; biographies, sports and
 * encyclopaedic text about a school). Where the document names the school in full ("Velmor School",
 * "Tarrow State University"), a place span whose words are exactly the capitalised words before the
 * school's head word is the school, an ORG: the town stays a place after "in", "near", "of", "from" and
 * "outside" ("born in Velmor") and when a place follows it after a comma ("Tarrow, Ohio"). Only a run of
 * one to three capitalised words glued to the head counts, not one opening a sentence with "The".
 */
const SCHOOL_HEADS = new Set(["School", "College", "University", "Academy", "Polytechnic", "Seminary", "Gymnasium", "Lyceum"]);
const TOWN_PREPOSITIONS = new Set(["in", "near", "of", "from", "outside", "for", "In", "Near", "From", "Outside"]);
export function schoolsNamedAfterTowns(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  let towns: Set<string> | null = null;
  for (let k = 1; k < n; k++) {
    if (!SCHOOL_HEADS.has(w[k]) || !glued(tok, k)) continue;
    let i = k;
    while (i > 0 && k - i < 3 && glued(tok, i) && isCapitalised(w[i - 1]) && !SCHOOL_HEADS.has(w[i - 1]) && w[i - 1] !== "The") i--;
    if (i === k) continue;
    (towns ??= new Set()).add(tok.text.slice(tok.starts[i], tok.ends[k - 1]));
  }
  if (towns === null) return spans;
  for (const s of spans) {
    if (s.type !== "GPE" && s.type !== "LOC") continue;
    if (s.j < n && SCHOOL_HEADS.has(w[s.j])) continue;
    if (s.i > 0 && TOWN_PREPOSITIONS.has(w[s.i - 1])) continue;
    if (s.j + 1 < n && w[s.j] === "," && isCapitalised(w[s.j + 1]) && isListedPlace(w[s.j + 1])) continue;
    const surface = tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]);
    if (!towns.has(surface) || GPE_PHRASES.has(surface) || LOC_PHRASES.has(surface)) continue;
    s.type = "ORG";
    s.rule = "entities/school-town";
  }
  return spans;
}

/**
 * Round 10. Family: an organisation named in full once and then by one word of its name ("the Velmor Falcons"
 * … "the Falcons' coach", "Tarrow Dynamics" … "Tarrow shipped", "FC Keldvar" … "Keldvar won"): teams by their
 * nickname, companies and clubs by their brand word, the way a person is named by the surname after the full
 * name. A first or last word of an organisation of two or more words, standing alone later in the same
 * document, untagged or read as an unscored work (MISC), is that organisation. Only distinctive words:
 * capitalised, not all capitals (acronyms have their own rules), no ordinary English word (the "League" of a
 * league), no listed place (the town of "Velmor Falcons"), given name or people's name; a team's plural
 * nickname may be an ordinary word when "the" opens it ("the Falcons"). Model spans of another type are left
 * alone (measured: retyping them lost 0.5 on WikiGold, mostly people and places sharing a word with a name).
 * A word right before a noun for kin or a family's people ("the Velmor family", "the Tarrow brothers") is the
 * family named after, or named by, the company, not the company.
 */
const KIN_NOUNS = new Set(["family", "families", "brothers", "sisters", "heirs", "estate", "clan", "sons", "daughters", "dynasty"]);
export function organisationShortForms(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  let forms: Map<string, number> | null = null; // short form → token index from which it applies
  for (const s of spans) {
    if (s.type !== "ORG" || s.j - s.i < 2) continue;
    for (const t of [s.i, s.j - 1]) {
      if (!distinctiveWord(w[t]) && !(t === s.j - 1 && nicknamePlural(w[t]))) continue;
      forms ??= new Map();
      if (!forms.has(w[t])) forms.set(w[t], s.j);
    }
  }
  if (forms === null) return spans;
  const owner = new Int32Array(n).fill(-1);
  spans.forEach((s, k) => owner.fill(k, s.i, s.j));
  const out = spans.slice();
  for (let t = 0; t < n; t++) {
    const from = forms.get(w[t]);
    if (from === undefined || t < from || (t + 1 < n && KIN_NOUNS.has(w[t + 1]))) continue;
    // Alone, or after a capital "The" opening the sentence ("The Falcons lead the league").
    const opensWithThe = t > 0 && w[t - 1] === "The" && tok.sentenceStart[t - 1];
    if (!standsAlone(tok, opensWithThe ? t - 1 : t, t + 1)) continue;
    if (!distinctiveWord(w[t]) && !(t > 0 && w[t - 1].toLowerCase() === "the")) continue;
    const k = owner[t];
    if (k === -1) out.push({ i: t, j: t + 1, type: "ORG", confidence: 0.6, rule: "entities/org-short-form" });
    else if (spans[k].i === t && spans[k].j === t + 1 && spans[k].type === "MISC") {
      spans[k].type = "ORG";
      spans[k].rule = "entities/org-short-form";
    }
  }
  return out.length === spans.length ? spans : out.sort((a, b) => a.i - b.i);
}

/** A word that names one organisation by itself: capitalised, not an acronym, no ordinary word, place, given name or people. */
function distinctiveWord(x: string): boolean {
  return /^\p{Lu}\p{Ll}[\p{L}'-]+$/u.test(x) && commonWordClass(x.toLowerCase()) === null && !isListedPlace(x) && !GIVEN_NAME_SET.has(x) && !NORP_WORDS.has(x);
}

/** A plural that may be a team's nickname ("Falcons", "Hawks"), not an organisation's head word ("Nations", "Forces"). */
const nicknamePlural = (x: string) => /^\p{Lu}\p{Ll}+[^s]s$/u.test(x) && !ORG_HEAD_SET.has(x) && !NORP_WORDS.has(x);

/**
 * Round 12, family: companies named by a word that is also an English word or another thing's name ("Apple
 * said on Tuesday", "shares of Shell rose", "telecoms group Orange cut 2,000 jobs", "Target's chief
 * executive"; business and general news). The name lists know such words as common words, fruit, rivers or
 * people, so the model and the listed-organisation rules leave them. A word of the rule-only list
 * (data/gazetteers.ts ENGLISH_WORD_COMPANIES), capitalised and standing alone, is an ORG when a company's cue
 * stands beside it: a verb of a company's business after it ("reported", "announced", "cut", "acquired",
 * "said"), a possessive of a company's noun ("'s shares", "'s CEO"), a company's kind noun right before it, or
 * one of companiesByCue's cues ("shares of", "a subsidiary of", "owned by"). An untagged word is added; a span
 * the model made of the word alone is retyped, except that a place or a person keeps its type unless the cue
 * is one no town or person has (a possessive of a company's noun, "shares of", a company's kind noun before it):
 * "Farmers in Orange said …", "Mars shares many features with Earth", "Ford hired a lawyer" stay. A longer
 * span is left alone. Round 13: for the words that are also common surnames (ENGLISH_WORD_COMPANY_SURNAMES:
 * "Sharp said", "Dell hired a lawyer" are as often a person), a verb people use too adds nothing unless the
 * document names the word by a strong cue elsewhere; verbs of a company's accounts ("cut 900 jobs") still do.
 * A noun of a company's accounts later in the same sentence ("Sharp said quarterly sales fell", "Ford said
 * profits rose") is a strong cue for every listed word, unless a preposition of place stands before the word
 * ("Farmers in Orange said sales of fruit fell").
 */
const ENGLISH_WORD_COMPANY_SET: ReadonlySet<string> = new Set(ENGLISH_WORD_COMPANIES);
const ENGLISH_WORD_COMPANY_SURNAME_SET: ReadonlySet<string> = new Set(ENGLISH_WORD_COMPANY_SURNAMES);
const COMPANY_VERBS = new Set([
  "said", "says", "announced", "announces", "reported", "reports", "posted", "posts", "cut", "cuts", "shed", "sheds",
  "bought", "buys", "acquired", "acquires", "launched", "launches", "unveiled", "unveils", "sued", "sues", "hired",
  "hires", "sold", "sells", "employs", "shares", "stock", "warned", "warns", "recalled", "recalls", "invested", "invests",
]);
/** Round 13: verbs of a company's accounts and staff, which no person has in news copy ("Ford cut 2,000 jobs"). */
const COMPANY_ONLY_VERBS = new Set(["cut", "cuts", "shed", "sheds", "posted", "posts", "employs", "recalled", "recalls", "shares", "stock"]);
/** The last words of the document's PERSON spans and the words right after an honorific ("Ms Dell"). */
function documentPersonWords(w: readonly string[], spans: readonly TokenSpan[]): Set<string> {
  const out = new Set(spans.filter((s) => s.type === "PERSON").map((s) => w[s.j - 1]));
  for (let k = 0; k + 1 < w.length; k++) if (HONORIFIC_CUE_TOKENS.has(w[k])) out.add(w[k + 1]);
  return out;
}
/** Round 13 mend: nouns of a company's accounts ("Sharp said quarterly sales fell"). */
const COMPANY_ACCOUNT_NOUNS = new Set([
  "sales", "profit", "profits", "revenue", "revenues", "earnings", "turnover", "quarterly", "dividend", "shareholders",
  "shares",
]);
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "near", "to", "of", "outside", "around", "across"]);
/** Is a noun of a company's accounts in the sentence of token i, after the token next to it (which is the verb)? */
function accountNounAfter(tok: Tokens, i: number): boolean {
  const w = tok.words;
  for (let k = i + 2; k < w.length && k < i + 40 && !tok.sentenceStart[k]; k++) if (COMPANY_ACCOUNT_NOUNS.has(w[k])) return true;
  return false;
}
const COMPANY_KIND_BEFORE = new Set([
  "company", "firm", "group", "giant", "rival", "retailer", "carrier", "operator", "maker", "chain", "brand", "supplier",
  "conglomerate", "corporation", "multinational", "insurer", "lender", "airline", "broadcaster", "automaker", "carmaker",
]);
export function englishWordCompanies(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  // Each standing-alone listed word with a cue; `strong` when the cue is one no town or person has.
  let hits: { i: number; strong: boolean }[] | null = null;
  for (let i = 0; i < n; i++) {
    if (!ENGLISH_WORD_COMPANY_SET.has(w[i])) continue;
    if ((i > 0 && glued(tok, i) && isCapitalised(w[i - 1]) && !tok.sentenceStart[i]) || (i + 1 < n && glued(tok, i + 1) && isCapitalised(w[i + 1]))) continue;
    const after = i + 1 < n ? w[i + 1] : "";
    // The possessive is two tokens: "'" (or "’") and "s".
    const possessive = (after === "'" || after === "’") && i + 3 < n && w[i + 2] === "s" && COMPANY_NOUNS_AFTER_POSSESSIVE.has(w[i + 3].toLowerCase());
    const before = i > 0 ? w[i - 1] : "";
    // "shares of X", "a subsidiary of X", "owned by X" (companiesByCue's cues).
    const sharesOf = i > 1 && COMPANY_CUES_BEFORE.has(w[i - 2].toLowerCase() + " " + before);
    const verb = COMPANY_VERBS.has(after);
    const accounts = verb && !PLACE_PREPOSITIONS.has(before) && accountNounAfter(tok, i);
    const strong = possessive || sharesOf || COMPANY_KIND_BEFORE.has(before) || accounts;
    if (strong || verb) (hits ??= []).push({ i, strong });
  }
  if (hits === null) return spans;
  // Round 13: a verb people use too ("Sharp said", "Dell hired a lawyer") is no cue for a word that is also a
  // common surname, unless the document names it by a strong cue or the verb is one of a company's accounts
  // ("Dell cut 900 jobs"). (A person named in full earlier keeps the surname through document consistency.)
  // A word the document gives a person ("Ms Dell … Dell said") is left to document consistency, which reads the
  // cue's mention as that person (so the second mention is not lost).
  const strongWords = new Set(hits.filter((h) => h.strong).map((h) => w[h.i]));
  let personWords: Set<string> | null = null;
  const out = new SpanEdits(spans, n);
  for (const { i, strong } of hits) {
    if (!strong && ENGLISH_WORD_COMPANY_SURNAME_SET.has(w[i]) && !strongWords.has(w[i]) && !COMPANY_ONLY_VERBS.has(w[i + 1])) {
      personWords ??= documentPersonWords(w, spans);
      if (!personWords.has(w[i])) continue;
    }
    const s = out.at(i);
    if (s && s.i === i && s.j === i + 1) {
      // Towns and people speak, hire and sell too ("Ford hired a lawyer", "Orange said"): a place or a person is
      // retyped only by a cue no town or person has.
      if (s.type === "ORG" || ((s.type === "PERSON" || s.type === "GPE" || s.type === "LOC") && !strong)) continue;
      s.type = "ORG";
      s.rule = "entities/english-word-company";
    } else if (!s) out.replace({ i, j: i + 1, type: "ORG", confidence: 0.6, rule: "entities/english-word-company" });
  }
  return out.result();
}

/**
 * Round 13, family: religious orders and congregations called by their members' plural ("the Jesuits ran two
 * schools", "Discalced Carmelites", "the Poor Clares"; church history, biographies of clergy, the politics of
 * schooling). The model reads the plural as a people (NORP), a place or a person. A listed order (gazetteers.ts
 * RELIGIOUS_ORDERS, rule-only), with a listed qualifier glued before it or none, is an ORG: a span of exactly those
 * words (or of the plural alone) is retyped and takes the qualifier in; an untagged one standing alone is added. A
 * span reaching beyond them ("the Jesuits' College") is left alone, and so is the singular ("a Jesuit priest").
 */
const ORDER_FIRST: ReadonlyMap<string, readonly string[][]> = (() => {
  const m = new Map<string, string[][]>();
  for (const o of RELIGIOUS_ORDERS) {
    const words = o.split(" ");
    m.set(words[0], [...(m.get(words[0]) ?? []), words]);
  }
  return m;
})();
const ORDER_QUALIFIER_SET: ReadonlySet<string> = new Set(RELIGIOUS_ORDER_QUALIFIERS);
export function religiousOrders(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  let out: SpanEdits | null = null;
  for (let k = 0; k < n; k++) {
    const forms = ORDER_FIRST.get(w[k]);
    if (forms === undefined) continue;
    const words = forms.find((f) => f.every((x, d) => k + d < n && w[k + d] === x && (d === 0 || glued(tok, k + d))));
    if (words === undefined) continue;
    const e = k + words.length;
    const i = k > 0 && glued(tok, k) && ORDER_QUALIFIER_SET.has(w[k - 1]) ? k - 1 : k;
    // An order's name that is also an ordinary word ("Capuchins" are monkeys too) opening a sentence says nothing.
    if (i === k && tok.sentenceStart[k] && commonWordClass(w[k].toLowerCase()) !== null) continue;
    out ??= new SpanEdits(spans, n);
    // Every span over [i, e) must lie inside it, and the name must stand alone.
    let inside = true;
    for (let t = i; t < e; t++) {
      const o = out.at(t);
      if (o !== undefined && (o.i < i || o.j > e)) inside = false;
    }
    // An article opening the sentence is no part of the name ("The Templars were suppressed").
    if (!inside || !(standsAlone(tok, i, e) || (afterOpeningArticle(tok, i) && standsAlone(tok, i - 1, e)))) continue;
    const s = out.at(k);
    if (s !== undefined && s.i === i && s.j === e && s.type === "ORG") continue;
    out.replace({ i, j: e, type: "ORG", confidence: s?.confidence ?? 0.6, rule: "entities/religious-order" });
  }
  return out ? out.result() : spans;
}

/**
 * Round 15, family: an organisation's name cut before its "of / for / on the" tail, seen from the tail: the model
 * tags the name after "the" and leaves the words before it ("the Union for the [Defence of Velmor]",
 * "Friends of the [Keld Marshes]", "the Alliance for the [Tarrow Nation]", "Citizens for the [Velmor Valley]", "Sons of
 * the [Velmor Revolution]"; parties, movements, campaigns and charities in politics and news copy; `orgNameTails` in
 * rules-news.ts joins the tail when the model tagged the head instead). The words before the preposition must be a
 * whole capitalised run of at most four words that no span covers, ending in a body's head word (Front, Movement,
 * Party, Union, Foundation…) or a plural of members (Friends, Sons, Knights…), opening with no listed given name and
 * holding no office title, so "President of the [Velmoria]", "Minister for the [Middle East]", "Ann Keld of the
 * [Velmor Party]" and "Chair of the [Keld Council]" keep their two parts. A head word alone that the sets leave out of
 * a country's name ("the Government of the [Velmor Republic]", "the Parliament of …") stays out.
 */
const MEMBER_PLURALS = new Set([
  "Friends", "Sons", "Daughters", "Knights", "Democrats", "Socialists", "Rally", "Scouts", "Brotherhood", "Sisterhood",
]);
/**
 * Round 16: plurals any group of people takes ("Citizens of the [Velmor Union] can travel", "People of the [Keld
 * Islands] voted", "Veterans of the [Tarrow War]") open a name only before "for" ("Citizens for the [Velmor Valley]",
 * "People for a Free Keld" style campaign names).
 */
const GENERIC_PLURALS = new Set(["People", "Citizens", "Veterans", "Defenders", "Guardians", "Residents", "Voters", "Workers", "Women", "Men", "Parents", "Students"]);
const TAIL_PREPOSITIONS = new Set(["of", "for", "on"]);
const NOT_ALONE_BEFORE_TAIL = new Set(["Government", "Parliament", "Senate", "Cabinet", "House", "Congress", "Administration", "Assembly", "Court", "Army", "Navy", "Police", "Office", "Board"]);
export function headsBeforeTails(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let out: SpanEdits | null = null;
  for (const s of spans) {
    const k = s.i;
    if (k < 3 || (s.type !== "ORG" && s.type !== "GPE" && s.type !== "LOC") || w[k - 1] !== "the" || !TAIL_PREPOSITIONS.has(w[k - 2])) continue;
    const head = w[k - 3];
    const generic = GENERIC_PLURALS.has(head);
    if (generic ? w[k - 2] !== "for" : !ORG_HEAD_SET.has(head) && !MEMBER_PLURALS.has(head)) continue;
    // Round 16: members of a body the model tagged whole ("Friends of the [Velmor Foundation]", "Democrats on the
    // [Keld Committee]") are its members, no name.
    if (s.type === "ORG" && ORG_HEAD_SET.has(w[s.j - 1])) continue;
    if (!glued(tok, k - 1) || !glued(tok, k - 2)) continue;
    let r = k - 3;
    const runs = (t: number) => t > 0 && w[t - 1] !== "The" && isCapitalised(w[t - 1]) && /\p{L}/u.test(w[t - 1]) && glued(tok, t) && !tok.sentenceStart[t];
    while (k - 2 - r < 4 && runs(r)) r--;
    // The run must be whole: a capitalised word before it would make it the tail of a longer name.
    if (runs(r)) continue;
    if (k - 2 - r === 1 && NOT_ALONE_BEFORE_TAIL.has(head)) continue;
    if (GIVEN_NAME_SET.has(w[r]) && k - 2 - r > 1) continue;
    let office = false;
    for (let t = r; t < k - 2 && !office; t++) office = isTitle(w[t]);
    if (office) continue;
    out ??= new SpanEdits(spans, w.length);
    if (!out.free(r, k - 2) || out.at(k) !== s) continue;
    out.replace({ i: r, j: s.j, type: "ORG", confidence: s.confidence, rule: "entities/org-tail" });
  }
  return out ? out.result() : spans;
}

/**
 * Round 15, family: an organisation's name in its own language, given in brackets after the English one, or the
 * reverse ("the Harvest Party (Partido Cosecha, 1990–1998)", "Dawn Movement (Spanish: Movimiento Alba)", "the
 * Keldish Farmers' Union (Keldsk Bondeforbund, …)", "Partido Velmor (Velmor Party)"; parties, unions and movements abroad in
 * politics and world news). The model reads the unfamiliar words as a person or a place, or leaves them. In the gold
 * of the training portions such a bracketed name of two or more words after an organisation is that organisation 21
 * times in 27 (the others: a person, "(Ann Velmor)", and glosses of works the sets do not score). After an ORG span,
 * "(" and an optional language word and colon ("Spanish:"), a run of at most eight words up to ")", ",", ";" or "or",
 * opening with a capital, at least half of its words capitalised, with no digit, is an ORG: two or more words, or one
 * after a language word. Acronyms are left to the acronym rules; a run opening with a listed given name (a person, a
 * leader named in brackets) or a people's word ("(Croatian …)", a language without a colon) is left alone.
 */
const BRACKET_NAME_ENDS = new Set([")", ",", ";", ":", "or"]);
export function nativeNamesInBrackets(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  let out: SpanEdits | null = null;
  for (const s of spans) {
    if (s.type !== "ORG" || s.j + 2 >= n || w[s.j] !== "(") continue;
    let k = s.j + 1;
    const language = k + 2 < n && w[k + 1] === ":" && NORP_WORDS.has(w[k]);
    if (language) k += 2;
    let e = k;
    let caps = 0;
    while (e < n && e - k < 9 && !BRACKET_NAME_ENDS.has(w[e]) && !lineBreakBefore(tok, e)) {
      if (/\d/.test(w[e])) break;
      if (isCapitalised(w[e])) caps++;
      e++;
    }
    if (e >= n || !BRACKET_NAME_ENDS.has(w[e]) || e - k > 8 || e === k) continue;
    const words = e - k;
    if (!isCapitalised(w[k]) || caps * 2 < words || (words < 2 && !language) || (words === 2 && !isCapitalised(w[e - 1]))) continue;
    // "(See: …)", "(Pronounced: …)": a one-word run before a colon is no name.
    if (w[e] === ":" && words < 2) continue;
    if (/^\p{Lu}[\p{Lu}\d&.+-]*$/u.test(w[k]) && words === 1) continue; // an acronym
    if (GIVEN_NAME_SET.has(w[k]) || (!language && NORP_WORDS.has(w[k]))) continue;
    // Round 16: an office title ("(Prime Minister Ann Keld)"), a listed place ("(Velmor, Keldshire)", "(United
    // Kingdom)") or "and" between two names ("(Velmoria and Keldland)") is a gloss of who or where, no own-language name.
    if (bracketGloss(tok, spans, k, e)) continue;
    out ??= new SpanEdits(spans, n);
    // Spans inside the run only: one reaching out of the brackets stops the rule.
    if (!out.inside(k, e)) continue;
    // A run the model already tagged whole as an organisation keeps the model's own span and confidence.
    if (spans.some((t) => t.i === k && t.j === e && t.type === "ORG")) continue;
    out.replace({ i: k, j: e, type: "ORG", confidence: s.confidence, rule: "entities/org-native-name" });
  }
  return out ? out.result() : spans;
}

/** Round 16: words k..e in brackets hold an office title, a listed place, or "and" between two tagged names. */
function bracketGloss(tok: Tokens, spans: readonly TokenSpan[], k: number, e: number): boolean {
  const w = tok.words;
  const tagged = (t: number) => spans.some((x) => x.i <= t && t < x.j);
  for (let t = k; t < e; t++) {
    if (isTitle(w[t]) || GPE_PHRASES.has(w[t])) return true;
    if ((w[t] === "and" || w[t] === "&") && t > k && t + 1 < e && tagged(t - 1) && tagged(t + 1)) return true;
  }
  for (const x of spans) {
    if (x.i < k || x.j > e || (x.type !== "GPE" && x.type !== "LOC")) continue;
    const surface = tok.text.slice(tok.starts[x.i], tok.ends[x.j - 1]);
    if (isListedPlace(surface)) return true;
  }
  const run = tok.text.slice(tok.starts[k], tok.ends[e - 1]);
  if (isListedPlace(run)) return true;
  // "(Velmor Springs, California)": a town given with its state or country.
  if (w[e] !== "," || e + 1 >= w.length) return false;
  const next = (len: number) => e + len < w.length && isListedPlace(tok.text.slice(tok.starts[e + 1], tok.ends[e + len]));
  return next(1) || next(2);
}

/**
 * Family: radio and television stations named by their cue words ("Velmor FM", "Kiss 98.3 FM", "Tarrow98FM", "BBC
 * Radio 4", "Channel 5", "Radio Tarrow"; media, music and local news). A name ending in FM, with a frequency or not,
 * is a station, and so is a word with a frequency glued to FM ("Keldwave104FM", "98FM"); a broadcaster's Radio, TV
 * or Channel takes the number of its network ("Radio 4"), unless a unit or count follows the number ("watch TV 3
 * hours a day", "crossed the Channel 3 times": a count, not a network); a name opening with "Radio" is a station,
 * not the person or place the model read ("Radio Velmor", "Radio Free Tarrow"; not when it ends in an ordinary
 * word: "Radio City Music Hall" is a venue). A sentence-opening article or determiner is no part of the name ("The
 * Channel 4 documentary", "Its Radio 2 show"). Lower-case "channel 4" (a number on a dial) and "AM" (a clock time)
 * are left alone, as are listed places ("Radio City", "the English Channel") and a name followed by a capitalised
 * word (part of something longer: "Velmor FM Awards"). The whole name is one ORG.
 */
const STATION_HEAD = /^([A-Z][A-Za-z]*)?\d+(\.\d)?FM$/;
const NETWORK_WORDS = new Set(["Radio", "TV", "Channel"]);
/** Lower-case words after a number that make it a count or a measure, not a network's number. */
const COUNT_WORDS = new Set([
  "times", "time", "hours", "hour", "hrs", "minutes", "minute", "mins", "seconds", "days", "day", "weeks", "week", "months",
  "month", "years", "year", "nights", "miles", "mile", "km", "kilometres", "kilometers", "metres", "meters", "feet", "percent",
  "per", "a", "an", "of", "%", "or", "to", "-", "–", "more", "people", "children", "viewers", "listeners",
]);
/** Sentence-opening words before a network's name that are no part of it ("The Channel 4 documentary", "Its Radio 2 show"). */
const STATION_OPENERS = new Set(["The", "A", "An", "Its", "This", "That", "These", "Those", "Their", "His", "Her", "Our", "My", "Your", "Every", "Each", "No"]);
/** Does token x open or close a station's name (a quick test before any work on the document)? */
const stationWord = (x: string) => x === "FM" || NETWORK_WORDS.has(x) || (x.endsWith("FM") && STATION_HEAD.test(x));
export function broadcasters(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  if (!w.some(stationWord)) return spans;
  const out = new SpanEdits(spans, n);
  const station = (i: number, j: number) => {
    if (j < n && isCapitalised(w[j]) && glued(tok, j)) return;
    const surface = tok.text.slice(tok.starts[i], tok.ends[j - 1]);
    if (isListedPlace(surface) || LOC_PHRASES.has(surface)) return;
    // A span reaching out of the name is part of something longer: left alone.
    if (!out.inside(i, j)) return;
    const s = out.startingAt(i);
    if (s && s.j === j && s.type === "ORG") return;
    out.replace({ i, j, type: "ORG", confidence: s?.confidence ?? 0.6, rule: "entities/broadcaster" });
  };
  for (let k = 0; k < n; k++) {
    const x = w[k];
    if (x === "FM" && k > 0 && glued(tok, k)) {
      // "Velmor FM", "Kiss 98.3 FM": the capitalised or numbered words before it (at most three).
      let i = k;
      while (i > 0 && k - i < 3 && glued(tok, i) && !tok.sentenceStart[i] && (isCapitalised(w[i - 1]) || /^\d/.test(w[i - 1]))) i--;
      if (i < k && tok.sentenceStart[i] && STATION_OPENERS.has(w[i])) i++;
      if (i < k && isCapitalised(w[i])) station(i, k + 1);
    } else if (STATION_HEAD.test(x)) station(k, k + 1);
    else if (NETWORK_WORDS.has(x) && k + 1 < n && /^\d{1,2}$/.test(w[k + 1]) && glued(tok, k + 1)) {
      // "BBC Radio 4", "Channel 5": the network's words before it and its number; not a count ("TV 3 hours a day").
      if (k + 2 < n && COUNT_WORDS.has(w[k + 2])) continue;
      let i = k;
      while (i > 0 && k - i < 2 && isCapitalised(w[i - 1]) && glued(tok, i) && !tok.sentenceStart[i]) i--;
      if (i < k && tok.sentenceStart[i] && STATION_OPENERS.has(w[i])) i++;
      // "the English Channel 2 miles off": the words before the network word name a place, not a broadcaster.
      const before = tok.text.slice(tok.starts[i], tok.ends[k]);
      if (i < k && (isListedPlace(before) || LOC_PHRASES.has(before))) continue;
      station(i, k + 2);
    } else if (x === "Radio" && k + 1 < n && isCapitalised(w[k + 1]) && glued(tok, k + 1)) {
      // "Radio Velmor": the station's name after it (at most three words); a people's word is no name ("Radio Free" stays).
      const j = capitalRun(tok, k + 1, 3);
      const s = out.at(k + 1);
      if (NORP_WORDS.has(w[k + 1]) || (s && s.type === "NORP")) continue;
      // "Radio City Music Hall", "Radio Velmor Building": a venue or a thing named after the station, not the station.
      if (j - k > 2 && commonWordClass(w[j - 1].toLowerCase()) !== null) continue;
      station(k, j);
    }
  }
  return out.result();
}
