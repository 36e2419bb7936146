/**
 * A timeline article's dated chapters: an article whose own header carries its date, then sections each under a
 * headline and a date row of its own ("The charter is written" / "12 June 1204", …), the sections' dates running
 * oldest first and all on or before the article's own date, none of them signed. Such sections are the article's
 * chapters, not a digest's stories or further articles of a dump: a digest's or wire dump's stories run from the first
 * story's day on (or newest first, as an archive lists its posts), and each carries its own byline or the digest's
 * common form. Family: timeline and "how we got here" features, chronologies and anniversaries, in every renderer
 * (stories.ts weighs a text dump's digest, text.ts its further articles; HTML pages: html-stories.ts already keeps a
 * page whose own header comes before its dated sections).
 */

/** A section under its headline: the ISO day or instant of its date row (null for none), and whether a byline signs it. */
export interface Chapter {
  day: string | null;
  signed: boolean;
}

/** Sections at least that make a timeline (one dated section under an article is as often an archive's older post). */
export const TIMELINE_MIN_CHAPTERS = 2;

/**
 * Whether `sections` (in text order) are the dated chapters of the article dated `pageDate` (ISO): at least
 * TIMELINE_MIN_CHAPTERS, every one dated and unsigned, their days never going back, all on or before the article's
 * day, the first strictly before it.
 */
export function timelineChapters(pageDate: string | null, sections: readonly Chapter[]): boolean {
  if (pageDate === null || sections.length < TIMELINE_MIN_CHAPTERS) return false;
  const page = pageDate.slice(0, 10);
  let prev = "";
  for (const s of sections) {
    if (s.day === null || s.signed) return false;
    const day = s.day.slice(0, 10);
    if (day < prev || day > page) return false;
    prev = day;
  }
  return (sections[0].day as string).slice(0, 10) < page;
}
