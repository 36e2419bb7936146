import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/**
 * Entity rules, on invented sentences: a school called by the town it is named after
 * ("sent to Velmor" where the document names "Velmor School") is an organisation, the town itself stays a place;
 * railway stations named by their town; names listed after a plural noun for people are people.
 */
describe("entity rules: schools called by the town they are named after", () => {
  const model = modelSaying({ velmor: "B-PLACE", tarrow: "B-PLACE", state: "I-PLACE", england: "B-PLACE" });

  it("the bare town name is the school where the document names the school in full", () => {
    const text = "Ann Dorr left Velmor School in 1801. She had been sent to Velmor at twelve and was happy at Velmor.";
    expect(typed(text, model)).toEqual(["ORG Velmor", "ORG Velmor", "ORG Velmor"]);
  });

  it("a 'State' school name: Tarrow State is the university of Tarrow State University", () => {
    const text = "Tarrow State University opened in 1865. Tarrow State's rowing crew won in May. Tarrow State grew.";
    expect(typed(text, model).slice(1)).toEqual(["ORG Tarrow State", "ORG Tarrow State"]);
  });

  it("the town stays a place after 'in', with its country after a comma, and where no school is named", () => {
    expect(typed("Ann Dorr left Velmor School in 1801. She was born in Velmor.", model)).toEqual(["GPE Velmor", "GPE Velmor"]);
    expect(typed("Ann Dorr left Velmor School in 1801. Velmor, England is small.", model)).toEqual(["GPE Velmor", "GPE Velmor", "GPE England"]);
    expect(typed("She had been sent to Velmor at twelve and was happy at Velmor.", model)).toEqual(["GPE Velmor", "GPE Velmor"]);
  });
});

describe("entity rules: railway stations named by their town", () => {
  const model = modelSaying({ velmor: "B-PLACE", tarrow: "B-PLACE" });

  it("the town and the station words are one place", () => {
    expect(typed("Trains leave from Velmor railway station every hour.", model)).toEqual(["LOC Velmor railway station"]);
    expect(typed("She met him at Tarrow train station.", model)).toEqual(["LOC Tarrow train station"]);
  });

  it("a town before other words stays the town", () => {
    expect(typed("The Velmor railway opened in 1850.", model)).toEqual(["GPE Velmor"]);
    expect(typed("The Velmor station closed.", model)).toEqual(["GPE Velmor"]);
  });
});

describe("entity rules: lists after a plural noun for people", () => {
  const model = modelSaying({ velmor: "B-PLACE", tarrow: "B-PLACE", france: "B-PLACE", ann: "B-PER", keld: "I-PER" });

  it("surnames read as places in the list are people", () => {
    expect(typed("He has played with guitarists such as Velmor, Tarrow and Ann Keld.", model)).toEqual(["PERSON Velmor", "PERSON Tarrow", "PERSON Ann Keld"]);
    expect(typed("Leaders, such as Velmor and Tarrow, retired.", model)).toEqual(["PERSON Velmor", "PERSON Tarrow"]);
  });

  it("no plural noun for people, or a country in the list: places stay places", () => {
    expect(typed("He has played in towns such as Velmor, Tarrow and Ann Keld.", model)).toEqual(["GPE Velmor", "GPE Tarrow", "PERSON Ann Keld"]);
    expect(typed("Players such as Velmor and France met.", model)).toEqual(["PERSON Velmor", "GPE France"]);
  });
});
