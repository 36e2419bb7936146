/**
 * A small, tolerant XML reader for feeds: enough to walk RSS / RDF / Atom
 * items, not a validating parser. It is linear in the input (every search is
 * an `indexOf` forward from the current position) and iterative (no recursion),
 * so a 20 MB feed or 100,000 nested elements cannot blow the stack. Mismatched
 * end tags are tolerated the way feed readers tolerate them.
 */
import { decodeEntities } from "./entities.ts";

export interface XmlText {
  kind: "text";
  /** Raw text as written (entities not yet decoded). */
  raw: string;
  /** CDATA content is literal: its `&amp;` is not a reference. */
  cdata: boolean;
}

export interface XmlElement {
  kind: "element";
  /** Qualified name as written, e.g. "content:encoded". */
  name: string;
  /** Local name, lower-cased for matching ("encoded"). */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Offsets of the element's inner markup in the source (for XHTML content). */
  innerStart: number;
  innerEnd: number;
}

export type XmlNode = XmlText | XmlElement;

/** How far up the open-element stack an end tag may look for its start tag. */
const END_TAG_SEARCH_DEPTH = 64;

/** Attributes inside one start tag (the tag text is short, so this stays cheap). */
const ATTR_RE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

function localName(name: string): string {
  const colon = name.indexOf(":");
  return (colon >= 0 ? name.slice(colon + 1) : name).toLowerCase();
}

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of s.matchAll(ATTR_RE)) {
    attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attrs;
}

/** Constructs skipped whole, by their opening and closing marks: comments, processing instructions (the XML declaration). */
const SKIPPED: readonly (readonly [string, string])[] = [
  ["<!--", "-->"],
  ["<?", "?>"],
];

/** The offset just past the first `close` at or after `from`, or the end of `src` when it is never closed. */
function pastClose(src: string, close: string, from: number): number {
  const end = src.indexOf(close, from);
  return end < 0 ? src.length : end + close.length;
}

/** The offset of the first `c` in `src` from `from` up to (not including) `end`, or -1: reads that span only. */
function indexBefore(src: string, c: string, from: number, end: number): number {
  for (let k = from; k < end; k++) if (src[k] === c) return k;
  return -1;
}

function isNameStart(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z_:\u00c0-\uffff]/.test(c);
}

/** Parse `src` into a synthetic document element whose children are the top-level nodes. */
export function parseXml(src: string): XmlElement {
  const doc: XmlElement = { kind: "element", name: "#document", local: "#document", attrs: {}, children: [], innerStart: 0, innerEnd: src.length };
  const stack: XmlElement[] = [doc];
  const top = () => stack[stack.length - 1];
  const n = src.length;
  let i = 0;
  while (i < n) {
    const lt = src.indexOf("<", i);
    if (lt < 0) {
      top().children.push({ kind: "text", raw: src.slice(i), cdata: false });
      break;
    }
    if (lt > i) top().children.push({ kind: "text", raw: src.slice(i, lt), cdata: false });
    // Comments and processing instructions are skipped whole.
    const skipped = SKIPPED.find(([open]) => src.startsWith(open, lt));
    if (skipped) {
      i = pastClose(src, skipped[1], lt + skipped[0].length);
      continue;
    }
    if (src.startsWith("<![CDATA[", lt)) {
      const end = src.indexOf("]]>", lt + 9);
      top().children.push({ kind: "text", raw: src.slice(lt + 9, end < 0 ? n : end), cdata: true });
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (src.startsWith("<!", lt)) {
      // DOCTYPE, possibly with an internal subset: <!DOCTYPE rss [ <!ENTITY ...> ]>
      const gt = src.indexOf(">", lt + 2);
      // The subset's "[" counts only before the declaration's first ">": looked for there alone, so a feed of many
      // short declarations is read once (a search to the end of the input for each one was quadratic).
      const bracket = gt < 0 ? src.indexOf("[", lt + 2) : indexBefore(src, "[", lt + 2, gt);
      if (bracket >= 0) {
        const close = src.indexOf("]", bracket);
        i = close < 0 ? n : pastClose(src, ">", close);
      } else {
        i = gt < 0 ? n : gt + 1;
      }
      continue;
    }
    if (src[lt + 1] === "/") {
      const gt = src.indexOf(">", lt + 2);
      const name = src.slice(lt + 2, gt < 0 ? n : gt).trim();
      for (let k = stack.length - 1; k >= 1 && k >= stack.length - END_TAG_SEARCH_DEPTH; k--) {
        if (stack[k].name === name) {
          for (let j = stack.length - 1; j >= k; j--) stack[j].innerEnd = lt;
          stack.length = k;
          break;
        }
      }
      i = gt < 0 ? n : gt + 1;
      continue;
    }
    if (!isNameStart(src[lt + 1])) {
      // A bare "<" in text (invalid XML, but seen in sloppy feeds).
      top().children.push({ kind: "text", raw: "<", cdata: false });
      i = lt + 1;
      continue;
    }
    const gt = src.indexOf(">", lt + 1);
    if (gt < 0) {
      top().children.push({ kind: "text", raw: src.slice(lt), cdata: false });
      break;
    }
    let body = src.slice(lt + 1, gt);
    const selfClosing = body.endsWith("/");
    if (selfClosing) body = body.slice(0, -1);
    const space = body.search(/[\s]/);
    const name = space < 0 ? body : body.slice(0, space);
    const el: XmlElement = {
      kind: "element",
      name,
      local: localName(name),
      attrs: space < 0 ? {} : parseAttrs(body.slice(space)),
      children: [],
      innerStart: gt + 1,
      innerEnd: gt + 1,
    };
    top().children.push(el);
    if (!selfClosing) stack.push(el);
    i = gt + 1;
  }
  // Elements never closed end where the input ends.
  for (let j = stack.length - 1; j >= 1; j--) stack[j].innerEnd = n;
  return doc;
}

/** Element children of `el`. */
export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.kind === "element");
}

/** First child element whose local name is one of `locals` (in order of preference). */
export function child(el: XmlElement, ...locals: string[]): XmlElement | undefined {
  for (const l of locals) {
    const found = el.children.find((c): c is XmlElement => c.kind === "element" && c.local === l);
    if (found) return found;
  }
  return undefined;
}

/** All child elements with that local name. */
export function childrenNamed(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.kind === "element" && c.local === local);
}

/** Text content of `el` and its descendants, references decoded (CDATA kept literal). Iterative. */
export function textOf(el: XmlElement): string {
  // Fast path: most feed fields hold one text or CDATA node.
  if (el.children.length === 0) return "";
  if (el.children.length === 1 && el.children[0].kind === "text") {
    const only = el.children[0];
    return only.cdata ? only.raw : decodeEntities(only.raw);
  }
  const out: string[] = [];
  const todo: XmlNode[] = [el];
  while (todo.length > 0) {
    const node = todo.pop()!;
    if (node.kind === "text") out.push(node.cdata ? node.raw : decodeEntities(node.raw));
    else for (let k = node.children.length - 1; k >= 0; k--) todo.push(node.children[k]);
  }
  return out.join("");
}

/** True if `el` has element children (markup written unescaped inside it). */
export function hasElementChildren(el: XmlElement): boolean {
  return el.children.some((c) => c.kind === "element");
}

/**
 * Local name of the document's root element, looking only at the first
 * `window` characters (skips the XML declaration, comments, doctype, BOM).
 */
export function rootElementName(text: string, window = 4096): string | null {
  const head = text.slice(0, window);
  let i = 0;
  while (i < head.length) {
    const lt = head.indexOf("<", i);
    if (lt < 0) return null;
    // Anything but whitespace before the first tag means this is not an XML document.
    if (head.slice(i, lt).trim() !== "") return null;
    if (head.startsWith("<?", lt)) {
      const end = head.indexOf("?>", lt);
      if (end < 0) return null;
      i = end + 2;
    } else if (head.startsWith("<!--", lt)) {
      const end = head.indexOf("-->", lt);
      if (end < 0) return null;
      i = end + 3;
    } else if (head.startsWith("<!", lt)) {
      // A doctype may carry an internal subset with its own "<!ENTITY ...>" declarations.
      const gt = head.indexOf(">", lt);
      const bracket = head.indexOf("[", lt);
      const close = bracket >= 0 && (gt < 0 || bracket < gt) ? head.indexOf("]", bracket) : -1;
      const end = close >= 0 ? head.indexOf(">", close) : gt;
      if (end < 0) return null;
      i = end + 1;
    } else {
      const m = /^<([A-Za-z_][\w.:-]{0,60})/.exec(head.slice(lt, lt + 64));
      return m ? m[1] : null;
    }
  }
  return null;
}
