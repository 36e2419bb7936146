/**
 * Experiment (not shipped: it did not gain on cross-validation, see
 * stages/entities/README.md → "Model-side levers of issue 19q"). Builds
 * stages/entities/data/word-classes.json, read by training with NER_CLASSES=ext: unsupervised word classes
 * (eval/lib/clusters.ts, the exchange algorithm, 64 coarse and 320 fine classes,
 * words seen at least 3 times) of unlabelled text from OUTSIDE the entity
 * corpora, so that every cross-validation fold can use the same table without
 * any scored document shaping it:
 *
 * - WordNet 3.0's glosses and example sentences (Debian's `wordnet-base`,
 *   /usr/share/wordnet; Princeton WordNet 3.0 licence: permissive, use, copy
 *   and distribute with the notice kept; the notice is written into the table);
 * - the article bodies of ../shared/data/extraction-dev (the DEV half of the
 *   ScrapingHub article-extraction-benchmark, MIT licence, Copyright (c) 2020
 *   Scrapinghub; the pages' text is the publishers') with
 *   NER_CLASS_TEXT=wordnet+news; built, not measured.
 *
 * The table holds words and class numbers only, no running text.
 * Run: npx tsx eval/build-word-classes.ts (about a minute).
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { externalClassSentences, wordClassesOf, WORD_CLASS_NOTICE } from "./lib/clusters.ts";

const sentences = externalClassSentences(process.env.NER_CLASS_TEXT ?? "wordnet");
const classes = wordClassesOf(sentences);
const out = join(dirname(fileURLToPath(import.meta.url)), "../stages/entities/data/word-classes.json");
const words = Object.keys(classes).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const json = JSON.stringify({ notice: WORD_CLASS_NOTICE, classes: Object.fromEntries(words.map((w) => [w, classes[w]])) });
writeFileSync(out, json + "\n");
console.log(`${words.length} words from ${sentences.length} sentences; wrote ${out} (${(json.length / 1e3).toFixed(0)} KB)`);
