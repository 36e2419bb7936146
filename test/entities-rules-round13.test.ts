import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/**
 * Entity rules, on invented sentences.
 */
describe("entity rules: a company word that is also a surname needs more than a verb", () => {
  const model = modelSaying({});
  it("a surname-like company word before a speech verb alone is no company", () => {
    expect(typed("Sharp said the talks had gone well.", model)).toEqual([]);
    expect(typed("Dell hired a lawyer after the crash.", model)).toEqual([]);
  });

  it("the same word is a company when the document names it by a company's cue", () => {
    expect(typed("Investors sold shares of Sharp on Monday. Sharp said profits would fall.", model))
      .toEqual(["ORG Sharp", "ORG Sharp"]);
  });

  it("a surname-like company word the document gives a person is that person after a verb", () => {
    expect(typed("Ms Dell joined the board in May. Dell said she would stay.", model)).toEqual(["PERSON Dell", "PERSON Dell"]);
  });

  it("a noun of a company's accounts in the sentence names the company, even one read as a person", () => {
    expect(typed("Ford said quarterly profits rose by a tenth.", modelSaying({ ford: "B-PER" }))).toEqual(["ORG Ford"]);
    expect(typed("Sharp said sales of its television sets fell.", model)).toEqual(["ORG Sharp"]);
  });

  it("a company word that is no common surname takes a verb cue again", () => {
    expect(typed("Canon said the new cameras would ship in May.", model)).toEqual(["ORG Canon"]);
    expect(typed("Mars said it would close the plant.", model)).toEqual(["ORG Mars"]);
  });

  it("a verb of a company's accounts still names the company", () => {
    expect(typed("Dell cut 900 jobs in its home state.", model)).toEqual(["ORG Dell"]);
  });

  it("a company word that is no surname still takes a verb cue", () => {
    expect(typed("Gap said sales fell in the spring.", model)).toEqual(["ORG Gap"]);
  });
});

describe("entity rules: religious orders called by their members' plural", () => {
  it("a listed order read as a people, a place or nothing is an organisation", () => {
    const model = modelSaying({ jesuits: "B-NORP", carmelites: "B-PLACE" });
    expect(typed("Two schools in the valley were run by the Jesuits until the war.", model)).toEqual(["ORG Jesuits"]);
    expect(typed("The convent passed to the Carmelites after a long quarrel.", model)).toEqual(["ORG Carmelites"]);
    expect(typed("A new house of the Poor Clares opened near the river.", modelSaying({}))).toEqual(["ORG Poor Clares"]);
  });

  it("a qualifier before the order joins its name", () => {
    const model = modelSaying({ carmelites: "B-PER" });
    expect(typed("A house of Discalced Carmelites stood on the hill.", model)).toEqual(["ORG Discalced Carmelites"]);
  });

  it("the singular and a longer name are left alone", () => {
    expect(typed("A Jesuit priest taught her Latin.", modelSaying({}))).toEqual([]);
    const college = modelSaying({ velmor: "B-ORG", jesuits: "I-ORG", college: "I-ORG" });
    expect(typed("She studied at Velmor Jesuits College for two years.", college)).toEqual(["ORG Velmor Jesuits College"]);
  });
});

describe("entity rules: parties and parliaments known by a native name", () => {
  it("a listed native name read as a person or missed is an organisation", () => {
    const model = modelSaying({ kokoomus: "B-PER" });
    expect(typed("After the count Kokoomus held the most seats in the north.", model)).toEqual(["ORG Kokoomus"]);
    expect(typed("She sat in the Althingi for nine years.", modelSaying({}))).toEqual(["ORG Althingi"]);
  });

  it("a listed name after an article opening the sentence is an organisation", () => {
    expect(typed("The Senedd voted on the budget.", modelSaying({}))).toEqual(["ORG Senedd"]);
    expect(typed("The Sobranie voted on the budget.", modelSaying({ sobranie: "B-PER" }))).toEqual(["ORG Sobranie"]);
  });
});

describe("entity rules: lone surnames by what only a person does", () => {
  it("a lone unlisted name read as a place before a person's verb is a person", () => {
    const model = modelSaying({ quellan: "B-PLACE", dorrick: "B-PLACE", brannet: "B-PLACE" });
    expect(typed("After the trial Quellan was jailed for two years.", model)).toEqual(["PERSON Quellan"]);
    expect(typed("After the war Dorrick graduated from a college in the north.", model)).toEqual(["PERSON Dorrick"]);
    expect(typed("Since 2015 Brannet is teaching at a college in the south.", model)).toEqual(["PERSON Brannet"]);
  });

  it("a region or a club asked to act stays what the model read", () => {
    const model = modelSaying({ eastmarch: "B-PLACE", foxbridge: "B-PLACE" });
    expect(typed("The federal council asked Eastmarch to hold elections.", model)).toEqual(["GPE Eastmarch"]);
    expect(typed("The league asked Foxbridge to pay the fine.", model)).not.toContain("PERSON Foxbridge");
  });

  it("what a school or a firm does too is no person's cue", () => {
    const model = modelSaying({ quellford: "B-ORG", velmorcorp: "B-ORG" });
    expect(typed("Quellford taught him Latin and Greek.", model)).toEqual(["ORG Quellford"]);
    expect(typed("Velmorcorp testified before the panel on Tuesday.", model)).toEqual(["ORG Velmorcorp"]);
  });
});

describe("entity rules: religious orders, what the list leaves alone", () => {
  it("an order's name that is an ordinary word opening a sentence says nothing", () => {
    expect(typed("Capuchins live in the forests of the south.", modelSaying({}))).toEqual([]);
    expect(typed("The island was given to the Capuchins in the spring.", modelSaying({}))).toEqual(["ORG Capuchins"]);
    expect(typed("Trinitarians believe in one God in three persons.", modelSaying({}))).toEqual([]);
  });

  it("an order after an article opening the sentence is an organisation", () => {
    expect(typed("The Templars were suppressed by the king.", modelSaying({ templars: "B-NORP" }))).toEqual(["ORG Templars"]);
    expect(typed("The Sulpicians ran the seminary for a century.", modelSaying({}))).toEqual(["ORG Sulpicians"]);
  });
});
