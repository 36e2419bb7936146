import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/** Invented sentences; a hand-made model fixes what the learned part says, so only the context rules are tested. */
describe("entity rules: names typed by the words around them", () => {
  it("a name before a lower-case district word is a place, and so is the name coordinated before a plural one", () => {
    const model = modelSaying({ dunsvi: "B-PER", keltaro: "B-MISC", petaro: "B-ORG" });
    expect(typed("They restored the old Keltaro and Dunsvi districts.", model)).toEqual(["GPE Keltaro", "GPE Dunsvi"]);
    expect(typed("Rain fell over the Petaro region in May.", model)).toEqual(["GPE Petaro"]);
  });

  it("a district word that does not close its phrase names a body, and a listed given name keeps a person", () => {
    const model = modelSaying({ petaro: "B-ORG", anna: "B-PER", dunsvi: "I-PER" });
    expect(typed("The Petaro district council met.", model)).toEqual(["ORG Petaro"]);
    expect(typed("She met Anna Dunsvi region by region.", model)).toEqual(["PERSON Anna Dunsvi"]);
  });

  it("a town besieged, annexed or razed is a place; one sacked or captured is left to the model", () => {
    const model = modelSaying({ tarkhani: "B-PER", velmaros: "B-PER" });
    expect(typed("The army besieged Tarkhani and razed Ordessa.", model)).toEqual(["GPE Tarkhani", "GPE Ordessa"]);
    expect(typed("The club sacked Velmaros after the defeat.", model)).toEqual(["PERSON Velmaros"]);
  });

  it("a Greek surname read as a place is a person; Chinese places in -zhou and listed places are left", () => {
    const model = modelSaying({ papadakou: "B-PLACE", vellazhou: "B-PLACE" });
    expect(typed("Andreou met Papadakou in Vellazhou.", model)).toEqual(["PERSON Andreou", "PERSON Papadakou", "GPE Vellazhou"]);
  });

  it("the name coordinated before a plural kind noun shares the kind of the one next to it", () => {
    const model = modelSaying({ conservative: "B-NORP", liberal: "B-ORG", icelandic: "B-NORP", danish: "B-NORP" });
    expect(typed("Both the dominant Conservative and Liberal parties lost seats.", model)).toEqual(["ORG Conservative", "ORG Liberal"]);
    expect(typed("Both the Icelandic and Danish bands played.", model)).toEqual(["NORP Icelandic", "NORP Danish"]);
  });

  it("a party or airline named with a country inside is an organisation; eras and regions before a country stay places", () => {
    const model = modelSaying({ united: "B-PLACE", fair: "B-PLACE", serbia: "I-PLACE", britain: "B-PLACE", ancient: "B-PLACE", egypt: "I-PLACE" });
    expect(typed("He left United Serbia for Fair Serbia.", model)).toEqual(["ORG United Serbia", "ORG Fair Serbia"]);
    expect(typed("Britain First marched in Ancient Egypt.", model)).toEqual(["ORG Britain First", "GPE Ancient Egypt"]);
  });

  it("a company described by what it does in a 'which' clause is an organisation; a place keeps its type", () => {
    const model = modelSaying({ tarrow: "B-PER", kell: "I-PER", velmoria: "B-PLACE" });
    expect(typed("Brightline, which makes solar panels, will cut jobs.", model)).toEqual(["ORG Brightline"]);
    expect(typed("It bought Tarrow Kell, which owns the chain.", model)).toEqual(["ORG Tarrow Kell"]);
    expect(typed("Velmoria, which exports gas, said no.", model)).toEqual(["GPE Velmoria"]);
  });

  it("a job written like a title before a person's name is left out of it", () => {
    const model = modelSaying({ midfielder: "B-PER", novelist: "B-PER", ardo: "I-PER", kessel: "I-PER" });
    expect(typed("Midfielder Ardo Kessel scored twice.", model)).toEqual(["PERSON Ardo Kessel"]);
    expect(typed("Novelist Kessel said so.", model)).toEqual(["PERSON Kessel"]);
  });

  it("a name described as 'the … group' is an organisation, but 'a group of' islands is no company", () => {
    const model = modelSaying({ velmor: "B-PLACE" });
    expect(typed("Keldmark, the Danish shipping group, said profits rose.", model)).toEqual(["ORG Keldmark"]);
    expect(typed("Velmor is a group of islands.", model)).toEqual(["GPE Velmor"]);
  });

  it("a destination after a verb of travel is a place; what 'went to' someone stays a person", () => {
    const model = modelSaying({ kharvani: "B-PER", keller: "B-PER" });
    expect(typed("She flew to Kharvani and fled to Tarvisu.", model)).toEqual(["GPE Kharvani", "GPE Tarvisu"]);
    expect(typed("The award went to Keller.", model)).toEqual(["PERSON Keller"]);
  });

  it("a place's spelling in Chinese script in brackets after it is the same place; a person's is left alone", () => {
    const model = modelSaying({ dunsvi: "B-PLACE", ann: "B-PER", velmor: "I-PER" });
    expect(typed("They took Dunsvi (頓斯; now a suburb) and met Ann Velmor (安).", model)).toEqual(["GPE Dunsvi", "GPE 頓斯", "PERSON Ann Velmor"]);
  });

  it("after a cue only a company takes, a two-word name read as a person is the company; 'acquired by' may name a person", () => {
    const model = modelSaying({ harlow: "B-PER", fenwick: "I-PER", anna: "B-PER", dallow: "I-PER", tarrow: "B-PER", kell: "I-PER" });
    expect(typed("He was chairman of Harlow Fenwick.", model)).toEqual(["ORG Harlow Fenwick"]);
    expect(typed("The firm was acquired by Tarrow Kell.", model)).toEqual(["PERSON Tarrow Kell"]);
    expect(typed("She bought shares in Anna Dallow.", model)).toEqual(["PERSON Anna Dallow"]);
  });
});
