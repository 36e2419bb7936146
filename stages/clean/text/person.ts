/**
 * A stronger person-name test for bare names in a dump's header (session 15t2). `looksLikeName` (header.ts) accepts
 * any 2-5 capitalised words, which German nouns, section labels and product names pass ("Grüne Wärme",
 * "Aktuelle Meldung"). A bare name with no byline word before it is read as the author only when its first word is a
 * known given name: the entity stage's given-name lists (stages/entities/data, read-only use: the compromise lexicon's
 * given names and the curated GIVEN_NAMES, several languages and scripts of Latin letters).
 */
import { createRequire } from "node:module";
import { GIVEN_NAMES } from "../../entities/data/gazetteers.ts";
import { NAME_LISTS } from "../../entities/data/name-lists.ts";
import { LOC_HEAD_SET, ORG_HEAD_SET, commonWordClass } from "../../entities/lexicon.ts";
import { looksLikeName } from "./header.ts";
import { DESK_WORDS, JOB_TITLE_NOUNS, MORE_JOB_TITLE_NOUNS } from "../html/byline-lexicon.ts";
import { JUNK_AUTHORS, NON_LATIN_DESKS } from "../html/meta-lexicon.ts";
import { STOPWORDS } from "./stopwords.ts";

const GIVEN: ReadonlySet<string> = new Set([...(NAME_LISTS.GIVEN ?? "").split("|").filter(Boolean), ...GIVEN_NAMES]);

/**
 * Given names of five European languages (session 15t8): the lists of the npm package gender-detection-from-name
 * (MIT; lower-case names in en, fr, es, it, de maps), so that a bare name opening with "Amelie", "Harald" or "Nuño"
 * reads as a person's. Family: bylines of German, French, Spanish and Italian sites whose writers' given names the
 * English-centred lists above miss. The English and French maps are large and generous (32,000 and 36,000 entries,
 * with "mehr", "alle", "le", "read" among them), so a name of theirs counts only when a second map also has it; the
 * German, Spanish and Italian maps (2,000 to 10,000 names) count alone. A name is dropped when it is a function word of
 * any language in `stopwords.ts`, an ordinary English word that WordNet never writes capitalised (`commonWordClass`
 * "common": "will", "page"), or shorter than 3 letters. Loaded on first use (about 2 MB of source).
 */
const GIVEN_NAME_MAPS: readonly { lang: string; alone: boolean }[] = [
  { lang: "de", alone: true },
  { lang: "es", alone: true },
  { lang: "it", alone: true },
  { lang: "en", alone: false },
  { lang: "fr", alone: false },
];
const MIN_LISTED_NAME_LETTERS = 3;
let moreGiven: ReadonlySet<string> | null = null;
function listedGivenNames(): ReadonlySet<string> {
  if (moreGiven) return moreGiven;
  const require = createRequire(import.meta.url);
  const stop = new Set(Object.values(STOPWORDS).flatMap((set) => [...set]));
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const { lang, alone } of GIVEN_NAME_MAPS) {
    const path = require.resolve(`gender-detection-from-name/names/${lang}.js`);
    const map = require(path) as ReadonlyMap<string, string>;
    // the module cache would keep the whole map (with its genders) alive for the process: only the set below stays
    delete require.cache[path];
    for (const name of map.keys()) {
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      if (!alone && n < 2) continue;
      if ([...name].length < MIN_LISTED_NAME_LETTERS || stop.has(name) || commonWordClass(name) === "common") continue;
      out.add(name);
    }
  }
  return (moreGiven = out);
}

/** Whether a word (any case) is a known given name. */
function isGivenName(w: string, listed: boolean): boolean {
  return GIVEN.has(w) || GIVEN.has(titleCase(w)) || (listed && listedGivenNames().has(w.toLocaleLowerCase("en")));
}

/** Whether one capitalised word is a known given name (the curated lists only): "Jane" beside a post row's date. */
export function isGivenNameWord(w: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(w) && isGivenName(w, false) && commonWordClass(w.toLowerCase()) !== "common";
}

/**
 * The heading and form words that stand after an English "By" where no writer does: a venue's directions ("By Car",
 * "By Train", "By Ferry"), an archive's or a search page's sort row ("By Date", "By Relevance", "By Category") and a
 * directory's or a form's filter ("By Region", "By Author", "By Email"). A closed list, never an open dictionary test:
 * given names that are English words too ("Joy", "Faith", "Dawn", "Ivy", "Pat", "Hazel", "Summer") and surnames
 * ("Baker", "Lane", "Long") stand after "By" as writers, and no word here is a name.
 */
const BY_HEADING_WORDS = new Set([
  "car", "train", "bus", "bike", "bicycle", "foot", "air", "ferry", "plane", "boat", "tram", "subway", "metro", "taxi",
  "date", "category", "topic", "type", "region", "name", "title", "author", "subject", "section", "email", "phone",
  "relevance", "popularity", "tag", "year", "month", "country", "location", "price", "rating", "size", "newest", "oldest",
]);

/** One capitalised word of BY_HEADING_WORDS ("Car", "Date", "Category"): after an English "By" a heading, not a writer. */
export function isByHeadingWord(w: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(w) && BY_HEADING_WORDS.has(w.toLowerCase());
}

/**
 * A CMS account or a placeholder where the writer's name goes ("Admin", "Super User", "Unknown", "Guest", "Webmaster",
 * "Sponsored"): the HTML reader's JUNK_AUTHORS, less the newsroom desks ("Redaktion", "La rédaction", the desks in other
 * scripts), which the dump rules read as the author when no writer signs (`isDeskLabel`). Never the author of a dump,
 * whichever rule read it. Family: blog and CMS themes that print the posting account, forum and wiki pages.
 */
export function isPlaceholderAuthor(name: string): boolean {
  const n = name.trim().toLowerCase();
  return JUNK_AUTHORS.has(n) && !isDeskLabel(n) && !NON_LATIN_DESKS.includes(n);
}

/** "JANE" and "jane" read as "Jane" (names set in capitals by the page's style). */
const titleCase = (w: string): string => w.charAt(0).toLocaleUpperCase("en") + w.slice(1).toLocaleLowerCase("en");

/** A name set in capitals ("JANE DOE"), read in title case. */
function unCapitals(s: string): string {
  return /\p{Ll}/u.test(s) ? s : s.split(/\s+/).map((w) => (w.length > 1 ? titleCase(w) : w)).join(" ");
}

/**
 * Whether a short line is a person's name: 2-4 capitalised words (or capitals) whose first word is a known given name.
 * `listed` false: the curated lists only, not the wide lists of five languages (`listedGivenNames`).
 */
export function isPersonName(s: string, listed = true): boolean {
  const t = unCapitals(s.trim());
  const parts = t.split(/\s+/);
  if (parts.length < 2 || parts.length > 4 || !looksLikeName(t)) return false;
  const first = parts[0].split("-")[0];
  return isGivenName(parts[0], listed) || (first !== parts[0] && isGivenName(first, listed));
}

/**
 * Session 22 (mend): nouns that end the name of a place, a venue, an organisation or an award ("London Bridge",
 * "Victoria Station", "Georgia Tech", "Emily Post Institute", "Mark Twain Award"): a capitalised run whose first word
 * passes the given-name test ("London", "Georgia", "Emily") names no person when such a noun is its last word. The
 * entity stage's heads (ORG_HEADS, LOC_HEADS; read-only use) less those that are common surnames too, and the nouns of
 * places, venues, studios and prizes they lack (PLACE_OR_ORG_HEADS_MORE, a local table, so entity outputs stay as
 * they are). Family: meta rows, bylines and author boxes that print a place's, a firm's or a prize's name.
 */
const PLACE_OR_ORG_HEADS_MORE = [
  "Bridge", "Station", "Square", "City", "Tech", "Street", "Road", "Avenue", "Airport", "Stadium", "Arena", "Museum",
  "Gallery", "Library", "Hotel", "Studio", "Studios", "Photography", "Media", "Award", "Awards", "Prize", "Festival",
  "Theatre", "Theater", "Cathedral", "Gardens",
];
/** Heads of the entity lists that are common surnames too ("Jane Post", "Anna Church", "Tom Bay"): kept as names. */
const HEADS_ALSO_SURNAMES = new Set(["Post", "Church", "Court", "House", "Bay", "Lake", "Hills", "Bank", "Guard", "Front", "Mount", "Press", "Times"]);
const PLACE_OR_ORG_HEADS: ReadonlySet<string> = new Set(
  [...ORG_HEAD_SET, ...LOC_HEAD_SET, ...PLACE_OR_ORG_HEADS_MORE].filter((w) => !HEADS_ALSO_SURNAMES.has(w)),
);
/** Whether a name's last word is a place's or an organisation's head noun ("… Bridge", "… Institute"). */
export function endsWithPlaceOrOrgHead(name: string): boolean {
  const last = name.trim().split(/\s+/).pop() ?? "";
  return PLACE_OR_ORG_HEADS.has(titleCase(last));
}

/**
 * Job titles printed after a byline name on the same line, with no separator ("Jane Doe Education editor", "Jane Doe
 * Senior Correspondent", "Max Muster Redakteur"). Family: newspaper bylines whose name and role sit in two inline
 * elements, run together by a whole-page text renderer. The last word is the role noun; up to two words (a desk or
 * seniority) may stand before it. The byline roles the HTML reader knows (JOB_TITLE_NOUNS), and more.
 */
const JOB_ROLE = new RegExp(
  `^(?:${JOB_TITLE_NOUNS}|critic|analyst|producer|photographer|kolumnist(?:in)?|r[ée]dact(?:eur|rice)|chroniqueu(?:r|se)|columnista|corrispondente|jornalista|rep[óo]rter|correspondente)$`,
  "i",
);

/**
 * The person's name of a "Name Surname [Desk] Role" line, or null. `listed` as for `isPersonName` (false: the given
 * name must be in the curated lists).
 */
export function nameBeforeJobTitle(s: string, listed = true): string | null {
  const words = s.trim().split(/\s+/);
  if (words.length < 3 || words.length > 7 || !JOB_ROLE.test(words[words.length - 1])) return null;
  // The name runs up to the first ordinary English word after its first two words (WordNet's common lemmas: a desk,
  // "Education", "Senior", "Staff") or up to the role noun itself; at most three role words follow it.
  let k = 2;
  while (k < words.length - 1 && commonWordClass(words[k].toLowerCase()) === null) k++;
  if (k > 4 || words.length - k > 3) return null;
  const name = words.slice(0, k).join(" ");
  if (isPersonName(name, listed)) return name;
  return null;
}

/**
 * Session 23: the newsroom credited as the writer, alone on its line beside the header's dateline or under the
 * headline ("Redaktion", "Die Redaktion", "La rédaction", "Redaktion mit Agenturen", "Redacción con agencias"): the
 * desk words of the byline languages (html/byline-lexicon.ts DESK_WORDS, the HTML reader's), an article and an agency
 * credit allowed. Family: regional news and special-interest sites that sign unsigned copy with their desk; the
 * annotators of the metadata sets take such a desk for the author.
 */
const DESK_LABEL = new RegExp(
  String.raw`^(?:(?:die|la|de|a|il)\s+)?(?:online-?)?(?:${DESK_WORDS.join("|")})(?:\s+(?:mit|with|avec|con|com|met)\s+(?:agenturen|agencies|agences|agencias|agenzie|agências|dpa|afp|ap|reuters|sid|kna|epd|apa))?$`,
  "iu",
);
export function isDeskLabel(s: string): boolean {
  return DESK_LABEL.test(s.trim());
}

/**
 * Session 23: a signature line "Jane Doe, Senior Counsel, Example Foundation" (a person's name, a comma, a role of at
 * most four words with a role noun, then anything): NGO, think-tank and association blogs print each writer so, one per
 * line, the next writer's line opening with "&" or "and" ("& John Roe, Director of Policy, …"). The role nouns are the
 * byline roles of html/byline-lexicon.ts and those of statements and advocacy (ROLE_AFTER_NAME_MORE).
 */
const ROLE_AFTER_NAME_MORE = "attorney|lawyer|counsel|director|professor|fellow|researcher|scientist|economist|analyst|manager|officer|coordinator|advocate|organi[sz]er|strategist|specialist|adviser|advisor|president|chair|associate|campaigner";
const ROLE_WORD = new RegExp(String.raw`^(?:${JOB_TITLE_NOUNS}|${MORE_JOB_TITLE_NOUNS}|${ROLE_AFTER_NAME_MORE})s?$`, "i");
const SIGNATURE = /^(?:(?:&|and|und|et|y|e)\s+)?([^,]{3,40}?),\s+([^,]{3,60})(?:,.*)?$/iu;
/** The name of such a signature line, or null; `continued` true when the line opens with "&" or "and". */
export function signatureName(s: string): { name: string; continued: boolean } | null {
  if (s.length > 160) return null;
  const m = SIGNATURE.exec(s.trim());
  if (!m) return null;
  const role = m[2].trim().split(/\s+/);
  if (role.length > 4 || !role.some((w) => ROLE_WORD.test(w.replace(/[.,;:]$/, "")))) return null;
  // (an academic or courtesy title before the name is no part of it, "Dr. Jane Doe, Professor of History, …"; not
  //  "lead", a band's "Lead Guitar" as often as a job's, session 23 mend)
  const name = m[1].trim().replace(/^(?:(?:&|and|und|et|y|e)\s+)?(?:dr|prof|mr|mrs|ms)\.?\s+(?=\p{Lu})/iu, "");
  if (!isPersonName(name)) return null;
  return { name, continued: /^(?:&|and|und|et|y|e)\s/i.test(s.trim()) };
}
