/**
 * What changed since the previous run, for the report: the previous
 * manifest.json in the output folder (if any) against this run's manifest
 * rows. Inputs are compared by path and SHA-256; only the previous run's
 * path → hash map is held (not its whole manifest object), and this run's
 * rows are streamed from their scratch file.
 */
import { existsSync, readFileSync } from "node:fs";
import { Manifest, ManifestInput } from "../schemas/records.ts";
import type { RunChanges } from "./report-insights.ts";
import { readLines } from "../runtime/lines.ts";

/** Paths shown per kind of change. */
const SAMPLE = 20;

export async function changesSincePrevious(previousManifest: string, rowsPath: string, fingerprint: string): Promise<RunChanges | null> {
  if (!existsSync(previousManifest)) return null;
  let prev: Manifest;
  try {
    prev = Manifest.parse(JSON.parse(readFileSync(previousManifest, "utf8")));
  } catch {
    return null; // not a manifest we wrote: nothing to compare with
  }
  const before = new Map(prev.inputs.map((i) => [i.input, i.sha256]));
  const previousCounts: Record<string, number> = { ...prev.counts };
  const fingerprintChanged = prev.fingerprint !== fingerprint;
  const previousVersion = prev.version;
  prev = undefined as unknown as Manifest; // only the map is needed from here on
  const changes: RunChanges = { previousVersion, previousCounts, added: 0, removed: 0, changed: 0, unchanged: 0, samples: { added: [], removed: [], changed: [] }, fingerprintChanged };
  const note = (kind: "added" | "removed" | "changed", path: string) => {
    changes[kind]++;
    changes.samples[kind].push(path);
  };
  for await (const line of readLines(rowsPath)) {
    if (!line) continue;
    const row = ManifestInput.parse(JSON.parse(line));
    if (!before.has(row.input)) note("added", row.input);
    else if (before.get(row.input) !== row.sha256) note("changed", row.input);
    else changes.unchanged++;
    before.delete(row.input);
  }
  for (const path of before.keys()) note("removed", path);
  for (const k of ["added", "removed", "changed"] as const) {
    changes.samples[k] = changes.samples[k].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, SAMPLE);
  }
  return changes;
}
