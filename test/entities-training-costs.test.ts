import { describe, expect, it } from "vitest";
import { trainPerceptron, type NerDoc, type TrainDoc } from "../eval/lib/ner.ts";
import { beginOf, NUM_LABELS } from "../stages/entities/model.ts";

// Invented one-token "documents": feature 0 fires on every token (a bias), feature 1 on names
// of one kind, feature 2 on names of the other; gold labels are B-ORG and B-PER.
const DOC: NerDoc = { id: "t", corpus: "gum-train", text: "x", entities: [] };
const ORG = beginOf("ORG");
const PER = beginOf("PER");
function docs(): TrainDoc[] {
  const out: TrainDoc[] = [];
  for (let k = 0; k < 6; k++) {
    out.push({ doc: DOC, feats: [Int32Array.of(0, 1)], labels: Int32Array.of(ORG) });
    out.push({ doc: DOC, feats: [Int32Array.of(0, 2)], labels: Int32Array.of(PER) });
    out.push({ doc: DOC, feats: [Int32Array.of(0)], labels: Int32Array.of(0) });
  }
  return out;
}

/** How far the gold label's score is ahead of the best other label, for the token with these features. */
function lead(w: Float64Array, start: Float64Array, feats: number[], gold: number): number {
  const s = (l: number) => start[l] + feats.reduce((a, f) => a + w[f * NUM_LABELS + l], 0);
  let best = -Infinity;
  for (let l = 0; l < NUM_LABELS; l++) if (l !== gold) best = Math.max(best, s(l));
  return s(gold) - best;
}

describe("cost-augmented perceptron training (NER_MARGIN, NER_ORG_COST)", () => {
  it("gets every training token right, with a wider lead for the gold label when a margin is asked", () => {
    const plain = trainPerceptron(docs(), 3, 10, 7, { margin: 0, orgCost: 0 });
    const wide = trainPerceptron(docs(), 3, 10, 7, { margin: 2, orgCost: 0 });
    for (const [feats, gold] of [[[0, 1], ORG], [[0, 2], PER], [[0], 0]] as [number[], number][]) {
      expect(lead(wide.w, wide.start, feats, gold)).toBeGreaterThan(0.5);
      expect(lead(wide.w, wide.start, feats, gold)).toBeGreaterThan(lead(plain.w, plain.start, feats, gold));
    }
  });

  it("widens the lead of organisation tokens only with an ORG cost", () => {
    const plain = trainPerceptron(docs(), 3, 10, 7, { margin: 0, orgCost: 0 });
    const org = trainPerceptron(docs(), 3, 10, 7, { margin: 0, orgCost: 2 });
    expect(lead(org.w, org.start, [0, 1], ORG)).toBeGreaterThan(lead(plain.w, plain.start, [0, 1], ORG));
    // Deterministic: the same settings give the same weights.
    expect([...trainPerceptron(docs(), 3, 10, 7, { margin: 0, orgCost: 2 }).w]).toEqual([...org.w]);
  });
});
