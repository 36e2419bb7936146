/**
 * split: cleaned blocks → articles. A "title" block that follows body text
 * starts a new article (a dump or page holding several stories). Per article:
 * title, metadata (record-given values win over guessed ones), the body text
 * (paragraphs joined by a blank line), paragraph and sentence spans.
 */
import type { ArticleDraft, Block, CleanResult, PageMeta, Stage, StoryPart, WorkDoc } from "../types.ts";
import { limitNesting } from "../clean/depth.ts";
import { htmlToPlainText } from "../clean/plain.ts";
import { findParagraphs } from "./paragraphs.ts";
import { splitSentences } from "./sentences.ts";
import { languageOf } from "./language.ts";
import { urlHost } from "../common/url.ts";

const PARAGRAPH_JOINER = "\n\n";

interface BlockGroup {
  title: string | null;
  body: Block[];
  /** The story's own dateline (ISO) and byline, when the cleaner found them as blocks. */
  published?: string;
  author?: string;
}

/** Group blocks into articles: each title after body text opens a new group. */
export function groupArticles(blocks: Block[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  let current: BlockGroup = { title: null, body: [] };
  for (const block of blocks) {
    if (block.role === "title") {
      if (current.body.length > 0) {
        groups.push(current);
        current = { title: block.text, body: [] };
      } else if (current.title === null) {
        current.title = block.text;
      } else if (current.title !== block.text) {
        // Two different headlines before any body: keep the first, the second reads as a dek/subtitle.
        current.body.push({ text: block.text, role: "heading" });
      }
      continue;
    }
    if (block.role === "dateline") current.published ??= block.text;
    else if (block.role === "byline") current.author ??= block.text;
    else if (block.role === "body" || block.role === "heading") current.body.push(block);
  }
  if (current.body.length > 0 || current.title !== null) groups.push(current);
  return groups;
}

/** Merge metadata: given (record/feed) values win, then the cleaner's findings. */
export function mergeMeta(given: PageMeta, found: PageMeta): PageMeta {
  const pick = <K extends keyof PageMeta>(k: K) => (given[k] || found[k] || null) as PageMeta[K];
  const published = pick("published");
  let publishedFrom: PageMeta["publishedFrom"] = "none";
  if (given.published) publishedFrom = given.publishedFrom ?? "record";
  else if (found.published) publishedFrom = found.publishedFrom ?? "text";
  let site = pick("site");
  const url = pick("url");
  if (!site && url) site = hostOf(url);
  return {
    url,
    site,
    title: pick("title"),
    author: pick("author"),
    authorFrom: given.author ? (given.authorFrom ?? "record") : found.author ? found.authorFrom : undefined,
    published,
    publishedFrom,
    modified: pick("modified"),
    language: pick("language"),
  };
}

/** A page's site from its address: the host without "www." or "www2." (stages/common/url.ts), null when there is none. */
const hostOf = (url: string): string | null => urlHost(url) || null;

/** Build an article draft from its body text: paragraphs and sentences located in the text. */
export function buildArticle(
  base: Pick<ArticleDraft, "source" | "recordId" | "index" | "meta" | "sourceStart" | "sourceEnd">,
  text: string,
): ArticleDraft {
  const paragraphs = findParagraphs(text);
  const sentences = paragraphs.flatMap((p, i) =>
    splitSentences(text, p.start, p.end).map((s) => ({ ...s, paragraph: i })),
  );
  return { ...base, text, paragraphs, sentences, mentions: [], dates: [] };
}

/**
 * Where each headline group of one page (or story) lies in the source: group i > 0 starts at
 * its headline, found in `source` (the page's own text) after the previous group's; the group
 * before it ends there. A group whose headline cannot be found in the source (an HTML page, a
 * headline the renderer rewrote) goes back into the group before it, its headline a heading:
 * articles of one source never share or overlap a range (see `rangesAreDisjoint`).
 */
export function placeGroups(groups: BlockGroup[], source: string | null, from: number, to: number): { group: BlockGroup; start: number; end: number }[] {
  const placed: { group: BlockGroup; start: number; end: number }[] = [];
  let cursor = 0;
  for (const group of groups) {
    const prev = placed[placed.length - 1];
    // Past the previous group's last paragraph when it is found (its headline may be printed above, in a teaser).
    const last = prev?.group.body[prev.group.body.length - 1]?.text.slice(0, 60);
    const lastAt = last && source !== null ? source.indexOf(last, cursor) : -1;
    if (lastAt >= 0) cursor = lastAt + last!.length;
    const at = prev && group.title && source !== null ? source.indexOf(group.title, cursor) : -1;
    if (!prev || at > cursor) {
      if (prev) {
        let end = at;
        while (end > cursor && /\s/.test(source![end - 1])) end--;
        prev.end = from + end;
        cursor = at + group.title!.length;
      }
      placed.push({ group, start: prev ? from + at : from, end: to });
      continue;
    }
    // Not found: one page, one article.
    const title: Block[] = group.title ? [{ text: group.title, role: "heading" }] : [];
    prev.group = { ...prev.group, body: [...prev.group.body, ...title, ...group.body] };
  }
  return placed;
}

/** Whether the ranges of one source's articles are in order and never share a code unit (nor the same range). */
export function rangesAreDisjoint(ranges: { sourceStart: number; sourceEnd: number }[]): boolean {
  for (let i = 1; i < ranges.length; i++) if (ranges[i].sourceStart < ranges[i - 1].sourceEnd || ranges[i].sourceStart <= ranges[i - 1].sourceStart) return false;
  return true;
}

/** One cleaned page (or story): one article per headline group, each with its own range of the source. */
function articlesOf(
  clean: CleanResult,
  given: PageMeta,
  base: Pick<ArticleDraft, "source" | "recordId" | "sourceStart" | "sourceEnd">,
  firstIndex: number,
  source: string | null,
): ArticleDraft[] {
  const groups = placeGroups(groupArticles(clean.blocks), source, base.sourceStart, base.sourceEnd);
  const several = groups.length > 1;
  return groups.map(({ group, start, end }, i) => {
    const found: PageMeta = { ...clean.meta };
    // In a multi-story page, each story has its own headline; the page metadata speaks for the first one only.
    if (group.title) found.title = group.title;
    if (several && i > 0) {
      Object.assign(found, { published: group.published ?? null, author: group.author ?? null, authorFrom: undefined, publishedFrom: "text" });
    }
    const meta = mergeMeta(several ? { ...given, title: null } : given, found);
    const text = group.body.map((b) => b.text).join(PARAGRAPH_JOINER);
    return buildArticle({ ...base, sourceStart: start, sourceEnd: end, index: firstIndex + i, meta }, text);
  });
}

/**
 * What a record said about a story of its text: the record's own values speak for its first
 * story only; a story's URL line gives its url (and so its site).
 */
function givenForStory(given: PageMeta, part: StoryPart, n: number): PageMeta {
  const own: PageMeta = n === 0 ? { ...given } : { site: given.site, language: given.language };
  if (part.url) {
    own.url = part.url;
    if (n > 0 || !given.site) own.site = hostOf(part.url);
  }
  // A message's mail header (clean/stories.ts): its subject, sender and date are the article's own. A file's front matter
  // declares its title, author and date as a page's meta tags do: they fill what the record does not give.
  const { header } = part;
  if (header?.from === "mail") {
    if (header.title) own.title = header.title;
    if (header.author) own.author = header.author;
    if (header.published) Object.assign(own, { published: header.published, publishedFrom: "text" });
  } else if (header?.from === "front-matter") {
    own.title ||= header.title;
    // (a desk's credit, "author: Staff", names the story only when its text names no writer: stories-front.ts)
    if (!own.author && header.author && !(header.authorIsDesk && part.clean.meta.author)) Object.assign(own, { author: header.author, authorFrom: "front-matter" });
    if (header.published && !own.published) Object.assign(own, { published: header.published, publishedFrom: "meta" });
  }
  return own;
}

export function splitDocument(doc: WorkDoc): ArticleDraft[] {
  const { source } = doc;
  const whole = { source: source.source, recordId: source.recordId, sourceStart: 0, sourceEnd: source.content.length };
  if (!doc.clean) {
    // clean was skipped: the record's text is taken byte for byte.
    const meta = mergeMeta(source.given, {});
    const text = source.kind === "html" ? htmlToPlainText(limitNesting(source.content)) : source.content;
    return [buildArticle({ ...whole, index: 0, meta }, text)];
  }
  // Headlines are looked for in text sources only: an HTML page's markup is not its text.
  const text = source.kind === "html" ? null : source.content;
  if (!doc.clean.stories) return articlesOf(doc.clean, source.given, whole, 0, text);
  // A text cut into stories (clean/stories.ts): each story's articles, with the story's place in the source.
  const articles: ArticleDraft[] = [];
  doc.clean.stories.forEach((part, n) => {
    const base = { source: source.source, recordId: source.recordId, sourceStart: part.start, sourceEnd: part.end };
    articles.push(...articlesOf(part.clean, givenForStory(source.given, part, n), base, articles.length, text === null ? null : text.slice(part.start, part.end)));
  });
  return articles;
}

export const splitStage: Stage = {
  name: "split",
  version: "17",
  run(doc) {
    // Each article's language from its own text (a multi-story dump may mix languages): see ./language.ts.
    const articles = splitDocument(doc).map((a) => ({
      ...a,
      meta: { ...a.meta, language: languageOf(a.text, doc.source.given.language, doc.clean?.meta.language) },
    }));
    return { ...doc, articles };
  },
};
