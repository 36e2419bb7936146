import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { extractHtml } from "../stages/clean/html.ts";
import { tokenize } from "./lib/shingles.ts";
const dir = "/work/shared/data/extraction-dev";
const truth = JSON.parse(readFileSync(dir + "/ground-truth.json", "utf8"));
const prefix = process.argv[2];
const id = Object.keys(truth).find((k) => k.startsWith(prefix))!;
const html = gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString("utf8");
const r = extractHtml(html, { url: truth[id].url });
const out = r.blocks.map((b) => b.text).join("\n");
const outTok = new Set(tokenize(out).map((t, i, a) => a.slice(i, i + 4).join(" ")));
console.log("META", JSON.stringify(r.meta));
console.log("=== MISSING truth lines");
for (const line of truth[id].articleBody.split("\n")) {
  const toks = tokenize(line);
  let miss = 0;
  for (let i = 0; i + 4 <= toks.length; i++) if (!outTok.has(toks.slice(i, i + 4).join(" "))) miss++;
  if (miss > Math.max(0, toks.length - 3) / 2) console.log("  -", line.slice(0, 160));
}
const truthTok = new Set(tokenize(truth[id].articleBody).map((t, i, a) => a.slice(i, i + 4).join(" ")));
console.log("=== EXTRA output blocks");
for (const b of r.blocks) {
  const toks = tokenize(b.text);
  let miss = 0;
  for (let i = 0; i + 4 <= toks.length; i++) if (!truthTok.has(toks.slice(i, i + 4).join(" "))) miss++;
  if (toks.length < 4 ? !truth[id].articleBody.includes(b.text) : miss > (toks.length - 3) / 2) console.log("  +", b.role, b.text.slice(0, 160));
}
if (process.argv[3]) for (const x of r.removed) console.log("  R", x.rule, x.reason, "|", x.text.slice(0, 100));
