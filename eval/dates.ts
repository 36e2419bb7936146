/**
 * `npm run eval:dates`: score the dates stage on the TempEval-3 training corpus
 * (TimeBank + AQUAINT, TBAQ-cleaned) used as a development set.
 *
 * Scoring follows the TempEval-3 scorer:
 *  - strict extent: system span identical to a gold span;
 *  - relaxed extent: spans overlap, matched one to one (greedy, best overlap first);
 *  - attributes (value, type): over relaxed matches, P = correct / system count,
 *    R = correct / gold count.
 *
 * Flags: `--errors N` prints N sample errors of each kind; `--only NAME`
 * restricts to files whose name contains NAME; `--rules` prints per-rule counts. Exits 1 when a figure drops
 * below the floors in eval/baselines/dates.json.
 *
 * The corpus is research-only: it is read from ../shared/data at run time and
 * nothing of it is copied into the repository.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseTimeML, type GoldTimex } from "./lib/timeml.ts";
import { tagDates } from "../stages/dates/tag.ts";
import type { TimexDraft } from "../stages/types.ts";

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, "..", "..", "shared", "data", "timeml-train");
const BASELINE = join(here, "baselines", "dates.json");

const args = process.argv.slice(2);
const errN = args.includes("--errors") ? Number(args[args.indexOf("--errors") + 1] ?? 20) : 0;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;

interface Counts { tp: number; sys: number; gold: number }
const prf = (c: Counts) => {
  const p = c.sys ? c.tp / c.sys : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

const strict: Counts = { tp: 0, sys: 0, gold: 0 };
const relaxed: Counts = { tp: 0, sys: 0, gold: 0 };
const valueC: Counts = { tp: 0, sys: 0, gold: 0 };
const typeC: Counts = { tp: 0, sys: 0, gold: 0 };
const perType = new Map<string, { gold: number; sys: number; matched: number; value: number }>();
const perRule = new Map<string, { sys: number; matched: number; value: number }>();
const ruleBump = (r: string, k: "sys" | "matched" | "value") => {
  const e = perRule.get(r) ?? { sys: 0, matched: 0, value: 0 };
  e[k]++;
  perRule.set(r, e);
};
const missed: string[] = [];
const spurious: string[] = [];
const wrongValue: string[] = [];
const wrongExtent: string[] = [];
let words = 0;
let chars = 0;
let tagMs = 0;
let docs = 0;
const parsed: { text: string; dct: string | null }[] = [];

const bump = (t: string, k: "gold" | "sys" | "matched" | "value") => {
  const e = perType.get(t) ?? { gold: 0, sys: 0, matched: 0, value: 0 };
  e[k]++;
  perType.set(t, e);
};
const ctx = (text: string, s: number, e: number) =>
  (text.slice(Math.max(0, s - 50), s) + "[" + text.slice(s, e) + "]" + text.slice(e, e + 30)).replace(/\s+/g, " ");

for (const sub of ["TimeBank", "AQUAINT"]) {
  const dir = join(DATA, sub);
  if (!existsSync(dir)) {
    console.error(`missing ${dir}: the evaluation needs ../shared/data/timeml-train`);
    process.exit(2);
  }
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".tml")).sort()) {
    if (only && !name.includes(only)) continue;
    const doc = parseTimeML(readFileSync(join(dir, name), "utf8"));
    parsed.push(doc);
    docs++;
    words += doc.text.split(/\s+/).filter(Boolean).length;
    chars += doc.text.length;
    const t0 = performance.now();
    const sys = tagDates(doc.text, doc.dct);
    tagMs += performance.now() - t0;
    score(name, doc.text, doc.dct, doc.timexes, sys);
  }
}

function score(name: string, text: string, dct: string | null, gold: GoldTimex[], sys: TimexDraft[]) {
  strict.sys += sys.length; strict.gold += gold.length;
  relaxed.sys += sys.length; relaxed.gold += gold.length;
  valueC.sys += sys.length; valueC.gold += gold.length;
  typeC.sys += sys.length; typeC.gold += gold.length;
  for (const g of gold) bump(g.type, "gold");
  for (const s of sys) { bump(s.type, "sys"); ruleBump(s.rule, "sys"); }
  // candidate pairs by overlap, best overlap first: a one-to-one matching
  const pairs: { g: number; s: number; ov: number }[] = [];
  for (let i = 0; i < gold.length; i++) {
    for (let j = 0; j < sys.length; j++) {
      const ov = Math.min(gold[i].end, sys[j].end) - Math.max(gold[i].start, sys[j].start);
      if (ov > 0) pairs.push({ g: i, s: j, ov });
    }
  }
  pairs.sort((a, b) => b.ov - a.ov);
  const gUsed = new Set<number>();
  const sUsed = new Set<number>();
  for (const { g, s } of pairs) {
    if (gUsed.has(g) || sUsed.has(s)) continue;
    gUsed.add(g); sUsed.add(s);
    const G = gold[g], S = sys[s];
    relaxed.tp++;
    ruleBump(S.rule, "matched");
    bump(G.type, "matched");
    if (G.start === S.start && G.end === S.end) strict.tp++;
    else wrongExtent.push(`${name}: gold "${G.text}" sys "${S.text}"`);
    if (G.value === S.value) { valueC.tp++; bump(G.type, "value"); ruleBump(S.rule, "value"); }
    else wrongValue.push(`${name} dct=${dct}: ${ctx(text, G.start, G.end)}  gold ${G.type} ${G.value}${G.mod ? " " + G.mod : ""}  sys ${S.type} ${S.value}${S.mod ? " " + S.mod : ""} (${S.rule})`);
    if (G.type === S.type) typeC.tp++;
  }
  gold.forEach((G, i) => { if (!gUsed.has(i)) missed.push(`${name} dct=${dct}: ${ctx(text, G.start, G.end)}  gold ${G.type} ${G.value}`); });
  sys.forEach((S, j) => { if (!sUsed.has(j)) spurious.push(`${name}: ${ctx(text, S.start, S.end)}  sys ${S.type} ${S.value} (${S.rule})`); });
}

const fmt = (x: number) => x.toFixed(3);
const figures: Record<string, number> = {};
console.log(`dates: ${docs} documents, ${words} words, ${strict.gold} gold TIMEX3, ${strict.sys} system`);
for (const [label, c] of [["strict", strict], ["relaxed", relaxed], ["value", valueC], ["type", typeC]] as const) {
  const { p, r, f } = prf(c);
  figures[`${label}F1`] = f;
  console.log(`${label.padEnd(8)} P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f)}  (${c.tp} correct, ${c.sys} system, ${c.gold} gold)`);
}
console.log("per type (gold / system / relaxed-matched gold / value-correct):");
for (const [t, e] of [...perType].sort()) console.log(`  ${t.padEnd(9)} ${e.gold} / ${e.sys} / ${e.matched} / ${e.value}`);
// a second, warm pass (compiled regexes and JIT ready) measures the steady-state speed
const t1 = performance.now();
for (const d of parsed) tagDates(d.text, d.dct);
const warmMs = performance.now() - t1;
const secs = tagMs / 1000;
const warm = warmMs / 1000;
console.log(`speed: ${Math.round(words / warm)} words/s, ${Math.round(docs / warm)} docs/s (${Math.round(chars / warm / 1000)} kchar/s) warm; first pass ${Math.round(words / secs)} words/s`);

if (args.includes("--rules")) {
  console.log("per rule (system / relaxed-matched / value-correct):");
  for (const [r, e] of [...perRule].sort((x, y) => y[1].sys - x[1].sys)) console.log(`  ${r.padEnd(34)} ${e.sys} / ${e.matched} / ${e.value}`);
}

if (errN > 0) {
  for (const [label, list] of [["missed", missed], ["spurious", spurious], ["wrong value", wrongValue], ["wrong extent", wrongExtent]] as const) {
    console.log(`\n--- ${label} (${list.length}) ---`);
    const step = Math.max(1, Math.floor(list.length / errN));
    for (let i = 0, n = 0; i < list.length && n < errN; i += step, n++) console.log(list[i]);
  }
}

if (!only && existsSync(BASELINE)) {
  const floors = JSON.parse(readFileSync(BASELINE, "utf8")) as Record<string, number>;
  const fails = Object.entries(floors).filter(([k, v]) => typeof v === "number" && (figures[k] ?? 0) < v);
  for (const [k, v] of fails) console.error(`FAIL ${k} ${fmt(figures[k] ?? 0)} < floor ${fmt(v)}`);
  if (fails.length) process.exit(1);
  console.log("all figures at or above the floors in eval/baselines/dates.json");
}
