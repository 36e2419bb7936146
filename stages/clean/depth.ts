/**
 * Guard against pathologically deep HTML ("<div>" nested 100,000 times, or
 * "<div></x>" and "<div/>" repeated, which HTML nests as deep): DOM walks are
 * recursive, so such a page would exhaust the stack, and the parser's own stack
 * operations cost its depth, so parsing it took seconds to minutes. Two bounds:
 * `limitNesting` drops the tags nested deeper than MAX_DEPTH (their text is
 * kept) in one linear scan before the page is parsed, following the parser's
 * rules for what is open; `limitDomNesting` bounds any parsed DOM the same way
 * (every `parseHtml`, and a DOM handed to `extractHtml`). Real pages nest a few
 * dozen levels; both leave every dev page as it is.
 */

import type { AnyNode, ChildNode, ParentNode } from "domhandler";

/** Deepest element nesting kept. Real news pages stay well under 100. */
export const MAX_DEPTH = 400;

/** Elements that never have a closing tag (htmlparser2's list). */
const VOID = new Set(["area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"]);

/**
 * The parser's implicit closes (htmlparser2's openImpliesClose): opening the key closes an open
 * element on top of the stack named in the set ("<p>a<p>b" are siblings, "<li>a<li>b" too).
 */
const P = ["p"];
const FORM = ["input", "option", "optgroup", "select", "button", "datalist", "textarea"];
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  (
    [
      ["tr", ["tr", "th", "td"]], ["th", ["th"]], ["td", ["thead", "th", "td"]], ["body", ["head", "link", "script"]], ["li", ["li"]],
      ["option", ["option"]], ["optgroup", ["optgroup", "option"]], ["dd", ["dd", "dt"]], ["dt", ["dd", "dt"]], ["rt", ["rt", "rp"]], ["rp", ["rt", "rp"]],
      ["tbody", ["thead", "tbody"]], ["tfoot", ["thead", "tbody"]],
      ...["select", "input", "output", "button", "datalist", "textarea"].map((t) => [t, FORM]),
      ...["p", "h1", "h2", "h3", "h4", "h5", "h6", "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section", "table", "ul"].map((t) => [t, P]),
    ] as [string, string[]][]
  ).map(([k, v]) => [k, new Set(v)]),
);
/** Where `<x/>` closes itself (SVG, MathML); in HTML the slash is ignored and `<div/>` stays open. */
const FOREIGN = new Set(["math", "svg"]);
const INTEGRATION = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);
/** Elements whose content is text, never tags. */
const RAW_TEXT = new Set(["script", "style", "title", "textarea"]);

const RAW_TEXT_END = new Map([...RAW_TEXT].map((t) => [t, new RegExp(`</${t}[\\s/>]`, "gi")]));

/** A comment (to its end, or to the end of the page), or a start or end tag. */
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;

/**
 * Follows the parser's stack of open elements (htmlparser2's rules: an end tag closes the
 * nearest open element of its name and everything above it, or nothing when none is open; the
 * implicit closes above; `/>` only in SVG and MathML; comments and script text hold no tags),
 * so that stray end tags (`<div></x>` repeated) and `<div/>` are bounded too, and the parser,
 * whose stack operations cost its depth, never sees more than `maxDepth` open elements.
 * Fast check first: only pages with very many tags can be that deep.
 */
export function limitNesting(html: string, maxDepth = MAX_DEPTH): string {
  if (html.length < maxDepth * 4) return html;
  let depth = 0;
  let out: string[] | null = null;
  let last = 0;
  const stack: { name: string; kept: boolean }[] = [];
  const open = new Map<string, number>(); // how many of each name are on the stack
  const foreign: boolean[] = [];
  const drop = (from: number, to: number) => {
    out ??= [];
    out.push(html.slice(last, from));
    last = to;
  };
  const pop = () => {
    const top = stack.pop()!;
    open.set(top.name, open.get(top.name)! - 1);
    if (top.kept) depth--;
    return top;
  };
  // A tag ends at a ">": none can start after the page's last one. Searched to there only, an unclosed "<div "
  // repeated 40,000 times at the end of a page cut short (no ">" after) is one linear scan; searched to the page's
  // end, each "<div" read the rest of the page for a ">" that never came (quadratic: 160,000 characters, 2 s).
  // Comments are skipped and hold no tags, so one left open is the same whether it runs to here or to the end.
  const scan = html.slice(0, html.lastIndexOf(">") + 1);
  TAG.lastIndex = 0;
  for (let m = TAG.exec(scan); m; m = TAG.exec(scan)) {
    if (m[2] === undefined) continue; // a comment
    const name = m[2].toLowerCase();
    if (m[1] === "/") {
      if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
      if (VOID.has(name) || !open.get(name)) continue; // nothing to close: the parser ignores it
      let top = pop();
      while (top.name !== name) top = pop();
      if (!top.kept) drop(m.index, m.index + m[0].length);
      continue;
    }
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length > 0 && implied.has(stack[stack.length - 1].name)) pop();
    if (VOID.has(name)) continue;
    const kept = depth < maxDepth;
    stack.push({ name, kept });
    open.set(name, (open.get(name) ?? 0) + 1);
    if (kept) depth++;
    else drop(m.index, m.index + m[0].length);
    if (FOREIGN.has(name)) foreign.push(true);
    else if (INTEGRATION.has(name)) foreign.push(false);
    if (m[3] === "/" && foreign[foreign.length - 1] === true) {
      pop();
      continue;
    }
    if (RAW_TEXT.has(name)) {
      // its text runs to its end tag (or the end of the page)
      const end = RAW_TEXT_END.get(name)!;
      end.lastIndex = TAG.lastIndex;
      TAG.lastIndex = end.exec(html)?.index ?? html.length;
    }
  }
  if (!out) return html;
  (out as string[]).push(html.slice(last));
  return (out as string[]).join("");
}

/** A node with child nodes (a document or an element); text, comments and empty elements have none. */
function hasKids(node: AnyNode): node is ParentNode {
  return "children" in node && node.children.length > 0;
}

/**
 * The same guard on a parsed page, for the DOMs `limitNesting` cannot bound: htmlparser2 nests
 * elements that a tag count sees as closed (a stray `</x>` after each `<div>`, or `<div/>`, which
 * HTML does not close), and callers may hand the extractor a DOM parsed elsewhere. Below
 * `maxDepth` levels, every element that holds elements is replaced by its children (in document
 * order), so an element with only text, comments or empty elements inside (a paragraph, a
 * script) stays whole at the bottom. One iterative walk; a page within the bound is untouched.
 * Returns the root.
 */
export function limitDomNesting<T extends ParentNode>(root: T, maxDepth = MAX_DEPTH): T {
  const stack: [ParentNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth < maxDepth) {
      for (const c of node.children) if (hasKids(c)) stack.push([c, depth + 1]);
      continue;
    }
    if (!node.children.some((c) => hasKids(c) && c.children.some(hasKids))) continue;
    const kept: ChildNode[] = [];
    const todo = [...node.children].reverse();
    while (todo.length > 0) {
      const c = todo.pop()!;
      if (hasKids(c) && c.children.some(hasKids)) for (let i = c.children.length - 1; i >= 0; i--) todo.push(c.children[i]);
      else kept.push(c);
    }
    kept.forEach((c, i) => {
      c.parent = node;
      c.prev = kept[i - 1] ?? null;
      c.next = kept[i + 1] ?? null;
    });
    node.children = kept;
  }
  return root;
}
