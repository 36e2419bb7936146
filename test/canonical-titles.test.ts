/**
 * Canonical entities: titles of monarchs, nobility and clergy never enter a person's matching key
 * or canonical name ("Empress Livia Dornan" is "Livia Dornan"), while "Lady" stays (a stage name
 * like "Lady Vexa" is a name). Invented names.
 */
import { describe, expect, it } from "vitest";
import { EntityIndex, type MentionKey } from "../corpus/canonical.ts";
import { displayName, matchKey } from "../stages/entities/canonical/normalize.ts";

const P = (text: string): MentionKey => ({ text, type: "PERSON" });

describe("titles of monarchs, nobility and clergy", () => {
  it("are dropped from the matching key and the shown name", () => {
    expect(matchKey("Empress Livia Dornan", "PERSON")).toBe(matchKey("Livia Dornan", "PERSON"));
    expect(matchKey("Father Ambrose Kell", "PERSON")).toBe(matchKey("Ambrose Kell", "PERSON"));
    expect(matchKey("Saint Oriel Banfield", "PERSON")).toBe(matchKey("Oriel Banfield", "PERSON"));
    expect(displayName("Emperor Tobin Marsh", "PERSON")).toBe("Tobin Marsh");
  });

  it("keep a word when the title is all there is, and leave 'Lady' in a name", () => {
    expect(displayName("Emperor", "PERSON")).toBe("Emperor");
    expect(matchKey("Lady Vexa", "PERSON")).not.toBe(matchKey("Vexa", "PERSON"));
  });

  it("let a titled surname resolve to the one full name of its article", () => {
    const index = new EntityIndex();
    index.add("a1", [P("Tobin Marsh"), P("Emperor Marsh"), P("Marsh")]);
    const r = index.resolve();
    const ids = ["Tobin Marsh", "Emperor Marsh", "Marsh"].map((t) => r.entityFor("a1", P(t)));
    expect(ids.every((x) => x.entityId !== null && !x.ambiguous)).toBe(true);
    expect(new Set(ids.map((x) => x.entityId)).size).toBe(1);
    expect(r.entities.map((e) => e.name)).toEqual(["Tobin Marsh"]);
  });
});

describe("office titles written in full", () => {
  it("leave the shown name and the key whatever their length, hyphen or linking words", () => {
    for (const titled of [
      "President-elect Orla Quennel",
      "Governor-General Orla Quennel",
      "Commander-in-Chief Orla Quennel",
      "Secretary of State Orla Quennel",
      "Minister for Foreign Affairs Orla Quennel",
      "Home Secretary Orla Quennel",
      "Attorney General Orla Quennel",
    ]) {
      expect(displayName(titled, "PERSON")).toBe("Orla Quennel");
      expect(matchKey(titled, "PERSON")).toBe(matchKey("Orla Quennel", "PERSON"));
    }
  });

  it("do not eat a hyphenated surname, a name made of portfolio words, or an 'of' name", () => {
    expect(displayName("Saint-Vellard", "PERSON")).toBe("Saint-Vellard");
    expect(displayName("Trade Winslow", "PERSON")).toBe("Trade Winslow");
    expect(displayName("Secretary of State", "PERSON")).toBe("Secretary of State");
    expect(displayName("Duke of Velmor", "PERSON")).toBe("Duke of Velmor");
  });

  it("keep a hyphenated surname whole in the matching key too, so it never merges with its last part alone", () => {
    expect(matchKey("King-Tarrow", "PERSON")).not.toBe(matchKey("Tarrow", "PERSON"));
    expect(matchKey("Saint-Vellard", "PERSON")).not.toBe(matchKey("Vellard", "PERSON"));
    expect(matchKey("Ann King-Tarrow", "PERSON")).toBe(matchKey("Ann King Tarrow", "PERSON"));
    // A title joined to its qualifier is still dropped.
    expect(matchKey("President-elect Ann Tarrow", "PERSON")).toBe(matchKey("Ann Tarrow", "PERSON"));
  });

  it("merge the titled full name with the plain one under the plain name", () => {
    const index = new EntityIndex();
    index.add("a1", [P("Secretary of State Orla Quennel"), P("Orla Quennel"), P("Quennel")]);
    const r = index.resolve();
    expect(r.entities.map((e) => e.name)).toEqual(["Orla Quennel"]);
    expect(r.entityFor("a1", P("Secretary of State Orla Quennel")).entityId).toBe(r.entityFor("a1", P("Quennel")).entityId);
  });
});
