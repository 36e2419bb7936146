import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/**
 * Round 13 (issue 19) entity rules, on invented sentences.
 */
describe("round 13: a company word that is also a surname needs more than a verb", () => {
  const model = modelSaying({});
  it("a surname-like company word before a speech verb alone is no company", () => {
    expect(typed("Sharp said the talks had gone well.", model)).toEqual([]);
    expect(typed("Dell hired a lawyer after the crash.", model)).toEqual([]);
  });

  it("the same word is a company when the document names it by a company's cue", () => {
    expect(typed("Investors sold shares of Sharp on Monday. Sharp said profits would fall.", model))
      .toEqual(["ORG Sharp", "ORG Sharp"]);
  });

  it("a company word the document gives a person is no company after a verb", () => {
    expect(typed("Ms Gap joined the board in May. Gap said she would stay.", model)).not.toContain("ORG Gap");
  });

  it("a verb of a company's accounts still names the company", () => {
    expect(typed("Dell cut 900 jobs in its home state.", model)).toEqual(["ORG Dell"]);
  });

  it("a company word that is no surname still takes a verb cue", () => {
    expect(typed("Gap said sales fell in the spring.", model)).toEqual(["ORG Gap"]);
  });
});

describe("round 13: religious orders called by their members' plural", () => {
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

describe("round 13: parties and parliaments known by a native name", () => {
  it("a listed native name read as a person or missed is an organisation", () => {
    const model = modelSaying({ kokoomus: "B-PER" });
    expect(typed("After the count Kokoomus held the most seats in the north.", model)).toEqual(["ORG Kokoomus"]);
    expect(typed("She sat in the Althingi for nine years.", modelSaying({}))).toEqual(["ORG Althingi"]);
  });
});

describe("round 13: lone surnames by what only a person does", () => {
  it("a lone unlisted name read as a place before a person's verb is a person", () => {
    const model = modelSaying({ quellan: "B-PLACE", dorrick: "B-PLACE", brannet: "B-PLACE" });
    expect(typed("After the trial Quellan was jailed for two years.", model)).toEqual(["PERSON Quellan"]);
    expect(typed("The premier asked Dorrick to join the cabinet.", model)).toEqual(["PERSON Dorrick"]);
    expect(typed("Since 2015 Brannet is teaching at a college in the south.", model)).toEqual(["PERSON Brannet"]);
  });

  it("a listed place before the same verbs stays a place", () => {
    const model = modelSaying({ ohio: "B-PLACE" });
    expect(typed("The governor asked Ohio to join the pact.", model)).toEqual(["GPE Ohio"]);
  });
});

describe("round 13: religious orders, what the list leaves alone", () => {
  it("an order's name that is an ordinary word opening a sentence says nothing", () => {
    expect(typed("Capuchins live in the forests of the south.", modelSaying({}))).toEqual([]);
    expect(typed("The island was given to the Capuchins in the spring.", modelSaying({}))).toEqual(["ORG Capuchins"]);
  });
});

describe("round 13: lone names a firm shares with people", () => {
  it("a firm asked to act or appointed stays a firm", () => {
    const model = modelSaying({ quellcorp: "B-ORG" });
    expect(typed("The regulator asked Quellcorp to remove the posts.", model)).toEqual(["ORG Quellcorp"]);
    expect(typed("Last year Quellcorp was appointed as the auditor.", model)).toEqual(["ORG Quellcorp"]);
  });
});
