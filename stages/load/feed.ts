/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item / entry becomes one
 * SourceDoc. The fields the feed states (title, link, id, author, dates) go to
 * `given` with provenance "feed"; the body (content:encoded, description,
 * content, summary) is HTML for the clean stage.
 */
import type { PageMeta, SourceDoc } from "../types.ts";
import { normaliseDate } from "./dates.ts";
import { decodeEntities } from "./entities.ts";
import { LIMITS, capRecordId } from "../limits.ts";
import { compact, tooLong } from "./json.ts";
import { child, childrenNamed, elements, hasElementChildren, parseXml, textOf, type XmlElement } from "./xml.ts";

export type FeedFormat = "rss" | "atom";

export interface FeedWarning {
  recordId: string | null;
  reason: string;
  /** A field of a kept item was rejected (an id too long): a reject row, the item kept; else the item is skipped. */
  rejected?: boolean;
}

export type FeedOutcome =
  | { ok: true; format: FeedFormat; docs: SourceDoc[]; warnings: FeedWarning[]; empty: number }
  | { ok: false; reason: string };

/** Root element local names that make a document a feed, and which dialect. */
export const FEED_ROOTS: Record<string, FeedFormat> = {
  rss: "rss", // RSS 0.9x / 2.0: <rss><channel><item>
  rdf: "rss", // RSS 1.0: <rdf:RDF><channel/><item/>
  feed: "atom", // Atom 1.0: <feed><entry>
};

/** Body fields in order of preference: the full text first, the teaser last. */
const RSS_BODY = ["encoded", "description"]; // content:encoded, description
const ATOM_BODY = ["content", "summary"];

/** Whitespace inside a one-line field (titles, authors) collapsed to single spaces. */
function oneLine(s: string): string {
  // Skip the regex when there is nothing to collapse (the common case, and cheap on big feeds).
  return /\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, " ").trim() : s.trim();
}

/** Tags dropped from titles that feeds send as escaped HTML (`<b>Breaking</b>`). Bounded so it stays linear. */
function stripTags(s: string): string {
  return s.indexOf("<") < 0 ? s : s.replace(/<\/?[A-Za-z][^<>]{0,500}>/g, "");
}

function fieldText(el: XmlElement | undefined): string | null {
  if (!el) return null;
  const t = oneLine(stripTags(textOf(el)));
  return t === "" ? null : t;
}

/**
 * A title: RSS titles and Atom type="html" titles are escaped HTML, so after
 * the XML level they may still hold markup and references (`X &amp;amp; Y` →
 * `X &amp; Y` → `X & Y`); Atom type="text" titles are taken literally.
 */
function titleText(el: XmlElement | undefined): string | null {
  if (!el) return null;
  const type = (el.attrs["type"] ?? "").toLowerCase();
  const raw = textOf(el);
  const t = oneLine(type === "text" ? raw : decodeEntities(stripTags(raw)));
  return t === "" ? null : t;
}

/**
 * The markup of a body field. Escaped HTML or CDATA decodes to the HTML
 * string; markup written unescaped (Atom type="xhtml", sloppy RSS) is taken as
 * written from the source.
 */
function bodyHtml(src: string, el: XmlElement): { content: string; kind: "html" | "text" } {
  const type = (el.attrs["type"] ?? "").toLowerCase();
  if (type === "xhtml" || hasElementChildren(el)) {
    return { content: src.slice(el.innerStart, el.innerEnd).trim(), kind: "html" };
  }
  const text = textOf(el).trim();
  // Atom type="text" (also its default) is plain text: keep its line breaks as a text document,
  // unless the generator put HTML in it anyway (common), which the HTML cleaner handles.
  if (el.local === "content" || el.local === "summary") {
    if ((type === "" || type === "text" || type === "text/plain") && !/<[A-Za-z][^<>]{0,200}>/.test(text.slice(0, 20000))) {
      return { content: text, kind: "text" };
    }
  }
  return { content: text, kind: "html" };
}

/** "jane@example.org (Jane Doe)" (RSS 2.0 author) → "Jane Doe"; a bare address is kept. */
function rssAuthor(s: string): string {
  const m = /^\S+@\S+\s*\(([^()]{1,200})\)$/.exec(s);
  return m ? m[1].trim() : s;
}

function atomLink(entry: XmlElement): string | null {
  const links = childrenNamed(entry, "link");
  const alt = links.find((l) => (l.attrs["rel"] ?? "alternate") === "alternate" && l.attrs["href"]);
  const any = alt ?? links.find((l) => l.attrs["href"]);
  return any ? any.attrs["href"].trim() || null : null;
}

function joinAuthors(names: (string | null)[]): string | null {
  const kept = names.filter((n): n is string => !!n);
  return kept.length ? kept.join(", ") : null;
}

interface ItemFields {
  recordId: string | null;
  /** The element or attribute the record id came from (a reject row names it). */
  idField: string;
  meta: PageMeta;
  /** Body fields present, in order of preference. */
  bodies: XmlElement[];
}

function rssItem(item: XmlElement): ItemFields {
  const guid = fieldText(child(item, "guid"));
  const about = item.attrs["rdf:about"] ?? null;
  const linkEl = item.children.find((c): c is XmlElement => c.kind === "element" && c.name === "link") ?? child(item, "link");
  let url = fieldText(linkEl);
  const guidEl = child(item, "guid");
  if (!url && guid && guidEl && (guidEl.attrs["ispermalink"] ?? "true") !== "false" && /^https?:\/\//i.test(guid)) url = guid;
  if (!url && about && /^https?:\/\//i.test(about)) url = about;
  const authors = [...childrenNamed(item, "author").map((a) => fieldText(a)), ...childrenNamed(item, "creator").map((a) => fieldText(a))];
  const rawDate = fieldText(child(item, "pubdate")) ?? fieldText(child(item, "date")) ?? fieldText(child(item, "issued"));
  const published = normaliseDate(rawDate);
  return {
    recordId: guid ?? about,
    idField: guid !== null ? "guid" : "rdf:about",
    meta: {
      url,
      title: titleText(child(item, "title")),
      author: joinAuthors(authors.map((a) => (a ? rssAuthor(a) : null))),
      published,
      publishedFrom: published ? "feed" : undefined,
    },
    bodies: RSS_BODY.flatMap((l) => childrenNamed(item, l)),
  };
}

function atomEntry(entry: XmlElement): ItemFields {
  const authors = childrenNamed(entry, "author").map((a) => fieldText(child(a, "name")) ?? fieldText(a));
  const published = normaliseDate(fieldText(child(entry, "published", "issued", "updated")));
  const modified = normaliseDate(fieldText(child(entry, "updated", "modified")));
  return {
    recordId: fieldText(child(entry, "id")),
    idField: "id",
    meta: {
      url: atomLink(entry),
      title: titleText(child(entry, "title")),
      author: joinAuthors(authors),
      published,
      publishedFrom: published ? "feed" : undefined,
      modified,
    },
    bodies: ATOM_BODY.flatMap((l) => childrenNamed(entry, l)),
  };
}

/** Elements named `local` under `root` that are not inside another one, in document order (iterative). */
function outermost(root: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const todo: XmlElement[] = [root];
  while (todo.length > 0) {
    const el = todo.pop()!;
    if (el !== root && el.local === local) {
      found.push(el);
      continue;
    }
    const kids = elements(el);
    for (let k = kids.length - 1; k >= 0; k--) todo.push(kids[k]);
  }
  return found;
}

/** Load the items of a feed whose root element local name is `root` ("rss", "rdf" or "feed"). */
export function loadFeed(relPath: string, text: string, root: string): FeedOutcome {
  const format = FEED_ROOTS[root.toLowerCase()];
  if (!format) return { ok: false, reason: `not a feed (root <${root}>)` };
  const doc = parseXml(text);
  const rootEl = elements(doc).find((e) => e.local === root.toLowerCase());
  if (!rootEl) return { ok: false, reason: "feed has no root element" };

  let items: XmlElement[];
  let site: string | null;
  let language: string | null;
  if (format === "atom") {
    items = childrenNamed(rootEl, "entry");
    site = fieldText(child(rootEl, "title"));
    language = rootEl.attrs["xml:lang"] ?? null;
  } else {
    const channel = child(rootEl, "channel");
    // RSS 2.0 nests items in <channel>; RSS 1.0 puts them beside it; some 0.9x feeds do either.
    items = [...(channel ? childrenNamed(channel, "item") : []), ...childrenNamed(rootEl, "item")];
    site = channel ? fieldText(child(channel, "title")) : null;
    language = channel ? fieldText(child(channel, "language")) : null;
  }
  // A broken tag above the items (a start tag never closed, an end tag misspelt) nests them one level
  // down: then every outermost item anywhere under the root is one, as feed readers recover them.
  if (items.length === 0) items = outermost(rootEl, format === "atom" ? "entry" : "item");
  if (items.length === 0) return { ok: false, reason: `feed has no items (${format === "atom" ? "no <entry>" : "no <item>"})` };

  const docs: SourceDoc[] = [];
  const warnings: FeedWarning[] = [];
  let empty = 0;
  const unlisted: { first?: number; last?: number } = {};
  items.forEach((item, index) => {
    const f = format === "atom" ? atomEntry(item) : rssItem(item);
    // First body field with content: Atom <content src="..."/> and empty content:encoded fall back to the teaser.
    let body: { content: string; kind: "html" | "text" } | null = null;
    for (const el of f.bodies) {
      const b = bodyHtml(text, el);
      if (b.content.trim() !== "") {
        body = b;
        break;
      }
    }
    if (!body) {
      // one row per empty item up to LIMITS.rejectsPerFile; the rest of a flood in one summary row
      if (++empty <= LIMITS.rejectsPerFile) warnings.push({ recordId: f.recordId, reason: `item ${index}: no content or description` });
      else (unlisted.first ??= index), (unlisted.last = index);
      return;
    }
    // An id longer than any real one (a page pasted into <guid>) is rejected like a JSON record's (LIMITS.recordFieldChars),
    // the item kept without it: every row and the name of a lost document (pipeline/document.ts documentLabel) then agree.
    const recordId = capRecordId(f.recordId, (id) => warnings.push({ recordId: null, reason: `item ${index}: ${tooLong(f.idField, id)}`, rejected: true }));
    docs.push({
      source: relPath,
      recordId,
      index,
      kind: body.kind,
      content: body.content,
      given: compact({ site, language, ...f.meta }),
      format,
      where: `item ${index}`,
    });
  });
  const more = empty - LIMITS.rejectsPerFile;
  if (more > 0) {
    const span = more === 1 ? `item ${unlisted.first}` : `item ${unlisted.first} to item ${unlisted.last}`;
    warnings.push({ recordId: null, reason: `${more} more items without content not listed one by one (${span}; limits/rejects-per-file)` });
  }
  return { ok: true, format, docs, warnings, empty };
}

