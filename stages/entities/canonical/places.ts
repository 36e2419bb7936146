/**
 * Place names written several ways in English-language copy, for the matching key of GPE/LOC
 * mentions (stages/entities/canonical/normalize.ts):
 *
 *  - US state abbreviations: postal codes ("OK", "NJ") and the traditional / AP-style forms of
 *    datelines and addresses ("Okla.", "Calif.", "N.J."), which name the state itself;
 *  - the official "City of X" / "State of X" form of a place ("the City of Cleveland",
 *    "the State of Pennsylvania"), which names X;
 *  - a place followed by the country or state it lies in, as datelines and addresses write it
 *    ("Paris, France", "Tulsa, Oklahoma", "Portland, Ore."): the place is the first part.
 */
import { COUNTRY_OR_STATE_SET } from "../lexicon.ts";

/**
 * US state abbreviation (lower case, without dots) → the state's name. Family: US news datelines,
 * addresses and tables. Left out: "la" (Los Angeles as often as Louisiana), and the traditional
 * forms that are English words ("Miss.", "Mass.", "Wash.", "Ore." stays: no English word "ore" is
 * tagged a place).
 */
export const US_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  // Postal codes.
  al: "alabama", ak: "alaska", az: "arizona", ar: "arkansas", ca: "california", co: "colorado",
  ct: "connecticut", de: "delaware", fl: "florida", ga: "georgia", hi: "hawaii", id: "idaho",
  il: "illinois", in: "indiana", ia: "iowa", ks: "kansas", ky: "kentucky", me: "maine",
  md: "maryland", ma: "massachusetts", mi: "michigan", mn: "minnesota", ms: "mississippi",
  mo: "missouri", mt: "montana", ne: "nebraska", nv: "nevada", nh: "new hampshire", nj: "new jersey",
  nm: "new mexico", ny: "new york", nc: "north carolina", nd: "north dakota", oh: "ohio",
  ok: "oklahoma", or: "oregon", pa: "pennsylvania", ri: "rhode island", sc: "south carolina",
  sd: "south dakota", tn: "tennessee", tx: "texas", ut: "utah", vt: "vermont", va: "virginia",
  wa: "washington", wv: "west virginia", wi: "wisconsin", wy: "wyoming",
  // Traditional and AP-style abbreviations (dots dropped by the key).
  ala: "alabama", ariz: "arizona", ark: "arkansas", cal: "california", calif: "california",
  colo: "colorado", conn: "connecticut", del: "delaware", fla: "florida", ill: "illinois",
  ind: "indiana", kan: "kansas", kans: "kansas", mich: "michigan", minn: "minnesota", mont: "montana",
  neb: "nebraska", nebr: "nebraska", nev: "nevada", okla: "oklahoma", ore: "oregon",
  tenn: "tennessee", tex: "texas", wis: "wisconsin", wisc: "wisconsin", wyo: "wyoming",
  // The capital district: "D.C.", "Washington, D.C." and "District of Columbia" are one place.
  dc: "washington dc", "district of columbia": "washington dc",
};

/**
 * Leading words of an official place name that say what kind of unit it is: "City of Cleveland"
 * is Cleveland. Not "Republic of" / "Kingdom of" ("Republic of China" is not China).
 */
const PLACE_KIND_PREFIX = /^(?:city|town|village|borough|township|state|commonwealth)\s+of\s+(?=\S)/i;

/** A place, a comma, and the country or state it lies in ("Paris, France", "Salem, Ore."). */
const PLACE_IN_REGION = /^([^,]+?)\s*,\s*([^,]+?)\s*$/;

/**
 * True when `name` (as written) is a country, a state or province, or a US state abbreviation.
 * Not "D.C.": "Washington, D.C." is the city, not the state of Washington.
 */
function isCountryOrState(name: string): boolean {
  const plain = name.replace(/\./g, "").trim();
  const abbreviation = plain.toLowerCase().replace(/\s+/g, "");
  return COUNTRY_OR_STATE_SET.has(plain) || (abbreviation !== "dc" && Object.hasOwn(US_STATE_ABBREVIATIONS, abbreviation));
}

/** The surface of a GPE/LOC mention reduced to the place it names (see the file comment). */
export function placeCore(surface: string): string {
  let s = surface.trim();
  const m = PLACE_IN_REGION.exec(s);
  if (m && isCountryOrState(m[2]!)) s = m[1]!;
  return s.replace(/^the\s+/i, "").replace(PLACE_KIND_PREFIX, "");
}
