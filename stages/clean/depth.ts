/**
 * Guard against pathologically deep HTML ("<div>" nested 100,000 times): DOM
 * walks are recursive, so such a page would exhaust the stack or take minutes.
 * Tags nested deeper than MAX_DEPTH are dropped (their text is kept), in one
 * linear scan, before the page is parsed. Real pages nest a few dozen levels.
 */

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
