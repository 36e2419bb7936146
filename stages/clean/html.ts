/**
 * HTML main-content extraction: metadata first (JSON-LD, meta tags), then the
 * DOM is pruned of never-content elements, flattened into paragraph-level
 * blocks, the main container is chosen by Readability-style scoring, and the
 * blocks inside it are filtered by class hints, link density and a lexicon of
 * boilerplate phrasing. Every dropped block is listed in `removed` with a rule.
 */
import type { Document, Element } from "domhandler";
import { boundedDom, parseHtml } from "./html/dom.ts";
import { limitNesting } from "./depth.ts";
import type { Block, CleanResult, PageMeta, RemovedBlock } from "../types.ts";
import { extractMetadata, cleanAuthor, titleKey, type HtmlMetadata } from "./html/metadata.ts";
import { KICKER_CLASS } from "./html/meta-lexicon.ts";
import { COMMENT_TOKEN, NOT_BYLINE_BOX } from "./html/byline-lexicon.ts";
import { isAfterCrawl } from "./html/dates.ts";
import { endsWithPlaceOrOrgHead, isPersonName } from "./text/person.ts";
import { commonWordClass } from "../entities/lexicon.ts";
import { findPublished } from "./published.ts";
import { dateLabelSource } from "./text/date-labels.ts";
import { flatten, prune, type TextBlock } from "./html/blocks.ts";
import { matchBoilerplate } from "./text/lexicon.ts";
import { type ElementStats, scoreContainers, pickContainer, contentRoots, contains, negativeHint, isArticleBody, clearHintMemos } from "./html/scoring.ts";
import {
  BOILERPLATE_MAX_CHARS,
  BOILERPLATE_PHRASES,
  END_OF_ARTICLE_HEADING_RE,
  LINK_DENSITY_MAX,
  STOP_WORDS,
  STOP_WORDS_BY_LANGUAGE,
  DATE_LINE_WORDS,
  STRONG_NEGATIVE_RE,
  SHARED_TEXT_FAMILIES,
  WIRE_LEAD_RE,
  LEAD_LOOKBACK_BLOCKS,
  LEAD_MIN_CHARS,
  COMPANY_PROFILE_RE,
  TAIL_PROFILE_BLOCKS,
  TAIL_PROFILE_SHARE,
} from "./html/patterns.ts";

/** A short line of only date/time words and numbers (at most one other word, e.g. a site name). */
function isDateLine(text: string): boolean {
  if (text.length > 90 || !/\d/.test(text)) return false;
  // a site's domain before the date ("example.com November 18, 2019") counts as one word
  const words = text.toLowerCase().replace(/\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|co|[a-z]{2})\b/g, "site").match(/[\p{L}\p{N}]+/gu) ?? [];
  let other = 0;
  let dateish = 0;
  for (const w of words) {
    if (/^\d+(?:st|nd|rd|th)?$/.test(w)) continue;
    if (DATE_LINE_WORDS.has(w) || DATE_LINE_WORDS.has(w.replace(/\.$/, ""))) dateish++;
    else other++;
  }
  return dateish > 0 && other <= 1 && words.length <= 14;
}

export interface HtmlOptions {
  url?: string | null;
  crawledAt?: string | null;
}

/** Letter-and-digit runs of a text (the text lexicon's word count). */
function tokenCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Audit entries shorter than this are not worth listing (icons, separators). */
const AUDIT_MIN_CHARS = 20;
/** Below this much kept body text the container pick is distrusted and the fallback runs. */
const MIN_BODY_CHARS = 250;

interface Verdict {
  keep: boolean;
  rule?: string;
  reason?: string;
}

const CAPTION_HINT = /caption|credit|photographer|figcaption/;

function stopWordDensity(text: string): number {
  const words = text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
  if (!words.length) return 0;
  let n = 0;
  for (const w of words) if (STOP_WORDS.has(w)) n++;
  return n / words.length;
}

/** Why a block inside the content container is not article text, if it is not. */
function judgeBlock(b: TextBlock, root: Element, stats: Map<Element, ElementStats>): Verdict {
  const rootChars = stats.get(root)?.chars ?? 0;
  // Structural context between the block and the container.
  // A <figure> also wraps tables, code and lists (WordPress blocks): only its
  // loose text is a caption.
  let inFigureContent = false;
  for (let el: Element | null = b.owner; el && el !== root; el = el.parent as Element | null) {
    if (el.name === "table" || el.name === "pre" || el.name === "ul" || el.name === "ol") inFigureContent = true;
    if (el.name === "figcaption" || el.name === "caption" || (el.name === "figure" && !inFigureContent)) {
      return { keep: false, rule: "clean/html/caption", reason: `inside <${el.name}>` };
    }
    if (isArticleBody(el)) break;
    // Quotes and embedded posts (tweets are <blockquote>s) are article content
    // even when the embed wrapper carries a "social" class.
    if (el.name === "blockquote") break;
    const neg = negativeHint(el);
    // A "negative" wrapper that holds most of the container's prose is a page
    // builder's naming ("elementor-widget", "text-widget"), not boilerplate.
    const share = stats.get(el);
    const dominant = !!share && !!neg && !STRONG_NEGATIVE_RE.test(neg) && rootChars > 0 && share.chars >= rootChars * 0.4 && share.linkChars < share.chars * 0.25;
    if (neg && !dominant) {
      if (CAPTION_HINT.test(neg)) return { keep: false, rule: "clean/html/caption", reason: `class/id "${neg}"` };
      return { keep: false, rule: "clean/html/negative-class", reason: `class/id "${neg}" on <${el.name}>` };
    }
  }
  return judgeText(b);
}

/**
 * A link-dense block that reads as a sentence of the article ("Jane Doe has been elected
 * mayor of Springfield." with the name and the office linked): it ends with a full stop and
 * has the function words of prose. Teaser and menu links do not end with a stop, and a block
 * that is all link (density over 0.8) is a teaser or a promo whatever it reads like.
 */
function isLinkedSentence(text: string): boolean {
  const words = tokenCount(text);
  return (
    LINKED_SENTENCE_END.test(text) &&
    words >= LINKED_SENTENCE_MIN_WORDS &&
    stopWordDensity(text) >= LINKED_SENTENCE_MIN_STOPS &&
    // promos and prompts ("Follow us on …", "Get access to … for as little as …") are named by the lexicon
    !matchBoilerplate(text, words)
  );
}
/** A statement: questions and exclamations in links are teaser headlines more often than not. */
const LINKED_SENTENCE_END = /\.["”’)]*$/;
const LINKED_SENTENCE_MIN_WORDS = 10;
const LINKED_SENTENCE_MIN_STOPS = 0.2;

/** Why a block's own text (links, phrasing) marks it as not article text, if it does. */
function judgeText(b: TextBlock): Verdict {
  const text = b.text;
  if (!/[\p{L}\p{N}]/u.test(text)) return { keep: false, rule: "clean/html/no-text", reason: "no letters or digits" };
  // Long prose with many inline links (a news round-up) stays; a short or
  // function-word-poor block that is mostly links is navigation or a teaser.
  const ld = b.linkChars / text.length;
  // (the stop-word count is only needed for a link-heavy block)
  if (ld > LINK_DENSITY_MAX && (ld > 0.8 || !((text.length >= 200 && stopWordDensity(text) >= 0.12) || isLinkedSentence(text)))) {
    return { keep: false, rule: "clean/html/link-density", reason: `link density ${(b.linkChars / text.length).toFixed(2)}` };
  }
  if (b.owner.name !== "td" && b.owner.name !== "th" && b.owner.name !== "tr" && isDateLine(text)) return { keep: false, rule: "clean/html/timestamp", reason: "date/time line" };
  if (text.length <= BOILERPLATE_MAX_CHARS) {
    for (const p of BOILERPLATE_PHRASES) {
      if ((p.maxChars === undefined || text.length <= p.maxChars) && p.re.test(text)) return { keep: false, rule: "clean/html/boilerplate-phrase", reason: `${p.rule}: ${p.why}` };
    }
    // The text cleaner's phrasing families that HTML pages share (promos, appeals, ratings, comment chrome, ad labels).
    const shared = matchBoilerplate(text, tokenCount(text));
    if (shared && !shared.textOnly && SHARED_TEXT_FAMILIES.has(shared.rule)) return { keep: false, rule: "clean/html/boilerplate-phrase", reason: `${shared.rule}: ${shared.why}` };
  }
  return { keep: true };
}

function blocksWithin(blocks: TextBlock[], roots: Element[]): TextBlock[] {
  if (!roots.length) return [];
  const memo = new Map<Element, boolean>();
  const rootSet = new Set(roots);
  const inside = (el: Element | null): boolean => {
    const path: Element[] = [];
    let ok = false;
    for (let p = el; p; p = p.parent as Element | null) {
      const m = memo.get(p);
      if (m !== undefined) {
        ok = m;
        break;
      }
      if (rootSet.has(p)) {
        ok = true;
        break;
      }
      path.push(p);
    }
    for (const p of path) memo.set(p, ok);
    return ok;
  };
  return blocks.filter((b) => inside(b.owner));
}

function rootOf(el: Element, roots: Element[]): Element {
  return roots.find((r) => contains(r, el)) ?? roots[0];
}

interface Selection {
  kept: TextBlock[];
  removed: RemovedBlock[];
  titleBlock: TextBlock | null;
}

function selectBlocks(candidates: TextBlock[], roots: Element[], stats: Map<Element, ElementStats>): Selection {
  const kept: TextBlock[] = [];
  const removed: RemovedBlock[] = [];
  let titleBlock: TextBlock | null = null;
  // An end-of-article heading ("Related stories", "Comments") opens a teaser box:
  // the blocks that share its parent go with it. When its parent is the content
  // container itself, only the short or link-heavy blocks right after it go.
  let teaserScope: Element | null = null;
  let teaserOpen = false;
  for (const b of candidates) {
    const drop = (rule: string, reason: string): void => {
      if (b.text.length >= AUDIT_MIN_CHARS) removed.push({ text: b.text, rule, reason });
    };
    if (teaserScope && contains(teaserScope, b.owner)) {
      drop("clean/html/related", "inside a box opened by an end-of-article heading");
      continue;
    }
    teaserScope = null;
    if (teaserOpen) {
      if (!b.heading && (b.text.length < 100 || b.linkChars > b.text.length * 0.3)) {
        drop("clean/html/related", "teaser after an end-of-article heading");
        continue;
      }
      teaserOpen = false;
    }
    if (b.heading === 1) {
      // the headline is emitted apart (see pickHeadline); other <h1>s are page labels
      if (!titleBlock) titleBlock = b;
      else drop("clean/html/title", "second <h1>");
      continue;
    }
    if (b.heading && END_OF_ARTICLE_HEADING_RE.test(b.text)) {
      drop("clean/html/related", "end-of-article heading");
      const parent = b.owner.parent as Element | null;
      const root = rootOf(b.owner, roots);
      if (parent && parent !== root && contains(root, parent)) teaserScope = parent;
      else teaserOpen = true;
      continue;
    }
    const v = judgeBlock(b, rootOf(b.owner, roots), stats);
    if (v.keep) kept.push(b);
    else drop(v.rule!, v.reason!);
  }
  // Press-release boilerplate closing the article (company profile, headquarters and headcount).
  for (let i = Math.max(1, kept.length - TAIL_PROFILE_BLOCKS); i < kept.length; i++) {
    if (kept[i].heading || !COMPANY_PROFILE_RE.test(kept[i].text)) continue;
    let before = 0;
    let after = 0;
    for (let j = 0; j < kept.length; j++) (j < i ? (before += kept[j].text.length) : (after += kept[j].text.length));
    if (after <= TAIL_PROFILE_SHARE * before) {
      for (const b of kept.splice(i)) removed.push({ text: b.text, rule: "clean/html/press-release", reason: "company profile closing the article (press-release boilerplate)" });
    }
    break;
  }
  // A heading with no body text after it is a section label of removed content.
  while (kept.length && kept[kept.length - 1].heading) {
    const h = kept.pop()!;
    removed.push({ text: h.text, rule: "clean/html/trailing-heading", reason: "heading with nothing after it" });
  }
  return { kept, removed, titleBlock };
}

/**
 * Fallback when no container holds enough text: keep every block of the page
 * that reads like prose (jusText style: long, few links, many stop words).
 */
function proseBlocks(blocks: TextBlock[]): TextBlock[] {
  return blocks.filter((b) => {
    if (b.heading) return false;
    if (b.linkChars > b.text.length * 0.3) return false;
    if (negativeHint(b.owner) || !judgeText(b).keep) return false;
    const cjk = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(b.text);
    if (cjk) return b.text.length >= 40;
    return b.text.length >= 80 && stopWordDensity(b.text) >= 0.15;
  });
}

const STOP_SETS = Object.entries(STOP_WORDS_BY_LANGUAGE).map(([lang, words]) => ({ lang, words: new Set(words) }));

/**
 * Language of the kept text when the page declares none: Japanese/Korean/Chinese
 * by script, else the stop-word list with clearly the most hits (at least 20
 * and 1.5 times the runner-up), else null. A guess, used only as a fallback.
 */
function guessLanguage(text: string): string | null {
  if (/[\u3040-\u30ff]/.test(text)) return "ja";
  if (/[\uac00-\ud7af]/.test(text)) return "ko";
  if ((text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) > 50) return "zh";
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const counts = STOP_SETS.map(({ lang, words: set }) => ({ lang, n: words.reduce((k, w) => k + (set.has(w) ? 1 : 0), 0) }));
  counts.sort((a, b) => b.n - a.n);
  if (counts[0].n >= 20 && counts[0].n >= 1.5 * (counts[1]?.n ?? 0)) return counts[0].lang;
  return null;
}

/** How many of the article's last paragraphs may be its signature (footnotes can follow it). */
const SIGNATURE_REACH = 4;
/** A signature's text: two or three capitalised words, nothing else ("Ann Lee", "Ann B. Lee"). */
const SIGNATURE_TEXT = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u;
/** A dash or a tilde before a signature's name ("— Ann Lee", "-- Ann Lee", "~Ann Lee"). */
const SIGNATURE_DASH = /^(?:[-–—]{1,2}|~)\s*(\S.*)$/u;
/** A footnote after the signature: "(1) …", "[1] …", "1) …", "* …", "¹ …". */
const FOOTNOTE_START = /^\s*(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}\)|\*|[¹²³])/;
/** Inline elements that set a signature apart from the text above it. */
const SIGNATURE_EMPHASIS: ReadonlySet<string> = new Set(["strong", "b", "em", "i"]);
/** Wrappers that say nothing about the look (old <font> tags, spans). */
const SIGNATURE_WRAPPERS: ReadonlySet<string> = new Set(["font", "span", "small"]);

/** Elements whose dashed last line attributes a quotation, not the article ("<blockquote>… <p>— Ann Lee</p></blockquote>"). */
const QUOTATION_TAGS: ReadonlySet<string> = new Set(["blockquote", "q", "cite", "figure", "figcaption"]);
/** A block that ends in a closing quotation mark: the dashed line after it names whom it quotes. */
const ENDS_IN_QUOTE = /["”»’“«]\s*$/u;
/**
 * Words that open a dashed closing line and no name: articles, prepositions and pronouns ("— The End", "— With Love",
 * "— Your Editors") and greetings' first words ("~ Best Wishes", "— Kind Regards", "— Frohe Ostern"), in the languages
 * the byline readers know: the given-name lists hold some of them ("The", "Best").
 */
const SIGN_OFF_LEADS: ReadonlySet<string> = new Set([
  "the", "a", "an", "and", "with", "from", "to", "for", "of", "in", "on", "at", "by", "see", "your", "yours", "our", "my", "all",
  "no", "not", "more", "next", "this", "that", "der", "die", "das", "ein", "eine", "mit", "von", "und", "les", "une", "avec", "los", "las", "con",
  "best", "kind", "warm", "warmest", "warmly", "many", "happy", "merry", "cheers", "regards", "love", "greetings", "thanks", "sincerely",
  "viele", "liebe", "herzliche", "beste", "schöne", "frohe", "bon", "bonne", "meilleurs", "saludos", "feliz", "felices", "buon", "buona",
]);
function insideQuotation(el: Element): boolean {
  for (let e: Element | null = el, depth = 0; e && depth < 12; e = e.parent as Element | null, depth++) {
    if (e.type === "tag" && QUOTATION_TAGS.has(e.name)) return true;
  }
  return false;
}

/**
 * A paragraph that signs the article: a bare name (SIGNATURE_TEXT) that is wholly bold or italic
 * ("<p><strong>Ann Lee</strong></p>") or right-aligned ("<p align=right><em>Ann Lee</em></p>"). `before`: the block
 * above it (a quotation there makes a dashed name its attribution).
 */
function isSignature(b: TextBlock, before: TextBlock | undefined): boolean {
  const text = b.text.trim();
  if (text.length > 42 || b.linkChars > 0) return false;
  // a name after a dash or a tilde, the way letters, columns and blog posts are signed ("— Ann Lee", "-- Ann Lee", "~ Ann
  // Lee"): set apart by the dash, whatever the look. Family: personal blogs, readers' letters, newsletters and columns.
  // The same dash attributes a quotation or an epigraph ("“…fear itself.” / — Ann Lee", a dashed line in a <blockquote>)
  // and closes greetings and places ("— The End", "~ Best Wishes", "— New York"): so the line must be a person's name by
  // a known given name (isPersonName, no place's or firm's head noun last), outside quotation elements, and not right
  // after a block that ends in a closing quotation mark.
  const dashed = SIGNATURE_DASH.exec(text);
  if (dashed) {
    const name = dashed[1];
    if (!SIGNATURE_TEXT.test(name) || !isPersonName(name) || endsWithPlaceOrOrgHead(name)) return false;
    // (the given-name lists hold words that open greetings and endings, "The End", "Best Wishes": not a function word
    // first, SIGN_OFF_LEADS, and not ordinary English words only, commonWordClass, as "Kind Regards" is)
    const words = name.toLowerCase().split(/\s+/);
    if (SIGN_OFF_LEADS.has(words[0]) || words.every((w) => commonWordClass(w) === "common")) return false;
    return !insideQuotation(b.owner) && !(before && (ENDS_IN_QUOTE.test(before.text) || insideQuotation(before.owner)));
  }
  if (!SIGNATURE_TEXT.test(text)) return false;
  const a = b.owner.attribs;
  if ((a.align ?? "").toLowerCase() === "right" || /text-align\s*:\s*right/i.test(a.style ?? "")) return true;
  let el: Element = b.owner;
  for (let depth = 0; depth < 4; depth++) {
    const kids = el.children.filter((c) => c.type === "tag" || (c.type === "text" && /\S/.test((c as unknown as { data: string }).data)));
    if (kids.length !== 1 || kids[0].type !== "tag") return false;
    el = kids[0] as Element;
    if (SIGNATURE_EMPHASIS.has(el.name)) return true;
    if (!SIGNATURE_WRAPPERS.has(el.name)) return false;
  }
  return false;
}

/**
 * A signature over the signer's role, the article's last paragraph: the name, a line break, the role and nothing
 * else ("Ann Lee<br>Chairwoman", "Ann LEE<br>Bundesvorsitzende des Example-Verbands"). Statements, letters and
 * greetings of associations, churches, companies and clubs are signed so, without bold or right alignment.
 * The role: up to six words of letters, no sentence (no full stop, colon or digits).
 */
const SIGNATURE_ROLE = /^\p{L}[\p{L}'’&/\- ]{1,60}$/u;
function signedWithRole(b: TextBlock): string | null {
  if (b.linkChars > 0 || b.text.length > 110) return null;
  const lines: string[] = [""];
  const walk = (e: Element): void => {
    for (const c of e.children) {
      if (c.type === "text") lines[lines.length - 1] += (c as unknown as { data: string }).data;
      else if (c.type === "tag") {
        if ((c as Element).name === "br") lines.push("");
        else walk(c as Element);
      }
    }
  };
  walk(b.owner);
  const [name, role, ...rest] = lines.map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);
  if (rest.length || !name || !role || name.length > 40 || !SIGNATURE_TEXT.test(name)) return null;
  return SIGNATURE_ROLE.test(role) && role.split(" ").length <= 6 ? name : null;
}

/** Removed blocks that can carry the visible author name. */
const BYLINE_RULE = /byline|author/;

/** Removed blocks that can carry the visible publication date. */
const DATELINE_RULE = /timestamp|byline|date|"meta|time|posted|published/;
/**
 * Words that introduce a publication date in a visible line: date-labels.ts's `published` and `posted` words (every
 * language of that table), ended by a Unicode-aware word end (`\b` is ASCII-only in JavaScript even with /u, so a
 * label ending in a non-ASCII letter, "опубликовано", "publié", never matched before a space).
 */
const DATELINE_TEXT = new RegExp(String.raw`^(?:${dateLabelSource(["published", "posted"])})(?![\p{L}\p{N}_])`, "iu");

/** Letters and digits only, lower-cased: the key headlines are compared by (html/metadata.ts titleKey). */
export const headlineKey = titleKey;

/**
 * The length of `headlineKey(s)` counted without building it, when `s` holds
 * only ASCII and General Punctuation (U+2000-U+206F: spaces, dashes, quotes,
 * no letters or digits); else -1 (not known cheaply).
 */
export function plainKeyLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      const l = c | 0x20;
      if ((c >= 0x30 && c <= 0x39) || (l >= 0x61 && l <= 0x7a)) n++;
    } else if (c < 0x2000 || c > 0x206f) return -1;
  }
  return n;
}

/**
 * The <h1> that is the article's headline: the one that agrees with the
 * publisher's declared title (JSON-LD headline, og:title, <title>). A logo
 * <h1> holding the site name never qualifies. Without a declared title, the
 * first <h1> that is not mostly a link.
 */
function pickHeadline(blocks: TextBlock[], declared: string | null, site: string | null, titleTag: string | null = null): TextBlock | null {
  const h1s = blocks.filter((b) => b.heading === 1);
  const siteKey = site ? headlineKey(site) : "";
  const usable = h1s.filter((b) => headlineKey(b.text) !== siteKey && headlineKey(b.text).length >= 4);
  if (declared) {
    const d = headlineKey(declared);
    // one holds the other, and the shorter is at least half the longer: a logo <h1> or a
    // section <h1> ("News") inside "Headline : Site News" is not the headline
    return usable.find((b) => {
      const k = headlineKey(headlineText(b));
      return k.length >= 8 && (d.includes(k) || k.includes(d)) && Math.min(k.length, d.length) >= 0.5 * Math.max(k.length, d.length);
    }) ?? usable.find((b) => wordsHeld(headlineText(b), declared)) ?? soleHeadline(usable, titleTag ? `${declared} ${titleTag}` : declared);
  }
  return usable.find((b) => b.linkChars < b.text.length * 0.5) ?? null;
}

/** Words of a headline, lower-cased, letters and digits only. */
const headlineWords = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** Words of an <h1> at least this many before one of them may differ from the declared title. */
const WORDS_HELD_MIN = 4;

/**
 * The <h1> is the declared headline but for one word written otherwise: a mis-decoded character in
 * the <title> ("NPCÂ´s" beside "NPC’s"), a typographic apostrophe or dash the other source dropped,
 * a site name before it ("Blog : Headline"). All its words are in the declared title, but one at
 * most that is a declared word spelt otherwise (the same first letters), and they make up at least
 * half the declared words.
 */
function wordsHeld(h1: string, declared: string): boolean {
  const w = headlineWords(h1);
  const d = headlineWords(declared);
  if (w.length < WORDS_HELD_MIN || w.length * 2 < d.length) return false;
  const pool = new Set(d);
  const own = new Set(w);
  const odd = w.filter((x) => !pool.has(x));
  if (odd.length === 0) return true;
  // the one word that differs is the same word spelt otherwise: a declared word it shares its first letters with
  return odd.length === 1 && odd[0].length >= 3 && d.some((y) => !own.has(y) && y.slice(0, 3) === odd[0].slice(0, 3));
}

/**
 * The page's one <h1> when it reads as a headline although the declared title says something
 * else (an SEO title: "Car financing – loan or leasing?" declared, "Financing your car" shown):
 * readers, and citations, use the visible headline. Not when the page has several <h1>s (teaser
 * lists) or the <h1> is a one-word label or mostly a link.
 */
function soleHeadline(usable: TextBlock[], declared: string): TextBlock | null {
  // (a responsive template prints the same <h1> twice, for narrow and wide screens: one headline)
  if (usable.length !== 1 && !(usable.length === 2 && headlineKey(usable[0].text) === headlineKey(usable[1].text))) return null;
  const b = usable[0];
  const words = b.text.split(/\s+/);
  if (words.length < 3 || words.length > 25 || b.linkChars > b.text.length * 0.5) return null;
  // it must be about the same thing: one of its longer words inside the declared title or the
  // <title> (a section banner, "Health Center" over an allergy story, shares none)
  const d = declared.toLowerCase();
  return words.some((w) => w.length >= 5 && d.includes(w.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ""))) ? b : null;
}

/** How many of the page's first <h2>s may be the headline of a page without one in an <h1>. */
const SUB_HEADLINE_REACH = 3;

/**
 * The headline of a page that prints it in an <h2> only (no usable <h1>: none, or a logo or section
 * label): one of the first <h2>s that the page's <title> holds ("Site - News » Headline") but the
 * declared title left out (it kept the site name instead). Not a link list's heading.
 */
function subHeadline(blocks: TextBlock[], declared: string | null, titleTag: string | null): TextBlock | null {
  if (!titleTag) return null;
  const t = headlineKey(titleTag);
  const d = declared ? headlineKey(declared) : "";
  const h2s = blocks.filter((b) => b.heading === 2).slice(0, SUB_HEADLINE_REACH);
  return h2s.find((b) => {
    const k = headlineKey(b.text);
    return k.length >= 8 && t.includes(k) && !d.includes(k) && b.linkChars < b.text.length * 0.5;
  }) ?? null;
}

function elementText(el: Element): string {
  let out = "";
  for (const c of el.children) {
    if (c.type === "text") out += (c as unknown as { data: string }).data;
    else if (c.type === "tag") out += elementText(c as Element);
  }
  return out;
}

/**
 * The headline of an <h1> block without the kicker a CMS prints inside it
 * ("<span class=kicker>Climate</span> Drilling until it gets hot": KICKER_CLASS).
 */
function headlineText(b: TextBlock): string {
  let el = b.owner;
  if (el.name !== "h1") return b.text;
  const shown = (c: Element["children"][number]): boolean => c.type === "tag" || (c.type === "text" && /\S/.test((c as unknown as { data: string }).data));
  // the headline linked to the page itself ("<h1><a href=…><span class=label>Kicker</span>Headline</a></h1>")
  const only = el.children.filter(shown);
  if (only.length === 1 && only[0].type === "tag" && (only[0] as Element).name === "a") el = only[0] as Element;
  const kids = el.children.filter(shown);
  if (kids.length < 2) return b.text;
  const head = kids[0];
  if (head.type !== "tag") return b.text;
  const h = head as Element;
  if (!KICKER_CLASS.test(`${h.attribs.class ?? ""} ${h.attribs.id ?? ""}`)) return b.text;
  const kicker = elementText(h).replace(/\s+/g, " ").trim();
  if (!kicker || kicker.split(" ").length > 6) return b.text;
  const rest = kids.slice(1).map((c) => (c.type === "tag" ? elementText(c as Element) : (c as unknown as { data: string }).data)).join(" ");
  const title = rest.replace(/\s+/g, " ").replace(/^[\s:|–—-]+/, "").trim();
  return title.length >= 8 ? title : b.text;
}

/**
 * The title: the <h1> headline, or the declared one when it is the <h1> without a kicker
 * ("Tunisia Big tasks for the new government" on the page, "Big tasks for the new government"
 * declared).
 */
function chooseTitle(h1: TextBlock | null, declared: string | null): string | null {
  if (!h1) return declared;
  const text = headlineText(h1);
  if (declared) {
    const k = headlineKey(text);
    const d = headlineKey(declared);
    if (k.length > d.length && k.endsWith(d) && d.length >= 0.5 * k.length) return declared;
    // the meta row printed inside the <h1> after the headline ("Headline 02.02.2022 • Desk, Section")
    if (k.length > d.length && k.startsWith(d) && d.length >= 8 && text.startsWith(declared.trim())) {
      const rest = text.slice(declared.trim().length);
      const f = findPublished(rest.slice(0, 40));
      if (f && f.start <= 3) return declared;
    }
  }
  return text;
}

/** <body>, or the document root for fragments (htmlparser2 adds no implied <body>). */
function findBody(root: Element): Element {
  const queue: Element[] = [root];
  for (let i = 0; i < queue.length && i < 64; i++) {
    for (const c of queue[i].children) {
      if (c.type !== "tag") continue;
      const el = c as Element;
      if (el.name === "body") return el;
      if (el.name === "html") queue.push(el);
    }
  }
  return root;
}

const bodyChars = (bs: TextBlock[]): number => bs.reduce((n, b) => n + (b.heading ? 0 : b.text.length), 0);

function roleOf(b: TextBlock): Block["role"] {
  return b.heading ? "heading" : "body";
}

/**
 * The article of a page: a string, or a DOM from `parseHtml` (which the site rules may have
 * edited by removing nodes); the DOM is pruned in place. Safe on any input: a string goes through
 * the pipeline's own nesting guard, a DOM from `parseHtml` is bounded already, and a DOM parsed
 * elsewhere is bounded at MAX_DEPTH levels here, so no recursive walk can overflow the stack.
 */
export function extractHtml(html: string | Document, opts: HtmlOptions = {}): CleanResult {
  try {
    return extractPage(html, opts);
  } finally {
    clearHintMemos();
  }
}

/** The blocks chosen as the article's text, the blocks the choice looked at, and how the ones it left out are audited. */
interface ContentPick {
  selection: Selection;
  examined: Set<TextBlock>;
  outsideRule: string;
  outsideReason: string;
}

/**
 * The article's blocks: those of the best-scoring container (with a wire-style lead just before it), or the page's
 * prose blocks when the container holds less body text than MIN_BODY_CHARS and they hold more.
 */
function selectContent(blocks: TextBlock[], body: Element): ContentPick {
  const stats = scoreContainers(blocks, body);
  const top = pickContainer(stats, body);
  let selection: Selection = { kept: [], removed: [], titleBlock: null };
  let examined = new Set<TextBlock>();
  if (top) {
    const byOwner = new Map<Element, TextBlock[]>();
    for (const b of blocks) {
      const list = byOwner.get(b.owner);
      if (list) list.push(b);
      else byOwner.set(b.owner, [b]);
    }
    const blocksOf = (el: Element): TextBlock[] => byOwner.get(el) ?? [];
    const roots = contentRoots(top, stats, blocksOf);
    const candidates = blocksWithin(blocks, roots);
    examined = new Set(candidates);
    selection = selectBlocks(candidates, roots, stats);
  }
  takeWireLead(blocks, selection, examined);
  if (bodyChars(selection.kept) < MIN_BODY_CHARS) {
    const prose = proseBlocks(blocks);
    if (bodyChars(prose) > bodyChars(selection.kept)) {
      return {
        selection: { kept: prose, removed: [], titleBlock: null },
        examined: new Set(prose),
        outsideRule: "clean/html/not-prose",
        outsideReason: "fallback: not a prose block (short, link-heavy or few function words)",
      };
    }
  }
  return { selection, examined, outsideRule: "clean/html/outside-main", outsideReason: "outside the main content container" };
}

/**
 * A wire-style lead paragraph ("PLACE (CNN) — …") in its own container just before the
 * chosen one (beside the lead video or photo) opens the article.
 */
function takeWireLead(blocks: TextBlock[], selection: Selection, examined: Set<TextBlock>): void {
  if (!selection.kept.length) return;
  const first = blocks.indexOf(selection.kept[0]);
  for (let i = first - 1; i >= Math.max(0, first - LEAD_LOOKBACK_BLOCKS); i--) {
    const b = blocks[i];
    if (examined.has(b) || b.heading) break;
    if (b.text.length < LEAD_MIN_CHARS) continue;
    if (WIRE_LEAD_RE.test(b.text) && judgeText(b).keep) {
      selection.kept.unshift(b);
      examined.add(b);
    }
    break;
  }
}

/** The output blocks: the title, then the kept blocks less a kicker or sticky header repeating the headline (audited in `selection.removed`). */
function articleBlocks(title: string | null, selection: Selection): Block[] {
  const out: Block[] = [];
  if (title) out.push({ text: title, role: "title" });
  const titleKey = title ? headlineKey(title) : "";
  for (const b of selection.kept) {
    // a kicker or sticky header repeating the headline inside the body
    const keyLength = titleKey ? plainKeyLength(b.text) : -1;
    if (titleKey && (keyLength < 0 || keyLength === titleKey.length) && headlineKey(b.text) === titleKey) {
      selection.removed.push({ text: b.text, rule: "clean/html/title", reason: "repeats the headline" });
      continue;
    }
    out.push({ text: b.text, role: roleOf(b) });
  }
  return out;
}

/**
 * The publication date when the page's metadata has none: the visible dateline the cleaner removed
 * ("Posted Nov 18, 2019 8:19 PM"; an "Updated" line only when it is the only one), else a dateline opening the body.
 */
function publishedOfPage(
  found: HtmlMetadata,
  dropped: readonly RemovedBlock[],
  out: readonly Block[],
  crawledAt: string | null | undefined,
): { published: string | null; publishedFrom: PageMeta["publishedFrom"] } {
  let published = found.published ?? null;
  let publishedFrom = found.publishedFrom;
  if (!published) {
    const lines = dropped.filter(
      (r) => r.text.length <= 120 && (DATELINE_RULE.test(`${r.rule} ${r.reason}`) || DATELINE_TEXT.test(r.text)),
    );
    const ordered = [...lines.filter((r) => !/updated|aktualisiert|atualizado|actualizado/i.test(r.text)), ...lines];
    for (const r of ordered) {
      const d = findPublished(r.text);
      if (d && !isAfterCrawl(d.iso, crawledAt)) {
        published = d.iso;
        publishedFrom = "dom";
        break;
      }
    }
  }
  if (!published) {
    // A dateline opening the body: "01.02.2022 – The labour market…", "BERLIN, 3 May 2021 (dpa) – …"
    const lead = out.find((b) => b.role === "body")?.text.slice(0, 60) ?? "";
    const d = lead ? findPublished(lead) : null;
    if (d && d.start <= 25 && /^[\s,:(–—-]/.test(lead.slice(d.end, d.end + 3) || " ") && !isAfterCrawl(d.iso, crawledAt)) {
      published = d.iso;
      publishedFrom = "text";
    }
  }
  return { published, publishedFrom };
}

/**
 * The author when the page's metadata has none: the visible byline the cleaner removed
 * ("By Ann Lee | Staff Writer"), not from a credit or teaser box (NOT_BYLINE_BOX) nor from a
 * comment thread's box ("comment-author", COMMENT_TOKEN): that names a reader who commented (family: blog and
 * news comment threads whose author lines the cleaner removes like a byline); else a signature closing the article.
 */
function authorOfPage(found: HtmlMetadata, dropped: readonly RemovedBlock[], kept: readonly TextBlock[]): { author: string | null; authorFrom: string | undefined } {
  let author = found.author ?? null;
  let authorFrom = author ? found.authorFrom : undefined;
  // A name from one of the sources below, if the metadata's own author acceptance (when it has one) takes it.
  const accepted = (name: string | null, from: string): string | null =>
    name && (!found.acceptAuthor || found.acceptAuthor(name, from)) ? name : null;
  if (!author) {
    for (const r of dropped) {
      if (r.text.length > 100 || !BYLINE_RULE.test(`${r.rule} ${r.reason}`) || /"([^"]*)"/.exec(r.reason)?.[1].split(/\s+/).some((t) => NOT_BYLINE_BOX.test(t) || COMMENT_TOKEN.test(t))) continue;
      if (!/^(?:by|von|por|oleh|par|de|от|автор)\s/i.test(r.text) && !/byline|author/.test(r.reason)) continue;
      author = accepted(cleanAuthor([r.text], found.site ?? null), "removed-byline");
      if (author) {
        authorFrom = "removed-byline";
        break;
      }
    }
  }
  if (!author) {
    // A signature closing the article: the author's name alone on a line set apart (bold, italic,
    // right-aligned), last, or followed by the footnotes only (a bold sub-heading is followed by text).
    const body = kept.filter((b) => !b.heading);
    for (let i = body.length - 1; i >= Math.max(0, body.length - SIGNATURE_REACH); i--) {
      const b = body[i];
      if (!isSignature(b, body[i - 1]) || (i < body.length - 1 && !FOOTNOTE_START.test(body[i + 1].text))) continue;
      author = accepted(cleanAuthor([b.text.trim().replace(SIGNATURE_DASH, "$1")], found.site ?? null), "signature");
      if (author) {
        authorFrom = "signature";
        break;
      }
    }
    const last = body[body.length - 1];
    const signer = last ? signedWithRole(last) : null;
    if (!author && signer) {
      author = accepted(cleanAuthor([signer], found.site ?? null), "signature-role");
      if (author) authorFrom = "signature-role";
    }
  }
  // Last of all, a one-person site's owner (footer copyright line, header tagline): a signed post is the signer's.
  const owner = found.ownerAuthor;
  if (!author && owner && accepted(owner.name, owner.from)) {
    author = owner.name;
    authorFrom = owner.from;
  }
  return { author, authorFrom };
}

/**
 * One page: its metadata, the article's blocks (selectContent, articleBlocks), the audit of what was left out, and the
 * date and author read off the page's text when the metadata has none (publishedOfPage, authorOfPage).
 */
function extractPage(html: string | Document, opts: HtmlOptions): CleanResult {
  const root = typeof html === "string" ? parseHtml(limitNesting(html)) : boundedDom(html);
  const found = extractMetadata(root, opts);
  const removed: RemovedBlock[] = [];
  const body = findBody(root as unknown as Element);
  prune(body, removed);
  const blocks = flatten(body, removed);

  const h1 = pickHeadline(blocks, found.title ?? null, found.site ?? null, found.titleTag ?? null) ?? subHeadline(blocks, found.title ?? null, found.titleTag ?? null);

  const { selection, examined, outsideRule, outsideReason } = selectContent(blocks, body);
  // The audit covers the whole page: blocks never examined because they lie
  // outside the chosen container are listed too (substantial text only).
  for (const b of blocks) {
    if (!examined.has(b) && b.text.length >= AUDIT_MIN_CHARS && b !== h1) {
      removed.push({ text: b.text.length > 300 ? `${b.text.slice(0, 300)}…` : b.text, rule: outsideRule, reason: outsideReason });
    }
  }

  const title = chooseTitle(h1, found.title ?? null);
  const out = articleBlocks(title, selection);
  const dropped = [...selection.removed, ...removed];
  const { published, publishedFrom } = publishedOfPage(found, dropped, out, opts.crawledAt);
  const { author, authorFrom } = authorOfPage(found, dropped, selection.kept);

  const meta = {
    url: found.url ?? null,
    site: found.site ?? null,
    title,
    author,
    authorFrom,
    published,
    publishedFrom,
    modified: found.modified ?? null,
    language: found.language ?? guessLanguage(out.filter((b) => b.role !== "title").map((b) => b.text).join("\n")),
  };
  return { blocks: out, removed: [...removed, ...selection.removed], meta };
}
