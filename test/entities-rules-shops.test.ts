import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/** Invented sentences; a hand-made model fixes what the learned part says, so only the rule-side rule is tested. */
describe("entity rules: businesses named with a possessive", () => {
  it("a name whose possessive owns nothing is a business, the possessive inside", () => {
    const model = modelSaying({ velmor: "B-PER", tarrow: "B-ORG", keld: "B-PER" });
    expect(typed("In 1992 the store became Velmor's, and later Tarrow's.", model)).toEqual(["ORG Velmor's", "ORG Tarrow's"]);
    expect(typed("We had dinner at Keld's on Friday.", model)).toEqual(["ORG Keld's"]);
  });

  it("a possessive before a noun, after 'the', in brackets or of a full name stays a person's", () => {
    const model = modelSaying({ velmor: "B-PER", anna: "B-PER", keld: "I-PER" });
    expect(typed("Velmor's brother came home.", model)).toEqual(["PERSON Velmor"]);
    expect(typed("She joined Anna Keld's in 1937.", model)).toEqual(["PERSON Anna Keld"]);
    expect(typed("It was popular (and so was Velmor's) that year.", model)).toEqual(["PERSON Velmor"]);
    expect(typed("By then the Velmor's were rich.", model)).toEqual(["PERSON Velmor"]);
  });
});
