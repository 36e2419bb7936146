/**
 * Aliases a document declares: a name followed by another in parentheses,
 * "Jaish al-Islam (Army of Islam)", "Islamic State (IS)", "the Organisation for
 * Security and Co-operation in Europe (OSCE)". The corpus pass links the two.
 */
import type { Article } from "../../schemas/records.ts";

/** What may stand between the name and the opening parenthesis, and inside it around the alias. */
const OPEN = /^\s*\(\s*(?:also known as |aka |or |formerly |known as )?$/i;
const CLOSE = /^\s*[),;]/;

export function declaredAliases(a: Pick<Article, "text" | "mentions">): [string, string][] {
  const pairs: [string, string][] = [];
  const cps = Array.from(a.text);
  const slice = (s: number, e: number) => cps.slice(s, e).join("");
  for (let i = 0; i + 1 < a.mentions.length; i++) {
    const m = a.mentions[i];
    const n = a.mentions[i + 1];
    if (n.start - m.end > 24) continue;
    if (!OPEN.test(slice(m.end, n.start))) continue;
    if (!CLOSE.test(slice(n.end, n.end + 2))) continue;
    pairs.push([m.text, n.text]);
  }
  return pairs;
}
