/**
 * `npm run eval:dates`: score the dates stage on the TempEval-3 training corpus
 * (TimeBank + AQUAINT, TBAQ-cleaned) used as a development set.
 *
 * The corpus is split BY DOCUMENT: a file whose name hashes (FNV-1a, mod 5) to 0
 * is held out (52 of 256 documents, TimeBank and AQUAINT alike). Rules are
 * written while reading errors of the dev part only; the held-out part is only
 * scored, and its errors are never printed, so its figures measure how the
 * rules generalise rather than what they remember.
 *
 * Scoring follows the TempEval-3 scorer:
 *  - strict extent: system span identical to a gold span;
 *  - relaxed extent: spans overlap, matched one to one (greedy, best overlap first);
 *  - attributes (value, type): over relaxed matches, P = correct / system count,
 *    R = correct / gold count.
 * Also printed, for the goal "relative expressions anchored on the
 * publication date right":
 *  - "relative right": of the gold DATE/TIME expressions the annotators mark as
 *    computed from the publication date (TimeML `temporalFunction="true"` and
 *    `anchorTimeID` = the DCT's tid) whose value holds a calendar year, the share
 *    the system matches (relaxed) with the identical value; a missed one counts
 *    as wrong. Expressions anchored on another time of the text (the story's
 *    time, an event) are left out: they are the "anchoring" family, not the
 *    publication date. AQUAINT files often leave `anchorTimeID` out; those
 *    expressions are left out too (the gold does not say what they hang on).
 *  - "year-less right" (the earlier, broader measure): every gold DATE/TIME
 *    whose value has a calendar year while its text writes none, whatever it
 *    is anchored on (the DCT, the story's time, an event) and whether or not
 *    the annotators marked it as a temporal function.
 *
 * Flags: `--errors N` (or `--errors=N`; 20 when N is left out) prints N sample errors of each kind (dev part only);
 * `--dev-only` leaves the held-out part out entirely (no tagging, no figures, no floor check);
 * `--only NAME` restricts to files whose name contains NAME; `--rules` prints
 * per-rule counts (dev part); `--families` sorts the dev part's value errors by kind (type, underspecified,
 * granularity, direction, anchor: see `valueFamily`), with `--errors N` examples of each. Exits 1 when a figure of either part drops below
 * its floor in eval/baselines/dates.json.
 *
 * The corpus is research-only: it is read from ../shared/data at run time and
 * nothing of it is copied into the repository.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseTimeML, type GoldTimex } from "./lib/timeml.ts";
import { sameSpelling, sameTime } from "./lib/timex-compare.ts";
import { isHeldOut, devDocs, heldOutDocs } from "./lib/timeml-split.ts";
import { ceilingReport, relaxedMatch } from "./lib/dates-ceiling.ts";
import { EVAL_OPTIONS, readArgs, withOptionalCount } from "./lib/args.ts";
import { f1 } from "./lib/f1.ts";
export { isHeldOut };
import { tagDates } from "../stages/dates/tag.ts";
import type { TimexDraft } from "../stages/types.ts";

// `--errors` takes an optional count (`--errors` is `--errors 20`; `--errors 5`, `--errors=5`); the script takes no other word.
const { values: args } = readArgs("npm run eval:dates --", {
  args: withOptionalCount(process.argv.slice(2), "errors", "20"),
  usage: "[--dev-only] [--errors [N]] [--only TEXT] [--rules] [--families] [--ceiling] [--ceiling-held-out]",
  options: {
    ...EVAL_OPTIONS,
    ceiling: { type: "boolean" },
    "ceiling-held-out": { type: "boolean" },
    "dev-only": { type: "boolean" },
    errors: { type: "string" },
    families: { type: "boolean" },
    rules: { type: "boolean" },
    only: { type: "string" },
  },
  check: ({ values }) => (values.errors === undefined || /^\d+$/.test(String(values.errors)) ? null : `option --errors takes a number of errors, not "${values.errors}"`),
});

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, "..", "..", "shared", "data", "timeml-train");
const BASELINE = join(here, "baselines", "dates.json");

const errN = args.errors === undefined ? 0 : Number(args.errors);
const only = args.only ?? null;
/** `--dev-only`: score the dev part alone (the held-out part is not tagged, printed or checked against its floors), for iterating on rules without looking at held-out figures. */
const devOnly = args["dev-only"] === true;

interface Counts { tp: number; sys: number; gold: number }
const prf = (c: Counts) => {
  const p = c.sys ? c.tp / c.sys : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: f1(p, r) };
};

/** A gold value with a calendar year although the text writes none: it was computed from the DCT or story time. */
const YEAR_IN_VALUE_RE = /^\d{4}/;
const YEAR_IN_TEXT_RE = /\b\d{4}\b|'\d\d\b|\b\d{1,2}\/\d{1,2}\/\d{2}\b|\b(?:nineteen|twenty)[\s-]+\w+/i;
const isYearless = (g: GoldTimex) => (g.type === "DATE" || g.type === "TIME") && YEAR_IN_VALUE_RE.test(g.value) && !YEAR_IN_TEXT_RE.test(g.text);
/** A gold DATE/TIME the annotators computed from the publication date (anchorTimeID = the DCT's tid), with a calendar year. */
const isDctRelative = (g: GoldTimex, dctTid: string | null) =>
  (g.type === "DATE" || g.type === "TIME") && g.temporalFunction && dctTid !== null && g.anchorTimeID === dctTid && YEAR_IN_VALUE_RE.test(g.value);

interface Part {
  name: string;
  docs: number;
  strict: Counts; relaxed: Counts; value: Counts; type: Counts;
  /** value matches counting the corpus's two spellings of one expression as one (sameSpelling) */
  valueSpelling: Counts;
  rel: { gold: number; right: number; sameTime: number; spelling: number };
  yearless: { gold: number; right: number };
  perType: Map<string, { gold: number; sys: number; matched: number; value: number }>;
}
const newPart = (name: string): Part => ({
  name, docs: 0,
  strict: { tp: 0, sys: 0, gold: 0 }, relaxed: { tp: 0, sys: 0, gold: 0 }, value: { tp: 0, sys: 0, gold: 0 }, type: { tp: 0, sys: 0, gold: 0 },
  valueSpelling: { tp: 0, sys: 0, gold: 0 },
  rel: { gold: 0, right: 0, sameTime: 0, spelling: 0 }, yearless: { gold: 0, right: 0 }, perType: new Map(),
});
const dev = newPart("dev");
const held = newPart("held-out");

const perRule = new Map<string, { sys: number; matched: number; value: number }>();
const ruleBump = (r: string, k: "sys" | "matched" | "value") => {
  const e = perRule.get(r) ?? { sys: 0, matched: 0, value: 0 };
  e[k]++;
  perRule.set(r, e);
};
const missed: string[] = [];
const spurious: string[] = [];
const wrongValue: string[] = [];
/** Dev-part value errors by family (`--families`): what kind of mistake, to fix the biggest general one first. */
const families = new Map<string, string[]>();
const wrongExtent: string[] = [];
const wrongRelative: string[] = [];
let words = 0;
let chars = 0;
let tagMs = 0;
let docs = 0;
const parsed: { text: string; dct: string | null }[] = [];

const bump = (part: Part, t: string, k: "gold" | "sys" | "matched" | "value") => {
  const e = part.perType.get(t) ?? { gold: 0, sys: 0, matched: 0, value: 0 };
  e[k]++;
  part.perType.set(t, e);
};
const ctx = (text: string, s: number, e: number) =>
  (text.slice(Math.max(0, s - 50), s) + "[" + text.slice(s, e) + "]" + text.slice(e, e + 30)).replace(/\s+/g, " ");

/** The calendar shape of a value: digits, week, quarter, half, season, part of day or clock ("YYYY-MM-DD", "YYYY-Www", "P-Y"). */
const shape = (v: string) => v.startsWith("P") ? "P" + v.replace(/[\dX.]+/g, "") : v.replace(/\d|X/g, "9");
const UNDER_RE = /X|_REF$/;
/**
 * The family of a value error, in the order they are tested:
 * type (DATE vs DURATION/SET/TIME), underspecified vs specified (one side has X or *_REF, the other not),
 * granularity (both specified, a different calendar shape: day vs week vs month vs quarter...),
 * direction (same shape, on opposite sides of the DCT), anchor (same shape and side, another period:
 * the wrong week, the story's time instead of the DCT), other.
 */
function valueFamily(gt: string, gv: string, st: string, sv: string, dct: string | null): string {
  const gDur = gt === "DURATION" || gt === "SET", sDur = st === "DURATION" || st === "SET";
  if (gDur !== sDur) return "type (date vs duration/set)";
  if (UNDER_RE.test(gv) !== UNDER_RE.test(sv)) return UNDER_RE.test(gv) ? "underspecified gold, specified system" : "specified gold, underspecified system";
  if (shape(gv) !== shape(sv)) return "granularity (day / week / month / quarter / year / part of day)";
  if (gDur || !dct || !/^\d{4}/.test(gv)) return "other (same shape)";
  const cmp = (v: string) => { const n = Math.min(v.length, 10); const d = dct.slice(0, n); return /-[WQHS]/.test(v) ? 0 : Math.sign(v.slice(0, n).localeCompare(d)); };
  const a = cmp(gv), b = cmp(sv);
  if (a !== 0 && b !== 0 && a !== b) return "direction (past vs future of the DCT)";
  return "anchor (same shape and side, another period)";
}

for (const sub of ["TimeBank", "AQUAINT"]) {
  const dir = join(DATA, sub);
  if (!existsSync(dir)) {
    console.error(`missing ${dir}: the evaluation needs ../shared/data/timeml-train`);
    process.exit(2);
  }
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".tml")).sort()) {
    if (only && !name.includes(only)) continue;
    if (devOnly && isHeldOut(name)) continue;
    const doc = parseTimeML(readFileSync(join(dir, name), "utf8"));
    parsed.push(doc);
    docs++;
    words += doc.text.split(/\s+/).filter(Boolean).length;
    chars += doc.text.length;
    const t0 = performance.now();
    const sys = tagDates(doc.text, doc.dct);
    tagMs += performance.now() - t0;
    const h = isHeldOut(name);
    score(h ? held : dev, !h, name, doc.text, doc.dct, doc.dctTid, doc.timexes, sys);
  }
}

/** Score one document into `part`; errors are collected (for printing) only when `show`. */
function score(part: Part, show: boolean, name: string, text: string, dct: string | null, dctTid: string | null, gold: GoldTimex[], sys: TimexDraft[]) {
  part.docs++;
  for (const c of [part.strict, part.relaxed, part.value, part.type, part.valueSpelling]) { c.sys += sys.length; c.gold += gold.length; }
  for (const g of gold) bump(part, g.type, "gold");
  for (const s of sys) { bump(part, s.type, "sys"); if (show) ruleBump(s.rule, "sys"); }
  // a one-to-one matching by overlap, best overlap first
  const gUsed = relaxedMatch(gold, sys);
  const sUsed = new Set(gUsed.values());
  for (const [g, s] of gUsed) {
    const G = gold[g], S = sys[s];
    part.relaxed.tp++;
    if (show) ruleBump(S.rule, "matched");
    bump(part, G.type, "matched");
    if (G.start === S.start && G.end === S.end) part.strict.tp++;
    else if (show) wrongExtent.push(`${name}: gold "${G.text}" sys "${S.text}"`);
    if (sameSpelling(G.value, S.value)) part.valueSpelling.tp++;
    if (G.value === S.value) { part.value.tp++; bump(part, G.type, "value"); if (show) ruleBump(S.rule, "value"); }
    else if (show) {
      const fam = valueFamily(G.type, G.value, S.type, S.value, dct);
      const list = families.get(fam) ?? [];
      families.set(fam, list);
      list.push(`${name} dct=${dct}: ${ctx(text, G.start, G.end)}  gold ${G.type} ${G.value}  sys ${S.type} ${S.value} (${S.rule})`);
    }
    if (G.value !== S.value && show) wrongValue.push(`${name} dct=${dct}: ${ctx(text, G.start, G.end)}  gold ${G.type} ${G.value}${G.mod ? " " + G.mod : ""}  sys ${S.type} ${S.value}${S.mod ? " " + S.mod : ""} (${S.rule})`);
    if (G.type === S.type) part.type.tp++;
  }
  gold.forEach((G, i) => {
    const s = gUsed.get(i);
    const right = s !== undefined && sys[s].value === G.value;
    if (isYearless(G)) {
      part.yearless.gold++;
      if (right) part.yearless.right++;
    }
    if (isDctRelative(G, dctTid)) {
      part.rel.gold++;
      if (right) part.rel.right++;
      if (s !== undefined && sameSpelling(G.value, sys[s].value)) part.rel.spelling++;
      if (s !== undefined && sameTime(G.value, sys[s].value)) part.rel.sameTime++;
      else if (show) {
        const fam = s === undefined ? "missed" : valueFamily(G.type, G.value, sys[s].type, sys[s].value, dct);
        const same = s !== undefined && sameTime(G.value, sys[s].value) ? ", same time" : "";
        wrongRelative.push(`${name} dct=${dct}: ${ctx(text, G.start, G.end)}  gold ${G.value}  sys ${s === undefined ? "none" : sys[s].value}  [${fam}${same}]`);
      }
    }
    if (!gUsed.has(i) && show) missed.push(`${name} dct=${dct}: ${ctx(text, G.start, G.end)}  gold ${G.type} ${G.value}`);
  });
  if (show) sys.forEach((S, j) => { if (!sUsed.has(j)) spurious.push(`${name}: ${ctx(text, S.start, S.end)}  sys ${S.type} ${S.value} (${S.rule})`); });
}

const fmt = (x: number) => x.toFixed(3);
const figures: Record<string, Record<string, number>> = { dev: {}, heldout: {} };
for (const [key, part] of [["dev", dev], ["heldout", held]] as const) {
  if (!part.docs) continue;
  console.log(`dates, ${part.name} part: ${part.docs} documents, ${part.strict.gold} gold TIMEX3, ${part.strict.sys} system`);
  for (const [label, c] of [["strict", part.strict], ["relaxed", part.relaxed], ["value", part.value], ["type", part.type]] as const) {
    const { p, r, f } = prf(c);
    figures[key][`${label}F1`] = f;
    console.log(`  ${label.padEnd(8)} P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f)}  (${c.tp} correct, ${c.sys} system, ${c.gold} gold)`);
  }
  const rr = part.rel.gold ? part.rel.right / part.rel.gold : 0;
  figures[key].relativeRight = rr;
  console.log(`  relative right ${fmt(rr)}  (${part.rel.right} of ${part.rel.gold} gold dates the annotators computed from the DCT)`);
  {
    // Not a goal figure: what the corpus's two spellings of one expression (an unnamed or ISO week,
    // a weekday with or without its part of day) cost, each spelling counted right.
    const { p, r, f } = prf(part.valueSpelling);
    const rs = part.rel.gold ? part.rel.spelling / part.rel.gold : 0;
    figures[key].valueEitherSpellingF1 = f;
    console.log(`  value, either spelling  P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f)}; relative right, either spelling ${fmt(rs)}  (WXX or ISO week; a day with or without its part of day)`);
  }
  const st = part.rel.gold ? part.rel.sameTime / part.rel.gold : 0;
  figures[key].relativeSameTime = st;
  console.log(`  relative same time ${fmt(st)}  (${part.rel.sameTime} of the ${part.rel.gold}: the value points inside the gold's time, at the gold's or a finer granularity)`);
  const yr = part.yearless.gold ? part.yearless.right / part.yearless.gold : 0;
  figures[key].yearlessRight = yr;
  console.log(`  year-less right ${fmt(yr)}  (${part.yearless.right} of ${part.yearless.gold} gold dates whose year the text does not write, whatever their anchor)`);
  console.log("  per type (gold / system / relaxed-matched gold / value-correct):");
  for (const [t, e] of [...part.perType].sort()) console.log(`    ${t.padEnd(9)} ${e.gold} / ${e.sys} / ${e.matched} / ${e.value}`);
}
console.log(`all: ${docs} documents, ${words} words`);
// a second, warm pass (compiled regexes and JIT ready) measures the steady-state speed
// (CPU time of this process as well as wall time: on a shared machine the wall clock measures the load)
const t1 = performance.now();
const c1 = process.cpuUsage();
for (const d of parsed) tagDates(d.text, d.dct);
const warmMs = performance.now() - t1;
const cpu = process.cpuUsage(c1);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
const secs = tagMs / 1000;
const warm = warmMs / 1000;
console.log(`speed: ${Math.round(words / warm)} words/s, ${Math.round(docs / warm)} docs/s (${Math.round(chars / warm / 1000)} kchar/s) warm; ${Math.round(words / cpuSecs)} words per CPU-second; first pass ${Math.round(words / secs)} words/s`);

if (args.rules) {
  console.log("per rule, dev part (system / relaxed-matched / value-correct):");
  for (const [r, e] of [...perRule].sort((x, y) => y[1].sys - x[1].sys)) console.log(`  ${r.padEnd(34)} ${e.sys} / ${e.matched} / ${e.value}`);
}

if (args.families) {
  const total = [...families.values()].reduce((n, l) => n + l.length, 0);
  console.log(`\nvalue errors by family, dev part (${total}):`);
  for (const [fam, list] of [...families].sort((x, y) => y[1].length - x[1].length)) {
    console.log(`\n--- ${fam}: ${list.length} (${Math.round((100 * list.length) / total)}%) ---`);
    for (const l of list.slice(0, errN || 12)) console.log(l);
  }
}

if (errN > 0) {
  for (const [label, list] of [["missed", missed], ["spurious", spurious], ["wrong value", wrongValue], ["wrong extent", wrongExtent], ["relative wrong", wrongRelative]] as const) {
    console.log(`\n--- ${label}, dev part (${list.length}) ---`);
    const step = errN >= list.length ? 1 : list.length / errN;
    for (let i = 0, n = 0; Math.floor(i) < list.length && n < errN; i += step, n++) console.log(list[Math.floor(i)]);
  }
}

const ceilingDev = args.ceiling === true;
const ceilingHeld = args["ceiling-held-out"] === true;
// the dev part's ceiling, built once for both flags (its conventions are those --ceiling-held-out applies to
// the held-out part); read again through devDocs, which never opens a held-out file
const devCeiling = ceilingDev || ceilingHeld ? ceilingReport(devDocs(DATA), tagDates, isDctRelative, errN > 0) : null;
if (ceilingDev && devCeiling) {
  console.log("");
  for (const l of devCeiling.lines) console.log(l);
}
if (ceilingHeld && devCeiling) {
  // the same ceiling on the held-out part, totals only (the "now", "gold wrong now", "relative dates lost" and CEILING lines; no family
  // table, no instance): it picks each family's majority convention on the held-out part itself, so it is, if
  // anything, too generous, which is the safe side for asking whether a goal is reachable there.
  // The held-out files are read and tagged once for the two reports below.
  const totals = (lines: string[]) => lines.filter((l) => /^\s*(now: +value|CEILING|gold wrong now|relative dates lost)/.test(l));
  const heldDocs = heldOutDocs(DATA);
  const heldTags = new Map<string, TimexDraft[]>();
  const tagHeldOnce = (text: string, dct: string | null) => {
    const key = `${dct ?? ""}\u0000${text}`;
    let sys = heldTags.get(key);
    if (!sys) heldTags.set(key, (sys = tagDates(text, dct)));
    return sys;
  };
  console.log("\nheld-out part, ceiling totals only, each family's majority taken on the held-out part itself (generous):");
  for (const l of totals(ceilingReport(heldDocs, tagHeldOnce, isDctRelative, false).lines)) console.log(l);
  // the honest one: a system built on the dev part writes the dev part's majority convention in each family
  // (and tags an extent word or not as the dev part does) on text it has not seen
  console.log("held-out part, ceiling totals only, with the dev part's conventions (what a system built on the dev part can reach):");
  for (const l of totals(ceilingReport(heldDocs, tagHeldOnce, isDctRelative, false, devCeiling.majorities).lines)) console.log(l);
}

if (!only && !devOnly && existsSync(BASELINE)) {
  const floors = JSON.parse(readFileSync(BASELINE, "utf8")) as Record<string, Record<string, number>>;
  const fails: [string, number, number][] = [];
  for (const [part, f] of Object.entries(floors)) {
    if (!f || typeof f !== "object") continue;
    for (const [k, v] of Object.entries(f)) {
      const got = figures[part]?.[k] ?? 0;
      if (typeof v === "number" && got < v) fails.push([`${part}.${k}`, got, v]);
    }
  }
  for (const [k, got, v] of fails) console.error(`FAIL ${k} ${fmt(got)} < floor ${fmt(v)}`);
  if (fails.length) process.exit(1);
  console.log("all figures at or above the floors in eval/baselines/dates.json");
}
