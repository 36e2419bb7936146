import { readFileSync } from "node:fs";
import { explainStories } from "/work/wt-split/stages/clean/stories.ts";
import { processFile } from "/work/wt-split/pipeline/document.ts";
const f = process.argv[2];
const text = readFileSync(f, "utf8");
const { stories, trace } = explainStories(text);
const show = process.argv[3] ? Number(process.argv[3]) : 4;
for (const t of trace) if (t.score >= show || t.decision === "cut") {
  const line = text.slice(t.offset, text.indexOf("\n", t.offset)).slice(0, 70);
  console.log(t.offset, t.score.toFixed(1), t.decision, t.cues.join(","), "|", JSON.stringify(line));
}
const r = processFile(f.split("/").pop()!, Buffer.from(text), { skip: new Set(["entities", "dates"]) });
for (const a of r.articles) console.log("ART", JSON.stringify(a.title), a.author, a.published, a.text.length, JSON.stringify(a.text.slice(0, 60)));
