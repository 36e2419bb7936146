import { describe, expect, it } from "vitest";
import { tokenizeRecased } from "../stages/entities/casing.ts";
import { gazetteerTags } from "../stages/entities/lexicon.ts";
import { loadRetyper, RETYPE_CLASSES, retypeDoc, retypeFeatures, retypeScores, type RetypeJson } from "../stages/entities/retype.ts";
import type { TokenSpan } from "../stages/entities/spans.ts";

// The tagger finds the retyper's weights in tables (fixed values by index, a word's rows kept with the word,
// pairs by their two parts) instead of building each feature's name; the scores must equal the sums of the
// weights of the names training builds, including words that are themselves "|" (a pair value splits twice).
describe("retyper tables (retype.ts)", () => {
  const text = "Officials of the Velmor Council met | Tarrow Rovers || in Dunmore, France.\nThe Osk Gazette said Anna Brindle | left.";
  const tok = tokenizeRecased(text);
  const at = (w: string) => tok.words.indexOf(w);
  const spans: TokenSpan[] = [
    { i: at("Velmor"), j: at("Council") + 1, type: "GPE", confidence: 0.62, rule: "entities/model" },
    { i: at("Tarrow"), j: at("Rovers") + 1, type: "ORG", confidence: 0.91, rule: "entities/model" },
    { i: at("Dunmore"), j: at("Dunmore") + 1, type: "PERSON", confidence: 0.4, rule: "entities/model" },
    { i: at("France"), j: at("France") + 1, type: "GPE", confidence: 0.99, rule: "entities/model" },
    { i: at("Osk"), j: at("Gazette") + 1, type: "MISC", confidence: 0.3, rule: "entities/model" },
    { i: at("Brindle"), j: at("Brindle") + 1, type: "NORP", confidence: 0.55, rule: "entities/model" },
  ];
  const gaz = gazetteerTags(tok.words);
  const n = tok.words.length;
  // Emissions with every type scored somewhere, so the tagger's second choice varies by span.
  const e = Float32Array.from({ length: n * 11 }, (_, k) => ((k * 7919) % 23) - 11);
  const doc = retypeDoc(tok, spans);
  const names = spans.map((s) => retypeFeatures(tok, gaz, s, doc, true, e));
  // Every name fired gets a weight, plus pair values that split at more than one "|".
  const all = [...new Set(names.flat()), "b12=|||", "a12=|||", "b12=met||", "a12=||tarrow"];
  const weights: Record<string, number[]> = {};
  all.forEach((name, k) => (weights[name] = [k % 5, (k + 1) * 7, (k + 1 + (k % 3)) % 5, -(k + 2) * 5]));
  const json: RetypeJson = { version: "t", classes: [...RETYPE_CLASSES], at: "model", spans: "all", weakBelow: 0.9, minGap: 1, tagger: true, scores: true, scale: 10, weights };

  it("score each span as the sum of its feature names' weights", () => {
    const r = loadRetyper(json);
    const byName = (fs: string[]) => {
      const sc = new Float64Array(5);
      for (const f of fs) for (let k = 0; k < weights[f].length; k += 2) sc[weights[f][k]] += weights[f][k + 1] / json.scale;
      return sc;
    };
    // Without the tagger's words (rows looked up by value), and with them, twice (rows then kept with each word).
    const words = tok.words.map((w) => ({ lower: w.toLowerCase() }));
    for (const scores of [retypeScores(r, tok, gaz, spans, e), retypeScores(r, tok, gaz, spans, e, words), retypeScores(r, tok, gaz, spans, e, words)]) {
      spans.forEach((s, k) => {
        const sc = scores[k];
        // A person's span is scored only when it may become an ORG (no listed given name first: "Dunmore").
        const want = byName(names[k]);
        for (let c = 0; c < 5; c++) expect(sc![c]).toBeCloseTo(want[c], 4);
      });
    }
    expect(scores0NonZero(retypeScores(r, tok, gaz, spans, e))).toBe(true);
  });
});

const scores0NonZero = (scores: (Float64Array | null)[]) => scores.some((s) => s !== null && s.some((x) => x !== 0));
