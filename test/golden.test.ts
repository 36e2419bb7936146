/**
 * Golden fixtures: one per input kind, run through every stage. The expected
 * file keeps what a user checks (metadata, paragraphs, mentions, date values)
 * so that a change in any stage shows up as a readable diff.
 * Regenerate on purpose with: UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processFile } from "../pipeline/document.ts";
import type { Article } from "../schemas/records.ts";
import { checkArticleInvariants } from "./helpers/invariants.ts";

const DIR = join(import.meta.dirname, "fixtures", "pipeline");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

function summary(a: Article) {
  return {
    title: a.title,
    site: a.site,
    author: a.author,
    published: a.published,
    published_source: a.published_source,
    record_id: a.record_id,
    paragraphs: a.paragraphs.map((p) => p.text),
    sentences: a.sentences.length,
    mentions: a.mentions.map((m) => `${m.type} ${m.text}`),
    dates: a.dates.map((d) => `${d.type} ${d.text} = ${d.value}${d.mod ? ` (${d.mod})` : ""}`),
  };
}

describe("golden fixtures", () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, () => {
      const inputName = readdirSync(join(DIR, name)).find((f) => f.startsWith("input."))!;
      const result = processFile(inputName, readFileSync(join(DIR, name, inputName)), { skip: new Set() });
      for (const a of result.articles) checkArticleInvariants(a);
      const actual = { articles: result.articles.map(summary), rejects: result.rejects.map((r) => r.reason), removed_rules: [...new Set(result.removed.map((r) => r.rule))].sort() };
      const expectedPath = join(DIR, name, "expected.json");
      if (UPDATE || !existsSync(expectedPath)) {
        if (!UPDATE && process.env.CI) throw new Error(`missing golden file ${expectedPath}: run with UPDATE_GOLDEN=1 and commit it`);
        writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + "\n");
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }
});
