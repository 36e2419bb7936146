/**
 * Two figures of eval:split beside the benchmark's shingle F1 (which scores article TEXT, not
 * where a file was cut, nor what each article says of itself):
 *
 *  - boundary P / R / F1: every true boundary (the offset where page i+1's own text starts, after
 *    the joiner) against every predicted one (the source start of each article but the first). A
 *    predicted cut matches a true one, one to one, when the text between them holds no shingle of
 *    either page's article body: a cut a few chrome lines off (inside a footer, above a URL line)
 *    puts no article text on the wrong side and counts; a cut inside a body or a page away does
 *    not. "exact" counts the cuts that fall on the true offset (whitespace aside).
 *  - own metadata: the article that best matches each true page, against the same page dump
 *    processed ALONE through the same stages: a split that hands a later story the file's first
 *    title, author or date (or loses its own) disagrees. See `metadataAgreement`.
 */
import { f1 } from "./f1.ts";
import { shingles } from "./shingles.ts";

export interface BoundaryCounts {
  truth: number;
  predicted: number;
  matched: number;
  exact: number;
}

export const emptyBoundaryCounts = (): BoundaryCounts => ({ truth: 0, predicted: 0, matched: 0, exact: 0 });

/**
 * Boundaries of one file. `truth`: offsets where pages 2..n start; `bodies`: the n pages' article
 * bodies; `predicted`: offsets where articles 2..m start. Offsets index `text` (UTF-16).
 */
export function scoreBoundaries(text: string, truth: number[], bodies: string[], predicted: number[]): BoundaryCounts {
  const counts: BoundaryCounts = { truth: truth.length, predicted: predicted.length, matched: 0, exact: 0 };
  const taken = new Set<number>();
  // Each page's shingles once: a page borders the boundary before it and the one after it.
  const pageShingles = bodies.map((b) => [...shingles(b).keys()]);
  truth.forEach((t, i) => {
    // The two pages this boundary separates: text of theirs between a cut and t is on the wrong side.
    const near = new Set([...pageShingles[i], ...pageShingles[i + 1]]);
    let best = -1;
    for (let k = 0; k < predicted.length; k++) {
      if (taken.has(k)) continue;
      const p = predicted[k];
      const between = text.slice(Math.min(p, t), Math.max(p, t));
      if ([...shingles(between).keys()].some((s) => near.has(s))) continue;
      if (best < 0 || Math.abs(p - t) < Math.abs(predicted[best] - t)) best = k;
    }
    if (best < 0) return;
    taken.add(best);
    counts.matched++;
    if (text.slice(Math.min(predicted[best], t), Math.max(predicted[best], t)).trim() === "") counts.exact++;
  });
  return counts;
}

export function addBoundaryCounts(a: BoundaryCounts, b: BoundaryCounts): BoundaryCounts {
  return { truth: a.truth + b.truth, predicted: a.predicted + b.predicted, matched: a.matched + b.matched, exact: a.exact + b.exact };
}

export function boundaryFigures(c: BoundaryCounts): { precision: number; recall: number; f1: number; exactShare: number } {
  const precision = c.predicted ? c.matched / c.predicted : 1;
  const recall = c.truth ? c.matched / c.truth : 1;
  return { precision, recall, f1: f1(precision, recall), exactShare: c.truth ? c.exact / c.truth : 1 };
}

/** The metadata fields compared. */
export const META_FIELDS = ["title", "author", "published"] as const;
export type MetaField = (typeof META_FIELDS)[number];
export type MetaValues = Record<MetaField, string | null>;

export interface MetaCounts {
  /** Pages compared (those with a matched article). */
  pages: number;
  /** Per field: the in-file article's value equals the page's value when processed alone (null = null counts). */
  same: Record<MetaField, number>;
  /** Per field: pages whose value alone is not null... */
  known: Record<MetaField, number>;
  /** ...and of those, the in-file article gives the same value. */
  knownSame: Record<MetaField, number>;
  /** Per field: the in-file value is another page's own value (of the same file) and not this page's: borrowed. */
  borrowed: Record<MetaField, number>;
}

const zero = () => ({ title: 0, author: 0, published: 0 });
export const emptyMetaCounts = (): MetaCounts => ({ pages: 0, same: zero(), known: zero(), knownSame: zero(), borrowed: zero() });

/**
 * Own-metadata agreement of one file: `alone[i]` the metadata of page i processed alone, `found[i]` that
 * of the article matched to page i in the file (null when none matched).
 */
export function metadataAgreement(alone: MetaValues[], found: (MetaValues | null)[]): MetaCounts {
  const c = emptyMetaCounts();
  found.forEach((f, i) => {
    if (!f) return;
    c.pages++;
    for (const k of META_FIELDS) {
      const own = alone[i][k];
      if (f[k] === own) c.same[k]++;
      if (own !== null) {
        c.known[k]++;
        if (f[k] === own) c.knownSame[k]++;
      }
      if (f[k] !== null && f[k] !== own && alone.some((o, j) => j !== i && o[k] === f[k])) c.borrowed[k]++;
    }
  });
  return c;
}

export function addMetaCounts(a: MetaCounts, b: MetaCounts): MetaCounts {
  const add = (x: Record<MetaField, number>, y: Record<MetaField, number>) => ({ title: x.title + y.title, author: x.author + y.author, published: x.published + y.published });
  return { pages: a.pages + b.pages, same: add(a.same, b.same), known: add(a.known, b.known), knownSame: add(a.knownSame, b.knownSame), borrowed: add(a.borrowed, b.borrowed) };
}
