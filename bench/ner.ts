/**
 * Entity tagger throughput: `npm run bench:ner [-- --root DIR ...] [--docs N] [--reps N] [--data DIR]`.
 * Tags the first N TimeML news documents (tags stripped) with `tagEntities` of each checkout root
 * (default: this one), once to warm up, then `--reps` passes; prints words per CPU-second of the best
 * pass for each root. Roots are measured in separate child processes, one after the other, so two
 * taggers never share a process (the second one loaded runs slower); compare checkouts by running
 * this several times, alternating, on a loaded machine.
 *
 * `--identity`: instead of timing, hashes what `tagEntities` outputs (mentions with offsets, types,
 * confidences, rules) over every TimeML text and every ../shared/data/ner-dev text, plus an upper-cased and a
 * lower-cased copy of every seventh, tagged in order and then in reverse order (so that what a tagger keeps
 * from one document to the next is exercised both ways): two checkouts whose speed work changed no output
 * print the same two hashes.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { TIMEML_DATA } from "../eval/lib/timeml-split.ts";
import { filesUnder } from "./files.ts";
import { readArgs } from "../eval/lib/args.ts";

const here = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The NER dev sets (as eval/lib/ner.ts NER_DIR; not imported, so that no other checkout's tagger modules load here). */
const NER_DIR = join(here, "..", "shared", "data", "ner-dev");
const { values } = readArgs("npm run bench:ner --", {
  options: {
    root: { type: "string", multiple: true },
    docs: { type: "string", default: "150" },
    reps: { type: "string", default: "5" },
    data: { type: "string", default: TIMEML_DATA },
    child: { type: "boolean", default: false },
    identity: { type: "boolean", default: false },
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

/** Every ner-dev text (the .jsonl files of `dir`, its re3d raw copy left out). */
function nerTexts(dir: string): string[] {
  const files = filesUnder(dir).filter((f) => f.endsWith(".jsonl") && !basename(f).includes(".raw.")).map((f) => join(dir, f));
  return files.flatMap((f) => readFileSync(f, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => (JSON.parse(l) as { text: string }).text));
}

if (values.child && values.identity) {
  const root = resolve(values.root?.[0] ?? here);
  const { tagEntities } = (await import(pathToFileURL(join(root, "stages/entities/tagger.ts")).href)) as { tagEntities: (t: string) => unknown[] };
  const base = [...texts(values.data, Infinity), ...nerTexts(NER_DIR)];
  const all = [...base, ...base.filter((_, k) => k % 7 === 0).flatMap((t) => [t.toUpperCase(), t.toLowerCase()])];
  const hash = (order: string[]) => {
    const h = createHash("sha256");
    for (const t of order) h.update(JSON.stringify(tagEntities(t)) + "\n");
    return h.digest("hex").slice(0, 16);
  };
  const forward = hash(all);
  const reversed = hash([...all].reverse());
  console.log(JSON.stringify({ root, docs: all.length, forward, reversed }));
} else if (values.child) {
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
    if (values.identity) args.push("--identity");
    const line = execFileSync(process.execPath, args, { encoding: "utf8", cwd: here }).trim();
    if (values.identity) {
      const r = JSON.parse(line) as { root: string; docs: number; forward: string; reversed: string };
      console.log(`${r.root}\t${r.docs} texts\tin order ${r.forward}\treversed ${r.reversed}`);
      continue;
    }
    const r = JSON.parse(line) as { root: string; words: number; wordsPerCpuSecond: number };
    console.log(`${r.root}\t${r.words} words\t${r.wordsPerCpuSecond} words/CPU-s`);
  }
}
