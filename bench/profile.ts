/**
 * Summarise V8 CPU profiles (`node --cpu-prof`): self time per function and
 * per source file, so a hot spot can be named precisely (file, function, line).
 * `npx tsx bench/profile.ts DIR_OR_FILE [--top N]` prints the table.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { invokedDirectly } from "./files.ts";
import { readArgs } from "../eval/lib/args.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  where: string;
  selfMs: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: HotSpot[];
  files: HotSpot[];
}

/** Self time by function and by file over one or more profiles (ms; share of the total sampled time). */
export function summariseProfiles(profiles: CpuProfile[], root: string): ProfileSummary {
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const p of profiles) {
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < p.samples.length; i++) {
      const n = nodes.get(p.samples[i]);
      const ms = (p.timeDeltas[i] ?? 0) / 1000;
      // "(idle)" is a thread waiting (for a worker, for I/O): not a cost.
      if (!n || ms <= 0 || n.callFrame.functionName === "(idle)") continue;
      total += ms;
      const file = shortUrl(n.callFrame.url, root);
      // Line numbers are those of the transpiled module (tsx), not of the .ts source: name and file only.
      const fn = `${n.callFrame.functionName || "(anonymous)"} ${file}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
      byFile.set(file, (byFile.get(file) ?? 0) + ms);
    }
  }
  const rank = (m: Map<string, number>) =>
    [...m].map(([where, selfMs]) => ({ where, selfMs, share: total ? selfMs / total : 0 })).sort((a, b) => b.selfMs - a.selfMs);
  return { totalMs: total, functions: rank(byFunction), files: rank(byFile) };
}

function shortUrl(url: string, root: string): string {
  if (!url) return "(native)";
  const path = url.startsWith("file://") ? new URL(url).pathname : url;
  const rel = relative(root, path);
  return rel.startsWith("..") ? path : rel;
}

/** One line per profile file (one per thread): its sampled time and top functions, to tell the main thread from the workers. */
export function perThreadLines(dir: string, root: string, top = 5): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .sort()
    .map((f) => {
      const s = summariseProfiles(readProfiles(join(dir, f)), root);
      return `- ${f}: ${(s.totalMs / 1000).toFixed(2)} s — ${s.functions.slice(0, top).map((h) => `${h.where} ${h.selfMs.toFixed(0)} ms`).join("; ")}`;
    });
}

export function readProfiles(target: string): CpuProfile[] {
  const files = statSync(target).isDirectory()
    ? readdirSync(target).filter((f) => f.endsWith(".cpuprofile")).map((f) => join(target, f))
    : [target];
  return files.map((f) => JSON.parse(readFileSync(f, "utf8")) as CpuProfile);
}

export function formatSummary(s: ProfileSummary, top = 15): string {
  const row = (h: HotSpot) => `| ${h.where} | ${h.selfMs.toFixed(0)} | ${(h.share * 100).toFixed(1)}% |`;
  return [
    `Sampled CPU time: ${(s.totalMs / 1000).toFixed(2)} s`,
    "",
    "| function (self time) | ms | share |",
    "| --- | ---: | ---: |",
    ...s.functions.slice(0, top).map(row),
    "",
    "| file (self time) | ms | share |",
    "| --- | ---: | ---: |",
    ...s.files.slice(0, top).map(row),
  ].join("\n");
}

if (invokedDirectly(import.meta.url)) {
  const { values, positionals } = readArgs("npx tsx bench/profile.ts", {
    usage: "DIR_OR_FILE [--top N]",
    options: { top: { type: "string" } },
    allowPositionals: true,
    check: ({ values: v, positionals: p }) =>
      p.length !== 1
        ? "expected one folder or .cpuprofile file"
        : !existsSync(p[0]!)
          ? `${p[0]}: no such file or folder`
          : v.top !== undefined && !/^\d+$/.test(String(v.top))
            ? `--top ${String(v.top)}: expected a whole number`
            : null,
  });
  process.stdout.write(formatSummary(summariseProfiles(readProfiles(positionals[0]!), process.cwd()), values.top ? Number(values.top) : 15) + "\n");
}
