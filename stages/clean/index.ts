/**
 * clean: page → kept blocks + audit of removed blocks + metadata found on the page.
 * HTML goes through main-content extraction; text dumps through the block classifier,
 * with the template lines learned from the other documents of the same site.
 * Per-site rules from the configuration add to the generic rules.
 */
import { posix } from "node:path";
import type { Block, CleanResult, RemovedBlock, SourceDoc, Stage, StageContext, StoryPart, WorkDoc } from "../types.ts";
import { CONSENT_TOP_LINES, DIALOG_BODY, DIALOG_BODY_LINES, DIALOG_CLOSE, DIALOG_HEAD_LINES, DIALOG_LABEL, DIALOG_TOP_LINES, HELP_LABEL, MODAL_ANNOUNCEMENT, isConsentControl, isConsentHeading, isConsentSentence, MENU_ENTRY_WORDS, PAGE_END, PAGE_OPENING_CUES } from "./stories-cues.ts";
import { boundDocumentText, boundSourceContent, dropLongRuns } from "./bounds.ts";
import { auditMailRow } from "./mail-words.ts";
import { limitNesting } from "./depth.ts";
import { escapeHtml } from "../load/entities.ts";
import { extractHtml } from "./html.ts";
import { parseHtml } from "./html/dom.ts";
import { htmlToPlainText } from "./plain.ts";
import { applyHtmlSelectors, dropBlocks, dropTextLines, rulesFor } from "./site-rules.ts";
import { cleanTextDump } from "./text.ts";
import { findStories } from "./stories.ts";
import { findHtmlStories, type HtmlStory } from "./html-stories.ts";
import { LineMemo } from "./text/classify.ts";
import type { CompiledSiteRule } from "./site-rule-compile.ts";
import { urlHost } from "../common/url.ts";

/** Loaders whose documents are records (JSON, feeds): their text is the article, however short. */
const RECORD_FORMATS = new Set(["json", "jsonl", "rss", "atom", "rdf"]);

/**
 * The site a document belongs to, for the template corpus pass: the record's
 * site or URL host when known, else the folder it was saved in (scrapers
 * usually save one site per folder).
 */
export function siteKeyOf(doc: SourceDoc): string {
  if (doc.given.site) return `site:${doc.given.site.toLowerCase()}`;
  const host = doc.given.url ? urlHost(doc.given.url) : null; // null: not a URL, fall through to the folder
  if (host !== null) return `host:${host}`;
  return `dir:${posix.dirname(doc.source)}`;
}

/** A whole page has a document shell; a feed item's or record's HTML body usually does not. */
const PAGE_SHELL = /<(html|body|head)[\s>]/i;

/** Paragraph blocks of a text or HTML fragment, nothing removed. */
function plainBlocks(source: SourceDoc): Block[] {
  const plain = source.kind === "html" ? htmlToPlainText(limitNesting(source.content)) : source.content;
  return plain
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .map((text) => ({ text, role: "body" }));
}

function cleanSource(source: SourceDoc, ctx: StageContext): CleanResult {
  const rules = rulesFor(source, ctx.siteRules);
  if (source.kind === "html" && RECORD_FORMATS.has(source.format) && !PAGE_SHELL.test(source.content)) {
    // The HTML body of a feed item or record is the article itself: short paragraphs are content, not boilerplate.
    return dropBlocks({ blocks: plainBlocks(source), removed: [], meta: {} }, rules);
  }
  if (source.kind === "html") {
    const stories = findHtmlStories(source.content);
    if (stories) return cleanHtmlStories(source, stories, rules);
    return cleanHtmlPage(source.content, source, rules);
  }
  return cleanTextStories(source, ctx, rules);
}

/** One HTML page (or one story of a digest page, wrapped as a page): site rules, then the extractor. */
function cleanHtmlPage(html: string, source: SourceDoc, rules: CompiledSiteRule[]): CleanResult {
  // one parse: site rules edit the DOM the extractor then reads
  const dom = parseHtml(limitNesting(html));
  const pre = applyHtmlSelectors(dom, rules);
  const r = extractHtml(dom, { url: source.given.url ?? null, crawledAt: source.crawledAt ?? null });
  const withTitle = pre.title ? { ...r, meta: { ...r.meta, title: pre.title } } : r;
  return dropBlocks({ ...withTitle, removed: [...pre.removed, ...withTitle.removed] }, rules);
}

/**
 * An HTML page listing several full articles (html-stories.ts): each `<article>` is cleaned as a
 * page of its own (its headline, byline and date are its own); the rest of the page (its header,
 * the digest's title, its footer) is cleaned once, and whatever of it the extractor would keep
 * goes to the audit (rule `split/outside-stories`, story 0), so nothing of the page is lost. The
 * page's site and language speak for every story.
 */
function cleanHtmlStories(source: SourceDoc, ranges: HtmlStory[], rules: CompiledSiteRule[]): CleanResult {
  let rest = "";
  let at = 0;
  for (const r of ranges) {
    rest += source.content.slice(at, r.start);
    at = r.end;
  }
  rest += source.content.slice(at);
  const page = cleanHtmlPage(rest, source, rules);
  const outside: RemovedBlock[] = page.blocks.map((b) => ({ text: b.text, rule: "split/outside-stories", reason: "page text outside the stories of a digest page" }));
  const parts: StoryPart[] = ranges.map((r, n) => {
    // Wrapped as a page whose <title> is its headline, so that the extractor takes that heading as the title.
    const clean = cleanHtmlPage(`<html><head><title>${escapeHtml(r.headline)}</title></head><body>${source.content.slice(r.start, r.end)}</body></html>`, source, rules);
    // Its headline is the story's title (a wrapped <article> has no <title> or og:title of its own).
    const title = clean.meta.title ?? r.headline;
    const meta = { ...clean.meta, title, site: clean.meta.site ?? page.meta.site ?? null, language: clean.meta.language ?? page.meta.language ?? null };
    // The page's own metadata (its head: JSON-LD, meta tags) speaks for its first story at most, and only where the story says nothing.
    if (n === 0) {
      meta.author ??= page.meta.author ?? null;
      if (!meta.published && page.meta.published) Object.assign(meta, { published: page.meta.published, publishedFrom: page.meta.publishedFrom });
    }
    const removed = inStory([...(n === 0 ? [...outside, ...page.removed] : []), ...clean.removed], n);
    return { start: r.start, end: r.end, url: null, clean: { ...clean, meta, removed } };
  });
  return joinStories(parts);
}

/** One page of text: site line rules, then the text cleaner. */
function cleanTextPage(text: string, source: SourceDoc, ctx: StageContext, rules: CompiledSiteRule[], memo: LineMemo): CleanResult {
  const pre = dropTextLines(text, rules);
  const r = cleanTextDump(pre.text, { templates: ctx.templates, siteKey: siteKeyOf(source), memo });
  return dropBlocks({ ...r, removed: [...pre.removed, ...r.removed] }, rules);
}

/**
 * The hook of story segmentation (stories.ts): a text that holds several pages or stories is
 * cut first, and each story is cleaned as a page of its own. A record's text (JSON, feeds) is
 * cut only on separators written between stories. Separator and URL lines go to the audit.
 */
function cleanTextStories(source: SourceDoc, ctx: StageContext, rules: CompiledSiteRule[]): CleanResult {
  // One memo of line classes for the document: the segmenter classifies every line, the cleaner reuses them.
  const memo = new LineMemo();
  const found = findStories(source.content, { separatorsOnly: RECORD_FORMATS.has(source.format), memo });
  if (found.length === 1 && found[0].joiner.length === 0) return cleanTextPage(source.content, source, ctx, rules, memo);
  const cleaned = found.map((s) => ({ ...s, clean: cleanTextPage(source.content.slice(s.start, s.end), source, ctx, rules, memo) }));
  // A story the cleaner finds next to no article text in (a footer, a menu, a form cut off a page)
  // was not a story: it goes back to the story before it (the first one: to the one after).
  // One pass, and each merged story is cleaned once more. Not in a file cut at its own page breaks
  // or URL headers: there a page with little text is still a page.
  const trusted = found.some((s) => s.cues.includes("form-feed") || s.cues.includes("url-header") || s.cues.includes("mail-header") || s.cues.includes("front-matter") || s.cues.includes("brief-digest"));
  // The boundary that makes a story: its own (the first story: the one after it, the file's start being no boundary).
  const boundary = (n: number) => (n === 0 ? (cleaned[1]?.cues ?? []) : cleaned[n].cues);
  // A boundary between signed, dated stories (cue two-signed: other writers, other days, two paragraphs each) stands
  // whatever their length where every story of that run is short: a run of briefs or letters, each a story. An article
  // followed by a short signed piece (a reader's reply, a comment, a correction) is weighed as any other story is.
  const signedRun = cleaned.filter((s, n) => boundary(n).includes("two-signed"));
  const briefRun = signedRun.length > 0 && signedRun.every((s) => bodyWords(s.clean) < MIN_STORY_WORDS);
  const strong = cleaned.map(
    (s, n) => trusted || (briefRun && boundary(n).includes("two-signed")) || (bodyWords(s.clean) >= MIN_STORY_WORDS && !isPagePiece(boundary(n), s.clean, n === 0 ? "" : source.content.slice(s.start, s.end), n === 0 ? "" : source.content.slice(cleaned[n - 1].start, s.start))),
  );
  const stories: typeof cleaned = [];
  const grown = new Set<number>();
  let seenStrong = false;
  cleaned.forEach((s, n) => {
    const last = stories.length - 1;
    if (last >= 0 && (!strong[n] || !seenStrong)) {
      stories[last] = { ...stories[last], end: s.end };
      grown.add(last);
    } else stories.push(s);
    seenStrong ||= strong[n];
  });
  for (const n of grown) stories[n] = { ...stories[n], clean: cleanTextPage(source.content.slice(stories[n].start, stories[n].end), source, ctx, rules, memo) };
  if (stories.length === 1 && stories[0].joiner.length === 0) return stories[0].clean;
  const parts: StoryPart[] = stories.map((s, n) => {
    // (a mail header's rows after its first are its fields and their folded lines; the audit keeps no address: auditMailRow)
    const firstMailRow = s.header?.from === "mail" ? s.joiner.findIndex((text) => MAIL_HEADER_ROW.test(text)) : -1;
    const joiner: RemovedBlock[] = s.joiner.map((text, k) =>
      s.url !== null && text.includes(s.url)
        ? { text, rule: "split/url-line", reason: "URL line above the story (taken as its url)" }
        : s.header?.from === "front-matter" && FRONT_MATTER_ROW.test(text)
          ? { text, rule: "split/front-matter", reason: "front matter above the file's text (its title, author and date taken as the article's)" }
          : firstMailRow >= 0 && k >= firstMailRow
            ? { text: auditMailRow(text, !MAIL_HEADER_ROW.test(text)), rule: "split/mail-header", reason: "mail header above the message (its subject, sender and date taken as title, author and date)" }
            : s.preamble && !/^[-=_~*#═─━—–\s]+$/.test(text)
              ? { text, rule: "split/preamble", reason: "a digest's title and contents above its first story" }
              : { text, rule: "split/separator", reason: "separator between two stories" },
    );
    const removed = inStory([...joiner, ...s.clean.removed], n);
    return { start: s.start, end: s.end, url: s.url, ...(s.header ? { header: s.header } : {}), clean: { ...s.clean, removed } };
  });
  return joinStories(parts);
}

/** A line of a Markdown file's front matter as clean/stories.ts takes one: a fence, a `key: value` row, a list entry or an indented line. */
const FRONT_MATTER_ROW = /^(?:---|\.\.\.|[A-Za-z_][\w-]{0,40}:(?:\s.*)?|-\s.*|\s+\S.*)$/;

/** A row of a mail header as clean/stories.ts takes one: a header field ("Subject: …") or mbox's "From " line. */
const MAIL_HEADER_ROW = /^(?:[A-Za-z][\w-]{0,40}[ \t]*:|From )/;

/** Removed blocks marked with the story (0-based) they were cut from. */
const inStory = (removed: RemovedBlock[], n: number): RemovedBlock[] => removed.map((r) => ({ ...r, story: n }));

/** A file's stories as one clean result: their blocks and audits in order, the first story's metadata as the file's. */
function joinStories(parts: StoryPart[]): CleanResult {
  return { blocks: parts.flatMap((s) => s.clean.blocks), removed: parts.flatMap((s) => s.clean.removed), meta: parts[0].clean.meta, stories: parts };
}

/**
 * A story that is a piece of the page next to it, not a page: its footer (teaser blurbs, an
 * about-the-site paragraph, disclaimers and legal text that read as prose) or its head (a cookie
 * notice, a site blurb). Nothing written between pages and nothing of a page's start marks the
 * boundary (stories-cues.ts PAGE_OPENING_CUES: a footer line and blank lines, at most a list of
 * short links after it: a footer's link columns look like a menu), and the cleaner finds no story
 * header in it (a headline with a dateline or byline). It goes back to the story before it (the
 * first story: to the one after). `text` is the story's source text and `above` the source text of the story before it
 * (both empty for the first story).
 */
function isPagePiece(boundary: string[], clean: CleanResult, text: string, above: string): boolean {
  // A story inside a dialog the page printed after its footer (a "read next" or story-preview overlay): a close control
  // between the page's last footer line and the story, or at the story's top, with nothing of a joined page at the
  // boundary (no joiner, URL, page chrome or repeated masthead) and no footer of its own (a joined page ends with one).
  // With the close control, the overlay's label over its story ("Read next", DIALOG_LABEL) or a dialog's body
  // (dialogBody): a banner's "Close" or "No thanks" alone may sit above a joined page cut off before its footer.
  // It is then that page's dialog, whatever byline or date it carries. Family: modals and overlays holding another story,
  // printed where the DOM holds them by html-to-text and innerText (HTML pages: html-stories.ts skips such elements).
  // (Nor a menu under it: a joined page opens with its masthead and menu, whatever close button sits above them.)
  if (text !== "" && boundary.includes("page-end") && !boundary.includes("menu-start") && !boundary.some((c) => PAGE_OPENING_CUES.has(c.replace(/:.*/, ""))) && !hasFooterLine(text)) {
    const tail = linesAfterFooter(above);
    if ((opensWithCloseControl(text) || tail.some((l) => DIALOG_CLOSE.test(l))) && (overlayLabelled(tail, text) || dialogBody(clean, text))) return true;
  }
  // A modal's announcement at the story's top or between the page's last footer line and the story ("Entering a modal",
  // "Beginning of dialog window"), with nothing of a joined page at the boundary: the page's own modal, whatever it holds.
  const opening = boundary.some((c) => PAGE_OPENING_CUES.has(c.replace(/:.*/, "")));
  if (text !== "" && boundary.includes("page-end") && !opening && [...linesAfterFooter(above), ...topLines(text, DIALOG_TOP_LINES)].some((l) => MODAL_ANNOUNCEMENT.test(l))) return true;
  if (clean.meta.published || clean.meta.author) return false;
  // A search form's help panel the page printed after its footer: a close control, then a help label, right above the
  // story's first paragraph (the panel's title and a section label between them), short, with no footer of its own.
  // Family: help panels of search and archive pages, printed where the DOM holds them by html-to-text and innerText.
  if (text !== "" && boundary.includes("page-end") && bodyWords(clean) < SHORT_PIECE_WORDS && !hasFooterLine(text) && helpPanelOverText(clean, text)) return true;
  const headline = clean.blocks.find((b) => b.role === "title");
  // A consent dialog's own heading, whatever the cues: renderers print the dialog where the DOM has it, after the footer.
  // The heading alone may be a news headline ("Cookie tax", "Informed consent"): the body must read as a dialog too,
  // short (a dialog's few lines of text), with a dialog's control line (Accept all, Reject, Settings) in it, or opening
  // with the site telling its reader about its cookies.
  if (headline && isConsentHeading(headline.text) && (bodyWords(clean) < SHORT_PIECE_WORDS || consentControls(text, CONSENT_BODY_LINES) > 0 || opensWithConsentSentence(text))) {
    return true;
  }
  // ...or its controls near the story's top (not the file's: `text` is empty for the first story): the dialog's
  // next panel (one per service), set off by a rule. Under a headline of its own, two controls (a page may open
  // with one button of a banner the cleaner drops).
  if (consentControlsAtTop(text) >= (headline ? 2 : 1)) return true;
  // No headline, byline or date at all, and nothing at the boundary but a rule (underOwnRule): the text
  // under a page's own rule, whose header (headline, date, share links) the rule cut off above it. Family: blog and
  // magazine templates that draw an <hr> between the post's header and its text (with a sidebar blurb above), printed
  // by every text renderer. A page's start, its menu, a run of empty lines alone, a URL or a story header at the
  // boundary is a joined page's (whose headline the cleaner may miss): it keeps the page.
  if (!headline && !clean.meta.title && underOwnRule(boundary)) return true;
  // Short, with no byline or date, and nothing at the boundary of a page's end or start (no footer line before it; no
  // chrome, repeated masthead, story header, URL or page break after it): a block of the page's own foot (a course
  // or magazine promo under the page's own rule and a section menu), not a page. A short undated page after another
  // page's footer still stands.
  if (bodyWords(clean) < SHORT_PIECE_WORDS && !boundary.some((c) => PAGE_START_CUES.test(c))) return true;
  // After a footer line and a list of links (the footer's next link column, labelled or not), with no footer line of its
  // own: the rest of the page's footer (an about-the-site or newsletter box under its link columns), not a joined page,
  // which ends with a footer of its own before the next page. Family: footers of link columns and an about box, in every
  // renderer; the column labels ("Company", "Sections", "Explore") are no taxonomy label (stories-cues.ts TAXONOMY_LABEL).
  // The link list must read as a footer's (a column under its label, or two columns or more: opensWithFooterColumns), or
  // the piece must be short with no headline over a run of paragraphs: a joined page of another site that opens with its
  // own one-column menu (or a share row) and ends with no footer the cue table knows has the same cues, and stands.
  if (
    text !== "" &&
    boundary.includes("page-end") &&
    boundary.includes("menu-start") &&
    boundary.every((c) => FOOTER_TAIL_CUES.test(c)) &&
    !hasFooterLine(text) &&
    !(headline && hasParagraphRun(clean) && bodyWords(clean) >= MIN_PAGE_WORDS) &&
    (opensWithFooterColumns(above, text) || (bodyWords(clean) < 2 * SHORT_PIECE_WORDS && !(headline && hasParagraphRun(clean))))
  ) {
    return true;
  }
  // ...or a dialog's close control at its top, even under the overlay's own sign-in row or menu (cue page-start), but not
  // after the file's joiner, its URL line or a repeated site header: a joined page there may open with an app banner's
  // close button. The body must read as a dialog's too (dialogBody: short, and an overlay's wording or no run of
  // paragraphs), whatever joins it: an undated page after a run of empty lines may open with a menu's "Close".
  const joined = boundary.some((c) => c !== "page-start" && PAGE_OPENING_CUES.has(c.replace(/:.*/, "")));
  if (text !== "" && !joined && boundary.includes("page-end") && opensWithCloseControl(text) && !hasFooterLine(text) && dialogBody(clean, text)) return true;
  if (boundary.some((c) => PAGE_OPENING_CUES.has(c.replace(/:.*/, "")))) return false;
  return !headline || !hasParagraphRun(clean);
}

/** Boundary cues (stories.ts ids) of a cut inside one page's footer: its footer line before, a link column after. */
const FOOTER_TAIL_CUES = /^(?:page-end|menu-start|blank-run|right-after-prose|footer-continues|sides|bodies)(?::|$)/;
/**
 * Whether the link lines between the last footer line of `above` (the story before) and the first line of `text` longer
 * than a menu entry are a footer's link columns: a column of entries under a label line of its own ("Company", then
 * "About us", "Careers"…), or two columns or more set apart by empty lines. A page's own menu or share row is one
 * column, and the line under it its headline, no label. Family: site footers of labelled link columns, bulleted
 * (html-to-text, turndown) or not (innerText).
 */
function opensWithFooterColumns(above: string, text: string): boolean {
  let columns = 0;
  let entries = 0;
  let label = false;
  const close = (): boolean => {
    if (entries >= 2) {
      if (label) return true;
      columns++;
    }
    label = entries === 1;
    entries = 0;
    return columns >= 2;
  };
  const isEntry = (t: string) => t.length <= FOOTER_ENTRY_CHARS && wordsOf(t) <= MENU_ENTRY_WORDS && !/[.!?:;,]$/.test(t) && !hasFooterLine(t);
  // Above the story: only what follows its last footer line or line of text counts.
  for (const line of above.slice(-FOOTER_ABOVE_CHARS).split("\n")) {
    const t = line.trim().replace(LIST_BULLET, "");
    if (t === "") {
      if (entries > 0) close();
    } else if (isEntry(t)) entries++;
    else [columns, entries, label] = [0, 0, false];
  }
  for (const line of text.split("\n", FOOTER_COLUMN_LINES)) {
    const t = line.trim().replace(LIST_BULLET, "");
    if (t === "") {
      if (entries > 0 && close()) return true;
      continue;
    }
    if (!isEntry(t)) break;
    entries++;
  }
  return false;
}
/** Lines at a story's top searched for a footer's link columns (opensWithFooterColumns). */
const FOOTER_COLUMN_LINES = 80;
/** Characters at the end of the story before searched for the footer's first link columns (opensWithFooterColumns). */
const FOOTER_ABOVE_CHARS = 4000;
/** Characters at most of a footer link column's entry or label. */
const FOOTER_ENTRY_CHARS = 60;
/** A list entry's bullet as renderers print it (html-to-text " * ", turndown "*   ", "- ", "• "). */
const LIST_BULLET = /^[*•·+-][ \t]+/;

/**
 * Whether a story under a dialog's close control reads as the dialog's body: short (under SHORT_PIECE_WORDS), and in
 * an overlay's wording near its top (stories-cues.ts DIALOG_BODY: a newsletter, subscription, ad-blocker or "before
 * you go" box) or with no run of paragraphs an article's text has. An undated page opening with a menu's close button
 * has its article's paragraphs.
 */
function dialogBody(clean: CleanResult, text: string): boolean {
  if (bodyWords(clean) >= SHORT_PIECE_WORDS) return false;
  const top = text.split("\n", 400).filter((l) => l.trim() !== "").slice(0, DIALOG_BODY_LINES);
  return top.some((l) => l.length <= 1000 && DIALOG_BODY.test(l)) || !hasParagraphRun(clean);
}

/**
 * The non-blank lines after the last footer line of `above` (the story before a boundary), DIALOG_TAIL_LINES at most
 * searched, or none when no footer line is among them: where an overlay's own top row ("Close", "Read next") is printed
 * when the cut fell inside the dialog.
 */
function linesAfterFooter(above: string): string[] {
  const lines = above.slice(-FOOTER_ABOVE_CHARS).split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const tail = lines.slice(-DIALOG_TAIL_LINES);
  let footer = tail.length - 1;
  while (footer >= 0 && !hasFooterLine(tail[footer])) footer--;
  return footer >= 0 ? tail.slice(footer + 1) : [];
}

/** Whether an overlay's label (stories-cues.ts DIALOG_LABEL) is among `tail` (linesAfterFooter) or the story's first lines. */
function overlayLabelled(tail: string[], text: string): boolean {
  const top = text.split("\n", 200).map((l) => l.trim()).filter((l) => l !== "").slice(0, DIALOG_TOP_LINES + 1);
  return [...tail, ...top].some((l) => l.length <= 80 && DIALOG_LABEL.test(l));
}
/** Non-blank lines at the end of the story before a boundary searched for a footer line, then a close control. */
const DIALOG_TAIL_LINES = 6;

/** The first `n` non-blank lines of a story's text, trimmed. */
function topLines(text: string, n: number): string[] {
  return text.split("\n", 200).map((l) => l.trim()).filter((l) => l !== "").slice(0, n);
}

/** Whether one of the first DIALOG_TOP_LINES non-blank lines of a story's text is a dialog's close control (stories-cues.ts DIALOG_CLOSE). */
function opensWithCloseControl(text: string): boolean {
  return topLines(text, DIALOG_TOP_LINES).some((l) => DIALOG_CLOSE.test(l));
}

/**
 * Whether the DIALOG_HEAD_LINES non-blank lines right above the story's first kept paragraph hold a dialog's close control
 * (stories-cues.ts DIALOG_CLOSE) and, under it, a help panel's label (HELP_LABEL).
 */
function helpPanelOverText(clean: CleanResult, text: string): boolean {
  const first = clean.blocks.find((b) => b.role === "body");
  if (!first) return false;
  const at = text.indexOf(first.text.slice(0, 40));
  if (at <= 0) return false;
  const head = text.slice(Math.max(0, at - FOOTER_ABOVE_CHARS), at).split("\n").map((l) => l.trim()).filter((l) => l !== "").slice(-DIALOG_HEAD_LINES);
  const close = head.findIndex((l) => DIALOG_CLOSE.test(l));
  return close >= 0 && head.slice(close + 1).some((l) => HELP_LABEL.test(l));
}

/** Whether a story's text holds a footer line of its own (stories-cues.ts PAGE_END: a copyright notice, a legal link row). */
function hasFooterLine(text: string): boolean {
  return text.split("\n").some((l) => {
    const t = l.trim();
    return t !== "" && t.length <= 1000 && t.split(/\s+/).length <= 40 && PAGE_END.some((e) => e.re.test(t) && !e.unless?.test(t));
  });
}

/**
 * Words of body text under which a story with no byline or date needs a cue of a page's end or start at its boundary
 * (PAGE_START_CUES) to stand. Family: the promo boxes and teasers under a page's article that the page's own rule or
 * a blank run and a section menu set off, in html-to-text and innerText dumps.
 */
const SHORT_PIECE_WORDS = 150;
/**
 * Words of body at least, under a headline and over a run of paragraphs, that make a story after a footer's link
 * columns a joined page of its own (an undated page with no footer the cue table knows), not the footer's about box.
 * Family: undated pages (how-tos, explainers, standings) joined after another page's labelled footer columns.
 */
const MIN_PAGE_WORDS = 200;
/**
 * Boundary cues (stories.ts ids) that show a page ending or starting there: a footer line, its chrome or masthead, a
 * story header, a URL line, a page break, or the file's own joiner (the run of empty lines or the rule that joins every
 * page of the file: a short undated brief between two dated stories is a page of its own). Not a rule seen once or a
 * separator repeated inside a page: a page's own boxes sit under those.
 */
const PAGE_START_CUES = /^(?:page-end|page-start|repeated-header|story-start|repeated-story-start|url-header|url-line|form-feed|counter|counter-header|mail|mail-header|front-matter|joiner-run|file-joiner|briefs-page)(?::|$)/;

/**
 * Whether a boundary's cues are those a page's own rule under its header makes: a rule (repeated in the file or
 * not, with the empty lines around it), the share links or prose right above it, and the cues that weigh against
 * a cut. A page's start (its menu, a repeated site header, chrome lines), a run of empty lines without a rule, a
 * URL, a counter or a story header at the boundary is a joined page's, whose headline the cleaner may miss.
 */
function underOwnRule(boundary: string[]): boolean {
  return boundary.includes("rule") && boundary.every((c) => UNDER_RULE_CUES.test(c));
}
const UNDER_RULE_CUES = /^(?:rule|rule-under-text|repeated-separator|blank-run|page-end|right-after-prose|footer-continues|tail-section|sides|bodies)(?::|$)/;

/** How many of the first CONSENT_TOP_LINES non-blank lines of a story's text are a consent dialog's controls (stories-cues.ts isConsentControl). */
function consentControlsAtTop(text: string): number {
  return consentControls(text, CONSENT_TOP_LINES);
}

/** Whether one of the first CONSENT_TOP_LINES non-blank lines of a story's text is a consent dialog's sentence (stories-cues.ts isConsentSentence). */
function opensWithConsentSentence(text: string): boolean {
  return text.split("\n", 200).filter((l) => l.trim() !== "").slice(0, CONSENT_TOP_LINES).some(isConsentSentence);
}

/** Non-blank lines of a story under a consent heading searched for a control (a dialog's buttons follow its text). */
const CONSENT_BODY_LINES = 60;

/** How many of the first `lines` non-blank lines of a story's text are a consent dialog's controls. */
function consentControls(text: string, lines: number): number {
  let seen = 0;
  let controls = 0;
  for (const line of text.split("\n", Math.max(200, lines * 4))) {
    const t = line.trim();
    if (t === "") continue;
    if (isConsentControl(t)) controls++;
    if (++seen >= lines) break;
  }
  return controls;
}

/** Words of a paragraph in a run of an article's own text (a teaser's standfirst is one such paragraph under each headline). */
const RUN_PARAGRAPH_WORDS = 15;
/**
 * Whether two paragraphs of RUN_PARAGRAPH_WORDS follow each other in the body: an article's text does
 * somewhere; a related-stories or "more stories" list (a headline, a one-paragraph standfirst, the next
 * headline) never does, however much of it the cleaner keeps. Family: teaser rows after a page's footer
 * or tags, in every renderer.
 */
function hasParagraphRun(clean: CleanResult): boolean {
  let run = 0;
  for (const b of clean.blocks) {
    run = b.role === "body" && wordsOf(b.text) >= RUN_PARAGRAPH_WORDS ? run + 1 : 0;
    if (run >= 2) return true;
  }
  return false;
}

/** A story needs this many words of body text after cleaning to stand as an article of its own. */
const MIN_STORY_WORDS = 50;

/** Words of an article's body text after cleaning. */
function bodyWords(clean: CleanResult): number {
  let words = 0;
  for (const b of clean.blocks) {
    if (b.role === "body" || b.role === "heading") words += wordsOf(b.text);
  }
  return words;
}

/**
 * Words of a block's text. Scripts written without spaces (Japanese, Chinese, Thai): a space-split count sees a
 * paragraph as one "word", so a story of them was never long enough to stand. Two of their characters count as a word.
 */
function wordsOf(text: string): number {
  const unspaced = text.match(UNSPACED_SCRIPT);
  return text.split(/\s+/).length + (unspaced ? unspaced.length >> 1 : 0);
}

/** Letters of scripts written without spaces between words (kana, CJK ideographs, Thai, Lao, Khmer). */
const UNSPACED_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0eff\u1780-\u17ff]/g;

/**
 * A JSON record or feed item whose text the cleaner would drop entirely (a
 * two-sentence brief is short, not boilerplate): keep the record's own text.
 */
function recordFallback(source: SourceDoc, result: CleanResult): CleanResult {
  if (!RECORD_FORMATS.has(source.format) || result.blocks.some((b) => b.role === "body")) return result;
  return { blocks: plainBlocks(source), removed: [], meta: result.meta };
}

export function cleanDocument(doc: WorkDoc, ctx: StageContext): WorkDoc {
  // Input and output bounds (stages/clean/bounds.ts): what they cut is audited like any removed block.
  const bounded = boundSourceContent(doc.source.content, doc.source.kind);
  const source = bounded.removed.length ? { ...doc.source, content: bounded.content } : doc.source;
  const r = recordFallback(source, cleanSource(source, ctx));
  const withInputCuts = bounded.removed.length ? { ...r, removed: [...r.removed, ...bounded.removed] } : r;
  const clean = boundDocumentText(dropLongRuns(withInputCuts));
  if (!clean.stories) return { ...doc, clean };
  const at = clean.stories.slice(1).map((s) => s.start);
  const message = `cut into ${clean.stories.length} stories (clean/stories.ts), the later ones starting at UTF-16 offsets ${at.join(", ")}`;
  return { ...doc, clean, diagnostics: [...doc.diagnostics, { stage: "clean", rule: "split/stories", level: "info", message }] };
}

export const cleanStage: Stage = { name: "clean", version: "86", run: cleanDocument };
