/**
 * Page metadata read before the DOM is pruned: JSON-LD first (the publisher's
 * own structured statement), then <meta> tags (OpenGraph, Dublin Core, CMS
 * conventions), then the DOM (<time datetime>, <html lang>). Published and
 * modified dates are kept apart; a published date after the crawl is rejected.
 */
import type { AnyNode, Element } from "domhandler";
import type { PageMeta, Provenance } from "../../types.ts";
import { normaliseMetaDate, isAfterCrawl } from "./dates.ts";
import { decodeEntities } from "../../load/entities.ts";

/** schema.org types whose datePublished/author describe the article itself. */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
  "backgroundnewsarticle", "reviewnewsarticle", "livebligposting", "liveblogposting", "report", "scholarlyarticle",
  "techarticle", "socialmediaposting", "posting", "review", "medicalwebpage",
]);

/** <meta> names (name= or property= or itemprop=, lower-cased) per field, best first. */
const META_PUBLISHED = [
  "article:published_time", "og:article:published_time", "datepublished", "article.published", "published_time",
  "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created",
  "dcterms.issued", "sailthru.date", "parsely-pub-date", "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime",
];
const META_MODIFIED = ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified", "article.updated", "modified_time"];
const META_AUTHOR = ["author", "article:author", "dc.creator", "dcterms.creator", "byl", "parsely-author", "sailthru.author", "cxenseparse:author"];
const META_TITLE = ["og:title", "twitter:title", "dc.title", "headline"];
const META_SITE = ["og:site_name", "application-name", "apple-mobile-web-app-title", "publisher"];

/** Junk that shows up in author fields instead of a person's name. */
const AUTHOR_JUNK: { re: RegExp; why: string }[] = [
  { re: /https?:\/\/\S+|www\.\S+/gi, why: "profile URL in article:author" },
  { re: /^\s*(?:by|von|por|oleh|par|de|от|автор)\s*:?\s+/i, why: "byline prefix" },
  { re: /\s*(?:and|&|\+)\s*\d+\s+others?\b.*/i, why: "'and 3 others' from share widgets" },
  { re: /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b.*|\b(?:updated|published|posted)\b.*/i, why: "date glued after the name" },
  { re: /\s*[|•·]\s*.*$/, why: "'Name | Site' suffix" },
  { re: /@\w+/g, why: "social handle" },
];

export interface HtmlMetadata extends PageMeta {
  /** Canonical URL of the page (link rel=canonical, og:url, JSON-LD url). */
  canonical?: string | null;
  /** The publisher's description (og:description); used to check the first paragraph. */
  description?: string | null;
}

type Json = unknown;

function asArray<T>(v: T | T[] | undefined | null): T[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function typesOf(o: Record<string, Json>): string[] {
  return asArray(o["@type"] as string | string[]).filter((t) => typeof t === "string").map((t) => t.toLowerCase());
}

/** All objects of a JSON-LD value (arrays, @graph, nested mainEntity). */
function flattenLd(v: Json, out: Record<string, Json>[] = [], depth = 0): Record<string, Json>[] {
  if (depth > 4 || v === null || typeof v !== "object") return out;
  if (Array.isArray(v)) {
    for (const x of v) flattenLd(x, out, depth + 1);
    return out;
  }
  const o = v as Record<string, Json>;
  out.push(o);
  if (o["@graph"]) flattenLd(o["@graph"], out, depth + 1);
  if (o.mainEntity && typeof o.mainEntity === "object") flattenLd(o.mainEntity, out, depth + 1);
  return out;
}

function parseLd(text: string): Json {
  try {
    return JSON.parse(text);
  } catch {
    // CMS templates often leave raw newlines/tabs inside strings or a trailing comma.
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, " ").replace(/,\s*([}\]])/g, "$1"));
    } catch {
      return null;
    }
  }
}

/**
 * Names in a JSON-LD author/publisher value: strings, {name}, or {"@id"}
 * references to a node elsewhere in the @graph (Yoast-style WordPress graphs).
 */
function nameOf(v: Json, byId?: Map<string, Record<string, Json>>): string[] {
  return asArray(v as Json[]).flatMap((x) => {
    if (typeof x === "string") return [decodeEntities(x)];
    if (x && typeof x === "object") {
      let o = x as Record<string, Json>;
      if (typeof o.name !== "string" && typeof o["@id"] === "string") o = byId?.get(o["@id"]) ?? o;
      const n = o.name;
      if (typeof n === "string") return [decodeEntities(n)];
    }
    return [];
  });
}

/** Collapse whitespace runs and trim; most meta values (URLs, dates, names) need neither and come back as they are. */
function squash(s: string): string {
  return NEEDS_SQUASH.test(s) ? s.replace(/\s+/g, " ").trim() : s;
}
/** Leading or trailing whitespace, a whitespace run, or whitespace other than a space. */
const NEEDS_SQUASH = /^\s|\s$|\s\s|[^\S ]/;

/** Entities CMSs leave escaped inside JSON-LD strings ("&#8216;", "&amp;", "&Scaron;"): decoded like feed text. */
export { decodeEntities };

/** Parts of an author field that are an affiliation or a job title, not a name. */
const NOT_A_NAME: { re: RegExp; why: string }[] = [
  { re: /\b(?:writer|correspondent|editor|reporter|contributor|columnist|staff writer|reports?)$/i, why: "job title after the name ('AP Auto Writer')" },
  { re: /\w\.(?:com|org|net|co|uk|de|txt|html?)\b/i, why: "a domain or file name ('Example.com', 'humans.txt')" },
  { re: /^(?:admin|administrator|webmaster|redaktion|redação|redaksi|rédaction|guest|user|editorial staff)$|admin$/i, why: "CMS account names" },
];

/** Lower-case words allowed inside a name ("Ludwig van Beethoven", "Maria da Silva"). */
const NAME_PARTICLES = new Set(["van", "von", "der", "den", "de", "da", "do", "dos", "das", "di", "du", "la", "le", "bin", "binti", "al", "el", "y", "ter", "zu"]);

function looksLikeName(p: string): boolean {
  if (!/\p{Lu}/u.test(p)) return false; // "gto", "news desk"
  const words = p.split(" ");
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w)).length;
  return lower <= words.length / 3; // "Nigeria's popular news platform"
}

/** "TOM SMITH" becomes "Tom Smith"; single acronyms ("PTI") stay. */
function unshout(p: string): string {
  if (p.includes(" ") && p === p.toUpperCase() && /\p{Lu}{2}/u.test(p)) {
    return p.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  }
  return p;
}

/** "Headline | Site" or "Headline - Site" in <title>: the longest part is the headline. */
export function headlineOfTitleTag(raw: string): string | null {
  if (!raw) return null;
  const parts = raw.split(/\s+[|–—-]\s+/).map((p) => p.trim()).filter(Boolean);
  return parts.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** Site name without a tagline ("Example News | Latest headlines" becomes "Example News"). */
export function cleanSite(raw: string | null): string | null {
  if (!raw) return null;
  const s = squash(raw).split(/\s+[|•·–—-]\s+/)[0].trim();
  return s || null;
}

/** A person's name (or names, comma-joined) from an author field, or null if it is junk. */
export function cleanAuthor(raw: string[], site?: string | null): string | null {
  const names: string[] = [];
  for (const r of raw) {
    let s = squash(r);
    for (const j of AUTHOR_JUNK) s = s.replace(j.re, " ");
    s = squash(s).replace(/^[,;:\-–—\s]+|[,;:\-–—\s]+$/g, "");
    for (const part of s.split(/\s*(?:,|;|\band\b|&|\bund\b|\be\b|\by\b|\bdan\b|\bи\b)\s*/)) {
      let p = squash(part);
      if (p.length < 3 || p.length > 60) continue;
      if (!/\p{L}/u.test(p) || /\d/.test(p)) continue;
      // the publisher named as author ("Al-Bawaba" on "Al Bawaba", "Business Insider" on "Business Insider Deutschland")
      const key = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
      if (site && key(site).includes(key(p))) continue;
      // "Ann Lee Example Times" on the Example Times: the trailing words are the site
      if (site) {
        const words = p.split(" ");
        for (let k = Math.min(4, words.length - 2); k >= 1; k--) {
          if (key(words.slice(-k).join(" ")) === key(site)) {
            p = words.slice(0, -k).join(" ");
            break;
          }
        }
      }
      if (p.split(" ").length > 6) continue;
      if (NOT_A_NAME.some((n) => n.re.test(p)) || !looksLikeName(p)) continue;
      if (!names.some((n) => n.toLowerCase() === p.toLowerCase())) names.push(unshout(p));
    }
  }
  return names.length ? names.join(", ") : null;
}

/** The elements metadata is read from, gathered in one walk over the DOM (a CSS query per field costs as much as parsing). */
interface MetaNodes {
  metas: Element[];
  ldScripts: string[];
  datePublished: Element[];
  /** <time datetime>, with whether it sits inside the article (<article>, <main>, articleBody). */
  times: { el: Element; inArticle: boolean }[];
  authorEls: Element[];
  titleText: string;
  htmlLang: string | null;
  canonical: string | null;
}

function textOf(el: Element): string {
  let out = "";
  for (const c of el.children) {
    if (c.type === "text") out += (c as unknown as { data: string }).data;
    else if ("children" in c) out += textOf(c as Element);
  }
  return out;
}

/** The metadata elements of a page, in one walk over the DOM in document order. */
function gather(root: AnyNode): MetaNodes {
  const n: MetaNodes = { metas: [], ldScripts: [], datePublished: [], times: [], authorEls: [], titleText: "", htmlLang: null, canonical: null };
  let titleSeen = false;
  const walk = (node: Element, inArticle: boolean): void => {
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      const type = c.type;
      if (type !== "tag" && type !== "script" && type !== "style") continue;
      const el = c as Element;
      const a = el.attribs;
      const name = el.name;
      if (name === "script") {
        if ((a.type ?? "").toLowerCase().trim() === "application/ld+json") n.ldScripts.push(textOf(el));
        continue;
      }
      if (name === "style") continue;
      if (name === "meta") n.metas.push(el);
      else if (name === "time") {
        if (a.datetime) n.times.push({ el, inArticle });
      } else if (name === "title") {
        if (!titleSeen) {
          titleSeen = true;
          n.titleText = textOf(el);
        }
      } else if (name === "html") {
        if (a.lang && !n.htmlLang) n.htmlLang = a.lang;
      } else if (name === "link" && (a.rel ?? "").toLowerCase() === "canonical" && !n.canonical) n.canonical = a.href ?? null;
      const itemprop = a.itemprop;
      if (itemprop !== undefined) {
        if (itemprop === "datePublished") n.datePublished.push(el);
        if (itemprop === "author") n.authorEls.push(el);
        else if (a.rel === "author") n.authorEls.push(el);
      } else if (a.rel === "author") n.authorEls.push(el);
      if (el.children.length) walk(el, inArticle || name === "article" || name === "main" || itemprop === "articleBody");
    }
  };
  if ("children" in root) walk(root as Element, false);
  return n;
}

/** A person's name inside an itemprop=author element (its itemprop=name child, or its own text). */
function authorText(el: Element): string {
  const nameEl = (function find(e: Element): Element | null {
    for (const c of e.children) {
      if (c.type !== "tag") continue;
      const x = c as Element;
      if (x.attribs.itemprop === "name") return x;
      const deeper = find(x);
      if (deeper) return deeper;
    }
    return null;
  })(el);
  const target = nameEl ?? el;
  return target.attribs.content ?? textOf(target);
}

export function extractMetadata(root: AnyNode, opts: { url?: string | null; crawledAt?: string | null }): HtmlMetadata {
  const nodes = gather(root);
  const meta = new Map<string, string>();
  for (const el of nodes.metas) {
    const a = el.attribs;
    const key = (a.property ?? a.name ?? a.itemprop ?? a["http-equiv"] ?? "").toLowerCase().trim();
    const value = a.content ?? a.datetime ?? a.value;
    if (key && value && !meta.has(key)) meta.set(key, squash(value));
  }
  const first = (keys: string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return null;
  };

  // JSON-LD
  let ldArticle: Record<string, Json> | null = null;
  let ldSite: string | null = null;
  let ldPage: Record<string, Json> | null = null;
  const byId = new Map<string, Record<string, Json>>();
  for (const text of nodes.ldScripts) {
    for (const o of flattenLd(parseLd(text))) {
      if (typeof o["@id"] === "string" && !byId.has(o["@id"])) byId.set(o["@id"], o);
      const types = typesOf(o);
      if (!ldArticle && types.some((t) => ARTICLE_TYPES.has(t))) ldArticle = o;
      else if (!ldSite && types.includes("website") && typeof o.name === "string") ldSite = o.name;
      else if (!ldPage && types.includes("webpage")) ldPage = o;
    }
  }
  const ld = (ldArticle ?? ldPage) as Record<string, Json> | null;
  const ldStr = (k: string): string | null => {
    const v = ld?.[k];
    return typeof v === "string" && v.trim() ? squash(decodeEntities(v)) : null;
  };

  const site = cleanSite(
    first(["og:site_name"]) ?? (ld ? nameOf(ld.publisher, byId)[0] ?? null : null) ?? ldSite ?? first(META_SITE.slice(1)),
  );

  // Dates: JSON-LD, then meta, then <time> in the DOM.
  let published: string | null = null;
  let publishedFrom: Provenance = "none";
  const tryPublished = (raw: string | null | undefined, from: Provenance): void => {
    if (published || !raw) return;
    const iso = normaliseMetaDate(raw);
    if (iso && !isAfterCrawl(iso, opts.crawledAt)) {
      published = iso;
      publishedFrom = from;
    }
  };
  tryPublished(ldStr("datePublished") ?? ldStr("dateCreated"), "json-ld");
  for (const k of META_PUBLISHED) tryPublished(meta.get(k), "meta");
  for (const el of nodes.datePublished) tryPublished(el.attribs.datetime ?? el.attribs.content, "meta");
  for (const { el } of nodes.times) {
    if (el.attribs.pubdate !== undefined || /publish|posted|date/i.test(`${el.attribs.class ?? ""} ${el.attribs.itemprop ?? ""}`))
      tryPublished(el.attribs.datetime, "dom");
  }
  // A bare <time> is trusted only inside the article (a sidebar's teaser dates come first on many pages).
  tryPublished(nodes.times.find((t) => t.inArticle)?.el.attribs.datetime, "dom");
  if (nodes.times.length === 1) tryPublished(nodes.times[0].el.attribs.datetime, "dom");

  let modified: string | null = normaliseMetaDate(ldStr("dateModified"));
  for (const k of META_MODIFIED) modified ??= normaliseMetaDate(meta.get(k));

  const authorRaw: string[] = ld ? nameOf(ld.author, byId) : [];
  if (!authorRaw.length) {
    for (const k of META_AUTHOR) {
      const v = meta.get(k);
      if (v && !/^https?:/.test(v)) {
        authorRaw.push(v);
        break;
      }
    }
  }
  if (!authorRaw.length && nodes.authorEls.length) authorRaw.push(authorText(nodes.authorEls[0]));
  const author = cleanAuthor(authorRaw, site);

  const title = ldStr("headline") ?? first(META_TITLE) ?? headlineOfTitleTag(squash(nodes.titleText));
  const lang = (nodes.htmlLang ?? ldStr("inLanguage") ?? meta.get("og:locale") ?? meta.get("content-language") ?? "").trim();
  const canonical = nodes.canonical ?? meta.get("og:url") ?? ldStr("url") ?? opts.url ?? null;

  return {
    url: opts.url ?? canonical,
    canonical,
    site,
    title,
    author,
    published,
    publishedFrom,
    modified,
    language: lang ? lang.replace("_", "-").split("-")[0].toLowerCase() : null,
    description: first(["og:description", "description", "twitter:description"]),
  };
}
