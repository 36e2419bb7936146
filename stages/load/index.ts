/**
 * The load stage: one input file's path and bytes → SourceDocs, or a reason
 * the file cannot be used. The format is sniffed from the content (the
 * extension only breaks ties): feeds (RSS 2.0, RSS 1.0/RDF, Atom), JSON and
 * JSON Lines records, HTML pages, else plain text (.txt, .md, dumps).
 *
 * Pure function of (path, bytes, options); never throws, never prints. The
 * integrator reads files (see discover.ts) and turns warnings into reject rows.
 */
import { gunzipSync } from "node:zlib";
import type { SourceDoc } from "../types.ts";
import { binaryReason, magicType } from "./binary.ts";
import { bomEncoding, decodeBytes, DECODE_RULES, MAX_REPLACEMENT_SHARE, replacementShare, utf16Pattern } from "./decode.ts";
import { FEED_ROOTS, loadFeed } from "./feed.ts";
import { recordIdOf, recordToDoc, typeName, wrappedRecords } from "./json.ts";
import { rootElementName } from "./xml.ts";
import { splitLongText, TEXT_PARTS_RULE, textPartsReason } from "./parts.ts";
import { capRecordId, LIMITS } from "../limits.ts";
import { eachLine, normaliseLineEnds } from "../common/lines.ts";

export interface LoadOptions {
  /** Per-document size cap in bytes; default 20 MiB. */
  maxBytes?: number;
  /**
   * Each record of a JSON or JSON Lines file, handed over as it is read and not kept in the outcome's `docs`
   * (which then holds only the documents of other formats): a reader that needs one record at a time (the
   * template pass) never holds all of a JSON Lines export's records at once (a `.json` array is still parsed
   * whole first, then handed over a record at a time). Called only once the file is known to be
   * JSON (a JSON extension, the whole text parsed, or a first line that is an object); an unlabelled file
   * whose first line is not an object keeps its records in `docs` as without it, since it may yet be read as text.
   */
  onRecord?: (doc: SourceDoc) => void;
  /**
   * Called with where a JSON Lines line is ("line 12") before a line of LONG_LINE_CHARS or more is parsed, once the
   * file is known to be JSON Lines (as onRecord): parsing a long record costs time of its own, which a reader that
   * times its documents charges to the document the line holds, not to the one before it (pipeline/document.ts).
   */
  beforeLongLine?: (where: string) => void;
  /**
   * JSON Lines lines (numbered from 1) of LONG_LINE_CHARS or more not parsed, once the file is known to be JSON Lines
   * (as beforeLongLine), each counted as one line. "blamed": its record ran over its time budget on an earlier try
   * (pipeline/job.ts); handed to onBlamedLine in its records' place, as one record (no reject row here: the reader writes
   * the row). "unusable": an earlier reading of the same bytes found it gives no record (onUnusableLongLine); skipped
   * again without its parse, its reject row worded without the parser's message.
   */
  passLongLines?: ReadonlyMap<number, "blamed" | "unusable">;
  onBlamedLine?: (where: string) => void;
  /** Called with the number (from 1) of each long line (as beforeLongLine) that gives no record and counts as one line. */
  onUnusableLongLine?: (line: number) => void;
  /** The charset of a file that declares none (config `input_encoding`; decode.ts decodeBytes `assumed`); null or absent: detected. */
  encoding?: string | null;
}

/** How a gzip file's content is loaded (loadGzip): under the name without ".gz", and never a gzip again. */
interface InnerOptions extends LoadOptions {
  inner?: { ext: string };
}

export interface LoadWarning {
  recordId: string | null;
  reason: string;
  /**
   * true: a record / line / item was dropped (a reject row).
   * false: a notice about the whole file that still loaded (e.g. a charset fallback).
   */
  skipped: boolean;
  /** The rule id of a notice (skipped and rejected false), e.g. "load/charset-fallback" (decode.ts DECODE_RULES). */
  rule?: string;
  /** A field of a kept record was rejected (an epoch out of range…): a reject row, though the record became a document. */
  rejected?: boolean;
}

export type LoadOutcome =
  | { ok: true; docs: SourceDoc[]; warnings: LoadWarning[] }
  | { ok: false; reason: string };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * `doc`, or its parts when its text is too long to be one document (parts.ts), each handed to `keep`; a text read
 * in parts is a notice (not a reject: nothing is dropped; only a single line longer than a part is cut, by the cleaner,
 * with a warning).
 */
function keepInParts(doc: SourceDoc, keep: (doc: SourceDoc) => void, warnings: LoadWarning[]): void {
  const parts = splitLongText(doc);
  if (parts.length > 1) warnings.push({ recordId: doc.recordId, reason: textPartsReason(parts.length), skipped: false, rule: TEXT_PARTS_RULE });
  for (const part of parts) keep(part);
}

/** The reject reason of a file over the size cap (the same whether the loader or discovery saw its size). */
export const tooLargeReason = (bytes: number, cap: number): string => `file too large: ${bytes} bytes > cap of ${cap} bytes`;

/** Extensions that declare JSON content: a parse failure is then an error, not plain text. */
const JSON_EXTENSIONS = new Set(["json", "jsonl", "ndjson", "jsonlines"]);
/** Extensions whose files are JSON Lines even when they hold a single record. */
const JSONL_EXTENSIONS = new Set(["jsonl", "ndjson", "jsonlines"]);
/** Extensions that declare HTML: one tag is enough evidence. */
const HTML_EXTENSIONS = new Set(["html", "htm", "xhtml", "shtml", "php", "asp", "aspx"]);
/** The records of a JSON Lines line that holds several: an array of objects, or an object wrapping one (json.ts wrappedRecords); else null. */
function recordsOnLine(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value.length > 0 && value.every((v) => !!v && typeof v === "object" && !Array.isArray(v)) ? value : null;
  if (!value || typeof value !== "object") return null;
  return wrappedRecords(value as Record<string, unknown>)?.records ?? null;
}

/** Extensions of text formats where a few inline tags do not make the file HTML (Markdown allows inline HTML). */
const TEXT_EXTENSIONS = new Set(["txt", "text", "md", "markdown"]);

/** Root elements that make a document HTML (after doctype/comments). */
const HTML_ROOTS = new Set(["html", "head", "body"]);

/** HTML element names whose tags count as evidence of a page (or fragment). */
const HTML_TAG_RE =
  /<\/?(?:p|div|span|a|br|hr|h[1-6]|article|section|script|style|meta|link|title|ul|ol|li|table|tr|td|th|img|header|footer|nav|main|figure|figcaption|strong|em|b|i|u|blockquote|iframe|form|input|button|noscript|time|aside|picture|source|svg)[\s>/]/gi;

/** How many characters are inspected to sniff HTML (enough for a page head; cheap on 50 MB). */
const SNIFF_CHARS = 65536;
/** Tags needed in the sniff window: any file / a .txt or .md file (plus density, see looksLikeHtml). */
const MIN_TAGS = 3;
const MIN_TAGS_IN_TEXT_FILE = 20;
/** A .txt/.md file is HTML only if tags are dense: at least one per this many characters. */
const TEXT_FILE_CHARS_PER_TAG = 300;

/** Share of C0 control characters in decoded text above which it is binary. */
const MAX_CONTROL_SHARE = 0.1;

/** Longest JSON parse message kept in a reason (V8 quotes part of the input). */
const MAX_MESSAGE = 160;

function extensionOf(relPath: string): string {
  const base = relPath.slice(relPath.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

function short(s: string): string {
  // Newer V8 versions append "(line 1 column 65)" to JSON errors: dropped so reasons match across Node versions.
  const one = s.replace(/\s+/g, " ").replace(/ \(line \d+ column \d+\)$/, "");
  return one.length > MAX_MESSAGE ? `${one.slice(0, MAX_MESSAGE)}…` : one;
}

/** Invisible characters that make a file look non-empty: zero-width space/joiners, word joiner, stray BOMs. */
const INVISIBLE_ONLY_RE = /^[\s\u200b-\u200d\u2060\ufeff]*$/;

function isBlank(text: string): boolean {
  if (text.trim() === "") return true;
  // Only short files can be invisible-only in practice; skip the regex on large ones.
  return text.length < 1_000_000 && INVISIBLE_ONLY_RE.test(text);
}

function countNuls(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\0"); i >= 0; i = text.indexOf("\0", i + 1)) n++;
  return n;
}

function controlShare(text: string): number {
  const n = Math.min(text.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f) controls++;
  }
  return n === 0 ? 0 : controls / n;
}

/** True if the text is an HTML page or fragment (see the thresholds above). */
export function looksLikeHtml(text: string, ext: string): boolean {
  const root = rootElementName(text);
  if (root && HTML_ROOTS.has(root.toLowerCase())) return true;
  const head = text.slice(0, SNIFF_CHARS);
  if (/<!doctype\s+html/i.test(head.slice(0, 2048))) return true;
  let tags = 0;
  const need = TEXT_EXTENSIONS.has(ext) ? MIN_TAGS_IN_TEXT_FILE : HTML_EXTENSIONS.has(ext) ? 1 : MIN_TAGS;
  HTML_TAG_RE.lastIndex = 0;
  while (HTML_TAG_RE.exec(head) !== null) {
    tags++;
    if (tags >= need && !TEXT_EXTENSIONS.has(ext)) return true;
  }
  return TEXT_EXTENSIONS.has(ext) && tags >= need && head.length / tags <= TEXT_FILE_CHARS_PER_TAG;
}

/** Non-blank lines looked at to decide whether an unlabelled file is JSON Lines at all. */
const JSONL_PROBE_LINES = 5;

/**
 * An unlabelled file is JSON Lines only if one of its first non-blank lines is
 * a JSON object: a text dump that starts with "{" or "[" must not cost a failed
 * JSON.parse per line (exceptions are slow on a 20 MB file).
 */
function firstLinesLookLikeJsonl(text: string): boolean {
  let seen = 0;
  for (const raw of eachLine(text)) {
    if (seen >= JSONL_PROBE_LINES) break;
    const line = raw.trim();
    if (line === "") continue;
    seen++;
    if (line[0] !== "{") continue;
    try {
      const v: unknown = JSON.parse(line);
      if (v && typeof v === "object" && !Array.isArray(v)) return true;
    } catch {
      // a malformed line among the first ones: keep probing
    }
  }
  return false;
}

/** A JSON Lines line this long or longer is announced before it is parsed (LoadOptions beforeLongLine); a shorter one parses in microseconds. */
export const LONG_LINE_CHARS = 65_536;

/** JSON or JSON Lines; null when the content is not JSON after all (then it is plain text). */
function loadJson(relPath: string, text: string, ext: string, notices: LoadWarning[], opts: LoadOptions): LoadOutcome | null {
  const { onRecord, beforeLongLine } = opts;
  const jsonExt = JSON_EXTENSIONS.has(ext);
  let parsed: unknown;
  let parseError: string | null = null;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    parseError = (err as Error).message;
  }

  const docs: SourceDoc[] = [];
  const warnings: LoadWarning[] = [...notices];
  // One reject row per bad record, up to LIMITS.rejectsPerFile; the rest of a flood is counted in one summary row.
  let skippedCount = 0;
  let unlisted = 0;
  let unlistedFirst = "";
  let unlistedLast = "";
  const skip = (recordId: string | null, reason: string, where: string) => {
    skippedCount++;
    if (skippedCount <= LIMITS.rejectsPerFile) {
      // A skipped record's id is capped like a kept one's: no output row carries an id over the field limit.
      warnings.push({ recordId: capRecordId(recordId), reason, skipped: true });
      return;
    }
    if (unlisted++ === 0) unlistedFirst = where;
    unlistedLast = where;
  };
  const summariseUnlisted = () => {
    if (unlisted === 0) return;
    const span = unlistedFirst === unlistedLast ? unlistedFirst : `${unlistedFirst} to ${unlistedLast}`;
    warnings.push({ recordId: null, reason: `${unlisted} more unusable records not listed one by one (${span}; limits/rejects-per-file)`, skipped: true });
  };
  // Records kept (in `docs`, or handed to onRecord once the file is sure to be read as JSON: see LoadOptions).
  let kept = 0;
  let settled = jsonExt || parseError === null;
  const accept = (r: { doc: SourceDoc; notes: string[] }) => {
    kept++;
    keepInParts(r.doc, onRecord && settled ? onRecord : (d) => docs.push(d), warnings);
    for (const reason of r.notes) warnings.push({ recordId: r.doc.recordId, reason, skipped: false, rejected: true });
  };
  const fail = (prefix: string): LoadOutcome => {
    const reasons = warnings.filter((w) => w.skipped).map((w) => w.reason);
    const more = skippedCount > 3 ? ` (and ${skippedCount - 3} more)` : "";
    return { ok: false, reason: `${prefix}: ${reasons.slice(0, 3).join("; ")}${more}` };
  };

  if (parseError === null) {
    const format = JSONL_EXTENSIONS.has(ext) ? "jsonl" : "json";
    let records: unknown[];
    let label: string;
    if (Array.isArray(parsed)) {
      if (parsed.length === 0) return { ok: false, reason: "JSON array is empty" };
      records = parsed;
      label = "record";
    } else if (parsed && typeof parsed === "object") {
      const obj = parsed as Record<string, unknown>;
      const single = recordToDoc(obj, relPath, 0, format, "record 0");
      if (single.ok) {
        accept(single);
        return { ok: true, docs, warnings };
      }
      // A wrapper object: {"articles": [...]} as exported by news APIs.
      const wrapped = wrappedRecords(obj);
      if (!wrapped) return { ok: false, reason: `JSON object is not a usable record: ${single.reason.replace(/^record 0: /, "")}` };
      records = wrapped.records;
      label = wrapped.key;
    } else {
      return { ok: false, reason: `JSON value is ${parsed === null ? "null" : `a ${typeName(parsed)}`}, not an object or array of objects` };
    }
    records.forEach((rec, i) => {
      const r = recordToDoc(rec, relPath, i, format, `${label} ${i}`);
      if (r.ok) accept(r);
      else skip(recordIdOf(rec), r.reason, `${label} ${i}`);
    });
    if (kept === 0) return fail("no usable JSON records");
    summariseUnlisted();
    return { ok: true, docs, warnings };
  }

  // JSON Lines: one object per line; a bad line is skipped with a warning. A line ends at LF, CRLF or a lone CR
  // (classic Mac OS line ends), mixed in one file too (CR records with an editor's final LF, an LF record appended):
  // a valid JSON string never holds a raw CR or LF, so no record is split inside its text.
  // Read one line at a time (eachLine), never as an array of every line: see LoadOptions onRecord.
  if (!jsonExt && !firstLinesLookLikeJsonl(text)) return null;
  let good = 0;
  let bad = 0;
  let firstParsedIsObject: boolean | null = null;
  let ordinal = 0;
  let ln = -1;
  for (const raw of eachLine(text)) {
    ln++;
    const line = raw.trim();
    if (line === "") continue;
    const where = `line ${ln + 1}`;
    let value: unknown;
    // Past the rejects listed one by one, a line that cannot close an object or an array of records is
    // counted without parsing it, and without an exception: a parse error costs a thrown exception (6 s for
    // 500,000 lines), and so did throwing a ready-made one on a worker thread (about 2 µs each: 1–1.4 s a reading).
    let parseProblem: string | null = null;
    const long = settled && line.length >= LONG_LINE_CHARS;
    const passed = long ? opts.passLongLines?.get(ln + 1) : undefined;
    // Not parsed again: a long line whose record ran over its budget on an earlier try stands for its record, unread.
    if (passed === "blamed") {
      kept++;
      opts.onBlamedLine?.(where);
      ordinal++;
      continue;
    }
    const unusable = () => void (long && opts.onUnusableLongLine?.(ln + 1));
    if (skippedCount >= LIMITS.rejectsPerFile && firstParsedIsObject !== null && !line.endsWith("}") && !line.endsWith("]")) parseProblem = "";
    else if (passed === "unusable") parseProblem = `${where}: not a usable record`;
    else {
      if (beforeLongLine && long) beforeLongLine(where);
      try {
        value = JSON.parse(line);
      } catch (err) {
        parseProblem = `${where}: invalid JSON: ${short((err as Error).message)}`;
      }
    }
    if (parseProblem !== null) {
      unusable();
      bad++;
      if (firstParsedIsObject === null) firstParsedIsObject = false;
      skip(null, parseProblem, where);
      ordinal++;
      continue;
    }
    const isObject = !!value && typeof value === "object" && !Array.isArray(value);
    if (firstParsedIsObject === null) {
      firstParsedIsObject = isObject;
      // Read as JSON Lines whatever follows (isJsonl below): records may go to onRecord from here on.
      if (isObject) settled = true;
    }
    // Several articles on one line: an array of records, or a wrapper object ({"articles": [...]}, as the whole-file
    // JSON above reads it). Each is a record of its own, numbered on from the line's place.
    const r = recordToDoc(value, relPath, ordinal, "jsonl", where);
    const many = r.ok ? null : recordsOnLine(value);
    if (isObject || many) good++;
    else bad++;
    if (many) {
      many.forEach((rec, i) => {
        const one = recordToDoc(rec, relPath, ordinal, "jsonl", `${where} record ${i}`);
        if (one.ok) accept(one);
        else skip(recordIdOf(rec), one.reason, `${where} record ${i}`);
        ordinal++;
      });
      continue;
    }
    if (r.ok) accept(r);
    else {
      unusable();
      skip(recordIdOf(value), r.reason, where);
    }
    ordinal++;
  }
  const isJsonl = jsonExt || (good > 0 && (firstParsedIsObject === true || good >= bad));
  if (!isJsonl) return null;
  if (kept === 0) {
    if (good === 0) return { ok: false, reason: `invalid JSON: ${short(parseError)}` };
    return fail("no usable JSON Lines records");
  }
  summariseUnlisted();
  return { ok: true, docs, warnings };
}

/** A saved HTTP response starts with its status line ("HTTP/1.1 200 OK"). */
const HTTP_STATUS_RE = /^HTTP\/\d(?:\.\d)? \d{3}\b/;
/** charset parameter of a Content-Type header. */
const HTTP_CHARSET_RE = /^content-type:[^\n]*?\bcharset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})/im;
/** How far the end of saved HTTP headers is looked for. */
const HTTP_HEADER_WINDOW = 65536;

/**
 * Crawlers sometimes save the whole HTTP response: status line and headers,
 * a blank line, then the page. The headers are dropped (their charset kept:
 * it outranks the page's own declaration, as in browsers).
 */
export function splitHttpResponse(bytes: Uint8Array): { body: Uint8Array; charset: string | null } | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HTTP_HEADER_WINDOW)).toString("latin1");
  if (!HTTP_STATUS_RE.test(head)) return null;
  const crlf = head.indexOf("\r\n\r\n");
  const lf = head.indexOf("\n\n");
  const ends = [crlf < 0 ? -1 : crlf + 4, lf < 0 ? -1 : lf + 2].filter((e) => e >= 0);
  if (ends.length === 0) return null;
  const end = Math.min(...ends);
  const m = HTTP_CHARSET_RE.exec(head.slice(0, end));
  return { body: bytes.subarray(end), charset: m ? m[1] : null };
}

/**
 * A file's size once the loader has read it: a gzip file's inflated size as its trailer gives it (ISIZE: the last
 * member's, modulo 4 GiB; loadGzip reads it decompressed), else its length. Only where the file is processed
 * depends on it (pipeline/job.ts: a pool worker or one of its own): a wrong guess costs a try on a pool worker
 * that runs out of memory, as for any other file.
 */
export function sizeOnceRead(bytes: Uint8Array): number {
  if (bytes.length < 18 || magicType(bytes) !== "gzip") return bytes.length;
  return Math.max(bytes.length, new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0, true));
}

/**
 * A gzip file (an export or a saved page compressed: `feed.jsonl.gz`, `page.html.gz`) is read as its
 * content, in the format its name gives without ".gz". Inflated up to the size cap and no further: a
 * file that inflates past it (a gzip bomb) is a reject, never read whole. One layer only.
 */
function loadGzip(relPath: string, bytes: Uint8Array, opts: LoadOptions): LoadOutcome {
  const cap = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let inflated: Buffer;
  try {
    inflated = gunzipSync(bytes, { maxOutputLength: cap });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "ERR_BUFFER_TOO_LARGE") return { ok: false, reason: `file too large once decompressed: gzip of ${bytes.length} bytes inflates past the cap of ${cap} bytes` };
    return { ok: false, reason: `corrupt gzip file: ${short(e.message)}` };
  }
  if (inflated.length === 0) return { ok: false, reason: "empty file (an empty gzip)" };
  const inner = extensionOf(relPath.replace(/\.gz$/i, ""));
  const out = loadUnchecked(relPath, inflated, { ...opts, inner: { ext: inner === "gz" ? "" : inner } });
  if (out.ok) out.warnings.unshift({ recordId: null, reason: `gzip file read decompressed (${bytes.length} → ${inflated.length} bytes; offsets are in the decompressed text)`, skipped: false, rule: "load/gzip" });
  return out;
}

/** File extensions of markup, where a charset can be declared in the file (the reject reason says how). */
const MARKUP_EXTENSIONS = new Set(["html", "htm", "xhtml", "xml", "rss", "atom", "shtml", "php", "asp", "aspx", "jsp"]);

function toBufferLatin1(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(n, bytes.byteLength)).toString("latin1");
}

function loadUnchecked(relPath: string, bytes: Uint8Array, opts: InnerOptions): LoadOutcome {
  const cap = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if (bytes.length > cap) return { ok: false, reason: tooLargeReason(bytes.length, cap) };

  let headerCharset: string | null = null;
  const http = splitHttpResponse(bytes);
  if (http) {
    if (http.body.length === 0) return { ok: false, reason: "empty file (HTTP headers only)" };
    bytes = http.body;
    headerCharset = http.charset;
  }

  const magic = magicType(bytes);
  if (magic === "gzip" && !opts.inner) return loadGzip(relPath, bytes, opts);
  if (magic) return { ok: false, reason: `binary file (${magic}${opts.inner ? " inside a gzip file" : ""})` };
  const bom = bomEncoding(bytes);
  if (!(bom && bom.encoding !== "utf-8") && !utf16Pattern(bytes)) {
    const binary = binaryReason(bytes);
    if (binary) return { ok: false, reason: binary };
  }

  const decoded = decodeBytes(bytes, headerCharset, opts.encoding ?? null);
  if (decoded.undecodable) {
    const ext = opts.inner?.ext ?? extensionOf(relPath);
    const share = Math.round(decoded.undecodable.share * 100);
    const markup = MARKUP_EXTENSIONS.has(ext) || /^[ \t\r\n]*</.test(toBufferLatin1(bytes, 64));
    const what = `not text in a known encoding: not valid UTF-8, and no legacy encoding fits its bytes (${share}% of its non-space bytes are outside ASCII): random or encrypted bytes, or text in an encoding that could not be recognised`;
    const fix = decoded.undecodable.declaredUtf8
      ? "it declares UTF-8, but the bytes are not UTF-8: convert the file to UTF-8 or correct its declared charset"
      : markup
        ? "declare its charset (<meta charset>, an XML encoding) or convert the file to UTF-8"
        : "convert the file to UTF-8";
    return { ok: false, reason: `${what}; ${fix}` };
  }
  let text = decoded.text;
  if (text.length === 0) return { ok: false, reason: bom ? "empty file (only a byte-order mark)" : "empty file" };
  // Stray NULs (binaryReason let them through, or past its sniff window): one space each, so offsets stay the file's.
  const nuls = countNuls(text);
  const decodeWarnings = nuls > 0 ? [...decoded.warnings, { rule: DECODE_RULES.nul, reason: `${nuls} NUL byte(s) read as spaces` }] : decoded.warnings;
  if (nuls > 0) text = text.replaceAll("\0", " ");
  if (isBlank(text)) return { ok: false, reason: nuls > 0 ? "only NUL bytes and whitespace" : "only whitespace" };
  const bad = replacementShare(text);
  if (bad > MAX_REPLACEMENT_SHARE) {
    return { ok: false, reason: `undecodable text: ${Math.round(bad * 100)}% of characters are U+FFFD after decoding as ${decoded.encoding}` };
  }
  if (controlShare(text) > MAX_CONTROL_SHARE) return { ok: false, reason: `binary file (control characters after decoding as ${decoded.encoding})` };

  const notices: LoadWarning[] = decodeWarnings.map(({ rule, reason }) => ({ recordId: null, reason, skipped: false, rule }));
  const ext = opts.inner?.ext ?? extensionOf(relPath);
  // Offset of the first non-space character, found without copying a 50 MB string.
  let p = 0;
  while (p < text.length && /\s/.test(text[p])) p++;
  const first = text[p];

  if (first === "{" || first === "[" || JSON_EXTENSIONS.has(ext)) {
    const json = loadJson(relPath, text, ext, notices, opts);
    if (json) return json;
  }

  if (first === "<") {
    const root = rootElementName(text.slice(p, p + 4096));
    if (root) {
      const local = (root.includes(":") ? root.slice(root.indexOf(":") + 1) : root).toLowerCase();
      if (FEED_ROOTS[local]) {
        const feed = loadFeed(relPath, text, local);
        if (!feed.ok) return feed;
        const warnings = [...notices, ...feed.warnings.map((w) => ({ ...w, skipped: !w.rejected }))];
        if (feed.docs.length === 0) return { ok: false, reason: `feed items have no content (${feed.empty} item(s))` };
        const docs: SourceDoc[] = [];
        for (const doc of feed.docs) keepInParts(doc, (d) => docs.push(d), warnings);
        return { ok: true, docs, warnings };
      }
    }
  }

  const looksHtml = looksLikeHtml(text.slice(p, p + SNIFF_CHARS), ext);
  // Other XML (sitemaps, OPML, SOAP...) is neither an article page nor a feed.
  if (!looksHtml && text.startsWith("<?xml", p)) {
    const root = rootElementName(text.slice(p, p + 4096));
    return { ok: false, reason: `XML document is not a feed or an HTML page (root <${root ?? "?"}>)` };
  }
  if (looksHtml) {
    return { ok: true, docs: [{ source: relPath, recordId: null, index: 0, kind: "html", content: text, given: {}, format: "html" }], warnings: notices };
  }

  // Plain text (.txt, .md, dumps): line endings normalised so paragraph splitting sees "\n\n".
  text = normaliseLineEnds(text);
  const docs: SourceDoc[] = [];
  keepInParts({ source: relPath, recordId: null, index: 0, kind: "text", content: text, given: {}, format: "text" }, (d) => docs.push(d), notices);
  return { ok: true, docs, warnings: notices };
}

/**
 * Load one input file. `relPath` is the path relative to the input folder
 * (POSIX separators); `bytes` its content. Never throws: an unexpected failure
 * becomes `{ ok: false, reason }`.
 */
export function loadBytes(relPath: string, bytes: Uint8Array, opts: LoadOptions = {}): LoadOutcome {
  try {
    return loadUnchecked(relPath, bytes, opts);
  } catch (err) {
    return { ok: false, reason: `load failed: ${short(err instanceof Error ? err.message : String(err))}` };
  }
}
