/**
 * Canonical entities: a government body named after its country or union is one organisation
 * whether the country is written out or abbreviated ("U.S. Tariff Board" = "United States Tariff
 * Board"); the body alone or another country's body stays apart. Invented bodies.
 */
import { describe, expect, it } from "vitest";
import { matchKey } from "../stages/entities/canonical/normalize.ts";

const key = (s: string) => matchKey(s, "ORG");

describe("country acronyms opening organisation names", () => {
  it("read as the country's or union's full name", () => {
    expect(key("U.S. Tariff Board")).toBe(key("United States Tariff Board"));
    expect(key("US Tariff Board")).toBe(key("United States Tariff Board"));
    expect(key("UK Fisheries Office")).toBe(key("United Kingdom Fisheries Office"));
    expect(key("UN Refugee Panel")).toBe(key("United Nations Refugee Panel"));
  });

  it("never make the body alone, or another country's body, the same", () => {
    expect(key("US Tariff Board")).not.toBe(key("Tariff Board"));
    expect(key("UK Tariff Board")).not.toBe(key("US Tariff Board"));
    expect(key("UN")).toBe(key("United Nations"));
  });
});
