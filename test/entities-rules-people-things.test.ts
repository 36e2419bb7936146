import { describe, expect, it } from "vitest";
import { tagEntities } from "../stages/entities/tagger.ts";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/**
 * Entity rules on invented sentences: a family called by its surname in the plural ("the Velmors"); ships named
 * after a person ("aboard the Queen Dorra"); demonyms of places the lists know though the document never names the
 * place ("Tasmanians", "a Dagestani official", "Maltese"). Each with the guard that keeps ordinary text out.
 */
describe("entity rules: families called by their surname in the plural", () => {
  const model = modelSaying({ anna: "B-PER", velmor: "I-PER", tom: "B-PER", keldwick: "I-PER" });

  it("the plural of a surname the document gives a person is that family, a PERSON", () => {
    expect(typed("Anna Velmor sold the farm. The Velmors moved their family to the coast in May.", model)).toEqual(["PERSON Anna Velmor", "PERSON Velmors"]);
    expect(typed("Tom Keldwick was late, so the Keldwicks and their children ate without him.", model)).toEqual(["PERSON Tom Keldwick", "PERSON Keldwicks"]);
  });

  it("teams and bands of that shape stay as the model had them", () => {
    const teams = modelSaying({ tom: "B-PER", cardinal: "I-PER", cardinals: "B-ORG", marcus: "B-PER", brown: "I-PER", patti: "B-PER", smith: "I-PER" });
    expect(typed("Senator Tom Cardinal voted no. The Cardinals won in the family stadium.", teams)).toContain("ORG Cardinals");
    expect(typed("Receiver Marcus Brown caught six passes as the Browns beat the visitors in the fourth quarter of the game. The coach praised the season.", teams)).not.toContain("PERSON Browns");
    expect(typed("Patti Smith, the singer, praised the Smiths in an interview about the album.", teams)).not.toContain("PERSON Smiths");
    // Named only after the plural.
    expect(typed("The Velmors moved their family to the coast. Anna Velmor sold the farm.", model)).not.toContain("PERSON Velmors");
  });

  it("no person of that surname, a capitalised word after the plural, or a plural that is a place leaves it alone", () => {
    expect(typed("The Velmors moved to the coast in May.", model)).toEqual([]);
    expect(typed("Anna Velmor gave money to the Velmors Trust.", model)).toEqual(["PERSON Anna Velmor"]);
    const places = modelSaying({ anna: "B-PER", america: "I-PER" });
    expect(typed("Anna America sailed to the Americas.", places)).toEqual(["PERSON Anna America"]);
  });
});

describe("entity rules: ships named after a person", () => {
  it("a person's name after 'aboard the' or a ship noun, with the title the clean-up cut, is no PERSON", () => {
    const model = modelSaying({ dorra: "B-PER", tarrow: "B-PLACE" });
    expect(typed("The guests sailed aboard the Queen Dorra to Tarrow.", model)).toEqual(["GPE Tarrow"]);
    expect(typed("Troops on board the Princess Dorra reached Tarrow.", model)).toEqual(["GPE Tarrow"]);
    expect(typed("The liner Dorra docked at Tarrow.", model)).toEqual(["GPE Tarrow"]);
  });

  it("a person travelling aboard a vehicle named by a common noun stays a person", () => {
    const model = modelSaying({ jane: "B-PER", dorra: "I-PER" });
    expect(typed("She flew aboard the plane with Jane Dorra.", model)).toEqual(["PERSON Jane Dorra"]);
    expect(typed("Queen Dorra opened the bridge.", model)).toEqual(["PERSON Dorra"]);
  });

  it("an idiom after 'aboard the', a captain after a ship noun and a name used attributively stay people", () => {
    const model = modelSaying({ bernie: "B-PER", sanders: "I-PER", iowa: "B-PLACE", francesco: "B-PER", schettino: "I-PER", anna: "B-PER", keld: "I-PER" });
    expect(typed("Voters climbed aboard the Bernie Sanders bandwagon in Iowa. Bernie Sanders spoke later.", model)).toEqual(["PERSON Bernie Sanders", "GPE Iowa", "PERSON Bernie Sanders"]);
    expect(typed("The cruise ship Captain Francesco Schettino abandoned the vessel.", model)).toEqual(["PERSON Francesco Schettino"]);
    expect(typed("The ferry Captain Anna Keld said the sea was rough.", model)).toEqual(["PERSON Anna Keld"]);
    expect(typed("Reporters travelled aboard the Queen Anna Keld campaign bus.", model)).toEqual(["PERSON Anna Keld"]);
  });

  it("a ship reading stays on its own mention", () => {
    const model = modelSaying({ anna: "B-PER", keld: "I-PER" });
    expect(typed("Anna Keld spoke. The crew sailed on HMS Anna Keld to the port.", model)).toEqual(["PERSON Anna Keld"]);
  });
});

describe("entity rules: demonyms of listed places", () => {
  it("a demonym of a listed state, region, city or country is NORP, read as a person or untagged", () => {
    const model = modelSaying({ tasmanians: "B-PER", dagestani: "B-PER" });
    expect(typed("Tasmanians voted on Sunday.", model)).toEqual(["NORP Tasmanians"]);
    expect(typed("Officials said a Dagestani official was held.", model)).toEqual(["NORP Dagestani"]);
    expect(typed("Officials said Maltese fishermen and a Floridian pilot were rescued.", modelSaying({}))).toEqual(["NORP Maltese", "NORP Floridian"]);
  });

  it("given names, ordinary words, surnames after a title and names inside a longer name are left alone", () => {
    const model = modelSaying({ adrian: "B-PER", julian: "B-PER", milanese: "B-PER", victorian: "B-PER" });
    expect(typed("Officials said Adrian and Julian voted.", model)).toEqual(["PERSON Adrian", "PERSON Julian"]);
    expect(typed("The house was sold to Mr Milanese.", model)).toEqual(["PERSON Milanese"]);
    expect(typed("They restored the Victorian terrace.", modelSaying({}))).toEqual([]);
  });
});

describe("entity rules: a politician's surname that is a listed town (shipped model)", () => {
  const types = (text: string) => tagEntities(text).map((m) => `${m.type} ${m.text}`);

  it("after a preposition of place is the town when the document shows the town elsewhere", () => {
    expect(types("Paul Lincoln, a Labour MP, spoke first. On Friday he held a rally in Lincoln with his aides. Lincoln, England has a cathedral.")).toContain("GPE Lincoln");
  });

  it("elsewhere the lone surname is still the person", () => {
    expect(types("Paul Lincoln, a Labour MP, spoke first. On Friday Lincoln thanked his aides.")).toContain("PERSON Lincoln");
  });

  it("after 'faith in', 'confidence in', 'believed in' with no place reading elsewhere is the person", () => {
    expect(types("Harold Wilson led Labour for years. Voters lost faith in Wilson by the spring.")).not.toContain("GPE Wilson");
    expect(types("John Kennedy ran again. Donors lost confidence in Kennedy after the debate.")).not.toContain("GPE Kennedy");
    expect(types("Winston Churchill was isolated. Few believed in Churchill by then.")).not.toContain("GPE Churchill");
    expect(types("Abraham Lincoln was young. Party members saw in Lincoln a future leader.")).not.toContain("GPE Lincoln");
  });
});

describe("entity rules: a party or company named with its leader by a possessive", () => {
  it("a one-word name after a person's possessive is an organisation when the document names it as one", () => {
    const model = modelSaying({ velmor: "B-PER", dravist: "B-PER" });
    expect(typed("Velmor's Dravist won a fourth term.", model)).toEqual(["PERSON Velmor", "PERSON Dravist"]);

  });

  it("an author's character or a director's work stays a person", () => {
    const model = modelSaying({ arthur: "B-PER", conan: "I-PER", doyle: "I-PER", moriarty: "B-PER", quentin: "B-PER", tarantino: "I-PER", django: "B-PER" });
    expect(typed("Arthur Conan Doyle's Moriarty died at the falls.", model)).toEqual(["PERSON Arthur Conan Doyle", "PERSON Moriarty"]);
    expect(typed("Quentin Tarantino's Django was a hit.", model)).toEqual(["PERSON Quentin Tarantino", "PERSON Django"]);
  });

  it("a relative's given name, a listed surname, an ordinary word or a full name stays a person", () => {
    const model = modelSaying({ velmor: "B-PER", michelle: "B-PER", harris: "B-PER", hamlet: "B-PER", anna: "B-PER", keld: "I-PER" });
    expect(typed("Velmor's Michelle spoke.", model)).toEqual(["PERSON Velmor", "PERSON Michelle"]);
    expect(typed("Velmor's Harris spoke.", model)).toEqual(["PERSON Velmor", "PERSON Harris"]);
    expect(typed("Velmor's Hamlet was staged.", model)).toEqual(["PERSON Velmor", "PERSON Hamlet"]);
    expect(typed("Velmor's Anna Keld spoke.", model)).toEqual(["PERSON Velmor", "PERSON Anna Keld"]);
  });
});

describe("entity rules: a full name opening with a given name read as a place", () => {
  const model = modelSaying({ anna: "B-PLACE", velmor: "I-PLACE", alice: "B-PLACE", springs: "I-PLACE" });

  it("is a person", () => {
    expect(typed("Critics mocked Anna Velmor's speech on Monday.", model)).toEqual(["PERSON Anna Velmor"]);
  });

  it("after a preposition of place, with a place head or a listed place word, stays a place", () => {
    expect(typed("They drove to Anna Velmor on Sunday.", model)).toEqual(["GPE Anna Velmor"]);
    expect(typed("Critics praised Alice Springs for its water plan.", model)).not.toContain("PERSON Alice Springs");
    expect(typed("Crowds filled Albert Hall on Monday.", modelSaying({ albert: "B-PLACE", hall: "I-PLACE" }))).not.toContain("PERSON Albert Hall");
  });
});

describe("entity rules: demonyms in -i", () => {
  it("name the people of a country, state or -stan, never a town beside another", () => {
    expect(typed("Officials said two Bahrainis and a Dagestani were held.", modelSaying({}))).toEqual(["NORP Bahrainis", "NORP Dagestani"]);
    expect(typed("Officials said Tarrowi was quiet.", modelSaying({ tarrowi: "B-PER" }))).toEqual(["PERSON Tarrowi"]);
    expect(typed("She sang Hindustani classical music.", modelSaying({}))).not.toContain("NORP Hindustani");
  });
});

describe("entity rules: demonyms of listed places beside a person of that name", () => {
  it("the adjective of a person the document names is no people", () => {
    const model = modelSaying({ tom: "B-PER", clinton: "I-PER" });
    expect(typed("Tom Clinton spoke. Critics called it a Clintonian speech.", model)).toEqual(["PERSON Tom Clinton"]);
    expect(typed("Critics said the Clintonian voters stayed home.", modelSaying({}))).not.toContain("NORP Clintonian");
    for (const adjective of ["Darwinian", "Jacksonian", "Churchillian"]) expect(typed(`Critics praised a ${adjective} idea.`, modelSaying({}))).not.toContain(`NORP ${adjective}`);
  });
});
