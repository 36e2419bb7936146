/** The corpus passes' contract (corpus/pass.ts): observe on the worker, fold in order, resolve once, annotate records. Invented text. */
import { describe, expect, it } from "vitest";
import type { Article } from "../schemas/records.ts";
import { canonicalEntitiesPass } from "../corpus/canonical.ts";
import { nearDuplicatesPass } from "../corpus/duplicates.ts";
import { corpusPasses } from "../pipeline/steps.ts";

const STORY =
  "The harbour council of Velmora met on Tuesday evening to vote on the new ferry timetable, which residents had asked for since the spring. " +
  "Ines Oduya, who chairs the transport committee, said the later sailings would help shift workers and students who cross the bay each day. " +
  "Opponents argued that the cost of the extra crews had not been explained and asked for the vote to wait until the autumn budget.";

function article(id: string, text: string, names: string[] = []): Article {
  return {
    article_id: id, source: `${id}.txt`, record_id: null, index_in_source: 0, source_start: 0, source_end: text.length,
    url: null, site: null, title: null, author: null, published: null, published_source: "none", modified: null, language: "en",
    duplicate_of: null, text, word_count: text.split(/\s+/).length, paragraphs: [], sentences: [],
    mentions: names.map((name) => {
      const start = text.indexOf(name);
      return { start, end: start + name.length, text: name, type: "PERSON" as const, entity_id: null, confidence: 0.9, rule: "test", ambiguous: false };
    }),
    dates: [],
  };
}

describe("corpus passes", () => {
  it("near-duplicates: a later copy in other capitals and punctuation points to the first; an unrelated story does not", () => {
    const pass = nearDuplicatesPass();
    const articles = [
      article("a1", STORY),
      article("a2", STORY.toUpperCase().replace(/,/g, " —")),
      article("a3", STORY.split(" ").reverse().join(" ").replace(/harbour|ferry|bay/g, "mountain")),
    ];
    for (const a of articles) pass.fold(a.article_id, pass.observe(a));
    const result = pass.resolve();
    for (const a of articles) result.annotate(a);
    expect(articles.map((a) => a.duplicate_of)).toEqual([null, "a1", null]);
  });

  it("canonical entities: the same person in two articles gets one entity id; resolve runs once", () => {
    const pass = canonicalEntitiesPass();
    const articles = [article("a1", STORY, ["Ines Oduya"]), article("a2", `Yesterday Ines Oduya spoke again.`, ["Ines Oduya"])];
    for (const a of articles) pass.fold(a.article_id, pass.observe(a));
    const result = pass.resolve();
    expect(pass.resolve()).toBe(result);
    for (const a of articles) result.annotate(a);
    const ids = articles.map((a) => a.mentions[0].entity_id);
    expect(ids[0]).not.toBeNull();
    expect(ids[1]).toBe(ids[0]);
    expect(result.entities.map((e) => e.entity_id)).toEqual([ids[0]]);
  });

  it("the run declares its passes in annotation order, fresh for each run", () => {
    const a = corpusPasses();
    expect(a.inOrder.map((p) => p.name)).toEqual(["near-duplicates", "canonical-entities"]);
    expect(corpusPasses().entities).not.toBe(a.entities);
  });
});
