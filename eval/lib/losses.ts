/**
 * Where a text cleaner's recall is lost: each removed line of four tokens or more whose tokens stand in the
 * reference body and that is missing from the output is counted under its rule and reason, weighted by its share of
 * the page's reference tokens (averaged over the pages). Used by `npm run eval:clean -- --losses` (gold bodies of the
 * development folds) and `npm run eval:clean-silver -- --losses` (silver bodies of folds A1 and A2).
 * Callers pass only the pages that may be read: held-out pages are never listed.
 */
import type { RemovedBlock } from "../../stages/types.ts";
import { tokenize } from "./shingles.ts";

export interface LossPage {
  /** Label printed before each example line (a page id or a URL). */
  label: string;
  reference: string;
  output: string;
  removed: readonly RemovedBlock[];
}

/** Lines listed under each rule. */
const LOSS_EXAMPLES = 4;

export function printLosses(pages: readonly LossPage[], examples = LOSS_EXAMPLES): void {
  const groups = new Map<string, { weight: number; lines: string[] }>();
  const joined = (text: string) => ` ${tokenize(text).join(" ")} `;
  for (const p of pages) {
    const ref = joined(p.reference);
    const refTokens = tokenize(p.reference).length;
    const out = joined(p.output);
    for (const r of p.removed) {
      const t = joined(r.text);
      const n = tokenize(r.text).length;
      if (n < 4 || !ref.includes(t) || out.includes(t)) continue;
      const key = `${r.rule} | ${r.reason}`;
      const g = groups.get(key) ?? { weight: 0, lines: [] };
      g.weight += n / refTokens / pages.length;
      if (g.lines.length < examples) g.lines.push(`${p.label}: ${r.text.slice(0, 120)}`);
      groups.set(key, g);
    }
  }
  console.log(`  recall lost to removed reference lines (share of the listed pages' reference tokens), by rule:`);
  for (const [key, g] of [...groups].sort((a, b) => b[1].weight - a[1].weight)) {
    console.log(`  ${g.weight.toFixed(4)} ${key}`);
    for (const l of g.lines) console.log(`      ${l}`);
  }
}
