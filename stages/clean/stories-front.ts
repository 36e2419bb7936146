/**
 * The title, author and date a Markdown file's front matter declares (stories.ts markFrontMatter finds the block). The
 * block is parsed as YAML (the `yaml` package, core schema, no aliases; a block it cannot parse is read line by line
 * for its plain `key: value` rows, readSimpleRows), then each
 * value is read by its type, as a page's meta tags are: a title is a string; an author a string, a list of strings, or
 * a `name` map (one, or a list of them: Quarto's and Hugo's author objects); a date a string or number, the `published`
 * key's, or a nested `date: {published: …}`. YAML's null and boolean literals and a bare number name nothing. Family:
 * static-site posts (Jekyll, Hugo, Eleventy, Quarto), notes apps' and Markdown exports.
 */
import { parseDocument } from "yaml";
import { squash } from "./html/blocks.ts";
import { normaliseMetaDate } from "./html/dates.ts";
import { parseDateline } from "./text/header.ts";
import { isDeskLabel, isPlaceholderAuthor } from "./text/person.ts";
import type { MailHeader } from "./stories.ts";

/** Authors at most taken from one block, and characters at most of the joined list. */
const MAX_AUTHORS = 10;
const MAX_AUTHORS_CHARS = 300;
/** Characters at most of one author's name, and of a title. */
const MAX_AUTHOR_CHARS = 100;
const MAX_TITLE_CHARS = 300;
/**
 * Characters at most of a block read: a post's front matter (a title, a description, a few lists) stays far under it;
 * beyond it the parser's time grows faster than the text (a storm of 100,000 quotes or brackets took 1 to 3 s).
 */
const MAX_BLOCK_CHARS = 8_000;
/** Flow brackets (`[`, `{`) at most of a block read: a few lists of tags; thousands nested cost the parser seconds. */
const MAX_FLOW_BRACKETS = 200;
/** Characters at most of a date value read. */
const MAX_DATE_CHARS = 80;

/**
 * What the front-matter rows (the lines between its fences, fences excluded) declare. An author that is a handle, an
 * address or a web address names nobody: it needs a capital letter (or a letter of a script without case) and no `@`
 * or `/`; nor does a CMS placeholder account ("Admin", "Super User", "Unknown": isPlaceholderAuthor; "Guest Author"), which never
 * replaces the byline the text prints.
 */
export function frontMatterHeader(rows: string[]): MailHeader {
  const fields = parseFrontMatter(rows.join("\n"));
  const get = (...keys: string[]): unknown => keys.map((k) => fields.get(k)).find((v) => v !== undefined && v !== null);
  const title = textOf(get("title"));
  const author = authorsOf(get("author", "authors"));
  return {
    title: title !== null && title.length <= MAX_TITLE_CHARS ? title : null,
    author,
    ...(author !== null && author.split(", ").every(isDeskCredit) ? { authorIsDesk: true as const } : {}),
    published: dateOf(get("date", "published", "publishdate", "pubdate")),
    from: "front-matter",
  };
}

/**
 * A desk, a newsroom or a wire credited where the writer's name goes ("Staff", "Staff Writer", "News Desk", "Sports
 * Desk", "Harbour Times Staff", "The Editors", "Redaktion", "Wire"): a CMS or a static-site template fills the
 * front matter's `author` with the desk when the post has no writer of its own, or always, while the text prints the
 * writer's byline. Such an author names the story only when its text names no writer (stages/split `givenForStory`).
 * The desk words of the byline languages (text/person.ts `isDeskLabel`) and English desk phrases: up to three words
 * before "Desk", "Staff", "Staff Writer(s)", "Staff Reporter(s)", "Newsroom", "Editors", "Editorial Team/Board/Staff",
 * "Team", "Bureau" or "Wire". Family: static-site and headless-CMS exports of news sites and company blogs.
 */
const DESK_CREDIT = /^(?:the\s+)?(?:[\p{L}&.'’-]+\s+){0,3}(?:desk|staff|staff\s+(?:writers?|reporters?)|newsroom|editors|editorial(?:\s+(?:team|board|staff|desk))?|team|bureau|wire)$/iu;
function isDeskCredit(name: string): boolean {
  return isDeskLabel(name) || DESK_CREDIT.test(name.trim());
}

/** The block's top-level keys (lower-cased, the first of a repeated key) and their values; empty when it is no YAML map (or too long). */
function parseFrontMatter(block: string): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  let data: unknown;
  if (block.length > MAX_BLOCK_CHARS || countFlowBrackets(block) > MAX_FLOW_BRACKETS || EXPLICIT_KEY.test(block)) return fields;
  try {
    const doc = parseDocument(block, { schema: "core", uniqueKeys: false, prettyErrors: false, logLevel: "silent" });
    if (doc.errors.length > 0) return readSimpleRows(block);
    data = doc.toJS({ maxAliasCount: 0 });
  } catch {
    return readSimpleRows(block);
  }
  if (!isMap(data)) return readSimpleRows(block);
  for (const [k, v] of Object.entries(data)) if (!fields.has(k.toLowerCase())) fields.set(k.toLowerCase(), v);
  return fields;
}

/**
 * The block's plain top-level rows when YAML cannot read it. Family: hand-written front matter with an unquoted value
 * holding `: ` (`title: Budget: what changes`, `author: Desk: Ann Wells`), invalid YAML that every static-site user
 * writes at least once, and that Jekyll's lenient readers and people read as the row's text. A row is an unindented
 * `key: value` line (key of letters, digits, `_` and `-`); its value is everything after the first `: `, a value
 * wholly inside matching quotes unquoted; YAML's null and boolean literals and a bare number are typed as YAML types
 * them (so the readers above treat them as in a valid block); a value that opens a flow collection, a block scalar,
 * an anchor, an alias or a tag (`[`, `{`, `|`, `>`, `&`, `*`, `!`) is YAML syntax this reader does not know and gives
 * nothing. An empty value followed by indented `- item` rows is a list of those items (an author list). Linear in
 * the block (the caps of parseFrontMatter apply before it).
 */
function readSimpleRows(block: string): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  const rows = block.split("\n");
  for (let i = 0; i < rows.length; i++) {
    const m = SIMPLE_ROW.exec(rows[i]);
    if (m === null) continue;
    const key = m[1].toLowerCase();
    const raw = (m[2] ?? "").trim();
    let value: unknown;
    if (raw === "") {
      const items: unknown[] = [];
      while (i + 1 < rows.length && SIMPLE_ITEM.test(rows[i + 1])) items.push(simpleScalar(SIMPLE_ITEM.exec(rows[++i])![1].trim()));
      value = items.length > 0 ? items : null;
    } else value = simpleScalar(raw);
    if (value !== undefined && !fields.has(key)) fields.set(key, value);
  }
  return fields;
}
/** An unindented `key: value` row (the value may be empty: a list follows). */
const SIMPLE_ROW = /^([A-Za-z][\w-]{0,40}):(?:[ \t]+(.*)|[ \t]*)$/;
/** An indented list item of a simple row's list. */
const SIMPLE_ITEM = /^[ \t]+-[ \t]+(\S.*)$/;

/** A simple row's value typed as YAML's core schema types a plain scalar; undefined for YAML syntax it does not read. */
function simpleScalar(raw: string): unknown {
  const quoted = /^(["'])(.*)\1$/.exec(raw);
  if (quoted !== null) return quoted[2];
  if (/^[[{|>&*!]/.test(raw)) return undefined;
  const value = raw.replace(/\s+#.*$/, "");
  if (/^(?:~|null)$/i.test(value)) return null;
  if (/^(?:true|false)$/i.test(value)) return value.toLowerCase() === "true";
  if (/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i.test(value)) return Number(value);
  return value;
}

/**
 * YAML's explicit-key indicator (`? key`): no post's front matter writes one, and a few hundred nested ones ("? ? ? …"
 * under a key) cost the parser tens of seconds.
 */
const EXPLICIT_KEY = /(?:^|[\s[{,])\?(?:\s|$)/;

function countFlowBrackets(block: string): number {
  let n = 0;
  for (let i = 0; i < block.length; i++) {
    const c = block.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) n++;
  }
  return n;
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Control characters, zero-width spaces, soft hyphens, BOMs, direction marks and bidi embeddings, overrides and
 * isolates: invisible on a page, they split or reverse words (ZWNJ and ZWJ stay: Persian and Indic scripts need them).
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** A string value, its invisible characters dropped and its blanks (line ends of a block scalar) squashed; else null. */
function textOf(v: unknown): string | null {
  if (typeof v !== "string") return null;
  return squash(v.replace(INVISIBLE, "")) || null;
}

/** The authors of an `author` value (a string, a list of strings or of `name` maps, or one `name` map), joined with ", ". */
function authorsOf(v: unknown): string | null {
  const names: string[] = [];
  let chars = 0;
  for (const item of Array.isArray(v) ? v : [v]) {
    const name = textOf(isMap(item) ? item.name : item);
    if (name === null || name.length > MAX_AUTHOR_CHARS || !AUTHOR_NAME.test(name) || /[@/]/.test(name) || YAML11_LITERAL.test(name) || isPlaceholderAuthor(name) || GUEST_ACCOUNT.test(name)) continue;
    if (names.includes(name)) continue;
    if (names.length >= MAX_AUTHORS || chars + name.length > MAX_AUTHORS_CHARS) break;
    names.push(name);
    chars += name.length + 2;
  }
  return names.length > 0 ? names.join(", ") : null;
}
/** YAML 1.1's booleans and null, strings to YAML 1.2 ("author: No"): a value left unset, nobody's name. */
const YAML11_LITERAL = /^(?:y|n|yes|no|on|off|true|false|null|none)$/i;
/** A blog's shared account for guest posts ("Guest Author", "Guest Contributor"): a placeholder as "Guest" is (isPlaceholderAuthor). */
const GUEST_ACCOUNT = /^guest (?:author|contributor|writer|blogger|post|user)s?$/i;
/** An author's name: a capital letter, or a letter of a script without case (Chinese, Japanese, Arabic…). */
const AUTHOR_NAME = /\p{Lu}|\p{Lo}/u;

/**
 * The date of a date value: a string or a number (a Unix time, read as the meta-tag reader reads one), the first of a
 * list, or a map's `published` (`date: {published: …, updated: …}`); in any form the meta-tag reader takes
 * (normaliseMetaDate: YAML's `2024-05-07 10:30:00 +0200`, ISO) or a dateline's.
 */
function dateOf(v: unknown): string | null {
  const value = isMap(v) ? (v.published ?? v.date) : Array.isArray(v) ? v[0] : v;
  const raw = typeof value === "number" && Number.isFinite(value) ? String(value) : textOf(value);
  if (raw === null || raw.length > MAX_DATE_CHARS) return null;
  return normaliseMetaDate(raw) ?? parseDateline(raw)?.iso ?? null;
}
