/**
 * Canonical entities: one place written several ways. US state abbreviations, the official
 * "City of X" form and a place followed by its country or state merge with the plain name; what
 * differs stays apart. Invented towns, real states and countries.
 */
import { describe, expect, it } from "vitest";
import { EntityIndex, type MentionKey } from "../corpus/canonical.ts";
import { matchKey } from "../stages/entities/canonical/normalize.ts";
import { placeCore } from "../stages/entities/canonical/places.ts";

const G = (text: string): MentionKey => ({ text, type: "GPE" });
const key = (s: string) => matchKey(s, "GPE");

describe("place variants", () => {
  it("reads US state abbreviations as the state", () => {
    expect(key("OK")).toBe(key("Oklahoma"));
    expect(key("Okla.")).toBe(key("Oklahoma"));
    expect(key("Calif.")).toBe(key("California"));
    expect(key("N.J.")).toBe(key("New Jersey"));
    expect(key("D.C.")).toBe(key("Washington, D.C."));
    expect(key("District of Columbia")).toBe(key("Washington D.C."));
  });

  it("keeps the capital district apart from the state of Washington, and Los Angeles' 'LA' apart from Louisiana", () => {
    expect(key("Washington, D.C.")).not.toBe(key("Washington"));
    expect(key("LA")).not.toBe(key("Louisiana"));
  });

  it("reads 'City of X' and 'X, Country' as X", () => {
    expect(key("the City of Brackwater")).toBe(key("Brackwater"));
    expect(key("State of Ohio")).toBe(key("Ohio"));
    expect(key("Brackwater, France")).toBe(key("Brackwater"));
    expect(key("Brackwater, Ore.")).toBe(key("Brackwater"));
    expect(placeCore("Republic of Korea")).toBe("Republic of Korea");
  });

  it("leaves a comma list of places that are not a place and its region alone", () => {
    expect(placeCore("Brackwater, Eastfold")).toBe("Brackwater, Eastfold");
    expect(key("Brackwater, Eastfold")).not.toBe(key("Brackwater"));
  });

  it("merges a state's abbreviation with its name across articles, as one entity named by the full form", () => {
    const index = new EntityIndex();
    index.add("a1", [G("Oklahoma"), G("Oklahoma")]);
    index.add("a2", [G("OK"), G("Tulsa, Okla.")]);
    const r = index.resolve();
    expect(r.entityFor("a2", G("OK")).entityId).toBe(r.entityFor("a1", G("Oklahoma")).entityId);
    expect(r.entities.find((e) => e.entity_id === r.entityFor("a2", G("OK")).entityId)!.name).toBe("Oklahoma");
  });
});
