import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/** Invented names; a hand-made model fixes what the learned part says, so only the rule-side list entries are tested. */
describe("entity rules: organisations named in another European language", () => {
  it("a name opening with a foreign organisation word is an organisation, not a person", () => {
    const model = modelSaying({ università: "B-PER", velmor: "I-PER", partido: "B-PER", tarrow: "I-PER", avocats: "B-PER", sans: "I-PER", keld: "I-PER" });
    expect(typed("She teaches at the Università Velmor now.", model)).toEqual(["ORG Università Velmor"]);
    expect(typed("The Partido Tarrow won two seats.", model)).toEqual(["ORG Partido Tarrow"]);
    expect(typed("Groups such as Avocats Sans Keld protested.", model)).toEqual(["ORG Avocats Sans Keld"]);
  });

  it("the word alone, or a person's name without it, is left as the model says", () => {
    const model = modelSaying({ partido: "B-PER", anna: "B-PER", velmor: "I-PER" });
    expect(typed("Anna Velmor spoke.", model)).toEqual(["PERSON Anna Velmor"]);
    expect(typed("He said Partido twice.", model)).toEqual(["PERSON Partido"]);
  });
});

describe("entity rules: a linking particle inside an organisation's name", () => {
  it("an organisation stopped at di, na, de takes the name after it", () => {
    const model = modelSaying({ banco: "B-ORG", clann: "B-ORG", tarrow: "B-PLACE", keld: "B-PER" });
    expect(typed("He worked for Banco de Tarrow in 1990.", model)).toEqual(["ORG Banco de Tarrow"]);
    expect(typed("She first supported Clann na Keld and later others.", model)).toEqual(["ORG Clann na Keld"]);
  });

  it("a person or place before the particle, or a longer name after it, is left alone", () => {
    const model = modelSaying({ anna: "B-PER", velmor: "B-PER", banco: "B-ORG", tarrow: "B-PLACE", road: "I-PLACE", north: "B-PLACE" });
    expect(typed("Anna de Velmor spoke.", model).includes("ORG Anna de Velmor")).toBe(false);
    expect(typed("Banco de Tarrow Road North is a street.", model)).not.toContain("ORG Banco de Tarrow Road North");
  });
});
