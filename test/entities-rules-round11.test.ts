import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/**
 * Entity rules, on invented sentences: a party's name run on into a coalition or a
 * member's title; two organisations coordinated inside one span; constituencies named by their cue;
 * function words in capitals; hyphenated given names of two to four letters.
 */
describe("entity rules: a party's name run on into a coalition or a member's title", () => {
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

describe("entity rules: two organisations coordinated inside one span", () => {
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

describe("entity rules: constituencies named by their cue", () => {
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
    expect(typed("He was elected to the seat of Governor Ann Velmor.", model)).toEqual(["PERSON Ann Velmor"]);
  });

  it("an organisation ending in a head word after the cue is left alone", () => {
    const model = modelSaying({ tarrow: "B-ORG", university: "I-ORG" });
    expect(typed("It is the seat of Tarrow University.", model)).toEqual(["ORG Tarrow University"]);
  });
});

describe("entity rules: capitals for emphasis and hyphenated given names", () => {
  it("a function word in capitals is no acronym", () => {
    expect(typed("The contest was close, AND the result stood.", modelSaying({}))).toEqual([]);
    expect(typed("The contest was close, said QRTV.", modelSaying({}))).toEqual(["ORG QRTV"]);
  });

  it("a hyphenated syllable of up to four letters before a comma joins the name", () => {
    const model = modelSaying({ park: "B-PER", seo: "I-PER" });
    expect(typed("Park Seo-ryon, the mayor, spoke first.", model)).toEqual(["PERSON Park Seo-ryon"]);
  });
});

describe("entity rules: teams and bands named by a plural before a fan's or player's noun", () => {
  it("the plural and the town before it are the team", () => {
    expect(typed("You're a Tarrow Comets fan in late September.", modelSaying({ tarrow: "B-PLACE" }))).toEqual(["ORG Tarrow Comets"]);
    expect(typed("Both Quellers players were booked after the break.", modelSaying({}))).toEqual(["ORG Quellers"]);
  });

  it("peoples and ordinary words at a sentence start are left alone", () => {
    expect(typed("Tickets fans bought early sold out.", modelSaying({}))).toEqual([]);
    expect(typed("Thousands of Americans fans travelled.", modelSaying({ americans: "B-NORP" }))).toEqual(["NORP Americans"]);
  });
});

describe("entity rules: document surnames", () => {
  it("a function word the model ran into a person's name lends no surname", () => {
    const model = modelSaying({ quentin: "B-PER", velmor: "I-PER", the: "I-PER" });
    expect(typed("Reprinted: Quentin Velmor The quiet rivers (1998). The fair closed in June.", model)).toEqual(["PERSON Quentin Velmor"]);
  });

  it("a regnal numeral I stays in the name", () => {
    const model = modelSaying({ quentin: "B-PER", velmor: "I-PER", i: "I-PER" });
    expect(typed("Quentin Velmor I ruled for ten years.", model)).toEqual(["PERSON Quentin Velmor I"]);
  });
});

describe("entity rules: campaigns named by an imperative", () => {
  const model = modelSaying({ velmor: "B-ORG", war: "I-ORG", coalition: "I-ORG" });

  it("a campaign verb and 'the' join the organisation after them", () => {
    expect(typed("The march was organised by the Stop the Velmor War Coalition last year.", model)).toEqual(["ORG Stop the Velmor War Coalition"]);
  });

  it("a verb opening the sentence stays out", () => {
    expect(typed("Stop the Velmor War Coalition, they said.", model)).toEqual(["ORG Velmor War Coalition"]);
  });
});


describe("entity rules: offices and portfolios are no organisations", () => {
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

describe("entity rules: surnames before a verb of a career", () => {
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

describe("entity rules: a letter after a hyphen stays in a name", () => {
  it("a hyphenated code keeps its letter", () => {
    const model = modelSaying({ quellcorp: "B-PER", "-": "I-PER", a: "I-PER" });
    expect(typed("See Quellcorp-A for details.", model).map((m) => m.endsWith("-"))).toEqual([false]);
  });
});

describe("entity rules: plural titles before a list of people", () => {
  const model = modelSaying({ senators: "B-PER", congressmen: "B-PER", ann: "I-PER", velmor: "I-PER", carl: "B-PER", tarrow: "I-PER" });

  it("the plural title is given back", () => {
    expect(typed("He spoke with Senators Ann Velmor and Carl Tarrow.", model)).toEqual(["PERSON Ann Velmor", "PERSON Carl Tarrow"]);
    expect(typed("It was backed by Congressmen Ann Velmor and Carl Tarrow.", model)).toEqual(["PERSON Ann Velmor", "PERSON Carl Tarrow"]);
  });

  it("a surname that looks like a plural stays", () => {
    expect(typed("He met Carl Tarrow yesterday.", model)).toEqual(["PERSON Carl Tarrow"]);
  });
});

describe("entity rules: lists of parties and movements", () => {
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

describe("entity rules: acronyms of names in another word order", () => {
  it("a bracketed acronym with the name's initials in another order is the organisation's", () => {
    const model = modelSaying({ socialist: "B-ORG", velmor: "I-ORG" });
    expect(typed("He joined the Socialist Velmor (VS) in 1990.", model)).toEqual(["ORG Socialist Velmor", "ORG VS"]);
  });

  it("letters that are not the initials are left alone", () => {
    const model = modelSaying({ socialist: "B-ORG", velmor: "I-ORG" });
    expect(typed("He joined the Socialist Velmor (QX) in 1990.", model)).toEqual(["ORG Socialist Velmor"]);
  });
});

describe("entity rules: a legal-form suffix alone after a comma", () => {
  it("is no name of its own; the company before it stays", () => {
    const model = modelSaying({ tarrow: "B-ORG", mills: "I-ORG", corporation: "I-ORG", inc: "B-ORG" });
    expect(typed("Shares in Tarrow Mills Corporation, Inc. fell by a third.", model)).toEqual(["ORG Tarrow Mills Corporation"]);
  });
});

describe("entity rules: a constituency never crosses a line break", () => {
  it("a dash at the end of a line joins nothing", () => {
    const out = typed("He won the riding of Dunmore -\nKeldwick Falls voted later.", modelSaying({}));
    expect(out.every((m) => !m.includes("\n"))).toBe(true);
    expect(out).toContain("GPE Dunmore");
  });
});

describe("entity rule guard: what these rules must leave alone", () => {
  const orgs = (out: string[]) => out.filter((x) => x.startsWith("ORG"));
  const places = (out: string[]) => out.filter((x) => x.startsWith("GPE") || x.startsWith("LOC"));

  it("a person's supporters or fans are no team", () => {
    expect(typed("Ann Velmors supporters gathered outside the hall.", modelSaying({ ann: "B-PER", velmors: "I-PER" }))).toEqual(["PERSON Ann Velmors"]);
    expect(orgs(typed("Later Ann Tarrows fans queued for hours.", modelSaying({})))).toEqual([]);
    expect(orgs(typed("Later Mr Quellings supporters cheered.", modelSaying({})))).toEqual([]);
  });

  it("a person, a party or an ordinary word after a constituency cue is no place", () => {
    expect(typed("He won the seat of Ann Velmor in 2010.", modelSaying({ ann: "B-PER", velmor: "I-PER" }))).toEqual(["PERSON Ann Velmor"]);
    expect(places(typed("MPs voted in Parliament for Tarrowby's plan.", modelSaying({})))).toEqual([]);
    expect(typed("She sat as an MP for VLP until 2001.", modelSaying({ vlp: "B-ORG" }))).toEqual(["ORG VLP"]);
    expect(places(typed("It remained the seat of Government for years.", modelSaying({})))).toEqual([]);
    expect(places(typed("He scored a TD for Velmor City on Sunday.", modelSaying({ velmor: "B-ORG", city: "I-ORG" })))).toEqual([]);
  });

  it("an organisation after 'Commissioner of the' written in capitals stays", () => {
    expect(typed("He became Commissioner of the VFL in 2014.", modelSaying({ vfl: "B-ORG" }))).toEqual(["ORG VFL"]);
  });

  it("people and towns listed beside parties keep their types", () => {
    const model = modelSaying({ velmor: "B-PER", tarrow: "B-PER", keld: "B-ORG", quell: "B-ORG", party: "I-ORG" });
    expect(typed("Present were Velmor, Tarrow, the Keld Party and the Quell Party.", model))
      .toEqual(["PERSON Velmor", "PERSON Tarrow", "ORG Keld Party", "ORG Quell Party"]);
    const towns = modelSaying({ dunmore: "B-PLACE", keldwick: "B-PLACE", tarrowby: "B-PLACE", keld: "B-ORG", quell: "B-ORG", party: "I-ORG" });
    expect(places(typed("It canvassed in Dunmore, Keldwick, Tarrowby, the Keld Party and the Quell Party.", towns)).slice(0, 3))
      .toEqual(["GPE Dunmore", "GPE Keldwick", "GPE Tarrowby"]);
  });

  it("a surname named in full elsewhere stays a person in a list of parties", () => {
    const model = modelSaying({ ann: "B-PER", dunsk: "I-PER", quellbrook: "B-PER", keld: "B-ORG", quell: "B-ORG", velm: "B-ORG", party: "I-ORG", alliance: "I-ORG" });
    const out = typed("Ann Dunsk spoke first. The pact joined Dunsk, Quellbrook, the Keld Party, the Velm Alliance and the Quell Party.", model);
    expect(out).toContain("ORG Quellbrook");
    expect(out.filter((x) => x.endsWith(" Dunsk"))).toEqual(["PERSON Ann Dunsk", "PERSON Dunsk"]);
  });

  it("a legal-form abbreviation that is no suffix after a comma stays", () => {
    expect(typed("He moved from Velmor to SA in 2004.", modelSaying({ velmor: "B-PLACE", sa: "B-PLACE" }))).toContain("GPE SA");
  });

  it("a short given name at the end of a person's name stays", () => {
    expect(typed("Ms Ro Van An said the talks went well.", modelSaying({ ro: "B-PER", van: "I-PER", an: "I-PER" }))).toEqual(["PERSON Ro Van An"]);
  });
});
