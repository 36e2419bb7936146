/**
 * Period rules: quarters and halves (with the earnings-story conventions of TimeBank), fiscal and
 * calendar years, year-end, spelled years, decades, centuries, year spans as two expressions.
 */
import { addMonths, pad2, pad4, quarterOf } from "./resolve.ts";
import { parseQuantity, parseOrdinal } from "./normalize.ts";
import { YEAR, NUMW, ORD, MON, B, E, rx, low, monthNum } from "./patterns.ts";
import { type Period, type Rule, type RuleCtx, yearFor, fmtPeriod, fmtQuarter, yearWord, MOD_OF, QUARTER_REACH, QUARTER_ENDED_RE, spanEnd, NAME_BEFORE_RE, MODEL_YEAR_BEFORE_RE, MODEL_YEAR_AFTER_RE, withTense } from "./context.ts";

/**
 * The year of a quarter or half named without one ("the fourth quarter", "Q4"): the DCT's, a year back
 * for a period still ahead in a past clause, a year on for one well behind in a future clause (the
 * quarter just ended is reported with "expects" too, so only a quarter two or more back moves ahead).
 */
function periodYear(c: RuleCtx, q: number, half: boolean): number | null {
  if (!c.a) return null;
  const cq = half ? (c.a.m <= 6 ? 1 : 2) : quarterOf(c.a.m);
  const t = c.tense();
  if (t === "future" && q < cq - 1) return c.a.y + 1;
  if (t === "past" && q > cq) return c.a.y - 1;
  return c.a.y;
}

/**
 * Count nouns after a four-digit number: the number counts them, it is not a year ("the firm has 2000
 * employees", "1500 troops", "1800 tons"). Family: quantities written without a thousands comma (non-US
 * styles, transcripts). A year used as a modifier names an event, not a countable thing ("the 1992 protests",
 * "the 2016 election" stay years).
 */
const COUNT_NOUNS_AFTER = "percent|per\\s+cent|shares|tons|tonnes|people|persons|miles|feet|points|employees|workers|staff|jobs|troops|soldiers|" +
  "officers|police|votes|voters|seats|members|cars|vehicles|trucks|units|homes|houses|flats|apartments|students|pupils|children|families|" +
  "residents|refugees|migrants|cases|deaths|victims|passengers|copies|barrels|acres|hectares|kilometres|kilometers|km|metres|meters|yards|" +
  "pounds|dollars|euros|yen|rupees|francs|marks|stores|shops|branches|beds|rooms|calories|words|pages|signatures|tickets|visitors|fans|pieces|items";

const COUNT_AFTER_RE = new RegExp(`^\\s+(?:${COUNT_NOUNS_AFTER})\\b`, "i");
/** A preposition of time before a year: "in 1995 people voted" dates, "has 2000 employees" counts. */
const TIME_PREPOSITION_BEFORE_RE = /\b(?:in|since|by|until|till|during|before|after|from|through|circa)\s+$/i;

/** The kinds of year written after a year number ("the 2016 fiscal year"): one expression with it. */
const YEAR_KIND = "(?:fiscal|financial|calendar|tax|budget)\\s+year";

export const PERIOD_RULES: Rule[] = [
  // --- a half named by its quarters: "the first two quarters of 1990" is 1990-H1, "the last two quarters of
  // this year" H2 (without a year it is a stretch of six months, left to the duration rules)
  {
    id: "date/half-by-quarters",
    type: "DATE",
    re: rx(`${B}(?:the\\s+)?(first|last|final|second|latter)\\s+two\\s+quarters\\s+of\\s+(?:(?:fiscal|calendar)\\s+)?(${YEAR}|(?:this|last|next)\\s+year)${E}`),
    norm: (m, c) => {
      const y = yearWord(m[2], c.a);
      const h = low(m[1]) === "first" ? 1 : 2;
      if (y !== undefined && y !== null) c.state.lastQuarter = { y, q: h, at: c.pos, half: true };
      return { value: fmtPeriod({ y: y ?? null, q: h, half: true }), anchored: !/^\d/.test(m[2]) && !!c.a };
    },
  },
  // --- quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 1990", "1990's first quarter"
  {
    id: "date/quarter",
    type: "DATE",
    re: rx(`${B}(?:the\\s+)?(?:((?:fiscal\\s+)?${YEAR}|this\\s+year|last\\s+year|next\\s+year)'s\\s+|(?:the\\s+)?(year-earlier|year-ago|comparable|${YEAR})\\s+)?(?:(?:fiscal|calendar)\\s+)?(${ORD}|final|last)[\\s-]+(?:(?:fiscal|calendar)[\\s-]+)?(quarter|half|period)(?:\\s+of\\s+(?:(?:fiscal|calendar)\\s+)?(${YEAR}|(?:this|last|next)\\s+year|the\\s+year(?!\\s+(?:before|after|earlier|ago))))?${E}`),
    // family: a half or quarter "of the year" is the period of the year the article is in (as a bare
    // "the first half"), one expression: "the first half of the year" → 1998-H1
    accept: (m, text) =>
      (low(m[4]) !== "period" || /^(first|second|third|fourth)$/i.test(m[3])) &&
      // "the last half of the '80s": the half belongs to a decade, left to the prefix refiner
      !(low(m[4]) === "half" && !m[5] && /^\s+of\s/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))),
    norm: (m, c) => {
      const half = low(m[4]) === "half";
      const ordw = low(m[3]);
      let q = parseOrdinal(ordw) ?? 4;
      if (half && (ordw === "last" || ordw === "final")) q = 2;
      const shift = m[2] && !/^\d/.test(m[2]) ? -1 : 0; // "the year-earlier third quarter"
      const yw = yearWord((m[5] ?? m[1] ?? (shift ? undefined : m[2]))?.replace(/^fiscal\s+/i, ""), c.a);
      // "the last quarter" with no year is the latest one completed, not the fourth ("the last quarter of 2016" is)
      if (!half && ordw === "last" && yw === undefined && !m[2] && c.a) {
        const p = addMonths(c.a, -3);
        const y0 = p.y + shift;
        c.state.lastQuarter = { y: y0, q: quarterOf(p.m), at: c.pos };
        return { value: fmtQuarter(y0, quarterOf(p.m)), anchored: true, certain: false };
      }
      // family: a second period named in the sentence of one whose year was written takes that year ("the
      // second half of 1990 will beat the first half", "the first quarter of 2016 and the second quarter")
      const lq = c.state.lastQuarter;
      const sameSentence = yw === undefined && !m[2] && lq?.written && c.pos - lq.at < 120 && !/[.!?;]\s/.test(c.before(c.pos - lq.at));
      let y = yw !== undefined ? yw : sameSentence && lq ? lq.y : periodYear(c, q, half);
      if (y !== null) y += shift;
      const written = typeof yw === "number" && /\d{4}/.test(m[0]);
      const the = /^the\s+(?=\w+-(?:quarter|half)$)/i.exec(m[0]); // "the third-quarter loss", "the first-half profit": adjectives
      if (half) {
        if (y !== null) c.state.lastQuarter = { y, q, at: c.pos, half: true, written };
        return { value: fmtPeriod({ y, q, half }), anchored: yw === undefined && !sameSentence && !!c.a, certain: yw !== undefined && yw !== null, skip: the ? the[0].length : 0 };
      }
      if (y !== null) c.state.lastQuarter = { y, q, at: c.pos, written };
      return { value: fmtQuarter(y, q), anchored: yw === undefined && !sameSentence && !!c.a, certain: yw !== undefined && yw !== null, skip: the ? the[0].length : 0 };
    },
  },
  // --- "the December quarter", "the June 2016 half", "the September-quarter profit": a period named by
  // its last month (family: results in Australian, British and Asian business news). A quarter is the
  // calendar quarter holding most of its months (its middle month, as "the quarter ended July 31"); a half
  // only when it ends in June or December.
  {
    id: "date/month-quarter",
    type: "DATE",
    re: rx(`${B}(the\\s+)?(${MON})(?:\\s+(${YEAR}))?[\\s-]+(quarter|half)${E}`),
    accept: (m) => !!m[1] || /-/.test(m[0]),
    norm: (m, c) => {
      const mo = monthNum(m[2]);
      const half = low(m[4]) === "half";
      if (half && mo !== 6 && mo !== 12) return null;
      const y = m[3] ? Number(m[3]) : yearFor(withTense(c, () => (c.tense() === "future" ? "future" : "past")), mo, 28);
      // a quarter is the calendar quarter of its middle month, the one before the month named (only its
      // month is read when the year is unknown)
      const mid = addMonths({ y: y ?? 0, m: mo, d: 1 }, -1);
      const q = half ? (mo === 6 ? 1 : 2) : quarterOf(mid.m);
      const py = y === null || half ? y : mid.y;
      if (py !== null) c.state.lastQuarter = half ? { y: py, q, at: c.pos, half: true } : { y: py, q, at: c.pos };
      const value = fmtPeriod({ y: py, q, half });
      // "the December-quarter profit": the article belongs to the noun
      const skip = m[1] && /-(?:quarter|half)$/i.test(m[0]) ? m[1].length : 0;
      return { value, anchored: !m[3] && !!c.a, certain: !!m[3], skip };
    },
  },
  // --- "Q3 2016", "Q1", "3Q": analysts' shorthand
  {
    id: "date/quarter-short",
    type: "DATE",
    // family: the short forms of financial news: "Q3", "3Q 2016", and halves with their year ("H1 2016",
    // "1H 2016"; a bare "H1" is too often something else: a visa, a strain, a heading)
    re: rx(`${B}(?:Q([1-4])|([1-4])Q|(?:H([12])|([12])H)(?=\\s+(?:FY\\s?)?${YEAR}\\b))(?:\\s+(?:of\\s+)?(?:FY\\s?)?(${YEAR}))?${E}`, "g"),
    norm: (m, c) => {
      const half = !!(m[3] ?? m[4]);
      const q = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
      // without its year, as "the fourth quarter": the DCT's year, moved by the tense ("Q4 was flat" in March)
      const y = m[5] ? Number(m[5]) : periodYear(c, q, half);
      if (half) {
        if (y !== null) c.state.lastQuarter = { y, q, at: c.pos, half: true };
        return { value: fmtPeriod({ y, q, half }) };
      }
      if (y !== null) c.state.lastQuarter = { y, q, at: c.pos };
      return { value: fmtQuarter(y, q), anchored: !m[5] && !!c.a, certain: !!m[5] };
    },
  },
  {
    id: "date/quarter-ref",
    type: "DATE",
    re: rx(`${B}(?:(?:the|that)\\s+(?:(?:comparable|corresponding)\\s+(?=year-))?(?:(?:(latest|current|most\\s+recent|recent|just-ended|just-completed|previous|prior|following|year-earlier|year-ago|comparable|corresponding|same|fiscal|latest\\s+fiscal)\\s+)?quarter|(latest|year-earlier|year-ago|comparable|corresponding|same|recent)\\s+period)|(last\\s+year's)\\s+(?:quarter|period))(\\s+(?:a\\s+year\\s+(?:ago|earlier)|(?:of\\s+)?last\\s+year))?${E}`),
    accept: (m, text) => !text.startsWith("-to-", m.index + m[0].length), // "the quarter-to-quarter comparison"
    norm: (m, c) => {
      // "the quarter a year ago", "the corresponding period last year", "last year's quarter": a year back
      const w = m[3] || m[4] ? "year-ago" : low(m[1] ?? m[2] ?? "");
      const dctQuarter = (months: number) => {
        if (!c.a) return null;
        const p = addMonths(c.a, months);
        return { y: p.y, q: quarterOf(p.m), at: c.pos };
      };
      let lq: Period | null;
      const ended = QUARTER_ENDED_RE.exec(c.after(24));
      if (w === "current") lq = dctQuarter(0);
      else if (/latest|recent|just/.test(w)) lq = dctQuarter(-3);
      else if (ended && !/year-|comparable|previous|prior/.test(w)) {
        // "the quarter ended Sept. 30": a fiscal quarter is named for the calendar quarter holding most of its
        // three months, i.e. its middle month ("ended July 31" is May-July: Q2; "ended Sept. 30": Q3);
        // an end early in a month ("ended Oct. 1") leaves that month out
        const mo = monthNum(ended[1]);
        const day = ended[2] ? Number(ended[2]) : 28;
        const y = yearFor(withTense(c, () => "past"), mo, day);
        const mid = mo - (day < 15 ? 2 : 1);
        lq = y === null ? null : { y: mid < 1 ? y - 1 : y, q: quarterOf(mid < 1 ? mid + 12 : mid), at: c.pos };
      } else {
        lq = c.state.lastQuarter ?? dctQuarter(-3);
        // family: a year-ago comparison in a results story is anchored on a quarter already reported; a
        // quarter still ahead of the article (an outlook: "losses through the third quarter of 1990") is not
        // it, the latest completed one is
        if (/year-|comparable/.test(w) && c.a && lq && !lq.half && (lq.y * 12 + lq.q * 3 >= c.a.y * 12 + c.a.m)) lq = dctQuarter(-3);
      }
      if (!lq) return { value: "XXXX-QX", certain: false };
      if (w === "year-earlier" || w === "year-ago" || w === "comparable") return { value: fmtPeriod({ ...lq, y: lq.y - 1 }), anchored: true, certain: false };
      if ((w === "previous" || w === "prior") && !lq.half) {
        const p = lq.q === 1 ? { y: lq.y - 1, q: 4 } : { y: lq.y, q: lq.q - 1 };
        return { value: fmtQuarter(p.y, p.q), anchored: true, certain: false };
      }
      // family: the story's reference time: "the following quarter" is the one after the quarter last named
      // ("sales fell in the third quarter of 2009; the following quarter they recovered" is 2009-Q4)
      if (w === "following" && !lq.half) {
        const p = lq.q === 4 ? { y: lq.y + 1, q: 1 } : { y: lq.y, q: lq.q + 1 };
        c.state.lastQuarter = { ...p, at: c.pos };
        return { value: fmtQuarter(p.y, p.q), certain: false };
      }
      if (w !== "same") c.state.lastQuarter = { ...lq, at: c.pos };
      return { value: fmtPeriod(lq), anchored: true, certain: false };
    },
  },
  // --- "the 1988 period", "the 1988 quarter": that year's quarter last mentioned
  {
    id: "date/year-period",
    type: "DATE",
    re: rx(`${B}the\\s+(${YEAR})\\s+(quarter|period)${E}`),
    norm: (m, c) => {
      const lq = c.state.lastQuarter;
      return lq ? { value: fmtPeriod({ ...lq, y: Number(m[1]) }), certain: false } : { value: m[1] };
    },
  },
  // --- "for the year ended June 30" (a duration), "for the full year" (this year)
  {
    id: "date/the-year",
    type: "DATE",
    re: rx(`\\b((?:for|in|of|during|through|throughout)\\s+)the\\s+(?:(full|fiscal|current|current\\s+fiscal|latest\\s+fiscal)\\s+)?year(?![\\w-])`),
    lead: true,
    norm: (m, c) => {
      const after = c.after(12);
      if (/^\s+(?:ended|ending)\b/i.test(after)) return { value: "P1Y", type: "DURATION" };
      if (!c.a) return { value: "XXXX", certain: false };
      // "the latest fiscal year" is the last one completed
      return { value: pad4(/latest/i.test(m[2] ?? "") ? c.a.y - 1 : c.a.y), anchored: true };
    },
  },
  // --- "by year-end", "since year end"
  {
    id: "date/year-end",
    type: "DATE",
    re: rx(`${B}(?:the\\s+)?year(?:[\\s-]|'s\\s+)end${E}`),
    norm: (_m, c) => {
      if (!c.a) return { value: "XXXX", mod: "END", certain: false };
      // TimeBank writes the end of a year as the year with mod END
      return { value: pad4(c.tense() === "past" ? c.a.y - 1 : c.a.y), mod: "END", anchored: true, certain: false };
    },
  },
  // --- years in words (broadcast transcripts): "nineteen ninety-six", "the nineties"
  {
    id: "date/year-spelled",
    type: "DATE",
    re: rx(`${B}(nineteen|twenty)[\\s-]+(${NUMW})${E}`),
    norm: (m) => {
      const hi = low(m[1]) === "nineteen" ? 19 : 20;
      const lo = parseQuantity(m[2]);
      if (lo === null || lo < 10 || lo > 99 || !Number.isInteger(lo)) return null;
      return { value: `${hi}${lo}` };
    },
  },
  {
    id: "date/decade-words",
    type: "DATE",
    re: rx(`${B}(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)${E}`),
    accept: (m) => /^the|^(early|mid|late)/i.test(m[0]),
    norm: (m) => {
      const d: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
      return { value: `19${d[low(m[2])]}`, mod: m[1] ? MOD_OF[low(m[1])] : null };
    },
  },
  // --- "a year earlier", "year-ago", "a year ago": the same quarter a year before in earnings stories
  {
    id: "date/year-earlier",
    type: "DATE",
    re: rx(`${B}(?:a\\s+year\\s+(?:earlier|ago|before)|year-(?:earlier|ago))${E}`),
    norm: (m, c) => {
      const lq = c.state.lastQuarter;
      // a quarter mentioned shortly before: "third-quarter profit ... up from $2 million a year earlier"
      if (lq && c.pos - lq.at < QUARTER_REACH) return { value: fmtPeriod({ ...lq, y: lq.y - 1 }), anchored: true, certain: false };
      if (!c.a) return { value: "PAST_REF", certain: false };
      return { value: pad4(c.a.y - 1), anchored: true };
    },
  },
  // --- decades and centuries: "the 1990s", "the late '80s", "the 20th century"
  {
    id: "date/decade",
    type: "DATE",
    re: rx(`${B}(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?(?:(1[5-9]|20)(\\d)0'?s|'(\\d)0s)${E}`),
    norm: (m) => {
      const mod = m[1] ? MOD_OF[low(m[1])] : null;
      // family: "the 1800s", "the early 1900s" name a century (TimeML "18", "19"), not its first decade; the
      // 2000s stay a decade (the usual sense since 2000)
      if (m[2] && m[3] === "0" && Number(m[2]) < 20) return { value: m[2], mod };
      return { value: m[2] ? `${m[2]}${m[3]}` : `19${m[4]}`, mod };
    },
  },
  {
    id: "date/century",
    type: "DATE",
    re: rx(`${B}(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\\s+century${E}`),
    accept: (m) => parseOrdinal(m[1]) !== null && !/^(last|final|1st|2nd|3rd|4th)$/i.test(m[1]) || /^\d/.test(m[1]),
    norm: (m) => {
      const n = /^\d/.test(m[1]) ? parseInt(m[1], 10) : parseOrdinal(m[1]);
      return n ? { value: pad2(n - 1) } : null;
    },
  },
  // --- years: "1990", "fiscal 1989", "the year 2000", "the year two thousand"
  {
    id: "date/year",
    type: "DATE",
    // "the 2016 fiscal year", "the 2015 tax year": the year and its kind are one expression
    re: rx(`${B}(?:(?:the\\s+)?(?:fiscal|calendar|FY)(?:\\s+year)?\\s*|the\\s+year\\s+|the\\s+(?=\\d{4}\\s+${YEAR_KIND}))?(${YEAR})(?:\\s+${YEAR_KIND})?(?![\\w%]|,\\d|\\.\\d|-\\d|\\s+(?:percent|per\\s+cent)\\b)`),
    // not a price, a hashtag or part of a number list: "$1990", "#2016", "1,990"; not a clock time in
    // universal time ("(1930 GMT)" after a local time: wire copy; left untagged as TimeBank does); not a product
    // name: "Orion 1980"; not a model year, a year used as a modifier of a name after an article or a
    // possessive ("a 1987 Chevrolet Cavalier": TimeML tags times, not product names); a year
    // opening a clause before a name stays ("in 1990 President X said")
    accept: (m, text) =>
      !/(?:[\d$#]\s*|[,.])$/.test(text.slice(Math.max(0, m.index - 2), m.index)) &&
      // a count ("has 2000 employees"), unless a preposition of time leads ("in 1995 people voted")
      !(m[0] === m[1] && COUNT_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14)) &&
        !TIME_PREPOSITION_BEFORE_RE.test(text.slice(Math.max(0, m.index - 10), m.index))) &&
      !(/^\s*(?:GMT|UTC)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5)) && /(?:\(|\b(?:at|about|around|by|until|before|after))\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) &&
      !(m[0] === m[1] && NAME_BEFORE_RE.test(text.slice(Math.max(0, m.index - 20), m.index))) &&
      !(m[0] === m[1] && MODEL_YEAR_BEFORE_RE.test(text.slice(Math.max(0, m.index - 8), m.index)) &&
        MODEL_YEAR_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))),
    norm: (m) => ({ value: m[1] }),
  },
  // --- a year cut to two digits after a preposition or an article: "in '89", "since '85", "the '96
  // elections", "the class of '62" (family: clipped years of informal and headline English). The
  // century is the DCT's unless that puts the year more than ten years after the DCT ("in '89" in a 2001
  // story is 1989, "by '05" in a 1998 story is 2005); without a DCT, 00-30 are 20xx. Not a decade ("the
  // '80s"), nor a quotation ("''60 Minutes''": the apostrophe must follow a space).
  {
    id: "date/year-short",
    type: "DATE",
    re: rx(`\\b((?:in|since|of|by|until|till|from|through|to|before|after|during|and|or|the|early|mid|late)\\s+)['\u2018\u2019](\\d{2})(?![\\w'\u2019%]|\\s*s\\b)`),
    lead: true,
    norm: (m, c) => {
      const dd = Number(m[2]);
      let y: number;
      if (c.a) {
        y = Math.floor(c.a.y / 100) * 100 + dd;
        if (y > c.a.y + 10) y -= 100;
        else if (y + 100 <= c.a.y + 10) y += 100;
      } else y = dd <= 30 ? 2000 + dd : 1900 + dd;
      return { value: pad4(y) };
    },
  },
  // --- year spans: "the 2016-17 season", "fiscal 1989-90", "2015-2019": one expression (see ranges in the header)
  {
    id: "date/year-span",
    type: "DATE",
    re: rx(`${B}(?:(?:fiscal|FY)\\s*)?(${YEAR})[-–/](\\d{4}|\\d{2})(?![\\w%]|[-–/.,]\\d)`),
    accept: (m) => {
      const e = spanEnd(m);
      return e > Number(m[1]) && e - Number(m[1]) <= 50; // "2015-2019", "1990-95"; not "2019-2015"
    },
    // two expressions, as TimeML tags a range: "2004" and "2006", "1998" and "99"
    norm: (m) => {
      const end = m[0].indexOf(m[1]) + m[1].length;
      return { value: m[1], rangeStart: m[1], rangeEnd: String(spanEnd(m)), end, second: { start: end + 1, value: String(spanEnd(m)) } };
    },
  },
  {
    id: "date/year-words",
    type: "DATE",
    re: rx(`${B}the\\s+year\\s+two\\s+thousand${E}`),
    norm: () => ({ value: "2000" }),
  },
];
