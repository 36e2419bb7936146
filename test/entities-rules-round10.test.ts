import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/**
 * Entity rules, on invented sentences: an organisation named later by one distinctive word
 * of its full name (a team's nickname, a company's brand word); schools, museums, malls and scout associations
 * read as the town they open with are organisations.
 */
describe("entity rules: organisations named by one word of their full name", () => {
  // The hand-made model tags the full name; "the Falcons" alone is dropped as an unsure ordinary word.
  const model = modelSaying({ velmor: "B-ORG", falcons: "I-ORG" });

  it("a team's nickname after 'the' is the team, once the full name is given", () => {
    expect(typed("The Velmor Falcons won the cup in 1931. Two years later the Falcons lost the final.", model)).toEqual(["ORG Velmor Falcons", "ORG Falcons"]);
  });

  it("an ordinary plural without 'the' is left alone", () => {
    expect(typed("The Velmor Falcons won the cup in 1931. Falcons nest on the cliffs.", model)).toEqual(["ORG Velmor Falcons"]);
  });

  it("a nickname before the full name is given is left alone", () => {
    expect(typed("Last year the Falcons lost the final. The Velmor Falcons won the cup in 1931.", model)).toEqual(["ORG Velmor Falcons"]);
  });
});

describe("entity rules: schools, museums, malls and scouts named after a town", () => {
  const model = modelSaying({ tarrow: "B-PLACE", colony: "I-PLACE", museum: "I-PLACE", village: "I-PLACE", mall: "I-PLACE", scouts: "I-PLACE", grammar: "I-PLACE", school: "I-PLACE" });

  it("the whole name is an organisation", () => {
    expect(typed("The Tarrow Colony Museum shows paintings.", model)).toEqual(["ORG Tarrow Colony Museum"]);
    expect(typed("Tarrow Village Mall was built in 1985.", model)).toEqual(["ORG Tarrow Village Mall"]);
    expect(typed("The Tarrow Scouts meet weekly.", model)).toEqual(["ORG Tarrow Scouts"]);
    expect(typed("She taught at Tarrow Grammar School.", model)).toEqual(["ORG Tarrow Grammar School"]);
  });

  it("the town alone stays a place", () => {
    expect(typed("She lives in Tarrow.", model)).toEqual(["GPE Tarrow"]);
  });
});

describe("entity rules: railway lines and roads named after the places they join", () => {
  const model = modelSaying({ velmor: "B-PLACE", tarrow: "B-PLACE", keld: "B-PLACE" });

  it("a place before a line or road word takes it in and is a LOC", () => {
    expect(typed("The train ran on the Velmor Railroad until 1930.", model)).toEqual(["LOC Velmor Railroad"]);
    expect(typed("He lived on Tarrow Road for years.", model)).toEqual(["LOC Tarrow Road"]);
    expect(typed("Trains called there on the Velmor Light Railway.", model)).toEqual(["LOC Velmor Light Railway"]);
  });

  it("places coordinated before the line are one name", () => {
    expect(typed("Coaches came from the Velmor and Tarrow Railway in 1911.", model)).toEqual(["LOC Velmor and Tarrow Railway"]);
    expect(typed("Coaches came from the Velmor, Tarrow and Keld Railway in 1911.", model)).toEqual(["LOC Velmor, Tarrow and Keld Railway"]);
  });

  it("a place before a lower-case word or another line stays a place", () => {
    expect(typed("The Velmor railway opened in 1850.", model)).toEqual(["GPE Velmor"]);
    expect(typed("Trains run between Velmor and Tarrow daily.", model)).toEqual(["GPE Velmor", "GPE Tarrow"]);
  });
});

describe("entity rules: a town given with its state after 'in'", () => {
  const model = modelSaying({ minnesota: "B-PLACE" });

  it("an untagged name after 'in' and before a comma and a listed state is a town", () => {
    expect(typed("She was born in Velmor Falls, Minnesota in 1950.", model)).toEqual(["GPE Velmor Falls", "GPE Minnesota"]);
  });

  it("without 'in' or before an unlisted place nothing is added", () => {
    expect(typed("She met Velmor Falls, Minnesota's envoy.", model)).toEqual(["GPE Minnesota"]);
    expect(typed("She saw Velmor Falls, Minnesota, in 1950.", model)).toEqual(["GPE Minnesota"]);
  });
});

describe("entity rules: a longer name described by a kind shared with people", () => {
  const model = modelSaying({ tendai: "B-PER", harwick: "B-PER", obinna: "I-PER", ashgrove: "I-PER", anna: "B-PER", berg: "I-PER" });

  it("a person's name described as a publisher, manufacturer or retailer stays a person", () => {
    // The first names are not on the given-name list: the description alone must not make an ORG of them.
    expect(typed("Tendai Ashgrove is a publisher based in Keld.", model)[0]).toBe("PERSON Tendai Ashgrove");
    expect(typed("Harwick Obinna is a furniture manufacturer from Keld.", model)[0]).toBe("PERSON Harwick Obinna");
    expect(typed("Anna Berg is a retailer from Oslo.", model)[0]).toBe("PERSON Anna Berg");
  });
});

describe("entity rules: natural features the model reads as a person's name", () => {
  const model = modelSaying({ hancor: "B-PER", creek: "I-PER", pond: "I-PER", brook: "I-PER", strait: "I-PER", peter: "B-PER", jane: "B-PER", john: "B-PER", tendai: "B-PER" });

  it("a person span ending in a creek, pond or reservoir word is a LOC", () => {
    expect(typed("The line crossed Hancor Creek on a trestle.", model)).toEqual(["LOC Hancor Creek"]);
    expect(typed("A siding ran beside Hancor Pond.", model)).toEqual(["LOC Hancor Pond"]);
  });

  it("a head word that is also a surname is left to the model", () => {
    expect(typed("The play was staged by Peter Brook in 1970.", model)).toEqual(["PERSON Peter Brook"]);
    expect(typed("The song was recorded by Tendai Strait in 1970.", model)).toEqual(["PERSON Tendai Strait"]);
  });

  it("a name opening with a listed given name stays a person", () => {
    expect(typed("Jane Creek, the mayor, opened the hall.", model)[0]).toBe("PERSON Jane Creek");
    expect(typed("John Pond, a farmer, sold the field.", model)[0]).toBe("PERSON John Pond");
  });
});

describe("entity rule guard: lines, roads and operators", () => {
  const model = modelSaying({ velmor: "B-PLACE", tarrow: "B-PLACE", road: "I-PLACE", street: "I-PLACE" });

  it("coordinated roads stay two roads", () => {
    expect(typed("Police closed Velmor Road and Tarrow Street overnight.", model)).toEqual(["LOC Velmor Road", "LOC Tarrow Street"]);
  });

  it("a town coordinated with a road is not joined to it", () => {
    expect(typed("Buses ran between Velmor and Tarrow Road stops.", model)).toEqual(["GPE Velmor", "LOC Tarrow Road"]);
  });

  it("a railway operator in the plural is no line", () => {
    // The operator named after its country: the model tags the country only.
    expect(typed("Velmor Railways cancelled services on Monday.", model)).not.toContain("LOC Velmor Railways");
  });
});

describe("entity rule guard: short forms of an organisation", () => {
  const model = modelSaying({ velmor: "B-ORG", falcons: "I-ORG" });

  it("a company's word alone later is the company, but before a noun for kin it is the family", () => {
    // The model tags nothing here: the full name is an ORG by its company suffix.
    const none = modelSaying({});
    expect(typed("Brockmoor Holdings Ltd bought a stake on Friday. Brockmoor paid cash.", none)).toEqual(["ORG Brockmoor Holdings Ltd", "ORG Brockmoor"]);
    expect(typed("Brockmoor Holdings Ltd bought a stake on Friday. Members of the Brockmoor family own the rest.", none)).toEqual(["ORG Brockmoor Holdings Ltd"]);
    expect(typed("Brockmoor Holdings Ltd bought a stake on Friday. The Brockmoor brothers sold theirs.", none)).toEqual(["ORG Brockmoor Holdings Ltd"]);
  });

  it("a nickname after the capital 'The' opening a sentence is the team", () => {
    expect(typed("The Velmor Falcons won on Sunday. The Falcons lead the league.", model)).toEqual(["ORG Velmor Falcons", "ORG Falcons"]);
  });
});
