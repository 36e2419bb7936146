import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/**
 * Round 15 (issue 19) entity rules, on invented sentences: an organisation's head words before an "of / for the" tail
 * the model tagged alone; people read as places after "in"; organisations' names in their own language in brackets;
 * people named by a kinship cue with two unlisted words; companies after "-based"; portfolios with linking words;
 * names in a headline in capitals that the body names; names after "from / in / of" are no speakers.
 */
describe("round 15: head words before an of / for the tail", () => {
  it("the words before the tail join the name the model tagged", () => {
    const model = modelSaying({ liberation: "B-ORG", of: "I-ORG", keldmark: "I-ORG" });
    expect(typed("The raid was claimed by the Front for the Liberation of Keldmark on Monday.", model))
      .toEqual(["ORG Front for the Liberation of Keldmark"]);
  });

  it("a plural of members opens the name, and a place tail makes it an organisation", () => {
    const model = modelSaying({ velmor: "B-PLACE", coast: "I-PLACE" });
    expect(typed("She gave money to Friends of the Velmor Coast last year.", model)).toEqual(["ORG Friends of the Velmor Coast"]);
  });

  it("offices and people keep their two parts", () => {
    const place = modelSaying({ velmoria: "B-PLACE" });
    expect(typed("He was elected President of the Velmoria in 1990.", place)).toEqual(["GPE Velmoria"]);
    expect(typed("He was made Minister for the Velmoria in 1990.", place)).toEqual(["GPE Velmoria"]);
    const both = modelSaying({ ann: "B-PER", keld: "I-PER", tarrow: "B-ORG", party: "I-ORG" });
    expect(typed("She beat Ann Keld of the Tarrow Party in 1990.", both)).toEqual(["PERSON Ann Keld", "ORG Tarrow Party"]);
  });
});

describe("round 15: people read as places after 'in'", () => {
  it("a name after 'in' with no known name word is a place", () => {
    const model = modelSaying({ nong: "B-PER", khai: "I-PER" });
    expect(typed("The towns in Nong Khai were shelled overnight.", model)).toEqual(["GPE Nong Khai"]);
  });

  it("a given name, a possessive or a coordinated name keeps the person", () => {
    const given = modelSaying({ ann: "B-PER", keld: "I-PER" });
    expect(typed("She starred in Ann Keld's first film.", given)).toEqual(["PERSON Ann Keld"]);
    const pair = modelSaying({ orvek: "B-PER", tallun: "B-PER" });
    expect(typed("The same point is made in Orvek and Tallun about costs.", pair)).toEqual(["PERSON Orvek", "PERSON Tallun"]);
    const owner = modelSaying({ orvek: "B-PER" });
    expect(typed("The theme recurs in Orvek's fiction.", owner)).toEqual(["PERSON Orvek"]);
  });
});

describe("round 15: an organisation's own-language name in brackets", () => {
  it("a bracketed name after a party is the party", () => {
    const model = modelSaying({ harvest: "B-ORG", party: "I-ORG", keldiya: "B-PER", partisi: "I-PER" });
    expect(typed("He joined the Harvest Party (Keldiya Partisi, 1990-1998) in 1991.", model))
      .toEqual(["ORG Harvest Party", "ORG Keldiya Partisi"]);
  });

  it("after a language word and a colon", () => {
    const model = modelSaying({ dawn: "B-ORG", movement: "I-ORG" });
    expect(typed("The Dawn Movement (Spanish: Movimiento Alba) won two seats.", model))
      .toEqual(["ORG Dawn Movement", "ORG Movimiento Alba"]);
  });

  it("a person, a cross-reference, a date or an acronym in brackets is left alone", () => {
    const leader = modelSaying({ tarrow: "B-ORG", party: "I-ORG", ann: "B-PER", keld: "I-PER" });
    expect(typed("The Tarrow Party (Ann Keld, leader) won.", leader)).toEqual(["ORG Tarrow Party", "PERSON Ann Keld"]);
    const body = modelSaying({ velmor: "B-ORG", congress: "I-ORG" });
    expect(typed("It met at the Velmor Congress (See: Keld Hall) in May.", body)).toEqual(["ORG Velmor Congress"]);
    expect(typed("It met at the Velmor Congress (Spring 2019) in May.", body)).toEqual(["ORG Velmor Congress"]);
  });
});

describe("round 15: two unlisted words after a kinship cue", () => {
  it("are a person", () => {
    const model = modelSaying({ orvek: "B-PLACE", tallun: "I-PLACE" });
    expect(typed("She is the youngest daughter of Orvek Tallun, a poet.", model)).toEqual(["PERSON Orvek Tallun"]);
  });

  it("a name holding an ordinary word stays a place", () => {
    const model = modelSaying({ keld: "B-PLACE", harbour: "I-PLACE" });
    expect(typed("She is the daughter of Keld Harbour and its people.", model)).toEqual(["GPE Keld Harbour"]);
  });
});

describe("round 15: companies after a hyphenated place or owner", () => {
  it("an unknown name after -based, -owned or -listed is a company", () => {
    expect(typed("Shares in Seattle-based Quellotron fell on Monday.", modelSaying({}))).toContain("ORG Quellotron");
    expect(typed("The state-owned Keldgas said output rose.", modelSaying({}))).toContain("ORG Keldgas");
  });

  it("a person after -based keeps the type", () => {
    expect(typed("The London-based artist Ann Keld opened a show.", modelSaying({ ann: "B-PER", keld: "I-PER" })))
      .toContain("PERSON Ann Keld");
    expect(typed("Berlin-based Anna Velmor said so.", modelSaying({ anna: "B-PER", velmor: "I-PER" })))
      .toContain("PERSON Anna Velmor");
  });
});

describe("round 15: portfolios with linking words are no organisations", () => {
  it("Secretary of State for Health names an office", () => {
    const model = modelSaying({ state: "B-ORG", for: "I-ORG", health: "I-ORG" });
    expect(typed("The Secretary of State for Health said so on Monday.", model)).toEqual([]);
  });

  it("ordinary words before Minister, alone or coordinated, name a portfolio", () => {
    const model = modelSaying({ culture: "B-ORG", energy: "B-ORG", ann: "B-PER", velmor: "I-PER" });
    expect(typed("She had the support of Culture and Communications Minister Ann Velmor.", model)).toEqual(["PERSON Ann Velmor"]);
    expect(typed("Energy Minister Ann Velmor said so.", model)).toEqual(["PERSON Ann Velmor"]);
  });

  it("a body with a head word after an office keeps its type", () => {
    const model = modelSaying({ velmor: "B-ORG", workers: "I-ORG", union: "I-ORG" });
    expect(typed("She is Secretary of the Velmor Workers Union now.", model)).toEqual(["ORG Velmor Workers Union"]);
  });
});

describe("round 15: names in a headline written in capitals", () => {
  it("a headline name the body tags is tagged with the body's type", () => {
    const text = "QUELLTRON KELD TO CLOSE TWO PLANTS\nShares of Quelltron Keld fell 4% on Monday.";
    expect(typed(text, modelSaying({}))).toEqual(["ORG QUELLTRON KELD", "ORG Quelltron Keld"]);
  });

  it("a word in capitals inside an ordinary sentence is left alone", () => {
    const text = "Shares of Quelltron Keld fell 4% on Monday. Analysts said QUELLTRON KELD was cheap.";
    expect(typed(text, modelSaying({}))).toEqual(["ORG Quelltron Keld"]);
  });
});

describe("round 15: a bare administrative kind word is no place", () => {
  it("an institution word alone opening a sentence is no name", () => {
    const model = modelSaying({ party: "B-ORG", ann: "B-PER", velmor: "I-PER" });
    expect(typed("Party leader Ann Velmor was re-elected.", model)).toEqual(["PERSON Ann Velmor"]);
  });

  it("County alone after a bracket is dropped", () => {
    const model = modelSaying({ keldu: "B-PLACE", county: "B-PLACE" });
    expect(typed("It was fought in Keldu (north) County and beyond.", model)).toEqual(["GPE Keldu"]);
  });
});

describe("round 15: followers in the plural", () => {
  it("a name in -istas or -ists is a group, not a person", () => {
    const model = modelSaying({ velmoristas: "B-PER", keldists: "B-PER" });
    expect(typed("The Velmoristas' march met the Keldists in May.", model)).toEqual(["NORP Velmoristas", "NORP Keldists"]);
  });
});

describe("round 15: degrees written with dots", () => {
  it("a letter group of Ed.D. or Ph.D. is no name", () => {
    const model = modelSaying({ ed: "B-PER", ph: "B-PER" });
    expect(typed("She holds an Ed.D. and a Ph.D. from the academy.", model)).toEqual([]);
    expect(typed("Ed Keld said so.", modelSaying({ ed: "B-PER", keld: "I-PER" }))).toEqual(["PERSON Ed Keld"]);
  });
});

describe("round 15: a name after from / in / of is no speaker", () => {
  it("the place a speaker comes from stays a place", () => {
    const model = modelSaying({ keldby: "B-PLACE" });
    expect(typed("A man from Keldby said the road was closed.", model)).toEqual(["GPE Keldby"]);
    expect(typed("Officials in Keldby resigned on Monday.", model)).toEqual(["GPE Keldby"]);
    expect(typed("A man from Keldby was jailed on Friday.", model)).toEqual(["GPE Keldby"]);
  });

  it("the speaker's own name is still a person", () => {
    expect(typed("Keldby said the road was closed.", modelSaying({ keldby: "B-PLACE" }))).toEqual(["PERSON Keldby"]);
  });
});
