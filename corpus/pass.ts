/**
 * The contract of a corpus pass over articles (canonical entities,
 * near-duplicates). Each pass has three halves, so that the serial main thread
 * never holds or re-reads whole articles:
 *
 *   observe  on the worker, once per article: the small thing the pass needs
 *            (it travels in the file's digest, pipeline/digest.ts);
 *   fold     on the main thread, in discovery order, into a compact summary;
 *   resolve  once every article is folded: what the pass concluded, whose
 *            `annotate` fills each record's fields in the final pass.
 *
 * The passes a run makes, and their order, are declared in pipeline/steps.ts.
 * (The template pass is of another kind: it runs before the fan-out, over
 * documents rather than articles: corpus/templates.ts.)
 */
import type { Article } from "../schemas/records.ts";

/** What a pass concluded: it sets the pass's fields on one record (in place). */
export interface Annotator {
  annotate(article: Article): void;
}

export interface ArticlePass<Seen, Result extends Annotator> {
  readonly name: string;
  /** Worker: what one article contributes. Pure. */
  observe(article: Article): Seen;
  /** Main thread, discovery order. */
  fold(articleId: string, seen: Seen): void;
  /** After the last fold. Computed once: later calls return the same result. */
  resolve(): Result;
}
