import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/** Invented sentences; a hand-made model fixes what the learned part says, so only the context rules are tested. */
describe("entity rules: names typed by the words around them", () => {
  it("a name before a lower-case district word is a place, and so is the name coordinated before a plural one", () => {
    const model = modelSaying({ velluno: "B-PER", ormasca: "B-MISC", petaro: "B-ORG" });
    expect(typed("Floods reached the Ormasca and Velluno provinces on Friday.", model)).toEqual(["GPE Ormasca", "GPE Velluno"]);
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
    const model = modelSaying({ velmist: "B-NORP", harrowite: "B-ORG", icelandic: "B-NORP", danish: "B-NORP" });
    expect(typed("Voters deserted the Velmist and Harrowite parties in March.", model)).toEqual(["ORG Velmist", "ORG Harrowite"]);
    expect(typed("Both the Icelandic and Danish bands played.", model)).toEqual(["NORP Icelandic", "NORP Danish"]);
  });

  it("a company described by what it does in a 'which' clause is an organisation; a place keeps its type", () => {
    const model = modelSaying({ tarrow: "B-PER", kell: "I-PER", velmoria: "B-PLACE" });
    expect(typed("Brightline, which makes solar panels, will cut jobs.", model)).toEqual(["ORG Brightline"]);
    expect(typed("It bought Tarrow Kell, which owns the chain.", model)).toEqual(["ORG Tarrow Kell"]);
    expect(typed("Velmoria, which exports gas, said no.", model)).toEqual(["GPE Velmoria"]);
  });

  it("a 'which makes' clause about the whole sentence leaves the name before it a person", () => {
    const model = modelSaying({ brannock: "B-PER", ulvane: "B-PER", kessar: "B-PER" });
    expect(typed("Brannock, which makes it the third resignation this month, left.", model)).toEqual(["PERSON Brannock"]);
    expect(typed("Kessar beat Ulvane, which makes him the favourite.", model)).toEqual(["PERSON Kessar", "PERSON Ulvane"]);
    expect(typed("Ulvane quit, which makes sense.", model)).toEqual(["PERSON Ulvane"]);
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

  it("a person described as 'the company's / party's / group's' job holder stays a person", () => {
    const model = modelSaying({ dorran: "B-PER", velk: "I-PER", tarvik: "B-PER" });
    expect(typed("Dorran Velk, the company's chief executive, said sales rose.", model)).toEqual(["PERSON Dorran Velk"]);
    expect(typed("Tarvik, the party's leader, spoke on Monday.", model)).toEqual(["PERSON Tarvik"]);
    expect(typed("Ostrevan, the group's spokesman, declined to comment.", model)).toEqual([]);
  });

  it("a destination after a verb of travel is a place; what 'went to' someone stays a person", () => {
    const model = modelSaying({ kharvani: "B-PER", keller: "B-PER" });
    expect(typed("She flew to Kharvani and fled to Tarvisu.", model)).toEqual(["GPE Kharvani", "GPE Tarvisu"]);
    expect(typed("The award went to Keller.", model)).toEqual(["PERSON Keller"]);
  });

  it("a name owning what was reached or taken, and people things move or return to, stay people", () => {
    const model = modelSaying({ varnek: "B-PER", ostrander: "B-PER", tarvisson: "B-PER", goldvark: "B-PER", brannock: "B-PER" });
    expect(typed("The children fled to Varnek's flat across town.", model)).toEqual(["PERSON Varnek"]);
    expect(typed("Protesters invaded Ostrander's office.", model)).toEqual(["PERSON Ostrander"]);
    expect(typed("The lead moved to Tarvisson after the tenth hole.", model)).toEqual(["PERSON Tarvisson"]);
    expect(typed("The paintings were returned to Goldvark after the war.", model)).toEqual(["PERSON Goldvark"]);
    expect(typed("Critics shelled Brannock with questions.", model)).toEqual(["PERSON Brannock"]);
  });

  it("a place's spelling in Chinese script in brackets after it is the same place; a person's is left alone", () => {
    const model = modelSaying({ dunsvi: "B-PLACE", ann: "B-PER", velmor: "I-PER" });
    expect(typed("They took Dunsvi (頓斯; now a suburb) and met Ann Velmor (安).", model)).toEqual(["GPE Dunsvi", "GPE 頓斯", "PERSON Ann Velmor"]);
  });

  it("a bracketed run after a place is its name only with a place suffix or as a transliteration", () => {
    const model = modelSaying({ velmor: "B-PLACE", ardoni: "B-PLACE", tarsk: "B-PLACE" });
    expect(typed("The plant in Velmor (維爾電力) leaked.", model)).toEqual(["GPE Velmor"]);
    expect(typed("They reached Tarsk (塔斯克港市) and Ardoni (アルドニ).", model)).toEqual(["GPE Tarsk", "GPE 塔斯克港市", "GPE Ardoni", "GPE アルドニ"]);
    expect(typed("A bank opened in Ardoni (東洋銀行).", model)).toEqual(["GPE Ardoni"]);
  });

  it("a name before a valley or delta is a natural feature", () => {
    const model = modelSaying({ velmor: "B-ORG", ardo: "B-PER" });
    expect(typed("The Velmor valley is famous for wine, and floods reach the Ardo delta.", model)).toEqual(["LOC Velmor", "LOC Ardo"]);
  });

  it("an -idis ending is a surname only after a given name, never a lone plural", () => {
    const model = modelSaying({ nikos: "B-PLACE", velmidis: "I-PLACE", tarkidis: "B-PLACE" });
    expect(typed("Nikos Velmidis scored twice.", model)).toEqual(["PERSON Nikos Velmidis"]);
    expect(typed("The Tarkidis fled the hills, and the Orvidis followed.", model)).toEqual(["GPE Tarkidis"]);
  });

  it("after a cue only a company takes, a two-word name read as a person is the company; 'acquired by' may name a person", () => {
    const model = modelSaying({ harlow: "B-PER", fenwick: "I-PER", anna: "B-PER", dallow: "I-PER", tarrow: "B-PER", kell: "I-PER" });
    expect(typed("He was chairman of Harlow Fenwick.", model)).toEqual(["ORG Harlow Fenwick"]);
    expect(typed("The firm was acquired by Tarrow Kell.", model)).toEqual(["PERSON Tarrow Kell"]);
    expect(typed("She bought shares in Anna Dallow.", model)).toEqual(["PERSON Anna Dallow"]);
  });

  it("after a company cue, a name with a possessive is the owner, and a person once called a company is not spread", () => {
    // The cue's ORG is no evidence: the document's other two mentions outvote it.
    const model = modelSaying({ dorran: "B-PER", velk: "I-PER", harlow: "B-PER", fenwick: "I-PER" });
    expect(typed("He is chairman of Dorran Velk's holding company.", model)).toEqual(["PERSON Dorran Velk"]);
    expect(typed("Dorran Velk retired. The chairman of Dorran Velk's firm spoke.", model)).toEqual(["PERSON Dorran Velk", "PERSON Dorran Velk"]);
    expect(typed("Harlow Fenwick spoke. He is chairman of Harlow Fenwick, and Harlow Fenwick agreed.", model)).toEqual([
      "PERSON Harlow Fenwick", "PERSON Harlow Fenwick", "PERSON Harlow Fenwick",
    ]);
  });
});
