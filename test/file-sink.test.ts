/** The buffered file writer: what lands on disk. */
import { closeSync, fstatSync, mkdtempSync, openSync, readFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FileSink } from "../runtime/file-sink.ts";

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

  it("closes its file once: a second close leaves alone a file opened since (which may have the same descriptor)", () => {
    const dir = scratch();
    const sink = new FileSink(join(dir, "a.txt"), false);
    sink.write("first file");
    sink.close();
    // The descriptor just freed is the lowest one: the next open gets it.
    const other = openSync(join(dir, "b.txt"), "w");
    try {
      sink.close();
      writeSync(other, "second file");
      expect(() => fstatSync(other)).not.toThrow();
    } finally {
      closeSync(other);
    }
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("first file");
    expect(readFileSync(join(dir, "b.txt"), "utf8")).toBe("second file");
  });
});
