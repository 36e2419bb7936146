/**
 * Normalises machine-written metadata dates (ISO 8601, RFC 2822, compact
 * YYYYMMDD, "November 18, 2019") to ISO 8601. The offset is kept as given
 * ("+0000" becomes "+00:00", "GMT"/"UTC" becomes "Z"); a value without an
 * offset stays local; a date-only value stays date-only. No clock, no machine
 * time zone: all arithmetic is UTC.
 */
import type { AnyNode, Element } from "domhandler";
import { monthNumber } from "../published.ts";
import { isCalendarDay, clockSecond, padDigits } from "../../common/calendar.ts";

/** A month word: the full name or its first three letters, in the languages of published.ts's table. */
function monthOf(word: string): number | undefined {
  return monthNumber(word) ?? monthNumber(word.slice(0, 3));
}

/** A page's date: a year of the web's news era (a wider one is more often a product code or a count). */
const validDate = (y: number, m: number, d: number): boolean => isCalendarDay(y, m, d, 1900, 2200);

function offsetOf(raw: string | undefined): string {
  if (!raw) return "";
  const z = raw.trim().toUpperCase();
  if (z === "Z" || z === "GMT" || z === "UTC" || z === "UT") return "Z";
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return "";
  return `${m[1]}${m[2]}:${m[3] ?? "00"}`;
}

function compose(y: number, mo: number, d: number, h?: string, mi?: string, s?: string, off?: string): string | null {
  if (!validDate(y, mo, d)) return null;
  const date = `${y}-${padDigits(mo)}-${padDigits(d)}`;
  if (h === undefined) return date;
  const hh = Number(h);
  const mm = Number(mi ?? 0);
  // a leap second is written as :59 (clockSecond: no date reader takes :60)
  const ss = clockSecond(Number(s ?? 0));
  if (hh > 23 || mm > 59 || ss === null) return date;
  return `${date}T${padDigits(hh)}:${padDigits(mm)}:${padDigits(ss)}${offsetOf(off)}`;
}

/** ISO 8601 form of a metadata date string, or null when it is not a date. */
export function normaliseMetaDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const s = input.trim();
  // 2019-11-18, 2019-11-18T10:20:30.123+05:30, 2019-11-18 10:20:30 +0000, 2019/11/18
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|GMT|UTC)?)?/i.exec(s);
  if (m) return compose(+m[1], +m[2], +m[3], m[4], m[5], m[6], m[7]);
  // compact 20191118 or 20191118T102030Z
  m = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?\s*(Z|[+-]\d{4})?)?$/.exec(s);
  if (m) return compose(+m[1], +m[2], +m[3], m[4], m[5], m[6], m[7]);
  // RFC 2822 / written: "Mon, 18 Nov 2019 10:20:30 GMT", "18 November 2019 16:48"
  m = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\.?\s+([\p{L}]{3,12})\.?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|GMT|UTC|[+-]\d{2}:?\d{2})?)?/iu.exec(s);
  if (m) {
    const mo = monthOf(m[2]);
    if (mo) return compose(+m[3], mo, +m[1], m[4], m[5], m[6], m[7]);
  }
  // "November 18, 2019 10:20 AM" / "Nov. 18, 2019"
  m = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*(Z|GMT|UTC|[+-]\d{2}:?\d{2})?)?/i.exec(s);
  if (m) {
    const mo = monthOf(m[1]);
    if (mo) {
      let h = m[4];
      if (h !== undefined && m[7]) {
        const pm = m[7].toLowerCase().startsWith("p");
        let hn = Number(h) % 12;
        if (pm) hn += 12;
        h = String(hn);
      }
      return compose(+m[3], mo, +m[2], h, m[5], m[6], m[8]);
    }
  }
  return null;
}

/** Milliseconds since the epoch of an ISO value (no offset read as UTC), or null. */
export function isoToEpoch(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(iso);
  if (!m) return null;
  let t = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  const off = m[7];
  if (off && off !== "Z") {
    const o = /([+-])(\d{2}):?(\d{2})/.exec(off);
    if (o) t -= (o[1] === "-" ? -1 : 1) * (+o[2] * 60 + +o[3]) * 60000;
  }
  return t;
}

/**
 * True when `published` lies after the crawl instant. A date-only value is
 * compared by calendar day (it may be in any time zone), so it is rejected only
 * when its day is after the crawl day.
 */
export function isAfterCrawl(published: string, crawledAt: string | null | undefined): boolean {
  if (!crawledAt) return false;
  const crawl = normaliseMetaDate(crawledAt);
  if (!crawl) return false;
  if (published.length === 10) return published > crawl.slice(0, 10);
  const p = isoToEpoch(published);
  const c = isoToEpoch(crawl);
  if (p === null || c === null) return false;
  // 14 hours of slack: a value without offset may be local time anywhere.
  const slack = published.length > 19 ? 0 : 14 * 3600000;
  return p - slack > c;
}

/**
 * Meta names a CMS or vendor coins for the publication date beyond the fixed list in
 * metadata.ts (`sw-pubdate`, `og:pubdate`, `article.publishDate`, `cms-publication-date`,
 * `date-published`, `parsely-pub-date` variants): the family is a publish/pub word beside a
 * date/time word, in either order, whatever the prefix. Read after the fixed list.
 */
export const PUBLISHED_META_NAME = /(?:^|[-_.:])(?:pub(?:lish(?:ed|ing)?|lication)?[-_.]?(?:date|time|datetime|dt)|(?:date|time)[-_.]?pub(?:lish(?:ed)?|lication)?|first[-_.]?published(?:[-_.]?(?:date|time|at))?|published[-_.]?(?:at|on))$/i;
/** …but not a date of something else: a modification, an expiry, an event's start or end, an embargo. */
export const NOT_PUBLISHED_META_NAME = /modif|updat|edit|revis|expir|embargo|start|end|event|valid/i;

/**
 * Publication-date meta names outside that family, as scholarly, CMS and analytics tags write
 * them (the list htmldate reads, less what metadata.ts's fixed list already has): Highwire
 * `citation_*` tags, Dublin Core refinements, creation stamps, display dates.
 */
export const PUBLISHED_META_OTHER: ReadonlySet<string> = new Set([
  "citation_publication_date", "citation_date", "citation_online_date", "dc.date.created", "dc.date.publication", "dc.created", "dcterms.date",
  "date_created", "datecreated", "date-created", "content_create_date", "article.created", "article:post_date", "dateposted", "displaydate",
  "doc_date", "originalpublicationdate", "rbpubdate", "release_date", "og:regdate", "dcsext.articlefirstpublished", "pdate", "ptime",
]);

/** Whether a `<meta>` name (lower-cased) names the publication date by the family above or the list. */
export function isPublishedMetaName(name: string): boolean {
  return (PUBLISHED_META_NAME.test(name) || PUBLISHED_META_OTHER.has(name)) && !NOT_PUBLISHED_META_NAME.test(name);
}

/**
 * Words and dashes that make the date after them the end of a span ("vom 9.1. - 10.2.2023",
 * "from 3 to 5 March 2020", "du 2 au 4 mai 2021"): an offer's or an event's deadline in the
 * lead, never the day the page was published.
 */
const RANGE_BEFORE = /(?:\d[.]?\s*[-–—]|\b(?:bis(?: zum)?|to|until|till|through|au|al|hasta|a|fino al|tot)\s*)\s*$/i;

/** Whether the date found at `start` in `text` closes a span (RANGE_BEFORE). */
export function endsRange(text: string, start: number): boolean {
  return RANGE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/** How far up from a link to the page itself a teaser's date may sit (link → title span → teaser item). */
const SELF_TEASER_LEVELS = 3;
/** A teaser is short: a container with more text than this is a list or a column, not one item. */
const SELF_TEASER_MAX_CHARS = 300;

/** Path (no query, no fragment, no trailing slash) of an absolute or root-relative address, or null. */
function pathOf(href: string, base: string): string | null {
  try {
    const u = new URL(href, base);
    // (a run of slashes matched only where it starts: `\/+$` read each inner run to its end, quadratic; safety audit)
    return (u.host + u.pathname).replace(/(?<!\/)\/+$/, "").toLowerCase();
  } catch {
    return null;
  }
}

function plainText(node: AnyNode): string {
  if (node.type === "text") return (node as unknown as { data: string }).data;
  if (!("children" in node) || node.type === "script" || node.type === "style") return "";
  let out = "";
  for (const c of (node as Element).children) out += " " + plainText(c);
  return out;
}

/**
 * The dates printed in teasers that link to the page itself: "latest news" lists, archive columns
 * and menus often list the article being read, with its date, when the article's own template
 * prints none. Read only when nothing else dates the page. Returns the short texts of those teasers,
 * nearest the link first; the caller reads the date in them.
 */
export function selfTeaserTexts(root: AnyNode, pageUrl: string | null | undefined): string[] {
  if (!pageUrl) return [];
  const self = pathOf(pageUrl, pageUrl);
  if (!self || !/\/[^/]/.test(self.slice(self.indexOf("/")))) return []; // a home page links to itself everywhere
  const out: string[] = [];
  const walk = (node: AnyNode): void => {
    if (out.length >= 12 || !("children" in node)) return;
    const el = node as Element;
    const href = el.type === "tag" && el.name === "a" ? el.attribs.href?.trim() : undefined;
    // (a "#" or script link resolves to the page's own address without pointing to it)
    if (href && !/^(?:#|javascript:)/i.test(href) && pathOf(href, pageUrl) === self) {
      let box: Element | null = el;
      for (let k = 0; k < SELF_TEASER_LEVELS && box; k++) {
        const text = plainText(box).replace(/\s+/g, " ").trim();
        if (text.length > SELF_TEASER_MAX_CHARS) break;
        if (/\d/.test(text) && !out.includes(text)) out.push(text);
        box = box.parent && box.parent.type === "tag" ? (box.parent as Element) : null;
      }
      return;
    }
    for (const c of el.children) walk(c);
  };
  walk(root);
  return out;
}

/**
 * Labels that say "published on" and nothing else, in the languages of DATE_LABEL (meta-lexicon.ts):
 * read anywhere on the page, footers and info boxes included, when nothing else dates it. Not
 * "posted" (comments), not "date"/"Datum" (events, prices), not "erstellt" (any document).
 */
export const PUBLISHED_ON_LABEL = /(?:^|[\s|•·(])(?:first published(?: on)?|published on|erschienen am|ver(?:ö|oe)ffentlicht am|publié le|publicad[oa] (?:el|em)|pubblicato il|gepubliceerd op|opublikowano|опубликовано|publikováno)\s*:?\s*/giu;
