/**
 * Evidence that short headed pieces under rules are separate items (a digest of news in brief), not one article's
 * sections (a feature's subheads, an FAQ, a recipe's steps, a listicle, fiction in parts, an interview's topics): the
 * shape alone (a headline over one to three short paragraphs) is the same. Read by stories.ts markBriefDigest and
 * markBriefsPage.
 */
import { tokensOf } from "../common/words.ts";
import { STOPWORDS } from "./text/stopwords.ts";
import { ENGLISH_MONTH_NAMES } from "../common/calendar.ts";

/**
 * A digest's label on a line of its own (a Markdown heading mark allowed, a date or day after a dash, colon or bar):
 * "News in brief", "Briefs", "In brief — 7 May", "# Kurz notiert", "En bref", "Breves". Family: the briefs columns and
 * news-in-brief pages of newspapers and newsletters, in English, German, French, Spanish, Portuguese, Italian, Dutch,
 * the Scandinavian languages and Polish. Not a related-stories label ("More news", "Read next": a tail section).
 */
export const BRIEFS_LABEL = new RegExp(
  "^(?:#{1,6}[ \\t]+)?(?:" +
    [
      // English
      "(?:local |world |national |regional |business |sports? |news |city |county )?(?:news )?in brief",
      "(?:local |world |national |regional |business |sports? |news |city |county )?briefs",
      "news briefs?",
      "briefly",
      "brief news",
      "news round-?up",
      "news digest",
      "(?:the )?news at a glance",
      // German
      "kurz notiert",
      "kurz gemeldet",
      "kurz und knapp",
      "kurznachrichten",
      "(?:nachrichten |meldungen )?in kürze",
      // French
      "en bref",
      "brèves",
      "l'actualité en bref",
      // Spanish, Portuguese
      "breves",
      "noticias breves",
      "notícias breves",
      "notas breves",
      "en breve",
      // Italian
      "in breve",
      "notizie in breve",
      "brevi",
      // Dutch
      "kort nieuws",
      "in het kort",
      // Danish, Norwegian, Swedish
      "kort nyt",
      "kort nytt",
      "i korthet",
      "kort om",
      // Polish
      "w skrócie",
    ].join("|") +
    ")(?:[ \\t]*[-–—:|·,][ \\t]*[^\\n]{0,40})?[ \\t]*:?$",
  "iu",
);

/** Whether a line is a digest's label (BRIEFS_LABEL). */
export function isBriefsLabel(text: string): boolean {
  return BRIEFS_LABEL.test(text.trim());
}

/**
 * A newsletter's masthead line (isMastheadLine), by its form, not its words: a line opening with its issue or edition number ("Issue 42",
 * "No. 118", "Vol. 3 · May 2024", "Ausgabe 12", "Édition n° 5", "Edición 7"), with nothing after it but a separator and
 * a date or a short name; or a short title-case name ending in a newsletter's, bulletin's or briefing's word ("The Valley
 * Bulletin", "Harbour Town Newsletter", "Morning Briefing", "Rundbrief"), an issue number at most after it. Over a rule
 * and undated briefs under rules of that form, it sets them off as a digest's items as a briefs label does. Family:
 * e-mail newsletters, parish and club bulletins, morning briefings saved as text, in the languages of BRIEFS_LABEL. Not
 * the words anywhere in a line: a headline or a listicle's title names a briefing, a digest or its "No. 4" as often
 * ("The weekend digest: four things to do", "What the briefing did not say"); nor a plain title over a date.
 */
const ISSUE_NUMBER =
  "(?:issue|edition|vol\\.?|volume|no\\.|nr\\.|n[º°o]\\.?|ausgabe|heft|numéro|édition|edición|número|edizione|numero|editie|utgave|wydanie)[ \\t]*(?:#|n[º°o]\\.?)?[ \\t]*\\d{1,5}";
const MASTHEAD_NAME =
  "(?:newsletters?|bulletin|digest|briefing|dispatch|news ?letter|rundbrief|mitteilungsblatt|infolettre|lettre d'information|boletín|boletim|notiziario|nieuwsbrief|nyhetsbrev|biuletyn)";
/** The marks of a Markdown heading and emphasis around a masthead's line: no part of its form. */
const MARKS_OPEN = "^(?:#{1,6}[ \\t]+)?[*_]{0,2}";
const MARKS_CLOSE = "[*_]{0,2}[ \\t]*$";
/** The issue number opening the line; after it a separator and a short tail (a date, the name), or nothing. */
const ISSUE_LINE = new RegExp(`${MARKS_OPEN}${ISSUE_NUMBER}(?:[ \\t]*[-–—|·,:/][ \\t]*[^\\n]{1,60})?${MARKS_CLOSE}`, "iu");
/** A name of one to five words ending in the newsletter's word ("Stadtteil-Rundbrief" too; its other words checked by isNameWord); an issue number may follow. */
const NAME_LINE = new RegExp(`${MARKS_OPEN}((?:\\S+[ \\t]+){0,4}(?:[\\p{L}\\p{N}]+-)?)${MASTHEAD_NAME}(?:[ \\t]*[-–—|·,:]?[ \\t]*${ISSUE_NUMBER})?${MARKS_CLOSE}`, "iu");
/** Short joining words of a title-case name ("Friends of the Park Newsletter", "Le Bulletin de la Vallée" aside). */
const NAME_JOINERS = new Set("of and for the a de du des der die das la le del van & -".split(" "));
/** A word of a masthead's name: title case (or a number), or a joining word. */
const isNameWord = (w: string) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_JOINERS.has(w);

/** Whether a short line is a newsletter's masthead line, by its form (see ISSUE_NUMBER, MASTHEAD_NAME). */
export function isMastheadLine(text: string): boolean {
  if (text.length > 120) return false;
  if (ISSUE_LINE.test(text)) return true;
  const m = NAME_LINE.exec(text);
  return m !== null && m[1].split(/[ \t]+/).filter((w) => w !== "").every(isNameWord);
}

/** Letters a topic word has at least: shorter words are mostly function words and numbers' neighbours. */
const TOPIC_WORD_MIN = 4;
/**
 * Every function word of every STOPWORDS list, once, and the words of time any news item uses whatever its subject
 * (months, weekdays, "year", "week", "today"): they tell no subject.
 */
const FUNCTION = new Set([
  ...Object.values(STOPWORDS).flatMap((s) => [...s]),
  ...ENGLISH_MONTH_NAMES,
  ..."monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday week weeks weekend month months year years time times".split(" "),
]);

/**
 * A text's topic words: its words of TOPIC_WORD_MIN letters or more, in lower case, no function word of any language's
 * list and no number, a plural's or a past tense's ending cut ("floods", "flooded" → "flood"; "builders" → "build").
 */
export function topicWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const tok of tokensOf(text)) {
    const w = tok.toLowerCase();
    if (w.length < TOPIC_WORD_MIN || FUNCTION.has(w) || /\d/.test(w)) continue;
    const stem = w.replace(/(?:ings?|ers?|ed|es|s)$/, "");
    out.add(stem.length >= TOPIC_WORD_MIN ? stem : w);
  }
  return out;
}

/**
 * Share of adjacent pieces' topic words at most for them to be separate items: a feature's sections, an FAQ's answers
 * or a recipe's steps repeat their subject's words ("river", "flood"; "museum"; "batter", "apple"), one brief's words
 * are not the next one's.
 */
export const BRIEF_MAX_OVERLAP = 0.2;

/** Shared topic words of two pieces over the smaller piece's topic words (0 when either has none). */
export function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

/** Whether every piece shares at most BRIEF_MAX_OVERLAP of its topic words with the next one. */
export function adjacentApart(pieces: readonly string[]): boolean {
  const words = pieces.map(topicWords);
  for (let n = 1; n < words.length; n++) if (overlap(words[n - 1], words[n]) > BRIEF_MAX_OVERLAP) return false;
  return true;
}

/**
 * A story's subject words: its headline's topic words, and those its text uses twice or more ("council", "wall").
 */
export function subjectWords(headline: string, body: string): Set<string> {
  const out = topicWords(headline);
  const seen = new Set<string>();
  for (const tok of tokensOf(body)) {
    const one = topicWords(tok);
    for (const w of one) {
      if (seen.has(w)) out.add(w);
      seen.add(w);
    }
  }
  return out;
}

/**
 * Whether pieces under a story are off its subject: at most a third of them use one of its subject words. A story's
 * own explainer box ("What happens next", "Who pays for it") comes back to its subject in most of its sections; a page
 * of briefs about other things seldom does.
 */
export function offSubject(subject: Set<string>, pieces: readonly string[]): boolean {
  let on = 0;
  for (const p of pieces) {
    for (const w of topicWords(p)) {
      if (subject.has(w)) {
        on++;
        break;
      }
    }
  }
  return on * 3 <= pieces.length;
}
