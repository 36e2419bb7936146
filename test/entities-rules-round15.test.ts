import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/**
 * Entity rules and their narrowing, on invented sentences: an organisation's head words before an
 * "of / for the" tail the model tagged alone; organisations' names in their own language in brackets;
 * people named by a kinship cue with two unlisted words; companies after "-based"; portfolios with linking words;
 * names in a headline in capitals that the body names; names after "from / in / of" are no speakers.
 */
describe("entity rules: head words before an of / for the tail", () => {
  it("the words before the tail join the name the model tagged", () => {
    const model = modelSaying({ quarry: "B-ORG", workers: "I-ORG" });
    expect(typed("Members of the Union for the Quarry Workers picketed the gates.", model))
      .toEqual(["ORG Union for the Quarry Workers"]);
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

describe("entity rules: generic plurals before an of the tail", () => {
  it("citizens, people and friends of a tagged body or place are no organisation", () => {
    expect(typed("Citizens of the Velmor Union can travel freely.", modelSaying({ velmor: "B-ORG", union: "I-ORG" })))
      .toEqual(["ORG Velmor Union"]);
    expect(typed("People of the Keld Islands voted on Monday.", modelSaying({ keld: "B-PLACE", islands: "I-PLACE" })))
      .toEqual(["LOC Keld Islands"]);
    expect(typed("Friends of the Tarrow Foundation said they were shocked.", modelSaying({ tarrow: "B-ORG", foundation: "I-ORG" })))
      .toEqual(["ORG Tarrow Foundation"]);
  });

  it("a generic plural still opens a campaign's name before 'for'", () => {
    expect(typed("A group called Citizens for the Orvek Valley sued the council.", modelSaying({ orvek: "B-PLACE", valley: "I-PLACE" })))
      .toEqual(["ORG Citizens for the Orvek Valley"]);
  });
});

describe("entity rules: a person after 'in' keeps the model's type", () => {
  it("no place is made of a person after 'in', nor spread to other mentions", () => {
    expect(typed("Voters lost faith in Orvek after the floods.", modelSaying({ orvek: "B-PER" }))).toEqual(["PERSON Orvek"]);
    expect(typed("President Orvek said he would run again. Voters lost faith in Orvek after the floods.", modelSaying({ orvek: "B-PER" })))
      .toEqual(["PERSON Orvek", "PERSON Orvek"]);
  });
});

describe("entity rules: an organisation's own-language name in brackets", () => {
  it("a bracketed name after a party is the party", () => {
    const model = modelSaying({ farmers: "B-ORG", league: "I-ORG", liga: "B-PER", agraria: "I-PER", velmorense: "I-PER" });
    expect(typed("Velmor's Farmers League (Liga Agraria Velmorense) doubled its vote.", model))
      .toEqual(["ORG Farmers League", "ORG Liga Agraria Velmorense"]);
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

  it("a title, a listed place, a town with its state or two coordinated places in brackets keep their types", () => {
    const party = modelSaying({ keld: "B-ORG", party: "I-ORG", orvek: "B-PER", tallun: "I-PER" });
    expect(typed("The Keld Party (Prime Minister Orvek Tallun) won the vote.", party)).toEqual(["ORG Keld Party", "PERSON Orvek Tallun"]);
    const firm = modelSaying({ quellcorp: "B-ORG", portugal: "B-PLACE", velmor: "B-PLACE", springs: "I-PLACE", california: "B-PLACE" });
    expect(typed("Quellcorp (Portugal) said sales fell.", firm)).toEqual(["ORG Quellcorp", "GPE Portugal"]);
    expect(typed("Quellcorp (Velmor Springs, California) reported a profit.", firm))
      .toEqual(["ORG Quellcorp", "GPE Velmor Springs", "GPE California"]);
    const movement = modelSaying({ dawn: "B-ORG", movement: "I-ORG", velmoria: "B-PLACE", keldland: "B-PLACE" });
    expect(typed("The Dawn Movement (Velmoria and Keldland) grew fast.", movement))
      .toEqual(["ORG Dawn Movement", "GPE Velmoria", "GPE Keldland"]);
  });
});

describe("entity rules: two unlisted words after a kinship cue", () => {
  it("are a person", () => {
    const model = modelSaying({ orvek: "B-PLACE", tallun: "I-PLACE" });
    expect(typed("She is the youngest daughter of Orvek Tallun, a poet.", model)).toEqual(["PERSON Orvek Tallun"]);
  });

  it("a name holding an ordinary word stays a place", () => {
    const model = modelSaying({ keld: "B-PLACE", harbour: "I-PLACE" });
    expect(typed("She is the daughter of Keld Harbour and its people.", model)).toEqual(["GPE Keld Harbour"]);
  });
});

describe("entity rules: companies after a hyphenated place or owner", () => {
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

  it("a surname the model reads as a person stays one, here and in later mentions", () => {
    const model = modelSaying({ orvek: "B-PER" });
    expect(typed("The Keldport-based Orvek, a lawyer, filed the case. Orvek said he was confident.", model))
      .toEqual(["PERSON Orvek", "PERSON Orvek"]);
    expect(typed("Our Velmor-based Orvek reports. Orvek has covered the region since 2010.", model))
      .toEqual(["PERSON Orvek", "PERSON Orvek"]);
  });
});

describe("entity rules: portfolios with linking words are no organisations", () => {
  it("Secretary of State for Health names an office", () => {
    const model = modelSaying({ state: "B-ORG", for: "I-ORG", health: "I-ORG" });
    expect(typed("The Secretary of State for Health said so on Monday.", model)).toEqual([]);
  });

  it("ordinary words before Minister and a name, alone or coordinated, name a portfolio", () => {
    const model = modelSaying({ water: "B-ORG", energy: "B-ORG", keld: "B-PER", dorra: "I-PER" });
    expect(typed("On Friday the bridge was opened by Water and Forestry Minister Keld Dorra and two mayors.", model)).toEqual(["PERSON Keld Dorra"]);
    expect(typed("Energy Minister Keld Dorra said so.", model)).toEqual(["PERSON Keld Dorra"]);
  });

  it("a party before coordinated Ministers keeps its name", () => {
    const model = modelSaying({ greens: "B-ORG", velmor: "B-ORG", ministers: "I-ORG", labour: "B-ORG" });
    expect(typed("The Greens and Velmor Ministers resigned.", model)).toEqual(["ORG Greens", "ORG Velmor Ministers"]);
    expect(typed("Labour and Velmor Ministers walked out.", model)).toEqual(["ORG Labour", "ORG Velmor Ministers"]);
  });

  it("a body with a head word after an office keeps its type", () => {
    const model = modelSaying({ velmor: "B-ORG", workers: "I-ORG", union: "I-ORG" });
    expect(typed("She is Secretary of the Velmor Workers Union now.", model)).toEqual(["ORG Velmor Workers Union"]);
  });
});

describe("entity rules: names in a headline written in capitals", () => {
  it("a headline name the body tags is tagged with the body's type", () => {
    const text = "QUELLTRON KELD TO CLOSE TWO PLANTS\nShares of Quelltron Keld fell 4% on Monday.";
    expect(typed(text, modelSaying({}))).toEqual(["ORG QUELLTRON KELD", "ORG Quelltron Keld"]);
  });

  it("a word in capitals inside an ordinary sentence is left alone", () => {
    const text = "Shares of Quelltron Keld fell 4% on Monday. Analysts said QUELLTRON KELD was cheap.";
    expect(typed(text, modelSaying({}))).toEqual(["ORG Quelltron Keld"]);
  });
});

describe("entity rules: a bare administrative kind word is no place", () => {
  it("an institution word alone opening a sentence is no name", () => {
    const model = modelSaying({ party: "B-ORG", ann: "B-PER", velmor: "I-PER" });
    expect(typed("Party leader Ann Velmor was re-elected.", model)).toEqual(["PERSON Ann Velmor"]);
  });

  it("a Province or County alone is dropped", () => {
    const model = modelSaying({ province: "B-PLACE", tarrow: "B-PLACE" });
    expect(typed("Officials in Tarrow said the Province would appeal.", model)).toEqual(["GPE Tarrow"]);
  });
});

describe("entity rules: followers in the plural", () => {
  it("a name in -istas or -ists is a group, not a person", () => {
    const model = modelSaying({ orvekistas: "B-PER", keldists: "B-PER" });
    expect(typed("Supporters of the Keldists clashed with Orvekistas near the port.", model)).toEqual(["NORP Keldists", "NORP Orvekistas"]);
  });
});

describe("entity rules: degrees written with dots", () => {
  it("a letter group of Ed.D. or Ph.D. is no name", () => {
    const model = modelSaying({ ed: "B-PER", ph: "B-PER" });
    expect(typed("She holds an Ed.D. and a Ph.D. from the academy.", model)).toEqual([]);
    expect(typed("Ed Keld said so.", modelSaying({ ed: "B-PER", keld: "I-PER" }))).toEqual(["PERSON Ed Keld"]);
  });
});

describe("entity rules: a name after from / in / of is no speaker", () => {
  it("the place a speaker comes from stays a place", () => {
    const model = modelSaying({ keldby: "B-PLACE" });
    expect(typed("A man from Keldby said the road was closed.", model)).toEqual(["GPE Keldby"]);
    expect(typed("Officials in Keldby resigned on Monday.", model)).toEqual(["GPE Keldby"]);
    expect(typed("A man from Keldby was jailed on Friday.", model)).toEqual(["GPE Keldby"]);
  });

  it("the speaker's own name is still a person", () => {
    expect(typed("Keldby said the road was closed.", modelSaying({ keldby: "B-PLACE" }))).toEqual(["PERSON Keldby"]);
  });

  it("', who' and an age after the name still make a person, whatever comes before", () => {
    expect(typed("The party found a new hero in Orvek, who said he was ready.", modelSaying({ orvek: "B-PLACE" }))).toEqual(["PERSON Orvek"]);
    expect(typed("The party found a new hero in Orvek, who said he was ready.", modelSaying({}))).toEqual(["PERSON Orvek"]);
    expect(typed("The club has a new star in Tallun, 19, after the transfer.", modelSaying({ tallun: "B-PLACE" }))).toEqual(["PERSON Tallun"]);
  });
});
