/**
 * Post-decoding rules for news outside politics: wire datelines, sports
 * results and tables, company suffixes, things that are not people, and small
 * places named by their context. Each is a generic rule over the tokens and the
 * tagger's spans (tagger.ts calls them in its ordered list); every one is
 * linear in the document (bounded look-around per token or per line).
 */
import { CALENDAR_SET, commonWordClass, COUNTRY_OR_STATE_SET, GIVEN_NAME_SET, isListedPlace, isTitle, GPE_PHRASES, LOC_PHRASES, NAME_TAGS, NOT_NAME_START_SET, NORP_WORDS, ORG_HEAD_SET, ORG_PHRASES } from "./lexicon.ts";
import { isCapitalised } from "./features.ts";
import { isAllCaps } from "./casing.ts";
import { glued, lineBreakBefore, SpanEdits, type TokenSpan } from "./spans.ts";
import type { Tokens } from "./tokens.ts";
import { functionWords } from "../common/function-words.ts";

const isNumber = (w: string) => /^\d{1,3}$/.test(w);

/** A name-like word: capitalised, not a calendar word, not a function word. */
function nameWord(w: string): boolean {
  return isCapitalised(w) && !CALENDAR_SET.has(w) && !NOT_NAME_START_SET.has(w.toLowerCase()) && /\p{L}/u.test(w);
}

/** End of the run of name-like words glued together from token k (at most `max`), k when there is none. */
function nameRun(tok: Tokens, k: number, max: number): number {
  const w = tok.words;
  let j = k;
  for (;;) {
    if (j < w.length && j - k < max && nameWord(w[j]) && (j === k || glued(tok, j))) j++;
    // "AL-AIN", "Stoke-on-Trent": a hyphen written without spaces stays inside the name.
    else if (j > k && j + 1 < w.length && w[j] === "-" && tok.starts[j] === tok.ends[j - 1] && tok.starts[j + 1] === tok.ends[j] && /\p{L}/u.test(w[j + 1])) j += 2;
    else break;
  }
  return j;
}

/**
 * Family: wire datelines. "LONDON (Reuters) -", "WASHINGTON —", "SPRINGFIELD,
 * Ill. (AP) --", and a place alone before the date on its own line ("PARIS
 * 1996-08-30"): the words in capitals that open a line, before an agency in
 * brackets, a dash or a date, name the place the story was filed from: a GPE,
 * whatever the model made of them (never an ORG, never cut short). A second
 * part after a comma (a state or country) is a GPE too. `original` is the text
 * as written, since the tagger reads its all-caps words re-cased.
 */
export function datelinePlaces(tok: Tokens, spans: TokenSpan[], original: string): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  const out = new SpanEdits(spans, n);
  for (let k = 0; k < n; k++) {
    if (k > 0 && !lineBreakBefore(tok, k)) continue;
    const a = nameRun(tok, k, 4);
    if (a === k) continue;
    const caps = isAllCaps(original.slice(tok.starts[k], tok.ends[a - 1]).replace(/[\s.'’-]/g, ""));
    const parts: [number, number][] = [[k, a]];
    let x = a;
    // "SPRINGFIELD, Ill." / "GAZA CITY, Palestinian Territories"
    if (x + 1 < n && w[x] === "," && glued(tok, x + 1)) {
      const b = nameRun(tok, x + 1, 3);
      if (b > x + 1) {
        parts.push([x + 1, b]);
        x = b;
      }
    }
    let dateline = false;
    if (x < n && w[x] === "(" && glued(tok, x)) {
      // An agency in brackets, then a dash: "(Reuters) -", "(AP) —".
      const close = nameRun(tok, x + 1, 3);
      dateline = close > x + 1 && close + 1 < n && w[close] === ")" && /^[-—–]$/.test(w[close + 1]) && !lineBreakBefore(tok, close + 1);
    } else if (x < n && /^[—–]$/.test(w[x]) && glued(tok, x)) dateline = caps || x > a;
    else if (caps && x + 2 < n && w[x] === "-" && glued(tok, x) && w[x + 1] === "-" && w[x + 2] !== "-") dateline = true; // "--"
    else if (x < n && w[x] === "-" && caps && x + 1 < n && isCapitalised(w[x + 1]) && tok.starts[x + 1] > tok.ends[x]) dateline = true;
    else if (caps && x < n && /^\d{4}$/.test(w[x]) && glued(tok, x)) {
      // "PARIS 1996-08-30" alone on its line.
      let y = x;
      while (y < n && !lineBreakBefore(tok, y === x ? x : y) && /^(?:\d+|[-/.])$/.test(w[y])) y++;
      dateline = y === n || lineBreakBefore(tok, y);
    }
    if (!dateline) continue;
    // A listed organisation ("REUTERS -") or a people ("ENGLISH -") is not a dateline.
    const first = original.slice(tok.starts[k], tok.ends[a - 1]);
    const surface = tok.text.slice(tok.starts[k], tok.ends[a - 1]);
    if (ORG_PHRASES.has(first) || ORG_PHRASES.has(surface) || NORP_WORDS.has(surface)) continue;
    // A section label ("SOCCER -", "WORLD NEWS -") is made of ordinary words.
    let ordinary = true;
    for (let t = k; t < a && ordinary; t++) ordinary = w[t] === "-" || commonWordClass(w[t].toLowerCase()) === "common";
    if (ordinary && !GPE_PHRASES.has(surface)) continue;
    for (const [i, j] of parts) out.replace({ i, j, type: "GPE", confidence: 0.9, rule: "entities/dateline" });
  }
  return out.result();
}

/**
 * Family: sports results and league tables. "Leeds 2 Hull 1" (a name and a
 * score, twice on one line) and "Barnsley 5 4 1 0 10 3 13" (a name opening a
 * line, then three or more numbers) name teams: clubs named after their town
 * are organisations there, so a place (or an untagged name) becomes an ORG.
 * Countries and states keep their type (a national team is written as its country), and
 * people keep theirs (golf and athletics tables list players).
 */
export function teamsInResults(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  const out = new SpanEdits(spans, n);
  // A results line is certain enough to overrule the model's spans there, people included;
  // a table row keeps a person (athletics and golf tables list players).
  const team = (i: number, j: number, results: boolean) => {
    const surface = tok.text.slice(tok.starts[i], tok.ends[j - 1]);
    if (COUNTRY_OR_STATE_SET.has(surface)) return;
    const s = out.startingAt(i);
    if (s && s.j === j && (s.type === "ORG" || (!results && (s.type === "PERSON" || s.type === "MISC")))) return;
    if (!s && j - i === 1 && commonWordClass(w[i].toLowerCase()) === "common") return;
    out.replace({ i, j, type: "ORG", confidence: s ? s.confidence : 0.7, rule: "entities/team-results" });
  };
  for (let k = 0; k < n; k++) {
    // Both patterns open a line.
    if (k > 0 && !lineBreakBefore(tok, k)) continue;
    const a = nameRun(tok, k, 4);
    if (a === k || a >= n || !isNumber(w[a]) || lineBreakBefore(tok, a)) continue;
    const lineEnd = (y: number) => y === n || lineBreakBefore(tok, y);
    // "Leeds 2 Hull 1": a name, a score, a name, a score, and the line ends.
    const b = lineEnd(a + 1) ? a + 1 : nameRun(tok, a + 1, 4);
    if (b > a + 1 && b < n && isNumber(w[b]) && !lineBreakBefore(tok, b) && lineEnd(b + 1)) {
      team(k, a, true);
      team(a + 1, b, true);
      continue;
    }
    // "Barnsley 5 4 1 0 10 3 13": a name, then only numbers.
    let y = a;
    let numbers = 0;
    while (!lineEnd(y) || y === a) {
      if (isNumber(w[y])) numbers++;
      else if (w[y] !== "-") break;
      y++;
    }
    if (numbers >= 3 && lineEnd(y)) team(k, a, false);
  }
  return out.result();
}

/**
 * Family: sports reports and fixtures. A place the model found right after "beat",
 * "defeated", "drew with", "lost to", "signed for", "played for", "on loan
 * at"…, right before "beat"/"defeated"/"drew", or on either side of "v"/"vs"
 * ("Velmor v Tarrow"), "played with", "signed with", "26 games for", and the
 * next town of the same list ("played with Velmor and Tarrow"), is a team: a club named after
 * its town is an ORG there ("Leeds beat Hull", "he signed for Hull"). Countries and states
 * keep their type (national teams read as countries in every corpus), and
 * moves of people ("moved to Leeds") are not sports words here.
 */
const TEAM_OBJECT_BEFORE = ["beat", "beating", "beats", "defeated", "defeating", "thrashed", "edged", "routed", "overcame", "eliminated", "knocked out"];
const TEAM_OBJECT_BEFORE_2 = ["drew with", "draw with", "lost to", "losing to", "signed for", "signing for", "played for", "plays for", "playing for", "loan at", "loan from", "loan to", "debut for", "captained", "coached", "managed",
  "played with", "plays with", "playing with", "signed with", "signs with", "signing with", "games for", "appearances for", "goals for", "matches for"];
const TEAM_SUBJECT_AFTER = new Set(["beat", "defeated", "thrashed", "drew", "edged", "routed", "overcame", "eliminated", "v", "vs", "vs.", "versus"]);
/** Fixtures: "Velmor v Tarrow", "Velmor vs. Tarrow". */
const FIXTURE_WORDS = new Set(["v", "vs", "vs.", "versus"]);
/**
 * In a document about a team sport (SPORT_DOC_MIN of SPORT_WORDS used), more
 * cues name teams: a town right before "won", "lost", "finished", "scored"…,
 * or right after "against", "faced", "hosted", "host", "visit"….
 */
const SPORT_WORDS = new Set([
  "season", "seasons", "league", "coach", "coached", "championship", "championships", "playoff", "playoffs", "match", "matches",
  "goal", "goals", "scored", "team", "teams", "game", "games", "cup", "fixture", "fixtures", "tournament", "club", "clubs",
  "striker", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher", "innings", "wicket", "wickets", "touchdown", "stadium",
  "semi-final", "semifinal", "final", "finals", "squad", "draft", "points", "win", "wins", "won", "defeat", "defeats", "victory",
]);
const SPORT_DOC_MIN = 6;
const SPORT_SUBJECT_AFTER = new Set(["won", "lost", "finished", "scored", "clinched", "trailed", "conceded", "hosted", "advanced", "qualified", "wins", "loses", "finishes", "scores"]);
const SPORT_OBJECT_BEFORE = new Set(["against", "faced", "facing", "face", "hosted", "hosting", "host", "hosts", "visit", "visited", "visiting", "visits"]);
/** Per tokenisation (two rules ask): is the document about a team sport? */
const SPORT_DOCUMENT = new WeakMap<Tokens, boolean>();
export function isSportDocument(tok: Tokens): boolean {
  let v = SPORT_DOCUMENT.get(tok);
  if (v !== undefined) return v;
  const seen = new Set<string>();
  v = false;
  for (const x of tok.words) {
    // The listed words are lower case; only a capitalised word needs lowering ("Season").
    const c = x.charCodeAt(0);
    const l = c >= 65 && c <= 90 ? x.toLowerCase() : x;
    if (SPORT_WORDS.has(l)) seen.add(l);
    if (seen.size >= SPORT_DOC_MIN) {
      v = true;
      break;
    }
  }
  SPORT_DOCUMENT.set(tok, v);
  return v;
}
export function teamsInReports(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const sport = isSportDocument(tok);
  let lastTeam: TokenSpan | null = null;
  for (const s of spans) {
    if (s.type !== "GPE" && s.type !== "LOC" && !(s.type === "NORP" && isTeamNickname(tok, s))) continue;
    const surface = tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]);
    if (COUNTRY_OR_STATE_SET.has(surface)) continue;
    // "played with Velmor and Tarrow": the next town in the same list is a team too.
    if (lastTeam && lastTeam.j + 1 === s.i && (w[lastTeam.j] === "and" || w[lastTeam.j] === ",")) {
      s.type = "ORG";
      s.rule = "entities/team-report";
      lastTeam = s;
      continue;
    }
    let k = s.i - 1;
    if (k >= 0 && w[k] === "the") k--;
    const p1 = k >= 0 ? w[k].toLowerCase() : "";
    const p2 = k >= 1 ? w[k - 1].toLowerCase() + " " + p1 : "";
    const after = s.j < w.length ? w[s.j] : "";
    const fixture = s.i > 0 && FIXTURE_WORDS.has(w[s.i - 1]);
    const sportCue = sport && s.rule === "entities/model" && (SPORT_SUBJECT_AFTER.has(after) || SPORT_OBJECT_BEFORE.has(p1));
    if (sportCue || fixture || TEAM_OBJECT_BEFORE.includes(p1) || TEAM_OBJECT_BEFORE.includes(p2) || TEAM_OBJECT_BEFORE_2.includes(p2) || TEAM_SUBJECT_AFTER.has(after)) {
      s.type = "ORG";
      s.rule = "entities/team-report";
      lastTeam = s;
    }
  }
  return spans;
}

/**
 * Family: teams called by their nickname. In a document about a team sport
 * (isSportDocument), "the Bruins", "the Longhorns", "The Athletics": one
 * capitalised plural after "the", not followed by another name word and not
 * a people ("the Americans"), is a team, an ORG, whatever the model made of it
 * (the group-word rule reads such words as peoples elsewhere).
 */
export function teamsByNickname(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  if (!isSportDocument(tok)) return spans;
  const w = tok.words;
  const out = new SpanEdits(spans, w.length);
  for (let k = 1; k < w.length; k++) {
    if (w[k - 1].toLowerCase() !== "the" || !glued(tok, k) || !/^\p{Lu}\p{Ll}+s$/u.test(w[k]) || NORP_WORDS.has(w[k]) || CALENDAR_SET.has(w[k])) continue;
    if (k + 1 < w.length && glued(tok, k + 1) && isCapitalised(w[k + 1])) continue;
    const s = out.at(k);
    if (s && (s.i !== k || s.j !== k + 1)) continue;
    if (s) {
      if (s.type !== "ORG" && s.type !== "MISC") {
        s.type = "ORG";
        s.rule = "entities/team-nickname";
      }
    } else out.replace({ i: k, j: k + 1, type: "ORG", confidence: 0.6, rule: "entities/team-nickname" });
  }
  return out.result();
}

/**
 * Family: team names made of a town and a plural nickname ("Velmor Falcons",
 * "Tarrow Rhinos", "Bowling Green Hawks"): a place span made of a listed place
 * and a capitalised plural of an English noun that is not a place word
 * ("Falls", "Heights", "Islands"…) nor a people ("Kosovo Albanians") is a
 * team, an ORG. Person spans are never touched ("Sofia Reyes"). Round 5: the town may be
 * followed by two nickname words ("Velmor Sky Hawks"), and in a document about a team
 * sport the plural may be coined ("Tarrow Canucks").
 */
const PLACE_PLURALS = new Set([
  "Islands", "Isles", "Falls", "Heights", "Springs", "Hills", "Lakes", "Rapids", "Mountains", "Plains", "Woods",
  "Indies", "Keys", "Rocks", "Gardens", "Meadows", "Flats", "Downs", "Fields", "Cliffs", "Highlands", "Lowlands", "Territories",
  "States", "Emirates", "Provinces", "Shores", "Banks", "Forks", "Creeks", "Pines", "Oaks", "Palms", "Groves",
  "Sands", "Wells", "Mills", "Bridges", "Glades", "Narrows", "Marshes", "Dunes", "Valleys", "Ridges", "Estates",
  "Gates", "Towers", "Acres", "Cays", "Lands", "Waters", "Docks", "Quays", "Parks", "Hts", "Centres", "Centers",
  "Games", "Olympics", "Championships", "Awards", "Times", "News", "Affairs", "Forces", "Brothers", "Sisters",
  // Round 12: waters ("the Velmor and Tarrow Rivers").
  "Rivers", "Seas", "Bays", "Lochs",
]);
export function teamNicknames(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  for (const s of spans) {
    if (s.j - s.i < 2 || (s.type !== "GPE" && s.type !== "LOC")) continue;
    const last = w[s.j - 1];
    if (!/^\p{Lu}\p{Ll}+[^s]s$/u.test(last) || PLACE_PLURALS.has(last) || NORP_WORDS.has(last)) continue;
    // A nickname is a plural of an English noun ("Falcons", "Rhinos"); "Sofia Reyes" is a person.
    // In a document about a team sport a coined plural counts too ("Canucks").
    if (commonWordClass(last.toLowerCase()) === null && !(isSportDocument(tok) && !GIVEN_NAME_SET.has(last))) continue;
    const lastTags = NAME_TAGS.get(last) ?? NAME_TAGS.get(last.slice(0, -1));
    if (lastTags && lastTags.some((t) => t === "nl=PLACE" || t === "nl=NORP")) continue;
    // The town is the span's first one or two words: "Velmor Falcons", "Port Velmor Falcons", "Velmor Sky Hawks".
    if (!listedTownOpens(tok, s)) continue;
    s.type = "ORG";
    s.rule = "entities/team-nickname";
  }
  return spans;
}

/**
 * Round 8: towns named after a saint or a fort are in no list but are towns by their shape ("St. Velmor",
 * "Saint Tarrow", "Sainte Keld", "Fort Dunmore"): a saint or fort word and one capitalised word. "St." and "Ft."
 * are one token (tokens.ts ABBREVIATIONS); "Ste." is not, so only "Ste" without its dot is read.
 */
const TOWN_PREFIXES = new Set(["St.", "St", "Saint", "Ste", "Sainte", "Fort", "Ft."]);
function saintTown(tok: Tokens, i: number, e: number): boolean {
  return e - i === 2 && TOWN_PREFIXES.has(tok.words[i]) && isCapitalised(tok.words[i + 1]);
}

/** Does team span `s` open with a listed town (not a country or state) followed by one or two nickname words? */
function listedTownOpens(tok: Tokens, s: TokenSpan): boolean {
  for (let e = s.j - 1; e >= s.i + 1 && e >= s.j - 2; e--) {
    if (e - s.i > 2) continue;
    const town = tok.text.slice(tok.starts[s.i], tok.ends[e - 1]);
    if (COUNTRY_OR_STATE_SET.has(town)) return false;
    if (isListedPlace(town) || saintTown(tok, s.i, e)) {
      // A second nickname word is capitalised and no place word ("Velmor Sky Hawks", not "Velmor Springs Falls").
      return e === s.j - 1 || (isCapitalised(tok.words[e]) && !PLACE_PLURALS.has(tok.words[e]));
    }
  }
  return false;
}

/**
 * Family: wire sports headlines. A line opened by a team-sport slug ("SOCCER -",
 * "CRICKET -", "RUGBY LEAGUE -", "BASEBALL:") is about teams: a town the
 * model found there, other than a venue ("in Velmor", "at Tarrow"), is a team,
 * an ORG. Countries keep their type.
 */
const TEAM_SPORTS = new Set(["soccer", "football", "cricket", "rugby", "baseball", "basketball", "hockey", "volleyball", "handball", "nfl", "nba", "nhl", "mlb"]);
const VENUE_WORDS = new Set(["in", "at", "from", "to", "near", "into", "of"]);
export function teamsInSportsHeadlines(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  const sportsLine = new Uint8Array(n);
  for (let k = 0; k < n; ) {
    let j = k + 1;
    while (j < n && !lineBreakBefore(tok, j)) j++;
    if (sportSlug(w, k, j)) sportsLine.fill(1, k, j);
    k = j;
  }
  for (const s of spans) {
    if (!sportsLine[s.i] || (s.type !== "GPE" && s.type !== "LOC")) continue;
    if (COUNTRY_OR_STATE_SET.has(tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]))) continue;
    if (s.i > 0 && VENUE_WORDS.has(w[s.i - 1].toLowerCase())) continue;
    s.type = "ORG";
    s.rule = "entities/team-headline";
  }
  return spans;
}

/** Does the line [k, j) open with a team-sport slug ("Soccer -", "Ice hockey -", "Rugby league:")? */
function sportSlug(w: readonly string[], k: number, j: number): boolean {
  let x = k;
  if (x + 1 < j && !TEAM_SPORTS.has(w[x].toLowerCase())) x++;
  if (!TEAM_SPORTS.has(w[x].toLowerCase())) return false;
  let y = x + 1;
  while (y < j && y < x + 3 && /^\p{L}+$/u.test(w[y])) y++;
  return y < j && (w[y] === "-" || w[y] === ":" || w[y] === "—" || w[y] === "–");
}

/** "the Ravens": one plural capitalised word after "the" that no list knows as a people. */
function isTeamNickname(tok: Tokens, s: TokenSpan): boolean {
  const w = tok.words;
  return s.j - s.i === 1 && s.i > 0 && w[s.i - 1].toLowerCase() === "the" && /^\p{Lu}\p{Ll}+s$/u.test(w[s.i]) && !NORP_WORDS.has(w[s.i]);
}

/**
 * Family: company names with a legal-form suffix ("Velmor Inc", "Tarrow Ltd",
 * "Dunmore AG", "Brenta SpA", "Keld plc"): the suffix belongs to the name and
 * makes it an organisation, whatever the model made of the words before it; an
 * untagged capitalised run before a suffix is added as an ORG.
 */
const COMPANY_SUFFIXES = new Set([
  "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "L.L.C.", "LLP", "plc", "PLC", "Plc", "AG", "SpA", "S.p.A.", "GmbH", "Corp", "Corp.",
  "Co", "Co.", "NV", "N.V.", "BV", "B.V.", "SA", "S.A.", "SE", "AB", "ASA", "Oyj", "KK", "Pty", "Limited", "Incorporated",
]);
export function companySuffix(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  return joinSuffix(tok, spans, COMPANY_SUFFIXES, "entities/company-suffix");
}

/**
 * Round 11, family: a legal-form suffix standing alone after a comma ("Harbour Pilots Holdings, Inc. and others",
 * "Velmor, Inc banned …", "formed Tarrow Timberlands, LLC."; court papers, company news). The model tags the
 * suffix as a name of its own (an ORG, or a person with its dot); the sets name the company without it after a
 * comma, and a suffix alone names nothing. A span made only of a suffix (and its dot) is dropped.
 */
export function dropLoneSuffixes(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const lone = (s: TokenSpan) => s.i > 0 && w[s.i - 1] === "," && (s.type === "ORG" || s.type === "PERSON") && COMPANY_SUFFIXES.has(w[s.i]) && (s.j - s.i === 1 || (s.j - s.i === 2 && w[s.i + 1] === "."));
  return spans.some(lone) ? spans.filter((s) => !lone(s)) : spans;
}

/**
 * Family: club names. A name ending in a word that only clubs end in ("Velmor
 * United", "Tarrow Rovers", "Keld Athletic", "Dunmore FC") is a club, an ORG,
 * including the town before the word, which the model may have left out or
 * read as a place. Not before another capitalised word ("United States",
 * "United Nations").
 */
const CLUB_SUFFIXES = new Set(["United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "FC", "F.C.", "AFC", "A.F.C."]);
export function clubSuffix(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  return joinSuffix(tok, spans, CLUB_SUFFIXES, "entities/club-suffix");
}

/** A name before a suffix word of `suffixes` takes it in and becomes an ORG (companySuffix, clubSuffix). */
function joinSuffix(tok: Tokens, spans: TokenSpan[], suffixes: ReadonlySet<string>, rule: string): TokenSpan[] {
  const w = tok.words;
  const out = new SpanEdits(spans, w.length);
  for (let k = 1; k < w.length; k++) {
    if (!suffixes.has(w[k]) || !glued(tok, k) || !nameWord(w[k - 1])) continue;
    if (k + 1 < w.length && glued(tok, k + 1) && isCapitalised(w[k + 1]) && nameWord(w[k + 1])) continue;
    const covering = out.at(k);
    if (covering && covering.i < k) {
      if (covering.type !== "ORG") {
        covering.type = "ORG";
        covering.rule = rule;
      }
      continue;
    }
    const before = out.endingAt(k);
    if (before) {
      out.extend(before, before.i, covering ? covering.j : k + 1);
      before.type = "ORG";
      before.rule = rule;
      continue;
    }
    // "Co" and "SA" are also other words: only right after a name the model found.
    if (w[k] === "Co" || w[k] === "SA" || w[k] === "SE" || w[k] === "AB") continue;
    let i = k;
    while (i > 0 && k - i < 4 && nameWord(w[i - 1]) && glued(tok, i) && (!tok.sentenceStart[i] || w[i - 1] === "-")) i--;
    if (i === k || !out.free(i, k)) continue;
    out.replace({ i, j: covering ? covering.j : k + 1, type: "ORG", confidence: covering ? covering.confidence : 0.7, rule });
  }
  return out.result();
}

/**
 * Family: things named like people. Ships ("HMS Velmor", "the frigate
 * Tarrow"), software and online services ("via Zoom", "using Skype") and
 * products are not persons: a PERSON span there becomes MISC (never output).
 * A ship prefix joins the name.
 */
const SHIP_PREFIXES = new Set(["HMS", "USS", "RMS", "HMAS", "HMCS", "HMNZS", "INS", "MV", "SS", "RV", "USNS", "FS"]);
const THING_NOUNS = new Set([
  "ship", "warship", "frigate", "destroyer", "cruiser", "carrier", "submarine", "vessel", "tanker", "ferry", "yacht",
  "liner", "trawler", "freighter", "battleship", "corvette", "gunboat", "app", "software", "browser", "platform",
  "smartphone", "console", "chatbot", "robot", "rifle", "missile", "rocket", "satellite", "spacecraft", "probe",
]);
const THING_VERBS = new Set(["via", "using", "download", "downloaded", "installed", "aboard"]);
/**
 * Verbs of speaking or appearing by a link right before "via", at most one word between ("spoke via Vidlo", "testified
 * remotely via Vidlo", "called in via Vidlo"). There a one-word name the model read as a place is the service, not a
 * town on a route ("flew to Oslo via Keldby" takes no such verb), unless it is a listed place ("broadcast via
 * Luxembourg"). Verbs of reporting are no cue: "officials said aid arrived via Keldby" is a route told in speech.
 */
const MEDIUM_VERBS = new Set([
  "spoke", "speaking", "speaks", "talked", "talking", "talks", "appeared", "appearing", "appears", "joined", "joining",
  "joins", "testified", "testifying", "testifies", "addressed", "addressing", "addresses",
]);
const CALL_VERBS = new Set(["called", "calling", "calls"]);
function mediumBefore(w: readonly string[], via: number): boolean {
  const v1 = via >= 1 ? w[via - 1] : "";
  const v2 = via >= 2 ? w[via - 2] : "";
  return MEDIUM_VERBS.has(v1) || MEDIUM_VERBS.has(v2) || (v1 === "in" && CALL_VERBS.has(v2));
}
export function thingsNotPeople(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  for (const s of spans) {
    if ((s.type === "GPE" || s.type === "LOC") && s.j - s.i === 1 && s.i > 0 && w[s.i - 1] === "via" && mediumBefore(w, s.i - 1) && !isListedPlace(w[s.i]) && !LOC_PHRASES.has(w[s.i])) {
      s.type = "MISC";
      s.rule = "entities/thing";
      continue;
    }
    if (s.type !== "PERSON") continue;
    const prev = s.i > 0 ? w[s.i - 1] : "";
    if (SHIP_PREFIXES.has(prev) && glued(tok, s.i)) {
      s.i--;
      s.type = "MISC";
      s.rule = "entities/ship";
    } else if (SHIP_PREFIXES.has(w[s.i]) && s.j - s.i > 1) {
      s.type = "MISC";
      s.rule = "entities/ship";
    } else if (THING_NOUNS.has(prev) || THING_VERBS.has(prev.toLowerCase())) {
      s.type = "MISC";
      s.rule = "entities/thing";
    }
  }
  return spans;
}

/**
 * Family: ships named after a person ("aboard the Queen Anne Velmor", "on board the Princess Keld", "the liner Queen
 * Dorra", "HMS Anna Keld"): the span clean-up cuts the royal title off and leaves a person's name, which
 * `thingsNotPeople` never sees after "the". A PERSON span is the ship (MISC, never output; the prefix or title taken
 * in) only with a ship cue: a ship prefix before it (`SHIP_PREFIXES`: HMS, USS, MV …), a ship noun right before it
 * ("the liner Dorra"), or a royal title before it after "aboard the" / "on board the" ("aboard the Queen Dorra").
 * Person titles are never taken in ("the ferry Captain Anna Keld said" is the captain), and an attributive use is
 * refused: a lower-case word after the name that is no function word ("aboard the Anna Keld bandwagon", "the Anna
 * Keld campaign bus"). The ship reading stays on its mention (tagger.ts LOCAL_CUE_RULES): the person named elsewhere
 * keeps PERSON.
 */
/** The ship prefixes of `thingsNotPeople`, and "MS" (motor ship), which there would also catch the disease. */
const PERSON_SHIP_PREFIXES: ReadonlySet<string> = new Set([...SHIP_PREFIXES, "MS"]);
const SHIP_ROYAL_TITLES: ReadonlySet<string> = new Set(["Queen", "King", "Princess", "Prince", "Empress", "Emperor", "Duchess", "Duke"]);
/** Lower-case words that may follow a ship's name in its sentence without making the name attributive. */
const SHIP_FOLLOWERS: ReadonlySet<string> = new Set([
  "to", "from", "for", "in", "at", "on", "off", "of", "and", "or", "but", "with", "as", "when", "while", "after",
  "before", "until", "into", "towards", "toward", "near", "via", "across", "through", "during", "since", "which",
  "that", "where", "was", "is", "were", "had", "has", "sank", "sailed", "docked", "left", "arrived", "ran", "carried",
]);
export function shipsNamedAfterPeople(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  for (const s of spans) {
    if (s.type !== "PERSON" || isTitle(w[s.i])) continue;
    let k = s.i;
    while (k > 0 && s.i - k < 2 && (PERSON_SHIP_PREFIXES.has(w[k - 1]) || SHIP_ROYAL_TITLES.has(w[k - 1])) && !tok.sentenceStart[k] && glued(tok, k)) k--;
    const prefix = k < s.i && w.slice(k, s.i).some((x) => PERSON_SHIP_PREFIXES.has(x));
    const royal = k < s.i && w.slice(k, s.i).some((x) => SHIP_ROYAL_TITLES.has(x));
    const aboard = k >= 2 && w[k - 1] === "the" && (w[k - 2].toLowerCase() === "aboard" || (k >= 3 && w[k - 2] === "board" && w[k - 3] === "on"));
    const cue = prefix || (k >= 1 && THING_NOUNS_SHIPS.has(w[k - 1])) || (aboard && royal);
    if (!cue) continue;
    const next = s.j < w.length ? w[s.j] : "";
    // A verb in -ed may follow ("the Princess Dorra reached port"); a noun may not ("… bandwagon", "… campaign bus").
    if (/^\p{Ll}/u.test(next) && !SHIP_FOLLOWERS.has(next) && !next.endsWith("ed")) continue;
    s.i = k;
    s.type = "MISC";
    s.rule = "entities/ship";
  }
  return spans;
}
/** The ship nouns of THING_NOUNS (a software or weapon noun says nothing of a royal title before a name). */
const THING_NOUNS_SHIPS = new Set([
  "ship", "warship", "frigate", "destroyer", "cruiser", "carrier", "submarine", "vessel", "tanker", "ferry", "yacht",
  "liner", "trawler", "freighter", "battleship", "corvette", "gunboat",
]);

/**
 * Family: small places named by their context. "near Velmor", "in the
 * vicinity of Tarrow", "the town of Keld", "the village of Dunmore": a name
 * there is a place. A person or organisation span becomes a GPE (unless a list
 * knows it as an organisation), and an untagged unknown capitalised word is
 * added as a GPE. A span the model already made a place takes the rule's name, so that
 * document consistency counts the cue as evidence (round 5).
 */
const PLACE_CUES_2 = new Set(["town of", "village of", "vicinity of", "outskirts of", "hamlet of", "city of", "suburb of", "settlement of", "municipality of"]);
export function placesByContext(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const out = new SpanEdits(spans, w.length);
  for (let k = 1; k < w.length; k++) {
    const prev = w[k - 1];
    if (prev !== "near" && prev !== "of") continue;
    const cue = prev === "near" || (k >= 2 && PLACE_CUES_2.has(w[k - 2].toLowerCase() + " of"));
    if (!cue || !nameWord(w[k]) || !glued(tok, k)) continue;
    const s = out.startingAt(k);
    if (s) {
      const surface = tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]);
      if ((s.type === "PERSON" || s.type === "ORG") && s.j - s.i <= 2 && !ORG_PHRASES.has(surface) && s.rule === "entities/model") {
        s.type = "GPE";
        s.rule = "entities/place-context";
      } else if ((s.type === "GPE" || s.type === "LOC") && s.rule === "entities/model") {
        // Already a place: the cue is still evidence for document consistency, so a
        // surname or a person elsewhere ("Circuit Park Zandvoort" read as a person) does not outvote it.
        s.rule = "entities/place-context";
      }
      continue;
    }
    if (out.at(k)) continue;
    const j = nameRun(tok, k, 3);
    if (j - k === 1 && commonWordClass(w[k].toLowerCase()) !== null) continue;
    if (out.free(k, j)) out.replace({ i: k, j, type: "GPE", confidence: 0.6, rule: "entities/place-context" });
  }
  return out.result();
}

/**
 * Family: places described as places, and places given with their country.
 *  - "Velmor is a village and civil parish in …", "Tarrow is a small town
 *    near …", "Keld is a municipality in the … district": the subject of a
 *    description whose head is a kind of settlement or district is a place
 *    (whatever the model made of it; an untagged subject of name words that
 *    opens its sentence is added);
 *  - "Saffron Keld, England", "in Velmor, North Carolina": a name the model
 *    took for a person or an organisation, followed by a comma and a listed
 *    country or state (not its possessive), is a town there. A person's name
 *    opening with a listed given name is left alone ("Anna Berg, Sweden's envoy").
 */
/** Is the span after the comma at k a listed country or state, not its possessive ("X, England", not "X, England's envoy")? */
function countryAfterComma(tok: Tokens, out: SpanEdits, k: number): boolean {
  const w = tok.words;
  const c = out.startingAt(k + 1);
  if (!c || (c.type !== "GPE" && c.type !== "LOC")) return false;
  return COUNTRY_OR_STATE_SET.has(tok.text.slice(tok.starts[c.i], tok.ends[c.j - 1])) && !(c.j < w.length && (w[c.j] === "'" || w[c.j] === "’"));
}
const PLACE_KIND_NOUNS = new Set([
  "village", "town", "city", "municipality", "commune", "suburb", "hamlet", "parish", "township", "borough", "settlement",
  "neighbourhood", "neighborhood", "district", "county", "province", "region", "locality", "seaside", "resort", "port", "capital",
]);
/** Is "a/an … <settlement word>" at k, the settlement word followed by in/of/and/near/on/… or punctuation? */
function describedAsPlace(w: readonly string[], k: number): boolean {
  if (k >= w.length || (w[k] !== "a" && w[k] !== "an")) return false;
  for (let t = k + 1; t < w.length && t <= k + 4; t++) {
    if (PLACE_KIND_NOUNS.has(w[t])) {
      const next = t + 1 < w.length ? w[t + 1] : ".";
      return !/\p{L}/u.test(next) || PLACE_PHRASE_ENDS.has(next);
    }
    if (DESCRIPTION_STOPS.has(w[t]) || COPULAS.has(w[t]) || !/\p{L}/u.test(w[t])) return false;
  }
  return false;
}
const PLACE_PHRASE_ENDS = new Set(["in", "of", "and", "near", "on", "at", "located", "situated", "within", "about", "north", "south", "east", "west", "with", "that", "which", "where"]);
export function placesByDescription(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  // Cheap test first: a description needs a copula, a country needs a comma.
  if (!w.some((x) => x === "," || COPULAS.has(x))) return spans;
  const out = new SpanEdits(spans, w.length);
  const retype = (s: TokenSpan) => {
    // A name the model read as a work or an event (MISC) is left alone (round-8 review: making it a place moved no set).
    if (s.type === "MISC") return;
    // A place already: the description is still evidence for document consistency.
    if (s.type === "GPE" || s.type === "LOC") {
      if (s.rule === "entities/model") s.rule = "entities/place-description";
      return;
    }
    const surface = tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]);
    if (ORG_PHRASES.has(surface)) return;
    s.type = "GPE";
    s.rule = "entities/place-description";
  };
  for (let k = 1; k < w.length; k++) {
    if (COPULAS.has(w[k]) && describedAsPlace(w, k + 1)) {
      const s = out.endingAt(k);
      if (s && tok.sentenceStart[s.i]) retype(s);
      else if (!s) {
        let i = k;
        while (i > 0 && k - i < 4 && nameWord(w[i - 1]) && !tok.sentenceStart[i]) i--;
        if (i < k && tok.sentenceStart[i] && nameWord(w[i]) && out.free(i, k) && !(k - i === 1 && commonWordClass(w[i].toLowerCase()) !== null)) {
          out.replace({ i, j: k, type: "GPE", confidence: 0.6, rule: "entities/place-description" });
        }
      }
      continue;
    }
    // "Saffron Keld, England"
    if (w[k] !== "," || k + 1 >= w.length) continue;
    const s = out.endingAt(k);
    if (!s || s.type === "MISC") {
      // Round 10: "born in Velmor Falls, Minnesota": a name after "in" that the model left untagged or read as a
      // work, before a comma and a listed country or state, is a town there.
      let i = k;
      while (i > 1 && k - i < 3 && nameWord(w[i - 1]) && !tok.sentenceStart[i - 1]) i--;
      if (i === k || w[i - 1] !== "in" || (s ? s.i !== i : !out.free(i, k)) || (k - i === 1 && commonWordClass(w[i].toLowerCase()) !== null)) continue;
      if (countryAfterComma(tok, out, k)) out.replace({ i, j: k, type: "GPE", confidence: 0.6, rule: "entities/place-description" });
      continue;
    }
    if ((s.type !== "PERSON" && s.type !== "ORG") || s.rule !== "entities/model" || s.j - s.i > 3) continue;
    if (s.j - s.i > 1 && GIVEN_NAME_SET.has(w[s.i])) continue;
    // Round 12: a person named after a title ("Senator Ann Velmor, Nevada Governor …") is left alone, and so is an
    // organisation named by a head word ("Velmor University, England": an author's affiliation).
    if (s.type === "PERSON" && s.i > 0 && isTitle(w[s.i - 1])) continue;
    if (s.type === "ORG" && w.slice(s.i, s.j).some((t) => ORG_HEAD_SET.has(t))) continue;
    if (!countryAfterComma(tok, out, k)) continue;
    const surface = tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]);
    if (ORG_PHRASES.has(surface)) continue;
    s.type = "GPE";
    s.rule = "entities/place-description";
  }
  return out.result();
}

/**
 * Family: organisations named by the kind of thing they are. Bands, labels,
 * companies, clubs and stations are often unknown one-word names the model
 * reads as people or places; the sentence says what they are:
 *  - after a kind noun: "the band Velmor", "indie label Tarrow", "the talk
 *    station 3KR", "punk band The Zennies" (an untagged name there is added,
 *    a leading "The" included: it is part of such names);
 *  - described as one: "Velmor is a Danish chain of stores", "Tarrow are a
 *    four-piece band from Leeds", "Velmor, a stationery company with…".
 * The kind noun must close its phrase (followed by punctuation or a
 * preposition or relative word), so "a band member", "a company director" or
 * "a club captain" say nothing; a name followed by a past-tense verb ("the
 * company Velmor founded") is left alone unless an object follows the verb
 * ("the band Velmor released a video"); countries and states keep their type.
 */
const ORG_KIND_NOUNS = new Set([
  "band", "label", "company", "firm", "club", "newspaper", "magazine", "airline", "broadcaster", "station", "retailer",
  "manufacturer", "carmaker", "automaker", "publisher", "chain", "brand", "corporation", "orchestra", "charity",
  "organisation", "organization", "party", "association", "federation", "society", "school", "university", "college",
  // business news describes companies by these too ("X, the Danish shipping group,", "X, a mid-sized lender,").
  "lender", "insurer", "conglomerate", "group",
  // ("X, the Dutch chipmaker,", "X, a Swiss drugmaker,", "X, a fintech startup,"). "miner", "carrier" and "giant"
  // are left out: they describe people ("a former miner", "a giant of the game") and ships ("the carrier X") as often.
  "chipmaker", "drugmaker", "startup", "supermarket", "bank",
]);
/** Words that may close the kind noun's phrase. */
const KIND_PHRASE_ENDS = new Set([
  "of", "from", "in", "based", "founded", "formed", "with", "that", "which", "whose", "who", "owned", "headquartered",
  "and", "for", "on", "at", "specialising", "specializing", "active", "originally", "established", "operating",
]);
/** Kind nouns that also describe a person ("the publisher Ann Lee"): only for a one-word name described as one. */
const PERSON_OR_ORG_KINDS = new Set(["manufacturer", "publisher", "retailer", "broadcaster", "carmaker", "automaker"]);
const COPULAS = new Set(["is", "are", "was", "were"]);
/** Words opening the object of a main-clause verb ("released a video", "signed their first deal"). */
const MAIN_CLAUSE_OBJECT_STARTS = new Set(["a", "an", "the", "their", "its", "his", "her", "two", "three", "several"]);
/** Words that end a description (stages/common/function-words.ts, its description column). */
const DESCRIPTION_STOPS = functionWords("description");
function kindNounCloses(w: readonly string[], k: number): boolean {
  if (!ORG_KIND_NOUNS.has(w[k])) return false;
  const next = k + 1 < w.length ? w[k + 1] : ".";
  // "a group of islands", "a group of villages": a collection, not a company.
  if (next === "of" && w[k] === "group") return false;
  // "X, the company's chief executive,": a possessive after the kind noun opens a description of
  // someone who works for it, not of X.
  if (POSSESSIVE_MARKS.has(next)) return false;
  return !/\p{L}/u.test(next) || KIND_PHRASE_ENDS.has(next);
}
/**
 * Words opening a description: an article, or (round 8) a possessive determiner in an apposition or after a
 * copula ("Velmor, his first jazz band,", "Tarrow was their label"); "the" too, as business news
 * writes it ("Keldmark, the Danish shipping group, said").
 */
const DESCRIPTION_OPENERS = new Set(["a", "an", "his", "her", "their", "its", "our", "my", "the"]);
const POSSESSIVE_MARKS = new Set(["'", "’", "'s", "’s"]);
/**
 * Token k opens "a/an/his … <kind noun>" closing its phrase within a few words: the kind noun, or null when the
 * words there describe no organisation.
 */
function describedKind(w: readonly string[], k: number): string | null {
  if (k >= w.length || !DESCRIPTION_OPENERS.has(w[k])) return null;
  for (let t = k + 1; t < w.length && t <= k + 6; t++) {
    if (kindNounCloses(w, t)) return w[t];
    const x = w[t];
    if (DESCRIPTION_STOPS.has(x) || COPULAS.has(x)) return null;
    if (!/\p{L}|\d/u.test(x) && x !== "-" && x !== "/") return null;
  }
  return null;
}
export function orgsByDescription(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const out = new SpanEdits(spans, w.length);
  const retype = (s: TokenSpan) => {
    // Round 8: a name the model already read as an ORG is marked too, so that its context-given type counts as
    // evidence in document consistency ("joined the band Velmor", then "Velmor released…" read as a person twice).
    if (s.type === "ORG") {
      if (s.rule === "entities/model") s.rule = "entities/org-description";
      return;
    }
    // Round 8: a name the model read as a work or a facility is an ORG too when the sentence names its kind
    // ("Velmor, his first jazz band,"; "the label Tarrow").
    const surface = tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]);
    if (COUNTRY_OR_STATE_SET.has(surface)) return;
    s.type = "ORG";
    s.rule = "entities/org-description";
  };
  for (let k = 1; k < w.length; k++) {
    // "the band Velmor": a kind noun right before the name.
    if (ORG_KIND_NOUNS.has(w[k - 1]) && !PERSON_OR_ORG_KINDS.has(w[k - 1]) && glued(tok, k) && !tok.sentenceStart[k]) {
      const the = w[k] === "The" && k + 1 < w.length && nameWord(w[k + 1]) ? 1 : 0;
      const s = out.startingAt(k + the);
      const j = s ? s.j : nameRun(tok, k + the, 4);
      const after = j < w.length ? w[j] : "";
      // "the company Velmor founded" is a relative clause; "the band Velmor released a video" is not.
      const relative = /^[a-z]+ed$/.test(after) && !(j + 1 < w.length && MAIN_CLAUSE_OBJECT_STARTS.has(w[j + 1]));
      if (j > k + the && !relative) {
        if (s) {
          retype(s);
          if (s.type === "ORG" && the && out.free(k, k + 1)) out.extend(s, k, s.j);
        } else if (out.free(k, j)) out.replace({ i: k, j, type: "ORG", confidence: 0.6, rule: "entities/org-description" });
      }
    }
    // "Velmor is a … company", "Velmor, a … company".
    const kind = COPULAS.has(w[k]) || w[k] === "," ? describedKind(w, k + 1) : null;
    if (kind === null) continue;
    const s = out.endingAt(k);
    if (s && (s.j - s.i === 1 || !PERSON_OR_ORG_KINDS.has(kind))) retype(s);
    else if (!s && (COPULAS.has(w[k]) || (w[k] === "," && !PERSON_OR_ORG_KINDS.has(kind)))) {
      // An untagged subject made only of name words, opening its sentence.
      let i = k;
      while (i > 0 && k - i < 4 && nameWord(w[i - 1]) && !tok.sentenceStart[i]) i--;
      if (i < k && tok.sentenceStart[i] && nameWord(w[i]) && out.free(i, k) && !(k - i === 1 && commonWordClass(w[i].toLowerCase()) !== null)) {
        out.replace({ i, j: k, type: "ORG", confidence: 0.6, rule: "entities/org-description" });
      }
    }
  }
  return out.result();
}

/**
 * Family: broadcasters' call signs. Radio and television stations go by a
 * call sign of a digit and two or three capitals ("2KR", "5XL", "882 4TR" with
 * its frequency before it); in a document that speaks of radio, stations or
 * broadcasting such a token is an organisation. Clock times ("4PM", "7AM") are
 * not call signs. An untagged call sign is added; a frequency glued before it
 * (three or four digits, not a year) joins it.
 */
const CALL_SIGN = /^\d[A-Z]{2,3}$/;
const BROADCAST_WORDS = /\b(radio|station|stations|broadcast|broadcasts|broadcasting|broadcaster|listeners|airwaves)\b/i;
export function callSigns(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  if (!w.some((x) => CALL_SIGN.test(x)) || !BROADCAST_WORDS.test(tok.text)) return spans;
  const out = new SpanEdits(spans, w.length);
  for (let k = 0; k < w.length; k++) {
    if (!CALL_SIGN.test(w[k]) || /(AM|PM)$/.test(w[k])) continue;
    const i = k > 0 && /^\d{3,4}$/.test(w[k - 1]) && !/^(1[89]|20)\d\d$/.test(w[k - 1]) && glued(tok, k) && !out.at(k - 1) ? k - 1 : k;
    const s = out.at(k);
    if (s && s.type === "ORG") continue;
    if (s && (s.i < i || s.j > k + 1)) continue; // part of a longer name: leave it
    out.replace({ i, j: k + 1, type: "ORG", confidence: 0.6, rule: "entities/call-sign" });
  }
  return out.result();
}

/**
 * Family: military and sports units called by their number. After "the
 * 139th Velmor Volunteer Infantry" or "the 65th Fighter Wing", a history says
 * "the 139th was transferred", "the 65th participated": a bare ordinal after
 * "the", not followed by a noun, whose number the document also uses at the
 * head of a capitalised name, is that organisation. Dates ("on the 5th")
 * are safe unless the same ordinal opens a name in the document.
 */
const ORDINAL = /^\d{1,4}(st|nd|rd|th|d)$/;
const UNIT_VERB_OR_ADVERB = new Set([
  "was", "were", "had", "has", "is", "also", "then", "later", "along", "fought", "took", "saw", "became", "began", "went",
  "left", "lost", "won", "held", "led", "made", "spent", "flew", "moved", "returned", "remained",
]);
export function unitsByNumber(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const named = new Set<string>();
  for (let k = 0; k + 1 < w.length; k++) if (ORDINAL.test(w[k]) && nameWord(w[k + 1]) && glued(tok, k + 1)) named.add(w[k]);
  if (named.size === 0) return spans;
  const out = new SpanEdits(spans, w.length);
  for (let k = 1; k < w.length; k++) {
    if (!named.has(w[k]) || w[k - 1].toLowerCase() !== "the" || out.at(k)) continue;
    const next = k + 1 < w.length ? w[k + 1] : ".";
    // Only before punctuation, a past tense or an auxiliary/adverb: a following name or noun makes the
    // ordinal a modifier ("the 139th Regiment", "the 19th century").
    if (/\p{L}/u.test(next) && !/^\p{Ll}+ed$/u.test(next) && !UNIT_VERB_OR_ADVERB.has(next)) continue;
    out.replace({ i: k, j: k + 1, type: "ORG", confidence: 0.6, rule: "entities/unit-number" });
  }
  return out.result();
}

/**
 * Family: long organisation names with "of" / "for" inside. "Velmor Party of
 * the Tarrow Islands", "Association for the Study of Velmor Law", "Centre for
 * Velmor and Tarrow Studies", "Union for a Velmor Movement": the model often
 * stops at the preposition. An ORG span ending in an organisation head word
 * (Party, Association, Centre, Union…) takes "of" / "for" (with "the" or "a")
 * and the capitalised words after it, again after a further "of" / "for", and
 * a last "and X" when X holds no head word of its own (so "the Velmor Party of
 * Tarrow and the Zennish Party" stays two names). A tail may hold a head word
 * ("Foreign Affairs Committee of the National Assembly" is one name in most
 * annotations); "for" after a league or a parliament names a club or a seat
 * ("Member of Parliament for Tarrow").
 */
const ORG_TAIL_PREPS = new Set(["of", "for"]);
/** "League for FC Velmor", "Parliament for Tarrow": a club or a constituency, not the rest of the name. */
const FOR_NOT_AFTER = new Set(["League", "Parliament", "Club", "Team", "Senate", "Assembly", "House", "Cabinet", "Congress"]);
const NOT_ORG_TAIL_HEADS = new Set(["Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Corp", "Corp.", "Co."]);
export function orgNameTails(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const out = new SpanEdits(spans, w.length);
  for (const s of spans) {
    if (s.type !== "ORG" || !ORG_HEAD_SET.has(w[s.j - 1]) || NOT_ORG_TAIL_HEADS.has(w[s.j - 1])) continue;
    let j = s.j;
    for (let hops = 0; hops < 3; hops++) {
      if (j >= w.length || !ORG_TAIL_PREPS.has(w[j])) break;
      const k = j + 1 < w.length && (w[j + 1] === "the" || w[j + 1] === "a") ? j + 2 : j + 1;
      const e = nameRun(tok, k, 5);
      if (e === k || (w[j] === "for" && FOR_NOT_AFTER.has(w[j - 1]))) break;
      j = e;
    }
    if (j === s.j) continue;
    if (j + 1 < w.length && w[j] === "and") {
      const e = nameRun(tok, j + 1, 3);
      let head = false;
      for (let t = j + 1; t < e; t++) head ||= ORG_HEAD_SET.has(w[t]);
      if (e > j + 1 && !head) j = e;
    }
    out.extend(s, s.i, j);
    s.rule = "entities/org-tail";
  }
  return out.result();
}

/**
 * Family: people's names cut or run on at their edges.
 *  - A hyphenated given name cut at its hyphen ("Park Min]-ho", "Kim Jae]-un"):
 *    a short lower-case syllable (two to four letters since round 11: "Ro
 *    Mi-sang", punctuation may follow it) glued after a person's name by a hyphen, and
 *    not an English word ("Smith-led", "Obama-era" stay out), belongs to it.
 *  - A full name run on into its party or town ("Ann Velmor of Tarrow Muna",
 *    as lists of members write): a person span holding "of" after two or more
 *    words (not a ruler's numeral: "Charles II of Velmoria" keeps it) is cut
 *    before "of"; a listed place after it is kept as a GPE. One word before
 *    "of" is a name of its own kind ("John of Tarrow") and stays whole.
 */
export function personEdges(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const out: TokenSpan[] = [];
  for (const s of spans) {
    if (s.type !== "PERSON") {
      out.push(s);
      continue;
    }
    const j = s.j;
    if (j + 1 < w.length && w[j] === "-" && tok.starts[j] === tok.ends[j - 1] && tok.starts[j + 1] === tok.ends[j]
      && /^\p{Ll}{2,4}$/u.test(w[j + 1]) && commonWordClass(w[j + 1]) === null
      // Round 11: punctuation may follow the syllable ("Ro Mi-sang, …", "Lo Tai-wen."); a word glued after it may not.
      && !(j + 2 < w.length && tok.starts[j + 2] === tok.ends[j + 1] && /\p{L}/u.test(w[j + 2]))) {
      s.j = j + 2;
      s.rule = "entities/person-edges";
    }
    let of = -1;
    for (let t = s.i + 2; t < s.j - 1; t++) if (w[t] === "of") { of = t; break; }
    if (of < 0 || /^[IVX]+$/.test(w[of - 1])) {
      out.push(s);
      continue;
    }
    out.push({ ...s, j: of, rule: "entities/person-edges" });
    const tail = tok.text.slice(tok.starts[of + 1], tok.ends[s.j - 1]);
    if (GPE_PHRASES.has(tail)) out.push({ i: of + 1, j: s.j, type: "GPE", confidence: s.confidence, rule: "entities/person-edges" });
  }
  return out;
}

/**
 * Family: "The" as part of a name. An article written with a capital in the
 * middle of a sentence ("supporting The Cult", "an analyst on The Poker
 * Channel", "published in The Economist") belongs to the name that follows:
 * bands, newspapers, companies and institutions whose official name opens
 * with it. Only organisations take it (a capital "The" before a place or a
 * person is usually a heading's or a title's); at a sentence start "The" is
 * ordinary capitalisation and stays out.
 */
export function articleInName(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  for (const s of spans) {
    const k = s.i - 1;
    if (s.type !== "ORG" || k < 0 || w[k] !== "The" || tok.sentenceStart[k] || !glued(tok, s.i)) continue;
    // After an opening quote or bracket "The" opens a title or an aside, not a name.
    if (k > 0 && /^["“‘(\[]$/.test(w[k - 1])) continue;
    if (spans.some((o) => o !== s && o.j > k && o.i <= k)) continue;
    s.i = k;
  }
  return spans;
}

/**
 * Family: people's names with a particle inside. "Alexander von Humboldt",
 * "Marcus du Sautoy", "Joaquin de la Pazuela", "Dorothea von Schlegel": the
 * model often stops a person's name at the lower-case particle, keeping only
 * the given name or only the surname. A person span next to one or two
 * particles (JOINING_PARTICLES) and a capitalised name on their other side
 * takes the particle and that name in (at most three name words, never a
 * title: "Count Anton von Velmor" → "Anton von Velmor"). Particles that are
 * also English or Romance words in running text ("la", "le", "y", "al") only
 * join after another particle ("de la"). A surname opening with an elided particle ("Valéry Giscard
 * d'Estaing") is one word glued after the name and joins it.
 */
const JOINING_PARTICLES = new Set(["von", "van", "de", "du", "der", "den", "da", "di", "del", "della", "dos", "das", "ter", "bin", "ibn", "bint"]);
const SECOND_PARTICLES = new Set([...JOINING_PARTICLES, "la", "le"]);
/** A surname opening with an elided particle, written as one word ("d'Estaing", "d’Alema", "l'Orme"). */
const ELIDED_SURNAME = /^[dl]['’]\p{Lu}\p{Ll}+$/u;
export function personParticles(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  // A surname opening with an elided particle, glued after the name ("Valéry Giscard] d'Estaing"): one token more.
  for (const s of spans) {
    if (s.type === "PERSON" && s.j < n && ELIDED_SURNAME.test(w[s.j]) && glued(tok, s.j) && !spans.some((o) => o.i === s.j)) {
      s.j++;
      s.rule = "entities/person-particle";
    }
  }
  // Most documents have no person next to a particle: nothing to do.
  if (!spans.some((s) => s.type === "PERSON" && ((s.j < n && JOINING_PARTICLES.has(w[s.j])) || (s.i > 0 && JOINING_PARTICLES.has(w[s.i - 1]))))) return spans;
  const out = new SpanEdits(spans, n);
  const nameAt = (k: number) => k >= 0 && k < n && nameWord(w[k]) && !isTitle(w[k]);
  for (const s of spans) {
    if (s.type !== "PERSON") continue;
    // Right: "Marcus] du Sautoy", "Joaquin] de la Pazuela".
    let k = s.j;
    if (k < n && JOINING_PARTICLES.has(w[k]) && glued(tok, k)) {
      k++;
      if (k < n && SECOND_PARTICLES.has(w[k]) && glued(tok, k)) k++;
      if (nameAt(k) && glued(tok, k)) {
        const other = out.startingAt(k);
        const end = other ? (other.type === "PERSON" || other.j - other.i === 1 ? other.j : -1) : nameRun(tok, k, 2);
        if (end > k && end - s.i <= 7) {
          out.extend(s, s.i, end);
          s.rule = "entities/person-particle";
          continue;
        }
      }
    }
    // Left: "Alexander von [Humboldt", "Germaine de [Staë".
    k = s.i - 1;
    if (k < 1 || !JOINING_PARTICLES.has(w[k]) || !glued(tok, s.i)) continue;
    if (k >= 2 && SECOND_PARTICLES.has(w[k - 1]) && JOINING_PARTICLES.has(w[k - 1]) && glued(tok, k)) k--;
    if (!nameAt(k - 1) || !glued(tok, k)) continue;
    const before = out.endingAt(k);
    let start: number;
    if (before) {
      if (before.type !== "PERSON" && before.j - before.i > 1) continue;
      start = before.i;
      while (start < k - 1 && isTitle(w[start])) start++;
    } else {
      start = k - 1;
      while (start > 0 && k - start < 3 && nameAt(start - 1) && glued(tok, start) && !tok.sentenceStart[start]) start--;
    }
    if (out.free(start, k) || before) {
      out.extend(s, start, s.j);
      s.rule = "entities/person-particle";
    }
  }
  return out.result();
}

/**
 * Round 9, family: railway stations named by their town ("Velmor railway station", "Tarrow train station";
 * local, transport and encyclopaedic text). The model tags the town and stops before the lower-case station
 * words, but the station is the mention (CrossNER and WikiGold mark "… railway station" whole; GUM as a
 * facility, not scored): a place span right before "railway station", "railroad station", "train station"
 * or "rail station" takes them in and is a LOC.
 */
const STATION_KINDS = new Set(["railway", "railroad", "train", "rail"]);
export function stationsOfTowns(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const j = s.j;
    if ((s.type !== "GPE" && s.type !== "LOC") || j + 1 >= n || !STATION_KINDS.has(w[j]) || w[j + 1] !== "station") continue;
    if (!glued(tok, j) || !glued(tok, j + 1) || (k + 1 < spans.length && spans[k + 1].i < j + 2)) continue;
    s.j = j + 2;
    s.type = "LOC";
    s.rule = "entities/station";
  }
  return spans;
}

/**
 * Round 10, family: railway lines and roads named after the places they join ("the Velmor Railroad", "the Tarrow
 * and Keld Railway", "the Velmor, Tarrow and Keld Light Railway", "Dunmore Road"; local history, transport and
 * encyclopaedic text). The model tags the towns and stops before the line or road word, or splits a coordinated
 * name into its towns; the name of the line is the mention, a place (WikiGold marks such lines whole as places;
 * "… Street", "… Road" are places in every set, see FACILITY_HEADS in tagger.ts). A place span right before a
 * capitalised line or road word on the same line takes it in and is a LOC; places coordinated with it ("X and",
 * "X, Y and") join it only before Railway or Railroad, when every one of them is a place span not itself ending in a
 * line or road word ("closed Velmor Road and Tarrow Street" is two roads, "between Velmor and Tarrow Road" a town
 * and a road). Operators in the plural ("Velmoria Railways") are companies, not lines.
 */
const LINE_HEADS = new Set(["Railroad", "Railway", "Road", "Street", "Avenue", "Boulevard", "Lane"]);
/** Line words that a coordinated name of the towns joined may open ("the Velmor and Tarrow Railway"). */
const LINES = new Set(["Railroad", "Railway"]);
export function linesAndRoads(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  let out: SpanEdits | null = null;
  const isPlace = (s: TokenSpan) => s.type === "GPE" || s.type === "LOC";
  for (const s of spans) {
    let j = s.j;
    const named = s.j - s.i >= 2 && LINE_HEADS.has(w[s.j - 1]) && (isPlace(s) || s.type === "PERSON");
    if (named) j = s.j - 1; // the model took the head word in already
    else {
      if (!isPlace(s) || j >= n || lineBreakBefore(tok, j) || !glued(tok, j)) continue;
      // "… Light Railway": one capitalised word before the head.
      if (j + 1 < n && isCapitalised(w[j]) && LINE_HEADS.has(w[j + 1]) && glued(tok, j + 1) && !lineBreakBefore(tok, j + 1)) j++;
      if (!LINE_HEADS.has(w[j])) continue;
    }
    out ??= new SpanEdits(spans, n);
    if (out.at(s.i) !== s) continue;
    const after: TokenSpan | undefined = named ? undefined : out.at(j);
    if (after && (after.i !== s.j || after.j > j + 1)) continue; // the head word opens a longer name
    // "Tarrow and Keld Railway", "Velmor, Tarrow and Keld Railway".
    let i = s.i;
    const joined = (k: number, sep: string[]) => {
      const p = out!.endingAt(k - sep.length);
      return p !== undefined && isPlace(p) && !LINE_HEADS.has(w[p.j - 1]) && sep.every((x, d) => w[k - sep.length + d] === x) ? p : undefined;
    };
    const a = i >= 2 && LINES.has(w[j]) ? joined(i, ["and"]) : undefined;
    if (a) {
      i = a.i;
      const b = joined(i, [","]);
      if (b) i = b.i;
    }
    out.replace({ i, j: j + 1, type: "LOC", confidence: s.confidence, rule: "entities/line" });
  }
  return out ? out.result() : spans;
}

/**
 * Family: teams and bands named by a plural before a fan's or a player's noun (sports and
 * entertainment news, interviews): "a Velmor Hawks fan", "the only other Comets player", "Quellers
 * fans queued for hours". A capitalised plural glued before fan(s), player(s), supporters, teammate(s),
 * pitcher, coach… names the team or band they follow or play for, an ORG, with the capitalised words
 * glued before it ("Tarrow City Comets fans"); peoples ("Americans fans"), listed places
 * and calendar words are left alone, and so is a span the model already made an ORG or a PERSON, one
 * reaching beyond the name, or a name opening with a listed given name or a title ("Ann Velmor supporters",
 * "Mr Tarrow supporters": a person's supporters). Round 11 (issue 19), in any document: no sports words needed;
 * round 12: a name the model read as a work (MISC: "a Velmor Wars fan") only in a document about a team sport.
 */
const MEMBER_NOUNS_AFTER = new Set([
  "fan", "fans", "supporter", "supporters", "player", "players", "teammate", "teammates", "pitcher", "pitchers",
  "quarterback", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "outfielder", "roster", "lineup",
]);
export function teamsBeforeFanNouns(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  let out: SpanEdits | null = null;
  for (let k = 0; k + 1 < w.length; k++) {
    const x = w[k];
    // Cheap test first: a capitalised word of four letters or more ending in "s", a member's noun after it.
    if (x.length < 4 || x.charCodeAt(x.length - 1) !== 115 || !MEMBER_NOUNS_AFTER.has(w[k + 1]) || !isCapitalised(x) || !glued(tok, k + 1)) continue;
    if (isAllCaps(x) || NORP_WORDS.has(x) || isListedPlace(x) || CALENDAR_SET.has(x) || NOT_NAME_START_SET.has(x.toLowerCase())) continue;
    // At a sentence start only a word that is no ordinary English word ("Tickets fans…" is no name).
    if (tok.sentenceStart[k] && commonWordClass(x.toLowerCase()) !== null) continue;
    let i = k;
    while (i > 0 && i > k - 3 && nameWord(w[i - 1]) && glued(tok, i) && !tok.sentenceStart[i]) i--;
    // "Ann Velmors fans", "Mr Tarrows supporters": a given name or a title (before or inside) says person.
    if ((i > 0 && isTitle(w[i - 1])) || GIVEN_NAME_SET.has(w[i]) || w.slice(i, k).some((t) => isTitle(t))) continue;
    out ??= new SpanEdits(spans, w.length);
    let ok = true;
    for (let t = i; t <= k && ok; t++) {
      const s = out.at(t);
      if (s && (s.type === "ORG" || s.type === "PERSON" || s.i < i || s.j > k + 1)) ok = false;
      // Round 12: a work the model named ("a Velmor Wars fan", MISC) is a work outside sports copy.
      if (s && s.type === "MISC" && !isSportDocument(tok)) ok = false;
    }
    const surface = tok.text.slice(tok.starts[i], tok.ends[k]);
    if (!ok || isListedPlace(surface) || NORP_WORDS.has(surface)) continue;
    out.replace({ i, j: k + 1, type: "ORG", confidence: 0.6, rule: "entities/team-fans" });
  }
  return out ? out.result() : spans;
}

/**
 * Round 15, family: names in a headline or a table written in capitals that the body names in ordinary case
 * ("VELMOR BANK CUTS 2,000 JOBS" over "Velmor Bank said on Monday…", "QUELLCORP, TARROW SYSTEMS IN TALKS"; wire
 * copy, press releases and scraped pages with shouted headings). Capitals carry no case evidence, and the re-cased
 * copy the model reads makes "BANK" the word "bank", so the headline's name is missed or cut. The body's own mentions are
 * the best evidence: in a line written in capitals (most of its words of three letters or more, and two at least), a run
 * of words that spells, word for word and ignoring case, a name the body (words not in capitals) tagged with one type
 * only is tagged with that type, the spans inside it replaced. Names of one word count
 * only when they are no ordinary English word and have four letters or more ("AIDS", "BANK" never match), so a headline
 * word is not tagged for sharing the spelling of a short or common name.
 */
export function headlineRepeats(tok: Tokens, spans: TokenSpan[], original: string): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  const capsWord = (k: number) => isAllCaps(original.slice(tok.starts[k], tok.ends[k]));
  // Lines written in capitals: most of their words of three letters or more (a shouted word in a sentence is no headline).
  const shouted = new Uint8Array(n);
  let any = false;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && !lineBreakBefore(tok, j)) j++;
    let long = 0;
    let capital = 0;
    for (let k = i; k < j; k++) {
      if (w[k].length < 3 || !/\p{L}/u.test(w[k])) continue;
      long++;
      if (capsWord(k)) capital++;
    }
    if (capital >= 2 && capital >= 0.6 * long) {
      shouted.fill(1, i, j);
      any = true;
    }
    i = j;
  }
  if (!any) return spans;
  const caps = (k: number) => shouted[k] === 1 && capsWord(k);
  // The body's names: lower-cased words → type (null when the body gives one string two types).
  const names = new Map<string, TokenSpan["type"] | null>();
  let longest = 0;
  for (const s of spans) {
    if (s.type === "MISC" || s.type === "NORP" || s.j - s.i > 5) continue;
    let inCaps = false;
    for (let t = s.i; t < s.j && !inCaps; t++) inCaps = capsWord(t);
    if (inCaps) continue;
    if (s.j - s.i === 1 && (w[s.i].length < 4 || commonWordClass(w[s.i].toLowerCase()) !== null)) continue;
    const key = w.slice(s.i, s.j).join(" ").toLowerCase();
    const had = names.get(key);
    names.set(key, had === undefined || had === s.type ? s.type : null);
    longest = Math.max(longest, s.j - s.i);
  }
  if (names.size === 0) return spans;
  const out = new SpanEdits(spans, n);
  for (let k = 0; k < n; k++) {
    if (!caps(k)) continue;
    for (let len = Math.min(longest, n - k); len >= 1; len--) {
      let run = true;
      for (let t = k + 1; t < k + len && run; t++) run = (caps(t) || !/\p{L}/u.test(w[t])) && !lineBreakBefore(tok, t);
      if (!run || !caps(k + len - 1)) continue;
      const type = names.get(w.slice(k, k + len).join(" ").toLowerCase());
      if (!type) continue;
      const s = out.startingAt(k);
      if (out.inside(k, k + len) && !(s && s.j === k + len && s.type === type)) out.replace({ i: k, j: k + len, type, confidence: 0.6, rule: "entities/headline-repeat" });
      k += len - 1;
      break;
    }
  }
  return out.result();
}
