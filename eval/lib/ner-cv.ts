/**
 * The cross-validation set-up shared by eval/entities.ts and eval/ner-errors.ts:
 * which corpora are scored, which only train, which are held out, the scoring
 * views of the data README, and the fold models.
 *
 * - FOLDED corpora are split into FOLDS folds by document (document k → fold
 *   k mod FOLDS); fold k is tagged by a model trained on the other folds plus
 *   the TRAIN_ONLY corpora.
 * - HELD_OUT corpora (GUM dev and test) are never in any training of the
 *   evaluation: each document is tagged by the fold model of its position
 *   (all of them are equally unseen). GUM dev is the dev figure; GUM test is
 *   the held-out check (not read while writing rules).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { sha256 } from "../../runtime/sha256.ts";
import { loadModel, type LinearChainModel, type ModelJson } from "../../stages/entities/model.ts";
import { trainable, trainingCopy } from "../train-config.ts";
import { loadCorpus, type CorpusName, type NerDoc } from "./ner.ts";
import { RETYPE, RETYPE_PARTS, RETYPE_SETTINGS, trainRetyper } from "./retype-train.ts";
import { STACK, STACK_FOLDS, trainOneStage, trainTwoStages } from "./stacking.ts";

export const FOLDS = 5;
export const FOLDED: CorpusName[] = ["re3d-dev", "uner-en-pud", "crossner-test", "wikigold"];
export const TRAIN_ONLY: CorpusName[] = ["crossner-train", "crossner-dev", "uner-ewt-dev", "uner-ewt-test", "gum-train"];
export const HELD_OUT: CorpusName[] = ["gum-dev", "gum-test"];

export interface View {
  name: string;
  corpus: CorpusName;
  types: Set<string>;
  map: (t: string) => string;
  /** Also scores these corpora (GUM dev and test together). */
  alsoCorpus?: CorpusName;
  /** Only documents of these GUM genres. */
  genres?: Set<string>;
}

/** Does document `d` belong to view `v`? */
export const inView = (v: View, d: NerDoc) =>
  (v.corpus === d.corpus || v.alsoCorpus === d.corpus) && (v.genres === undefined || v.genres.has(d.genre ?? ""));
const id = (t: string) => t;
export const toPlace = (t: string) => (t === "GPE" || t === "LOC" ? "PLACE" : t);
const P_O_PL = () => new Set(["PERSON", "ORG", "PLACE"]);
export const VIEWS: View[] = [
  { name: "re3d-dev", corpus: "re3d-dev", types: new Set(["PERSON", "ORG", "GPE", "LOC", "NORP"]), map: id },
  { name: "re3d-dev/place", corpus: "re3d-dev", types: new Set(["PERSON", "ORG", "PLACE", "NORP"]), map: toPlace },
  { name: "crossner-politics-test", corpus: "crossner-test", types: P_O_PL(), map: toPlace },
  { name: "uner-en-pud", corpus: "uner-en-pud", types: P_O_PL(), map: toPlace },
  { name: "wikigold", corpus: "wikigold", types: P_O_PL(), map: toPlace },
  { name: "gum-dev", corpus: "gum-dev", types: new Set(["PERSON", "ORG", "GPE", "LOC"]), map: id },
  { name: "gum-dev/place", corpus: "gum-dev", types: P_O_PL(), map: toPlace },
  { name: "gum-test", corpus: "gum-test", types: new Set(["PERSON", "ORG", "GPE", "LOC"]), map: id },
  { name: "gum-test/place", corpus: "gum-test", types: P_O_PL(), map: toPlace },
  // Wikinews news and interviews of GUM dev and test (8 documents): the closest to general news here.
  { name: "gum-news(dev+test)", corpus: "gum-dev", alsoCorpus: "gum-test", genres: new Set(["news", "interview"]), types: new Set(["PERSON", "ORG", "GPE", "LOC"]), map: id },
];

export interface ScoredDoc {
  d: NerDoc;
  fold: number;
}

export function loadCv(): { scored: ScoredDoc[]; trainOnly: NerDoc[] } {
  const scored = [...FOLDED, ...HELD_OUT].flatMap((c) => loadCorpus(c).map((d, k) => ({ d, fold: k % FOLDS })));
  return { scored, trainOnly: TRAIN_ONLY.flatMap((c) => loadCorpus(c)) };
}

/**
 * "even" or "odd": the parity of each scored document's index within its corpus. Rules are
 * written from the errors of the even half only (eval/ner-errors.ts --half even) and the odd
 * half is reported apart (eval/entities.ts --halves) as the figure on documents never read.
 */
export function docHalves(scored: ScoredDoc[]): Map<NerDoc, "even" | "odd"> {
  const seen = new Map<string, number>();
  const out = new Map<NerDoc, "even" | "odd">();
  for (const { d } of scored) {
    const k = seen.get(d.corpus) ?? 0;
    seen.set(d.corpus, k + 1);
    out.set(d, k % 2 === 0 ? "even" : "odd");
  }
  return out;
}

/**
 * The model of one fold: trained on the other folds of FOLDED and on TRAIN_ONLY (never on HELD_OUT).
 * With NER_STACK (eval/lib/stacking.ts) a second stage is trained too, and unless NER_RETYPE=off the
 * span-level type classifier (eval/lib/retype-train.ts), their jackknifes inside this fold's training
 * documents only. `cached(name, make)` may keep the first stage and the jackknife's
 * models (names "stage1" and "jk<parts>-<part>").
 */
export function trainFold(
  scored: ScoredDoc[],
  trainOnly: NerDoc[],
  fold: number,
  cached: (name: string, make: () => ModelJson) => ModelJson = (_, make) => make(),
): ModelJson {
  const trainRaw = [...scored.filter((x) => x.fold !== fold && FOLDED.includes(x.d.corpus)).map((x) => x.d), ...trainOnly].filter(trainable).map(trainingCopy);
  // Vocabulary, features and weights come from the training documents only.
  const stage1 = cached("stage1", () => trainOneStage(trainRaw));
  const model = STACK === "" ? stage1 : trainTwoStages(trainRaw, stage1, STACK, STACK_FOLDS, (part, train) => cached(`jk${STACK_FOLDS}-${part}`, () => trainOneStage(train)));
  if (RETYPE === "off") return model;
  // The retyper (eval/lib/retype-train.ts) is trained inside this fold's training documents only, on the
  // spans of jackknifed first stages (with NER_STACK too: it then re-scores the second stage's spans).
  return { ...model, retype: trainRetyper(trainRaw, RETYPE, (part, train) => cached(`jk${RETYPE_PARTS}-${part}`, () => trainOneStage(train))) };
}

/** A cache folder for one set of training settings (the NER_* switches but `ignore`). */
function settingsDir(ignore: (name: string) => boolean): string {
  const settings = Object.entries(process.env).filter(([k]) => k.startsWith("NER_") && k !== "NER_FOLD_CACHE" && !ignore(k)).sort(([a], [b]) => (a < b ? -1 : 1));
  return `${process.env.NER_FOLD_CACHE ?? "/tmp/ner-folds-" + process.getuid?.()}/${sha256(JSON.stringify(settings)).slice(0, 12)}`;
}

/**
 * Fold models, from /tmp/ner-folds when `cache` is set and they exist (for rule-only changes). Each set of
 * training settings (the NER_* switches of train-config.ts: seed, weights, epochs, word classes…) has a folder
 * of its own, so an experiment's fold models are never read back as the default ones. A two-stage
 * experiment's first stages and jackknife models sit in the folder of the settings without the NER_STACK
 * switches (the first stage is then the one-stage model of the same settings).
 */
export function foldModels(scored: ScoredDoc[], trainOnly: NerDoc[], cache: boolean): LinearChainModel[] {
  const dir = settingsDir(() => false);
  const stage1Dir = settingsDir((k) => k.startsWith("NER_STACK") || k.startsWith("NER_RETYPE"));
  if (cache) mkdirSync(dir, { recursive: true });
  if (cache) mkdirSync(stage1Dir, { recursive: true });
  const out: LinearChainModel[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    // With a retyper the fold model is not the first stage, which may be cached in the same folder (the
    // retyper's settings are defaults, not NER_* switches): its file is named by the retyper's settings.
    const retyped = RETYPE === "off" ? "" : `-retype-${sha256(JSON.stringify({ RETYPE, ...RETYPE_SETTINGS })).slice(0, 8)}`;
    const path = `${dir}/fold${fold}${retyped}.json`;
    let json: ModelJson;
    if (cache && existsSync(path)) json = JSON.parse(readFileSync(path, "utf8")) as ModelJson;
    else {
      const cached = (name: string, make: () => ModelJson): ModelJson => {
        if (!cache) return make();
        const p = name === "stage1" ? `${stage1Dir}/fold${fold}.json` : `${stage1Dir}/fold${fold}-${name}.json`;
        if (existsSync(p)) return JSON.parse(readFileSync(p, "utf8")) as ModelJson;
        const m = make();
        writeFileSync(p, JSON.stringify(m));
        return m;
      };
      json = trainFold(scored, trainOnly, fold, cached);
      if (cache && !existsSync(path)) writeFileSync(path, JSON.stringify(json));
    }
    out.push(loadModel(json));
  }
  return out;
}
