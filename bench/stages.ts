/**
 * Per-stage timing, in process: `node --import tsx bench/stages.ts --in DIR [--limit N]`.
 * Every file goes through read → load → each stage of the pipeline's ordered
 * list (pipeline/steps.ts STAGES: clean, split, entities, dates, …) in turn,
 * exactly as processSource runs them, with a timer around each step. One
 * document at a time, nothing kept, so the figures are the stages' own cost
 * (no worker threads, no writing, no corpus passes).
 *
 * Prints one JSON line: { files, sources, articles, articleWords, failures, steps: [{ name, seconds }] }.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { STAGES } from "../pipeline/steps.ts";
import { loadBytes } from "../stages/load/index.ts";
import type { StageContext, WorkDoc } from "../stages/types.ts";
import { invokedDirectly } from "./files.ts";
import { readArgs } from "../eval/lib/args.ts";

const WORD = /[\p{L}\p{N}]+/gu;

export interface StageTimings {
  files: number;
  sources: number;
  articles: number;
  articleWords: number;
  /** Documents where a stage threw (the pipeline would reject them). */
  failures: number;
  /** Wall seconds and CPU seconds (process-wide, so GC threads count) per step. */
  steps: { name: string; seconds: number; cpuSeconds: number }[];
}

const now = () => process.hrtime.bigint();
/** CPU microseconds used by the process so far (user + system). */
const cpuNow = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

export function timeStages(inDir: string, limit = Infinity): StageTimings {
  const ctx: StageContext = { skip: new Set() };
  const totals = new Map<string, bigint>([["read", 0n], ["load", 0n], ...STAGES.map((s) => [s.name, 0n] as [string, bigint])]);
  const cpu = new Map<string, number>([...totals.keys()].map((k) => [k, 0]));
  let cpuMark = 0;
  const start = () => {
    cpuMark = cpuNow();
    return now();
  };
  const add = (name: string, since: bigint) => {
    totals.set(name, totals.get(name)! + (now() - since));
    cpu.set(name, cpu.get(name)! + (cpuNow() - cpuMark));
  };
  const out: StageTimings = { files: 0, sources: 0, articles: 0, articleWords: 0, failures: 0, steps: [] };
  const files = readdirSync(inDir).sort().slice(0, limit);
  for (const f of files) {
    let t = start();
    const bytes = readFileSync(join(inDir, f));
    add("read", t);
    t = start();
    const loaded = loadBytes(f, bytes);
    add("load", t);
    out.files++;
    if (!loaded.ok) continue;
    for (const source of loaded.docs) {
      out.sources++;
      let doc: WorkDoc = { source, articles: [], diagnostics: [] };
      try {
        for (const stage of STAGES) {
          t = start();
          doc = stage.run(doc, ctx);
          add(stage.name, t);
        }
      } catch {
        out.failures++;
        continue;
      }
      out.articles += doc.articles.length;
      for (const a of doc.articles) out.articleWords += a.text.match(WORD)?.length ?? 0;
    }
  }
  out.steps = [...totals].map(([name, ns]) => ({ name, seconds: Number(ns) / 1e9, cpuSeconds: cpu.get(name)! / 1e6 }));
  return out;
}

if (invokedDirectly(import.meta.url)) {
  const { values } = readArgs("npx tsx bench/stages.ts", { args: process.argv.slice(2), options: { in: { type: "string" }, limit: { type: "string" } } });
  if (!values.in) {
    process.stderr.write("usage: bench/stages.ts --in DIR [--limit N]\n");
    process.exitCode = 2;
  } else {
    const r = timeStages(values.in, values.limit ? Number(values.limit) : Infinity);
    process.stdout.write(JSON.stringify(r) + "\n");
  }
}
