/**
 * An HTML page that lists several FULL articles, each in an `<article>` element with its own
 * headline and its own byline or date: a newsletter digest page, a "today's stories" page, a
 * news site that appends the next article below the first (infinite scroll, saved). Each such
 * element is a story: cleaned as a page of its own, it becomes its own article with its own
 * title, author and date. Everything outside them (the page's header, its digest title, its
 * footer) goes to the audit.
 *
 * Not a digest (one article, as before): a page whose `<article>` elements are teaser cards
 * (too little prose), one article with related cards, and a live blog whose entries all carry one
 * author's byline and one day, or show a clock time only (see `HTML_STORY` below).
 *
 * Pure: works on the raw markup; offsets are UTF-16 offsets into it.
 */
import type { AnyNode, Element } from "domhandler";
import { parseHtml } from "./html/dom.ts";
import { textOf } from "./html/blocks.ts";
import { tokensOf } from "./text/classify.ts";
import { parseByline } from "./text/header.ts";
import { CLOCK_ONLY } from "./stories.ts";

/** What makes an `<article>` element a full story of a digest page, and a page a digest. */
const HTML_STORY = {
  /** Words in the element's paragraphs: teaser cards (a headline and a one-line standfirst) have fewer. */
  minWords: 80,
  /** Full stories on the page: two (a page plus the next one appended below it). */
  minStories: 2,
  /** Its headline: the first of these elements inside it. */
  headline: new Set(["h1", "h2", "h3"]),
  /** Its own byline: an element whose class, rel or itemprop names an author or byline (a <time> gives its date). */
  byline: /\b(byline|author)/i,
  /** Without `<article>` elements: the heading levels tried as each story's headline, in turn. */
  sectionHeadings: ["h2", "h3"],
  /** ...and the most dates one such section may carry (published and updated); teaser lists carry one per card. */
  maxSectionDates: 2,
  /** A `<p>` that is a story's header, not its prose: its class names a byline, author or dateline (or it holds a short `<time>` row). */
  metaParagraph: /\b(byline|author|date|dateline|meta)/i,
  /** ...a short paragraph holding a `<time>`: at most this many words ("Published 5 March 2024, 10:42"). */
  metaParagraphWords: 12,
} as const;

/** Every element under `root`, in document order. */
function* elements(root: AnyNode): Generator<Element> {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if ((n.type === "tag" || n.type === "script" || n.type === "style") && "attribs" in n) yield n as Element;
    if ("children" in n && Array.isArray(n.children)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as AnyNode);
  }
}

/** A full story of a digest page: its `<article>` element's range in the markup, and its headline's text. */
export interface HtmlStory {
  start: number;
  end: number;
  headline: string;
}

/** Outermost `<article>…</article>` ranges of the markup (nested articles belong to their parent). */
function articleRanges(html: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  // (`[^<>]*`, not `[^>]*`: an unclosed tag then fails at the next "<", not at the end of the page; a page of 40,000
  // unclosed "<article " tags took 12 s, bench:regex-probe family)
  const tag = /<(\/?)article\b[^<>]*>/gi;
  let depth = 0;
  let start = -1;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[1] === "") {
      if (depth++ === 0) start = m.index;
    } else if (depth > 0 && --depth === 0) {
      ranges.push({ start, end: m.index + m[0].length });
    }
  }
  return ranges;
}

/** What one candidate story holds: its headline, its prose words and paragraphs, its own dates and bylines. */
interface StoryParts {
  headline: string | null;
  prose: number;
  paragraphs: number;
  dates: Set<string>;
  bylines: Set<string>;
  /** A byline or date comes before the first paragraph (a story's header, not a list of teaser cards). */
  headerFirst: boolean;
  /** Its `<time>` elements show a clock time only (CLOCK_ONLY): a live blog's entry. */
  clockOnly: boolean;
}

/** A `<p>` that is a byline or dateline row (HTML_STORY.metaParagraph), not a paragraph of prose. */
function isMetaParagraph(el: Element, words: number): boolean {
  if (HTML_STORY.metaParagraph.test(`${el.attribs.class ?? ""} ${el.attribs.itemprop ?? ""}`)) return true;
  if (words > HTML_STORY.metaParagraphWords) return false;
  for (const d of elements(el)) if (d.name === "time") return true;
  return false;
}

function storyParts(markup: string): StoryParts {
  const parts: StoryParts = { headline: null, prose: 0, paragraphs: 0, dates: new Set(), bylines: new Set(), headerFirst: false, clockOnly: false };
  let times = 0;
  let clocks = 0;
  for (const el of elements(parseHtml(markup))) {
    if (parts.headline === null && HTML_STORY.headline.has(el.name)) parts.headline = textOf(el).replace(/\s+/g, " ").trim();
    else if (el.name === "p") {
      const words = tokensOf(textOf(el)).length;
      if (!isMetaParagraph(el, words)) {
        parts.prose += words;
        parts.paragraphs++;
      }
    }
    const before = parts.paragraphs === 0;
    if (el.name === "time") {
      const shown = textOf(el).trim();
      parts.dates.add((el.attribs.datetime ?? shown).trim().slice(0, 10));
      times++;
      if (CLOCK_ONLY.test(shown)) clocks++;
    } else if (HTML_STORY.byline.test(`${el.attribs.class ?? ""} ${el.attribs.rel ?? ""} ${el.attribs.itemprop ?? ""}`)) parts.bylines.add(textOf(el).trim().toLowerCase());
    else continue;
    if (before) parts.headerFirst = true;
  }
  parts.clockOnly = times > 0 && clocks === times;
  return parts;
}

/**
 * The stories among `ranges` (full ones: a headline, a byline or date, enough prose), or null when
 * they do not make a digest: fewer than two, two with one headline, or a live blog (one author, one day).
 * `isStory` adds the test of the way the ranges were found.
 */
function digestOf(html: string, ranges: { start: number; end: number }[], pageDialogs: () => { start: number; end: number }[], isStory: (p: StoryParts) => boolean = () => true): HtmlStory[] | null {
  const stories: HtmlStory[] = [];
  const heads = new Set<string>();
  const dates = new Set<string>();
  const bylines = new Set<string>();
  // (a dialog holding two or more of the ranges wraps the page's list, no overlay: an overlay holds one story)
  const within = (d: { start: number; end: number }, r: { start: number; end: number }) => d.start <= r.start && r.end <= d.end;
  const dialogs = pageDialogs().filter((d) => ranges.filter((r) => within(d, r)).length < 2);
  for (const r of ranges) {
    // (a story inside a dialog or overlay is the page's "read next" or preview box, never a story of a digest)
    if (dialogs.some((d) => within(d, r))) continue;
    const p = storyParts(html.slice(r.start, r.end));
    // (a live blog's entry, stamped with a clock time only, is no story of its own, whoever wrote it)
    if (!p.headline || p.dates.size + p.bylines.size === 0 || p.prose < HTML_STORY.minWords || p.clockOnly || !isStory(p)) continue;
    stories.push({ ...r, headline: p.headline });
    heads.add(p.headline.toLowerCase());
    for (const d of p.dates) dates.add(d);
    for (const b of p.bylines) bylines.add(b);
  }
  if (stories.length < HTML_STORY.minStories || heads.size < stories.length) return null;
  // A live blog: entries under one author and one day are one story's updates.
  if (dates.size < 2 && bylines.size < 2) return null;
  return stories;
}

/**
 * An element that is a dialog: `<dialog>`, `role="dialog"` / `"alertdialog"`, `aria-modal="true"`, or a class or id
 * token that is a modal word (MODAL_TOKEN). Family: "read next", story-preview and newsletter overlays of news pages,
 * which hold an `<article>` or a headline with a byline of their own; the page's text is the page's story.
 */
const DIALOG_ROLE = /\brole\s*=\s*["']?(?:alert)?dialog\b|\baria-modal\s*=\s*["']?true\b/i;
/**
 * A class or id token naming a modal: the word itself ("modal", "popup") or a name ending in it ("story-modal",
 * "newsletter_popup"); never a page state or a wrapper that merely mentions one ("has-overlay", "no-popup",
 * "modal-root", "modal-container"), which frameworks put on the element holding the whole page.
 */
const MODAL_TOKEN = /^(?!(?:has|no|with|without|hide|hidden)[-_])(?:[a-z0-9]+[-_])*(?:modal|dialog|popup|pop-up|lightbox)$/i;
const CLASS_OR_ID = /\b(?:class|id)\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)'|([^\s"'<>]+))/gi;

function isDialogOpen(tag: string, name: string): boolean {
  if (name === "dialog" || DIALOG_ROLE.test(tag)) return true;
  for (const m of tag.matchAll(CLASS_OR_ID)) if ((m[1] ?? m[2] ?? m[3]).split(/\s+/).some((t) => MODAL_TOKEN.test(t))) return true;
  return false;
}

/**
 * The markup with the text of `<script>` and `<style>` elements and of comments blanked out (same length), so that
 * a tag written inside a script's string or a comment is not counted. An unclosed one runs to the end, as in a browser.
 */
function blankRawText(html: string): string {
  const lower = html.toLowerCase();
  const open = /<!--|<(script|style)\b/g;
  let out = "";
  let at = 0;
  for (let m = open.exec(lower); m; m = open.exec(lower)) {
    const close = m[1] ? lower.indexOf(`</${m[1]}`, m.index + m[0].length) : lower.indexOf("-->", m.index + 4);
    const end = close < 0 ? html.length : close + (m[1] ? 0 : 3);
    out += html.slice(at, m.index) + " ".repeat(end - m.index);
    at = end;
    open.lastIndex = end;
  }
  return out + html.slice(at);
}

/**
 * The ranges of dialog elements in the markup (isDialogOpen), each up to its matching closing tag, found in one pass
 * over the `dialog`, `div`, `section` and `aside` tags. A dialog whose closing tag is never found is dropped: a stray
 * modal is no wrapper of the rest of the page. A self-closed `<div class="modal"/>` is empty.
 */
function dialogRanges(html: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const bare = blankRawText(html);
  const open = new Map<string, { start: number; dialog: boolean }[]>();
  for (const t of bare.matchAll(/<(\/?)(dialog|div|section|aside)\b[^<>]*>/gi)) {
    const name = t[2].toLowerCase();
    const stack = open.get(name) ?? open.set(name, []).get(name)!;
    if (t[1] === "") {
      if (!/\/\s*>$/.test(t[0])) stack.push({ start: t.index, dialog: isDialogOpen(t[0], name) });
      continue;
    }
    const top = stack.pop();
    if (top?.dialog) out.push({ start: top.start, end: t.index + t[0].length });
  }
  return out;
}

/** A date or byline in markup: a `<time>` element, a class or itemprop naming the byline or author. */
const STORY_MARK = /<time\b|\b(?:byline|author)\b/i;

/**
 * Sections of the markup that each open with a heading of `tag`: from one such heading to the next,
 * the last one up to the page's footer or the end of its main content.
 */
function headingRanges(html: string, tag: string): { start: number; end: number; form: string }[] {
  const starts: { start: number; form: string }[] = [];
  // (`[^<>]*`: an unclosed tag fails at the next "<", as in articleRanges)
  const open = new RegExp(`<${tag}\\b[^<>]*>`, "gi");
  for (let m = open.exec(html); m; m = open.exec(html)) starts.push({ start: m.index, form: /\bclass\s*=\s*["']?([^"'<>]*)/i.exec(m[0])?.[1].trim() ?? "" });
  if (starts.length < HTML_STORY.minStories) return [];
  const last = starts[starts.length - 1].start;
  const close = html.slice(last).search(/<footer\b|<\/main>|<\/body>/i);
  const end = close < 0 ? html.length : last + close;
  return starts.map((s, k) => ({ ...s, end: k + 1 < starts.length ? starts[k + 1].start : end }));
}

/**
 * The stories of a page under repeated headings of `tag`, or null. Besides the test of each section, the
 * page as a whole: every story's heading has one form (the same class: a sidebar's or comment form's
 * heading has its own), and no article's worth of prose comes before the first (a single article whose
 * later sections are related stories, comments or an about box).
 */
function headingDigest(html: string, tag: string, pageDialogs: () => { start: number; end: number }[]): HtmlStory[] | null {
  // (only sections whose markup holds a date or byline mark and two paragraphs are parsed)
  const ranges = headingRanges(html, tag).filter((r) => {
    const section = html.slice(r.start, r.end);
    return STORY_MARK.test(section) && /<p\b[^]*?<p\b/i.test(section);
  });
  // (a heading that is a byline, "By Jane Roe", is no headline: bylines set as headings above each section of one story)
  let signed = 0;
  const days = new Set<string>();
  const stories = digestOf(html, ranges, pageDialogs, (p) => {
    const ok = p.headerFirst && p.paragraphs >= 2 && p.dates.size <= HTML_STORY.maxSectionDates && parseByline(p.headline ?? "") === null;
    if (ok && p.bylines.size > 0) signed++;
    if (ok) for (const d of p.dates) days.add(d);
    return ok;
  });
  // Sections of one day are a live blog's entries unless each is signed (several contributors' stories of one day).
  if (!stories || (days.size < 2 && signed < stories.length)) return null;
  const formAt = new Map(ranges.map((r) => [r.start, r.form] as const));
  const forms = new Set(stories.map((s) => formAt.get(s.start)));
  if (forms.size > 1) return null;
  // Before the first section: an article's worth of prose, or the page's own header (its headline with a byline
  // or date): one article whose sections (a timeline's dated chapters) carry their own headings and dates.
  const head = storyParts(html.slice(0, stories[0].start));
  if (head.prose >= HTML_STORY.minWords || (head.headline !== null && head.bylines.size + head.dates.size > 0)) return null;
  return stories;
}

/**
 * The ranges of the full stories of a digest page, in order, or null when the page is not one.
 * First its `<article>` elements (a cheap test first: fewer than two `<article` tags is none); else
 * sections under repeated headings (HTML_STORY.sectionHeadings) that each read as a story: a headline,
 * then its byline or date before its first paragraph, at most HTML_STORY.maxSectionDates dates (a list of
 * teaser cards has one per card), and enough prose. Family: feed-like and newsletter pages, blog front
 * pages and CMS exports that print full stories one after another without `<article>` elements.
 */
export function findHtmlStories(html: string): HtmlStory[] | null {
  // The page's dialogs, found once (a pass over the whole markup) for every digest form tried below.
  let dialogs: { start: number; end: number }[] | undefined;
  const pageDialogs = () => (dialogs ??= dialogRanges(html));
  const first = html.search(/<article\b/i);
  if (first >= 0 && html.slice(first + 8).search(/<article\b/i) >= 0) {
    const stories = digestOf(html, articleRanges(html), pageDialogs);
    if (stories) return stories;
  }
  // (cheap test first: a digest under headings shows two dates or bylines in its markup)
  const marks = html.match(new RegExp(STORY_MARK.source, "gi"));
  if (!marks || marks.length < HTML_STORY.minStories) return null;
  for (const tag of HTML_STORY.sectionHeadings) {
    const stories = headingDigest(html, tag, pageDialogs);
    if (stories) return stories;
  }
  return null;
}
