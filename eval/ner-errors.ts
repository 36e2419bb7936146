/**
 * Error listing for the entity tagger (development aid): the same 5-fold
 * cross-validation as eval/entities.ts, then every false positive / false
 * negative of one corpus with its sentence, grouped by kind.
 * Run: npx tsx eval/ner-errors.ts [corpus] [--cache]  (--cache reuses fold models in /tmp/ner-folds-<uid>
 * when only decoding rules changed; corpus names as in eval/lib/ner.ts, e.g. gum-dev, wikigold).
 * `--half even` (or `odd`) lists only the documents of that index parity within their corpus:
 * rules are written from the errors of one half and measured on the other (eval:entities --halves).
 */
import { tagEntitiesWith } from "../stages/entities/tagger.ts";
import type { CorpusName } from "./lib/ner.ts";
import { docHalves, foldModels, inView, loadCv, VIEWS } from "./lib/ner-cv.ts";
import { EVAL_OPTIONS, readArgs } from "./lib/args.ts";

const { values: args, positionals } = readArgs("npx tsx eval/ner-errors.ts", {
  usage: "[VIEW] [--half even|odd] [--cache]",
  options: { ...EVAL_OPTIONS, cache: { type: "boolean" }, half: { type: "string" } },
  allowPositionals: true,
  check: ({ positionals }) => {
    if (positionals.length > 1) return `one view or corpus only, not ${positionals.map((w) => `'${w}'`).join(" and ")}`;
    if (positionals.length === 1 && findView(positionals[0]) === undefined)
      return `unknown view or corpus '${positionals[0]}' (views: ${VIEWS.map((v) => v.name).join(", ")})`;
    return null;
  },
});

// A view name (e.g. "gum-dev/place", "gum-news(dev+test)") or a corpus name (its first view).
function findView(name: string) {
  return VIEWS.find((v) => v.name === name) ?? VIEWS.find((v) => v.corpus === (name as CorpusName));
}

const target = positionals[0] ?? "uner-en-pud";
const view = findView(target);
if (!view) throw new Error(`unknown view or corpus ${target}`);
const { types, map } = view;

const { scored, trainOnly } = loadCv();
const models = foldModels(scored, trainOnly, args.cache === true);
const half = args.half;
const halves = docHalves(scored);
const lines: string[] = [];
const kinds = new Map<string, number>();
for (let fold = 0; fold < models.length; fold++) {
  const model = models[fold];
  for (const { d } of scored.filter((x) => x.fold === fold && inView(view, x.d) && (half === undefined || halves.get(x.d) === half))) {
    const pred = tagEntitiesWith(d.text, model).map((p) => ({ ...p, type: map(p.type) })).filter((p) => types.has(p.type));
    const gold = d.entities.map((e) => ({ ...e, type: map(e.type) }));
    const scoredGold = gold.filter((e) => types.has(e.type));
    const unscored = gold.filter((e) => !types.has(e.type));
    const ctx = (s: number, e: number) => (d.text.slice(Math.max(0, s - 60), s) + "[[" + d.text.slice(s, e) + "]]" + d.text.slice(e, e + 60)).replace(/\n/g, " ");
    for (const p of pred) {
      if (unscored.some((u) => u.start <= p.start && p.end <= u.end)) continue;
      if (scoredGold.some((g) => g.start === p.start && g.end === p.end && g.type === p.type)) continue;
      const same = scoredGold.find((g) => g.start === p.start && g.end === p.end);
      const over = scoredGold.find((g) => g.start < p.end && p.start < g.end);
      const kind = same ? `TYPE ${same.type}->${p.type}` : over ? `SPAN ${over.type}/${p.type}` : `FP ${p.type}`;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      lines.push(`${kind}\t${d.id}\t${p.rule}\t${ctx(p.start, p.end)}${over && !same ? "\t gold: " + over.text : ""}`);
    }
    for (const g of scoredGold) {
      if (pred.some((p) => p.start === g.start && p.end === g.end)) continue; // type errors listed above
      if (pred.some((p) => p.start < g.end && g.start < p.end)) continue; // span errors listed above
      const kind = `FN ${g.type}`;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      lines.push(`${kind}\t${d.id}\t-\t${ctx(g.start, g.end)}`);
    }
  }
}
lines.sort();
console.log(lines.join("\n"));
console.log([...kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}: ${v}`).join("\n"));
