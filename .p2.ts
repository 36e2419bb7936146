import { readFileSync } from "node:fs";
import { processFile } from "/work/wt-split/pipeline/document.ts";
const f = process.argv[2];
const r = processFile(f.split("/").pop()!, readFileSync(f), { skip: new Set(["entities", "dates"]) });
for (const a of r.articles) console.log("ART", JSON.stringify(a.title), JSON.stringify(a.text));
for (const x of r.removed) console.log("RM", x.rule, JSON.stringify(x.text.slice(0, 90)));
console.log(JSON.stringify((r as any).notices ?? (r as any).warnings ?? null)?.slice(0, 500));
