/**
 * Character references in feed text (titles, authors, escaped HTML bodies).
 * XML itself defines only five named entities, but feeds routinely carry HTML
 * ones (`&nbsp;`, `&mdash;`) unescaped; the common ones are decoded, unknown
 * names are left as written (the HTML cleaner may still know them).
 */

/** Named references: the XML five plus the HTML ones that news feeds actually use. */
const NAMED: Record<string, string> = {
  // XML built-ins.
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'",
  // Spacing and dashes in headlines and bylines.
  nbsp: "\u00a0", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009",
  ndash: "\u2013", mdash: "\u2014", hellip: "\u2026", shy: "\u00ad",
  // Typographic quotes.
  lsquo: "\u2018", rsquo: "\u2019", sbquo: "\u201a", ldquo: "\u201c", rdquo: "\u201d", bdquo: "\u201e",
  laquo: "\u00ab", raquo: "\u00bb", lsaquo: "\u2039", rsaquo: "\u203a", prime: "\u2032", Prime: "\u2033",
  // Symbols seen in business and sports copy.
  copy: "\u00a9", reg: "\u00ae", trade: "\u2122", deg: "\u00b0", middot: "\u00b7", bull: "\u2022",
  euro: "\u20ac", pound: "\u00a3", yen: "\u00a5", cent: "\u00a2", sect: "\u00a7", para: "\u00b6",
  times: "\u00d7", divide: "\u00f7", plusmn: "\u00b1", frac12: "\u00bd", frac14: "\u00bc", frac34: "\u00be",
  // Accented letters in names (Latin-1 range).
  aacute: "\u00e1", eacute: "\u00e9", iacute: "\u00ed", oacute: "\u00f3", uacute: "\u00fa",
  Aacute: "\u00c1", Eacute: "\u00c9", Iacute: "\u00cd", Oacute: "\u00d3", Uacute: "\u00da",
  agrave: "\u00e0", egrave: "\u00e8", ograve: "\u00f2", Agrave: "\u00c0", Egrave: "\u00c8",
  auml: "\u00e4", euml: "\u00eb", iuml: "\u00ef", ouml: "\u00f6", uuml: "\u00fc",
  Auml: "\u00c4", Ouml: "\u00d6", Uuml: "\u00dc", szlig: "\u00df",
  acirc: "\u00e2", ecirc: "\u00ea", ocirc: "\u00f4", ntilde: "\u00f1", Ntilde: "\u00d1",
  ccedil: "\u00e7", Ccedil: "\u00c7", atilde: "\u00e3", otilde: "\u00f5", aring: "\u00e5", oslash: "\u00f8",
};

/** One reference; quantifiers are bounded so the scan stays linear on huge inputs. */
const REFERENCE_RE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

function fromCodePoint(cp: number): string | null {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return String.fromCodePoint(cp);
}

/** Decode character references in `s`; malformed or unknown ones are kept verbatim. */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(REFERENCE_RE, (whole, body: string) => {
    if (body[0] === "#") {
      const cp = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return fromCodePoint(cp) ?? "\ufffd";
    }
    return Object.prototype.hasOwnProperty.call(NAMED, body) ? NAMED[body] : whole;
  });
}

/** Escape text for inclusion in HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}
