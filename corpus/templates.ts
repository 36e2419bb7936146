/**
 * The template corpus pass, run before the fan-out: every text document is
 * decoded and its lines observed under its site key; lines that repeat across
 * many documents of one site become templates that the cleaner removes.
 * Only 32-bit line hashes are kept (see stages/clean/templates.ts).
 */
import { learnableLineHashes, TemplateSet, TemplateStats } from "../stages/clean/templates.ts";
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
}

export function observeFile(input: string, bytes: Uint8Array, maxBytes?: number): TemplateObservation {
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
    docs.push({
      key: `${input}#${doc.index}`,
      siteKey: siteKeyOf(doc),
      fingerprint: simhash(content, PAGE_MIN_WORDS),
      lines: learnableLineHashes(splitLines(content)),
    });
  };
  // The records of an export are observed one at a time as they are read, never all held at once (a 20 MB export's
  // records and their line arrays were most of this pass's memory); documents of other formats come in `docs`.
  const loaded = loadBytes(input, bytes, { maxBytes, onRecord: observe });
  if (!loaded.ok) return { docs: [] };
  for (const doc of loaded.docs) observe(doc);
  return { docs };
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
    for (const doc of obs.docs) {
      this.seen.addFingerprint(doc.key, doc.fingerprint);
      if (this.seen.duplicateOf(doc.key)) continue;
      this.stats.observeHashes(doc.siteKey, doc.key, doc.lines);
    }
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
