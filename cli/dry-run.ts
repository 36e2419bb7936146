/**
 * `--dry-run`: what a run would do with each input, without running a stage
 * or writing anything: every discovered input is listed as
 *
 *   read    a file the loader accepts (with its format and how many documents it holds)
 *   reject  a file the run would reject (empty, binary, too large, unreadable…), with the reason
 *   skip    a file left out by --limit or --shard
 *
 * followed by the totals. Loading is the cheap first stage (decode, sniff,
 * parse records), so the verdicts are the run's own.
 */
import { resolve } from "node:path";
import { discoverInputs } from "../stages/load/discover.ts";
import { loadBytes } from "../stages/load/index.ts";
import { sha256 } from "../pipeline/document.ts";
import { readInput } from "../pipeline/inputs.ts";
import { inShard } from "../runtime/partials.ts";

export interface DryRunOptions {
  inDir: string;
  maxBytes?: number;
  limit?: number;
  shard?: { index: number; count: number };
  followExternalLinks?: boolean;
}

export interface DryRunLine {
  verdict: "read" | "reject" | "skip";
  input: string;
  detail: string;
}

export async function dryRun(opts: DryRunOptions, emit: (line: DryRunLine) => void): Promise<Record<DryRunLine["verdict"], number>> {
  const totals = { read: 0, reject: 0, skip: 0 };
  const out = (line: DryRunLine) => {
    totals[line.verdict]++;
    emit(line);
  };
  let seen = 0;
  for await (const entry of discoverInputs(resolve(opts.inDir), { followExternalLinks: opts.followExternalLinks })) {
    seen++;
    if (opts.limit !== undefined && seen > opts.limit) {
      out({ verdict: "skip", input: entry.rel, detail: `beyond --limit ${opts.limit}` });
      continue;
    }
    if ("error" in entry) {
      out({ verdict: "reject", input: entry.rel, detail: entry.error });
      continue;
    }
    if ("skipped" in entry) {
      out({ verdict: "skip", input: entry.rel, detail: entry.skipped });
      continue;
    }
    const read = readInput(entry.abs, opts.maxBytes);
    if ("error" in read) {
      out({ verdict: "reject", input: entry.rel, detail: read.error });
      continue;
    }
    const bytes = read.bytes;
    if (opts.shard && !inShard(sha256(bytes), opts.shard)) {
      out({ verdict: "skip", input: entry.rel, detail: `not in shard ${opts.shard.index}/${opts.shard.count}` });
      continue;
    }
    const loaded = loadBytes(entry.rel, bytes, { maxBytes: opts.maxBytes });
    if (!loaded.ok) {
      out({ verdict: "reject", input: entry.rel, detail: loaded.reason });
      continue;
    }
    const bad = loaded.warnings.filter((w) => w.skipped).length;
    const formats = [...new Set(loaded.docs.map((d) => d.format))].join(", ") || "no document";
    out({ verdict: "read", input: entry.rel, detail: `${formats}, ${loaded.docs.length} document${loaded.docs.length === 1 ? "" : "s"}${bad ? `, ${bad} bad record${bad === 1 ? "" : "s"} would be rejected` : ""}` });
  }
  return totals;
}

export function formatDryRunLine(l: DryRunLine): string {
  return `${l.verdict.padEnd(6)}  ${JSON.stringify(l.input).slice(1, -1)}  (${l.detail})`;
}
