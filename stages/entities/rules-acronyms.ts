/**
 * Family: bare acronyms in running text. A word written in capitals inside an
 * ordinary sentence ("the PSOE finished first", "all the UFA MPs", "trading
 * on the NYSE") is, outside a short list of everyday abbreviations, the name
 * of an organisation: parties, agencies, leagues, companies, broadcasters.
 * The model misses many of them because an unseen acronym has no word
 * features. Places and people written as acronyms are listed (the model
 * tags those), and an acronym that the document defines in brackets takes
 * its long form's type later (document consistency).
 */
import { CALENDAR_SET, isTitle, NORP_WORDS, NOT_NAME_START_SET, ORG_PHRASES } from "./lexicon.ts";
import { isCapitalised } from "./features.ts";
import { lineBreakBefore, type TokenSpan } from "./spans.ts";
import type { Tokens } from "./tokens.ts";
import { acronymFits } from "./canonical/acronyms.ts";

/**
 * Everyday abbreviations that are not names: eras and times, units, media and
 * devices, medicine and science, degrees and jobs, weapons and vehicles of war
 * reports, chat and office shorthand. Compared in upper case.
 */
const NOT_NAME_ACRONYMS = new Set(
  [
    // eras, times, zones
    "BC", "BCE", "AD", "CE", "AM", "PM", "EST", "EDT", "CST", "PST", "GMT", "UTC", "BST", "CET",
    // units and measures
    "KM", "KG", "MPH", "KPH", "RPM", "MW", "GW", "KW", "KWH", "MB", "GB", "TB", "HP", "CC", "PPM", "GDP", "GNP", "CPI", "ERA", "RBI", "IQ",
    // media, devices, computing
    "TV", "HD", "CD", "CDS", "DVD", "DVDS", "LP", "EP", "DJ", "DJS", "MC", "PC", "PCS", "GPS", "USB", "PDF", "HTML", "URL", "FAQ", "SMS", "MMS",
    "CCTV", "AI", "IT", "API", "CPU", "GPU", "LCD", "LED", "OS", "VR", "AR", "ID", "IDS", "PIN", "ATM", "ATMS", "SUV", "SUVS", "3D", "4G", "5G", "WIFI",
    "PCB", "PCBS",
    // medicine and science
    "DNA", "RNA", "HIV", "AIDS", "TB", "MRI", "CT", "ER", "ICU", "OR", "GP", "GPS", "PTSD", "ADHD", "MSG", "CO2", "UV", "IVF", "STD", "ALS",
    // degrees, jobs, ranks, honours
    "PHD", "MBA", "BA", "MA", "BSC", "MSC", "MD", "CEO", "CEOS", "CFO", "COO", "CTO", "VP", "MP", "MPS", "MEP", "MEPS", "MLA", "MLAS", "PR", "HR",
    "OBE", "MBE", "CBE", "KBE", "QC", "KC", "RN", "VIP", "VIPS", "MVP",
    // war reports: weapons, vehicles, devices
    "IED", "IEDS", "VBIED", "VBIEDS", "UAV", "UAVS", "RPG", "RPGS", "APC", "APCS", "AK", "SAM", "MANPADS", "WMD", "WMDS", "POW", "POWS", "IDP", "IDPS",
    // shorthand
    "OK", "AKA", "ASAP", "FYI", "RSVP", "DIY", "LOL", "OMG", "PS", "NB", "TBA", "TBD", "ETA", "Q&A", "R&D", "B&B", "LGBT", "LGBTQ", "FM", "AM",
    "USD", "EUR", "GBP", "ETF", "ETFS", "NO", "ZIP", "SOS", "POV", "KO", "TKO", "SWAT", "MIA", "AWOL",
  ],
);

/** Roman numerals ("II", "XIV"): regnal and volume numbers, never organisations. */
const ROMAN = /^[IVXLCDM]+$/;
/** Two to six capitals (a digit or "&" may follow the first letter: "G20", "B&Q"). */
const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;

export function bareAcronyms(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const { words, starts, ends } = tok;
  const n = words.length;
  const covered = new Uint8Array(n);
  for (const s of spans) for (let k = s.i; k < s.j; k++) covered[k] = 1;
  // A capitalised word glued to k on side d (a longer name: "GTA Toronto"), or a hyphen joining it ("CJTF-OIR").
  const joined = (k: number, d: 1 | -1): boolean => {
    const m = k + d;
    if (m < 0 || m >= n) return false;
    const gap = d === 1 ? starts[m] - ends[k] : starts[k] - ends[m];
    if (gap === 0 && words[m] === "-") return true;
    return gap <= 1 && isCapitalised(words[m]) && !(d === 1 ? lineBreakBefore(tok, m) : lineBreakBefore(tok, k)) && /\p{L}/u.test(words[m]);
  };
  const concepts = conceptAcronyms(tok);
  // Lines mostly in capitals (tables, headlines the re-casing kept) say nothing.
  const added: TokenSpan[] = [];
  for (let k = 0; k < n; k++) {
    const w = words[k];
    const c0 = w.charCodeAt(0);
    const c1 = w.charCodeAt(1);
    // Cheap test first: two capitals open the word.
    if (covered[k] || !(c0 >= 65 && c0 <= 90 && ((c1 >= 65 && c1 <= 90) || c1 === 38 || (c1 >= 48 && c1 <= 57)))) continue;
    if (!ACRONYM.test(w) || !/[A-Z].*[A-Z]/.test(w)) continue;
    if (NOT_NAME_ACRONYMS.has(w) || ROMAN.test(w) || CALENDAR_SET.has(w) || isTitle(w) || NORP_WORDS.has(w)) continue;
    if (joined(k, -1) || joined(k, 1) || concepts.has(w)) continue;
    // "Velmoria (VLM)": an acronym in brackets after a name is that name's to define (document consistency).
    if (k >= 2 && words[k - 1] === "(" && covered[k - 2] && k + 1 < n && words[k + 1] === ")") continue;
    if (!inMixedCaseLine(tok, k)) continue;
    // Round 11: a function word written in capitals for emphasis ("… was late, AND 3) …", "NOT
    // guilty") is no acronym, unless a listed organisation spells it ("WHO").
    if (NOT_NAME_START_SET.has(w.toLowerCase()) && !ORG_PHRASES.has(w)) continue;
    added.push({ i: k, j: k + 1, type: "ORG", confidence: 0.5, rule: "entities/acronym" });
  }
  // A concept's acronym the model tagged alone is no organisation either.
  const kept = concepts.size === 0 ? spans : spans.filter((s) => !(s.type === "ORG" && s.j - s.i === 1 && concepts.has(words[s.i])));
  if (added.length === 0) return kept;
  return [...kept, ...added].sort((a, b) => a.i - b.i);
}

/**
 * Head words of the names of bodies (committees, public services, agencies, parties, banks, unions, armed groups),
 * compared in lower case, in British and American spelling. Left out on purpose: "company" and "corporation" (the
 * "special purpose acquisition company (SPAC)" is a kind of firm, not a firm), and heads that end concepts too often
 * ("group", "network", "system", "centre", "force", "movement", "division": "control group", "neural network",
 * "electromotive force", "rapid eye movement").
 */
const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  // deliberative and governing bodies
  "committee", "committees", "commission", "council", "board", "assembly", "parliament", "senate", "congress", "cabinet",
  // administrations and public services
  "service", "services", "agency", "authority", "office", "department", "ministry", "secretariat", "bureau",
  "directorate", "inspectorate", "executive", "administration", "police", "court", "tribunal",
  // membership and funding bodies
  "organisation", "organization", "association", "federation", "league", "union", "party", "institute", "institution",
  "foundation", "fund", "bank", "society",
  // armed groups
  "army", "front", "brigade", "brigades", "corps", "militia", "guard",
]);

/**
 * Round 14, family: acronyms of concepts, defined in brackets after lower-case words (science, engineering and
 * policy text: "the soil moisture index (SMI)", "a low-voltage tidal turbine (LVTT)", "foreign direct
 * investment (FDI)"). A name is written with capitals ("the Velmor Research Council (VRC)"); a long form all in lower
 * case that the acronym abbreviates (`acronymFits`) says the acronym names a thing or a measure, so its bare
 * uses in the document are no organisations. GUM's academic texts define dozens of these; a capitalised long form
 * ("Geographic Information Systems (GIS)") may be a name and is left to the rule. Some house styles (British
 * papers among them) write the names of bodies in lower case ("the monetary policy committee (MPC)", "the crown
 * prosecution service (CPS)"): a long form holding one of ORGANISATION_HEADS names a body, not a concept.
 */
function conceptAcronyms(tok: Tokens): Set<string> {
  const { words } = tok;
  const found = new Set<string>();
  for (let k = 2; k + 1 < words.length; k++) {
    if (words[k - 1] !== "(" || words[k + 1] !== ")" || !ACRONYM.test(words[k])) continue;
    const first = words[k].charAt(0).toLowerCase();
    // The long form: lower-case words (and hyphens) right before the bracket, at most the acronym's length plus two.
    for (let m = k - 2, seen = 0; m >= 0 && seen < words[k].length + 2; m--) {
      const x = words[m];
      if (x !== "-" && !/^\p{Ll}[\p{Ll}-]*$/u.test(x)) break;
      if (x === "-") continue;
      seen++;
      if (x.charAt(0) === first && acronymFits(words[k], words.slice(m, k - 1).join(" "))) {
        if (!namesABody(words, m, k - 1)) found.add(words[k]);
        break;
      }
    }
  }
  return found;
}

/** Does a word of words[from, to) (or a part of a hyphenated one) name a body (ORGANISATION_HEADS)? */
function namesABody(words: readonly string[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) for (const part of words[m].split("-")) if (ORGANISATION_HEADS.has(part)) return true;
  return false;
}

/** Does token k sit among at least three lower-case words of its line (ordinary running text)? */
function inMixedCaseLine(tok: Tokens, k: number): boolean {
  const { text, starts } = tok;
  const ls = text.lastIndexOf("\n", starts[k]) + 1;
  let le = text.indexOf("\n", starts[k]);
  if (le < 0) le = text.length;
  let lower = 0;
  let upper = 0;
  for (const m of text.slice(ls, le).matchAll(/\p{L}{2,}/gu)) {
    if (/^\p{Ll}/u.test(m[0])) lower++;
    else if (m[0] === m[0].toUpperCase()) upper++;
  }
  return lower >= 3 && upper <= lower;
}

/**
 * Round 6, family: everyday abbreviations the model itself tagged as a name
 * ("won by KO", "an ERA of 3.09", "the RBI leader", "a CD and DVD"; sports
 * reports, music and technology pages): the table above (NOT_NAME_ACRONYMS)
 * keeps the bare-acronym rule from adding them, and a span of that one word
 * alone is dropped too, unless a name is coordinated with it ("BA and Velmor
 * Air": an airline then). A longer span ("DJ Velmor") is left as it is.
 */
export function dropEverydayAbbreviations(tok: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const w = tok.words;
  const starts = new Set(spans.map((s) => s.i));
  const ends = new Set(spans.map((s) => s.j));
  // Coordinated with a name ("BA and Velmor Air", "Tarrow or ER"), the word is a name of that kind.
  const coordinated = (s: TokenSpan) =>
    (s.i >= 2 && LIST_JOINS.has(w[s.i - 1]) && ends.has(s.i - 1)) || (s.j + 1 < w.length && LIST_JOINS.has(w[s.j]) && starts.has(s.j + 1));
  return spans.filter((s) => s.j - s.i !== 1 || ((!NOT_NAME_ACRONYMS.has(w[s.i]) || coordinated(s)) && !inDottedAbbreviation(tok, s.i)));
}
/**
 * Round 15: token k is a letter group of an abbreviation written with dots and no spaces in mixed case ("Ph.D.",
 * "Ed.D.", "D.Phil.", "M.Sc."; degrees in biographies and academic text): "Ph" or "Ed" there is no name.
 */
function inDottedAbbreviation(tok: Tokens, k: number): boolean {
  const w = tok.words;
  const tight = (t: number) => t > 0 && t < w.length && tok.starts[t] === tok.ends[t - 1];
  const group = (t: number) => t >= 0 && t < w.length && /^\p{L}{1,4}$/u.test(w[t]);
  if (!group(k)) return false;
  const after = w[k + 1] === "." && tight(k + 1) && group(k + 2) && tight(k + 2) && w[k + 3] === "." && tight(k + 3);
  const before = w[k - 1] === "." && tight(k) && group(k - 2) && tight(k - 1) && w[k + 1] === "." && tight(k + 1);
  return after || before;
}
const LIST_JOINS = new Set(["and", "or", "&"]);
