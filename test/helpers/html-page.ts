/**
 * Invented pages for the HTML metadata tests: the scaffolding each test file used to write again (an html
 * element with an optional lang, a head with an optional title, a body) around the parts under test, and a body
 * paragraph long enough to read as an article. Test files keep their own invented wording; only the frame is here.
 */
import { extractMetadata, type HtmlMetadata } from "../../stages/clean/html/metadata.ts";
import { parseHtml } from "../../stages/clean/html/dom.ts";

export interface InventedPage {
  /** Markup inside <head>, after the title. */
  head?: string;
  /** Markup inside <body>. */
  body?: string;
  /** The <title> text; no title element when absent. */
  title?: string;
  /** The html element's lang attribute; none when absent. */
  lang?: string;
  /** The page's address as the loader would give it. */
  url?: string | null;
  /** When the page was fetched: no date after it is taken. */
  crawledAt?: string | null;
}

/** The page's HTML: `<html lang><head><title>…</title>head</head><body>body</body></html>`. */
export function pageHtml({ head = "", body = "", title, lang }: InventedPage): string {
  const open = lang === undefined ? "<html>" : `<html lang="${lang}">`;
  const t = title === undefined ? "" : `<title>${title}</title>`;
  return `${open}<head>${t}${head}</head><body>${body}</body></html>`;
}

/** The metadata the HTML reader finds in the page. */
export const metadataOf = (page: InventedPage): HtmlMetadata =>
  extractMetadata(parseHtml(pageHtml(page)), page.crawledAt === undefined ? { url: page.url ?? null } : { url: page.url ?? null, crawledAt: page.crawledAt });

/** One paragraph of `sentence` said `times` times: enough running text for the page to read as an article. */
export const paragraph = (sentence: string, times = 6): string => "<p>" + `${sentence} `.repeat(times) + "</p>";
