import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/**
 * Entity rules, on invented sentences: people named after a title keep their type
 * against the place and venue rules; organisations with a head word keep their type in a list; member
 * titles after a body's head word; seats held and parties led; union offices; works before "fan".
 */
describe("entity rules: a person named after a title stays a person", () => {
  it("a titled name before a comma and a state is not a town there", () => {
    const model = modelSaying({ orrin: "B-PER", vell: "I-PER", nevada: "B-PLACE", ada: "B-PER", quint: "I-PER" });
    expect(typed("Two mayors sat beside Senator Orrin Vell, Nevada Governor Ada Quint and a judge.", model))
      .toEqual(["PERSON Orrin Vell", "GPE Nevada", "PERSON Ada Quint"]);
  });

  it("an untitled unknown name before a comma and a state is still the town", () => {
    const model = modelSaying({ orrin: "B-PER", vell: "I-PER", ohio: "B-PLACE" });
    expect(typed("She grew up in Orrin Vell, Ohio and moved away.", model)).toEqual(["GPE Orrin Vell", "GPE Ohio"]);
  });

  it("an organisation named by its head word before a comma and a country is no town", () => {
    const model = modelSaying({ velmor: "B-ORG", university: "I-ORG", france: "B-PLACE", keld: "B-ORG" });
    expect(typed("Ann Brill, Velmor University, France.", model)).toEqual(["ORG Velmor University", "GPE France"]);
    expect(typed("They visited Keld, France last year.", model)).toEqual(["GPE Keld", "GPE France"]);
  });

  it("a titled surname that is also a facility word is no building", () => {
    const model = modelSaying({ ada: "B-PER", bridge: "I-PER", velmor: "B-ORG" });
    expect(typed("The board chose Senator Ada Bridge as its chair.", model)).toEqual(["PERSON Ada Bridge"]);
    const building = modelSaying({ velmor: "B-ORG", tower: "I-ORG" });
    expect(typed("They met at the Velmor Tower on Friday.", building)).toEqual(["LOC Velmor Tower"]);
  });
});

describe("entity rules: an organisation named with its head word keeps its type in a list", () => {
  it("a party in a list of places stays a party", () => {
    const model = modelSaying({ paris: "B-PLACE", lyon: "B-PLACE", velmor: "B-PLACE", quell: "B-ORG", party: "I-ORG" });
    expect(typed("Offices opened in Paris, Lyon, Velmor and the Quell Party.", model))
      .toEqual(["GPE Paris", "GPE Lyon", "GPE Velmor", "ORG Quell Party"]);
  });
});

describe("entity rules: member titles and parties", () => {
  it("an MP after any body's head word is cut off", () => {
    const model = modelSaying({ keld: "B-ORG", union: "I-ORG", mps: "I-ORG" });
    expect(typed("Both Keld Union MPs abstained on the budget.", model)).toEqual(["ORG Keld Union"]);
  });

  it("an acronym before MPs is the members' party", () => {
    const model = modelSaying({ vlp: "B-PER", mps: "I-PER" });
    expect(typed("Several VLP MPs voted against the bill.", model)).toEqual(["ORG VLP"]);
  });

  it("an Independent before MP is no party", () => {
    const model = modelSaying({ independent: "B-ORG", mp: "I-ORG", ada: "B-PER", brill: "I-PER" });
    expect(typed("The seat went to Independent MP Ada Brill last spring.", model)).toEqual(["PERSON Ada Brill"]);
  });

  it("a person's name before MP stays a person", () => {
    const model = modelSaying({ ada: "B-PER", brill: "I-PER", mp: "I-PER" });
    expect(typed("Ada Brill MP voted against.", model)).toEqual(["PERSON Ada Brill"]);
  });
});

describe("entity rules: seats held and parties led make people", () => {
  it("a lone name that holds his seat or leads a party is a person", () => {
    const model = modelSaying({ quellard: "B-PLACE", dorrance: "B-PLACE", labour: "B-ORG" });
    expect(typed("After a recount Quellard comfortably regained her seat.", model)).toEqual(["PERSON Quellard"]);
    expect(typed("That spring Dorrance led Labour into the campaign.", model)).toEqual(["PERSON Dorrance", "ORG Labour"]);
  });

  it("a lone name that died or was knighted is a person", () => {
    const model = modelSaying({ quellard: "B-PLACE", dorrance: "B-ORG" });
    expect(typed("Quellard died in 1901.", model)).toEqual(["PERSON Quellard"]);
    expect(typed("In 1950 Dorrance was knighted.", model)).toEqual(["PERSON Dorrance"]);
  });

  it("a town that keeps its seat, or leads without a party, stays a town", () => {
    const model = modelSaying({ quellard: "B-PLACE", dorrance: "B-PLACE" });
    expect(typed("Quellard retained its seat on the council.", model)).toEqual(["GPE Quellard"]);
    expect(typed("Dorrance led the league for years.", model)).toEqual(["GPE Dorrance"]);
  });
});

describe("entity rules: union offices and works before 'fan'", () => {
  it("a body after 'General Secretary of' is kept, a portfolio after 'Secretary of' is not", () => {
    const model = modelSaying({ unite: "B-ORG", agriculture: "B-ORG" });
    expect(typed("The General Secretary of Unite met ministers on Monday.", model)).toEqual(["ORG Unite"]);
    expect(typed("The Secretary of Agriculture met farmers on Monday.", model)).toEqual([]);
  });

  it("ordinary words cut off the office noun after them are no organisation", () => {
    const model = modelSaying({ national: "B-ORG", security: "I-ORG", velmor: "B-ORG", energy: "I-ORG" });
    expect(typed("The National Security Adviser met them.", model)).toEqual([]);
    expect(typed("The Velmor Energy Minister met them.", model)).toEqual(["ORG Velmor Energy"]);
  });

  it("a work the model named is not made a team by 'fan' outside sports copy", () => {
    const model = modelSaying({ velmor: "B-MISC", wars: "I-MISC" });
    expect(typed("She has been a Velmor Wars fan since childhood.", model)).toEqual([]);
    const team = modelSaying({});
    expect(typed("She has been a Velmor Comets fan since childhood.", team)).toEqual(["ORG Velmor Comets"]);
  });
});

describe("entity rules: companies named by an English word", () => {
  const model = modelSaying({});
  it("a listed company word beside a company's cue is an organisation", () => {
    expect(typed("Orange cut 2,000 jobs in the spring.", model)).toEqual(["ORG Orange"]);
    expect(typed("Investors sold shares of Sprint last year.", model)).toEqual(["ORG Sprint"]);
    expect(typed("Analysts expect Target's shares to fall.", model)).toEqual(["ORG Target"]);
  });

  it("the same word without a cue, or in lower case, is no company", () => {
    expect(typed("I bought an orange and went home.", model)).toEqual([]);
    expect(typed("The Target was hidden in the hills.", model)).toEqual([]);
  });

  it("a person the model found keeps the type when the cue is only speech", () => {
    const people = modelSaying({ ford: "B-PER" });
    expect(typed("Ford said he was happy with the result.", people)).toEqual(["PERSON Ford"]);
  });
});

describe("entity rules: newspapers named after their town", () => {
  it("a listed town and a masthead word is a newspaper", () => {
    const model = modelSaying({ leeds: "B-PLACE", star: "I-PLACE", london: "B-PLACE", mercury: "I-PLACE" });
    expect(typed("He wrote for the Leeds Star until 1990.", model)).toEqual(["ORG Leeds Star"]);
    expect(typed("The London Mercury printed the letter.", model)).toEqual(["ORG London Mercury"]);
  });

  it("a masthead word after no listed place is left alone", () => {
    const model = modelSaying({ lone: "B-PLACE", star: "I-PLACE" });
    expect(typed("They crossed the Lone Star plains.", model)).toEqual(["GPE Lone Star"]);
  });
});

describe("entity rules: waters are no teams", () => {
  it("a listed town and a plural water word stays a place", () => {
    const model = modelSaying({ paris: "B-PLACE", rivers: "I-PLACE" });
    expect(typed("Boats sailed down the Paris Rivers at dawn.", model)).toEqual(["GPE Paris Rivers"]);
  });
});

describe("entity rules: a party named right before its candidate", () => {
  it("a name before 'candidate' is the party", () => {
    const model = modelSaying({ bangor: "B-PER", velmik: "I-PER", ann: "B-PER", brill: "I-PER" });
    expect(typed("Meanwhile Bangor Velmik candidate Ann Brill opened her campaign.", model)).toEqual(["ORG Bangor Velmik", "PERSON Ann Brill"]);
  });

  it("a state or a person with a listed given name before 'candidate' keeps its type", () => {
    const model = modelSaying({ ohio: "B-PLACE", ann: "B-PER", brill: "I-PER" });
    expect(typed("An Ohio candidate spoke first.", model)).toEqual(["GPE Ohio"]);
    expect(typed("The Ann Brill candidate list was long.", model)).toEqual(["PERSON Ann Brill"]);
  });
});

describe("entity rule guard: cases the new rules must leave alone", () => {
  it("a one-word person or a listed town before 'nominee' / 'candidate' keeps its type", () => {
    const model = modelSaying({ quellard: "B-PER", leeds: "B-PLACE" });
    expect(typed("The committee rejected the Quellard nominee on Friday.", model)).toEqual(["PERSON Quellard"]);
    expect(typed("A Leeds candidate for mayor spoke first.", model)).toEqual(["GPE Leeds"]);
  });

  it("a town, a planet or a person named by a company word keeps its type on a verb cue", () => {
    const places = modelSaying({ orange: "B-PLACE", mars: "B-PLACE" });
    expect(typed("Growers near the town told us that Orange said nothing about the frost.", places)).toEqual(["GPE Orange"]);
    expect(typed("Seen through the telescope, Mars shares its tilt with our world.", places).some((x) => x.startsWith("ORG"))).toBe(false);
    const people = modelSaying({ ford: "B-PER" });
    expect(typed("After the crash Ford hired a lawyer and stayed home.", people)).toEqual(["PERSON Ford"]);
  });

  it("a company's kind noun or a possessive of a company's noun still retypes a person", () => {
    const people = modelSaying({ ford: "B-PER" });
    expect(typed("Last year carmaker Ford hired 300 workers.", people)).toEqual(["ORG Ford"]);
  });

  it("a person named with a given name and a masthead word stays a person", () => {
    const model = modelSaying({ victoria: "B-PER", sun: "I-PER" });
    expect(typed("In the second half Victoria Sun scored twice.", model)).toEqual(["PERSON Victoria Sun"]);
  });

  it("a body before Chairman or Secretary keeps its ORG; only Adviser takes the words before it as a portfolio", () => {
    const model = modelSaying({ federal: "B-ORG", reserve: "I-ORG", treasury: "B-ORG", ada: "B-PER", quint: "I-PER" });
    expect(typed("Yesterday Federal Reserve Chairman Ada Quint spoke.", model)).toEqual(["ORG Federal Reserve", "PERSON Ada Quint"]);
    expect(typed("Yesterday Treasury Secretary Ada Quint spoke.", model)).toEqual(["ORG Treasury", "PERSON Ada Quint"]);
  });

  it("a town that died out or was buried stays a town", () => {
    const model = modelSaying({ velmor: "B-PLACE", quellard: "B-PLACE" });
    expect(typed("After the railway came Velmor died out as a market.", model)).toEqual(["GPE Velmor"]);
    expect(typed("In the eruption Quellard was buried under ash.", model)).toEqual(["GPE Quellard"]);
  });
});

describe("entity rule guard: a work's name before 'fan' in sports copy", () => {
  it("a name the model read as a work is a team in a document about a team sport", () => {
    const model = modelSaying({ velmor: "B-MISC", wars: "I-MISC" });
    const text = "The club won the league after a long season. Every Velmor Wars fan cheered as the team scored two goals in the final.";
    expect(typed(text, model)).toEqual(["ORG Velmor Wars"]);
  });
});
