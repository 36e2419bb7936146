/**
 * Calendar rules: numeric dates and date-times, clock times, month and day names ("Jan. 23, 2017",
 * "23 January", "March 2016", "last October"), ranges as two expressions, holidays, and months or
 * parts of the day anchored on the story's time ("that March", "that morning").
 */
import { DAY_PARTS, HOLIDAYS, COMPUTED_HOLIDAYS, HOLIDAY_NAMES, ORDINALS, NUMBER_WORDS } from "./lexicon.ts";
import { nthWeekday, easter, addDays, daysInMonth, fmtYmd, fmtYm, fmtWeek, pad2, pad4 } from "./resolve.ts";
import { alt, MON, WD, DAY, YEAR, YEAR_ANY, PART, TZ, zoneOf, isoOffset, AMPM, CLOCK_RANGE_GAP_RE, B, E, rx, MONTHS_FULL, low, monthNum, dayNum, monthCase } from "./patterns.ts";
import { type RuleCtx, type Rule, yearFor, storyYearFor, pickYear, yearWord, dayOf, yearValue, REL_WORD, withTense, storyYmd, strictDirOf } from "./context.ts";

/** The first letters of the holiday names and of "last", "this", "next". */
const HOLIDAY_INITIALS = [...new Set([...HOLIDAY_NAMES, "last", "this", "next"].map((k) => k[0]))].join("");
/** The preposition before an hour in words: "at 4 in the morning", "until nine at night". */
const CLOCK_LEAD_RE = /\b(?:at|by|until|till|from|since|before|after|around|about|to)\s+$/i;
/** An hour in words ("four", "eleven"). */
const HOUR_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
/** A day of the month written as an ordinal word ("eighth", "twenty-first"), not "last" or "final". */
const DAY_WORD = alt(Object.keys(ORDINALS).filter((k) => /^[a-z-]+$/.test(k) && ORDINALS[k] <= 31 && k !== "last" && k !== "final")).replace(/-/g, "[\\s-]");
/** A noun that an ordinal word counts ("second round", "third quarter", "first time"). */
const ORDINAL_NOUN_AFTER_RE = /^\s+(?:round|time|place|half|quarter|term|reading|leg|stage|phase|period|session|straight|consecutive|largest|biggest|best|worst)\b/i;
/** The date of a day in words: the year from the tense, as for "March 8". */
function dayInWords(c: RuleCtx, mo: number, word: string) {
  const d = ORDINALS[low(word).replace(" ", "-")];
  const y = yearFor(c, mo, d);
  return { value: `${y === null ? "XXXX" : pad4(y)}-${pad2(mo)}-${pad2(d)}`, anchored: !!c.a, certain: false };
}

/**
 * A statistic's noun right after a month ("May figures", "January sales", "the April jobs report", "March
 * retail sales data"): the month is the period the figures cover.
 */
const PREPOSITION_BEFORE_RE = /\b(?:in|by|until|till|since|from|during|through|before|after|on|of|for)\s+$/i;
const STATISTIC_AFTER_RE = /^\s+(?:(?:retail|home|car|auto|factory|industrial|consumer|trade|jobs?|payrolls?|housing|durable[\s-]goods)\s+)?(?:figures|data|statistics|numbers|sales|exports|imports|output|orders|payrolls|inflation|unemployment|(?:jobs\s+|employment\s+)?report)\b/i;

export const CALENDAR_RULES: Rule[] = [
  // --- numeric dates and date-times: 1998-08-07, 1998-08-07 13:06:18, 12/05/1998 09:42:00
  {
    id: "date/iso",
    type: "DATE",
    re: rx(`${B}(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?${E}`, "g"),
    norm: (m) => {
      const v = `${m[1]}-${m[2]}-${m[3]}`;
      return m[4] ? { value: `${v}T${m[4]}:${m[5]}${isoOffset(m[6])}`, type: "TIME" } : { value: v, type: "TIME" };
    },
  },
  {
    id: "date/us-numeric",
    type: "DATE",
    re: rx(`${B}(0?[1-9]|1[0-2])/(0?[1-9]|[12][0-9]|3[01])/(\\d{4}|\\d{2})(?:\\s+(\\d{2}):(\\d{2})(?::\\d{2})?)?${E}`, "g"),
    norm: (m) => {
      const y = m[3].length === 2 ? (Number(m[3]) < 50 ? 2000 : 1900) + Number(m[3]) : Number(m[3]);
      const v = `${pad4(y)}-${pad2(Number(m[1]))}-${pad2(Number(m[2]))}`;
      return m[4] ? { value: `${v}T${m[4]}:${m[5]}`, type: "TIME" } : { value: v };
    },
  },
  // --- clock times: "4:30 p.m.", "9 a.m. EST Tuesday", "noon Thursday", "5 p.m. EST Nov. 9"
  {
    id: "time/clock",
    type: "TIME",
    re: rx(`${B}(?:around\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?\\s*(${AMPM})(${TZ})?(?:,?\\s+(?:on\\s+)?(yesterday|today|tomorrow|${WD}|(${MON})\\s+(${DAY})(?:,?\\s+(${YEAR})(?![\\w%]|,\\d))?))?`),
    accept: (m) => Number(m[1]) <= 12 && (!m[8] || yearValue(m[8]) !== null),
    norm: (mm, c) => {
      // group 4 is the zone; the day groups follow it
      const m = [mm[0], mm[1], mm[2], mm[3], mm[5], mm[6], mm[7]];
      let h = Number(m[1]) % 12;
      if (m[3][0].toLowerCase() === "p") h += 12;
      const t = `T${pad2(h)}:${m[2] ?? "00"}${zoneOf(mm[4])}`;
      let day: string;
      // family: a clock time on a full date ("at 6 p.m. on July 4, 2016"): the year is part of the
      // expression, not a second one, and the date is written, not implied
      const written = mm[8] ? yearValue(mm[8]) : null;
      if (m[5] && m[6]) {
        const mo = monthNum(m[5]);
        const y = written ?? yearFor(c, mo, dayNum(m[6]));
        day = `${y === null ? "XXXX" : pad4(y)}-${pad2(mo)}-${pad2(dayNum(m[6]))}`;
      } else {
        // a bare clock time belongs to the day the story is about: the last full date mentioned, else the DCT
        let p = m[4] ? dayOf(c, m[4]) : storyYmd(c);
        // family: a clock range across midnight ("from 10 p.m. to 6 a.m.", "between 11 p.m. and 2 a.m."):
        // an end at or before its start on the same day is on the next day
        const lc = c.state.lastClock;
        if (p && !m[4] && lc && lc.day === fmtYmd(p) && c.pos - lc.end <= 12 && h * 60 + Number(m[2] ?? 0) <= lc.minutes &&
          CLOCK_RANGE_GAP_RE.test(c.before(c.pos - lc.end))) p = addDays(p, 1);
        day = p ? fmtYmd(p) : "XXXX-XX-XX";
      }
      const mod = /^around/i.test(m[0]) ? "APPROX" : null;
      // the day of a clock time is implied (the DCT, the story's day) unless a full date follows
      if (written !== null) return { value: day + t, mod };
      return { value: day + t, anchored: !!c.a && !day.startsWith("X"), mod, certain: false };
    },
  },
  // --- the hour in words, as people speak: "at 4 in the morning", "by nine at night", "at six o'clock
  // this evening". A preposition must lead (it stays outside the extent: "won 3 in the afternoon
  // session" is a score) and the part of the day or "o'clock" must follow (a bare "at 4" is anything).
  {
    id: "time/clock-words",
    type: "TIME",
    // (group 1 is empty: the preposition is checked before the match, which starts at the hour)
    re: rx(`\\b()(1[0-2]|0?[1-9]|${HOUR_WORD})(\\s+o'clock)?(?:\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|(at\\s+night|tonight)|this\\s+(morning|afternoon|evening)))?${E}`),
    accept: (m, text) => !!(m[3] || m[4] || m[5] || m[6]) && CLOCK_LEAD_RE.test(text.slice(Math.max(0, m.index - 8), m.index)),
    norm: (m, c) => {
      const w = low(m[2]);
      let h = /^\d/.test(w) ? Number(w) : NUMBER_WORDS[w];
      const part = m[4] ?? m[6] ?? (m[5] ? "night" : null);
      if (part === "morning") h %= 12;
      else if (part === "afternoon" || part === "evening") h = h === 12 ? 12 : h + 12;
      else if (part === "night") h = h === 12 ? 24 : h >= 5 ? h + 12 : h;
      // "this evening", "tonight": the article's day; otherwise the day the story is at, as for "4 p.m."
      const p = m[6] || (m[5] && /tonight/i.test(m[5])) ? dayOf(c, "today") : storyYmd(c);
      return { value: `${p ? fmtYmd(p) : "XXXX-XX-XX"}T${pad2(h)}:00`, anchored: !!c.a && !!p, certain: false };
    },
  },
  // --- 24-hour clock: "at 19:45", "14.30 GMT" (a bare "3.45" is a number, so a zone or a lead word is required;
  // "about 10:35 a.m." is the 12-hour rule's, whose match would be shorter than "about 10:35")
  {
    id: "time/clock-24h",
    type: "TIME",
    re: rx(`\\b((?:at|from|until|till|by|before|after|around|about|since)\\s+)?([01]?\\d|2[0-3])([:.])([0-5]\\d)(?::[0-5]\\d)?(?![\\d:.]\\d)(?!\\s*[ap]\\.?m\\b)(${TZ})?(?:,?\\s+(?:on\\s+)?(yesterday|today|tomorrow|${WD})\\b)?`),
    accept: (m) => !!m[5] || (!!m[1] && m[3] === ":"),
    norm: (m, c) => {
      const p = m[6] ? dayOf(c, m[6]) : storyYmd(c);
      // "around 19:45" keeps its approximator (as the corpus writes "around 7:15 p.m."); other lead words are prepositions
      const skip = /^around/i.test(m[0]) ? 0 : (m[1]?.length ?? 0);
      const mod = skip === 0 && m[1] ? "APPROX" : null;
      return { value: `${p ? fmtYmd(p) : "XXXX-XX-XX"}T${pad2(Number(m[2]))}:${m[4]}${zoneOf(m[5])}`, anchored: !!c.a && !!p, certain: false, skip, mod };
    },
  },
  {
    id: "time/noon-midnight",
    type: "TIME",
    // "midnight Friday", "noon on Saturday", "midnight, Sunday": one TIME on that day
    re: rx(`${B}(noon|midday|midnight)(?:,?\\s+(?:on\\s+)?(yesterday|today|tomorrow|${WD}))?${E}`),
    accept: (m, text) =>
      // "High Noon" (a title); "high noon" is a figure of speech (a decisive moment), not the clock
      (/^[a-z]/.test(m[1]) || /[.!?"']\s*$|^\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) &&
      !/\bhigh\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index)),
    norm: (m, c) => {
      let p = dayOf(c, m[2] ?? "today");
      const t = low(m[1]) === "midnight" ? "T24:00" : "T12:00";
      // family: a bare midnight in a past clause ("the blast came shortly after midnight") is the one the
      // article's day began with, written as the day before's T24:00 (TIMEX3's end-of-day midnight)
      if (p && !m[2] && t === "T24:00" && c.tense() === "past") p = addDays(p, -1);
      return { value: (p ? fmtYmd(p) : "XXXX-XX-XX") + t, anchored: !!c.a, certain: false };
    },
  },
  // --- month-day-year: "Jan. 23, 2017", "January 23rd 2017", "23 January 2017", ranges "January 23-24"
  {
    id: "date/month-day-range",
    type: "DATE",
    // "January 23-24", "June 3 to June 5", "Jan. 30 through Feb. 2, 2017": one expression (see the header)
    re: rx(`${B}(${MON})\\s+(${DAY})\\s*(?:-|–|to|through|until|and)\\s*(?:(${MON})\\s+)?(${DAY})(?:,?\\s+(${YEAR}))?(?![\\w%]|,\\d)`),
    accept: (m, text) =>
      monthCase(m[1], text, m.index) && (m[3] ? monthNum(m[3]) !== monthNum(m[1]) || dayNum(m[4]) > dayNum(m[2]) : dayNum(m[4]) > dayNum(m[2])),
    norm: (m, c) => {
      const mo = monthNum(m[1]);
      const mo2 = m[3] ? monthNum(m[3]) : mo;
      const y = m[5] ? Number(m[5]) : yearFor(c, mo, dayNum(m[2]));
      const ys = y === null ? "XXXX" : pad4(y);
      const ye = y === null ? "XXXX" : pad4(mo2 < mo ? y + 1 : y); // "Dec. 30 to Jan. 2" crosses a year
      const first = `${ys}-${pad2(mo)}-${pad2(dayNum(m[2]))}`;
      const last = `${ye}-${pad2(mo2)}-${pad2(dayNum(m[4]))}`;
      // two expressions, as TimeML tags a range: "January 23" and "24"
      const end = m[0].indexOf(m[2], m[1].length) + m[2].length;
      const secondStart = m[3] ? m[0].indexOf(m[3], end) : m[0].indexOf(m[4], end + 1);
      return { value: first, rangeStart: first, rangeEnd: last, anchored: !m[5] && !!c.a, certain: !!m[5], end, second: { start: secondStart, value: last } };
    },
  },
  {
    id: "date/month-day-year",
    type: "DATE",
    re: rx(`${B}(?:(${WD}),?\\s+)?(${MON})\\s+(${DAY})(?:,?\\s+(${YEAR}))?(?![\\w%]|,\\d|\\.\\d)`),
    accept: (m, text) => monthCase(m[2], text, m.index + m[0].indexOf(m[2])),
    norm: (m, c) => {
      const mo = monthNum(m[2]);
      const d = dayNum(m[3]);
      if (d > 31) return null;
      const y = m[4] ? Number(m[4]) : yearFor(c, mo, d);
      return { value: `${y === null ? "XXXX" : pad4(y)}-${pad2(mo)}-${pad2(d)}`, anchored: !m[4] && !!c.a, certain: !!m[4] };
    },
  },
  {
    id: "date/day-month-year",
    type: "DATE",
    // "Tuesday 24 January 2017" (British order, weekday included), "1 March"
    re: rx(`${B}(?:${WD},?\\s+)?(${DAY})\\s+(?:of\\s+)?(${MON})(?:,?\\s+(${YEAR}))?${E}`),
    accept: (m, text) => monthCase(m[2], text, m.index + m[0].lastIndexOf(m[2])),
    norm: (m, c) => {
      const mo = monthNum(m[2]);
      const d = dayNum(m[1]);
      const y = m[3] ? Number(m[3]) : yearFor(c, mo, d);
      return { value: `${y === null ? "XXXX" : pad4(y)}-${pad2(mo)}-${pad2(d)}`, anchored: !m[3] && !!c.a, certain: !!m[3] };
    },
  },
  // --- days in words, as spoken in broadcasts and quotes: "March eighth", "March the eighth",
  // "the twenty-first of June" (digits with a suffix, "March 8th", "8th of March", are the rules above)
  {
    id: "date/month-ordinal",
    type: "DATE",
    re: rx(`${B}(${MON})\\s+(?:the\\s+)?(${DAY_WORD})(?![\\w-])`),
    // "the April second round", "the May third quarter": an ordinal of the noun after it, not a day
    accept: (m, text) => monthCase(m[1], text, m.index) && !ORDINAL_NOUN_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)),
    norm: (m, c) => dayInWords(c, monthNum(m[1]), m[2]),
  },
  {
    id: "date/ordinal-of-month",
    type: "DATE",
    re: rx(`${B}the\\s+(${DAY_WORD})\\s+of\\s+(${MON})(?![\\w-])`),
    accept: (m, text) => monthCase(m[2], text, m.index + m[0].lastIndexOf(m[2])),
    norm: (m, c) => dayInWords(c, monthNum(m[2]), m[1]),
  },
  // --- "the last weekend of June", "the first week of May 2016": a week or weekend counted in a month
  // (family: schedules of events and holidays). A weekend is the one of the n-th (or last) Saturday; a week
  // is the ISO week holding the middle of the month's n-th seven days (the last: its last seven).
  {
    id: "date/week-of-month",
    type: "DATE",
    re: rx(`${B}(?:the\\s+)?(first|second|third|fourth|last|final)\\s+(week|weekend)\\s+(?:of|in)\\s+(${MON})(?:,?\\s+(${YEAR}))?(?![\\w%])`),
    accept: (m, text) => monthCase(m[3], text, m.index + m[0].lastIndexOf(m[3])),
    norm: (m, c) => {
      const mo = monthNum(m[3]);
      const y = m[4] ? Number(m[4]) : yearFor(c, mo, null);
      // the regex admits first..fourth (all in ORDINALS), last and final
      const n = /^(last|final)$/i.test(m[1]) ? -1 : ORDINALS[low(m[1])];
      const weekend = low(m[2]) === "weekend";
      if (y === null) return { value: weekend ? "XXXX-WXX-WE" : "XXXX-WXX", certain: false };
      const day = weekend ? nthWeekday(y, mo, 6, n) : n > 0 ? { y, m: mo, d: 7 * (n - 1) + 4 } : { y, m: mo, d: daysInMonth(y, mo) - 3 };
      return { value: fmtWeek(day) + (weekend ? "-WE" : ""), anchored: !m[4] && !!c.a, certain: !!m[4] };
    },
  },
  // --- "the week of March 6": the ISO week holding that day
  {
    id: "date/week-of",
    type: "DATE",
    re: rx(`${B}the\\s+week\\s+of\\s+(${MON})\\s+(${DAY})(?:,?\\s+(${YEAR}))?(?![\\w%])`),
    accept: (m, text) => monthCase(m[1], text, m.index),
    norm: (m, c) => {
      const mo = monthNum(m[1]);
      const d = dayNum(m[2]);
      const y = m[3] ? Number(m[3]) : yearFor(c, mo, d);
      if (y === null) return { value: "XXXX-WXX", certain: false };
      return { value: fmtWeek({ y, m: mo, d }), anchored: !m[3], certain: !!m[3] };
    },
  },
  // --- month and year: "July 1997", "March of 1990", "last October", "this September"
  {
    id: "date/month-year",
    type: "DATE",
    re: rx(`${B}(${MON}),?\\s+(?:of\\s+)?(${YEAR_ANY})${E}`),
    accept: (m, text) => monthCase(m[1], text, m.index) && yearValue(m[2]) !== null,
    norm: (m) => ({ value: fmtYm(yearValue(m[2]) as number, monthNum(m[1])) }),
  },
  {
    id: "date/rel-month",
    type: "DATE",
    re: rx(`${B}(last|this|next|past|coming)\\s+(${MON})(?:\\s+(${DAY}))?(?![\\w%])`),
    accept: (m, text) => monthCase(m[2], text, m.index + m[1].length + 1),
    norm: (m, c) => {
      const mo = monthNum(m[2]);
      const d = m[3] ? dayNum(m[3]) : null;
      const a = c.a;
      const tail = d === null ? "" : `-${pad2(d)}`;
      if (!a) return { value: `XXXX-${pad2(mo)}${tail}`, certain: false };
      const r = REL_WORD[low(m[1])];
      let y = a.y;
      if (r === "last") y = mo < a.m ? a.y : a.y - 1;
      else if (r === "next") y = mo > a.m ? a.y : a.y + 1;
      return { value: fmtYm(y, mo) + tail, anchored: true };
    },
  },
  {
    id: "date/month",
    type: "DATE",
    re: rx(`${B}(${MON})(?![\\w-])`),
    accept: (m, text) =>
      monthCase(m[1], text, m.index) && (MONTHS_FULL.has(low(m[1])) || m[1].endsWith(".")) &&
      // "the March for Life", "the March of the Mothers": a procession
      !(low(m[1]) === "march" && /(?:the|annual|a)\s+["'`]*$/i.test(text.slice(Math.max(0, m.index - 10), m.index)) &&
        /^\s+(?:for|of|on|against|to)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))),
    norm: (m, c) => {
      const mo = monthNum(m[1]);
      // family: a month naming the period of a statistic, just ended ("will publish May figures" in June,
      // "December sales will be released Friday" in January) is the latest such month, the DCT's included:
      // data are reported after their month, whatever the tense of the reporting verb
      // (not after a preposition: "in March sales will rise" may be the adverbial)
      // (only a month of the last quarter: "March exports will be reported in April", said in January, is
      // still ahead)
      if (c.a && (c.a.m - mo + 12) % 12 <= 3 && STATISTIC_AFTER_RE.test(c.after(28)) && !PREPOSITION_BEFORE_RE.test(c.before(12))) {
        const y = mo <= c.a.m ? c.a.y : c.a.y - 1;
        return { value: `${pad4(y)}-${pad2(mo)}`, anchored: true, certain: false };
      }
      const y = yearFor(c, mo, null);
      return { value: `${y === null ? "XXXX" : pad4(y)}-${pad2(mo)}`, anchored: !!c.a, certain: false };
    },
  },
  // --- "that morning", "later that night": a part of the day the story is at (the last full date), else unknown
  {
    id: "time/that-part",
    type: "TIME",
    re: rx(`${B}(?:(?:later|earlier)\\s+)?that\\s+(?:same\\s+)?(${PART})${E}`),
    norm: (m, c) => {
      const code = DAY_PARTS[low(m[1])];
      const ld = c.state.lostDay ? null : c.state.lastDate;
      const mod = /^earlier/i.test(m[0]) ? "START" : /^later/i.test(m[0]) ? "END" : null;
      // before any date in the text, "that night" can only be the article's own day (as "the next day")
      if (!ld && c.a && !c.state.lostDay) return { value: fmtYmd(c.a) + code, certain: false, mod, anchored: true };
      if (!ld || ld.m === null || ld.d === null) return { value: `XXXX-XX-XX${code}`, certain: false, mod };
      return { value: fmtYmd({ y: ld.y, m: ld.m, d: ld.d }) + code, certain: false, mod };
    },
  },
  // --- "that March", "that March morning", "that same July": the month of the story's reference year
  {
    id: "date/that-month",
    type: "DATE",
    re: rx(`${B}that\\s+(?:same\\s+)?(${MON})(?:\\s+(?:${PART}|day))?(?![\\w])`),
    accept: (m, text) => monthCase(m[1], text, m.index + m[0].indexOf(m[1])),
    norm: (m, c) => {
      const mo = monthNum(m[1]);
      const story = storyYearFor(c);
      const y = story ?? yearFor(withTense(c, () => "past"), mo, null);
      return { value: `${y === null ? "XXXX" : pad4(y)}-${pad2(mo)}`, anchored: story === null && !!c.a, certain: false };
    },
  },
  // --- holidays: "Christmas", "Thanksgiving Day"
  {
    id: "date/holiday",
    type: "DATE",
    // the first letters gate the long alternation: it is tried only where a holiday or "last/this/next" may start
    re: rx(`${B}(?=[${HOLIDAY_INITIALS}])(?:(last|this|next)\\s+)?(${alt(Object.keys(HOLIDAYS))}|${alt(Object.keys(COMPUTED_HOLIDAYS)).replace(/'/g, "'?")})${E}`),
    accept: (m) => /^[A-Z]/.test(m[2]),
    norm: (m, c) => {
      const k = low(m[2]);
      if (m[1]) {
        // "last Thanksgiving": the relative word fixes the direction
        const r = low(m[1]);
        // The outer context, captured before `c` is rebound: `c.tense()` inside the new one would call itself
        // ("this Christmas" recursed until the stack overflowed).
        const outer = c;
        c = withTense(outer, () => strictDirOf(r) ?? outer.tense());
      }
      const computed = COMPUTED_HOLIDAYS[k] ?? COMPUTED_HOLIDAYS[k.replace(/s day$/, "'s day")];
      if (computed) {
        const [mo, wd, n, shift] = computed;
        const dateIn = (y: number) => addDays(mo === 0 ? easter(y) : nthWeekday(y, mo, wd, n), shift);
        const y = pickYear(c, dateIn);
        const week = k.endsWith(" week");
        if (y === null) return { value: week ? "XXXX-WXX" : "XXXX-XX-XX", certain: false };
        return { value: week ? fmtWeek(dateIn(y)) : fmtYmd(dateIn(y)), anchored: true, certain: false };
      }
      const [mo, d] = HOLIDAYS[k];
      const y = yearFor(c, mo, d);
      return { value: `${y === null ? "XXXX" : pad4(y)}-${pad2(mo)}-${pad2(d)}`, anchored: !!c.a, certain: false };
    },
  },
  // --- "January this year", "June last year"
  {
    id: "date/month-rel-year",
    type: "DATE",
    re: rx(`${B}(${MON})\\s+(this|last|next)\\s+year${E}`),
    accept: (m, text) => monthCase(m[1], text, m.index),
    norm: (m, c) => {
      const y = yearWord(m[2] + " year", c.a);
      return { value: `${y == null ? "XXXX" : pad4(y)}-${pad2(monthNum(m[1]))}`, anchored: !!c.a };
    },
  },
];
