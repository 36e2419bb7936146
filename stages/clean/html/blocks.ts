/**
 * Flattens a pruned DOM into text blocks (boilerpipe/jusText style): every
 * block-level element starts a new block, inline content joins its
 * neighbours, and a double <br> ends a paragraph. Each block remembers the
 * element that owns it, so container scoring and class hints can work on the
 * tree while the output stays paragraph-level and never glues two blocks.
 */
import type { AnyNode, Element } from "domhandler";
import { BLOCK_TAGS, DROP_TAGS } from "./patterns.ts";
import { readHint } from "./scoring.ts";
import { isJsSpace } from "../../common/whitespace.ts";

export interface TextBlock {
  text: string;
  /** Characters inside <a>. */
  linkChars: number;
  /** Nearest block-level element holding the text. */
  owner: Element;
  /** Heading level 1-6, or 0. */
  heading: number;
  /** Position in document order. */
  index: number;
}

export interface Removal {
  text: string;
  rule: string;
  reason: string;
}

/**
 * Whitespace-normalised text. Soft hyphens, zero-width spaces, word joiners and
 * BOMs are invisible on the page but split words for every later stage
 * ("Verkehrs\u00adwende"); they go. ZWNJ/ZWJ stay (they matter in Persian, Indic scripts, emoji).
 */
export function squash(s: string): string {
  // One pass, no regular expressions: runs of visible text are copied as
  // slices; a single ASCII space between two visible characters stays inside its slice.
  let out = "";
  let start = -1; // start of the slice being copied, or -1
  let space = false; // whitespace since the last visible character
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isVisible(c)) {
      if (start < 0) {
        if (space && out !== "") out += " ";
        space = false;
        start = i;
      }
      continue;
    }
    if (start >= 0) {
      if (c === 0x20 && i + 1 < n && isVisible(s.charCodeAt(i + 1))) continue;
      out += s.slice(start, i);
      start = -1;
    }
    if (c !== 0xfeff && isJsSpace(c)) space = true; // a BOM goes without a trace
  }
  if (start === 0) return s;
  return start > 0 ? out + s.slice(start) : out;
}

const isVisible = (c: number): boolean => !(c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff || isJsSpace(c));

/** `squash(s).length` without building the string (link text is only counted). */
export function squashedLength(s: string): number {
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff) continue;
    if (isJsSpace(c)) {
      if (n > 0) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      n++;
      pendingSpace = false;
    }
    n++;
  }
  return n;
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if (a["aria-hidden"] === "true" && el.name !== "body" && el.name !== "html") return true;
  const style = a.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

/**
 * Visible text of a subtree, for the audit only. With `cap`, the walk may stop
 * once the text is known to be longer than `cap` characters: the result then
 * starts with the first `cap` characters of the whole text and is longer than
 * `cap` (a mega-menu's audit entry keeps 300 characters of it).
 */
export function textOf(node: AnyNode, cap = Infinity): string {
  const parts: string[] = [];
  let raw = 0;
  let check = cap * 2;
  let done = false;
  const walk = (n: AnyNode): void => {
    if (n.type === "text") {
      const data = (n as unknown as { data: string }).data;
      parts.push(data);
      raw += data.length;
      // the squashed text of what was collected so far is a prefix of the whole one
      if (raw > check) {
        if (squashedLength(parts.join("")) > cap) done = true;
        check *= 2;
      }
    } else if ("children" in n && n.type !== "script" && n.type !== "style") {
      const el = n as Element;
      if (el.name && BLOCK_TAGS.has(el.name)) parts.push(" ");
      for (const c of el.children) {
        walk(c);
        if (done) return;
      }
    }
  };
  walk(node);
  return squash(parts.join(""));
}

/**
 * Removes never-content elements (scripts, forms controls, nav/aside/footer,
 * hidden subtrees) in place and records substantial removed text.
 */
export function prune(root: Element, removed: Removal[]): void {
  const walk = (el: Element): void => {
    // children are compacted in place (most elements lose none)
    const children = el.children;
    let kept = 0;
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      const type = c.type;
      if (type === "comment" || type === "directive" || type === "cdata" || type === "script" || type === "style") continue;
      if (type === "tag") {
        const child = c as Element;
        const name = child.name;
        if (DROP_TAGS.has(name) || isHidden(child)) {
          if (name === "nav" || name === "aside" || name === "footer" || name === "menu") {
            const t = textOf(child, 300);
            if (t.length >= 40) removed.push({ text: t.slice(0, 300), rule: "clean/html/page-chrome", reason: `<${name}> element` });
          }
          continue;
        }
        walk(child);
      }
      if (kept !== i) children[kept] = c;
      kept++;
    }
    children.length = kept;
  };
  walk(root);
}

function hasBlockChild(el: Element): boolean {
  for (const c of el.children) {
    if (c.type === "tag" && (BLOCK_TAGS.has((c as Element).name) || (c as Element).name === "br")) return true;
  }
  return false;
}

const HEADING: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Text blocks of a subtree in document order. */
/**
 * class/id parts that mark an inline element (a <span> inside a paragraph) as
 * not text: image captions/credits glued into the paragraph that holds the
 * image, and screen-reader-only labels.
 */
const INLINE_DROP_RE = /(?:^|[\s_-])(?:caption|credit|credits|photographer|copyright|sr-only|visually-hidden|screen-reader-text|screenreader|tooltip|popover|hovercard|rollover)(?:$|[\s_-])|caption|credit/;

export function flatten(root: Element, removed?: Removal[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let owner: Element = root;
  let lastWasBr = false;

  const flush = (): void => {
    if (parts.length) {
      const text = squash(parts.join(""));
      if (text) {
        const h = HEADING[owner.name] ?? 0;
        blocks.push({ text, linkChars: Math.min(linkChars, text.length), owner, heading: h, index: blocks.length });
      }
    }
    parts = [];
    linkChars = 0;
    lastWasBr = false;
  };

  const walk = (el: Element, inLink: boolean): void => {
    const children = el.children;
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      if (c.type === "text") {
        const data = (c as unknown as { data: string }).data;
        parts.push(data);
        if (inLink) linkChars += squashedLength(data);
        if (lastWasBr && /\S/.test(data)) lastWasBr = false;
      } else if (c.type === "tag") {
        const child = c as Element;
        const name = child.name;
        if (name === "br") {
          if (lastWasBr) flush();
          else {
            parts.push(" ");
            lastWasBr = true;
          }
          continue;
        }
        if (name === "img") continue;
        if (!BLOCK_TAGS.has(name) && (child.attribs.class || child.attribs.id)) {
          if (INLINE_DROP_RE.test(readHint(child.attribs.class, child.attribs.id))) {
            const t = textOf(child);
            if (removed && t.length >= 20) removed.push({ text: t, rule: "clean/html/caption", reason: "inline caption/credit element" });
            continue;
          }
        }
        // A data cell (short, no block content) joins its row: "Length 7.4 km"
        // stays one block. A layout cell holding paragraphs is a block.
        if ((name === "td" || name === "th") && !hasBlockChild(child)) {
          parts.push(" ");
          walk(child, inLink);
          parts.push(" ");
          continue;
        }
        if (BLOCK_TAGS.has(name)) {
          flush();
          const saved = owner;
          owner = child;
          walk(child, inLink);
          flush();
          owner = saved;
        } else {
          walk(child, inLink || name === "a");
        }
      }
    }
  };
  walk(root, false);
  flush();
  return blocks;
}
