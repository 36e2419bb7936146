import { describe, expect, it } from "vitest";
import { trainOneStage, trainTwoStages } from "../eval/lib/stacking.ts";
import type { NerDoc } from "../eval/lib/ner.ts";
import { stackFeatures } from "../stages/entities/features.ts";
import { LABELS, loadModel, NUM_LABELS, type ModelJson } from "../stages/entities/model.ts";
import { tagEntitiesWith } from "../stages/entities/tagger.ts";
import { tokenize } from "../stages/entities/tokens.ts";

const label = (name: string) => LABELS.indexOf(name);
/** A hand-made stage: each feature gives one label a large weight; every token leans to O. */
function stage(features: Record<string, string>): ModelJson {
  const weights: Record<string, number[]> = { b: [label("O"), 100] };
  for (const [f, l] of Object.entries(features)) weights[f] = [label(l), 500];
  return { version: "t", labels: [...LABELS], scale: 100, trans: new Array(NUM_LABELS ** 2).fill(0), start: new Array(NUM_LABELS).fill(0), weights };
}
const texts = (text: string, json: ModelJson) => tagEntitiesWith(text, loadModel(json)).map((m) => `${m.type} ${m.text}`);

describe("two-stage document features (stackFeatures)", () => {
  const text = "Ola Brovik met the press in Delmar.\nBrovik said that Delmar was calm. Later Brovik left.";
  const tok = tokenize(text);
  const at = (w: string, nth = 0) => tok.words.reduce<number[]>((a, x, k) => (x === w ? [...a, k] : a), [])[nth];
  // The first stage found "Ola Brovik" (a person) and the first "Delmar" (a place) only.
  const spans = [
    { i: at("Ola"), j: at("Brovik") + 1, type: "PERSON" },
    { i: at("Delmar"), j: at("Delmar") + 1, type: "GPE" },
  ];
  const f = stackFeatures(tok, spans);

  it("give a word what the first stage said about the same word and name elsewhere", () => {
    // The untagged second Delmar: the other occurrence is a place, and so is the exact name.
    expect(f[at("Delmar", 1)]).toEqual(expect.arrayContaining(["Sw=PLACE", "Swu=PLACE", "Sr=PLACE"]));
    // The lone Brovik (mid-sentence) sits inside a longer person's name elsewhere.
    expect(f[at("Brovik", 2)]).toEqual(expect.arrayContaining(["Ssup=PER"]));
  });

  it("give a sentence-initial word its reading in running text", () => {
    // The second Brovik opens a sentence; mid-sentence the first stage read the word as part of a person.
    expect(f[at("Brovik", 1)]).toEqual(expect.arrayContaining(["Sm=PER"]));
    // The mid-sentence one gets no such feature, and lower-case words get none at all.
    expect(f[at("Brovik", 2)].some((x) => x.startsWith("Sm="))).toBe(false);
    expect(f[at("press")]).toEqual([]);
  });

  it("say nothing of a word met once", () => {
    expect(f[at("Later")]).toEqual([]);
  });
});

describe("two-stage tagging", () => {
  // First stage: a capitalised word after "in" is a place, nothing else is tagged. Second stage: the
  // same, plus "the same word is a place elsewhere in the document".
  const stage1 = stage({ "pw=in": "B-PLACE", "w=in": "O" });
  const text = "The talks were held in Velmor. Velmor has a port.";

  it("lets the second stage read the first stage's mentions elsewhere in the document", () => {
    expect(texts(text, stage1)).toEqual(["GPE Velmor"]);
    const two: ModelJson = { ...stage1, stage2: stage({ "pw=in": "B-PLACE", "w=in": "O", "Sw=PLACE": "B-PLACE" }), stackFrom: "model" };
    expect(texts(text, two)).toEqual(["GPE Velmor", "GPE Velmor"]);
  });

  it("adds a residual second stage's weights to the first stage's scores", () => {
    // Residual mode: the second stage holds only document features (its own "b" row is never read).
    const two: ModelJson = { ...stage1, stage2: stage({ "Sw=PLACE": "B-PLACE" }), stackFrom: "model", stackMode: "residual" };
    expect(texts(text, two)).toEqual(["GPE Velmor", "GPE Velmor"]);
    // Without the feature firing (one Velmor only), the first stage's answer stands.
    expect(texts("Ola spoke in Velmor.", two)).toEqual(["GPE Velmor"]);
  });

  it("takes the document features after the post-decoding rules when stackFrom is 'rules'", () => {
    // The first stage tags nothing; the honorific rule makes "Brovik" a person after "Mr"; only
    // the 'rules' variant lets the second stage see it for the other occurrence.
    const s2 = stage({ "Sw=PER": "B-PER" });
    const plain = stage({});
    const doc = "Mr Brovik arrived.\nThe Brovik brand sells well.";
    const fromModel = texts(doc, { ...plain, stage2: s2, stackFrom: "model" });
    const fromRules = texts(doc, { ...plain, stage2: s2, stackFrom: "rules" });
    expect(fromModel).toEqual(["PERSON Brovik"]);
    expect(fromRules.filter((m) => m === "PERSON Brovik")).toHaveLength(2);
  });
});

describe("two-stage training", () => {
  const doc = (k: number): NerDoc => {
    const name = ["Arlen Voss", "Brova Kest", "Corin Dale", "Delia Marsh", "Evan Holt", "Fara Lind"][k % 6];
    const text = `${name} spoke in Velmor today. Later ${name.split(" ")[1]} left Velmor.`;
    const s = text.indexOf("Velmor");
    const surname = name.split(" ")[1];
    const lone = text.indexOf(" " + surname + " left") + 1;
    // Every other document also labels the lone surname: a first stage cannot fit both, so it errs.
    const extra = k % 2 === 0 ? [{ start: lone, end: lone + surname.length, text: surname, type: "PERSON" }] : [];
    return {
      id: "d" + k, corpus: "re3d-dev", text,
      entities: [
        { start: 0, end: name.length, text: name, type: "PERSON" },
        { start: s, end: s + 6, text: "Velmor", type: "GPE" },
        ...extra,
      ],
    };
  };
  const docs = Array.from({ length: 8 }, (_, k) => doc(k));

  it("gives each document first-stage mentions from a model that never trained on it", () => {
    const seen: string[][] = [];
    trainTwoStages(docs, trainOneStage(docs), "model", 4, (_, train) => {
      seen.push(train.map((d) => d.id));
      return trainOneStage(train);
    });
    expect(seen).toHaveLength(4);
    seen.forEach((ids, part) => {
      const heldOut = docs.filter((_, k) => k % 4 === part).map((d) => d.id);
      for (const id of heldOut) expect(ids).not.toContain(id);
      expect(ids).toHaveLength(docs.length - heldOut.length);
    });
  });

  it("is deterministic and ships both stages", () => {
    const a = trainTwoStages(docs, trainOneStage(docs), "rules", 2);
    const b = trainTwoStages(docs, trainOneStage(docs), "rules", 2);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.stackFrom).toBe("rules");
    expect(Object.keys(a.stage2!.weights).some((f) => f.startsWith("S"))).toBe(true);
  });

  it("in residual mode keeps only the document features' weights in the second stage", () => {
    const a = trainTwoStages(docs, trainOneStage(docs), "model", 2, undefined, "residual");
    expect(a.stackMode).toBe("residual");
    const names = Object.keys(a.stage2!.weights);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((f) => /^S[a-z]+=/.test(f))).toBe(true);
    expect(JSON.stringify(trainTwoStages(docs, trainOneStage(docs), "model", 2, undefined, "residual"))).toBe(JSON.stringify(a));
  });
});
