import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/**
 * Round 11 (issue 19) entity rules, on invented sentences: a party's name run on into a coalition or a
 * member's title; two organisations coordinated inside one span; constituencies named by their cue;
 * function words in capitals; hyphenated given names of two to four letters.
 */
describe("round 11: a party's name run on into a coalition or a member's title", () => {
  const model = modelSaying({
    velmor: "B-ORG", party: "I-ORG", coalition: "I-ORG", government: "I-ORG", of: "I-ORG", velmoria: "I-ORG", "-": "I-ORG",
    country: "I-ORG", national: "I-ORG", greenway: "B-ORG", mp: "I-ORG", tarrow: "B-ORG",
  });

  it("the coalition word is cut off the party", () => {
    expect(typed("After the vote the Velmor Party Coalition kept its majority.", model)).toEqual(["ORG Velmor Party"]);
  });

  it("two parties of a coalition joined by a dash are two organisations", () => {
    expect(typed("It ended years of Velmor Party of Velmoria - Country Party of Velmoria Coalition government.", model))
      .toEqual(["ORG Velmor Party of Velmoria", "ORG Country Party of Velmoria"]);
  });

  it("a one-word party before MP is the party", () => {
    expect(typed("She was elected as Greenway MP in 1964.", model)).toEqual(["ORG Greenway"]);
  });

  it("a coalition named without a party head word keeps its name", () => {
    expect(typed("The Tarrow National Coalition won.", model)).toEqual(["ORG Tarrow National Coalition"]);
  });

  it("a person's name gives back MP", () => {
    const people = modelSaying({ anna: "B-PER", quellby: "I-PER", mp: "I-PER" });
    expect(typed("Anna Quellby MP said the bill would pass.", people)).toEqual(["PERSON Anna Quellby"]);
  });
});

describe("round 11: two organisations coordinated inside one span", () => {
  const model = modelSaying({
    quellmark: "B-ORG", society: "I-ORG", and: "I-ORG", open: "I-ORG", tarrow: "I-ORG", foundation: "I-ORG",
    for: "I-ORG", arts: "I-ORG", sciences: "I-ORG", velmor: "B-ORG", bank: "I-ORG", trust: "I-ORG", company: "I-ORG",
  });

  it("an organisation closed by its head word and another after 'and' are two", () => {
    expect(typed("He joined the Quellmark Society and Open Tarrow Foundation in 1990.", model)).toEqual(["ORG Quellmark Society", "ORG Open Tarrow Foundation"]);
  });

  it("subjects and business names joined by 'and' stay one name", () => {
    expect(typed("He joined the Quellmark Society for Arts and Sciences in 1990.", model)).toEqual(["ORG Quellmark Society for Arts and Sciences"]);
    expect(typed("He joined Velmor Bank and Trust Company in 1990.", model)).toEqual(["ORG Velmor Bank and Trust Company"]);
  });
});

describe("round 11: constituencies named by their cue", () => {
  it("a name after 'the riding of' is a place, dashes and all", () => {
    const model = modelSaying({ dunmore: "B-PER", keldwick: "B-ORG", falls: "I-ORG" });
    expect(typed("She won the riding of Dunmore - Keldwick Falls in 2006.", model)).toEqual(["GPE Dunmore - Keldwick Falls"]);
  });

  it("an untagged name after 'MP for' is added as a place", () => {
    const model = modelSaying({});
    expect(typed("He served as the MP for Tarrow North until 2001.", model)).toEqual(["GPE Tarrow North"]);
  });

  it("a person's seat is not a constituency", () => {
    const model = modelSaying({ ann: "B-PER", velmor: "I-PER" });
    expect(typed("He was appointed to fill the seat of Governor Ann Velmor.", model)).toEqual(["PERSON Ann Velmor"]);
  });

  it("an organisation ending in a head word after the cue is left alone", () => {
    const model = modelSaying({ tarrow: "B-ORG", university: "I-ORG" });
    expect(typed("It is the seat of Tarrow University.", model)).toEqual(["ORG Tarrow University"]);
  });
});

describe("round 11: capitals for emphasis and hyphenated given names", () => {
  it("a function word in capitals is no acronym", () => {
    expect(typed("The contest was close, AND the result stood.", modelSaying({}))).toEqual([]);
    expect(typed("The contest was close, said QRTV.", modelSaying({}))).toEqual(["ORG QRTV"]);
  });

  it("a hyphenated syllable of up to four letters before a comma joins the name", () => {
    const model = modelSaying({ park: "B-PER", seo: "I-PER" });
    expect(typed("Park Seo-ryon, the mayor, spoke first.", model)).toEqual(["PERSON Park Seo-ryon"]);
  });
});

describe("round 11: teams and bands named by a plural before a fan's or player's noun", () => {
  it("the plural and the town before it are the team", () => {
    expect(typed("You're a Tarrow Comets fan in late September.", modelSaying({ tarrow: "B-PLACE" }))).toEqual(["ORG Tarrow Comets"]);
    expect(typed("He was the only other Quellers player to score twice.", modelSaying({ quellers: "B-PER" }))).toEqual(["ORG Quellers"]);
  });

  it("peoples and ordinary words at a sentence start are left alone", () => {
    expect(typed("Tickets fans bought early sold out.", modelSaying({}))).toEqual([]);
    expect(typed("Thousands of Americans fans travelled.", modelSaying({ americans: "B-NORP" }))).toEqual(["NORP Americans"]);
  });
});

describe("round 11: document surnames", () => {
  it("a function word the model ran into a person's name lends no surname", () => {
    const model = modelSaying({ quentin: "B-PER", velmor: "I-PER", the: "I-PER" });
    expect(typed("See Quentin Velmor The better angels (2011). The campaign ended in May.", model)).toEqual(["PERSON Quentin Velmor"]);
  });

  it("a regnal numeral I stays in the name", () => {
    const model = modelSaying({ quentin: "B-PER", velmor: "I-PER", i: "I-PER" });
    expect(typed("Quentin Velmor I ruled for ten years.", model)).toEqual(["PERSON Quentin Velmor I"]);
  });
});

describe("round 11: campaigns named by an imperative", () => {
  const model = modelSaying({ velmor: "B-ORG", war: "I-ORG", coalition: "I-ORG" });

  it("a campaign verb and 'the' join the organisation after them", () => {
    expect(typed("The march was organised by the Stop the Velmor War Coalition last year.", model)).toEqual(["ORG Stop the Velmor War Coalition"]);
  });

  it("a verb opening the sentence stays out", () => {
    expect(typed("Stop the Velmor War Coalition, they said.", model)).toEqual(["ORG Velmor War Coalition"]);
  });
});


describe("round 11: offices and portfolios are no organisations", () => {
  const model = modelSaying({ national: "B-ORG", velmor: "I-ORG", adviser: "I-ORG", foreign: "B-ORG", affairs: "I-ORG", party: "I-ORG", leader: "I-ORG", interior: "I-ORG", ministry: "I-ORG", ann: "B-PER", tarrow: "I-PER" });

  it("an office ending in an office noun is dropped, the holder kept", () => {
    expect(typed("He appointed former National Velmor Adviser Ann Tarrow to the board.", model)).toEqual(["PERSON Ann Tarrow"]);
  });

  it("a portfolio after 'the Minister of' is dropped", () => {
    expect(typed("She was the Minister of Foreign Affairs until 2001.", model)).toEqual([]);
  });

  it("a name with an organisation's head word stays", () => {
    expect(typed("He met the Foreign Interior Ministry officials.", model)).toEqual(["ORG Foreign Interior Ministry"]);
    expect(typed("Ann Tarrow, the Velmor Party Leader, spoke.", modelSaying({ ann: "B-PER", tarrow: "I-PER", velmor: "B-ORG", party: "I-ORG", leader: "I-ORG" }))).toEqual(["PERSON Ann Tarrow", "ORG Velmor Party Leader"]);
  });
});

describe("round 11: surnames before a verb of a career", () => {
  it("a lone name read as a place that resigned or was born is a person", () => {
    const model = modelSaying({ quellvane: "B-PLACE" });
    expect(typed("In 1974 Quellvane resigned from the cabinet.", model)).toEqual(["PERSON Quellvane"]);
    expect(typed("Quellvane was born in a small village.", model)).toEqual(["PERSON Quellvane"]);
  });

  it("a listed place or a party that is elected keeps its type", () => {
    expect(typed("London was born of a Roman camp.", modelSaying({ london: "B-PLACE" }))).toEqual(["GPE London"]);
    expect(typed("Quellvane was elected in 1974.", modelSaying({ quellvane: "B-ORG" }))).toEqual(["ORG Quellvane"]);
  });
});

describe("round 11: a letter after a hyphen stays in a name", () => {
  it("a hyphenated code keeps its letter", () => {
    const model = modelSaying({ quellcorp: "B-PER", "-": "I-PER", a: "I-PER" });
    expect(typed("See Quellcorp-A for details.", model).map((m) => m.endsWith("-"))).toEqual([false]);
  });
});

describe("round 11: plural titles before a list of people", () => {
  const model = modelSaying({ senators: "B-PER", congressmen: "B-PER", ann: "I-PER", velmor: "I-PER", carl: "B-PER", tarrow: "I-PER" });

  it("the plural title is given back", () => {
    expect(typed("He spoke with Senators Ann Velmor and Carl Tarrow.", model)).toEqual(["PERSON Ann Velmor", "PERSON Carl Tarrow"]);
    expect(typed("It was backed by Congressmen Ann Velmor and Carl Tarrow.", model)).toEqual(["PERSON Ann Velmor", "PERSON Carl Tarrow"]);
  });

  it("a surname that looks like a plural stays", () => {
    expect(typed("He met Carl Tarrow yesterday.", model)).toEqual(["PERSON Carl Tarrow"]);
  });
});

describe("round 11: lists of parties and movements", () => {
  const model = modelSaying({ quellbrook: "B-PER", ostrava: "B-PLACE", nova: "I-PLACE", keld: "B-ORG", party: "I-ORG", velmor: "B-ORG" });

  it("names beside a party in a list are organisations", () => {
    expect(typed("The coalition joined Velmor, Quellbrook, the Keld Party and Ostrava Nova.", model))
      .toEqual(["ORG Velmor", "ORG Quellbrook", "ORG Keld Party", "ORG Ostrava Nova"]);
  });

  it("a listed place in the list stays a place", () => {
    expect(typed("It won seats from Velmor, Paris, the Keld Party and the Tarrow Party.", modelSaying({ velmor: "B-ORG", paris: "B-PLACE", keld: "B-ORG", tarrow: "B-ORG", party: "I-ORG" })))
      .toEqual(["ORG Velmor", "GPE Paris", "ORG Keld Party", "ORG Tarrow Party"]);
  });
});

describe("round 11: acronyms of names in another word order", () => {
  it("a bracketed acronym with the name's initials in another order is the organisation's", () => {
    const model = modelSaying({ socialist: "B-ORG", velmor: "I-ORG" });
    expect(typed("He joined the Socialist Velmor (VS) in 1990.", model)).toEqual(["ORG Socialist Velmor", "ORG VS"]);
  });

  it("letters that are not the initials are left alone", () => {
    const model = modelSaying({ socialist: "B-ORG", velmor: "I-ORG" });
    expect(typed("He joined the Socialist Velmor (QX) in 1990.", model)).toEqual(["ORG Socialist Velmor"]);
  });
});

describe("round 11: a legal-form suffix alone after a comma", () => {
  it("is no name of its own; the company before it stays", () => {
    const model = modelSaying({ velmor: "B-ORG", lottery: "I-ORG", corporation: "I-ORG", inc: "B-ORG" });
    expect(typed("The appeal of Velmor Lottery Corporation, Inc. was heard.", model)).toEqual(["ORG Velmor Lottery Corporation"]);
  });
});

describe("round 11: a constituency never crosses a line break", () => {
  it("a dash at the end of a line joins nothing", () => {
    const out = typed("He won the riding of Dunmore -\nKeldwick Falls voted later.", modelSaying({}));
    expect(out.every((m) => !m.includes("\n"))).toBe(true);
    expect(out).toContain("GPE Dunmore");
  });
});
