/**
 * JSON and JSON Lines records → SourceDocs. A record states its own metadata
 * (title, author, publication date...) under names that vary by crawler, so
 * each field has a table of accepted aliases. Values a record gives win over
 * anything the cleaner guesses later (`given`, provenance "record").
 */
import type { PageMeta, SourceDoc } from "../types.ts";
import { AMBIGUOUS_DATE_RE, normaliseDate } from "./dates.ts";
import { LIMITS, capRecordId } from "../limits.ts";

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

/**
 * The records an object wraps under RECORD_ARRAY_KEYS (`{"articles": [...]}` as news APIs export them), or null. An
 * object with a text or markup field of its own is a record, whatever list it carries (related items, tags): when it
 * fails, its own reason is the one to give, and its list's entries are no articles.
 */
export function wrappedRecords(obj: Record<string, unknown>): { key: string; records: unknown[] } | null {
  if ([...FIELDS.text, ...FIELDS.html].some((k) => Object.hasOwn(obj, k))) return null;
  const key = RECORD_ARRAY_KEYS.find((k) => Array.isArray(obj[k]) && (obj[k] as unknown[]).length > 0);
  return key ? { key, records: obj[key] as unknown[] } : null;
}

/**
 * Epoch numbers by magnitude: exporters write seconds (Unix, Python), milliseconds (JavaScript, Java),
 * microseconds (PostgreSQL, BigQuery) or nanoseconds (Go, pandas). The unit is the one whose range the
 * absolute value falls in (1e8 s is 1973-03; each unit is 1,000 times the last), negative values count
 * back from 1970. Below 1e8 a number is no timestamp (a year, a count). A value whose date falls outside
 * the years 1000–9999 (ISO 8601's four digits) is rejected as a field: the record is kept, the date is null.
 */
const EPOCH_UNITS: readonly { below: number; msPer: number; unit: string }[] = [
  { below: 1e10, msPer: 1e3, unit: "seconds" },
  { below: 1e13, msPer: 1, unit: "milliseconds" },
  { below: 1e16, msPer: 1e-3, unit: "microseconds" },
  { below: 1e19, msPer: 1e-6, unit: "nanoseconds" },
];
const EPOCH_MIN_ABS = 1e8;

class FieldError extends Error {}

/** The JSON type of a value, as reasons name it: "null", "array", "string", "number", "object"… */
export function typeName(v: unknown): string {
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

/** An epoch number → ISO 8601 in UTC, or why it is not a usable date (see EPOCH_UNITS). */
export function epochToIso(value: number): { iso: string } | { error: string } {
  const abs = Math.abs(value);
  const unit = Number.isFinite(value) && abs >= EPOCH_MIN_ABS ? EPOCH_UNITS.find((u) => abs < u.below) : undefined;
  // JSON.parse reads a number past 1.8e308 (308 digits, or 1e400) as Infinity: the user wrote a number, not "Infinity".
  if (!Number.isFinite(value)) return { error: "a number too large to be a date (read as infinite)" };
  if (!unit) return { error: `${value} is not an epoch timestamp in seconds, milliseconds, microseconds or nanoseconds` };
  const d = new Date(Math.round(value * unit.msPer));
  const year = d.getUTCFullYear();
  if (Number.isNaN(d.getTime()) || year < 1000 || year > 9999) return { error: `${value} (as ${unit.unit}) is outside the years 1000–9999` };
  return { iso: d.toISOString().replace(/\.000Z$/, "Z") };
}

/**
 * A date field: ISO / RFC 2822 string, or an epoch number (see EPOCH_UNITS, read in UTC). An unusable
 * number is noted in `notes` and read as no date; another type makes the record unusable.
 */
function dateField(rec: Record<string, unknown>, names: readonly string[], notes: string[]): string | null {
  const f = pick(rec, names);
  if (!f) return null;
  // An epoch written as a string of digits ("1700000000000") is read as the number it spells.
  const epoch = typeof f.value === "string" && /^-?\d{9,20}$/.test(f.value.trim()) ? Number(f.value.trim()) : f.value;
  if (typeof epoch === "string") {
    const iso = normaliseDate(epoch);
    // An unreadable date is a rejected field, not a silent null: the user sees the value and why.
    if (iso === null && epoch.trim() !== "") notes.push(`field "${f.name}" rejected: ${unreadableDate(epoch)}; the record is kept without it`);
    return iso;
  }
  if (typeof epoch === "number") {
    const r = epochToIso(epoch);
    if ("iso" in r) return r.iso;
    notes.push(`field "${f.name}" rejected: ${r.error}; the record is kept without it`);
    return null;
  }
  throw new FieldError(`field "${f.name}" must be a date string, got ${typeName(f.value)}`);
}

/** Why a date string was not read: a numeric date with the year last (day or month first?), or no date form the loader knows. */
function unreadableDate(value: string): string {
  const v = value.trim();
  const shown = JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return AMBIGUOUS_DATE_RE.test(v)
    ? `${shown} puts the year last, where the order of day and month depends on the locale (write 2024-03-05)`
    : `${shown} is not a date (expected ISO 8601 such as 2024-03-05, RFC 2822, "March 5, 2024", "2024/03/05" or "20240305")`;
}

/** Markup rather than text: starts with a tag, or has several paragraph/line-break tags. */
function looksLikeMarkup(s: string): boolean {
  const head = s.slice(0, 4096).trimStart();
  if (/^<(!doctype|html|head|body|div|p|article|section|span|h[1-6])\b/i.test(head)) return true;
  const tags = head.match(/<\/?(p|br|div|h[1-6]|li|a)\b[^<>]{0,200}>/gi);
  return (tags?.length ?? 0) >= 3;
}

/** `meta` without its undefined and null fields, so `given` only holds what a record or feed item stated. */
export function compact(meta: PageMeta): PageMeta {
  const out: PageMeta = {};
  for (const [k, v] of Object.entries(meta)) if (v !== undefined && v !== null) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** The reject reason of a record's metadata field longer than LIMITS.recordFieldChars (JSON records here, feed items: stages/load/feed.ts). */
export const tooLong = (name: string, v: string): string =>
  `field "${name}" rejected: ${v.length} characters, more than ${LIMITS.recordFieldChars}; the record is kept without it`;

/** The id of a record as a string, if it has a usable one (for warnings too). */
export function recordIdOf(rec: unknown): string | null {
  if (!rec || typeof rec !== "object" || Array.isArray(rec)) return null;
  const f = pick(rec as Record<string, unknown>, FIELDS.id);
  if (!f) return null;
  if (typeof f.value === "string") return f.value.trim() || null;
  if (typeof f.value === "number" && Number.isFinite(f.value)) return String(f.value);
  return null;
}

/** A usable record, with the fields that were rejected (`notes`, prefixed like reasons); or why it is not usable. */
export type RecordResult = { ok: true; doc: SourceDoc; notes: string[] } | { ok: false; reason: string };

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
    const notes: string[] = [];
    const published = dateField(rec, FIELDS.published, notes);
    const given = compact({
      url: stringField(rec, FIELDS.url),
      title: stringField(rec, FIELDS.title),
      site: siteField(rec),
      author: authorField(rec),
      published,
      publishedFrom: published ? "record" : undefined,
      modified: dateField(rec, FIELDS.modified, notes),
      language: stringField(rec, FIELDS.language),
    });
    const crawledAt = dateField(rec, FIELDS.crawled, notes);
    // A metadata field longer than any real one is rejected, the record kept without it (LIMITS.recordFieldChars).
    for (const [k, v] of Object.entries(given)) {
      if (typeof v === "string" && v.length > LIMITS.recordFieldChars) {
        notes.push(tooLong(k, v));
        delete (given as Record<string, unknown>)[k];
      }
    }
    const recordId = capRecordId(recordIdOf(rec), (id) => notes.push(tooLong(idField!.name, id)));
    const doc: SourceDoc = { source: relPath, recordId, index, kind, content, given, format, where };
    if (crawledAt) doc.crawledAt = crawledAt;
    return { ok: true, doc, notes: notes.map((n) => `${where}: ${n}`) };
  } catch (err) {
    if (err instanceof FieldError) return { ok: false, reason: `${where}: ${err.message}` };
    throw err;
  }
}
