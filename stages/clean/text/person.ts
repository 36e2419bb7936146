/**
 * A stronger person-name test for bare names in a dump's header (session 15t2). `looksLikeName` (header.ts) accepts
 * any 2-5 capitalised words, which German nouns, section labels and product names pass ("Soziale Energie",
 * "Aktuelle Meldung"). A bare name with no byline word before it is read as the author only when its first word is a
 * known given name: the entity stage's given-name lists (stages/entities/data, read-only use: the compromise lexicon's
 * given names and the curated GIVEN_NAMES, several languages and scripts of Latin letters).
 */
import { GIVEN_NAMES } from "../../entities/data/gazetteers.ts";
import { NAME_LISTS } from "../../entities/data/name-lists.ts";
import { commonWordClass } from "../../entities/lexicon.ts";
import { looksLikeName } from "./header.ts";
import { JOB_TITLE_NOUNS } from "../html/byline-lexicon.ts";

const GIVEN: ReadonlySet<string> = new Set([...(NAME_LISTS.GIVEN ?? "").split("|").filter(Boolean), ...GIVEN_NAMES]);

/** "JANE" and "jane" read as "Jane" (names set in capitals by the page's style). */
const titleCase = (w: string): string => w.charAt(0).toLocaleUpperCase("en") + w.slice(1).toLocaleLowerCase("en");

/** A name set in capitals ("JANE DOE"), read in title case. */
function unCapitals(s: string): string {
  return /\p{Ll}/u.test(s) ? s : s.split(/\s+/).map((w) => (w.length > 1 ? titleCase(w) : w)).join(" ");
}

/** Whether a short line is a person's name: 2-4 capitalised words (or capitals) whose first word is a known given name. */
export function isPersonName(s: string): boolean {
  const t = unCapitals(s.trim());
  const parts = t.split(/\s+/);
  if (parts.length < 2 || parts.length > 4 || !looksLikeName(t)) return false;
  return GIVEN.has(parts[0]) || GIVEN.has(titleCase(parts[0].split("-")[0]));
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

/** The person's name of a "Name Surname [Desk] Role" line, or null. */
export function nameBeforeJobTitle(s: string): string | null {
  const words = s.trim().split(/\s+/);
  if (words.length < 3 || words.length > 7 || !JOB_ROLE.test(words[words.length - 1])) return null;
  // The name runs up to the first ordinary English word after its first two words (WordNet's common lemmas: a desk,
  // "Education", "Senior", "Staff") or up to the role noun itself; at most three role words follow it.
  let k = 2;
  while (k < words.length - 1 && commonWordClass(words[k].toLowerCase()) === null) k++;
  if (k > 4 || words.length - k > 3) return null;
  const name = words.slice(0, k).join(" ");
  if (isPersonName(name)) return name;
  return null;
}
