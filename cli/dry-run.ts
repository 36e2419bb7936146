/**
 * `--dry-run`: what a run would do with each input, without running a stage
 * or writing anything: every discovered input is listed as
 *
 *   read    a file the loader accepts (with its format and how many documents it holds)
 *   reject  a file the run would reject (empty, binary, too large, unreadable…), with the reason
 *   skip    a file left out by --limit or --shard
 *
 * followed by the totals. Loading is the cheap first stage (decode, sniff,
 * parse records), so the verdicts are the run's own. Before any of it, the
 * paths are checked as a run checks them (pipeline/run.ts checkRunPaths): an
 * `--in`, `--out` or `--cache` the run would refuse is refused here too
 * (OutputRefused, exit 2), never listed as if the run would go ahead, and so is
 * a previous output the run may not replace (runtime/output-dir.ts checkReplaceable).
 */
import { discoverInputs } from "../stages/load/discover.ts";
import { loadBytes } from "../stages/load/index.ts";
import { sha256 } from "../runtime/sha256.ts";
import { readInput } from "../pipeline/inputs.ts";
import { inShard } from "../runtime/partials.ts";
import type { Config } from "../schemas/config.ts";
import { checkRunPaths, type RunControl } from "../pipeline/run.ts";
import { checkReplaceable, OutputRefused } from "../runtime/output-dir.ts";

export interface DryRunLine {
  verdict: "read" | "reject" | "skip";
  input: string;
  detail: string;
}

export async function dryRun(config: Config, control: Pick<RunControl, "limit" | "shard">, emit: (line: DryRunLine) => void): Promise<Record<DryRunLine["verdict"], number>> {
  const totals = { read: 0, reject: 0, skip: 0 };
  const out = (line: DryRunLine) => {
    totals[line.verdict]++;
    emit(line);
  };
  const { inDir, target } = checkRunPaths(config);
  // The previous output the run would replace must be writable too. The run looks only once it knows something
  // changed (an unchanged run keeps the output as it is); the dry run cannot know that without the work, so it says so.
  try {
    checkReplaceable(target);
  } catch (err) {
    if (err instanceof OutputRefused) throw new OutputRefused(`${err.message} (the run refuses it unless nothing changed since the last run)`);
    throw err;
  }
  let seen = 0;
  for await (const entry of discoverInputs(inDir, { followExternalLinks: config.follow_external_links })) {
    seen++;
    if (control.limit !== undefined && seen > control.limit) {
      out({ verdict: "skip", input: entry.rel, detail: `beyond --limit ${control.limit}` });
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
    const read = readInput(entry.abs, config.max_document_bytes);
    if ("error" in read) {
      out({ verdict: "reject", input: entry.rel, detail: read.error });
      continue;
    }
    const bytes = read.bytes;
    if (control.shard && !inShard(sha256(bytes), control.shard)) {
      out({ verdict: "skip", input: entry.rel, detail: `not in shard ${control.shard.index}/${control.shard.count}` });
      continue;
    }
    const loaded = loadBytes(entry.rel, bytes, { maxBytes: config.max_document_bytes, encoding: config.input_encoding });
    if (!loaded.ok) {
      out({ verdict: "reject", input: entry.rel, detail: loaded.reason });
      continue;
    }
    const bad = loaded.warnings.filter((w) => w.skipped).length;
    const formats = [...new Set(loaded.docs.map((d) => d.format))].join(", ") || "no document";
    // A text read in parts (stages/load/parts.ts) is one document: its later parts are not counted.
    const documents = loaded.docs.filter((d) => !d.part || d.part.n === 0).length;
    out({ verdict: "read", input: entry.rel, detail: `${formats}, ${documents} document${documents === 1 ? "" : "s"}${bad ? `, ${bad} bad record${bad === 1 ? "" : "s"} would be rejected` : ""}` });
  }
  return totals;
}

export function formatDryRunLine(l: DryRunLine): string {
  return `${l.verdict.padEnd(6)}  ${JSON.stringify(l.input).slice(1, -1)}  (${l.detail})`;
}
