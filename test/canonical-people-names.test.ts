/**
 * Canonical entities of people: rank words opening a title ("Senior Advisor", "Field Marshal", "Chief of Staff"),
 * and a lone surname in an article that gives it to several people
 * (the one named clearly most often is meant; two named about as often leave it ambiguous). Invented names.
 */
import { describe, expect, it } from "vitest";
import { EntityIndex, type MentionKey } from "../corpus/canonical.ts";
import { displayName, matchKey } from "../stages/entities/canonical/normalize.ts";

const P = (text: string): MentionKey => ({ text, type: "PERSON" });

function resolveOne(mentions: MentionKey[]) {
  const index = new EntityIndex();
  index.add("a1", mentions);
  const r = index.resolve();
  const nameOf = (t: string) => {
    const e = r.entityFor("a1", P(t));
    return e.ambiguous ? "ambiguous" : r.entities.find((x) => x.entity_id === e.entityId)?.name;
  };
  return nameOf;
}

describe("titles opened by a rank word", () => {
  it("never enter the key or the shown name", () => {
    for (const titled of ["Senior Advisor Orla Quennel", "Field Marshal Orla Quennel", "Chief of Staff Orla Quennel", "Staff Sergeant Orla Quennel", "Rear Admiral Orla Quennel", "Majority Leader Orla Quennel", "Speaker Orla Quennel"]) {
      expect(matchKey(titled, "PERSON"), titled).toBe(matchKey("Orla Quennel", "PERSON"));
      expect(displayName(titled, "PERSON"), titled).toBe("Orla Quennel");
    }
  });

  it("leave a name alone when no title word follows the rank word", () => {
    expect(displayName("Field Quennel", "PERSON")).toBe("Field Quennel");
    expect(matchKey("Senior Quennel", "PERSON")).not.toBe(matchKey("Quennel", "PERSON"));
  });

  it("let 'Advisor Quennel' join the one Quennel of the article", () => {
    const nameOf = resolveOne([P("Senior Advisor Orla Quennel"), P("Orla Quennel"), P("Advisor Quennel")]);
    expect(nameOf("Advisor Quennel")).toBe("Orla Quennel");
  });
});

describe("a lone surname shared by several people of one article", () => {
  it("names the person named in full clearly most often (a biography's subject beside relatives)", () => {
    const nameOf = resolveOne([P("Orla Quennel"), P("Orla Quennel"), P("Orla Quennel"), P("Bram Quennel"), P("Quennel")]);
    expect(nameOf("Quennel")).toBe("Orla Quennel");
    expect(nameOf("Bram Quennel")).toBe("Bram Quennel");
  });

  it("stays ambiguous when the most-named bearer is not the first named in full (wire style)", () => {
    const mentions = [P("Mark Quennel"), P("Quennel"), P("Quennel"), P("Quennel"), P("Quennel"), P("Jane Quennel"), P("Jane Quennel")];
    expect(resolveOne(mentions)("Quennel")).toBe("ambiguous");
    // The same result whichever shard order the article's summary is merged in.
    const a = new EntityIndex();
    a.add("a1", mentions);
    const b = new EntityIndex();
    b.merge(a.serialize());
    expect(b.resolve().entityFor("a1", P("Quennel")).ambiguous).toBe(true);
  });

  it("a generational suffix is never the whole name", () => {
    expect(displayName("Lance Bishop Jr", "PERSON")).toBe("Lance Bishop Jr");
    expect(matchKey("Lance Bishop Jr", "PERSON")).not.toBe("jr");
  });

  it("stays ambiguous when two of them are named about as often, or once each", () => {
    expect(resolveOne([P("Orla Quennel"), P("Orla Quennel"), P("Bram Quennel"), P("Bram Quennel"), P("Quennel")])("Quennel")).toBe("ambiguous");
    expect(resolveOne([P("Orla Quennel"), P("Bram Quennel"), P("Quennel")])("Quennel")).toBe("ambiguous");
  });

  it("stays ambiguous when the word is also another person's given name in the article", () => {
    const nameOf = resolveOne([P("Orla Grant"), P("Orla Grant"), P("Orla Grant"), P("Bram Grant"), P("Grant Tilly"), P("Grant")]);
    expect(nameOf("Grant")).toBe("ambiguous");
  });

  it("never takes a given name alone to the most frequent of two people who have it", () => {
    const nameOf = resolveOne([P("Orla Quennel"), P("Orla Quennel"), P("Orla Quennel"), P("Orla Vance"), P("Orla")]);
    expect(nameOf("Orla")).toBe("ambiguous");
  });
});
