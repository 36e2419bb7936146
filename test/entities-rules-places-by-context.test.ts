import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/** Invented sentences; a hand-made model fixes what the learned part says, so only the rules are tested. */
describe("entity rules: towns read as people, and work nouns that are verbs", () => {
  it("a name after 'visited' or a 'visit' keeps the model's type: people are visited too", () => {
    const model = modelSaying({ dorvek: "B-PER", kessla: "B-PER", velmaro: "B-PER" });
    expect(typed("The prime minister visited Dorvek in Tarvala.", model)).toEqual(["PERSON Dorvek"]);
    expect(typed("During the visit Kessla praised the deal.", model)).toEqual(["PERSON Kessla"]);
    expect(typed("Aid workers visited Velmaro every week. Velmaro said little.", model)).toEqual(["PERSON Velmaro", "PERSON Velmaro"]);
  });

  it("a town spelt two ways by a row of the place-spelling table is one place where the variant stands as a place", () => {
    const model = modelSaying({ homs: "B-PLACE", hims: "B-PER", idlib: "B-PLACE", idleb: "B-PER" });
    expect(typed("Shelling went on in Homs overnight. Residents near Hims fled at dawn.", model)).toEqual(["GPE Homs", "GPE Hims"]);
    expect(typed("Convoys left Idlib on Monday. Aid reached the town of Idleb late.", model)).toEqual(["GPE Idlib", "GPE Idleb"]);
  });

  it("a variant spelling read as a person by an apposition or a speech verb, or with no place context, stays a person", () => {
    const model = modelSaying({ homs: "B-PLACE", hims: "B-PER" });
    expect(typed("Shelling went on in Homs. Hims, a local official, disagreed.", model)).toEqual(["GPE Homs", "PERSON Hims"]);
    expect(typed("Shelling went on in Homs. Later Hims said the road was open.", model)).toEqual(["GPE Homs", "PERSON Hims"]);
    expect(typed("Shelling went on in Homs. Officials met Hims on Monday.", model)).toEqual(["GPE Homs", "PERSON Hims"]);
  });

  it("a surname one letter or one vowel from a town of the document stays a person", () => {
    const model = modelSaying({ kardeb: "B-PLACE", kardib: "B-PER", hasar: "B-PLACE", hassar: "B-PER", tarvel: "B-PLACE", tarvil: "B-PER" });
    expect(typed("Fighting went on in Kardeb. Troops left Kardib at dawn.", model)).toEqual(["GPE Kardeb", "PERSON Kardib"]);
    expect(typed("The summit opened in Hasar. Hassar, a columnist, was sceptical.", model)).toEqual(["GPE Hasar", "PERSON Hassar"]);
    expect(typed("Roads closed in Tarvel. Tarvil, the county engineer, said so.", model)).toEqual(["GPE Tarvel", "PERSON Tarvil"]);
  });

  it("a name before a closing 'city' or 'town' is the town; 'the X city council' is left to the model", () => {
    const model = modelSaying({ velmara: "B-ORG" });
    expect(typed("Shelling hit Qarvesh city on Monday.", modelSaying({}))).toEqual(["GPE Qarvesh"]);
    expect(typed("They left the Velmara town and drove north.", model)).toEqual(["GPE Velmara"]);
    expect(typed("The Velmara city council met.", model)).toEqual(["ORG Velmara"]);
  });

  it("a person's full name after 'the' and before a district word names the district; without 'the' it stays a person", () => {
    const model = modelSaying({ omar: "B-PER", osman: "I-PER" });
    expect(typed("Clashes broke out in the Omar Osman district of the capital.", model)).toEqual(["GPE Omar Osman"]);
    expect(typed("She met Omar Osman region by region.", model)).toEqual(["PERSON Omar Osman"]);
  });

  it("a town annexed, razed or garrisoned in the passive is a place, tagged or not", () => {
    const model = modelSaying({ velmaros: "B-PER", tarkhani: "B-ORG" });
    expect(typed("Both towns were annexed; Velmaros was annexed last.", model)).toEqual(["GPE Velmaros"]);
    expect(typed("In 1240 Tarkhani was razed and never rebuilt.", model)).toEqual(["GPE Tarkhani"]);
    expect(typed("By spring Qarvesh was garrisoned by two regiments.", modelSaying({}))).toEqual(["GPE Qarvesh"]);
  });

  it("people besieged, bombarded, invaded or sacked in the passive stay people", () => {
    const model = modelSaying({ dorvek: "B-PER", kessla: "B-PER", orvath: "B-PER", velmors: "B-ORG", harlen: "B-PER" });
    expect(typed("Dorvek was besieged by fans after the final.", model)).toEqual(["PERSON Dorvek"]);
    expect(typed("Kessla was bombarded with questions.", model)).toEqual(["PERSON Kessla"]);
    expect(typed("Harlen was invaded by grief.", model)).toEqual(["PERSON Harlen"]);
    expect(typed("Orvath was sacked by the Velmors twice in the first half.", model)).toEqual(["PERSON Orvath", "ORG Velmors"]);
    expect(typed("Dorvek was sacked by the club after the defeat.", model)).toEqual(["PERSON Dorvek"]);
  });

  it("a name the document gives a full person's name, or a listed surname, is not annexed", () => {
    const model = modelSaying({ rami: "B-PER", dorvek: "I-PER", bennett: "B-PER" });
    expect(typed("Rami Dorvek ran the firm. Dorvek was annexed into the holding.", model)).toEqual(["PERSON Rami Dorvek", "PERSON Dorvek"]);
    expect(typed("Bennett was annexed to the committee.", model)).toEqual(["PERSON Bennett"]);
  });

  it("'hit' and 'play' name a work only as nouns; as verbs their object keeps the model's type", () => {
    const model = modelSaying({ velmara: "B-PLACE", velvet: "B-PER", roads: "I-PER", keldby: "B-ORG" });
    expect(typed("Shelling hit Velmara on Monday.", model)).toEqual(["GPE Velmara"]);
    // The subject facing a team is a team too (rules-org-cues.ts teamsFacingTeams).
    expect(typed("The striker scored as the team won the match, the league and the cup final. United will play Keldby on Saturday.", model)).toEqual(["ORG United", "ORG Keldby"]);
    expect(typed("Their 1998 hit Velvet Roads sold well.", model)).toEqual([]);
    expect(typed("It was a smash hit Velvet Roads never matched.", model)).toEqual([]);
  });

  it("after a relative or an adverb, 'hit' and 'play' are verbs and their object keeps its type", () => {
    const model = modelSaying({ velmara: "B-PLACE", tarvosk: "B-PLACE", keldby: "B-ORG", ardwell: "B-ORG" });
    expect(typed("The missile that hit Velmara was shot from the sea.", model)).toEqual(["GPE Velmara"]);
    expect(typed("Drones last hit Tarvosk in March.", model)).toEqual(["GPE Tarvosk"]);
    expect(typed("Ardwell first play Keldby in August.", model)).toEqual(["ORG Ardwell", "ORG Keldby"]);
    expect(typed("Rockets also hit Velmara overnight.", model)).toEqual(["GPE Velmara"]);
  });
});
