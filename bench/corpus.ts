/**
 * Benchmark corpus: N documents multiplied from a few seed pages, each one
 * different enough that no cache (by content hash, by sentence, by name) can
 * answer for it, yet shaped like the seed (same boilerplate, same markup), so
 * the cleaner, splitter and taggers do the work they do on real pages.
 *
 * Variation, all from a seeded PRNG (deterministic: the same size and seed give
 * byte-identical files on every run and machine):
 *   - about a third of the prose sentences are swapped for sentences drawn from
 *     the other seed documents (so article text differs document to document);
 *   - pairs of capitalised words inside sentences (names, mostly) are replaced by
 *     invented person names (so entity strings vary and canonical merging has work);
 *   - years are shifted by a per-document offset (so date values vary);
 *   - each document gets a new file name (a new id).
 *
 * The seeds come from `../shared/data/extraction-dev` (MIT, see its README); the
 * corpus is written to a temporary folder, never into the repository.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { hashLine } from "../stages/clean/templates.ts";
import { escapeHtml } from "../stages/load/entities.ts";

export type CorpusKind = "text" | "html";

export interface SeedDoc {
  id: string;
  kind: CorpusKind;
  content: string;
}

export interface CorpusInfo {
  kind: CorpusKind;
  dir: string;
  docs: number;
  bytes: number;
  /** Words of visible text in the inputs (tags, scripts and styles excluded): the unit of words/s. */
  words: number;
}

/** mulberry32: a tiny, well-mixed 32-bit PRNG; enough for shuffling test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Shuffle `items` in place with `rand` (Fisher–Yates, from the last item down): the one shuffle of the training
 * loops and the tests, so a seed gives the same order everywhere.
 */
export function shuffleInPlace<T>(items: T[], rand: () => number): T[] {
  for (let k = items.length - 1; k > 0; k--) {
    const r = Math.floor(rand() * (k + 1));
    [items[k], items[r]] = [items[r], items[k]];
  }
  return items;
}

/** FNV-1a over a string (the template pass's line hash): turns (kind, index, seed) into a PRNG seed. */
export const hashSeed: (s: string) => number = hashLine;

/**
 * Invented names to substitute for capitalised pairs. Made up for this
 * benchmark (no real people intended); varied in origin so the entity tagger
 * meets unfamiliar strings rather than a handful of repeated ones.
 */
const GIVEN_NAMES = [
  "Amara", "Bogdan", "Carmela", "Dmitri", "Elif", "Farid", "Greta", "Hiroshi", "Ines", "Jonas",
  "Kalani", "Leonie", "Mateus", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Soren", "Tamsin",
  "Ugo", "Valeria", "Wendell", "Ximena", "Yusuf", "Zofia", "Anneke", "Bruno", "Chiara", "Dario",
];
const FAMILY_NAMES = [
  "Abernathy", "Bakshi", "Castellanos", "Dufresne", "Eriksen", "Fonseca", "Gallagher", "Haddad",
  "Ivanova", "Jankowski", "Kowalczyk", "Lindqvist", "Moreau", "Nakamura", "Okonkwo", "Petrakis",
  "Quiroga", "Rasmussen", "Szabo", "Tavares", "Uribe", "Vasquez", "Whitcombe", "Xavier", "Yilmaz",
  "Zeller", "Achterberg", "Brennan", "Cavendish", "Delacroix",
];

const WORD = /[\p{L}\p{N}]+/gu;
/** A prose line: long enough and ending like a sentence (menus and share rows are short and unpunctuated). */
const PROSE_LINE = /^(?=(?:\S+\s+){10})[^\n]*[.!?"”’)]\s*$/;
/** Sentence boundary for pooling: terminal punctuation, space, capital letter. */
const SENTENCE_BREAK = /(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u;
/** Two capitalised words after a lower-case word: a name, an organisation or a place inside a sentence. */
const CAPITALISED_PAIR = /(?<=\p{Ll}[,]? )\p{Lu}\p{Ll}{2,} \p{Lu}\p{Ll}{2,}(?![\p{L}])/gu;
/** Years a news page is likely to mention. */
const YEAR = /\b(?:19[5-9]\d|20[0-2]\d)\b/g;
/** A paragraph in HTML whose content has no inline tags: safe to rewrite as text. */
const HTML_PARAGRAPH = /(<p\b[^>]*>)([^<]{60,})(<\/p>)/g;
/** Script and style bodies are not visible text. */
const HTML_INVISIBLE = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const HTML_TAG = /<[^>]*>/g;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

/** Visible words of an HTML page (rough: tags, scripts and styles stripped; entities count as words). */
export function visibleWords(html: string): number {
  return countWords(html.replace(HTML_INVISIBLE, " ").replace(HTML_TAG, " "));
}

/** Read the seed documents of one kind from an extraction-dev style folder, sorted by id. */
export function loadSeeds(dataDir: string, kind: CorpusKind): SeedDoc[] {
  const sub = join(dataDir, kind);
  const suffix = kind === "html" ? ".html.gz" : ".txt";
  return readdirSync(sub)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(sub, f));
      const content = kind === "html" ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
      return { id: f.slice(0, -suffix.length), kind, content };
    });
}

/**
 * Prose sentences: the material swapped between documents. Taken from the
 * annotated article bodies when given (so no menu or cookie line lands inside
 * an article), else from the prose-looking lines of the seeds.
 */
export function sentencePool(seeds: SeedDoc[], articleBodies?: string[]): string[] {
  const paragraphs = articleBodies ? articleBodies.flatMap((b) => b.split("\n")) : seeds.flatMap(proseOf);
  const pool: string[] = [];
  for (const para of paragraphs) {
    for (const s of para.split(SENTENCE_BREAK)) {
      const t = s.trim();
      if (t.length >= 30 && t.length <= 400) pool.push(t);
    }
  }
  return pool;
}

/** Article bodies of `ground-truth.json` in an extraction-dev style folder (sorted by id), or undefined when absent. */
export function loadArticleBodies(dataDir: string): string[] | undefined {
  const file = join(dataDir, "ground-truth.json");
  if (!existsSync(file)) return undefined;
  const truth = JSON.parse(readFileSync(file, "utf8")) as Record<string, { articleBody?: string }>;
  return Object.keys(truth)
    .sort()
    .map((k) => truth[k].articleBody ?? "");
}

function proseOf(seed: SeedDoc): string[] {
  if (seed.kind === "text") return seed.content.split("\n").filter((l) => PROSE_LINE.test(l));
  const out: string[] = [];
  for (const m of seed.content.matchAll(HTML_PARAGRAPH)) out.push(decodeBasicEntities(m[2]));
  return out;
}

function decodeBasicEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) =>
    e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : e === "#39" ? "'" : " ",
  );
}

export interface VaryOptions {
  /** Share of prose sentences replaced by pool sentences. */
  swapRate?: number;
  /** Share of capitalised pairs replaced by invented names. */
  nameRate?: number;
  /** Global seed (changes every document). */
  seed?: number;
}

/** Rewrite one paragraph of prose: swap sentences, rename pairs, shift years. */
function varyProse(text: string, rnd: () => number, pool: string[], yearShift: number, o: Required<VaryOptions>): string {
  const sentences = text.split(SENTENCE_BREAK).map((s) => (pool.length > 0 && rnd() < o.swapRate ? pool[Math.floor(rnd() * pool.length)] : s));
  return sentences
    .join(" ")
    .replace(CAPITALISED_PAIR, (m) =>
      rnd() < o.nameRate ? `${GIVEN_NAMES[Math.floor(rnd() * GIVEN_NAMES.length)]} ${FAMILY_NAMES[Math.floor(rnd() * FAMILY_NAMES.length)]}` : m,
    )
    .replace(YEAR, (y) => String(Number(y) + yearShift));
}

/** The `index`-th document of a corpus built from `seeds` (round robin over the seeds, varied by a seeded PRNG). */
export function varyDocument(seeds: SeedDoc[], pool: string[], index: number, opts: VaryOptions = {}): string {
  const o: Required<VaryOptions> = { swapRate: 0.35, nameRate: 0.5, seed: 1, ...opts };
  const seed = seeds[index % seeds.length];
  const rnd = prng(hashSeed(`${seed.kind}:${index}:${o.seed}`));
  const yearShift = Math.floor(rnd() * 9) - 6; // -6 … +2: stays in a plausible range for pages of 2019-2020
  if (seed.kind === "text") {
    return seed.content
      .split("\n")
      .map((line) => (PROSE_LINE.test(line) ? varyProse(line, rnd, pool, yearShift, o) : line))
      .join("\n");
  }
  return seed.content.replace(
    HTML_PARAGRAPH,
    (_m, open: string, body: string, close: string) => open + escapeHtml(varyProse(decodeBasicEntities(body), rnd, pool, yearShift, o)) + close,
  );
}

export function fileName(kind: CorpusKind, index: number): string {
  return `${kind}-${String(index).padStart(7, "0")}.${kind === "html" ? "html" : "txt"}`;
}

/** Write `size` varied documents (one per file) into `dir`. */
export function writeCorpus(dir: string, seeds: SeedDoc[], pool: string[], size: number, opts: VaryOptions = {}): CorpusInfo {
  if (seeds.length === 0) throw new Error("no seed documents");
  const kind = seeds[0].kind;
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let words = 0;
  for (let i = 0; i < size; i++) {
    const content = varyDocument(seeds, pool, i, opts);
    const buf = Buffer.from(content, "utf8");
    writeFileSync(join(dir, fileName(kind, i)), buf);
    bytes += buf.length;
    words += kind === "html" ? visibleWords(content) : countWords(content);
  }
  return { kind, dir, docs: size, bytes, words };
}
