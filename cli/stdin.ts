/**
 * `--in -`: JSON Lines on standard input (`cat export.jsonl | npm run pipeline -- --in -`).
 * The stream is copied into a private temporary folder as `stdin.jsonl`, so the
 * run reads it like any input folder (same discovery, hashing, cache and
 * manifest; its rows name `stdin.jsonl`); the folder is removed afterwards.
 */
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";

/** The input name the records of standard input get. */
export const STDIN_FILE = "stdin.jsonl";

export async function stdinAsFolder(stream: NodeJS.ReadableStream = process.stdin): Promise<{ dir: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "broadsheet-stdin-"));
  await pipeline(stream, createWriteStream(join(dir, STDIN_FILE)));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
