/**
 * Cut a whole-page text dump into line units. A dump has no markup, so a
 * line is the smallest thing we can keep or drop: browser innerText puts one
 * paragraph per line, text exporters put a blank line between paragraphs, and
 * markdown converters add `*` bullets, `>` quotes, `#` headings and `[text](url)`
 * links. All of these are normalised here, and what was stripped is kept as
 * flags (`list`, `quote`, `markHeading`) for the classifier.
 */

export interface LineUnit {
  /** Position among the dump's non-empty lines. */
  index: number;
  /** The original line, trimmed (what the audit shows when the line is dropped). */
  raw: string;
  /** Normalised text: bullets/quote/heading marks stripped, links unwrapped, single-spaced. */
  text: string;
  /** Text with markdown links still in place (for residue checks). */
  linked: string;
  /** Began with a bullet (`*`, `-`, `•`, ...). */
  list: boolean;
  /** Began with `>` (a markdown / e-mail style quotation). */
  quote: boolean;
  /** Began with `#` marks (a markdown heading). */
  markHeading: boolean;
  /** Leading whitespace width (nesting of menus in text exports). */
  indent: number;
  /** A blank line precedes this line (or it is the first line). */
  blankBefore: boolean;
  /** Column gaps (tabs, or runs of 3+ spaces inside the line): table rows rendered as text have several. */
  columnGaps: number;
}

/** Bullet characters that renderers put in front of list items ("»" and "›" mark link lists). */
const BULLET = /^([*•·▪▫◦►▸‣⁃–+»›-])(\s+|$)/;

/** Invisible characters that survive copy-paste: zero-width spaces, BOM, soft hyphen. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Spaces other than U+0020 that are read as a plain space. */
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g;
/** Any character of INVISIBLE or ODD_SPACE: a line without one needs neither replacement. */
const INVISIBLE_OR_ODD_SPACE = /[\u200b-\u200d\u2060\ufeff\u00ad\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/;
/** Whitespace that `replace(/\s+/g, " ")` would change: a non-space whitespace character, or two spaces. */
const UNEVEN_SPACE = /[^\S ]| {2}/;
/** First characters of the markers peeled off a line: bullets, `>` and `#`. */
const MARKER_FIRST = new Set([..."*•·▪▫◦►▸‣⁃–+»›->#"].map((c) => c.charCodeAt(0)));

export function toLineUnits(dump: string): LineUnit[] {
  const units: LineUnit[] = [];
  let blank = true;
  for (const line of dump.replace(/\r\n?/g, "\n").split("\n")) {
    const clean = INVISIBLE_OR_ODD_SPACE.test(line) ? line.replace(INVISIBLE, "").replace(ODD_SPACE, " ") : line;
    const trimmed = clean.trim();
    if (trimmed === "") {
      blank = true;
      continue;
    }
    const indent = clean.length - clean.trimStart().length;
    const columnGaps = line.includes("\t") || line.includes("   ") ? (line.trim().match(/\t+| {3,}/g) ?? []).length : 0;
    let t = UNEVEN_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
    let list = false;
    let quote = false;
    let markHeading = false;
    // Nested markers ("> * item", "* > quote"): peel until none is left.
    for (let guard = 0; guard < 4; guard++) {
      if (!MARKER_FIRST.has(t.charCodeAt(0))) break;
      const b = BULLET.exec(t);
      if (b) {
        list = true;
        t = t.slice(b[0].length);
        continue;
      }
      const q = /^>\s?/.exec(t);
      if (q) {
        quote = true;
        t = t.slice(q[0].length);
        continue;
      }
      const h = /^#{1,6}\s+/.exec(t);
      if (h) {
        markHeading = true;
        t = t.slice(h[0].length);
        continue;
      }
      break;
    }
    const linked = t.trim();
    // `linked` is trimmed and single-spaced already: without link or emphasis marks there is nothing to unwrap.
    const text = linked.includes("[") || linked.includes("**") || linked.includes("__") ? unwrapLinks(linked) : linked;
    units.push({ index: units.length, raw: line.trim(), text, linked, list, quote, markHeading, indent, blankBefore: blank, columnGaps });
    blank = false;
  }
  return units;
}

/** `[text](url)` → `text`, `![alt](src)` → ``, `**bold**` → `bold`: keep the words, drop the addresses. */
export function unwrapLinks(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
}
