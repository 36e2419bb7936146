// The committed out/README.md (kept so that out/ exists in a fresh clone) is the data dictionary a run
// writes: a user reading it before any run sees the files a run really produces.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { outputReadme } from "../write/readme.ts";

describe("out/README.md", () => {
  it("is what the pipeline writes", () => {
    const committed = readFileSync(new URL("../out/README.md", import.meta.url), "utf8");
    expect(committed).toBe(outputReadme());
  });
});
