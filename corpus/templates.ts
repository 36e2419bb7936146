/**
 * The template corpus pass, run before the fan-out: every text document is
 * decoded and its lines observed under its site key; lines that repeat across
 * many documents of one site become templates that the cleaner removes.
 * Only 32-bit line hashes are kept (see stages/clean/templates.ts).
 */
import { hashLine, learnableLineHashes, TemplateSet, TemplateStats } from "../stages/clean/templates.ts";
import { DuplicateIndex, simhash, type Fingerprint } from "./duplicates.ts";
import { siteKeyOf } from "../stages/clean/index.ts";
import { loadBytes } from "../stages/load/index.ts";
import type { SourceDoc } from "../stages/types.ts";
import { LIMITS } from "../stages/limits.ts";
import { splitLines } from "../stages/common/lines.ts";

/** Short pages count too: a two-paragraph story saved twice is still one page. */
const PAGE_MIN_WORDS = 12;

/**
 * What the template pass needs of one input file: per text document, its key,
 * site, near-duplicate fingerprint and learnable line hashes. Computed by
 * `observeFile` wherever the file is (a worker thread), then learned from in
 * discovery order by `TemplateLearner.add`, so the result does not depend on
 * where or in which order the files were read.
 */
export interface TemplateObservation {
  docs: { key: string; siteKey: string; fingerprint: Fingerprint; lines: number[] }[];
  /**
   * Documents too short for a fingerprint (under PAGE_MIN_WORDS words: a record of one short sentence), in a compact
   * form: such a document is never a near-duplicate, so only its site, the hash of its key and its line hashes
   * travel (BareDocs). A JSON Lines export of 1,000,000 one-line records listed them as objects: about 400 MB on the
   * worker and 200 MB on the main thread, the run's memory peak. Absent when none.
   */
  bare?: BareDocs;
}

/**
 * Documents as numbers in `at`, one after the other: how many of the observation's `docs` come before it (so the
 * learner keeps the file's order), the index of its site key in `sites`, the hash of its key (hashLine), its number
 * of line hashes, then those.
 */
export interface BareDocs {
  sites: string[];
  at: Uint32Array;
}

/** Collects BareDocs, the typed array grown by doubling. */
class BareCollector {
  private sites = new Map<string, number>();
  private at = new Uint32Array(256);
  private n = 0;
  add(before: number, siteKey: string, keyHash: number, lines: readonly number[]): void {
    let site = this.sites.get(siteKey);
    if (site === undefined) this.sites.set(siteKey, (site = this.sites.size));
    const need = this.n + 4 + lines.length;
    if (need > this.at.length) {
      const grown = new Uint32Array(Math.max(need, this.at.length * 2));
      grown.set(this.at);
      this.at = grown;
    }
    this.at[this.n++] = before;
    this.at[this.n++] = site;
    this.at[this.n++] = keyHash;
    this.at[this.n++] = lines.length;
    this.at.set(lines, this.n);
    this.n += lines.length;
  }
  result(): BareDocs | undefined {
    return this.n === 0 ? undefined : { sites: [...this.sites.keys()], at: this.at.slice(0, this.n) };
  }
}

/**
 * Walks an observation's documents in the file's order: each bare one (BareDocs) to `bare`, each listed one to
 * `listed`. The one walk over the compact form (TemplateLearner.add).
 */
function walkObservation(
  obs: TemplateObservation,
  bare: (siteKey: string, keyHash: number, lines: Uint32Array) => void,
  listed: (doc: TemplateObservation["docs"][number]) => void,
): void {
  const at = obs.bare?.at;
  let b = 0;
  const bareUpTo = (k: number) => {
    for (; at && b < at.length && at[b]! <= k; b += 4 + at[b + 3]!) bare(obs.bare!.sites[at[b + 1]!]!, at[b + 2]!, at.subarray(b + 4, b + 4 + at[b + 3]!));
  };
  for (const [k, doc] of obs.docs.entries()) {
    bareUpTo(k);
    listed(doc);
  }
  bareUpTo(Infinity);
}

export function observeFile(input: string, bytes: Uint8Array, maxBytes?: number, encoding?: string | null): TemplateObservation {
  const docs: TemplateObservation["docs"] = [];
  // The lines of the text being read in parts, as a set: made once per text, not once per part.
  let known: Set<number> | null = null;
  const observe = (doc: SourceDoc) => {
    if (doc.kind !== "text") return;
    // What the cleaner reads of it, no more (stages/limits.ts cleanInputChars).
    const content = doc.content.length > LIMITS.cleanInputChars ? doc.content.slice(0, LIMITS.cleanInputChars) : doc.content;
    const whole = docs[docs.length - 1];
    if (doc.part && doc.part.n > 0 && whole) {
      // A later part of a text read in parts (stages/load/parts.ts): its lines are the text's, observed as one document
      // (each line once, as learnableLineHashes gives them).
      const seen = (known ??= new Set(whole.lines));
      for (const h of learnableLineHashes(splitLines(content))) if (!seen.has(h)) whole.lines.push(h), seen.add(h);
      return;
    }
    known = null;
    const key = `${input}#${doc.index}`;
    const fingerprint = simhash(content, PAGE_MIN_WORDS);
    const lines = learnableLineHashes(splitLines(content));
    // (a first part is listed: the text's later parts add their lines to it)
    if (fingerprint === null && !doc.part) bare.add(docs.length, siteKeyOf(doc), hashLine(key), lines);
    else docs.push({ key, siteKey: siteKeyOf(doc), fingerprint, lines });
  };
  const bare = new BareCollector();
  // The records of an export are observed one at a time as they are read, never all held at once (a 20 MB export's
  // records and their line arrays were most of this pass's memory); documents of other formats come in `docs`.
  const loaded = loadBytes(input, bytes, { maxBytes, encoding, onRecord: observe });
  if (!loaded.ok) return { docs: [] };
  for (const doc of loaded.docs) observe(doc);
  const compact = bare.result();
  return compact ? { docs, bare: compact } : { docs };
}

/**
 * Templates are learned from distinct pages only: a near-duplicate of a page
 * already observed (the same story saved twice, syndicated copies) is skipped,
 * or its body lines would look like a template and be removed from every copy.
 */
export class TemplateLearner {
  readonly stats = new TemplateStats();
  private readonly seen = new DuplicateIndex(PAGE_MIN_WORDS);

  /** Learn from one file's observation; files must come in discovery order. */
  add(obs: TemplateObservation): void {
    // A bare document has no fingerprint, so it is never a near-duplicate: observed as it comes.
    walkObservation(
      obs,
      (siteKey, keyHash, lines) => this.stats.observeKeyHash(siteKey, keyHash, lines),
      (doc) => {
        this.seen.addFingerprint(doc.key, doc.fingerprint);
        if (!this.seen.duplicateOf(doc.key)) this.stats.observeHashes(doc.siteKey, doc.key, doc.lines);
      },
    );
  }
}

/** Plain data for a worker thread: site → line hashes. */
export type SerializedTemplates = [string, number[]][];

export function serializeTemplates(set: TemplateSet): SerializedTemplates {
  return set.entries().map(([site, hashes]) => [site, [...hashes].sort((a, b) => a - b)]);
}

export function reviveTemplates(data: unknown): TemplateSet {
  return new TemplateSet(new Map((data as SerializedTemplates).map(([site, hashes]) => [site, new Set(hashes)])));
}
