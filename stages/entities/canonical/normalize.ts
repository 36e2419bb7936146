/**
 * The matching key of an entity surface: the tokens that decide whether two
 * surfaces name the same thing, with case, diacritics, punctuation, articles,
 * possessives, Arabic article particles and transliteration variants removed.
 * Keys are for matching only; names shown to users come from the surfaces.
 */
import { honorifics } from "../../common/honorifics.ts";
import type { EntityType } from "../../../schemas/records.ts";
import { NICKNAMES } from "./nicknames.ts";
import { placeCore, US_STATE_ABBREVIATIONS } from "./places.ts";
import { tokenSkeleton } from "./transliteration.ts";

/** Letters that Unicode decomposition does not split into base + mark. */
const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = {
  ø: "o", Ø: "O", // "Støre"
  ł: "l", Ł: "L", // "Wałęsa"
  đ: "d", Đ: "D", // "Đoković"
  ð: "d", Ð: "D",
  þ: "th", Þ: "Th",
  ß: "ss", // "Strauß"
  æ: "ae", Æ: "Ae",
  œ: "oe", Œ: "Oe",
  ı: "i", // Turkish dotless i: "Diyarbakır"
};

/** Letters without diacritics: "Erdoğan" → "Erdogan", "José" → "Jose". */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[øØłŁđĐðÐþÞßæÆœŒı]/g, (c) => UNDECOMPOSED_LETTERS[c] ?? c);
}

/**
 * Arabic definite-article particles written before a word, with a hyphen
 * ("al-Assad", "ad-Dawla", "as-Sham", "ash-Shaykh", "an-Nusra"): dropped for
 * matching, since writers include or omit them and assimilate the consonant.
 * Only when hyphen-joined: "as" or "an" alone are English words.
 */
const HYPHEN_PARTICLE = /(^|[\s-])(?:al|el|ad|as|ash|at|ath|ar|az|an|ud|ul|ur|ed|es|er|et|ez)-(?=\p{L})/giu;

/** The particles "al"/"el" also stand alone ("Bashar al Assad", "Al Qaeda"); dropped when other tokens remain. */
const STANDALONE_PARTICLES: ReadonlySet<string> = new Set(["al", "el"]);

/**
 * Courtesy titles before a person's name: they say nothing about who it is
 * ("Mr Kerry" is "Kerry"). Office titles (president, minister) are the
 * tagger's concern and are not listed.
 */
const HONORIFICS: ReadonlySet<string> = new Set(honorifics("courtesy").map((w) => w.toLowerCase())); // stages/common/honorifics.ts

/**
 * Office and rank titles a tagger may leave before a name ("President Putin",
 * "Finance Minister Olga Petrenko", "Gen. Mattis"). Left in, they make
 * "President Putin" a two-word full name that competes with "Vladimir Putin"
 * for the surname "Putin". Dropped only from the front and only while a word
 * remains.
 */
const TITLES: ReadonlySet<string> = new Set([
  "president", "vice", "prime", "minister", "foreign", "defence", "defense", "deputy", "secretary", "chancellor",
  "premier", "king", "queen", "prince", "princess", "emir", "sheikh", "pope", "ambassador", "envoy", "senator", "sen",
  "rep", "representative", "governor", "gov", "mayor", "general", "gen", "colonel", "col", "lieutenant", "lt",
  "major", "maj", "captain", "capt", "admiral", "adm", "commander", "judge", "justice", "chairman", "chairwoman",
  "spokesman", "spokeswoman", "special", "state", "former", "late",
  // Advisers, officers and clergy: "Advisor Jane Roe", "Sergeant Roe", "Imam Roe".
  "advisor", "adviser", "counsellor", "counselor", "aide", "consul", "commissioner", "inspector", "director", "chief",
  "officer", "sergeant", "sgt", "corporal", "cpl", "private", "pvt", "brigadier", "brig", "marshal", "professor",
  "doctor", "rabbi", "imam", "ayatollah", "mullah", "cleric", "bishop", "archbishop", "cardinal", "reverend", "rev",
  "shaikh", "sultan", "congressman", "congresswoman", "councillor", "councilman", "councilwoman", "acting", "interim",
  "assistant", "executive", "ceo", "coach", "spokesperson", "detective", "agent",
  // Monarchs, nobility and clergy in biographies and history: "Emperor Joshua Roe", "Empress Roe",
  // "Marquis de Roe", "Saint Roe", "Abbot Roe", "Father Roe". Not "lord"/"lady": "Lady Gaga" is a name.
  "emperor", "empress", "tsar", "tsarina", "tsarevich", "tsarevna", "czar", "czarina", "kaiser", "marquis",
  "marquess", "duke", "duchess", "earl", "baron", "baroness", "count", "countess", "saint", "st", "abbot",
  "abbess", "abba", "father", "friar", "pastor", "deacon", "emeritus",
  // Parliamentary and party offices written before a name: "Speaker Jane Roe", "Majority Leader Roe", "Chief Whip Roe",
  // "Labour MP Jane Roe", "Lawmaker Roe".
  "speaker", "leader", "whip", "mp", "mep", "msp", "lawmaker", "legislator",
]);

/**
 * Lower-case words that belong to a surname ("Staffan de Mistura" → "de
 * Mistura", "Mohammed bin Salman" → "bin Salman"): a mention made only of such
 * a particle and a last word is a surname-only mention.
 */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "del", "della", "di", "da", "das", "dos", "du", "des", "van", "von", "der", "den", "ter", "le", "la",
  "bin", "ibn", "ben", "bint",
]);

/**
 * The "first name + surname" form of a PERSON key that has middle names or initials between them
 * ("jared tristan padalecki" and "eugene a nida" give "jared padalecki" and "eugene nida"; a surname
 * keeps its particles: "anne marie de vries" gives "anne de vries"), or null when the key has no
 * middle word. Family: biographies and court or news copy that introduce a person by their full
 * name once ("Jane Mary Roe") and then write the usual two-word form ("Jane Roe"); the index merges
 * the two only when the two-word form fits one longer name in the corpus (corpus/canonical.ts).
 */
export function firstAndSurname(key: string): string | null {
  const tokens = key.split(" ");
  let i = tokens.length - 1;
  while (i > 1 && SURNAME_PARTICLES.has(tokens[i - 1]!)) i--;
  if (i < 2 || SURNAME_PARTICLES.has(tokens[0]!)) return null;
  return [tokens[0]!, ...tokens.slice(i)].join(" ");
}

/**
 * Whole-name variants that no spelling rule can find: the same country or
 * organisation under a short name, an acronym or an older name. Per entity
 * type, so "US" only means the United States when tagged as a place.
 * Keys and values are matching keys (lower case, no dots).
 */
const NAME_VARIANTS: Readonly<Partial<Record<EntityType, Readonly<Record<string, string>>>>> = {
  GPE: {
    // The United States: acronyms with and without dots, and "America" as the country.
    us: "united states",
    usa: "united states",
    "united states of america": "united states",
    america: "united states",
    // The United Kingdom: "Britain" and "Great Britain" name the state in news usage.
    uk: "united kingdom",
    britain: "united kingdom",
    "great britain": "united kingdom",
    "united kingdom of great britain and northern ireland": "united kingdom",
    // The European Union when tagged as a polity.
    eu: "european union",
    // Capitals renamed or spelled two ways in English-language news.
    bombay: "mumbai",
    burma: "myanmar",
    // US states by their postal and traditional abbreviations ("OK", "Calif."), canonical/places.ts.
    ...US_STATE_ABBREVIATIONS,
  },
  ORG: {
    // The United Nations ("U.N.", "UN"), but not "UN Security Council": whole keys only.
    un: "united nations",
    // The European Union when tagged as an organisation.
    eu: "european union",
  },
};

/** `NAME_VARIANTS` with keys and values passed through the same token skeleton as surfaces ("bombay" → "bombai"). */
const NAME_VARIANT_KEYS: ReadonlyMap<EntityType, ReadonlyMap<string, string>> = (() => {
  const skeletonKey = (k: string) => k.split(" ").map(tokenSkeleton).join(" ");
  const out = new Map<EntityType, Map<string, string>>();
  for (const [type, table] of Object.entries(NAME_VARIANTS) as [EntityType, Record<string, string>][]) {
    out.set(type, new Map(Object.entries(table).map(([k, v]) => [skeletonKey(k), skeletonKey(v)])));
  }
  return out;
})();

/** Surfaces written as acronyms: "NATO", "U.N.", "ISIL", "AT&T". */
const ACRONYM_SURFACE = /^(?:\p{Lu}\.?\s?){1,}(?:&\p{Lu}\.?)*\p{Lu}?\.?$/u;

/** True when the surface is an acronym (2+ capitals, dots optional). */
export function isAcronymSurface(surface: string): boolean {
  const s = surface.trim();
  return ACRONYM_SURFACE.test(s) && (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** A trailing possessive: "Lavrov's", "Lavrov’s", "the Joneses'". */
const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/i;

/**
 * The surface as a name to show: trimmed, without a possessive or a lower-case
 * leading "the", and for a person without leading titles ("Foreign Minister
 * Sergey Lavrov" shows as "Sergey Lavrov", "Colonel Roe" as "Roe") while a word
 * remains: a title never enters a canonical name.
 */
export function displayName(surface: string, type: EntityType): string {
  let name = surface.trim().replace(POSSESSIVE, "").replace(/^the\s+/, "").trim();
  if (type === "PERSON") {
    // The leading words (a title is one word or a hyphenated pair: "President-elect") and where each ends.
    const words: string[] = [];
    const ends: number[] = [];
    const hyphens: boolean[] = [];
    const word = /(\p{L}+)\.?(\s+|-)(?=\S)/uy;
    for (let m = word.exec(name); m !== null && words.length < MAX_TITLE_WORDS; m = word.exec(name)) {
      words.push(m[1]!);
      ends.push(word.lastIndex);
      hyphens.push(m[2] === "-");
    }
    let k = leadingTitleWords(words, words.length + 1);
    // A hyphen joins a title to its qualifier ("President-elect"), never to a name ("Saint-Saëns" stays whole).
    while (k > 0 && hyphens[k - 1]) k--;
    // Only a generational suffix would be left ("Lance Bishop Jr"): the whole name stays.
    if (k > 0 && name.slice(ends[k - 1]).split(/\s+/).every((x) => GENERATION_SUFFIXES.has(x.toLowerCase().replace(/\.$/, "")))) k = 0;
    if (k > 0) name = name.slice(ends[k - 1]);
  }
  return name;
}

const isLeadingTitle = (word: string) => HONORIFICS.has(word.toLowerCase()) || TITLES.has(word.toLowerCase());

/**
 * Words that go on a title once it has begun ("President-elect", "Secretary of State", "Minister for Foreign Affairs",
 * "Commander-in-Chief", "Minister of Finance"): qualifiers, linking words and the names of portfolios. Family: office
 * titles of government and public bodies written in full before a name in news and politics copy; only read after a
 * title word, so "Hope", "Grace" or "Trade" as a name are left alone.
 */
const TITLE_QUALIFIERS: ReadonlySet<string> = new Set(["elect", "designate", "general", "emeritus", "in"]);
/**
 * Rank words that open a title without being one ("Senior Advisor", "Field Marshal", "Staff Sergeant", "Rear Admiral",
 * "Wing Commander", "First Minister", "Majority Leader"): read as part of the title only when a title word follows, so
 * a name that opens with one of them ("Field Roe") is left alone.
 */
const TITLE_OPENERS: ReadonlySet<string> = new Set([
  "senior", "junior", "top", "principal", "lead", "head", "field", "staff", "master", "petty", "rear", "lance", "wing",
  "squadron", "flight", "first", "second", "majority", "minority", "opposition", "shadow", "party",
]);
const TITLE_LINKS: ReadonlySet<string> = new Set(["of", "for", "the", "and"]);
const PORTFOLIOS: ReadonlySet<string> = new Set([
  "affairs", "home", "interior", "finance", "treasury", "health", "education", "trade", "industry", "energy", "labour",
  "labor", "agriculture", "transport", "transportation", "environment", "culture", "economy", "commerce", "war", "navy",
  "army", "security", "homeland", "immigration", "housing", "development", "communications", "tourism", "sport",
  "sports", "science", "technology", "fisheries", "mines", "works", "welfare", "employment", "planning", "veterans",
  "external", "internal", "national", "public", "social", "economic", "attorney", "staff", "chiefs", "joint",
]);
/** A title chain reads at most this many words. */
const MAX_TITLE_WORDS = 8;
/**
 * How many leading words of `words` are a title ("Deputy Prime Minister", "Secretary of State", "President-elect"):
 * a title word first, then title words, qualifiers, portfolios and linking words, never ending on a linking word, and
 * leaving at least one word of `total` (the words of the whole name); none when a linking word follows the chain.
 */
function leadingTitleWords(words: readonly string[], total: number): number {
  let k = 0;
  let titled = false;
  for (let t = 0; t < words.length && t < total - 1; t++) {
    const w = words[t]!.toLowerCase();
    const titleWord = isLeadingTitle(w);
    // A portfolio may open the title ("Home Secretary", "Attorney General"), a qualifier or a link may not.
    if (t === 0 ? !(titleWord || PORTFOLIOS.has(w) || TITLE_OPENERS.has(w)) : !(titleWord || TITLE_QUALIFIERS.has(w) || TITLE_OPENERS.has(w) || PORTFOLIOS.has(w) || TITLE_LINKS.has(w))) break;
    titled ||= titleWord;
    if (!TITLE_LINKS.has(w) && w !== "in" && titled) k = t + 1;
  }
  // A title running on into an "of" name ("Duke of Velmor", "Secretary of State" alone) is the whole name.
  if (k < words.length && TITLE_LINKS.has(words[k]!.toLowerCase())) return 0;
  // Only a generational suffix left ("Lance Bishop Jr" read as two titles): no title, the whole name stays.
  const rest = words.slice(k);
  return rest.length > 0 && rest.every((x) => GENERATION_SUFFIXES.has(x.toLowerCase().replace(/\.$/, ""))) ? 0 : k;
}
/** Generational suffixes, never a name by themselves. */
const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv", "v", "junior", "senior"]);

/** Tokens of the matching key of `surface` (see the file comment). Never empty for a non-empty surface. */
export function matchTokens(surface: string, type: EntityType): string[] {
  const words = nameWords(surface, type);
  return words.map((t, k) => {
    let lower = t.toLowerCase();
    // An acronym's letters are not a spelling: "USSR" keeps its double "s".
    if (t.length <= MAX_LITERAL_ACRONYM && t === t.toUpperCase() && t !== lower) return lower;
    // A pet name is its formal name ("Bill" = "William"), for people only, and not as a surname ("Jane Bill").
    if (type === "PERSON" && (k < words.length - 1 || words.length === 1)) lower = NICKNAMES.get(lower) ?? lower;
    // A final "-ah" of a transliterated place is often written "-a" ("Raqqah"/"Raqqa").
    if ((type === "GPE" || type === "LOC") && lower.length >= 5 && lower.endsWith("ah")) lower = lower.slice(0, -1);
    return tokenSkeleton(lower);
  });
}

/** Longest all-capital word kept letter for letter rather than respelled ("NATO", "OPCW", "USSR"). */
const MAX_LITERAL_ACRONYM = 6;

/** The words of a surface, lower case and folded, particles and honorifics dropped, before spelling rewrites. */
export function plainTokens(surface: string, type: EntityType): string[] {
  return nameWords(surface, type).map((t) => t.toLowerCase());
}

/** The words of a surface as written (folded), particles and honorifics dropped. */
export function nameWords(surface: string, type: EntityType): string[] {
  let s = foldDiacritics(type === "GPE" || type === "LOC" ? placeCore(surface) : surface).trim().replace(POSSESSIVE, "");
  s = s.replace(/^the\s+/i, "").replace(/&/g, " and ");
  s = s.replace(/[‘’ʼʻʾʿ`´']/g, "'");
  s = s.replace(HYPHEN_PARTICLE, "$1");
  // Dots are abbreviation marks ("U.S.", "St. Petersburg"); apostrophes inside
  // words mark a glottal stop or ayn ("Ma'arrat"): both vanish. Other
  // punctuation (hyphens, slashes) separates words: "Jong-un" = "Jong Un".
  s = s.replace(/[.']/g, "");
  const written = s;
  s = s.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  let tokens = s.split(" ").filter((t) => t.length > 0);
  tokens = joinSpacedInitials(tokens);
  const withoutParticles = tokens.filter((t) => !STANDALONE_PARTICLES.has(t.toLowerCase()));
  if (withoutParticles.length > 0) tokens = withoutParticles;
  if (type === "NORP") tokens = tokens.map((t, i) => (i === tokens.length - 1 ? singularGroupName(t) : t));
  if (type === "PERSON") {
    let k = leadingTitleWords(tokens.slice(0, MAX_TITLE_WORDS), tokens.length);
    // As in displayName: a hyphen joins a title to its qualifier ("President-elect"), never to a name ("King-Smith"
    // keys as "king smith", not as a lone "Smith").
    while (k > 0 && hyphenJoined(written, tokens[k - 1]!, tokens[k]!)) k--;
    tokens = tokens.slice(k);
  }
  return tokens;
}

/** Are words a and b written joined by a hyphen in `written` ("King-Smith")? */
function hyphenJoined(written: string, a: string, b: string): boolean {
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${esc(a)}\\s*[-‐‑–]\\s*${esc(b)}(?![\\p{L}\\p{N}])`, "iu").test(written);
}

/**
 * A nationality or group in the plural names the same group as its singular
 * ("Russians"/"Russian", "Sunnis"/"Sunni", "Democrats"/"Democrat"). Not for
 * "-ss" words ("Swiss") or short words.
 */
function singularGroupName(token: string): string {
  return token.length >= 5 && /[^sS][sS]$/.test(token) ? token.slice(0, -1) : token;
}

/** "u s" (from "U. S.") is one acronym "us"; a lone initial ("George W Bush") stays a token. */
function joinSpacedInitials(tokens: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 2) out.push(run.join(""));
    else for (const t of run) out.push(t);
    run = [];
  };
  for (const t of tokens) {
    if (t.length === 1 && /\p{L}/u.test(t)) run.push(t);
    else {
      flush();
      out.push(t);
    }
  }
  flush();
  return out;
}

/**
 * Country and union acronyms that open organisation names, read as the full name: "U.S. Senate" =
 * "US Senate" = "United States Senate", "UN Security Council" = "United Nations Security Council",
 * "UK Home Office" = "United Kingdom Home Office". Family: government bodies and agencies named
 * after their country or union. The whole-name tables above give the full forms.
 */
const LEADING_ACRONYMS: ReadonlySet<string> = new Set(["us", "usa", "uk", "un", "eu"]);

/** The matching key of a surface for its type: tokens joined by spaces, then whole-name variants. */
export function matchKey(surface: string, type: EntityType): string {
  const tokens = matchTokens(surface, type);
  if (type === "ORG" && tokens.length >= 2 && LEADING_ACRONYMS.has(tokens[0]!)) {
    tokens[0] = NAME_VARIANT_KEYS.get("ORG")?.get(tokens[0]!) ?? NAME_VARIANT_KEYS.get("GPE")?.get(tokens[0]!) ?? tokens[0]!;
  }
  const key = tokens.join(" ");
  return NAME_VARIANT_KEYS.get(type)?.get(key) ?? key;
}
