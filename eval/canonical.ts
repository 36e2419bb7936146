/**
 * npm run eval:canonical [-- --errors N] [--json]
 *
 * Canonical-entity merging (corpus/canonical.ts, rules in stages/entities/canonical/*) measured on
 * GUM's gold identities, apart from tagging: the GOLD name mentions of each GUM document (text, type,
 * offsets) go through the real code exactly as the pipeline calls it (`EntityIndex.add` with
 * `declaredAliasPairs` of the document's text, then `resolve()` and `entityFor` per mention).
 *
 * Gold identity of a mention: GUM's Wikipedia identity (`wiki`) when it has one, clustered across
 * documents; otherwise its coreference chain inside its document (`gum_eid`), within-document only.
 * Types: PERSON, ORG, GPE, LOC, NORP (our types; GUM's FAC, EVENT and MISC names are left out). The
 * code never merges two types, so gold clusters are split by type (GUM gives "North Korea" the
 * country and "North Korea" the team one identity): the number of gold pairs that cross types is
 * printed and left out of every figure. A mention left ambiguous (entity_id null) is a cluster of its own.
 *
 * Figures, per type and in total:
 *  - within-document: pairwise P/R/F1 over pairs of mentions of one document; B-cubed with each
 *    mention's predicted and gold clusters cut to its own document;
 *  - cross-document: pairwise P/R/F1 over pairs of mentions of two different documents; B-cubed with
 *    each mention's clusters cut to the mention itself plus the mentions of OTHER documents (so only
 *    links across documents are judged).
 * Sets: GUM train+dev (one corpus of 148 documents: its errors may be read, `--errors N` prints the N
 * most frequent false merges and missed merges of each kind) and GUM test (20 documents, held out:
 * totals only, its errors are never printed). Each set is its own corpus (its own index).
 *
 * Exits 1 when a figure falls below its floor in eval/baselines/canonical.json (edited by hand).
 * Not part of `npm test` (reads ../shared/data).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EntityIndex, type MentionKey } from "../corpus/canonical.ts";
import { declaredAliasPairs } from "../stages/entities/canonical/declared-aliases.ts";
import type { EntityType } from "../schemas/records.ts";
import { f1 } from "./lib/f1.ts";
import { checkFloors } from "./lib/floors.ts";
import { EVAL_OPTIONS, readArgs } from "./lib/args.ts";

const { values: args } = readArgs("npm run eval:canonical --", { usage: "[--errors N] [--json]", options: { ...EVAL_OPTIONS, errors: { type: "string" } } });

const here = dirname(fileURLToPath(import.meta.url));
const gumDir = resolve(process.env.BROADSHEET_DATA ?? join(here, "../../shared/data"), "ner-dev/gum");
if (!existsSync(join(gumDir, "gum-train.jsonl"))) {
  console.error(`GUM not found at ${gumDir}`);
  process.exit(2);
}
const errorsN = Number(args.errors ?? 0);

const TYPES: readonly EntityType[] = ["PERSON", "ORG", "GPE", "LOC", "NORP"];

interface GumEntity { start: number; end: number; text: string; type: string; wiki: string | null; gum_eid: string }
interface GumDoc { id: string; text: string; entities: GumEntity[] }

interface Scored {
  doc: string;
  text: string;
  type: EntityType;
  /** Gold identity: "W\t" + wiki id, or "D\t" + document + "\t" + chain id. */
  gold: string;
  /** Predicted identity: the entity id, or a key of its own when unmerged (ambiguous / no entity). */
  pred: string;
}

function loadDocs(split: string): GumDoc[] {
  return readFileSync(join(gumDir, `gum-${split}.jsonl`), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as GumDoc);
}

/** The gold mentions of a set through the canonical code, as the pipeline calls it. */
function run(docs: readonly GumDoc[]): { mentions: Scored[]; ambiguous: number; unresolved: number } {
  const isType = (t: string): t is EntityType => (TYPES as readonly string[]).includes(t);
  const per = docs.map((d) => ({ d, ents: d.entities.filter((e) => isType(e.type)).sort((a, b) => a.start - b.start) }));
  const index = new EntityIndex();
  for (const { d, ents } of per) {
    const mentions: MentionKey[] = ents.map((e) => ({ text: e.text, type: e.type as EntityType }));
    // GUM's offsets are UTF-16 code units, as declaredAliasPairs expects.
    const placed = ents.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type as EntityType }));
    index.add(d.id, mentions, declaredAliasPairs(d.text, placed));
  }
  const { entityFor } = index.resolve();
  const mentions: Scored[] = [];
  let ambiguous = 0;
  let unresolved = 0;
  for (const { d, ents } of per) {
    for (const e of ents) {
      const r = entityFor(d.id, { text: e.text, type: e.type as EntityType });
      if (r.ambiguous) ambiguous++;
      else if (r.entityId === null) unresolved++;
      const pred = r.entityId ?? `own\t${mentions.length}`;
      const gold = e.wiki ? `W\t${e.wiki}` : `D\t${d.id}\t${e.gum_eid}`;
      mentions.push({ doc: d.id, text: e.text, type: e.type as EntityType, gold, pred });
    }
  }
  return { mentions, ambiguous, unresolved };
}

interface Prf { p: number; r: number; f1: number }
const prf = (p: number, r: number): Prf => ({ p, r, f1: f1(p, r) });
const pairs = (n: number) => (n * (n - 1)) / 2;

/** Counts of mentions per key. */
function tally(ms: readonly Scored[], key: (m: Scored) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of ms) out.set(key(m), (out.get(key(m)) ?? 0) + 1);
  return out;
}

interface Figures { withinPairs: Prf; crossPairs: Prf; withinB3: Prf; crossB3: Prf; goldCross: number; goldWithin: number }

/** Pairwise and B-cubed figures of a set of mentions (gold clusters split by type). */
function score(ms: readonly Scored[]): Figures {
  const g = (m: Scored) => `${m.type}\t${m.gold}`;
  const p = (m: Scored) => `${m.type}\t${m.pred}`;
  const cell = (m: Scored) => `${g(m)}\u0001${p(m)}`;
  const inDoc = (k: (m: Scored) => string) => (m: Scored) => `${m.doc}\u0002${k(m)}`;
  const G = tally(ms, g), P = tally(ms, p), C = tally(ms, cell);
  const Gd = tally(ms, inDoc(g)), Pd = tally(ms, inDoc(p)), Cd = tally(ms, inDoc(cell));
  const sumPairs = (t: Map<string, number>) => [...t.values()].reduce((a, n) => a + pairs(n), 0);
  const [gAll, pAll, cAll] = [sumPairs(G), sumPairs(P), sumPairs(C)];
  const [gIn, pIn, cIn] = [sumPairs(Gd), sumPairs(Pd), sumPairs(Cd)];
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 1);
  const withinPairs = prf(ratio(cIn, pIn), ratio(cIn, gIn));
  const crossPairs = prf(ratio(cAll - cIn, pAll - pIn), ratio(cAll - cIn, gAll - gIn));
  let wp = 0, wr = 0, xp = 0, xr = 0;
  for (const m of ms) {
    const [gd, pd, cd] = [Gd.get(inDoc(g)(m))!, Pd.get(inDoc(p)(m))!, Cd.get(inDoc(cell)(m))!];
    wp += cd / pd;
    wr += cd / gd;
    // Itself plus the other documents' mentions of its clusters.
    const [gx, px, cx] = [G.get(g(m))! - gd + 1, P.get(p(m))! - pd + 1, C.get(cell(m))! - cd + 1];
    xp += cx / px;
    xr += cx / gx;
  }
  const n = Math.max(ms.length, 1);
  return { withinPairs, crossPairs, withinB3: prf(wp / n, wr / n), crossB3: prf(xp / n, xr / n), goldCross: gAll - gIn, goldWithin: gIn };
}

/** Gold pairs whose two mentions have different types (left out of the figures). */
function crossTypeGoldPairs(ms: readonly Scored[]): number {
  const byGold = tally(ms, (m) => m.gold);
  const byGoldType = tally(ms, (m) => `${m.type}\t${m.gold}`);
  return [...byGold.values()].reduce((a, n) => a + pairs(n), 0) - [...byGoldType.values()].reduce((a, n) => a + pairs(n), 0);
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const fmt = (f: Prf) => `${pct(f.p)} ${pct(f.r)} ${pct(f.f1)}`;

function report(name: string, ms: readonly Scored[], perType: boolean, out: Record<string, number>): void {
  console.log(`\n${name}: ${ms.length} mentions, ${crossTypeGoldPairs(ms)} gold pairs across types left out`);
  console.log(`${"".padEnd(8)} ${"within: pairs P    R    F1".padEnd(28)} ${"B3 P    R    F1".padEnd(19)}   ${"cross: pairs P    R    F1".padEnd(27)} ${"B3 P    R    F1".padEnd(19)} gold pairs in/x`);
  const rows: [string, Scored[]][] = [["total", [...ms]]];
  if (perType) for (const t of TYPES) rows.push([t, ms.filter((m) => m.type === t)]);
  for (const [label, sub] of rows) {
    if (sub.length === 0) continue;
    const f = score(sub);
    console.log(`${label.padEnd(8)} ${fmt(f.withinPairs).padStart(28)} ${fmt(f.withinB3).padStart(19)}   ${fmt(f.crossPairs).padStart(27)} ${fmt(f.crossB3).padStart(19)} ${f.goldWithin}/${f.goldCross}`);
    const k = label === "total" ? name : `${name}.${label}`;
    out[`${k}.within.pairF1`] = f.withinPairs.f1;
    out[`${k}.within.b3F1`] = f.withinB3.f1;
    out[`${k}.cross.pairF1`] = f.crossPairs.f1;
    out[`${k}.cross.b3F1`] = f.crossB3.f1;
  }
}

/**
 * False merges (one predicted entity holding several gold identities) and missed merges (one gold
 * identity split over several predicted entities), by surface pair, most pairs first.
 */
function printErrors(ms: readonly Scored[], n: number): void {
  const groups = (key: (m: Scored) => string) => {
    const out = new Map<string, Scored[]>();
    for (const m of ms) {
      const k = key(m);
      const list = out.get(k);
      if (list) list.push(m);
      else out.set(k, [m]);
    }
    return out;
  };
  /** Inside each outer group, pairs of mentions falling in different inner groups, counted by surfaces. */
  const split = (outer: (m: Scored) => string, inner: (m: Scored) => string) => {
    const within = new Map<string, number>();
    const cross = new Map<string, number>();
    for (const list of groups(outer).values()) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const [a, b] = [list[i]!, list[j]!];
          if (inner(a) === inner(b)) continue;
          const [x, y] = [`${a.text}`, `${b.text}`].sort();
          const [u, v] = [inner(a), inner(b)].map(shown).sort();
          const label = `${a.type} ${x} ~ ${y}  [${u} / ${v}]`;
          const t = a.doc === b.doc ? within : cross;
          t.set(label, (t.get(label) ?? 0) + 1);
        }
      }
    }
    return { within, cross };
  };
  /** A group's id as printed: a predicted mention left on its own shows as "(own)". */
  const shown = (k: string) => (k.includes("\town\t") ? "(own)" : k.split("\t").pop()!);
  const show = (title: string, t: Map<string, number>) => {
    console.log(`\n${title}: ${[...t.values()].reduce((a, b) => a + b, 0)} pairs`);
    for (const [label, c] of [...t].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n)) console.log(`  ${String(c).padStart(4)}  ${label}`);
  };
  const typed = (k: (m: Scored) => string) => (m: Scored) => `${m.type}\t${k(m)}`;
  const fm = split(typed((m) => m.pred), typed((m) => m.gold));
  const mm = split(typed((m) => m.gold), typed((m) => m.pred));
  show("false merges within documents (train+dev)", fm.within);
  show("false merges across documents (train+dev)", fm.cross);
  show("missed merges within documents (train+dev)", mm.within);
  show("missed merges across documents (train+dev)", mm.cross);
}

const figures: Record<string, number> = {};
const t0 = performance.now();
const dev = run([...loadDocs("train"), ...loadDocs("dev")]);
const test = run(loadDocs("test"));
report("gum-train+dev", dev.mentions, true, figures);
console.log(`ambiguous (entity_id null): ${dev.ambiguous}; no entity: ${dev.unresolved}`);
report("gum-test", test.mentions, false, figures);
console.log(`ambiguous (entity_id null): ${test.ambiguous}; no entity: ${test.unresolved}`);
figures["gum-train+dev.ambiguous"] = dev.ambiguous;
figures["gum-test.ambiguous"] = test.ambiguous;
console.log(`\n${((performance.now() - t0) / 1000).toFixed(1)} s`);
if (errorsN > 0) printErrors(dev.mentions, errorsN);

checkFloors(figures, join(here, "baselines/canonical.json"), args.json);
