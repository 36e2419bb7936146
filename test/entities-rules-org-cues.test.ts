import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/** Invented sentences; a hand-made model fixes what the learned part says, so only the rules of rules-org-cues.ts are tested. */
describe("organisations by their cues: employers and statements", () => {
  it("a one-word name after a verb or noun of employment is the employer", () => {
    const model = modelSaying({ dunmorant: "B-PER", velquist: "B-PER" });
    expect(typed("She works at Dunmorant as an engineer and later worked for Velquist.", model)).toEqual(["ORG Dunmorant", "ORG Velquist"]);
    // Untagged by the model: added.
    expect(typed("Analysts at Grembley Capital expect a merger.", modelSaying({}))).toEqual(["ORG Grembley Capital"]);
    expect(typed("He joined Caldermoor as a consultant in 2010.", modelSaying({}))).toEqual(["ORG Caldermoor"]);
  });

  it("a person named in full, a listed given name, a listed place or a meeting stays as it was", () => {
    const model = modelSaying({ anna: "B-PER", velmor: "I-PER", tarrow: "B-PER" });
    expect(typed("Anna Velmor won the seat; he worked for Velmor for years.", model)).toEqual(["PERSON Anna Velmor", "PERSON Velmor"]);
    expect(typed("He worked for Anna in the shop.", model)).toEqual(["PERSON Anna"]);
    expect(typed("She works at London hospitals.", modelSaying({ london: "B-PLACE" }))).toEqual(["GPE London"]);
    expect(typed("He joined Tarrow at the table.", model)).toEqual(["PERSON Tarrow"]);
  });

  it("a name that speaks of itself as 'its' or in a statement is a company", () => {
    const model = modelSaying({ tarrowell: "B-PER", keldane: "B-PER" });
    expect(typed("Tarrowell said in a statement that it would cut jobs.", model)).toEqual(["ORG Tarrowell"]);
    expect(typed("On Monday, Keldane reported its first loss.", model)).toEqual(["ORG Keldane"]);
    // "said it" alone is a person's too.
    expect(typed("Keldane said it was late.", model)).toEqual(["PERSON Keldane"]);
  });

  it("a name before its shares' movement, or in a merger, is a company", () => {
    const model = modelSaying({ velmorix: "B-PER", tarrowell: "B-PER" });
    expect(typed("Velmorix shares rose 5% on Friday.", model)).toEqual(["ORG Velmorix"]);
    expect(typed("The merger of Velmorix and Tarrowell was approved.", model)).toEqual(["ORG Velmorix", "ORG Tarrowell"]);
    // A person's name in full is left alone.
    expect(typed("The takeover of Anna Velmorix was a joke.", modelSaying({ anna: "B-PER", velmorix: "I-PER" }))).toEqual(["PERSON Anna Velmorix"]);
  });

  it("a name owning a chief executive is a company", () => {
    expect(typed("Keldane's chief executive resigned.", modelSaying({}))).toEqual(["ORG Keldane"]);
    expect(typed("Keldane's chief executive resigned.", modelSaying({ keldane: "B-PER" }))).toEqual(["ORG Keldane"]);
  });
});

describe("organisations by their cues: staff titles", () => {
  it("a name before the title of someone working for it is the company or the team", () => {
    const model = modelSaying({ chelsea: "B-PER", anna: "B-PER", berg: "I-PER", velmor: "B-PER" });
    expect(typed("Chelsea manager Anna Berg praised the side.", model)).toEqual(["ORG Chelsea", "PERSON Anna Berg"]);
    expect(typed("A Velmor spokeswoman declined to comment.", model)).toEqual(["ORG Velmor"]);
    expect(typed("Velmor CEO Anna Berg spoke.", model)).toEqual(["ORG Velmor", "PERSON Anna Berg"]);
    expect(typed("She is a Velmor employee now.", model)).toEqual(["ORG Velmor"]);
    expect(typed("Velmor employees went on strike.", model)).toEqual(["ORG Velmor"]);
    expect(typed("Our employees are proud.", model)).toEqual([]);
    expect(typed("The Tarrow customers complained.", modelSaying({ tarrow: "B-PLACE" }))).toEqual(["GPE Tarrow"]);
    // A participle opening the sentence is no part of the company's name.
    expect(typed("Ousted Velmor CEO Anna Berg spoke.", model)).toEqual(["ORG Velmor", "PERSON Anna Berg"]);
  });

  it("a title with no person after it, or a spokesman after no article, changes nothing", () => {
    const model = modelSaying({ velmor: "B-PER", france: "B-PLACE", anna: "B-PER", berg: "I-PER" });
    expect(typed("Velmor manager of the year.", model)).toEqual(["PERSON Velmor"]);
    expect(typed("The Velmor spokesman said so.", model)).toEqual(["PERSON Velmor"]);
    // A person named in full keeps the type; one-word employee nouns need an article.
    expect(typed("Anna Berg customers queued.", model)).toEqual(["PERSON Anna Berg"]);
    expect(typed("He met Velmor employee Anna Berg.", model)).toContain("PERSON Velmor");
    expect(typed("France coach Anna Berg named the squad.", model)).toEqual(["GPE France", "PERSON Anna Berg"]);
  });
});

describe("organisations by their cues: teams facing teams", () => {
  it("the other side of a match verb from a team is a team", () => {
    const model = modelSaying({ velmor: "B-PER", tarrow: "B-ORG", keld: "B-ORG" });
    expect(typed("Velmor drew with Tarrow on Saturday.", model)).toEqual(["ORG Velmor", "ORG Tarrow"]);
    expect(typed("Keld beat Chelsea at home.", model)).toEqual(["ORG Keld", "ORG Chelsea"]);
    expect(typed("The Velmors beat the Keld on Sunday.", modelSaying({ keld: "B-ORG" }))).toEqual(["ORG Velmors", "ORG Keld"]);
  });

  it("in a sports report a one-word subject of a plural match verb is a team, and so is its opponent", () => {
    const model = modelSaying({ chelsea: "B-PER" });
    const report = "The league season starts in August. Arsenal first play Chelsea at home. The club has a new coach, a new striker and a new goalkeeper, and the team hopes for a cup run.";
    expect(typed(report, model)).toEqual(["ORG Arsenal", "ORG Chelsea"]);
  });

  it("people facing people stay people", () => {
    const model = modelSaying({ anna: "B-PER", berg: "B-PER" });
    expect(typed("Anna beat Berg in three sets.", model)).toEqual(["PERSON Anna", "PERSON Berg"]);
    // Outside a sports report the plural verb says nothing.
    expect(typed("Children play Chess at school.", modelSaying({}))).toEqual([]);
    // A pronoun is no team.
    expect(typed("It hosted Keld in May.", modelSaying({ keld: "B-ORG" }))).toEqual(["ORG Keld"]);
  });
});

describe("companies and periodicals by their head word", () => {
  it("a name ending in a business or periodical word is an ORG, whatever the model made of it", () => {
    const model = modelSaying({ grembley: "B-PER", capital: "I-PER", keldane: "B-PLACE", review: "I-PLACE" });
    expect(typed("He moved to Grembley Capital last year.", model)).toEqual(["ORG Grembley Capital"]);
    expect(typed("Writing in the Keldane Review, she disagreed.", model)).toEqual(["ORG Keldane Review"]);
  });

  it("a company described as a chipmaker or a bank in apposition is an ORG", () => {
    const model = modelSaying({ velmorix: "B-PER" });
    expect(typed("Velmorix, the Dutch chipmaker, reported a loss.", model)).toContain("ORG Velmorix");
  });
});

describe("clubs named after their town in sports reports", () => {
  const sports = "The striker scored twice as the team won the match, the league and the cup final. ";
  it("a listed town with City, Town or County is the club in a sports report", () => {
    const model = modelSaying({ manchester: "B-PLACE", city: "I-PLACE", united: "B-ORG" });
    expect(typed(sports + "Manchester City were beaten by United.", model)).toEqual(["ORG Manchester City", "ORG United"]);
  });

  it("a listed city named with City, a place after a comma, or text about no sport stay places", () => {
    const model = modelSaying({ kansas: "B-PLACE", city: "I-PLACE", london: "B-PLACE" });
    expect(typed(sports + "The parade went through Kansas City.", model)).toEqual(["GPE Kansas City"]);
    expect(typed("They moved from London Town to the coast.", model)).not.toContain("ORG London Town");
    // "County" names the county, even in a page that names sports.
    expect(typed(sports + "A bust in Orange County worried officials.", modelSaying({ orange: "B-PLACE", county: "I-PLACE" }))).not.toContain("ORG Orange County");
  });
});
