/**
 * Canonical entities: an organisation called by a shorter name once its full name is given
 * ("Brackwater Herons" then "Herons", "Velden University" then "Velden") is one organisation; a
 * shorter name two full names of the article could give is left ambiguous, and a head-less form
 * that names a place is not a short name. Invented names.
 */
import { describe, expect, it } from "vitest";
import type { EntityType } from "../schemas/records.ts";
import { EntityIndex, type MentionKey } from "../corpus/canonical.ts";
import { shorterOrgKeys } from "../stages/entities/canonical/org-names.ts";

const m = (text: string, type: EntityType): MentionKey => ({ text, type });
const O = (t: string) => m(t, "ORG");
const G = (t: string) => m(t, "GPE");

function resolve(corpus: [string, MentionKey[]][]) {
  const index = new EntityIndex();
  for (const [id, mentions] of corpus) index.add(id, mentions);
  return index.resolve();
}

describe("shorter organisation names", () => {
  it("drop a leading place and a trailing generic head, never leaving a bare connective", () => {
    const places = new Set(["brackwater"]);
    const isPlace = (k: string) => places.has(k);
    expect(shorterOrgKeys("brackwater herons", isPlace)).toEqual(["herons"]);
    expect(shorterOrgKeys("brackwater", isPlace)).toEqual([]);
    expect(shorterOrgKeys("ministri of brackwater", isPlace)).toEqual([]);
  });

  it("merge a club's nickname with its city-named full name in the article", () => {
    const r = resolve([["a1", [G("Brackwater"), O("Brackwater Herons"), O("Herons"), O("Herons")]]]);
    const full = r.entityFor("a1", O("Brackwater Herons"));
    const short = r.entityFor("a1", O("Herons"));
    expect(short.ambiguous).toBe(false);
    expect(short.entityId).toBe(full.entityId);
    // The full form names the entity even though the short one is more frequent.
    expect(r.entities.find((e) => e.entity_id === full.entityId)!.name).toBe("Brackwater Herons");
  });

  it("merge a university's distinctive word with its full name", () => {
    const r = resolve([["a1", [O("Velden University"), O("Velden")]]]);
    expect(r.entityFor("a1", O("Velden")).entityId).toBe(r.entityFor("a1", O("Velden University")).entityId);
  });

  it("leave a short name ambiguous between two full names of its article", () => {
    const r = resolve([["a1", [G("Brackwater"), G("Eastfold"), O("Brackwater Herons"), O("Eastfold Herons"), O("Herons")]]]);
    expect(r.entityFor("a1", O("Herons"))).toEqual({ entityId: null, ambiguous: true });
  });

  it("never read a head-less form that names a place as the short name", () => {
    const r = resolve([["a1", [G("Brackwater"), O("Brackwater University"), O("Brackwater")]]]);
    expect(r.entityFor("a1", O("Brackwater")).entityId).not.toBe(r.entityFor("a1", O("Brackwater University")).entityId);
  });
});
