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
 * author's byline and one day (see `HTML_STORY` below).
 *
 * Pure: works on the raw markup; offsets are UTF-16 offsets into it.
 */
import type { AnyNode, Element } from "domhandler";
import { parseHtml } from "./html/dom.ts";
import { textOf } from "./html/blocks.ts";
import { tokensOf } from "./text/classify.ts";

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

/**
 * The ranges of the full stories of a digest page, in order, or null when the page is not one.
 * A cheap test first: fewer than two `<article` tags is no digest.
 */
export function findHtmlStories(html: string): HtmlStory[] | null {
  const first = html.search(/<article\b/i);
  if (first < 0 || html.slice(first + 8).search(/<article\b/i) < 0) return null;
  const stories: HtmlStory[] = [];
  const heads = new Set<string>();
  const dates = new Set<string>();
  const bylines = new Set<string>();
  for (const r of articleRanges(html)) {
    let headline: string | null = null;
    let prose = 0;
    const own = { dates: new Set<string>(), bylines: new Set<string>() };
    for (const el of elements(parseHtml(html.slice(r.start, r.end)))) {
      if (headline === null && HTML_STORY.headline.has(el.name)) headline = textOf(el).replace(/\s+/g, " ").trim();
      else if (el.name === "p") prose += tokensOf(textOf(el)).length;
      if (el.name === "time") own.dates.add((el.attribs.datetime ?? textOf(el)).trim().slice(0, 10));
      else if (HTML_STORY.byline.test(`${el.attribs.class ?? ""} ${el.attribs.rel ?? ""} ${el.attribs.itemprop ?? ""}`)) own.bylines.add(textOf(el).trim().toLowerCase());
    }
    if (!headline || own.dates.size + own.bylines.size === 0 || prose < HTML_STORY.minWords) continue;
    stories.push({ ...r, headline });
    heads.add(headline.toLowerCase());
    for (const d of own.dates) dates.add(d);
    for (const b of own.bylines) bylines.add(b);
  }
  if (stories.length < HTML_STORY.minStories || heads.size < stories.length) return null;
  // A live blog: entries under one author and one day are one story's updates.
  if (dates.size < 2 && bylines.size < 2) return null;
  return stories;
}
