/**
 * The runtime's one line reader (runtime/lines.ts): lines split on LF, a CR before it taken off, the last line
 * without its LF kept, a line past the bound given as its byte range, lines across 1 MiB chunks whole.
 */
import { describe, expect, it } from "vitest";
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHUNK, eachLineSync, LineReader, readLines } from "../runtime/lines.ts";

const withFile = async (text: string, use: (path: string) => Promise<void>) => {
  const dir = mkdtempSync(join(tmpdir(), "broadsheet-lines-"));
  try {
    const path = join(dir, "rows.jsonl");
    writeFileSync(path, text);
    await use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
const all = async (path: string) => {
  const got: string[] = [];
  for await (const line of readLines(path)) got.push(line);
  return got;
};

describe("runtime/lines.ts", () => {
  it("eachLineSync: every line in order as its bytes without the LF, lines across 1 MiB chunks whole, an unterminated last line kept", async () => {
    const long = "y".repeat(2 * CHUNK + 7);
    await withFile(`a\n\n${long}\nb é\n${long}`, async (path) => {
      const fd = openSync(path, "r");
      const got: string[] = [];
      try {
        eachLineSync(fd, (line) => got.push(line.toString("utf8")));
      } finally {
        closeSync(fd);
      }
      expect(got).toEqual(["a", "", long, "b é", long]);
    });
  });

  it("readLines: LF and CRLF endings, empty lines kept, an unterminated last line, nothing after a final LF", async () => {
    await withFile('{"a":1}\r\n\n{"b":"é 𝄞"}\nlast', async (path) => expect(await all(path)).toEqual(['{"a":1}', "", '{"b":"é 𝄞"}', "last"]));
    await withFile("one\ntwo\n", async (path) => expect(await all(path)).toEqual(["one", "two"]));
    await withFile("", async (path) => expect(await all(path)).toEqual([]));
  });

  it("a line across chunks is whole; past the bound it is its byte range, and the lines after it are read as text", async () => {
    const long = "x".repeat(CHUNK + 10);
    const text = `short\n${long}\nafter\n${long}`;
    await withFile(text, async (path) => {
      expect(await all(path)).toEqual(["short", long, "after", long]);
      const fh = await open(path, "r");
      try {
        const lines = new LineReader(fh, 100);
        const got = [];
        for (let line = await lines.next(); line !== null; line = await lines.next()) got.push(line);
        expect(got).toEqual(["short", { start: 6, end: 6 + long.length }, "after", { start: 13 + long.length, end: text.length }]);
      } finally {
        await fh.close();
      }
    });
  });
});
