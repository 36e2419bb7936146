import { describe, expect, it } from "vitest";
import { LABELS, loadModel, NUM_LABELS, type LinearChainModel, type ModelJson } from "../stages/entities/model.ts";
import { tagEntitiesWith } from "../stages/entities/tagger.ts";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/**
 * Entity rules, on invented sentences: a context cue that names an organisation's kind counts
 * as evidence in document consistency also when the model already read the name as an ORG, and appositions
 * with a possessive determiner describe an organisation.
 */
const label = (name: string) => LABELS.indexOf(name);

/** A hand-made model: `word` is a person, except right after `cue`, where it is an organisation. */
function modelReadingOrgAfter(word: string, cue: string): LinearChainModel {
  const L = NUM_LABELS;
  const weights: Record<string, number[]> = {
    b: [label("O"), 100],
    ["w=" + word]: [label("B-PER"), 500],
    ["w=" + cue]: [label("O"), 1], // puts the cue word in the model's vocabulary
    ["pw=" + cue]: [label("B-ORG"), 1000],
  };
  const json: ModelJson = { version: "test", labels: [...LABELS], scale: 100, trans: new Array(L * L).fill(0), start: new Array(L).fill(0), weights };
  return loadModel(json);
}

describe("entity rules: an organisation's kind named in context outvotes the model's other readings", () => {
  it("the band X, read as an ORG there and as a person elsewhere: an ORG at every mention", () => {
    const model = modelReadingOrgAfter("velmor", "band");
    const text = "Dana Kell joined the band Velmor in 1990. Velmor released a record. Critics liked Velmor.";
    expect(typed(text, model)).toEqual(["ORG Velmor", "ORG Velmor", "ORG Velmor"]);
    expect(tagEntitiesWith(text, model)[0].rule).toBe("entities/org-description");
  });

  it("the chief executive of X and the X company count the same way", () => {
    expect(typed("He was the chief executive of Tarrowin. Tarrowin hired him. Tarrowin sued.", modelReadingOrgAfter("tarrowin", "of"))).toEqual([
      "ORG Tarrowin",
      "ORG Tarrowin",
      "ORG Tarrowin",
    ]);
  });

  it("without a cue the model's majority stands", () => {
    const model = modelReadingOrgAfter("velmor", "saw");
    expect(typed("Dana Kell saw Velmor in 1990. Velmor released a record. Critics liked Velmor.", model)).toEqual(["PERSON Velmor", "PERSON Velmor", "PERSON Velmor"]);
  });
});

describe("entity rules: appositions and copulas with a possessive determiner", () => {
  it("X, his first jazz band, / X was their label: an organisation, also when the model read a work", () => {
    expect(typed("After college she formed Velmoro, her second jazz band, in a garage.", modelSaying({ velmoro: "B-PER" }))).toEqual(["ORG Velmoro"]);
    expect(typed("After college she formed Velmoro, her second jazz band, in a garage.", modelSaying({ velmoro: "B-MISC" }))).toEqual(["ORG Velmoro"]);
    expect(typed("Tarrowin was their label for a decade.", modelSaying({ tarrowin: "B-PER" }))).toEqual(["ORG Tarrowin"]);
  });

  it("a possessive apposition naming a person's role or kin says nothing", () => {
    expect(typed("Anna Velmor, his sister, sang.", modelSaying({ anna: "B-PER", velmor: "I-PER" }))).toEqual(["PERSON Anna Velmor"]);
    expect(typed("Tom Vell, their manager, left.", modelSaying({ tom: "B-PER", vell: "I-PER" }))).toEqual(["PERSON Tom Vell"]);
  });

  it("a work named after a work noun stays a work", () => {
    expect(typed("They released Velmoro, their first album, in 1999.", modelSaying({ velmoro: "B-MISC" }))).toEqual([]);
  });
});

describe("entity rules: teams from a town named after a saint or a fort, in no list", () => {
  it("St. X / Fort X and a plural nickname, read as a place, are a team", () => {
    const model = modelSaying({ "st.": "B-PLACE", velmor: "I-PLACE", eagles: "I-PLACE", fort: "B-PLACE", tarrow: "I-PLACE", hawks: "I-PLACE" });
    expect(typed("She spent two winters on loan at the St. Velmor Eagles.", model)).toEqual(["ORG St. Velmor Eagles"]);
    expect(typed("He signed a deal with the Fort Tarrow Hawks.", model)).toEqual(["ORG Fort Tarrow Hawks"]);
  });

  it("a place word after the town keeps it a place", () => {
    expect(typed("He lived in St. Velmor Heights in 1933.", modelSaying({ "st.": "B-PLACE", velmor: "I-PLACE", heights: "I-PLACE" }))).toEqual(["GPE St. Velmor Heights"]);
  });
});

describe("entity rules: a place's demonym in -er before a person's name", () => {
  it("is split off the name (Queenslander X Y, Londoner X Y)", () => {
    const model = modelSaying({ queenslander: "B-PER", londoner: "B-PER", mitchell: "I-PER", anna: "I-PER", velmor: "I-PER" });
    expect(typed("Queenslander Mitchell Velmor reached the final.", model)).toEqual(["NORP Queenslander", "PERSON Mitchell Velmor"]);
    expect(typed("The prize went to Londoner Anna Velmor.", model)).toEqual(["NORP Londoner", "PERSON Anna Velmor"]);
  });

  it("a word that is no place with -er stays in the name", () => {
    const model = modelSaying({ walker: "B-PER", mitchell: "I-PER", velmor: "I-PER" });
    expect(typed("Walker Mitchell Velmor won.", model)).toEqual(["PERSON Walker Mitchell Velmor"]);
  });
});

describe("entity rules: an honorific the model ran into a place or unscored span", () => {
  it("is cut off, and the name after it is a person", () => {
    const model = modelSaying({ dr: "B-PLACE", lee: "I-PLACE" });
    expect(typed("“Markets are easy to find,” Dr Lee adds.", model)).toEqual(["PERSON Lee"]);
    expect(typed("“Markets are easy to find,” Dr. Lee adds.", model)).toEqual(["PERSON Lee"]);
  });

  it("an organisation opened by an honorific keeps it (a brand)", () => {
    expect(typed("She drank a can of Dr Velmor at lunch.", modelSaying({ dr: "B-ORG", velmor: "I-ORG" }))).toEqual(["ORG Dr Velmor"]);
  });
});

describe("entity rules: weekdays in the plural", () => {
  it("are dates, not names", () => {
    expect(typed("We play on Saturdays and Wednesdays at the Velmor hall.", modelSaying({ wednesdays: "B-PER", saturdays: "B-PER", velmor: "B-ORG" }))).toEqual(["ORG Velmor"]);
  });
});

describe("a place description (X is a village near …)", () => {
  it("makes a place of a name the model read as a person, not of one it read as a work or event (MISC)", () => {
    expect(typed("Velmoro is a village near the river.", modelSaying({ velmoro: "B-PER" }))).toEqual(["GPE Velmoro"]);
    expect(typed("Velmoro is a village near the river.", modelSaying({ velmoro: "B-MISC" }))).toEqual([]);
  });
});
