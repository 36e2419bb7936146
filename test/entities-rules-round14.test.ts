import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/**
 * Entity rules, on invented sentences: an office held makes a lone name a person; acronyms of
 * concepts defined after lower-case words are no organisations; authors cited by surname and year inside brackets
 * of an academic text are people.
 */
describe("entity rules: an office held makes a lone name a person", () => {
  it("an unknown name that served as an officer is a person", () => {
    expect(typed("Orvelt served as president of two learned societies.", modelSaying({}))).toEqual(["PERSON Orvelt"]);
    expect(typed("Orvelt serves as coach of the junior side.", modelSaying({}))).toEqual(["PERSON Orvelt"]);
  });

  it("a surname that is also a capitalised dictionary word is taken after an office held", () => {
    expect(typed("Smith served as treasurer of the club until 1990.", modelSaying({}))).toEqual(["PERSON Smith"]);
  });

  it("a name the model read as a place is a person when it served as mayor", () => {
    const model = modelSaying({ keldby: "B-PLACE" });
    expect(typed("Later, Keldby served as mayor of the town.", model)).toEqual(["PERSON Keldby"]);
  });

  it("a town that served as a seat or a school that graduated a class keeps its type", () => {
    const town = modelSaying({ keldby: "B-PLACE" });
    expect(typed("Keldby served as the county seat until 1900.", town)).not.toContain("PERSON Keldby");
    const school = modelSaying({ quellford: "B-ORG" });
    expect(typed("Quellford graduated its first class in 1901.", school)).toEqual(["ORG Quellford"]);
    expect(typed("Quellford graduated from the academy in 1901.", school)).toEqual(["PERSON Quellford"]);
  });

  it("a city that served as host, a bank that served as adviser and an agency on a panel are no people", () => {
    expect(typed("Sochi served as host of the winter games.", modelSaying({}))).not.toContain("PERSON Sochi");
    expect(typed("Rothschild served as adviser to the board.", modelSaying({}))).not.toContain("PERSON Rothschild");
    expect(typed("Velmorbank served as a member of the panel.", modelSaying({}))).not.toContain("PERSON Velmorbank");
  });
});

describe("entity rules: acronyms of concepts are no organisations", () => {
  it("an acronym defined after lower-case words is no organisation anywhere in the document", () => {
    const model = modelSaying({ smi: "B-ORG" });
    expect(typed("Maps of the soil moisture index (SMI) are coarse. Later SMI maps improved.", model)).toEqual([]);
  });

  it("a hyphenated long form counts too", () => {
    const model = modelSaying({ lvtt: "B-ORG" });
    expect(typed("We tested a low-voltage tidal turbine (LVTT) rig. The LVTT lasts.", model)).toEqual([]);
  });

  it("an acronym defined after a capitalised name stays an organisation", () => {
    const model = modelSaying({ velmor: "B-ORG", research: "I-ORG", council: "I-ORG", vrc: "B-ORG" });
    expect(typed("The Velmor Research Council (VRC) met. The VRC will pay.", model))
      .toEqual(["ORG Velmor Research Council", "ORG VRC", "ORG VRC"]);
  });

  it("a body whose name is written in lower case stays an organisation", () => {
    const model = modelSaying({ hlc: "B-ORG" });
    expect(typed("The harbour licensing committee (HLC) met on Monday. The HLC refused the permit.", model))
      .toEqual(["ORG HLC", "ORG HLC"]);
    expect(typed("The county ambulance service (CAS) said the CAS would hire more staff.", modelSaying({})))
      .toEqual(["ORG CAS", "ORG CAS"]);
  });
});

/** An opening sentence that makes a document academic: two citation signals, whose authors are people. */
const ACADEMIC = "Recall improves after sleep (Brannick et al., 2001; Tosk, 1998). ";
const CITED = ["PERSON Brannick", "PERSON Tosk"];

describe("entity rules: authors cited by surname and year are people", () => {
  it("a surname before a comma and a year in brackets, or before et al., is a person", () => {
    const model = modelSaying({ orvelt: "B-ORG", tarrin: "B-PLACE" });
    expect(typed("Reading helps memory (Orvelt, 2013; Tarrin et al., 2005).", model)).toEqual(["PERSON Orvelt", "PERSON Tarrin"]);
  });

  it("the co-authors of one citation are people", () => {
    expect(typed(ACADEMIC + "Games train attention (Quellan, Brisko, & Dorrit, 2008).", modelSaying({})))
      .toEqual([...CITED, "PERSON Quellan", "PERSON Brisko", "PERSON Dorrit"]);
  });

  it("two authors the model read as one organisation are two people", () => {
    const model = modelSaying({ quellan: "B-ORG", "&": "I-ORG", brisko: "I-ORG" });
    expect(typed(ACADEMIC + "Objects are seen at once (Quellan & Brisko, 2010).", model))
      .toEqual([...CITED, "PERSON Quellan", "PERSON Brisko"]);
  });

  it("a hyphenated surname is one person", () => {
    expect(typed(ACADEMIC + "It was measured (Velmor-Keldan et al., 2018).", modelSaying({})))
      .toEqual([...CITED, "PERSON Velmor-Keldan"]);
  });

  it("organisations, months and places of publication are left alone in an academic text", () => {
    const model = modelSaying({ velmor: "B-ORG", foundation: "I-ORG", oxford: "B-PLACE" });
    expect(typed(ACADEMIC + "Grants followed (Velmor Foundation, 2013).", model)).toEqual([...CITED, "ORG Velmor Foundation"]);
    expect(typed(ACADEMIC + "The second volume appeared (Oxford, 1990).", model)).toEqual([...CITED, "GPE Oxford"]);
    expect(typed(ACADEMIC + "The first edition came out (May, 1987).", model)).toEqual(CITED);
    const firm = modelSaying({ nintendo: "B-ORG" });
    expect(typed(ACADEMIC + "Console sales rose (Nintendo, 2019).", firm)).toEqual([...CITED, "ORG Nintendo"]);
  });

  it("names with a year outside brackets are left alone, even in an academic text", () => {
    const model = modelSaying({ keldan: "B-PLACE" });
    expect(typed(ACADEMIC + "Keldan and Dorrit (2004) showed the effect.", model)).not.toContain("PERSON Keldan");
  });
});

describe("entity rules: news copy with names and years is no citation", () => {
  it("winners listed with their years keep the model's type", () => {
    const model = modelSaying({ chelsea: "B-PLACE", burnley: "B-PLACE" });
    const tagged = typed("Winners: Chelsea (2021), Burnley (2022).", model);
    expect(tagged).toHaveLength(2);
    expect(tagged.filter((m) => m.startsWith("PERSON"))).toEqual([]);
  });

  it("a company paired with '&' and dated stays one organisation", () => {
    const model = modelSaying({ marks: "B-ORG", "&": "I-ORG", spencer: "I-ORG" });
    expect(typed("Marks & Spencer (2019) cut 400 jobs, the retailer said on Tuesday.", model)).toEqual(["ORG Marks & Spencer"]);
  });

  it("one source credited in brackets in a news article keeps the model's type", () => {
    const model = modelSaying({ bloomberg: "B-ORG" });
    expect(typed("Shares fell 3% on Monday (Bloomberg, 2019). The company said it would appeal.", model))
      .toEqual(["ORG Bloomberg"]);
  });
});

describe("entity rules: a person after an office title read as a place", () => {
  it("a name after Judge or Senator the model read as a place is a person", () => {
    const model = modelSaying({ ann: "B-PLACE", park: "I-PLACE", brookfield: "B-PLACE" });
    expect(typed("We welcome Judge Ann Park to the bench.", model)).toEqual(["PERSON Ann Park"]);
    expect(typed("The bill was drafted by Senator Brookfield last year.", model)).toEqual(["PERSON Brookfield"]);
  });

  it("a street named after an office and a listed place after a title keep their type", () => {
    const model = modelSaying({ president: "B-PLACE", street: "I-PLACE", texas: "B-PLACE" });
    expect(typed("They walked down President Street at noon.", model)).toEqual(["LOC President Street"]);
    expect(typed("He met the Governor Texas chose in 1990.", model)).toEqual(["GPE Texas"]);
  });
});
