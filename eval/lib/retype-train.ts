/**
 * Training of the span-level type classifier (stages/entities/retype.ts), for eval/train-ner.ts and
 * each fold of eval:entities (eval/lib/ner-cv.ts), from the training documents only.
 *
 * Jackknife (default, NER_RETYPE_TRAIN=jackknife): the retyper must see spans as wrong as the tagger
 * makes them on new text, so the training documents are cut into RETYPE_PARTS parts (document k in part
 * k mod RETYPE_PARTS, the same parts as the stacking jackknife, eval/lib/stacking.ts, whose first
 * stages it shares), and each part is tagged by a first stage trained on the other parts. Each span
 * the tagger proposes at the retyper's place (after decoding, after the rules…) is an example: its
 * class is the gold type of the gold name with the same tokens; a span whose edges match no gold name
 * keeps its own type (NER_RETYPE_UNMATCHED=keep) or is left out (skip).
 * Gold (NER_RETYPE_TRAIN=gold): the gold names of the training documents are the examples, without the
 * tagger's type, margin and rule among the features (no jackknife needed).
 *
 * A multiclass averaged perceptron; deterministic (the shuffle seed is NER_SEED's).
 * Switches (experiments): NER_RETYPE = off | model | rules | end (where it runs, retype.ts RetypeAt),
 * NER_RETYPE_SPANS = all | weak, NER_RETYPE_WEAK (confidence under which a span is weak, 0.9),
 * NER_RETYPE_GAP (score margin a change needs, 0), NER_RETYPE_EPOCHS (10).
 */
import { prng, shuffleInPlace } from "../../bench/corpus.ts";
import { tokenizeRecased } from "../../stages/entities/casing.ts";
import { gazetteerTags } from "../../stages/entities/lexicon.ts";
import { labelType, loadModel, type ModelJson } from "../../stages/entities/model.ts";
import { classOf, RETYPE_CLASSES, retypeDoc, retypeFeatures, selected, type RetypeAt, type RetypeJson, type RetypeSpans } from "../../stages/entities/retype.ts";
import type { TokenSpan } from "../../stages/entities/spans.ts";
import { spansBeforeRetype } from "../../stages/entities/tagger.ts";
import { SEED, weighted } from "../train-config.ts";
import { goldLabels, type NerDoc } from "./ner.ts";

const env = (name: string, dflt: string) => process.env[name] ?? dflt;
const AT = env("NER_RETYPE", "model");
if (!["off", "model", "rules", "end"].includes(AT)) throw new Error(`NER_RETYPE must be off, model, rules or end, not ${AT}`);
/** Where the retyper runs, or "off" (no retyper trained or shipped). */
export const RETYPE: RetypeAt | "off" = AT as RetypeAt | "off";
export const RETYPE_PARTS = 4;
const SPANS = env("NER_RETYPE_SPANS", "all");
if (SPANS !== "all" && SPANS !== "weak") throw new Error(`NER_RETYPE_SPANS must be all or weak, not ${SPANS}`);
const TRAIN = env("NER_RETYPE_TRAIN", "jackknife");
if (TRAIN !== "jackknife" && TRAIN !== "gold") throw new Error(`NER_RETYPE_TRAIN must be jackknife or gold, not ${TRAIN}`);
const UNMATCHED = env("NER_RETYPE_UNMATCHED", "keep");
export interface RetypeSettings {
  spans: RetypeSpans;
  weakBelow: number;
  minGap: number;
  epochs: number;
  train: "jackknife" | "gold";
  unmatched: "keep" | "skip";
  minCount: number;
  minWeight: number;
  /** The tagger's score of each type over the span among the features (retype.ts RetypeJson.scores). */
  scores: boolean;
  /** Classes never given (retype.ts RetypeJson.never). */
  never: string[];
}
export const RETYPE_SETTINGS: RetypeSettings = {
  spans: SPANS as RetypeSpans,
  weakBelow: Number(env("NER_RETYPE_WEAK", "0.9")),
  minGap: Number(env("NER_RETYPE_GAP", "1")),
  epochs: Number(env("NER_RETYPE_EPOCHS", "10")),
  train: TRAIN as "jackknife" | "gold",
  unmatched: UNMATCHED as "keep" | "skip",
  /** Features seen fewer times are left out of the exported model; smaller weights too. */
  minCount: Number(env("NER_RETYPE_MIN_COUNT", "2")),
  minWeight: 0.01,
  scores: env("NER_RETYPE_SCORES", "1") === "1",
  never: env("NER_RETYPE_NEVER", "PER").split(",").filter(Boolean),
};

interface Example {
  feats: string[];
  gold: number;
}

/** Gold names of a document as token ranges "i,j" → retyper class (the BIO labels the tagger is trained on). */
function goldSpans(doc: NerDoc, tok: ReturnType<typeof tokenizeRecased>): Map<string, number> {
  const labels = goldLabels(doc, tok);
  const out = new Map<string, number>();
  for (let i = 0; i < labels.length; ) {
    const t = labelType(labels[i]);
    if (t === null) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < labels.length && labels[j] === labels[i] + (labels[i] % 2 === 1 ? 1 : 0)) j++;
    out.set(`${i},${j}`, RETYPE_CLASSES.indexOf(t));
    i = j;
  }
  return out;
}

/** The examples of one document tagged by `model` (a first stage that never saw it). */
function jackknifeExamples(doc: NerDoc, model: ReturnType<typeof loadModel>, at: RetypeAt, settings: RetypeSettings): Example[] {
  const { tok, gaz, spans, e } = spansBeforeRetype(doc.text, model, at);
  const gold = goldSpans(doc, tok);
  const d = retypeDoc(tok, spans);
  const out: Example[] = [];
  for (const s of spans) {
    if (!selected(settings, s)) continue;
    const g = gold.get(`${s.i},${s.j}`);
    if (g === undefined && settings.unmatched === "skip") continue;
    out.push({ feats: retypeFeatures(tok, gaz, s, d, true, settings.scores ? e : undefined), gold: g ?? classOf(s.type) });
  }
  return out;
}

/** The examples of one document from its gold names (no tagger features). */
function goldExamples(doc: NerDoc): Example[] {
  const tok = tokenizeRecased(doc.text);
  const gaz = gazetteerTags(tok.words);
  const spans: TokenSpan[] = [];
  for (const [key, c] of goldSpans(doc, tok)) {
    const [i, j] = key.split(",").map(Number);
    spans.push({ i, j, type: (["PERSON", "ORG", "GPE", "NORP", "MISC"] as const)[c], confidence: 1, rule: "gold" });
  }
  const d = retypeDoc(tok, spans);
  return spans.map((s) => ({ feats: retypeFeatures(tok, gaz, s, d, false), gold: classOf(s.type) }));
}

/**
 * The retyper of a model trained on `docs`, placed `at`. `jackknife(part, train)` gives the first
 * stage trained on `train` (every part but `part`); callers may cache it.
 */
export function trainRetyper(
  docs: readonly NerDoc[],
  at: RetypeAt,
  jackknife: (part: number, train: NerDoc[]) => ModelJson,
  settings: RetypeSettings = RETYPE_SETTINGS,
): RetypeJson {
  const byDoc = new Map<NerDoc, Example[]>();
  if (settings.train === "gold") for (const d of docs) byDoc.set(d, goldExamples(d));
  else {
    for (let part = 0; part < RETYPE_PARTS; part++) {
      const model = loadModel(jackknife(part, docs.filter((_, k) => k % RETYPE_PARTS !== part)));
      docs.forEach((d, k) => {
        if (k % RETYPE_PARTS === part) byDoc.set(d, jackknifeExamples(d, model, at, settings));
      });
    }
  }
  // In the documents' order, each repeated by its corpus weight as the tagger's training does.
  const examples = weighted(docs.map((d) => ({ doc: d, ex: byDoc.get(d)! }))).flatMap((x) => x.ex);
  return { ...perceptron(examples, settings), at, spans: settings.spans, weakBelow: settings.weakBelow, minGap: settings.minGap, tagger: settings.train === "jackknife", scores: settings.scores && settings.train === "jackknife", never: settings.never };
}

/** A multiclass averaged perceptron over the examples, exported sparse and pruned. */
function perceptron(examples: Example[], settings: RetypeSettings): Pick<RetypeJson, "version" | "classes" | "scale" | "weights"> {
  const K = RETYPE_CLASSES.length;
  const index = new Map<string, number>();
  const ids = examples.map((e) => Int32Array.from(e.feats, (f) => {
    let k = index.get(f);
    if (k === undefined) index.set(f, (k = index.size));
    return k;
  }));
  const F = index.size;
  const w = new Float64Array(F * K);
  const u = new Float64Array(F * K);
  const counts = new Int32Array(F);
  for (const fs of ids) for (const f of fs) counts[f]++;
  const rand = prng(SEED);
  const order = examples.map((_, k) => k);
  const sc = new Float64Array(K);
  let c = 1;
  for (let ep = 0; ep < settings.epochs; ep++) {
    shuffleInPlace(order, rand);
    for (const x of order) {
      const fs = ids[x];
      const g = examples[x].gold;
      sc.fill(0);
      for (const f of fs) for (let k = 0; k < K; k++) sc[k] += w[f * K + k];
      let p = 0;
      for (let k = 1; k < K; k++) if (sc[k] > sc[p]) p = k;
      if (p !== g) {
        for (const f of fs) {
          w[f * K + g] += 1;
          u[f * K + g] += c;
          w[f * K + p] -= 1;
          u[f * K + p] -= c;
        }
      }
      c++;
    }
  }
  const scale = 1000;
  const weights: Record<string, number[]> = {};
  for (const [name, f] of index) {
    if (counts[f] < settings.minCount) continue;
    const row: number[] = [];
    for (let k = 0; k < K; k++) {
      const v = w[f * K + k] - u[f * K + k] / c;
      if (Math.abs(v) >= settings.minWeight) row.push(k, Math.round(v * scale));
    }
    if (row.length > 0) weights[name] = row;
  }
  return { version: "1", classes: [...RETYPE_CLASSES], scale, weights };
}
