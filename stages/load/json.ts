/**
 * JSON and JSON Lines records → SourceDocs. A record states its own metadata
 * (title, author, publication date...) under names that vary by crawler, so
 * each field has a table of accepted aliases. Values a record gives win over
 * anything the cleaner guesses later (`given`, provenance "record").
 */
import type { PageMeta, SourceDoc } from "../types.ts";
import { normaliseDate } from "./dates.ts";

export interface RecordWarning {
  recordId: string | null;
  reason: string;
}

/**
 * Accepted field names, first found wins. Each alias is a name used by a
 * common crawler / export format (news-please, NewsAPI, Common Crawl derived
 * sets, WordPress exports, schema.org NewsArticle).
 */
const FIELDS = {
  id: ["id", "record_id", "guid", "uuid", "_id"],
  url: ["url", "link", "canonical_url", "href"],
  title: ["title", "headline"],
  site: ["site", "source", "site_name", "source_domain", "publisher", "domain"],
  author: ["author", "byline", "authors", "creator"],
  published: ["published", "date", "published_at", "publishedAt", "pubDate", "date_publish", "datePublished", "date_published"],
  modified: ["modified", "updated_at", "date_modified", "dateModified", "date_modify"],
  crawled: ["crawled_at", "fetched_at", "crawled", "date_download", "retrieved_at"],
  language: ["language", "lang"],
  /** Raw page markup: kind "html". */
  html: ["html", "raw_html", "content_html", "body_html"], // content_html: JSON Feed items
  /** Article or page text: kind "text" (unless the value is plainly markup, see below). */
  text: ["text", "content", "body", "maintext", "article", "full_text", "articleBody", "content_text"],
} as const;

/** Text fields that crawlers often fill with markup; sniffed rather than trusted as plain text. */
const MAYBE_MARKUP = new Set(["content", "body", "article", "articleBody"]);

/** Keys of a wrapper object that hold the array of records (`{"articles": [...]}`). */
export const RECORD_ARRAY_KEYS = ["records", "articles", "items", "data", "results", "entries", "docs", "documents", "posts", "hits"];

/** Plausible epoch range: 1973-03 .. 2286 in seconds; larger values are taken as milliseconds. */
const EPOCH_SECONDS_MIN = 1e8;
const EPOCH_SECONDS_MAX = 1e10;

class FieldError extends Error {}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

function pick(rec: Record<string, unknown>, names: readonly string[]): { name: string; value: unknown } | null {
  for (const name of names) {
    const v = rec[name];
    if (v !== undefined && v !== null) return { name, value: v };
  }
  return null;
}

/** A string field; numbers are accepted only where noted by `allowNumber`. */
function stringField(rec: Record<string, unknown>, names: readonly string[], allowNumber = false): string | null {
  const f = pick(rec, names);
  if (!f) return null;
  if (typeof f.value === "string") return f.value.trim() === "" ? null : f.value.trim();
  if (allowNumber && typeof f.value === "number" && Number.isFinite(f.value)) return String(f.value);
  throw new FieldError(`field "${f.name}" must be a string, got ${typeName(f.value)}`);
}

/** Site: a string, or an object with a `name` (NewsAPI's `source: {id, name}`). */
function siteField(rec: Record<string, unknown>): string | null {
  const f = pick(rec, FIELDS.site);
  if (!f) return null;
  if (typeof f.value === "string") return f.value.trim() || null;
  if (typeof f.value === "object" && !Array.isArray(f.value)) {
    const name = (f.value as Record<string, unknown>)["name"];
    if (typeof name === "string") return name.trim() || null;
  }
  throw new FieldError(`field "${f.name}" must be a string, got ${typeName(f.value)}`);
}

/** Authors: a string, or an array of strings / `{name}` objects joined with ", ". */
function authorField(rec: Record<string, unknown>): string | null {
  const f = pick(rec, FIELDS.author);
  if (!f) return null;
  const one = (v: unknown): string | null => {
    if (typeof v === "string") return v.trim() || null;
    if (v && typeof v === "object" && !Array.isArray(v) && typeof (v as Record<string, unknown>)["name"] === "string") {
      return ((v as Record<string, unknown>)["name"] as string).trim() || null;
    }
    throw new FieldError(`field "${f.name}" must be a string or an array of strings, got ${typeName(v)}`);
  };
  if (Array.isArray(f.value)) {
    const names = f.value.map(one).filter((n): n is string => !!n);
    return names.length ? names.join(", ") : null;
  }
  return one(f.value);
}

/** A date field: ISO / RFC 2822 string, or an epoch number (seconds or milliseconds, read in UTC). */
function dateField(rec: Record<string, unknown>, names: readonly string[]): string | null {
  const f = pick(rec, names);
  if (!f) return null;
  if (typeof f.value === "string") return normaliseDate(f.value);
  if (typeof f.value === "number" && Number.isFinite(f.value) && f.value >= EPOCH_SECONDS_MIN) {
    const ms = f.value < EPOCH_SECONDS_MAX ? f.value * 1000 : f.value;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().replace(/\.000Z$/, "Z");
  }
  throw new FieldError(`field "${f.name}" must be a date string, got ${typeName(f.value)}`);
}

/** Markup rather than text: starts with a tag, or has several paragraph/line-break tags. */
function looksLikeMarkup(s: string): boolean {
  const head = s.slice(0, 4096).trimStart();
  if (/^<(!doctype|html|head|body|div|p|article|section|span|h[1-6])\b/i.test(head)) return true;
  const tags = head.match(/<\/?(p|br|div|h[1-6]|li|a)\b[^<>]{0,200}>/gi);
  return (tags?.length ?? 0) >= 3;
}

function compact(meta: PageMeta): PageMeta {
  const out: PageMeta = {};
  for (const [k, v] of Object.entries(meta)) if (v !== undefined && v !== null) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** The id of a record as a string, if it has a usable one (for warnings too). */
export function recordIdOf(rec: unknown): string | null {
  if (!rec || typeof rec !== "object" || Array.isArray(rec)) return null;
  const f = pick(rec as Record<string, unknown>, FIELDS.id);
  if (!f) return null;
  if (typeof f.value === "string") return f.value.trim() || null;
  if (typeof f.value === "number" && Number.isFinite(f.value)) return String(f.value);
  return null;
}

export type RecordResult = { ok: true; doc: SourceDoc } | { ok: false; reason: string };

/** One parsed JSON value → SourceDoc, or why it cannot be used. `where` prefixes reasons ("line 3", "record 2"). */
export function recordToDoc(value: unknown, relPath: string, index: number, format: "json" | "jsonl", where: string): RecordResult {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, reason: `${where}: not a JSON object (${typeName(value)})` };
  }
  const rec = value as Record<string, unknown>;
  try {
    const idField = pick(rec, FIELDS.id);
    if (idField && typeof idField.value !== "string" && typeof idField.value !== "number") {
      throw new FieldError(`field "${idField.name}" must be a string or number, got ${typeName(idField.value)}`);
    }
    const html = stringField(rec, FIELDS.html);
    const textPick = pick(rec, FIELDS.text);
    const text = stringField(rec, FIELDS.text);
    let kind: "html" | "text";
    let content: string;
    if (html) {
      kind = "html";
      content = html;
    } else if (text) {
      kind = textPick && MAYBE_MARKUP.has(textPick.name) && looksLikeMarkup(text) ? "html" : "text";
      // The record's text byte for byte (not trimmed): with --skip clean it is the article text as given.
      content = typeof textPick?.value === "string" ? textPick.value : text;
    } else {
      const present = textPick ?? pick(rec, FIELDS.html);
      throw new FieldError(
        present ? `field "${present.name}" is empty` : `no text or html field (expected one of: ${[...FIELDS.text, ...FIELDS.html].join(", ")})`,
      );
    }
    const published = dateField(rec, FIELDS.published);
    const given = compact({
      url: stringField(rec, FIELDS.url),
      title: stringField(rec, FIELDS.title),
      site: siteField(rec),
      author: authorField(rec),
      published,
      publishedFrom: published ? "record" : undefined,
      modified: dateField(rec, FIELDS.modified),
      language: stringField(rec, FIELDS.language),
    });
    const crawledAt = dateField(rec, FIELDS.crawled);
    const doc: SourceDoc = { source: relPath, recordId: recordIdOf(rec), index, kind, content, given, format };
    if (crawledAt) doc.crawledAt = crawledAt;
    return { ok: true, doc };
  } catch (err) {
    if (err instanceof FieldError) return { ok: false, reason: `${where}: ${err.message}` };
    throw err;
  }
}
