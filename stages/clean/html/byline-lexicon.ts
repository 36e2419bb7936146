/**
 * Data tables for telling a byline from the other names a page prints (metadata.ts, html.ts):
 * site owners in copyright lines, customer testimonials, teaser cards for other stories, places
 * in author fields, and the labels that introduce a byline in scripts without letter case.
 * Each entry names the family of pages it covers.
 */

import { dateLabelAlternation } from "../text/date-labels.ts";
import { roleNounSource } from "../text/role-nouns.ts";

/**
 * A copyright clause in the page text: "© 2019 Example by Ann Lee", "Copyright (c) 2012- Ann Lee.
 * All rights reserved", "(CC licence) 2006-2008 by Ann Lee". The name there is the site's owner or
 * operator (small-business sites, regional portals, one-person news sites), not the article's
 * byline: a declared author shown only there is not shown as a byline. Up to the next sentence end.
 */
export const COPYRIGHT_CLAUSE = /(?:©|\(c\)|\bcopyright\b|\blizenz\)|\blicen[cs]e\))[^.!?|]{0,80}/giu;

/**
 * Credit clauses that name someone in another role than the article's author: the site's owner or
 * legally responsible person in an imprint ("Inhaber: Ann Lee", "V.i.S.d.P. Ann Lee", "Verantwortlich
 * für den Inhalt: …", "Geschäftsführerin …", "Herausgeber …", "Owner: …", "Managing director …"), the
 * site's maker ("Webdesign: …", "Theme by …", "Website by …", "Powered by …"), and photo, picture and
 * video credits ("Foto: Ann Lee", "Photo by …", "Bild: …", "Photograph: …", "Video: …"). A declared author the
 * page shows only in such a clause (or a copyright line) is not shown as a byline. A label needs its colon
 * (or its "by"/"von"); the clause runs to the next sentence end or bar, and stops before a byline word
 * ("Foto: privat Von Ann Lee" keeps the byline). A photo credit joined to the text's ("Text und Fotos: Ann
 * Lee", TEXT_AND_PHOTOS before it) is a byline.
 */
export const ROLE_CREDIT_CLAUSE = /(?:\b(?:inhaber(?:in)?|geschäftsführ(?:er|erin|ung)|verantwortlich(?: für den inhalt)?|herausgeber(?:in)?|betreiber(?:in)?|owner|proprietor|managing director|webmaster|web-?design|fotos?|fotografie|photos?|photograph|bild(?:er)?|bildnachweis|image|video|crédits? photo)\s*[:：]|\bv\.\s?i\.\s?s\.\s?d\.\s?p\.?|\b(?:photos?|images?|theme|design|designed|website|site|powered|developed|realisiert|umgesetzt)\s+(?:by|von)\b)(?:(?!\b(?:by|von|par|por|text)\b)[^.!?|]){0,50}/gi;
/** Just before a ROLE_CREDIT_CLAUSE: the text's credit it is joined to ("Text und Fotos:", "Words and photos:"). */
export const TEXT_AND_PHOTOS = /\b(?:text|texte|words)\s*(?:und|and|et|&|\+|\/|,)\s*$/i;

/**
 * Class tokens (their start, after a one- or two-letter namespace such as "c-") of boxes whose names are not the article's byline, wherever they sit on the page:
 * customer testimonials and reviews of a service ("testimonial-author", "kundenstimme"), pull
 * quotes and their attribution ("quote-author", "blockquote__cite"), teaser cards of other
 * stories ("teaser-content", "o-teaser") that print their own author, and the credit rows of
 * embedded videos and photos ("mediaBox__byline", "video-byline", "caption-credit", "image-credit").
 */
export const NOT_BYLINE_BOX = /^(?:[a-z]{1,2}-)?(?:testimonial|kundenstimme|quote|pullquote|blockquote|teaser|mediabox|mediainfo|video|caption|(?:image|photo|foto|bild|img|picture)[-_]?credit)/i;
/**
 * Class tokens (their start, after a one- or two-letter namespace) of a list of readers' or customers' reviews: the
 * list, its items, its reviewers' names ("reviews", "review-list", "review-item", "customer-reviews", "user-review",
 * "product-reviews", German "bewertungen", "kundenbewertung", "rezensionen", French "avis-clients", Spanish "opiniones",
 * Italian "recensioni"). A name in it is a reviewer's, not the article's writer (a box holding the headline is the
 * article itself: a review site's "review-list" layout). Only list-shaped tokens ("reviews", "reviews-list",
 * "reviews-wrapper", "review-items"), and only around the byline (html/metadata.ts notByline): not the singular "review"
 * alone, nor "review-author", "review-body", "review-card", nor a BEM "reviews" component's part ("c-reviews__author"):
 * a critic's review page prints its byline there. Family: shop, recipe, travel and service pages
 * that list reviews under their text (html/metadata.ts notByline).
 */
export const REVIEW_LIST_BOX = /^(?:[a-z]{1,2}-)?(?:reviews(?:$|[-_]{1,2}(?:list|wrapper|container|section|items?|block)s?$)|review-?(?:list|items|entries|cards|blocks)\b|(?:customer|user|product|guest|reader|client)[-_]?reviews?|bewertungen|kundenbewertung|rezensionen|avis[-_]clients?|opiniones|recensioni)/i;
/** Tags whose names are not the article's byline: a quotation's source, a photo's caption and credit. */
export const NOT_BYLINE_TAGS: ReadonlySet<string> = new Set(["blockquote", "figure", "figcaption"]);

/**
 * schema.org item types (microdata `itemscope itemtype=…`, last path segment, lower case) whose `author` is not the
 * page's article's: a reader's comment or review, a photo's or a video's creator (the photo credit), a list or teaser
 * item (another story), and the page regions WebSite themes mark up (`WPSideBar`, `WPFooter`, `WPHeader`,
 * `SiteNavigationElement`, `WPAdBlock`). Family: `itemprop=author` (and byline elements) inside another item, on
 * every CMS that emits microdata, and a work the page describes (a book, a film, a product, an event); the item an element belongs to is the nearest `itemscope` above it. A comment,
 * review or list item that holds the page's <h1> or most of its text is the page's own item (a review site types its articles `Review`).
 */
/** The page regions among OTHER_ITEM_TYPES: never the article's item, even when the site's title is their <h1>. */
export const PAGE_REGION_ITEM_TYPES: ReadonlySet<string> = new Set(["wpsidebar", "wpfooter", "wpheader", "wpadblock", "sitenavigationelement"]);
export const OTHER_ITEM_TYPES: ReadonlySet<string> = new Set([
  "comment", "usercomments", "answer", "question", "review", "rating", "aggregaterating", "criticreview", "employerreview",
  "imageobject", "photograph", "videoobject", "audioobject", "mediaobject", "clip",
  "listitem", "itemlist", ...PAGE_REGION_ITEM_TYPES,
  // a work the page describes, sells or lists: a book's, film's or album's author, a product's or event's, a quotation's
  // (book reviews, shops, event calendars and quote boxes: the work's maker, not the page's writer)
  "book", "movie", "tvseries", "tvepisode", "musicalbum", "musicrecording", "videogame", "softwareapplication", "product", "event", "course", "quotation",
]);

/**
 * A writer's page linked by a relative address with no leading slash ("auteur/ann-lee", "../author/ann-lee"), as SPIP and
 * static-site generators print them: the folder first, then the name's folder.
 */
const RELATIVE_WRITER_PAGE = String.raw`^(?:\.{1,2}\/)*(?:authors?|autor(?:en|in|i|es)?|auteurs?|autore|journalists?|redakteur(?:in)?|writers?)\/[^/?#\s]`;

/**
 * A writer's profile by handle, the last part of the path: "/@ann-lee", "https://example.com/@annlee" (Medium, Substack,
 * Ghost and Mastodon-style publishing platforms). Not part of AUTHOR_PAGE_HREF: the same path on another host is a social
 * network's or another platform's profile (a quoted person's Threads or Mastodon card, an expert box), so the metadata
 * reader takes it only on the page's own site (isAuthorPageHref in metadata.ts).
 */
export const HANDLE_PAGE_HREF = /\/@[\w.-]{2,40}\/?(?:$|[?#])/;

/**
 * A link around a byline element goes to the author's page ("/author/ann-lee", "/by/ann-lee", "/autor/",
 * "/profile/", "/people/", "/journalist/", "/members/"); any other link around it that also wraps a
 * heading or an image makes it a teaser card for another story
 * ("<a href=/other-story><h3>…</h3><div class=author-name>Von …</div></a>").
 */
export const AUTHOR_PAGE_HREF = new RegExp(String.raw`\/(?:authors?|by|autor(?:en|in|i|es)?|auteurs?|autore|profiles?|people|persons?|journalists?|reporters?|columnists?|correspondents?|experts?|redakteur|team|staff|members?|users?|mitarbeiter|contributors?|writers?)(?:\/|$|[-_.?#])|[?&](?:author|autor|user)=|${RELATIVE_WRITER_PAGE}`, "i");

/**
 * The writer's own page among AUTHOR_PAGE_HREF's paths ("/author/ann-lee", "/autorin/", "/auteur/", "/journalist/",
 * "/reporter/", "/columnist/", "/redakteur/"): the paths a byline link leads to. Without "/people/", "/profiles/",
 * "/experts/", "/team/", "/staff/", "/members/", "/users/" and "/contributors/", which tag rows, quoted experts, coaches
 * and commenters link to as often. For a bare author link near the headline (authorPageLinkName's source).
 */
export const WRITER_PAGE_HREF = new RegExp(String.raw`\/(?:authors?|by|autor(?:en|in|i|es)?|auteurs?|autore|journalists?|reporters?|columnists?|correspondents?|redakteur(?:in)?|writers?)(?:\/|$|[-_.?#])|[?&](?:author|autor)=|${RELATIVE_WRITER_PAGE}`, "i");

/**
 * Wire agencies' codes, lower-cased: after a spaced slash behind a writer's name ("Ann Lee / dpa", "Ann Lee / AFP") the
 * wire credit of copy the writer reworked. Any other code there ("/ BBC", "/ NYT") is a second credit and stays, as ", NDR"
 * does. Family: German, Austrian, Swiss, French, Spanish, Italian, Dutch, Nordic, Eastern European and English-language
 * wire services.
 */
export const WIRE_AGENCY_CODES: ReadonlySet<string> = new Set([
  "dpa", "afp", "ap", "epd", "kna", "apa", "sda", "ats", "anp", "efe", "ansa", "pap", "ctk", "čtk", "tass", "aap", "upi",
  "sid", "dts", "ddp", "dapd", "belga", "ntb", "tt", "stt", "hina", "sta", "bta", "mti", "lusa", "ria", "ukrinform", "ips",
]);

/**
 * The last word of an outlet's name opened by "The" ("The Harbour Herald", "The Riverside Courier", "The Daily Post"):
 * a byline part that is "The" and capitalised words ending in one is an outlet, not a person ("The Anh Nguyen", "The
 * Rev. Bo Ek" are). Family: English-language newspaper, magazine and broadcaster names.
 */
export const OUTLET_END_WORDS = "Times|Post|Herald|News|Journal|Courier|Gazette|Tribune|Press|Star|Telegraph|Guardian|Chronicle|Observer|Independent|Standard|Mail|Mirror|Express|Examiner|Inquirer|Enquirer|Register|Record|Review|Globe|Sun|Monitor|Bulletin|Dispatch|Sentinel|Advertiser|Argus|Mercury|Echo|Leader|Magazine|Weekly|Daily|Times-Union|Chronicle-Telegram|Wire|Report";

/**
 * A link to a category, tag or section page ("/category/gardening/", "/tag/ponds", "/rubrik/kultur/", "?cat=12"): an
 * author element whose only link leads there prints the post's category, not its writer. Family: blog themes that
 * mark the category link of the entry-meta row with the author's markup (`itemprop=author`, `class=author`).
 */
export const CATEGORY_PAGE_HREF = /\/(?:category|categories|cat|tags?|topics?|section|sections|rubri[kc]|rubriques?|kategorie|kategorien|categorie|categoria|themen|thema|schlagwort)(?:\/|$)|[?&](?:cat|tag)=/i;

/**
 * Wire agencies by their spelt-out names (lower case), for a byline part that prints one after the writer's whole name with
 * no separator ("Ann Lee Reuters", "Ann Lee The Associated Press", "Ann LeeReuters" where two spans run together): the
 * agency the copy came from, not a third name. Short codes ("AFP", "dpa") after a name without a separator are not cut:
 * they are a name's initials as often. Family: wire copy republished by news sites and portals, whose byline row sets the
 * writer and the agency in two spans. (Bracketed, slashed and dashed agencies are NAME_TAILS'.)
 */
export const AGENCY_NAMES = String.raw`(?:the\s+)?(?:associated\s+press|reuters|thomson\s+reuters|bloomberg(?:\s+news)?|agence\s+france[-\s]presse|united\s+press\s+international|canadian\s+press|press\s+association|pa\s+media|australian\s+associated\s+press|kyodo(?:\s+news)?|yonhap(?:\s+news(?:\s+agency)?)?|xinhua(?:\s+news\s+agency)?|anadolu(?:\s+agency|\s+ajansı)?|europa\s+press|agencia\s+efe|deutsche\s+presse-agentur|ria\s+novosti|interfax)`;

/**
 * Countries (English, German, French, Spanish names): an author field whose part is one is a
 * dateline place ("Frankfurt, Germany", "Paris, France", "Madrid, España") that news CMSs put in
 * the author tag or the byline row, not a person.
 */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set([
  "germany", "deutschland", "allemagne", "alemania", "austria", "österreich", "autriche", "switzerland", "schweiz", "suisse", "suiza",
  "france", "frankreich", "francia", "spain", "spanien", "espagne", "españa", "italy", "italien", "italie", "italia", "portugal",
  "netherlands", "niederlande", "pays-bas", "belgium", "belgien", "belgique", "bélgica", "poland", "polen", "pologne", "polonia",
  "united kingdom", "uk", "england", "großbritannien", "royaume-uni", "reino unido", "ireland", "irland", "irlande", "irlanda",
  "usa", "u.s.", "united states", "vereinigte staaten", "états-unis", "estados unidos", "canada", "kanada", "mexico", "mexiko", "méxico",
  "brazil", "brasilien", "brésil", "brasil", "argentina", "argentinien", "argentine", "chile", "colombia", "kolumbien", "colombie",
  "peru", "perú", "venezuela", "china", "chine", "japan", "japon", "japón", "india", "indien", "inde", "russia", "russland",
  "russie", "rusia", "ukraine", "ucrania", "turkey", "türkei", "turquie", "turquía", "israel", "egypt", "ägypten", "egipto",
  "south africa", "südafrika", "nigeria", "kenya", "kenia", "australia", "australien", "australie", "new zealand", "neuseeland",
  "sweden", "schweden", "suède", "suecia", "norway", "norwegen", "norvège", "noruega", "denmark", "dänemark", "danemark",
  "dinamarca", "finland", "finnland", "finlande", "finlandia", "greece", "griechenland", "grèce", "grecia", "czech republic",
  "tschechien", "hungary", "ungarn", "hongrie", "hungría", "romania", "rumänien", "roumanie", "rumania",
]);

/**
 * Byline labels of scripts without letter case, before a name of two to four characters:
 * Chinese 作者 (author), 记者/記者 (reporter), 责任编辑/責任編輯 (editor in charge, the byline of
 * wire-service and portal articles), 编辑/編輯 (editor), 撰文/撰稿/采写 ("written by", magazine and portal credits);
 * Japanese 著者, 筆者; Korean 기자 follows the name. Several names after one label are joined by "、" ("作者：王小明、李华").
 * Best first.
 */
export const CJK_BYLINE_LABELS = ["作者", "记者", "記者", "著者", "筆者", "撰文", "撰稿", "采写", "採寫", "责任编辑", "責任編輯", "编辑", "編輯"];

/**
 * Pattern sources shared by the Chinese bylines (CASELESS_BYLINES here, CJK_LABEL_NAME in html/metadata.ts): the name,
 * two to four characters or up to four such names joined by "、" ("王小明、李华"), as a group; and the guard after it
 * that the line is no photo credit ("记者 王小明 摄", "… 攝": "photographed by").
 */
export const HAN_NAMES = String.raw`([\p{Script=Han}]{2,4}(?:、[\p{Script=Han}]{2,4}){0,3})`;
export const NOT_PHOTO_CREDIT = String.raw`(?!\s*[摄攝])`;
/**
 * What follows a CJK_BYLINE_LABELS label: its colon, an optional "reporter" title, the name (several joined by "、":
 * "作者：王小明、李华"); not a photo credit ("记者 王小明 摄"). Shared by the HTML reader (html/metadata.ts CJK_LABEL_NAME)
 * and the text reader (text/publisher.ts).
 */
export const CJK_LABEL_TAIL = String.raw`\s*[:：]\s*(?:记者|記者)?\s*${HAN_NAMES}(?![\p{Script=Han}])${NOT_PHOTO_CREDIT}`;
/**
 * Nouns that follow 作者 / 记者 with a space in headings and labels, not a name: "作者 简介" (about the author), "记者 会见" /
 * "记者 招待会" (press conference), "作者 专栏" (column), "记者 手记" (reporter's notes), "作者 信息" (author info).
 */
const HAN_LABEL_NOUNS = String.raw`(?:简介|簡介|介绍|介紹|会见|會見|招待会|招待會|专栏|專欄|手记|手記|信息|資訊|文章|观察|觀察)`;

/**
 * Bylines in other scripts without letter case, each with the name as its first group, read in the text after the
 * headline (`near`, its blocks kept apart) or anywhere in the page's own text (`page`): Arabic بقلم ("by the pen of",
 * with a colon, or without one opening a line or block that the name ends: in running text the phrase credits books, "کتاب
 * جدیدی به قلم … منتشر شد") and كتب / كتبت / إعداد ("wrote", "prepared by", only with a colon: the verb is common in
 * running text); Persian نویسنده ("writer", with a colon) and به قلم ("by the pen of", as بقلم); Hindi लेखक / लेखिका ("writer") and
 * संवाददाता ("correspondent"), with a colon; Hebrew מאת ("by"); Korean "<name> 기자" (reporter, after the name; Korean papers print it at the
 * start or the end of the text, "홍길동 기자 hong@…"); Japanese 文： ("text:"). Family: news sites in these languages.
 */
const CASELESS_LINE_NAME_AR = String.raw`[\p{Script=Arabic}]{2,}(?:\s+[\p{Script=Arabic}]{2,}){1,2}`;
const CASELESS_LINE_NAME_FA = String.raw`[\p{Script=Arabic}\u200c]{2,}(?:\s+[\p{Script=Arabic}\u200c]{2,}){1,2}`;
/** The end of a caseless name that a byline line ends: the line's or block's end, punctuation or the row's bar. */
const CASELESS_NAME_END = String.raw`(?=\s*(?:$|\n|[|•·،,.:;؛!؟()–—-]))`;
export const CASELESS_BYLINES: { re: RegExp; where: "near" | "page"; why: string }[] = [
  { re: /(?:^|[\s|•·(])بقلم\s*[:：]\s*([\p{Script=Arabic}]{2,}(?:\s+[\p{Script=Arabic}]{2,}){1,2})(?![\p{Script=Arabic}])/u, where: "near", why: "Arabic 'by the pen of:'" },
  { re: new RegExp(String.raw`(?:^|\n|[|•·]\s*)بقلم\s+(${CASELESS_LINE_NAME_AR})${CASELESS_NAME_END}`, "u"), where: "near", why: "Arabic 'by the pen of' without a colon: opening a line, the name ending it" },
  { re: /(?:^|[\s|•·(])(?:كتب|كتبت|إعداد)\s*[:：]\s*([\p{Script=Arabic}]{2,}(?:\s+[\p{Script=Arabic}]{2,}){1,2})(?![\p{Script=Arabic}])/u, where: "near", why: "Arabic 'wrote:', 'prepared by:'" },
  { re: /(?:^|[\s|•·(])(?:نویسنده|به\s+قلم)\s*[:：]\s*([\p{Script=Arabic}\u200c]{2,}(?:\s+[\p{Script=Arabic}\u200c]{2,}){1,2})(?![\p{Script=Arabic}])/u, where: "near", why: "Persian 'writer:', 'by the pen of:'" },
  { re: new RegExp(String.raw`(?:^|\n|[|•·]\s*)به\s+قلم\s+(${CASELESS_LINE_NAME_FA})${CASELESS_NAME_END}`, "u"), where: "near", why: "Persian 'by the pen of' without a colon: opening a line, the name ending it" },
  { re: /(?:^|[\s|•·(])(?:लेखक|लेखिका|संवाददाता)\s*[:：]\s*([\p{Script=Devanagari}]{2,}(?:\s+[\p{Script=Devanagari}]{2,}){1,2})(?![\p{Script=Devanagari}])/u, where: "near", why: "Hindi 'writer:', 'correspondent:'" },
  { re: /(?:^|[\s|•·(])מאת\s*[:：]?\s*([\p{Script=Hebrew}'׳-]{2,}(?:\s+[\p{Script=Hebrew}'׳-]{2,}){1,2})(?![\p{Script=Hebrew}])/u, where: "near", why: "Hebrew 'by'" },
  { re: /(?:^|[\s|•·(=])([\p{Script=Hangul}]{2,4})\s*기자(?![\p{Script=Hangul}])/u, where: "page", why: "Korean '<name> reporter'" },
  { re: new RegExp(String.raw`(?:^|[\s|•·(])(?:文|撰文|撰稿|采写|採寫)\s*[/／｜|]\s*(?:(?:本报|本報)?(?:记者|記者)\s*)?${HAN_NAMES}(?![\p{Script=Han}])${NOT_PHOTO_CREDIT}`, "u"), where: "near", why: "Chinese 'text/' credit ('文/王小明', '文／记者 王小明', '文｜王小明'; with a colon, '撰文：' is a CJK_BYLINE_LABELS label)" },
  { re: new RegExp(String.raw`(?:^|[\s|•·(])(?:本报|本報|[\p{Script=Han}]{2,5}社)(?:记者|記者)\s+${HAN_NAMES}(?=\s|$|[，,。])${NOT_PHOTO_CREDIT}`, "u"), where: "near", why: "Chinese 'this paper's / the agency's reporter <name>' ('本报记者 王小明 报道', '新华社记者 王小明'), never a photo credit ('… 摄')" },
  { re: new RegExp(String.raw`(?:^|[\s|•·(（〔【［\[])(?:记者|記者)\s*${HAN_NAMES}\s*[/／]\s*[\p{Script=Han}]{1,8}?(?:报道|報導|报导|報道|电|電)`, "u"), where: "near", why: "Chinese reporter credit with the place it was filed from ('記者王小明／台北報導', '〔记者王小明/北京报道〕', '記者王小明／綜合報導': Taiwanese and Hong Kong papers, wire copy's '…電')" },
  { re: new RegExp(String.raw`^[\s|]*(?:[^|]{1,120}\|\s*)?(?:记者|記者|作者)\s+(?!${HAN_LABEL_NOUNS}(?:\s|\||$))${HAN_NAMES}\s*(?:\||$)${NOT_PHOTO_CREDIT}`, "u"), where: "near", why: "Chinese reporter or author label and the name with a space, no colon, as the first block under the headline (the headline's own text may come first) ('记者 王小明', '作者 李华'); anywhere else the label is any noun's first half ('作者 简介', '记者 会见')" },
  { re: /(?:^|[\s|•·(])(?:文|取材・文)\s*[:：・]\s*([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{2,6})(?![\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}])/u, where: "near", why: "Japanese 'text:'" },
];

/**
 * Class / id token starts of comment threads (WordPress "comment-author", Disqus, "reply", German
 * "kommentar"): a schema.org author marked up there is a commenter, not the article's author.
 */
export const COMMENT_TOKEN = /^(?:comment|kommentar|commentaire|comentario|reply|respond|disqus)/i;

/**
 * How far each author source is trusted on its own (metadata.ts, corroborate()). "declared": the page's
 * machine-readable author (JSON-LD, meta names, Twitter's "Written by" label), already required to show in
 * the page text; "structural": an element the markup calls the author (itemprop/rel=author, an author or
 * byline class, a forum post's data-author); "visible": a line of text that reads as a byline ("Von Ann Lee", "Autorin: …", a date
 * and a name under the headline, a CJK byline label); "weak": a name the reader may never see as a byline
 * (a key in a script's data). A source not in the table is weak. Weak sources need corroboration by the page:
 * the name near the headline, in a byline element, or after a byline word ("By", "Von", "Par"…).
 */
export const AUTHOR_SOURCE_TRUST: Readonly<Record<string, "declared" | "structural" | "visible" | "weak">> = {
  "json-ld": "declared",
  meta: "declared",
  "twitter-label": "declared",
  microdata: "structural",
  "microdata-meta": "declared",
  byline: "structural",
  "byline-line": "visible",
  "byline-box": "visible",
  // a link to the writer's author page near the headline, its address spelling the name
  "author-link": "structural",
  "date-line": "visible",
  // a JSON-LD author page's slug spelt as a name: the page must print the whole name, and near the headline or in a byline
  "json-ld-url": "weak",
  "byline-label": "visible",
  text: "visible",
  "poster-line": "visible",
  "house-byline": "structural",
  label: "visible",
  forum: "structural",
  "site-owner": "structural",
  script: "weak",
  // the cleaner's readers (stages/clean/html.ts): a byline block it removed, a signature closing the article
  "removed-byline": "structural",
  // a one-person site's owner named in its footer's copyright line only (html/metadata.ts copyrightOwner)
  "copyright-owner": "visible",
  // a one-person blog's owner named as its tagline only (html/metadata.ts, TAGLINE_TOKEN)
  "tagline-owner": "visible",
  signature: "visible",
  "signature-role": "visible",
};

/**
 * A press or service contact rather than a byline: a contact label with its colon just before the name
 * ("Pressekontakt: Ann Lee", "Ansprechpartnerin für Medien: Dr. Ann Lee", "Media contact: …", "Contacto de
 * prensa: …"); or a telephone or fax number right after it ("Ann Lee, Tel. +49 …", "Ann Lee Phone: (555) …").
 * The colon keeps a navigation menu's "Kontakt" link before a byline out. Family: press releases,
 * association and company news, event pages, which name a contact person but no author.
 */
const CONTACT_WORDS = String.raw`kontakt|ansprechpartner(?:in)?|ansprechperson|contact|contacto|contatto|pressestelle|medienstelle|pressesprecher(?:in)?|spokes(?:wo)?man|spokesperson|rückfragen(?:\s+an)?|inquiries|enquiries|auskunft|auskünfte`;
export const CONTACT_BEFORE = new RegExp(String.raw`(?:${CONTACT_WORDS})[^.!?:|]{0,30}:\s*(?:(?:dr|prof|herr|frau|mr|mrs|ms|mag|dipl\.?-?\w*)\.?\s+){0,3}$`, "i");
/**
 * A contact label further before the name, in the same run of text with no sentence's end between ("Pressekontakt:
 * Example Cooperative GmbH Abteilung Kommunikation Ann Lee": the block of a press office's address lines, the firm and
 * its department printed between the label and the person). Read on the text before the name (≤ 200 characters).
 */
export const CONTACT_BLOCK_BEFORE = new RegExp(String.raw`(?:${CONTACT_WORDS})[^.!?:|]{0,30}:[^.!?:|]*$`, "iu");
/**
 * A contact label that names the writer, just before the name ("Contact the author: Ann Lee", "Kontakt zur Autorin:
 * Ann Lee", "Contactez l'auteur :", "Got a tip? Contact reporter Ann Lee"): the writer's own contact, not a third party's.
 * Family: news and blog article footers and tip boxes that print the writer's e-mail or telephone.
 */
export const WRITER_CONTACT_BEFORE = new RegExp(String.raw`(?:${CONTACT_WORDS}|contactez|contacter|kontaktieren)\b[^.!?|]{0,30}\b(?:author|autor(?:in)?|autorin|auteur(?:e|rice)?|reporter(?:in)?|writer|journalist(?:in|e)?|redakteur(?:in)?)\b[^.!?|]{0,12}$`, "i");
/**
 * A field that opens with a contact label and its colon ("Contact: Ann Lee", "Pressekontakt: Ann Lee", "Media contact:
 * Ann Lee", "Ansprechpartnerin: …"): the contact person, not the writer, even in an element classed as the author (a
 * press release's "author-contact" box, a company news page's "Ansprechpartner" card). One word may stand before the
 * label word ("Media", "Presse"). Family: press releases, association and company news (CONTACT_BEFORE reads the same
 * label before a name in running text).
 */
export const CONTACT_LABEL_LEAD = new RegExp(String.raw`^\W{0,3}(?:\p{L}{2,10}[\s-]?)?(?:${CONTACT_WORDS})[^.!?:|]{0,30}:`, "iu");
export const CONTACT_AFTER = /^[^.!?]{0,60}?(?:\btel(?:efon|ephone)?\b\.?|\bphone\b|\bfax\b|\bmobil(?:e)?\b|\bhandy\b)\s*[.:]?\s*[+(\d]/i;

/**
 * A wire agency's or desk's short code as the whole author ("SID", "dpa", "AFP", "KNA", "APA"): the
 * source credit printed at the end of agency copy ("(dpa)", "Quelle: SID") or left in script data. Two to
 * five capitals or two to three lower-case letters, one token. Dropped only from script data or a line far
 * from the headline outside any byline element: in a byline element or the author tag, codes and initials
 * are what annotators call the author ("LD", "dsw").
 */
export const AGENCY_CODE = /^(?:\p{Lu}{2,5}|\p{Ll}{2,3})$/u;

/**
 * An e-mail address (pattern source, for html/metadata.ts's author junk and text/header.ts's byline contact).
 * Linear on any input: it starts only at the first word character of its run of address characters.
 */
export const EMAIL_SOURCE = String.raw`\b(?<=(?:^|[^\w.+-])[.+-]*)[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;

/**
 * Pattern sources for a date printed after a byline's name (html/metadata.ts: AUTHOR_JUNK's numeric dates and
 * NAMED_DATE_TAIL's dates with a month's name): the words that label the date ("Published", "Last updated",
 * "Veröffentlicht", "Mis à jour"…; "last" is read before them) and the prepositions before a date ("am", "on", "le"…).
 */
export const DATE_LABEL_WORDS = dateLabelAlternation("byline"); // the words: text/date-labels.ts, column `byline`
export const DATE_PREPOSITIONS = "am|on|le|el|il|op|den|vom|at|em|à";

/** The particles inside a whole name ("Ann van Lee", "Bo de la Ek"), as a pattern source, for patterns that read a name of capitalised words. */
export const NAME_PARTICLES_SOURCE = "van|von|de|der|da|di|du|la|le";

/**
 * A CMS poster line's publishing verb and its "by" (pattern sources, for html/metadata.ts's POSTER_LINE and
 * text/header.ts's poster lead): "Posted by", "Geschrieben von", "Publié par", "Scritto da".
 */
export const POSTER_VERBS = "posted|written|geschrieben|verfasst|eingestellt|erstellt|gepostet|publié|écrit|escrito|publicado|scritto|pubblicato|geplaatst|geschreven";
export const POSTER_BY = "by|von|par|por|da|di|door";
/**
 * What must follow the byline words that are verbs or phrases of running text too (Polish Napisał(a), Slovak Napísal(a),
 * Czech Napsal(a), Croatian Napisao, Russian Написал(а) "wrote", Hungarian Írta "wrote", Persian به قلم and Arabic بقلم "by
 * the pen of": "Írta Kovács Péter, a párt szóvivője, …" quotes a statement, "… به قلم … منتشر شد" credits a book): their
 * colon, the end of the text (the name in the next element), or one to four words that end the line or stand before the
 * row's bar or dash ("Írta: Ann Lee", "Napsal Ann Lee | 3. 3. 2021"), never a name with a clause after it. Case-blind
 * (BYLINE_OPENER has no Unicode flag), so the words are any but punctuation.
 */
const VERB_BYLINE_TAIL = String.raw`\s*[:：]|\s*$|\s+[^\s,;:.!?،؛|•·–—]+(?:\s+[^\s,;:.!?،؛|•·–—]+){0,3}\s*(?:$|[|•·–—])`;
/**
 * Byline words that open a credit line or label a credit part, beyond the western European ones each pattern lists itself
 * (pattern source, for meta-lexicon.ts's BYLINE_OPENER and html/metadata.ts's ROLE_LABEL): Bosnian/Croatian/Serbian
 * Piše/Пише ("writes"), Hungarian Szerző, Finnish Kirjoittaja/Toimittaja, Greek Γράφει, Baltic and Slovene
 * Autorius/Autors/Avtor, Indonesian Penulis; Russian and Ukrainian Авторы/Автори (several authors) and Корреспондент
 * ("correspondent", the credit of regional and wire copy); the word for "text" in Spanish/Portuguese Texto, Italian Testo,
 * Dutch/Polish/Scandinavian Tekst ("Tekst: Ann Lee", "Testo di Ann Lee"), Portuguese Redação/Reportagem, Polish Autorka
 * (a woman author)/Autorzy/Napisał(a) ("wrote"; the verbs with VERB_BYLINE_TAIL), Persian به قلم and Arabic بقلم ("by the pen of"), Slovak Napísal(a), Czech Napsal(a), Croatian Napisao, Russian Написал(а)
 * ("wrote") and Автор текста ("author of the text"), Hungarian Írta ("wrote"), Greek Συντάκτης/Συντάκτρια ("writer"),
 * Indonesian Ditulis oleh and Vietnamese (Bài) viết bởi ("written by"; never a bare "bởi", the everyday "by, because"), Italian A cura di ("edited by"), Spanish
 * Reportaje and Czech Redakce with their colon, Italian Autori, Finnish Kirjoittanut ("written by"), and "text and photos"
 * in Portuguese, German and French. The longer forms come first (an alternation takes the first that fits: "text" would
 * leave "und Fotos: Ann Lee"). The nouns for "text" and "newsroom" / "report" (Texto, Testo, Tekst, Redação, Reportagem)
 * open a byline only with their colon ("Tekst: Ann Lee"): bare, they open title-case headings ("Texto Completo Del
 * Proyecto"); "Testo di", "Texto de" and "Reportagem de" are read as the verb's or the piece's word (meta-lexicon.ts).
 */
export const MORE_BYLINE_WORDS = String.raw`fotos? e texto|texto e fotos?|text und fotos?|texte et photos?|автор текста|ditulis oleh|bài viết bởi|viết bởi|a cura di|piše|пише|szerző|kirjoittaja|toimittaja|γράφει|συντάκτ(?:ης|ρια)|autorius|autors|avtor|penulis|авторы|автори|корреспондент|autorka|autori|autorzy|kirjoittanut|(?:napisał|napisała|napísal(?:a)?|napsal(?:a)?|napisao|написал(?:а)?|írta|به قلم|بقلم)(?=${VERB_BYLINE_TAIL})|(?:texto|testo|tekst|redação|redacção|reportagem|reportaje|redakce)(?=\s*:)`;

/**
 * Words of publishers' and organisations' names (English, German, French, Spanish, Italian): a name holding one
 * ("Example Press", "Example Foundation", "Stadtwerke Example GmbH") is not a person's, so a site named so is not
 * a one-person site named after its author (metadata.ts personName). ORGANISATION_WORD_END: the same words closing
 * a German compound ("Wirtschaftsnachrichten", "Heimatzeitung"). LEADING_ARTICLE: "The …", "Die …", "Le …".
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  "press", "news", "times", "post", "journal", "courier", "courrier", "corriere", "kurier", "observer", "chronicle", "standard", "express",
  "mirror", "telegraph", "independent", "register", "bulletin", "monitor", "today", "world", "voice", "echo", "messenger", "dispatch",
  "sentinel", "inquirer", "examiner", "ledger", "record", "globe", "letter", "digest", "insider", "wire", "tribune", "chronik", "magazine", "magazin", "daily", "weekly", "review", "report", "herald", "tribune", "gazette",
  "media", "network", "online", "tv", "radio", "blog", "team", "group", "foundation", "institute", "institut", "university", "universität",
  "college", "school", "society", "association", "club", "center", "centre", "council", "agency", "company", "inc", "ltd", "llc", "gmbh",
  "ag", "verlag", "verein", "stiftung", "zeitung", "nachrichten", "fondation", "société", "association", "fundación", "asociación",
  "fondazione", "associazione", "partei", "party", "union", "church", "kirche", "stadt", "city", "county", "ministry", "ministerium",
  "collective", "collectif", "kollektiv", "project", "projekt", "initiative", "campaign", "bank", "holding", "international",
  // Italian public bodies and desks, which "A cura di" credits as often as persons ("A cura di Comune di …", "… della Redazione")
  "comune", "regione", "provincia", "redazione", "ufficio", "ministero", "università", "istituto", "assessorato", "consorzio",
  // firms named after their founder ("Ann Lee Enterprises", "Lee Entertainment", "Bo Ek Productions"), which footers' copyright
  // lines and author fields name as often as persons
  "enterprises", "entertainment", "productions", "studios", "publishing", "publications", "communications", "consulting", "partners", "ventures", "solutions", "services",
]);
/**
 * Trade and brand words after a person's name in the name of a one-person business ("Ann Lee Photography", "Bo Ek
 * Design", "Ann Lee Realty", "Bo Ek Yoga", "Ann Lee Living"): a copyright holder with one is the business, not a blogger
 * who writes the posts. Family: footers of portfolio, shop, practice and agent sites (English, German, French, Spanish,
 * Italian). Lower case; read by metadata.ts copyrightOwner only.
 */
export const TRADE_WORDS: ReadonlySet<string> = new Set([
  "design", "designs", "designer", "photography", "photographer", "photo", "photos", "foto", "fotos", "fotografie", "fotografia", "photographie",
  "art", "arts", "artworks", "books", "book", "films", "film", "pictures", "music", "musik", "records", "sound", "living", "yoga", "fitness",
  "realty", "realtor", "homes", "properties", "immobilien", "law", "legal", "attorney", "kanzlei", "bakery", "kitchen", "cuisine",
  "catering", "cakes", "studio", "studios", "atelier", "werkstatt", "media", "tech", "technology", "digital", "creative", "creations",
  "illustration", "interiors", "architecture", "architects", "gallery", "galerie", "coaching", "consulting", "events", "weddings", "wedding",
  "collection", "collections", "jewelry", "jewellery", "fashion", "couture", "beauty", "salon", "spa", "boutique", "shop", "store",
  "travel", "tours", "insurance", "dental", "clinic", "associates", "farm", "farms", "wines", "winery", "vineyards", "pottery", "ceramics",
  "crafts", "knits", "woodworks", "therapy", "wellness", "nutrition", "kids", "pets", "dog", "dogs", "brand", "brands", "label",
]);
/**
 * Place and venue words of names that open with a given name ("Victoria Park", "Virginia Beach", "Sydney Opera House",
 * "Jordan Valley", "Rose Garden") and the leads of saints' and holy places' names ("Santa Monica", "San Jose", "St Helen"):
 * a copyright holder shaped so is a place or an institution. Lower case; read by metadata.ts copyrightOwner.
 */
export const PLACE_NAME_HEADS: ReadonlySet<string> = new Set([
  "park", "beach", "house", "opera", "valley", "garden", "gardens", "hall", "hill", "hills", "lake", "river", "island", "springs",
  "falls", "heights", "village", "manor", "abbey", "castle", "palace", "tower", "harbour", "harbor", "bay", "point", "creek",
  "mountain", "ridge", "grove", "court", "place", "lane", "inn", "lodge", "farm", "chapel", "zoo", "market", "mall", "plaza",
]);
export const PLACE_NAME_LEADS: ReadonlySet<string> = new Set(["santa", "san", "santo", "são", "st", "st.", "saint", "sainte", "sankt", "mount", "fort", "port", "lake", "new", "north", "south", "east", "west", "upper", "lower", "glen", "los", "las", "el", "la", "le"]);
export const ORGANISATION_WORD_END = /(?:nachrichten|zeitung|verlag|verein|stiftung|gesellschaft|bund|werke|blatt|anzeiger|kurier|rundschau|presse|medien)$/;
export const LEADING_ARTICLE = /^(?:the|die|der|das|le|la|les|el|los|il|lo|de|het)$/;

/**
 * The piece's kind named before the byline word (pattern source, for meta-lexicon.ts's BYLINE_OPENER and
 * text/header.ts's byline lead): "Ein Beitrag von", "Eine Analyse von", "Gastkommentar von", "A guest post by",
 * "An analysis by", "Un article par". Family: bylines that say what the piece is before who wrote it, across
 * German, English, French and Spanish news and blog pages.
 */
export const PIECE_KIND_LEAD = String.raw`(?:(?:eine?|an?|un|una)\s+)?(?:gast-?)?(?:kolumne|kommentar|analyse|glosse|reportage|rezension|beitrag|artikel|bericht|interview|leserbrief|leserbeitrag|column|commentary|analysis|review|essay|article|guest\s+post|letter)`;

/**
 * Weekday names (English, German, French, Spanish, Portuguese, Italian, Dutch): a byline part that is one of them
 * alone (or a month name, published.ts MONTHS) is the date printed in the byline row ("Von Ann Lee, Montag"), not
 * a person (metadata.ts cleanAuthor). Family: byline rows that print the weekday beside or instead of the name.
 */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
  "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
  "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
  "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
]);
/**
 * English weekdays' short forms ("Mon", "Tues", "Thurs"): read only where a date follows them (metadata.ts
 * WEEKDAY_BEFORE_DATE, which wants their full stop or comma, as "Sun" or "Sat" alone are words and surnames).
 */
export const WEEKDAY_SHORT_FORMS: readonly string[] = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];

/**
 * Job titles of a byline, as a pattern source (no anchors, no flags; read case-insensitively): the
 * reporter's role printed after the name in many languages ("Writer", "Correspondent", "Redakteurin",
 * "Journaliste", "Periodista"…). The HTML reader cuts them off an author field (html/metadata.ts
 * JOB_NAMES, plural allowed), the dump reader off a "Name Role" line (text/person.ts, with more roles).
 */
export const JOB_TITLE_NOUNS =
  "writer|reporter|correspondent|editor|contributor|columnist|journalist|reporterin|redakteur(?:in)?|korrespondent(?:in)?|journalistin|autor(?:in)?|journaliste|rédact(?:eur|rice)|correspondant(?:e)?|corresponsal|redactor(?:a)?|periodista|giornalista|redattore|redattrice";

/**
 * The roles of a signed statement (press releases, association news): "Leiterin", "Pressesprecher", "Spokesperson"…,
 * as a pattern source read case-insensitively. A job-title noun after a name, and a name part of its own to drop. The
 * nouns are text/role-nouns.ts's `statement` column (the offices the dump reader reads after "Name," share that table).
 */
export const STATEMENT_ROLE_NOUNS = roleNounSource("statement");

/**
 * More job titles after a byline's name, for the HTML reader only (text/person.ts keeps its own list): editors-in-chief,
 * guest authors, columnists and photographers ("Ann Lee – Chefredakteurin", "Ann Lee Gastautorin", "Ann Lee, Photographer").
 * Family: author boxes and byline rows that print the person's role beside the name, in English, German, French, Spanish, Italian.
 */
export const MORE_JOB_TITLE_NOUNS =
  "chefredakteur(?:in)?|chefreporter(?:in)?|gastautor(?:in)?|kolumnist(?:in)?|author|guest\\s+author|autrice|auteure?|chroniqueu(?:r|se)|columnista|editorialista|fotograf(?:in)?|photographer|photographe|fotógraf[oa]" +
  // the roles of press releases, statements and association news signed by a person ("Ann Lee, Leiterin Kommunikation",
  // "Ann Lee, Pressesprecherin", "Ann Lee, Head of Communications", "Ann Lee, Geschäftsführerin")
  `|${STATEMENT_ROLE_NOUNS}|head\\s+of\\s+\\S+`;

/** The roles a credit line names besides the writer's, as a pattern source (read case-insensitively): "Text", "Fotos", "Interview"… */
export const ROLE_WORDS = "text|texte|words|fotos?|photos?|bilder?|illustrations?|interview";

/**
 * "Editorial desk" in the byline languages (German, Spanish, Portuguese, French, Italian, Dutch, Indonesian): the word
 * html/metadata.ts reads as a desk printed after a name (DESK_AFTER_NAME) or as the byline itself (DESK_BYLINES).
 */
export const DESK_WORDS = ["redaktion", "redacción", "redação", "rédaction", "redazione", "redactie", "redaksi"];

/**
 * The publisher credited as the byline's source, a "from" word before its name ("Do Example", "Da Example Notícias",
 * "From Example News", "Vom Example-Blatt", "De Example"): portals that print where unsigned copy comes from instead
 * of a writer. Family: Portuguese and Spanish portals ("Do/Da/De <site>"), English, French and German ones ("From",
 * "Du", "Aus", "Vom"). metadata.ts cleanAuthor drops the part only when the site's own name follows the word, so
 * "Da Silva" or "De Vries" stay names.
 */
export const FROM_OUTLET = /^(?:from|do|da|dos|das|de|del|du|dal|aus|vom)\s+/i;

/**
 * A desk word after the publisher's name ("Example Sports Desk", "Example News Team", "Example Staff", "Example Bureau",
 * "Example Redaktion"): the site's own desk is the publisher, not a person. metadata.ts cleanAuthor drops the part only
 * when what is left is the site's name; a desk alone ("Redaktion", DESK_BYLINES) is not touched. Family: news sites and
 * portals whose author fields name the newsroom with the brand in front, in English and the byline languages.
 */
export const SITE_DESK_TAIL = new RegExp(
  String.raw`\s+(?:(?:news|web|digital|sports?|online|editorial|city|metro|business|national|foreign)\s+)?(?:desk|team|staff|bureau|newsroom|${DESK_WORDS.join("|")})$`,
  "i",
);

/**
 * A dateline left as a part of its own ("Ann Lee, in Berlin", "DO EXAMPLE, EM SÃO PAULO"): the place word of NAME_TAILS
 * opening the part; metadata.ts cleanAuthor drops it when the rest is a listed place or country (group 1).
 */
export const DATELINE_PART = /^(?:in|em|en|aus|à|from|desde|depuis)\s+(\p{Lu}.*)$/iu;

/**
 * The writer's desk after the name, following a dash or a slash or in brackets ("Ann Lee (Redaktion)", "Por Ann Lee -
 * Redacción", "Ann Lee / Newsroom"), as "Ann Lee (Red.)" is a NAME_TAILS entry: the department the person writes in,
 * not a co-author. Cut before the organisation test (NOT_A_NAME), which takes a part holding "Redaktion" for a desk.
 * (After a bar or a dot, "Ann Lee | Newsroom", AUTHOR_JUNK's "Name | Site" rule has already cut it.)
 * Family: byline rows of regional papers and portals in the byline languages.
 */
export const DESK_AFTER_NAME = new RegExp(
  String.raw`(?<=\p{L}\s+\p{Lu}[\p{L}'’.-]+)\s*(?:[-–—/]\s*|\(\s*)(?:${DESK_WORDS.join("|")}|newsroom|news\s?desk|editorial(?:\s+(?:staff|team|desk))?)\s*\)?$`,
  "iu",
);

/**
 * Another role's credit, then the writer's, in one byline element ("Medically reviewed by Bo Ek, MD — Written by Ann Lee",
 * "Fact checked by Bo Ek | By Ann Lee", "Updated by Bo Ek | By Ann Lee"): the text from the writer's credit on is the byline (its first group). Family:
 * health, finance and how-to sites that print the reviewer's or editor's credit first.
 */
export const WRITER_AFTER_OTHER_ROLE = /^.*?\b(?:reviewed|checked|edited|translated|illustrated|photographed|produced|updated|geprüft|redigiert|übersetzt|aktualisiert|revisado|actualizado|relu|mis à jour)\s+(?:by|von|por|par)\b.*?(?:[—–|•·,;]|\s-)\s*((?:(?:written|words|text|story|reporting|geschrieben|escrito|écrit)\s+)?(?:by|von|por|par)\b.*)$/i;

/**
 * The writer's own role opening a combined credit, before "and" (pattern source, read case-insensitively): "Story and
 * photos by Ann Lee", "Written and produced by Ann Lee", "Words and pictures by Ann Lee" credit the writer for both roles.
 * Family: features and photo essays whose byline credits one person for the text and another role.
 */
export const WRITER_ROLE_LEAD = String.raw`(?:story|words|text|written|writing|reported|reporting|report)`;

/**
 * Another role's credit closing a byline field, cut before the field is split into names ("Ann Lee, with reporting by
 * Bo Ek and Cy Dunn", "Ann Lee; Editing by Bo Ek", "Ann Lee and Bo Ek. Additional reporting from Oslo"): split first,
 * the names after "and" in the credit became co-authors. Not at the field's start, where "Reporting by Ann Lee" is the
 * writer's own credit, nor after the writer's own role ("Story and photos by Ann Lee", WRITER_ROLE_LEAD). Family: wire copy (Reuters, AP style) and news sites that print the contributors' credit in the
 * byline element.
 */
export const OTHER_CREDIT_AFTER = new RegExp(String.raw`(?<=\S)(?<!^${WRITER_ROLE_LEAD}(?:\s+(?:and|&|\+))?)(?:\s*[,;.])?\s+(?:and\s+|with\s+)?(?:additional\s+)?(?:reporting|research|editing|edited|photos?|photographs|photography|graphics|illustrations?|translated|translation|fact[- ]?checking|fact[- ]?checked|produced|production)\s+(?:by|from)\s.*$`, "i");

/**
 * A byline field that names the person interviewed ("Interview with Ann Lee", "Im Gespräch mit Ann Lee", "Entretien avec
 * Ann Lee", "Q&A with Ann Lee"), not the writer ("Interview: Ann Lee" names the interviewer: ROLE_LABEL). Family: interview
 * pieces whose byline element or author field carries the piece's kicker, in English, German, French, Spanish, Italian.
 */
export const INTERVIEWED = /^(?:(?:an?|ein|das|im|un|une|una|el)\s+)?(?:interview|gespräch|entretien|entrevista|intervista|q\s?&\s?a|conversation|in conversation)\s+(?:with|mit|avec|con|com)\s/i;

/**
 * What byline rows print after a name that is not part of it (each part of an author field, its end only):
 * the name's form the scorer and a reader would call the same person. Families, across CMSs and languages:
 * - the agencies in general after the writer ("Ann Lee with agencies", "Ann Lee mit Agenturen");
 * - the reporter's place ("Ann Lee in Berlin", "Ann Lee aus Wien", "Ann Lee from Paris", "Ann Lee à Rome");
 * - the publication a freelancer writes for ("Ann Lee für Example", "Ann Lee for The Example", "pour", "para", "per");
 * - an agency or desk code, or the writer's initials, in brackets or after a slash ("Ann Lee (AFP)", "Ann Lee/dpa",
 *   "Ann Lee (al)", "Ann Lee (Red.)", "Ann Lee - Reuters"), as "Ann Lee mit dpa" already is;
 * - the part's role in brackets ("Ann Lee (Text)", "Bo Ek (Fotos)"), as "Text: Ann Lee" already is;
 * - follow, share and profile buttons of author boxes ("Ann Lee Follow", "Ann Lee Twitter E-Mail", "Ann Lee Mehr Artikel", "Ann Lee Weitere Beiträge");
 * - a degree without a comma, in capitals ("Ann Lee MD", "Ann Lee PhD"), or after one ("Ann Lee, B.A.");
 * - an executive's title ("Ann Lee, CEO", "Ann Lee, CFO of Example Corp"), a freelancer's "Special to The Example";
 * - another role's credit after the writer's ("Ann Lee Edited by Bo Ek", "Ann Lee, photos by Bo Ek", "übersetzt von"), or alone
 *   ("Medically reviewed by Dr. Bo Ek": health and finance sites print the reviewer's credit beside the writer's);
 * - a Korean or Japanese reporter's title after the name ("홍길동 기자");
 * - how long ago the piece went up, printed after the name in the byline row ("Ann Lee 5 hours ago", "vor 3 Stunden",
 *   "il y a 2 heures", "hace 3 horas", "há 2 horas", "prije 26 minuta", "3 часа назад"): its digits made the whole part no name;
 * - the comment count or link of blog themes' byline rows ("Ann Lee 12 Comments", "Ann Lee Leave a comment");
 * - the reading time blog and magazine themes print in the byline row ("Ann Lee – 5 min read", "Ann Lee 4 Min. Lesezeit",
 *   "Ann Lee 3 min de lecture", "Lesezeit: 6 Minuten"): its digits made the whole part no name too ("Ann Lee · 5 min read"
 *   is AUTHOR_JUNK's "Name | Site" rule's, which cuts from the dot on).
 */
export const NAME_TAILS: { re: RegExp; why: string }[] = [
  { re: /(?<!\s)\s+(?:with|and|&|mit|und|avec|et|con|y)\s+(?:agencies|news agencies|agency reports|wire services|wire reports|agenturen|agences|agencias)$/i, why: "the agencies in general after the writer ('Ann Lee with agencies', 'Ann Lee mit Agenturen')" },
  { re: /(?<!\s)\s+(?:in|aus|from|à|em)\s+\p{Lu}[\p{L}'’.-]+(?:[\s-]+\p{Lu}[\p{L}'’.-]+)?$/u, why: "the reporter's place ('Ann Lee in Berlin')" },
  { re: /(?<=\p{L}\s+\p{Lu}[\p{L}'’.-]+)\s+en\s+\p{Lu}[\p{L}'’.-]+$/u, why: "the reporter's place in Spanish after a whole name ('Ann Lee en Madrid'; one word: Dutch 'en' joins two whole names)" },
  { re: /(?<!\s)\s+(?:für|for|pour|para|per)\s+\S.*$/u, why: "the publication written for ('Ann Lee für Example')" },
  { re: /(?<!\s)\s*(?:\(\s*(?:\p{Lu}{2,5}|\p{Ll}{2,3}|Red\.?|Reuters|Bloomberg)\s*\)|(?:\/|\s[-–—])\s*(?:\p{Lu}{2,5}|\p{Ll}{2,3}|Reuters|Bloomberg))$/u, why: "an agency, desk or initials in brackets or after a slash or a spaced dash ('Ann Lee (AFP)', 'Ann Lee/dpa', 'Ann Lee - Reuters', 'Ann Lee (al)')" },
  { re: new RegExp(String.raw`(?<!\s)\s*\(\s*(?:${ROLE_WORDS})\s*\)$`, "i"), why: "the part's role in brackets ('Ann Lee (Text)')" },
  { re: /(?<=\p{L}\s+\p{Lu}[\p{L}'’.-]+)\s*\(\s*\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?\s*\)$/u, why: "the reporter's place in brackets after a whole name ('Ann Lee (Berlin)', 'Ann Lee (New York)')" },
  { re: /(?<!\s)(?:\s+(?:follow|folgen|suivre|seguir|segui|twitter|facebook|linkedin|instagram|e-?mail|rss|website|profil|profile|subscribe|abonnieren|more articles|more posts|mehr artikel|alle artikel|alle beiträge|weitere artikel|weitere beiträge|all articles|all posts|view profile|more by|mehr von))+$/i, why: "an author box's buttons ('Ann Lee Follow')" },
  { re: /(?:^|(?<!\s)\s+)(?:Ph\.?\s?D|M\.?D|MBA|MPH|RN|RDN?|DVM|M\.?Sc|B\.?Sc|LL\.?M|M\.A|B\.A|M\.Ed)\.?$/, why: "a degree in capitals without a comma, or as the part after one ('Ann Lee MD', 'Ann Lee, B.A.')" },
  { re: /(?:^|(?<!\s)\s+)(?:CEO|CFO|CTO|COO|CMO|CIO|CPO|CDO|VP|SVP|EVP)(?:\s+(?:of|at|bei|de|chez)\s+.*)?$/, why: "an executive's title after the name or as its own part ('Ann Lee, CEO', 'Ann Lee, CFO of Example Corp'): company blogs and guest posts" },
  { re: /(?:^|(?<!\s)\s+)special\s+to\s+\S.*$/i, why: "a freelancer's credit line ('Ann Lee, Special to The Example'), as 'for The Example' is" },
  { re: /(?:^|(?<!\s)\s+)(?:(?:with\s+)?(?:additional\s+)?(?:(?:medically|clinically|expert|expertly|professionally|legally|medizinisch|fachlich)\s+)?(?:edited|editing|reviewed|fact[- ]?checked|translated|illustrated|produced|reporting|photos?|photographs|illustrations?|graphics|(?:last\s+)?updated)\s+by|(?:bearbeitet|redigiert|übersetzt|lektoriert|aktualisiert)\s+von|mitarbeit\s*:|(?:édité|relu|traduit|mis\s+à\s+jour)\s+par|(?:editado|traducido|revisado|actualizado)\s+por)\s.*$/i, why: "another role's credit after the writer's or alone ('Ann Lee Edited by Bo Ek', 'Ann Lee, photos by Bo Ek', 'Updated by Bo Ek': the web editor who revised the story)" },
  { re: /(?<!\s)\s*(?:기자|특파원|記者|特派員)$/u, why: "a reporter's title after a Korean or Japanese name ('홍길동 기자')" },
  { re: /(?<!\s)\s*(?:[–—-]\s*)?(?:(?:lesezeit|reading time|temps de lecture|tiempo de lectura|tempo di lettura|leestijd)\s*:?\s*)?\d{1,3}\s*(?:min(?:ute)?s?|minuten|minutos|minuti)\.?(?:\s+(?:read|lesezeit|lesen|de lecture|de lectura|di lettura|leestijd))?$/iu, why: "the reading time in the byline row ('Ann Lee – 5 min read', 'Ann Lee 4 Min. Lesezeit')" },
  { re: /(?<!\s)\s+(?:\d{1,5}\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|responses?|replies|antworten)|no comments|leave a (?:comment|reply)|(?:einen\s+)?kommentar (?:schreiben|hinterlassen)|keine kommentare|laisser un commentaire|deja un comentario)$/iu, why: "the comment count or link in the byline row ('Ann Lee 12 Comments', 'Ann Lee Leave a comment'): its digits made the whole part no name" },
  { re: /(?<!\s)\s+(?:(?:vor|il y a|hace|há|prije|pred|před|przed)\s+\d{1,3}\s+\p{L}+|\d{1,3}\s+\p{L}+\s+(?:ago|назад|fa|geleden|sitten|önce|temu|zpět))$/iu, why: "how long ago the piece went up ('Ann Lee 5 hours ago', 'prije 26 minuta')" },
];


/**
 * A news site's section (desk) names, whole: an author element or field that holds one alone ("<div class=author>
 * Internacional</div>", "Politik", "World") prints the section the story runs in, not a person. Family: the section
 * label news CMSs put in the byline row's author slot when a story has no byline (agency copy), in the byline languages.
 */
export const SECTION_NAMES = /^(?:international|internacional|internazionale|nacional|national|nazionale|inland|ausland|politik|politics|política|politica|politique|wirtschaft|economy|economía|economia|économie|business|negocios|finanzen|finance|kultur|culture|cultura|feuilleton|sport|sports|deportes|esportes|world|welt|mundo|monde|mondo|opinion|opinión|opinião|meinung|local|lokales|regional|panorama|gesellschaft|society|sociedad|wissen|science|ciencia|ciência|technology|tech|technik|tecnología|tecnologia|health|gesundheit|salud|saúde|entertainment|espectáculos|lifestyle|leben|reise|travel|viajes|motor|mobilität|breaking news|latest news|última hora|eilmeldung)$/i;

/**
 * Labels blog and news themes print in the author slot of an entry-meta row that are no one's name, whole: the CMS's
 * default category ("Uncategorized", "Allgemein", "Non classé", "Sin categoría", "Senza categoria", "General"), the
 * piece's kind or flag ("Analysis", "Exclusive", "Feature", "Guest Post", "Editor's Pick", "Explainer"), a section of
 * the site's own ("Home", "Top Stories", "Video", "Podcast", "Newsletter", "Blog"). Family: category and kind links
 * marked up with `itemprop=author` or an author class, and agency copy with the kind label in the byline row.
 */
export const CATEGORY_LABELS = /^(?:uncategori[sz]ed|allgemein|unkategorisiert|non classé|sin categoría|senza categoria|sem categoria|general|featured|home|homepage|top stories|top news|video|videos|podcast|podcasts|newsletter|blog|analysis|exclusive|commentary|feature|features|guest post|guest column|editor['’]s picks?|editors['’] picks?|explainer|live|live blog|liveblog|update|updates|breaking|news in brief|in brief)$/i;

/**
 * The heading of a box that lists a site's writers, whole: "Contributors", "Our authors", "Meet the team", "Unsere
 * Autoren", "Nos auteurs", "Nuestros autores", "I nostri autori", "Onze auteurs" (notByline's inWritersList). The plural
 * is what tells it from an author box ("About the author", "Über den Autor"). A bare plural ("Authors", "Writers":
 * WRITERS_HEADING_BARE) also heads the article's own authors box, so it counts only outside the article or over three
 * names or more (inWritersList).
 */
export const WRITERS_HEADING = /^(?:(?:our|meet\s+(?:the|our))\s+)?(?:contributors|authors|writers|columnists|editors|(?<=(?:our|the)\s+)team|unsere\s+(?:autor(?:inn)?en|redakteur(?:inn)?en|kolumnist(?:inn)?en)|(?:nos|les)\s+(?:auteurs|contributeurs|chroniqueurs)|(?:nuestros|los)\s+(?:autores|colaboradores|columnistas)|(?:i\s+)?nostri\s+(?:autori|collaboratori)|onze\s+(?:auteurs|schrijvers))\s*:?$/i;
/** WRITERS_HEADING's plural alone, with no "our", "meet the" or language form before it. */
export const WRITERS_HEADING_BARE = /^(?:contributors|authors|writers|columnists|editors)\s*:?$/i;

/**
 * A comment's author line ("Ann Lee says:", "Ann Lee sagt:", "Ann Lee schreibt:"): WordPress and blog themes print the
 * commenter's name, a lower-case verb of saying and a colon; no byline reads so. Read in byline elements and lines only,
 * never in a declared author (meta, JSON-LD), and only the lower-case verb with its colon: "said", "dice", "diz" and
 * "dit" are surnames ("Edward Said", "Andrew Dice"). (One space before the verb, on squashed text: a failed match does
 * not restart at every space of a run.)
 */
export const COMMENTER_SAYS = /(?<=\S)\s(?:says|sagt|schreibt|zegt|pisze|écrit)\s?:$/u;

/**
 * First words that make a capitalised run after a byline word a sentence, not a byline: a legal instrument ("Por Ley
 * Federal …", "Por Decreto …", "By Order of …", "Per Decreto …") and a time or a feast in headline case ("By Next Summer,
 * …", "By Thanksgiving Day, …"). "By", "Von", "Por", "Oleh" and "Par" also open ordinary sentences ("by order of", the
 * passive "oleh"), and the words after them are capitalised there as names of laws are. Read only on bylines the page
 * prints (byline elements, lines, the text under the headline), never on a declared author (meta, JSON-LD). Family: news
 * in Spanish, Portuguese, Indonesian and Malay, French, German and English whose lead opens with "by law" or "by next
 * summer". Compared folded (lower case), the word alone.
 * No word here may be a given name in some language: "Lei" (Chinese), "Loi" (Vietnamese), "Noël" (French), "Natale"
 * (Italian), "Christmas", "Easter", "Early" (English) and "Chancellor" are, and are left out; a lead opening with such a
 * feast ("By Christmas Eve, the ferry will …") goes on as a sentence, which SENTENCE_TAIL catches.
 */
export const NOT_BYLINE_FIRST_WORDS: ReadonlySet<string> = new Set([
  // governments as actors ("Por el Gobierno …", "Oleh Pemerintah …")
  "gobierno", "governo", "gouvernement", "government", "regierung", "pemerintah",
  // legal instruments
  "ley", "decreto", "decree", "dekret", "orden", "order", "ordem", "resolución", "resolução", "gesetz", "undang", "peraturan", "keputusan",
  "arrêté", "décret", "ordonnance", "verordnung", "erlass",
  // times and feasts, capitalised in headline case ("By Next Summer, …", "By Thanksgiving Day, …")
  "next", "last", "late", "thanksgiving", "weihnachten", "ostern", "pfingsten", "navidad", "pâques",
]);

/**
 * An office or rank before an official's name after a byline word: an op-ed or a statement signed by the official ("By
 * Governor Ann Lee", "Oleh Menteri …", "Von Bundesministerin …"), whose byline is the name; metadata.ts cleanAuthor
 * strips the office and keeps the name when a whole name follows. A qualifier ("Wakil", "Vice", "Deputy") counts only
 * before an office ("Wakil Presiden …"): "Wakil" alone is a given name. No word here is a common given name ("Chancellor",
 * "Mayor" and "Wakil" are, and are left out or qualifiers only). Family: op-eds and statements on news and government
 * sites in English, Spanish, Portuguese, French, German, Indonesian and Malay. Compared folded (lower case).
 */
export const OFFICE_FIRST_WORDS: ReadonlySet<string> = new Set([
  "president", "presidente", "presiden", "präsident", "präsidentin", "président", "présidente", "presidenta", "prezydent", "президент",
  "ketua", "menteri", "gubernur", "bupati", "walikota", "kapolri", "kapolda", "jenderal",
  "minister", "ministerin", "ministro", "ministra", "ministre", "bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin",
  "bundesminister", "bundesministerin", "vizepräsident", "vizepräsidentin",
  "governor", "gobernador", "gobernadora", "governador", "governadora", "gouverneur", "bürgermeister", "bürgermeisterin", "alcalde", "alcaldesa", "prefeito", "prefeita",
  "senator", "senador", "senadora", "sénateur", "diputado", "diputada", "deputado", "deputada", "congressman", "congresswoman",
]);
/**
 * Words of a credit or a title after "with" in a byline, which no co-writer's name holds ("By Ann Lee with Additional
 * Reporting", "… with Video By Bo Ek", "… with Prime Minister Bo Ek", "… with Sir Bo Ek"): metadata.ts reads "with"/"mit"
 * and a name as a co-writer only when the name has none of them (nor an office, OFFICE_FIRST_WORDS, nor a job title).
 * Family: news bylines in title case that credit contributions, and interview teasers naming the person interviewed.
 * Compared folded (lower case).
 */
export const WITH_CREDIT_WORDS: ReadonlySet<string> = new Set([
  "additional", "reporting", "report", "reports", "video", "videos", "photo", "photos", "photography", "pictures", "graphics",
  "illustrations", "research", "contributions", "contributing", "editing", "interview", "audio", "podcast", "data", "staff",
  "wire", "services", "material", "agenturen", "agencies", "prime", "king", "queen", "prince", "princess", "pope", "sir", "dame",
  "lord", "lady", "dr", "dr.", "prof", "prof.", "professor", "chancellor", "mayor", "coach", "captain", "general", "chief", "ceo",
  "founder", "host", "guest", "guests", "friends", "family", "help", "thanks",
]);
/** Qualifiers read as part of an office only when an office word follows ("Wakil Presiden", "Vice President"). */
export const OFFICE_QUALIFIERS: ReadonlySet<string> = new Set(["wakil", "vice", "deputy"]);

/**
 * A company's words after the site's name ("Example Gazette Publishing Company", "Example News Group", "Example Herald
 * Communications Inc"): the publisher's corporate or legal name, never a byline. metadata.ts isSiteCredit strips it and
 * compares the rest with the site's name. Family: newspaper and magazine sites whose author tag or JSON-LD author holds
 * the operating company. (The spaces are matched from their first: a failed match does not restart inside a run.)
 */
export const CORPORATE_TAIL =
  /(?<!\s)\s+(?:publishing|publishers|publications?|company|co\.?|group|holdings?|corporation|corp\.?|enterprises?|communications|networks?|partners|editions|éditions|ediciones|edizioni|editora|editrice|verlagsgruppe|verlagsgesellschaft|mediengruppe|gruppe|groupe|grupo|gruppo)(?:\s+(?:company|co\.?|group|inc\.?|ltd\.?|llc|plc|gmbh|ag|sa|s\.a\.?))?$/i;
