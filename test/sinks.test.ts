/** The buffered file writer and the background cache writes: what lands on disk. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ResultCache } from "../pipeline/cache.ts";
import type { FileResult } from "../pipeline/document.ts";
import { FileSink } from "../stages/write/files.ts";

const scratch = () => mkdtempSync(join(tmpdir(), "bs-sinks-"));

describe("FileSink", () => {
  it("writes the UTF-8 of everything written, in order, whatever the sizes", () => {
    const dir = scratch();
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: "grapheme", maxLength: 40 }),
            // Long runs: past the 1 MiB buffer, and past a third of it (3 bytes per unit at most).
            fc.tuple(fc.constantFrom("é", "a", "€", "😀", "\ud800"), fc.integer({ min: 1, max: 400_000 })).map(([c, n]) => c.repeat(n)),
          ),
          { maxLength: 12 },
        ),
        fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 3 }),
        (texts, blobs) => {
          const path = join(dir, "out.txt");
          const sink = new FileSink(path);
          const expected: Buffer[] = [];
          texts.forEach((t, i) => {
            sink.write(t);
            expected.push(Buffer.from(t, "utf8"));
            const b = blobs[i];
            if (b) {
              sink.writeBytes(b);
              expected.push(Buffer.from(b));
            }
          });
          sink.close();
          expect(readFileSync(path).equals(Buffer.concat(expected))).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("ResultCache background writes", () => {
  const result = (input: string): FileResult => ({ input, sha256: "0".repeat(64), bytes: 1, articles: [], removed: [], rejects: [] });

  it("stores every entry by the time flush() resolves", async () => {
    const cache = new ResultCache(scratch(), "fp");
    const keys = Array.from({ length: 200 }, (_, i) => `${(i * 7919).toString(16).padStart(8, "0")}${i}`);
    for (const k of keys) await cache.putLater(k, new TextEncoder().encode(JSON.stringify(result(k))));
    await cache.flush();
    for (const k of keys) expect(cache.get(k)?.result.input).toBe(k);
  });

  it("raises a write failure at flush() when the entry's folder cannot be made", async () => {
    const root = scratch();
    const cache = new ResultCache(root, "fp");
    // A file where the entry's two-letter folder should be.
    writeFileSync(join(root, "fp", "ab"), "");
    await cache.putLater("abcdef", new TextEncoder().encode("{}"));
    await expect(cache.flush()).rejects.toThrow();
  });
});
