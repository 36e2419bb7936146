/**
 * The data tables of page-metadata extraction (metadata.ts): where on a page the
 * publication date, the byline and the headline sit, and what in an author field is
 * not a person. Each entry names the family of pages / CMSs it covers.
 * Month names live in ../published.ts (one table for every date reader).
 */
import { MORE_BYLINE_WORDS, PIECE_KIND_LEAD, POSTER_VERBS } from "./byline-lexicon.ts";
import { dateLabelAlternation } from "../text/date-labels.ts";

/**
 * Class / id tokens of elements whose text or attributes state the article's date:
 * WordPress `entry-date`/`posted-on`/`post-meta`, Drupal `field--name-field-publishing-date`,
 * news CMSs' `article-date`/`dateline`/`timestamp`, info rows (`article-info`, `post-info`), German `datum`, Spanish `fecha`,
 * Italian/Portuguese `data-pubblicazione`/`data-publicacao`, bylines that carry the date.
 */
export const DATE_HINT = /date|time|posted|publish|datum|fecha|dateline|byline|meta|submitted|created|pubdat|published|veroeffentlicht|zeitstempel|info|data-pub/i;

/** Hints that name the edit time, not the first publication: used only when nothing else dates the page. */
export const MODIFIED_HINT = /modif|updat|edited|revis|aktualisiert/i;

/**
 * Labels of an update stamp, per language ("Updated", "Last modified", "Edited", "Revised",
 * "Letzte Änderung", "Zuletzt geändert", "Modifié le", "Aggiornato", "Bijgewerkt", "Обновлено"):
 * the date after them is not the publication day. Written once, as a regular-expression
 * alternation, for the HTML datelines (html/metadata.ts UPDATED_LABEL: at the start of the line)
 * and the text-dump header (text/header.ts MODIFIED_LABEL: anywhere, between non-letters).
 */
export const UPDATE_LABEL_WORDS = dateLabelAlternation("update"); // the words: text/date-labels.ts, column `update`

/** Class / id token prefixes of the site's frame: sidebars, the footer, navigation and menus (ELSEWHERE_TOKEN, SITE_CHROME_TOKEN). */
const CHROME_PLACES = String.raw`sidebar|side-bar|footer|nav|menu|breadcrumb`;
/**
 * Class / id token prefixes of lists of other stories: related, recommended, popular, latest (ELSEWHERE_TOKEN, STORY_LIST_TOKEN);
 * and the links to the previous and next post under a blog post ("post-navigation", "post-nav", "prev-next",
 * "previous-post", "next-post": WordPress, Blogger and Ghost themes), which print those posts' titles, dates and authors.
 */
const POST_NAV = String.raw`post-nav|postnav|prev-next|prevnext|previous-post|next-post`;
const STORY_LISTS = String.raw`related|recommend|popular|trending|most-read|mostread|more-stories|latest|recent|${POST_NAV}`;
/**
 * The same teaser lists with a component's namespace or the article's part before them ("c-related", "inline-related",
 * "article-related", "post-recommendations", "story-most-read"): a box of other stories placed in or under the article
 * (an inline "read also" box between its paragraphs), whose teasers print their own writers' bylines. Family: news CMSs
 * and BEM-styled themes that name a block after the part of the page it sits in. Not a state class ("is-trending",
 * "has-popular"): a wrapper's state says nothing of what it holds.
 */
const NAMESPACED_STORY_LISTS = String.raw`(?:(?!is[-_]|has[-_])[a-z]{1,2}|inline|article|post|story|entry|single)[-_](?:related|recommend|popular|trending|most-read|mostread|more-stories)`;
/**
 * Class / id token prefixes of the links to the previous and next post (STORY_LISTS' last part): a box with these that
 * holds the page's <h1> is the post itself, as an infinite-scroll theme's "next-post-loaded" wrapper (a pager never does).
 */
export const POST_NAV_TOKEN = new RegExp(String.raw`^(?:${POST_NAV})`, "i");
/**
 * Class / id token prefixes (and tags) of page regions whose dates and names belong to
 * something else: comment threads (a commenter's name and date), sidebars, related /
 * popular / "more stories" teasers, footers, menus, share bars, newsletter boxes.
 * Matched against the start of each class token, so `has-sidebar` on <body> does not count.
 */
export const ELSEWHERE_TOKEN = new RegExp(String.raw`^(?:comment|kommentar|${CHROME_PLACES}|widget|${STORY_LISTS}|${NAMESPACED_STORY_LISTS}|reply|respond|disqus|newsletter|share|social|promo|advert|ad-|cookie|banner|carousel|slider|archive|calendar|tagcloud)`, "i");
/**
 * Elements readers never see: the hidden author boxes and "rich snippet" copies that WordPress themes
 * (`rich-snippet-hidden`, `display: none` author vcards) and Bootstrap/Tailwind (`d-none`, `hidden`) print
 * for crawlers. Their text does not count as shown on the page, and a byline there is not a byline.
 * (Not `sr-only` / `screen-reader-text`: those are read aloud, labels such as "Posted by".)
 */
export const HIDDEN_CLASS = /^(?:hidden|hide|is-hidden|d-none|display-none|invisible|rich-snippet-hidden|u-hidden)$/i;
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/**
 * Class / id token prefixes of the site's own chrome: navigation and menus, sidebars, the site footer, the masthead
 * (lists of other stories: STORY_LIST_TOKEN). A `rel=author` or `itemprop=author` there is the site owner's
 * "About" link, a profile widget, the masthead's owner or another story's writer, never the article's byline. Narrower than ELSEWHERE_TOKEN:
 * Blogger sets its main column in a "widget Blog" box, and comments are handled apart (COMMENT_TOKEN). Family: blog
 * and news themes (WordPress, Blogger, Ghost, news CMSs) that print an author link in the menu, the footer or a teaser list.
 */
export const SITE_CHROME_TOKEN = new RegExp(String.raw`^(?:site-header|masthead|topbar|top-bar|toolbar|site-footer|global-footer|page-footer|${CHROME_PLACES})`, "i");
/**
 * The part of ELSEWHERE_TOKEN that names a list of other stories ("related-stories", "latest", "most-read"): site chrome
 * only where the box links to other pages besides the author's (a list's items), not a byline row whose class happens to
 * start so ("latest-article", "recent-update").
 */
export const STORY_LIST_TOKEN = new RegExp(String.raw`^(?:${STORY_LISTS})`, "i");
/** A list of other stories, bare or namespaced ("related-stories", "c-related", "article-most-read"): STORY_LISTS and NAMESPACED_STORY_LISTS. */
export const STORY_BOX_TOKEN = new RegExp(String.raw`^(?:${STORY_LISTS}|${NAMESPACED_STORY_LISTS})`, "i");
export const ELSEWHERE_TAGS: ReadonlySet<string> = new Set(["aside", "nav", "select", "option"]);
// (not <form>: ASP.NET pages wrap the whole page in one; comment forms sit in "comment"/"respond" boxes)
/** <footer> is elsewhere only outside the article: inside it, it is the article's own meta row. */
export const SITE_FOOTER_TAG = "footer";
/**
 * Layout wrappers whose class list also says where a sidebar goes ("mainwrap sidebar-right",
 * "content has-sidebar"), or says only that the page has one ("post-wrap sidebar-on"): the page's
 * main column, never "elsewhere".
 */
export const LAYOUT_TOKEN = /^(?:main|content|wrap|container|page|layout|site|single|body|template|col-|row)|^sidebar-(?:on|off|yes|no|none|active|enabled|disabled)$/i;

/**
 * Class / id / itemprop tokens of elements that hold the byline: `author`, `byline`,
 * hCard `vcard`/`fn`, WordPress `author-name`, German `autor`/`verfasser`, French `auteur`,
 * Spanish/Portuguese `autor`, `writer`, `reporter`, `journalist`, `creator`, `contributor`, `wrote_by`/`written-by`;
 * the reporter's and author's words of more byline languages, as the byline words are (BYLINE_OPENER): Spanish and
 * Romanian `redactor`/`periodista`, Indonesian `penulis`, Turkish `yazar`, Hungarian `szerzo`, Slovene/Russian
 * transliterated `avtor`, Danish/Norwegian `forfatter`, Swedish `skribent`.
 * Also `by-line` / `by_line` and `posted-by` / `postedby` (the byline class of blog and CMS themes spelt with a separator
 * or after the poster verb, where "byline" and "author" do not match), and the whole class tokens `by` and Drupal's
 * `submitted` ("<div class=submitted>Submitted by Ann Lee on …").
 * And the recipe's author of food and cooking sites, whose box names the cook or the site's expert rather than an
 * author (`recipe-expert-name`, `chef-name`, `koch_name`, `cook-name`: the name's own element, not the box around the
 * name, its bio and its links): the page's only credit for its writer.
 */
/**
 * The two AUTHOR_HINT tokens that are common words of other classes ("by" of sort and filter widgets, "submitted" of
 * forms and thank-you boxes): an element matched by them alone is a byline only when its text opens with a byline word
 * ("Submitted by Ann Lee") or is a person's name by a known given name (metadata.ts).
 */
export const WEAK_AUTHOR_TOKEN = /(?<=^|\s)(?:by|submitted)(?=\s|$)/gi;
export const AUTHOR_HINT = /author|byline|by[-_]line|posted[-_]?by|(?:^|\s)(?:by|submitted)(?:\s|$)|wrote|written|autor|auteur|verfasser|vcard|writer|reporter|journalist|creator|contributor|signature|firma|redakteur|autore|redactor|periodista|penulis|yazar|szerz[oő]|avtor|forfatter|skribent|(?:expert|chef|koch|cook|cuisinier|cocinero)[-_]?(?:name|nom|nombre)/i;
/**
 * Author-ish tokens that name something else: an author box's bio or avatar, a list of the author's other posts,
 * and the place, section or wire agency printed in the byline row (`signature__location`, `byline-place`,
 * `signature__agency`, a section name in an `#ifAuthor` header): a city, desk or agency, not a person; and the author of
 * a work the page describes (`book-author`, `product-author`, `buch-autor`: book reviews and shops print the book's
 * author, not the page's writer).
 */
export const AUTHOR_HINT_NOT = /avatar|image|img|photo|bio|description|social|follow|more|posts|link-list|box-title|about|location|place|section|categor|ressort|rubri|agency|agentur|agencia|agenzia|(?:book|product|buch|livre|libro)[-_]?(?:author|autor|auteur|autore)/i;

/**
 * More words before a byline word: "Reported by", "Compiled by", Drupal's "Submitted by", Dutch "Gepubliceerd door", "Written and photographed by", Italian "Testo di", Danish/Norwegian
 * "Skrevet af/av", Swedish "Skrivet av". Family: credit lines of English features and Scandinavian pages.
 */
const MORE_POSTER_VERBS = String.raw`reported|compiled|submitted|gepubliceerd|testo|written\s+and\s+photographed|photographed\s+and\s+written|skrevet|skrivet`;
/**
 * The piece's kind, then "de" ("of"), as one byline word (a bare "de" opens too many lines): French "Un article de", "Une
 * chronique de", "Un entretien de", Spanish and Portuguese "Entrevista de", "Texto de", "Crónica de", "Reportagem de",
 * "Artigo de". And "Words:" with its colon (a bare "Words" is any line's first word).
 */
const PIECE_OF = String.raw`(?:un\s+article|une\s+chronique|une\s+tribune|un\s+entretien|entrevista|texto|texte|cr[oó]nica|columna|reportagem|artigo|un\s+art[ií]culo)\s+de|words(?=\s*:)`;

/**
 * Words that open a visible byline, per language (an optional "Text:" or "Written" before):
 * English By/Written by/Words by ("A column by"), German Von/Text/Autor ("Eine Kolumne von"; the gender-inclusive "Autor*in",
 * "Autor:in", "Autor_in", "AutorIn"), French Par ("Écrit par", "Rédigé par"), Spanish/Portuguese Por ("Redactado por"),
 * Italian Di/Da, Dutch Door, Scandinavian Av/Af, Polish/Czech Autor, Russian Автор/Текст,
 * Indonesian Oleh/Penulis, Turkish Yazar/Yazan, Bosnian/Croatian/Serbian Piše/Пише ("writes"), Hungarian Szerző, Finnish Kirjoittaja/Toimittaja,
 * Greek Γράφει, Baltic and Slovene Autorius/Autors/Avtor. Before the word, a CMS's publishing verb (POSTER_VERBS: "Erstellt von", "Gepostet von",
 * "Geplaatst door") or the piece's kind (PIECE_KIND_LEAD: "Ein Beitrag von"), written once for the text-dump reader too.
 * The longer words come first ("Texto de", "Text und Fotos" before "texto", "text"): an alternation takes the first that
 * fits, and a shorter one would leave "de Ann Lee" as the name.
 */
export const BYLINE_OPENER = new RegExp(String.raw`^(?:(?:posted|published|written|words|story|reporting|text|report|geschrieben|verfasst|escrito|écrit|rédigée?|redigido|redactado|redatto|scritto|publicado|publié|veröffentlicht|${MORE_POSTER_VERBS}|${POSTER_VERBS}|${PIECE_KIND_LEAD})\s+)?(?:${PIECE_OF}|fotos? und text|${MORE_BYLINE_WORDS}|by|von|vom|par|por|di|da|door|av|af|oleh|autor(?:[*:_]?in)?|author|auteur|autore|yazar|yazan|автор|текст|text|redaktion)\s*:?\s+`, "i");

/**
 * Author meta names a vendor or plugin coins for the byline, read after the well-known ones (META_AUTHOR): a prefix,
 * then "author", "authors", "author_name", "byline_name" or "creator" ("og:article:author", "dc:creator", "vr:author",
 * "article:author_name", "sailthru.byline_name", "citation_author", "shareaholic:article_author_name"). Family: analytics,
 * recommendation and share plugins and library catalogues that state the article's writer under their own prefix (the
 * author-name counterpart of the vendor date names). Never a name that says it holds something else about the author
 * (a URL, id, slug, bio, thumbnail, e-mail: the pattern's anchored end leaves them out), nor an app banner's or a
 * Twitter card's (VENDOR_AUTHOR_META_NOT: the app's developer, a @handle).
 */
export const VENDOR_AUTHOR_META = /^(?:[\w-]+[:._])*(?:article[:._-]?)?(?:authors?(?:[_-]?names?)?|autor(?:es|en)?|byline[_-]?names?|creator)$/i;
export const VENDOR_AUTHOR_META_NOT = /^(?:twitter|smartbanner|apple|app|itunes|google-play|al|fb|msapplication)[:._]/i;

/**
 * Author values that are not a person's byline: CMS accounts ("admin", "Super User",
 * "Unknown", "Guest", "Anonymous"), placeholder and desk names without a person, and
 * words of the share / follow widgets that sit in author boxes.
 */
/**
 * "Editorial desk", "editorial team", "news desk", "bureau" in Cyrillic, Polish, Czech, Slovak, Chinese, Japanese,
 * Korean, Hindi, Arabic, Persian and Hebrew, whole: the desk an author tag or JSON-LD names where no writer signs (a CMS
 * account, as "Redaktion" is, JUNK_AUTHORS), and what a byline element prints as the byline (metadata.ts DESK_BYLINES,
 * kept there as the Latin desks are). Family: news portals in those scripts that fill the author field with the desk.
 */
export const NON_LATIN_DESKS: readonly string[] = [
  "редакция", "редакция сайта", "редакція", "редакција", "редакцията", "redakcja", "redakce", "redakcia", "redakcija", "uredništvo",
  "编辑部", "本报编辑部", "編輯部", "編集部", "편집부", "보도국",
  "ब्यूरो", "डेस्क", "न्यूज़ डेस्क", "न्यूज डेस्क", "वेब डेस्क", "संपादकीय",
  "التحرير", "فريق التحرير", "هيئة التحرير", "أسرة التحرير", "تحریریه", "מערכת", "המערכת",
];
export const JUNK_AUTHORS: ReadonlySet<string> = new Set([
  "admin", "administrator", "administrador", "webmaster", "super user", "superuser", "unknown", "unknown author", "anonymous",
  "anonym", "anonyme", "anónimo", "guest", "gast", "user", "editor", "editorial", "editorial staff", "editorial team", "staff",
  "redaktion", "redação", "redaksi", "rédaction", "redazione", "redacción", "team", "author", "autor", "auteur", "by",
  // a byline opener left alone when the name sits in another element ("<span>Von</span> <a>…</a>")
  "von", "par", "por", "door", "oleh", "av", "af",
  "follow", "follow author", "more", "about", "contact", "posts", "view all posts", "all posts", "read more", "share",
  "no author", "none", "null", "undefined", "default", "system", "root", "wordpress", "wp", "publisher", "newsroom",
  // the kind of piece printed in the author slot of sponsored, press-release and reader pieces, and a comment count's
  // label left alone: labels, no one's name (English, German, French, Spanish)
  "sponsored", "sponsored content", "sponsored post", "partner content", "paid content", "paid post", "advertorial", "anzeige",
  "werbung", "press release", "pressemitteilung", "pressemeldung", "communiqué", "communiqué de presse", "comunicado",
  "comunicado de prensa", "gastbeitrag", "leserbrief", "comments", "comment", "kommentare", "commentaires", "comentarios",
  // wire copy credited to the agencies in general, not one named agency, and a reader's submission's label (English,
  // German, French, Spanish): "Agencies", "Wire Services", "Agenturen", "Submitted"
  "agencies", "news agencies", "wire services", "wire service", "news services", "agenturen", "agences", "agencias", "submitted",
  // the editorial desk in the other scripts and Slavic languages, as "Redaktion" above (NON_LATIN_DESKS)
  ...NON_LATIN_DESKS,
]);

/**
 * Words of the share, print and follow buttons that news and blog themes set inside the byline row or the author box
 * (English, German, French, Spanish, Italian, Dutch): a byline element whose every word is one of them ("Share Tweet
 * Email", "Teilen Drucken") printed its tools and no name (html/metadata.ts cleanAuthor). Lower case, one word each.
 */
export const INTERFACE_WORDS: ReadonlySet<string> = new Set([
  "share", "shares", "tweet", "email", "e-mail", "mail", "print", "save", "copy", "link", "follow", "subscribe", "like", "comment", "comments", "reply",
  "facebook", "twitter", "x", "linkedin", "whatsapp", "pinterest", "reddit", "telegram", "flipboard", "xing", "messenger",
  "teilen", "drucken", "merken", "folgen", "kopieren", "abonnieren", "partager", "imprimer", "suivre", "compartir", "imprimir", "seguir",
  "condividi", "stampa", "segui", "delen", "printen", "volgen",
]);

/**
 * JSON keys that hold the publication date in the state objects pages ship to their
 * scripts (Next.js/Nuxt data, analytics data layers, Arc/Brightspot/Gannett page data),
 * outside JSON-LD: read with a regex over the script text, never parsed as a whole.
 */
export const SCRIPT_DATE_KEYS = [
  "datePublished", "publishDate", "publishedDate", "published_at", "publishedAt", "date_published", "publicationDate",
  "articlePublishTime", "firstPublishedDate", "first_published_at", "publish_date", "published_time", "pubDate",
  "display_date", "dateCreated", "createdDate",
];

/**
 * A page title part that is the site's section or the site itself rather than the headline:
 * the generic words of site titles (home, news, blog, magazine...) in several languages.
 */
export const SITE_TITLE_WORDS = /^(?:home|start|startseite|accueil|inicio|início|news|nachrichten|actualités|noticias|notícias|notizie|blog|magazin|magazine|archiv|archive|neuigkeiten|aktuelles|aktuell|presse|pressemitteilungen?|press releases?|artikel|articles?|beiträge|posts?)$/i;

/**
 * Labels printed before a publication date in the page text, per language: "Published on",
 * "Posted", "Date:", German "Datum:", "Veröffentlicht am", "Erstellt am", "Stand:", French
 * "Publié le", Spanish/Portuguese "Publicado el/em", Italian "Pubblicato il", Dutch
 * "Geplaatst op", Polish "Opublikowano", Russian "Опубликовано", Czech "Publikováno".
 * The date must follow within a few words (DATE_LABEL_REACH characters).
 */
export const DATE_LABEL = /(?:^|[\s|•·(])(?:first published|published|posted|date|datum|ver(?:ö|oe)ffentlicht|erstellt|erschienen|publié|publie|publicado|publicada|pubblicato|geplaatst|gepubliceerd|opublikowano|опубликовано|publikováno|julkaistu|publicerad|udgivet|publisert|yayınlanma)(?:\s+(?:am|on|le|el|em|il|op|den|dne|tarihi))?\s*:?\s*/giu;
export const DATE_LABEL_REACH = 40;

/**
 * Yoast SEO's reading-time / author pair (`twitter:label1` = "Written by", `twitter:data1` =
 * the name), in the languages WordPress ships it in.
 */
export const WRITTEN_BY_LABEL = /^(?:written by|verfasst von|geschrieben von|écrit par|escrito por|scritto da|geschreven door|napisane przez|skrivet av|skrevet af|kirjoittanut|автор|yazan)$/i;

/** JSON keys that hold the byline in pages' script data (outside JSON-LD), read like SCRIPT_DATE_KEYS. */
export const SCRIPT_AUTHOR_RE = /"(?:authors?|byline|authorName|author_name|writer)"\s*:\s*(?:\[\s*)?(?:\{[^{}]{0,200}?"(?:name|display_name|displayName)"\s*:\s*)?"([^"\\]{3,60})"/;

/** A copyright line that names its holder: "© 2006-2008 by Ann Lee", "Copyright (c) 2012- Ann Lee. All rights reserved". */
export const COPYRIGHT_HOLDER = /(?:©|\(c\)|copyright)\s*(?:\(c\)|©)?\s*(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:(?:19|20)\d{2})?)?\s*)?,?\s*(?:by\s+|von\s+|par\s+)?([^.|,;©\n]{3,60}?)\s*(?:[.|,;]|all rights|alle rechte|tous droits|todos los derechos|$)/i;

/**
 * Class tokens of the kicker (Dachzeile, topline, eyebrow, overline, rubric label) that news
 * CMSs print inside the <h1> before the headline proper: "<h1><span class=kicker>Climate</span>
 * <span>Drilling until it gets hot</span></h1>". The headline is the rest.
 */
export const KICKER_CLASS = /kicker|topline|top-line|dachzeile|overline|over-line|eyebrow|roofline|rubric|supertitle|super-title|pretitle|pre-title|overtitle|spitzmarke|flag|label|category|section|date/i;

/**
 * A country's usual UTC offset (standard time; where a country spans zones, its most populous
 * one), for writing a bare UTC instant ("2022-11-06T23:00:00Z") as the local day its readers saw
 * when the page states no zone of its own. The region comes from the page's language tag
 * ("es-AR"), og:locale ("de_DE") or its country-code host name. Countries on UTC are left out
 * (nothing to shift). Summer time is not modelled: an instant within an hour of midnight in
 * summer may still land on the wrong day.
 */
export const REGION_UTC_OFFSET: Record<string, string> = {
  de: "+01:00", at: "+01:00", ch: "+01:00", fr: "+01:00", it: "+01:00", es: "+01:00", nl: "+01:00", be: "+01:00", lu: "+01:00",
  pl: "+01:00", cz: "+01:00", sk: "+01:00", hu: "+01:00", si: "+01:00", hr: "+01:00", rs: "+01:00", ba: "+01:00", se: "+01:00",
  no: "+01:00", dk: "+01:00", ng: "+01:00",
  fi: "+02:00", gr: "+02:00", ro: "+02:00", bg: "+02:00", ua: "+02:00", ee: "+02:00", lv: "+02:00", lt: "+02:00", il: "+02:00",
  eg: "+02:00", za: "+02:00", cy: "+02:00",
  ru: "+03:00", tr: "+03:00", by: "+03:00", sa: "+03:00", ke: "+03:00", iq: "+03:00", jo: "+03:00", qa: "+03:00",
  ae: "+04:00", pk: "+05:00", in: "+05:30", bd: "+06:00", th: "+07:00", vn: "+07:00", id: "+07:00",
  cn: "+08:00", hk: "+08:00", tw: "+08:00", sg: "+08:00", my: "+08:00", ph: "+08:00", jp: "+09:00", kr: "+09:00",
  au: "+10:00", nz: "+12:00",
  us: "-05:00", ca: "-05:00", mx: "-06:00", pe: "-05:00", ec: "-05:00", bo: "-04:00", ve: "-04:00", cl: "-04:00",
  py: "-04:00", ar: "-03:00", br: "-03:00", uy: "-03:00",
};
/** Country-code top-level domains used as generic ones: they say nothing of where the site is. */
export const GENERIC_CCTLDS: ReadonlySet<string> = new Set(["co", "io", "me", "tv", "ai", "fm", "ly", "to", "cc", "ws", "nu", "am", "gg", "la", "is", "it"]);

/**
 * Organisation words of scripts without letter case, as parts of a site's name ("بوابة …", "… समाचार", "…新聞", "… 뉴스"):
 * where no capitals tell a person's name from a site's, the <title>'s site part is the site's only with such a sign
 * (html/metadata.ts titleSiteName). Family: news portals, papers, agencies and channels in Arabic, Persian, Hindi, Hebrew,
 * Thai, Chinese, Japanese and Korean. A word of its own, or for Chinese, Japanese and Korean the name's end (no spaces there).
 */
export const CASELESS_ORG_WORD = new RegExp(
  String.raw`(?:^|\s)(?:بوابة|موقع|جريدة|صحيفة|شبكة|قناة|وكالة|أخبار|اخبار|نيوز|مجلة|خبرگزاری|روزنامه|سایت|پایگاه|شبکه|مجله|समाचार|न्यूज़|न्यूज|खबर|ख़बर|टाइम्स|पत्रिका|חדשות|עיתון|ข่าว|หนังสือพิมพ์|สำนักข่าว)(?=\s|$)|(?:新闻|新聞|日报|日報|晚报|晚報|时报|時報|网|網|电视台|電視台|通信|通讯社|通訊社|放送|ニュース|뉴스|일보|신문|방송|통신)$`,
  "u",
);
/** Honorific titles before a person's name ("Dr. Ann Lee", "Prof. Dr. Ann Lee", "Mrs Ann Lee"): not part of the name's shape. */
export const NAME_HONORIFICS = /^(?:(?:dr|prof|mr|mrs|ms|mx|sir|dame|rev|fr|mag|ing|dipl\.-ing|mgr|hon|sr|sra|srta|dott|dott\.ssa|ing)\.?\s+)+/i;
/** Particles between the parts of a person's name ("Maria del Carmen Ruiz", "Ann van der Berg", "João dos Santos", "Ali bin Omar"). */
export const MORE_NAME_PARTICLES_SOURCE = "van|von|de|der|den|del|della|delle|dos|das|do|da|di|du|la|le|ten|ter|y|bin|ibn|al|el";
