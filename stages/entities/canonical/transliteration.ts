/**
 * Spelling variants of one name token, from transliteration (Cyrillic, Arabic,
 * Persian, Turkish...) into Latin script. Two layers:
 *
 * 1. `TOKEN_VARIANTS`: a table of known variant spellings, each mapped to one
 *    representative. Only spellings that are the same name are listed; names
 *    that merely look alike stay apart ("Lavrov" is not a variant of any
 *    longer "Lavr..." surname, "Bashar" is not "Bashir").
 * 2. `tokenSkeleton`: a few spelling-neutral rewrites that hold for any token
 *    ("Hassan"/"Hasan", "Sergey"/"Sergei", "Youssef"/"Yusef").
 *
 * Then `nearSpelling` allows one substituted letter inside long tokens only
 * (see the bound there), never an added or dropped letter: "Ivanov"/"Ivanova"
 * are different people.
 *
 * The table is general world knowledge (common first names and well-known
 * organisation words), not taken from any document.
 */

/**
 * Rows of place names only: every spelling is the town's, none a common surname or given name. The entities stage
 * reads two spellings of one document as one place by these rows alone (`placeSpelling`).
 */
const PLACE_ROWS: readonly (readonly string[])[] = [
  // Place names with a current and an older or Russian-based spelling.
  ["kyiv", "kiev"],
  ["kharkiv", "kharkov"],
  ["odesa", "odessa"],
  ["beijing", "peking"],
  // Towns of Syria, Iraq, Libya, Yemen and Afghanistan under their Arabic, French-based and English
  // spellings (vowels and the final -ah vary; a final "-ah" is already read as "-a" for places).
  ["homs", "hims"],
  ["idlib", "idleb"],
  ["deraa", "daraa", "dera", "dara"],
  ["raqqa", "rakka", "raka", "raqa"],
  ["kobani", "kobane"],
  ["qamishli", "qamishlo", "kamishli", "qamishly"],
  ["tikrit", "takrit"],
  ["benghazi", "bengasi", "banghazi"],
  ["misrata", "misurata"],
  ["sanaa", "sana"],
  ["hodeida", "hudaydah", "hudayda", "hodeidah"],
  ["kandahar", "qandahar"],
];

/** Each row: the representative spelling first, then its variants. Lower case, diacritics folded. */
const VARIANT_ROWS: readonly (readonly string[])[] = [
  // Russian first names: -ei/-ey/-ej endings, ks/x, softening marks dropped.
  ["sergey", "sergei", "serguei", "sergej", "sergiy"],
  ["alexander", "aleksandr", "alexandr", "aleksander", "oleksandr"],
  ["alexey", "alexei", "aleksei", "aleksey", "alexej", "oleksiy"],
  ["andrey", "andrei", "andrej", "andriy"],
  ["dmitry", "dmitri", "dmitriy", "dimitri"],
  ["yuri", "yury", "yuriy", "iouri", "yurii"],
  ["yevgeny", "evgeny", "evgeni", "yevgeni", "evgeniy", "yevgeniy"],
  ["nikolay", "nikolai", "nicolai"],
  ["mikhail", "mihail", "mikhael"],
  ["fyodor", "fedor", "feodor"],
  ["pyotr", "petr"],
  ["vasily", "vasili", "vasiliy", "vassily"],
  ["anatoly", "anatoli", "anatoliy"],
  ["gennady", "gennadi", "gennadiy"],
  ["valery", "valeri", "valeriy"],
  ["yulia", "yuliya", "iulia"],
  ["natalya", "natalia", "natalija"],
  ["tatyana", "tatiana"],
  // Arabic names: vowel spelling (u/o, a/e, i/e) and doubled consonants vary by convention.
  ["muhammad", "mohammed", "mohamed", "mohammad", "muhammed", "mohamad", "muhamad", "mohamud", "mouhamed"],
  ["ahmad", "ahmed"],
  ["mahmoud", "mahmud", "mahmood"],
  ["hussein", "husain", "hussain", "husayn", "hossein", "housein"],
  ["hassan", "hasan", "hasson"],
  ["khalid", "khaled"],
  ["yusuf", "yousef", "youssef", "yusef", "yousuf", "youssouf"],
  ["abdullah", "abdallah", "abdulla", "abdalla"],
  ["omar", "umar"],
  ["osama", "usama"],
  ["uthman", "othman", "osman"],
  ["mustafa", "moustafa", "mostafa", "mustapha"],
  ["abdel", "abdul", "abd"],
  ["said", "saeed", "sayed", "sayyid"],
  ["rashid", "rachid", "rasheed"],
  ["walid", "waleed"],
  ["faisal", "faysal", "feisal"],
  ["nasser", "nasir", "naser"],
  ["qaddafi", "gaddafi", "gadhafi", "kadhafi", "qadhafi", "gadafi", "kaddafi"],
  // Arabic words inside organisation names ("Army of ...", "Front ...", "party of God").
  ["jaish", "jaysh", "jeish"],
  ["jabhat", "jebhat"],
  ["hezbollah", "hizbollah", "hizballah", "hizbullah", "hezbolah"],
  ["qaeda", "qaida", "kaida"],
  ["daesh", "daish"],
  ["sham", "shaam"],
  ["ansar", "ansaar"],
  ...PLACE_ROWS,
  ["mazar", "mazari"],
];

/** variant → representative, built once from the table above. */
export const TOKEN_VARIANTS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [head, ...rest] of VARIANT_ROWS) {
    m.set(head, head);
    for (const v of rest) m.set(v, head);
  }
  return m;
})();

/** Place spelling → representative, from PLACE_ROWS only. */
const PLACE_VARIANTS: ReadonlyMap<string, string> = new Map(PLACE_ROWS.flatMap(([head, ...rest]) => [[head, head] as const, ...rest.map((v) => [v, head] as const)]));

/** The representative spelling of a lower-case place token by an explicit place row ("hims" → "homs"), or undefined. */
export function placeSpelling(token: string): string | undefined {
  return PLACE_VARIANTS.get(token);
}

/** Roman numerals in regnal names ("Abdullah II") must not be rewritten: "ii" is not "i". */
const ROMAN_NUMERAL = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})$/;

/**
 * Spelling-neutral form of one lower-case token. Rewrites that hold for any
 * transliterated name, applied to tokens of 4+ letters (short tokens are
 * often acronyms or particles where a letter matters):
 * - doubled letters collapse: "Hassan"/"Hasan", "Abdallah"/"Abdalah";
 * - "ks" is "x": "Maksim"/"Maxim";
 * - "ou" is "u" (French-based transliteration): "Youssef"/"Yussef";
 * - a final "y", "iy", "ii" or "yi" is "i" (Russian endings): "Dmitriy"/"Dmitri".
 */
export function tokenSkeleton(token: string): string {
  let skeleton = skeletonMemo.get(token);
  if (skeleton === undefined) {
    if (skeletonMemo.size >= SKELETON_MEMO_WORDS) skeletonMemo.clear();
    skeletonMemo.set(token, (skeleton = skeletonOf(token)));
  }
  return skeleton;
}

/**
 * tokenSkeleton's answers, by word: the names of a corpus repeat their words (given names, surnames, "united",
 * "national"), and each answer costs five regular expressions. Forgotten all at once past SKELETON_MEMO_WORDS
 * words (a corpus of millions of distinct words keeps a bounded memo).
 */
const skeletonMemo = new Map<string, string>();
const SKELETON_MEMO_WORDS = 100_000;

function skeletonOf(token: string): string {
  const table = TOKEN_VARIANTS.get(token);
  let t = table ?? token;
  if (t.length < 4 || ROMAN_NUMERAL.test(t) || !/^\p{L}+$/u.test(t)) return t;
  t = t.replace(/(\p{L})\1+/gu, "$1");
  // The first letter is kept as written, so initials and near-spelling checks can rely on it.
  const rest = t
    .slice(1)
    .replace(/ks/g, "x")
    .replace(/ou/g, "u")
    .replace(/(?:iy|ii|yi|y)$/, "i");
  return t[0] + rest;
}

/** Vowel pairs that transliterations of Arabic and Persian swap (kasra as e or i, damma as o or u): "Idleb"/"Idlib". */
const VOWEL_CLASS: Readonly<Record<string, string>> = { e: "1", i: "1", o: "2", u: "2" };

/** A token with its swappable vowels replaced by their class: tokens with the same form differ only in such vowels. */
export function vowelClassForm(token: string): string {
  return token.replace(/[eiou]/g, (c) => VOWEL_CLASS[c]!);
}

/** Shortest place-name token for the one-vowel rule ("Idleb" has five letters; "Bern"/"Born" are too short). */
export const VOWEL_VARIANT_MIN_LENGTH = 5;

/**
 * True when two place-name tokens of the same length differ in exactly one
 * letter, that letter being e/i or o/u in both (and not the first letter):
 * "Idlib"/"Idleb", "Manbij"/"Menbij" is not (a/e). For GPE and LOC only.
 */
export function vowelVariant(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < VOWEL_VARIANT_MIN_LENGTH || a[0] !== b[0]) return false;
  let diff = 0;
  for (let i = 1; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (++diff > 1 || VOWEL_CLASS[a[i]!] === undefined || VOWEL_CLASS[a[i]!] !== VOWEL_CLASS[b[i]!]) return false;
  }
  return diff === 1;
}

/**
 * Minimum token length for a one-letter spelling difference to count as the
 * same name. Shorter tokens differ meaningfully by one letter ("Jamil"/"Jamal",
 * "Bashar"/"Bashir", "Lavrov"/"Lavrova").
 */
export const NEAR_SPELLING_MIN_LENGTH = 7;

/**
 * True when two different skeleton tokens are the same long name spelled with
 * one substituted letter ("Kovalenko"/"Kovalenco", "Abdelrahman"/"Abdulrahman"), never
 * a different length and never a different first letter. Prefix look-alikes
 * ("Kovalenko"/"Kovalchuk") differ by far more than one letter.
 */
export function nearSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length || a.length < NEAR_SPELLING_MIN_LENGTH) return false;
  if (a[0] !== b[0]) return false;
  let diff = 0;
  for (let i = 1; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return diff === 1;
}
