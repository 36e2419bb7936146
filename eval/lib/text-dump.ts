/**
 * A whole-page text dump of an HTML page, the way users' scrapers save one: html-to-text 9 with the
 * options ../shared/data/extraction-dev used for its `text/` dumps (no word wrap, link addresses and
 * images dropped, headings not upper-cased; the `<body>` only, as html-to-text renders by default).
 * Script, style, noscript and template elements are not rendered (their text is never on screen).
 * Used by `npm run eval:metadata -- --mode text` only (devDependencies): the pipeline never renders HTML.
 */
import { convert } from "html-to-text";
import { parseHTML } from "linkedom";
import TurndownService from "turndown";

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

/**
 * The page's whole-page Markdown, as ../shared/data/extraction-dev made its `markdown/` dumps: turndown 7.2.5 with
 * its default options on the `<body>` parsed by linkedom, after `script`, `style`, `noscript`, `template` and `head`
 * elements are removed (inline links `[text](url)`, images `![alt](src)`, setext headings, `*   ` bullets). With a
 * final newline. Used by `npm run eval:metadata -- --mode markdown` only.
 */
export function renderMarkdownDump(html: string): string {
  const { document } = parseHTML(html);
  for (const el of [...document.querySelectorAll("script, style, noscript, template, head")]) el.remove();
  const root = document.body ?? document.documentElement;
  if (!root) return "\n";
  return new TurndownService().turndown(root).trimEnd() + "\n";
}
