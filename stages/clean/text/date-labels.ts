/**
 * Session 15t10: the labels a page prints before (or around) its date, one table for the text-dump reader
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
 * (Lists still outside this table: html/meta-lexicon.ts `UPDATE_LABEL_WORDS`, which the HTML reader
 * (html/metadata.ts) and this side's header.ts `MODIFIED_LABEL` both read; html/byline-lexicon.ts `DATE_LABEL_WORDS`
 * of the HTML reader. Left to their own areas, noted in the README. html.ts `DATELINE_TEXT` and the story
 * splitter's stories-cues.ts `DATELINE_OPENER` read this table.)
 */
export const DATE_LABELS = {
  published: {
    en: ["published", "first published"],
    de: ["veröffentlicht", "erschienen", "publiziert"],
    es: ["publicado", "publicada"],
    pt: ["publicado", "publicada"],
    fr: ["publié", "publiée"],
    it: ["pubblicato"],
    nl: ["gepubliceerd"],
    id: ["diterbitkan"],
    ru: ["опубликовано"],
  },
  posted: {
    en: ["posted"],
    nl: ["geplaatst"],
  },
  updated: {
    en: ["updated", "last updated"],
    de: ["aktualisiert"],
    es: ["actualizado"],
    pt: ["atualizado"],
    fr: ["mis à jour"],
    it: ["aggiornato"],
    nl: ["bijgewerkt"],
    ru: ["обновлено"],
  },
  revised: {
    en: ["as of", "modified", "last modified", "reviewed", "last reviewed"],
    de: ["stand", "zuletzt aktualisiert", "zuletzt geändert", "letzte änderung", "letzte aktualisierung"],
    es: ["última actualización", "última modificación"],
    pt: ["última atualização"],
    fr: ["dernière mise à jour", "dernière modification"],
    it: ["ultimo aggiornamento"],
    nl: ["laatst bijgewerkt", "laatst gewijzigd"],
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;

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

export type DateLabelKind = keyof typeof DATE_LABELS;

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
  return [...out].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** A regular-expression alternation of `dateLabelWords` (the words hold no pattern characters; spaces match any blank run). */
export function dateLabelSource(kinds: readonly DateLabelKind[], langs?: readonly string[]): string {
  return dateLabelWords(kinds, langs)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}
