/**
 * Places on a page where a name stands beside an author's label or an author's markup and is still not the article's
 * writer, found by the page's structure (html/metadata.ts asks these before it takes a byline element, a byline box or
 * an `itemprop=author`):
 *
 * - a data table or a definition list whose rows are a record's fields ("Autor | Ann Lee", "Verlag | …", "Preis | …"):
 *   the author of the book, the film or the product the row describes (inRecordRows);
 * - a credit for another role printed just before an author property ("Photo: <span itemprop=author>Ann Lee</span>"),
 *   or a picture maker's role right after it ("<span class=author>Ann Lee</span> (Fotografie)"): the picture's maker
 *   (afterOtherRoleLabel);
 * - a story item inside a list of other stories ("<section class=related><article itemscope …>"): that story's writer
 *   (inOtherStoriesList);
 * - an "About me" or "About the author" widget in the sidebar or the footer: the site owner's profile (inAboutWidget);
 * - a contact card under a "Press contact" or "Ansprechpartnerin" label: the contact person (inContactCard);
 * - a reader's comment with no comment class: a box with a "Reply" button and the comment's own date and time, or a
 *   thread whose class or id names readers' comments as a compound word ("reader-comments", "user-responses")
 *   (inReadersThread).
 *
 * Each is narrow enough that the article's own byline of the same tag keeps its name (the tests' guards).
 */
import type { Element } from "domhandler";
import { isRecordField } from "../text/header.ts";
import { CONTACT_WORDS, PICTURE_MAKER_PART } from "./byline-lexicon.ts";
import { STORY_BOX_TOKEN } from "./meta-lexicon.ts";

function textOf(el: Element): string {
  let out = "";
  for (const c of el.children) {
    if (c.type === "text") out += (c as unknown as { data: string }).data;
    else if (c.type === "tag" && "children" in c) out += " " + textOf(c as Element) + " ";
  }
  return out;
}
const squash = (s: string): string => s.replace(/\s+/g, " ").trim();
const tags = (el: Element): Element[] => el.children.filter((c): c is Element => c.type === "tag");

/** How many levels up a row's table or list is looked for. */
const RECORD_ROW_LEVELS = 6;
/** The fewest of a table's or list's labels that are a record's other fields (publisher, pages, price, ISBN…). */
const RECORD_ROW_MIN_FIELDS = 2;
/** The most rows read. */
const RECORD_ROWS_MAX = 40;

/**
 * Whether an element stands in a record's data table (`<table>` whose rows open with a label cell) or definition list
 * (`<dl>`), with two or more of the labels a record's other fields (isRecordField: "Verlag", "Publisher", "Pages",
 * "ISBN", "Preis", "Laufzeit"…; the colon optional, as cells print it or not). The author's row there names the work's
 * author. Family: review blogs, bookshops, library and product pages that print the reviewed or sold work's data as a
 * table or a definition list under or beside the article (the "Label: value" lines in one block: metadata.ts inRecordBox).
 */
export function inRecordRows(el: Element): boolean {
  let e: Element | null = el;
  for (let level = 0; e && e.type === "tag" && level < RECORD_ROW_LEVELS; level++, e = e.parent as Element | null) {
    let labels: string[] | null = null;
    if (e.name === "dl") labels = tags(e).filter((c) => c.name === "dt").map(textOf);
    else if (e.name === "table") {
      const rows: Element[] = [];
      const collect = (x: Element): void => {
        for (const c of tags(x)) {
          if (rows.length >= RECORD_ROWS_MAX) return;
          if (c.name === "tr") rows.push(c);
          else if (c.name === "thead" || c.name === "tbody" || c.name === "tfoot") collect(c);
        }
      };
      collect(e);
      labels = rows.map((r) => tags(r).filter((c) => c.name === "th" || c.name === "td")).filter((cells) => cells.length >= 2).map((cells) => textOf(cells[0]));
    }
    if (!labels) continue;
    const fields = labels.slice(0, RECORD_ROWS_MAX).filter((l) => {
      const label = squash(l).replace(/\s*:$/, "");
      return label.length > 0 && label.length <= 30 && isRecordField(`${label}: x`);
    }).length;
    return fields >= RECORD_ROW_MIN_FIELDS;
  }
  return false;
}

/**
 * Another role's label printed right before the element, in its parent's text ("Photo:", "Foto:", "Bild:", "Illustration
 * by", "Kamera:", "Video:", "Quelle:", "Source:", "Edited by", "Redigiert von", "Interview with"): the name is that role's,
 * whatever markup it carries. Family: themes and CMSs that wrap every credited name in an author property or class.
 */
const OTHER_ROLE_BEFORE =
  /(?:^|[\s|•·(])(?:(?:fotos?|photos?|photograph(?:y|ie|ed)?|fotografie|bild(?:er)?|images?|illustrations?|illustriert|grafik|graphics?|videos?|kamera|camera|quelle|sources?|fuente|edited|redigiert|bearbeitet|lektorat)\s*(?::|(?:by|von|par|por|de|di))?|(?:interview|gespräch|entretien|entrevista|intervista)\s+(?:with|mit|avec|con))\s*$/i;
/** The writer's own credit in the same run ("Written and edited by", "Text and photos by"): the name is the writer's too. */
const WRITER_CREDIT_BEFORE = /\b(?:written|writer|text|texte|words|story|geschrieben|verfasst|autor|author)\b/i;
/** A picture maker's role right after the name, alone or bracketed, then the end or a separator. */
const ROLE_AFTER = new RegExp(String.raw`^[,(/|–—-]?\s*${PICTURE_MAKER_PART}\s*\)?\s*(?:$|[,;|•·])`, "iu");
/** How much of the text before the element is read. */
const ROLE_LABEL_REACH = 40;
export function afterOtherRoleLabel(el: Element): boolean {
  const parent = el.parent as Element | null;
  if (!parent || parent.type !== "tag") return false;
  let before = "";
  for (const c of parent.children) {
    if (c === el) break;
    if (c.type === "text") before += (c as unknown as { data: string }).data;
    else if (c.type === "tag") before += " " + textOf(c as Element) + " ";
  }
  const tail = squash(before).slice(-ROLE_LABEL_REACH);
  if (tail.length > 0 && OTHER_ROLE_BEFORE.test(tail) && !WRITER_CREDIT_BEFORE.test(tail)) return true;
  // or a picture maker's role right after it, in its own element or bracketed ("<span class=author>Ann Lee</span> <span
  // class=role>Fotografin</span>", "<span itemprop=author>Ann Lee</span> (Fotografie)")
  let after = "";
  let seen = false;
  for (const c of parent.children) {
    if (c === el) seen = true;
    else if (seen) after += c.type === "text" ? (c as unknown as { data: string }).data : c.type === "tag" ? " " + textOf(c as Element) + " " : "";
    if (after.length > ROLE_LABEL_REACH) break;
  }
  return ROLE_AFTER.test(squash(after));
}

/**
 * Whether an element sits in a story item (an `<article>` or an item typed as an article) that is itself inside a list
 * of other stories (STORY_BOX_TOKEN: "related", "c-related", "also-read", "more-from"…) and does not hold the page's headline: the related post's own item, whose author property and byline
 * name that post's writer. Family: themes that mark every teaser of the "related" or "more stories" box up as its own
 * `<article itemscope itemtype=…/BlogPosting>` (the article element stops the plain chrome test).
 */
export function inOtherStoriesList(el: Element, h1: Element | null): boolean {
  let storyItem = false;
  for (let e = el.parent as Element | null; e && e.type === "tag" && e.name !== "body"; e = e.parent as Element | null) {
    if (h1 && holds(e, h1)) return false;
    if (e.name === "article" || e.attribs.itemscope !== undefined) storyItem = true;
    const hint = `${e.attribs.class ?? ""} ${e.attribs.id ?? ""}`.trim();
    if (storyItem && hint && hint.split(/\s+/).some((t) => STORY_BOX_TOKEN.test(t))) return true;
  }
  return false;
}
function holds(box: Element, el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parent as Element | null) if (e === box) return true;
  return false;
}

/**
 * Class or id tokens of a readers' thread named as a compound ("reader-comments", "user-comments", "readers-responses",
 * "responses", "discussion", "talkback"): COMMENT_TOKEN reads only tokens that start with the comment word.
 */
const READERS_THREAD_TOKEN = /^(?:(?:readers?|users?|visitors?|leser|lecteurs?|lectores?)[-_]?(?:comments?|kommentare?|commentaires?|comentarios?|responses?|reactions?|feedback)|responses|discussion|talkback|forum-posts)$/i;
/** A reply button's text ("Reply", "Antworten", "Répondre", "Responder", "Rispondi", "Beantwoorden"). */
const REPLY_BUTTON = /^(?:reply|antworten|répondre|repondre|responder|rispondi|beantwoorden|odpowiedz|svara|svar)$/i;
/** A comment's own date and time ("12 May 2022 at 10:02", "12.05.2022 um 10:02", "May 12, 2022 10:02 am"). */
const COMMENT_DATE_TIME = /\d{4}\s*(?:,?\s*(?:at|um|à|a las|alle|om|o)\s+)?\d{1,2}[:.h]\d{2}|\d{1,2}:\d{2}\s*(?:am|pm|uhr)/i;
/** How many levels up a comment's box is looked for. */
const READERS_THREAD_LEVELS = 6;
/** Above this much text a box is no one reader's comment. */
const COMMENT_BOX_MAX_CHARS = 1500;

/**
 * Whether an element sits in a reader's comment with no comment class: a box (a few levels up) that holds a reply
 * button and the comment's date with its time, is short and holds no headline (<h1>); or an ancestor whose class or id names a
 * readers' thread (READERS_THREAD_TOKEN). Family: comment systems and forum themes that class their items "item",
 * "entry", "post" and the writer's name "author" or "byline".
 */
export function inReadersThread(el: Element): boolean {
  let e: Element | null = el;
  for (let level = 0; e && e.type === "tag" && e.name !== "body"; level++, e = e.parent as Element | null) {
    const hint = `${e.attribs.class ?? ""} ${e.attribs.id ?? ""}`.trim();
    if (hint && hint.split(/\s+/).some((t) => READERS_THREAD_TOKEN.test(t)) && !holdsTag(e, "h1")) return true;
    if (level >= 1 && level <= READERS_THREAD_LEVELS && e.name !== "article" && e.name !== "main") {
      const text = squash(textOf(e));
      if (text.length <= COMMENT_BOX_MAX_CHARS && COMMENT_DATE_TIME.test(text) && hasReplyButton(e) && !holdsTag(e, "h1")) return true;
    }
  }
  return false;
}
function hasReplyButton(box: Element): boolean {
  const stack: Element[] = [box];
  for (let n = 0; stack.length && n < 300; n++) {
    const x = stack.pop() as Element;
    for (const c of tags(x)) {
      if ((c.name === "a" || c.name === "button") && REPLY_BUTTON.test(squash(textOf(c)))) return true;
      stack.push(c);
    }
  }
  return false;
}
function holdsTag(box: Element, name: string): boolean {
  const stack: Element[] = [box];
  for (let n = 0; stack.length && n < 2000; n++) {
    const x = stack.pop() as Element;
    for (const c of tags(x)) {
      if (c.name === name) return true;
      stack.push(c);
    }
  }
  return false;
}

/** A heading or a bold label that is only a contact label ("Contact", "Press contact", "Pressekontakt:", "Ansprechpartnerin"). */
const CONTACT_HEADING = new RegExp(String.raw`^(?:\p{L}{2,10}[\s-]?)?(?:${CONTACT_WORDS})(?:\s+(?:für|for|pour|para|per)\s+[\p{L}\s]{2,25})?\s*:?$`, "iu");
/** The writer's own contact ("Contact the author", "Kontakt zur Autorin"): the name under it is the writer's. */
const WRITER_CONTACT = /\b(?:autor|author|auteur|autore|writer|reporter|redakteur)/i;
/** Tags a box's label stands in. */
const LABEL_TAGS = new Set(["h2", "h3", "h4", "h5", "h6", "strong", "b", "dt", "th", "p", "div", "span"]);
/** How many levels up a contact box's label is looked for. */
const CONTACT_BOX_LEVELS = 3;
/** Above this much text a box is no contact card. */
const CONTACT_BOX_MAX_CHARS = 400;

/**
 * Whether an element stands in a contact card: a short box (a few levels up) whose label before the element is only a
 * contact label (CONTACT_HEADING; not the writer's "Contact the author"). The name there is the contact person's, even in
 * an element classed as the author. Family: press releases, association and company news with a "Press contact" or
 * "Ansprechpartner" card (the label and its colon on the name's own line: CONTACT_LABEL_LEAD).
 */
export function inContactCard(el: Element): boolean {
  let branch: Element = el;
  for (let level = 1; level <= CONTACT_BOX_LEVELS; level++) {
    const box = branch.parent as Element | null;
    if (!box || box.type !== "tag" || box.name === "body" || box.name === "article" || box.name === "main") return false;
    if (squash(textOf(box)).length > CONTACT_BOX_MAX_CHARS) return false;
    for (const c of box.children) {
      if (c === branch) break;
      const label = c.type === "text" ? squash((c as unknown as { data: string }).data) : c.type === "tag" && LABEL_TAGS.has((c as Element).name) ? squash(textOf(c as Element)) : "";
      if (label && CONTACT_HEADING.test(label) && !WRITER_CONTACT.test(label)) return true;
    }
    branch = box;
  }
  return false;
}

/** An about box's heading ("About me", "About the author", "Über mich", "Über uns", "À propos", "Sobre mí", "Chi sono"). */
const ABOUT_HEADING = /^(?:about(?:\s+(?:me|us|the\s+(?:author|blog|site|editor)|this\s+(?:blog|site)))?|über\s+(?:mich|uns|den\s+autor|die\s+autorin|diesen\s+blog)|à\s+propos(?:\s+de\s+(?:moi|nous|l['’]auteur))?|sobre\s+(?:mí|mim|nosotros|el\s+autor|o\s+autor)|chi\s+sono|o\s+mnie|over\s+mij|om\s+mig)\s*:?$/iu;
const HEADING_TAGS = new Set(["h2", "h3", "h4", "h5", "h6"]);
/** How many levels up a widget's box is looked for. */
const WIDGET_LEVELS = 5;

/**
 * Whether an element sits in a sidebar or footer widget that introduces someone ("About me", "About the author", "Über
 * mich" as the widget's heading): a box whose class or id starts with "widget" (WordPress and Blogger widget areas), or an
 * <aside>, that holds such a heading and no headline (<h1>). The name there is the site owner's or a profile's, not this
 * article's writer: on a page whose article prints no byline the profile is all that names anyone. Family: blog themes
 * with an "About me" profile widget (WordPress text and profile widgets, Blogger's Profile gadget) that mark the owner up
 * as an author.
 */
export function inAboutWidget(el: Element): boolean {
  let e: Element | null = el.parent as Element | null;
  for (let level = 0; e && e.type === "tag" && level < WIDGET_LEVELS && e.name !== "body" && e.name !== "article" && e.name !== "main"; level++, e = e.parent as Element | null) {
    const tokens = `${e.attribs.class ?? ""} ${e.attribs.id ?? ""}`.trim().split(/\s+/);
    if (e.name !== "aside" && !tokens.some((t) => /^widget/i.test(t))) continue;
    if (holdsTag(e, "h1")) return false;
    const stack: Element[] = [e];
    for (let n = 0; stack.length && n < 300; n++) {
      const x = stack.pop() as Element;
      for (const c of tags(x)) {
        if (HEADING_TAGS.has(c.name) && ABOUT_HEADING.test(squash(textOf(c)))) return true;
        stack.push(c);
      }
    }
  }
  return false;
}
