/**
 * The offices and roles printed after a person's name that are no writer's credit, one table for the two readers that
 * read them. Before this table each reader kept its own list, and the nouns both lists held (spokespeople, German
 * heads and presidents, managing directors, chairs) were written twice in different forms.
 *
 * Readers (the `readers` column):
 * - `office`: text/header.ts `NON_WRITER_ROLE_TAIL`, an office after "Name," that is no writer's ("Jane Doe, President
 *   of Example", "Jane Doe, Bürgermeisterin", "Jane Doe, porte-parole du ministère"): the line names no author (the
 *   `name-role` byline shape). German nouns (`de` in the languages) are read inside a compound and with their feminine
 *   or inflected ending ("Bundesministerin", "Oberbürgermeister", "Pressesprecherin", "Vorsitzender"): the reader
 *   wraps them in `\p{L}*(?:…)(?:in|r)?`. A noun listed for `en` and `de` is read the German way, which covers the
 *   English word too.
 * - `statement`: html/byline-lexicon.ts `STATEMENT_ROLE_NOUNS`, the roles of a signed statement (press releases,
 *   association news: "Ann Lee, Leiterin Kommunikation", "Ann Lee, Pressesprecherin"), cut off an author field by
 *   html/metadata.ts and read as a job title after a name by text/person.ts. It reads the row's `statement` form
 *   (the noun when none is given), in table order, exactly the list it read before.
 *
 * Each row: the noun as a pattern source (read case-insensitively, no anchors), its languages, its readers, and the
 * statement reader's form where it differs from the noun.
 */
type RoleReader = "office" | "statement";

const ROLE_NOUN_TABLE: readonly (readonly [noun: string, langs: string, readers: string, statement?: string])[] = [
  // Read by both, or by the statement reader only (in the statement reader's order).
  ["leiter", "de", "statement", "leiter(?:in)?"],
  ["sprecher", "de", "office statement", "(?:presse)?sprecher(?:in)?"],
  ["referent", "de", "statement", "referent(?:in)?"],
  ["geschäftsführer", "de", "office statement", "geschäftsführer(?:in)?"],
  ["vorsitzende", "de", "office statement", "vorsitzender?"],
  ["direktor", "de", "statement", "direktor(?:in)?"],
  ["präsident", "de", "office statement", "präsident(?:in)?"],
  ["spokes(?:wo)?man|spokesperson", "en", "office statement"],
  // Heads of organisations and states, founders, professors, ministers, mayors, senators, governors, directors-general.
  ["(?:vice[-\\s]?)?president", "en", "office"],
  ["chair(?:man|woman|person)?", "en", "office"],
  ["ceo", "en", "office"],
  ["chief\\s+executive", "en", "office"],
  ["(?:co-?)?founder", "en", "office"],
  ["professor", "en de", "office"],
  ["minister", "en de", "office"],
  ["mayor", "en", "office"],
  ["senator", "en de", "office"],
  ["governor", "en", "office"],
  ["director[-\\s]general", "en", "office"],
  ["secretary[-\\s]general", "en", "office"],
  ["gründer", "de", "office"],
  ["bürgermeister", "de", "office"],
  ["gouverneur", "de", "office"],
  ["generaldirektor", "de", "office"],
  ["présidente?", "fr", "office"],
  ["pdg", "fr", "office"],
  ["fondat(?:eur|rice)", "fr", "office"],
  ["professeure?", "fr", "office"],
  ["ministre", "fr", "office"],
  ["porte-parole", "fr", "office"],
  ["maire", "fr", "office"],
  ["sénat(?:eur|rice)", "fr", "office"],
  ["directeur\\s+général", "fr", "office"],
  ["directrice\\s+générale", "fr", "office"],
  ["president[ae]", "es it pt", "office"],
  ["fundador[a]?", "es pt", "office"],
  ["profesor[a]?", "es", "office"],
  ["ministr[oa]", "es it pt", "office"],
  ["portavo(?:z|ce)", "es it", "office"],
  ["alcaldes?a?", "es", "office"],
  ["senador[a]?", "es pt", "office"],
  ["gobernador[a]?", "es", "office"],
  ["director[a]?\\s+general", "es", "office"],
  ["fondat(?:ore|rice)", "it", "office"],
  ["professore(?:ssa)?", "it", "office"],
  ["sindac[oa]", "it", "office"],
  ["senat(?:ore|rice)", "it", "office"],
  ["governatore", "it", "office"],
  ["direttore\\s+generale", "it", "office"],
  ["amministratore\\s+delegato", "it", "office"],
  ["porta-voz", "pt", "office"],
  ["prefeit[oa]", "pt", "office"],
  ["governador[a]?", "pt", "office"],
  ["diretor[a]?-geral", "pt", "office"],
  ["voorzitter", "nl", "office"],
  ["burgemeester", "nl", "office"],
  ["woordvoerder", "nl", "office"],
];

const readBy = (readers: string, reader: RoleReader): boolean => readers.split(" ").includes(reader);
const isGerman = (langs: string): boolean => langs.split(" ").includes("de");

/**
 * One reader's nouns as a regular-expression alternation (no anchors, read case-insensitively; the office reader's
 * German nouns inside their compound group, see above).
 */
export function roleNounSource(reader: RoleReader): string {
  const rows = ROLE_NOUN_TABLE.filter((row) => readBy(row[2], reader));
  if (reader === "statement") return rows.map((row) => row[3] ?? row[0]).join("|");
  const plain = rows.filter((row) => !isGerman(row[1])).map((row) => row[0]);
  const compound = rows.filter((row) => isGerman(row[1])).map((row) => row[0]);
  return [...plain, String.raw`\p{L}*(?:${compound.join("|")})(?:in|r)?`].join("|");
}
