/**
 * npm run bench:fuzz: the whole pipeline on a folder of hostile files, with the
 * invariants a user relies on checked after the run.
 *
 *   npm run bench:fuzz                                    seed 1, 60 mutants, a 19.9 MB line
 *   npm run bench:fuzz -- --seed 7 --mutants 200 --big-mb 2 --timeout 900
 *   npm run bench:fuzz -- --dir /tmp/fuzz --keep          build into /tmp/fuzz and keep it (in/, out-a/, out-b/)
 *   npm run bench:fuzz -- --build-only --dir /tmp/fuzz    only write the hostile folder
 *   npm run bench:fuzz -- --checkout ../main              run another checkout's command line on the same folder
 *
 * Everything is generated from a seeded PRNG (same seed, same bytes): fixed
 * hostile families (binary, NUL-laden, invalid UTF-8, UTF-16 with and without
 * BOM, a line just under the 20 MB size cap, 100,000 tiny lines, HTML nested
 * 5,000+ levels, stray and self-closing tags, unclosed tags/comments/CDATA,
 * huge attributes, broken and deep JSON Lines, malformed RSS/Atom, entity
 * bombs, odd file names, empty files, symlinks and loops, a FIFO, folders named
 * like files) plus `--mutants` random mutations (truncation, byte flips, NULs,
 * spliced tags, repeats) of ordinary invented documents of each format.
 *
 * The real command line runs twice (`node pipeline/launch.mjs --no-cache --log
 * json`, what `npm run pipeline` runs): TZ=UTC with no worker thread and concurrency 1,
 * then TZ=Pacific/Chatham with two workers and concurrency 8, each killed after
 * `--timeout` seconds. Checked, each failure printed as one line:
 *
 * - exit code as documented: 3 when tables/rejects.csv has rows, else 0 (never 1, 2 or a signal);
 * - no stack trace on stdout/stderr, and no internal error (RangeError, "Maximum call stack",
 *   TypeError…) or time-budget stop given as a reject reason;
 * - every file under the input folder is in manifest.json (by its name, under a skipped
 *   folder, or as the same file reached through a symlinked folder); counts.inputs =
 *   processed + rejected + skipped; a processed input has its articles in articles.jsonl; a
 *   rejected one has a reason in tables/rejects.csv;
 * - the documents that carry readable prose (marked `prose` below) become articles;
 * - scripts/check_outputs.py passes (when python3 with pandas and yaml is installed);
 * - both runs write the same bytes in every output file.
 *
 * Exit status: 0 when every invariant held, 1 otherwise. Nothing is asserted on time.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { prng } from "./corpus.ts";
import { readArgs } from "../eval/lib/args.ts";
import { lastJsonLine } from "./measure.ts";
import { canCheckOutputs, checkOutputs, filesUnder, writeRepeated, invokedDirectly } from "./files.ts";
import { proseSentences } from "./hostile.ts";
import { displayName } from "../stages/load/discover.ts";

const ROOT = resolve(import.meta.dirname, "..");

type Rnd = () => number;

/** One hostile input: where it goes, what it is, and whether a correct run makes an article of it. */
interface Entry {
  /** Path under the input folder; a Buffer for a name that is not valid UTF-8. */
  rel: string | Buffer;
  bytes?: Uint8Array | string;
  /** Written in chunks without building the whole string (huge inputs). */
  stream?: { head: string; unit: string; bytes: number; tail: string };
  symlink?: string;
  dir?: true;
  fifo?: true;
  /** Readable prose inside: the run must write at least one article for it. */
  prose?: true;
}

// ---------------------------------------------------------------- invented documents

const para = (n: number, seed: number) => proseSentences(n, seed).join(" ");

function htmlPage(seed: number, body = ""): string {
  const title = `Council report ${seed}`;
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `<meta name="author" content="Ann Lee"><meta property="article:published_time" content="2021-03-0${(seed % 9) + 1}T10:00:00Z"></head>` +
    `<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav><article><h1>${title}</h1>` +
    [1, 2, 3, 4].map((i) => `<p>${para(4, seed * 10 + i)}</p>`).join("") +
    body +
    `</article><footer>Copyright 2021. All rights reserved.</footer></body></html>\n`
  );
}

const textDump = (seed: number) => `Council report ${seed}\n\n${para(5, seed)}\n\n${para(5, seed + 1)}\n`;

const record = (i: number) => ({ id: `r${i}`, title: `Record ${i}`, url: `https://example.org/news/${i}`, published: "2020-05-01", text: para(4, 200 + i) });

const rss = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Example feed</title><link>https://example.org/</link>${items}</channel></rss>\n`;
const rssItem = (i: number) =>
  `<item><title>Item ${i}</title><link>https://example.org/item/${i}</link><pubDate>Mon, 0${(i % 9) + 1} Mar 2021 10:00:00 GMT</pubDate><description><![CDATA[<p>${para(3, 300 + i)}</p>]]></description></item>`;
const atom = (entries: string) => `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title><id>urn:x</id>${entries}</feed>\n`;
const atomEntry = (i: number) =>
  `<entry><title>Entry ${i}</title><id>urn:e${i}</id><updated>2021-03-01T10:00:00Z</updated><content type="html">&lt;p&gt;${para(3, 400 + i)}&lt;/p&gt;</content></entry>`;

function randomBytes(rnd: Rnd, n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256);
  return b;
}

const utf16 = (text: string, be: boolean, bom: boolean): Buffer => {
  const le = Buffer.from((bom ? "\ufeff" : "") + text, "utf16le");
  if (be) for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};

// ---------------------------------------------------------------- fixed hostile families

function fixedEntries(rnd: Rnd, bigBytes: number): Entry[] {
  const prose = para(6, 1);
  const deep = (open: string, close: string, n: number) => htmlPage(7, open.repeat(n) + `<p>${prose}</p>` + close.repeat(n));
  const jsonlGood = [0, 1, 2].map((i) => JSON.stringify(record(i)));
  const e: Entry[] = [
    { rel: "control.txt", bytes: textDump(1), prose: true },
    { rel: "control.html", bytes: htmlPage(2), prose: true },
    // binary and damaged bytes
    { rel: "random.bin", bytes: randomBytes(rnd, 65536) },
    { rel: "image.png", bytes: Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), randomBytes(rnd, 4096)]) },
    { rel: "truncated.gz", bytes: Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0]) },
    { rel: "nul-laden.txt", bytes: textDump(3).replace(/ /g, (s) => (rnd() < 0.2 ? "\0" : s)) },
    { rel: "one-nul.txt", bytes: textDump(4).replace(". ", ".\0 "), prose: true },
    { rel: "nul-padding.html", bytes: Buffer.concat([Buffer.from(htmlPage(33)), Buffer.alloc(8192)]), prose: true },
    { rel: "truncated.html", bytes: htmlPage(5).slice(0, 700) },
    { rel: "invalid-utf8.txt", bytes: Buffer.concat([Buffer.from(textDump(6)), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80, 0x0a]), Buffer.from(para(4, 61))]), prose: true },
    { rel: "overlong-utf8.html", bytes: Buffer.concat([Buffer.from(htmlPage(8).slice(0, 400)), Buffer.from([0xc0, 0xbc, 0xe0, 0x80, 0xbc]), Buffer.from(htmlPage(8).slice(400))]), prose: true },
    { rel: "utf16le-bom.txt", bytes: utf16(textDump(9), false, true), prose: true },
    { rel: "utf16be-bom.txt", bytes: utf16(textDump(10), true, true), prose: true },
    { rel: "utf16le-nobom.txt", bytes: utf16(textDump(11), false, false) },
    { rel: "utf16le-bom.html", bytes: utf16(htmlPage(12).replace('charset="utf-8"', 'charset="utf-16"'), false, true), prose: true },
    { rel: "odd-length-utf16.txt", bytes: Buffer.concat([utf16(textDump(13), false, true), Buffer.from([0x41])]), prose: true },
    // sizes
    { rel: "one-line-big.txt", stream: { head: "", unit: para(40, 14) + " ", bytes: bigBytes, tail: "\n" }, prose: true },
    { rel: "tiny-lines.txt", stream: { head: "", unit: "a\nbc\n\n", bytes: 100_000 * 3, tail: prose + "\n" } },
    // nesting and unclosed markup
    { rel: "deep-div-5000.html", bytes: deep("<div>", "</div>", 5000), prose: true },
    { rel: "deep-div-100000.html", bytes: deep("<div>", "</div>", 100_000), prose: true },
    { rel: "deep-stray-close.html", bytes: deep("<div></x>", "", 60_000), prose: true },
    { rel: "deep-self-closing.html", bytes: deep("<div/>", "", 10_000), prose: true },
    { rel: "deep-mixed.html", bytes: deep("<section><ul><li><table><tr><td><span><b><i>", "", 1_000), prose: true },
    { rel: "deep-unclosed-p.html", bytes: deep("<p><span>", "", 10_000), prose: true },
    { rel: "deep-svg.html", bytes: deep("<svg><g>", "</g></svg>", 5_000), prose: true },
    { rel: "unclosed-comment.html", bytes: htmlPage(15).replace("<article>", "<!-- never closed <article>") },
    { rel: "unclosed-script.html", bytes: htmlPage(16).replace("<nav>", "<script>var x = '") },
    { rel: "unclosed-attribute.html", bytes: htmlPage(17).replace('<a href="/">', '<a href="/ title=x>') },
    { rel: "unclosed-cdata.html", bytes: htmlPage(18).replace("<nav>", "<![CDATA[ <nav>") },
    { rel: "huge-attribute.html", bytes: htmlPage(19, `<div data-x="${"y".repeat(5_000_000)}"></div>`), prose: true },
    { rel: "many-attributes.html", bytes: htmlPage(20, `<div ${Array.from({ length: 50_000 }, (_, i) => `a${i}="${i}"`).join(" ")}></div>`), prose: true },
    { rel: "tags-only.html", bytes: "<div>".repeat(50_000) },
    // JSON Lines and JSON
    { rel: "broken-lines.jsonl", bytes: [jsonlGood[0], '{"id": "x", "text": "unterminated', jsonlGood[1], "{", "}", "[1,2", jsonlGood[2], ""].join("\n"), prose: true },
    { rel: "huge-numbers.jsonl", bytes: [`{"id": 1e400, "title": 123456789012345678901234567890, "published": -1e308, "text": ${JSON.stringify(prose)}}`, `{"id": "n", "published": 99999999999999999999, "text": ${JSON.stringify(prose)}}`].join("\n"), prose: true },
    { rel: "deep-nesting.jsonl", bytes: ["[".repeat(100_000) + "]".repeat(100_000), `{"a":`.repeat(50_000) + "1" + "}".repeat(50_000), jsonlGood[0]].join("\n"), prose: true },
    { rel: "non-objects.jsonl", bytes: ["1", '"text"', "null", "true", "[]", '[{"text": "inside an array"}]', jsonlGood[1]].join("\n"), prose: true },
    { rel: "wrong-types.jsonl", bytes: [JSON.stringify({ id: { a: 1 }, text: 42 }), JSON.stringify({ id: "w", text: [prose], html: null }), JSON.stringify({ id: "h", html: "<div>".repeat(20_000) + `<p>${prose}</p>` }), jsonlGood[2]].join("\n"), prose: true },
    { rel: "escaped-controls.jsonl", bytes: JSON.stringify({ id: "c\u0000", title: "Nul\u0000title\u0007", text: `${prose}\u0000\u0001\u001b[31m\u2028\u2029\ud800 ${prose}` }), prose: true },
    { rel: "bom-crlf.jsonl", bytes: "\ufeff" + jsonlGood.join("\r\n") + "\r\n", prose: true },
    { rel: "deep.json", bytes: `{"articles": ${"[".repeat(20_000)}${JSON.stringify(record(5))}${"]".repeat(20_000)}}` },
    { rel: "array.json", bytes: JSON.stringify([record(6), 7, null, record(8)]), prose: true },
    // feeds
    { rel: "unclosed.rss", bytes: rss(rssItem(1) + rssItem(2)).replace(/<\/item><\/channel>/, "</channel>"), prose: true },
    { rel: "truncated.rss", bytes: rss(rssItem(3) + rssItem(4)).slice(0, 500) },
    { rel: "entity-bomb.rss", bytes: `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>\n<rss version="2.0"><channel><title>&lol4;</title>${rssItem(5).replace("<title>Item 5</title>", "<title>&lol4;</title>")}</channel></rss>\n`, prose: true },
    { rel: "external-entity.atom", bytes: atom(atomEntry(1)).replace("<feed", '<!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<feed').replace("<title>Entry 1</title>", "<title>&x;</title>"), prose: true },
    { rel: "deep.atom", bytes: atom(atomEntry(2) + "<x>".repeat(20_000) + "</x>".repeat(20_000)), prose: true },
    { rel: "empty-items.rss", bytes: rss("<item></item>".repeat(10_000) + rssItem(6)), prose: true },
    { rel: "bad-dates.atom", bytes: atom(atomEntry(3).replace("2021-03-01T10:00:00Z", "99999-99-99T99:99:99Z") + atomEntry(4).replace("2021-03-01T10:00:00Z", "")), prose: true },
    // names
    { rel: "name with spaces.txt", bytes: textDump(21), prose: true },
    { rel: "caf\u00e9.txt", bytes: textDump(22), prose: true },
    { rel: "cafe\u0301.txt", bytes: textDump(23), prose: true },
    { rel: "\u65b0\u95fb \ud83d\udcf0.txt", bytes: textDump(24), prose: true },
    { rel: "-leading-dash.txt", bytes: textDump(25), prose: true },
    { rel: "--help", bytes: textDump(26), prose: true },
    { rel: "=formula,\"quoted\".txt", bytes: textDump(27), prose: true },
    { rel: "new\nline.txt", bytes: textDump(28), prose: true },
    { rel: `${"long".repeat(61)}.txt`, bytes: textDump(29), prose: true },
    { rel: Buffer.concat([Buffer.from("bad-"), Buffer.from([0xff, 0xfe]), Buffer.from(".txt")]), bytes: textDump(30), prose: true },
    // empty
    { rel: "empty.txt", bytes: "" },
    { rel: "blank.html", bytes: " \n\t\r\n" },
    { rel: "bom-only.txt", bytes: "\ufeff" },
    { rel: "empty.jsonl", bytes: "\n\n\n" },
    // links, folders, special files
    { rel: "sub/inner.txt", bytes: textDump(31), prose: true },
    { rel: "sub/loop", symlink: ".." },
    { rel: "self-link", symlink: "self-link" },
    { rel: "dangling.txt", symlink: "does-not-exist.txt" },
    { rel: "outside.txt", symlink: "/etc/hostname" },
    { rel: "alias.txt", symlink: "control.txt" },
    { rel: "chain.txt", symlink: "alias.txt" },
    { rel: "a-linked-dir", symlink: "sub" },
    { rel: "article.html/inside.txt", bytes: textDump(32), prose: true },
    { rel: "empty-folder.json", dir: true },
    { rel: "named-pipe.txt", fifo: true },
  ];
  return e;
}

// ---------------------------------------------------------------- random mutants

export const BASES: [string, (seed: number) => string][] = [
  ["html", (s) => htmlPage(s)],
  ["txt", textDump],
  ["jsonl", (s) => [0, 1, 2].map((i) => JSON.stringify(record(s * 3 + i))).join("\n") + "\n"],
  ["json", (s) => JSON.stringify({ items: [record(s), record(s + 1)] })],
  ["rss", (s) => rss(rssItem(s) + rssItem(s + 1))],
  ["atom", (s) => atom(atomEntry(s) + atomEntry(s + 1))],
];

const SNIPPETS = ["<div>", "</div>", "<!--", "-->", "<![CDATA[", "]]>", "<script>", "</p>", "<p", '"', "&", "&#x110000;", "&amp", "\0", "\ufffd", "\u202e", "\r", "{", "}", "[", "]", ",", ":", "<?xml", "<!DOCTYPE x [", "\ud800"];

function mutate(rnd: Rnd, src: string): Uint8Array {
  let bytes = Buffer.from(src, "utf8");
  const ops = 1 + Math.floor(rnd() * 4);
  for (let k = 0; k < ops; k++) {
    const at = Math.floor(rnd() * (bytes.length + 1));
    const op = Math.floor(rnd() * 7);
    if (op === 0) bytes = bytes.subarray(0, at); // truncate
    else if (op === 1) for (let i = 0; i < 8 && bytes.length; i++) bytes[Math.floor(rnd() * bytes.length)] = Math.floor(rnd() * 256); // flip bytes
    else if (op === 2) bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(SNIPPETS[Math.floor(rnd() * SNIPPETS.length)].repeat(1 + Math.floor(rnd() * 2000))), bytes.subarray(at)]);
    else if (op === 3) bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + Math.floor(rnd() * 200)))]); // delete
    else if (op === 4) bytes = Buffer.concat([bytes.subarray(0, at), Buffer.alloc(1 + Math.floor(rnd() * 64)), bytes.subarray(at)]); // NULs
    else if (op === 5) {
      const piece = bytes.subarray(at, Math.min(bytes.length, at + 1 + Math.floor(rnd() * 80)));
      bytes = Buffer.concat([bytes.subarray(0, at), ...Array.from({ length: 1 + Math.floor(rnd() * 500) }, () => piece), bytes.subarray(at)]); // repeat
    } else bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(randomBytes(rnd, 1 + Math.floor(rnd() * 32))), bytes.subarray(at)]);
  }
  return bytes;
}

function mutantEntries(rnd: Rnd, count: number): Entry[] {
  return Array.from({ length: count }, (_, i) => {
    const [ext, make] = BASES[i % BASES.length];
    return { rel: `mutants/m${String(i).padStart(4, "0")}.${ext}`, bytes: mutate(rnd, make(1000 + i)) };
  });
}

// ---------------------------------------------------------------- building the folder

function writeEntry(inDir: string, e: Entry): void {
  const abs = typeof e.rel === "string" ? join(inDir, e.rel) : Buffer.concat([Buffer.from(inDir + "/"), e.rel]);
  const parent = typeof e.rel === "string" ? join(inDir, e.rel, "..") : inDir;
  mkdirSync(parent, { recursive: true });
  if (e.dir) mkdirSync(abs, { recursive: true });
  else if (e.symlink) symlinkSync(e.symlink, abs);
  else if (e.fifo) spawnSync("mkfifo", [abs as string]);
  else if (e.stream) writeRepeated(abs as string, e.stream.head, e.stream.unit, e.stream.bytes, e.stream.tail);
  else writeFileSync(abs, e.bytes ?? "");
}

export function buildHostileFolder(inDir: string, seed: number, mutants: number, bigBytes: number): Entry[] {
  const rnd = prng(seed);
  const entries = [...fixedEntries(rnd, bigBytes), ...mutantEntries(rnd, mutants)];
  for (const e of entries) writeEntry(inDir, e);
  return entries;
}

// ---------------------------------------------------------------- running and checking

interface RunResult {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

function runPipeline(checkout: string, inDir: string, outDir: string, env: Record<string, string>, args: string[], timeoutMs: number): Promise<RunResult> {
  const started = Date.now();
  const child = spawn(process.execPath, [join(checkout, "pipeline", "launch.mjs"), "--in", inDir, "--out", outDir, "--no-cache", "--log", "json", ...args], {
    cwd: checkout,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout = (stdout + d).slice(-200_000)));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr = (stderr + d).slice(-200_000)));
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL"); // its process group: threads and any child
    } catch {
      // already gone
    }
  }, timeoutMs);
  return new Promise((res, rej) => {
    child.on("error", rej);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      res({ code, signal, stdout, stderr, seconds: (Date.now() - started) / 1000 });
    });
  });
}

/** Minimal RFC 4180 reader (quoted cells may hold commas, quotes and line breaks). */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell), rows.push(row), (row = []), (cell = "");
    } else cell += c;
  }
  if (cell !== "" || row.length) row.push(cell), rows.push(row);
  return rows;
}

export const STACK_LINE = /^\s+at (?:.+ \()?(?:file:|node:|\/)[^)\n]*:\d+:\d+\)?$/m;
/** Reasons that are an internal failure or a stop, not a verdict on the input. */
const INTERNAL_REASON = /stage failed|stack size|RangeError|TypeError|ReferenceError|SyntaxError: (?!Unexpected|JSON|Bad|Expected|Unterminated)|Cannot read prop|is not a function|undefined is not|out of memory|time budget|timed out/i;

interface Manifest {
  counts: Record<string, number>;
  inputs: { input: string; status: string; articles?: number; reason?: string }[];
}

/** What identifies an entry whatever folder alias it is reached by: its real path, and its real folder + name. */
function keysOf(abs: string): string[] {
  const keys: string[] = [];
  try {
    keys.push(realpathSync(join(abs, "..")) + "/" + abs.slice(abs.lastIndexOf("/") + 1));
    keys.push(realpathSync(abs));
  } catch {
    // a broken link: its folder + name is enough
  }
  return keys;
}

/** Every non-folder entry under `dir` (symlinks not followed): its manifest name and, for a file, its real path. */
function listTree(dir: string, rel = ""): { rel: string; link: boolean }[] {
  const out: { rel: string; link: boolean }[] = [];
  const names = readdirSync(dir, { encoding: "buffer" }) as Buffer[];
  for (const nb of names) {
    const abs = Buffer.concat([Buffer.from(dir + "/"), nb]);
    const name = displayName(nb);
    const r = rel ? `${rel}/${name}` : name;
    const st = lstatSync(abs);
    if (st.isDirectory()) out.push(...listTree(abs.toString("utf8"), r));
    else out.push({ rel: r, link: st.isSymbolicLink() });
  }
  return out;
}

export function checkRun(name: string, inDir: string, outDir: string, run: RunResult, entries: Entry[]): string[] {
  const problems: string[] = [];
  const p = (msg: string) => problems.push(`[${name}] ${msg}`);
  if (run.signal || run.code === null) return [`[${name}] killed (${run.signal ?? "no exit code"}) after ${run.seconds.toFixed(0)} s`];
  if (STACK_LINE.test(run.stdout) || STACK_LINE.test(run.stderr)) p(`stack trace printed: ${(run.stderr.match(STACK_LINE) ?? run.stdout.match(STACK_LINE))![0].trim()}`);
  if (run.code !== 0 && run.code !== 3) return [...problems, `[${name}] exit ${run.code}: ${run.stderr.trim().split("\n").slice(-3).join(" | ").slice(0, 400)}`];
  if (!existsSync(join(outDir, "manifest.json")) || !existsSync(join(outDir, "tables", "rejects.csv")) || !existsSync(join(outDir, "articles.jsonl")))
    return [...problems, `[${name}] exit ${run.code} but manifest.json, tables/rejects.csv or articles.jsonl is missing`];
  const manifest = JSON.parse(readFileSync(join(outDir, "manifest.json"), "utf8")) as Manifest;
  const rejects = readCsv(readFileSync(join(outDir, "tables", "rejects.csv"), "utf8")).slice(1);
  const expectCode = rejects.length > 0 ? 3 : 0;
  if (run.code !== expectCode) p(`exit ${run.code} with ${rejects.length} reject rows (documented: ${expectCode})`);
  const c = manifest.counts;
  if (c.inputs !== c.processed + c.rejected + c.skipped || c.inputs !== manifest.inputs.length) p(`counts do not add up: ${JSON.stringify(c)}`);
  for (const [input, , reason] of rejects) {
    if (!reason?.trim()) p(`reject without a reason: ${input}`);
    else if (INTERNAL_REASON.test(reason) || STACK_LINE.test(reason)) p(`internal failure given as a reject reason: ${JSON.stringify(input)}: ${reason.slice(0, 160)}`);
  }
  // articles per source
  const perSource = new Map<string, number>();
  for (const line of readFileSync(join(outDir, "articles.jsonl"), "utf8").split("\n")) {
    if (!line) continue;
    const src = (JSON.parse(line) as { source: string }).source;
    perSource.set(src, (perSource.get(src) ?? 0) + 1);
  }
  const rows = new Map(manifest.inputs.map((r) => [r.input, r]));
  const rejected = new Set(rejects.map((r) => r[0]));
  for (const r of manifest.inputs) {
    if (r.status === "processed" && (perSource.get(r.input) ?? 0) === 0 && !rejected.has(r.input)) p(`processed without articles or a reject row: ${JSON.stringify(r.input)}`);
    if (r.status === "rejected" && !rejected.has(r.input)) p(`rejected input missing from rejects.csv: ${JSON.stringify(r.input)}`);
    if (r.status === "skipped" && !r.reason) p(`skipped without a reason: ${JSON.stringify(r.input)}`);
  }
  // every file under the input folder is accounted for: by its name, under a skipped folder, or
  // as the same file or link reached through a symlinked folder (a folder is walked once)
  const skippedFolders = manifest.inputs.filter((r) => r.status === "skipped" && r.input.endsWith("/")).map((r) => r.input);
  const covered = new Set<string>();
  for (const r of manifest.inputs) for (const k of keysOf(join(inDir, r.input))) covered.add(k);
  for (const f of listTree(inDir)) {
    const ok = rows.has(f.rel) || skippedFolders.some((d) => f.rel.startsWith(d)) || keysOf(join(inDir, f.rel)).some((k) => covered.has(k)) || (f.link && manifest.inputs.some((r) => r.input.startsWith(f.rel + "/")));
    if (!ok) p(`input not accounted for in manifest.json: ${JSON.stringify(f.rel)}`);
  }
  // readable prose becomes articles
  for (const e of entries) {
    if (!e.prose) continue;
    const rel = typeof e.rel === "string" ? e.rel : displayName(e.rel);
    if (!perSource.get(rel)) {
      const why = rejects.filter((r) => r[0] === rel).map((r) => r[2]).join("; ") || rows.get(rel)?.status || "not in the manifest";
      p(`lost: ${JSON.stringify(rel)} holds prose but gave no article (${why.slice(0, 200)})`);
    }
  }
  return problems;
}

/** scripts/check_outputs.py on the folder (once per run whether it can run: `canCheckOutputs`). */
let pythonHere: boolean | undefined;
function pythonCheck(outDir: string): string[] {
  if (!(pythonHere ??= canCheckOutputs())) return [];
  const bad = checkOutputs(outDir);
  return bad ? [bad] : [];
}

function compareOutputs(a: string, b: string): string[] {
  const fa = filesUnder(a);
  const fb = filesUnder(b);
  if (fa.join("\n") !== fb.join("\n")) return [`output file lists differ between the two runs: ${fa.length} vs ${fb.length}`];
  return fa.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))).map((f) => `not deterministic (TZ, workers, concurrency): ${f} differs between the two runs`);
}

async function main(): Promise<void> {
  const { values } = readArgs("npm run bench:fuzz --", {
    options: {
      seed: { type: "string", default: "1" },
      mutants: { type: "string", default: "60" },
      "big-mb": { type: "string", default: "19.9" },
      timeout: { type: "string", default: "900" },
      dir: { type: "string" },
      keep: { type: "boolean", default: false },
      "build-only": { type: "boolean", default: false },
      json: { type: "string" },
      checkout: { type: "string", default: ROOT },
    },
  });
  const work = values.dir ? resolve(values.dir) : mkdtempSync(join(tmpdir(), "broadsheet-fuzz-"));
  const inDir = join(work, "in");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(inDir, { recursive: true });
  const entries = buildHostileFolder(inDir, Number(values.seed), Number(values.mutants), Math.round(Number(values["big-mb"]) * 1e6));
  console.error(`fuzz: ${entries.length} hostile entries (seed ${values.seed}) in ${inDir}`);
  if (values["build-only"]) return;
  const timeoutMs = Number(values.timeout) * 1000;
  const runs: [string, Record<string, string>, string[]][] = [
    ["a: TZ=UTC, no worker thread, concurrency 1", { TZ: "UTC" }, ["--workers", "0", "--concurrency", "1"]],
    ["b: TZ=Pacific/Chatham, 2 workers, concurrency 8", { TZ: "Pacific/Chatham" }, ["--workers", "2", "--concurrency", "8"]],
  ];
  const problems: string[] = [];
  const summary: Record<string, unknown>[] = [];
  for (const [i, [name, env, args]] of runs.entries()) {
    const outDir = join(work, `out-${"ab"[i]}`);
    const run = await runPipeline(resolve(values.checkout), inDir, outDir, env, args, timeoutMs);
    const found = checkRun(name, inDir, outDir, run, entries);
    if (existsSync(join(outDir, "datapackage.json")) && i === 0) found.push(...pythonCheck(outDir).map((m) => `[${name}] ${m}`));
    problems.push(...found);
    summary.push({ run: name, exit: run.code, seconds: Math.round(run.seconds), ...(lastJsonLine(run.stdout) ?? {}) });
    console.error(`${name}: exit ${run.code ?? run.signal}, ${run.seconds.toFixed(1)} s, ${found.length} problem(s)`);
  }
  if (existsSync(join(work, "out-a", "manifest.json")) && existsSync(join(work, "out-b", "manifest.json"))) problems.push(...compareOutputs(join(work, "out-a"), join(work, "out-b")));
  for (const m of problems) console.log(m);
  console.log(problems.length ? `fuzz: ${problems.length} problem(s)` : `fuzz: every invariant held (${entries.length} entries, seed ${values.seed})`);
  if (values.json) writeFileSync(values.json, JSON.stringify({ seed: Number(values.seed), entries: entries.length, problems, runs: summary }, null, 2) + "\n");
  if (!values.keep && !values.dir) rmSync(work, { recursive: true, force: true });
  process.exitCode = problems.length ? 1 : 0;
}

if (invokedDirectly(import.meta.url)) await main();
