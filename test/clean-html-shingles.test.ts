import { describe, it, expect } from "vitest";
import { f1 } from "../eval/lib/f1.ts";
import { tokenize, shingles, shingleMatch, metricsOf, exactTokens, pageF1 } from "../eval/lib/shingles.ts";

describe("benchmark metric (shingles)", () => {
  it("tokenizes on runs of letters, digits and underscore", () => {
    expect(tokenize("Hello, world! it's 2019_v2")).toEqual(["Hello", "world", "it", "s", "2019_v2"]);
    // a combining acute accent (U+0301) is a separator, as in Python's \w
    expect(tokenize("cafe\u0301 ok")).toEqual(["cafe", "ok"]);
    expect(tokenize("Приве́т мир")).toEqual(["Приве", "т", "мир"]);
  });

  it("builds 4-token shingles, or one shorter shingle for short texts", () => {
    expect([...shingles("a b c d e").keys()].length).toBe(2);
    expect(shingles("a b").size).toBe(1);
    expect(shingles("").size).toBe(0);
    expect(shingles("a b c d a b c d").get(["a", "b", "c", "d"].join("\u0001"))).toBe(2);
  });

  it("scores a page with normalised tp/fp/fn", () => {
    const exact = shingleMatch("one two three four five", "one two three four five");
    expect(exact).toEqual({ tp: 1, fp: 0, fn: 0 });
    // truth has 2 shingles; output has the first plus 1 extra shingle ("two three four six")
    const partial = shingleMatch("one two three four five", "one two three four six");
    expect(partial.tp).toBeCloseTo(1 / 3);
    expect(partial.fp).toBeCloseTo(1 / 3);
    expect(partial.fn).toBeCloseTo(1 / 3);
    // glued words change tokens and cost shingles
    const glued = shingleMatch("end. Start of it all", "endStart of it all");
    expect(glued.tp).toBe(0);
  });

  it("averages precision over non-empty outputs and recall over all pages", () => {
    const pages = [shingleMatch("a b c d e", "a b c d e"), shingleMatch("a b c d e", "")];
    const m = metricsOf(pages);
    expect(m.precision).toBe(1);
    expect(m.recall).toBe(0.5);
    expect(m.f1).toBeCloseTo(2 / 3);
  });

  it.each([
    { precision: 1, recall: 1, want: 1 },
    { precision: 0.5, recall: 1, want: 2 / 3 },
    { precision: 0, recall: 0.8, want: 0 },
    { precision: 0, recall: 0, want: 0 },
  ])("F1 of precision $precision and recall $recall is $want", ({ precision, recall, want }) => {
    expect(f1(precision, recall)).toBeCloseTo(want, 12);
  });

  it("gives a page's own F1: 1 for the same text, 0 for no shared shingle", () => {
    expect(pageF1(shingleMatch("one two three four five", "one two three four five"))).toBe(1);
    expect(pageF1(shingleMatch("one two three four five", "six seven eight nine ten"))).toBe(0);
    // 4-word shingles: the prediction's 2 are both among the truth's 3, so precision 1, recall 2/3, F1 0.8.
    const part = shingleMatch("one two three four five six", "one two three four five");
    expect(pageF1(part)).toBeCloseTo(0.8, 12);
  });

  it("checks exact token equality for accuracy", () => {
    expect(exactTokens("Hello,  world!", "Hello world")).toBe(true);
    expect(exactTokens("Hello world", "Hello world again")).toBe(false);
  });
});
