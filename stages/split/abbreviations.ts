/**
 * Words that end with a period without ending a sentence. Kept as one table,
 * each group with the case it guards against. Compared case-sensitively on the
 * token before the period (without the period).
 */
import { honorifics } from "../common/honorifics.ts";

/** Titles and honorifics (the shared table's `split` column): "Mr. Kerry said" must not split after "Mr.". */
const HONORIFICS = honorifics("split");

/** Month and weekday abbreviations used in news datelines: "On Jan. 23 talks began". */
const CALENDAR = [
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
];

/** Organisation and address suffixes: "Acme Corp. shares fell". */
const ORGANISATIONAL = ["Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "Mt", "Ft"];

/** Reference and Latin abbreviations: "see p. 4", "e.g. this", "vs. that". */
const REFERENCE = ["No", "Nos", "Vol", "vol", "pp", "p", "ch", "fig", "Fig", "approx", "est", "vs", "etc", "cf", "al", "ca", "viz", "i.e", "e.g", "a.m", "p.m", "Ph.D"];

/** US state abbreviations in AP style: "Springfield, Ill., officials said". */
const US_STATES_AP = [
  "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
  "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
];

export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...HONORIFICS, ...CALENDAR, ...ORGANISATIONAL, ...REFERENCE, ...US_STATES_AP,
]);

/**
 * Words that usually open a sentence. After an ambiguous abbreviation such as
 * "U.S." we split only when one of these follows: "in the U.S. The talks" splits,
 * "U.S. Ambassador" does not.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This", "That",
  "These", "Those", "There", "His", "Her", "Their", "Its", "Our", "Mr", "Mrs", "Ms", "As", "After", "Before",
  "When", "While", "However", "Meanwhile", "Earlier", "Later", "According", "Some", "Many", "Most", "Officials",
]);
