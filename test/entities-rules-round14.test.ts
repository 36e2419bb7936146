import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/**
 * Round 14 (issue 19) entity rules, on invented sentences: an office held makes a lone name a person; acronyms of
 * concepts defined after lower-case words are no organisations; authors cited by surname and year are people.
 */
describe("round 14: an office held makes a lone name a person", () => {
  it("an unknown name that served as an officer is a person", () => {
    expect(typed("Orvelt served as president of two learned societies.", modelSaying({}))).toEqual(["PERSON Orvelt"]);
    expect(typed("Orvelt serves on the board of the trust.", modelSaying({}))).toEqual(["PERSON Orvelt"]);
  });

  it("a surname that is also a capitalised dictionary word is taken after an office held", () => {
    expect(typed("Smith served as treasurer of the club until 1990.", modelSaying({}))).toEqual(["PERSON Smith"]);
  });

  it("a name the model read as a place is a person when it served on a board", () => {
    const model = modelSaying({ keldby: "B-PLACE" });
    expect(typed("Later, Keldby served on the committee of the fund.", model)).toEqual(["PERSON Keldby"]);
  });

  it("a town that served as a seat or a school that graduated a class keeps its type", () => {
    const town = modelSaying({ keldby: "B-PLACE" });
    expect(typed("Keldby served as the county seat until 1900.", town)).not.toContain("PERSON Keldby");
    const school = modelSaying({ quellford: "B-ORG" });
    expect(typed("Quellford graduated its first class in 1901.", school)).toEqual(["ORG Quellford"]);
    expect(typed("Quellford graduated from the academy in 1901.", school)).toEqual(["PERSON Quellford"]);
  });
});

describe("round 14: acronyms of concepts are no organisations", () => {
  it("an acronym defined after lower-case words is no organisation anywhere in the document", () => {
    const model = modelSaying({ sss: "B-ORG" });
    expect(typed("Remote sensing of sea surface salinity (SSS) is hard. Later SSS maps improved.", model)).toEqual([]);
  });

  it("a hyphenated long form counts too", () => {
    const model = modelSaying({ cled: "B-ORG" });
    expect(typed("We built a compact light-emitting diode (CLED) bulb. The CLED lasts.", model)).toEqual([]);
  });

  it("an acronym defined after a capitalised name stays an organisation", () => {
    const model = modelSaying({ velmor: "B-ORG", research: "I-ORG", council: "I-ORG", vrc: "B-ORG" });
    expect(typed("The Velmor Research Council (VRC) met. The VRC will pay.", model))
      .toEqual(["ORG Velmor Research Council", "ORG VRC", "ORG VRC"]);
  });
});

describe("round 14: authors cited by surname and year are people", () => {
  it("a surname before a comma and a year in brackets, or before et al., is a person", () => {
    const model = modelSaying({ orvelt: "B-ORG", tarrin: "B-PLACE" });
    expect(typed("Reading helps memory (Orvelt, 2013; Tarrin et al., 2005).", model)).toEqual(["PERSON Orvelt", "PERSON Tarrin"]);
  });

  it("the co-authors of one citation are people", () => {
    expect(typed("Games train attention (Quellan, Brisko, & Dorrit, 2008).", modelSaying({})))
      .toEqual(["PERSON Quellan", "PERSON Brisko", "PERSON Dorrit"]);
    expect(typed("Keldan and Dorrit (2004) showed the effect.", modelSaying({ keldan: "B-PLACE" })))
      .toEqual(["PERSON Keldan", "PERSON Dorrit"]);
  });

  it("two authors the model read as one organisation are two people", () => {
    const model = modelSaying({ quellan: "B-ORG", "&": "I-ORG", brisko: "I-ORG" });
    expect(typed("Objects are seen at once (Quellan & Brisko, 2010).", model)).toEqual(["PERSON Quellan", "PERSON Brisko"]);
  });

  it("a hyphenated surname is one person", () => {
    expect(typed("It was measured (Velmor-Keldan et al., 2018).", modelSaying({}))).toEqual(["PERSON Velmor-Keldan"]);
  });

  it("organisations, months, places of publication and dated works are left alone", () => {
    const model = modelSaying({ velmor: "B-ORG", foundation: "I-ORG", oxford: "B-PLACE", keldby: "B-PLACE" });
    expect(typed("Grants followed (Velmor Foundation, 2013).", model)).toEqual(["ORG Velmor Foundation"]);
    expect(typed("The second volume appeared (Oxford, 1990).", model)).toEqual(["GPE Oxford"]);
    expect(typed("The first edition came out (March, 1999).", model)).toEqual([]);
    expect(typed("Console sales rose (Nintendo, 2019).", modelSaying({ nintendo: "B-ORG" }))).toEqual(["ORG Nintendo"]);
    expect(typed("The Treaty of Keldby (1901) ended it.", model)).not.toContain("PERSON Keldby");
    expect(typed("She starred in Imagine Me and You (2006).", modelSaying({}))).toEqual([]);
  });
});

describe("round 14: courts named by their rank or circuit are organisations", () => {
  it("a court named by ordinary words after 'the' is an organisation", () => {
    expect(typed("We believe the Circuit Court erred in that finding.", modelSaying({}))).toEqual(["ORG Circuit Court"]);
    expect(typed("Lawyers said the Ninth Circuit had ruled on the same point.", modelSaying({}))).toEqual(["ORG Ninth Circuit"]);
    expect(typed("She appealed, and the Court of Appeals agreed with her.", modelSaying({}))).toEqual(["ORG Court of Appeals"]);
  });

  it("'the Court' alone, a court inside a longer capitalised name and a title-case headline are left alone", () => {
    expect(typed("After an hour the Court agreed with the defence.", modelSaying({}))).toEqual([]);
    expect(typed("Pickets stood outside the Supreme Court Building all day.", modelSaying({}))).toEqual([]);
    expect(typed("Judges Leave The District Court For Good", modelSaying({}))).toEqual([]);
  });
});

describe("round 14: a person after an office title read as a place", () => {
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
