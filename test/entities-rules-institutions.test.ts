import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/**
 * Entity rules, on invented sentences. A hand-made model fixes what the learned part
 * says (every listed word one label, every other word nothing), so only the rules are tested.
 */
describe("entity rules: institutions by their head word", () => {
  it("a place, person or unscored span ending in Hospital, Laboratory, Orchestra… is an organisation", () => {
    const model = modelSaying({ dunmore: "B-PLACE", general: "I-PLACE", hospital: "I-PLACE", anna: "B-PER", velmor: "I-PER", band: "I-PER" });
    expect(typed("He was taken to the Dunmore General Hospital, where he died.", model)).toEqual(["ORG Dunmore General Hospital"]);
    expect(typed("She toured with the Anna Velmor Band in 1961.", model)).toEqual(["ORG Anna Velmor Band"]);
    const misc = modelSaying({ tarrow: "B-MISC", laboratory: "I-MISC", keld: "B-MISC", casino: "I-MISC" });
    expect(typed("She worked at the Tarrow Laboratory and played at the Keld Casino.", misc)).toEqual(["ORG Tarrow Laboratory", "ORG Keld Casino"]);
  });

  it("a head word alone or a span of another head stays as the model said", () => {
    const model = modelSaying({ hospital: "B-PLACE", tarrow: "B-PLACE", bridge: "I-PLACE" });
    expect(typed("The Hospital was closed.", model)).toEqual(["GPE Hospital"]);
    expect(typed("They crossed the Tarrow Bridge.", model)).toEqual(["GPE Tarrow Bridge"]);
  });
});

describe("entity rules: papers, studios and labels read as works", () => {
  it("an unscored span (MISC) ending in a business or newspaper word is an organisation", () => {
    const model = modelSaying({ keldwick: "B-MISC", gazette: "I-MISC", tarrow: "B-MISC", pictures: "I-MISC" });
    expect(typed("Her father bought the Keldwick Gazette, then Tarrow Pictures.", model)).toEqual(["ORG Keldwick Gazette", "ORG Tarrow Pictures"]);
  });

  it("an unscored span ending in another word stays unscored", () => {
    const model = modelSaying({ keldwick: "B-MISC", saga: "I-MISC" });
    expect(typed("She read the Keldwick Saga twice.", model)).toEqual([]);
  });
});

describe("entity rules: a name before a lower-case kind noun", () => {
  it("a person or unscored name after an article or a coordination and before company, label, parties… is an organisation", () => {
    const model = modelSaying({ orvanti: "B-PER", zarnoff: "B-MISC", dorrant: "B-MISC" });
    expect(typed("The Orvanti company went bankrupt in 1998.", model)).toEqual(["ORG Orvanti"]);
    expect(typed("She left the Zarnoff label in 2004.", model)).toEqual(["ORG Zarnoff"]);
    // Only the name next to the noun: the untagged first conjunct is not added.
    expect(typed("Both the Velmish and Dorrant parties won seats.", model)).toEqual(["ORG Dorrant"]);
  });

  it("places, peoples, people with a listed given name, and a kind noun before a name are left alone", () => {
    const model = modelSaying({ london: "B-PLACE", icelandic: "B-NORP", anna: "B-PER", velmor: "I-PER", keld: "B-PER", sigra: "B-ORG" });
    expect(typed("The London company opened a branch.", model)).toEqual(["GPE London"]);
    expect(typed("The Icelandic band played.", model)).toEqual(["NORP Icelandic"]);
    expect(typed("She joined the Anna Velmor band.", model)).toEqual(["PERSON Anna Velmor"]);
    expect(typed("He met Keld company officials.", model)).toEqual(["PERSON Keld"]);
    expect(typed("The Keld band Sigra released a record.", model)).toEqual(["PERSON Keld", "ORG Sigra"]);
  });
});

describe("rule-only organisation list: well-known organisations named alone", () => {
  it("a listed name standing alone is an organisation, added or retyped", () => {
    const model = modelSaying({ likud: "B-PER", sejm: "B-PLACE" });
    expect(typed("Likud won the most seats, the count showed.", model)).toEqual(["ORG Likud"]);
    expect(typed("The deputies of the Sejm voted on Friday.", model)).toEqual(["ORG Sejm"]);
    expect(typed("Prices were cut, Euronews reported on Monday.", modelSaying({}))).toEqual(["ORG Euronews"]);
  });

  it("a listed name inside a longer capitalised name, alone in brackets, or under a longer span is left alone", () => {
    const none = modelSaying({});
    expect(typed("The Euronews Velmor Prize was given.", none)).toEqual([]);
    expect(typed("The agency (Euronews) said so.", none)).toEqual([]);
    const model = modelSaying({ nintendo: "B-PER", velmor: "I-PER" });
    expect(typed("He met Nintendo Velmor on Monday.", model)).toEqual(["PERSON Nintendo Velmor"]);
  });
});
