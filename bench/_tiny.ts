import { processFile } from "../pipeline/document.ts";
import { stageView } from "../pipeline/steps.ts";
import { configOf } from "../schemas/config.ts";
import { proseSentences } from "./hostile.ts";
const n = Number(process.argv[2] ?? 2000);
const sep = process.argv[3] === "ff" ? "\n\f\n" : "\n\n* * *\n\n";
const text = Array.from({ length: n }, (_, i) => `Story ${i}\n\n` + proseSentences(2 + (i % 3), i).join(" ")).join(sep);
const ctx = stageView(configOf({}));
const json = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `r${i}`, title: `Story ${i}`, text: proseSentences(2 + (i % 3), i).join(" ") })).join("\n");
for (const [name, bytes] of [["dump.txt", text], ["export.jsonl", json]] as const) {
  const c0 = process.cpuUsage();
  const r = processFile(name, new TextEncoder().encode(bytes), ctx);
  const c = process.cpuUsage(c0);
  console.log(`${name}: ${r.articles.length} articles, ${r.rejects.length} rejects, ${((c.user + c.system) / 1000 / n).toFixed(2)} ms CPU per story`);
}
