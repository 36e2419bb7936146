/**
 * Golden fixtures for the load stage: every `test/fixtures/load/<case>/input.*`
 * is loaded and compared with `expected.json` beside it. To regenerate on
 * purpose after a deliberate change: `UPDATE_FIXTURES=1 npx vitest run test/load-fixtures.test.ts`
 * (then review the diff). A missing expected.json fails unless updating.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadBytes } from "../stages/load/index.ts";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "load");
const UPDATE = process.env.UPDATE_FIXTURES === "1";

const cases = readdirSync(ROOT).filter((d) => !d.startsWith(".")).sort();

describe("load fixtures", () => {
  it("has fixtures", () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)("%s", (name) => {
    const dir = path.join(ROOT, name);
    const input = readdirSync(dir).find((f) => f.startsWith("input."));
    expect(input, `no input.* in ${dir}`).toBeDefined();
    const rel = `${name}/${input}`;
    const actual = loadBytes(rel, readFileSync(path.join(dir, input!)));
    const expectedPath = path.join(dir, "expected.json");
    if (UPDATE) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    expect(existsSync(expectedPath), `missing ${expectedPath}: run with UPDATE_FIXTURES=1`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
  });
});
