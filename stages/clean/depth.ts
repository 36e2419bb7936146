/**
 * Guard against pathologically deep HTML ("<div>" nested 100,000 times): DOM
 * walks are recursive, so such a page would exhaust the stack or take minutes.
 * Tags nested deeper than MAX_DEPTH are dropped (their text is kept), in one
 * linear scan, before the page is parsed. Real pages nest a few dozen levels.
 */

import type { AnyNode, ChildNode, ParentNode } from "domhandler";

/** Deepest element nesting kept. Real news pages stay well under 100. */
export const MAX_DEPTH = 400;

/** Elements that never have a closing tag. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;

/** Fast check first: only pages with very many tags can be that deep. */
export function limitNesting(html: string, maxDepth = MAX_DEPTH): string {
  if (html.length < maxDepth * 4) return html;
  let depth = 0;
  let out: string[] | null = null;
  let last = 0;
  const stack: boolean[] = []; // per open element: was its opening tag kept?
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2].toLowerCase();
    if (VOID.has(name) || m[3] === "/") continue;
    let keep = true;
    if (m[1] === "/") {
      if (stack.length === 0) continue;
      keep = stack.pop()!;
      if (keep) depth--;
    } else {
      keep = depth < maxDepth;
      stack.push(keep);
      if (keep) depth++;
    }
    if (!keep) {
      out ??= [];
      out.push(html.slice(last, m.index));
      last = m.index + m[0].length;
    }
  }
  if (!out) return html;
  out.push(html.slice(last));
  return out.join("");
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
