/**
 * Golden fixtures for the HTML extractor: test/fixtures/html-<case>/input.html
 * beside expected.json (kept blocks, metadata, removed-rule counts).
 * Regenerate on purpose with `UPDATE_FIXTURES=1 npx vitest run test/clean-html-golden.test.ts`;
 * a missing expected.json fails.
 */
import { describe, it, expect } from "vitest";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractHtml } from "../stages/clean/html.ts";

const root = fileURLToPath(new URL("./fixtures/", import.meta.url));
const cases = readdirSync(root).filter((d) => d.startsWith("html-") && existsSync(join(root, d, "input.html")));
const update = process.env.UPDATE_FIXTURES === "1";

function snapshot(dir: string): unknown {
  const html = readFileSync(join(root, dir, "input.html"), "utf8");
  const optsPath = join(root, dir, "options.json");
  const opts = existsSync(optsPath) ? JSON.parse(readFileSync(optsPath, "utf8")) : {};
  const r = extractHtml(html, opts);
  const rules: Record<string, number> = {};
  for (const x of r.removed) rules[x.rule] = (rules[x.rule] ?? 0) + 1;
  return { blocks: r.blocks, meta: r.meta, removedRules: Object.fromEntries(Object.entries(rules).sort()) };
}

describe("html golden fixtures", () => {
  for (const dir of cases) {
    it(dir, () => {
      const got = snapshot(dir);
      const expectedPath = join(root, dir, "expected.json");
      if (update) writeFileSync(expectedPath, JSON.stringify(got, null, 2) + "\n");
      expect(existsSync(expectedPath), `${expectedPath} missing: run with UPDATE_FIXTURES=1`).toBe(true);
      expect(got).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }
});
