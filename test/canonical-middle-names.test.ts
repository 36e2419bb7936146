/**
 * Canonical entities: a person introduced with middle names or initials ("Marta Ilse Kowalczyk")
 * and then written with first name and surname ("Marta Kowalczyk") is one person, so the surname
 * alone ("Kowalczyk") is no longer ambiguous between two full names. Invented names.
 */
import { describe, expect, it } from "vitest";
import { EntityIndex, type MentionKey } from "../corpus/canonical.ts";
import { firstAndSurname } from "../stages/entities/canonical/normalize.ts";

const P = (text: string): MentionKey => ({ text, type: "PERSON" });

function resolve(corpus: [string, MentionKey[]][]) {
  const index = new EntityIndex();
  for (const [id, mentions] of corpus) index.add(id, mentions);
  return index.resolve();
}

describe("middle names and initials", () => {
  it("gives the first-name-and-surname form of a longer key", () => {
    expect(firstAndSurname("marta ilse kowalczyk")).toBe("marta kowalczyk");
    expect(firstAndSurname("anne marie de vries")).toBe("anne de vries");
    expect(firstAndSurname("marta kowalczyk")).toBeNull();
    expect(firstAndSurname("anne de vries")).toBeNull();
  });

  it("merges the long form, the usual form and the surname of one person", () => {
    const r = resolve([["a1", [P("Marta Ilse Kowalczyk"), P("Marta Kowalczyk"), P("Kowalczyk"), P("Marta Kowalczyk")]]]);
    const ids = ["Marta Ilse Kowalczyk", "Marta Kowalczyk", "Kowalczyk"].map((t) => r.entityFor("a1", P(t)));
    expect(ids.every((x) => !x.ambiguous && x.entityId !== null)).toBe(true);
    expect(new Set(ids.map((x) => x.entityId)).size).toBe(1);
    expect(r.entities).toHaveLength(1);
    expect(r.entities[0]!.name).toBe("Marta Kowalczyk");
  });

  it("merges a middle initial across articles when one longer name fits", () => {
    const r = resolve([["a1", [P("Tomas Q. Varga")]], ["a2", [P("Tomas Varga")]]]);
    expect(r.entityFor("a1", P("Tomas Q. Varga")).entityId).toBe(r.entityFor("a2", P("Tomas Varga")).entityId);
  });

  it("leaves the short form apart when two longer names fit (father and son, two initials)", () => {
    const r = resolve([["a1", [P("Paul A. Renner"), P("Paul B. Renner"), P("Paul Renner")]]]);
    const ids = ["Paul A. Renner", "Paul B. Renner", "Paul Renner"].map((t) => r.entityFor("a1", P(t)).entityId);
    expect(new Set(ids).size).toBe(3);
  });

  it("never merges a different first name or surname", () => {
    const r = resolve([["a1", [P("Marta Ilse Kowalczyk"), P("Ilse Kowalczyk"), P("Marta Kowalski")]]]);
    const ids = ["Marta Ilse Kowalczyk", "Ilse Kowalczyk", "Marta Kowalski"].map((t) => r.entityFor("a1", P(t)).entityId);
    expect(new Set(ids).size).toBe(3);
  });
});
