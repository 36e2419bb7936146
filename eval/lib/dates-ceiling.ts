/**
 * The ceiling of the dates stage on the TimeML dev part (`npm run eval:dates -- --ceiling`): the value F1
 * and "relative right" a system would reach if it fixed every error that is not the corpus disagreeing
 * with itself, while following ONE convention (the dev part's majority) in each family where the
 * annotators wrote the same kind of expression in several ways. Method (stages/dates/README.md):
 *
 *  1. Every dev gold TIMEX3 is tested against the families below, in order (the first that claims it wins).
 *     - `convention` families: the same expression written in several ways across the corpus ("last week" as
 *       an ISO week or `1989-WXX`). Each gold instance gets a convention label from its value; the label held
 *       by most dev instances is the majority. A consistent system writes the majority, so every instance
 *       with another label is an error it cannot avoid (whether we get it right today or not).
 *     - `extent` families: words the annotators tagged in part of their uses only ("now", "recent").
 *       Every occurrence of the word in the dev text counts; if most are tagged the consistent system tags
 *       all (each untagged one is a spurious timex), else none (each tagged one is a miss).
 *     - `unfixable` families: the gold value contradicts its own text (a weekday value that is another
 *       weekday than the one written, a written month or number the value does not hold), or the document's
 *       DCT is a week or more after its events (the text's weekdays land a whole number of weeks before
 *       where the DCT puts them: detected from the system's errors, at least two in one document).
 *  2. Every other gold TIMEX3 is taken as fixable: the ceiling system gets it right, and writes nothing
 *     spurious besides the extent families' untagged uses.
 *  3. Ceiling value F1: tp = gold − misses − convention minorities − unfixable; system = gold − misses +
 *     spurious. Ceiling relative right: the same over the gold dates the annotators computed from the DCT.
 *
 * Only the dev part is read (devDocs never opens a held-out file); nothing is computed from held-out errors.
 */
import type { GoldTimex } from "./timeml.ts";
import type { DevDoc } from "./timeml-split.ts";
import type { TimexDraft } from "../../stages/types.ts";

export interface GoldCtx {
  g: GoldTimex;
  /** The document text. */
  text: string;
}

/** A family of self-disagreement: which gold instances belong, and the convention each follows. */
interface ConventionFamily {
  id: string;
  kind: "convention";
  /** What the family is, for the printout. */
  what: string;
  member(c: GoldCtx): boolean;
  convention(g: GoldTimex): string;
}
interface ExtentFamily {
  id: string;
  kind: "extent";
  what: string;
  /** The word (lower case, whole word); a gold TIMEX3 whose text, without "the", is the word is a tagged use. */
  words: RegExp;
}
interface UnfixableFamily {
  id: string;
  kind: "unfixable";
  what: string;
  member(c: GoldCtx): boolean;
}
type Family = ConventionFamily | ExtentFamily | UnfixableFamily;

const WEEKDAY_RE = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6 };
const PART_RE = /\b(morning|afternoon|evening|night)\b|\btonight\b/i;
const PART_CODE: Record<string, string> = { morning: "TMO", afternoon: "TAF", evening: "TEV", night: "TNI", tonight: "TNI" };
const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const UNIT_CODE: Record<string, string> = { year: "Y", month: "M", week: "W", day: "D", hour: "H" };

/** The shape of a calendar value, as a convention label: "ISO week", "year", "quarter", "day"... */
function shapeLabel(v: string): string {
  if (/^P/.test(v)) return "duration";
  if (/_REF$/.test(v)) return v;
  if (/^\d{4}-W\d{2}/.test(v)) return "ISO week (W43)";
  if (/^\d{4}-W\d(?!\d)/.test(v)) return "unpadded week (W7)";
  if (/^\d{4}-WXX/.test(v)) return "unnamed week (WXX)";
  if (/^\d{4}-Q\d/.test(v)) return "quarter";
  if (/^\d{4}-QX/.test(v)) return "unnamed quarter (QX)";
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return "day";
  if (/^\d{4}-\d{2}-XX/.test(v)) return "month, day XX";
  if (/^\d{4}-\d{2}$/.test(v)) return "month";
  if (/^\d{4}-XX(-XX)?$/.test(v)) return "year with XX";
  if (/^\d{4}$/.test(v)) return "year";
  return "other";
}

/**
 * The families, in the order they are tested. Each is the corpus writing one kind of expression in
 * several ways (stages/dates/README.md, "Error families left"); they are defined on the gold's text and
 * value only, never on our output.
 */
export const FAMILIES: Family[] = [
  {
    id: "gold-weekday",
    kind: "unfixable",
    what: "gold day value on another weekday than the one its text names",
    member: ({ g }) => {
      const w = WEEKDAY_RE.exec(g.text);
      const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(g.value);
      if (!w || !d || /\b(?:before|after|next|following|previous)\b/i.test(g.text)) return false;
      return new Date(Date.UTC(+d[1], +d[2] - 1, +d[3])).getUTCDay() !== WEEKDAY_INDEX[w[1].toLowerCase()];
    },
  },
  {
    id: "gold-month",
    kind: "unfixable",
    what: "gold value in another month than the one its text writes with a day",
    member: ({ g }) => {
      const m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i.exec(g.text);
      const d = /^\d{4}-(\d{2})/.exec(g.value);
      return !!m && !!d && MONTH_NAMES.indexOf(m[1].toLowerCase()) + 1 !== Number(d[1]);
    },
  },
  {
    id: "gold-duration",
    kind: "unfixable",
    what: "gold duration with another number or unit than its text writes (\"13 years\" as P12Y)",
    member: ({ g }) => {
      const m = /^(?:for\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(year|month|week|day|hour)s?$/i.exec(g.text);
      // a clock unit written ("a few minutes") with a calendar value (PXM is months)
      if (g.type === "DURATION" && /\b(?:minutes?|hours?|seconds?)$/i.test(g.text) && /^P[^T]+$/.test(g.value)) return true;
      if (!m || g.type !== "DURATION") return false;
      const n = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
      const unit = UNIT_CODE[m[2].toLowerCase()];
      const want = unit === "H" ? `PT${n}H` : `P${n}${unit}`;
      return g.value !== want;
    },
  },
  {
    id: "week",
    kind: "convention",
    what: "last / this / next week, N weeks ago: ISO week, WXX, unpadded W7, a day or a month",
    member: ({ g }) => /\b(?:last|this|next|coming|previous|following)\s+week\b|\bweeks?\s+ago\b/i.test(g.text),
    convention: (g) => shapeLabel(g.value),
  },
  {
    id: "day-part",
    kind: "convention",
    what: "a weekday or day word with a part of the day (\"Friday night\", \"this morning\"): with the part (as named) or the bare day",
    member: ({ g, text }) => {
      const t = g.text;
      const dayWord = WEEKDAY_RE.test(t) || /\b(?:this|yesterday|tomorrow|last)\b/i.test(t) || /\btonight\b/i.test(t);
      // the gold may leave the part outside its extent ("[Thursday] night")
      const part = PART_RE.test(t) || (WEEKDAY_RE.test(t) && /^\s+(?:morning|afternoon|evening|night)\b/i.test(text.slice(g.end, g.end + 12)));
      return dayWord && part && !/_REF|X|^P/.test(g.value);
    },
    convention: (g) => {
      const m = /T(MO|AF|EV|NI)$/.exec(g.value);
      if (!m) return /^\d{4}-\d{2}-\d{2}$/.test(g.value) ? "bare day" : "other";
      const named = PART_RE.exec(g.text);
      return named && PART_CODE[named[0].toLowerCase()] === "T" + m[1] ? "day with the part named" : "day with another part";
    },
  },
  {
    id: "earnings-comparison",
    kind: "convention",
    what: "earnings comparisons: a year ago / earlier, year-ago, year-earlier, the ... period: a quarter, QX, a year, a month or a day",
    member: ({ g }) => /\byear[-\s](?:ago|earlier)\b|\ba\s+year\s+before\b|\bperiod\b/i.test(g.text) && !/^P/.test(g.value),
    convention: (g) => shapeLabel(g.value),
  },
  {
    id: "last-year",
    kind: "convention",
    what: "last year('s): a year, or the same quarter a year back in earnings stories",
    member: ({ g }) => /^last\s+year$/i.test(g.text),
    convention: (g) => shapeLabel(g.value),
  },
  {
    id: "year-spelling",
    kind: "convention",
    what: "a year written alone, N years ago, a decade ago: 1968 or 1968-XX / 1968-XX-XX",
    member: ({ g }) => /^(?:\d{4}|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years|decades?)\s+ago|a\s+decade\s+ago)$/i.test(g.text) && /^\d{4}(?:-XX){0,2}$/.test(g.value),
    convention: (g) => shapeLabel(g.value),
  },
  {
    id: "decade-spelling",
    kind: "convention",
    what: "a decade (the 1990s): 199 or 199X",
    member: ({ g }) => /\b\d{3}0s\b|\b'\d0s\b/i.test(g.text) && /^\d{3}X?$/.test(g.value),
    convention: (g) => (/X$/.test(g.value) ? "199X" : "199"),
  },
  {
    id: "weekend",
    kind: "convention",
    what: "the weekend: its ISO week's weekend (1998-W32-WE), a duration P2D or one day",
    member: ({ g }) => /\bweekend\b/i.test(g.text) && !/\b(?:a|every|each)\s+weekend/i.test(g.text),
    convention: (g) => (/-WE$/.test(g.value) ? "week-WE" : shapeLabel(g.value)),
  },
  {
    id: "clock-spelling",
    kind: "convention",
    what: "a clock time on the hour (5 p.m., midnight): T17:00 or T17",
    member: ({ g }) => /\b(?:\d{1,2}\s*[ap]\.?m\b|midnight|noon|o'clock)/i.test(g.text) && /T\d{2}(?::00)?$/.test(g.value) && !/:\d{2}/.test(g.text.replace(/:00\b/, "")),
    convention: (g) => (/T\d{2}$/.test(g.value) ? "T17" : "T17:00"),
  },
  {
    id: "centuries",
    kind: "convention",
    what: "centuries (a vague plural): PXC, PXE or PXY",
    member: ({ g }) => /^centuries$/i.test(g.text),
    convention: (g) => g.value,
  },
  // one family a word: the annotators' choice differs between "recent" and "recently"
  ...["now", "current", "currently", "recent", "recently", "future", "previously", "earlier", "once", "soon", "daily", "annually"].map(
    (w): ExtentFamily => ({ id: w, kind: "extent", what: w, words: new RegExp(`^${w}$`) }),
  ),
];

const WORD_OF = (t: string) => t.toLowerCase().replace(/^the\s+/, "").trim();

/**
 * The conventions a consistent system writes: each convention family's label and each extent word's
 * choice (tag every use or none). `ceilingReport` returns the ones it took as the majority of the docs it
 * read; given them back (`fixed`), it scores another part with the SAME conventions, as a system built on
 * the dev part would write them on unseen text.
 */
export interface Majorities {
  conventions: Record<string, string>;
  tagAll: Record<string, boolean>;
}

export interface CeilingReport {
  lines: string[];
  dev: { gold: number; valueF1: number; relativeRight: number; relGold: number };
  ceiling: { valueF1: number; relativeRight: number };
  /** The conventions this report took (its docs' majorities, or the `fixed` ones it was given). */
  majorities: Majorities;
}

/** Relaxed one-to-one matching (best overlap first), as the TempEval-3 scorer: gold index → system index. */
export function relaxedMatch(gold: { start: number; end: number }[], sys: { start: number; end: number }[]): Map<number, number> {
  const pairs: { g: number; s: number; ov: number }[] = [];
  for (let i = 0; i < gold.length; i++) {
    for (let j = 0; j < sys.length; j++) {
      const ov = Math.min(gold[i].end, sys[j].end) - Math.max(gold[i].start, sys[j].start);
      if (ov > 0) pairs.push({ g: i, s: j, ov });
    }
  }
  pairs.sort((a, b) => b.ov - a.ov);
  const gUsed = new Map<number, number>();
  const sUsed = new Set<number>();
  for (const { g, s } of pairs) {
    if (gUsed.has(g) || sUsed.has(s)) continue;
    gUsed.set(g, s);
    sUsed.add(s);
  }
  return gUsed;
}

const f1 = (tp: number, sys: number, gold: number) => (tp ? (2 * tp) / (sys + gold) : 0);
const DAY_MS = 86_400_000;
const dayNo = (v: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS : null;
};

/**
 * The ceiling over the dev part. `tag` is the dates tagger; `isDctRelative` tells which gold dates
 * "relative right" counts (the same test as eval/dates.ts).
 */
export function ceilingReport(
  docs: DevDoc[],
  tag: (text: string, dct: string | null) => TimexDraft[],
  isDctRelative: (g: GoldTimex, dctTid: string | null) => boolean,
  showUnfixable = false,
  fixed?: Majorities,
): CeilingReport {
  const lines: string[] = [];
  const majorities: Majorities = { conventions: {}, tagAll: {} };
  type Inst = { doc: DevDoc; i: number; fam: Family | null; conv: string | null; right: boolean; matched: boolean; rel: boolean; slip: boolean };
  const insts: Inst[] = [];
  let sysTotal = 0;
  let tpNow = 0;
  // extent families: every use of the word in the dev text, tagged or not
  const extent = new Map<string, { tagged: number; untagged: number; bySub: Record<string, [number, number]> }>();
  for (const doc of docs) {
    const { text, timexes: gold, dct, dctTid } = doc.doc;
    const sys = tag(text, dct);
    sysTotal += sys.length;
    const match = relaxedMatch(gold, sys);
    // a document whose DCT is a week or more after its events: at least two weekday values a whole number
    // of weeks before ours (the text's weekday, the DCT's week wrong)
    const slipped = new Set<number>();
    gold.forEach((g, i) => {
      const s = match.get(i);
      if (s === undefined || !WEEKDAY_RE.test(g.text)) return;
      const a = dayNo(g.value), b = dayNo(sys[s].value);
      if (a !== null && b !== null && b > a && (b - a) % 7 === 0) slipped.add(i);
    });
    gold.forEach((g, i) => {
      const s = match.get(i);
      const right = s !== undefined && sys[s].value === g.value;
      if (right) tpNow++;
      const c: GoldCtx = { g, text };
      let fam: Family | null = null;
      for (const f of FAMILIES) {
        if (f.kind === "extent" ? f.words.test(WORD_OF(g.text)) : f.member(c)) { fam = f; break; }
      }
      // a week value a whole number of weeks before ours, in a slipped document, is the slip too
      let slip = slipped.size >= 2 && slipped.has(i);
      if (slipped.size >= 2 && !right && s !== undefined && /^\d{4}-W\d/.test(g.value) && /^\d{4}-W\d/.test(sys[s].value) && g.value < sys[s].value && WEEKDAY_RE.test(g.text) === false) slip = true;
      insts.push({ doc, i, fam, conv: fam && fam.kind === "convention" ? fam.convention(g) : null, right, matched: s !== undefined, rel: isDctRelative(g, dctTid), slip });
    });
    for (const f of FAMILIES) {
      if (f.kind !== "extent") continue;
      const e = extent.get(f.id) ?? { tagged: 0, untagged: 0, bySub: {} };
      extent.set(f.id, e);
      const sub = (e.bySub[doc.sub] ??= [0, 0]);
      for (const m of text.matchAll(/[A-Za-z]+/g)) {
        if (!f.words.test(m[0].toLowerCase())) continue;
        const at = m.index ?? 0;
        const inside = gold.find((g) => g.start <= at && at < g.end);
        // a use inside a longer expression ("earlier this year", "once a week") belongs to that one
        if (inside && !f.words.test(WORD_OF(inside.text))) continue;
        if (inside) { e.tagged++; sub[0]++; } else { e.untagged++; sub[1]++; }
      }
    }
  }
  const goldTotal = insts.length;
  const relGold = insts.filter((x) => x.rel).length;
  const relNow = insts.filter((x) => x.rel && x.right).length;
  lines.push(`dates ceiling, dev part only: ${docs.length} documents, ${goldTotal} gold TIMEX3`);
  lines.push(`  now:     value F1 ${f1(tpNow, sysTotal, goldTotal).toFixed(3)} (${tpNow} right of ${goldTotal} gold, ${sysTotal} system); relative right ${(relNow / relGold).toFixed(3)} (${relNow} of ${relGold})`);

  // conventions: the majority label of each family, and per subcorpus
  const lost = new Set<Inst>();
  lines.push("  convention families (dev gold instances by label; TimeBank / AQUAINT; * = majority, the rest cannot all be right):");
  for (const f of FAMILIES) {
    if (f.kind !== "convention") continue;
    const members = insts.filter((x) => x.fam === f);
    const count = new Map<string, { all: number; tb: number; aq: number; wrongNow: number }>();
    for (const x of members) {
      const e = count.get(x.conv as string) ?? { all: 0, tb: 0, aq: 0, wrongNow: 0 };
      e.all++;
      if (x.doc.sub === "TimeBank") e.tb++; else e.aq++;
      if (!x.right) e.wrongNow++;
      count.set(x.conv as string, e);
    }
    // a tie goes to the convention we already write (fewer wrong now)
    const sorted = [...count].sort((a, b) => b[1].all - a[1].all || a[1].wrongNow - b[1].wrongNow || a[0].localeCompare(b[0]));
    // given conventions (the dev part's, applied to another part) win over this part's own majority
    const major = fixed ? fixed.conventions[f.id] : sorted[0]?.[0];
    majorities.conventions[f.id] = major;
    for (const x of members) if (x.conv !== major) lost.add(x);
    const wrongNow = members.filter((x) => !x.right).length;
    lines.push(`    ${f.id} (${members.length}, ${wrongNow} wrong now): ${f.what}`);
    lines.push("      " + sorted.map(([k, e]) => `${k === major ? "*" : ""}${k} ${e.all} (${e.tb}/${e.aq}; ${e.wrongNow} wrong now)`).join(", "));
  }
  // extents: tag all or none, as most uses
  let missCeil = 0;
  let spurCeil = 0;
  lines.push("  extent families (dev uses of the word: tagged / untagged; TimeBank, AQUAINT):");
  for (const f of FAMILIES) {
    if (f.kind !== "extent") continue;
    const e = extent.get(f.id) ?? { tagged: 0, untagged: 0, bySub: {} };
    const tagAll = fixed ? fixed.tagAll[f.id] === true : e.tagged > e.untagged;
    majorities.tagAll[f.id] = tagAll;
    if (tagAll) spurCeil += e.untagged;
    else for (const x of insts) if (x.fam === f) { missCeil++; lost.add(x); }
    const sub = Object.entries(e.bySub).map(([k, [t, u]]) => `${k} ${t}/${u}`).join(", ");
    lines.push(`    ${f.id}: ${e.tagged} / ${e.untagged} (${sub}) → ${tagAll ? `tag every use: ${e.untagged} spurious` : `tag none: ${insts.filter((x) => x.fam === f).length} missed`}`);
  }
  const unfix = insts.filter((x) => x.slip || x.fam?.kind === "unfixable");
  for (const x of unfix) lost.add(x);
  const byFam = new Map<string, number>();
  for (const x of unfix) byFam.set(x.slip ? "dct-slip" : (x.fam as Family).id, (byFam.get(x.slip ? "dct-slip" : (x.fam as Family).id) ?? 0) + 1);
  lines.push(`  unfixable (the gold contradicts its text, or the DCT is a week or more after the events): ${unfix.length}: ` +
    [...byFam].map(([k, n]) => `${k} ${n}`).join(", "));
  // what is wrong now, by class
  const wrong = insts.filter((x) => !x.right);
  const wConv = wrong.filter((x) => x.fam?.kind === "convention");
  const wConvMinor = wConv.filter((x) => lost.has(x));
  const wExtent = wrong.filter((x) => x.fam?.kind === "extent");
  const wUnfix = wrong.filter((x) => x.slip || x.fam?.kind === "unfixable");
  const wOther = wrong.filter((x) => !x.fam && !x.slip);
  lines.push(`  gold wrong now (missed or another value): ${wrong.length} = convention families ${wConv.length} (${wConvMinor.length} a minority convention, ${wConv.length - wConvMinor.length} the majority one) + extent families ${wExtent.length} + unfixable ${wUnfix.filter((x) => x.fam?.kind !== "convention").length} + other ${wOther.length} (fixable: no family claims them)`);
  lines.push(`  right now but lost by a consistent convention: ${insts.filter((x) => x.right && lost.has(x)).length}`);
  if (showUnfixable) {
    for (const x of unfix) {
      const g = x.doc.doc.timexes[x.i];
      lines.push(`    ${x.slip ? "dct-slip" : (x.fam as Family).id}: ${x.doc.name} dct=${x.doc.doc.dct} "${g.text}" gold ${g.value}`);
    }
  }
  if (showUnfixable) {
    lines.push("  wrong now although the gold follows its family's majority convention (fixable):");
    for (const x of wConv) {
      if (lost.has(x)) continue;
      const g = x.doc.doc.timexes[x.i];
      lines.push(`    ${(x.fam as Family).id}: ${x.doc.name} dct=${x.doc.doc.dct} ${x.matched ? "value" : "missed"} "${g.text}" gold ${g.type} ${g.value}`);
    }
    lines.push("  wrong now and claimed by no family (taken as fixable):");
    for (const x of wOther) {
      const g = x.doc.doc.timexes[x.i];
      lines.push(`    ${x.doc.name} dct=${x.doc.doc.dct} ${x.matched ? "value" : "missed"} "${g.text}" gold ${g.type} ${g.value}`);
    }
  }
  const relLost = new Map<string, number>();
  for (const x of insts) if (x.rel && lost.has(x)) { const k = x.slip ? "dct-slip" : (x.fam as Family).id; relLost.set(k, (relLost.get(k) ?? 0) + 1); }
  lines.push(`  relative dates lost by the ceiling system (of ${relGold}): ` + [...relLost].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", "));
  const tpCeil = goldTotal - lost.size;
  const sysCeil = goldTotal - missCeil + spurCeil;
  const vf = f1(tpCeil, sysCeil, goldTotal);
  const relCeil = insts.filter((x) => x.rel && !lost.has(x)).length;
  lines.push(`  CEILING: value F1 ${vf.toFixed(3)} (P ${(tpCeil / sysCeil).toFixed(3)} R ${(tpCeil / goldTotal).toFixed(3)}: ${tpCeil} right, ${sysCeil} system, ${goldTotal} gold); relative right ${(relCeil / relGold).toFixed(3)} (${relCeil} of ${relGold})`);
  // a system that keeps the cues our rules already use (a year ago after a quarter → the quarter) and
  // follows the majority elsewhere: the minority instances we get right today stay right
  const lostB = [...lost].filter((x) => !(x.right && x.fam?.kind === "convention")).length;
  const relB = insts.filter((x) => x.rel && (!lost.has(x) || (x.right && x.fam?.kind === "convention"))).length;
  lines.push(`  CEILING keeping today's cue-right minority instances: value F1 ${f1(goldTotal - lostB, sysCeil, goldTotal).toFixed(3)}; relative right ${(relB / relGold).toFixed(3)} (${relB} of ${relGold})`);
  return { lines, dev: { gold: goldTotal, valueF1: f1(tpNow, sysTotal, goldTotal), relativeRight: relNow / relGold, relGold }, ceiling: { valueF1: vf, relativeRight: relCeil / relGold }, majorities };
}
