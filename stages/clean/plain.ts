/**
 * Whole-page text of an HTML document without any boilerplate removal: what a
 * user gets with `--skip clean`. Block elements become paragraphs so that
 * adjacent blocks never glue together; scripts and styles never leak.
 */
import * as cheerio from "cheerio";

const NEVER_TEXT = "script, style, noscript, template, svg, head";
const BLOCK_BREAK = "p, div, li, h1, h2, h3, h4, h5, h6, br, tr, blockquote, pre, section, article, header, footer, dt, dd, figcaption";

export function htmlToPlainText(html: string): string {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  $(NEVER_TEXT).remove();
  $(BLOCK_BREAK).each((_, el) => {
    $(el).before("\n\n").after("\n\n");
  });
  return $.root()
    .text()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 0)
    .join("\n\n");
}
