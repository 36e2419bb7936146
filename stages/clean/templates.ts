/**
 * Site templates, learned over the corpus: a line that appears on many pages
 * of the same site (a slogan, a footer line, a fixed menu entry) is template,
 * not article text. This is a corpus pass: `observe` every document of a run
 * (any order), `freeze`, then hand the frozen set to `cleanTextDump`.
 *
 * Memory stays small: only a 32-bit hash of each normalised line is kept, with
 * the number of distinct documents of the site that carry it.
 */
import { LIMITS } from "../limits.ts";

/**
 * Normalise a line for template matching: case, digits (dates and counters
 * change from page to page: "© 2019" vs "© 2020"), bullets and spacing do not
 * make a line different. Every run of numbers (\p{N}) becomes "0", every
 * run of other characters that are not letters (\p{L}) one space, and the
 * ends are trimmed (so leading bullets go too). One pass over the line (it
 * runs on every line of every text page, twice): the same result as the
 * regular-expression replacements that test/templates.test.ts keeps as the
 * reference, about 4× faster.
 */
export function normaliseTemplateLine(line: string): string {
  return normaliseUpTo(line, Infinity)!;
}

/**
 * normaliseTemplateLine, given up (null) once the line has more than `maxWords` words: a line
 * that long is never learned, and prose lines are most of a page's characters.
 */
function normaliseUpTo(line: string, maxWords: number): string | null {
  const s = line.toLowerCase();
  let spaces = 0;
  let i = 0;
  let out = "";
  let gap = false;
  let inNumber = false;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const cls = charClass(cp);
    if (cls === LETTER) {
      if (gap && out.length > 0) {
        if (++spaces >= maxWords) return null;
        out += " ";
      }
      out += width === 1 ? s[i] : s.slice(i, i + 2);
      gap = inNumber = false;
    } else if (cls === NUMBER) {
      if (!inNumber) {
        if (gap && out.length > 0) {
          if (++spaces >= maxWords) return null;
          out += " ";
        }
        out += "0";
        gap = false;
        inNumber = true;
      }
    } else {
      gap = true;
      inNumber = false;
    }
    i += width;
  }
  return out;
}

const LETTER = 1;
const NUMBER = 2;
const OTHER = 0;
const NON_ASCII_CLASS = new Map<number, number>();

function charClass(cp: number): number {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) return LETTER;
    return cp >= 48 && cp <= 57 ? NUMBER : OTHER;
  }
  let c = NON_ASCII_CLASS.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = /\p{L}/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? NUMBER : OTHER;
    if (NON_ASCII_CLASS.size < 65_536) NON_ASCII_CLASS.set(cp, c);
  }
  return c;
}


/** Shortest sentence-shaped line that counts as prose rather than a menu entry, slogan or footer line. */
const PROSE_MIN_WORDS = 8;
const SENTENCE_END = /[.!?]["'”’)]?\s*$/u;

/**
 * Only template-shaped lines are learned: short, and not a sentence of prose.
 * "The port reopened on Monday after the storm." shared by several pages of a
 * folder is the same story saved twice, not a template.
 */
function learnable(line: string, words: number): boolean {
  if (words > MAX_TEMPLATE_WORDS) return false;
  return !(words >= PROSE_MIN_WORDS && SENTENCE_END.test(line));
}

function wordCount(norm: string): number {
  let n = 1;
  for (let i = 0; i < norm.length; i++) if (norm.charCodeAt(i) === 32) n++;
  return n;
}

/** FNV-1a, 32 bits, over UTF-16 code units: stable across runs and machines. */
export function hashLine(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Lines shorter than this (after normalising) carry too little to be learned ("0", "a"). */
const MIN_LINE_CHARS = 2;
/** When a site has many documents, a template must be on at least this share of them. */
const MIN_SHARE = 0.5;
/** From this many documents of a site on, the share rule applies. */
const MANY_DOCS = 6;

/**
 * Lines longer than this are prose, never learned as templates: identical long
 * paragraphs across pages are the same story (syndicated copies, flagged by the
 * near-duplicate pass), and boilerplate prose is caught by the phrasing lexicon.
 * Without this, a folder of syndicated copies of one story would lose its body.
 */
const MAX_TEMPLATE_WORDS = 25;

interface SiteStats {
  docs: Set<number>;
  /** line hash → number of distinct documents holding it (lines are deduplicated per document). */
  lines: Map<number, number>;
}

/** Hashes of a document's learnable lines, each distinct hash once, in order of first appearance. */
export function learnableLineHashes(lines: readonly string[]): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  for (const line of lines) {
    if (line.length > LIMITS.templateLineChars) continue;
    // wordCount(norm) is one more than its spaces: beyond MAX_TEMPLATE_WORDS the line is not learnable.
    const norm = normaliseUpTo(line, MAX_TEMPLATE_WORDS);
    if (norm === null || norm.length < MIN_LINE_CHARS || !learnable(line, wordCount(norm))) continue;
    const h = hashLine(norm);
    if (seen.has(h)) continue;
    seen.add(h);
    out.push(h);
  }
  return out;
}

export class TemplateStats {
  private sites = new Map<string, SiteStats>();

  observe(siteKey: string, docKey: string, lines: string[]): void {
    this.observeHashes(siteKey, docKey, learnableLineHashes(lines));
  }

  /** As observe(), with the document's lines already reduced by learnableLineHashes (on another thread). */
  observeHashes(siteKey: string, docKey: string, hashes: ArrayLike<number>): void {
    this.observeKeyHash(siteKey, hashLine(docKey), hashes);
  }

  /** As observeHashes(), the document named by the hash of its key (hashLine): a document counts once. */
  observeKeyHash(siteKey: string, docHash: number, hashes: ArrayLike<number>): void {
    let site = this.sites.get(siteKey);
    if (!site) {
      site = { docs: new Set(), lines: new Map() };
      this.sites.set(siteKey, site);
    }
    if (site.docs.has(docHash)) return;
    site.docs.add(docHash);
    for (let i = 0; i < hashes.length; i++) site.lines.set(hashes[i]!, (site.lines.get(hashes[i]!) ?? 0) + 1);
  }

  /** The template lines: on ≥ minDocs documents of the site (and ≥ 50% of them when the site has many). */
  freeze(minDocs = 3): TemplateSet {
    const bySite = new Map<string, Set<number>>();
    for (const [siteKey, site] of this.sites) {
      const n = site.docs.size;
      const need = Math.max(minDocs, n >= MANY_DOCS ? Math.ceil(n * MIN_SHARE) : 0);
      const set = new Set<number>();
      for (const [h, count] of site.lines) if (count >= need) set.add(h);
      if (set.size) bySite.set(siteKey, set);
    }
    return new TemplateSet(bySite);
  }
}

export class TemplateSet {
  constructor(private readonly bySite: ReadonlyMap<string, ReadonlySet<number>>) {}

  isTemplate(siteKey: string, line: string): boolean {
    const set = this.bySite.get(siteKey);
    if (!set || line.length > LIMITS.templateLineChars) return false;
    const norm = normaliseTemplateLine(line);
    return norm.length >= MIN_LINE_CHARS && set.has(hashLine(norm));
  }

  /** Every site with its template line hashes, sorted by site (to hand the set to worker threads). */
  entries(): [string, ReadonlySet<number>][] {
    return [...this.bySite].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Number of template lines of a site (for reports). */
  size(siteKey: string): number {
    return this.bySite.get(siteKey)?.size ?? 0;
  }
}
