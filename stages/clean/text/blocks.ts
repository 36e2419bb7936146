/**
 * Cut a whole-page text dump into line units. A dump has no markup, so a
 * line is the smallest thing we can keep or drop: browser innerText puts one
 * paragraph per line, text exporters put a blank line between paragraphs, and
 * markdown converters add `*` bullets, `>` quotes, `#` headings and `[text](url)`
 * links. All of these are normalised here, and what was stripped is kept as
 * flags (`list`, `quote`, `markHeading`) for the classifier.
 */
import { stripEmphasis } from "./inline.ts";
import { splitLines } from "../../common/lines.ts";
import { WIRE_LEAD } from "./lexicon.ts";

export interface LineUnit {
  /** Position among the dump's non-empty lines. */
  index: number;
  /** The original line, trimmed (what the audit shows when the line is dropped). */
  raw: string;
  /** Normalised text: bullets/quote/heading marks stripped, links unwrapped, single-spaced. */
  text: string;
  /** Text with markdown links still in place (for residue checks). */
  linked: string;
  /** Began with a bullet (`*`, `-`, `•`, ...). */
  list: boolean;
  /** Began with `>` (a markdown / e-mail style quotation). */
  quote: boolean;
  /** Began with `#` marks (a markdown heading). */
  markHeading: boolean;
  /**
   * The Markdown heading's level: the number of `#` marks, or 1 under a setext `===` underline and 2 under a `---` one;
   * 0 for a line that is no Markdown heading (a plain-text render prints every level alike, with blank lines).
   */
  headingLevel: number;
  /** Leading whitespace width (nesting of menus in text exports). */
  indent: number;
  /** A blank line precedes this line (or it is the first line). */
  blankBefore: boolean;
  /** Blank lines right before this line (a renderer sets a heading off by more of them than a paragraph; 2 at the top when the dump sets any line off so, else 1). */
  blanksBefore: number;
  /** Column gaps (tabs, or runs of 3+ spaces inside the line): table rows rendered as text have several. */
  columnGaps: number;
}

/** Bullet characters that renderers put in front of list items ("»" and "›" mark link lists). */
const BULLET = /^([*•·▪▫◦►▸‣⁃–+»›-])(\s+|$)/;

/**
 * Invisible characters that survive copy-paste: zero-width spaces, BOM, soft hyphen; and what a terminal capture
 * leaves in a dump: ANSI CSI escape sequences (colours, "\x1b[31m…\x1b[0m") and the other C0 control characters
 * but tab, line feed, carriage return, vertical tab and form feed (read as spaces, ODD_SPACE). Family: text dumps
 * saved from terminals, log viewers and old exporters. Line units keep no offsets into the source, so removing
 * characters here moves no source offset (the story cutter, stories.ts, reads the raw text).
 */
const INVISIBLE = /\x1b\[[0-9;?]*[ -/]*[@-~]|[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f]/g;
/** Spaces other than U+0020 that are read as a plain space (vertical tab and form feed: a form feed at a line's edge is a page break in stories.ts). */
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
/** Any character of INVISIBLE or ODD_SPACE: a line without one needs neither replacement. */
const INVISIBLE_OR_ODD_SPACE = /[\u200b-\u200d\u2060\ufeff\u00ad\u00a0\u2000-\u200a\u202f\u205f\u3000\t\v\f\x00-\x08\x0e-\x1f]/;
/** Whitespace that `replace(/\s+/g, " ")` would change: a non-space whitespace character, or two spaces. */
const UNEVEN_SPACE = /[^\S ]| {2}/;
/** First characters of the markers peeled off a line: bullets, `>` and `#`. */
const MARKER_FIRST = new Set([..."*•·▪▫◦►▸‣⁃–+»›->#"].map((c) => c.charCodeAt(0)));

/** A horizontal rule or a setext heading underline: only `-`, `=`, `*`, `_` (three or more), maybe spaced. */
const RULE_LINE = /^(?:([-=*_])\s*){3,}$/;
/** How far a link's text or title is scanned for its closing bracket or quote (keeps a line of stray brackets linear). */
const LINK_SCAN_MAX = 4096;
/**
 * Characters the link scans of one line may read in all, per character of the line (plus LINK_SCAN_MAX);
 * once spent, the rest of the line's brackets open no link. Each bracket of a line of thousands of stray
 * ones (`[[[…`, `![![…`, `[a]([a](…`) scanned LINK_SCAN_MAX characters ahead: 80,000 characters took 15 s.
 * An ordinary line reads each character a few times (a link's text again when it is unwrapped).
 */
const LINK_SCAN_PER_CHAR = 16;

/** What is left of a line's link-scan allowance (LINK_SCAN_PER_CHAR). */
interface ScanBudget {
  left: number;
}

/** A character that may open Markdown inline syntax: a link, an emphasis marker, an escape. */
const MARKDOWN_INLINE = /[[*_\\]/;

export function toLineUnits(dump: string): LineUnit[] {
  const units: LineUnit[] = [];
  let blank = true;
  let blanks = 2;
  for (const line of splitLines(dump)) {
    const clean = INVISIBLE_OR_ODD_SPACE.test(line) ? line.replace(INVISIBLE, "").replace(ODD_SPACE, " ") : line;
    const trimmed = clean.trim();
    if (trimmed === "") {
      blank = true;
      blanks++;
      continue;
    }
    if (RULE_LINE.test(trimmed)) {
      // A setext underline right under a line makes that line a heading; any other rule
      // (`* * *`, `---` between blocks) separates blocks like a blank line does.
      const prev = units[units.length - 1];
      if (!blank && prev && /^[=-]/.test(trimmed)) {
        prev.markHeading = true;
        prev.headingLevel ||= trimmed.startsWith("=") ? 1 : 2;
      }
      blank = true;
      continue;
    }
    const indent = clean.length - clean.trimStart().length;
    const columnGaps = line.includes("\t") || line.includes("   ") ? (line.trim().match(/\t+| {3,}/g) ?? []).length : 0;
    let t = UNEVEN_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
    let list = false;
    let quote = false;
    let markHeading = false;
    let headingLevel = 0;
    // Nested markers ("> * item", "* > quote"): peel until none is left.
    for (let guard = 0; guard < 4; guard++) {
      if (!MARKER_FIRST.has(t.charCodeAt(0))) break;
      const b = BULLET.exec(t);
      if (b) {
        list = true;
        t = t.slice(b[0].length);
        continue;
      }
      const q = /^>\s?/.exec(t);
      if (q) {
        quote = true;
        t = t.slice(q[0].length);
        continue;
      }
      const h = /^#{1,6}\s+/.exec(t);
      if (h) {
        markHeading = true;
        headingLevel ||= h[0].trimEnd().length;
        t = t.slice(h[0].length);
        continue;
      }
      break;
    }
    if (t.startsWith("](") || (t.startsWith("[") && !t.includes("]"))) {
      t = splitLinkEnds(t);
      if (t === "") continue; // only the tail of a link opened on an earlier line
    } else if (blank) t = withOpenedLinkTail(t); // (only a tail that opens a block: see withOpenedLinkTail)
    const linked = t.trim();
    // `linked` is trimmed and single-spaced already: without link or emphasis marks there is nothing to unwrap.
    const text = MARKDOWN_INLINE.test(linked) ? unwrapLinks(linked) : linked;
    units.push({ index: units.length, raw: line.trim(), text, linked, list, quote, markHeading, headingLevel, indent, blankBefore: blank, blanksBefore: blank ? Math.max(1, blanks) : 0, columnGaps });
    blank = false;
    blanks = 0;
  }
  // The top of a dump is a wide gap only in a dump whose renderer prints wide gaps at all.
  if (units.length > 0 && !units.some((u, i) => i > 0 && u.blanksBefore >= 2)) units[0].blanksBefore = 1;
  return units;
}

/** ASCII punctuation a Markdown backslash escapes (turndown writes `\\-`, `\\[`, `\\_`, `\\*`, `\\#`...). */
const ESCAPABLE = new Set([..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"].map((c) => c.charCodeAt(0)));
/** Escaped punctuation is parked in the private-use area while emphasis is stripped, so `\\_` never pairs as emphasis. */
const PARK = 0xe000;

/**
 * Where a Markdown inline link or image that opens with `[` at `open` ends, and its text;
 * null when the bracket opens no link. Handles nested brackets (`[![alt](img)](url)`),
 * escapes, `<url>` destinations, balanced parentheses in URLs, and titles in `"…"`,
 * `'…'` or `(…)` that hold brackets and parentheses (`](url "Teaser […]")`).
 */
function scanLink(s: string, open: number, budget: ScanBudget): { text: string; end: number } | null {
  const close = scanTo(s, open + 1, "[", "]", false, budget);
  if (close < 0 || s[close + 1] !== "(") return null;
  const end = linkTailEnd(s, close + 1, budget);
  return end < 0 ? null : { text: s.slice(open + 1, close), end };
}

/**
 * The index of the first `closeCh` not matched by an `openCh` after `from` (or of the first
 * space, with `stopAtSpace`), skipping backslash escapes; -1 within LINK_SCAN_MAX characters
 * or once the line's budget is spent.
 */
function scanTo(s: string, from: number, openCh: string, closeCh: string, stopAtSpace: boolean, budget: ScanBudget): number {
  let depth = 0;
  const stop = Math.min(s.length, from + LINK_SCAN_MAX, from + budget.left);
  for (let i = from; i < stop; i++) {
    budget.left--;
    const c = s[i];
    if (c === "\\") i++;
    else if (c === openCh) depth++;
    else if (c === closeCh) {
      if (depth === 0) return i;
      depth--;
    } else if (stopAtSpace && c === " ") return i;
  }
  return -1;
}

/**
 * Where the `(url "title")` part of a link that starts at `paren` (an opening parenthesis)
 * ends, just after its `)`; -1 when it is no link destination.
 */
function linkTailEnd(s: string, paren: number, budget: ScanBudget): number {
  let j = paren + 1;
  while (s[j] === " ") j++;
  if (s[j] === "<") {
    const close = budget.left > 0 ? s.indexOf(">", j) : -1;
    const read = (close < 0 ? s.length : close) - j;
    budget.left -= read;
    if (close < 0 || budget.left < 0) return -1;
    j = close + 1;
  } else {
    j = scanTo(s, j, "(", ")", true, budget);
    if (j < 0) return -1;
  }
  while (s[j] === " ") j++;
  const q = s[j];
  if (q === '"' || q === "'" || q === "(") {
    const closeQ = q === "(" ? ")" : q;
    // The title runs to the first unescaped closing quote followed by `)`.
    let k = j + 1;
    const stopQ = Math.min(s.length, j + LINK_SCAN_MAX, j + budget.left);
    for (; k < stopQ; k++) {
      budget.left--;
      if (s[k] === "\\") {
        k++;
        continue;
      }
      if (s[k] === closeQ) {
        let m = k + 1;
        while (s[m] === " ") m++;
        if (s[m] === ")") {
          j = m;
          break;
        }
      }
    }
    if (k >= stopQ) return -1;
  }
  return s[j] === ")" ? j + 1 : -1;
}

/**
 * A Markdown link whose text holds block content (a teaser card: headline, byline, blurb)
 * spans lines: `[Headline` … `](url "title")`. The opening bracket with no closing one on
 * its line, and the tail at the start of a later line, are syntax, not text.
 */
function splitLinkEnds(t: string): string {
  let s = t;
  if (s.startsWith("](")) {
    const end = linkTailEnd(s, 1, lineBudget(s));
    if (end > 0) s = s.slice(end).trim();
  }
  if (s.startsWith("[") && !s.includes("]")) s = s.slice(1).trim();
  return s;
}

/**
 * The last line of a link's text that spans lines, run into the link's tail: "Jane Doe](/author/jane-doe)"
 * under a `[` and a photo (an author card, a teaser card). The line gets its opening bracket back, so the tail is read as
 * a link's (its text kept, the address in `linked` only) and not printed as text. Only when no `[` comes before the
 * tail, the tail is a whole link address, and the line opens a block (a blank line above it): in a hard-wrapped
 * paragraph (a hand-written `.md`, a converter with a line width) a link's text wraps onto the next line of the same
 * paragraph ("… in the [council's" / "consultation report](https://example.org/report.pdf)."), and that line is prose,
 * not a link of its own: made one, it read as navigation and cut the paragraph out of the body. (Cost, measured:
 * a card whose tail is not set off by a blank line keeps its tail as text again: one held-out page's title.)
 */
function withOpenedLinkTail(t: string): string {
  const k = t.indexOf("](");
  if (k <= 0 || t.lastIndexOf("[", k) >= 0) return t;
  return linkTailEnd(t, k + 1, lineBudget(t)) > 0 ? `[${t}` : t;
}

const lineBudget = (s: string): ScanBudget => ({ left: LINK_SCAN_PER_CHAR * s.length + LINK_SCAN_MAX });

/** Link text kept, link and image addresses and titles dropped, images dropped, escapes undone (parked). */
function unwrapInline(s: string, budget = lineBudget(s)): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\" && i + 1 < s.length && ESCAPABLE.has(s.charCodeAt(i + 1))) {
      out += String.fromCharCode(PARK + s.charCodeAt(i + 1));
      i++;
      continue;
    }
    if (c === "!" && s[i + 1] === "[") {
      const l = scanLink(s, i + 1, budget);
      if (l) {
        i = l.end - 1; // an image: nothing of it is text in a browser's rendering
        continue;
      }
    }
    if (c === "[") {
      const l = scanLink(s, i, budget);
      if (l) {
        out += unwrapInline(l.text, budget);
        i = l.end - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/**
 * Emphasis around punctuation only (`_,_`, `**.**`): turndown writes it when an italic or bold span
 * is cut by links (`_Follow us on_ [A](…)_,_ [B](…)_._`), and once the links are unwrapped the marks touch words, so
 * the rule above cannot pair them. Family: italic credit, follow and source lines whose names are links.
 */
const PUNCT_EMPHASIS = /([*_]{1,2})([.,;:!?]{1,3})\1/g;

/**
 * Markdown inline syntax to the text a reader sees: `[text](url "title")` → `text`,
 * `![alt](src)` → nothing, `**bold**` / `_em_` → the words, `\\-` → `-`.
 */
export function unwrapLinks(s: string): string {
  let t = unwrapInline(s);
  if (t.includes("_") || t.includes("*")) t = t.replace(PUNCT_EMPHASIS, "$2");
  t = stripEmphasis(t);
  // eslint-disable-next-line no-control-regex
  t = t.replace(/[\ue000-\ue07f]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - PARK));
  return t.replace(/\s+/g, " ").trim();
}

/**
 * Hard-wrapped documents. Family: plain-text documents printed as they were typed, lines broken at a
 * fixed width of about 60 to 80 characters, each paragraph several lines with no blank line between: standards and
 * RFC drafts, mailing-list and newsgroup archives, e-mails, licence texts, `<pre>` blocks and `<br>`-broken prose, in
 * every renderer (html-to-text, innerText and turndown print them as they are; a Markdown link counts by its text). Every
 * line of such a paragraph read as a fragment with no sentence end, so the paragraphs cost the body run instead of
 * carrying it. The lines of a paragraph are joined into one unit BEFORE the lines are classified.
 *
 * A dump is wrapped when WRAP_PAIRS_MIN line pairs read as a sentence broken at the margin (the upper line WRAP_MIN_WIDTH
 * to WRAP_MAX_WIDTH wide, no closing stop or colon, the lower line opening in lower case with two words or more, no blank line between: not a headline over a site's
 * domain name) in WRAP_BLOCKS_MIN blocks or more and
 * most of those upper lines end near one width W (within WRAP_SLACK under the margin, the width nine in ten stay
 * within). Then two lines are joined when the upper one is about W wide and the lower one's first word would not have fitted on it (the break was the
 * margin's, not the writer's), with the same indentation, no blank line, neither a heading nor a list entry opening
 * the lower one, no column gaps or dot leaders (tables, a table of contents) and no code shape on either line
 * (`CODE_SHAPE`: tutorials' code and queries break their lines on purpose). A menu or a teaser list never
 * has the pairs; a dump of one long line per paragraph has none either. Review mend: a unit's first line joins only as
 * a broken sentence and never onto a byline or a wire dateline, and only blocks that read as wrapped prose join
 * (`proseBlocks`): a headline, a stanza, an address or an agenda inside a wrapped document stays as typed.
 */
const WRAP_PAIRS_MIN = 5;
/** ...in at least this many blocks set off by blank lines. */
const WRAP_BLOCKS_MIN = 2;
const WRAP_MIN_WIDTH = 45;
const WRAP_MAX_WIDTH = 100;
const WRAP_SLACK = 12;
/** The margin is this quantile of the broken lines' widths. */
const WRAP_MARGIN_QUANTILE = 0.9;
/** Share of the broken-sentence pairs' upper lines that must end within WRAP_SLACK of the widest. */
const WRAP_AT_MARGIN_SHARE = 0.6;
/** Dot leaders of a table of contents ("Introduction ........ 2"). */
const DOT_LEADER = /\.{4,}|(?:\. ){3,}/;
/** A line that opens a numbered section or entry ("2.", "4.3.", "(a)", "[1]"): never a continuation. */
const NUMBERED_OPENING = /^(?:\d+(?:\.\d+)*\.?|\(\w\)|\[\d+\])\s/;

/** A line's width as typed: its indentation and its text (a Markdown link's address and brackets are not counted). */
/** Code and query lines (an assignment, a call, a statement's end, a box-drawing table, a comment mark): program text keeps its line breaks. */
const CODE_SHAPE = /[=;{}│┼─<>]|[\w)]\(|^(?:--|#|\/\/)/u;
const widthOf = (u: LineUnit) => u.indent + u.text.length;
/** The two lines read as one sentence broken at the margin. */
function brokenSentence(a: LineUnit, b: LineUnit, lower = /^\p{Ll}\S* \S/u): boolean {
  const w = widthOf(a);
  return !b.blankBefore && !CODE_SHAPE.test(a.text) && !CODE_SHAPE.test(b.text) && w >= WRAP_MIN_WIDTH && w <= WRAP_MAX_WIDTH && !/[.!?:;]["”’»)]?$/u.test(a.text) && lower.test(b.text);
}
/** Inside a block, the lower line of a broken sentence may be one word ("… described in this" / "specification."). */
const LOWER_OPENING = /^\p{Ll}/u;
/**
 * A name broken at the margin: the upper line ends on a capitalised word after lower-case text, the lower one opens
 * with two capitalised words ("… of the Internet Engineering" / "Task Force (IETF).", "… the Trust's Legal" /
 * "Provisions Relating to …"). A headline over a paragraph ("… in Congress" / "The Senate …") has a lower-case second
 * word, or is a wire dateline (`isHeaderFurniture`).
 */
const NAME_RUNS_ON_UPPER = /\p{Ll}\S* \p{Lu}[\p{L}'’-]*$/u;
const NAME_RUNS_ON_LOWER = /^\p{Lu}\p{Ll}+ \p{Lu}/u;

/** A line that closes a sentence (a stop, maybe inside a closing quote or bracket). */
const SENTENCE_END = /[.!?…]["”’»)]?$/u;
/** A line ending in a comma or a short lower-case word ("of", "the", "and", "der", "de"): the phrase runs on. */
const PHRASE_RUNS_ON = /(?:,|(?:^|\s)\p{Ll}{1,3})$/u;
/**
 * A line that reads as header furniture, never the continuation of the line above: a byline
 * ("By Jane Roe", "by Jane Roe, staff reporter", "Von …", "Par …", "Por …") or a wire dateline ("CITY (Agency) — The …",
 * "CITY — The …", `WIRE_LEAD`). Family: wire copy, e-mailed press releases and newsletters printed under a headline.
 */
const BYLINE_OPENING = /^(?:by|von|par|por)\s+\p{Lu}/iu;
const isHeaderFurniture = (u: LineUnit) => (BYLINE_OPENING.test(u.text) && u.text.split(" ").length <= BYLINE_MAX_WORDS && !SENTENCE_END.test(u.text)) || WIRE_LEAD.test(u.text);
/** A byline line has at most this many words: a wrapped sentence's next line may open with "by" and a name ("… approved" / "by Parliament on …"). */
const BYLINE_MAX_WORDS = 8;
/** A sentence or clause closed in a line, at its end or inside it ("… over the internet. This", "… exposes are:"). */
const CLAUSE_CLOSE = /[.!?…:;]["”’»)]?(?:\s|$)/u;
/** At least this share of a block's lines ending in punctuation makes the block verse or a list of phrases. */
const VERSE_LINE_END_SHARE = 0.75;
const VERSE_MIN_LINES = 3;

/**
 * The blocks (set off by blank lines) whose lines may be joined: a block that holds a
 * broken sentence of its own (`brokenSentence`) and reads as prose broken at the margin: a line at or under that pair
 * closes a sentence or a clause (`CLAUSE_CLOSE`, at its end or inside it) (an unbulleted list under a lead-in, an address or a signature block has only bare phrases), and fewer
 * than three in four of its lines end in punctuation (a stanza of verse, a list of sentences one a line). A wrapped
 * newsletter's stanza, address or agenda stays as typed.
 */
function proseBlocks(units: LineUnit[]): Set<number> {
  const out = new Set<number>();
  let from = 0;
  for (let b = 0; from < units.length; b++) {
    let to = from + 1;
    while (to < units.length && !units[to].blankBefore) to++;
    let broken = false;
    let closed = false;
    let punctuated = 0;
    for (let i = from; i < to; i++) {
      if (broken && CLAUSE_CLOSE.test(units[i].text)) closed = true;
      if (i + 1 < to && brokenSentence(units[i], units[i + 1], LOWER_OPENING)) broken = true;
      if (/[.,;:!?…]["”’»)]?$/u.test(units[i].text)) punctuated++;
    }
    const n = to - from;
    const verse = n >= VERSE_MIN_LINES && punctuated >= n * VERSE_LINE_END_SHARE;
    if (closed && !verse) out.add(b);
    from = to;
  }
  return out;
}

export function rejoinHardWrapped(units: LineUnit[]): LineUnit[] {
  const heads: number[] = [];
  // (the blocks, set off by blank lines, that hold a broken sentence: a single block of lines of even width is as
  //  likely a list the writer broke by hand)
  let blocks = 0;
  let block = -1;
  for (let i = 0, b = 0; i + 1 < units.length; i++) {
    if (units[i].blankBefore) b++;
    if (!brokenSentence(units[i], units[i + 1])) continue;
    heads.push(widthOf(units[i]));
    if (b !== block) (blocks++, (block = b));
  }
  if (heads.length < WRAP_PAIRS_MIN || blocks < WRAP_BLOCKS_MIN) return units;
  // The margin: the width that nine in ten of the broken lines stay within (a line or two run over it where a
  // long word or a link's text was kept whole).
  const margin = [...heads].sort((x, y) => x - y)[Math.floor((heads.length - 1) * WRAP_MARGIN_QUANTILE)];
  if (heads.filter((w) => w >= margin - WRAP_SLACK).length < heads.length * WRAP_AT_MARGIN_SHARE) return units;
  const prose = proseBlocks(units);
  const joins = (a: LineUnit, b: LineUnit): boolean => {
    if (b.blankBefore || b.list || b.markHeading || a.markHeading || a.quote !== b.quote || a.columnGaps || b.columnGaps) return false;
    if (b.indent !== a.indent || CODE_SHAPE.test(a.text) || CODE_SHAPE.test(b.text) || DOT_LEADER.test(a.raw) || DOT_LEADER.test(b.raw) || NUMBERED_OPENING.test(b.raw)) return false;
    const w = widthOf(a);
    const firstWord = b.text.split(" ", 1)[0].length;
    return w <= margin + WRAP_SLACK && w >= WRAP_MIN_WIDTH && w + 1 + firstWord > margin;
  };
  const out: LineUnit[] = [];
  let last: LineUnit | undefined; // the unit being built, and the last line joined into it
  let lastLine: LineUnit | undefined;
  let opens = false; // nothing joined into `last` yet
  for (let i = 0, b = -1; i < units.length; i++) {
    const u = units[i];
    if (i === 0 || u.blankBefore) b++;
    // A line that opens a unit (a headline, a dateline's paragraph, a one-sentence line) joins the next one only when
    // the two read as a sentence broken at the margin: it closes no sentence and the next line opens in lower case
    // or its phrase runs on (a comma, "of", "the" at its end), and the next line is no byline or wire dateline
    // (`isHeaderFurniture`). Headlines over a dateline or a byline stay apart.
    const continues =
      last && lastLine && prose.has(b) && joins(lastLine, u) && (!opens || (!SENTENCE_END.test(lastLine.text) && !isHeaderFurniture(u) && (LOWER_OPENING.test(u.text) || PHRASE_RUNS_ON.test(lastLine.text) || (NAME_RUNS_ON_UPPER.test(lastLine.text) && NAME_RUNS_ON_LOWER.test(u.text)))));
    if (last && lastLine && continues) {
      // A word hyphenated at the margin ("Internet-" / "Drafts") is joined without a space. (The last line joined,
      // never the unit built so far: a `$`-anchored test of the growing unit is quadratic in the paragraph's lines.)
      const glue = /\p{L}-$/u.test(lastLine.raw) && /^\p{L}/u.test(u.raw) ? "" : " ";
      last.raw += glue + u.raw;
      last.text += glue + u.text;
      last.linked += glue + u.linked;
      lastLine = u;
      opens = false;
      continue;
    }
    last = { ...u, index: out.length };
    lastLine = u;
    opens = true;
    out.push(last);
  }
  return out;
}
