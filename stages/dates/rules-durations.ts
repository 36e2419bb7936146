/**
 * Duration and set rules: quantities of units ("two years", "48 hours", "the six-year war"), vague
 * plurals and bare units ("for years", "hours after"), clock durations, "a while", and recurring
 * times ("daily", "every Monday", "twice a year").
 */
import { MONTHS, WEEKDAYS, SEASONS, DAY_PARTS } from "./lexicon.ts";
import { pad2 } from "./resolve.ts";
import { parseQuantity, durationValue } from "./normalize.ts";
import { MON, WD, NUMW, QTY, UNIT, SEASON, PART, B, E, rx, low } from "./patterns.ts";

/** A number in a range of lengths: digits or a number word (not "a", "several": "a day or two" is another rule). */
const RANGE_NUM = `(?:\\d{1,3}(?:\\.\\d+)?|${NUMW.replace(/\|an\|a\|single\)$/, ")")})`;
import { type Rule, AGE_BEFORE_RE, shifted } from "./context.ts";

/** "(the early hours) of Thursday morning", "of 1999", "of this year": a stretch of a named time. */
const OF_NAMED_TIME_RE = new RegExp(`^\\s+of\\s+(?:the\\s+|this\\s+|last\\s+|next\\s+)?(?:${WD}|${MON}|\\d|(?:morning|afternoon|evening|night|today|yesterday|tomorrow|week|month|year)\\b)`, "i");

/** A record counted over a stretch: "the first rise in five years", "its highest level in a decade" (a length, not a point ahead). */
const SUPERLATIVE_SPAN_RE = /\b(?:first|only|\w{3,}est|most|least|fewest)\b[^,.;:]{0,40}\bin\s+$/i;

export const DURATION_RULES: Rule[] = [
  // --- durations: "two years", "48 hours", "the six-year war", "the past two months", "the first nine months"
  {
    id: "duration/quantity",
    type: "DURATION",
    re: rx(`${B}(?:the\\s+)?(?:(?:first|last|past|next|coming|previous|final|initial|remaining|following|latest|recent|preceding|year-earlier|year-ago|comparable)\\s+)?(${QTY})(?:\\s+(?:more|additional|full|straight|consecutive|previous|preceding|prior))?[\\s-]+(${UNIT})s?(\\s+and\\s+a\\s+half)?(?:[\\s-]+long)?(?:\\s+or\\s+(?:so|two|three)(?!\\s+(?:${UNIT})))?(?![\\w-]|\\s+old|-old)`),
    accept: (m, text) => {
      const q = low(m[1]);
      const u = low(m[2]);
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
      if (/^(a|an|one|single)$/.test(q)) {
        // a rate, not a duration: "$1.76 a year", "700 seats a week", "24 hours a day"
        if (/(?:\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s+(?:million|billion|thousand|cents?|dollars?|percent))?|%|[a-z]{3,}s|times|hours)\s+$/i.test(before)) return false;
        if (/^second/.test(u)) return false; // "a second group"
        // "a year-long strike": the article belongs to the noun; "year-long" is the one-unit adjective (vague-plural)
        if (/^an?$/.test(q) && /\w-long$/i.test(m[0])) return false;
        // "he will one day return": not a duration unless after a preposition or a measure
        // ("delayed by one day", "took one day", "spent one day"; family: a margin or a length of one day)
        if (q === "one" && u === "day" && !m[0].includes("-") && !/\b(?:for|in|within|than|of|about|only|just|after|last|lasted|a|by|took|takes|spent|spend|needed|barely|nearly|almost|over)\s+$/i.test(before)) return false;
      }
      // fractions: "three-quarters of its food", "more than a quarter of the market"
      // (a vague count is never a fraction: "after several quarters of losses" is a stretch, PXQ)
      if (u.startsWith("quarter") && /^\s+of\b/.test(after) && parseQuantity(m[1]) !== null) return false;
      // a title: "''60 Minutes''", "48 Hours" (a unit capitalised after digits)
      if (/^\d/.test(q) && /^[A-Z]/.test(m[2])) return false;
      // an age: "children aged 3 months", "patients ages 2 to 5 years"
      if (AGE_BEFORE_RE.test(before)) return false;
      // part of a compound word: "a sub-ten-second sprint", "non-24-hour"
      if (/\w-$/.test(before)) return false;
      return true;
    },
    norm: (m, c) => {
      let n = parseQuantity(m[1]);
      if (n === 0) return null;
      // family: "in" + a length in a future clause is the point that far ahead ("the stock will be redeemed in
      // five years" → the year, TimeML's DATE); a past clause keeps the length ("was built in two years")
      if (n !== null && Number.isInteger(n) && !m[3] && /^(?:years?|months?|weeks?|days?)$/i.test(m[2]) && !/^the\s/i.test(m[0]) &&
        /\bin\s+$/i.test(c.before(4)) && !SUPERLATIVE_SPAN_RE.test(c.before(60)) && c.tense() === "future") {
        return { ...shifted(c, n, m[2], 1), type: "DATE", certain: false };
      }
      if (n !== null && m[3]) n += 0.5; // "a minute and a half"
      // "the six-year war": the article belongs to the noun, not to the expression
      const adjective = /^the\s+/i.exec(m[0]);
      const skip = adjective && /-\s*$/.test(m[0].slice(0, m[0].length - m[2].length).replace(/s$/, "")) ? adjective[0].length : 0;
      // "the last few months", "the past several quarters": an unbounded stretch of the past, as TimeBank writes it
      if (n === null) {
        // ("the next few days" stays a duration, PXD, as TimeBank mostly writes it)
        if (/^(?:the\s+)?(?:last|past)\s/i.test(m[0])) return { value: "PAST_REF", type: "DATE", skip };
      }
      // family: thousands of years counted in words are millennia, TimeML's unit L ("two thousand years" →
      // P2L, as the corpus writes it); digits stay in years ("2,000 years" → P2000Y)
      if (n !== null && /thousand/i.test(m[1]) && /^years?$/i.test(m[2]) && n % 1000 === 0) return { value: `P${n / 1000}L`, skip };
      return { value: durationValue(n, m[2]), skip };
    },
  },
  // --- a stretch named by a range of lengths: "the next 12 to 18 months", "the past two to three years"
  // TimeML has no range value: a stretch named as a whole is one DURATION of unknown length in the unit
  // (PXM), as the corpus writes it. A bare range ("two to three weeks") is left to the quantity rule (its
  // second end): the corpus splits it in some places and not in others. The first number must be below
  // the second ("the next 9 to 5 shifts" is no range).
  {
    id: "duration/range",
    type: "DURATION",
    re: rx(`${B}(the\\s+(?:next|past|last|coming|first|following|previous)\\s+)(${RANGE_NUM})(\\s*(?:to|or|-|\u2013)\\s*)(${RANGE_NUM})[\\s-]+(${UNIT})s?(?![\\w-]|\\s+old|-old)`),
    accept: (m, text) => {
      const a = parseQuantity(m[2]);
      const b = parseQuantity(m[4]);
      if (a === null || b === null || !(a < b)) return false;
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      // an age ("children aged 2 to 5 years"), a compound word, a score or a price before it
      return !AGE_BEFORE_RE.test(before) && !/[\w$#]-?$/.test(before);
    },
    norm: (m) => ({ value: durationValue(null, m[5]) }),
  },
  {
    id: "duration/vague-plural",
    type: "DURATION",
    re: rx(`\\b(?:((?:for|in|within|over|after|than|take|took|takes|taking|last|lasted)\\s+)(?:the\\s+)?(?:(?:past|last|next|coming)\\s+)?(seconds|minutes|hours|days|weeks|months|years|decades|centuries)|(days|weeks|months|years|decades)-(?:long|old)|(?:recent|coming)\\s+(days|weeks|months|years|decades)|(hour|day|week|month|year|decade)-long)${E}`),
    lead: true,
    norm: (m) => {
      // family: a one-unit adjective of length ("a day-long meeting", "the year-long strike") is one unit
      if (m[5]) return { value: durationValue(1, m[5]) };
      // "in past years": a vague past rather than a length
      const body = m[0].slice(m[1]?.length ?? 0);
      if (/^(?:the\s+)?(?:past|last)\s/i.test(body)) return { value: "PAST_REF", type: "DATE" };
      // "in the days before the vote": the article belongs to the noun phrase, the timex is "days"
      const the = /^the\s+(?=\w+$)/i.exec(body);
      return { value: durationValue(null, m[2] ?? m[3] ?? m[4]), skip: the ? the[0].length : 0 };
    },
  },
  // --- family: the opening or closing stretch of something, of unknown length ("in the first hours of
  // the war", "the early years of the program", "the final weeks of the campaign"): a DURATION in the
  // unit (PTXH, PXY), the article inside. Not when the stretch is of a named time, which is the timex
  // ("the early hours of Thursday morning"); "the last/past days" is the vague past (vague-plural).
  {
    id: "duration/stretch",
    type: "DURATION",
    re: rx(`${B}the\\s+(?:first|early|earliest|opening|final|closing|dying)\\s+(hours|days|weeks|months|years)${E}`),
    accept: (m, text) => !OF_NAMED_TIME_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)),
    norm: (m) => ({ value: durationValue(null, m[1]) }),
  },
  // --- sets: "daily", "every Monday", "each year", "annually"
  {
    id: "set/adverb",
    type: "SET",
    // "quarterly" left out: mostly "quarterly dividend", "quarterly report" (not tagged in TimeBank)
    re: rx(`${B}(daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semiannually)${E}`),
    // "average daily volume": a statistic's unit, not a recurring time; "the party daily Granma": a
    // newspaper; "to grow 8% annually", "10,000 units annually": a rate's unit (not tagged in TimeML)
    accept: (m, text) =>
      !/\baverage\s+$/i.test(text.slice(Math.max(0, m.index - 9), m.index)) &&
      !/^\s+[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) &&
      !/(?:%|\bpercent|\bunits|\btons|\bbarrels)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index)),
    norm: (m) => {
      const v: Record<string, string> = { daily: "P1D", nightly: "P1D", weekly: "P1W", biweekly: "P2W", monthly: "P1M", quarterly: "P3M", annually: "P1Y", yearly: "P1Y", semiannually: "P6M", hourly: "PT1H" };
      return { value: v[low(m[1])] };
    },
  },
  {
    id: "set/every",
    type: "SET",
    // family: a weekday with its part of the day recurs as one ("every Monday morning" → XXXX-WXX-1TMO)
    re: rx(`${B}(every|each|per)\\s+(?:(other)\\s+|(\\d{1,3}|${NUMW})\\s+)?(${UNIT}|${WD}|${MON}|${PART}|${SEASON})(s?)(?:\\s+(morning|afternoon|evening|night))?${E}`),
    // "15 million instructions per second" is a rate, not a recurring time; "every two weeks" needs the plural
    accept: (m) => !(low(m[1]) === "per" && /^(second|minute|hour)/i.test(m[4])) && (!m[3] || m[5] === "s") && (!!m[3] || m[5] !== "s"),
    norm: (m) => {
      const w = low(m[4]).replace(/\.$/, "");
      const k = m[2] ? 2 : m[3] ? parseQuantity(m[3]) ?? 1 : 1;
      if (WEEKDAYS[w] !== undefined && w.length > 3) return { value: `XXXX-WXX-${WEEKDAYS[w]}${m[6] ? DAY_PARTS[low(m[6])] : ""}` };
      if (m[6]) return null; // "each day morning" is no recurring time
      if (MONTHS[w] !== undefined && w.length > 3) return { value: `XXXX-${pad2(MONTHS[w])}` };
      if (DAY_PARTS[w] !== undefined && w !== "night") return { value: `XXXX-XX-XX${DAY_PARTS[w]}` };
      if (SEASONS[w] !== undefined) return { value: `XXXX-${SEASONS[w]}` };
      return { value: durationValue(k, w) };
    },
  },
  // --- frequencies: "twice a year", "three times a week", "once a month"
  {
    id: "set/frequency",
    type: "SET",
    re: rx(`${B}(?:once|twice|thrice|(?:${NUMW}|\\d+)\\s+times)\\s+(?:a|an|per|each)\\s+(day|week|month|year|quarter|decade)${E}`),
    norm: (m) => ({ value: durationValue(1, m[1]) }),
  },
  // --- bare units before a relation word: "hours after the blast", "Days later", "weeks before the vote"
  // (an unknown number of units: PTXH, PXD; a number in front is taken by the longer duration rule)
  {
    id: "duration/bare-unit",
    type: "DURATION",
    re: rx(`${B}(seconds|minutes|hours|days|weeks|months|years|decades)(?=\\s+(?:after|before|later|earlier|afterwards?)\\b)`),
    // not after a quantity or an adjective that the longer rules did not take ("the two-day" ... "many years later" is theirs)
    accept: (m, text) => !/(?:\d|\b(?:the|few|several|many|some|two|three|four|five|six|seven|eight|nine|ten|of|recent|coming|past|last|next|first|final|initial))\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index)),
    norm: (m) => ({ value: durationValue(null, m[1]) }),
  },
  // --- clock durations: "finished in 2:14:05" (hours:minutes:seconds; a time of day has a.m./p.m. or "at")
  {
    id: "duration/clock",
    type: "DURATION",
    re: rx(`${B}(\\d{1,2}):([0-5]\\d):([0-5]\\d)(?:\\.\\d+)?(?![\\d:.]\\d|\\s*(?:[ap]\\.?m\\b|[ap]\\.m\\.))`, "g"),
    accept: (m, text) => !/\b(?:at|from|until|till|by|since)\s+$|[\d/-]\s*$/i.test(text.slice(Math.max(0, m.index - 7), m.index)),
    norm: (m) => {
      const h = Number(m[1]), mi = Number(m[2]), se = Number(m[3]);
      return { value: `PT${h ? `${h}H` : ""}${mi ? `${mi}M` : ""}${se || (!h && !mi) ? `${se}S` : ""}` };
    },
  },
  // --- "for a while": an unknown length (TimeML PXX)
  {
    id: "duration/a-while",
    type: "DURATION",
    re: rx(`\\b((?:for|in|after)\\s+)(?:quite\\s+)?a\\s+while${E}`),
    lead: true,
    norm: () => ({ value: "PXX" }),
  },
];
