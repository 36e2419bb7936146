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
  });

  it("a title with no person after it, or a spokesman after no article, changes nothing", () => {
    const model = modelSaying({ velmor: "B-PER", france: "B-PLACE", anna: "B-PER", berg: "I-PER" });
    expect(typed("Velmor manager of the year.", model)).toEqual(["PERSON Velmor"]);
    expect(typed("The Velmor spokesman said so.", model)).toEqual(["PERSON Velmor"]);
    expect(typed("France coach Anna Berg named the squad.", model)).toEqual(["GPE France", "PERSON Anna Berg"]);
  });
});

describe("organisations by their cues: teams facing teams", () => {
  it("the other side of a match verb from a team is a team", () => {
    const model = modelSaying({ velmor: "B-PER", tarrow: "B-ORG", keld: "B-ORG" });
    expect(typed("Velmor drew with Tarrow on Saturday.", model)).toEqual(["ORG Velmor", "ORG Tarrow"]);
    expect(typed("Keld beat Chelsea at home.", model)).toEqual(["ORG Keld", "ORG Chelsea"]);
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
  });
});
