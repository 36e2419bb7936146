/**
 * Canonical entities: an article that mentions nothing (a one-line record, a notice) takes no room in the
 * index (a million such records each held an id there through the final pass), and changes no answer. Invented names.
 */
import { describe, expect, it } from "vitest";
import { EntityIndex, type MentionKey } from "../corpus/canonical.ts";

const P = (text: string): MentionKey => ({ text, type: "PERSON" });
const O = (text: string): MentionKey => ({ text, type: "ORG" });

function build(withEmpty: boolean): EntityIndex {
  const index = new EntityIndex();
  index.add("a1", [P("Mirela Tovan"), O("Harbour Board")]);
  if (withEmpty) for (let i = 0; i < 50; i++) index.add(`empty-${i}`, []);
  index.add("a2", [P("Tovan"), O("Harbour Board")]);
  if (withEmpty) index.add("a3", []);
  return index;
}

describe("articles without mentions in the canonical index", () => {
  it("are left out of its summary, which is otherwise the same", () => {
    const summary = build(true).serialize();
    expect(summary.articles.map(([id]) => id)).toEqual(["a1", "a2"]);
    expect(JSON.stringify(summary)).toBe(JSON.stringify(build(false).serialize()));
  });

  it("change no entity, count or resolution", () => {
    const [a, b] = [build(true).resolve(), build(false).resolve()];
    expect(JSON.stringify(a.entities)).toBe(JSON.stringify(b.entities));
    expect(a.entities.find((e) => e.type === "ORG")).toMatchObject({ article_count: 2, mention_count: 2 });
    expect(a.entityFor("a2", P("Tovan"))).toEqual(b.entityFor("a2", P("Tovan")));
    expect(a.entityFor("a3", P("Tovan"))).toEqual(b.entityFor("a3", P("Tovan")));
  });

  it("an article given mentions after an empty add keeps them", () => {
    const index = new EntityIndex();
    index.add("x", []);
    index.add("x", [O("Harbour Board")]);
    index.add("x", []);
    // [node index, mention count, rank of the first mention]
    expect(index.serialize().articles).toEqual([["x", [[0, 1, 0]]]]);
  });
});
