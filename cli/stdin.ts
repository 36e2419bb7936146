/**
 * `--in -`: JSON Lines on standard input (`cat export.jsonl | npm run pipeline -- --in -`).
 * The stream is copied into a private temporary folder as `stdin.jsonl`, so the
 * run reads it like any input folder (same discovery, hashing, cache and
 * manifest; its rows name `stdin.jsonl`); the folder is removed afterwards,
 * also when the run is interrupted (runtime/interrupt.ts).
 */
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { onInterrupt } from "../runtime/interrupt.ts";

/** The input name the records of standard input get. */
export const STDIN_FILE = "stdin.jsonl";

export async function stdinAsFolder(stream: NodeJS.ReadableStream = process.stdin): Promise<{ dir: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "broadsheet-stdin-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  // Interrupted (Ctrl-C), the copy goes too.
  const done = onInterrupt(remove);
  try {
    await pipeline(stream, createWriteStream(join(dir, STDIN_FILE)));
  } catch (err) {
    done();
    remove();
    throw err;
  }
  return {
    dir,
    cleanup: () => {
      done();
      remove();
    },
  };
}
