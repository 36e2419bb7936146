// A file saved into --out while a run is building its new output (a notebook saved into out/, say) is not lost
// by the swap: the run refuses to swap, the file and the folder stay as they were, no temporary is left.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkOutputTarget, OutputRefused, swapInto, withAtomicOutput } from "../runtime/output-dir.ts";

describe("--out changed during a run", () => {
  it("a file saved into out/ while the run builds is kept, and the new output is not swapped in", async () => {
    const base = mkdtempSync(join(tmpdir(), "bs-added-"));
    const out = join(base, "out");
    mkdirSync(out);
    const target = checkOutputTarget(out, []);
    const run = withAtomicOutput(target, async (tmp) => {
      writeFileSync(join(tmp, "manifest.json"), "{}");
      writeFileSync(join(out, "analysis.ipynb"), "{\"cells\": []}");
      return { keep: false, summary: "built" };
    });
    await expect(run).rejects.toBeInstanceOf(OutputRefused);
    await expect(run).rejects.toThrow(/analysis\.ipynb was added to it during the run/);
    expect(readdirSync(out)).toEqual(["analysis.ipynb"]);
    expect(readFileSync(join(out, "analysis.ipynb"), "utf8")).toBe("{\"cells\": []}");
    expect(readdirSync(base).sort()).toEqual(["out"]);
  });

  it("an untouched folder is replaced as before", async () => {
    const base = mkdtempSync(join(tmpdir(), "bs-added-"));
    const out = join(base, "out");
    mkdirSync(out);
    const summary = await withAtomicOutput(checkOutputTarget(out, []), async (tmp) => {
      writeFileSync(join(tmp, "manifest.json"), "{}");
      return { keep: false, summary: "built" };
    });
    expect(summary).toBe("built");
    expect(readdirSync(out)).toEqual(["manifest.json"]);
    expect(readdirSync(base).sort()).toEqual(["out"]);
  });

  it("a user's folder named like the run's temporary (a pid that repeats in containers) is refused, never removed", async () => {
    const base = mkdtempSync(join(tmpdir(), "bs-added-"));
    const out = join(base, "out");
    const mine = `${out}.tmp-${process.pid}`;
    mkdirSync(mine);
    writeFileSync(join(mine, "draft.md"), "mine");
    const run = withAtomicOutput(checkOutputTarget(out, []), async () => ({ keep: false, summary: "built" }));
    await expect(run).rejects.toBeInstanceOf(OutputRefused);
    expect(readFileSync(join(mine, "draft.md"), "utf8")).toBe("mine");
  });

  it("a first swap (no previous output) leaves a user's folder named like the swap's old copy alone", () => {
    const base = mkdtempSync(join(tmpdir(), "bs-added-"));
    const out = join(base, "out");
    const theirs = `${out}.old-${process.pid}`;
    mkdirSync(theirs);
    writeFileSync(join(theirs, "keep.txt"), "theirs");
    const tmp = join(base, "built");
    mkdirSync(tmp);
    writeFileSync(join(tmp, "manifest.json"), "{}");
    swapInto(tmp, out);
    expect(readdirSync(out)).toEqual(["manifest.json"]);
    expect(readFileSync(join(theirs, "keep.txt"), "utf8")).toBe("theirs");
  });
});
