/**
 * Bounds on what one document may cost: every heuristic that could grow faster
 * than its input, or hold a copy of it per element, is capped here, in one table,
 * so that no input (whatever its shape) makes a stage super-linear or takes the
 * machine's memory. Each bound names the hostile family it guards against and
 * what happens beyond it: the work is cut into pieces, or the excess is dropped
 * with an audit row (rule id `limits/<name>` in removed.csv) or a reject row, and
 * the rest of the document still becomes an article.
 *
 * The values are far above what real pages reach (over the 884 metadata and
 * extraction dev pages: largest article 108,000 characters, longest article line
 * 5,100, most elements in a page 9,892, longest mention 13 words and 164
 * characters), so they change no ordinary output. `bench/hostile.ts` (npm run bench:hostile) measures each
 * family; test/hostile.test.ts checks the behaviour at small sizes.
 */
export const LIMITS = {
  /**
   * Reject rows listed one by one for a file; beyond it one summary row counts the rest.
   * Family: a JSON Lines file of 500,000 malformed lines, which made 500,000 rows,
   * objects and messages (1.2 GB) and a `push(...rows)` that overflowed the stack; a feed
   * of 10,000 empty items (one row each).
   */
  rejectsPerFile: 1_000,
  /**
   * An entity mention longer than this (words or characters) is not a name and is dropped
   * (a diagnostic counts them). Family: a run of capitalised words that the tagger reads as one
   * 16,000-word "name"; the canonical pass then compared it letter by letter (26 s, 1.5 GB for 200 KB).
   * The longest real names are about a dozen words ("Organisation for the Prohibition of Chemical Weapons").
   */
  mentionWords: 24,
  mentionChars: 300,
  /**
   * Files larger than this (bytes) are processed on a worker thread of their own instead of a pool
   * worker, whose heap is capped small (pipeline/job.ts POOL_LIMITS). Family: 10–20 MB texts, which thrashed
   * against the pool's 128 MB cap for a minute before running out of memory and starting again.
   */
  poolDocumentBytes: 2_000_000,
  /**
   * Old-generation heap (MB) of that worker. With the main thread and the pool (about 350 MB) the
   * process stays under 1 GB; a document that needs more is rejected ("out of memory"), never
   * aborting the run. Only one such worker runs at a time.
   */
  aloneHeapMb: 512,
  /**
   * Characters of checkpoint JSON one try of a file sends to the main thread (pipeline/document.ts checkpointer):
   * the finished documents' rows, kept so that a further try after a runaway record does not process them again.
   * Held until the file is done, so bounded per file in flight; past it, a further try processes the documents
   * after the last checkpoint again. Family: exports of thousands of records (12.7 MB of JSON Lines gives
   * about N MB of result JSON).
   */
  checkpointChars: 50_000_000,
  /**
   * Articles longer than this (characters) are tagged (entities, dates) in pieces of whole sentences
   * of at most this size (stages/chunks.ts). Family: one-line texts of many megabytes, whose tokens
   * and candidate matches the taggers held all at once. The longest dev article has 108,000 characters.
   */
  tagChunkChars: 200_000,
  /**
   * Characters of text a document keeps after cleaning (stages/clean/bounds.ts); the rest is dropped
   * with an audit row `limits/document-length`. Family: texts of many megabytes (a 19 MB one-line dump),
   * whose record, sentences and output rows cost about 40 bytes per character in the final pass, and whose
   * tagging takes about 3 s per million characters. 18 times the longest dev article (108,000 characters).
   */
  documentTextChars: 2_000_000,
  /** Characters of dropped text shown in an audit row of a limit (with the count of all that was dropped). */
  auditPreviewChars: 1_000,
  /**
   * Characters of a document the cleaner reads (a line end before it, stages/clean/bounds.ts); the rest
   * is dropped with an audit row `limits/input-length`. At the default size cap (20 MiB) nothing is cut;
   * with the cap raised (`--max-bytes`), a 100 MB JSON record otherwise took the process down (exit 134).
   */
  cleanInputChars: 21_000_000,
  /**
   * Non-blank lines of a text document (plain text, Markdown, innerText, a JSON record's text or a feed item's) read as
   * one document. A longer text is read as parts of at most `textPartLines` (stages/load/parts.ts), each a document,
   * so nothing after this many lines is dropped.
   * The cleaner still cuts a document it is handed with more (stages/clean/bounds.ts, audit row `limits/text-lines`):
   * a guard for callers that do not load through the loader. A line ends at LF, CRLF or a lone CR, as the cleaner
   * splits lines; boilerplate lines count. The text cleaner keeps a classified record of each line (about 1 KB): a 2 MB
   * text of a million one-letter lines took 1.3 GB as one document, and an 8 MB one of 4 million ran its worker out of
   * memory. 300,000 short lines (one or two words) as one document peaked at 503 MB with two workers and 647 MB with
   * `--workers 0`; texts up to this size are read as before, whole.
   */
  textLines: 300_000,
  /**
   * Non-blank lines of each part of a text past `textLines`: such a text is read in parts (stages/load/parts.ts), each
   * a document of its own, processed one after the other, instead of losing its end. Smaller than `textLines`: the
   * cleaner's peak is per part, so a third of it (a text of 1,000,000 short lines, read whole in parts: 449 MB with two
   * workers, where reading its first 300,000 lines took 616 MB; `npm run bench:hostile -- --kinds short-lines-1m`).
   */
  textPartLines: 100_000,
  /**
   * Elements of an HTML page that are parsed; the markup from the next start tag on is dropped with an
   * audit row `limits/html-elements`. Family: pages of a million elements, whose DOM alone took 1 GB.
   * 20 times the largest dev page (9,892 elements).
   */
  htmlElements: 200_000,
  /**
   * A kept block made mostly of runs without whitespace longer than this (characters) is dropped with an
   * audit row `limits/long-runs` (stages/clean/bounds.ts). Family: entity floods (10 MB of `&amp;`),
   * base64 blobs and minified code pasted into a text, which the taggers then tokenised character
   * group by character group. A long URL (a few hundred characters) inside prose is not affected.
   */
  runChars: 1_000,
  /**
   * Lines longer than this (characters) are never template lines (a template has at most 25 words),
   * so they are neither normalised nor hashed (stages/clean/templates.ts). Family: a 19 MB one-line
   * text, whose normalisation built a 19-million-piece string and ran a worker out of memory.
   */
  templateLineChars: 4_000,
  /**
   * Characters of a metadata field a JSON record gives (id, url, title, site, author, language);
   * a longer one is a rejected field (reject row), the record kept without it (stages/load/json.ts).
   * Family: exports whose title, author or id field holds a whole page or a flood (a 3 MB title, a
   * 1 MB author), copied into every output row, the report and each spreadsheet cell (Excel holds
   * 32,767 characters). Real values are far shorter (URLs rarely pass 2,000 characters).
   */
  recordFieldChars: 10_000,
} as const;

/**
 * A record id as every output row gives it: none past LIMITS.recordFieldChars (an id that long is a page pasted into
 * the id field, never a real one). The loaders (stages/load/json.ts, feed.ts) report the dropped id through
 * `onDropped`; pipeline/document.ts caps the id of any source the same way, so the name of a lost document and its
 * rows agree.
 */
export function capRecordId(id: string | null, onDropped?: (id: string) => void): string | null {
  if (id === null || id.length <= LIMITS.recordFieldChars) return id;
  onDropped?.(id);
  return null;
}
