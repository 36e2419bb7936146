/**
 * Story segmentation: where a text dump that holds several pages (or stories) is cut, so
 * that each one is cleaned as a page of its own and becomes its own article.
 *
 * 1. Lines are classified once with the text cleaner's line classifier: prose or not.
 * 2. Every place a story could start (a line after a blank line, a separator, a URL line or a
 *    form feed) is a candidate boundary, scored by the cues of stories-cues.ts: separators and
 *    URL lines between pages, a footer before, page chrome or a headline + dateline after,
 *    chrome repeated at several boundaries.
 * 3. Prose lines close together form bodies. A candidate is cut, strongest first, when it
 *    scores CUT_SCORE or more, does not fall inside a body, and leaves a body on both sides:
 *    a page's own rules, sub-headings, live-blog entries and comment threads never stand
 *    alone as an article, because a single page has one body between two such cues.
 * 4. One joiner per file: a file cut at form feeds or URL headers is cut only there, and a cut
 *    that lacks the separator or blank-line run the other cuts show moves to the next candidate
 *    that has it (out of a footer, onto the boundary).
 *
 * Pure: no I/O, deterministic. Offsets are UTF-16 offsets into the text given.
 */
import { toLineUnits } from "./text/blocks.ts";
import { lineEndAt } from "../common/lines.ts";
import { timelineChapters } from "./timeline.ts";
import { adjacentApart, isBriefsLabel, isMastheadLine, offSubject, subjectWords } from "./stories-briefs.ts";
import { withoutMarkdownLinks } from "./text/inline.ts";
import { LineMemo } from "./text/classify.ts";
import { guessStopLanguageOfLines } from "./text/stopwords.ts";
import { decodeEncodedWords, displayName } from "./mail-words.ts";
import { parseByline, parseDateline } from "./text/header.ts";
import { frontMatterHeader } from "./stories-front.ts";
import { BOILERPLATE, entryFits, matchBoilerplate } from "./text/lexicon.ts";
import {
  BYLINE_OPENER,
  DATELINE_OPENER,
  RELATIVE_TIME,
  CUE_WEIGHTS as W,
  CUT_SCORE,
  HARD_SCORE,
  MENU_ENTRY_WORDS,
  MENU_LINES,
  MIN_SIDE_WORDS,
  SHARE_CONTROL,
  SURE_SCORE,
  PAGE_END,
  PAGE_END_LINES,
  PAGE_START,
  PAGE_START_LINES,
  RULE_LINE,
  COUNTER_LINE,
  TAXONOMY_LABEL,
  WIRE_DATELINE,
  ASSET_URL,
  EMBED_URL,
  URL_LINE,
} from "./stories-cues.ts";

/** One story of a dump: where it lies in the text, and what the joiner said about it. */
export interface Story {
  /** UTF-16 offsets into the text: the story's own lines, without separator or URL line. */
  start: number;
  end: number;
  /** The address on the URL line above the story, when the dump gives one. */
  url: string | null;
  /** Cue ids that opened this story ("file-start" for the first). */
  cues: string[];
  /** Lines between the previous story and this one that belong to neither (separators, URL line, mail header). */
  joiner: string[];
  /** What a mail header (its subject, sender and date) or a file's front matter (its title, author and date) above the story gives. */
  header?: MailHeader;
  /** The first story's joiner holds a digest's preamble (its title, issue date, contents list), not only separators. */
  preamble?: boolean;
}

/** A message's subject, sender's name and date (ISO), read from its mail header; or a file's, from its front matter. */
export interface MailHeader {
  title: string | null;
  author: string | null;
  /** The author is a desk's credit ("Staff", "News Desk"), no writer's: the text's own byline goes first (stories-front.ts). */
  authorIsDesk?: true;
  published: string | null;
  /** A mail header block (markMailHeaders) or a Markdown file's front matter (markFrontMatter). */
  from: "mail" | "front-matter";
}

export interface StoryOptions {
  /**
   * Records (JSON, feeds) are one article each; their text is split only on separators
   * written between stories (form feeds, rules, URL lines), never on chrome or blank lines.
   */
  separatorsOnly?: boolean;
  /** The document's line memo, shared with the cleaner that cleans the stories next (text/classify.ts). */
  memo?: LineMemo;
}

/** A body needs this many prose words... */
const MIN_BODY_WORDS = 45;
/** ...in at least this many prose lines, unless it holds LONE_BODY_WORDS in one paragraph. */
const MIN_BODY_LINES = 2;
const LONE_BODY_WORDS = 90;
/** Prose lines stay in one body across at most this many non-prose lines (captions, sub-headings, ads). */
const BODY_GAP_LINES = 6;
/** Lines longer than this are never matched against the chrome tables (footers can be long legal lines; beyond this they are residue). */
const CHROME_MAX_CHARS = 1000;
/** The classifier calls no line of fewer words prose (its "near" class starts at 6). */
const PROSE_MIN_WORDS = 6;
/** Scripts written without spaces: their word count is not the token count. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** A footer line is at most this long in words. */
const FOOTER_MAX_WORDS = 40;
/** The sequence of lines compared to find a page header printed again at another boundary. */
const REPEAT_LINES = 3;
/** The shortest run of empty lines taken as a file's joiner (one empty line is every renderer's paragraph break). */
const JOINER_RUN_MIN = 2;
/** Runs of the joiner's length allowed beyond the cuts (a page's own double gaps) before the run is no joiner. */
const JOINER_RUN_SPARE = 4;
/** Lines after a headline in which its dateline or byline must come, then the prose. */
const STORY_HEADER_LINES = 3;
/** Short lines above a headline (a promo strip, a kicker) before it is no longer the page's opening. */
const STORY_LEAD_LINES = 2;
/** Lines between a dateline and the first paragraph (a photo caption, its credit). */
const STORY_CAPTION_LINES = 2;
/** Lines after a boundary searched for the header of a page's tail section (cue tailSection). */
const TAIL_SECTION_LINES = 2;
/** The text cleaner's lexicon entries that open a page's tail: comment threads and forms, related-links lists. */
const TAIL_RULES: ReadonlySet<string> = new Set(["clean/comments", "clean/read-more"]);
/** The entries that can make opensTailSection true: tried first, so the whole lexicon (about 100 patterns) runs
 *  only on a line one of them matches (the first matching entry of the lexicon still decides). */
const TAIL_ENTRIES = BOILERPLATE.filter((e) => e.breaker === true && TAIL_RULES.has(e.rule));
function opensTailSection(l: Line): boolean {
  if (l.text.length > CHROME_MAX_CHARS) return false;
  const t = l.text.trim();
  if (!TAIL_ENTRIES.some((e) => entryFits(e, t, l.words))) return false;
  const e = matchBoilerplate(t, l.words);
  return e !== null && e.breaker === true && TAIL_RULES.has(e.rule);
}
/** Prose words between two occurrences of a separator for them to count as two (repeatedSeparator). */
const SIG_APART_WORDS = MIN_SIDE_WORDS;
/** Cues that say nothing of a page's end or a joiner: with only these, a story header is weighed storyStartAlone. */
const STORY_ALONE_CUES = /^(blank-run|menu-start|right-after-prose)(:|$)/;
/**
 * Story headers in a file (its start included) that make it a digest of bare stories (cue repeatedStoryStart).
 * Two: a file of two bare stories (two wire items, two stories saved from a reader app) is a digest too,
 * as long as the two headers differ (a live blog's entries repeat one author's line) and each story
 * keeps a body of MIN_SIDE_WORDS. At three, every two-story digest came out as one article.
 */
const DIGEST_MIN_STORIES = 2;
/**
 * ...and in a file whose entries open with no headline (bare wire leads, bare date or byline rows): three. Two
 * such rows are as often one article's own (a dated update, a second dateline of a wrap-up, a column's two
 * contributors) as two stories.
 */
const BARE_DIGEST_MIN_STORIES = 3;
/**
 * A line or `<time>` text that is a clock time only ("21:42", "9.05am", "10:42 GMT"): a live blog's entry
 * stamp, never a story's date (a digest's stories carry their day). Family: live blogs and minute-by-minute
 * pages, text dumps and HTML, under one or several contributors.
 */
export const CLOCK_ONLY = /^\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i;
/** A row that labels an update ("Updated 6 March 2024 10:32", "Last modified …"): a story's own revision, never a new entry. */
const UPDATE_ROW = /^(?:last\s+)?(?:updated|modified|edited|amended|revised)\b/i;
/** Clock times in a header row ("5 March 2024 at 14:10"): rows of one day that differ only by them are one entry's. */
const CLOCK_IN_ROW = /(?:,|\s+at|\s+-|\s+–)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}\b)?/gi;

interface Line {
  start: number;
  end: number;
  text: string;
  blank: boolean;
  /** The line opens after a form feed. */
  formFeed: boolean;
  rule: boolean;
  url: { label: string; href: string } | null;
  /** A news-database counter line ("Document 3 of 25"). */
  counter: boolean;
  /** A line of a message's mail header block (mailHeaders): the mbox "From " line, "From:", "Subject:", "Date:" fields. */
  mail: boolean;
  /** A line of a Markdown file's front matter (markFrontMatter): its `---` fences and `key: value` rows. */
  front: boolean;
  /** A section break: a row of asterisks (any file), a Markdown thematic break (`---`, `___`): turndown and markdownify print every <hr> of a page so, so its repeating says nothing of a joiner. */
  markdownBreak: boolean;
  prose: boolean;
  /** Indented like the text of a nested list entry (NESTED_INDENT), in a file that is not Markdown: no body's line (findBodies). */
  nested: boolean;
  words: number;
  pageEnd: boolean;
  /** Weight of the page-chrome entry the line matches, 0 for none. */
  pageStart: number;
}

interface Candidate {
  /** Line where the story would start. */
  line: number;
  /** Separator / URL lines consumed by this boundary. */
  consumed: number[];
  url: string | null;
  score: number;
  cues: string[];
  /** A form feed or the file's URL header: the joining tool's own mark (HARD_SCORE on its own). */
  hard: boolean;
  /** Empty lines right before the boundary. */
  blanks: number;
  /**
   * Of those, the ones in one unbroken run right above the boundary's first line (no line of spaces, tabs or
   * no-break spaces among them): a joining tool writes its empty lines together; a renderer's empty element
   * (innerText's tab or no-break-space line between teasers) breaks a run into a page's own layout.
   */
  tight: number;
  /** Its separator is an asterisk row or a Markdown thematic break, with no URL or counter line: a page's own section break first. */
  asteriskOnly: boolean;
  /** The separator's form (`rule:=====`, `url:source`), to recognise the file's joiner at every boundary. */
  sig: string | null;
}

/**
 * Cut the text into lines with offsets. A line ends at LF, CRLF or a lone CR, read as every stage reads them
 * (stages/common/lines.ts lineEndAt): a record's text keeps the line ends it was written with, and a CRLF or classic
 * Mac OS export must cut at the places its LF copy cuts. A form feed ends a line like a newline does when it stands at a
 * line's edge (pdftotext and other exporters write the page break as "\n\f" or "\f\n"). A form feed inside a line, with
 * text on both sides, is a stray control character (a one-paragraph dump whose sentences a form feed glues): a space
 * there, never a page break (the line cleaner, text/blocks.ts, reads it as one).
 */
function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let formFeed = false;
  for (let i = 0; i <= text.length; ) {
    const atEnd = i === text.length;
    const brk = atEnd ? 1 : text.charCodeAt(i) === 12 ? (atLineEdge(text, i) ? 1 : 0) : lineEndAt(text, i);
    if (brk === 0) {
      i++;
      continue;
    }
    const raw = text.slice(start, i);
    lines.push({ start, end: i, text: raw, blank: raw.trim() === "", formFeed, rule: false, url: null, counter: false, mail: false, front: false, markdownBreak: false, prose: false, nested: false, words: 0, pageEnd: false, pageStart: 0 });
    formFeed = !atEnd && text.charCodeAt(i) === 12;
    i += brk;
    start = i;
    if (atEnd) break;
  }
  return lines;
}

/** The form feed at i has a line break, the file's start or end, or another form feed right before or after it. */
function atLineEdge(text: string, i: number): boolean {
  const before = i === 0 ? 10 : text.charCodeAt(i - 1);
  const after = i + 1 >= text.length ? 10 : text.charCodeAt(i + 1);
  return before === 10 || before === 13 || before === 12 || after === 10 || after === 13 || after === 12;
}

const matchesAny = (table: { re: RegExp; unless?: RegExp }[], s: string) => table.some((e) => e.re.test(s) && !e.unless?.test(s));

function classify(lines: Line[], form: MarkdownForm, memo: LineMemo): void {
  // Thematic breaks in any Markdown file; the reading of every `-`/`=` rule under a text line as a setext underline
  // (and no nested list reading) only in one that links like Markdown: a text dump's shell comments ("# copy offsite")
  // look like ATX headings, and its joiner rules may stand right under its text.
  const markdown = form === "links";
  const breaks = form !== null;
  markMailHeaders(lines);
  markFrontMatter(lines);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank || l.mail || l.front) continue;
    if (breaks && THEMATIC_BREAK.test(l.text)) {
      // (a setext underline under a text line, "___" underlining nothing; nor the fence of a single file's front matter)
      const above = lines[i - 1];
      const underline = /^[ \t]*-/.test(l.text) && above !== undefined && !above.blank && !above.formFeed && !l.formFeed;
      // A section break like turndown's "* * *": converters (markdownify, turndown with `hr: "---"`) write every
      // <hr> of a single page so, so its repeating says nothing of a joiner.
      if (!underline && frontMatterAt(lines, i) === null) {
        l.rule = true;
        l.markdownBreak = true;
      }
      continue;
    }
    if (RULE_LINE.test(l.text)) {
      // Directly under a text line, a rule of = or - is that line's heading underline when the file
      // is Markdown, or when it is as long as the line (setext headings in any file).
      const above = lines[i - 1];
      const underText = above !== undefined && !above.blank && !above.formFeed && !l.formFeed;
      const dashes = /^[ \t]*[-=]+[ \t]*$/.test(l.text);
      // (Never under a footer line, outside Markdown: a joiner's rule right under a page's copyright notice may match its length.)
      const underFooter = !markdown && underText && above.text.length <= CHROME_MAX_CHARS && matchesAny(PAGE_END, above.text.trim());
      const underline = dashes && underText && !underFooter && (markdown || Math.abs(l.text.trim().length - above.text.trim().length) <= 2);
      // A row of box-drawing or dash characters right under a text line underlines it (a console table's header, psql
      // or a plain-text heading): column bars above it, a short label or two, or a rule as long as the line. Elsewhere
      // (on a line of its own, under a footer or a sentence) it is a rule.
      const boxUnderline =
        underText && !underFooter && /[═─━—–]/.test(l.text) && (/[│┃║|]/.test(above.text) || above.text.trim().split(/\s+/).length <= 3 || Math.abs(l.text.trim().length - above.text.trim().length) <= 2);
      if (!underline && !boxUnderline) l.rule = true;
      // Asterisk rows are section breaks first, in any file, spaced or not: a story's own "* * *", turndown's <hr>,
      // a Markdown writer's "***" (as "---" is above).
      l.markdownBreak = /^[ \t]*\*/.test(l.text);
      continue;
    }
    const u = URL_LINE.exec(l.text);
    if (u && !ASSET_URL.test(u[2])) l.url = { label: (u[1] ?? "").toLowerCase(), href: u[2] };
    else if (COUNTER_LINE.test(l.text)) l.counter = true;
  }
  // Text lines (not separators, not underlines), tokenised once for the language guess and the classifier.
  const text = lines.filter((l) => !l.blank && !l.mail && !l.front && !l.rule && !RULE_LINE.test(l.text));
  const units = text.map((l) => toLineUnits(l.text)[0]);
  const tokens = units.map((u) => (u ? memo.tokens(u.text) : null));
  const lang = guessStopLanguageOfLines(tokens.filter((t) => t !== null).map((t) => t.ofLower));
  text.forEach((l, k) => {
    const u = units[k];
    const t = tokens[k];
    if (!u || !t) return;
    if ((t.count < PROSE_MIN_WORDS && !CJK.test(u.text)) || mostlyLinks(u.linked)) {
      // Too short, or mostly link text (a menu, a row of teasers): never prose. Spares the
      // classifier (and its residue patterns, slow on long link rows) most chrome lines.
      l.words = t.count;
    } else {
      const c = memo.peek(u, lang, t);
      l.words = c.words;
      l.prose = (c.cls === "good" || c.cls === "near") && c.score > 0;
    }
    if (l.text.length <= CHROME_MAX_CHARS) {
      // A footer line may read as a sentence ("© 2019 Example Media. All rights reserved."), but not a long paragraph.
      l.pageEnd = l.words <= FOOTER_MAX_WORDS && matchesAny(PAGE_END, u.text);
      if (!l.prose) l.pageStart = PAGE_START.find((e) => e.re.test(u.text))?.weight ?? (matchesAny(PAGE_START, u.text) ? W.pageStart : 0);
    }
  });
  // Nested list text (NESTED_INDENT), under a list entry of less indentation.
  if (!markdown) lines.forEach((l, i) => (l.nested = l.prose && NESTED_INDENT.test(l.text) && underListEntry(lines, i)));
}

/**
 * A message's mail header block: an mbox "From " line (mbox files start every message so), a digest's "Message: 3" row,
 * then header fields ("From:", "Subject:", "Date:", "To:", "Message-ID:", "Content-Type:"…, folded lines indented
 * under them), one line after another, with an empty line (or the file's end) under the block. It takes two of From,
 * Subject and Date, and a Subject or a From: a paragraph that opens "Date: Tuesday" is no header. Outside a file that
 * opens with one, a block must open with the mbox line or the digest row. Family: mbox files,
 * mailing-list digests (Mailman, Listserv) and mail exports saved as text, one message after another. A message
 * forwarded inside a message of an mbox file (header fields alone) is no block there.
 */
function markMailHeaders(lines: Line[]): void {
  // Header fields alone (no mbox line, no digest row) count only in a file that opens with such a block: a news story
  // quoting a leaked e-mail's From / Sent / Subject rows is no mail file, and keeps them as its text.
  const first = lines.findIndex((l) => !l.blank);
  const fieldsFile = first >= 0 && !MBOX_FROM.test(lines[first].text) && mailBlockAt(lines, first) !== null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank || (i > 0 && !lines[i - 1].blank)) continue;
    if (!fieldsFile && !MBOX_FROM.test(l.text) && !DIGEST_MESSAGE.test(l.text)) continue;
    const block = mailBlockAt(lines, i);
    if (block === null) continue;
    for (let k = i; k < block; k++) lines[k].mail = true;
    i = block - 1;
  }
}

/**
 * Markdown files joined with their front matter: a YAML block fenced by `---` lines (the closing fence may be `...`),
 * `key: value` rows between (list entries and indented lines continue a key), above every file, the first included.
 * Family: static-site posts (Jekyll, Hugo, Eleventy), notes apps and Markdown exports concatenated into one file. Only
 * in a file that opens with such a block: a `---` further down is a thematic break. A single file's block that names a
 * post (`title`, `date` or `slug`) is its header too, read as each joined file's is (frontHeaderOf); any other single
 * block is left to the text cleaner. A later block counts only where a file starts (no
 * lead-in line right above it, startsFile) and in the first block's form: two of its keys or more, `title`, `date`
 * or `slug` among them. Joined posts repeat their keys; a single post's `---`-fenced note, correction, interview
 * (`Q:` / `A:`) or chat log (`name: words`) repeats none of its front matter's.
 */
function markFrontMatter(lines: Line[]): void {
  const first = lines.findIndex((l) => !l.blank);
  if (first < 0) return;
  const firstEnd = frontMatterAt(lines, first);
  if (firstEnd === null) return;
  const keys = frontKeys(lines, first, firstEnd);
  const blocks: [number, number][] = [[first, firstEnd]];
  // (not inside a fenced code block: a tutorial on static sites shows front matter as an example)
  let code = false;
  for (let i = firstEnd; i < lines.length; i++) {
    if (CODE_FENCE.test(lines[i].text)) code = !code;
    if (code || !FRONT_FENCE.test(lines[i].text)) continue;
    const end = frontMatterAt(lines, i);
    if (end === null) continue;
    if (startsFile(lines, i) && sharesFrontKeys(keys, frontKeys(lines, i, end))) blocks.push([i, end]);
    i = end - 1;
  }
  // (a single file's block counts when it names a post (its title, date or slug) or holds nothing but a site generator's
  // own keys (`layout: post`, `tags: […]`); any other block at a file's start, a `---`-fenced note or key list, is left
  // to the cleaner)
  if (blocks.length < 2 && !POST_KEYS.some((k) => keys.has(k)) && !generatorKeysOnly(lines, first, firstEnd)) return;
  for (const [from, end] of blocks) for (let k = from; k < end; k++) lines[k].front = true;
}
/**
 * Whether the line at `i` stands where a joined file starts: at the text's start, under a blank line or a separator, or
 * right under the previous file's last line (`cat` of files with no empty line at their end), unless that line leads
 * into it (ends with a colon: "the front matter looks like this:", an example).
 */
function startsFile(lines: Line[], i: number): boolean {
  const above = lines[i - 1];
  return above === undefined || above.blank || above.formFeed || !/:[ \t]*$/.test(above.text);
}
/** The lower-cased keys of the front-matter block from `from` to `end` (its fences excluded). */
function frontKeys(lines: Line[], from: number, end: number): Set<string> {
  const keys = new Set<string>();
  for (let k = from + 1; k < end - 1; k++) {
    const m = /^([A-Za-z_][\w-]{0,40}):/.exec(lines[k].text);
    if (m) keys.add(m[1].toLowerCase());
  }
  return keys;
}
/**
 * Whether every key of the block from `from` to `end` is one a static-site generator reads for its templates, written
 * as generators' files write them (lower case): `layout`, `tags`, `draft`… A fenced note or an info box at a text's
 * start ("Update: …", "Venue: …") names other things.
 */
function generatorKeysOnly(lines: Line[], from: number, end: number): boolean {
  let keys = 0;
  for (let k = from + 1; k < end - 1; k++) {
    const m = /^([A-Za-z_][\w-]{0,40}):/.exec(lines[k].text);
    if (m === null) continue;
    if (!GENERATOR_KEYS.has(m[1])) return false;
    keys++;
  }
  return keys > 0;
}
/** Front-matter keys of site generators' templates and taxonomies (Jekyll, Hugo, Eleventy), none of them a post's header. */
const GENERATOR_KEYS = new Set(["layout", "tags", "categories", "category", "draft", "permalink", "aliases", "weight", "lang", "comments", "keywords", "series", "toc", "sitemap", "menu", "template", "excerpt_separator"]);
/** Keys that name a post (its header's): a later block in the first one's form repeats one of them. */
const POST_KEYS = ["title", "date", "slug"];
/** Whether a later block is in the first block's form: two shared keys or more, one of them a post's. */
function sharesFrontKeys(first: Set<string>, later: Set<string>): boolean {
  let shared = 0;
  for (const k of later) if (first.has(k)) shared++;
  return shared >= 2 && POST_KEYS.some((k) => first.has(k) && later.has(k));
}
/** A Markdown code fence, opening or closing ("```", "~~~", with or without a language). */
const CODE_FENCE = /^[ \t]{0,3}(?:```|~~~)/;
/** A front-matter fence: three dashes alone (or three dots, closing). */
const FRONT_FENCE = /^---[ \t]*$/;
const FRONT_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** A front-matter row: a YAML key and its value, a list entry or an indented line under a key. */
const FRONT_ROW = /^(?:[A-Za-z_][\w-]{0,40}:(?:[ \t].*)?|[ \t]+\S.*|-[ \t].*)$/;
/** Rows at most of one front-matter block. */
const FRONT_ROWS = 60;

/** The line after the front-matter block opening at `i` (after its closing fence), or null when none opens there. */
function frontMatterAt(lines: Line[], i: number): number | null {
  if (!FRONT_FENCE.test(lines[i].text)) return null;
  let keys = 0;
  for (let k = i + 1; k < lines.length && k - i <= FRONT_ROWS; k++) {
    const t = lines[k].text;
    if (FRONT_CLOSE.test(t)) return keys > 0 ? k + 1 : null;
    if (lines[k].blank || !FRONT_ROW.test(t)) return null;
    if (/^[A-Za-z_]/.test(t)) keys++;
  }
  return null;
}

/** Header fields of a mail header block (markMailHeaders), by name. */
const MAIL_FIELD = /^(from|to|cc|bcc|subject|date|sent|reply-to|in-reply-to|references|message-id|message|mime-version|content-type|content-transfer-encoding|return-path|received|list-id|organization|x-[a-z0-9-]{1,40})[ \t]*:[ \t]*(.*)$/i;
/** A mailing-list digest's row above each message ("Message: 3"). */
const DIGEST_MESSAGE = /^Message:[ \t]*\d{1,5}[ \t]*$/i;
/** The line mbox writes above every message: "From " (no colon), an address or name, then a date. */
const MBOX_FROM = /^From \S{1,200} +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/;
/** Lines at most of one header block (a real message's Received and DKIM fields, folded, run to dozens). */
const MAIL_BLOCK_LINES = 200;

/** The line after the mail header block opening at `i` (its empty line under it), or null when none opens there. */
function mailBlockAt(lines: Line[], i: number): number | null {
  const named = new Set<string>();
  let k = i;
  if (MBOX_FROM.test(lines[k].text)) k++;
  for (; k < lines.length && k - i < MAIL_BLOCK_LINES; k++) {
    const t = lines[k].text;
    if (lines[k].blank) break;
    const m = MAIL_FIELD.exec(t);
    if (m) named.add(m[1].toLowerCase());
    // (a folded line continues the field above it)
    else if (!(/^[ \t]/.test(t) && named.size > 0)) return null;
  }
  if (k < lines.length && !lines[k].blank) return null;
  const core = ["from", "subject", "date"].filter((f) => named.has(f)).length;
  return core >= 2 && (named.has("subject") || named.has("from")) ? k : null;
}

/** What the mail header block or the front matter among `consumed` lines (the lines a boundary takes) gives, or null. */
function headerOf(lines: Line[], consumed: number[]): MailHeader | null {
  return consumed.some((k) => lines[k].front) ? frontHeaderOf(lines, consumed) : mailHeaderOf(lines, consumed);
}

/** The title, author and date the front matter among `consumed` lines declares (stories-front.ts frontMatterHeader). */
function frontHeaderOf(lines: Line[], consumed: number[]): MailHeader {
  return frontMatterHeader(consumed.filter((k) => lines[k].front && !FRONT_CLOSE.test(lines[k].text)).map((k) => lines[k].text));
}

/** The subject, sender and date of the mail header block among `consumed` lines (the lines a boundary takes), or null. */
function mailHeaderOf(lines: Line[], consumed: number[]): MailHeader | null {
  const fields = new Map<string, string>();
  for (const k of consumed) {
    const m = lines[k].mail ? MAIL_FIELD.exec(lines[k].text) : null;
    if (m && !fields.has(m[1].toLowerCase())) fields.set(m[1].toLowerCase(), m[2].trim());
  }
  if (fields.size === 0) return null;
  // "[list-name] Subject": the list's tag is no part of the title.
  const subject = decodeEncodedWords(fields.get("subject") ?? "")?.replace(/^(?:\[[^\]]{1,60}\]\s*)+/, "").trim() || null;
  const date = fields.get("date") ?? fields.get("sent");
  return { title: subject, author: senderName(fields.get("from") ?? ""), published: date ? (parseDateline(date)?.iso ?? null) : null, from: "mail" };
}

/**
 * The sender's name of a From field ("Ann Wells <ann@example.org>", "\"Wells, Ann\" <…>", "ann@example.org (Ann Wells)",
 * "=?UTF-8?Q?…?= <…>"), decoded and without quotes or a list's " via name" (mail-words.ts displayName), null for an
 * address alone.
 */
function senderName(from: string): string | null {
  const angle = /^([^<>]{1,200}?)\s*<[^<>]{1,200}>$/.exec(from);
  const paren = /^\S{1,200}@\S{1,200}\s+\(([^()]{1,80})\)$/.exec(from);
  return displayName(angle?.[1] ?? paren?.[1] ?? "");
}

/**
 * The indentation html-to-text gives the text of a list entry nested in another (" * Shop\n   * Templates\n     Our
 * templates …"): five columns or more, or the nested entry's own bullet three or four columns in. A paragraph so deep
 * in a list is a mega-menu's blurb, a sidebar's latest-comments widget or a nested comment reply, never an article's
 * body (in the tune half of extraction-dev, none of the 51 long lines so indented and none of the 20 long nested
 * entries of the text dumps is article text).
 * Family: mega-menus with product or section blurbs, threaded comment replies, in html-to-text dumps; innerText prints
 * no indentation, and Markdown (turndown) indents a list's own paragraphs so, so Markdown files keep them.
 */
const NESTED_INDENT = /^(?: {5}|\t {3}|\t\t| {3,4}[*•·+-] )/;
/** A list entry as renderers print one: a bullet or an ordered list's number after its indentation. */
const LIST_ENTRY = /^[ \t]*(?:[*•·+-]|\d{1,3}[.)])[ \t]/;
/** Lines looked at above a nested line for its parent entry. */
const PARENT_LINES = 60;
/** A bulleted list entry (no number): the only parent whose nested text html-to-text sets at its text column. */
const BULLET_ENTRY = /^[ \t]*[*•·+-][ \t]/;
/** Leading whitespace, counted without copying the line (the parent walk looks back up to PARENT_LINES lines per line). */
const indentOf = (t: string) => {
  const n = t.search(/\S/);
  return n < 0 ? t.length : n;
};

/**
 * Whether the first line above `i` indented less than it is a list entry: the line is the text of a nested entry, not a
 * paragraph of a dump that indents all its text (a typewriter-style or layout export, whose paragraphs sit under a
 * headline at the margin).
 */
function underListEntry(lines: Line[], i: number): boolean {
  const own = indentOf(lines[i].text);
  for (let k = i - 1; k >= 0 && k >= i - PARENT_LINES; k--) {
    if (lines[k].blank) continue;
    if (indentOf(lines[k].text) < own) {
      // html-to-text sets a nested entry's text (or its own bullet) at its parent entry's text column, no deeper.
      // (Text five columns in under " 10. ": an ordered list's own item text, not a nested entry's.)
      const m = LIST_ENTRY.exec(lines[k].text);
      return m !== null && m[0].length === own && (BULLET_ENTRY.test(lines[i].text) || BULLET_ENTRY.test(lines[k].text));
    }
  }
  return false;
}

/** Whether most of a Markdown line's characters are link text or addresses. */
function mostlyLinks(linked: string): boolean {
  if (!linked.includes("](")) return false;
  const rest = withoutMarkdownLinks(linked);
  return rest.replace(/[\s|/,·•*>-]/g, "").length * 2 < linked.length - rest.length;
}

/** An ATX heading ("# Title", "## Section"): no text renderer writes one (html-to-text capitalises, innerText prints the text). */
const ATX_HEADING_ALL = /^ {0,3}#{1,6}[ \t]+\S/gm;
/** How a file shows itself Markdown: it links like Markdown ("links", `[text](url)` several times), only heads its sections so ("headings", two ATX headings or more), or neither. */
type MarkdownForm = "links" | "headings" | null;
function markdownForm(text: string): MarkdownForm {
  let n = 0;
  for (let i = text.indexOf("]("); i >= 0 && n < 3; i = text.indexOf("](", i + 2)) n++;
  if (n >= 3) return "links";
  ATX_HEADING_ALL.lastIndex = 0;
  let h = 0;
  while (h < 2 && ATX_HEADING_ALL.exec(text) !== null) h++;
  return h >= 2 ? "headings" : null;
}

/**
 * A Markdown thematic break of three or four characters ("---", "- - -", "___", "_ _ _"), which RULE_LINE (five or
 * more) does not take. Family: Markdown exports and notes joined into one file (markdownify, Obsidian, static-site
 * posts, hand-written digests), whose writers put `---` between stories as text exports put a longer rule. Only in a
 * Markdown file (in a text dump three dashes are a table's empty cell or a score's placeholder as often), and a row of
 * `-` directly under a text line is that line's setext heading underline, no break. (Each character takes its own
 * trailing blanks, so no two runs of blanks meet: a long line of blanks is read once, not once per blank.)
 */
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,4}|(?:_[ \t]*){3,4})$/;

/** The key of a line for comparing repeated chrome: letters and digits, lower-cased. */
const keyOf = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** A separator or URL line written between pages (a URL line counts when it stands after a break). */
function isJoinerLine(lines: Line[], i: number): boolean {
  const l = lines[i];
  if (l.rule || l.mail || l.front) return true;
  if (!l.url && !l.counter) return false;
  const prev = lines[i - 1];
  return !prev || prev.blank || prev.rule || l.formFeed;
}

/** Every line a story could start at (after a blank line, a separator, a URL line or a form feed), with its separator cues. */
function findCandidates(lines: Line[], separatorsOnly: boolean): { candidates: Candidate[]; lead: number[] } {
  const candidates: Candidate[] = [];
  let lead: number[] = [];
  let headerLabel: string | null = null;
  let headerCounter = false;
  let headerMail = false;
  let headerMbox = false;
  // Mail header blocks of the file by form: opening with an mbox "From " line, or with header fields alone.
  const mailForms = { mbox: 0, fields: 0 };
  lines.forEach((l, i) => {
    if (l.mail && (i === 0 || !lines[i - 1].mail)) mailForms[MBOX_FROM.test(l.text) ? "mbox" : "fields"]++;
  });
  for (let j = 0; j < lines.length; j++) {
    const l = lines[j];
    if (l.blank || isJoinerLine(lines, j)) continue;
    const prev = lines[j - 1];
    // (Nor under a text line, unless that line is a footer, a copyright notice, and a story header opens right
    // under it: wire and agency dumps write each story's notice, then the next headline, with no blank line.)
    if (prev && !prev.blank && !isJoinerLine(lines, j - 1) && !l.formFeed && !(prev.pageEnd && opensStoryAt(lines, j) !== null)) continue;
    // "](/address)" closes a Markdown link opened lines above (a card whose text spans blank lines): never a story start.
    if (/^\s*\]\(/.test(l.text)) continue;
    const consumed: number[] = [];
    let blanks = 0;
    let formFeed = l.formFeed;
    let url: string | null = null;
    let urlLabel: string | null = null;
    let rule: string | null = null;
    let ruleUnderText = false;
    let counter = false;
    let mail = false;
    let mbox = false;
    let front = false;
    let markdownBreak = false;
    /** The URL line sits under the separator (a story's address header), not above it (a link closing the text before). */
    let urlUnderRule = false;
    let urlLine = -1;
    let k = j - 1;
    for (; k >= 0; k--) {
      const b = lines[k];
      if (!b.blank && !isJoinerLine(lines, k)) break;
      if (b.formFeed) formFeed = true;
      if (b.blank) {
        // Only empty lines count: a line of indentation is the renderer's own layout (a list item continued).
        if (b.text === "" || b.text === "\r") blanks++;
        continue;
      }
      consumed.unshift(k);
      if (b.mail) {
        mail = true;
        mbox = MBOX_FROM.test(b.text);
      }
      else if (b.front) front = true;
      else if (b.counter) counter = true;
      else if (b.rule) {
        markdownBreak ||= b.markdownBreak;
        rule ??= b.text.trim();
        if (lines[k - 1] && !lines[k - 1].blank) ruleUnderText = true;
      } else if (url === null) {
        url = b.url!.href;
        urlLabel = b.url!.label;
        urlUnderRule = rule === null;
        urlLine = k;
      }
    }
    if (k < 0) {
      // Nothing above: the file's first story; a URL line above it is the file's header format.
      if (candidates.length === 0 && lead.length === 0) {
        lead = consumed;
        headerLabel = urlLabel;
        headerCounter = counter;
        headerMail = mail;
        headerMbox = mbox;
      }
      continue;
    }
    const cues: string[] = [];
    let score = 0;
    if (formFeed) {
      score += W.formFeed;
      cues.push("form-feed");
    }
    let urlCue = false;
    if (url !== null) {
      const header = headerLabel !== null && urlLabel === headerLabel;
      // Not the file's header form: no cue for an embed's address, nor for one of a list of addresses (a page's own links).
      if (header || !(EMBED_URL.test(url) || inUrlList(lines, urlLine))) {
        urlCue = true;
        score += header ? W.urlHeader : W.urlLine;
        cues.push(header ? "url-header" : "url-line");
      }
    }
    if (counter) {
      score += headerCounter ? W.urlHeader : W.counter;
      cues.push(headerCounter ? "counter-header" : "counter");
    }
    // A message's mail header: the file's header format when its first message opens with one (an mbox file, a mail
    // export), else a digest's message under its separator (weighed like a counter line).
    // (In the first message's form: an mbox file writes its "From " line above every message, never above a message
    // forwarded inside one.)
    if (mail) {
      // (or, under a digest's own preamble, in the form two messages of the file or more share: a mailing-list digest)
      const header = headerMail ? mbox === headerMbox : (mbox ? mailForms.mbox : mailForms.fields) >= 2;
      score += header ? W.urlHeader : W.counter;
      cues.push(header ? "mail-header" : "mail");
    }
    // A Markdown file's front matter above the story: the file's header format (markFrontMatter), as a URL header is.
    if (front) {
      score += W.urlHeader;
      cues.push("front-matter");
    }
    if (rule !== null) {
      score += markdownBreak ? W.markdownBreak : W.rule;
      cues.push("rule");
      // (not an asterisk row: typed in a page's own text, under its paragraph, as often as between stories)
      if (ruleUnderText && !markdownBreak) {
        score += W.ruleUnderText;
        cues.push("rule-under-text");
      }
    }
    if (!separatorsOnly && blanks > 1) {
      score += Math.min(blanks - 1, rule !== null ? W.blankRunCapRule : W.blankRunCap) * W.blankLine;
      cues.push(`blank-run:${blanks}`);
    }
    // (An address that got no cue, an embed's or one of a list of the page's own links, is no joiner's form either: a
    // forum post or reading list citing addresses in two places, a page apart, is no file joined at URL lines.)
    const sig = front ? "front" : rule !== null ? (markdownBreak ? null : `rule:${rule}`) : url !== null ? (urlCue ? `url:${urlLabel}` : null) : counter ? "counter" : mail ? "mail" : null;
    let tight = 0;
    for (let t = (consumed.length > 0 ? consumed[0] : j) - 1; t >= 0 && (lines[t].text === "" || lines[t].text === "\r"); t--) tight++;
    candidates.push({ line: j, consumed, url, score, cues, sig, hard: score >= HARD_SCORE, blanks, tight, asteriskOnly: markdownBreak && !counter && (url === null || !urlUnderRule) });
  }
  return { candidates, lead };
}

/** Whether the URL line at `i` follows another URL line (blank lines between): a list of a page's own links. */
function inUrlList(lines: Line[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && lines[k].blank) k--;
  return k >= 0 && lines[k].url !== null;
}

/**
 * The first line near a boundary that `test` accepts, or null: the non-blank lines from `from`
 * in direction `step`, at most `limit` of them, up to the second prose line (footers come after
 * the body and chrome before it; one prose line may be a cookie notice or a legal line), never
 * across a separator going forward.
 */
function nearLine(lines: Line[], from: number, step: 1 | -1, limit: number, test: (l: Line) => boolean): Line | null {
  let seen = 0;
  let prose = 0;
  for (let i = from; i >= 0 && i < lines.length && seen < limit; i += step) {
    const l = lines[i];
    if (l.blank || (l.rule && step < 0)) continue;
    if (l.rule || (l.url && i > from) || (l.prose && ++prose > 1)) break;
    seen++;
    if (test(l)) return l;
  }
  return null;
}

/**
 * Whether the lines at `line` open with a page's taxonomy list: a tag, topic, place or category label
 * (TAXONOMY_LABEL), then a short entry that is no prose (cue taxonomyList). Family: wire stories' tag and
 * location lists under their copyright notice, blogs' category columns after a footer's legal links.
 */
function opensTaxonomyList(lines: Line[], line: number): boolean {
  const isLabel = (l: Line | undefined) => l !== undefined && !l.prose && TAXONOMY_LABEL.test(l.text);
  const isEntry = (l: Line | undefined) => l !== undefined && !l.prose && !l.rule && l.words > 0 && l.words <= MENU_ENTRY_WORDS;
  let k = line + 1;
  while (k < lines.length && lines[k].blank) k++;
  if (isLabel(lines[line])) return isEntry(lines[k]);
  // (or the list's first entry, its label right above: the cut would part a label from its list)
  let p = line - 1;
  while (p >= 0 && lines[p].blank) p--;
  return p >= 0 && isLabel(lines[p]) && isEntry(lines[line]) && opensStoryAt(lines, line) === null;
}

/**
 * Whether the lines at `line` open with a navigation menu: of the first MENU_LINES + 1 lines, at
 * least MENU_LINES are short entries (or Markdown lines of links and images only, such as a logo),
 * and none is prose.
 */
function opensWithMenu(lines: Line[], line: number): boolean {
  let seen = 0;
  let entries = 0;
  let shares = 0;
  for (let i = line; i < lines.length && seen <= MENU_LINES; i++) {
    const l = lines[i];
    if (l.blank) continue;
    if (l.rule || l.prose) return false;
    // (A share control fills no menu with other lines, and takes no menu line's place: a story's share row beside its
    // byline, headline or label is no page's menu, and a site header printing its social links above its navigation
    // still opens with a menu. A bar of share controls alone, MENU_LINES of them, opens a page as a menu does: a
    // joined page of another site may open with one.)
    if (SHARE_CONTROL.test(l.text)) {
      if (++shares >= MENU_LINES) return true;
      continue;
    }
    seen++;
    const linksOnly = l.text.includes("](") && withoutMarkdownLinks(l.text).replace(/[*\s-]/g, "") === "";
    if (linksOnly || (l.words > 0 && l.words <= MENU_ENTRY_WORDS && !/[.!?:]\s*$/.test(l.text))) entries++;
  }
  return entries >= MENU_LINES || shares >= MENU_LINES;
}

/**
 * Whether a story header opens at `line`: a headline-like line, then a dateline or byline within
 * STORY_HEADER_LINES lines, then prose. The headline may come after up to STORY_LEAD_LINES kicker
 * lines (a promo strip, a section label: short, not a sentence, not a list entry; isKicker), and
 * then its header must be a byline or date row (no wire lead); the prose may come after up to
 * STORY_CAPTION_LINES lines under the dateline (a photo caption and its credit, one block with it).
 * Family: article pages of every renderer, whose header is wrapped in a line or two of chrome.
 * Narrowed (eval:split "single web pages, text"): as first written, kickers of any shape and
 * captions across blank gaps cut 9 and 5 single web pages' extra articles (comment lists, teaser rows).
 */
function opensStory(lines: Line[], line: number, headerAt: HeaderAt = (i, needRow) => opensStoryAt(lines, i, needRow)): boolean {
  let lead = 0;
  for (let i = line; i < lines.length && lead <= STORY_LEAD_LINES; i++) {
    const l = lines[i];
    if (l.blank) continue;
    if (l.rule || l.url || l.prose) return false;
    if (headerAt(i, lead > 0) !== null) return true;
    if (!isKicker(l)) return false;
    lead++;
  }
  return false;
}

/**
 * A paragraph that opens with a wire dateline (WIRE_DATELINE, "HARBOURTOWN, March 5 (Coastal Wire) - …"):
 * the dateline, or null. With no headline above it, it opens a bare wire item; it counts as a story
 * header only in a file that opens the same way (scoreChrome's digest test): inside one story, no later
 * paragraph opens with a dateline. Family: wire and agency dumps of headline-less items, press digests.
 */
function wireLeadAt(lines: Line[], i: number): string | null {
  const l = lines[i];
  return l && l.prose && l.words >= PROSE_MIN_WORDS ? (WIRE_DATELINE.exec(l.text.trim())?.[0] ?? null) : null;
}

/**
 * A dateline or byline row with no headline above it and prose right under it ("5 March 2024", "Posted on
 * …", "By Jane Roe"): the header of a bare entry, or null. Like a wire lead it counts only in a file that
 * opens the same way, and the entries' rows must differ (scoreChrome's digest test: a live blog repeats one
 * author's line). Family: diary and blog-archive exports, dated news-in-brief lists, three or more entries
 * (BARE_DIGEST_MIN_STORIES); an "Updated …" row (UPDATE_ROW) is the story's own revision, never an entry's header.
 */
function headerRowLeadAt(lines: Line[], i: number): string | null {
  const l = lines[i];
  if (!l || l.blank || l.prose || l.rule || l.url) return null;
  let k = i + 1;
  while (k < lines.length && lines[k].blank) k++;
  if (k >= lines.length || !lines[k].prose) return null;
  const t = rowTextAt(lines, i);
  return isHeaderRow(t) && !UPDATE_ROW.test(t) ? t : null;
}

/**
 * When the line at `line` is a page's title printed over its page (a single line of a headline's size, no prose, no
 * chrome: "Ferry orders two boats | Vale Courier"), the next non-blank line (where the page itself opens), else null.
 * The site's header under it repeats at every page of the file while each title differs (cue repeatedHeader). Family:
 * exporters and "save all tabs" tools that write each page's <title> above its text, joined by one blank line, any
 * renderer.
 */
function titleLineAbove(lines: Line[], line: number): number | null {
  const l = lines[line];
  if (l.prose || l.rule || l.url || l.pageStart > 0 || l.pageEnd || l.words < 3 || l.words > 30) return null;
  let k = line + 1;
  while (k < lines.length && lines[k].blank) k++;
  return k < lines.length ? k : null;
}

/**
 * The site's name at the end of a page's title line, keyed (keyOf), or null: the part after its last separator
 * (a spaced "|", "–", "—" or "-", or a colon: "Ferry orders two boats | Vale Courier", "… – Vale Courier"), at most
 * TITLE_SITE_WORDS words. Family: <title> lines of one site's pages, which share it.
 */
function siteSuffix(text: string): string | null {
  const parts = text.trim().split(TITLE_SEPARATOR);
  if (parts.length < 2) return null;
  const site = parts[parts.length - 1];
  const key = keyOf(site);
  return key !== "" && site.split(/\s+/).length <= TITLE_SITE_WORDS ? key : null;
}
const TITLE_SEPARATOR = /\s[|–—-]\s|:\s/u;
/** Words at most of a site's name after a title line's separator. */
const TITLE_SITE_WORDS = 8;

/** Non-blank lines at most of a preamble above a file's first story (preambleEnd): fewer than a menu's (MENU_LINES). */
const PREAMBLE_LINES = MENU_LINES - 1;

/**
 * The line of the first story header under a file's preamble, or null: up to PREAMBLE_LINES short lines that are no
 * prose, no page chrome, footer or menu (an export's own title lines: the blog's or column's name, its author, "Exported
 * on 10 May 2024", "3 posts"), then a story header at its own line. Family: one author's posts exported from a blog,
 * newsletter or column archive, and press-cutting exports, whose tool writes a few lines of its own above the first
 * story; a web page opens with its masthead and menu (MENU_LINES short lines or more, chrome lines) instead.
 */
function preambleEnd(lines: Line[], first: number, headerAt: HeaderAt): number | null {
  let sentence = false;
  for (let i = first, seen = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) continue;
    if (seen > 0 && headerAt(i, false) !== null) return i;
    // One short sentence under the masthead: a contents line, or a one-line brief (its headline a short line above it),
    // too short for a story of its own. It goes to the audit with the preamble (firstDigestStory), whole. Family:
    // newsletters and wire digests that open with a one-line item before their first full story.
    if (l.prose && !sentence && seen > 0 && l.words <= PREAMBLE_PROSE_WORDS && !l.pageEnd && l.pageStart === 0) {
      sentence = true;
      continue;
    }
    // (a rule under the masthead, its title lines or its brief, is the preamble's own: it sets the first story off)
    if (l.rule && seen > 0) continue;
    if (++seen > PREAMBLE_LINES || l.prose || l.rule || l.url || l.pageStart > 0 || l.pageEnd || l.words > MENU_ENTRY_WORDS * 2) return null;
  }
  return null;
}

/** opensStoryAt over one file's lines (scoreChrome memoises it: a candidate's header is asked for twice). */
type HeaderAt = (line: number, needRow: boolean) => string | null;

/**
 * The text of the line at `i` as a header row: trimmed, and without its list bullet when the entry is a header's meta
 * row. Renderers print a header's byline and date as list entries when the page marks them up as a list (" * By Jane
 * Roe", " * 5 March 2024"; html-to-text, innerText and turndown alike): the row is still the story's byline or date,
 * never a headline of its own (a headline over a bulleted byline was left with the story before it). Family: article
 * headers whose meta rows are <ul>/<li> items. A bulleted entry sheds its bullet only when it is a date row itself, or
 * sits next to a bulleted date row (the byline of that meta list): a lone bulleted "By Air" or "By the Harbour" is a
 * travel or how-to piece's list entry, no byline, and keeps its bullet (so no header row).
 */
function rowTextAt(lines: Line[], i: number): string {
  const t = lines[i].text.trim();
  const bare = t.replace(ROW_BULLET, "");
  if (bare === t || bulletedDateRow(bare)) return bare;
  for (const step of [-1, 1]) {
    let k = i + step;
    while (k >= 0 && k < lines.length && lines[k].blank) k += step;
    if (k < 0 || k >= lines.length) continue;
    const n = lines[k].text.trim();
    const nb = n.replace(ROW_BULLET, "");
    if (nb !== n && bulletedDateRow(nb)) return bare;
  }
  return t;
}
const ROW_BULLET = /^[*•·+-][ \t]+/;
/** Whether a list entry's text (its bullet gone) is a date row: a dateline, or a dateline opener with a relative time. */
const bulletedDateRow = (t: string) => t.length <= 140 && (parseDateline(t) !== null || (DATELINE_OPENER.test(t) && RELATIVE_TIME.test(t)));

/** A byline or dateline row under a headline. */
function isHeaderRow(t: string): boolean {
  const timed = DATELINE_OPENER.test(t) && RELATIVE_TIME.test(t);
  return t.length <= 140 && (BYLINE_OPENER.test(t) || timed || parseDateline(t) !== null || parseByline(t) !== null);
}

/** Characters at most of a kicker or promo line above a headline (a section label, a promo strip: not a paragraph). */
const KICKER_MAX_CHARS = 60;
/**
 * A line that may stand above a headline as its kicker or promo strip: short, not a sentence (no
 * closing stop, colon or comma), not a numbered or bulleted list entry (a comment list, a menu).
 */
function isKicker(l: Line): boolean {
  const t = l.text.trim();
  return t.length <= KICKER_MAX_CHARS && !/[.!?:;,…]$/.test(t) && !/^(?:\d{1,3}[.)]|[-*•·])\s/.test(t);
}

/**
 * A headline at `line` exactly, then its dateline or byline (before any prose: a paragraph between
 * them is a teaser's or a comment's, not a header), then prose (after a caption at most): the
 * dateline or byline line (its wire dateline for a wire lead, unless `needRow`), or null.
 */
function opensStoryAt(lines: Line[], line: number, needRow = false): string | null {
  const head = lines[line];
  if (!head || head.prose || head.words < 3 || head.words > 30 || /[.,;:]$/.test(head.text.trim())) return null;
  // A byline or dateline row is no headline: "By Jane Roe" over the date row is the header of the headline above it.
  if (isHeaderRow(rowTextAt(lines, line))) return null;
  let seen = 0;
  let header = 0;
  let headerText = "";
  let gap = false;
  for (let i = line + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) {
      gap = header > 0;
      continue;
    }
    if (l.rule || l.url) return null;
    seen++;
    if (header === 0) {
      if (seen > STORY_HEADER_LINES) return null;
      const t = l.text.trim();
      // A wire dateline opening the first paragraph: the dateline and the prose in one line.
      const wire = !needRow && seen === 1 && l.words >= PROSE_MIN_WORDS ? WIRE_DATELINE.exec(t) : null;
      if (wire) return wire[0];
      if (isHeaderRow(rowTextAt(lines, i))) {
        header = seen;
        headerText = t;
      } else if (l.prose) return null;
      continue;
    }
    if (l.prose) return headerText;
    // A second header row (the date under the byline, set off or not) still belongs to the header.
    if (isHeaderRow(rowTextAt(lines, i))) {
      header = seen;
      gap = false;
      continue;
    }
    // A caption and its credit sit right under the dateline, one block: a line after a gap is another block (a teaser's headline).
    if (seen - header > STORY_CAPTION_LINES || gap) return null;
  }
  return null;
}

/**
 * Weighs every candidate's cues of page chrome and of a digest's stories. Returns the line of a digest's first story
 * when it sits under a preamble (preambleEnd) and the file was found a digest, else null.
 */
function scoreChrome(lines: Line[], candidates: Candidate[], separatorsOnly: boolean): number | null {
  // The same separator at two or more boundaries: the file's joiner.
  // Occurrences count apart only with a page's worth of prose between them: a page's own rules come
  // in clusters (around a box, a dialog, a footer section), a joiner's are a page apart.
  const sigCount = new Map<string, number>();
  const lastAt = new Map<string, number>();
  const proseBefore = new Int32Array(lines.length + 1);
  lines.forEach((l, i) => (proseBefore[i + 1] = proseBefore[i] + (l.prose ? l.words : 0)));
  for (const c of candidates) {
    if (!c.sig) continue;
    const prev = lastAt.get(c.sig);
    if (prev === undefined || proseBefore[c.line] - proseBefore[prev] >= SIG_APART_WORDS) sigCount.set(c.sig, (sigCount.get(c.sig) ?? 0) + 1);
    lastAt.set(c.sig, c.line);
  }
  for (const c of candidates) {
    // URL lines only count as the file's joiner in its header form (above every page, the first included).
    if (c.sig && (sigCount.get(c.sig) ?? 0) >= 2 && !c.cues.includes("url-line")) {
      c.score += W.repeatedSeparator;
      c.cues.push("repeated-separator");
    }
  }
  if (separatorsOnly) {
    // A record's text: a repeated separator with a story header after it (a digest of stories in one field).
    for (const c of candidates) {
      if (c.cues.includes("repeated-separator") && opensStory(lines, c.line)) {
        c.score += W.storyStart;
        c.cues.push("story-start");
      }
    }
    // (and, below, a digest of three stories or more under headers of their own: no page chrome cue is weighed there)
  }
  // A page header printed again at another boundary (or at the top of the file): one site's chrome.
  const headKey = (line: number): string | null => {
    const parts: string[] = [];
    for (let i = line; i < lines.length && parts.length < REPEAT_LINES; i++) {
      const l = lines[i];
      if (l.blank) continue;
      if (l.prose || l.rule) return null;
      parts.push(keyOf(l.text));
    }
    return parts.length === REPEAT_LINES && parts.join("").length > 0 ? parts.join("\n") : null;
  };
  // Compared with the top of the file: the first page's header, printed again above every page of the same site.
  const firstContent = lines.findIndex((l) => !l.blank && !l.rule && !l.url);
  const top = firstContent >= 0 ? headKey(firstContent) : null;
  const topFirst = top === null ? null : top.slice(0, top.indexOf("\n"));
  // ...or under a title line of each page's own (titledHeader): the site's header repeated under every page's title.
  const underTitle = (line: number): string | null => {
    const next = titleLineAbove(lines, line);
    return next === null ? null : headKey(next);
  };
  const topUnder = firstContent >= 0 ? underTitle(firstContent) : null;
  // ...and the title line is a page's: it ends with the first title line's site name ("… | Vale Courier"), or a story
  // header opens right under the repeated block. A page's footer repeats its menu under a line of its own too ("More
  // from the newsroom"), and what follows is the page's own tail, not a page.
  const topSite = topUnder !== null ? siteSuffix(lines[firstContent].text) : null;
  const titledPage = (line: number): boolean => {
    if (topSite !== null && siteSuffix(lines[line].text) === topSite) return true;
    let k = titleLineAbove(lines, line) ?? lines.length;
    for (; k < lines.length && !lines[k].blank; k++) if (lines[k].prose) return false;
    while (k < lines.length && lines[k].blank) k++;
    return k < lines.length && opensStory(lines, k, headerAt);
  };
  const opening: Candidate[] = [];
  // (its header at its first line: kicker lines above it would be the chrome a web page opens with)
  // opensStoryAt per line without needRow, asked for by the story-start cue and again by the digest test.
  const headers0 = new Map<number, string | null>();
  const headerAt: HeaderAt = (i, needRow) => {
    if (needRow) return opensStoryAt(lines, i, true);
    let h = headers0.get(i);
    if (h === undefined) headers0.set(i, (h = opensStoryAt(lines, i)));
    return h;
  };
  // A story opens a digest with its header, or (a wire dump of bare items) with a wire dateline lead and no headline;
  // in a file of bare entries (it opens with a dateline or byline row, no headline) each entry opens with such a row.
  // (A wire lead or row under a headline is that headline's story: the story opens at the headline.)
  const headlineAbove = (i: number) => {
    let k = i - 1;
    while (k >= 0 && lines[k].blank) k--;
    return k >= 0 && headerAt(k, false) !== null;
  };
  // The file's first story: at its first line, or under a short preamble (an export's own title lines, preambleEnd).
  const preambled = firstContent >= 0 && headerAt(firstContent, false) === null ? preambleEnd(lines, firstContent, headerAt) : null;
  const firstStory = preambled ?? firstContent;
  const headed = firstStory >= 0 && headerAt(firstStory, false) !== null;
  const bareRows = !headed && firstStory >= 0 && headerRowLeadAt(lines, firstStory) !== null;
  // A header block with a bare clock-time row (CLOCK_ONLY) between its first line and the prose: a live blog's entry, never a story.
  const liveEntry = (i: number) => headerRow(lines, i, false, (t) => CLOCK_ONLY.test(t) || null) !== null;
  // (bare: the entry opens with no headline, a wire lead or a date or byline row)
  let bare = 0;
  const storyHeader = (i: number) => {
    if (liveEntry(i)) return null;
    const h = headerAt(i, false);
    if (h !== null || headlineAbove(i)) return h;
    const lead = wireLeadAt(lines, i) ?? (bareRows ? headerRowLeadAt(lines, i) : null);
    if (lead !== null) bare++;
    return lead;
  };
  // Header keys: clock times dropped (rows of one day that differ only by the hour are one story's). The key is the
  // story's whole header block (its byline and its date row), not its first row alone: one author's posts of
  // different days, each under its own headline ("By Jane Roe" over "5 March 2024", then over "12 March 2024"), are a
  // blog archive's or a columnist's dump of several stories; one author's rows of one day stay one live blog's entries.
  // Family: blog and column archives exported to text, one author's dated posts joined by rules or empty lines.
  const headerKey = (h: string, at: number) => {
    const rows: string[] = [];
    for (const t of headerBlockRows(lines, at, true)) {
      if (!isHeaderRow(t) || UPDATE_ROW.test(t)) continue;
      // A date row by its day, a byline by its name; a relative time ("Posted 2 hours ago") gives neither: a live blog's rows differ so.
      // (A row may hold both, "By Jane Roe, 5 March 2024".)
      const d = parseDateline(t);
      const name = parseByline(t);
      if (d !== null && !d.modified) rows.push(d.iso.slice(0, 10));
      if (name !== null) rows.push(keyOf(name.replace(CLOCK_IN_ROW, "")));
      else if (d === null && BYLINE_OPENER.test(t)) rows.push(keyOf(t.replace(CLOCK_IN_ROW, "")));
    }
    // (Dated entries under headlines of their own: the headline too. Whether timed rows of one day are a live blog's is
    // oneDayClockStamps' question, and one author's timed rows over several days oneAuthorLive's.)
    if (rows.some((r) => /^\d{4}-\d{2}-\d{2}$/.test(r)) && headerAt(at, false) !== null) rows.push(keyOf(lines[at].text));
    return rows.length > 0 ? rows.join("|") : keyOf(h.replace(CLOCK_IN_ROW, ""));
  };
  const firstHeader = firstStory >= 0 ? storyHeader(firstStory) : null;
  const digest = firstHeader !== null;
  // The file's own first header counts among the distinct ones: two stories under one repeated byline are a live blog's entries.
  const headers = new Set<string>(firstHeader !== null ? [headerKey(firstHeader, firstStory)] : []);
  // A story header right at the boundary, no chrome around it: a digest's story, if the file is one (below).
  const considerDigest = (c: Candidate) => {
    const waived = c.cues.includes("right-after-prose") ? -W.rightAfterProse : 0;
    if (digest && c.line !== firstStory && c.score + W.repeatedStoryStart + waived + (c.cues.includes("story-start") ? 0 : W.storyStart) >= CUT_SCORE) {
      const header = storyHeader(c.line);
      if (header !== null) {
        opening.push(c);
        headers.add(headerKey(header, c.line));
      }
    }
  };
  candidates.forEach((c) => {
    if (separatorsOnly) return considerDigest(c);
    // The first line's key is compared first: most candidates differ there.
    if (
      c.line !== firstContent &&
      ((top !== null && keyOf(lines[c.line].text) === topFirst && headKey(c.line) === top) ||
        (topUnder !== null && keyOf(lines[c.line].text) !== topFirst && underTitle(c.line) === topUnder && titledPage(c.line)))
    ) {
      c.score += W.repeatedHeader;
      c.cues.push("repeated-header");
    }
    // A footer among the last lines before the boundary.
    // A footer among the last lines before the boundary; page chrome among the first after it;
    // footer lines again after it (the boundary would then fall inside one footer).
    if (nearLine(lines, Math.min(c.line, ...c.consumed) - 1, -1, PAGE_END_LINES, (l) => l.pageEnd)) {
      c.score += W.pageEnd;
      c.cues.push("page-end");
    }
    const chrome = nearLine(lines, c.line, 1, PAGE_START_LINES, (l) => l.pageStart > 0);
    if (chrome) {
      c.score += chrome.pageStart;
      c.cues.push("page-start");
    }
    if (nearLine(lines, c.line, 1, PAGE_END_LINES, (l) => l.pageEnd)) {
      c.score += W.footerContinues;
      c.cues.push("footer-continues");
    }
    if (nearLine(lines, c.line, 1, TAIL_SECTION_LINES, opensTailSection)) {
      c.score += W.tailSection;
      c.cues.push("tail-section");
    }
    if (!c.cues.includes("repeated-header") && opensTaxonomyList(lines, c.line)) {
      c.score += W.taxonomyList;
      c.cues.push("taxonomy-list");
    }
    if (opensWithMenu(lines, c.line)) {
      c.score += W.menuStart;
      c.cues.push("menu-start");
    }
    if (!c.cues.includes("page-end")) {
      let k = Math.min(c.line, ...c.consumed) - 1;
      while (k >= 0 && lines[k].blank) k--;
      if (k >= 0 && lines[k].prose && !lines[k].pageEnd) {
        c.score += W.rightAfterProse;
        c.cues.push("right-after-prose");
      }
    }
    // Last, and only where it can still make the cut (here, or in a digest of bare stories): the headline test parses dates.
    // After nothing but a run of empty lines (and a menu), in a file that opens with page chrome, a story
    // header is the page's own (a related-story teaser, an author box, a comment): no cue (storyStartAlone).
    const storyWeight = digest || c.cues.some((k) => !STORY_ALONE_CUES.test(k)) ? W.storyStart : W.storyStartAlone;
    if (c.score + storyWeight >= CUT_SCORE && opensStory(lines, c.line, headerAt)) {
      c.score += storyWeight;
      c.cues.push("story-start");
    }
    considerDigest(c);
  });
  // A digest, archive or wire dump of bare stories: it opens with a story header (no page chrome
  // above it: a web page opens with its menu), two or more follow at boundaries, and they do not
  // all repeat one byline or date: a live blog's entries (one story) carry one author's line each.
  // (Under a preamble, as many stories as a file of bare entries: a web page's short masthead over its article and one
  // related story reads the same as an export's title over two posts.)
  // (A record's text, JSON or feed, as many as a file of bare entries: a record is one article unless its text is a digest.)
  // A record's text of two stories, each under its headline, a byline and a date row, the bylines and days differing:
  // two stories fused into one record by a scraper or an export (a digest of two). Family: JSON Lines and feed records
  // whose text field holds a story and the next one, under headers of one form; a record's own second section (an
  // update, a live entry) carries no byline and date of its own, or repeats them.
  const signedDay = (at: number) => {
    const name = headerRow(lines, at, true, parseByline);
    const day = headerStamp(lines, at);
    return name !== null && day !== null ? { name: keyOf(name), day: day.slice(0, 10) } : null;
  };
  // (Three stories or more likewise, each header signed and dated, no two on one day and no two in a row by one writer: a
  // several-day live blog repeats its days, a column its writer. Nor, two stories or more, when two of them repeat one
  // headline, a reply's "Re:" aside, or the headlines read as a question and its answer (QUESTION_HEADLINE,
  // ANSWER_HEADLINE): a post's comments and readers' replies, an advice column's letter and the expert's answer. Nor,
  // three or more, when the first is dated after all the others and they do not run newest first: an article reprinting
  // the dated letters or statements it is about.)
  const twoSigned = (): boolean => {
    if (opening.length < 1 || bare > 0 || preambled !== null) return false;
    const starts = [firstStory, ...opening.map((c) => c.line)];
    const rows = starts.map(signedDay);
    if (rows.some((r) => r === null) || new Set(rows.map((r) => r!.day)).size !== rows.length) return false;
    if (!rows.every((r, n) => n === 0 || r!.name !== rows[n - 1]!.name)) return false;
    if (new Set(starts.map((at) => keyOf(lines[at].text).replace(REPLY_PREFIX, ""))).size !== starts.length) return false;
    if (QUESTION_HEADLINE.test(lines[firstStory].text) || opening.some((c) => ANSWER_HEADLINE.test(lines[c.line].text))) return false;
    if (rows.length < 3) return true;
    // (An archive or feed dump listed newest first is dated later at its first story too, but all the way down.)
    const newestFirst = rows.every((r, n) => n === 0 || r!.day < rows[n - 1]!.day);
    return newestFirst || rows.slice(1).some((r) => r!.day > rows[0]!.day);
  };
  const pair = twoSigned();
  const least = bare > 0 || preambled !== null || (separatorsOnly && !pair) ? BARE_DIGEST_MIN_STORIES : DIGEST_MIN_STORIES;
  if (opening.length + 1 < least || headers.size < 2) return null;
  if (oneDayClockStamps(lines, [firstStory, ...opening.map((c) => c.line)])) return null;
  if (oneAuthorLive(lines, [firstStory, ...opening.map((c) => c.line)])) return null;
  // A timeline article's dated chapters under its own dated header (timeline.ts): one article.
  const chapter = (at: number) => ({ day: headerStamp(lines, at), signed: headerRow(lines, at, true, parseByline) !== null });
  if (timelineChapters(headerStamp(lines, firstStory), opening.map((c) => chapter(c.line)))) return null;
  // A story whose header rows (a byline or a date row; clock times dropped) differ from the story's before it: another
  // writer or another day, not one writer's notes of one day under headlines of their own (DIGEST_SIDE_WORDS). Not
  // where a header is both signed and dated: such short stories stand by twoSigned and its guards (live blogs,
  // diaries, letters features, comment threads). Nor under a field row for a headline ("From: …" over "Sent: …": an
  // e-mail quoted inside a story, FIELD_ROW).
  const rowsKey = (at: number) =>
    [...headerBlockRows(lines, at, true)]
      .filter((t) => isHeaderRow(t) && !UPDATE_ROW.test(t))
      .map((t) => keyOf(t.replace(CLOCK_IN_ROW, "")))
      .join("|");
  opening.forEach((c, n) => {
    const prev = n === 0 ? firstStory : opening[n - 1].line;
    if (rowsKey(c.line) !== rowsKey(prev) && signedDay(c.line) === null && signedDay(prev) === null && !FIELD_ROW.test(lines[c.line].text)) c.cues.push("own-header");
  });
  for (const c of opening) {
    if (!c.cues.includes("story-start")) {
      c.score += W.storyStart;
      c.cues.push("story-start");
    }
    c.score += W.repeatedStoryStart;
    c.cues.push("repeated-story-start");
    // (two writers, two days: each story needs TWO_SIGNED_MIN_PARAGRAPHS, not MIN_SIDE_WORDS, in explainStories)
    if (pair) c.cues.push("two-signed");
    // A record's text is cut a point higher (explainStories): its digest's stories reach that threshold too. Family: a
    // JSON Lines or feed record whose text field holds a newsletter's or digest's stories, one after another.
    if (separatorsOnly) {
      c.score += W.repeatedSeparator;
      c.cues.push("record-digest");
    }
    const k = c.cues.indexOf("right-after-prose");
    if (k >= 0) {
      c.score -= W.rightAfterProse;
      c.cues.splice(k, 1);
    }
  }
  return preambled;
}

/** A reply's prefix on a headline's key ("Re: …", "AW: …", "Ré : …", repeated). */
const REPLY_PREFIX = /^(?:(?:re|aw|sv|ré|antw|odp)(?: \d{1,3})? )+/u;
/**
 * A headline that asks a question a later piece answers: an advice column's ("Ask the doctor: …", "Ask our gardener"),
 * a Q&A's ("Q: …", "Question: …"). Family: advice columns, readers' questions and Q&A pages.
 */
const QUESTION_HEADLINE = /^[\s#*_]*(?:(?:q|question)\s*[:.]|ask (?:the|a|an|our|your) )/i;
/**
 * A later headline that answers or replies to the piece above it: "A: …", "Answer: …", "Reply: …", "Reader reply: …",
 * "Readers respond", "In reply to …", "The doctor replies", "Our expert answers". Family: advice columns' answers,
 * readers' replies and comments printed under the article they are about.
 */
const ANSWER_HEADLINE = /^[\s#*_]*(?:(?:a|answer|reply|response)\s*[:.]|in (?:reply|response)\b|readers?'? (?:reply|replies|respond|responds|responses?|writes?|say|says)\b)|\b(?:replies|answers|responds)[\s.:!]*$/i;

/** Briefs at least in a digest of undated briefs (markBriefDigest): two rules between three pieces. */
const BRIEF_DIGEST_MIN = 3;
/** Prose words at most of one brief: a news-in-brief item, not a section of a long article. */
const BRIEF_MAX_WORDS = 150;
/** Paragraphs at most of one brief (a section of an article runs longer, however short its paragraphs). */
const BRIEF_MAX_PARAGRAPHS = 3;
/** Words of a brief's headline (a short label: "Bridge closed", "Library extends its hours"). */
const BRIEF_HEADLINE_WORDS: [number, number] = [2, 20];

/**
 * A digest of undated briefs, each under the same rule: every piece of the file between its rules of one form (the file's
 * start and end included, three pieces at least) is a brief, a headline line (BRIEF_HEADLINE_WORDS, no closing stop, no
 * list number or bullet) over prose of BRIEF_MAX_WORDS at most, with no byline or date row (a dated piece is a story
 * header's: the digest rules of scoreChrome weigh those), no page chrome, footer, menu or address line. That shape is
 * also an article's own (a feature's or an interview's sections, an FAQ, a recipe's steps, a listicle, fiction in
 * parts), so the pieces must also show they are separate items: a digest's label above the first one (BRIEFS_LABEL,
 * "News in brief", "Kurz notiert", "En bref"; under a masthead's lines at most) or a wire dateline opening every piece
 * but one (the first included), and no two pieces in a row sharing more than BRIEF_MAX_OVERLAP of their topic words
 * (an article's sections keep to its subject). Each rule is then a boundary as sure as a page break (cue brief-digest,
 * hard): briefs have no body the side test would find, and the cleaner keeps each however short (stages/clean/index.ts
 * trusts the file's cuts). The label and the lines above it are the digest's preamble (returned: the audit's
 * `split/preamble`). Family: wire and agency "news in brief" digests, newsletters' briefs columns, exported briefs
 * pages, in text and Markdown, with rules of any character.
 */
function markBriefDigest(lines: Line[], candidates: Candidate[]): number[] {
  if (candidates.some((c) => c.hard)) return [];
  // (by the rule's own text: an asterisk row, "* * *", has no joiner signature but is a newsletter's usual break)
  const bySig = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const rule = c.consumed.find((k) => lines[k].rule);
    if (rule === undefined || c.consumed.some((k) => lines[k].url || lines[k].mail || lines[k].counter)) continue;
    const key = lines[rule].text.trim();
    const same = bySig.get(key);
    if (same) same.push(c);
    else bySig.set(key, [c]);
  }
  const rules = [...bySig.values()].sort((a, b) => b.length - a.length)[0];
  if (!rules) return [];
  // The digest's label: among the first piece's lines, with only short non-prose lines (a masthead, a date) above it;
  // or, in its place, a newsletter's masthead alone above the first rule (mastheadAbove).
  const label = briefsLabelLine(lines, firstLineOf(rules[0])) ?? mastheadAbove(lines, firstLineOf(rules[0]));
  // A label alone above the first rule: that rule frames the digest, the first brief is under it.
  const labelOnly = label !== null && nextContent(lines, label + 1) >= firstLineOf(rules[0]);
  const cutting = labelOnly ? rules.slice(1) : rules;
  const starts = labelOnly ? rules.map((c) => c.line) : [label === null ? 0 : label + 1, ...rules.map((c) => c.line)];
  const ends = [...(labelOnly ? rules.slice(1) : rules).map((c) => firstLineOf(c)), lines.length];
  if (starts.length < BRIEF_DIGEST_MIN) return [];
  // Every other rule form is a piece's own line: no brief has one.
  for (let n = 0; n < starts.length; n++) if (!isBrief(lines, starts[n], ends[n])) return [];
  const leads = starts.map((from, n) => briefLead(lines, from, ends[n]));
  const datelined = leads.filter((k) => k >= 0 && wireLeadAt(lines, k) !== null).length;
  if (label === null && (datelined < starts.length - 1 || leads[0] < 0 || wireLeadAt(lines, leads[0]) === null)) return [];
  if (!adjacentApart(starts.map((from, n) => briefText(lines, from, ends[n])))) return [];
  for (const c of cutting) {
    c.score = Math.max(c.score, HARD_SCORE);
    c.hard = true;
    c.asteriskOnly = false;
    c.cues.push("brief-digest");
  }
  const preamble: number[] = [];
  if (label !== null) for (let k = 0; k < starts[0]; k++) if (!lines[k].blank) preamble.push(k);
  return preamble;
}

/** Lines above a digest's label at most (a masthead's title, its date or issue line). */
const BRIEFS_LABEL_LINES = 3;

/**
 * The line of a digest's label (isBriefsLabel) before line `to`, with only short lines of no prose, rule or address
 * above it (BRIEFS_LABEL_LINES at most: a masthead), else null.
 */
function briefsLabelLine(lines: Line[], to: number): number | null {
  let seen = 0;
  for (let k = 0; k < to && seen <= BRIEFS_LABEL_LINES; k++) {
    const l = lines[k];
    if (l.blank) continue;
    if (l.prose || l.rule || l.url) return null;
    if (isBriefsLabel(l.text)) return k;
    seen++;
  }
  return null;
}

/**
 * The last line of a newsletter's masthead that fills the lines above line `to` (the first rule), else null: one to
 * BRIEFS_LABEL_LINES + 1 short lines of no prose, rule, address, chrome or byline, one of them a masthead's
 * (isMastheadLine: an issue number, a newsletter's or briefing's name).
 */
function mastheadAbove(lines: Line[], to: number): number | null {
  let last = -1;
  let seen = 0;
  let masthead = false;
  for (let k = 0; k < to; k++) {
    const l = lines[k];
    if (l.blank) continue;
    if (++seen > BRIEFS_LABEL_LINES + 1 || l.prose || l.rule || l.url || l.mail || l.counter || l.pageStart > 0 || l.pageEnd || l.words > MENU_ENTRY_WORDS * 2) return null;
    if (BYLINE_OPENER.test(l.text.trim())) return null;
    masthead ||= isMastheadLine(l.text.trim());
    last = k;
  }
  return masthead && last >= 0 ? last : null;
}

/** A brief's first line of prose (its lead, where a wire dateline opens it), or -1. */
function briefLead(lines: Line[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (lines[k].prose) return k;
  return -1;
}

/** A brief's words for the topic test: its headline and prose, a wire dateline left out (the agency is every brief's). */
function briefText(lines: Line[], from: number, to: number): string {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const l = lines[k];
    if (l.blank || l.rule) continue;
    const t = l.text.trim();
    const wire = l.prose ? WIRE_DATELINE.exec(t) : null;
    out.push(wire ? t.slice(wire[0].length) : t);
  }
  return out.join("\n");
}

/**
 * A page of undated briefs under a single rule, after a story with a header of its own (a headline over a byline or date
 * row): the lines from the rule to the next boundary that may cut (or the file's end) are BRIEF_DIGEST_MIN briefs or more
 * (isBrief: a headline line over prose, undated), one after another with nothing else among or after them (no footer,
 * menu, label or address line). The briefs must also be another page's: under a digest's label (BRIEFS_LABEL) right
 * after the rule, or off the story's subject (offSubject: a story's own explainer box, "What happens next", "Who pays",
 * keeps coming back to its subject's words). The rule is then the page's boundary (cue briefs-page): the briefs are
 * another page's, one article, and borrow no byline or date of the story. A page's own rule over its related-stories
 * list has the list's label (a tail section, "More news") or the page's footer under the teasers. Family: a dated
 * story's page and a page of news in brief, joined by one rule, in text dumps of any renderer.
 */
function markBriefsPage(lines: Line[], candidates: Candidate[]): void {
  const sigs = new Map<string, number>();
  for (const c of candidates) if (c.sig !== null) sigs.set(c.sig, (sigs.get(c.sig) ?? 0) + 1);
  // The boundaries that may cut before and after each candidate, found once (a dump may hold thousands of candidates).
  const prevCut: (Candidate | null)[] = [];
  for (let n = 0, last: Candidate | null = null; n < candidates.length; n++) {
    prevCut.push(last);
    if (candidates[n].score >= CUT_SCORE) last = candidates[n];
  }
  let nextCut: Candidate | null = null;
  for (let n = candidates.length - 1; n >= 0; n--) {
    const c = candidates[n];
    const to = nextCut ? firstLineOf(nextCut) : lines.length;
    if (c.score >= CUT_SCORE) nextCut = c;
    if (c.hard || c.sig === null || !c.sig.startsWith("rule:") || sigs.get(c.sig) !== 1 || c.cues.includes("tail-section")) continue;
    const labelled = !lines[c.line].blank && isBriefsLabel(lines[c.line].text);
    const briefs = briefsFrom(lines, labelled ? c.line + 1 : c.line, to);
    if (briefs === null) continue;
    // Above the rule, a story under its own header (from the previous boundary that may cut, or the file's start).
    let header = -1;
    for (let i = prevCut[n]?.line ?? 0; i < firstLineOf(c) && header < 0; i++) if (!lines[i].blank && opensStoryAt(lines, i) !== null) header = i;
    if (header < 0) continue;
    if (!labelled) {
      const body: string[] = [];
      for (let i = header + 1; i < firstLineOf(c); i++) if (lines[i].prose) body.push(lines[i].text);
      if (!offSubject(subjectWords(lines[header].text, body.join("\n")), briefs.map(([from, end]) => briefText(lines, from, end)))) continue;
    }
    c.score = Math.max(c.score, SURE_SCORE);
    c.cues.push("briefs-page");
  }
}

/**
 * Lines [from, to) as BRIEF_DIGEST_MIN briefs or more (isBrief) and nothing else, each as its lines [first, end): a
 * headline at every line that is no prose, the prose under it its text; else null. The walk stops at the first line
 * that is no brief's.
 */
function briefsFrom(lines: Line[], from: number, to: number): [number, number][] | null {
  let head = nextContent(lines, from);
  const briefs: [number, number][] = [];
  while (head < to) {
    let next = head + 1;
    while (next < to && (lines[next].blank || lines[next].prose)) next++;
    if (!isBrief(lines, head, next)) return null;
    briefs.push([head, next]);
    head = next;
  }
  return briefs.length >= BRIEF_DIGEST_MIN ? briefs : null;
}

/** Whether lines [from, to) are one brief (markBriefDigest): a headline line, then prose only, undated and unsigned. */
function isBrief(lines: Line[], from: number, to: number): boolean {
  // (a rule above the file's first brief or under its last one frames the digest)
  let first = from;
  while (first < to && (lines[first].blank || lines[first].rule)) first++;
  let last = to - 1;
  while (last > first && (lines[last].blank || lines[last].rule)) last--;
  if (first >= to) return false;
  const head = lines[first];
  const t = head.text.trim().replace(/^#{1,6}\s+/, "");
  if (head.prose || head.rule || head.url || head.mail || head.counter || head.pageStart > 0 || head.pageEnd) return false;
  if (head.words < BRIEF_HEADLINE_WORDS[0] || head.words > BRIEF_HEADLINE_WORDS[1] || /[.,;:!?]$/.test(t) || /^(?:\d{1,3}[.)]|[-*•·+])\s/.test(t)) return false;
  if (isHeaderRow(rowTextAt(lines, first))) return false;
  let words = 0;
  let paragraphs = 0;
  for (let i = first + 1; i <= last; i++) {
    const l = lines[i];
    if (l.blank) continue;
    // (the brief's prose, nothing else: a row that dates or signs it, a second headline, chrome or a link line is no brief's)
    if (!l.prose || l.rule || l.url || l.pageStart > 0 || l.pageEnd || isHeaderRow(rowTextAt(lines, i))) return false;
    words += l.words;
    paragraphs++;
  }
  return words > 0 && words <= BRIEF_MAX_WORDS && paragraphs <= BRIEF_MAX_PARAGRAPHS;
}

/**
 * Whether every story of a would-be digest (the lines its headers open at) carries a date row WITH a clock time
 * in its header block, all of them fall on one day, and the file shows a live blog's own mark (liveBlogSignal):
 * a live blog's entries ("5 March 2024 09:10", "… 10:42"), each signed by whichever reporter filed it, not a
 * digest of stories. Family: live blogs and rolling coverage pages of text dumps whose entries show the full date
 * and time (not a clock time alone, CLOCK_ONLY) under several contributors' bylines. A day's wire dump with timed
 * rows reads the same but for that mark (its stories run oldest first, each under its own headline, each a full
 * story): it stays a digest.
 */
function oneDayClockStamps(lines: Line[], starts: number[]): boolean {
  let day: string | null = null;
  const stamps: string[] = [];
  for (const start of starts) {
    const iso = headerStamp(lines, start);
    if (iso === null || !iso.includes("T")) return false;
    if (day !== null && iso.slice(0, 10) !== day) return false;
    day = iso.slice(0, 10);
    stamps.push(iso);
  }
  return day !== null && liveBlogSignal(lines, starts, stamps);
}

/** One byline over every entry, every entry timed, newest first or a live marker on top: a live blog over several days. */
function oneAuthorLive(lines: Line[], starts: number[]): boolean {
  const stamps: string[] = [];
  const names = new Set<string>();
  for (const start of starts) {
    const iso = headerStamp(lines, start);
    if (iso === null || !iso.includes("T")) return false;
    stamps.push(iso);
    const name = headerRow(lines, start, false, parseByline);
    if (name === null) return false;
    names.add(keyOf(name));
  }
  return names.size === 1 && newestFirstOrMarked(lines, starts, stamps);
}

/** A live blog's own order or title: its entries' stamps run newest first, or its first header carries LIVE_MARKER. */
function newestFirstOrMarked(lines: Line[], starts: number[], stamps: string[]): boolean {
  if (stamps.every((t, i) => i === 0 || t <= stamps[i - 1])) return true;
  for (let k = starts[0]; k < lines.length && !lines[k].prose; k++) if (!lines[k].blank && LIVE_MARKER.test(lines[k].text)) return true;
  return false;
}

/** A live blog's mark in its title or top header: "Storm live: …", "Live updates", "Latest updates", "As it happened", "en direct", "Liveticker" (not "people who live near …"). */
const LIVE_MARKER = /^live\b|\blive\s*(?:[:|–—-]|$|updates?\b|blog\b|coverage\b)|\blatest updates\b|\bas it happened\b|\ben direct\b|\ben vivo\b|\bao vivo\b|\bliveticker\b/i;

/**
 * What sets a live blog's timed entries apart from a day's digest of stories: the entries run newest first, the
 * first header carries a live marker (LIVE_MARKER), an entry has no headline of its own (it opens with its
 * byline or date row), or an entry is short (under MIN_SIDE_WORDS words of prose: an update, not a story).
 */
function liveBlogSignal(lines: Line[], starts: number[], stamps: string[]): boolean {
  if (newestFirstOrMarked(lines, starts, stamps)) return true;
  return starts.some((start, n) => {
    let h = start;
    while (h < lines.length && lines[h].blank) h++;
    const head = h < lines.length ? rowTextAt(lines, h) : null;
    if (head === null || BYLINE_OPENER.test(head) || parseDateline(head) !== null) return true;
    const end = n + 1 < starts.length ? starts[n + 1] : lines.length;
    let words = 0;
    for (let k = start; k < end; k++) if (lines[k].prose) words += lines[k].words;
    return words < MIN_SIDE_WORDS;
  });
}

/**
 * The rows of a story's header block at `start`, in order (rowTextAt: trimmed, a meta list's bullet removed): the
 * non-blank lines before its prose, at most STORY_HEADER_LINES + STORY_LEAD_LINES + 1 of them, and with `rulesEnd`
 * before a rule or a bare address line too. The one walk of a header block (headerRow, scoreChrome's headerKey).
 */
function* headerBlockRows(lines: Line[], start: number, rulesEnd: boolean): Generator<string> {
  for (let k = start, seen = 0; k < lines.length && seen <= STORY_LEAD_LINES + STORY_HEADER_LINES; k++) {
    const l = lines[k];
    if (l.blank) continue;
    if (l.prose || (rulesEnd && (l.rule || l.url))) return;
    seen++;
    yield rowTextAt(lines, k);
  }
}

/** The first of `read` over the rows of a story's header block at `start` (headerBlockRows; not null), or null. */
function headerRow<T>(lines: Line[], start: number, rulesEnd: boolean, read: (row: string) => T | null): T | null {
  for (const row of headerBlockRows(lines, start, rulesEnd)) {
    const found = read(row);
    if (found !== null) return found;
  }
  return null;
}

/** The date (ISO, with its time when the row gives one) of the first date row in a story's header block at `start`, before its prose. */
function headerStamp(lines: Line[], start: number): string | null {
  return headerRow(lines, start, true, (t) => {
    if (UPDATE_ROW.test(t)) return null;
    const d = parseDateline(t);
    return d !== null && !d.modified ? d.iso : null;
  });
}

interface Body {
  first: number;
  last: number;
  words: number;
  lines: number;
}

/** Prose lines close together, never across a hard boundary. */
function findBodies(lines: Line[], hard: ReadonlySet<number>): Body[] {
  const bodies: Body[] = [];
  let cur: Body | null = null;
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    if (hard.has(i) && cur) {
      bodies.push(cur);
      cur = null;
    }
    const l = lines[i];
    if (l.blank) continue;
    if (!l.prose || l.nested) {
      gap++;
      if (cur && gap > BODY_GAP_LINES) {
        bodies.push(cur);
        cur = null;
      }
      continue;
    }
    gap = 0;
    if (!cur) cur = { first: i, last: i, words: 0, lines: 0 };
    cur.last = i;
    cur.words += l.words;
    cur.lines++;
  }
  if (cur) bodies.push(cur);
  return bodies.filter((b) => b.words >= LONE_BODY_WORDS || (b.words >= MIN_BODY_WORDS && b.lines >= MIN_BODY_LINES));
}

/** Where the stories of a text start and end. One story (the whole text) when nothing says otherwise. */
export function findStories(text: string, opts: StoryOptions = {}): Story[] {
  return explainStories(text, opts).stories;
}

/** A candidate boundary and what became of it (for tests and the eval's --verbose). */
export interface BoundaryTrace {
  /** UTF-16 offset of the line the story would start at. */
  offset: number;
  score: number;
  cues: string[];
  decision: "cut" | "below-threshold" | "inside-body" | "small-side" | "no-content" | "not-the-file-joiner";
}

/** findStories, with every candidate boundary it weighed. */
export function explainStories(text: string, opts: StoryOptions = {}): { stories: Story[]; trace: BoundaryTrace[] } {
  const separatorsOnly = opts.separatorsOnly === true;
  const lines = toLines(text);
  classify(lines, markdownForm(text), opts.memo ?? new LineMemo());
  const { candidates, lead } = findCandidates(lines, separatorsOnly);
  const preambledStory = scoreChrome(lines, candidates, separatorsOnly);
  const digestLead = markBriefDigest(lines, candidates);
  markBriefsPage(lines, candidates);
  const threshold = separatorsOnly ? CUT_SCORE + W.repeatedSeparator : CUT_SCORE;
  // Bodies never run across a boundary strong enough to cut.
  // An asterisk row or a Markdown thematic break with nothing else of a joiner cuts only with a story header under it: it is first a page's own section break.
  const strong = (c: Candidate) => c.score >= threshold && (!c.asteriskOnly || c.cues.includes("story-start"));
  const bodies = findBodies(lines, new Set(candidates.filter(strong).map((c) => firstLineOf(c))));

  // Strongest first (of equal ones the later: the last footer line before the next page is the boundary);
  // a cut must leave a body on both sides and not fall inside one.
  const order = candidates
    .map((c, n) => ({ c, n }))
    .filter(({ c }) => strong(c))
    .sort((a, b) => Number(b.c.hard) - Number(a.c.hard) || b.c.score - a.c.score || b.n - a.n);
  const cuts: Candidate[] = [];
  const inBody = new Int32Array(lines.length).fill(-1);
  bodies.forEach((b, n) => inBody.fill(n, b.first, b.last + 1));
  const bodyWords = bodyWordsIn(bodies);
  const headed = headedBodyIn(lines, bodies);
  // The accepted cuts so far, by line: the story a candidate falls in is found by binary search.
  const cutLines: number[] = [];
  const cutStarts: number[] = [];
  const decision = new Map<Candidate, BoundaryTrace["decision"]>();
  for (const { c } of order) {
    const hardCut = c.hard;
    const b = inBody[c.line];
    if (!hardCut && b >= 0 && bodies[b].first < c.line) {
      decision.set(c, "inside-body");
      continue;
    }
    const k = upperBound(cutLines, c.line);
    const before = k > 0 ? cutLines[k - 1] : 0;
    const after = k < cutStarts.length ? cutStarts[k] : lines.length;
    // The file's own joiner (a form feed, its URL header) is trusted with any content on both
    // sides; a page with no prose is still a page. Other cuts need a body on both sides.
    const sides = [bodyWords(before, firstLineOf(c)), bodyWords(c.line, after)];
    if (hardCut) {
      if (!hasContent(lines, before, firstLineOf(c)) || !hasContent(lines, c.line, after)) {
        decision.set(c, "no-content");
        continue;
      }
    } else if (
      Math.min(...sides) < (c.score >= SURE_SCORE ? 1 : MIN_SIDE_WORDS) &&
      !(sides[0] > 0 && sides[1] > 0 && (sides[0] >= MIN_SIDE_WORDS || headed(before, firstLineOf(c))) && (sides[1] >= MIN_SIDE_WORDS || headed(c.line, after))) &&
      !(c.cues.includes("two-signed") && Math.min(proseLines(lines, before, firstLineOf(c)), proseLines(lines, c.line, after)) >= TWO_SIGNED_MIN_PARAGRAPHS) &&
      !(c.cues.includes("repeated-story-start") && c.cues.includes("own-header") && Math.min(...sides) >= DIGEST_SIDE_WORDS && Math.min(proseLines(lines, before, firstLineOf(c)), proseLines(lines, c.line, after)) >= TWO_SIGNED_MIN_PARAGRAPHS)
    ) {
      c.cues.push(`sides:${sides.join("/")}`);
      decision.set(c, "small-side");
      continue;
    }
    c.cues.push(`bodies:${sides.join("/")}`);
    decision.set(c, "cut");
    cuts.push(c);
    cutLines.splice(k, 0, c.line);
    cutStarts.splice(k, 0, firstLineOf(c));
  }
  cuts.sort((a, b) => a.line - b.line);
  slideToFileJoiner(cuts, candidates, bodies, decision);
  cutAtJoinerRuns(cuts, candidates, lines, bodies, inBody, decision);
  // One joiner per file: when the tool wrote page breaks or URL headers, those are the boundaries.
  if (cuts.some((c) => c.hard)) {
    for (const c of cuts) if (!c.hard) decision.set(c, "not-the-file-joiner");
    cuts.splice(0, cuts.length, ...cuts.filter((c) => c.hard));
  }

  // A digest's preamble above its first story: its title, issue date and contents list (a mail digest's, above the first
  // message a hard mail header cut; a newsletter's masthead, above the first of its stories, cut as a digest's story
  // with no body above it). The first story opens the file, and the preamble goes to the audit. Family: mailing-list
  // digests, numbered newsletters and digests whose masthead carries the issue's date (read as a story header of its own).
  let preamble = false;
  if (lead.length === 0 && digestLead.length > 0) {
    // A digest of briefs under its label (markBriefDigest): the label and the masthead above it go to the audit.
    lead.push(...digestLead);
    preamble = true;
  } else if (lead.length === 0) {
    const mailCut = cuts.length > 0 && cuts[0].cues.includes("mail-header") && !lines.slice(0, firstLineOf(cuts[0])).some((l) => l.prose) ? cuts[0] : null;
    const digestCut = mailCut ?? firstDigestStory(lines, candidates, cuts, bodies);
    if (digestCut !== null) {
      if (digestCut === cuts[0]) cuts.shift();
      else decision.set(digestCut, "cut");
      for (let k = 0; k < digestCut.line; k++) if (!lines[k].blank) lead.push(k);
      preamble = true;
    } else if (preambledStory !== null && (cuts.length === 0 || cuts[0].line > preambledStory) && cuts.some((c) => c.cues.includes("repeated-story-start"))) {
      // A digest's first story under an export's or newsletter's preamble (preambleEnd: its title lines, a one-line
      // brief): the preamble goes to the audit as a digest's title, the first story opens at its header.
      for (let k = 0; k < preambledStory; k++) if (!lines[k].blank) lead.push(k);
      preamble = true;
    }
  }
  const first = { line: lead.length > 0 ? nextContent(lines, lead[lead.length - 1] + 1) : 0, consumed: lead, url: lead.length > 0 ? firstUrl(lines, lead) : null, cues: ["file-start"] };
  const starts = [first, ...cuts];
  const trace = candidates.map((c) => ({ offset: lines[c.line].start, score: c.score, cues: c.cues, decision: decision.get(c) ?? "below-threshold" }));
  const stories = starts.map((s, n) => {
    const next = starts[n + 1];
    let last = (next ? firstLineOf(next) : lines.length) - 1;
    while (last > s.line && lines[last].blank) last--;
    const start = n === 0 && lead.length === 0 ? 0 : (lines[s.line]?.start ?? text.length);
    const end = next ? Math.max(start, lines[last]?.end ?? start) : text.length;
    const header = headerOf(lines, s.consumed);
    return { start, end, url: s.url, cues: s.cues, joiner: s.consumed.map((k) => lines[k].text.trim()), ...(header ? { header } : {}), ...(n === 0 && preamble ? { preamble } : {}) };
  });
  return { stories, trace };
}

/**
 * One joiner per file: when the cuts show the file's joiner (a separator repeated at them, or runs of
 * up to N >= 2 empty lines), a cut without it (inside a footer, one block early) moves to the next
 * candidate that has it, as long as no body lies between.
 */
function slideToFileJoiner(cuts: Candidate[], candidates: Candidate[], bodies: Body[], decision: Map<Candidate, BoundaryTrace["decision"]>): void {
  if (cuts.length < 2 || cuts.some((c) => c.hard)) return;
  // The file's joiner: a separator repeated at the cuts, else the longest run of empty lines at a cut.
  const sig = cuts.find((c) => c.sig && c.cues.includes("repeated-separator"))?.sig ?? null;
  const joiner = Math.max(...cuts.map((c) => c.blanks));
  const fits = (c: Candidate) => (sig !== null ? c.sig === sig : c.blanks >= joiner);
  if (sig === null && joiner < 2) return;
  // Cuts and candidates are both in line order: one pass over the candidates serves every cut.
  const firsts = bodies.map((b) => b.first);
  let j = 0;
  cuts.forEach((c, n) => {
    if (fits(c)) return;
    const b = upperBound(firsts, c.line);
    const nextBody = b < firsts.length ? firsts[b] : Infinity;
    while (j < candidates.length && candidates[j].line <= c.line) j++;
    let to: Candidate | null = null;
    for (let i = j; i < candidates.length && candidates[i].line <= nextBody; i++) {
      if (fits(candidates[i])) {
        to = candidates[i];
        break;
      }
    }
    if (!to || (n + 1 < cuts.length && cuts[n + 1].line <= to.line)) return;
    decision.set(c, "below-threshold");
    to.cues.push("file-joiner");
    decision.set(to, "cut");
    cuts[n] = to;
  });
}

/**
 * Pages joined by runs of empty lines: when every cut made so far stands after a run of at least
 * N >= JOINER_RUN_MIN empty lines (no separator, no page break), and such runs are rare in the
 * file (at most JOINER_RUN_SPARE more than the cuts), the run is the file's joiner, and each other
 * run of N with a body on both sides is a boundary too, even where no footer or chrome cue is
 * known (prose footers, a page that ends with a how-to box). Family: dumps joined with blank lines
 * by tools that write two or more of them between pages, whatever the renderer.
 */
function cutAtJoinerRuns(
  cuts: Candidate[],
  candidates: Candidate[],
  lines: Line[],
  bodies: Body[],
  inBody: Int32Array,
  decision: Map<Candidate, BoundaryTrace["decision"]>,
): void {
  if (cuts.length === 0 || cuts.some((c) => c.hard || c.sig !== null)) return;
  // Not at a page's own Markdown break (a rule with no joiner signature): the joiner is the run alone.
  const runsOf = (len: (c: Candidate) => number) => {
    const run = Math.min(...cuts.map(len));
    return run < JOINER_RUN_MIN ? null : candidates.filter((c) => len(c) >= run && c.sig === null && !c.cues.includes("rule"));
  };
  let runs = runsOf((c) => c.blanks);
  // Too many runs of empty lines counted across lines of spaces (innerText's empty elements between teasers): with
  // two cuts or more that agree, only unbroken runs (tight) are the joiner's. One cut alone is no joiner to trust
  // there (a consent notice after a page's footer has its own blank run).
  if (runs !== null && runs.length > cuts.length + JOINER_RUN_SPARE && cuts.length >= 2) runs = runsOf((c) => c.tight);
  if (runs === null || runs.length > cuts.length + JOINER_RUN_SPARE) return;
  // Bodies again, never across a run of the joiner: prose on both sides of one (a page ending with
  // a paragraph, the next one opening with a short menu) is two bodies.
  const split = findBodies(lines, new Set([...cuts, ...runs].map((c) => firstLineOf(c))));
  const inSplit = new Int32Array(lines.length).fill(-1);
  split.forEach((b, n) => inSplit.fill(n, b.first, b.last + 1));
  const words = bodyWordsIn(split);
  for (const c of runs) {
    if (cuts.includes(c)) continue;
    const b = inSplit[c.line];
    if (b >= 0 && split[b].first < c.line) continue;
    const k = upperBound(cuts.map((x) => x.line), c.line);
    const before = k > 0 ? cuts[k - 1].line : 0;
    const after = k < cuts.length ? firstLineOf(cuts[k]) : lines.length;
    // Inside a body as first found (prose close on both sides), the next page must open with
    // something other than a paragraph (a gap inside an article is prose on both sides), and
    // leave a full body on each side.
    const o = inBody[c.line];
    const inside = o >= 0 && bodies[o].first < c.line;
    if (inside && lines[c.line].prose) continue;
    if (Math.min(words(before, firstLineOf(c)), words(c.line, after)) < (inside ? MIN_SIDE_WORDS : 1)) continue;
    c.cues.push("joiner-run");
    decision.set(c, "cut");
    cuts.splice(k, 0, c);
  }
}

/**
 * The first story of a digest when a preamble with no body sits above it and kept it from being cut: the first candidate
 * a digest's story opens at (cue repeated-story-start), refused for its small side before it (no body at all there),
 * before any cut. Else null.
 */
function firstDigestStory(lines: Line[], candidates: Candidate[], cuts: Candidate[], bodies: Body[]): Candidate | null {
  const c = candidates.find((x) => x.cues.includes("repeated-story-start"));
  if (!c || (cuts.length > 0 && cuts[0].line < c.line)) return null;
  if (!c.cues.some((k) => k.startsWith("sides:0/"))) return null;
  if (bodies.some((b) => b.first < c.line)) return null;
  // (A contents line at most, one short sentence: a short story of its own, two paragraphs however brief, is no preamble.)
  const prose = lines.slice(0, c.line).filter((l) => l.prose);
  return prose.length <= 1 && prose.every((l) => l.words <= PREAMBLE_PROSE_WORDS) ? c : null;
}
/** Words at most of the one sentence a digest's preamble may hold ("In this issue: …"). */
const PREAMBLE_PROSE_WORDS = 25;

/** Index of the first element of a sorted array greater than `x`. */
function upperBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * (from, to) → the prose words of the largest body lying wholly in lines [from, to), 0 if none.
 * Bodies are ordered and disjoint, so those inside a range are a run of them; a sparse table
 * gives the largest of a run in constant time (a dump can hold thousands of candidates).
 */
function bodyWordsIn(bodies: Body[]): (from: number, to: number) => number {
  const firsts = bodies.map((b) => b.first);
  const lasts = bodies.map((b) => b.last);
  const table: number[][] = [bodies.map((b) => b.words)];
  for (let w = 1; 1 << w <= bodies.length; w++) {
    const prev = table[w - 1];
    table.push(prev.slice(0, bodies.length - (1 << w) + 1).map((v, i) => Math.max(v, prev[i + (1 << (w - 1))])));
  }
  return (from, to) => {
    const lo = upperBound(firsts, from - 1); // first body starting at or after `from`
    const hi = upperBound(lasts, to - 1); // bodies ending before `to`
    if (hi <= lo) return 0;
    const w = 31 - Math.clz32(hi - lo);
    return Math.max(table[w][lo], table[w][hi - (1 << w)]);
  };
}

/**
 * (from, to) → whether a body lying wholly in lines [from, to) opens right under a dateline with its time: a page's
 * article, however short (a paywalled teaser, a page of tables with one paragraph), not a footer's blurb or an
 * about-the-site paragraph, which carry none. Such a side needs a body, not MIN_SIDE_WORDS of them. Family:
 * pages joined by one blank line whose article shows little prose (paywalls, standings and results pages).
 */
function headedBodyIn(lines: Line[], bodies: Body[]): (from: number, to: number) => boolean {
  const prefix = [0];
  for (const b of bodies) prefix.push(prefix[prefix.length - 1] + (datedAbove(lines, b.first) ? 1 : 0));
  const firsts = bodies.map((b) => b.first);
  const lasts = bodies.map((b) => b.last);
  return (from, to) => {
    const lo = upperBound(firsts, from - 1);
    const hi = upperBound(lasts, to - 1);
    return hi > lo && prefix[hi] - prefix[lo] > 0;
  };
}

/**
 * Whether the line right above `first` (blank lines between) is a story's dateline with its clock time ("Nov. 19, 2019
 * 8:03 am ET"): an article's own header row. A bare date is not enough: teaser lists and related-story boxes date
 * every entry, and a feedback form or a blurb after one would pass for a page.
 */
function datedAbove(lines: Line[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && lines[k].blank) k--;
  if (k < 0 || lines[k].prose || lines[k].rule) return false;
  const d = parseDateline(lines[k].text.trim());
  return d !== null && !d.modified && d.iso.includes("T");
}

/**
 * Paragraphs of prose each of two stories needs, under two writers' bylines and two days' date rows (scoreChrome's
 * twoSigned, cue two-signed), for the cut between them to stand: the headers tell the stories apart, whatever their
 * length; a related story's single teaser paragraph under its own byline and date stays the story's.
 */
const TWO_SIGNED_MIN_PARAGRAPHS = 2;
/**
 * Prose words each of two stories of a digest needs (cue repeated-story-start: the file opens with a story header and
 * every story opens with its headline over its own dateline or byline, its header rows differing from the story's
 * before it: cue own-header), with
 * TWO_SIGNED_MIN_PARAGRAPHS paragraphs, instead of MIN_SIDE_WORDS: the headers tell the stories apart. Family: wire,
 * archive and newsletter dumps of short stories joined by empty lines or an asterisk row (`* * *`), under a headline
 * and a date row or a byline only. A body (MIN_BODY_WORDS), so that a teaser's one paragraph never stands alone.
 */
const DIGEST_SIDE_WORDS = MIN_BODY_WORDS;
/** A labelled field row ("From: …", "Subject: …", "Sent: …"): a quoted message's or a form's, never a story's headline. */
const FIELD_ROW = /^[ \t]*[\p{L}][\p{L}-]{0,20}:[ \t]/u;

/** Lines of prose in lines [from, to). */
function proseLines(lines: Line[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (lines[k].prose) n++;
  return n;
}

/** The first line a boundary takes: its first separator line, or the story's first line. */
function firstLineOf(c: { line: number; consumed: number[] }): number {
  return c.consumed.length > 0 ? c.consumed[0] : c.line;
}

function firstUrl(lines: Line[], consumed: number[]): string | null {
  for (const k of consumed) if (lines[k].url) return lines[k].url!.href;
  return null;
}

function nextContent(lines: Line[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i].blank) i++;
  return i;
}

function hasContent(lines: Line[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!lines[i].blank && !lines[i].rule) return true;
  return false;
}
