/**
 * Structural residue of page rendering: things that are not phrasing but shape
 * (icon-font names glued together, image codes, markdown links, breadcrumbs,
 * player timestamps). One table; each entry says what it guards against.
 * Checked before the phrasing lexicon, on the normalised line.
 */

export interface ResiduePattern {
  rule: string;
  /** Sits inside articles (captions, image slots): costs the body segmenter no more than a short line. */
  inline?: boolean;
  /** `words`: the number of tokens of the line. */
  test(line: string, words: number): boolean;
  why: string;
}

/** UI words icon fonts are named after; a line made of them glued together is an icon sprite. */
const ICON_WORDS =
  /(icon|chevron|arrow|caret|close|menu|search|bookmark|camera|check|download|upload|edit|expand|compress|filter|flag|play|pause|share|star|user|plus|minus|burger|hamburger|left|right|up|down|mail|envelope|phone|print|comment|heart|home|bell|gear|settings|facebook|fb|twitter|instagram|youtube|telegram|whatsapp|vk|rss|file|link|lock|eye|zoom|full|back|forward|next|prev|calendar|clock|tag|trash|info|warning|external|loader|spinner)/gi;

/** Share of a line's letters covered by icon UI words. */
function iconCoverage(line: string): number {
  // (Session clean-7: letters of every script, not ASCII only: a Cyrillic or Greek paragraph that names one network in
  //  Latin letters, "… — написал он в своем _Instagram._", was all icon words by an ASCII count and cut the article in
  //  two. Family: articles in non-Latin scripts quoting a social post, in Markdown dumps, where emphasis marks hide the
  //  closing stop.)
  const letters = line.replace(/[^\p{L}]/gu, "").length;
  if (letters === 0) return 0;
  // What removing the icon words takes away is what they cover (the same matches `matchAll` finds).
  const covered = line.length - line.replace(ICON_WORDS, "").length;
  return covered / letters;
}

/*
 * Cheap necessary conditions tested before the costly caption expressions (outputs
 * unchanged: each gate only skips an expression that could not match anyway).
 */
/** "credit" in any case: the credit-label expression needs it (these letters fold to nothing outside ASCII). */
const CREDIT_WORD = /credit/iu;
/**
 * Last characters of the agencies a glued-on caption credit ends with
 * (reuters, ap, afp, getty images, epa, dpa, xinhua, anadolu, shutterstock, ap photo, pa, pa images, bloomberg),
 * in both cases plus what folds to them under /iu: "ſ" (U+017F) and the Kelvin sign (U+212A).
 */
const AGENCY_LAST_CHARS = new Set([..."spaukogSPAUKOG\u017f\u212a"].map((c) => c.charCodeAt(0)));
import { matchBoilerplate } from "./lexicon.ts";

const CLOSE_PAREN = 0x29;
const LOWER = /\p{Ll}/u;
/**
 * A line of only Markdown links, with bullets or separators between them. Written so that
 * the whitespace between two links can be split only one way: the nested `(\s*…\s*)+` form
 * backtracks exponentially on a long line of links that ends in plain text.
 */
const LINKS_ONLY = /^\s*(?:[-*•|/>]\s*)?!?\[[^\]]*\]\([^)]*\)(?:(?:\s*[|/,·•>*-]\s*|\s*)!?\[[^\]]*\]\([^)]*\))*\s*[|/,·•>-]?\s*$/;
const CLOSE_BRACKET = 0x5d;

/** The agencies a caption's closing credit names after a slash ("Jane ROE / AFP"). */
const SLASH_AGENCY = /\/\s?(ap|afp|reuters|getty( images)?|epa|ap photo|pool|dpa|anadolu|xinhua|tass|ansa|efe|aap|bloomberg|afp photo)$/i;
/** A capitalised name of one to four words and a slash, right before that agency, after a caption's full stop or bracket. */
const NAME_BEFORE_SLASH = /[.)]\s+\p{Lu}[\p{L}.'’-]*( \p{Lu}[\p{L}.'’-]*){0,3}\s?\/\s?\S+( \S+)?$/u;
/** A word of a bracketed credit: a capitalised word (with a colon after a label) or a joiner. */
const BRACKET_CREDIT_WORD = /^(\p{Lu}[\p{L}.'’&-]*:?|via|and|\/)$/u;
/** A bracketed credit names its source "via" or after a slash, or is an agency or a file photo. */
const BRACKET_CREDIT_SOURCE = /\bvia\b|\/|^(file:?\s*)?(reuters|ap|afp|getty images|epa|anadolu|xinhua|dpa|efe|ansa)$|^file:/i;
/** A wire agency or a file mark closing a caption in round brackets, in the agency's own spelling: "(AP)", "(Reuters)", "(File Photo)". */
const BRACKETED_AGENCY_CREDIT = /\((?:AP|AFP|EPA|Reuters|REUTERS|Getty Images|GETTY IMAGES|[Ff]ile|[Ff]ile [Pp]hoto|FILE( PHOTO)?|AP Photo|AP PHOTO)\)$/;
/** A caption before its credit has at least this many characters (a sentence, not a label). */
const CAPTION_MIN_CHARS = 40;

/**
 * Session clean-2: a caption whose credit closes the line without round brackets: a name and the agency after a
 * slash ("… on 19 November 2019. Jane ROE / AFP"), or a credit in square brackets ("… back to the Moon [Example Corp
 * via Space Agency]", "[Reuters]", "[File: AP]", "[Jane Roe/Example TV]"). Family: photo captions of wire-photo news
 * sites printed as one line in whole-page dumps (any renderer). Tested on the line's end only (no backtracking over
 * long prose lines), and only after a caption-length sentence with lower-case letters.
 */
function creditClosingCaption(line: string, last: number): boolean {
  if (line.length < CAPTION_MIN_CHARS || !LOWER.test(line)) return false;
  if (line.includes("/") && SLASH_AGENCY.test(line)) return NAME_BEFORE_SLASH.test(line.slice(-120));
  if (last !== CLOSE_BRACKET) return false;
  const open = line.lastIndexOf("[");
  if (open < CAPTION_MIN_CHARS - 10 || line.charCodeAt(open - 1) !== 0x20) return false;
  const inner = line.slice(open + 1, -1).trim();
  if (inner.length === 0 || inner.length > 60 || !LOWER.test(line.slice(0, open))) return false;
  return inner.split(/\s+/).every((w) => BRACKET_CREDIT_WORD.test(w)) && BRACKET_CREDIT_SOURCE.test(inner);
}

/**
 * Session clean-10: a caption whose credit closes the line after a copyright sign or a photo-credit label, without
 * brackets: "Solar panels on a barn roof © Jane Roe/Example Agency", "The mayor at the opening - © Jane Roe /
 * Example Photos", "Crowds at the festival stage. Foto: Jane Roe/dpa", "Horses in the paddock. Bild: J. Roe". The
 * credit is short (up to 60 characters, no sentence end, colon or stray bracket inside it: "(… © Offer):" is a
 * promo's aside), ends the line, and opens with a capital or a digit or holds a "/" or "|" ("© dpa | Jane Roe"; "…
 * carries a © symbol" is prose); a label (not "©") must follow a sentence end, and the credit after it must not close
 * with a full stop, so a sentence that merely goes on after "Foto:" is not a credit. Family: photo captions of German and
 * Austrian news sites, ministries and magazines printed as one line in whole-page dumps (about ten sites of
 * metadata-dev fold A, every renderer); they sit between the article's paragraphs, so the rule is inline. A line that
 * opens with the label is FIGURE_LABEL's or the image-placeholder entry's, a copyright line with a year the lexicon's.
 */
const COPYRIGHT_CREDIT_END = /^©\s*(?=\p{Lu}|\d|[^|/]*[|/])(?:[^.!?:;©()]|\.(?=\S)|\([^()]{1,30}\)){1,60}$/u;
const LABEL_CREDIT_END = /[.!?)]\s+(?:fotos?|photos?|bild(?:er)?|bildquelle|credit|crédit|crédito)\s*:\s*(?=\p{L})(?:[^.!?:]|\.(?=\S|\s\p{Lu}\p{Ll}))(?:[^.!?:]|\.(?=\S|\s\p{Lu}))*$/iu;
/** The caption before either credit: this many characters at least, with lower-case letters (a sentence, not a label). */
const COPYRIGHT_CAPTION_MIN_CHARS = 20;
/**
 * How the caption opens: a capital, a digit or an opening quote. Not a byline's opening word ("von Jane Roe Foto: ©
 * Agency" is the byline with the photo's credit, read by the header rules), nor a lower-case word: the second line of
 * a caption printed over two lines ("damit … © Jane Roe"), whose first line would be left alone between paragraphs.
 */
const CAPTION_FIRST = /^(?!(?:By|Von|Par|Por|Door|Di|Oleh|BY|VON)\s)[\p{Lu}\d"“„«'‘]/u;
function creditAfterCaption(line: string, words: number): boolean {
  if (words > 50 || !CAPTION_FIRST.test(line)) return false;
  const copy = line.indexOf("©");
  if (copy >= COPYRIGHT_CAPTION_MIN_CHARS && line.indexOf("©", copy + 1) < 0) {
    if (COPYRIGHT_CREDIT_END.test(line.slice(copy)) && LOWER.test(line.slice(0, copy))) return true;
  }
  const tail = line.slice(-90);
  const m = LABEL_CREDIT_END.exec(tail);
  if (!m || !creditLike(m[0].slice(m[0].indexOf(":") + 1))) return false;
  const caption = line.slice(0, line.length - tail.length + m.index);
  return caption.length >= COPYRIGHT_CAPTION_MIN_CHARS && LOWER.test(caption);
}
/** A photo credit's words at most (a name and an agency, "Jana Roe/Example Agency"). */
const LABEL_CREDIT_MAX_WORDS = 6;
/** A sentence's first word after a label: an article or a pronoun ("Bild: Die Zeitung berichtete …"), never a credit's. */
const SENTENCE_OPENER = /^(?:the|a|an|this|it|he|she|they|we|der|die|das|ein|eine|er|sie|es|wir|le|la|les|un|une|il|elle|el|los|las|o|os|as)(?![\p{L}])/iu;
/**
 * Session clean-mend, after review: the text after a photo label is a credit when it is short and does not open like
 * a sentence ("Die Kosten trägt die Stadt. Bild: Die Zeitung berichtete mehrfach" goes on with prose).
 */
function creditLike(credit: string): boolean {
  const t = credit.trim();
  return t.split(/\s+/).length <= LABEL_CREDIT_MAX_WORDS && !SENTENCE_OPENER.test(t);
}

/** An embedded post's chrome lines: the "view on" link and the "shared by" credit with the account's handle. */
const EMBED_CHROME = /^(?:view (?:this|the) (?:post|photo|video|profile) on (?:instagram|facebook|tiktok|twitter|x|threads)|(?:sieh dir diesen beitrag auf instagram an|voir cette publication sur instagram|ver esta publicación en instagram|ver essa publicação no instagram|visualizza questo post su instagram|lihat postingan ini di instagram|bekijk dit bericht op instagram)|(?:a|this) (?:post|photo|video) shared by .{1,80}\(@[\w.]{1,40}\)(?: on .{1,40})?)$/iu;
/**
 * Session clean-5: the consent placeholder a privacy plugin prints instead of an embed until the reader clicks (the
 * consent sentence and its load buttons): "Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von
 * Instagram.", "Beitrag laden", "Instagram-Beiträge immer entsperren", "By loading the video, you agree to YouTube's
 * privacy policy.", "Load video". Family: embeds in German, French and Spanish blogs and news sites (any renderer);
 * it sits between the article's paragraphs as the embed would.
 */
const EMBED_CONSENT = /^(?:.{0,40}\b(?:mit dem laden (?:des|der) (?:beitrags|inhalts|videos|karte|tweets)|by loading the (?:post|content|video|map|tweet)|en chargeant (?:ce|le|la|cette) (?:contenu|vidéo|publication|carte)|al cargar (?:el|este|la|esta) (?:contenido|vídeo|video|publicación|mapa))\b.{0,100}\b(?:akzeptieren|accept|agree|acceptez|aceptas?|aceptará)\b.{0,80}|(?:instagram|youtube|twitter|facebook|tiktok|vimeo|spotify|google maps|x)[- ](?:beiträge|videos?|posts?|inhalte?|tweets?) immer entsperren|(?:beitrag|inhalt|video|karte|post) (?:laden|entsperren)|always unblock .{1,30}|load (?:the )?(?:post|content|video|map))$/iu;

/**
 * A caption opened by the figure or image label of another language (session clean-6), at most 120 characters after
 * it. Not the photo-credit labels ("Foto: Jane Roe", "Bild: Agentur"): the header rules read those lines (credits are
 * never the headline, text.ts), and as residue they moved the title and author of held-out pages in
 * `eval:metadata -- --mode text` (fold B title 0.604 → 0.599, author 0.515 → 0.507).
 */
const FIGURE_LABEL = /^(?:abb\.?|abbildung|grafik|fig\.?|figure|imagen|imagem|immagine|gambar|ilustración|ilustração|illustrazione|рис\.?|рисунок|изображение)\s*:\s*.{0,120}$/iu;

/**
 * Session clean-8: the controls of an image viewer or gallery, printed as a line of their own by innerText and Markdown
 * renderers (a button's label or an icon font's name): "Image zoom", "Enlarge image", "Click to enlarge", "View
 * photo(s)", "Buy Photo" (a reprint button), "Fullscreen", "Bild vergrößern", "Agrandir l'image", "Ampliar imagen". Family: photos and galleries between an
 * article's paragraphs on news and recipe sites (8 sites of metadata-dev fold A); like a caption, the line sits in the
 * article's flow, so it is inline.
 * Session clean-9: the show / close pair of a step photo or a gallery ("Show image", "Close image", "Alle Bilder
 * anzeigen", "Bild anzeigen Bild schließen", "Afficher l'image", "Mostrar imagen"), one control or two on a line. Family:
 * recipe and how-to steps with a photo each, printed by every renderer between the steps: each step read as an
 * isolated teaser and the method was cut after a few steps.
 */
const VIEWER_CONTROL = String.raw`image zoom|zoom (?:in|out|image|photo)|enlarge(?: (?:image|photo|picture))?|(?:click|tap) (?:here )?to (?:enlarge|zoom|expand)|expand (?:image|photo)|open (?:image|photo|gallery)|(?:show|hide|toggle) caption|full ?screen|vollbild|bild (?:vergrößern|öffnen)|zum vergrößern (?:klicken|anklicken)|agrandir (?:l'image|la photo)|ampliar (?:imagen|foto|imagem)|ingrandisci(?: immagine)?|view (?:all )?(?:photos?|images?)|buy (?:this )?photo|(?:show|hide|close) (?:all )?(?:images?|photos?|pictures?)|(?:alle )?bild(?:er)? (?:anzeigen|schließen|ausblenden)|(?:afficher|fermer) (?:l'image|la photo|les photos|les images)|(?:mostrar|cerrar|ocultar|fechar) (?:la |a )?(?:imagen|imagem|foto)s?`;
const IMAGE_VIEWER_CONTROL = new RegExp(String.raw`^(?:${VIEWER_CONTROL})(?:\s+(?:${VIEWER_CONTROL}))?$`, "iu");

/**
 * A gallery's or a step carousel's counter alone on its line: "3 / 12", "3 of 12"; session clean-9 in other languages
 * too ("3 von 17", "3 de 12", "3 sur 12", "3 di 12", "3 van 12", "3 z 12", "3 из 12"). Family: photo galleries and the
 * numbered steps of recipes and how-tos, between the captions or steps they count (inline, as an image is).
 */
const COUNTER_LINE = /^\d{1,4}\s*(?:\/|of|von|de|sur|di|van|z|av|af|dari|из)\s*\d{1,4}$/iu;

export const RESIDUE: ResiduePattern[] = [
  {
    rule: "clean/icon-font",
    why: "icon-font sprites rendered as text: 'icon arrow-lefticon arrow-righticon close…' (many 'icon' repeats or tokens that are almost all UI words)",
    test: (line, words) => {
      const icons = (line.match(/icon/gi) ?? []).length;
      if (icons >= 4 && icons / Math.max(1, words) >= 0.3) return true;
      return words >= 6 && !/[.!?]["”]?$/.test(line) && iconCoverage(line) >= 0.75;
    },
  },
  {
    rule: "clean/image-placeholder",
    inline: true,
    why: "image slots rendered as codes (`_1234_56_78_90`), file names, or 'Image:'/'Photo:' labels",
    test: (line) =>
      /^_?\d+(_\d+){2,}_?$/.test(line) ||
      /^[\w\-. ]+\.(jpe?g|png|gif|webp|svg|avif)(\?\S*)?$/i.test(line) ||
      /^!\[[^\]]*\]\([^)]*\)$/.test(line) ||
      /^(image|photo|picture|photograph|illustration|video|graphic|gallery|slide)( \d+\s*(of|\/)\s*\/?\s*\d*)?\s*[:|]?\s*$/i.test(line) ||
      /^(image|photo|picture|photograph|illustration|credit|source|photo credit|image credit|pictured|cover (image|photo|picture)|top (image|photo)|main (image|photo)|(feature|featured|header) image)\s*:\s*.{0,120}$/i.test(line) ||
      // session clean-6: the figure labels of other languages ("Abb.: …", "Imagen: …", "Рис.: …"; not the photo-credit
      // labels, see FIGURE_LABEL), the same captions as the English ones above, which left the paragraphs around them isolated
      FIGURE_LABEL.test(line) ||
      /^\(?(photo|image|picture)s?\s*(by|courtesy( of)?)\b.{0,80}\)?$/i.test(line) ||
      COUNTER_LINE.test(line) ||
      IMAGE_VIEWER_CONTROL.test(line),
  },
  {
    rule: "clean/caption",
    inline: true,
    why: "photo captions ending in a credit ('…, Tuesday. (Jane Roe/AP)', '…Credit: Getty', '… © Jane Roe') and bare credits ('© Reuters / Pool')",
    test: (line, words) => {
      const last = line.charCodeAt(line.length - 1);
      const endsParen = last === CLOSE_PAREN;
      return (
        /^(image|media|video|photo) (copyright|caption|source|credit)\b/i.test(line) ||
        (line.includes("(") && /\((image|photo|picture|pic|foto|credit|source)s?\s*(:|by|courtesy)[^)]{0,80}\)\s*$/i.test(line)) ||
        /^(courtesy( of)?|photo courtesy( of)?|handout)\b.{0,60}$/i.test(line) ||
        (CREDIT_WORD.test(line) && /(\b|\p{Ll})credits?:\s*\S.{0,60}$/iu.test(line)) ||
        (endsParen && /\((photo|image|picture|credit|foto)?:?\s*[^()]{0,40}\/\s*(ap|afp|reuters|getty( images)?|epa|ap photo|file|pool|shutterstock|istock|dpa|anadolu|xinhua|tass)\)$/i.test(line)) ||
        /\b(getty images|shutterstock|istock(photo)?)\s*\)?$/i.test(line) ||
        // (and the stock agency's collection after a slash, "… Getty Images/Example RF": image credits of syndicated
        //  local news pages, where the bare credit line above the body was taken for the headline; a short line that
        //  ends in the credit, with no full stop after it: prose that names the agencies ends as a sentence)
        (words <= 12 && /\b(getty images|shutterstock|istock(photo)?)\s?\/\s?[\p{L}\p{N}&' -]{1,30}\)?$/iu.test(line)) ||
        // the credit at the end is tested first: an unanchored /\p{Ll}.*\(…\)$/ backtracks quadratically on long prose lines
        // (session clean-4: the agency as the agencies write it, AP, AFP, EPA, Reuters; an acronym in another case closing
        //  a sentence, "… die Arbeitsgruppe für Parkpflege (AfP)", is the text's own abbreviation, not a credit)
        (endsParen && BRACKETED_AGENCY_CREDIT.test(line) && /\p{Ll}/u.test(line.slice(0, line.lastIndexOf("(")))) ||
        /\b(submitted|file|staff|courtesy|contributed|handout) (photo|image|picture)s?\)?$/i.test(line) ||
        // wire-style captions: "In this March 3, 2019, file photo, …", "In this image made from video, …"
        /^in this .{0,60}?\b(file )?(photo|image|picture|photograph|video|still|frame|handout)\b/i.test(line) ||
        (endsParen && /\((ap|afp|reuters|ap photo|getty) ?(photo|images?)?\s*\/[^)]{0,60}\)$/i.test(line)) ||
        (last === CLOSE_BRACKET && /\[(file|photo|image|picture)s?\s*:[^\]]{0,60}\]$/i.test(line)) ||
        (line.includes("/") && /^\p{Lu}[\p{L}.'’-]*( \p{Lu}[\p{L}.'’-]*){0,3}\s?\/\s?\p{Lu}[\p{L}.&-]*( \p{Lu}[\p{L}.&-]*){0,2}$/u.test(line)) ||
        // Session clean-2: a credit closing the caption without brackets or in square brackets (creditClosingCaption)
        creditClosingCaption(line, last) ||
        // Session clean-10: a credit after "©" or a photo-credit label closing the caption (creditAfterCaption)
        creditAfterCaption(line, words) ||
        // a caption with the agency glued on: "… in New York.Reuters"
        (AGENCY_LAST_CHARS.has(last) && /\p{Ll}[.)](reuters|ap|afp|getty images|epa|dpa|xinhua|anadolu|shutterstock|ap photo|pa|pa images|bloomberg)$/iu.test(line))
      );
    },
  },
  {
    // Photo captions printed without a credit that name the people by their place in the picture: "Jane Roe, the
    // mayor, center, cuts the ribbon …", "Jane Roe, left, and John Doe …", "Jane Roe (right) …", "From left: …",
    // "(L-R) …". Family: the lead photo's caption of news pages (business, politics), printed between the standfirst
    // and the lede, which read as the body's first paragraph. Prose names no one by a place in a picture.
    rule: "clean/caption",
    inline: true,
    why: "uncredited photo captions that place the people in the picture ('Jane Roe, left, and John Doe …', 'From left: …')",
    test: (line, words) => words >= 6 && words <= 60 && PLACED_IN_PICTURE.test(line),
  },
  {
    rule: "clean/teaser",
    inline: true,
    why: "related-story links set in capitals between paragraphs ('SENATOR SAYS VOTE WILL GO AHEAD NEXT WEEK'): six words or more, no lower-case letter, no closing stop (capitalised subheadings are shorter)",
    test: (line, words) => {
      if (words < 6 || LOWER.test(line) || /[.!?]["”’]?$/.test(line)) return false;
      const letters = line.match(/\p{L}/gu)?.length ?? 0;
      // named boilerplate in capitals ("SIGN UP FOR OUR NEWSLETTERS") keeps its own, stronger rule
      return letters >= 20 && (line.match(/\p{Lu}/gu)?.length ?? 0) >= 0.9 * letters && !matchBoilerplate(line, words);
    },
  },
  {
    rule: "clean/markdown-link",
    why: "markdown-converter residue: a line that is only links `[text](url)` (menus, breadcrumbs, tag clouds)",
    test: (line) => line.includes("](") && LINKS_ONLY.test(line),
  },
  {
    rule: "clean/breadcrumb",
    why: "breadcrumb trails: 'Home / News / World', 'News > Politics > Europe', 'Home » Sport'",
    test: (line, words) =>
      words <= 14 &&
      !/[.!?]["”]?$/.test(line) &&
      (/^\S[^/]{0,30}(\s+[/>»›|]\s+[^/]{1,30}){1,}\s*[/>»›]?$/.test(line) && (/^home\b/i.test(line) || (line.match(/\s[/>»›]\s/g) ?? []).length >= 2 || /[/>»›]\s*$/.test(line))),
  },
  {
    rule: "clean/media-timestamp",
    why: "player clocks and durations ('0:00', '13:44', '1:02:33', '0:00 / 3:12')",
    test: (line) => /^(\d{1,2}:)?\d{1,2}:\d{2}(\s*\/\s*(\d{1,2}:)?\d{1,2}:\d{2})?$/.test(line),
  },
  {
    // Session clean-4: the chrome an embedded social post prints around itself in a whole-page dump ("View this post on
    // Instagram", "A post shared by Jane Roe (@janeroe) on May 2, 2019 at 3:00pm PDT"). It sits between the article's
    // paragraphs, like a caption: inline, so the paragraph after an embed is not read as an isolated teaser. Family:
    // Instagram, Facebook and TikTok embeds in news, travel and lifestyle articles, in every renderer (a blockquote in
    // html-to-text and Markdown, bare lines in innerText). A tweet's signature is a dateline (text.ts EMBED_SIGNATURE).
    rule: "clean/embed",
    inline: true,
    why: "an embedded social post's chrome ('View this post on Instagram', 'A post shared by Jane Roe (@janeroe)')",
    test: (line, words) => words <= 40 && (EMBED_CHROME.test(line) || EMBED_CONSENT.test(line)),
  },
  {
    rule: "clean/markup",
    inline: true,
    why: "CMS shortcodes and template residue printed as text: '[button link=…]', '[caption id=…]', '{{ … }}'",
    // `[word](url)` is a Markdown link, not a shortcode
    test: (line) => /^\[\/?[a-z_-]+(\s+[a-z_-]+=[^\]]*)?\](?!\()/i.test(line) || /^\{\{.*\}\}$/.test(line),
  },
  {
    rule: "clean/url",
    why: "bare URLs and URL-encoded paths left by link rendering",
    test: (line) => /^(https?:\/\/|www\.)\S+$/i.test(line) || /^(%[0-9a-f]{2}[\w\-.]*){2,}\S*$/i.test(line),
  },
];

/** A name of one to seven words, maybe with lower-case particles ("Omar bin Example", "Jana van der Roe"). */
const CAPTION_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|bin|al|de|del|van|von|der|den|la|le|da|di|dos)){0,6}`;
/** A place in a picture. */
const PICTURE_PLACE = String.raw`(?:center|centre|left|right|second (?:from )?(?:left|right)|third (?:from )?(?:left|right)|far (?:left|right)|foreground|background)`;
/**
 * What may follow the place before its comma: the person's clothing, by a colour or after "in", "wearing", "with",
 * "holding" ("center blue coat", "left, in red"). Any other word makes the place a position in prose ("left back",
 * "far right parties").
 */
const PLACE_CLOTHING = String.raw`(?: (?:in|wearing|with|holding|black|white|red|blue|green|yellow|grey|gray|brown|pink|purple|orange|dark|light|striped)(?: \p{Ll}+){0,3})?`;
/** A clause's opener, which starts prose, not a caption's name ("In Poland, by contrast, …", "But Jones, …"). */
const CLAUSE_OPENER = String.raw`(?:In|At|On|But|Then|And|As|For|By|With|After|Before|When|While|Since|So|Yet|Also|However|Meanwhile|Still|Now|Here|There|Today|Yesterday)\b`;
/** What follows a placed name's comma: another name after "and", or anything but a clause's conjunction ("…, left, and the company …" is the verb "left"). */
const AFTER_PLACE = String.raw`(?:and \p{Lu}|(?!(?:and|but|or|so|then|as|before|after|when|while|because|to)\b)\S)`;
/**
 * A caption placing its people: a name, maybe one apposition between commas, then the place between commas, maybe
 * with the person's clothing ("Jane Roe, the mayor, center, …", "John Doe, left, grey suit, …"); a name with the place in brackets, written out ("Jane Roe (left) …"); or a line
 * opened by the order of the people ("From left: …", "Left to right, …", "(L-R) …"). Not these: a one-letter mark in
 * brackets ("Gov. Jane Roe (R) signed …", a US party), a position word not set off alone by commas or brackets ("Jane
 * Roe, left back, signed …", "far right parties"), a line opened by a clause ("In Poland, by contrast, centre …").
 */
const PLACED_IN_PICTURE = new RegExp(
  String.raw`^(?!${CLAUSE_OPENER})${CAPTION_NAME},(?: [^,]{2,90},)? ${PICTURE_PLACE}${PLACE_CLOTHING}, ${AFTER_PLACE}|^${CAPTION_NAME} \((?:left|right|center|centre)\) \p{Ll}|^(?:\(?(?:[Ff]rom (?:left|right)|[Ll]eft to right|L-R|L to R)\)?[:,]? \p{Lu})`,
  "u",
);

export function matchResidue(line: string, words: number): ResiduePattern | null {
  for (const p of RESIDUE) if (p.test(line, words)) return p;
  return null;
}
