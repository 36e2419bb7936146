import { readFileSync, readdirSync } from "node:fs";
import { findStories } from "/work/wt-split/stages/clean/stories.ts";
for (const f of readdirSync("/tmp/split/tune").filter((f) => !f.includes(".json") && !f.endsWith(".pages"))) {
  const t = readFileSync("/tmp/split/tune/" + f, "utf8");
  console.log(f, findStories(t).map((s) => s.start).join(","));
}
