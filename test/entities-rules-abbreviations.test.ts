import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/** Invented sentences; a hand-made model fixes what the learned part says, so only the rule-side rule is tested. */
describe("entity rules: everyday abbreviations", () => {
  it("an everyday abbreviation the model tagged alone is dropped", () => {
    const model = modelSaying({ ko: "B-ORG", era: "B-ORG", dvd: "B-ORG", velmor: "B-ORG" });
    expect(typed("Tarrow won all nine fights by KO that year.", model)).toEqual([]);
    expect(typed("His ERA fell to 2.41 after the trade.", model)).toEqual([]);
    expect(typed("The album came out on DVD in May, and Velmor sold it.", model)).toEqual(["ORG Velmor"]);
  });

  it("a name coordinated with it keeps it, and longer spans are left alone", () => {
    const model = modelSaying({ ba: "B-ORG", velmor: "B-ORG", air: "I-ORG", dj: "B-PER", keld: "I-PER" });
    // coordinated with an airline's name: an airline then
    expect(typed("Fares at BA and Velmor Air rose again.", model)).toEqual(["ORG BA", "ORG Velmor Air"]);
    expect(typed("Fares at Velmor Air and BA rose again.", model)).toEqual(["ORG Velmor Air", "ORG BA"]);
    // alone it is a degree
    expect(typed("She took a BA in history there.", model)).toEqual([]);
    // a span of more than the abbreviation is a name
    expect(typed("The set was mixed by DJ Keld last night.", model)).toEqual(["PERSON DJ Keld"]);
  });
});
