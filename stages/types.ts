/**
 * Contracts between the stages. Every per-document stage is a pure function of
 * one document and the configuration: no I/O, no clock, no global state.
 *
 * Offsets inside the stages are JavaScript string offsets (UTF-16 code units).
 * The writer converts them to Unicode code points once, at the boundary
 * (see write/offsets.ts), so stage code can use `text.slice(start, end)`.
 */
import type { EntityType, TimexType } from "../schemas/records.ts";
import type { TemplateSet } from "./clean/templates.ts";
import type { CompiledSiteRule } from "./clean/site-rule-compile.ts";

/** Where a metadata value came from; kept so users can judge it. */
export type Provenance = "record" | "json-ld" | "meta" | "url" | "dom" | "text" | "feed" | "none";

/** Metadata of a page or record. Every field optional: stages fill what they find. */
export interface PageMeta {
  url?: string | null;
  site?: string | null;
  title?: string | null;
  author?: string | null;
  /**
   * Where the author came from, for diagnostics (not written to the output): an HTML source ("json-ld",
   * "meta:author", "microdata", "byline", "byline-line", "script"…, see metadata.ts), "removed-byline" /
   * "signature" (html.ts), "record" (given by the input), "front-matter" (a Markdown file's, clean/stories-front.ts), or the text dump rule that named it ("dateline-row",
   * "body-byline:name-comma"…, stages/clean/text/README.md "Which rule named the author").
   */
  authorFrom?: string;
  /** ISO 8601 date or date-time as precise as known. */
  published?: string | null;
  publishedFrom?: Provenance;
  modified?: string | null;
  language?: string | null;
}

/** One input unit after loading: a whole file, or one JSON record / feed item. */
export interface SourceDoc {
  /** Input path relative to the input folder (POSIX separators). */
  source: string;
  /** `id` of the JSON record or feed item, else null. */
  recordId: string | null;
  /** Position of this unit inside its file (0 for single-document files). */
  index: number;
  /** What the content is: page text (a dump) or an HTML page/fragment. */
  kind: "text" | "html";
  /** The document content (decoded text or HTML). */
  content: string;
  /** Metadata given by the input itself (record fields, feed item fields). They win over guesses. */
  given: PageMeta;
  /** Which loader produced it: "text", "html", "jsonl", "json", "rss", "atom". */
  format: string;
  /** Crawl time if known (e.g. a record's `crawled_at`); dates after it are rejected. */
  crawledAt?: string | null;
  /** Where it is in a file of many, as the loader's reasons say it ("line 12", "record 3", "item 0"). */
  where?: string;
  /**
   * A part of a text too long to be one document (stages/load/parts.ts): its number (0 the first) of how many, and the
   * code points of the whole text before it (its articles' source offsets are in the whole text), and the lines before
   * it (its stories' numbers count on from there: pipeline/document.ts). Absent otherwise.
   */
  part?: { n: number; of: number; startCodePoints: number; startLine: number };
}

/** The role a kept block plays in the article. */
export type BlockRole = "title" | "dateline" | "byline" | "heading" | "body";

/**
 * A kept block of text (a paragraph, a heading, a list item...). Text is trimmed, single-spaced inside lines.
 * A "dateline" block holds an ISO 8601 date and a "byline" block an author name: metadata of the
 * article the block belongs to (a further story in a multi-article dump), never body text.
 */
export interface Block {
  text: string;
  role: BlockRole;
}

/** A block the cleaner removed, with the rule that removed it (the audit trail). */
export interface RemovedBlock {
  text: string;
  /** Rule id, e.g. "clean/newsletter", "clean/icon-font", "clean/link-density". */
  rule: string;
  /** Human-readable why. */
  reason: string;
  /** Position of the story the block belongs to, in a dump cut into several stories (clean/stories.ts). */
  story?: number;
  /**
   * Set by the text cleaner when the block is a line right after a removed line (no kept line between, blank lines
   * aside): the two are one contiguous removed block. A text read in parts joins such lines into one audit row.
   */
  follows?: true;
}

/** Output of the clean stage for one SourceDoc. */
export interface CleanResult {
  blocks: Block[];
  removed: RemovedBlock[];
  /** Metadata found by the cleaner (JSON-LD, meta tags, dateline...). Record-given values win over these. */
  meta: PageMeta;
  /**
   * A text that holds several stories (clean/stories.ts): each story cleaned as a page of its
   * own. `blocks`, `removed` and `meta` above are then the stories' put end to end (removed
   * rows carry their story) and the first story's metadata. Absent for a one-story text.
   */
  stories?: StoryPart[];
}

/** One story of a multi-story text, cleaned on its own. */
export interface StoryPart {
  /** UTF-16 offsets of the story in the source content (separator and URL lines excluded). */
  start: number;
  end: number;
  /** The URL written above the story in the dump, if any. */
  url: string | null;
  /**
   * What a mail header (subject, sender's name, date) or a Markdown file's front matter (title, author, date) above the
   * story gives, if the dump has one (clean/stories.ts); `from` says which.
   */
  header?: { title: string | null; author: string | null; authorIsDesk?: true; published: string | null; from: "mail" | "front-matter" };
  clean: CleanResult;
}

/**
 * A diagnostic message attached to a document instead of printing (vfile style): the one
 * channel from a stage to its document (the cleaner's story splits, the entity bound, the
 * language gate). pipeline/document.ts places each on its input as a Notice; the report counts them.
 */
export interface Diagnostic {
  stage: string;
  rule: string;
  level: "info" | "warning" | "error";
  message: string;
  /** The article's language, for notices about languages a stage does not support. */
  language?: string;
}

/**
 * A Diagnostic placed on its input: what a result carries (pipeline/document.ts
 * turns each document's diagnostics into notices) and the report counts.
 */
export interface Notice {
  input: string;
  record_id: string | null;
  stage: string;
  rule: string;
  level: "info" | "warning" | "error";
  message: string;
  language: string | null;
}

/** Languages a stage is built for, and what it does with an article in another (stages/language-gate.ts). */
export interface LanguageSupport {
  /** ISO 639-1 codes. */
  supported: readonly string[];
  /** "degrade": run and say so; "skip-script": also skip articles not written mostly in Latin script. */
  otherwise: "degrade" | "skip-script";
}

/** An entity mention found by the tagger (UTF-16 offsets into the article text). */
export interface MentionDraft {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  confidence: number;
  rule: string;
}

/** A temporal expression found by the dates stage (UTF-16 offsets into the article text). */
export interface TimexDraft {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  mod: string | null;
  /** "dct" when the value was resolved relative to the publication date, else null. */
  anchor: string | null;
  rangeStart: string | null;
  rangeEnd: string | null;
  rule: string;
  /** false when part of the value was implied rather than stated (e.g. year taken from the DCT). */
  certain: boolean;
}

/** An article in the making (UTF-16 offsets). */
export interface ArticleDraft {
  source: string;
  recordId: string | null;
  /** Position of the article in its source file. */
  index: number;
  /** UTF-16 offsets of the text the article came from, in the source content (the whole content when not split). */
  sourceStart: number;
  sourceEnd: number;
  meta: PageMeta;
  text: string;
  paragraphs: { start: number; end: number }[];
  sentences: { start: number; end: number; paragraph: number }[];
  mentions: MentionDraft[];
  dates: TimexDraft[];
}

/** The state that flows through the per-document stages. */
export interface WorkDoc {
  source: SourceDoc;
  clean?: CleanResult;
  articles: ArticleDraft[];
  diagnostics: Diagnostic[];
}

/**
 * The stages' read-only view of the run: derived once per run from the one
 * configuration (schemas/config.ts `Config`) and the template pass, by
 * `stageView` (pipeline/steps.ts). Not a configuration of its own: a stage
 * reads only what it needs, already in the form it uses.
 */
export interface StageContext {
  /** Config `skip`: stage names switched off by the user (--skip). */
  readonly skip: ReadonlySet<string>;
  /** Template lines learned from the whole corpus before the fan-out (absent: no template removal). */
  readonly templates?: TemplateSet;
  /** Config `sites`, compiled (stages/clean/site-rule-compile.ts). */
  readonly siteRules?: readonly CompiledSiteRule[];
}

/** A per-document stage: name, version (part of the cache key) and a pure run function. */
export interface Stage {
  name: string;
  version: string;
  /** Set when the stage is built for some languages only (an English model): see stages/language-gate.ts. */
  languages?: LanguageSupport;
  run(doc: WorkDoc, ctx: StageContext): WorkDoc;
}
