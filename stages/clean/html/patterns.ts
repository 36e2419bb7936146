/**
 * Heuristics of the HTML extractor, as data. One table per concern; every entry
 * says why it exists. Everything here is generic (no site names, no per-page
 * strings): structure, class/id vocabulary and boilerplate phrasing.
 */

import { dateLabelAlternation } from "../text/date-labels.ts";

/** Elements whose whole subtree is never article text. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "template", // code and fallbacks: must never leak into text
  "svg", "canvas", "math", "iframe", "object", "embed", "video", "audio", "picture", "source", "track", "map",
  "button", "select", "option", "input", "textarea", "label", "dialog", // form controls: "Submit", "Search"
  "head", "title", "meta", "link", "base",
  "nav", "aside", "footer", "menu", // page chrome (trafilatura and Readability drop them too)
]);

/** Tags that start a new block of text (everything else is inline and joins its neighbours). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "form", "fieldset",
  "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
  "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
  "figure", "figcaption", "address", "hr", "center", "details", "summary", "body", "html",
]);

/** Tags that own a paragraph-level block in the output (and are scored as paragraphs). */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(["p", "pre", "blockquote", "li", "dd", "dt", "td", "h2", "h3", "h4", "h5", "h6"]);

/**
 * class/id vocabulary that marks a subtree as not article text. Matched on the
 * lower-cased "class id" string as whole word-parts (split on - _ space), so
 * "ad" matches "ad-slot" but not "header" or "load".
 */
export const NEGATIVE_PARTS: ReadonlySet<string> = new Set([
  "comment", "comments", "disqus", "replies", "respond", // reader comments
  "share", "sharing", "social", "sociallinks", "sharebar", "addthis", "shareaholic", // share rows
  "related", "recommended", "recirc", "trending", "popular", "mostread", "outbrain", "taboola", // teasers
  "promo", "promotion", "sponsor", "sponsored", "advert", "advertisement", "ad", "ads", "adslot", "dfp", "banner", // ads
  "newsletter", "subscribe", "subscription", "signup", "paywall", "regwall", // sign-up boxes
  "footer", "sidebar", "widget", "rail", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager",
  "caption", "credit", "credits", "figcaption", "copyright", "photographer", // image captions and credits
  "byline", "author", "authors", "dateline", "timestamp", "date", "meta", "metadata", "tags", "tag", "keywords", "topics", // article metadata lines
  "cookie", "cookies", "gdpr", "consent", "popup", "modal", "overlay", "toolbar", "print", "skip", // page chrome
  "hidden", "visually", "sr", "screenreader", "offscreen", // screen-reader-only labels ("Close", "Opens in new window")
  "tooltip", "popover", "hovercard", "rollover", // hover cards with a person's bio and latest headlines
]);

/**
 * Negative words that are never the article itself, however much text they
 * hold: a long comment thread can outweigh a short article in its container.
 */
export const STRONG_NEGATIVE_RE = /comment|disqus|repl(?:y|ies)|respond|related|recommend|outbrain|taboola|newsletter|subscri|footer|sidebar|cookie|consent|popup|modal/;

/** Whole-string class/id patterns that are negative even though their parts are not. */
export const NEGATIVE_RE = /(?:^|\s)(?:sr-only|visually-hidden|screen-reader-text|read-more|see-also|author-bio|about-the-author|article-meta|post-meta|entry-meta|wp-caption-text|image-caption|media-caption|inline-ad|ad-container|ad-wrapper)(?:\s|$)|caption|credit|newsletter|breadcrumb|byline|sidebar|advert|sponsor/;

/** class/id vocabulary of the article body (raises a container's score). */
export const POSITIVE_PARTS: ReadonlySet<string> = new Set([
  "article", "articlebody", "content", "entry", "post", "story", "body", "text", "main", "blog", "prose", "richtext", "paywall-content",
]);

/** Strong, explicit markers of the article body (schema.org microdata and common CMS classes). */
export const ARTICLE_BODY_RE = /(?:^|[\s_-])(?:article[-_]?body|articlebody|story[-_]?body|entry[-_]?content|post[-_]?content|article[-_]?content|article[-_]?text|story[-_]?content|post[-_]?body|body[-_]?text|content[-_]?body|articletext|storytext)(?:$|[\s_-])/;

/**
 * Boilerplate phrasing of whole short blocks (lower-cased, whitespace-normalised).
 * Applied only to blocks shorter than BOILERPLATE_MAX_CHARS so a real paragraph
 * that happens to start with "Subscribe" is not lost.
 */
export const BOILERPLATE_MAX_CHARS = 220;
/**
 * `maxChars` narrows an entry to label-sized blocks where its words also open
 * ordinary sentences ("Email records show...", "Related to the vote, ...").
 */
export const BOILERPLATE_PHRASES: { rule: string; re: RegExp; why: string; maxChars?: number }[] = [
  { rule: "clean/html/caption", re: /^(?:photo|image|picture|foto|bild|gambar|illustration|video|graphic|file photo)\s*(?:by|credit|courtesy|:|\|)/i, maxChars: 150, why: "photo caption or credit line" },
  { rule: "clean/html/caption", re: /\((?:photo|image|foto|picture)(?:\s+by)?[^)]*\)\s*$|\b(?:getty images|shutterstock|istock(?:photo)?|reuters\/|ap photo|afp via getty|epa-efe|associated press\)?)\s*$/i, why: "line ending in an agency credit" },
  { rule: "clean/html/caption", re: /^(?:credit|courtesy|source|fonte|quelle|sumber)\s*:/i, why: "credit line" },
  { rule: "clean/html/caption", re: /\b(?:photos?|images?|fotos?|pictures?)\s*(?:©|\(c\)|:\s*©)/i, maxChars: 150, why: "caption ending in a photo copyright ('installation view, photo © Studio')" },
  { rule: "clean/html/newsletter", re: /\b(?:newsletters?|in your inbox|(?:subscribe|sign up|register)\b.{0,40}\b(?:newsletters?|e-?mails?|updates|alerts|briefing|digest))\b|\b(?:inscreva-se|abonnieren|berlangganan|подпишитесь)/i, why: "newsletter or e-mail sign-up prompt (not 'sign up for a free trial' inside a deals article)" },
  { rule: "clean/html/share", re: /^(?:share|share this|share on|tweet|pin it|email|print|copy link|whatsapp|facebook|twitter|linkedin|teilen|compartilhe|bagikan|поделиться)(?:\s|$|:)/i, maxChars: 40, why: "share-row label" },
  { rule: "clean/html/read-more", re: /^(?:read more|read next|read also|see also|more:|related:|also read|recommended:|recommended$|watch:|listen:|click here|continue reading|leia (?:mais|também)|mehr zum thema|lesen sie auch|baca juga|читайте также|lee también|lire aussi)\b/i, why: "read-more / related-story teaser" },
  { rule: "clean/html/related", re: /^(?:related(?: stories| articles| coverage| content| posts)?|more (?:stories|news|from|on)|most (?:read|popular|viewed)|trending(?: now)?|top stories|you may also like|you might also like|recommended for you|editor'?s picks|what to read next)(?:\s*:.*|[\s.…!?]*)$/i, maxChars: 70, why: "heading of a related-stories list" },
  { rule: "clean/html/copyright", re: /^(?:©|\(c\)|copyright\b)|all rights reserved|todos os direitos reservados|alle rechte vorbehalten|hak cipta/i, why: "copyright line" },
  { rule: "clean/html/advertisement", re: /^(?:advertisement|advertising|sponsored(?: content)?|anzeige|publicidade|publicidad|iklan|реклама|ad)$/i, maxChars: 30, why: "ad slot label" },
  // (The label ends where its word ends in Latin or Cyrillic script: the `\b` it had never matched after a word ending
  // in a non-ASCII letter, so 'Опубликовано: 03.05.2021' stayed.)
  { rule: "clean/html/timestamp", re: new RegExp(String.raw`^(?:(?:${dateLabelAlternation("timestamp")})(?![A-Za-z0-9_\u00C0-\u024F\u0400-\u04FF])[\s:]*|\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[a-z]{2,4})?[,\s]*)(?:on\s+)?(?=[\w\s,.:/+-]{0,60}$)[^\d]*\d`, "i"), why: "publication timestamp line" },
  { rule: "clean/html/byline", re: /^(?:[Bb]y|BY|[Vv]on|VON|[Pp]or|POR|[Oo]leh|OLEH|[Pp]ar|PAR|[Аа]втор)\s+[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}(?:\s*(?:,|and|&|und|e|y|et|dan)\s*[\p{Lu}][\p{L}.'’ -]+){0,3}(?:\s*[|,\-–—]\s*.{0,60})?$/u, why: "byline, possibly followed by a date ('By Ann Lee - 3/4/21 7:05 PM EST')" },
  { rule: "clean/html/credit", re: /^(?:additional reporting|reporting by|with reporting (?:by|from)|written by|edited by|contributing:|mit material von|com informações d[aeo]s?)\b/i, why: "contributor credit line" },
  { rule: "clean/html/comments", re: /^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|post a comment|join the (?:conversation|discussion)|kommentare?|comentários?|komentar|комментари[ий])\b/i, maxChars: 50, why: "comments prompt" },
  { rule: "clean/html/contact", re: /^(?:have a (?:news )?tip\b|got a (?:news )?tip\b|contact (?:the )?(?:writer|reporter|author)\b|.{0,60}\b(?:can|may) be reached at\b)/i, why: "reporter contact line" },
  { rule: "clean/html/reading-time", re: /^(?:reading time|read time|tempo de leitura|lesezeit|waktu baca|temps de lecture|tiempo de lectura)\b|^\d+\s*(?:min(?:ute)?s?|minuten|minutos)\s+(?:read|lesezeit|de leitura|de lectura)\b/i, why: "reading-time label" },
  { rule: "clean/html/javascript", re: /\b(?:requires javascript|enable javascript|javascript (?:is )?(?:disabled|required))\b/i, why: "no-script notice" },
  { rule: "clean/html/pager", re: /^\d+\s*[-–]\s*\d+\s+(?:of|von|de|dari|из)\s+\d+$/i, why: "pager or gallery counter" },
  { rule: "clean/html/tags", re: /^(?:filed under|tags?|topics?|categories|category|kategori|schlagwörter|schlagworte|etiquetas|tópicos|темы|теги)\s*:/i, maxChars: 150, why: "tag/category line" },
  { rule: "clean/html/shortcode", re: /^\[\w+[^\]]*\].*\[\/\w+\]$/, why: "unrendered CMS shortcode" },
  { rule: "clean/html/coverage", re: /^(?:follow|read|see|get) (?:\S+ )?(?:full |complete |all |latest |more )?coverage\b/i, why: "pointer to a coverage hub" },
  { rule: "clean/html/membership", re: /^if you (?:enjoyed|liked|value|appreciate)\b.*\b(?:join|subscribe|support|member|donat)/i, why: "membership or donation prompt" },
  { rule: "clean/html/follow", re: /^(?:follow (?:us|me|him|her|them)|like us on|find us on|connect with us|download (?:our|the) app)\b/i, maxChars: 120, why: "follow-us prompt" },
];

/**
 * Press-release boilerplate closing an article (a company profile without its "About …"
 * heading): from the first such block among the last TAIL_PROFILE_BLOCKS kept blocks, the
 * rest is dropped when it is short next to the article before it.
 */
export { COMPANY_PROFILE_RE } from "../text/lexicon.ts";
export const TAIL_PROFILE_BLOCKS = 4;
export const TAIL_PROFILE_SHARE = 0.5;

/**
 * Rules of the text cleaner's lexicon (stages/clean/text/lexicon.ts) that the HTML extractor
 * applies to short blocks too: phrasing families that sit inside article containers on many
 * sites (subscription and print offers, donation appeals, rating widgets, comment chrome,
 * ad labels, kicker-glued teasers, multilingual related headers).
 */
export const SHARED_TEXT_FAMILIES: ReadonlySet<string> = new Set(["clean/paywall", "clean/donation", "clean/rating", "clean/comments", "clean/ad", "clean/teaser", "clean/read-more"]);

/**
 * Lead paragraphs outside the main container: a wire-style opening ("PLACE (CNN) — …",
 * "WASHINGTON (Reuters) - …", "BERLIN -- …") in a paragraph at most LEAD_LOOKBACK_BLOCKS
 * blocks before the first kept one (short blocks such as video labels and share rows in
 * between are passed over) is the article's first paragraph. Shared with the text cleaner.
 */
export { WIRE_LEAD as WIRE_LEAD_RE } from "../text/lexicon.ts";
export const LEAD_LOOKBACK_BLOCKS = 12;
export const LEAD_MIN_CHARS = 80;

/** Headings after which the rest of the container is a teaser list or comments, not the article. */
export const END_OF_ARTICLE_HEADING_RE = /^(?:related(?: stories| articles| coverage| content| posts| reading)?|more (?:stories|news|from|on|in)\b|most (?:read|popular|viewed)|trending|top stories|you may also like|you might also like|recommended|editor'?s picks|what to read next|comments?|leave a (?:comment|reply)|share this|about the author|read more|tags|weitere artikel|leia também|baca juga|читайте также)\b/i;

/**
 * Small stop-word lists (most frequent function words) per language. A block of
 * real prose has many of them; a menu, a tag list or a caption has few.
 */
export const STOP_WORDS_BY_LANGUAGE: Record<string, readonly string[]> = {
  en: ["the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "that", "this", "which", "who", "he", "she", "they", "we", "i", "you", "not", "as", "his", "her", "their", "will", "would", "said"],
  de: ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "dem", "mit", "sich", "auf", "für", "von", "auch", "es", "im", "dass", "wird", "sie", "er", "bei", "nach"],
  pt: ["o", "os", "as", "e", "de", "do", "da", "dos", "das", "em", "no", "na", "um", "uma", "que", "para", "com", "não", "por", "mais", "se", "foi", "ao"],
  id: ["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "juga", "ke", "ada", "karena", "oleh"],
  ru: ["и", "в", "не", "на", "что", "с", "по", "как", "это", "он", "она", "из", "за", "к", "у", "от", "о", "для", "так", "но", "же"],
  es: ["el", "la", "los", "las", "y", "en", "que", "del", "un", "una", "por", "con", "para", "es", "su", "al", "lo", "como"],
  fr: ["le", "les", "des", "et", "est", "du", "une", "pas", "que", "qui", "dans", "pour", "sur", "au", "il", "elle", "ce", "avec", "sont"],
};

export const STOP_WORDS: ReadonlySet<string> = new Set(Object.values(STOP_WORDS_BY_LANGUAGE).flat());

/** A block whose share of characters inside links exceeds this is navigation or a teaser (unless long prose). */
export const LINK_DENSITY_MAX = 0.5;

/**
 * Words of a timestamp line ("Updated: Tuesday, 19 November 2019 10:43 AM EST",
 * "quarta-feira, 3 de março de 2021 às 09:40"). A short line made only of
 * these and numbers is a dateline, not article text.
 */
export const DATE_LINE_WORDS: ReadonlySet<string> = new Set([
  // months, en / de / fr / es / pt / id (full and abbreviated)
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
  "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
  "januari", "februari", "maret", "juni", "juli", "agustus", "oktober", "desember",
  // weekdays
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo", "feira", "lunes", "martes", "miércoles", "jueves", "viernes", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
  // glue words, clock and zone labels, update verbs
  "at", "on", "de", "às", "a", "um", "uhr", "le", "à", "am", "pm", "h", "et", "pt", "ct", "mt", "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "cest", "ist", "wib", "aest",
  "updated", "update", "published", "posted", "last", "modified", "first", "created", "date", "time", "stand", "aktualisiert", "veröffentlicht", "publicado", "atualizado", "actualizado", "diperbarui", "publié", "mis", "jour",
  "ago", "hours", "hour", "minutes", "mins", "min", "days", "day", "yesterday", "today",
]);
