/**
 * Post-decoding rules for election, parliament and campaign copy (issue 19 round 11): constituencies
 * named by their cue, a party's name run on into a coalition or an office word, two organisations
 * coordinated inside one span, campaigns named by an imperative,
 * offices and portfolios read as organisations. Each function is commented with its family; they run after the
 * span retyper (tagger.ts POST_RULES), so the retyper's training is unchanged.
 */
import { isCapitalised } from "./features.ts";
import { commonWordClass, COUNTRY_OR_STATE_SET, GIVEN_NAME_SET, isListedPlace, isTitle, NAME_TAGS, ORG_HEAD_SET, ORG_PHRASES } from "./lexicon.ts";
import { PARTY_NICKNAMES } from "./data/gazetteers.ts";
import { PARTY_HEAD_WORDS } from "./rules-lists.ts";
import { glued, lineBreakBefore, SpanEdits, type TokenSpan } from "./spans.ts";
import type { Tokens } from "./tokens.ts";
import { capitalisedFunctionWords } from "../common/function-words.ts";

/** A capitalised word with a letter, not a function word opening a sentence ("The", "In"). */
function nameLike(w: string): boolean {
  return isCapitalised(w) && /\p{L}/u.test(w) && !CUE_STOPS.has(w);
}
/** Sentence openers that stop a cue (stages/common/function-words.ts, its cue column, capitalised). */
const CUE_STOPS = capitalisedFunctionWords("cue");
/** Dashes that join the parts of a constituency's name ("Velmor–Keld Harbour", "North Tarrow - Quell"). */
const NAME_DASHES = new Set(["-", "–", "—"]);

/**
 * End of a constituency's name opening at k: up to four capitalised words glued together, parts
 * joined by a dash (spaced or not: "Velmor - Keld - Dunmore"), at most four parts; k when none.
 */
function constituencyEnd(tok: Tokens, k: number): number {
  const w = tok.words;
  let j = k;
  let parts = 0;
  while (parts < 4) {
    let e = j;
    while (e < w.length && e - j < 4 && nameLike(w[e]) && (e === j || glued(tok, e))) e++;
    if (e === j) break;
    j = e;
    parts++;
    // A name never crosses a line break, nor does the dash joining its parts.
    if (!(j + 1 < w.length && NAME_DASHES.has(w[j]) && nameLike(w[j + 1]) && !lineBreakBefore(tok, j) && !lineBreakBefore(tok, j + 1))) break;
    j++;
  }
  // A trailing dash with no part after it is not the name's.
  return j > k && NAME_DASHES.has(w[j - 1]) ? j - 1 : j;
}

/**
 * Family: electoral constituencies named by their cue (election results, MPs' biographies,
 * parliament reports): "the riding of X", "the constituency of X", "the seat of X", "MP for X",
 * "Member of Parliament for X", "MLA for X" ("Parliament for" only after "Member(s) of": MPs vote
 * in Parliament for a deal). The name there is a place (CrossNER, UNER and
 * WikiGold tag constituencies as places), though it often looks like a person's name ("Keld
 * Harbour", "Tarrow") or reads as a party's ("Quell - Lakeside"); a compass word or a dash
 * belongs to it ("North X", "X - Y"). A PERSON, ORG or MISC span inside the name, or an untagged
 * name, becomes one GPE; a span reaching beyond the name, an organisation ending in a head word
 * ("MP for the Velmor Party" has "the" anyway) or a place the model found is left alone, and so are
 * a person opening with a listed given name ("the seat of Ann Velmor"), a listed organisation, a party's
 * nickname or a name ending in capitals ("MP for the VLP"), and one ordinary word ("the seat of
 * Government"). The cue is
 * context evidence for document consistency (rule `entities/place-context`).
 */
const CONSTITUENCY_CUES_OF = new Set(["riding", "constituency", "electorate", "seat", "ridings", "constituencies"]);
/** Members' titles after their party or before their seat (MP, MLA, MSP…); "TD" is no cue alone (a touchdown in sports copy). */
const MEMBER_TITLE_WORDS = ["MP", "MPs", "MLA", "MLAs", "MSP", "MSPs", "MPP", "MPPs", "MHA", "MNA"];
const MEMBER_TITLES = new Set([...MEMBER_TITLE_WORDS, "Parliament"]);
export function constituencies(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let out: SpanEdits | null = null;
  for (let k = 2; k < w.length; k++) {
    const prev = w[k - 1];
    // "the riding of X", "the seat of X"; "MP for X", "Member of Parliament for X".
    const cue = (prev === "of" && CONSTITUENCY_CUES_OF.has(w[k - 2]) && (w[k - 2] !== "seat" || k >= 3 && (w[k - 3] === "the" || w[k - 3] === "his" || w[k - 3] === "her")))
      || (prev === "for" && MEMBER_TITLES.has(w[k - 2]) && (w[k - 2] !== "Parliament" || (k >= 4 && w[k - 3] === "of" && /^Members?$/.test(w[k - 4]))));
    // "elected to the seat of Governor X": a person's seat, not a constituency.
    if (!cue || !nameLike(w[k]) || !glued(tok, k) || isTitle(w[k])) continue;
    const j = constituencyEnd(tok, k);
    if (j === k) continue;
    out ??= new SpanEdits(spans, w.length);
    // Every span touching [k, j) must lie inside it and be a type the cue may correct.
    let ok = true;
    let place: TokenSpan | undefined;
    for (let t = k; t < j && ok; t++) {
      const s = out.at(t);
      if (!s) continue;
      if (s.i < k || s.j > j) ok = false;
      else if (s.type === "ORG" && ORG_HEAD_SET.has(w[s.j - 1])) ok = false;
      else if (s.type === "ORG" && (ORG_PHRASES.has(tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1])) || PARTY_NICKNAMES.includes(tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1])) || /\p{Lu}{2}/u.test(w[s.j - 1]))) ok = false;
      else if (s.type === "PERSON" && s.j - s.i >= 2 && GIVEN_NAME_SET.has(w[s.i])) ok = false;
      else if ((s.type === "GPE" || s.type === "LOC") && s.i === k && s.j === j) place = s;
    }
    if (!ok) continue;
    if (place) {
      if (place.rule === "entities/model") place.rule = "entities/place-context";
      continue;
    }
    // One listed place alone is the model's to type (a country after "seat of" may be a GPE or a LOC).
    if (j - k === 1 && isListedPlace(w[k])) continue;
    if (j - k === 1 && !out.at(k) && commonWordClass(w[k].toLowerCase()) !== null) continue;
    out.replace({ i: k, j, type: "GPE", confidence: 0.6, rule: "entities/place-context" });
    k = j - 1;
  }
  return out ? out.result() : spans;
}

/**
 * Family: a party's name run on into a coalition or an office word (election and parliament copy):
 * "the Velmor Party Coalition", "the Liberal Party of Velmoria - National Party of Velmoria
 * Coalition government", "a Velmor Party Member of Parliament", "Labour MP", "Anna Velmor MP".
 * The model reads the coalition or the seat as part of the name; the gold of every set names the
 * party alone (the coalition of two parties is no name of its own, the MP a person). An ORG span
 * ending in Coalition (and Government), Member(s) of Parliament or a member's title (MP, MLA, MSP…)
 * right after a party's head word ("Party", or "Party of X") or a one-word party name is cut back to
 * the party; two parties joined by a dash or a slash inside it become two ORGs. A PERSON span
 * ending in a member's title gives it back. "National Coalition" (no party head before) and names
 * of coalitions that are parties ("the Velmor Coalition Party") keep their words.
 */
const PARTY_HEADS = new Set([...PARTY_HEAD_WORDS, "Labour", "Labor"]);
const TRAILER_TITLES = new Set([...MEMBER_TITLE_WORDS, "MEP", "MEPs"]);
/** Start of the coalition or office words ending span [i, j), or j when it ends in none. */
function trailerStart(w: readonly string[], i: number, j: number): number {
  const last = w[j - 1];
  if (TRAILER_TITLES.has(last)) return j - 1;
  if (last === "Coalition") return j - 1;
  if ((last === "Government" || last === "government") && j - 2 > i && w[j - 2] === "Coalition") return j - 2;
  if (last === "Parliament" && j - 3 > i && w[j - 2] === "of" && (w[j - 3] === "Member" || w[j - 3] === "Members")) return j - 3;
  return j;
}
/** Does [i, e) end a party's name: "… Party", "… Party of X Y", or one capitalised word before a member's title? */
function endsParty(w: readonly string[], i: number, e: number, title: boolean): boolean {
  if (PARTY_HEADS.has(w[e - 1])) return true;
  // Round 12: before a member's title any body's head word ends the name ("both Keld Union MPs").
  if (title && CLOSING_HEADS.has(w[e - 1])) return true;
  for (let t = e - 2; t >= i && t >= e - 4; t--) if (w[t] === "of" && t - 1 >= i && PARTY_HEADS.has(w[t - 1])) return true;
  return title && e - i === 1 && isCapitalised(w[i]);
}
export function partyTrailers(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let changed = false;
  const out: TokenSpan[] = [];
  for (const s of spans) {
    if (s.type !== "ORG" && s.type !== "PERSON") {
      out.push(s);
      continue;
    }
    const e = trailerStart(w, s.i, s.j);
    const title = e === s.j - 1 && TRAILER_TITLES.has(w[e]);
    if (e === s.j || e <= s.i || (s.type === "PERSON" && !title) || (s.type === "ORG" && !endsParty(w, s.i, e, title))) {
      out.push(s);
      continue;
    }
    changed = true;
    // Round 12: "an Independent MP" stood for no party: nothing is left to name.
    if (s.type === "ORG" && title && e - s.i === 1 && w[s.i] === "Independent") continue;
    if (s.type === "PERSON") {
      // Round 12: an acronym before the title is the member's party ("all VLP MPs"), not a person.
      const acronym = e - s.i === 1 && /^\p{Lu}{2,5}$/u.test(w[s.i]);
      out.push({ ...s, j: e, type: acronym ? "ORG" : s.type, rule: "entities/party-trailer" });
      continue;
    }
    // "X Party of A - Y Party of B": two parties of a coalition, split at the dash or slash.
    let split = -1;
    for (let t = s.i + 1; t < e - 1; t++) if ((NAME_DASHES.has(w[t]) || w[t] === "/") && endsParty(w, s.i, t, false) && endsParty(w, t + 1, e, false)) split = t;
    if (split < 0) out.push({ ...s, j: e, rule: "entities/party-trailer" });
    else out.push({ ...s, j: split, rule: "entities/party-trailer" }, { ...s, i: split + 1, j: e, rule: "entities/party-trailer" });
  }
  return changed ? out : spans;
}

/**
 * Family: two organisations coordinated inside one span ("Amnesty Velmor and Human Rights
 * Tarrow", "the Velmor Farmers Party and Harbour Party of Tarrow", "Velmor University and
 * University of Tarrow"; lists of parties, charities and universities). The model runs them into one
 * name. An ORG span with "and" inside, the words before it ending in an organisation's closing head
 * (Party, University, Society, International, Institute, Foundation, Association, Council, Committee,
 * League, Front, Movement, Union, Federation, Organisation…) and the words after it opening with a
 * capital and holding a head word of their own, is two ORGs. Names whose "and" joins subjects ("the
 * Society for Arts and Sciences": no head before "and") and business names ("X Bank and Trust
 * Company": Bank, Company and Group close no name here) stay whole.
 */
const CLOSING_HEADS = new Set([
  "Party", "University", "Society", "International", "Institute", "Institution", "Foundation", "Association", "Council",
  "Committee", "League", "Front", "Movement", "Union", "Federation", "Organisation", "Organization", "Academy", "Watch",
  "Alliance", "Congress", "Commission", "Conference", "Church", "College",
]);
export function splitCoordinatedOrgs(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let changed = false;
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let a = -1;
    if (s.type === "ORG" && s.j - s.i >= 5) for (let t = s.i + 2; t < s.j - 2; t++) if (w[t] === "and") { a = t; break; }
    if (a < 0 || !CLOSING_HEADS.has(w[a - 1]) || !isCapitalised(w[a + 1]) || CUE_STOPS.has(w[a + 1])) {
      out.push(s);
      continue;
    }
    let head = false;
    for (let t = a + 1; t < s.j; t++) if (CLOSING_HEADS.has(w[t]) || ORG_HEAD_SET.has(w[t])) head = true;
    if (!head) {
      out.push(s);
      continue;
    }
    changed = true;
    out.push({ ...s, j: a, rule: "entities/org-split" }, { ...s, i: a + 1, rule: "entities/org-split" });
  }
  return changed ? out : spans;
}

/**
 * Family: campaigns and charities named by an imperative ("Stop the Velmor War Coalition", "Save the
 * Tarrow Fund", "Protect the Quell Trust"; protest and charity news). The model tags the name after
 * "the" only. An ORG span right after "the" and a capitalised campaign verb in the middle of a sentence
 * takes both in; a capitalised verb at a sentence start is ordinary capitalisation and stays out.
 */
const CAMPAIGN_VERBS = new Set(["Stop", "Save", "Unite", "Free", "Protect", "Defend", "Reclaim", "Rock", "Fight", "End", "Ban", "Keep", "Feed", "Heal", "Scrap"]);
export function campaignImperatives(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  for (let x = 0; x < spans.length; x++) {
    const s = spans[x];
    const v = s.i - 2;
    if (s.type !== "ORG" || v < 0 || w[s.i - 1] !== "the" || !CAMPAIGN_VERBS.has(w[v]) || tok.sentenceStart[v] || !glued(tok, s.i) || !glued(tok, s.i - 1)) continue;
    if (x > 0 && spans[x - 1].j > v) continue;
    s.i = v;
    s.rule = "entities/org-campaign";
  }
  return spans;
}

/**
 * Family: offices and portfolios read as organisations (government and parliament copy): "former
 * National Velmor Adviser Ann Tarrow", "the Minister of Foreign Affairs", "Secretary for Rural Affairs".
 * An office is no organisation in any set (the office holder is a person, the ministry an ORG). An ORG
 * span of the model's ending in an office noun (Adviser, Secretary, Minister, Director, Spokesman…), with
 * no organisation head word inside ("the Velmor Party Leader", "Office of the Mayor" stay), is dropped;
 * so is a span right after "Minister / Secretary / Commissioner of (the) / for (the)" with no head word
 * and no listed organisation whose words are all ordinary words, none in capitals: the portfolio, not a
 * body ("the Minister of the Interior Ministry", "Commissioner of the VFL", "Secretary of Velmor Unite" keep it).
 * Round 12: the same ordinary words cut off "Adviser" right after them ("the National Security Adviser")
 * are dropped too (before other office nouns they name a body: "Federal Reserve Chairman", "Treasury
 * Secretary" keep their ORG), and "General Secretary of X" is a union's or a party's office, so X stays.
 */
const OFFICE_NOUNS = new Set([
  "Adviser", "Advisor", "Secretary", "Minister", "Chairman", "Chairwoman", "Chairperson", "Director", "Spokesman", "Spokeswoman",
  "Spokesperson", "Commissioner", "Coordinator", "Ambassador", "Envoy",
]);
const ADVISER_NOUNS = new Set(["Adviser", "Advisor"]);
/**
 * Round 15, narrowed in round 16: ordinary words before the singular "Minister" when a capitalised name follows (a title
 * before a person: "Energy Minister Ann Velmor", "the Water and Forestry Minister Keld Dorra") are the portfolio. The
 * plural ("Green Ministers", "Labour and Unionist Ministers") names a party's ministers, so it is left alone, and so is
 * "Minister" with no name after it.
 */
function ministerBeforeName(tok: Tokens, o: number): boolean {
  const w = tok.words;
  return o + 1 < w.length && w[o] === "Minister" && glued(tok, o) && /^\p{Lu}\p{Ll}/u.test(w[o + 1]) && !isTitle(w[o + 1]) && !CUE_STOPS.has(w[o + 1]);
}
/** A party's name or nickname, or a name ending in a plural: "the Greens and Velmor Minister X" keeps its party. */
function partyLike(w: readonly string[], s: TokenSpan): boolean {
  const last = w[s.j - 1];
  return PARTY_SET.has(w.slice(s.i, s.j).join(" ")) || (last.length > 3 && /\p{Ll}s$/u.test(last) && !/ss$/.test(last));
}
const PARTY_SET: ReadonlySet<string> = new Set(PARTY_NICKNAMES);
const PORTFOLIO_HOLDERS = new Set(["Minister", "Secretary", "Commissioner", "Ministers", "Secretaries", "Commissioners"]);
export function officesNotOrganisations(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const headInside = (s: TokenSpan) => {
    for (let t = s.i; t < s.j; t++) if (ORG_HEAD_SET.has(w[t]) || CLOSING_HEADS.has(w[t])) return true;
    return false;
  };
  const portfolio = (s: TokenSpan) => {
    let k = s.i - 1;
    if (k >= 0 && w[k] === "the") k--;
    // Round 12: "General Secretary of X" names an office of a union or a party, not a government portfolio.
    return k >= 1 && (w[k] === "of" || w[k] === "for") && PORTFOLIO_HOLDERS.has(w[k - 1]) && !(k >= 2 && w[k - 2] === "General");
  };
  let drop: Set<TokenSpan> | null = null;
  for (const s of spans) {
    if (s.type !== "ORG" || s.rule !== "entities/model") continue;
    // Round 15: lower-case linking words inside ("State for Health", "Trade and Industry") are no name words either.
    const ordinary = () => { for (let t = s.i; t < s.j; t++) if (!/^\p{Ll}/u.test(w[t]) && (/^\p{Lu}{2,}/u.test(w[t]) || commonWordClass(w[t].toLowerCase()) === null)) return false; return true; };
    // Round 12: ordinary words cut off "Adviser" after them ("the National Security Adviser") are its portfolio too.
    // Only an adviser's: before Chairman or Secretary ordinary words name a body ("Federal Reserve Chairman X").
    // Round 15: also before "Minister" and a name, across a coordinated second portfolio ("Water and Forestry Minister X").
    let o = s.j;
    if (o + 1 < w.length && w[o] === "and") {
      o++;
      while (o < w.length && o - s.j < 4 && /^\p{Lu}\p{Ll}+$/u.test(w[o]) && w[o] !== "Minister" && commonWordClass(w[o].toLowerCase()) !== null) o++;
      if (o === s.j + 1) o = s.j;
    }
    const beforeOffice = (s.j < w.length && ADVISER_NOUNS.has(w[s.j]) && glued(tok, s.j)) || (ministerBeforeName(tok, o) && !partyLike(w, s));
    const office = (s.j - s.i >= 2 && OFFICE_NOUNS.has(w[s.j - 1])) || ((portfolio(s) || beforeOffice) && !ORG_PHRASES.has(tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1])) && ordinary());
    if (office && !headInside(s)) (drop ??= new Set()).add(s);
  }
  return drop === null ? spans : spans.filter((s) => !drop.has(s));
}


/**
 * Round 12, family: a party named right before its candidate ("the Velmor First candidate Ann Brill", "two Tarrow
 * candidates", "the Keld nominee"; election copy). A name glued before "candidate(s)" or "nominee(s)" is the party
 * that fields them (CrossNER train and dev: 44 of 47 such names are ORG, none a person or a place); the model reads
 * coined or foreign party names there as people or places. A PERSON, GPE or LOC span there is an ORG, unless it is a
 * listed place ("an Ohio candidate", "a Leeds candidate"), a person named by one word ("the Velmor nominee": a
 * leader's nominee, common in US news) or a person named with a listed given name ("Ann Brill candidate").
 */
const CANDIDATE_NOUNS = new Set(["candidate", "candidates", "nominee", "nominees"]);
export function partiesBeforeCandidates(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  for (const s of spans) {
    if (s.j >= w.length || !CANDIDATE_NOUNS.has(w[s.j]) || !glued(tok, s.j)) continue;
    if (s.type !== "PERSON" && s.type !== "GPE" && s.type !== "LOC") continue;
    const surface = tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]);
    if (COUNTRY_OR_STATE_SET.has(surface) || isListedPlace(surface)) continue;
    if (s.type === "PERSON" && (s.j - s.i < 2 || GIVEN_NAME_SET.has(w[s.i]))) continue;
    s.type = "ORG";
    s.rule = "entities/party-candidate";
  }
  return spans;
}

/**
 * Family: a party or a company named together with its leader by a possessive ("Velmor's Dravist won a fourth term",
 * "Keld's Orvantix cut jobs"; politics and business news). The model reads the one-word name after a person's
 * possessive as another person. A one-word PERSON span right after "<PERSON>'s" (or "<PERSON>'") is an ORG, unless
 * it is a listed given name or surname ("Velmor's Anna", a relative; "Velmor's Harris", a running mate), an ordinary
 * English word ("Velmor's Hamlet", a work), a listed place, or a capitalised word follows (a full name: "Velmor's Anna
 * Keld"). An author's character or a director's work has the same shape ("Doyle's Moriarty", "Gerwig's Barbie"): the
 * name must be a listed party or organisation, or an ORG span elsewhere in the document (alone or before a party
 * head: "the Dravist Party").
 */
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'", "’"]);
export function organisationsOfLeaders(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let docOrgs: Set<string> | null = null;
  for (let k = 1; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== "PERSON" || s.j - s.i !== 1 || s.rule !== "entities/model") continue;
    const owner = spans[k - 1];
    if (owner.type !== "PERSON") continue;
    const gap = s.i - owner.j;
    const possessive = (gap === 2 && POSSESSIVE_MARKS.has(w[owner.j]) && w[owner.j + 1] === "s") || (gap === 1 && POSSESSIVE_MARKS.has(w[owner.j]) && w[owner.j - 1].endsWith("s"));
    if (!possessive) continue;
    const word = w[s.i];
    if (GIVEN_NAME_SET.has(word) || isListedPlace(word) || !/^\p{Lu}/u.test(word) || commonWordClass(word.toLowerCase()) !== null) continue;
    const tags = NAME_TAGS.get(word);
    if (tags && tags.some((t) => t === "nl=GIVEN" || t === "nl=SURNAME" || t === "nl=PER")) continue;
    if (s.j < w.length && isCapitalised(w[s.j]) && glued(tok, s.j)) continue;
    if (docOrgs === null) {
      docOrgs = new Set();
      for (const o of spans) {
        if (o.type !== "ORG") continue;
        docOrgs.add(tok.text.slice(tok.starts[o.i], tok.ends[o.j - 1]));
        // "the Dravist Party" names "Dravist" too.
        if (o.j - o.i === 2 && PARTY_HEAD_WORDS.has(w[o.j - 1])) docOrgs.add(w[o.i]);
      }
    }
    if (!PARTY_SET.has(word) && !ORG_PHRASES.has(word) && !docOrgs.has(word)) continue;
    s.type = "ORG";
    s.rule = "entities/leader-org";
  }
  return spans;
}
