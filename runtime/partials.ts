/**
 * The partial-file format. The fan-out writes a *partial*: `partial.jsonl`, one
 * JSON line `{"seq":N,"result":…}` per input file in discovery order, and
 * `partial.json`, its metadata (fingerprint, shard, inputs discovered). A
 * one-machine run and a sharded run (`--shard I/N` on several machines, then
 * `merge`) both read their partials back with `readPartials`, a k-way merge by
 * discovery position, so their outputs are byte-identical.
 *
 * Generic in the result type: this module knows lines and positions, not documents.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FileSink } from "./file-sink.ts";
import { readLines } from "./lines.ts";

export const PARTIAL = "partial.jsonl";
export const PARTIAL_META = "partial.json";

/** One line of a partial: the result of one discovered input, with its discovery position. */
export interface PartialLine<R> {
  seq: number;
  result: R;
}

export interface PartialMeta {
  fingerprint: string;
  shard: { index: number; count: number };
  discovered: number;
}

/** Shard membership by content hash (first 8 hex digits), so it holds on any machine. */
export function inShard(hash: string, shard: { index: number; count: number }): boolean {
  return parseInt(hash.slice(0, 8), 16) % shard.count === shard.index;
}

/** Writes the partial of one run or shard into a folder, one result's JSON text at a time. */
export class PartialWriter {
  private readonly sink: FileSink;

  constructor(private readonly dir: string) {
    this.sink = new FileSink(join(dir, PARTIAL));
  }

  /** The same bytes as JSON.stringify({ seq, result }), from the result's own JSON text (whole, or in pieces that join to it). */
  write(seq: number, json: string | Uint8Array | string[]): void {
    this.sink.write(`{"seq":${seq},"result":`);
    if (typeof json === "string") this.sink.write(json);
    else if (Array.isArray(json)) for (const piece of json) this.sink.write(piece);
    else this.sink.writeBytes(json);
    this.sink.write("}\n");
  }

  close(): void {
    this.sink.close();
  }

  writeMeta(meta: PartialMeta): void {
    writeFileSync(join(this.dir, PARTIAL_META), JSON.stringify(meta, null, 2) + "\n");
  }
}

/** Read partials (one or many shards) in discovery order. */
export async function* readPartials<R>(dirs: string[]): AsyncGenerator<PartialLine<R>> {
  const metas = dirs.map((d) => {
    const path = join(d, PARTIAL_META);
    if (!existsSync(path)) throw new Error(`not a partial folder (no ${PARTIAL_META}): ${d}`);
    return JSON.parse(readFileSync(path, "utf8")) as PartialMeta;
  });
  const fingerprints = new Set(metas.map((m) => m.fingerprint));
  if (fingerprints.size > 1) throw new Error("partials were made with different code or configuration (fingerprints differ)");
  const counts = new Set(metas.map((m) => `${m.shard.count}:${m.discovered}`));
  if (counts.size > 1) throw new Error("partials disagree on the shard count or the inputs discovered");
  const shardIndexes = new Set(metas.map((m) => m.shard.index));
  if (shardIndexes.size !== metas[0].shard.count) {
    throw new Error(`expected ${metas[0].shard.count} shards, got ${shardIndexes.size} distinct ones`);
  }
  // k-way merge by discovery position
  const iters = dirs.map((d) => readLines(join(d, PARTIAL)));
  const heads: (PartialLine<R> | null)[] = await Promise.all(iters.map((it) => nextEntry<R>(it)));
  let expected = 0;
  for (;;) {
    let best = -1;
    heads.forEach((h, i) => {
      if (h && (best < 0 || h.seq < heads[best]!.seq)) best = i;
    });
    if (best < 0) break;
    const entry = heads[best]!;
    if (entry.seq !== expected) throw new Error(`partials are incomplete: input #${expected} is missing`);
    expected++;
    yield entry;
    heads[best] = await nextEntry<R>(iters[best]);
  }
  if (expected !== metas[0].discovered) throw new Error(`partials are incomplete: ${expected} of ${metas[0].discovered} inputs`);
}

async function nextEntry<R>(it: AsyncIterator<string>): Promise<PartialLine<R> | null> {
  for (;;) {
    const r = await it.next();
    if (r.done) return null;
    if (r.value) return JSON.parse(r.value) as PartialLine<R>;
  }
}
