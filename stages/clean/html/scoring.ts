/**
 * Main-content container selection, after Mozilla Readability: every
 * paragraph-sized block gives points (1 + commas + length/100, up to 3) to its
 * container's ancestors with a decaying weight; a container's own class/id and
 * tag add or subtract; the total is scaled down by the link density of the
 * container. Siblings of the winner that look like article text join it.
 */
import type { Element } from "domhandler";
import type { TextBlock } from "./blocks.ts";
import { ARTICLE_BODY_RE, NEGATIVE_PARTS, NEGATIVE_RE, POSITIVE_PARTS } from "./patterns.ts";

export interface ElementStats {
  chars: number;
  linkChars: number;
  score: number;
  scored: boolean;
}

/**
 * Per-element memos of the class/id readings below: the block filter asks them
 * of every ancestor of every block, so each is computed once per element.
 * Plain maps, replaced after each page (`clearHintMemos`; `Map.clear()` on
 * thousands of entries measured slower than fresh maps).
 */
let hintMemo = new Map<Element, string>();
let negativeMemo = new Map<Element, string | null>();
let articleBodyMemo = new Map<Element, boolean>();

/** Forget the memos; extractHtml calls it when a page is done. */
export function clearHintMemos(): void {
  hintMemo = new Map();
  negativeMemo = new Map();
  articleBodyMemo = new Map();
}

/** Lower-cased "class id" of an element. */
export function hintOf(el: Element): string {
  const a = el.attribs; // the document root has no attributes
  const cls = a?.class;
  const id = a?.id;
  if (cls === undefined && id === undefined) return " ";
  let h = hintMemo.get(el);
  if (h === undefined) {
    h = readHint(cls, id);
    hintMemo.set(el, h);
  }
  return h;
}

/** hintOf without the memo, for elements asked once (inline elements while flattening). */
export function readHint(cls: string | undefined, id: string | undefined): string {
  const h = `${cls ?? ""} ${id ?? ""}`;
  // camelCase names ("newsCaption", "ArticleBody-imageCredit") split into words first
  return (CAMEL.test(h) ? h.replace(CAMEL_SPLIT, "$1-$2") : h).toLowerCase();
}
const CAMEL = /[a-z][A-Z]/;
const CAMEL_SPLIT = /([a-z])([A-Z])/g;

const PART_SPLIT = /[\s_-]+/;

/** Matches "articleBody" microdata or a CMS article-body class. */
export function isArticleBody(el: Element): boolean {
  const a = el.attribs;
  if (!a) return false;
  if (a.class === undefined && a.id === undefined) return a.itemprop === "articleBody" || a.itemprop === "articlebody";
  let v = articleBodyMemo.get(el);
  if (v === undefined) {
    v = a.itemprop === "articleBody" || a.itemprop === "articlebody" || ARTICLE_BODY_RE.test(hintOf(el));
    articleBodyMemo.set(el, v);
  }
  return v;
}

/** Layout and state modifiers: "has-sidebar", "with-comments", "no-ads" say nothing about the element's own text. */
const MODIFIER_PREFIX = /^(?:has|with|without|no|show|is)-/;

/**
 * The negative class/id token of an element, or null. In "X-with-Y" only X
 * names the element ("content-with-sidebar-wrap" is the content column).
 */
export function negativeHint(el: Element): string | null {
  const a = el.attribs;
  if (!a || (a.class === undefined && a.id === undefined)) return null;
  let v = negativeMemo.get(el);
  if (v === undefined) {
    v = readNegativeHint(hintOf(el));
    negativeMemo.set(el, v);
  }
  return v;
}

function readNegativeHint(hint: string): string | null {
  const h = hint.trim();
  if (!h) return null;
  for (const raw of h.split(/\s+/)) {
    if (MODIFIER_PREFIX.test(raw)) continue;
    const token = raw.split(/[_-]with[_-]/)[0];
    if (NEGATIVE_RE.test(` ${token} `)) return raw;
    for (const p of token.split(/[_-]+/)) if (NEGATIVE_PARTS.has(p)) return raw;
  }
  return null;
}

export function positiveHint(el: Element): boolean {
  const h = hintOf(el);
  if (!h.trim()) return false;
  for (const p of h.split(PART_SPLIT)) if (POSITIVE_PARTS.has(p)) return true;
  return false;
}

function classWeight(el: Element): number {
  let w = 0;
  if (isArticleBody(el)) w += 40;
  else if (positiveHint(el)) w += 25;
  if (negativeHint(el)) w -= 25;
  if (el.name === "article" || el.name === "main") w += 10;
  return w;
}

function tagWeight(name: string): number {
  switch (name) {
    case "div": case "article": case "section": case "main": return 5;
    case "pre": case "td": case "blockquote": return 3;
    case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": return -3;
    case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": return -5;
    default: return 0;
  }
}

const COMMAS = /[,，、،]/g;

export function scoreContainers(blocks: TextBlock[], body: Element): Map<Element, ElementStats> {
  const stats = new Map<Element, ElementStats>();
  const get = (el: Element): ElementStats => {
    let s = stats.get(el);
    if (!s) {
      s = { chars: 0, linkChars: 0, score: 0, scored: false };
      stats.set(el, s);
    }
    return s;
  };
  for (const b of blocks) {
    // text and link totals for every ancestor (link density)
    for (let el: Element | null = b.owner; el; el = el.parent as Element | null) {
      if ((el.type as string) !== "tag") break;
      const s = get(el);
      s.chars += b.text.length;
      s.linkChars += b.linkChars;
      if (el === body) break;
    }
    if (b.heading || b.text.length < 25 || b.linkChars > b.text.length * 0.5) continue;
    const points = 1 + (b.text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(b.text.length / 100), 3);
    let el = b.owner.parent as Element | null;
    for (let level = 0; el && el.type === "tag" && level < 5; level++, el = el.parent as Element | null) {
      const s = get(el);
      if (!s.scored) {
        s.scored = true;
        s.score += tagWeight(el.name) + classWeight(el);
      }
      s.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      if (el === body) break;
    }
  }
  return stats;
}

export function finalScore(s: ElementStats): number {
  const ld = s.chars ? s.linkChars / s.chars : 0;
  return s.score * (1 - ld);
}

/** The best container, promoted to a common ancestor when close rivals share one. */
export function pickContainer(stats: Map<Element, ElementStats>, body: Element): Element | null {
  const cands = [...stats.entries()].filter(([, s]) => s.scored).map(([el, s]) => ({ el, score: finalScore(s) }));
  if (!cands.length) return null;
  cands.sort((a, b) => b.score - a.score);
  let top = cands[0].el;
  const topScore = cands[0].score;
  // Readability: when several strong candidates share an ancestor, the ancestor is the article.
  const rivals = cands.slice(1, 6).filter((c) => c.score >= topScore * 0.75).map((c) => c.el);
  if (rivals.length >= 2) {
    const ancestors: Element[] = [];
    for (let p = top.parent as Element | null; p && p.type === "tag"; p = p.parent as Element | null) ancestors.push(p);
    for (const a of ancestors) {
      const inside = rivals.filter((r) => contains(a, r)).length;
      if (inside >= 2) {
        top = a;
        break;
      }
      if (a === body) break;
    }
  }
  // A lone child carries no more information than its parent.
  while (top !== body && top.parent && (top.parent as Element).type === "tag") {
    const parent = top.parent as Element;
    const elementChildren = parent.children.filter((c) => c.type === "tag");
    if (elementChildren.length !== 1) break;
    top = parent;
  }
  return top;
}

export function contains(ancestor: Element, el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parent as Element | null) if (p === ancestor) return true;
  return false;
}

/** Siblings of the winner that are article text too (Readability's sibling pass). */
export function contentRoots(top: Element, stats: Map<Element, ElementStats>, blocksOf: (el: Element) => TextBlock[]): Element[] {
  const parent = top.parent as Element | null;
  if (!parent || parent.type !== "tag") return [top];
  const topStats = stats.get(top);
  const topScore = topStats ? finalScore(topStats) : 0;
  const threshold = Math.max(10, topScore * 0.2);
  const roots: Element[] = [];
  for (const c of parent.children) {
    if (c.type !== "tag") continue;
    const sib = c as Element;
    if (sib === top) {
      roots.push(sib);
      continue;
    }
    const s = stats.get(sib);
    if (!s || !s.chars) continue;
    let bonus = 0;
    if (top.attribs?.class && sib.attribs.class === top.attribs.class) bonus = topScore * 0.2;
    if (s.scored && finalScore(s) + bonus >= threshold && !negativeHint(sib)) {
      roots.push(sib);
      continue;
    }
    if (sib.name === "p") {
      const ld = s.linkChars / s.chars;
      const text = blocksOf(sib).map((b) => b.text).join(" ");
      if ((s.chars > 80 && ld < 0.25) || (s.chars > 0 && s.chars <= 80 && ld === 0 && /[.!?]\s*$/.test(text))) roots.push(sib);
    }
  }
  // Articles split into repeated sections ("<section class=body-part>" x 3,
  // interleaved with full-width images): a same-tag, same-class sibling of the
  // winner or of one of its near ancestors, holding 400+ characters of mostly
  // unlinked text, is more of the article (a short header strip is not).
  let e: Element = top;
  for (let level = 0; level < 4; level++) {
    const up = e.parent as Element | null;
    if (!up || up.type !== "tag") break;
    const cls = e.attribs.class;
    if (cls) {
      for (const c of up.children) {
        if (c === e || c.type !== "tag") continue;
        const sib = c as Element;
        if (sib.name !== e.name || sib.attribs.class !== cls || roots.includes(sib)) continue;
        const s = stats.get(sib);
        if (s && s.chars >= 400 && s.linkChars < s.chars * 0.3 && !negativeHint(sib) && !roots.some((r) => contains(sib, r))) roots.push(sib);
      }
    }
    e = up;
  }
  return roots;
}
