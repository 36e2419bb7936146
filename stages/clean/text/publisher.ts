/**
 * Who published a text dump and who wrote it, from the furniture around the story: the
 * copyright line and the donation / newsletter appeal name the publisher; an author box
 * ("Jane Doe" then "Jane Doe is a reporter…") names the author. A dump has no markup, so
 * these are line patterns, read only in the first and last lines of the dump, and a name
 * is kept only when it reads as a name (capitalised words, no sentence).
 */
import { AUTHOR_BOX_LABEL, blurbOpensWith, looksLikeName } from "./header.ts";
import { unwrapLinks } from "./blocks.ts";
import { commonWordClass } from "../../entities/lexicon.ts";
import { endsWithPlaceOrOrgHead, isGivenNameWord, isPersonName } from "./person.ts";
import { roleNounSource } from "./role-nouns.ts";
import { AGENCY_NAMES, CASELESS_BYLINES, CJK_BYLINE_LABELS, CJK_LABEL_TAIL, HAN_NAMES, JOB_TITLE_NOUNS } from "../html/byline-lexicon.ts";

/** How many lines at the top and at the bottom of a dump carry mastheads, appeals and footers. */
const TOP_LINES = 15;
const BOTTOM_LINES = 60;

/** A dump's non-empty lines, trimmed: the lines every reader below reads. */
export function nonEmptyLines(text: string): string[] {
  return text.split("\n").map((l) => l.trim()).filter(Boolean);
}
/**
 * The readers below take the dump's text, or its non-empty lines (`nonEmptyLines`) when the caller reads the dump
 * with more than one of them and splits it once.
 */
type Dump = string | readonly string[];
const linesOf = (dump: Dump): readonly string[] => (typeof dump === "string" ? nonEmptyLines(dump) : dump);
/**
 * a line as a reader sees it, Markdown links unwrapped and emphasis marks dropped ("**_Über die Autorin:_**",
 * "_Jane Doe (37) ist …_", "[Jane Doe](/team/jane-doe)"): the author-box readers below match the words a plain-text
 * render prints. Family: author boxes of Markdown dumps, whose label and blurb a theme sets in bold or italics and whose
 * name links the writer's page. A line with no mark is returned as it is (text dumps read as before).
 */
const MARKDOWN_MARK = /[*_[\\]/;
const asPlainLine = (line: string): string => (MARKDOWN_MARK.test(line) ? unwrapLinks(line) : line);

/**
 * A publisher's name: capitalised words (with "of", "the", "&"), digits allowed ("Radio 4") but not a year, no sentence.
 * Case-sensitive (session 27 mend): a lower-case word ("theme", "by", "photo") is no name word, so "WordPress theme by
 * Example" or "Photo by Jane Doe" is no name.
 */
const WORD = String.raw`(?!(?:19|20)\d{2}\b)[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*`;
const NAME = String.raw`((?:The\s+)?${WORD}(?:\s+(?:of|the|for|and|de|du|des|la|le|der|die|das|&|${WORD})){0,6})`;

/**
 * An office, a job or a desk as the last word of a name ("The President", "Our Editor", "The Founders", "The Team"): the
 * sender of a message box who is no publisher. The office column of text/role-nouns.ts and the byline lexicon's job nouns.
 */
const OFFICE_LAST = new RegExp(String.raw`(?<!\p{L})(?:${roleNounSource("office")}|${JOB_TITLE_NOUNS}|founders?|team|staff|desk|publishers?|principal|dean|pastor|board)s?$`, "iu");
/**
 * Lines that name the publisher, each with the family it covers. The first group is the name.
 * Tried on the dump's first and last lines, after the copyright footer (`copyrightName`).
 */
const PUBLISHER_LINES: { re: RegExp; why: string; notAnOffice?: true }[] = [
  {
    why: "reader-revenue appeal that names the paper: 'Support The Example Times!', 'Support Example News today'",
    re: new RegExp(String.raw`^(?:[Pp]lease\s+)?[Ss]upport\s+${NAME}(?:\s+today)?\s*[!.]?$`, "u"),
  },
  {
    why: "the heading of an appeal's box that names the paper: 'A Message from The Example Times:' (not an office or a desk, 'A Message From The President', 'A Message from the Editors')",
    re: new RegExp(String.raw`^A\s+[Mm]essage\s+[Ff]rom\s+${NAME}\s*[:.!]?$`, "u"),
    notAnOffice: true,
  },
  {
    why: "appeal text naming the paper: 'We, the journalists of The Example Times, …', 'By supporting The Example Times, you …'",
    re: new RegExp(String.raw`(?:journalists|editors|team|staff) (?:of|at) ${NAME}[,.]|^By supporting ${NAME},`, "u"),
  },
];

/**
 * Session 27: the part of a footer line that holds its copyright notice. A site footer prints the notice in a row of
 * links ("Copyright © 2019 Example Times | Privacy statement | Terms of service", "© 2015 Example Bureau | Privacy
 * Policy"), under a list bullet ("* © Example Press 2011-2019", a Markdown or text list of footer items) or after the
 * site's host ("example.org © 2003–2011 Example Weekly"). The segment from the sign to the next bar, with the bullet and
 * the host dropped, is read. Family: the footers of news, magazine and blog themes in any language.
 */
const FOOTER_BULLET = /^(?:[*+•·>-]\s*)+/u;
const HOST_BEFORE_SIGN = /^(?:[a-z0-9-]+\.)+[a-z]{2,12}\s+(?=©|\(c\)|copyright)/iu;
function copyrightSegment(line: string): string {
  const t = line.replace(FOOTER_BULLET, "").replace(HOST_BEFORE_SIGN, "");
  const bar = t.indexOf(" | ");
  return bar > 0 ? t.slice(0, bar).trim() : t;
}

/** Names that an appeal or footer line can hold but that are not a publisher. */
const NOT_A_PUBLISHER = /^(?:us|our|the|this|all|independent|journalism|local|quality|our work|the author|authors?|all rights reserved|copyright)$/i;
/** A rights notice, in the languages of the stop-word table ("All rights reserved", "Todos los derechos reservados"). */
const RIGHTS_NOTICE =
  "(?:all rights reserved|some rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|algunos derechos reservados|todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden)";
/**
 * Session 27: a rights notice where the name should stand ("© 2024 Todos los derechos reservados", "Copyright © All
 * Rights Reserved Example e.V."): removed from the name's start, and no name when nothing is left.
 */
const RIGHTS_RESERVED_LEAD = new RegExp(String.raw`^${RIGHTS_NOTICE}[\s.,]*`, "iu");
/**
 * Session 27 mend: where a rights notice follows the name ("Example Press. Tous droits réservés. Design by …",
 * "Example Courier All Rights Reserved"): the notice and all after it are cut. No other sentence may follow the name:
 * "© 2024 Example Agency. Photo: Jane Doe" is a picture's credit, "© 2024 Example Wire. This material may not be …"
 * a syndicated story's notice only when a rights notice is not what follows.
 */
const RIGHTS_NOTICE_AFTER = new RegExp(String.raw`[\s.,]+${RIGHTS_NOTICE}(?!\p{L}).*$`, "iu");
/** The sign and the year before the name ("©", "(c)", "Copyright ©", "© 2012-", "© 0 ", "Copyright 2019-20, ", "© by"). */
const COPYRIGHT_LEAD =
  /^(?:©|\(c\)|copyright)\s*(?:©|\(c\)|copyright)?\s*(?:(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)?\d{2}(?!\d))?)?|\d{1,2}(?!\d))\s*[,.]?\s*)?(?:by\s+)?/iu;
/**
 * A legal form after the name, no part of the site's name, once or more ("Example Media Inc.", "Example Courier Pty
 * Ltd", "Example Press, Limited").
 */
const LEGAL_FORM = String.raw`(?:[Pp]ty|PTY|[Ll]td|LTD|[Ll]imited|LIMITED|[Ii]nc|INC|LLC|llc|GmbH|GMBH|gmbh|[Pp]lc|PLC)`;
const LEGAL_FORMS_END = new RegExp(String.raw`(?:,?\s+${LEGAL_FORM}\.?)+$`, "u");
/** The name and what may close it after the lead: legal forms, a year or a year range, a full stop. */
const COPYRIGHT_NAME = new RegExp(String.raw`^${NAME}((?:,?\s+${LEGAL_FORM}\.?)*)\s*(?:(?:[-–,]\s*)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s*[.,]?\s*$`, "u");
/**
 * Session 27 mend: names a copyright line holds that are not the site's. A syndicated story prints its wire's notice
 * ("© 2024 The Example Press. All rights reserved. This material may not be published …") and a photo its agency's
 * credit ("© 2024 Example Images") above the site's own footer, and themes credit their maker there. Each entry with
 * its family:
 * - AGENCY_NAMES (html/byline-lexicon.ts): the spelt-out news agencies, whose notice closes every wire story;
 * - wire and photo agencies by their short names: AP, AFP, dpa, EPA, ANP, ANSA, APA, PA, UPI, Reuters;
 * - photo, stock and picture libraries: Getty Images, Shutterstock, iStock, Alamy, and any name closed by "Images",
 *   "Photos", "Pictures" or "Photography" (the credit line of a picture agency);
 * - theme, CMS and design credits: "Theme by …", "Powered by …", "Designed by …", "Photo by …", "Foto: …", the
 *   credit words in any case.
 */
const NOT_THE_SITE = [
  new RegExp(String.raw`^${AGENCY_NAMES}$`, "iu"),
  /^(?:AP|AFP|dpa|DPA|EPA|ANP|ANSA|APA|PA|UPI|Reuters|REUTERS)(?:\s+(?:Photo|Images|Media|Wire))?$/u,
  /^(?:Getty|Shutterstock|iStock(?:photo)?|Alamy)\b/iu,
  /\s(?:Images|Photos|Pictures|Photography|Stock)$/u,
  /\b(?:theme|themes|template|powered|designed|design|developed|hosted|photos?|fotos?|image|bild)\s+(?:by|von|por|par|di|door)\b|^(?:photo|foto|bild|image|credit)s?\s*:/iu,
];
/**
 * An interface line that names the site: an account's or a subscription's button or appeal ("Join Example", "Sign In to
 * Example", "Log in to Example", "Subscribe to Example", "Subscribe now to access Example News.", "Sign up for Example",
 * "Welcome to Example", "Follow Example" with its toggled state "Followed"), a list bullet allowed. Such a line names a
 * newsletter, a topic or a column as often ("Subscribe to The Morning Brief", "Follow Politics"), so the name counts only
 * when the dump's masthead prints it alone on a line too (`interfaceSiteName`). Family: the account, follow and paywall
 * buttons of news, magazine and blog themes, printed by a whole-page text or Markdown render.
 */
const SITE_INTERFACE_LINE = new RegExp(
  String.raw`^(?:[*+•·>-]\s*)*(?:[Jj]oin|[Ss]ign\s+[Ii]n\s+to|[Ll]og\s*[Ii]n\s+to|[Ss]ign\s+[Uu]p\s+(?:to|for)|[Ss]ubscribe(?:\s+now)?\s+to(?:\s+access)?|[Ww]elcome\s+to|[Ff]ollow)\s+${NAME}(?:\s+Followed)?\s*[.!]?$`,
  "u",
);
/** Whether a name is only ordinary English words and joining words ("The President", "Politics", "The Guardian"). */
const isOrdinaryWords = (name: string): boolean => name.split(/\s+/).every((w) => /^(?:of|the|for|and|&)$/i.test(w) || commonWordClass(w.toLowerCase()) === "common");
/**
 * A person's name (`isPersonName`, or a known given name first: "Mara Quill", "Joe Biden", "Mayor Jane Doe" after its
 * title word); a name opening with "The" is a title's, never a person's ("The Quill Times").
 */
function isPersonLike(name: string): boolean {
  if (/^The\s/u.test(name)) return false;
  const words = name.split(/\s+/);
  return isPersonName(name) || isGivenNameWord(words[0]) || (words.length >= 3 && isPersonName(words.slice(1).join(" ")));
}
/** A follow button's toggled state printed after its label ("Follow Example Followed"). */
const FOLLOWED_STATE = /\s+Followed$/u;
/** How far down the dump the masthead's name line may stand, in non-empty lines (the logo, then the menu). */
const MASTHEAD_NAME_LINES = 30;
/** The head and foot regions the interface buttons are read from, in non-empty lines (the masthead's and footer's). */
const BUTTON_HEAD_LINES = 60;
const BUTTON_FOOT_LINES = 80;
/** An account's button ("Join X", "Sign In to X", "Log in to X"): the only kind whose name may be a menu item's too. */
const ACCOUNT_BUTTON = /^(?:[*+•·>-]\s*)*(?:[Jj]oin|[Ss]ign\s+[Ii]n\s+to|[Ll]og\s*[Ii]n\s+to)\s/u;
/** A byline's line ("By Jane Doe", "Von …", "Por …"): the masthead ends above it. */
const BYLINE_OPENER = /^(?:by|von|par|por|oleh|di|door|av|af)\s+\p{Lu}/iu;
/**
 * The masthead's lines: the non-empty lines before the headline or the byline, at most MASTHEAD_NAME_LINES (a line of
 * six words or more that is no list item is the headline's or the prose's; a byline's line or a person's name alone
 * is the byline). Each with whether it was a list item.
 */
function mastheadLines(lines: readonly string[]): { text: string; bulleted: boolean }[] {
  const out: { text: string; bulleted: boolean }[] = [];
  for (const line of lines.slice(0, MASTHEAD_NAME_LINES)) {
    const bulleted = FOOTER_BULLET.test(line);
    const text = line.replace(FOOTER_BULLET, "").trim();
    if (!bulleted && (BYLINE_OPENER.test(text) || text.split(/\s+/).length >= 6 || (isPersonLike(text) && isPersonName(text)))) break;
    out.push({ text, bulleted });
  }
  return out;
}
/**
 * The site's name that an interface line names (SITE_INTERFACE_LINE) and the masthead prints alone on a line among the
 * dump's first MASTHEAD_NAME_LINES lines (the logo's text, a list bullet allowed), or null. A name of ordinary English
 * words only ("Comment", "Politics", "The Guardian"-shaped: entities/lexicon.ts `commonWordClass`) is a section's as
 * often and is not read.
 */
function interfaceSiteName(dumpLines: readonly string[]): string | null {
  // (Markdown: the buttons and the logo are links, "*   [Join Example](/register)", "[Example](/)": read as their text)
  const plain = (l: string) => (l.length > 400 ? l : asPlainLine(l));
  const masthead = mastheadLines(dumpLines.slice(0, MASTHEAD_NAME_LINES).map(plain));
  const region = dumpLines.length <= BUTTON_HEAD_LINES + BUTTON_FOOT_LINES ? dumpLines : [...dumpLines.slice(0, BUTTON_HEAD_LINES), ...dumpLines.slice(-BUTTON_FOOT_LINES)];
  for (const raw of region) {
    if (raw.length > 400) continue;
    const line = plain(raw);
    if (line.length > 120) continue;
    // ("Follow X" only in its toggled state, "Follow X Followed": an author's and a topic's follow button is printed
    //  under every story, the site's own is the one the reader already follows)
    const follow = /^(?:[*+•·>-]\s*)*[Ff]ollow\s/u.test(line);
    if (follow && !FOLLOWED_STATE.test(line)) continue;
    const m = SITE_INTERFACE_LINE.exec(line.replace(FOLLOWED_STATE, ""));
    if (!m) continue;
    const name = m[1].replace(/[\s.]+$/, "").trim();
    if (name.length < 2 || name.length > 60 || NOT_A_PUBLISHER.test(name) || isPersonLike(name)) continue;
    // (a menu item names a section, a topic or a newsletter as often: only an account's button or the toggled follow
    //  button may take the name from a list item, the others need the logo's line of its own)
    const listOk = ACCOUNT_BUTTON.test(line) || follow;
    if (!masthead.some((l) => l.text === name && (listOk || !l.bulleted))) continue;
    // (one ordinary word is a section's or a control's, "Sign In to Comment"; after "Follow" ordinary words are a
    //  topic's, "Follow Climate Change")
    if ((!/\s/.test(name) || /^(?:[*+•·>-]\s*)*[Ff]ollow\s/u.test(line)) && isOrdinaryWords(name)) continue;
    return name;
  }
  return null;
}

/**
 * A copyright line that prints the name before the sign ("Example Weekly © 2024", "Example News, 2018-2019 © All rights
 * reserved.", "Example Review (c) 2011-2020", "Example Inc © 2020"): the name, a year or a range before or after the sign, or a
 * rights notice after it (one of them at least), a legal form cut from the name.
 * Not a person's name (`isPersonName`): a photo's or a drawing's credit under a picture reads "Jane Doe © 2024". Family:
 * the footers of small sites' and magazines' themes that set the site's name first.
 */
const NAME_BEFORE_SIGN = new RegExp(
  String.raw`^${NAME}\s*[,.–-]?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*)?(?:©|\(c\)|\(C\))\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s*[.,]?$`,
  "u",
);
/** The site's name in a copyright footer line, or null (a bare notice, a third party's notice, no name's shape). */
function copyrightName(line: string): string | null {
  // (white space collapsed first: the patterns below put optional spaces side by side, and a run of hundreds of
  //  spaces would make them try every split of it)
  const segment = copyrightSegment(line.replace(/\s+/g, " "));
  const lead = COPYRIGHT_LEAD.exec(segment);
  if (!lead) return nameBeforeSign(segment);
  const rest = segment.slice(lead[0].length).replace(RIGHTS_RESERVED_LEAD, "").replace(RIGHTS_NOTICE_AFTER, "");
  const m = COPYRIGHT_NAME.exec(rest);
  if (!m) return null;
  const name = m[1].replace(LEGAL_FORMS_END, "").replace(/[\s.,-]+$/, "").trim();
  // (a full stop after a word of four letters or more, then another word, is a sentence's end: "Example Wire. Click
  //  For Restrictions"; an abbreviation's stop stays, "St. Example Post")
  if (/\p{L}{4,}\.\s/u.test(name)) return null;
  if (name.length < 3 || name.length > 60 || NOT_A_PUBLISHER.test(name) || NOT_THE_SITE.some((re) => re.test(name))) return null;
  return name;
}

/** The name of a copyright line that prints it before the sign (NAME_BEFORE_SIGN), or null. */
function nameBeforeSign(segment: string): string | null {
  if (segment.length > 160) return null;
  const bare = segment.replace(RIGHTS_NOTICE_AFTER, "").trim();
  const m = NAME_BEFORE_SIGN.exec(bare);
  // (a year or a rights notice with the sign: a brand's mark in a menu or a product's name, "Example News ©", "Example
  //  (c) Radio", is no footer's notice)
  if (!m || (bare === segment && !/(?:19|20)\d{2}/.test(bare.slice(m[1].length)))) return null;
  const name = m[1].replace(LEGAL_FORMS_END, "").replace(/[\s.,-]+$/, "").trim();
  // (one ordinary word is the label of a part of the page, "Text © 2024", "Photos © 2024", "Design © 2024"; a name
  //  ending in a joining word is a phrase's start, "Best of 2024 ©")
  if ((!/\s/.test(name) && isOrdinaryWords(name)) || /\s(?:of|the|for|and|&)$/iu.test(name)) return null;
  if (name.length < 3 || name.length > 60 || !/^\p{Lu}/u.test(name) || NOT_A_PUBLISHER.test(name) || NOT_THE_SITE.some((re) => re.test(name)) || isPersonName(name)) return null;
  return name;
}

/**
 * A copyright holder that reads as the outlet's parent company, not the site: a group, a media or publishing house or a
 * network ("Example Monthly Group", "Example Media", "Example Medien", "Example Holdings", "Example Networks",
 * "Example Publishing", "Example Mediengruppe"; legal forms already cut). Family: sites of media groups, whose footer
 * names the group under every title it owns ("© 2024 Example Media, LLC. All Rights Reserved" under "The Example").
 */
const PARENT_COMPANY_END = /(?<!\p{L})(?:group|media|medien|mediengruppe|verlagsgruppe|holdings?|networks?|corporation|communications|publishing|publications|enterprises)$/iu;
/**
 * The site's name that its masthead logo prints ("The Example logo", "Example News Logo", "![The Example logo](…)" in
 * Markdown): the name opens the line, or an image's alternative text or a link's text, and "logo" closes it (the line's
 * end, a stop, a bracket or a bar after it), so a headline that names a logo ("Why the New Example Logo Is …") and a
 * lead-in ("Presented by Example Bank logo", "Follow us: Example logo") are no masthead's. A name printed twice, by the
 * logo link's text and its image's, is read once ("The Example Times The Example Times logo"). Capitalised words, "of",
 * "the" and "&" between them.
 */
const LOGO_NAME = new RegExp(String.raw`^(?:\[?!?\[)?((?:The\s+)?(?![Ll]ogo(?![\p{L}\p{N}]))[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*(?:\s+(?:of|the|&|(?![Ll]ogo(?![\p{L}\p{N}]))[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*)){0,11}?)\s+[Ll]ogo(?=\s*(?:$|[.\]|)]))`, "u");
/** A name printed twice in a row ("X Y X Y"): the first copy, by a backreference. */
const DOUBLED_NAME = /^(.+?)\s+\1$/u;
/**
 * A logo's label, not a site's name: the words of the logo's place or style ("Site Header Logo", "Mobile Menu Logo",
 * "Dark Mode Logo", "White Logo", "Sticky Logo"), the colour words, and a sponsor's or partner's label; cut from the
 * name's end ("Example Site logo"), and a name of these words alone is none.
 */
const LOGO_LABEL_WORDS = new Set([
  "site", "header", "footer", "main", "mobile", "desktop", "menu", "nav", "navigation", "dark", "light", "mode", "sticky", "retina",
  "default", "image", "link", "home", "homepage", "print", "small", "large", "primary", "secondary", "alt", "alternate", "icon",
  "brand", "sponsor", "partner", "cookie", "consent", "white", "black", "red", "blue", "green", "yellow", "orange", "purple",
  "pink", "grey", "gray", "gold", "silver", "colour", "color", "coloured", "colored", "transparent", "inverted", "reversed",
  "monochrome", "new", "old", "top", "bottom",
]);
/**
 * Platforms whose logos a page prints beside its own: social networks, app stores, podcast and news apps, publishing
 * software, payment and sign-in buttons ("Facebook logo", "Download on the App Store logo", "Powered by WordPress logo",
 * "Apple Podcasts logo", "Google News logo"). A name whose first word, or whose whole, is one of them is never the site.
 */
const LOGO_PLATFORMS = new Set([
  "facebook", "twitter", "x", "instagram", "youtube", "linkedin", "tiktok", "pinterest", "snapchat", "whatsapp", "telegram",
  "reddit", "threads", "mastodon", "bluesky", "tumblr", "flipboard", "vimeo", "twitch", "discord", "google", "apple", "app store",
  "play store", "android", "ios", "spotify", "podcasts", "stitcher", "soundcloud", "wordpress", "substack", "medium", "ghost",
  "blogger", "squarespace", "wix", "rss", "amazon", "paypal", "visa", "mastercard", "microsoft", "newsletter", "email",
]);
/** Words before a logo's name that make it a third party's: sponsors, partners, platforms, share and follow buttons. */
const LOGO_LEAD_IN = /^(?:presented|sponsored|powered|supported|brought|funded|partner(?:ed)?|in|with|by|follow|download|get|share|subscribe|listen|watch)$/iu;

/** The name a logo line prints (LOGO_NAME), its label words cut, or null (a platform's, a label's, a lead-in's). */
function logoNameOf(line: string): string | null {
  if (line.length > 600) return null;
  const m = LOGO_NAME.exec(line);
  if (!m) return null;
  const printed = m[1].replace(/\s+/g, " ");
  const doubled = DOUBLED_NAME.exec(printed);
  const words = (doubled ? doubled[1] : printed).split(" ");
  if (LOGO_LEAD_IN.test(words[0])) return null;
  while (words.length > 0 && LOGO_LABEL_WORDS.has(words[words.length - 1].toLowerCase())) words.pop();
  if (words.length === 0 || words.length > 6 || words.every((w) => LOGO_LABEL_WORDS.has(w.toLowerCase()) || /^(?:of|the|&)$/i.test(w))) return null;
  const name = words.join(" ");
  if (LOGO_PLATFORMS.has(words[0].toLowerCase()) || LOGO_PLATFORMS.has(name.toLowerCase()) || LOGO_PLATFORMS.has(words.slice(0, 2).join(" ").toLowerCase())) return null;
  // (one ordinary English word is a logo's label, "Print logo", "Footer logo": entities/lexicon.ts `commonWordClass`)
  if (words.length === 1 && commonWordClass(name.toLowerCase()) === "common") return null;
  return name;
}
/**
 * The outlet's name its masthead logo prints (`logoNameOf`, the first TOP_LINES lines), when the name is not the parent
 * company's own and the dump prints it again in a line that is no logo's (the masthead's title, a story's credit, the
 * footer's links): a sponsor's or a platform's logo is printed once.
 */
function mastheadLogoName(lines: readonly string[], company: string): string | null {
  for (const line of lines.slice(0, TOP_LINES)) {
    const name = logoNameOf(line);
    if (!name || name.length < 2 || name.length > 60 || name.toLowerCase() === company.toLowerCase() || NOT_A_PUBLISHER.test(name)) continue;
    if (lines.some((l) => l.length <= 600 && !/(?<![\p{L}\p{N}])logo(?![\p{L}\p{N}])/iu.test(l) && l.includes(name))) return name;
  }
  return null;
}

/**
 * Whether a name is printed again in the dump outside `line`: alone on a masthead line (`mastheadLines`) or inside a
 * copyright line of the head or foot region.
 */
function confirmedElsewhere(lines: readonly string[], line: string, name: string): boolean {
  if (mastheadLines(lines.slice(0, MASTHEAD_NAME_LINES).map((l) => (l.length > 400 ? l : asPlainLine(l)))).some((l) => l.text === name)) return true;
  const region = lines.length <= BUTTON_HEAD_LINES + BUTTON_FOOT_LINES ? lines : [...lines.slice(0, BUTTON_HEAD_LINES), ...lines.slice(-BUTTON_FOOT_LINES)];
  return region.some((l) => l !== line && l.length <= 300 && /©|\(c\)|copyright/iu.test(l) && l.includes(name));
}

/**
 * The publisher named in a dump's copyright footer, appeal or masthead lines, or null. (Session 27 mend: the copyright
 * line nearest the dump's end first, reading the last BOTTOM_LINES lines upward, then the first TOP_LINES downward: the
 * site's own footer closes the page, and a wire's notice or a photo credit under the story stands above it.)
 */
export function publisherOfDump(dump: Dump): string | null {
  const lines = linesOf(dump);
  const zone = lines.length <= TOP_LINES + BOTTOM_LINES ? lines : [...lines.slice(0, TOP_LINES), ...lines.slice(-BOTTOM_LINES)];
  const bottomFirst = lines.length <= TOP_LINES + BOTTOM_LINES ? [...zone].reverse() : [...lines.slice(-BOTTOM_LINES).reverse(), ...lines.slice(0, TOP_LINES)];
  for (const line of bottomFirst) {
    if (line.length > 300) continue;
    const name = copyrightName(line);
    if (name) return (PARENT_COMPANY_END.test(name) && mastheadLogoName(lines, name)) || name;
  }
  for (const { re, notAnOffice } of PUBLISHER_LINES) {
    for (const line of zone) {
      if (line.length > 300) continue;
      const m = re.exec(line);
      // the name ends at a sentence break ("Example Courier. All rights reserved")
      const name = m ? (m[1] ?? m[2] ?? "").split(/\.\s|\s+all rights/i)[0].replace(/[\s.,-]+$/, "").trim() : "";
      // (the sender of a message box: no office word anywhere, no person's name, and the name printed again as the
      //  masthead's line or in a copyright line, so a sponsor's box, "A Message from Example Bank", names no site)
      if (notAnOffice && (OFFICE_LAST.test(name) || name.split(/\s+/).some((w) => OFFICE_LAST.test(w)) || isPersonLike(name) || !confirmedElsewhere(lines, line, name))) continue;
      if (name.length >= 3 && name.length <= 60 && !NOT_A_PUBLISHER.test(name) && /\p{Lu}/u.test(name)) return name;
    }
  }
  return interfaceSiteName(lines);
}

/**
 * Author boxes at the bottom of a dump: a name line, then (within two lines) a blurb that
 * opens with the same name ("Jane Doe is a reporter…", "Jane Doe (@jd) covers…").
 */
const BLURB_OPENING = /^\s*(?:is|was|has|\(|,|covers|writes|reports|joined)/;

/**
 * A box's blurb that says the name is an organisation: "X is an independent news agency…", "X (a link a renderer
 * dropped) is a policy institute and publishing house…". Family: group accounts (desks, agencies, think tanks,
 * publishers, NGOs) that sign pieces on blogs and CMS sites through the same author box as a person. Such a box names
 * the publisher, not an author. The words between the article and the organisation noun may not hold a preposition,
 * a relative word or a job title, so "Jane Doe is a reporter with the agency" stays a person's box.
 */
const ORGANISATION_NOUN =
  "company|agency|organi[sz]ation|think[- ]tank|publisher|publication|newspaper|magazine|news\\s*(?:site|portal|service|website|outlet)|outlet|website|portal|platform|broadcaster|foundation|institute|charity|non-?profit|ngo|firm|collective|cooperative|network";
const NOT_BETWEEN = new RegExp(String.raw`^(?:with|at|for|of|in|on|from|by|to|who|that|which|and|covering|based|${JOB_TITLE_NOUNS})s?$`, "i");
const ORGANISATION_BLURB = new RegExp(String.raw`^\s*(?:\([^)]{0,80}\)|\()?\s*,?\s*(?:is|was|has\s+been)\s+(?:an?|the)\s+((?:[\p{L}\p{N}'’&-]+\s+){0,6}?)(?:${ORGANISATION_NOUN})\b`, "iu");

/** An author box near the end of a dump: the name, and whether its blurb describes an organisation. */
export function authorBoxOfDump(dump: Dump): { name: string; organisation: boolean } | null {
  const all = linesOf(dump);
  const lines = all.slice(Math.max(0, all.length - BOTTOM_LINES)).map(asPlainLine);
  for (let i = 0; i < lines.length - 1; i++) {
    const name = lines[i];
    if (name.length > 60 || !looksLikeName(name)) continue;
    for (let k = i + 1; k <= i + 2 && k < lines.length; k++) {
      const next = lines[k];
      if (!(next.length > name.length + 20 && next.startsWith(name))) continue;
      const rest = next.slice(name.length);
      if (!BLURB_OPENING.test(rest)) continue;
      const org = ORGANISATION_BLURB.exec(rest);
      const organisation = !!org && org[1].split(/\s+/).filter(Boolean).every((w) => !NOT_BETWEEN.test(w));
      return { name, organisation };
    }
  }
  return null;
}

/** The author named by a person's author box near the end of a dump, or null (an organisation's box names the site). */
export function authorOfDump(dump: Dump): string | null {
  const box = authorBoxOfDump(dump);
  return box && !box.organisation ? box.name : null;
}

/** The organisation an author box near the end of a dump describes ("X is a news agency…"), or null. */
export function organisationOfDump(dump: Dump): string | null {
  const box = authorBoxOfDump(dump);
  return box?.organisation ? box.name : null;
}

/**
 * A label and a name on one line, a separator between them ("About the Author - Jane Doe"): two or three name words
 * (session 22 mend: four capitalised words after the label are a firm's or a prize's name as often, "About the author:
 * Lena Marsh Design Studio").
 */
const LABEL_SEPARATOR_NAME = /^(.{3,40}?)\s*[-–—:|]\s*((?:\p{Lu}[\p{L}'’.-]*\s+){1,2}\p{Lu}[\p{L}'’-]*)\s*$/u;
/** How far under the label the name may stand, in non-empty lines. */
const AUTHOR_BOX_NAME_LINES = 2;
/** What may follow the name on its line: its blurb ("Jane Doe (37) ist …", "Jane Doe, reporter", "Jane Doe is …"). */
const AFTER_BOX_NAME = /^\s*(?:$|\(|,|–|—|-\s|(?:is|was|ist|war|est|était|es|era|è|schreibt|writes|works|arbeitet)\b)/iu;
/** Markdown or quoting marks a renderer leads a line with ("## About the author", "> Jane Doe"), passed over. */
const MARKUP_LEAD = /^[#*>\s]+/;

/** The name an author box's label introduces (AUTHOR_BOX_LABEL), or null: 2 to 4 capitalised words, a known given name first. */
export function labelledAuthorOfDump(dump: Dump): string | null {
  const lines = linesOf(dump).map(asPlainLine);
  for (let i = 0; i < lines.length; i++) {
    // (Session 22: the name on the label's own line after a separator, "About the Author - Jane Doe", "Über die
    //  Autorin: Jane Doe": the box's heading that names the writer, on the dump's last line too. Family: author boxes
    //  of blogs and advice sites. Not a name with a place's or an organisation's head noun last, "… Institute".)
    const onLine = lines[i].length <= 80 ? LABEL_SEPARATOR_NAME.exec(lines[i].replace(MARKUP_LEAD, "")) : null;
    if (onLine && AUTHOR_BOX_LABEL.test(onLine[1]) && isPersonName(onLine[2]) && !endsWithPlaceOrOrgHead(onLine[2])) return onLine[2];
    if (lines[i].length > 40 || !AUTHOR_BOX_LABEL.test(lines[i].replace(MARKUP_LEAD, ""))) continue;
    const window = lines.slice(i + 1, i + 1 + AUTHOR_BOX_NAME_LINES).map((l) => l.replace(MARKUP_LEAD, ""));
    // (the full name first, anywhere in the window: "About the author" / "Mark" / "Mark Lowe is a historian …")
    for (const line of window) {
      const m = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)/u.exec(line);
      if (m && isPersonName(m[1]) && AFTER_BOX_NAME.test(line.slice(m[1].length))) return m[1];
    }
    // (a known given name alone on its line, the blog writer's box "About the author" / "Jane" / "Jane writes …",
    //  only when the blurb under it opens with it: a place or a section passes the given-name test, "Georgia")
    for (let k = 0; k < window.length; k++) {
      const line = window[k];
      if (/^\p{Lu}\p{Ll}{2,}$/u.test(line) && isGivenNameWord(line) && blurbOpensWith(lines[i + 2 + k]?.replace(MARKUP_LEAD, ""), line)) return line;
    }
  }
  return null;
}

/**
 * Session 23: a byline label of a script without letter case and its name: Chinese 作者 / 记者 / 撰文 … / 责任编辑 / 编辑
 * (html/byline-lexicon.ts CJK_BYLINE_LABELS, the HTML reader's) and Japanese 執筆 (written by) / 編集 (editor), then a
 * colon and a name of two to four Han characters (several joined by "、"), CJK_LABEL_TAIL ("作者：王小明", "责任编辑：
 * 王小明", "【编辑：李华】", "編集：山田太郎"). Not a photo credit ("… 摄"). Family: the credit lines of Chinese portals and
 * wire services and of Japanese news and magazine sites. A label with no colon ("编辑推荐", a menu entry) is not read.
 * (Session 23 mend: the writer's label first, anywhere on a line, "2023-05-06 08:30 来源：某某网 作者：王小明"; the
 * editor's, 责任编辑 / 编辑 / 編集, names the author only when no writer's label or credit does, and only alone on its
 * line: portals print the desk editor under every article, the writer in the header.)
 */
const CJK_EDITOR_LABELS = ["责任编辑", "責任編輯", "编辑", "編輯", "編集"];
const CJK_WRITER_LABELS = [...CJK_BYLINE_LABELS.filter((l) => !CJK_EDITOR_LABELS.includes(l)), "執筆"];
const CJK_WRITER_LABEL = new RegExp(String.raw`(?:^|[^\p{Script=Han}])(?:${CJK_WRITER_LABELS.join("|")})${CJK_LABEL_TAIL}`, "u");
/** A reporter's credit in brackets inside a wire story's opening line, "……电（记者王小明）", "（記者 王小明）". */
const CJK_BRACKETED_REPORTER = new RegExp(String.raw`[（(〔【]\s*(?:记者|記者)\s*${HAN_NAMES}\s*[）)〕】]`, "u");
const CJK_EDITOR_LINE = new RegExp(
  String.raw`^[【\[（(〔]?\s*(?:${CJK_EDITOR_LABELS.join("|")})${CJK_LABEL_TAIL}\s*[】\]）)〕]?$`,
  "u",
);
/**
 * A credit that names no person: "佚名" (anonymous), "小编" (the site's "little editor"), "本站…" / "本网…" (this site),
 * "…编辑部" / "…編輯部" / "…編集部" (the editorial office).
 */
const CJK_PLACEHOLDER_NAME = /^(?:佚名|匿名|小编|小編|本站|本网|本網)|(?:编辑部|編輯部|編集部|编辑|編集)$/u;
/** The name of the dump's first writer's credit, else of its first editor's line, or null. */
export function caselessBylineOfDump(dump: Dump): string | null {
  const lines = linesOf(dump);
  const first = (read: (line: string) => string | undefined): string | null => {
    for (const line of lines) {
      if (line.length > 300) continue;
      const name = read(line);
      if (name && !CJK_PLACEHOLDER_NAME.test(name)) return name;
    }
    return null;
  };
  return (
    first((line) => CJK_WRITER_LABEL.exec(line)?.[1] ?? CJK_BRACKETED_REPORTER.exec(line)?.[1]) ??
    first((line) => CASELESS_BYLINES.map((b) => b.re.exec(line)?.[1]).find((n) => n && !CJK_PLACEHOLDER_NAME.test(n))) ??
    first((line) => (line.length <= 30 ? CJK_EDITOR_LINE.exec(line)?.[1] : undefined))
  );
}
