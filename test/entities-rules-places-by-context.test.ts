import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/** Invented sentences; a hand-made model fixes what the learned part says, so only the rules are tested. */
describe("entity rules: towns read as people, and work nouns that are verbs", () => {
  it("a lone unknown name visited or toured is a place; a listed surname visited stays a person", () => {
    const model = modelSaying({ tarvaz: "B-PER", bennett: "B-PER" });
    expect(typed("The envoy visited Tarvaz last week.", model)).toEqual(["GPE Tarvaz"]);
    expect(typed("The band toured Tarvaz in May.", model)).toEqual(["GPE Tarvaz"]);
    expect(typed("The envoy visited Bennett in hospital.", model)).toEqual(["PERSON Bennett"]);
  });

  it("a visited name the document gives a full person's name stays that person", () => {
    const model = modelSaying({ rami: "B-PER", dorvek: "I-PER" });
    expect(typed("Rami Dorvek spoke first. Later the minister visited Dorvek at home.", model)).toEqual(["PERSON Rami Dorvek", "PERSON Dorvek"]);
  });

  it("an untagged unknown word after 'visited' is added as a place, a possessive owner is not", () => {
    const model = modelSaying({});
    expect(typed("Aid workers visited Qarvesh on Monday.", model)).toEqual(["GPE Qarvesh"]);
    expect(typed("Aid workers visited Qarvesh's camp on Monday.", model)).toEqual([]);
  });

  it("a town spelt two ways in one document is one kind: the spelling read as a person becomes the place", () => {
    const model = modelSaying({ kardeb: "B-PLACE", kardib: "B-PER", hasar: "B-PLACE", hassar: "B-PER" });
    expect(typed("Fighting went on in Kardeb. Troops left Kardib at dawn.", model)).toEqual(["GPE Kardeb", "GPE Kardib"]);
    expect(typed("Fighting went on in Hasar. Troops left Hassar at dawn.", model)).toEqual(["GPE Hasar", "GPE Hassar"]);
  });

  it("a person's name that only looks like a place of the document, or is a listed name, stays a person", () => {
    const model = modelSaying({ kardeb: "B-PLACE", kordab: "B-PER", bennett: "B-PER", bennet: "B-PLACE" });
    expect(typed("Fighting went on in Kardeb. Kordab said so.", model)).toEqual(["GPE Kardeb", "PERSON Kordab"]);
    expect(typed("Rain fell on Bennet. Bennett said so.", model)).toEqual(["GPE Bennet", "PERSON Bennett"]);
  });

  it("a name before a closing 'city' or 'town' is the town; 'the X city council' is left to the model", () => {
    const model = modelSaying({ velmara: "B-ORG" });
    expect(typed("Shelling hit Qarvesh city on Monday.", modelSaying({}))).toEqual(["GPE Qarvesh"]);
    expect(typed("They left the Velmara town and drove north.", model)).toEqual(["GPE Velmara"]);
    expect(typed("The Velmara city council met.", model)).toEqual(["ORG Velmara"]);
  });

  it("a person's full name after 'the' and before a district word names the district; without 'the' it stays a person", () => {
    const model = modelSaying({ omar: "B-PER", osman: "I-PER" });
    expect(typed("Clashes broke out in the Omar Osman district of the capital.", model)).toEqual(["GPE Omar Osman"]);
    expect(typed("She met Omar Osman region by region.", model)).toEqual(["PERSON Omar Osman"]);
  });

  it("a town besieged or sacked by a people in the passive is a place; a person sacked by a club stays a person", () => {
    const model = modelSaying({ qarvosh: "B-PER", tarkhani: "B-ORG", dorvek: "B-PER", velmaros: "B-PER" });
    expect(typed("In 1204 Qarvosh was sacked by the Velmorans and burned.", model)).toEqual(["GPE Qarvosh"]);
    expect(typed("Tarkhani was besieged for two years.", model)).toEqual(["GPE Tarkhani"]);
    expect(typed("Both towns were annexed; Velmaros was annexed last.", model)).toEqual(["GPE Velmaros"]);
    expect(typed("Dorvek was sacked by the club after the defeat.", model)).toEqual(["PERSON Dorvek"]);
  });

  it("'hit' and 'play' name a work only as nouns; as verbs their object keeps the model's type", () => {
    const model = modelSaying({ velmara: "B-PLACE", velvet: "B-PER", roads: "I-PER", keldby: "B-ORG" });
    expect(typed("Shelling hit Velmara on Monday.", model)).toEqual(["GPE Velmara"]);
    expect(typed("United will play Keldby on Saturday.", model)).toEqual(["ORG Keldby"]);
    expect(typed("Their 1998 hit Velvet Roads sold well.", model)).toEqual([]);
    expect(typed("It was a smash hit Velvet Roads never matched.", model)).toEqual([]);
  });
});
