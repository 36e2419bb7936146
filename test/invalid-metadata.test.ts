/**
 * A metadata value that fails the article schema costs that field, never the article: the cleaner can mis-read a
 * date ("4-02-29" from a year-first stamp with a short year), and the article text must still reach the outputs,
 * with a row in rejects that names the field. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { dropInvalidMetadata, processFile } from "../pipeline/document.ts";
import { stageView } from "../pipeline/steps.ts";
import { configOf } from "../schemas/config.ts";
import { Article } from "../schemas/records.ts";

const ctx = stageView(configOf({}), undefined);
const body = "Pilot Mara Ostby said the tugs were ready. The harbour of Varnholm reopened after the storm passed and the ferries ran again.";

function articleOf(): Article {
  const line = JSON.stringify({ id: "r1", title: "Quay reopens", published: "2021-05-03", text: body });
  const r = processFile("a.jsonl", new TextEncoder().encode(line + "\n"), ctx);
  expect(r.articles).toHaveLength(1);
  return r.articles[0] as Article;
}

describe("a metadata value that fails the schema", () => {
  it("is nulled with its provenance and named in a reason, and the article then validates", () => {
    const record = articleOf();
    record.published = "4-02-29";
    const checked = Article.safeParse(record);
    expect(checked.success).toBe(false);
    const reasons = dropInvalidMetadata(record, checked.success ? [] : checked.error.issues);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain('field "published"');
    expect(reasons[0]).toContain('"4-02-29"');
    expect(record.published).toBeNull();
    expect(record.published_source).toBe("none");
    expect(Article.safeParse(record).success).toBe(true);
  });

  it("drops nothing when a check fails outside the metadata (the record is rejected whole)", () => {
    const record = articleOf();
    record.published = "4-02-29";
    (record as unknown as Record<string, unknown>).word_count = -1;
    const checked = Article.safeParse(record);
    expect(dropInvalidMetadata(record, checked.success ? [] : checked.error.issues)).toEqual([]);
    expect(record.published).toBe("4-02-29");
  });

  it("keeps a text dump's article whatever date its header stamp gives", () => {
    const dump = `Quay reopens after storm\n입력 0004.02.29 10:00\n\n${body}\n`;
    const r = processFile("b.txt", new TextEncoder().encode(dump), ctx);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].text).toContain("harbour of Varnholm");
    const published = r.articles[0].published;
    expect(published === null || Article.shape.published.safeParse(published).success).toBe(true);
  });
});
