/**
 * Honorifics: the courtesy titles and abbreviated ranks and offices written
 * before (or, for Jr and Sr, after) a person's name. One table for every stage
 * that reads them; each user reads its own column, because each needs a
 * different slice of the same words (a merged list would change outputs):
 *
 *   split     the sentence splitter (stages/split/abbreviations.ts): the period
 *             after it ends no sentence ("Mr. Kerry said"). Case-sensitive, no period.
 *   token     the entity tokenizer (stages/entities/tokens.ts): "Gen." is one token
 *             when a word follows, so its period is no sentence end. Titles before
 *             names only (Jr, Sr, St sit inside or after names: tokens.ts lists them
 *             with the other abbreviations of that kind).
 *   cue       the tagger (stages/entities/tagger.ts "entities/honorific"): a capitalised
 *             word right after it is a person's name. Personal courtesy titles only (a
 *             rank or office is a `title`: the span after it is typed by the tagger).
 *   title     the tagger's titles that precede a name but are not part of a PERSON span
 *             (stages/entities/data/gazetteers.ts TITLES adds the full-word offices).
 *   courtesy  canonical entities (stages/entities/canonical/normalize.ts): dropped from
 *             the front of a name ("Mr Kerry" is "Kerry"), compared in lower case. Office
 *             and rank titles are that module's own list (they may be part of a name).
 *
 * Each row: the word as written (without its period), then the columns that read it.
 * Family covered: English-language news (and the French Mme/Mlle/Messrs it prints).
 */
type Column = "split" | "token" | "cue" | "title" | "courtesy";

const HONORIFIC_TABLE: readonly (readonly [word: string, columns: string])[] = [
  // Courtesy titles.
  ["Mr", "split token cue title courtesy"],
  ["Mrs", "split token cue title courtesy"],
  ["Ms", "split token cue title courtesy"],
  ["Miss", "cue title courtesy"], // a word, not an abbreviation: "Miss." ends a sentence
  ["Mx", "cue courtesy"],
  ["Messrs", "split"],
  ["Mme", "split courtesy"],
  ["Mlle", "split courtesy"],
  ["Madam", "courtesy"],
  ["Sir", "title courtesy"],
  ["Dame", "title courtesy"],
  ["Dr", "split token cue title courtesy"],
  ["Prof", "split token title courtesy"],
  // Clergy.
  ["Rev", "split token title"],
  ["Fr", "split token"],
  // Offices.
  ["Hon", "split token"],
  ["Sen", "split token title"],
  ["Rep", "split token title"],
  ["Gov", "split token title"],
  ["Pres", "split token"],
  ["Amb", "split"],
  ["Supt", "split token"],
  ["Insp", "split token"],
  // Military ranks.
  ["Gen", "split token title"],
  ["Lt", "split token title"],
  ["Col", "split token title"],
  ["Maj", "split token title"],
  ["Capt", "split token title"],
  ["Cmdr", "split token title"],
  ["Adm", "split token title"],
  ["Sgt", "split token title"],
  ["Cpl", "split token title"],
  ["Pvt", "split token title"],
  ["Brig", "split token title"],
  // After or inside a name: "John Smith Jr.", "St. Louis".
  ["Sr", "split"],
  ["Jr", "split"],
  ["St", "split"],
];

/** The words of one column, as written (without a period), in table order. */
export function honorifics(column: Column): readonly string[] {
  return HONORIFIC_TABLE.filter(([, columns]) => columns.split(" ").includes(column)).map(([word]) => word);
}

/**
 * The `cue` column as the entity tokenizer writes it: each word with and without its period ("Ms", "Ms."). Read by the
 * tagger's honorific rule and by the organisation rules' person evidence ("Ms Dell … Dell said").
 */
export const HONORIFIC_CUE_TOKENS: ReadonlySet<string> = new Set(honorifics("cue").flatMap((w) => [w, `${w}.`]));
