/**
 * Post-decoding rules for organisations named by the words around them in general news: employers
 * ("works at X", "joined X as"), companies that speak of themselves as "it" ("X said its"), names before the
 * title of someone working for them ("X chief executive Ann Velmor", "X manager Ann Velmor"), and teams facing
 * a team ("X beat Y", "X play Y"). Each is commented with its family; tagger.ts runs them from POST_RULES.
 * All are linear in the document.
 */
import { functionWords } from "../common/function-words.ts";
import { isCapitalised } from "./features.ts";
import { NEWS_ORGANISATIONS } from "./data/gazetteers.ts";
import { CALENDAR_SET, commonWordClass, COUNTRY_OR_STATE_SET, GIVEN_NAME_SET, isListedPlace, isTitle, LOC_PHRASES, NAME_TAGS, NORP_WORDS, ORG_HEAD_SET, ORG_PHRASES } from "./lexicon.ts";
import { isSportDocument } from "./rules-news.ts";
import { capitalRun } from "./rules-orgs.ts";
import { glued, lineBreakBefore, SpanEdits, type TokenSpan } from "./spans.ts";
import type { Tokens } from "./tokens.ts";

const CLAUSE_OPENERS = functionWords("cue");
/** Determiners and possessives that open a noun phrase at a sentence start ("Our employees", "Every customer"). */
const DETERMINERS = new Set(["our", "my", "your", "his", "her", "their", "its", "these", "those", "every", "each", "all", "some", "many", "most", "no", "any"]);

/** Last words of the document's people named with two words or more ("Ann Velmor" gives "Velmor"; not "Velmor-Tarrow", one word). */
function surnamesOfFullNames(tok: Tokens, spans: readonly TokenSpan[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) if (s.type === "PERSON" && s.j - s.i > 1 && !oneWord(tok, s.i, s.j)) out.add(tok.words[s.j - 1]);
  return out;
}


/**
 * Names the document writes after a title or honorific ("President Velmor", "Mr Tarrow", "Prime Minister Keld",
 * "Dr Ann Berg"): the first and last word of the capitalised run after the titles, and the run itself. A person
 * named so anywhere in the document is never retyped by a cue ("Mr Tarrow … Tarrow said in a statement").
 */
function namesAfterTitles(tok: Tokens): Set<string> {
  const w = tok.words;
  const out = new Set<string>();
  for (let k = 1; k < w.length; k++) {
    if (!isTitle(w[k - 1]) || isTitle(w[k]) || !isCapitalised(w[k]) || !glued(tok, k)) continue;
    let e = k + 1;
    while (e < w.length && e - k < 3 && isCapitalised(w[e]) && glued(tok, e) && !tok.sentenceStart[e]) e++;
    out.add(w[k]);
    out.add(w[e - 1]);
    out.add(tok.text.slice(tok.starts[k], tok.ends[e - 1]));
  }
  return out;
}

/** What a cue rule needs of the document once: surnames of people named in full, and names written after a title. */
interface People {
  surnames: Set<string>;
  titled: Set<string>;
}
function peopleOf(tok: Tokens, spans: readonly TokenSpan[]): People {
  return { surnames: surnamesOfFullNames(tok, spans), titled: namesAfterTitles(tok) };
}

/**
 * Every word of a person the document names in full ("Ann Velmor": "Ann" and "Velmor") and every name read as a
 * person at another mention, with the names written after a title: a name among them is a person's wherever a cue
 * would make it a company ("Tarrow joined Velmor in 1957" after "Ann Velmor" or "Velmor said").
 */
function personWordsElsewhere(tok: Tokens, spans: readonly TokenSpan[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const add = (x: string, at: number) => {
    const list = out.get(x);
    if (list) list.push(at);
    else out.set(x, [at]);
  };
  for (const x of namesAfterTitles(tok)) add(x, -1);
  for (const s of spans) {
    if (s.type !== "PERSON") continue;
    add(tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]), s.i);
    if (!oneWord(tok, s.i, s.j)) for (let t = s.i; t < s.j; t++) if (isCapitalised(tok.words[t])) add(tok.words[t], -1);
  }
  return out;
}
/** Is the name at tokens i..j-1 a person's: listed as a given name or surname, or a person's elsewhere in the document? */
function personNameAt(tok: Tokens, i: number, j: number, elsewhere: Map<string, number[]>): boolean {
  if (personListed(tok.words[i]) || personListed(tok.words[j - 1])) return true;
  const at = elsewhere.get(tok.text.slice(tok.starts[i], tok.ends[j - 1]));
  return at !== undefined && at.some((t) => t !== i);
}

interface CueOptions {
  /** The rule of a name the cue retypes or adds: no evidence for the document's other mentions (one cue must not spread). */
  rule: string;
  /** The rule marking a span the model already read as an ORG: the model and the cue agree, evidence for consistency. */
  confirm: string;
  /** A span the model read as a person may be retyped (false for cues people share: "worked for", "said its"). */
  people: boolean;
  /** A one-word name the lists know as a given name may be the organisation ("Chelsea" facing a team). */
  givenNames: boolean;
  /** An untagged ordinary English word may be the organisation ("Arsenal" facing a team). */
  commonWords: boolean;
  /** A listed town (not a country or state) is the organisation (a team in a sports report). */
  towns: boolean;
}

/**
 * Is tokens i..j-1 one word, its parts joined by hyphens with no space ("Velmor", "Harley-Davidson", "Rolls-Royce")?
 * Companies named after two founders are written so ("a Velmor-Tarrow spokeswoman"); a person's name in full is
 * two words.
 */
function oneWord(tok: Tokens, i: number, j: number): boolean {
  if (j - i === 1) return true;
  if ((j - i) % 2 === 0) return false;
  for (let t = i + 1; t < j; t += 2) if (!gluedHyphen(tok, t)) return false;
  return true;
}
/** Is token t a hyphen with no space on either side ("Velmor-Tarrow")? */
function gluedHyphen(tok: Tokens, t: number): boolean {
  return t > 0 && t + 1 < tok.words.length && tok.words[t] === "-" && tok.starts[t] === tok.ends[t - 1] && tok.starts[t + 1] === tok.ends[t];
}

/**
 * Makes the name starting at token k an ORG when the cue before or after it says so: a span the model read as a
 * person with one word (no listed given name unless allowed, and not the surname of a person named in full in the
 * document), a work or facility (MISC), or an unlisted place; untagged, a run of one to three capitalised words that
 * is no English word (unless allowed), no listed place, title, people, month or given name. A span the model
 * already read as an ORG is marked with the cue's rule, so that document consistency counts it as evidence.
 * Returns the span, or null when the name is left alone.
 */
function orgAt(tok: Tokens, out: SpanEdits, k: number, people: People, o: CueOptions, endAt?: number): TokenSpan | null {
  const w = tok.words;
  if (k < 0 || k >= w.length || !isCapitalised(w[k])) return null;
  const surnames = people.surnames;
  const s = out.at(k);
  // A name written after a title or honorific anywhere in the document is a person's ("President Velmor").
  const titled = (i: number, j: number) => people.titled.has(j - i === 1 ? w[i] : tok.text.slice(tok.starts[i], tok.ends[j - 1]));
  const listed = (i: number, j: number) => {
    const surface = tok.text.slice(tok.starts[i], tok.ends[j - 1]);
    return COUNTRY_OR_STATE_SET.has(surface) || LOC_PHRASES.has(surface) || (!o.towns && isListedPlace(surface));
  };
  if (s) {
    if (s.i !== k || (endAt !== undefined && s.j !== endAt) || s.type === "NORP") return null;
    if (s.type === "ORG") {
      if (s.rule === "entities/model") s.rule = o.confirm;
      return s;
    }
    if ((s.type === "GPE" || s.type === "LOC") && listed(s.i, s.j)) return null;
    if (titled(s.i, s.j)) return null;
    if (s.type === "PERSON" && (!o.people || !oneWord(tok, s.i, s.j) || (!o.givenNames && GIVEN_NAME_SET.has(w[k])) || surnames.has(w[k]) || surnames.has(w[s.j - 1]))) return null;
    s.type = "ORG";
    s.rule = o.rule;
    return s;
  }
  const e = endAt ?? capitalRun(tok, k, 3);
  if (e <= k || !out.free(k, e) || listed(k, e) || titled(k, e) || isTitle(w[k]) || NORP_WORDS.has(w[k]) || CALENDAR_SET.has(w[k]) || surnames.has(w[e - 1])) return null;
  if (e - k === 1 && ((!o.commonWords && commonWordClass(w[k].toLowerCase()) !== null) || GIVEN_NAME_SET.has(w[k]))) return null;
  // A word opening a sentence or a clause rather than a name ("The", "It hosted …", "This", "But").
  if (CLAUSE_OPENERS.has(w[k].toLowerCase()) || DETERMINERS.has(w[k].toLowerCase())) return null;
  const add: TokenSpan = { i: k, j: e, type: "ORG", confidence: 0.6, rule: o.rule };
  out.replace(add);
  return add;
}

/**
 * Family: employers named after a verb or noun of employment ("she works at Velmor", "worked for Tarrowell",
 * "a job at Keldane", "ten years with Brannock", "employed by Dunmorant", "analysts at Velmor Capital", "a
 * spokeswoman for Tarrowell"; business news, profiles and obituaries). A person is rarely worked at, and one worked
 * for is named in full first ("Ann Velmor"), so a one-word name there is the employer. "joined X as" (a job, not a
 * meeting) counts too.
 */
const EMPLOYER_CUES = new Set([
  "works at", "worked at", "working at", "works for", "worked for", "working for", "job at", "job with", "jobs at", "employed by",
  "employed at", "years at", "years with", "stint at", "stint with", "career at", "internship at", "hired by", "analyst at", "analysts at",
  "economist at", "economists at", "strategist at", "researcher at", "researchers at", "engineer at", "engineers at", "executive at",
  "executives at", "spokesman for", "spokeswoman for", "spokesperson for",
  // Deals only companies make ("the merger of X and Y", "a takeover of X", "its acquisition of X").
  "merger of", "merger with", "merger between", "takeover of", "acquisition of",
]);
const EMPLOYER_CUE_LAST = new Set(["at", "for", "with", "by", "of", "between"]);
/** Deals of two parties: the name after "and" is a company too ("the merger of Velmor and Tarrow"). */
const DEAL_CUES = new Set(["merger of", "merger between"]);
/**
 * Family: companies that speak of themselves as "it" ("Velmor said its profits rose", "Keldane announced its
 * results"; business and wire copy). A person says "his" or "her"; a name right before "said"/"announced"/"reported"
 * and "its" is a company. ("said it" alone is
 * left out: "Ann said it was late".)
 */
const SHARE_VERBS = new Set([
  "rose", "fell", "jumped", "dropped", "slid", "gained", "climbed", "tumbled", "surged", "plunged", "sank", "slumped", "rallied",
  "closed", "soared", "dipped", "rise", "fall", "have", "were", "are", "traded", "ended", "lost",
]);
/**
 * Family: a job joined ("joined Velmor in 2010", "joined Keldane in March", "joined Velmor from Tarrowell", "joined
 * Velmor on loan", "joined Velmor as a consultant"; profiles, obituaries, business and sports news). One joins a
 * person in doing something ("joined Ann in calling for …", "joined Ann at the table"), never in a year or a month,
 * nor from a former employer. Reads the words after the name ending at token e.
 */
function joinedAsJob(tok: Tokens, e: number): boolean {
  const w = tok.words;
  const next = w[e + 1];
  if (w[e] === "as") return JOB_AFTER_AS.has(next);
  if (w[e] === "in") return /^(19|20)\d\d$/.test(next) || (CALENDAR_SET.has(next) && MONTHS.has(next));
  if (w[e] === "on") return next === "loan";
  // "joined Velmor from Tarrowell": a former employer, a name no list knows as a place ("joined the talks from Paris").
  if (w[e] === "from") return isCapitalised(next) && !isListedPlace(next) && !GIVEN_NAME_SET.has(next) && e + 2 < w.length && !isCapitalised(w[e + 2]);
  return false;
}
const MONTHS = new Set(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]);
/** Legal forms closing a company's name ("Velmor Ltd", "Tarrow GmbH"). */
const LEGAL_FORMS = new Set(["Inc", "Ltd", "LLC", "LLP", "plc", "PLC", "Plc", "AG", "SpA", "GmbH", "Corp", "NV", "BV", "SA", "Co"]);
/**
 * Evidence that the name at tokens i..j-1 is an organisation's: a legal form or an organisation's head word at its
 * end ("Velmor Ltd", "Tarrow Bank"), a listed organisation, or the same name read as an ORG at another mention.
 */
function orgEvidence(tok: Tokens, spans: readonly TokenSpan[], i: number, j: number): boolean {
  const last = tok.words[j - 1].replace(/\.$/, "");
  if (LEGAL_FORMS.has(last) || ORG_HEAD_SET.has(last)) return true;
  const surface = tok.text.slice(tok.starts[i], tok.ends[j - 1]);
  if (LISTED_ORGS.has(surface)) return true;
  return spans.some((s) => s.type === "ORG" && s.i !== i && s.j - s.i === j - i && tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]) === surface);
}
/** Verbs of leaving a job ("left Velmor for Tarrowell", "quit Velmor to join Tarrowell"). */
const LEFT_VERBS = new Set(["left", "leaves", "leaving", "quit", "quits", "quitting"]);
const JOB_AFTER_AS = new Set(["a", "an", "its", "their", "chief", "head", "director", "president", "manager", "chairman", "the"]);
const CLAUSE_PUNCTUATION = new Set([",", ";", ":", "(", "“", '"']);
const CHIEF_OFFICES = new Set(["executive", "financial", "operating", "technology"]);
const STATEMENT_VERBS = new Set(["said", "says", "announced", "announces", "reported", "reports", "confirmed", "confirms"]);
/**
 * Employers, statements, deals and "joined X as": people have staff and members too ("a spokesman for Velmor", "worked
 * for Velmor", "joined Velmor as a guitarist"), so only an untagged name or an unscored work (MISC) becomes an ORG;
 * the model's PERSON stays.
 */
const EMPLOYER_OPTIONS: CueOptions = { rule: "entities/org-employer-cue", confirm: "entities/org-cue", people: false, givenNames: false, commonWords: false, towns: false };
/**
 * "Velmor's chief executive", "Velmor shares rose", "the merger of Velmor and Tarrow": a person has no chief executive,
 * no traded shares and no merger, so the model's one-word PERSON is retyped, and the type is evidence for the
 * document's other mentions (rule org-cue). The cues people share (employer, spokesman, statement, staff titles) give
 * a type for their own mention only (tagger.ts LOCAL_CUE_RULES).
 */
/** "joined Velmor in 2010", "joined Velmor from Tarrowell": the model's one-word PERSON is retyped, for its own mention only. */
const JOINED_OPTIONS: CueOptions = { ...EMPLOYER_OPTIONS, people: true };
const COMPANY_ONLY_OPTIONS: CueOptions = { ...EMPLOYER_OPTIONS, rule: "entities/org-cue", people: true };
export function employersAndStatements(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  let out: SpanEdits | null = null;
  let people: People | null = null;
  let personWords: Map<string, number[]> | null = null;
  for (let k = 0; k < n; k++) {
    const c = w[k].charCodeAt(0);
    if (c < 65 || c > 90 || (k > 0 && !glued(tok, k))) continue;
    const l1 = k > 0 ? w[k - 1] : "";
    const cue2 = k >= 2 && EMPLOYER_CUE_LAST.has(l1) ? w[k - 2].toLowerCase() + " " + l1 : "";
    let cue = cue2 !== "" && EMPLOYER_CUES.has(cue2);
    // Inside a run of capitalised words only a cue before the word counts (the run's first word starts the name).
    const runStart = k === 0 || tok.sentenceStart[k] || !isCapitalised(l1);
    if (!cue && !runStart) continue;
    const e = cue ? k : capitalRun(tok, k, 3);
    let endAt: number | undefined;
    let joined = -1;
    // The cue is one only a company has (a chief executive, traded shares, a merger or takeover).
    let companyOnly = cue && (cue2.startsWith("merger") || cue2 === "takeover of" || cue2 === "acquisition of");
    if (cue || e >= n) {
      // the cue before the name decides
    } else if (l1 === "joined" || l1 === "joins" || l1 === "joining" || l1 === "rejoined") {
      // "joined Velmor as a consultant": the name right before "as"; "joined Velmor in 2010", "joined Velmor from
      // Tarrow", "joined Velmor on loan": a year, a month, a former employer or a loan dates or moves a job.
      cue = e + 1 < n && joinedAsJob(tok, e);
      // A person is joined in a year too ("Tarrow joined Velmor in 1957": a band formed, a campaign joined): a name
      // the lists know as a person's, or one the document names as a person elsewhere, stays a person's.
      if (cue && w[e] !== "as") {
        personWords ??= personWordsElsewhere(tok, spans);
        if (personNameAt(tok, k, e, personWords)) continue;
        joined = e;
      }
    } else if (LEFT_VERBS.has(l1) && e + 2 < n && ((w[e] === "for" && isCapitalised(w[e + 1])) || (w[e] === "to" && w[e + 1] === "join"))) {
      // "left Velmor Ltd for Tarrow Bank", "quit Velmor to join Tarrowell": a job left for another. People and places
      // are left far more often ("left Ann for Ben", "left Tarrowby for Keldby"), so only a name with an organisation's
      // evidence changes (a legal form or an organisation's head word at its end, a listed organisation, or read as an
      // ORG at another mention), and never one the model read as a place or a person: a place span is neither removed
      // nor split.
      const spanAt = (t: number) => (out ? out.at(t) : spans.find((sp) => sp.i <= t && sp.j > t));
      const here = spanAt(k);
      const there = w[e] === "for" ? spanAt(e + 1) : undefined;
      const e2 = w[e] === "for" ? capitalRun(tok, e + 1, 3) : e + 1;
      const ends = e2 < n && !isCapitalised(w[e2]) && w[e2] !== "'" && w[e2] !== "’";
      const evidence = (i: number, j: number) => !isListedPlace(tok.text.slice(tok.starts[i], tok.ends[j - 1])) && orgEvidence(tok, spans, i, j);
      const free = (sp: TokenSpan | undefined) => !sp || sp.type === "MISC" || sp.type === "ORG";
      const bothEvidence = evidence(k, e) || (w[e] === "for" && ends && evidence(e + 1, e2));
      if (here && here === there && here.type === "ORG" && here.i === k && here.j === e2 && bothEvidence && (LEGAL_FORMS.has(w[e - 1]) || !ORG_HEAD_SET.has(w[e - 1]))) {
        // The model may read "Velmor Ltd for Tarrow Bank" as one name ("Centre for X"): two employers when the first
        // word is no organisation's head word and either side is an organisation's name.
        out ??= new SpanEdits(spans, n);
        out.replace({ ...here, j: e, rule: "entities/org-employer-cue" });
        out.replace({ ...here, i: e + 1, rule: "entities/org-employer-cue" });
      } else if (here === undefined || here !== there) {
        out ??= new SpanEdits(spans, n);
        people ??= peopleOf(tok, spans);
        if (free(here) && evidence(k, e)) orgAt(tok, out, k, people, EMPLOYER_OPTIONS, e);
        if (w[e] === "for" && ends && free(there) && evidence(e + 1, e2)) orgAt(tok, out, e + 1, people, EMPLOYER_OPTIONS, e2);
      }
      continue;
    } else if ((w[e] === "'" || w[e] === "’") && e + 4 < n && w[e + 1] === "s" && w[e + 2] === "chief" && CHIEF_OFFICES.has(w[e + 3])) {
      // "Velmor's chief executive": a company's officer (a person has no chief executive).
      cue = true;
      companyOnly = true;
      endAt = e;
    } else if (e + 1 < n && (STATEMENT_VERBS.has(w[e]) || w[e] === "shares" || w[e] === "stock")) {
      // "Velmor said its …", "Velmor shares rose 5%" (a company's stock). ("said in a statement" is left out: people
      // issue statements as often as companies.)
      const v = w[e + 1];
      if (w[e] === "shares" || w[e] === "stock") cue = companyOnly = SHARE_VERBS.has(v);
      else cue = v === "its";
      // Only a name opening its clause speaks ("the report by Ann Velmor said its …" is the report's).
      if (cue && k > 0 && !tok.sentenceStart[k] && !CLAUSE_PUNCTUATION.has(l1) && l1 !== "and") cue = false;
    }
    if (!cue) continue;
    // "a spokesman for Velmor's relatives", "the acquisition of Velmor's portrait", "the takeover of Tarrow-based …":
    // the name only qualifies what follows.
    if (cue2 !== "") {
      const nameEnd = capitalRun(tok, k, 3);
      if (nameEnd < n && (w[nameEnd] === "'" || w[nameEnd] === "’" || w[nameEnd] === "-" || w[nameEnd].startsWith("-"))) continue;
    }
    out ??= new SpanEdits(spans, n);
    people ??= peopleOf(tok, spans);
    // "an analyst at X", "works at X", "a job at X": one works at a firm, never at a person, so the model's one-word
    // PERSON is retyped too (for its own mention only); "for" and "with" cues are shared with people and are not.
    const atCue = cue2.endsWith(" at");
    // "joined X from Y", "joined X on loan" retype the model's one-word PERSON (a person is never joined from a former
    // employer or on loan); "joined X in 2010" changes only an untagged name (people are joined in a year too).
    const retypes = atCue || (joined >= 0 && w[joined] !== "in");
    const s = orgAt(tok, out, k, people, companyOnly ? COMPANY_ONLY_OPTIONS : retypes ? JOINED_OPTIONS : EMPLOYER_OPTIONS, endAt);
    if (s && joined >= 0 && s.j === joined && w[joined] === "from") {
      personWords ??= personWordsElsewhere(tok, spans);
      const e1 = capitalRun(tok, joined + 1, 3);
      if (!personNameAt(tok, joined + 1, e1, personWords)) orgAt(tok, out, joined + 1, people, JOINED_OPTIONS);
    }
    // "the merger of Velmor and Tarrow": the second party too.
    if (s && DEAL_CUES.has(cue2) && s.j + 1 < n && w[s.j] === "and") orgAt(tok, out, s.j + 1, people, COMPANY_ONLY_OPTIONS);
    if (s) k = s.j - 1;
  }
  return out ? out.result() : spans;
}

/**
 * Family: a name right before the title of someone who works for it, and a name after it ("Velmor chief executive
 * Ann Berg", "Tarrow manager Ann Berg", "a Keldane spokeswoman said", "Brannock striker Ann Berg"; business and
 * sports news). A person does not have a chief executive or a manager, so the name is the company or the team;
 * "spokesman" and "spokeswoman" (which people have too) only after "a"/"an". In a document about a team sport
 * (given by the caller), a listed town there is its team ("Velmor manager" of a town's club); countries and states
 * keep their type in every corpus.
 */
const STAFF_TITLES = new Set([
  "ceo", "chairman", "chairwoman", "manager", "coach", "boss", "striker", "midfielder", "defender", "goalkeeper", "winger",
  "spokesman", "spokeswoman", "spokesperson",
  // A paper's, a broadcaster's or a band's staff (reporter, columnist, anchor, guitarist, drummer …) are left out: they
  // go with beats and home towns as often ("Tarrow Hill reporter Ann Berg", "Keldby guitarist Ann Berg").
]);
/** Written as a title before the name ("Velmor CEO Ann Berg", "Tarrow Chairman Ann Berg"): a person must follow. */
const CAPITAL_STAFF_TITLES = new Set(["CEO", "Chairman", "Chairwoman"]);
/**
 * People only a company has, after its name ("a Velmor employee", "Tarrow shareholders voted", "Keld customers"): after an
 * article, or in the plural. ("workers", "plant" and "factory" are left out: "Detroit workers", "the Velmor plant" are
 * a town's as often.)
 */
const EMPLOYEE_NOUNS = new Set(["employee", "employees", "shareholders", "stockholders", "customers", "subscribers"]);
/** An ORG by an employee noun is no evidence for the document's other mentions (a town's "Velmor customers" would spread). */
const EMPLOYEE_OPTIONS: CueOptions = { rule: "entities/org-employee-noun", confirm: "entities/org-employee-noun", people: true, givenNames: false, commonWords: false, towns: false };
const ARTICLES_ANY_CASE = new Set(["a", "an", "the", "A", "An", "The", "former", "Former"]);
/** Every word that may open a title of STAFF_TITLES, CAPITAL_STAFF_TITLES or EMPLOYEE_NOUNS, "chief executive" included: one look-up a token. */
const STAFF_TITLE_WORDS: ReadonlySet<string> = new Set([...STAFF_TITLES, ...CAPITAL_STAFF_TITLES, ...EMPLOYEE_NOUNS, "chief", "Chief"]);
const SPOKES = new Set(["spokesman", "spokeswoman", "spokesperson"]);
export function namesBeforeStaffTitles(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const sport = isSportDocument(tok);
  const w = tok.words;
  const n = w.length;
  let out: SpanEdits | null = null;
  let people: People | null = null;
  const options: CueOptions = { rule: "entities/org-staff-cue", confirm: "entities/org-cue", people: true, givenNames: true, commonWords: false, towns: sport };
  for (let t = 1; t + 1 < n; t++) {
    if (!STAFF_TITLE_WORDS.has(w[t])) continue;
    let x = t;
    if (w[t] === "chief" || w[t] === "Chief") {
      if (w[t + 1] !== "executive" && w[t + 1] !== "Executive") continue;
      x = t + 1;
    }
    const k0 = t - 1;
    if (!isCapitalised(w[k0]) || !glued(tok, t)) continue;
    out ??= new SpanEdits(spans, n);
    let prev = out.at(k0);
    if (prev && prev.j !== t) continue;
    let i = prev ? prev.i : capitalStart(tok, k0, true);
    if (SPOKES.has(w[t])) {
      // "a Velmor spokeswoman" ("the Velmor spokesman" may be a person's).
      if (i < 1 || (w[i - 1] !== "a" && w[i - 1] !== "an" && w[i - 1] !== "A" && w[i - 1] !== "An")) continue;
    } else if (EMPLOYEE_NOUNS.has(w[t])) {
      // "a Velmor employee", "the Velmor shareholders", "Velmor employees went on strike".
      if (!(i > 0 && ARTICLES_ANY_CASE.has(w[i - 1])) && !w[t].endsWith("s")) continue;
      if (isCapitalised(w[t + 1])) continue;
    } else if (!(x + 1 < n && isCapitalised(w[x + 1]) && glued(tok, x + 1) && out.at(x + 1)?.type === "PERSON")) continue;
    // The model's span may open with a participle that opens the sentence ("Ousted Velmor CEO …"): cut it off.
    if (prev && prev.j - prev.i > 1 && openingParticiple(tok, prev.i)) {
      prev = { ...prev, i: prev.i + 1 };
      out.replace(prev);
      i = prev.i;
    }
    if (tok.sentenceStart[i] && (w[i] === "The" || w[i] === "A")) continue;
    // A place's employees and customers are its own ("the Bay Area customers"): places keep their type there.
    if (EMPLOYEE_NOUNS.has(w[t]) && prev && (prev.type === "GPE" || prev.type === "LOC")) continue;
    people ??= peopleOf(tok, spans);
    orgAt(tok, out, i, people, EMPLOYEE_NOUNS.has(w[t]) ? EMPLOYEE_OPTIONS : options, t);
  }
  return out ? out.result() : spans;
}

const ARTICLES = new Set(["The", "A", "An"]);
/** Start of the run of capitalised words glued together that ends at token k (at most three words). */
function capitalStart(tok: Tokens, k: number, hyphens = false): number {
  let i = k;
  for (;;) {
    if (i > 0 && k - i < 2 && isCapitalised(tok.words[i - 1]) && glued(tok, i) && !tok.sentenceStart[i]) i--;
    // With `hyphens`, a name of hyphen-joined parts counts as one word ("Velmor-Tarrow", "KTRW-TV").
    else if (hyphens && i > 1 && gluedHyphen(tok, i - 1) && isCapitalised(tok.words[i - 2]) && !tok.sentenceStart[i - 1]) i -= 2;
    else break;
  }
  // A sentence-opening article or participle is no part of the name ("The Velmors beat …", "Ousted Velmor CEO …";
  // "Crystal", "Real" may open a club's name and stay).
  if (i < k && (openingParticiple(tok, i) || (tok.sentenceStart[i] && ARTICLES.has(tok.words[i])))) i++;
  return i;
}

/** Token i opens its sentence with an ordinary English participle ("Ousted", "Embattled"), no part of a name after it. */
function openingParticiple(tok: Tokens, i: number): boolean {
  const x = tok.words[i].toLowerCase();
  if (!tok.sentenceStart[i] || !x.endsWith("ed") || x.length < 6) return false;
  // Only before a word no list knows ("Ousted Velmor"): "United Airlines", "Red Bull" open with their own name word.
  if (i + 1 >= tok.words.length || commonWordClass(tok.words[i + 1].toLowerCase()) !== null) return false;
  // The lists hold verbs in their base form: "ousted" is found as "oust", "embattled" as "embattle".
  return commonWordClass(x) === "common" || commonWordClass(x.slice(0, -2)) === "common" || commonWordClass(x.slice(0, -1)) === "common";
}

/**
 * Family: teams facing a team ("Velmor beat Tarrow", "Arsenal first play Chelsea", "Velmor drew with Tarrow",
 * "Velmor v Tarrow"; sports reports and fixtures). When one side of a match verb is a team (an ORG), the name on the
 * other side is a team too, whatever the model made of it: a one-word person ("Chelsea" is also a given name), an
 * ordinary English word ("Arsenal"), a town. Countries and states keep their type (national sides are written as
 * places in every corpus). People facing people ("Anna beat Berg" in tennis) are left alone: neither side is an ORG.
 * Only in a document about a team sport: elsewhere "Velmor beat Tarrow" is an election or a market, and "Velmor
 * visits Tarrow", "Velmor faces Tarrow in court", "Roe v Wade" are visits, disputes and cases. Even there the verbs
 * of meetings (host, visit, face, v/vs) count only with a fixture word or a score in the sentence; a coordinated
 * subject ("Ann and Berg face …"), a plural common noun ("Players face …"), a name before "'s" ("beat Velmor's
 * expectations") and a team side that is a person's name elsewhere in the document are left alone.
 */
const MATCH_VERBS = new Set(["beat", "beats", "beating", "defeated", "defeat", "defeats", "play", "plays", "played", "face", "faces", "faced", "host", "hosts", "hosted", "v", "vs", "vs.", "versus", "visit", "visits", "edged", "thrashed"]);
const MATCH_VERBS_2 = new Set([
  "drew with", "draw with", "lost to", "lose to", "loses to", "went down to", "beaten by", "held by", "knocked out by", "eliminated by",
  "defeat to", "win over", "victory over", "draw against", "defeat by",
]);
const MATCH_VERBS_2_FIRST: ReadonlySet<string> = new Set([...MATCH_VERBS_2].map((x) => x.split(" ")[0]));
const MATCH_ADVERBS = new Set(["first", "then", "now", "will", "also", "next", "later", "narrowly", "comfortably", "must", "again"]);
/**
 * In a document about a team sport, a one-name subject of a match verb in the plural ("Velmor play Tarrow on
 * Sunday", "Velmor first face Tarrow") is a team: one person "plays", a team named in the singular "play" in
 * British usage. "will play" and "must face" are not plural forms and say nothing.
 */
const PLURAL_MATCH_VERBS = new Set(["play", "face", "host", "visit", "meet"]);
const PLURAL_ADVERBS = new Set(["first", "then", "now", "also", "next", "again"]);
const TEAM_OPTIONS: CueOptions = { rule: "entities/team-opponent", confirm: "entities/team-opponent", people: true, givenNames: true, commonWords: true, towns: true };
export function teamsFacingTeams(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  if (!isSportDocument(tok)) return spans;
  const w = tok.words;
  const n = w.length;
  let out: SpanEdits | null = null;
  let people: People | null = null;
  let cues: SentenceCues | null = null;
  let personNames: Set<string> | null = null;
  for (let v = 1; v + 1 < n; v++) {
    let after = v + 1;
    if (!MATCH_VERBS.has(w[v])) {
      if (!MATCH_VERBS_2_FIRST.has(w[v]) || v + 2 >= n || !MATCH_VERBS_2.has(w[v] + " " + w[v + 1])) continue;
      after = v + 2;
    }
    let before = v - 1;
    if (MATCH_ADVERBS.has(w[before]) && before > 0) before--;
    // "the Ravens beat the Steelers": the article before the second team.
    if (w[after] === "the" && after + 1 < n) after++;
    if (!isCapitalised(w[before]) || !isCapitalised(w[after]) || w[after] === "The") continue;
    // "Zelensky visits Congress", "Google faces Musk in court": meetings and disputes, unless the sentence names a
    // fixture or gives a score.
    cues ??= sentenceCues(tok);
    if (MEETING_VERBS.has(w[v]) && !cues.fixture[cues.sentence[v]]) continue;
    // "Microsoft beat Velmor's expectations": the name only qualifies what follows.
    const rightEnd = capitalRun(tok, after, 3);
    if (rightEnd < n && (w[rightEnd] === "'" || w[rightEnd] === "’")) continue;
    out ??= new SpanEdits(spans, n);
    const left = out.at(before);
    const right = out.at(after);
    const i0 = left && left.j === before + 1 ? left.i : capitalStart(tok, before);
    // "Harris and Walz face Velmor": a coordinated subject is a list of people, no team named in the plural.
    // ("…, and Velmor beat Tarrow" joins clauses: only a name before the "and" makes a list.)
    if (i0 > 1 && (w[i0 - 1] === "and" || w[i0 - 1] === "," || w[i0 - 1] === "&") && isCapitalised(w[i0 - 2])) continue;
    let leftTeam = left !== undefined && left.type === "ORG" && left.j === before + 1;
    const rightTeam = right !== undefined && right.type === "ORG" && right.i === after;
    people ??= peopleOf(tok, spans);
    personNames ??= personSurfaces(tok, spans);
    if (!leftTeam && !rightTeam && PLURAL_MATCH_VERBS.has(w[v]) && (before === v - 1 || PLURAL_ADVERBS.has(w[v - 1]))) {
      // The plural verb makes the subject a team (one word only: "Ann Velmor play" is no English); never two people
      // ("Velmor play Tarrow" with both read as people), never a plural common noun ("Players face …", "Children play …").
      if (left?.type === "PERSON" && right?.type === "PERSON") continue;
      if (!left && pluralCommonNoun(w[before])) continue;
      if (i0 === before && !(tok.sentenceStart[i0] && (w[i0] === "The" || w[i0] === "A"))) leftTeam = orgAt(tok, out, i0, people, TEAM_OPTIONS, before + 1) !== null;
      if (leftTeam) {
        orgAt(tok, out, after, people, TEAM_OPTIONS);
        continue;
      }
    }
    if (leftTeam === rightTeam) continue;
    // The team side must not itself be a person's name elsewhere in the document (the model's wrong ORG would spread).
    const team = leftTeam ? left! : right!;
    if (personNames.has(tok.text.slice(tok.starts[team.i], tok.ends[team.j - 1]))) continue;
    if (leftTeam) {
      if (!right && pluralCommonNoun(w[after]) && rightEnd === after + 1) continue;
      orgAt(tok, out, after, people, TEAM_OPTIONS);
    } else {
      if (tok.sentenceStart[i0] && (w[i0] === "The" || w[i0] === "A")) continue;
      if (!left && i0 === before && pluralCommonNoun(w[before])) continue;
      orgAt(tok, out, i0, people, TEAM_OPTIONS, before + 1);
    }
  }
  return out ? out.result() : spans;
}

/** Match verbs that also name meetings, visits and disputes: a team only with a fixture cue or a score in the sentence. */
const MEETING_VERBS = new Set(["host", "hosts", "hosted", "visit", "visits", "face", "faces", "faced", "v", "vs", "vs.", "versus"]);
/** Irregular plurals of people ("Children play …", "Police face …"). */
const PLURAL_PEOPLE = new Set(["children", "people", "men", "women", "police", "staff", "youngsters", "folk"]);
/** An ordinary English noun in the plural ("Players", "Fans", "Officials"): no team's name. */
function pluralCommonNoun(word: string): boolean {
  const l = word.toLowerCase();
  return PLURAL_PEOPLE.has(l) || (l.length > 3 && l.endsWith("s") && commonWordClass(l) === "common");
}

/** Surfaces of the document's PERSON spans and names written after a title. */
function personSurfaces(tok: Tokens, spans: readonly TokenSpan[]): Set<string> {
  const out = namesAfterTitles(tok);
  for (const s of spans) if (s.type === "PERSON") out.add(tok.text.slice(tok.starts[s.i], tok.ends[s.j - 1]));
  return out;
}

/**
 * Words naming a fixture ("match", "league", "derby", "kick-off"); with a score ("2-1") they make a sentence about a
 * game. SPORT_SENTENCE_WORDS add results and roles ("beat", "goals", "manager").
 */
const FIXTURE_WORDS = new Set([
  "match", "matches", "game", "games", "fixture", "fixtures", "league", "cup", "final", "semi-final", "semifinal", "quarter-final",
  "derby", "kick-off", "kickoff", "playoff", "playoffs", "tournament", "friendly", "season", "stadium", "leg",
]);
const SPORT_SENTENCE_WORDS = new Set([
  ...FIXTURE_WORDS, "beat", "beats", "beaten", "defeated", "win", "won", "victory", "draw", "drew", "goal", "goals", "scored",
  "points", "manager", "coach", "striker", "midfielder", "defender", "goalkeeper", "promotion", "relegation", "relegated", "promoted",
]);
/** Per sentence (numbered from 0): does it name a fixture or give a score, does it hold any sports word. */
interface SentenceCues {
  sentence: Int32Array;
  fixture: boolean[];
  sport: boolean[];
}
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
function sentenceCues(tok: Tokens): SentenceCues {
  const w = tok.words;
  const sentence = new Int32Array(w.length);
  const fixture: boolean[] = [];
  const sport: boolean[] = [];
  let id = -1;
  for (let k = 0; k < w.length; k++) {
    if (k === 0 || tok.sentenceStart[k]) {
      id++;
      fixture.push(false);
      sport.push(false);
    }
    sentence[k] = id;
    const l = w[k].toLowerCase();
    const score = SCORE.test(w[k]) || (/^\d{1,3}$/.test(w[k]) && k + 2 < w.length && (w[k + 1] === "-" || w[k + 1] === "–") && /^\d{1,3}$/.test(w[k + 2]));
    if (score || FIXTURE_WORDS.has(l)) fixture[id] = true;
    if (score || SPORT_SENTENCE_WORDS.has(l)) sport[id] = true;
  }
  return { sentence, fixture, sport };
}

/**
 * Family: clubs named after their town with "City" or "Town" ("Velmor City", "Tarrow Town"; football and other
 * team-sport reports), which the model reads as the town. ("County" is left out: on news pages whose menus name sports,
 * "Orange County" and "X County commissioners" are the counties far more often than a club.) In a document about a team sport, a
 * span or an untagged run made of a listed town and one of these words is the club, an ORG, unless the whole is
 * itself a listed place ("Mexico City", "Kansas City") or the words after it name a place ("Velmor City Council",
 * "Tarrow Town, Ohio" is left alone: a comma and a listed place follow). Outside sports text the words name
 * places, and are left alone; in sports text too the sentence must name a match, a result, a league or a score
 * ("Velmor City beat Tarrow 2-1"), and a name after "in", "at" or "the mayor of" is the place ("held in Velmor City").
 */
const CLUB_TOWN_WORDS = new Set(["City", "Town"]);
/** Words before a place that make the name after them the place ("the mayor of Velmor City", "held in Tarrow City"). */
const PLACE_BEFORE = new Set(["in", "at", "In", "At"]);
const PLACE_OF = new Set(["mayor", "Mayor", "city", "City", "residents", "people", "streets", "centre", "center", "outskirts", "suburbs"]);
export function townClubs(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  if (!isSportDocument(tok)) return spans;
  const w = tok.words;
  const n = w.length;
  let out: SpanEdits | null = null;
  let cues: SentenceCues | null = null;
  for (let t = 1; t < n; t++) {
    if (!CLUB_TOWN_WORDS.has(w[t]) || !glued(tok, t)) continue;
    // The page being about sport is not enough: the sentence itself names a match, a result, a league or a score.
    cues ??= sentenceCues(tok);
    if (!cues.sport[cues.sentence[t]]) continue;
    // "Velmor City Council", "Tarrow County Sheriff": a body or office of the place follows.
    if (t + 1 < n && isCapitalised(w[t + 1]) && glued(tok, t + 1)) continue;
    if (t + 2 < n && w[t + 1] === "," && isListedPlace(w[t + 2])) continue;
    const i = capitalStart(tok, t - 1);
    const town = tok.text.slice(tok.starts[i], tok.ends[t - 1]);
    const whole = tok.text.slice(tok.starts[i], tok.ends[t]);
    if (i > 0 && (PLACE_BEFORE.has(w[i - 1]) || (w[i - 1] === "of" && i > 1 && PLACE_OF.has(w[i - 2])))) continue;
    if (!isListedPlace(town) || COUNTRY_OR_STATE_SET.has(town) || isListedPlace(whole) || LOC_PHRASES.has(whole)) continue;
    out ??= new SpanEdits(spans, n);
    if (!out.inside(i, t + 1)) continue;
    const s = out.at(i);
    if (s && s.type === "ORG" && s.i === i && s.j === t + 1) continue;
    out.replace({ i, j: t + 1, type: "ORG", confidence: s ? s.confidence : 0.6, rule: "entities/team-opponent" });
  }
  return out ? out.result() : spans;
}

/**
 * Family: a company coordinated with a well-known one ("Apple and Grembley announced a partnership", "deals with
 * Velmorix and Samsung", "Toyota, Keldane and Ford"; business and technology news). Names joined by "and", "or" or a
 * comma are things of one kind, and a listed organisation the model read as one (the curated lists of
 * data/gazetteers.ts) says which: the name beside it, untagged or read as a one-word person, is an ORG too. Left
 * alone: a name the lists know as a person's (given names, WordNet's people and surnames: "Microsoft and Gates"), the
 * last word of a person named in full in the document or a name written after a title ("Chancellor Velmor"), listed
 * places, peoples, months, ordinary English words, and anything across a line break. "&" joins the words of one
 * firm's name ("Johnson & Johnson") and is no coordination here, and so is a name the document reads as a person at
 * any mention ("Velmorix and Tarrow" with "Tarrow" a person: a company and its chief). The ORG holds for its own
 * mention only (rule org-coordinated-company, like the cues people share: no vote in document consistency).
 */
const LISTED_ORGS: ReadonlySet<string> = new Set([...NEWS_ORGANISATIONS, ...ORG_PHRASES]);
const COORDINATORS = new Set(["and", "or", ","]);
const COORDINATED_OPTIONS: CueOptions = { rule: "entities/org-coordinated-company", confirm: "entities/org-coordinated-company", people: true, givenNames: false, commonWords: false, towns: false };
/** A word the name lists know as (part of) a person's name ("Gates", "Obama", "Smith"). */
function personListed(word: string): boolean {
  const tags = NAME_TAGS.get(word);
  return tags !== undefined && tags.some((t) => t === "nl=PER" || t === "nl=PER>" || t === "nl=SURNAME" || t === "nl=GIVEN");
}
/** The list goes on after token k: "and", "or", or a comma and a capitalised word. */
function listGoesOn(w: readonly string[], k: number): boolean {
  return k < w.length && (w[k] === "and" || w[k] === "or" || (w[k] === "," && k + 1 < w.length && (isCapitalised(w[k + 1]) || w[k + 1] === "and")));
}
export function companiesCoordinated(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const n = w.length;
  let out: SpanEdits | null = null;
  let people: People | null = null;
  let personWords: Map<string, number[]> | null = null;
  for (const a of spans) {
    if (a.type !== "ORG" || !LISTED_ORGS.has(tok.text.slice(tok.starts[a.i], tok.ends[a.j - 1]))) continue;
    // The name after: "Apple and X", "Apple, X and …"; the name before: "X and Apple".
    for (const side of [1, -1]) {
      const sep = side === 1 ? a.j : a.i - 1;
      if (sep < 1 || sep >= n - 1 || !COORDINATORS.has(w[sep])) continue;
      // ", and": the separator is two tokens.
      let k = side === 1 ? sep + 1 : sep - 1;
      if (side === 1 && w[sep] === "," && (w[k] === "and" || w[k] === "or")) k++;
      if (side === -1 && w[sep] !== "," && w[k] === ",") k--;
      if (k < 0 || k >= n || !isCapitalised(w[k]) || lineBreakBefore(tok, side === 1 ? a.j : k + 1) || lineBreakBefore(tok, side === 1 ? k : a.i)) continue;
      out ??= new SpanEdits(spans, n);
      const b = out.at(k);
      let start = k;
      let end: number | undefined;
      if (b) {
        if (b.type !== "PERSON" || (side === 1 ? b.i !== k : b.j !== k + 1)) continue;
        start = b.i;
        end = b.j;
        if (personListed(w[b.i]) || personListed(w[b.j - 1])) continue;
      } else {
        if (side === -1) {
          // The run of capitalised words ending at k.
          start = capitalStart(tok, k);
          end = k + 1;
          if (start > end - 1 || !out.free(start, end)) continue;
        } else end = capitalRun(tok, k, 3);
        // A run followed by more capitals or a possessive is part of something longer ("Apple and Velmor's …").
        if (end < n && (w[end] === "'" || w[end] === "’" || (isCapitalised(w[end]) && glued(tok, end)))) continue;
        if (personListed(w[start]) || personListed(w[end - 1])) continue;
      }
      // A comma joins list items only inside a list that goes on ("Google, X and Amazon", "X, Google and …"): "It is
      // the Velmor Board, Madam Chair, that …" is an address. Titles are no names ("Speaker", "Minister").
      if (w[sep] === "," && !listGoesOn(w, side === 1 ? end : a.j)) continue;
      if (isTitle(w[start]) || isTitle(w[end - 1])) continue;
      // A person at any mention, this one included ("Microsoft and Nadella" read as a person): a company and its chief.
      personWords ??= personWordsElsewhere(tok, spans);
      if (personWords.has(tok.text.slice(tok.starts[start], tok.ends[end - 1])) || personWords.has(w[start]) || personWords.has(w[end - 1])) continue;
      people ??= peopleOf(tok, spans);
      orgAt(tok, out, start, people, COORDINATED_OPTIONS, end);
    }
  }
  return out ? out.result() : spans;
}
