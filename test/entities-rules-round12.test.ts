import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/**
 * Round 12 (issue 19) entity rules, on invented sentences: people named after a title keep their type
 * against the place and venue rules; organisations with a head word keep their type in a list; member
 * titles after a body's head word; seats held and parties led; union offices; works before "fan".
 */
describe("round 12: a person named after a title stays a person", () => {
  it("a titled name before a comma and a state is not a town there", () => {
    const model = modelSaying({ orrin: "B-PER", vell: "I-PER", ohio: "B-PLACE", ada: "B-PER", brill: "I-PER" });
    expect(typed("The panel heard Senator Orrin Vell, Ohio Governor Ada Brill and two mayors.", model))
      .toEqual(["PERSON Orrin Vell", "GPE Ohio", "PERSON Ada Brill"]);
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
    const model = modelSaying({ ada: "B-PER", tower: "I-PER", velmor: "B-ORG" });
    expect(typed("The board chose Senator Ada Tower as its chair.", model)).toEqual(["PERSON Ada Tower"]);
    const building = modelSaying({ velmor: "B-ORG", tower: "I-ORG" });
    expect(typed("They met at the Velmor Tower on Friday.", building)).toEqual(["LOC Velmor Tower"]);
  });
});

describe("round 12: an organisation named with its head word keeps its type in a list", () => {
  it("a party in a list of places stays a party", () => {
    const model = modelSaying({ paris: "B-PLACE", lyon: "B-PLACE", velmor: "B-PLACE", quell: "B-ORG", party: "I-ORG" });
    expect(typed("Offices opened in Paris, Lyon, Velmor and the Quell Party.", model))
      .toEqual(["GPE Paris", "GPE Lyon", "GPE Velmor", "ORG Quell Party"]);
  });
});

describe("round 12: member titles and parties", () => {
  it("an MP after any body's head word is cut off", () => {
    const model = modelSaying({ velmor: "B-ORG", alliance: "I-ORG", mp: "I-ORG" });
    expect(typed("She sat as a Velmor Alliance MP for ten years.", model)).toEqual(["ORG Velmor Alliance"]);
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

describe("round 12: seats held and parties led make people", () => {
  it("a lone name that holds his seat or leads a party is a person", () => {
    const model = modelSaying({ quellard: "B-PLACE", dorrance: "B-PLACE", labour: "B-ORG" });
    expect(typed("At the next poll Quellard easily held his seat.", model)).toEqual(["PERSON Quellard"]);
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

describe("round 12: union offices and works before 'fan'", () => {
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

describe("round 12: companies named by an English word", () => {
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

describe("round 12: newspapers named after their town", () => {
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

describe("round 12: waters are no teams", () => {
  it("a listed town and a plural water word stays a place", () => {
    const model = modelSaying({ paris: "B-PLACE", rivers: "I-PLACE" });
    expect(typed("Boats sailed down the Paris Rivers at dawn.", model)).toEqual(["GPE Paris Rivers"]);
  });
});

describe("round 12: a party named right before its candidate", () => {
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
