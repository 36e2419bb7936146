import { describe, expect, it } from "vitest";
import { exchangeClusters } from "../eval/lib/clusters.ts";
import { emissions, LABELS, loadModel, NUM_LABELS, type ModelJson } from "../stages/entities/model.ts";
import { documentFeatures, featureContext, wordClass } from "../stages/entities/features.ts";
import { tagEntitiesWith } from "../stages/entities/tagger.ts";
import { documentEmissions } from "../stages/entities/emissions.ts";
import { tokenize } from "../stages/entities/tokens.ts";

// Invented text: towns come after "in"/"to" and before "is"; people after "Mr"/"Ms" and before "said".
const TOWNS = ["Arlen", "Brovik", "Corsa", "Delmar", "Estra", "Fenwick"];
const PEOPLE = ["Halloway", "Ibsworth", "Jarnak", "Kestrel", "Lindqvist", "Morrow"];
function corpus(): string[][] {
  const out: string[][] = [];
  for (let r = 0; r < 4; r++) {
    for (let k = 0; k < TOWNS.length; k++) {
      const t = TOWNS[(k + r) % TOWNS.length];
      const p = PEOPLE[(k + 2 * r) % PEOPLE.length];
      out.push(["we", "live", "in", t, "now", "."]);
      out.push(["they", "flew", "to", t, "today", "."]);
      out.push([t, "is", "a", "small", "town", "."]);
      out.push(["Mr", p, "said", "no", "."]);
      out.push(["Ms", p, "said", "that", "the", "town", "is", "small", "."]);
      out.push(["the", "minister", ",", p, ",", "said", "yes", "."]);
    }
  }
  return out;
}

describe("word classes (exchange clustering)", () => {
  it("puts words used in the same contexts into one class and apart from other kinds", () => {
    const k = exchangeClusters(corpus(), { classes: 6, minCount: 2 });
    const towns = new Set(TOWNS.map((w) => k.get(w)));
    const people = new Set(PEOPLE.map((w) => k.get(w)));
    expect(towns.size).toBe(1);
    expect(people.size).toBe(1);
    expect([...towns][0]).not.toBe([...people][0]);
  });

  it("is deterministic and leaves out words seen fewer than minCount times", () => {
    const text = [...corpus(), ["Zorblat", "said", "hello", "."]];
    const a = exchangeClusters(text, { classes: 6, minCount: 2 });
    expect([...a]).toEqual([...exchangeClusters(text, { classes: 6, minCount: 2 })]);
    expect(a.has("Zorblat")).toBe(false);
  });
});

describe("word-class features", () => {
  const classes = new Map([["Brovik", "3/17"], ["said", "5/40"]]);

  it("reads a word's class as written, else in lower case", () => {
    expect(wordClass(classes, "Brovik")).toEqual([3, 17]);
    expect(wordClass(classes, "SAID")).toEqual([5, 40]);
    expect(wordClass(classes, "Arlen")).toBeNull();
    expect(wordClass(undefined, "Brovik")).toBeNull();
  });

  it("give a word its own classes and its neighbours' classes", () => {
    const f = documentFeatures(tokenize("Brovik said"), () => true, classes);
    expect(f[0]).toEqual(expect.arrayContaining(["k=3", "kf=17", "nk=5", "nkf=40"]));
    expect(f[1]).toEqual(expect.arrayContaining(["k=5", "kf=40", "pk=3", "pkf=17"]));
    // Without a class table, no class feature.
    expect(documentFeatures(tokenize("Brovik said")).flat().some((x) => /^(p|n)?kf?=/.test(x))).toBe(false);
  });

  it("let a model tag a word it never saw by its class", () => {
    // A model whose only evidence is "this class is a place": any word of the class is tagged.
    const weights: Record<string, number[]> = { "k=3": [LABELS.indexOf("B-PLACE"), 500], b: [0, 100] };
    const json: ModelJson = {
      version: "t", labels: [...LABELS], scale: 100, trans: new Array(NUM_LABELS ** 2).fill(0), start: new Array(NUM_LABELS).fill(0),
      weights, classes: { Brovik: "3/17", Corsa: "3/18" },
    };
    const model = loadModel(json);
    const out = tagEntitiesWith("We drove from Corsa to Delmar.", model).map((m) => m.text);
    expect(out).toContain("Corsa");
    expect(out).not.toContain("Delmar");
  });

  it("score the same through the tagger's compiled tables as through their names", () => {
    // As in entities-tagger-model.test.ts: every feature the text fires gets a weight, and the
    // tagger's class tables (by class id) must give the scores of the feature names.
    const text = "We drove from Corsa to Brovik, said Ola.";
    const classes = { Corsa: "3/17", Brovik: "3/18", said: "12/140", from: "0/2", to: "0/5" };
    const names = [...new Set(documentFeatures(tokenize(text), () => true, new Map(Object.entries(classes))).flat())];
    const weights: Record<string, number[]> = {};
    names.forEach((n, k) => (weights[n] = [k % NUM_LABELS, (k + 1) * 7, (k * 3) % NUM_LABELS, -(k + 2) * 5]));
    const model = loadModel({ version: "t", labels: [...LABELS], scale: 10, trans: new Array(NUM_LABELS ** 2).fill(0), start: new Array(NUM_LABELS).fill(0), weights, classes });
    const tok = tokenize(text);
    const isKnown = (lw: string) => model.rows.has("w=" + lw);
    const byName = emissions(model, documentFeatures(tok, isKnown, model.classes));
    const compiled = documentEmissions(model, featureContext(tok, isKnown, model.classes));
    for (let k = 0; k < byName.length; k++) expect(compiled[k]).toBeCloseTo(byName[k], 4);
    expect(names).toEqual(expect.arrayContaining(["pk=3", "nkf=140", "kf=18"]));
  });
});
