/**
 * Cues of a story boundary inside a text dump (stages/clean/stories.ts reads this table).
 *
 * A dump that holds several pages (a scraper appending every page it saved, a browser's
 * "save all tabs as text", a digest) shows where one page ends and the next begins in a
 * few general ways, whatever the renderer (html-to-text, browser innerText, Markdown):
 *
 *  - something written BETWEEN pages by the tool that joined them: a form feed, a rule of
 *    `-` / `=`, a line holding only the page's URL, a longer run of blank lines;
 *  - the END of a page: its footer (copyright line, legal links);
 *  - the START of a page: its own chrome (skip links, menu toggles, sign-in rows, cookie
 *    banners), or a story start (a headline over a dateline / byline and dense prose);
 *  - the same chrome printed again: lines that repeat at every page start of one site.
 *
 * Each cue adds its weight to a candidate boundary; a boundary is cut when the sum reaches
 * CUT_SCORE and both sides keep an article body of their own (see stories.ts).
 */
import { dateLabelSource } from "./text/date-labels.ts";
import { CONSENT_BUTTON } from "./text/lexicon.ts";

/** Weights of the cues (added up per candidate boundary). */
export const CUE_WEIGHTS = {
  /** A form feed (pdftotext, many exporters): the tool's own page break. */
  formFeed: 10,
  /** A URL line above every page, the first included: the file's header format. */
  urlHeader: 10,
  /** A URL line alone (blank line before it), when the file does not open with one: pages cite addresses too. */
  urlLine: 1.5,
  /**
   * A rule of -, =, _ or ~ alone on a line. Renderers print a page's own <hr> this way too (between
   * an article and its comments, above a footer), so a rule alone does not cut: with the file's
   * repeated form and a blank run it still needs one cue of page content (footer before, chrome after).
   */
  rule: 2,
  /**
   * A row of asterisks instead (`* * *`, `***`): first a story's own section break, in any renderer
   * (turndown prints every <hr> of a page so too); weight 1 and no joiner signature (a digest's
   * stories still cut with their headers). As a full rule it split 10 single pages of metadata-dev.
   */
  markdownBreak: 1,
  /** ...directly under a text line in a file that is not Markdown: no renderer writes an <hr> that way. */
  ruleUnderText: 3,
  /** The same separator (rule, URL form) at two or more boundaries: joiners are consistent within a file. */
  repeatedSeparator: 1,
  /** Per blank line beyond the first in a run (capped at `blankRunCap` lines). */
  blankLine: 0.5,
  blankRunCap: 4,
  /**
   * ...and at this many lines when the run surrounds a rule: the empty lines around a rule are its
   * layout (html-to-text and innerText print a page's own <hr> with block spacing, up to ten empty
   * lines), not a second joiner, so a rule and its spacing never reach CUT_SCORE without a cue of page
   * content. Uncapped, a page's own <hr> over a long run cut 19 single web pages of metadata-dev.
   */
  blankRunCapRule: 1,
  /** A page-footer line among the last lines before the boundary. */
  pageEnd: 3,
  /** Page chrome among the first lines after the boundary (an entry of PAGE_START may weigh more). */
  pageStart: 2,
  /** A navigation menu right after the boundary: its first MENU_LINES lines are all short links, no prose. */
  menuStart: 1.5,
  /** A headline, then a dateline or byline, then prose, right after the boundary. */
  storyStart: 2,
  /**
   * ...when nothing else at the boundary says a page ended or a tool joined (only a blank run, a menu)
   * and the file opens with page chrome, not with a story header: a web page's own teasers, author
   * boxes and comments have a headline over a byline or date too. Weighed 2 there, it made 13 extra
   * articles of single web pages in metadata-dev (fold B totals) and no cut of the joined sets.
   */
  storyStartAlone: 0,
  /** The lines after the boundary repeat the top of the file (the same site's page header again): cut unless a body is missing. */
  repeatedHeader: 5,
  /** A news-database counter line ("Document 3 of 25") that the file does not open with. */
  counter: 3,
  /**
   * A story header (storyStart) in a file where three or more stories open that way, the file's
   * start included: a digest, archive or wire dump of bare stories, which end with their last
   * paragraph (so `rightAfterProse` does not count against them).
   */
  repeatedStoryStart: 2,
  /**
   * Against: the boundary comes right after a body's last paragraph, with no footer between.
   * A page's own rule under its article (before share rows, related links, comments) sits there;
   * a joined page nearly always ends with footer lines first.
   */
  rightAfterProse: -2,
  /**
   * Against: footer lines again among the first lines after the boundary. The boundary then
   * falls inside one page's footer (a copyright line between two link rows), not after it.
   */
  footerContinues: -2,
  /**
   * Against: the first lines after the boundary open a page's TAIL section: a comment form or
   * thread ("Leave a Reply", "34 responses to …") or a related-links header ("Related articles",
   * "You may also like"), the text cleaner's own lexicon (text/lexicon.ts, breaker entries of
   * comments and read-more). A page's own rule or blank run sits above them; a joined page opens
   * with its masthead and menu instead.
   */
  tailSection: -2,
  /**
   * Against: the first line after the boundary labels a page's own taxonomy list ("Tags", "Topics", "Locations",
   * "Categories", "Schlagwörter", "Mots-clés") and list entries follow it (TAXONOMY_LABEL). A story's tags, places
   * and categories sit under its last paragraph or its copyright line, or in a sidebar column; a joined page opens
   * with its masthead and menu, never with a tag list.
   */
  taxonomyList: -2,
} as const;

/** A boundary is cut when its cues add up to this. */
export const CUT_SCORE = 4;
/**
 * A cue this strong on its own (form feed, URL header) is cut even when a side has little prose,
 * and a file that has one is cut only at such cues: a tool that writes a page break or a URL
 * header between pages writes it between all of them.
 */
export const HARD_SCORE = 10;
/** A cut scoring under SURE_SCORE needs a body of at least this many prose words on each side... */
export const MIN_SIDE_WORDS = 100;
/** ...a cut scoring this much (a footer, then page chrome, then a menu) only needs a body on each side. */
export const SURE_SCORE = 6;

/**
 * Rules drawn between pages or stories, nothing else on the line. Like a page's own `<hr>`, a rule
 * alone never cuts (weight `rule`): it needs the file's repeated form, page chrome or a story
 * header after it. A Markdown heading underline (`===` / `---` directly under a text line) is NOT a
 * separator: stories.ts tells the two apart by the line above and by whether the file is Markdown.
 */
export const RULE_LINE = new RegExp(
  "^[ \\t]*(?:" +
    [
      // Joiners of text exports and digests: five or more of one character ("-----", "=====", "_____", "~~~~~").
      "([-=_~])\\1{4,}",
      // Box-drawing and dash rows ("═════", "─────", "━━━━━", "—————"): plain-text newsletters, mail digests and
      // exporters that draw their rules with Unicode line characters; five or more, like the ASCII rules.
      "([═─━—–])\\2{4,}",
      // Asterisk rows, spaced or not ("* * *", "*****"): digests' and newsletters' section breaks, and
      // turndown's Markdown <hr>; three or more, so that a lone bullet or bold marker is no rule.
      "\\*(?:[ \\t]*\\*){2,}",
      // The press-release end mark, three hashes ("###", "# # #"): written under every release of a wire
      // or PR dump. Exactly three: "####" alone is an empty Markdown heading.
      "#[ \\t]?#[ \\t]?#",
      // The newsroom end mark "-30-" under a story.
      "-[ \\t]?30[ \\t]?-",
    ].join("|") +
    ")[ \\t]*$",
);

/**
 * A counter line above each story of a news-database export ("Document 3 of 25", "3 of 120
 * DOCUMENTS", "Result 3 of 40", "Article 2 of 7"). Family: Factiva, LexisNexis, Westlaw and
 * library-database exports, which number every story they write. Not "Page N of M": a print
 * footer inside one long story. Weight `counter`; above the first story as well, it is the file's
 * header format (HARD, like a URL header).
 */
export const COUNTER_LINE = /^[ \t]*(?:(?:document|result|article|item|story|record)\s+\d{1,6}\s+(?:of|\/)\s+\d{1,6}|\d{1,6}\s+of\s+\d{1,6}\s+(?:documents?|results?|articles?|items?|stories))[ \t]*$/i;

/**
 * A paragraph that opens with a news-wire dateline: a place in capitals, an optional date, the
 * agency in parentheses, then a dash ("HARBOURTOWN, March 5 (Coastal Wire) - …", "UPPER VALE (CW) —").
 * Under a headline it is the story's dateline and first paragraph at once. Family: wire and agency
 * dumps, press digests. (Not text/lexicon.ts WIRE_LEAD, the cleaner's wire-lead cue, which needs a known
 * agency or a place in capitals then a dash: the two match different lines, so each keeps its own pattern.)
 */
export const WIRE_DATELINE = /^[ \t]*\p{Lu}[\p{Lu}\p{M} .'’-]{2,40}(?:,[^()\n]{1,40})?[ \t]*\([^()\n]{2,40}\)[ \t]*[-–—]/u;

/**
 * A line that is only an address: bare, or labelled ("URL: …", "Source: …", "Link: …").
 * Family: the header line scrapers write above each saved page. The label is kept in the
 * separator's signature so that a file's own format can be recognised at every boundary.
 */
/**
 * Addresses of embedded media (a video, a post, a track): renderers print an embed as its bare
 * address inside the page, so, unless the file's own URL header has that form, such a line is no
 * page's address (cue urlLine). Family: YouTube / Vimeo / social-post / audio embeds in any page.
 */
export const EMBED_URL = /^https?:\/\/(?:[\w-]+\.)*(?:youtube\.com|youtu\.be|vimeo\.com|twitter\.com|x\.com|instagram\.com|facebook\.com|fb\.watch|tiktok\.com|soundcloud\.com|spotify\.com|dailymotion\.com|t\.co)(?:[/?#:]|$)/i;

/** Addresses of images, scripts and styles: a page's own residue (Markdown image sources), never a page header. */
export const ASSET_URL = /\.(jpe?g|png|gif|webp|svg|ico|css|js|woff2?|mp4|mp3)(\?|#|$)/i;

export const URL_LINE = /^[ \t]*(?:(url|source|link|address|location|page|from)[ \t]*:[ \t]*)?<?(https?:\/\/[^\s<>]+)>?[ \t]*$/i;

/**
 * A picture credit, not a page's copyright notice: captions and credits carry a © too, all down an
 * article ("Image copyright Getty", "(Photo: © Jane Roe)", "Bild © Agency", "© Agency/Photographer",
 * a caption ending "… on Tuesday. © Agency"), and a page-end cue on them cut single pages after a
 * picture. A line that reserves the rights ("All rights reserved" in several languages) is a footer
 * whatever else it says. Family: photo credits of news and magazine pages in any language.
 */
export const PICTURE_CREDIT = new RegExp(
  "^(?!.*\\b(?:rights reserved|alle rechte|tous droits|todos (?:os|los) (?:direitos|derechos)|derechos reservados|minden jog|tutti i diritti|wszelkie prawa|prava zadržana|все права|hak cipta))(?:" +
    [
      // A line that opens with the picture's label: "Image copyright …", "Photo: …", "(Foto: © …)".
      "\\(?\\s*(?:image|photo|picture|foto|bild|gambar|credit)s?\\b",
      // The label right before the sign, anywhere in the line: "… views, photos © Studio", "Bild © Agency".
      ".*?\\b(?:photos?|fotos?|images?|bild(?:er)?|pictures?|credits?|courtesy|quelle)\\s*(?::\\s*)?(?:©|\\(c\\))",
      // Agency / photographer, the credit's own form ("© Agency/Jane Roe", "© stock.example/name"), no year.
      ".*?©\\s*\\p{L}[\\p{L}\\p{N}.&' -]{0,40}\\/\\s*\\p{L}",
      // A caption's sentence, then the credit at its end ("… in the rain.© Agency"), no year.
      ".*?[.!?…]\\s*[(\\[]?(?:©|\\(c\\))\\s*\\p{L}[^\\d]{0,40}$",
    ].join("|") +
    ")",
  "iu",
);

/**
 * Lines that end a page: footers. Family: copyright notices in many languages, legal link
 * rows, "back to top". Looked for among the last PAGE_END_LINES non-blank lines before a boundary.
 */
export const PAGE_END: { re: RegExp; unless?: RegExp; why: string }[] = [
  { re: /©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\btodos os direitos\b|\btodos los derechos\b|\balle rechte\b|\btous droits\b|\bhak cipta\b|\bвсе права\b|無断転載|著作権/i, unless: PICTURE_CREDIT, why: "copyright notices (not picture credits, PICTURE_CREDIT)" },
  { re: /^(privacy( policy| notice)?|terms( of (use|service))?|terms (&|and) conditions|cookie (policy|settings|preferences)|impressum|datenschutz|imprint|sitemap|site map|accessibility|ad ?choices|do not sell my (personal )?info(rmation)?)(\s*[|•·/,]?\s*\S.*)?$/i, why: "legal link rows opening with a legal link" },
  { re: /^(back to top|to the top|top of page|scroll to top|voltar ao topo|nach oben|kembali ke atas)$/i, why: "back-to-top links at the very bottom" },
  {
    re: /%d\s+(bloggers?|blogueros?|blogueurs?|bloggern?)\b|^sorry, your blog cannot share posts by email\.?$/i,
    why: "blog-platform script templates printed at the very end of the page (the likes widget's unfilled '%d bloggers like this:' in any language, the share-by-email error): a blog page's last lines",
  },
];
/** How many non-blank lines before a boundary are searched for a footer line. */
export const PAGE_END_LINES = 8;

/**
 * Lines that start a page: its own chrome. Family: skip links, menu toggles, sign-in rows,
 * cookie banners, "you are using an outdated browser". Looked for among the first
 * PAGE_START_LINES non-blank lines after a boundary.
 */
export const PAGE_START: { re: RegExp; why: string; weight?: number }[] = [
  { weight: 3, re: /^(skip to (the )?(main )?(content|navigation|search|article)|jump to (the )?(main )?(content|navigation)|skip navigation|pular para o conte[uú]do|zum inhalt springen|langsung ke konten|aller au contenu|saltar al contenido)\b/i, why: "skip links, the first focusable element of accessible pages (weight 3: printed nowhere else)" },
  {
    weight: 3,
    re: /^(?:vai al contenuto|salta al contenuto|(?:ga )?naar (?:de )?(?:hoofd)?inhoud|przejd[źz] do (?:tre[śs]ci|zawarto[śs]ci)|hoppa till (?:huvud)?inneh[åa]ll|g[åa] til (?:hoved)?indhold|hopp til (?:hoved)?innhold|i[çc]eri[ğg]e (?:ge[çc]|atla)|перейти к (?:основному )?(?:контенту|содержанию|содержимому)|перейти до (?:змісту|контенту)|本文へ(?:スキップ|移動)?|コンテンツへスキップ|メインコンテンツへ(?:スキップ|移動)|跳到主要内容|跳至(?:主要)?内容|跳转到(?:主要)?内容|본문(?:으로)? 바로가기)(?![\p{L}\p{N}])/iu,
    why: "skip links in more languages (Italian, Dutch, Polish, Scandinavian, Turkish, Russian, Ukrainian, Japanese, Chinese, Korean), ended by a Unicode-aware word end",
  },
  { re: /^(toggle navigation|open (the )?menu|main menu|menu|sign in|log ?in)$/i, why: "header controls, one per line (not 'subscribe', 'register' or cookie notices: footers and forms print those too)" },
  { re: /^(sign in|log ?in)\s*[|/·]?\s*(register|sign up|subscribe|create (an )?account)$/i, why: "sign-in rows" },
  { re: /\b(outdated|unsupported|older) browser\b/i, why: "browser warnings at the top of a page" },
  { re: /^search( for)?\s*:?(\s+search)?$/i, why: "the search box of a page header, printed as its label and button" },
];
/** How many non-blank lines after a boundary are searched for page chrome. */
export const PAGE_START_LINES = 6;

/**
 * The label of a page's taxonomy list, the whole line (a colon after it at most): tags, topics, categories, places,
 * keywords, "filed under", in the languages of the lexicon. Not "Sections", "Menu", "News": a page's menu opens so.
 * Family: tag, topic, location and category lists under a story (wire stories print them under their copyright
 * notice) and in sidebar and footer columns, in html-to-text, innerText and Markdown dumps (cue taxonomyList).
 */
export const TAXONOMY_LABEL =
  /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?(?:tags?|topics?|related topics|categor(?:y|ies)|locations?|keywords?|labels?|subjects?|filed under|posted in|schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|kategorien?|themen|mots[- ]cl(?:é|e)s|cat(?:é|e)gories?|(?:é|e)tiquettes|sujets|etiquetas|categor(?:í|i)as?|temas|palavras[- ]chave|kategori|topik|argomenti|categorie|trefwoorden|categorie(?:ë|e)n|onderwerpen|теги|метки|рубрики|タグ|カテゴリー?|标签|分类)(?:\*\*)?[ \t]*(?::[ \t]*)?$/iu;

/**
 * A share control, the whole line (a bullet or Markdown link around it at most): a network's name, "Share", "Email",
 * "Print", "Copy link", in the languages of the lexicon. A story's share row (three to five of them under its headline or
 * its last paragraph) is no navigation menu: such lines never count as a menu's entries (menuStart), so a share row with
 * a byline or a headline beside it does not read as a page's opening menu. Family: share rows of article pages in
 * html-to-text, innerText and Markdown dumps.
 */
export const SHARE_CONTROL =
  /^[ \t]*(?:[*•·+-][ \t]+)?\[?[ \t]*(?:share(?: (?:on|via|this|to))?(?: (?:facebook|twitter|x|email|e-mail|whatsapp|linkedin))?|tweet|post|facebook|twitter|x|whatsapp|linkedin|pinterest|telegram|reddit|messenger|flipboard|bluesky|threads|mastodon|e-?mail|mail|print|copy link|copy|teilen|drucken|compartir|imprimir|partager|imprimer|condividi|stampa|bagikan|cetak|compartilhar)[ \t]*:?[ \t]*\]?(?:\([^()\s]{0,300}\))?[ \t]*$/i;

/** Lines of a menu that opens a page (menuStart), and the longest menu entry in words. */
export const MENU_LINES = 4;
export const MENU_ENTRY_WORDS = 6;

/**
 * How a dateline or byline line under a headline opens ("By Jane Doe", "Published 3 hours ago").
 * A "Published / Updated" opener counts only with a time in the line (RELATIVE_TIME; a full date
 * is parsed by parseDateline): footers and taglines open with the same words ("Updated 7 days a
 * week", "Posted in Opinion", "Published by Example Books").
 * The dateline labels are date-labels.ts's `published`, `posted` and `updated` words (every language of
 * that table), ended by a Unicode-aware word end: `\b` is ASCII-only in JavaScript even with /u, so a
 * label ending in a non-ASCII letter ("publié", "опубликовано") never matched before a space.
 */
/** Dateline labels the splitter reads that date-labels.ts does not list (Indonesian "diperbarui", updated). */
const DATELINE_OPENER_EXTRA: readonly string[] = ["diperbarui"];
export const BYLINE_OPENER = /^(by|von|por|oleh|par|door|av|di|автор)\s+\p{Lu}/u;
export const DATELINE_OPENER = new RegExp(
  String.raw`^(?:${dateLabelSource(["published", "posted", "updated"])}|${DATELINE_OPENER_EXTRA.join("|")})(?![\p{L}\p{N}_])`,
  "iu",
);
/** A clock time or a relative time: "10:32", "3 hours ago", "vor 2 Stunden", "hace 5 minutos", "2 jam lalu", "yesterday". */
export const RELATIVE_TIME = /\b\d{1,2}[:.]\d{2}\b|\b\d+\s*\p{L}+\s+(ago|lalu|atrás|yang lalu)\b|\b(vor|hace|há|il y a)\s+\d+|\b(yesterday|today|just now|gestern|heute|ayer|hoy|ontem|hoje|hier|aujourd'hui|kemarin|hari ini)\b/iu;

/**
 * Cues (ids of stories.ts) that show a page STARTS at a boundary, or that the joining tool wrote
 * something there: a story cut without any of them (a footer line before, one blank line, a list of
 * short lines after: a footer's own link columns look like a menu; a headline) must show a story
 * header of its own once cleaned, or it is a piece of the page next to it (clean/index.ts
 * isPagePiece). Family: prose-like head and footer chrome of every renderer (site blurbs,
 * newsletter pitches, disclaimers, legal notes, teaser descriptions, cookie notices).
 */
export const PAGE_OPENING_CUES: ReadonlySet<string> = new Set([
  "form-feed", "url-header", "url-line", "rule", "repeated-separator", "file-joiner", "page-start", "repeated-header",
  "counter", "counter-header", "repeated-story-start", "mail", "mail-header", "front-matter",
  // Not a run of empty lines (cue "blank-run:N"): renderers print three to ten of them between a
  // page's own blocks (html-to-text around nested <div>s, a cookie dialog after the footer), so a
  // piece after one still needs a headline, byline or dateline of its own. As an opening cue it
  // kept 5 single web pages of metadata-dev cut (a consent notice, a caption), no joined page.
]);

/**
 * The heading of a cookie or privacy-consent dialog ("Manage cookie consent", "How we use cookies",
 * "Privacy settings", "Cookie-Einstellungen"): a story that opens with one and has no byline or date
 * of its own is a piece of the page before it (clean/index.ts isPagePiece), even after a page-opening
 * cue. Family: consent dialogs that html-to-text and innerText print where the DOM holds them, often
 * after the footer. A news story about cookies carries its own byline or date and stays; an undated one
 * ("Bakery's oat cookies sell out", "Court rules on consent") stays too: a word that news uses as well
 * (cookie, consent, privacy) makes a dialog's heading only in a short heading with a dialog's wording
 * (CONSENT_DIALOG_WORDING: "we use", "wie wir … verwenden", "settings", "policy", "manage", "this website", a category's "necessary", "analytics"), or alone.
 * Still, a headline can read so ("Cookie tax", "Informed consent", "Apple privacy settings change" is kept out by anchoring
 * the privacy-settings form to the whole heading): isPagePiece also wants the dialog in the story's body (short, or a control line).
 */
const CONSENT_HEADING_ONLY =
  /^(?:(?:manage|edit|change|update|review|your|our|ihre|meine|g[ée]rer|vos|mes)\s+){0,2}(?:(?:privacy|data protection) (?:settings|preferences|choices|centre|center)|datenschutz-?einstellungen|einwilligungen?(?: verwalten)?|zustimmung verwalten|param[eè]tres de confidentialit[ée])$/i;
const CONSENT_WORD = /\bcookie|\bconsent\b|\bconsentimiento|\bprivacidade\b|\bpersetujuan\b/gi;
// Not the bare verb "use"/"uses" (nor "uso", "utiliza"): news headlines use it too ("Cookie use falls"); "how we use", "use of", "uso de" and "this site" stay.
const CONSENT_DIALOG_WORDING = /\bwe use\b|\bhow we\b|\bwie wir\b|\b(?:verwenden|verwendet|nutzen|nutzt|utilisons|utilise|utilisation|usamos|utilizamos|gebruik|gebruiken|menggunakan)\b|\buse of\b|\buso de\b|\b(?:this|our) (?:site|website|page|web site)\b|\b(?:settings|preferences|policy|notice|declaration|banner|choices|consent|manage|managing|management|accept|allow|opt)\b|einstellungen|richtlinie|hinweis|\bparam[eè]tres\b|\bpolitique\b|\bpol[ií]tica\b|\baviso\b|\bconfiguraci[oó]n\b|\bgestion\b|\bkebijakan\b|\bpengaturan\b|\b(?:necessary|essential|functional|analytics?|marketing|performance|statistics|targeting|advertising|strictly|notwendige|essenzielle|funktionale|statistik|n[eé]cessaires|necesarias|necess[aá]rios)\b/i;
/**
 * A consent dialog's sentence: a cookie or consent word and the site speaking to its reader ("we", "our", "your";
 * "wir", "Ihnen", "unserer"; "nous", "vous"; "nosotros", "usted"; "wij", "uw"), in one line. A news story about
 * cookies reports them ("tracking cookies fell by a fifth, a survey found"); a dialog explains its own. Family: the
 * text under a consent dialog's heading in html-to-text and innerText dumps, in the languages of CONSENT_WORD.
 */
export function isConsentSentence(line: string): boolean {
  return line.search(CONSENT_WORD) >= 0 && CONSENT_ADDRESS.test(line);
}
const CONSENT_ADDRESS = /\b(?:we|our|us|you|your|wir|uns|unser(?:e|er|en|em)?|ihnen|ihr(?:e|er|en|em)?|nous|notre|nos|vous|votre|vos|nosotros|nuestr[oa]s?|usted|wij|ons|onze|uw|noi|nostr[oaie]|voi|vostr[oaie]|kami|anda)\b/i;

/** Words at most in a consent dialog's heading (a headline about cookies runs longer). */
const CONSENT_HEADING_WORDS = 8;
/** Whether a story's headline is a consent dialog's heading (see above). */
export function isConsentHeading(headline: string): boolean {
  const t = headline.trim();
  const words = t.split(/\s+/).length;
  if (words > CONSENT_HEADING_WORDS) return false;
  if (CONSENT_HEADING_ONLY.test(t.replace(/[\s.:!]+$/, ""))) return true;
  const rest = t.replace(CONSENT_WORD, " ");
  if (rest === t) return false;
  // Alone ("Cookies", "Consent", "Cookie-Hinweis"), or with a dialog's wording (every consent word taken out first:
  // "ICO fines site over cookie consent" has none).
  return words <= 2 || CONSENT_DIALOG_WORDING.test(rest);
}

/**
 * A consent dialog's control, the whole line: a button (lexicon.ts CONSENT_BUTTON: "Accept all", "Got it";
 * "Reject all cookies", "Alle akzeptieren", "Tout refuser", "Einwilligen bzw. Ablehnen", "Show details",
 * "ⓘ All details") or a service panel's switch ("Switch on or off to opt out of the service X", "Switch to
 * consent to or refuse the service X", in German or French wording too).
 * Near the top of a story with no byline or date of its own, the story is that dialog's next panel, a piece of the
 * page before it (clean/index.ts isPagePiece), even after a rule. Never a line of prose that names cookies or
 * opting out ("Parents can opt out by writing to the school", "its oat cookies sold out"): only the control's own
 * short wording, anchored at both ends. Family: consent-management dialogs (a category, then one panel per service,
 * each set off by the renderer's rule) that html-to-text and innerText print after the footer.
 */
const CONSENT_CONTROLS: readonly RegExp[] = [
  CONSENT_BUTTON,
  /^[^\p{L}\p{N}]{0,2}\s*(?:(?:accept|reject|refuse|allow|deny|decline)(?: all)? cookies|alle (?:akzeptieren|ablehnen)|(?:nicht )?einwilligen(?: bzw\. ablehnen)?|tout (?:accepter|refuser)|(?:aceptar|rechazar) todo|(?:(?:show|hide|all|alle) )?details(?: (?:anzeigen|ausblenden))?)[.!]?$/iu,
  /^switch\b.{0,120}\b(?:opt[- ]?out|consent|einwillig|zustimm|ablehn|accepter|refuser|aceptar|rechazar)/i,
];
/** Whether a trimmed line is a consent dialog's control (CONSENT_CONTROLS). */
export const isConsentControl = (line: string): boolean => line.length <= 200 && CONSENT_CONTROLS.some((re) => re.test(line));
/**
 * A dialog's or overlay's close control, the whole line: "Close", "×", "Dismiss", "No thanks", "Close this dialog", in
 * the languages of the lexicon. At the top of a story cut after a page's footer, with no byline, date or footer of its
 * own, and a dialog's body under it (DIALOG_BODY), the story is a modal the page printed after its footer (a newsletter
 * or paywall overlay, an ad-blocker notice, a mobile menu), a piece of that page (clean/index.ts isPagePiece). Family:
 * overlays and dialogs that html-to-text and innerText print where the DOM holds them, at the end of the page; a joined
 * page opens with its masthead instead. Not a bare letter x: a share link to X and a mobile menu's button print so.
 */
export const DIALOG_CLOSE =
  /^(?:[×✕✖✗]|close|close (?:this )?(?:dialog|window|popup|pop-up|overlay|modal|banner|message|notice)|dismiss|no,? thanks|not now|maybe later|schlie(?:ß|ss)en|fermer|cerrar|fechar|chiudi|sluiten|zamknij|tutup|закрыть)\s*[.!]?$/iu;
/** How many non-blank lines at a story's top are searched for a dialog's close control (DIALOG_CLOSE). */
export const DIALOG_TOP_LINES = 2;
/**
 * An overlay's label over the story it holds, a line of its own: "Read next", "Up next", "You might also like". With a
 * close control (DIALOG_CLOSE) it marks a story-preview or "read next" overlay; a close control alone may be a banner's
 * above a joined page. Family: recommendation and story-preview overlays of news sites, in the languages of the lexicon.
 */
export const DIALOG_LABEL =
  /^(?:read (?:next|more|this next)|up next|next (?:story|article|up)|(?:you )?(?:might|may) (?:also )?(?:like|enjoy)|recommended(?: for you)?|more (?:stories|from [\p{L} ]{1,40})|related(?: stories| articles)?|also read|weiterlesen|lesen sie auch|à lire aussi|lire aussi|leer (?:más|tambi[eé]n)|leia (?:mais|também)|leggi anche)\s*[:.!…]?$/iu;
/**
 * An overlay's wording, anywhere in a line: a newsletter or subscription pitch, a sign-up or sign-in prompt, an
 * ad-blocker notice, a leaving visitor's "before you go", in the languages of the lexicon. Under a close control
 * (DIALOG_CLOSE) it marks a modal's body. Family: newsletter, paywall and ad-blocker overlays of news sites.
 */
export const DIALOG_BODY =
  /(?<![\p{L}])(?:newsletters?|subscrib(?:e|ing|er|ers)|subscriptions?|sign(?:ing)?[ -]?(?:up|in)|log(?:ging)?[ -]?in|inbox|ad[ -]?block(?:er|ers)?|whitelist|before you go|don'?t miss|free account|abonn\p{L}*|anmeld\p{L}*|inscri(?:re|vez|va|ção|bete)|suscri\p{L}*|iscriv\p{L}*|assin\p{L}*|werbeblocker\p{L}*)(?![\p{L}])/iu;
/**
 * A modal dialog's announcement, the whole line: the hidden text a modal gives screen readers as it opens or closes
 * ("Entering a modal", "Beginning of dialog window. Escape will cancel and close the window.", "End of dialog window",
 * "This is a modal window"). At the top of a story cut after a page's footer, the story is that page's own modal (a
 * story overlay, a gallery, a help panel), whatever it holds. Family: accessible modals and lightboxes of news sites and
 * video players, printed with their hidden labels by html-to-text and innerText; a joined page opens with its masthead.
 */
export const MODAL_ANNOUNCEMENT =
  /^(?:entering (?:an? |the )?(?:modal|dialog)(?: window| dialog)?|(?:beginning|start|end) of (?:the )?(?:modal|dialog)(?: window| content)?|this is a modal window|modal (?:window|dialog))\b[^\n]{0,80}$/i;
/**
 * Non-blank lines at most between a dialog's close control (DIALOG_CLOSE) and the first paragraph under it: the panel's
 * label (HELP_LABEL), its title and a section label.
 */
export const DIALOG_HEAD_LINES = 4;
/**
 * A help panel's label, the whole line: "Help", "Search help", "Search tips", "Hilfe", "Suchhilfe", "Aide", "Ayuda",
 * "Ajuda", "Aiuto", "Hulp", "Pomoc". Under a close control and over the first paragraph of a short undated story after a
 * page's footer, the story is the help panel of the page's search form (clean/index.ts isPagePiece). Family: search and
 * archive pages of news and press-release sites, whose help dialog html-to-text and innerText print after the footer;
 * an undated joined page may open with a menu's close button, never with a help label under it.
 */
export const HELP_LABEL = /^(?:(?:search )?help|search tips|tips for searching|how to search|(?:such)?hilfe|suchtipps|aide(?: à la recherche)?|ayuda|ajuda|aiuto|hulp|pomoc)\s*[:.]?$/iu;
/** How many non-blank lines at a story's top are searched for an overlay's wording (DIALOG_BODY). */
export const DIALOG_BODY_LINES = 8;

/** How many non-blank lines at a story's top are searched for a consent dialog's control (isConsentControl). */
export const CONSENT_TOP_LINES = 6;
