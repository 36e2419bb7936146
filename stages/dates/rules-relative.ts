/**
 * Relative rules: deictic days and parts of the day, weekdays by tense, seasons, "N units ago",
 * anaphora to the story's date ("that year", "the next day", "the previous Friday"), "this/last/next
 * + unit", and reference words (PRESENT_REF, PAST_REF, FUTURE_REF).
 */
import { WEEKDAYS, SEASONS, DAY_PARTS, REF_WORDS, ORDINALS } from "./lexicon.ts";
import { type Ymd, addDays, addMonths, weekdayNear, fmtYmd, fmtYm, fmtWeek, pad4, quarterOf } from "./resolve.ts";
import { parseQuantity, durationValue } from "./normalize.ts";

/** Spelled ordinals ("second", "twenty-first"), longest first, and digit ordinals ("8th"). */
const ORDINAL_WORDS = [...Object.keys(ORDINALS).filter((w) => w !== "last" && w !== "final").sort((a, b) => b.length - a.length), "\\d{1,3}(?:st|nd|rd|th)"].join("|");
import { alt, WD, WD_REL, YEAR_ANY, QTY, UNIT, SEASON, PART, B, E, rx, low, wdNum } from "./patterns.ts";
import { type Rule, type RuleCtx, type Norm, type DocState, resolveWeekday, weekdayDir, dayOf, seasonYear, MOD_OF, shifted, relativeUnit, GENERIC_CONTRAST_RE, GENERIC_TODAY_RE, yearValue, REL_WORD, fmtPeriod, storyYmd, strictDirOf } from "./context.ts";

/** A capitalised name (not a sentence start, not a time word) right before: "USA Today" is a title. */
const TITLE_BEFORE_RE = /(?<![.!?:"'`]\s)(?<!^)\b(?!(?:And|But|Or|Until|Since|By|From|For|Even|Only|Also|Then|Now|Later|Earlier|So|As|On|At|In|Until)\s)[A-Z][A-Za-z]+\s+$/;
/** The story's day (the last full date written, else the DCT's) shifted by `shift` days; unknown without either. */
function storyDay(c: RuleCtx, shift: number): Norm {
  const from = storyYmd(c);
  if (!from) return { value: "XXXX-XX-XX", certain: false };
  return { value: fmtYmd(addDays(from, shift)), anchored: from === c.a, certain: false };
}

/**
 * The story's year, month or day (`u`) moved by `shift` of them: "the following year" after 1945 is 1946.
 * The caller checks that the date knows the unit (a month for "month", a day for "day").
 */
function storyShift(ld: NonNullable<DocState["lastDate"]>, u: string, shift: number): string {
  if (u === "year") return pad4(ld.y + shift);
  if (u === "month") { const p = addMonths({ y: ld.y, m: ld.m as number, d: 1 }, shift); return fmtYm(p.y, p.m); }
  return fmtYmd(addDays({ y: ld.y, m: ld.m as number, d: ld.d as number }, shift));
}

export const RELATIVE_RULES: Rule[] = [
  // --- deictic days: "today", "yesterday morning", "tomorrow", "last night", "this morning", "tonight"
  {
    id: "date/deictic-part",
    type: "TIME",
    // "last Thursday night", "next Monday morning": the relative weekday keeps its word in the extent
    re: rx(`${B}(?:(${WD_REL})\\s+(?=${WD}))?(yesterday|today|tomorrow|this|last|${WD})[\\s-]+(${PART})${E}`),
    accept: (m) => !(low(m[2]) === "last" && low(m[3]) !== "night"),
    norm: (mm, c) => {
      const m = [mm[0], mm[2], mm[3]];
      const w = low(m[1]);
      const code = DAY_PARTS[low(m[2])];
      const isWd = WEEKDAYS[w.replace(/\.$/, "")] !== undefined;
      if (mm[1] && isWd && c.a) {
        // "last Thursday night": the weekday as "last Thursday" resolves it, with the part of the day
        const d = resolveWeekday(c, wdNum(w), strictDirOf(REL_WORD[low(mm[1])]));
        return { value: d.value + code, anchored: true, type: "TIME", certain: false };
      }
      const p = w === "last" ? (c.a ? addDays(c.a, -1) : null) : dayOf(c, w);
      if (!p) return { value: isWd ? `XXXX-WXX-${wdNum(w)}T${code.slice(1)}` : "XXXX-XX-XXT" + code.slice(1), certain: false };
      // TIMEX3 (TempEval-3): a day and a part of it is a TIME with the part: "Monday night" → 2017-01-23TNI
      return { value: fmtYmd(p) + code, anchored: true, type: "TIME", certain: !isWd };
    },
  },
  {
    id: "date/deictic-day",
    type: "DATE",
    re: rx(`${B}(?:the\\s+day\\s+(?:before|after)\\s+)?(yesterday|today|tomorrow|tonight)${E}`),
    // "today's world", "the people of tomorrow": a generic noun phrase, left untagged as the corpus does
    // "USA Today", "VOA Today", "Weekend Today": a capitalised word right after a capitalised name inside a
    // sentence is a title (a newspaper, a programme), not the day
    accept: (m, text) =>
      !GENERIC_TODAY_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) && !/\bof\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) &&
      !(m[0] === m[1] && /^[A-Z][a-z]/.test(m[1]) && TITLE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 30), m.index))),
    norm: (m, c) => {
      const w = low(m[1]);
      // a generic "today" set against a past era is the present in general (PRESENT_REF):
      // "Today, more people live in cities than ever", "today ... decades ago"
      if (m[0] === m[1] && w === "today" && GENERIC_CONTRAST_RE.test(c.before(120) + " " + c.after(120))) return { value: "PRESENT_REF" };
      if (!c.a) return { value: w === "today" || w === "tonight" ? "PRESENT_REF" : "XXXX-XX-XX", certain: false };
      let p = dayOf(c, m[1]) as Ymd;
      if (/^the/i.test(m[0])) p = addDays(p, /before/i.test(m[0]) ? -1 : 1);
      return { value: fmtYmd(p), anchored: true };
    },
  },
  {
    id: "date/this-part",
    type: "TIME",
    re: rx(`${B}(?:(?:early|late|mid)[\\s-]+)?(?:this\\s+)?(morning|afternoon|evening)(?:\\s+(yesterday|today|tomorrow))?${E}`),
    accept: (m) => /this|^(early|late|mid)/i.test(m[0]),
    norm: (m, c) => {
      const code = DAY_PARTS[low(m[1])];
      const mod = /^(early|late|mid)/i.exec(m[0]);
      const p = dayOf(c, m[2] ?? "today"); // "mid-afternoon yesterday"
      return { value: (p ? fmtYmd(p) : "XXXX-XX-XX") + code, anchored: !!c.a, mod: mod ? MOD_OF[low(mod[1])] : null };
    },
  },
  // --- weekdays: "Friday" (tense decides past or future), "last Friday", "next Tuesday"
  {
    id: "date/rel-weekday",
    type: "DATE",
    // "this past Sunday" is the last one
    re: rx(`${B}(${WD_REL})\\s+(${WD})(?![\\w])`),
    norm: (m, c) => {
      return resolveWeekday(c, wdNum(m[2]), strictDirOf(REL_WORD[low(m[1])]));
    },
  },
  // --- "the previous Friday", "the following Monday": counted from the day the story is at
  {
    id: "date/weekday-anaphoric",
    type: "DATE",
    re: rx(`${B}the\\s+(previous|preceding|following|next)\\s+(${WD})(?![\\w])`),
    norm: (m, c) => {
      const wd = wdNum(m[2]);
      const dir = /^(previous|preceding)$/i.test(m[1]) ? "past" : "future";
      const from = storyYmd(c);
      if (!from) return { value: `XXXX-WXX-${wd}`, certain: false };
      return { value: fmtYmd(weekdayNear(from, wd, dir, true)), anchored: from === c.a, certain: false };
    },
  },
  {
    id: "date/weekday-plural",
    type: "SET",
    // "on Mondays", "Tuesday nights": every such day
    re: rx(`${B}(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:s?\\s+(morning|afternoon|evening|night)s|s)${E}`),
    accept: (m) => /^[A-Z]/.test(m[1]),
    norm: (m) => ({ value: `XXXX-WXX-${wdNum(m[1])}${m[2] ? DAY_PARTS[low(m[2])] : ""}` }),
  },
  {
    id: "date/weekday",
    type: "DATE",
    re: rx(`${B}(${WD})(?![\\w])`),
    accept: (m) => /^[A-Z]/.test(m[1]) && (m[1].length > 4 || m[1].endsWith(".")),
    norm: (m, c) => resolveWeekday(c, wdNum(m[1])),
  },
  // --- seasons: "last fall", "this summer", "the spring of 1990"
  {
    id: "date/season",
    type: "DATE",
    re: rx(`${B}(?:(last|this|next|past|coming|that)\\s+|the\\s+(?:(?:early|late|mid)[\\s-]+)?)?(${SEASON})(?:\\s+(?:of\\s+)?(${YEAR_ANY}))?${E}`),
    // a capitalised season after a lower-case "that" is a name ("that Summer Hill")
    accept: (m) => (!!(m[1] || m[3]) || /^the/i.test(m[0])) && (!m[3] || yearValue(m[3]) !== null) && !(m[1] === "that" && /^[A-Z]/.test(m[2])),
    norm: (m, c) => {
      const code = SEASONS[low(m[2])];
      if (m[3]) return { value: `${pad4(yearValue(m[3]) as number)}-${code}` };
      // family: the story's reference time: "that winter", "that summer" are the season of the year the
      // text last wrote ("In the fall of 2015 he moved. That winter ...");
      // after no date at all, the article's season, or the latest one gone by in a past clause
      const that = low(m[1] ?? "") === "that";
      if (that && c.state.lastDate) return { value: `${pad4(c.state.lastDate.y)}-${code}`, certain: false };
      const t = c.tense();
      const rel = m[1] && !that ? REL_WORD[low(m[1])] : that ? (t === "future" ? "next" : t === "past" ? "last" : "this") : t === "future" ? "ahead" : t === "past" ? "past" : "this";
      const y = seasonYear(c, code, rel);
      return { value: `${y === null ? "XXXX" : pad4(y)}-${code}`, anchored: !!c.a, certain: !!m[1] && !that };
    },
  },
  // --- "N units ago", "N units from now"
  {
    id: "date/ago",
    type: "DATE",
    // "a week or so ago", "two years or so from now": the approximation sits between the unit and "ago"
    re: rx(`${B}(${QTY})[\\s-]+(${UNIT})s?\\s+(or\\s+so\\s+)?(ago|from\\s+now|hence)${E}`),
    // "three days later" is relative to an event, not the DCT: left to the duration rule
    norm: (m, c) => {
      const n = shifted(c, parseQuantity(m[1]), m[2], low(m[4]) === "ago" ? -1 : 1);
      return m[3] && n ? { ...n, mod: "APPROX" } : n;
    },
  },
  // --- anaphoric dates: "that year", "later that year", "the following month", "that same day"
  {
    id: "date/anaphoric",
    type: "DATE",
    re: rx(`${B}(?:(?:later|earlier)\\s+)?(?:(that)(?:\\s+same)?|the\\s+(same|following|previous|preceding))\\s+(year|month|week|day)${E}`),
    norm: (m, c) => {
      // family: an anaphor before any date in the text ("The previous day, ...", "later that year" in a
      // lead) can only point at the article's own time: the DCT, as "the next day" does
      // (after a day the calendar does not have, the story's time is unknown: no fallback to the DCT)
      const ld = c.state.lostDay ? null : c.state.lastDate ?? (c.a ? { y: c.a.y, m: c.a.m, d: c.a.d } : null);
      const u = low(m[3]);
      const w = low(m[2] ?? m[1]);
      const shift = w === "following" ? 1 : w === "previous" || w === "preceding" ? -1 : 0;
      const allX = u === "year" ? "XXXX" : u === "month" ? "XXXX-XX" : u === "week" ? "XXXX-WXX" : "XXXX-XX-XX";
      if (!ld) return { value: allX, certain: false };
      // family: a week of the story ("that week", "later that week", "the following week" after a written
      // day) is the ISO week of the story's last day, shifted; from a month or a year only, an unnamed week
      if (u === "week") {
        if (ld.m === null || ld.d === null) return { value: shift === 0 ? `${pad4(ld.y)}-WXX` : allX, certain: false };
        const mod = /^earlier/i.test(m[0]) ? "START" : /^later/i.test(m[0]) ? "END" : null;
        return { value: fmtWeek(addDays({ y: ld.y, m: ld.m, d: ld.d }, 7 * shift)), certain: false, mod, anchored: !c.state.lastDate };
      }
      // family: an anaphor to a coarser time keeps what it knows ("last October ... that same day" is
      // 1998-10-XX, "in 1995 ... that month" 1995-XX); a shift from an unknown day or month stays unknown
      if ((u !== "year" && ld.m === null) || (u === "day" && ld.d === null)) {
        if (shift !== 0) return { value: allX, certain: false };
        const known = ld.m === null ? pad4(ld.y) : fmtYm(ld.y, ld.m);
        return { value: known + (u === "month" || ld.m !== null ? "-XX" : "-XX-XX"), certain: false };
      }
      const v = storyShift(ld, u, shift);
      const mod = /^earlier/i.test(m[0]) ? "START" : /^later/i.test(m[0]) ? "END" : null;
      return { value: v, certain: false, mod, anchored: !c.state.lastDate };
    },
  },
  // --- "the next day", "the next morning", "the following night": the day after the one the story is at
  // (the last full date, else the article's day); a part of the day makes it a TIME
  {
    id: "date/next-day",
    type: "DATE",
    re: rx(`${B}the\\s+(?:next|following)\\s+(day|${PART})${E}`),
    norm: (m, c) => {
      const from = storyYmd(c);
      const part = low(m[1]) === "day" ? "" : DAY_PARTS[low(m[1])];
      if (!from) return { value: `XXXX-XX-XX${part}`, type: part ? "TIME" : "DATE", certain: false };
      return { value: fmtYmd(addDays(from, 1)) + part, type: part ? "TIME" : "DATE", anchored: from === c.a, certain: false };
    },
  },
  // --- the elliptical "the day before" / "the day after" (closed by punctuation: not "the day before the
  // vote", an event's eve, which names no day) is the day next to the story's day (the last full date
  // written, else the article's). "later in the day" is not tagged: the dev part leaves it untagged 2 times
  // of 3.
  {
    id: "date/day-before-after",
    type: "DATE",
    re: rx(`${B}the\\s+day\\s+(before|after)(?=\\s*[,.;:!?)]|\\s*$)`),
    norm: (m, c) => storyDay(c, low(m[1]) === "before" ? -1 : 1),
  },
  // --- "today is the eighth day of the strike", "it's the second day of the offensive": a day counted
  // within a running event, said in the present, is the article's own day
  {
    id: "date/nth-day-now",
    type: "DATE",
    re: rx(`\\b((?:today|it|this)(?:\\s+is|'s|\\s+marks)\\s+)(the\\s+(?:${ORDINAL_WORDS})\\s+(?:straight\\s+|consecutive\\s+|full\\s+)?day)(?=\\s+of\\b)`),
    lead: true,
    norm: (_m, c) => (c.a ? { value: fmtYmd(c.a), anchored: true } : { value: "PRESENT_REF", certain: false }),
  },
  // --- "will one day", "could someday": an unspecified future (TimeML FUTURE_REF)
  {
    id: "date/one-day",
    type: "DATE",
    re: rx(`\\b((?:will|would|could|may|might|can|should|shall)\\s+(?:\\w+ly\\s+)?)(one\\s+day|some\\s*day)${E}`),
    lead: true,
    norm: () => ({ value: "FUTURE_REF" }),
  },
  // --- "this week", "last month", "next year", "the past year", "the coming weeks"
  {
    id: "date/rel-unit",
    type: "DATE",
    re: rx(`${B}(?:(the)\\s+)?(this\\s+past|this\\s+coming|this|last|next|past|coming|previous|current)\\s+(?:fiscal\\s+)?(week|weekend|month|year|quarter|decade|century)${E}`),
    accept: (m) => !/^This\s+Week$/.test(m[0]), // a television programme title
    norm: (m, c) => {
      const rel = low(m[2]);
      const u = low(m[3]);
      // TimeBank writes "the past year" as the previous period (DATE), "the last week" as the
      // seven days up to the DCT (its week); only "past decade" / "past century" are durations (P10Y)
      if (rel === "past" && (u === "decade" || u === "century")) return { value: durationValue(1, u), type: "DURATION" };
      // "the coming decade", "the next century": a stretch ahead (TIMEX3 DURATION), not a calendar decade
      if (m[1] && (rel === "coming" || rel === "next") && (u === "decade" || u === "century")) return { value: durationValue(1, u), type: "DURATION" };
      // "the past week", "the last week": the seven days up to the article, a DURATION (its ISO week would
      // start after them on a Monday, the previous ISO week would miss the last days)
      if (m[1] && (rel === "past" || rel === "last") && u === "week") return { value: "P1W", type: "DURATION" };
      // an earnings report, published after a quarter closed, calls the quarter it reports "this quarter"
      // ("This quarter's loss includes a charge"): the quarter last named when it is the one just ended,
      // unless the verb looks ahead ("sales will rise this quarter" is the current one)
      // family: the story's reference time in a narrative: "the next year" / "the next month" said in the
      // past tense after a written date ("The war ended in 1945. The next year, elections were held") is
      // the year or month after it, like "the following year"; said ahead ("over the next year") it is the
      // DCT's next period
      const ld = c.state.lastDate;
      if (m[1] && rel === "next" && ld && (u === "year" || (u === "month" && ld.m !== null)) && c.tense() === "past") {
        return { value: storyShift(ld, u, 1), certain: false };
      }
      const lq = c.state.lastQuarter;
      if (rel === "this" && u === "quarter" && c.a && lq && !lq.half && c.tense() !== "future") {
        const q = quarterOf(c.a.m);
        const prev = q === 1 ? { y: c.a.y - 1, q: 4 } : { y: c.a.y, q: q - 1 };
        if (lq.y === prev.y && lq.q === prev.q) return { value: fmtPeriod(lq), anchored: true, certain: false };
      }
      return relativeUnit(c, REL_WORD[rel], u);
    },
  },
  // --- an elliptical "last" after "this year" ("twice as high this year as last", "sales rose this quarter
  // and last"): the previous period of the unit just named (family: comparisons of two periods in business
  // and sports news; TimeML tags the bare "last" with the period's value). "this year" is the rel-unit
  // rule's; this rule's extent is "last" alone (the lead is the comparison before it).
  {
    id: "date/elliptic-last",
    type: "DATE",
    re: rx(`\\b(this\\s+(?:fiscal\\s+)?(year|quarter|month|week)(?:'s)?\\s+(?:[\\w$%,]+(?:\\.\\d+)?%?\\s+){0,6}?(?:and|as|than|or|from|over|versus|vs\\.)\\s+)last(?![\\s-]*[A-Za-z0-9])`),
    lead: true,
    norm: (m, c) => relativeUnit(c, "last", m[2]),
  },
  // --- "the weekend"
  {
    id: "date/the-weekend",
    type: "DATE",
    re: rx(`${B}the\\s+weekend${E}`),
    norm: (_m, c) => {
      if (!c.a) return { value: "XXXX-WXX-WE", certain: false };
      const sat = weekdayNear(c.a, 6, weekdayDir(c));
      return { value: fmtWeek(sat) + "-WE", anchored: true, certain: false };
    },
  },
  // --- "the end of the year", "the rest of the month": the DCT's period (the modifier is added by the prefix refiner)
  {
    id: "date/the-unit-of",
    type: "DATE",
    re: rx(`\\b((?:end|beginning|start|middle|rest|balance|remainder|turn)\\s+of\\s+)the\\s+(year|month|week|quarter|decade|century)${E}`),
    lead: true,
    norm: (m, c) => relativeUnit(c, "this", m[2]),
  },
  // --- "the past" as a time ("in the past", "than in the past."): the longer expressions
  // ("the past year", "the past two weeks") win the overlap; a noun after it is an adjective ("the past president")
  {
    id: "date/the-past",
    type: "DATE",
    re: rx(`${B}the\\s+past(?=\\s*[.,;:!?)"'\u2019\u201d]|\\s*$|\\s+(?:and|or|but|that|when|as|to|is|was|has|have|had|it|they|he|she|we|I|the|a|in|on|at|for|by|with|decades?|years?|months?|weeks?|days?|centur(?:y|ies))\\b)`),
    norm: () => ({ value: "PAST_REF" }),
  },
  // --- "at the time", "at that time": the past moment the story is about
  {
    id: "date/at-the-time",
    type: "DATE",
    re: rx(`\\b(at\\s+)(?:the|that)\\s+time(?!\\s+(?:of|when|being|for|to)\\b)${E}`),
    lead: true,
    norm: (_m, c) => ({ value: c.tense() === "future" ? "FUTURE_REF" : "PAST_REF", certain: false }),
  },
  // --- "current" before a noun: the present ("the current crisis"); not money or accounting terms
  // ("current account", "current assets", "in current dollars") nor the noun ("against the current")
  {
    id: "date/current",
    type: "DATE",
    // "the then-current price", "the then current chairman": the present of a past moment (PAST_REF), one expression
    re: rx(`${B}(?:then[\\s-]+)?current(?=\\s+[a-z])(?!\\s+(?:account|accounts|assets|liabilities|ratio|dollars|prices|affairs|events|account|flow|flows|density|yield|coupon|issue|income|expenses?|liability|account)\\b)`),
    accept: (m, text) => !/\b(?:against|with|electric|electrical|ocean|strong|alternating|direct)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index - 16), m.index)),
    norm: (m) => ({ value: /^then/i.test(m[0]) ? "PAST_REF" : "PRESENT_REF" }),
  },
  // --- family: a vague future named by a noun phrase of planning ("in the short term", "over the near
  // term", "at a later date", "at a future date"): TimeML's FUTURE_REF, like "the future". Not the
  // adjective before a noun ("the long term outlook", "short-term debt": a hyphen is never taken).
  {
    id: "date/vague-future",
    type: "DATE",
    re: rx(`${B}(?:the\\s+(?:short|near|long|longer|medium)\\s+term|an?\\s+(?:later|future)\\s+date)(?![\\w-])(?!\\s+[a-z]+\\b(?<!\\s(?:and|or|but|as|because|if|when|while|than|is|are|was|were|will|would|could|should|may|might|can|it|he|she|they|we|to|at|for|in|on|of|with|by|from|after|before|unless|until|so|this|that|the|a|an)))`),
    norm: () => ({ value: "FUTURE_REF" }),
  },
  // --- deictic reference words: "now", "currently", "recently", "the future"
  {
    id: "date/ref-word",
    type: "DATE",
    re: rx(`${B}(${alt(Object.keys(REF_WORDS))})${E}`),
    // "Now, he says, ...": a discourse marker opening a sentence, not a time
    accept: (m, text) => !(m[1] === "Now" && text.startsWith(",", m.index + 3)),
    norm: (m) => ({ value: REF_WORDS[low(m[1])] }),
  },
];
