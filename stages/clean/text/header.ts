/**
 * The article header without markup: headline, dateline and byline are short
 * lines just above the first body paragraph. A dateline is a line that is
 * (almost) only a date; a byline is "By Jane Doe", "Jane Doe, Agency", or a
 * bare personal name between the headline and the body.
 */
import { findPublished } from "../published.ts";
import { ENGLISH_MONTH_NAMES, isCalendarDay, padDigits } from "../../common/calendar.ts";
import { urlHost } from "../../common/url.ts";
import { tokensOf } from "./classify.ts";
import { STOPWORDS } from "./stopwords.ts";
import { endsWithPlaceOrOrgHead, isByHeadingWord, isDeskLabel, isGivenNameWord, isPersonName } from "./person.ts";
import { commonWordClass, isListedPlace } from "../../entities/lexicon.ts";
import { JUNK_AUTHORS, SITE_TITLE_WORDS, UPDATE_LABEL_WORDS } from "../html/meta-lexicon.ts";
import { UPDATE_LEAD_WORDS, WORK_RELEASE_LABELS, dateLabelSource, dateLabelWords } from "./date-labels.ts";
import { roleNounSource } from "./role-nouns.ts";
import { AGENCY_NAMES, AUTHOR_PAGE_HREF, EMAIL_SOURCE, JOB_TITLE_NOUNS, LEADING_ARTICLE, MORE_BYLINE_WORDS, OUTLET_END_WORDS, PIECE_KIND_LEAD, POSTER_BY, POSTER_VERBS, SECTION_NAMES, TEXT_AND_PHOTOS, WIRE_AGENCY_CODES, WRITER_PAGE_HREF } from "../html/byline-lexicon.ts";

/**
 * Words allowed around the date of a dateline: labels, weekdays, connectors.
 * "Published: Mon 3 Feb 2020", "Updated on 4 Feb 2020 at 10:00 GMT".
 */
const DATELINE_FILLER = new Set(
  (
    "last modified created date on at am pm a m p gmt utc by in comments comment views" +
    " mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday"
  )
    .split(" ")
    // (the one-word date labels of every language, text/date-labels.ts; "last" of "last updated" is above. Not the
    //  labels a review prints before a book's or a record's release day, WORK_RELEASE_LABELS, "Erschienen: 3. März
    //  2019 Verlag X": as a filler, "erschienen" split one held-out page into two stories (measured by the article
    //  count only, the page unread).)
    .concat(dateLabelWords(["published", "posted", "updated"]).filter((w) => !w.includes(" ") && !WORK_RELEASE_LABELS.has(w))),
);
/**
 * Session 15t3: the weekdays and the connectors of datelines in the other languages of the stop-word table ("am
 * Sonntag, 11.12.2022 um 05:00 Uhr", "le mardi 3 mai 2022 à 10h", "el martes", "op dinsdag"). Family: datelines of
 * German, French, Spanish, Italian, Portuguese and Dutch sites, which gave no date when a weekday stood beside it.
 */
const DATELINE_FILLER_MORE = new Set(
  (
    "am um uhr vom le à el às alle ore op om h" +
    " montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so" +
    " lundi mardi mercredi jeudi vendredi samedi dimanche" +
    " lunes martes miércoles jueves viernes sábado domingo" +
    " lunedì martedì mercoledì giovedì venerdì sabato domenica" +
    " segunda terça quarta quinta sexta feira" +
    " maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
  ).split(" "),
);
const isFiller = (w: string): boolean => DATELINE_FILLER.has(w) || DATELINE_FILLER_MORE.has(w);
/**
 * Session 15t10: the buttons a CMS prints on the dateline's own row, after the date ("12.11.2021 red Artikel: Download
 * PDF Drucken Teilen Feedback", "3 May 2021 Print Share Email"), in the languages of the stop-word table. They are
 * not counted as the row's words (a row of date and controls is a dateline), but they are not fillers around a name.
 * Family: meta rows of institutional and regional news CMSs whose print/share/download buttons share the date's line.
 */
const DATELINE_CONTROLS = new Set(
  (
    "print share email e-mail download pdf feedback tweet" +
    " drucken teilen versenden herunterladen" +
    " imprimer partager télécharger" +
    " imprimir compartir compartilhar descargar baixar" +
    " stampa condividi scarica" +
    " printen delen"
  ).split(" "),
);
/** The text before a date less the filler words that close it ("Jane Doe am Samstag," → "Jane Doe"). */
function withoutTrailingFillers(lead: string): string {
  let t = lead.trim();
  for (let k = 0; k < 4; k++) {
    const m = /[\s,]*([\p{L}.]+)[\s,.:]*$/u.exec(t);
    if (!m || !isFiller(m[1].replace(/\.$/, "").toLowerCase()) || m.index === 0) break;
    t = t.slice(0, m.index).trim();
  }
  return t;
}

/** A text less its combining marks (vowel signs, viramas, accents written apart), for counting words. */
const withoutMarks = (s: string): string => s.replace(/\p{M}+/gu, "");

/** The text after a date less the filler words that open it (" Uhr - Jane Doe" → " - Jane Doe"). */
function withoutLeadingFillers(tail: string): string {
  let t = tail;
  for (let k = 0; k < 4; k++) {
    const m = /^\s*([\p{L}.]+)(?=[\s,]|$)/u.exec(t);
    if (!m || !isFiller(m[1].replace(/\.$/, "").toLowerCase())) break;
    t = t.slice(m[0].length);
  }
  return t;
}

/** A date that was edited, not first published: "Updated: 18 Nov 2019", "Last modified". */
/**
 * Labels of an update stamp, per language ("Updated", "Letzte Änderung", "Zuletzt geändert", "Modifié le",
 * "Aggiornato", "Bijgewerkt"): the date after them is not the publication day (UPDATE_LABEL_WORDS,
 * the words html/metadata.ts's UPDATED_LABEL reads too). Letters on both sides are checked by script, not by \b
 * (which stops at "Ä").
 */
const MODIFIED_LABEL = new RegExp(String.raw`(?<!\p{L})(?:${UPDATE_LABEL_WORDS})(?!\p{L})`, "iu");

/**
 * Session 22: a writer's credit that is a byline only with its colon ("Words: Jane Doe"), as magazines print it;
 * without the colon the word opens a headline ("Words that …"). ("Interview: Jane Doe", "Entrevista: …" was measured
 * too: fold A2 +1 page, but held-out fold B −1 exact and +1 invented author: the label as often names the guest.)
 */
const CREDIT_LABELS_WITH_COLON = String.raw`words(?=\s*:)`;
const WORDS_CREDIT = new RegExp(String.raw`(?<!\p{L})${CREDIT_LABELS_WITH_COLON}`, "iu");
/**
 * Session 24 (text round 13): the author's label with its colon, in the byline languages ("Author: Jane Doe", "Autorin:
 * Jane Doe, Projektleiterin …", "Auteur(s) : Jane Doe", "Autore: …", "Autora: …", "Författare: …"): article footers and
 * the meta boxes of institutional, foundation and forum pages print the writer so. The desk alone ("Autor: Redaktion",
 * `isDeskLabel`) is no byline here: session 15t3 left the label out for it. Family: labelled credit lines in German,
 * English, French, Italian, Spanish, Portuguese and Scandinavian pages.
 */
const AUTHOR_LABELS_WITH_COLON = String.raw`(?:authors?|autor(?:in|\*in|:in|en|es)?|auteure?s?|autrice|autore|autori|autora|författare|forfatter)(?:\(s\))?(?=\s*:)`;
const AUTHOR_LABEL = new RegExp(String.raw`^(?:${AUTHOR_LABELS_WITH_COLON})`, "iu");
/** Whether a line opens with the author's label and its colon ("Autorin: …", AUTHOR_LABELS_WITH_COLON). */
export function opensWithAuthorLabel(line: string): boolean {
  return AUTHOR_LABEL.test(line.trim());
}
/**
 * Session 25 (text round 14): the author's label alone on its line ("Author:", "Auteur(s) :", "Autorin", "Autor:in"),
 * its name on the next line. Family: article footers and meta boxes printed one label per line (an update stamp, the
 * author's label, the name with a role in brackets), on health, trade-press and magazine sites; the renderer puts the
 * label's element and the name's on two lines. The name is read with the label as "Label: name" (`parseByline`), so
 * a desk or a junk account after it names nobody as before.
 */
const LONE_AUTHOR_LABEL = /^(?:authors?|autor(?:in|\*in|:in|en)?|auteure?s?|autrice|autore|autora|författare|forfatter)(?:\(s\))?\s*:?$/iu;
/** The author's label alone on a line (LONE_AUTHOR_LABEL), markup leads ("**", "#") passed over. */
export function isLoneAuthorLabel(line: string): boolean {
  // (a label is short: the length check keeps the trailing-marks pattern off long runs of blanks and stars)
  return line.length <= 40 && LONE_AUTHOR_LABEL.test(line.trim().replace(/^[#*>\s]+|[*\s]+$/g, ""));
}
/**
 * Session 25: a person's name and the author's role word after it, alone on a line ("Jane Doe Autor", "Jane Doe
 * Author"): a post footer's author badge (the name and its role label as two inline elements). A "guest" or "co-" word
 * before the role is the role's, not the name's. Family: blog and party or association site themes with an author
 * badge. The caller asks for the post's tag or category row over it (`isTagOrCategoryRow`): a book tip, a quote box or
 * a list of writers prints the same shape with no such row.
 */
const NAME_THEN_AUTHOR_ROLE = /^(\S.{2,50}?)(?:\s+(?:guest|gast|co|contributing|invited))?\s+(?:autor|autorin|author|auteur|autrice|autore|autora)$/iu;
/** The name of such a badge line, or null (`isPersonName`: a known given name first). */
export function nameBeforeAuthorRole(line: string): string | null {
  if (line.length > 80) return null;
  const m = NAME_THEN_AUTHOR_ROLE.exec(line.trim());
  return m && isPersonName(m[1]) ? m[1] : null;
}
/**
 * Session 25 mend: a post's tag or category row ("Tags: …", "Tagged with …", "Filed under: …", "Kategorie: …",
 * "Schlagwörter: …", "Catégories : …", "Etiquetas: …"), the row a post footer's badge and meta row stand by. Family: blog
 * themes' post footers in the byline languages.
 */
const TAG_OR_CATEGORY_ROW = /^(?:tags?|tagged|filed\s+(?:under|in)|categor(?:y|ies|ized)|kategorie(?:n)?|schlagw(?:ö|oe)rter|abgelegt|getaggt|cat[ée]gories?|[ée]tiquettes?|mots[- ]cl[ée]s|etiquetas|categor[íi]as?|categorie|argomenti|trefwoorden)\b/iu;
/** Whether a line opens as a post's tag or category row (TAG_OR_CATEGORY_ROW), list marks passed over. */
export function isTagOrCategoryRow(line: string): boolean {
  return line.length <= 600 && TAG_OR_CATEGORY_ROW.test(line.trim().replace(/^[*•·-]\s*/u, ""));
}
/**
 * Session 25 mend: a publication or update date's label alone on its line, its date on the next ("Published", "First
 * published:", "Last updated", "Veröffentlicht am", "Zuletzt geändert", "Mise à jour le", "Date de publication"):
 * the label of an article footer's meta block printed one label per line (date-labels.ts's words of every kind, the
 * update stamps' nouns, and the publication nouns below). A comment's "Reply", an event's "Date" or a teaser card's
 * kicker over a date is no such label. Family: trade-press, regional news and institutional article footers.
 */
const PUBLICATION_NOUNS = String.raw`(?:erst)?ver(?:ö|oe)ffentlichung|publication|date\s+(?:de\s+)?publication|publication\s+date|date\s+published|publish(?:ed)?\s+date|publicaci[óo]n|fecha\s+de\s+publicaci[óo]n|publica[çc][ãa]o|data\s+de\s+publica[çc][ãa]o|pubblicazione|data\s+di\s+pubblicazione|publicatie|publicatiedatum|erstellt|online\s+seit`;
const DATE_FIELD_LABEL = new RegExp(
  String.raw`^(?:(?:${UPDATE_LEAD_WORDS.join("|")}|first|erst)\s+)?(?:${dateLabelSource(["published", "posted", "updated", "revised"])}|${UPDATE_LABEL_WORDS}|${PUBLICATION_NOUNS})(?:\s+(?:on|am|le|el|il|em|op|at|um))?\s*:?$`,
  "iu",
);
/** Whether a line is a publication or update date's label alone (DATE_FIELD_LABEL). */
export function isDateFieldLabel(line: string): boolean {
  return line.length <= 60 && DATE_FIELD_LABEL.test(line.trim());
}
/** A role or title in brackets after a name on its own line ("Jane Doe (Medizinredakteurin, M.A.)"). */
const BRACKETED_ROLE_TAIL = /\s*\([^()]{2,80}\)\s*$/u;
/** The byline of a lone author label over line `next` (`isLoneAuthorLabel`), or null: at most 5 words, a role in brackets cut. */
export function bylineUnderAuthorLabel(next: string): string | null {
  if (next.length > 160) return null;
  const name = next.trim().replace(BRACKETED_ROLE_TAIL, "");
  if (!name || name.split(/\s+/).length > 5) return null;
  return parseByline(`Autor: ${name}`);
}
/**
 * Session 24 mend: the other fields of a record box, a book's, a product's, a film's or an event's ("Title: …", "Publisher:
 * …", "Pages: 320", "Price: …", "ISBN: …", "Verlag: …", "Seiten: …", "Preis: …"), in the byline languages. An author's
 * label beside one of them names the work's author, not the page's writer. Family: review pages, shop and library
 * listings, press kits that print the work's data as "Label: value" lines.
 */
// (Session 25 mend: the fields of an image's licence box and of a cited study's box, "Source: Own work" / "Author:" /
//  "License: CC BY-SA 4.0", "Quelle:", "Lizenz:", "Credit:", "Photo:", "Journal:", "DOI:": the author there is the
//  picture's or the study's. Family: media-file pages, photo credits and reference boxes.)
const SOURCE_BOX_FIELDS = String.raw`licen[cs]e|lizenz|licen[cç]a|licencia|licenza|source|sources|quelle|quellen|fuente|fonte|credits?|photo|photos|foto|fotos|image|bild|journal|zeitschrift|revue|revista|rivista|doi|volume|band|issue|heft`;
const RECORD_FIELD = new RegExp(
  String.raw`^(?:(?:sub)?title|(?:unter)?titel|titre|t[ií]tulo|titolo|publisher|published by|verlag|[ée]diteur|editorial|editore|editora|pages|seiten|seitenzahl|p[áa]ginas|pagine|price|preis|prix|precio|prezzo|pre[çc]o|isbn(?:-?1[03])?|format|genre|edition|auflage|[ée]dition|edici[óo]n|language|sprache|langue|idioma|binding|einband|illustrator(?:in)?|translator|[üu]bersetz(?:er|erin|ung)|traduction|traducci[óo]n|release date|erscheinungsdatum|erschienen|year|jahr|runtime|laufzeit|length|director|regie|label|rating|bewertung|${SOURCE_BOX_FIELDS})\s*:\s*\S`,
  "iu",
);
/** Whether a line is a record box's field other than the author (RECORD_FIELD). */
export function isRecordField(line: string): boolean {
  return RECORD_FIELD.test(line.trim());
}
/** A record box's field label alone on its line, its value on the next ("License:", "Quelle:", "Message:"). */
const BARE_FIELD_LABEL = /^\p{L}[\p{L}'’ -]{1,28}\s?:$/u;
const RECORD_FIELD_LABEL = new RegExp(RECORD_FIELD.source.replace(String.raw`\s*:\s*\S`, String.raw`\s*:\s*$`), "iu");
/**
 * Whether a line is a record box's field, with its value or alone on its line ("License:" over "CC BY 4.0"); with
 * `anyLabel`, also any other field's label alone on its line (a form's or a table's next field, "Message:"), bar a date's,
 * an author's or a tag row's label, which an article's own meta block prints.
 */
export function isRecordFieldOrLabel(line: string, anyLabel = false): boolean {
  if (line.length > 600) return false;
  const t = line.trim();
  if (t.length > 300) return false;
  if (RECORD_FIELD.test(t) || RECORD_FIELD_LABEL.test(t)) return true;
  return anyLabel && BARE_FIELD_LABEL.test(t) && !isDateFieldLabel(t) && !isLoneAuthorLabel(t) && !isTagOrCategoryRow(t);
}
/**
 * Session 24 mend: what an author's label names when a CMS fills it with no person: a junk account (JUNK_AUTHORS), a desk
 * or office word ("Staff", "Press Office", "Guest Contributor", "Harbour Team", "Pressestelle", "Redaktionsteam"), a
 * compound desk word ("-redaktion", "-team", "-stelle", "-büro", "-abteilung"), or a work's title (a function word first).
 * Family: CMS author boxes of company, club and institution pages in English, German and the Romance languages.
 */
const LABEL_DESK_WORD =
  /^(?:staff|office|team|desk|contributors?|guest|gast|newsroom|board|editors?|department|bureau|press|presse|media|marketing|communications?|kommunikation|admin(?:istrator)?|webmaster|verwaltung|vorstand|equipo|équipe|squadra|redaktion|[\p{L}-]*(?:redaktion|team|stelle|büro|buero|abteilung|desk|office))$/iu;
function isLabelJunkName(name: string): boolean {
  const n = name.trim();
  return JUNK_AUTHORS.has(n.toLowerCase()) || isDeskLabel(n) || opensWithFunctionWord(n) || n.split(/\s+/).some((w) => isDeskLabel(w) || LABEL_DESK_WORD.test(w));
}
/**
 * Swedish, Norwegian and Danish bylines: "Av Jane Doe" (Swedish, Norwegian), "Af Jane Doe" (Danish), with the verb
 * before them ("Skrevet af", "Skrevet av", "Skriven av", "Skrivet av"). Family: the bylines of Nordic news sites and
 * blogs; "av" and "af" are everyday words, so the name after them is tested strictly (EVERYDAY_BYLINE_WORD).
 */
const SCANDINAVIAN_BY = "av|af";
const SCANDINAVIAN_POSTER_VERBS = "skrevet|skrivet|skriven";
/**
 * More writers' labels with their colon: Turkish "Yazar:" / "Yazan:" (author, written by) and "Muhabir:" (reporter),
 * Indonesian and Malay "Wartawan:" (journalist) and "Reporter:" ("Reporter: Jane Doe | Editor: John Roe": the editor's
 * credit after the bar is not read). Indonesian "Penulis", Polish "Autorka" and the other languages' words are the HTML
 * reader's (html/byline-lexicon.ts MORE_BYLINE_WORDS), read the same here. Family: credit lines of Turkish,
 * Indonesian and Malaysian news sites.
 */
const MORE_AUTHOR_LABELS_WITH_COLON = String.raw`(?:yazar|yazan|muhabir|wartawan|reporter)(?=\s*:)`;
/**
 * Byline openers in the languages of the stop-word table, a piece's kind before them ("Ein Beitrag von", PIECE_KIND_LEAD,
 * as in the HTML reader). Session 15t3: the writer's credit "Text: Jane Doe" (German, French, Spanish, Italian
 * magazines), which the HTML reader's BYLINE_OPENER reads too; "Autor: …" is left out (desk names, "Autor: Redaktion").
 * Session 15t4: "Veröffentlicht von jdoe" (German WordPress themes' poster line).
 * Session 25: "Thread starter jdoe", the forum software's label for the thread's first poster (XenForo and its kin), the
 * writer of the opening post a thread page carries.
 */
const BY_PREFIX = new RegExp(String.raw`^(?:(?:posted|published|written|updated|veröffentlicht|${SCANDINAVIAN_POSTER_VERBS}|${POSTER_VERBS}|${PIECE_KIND_LEAD})\s+)?(?:by|written by|words by|story by|reporting by|thread starter|von|vom|durch|por|par|oleh|di|door|${SCANDINAVIAN_BY}|автор|текст|text|texte|texto|testo|${MORE_BYLINE_WORDS}|${CREDIT_LABELS_WITH_COLON}|${AUTHOR_LABELS_WITH_COLON}|${MORE_AUTHOR_LABELS_WITH_COLON})\s*:?\s+(.+)$`, "i");
/**
 * Byline words that are everyday words of running text or of English title-case headlines too: Dutch "door" (through;
 * English "Door County …"), Italian "di" ("Di Maria Scores …"), Swedish and Norwegian "av", Danish "af" (of, off).
 * After them the name must be a person's (`isPersonName`), in capitals, or capitalised words none of which is an
 * ordinary English word ("Door Jan de Vries", "Av Anna Lindqvist"; not "Door County Sheriff Warns Residents").
 */
const EVERYDAY_BYLINE_WORD = new RegExp(String.raw`^(?:(?:${SCANDINAVIAN_POSTER_VERBS})\s+)?(?:door|di|${SCANDINAVIAN_BY})\s*:?\s`, "i");

/** The word before an update label ("Last updated", "Zuletzt geändert", "Letzte Änderung", "Dernière modification"), date-labels.ts. */
const UPDATE_LABEL_LEAD = new RegExp(String.raw`(?<!\p{L})(?:${UPDATE_LEAD_WORDS.join("|")})\s*$`, "iu");

/** Separators that close the text before a date ("Jane Doe |", "Von Jane Doe //", "Jane Doe –"). */
const DATELINE_SEPARATOR_END = /[|,•·:–—/-]+\s*$/;
/** A full stop after a word's two small letters at a name's end (no initial's, and not the stop of "Jr.", "Esq.", "Jnr.", "Snr."). */
const NAME_CLOSING_STOP = /(?<=\p{Ll}{2})(?<!(?<!\p{L})(?:Esq|Jnr|Snr))\.$/u;

/**
 * Session 15t8: a count closing a meta row after a separator ("… - Jane Doe - 91 Kommentare", "… | Jane Doe | 12
 * comments", "… · 3 min read"): the comment, reaction or view counter of news and blog themes. It is cut before the
 * name after the date is read (a tail with a digit names nobody). A number and at most two words, after a separator.
 */
const COUNT_SEGMENT_END = /\s+[|•·–—/-]\s*\d{1,6}\s+\p{L}+(?:\s+\p{L}+)?\s*$/u;

/** One personal-name token: "Jane", "O'Neil", "Al-Hussein", "J.", "van", "de". */
const NAME_TOKEN = /^(\p{Lu}\p{Ll}[\p{L}'’.-]*|\p{Lu}\.|\p{Lu}\p{Lu}?\.?|van|von|de|der|den|da|di|du|la|le|al|bin|ibn|el)$/u;

/**
 * Whether a line can hold a date `findPublished` finds: every one of its formats states
 * the year in digits. A cheap test that spares most lines (menus, headlines) the date
 * expressions; if published.ts ever learns a date without digits, widen this.
 */
export function mayHoldDate(line: string): boolean {
  return /\d/.test(line);
}

export interface Dateline {
  iso: string;
  modified: boolean;
  /** Text left beside the date that looks like an author ("Associated Press November 19, 2019"). */
  author: string | null;
  /**
   * The author is a user account read from a post meta row with no byline word ("ab_cd — 2. März 2023"): only the
   * header's own row names the writer so; below the body or far above it the same row is a commenter's or a sidebar
   * teaser's (session 23 mend).
   */
  account?: true;
}

/**
 * Function words of every language of the stop-word table, less the particles of personal names ("van", "de", "al"):
 * a capitalised phrase that opens with one ("Über Kohleausstieg, …", "A Mysterious Woman", "Die Weihnachtsmarkt-Saison")
 * is a headline or a phrase, not a name (session 15t3).
 */
const NAME_OPENING_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  Object.values(STOPWORDS)
    .flatMap((set) => [...set])
    .filter((w) => !NAME_TOKEN.test(w)),
);
export function opensWithFunctionWord(name: string): boolean {
  const first = name.trim().split(/\s+/)[0] ?? "";
  return NAME_OPENING_FUNCTION_WORDS.has(first.toLowerCase());
}

/** Whether a short line is a personal or agency name: 2–5 capitalised tokens. */
export function looksLikeName(s: string): boolean {
  const parts = s.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 5) return false;
  if (!parts.every((p) => NAME_TOKEN.test(p))) return false;
  return /^\p{Lu}/u.test(parts[0]) && /^\p{Lu}/u.test(parts[parts.length - 1]);
}

/**
 * More last words of an outlet's name, for a masthead line only (OUTLET_TAIL has the English newspaper words): editions
 * and the German, French, Spanish and Italian press words ("… International", "… Online", "… Rundschau", "… Revue",
 * "… Kurier", "… Diario"). Family: magazine and regional-paper mastheads in those languages.
 */
const MASTHEAD_OUTLET_END = /(?<!\p{L})(?:international|online|revue|rundschau|nachrichten|anzeiger|kurier|tagblatt|blatt|courrier|diario|gazzetta|notizie|radio|tv)\s*$/iu;

/**
 * The outlet's name run into the writer's name ("von Jane Doe Harbour Review" where the page's masthead prints
 * "Harbour Review" on a line of its own): the name without it, else the name as given. The head must be a person's name
 * (`isPersonName`, two words at least) and the tail, two words or more, a line printed whole in `masthead` (the lines
 * above the headline) that reads as an outlet: it ends in an outlet's word (OUTLET_TAIL: "Review", "Times", "Zeitung"; MASTHEAD_OUTLET_END: "International", "Rundschau")
 * or is the site's name (`site`). A surname pair printed above the headline, a column's kicker or an author strip
 * ("Smith Brown" over "By Mary Ann Smith Brown"), is no outlet and the name stays whole. Family: meta rows whose
 * writer and publication are two inline elements, run together by a whole-page text renderer.
 */
export function withoutMastheadTail(name: string, masthead: readonly string[], site?: string | null): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 4 || words.length > 8) return name;
  const siteName = site?.trim().toLowerCase();
  const printed = new Set(masthead.map((l) => l.trim().toLowerCase()).filter((l) => l.length > 0 && l.length <= 60 && (OUTLET_TAIL.test(l) || MASTHEAD_OUTLET_END.test(l) || l === siteName)));
  // (a tail of two words at least: one word alone in a masthead is as often a surname, a blog's logo or a name index's)
  for (let k = 2; k <= Math.min(4, words.length - 2); k++) {
    if (printed.has(words.slice(k).join(" ").toLowerCase()) && isPersonName(words.slice(0, k).join(" "))) return words.slice(0, k).join(" ");
  }
  return name;
}

/** Wire services and desk credits that stand alone as a byline line ("The Associated Press", "Staff Reports"). */
const AGENCY_BYLINE =
  /^(the )?(associated press|reuters|afp|agence france-presse|bloomberg( news)?|dpa|ap|upi|xinhua( news agency)?|efe|agencia efe|ansa|agenzia ansa|pa media|press association|canadian press|press trust of india|indo-asian news service|asian news international|antara( news)?( agency)?|bernama|yonhap( news agency)?|kyodo( news)?|australian associated press|anadolu( agency)?|staff( reports?| writers?| reporter)?|news desk|web desk|wire services?)$/i;
/**
 * Wire agencies by their short codes, in the agency's own capitals (a code in small letters is a word or a given name,
 * "Ani"): the Indian (PTI, IANS, ANI), Australian (AAP), Russian (TASS), Austrian (APA), Dutch (ANP), Spanish (EFE),
 * Italian (ANSA) and German (dpa) wires. With the spelt-out names above and the agencies joined by a slash ("AFP/Bernama",
 * "Reuters/PTI"), a line that is only agencies is the wire's credit (shape `agency`), never a person's name; after
 * "Name," it is the writer's credit, and after the writers ("By Jane Doe and PTI") it is dropped (WIRE_CREDIT).
 * Family: wire copy on Indian, South-East Asian, East Asian, Australian and European news sites.
 */
const WIRE_CODES = ["PTI", "IANS", "ANI", "AAP", "TASS", "APA", "ANP", "EFE", "ANSA", "AFP", "AP", "UPI", "dpa", "DPA"];
const WIRE_CODE = new RegExp(`^(?:${WIRE_CODES.join("|")})$`);
/** Whether a line or a byline part is only wire agencies or a desk's credit (AGENCY_BYLINE, WIRE_CODES), several joined by "/", "," or "&". */
function isAgencyCredit(s: string): boolean {
  if (AGENCY_BYLINE.test(s)) return true;
  const parts = s.length <= 100 ? s.split(/\s*[/,&]\s*/) : [];
  return parts.length > 0 && parts.every((p) => AGENCY_BYLINE.test(p) || WIRE_CODE.test(p));
}

/**
 * Contact details glued to a byline line ("By Jane Doe jane.doe@example.org", "Jane Doe (@janedoe)"), cut before the
 * name is read, as the HTML side's AUTHOR_JUNK does.
 * Linear on any input (safety audit): a match starts only where a run of white space starts (`(?<!\s)`), and the
 * address only at the first word character of its run (html/metadata.ts EMAIL), the places the plain pattern's
 * leftmost match starts anyway; long runs of blanks or of "a.b.c…" were read once per position (quadratic).
 */
const BYLINE_CONTACT = new RegExp(String.raw`(?<!\s)\s*(?:\b(?:e-?mail|mail)\s*:?\s*)?${EMAIL_SOURCE}|(?<!\s)\s*\(\s*@\w+\s*\)`, "gi");

/**
 * A CMS poster line's lead before its date ("Posted by jdoe on 12 May 2019", "Geschrieben von Quill am 12.04.2016"):
 * the publishing verb makes one word, a user name, the byline (html/metadata.ts's POSTER_LINE).
 */
// (Session 15t6: a category may stand between the verb and the byline word, "Posted in News by jdoe on 3 May 2019",
//  "Publicado en Deportes por jdoe el …": the meta row of blog themes that name the post's category first.)
const POSTER_LEAD = new RegExp(String.raw`^(?:${POSTER_VERBS})(?:\s+(?:in|en|dans|im|unter|em|nel|op)\s+[^\s,|]+(?:\s+[^\s,|]+){0,2}?)?\s+(?:${POSTER_BY})\s*:?\s+([\p{L}\p{N}_.-]{2,30}(?:\s+[\p{L}'’.-]+){0,3}?)(?:\s+(?:on|at|am|le|el|il|op|em|um))?$`, "iu");
function posterOf(lead: string): string | null {
  const m = POSTER_LEAD.exec(lead);
  // one word, a user name ("jdoe"), or a person's name in capitalised words ("Jane Doe")
  if (!m || (/\s/.test(m[1]) && !looksLikeName(m[1]))) return null;
  return !JUNK_AUTHORS.has(m[1].toLowerCase()) ? m[1] : null;
}

/**
 * Session 25 (text round 14): a post's footer row, its poster line run into its tags or categories ("Posted by jdoe at
 * 07:41 Tagged with: …", "Posted by Jane Doe on 3 May 2019 Filed under: …", "Geschrieben von jdoe am … Abgelegt unter
 * …"). Family: blog themes (WordPress, Blogger and their kin) that print the post's meta row under the text, past
 * related links and rating widgets, far below the body. The tag or category label marks it the post's row, not a
 * comment's. The lead before the time word is read as a poster line (`posterOf`).
 */
// (Session 25 mend: the time word must be followed by a day, a clock time or a month word and a number, "on 3 May",
//  "at 07:41", "on May 3", "le 3 mai": a particle inside a name, "Anna Le Brun", "Karim El Amrani", "Jan Op den Kamp",
//  is no time word; and the tag labels of the languages whose time words the row reads.)
const POST_FOOTER_ROW = /^(.{4,80}?)\s+(?:at|on|am|um|le|el|il|à|em|op)\s+(?=\d|\p{L}{2,12}\.?,?\s+\d)[^|]{1,60}?\s(?:tagged(?:\s+with)?|filed\s+under|categor(?:y|ies|ized|ie|ias?|ías?)|kategorie(?:n)?|schlagw(?:ö|oe)rter|abgelegt\s+unter|getaggt\s+mit|tags|cat[ée]gories?|[ée]tiquettes?|mots[- ]cl[ée]s|etiquetas|argomenti|trefwoorden)\s*:/iu;
/** The poster named by a post's footer row (POST_FOOTER_ROW), or null. */
export function postFooterByline(line: string): string | null {
  if (line.length > 600) return null;
  const m = POST_FOOTER_ROW.exec(line.trim());
  return m ? posterOf(m[1]) : null;
}

/**
 * A byline word glued to the name that follows it ("ByJane Doe", "VonJane Doe"): inline renderers join the label's
 * span and the author's link without a space (html-to-text, innerText). Only before a capital and a small letter.
 * Family: bylines whose opener and name are separate elements (session 15t).
 */
const GLUED_OPENER = /^(By|Von|Por|Par)(?=\p{Lu}\p{Ll})/u;

/**
 * A name in capitals after an explicit byline word ("Von JANE DOE", "By JANE DOE"): two to four words of capitals,
 * the first no article ("BY THE NUMBERS" is a heading). Family: bylines set in capitals by the page's style, which a
 * text renderer keeps as typed (session 15t).
 */
function isCapitalsName(n: string): boolean {
  const parts = n.trim().split(/\s+/);
  return parts.length >= 2 && parts.length <= 4 && parts.every((p) => /^\p{Lu}[\p{Lu}'’.-]+$/u.test(p)) && !LEADING_ARTICLE.test(parts[0].toLowerCase());
}

/** Whether a line opens with an explicit byline word, glued to the name or not ("By Jane Doe", "ByJane Doe", "Von Jane Doe"). */
export function hasBylineOpener(line: string): boolean {
  return BY_PREFIX.test(line.trim().replace(GLUED_OPENER, "$1 "));
}

/** A social handle closing a byline after the name ("… Jane Doe @janedoe"). */
const TRAILING_HANDLE = /(?<=\p{L})\s+@\w{2,30}$/u;

/**
 * Session 15t9: a photo or video credit run into the byline's row ("von Jane Doe Foto: © Agentur", "By Jane Doe
 * Photos: John Roe"): the credit is cut before the name is read. Family: byline rows whose credit is a span beside
 * the author's, run together by an inline renderer.
 */
const BYLINE_CREDIT_TAIL = /\s+(?:fotos?|photos?|bild(?:er)?|images?|illustrations?|videos?|grafik)\s*:.*$/iu;
/**
 * Session 15t9: a relative time as the last segment of a meta row ("| 3 hours ago", "· vor 2 Stunden", "| Publicado
 * hace 3 horas", "- il y a 5 minutes"), in the languages of the stop-word table, a publishing or update label before it
 * allowed. Family: news sites that print the byline beside the age of the piece instead of its date. (The blanks before
 * the separator are read from the start of their run only, `(?<!\s)`: the same match, linear on a long blank run.)
 */
const RELATIVE_TIME_SEGMENT = new RegExp(
  String.raw`(?<!\s)\s*[|•·,–—-]\s*(?:(?:${dateLabelSource(["published", "posted", "updated"])})\s+)?` +
    String.raw`(?:\d{1,3}\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago|vor\s+\d{1,3}\s+(?:minuten?|stunden?|tagen?|wochen?)|hace\s+\d{1,3}\s+(?:minutos?|horas?|días?|semanas?)|il\s+y\s+a\s+\d{1,3}\s+(?:minutes?|heures?|jours?|semaines?)|\d{1,3}\s+(?:minut[oi]|or[ae]|giorn[oi]|settiman[ae])\s+fa|há\s+\d{1,3}\s+(?:minutos?|horas?|dias?|semanas?)|\d{1,3}\s+(?:minuten|minuut|uur|dagen|dag|weken|week)\s+geleden)\s*$`,
  "iu",
);
/**
 * Session 15t9: co-authors after a comma in an explicit byline ("By Jane Doe, John Roe", "von Jane Doe, John Roe"):
 * each comma-separated part that is a person's name (the first word a known given name, text/person.ts) is kept, so a
 * job title or an agency after the comma still goes ("By Jane Doe, Staff Writer", "By Jane Doe, Reuters").
 */
function coAuthorsAfter(tail: string): string {
  if (!/^\s*,/.test(tail)) return "";
  let out = "";
  // (a join word opening a part is the Oxford comma's, "By Jane Doe, John Roe, and Ann Lee": the last writer follows it)
  for (const part of tail.split(",").slice(1).map((p) => p.trim().replace(LEADING_WRITER_JOIN, ""))) {
    // (the last part may join two writers, "By Jane Doe, John Roe and Ann Lee", or a writer and a wire's credit, "By
    //  Jane Doe, John Roe and Reuters staff": each writer is kept, the credit dropped, and the list ends there)
    const joined = part.replace(CO_WRITER_JOIN, " and ").split(" and ");
    const listed = withoutWireCredit(part);
    if (!part || !listed) break;
    // (interface or date words run onto the last writer, "… and Ann Lee Updated", "… Ann Lee Staff Writers", are cut;
    //  a last item that is then no person's name is dropped, and the list ends)
    const writers = withoutInterfaceTail(listed);
    if (writers.length > 0 && writers.every(isWriterName)) out += `, ${writers.join(", ")}`;
    if (joined.length > 1 || writers.length < listed.length || !writers.every(isWriterName)) break;
  }
  return out;
}
/** The joins of a byline's list of writers ("and", "&", "und", "e", "y", "et", "dan"), read as " and ". */
const CO_WRITER_JOIN = /\s+(?:and|&|und|e|y|et|dan|och|og|ve)\s+/g;
const LEADING_WRITER_JOIN = /^(?:and|&|und|e|y|et|dan)\s+/i;
/** A person's name in a byline's list of writers: a known given name first, no function word opening it. */
const isWriterName = (n: string): boolean => isPersonName(n) && !opensWithFunctionWord(n);

/**
 * Wire agencies and wire desks a byline credits after its writers: the lexicon's spelt-out agencies (html/byline-lexicon.ts
 * AGENCY_NAMES) and wire codes (WIRE_AGENCY_CODES), the agencies and desks a byline line names alone (AGENCY_BYLINE),
 * and the credit to the agencies in general ("Agenturen", "agencias", "wire reports").
 */
const WIRE_CREDIT = String.raw`${AGENCY_NAMES}|${AGENCY_BYLINE.source.slice(1, -1)}|keystone-sda|${[...WIRE_AGENCY_CODES].join("|")}|pti|ians|agenturen|agences|agencias|agenzie|agências|agencies|wire\s+reports?|wire\s+services?`;
/**
 * A wire agency or desk closing a byline's list of writers ("By Jane Doe and Reuters staff", "Von Jane Doe und dpa",
 * "Por Jane Doe y EFE", "Door Jane Doe en ANP", "Av Jane Doe och TT") or credited beside it ("Von Jane Doe mit dpa",
 * "Par Jane Doe avec AFP", "By Jane Doe with Reuters", "Por Jane Doe con agencias"): it credits the wire copy the
 * writers worked from, and is dropped. "staff", "reporters" or "writers" after an agency's name allowed. Family: news
 * sites' bylines that credit a wire beside their own reporters, in the byline languages.
 */
const WIRE_CREDIT_END = new RegExp(String.raw`(?<!\s)\s+(?:and|&|und|e|y|et|dan|en|og|och|mit|avec|with|con|com)\s+(?:${WIRE_CREDIT})(?:\s+(?:staff|reporters?|writers?))?$`, "iu");
/**
 * A byline's writers, a closing wire credit (WIRE_CREDIT_END) dropped: the writers left must each be a person's name
 * (`isWriterName`); a desk or another agency before the wire ("Von Redaktion und dpa", "By Reuters and AP", "By
 * Bloomberg and Reuters staff") names no writer, and the byline none (null).
 */
function withoutWireCredit(text: string): readonly string[] | null {
  const credit = WIRE_CREDIT_END.exec(text);
  const names = (credit ? text.slice(0, credit.index) : text).replace(CO_WRITER_JOIN, " and ").split(" and ");
  return !credit || names.every(isWriterName) ? names : null;
}

/**
 * Interface and date words a renderer runs onto the last writer of a byline's list ("… and Ann Lee Updated", "… Ann
 * Lee Staff Writers", "… Ann Lee Read More", "… Ann Lee Share", "… Ann Lee Contributed Reporting"): the update and
 * publishing labels (html/meta-lexicon.ts UPDATE_LABEL_WORDS, text/date-labels.ts), the account and interface labels of
 * JUNK_AUTHORS, and the credit words of BYLINE_CREDIT_TAIL without their colon. Family: meta rows whose writers, date
 * label and share buttons are adjacent spans, run together by a whole-page text renderer.
 */
const INTERFACE_TAIL_WORD = new RegExp(String.raw`^(?:${UPDATE_LABEL_WORDS}|${dateLabelSource(["published", "posted", "updated"])}|${UPDATE_LEAD_WORDS.join("|")}|writers?|reporting|contributed|newsletter|photographs?|fotos?|photos?|illustrations?|videos?)$`, "iu");
/** The list with such a run cut off its last item's end; a last item left empty is dropped. */
function withoutInterfaceTail(names: readonly string[]): readonly string[] {
  if (names.length === 0) return names;
  const words = names[names.length - 1].trim().split(/\s+/);
  let k = words.length;
  for (;;) {
    if (k >= 2 && JUNK_AUTHORS.has(`${words[k - 2]} ${words[k - 1]}`.toLowerCase())) k -= 2;
    else if (k >= 1 && (INTERFACE_TAIL_WORD.test(words[k - 1]) || (JUNK_AUTHORS.has(words[k - 1].toLowerCase()) && words[k - 1].toLowerCase() !== "more"))) k--;
    else break;
  }
  if (k === words.length) return names;
  return k === 0 ? names.slice(0, -1) : [...names.slice(0, -1), words.slice(0, k).join(" ")];
}

/**
 * Session 15t10: the next inline element run into the byline's name by the renderer ("von Jane DoeKeine Kommentare",
 * "by Jane DoeNews, Sport"): a capital after at least two small letters inside a word ends the name there. Name
 * forms with an inner capital have one small letter before it ("McDonald", "DeShawn", "LaToya") or a listed
 * prefix ("MacKenzie", "VanDyke", "DelVecchio"). Family: blog
 * themes whose meta row (author, comment count, categories) is adjacent spans with no space between them.
 */
const GLUED_NEXT_ELEMENT = /(?<=\p{Ll}{2})(?<!(?<!\p{L})(?:Mac|Van|Von|Del|Della|Dela|Las|Los))\p{Lu}\p{Ll}.*$/u;
/**
 * Session 23: the street words of a postal address in the byline languages ("Avenue", "Street", "Straße", "Platz",
 * "rue", "calle", "via", "P.O. Box" …): a name and an address after the comma is a contact block, not a byline.
 */
// (Session 23 mend: the street word closes the first segment after the name, "Harbour Avenue, Eastbay", "Am
//  Lindenweg", or a Romance street word opens it, "rue des Lilas", "calle Mayor": a street word inside a name, "The
//  Wall Street Journal", "Main Street Media", is an outlet's. A house number or a postcode is a digit, refused below.)
const STREET_WORD =
  /(?:(?<!\p{L})(?:avenue|street|road|boulevard|blvd|lane|square|stra(?:ß|ss)e|str|weg|platz|gasse|allee|postfach)|\p{L}(?:stra(?:ß|ss)e|str|weg|platz|gasse|allee))\.?$|^(?:rue|calle|avenida|rua|viale|via|avenue)\s/iu;
/** Is the first segment of `tail` (to its first comma or bar) a street's name (STREET_WORD)? */
const opensWithStreet = (tail: string): boolean => STREET_WORD.test(tail.split(/[,|]/)[0].trim());
/** "By Jane Doe and John Roe" / "Jane Doe, Reuters" / "Jane Doe | Staff Writer" → the name(s); else null. */
export function parseByline(line: string): string | null {
  return readByline(line)?.name ?? null;
}

/**
 * The shape of a byline line `readByline` read: a byline word or an author's label before the name ("By Jane Doe",
 * "Autor: Jane Doe"), a wire agency or desk alone, a name beside a relative time ("Jane Doe · 2 hours ago"), a name with
 * a social handle, a name before a comma or bar and a writer's credit ("Jane Doe, Reuters", "Jane Doe | Staff Writer",
 * "Jane Doe, The Harbour Review": `name-credit`), before a comma and anything else that is no office ("Jane Doe, Wien",
 * "Jane Doe, Example Foundation": `name-comma`, still the writer), or before a comma and an office that is not a
 * writer's ("Jane Doe, President of Example", "Jane Doe, Mayor": `name-role`, names no author). Kept with the author
 * (`PageMeta.authorFrom`) so that the eval can count which shapes name the wrong person.
 */
export type BylineShape = "by" | "agency" | "relative-time" | "handle" | "name-credit" | "name-comma" | "name-role";

/**
 * A writer's credit after "Name," with no byline word: a wire agency or desk, a writer's role ("Staff Writer",
 * "Correspondent", "Redakteurin", "Rédactrice", "Gastautor", "Kolumnistin", "Author"), or an outlet ("The Harbour
 * Street Journal", "Quay Media", "THE HARBOUR TIMES": the HTML reader's OUTLET_END_WORDS last, any case). Only sorts
 * the `name-credit` kind from the `name-comma` kind for the eval; both name the writer.
 */
const WRITER_CREDIT_TAIL = new RegExp(String.raw`(?<!\p{L})(?:${JOB_TITLE_NOUNS}|staff|desk|chefredakteur(?:in)?|gastautor(?:in)?|kolumnist(?:in)?|(?:guest\s+|contributing\s+)?author|bureau\s+chief)s?(?!\p{L})`, "iu");
const OUTLET_TAIL = new RegExp(String.raw`(?<!\p{L})(?:${OUTLET_END_WORDS}|Media|Zeitung|Magazin)\s*$`, "iu");

/**
 * An office after "Name," that is not a writer's: the person is a caption's, a quote's, a speakers' list's or a
 * monarchs' list's ("Jane Doe, President of Example", "Jane Doe, Bürgermeisterin", "Jane Doe, porte-parole du
 * ministère"), so the line names no author. A short, closed list of offices, in the languages the byline words cover
 * (English, German, French, Spanish, Italian, Portuguese, Dutch): heads of organisations and states, founders,
 * professors, ministers, spokespeople, mayors, senators, governors, directors-general. Any other tail after a person's
 * name (an outlet, an agency, a writer's role, a city, an organisation) is the writer's credit: the byline rows of
 * news sites, op-eds and wires print "Name, Outlet", "Name, City" and "Name, Role, Organisation" under the headline.
 * German offices match inside a compound ("Bundesministerin", "Oberbürgermeister", "Pressesprecherin"). The nouns are
 * text/role-nouns.ts's `office` column.
 */
const NON_WRITER_ROLE_TAIL = new RegExp(String.raw`(?<!\p{L})(?:${roleNounSource("office")})(?!\p{L})`, "iu");

/**
 * Capitalised words that read as a name and hold no ordinary English word (WordNet's lemmas that it never writes
 * capitalised, entities/lexicon.ts `commonWordClass`): "Jan de Vries", "Siti Nurhaliza"; not "County Sheriff Warns
 * Residents", "Hardware".
 */
function isUncommonWordsName(n: string): boolean {
  const words = n.trim().split(/\s+/);
  if (!(looksLikeName(n) || (words.length === 1 && /^\p{Lu}\p{Ll}[\p{L}-]+$/u.test(n)))) return false;
  return words.every((w) => commonWordClass(w.toLowerCase()) !== "common");
}
/**
 * The name after an everyday byline word (EVERYDAY_BYLINE_WORD): a person's name with at most one ordinary English word
 * after the given name (a surname that is a word, "Anna Long"; not a headline's verb and adverb, "Di Maria Scores
 * Twice"), a name in capitals, or (after "Door" and "Di") capitalised words that are no ordinary English words.
 */
function isEverydayOpenerName(n: string, nordic: boolean, di = false): boolean {
  // (a surname's particle, "de", "van", "der", "di", is no ordinary word of a headline)
  const words = n.trim().split(/\s+/).filter((w) => !/^(?:de|van|der|den|di|da|du|dos|das|von|la|le|del|bin|binti)$/i.test(w));
  const common = words.slice(1).filter((w) => commonWordClass(w.toLowerCase()) === "common").length;
  if (!nordic) {
    // (after "Di" and "Door": two words at least, no listed place ("Di Jakarta", "Door Rotterdam"), no word after the
    //  given name in a verb's or a plural's form ("Di Maria Scores", "Door Kicked In"), and an ordinary word only as
    //  the last of two, "Anna Long" (not "Di Maria Leaves Juventus"); a headline goes on as a sentence after the name)
    if (words.length < 2 || words.some((w) => isListedPlace(w)) || isListedPlace(n.trim())) return false;
    if (words.some(isHeadlineWordForm)) return false;
    if (words.slice(0, -1).some((w, i) => i > 0 && commonWordClass(w.toLowerCase()) === "common")) return false;
    if (common === 1 && (words.length !== 2 || commonWordClass(words[1].toLowerCase()) !== "common")) return false;
    // (Indonesian "di" is "in, at": capitalised uncommon words after it are a place's or a headline's, "Di Balik Layar",
    //  unless a known given name opens them)
    if (di && !isPersonName(n) && !isGivenNameWord(words[0])) return isCapitalsName(n);
  }
  // (after "Av" / "Af" uncommon words only with a Nordic surname's ending last, "Af Mette Hansen", "Av Eva Sjöström": a
  //  Nordic institution's name in the genitive, "Af Danmarks Statistik", holds no English word either)
  return (isPersonName(n) && common <= 1) || isCapitalsName(n) || (isUncommonWordsName(n) && (!nordic || (/\s/.test(n.trim()) && NORDIC_SURNAME_END.test(n.trim()))));
}
/** A Nordic byline word closing the opener ("Av ", "Af: "): the uncommon-words path then needs a Nordic surname. */
const NORDIC_BY_END = new RegExp(String.raw`(?:${SCANDINAVIAN_BY})\s*:?\s$`, "i");
/**
 * The place of a dateline before a wire's credit ("New Delhi, PTI", "Kuala Lumpur, Bernama", "Jakarta, Reuters"): a
 * listed place (entities/lexicon.ts `isListedPlace`), or capitalised words that are no person's name and whose last
 * word is a listed place or a place word. Family: the dateline-and-wire line of Indian, Malaysian and Indonesian wire
 * copy, which names no writer.
 */
function isDatelinePlace(s: string): boolean {
  const t = s.trim();
  if (isListedPlace(t)) return true;
  const words = t.split(/\s+/);
  return !isPersonName(t) && (isListedPlace(words[words.length - 1]) || words.every((w) => isListedPlace(w) || commonWordClass(w.toLowerCase()) === "common"));
}
/**
 * The words after "Di" / "Door" that are a headline's, not a name's: a word that ends like an inflected verb or a
 * plural (-s, -ed, -ing: "Di Maria Scores", "Door Kicked In"), or a listed place ("Di Jakarta", Indonesian "in Jakarta").
 */
const HEADLINE_WORD_FORM = /^(\p{L}{3,}?)(?:es|s|ed|d|ing)$/u;
function isHeadlineWordForm(w: string): boolean {
  const m = HEADLINE_WORD_FORM.exec(w.toLowerCase());
  if (!m || commonWordClass(w.toLowerCase()) === "both") return false;
  const stem = m[1];
  return [stem, stem + "e"].some((x) => commonWordClass(x) === "common") && !isGivenNameWord(w);
}
/** The endings of Swedish, Norwegian and Danish surnames ("-sen", "-son", "-ström", "-berg", "-lund", "-qvist", "-gaard"). */
const NORDIC_SURNAME_END = /(?:sen|son|søn|ström|strøm|strom|berg|borg|lund|qvist|kvist|gaard|gård|dahl|dal|holm|vik|stad|rud|bakken|haug|gren|blad|mark|man|ius)$/iu;

/** `parseByline` with the shape of the line it read. */
export function readByline(line: string): { name: string; shape: BylineShape } | null {
  const t = line.replace(BYLINE_CONTACT, "").trim().replace(/(?<![.,;:|])[.,;:|]+$/, "") /* a trailing run is matched from its start only: linear on a long run of dots */.replace(/(?<!\s)\s+(on|at|am|vom|le|em|el|pada)$/i, "") // (from where blanks start: linear on a long run);
  if (t.length > 100) return null;
  if (isAgencyCredit(t)) return { name: t, shape: "agency" };
  // (Session 15t6: a social handle after the name closes an explicit byline too, "Por Jane Doe @janedoe", "By Jane
  //  Doe @jdoe", as it closes a bare one below. Family: bylines that print the author's handle beside the name.)
  const by = BY_PREFIX.exec(t.replace(GLUED_OPENER, "$1 ").replace(TRAILING_HANDLE, ""));
  // (Session 24: "vom" (von dem) only in small letters, a byline's "Ein Beitrag vom …" or an update line's "… am 3.
  //  Januar 2020 vom …": a capital "Vom" opens a headline, "Vom Winde verweht".)
  if (by && /^Vom\s/u.test(t)) return null;
  if (by) {
    const named = by[1].replace(BYLINE_CREDIT_TAIL, "").replace(GLUED_NEXT_ELEMENT, "");
    // (Session 22: a slash sets off the desk or the site after the name too, "Text: Jane Doe / example.org", "By Jane
    //  Doe / Agency": the byline rows of magazines and regional news sites that credit writer and outlet.)
    const first = named.split(/\s*[|,•·]\s*|\s+[-–—/]\s+/)[0];
    const listed = withoutWireCredit(first);
    if (!listed) return null;
    // (interface words run onto the second of two writers are cut as in a comma list, "By Jane Doe and John Roe Updated")
    const names = listed.length > 1 ? withoutInterfaceTail(listed) : listed;
    const rest = names.join(" and ");
    // (Session 22 mend: cut at a slash, or after the "Words:" credit, the row is as often a pair of choices or a desk,
    //  "By Land / By Sea", "Von Redaktion / dpa", "Words: Traditional": only a person's name of two words or more
    //  stands there (two words or more, a known given name first: `isPersonName`), not the one capitalised word a bare
  //  "By Staff" or "Von Redaktion" passes with.)
    const strict = /^\s*\//.test(named.slice(first.length)) || WORDS_CREDIT.test(t.slice(0, by.index + by[0].length - by[1].length));
    // (Session 24 mend: after "vom" (von dem) a common noun stands far more often than a writer, "vom Amt", "vom Verein
    //  …", "vom Team": only a person's name, `isPersonName`, or a known given name alone.)
    const vom = /^vom\s/u.test(t);
    // (one heading word after a bare English "By" is a heading, "By Car", "By Date", `isByHeadingWord`; after a poster's
    //  verb it is an account's nickname, "Posted by Sparrow", and after "Von", "Par", "Por" a name, "Von Storm")
    const bareOpener = /^by$/i.test(t.slice(0, by.index + by[0].length - by[1].length).trim().replace(/\s*:$/, ""));
    // (after a byline word that is an everyday word too, "Door", "Di", "Av", "Af": a person's name, a name in capitals,
    //  or capitalised words none of which is an ordinary English word, EVERYDAY_BYLINE_WORD)
    const everyday = EVERYDAY_BYLINE_WORD.exec(t);
    const nordic = !!everyday && NORDIC_BY_END.test(everyday[0]);
    const nameOf = (n: string) =>
      vom ? isPersonName(n) || (!/\s/.test(n) && isGivenNameWord(n)) : strict ? isPersonName(n) : everyday ? isEverydayOpenerName(n, nordic, /^di\b/i.test(everyday[0])) : looksLikeName(n) || (/^\p{Lu}[\p{L}-]+$/u.test(n) && !(bareOpener && isByHeadingWord(n))) || isCapitalsName(n);
    if (AUTHOR_LABEL.test(t.replace(GLUED_OPENER, "$1 ")) && names.some(isLabelJunkName)) return null;
    if (names.every(nameOf)) return { name: rest + coAuthorsAfter(named.slice(first.length)), shape: "by" };
    return null;
  }
  // Session 15t9: "Jane Doe | Publicado hace 3 horas", "Jane Doe · vor 2 Stunden": a person's name beside a relative
  // time (RELATIVE_TIME_SEGMENT) is the byline of a meta row that prints no date.
  const relative = RELATIVE_TIME_SEGMENT.exec(t);
  if (relative && relative.index > 0) {
    const name = t.slice(0, relative.index).trim();
    if (isPersonName(name) && !opensWithFunctionWord(name)) return { name, shape: "relative-time" };
  }
  // "Jane Doe @janedoe": a name with a social handle.
  const handle = /^(.+?)\s*@\w+$/.exec(t);
  if (handle && looksLikeName(handle[1])) return { name: handle[1], shape: "handle" };
  const comma = /^(.+?)\s*[,|]\s*(.+)$/.exec(t);
  // (Session 15t4: the name before the comma is a person's, its first word a known given name, or the part after it
  //  a wire agency: "Harbour Point, Maine. Photo: …" is a caption and "Biologie Geografie, Chemie" a list of topics.)
  // (Session 23: not a postal address, "Jane Doe, Harbour Avenue, Eastbay": a contact block's first line.)
  if (comma && looksLikeName(comma[1]) && !opensWithFunctionWord(comma[1]) && tokensOf(comma[2]).length <= 5 && !/\d/.test(comma[2]) && !opensWithStreet(comma[2]) && (isPersonName(comma[1]) || (isAgencyCredit(comma[2].trim()) && !isDatelinePlace(comma[1])))) {
    // (an office first: "Jane Doe, CEO of Example Media" is the company's head, not the outlet's writer)
    if (!isAgencyCredit(comma[2].trim()) && NON_WRITER_ROLE_TAIL.test(comma[2])) return { name: comma[1], shape: "name-role" };
    return { name: comma[1], shape: WRITER_CREDIT_TAIL.test(comma[2]) || OUTLET_TAIL.test(comma[2]) || isAgencyCredit(comma[2].trim()) ? "name-credit" : "name-comma" };
  }
  return null;
}

/**
 * Session 15t4, dates glued to the next element by an inline renderer: the published and the updated day of a
 * theme's meta row ("1. November 20161. November 2016 jdoe", "3. April 20223. April 2022 by jdoe") and a numeric
 * date run into the byline word ("08/08/2017durch Jane Doe", "12.05.2019von Jane Doe"). A space goes back after the
 * year; nothing else changes. Family: blog themes (WordPress and the like) whose date and byline are adjacent spans.
 */
const GLUED_DATE_PAIR = /(\p{L}{3,}\.?\s+\d{4})(?=\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}(?!\d))/gu;
const GLUED_NUMERIC_DATE = /((?<![\d./])\d{1,2}[./]\d{1,2}[./]\d{4})(?=\p{L})/gu;
// (Session 15t8: a forum's post row, the poster's name, a two-digit-year date and the time run together,
//  "jdoe28.09.1912:44", read "28.09.1912" as a date of 1912: the year's two digits and the hour are split apart, and
//  the name from the date, "jdoe 28.09.19 12:44". Family: forum and comment rows of board software.)
const GLUED_SHORT_YEAR_CLOCK = /(?<![\d.])(\d{1,2}\.\d{1,2}\.\d{2})(\d{1,2}:\d{2})(?![\d:])/gu;
const NAME_GLUED_TO_DATE = /(?<=\p{Ll})(?=\d{1,2}\.\d{1,2}\.\d{2} \d{1,2}:\d{2}(?![\d:]))/gu;
// (Session 22: a name run into an English date that opens with the month, "Jane DoeNovember 6, 2023": the byline's and
//  the date's spans of a news theme's meta row, joined by the renderer. A space goes in before the month, after at
//  least two small letters and only before a whole "Month D, YYYY" date. Family: meta rows of magazine and news themes.)
const NAME_GLUED_TO_MONTH = new RegExp(
  String.raw`(?<=\p{Ll}{2})(?=(?:${ENGLISH_MONTH_NAMES.map((m) => m[0].toUpperCase() + m.slice(1)).join("|")})\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?!\d))`,
  "gu",
);
// (Session 23: the ordinal of the first of the month, "1er novembre 2023", "le 1ᵉʳ mai", Italian "1° maggio", Spanish
//  "1ro de mayo": the day's number is kept, its ordinal mark goes, before a month's name. Family: French, Italian and
//  Latin American datelines, which print every other day as a bare number.)
const FIRST_OF_MONTH = /(?<![\p{L}\p{N}.])1(?:er|ᵉʳ|°|ro)(?=\s+(?:de\s+)?\p{L}{3,})/gu;
function unglueDates(line: string): string {
  return line.replace(FIRST_OF_MONTH, "1").replace(GLUED_DATE_PAIR, "$1 ").replace(GLUED_NUMERIC_DATE, "$1 ").replace(GLUED_SHORT_YEAR_CLOCK, "$1 $2").replace(NAME_GLUED_TO_DATE, " ").replace(NAME_GLUED_TO_MONTH, " ");
}

/**
 * Session 15t4, datelines with a two-digit year: "28.01.22 / 0 Kommentare", "mardi 10.12.19", "von Jane Doe, 8.5.12",
 * "10/12/20 - 10h02", "11/08/23 5:19pm". `findPublished` leaves them out of dump lines (a sentence or a version
 * number writes them too); on a line that is otherwise a dateline (the word count of `parseDateline`) they are the
 * date. Dots day first always; slashes only before a clock time, in the order of the dump's language. Not on a line
 * that names a version or a release. Family: blogs and regional news sites that print the short numeric date.
 * And the year-first dots before a clock ("2020.08.27 20:27", Korean, Chinese and Hungarian datelines), which
 * `findPublished` leaves out of dump lines too (a product's calendar version writes them with no clock).
 */
const SHORT_YEAR_DOTS = /(?<![\p{L}\d.,])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.,]|\.\d)/u;
const SHORT_YEAR_SLASHES = /(?<![\p{L}\d/])(\d{1,2})\/(\d{1,2})\/(\d{2})(?=\s*(?:[-–—|,]\s*)?\d{1,2}[:h]\d{2})/u;
/** Year-first dots before a clock time, as Korean, Chinese and Hungarian datelines print them ("입력 2020.08.27 20:27"). */
const YEAR_FIRST_DOTS_CLOCK = /(?<![\d.])(\d{4})\.[ \u00a0]?(\d{1,2})\.[ \u00a0]?(\d{1,2})\.?(?=\s+\d{1,2}:\d{2}(?!\d))/u;
const VERSION_WORD = /(?<!\p{L})(?:version|versión|versão|release|build|v)(?!\p{L})/iu;
function shortYearDate(line: string, dayFirst: boolean): { iso: string; start: number; end: number } | null {
  if (VERSION_WORD.test(line)) return null;
  const ymd = YEAR_FIRST_DOTS_CLOCK.exec(line);
  if (ymd) {
    const [y, mo, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    // (Session 24 mend: a year of 1900–2100 only, "0004.02.29 10:00" is no dateline, through the shared calendar check:
    //  `Date.UTC` maps years 0–99 to 1900–1999.)
    if (isCalendarDay(y, mo, d, 1900, 2100)) {
      return { iso: `${padDigits(y, 4)}-${padDigits(mo)}-${padDigits(d)}`, start: ymd.index, end: ymd.index + ymd[0].length };
    }
  }
  const dots = SHORT_YEAR_DOTS.exec(line);
  const m = dots ?? SHORT_YEAR_SLASHES.exec(line);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  // (Session 15t8: dots are day first unless that cannot be a date and month first can, "10.15.15", US sites.)
  const [d, mo] = (dots || dayFirst || a > 12) && !(b > 12 && a <= 12) ? [a, b] : [b, a];
  const yy = Number(m[3]);
  const y = yy > 50 ? 1900 + yy : 2000 + yy;
  if (!isCalendarDay(y, mo, d, 1900, 2100)) return null;
  return { iso: `${y}-${padDigits(mo)}-${padDigits(d)}`, start: m.index, end: m.index + m[0].length };
}

/**
 * Session 15t9: a user name after the byline word that follows a dateline's date ("Posted on 5 April 2015 by jdoe",
 * "3. April 2022 von jdoe | Leave a comment"): one token in a user name's shape (a small letter first, or a digit or an
 * underscore in it), then the end of the row or a separator and the row's controls. Family: the post meta row of blog
 * themes (WordPress "Posted on … by …" in any language), which prints the account's name. A capitalised name is read
 * by `parseByline`; a function word or a CMS account ("admin") is no name.
 */
const USER_NAME_AFTER_BY = /^\S+(?:\s+by)?\s*:?\s+([\p{Ll}\p{N}_][\p{L}\p{N}_.-]{1,29}|\p{L}[\p{L}]*[\p{N}_][\p{L}\p{N}_.-]*)\s*(?:$|[|•·–—]\s*\S)/u;
function userNameAfterBy(tail: string): string | null {
  const m = USER_NAME_AFTER_BY.exec(tail);
  if (!m || /[.-]$/.test(m[1]) || JUNK_AUTHORS.has(m[1].toLowerCase()) || opensWithFunctionWord(m[1])) return null;
  return m[1];
}

/**
 * Session 22: the labelled list that closes a blog theme's post meta row, after the date and the byline ("3. Mai 2019
 * von jdoe Kategorien: Allgemein | Leave a comment", "May 3, 2019 by Jane Doe Tags: garden, spring"): from a category or
 * tag label with its colon to the end of the row, in the languages of the stop-word table. It is cut before the row's
 * words are counted, so the row still dates the page and names its writer. Family: the post footer or header row of
 * WordPress-like themes (date, author, categories, comment link as one line). The label must follow a word of the row
 * (not open it: a row that opens with "Tags:" is a tag list).
 */
const META_ROW_LABELLED_TAIL =
  /(?<=\S)\s+(?:[|•·]\s*)?(?:categories|category|kategorien|kategorie|catégories?|categorías?|categorie|categoria|categorias|tags?|schlagwörter|schlagworte|étiquettes|etiquetas|filed under|abgelegt unter|rubriken?|rubriques?)\s*:.*$/iu;

/** The longest line read as a meta row (before its labelled tail is cut). */
const MAX_META_ROW = 400;
/**
 * Parse a dateline: a line that is a date plus a few label words. Null when the line says more.
 * `dayFirst` (session 15t4): the dump's language writes the day first, so an ambiguous "03/05/2022" is 3 May
 * (`findPublished`'s option; the HTML reader's `writesDayFirst` does the same from the page's language).
 */
export function parseDateline(raw: string, dayFirst = false): Dateline | null {
  // (Session 23: the row's length is measured once its labelled tail is cut, "veröffentlicht am 9 Mär ’21 |
  //  Kategorien: … | Tags: …" with a long tag list is a dateline; a longer line is never one.)
  if (raw.length > MAX_META_ROW || !mayHoldDate(raw)) return null;
  const line = unglueDates(raw).replace(META_ROW_LABELLED_TAIL, "");
  if (line.length > 140) return null;
  const found = findPublished(line, { dumpLine: true, dayFirst }) ?? shortYearDate(line, dayFirst);
  if (!found) return null;
  const before = line.slice(0, found.start);
  let after = line.slice(found.end);
  // "Published: Nov. 19, 2019 Updated: Nov. 19, 2019": a second date is still a dateline.
  for (let k = 0; k < 2; k++) {
    const more = findPublished(after, { dumpLine: true, dayFirst });
    if (!more) break;
    after = after.slice(0, more.start) + " " + after.slice(more.end);
  }
  // (Session 15t8: a word of an Indic script is counted once, its vowel signs and viramas, combining marks that
  //  `tokensOf` splits words at, left out: "शुभायन चक्रवर्ती / नई दिल्ली February 14, 2020", a Hindi byline and place
  //  before the date, is 4 words, not 10. Family: datelines of Hindi, Bengali, Tamil … news sites.)
  const left = [...tokensOf(withoutMarks(before)), ...tokensOf(withoutMarks(after))].filter((w) => {
    const lower = w.toLowerCase();
    return !isFiller(lower) && !DATELINE_CONTROLS.has(lower);
  });
  // Category/section labels before the date are tolerated when they are separated
  // by pipes or slashes ("Home | Business | March 3, 2019").
  // Meta rows joined by separators ("March 3, 2021 / 4 Comments / in Sport / by editor").
  const separated = /[|/•·]/.test(before) || /[|/•·]/.test(after);
  // "By Jane Doe, John Roe on Monday, November 18th, 2019": the byline words are allowed.
  const lead0 = withoutTrailingFillers(before.replace(/[|,•·:–—-]+\s*$/, ""));
  const bylineLead = lead0 ? parseByline(lead0) : null;
  // (and "Veröffentlicht am 03.02.2022 von Jane Doe": an explicit byline after the date, session 15t3)
  const tail0 = after.replace(/^\s*[|,•·–—/-]+\s*/, "").trim();
  const bylineTail = !bylineLead && tail0 && BY_PREFIX.test(tail0) ? parseByline(tail0) : null;
  const allowed = (separated ? 6 : 4) + (bylineLead ? tokensOf(lead0).length : 0) + (bylineTail ? tokensOf(tail0).length : 0);
  if (left.length > allowed) return null;
  const modified = MODIFIED_LABEL.test(before);
  let author: string | null = null;
  const lead = withoutTrailingFillers(before.replace(DATELINE_SEPARATOR_END, "")).replace(DATELINE_SEPARATOR_END, "").trim();
  // (not an update label read as a name: "Letzte Änderung: 31.10.2021")
  if (lead && !separated && !modified) {
    author = parseByline(lead) ?? (looksLikeName(lead) ? lead : null) ?? posterOf(lead);
  }
  // Session 15t, bylines that share the dateline's row in whole-page dumps:
  // - "Por Jane Doe | 03/05/2022 20:36", "Von Jane Doe // 1. November 2023": a row joined by separators still names
  //   its author when the part before the date is an explicit byline ("By/Von/Por …", BY_PREFIX), not a bare name
  //   (a section label "Home | Sport" is no name either way);
  if (!author && lead && separated && !modified && BY_PREFIX.test(lead)) author = parseByline(lead);
  // - Session 15t3: "Kicker | By Jane Doe | April 13, 2020": the segment of a separated row that is an explicit byline.
  if (!author && lead && separated && !modified) {
    for (const part of lead.split(/\s+[|•·/]+\s+/)) {
      if (!BY_PREFIX.test(part.trim())) continue;
      author = parseByline(part.trim());
      if (author) break;
    }
  }
  // - "Jane Doe Updated 06.11.2023", "Jane Doe Zuletzt geändert am …": the name before the update label;
  //   (a full stop closing the name, "Jane Doe. Updated November 3rd, 2023", as themes that print the byline and the
  //   update stamp as two sentences do, is cut; an initial's or a suffix's stop stays, "Jane Q.", "John Doe Jr.")
  if (!author && modified) {
    const m = MODIFIED_LABEL.exec(before);
    const name = m ? before.slice(0, m.index).replace(UPDATE_LABEL_LEAD, "").replace(DATELINE_SEPARATOR_END, "").trim().replace(NAME_CLOSING_STOP, "") : "";
    if (name) author = parseByline(name) ?? (looksLikeName(name) ? name : null);
  }
  // - "1. Februar 2022, Jane Doe", "11.12.2019 - Jane Doe": the name after the date, when nothing stands before it.
  //   The name is set off by a separator (a date followed by a bare label, "21.01.2022 Aktuelle Meldung", is a
  //   section or category row).
  //   An explicit opener after the date ("Posted on 21 July 2019 by jdoe", the CMS poster line) names it as well.
  // (Session 15t8: filler words closing the date are passed over first, "… um 16:14 Uhr - Jane Doe".)
  const afterDate = withoutLeadingFillers(after);
  const sep = /^\s*[|,•·–—/-]+\s*/.exec(afterDate);
  const tail = afterDate.slice(sep ? sep[0].length : 0).replace(COUNT_SEGMENT_END, "").replace(DATELINE_SEPARATOR_END, "").trim();
  // (nothing but filler words stands before the date)
  const nothingBefore = !tokensOf(before).some((w) => !isFiller(w.toLowerCase()));
  if (!author && bylineTail) author = bylineTail;
  if (!author && tail && !/\d/.test(tail) && nothingBefore) {
    if (BY_PREFIX.test(tail)) author = parseByline(tail) ?? userNameAfterBy(tail);
    else if (sep) author = parseByline(tail) ?? (looksLikeName(tail) ? tail : null);
  }
  // (the byline word is a dateline filler too, so it is looked for before the fillers are passed over)
  if (!author && BY_PREFIX.test(tail0) && nothingBefore) author = userNameAfterBy(tail0);
  // Session 23: the post meta row of blog themes that prints the writer's account with no byline word: "ab_cd — 2.
  // März 2023", "9 Juni, 2011 | xyz_7 | Kommentare 12", "4. Mai 2016 qwerty Hinterlasse einen Kommentar", "Jane ·
  // April 19, 2019 · Mac · 7 comments". The segment right before or right after the date is the writer when it is a
  // user name's shape (`isUserHandle`: an underscore inside or a digit run after a small-letter word, no dot, no
  // ordinary English word, no function word) and nothing else stands on that side of the date; a bare lowercase word
  // or a lone given name (`isGivenNameWord`) only when the row closes with a comment count or a comment link
  // (COMMENT_CONTROL_END), the mark of a post row rather than a tag or a section label ("March 3, 2021 | iphone"). The
  // account names the writer only on the header's row (`Dateline.account`). Family: WordPress-like and forum themes
  // in any language (date, account, category, comment count as one row).
  let account = false;
  if (!author && !modified && !bylineLead) account = (author = accountBesideDate(before, after)) !== null;
  // (A span run into the date names a person only with a known given name first: "Example FinanceOctober 13, 2016" is
  //  the section's or the outlet's link, session 22; and not a place's or a body's name, "Lydia SquareMay 3, 2020" with
  //  a place or organisation head noun last, `endsWithPlaceOrOrgHead`.)
  if (author && raw.search(NAME_GLUED_TO_MONTH) >= 0 && (!isPersonName(author) || endsWithPlaceOrOrgHead(author))) author = null;
  return account && author ? { iso: found.iso, modified, author, account: true } : { iso: found.iso, modified, author };
}

/**
 * Session 23: a comment count or a comment link closing a post meta row ("· 7 comments", "| Kommentare 34 |", "Schreibe
 * einen Kommentar", "Leave a comment", "0 Kommentare"), in the languages of the stop-word table.
 */
const COMMENT_CONTROL_END =
  /(?:^|[\s|•·–—-])(?:\d{1,5}\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|responses?|antworten)|(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)\s*:?\s*\d{1,5}|leave\s+a\s+(?:comment|reply)|no\s+comments|(?:schreibe?|hinterlasse)\s+einen\s+kommentar|keine\s+kommentare|laisser\s+un\s+commentaire|(?:deja|dejar)\s+un\s+comentario|lascia\s+un\s+commento|geef\s+een\s+reactie)(?:\s*[|•·])?\s*$/iu;
/** The separators between the segments of a meta row. */
const ROW_SEPARATOR = /\s*[|•·]\s*|\s+[–—-]\s+/u;
/**
 * A user name's shape (session 23, the post meta row's account): one token of letters, digits, "_", "." or "-", a small
 * letter first ("jdoe", "janedoe84") or a digit or an underscore inside ("Jane_D", "Jd2"), not an ordinary English word
 * (WordNet's lemmas), a function word of the stop-word table, a dateline filler or control, nor a CMS account ("admin").
 */
export function isUserHandle(w: string, bareWord = false): boolean {
  // (Session 23 mend: no dot, a domain's "example.de"; a digit only after a small-letter word of four letters or more,
  //  "janedoe84", not a tag of letters and digits, "F1", "G20", "Web3", "covid-19"; a bare lowercase word only when
  //  the caller allows it, `bareWord`.)
  const shaped =
    /^\p{L}[\p{L}\p{N}-]{0,28}_[\p{L}\p{N}_-]{0,28}$/u.test(w) || /^\p{Ll}{4,}\d{1,4}$/u.test(w) || (bareWord && /^\p{Ll}[\p{Ll}-]{2,29}$/u.test(w));
  if (!shaped || /[_-]$/.test(w)) return false;
  const lower = w.toLowerCase();
  return commonWordClass(lower) === null && !NAME_OPENING_FUNCTION_WORDS.has(lower) && !isFiller(lower) && !DATELINE_CONTROLS.has(lower) && !JUNK_AUTHORS.has(lower) && !/^\d+$/.test(w);
}
/**
 * Session 24 mend: the category, column and section words a blog or news row prints before its date in small letters,
 * spelt without accents as slugs are ("allgemein", "sonstiges", "actualites", "economia", "noticias", "newsdesk"), beside
 * the section, site-title and piece-kind lexicons of the HTML reader. Family: category-first meta rows of German,
 * French, Spanish, Portuguese, Italian and English blogs and portals.
 */
const CATEGORY_WORDS: ReadonlySet<string> = new Set([
  "allgemein", "allgemeines", "sonstiges", "sonstige", "diverses", "verschiedenes", "unkategorisiert", "uncategorized", "uncategorised",
  "aktuell", "aktuelles", "neuigkeiten", "nachrichten", "kolumne", "kolumnen", "kommentar", "kommentare", "meinung", "meinungen",
  "ratgeber", "termine", "veranstaltungen", "lokales", "vereinsleben", "pressemitteilungen",
  "noticias", "actualidad", "economia", "politica", "opinion", "opiniao", "sociedad", "deportes", "esportes", "general", "generales",
  "geral", "varios", "columnas", "colunas", "entrevistas", "cultura", "cronica", "tecnologia",
  "actualites", "actualite", "divers", "generale", "chroniques", "chronique", "economie", "politique", "societe", "culture",
  "notizie", "attualita", "cronaca", "editoriali", "rubriche", "varie",
  "newsdesk", "newsroom", "columns", "features", "misc", "miscellaneous",
]);
const PIECE_KIND_WORD = new RegExp(String.raw`^(?:${PIECE_KIND_LEAD})$`, "i");
/** Whether a bare lowercase word before a date is a category or section word, not an account (CATEGORY_WORDS, lexicons, stop words). */
function isCategoryWord(w: string): boolean {
  return (
    CATEGORY_WORDS.has(w) ||
    SECTION_NAMES.test(w) ||
    SITE_TITLE_WORDS.test(w) ||
    PIECE_KIND_WORD.test(w) ||
    LABEL_DESK_WORD.test(w) ||
    Object.values(STOPWORDS).some((set) => set.has(w))
  );
}
/** The account of a post meta row beside its date (see the call in `parseDateline`), or null. */
function accountBesideDate(before: string, after: string): string | null {
  const commented = COMMENT_CONTROL_END.exec(after);
  const tail = (commented ? after.slice(0, commented.index) : after).replace(/^\s*[|,•·–—/-]+\s*/, "").replace(/\s*[|•·–—/-]+\s*$/, "").trim();
  const lead = withoutTrailingFillers(before.replace(DATELINE_SEPARATOR_END, "")).replace(DATELINE_SEPARATOR_END, "").trim();
  const pick = (side: string, near: "first" | "last"): string | null => {
    const parts = side.split(ROW_SEPARATOR).map((p) => p.trim()).filter(Boolean);
    // (the account alone on its side of the date, or, in a row closed by its comment count, the segment beside the date)
    if (parts.length === 0 || (parts.length > 1 && !commented)) return null;
    const cand = near === "first" ? parts[0] : parts[parts.length - 1];
    if (/\s/.test(cand)) return null;
    // (Session 24: a bare lowercase word alone before the date is the account with no comment count too, "jdoe — 2.
    //  Februar 2022", "jdoe28.09.19 12:44": a tag or a category stands after the date, "March 3, 2021 | iphone". Only
    //  ASCII letters, five or more: account names seldom hold accents, labels of other languages do, "invité | 3 mars".
    //  Family: blog, forum and board rows that print the poster first.)
    // (Session 24 mend: and no category, section or desk word of any of the byline languages, `isCategoryWord`:
    //  "allgemein — 2. Februar 2022", "noticias | 2 de febrero de 2022".)
    if (isUserHandle(cand, commented !== null || (near === "last" && /^[a-z]{5,}$/.test(cand) && !isCategoryWord(cand)))) return cand;
    // (a given name that is no listed place: "Georgia · … · 3 comments" is the row's category)
    return commented && isGivenNameWord(cand) && !isListedPlace(cand) ? cand : null;
  };
  return pick(lead, "last") ?? pick(tail, "first");
}

/**
 * A dateline that states no year ("Updated Mar 4, 7:05 AM; Posted Mar 3, 6:50 PM"):
 * still header furniture, but it cannot date the page without guessing the year.
 */
const YEARLESS_DATELINE =
  new RegExp(String.raw`^((${dateLabelSource(["published", "posted", "updated"], ["en"])})\s*:?\s*)?` + /(mon|tue|wed|thu|fri|sat|sun)?[a-z]*,?\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?(,?\s*(at\s*)?\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*([a-z]{2,4})?)?\s*([;|,·•]\s*|$)/.source, "i");

export function isYearlessDateline(line: string): boolean {
  if (line.length > 80) return false;
  let rest = line.trim();
  for (let k = 0; k < 3 && rest; k++) {
    const m = YEARLESS_DATELINE.exec(rest);
    if (!m || m[0].length === 0) return false;
    rest = rest.slice(m[0].length).trim();
  }
  return rest === "";
}

/**
 * Session 15t6: page controls that a whole-page dump prints between the headline and the body, as short lines of
 * their own: they are never the headline. Each entry is a family of controls, in the languages of the stop-word table.
 * The walk up from the body stopped on them and took them for the headline (they are short, capitalised and end
 * with no stop), so the headline over them was missed.
 */
const PAGE_CONTROLS: readonly RegExp[] = [
  // Comment-form headers of blog engines ("Leave a Reply" and its translations), under a short article.
  /^(?:leave a (?:reply|comment)|schreib(?:e|en sie)? (?:eine[nm]?|deine[nm]?|ihre[nm]?) (?:antwort|kommentar)|hinterlasse (?:eine[nm]?|deine[nm]?) (?:antwort|kommentar)|kommentar (?:schreiben|verfassen)|laisser (?:un|une) (?:commentaire|réponse)|deja (?:un|una) (?:comentario|respuesta)|lascia (?:un|una) (?:commento|risposta)|deixe (?:um|uma) (?:comentário|resposta)|geef een reactie|laat een reactie achter)\b/iu,
  // Skip links and accessibility jumps ("Skip to content", "Springe zum Inhalt", "Zum Hauptinhalt wechseln").
  /\b(?:skip to (?:main )?(?:content|navigation)|springe zum inhalt|zum (?:haupt|sekundären |primären )?inhalt (?:springen|wechseln)|aller au contenu|saltar al contenido|ir al contenido|vai al contenuto|pular para o conteúdo|naar de inhoud)\b/iu,
  // Reading-list, display and navigation buttons ("Add to Pocket", "Dark Mode", "Back to top", "zurück zur Übersicht").
  /^(?:add to (?:pocket|reading list|favou?rites|bookmarks)|save (?:for later|to pocket)|read later|dark mode|light mode|go (?:to )?top|back to (?:top|overview|the overview|home|list)|zurück zu(?:r|m) (?:übersicht|startseite|liste|seitenanfang)|nach oben|retour (?:à la liste|en haut)|volver arriba|torna su)\b/iu,
  // Form fields and account prompts ("Leave this field empty", "Resend activation link", "Zur erweiterten Suche").
  /^(?:leave this field (?:empty|blank)|this field is required|(?:aktivierungslink|activation link|bestätigungslink) (?:erneut )?(?:zu)?(?:schicken|senden|resend)|resend (?:the )?activation (?:link|e-?mail)|zur erweiterten suche|advanced search)\b/iu,
];

/** Whether a line is a page control (PAGE_CONTROLS): a button, a skip link, a form's header or field label. */
export function isPageControl(line: string): boolean {
  return PAGE_CONTROLS.some((re) => re.test(line.trim()));
}

/**
 * Session 15t6: the post's meta sentence that blog themes print under the article ("This entry was posted on Monday,
 * May 3, 2019 by jdoe in News", "Dieser Beitrag wurde am 12/09/2021 von jdoe in News veröffentlicht", "Cet article a
 * été publié le 3 mai 2019 par jdoe"). Too long for a dateline, but it states the day. The opening words, by language.
 */
const POST_META_SENTENCE =
  /^(?:this (?:entry|post|article) was (?:posted|published|written|filed)|dieser (?:beitrag|artikel|eintrag) wurde|(?:ce|cet) (?:billet|article) a été (?:publié|écrit)|cette entrée a été publiée|(?:esta|la) entrada (?:fue|ha sido) (?:publicada|escrita)|este (?:artículo|post) (?:fue|ha sido) (?:publicado|escrito)|questo (?:articolo|post) è stato (?:pubblicato|scritto)|questa voce è stata (?:pubblicata|scritta)|dit (?:bericht|artikel) (?:werd|is) (?:geplaatst|gepubliceerd))(?![\p{L}\p{N}])/iu;
/** The day of a blog's post meta sentence (POST_META_SENTENCE), or null. */
export function parsePostMetaSentence(line: string, dayFirst = false): string | null {
  if (line.length > 300 || !POST_META_SENTENCE.test(line) || !mayHoldDate(line)) return null;
  return (findPublished(unglueDates(line), { dumpLine: true, dayFirst }) ?? shortYearDate(line, dayFirst))?.iso ?? null;
}


/**
 * Session 15t9: the heading of a comment section that quotes the post's title ("25 thoughts on “Headline”", "3
 * Responses to Headline", "2 Kommentare zu „Headline“", "Une réflexion sur « Headline »"). Blog engines and CMS
 * themes print it over the comments from the title the post is stored under, so it names the headline whatever the
 * header around the headline looks like. Each row is one part of the heading, in the languages of the stop-word table.
 */
const COMMENT_HEADING_PARTS = {
  // How many: a number or the word for "one".
  count: String.raw`(?:\d{1,5}|one|ein(?:e|en)?|un[ae]?|uno|una|um|uma|één|een)`,
  // What: thoughts, responses, replies, comments, reactions.
  noun: String.raw`(?:thoughts?|responses?|repl(?:y|ies)|comments?|reactions?|kommentare?|antworten|antwort|gedanken?|reaktionen|réflexions?|commentaires?|réponses?|comentarios?|respuestas?|pensamientos?|comentários?|respostas?|commenti|commento|risposte|risposta|pensieri|pensiero|reacties?|gedachten?)`,
  // On what: the preposition before the quoted title.
  prep: String.raw`(?:on|to|for|about|zu|auf|über|sur|à|au sujet de|en|a|sobre|para|em|su|op|over|bij)`,
};
const COMMENT_HEADING = new RegExp(
  String.raw`^${COMMENT_HEADING_PARTS.count}\s+${COMMENT_HEADING_PARTS.noun}\s+${COMMENT_HEADING_PARTS.prep}\s*:?\s+(.+)$`,
  "iu",
);
/** Quote marks around the quoted title (any style: “…”, „…“, «…», "…", ‘…’). */
const TITLE_QUOTES = /^["“”„«»‚‘’']+\s*|\s*["“”„«»‚‘’']+$/gu;

/**
 * Session 25 mend: the heading of a comment section in the byline languages ("Comments", "3 comments", "Kommentare (2)",
 * "Leave a reply", "Antworten", "Commentaires", "Comentarios", "Reacties"), or one that quotes the post's title
 * (COMMENT_HEADING). An author's label under it is a comment's field ("Author" / "Jane Doe" / date / text). Family:
 * blog and CMS comment lists and tables.
 */
const COMMENT_SECTION_HEADING = new RegExp(
  String.raw`^(?:\d{1,5}\s+)?(?:${COMMENT_HEADING_PARTS.noun}|leave\s+a\s+(?:reply|comment)|discussion|diskussion|leserkommentare|schreibe(?:n\s+sie)?\s+einen\s+kommentar|laisser\s+un\s+commentaire|deja\s+un\s+comentario|deixe\s+um\s+coment[áa]rio|lascia\s+un\s+commento)\s*(?:\(\d{1,5}\))?\s*:?$`,
  "iu",
);
/** Whether a line is a comment section's heading (COMMENT_SECTION_HEADING or a heading quoting the title). */
export function isCommentSectionHeading(line: string): boolean {
  if (line.length > 600) return false;
  const t = line.trim();
  return t.length <= 300 && (COMMENT_SECTION_HEADING.test(t) || titleOfCommentHeading(t) !== null);
}
/** The post title a comment-section heading quotes (COMMENT_HEADING), or null when the line is no such heading. */
export function titleOfCommentHeading(line: string): string | null {
  if (line.length > 300) return null;
  const m = COMMENT_HEADING.exec(line.trim());
  if (!m) return null;
  const t = m[1].replace(TITLE_QUOTES, "").trim();
  return /\p{L}/u.test(t) ? t : null;
}

/**
 * Session 26: a Markdown link `[text](address)`, its text at most 80 characters with no bracket in it, the address up to
 * its first space or closing bracket (bounded, so a line of stray brackets stays linear).
 */
const MARKDOWN_LINK = /\[([^\][\n]{2,80})\]\(\s{0,4}([^\s()]{1,400})(?:\s{1,4}"([^"\n]{1,160})"\))?/g;
/**
 * Session 27: a link's title attribute that names its text as the writer of an archive of pieces, the tooltip that
 * blog engines and news CMSs print on an author's archive link (`the_author_posts_link`: "Posts by %s", and its
 * translations): "View all posts by Jane Doe", "Beiträge von Jane Doe", "Zeige alle Beiträge von jdoe", "Alle Beiträge
 * von Jane Doe anzeigen", "Autorenseite von Jane Doe", "Entradas de Jane Doe", "Artículos por Jane Doe", "Tous les
 * articles par Jane Doe", "Articoli di Jane Doe", "Artikelen door Jane Doe", "Alle innlegg av Jane Doe". The name is
 * group 1. (Session 27 mend: only the agentive forms, by / von / por / par / di / door / av / af, and the Spanish
 * "Entradas de", the blog engine's own string. A preposition that also means "about" or "from" names a topic's, a
 * section's or a source's archive: "Noticias de [Tag]", "Ver más noticias de [Tag]", "Tous les articles de [Sujet]",
 * "More stories from [Section]". A category's archive, "View all posts in Politics", is no such title either.) The
 * caller also needs the name to be the link's text, and refuses a tag's or a section's address (TOPIC_ARCHIVE_HREF).
 */
const POSTS_BY_TITLE = new RegExp(
  "^(?:" +
    [
      String.raw`(?:(?:view|see|read|show|browse)\s+)?(?:all\s+|more\s+)?(?:the\s+)?(?:posts|articles|stories|entries)\s+(?:written\s+)?by`,
      String.raw`(?:zeige\s+)?(?:alle\s+|weitere\s+|mehr\s+)?(?:beiträge|artikel|texte)\s+von`,
      String.raw`autorenseite(?:\s+von)?`,
      String.raw`(?:ver\s+)?(?:todas\s+las\s+|todos\s+los\s+|todas\s+as\s+|todos\s+os\s+)?(?:noticias|entradas|publicaciones|artículos|notas|artigos|matérias|postagens|posts)\s+por`,
      String.raw`(?:ver\s+)?(?:todas\s+las\s+)?entradas\s+de`,
      String.raw`(?:voir\s+|afficher\s+)?(?:tous\s+les\s+)?(?:articles|billets|publications)\s+(?:par|publiés\s+par)`,
      String.raw`(?:visualizza\s+)?(?:tutti\s+gli\s+)?(?:articoli|post)\s+di`,
      String.raw`(?:bekijk\s+)?(?:alle\s+)?(?:berichten|artikelen)\s+door`,
      String.raw`(?:(?:alle|alla)\s+)?(?:innlegg|inlägg|indlæg|artikler|artiklar)\s+(?:av|af)`,
    ].join("|") +
    String.raw`)\s*:?\s+(\S.{0,79}?)(?:\s+(?:anzeigen|ansehen))?$`,
  "iu",
);
/**
 * Session 27 mend: the address of a tag's, a topic's, a category's or a section's archive, which a tooltip in the
 * writer's phrasing does not make a writer's page ("[Jane Doe](/tag/jane-doe/ "…")": a person the piece is about).
 * Family: tag and topic rows of news and blog themes in English, German, Spanish, Portuguese, French and Italian.
 */
const TOPIC_ARCHIVE_HREF =
  /\/(?:tags?|topics?|thema|themen|tema|temas|temi|sujets?|category|categories|categoria|categorias|categorie|kategorie|rubrik|ressort|noticias|seccion|section|sections|schlagwort|stichwort)(?:\/|$|[?#])/i;
/**
 * A path segment that names a writer's or a newsroom member's page ("/author/…", "/autorin/…", "/team/…",
 * "/redaktion/…", "/u/…"). Not "/people/", "/person/" or "/personen/": those are as often a topic's page about a person.
 */
const STAFF_PATH_SEGMENT =
  /^(?:authors?|autor(?:en|in|innen)?|auteurs?|autore|autori|writers?|journalists?|journalist(?:en|in|innen)|reporters?|redakteur(?:e|in|innen)?|redaktion|team|staff|mitarbeiter(?:in|innen)?|contributors?|profiles?|profil|users?|u)$/i;
/** A segment of an article's address: a year of a date path, or a slug of this many words or more. */
const YEAR_SEGMENT = /^(?:19|20)\d{2}$/;
const ARTICLE_SLUG_WORDS = 5;
/** A host as the shared reader names a site (common/url.ts urlHost: lower case, no port, no "www." or "www2." label). */
const bareHost = (h: string): string => urlHost(`http://${h}`) ?? h.toLowerCase();
/**
 * Whether an address is a writer's page on the page's own site: relative, or on `host`; a path segment that names
 * staff (STAFF_PATH_SEGMENT); no search ("?q="), no wiki, no year segment, no ".html" and no long slug (an article's
 * address). Another host is refused: an encyclopedia's, a photo site's, a social network's page about or by the person.
 */
export function isWriterLikeAddress(href: string, host?: string): boolean {
  let path = href;
  const abs = /^(?:https?:)?\/\/([^/?#\s]+)(.*)$/i.exec(href);
  if (abs) {
    if (!host || bareHost(abs[1]) !== bareHost(host)) return false;
    path = abs[2] || "/";
  } else if (/^[a-z][a-z\d+.-]*:/i.test(href)) return false;
  if (/[?&](?:q|s|query|search|suche)=/i.test(path) || /\.(?:s?html?|php|aspx?)(?:[?#]|$)/i.test(path)) return false;
  const segments = path.replace(/[?#].*$/s, "").split("/").filter(Boolean);
  if (!segments.some((seg) => STAFF_PATH_SEGMENT.test(seg))) return false;
  return !segments.some((seg) => /^(?:wiki|search|suche)$/i.test(seg) || YEAR_SEGMENT.test(seg) || seg.split(/[-_+]+/).filter(Boolean).length >= ARTICLE_SLUG_WORDS);
}
/** How many absolute links of a dump are read for its own host. */
const HOST_LINKS_READ = 400;
/**
 * The host most of a Markdown dump's absolute links go to (its own navigation, logo and footer), or undefined: the
 * page's own site when the dump came with no address. Only the first HOST_LINKS_READ links are counted.
 */
export function dumpOwnHost(linkedLines: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  let read = 0;
  for (const linked of linkedLines) {
    if (!linked.includes("](")) continue;
    for (const m of linked.matchAll(MARKDOWN_LINK)) {
      // (an image's address is as often a media host's)
      const host = linked[m.index - 1] === "!" ? undefined : /^(?:https?:)?\/\/([^/?#\s]+)/i.exec(m[2])?.[1];
      if (host) counts.set(bareHost(host), (counts.get(bareHost(host)) ?? 0) + 1);
      if (++read >= HOST_LINKS_READ) break;
    }
    if (read >= HOST_LINKS_READ) break;
  }
  let best: string | undefined;
  let most = 1;
  for (const [host, n] of counts) if (n > most) [best, most] = [host, n];
  return best;
}
/**
 * whether every Markdown link of a line goes to a writer's page on the page's own site (`isWriterLikeAddress`):
 * "[Jane Doe](/team/jane-doe)" may be read by its text as a byline, "[Jane Doe](/people/jane-doe)" (a topic page),
 * "[Jane Doe](https://en.wikipedia.org/wiki/Jane_Doe)" or "[Jane Doe](/2026/12/jane-doe-visits-the-lake)" may not.
 */
export function linksWriterLikePage(linked: string, host?: string): boolean {
  let any = false;
  for (const m of linked.matchAll(MARKDOWN_LINK)) {
    if (!isWriterLikeAddress(m[2], host)) return false;
    any = true;
  }
  return any;
}
/**
 * Session 27 mend: a heading that is a box's, not a story's: a newsletter or subscription box ("Get the town news in
 * your inbox", "Sign up for our newsletter", "Newsletter abonnieren"), a "more stories" or related-posts teaser
 * ("Rowing on the lake: more stories from the club", "Mehr zum Thema", "À lire aussi"), a gallery's ("In pictures",
 * "Photos: …"). Pages set such boxes as level-1 headings beside the headline, and they share the story's topic words.
 * Family: the call-to-action, related and gallery boxes of news and blog themes, in English, German, Spanish,
 * Portuguese, French, Italian and Dutch.
 */
const BOX_HEADING =
  /\b(?:newsletters?|subscribe|subscription|sign\s+up|signup|inbox|more\s+(?:stories|news|from)|read\s+more|related\s+(?:stories|posts|articles|content)|you\s+may\s+also\s+like|recommended\s+for\s+you|most\s+(?:read|popular)|don['’]t\s+miss|follow\s+us|in\s+pictures|photo\s+gallery|abonnieren|anmelden|mehr\s+zum\s+thema|lesen\s+sie\s+auch|das\s+könnte\s+sie|bildergalerie|suscr[ií]bete|boletín|más\s+noticias|lee\s+también|te\s+puede\s+interesar|assine|inscreva-se|leia\s+também|abonnez-vous|inscrivez-vous|à\s+lire\s+aussi|lire\s+aussi|iscriviti|leggi\s+anche|aanmelden|lees\s+ook)\b|^(?:photos?|fotos?|gallery|galerie|video)\s*:/iu;
/** A link's text that asks the reader to act: the button under a teaser or a box ("Read more", "Subscribe", "Weiterlesen"). */
const CALL_TO_ACTION_LINK =
  /^\[(?:read\s+more|more|continue\s+reading|subscribe(?:\s+now)?|sign\s+up(?:\s+now)?|join(?:\s+now)?|weiterlesen|mehr|abonnieren|leer\s+más|seguir\s+leyendo|suscr[ií]bete|leia\s+mais|lire\s+la\s+suite|s['’]abonner|continua\s+a\s+leggere|leggi\s+tutto|lees\s+meer)\s*[›»>→.]*\]\([^)]*\)$/iu;
/** Whether a heading is a box's (BOX_HEADING), or a teaser's or a box's whose next line is a lone call-to-action link. */
export function isBoxHeading(text: string, nextLinked: string | undefined): boolean {
  return BOX_HEADING.test(text) || (nextLinked !== undefined && CALL_TO_ACTION_LINK.test(nextLinked.trim().replace(/^[*+-]\s+/, "")));
}
/**
 * Session 27: a title without the Markdown emphasis marks a line break left unpaired. A converter that bolds a paragraph
 * with a line break in it prints "**Headline  " / "rest**", so the headline's line opens with a "**" that closes on
 * the next line; a line wrapped whole in one pair ("**Headline**") loses the pair too. Marks inside the text
 * ("the **new** plan") stay. Family: Markdown dumps of pages that set the headline in a bold paragraph or span.
 */
export function withoutStrayEmphasis(text: string): string {
  let t = text.trim();
  for (const mark of ["**", "__"]) {
    const n = t.split(mark).length - 1;
    if (n === 2 && t.startsWith(mark) && t.endsWith(mark) && t.length > 4) t = t.slice(2, -2).trim();
    else if (n % 2 === 1 && t.startsWith(mark)) t = t.slice(2).trim();
    else if (n % 2 === 1 && t.endsWith(mark)) t = t.slice(0, -2).trim();
  }
  return t;
}
/** A byline word closing the text before a link ("By ", "por ", "von *   "): the link is the byline's name (session 27). */
const BYLINE_BEFORE_LINK = new RegExp(String.raw`(?:^|[\s(|·•–—-])(?:${POSTER_BY})\s*(?:[*:]\s*)?$`, "iu");
/** A person's page in the languages AUTHOR_PAGE_HREF does not spell ("/perfiles/jdoe", "/perfil/", "/profil/"). */
const PROFILE_PAGE_HREF = /\/(?:perfil(?:es)?|profil)(?:\/|$|[-_.?#])/i;
/** Whether a link's title attribute (POSTS_BY_TITLE) names the link's own text as the writer of the pieces it lists. */
function titleNamesWriter(title: string | undefined, text: string, address: string): boolean {
  if (!title || TOPIC_ARCHIVE_HREF.test(address)) return false;
  const m = POSTS_BY_TITLE.exec(title.trim());
  return m !== null && foldedLetters(m[1]) === foldedLetters(text) && foldedLetters(text).length >= 2;
}
/** A word's letters and digits only, lower-cased, accents removed ("Börsch" → "borsch"; an address's "boersch" differs: see the caller). */
function foldedLetters(s: string): string {
  let t = s;
  try {
    t = decodeURIComponent(s);
  } catch {
    // (a malformed escape: compared as printed)
  }
  return t.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
/** Emphasis marks and a social handle around a link's text ("**Jane Doe**", "Jane Doe @janedoe"). */
const LINK_TEXT_HANDLE = /\s+@[\w.]{2,30}$/;
const LINK_TEXT_DRESSING = /^[*_\s]+|[*_\s]+$/g;

/** Words of a link's text that make it another piece's headline (`writerPageLinkNames`). */
const TEASER_LINK_MIN_WORDS = 4;
/**
 * A photo, picture or media credit's label ("Photo:", "Photos by", "Foto:", "Bild:", "Image:", "Credit:", "Illustration
 * von"), and a label that names the writer after it ("Text:", "By", "Von", "Words:").
 */
const CREDIT_LABEL = new RegExp(
  String.raw`(?<!\p{L})(?:(?:photo(?:graph)?s?|fotos?|bild(?:er)?|images?|credits?|illustrations?|grafik|video|karikatur|zeichnung)\s*(?:by|von|:)` +
    // (session 27 mend: a role's participle before the byline word, a reviewer's, an editor's, a checker's, an
    //  illustrator's or a translator's credit, "Medically reviewed by [X](/team/x)", "Edited by", "Fact-checked by",
    //  "Übersetzt von", "Revisado por", "Traduit par": health, explainer and magazine sites link these people to the
    //  same /team/ and /profile/ pages as their writers)
    String.raw`|(?:reviewed|edited|fact[- ]?checked|checked|verified|illustrated|photographed|produced|moderated|translated|compiled|curated|narrated|` +
    String.raw`geprüft|redigiert|übersetzt|bearbeitet|illustriert|fotografiert|moderiert|` +
    String.raw`revisad[oa]|editad[oa]|traducid[oa]|ilustrad[oa]|verificad[oa]|fotografiad[oa]|producid[oa]|` +
    String.raw`révisée?|éditée?|traduite?|illustrée?|vérifiée?|photographiée?)\s+(?:by|von|por|par))`,
  "giu",
);
const WRITER_LABEL = /(?<![\p{L}/])(?:text|texte|words|by|von|autor(?:in)?|author)(?!\p{L})/giu;
/**
 * Session 26 mend: where on a line a link stands after a photo's or a picture's credit: a credit label comes before it,
 * and no writer's label after that label ("Cyclists on the river road. Photo: [Tom Pierce](/author/tom-pierce/)", "Photo
 * by [Tom Pierce](…)"). The credit of "Text und Fotos: [Jane Doe](…)" (TEXT_AND_PHOTOS) is the writer's. Family: captions
 * and photo credits under the headline whose photographer has a staff page, in several languages. Each label is found
 * once per line (a line of thousands of links stays linear): the answer for a link at `at` is whether the nearest
 * label ending at or before it is a credit's.
 */
function creditedAt(linked: string): (at: number) => boolean {
  const credits = [...linked.matchAll(CREDIT_LABEL)].filter((m) => !TEXT_AND_PHOTOS.test(linked.slice(Math.max(0, m.index - 20), m.index))).map((m) => m.index + m[0].length);
  if (credits.length === 0) return () => false;
  const writers = [...linked.matchAll(WRITER_LABEL)].map((m) => m.index + m[0].length);
  const lastBefore = (ends: number[], at: number): number => {
    let best = -1;
    for (let lo = 0, hi = ends.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= at) (best = ends[mid]), (lo = mid + 1);
      else hi = mid - 1;
    }
    return best;
  };
  // ("Photo by": the credit's own "by" ends where the credit does, and the credit wins the tie)
  return (at) => {
    const credit = lastBefore(credits, at);
    return credit >= 0 && credit >= lastBefore(writers, at);
  };
}

/** A site's home page as a link address: the root path, or a scheme and host and nothing after them. */
const HOME_ADDRESS = /^(?:\/|(?:https?:)?\/\/[^/?#\s]+\/?)$/i;
/**
 * Session 26 mend: the texts a Markdown line links to the site's home page (`[Harbour Gazette](/)`, `[Example
 * News](https://example.org/)`): the logo's or the masthead's link, the site's own name.
 */
export function homeLinkTexts(linked: string): string[] {
  if (!linked.includes("](")) return [];
  const texts: string[] = [];
  for (const m of linked.matchAll(MARKDOWN_LINK)) if (HOME_ADDRESS.test(m[2]) && linked[m.index - 1] !== "!") texts.push(m[1].replace(LINK_TEXT_DRESSING, ""));
  return texts;
}

/**
 * Session 26: the names a Markdown line links to a writer's own page (`[Jane Doe](https://example.org/author/jane-doe/)`,
 * `[Jane Doe](/autoren/jane-doe)`: the HTML reader's `WRITER_PAGE_HREF` paths, not "/team/", "/people/" or "/profile/",
 * which tag rows, coaches and quoted experts link to as often). A Markdown converter keeps the byline's link, so the
 * name's role is in the address even where the byline word is an icon or absent. The text must read as a writer's
 * name: two to four capitalised words (`looksLikeName`), or one capitalised word that is no ordinary word, or a user
 * name's shape (`isUserHandle`); not a desk, an office or a CMS account (`isLabelJunkName`): "Alle Beiträge", "View all
 * posts", "Redaktion" and "admin" name nobody. Family: bylines and post meta rows of WordPress-like themes and news CMSs
 * in Markdown dumps, in any language.
 */
export function writerPageLinkNames(linked: string, strongOnly = false): string[] {
  if (!linked.includes("](")) return [];
  const names: string[] = [];
  let credited: ((at: number) => boolean) | null = null;
  // (another piece's link: TEASER_LINK_MIN_WORDS words or more, no digit, not an image's alt text, not a place on the page)
  const isPieceLink = (m: RegExpExecArray): boolean =>
    linked[m.index - 1] !== "!" && !m[2].startsWith("#") && !/\d/.test(m[1]) && m[1].trim().split(/\s+/).length >= TEASER_LINK_MIN_WORDS;
  for (const m of linked.matchAll(MARKDOWN_LINK)) {
    // (session 27: a link whose title attribute names its text as the writer of an archive, POSTS_BY_TITLE, is a
    //  writer's link whatever its address: "[Jane Doe](/blog/author/jd_42/ "Posts by Jane Doe")", "/experten/…",
    //  "/herausgeberin/…". With `strongOnly`, only such links and the bylined ones below are read.)
    // (session 27: a byline word right before the link, "By [Jane Doe](/people/jane-doe)", "por [Jane Doe](/perfiles/…)",
    //  makes a person's page, AUTHOR_PAGE_HREF's "/profile/", "/people/", "/team/", "/users/" …, a writer's page too;
    //  the address must still spell the name)
    const bylined = BYLINE_BEFORE_LINK.test(linked.slice(Math.max(0, m.index - 12), m.index));
    const titled = titleNamesWriter(m[3], m[1].replace(LINK_TEXT_HANDLE, "").replace(LINK_TEXT_DRESSING, ""), m[2]);
    const page = WRITER_PAGE_HREF.exec(m[2]) ?? (bylined ? (AUTHOR_PAGE_HREF.exec(m[2]) ?? PROFILE_PAGE_HREF.exec(m[2])) : null);
    if (strongOnly && !titled && !(bylined && page)) {
      if (isPieceLink(m)) return [];
      continue;
    }
    // (Session 26 mend: a line that also links another piece, a link of TEASER_LINK_MIN_WORDS words or more, no digit
    //  and no image's alt text, is a teaser's or a related post's row: "Related: [Bridge works delayed again](/bridge)
    //  by [Tom Pierce](/author/tom-pierce/)" names that piece's writer. A date's link, "[1. Februar 2022](/2022/02/01/)",
    //  holds a digit; a link to a place on the page, "[Leave a comment on this post](#comments)", is the post's own.
    //  Family: related-posts rows, teaser lists and "more from" boxes next to the headline.)
    if (!page && !titled) {
      if (isPieceLink(m)) return [];
      continue;
    }
    if ((credited ??= creditedAt(linked))(m.index)) continue;
    const name = m[1].replace(LINK_TEXT_HANDLE, "").replace(LINK_TEXT_DRESSING, "");
    // (the address spells the name: its surname, or a one-word name, after the writers' folder, as the HTML reader's
    //  author links need; "[Jane Doe](/author/admin/)" is a shared account's page, "[View all](/author/jdoe)" no name;
    //  a title attribute that names the text as the archive's writer says the same)
    if (!titled && page) {
      const spelt = foldedLetters(m[2].slice(page.index + page[0].length - 1));
      const last = foldedLetters(name.split(/\s+/).pop() ?? "");
      if (last.length < 3 || !spelt.includes(last)) continue;
    }
    const words = name.split(/\s+/);
    if (!/\p{L}/u.test(name) || words.length > 4 || isLabelJunkName(name)) continue;
    // (session 27 mend: one capitalised word vouched for by a tooltip only must be a known given name, "Posts by Edda":
    //  a club's, a league's or a place's archive titled so, "Beiträge von Bundesliga", is no writer's)
    const shaped =
      words.length >= 2
        ? looksLikeName(name)
        : (/^\p{Lu}\p{Ll}+$/u.test(name) && commonWordClass(name.toLowerCase()) === null && (!titled || !!page || isGivenNameWord(name))) || isUserHandle(name, true);
    if (shaped && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * Session 15t9: the label over an author box, on a line of its own ("About the author", "Über die Autorin:",
 * "Autor*in", "À propos de l'auteur"), in the languages of the stop-word table. Family: the author boxes of magazines,
 * health and advice sites and blogs that print the writer's name and blurb under such a label, with no byline word.
 * ("Zur Person" and "Author:" alone are left out: an interview's box names its guest, a bare label names desks.)
 * (`publisher.ts` reads the name under it; `archiveBoxName` reads an archive label right under it.)
 */
export const AUTHOR_BOX_LABEL =
  /^(?:about the (?:author|writer)|über (?:den autor|die autorin|die autor\*innen|die autor:innen)|(?:zum autor|zur autorin)|autor\*in|autor:in|à propos de l['’]auteur(?:e|rice)?|sobre (?:el autor|la autora)|sull['’]autore|over de (?:auteur|schrijver))\s*:?$/iu;

/**
 * an author box's archive link under the body, the box's own furniture around the writer's name. Three
 * shapes, in the byline languages:
 * - the box's heading with the writer's count of pieces ("About Jane Doe 42 Articles", "À propos de Jane Doe 12
 *   articles"): a blog theme's author box;
 * - the link to the writer's archive in the archive's own words ("View all posts by Jane Doe", "Alle Artikel von Jane
 *   Doe", `POSTS_BY_TITLE`); "Alles von Jane Doe", "Mehr von Jane Doe", "More from Jane Doe" only under that name
 *   line. The name a person's (`isPersonName`, so not "admin", a desk or the site's name), and not one of a list of
 *   such links with other names (a sidebar of writers);
 * - an archive label: one that says "by this writer" ("Weitere Beiträge des Autors", "More posts by this author")
 *   under the writer's name line; any archive label ("View all posts", "Zeige alle Artikel") right under an author
 *   box's label (AUTHOR_BOX_LABEL), the name under it. A bare "More stories", "All articles", "Weitere Beiträge" heads
 *   a related-posts list as often, whose first card may open with its writer's name: no cue.
 * A name of one word only with a blurb under it that opens with it ("Oskar writes …", "Ich bin Oskar"): a place or a
 * section ("Georgia", "Jordan") passes the given-name test.
 * Family: the author boxes of magazine, company-blog and news themes under the text, which print the name, a photo and
 * a link to the writer's archive but no byline word.
 */
const ARCHIVE_COUNT_BOX =
  /^(?:about|über|uber|à\s+propos\s+de|a\s+propos\s+de|sobre|su|over)\s+(\S.{0,48}?)\s+\d{1,6}\s+(?:articles?|artikel|posts?|beitr(?:ä|ae)ge|beitrag|art[íi]culos?|articoli|artigos?|artikelen|entradas|publications|stories)$/iu;
const ARCHIVE_FROM_NAME = /^(?:alles|mehr|more|weitere\s+(?:beitr(?:ä|ae)ge|artikel))\s+(?:von|from|by)\s+(\S.{0,48}?)\s*[›»→]?$/iu;
/** an archive label that names its writer as "this author" */
const WRITER_ARCHIVE_LABEL =
  /^(?:(?:zeige\s+)?(?:alle|weitere|mehr)\s+(?:beitr(?:ä|ae)ge|artikel)\s+(?:des|der)\s+autor(?:s|in)?|(?:(?:view|see|show|read)\s+all\s+|more\s+|all\s+)(?:posts|articles|stories)\s+by\s+(?:this|the)\s+(?:author|writer)|voir\s+tous\s+ses\s+articles|(?:ver\s+)?todos\s+sus\s+art[íi]culos|m[áa]s\s+art[íi]culos\s+del\s+autor|(?:tutti\s+gli|altri)\s+articoli\s+dell['’]autore)\s*[›»→]?$/iu;
/** any archive label, read only right under an author box's label */
const ARCHIVE_LABEL =
  /^(?:(?:zeige\s+)?(?:alle|weitere|mehr)\s+(?:beitr(?:ä|ae)ge|artikel)|(?:view|see|show|read)\s+all\s+(?:posts|articles|stories)|voir\s+tous\s+les\s+articles|(?:ver\s+)?todos\s+los\s+art[íi]culos|tutti\s+gli\s+articoli)\s*[›»→]?$/iu;
/** a blurb's first-person opening before the writer's given name ("I'm Oskar", "Ich bin Oskar") */
const FIRST_PERSON_LEAD = /^(?:i['’]m|i\s+am|hi,?\s+i['’]m|ich\s+bin|je\s+suis|soy|sono|ik\s+ben)\s+/iu;
/** whether `blurb` opens with `name` (or with "I'm" and `name`), the name a whole word */
export function blurbOpensWith(blurb: string | undefined, name: string): boolean {
  const t = (blurb ?? "").trim().replace(FIRST_PERSON_LEAD, "");
  return t.startsWith(name) && !/^[\p{L}\p{N}]/u.test(t.slice(name.length));
}
/**
 * A person's name alone: two to four name words with a known given name first, not a place's or an organisation's
 * name; or a known given name alone when `blurb` opens with it.
 */
function isNameAlone(line: string, blurb: string | undefined): boolean {
  const t = line.trim();
  if (!t || t.length > 50) return false;
  if (/\s/.test(t)) return looksLikeName(t) && isPersonName(t) && !endsWithPlaceOrOrgHead(t) && !opensWithFunctionWord(t);
  return /^\p{Lu}\p{Ll}{2,}$/u.test(t) && isGivenNameWord(t) && blurbOpensWith(blurb, t);
}
/** The name an archive link of a writer names ("View all posts by Jane Doe", "Mehr von Jane Doe"), or null. */
const archiveLinkName = (line: string): string | null => {
  if (line.length > 90) return null;
  return (POSTS_BY_TITLE.exec(line)?.[1] ?? ARCHIVE_FROM_NAME.exec(line)?.[1])?.trim() ?? null;
};
/** How many lines either side of a writer's archive link another one with another name makes them a list. */
export const ARCHIVE_LIST_REACH = 4;
/**
 * The writer an author box's archive link names at line `i` of `texts` (the box's lines with words, in order), or null.
 * `texts[i - 1]` and `texts[i + 1]` are the box's neighbouring lines ("" where none stands close).
 */
export function archiveBoxName(texts: readonly string[], i: number): string | null {
  const line = texts[i].trim();
  if (line.length > 90) return null;
  const above = texts[i - 1]?.trim() ?? "";
  const below = texts[i + 1]?.trim() ?? "";
  const counted = ARCHIVE_COUNT_BOX.exec(line);
  if (counted) {
    const name = counted[1].trim();
    return isNameAlone(name, below) ? name : null;
  }
  const linked = WRITER_ARCHIVE_LABEL.test(line) ? null : archiveLinkName(line);
  if (linked) {
    if (!looksLikeName(linked) || !isPersonName(linked) || endsWithPlaceOrOrgHead(linked)) return null;
    // ("Mehr von", "More from": the box's name line over it; either shape not one of a list of writers' links)
    if (!POSTS_BY_TITLE.test(line) && linked !== above) return null;
    for (let k = Math.max(0, i - ARCHIVE_LIST_REACH); k <= Math.min(texts.length - 1, i + ARCHIVE_LIST_REACH); k++) {
      const other = k === i ? null : archiveLinkName(texts[k].trim());
      if (other && other !== linked) return null;
    }
    return linked;
  }
  // (the name over a "by this author" label; a one-word name only when the line under the label opens with it)
  if (WRITER_ARCHIVE_LABEL.test(line) && isNameAlone(above, below)) return above;
  if ((WRITER_ARCHIVE_LABEL.test(line) || ARCHIVE_LABEL.test(line)) && AUTHOR_BOX_LABEL.test(above.replace(/^[#*>\s]+/, ""))) {
    return isNameAlone(below, texts[i + 2]) ? below : null;
  }
  return null;
}
