/**
 * Character references in feed text (titles, authors, escaped HTML bodies)
 * and in JSON-LD strings. XML itself defines only five named entities, but
 * feeds and CMSs routinely carry HTML ones (`&nbsp;`, `&mdash;`, `&Scaron;`)
 * as written: every one of HTML's 2,231 named references is decoded, with
 * the `entities` package (the decoder htmlparser2 and cheerio use, so a feed
 * title and a page title decode alike).
 *
 * Strict mode: a reference must end with ";" ("AT&T", "&copy 2017" and an
 * unknown "&foo;" stay as written), the XML rule, which feeds follow.
 * Numeric references to nothing (`&#0;`, a lone surrogate) become U+FFFD.
 */
import { decodeHTMLStrict } from "entities";

/** Decode character references in `s`; malformed or unknown ones are kept verbatim. */
export function decodeEntities(s: string): string {
  return s.indexOf("&") < 0 ? s : decodeHTMLStrict(s);
}

/** Escape text for inclusion in HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}
