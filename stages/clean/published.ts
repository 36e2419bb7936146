/**
 * Publication dates as pages and feeds state them, turned into ISO 8601 as
 * precise as stated: "3 March 2019" → "2019-03-03", "3 March 2019 09:15"
 * → "2017-01-27T16:48" (no zone stated, none invented), RFC 2822
 * "Tue, 24 Jan 2017 14:02:00 +0000" → "2017-01-24T14:02:00+00:00".
 *
 * Pure string arithmetic: no `Date` parsing (it would read the machine's zone),
 * no clock. Shared by the text cleaner (datelines) and the HTML extractor (visible
 * dates and meta values).
 *
 * Not the feed and record loader's normaliser (stages/load/dates.ts), on purpose: this
 * SEARCHES text for the first full day (many languages and formats, day-first when the
 * page writes so) and needs a day and a four-digit year; the loader reads a field that
 * must be one date, whole, keeps "2017" or "2017-01" as stated and reads RFC 2822's
 * two-digit years. Their behaviours differ, so neither calls the other; they share the
 * calendar's tables (stages/common/calendar.ts: months, named zones, days in a month).
 */
import { isCalendarDay, clockSecond, padDigits, ENGLISH_MONTHS, NAMED_ZONES } from "../common/calendar.ts";

/**
 * Month names → month number: the one table of month words for page and metadata dates
 * (this file's visible-date patterns and html/dates.ts's metadata normaliser both read it;
 * the feed loader keeps RFC 2822's English list, the TIMEX tagger its own lexicon).
 * Keys are lower-case; a trailing "." is stripped before lookup.
 *
 * Every pattern that uses a month word also needs a day and a four-digit year beside it,
 * so short forms that are ordinary words elsewhere ("mai", "set", "out") cannot date a
 * page on their own.
 */
export const MONTHS: Record<string, number> = {
  // English, with the abbreviations pages use ("Sept" is common in US styles): stages/common/calendar.ts
  ...ENGLISH_MONTHS,
  // German, French, Spanish, Portuguese, Italian, Dutch, Indonesian full names
  januar: 1, jänner: 1, janvier: 1, enero: 1, janeiro: 1, gennaio: 1, januari: 1,
  februar: 2, feber: 2, février: 2, fevrier: 2, febrero: 2, fevereiro: 2, febbraio: 2, februari: 2,
  märz: 3, maerz: 3, mars: 3, marzo: 3, março: 3, marco: 3, maart: 3, maret: 3,
  avril: 4, abril: 4, aprile: 4,
  mai: 5, mayo: 5, maio: 5, maggio: 5, mei: 5,
  juni: 6, juin: 6, junio: 6, junho: 6, giugno: 6,
  juli: 7, juillet: 7, julio: 7, julho: 7, luglio: 7,
  août: 8, aout: 8, agosto: 8, augustus: 8, agustus: 8,
  septembre: 9, septiembre: 9, setiembre: 9, setembro: 9, settembre: 9,
  oktober: 10, octobre: 10, octubre: 10, outubro: 10, ottobre: 10,
  novembre: 11, noviembre: 11, novembro: 11,
  dezember: 12, décembre: 12, decembre: 12, diciembre: 12, dezembro: 12, dicembre: 12, desember: 12,
  // Their usual abbreviations ("12. Okt. 2020", "3 janv. 2021", "5 dic 2019", "4 out. 2021")
  jän: 1, janv: 1, ene: 1, gen: 1, févr: 2, fevr: 2, fév: 2, fev: 2, mär: 3, mrz: 3, avr: 4, abr: 4,
  juil: 7, ago: 8, aoû: 8, set: 9, okt: 10, out: 10, ott: 10, dez: 12, déc: 12, dic: 12, des: 12,
  // Scandinavian (Swedish, Danish, Norwegian) where they differ from the above
  januarie: 1, februarie: 2, marts: 3, maj: 5, augusti: 8,
  // Polish and Czech, genitive ("24 sierpnia 2020", "24. srpna 2020")
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, września: 9,
  października: 10, listopada: 11, grudnia: 12,
  ledna: 1, února: 2, března: 3, dubna: 4, května: 5, června: 6, července: 7, srpna: 8, září: 9, října: 10, prosince: 12,
  // Turkish, and the abbreviations its news sites print ("24 Ağu 2020", "3 Şub 2021")
  ocak: 1, şubat: 2, mart: 3, nisan: 4, mayıs: 5, haziran: 6, temmuz: 7, ağustos: 8, eylül: 9, ekim: 10, kasım: 11, aralık: 12,
  oca: 1, şub: 2, nis: 4, haz: 6, tem: 7, ağu: 8, eyl: 9, eki: 10, kas: 11, ara: 12,
  // Bengali ("১৬ ফেব্রুয়ারি ২০২০"; the digits are read by DIGIT_ZEROS; "য়" in both its encodings: BENGALI_YA)
  জানুয়ারি: 1, ফেব্রুয়ারি: 2, মার্চ: 3, এপ্রিল: 4, মে: 5, জুন: 6, জুলাই: 7, আগস্ট: 8, সেপ্টেম্বর: 9, অক্টোবর: 10, নভেম্বর: 11, ডিসেম্বর: 12,
  // Finnish (partitive, "24. elokuuta 2020")
  tammikuuta: 1, helmikuuta: 2, maaliskuuta: 3, huhtikuuta: 4, toukokuuta: 5, kesäkuuta: 6, heinäkuuta: 7,
  elokuuta: 8, syyskuuta: 9, lokakuuta: 10, marraskuuta: 11, joulukuuta: 12,
  // Russian and Ukrainian, genitive as in dates ("17 марта 2020") and nominative
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10, ноября: 11, декабря: 12,
  январь: 1, февраль: 2, март: 3, апрель: 4, май: 5, июнь: 6, июль: 7, август: 8, сентябрь: 9, октябрь: 10, ноябрь: 11, декабрь: 12,
  січня: 1, лютого: 2, березня: 3, квітня: 4, травня: 5, червня: 6, липня: 7, серпня: 8, вересня: 9, жовтня: 10, листопада: 11, грудня: 12,
  // Greek, genitive
  ιανουαρίου: 1, φεβρουαρίου: 2, μαρτίου: 3, απριλίου: 4, μαΐου: 5, ιουνίου: 6, ιουλίου: 7, αυγούστου: 8,
  σεπτεμβρίου: 9, οκτωβρίου: 10, νοεμβρίου: 11, δεκεμβρίου: 12,
  // Hungarian, year first ("2020. augusztus 24."), and Romanian
  január: 1, február: 2, március: 3, április: 4, május: 5, június: 6, július: 7, augusztus: 8, szeptember: 9, október: 10,
  ianuarie: 1, martie: 3, aprilie: 4, iunie: 6, iulie: 7, septembrie: 9, octombrie: 10, noiembrie: 11, decembrie: 12,
  // Croatian and Slovak, genitive ("24. kolovoza 2020", "24. augusta 2020"), Slovene
  siječnja: 1, veljače: 2, ožujka: 3, travnja: 4, svibnja: 5, lipnja: 6, srpnja: 7, kolovoza: 8, rujna: 9, studenoga: 11, prosinca: 12,
  januára: 1, februára: 2, apríla: 4, mája: 5, júna: 6, júla: 7, augusta: 8, septembra: 9, októbra: 10, novembra: 11, decembra: 12,
  marec: 3, junij: 6, julij: 7, avgust: 8,
  // Catalan ("24 d'agost de 2020": the elided "d'" is read by the day-first pattern)
  gener: 1, febrer: 2, març: 3, maig: 5, juny: 6, juliol: 7, agost: 8, setembre: 9, desembre: 12,
  // Arabic: the Gregorian names of Egypt and the Gulf, and the Levantine (Syriac) names that pages often
  // print beside them ("24 نيسان / أبريل 2020"); both spellings of the hamza forms
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, ابريل: 4, إبريل: 4, مايو: 5, يونيو: 6, يونيه: 6, يوليو: 7, يوليه: 7,
  أغسطس: 8, اغسطس: 8, سبتمبر: 9, أكتوبر: 10, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  "كانون الثاني": 1, شباط: 2, آذار: 3, اذار: 3, نيسان: 4, أيار: 5, ايار: 5, حزيران: 6, تموز: 7, آب: 8, اب: 8, أيلول: 9, ايلول: 9,
  "تشرين الأول": 10, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
  // Hindi ("29 सितंबर 2020"), both spellings of the nasal
  जनवरी: 1, फरवरी: 2, फ़रवरी: 2, मार्च: 3, अप्रैल: 4, मई: 5, जून: 6, जुलाई: 7, अगस्त: 8, सितंबर: 9, सितम्बर: 9,
  अक्टूबर: 10, अक्तूबर: 10, नवंबर: 11, नवम्बर: 11, दिसंबर: 12, दिसम्बर: 12,
  // Hebrew, bare and with the preposition pages print before a month in dates ("24 באפריל 2020")
  ינואר: 1, פברואר: 2, מרץ: 3, מרס: 3, אפריל: 4, מאי: 5, יוני: 6, יולי: 7, אוגוסט: 8, ספטמבר: 9, אוקטובר: 10, נובמבר: 11, דצמבר: 12,
  בינואר: 1, בפברואר: 2, במרץ: 3, במרס: 3, באפריל: 4, במאי: 5, ביוני: 6, ביולי: 7, באוגוסט: 8, בספטמבר: 9, באוקטובר: 10, בנובמבר: 11, בדצמבר: 12,
};

/**
 * Bengali "য়" is one code point (U+09DF) or two (য U+09AF + nukta U+09BC), and Unicode
 * normalisation keeps both: every month name holding it is listed in both spellings.
 */
const BENGALI_YA: [RegExp, string][] = [[/\u09DF/g, "\u09AF\u09BC"], [/\u09AF\u09BC/g, "\u09DF"]];
for (const key of Object.keys(MONTHS)) {
  for (const [from, to] of BENGALI_YA) {
    const other = key.replace(from, to);
    if (other !== key) MONTHS[other] ??= MONTHS[key];
  }
}

/** Month number of a month word (any case, a trailing "." ignored), or undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")];
}

/** Named zones found in feeds and in page datelines, with fixed offsets (stages/common/calendar.ts). */
const ZONES = NAMED_ZONES;

const MONTH_WORDS = Object.keys(MONTHS)
  .sort((x, y) => y.length - x.length)
  .join("|");
const MONTH_RE = `(?<!\\p{L})(${MONTH_WORDS})(?!\\p{L})\\.?`;
/**
 * A second name for the same month after a slash, as Arabic pages print the Levantine and the
 * Gregorian name side by side ("24 نيسان / أبريل 2020"); not captured: the first name decides.
 */
const SECOND_MONTH_RE = `(?:\\s*/\\s*(?:${MONTH_WORDS})(?!\\p{L})\\.?)?`;
/** A clock time: "16:48", "02:14 PM", "9:02 a.m.", "14:02:00". */
const TIME_RE = "(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?(?:\\s*([ap]\\.?m\\.?|صباحاً|صباحا|ص|مساءً|مساء|م)(?![a-z\\u0600-\\u06ff]))?";
/** A zone after a time: "+0000", "+03:00", "GMT", "GMT +3", "UTC+01:00", "EST". */
const ZONE_NAMES = Object.keys(ZONES).sort((a, b) => b.length - a.length).join("|");
const ZONE_RE = `(?:\\s*\\(?((?:UTC|GMT|UT)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|(?:${ZONE_NAMES})\\b)\\)?)?`;

/** The date patterns, most specific first. Each names which group holds what. */
interface DatePattern {
  /** Why the pattern exists (a format seen on pages or in feeds). */
  why: string;
  re: RegExp;
  /** A cheap test the text must pass before `re` runs (patterns that scan month names at every position are costly). */
  needs?: RegExp;
  /** Not read in text-dump lines (`FindOptions.dumpLine`): the form is also common outside dates there. */
  notInDumps?: boolean;
  parts(m: RegExpExecArray, opts: FindOptions): { y: string; mo: string | number; d: string; time?: number } | null;
}

export interface FindOptions {
  /**
   * Read an ambiguous "03/04/2020" as day first (3 April). Pages outside the US write the
   * day first; the caller knows the page's language. Default: month first unless the first
   * number cannot be a month.
   */
  dayFirst?: boolean;
  /**
   * The text is a line of a text dump, where any line may be prose: leave out the forms that
   * prose and version numbers also write (year-first dots, `DatePattern.notInDumps`). HTML
   * metadata reads date-named elements and labelled spans, where those forms are dates.
   */
  dumpLine?: boolean;
}

const PATTERNS: DatePattern[] = [
  {
    why: "ISO 8601 / W3C-DTF from meta tags, JSON-LD, <time datetime>: 2019-05-04T10:00:00+02:00",
    re: /(?<![\d])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?![\d])/,
    parts: (m) => ({ y: m[1], mo: m[2], d: m[3], time: m[4] ? 4 : undefined }),
  },
  {
    why: "Day first with month name, optional weekday and comma: 'Mon 3 Feb 2020', '25 Jan, 2017 18:49', RFC 2822, '22. Oktober 2010', '22 de outubro de 2010'",
    re: new RegExp(`(?<![\\d])(\\d{1,2})(?:st|nd|rd|th|\\.|º)?\\s+(?:de\\s+|d['’]\\s*|of\\s+)?${MONTH_RE}${SECOND_MONTH_RE}(?:\\s+del?)?,?\\s+(\\d{4})(?![\\d])`, "iu"),
    needs: /\d{4}/,
    parts: (m) => ({ y: m[3], mo: m[2], d: m[1] }),
  },
  {
    why: "Year first with a month name, Hungarian style: '2020. augusztus 24.', '2020. aug. 24'",
    re: new RegExp(`(?<![\\d])(\\d{4})\\.\\s+${MONTH_RE}\\s+(\\d{1,2})\\.?(?![\\d])`, "iu"),
    needs: /\d{4}\.\s/,
    parts: (m) => ({ y: m[1], mo: m[2], d: m[3] }),
  },
  {
    why: "US style month first: 'January 24, 2017', 'Jan. 24 2017', 'Nov 19th, 2019'",
    re: new RegExp(`${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\d])`, "iu"),
    needs: /\d{4}/,
    parts: (m) => ({ y: m[3], mo: m[1], d: m[2] }),
  },
  {
    why: "European numeric with dots: '24.01.2017' is always day.month.year; Czech and Slovak space them: '24. 1. 2017'",
    re: /(?<![\d.])(\d{1,2})\.[ \u00a0]?(\d{1,2})\.[ \u00a0]?(\d{4})(?![\d])/,
    parts: (m) => ({ y: m[3], mo: m[2], d: m[1] }),
  },
  {
    why: "Year first with dots, as Korean, Hungarian and Chinese pages write: '2017.01.24', '2017. 1. 24.'",
    re: /(?<![\d.])(\d{4})\.[ \u00a0]?(\d{1,2})\.[ \u00a0]?(\d{1,2})(?![\d])(?!\.\d)/,
    // In a text dump any line may be prose or a product's calendar version ("Example Studio 2019.3.1",
    // a sentence ending on a year before a numbered list); measured: this form cost the dump cleaner
    // recall on held-out pages and gained nothing on the metadata sets' text, so dumps leave it out.
    notInDumps: true,
    parts: (m) => ({ y: m[1], mo: m[2], d: m[3] }),
  },
  {
    why: "Numeric with slashes: year first '2017/01/24'",
    re: /(?<![\d/])(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/,
    parts: (m) => ({ y: m[1], mo: m[2], d: m[3] }),
  },
  {
    why: "Numeric with slashes or dashes, year last: '01/24/2017' (US) or '24/01/2017' (day > 12 decides)",
    re: /(?<![\d/])(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?![\d/])/,
    parts: (m, opts) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      // Month first unless the first number cannot be a month (or the page writes the day first).
      if (a > 12 && b <= 12) return { y: m[3], mo: b, d: m[1] };
      if (b > 12 && a <= 12) return { y: m[3], mo: a, d: m[2] };
      return opts.dayFirst ? { y: m[3], mo: b, d: m[1] } : { y: m[3], mo: a, d: m[2] };
    },
  },
  {
    why: "Vietnamese, the month as a number after 'tháng' (month): 'ngày 24 tháng 8 năm 2020', '24 tháng 08, 2020'",
    // ("á" precomposed or as "a" + combining acute: pages write both)
    re: /(?<![\d])(\d{1,2})\s+th(?:\u00e1|a\u0301)ng\s+(\d{1,2})(?:\s+n(?:\u0103|a\u0306)m|\s*,)?\s+(\d{4})(?![\d])/iu,
    needs: /th(?:\u00e1|a\u0301)ng/i,
    parts: (m) => ({ y: m[3], mo: m[2], d: m[1] }),
  },
  {
    why: "Chinese, Japanese and Korean: '2020年8月24日', '2020년 8월 24일'",
    re: /(?<![\d])(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/,
    needs: /[年년]/,
    parts: (m) => ({ y: m[1], mo: m[2], d: m[3] }),
  },
  {
    why: "A year cut to two digits behind an apostrophe, as blogs print it: '14 Feb ’20', 'Feb 14, ’20' (the apostrophe says it is a year)",
    re: new RegExp(`(?<![\\d])(?:(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+${MONTH_RE}|${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)\\s+['’‘](\\d{2})(?![\\d])`, "iu"),
    needs: /['’‘]\d{2}(?!\d)/,
    parts: (m) => ({ y: String((Number(m[5]) > 50 ? 1900 : 2000) + Number(m[5])), mo: m[2] ?? m[3], d: m[1] ?? m[4] }),
  },
  {
    why: "European numeric with a two-digit year after a label or before a clock: '22.11.20, 04:30' (dots only: '11/22/20' is too often a fraction or a US ID)",
    re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?=,?\s+\d{1,2}[:.]\d{2}\b)/,
    parts: (m) => ({ y: String(2000 + Number(m[3])), mo: m[2], d: m[1] }),
  },
];

/** Words between a date and its clock time: "at", "às" (pt), "um" (de), "à" (fr), "a las" (es), "alle" (it), "om" (nl), "pukul" (id). */
const TIME_AFTER = new RegExp(`^\\s*(?:,|/|\\||-|–|—)?\\s*(?:at|@|às|um|à|a las|alle|om|pukul)?\\s*${TIME_RE}${ZONE_RE}`, "i");
const TIME_BEFORE = new RegExp(`${TIME_RE}${ZONE_RE}\\s*(?:,|on|/|\\||-|–|—)?\\s*$`, "i");

/** Normalise a zone token to "Z" or "±hh:mm"; null if unknown. */
function zoneOf(raw: string | undefined): string | null {
  if (!raw) return null;
  const z = raw.replace(/\s+/g, "");
  const named = ZONES[z.toLowerCase()];
  if (named) return named;
  const m = /^(?:UTC|GMT|UT)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(z);
  if (!m) return null;
  const h = Number(m[2]);
  const min = Number(m[3] ?? "0");
  if (h > 14 || min > 59) return null;
  return `${m[1]}${padDigits(h)}:${padDigits(min)}`;
}

const ARABIC_HALF_DAY: Record<string, string> = { صباحاً: "am", صباحا: "am", ص: "am", مساءً: "pm", مساء: "pm", م: "pm" };

interface Clock {
  h: number;
  min: number;
  s: string | null;
  zone: string | null;
}

function clockOf(m: RegExpExecArray, base: number): Clock | null {
  let h = Number(m[base]);
  const min = Number(m[base + 1]);
  // a leap second is written as :59 (clockSecond: no date reader takes :60)
  const sec = m[base + 2] === undefined ? null : clockSecond(Number(m[base + 2]));
  const s = sec === null ? null : padDigits(sec);
  // Arabic "صباحاً" (morning) and "مساءً" (evening) are am and pm
  const ampm = ARABIC_HALF_DAY[m[base + 3] ?? ""] ?? m[base + 3]?.toLowerCase().replace(/\./g, "");
  if (ampm) {
    if (h < 1 || h > 12) return null;
    if (ampm === "pm" && h !== 12) h += 12;
    if (ampm === "am" && h === 12) h = 0;
  }
  if (h > 23 || min > 59 || (m[base + 2] !== undefined && sec === null)) return null;
  return { h, min, s, zone: zoneOf(m[base + 4]) };
}

/** A date found inside a string, with where it was found (for dateline detection). */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

/**
 * Decimal digits of other scripts that pages print dates in, by the code point of their zero:
 * Arabic-Indic, Persian, Devanagari, Bengali, Thai, and the full-width digits of Chinese and
 * Japanese pages ("２０２０年８月２４日"). Each is one UTF-16 unit, so offsets are kept.
 */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10];
const NON_ASCII_DIGIT = new RegExp(`[${DIGIT_ZEROS.map((z) => `\\u${z.toString(16).padStart(4, "0")}-\\u${(z + 9).toString(16).padStart(4, "0")}`).join("")}]`);
const NON_ASCII_DIGITS = new RegExp(NON_ASCII_DIGIT.source, "g");
function asciiDigit(c: string): string {
  const code = c.charCodeAt(0);
  const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
  return String(code - zero);
}

const ANY_DIGIT = /\d/;

/** Find the first date (and the clock time beside it) in `s`. */
export function findPublished(text: string, opts: FindOptions = {}): FoundDate | null {
  // digits of other scripts read as ASCII ones (one code unit each: offsets are kept)
  const s = NON_ASCII_DIGIT.test(text) ? text.replace(NON_ASCII_DIGITS, asciiDigit) : text;
  if (!ANY_DIGIT.test(s)) return null; // every pattern needs a day in digits
  let best: { m: RegExpExecArray; p: DatePattern } | null = null;
  for (const p of PATTERNS) {
    if (p.needs && !p.needs.test(s)) continue;
    if (p.notInDumps && opts.dumpLine) continue;
    const m = p.re.exec(s);
    if (m && (!best || m.index < best.m.index)) best = { m, p };
  }
  if (!best) return null;
  const { m, p } = best;
  const parts = p.parts(m, opts);
  if (!parts) return null;
  const y = Number(parts.y);
  const mo = typeof parts.mo === "number" ? parts.mo : /^\d+$/.test(parts.mo) ? Number(parts.mo) : monthNumber(parts.mo);
  const d = Number(parts.d);
  if (!mo || !isCalendarDay(y, mo, d, 1000, 2999)) return null;
  let iso = `${y}-${padDigits(mo)}-${padDigits(d)}`;
  let start = m.index;
  let end = m.index + m[0].length;

  if (p === PATTERNS[0]) {
    // ISO: the time is part of the match, kept as stated.
    if (m[4]) {
      const h = Number(m[4]);
      const min = Number(m[5]);
      const sec = m[6] ? clockSecond(Number(m[6])) : null;
      if (h > 23 || min > 59 || (m[6] && sec === null)) return { iso, start, end };
      iso += `T${m[4]}:${m[5]}`;
      // a leap second is written as :59 (clockSecond: no date reader takes :60)
      if (sec !== null) iso += `:${padDigits(sec)}${m[7] ?? ""}`;
      const z = zoneOf(m[8]);
      if (z) iso += z;
    }
    return { iso, start, end };
  }

  const after = TIME_AFTER.exec(s.slice(end));
  let clock: Clock | null = null;
  if (after) {
    clock = clockOf(after, 1);
    if (clock) end += after[0].length;
  } else {
    const before = TIME_BEFORE.exec(s.slice(0, start));
    if (before) {
      clock = clockOf(before, 1);
      if (clock) start = before.index;
    }
  }
  if (clock) {
    iso += `T${padDigits(clock.h)}:${padDigits(clock.min)}`;
    if (clock.s !== null) iso += `:${clock.s}`;
    if (clock.zone) iso += clock.zone;
  }
  return { iso, start, end };
}

/**
 * Parse a human or ISO date(-time) string to ISO 8601, as precise as stated.
 * Returns null when no valid calendar date is found.
 */
export function parsePublished(s: string, opts: FindOptions = {}): string | null {
  return findPublished(s, opts)?.iso ?? null;
}
