/**
 * Entity tagger throughput: `npm run bench:ner [-- --root DIR ...] [--docs N] [--reps N] [--data DIR]`.
 * Tags the first N TimeML news documents (tags stripped) with `tagEntities` of each checkout root
 * (default: this one), once to warm up, then `--reps` passes; prints words per CPU-second of the best
 * pass for each root. Roots are measured in separate child processes, one after the other, so two
 * taggers never share a process (the second one loaded runs slower); compare checkouts by running
 * this several times, alternating, on a loaded machine.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { TIMEML_DATA } from "../eval/lib/timeml-split.ts";

const here = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    root: { type: "string", multiple: true },
    docs: { type: "string", default: "150" },
    reps: { type: "string", default: "5" },
    data: { type: "string", default: TIMEML_DATA },
    child: { type: "boolean", default: false },
  },
});

function texts(dir: string, limit: number): string[] {
  const files: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.isDirectory()) for (const f of readdirSync(join(dir, d.name))) if (f.endsWith(".tml")) files.push(join(dir, d.name, f));
  }
  files.sort();
  return files.slice(0, limit).map((f) => readFileSync(f, "utf8").replace(/<[^>]+>/g, " "));
}

if (values.child) {
  const root = resolve(values.root?.[0] ?? here);
  const { tagEntities } = (await import(pathToFileURL(join(root, "stages/entities/tagger.ts")).href)) as { tagEntities: (t: string) => unknown[] };
  const docs = texts(values.data, Number(values.docs));
  const words = docs.reduce((a, t) => a + t.split(/\s+/).filter(Boolean).length, 0);
  for (const t of docs) tagEntities(t);
  let best = 0;
  for (let rep = 0; rep < Number(values.reps); rep++) {
    const c0 = process.cpuUsage();
    for (const t of docs) tagEntities(t);
    const c = process.cpuUsage(c0);
    best = Math.max(best, words / ((c.user + c.system) / 1e6));
  }
  console.log(JSON.stringify({ root, docs: docs.length, words, wordsPerCpuSecond: Math.round(best) }));
} else {
  for (const root of values.root ?? [here]) {
    const args = ["--import", "tsx", fileURLToPath(import.meta.url), "--child", "--root", resolve(root), "--docs", values.docs, "--reps", values.reps, "--data", values.data];
    const line = execFileSync(process.execPath, args, { encoding: "utf8", cwd: here }).trim();
    const r = JSON.parse(line) as { root: string; words: number; wordsPerCpuSecond: number };
    console.log(`${r.root}\t${r.words} words\t${r.wordsPerCpuSecond} words/CPU-s`);
  }
}
