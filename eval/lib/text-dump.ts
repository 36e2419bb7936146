/**
 * A whole-page text dump of an HTML page, the way users' scrapers save one: html-to-text 9 with the
 * options ../shared/data/extraction-dev used for its `text/` dumps (no word wrap, link addresses and
 * images dropped, headings not upper-cased; the `<body>` only, as html-to-text renders by default).
 * Script, style, noscript and template elements are not rendered (their text is never on screen).
 * Used by `npm run eval:metadata -- --mode text` only (a devDependency): the pipeline never renders HTML.
 */
import { convert } from "html-to-text";

const HEADING_LINES: Record<string, [number, number]> = { h1: [3, 2], h2: [3, 2], h3: [3, 2], h4: [2, 2], h5: [2, 2], h6: [2, 2] };

const OPTIONS = {
  wordwrap: false,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    ...["script", "style", "noscript", "template"].map((selector) => ({ selector, format: "skip" })),
    ...Object.entries(HEADING_LINES).map(([selector, [leadingLineBreaks, trailingLineBreaks]]) => ({
      selector,
      format: "heading",
      options: { uppercase: false, leadingLineBreaks, trailingLineBreaks },
    })),
  ],
};

/** The page's text dump, with a final newline. Deterministic: the same HTML gives the same bytes. */
export function renderTextDump(html: string): string {
  return convert(html, OPTIONS).trimEnd() + "\n";
}
