/**
 * The labels a page prints before (or around) its date, one table for the text-dump reader
 * (text.ts, text/header.ts). Before this table each rule kept its own list ("published|posted|updated…" in six places
 * of the text side, each with a different set of languages); the rules now take their words from here, so a
 * language added to a label reaches every rule that reads that label.
 *
 * Kinds:
 * - `published`: the label names the day as the piece's first publication ("Published 3 May 2021", "Veröffentlicht am").
 * - `posted`: a blog engine's or a forum's poster line ("Posted on …", "Geplaatst op …"): a publication day too.
 * - `updated`: the day was an edit, not the first publication ("Updated: …", "Mis à jour le …").
 * - `revised`: the page's revision stamp, read only at the dump's foot (text.ts `FOOT_DATE_LABEL`, "Stand: …", "Page
 *   last modified …", "Dernière modification : …"): the stamp words that are no `updated` label of a dateline, kept
 *   apart so the header's rules (which name their kinds) read no more than before. With `updated` it is the stamp's list.
 * Each kind maps the languages of the stop-word table (and two more the dumps print, Indonesian and Russian) to its words.
 *
 * One table for every reader of these words: the text side reads the words by kind (`dateLabelWords`,
 * `dateLabelSource`: text.ts, text/header.ts, html.ts `DATELINE_TEXT`, the story splitter's stories-cues.ts
 * `DATELINE_OPENER`); three HTML-side readers each read a column of their own (`dateLabelAlternation`), the exact
 * words it read before (a merged list would change outputs):
 *   update     html/meta-lexicon.ts `UPDATE_LABEL_WORDS`: an update stamp's labels, verbs and nouns (html/metadata.ts
 *              `UPDATED_LABEL`, text/header.ts `MODIFIED_LABEL`).
 *   byline     html/byline-lexicon.ts `DATE_LABEL_WORDS`: a date label glued after a byline's name (html/metadata.ts).
 *   timestamp  html/patterns.ts's `clean/html/timestamp` rule: a publication timestamp line.
 * Each row: the word, its kind, its languages, the readers that read it (`text`: the kind readers).
 */
export type DateLabelKind = "published" | "posted" | "updated" | "revised";
type Reader = "text" | "update" | "byline" | "timestamp";

const DATE_LABEL_TABLE: readonly (readonly [word: string, kind: DateLabelKind, langs: string, readers: string])[] = [
  // The piece's first publication.
  ["published", "published", "en", "text byline timestamp"],
  ["first published", "published", "en", "text timestamp"],
  ["veröffentlicht", "published", "de", "text byline timestamp"],
  ["veroeffentlicht", "published", "de", "byline"],
  ["erschienen", "published", "de", "text"],
  ["publiziert", "published", "de", "text"],
  ["publicado", "published", "es pt", "text byline timestamp"],
  ["publicada", "published", "es pt", "text"],
  ["publié", "published", "fr", "text byline"],
  ["publiée", "published", "fr", "text"],
  ["pubblicato", "published", "it", "text byline"],
  ["gepubliceerd", "published", "nl", "text byline"],
  ["diterbitkan", "published", "id", "text timestamp"],
  ["опубликовано", "published", "ru", "text timestamp"],
  // A blog engine's or a forum's poster line.
  ["posted", "posted", "en", "text byline timestamp"],
  ["geplaatst", "posted", "nl", "text"],
  // An edit, not the first publication.
  ["updated", "updated", "en", "text update byline timestamp"],
  ["update", "updated", "en", "update"],
  ["last updated", "updated", "en", "text timestamp"],
  ["edited", "updated", "en", "update"],
  ["aktualisiert", "updated", "de", "text update byline timestamp"],
  ["editiert", "updated", "de", "update"],
  ["bearbeitet", "updated", "de", "update"],
  ["geändert", "updated", "de", "update"],
  ["actualizado", "updated", "es", "text update byline"],
  ["atualizado", "updated", "pt", "text update byline timestamp"],
  ["mis à jour", "updated", "fr", "text update byline"],
  ["modifié", "updated", "fr", "update"],
  ["aggiornato", "updated", "it", "text update byline"],
  ["bijgewerkt", "updated", "nl", "text update byline"],
  ["gewijzigd", "updated", "nl", "update"],
  ["обновлено", "updated", "ru", "text update timestamp"],
  // The same as nouns ("Letzte Aktualisierung: 28.01.2022", "Dernière mise à jour :", "Última actualización:",
  // "Ultimo aggiornamento", "Laatste wijziging"): German capitalises them, so without these the text side read
  // "Letzte Aktualisierung" before a date as the name of the row's author.
  ["änderung", "updated", "de", "update"],
  ["aktualisierung", "updated", "de", "update"],
  ["actualización", "updated", "es", "update"],
  ["atualização", "updated", "pt", "update"],
  ["mise à jour", "updated", "fr", "update"],
  ["aggiornamento", "updated", "it", "update"],
  ["wijziging", "updated", "nl", "update"],
  ["обновление", "updated", "ru", "update"],
  // The page's revision stamp.
  ["as of", "revised", "en", "text"],
  ["modified", "revised", "en", "text update"],
  ["last modified", "revised", "en", "text"],
  ["revised", "revised", "en", "update"],
  ["reviewed", "revised", "en", "text"],
  ["last reviewed", "revised", "en", "text"],
  ["stand", "revised", "de", "text"],
  ["zuletzt aktualisiert", "revised", "de", "text"],
  ["zuletzt geändert", "revised", "de", "text"],
  ["letzte änderung", "revised", "de", "text"],
  ["letzte aktualisierung", "revised", "de", "text"],
  ["última actualización", "revised", "es", "text"],
  ["última modificación", "revised", "es", "text"],
  ["última atualização", "revised", "pt", "text"],
  ["dernière mise à jour", "revised", "fr", "text"],
  ["dernière modification", "revised", "fr", "text"],
  ["ultimo aggiornamento", "revised", "it", "text"],
  ["laatst bijgewerkt", "revised", "nl", "text"],
  ["laatst gewijzigd", "revised", "nl", "text"],
];

const readBy = (readers: string, reader: Reader): boolean => readers.split(" ").includes(reader);

/** The kind readers' words, kind → language → words: the `text` column of the table. */
export const DATE_LABELS: Readonly<Record<DateLabelKind, Readonly<Record<string, readonly string[]>>>> = (() => {
  const out: Record<DateLabelKind, Record<string, string[]>> = { published: {}, posted: {}, updated: {}, revised: {} };
  for (const [word, kind, langs, readers] of DATE_LABEL_TABLE) {
    if (readBy(readers, "text")) for (const lang of langs.split(" ")) (out[kind][lang] ??= []).push(word);
  }
  return out;
})();

/**
 * Publication labels that also open a review's data row for the reviewed work's release ("Erschienen: März 2019",
 * a book's or a record's day): they label the piece's day only at the head of its meta row (PUBLISHED_LABEL), and are no
 * filler word that lets a longer row pass as a dateline.
 */
export const WORK_RELEASE_LABELS: ReadonlySet<string> = new Set(["erschienen"]);

/**
 * The word before an update label that makes it the page's last edit ("Last updated", "Zuletzt geändert", "Letzte
 * Änderung", "Dernière modification", "Última actualización", "Laatst bijgewerkt"): header.ts cuts it off the name
 * before a date (UPDATE_LABEL_LEAD). (Italian prints both "ultima modifica" and "ultimo aggiornamento": the stamp list
 * above has the second, this list the first only, as before.)
 */
export const UPDATE_LEAD_WORDS: readonly string[] = ["last", "zuletzt", "letzte", "dernière", "última", "ultima", "laatst"];

/** Longest first (so an alternation tries "first published" before "published"), then in code-point order. */
const longestFirst = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
const escapePattern = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The words of the given kinds, in the given languages (all languages when none are named), longest first (so an
 * alternation tries "first published" before "published"), without repeats.
 */
export function dateLabelWords(kinds: readonly DateLabelKind[], langs?: readonly string[]): string[] {
  const out = new Set<string>();
  for (const kind of kinds) {
    const table: Record<string, readonly string[]> = DATE_LABELS[kind];
    for (const [lang, words] of Object.entries(table)) if (!langs || langs.includes(lang)) for (const w of words) out.add(w);
  }
  return [...out].sort(longestFirst);
}

/** A regular-expression alternation of `dateLabelWords` (the words hold no pattern characters; spaces match any blank run). */
export function dateLabelSource(kinds: readonly DateLabelKind[], langs?: readonly string[]): string {
  return dateLabelWords(kinds, langs)
    .map((w) => escapePattern(w).replace(/ /g, "\\s+"))
    .join("|");
}

/**
 * One HTML-side reader's column (`update`, `byline`, `timestamp`) as a regular-expression alternation, longest first
 * ("updated" before "update", as the "updated?" it replaces), a space matching one space as those readers always did.
 */
export function dateLabelAlternation(reader: Exclude<Reader, "text">): string {
  return DATE_LABEL_TABLE.filter((row) => readBy(row[3], reader))
    .map((row) => escapePattern(row[0]))
    .sort(longestFirst)
    .join("|");
}
