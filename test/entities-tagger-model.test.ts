import { describe, expect, it } from "vitest";
import { allowed, emissions, LABELS, loadModel, NUM_LABELS, viterbi, vocabularyOf, type ModelJson } from "../stages/entities/model.ts";
import { tagEntitiesWith } from "../stages/entities/tagger.ts";
import { documentEmissions } from "../stages/entities/emissions.ts";
import { documentFeatures, featureContext } from "../stages/entities/features.ts";
import { tokenize } from "../stages/entities/tokens.ts";

const label = (name: string) => LABELS.indexOf(name);

describe("linear-chain model", () => {
  it("forbids I-X after O or after another type", () => {
    expect(allowed(label("O"), label("I-PER"))).toBe(false);
    expect(allowed(label("B-ORG"), label("I-PER"))).toBe(false);
    expect(allowed(label("B-PER"), label("I-PER"))).toBe(true);
    expect(allowed(label("I-PER"), label("B-ORG"))).toBe(true);
  });

  it("Viterbi never outputs a broken BIO sequence even when emissions prefer one", () => {
    const n = 3;
    const e = new Float32Array(n * NUM_LABELS);
    e[0 * NUM_LABELS + label("O")] = 50;
    e[1 * NUM_LABELS + label("I-ORG")] = 10; // best alone, but not allowed after O
    e[1 * NUM_LABELS + label("B-ORG")] = 4;
    e[2 * NUM_LABELS + label("I-ORG")] = 3;
    const out = viterbi(e, n, new Float32Array(NUM_LABELS * NUM_LABELS), new Float32Array(NUM_LABELS));
    for (let i = 1; i < n; i++) expect(allowed(out[i - 1], out[i])).toBe(true);
    expect(LABELS[out[1]]).toBe("B-ORG");
    expect(LABELS[out[2]]).toBe("I-ORG");
  });

  it("a hand-made model tags through the whole pipeline", () => {
    const L = NUM_LABELS;
    const row = (l: string, v: number) => [label(l), v * 100];
    const json: ModelJson = {
      version: "test",
      labels: [...LABELS],
      scale: 100,
      trans: new Array(L * L).fill(0),
      start: new Array(L).fill(0),
      weights: {
        b: row("O", 1),
        "w=zorvia": row("B-PLACE", 5),
        "w=visited": [],
      },
    };
    const model = loadModel(json);
    const text = "She visited Zorvia.";
    const ms = tagEntitiesWith(text, model);
    expect(ms).toEqual([
      expect.objectContaining({ start: 12, end: 18, text: "Zorvia", type: "GPE", rule: "entities/model" }),
    ]);
  });

  it("rejects a model whose labels do not match", () => {
    expect(() => loadModel({ version: "x", labels: ["O"], scale: 1, trans: [], start: [], weights: {} })).toThrow();
  });
});

describe("compiled feature templates", () => {
  // The tagger finds context features in tables compiled from the model instead
  // of building their names; the scores must equal those of the names that
  // training builds, including words that are themselves "|" (a pair name
  // "pw|w=||x" splits in more than one place).
  it("give the same emission scores as the feature names training uses", () => {
    const text = 'The minister Oskar Venn said | x || said. Officials in Zorvia said "Quiet Harbour" x|y.\nUN envoy (UNE) met Ms. Ola Berg.';
    const tok = tokenize(text);
    // Every feature the text fires (one word, "officials", left out of the vocabulary), plus pair names that split in two places.
    const names = [
      ...new Set(documentFeatures(tok).flat().filter((f) => f !== "w=officials")),
      "pw|w=||x", "pw|w=x||", "w|nw=said|<unk>", "pw=<unk>", "pw|w=<unk>|in", "nw=</s>",
    ];
    const weights: Record<string, number[]> = {};
    names.forEach((n, k) => (weights[n] = [k % NUM_LABELS, (k + 1) * 7, (k * 3) % NUM_LABELS, -(k + 2) * 5]));
    const json: ModelJson = { version: "t", labels: [...LABELS], scale: 10, trans: new Array(NUM_LABELS ** 2).fill(0), start: new Array(NUM_LABELS).fill(0), weights };
    const model = loadModel(json);
    const isKnown = (lw: string) => model.rows.has("w=" + lw);
    const byName = emissions(model, documentFeatures(tok, isKnown));
    const compiled = documentEmissions(model, featureContext(tok, isKnown));
    expect(compiled.length).toBe(byName.length);
    for (let k = 0; k < byName.length; k++) expect(compiled[k]).toBeCloseTo(byName[k], 4);
    expect(byName.some((v) => v !== 0)).toBe(true);
  });

  // The tagger asks the vocabulary set instead of building "w=" + word per word: the same answers.
  it("vocabularyOf holds exactly the words of the model's w= features", () => {
    const weights: Record<string, number[]> = { "w=harbour": [1, 5], "w=|": [2, 3], "pw=venn": [1, 2], "s=Xx": [3, 4], "w|nw=a|b": [1, 1], w: [1, 1] };
    const json: ModelJson = { version: "t", labels: [...LABELS], scale: 1, trans: new Array(NUM_LABELS ** 2).fill(0), start: new Array(NUM_LABELS).fill(0), weights };
    const model = loadModel(json);
    const vocabulary = vocabularyOf(model);
    expect([...vocabulary].sort()).toEqual(["harbour", "|"]);
    for (const probe of ["harbour", "|", "venn", "Xx", "a|b", "nw=a|b", "", "w"]) expect(vocabulary.has(probe)).toBe(model.rows.has("w=" + probe));
  });
});
