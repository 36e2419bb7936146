/**
 * npm run bench:canonical: the canonical-entity pass (corpus/canonical.ts) on a random corpus of
 * distinct invented names: time per distinct name, and a hash of everything the pass decides
 * (entities and every mention's resolution), so that a change can be checked for identical results.
 *
 *   npm run bench:canonical -- --names 20000 --seed 1
 */
import { createHash } from "node:crypto";
import { EntityIndex, type MentionKey } from "../corpus/canonical.ts";
import type { EntityType } from "../schemas/records.ts";
import { prng } from "./corpus.ts";
import { invokedDirectly } from "./files.ts";
import { readArgs } from "../eval/lib/args.ts";

/**
 * A random corpus: `names` distinct full names of up to `words` words (with surname-only, acronym and one-letter
 * variants) over articles of 20 mentions. Runs of capitalised words in a text (a table, a list of names) make
 * mentions of up to 24 words (LIMITS.mentionWords): `--words 24`.
 */
export function randomMentions(names: number, seed: number, words = 3): { id: string; mentions: MentionKey[]; pairs: [string, string][] }[] {
  const rnd = prng(seed);
  const syll = ["ka", "lo", "mi", "ren", "tas", "vo", "dri", "sel", "mar", "ost", "un", "bel", "cor", "fen", "gha", "ith"];
  const word = (n = 2 + Math.floor(rnd() * 3)) => {
    let w = "";
    for (let i = 0; i < n; i++) w += syll[Math.floor(rnd() * syll.length)];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const types: EntityType[] = ["PERSON", "PERSON", "ORG", "GPE", "LOC", "NORP"];
  const pool: MentionKey[] = [];
  for (let i = 0; i < names; i++) {
    const type = types[Math.floor(rnd() * types.length)]!;
    const parts = Array.from({ length: type === "PERSON" ? 2 + Math.floor(rnd() * (words - 1)) : 1 + Math.floor(rnd() * words) }, () => word());
    const text = parts.join(" ");
    pool.push({ text, type });
    const r = rnd();
    if (type === "PERSON" && r < 0.3) pool.push({ text: parts[parts.length - 1]!, type });
    else if (type === "ORG" && parts.length > 1 && r < 0.4) pool.push({ text: parts.map((p) => p[0]).join(""), type });
    else if (r < 0.1) pool.push({ text: text.replace(/[aeiou](?=[a-z]{3})/, "y"), type });
    else if (r < 0.2 && (type === "GPE" || type === "LOC")) pool.push({ text: text.replace(/(?<=\w)[io]/, (v) => (v === "i" ? "e" : "u")), type });
  }
  const docs: { id: string; mentions: MentionKey[]; pairs: [string, string][] }[] = [];
  for (let a = 0; a * 10 < pool.length; a++) {
    const mentions = Array.from({ length: 20 }, () => pool[Math.floor(rnd() * pool.length)]!);
    const pairs: [string, string][] = rnd() < 0.05 ? [[mentions[0]!.text, mentions[1]!.text]] : [];
    docs.push({ id: `a${a}`, mentions, pairs });
  }
  return docs;
}

async function main(): Promise<void> {
  const { values } = readArgs("npm run bench:canonical --", { options: { names: { type: "string", default: "20000" }, seed: { type: "string", default: "1" }, words: { type: "string", default: "3" } } });
  const names = Number(values.names);
  const docs = randomMentions(names, Number(values.seed), Number(values.words));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const index = new EntityIndex();
  for (const d of docs) index.add(d.id, d.mentions, d.pairs);
  const t1 = performance.now();
  const resolved = index.resolve();
  const t2 = performance.now();
  const hash = createHash("sha256");
  hash.update(JSON.stringify(resolved.entities));
  for (const d of docs) for (const m of d.mentions) hash.update(JSON.stringify(resolved.entityFor(d.id, m)));
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const distinct = new Set(docs.flatMap((d) => d.mentions.map((m) => `${m.type}\t${m.text}`))).size;
  process.stdout.write(
    `${names} names (${distinct} distinct surfaces, ${docs.length} articles): add ${(t1 - t0).toFixed(0)} ms, resolve ${(t2 - t1).toFixed(0)} ms, entityFor ${(t3 - t2).toFixed(0)} ms; ` +
      `${(((t3 - t0) * 1000) / distinct).toFixed(0)} µs per distinct surface (CPU ${(((cpu.user + cpu.system) / 1000 / distinct) * 1000).toFixed(0)} µs); ` +
      `${resolved.entities.length} entities; hash ${hash.digest("hex").slice(0, 16)}\n`,
  );
}

if (invokedDirectly(import.meta.url)) await main();
