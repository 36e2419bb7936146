/**
 * Whole-page text of an HTML document without any boilerplate removal: what a
 * user gets with `--skip clean`. Block elements become paragraphs so that
 * adjacent blocks never glue together; scripts and styles never leak.
 *
 * One walk over the parsed page (no CSS queries, no DOM edits): the text of
 * every text node in document order, never-text subtrees skipped, a paragraph
 * break before and after every block element.
 */
import type { AnyNode, Element } from "domhandler";
import { NEVER_TEXT_TAGS, parseHtml } from "./html/dom.ts";

/** Elements that open and close a paragraph. */
const BLOCK_BREAK: ReadonlySet<string> = new Set([
  "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "blockquote", "pre", "section", "article", "header", "footer", "dt", "dd", "figcaption",
]);

function collect(node: AnyNode, out: string[]): void {
  if (node.type === "text") {
    out.push((node as unknown as { data: string }).data);
    return;
  }
  // comments and directives hold no text; CDATA sections do (as text children)
  if (node.type === "comment" || !("children" in node)) return;
  const el = node as Element;
  const name = el.type === "tag" || el.type === "script" || el.type === "style" ? el.name : null;
  if (name !== null && NEVER_TEXT_TAGS.has(name)) return;
  const block = name !== null && BLOCK_BREAK.has(name);
  if (block) out.push("\n\n");
  for (const c of el.children) collect(c, out);
  if (block) out.push("\n\n");
}

export function htmlToPlainText(html: string): string {
  const out: string[] = [];
  collect(parseHtml(html), out);
  return out
    .join("")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 0)
    .join("\n\n");
}
