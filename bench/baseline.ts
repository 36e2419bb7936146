/**
 * The baseline a user would assemble from npm to do what the pipeline does,
 * run over the same corpus: `node --import tsx bench/baseline.ts --in DIR --out DIR`.
 *
 *   clean     HTML: @mozilla/readability on a linkedom DOM (title + text content);
 *             text dumps: the raw text (no npm package cleans a whole-page dump)
 *   entities  compromise: people(), organizations(), places()
 *   dates     chrono-node: parse(text, reference date)
 *   write     one JSON line per document into OUT/articles.jsonl
 *
 * Files are processed one after the other in this thread, as such a script
 * would. Prints one JSON line: { docs, seconds, articles, mentions, dates }.
 */
import { Readability } from "@mozilla/readability";
import * as chrono from "chrono-node";
import nlp from "compromise";
import { parseHTML } from "linkedom";
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { invokedDirectly } from "./files.ts";
import { readArgs } from "../eval/lib/args.ts";

/** A fixed reference instant: no clock leaks into the results. */
const REFERENCE = new Date(Date.UTC(2020, 0, 1, 12));

export interface BaselineRecord {
  file: string;
  title: string | null;
  text: string;
  people: string[];
  organizations: string[];
  places: string[];
  dates: { text: string; index: number; value: string }[];
}

export function baselineDocument(file: string, content: string, kind: "html" | "text"): BaselineRecord {
  let title: string | null = null;
  let text = content;
  if (kind === "html") {
    const { document } = parseHTML(content);
    const parsed = new Readability(document as unknown as Document).parse();
    title = parsed?.title ?? null;
    text = parsed?.textContent ?? "";
  }
  const doc = nlp(text);
  return {
    file,
    title,
    text,
    people: doc.people().out("array") as string[],
    organizations: doc.organizations().out("array") as string[],
    places: doc.places().out("array") as string[],
    dates: chrono.parse(text, REFERENCE).map((r) => ({ text: r.text, index: r.index, value: r.start.date().toISOString() })),
  };
}

async function main(argv: string[]): Promise<number> {
  const { values } = readArgs("npx tsx bench/baseline.ts", { args: argv, options: { in: { type: "string" }, out: { type: "string" } } });
  if (!values.in || !values.out) {
    process.stderr.write("usage: bench/baseline.ts --in DIR --out DIR\n");
    return 2;
  }
  const started = process.hrtime.bigint();
  mkdirSync(values.out, { recursive: true });
  const sink = createWriteStream(join(values.out, "articles.jsonl"));
  let docs = 0;
  let articles = 0;
  let mentions = 0;
  let dates = 0;
  for (const f of readdirSync(values.in).sort()) {
    const kind = /\.html?$/i.test(f) ? "html" : /\.txt$/i.test(f) ? "text" : null;
    if (!kind) continue;
    docs++;
    const rec = baselineDocument(f, readFileSync(join(values.in, f), "utf8"), kind);
    if (rec.text.trim() !== "") articles++;
    mentions += rec.people.length + rec.organizations.length + rec.places.length;
    dates += rec.dates.length;
    if (!sink.write(JSON.stringify(rec) + "\n")) await new Promise<void>((r) => sink.once("drain", () => r()));
  }
  await new Promise<void>((r) => sink.end(r));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(JSON.stringify({ docs, seconds, articles, mentions, dates }) + "\n");
  return 0;
}

if (invokedDirectly(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
