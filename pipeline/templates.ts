/**
 * The template corpus pass, run before the fan-out: every text document is
 * decoded and its lines observed under its site key; lines that repeat across
 * many documents of one site become templates that the cleaner removes.
 * Only 32-bit line hashes are kept (see stages/clean/templates.ts).
 */
import { TemplateSet, TemplateStats } from "../stages/clean/templates.ts";
import { DuplicateIndex } from "../stages/corpus/duplicates.ts";
import { siteKeyOf } from "../stages/clean/index.ts";
import { loadBytes } from "../stages/load/index.ts";

/**
 * Templates are learned from distinct pages only: a near-duplicate of a page
 * already observed (the same story saved twice, syndicated copies) is skipped,
 * or its body lines would look like a template and be removed from every copy.
 */
export class TemplateLearner {
  readonly stats = new TemplateStats();
  /** Short pages count too: a two-paragraph story saved twice is still one page. */
  private readonly seen = new DuplicateIndex(12);

  observe(input: string, bytes: Uint8Array, maxBytes?: number): void {
    const loaded = loadBytes(input, bytes, { maxBytes });
    if (!loaded.ok) return;
    for (const doc of loaded.docs) {
      if (doc.kind !== "text") continue;
      const key = `${input}#${doc.index}`;
      this.seen.add(key, doc.content);
      if (this.seen.duplicateOf(key)) continue;
      this.stats.observe(siteKeyOf(doc), key, doc.content.split(/\r?\n/));
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
