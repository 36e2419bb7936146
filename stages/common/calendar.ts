/**
 * The calendar's English words, one table for every stage that reads dates: the
 * loader's feed dates (stages/load/dates.ts), the cleaner's publication dates
 * (stages/clean/published.ts, which adds other languages) and the dates stage
 * (stages/dates/lexicon.ts). Each user decides how strict to be with them (the
 * dates stage only takes "May" or "Mar." in context); the words themselves are
 * the same everywhere.
 */

/** Month names and their news abbreviations (AP style: Jan. Feb. Aug. Sept. Oct. Nov. Dec.; RFC 2822: Jan … Dec). */
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4,
  may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** The twelve full month names, in calendar order. */
export const ENGLISH_MONTH_NAMES: readonly string[] = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
