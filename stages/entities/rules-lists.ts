/**
 * Family: coordinated lists. The names of one list ("Likud, Labor, Meimad and
 * Degel HaTorah", "Korn, Linkin Park and Head Automatica", "Paris, Lyon or
 * Lille") are things of one kind, so an item the model typed against the
 * rest of its list with a weak margin takes the list's type. Only lists of at
 * least LIST_MIN names written next to each other (separated by a comma, "and",
 * "or", a slash or a semicolon, optionally followed by "the") on one line count, the
 * other type must hold a clear majority, and an item typed by a rule (rather
 * than by the model) keeps its type.
 */
import { COUNTRY_OR_STATE_SET, GIVEN_NAME_SET, GPE_PHRASES, isListedPlace, isTitle, LOC_HEAD_SET, LOC_PHRASES, ORG_HEAD_SET, ORG_PHRASES } from "./lexicon.ts";
import { lineBreakBefore, type TokenSpan } from "./spans.ts";
import type { Tokens } from "./tokens.ts";

/** Words that may stand alone between two items of a list. */
const LIST_SEPARATORS = new Set([",", "and", "or", "/", ";"]);
/** The fewest items of a list (two names joined by "and" say little: "Bush and the Pentagon"). */
const LIST_MIN = 3;
/** An item whose confidence reaches this keeps its type. */
const KEEP_CONFIDENCE = 0.9;

/** Is span s a listed name of kind k (a listed place or organisation, a person opening with a listed given name)? */
function listedAs(tok: Tokens, s: TokenSpan, k: Kind): boolean {
  const surface = tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]);
  if (k === "PLACE") return GPE_PHRASES.has(surface) || LOC_PHRASES.has(surface);
  if (k === "ORG") return ORG_PHRASES.has(surface);
  return k === "PERSON" && s.j - s.i > 1 && GIVEN_NAME_SET.has(tok.words[s.i]);
}

type Kind = "PERSON" | "ORG" | "PLACE" | "OTHER";
const kindOf = (s: TokenSpan): Kind =>
  s.type === "PERSON" || s.type === "ORG" ? s.type : s.type === "GPE" || s.type === "LOC" ? "PLACE" : "OTHER";

/** Is the gap between two spans (tokens a..b-1) a list separator: ",", "and", ", and", "/", optionally then "the"? */
function separates(tok: Tokens, a: number, b: number): boolean {
  const w = tok.words;
  let k = a;
  let seps = 0;
  while (k < b && LIST_SEPARATORS.has(w[k].toLowerCase()) && seps < 2) {
    k++;
    seps++;
  }
  if (seps === 0) return false;
  if (k < b && w[k].toLowerCase() === "the") k++;
  if (k !== b) return false;
  for (let x = a; x <= b; x++) if (lineBreakBefore(tok, x)) return false;
  return true;
}

export function coordinatedLists(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  let start = 0;
  while (start < spans.length) {
    let end = start + 1;
    let conjunction = false;
    while (end < spans.length && separates(tok, spans[end - 1].j, spans[end].i)) {
      for (let k = spans[end - 1].j; k < spans[end].i; k++) if (/^(and|or)$/i.test(tok.words[k])) conjunction = true;
      end++;
    }
    // Commas alone may chain a place to its region ("Fort Campbell, Kentucky, USA"):
    // such a chain is a list only when it is long.
    if (end - start >= LIST_MIN && (conjunction || end - start > LIST_MIN)) retypeList(tok, spans.slice(start, end));
    start = end;
  }
  return spans;
}

function retypeList(tok: Tokens, items: TokenSpan[]): void {
  const counts = new Map<Kind, number>();
  for (const s of items) counts.set(kindOf(s), (counts.get(kindOf(s)) ?? 0) + 1);
  let major: Kind = "OTHER";
  let most = 0;
  for (const [k, c] of counts) if (c > most) [major, most] = [k, c];
  // A clear majority: more than half of the items, and never a tie.
  if (major === "OTHER" || most * 2 <= items.length) return;
  // When an item of the majority is a listed name of its kind, the list's kind is
  // sure, and any item the model typed otherwise follows it.
  const keep = items.some((s) => kindOf(s) === major && listedAs(tok, s, major)) ? Infinity : KEEP_CONFIDENCE;
  for (const s of items) {
    const k = kindOf(s);
    if (k === major || k === "OTHER" || s.rule !== "entities/model" || s.confidence >= keep) continue;
    if (listedAs(tok, s, k)) continue;
    // Round 12: an organisation named with its head word ("the Velmor Party", "Tarrow Union") is one
    // whatever the rest of its list is: coined party names around it are often read as places or people.
    if (k === "ORG" && s.j - s.i >= 2 && (ORG_HEAD_SET.has(tok.words[s.j - 1]) || PARTY_HEAD_WORDS.has(tok.words[s.j - 1]))) continue;
    if (major === "PLACE") {
      const surface = tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]);
      s.type = LOC_PHRASES.has(surface) || (s.j - s.i > 1 && LOC_HEAD_SET.has(tok.words[s.j - 1])) ? "LOC" : "GPE";
    } else s.type = major;
    s.rule = "entities/list";
  }
}

/**
 * Family: lists introduced by a plural kind noun. "bands such as Velmor, The
 * Tarrows and Keld", "companies including Velmor and Tarrow", "parties like
 * Velmor": every name of the list that follows is an organisation. The model
 * reads such unknown one-word names as people or places. Countries and states
 * keep their type ("teams such as France").
 */
const ORG_KIND_PLURALS = new Set([
  "bands", "groups", "companies", "firms", "clubs", "teams", "labels", "newspapers", "magazines", "parties", "broadcasters",
  "stations", "airlines", "retailers", "banks", "brands", "carmakers", "automakers", "publishers", "charities", "organisations", "organizations",
]);
const LIST_OPENERS = new Set(["like", "including", "include", "included", "as"]);
export function listsAfterKindNouns(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  for (const [x, end] of listsAfter(tok, spans, ORG_KIND_PLURALS)) {
    for (let y = x; y < end; y++) {
      const s = spans[y];
      if (s.type === "ORG" || s.type === "MISC" || s.type === "NORP" || s.rule !== "entities/model") continue;
      if (COUNTRY_OR_STATE_SET.has(tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]))) continue;
      s.type = "ORG";
      s.rule = "entities/list";
    }
  }
  return spans;
}

/**
 * Round 9, family: lists introduced by a plural noun for people ("guitarists such as Velmor, Tarrow and Ann
 * Keld", "leaders, such as Dorr and Kell", "writers including Velmor"; arts, history and politics writing).
 * Every name of the list is a person; the model reads such unknown surnames alone as places. Only names it
 * typed as places are retyped: organisations stay ("artists such as X and the band Y" mixes kinds), and so
 * do countries and states.
 */
const PERSON_KIND_PLURALS = new Set([
  "leaders", "politicians", "statesmen", "artists", "musicians", "guitarists", "bassists", "drummers", "pianists", "singers",
  "songwriters", "composers", "writers", "authors", "novelists", "poets", "painters", "sculptors", "actors", "actresses",
  "philosophers", "scientists", "thinkers", "scholars", "players", "athletes", "activists", "journalists", "comedians",
]);
export function listsAfterPersonNouns(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  for (const [x, end] of listsAfter(tok, spans, PERSON_KIND_PLURALS)) {
    for (let y = x; y < end; y++) {
      const s = spans[y];
      if ((s.type !== "GPE" && s.type !== "LOC") || s.rule !== "entities/model") continue;
      if (COUNTRY_OR_STATE_SET.has(tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]))) continue;
      s.type = "PERSON";
      s.rule = "entities/list";
    }
  }
  return spans;
}

/** The lists [first, end) of spans introduced by one of `plurals` and an opener ("bands such as", "writers, including"). */
function listsAfter(tok: Tokens, spans: TokenSpan[], plurals: ReadonlySet<string>): [number, number][] {
  const w = tok.words;
  const out: [number, number][] = [];
  for (let x = 0; x < spans.length; x++) {
    const first = spans[x];
    // "bands like X", "bands such as X", "bands including X", "bands X" is no list.
    let k = first.i - 1;
    if (k < 1 || !LIST_OPENERS.has(w[k])) continue;
    if (w[k] === "as") {
      if (w[k - 1] !== "such") continue;
      k--;
    }
    // "other bands including", "several companies, including"
    if (k >= 1 && w[k - 1] === ",") k--;
    if (k < 1 || !plurals.has(w[k - 1].toLowerCase())) continue;
    let end = x + 1;
    while (end < spans.length && separates(tok, spans[end - 1].j, spans[end].i)) end++;
    out.push([x, end]);
  }
  return out;
}

/**
 * Round 11, family: lists of parties and movements (election and politics writing: "Velmor, Tarrow Unity,
 * the Keld Party and Dunmore First", "the Velmor Alliance, Quellbrook and Ostrava Nova"). The model reads
 * transliterated or coined party names alone as people or places. A list of three or more names (the
 * separators of coordinatedLists, on one line) holding an ORG that ends in an organisation's head word
 * (Party, Alliance, Movement, Front, Union, Forces…) and more organisations than people names
 * organisations: its names of one to three words the model read as a person, not opening with a listed
 * given name nor holding an initial nor after a title ("General X"), nor the surname of a person named in
 * full elsewhere in the document ("Ann Velmor … Velmor, Tarrow, the Keld Party"), are ORG; when a party
 * ("… Party") is among them and the list holds more organisations than places, its places in no list of
 * places are ORG too (three towns and two parties stay towns). Countries, states and listed towns stay
 * places, people with a listed given name stay people, and names typed by a rule keep their type.
 */
export const PARTY_HEAD_WORDS = new Set(["Party", "Parti", "Partei", "Partido", "Partito", "Partai", "Partia", "Partiya"]);
export function organisationLists(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  // Most documents hold no organisation ending in a head word: nothing to do.
  if (!spans.some((s) => s.type === "ORG" && (PARTY_HEAD_WORDS.has(w[s.j - 1]) || (s.j - s.i >= 2 && ORG_HEAD_SET.has(w[s.j - 1]))))) return spans;
  // Last words of the people named in two or more words, built on first need.
  let known: Set<string> | null = null;
  const surnames = () => (known ??= new Set(spans.filter((s) => s.type === "PERSON" && s.j - s.i >= 2).map((s) => w[s.j - 1])));
  let start = 0;
  while (start < spans.length) {
    let end = start + 1;
    while (end < spans.length && separates(tok, spans[end - 1].j, spans[end].i)) end++;
    if (end - start >= LIST_MIN) {
      const items = spans.slice(start, end);
      const party = items.some((s) => s.type === "ORG" && PARTY_HEAD_WORDS.has(w[s.j - 1]));
      const orgs = items.filter((s) => s.type === "ORG").length;
      const people = items.filter((s) => s.type === "PERSON").length;
      const places = items.filter((s) => s.type === "GPE" || s.type === "LOC").length;
      if (orgs > people && (party || items.some((s) => s.type === "ORG" && s.j - s.i >= 2 && ORG_HEAD_SET.has(w[s.j - 1])))) {
        for (const s of items) {
          if (s.rule !== "entities/model" || s.j - s.i > 3) continue;
          // "General Ann Velmor", "A. B. Tarrow": a title or an initial says person.
          const person = (s.i > 0 && isTitle(w[s.i - 1])) || w.slice(s.i, s.j).some((t) => /^\p{Lu}\.?$/u.test(t));
          if (s.type === "PERSON" && !GIVEN_NAME_SET.has(w[s.i]) && !person && !(s.j - s.i === 1 && surnames().has(w[s.i]))) {
            s.type = "ORG";
            s.rule = "entities/list";
          } else if (party && orgs > places && (s.type === "GPE" || s.type === "LOC") && !isListedPlace(tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]))) {
            s.type = "ORG";
            s.rule = "entities/list";
          }
        }
      }
    }
    start = end;
  }
  return spans;
}
