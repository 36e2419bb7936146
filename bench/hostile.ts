/**
 * npm run bench:hostile: every kind of hostile input the pipeline must survive,
 * each run through the real command line in a child process, with its outcome,
 * peak RSS and time.
 *
 *   npm run bench:hostile                                  every kind
 *   npm run bench:hostile -- --kinds entity-flood,sparse-1gib
 *   npm run bench:hostile -- --rss-limit-mb 3000 --timeout 300 --json /tmp/hostile.json
 *
 * Each kind writes its inputs into a temporary folder (with one ordinary
 * control document beside the hostile one, so the table shows that the run
 * goes on), then runs `node pipeline/launch.mjs --in … --out … --no-cache
 * --quiet --log json` (what `npm run pipeline` runs) under `/usr/bin/time -v`
 * when it exists. Peak RSS is the largest of time's "Maximum resident set
 * size" and the child's VmHWM polled from /proc (all threads of the process).
 * A child that passes --rss-limit-mb or --timeout is killed (so that a
 * regression cannot starve the machine) and reported as such.
 *
 * The goals checked per row (reported, never asserted here; test/hostile.test.ts
 * asserts outcomes on small inputs): the run exits 0 or 3, never 1 or a
 * signal; peak RSS under 1 GB; the control document and the expected
 * articles of the hostile input are written.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { prng } from "./corpus.ts";
import { lastJsonLine } from "./measure.ts";
import { invokedDirectly, writeRepeated } from "./files.ts";
import { readArgs } from "../eval/lib/args.ts";

const ROOT = resolve(import.meta.dirname, "..");
const LAUNCH = join(ROOT, "pipeline", "launch.mjs");
const MB = 1024 * 1024;
const RSS_GOAL_BYTES = 1024 * MB;

/** One hostile input kind: its files, extra CLI flags, and how many articles a correct run writes (control included). */
export interface HostileKind {
  name: string;
  what: string;
  write(dir: string): void;
  args?: string[];
  expectArticles: number;
  /** Run once with a cache first (not measured): the measured run reads every file from the cache. */
  cached?: true;
}

/** Invented prose (no dev-set text): sentences built from small word tables. */
export function proseSentences(count: number, seed = 1): string[] {
  const rnd = prng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)];
  const subjects = ["The council", "A spokesperson", "The committee", "Local residents", "The new operator", "Her team"];
  const verbs = ["said", "announced", "confirmed", "reported", "warned", "agreed"];
  const rest = [
    "that the bridge would reopen after repairs",
    "that the budget had been approved on Tuesday",
    "that more buses would run in the evening",
    "that the library hours were extended",
    "that the survey found broad support",
    "that the plan needed another review",
  ];
  return Array.from({ length: count }, () => `${pick(subjects)} ${pick(verbs)} ${pick(rest)}.`);
}

/** Capitalised pseudo-words ("Varona Teklim …"): every one a candidate name, none in any lexicon. */
export function capitalisedWords(bytes: number, seed = 7): string {
  const rnd = prng(seed);
  const syll = ["ka", "lo", "ve", "ri", "tam", "nor", "bel", "si", "dru", "mek", "pa", "zo", "gan", "tei", "wu"];
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    let w = "";
    const n = 2 + Math.floor(rnd() * 2);
    for (let i = 0; i < n; i++) w += syll[Math.floor(rnd() * syll.length)];
    w = w[0].toUpperCase() + w.slice(1);
    parts.push(w);
    size += w.length + 1;
  }
  return parts.join(" ");
}

/** A JSON Lines export of about `bytes` bytes of invented records, each of 30 sentences dense in names, places and dates. */
export function denseExport(bytes: number): string {
  const first = ["Ann", "Tom", "Maria", "Oskar", "Lena", "Paul", "Irene", "Samir"];
  const last = ["Keller", "Brody", "Novak", "Haddad", "Ferris", "Lindqvist", "Moreau", "Okafor"];
  const towns = ["Leeds", "Porto", "Lyon", "Graz", "Turku", "Bergen", "Cork", "Gdansk"];
  const months = ["January", "March", "May", "July", "September", "November"];
  let i = 0;
  const sentence = () => {
    i++;
    return `${first[i % 8]} ${last[(i * 3) % 8]} met ${first[(i + 5) % 8]} ${last[(i * 7) % 8]} of the ${towns[i % 8]} Council in ${towns[(i + 3) % 8]} on ${1 + (i % 28)} ${months[i % 6]} ${1990 + (i % 30)}.`;
  };
  const lines: string[] = [];
  for (let r = 0, size = 0; ; r++) {
    const line = JSON.stringify({ id: `d${r}`, title: `Meeting ${r}`, text: Array.from({ length: 30 }, sentence).join(" ") });
    if (size + line.length + 1 > bytes) break;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n") + "\n";
}

/** An ordinary JSON Lines export of `records` records of 40 invented sentences (about 2.5 KB each), beside the control text. */
function writeOrdinaryExport(dir: string, records: number, name = "export.jsonl", seed = 0): void {
  const lines = Array.from({ length: records }, (_, i) => JSON.stringify({ id: `r${i}`, title: `Bridge story ${i}`, text: proseSentences(40, seed + i).join(" ") }));
  writeFileSync(join(dir, name), lines.join("\n") + "\n");
  control(dir);
}

/**
 * A JSON Lines export of `records` records, record `slow` an 8 MB one (it runs over a tight --time-budget) and each
 * other record `i` of `sentences(i)` invented sentences, beside the control text.
 */
function writeSlowRecordExport(dir: string, records: number, slow: number, sentences: (i: number) => number): void {
  const lines = Array.from({ length: records }, (_, i) =>
    JSON.stringify({ id: `r${i}`, title: `Bridge story ${i}`, text: i === slow ? proseOfSize(8 * MB, 41) : proseSentences(sentences(i), i).join(" ") }),
  );
  writeFileSync(join(dir, "export.jsonl"), lines.join("\n") + "\n");
  control(dir);
}

const CONTROL_TEXT = ["Harbour bridge reopens after repairs", "", ...proseSentences(12, 99).map((s) => s + " " + s)].join("\n");
const control = (dir: string) => writeFileSync(join(dir, "control.txt"), CONTROL_TEXT + "\n");

/** A hostile block between two ordinary prose paragraphs (the paragraphs must survive). */
function sandwich(block: string): string {
  const para = (seed: number) => proseSentences(6, seed).join(" ");
  return `${para(41)}\n\n${block}\n\n${para(42)}\n`;
}

/** A string of about `bytes` bytes of prose on one line. */
function proseOfSize(bytes: number, seed: number): string {
  const sentences = proseSentences(997, seed);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = sentences[i % sentences.length];
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(" ");
}

const ARTICLE_HEAD = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>` +
  proseSentences(8, 3).map((s) => `<p>${s} ${s}</p>`).join("");
const ARTICLE_TAIL = proseSentences(6, 4).map((s) => `<p>${s} ${s}</p>`).join("") + "</article></body></html>\n";

export const KINDS: HostileKind[] = [
  {
    name: "jsonl-epoch-published",
    what: "JSON Lines whose `published` is epoch s, ms, µs, ns, negative, 1e300, a digit string",
    write(dir) {
      const values: unknown[] = [1_700_000_000, 1_700_000_000_000, 1_700_000_000_000_000, 1.7e18, -1_700_000_000_000_000, 1e300, "1700000000000000"];
      const lines = values.map((published, i) => JSON.stringify({ id: `r${i}`, title: `Record ${i}`, published, text: proseSentences(6, i + 10).join(" ") }));
      writeFileSync(join(dir, "epochs.jsonl"), lines.join("\n") + "\n");
      control(dir);
    },
    expectArticles: 8,
  },
  {
    name: "jsonl-malformed-flood",
    what: "500,000 malformed JSON lines around 3 good records (12 MB)",
    write(dir) {
      const good = (i: number) => JSON.stringify({ id: `good${i}`, title: `Good ${i}`, text: proseSentences(6, i).join(" ") }) + "\n";
      const bad = '{"text": "unterminated\n'.repeat(250_000);
      writeFileSync(join(dir, "flood.jsonl"), good(1) + bad + good(2) + bad + good(3));
      control(dir);
    },
    expectArticles: 4,
  },
  {
    name: "amp-page",
    what: "an AMP page (⚡, amp-* elements, amp-custom style, JSON-LD) whose text says \"this Christmas\"",
    write(dir) {
      const style = `.c{color:red}`.repeat(4000);
      const ld = JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Market hall plans", datePublished: "2021-11-02T08:00:00Z" });
      const body = proseSentences(10, 5).map((s) => `<p>${s} The market will open this Christmas and again next Christmas.</p>`).join("");
      writeFileSync(
        join(dir, "amp.html"),
        `<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8"><title>Market hall plans</title><script async src="https://cdn.ampproject.org/v0.js"></script>` +
          `<style amp-custom>${style}</style><script type="application/ld+json">${ld}</script></head><body><amp-analytics></amp-analytics>` +
          `<article><h1>Market hall plans</h1><amp-img src="a.jpg" width="600" height="400" layout="responsive"></amp-img>${body}</article></body></html>\n`,
      );
      control(dir);
    },
    expectArticles: 2,
  },
  {
    name: "single-line-19mb",
    what: "19 MB of prose on one line (text dump)",
    write(dir) {
      writeFileSync(join(dir, "one-line.txt"), proseOfSize(19 * 1_000_000, 21));
      control(dir);
    },
    expectArticles: 2,
  },
  {
    name: "capitalised-1mb",
    what: "a JSON record whose text is 1 MB of capitalised pseudo-words on one line between two prose paragraphs",
    write(dir) {
      writeFileSync(join(dir, "caps.jsonl"), JSON.stringify({ id: "caps", title: "Capitals", text: sandwich(capitalisedWords(1_000_000)) }) + "\n");
      control(dir);
    },
    expectArticles: 2,
  },
  {
    name: "capitalised-200kb",
    what: "the same with 200 KB of capitalised pseudo-words (the canonical-entity pass's worst case)",
    write(dir) {
      writeFileSync(join(dir, "caps.jsonl"), JSON.stringify({ id: "caps", title: "Capitals", text: sandwich(capitalisedWords(200_000, 11)) }) + "\n");
      control(dir);
    },
    expectArticles: 2,
  },
  {
    name: "entity-flood-10mb",
    what: "a text dump with 10 MB of `&amp;` on one line between two prose paragraphs",
    write(dir) {
      const [head, tail] = sandwich("\u0000").split("\u0000");
      writeRepeated(join(dir, "entities.txt"), head, "&amp;", 10 * 1_000_000, tail);
      control(dir);
    },
    expectArticles: 2,
  },
  {
    name: "million-elements",
    what: "an HTML article with 1,000,000 `<p>word</p>` elements (11 MB)",
    write(dir) {
      writeRepeated(join(dir, "elements.html"), ARTICLE_HEAD("Many elements") + "<div>", "<p>word</p>", 11 * 1_000_000, "</div>" + ARTICLE_TAIL);
      control(dir);
    },
    expectArticles: 2,
  },
  // The families of this session's metadata patterns (safety audit), each at two sizes so that the
  // table shows time against size (doubling the input should about double the time).
  ...[500_000, 1_000_000].flatMap((bytes): HostileKind[] => {
    const kb = `${bytes / 1000}kb`;
    const ld = (author: string) =>
      `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Author field", author: { "@type": "Person", name: author } })}</script>`;
    const page = (title: string, head: string, body: string) => ARTICLE_HEAD(title).replace("</head>", `${head}</head>`).replace("<article>", `<article>${body}`) + ARTICLE_TAIL;
    const boxes = (unit: string) => unit.repeat(Math.ceil(bytes / unit.length));
    return [
      {
        name: `author-fields-${kb}`,
        what: `declared authors of ${kb}: "a.b.c…" (no "@"), line breaks, blanks, ", PhD" repeated, "\\nsenior" repeated`,
        write(dir) {
          const fields = ["a.".repeat(bytes / 2), `Ann${"\n".repeat(bytes)}Lee`, `Ann${" ".repeat(bytes)}Lee`, ", PhD".repeat(bytes / 5), "Ann" + "\nsenior".repeat(bytes / 7)];
          fields.forEach((f, i) => writeFileSync(join(dir, `author${i}.html`), page(`Author field ${i}`, ld(f), "")));
          control(dir);
        },
        expectArticles: 6,
      },
      {
        name: `byline-boxes-${kb}`,
        what: `${kb} of byline-classed elements side by side, of teaser cards with a byline each, of <h1>`,
        write(dir) {
          writeFileSync(join(dir, "bylines.html"), page("Bylines", "", boxes('<span class="byline">By Ann Lee</span>')));
          writeFileSync(join(dir, "cards.html"), page("Cards", "", `<div class="list">${boxes('<div class="card"><h3>A teaser</h3><p class="author">By Ann Lee</p></div>')}</div>`));
          writeFileSync(join(dir, "h1.html"), page("Headlines", "", boxes("<h1>Bridge reopens</h1>")));
          control(dir);
        },
        expectArticles: 4,
      },
      {
        name: `byline-lines-${kb}`,
        what: `text dumps whose second line is a byline-like line of ${kb}: "By Ann" and blanks, "By a.b.c…", "By Ann ann@" and "a.b.c…"`,
        write(dir) {
          const lines = [`By Ann${" ".repeat(bytes)}Lee`, `By ${"a.".repeat(bytes / 2)}`, `By Ann ann@${"a.".repeat(bytes / 2)}`];
          lines.forEach((l, i) => writeFileSync(join(dir, `byline${i}.txt`), `Bridge reopens after repairs\n${l}\n\n${proseSentences(12, 50 + i).join(" ")}\n`));
          control(dir);
        },
        expectArticles: 4,
      },
    ];
  }),
  // Markdown inline syntax that never closes (safety audit): emphasis markers and brackets were
  // tried each against the rest of the line (80,000 characters: 15-25 s); linear now.
  ...[80_000, 320_000].map((chars): HostileKind => ({
    name: `markdown-floods-${chars / 1000}kb`,
    what: `text dumps with a line of ${chars / 1000}k characters of unclosed emphasis ("**a ", "_a ", "*a "), "[", "![", "[a](", "[…](…"`,
    write(dir) {
      const floods = ["**a ", "_a ", "*a ", "[", "![", "[a]("].map((unit) => unit.repeat(chars / unit.length));
      floods.push("[".repeat(chars / 2) + "](".repeat(chars / 4));
      floods.forEach((f, i) => writeFileSync(join(dir, `markdown${i}.txt`), sandwich(f)));
      control(dir);
    },
    expectArticles: 8,
  })),
  // Thousands of "Name (ACRONYM)" declarations in one article (safety audit): the canonical pass
  // compared each pair with every mention (80 KB: 5 s, growing with the square of the size).
  ...[80_000, 320_000].map((chars): HostileKind => ({
    name: `alias-pairs-${chars / 1000}kb`,
    what: `a text dump of ${chars / 1000}k characters of sentences "The Xa Yb Zc (XYZ) said …", each name and acronym distinct`,
    write(dir) {
      const sentences = Array.from({ length: chars / 60 }, (_, i) => {
        const words = capitalisedWords(24, i * 3 + 1).split(" ").slice(0, 3);
        return `The ${words.join(" ")} (${words.map((w) => w[0]).join("")}) said that the plan was approved.`;
      });
      writeFileSync(join(dir, "aliases.txt"), sandwich(sentences.join(" ")));
      control(dir);
    },
    expectArticles: 2,
  })),
  {
    name: "jsonl-export-12mb",
    what: "an ordinary JSON Lines export of 5,000 records (12.7 MB): each record well within the time budget, the file not (it was rejected whole)",
    write: (dir) => writeOrdinaryExport(dir, 5_000),
    expectArticles: 5_001,
  },
  // Copies of one text (an error page, a paywall notice, a repeated feed item): the near-duplicate pass
  // compared each with every earlier one on the main thread (40,000 copies: 57 s).
  ...[10_000, 20_000].map((copies): HostileKind => ({
    name: `duplicate-copies-${copies / 1000}k`,
    what: `a JSON Lines file of ${copies.toLocaleString("en")} records with the same short text`,
    write(dir) {
      const text = proseSentences(8, 77).join(" "); // over 40 words: fingerprinted
      const lines = Array.from({ length: copies }, (_, i) => JSON.stringify({ id: `c${i}`, title: "Service notice", text }));
      writeFileSync(join(dir, "copies.jsonl"), lines.join("\n") + "\n");
      control(dir);
    },
    expectArticles: copies + 1,
  })),
  // Runs of separators or slashes in HTML metadata (second audit): a declared author of ":" or ", ",
  // a link and an item type of slashes; each `…+$` pattern re-read the run (40,000 characters: 12-26 s).
  ...[40_000, 160_000].map((chars): HostileKind => ({
    name: `metadata-runs-${chars / 1000}kb`,
    what: `HTML pages with ${chars / 1000}k-character runs: an author meta of ":" and of ", ", a link and an item type of "/"`,
    write(dir) {
      const page = (head: string, body: string) => ARTICLE_HEAD("Runs").replace("</head>", `${head}</head>`).replace("<article>", `<article>${body}`) + ARTICLE_TAIL;
      const canonical = `<link rel="canonical" href="https://example.org/news/runs">`;
      writeFileSync(join(dir, "colons.html"), page(`<meta name="author" content="Ann Lee ${":".repeat(chars)} x">`, ""));
      writeFileSync(join(dir, "commas.html"), page(`<meta name="author" content="Ann Lee${", ".repeat(chars / 2)}x">`, ""));
      writeFileSync(join(dir, "link.html"), page(canonical, `<a href="/news${"/".repeat(chars)}x">Other story</a>`));
      writeFileSync(join(dir, "itemtype.html"), page("", `<div itemscope itemtype="https://schema.org/${"/".repeat(chars)}x"><span class="byline">By Ann Lee</span></div>`));
      control(dir);
    },
    expectArticles: 5,
  })),
  // Third audit. One record of a JSON Lines export runs over its time budget (here an 8 MB record between 200 short
  // ones): it was the whole file's loss; now that record alone is a reject. The budget was 5 s; since the cleaner cuts
  // a document at 2,000,000 characters and the tagger got faster, the record finished within it (202 articles, not a
  // runaway any more), so the budget is 1 s, as for jsonl-late-slow-record (each short record takes milliseconds).
  {
    name: "jsonl-one-slow-record",
    what: "a JSON Lines export of 200 short records and one 8 MB record, with --time-budget 1000 (the long record runs over it)",
    write: (dir) => writeSlowRecordExport(dir, 201, 100, () => 6),
    args: ["--time-budget", "1000"],
    expectArticles: 201,
  },
  // Fourth audit. The runaway record comes late in a long export: each further try of the file processed every
  // record before it again (here 2,000 records, about half the run's CPU time, spent twice).
  {
    name: "jsonl-late-slow-record",
    what: "a JSON Lines export of 2,000 ordinary records, then one 8 MB record and 20 short ones, with --time-budget 1000 (the long record runs over it)",
    write: (dir) => writeSlowRecordExport(dir, 2_021, 2_000, (i) => (i < 2_000 ? 40 : 6)),
    args: ["--time-budget", "1000"],
    expectArticles: 2_021,
  },
  // An ordinary export just under the default size cap (20,000,000 bytes): all its results accumulate on one worker of
  // its own (512 MB heap); whether they, rather than a record, can run it out of memory.
  {
    name: "jsonl-export-20mb",
    what: "an ordinary JSON Lines export of 7,800 records (19.8 MB, under the default size cap of 20,000,000 bytes)",
    write: (dir) => writeOrdinaryExport(dir, 7_800),
    expectArticles: 7_801,
  },
  // Thirteenth audit: a million one-sentence records; the template pass's observation (one object per document) and
  // the file's digest parsed whole on the main thread made the run's peak (974 MB, docs/reliability.md).
  {
    name: "jsonl-tiny-1m",
    what: 'a JSON Lines file of 1,000,000 records {"text":"Hi."} (15 MB)',
    write: (dir) => {
      writeRepeated(join(dir, "tiny.jsonl"), "", '{"text":"Hi."}\n', 1_000_000 * 15, "");
      control(dir);
    },
    expectArticles: 1_000_001,
  },
  // Fifth audit: a new worker loads the stages' tables and models on its first document (about 450 ms of CPU time);
  // that set-up counted against the first document's budget, so a tiny story was rejected at a tight budget.
  {
    name: "first-document-budget",
    what: "one ordinary 1.5 KB story, with --time-budget 300 --workers 1 (the first document of a new worker)",
    write: (dir) => control(dir),
    args: ["--time-budget", "300", "--workers", "1"],
    expectArticles: 1,
  },
  // Fifth audit: several exports just under the size cap in one run, two files at a time. Each runs on a worker of its
  // own (one at a time); the main thread holds the results and checkpoints of the files in flight and the ones that
  // wait for their turn in the partial.
  {
    name: "jsonl-exports-3x20mb",
    what: "three ordinary JSON Lines exports of 7,800 records each (19.8 MB each), with --concurrency 2",
    write(dir) {
      for (let k = 0; k < 3; k++) writeOrdinaryExport(dir, 7_800, `export-${k}.jsonl`, k * 100_000);
    },
    args: ["--concurrency", "2"],
    expectArticles: 3 * 7_800 + 1,
  },
  // The same size, with every sentence naming people, places and a date: about 20 times its size in results
  // (entity mentions, dates, sentences), all held by the worker until the file is done.
  {
    name: "jsonl-dense-20mb",
    what: "a JSON Lines export of 19.9 MB whose every sentence names two people, a council, a town and a date",
    write(dir) {
      writeFileSync(join(dir, "dense.jsonl"), denseExport(19_900_000));
      control(dir);
    },
    expectArticles: 8_425,
  },
  // The same export read back from the cache by a second run: its entry is about 300 MB of JSON (pipeline/cache.ts).
  {
    name: "jsonl-dense-20mb-cached",
    what: "the export of jsonl-dense-20mb processed once with a cache, then measured: a second run that reads it from the cache",
    write(dir) {
      writeFileSync(join(dir, "dense.jsonl"), denseExport(19_900_000));
      control(dir);
    },
    expectArticles: 8_425,
    cached: true,
  },
  // A gzip file is read decompressed, up to the size cap: one that inflates to 1 GiB (a gzip bomb, 1 MB on disk) is a reject.
  {
    name: "gzip-bomb-1gib",
    what: "a .txt.gz of about 1 MB that inflates to 1 GiB of spaces, and a gzip'd JSON Lines export of 2,000 records",
    write(dir) {
      const zero = Buffer.alloc(64 * MB, 0x20);
      const parts: Buffer[] = [];
      for (let i = 0; i < 16; i++) parts.push(gzipSync(zero, { level: 9 })); // members of one gzip stream
      writeFileSync(join(dir, "bomb.txt.gz"), Buffer.concat(parts));
      const records = Array.from({ length: 2_000 }, (_, i) => JSON.stringify({ id: `g${i}`, title: `Ferry story ${i}`, text: proseSentences(8, i).join(" ") }));
      writeFileSync(join(dir, "export.jsonl.gz"), gzipSync(records.join("\n") + "\n"));
      control(dir);
    },
    expectArticles: 2_001,
  },
  {
    name: "json-line-100mb",
    what: "one 100 MB JSON record, with --max-bytes 150000000",
    write(dir) {
      const text = proseOfSize(1 * MB, 31);
      writeRepeated(join(dir, "huge.jsonl"), `{"id":"huge","title":"Huge record","text":"`, text + " ", 100 * 1_000_000, `"}\n`);
      control(dir);
    },
    args: ["--max-bytes", "150000000"],
    expectArticles: 2,
  },
  // A file over the size cap is rejected from its size alone, never read: 2 GiB is past the largest Buffer.
  ...[1, 2].map((gib): HostileKind => ({
    name: `sparse-${gib}gib`,
    what: `a sparse ${gib} GiB file (all zero bytes, default size cap)`,
    write(dir) {
      const fd = openSync(join(dir, "sparse.txt"), "w");
      ftruncateSync(fd, gib * 1024 * MB);
      closeSync(fd);
      control(dir);
    },
    expectArticles: 1,
  })),
  // Ninth audit: nesting, markup and code points that cost a parser or a writer more than their bytes.
  {
    name: "nested-tables-66k",
    what: "an HTML article whose middle is 66,000 tables nested one in another's cell (198,000 elements, under the 200,000 limit)",
    write(dir) {
      const depth = 66_000;
      const middle = "<table><tr><td>".repeat(depth) + "<p>" + proseSentences(3, 51).join(" ") + "</p>" + "</td></tr></table>".repeat(depth);
      writeFileSync(join(dir, "tables.html"), ARTICLE_HEAD("Nested tables") + middle + ARTICLE_TAIL);
      control(dir);
    },
    expectArticles: 2,
  },
  {
    name: "feed-cdata-100k",
    what: "an RSS feed whose first item's description is 100,000 CDATA sections, then 100,000 items of two CDATA sections each",
    write(dir) {
      const item = (i: number) => `<item><title><![CDATA[Ferry note ${i}]]></title><description><![CDATA[Crossing ${i} ran.]]><![CDATA[]]></description></item>`;
      const head = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour feed</title><item><title>Many sections</title><description>${"<![CDATA[word ]]>".repeat(100_000)}</description></item>`;
      writeFileSync(join(dir, "feed.rss"), head + Array.from({ length: 100_000 }, (_, i) => item(i)).join("") + "</channel></rss>\n");
      control(dir);
    },
    expectArticles: 100_002,
  },
  {
    name: "feed-declarations-300k",
    what: "an RSS feed opening on 300,000 short <!…> declarations (6 MB) without a subset, with a [ after them (each one's subset search ran to the end of the input: quadratic)",
    write(dir) {
      const decls = Array.from({ length: 300_000 }, (_, i) => `<!ELEMENT e${i} ANY>`).join("");
      writeFileSync(join(dir, "declarations.rss"), `<?xml version="1.0"?><rss version="2.0">${decls}<channel><title>Quay feed</title><item><title>Tide note [1]</title><description>${proseSentences(3, 53).join(" ")}</description></item></channel></rss>\n`);
      control(dir);
    },
    expectArticles: 2,
  },
  {
    name: "jsonl-code-points",
    what: "JSON Lines records made of hostile code points: a 10 MB text of combining marks, 1 MB of zero-width joiners as a title, lone surrogate halves (escaped) in every field",
    write(dir) {
      const prose = proseSentences(6, 52).join(" ");
      const records = [
        { id: "marks", title: "Combining marks", text: "a" + "\u0301".repeat(5_000_000) },
        { id: "joiners", title: "\u200d".repeat(1_000_000), text: `${prose}\n\n${"word\u200d".repeat(100_000)}\n\n${prose}` },
        { id: "halves\ud800", title: "Half \udc00 title", author: "Ann \ud83d Lee", text: `${prose} \ud800 ${prose} \ude00.` },
      ];
      writeFileSync(join(dir, "points.jsonl"), records.map((r) => JSON.stringify(r)).join("\n") + "\n");
      control(dir);
    },
    expectArticles: 4,
  },
  // Tenth audit: shapes that were read wrongly or lost whole.
  {
    name: "text-lines-4m",
    what: "an 8 MB text of 4 million one-letter lines between two paragraphs (the cleaner's records of each line ran its worker out of memory: the file was rejected)",
    write(dir) {
      const prose = proseSentences(4, 54).join(" ");
      writeFileSync(join(dir, "lines.txt"), `Harbour lines\n\n${prose}\n${"a\n".repeat(4_000_000)}${prose}\n`);
      control(dir);
    },
    expectArticles: 3,
  },
  {
    name: "jsonl-cr-2000",
    what: "a JSON Lines export of 2,000 records ending in lone carriage returns (classic Mac OS line ends; read as one line of invalid JSON, every record rejected)",
    write(dir) {
      const records = Array.from({ length: 2_000 }, (_, i) => JSON.stringify({ id: `cr${i}`, title: `Quay note ${i}`, text: proseSentences(4, i).join(" ") }));
      writeFileSync(join(dir, "export.jsonl"), records.join("\r") + "\r");
      control(dir);
    },
    expectArticles: 2_001,
  },
  // Eleventh audit (review of the tenth): the line cap's CR blind spot and its size.
  {
    name: "jsonl-text-cr-3m",
    what: "a JSON record whose text is 3 million one-letter lines ending in lone carriage returns between two paragraphs (the line cap counted only LF: the worker ran out of memory, the file was rejected)",
    write(dir) {
      const prose = proseSentences(4, 55).join(" ");
      const text = `Harbour lines\r\r${prose}\r${"a\r".repeat(3_000_000)}${prose}\r`;
      writeFileSync(join(dir, "export.jsonl"), JSON.stringify({ id: "x", title: "Harbour lines", text }) + "\n");
      control(dir);
    },
    expectArticles: 2,
  },
  ...shortLinesKinds("short-lines-300k", 300_000, 56, "verse, subtitles, a terse diary (measures what LIMITS.textLines may allow)"),
  // Twelfth audit: a text past the line bound is read in parts (stages/load/parts.ts), its end no longer dropped.
  ...shortLinesKinds("short-lines-1m", 1_000_000, 57, "the bound dropped everything after its first 300,000 lines; now read as 11 documents of at most 100,000 lines, one after the other"),
  // Review of round 12: a text of long lines (a log, prose with a line per sentence) past the line bound was read in
  // parts of 100,000 lines but 6 MB each, and the per-document character bound (LIMITS.documentTextChars) dropped
  // most of every part. Parts are now bounded by characters too: every line is in an article.
  {
    name: "long-lines-310k",
    what: "a text of 310,000 lines of one sentence each (about 62 characters, a blank line every 8), 19 MB",
    write(dir) {
      const lines = proseSentences(310_000, 58).map((s, i) => (i % 8 === 7 ? `${s}\n` : s));
      writeFileSync(join(dir, "long-lines.txt"), `Harbour log\n\n${lines.join("\n")}\n`);
      control(dir);
    },
    // 11 parts of at most 1,800,000 characters, an article each, and the control.
    expectArticles: 12,
  },
];

/**
 * A text of `count` short lines (shortLines) beside the control, run with two workers (`name`) and with none
 * (`name-w0`, everything in the main thread). Both paragraphs around the lines and the control are articles.
 */
function shortLinesKinds(name: string, count: number, seed: number, note: string): HostileKind[] {
  const write = (dir: string) => {
    writeFileSync(join(dir, "lines.txt"), shortLines(count, seed));
    control(dir);
  };
  const what = `a text of ${count.toLocaleString("en-US")} short lines (one or two words each, a blank line every 6) between two paragraphs: ${note}`;
  return [
    { name, what, write, expectArticles: 3 },
    { name: `${name}-w0`, what: `${name} with --workers 0 (everything in the main thread)`, write, args: ["--workers", "0"], expectArticles: 3 },
  ];
}

/** A text of `count` short lines of invented words (one or two each, a blank line every 6) between two paragraphs of prose. */
export function shortLines(count: number, seed: number): string {
  const rnd = prng(seed);
  const words = ["tide", "rose", "gulls", "cried", "rain", "again", "quiet", "harbour", "boats", "out", "wind", "north", "cold", "night", "nets", "mended"];
  const pick = () => words[Math.floor(rnd() * words.length)]!;
  const prose = proseSentences(4, seed).join(" ");
  const lines = Array.from({ length: count }, (_, i) => `${rnd() < 0.5 ? pick() : `${pick()} ${pick()}`}.${i % 6 === 5 ? "\n" : ""}`);
  return `Harbour diary\n\n${prose}\n\n${lines.join("\n")}\n\n${prose}\n`;
}

export interface HostileRow {
  kind: string;
  exitCode: number | null;
  signal: string | null;
  articles: number | null;
  rejects: number | null;
  expectArticles: number;
  peakRssMB: number;
  seconds: number;
  /** User + system CPU seconds of the whole process (all threads), from /usr/bin/time; null without it. */
  cpuSeconds: number | null;
  note: string;
  ok: boolean;
}

/** A memory figure of a process from /proc (VmHWM: peak RSS, VmRSS: current), in bytes; 0 when it is gone. */
function procMemory(pid: number, field: "VmHWM" | "VmRSS"): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The node process under /usr/bin/time (its only child), or the pid itself. */
function nodePid(pid: number, wrapped: boolean): number {
  if (!wrapped) return pid;
  try {
    const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    return kids.length ? Number(kids[0]) : 0;
  } catch {
    return 0;
  }
}

export async function runKind(kind: HostileKind, work: string, limits: { rssBytes: number; timeoutMs: number }): Promise<HostileRow> {
  const dir = join(work, kind.name);
  const inDir = join(dir, "in");
  const outDir = join(dir, "out");
  mkdirSync(inDir, { recursive: true });
  kind.write(inDir);
  const cacheArgs = kind.cached ? ["--cache", join(dir, "cache")] : ["--no-cache"];
  // A cached kind: a first run fills the cache (within the same time limit); the measured run must then take every input from it.
  let fill: number | null = null;
  if (kind.cached) {
    fill = await new Promise<number | null>((res, rej) => {
      const filler = spawn(process.execPath, [LAUNCH, "--in", inDir, "--out", outDir, ...cacheArgs, "--quiet", ...(kind.args ?? [])], { cwd: ROOT, stdio: "ignore" });
      const timer = setTimeout(() => filler.kill("SIGKILL"), limits.timeoutMs);
      filler.on("error", rej).on("close", (c) => (clearTimeout(timer), res(c)));
    });
    rmSync(outDir, { recursive: true, force: true }); // else the run finds nothing changed and writes nothing
  }
  const nodeArgs = [LAUNCH, "--in", inDir, "--out", outDir, ...cacheArgs, "--quiet", "--log", "json", ...(kind.args ?? [])];
  const wrapped = existsSync("/usr/bin/time");
  const [cmd, args] = wrapped ? ["/usr/bin/time", ["-v", process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const started = process.hrtime.bigint();
  const child = spawn(cmd, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout = (stdout + d).slice(-100_000)));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr = (stderr + d).slice(-20_000)));
  let polled = 0;
  let killedFor = "";
  const poll = setInterval(() => {
    const pid = nodePid(child.pid!, wrapped);
    if (!pid) return;
    polled = Math.max(polled, procMemory(pid, "VmHWM"));
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (!killedFor && (procMemory(pid, "VmRSS") > limits.rssBytes || elapsed > limits.timeoutMs)) {
      killedFor = elapsed > limits.timeoutMs ? `killed after ${Math.round(elapsed / 1000)} s` : `killed at ${Math.round(limits.rssBytes / MB)} MB RSS`;
      process.kill(pid, "SIGKILL");
    }
  }, 50);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((res, rej) => {
    child.on("error", rej);
    child.on("close", (c, s) => res([c, s]));
  });
  clearInterval(poll);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const timeRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const peak = Math.max(polled, timeRss ? Number(timeRss[1]) * 1024 : 0);
  // CPU time, less load-dependent than wall-clock seconds on a shared machine.
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : null;
  // /usr/bin/time reports a signalled child as "Command terminated by signal N" and exits 128+N.
  const bySignal = /Command terminated by signal (\d+)/.exec(stderr);
  const exitCode = bySignal ? 128 + Number(bySignal[1]) : code;
  const report = lastJsonLine(stdout);
  const articles = typeof report?.articles === "number" ? report.articles : null;
  const rejects = typeof report?.rejects === "number" ? report.rejects : null;
  const failure = stderr
    .split("\n")
    .filter((l) => /broadsheet:|Error|FATAL|heap/i.test(l))
    .slice(-1)[0]
    ?.trim()
    .slice(0, 140);
  const sample = (report?.rejects_sample as { reason: string }[] | undefined)?.[0]?.reason?.slice(0, 100);
  // A cached kind measures nothing unless its run read every input from the cache.
  const missed = !kind.cached ? "" : fill !== 0 ? `the run filling the cache exited ${fill ?? "killed"}; ` : report?.cached !== report?.inputs ? `${report?.cached ?? "–"} of ${report?.inputs ?? "–"} inputs from the cache; ` : "";
  const note = missed + (killedFor || (exitCode === 0 || exitCode === 3 ? (sample ? `first reject: ${sample}` : "") : (failure ?? "")));
  const ok = !missed && (exitCode === 0 || exitCode === 3) && peak < RSS_GOAL_BYTES && articles === kind.expectArticles;
  rmSync(dir, { recursive: true, force: true });
  return { kind: kind.name, exitCode, signal, articles, rejects, expectArticles: kind.expectArticles, peakRssMB: Math.round(peak / MB), seconds, cpuSeconds, note, ok };
}

export function formatRows(rows: HostileRow[]): string {
  const lines = [
    "| kind | exit | articles (expected) | rejects | peak RSS | time | CPU | goals met | note |",
    "|---|---:|---:|---:|---:|---:|---:|---|---|",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.kind} | ${r.exitCode ?? r.signal} | ${r.articles ?? "–"} (${r.expectArticles}) | ${r.rejects ?? "–"} | ${r.peakRssMB} MB | ${r.seconds.toFixed(1)} s | ${r.cpuSeconds === null ? "–" : `${r.cpuSeconds.toFixed(1)} s`} | ${r.ok ? "yes" : "**no**"} | ${r.note.replace(/\|/g, "\\|")} |`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const { values } = readArgs("npm run bench:hostile --", {
    options: {
      kinds: { type: "string" },
      "rss-limit-mb": { type: "string", default: "4096" },
      timeout: { type: "string", default: "300" },
      json: { type: "string" },
      list: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(
      [
        "npm run bench:hostile [-- options]: hostile inputs through the real command line, with outcome, peak RSS and time",
        "  --kinds a,b        only these kinds (default: every kind; several take minutes and GBs of disk)",
        "  --list             the kinds and what each writes",
        "  --rss-limit-mb N   kill a run past N MB of RSS (default 4096)",
        "  --timeout S        kill a run after S seconds (default 300)",
        "  --json FILE        also write the rows as JSON",
        "",
      ].join("\n"),
    );
    return;
  }
  if (values.list) {
    for (const k of KINDS) process.stdout.write(`${k.name}: ${k.what}\n`);
    return;
  }
  const wanted = values.kinds?.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = wanted?.filter((w) => !KINDS.some((k) => k.name === w)) ?? [];
  if (unknown.length) throw new Error(`unknown kind(s): ${unknown.join(", ")} (see --list)`);
  const kinds = wanted ? KINDS.filter((k) => wanted.includes(k.name)) : KINDS;
  const limits = { rssBytes: Number(values["rss-limit-mb"]) * MB, timeoutMs: Number(values.timeout) * 1000 };
  const work = mkdtempSync(join(tmpdir(), "broadsheet-hostile-"));
  const rows: HostileRow[] = [];
  try {
    for (const kind of kinds) {
      process.stderr.write(`hostile: ${kind.name}…\n`);
      const row = await runKind(kind, work, limits);
      rows.push(row);
      process.stderr.write(`  exit ${row.exitCode ?? row.signal}, ${row.articles ?? "–"} articles, ${row.peakRssMB} MB, ${row.seconds.toFixed(1)} s, ${row.cpuSeconds?.toFixed(1) ?? "–"} s CPU ${row.note}\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(formatRows(rows) + "\n");
  if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 2) + "\n");
}

if (invokedDirectly(import.meta.url)) await main();
