/**
 * Text-dump cleaning: the block classifier of the HTML extractor, without markup.
 *
 * 1. cut the dump into line units (text/blocks.ts) and classify each line as
 *    good prose, near-prose, short fragment, or named boilerplate (text/classify.ts,
 *    text/lexicon.ts, text/patterns.ts);
 * 2. the body is the run of lines with the highest total score (good prose adds
 *    its word count, fragments and boilerplate subtract; a section-opening
 *    boilerplate line such as a newsletter box subtracts a lot), so menus above
 *    and teasers / appeals / comments below fall outside it;
 * 3. inside the body, fragments are kept when they read as sentences or
 *    subheadings, and dropped otherwise; datelines and bylines become metadata;
 * 4. above the body, the header zone gives the headline, dateline and byline
 *    (text/header.ts).
 * Every dropped line lands in `removed` with a rule id and a reason.
 */
import type { Block, CleanResult, PageMeta, RemovedBlock } from "../types.ts";
import { rejoinHardWrapped, toLineUnits } from "./text/blocks.ts";
import { LineMemo, THRESHOLDS, tokensOf, type ClassifiedLine, type LineTokens } from "./text/classify.ts";
import { guessStopLanguageOfLines, STOPWORDS } from "./text/stopwords.ts";
import { findPublished } from "./published.ts";
import { timelineChapters } from "./timeline.ts";
import { ARCHIVE_LIST_REACH, archiveBoxName, dumpOwnHost, isBoxHeading, linksWriterLikePage, withoutStrayEmphasis, bylineUnderAuthorLabel, hasBylineOpener, isCommentSectionHeading, isDateFieldLabel, isTagOrCategoryRow, isRecordFieldOrLabel, nameBeforeAuthorRole, isLoneAuthorLabel, isPageControl, postFooterByline, isRecordField, opensWithAuthorLabel, isYearlessDateline, titleOfCommentHeading, writerPageLinkNames, homeLinkTexts, looksLikeName, mayHoldDate, opensWithFunctionWord, parseByline, parseDateline, readByline, withoutMastheadTail, parsePostMetaSentence, type Dateline } from "./text/header.ts";
import type { TemplateSet } from "./templates.ts";
import { LOGIN_WORD, matchBoilerplate, namesBioRole, sparedEntry, WIRE_LEAD } from "./text/lexicon.ts";
import { authorBoxOfDump, caselessBylineOfDump, labelledAuthorOfDump, nonEmptyLines, publisherOfDump } from "./text/publisher.ts";
import { isDeskLabel, isGivenNameWord, isPersonName, isPlaceholderAuthor, nameBeforeJobTitle, signatureName } from "./text/person.ts";
import { dateLabelSource } from "./text/date-labels.ts";
import { commonWordClass, isListedPlace } from "../entities/lexicon.ts";
import { stripSiteFromTitle } from "./html/metadata.ts";
import { COPYRIGHT_CLAUSE, ROLE_CREDIT_CLAUSE } from "./html/byline-lexicon.ts";
import { BYLINE_OPENER } from "./html/meta-lexicon.ts";

export interface TextCleanOptions {
  /** Lines learned as a site's template by the corpus pass (templates.ts). */
  templates?: TemplateSet;
  /** The site the dump belongs to (host name), the key into `templates`. */
  siteKey?: string;
  /** The document's line memo (text/classify.ts): lines the story segmenter classified already are not classified again. */
  memo?: LineMemo;
  /** Diagnostics for rule-writing scripts: filled with the chosen body run and headline line (non-empty line indexes). */
  trace?: { start?: number; end?: number; title?: number | null; lines?: readonly ClassifiedLine[]; scores?: readonly number[] };
}

/** How many of the body's first lines may open with the article's date (`dateOpeningLine`, session 15t4). */
const DATE_OPENED_BODY_LINES = 3;
/** A line's opening before its date: list bullets, an opening bracket, a weekday or a label ("Am", "Mi,", "Stand:"). */
const DATE_OPENING_LEAD = /^[\s*•·(\[]*$/;
/**
 * The date that opens a line (nothing but a bullet or a bracket before it), followed by a stop, a separator or the
 * lede's first word: "31. Oktober 2023. Die Stadt …", "(18.01.2018) Der Landtag …". Not a date inside a sentence.
 */
function dateOpeningLine(text: string, dayFirst: boolean): string | null {
  if (!mayHoldDate(text.slice(0, 40))) return null;
  const f = findPublished(text.slice(0, 60), { dumpLine: true, dayFirst });
  if (!f || !DATE_OPENING_LEAD.test(text.slice(0, f.start))) return null;
  return /^[\s)\].,:;|/–—-]*(?:\p{Lu}|["„“«‚‘]|$)/u.test(text.slice(f.end)) || /^[)\]]?\s*[.,:;|/–—-]/.test(text.slice(f.end)) ? f.iso.slice(0, 10) : null;
}

/**
 * Session 15t10: the dump's last lines read for the page's "as of" stamp, and the labels that open it (date-labels.ts
 * kinds `updated` and `revised`; the English ones after "page", "site" or "this page was").
 */
const FOOT_DATE_LINES = 8;
const FOOT_DATE_LABEL = new RegExp(
  String.raw`^[\s\[(]*(?:(?:page |site |this page was )?(?:${dateLabelSource(["updated", "revised"], ["en"])})|${dateLabelSource(["updated", "revised"])})(?![\p{L}\p{N}])`,
  "iu",
);
/** How far above the body the header (headline, dateline, byline) is looked for, in lines. */
const HEADER_ZONE = 20;
/** A section after a breaker is cut from the body when it weighs at most this share of the text before... */
const TAIL_SECTION_SHARE = 0.2;
/** ...and holds at most this many prose lines. */
const TAIL_SECTION_LINES = 3;
/** How a dateline that reads like a sentence opens. */
const DATELINE_OPENER = new RegExp(String.raw`^(?:by|on|${dateLabelSource(["published", "posted", "updated"])})(?![\p{L}\p{N}_])`, "iu");
/** The signature line under an embedded social post: a dash, a name, a handle, a date. */
// (no byline word after the dash: "— By Jane Roe (@janeroe), March 3, 2023" is the page's own byline row; the
//  dash's class excludes "(" and newlines so a long run of spaces after the dash is read once)
const EMBED_SIGNATURE = /^[—–-](?!\s*(?:by|von|par|por|di|door|de|av|af)\s)[^(\n]{1,60}\(@\w+\)/iu;
/** How many of the body run's first lines are read for a dateline lead (session 24). */
const DATELINE_LEAD_LINES = 6;
/** What may close a dateline lead's date: a full stop, a dash, a bar, a bracket or an opening quotation mark, then text. */
const DATELINE_LEAD_CLOSE = /^(?:\s*[.)–—|-]\s*|\s+[„"“«‚']|\s*\)\s+)\S/u;
/**
 * What may stand before it: a place in capitals closed by a comma or an agency in an open bracket ("BERLIN (dpa - ",
 * "EASTBAY, "), or a listed place in capitals alone or before a dash ("PARIS — "). (Session 24 mend: a capitals word
 * that is no listed place and has no comma or bracket after it is a heading, "TIMELINE 12 March 2020 — …".)
 */
const DATELINE_LEAD_OPEN = /^(?:\p{Lu}[\p{Lu}\s-]{1,30}(?:\s*\([^()]{1,40}|\s*,)\s*)?$/u;
const DATELINE_LEAD_PLACE = /^(\p{Lu}[\p{Lu}\s]{1,30}?)\s*[–—-]?\s*$/u;
/** Whether `before`, the text before a lead's date, may open a dateline lead (DATELINE_LEAD_OPEN, DATELINE_LEAD_PLACE). */
function opensDatelineLead(before: string): boolean {
  if (DATELINE_LEAD_OPEN.test(before)) return true;
  const place = DATELINE_LEAD_PLACE.exec(before)?.[1].trim();
  return !!place && isListedPlace(place.toLowerCase().replace(/(?<!\p{L})\p{Ll}/gu, (c) => c.toUpperCase()));
}
/** The published day of a paragraph that opens with its dateline (session 24), or null. */
function datelineLead(text: string): string | null {
  const head = text.slice(0, 90);
  const f = mayHoldDate(head) ? findPublished(head, { dumpLine: true }) : null;
  if (!f || !/\d{4}/.test(head.slice(f.start, f.end)) || !opensDatelineLead(head.slice(0, f.start))) return null;
  return DATELINE_LEAD_CLOSE.test(text.slice(f.end)) ? f.iso : null;
}
/** A title candidate this long may be the standfirst under the real headline. */
const DEK_MIN_WORDS = 12;
/** How far above the chosen line a headline set off as a heading is looked for, in lines (session 15t5). */
const HEADING_UP_LINES = 4;
/** How far above the body a headline set off as a heading is looked for by its topic, in lines (session 15t5). */
const TOPICAL_FAR_LINES = 80;
/** Words of a headline set off as a heading over a line that is not (session 15t5; other headlines need 3). */
const SHORT_HEADING_MIN_WORDS = 2;
/** Blank lines before a line that set it off as a heading in a plain-text render (html-to-text, lynx, w3m print 2+). */
const HEADING_BLANKS = 2;
/** Whether `l` is set off as a heading: a Markdown heading mark, or a wider blank gap before it (HEADING_BLANKS). */
function isSetOff(l: ClassifiedLine): boolean {
  return l.markHeading || l.blanksBefore >= HEADING_BLANKS;
}
/** Whether `l` is set off as a heading and `under` is not. */
function setOffOver(l: ClassifiedLine, under: ClassifiedLine): boolean {
  return isSetOff(l) && !isSetOff(under);
}
/** Words a headline above a name-like candidate needs to win over it. */
const TITLE_OVER_NAME_MIN_WORDS = 5;
/** The most words of a page's one `<h1>` that may be a section's or the site's name over a lower-level headline (`soleTopHeading`'s caller). */
const SECTION_H1_MAX_WORDS = 3;
/** Words the `<h1>` nearest the body needs when the page has several different ones (session 27, `soleTopHeading`). */
const MULTI_H1_MIN_WORDS = 4;
/** How far under the headline a link to a writer's page names the author, in lines (session 26, Markdown dumps). */
const WRITER_LINK_UNDER_TITLE = 4;
/** How far under the headline, above the body run, a link titled as the writer's archive names the author (session 27). */
const WRITER_TITLED_LINK_LINES = 30;
/** A bare name counts as the author only this close under the headline. */
const NAME_UNDER_TITLE_LINES = 3;
/** A byline or dateline this close under the run's first paragraph makes that paragraph a standfirst. */
const STANDFIRST_META_GAP = 2;
/** A photo credit line: a label and a name or agency ("Photo: Jane Roe, AP", "Image credit: Getty"). */
const CREDIT_LINE = /^(photo|image|picture|photograph|foto|credit|photo credit|image credit)s?\s*:\s*\S/i;
/** A caption above a credit is at most this long; a longer line is a paragraph the credit follows. */
const CAPTION_MAX_WORDS = 60;
/** What a caption costs the body run (as an inline residue line). */
const THRESHOLDS_CAPTION = 2;
/** Rules of lines that sit inside an article's flow (not section boundaries): a paragraph next to them is not isolated. */
const IN_ARTICLE_RULES: ReadonlySet<string> = new Set(["clean/ad", "clean/caption", "clean/image-placeholder", "clean/embed"]);
/** The lines of a picture gallery (photos and their captions), not counted in a foot dateline's distance from the body. */
const GALLERY_RULES: ReadonlySet<string> = new Set(["clean/caption", "clean/image-placeholder"]);
/** A sidebar between two parts of an article is at most this many lines... */
const SIDEBAR_MAX_LINES = 25;
/** ...and the part it cuts off weighs at least this share of the body run. */
const SIDEBAR_MIN_SHARE = 0.25;
/**
 * Linked titles a related-links box inside the article holds at most (session clean-6: 3, was 2; the titles may read as
 * near-prose, as a plain-text renderer prints a linked headline, when they add nothing to the run). Family: "Related"
 * boxes of three headlines between an article's paragraphs on news sites, in every renderer.
 */
const INLINE_BOX_MAX_LINES = 3;
/** A section's label repeated over each section's facts ("Good to know:") has at most this many words. */
const SECTION_LABEL_MAX_WORDS = 5;
/** A list introduced by a sentence ending with a colon (session clean-12): the lead-in's words, the entries' number and size. */
const LEAD_IN_MIN_WORDS = 4;
const LEAD_IN_ENTRIES_MIN = 2;
const LEAD_IN_ENTRY_MAX_WORDS = 20;
const LEAD_IN_COLON = /:\s*$/u;
/**
 * An ingredient line (session 27): a quantity (a figure, a fraction, a range) and a unit or a size word, then the
 * ingredient: "2 tablespoons olive oil", "250 g flour", "1 ½ cups milk", "3 EL Zucker", "200 ml de lait". Family: recipe
 * pages of food magazines, brands and blogs in English, German, French, Spanish and Portuguese, whose ingredient lists
 * cost the body run a menu's 3 per line and cut the introduction off the method. Review mend: the loose units, which
 * also open prose and headlines after a figure ("2 can be …", "5 G networks", "3 large banks"), `l`, `g`, `el`,
 * `can(s)` and the size words, count only before "of" ("de", "di") or a food word (`FOOD_WORD`) as the next word
 * or the one after it.
 */
const INGREDIENT_QUANTITY = String.raw`^(?:\d+(?:[.,/]\d+)?\s?[½¼¾⅓⅔⅛]?|[½¼¾⅓⅔⅛])(?:\s?[-–]\s?\d+(?:[.,/]\d+)?)?\s?`;
const INGREDIENT_UNIT = String.raw`(?:gr|kg|mg|ml|cl|dl|oz|lb|lbs|cups?|c\.|tbsp|tbs|tsp|tablespoons?|teaspoons?|pinch(?:es)?|cloves?|slices?|pieces?|sticks?|bunch(?:es)?|handfuls?|tl|prisen?|stück|bund|becher|tassen?|esslöffel|teelöffel|zehen?|scheiben?|dosen?|päckchen|pck\.?|cuillères? à (?:soupe|café)|c\. à [sc]\.|pincées?|gousses?|tranches?|cucharadas?|cucharaditas?|tazas?|dientes?|pizcas?|colher(?:es)? (?:de )?(?:sopa|chá)|xícaras?|dentes?)`;
const LOOSE_INGREDIENT_UNIT = String.raw`(?:l|g|el|cans?|large|medium|small)`;
/** The first letters of common foods and cooking words in English, German, French, Spanish and Portuguese (a word opening so). */
const FOOD_WORD = String.raw`(?:chopped|minced|diced|sliced|grated|ground|peeled|boneless|skinless|whole|fresh|dried|frozen|lamb|veal|turkey|duck|bacon|ham\b|sausage|shrimp|prawn|salmon|tuna|onion|shallot|carrot|tomat|potat|egg|garlic|flour|sugar|salt|butter|milk|cream|water|stock|broth|oil|olive|rice|pasta|noodle|lentil|bean|chickpea|pepper|apple|lemon|lime|orange|cheese|chocolate|yog[h]?urt|honey|chicken|beef|pork|fish|mushroom|spinach|courgette|zucchin|aubergine|eggplant|leek|celery|coconut|nut|almond|oat|yeast|vinegar|wine|juice|pea|corn|herb|parsley|basil|ginger|mehl|zucker|salz|milch|sahne|wasser|brühe|gemüse|öl|oliven|zwiebel|karotte|möhre|kartoffel|eier|ei\b|knoblauch|reis|nudel|linse|tomate|käse|honig|essig|hefe|quark|joghurt|paprika|farine|sucre|sel\b|beurre|lait|crème|eau\b|bouillon|huile|oignon|carotte|pomme|œuf|oeuf|ail\b|riz|lentille|fromage|miel|vinaigre|vin\b|harina|azúcar|sal\b|mantequilla|leche|agua|caldo|aceite|cebolla|zanahoria|patata|papa|huevo|ajo\b|arroz|queso|farinha|açúcar|manteiga|leite|água|azeite|cebola|cenoura|batata|ovo|alho|queijo)`;
const INGREDIENT_LINE = new RegExp(
  `${INGREDIENT_QUANTITY}(?:${INGREDIENT_UNIT}\\.?\\s+\\S|${LOOSE_INGREDIENT_UNIT}\\.?\\s+(?:(?:of|de|d['’]|di)\\s|or \\d|(?:\\S+\\s+)?${FOOD_WORD}))`,
  "iu",
);
/** At least this many ingredient lines in a row make an ingredient list. */
const INGREDIENTS_MIN = 3;
/**
 * Session 27, the label of an article's own fact box (a summary of its key points, set above a list of short lines):
 * "Das Wichtigste in Kürze", "Auf einen Blick", "Key facts", "Key points", "At a glance", "Fast facts", "L'essentiel en
 * bref", "Lo esencial", "Em resumo", "In sintesi", the whole line, maybe with a colon. Family: guides, explainers and
 * service articles of magazines and news sites in German, English, French, Spanish, Portuguese and Italian that print a
 * key-facts box between their sections. Not "In brief", "News in brief": news sites' digests of other stories.
 */
const FACT_BOX_LABEL =
  /^(?:das wichtigste (?:in kürze|im überblick|auf einen blick|zusammengefasst)|auf einen blick|kurz und knapp|key (?:facts|points|takeaways)|at a glance|(?:fast|quick) facts|l['’]essentiel(?: en bref)?|lo (?:esencial|más importante)|em resumo|in sintesi)\s*:?$/iu;
/** A fact box holds at most this many entries (lines of at most LEAD_IN_ENTRY_MAX_WORDS words). */
const FACT_BOX_MAX_ENTRIES = 15;
/** A subheading between a list and the paragraph that resumes the article under it: at most this many words. */
const LEAD_IN_SUBHEADING_MAX_WORDS = 6;
/** The paragraph that resumes an article under its fact box shares at least this many content words with the article above the box. */
const RESUME_SHARED_MIN = 3;
/** Session clean-13: an author box's label alone on its line, singular, plural or gendered ("Autor:innen", "Authors", "Autoras"). */
const AUTHOR_BOX_LABEL = /^(?:authors?|autor(?:in|innen|en|\*in|\*innen|:in|:innen)?|auteure?s?|autrices?|autore|autori|autoras?|autores)\s*:?$/iu;
/** ...the name under it has at most this many words, the biography at most this many lines, and this many paragraphs stand above the label. */
const AUTHOR_BOX_NAME_WORDS = 4;
const AUTHOR_BOX_BIO_LINES = 3;
const AUTHOR_BOX_PROSE_ABOVE = 2;
/** ...and no article paragraph within this many non-empty lines under the biography, before a section header or the end. */
const AUTHOR_BOX_TERMINAL_LINES = 4;
/** Words are compared by this many first letters when resuming paragraphs are matched with the article above. */
const RESUME_STEM = 5;
/**
 * The label of a list box, never an in-article promo over one headline (review mend of clean-12): "most read",
 * "trending", "popular", "top stories", "latest", "you may also like", "recommended", "editor's picks", "more from …",
 * "related stories/articles/posts", "don't miss", "around the web", "for you", and the German, French, Spanish and
 * Portuguese "most read" and "similar articles" labels. A lone "Related" or "Read more" is the in-article promo.
 * Family: sidebar and end-of-article lists of other stories on news and magazine sites, whose entries may be followed
 * by another story's lede or a donation appeal in full sentences.
 */
const LIST_BOX_LABEL = new RegExp(
  [
    String.raw`\b(?:most|trending|latest|top|popular|recommended|editors?'?s? (?:picks?|choice)|don'?t miss|around the web|for you)\b`,
    String.raw`\byou(?: (?:may|might|will|would)|'ll|'d)\b`,
    String.raw`\bmore (?:from|in|on|stories|news|articles|posts|like|to read)\b`,
    String.raw`\b(?:related|similar|other|recent) (?:stories|articles|posts|news|reads|links|content|coverage)\b`,
    String.raw`(?<!\p{L})(?:meistgelesen|beliebteste|weitere (?:artikel|nachrichten|beiträge)|ähnliche (?:artikel|beiträge)|les plus (?:lus|populaires)|articles similaires|lo más (?:leído|visto)|más leídas?|mais lidas?)`,
  ].join("|"),
  "iu",
);
/** Full paragraphs in a row under an in-article promo that show the article resumes there (session clean-12). */
const RESUME_PARAGRAPHS = 2;
/** A teaser card's own link ("Read more", "Continue reading"): not the header of a box inside the article. */
const PER_TEASER_LINK = /^(read|see|view|show|load|learn|find out|discover) (more|all|full)\b|^continue reading\b/i;
/** What such a box header costs the body run (the classifier's cost of named boilerplate without the breaker penalty). */
const INLINE_BOX_HEADER_COST = 6;
/** A further article's body starts at most this many lines below its headline. */
const NEXT_ARTICLE_GAP = 4;
/**
 * A headline over a dateline inside the body opens another article only after this many words
 * of kept body (a brief of two short paragraphs has about 50): with less above it (a pull quote
 * and its attribution, a cookie notice) it is the page's own headline or a sub-heading, and one
 * page stays one article.
 */
const ANOTHER_ARTICLE_AFTER_WORDS = 40;
/** The separators of a title line that carries the site's name: "Headline | Site", "Site » Headline", "Headline – Site", "Headline :: Site". */
const TITLE_LINE_SEPARATOR = /\s(?:\||»|«|–|—|-|::)\s/;
const TITLE_LINE_SEPARATORS = new RegExp(TITLE_LINE_SEPARATOR.source, "g");
/**
 * The separator after a kicker at the head of a headline's line ("Kicker: Headline", "Kicker | Headline"), session 15t10.
 * (A colon's blanks are read from the start of their run only, `(?<!\s)`: the same matches, linear on a long blank run.)
 */
const KICKER_SEPARATOR = /(?<!\s)\s*:\s+|\s(?:\||–|—|-)\s/u;
/** Such a line less its site parts has at least this many words (a breadcrumb's last crumb, "Sport", is no headline). */
const TITLE_LINE_MIN_WORDS = 4;
/**
 * Lines that are header furniture, never the headline. (A host name, `\w+\.\w+\s`, is read from the start of its word
 * only, and a line ending in a Markdown emphasis mark or an underscored identifier, `[_*]\w*$`, as "a star before the
 * last word, or an underscore in it" read once per word: the same lines, linear on long words and `_` runs.)
 */
const NOT_A_HEADLINE = new RegExp(String.raw`^(?:${dateLabelSource(["published", "posted", "updated"])}|by|from|source|tags?|filed under|category)(?![\p{L}\p{N}_])|^\p{L}+ by:\s|@\w+|(?<!\w)\w+\.\w+\s|\*\w*$|(?<!\w)(?=\w*_)\w*$|\|`, "iu");
/**
 * A line under the body that opens a comment or a list entry, never another article: comment
 * headers ("3. Jane Roe says:", "Jane Roe wrote", "Max Muster sagt") and numbered entries
 * ("2. …"). Family: comment threads of blogs and news sites (numbered or not, in several
 * languages) and ranked lists, each entry over a timestamp, which read like a headline over
 * a dateline. A headline of another story is not numbered and does not report speech.
 */
const NOT_ANOTHER_HEADLINE = /^\s*\d{1,3}[.)]\s|^(\S+\s+){0,4}(says|said|wrote|writes|comments|commented|replies|replied|responds|responded|sagt|schreibt|schrieb|kommentiert|dice|dijo|escribe|escribi[oó]|coment[oó]|diz|disse|escreveu|comentou|dit|a dit|[ée]crit|a [ée]crit|berkata|menulis|mengatakan|говорит|пишет|написал[аи]?)\s*(:|\.\.\.|…)?\s*$/iu;
/**
 * A photo or media credit, or a copyright line, is never the headline ("Foto: Jane Roe", "Bild: Agentur (Symbolbild)",
 * "Sunset over the bay © Jane Roe"): the credit labels and copyright clauses the HTML reader already reads
 * (html/byline-lexicon.ts ROLE_CREDIT_CLAUSE, COPYRIGHT_CLAUSE), without their global flag. Family: captions and
 * image credits printed between the headline and the body of whole-page dumps, which a walk up from the body met
 * first (session 15t).
 */
// (Session 15t6: and a caption closed by its credit label, "… opened last spring. Source: Supplied", "… Quelle: Agentur":
//  the label after the caption's text, a short credit after it up to the line's end. Family: news captions whose
//  credit shares the caption's line, in several languages.)
const CAPTION_CREDIT_END = /\S\s+(?:source|sources|picture|pictures|credit|credits|quelle|fuente|fonte|source photo)\s*:\s*[^.!?:]{1,40}$/iu;
const CREDIT_CLAUSES = [new RegExp(ROLE_CREDIT_CLAUSE.source, "i"), new RegExp(COPYRIGHT_CLAUSE.source, "iu"), CAPTION_CREDIT_END];
//  Session 15t3: a credit label that closes a hyphenated compound ("Neuer Blick auf das Blue-Marble-Foto: …") is
//  part of a headline, not a credit: the clause must not follow a hyphen.
const isCreditLine = (t: string): boolean =>
  CREDIT_CLAUSES.some((re) => {
    const m = re.exec(t);
    return m !== null && !/[-‐]$/u.test(t.slice(0, m.index));
  });
/**
 * The header's meta block (dateline, byline) sits right under the headline; a title-like line found between that
 * block and the body is a caption, a credit or a teaser's line, when the block is at most this many lines above it
 * and a headline-like line stands right over the block.
 */
const META_OVER_CAPTION_LINES = 3;
/** Classifier rules of boilerplate lines that may still be a byline with an explicit opener (session 15t3). */
const BYLINE_BOILERPLATE_RULES: ReadonlySet<string> = new Set(["clean/contact", "clean/credits"]);
/** A byline word alone on its line ("By", "Von:"), the name on the next line (session 15t3). */
const LONE_BYLINE_WORD = /^(?:by|von|por|par|door|oleh|di)\s*:?$/i;
/** A byline word or (session 25) an author's label alone on its line, the name on the next line. */
const isLoneBylineLabel = (t: string): boolean => LONE_BYLINE_WORD.test(t) || isLoneAuthorLabel(t);
/** Session 25: how far under the body a post's footer row ("Posted by jdoe at 07:41 Tagged with: …") is looked for. */
const POST_FOOTER_LINES = 40;
/** Session 25 mend: how far over an author's label alone on its line a comment heading makes it a comment's field. */
const LONE_LABEL_COMMENT_LINES = 20;
/** A line's words in lower case, one space between them (to find the page's title inside a longer line). */
const foldedTitle = (t: string): string => tokensOf(t).join(" ").toLowerCase();
/** Session 25 mend: how far over a post footer's author badge its tag or category row stands (lines). */
const BADGE_UNDER_TAG_LINES = 3;
/** At most this many co-writers' "& John Roe, Role, …" lines follow a signature (session 23). */
const MAX_CO_SIGNERS = 4;
/** Bylines on this many lines of the body run are a teaser list's credits (session 23). */
const TEASER_BYLINES = 3;
/** How far (in lines) the neighbours of a "Jane Doe, Band" line are looked for, to tell a list of people (session 23). */
const NAME_LIST_REACH = 2;
/** An explicit byline this many lines under the body still names the author (session 15t3). */
const AUTHOR_BELOW_LINES = 15;
/** a title line opened by a linked kicker and a separator ("[Kicker](/section/) : Headline"), and the headline's least words. */
const LINKED_KICKER = /^\[([^\][\n]{1,60})\]\([^()\s]{1,400}(?:\s+"[^"\n]{0,160}")?\)\s*[:|–—]\s+(?=\S)/u;
const LINKED_KICKER_MIN_WORDS = 3;
/** how far under the body an author box's archive link (`archiveBoxName`) names the writer, in lines. */
const ARCHIVE_BOX_LINES = 40;
/** Session 22: how far from the chosen headline a line that prints the headline without its kicker is looked for. */
const KICKER_ECHO_LINES = 8;
/** ...and the most words of a kicker run into the headline. */
const KICKER_MAX_WORDS = 4;
/** A list bullet or a breadcrumb's item number opening a line ("* ", "5. "). */
const LIST_OR_CRUMB_MARK = /^\s*(?:[*•·-]\s+|\d{1,2}\.\s+)/u;
/** Session 22: a byline word inside a meta row ("… von jdoe", "… by Jane Doe"): the row names its writer explicitly. */
const META_ROW_BYLINE = /(?<!\p{L})(?:by|von|par|por|door|di)\s+\S/iu;
/**
 * Session 22 mend: the lines a post's footer meta row may stand under and still be the post's own: share buttons (the
 * classifier's clean/share lines, the e-mail button of a share list), a "like" widget and the post navigation
 * (POST_FOOTER_CONTROL, the widget labels of English, German, French, Spanish and Italian themes). Family: the post
 * footer of blog themes (WordPress and the like).
 */
const POST_FOOTER_CONTROL = new RegExp(
  String.raw`^(?:${[
    // the share widget's label: "Share this:", "Teilen mit:", "Weitererzählen:", "Partager :", "Compartir esto:"
    String.raw`share this|teilen mit|weitererzählen|partager(?: la publication)?|compartir esto|condividi`,
    // the "like" widget: "Like this:", "Like Loading…", "Gefällt mir:", "Liken Lade …", "J’aime :", "Me gusta:"
    String.raw`like this|like loading|liken lade|gefällt mir|j['’]aime(?: chargement)?|me gusta(?: cargando)?|mi piace(?: caricamento)?|be the first to like this|\d+\s+likes?`,
    // the post navigation: "Post navigation", "Previous post", "Nächster Beitrag"
    String.raw`post navigation|beitrags-?navigation|(?:previous|next|older|newer)\s+(?:post|article|entry|story)|(?:vorheriger|nächster)\s+(?:beitrag|artikel)`,
  ].join("|")})[\s:.…]*$`,
  "iu",
);
const SHARE_LIST_RULES: ReadonlySet<string> = new Set(["clean/share", "clean/newsletter"]);
function isPostFooterControl(l: ClassifiedLine): boolean {
  const text = l.text.trim();
  if (text === "" || l.rule === "clean/share") return true;
  return l.list ? l.rule !== null && SHARE_LIST_RULES.has(l.rule) : POST_FOOTER_CONTROL.test(text);
}
/** Session 15t8: how far into the body run its meta block (a name beside a dateline) may stand. */
const BODY_META_LINES = 12;
/** Share links between a byline's name and its dateline ("* Twitter"): list entries of at most this many words … */
const SHARE_ENTRY_MAX_WORDS = 2;
/** … and at most this many of them. */
const SHARE_ENTRIES_PASSED = 2;
/** … and in the header, between a name and the dateline, at most this many share links ("* Share" / "* Tweet" / "* Email" …). */
const SHARE_LINKS_PASSED = 5;
/** Session 15t8: how far above the body a labelled dateline still dates a page nothing else dated. */
const FAR_DATELINE_LINES = 80;
/** How far under a headline above the header zone its dateline is read, in lines (session 15t9). */
const META_UNDER_FAR_TITLE_LINES = 3;
/**
 * A German CMS poster line's opening ("Geschrieben am …"): a dateline that is the post's own. The other languages'
 * poster openers ("Posted on …", "Publicado el …") are PUBLISHED_LABEL's; "geschrieben" stays out of that label,
 * which also dates far datelines.
 */
const GESCHRIEBEN_LINE = /^\s*geschrieben\s+(?:on|am|el|le|il)\b/iu;
/** A dateline's label that names the day as the publication day (session 15t6), in the stop-word table's languages. */
const PUBLISHED_LABEL = new RegExp(String.raw`^\s*(?:${dateLabelSource(["published", "posted"])})(?![\p{L}])`, "iu");
/** The body's last lines searched for the post's meta sentence (session 15t6, `parsePostMetaSentence`). */
const POST_META_BODY_LINES = 3;
/**
 * A bare capitalised line under the headline read as its author (session 15t3): its first word is a known given name
 * (text/person.ts), or none of its words is an ordinary English word (WordNet's lemmas, `commonWordClass`). Family:
 * labels, course and product names and short headlines of common words ("Computer Games Programming", "Breaking News
 * Today") under a headline, which the capitalised-words test (`looksLikeName`) took for a name on "no author" pages.
 */
function isBareNameUnderHeadline(text: string): boolean {
  return isPersonName(text) || !text.split(/\s+/).some((w) => commonWordClass(w.toLowerCase()) !== null);
}
/** Longest headline, in words. */
const TITLE_MAX_WORDS = 30;
/** Longest subheading, in words. */
const HEADING_MAX_WORDS = 15;
/** A list item inside the body needs more words than this to be text rather than a menu entry. */
const BODY_LIST_MIN_WORDS = 3;
/** A bare fragment inside the body needs this many words (or closing punctuation) to be kept. */
const BODY_FRAGMENT_MIN_WORDS = 3;
/** Weight of a prose line with no prose neighbour (teaser blurbs between headlines and timestamps). */
const ISOLATED_FACTOR = 0.5;
/** ...and at most this much: a teaser (headline, name, blurb) must not outweigh its fragments. */
const ISOLATED_MAX = 5;
/**
 * Session clean-5: an isolated prose line of ISOLATED_LONG_WORDS words or more weighs up to ISOLATED_LONG_MAX instead.
 * Family: articles whose paragraphs stand between subheadings, list entries or widgets (guides and round-ups whose
 * every section is a heading, a long paragraph and a fact list; blog posts of one long paragraph over an author box),
 * in every renderer: each paragraph was capped as a teaser blurb, and the article lost to a comment thread or a
 * sidebar. Teaser blurbs are shorter; the cap stays, so a long blurb still cannot carry a teaser list on its own.
 * Measured on eval:clean-silver halves A1/A2 (text and Markdown, all four up) with eval:clean's dev halves unchanged.
 */
const ISOLATED_LONG_WORDS = 60;
const ISOLATED_LONG_MAX = 15;
/** Session clean-6: isolated prose lines in a row that make a list of teaser cards, and the most lines between two cards' blurbs. */
const TEASER_CARDS_MIN = 3;
const TEASER_CARD_GAP = 3;
/** ...at least this share of whose blurbs are cut off (CUT_OFF_EXCERPT). */
const TEASER_CUT_SHARE = 0.5;
/** Session clean-13: lines above each blurb of a card list under a box header (`cardListUnderHeader`): a kicker or time, and the headline. */
const TEASER_CARD_MIN_HEAD_LINES = 2;
/** A blurb cut off by the page: it ends with an ellipsis ("… the club said on..."), maybe in brackets ("[…]", "(...)"). */
const CUT_OFF_EXCERPT = /(?:\.\.\.|…)\s*[\])]?$/u;

/**
 * Session clean-11: a table of contents holds at least TOC_MIN_ENTRIES entries printed again as the article's
 * subheadings, each entry at most TOC_ENTRY_GAP lines after the previous one; a subheading has at most
 * TOC_HEADING_MAX_WORDS words.
 */
/** A table printed in columns is dated (its date rows are cells, not datelines) with this many rows opening with a date (review mend of clean-11). */
const DATED_ROWS_MIN = 2;
const TOC_MIN_ENTRIES = 3;
const TOC_ENTRY_GAP = 3;
const TOC_HEADING_MAX_WORDS = 14;
/** A contents entry that is a full sentence: this many words or more, ending on a stop (`FULL_STOP_END`), is prose (review mend). */
const TOC_SENTENCE_MIN_WORDS = 8;
const FULL_STOP_END = /[.!?]["'”’»)]*$/u;
/** A section under a subheading: this many prose lines, or this many words (review mend). */
const TOC_SECTION_LINES = 2;
const TOC_SECTION_WORDS = 50;

/**
 * Repeated lines that are the article's own subheadings under its table of contents (session clean-11). Family:
 * guides, how-tos and explainers of blogs, magazines and wikis print the list of their sections (a "Contents" or
 * "In this article" box, often a plugin's) above the sections, so every renderer prints each subheading twice, and the
 * repeat rule (a line printed again further down is a teaser or a widget) dropped the subheadings, in every language.
 * `repeated`: the lines marked as repeats, first printed at `firstAt`; `prose[i]`: line i scores as prose.
 * A subheading (at most TOC_HEADING_MAX_WORDS words, no list entry) stands right over a paragraph (a prose line that is
 * no list entry and no repeat itself); TOC_MIN_ENTRIES or more such subheadings whose first prints stand together (each
 * at most TOC_ENTRY_GAP lines after the previous one) and in the subheadings' order, all above the first subheading.
 * A caption or a label printed again over several paragraphs (one first print), a teaser box repeating the page's
 * headlines (over no paragraph, or over the same blurb, itself a repeat) are not a table of contents.
 */
function tocSubheadings(lines: ClassifiedLine[], repeated: ReadonlySet<number>, firstAt: ReadonlyMap<number, number>, prose: readonly boolean[]): Set<number> {
  const out = new Set<number>();
  const overParagraph = (i: number) => i + 1 < lines.length && prose[i + 1] && !lines[i + 1].list && !repeated.has(i + 1);
  const entries = [...repeated]
    .filter((i) => !lines[i].list && lines[i].words <= TOC_HEADING_MAX_WORDS && overParagraph(i))
    .sort((a, b) => firstAt.get(a)! - firstAt.get(b)!);
  // (Review mend: a contents box heads sections, not one blurb per entry: under most entries TOC_SECTION_LINES prose
  //  lines or TOC_SECTION_WORDS words before the next line that is no prose; a "Top stories" list over the page's
  //  headline-and-blurb cards has one blurb under each. And no section header, "More news", stands between the list
  //  and the first subheading.)
  const sections = (run: number[]): boolean => {
    let real = 0;
    for (const e of run) {
      let n = 0;
      let words = 0;
      for (let k = e + 1; k < lines.length && prose[k] && !lines[k].list && !repeated.has(k); k++) {
        n++;
        words += lines[k].words;
      }
      if (n >= TOC_SECTION_LINES || words >= TOC_SECTION_WORDS) real++;
    }
    return real * 2 > run.length;
  };
  const headerBetween = (from: number, to: number): boolean => {
    for (let k = from + 1; k < to; k++) if (lines[k].breaker) return true;
    return false;
  };
  for (let a = 0; a < entries.length; ) {
    let b = a;
    while (b + 1 < entries.length) {
      const step = firstAt.get(entries[b + 1])! - firstAt.get(entries[b])!;
      if (step < 1 || step > TOC_ENTRY_GAP || entries[b + 1] < entries[b]) break;
      b++;
    }
    const run = entries.slice(a, b + 1);
    if (run.length >= TOC_MIN_ENTRIES && firstAt.get(entries[b])! < entries[a] && sections(run) && !headerBetween(firstAt.get(entries[b])!, entries[a])) for (const i of run) out.add(i);
    a = b + 1;
  }
  return out;
}

/**
 * Session clean-11: a line of a code block or a terminal session: code punctuation in code shape (`f(`, `()`, `a[`,
 * `=`, `;`, `{}`, `\`, a tag `<a`, `->`, `=>`), a prompt or comment mark opening it (`$ ` before no figure, `>>>`,
 * `...`, `#`, `//`, `--`), or a keyword-like lower-case word opening it ("import os", "pass", "return x"); at most
 * CODE_LINE_MAX_WORDS words and no closing sentence stop. Not a price ("$5", "$ 5.99"), a bracket after a word and a
 * space ("Storm closes the road (video)", a pull quote's "(Jane Roe)") nor a bar of menu entries ("News | Sport"): a
 * deal widget, a teaser pair or a menu printed twice stays a repeat (review mend).
 */
const CODE_MARK = /\w\(|\(\)|\w\[|[=;{}\\]|<\/?[a-z]|->|^\$\s+(?![\d.,])|^(?:>>>|\.\.\.|#|\/\/|--)(?:\s|$)/u;
const CODE_WORD = /^[a-z_][\w.]*(?:\s|:|$)/u;
const CODE_LINE_MAX_WORDS = 20;
const codeShaped = (l: ClassifiedLine): boolean => l.words <= CODE_LINE_MAX_WORDS && !l.sentenceEnd;
/** A code line: code punctuation or a prompt (`strong`), or only a keyword-like word opening it. */
const codeLine = (l: ClassifiedLine, strong = false): boolean => codeShaped(l) && (CODE_MARK.test(l.text) || (!strong && CODE_WORD.test(l.text)));

/**
 * Session clean-11: a live blog's entries. At least LIVE_ENTRIES_MIN entries in a row, each a time stamp, a paragraph
 * at most LIVE_PARAGRAPH_REACH lines over the entry's share row, and the next entry's share row at most
 * LIVE_ENTRY_MAX_LINES lines on.
 */
const LIVE_ENTRIES_MIN = 3;
const LIVE_PARAGRAPH_REACH = 3;
const LIVE_ENTRY_MAX_LINES = 10;
/**
 * A time of day on an entry's stamp line ("18:05", "6.05 pm", "14h30", "18.05 Uhr", "18:05 (IST)"); not a price
 * ("£10.99", "$ 5.99", "4.50") nor a part of a date ("2024.03.12"): a dot needs "am", "pm" or "Uhr" after it. A colon
 * time may follow a date's digits with no space between (renderers glue "… 2023" to "18:05").
 */
const LIVE_STAMP_TIME = /(?<![\d.,$£€¥])\d{1,2}(?:h[0-5]\d|\.[0-5]\d\s*(?:[ap]\.?m\.?|uhr))(?!\d)|(?<![.,$£€¥])\d{1,2}:[0-5]\d(?!\d)/iu;
const LIVE_STAMP_MAX_WORDS = 8;

/**
 * Session clean-11, live blogs and live tickers: every entry prints a time stamp, maybe a heading and a score line,
 * one paragraph and its own share row ("facebook / twitter / Share Link"). Each paragraph stands between fragments and
 * read as an isolated teaser, each share row cost the run as much as a share box under an article, and the blog was
 * cut after its first entries. Family: live coverage of sport, elections and breaking news on news sites, in every
 * renderer and language. Returns the entries' share-row lines and paragraphs; a share box under an article (one row),
 * teaser cards without stamps, and cards whose blurb is cut off ("…") are no live blog.
 */
function liveBlogEntries(lines: ClassifiedLine[], datelines: ReadonlyMap<number, { iso: string }>): { chrome: Set<number>; paragraphs: Set<number> } {
  const chrome = new Set<number>();
  const paragraphs = new Set<number>();
  const isShare = (l: ClassifiedLine) => l.rule === "clean/share";
  // (Review mend: a stamp is a time of day; a dateline counts only with its time, "March 3, 2024" over a teaser card
  //  does not.)
  const stamp = (i: number) => (datelines.get(i)?.iso.length ?? 0) > 10 || (lines[i].words <= LIVE_STAMP_MAX_WORDS && LIVE_STAMP_TIME.test(lines[i].text));
  // (Review mend: no entries below a section header that stands under the article's first paragraph, "Latest news",
  //  "More from this author": the river of teaser cards under an article prints a stamp, a blurb and share icons per
  //  card too.)
  const firstProse = lines.findIndex((l) => l.cls === "good");
  let riverFrom = lines.length;
  for (let i = firstProse + 1; firstProse >= 0 && i < lines.length; i++) {
    if (lines[i].breaker) {
      riverFrom = i;
      break;
    }
  }
  // Share rows (consecutive share lines, wordless lines between), each with its paragraph above and a stamp above that.
  const rows: { from: number; to: number; paragraph: number }[] = [];
  let prevEnd = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!isShare(lines[i])) continue;
    let to = i;
    while (to + 1 < lines.length && (isShare(lines[to + 1]) || lines[to + 1].words === 0)) to++;
    let p = -1;
    for (let k = i - 1; k > prevEnd && k >= i - LIVE_PARAGRAPH_REACH; k--) {
      if (lines[k].score > 0 && lines[k].cls !== "bad") {
        // (a blurb cut off by the page, "… said on...", is a teaser card's, not an entry's)
        if (!CUT_OFF_EXCERPT.test(lines[k].text)) p = k;
        break;
      }
    }
    let stamped = false;
    for (let k = p - 1; p >= 0 && k > prevEnd && k >= p - LIVE_PARAGRAPH_REACH; k--) if (stamp(k)) stamped = true;
    if (p >= 0 && stamped && p < riverFrom) rows.push({ from: i, to, paragraph: p });
    prevEnd = to;
    i = to;
  }
  for (let a = 0; a < rows.length; ) {
    let b = a;
    while (b + 1 < rows.length && rows[b + 1].from - rows[b].to <= LIVE_ENTRY_MAX_LINES) b++;
    if (b - a + 1 >= LIVE_ENTRIES_MIN) {
      for (let k = a; k <= b; k++) {
        for (let j = rows[k].from; j <= rows[k].to; j++) chrome.add(j);
        paragraphs.add(rows[k].paragraph);
      }
    }
    a = b + 1;
  }
  return { chrome, paragraphs };
}

type Decision = { keep: Block } | { drop: RemovedBlock } | null;

function drop(line: ClassifiedLine, rule: string, reason: string): Decision {
  return { drop: { text: line.raw, rule, reason } };
}

/**
 * Session clean-7, a comment thread with no reply buttons: at least this many signed datelines in a row (a name, then
 * the date: "jdoe June 28, 2015 at 10:25 pm", "Jane Roe - 3. März 2021"), each entry 2 to COMMENT_BARE_GAP lines long,
 * below at least MIN_BODY_SCORE of prose (the article comes before its comments; a forum page, all entries, is left
 * alone).
 */
const COMMENT_BARE_MIN = 4;
const COMMENT_BARE_GAP = 8;
/** A signed dateline is this short at most, in words. */
const COMMENT_SIGNATURE_MAX_WORDS = 12;
/** The name before the date of a signed dateline: letters first, no sentence, no dateline label ("On", "Posted", "Am"). */
const SIGNATURE_NAME = /^\p{L}[\p{L}\p{N} ._'’@-]{0,40}?[\s,|–—-]*$/u;
/**
 * The labels such a name may not open with: the date's particles ("on", "am", "le", "by", "von"), the publication labels of
 * text/date-labels.ts and the generic "date" words. (No update labels: a dateline the header reader names modified,
 * "Updated …", is skipped before the name is read.)
 */
const SIGNATURE_LABEL = new RegExp(String.raw`^(?:on|am|um|le|el|il|em|op|by|von|par|por|di|${dateLabelSource(["published", "posted"])}|stand|datum|date|fecha|data)(?![\p{L}])`, "iu");
/** Session clean-6: reply buttons under this many dated entries make a comment thread, each at most this many lines long. */
const COMMENT_ENTRIES_MIN = 2;
const COMMENT_ENTRY_MAX_LINES = 25;
/** A comment's reply button: the lexicon's reply buttons (clean/comments), as a plain line or as a Markdown link. */
function isReplyButton(l: ClassifiedLine): boolean {
  if (l.words === 0 || l.words > 3 || l.breaker) return false;
  return l.rule === "clean/comments" || (l.rule === "clean/markdown-link" && matchBoilerplate(l.text, l.words)?.rule === "clean/comments");
}

/** How far below a bare comment header the same line may recur for the first one to be a share row's button (session 27). */
const COMMENT_BUTTON_REACH = 8;
/**
 * Session 27, a share row's comment button between an article's last paragraphs: a bare comment header of one or two
 * words ("Comments", "Comments (12)", "Kommentare") right under a paragraph, printed again within COMMENT_BUTTON_REACH
 * lines below with a paragraph between. The first print is the toolbar's button, not the thread's header: it costs an
 * inline line's 2 and ends nothing; the second is still the hard stop. Family: news and opinion sites whose share
 * toolbar (a comment count among the share icons) sits above the last paragraph, in every renderer; the closing
 * paragraph was cut off as a comment. A thread under one header ("Comments", then the comments) has no second print.
 */
function commentButtonsOfShareRows(lines: ClassifiedLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.rule !== "clean/comments" || l.score > -HARD_STOP_SCORE || l.words > 2 || lines[i - 1].cls !== "good") continue;
    const key = l.text.toLowerCase();
    let paragraph = false;
    for (let k = i + 1; k < lines.length && k <= i + COMMENT_BUTTON_REACH; k++) {
      if (isThreadFurniture(lines[k])) break;
      if (lines[k].text.toLowerCase() === key) {
        const foot = lines.slice(k + 1, k + 1 + THREAD_FOOT_REACH).some((n) => isReplyButton(n) || THREAD_PAGER.test(n.text));
        if (paragraph && !foot) lines[i] = { ...l, breaker: false, reason: "comment button of a share row", score: -THRESHOLDS.shortPenalty };
        break;
      }
      paragraph ||= lines[k].cls === "good";
    }
  }
}

/**
 * A line opened by a clock time ("09:42 Headline", "14h05 …", "7:30 Uhr …", a list bullet before it): hours and minutes,
 * the rest. With the French "h" the hour has two digits ("09h05", "16h42"): "5h40 Paris – Nice" is a journey's length.
 */
const CLOCK_OPENED = /^(?:[*•·-]\s+)?(?!\d[hH])([01]?\d|2[0-3])[:h]([0-5]\d)(?:\s*uhr)?\s+(?=\S)/iu;
/** A ticker holds at most this many lines between two of its entries (a bare timestamp, a kicker, an image) … */
const TICKER_GAP = 6;
/** … at least this many entries … */
const TICKER_MIN = 5;
/** … of at most this many words each. */
const TICKER_ENTRY_MAX_WORDS = 30;
/** A live entry's heading may have one line of at most this many words (a byline, a kicker) above its paragraph. */
const LIVE_ENTRY_BYLINE_WORDS = 3;

/** The nearest line after line `i` that holds words (blank lines and bare marks passed over), if any. */
function nextWithWords(lines: readonly ClassifiedLine[], i: number): ClassifiedLine | undefined {
  let j = i + 1;
  while (j < lines.length && lines[j].words === 0) j++;
  return lines[j];
}

/** The nearest line before line `i` that holds words, if any. */
function prevWithWords(lines: readonly ClassifiedLine[], i: number): ClassifiedLine | undefined {
  let j = i - 1;
  while (j >= 0 && lines[j].words === 0) j--;
  return lines[j];
}

/**
 * A latest-news ticker: TICKER_MIN lines or more opened by a clock time, each at most TICKER_GAP lines under the last,
 * the times strictly newest first (equal times are parallel sessions or a TV guide's channels, not a ticker), most of
 * them headlines with no closing stop, and at most a quarter of them over prose of their own (a sentence right under
 * the time line, or under one short byline line). Its lines are returned. Family: "Latest" / "Direct" / "Ticker"
 * sidebars and "latest news" boxes under or beside an article, in every renderer and language: their lines carry a
 * figure (the time), so the walk through an article of short lines (`extendListBody`) took them as list content, and
 * a ticker with a few blurbs outweighed the gap to the article. Not the article's own list: a chain with prose or a
 * colon lead-in just above it and prose just below it (a markets page's updates, a timeline told backwards, a
 * basketball play-by-play whose clock counts down, a TV guide) stays. Not a programme inside an article (times in the
 * day's order), and not a live page's entries (a heading with prose under it, or one-line entries that end like
 * sentences: `liveBlogEntries` reads those). Nor a lede's own updates: a chain right under a paragraph whose lines
 * report on it (`sharesTopic`), with nothing below (a short live page or a disruption notice).
 */
function tickerLines(lines: readonly ClassifiedLine[]): number[] {
  const out: number[] = [];
  const nextText = (i: number) => nextWithWords(lines, i);
  const prevText = (i: number) => prevWithWords(lines, i);
  const prose = (l: ClassifiedLine | undefined): boolean => !!l && l.cls !== "bad" && l.sentenceEnd && l.words >= 3 && !CLOCK_OPENED.test(l.text);
  const paragraph = (l: ClassifiedLine | undefined): boolean => !!l && l.cls === "good" && l.score > 0;
  const leadIn = (l: ClassifiedLine | undefined): boolean => !!l && l.cls !== "bad" && /:\s*$/u.test(l.text);
  const isEntry = (k: number): boolean => {
    const a = nextText(k);
    if (prose(a)) return true;
    return !!a && a.words <= LIVE_ENTRY_BYLINE_WORDS && !a.sentenceEnd && !CLOCK_OPENED.test(a.text) && prose(nextText(a.index));
  };
  // the article's first (or only) paragraph, its lede: no prose within LEDE_GAP_LINES worded lines above it (the
  // headline and the meta row); under a longer article, a same-topic chain is a ticker of other stories
  const firstParagraph = (i: number): boolean => {
    for (let j = i - 1, seen = 0; j >= 0 && seen < LEDE_GAP_LINES; j--) {
      if (lines[j].words === 0) continue;
      if (prose(lines[j]) || paragraph(lines[j])) return false;
      seen++;
    }
    return true;
  };
  let chain: number[] = [];
  let last = -1;
  const close = () => {
    if (chain.length >= TICKER_MIN) {
      const headlines = chain.filter((k) => !lines[k].sentenceEnd).length;
      const entries = chain.filter(isEntry).length;
      const above = prevText(chain[0]);
      const below = nextText(chain[chain.length - 1]);
      const inArticle = (prose(above) || paragraph(above) || leadIn(above)) && (prose(below) || paragraph(below));
      const ownUpdates = paragraph(above) && firstParagraph(above!.index) && sharesTopic(chain.map((k) => lines[k].text), above!.text);
      if (2 * headlines >= chain.length && 4 * entries <= chain.length && !inArticle && !ownUpdates) out.push(...chain);
    }
    chain = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].words <= TICKER_ENTRY_MAX_WORDS ? CLOCK_OPENED.exec(lines[i].text) : null;
    if (!m || lines[i].words < 3) continue;
    const minute = Number(m[1]) * 60 + Number(m[2]);
    if (chain.length > 0 && (i - chain[chain.length - 1] > TICKER_GAP || minute >= last)) close();
    chain.push(i);
    last = minute;
  }
  close();
  return out;
}
/** Words of four letters or more that no language's function-word list holds, lower case. */
function topicWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !ANY_STOPWORD.has(w)));
}
const ANY_STOPWORD: ReadonlySet<string> = new Set(Object.values(STOPWORDS).flatMap((s) => [...s]));
/**
 * Do clock-opened lines report on the paragraph above them: half of them or more share a topic word with it, and the
 * shared words are UPDATE_TOPIC_WORDS_MIN or more (one shared word throughout is a local ticker's town name). Family: a
 * short live page or a disruption notice (a lede, then newest-first one-line updates on the same story, in any
 * language), which read as a latest-news ticker under a one-paragraph article and lost every update.
 */
function sharesTopic(entries: readonly string[], lede: string): boolean {
  const ledeWords = topicWords(lede);
  const shared = new Set<string>();
  let reporting = 0;
  for (const e of entries) {
    const common = [...topicWords(e.replace(CLOCK_OPENED, ""))].filter((w) => ledeWords.has(w));
    if (common.length > 0) reporting++;
    for (const w of common) shared.add(w);
  }
  return 2 * reporting >= entries.length && shared.size >= UPDATE_TOPIC_WORDS_MIN;
}
/** Fewest distinct words that a lede's updates share with it (see `sharesTopic`). */
const UPDATE_TOPIC_WORDS_MIN = 3;
/**
 * A share row's line: the lexicon's share buttons (as a plain line or as a Markdown link, "* [Facebook](…)"), and a
 * short entry of a share list that the sign-up rules name ("* Email").
 */
function isShareRowLine(l: ClassifiedLine): boolean {
  const rule = l.rule === "clean/markdown-link" ? (l.words <= SHARE_ENTRY_MAX_WORDS ? (matchBoilerplate(l.text, l.words)?.rule ?? null) : null) : l.rule;
  return rule === "clean/share" || (l.list && rule !== null && SHARE_LIST_RULES.has(rule) && l.words <= SHARE_ENTRY_MAX_WORDS);
}
/** A share button proper (not the e-mail entry a share list may hold), as a plain line or a Markdown link. */
function isShareButton(l: ClassifiedLine): boolean {
  return l.rule === "clean/share" || (l.rule === "clean/markdown-link" && l.words <= SHARE_ENTRY_MAX_WORDS && matchBoilerplate(l.text, l.words)?.rule === "clean/share");
}
/** A share row between an article's paragraphs has at most this many non-empty lines (a label and its buttons). */
const SHARE_ROW_MAX_LINES = 8;
/**
 * A full paragraph standing alone between two share rows, with the article going on across exactly one of them (a paragraph
 * right beyond the row): the share bar is printed inside the article's flow, above and under one paragraph (a closing
 * paragraph under the article's share bar with the page's second bar below it, a lede between the top bar and a bar
 * repeated under it). The rows' lines are returned: they cost the body run an inline line's 2, end no section, and
 * do not isolate the paragraph. Family: news and blog sites that repeat their share toolbar between paragraphs, in
 * every renderer and language (the lexicon's share rows); the paragraph was read as an isolated teaser (weight 5) and
 * the toolbar's lines (6 or more each) cut it off the article. A teaser card has its headline between the share row
 * above and its blurb, so a list of cards with share buttons does not qualify; nor does a run of blurb-only cards with
 * a share bar between each (a paragraph beyond both bars), since the article goes on across exactly one of the rows.
 */
function shareRowsInFlow(lines: readonly ClassifiedLine[]): Set<number> {
  const rowAt = (i: number, step: 1 | -1): { row: number[]; beyond: number } | null => {
    const row: number[] = [];
    let share = false;
    let j = i + step;
    for (; j >= 0 && j < lines.length && (lines[j].words === 0 || isShareRowLine(lines[j])) && row.length <= SHARE_ROW_MAX_LINES; j += step) {
      if (lines[j].words === 0) continue;
      row.push(j);
      share ||= isShareButton(lines[j]);
    }
    return share && row.length <= SHARE_ROW_MAX_LINES ? { row, beyond: j } : null;
  };
  const paragraph = (k: number) => k >= 0 && k < lines.length && lines[k].cls === "good" && lines[k].score > 0;
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!paragraph(i)) continue;
    const up = rowAt(i, -1);
    const down = up && rowAt(i, 1);
    // exactly one side goes on as prose: a paragraph beyond both rows would chain card to card through a list of blurbs
    if (!up || !down || paragraph(up.beyond) === paragraph(down.beyond)) continue;
    for (const k of [...up.row, ...down.row]) out.add(k);
  }
  return out;
}

/**
 * Review mend of round 13: a comment thread's own furniture, which tells a thread whose header is printed twice (a tab
 * label over the thread and a link at its foot, or the header of each page of a paged thread) from a share row's
 * button: a reply button, the comment widget's chrome (vote counts, "Load more comments", sort menus, the lexicon's
 * clean/comments lines short of a header), a relative time ("2 hours ago") or a short dated line (a commenter's
 * name and time). None may stand between the two prints.
 */
function isThreadFurniture(l: ClassifiedLine): boolean {
  if (isReplyButton(l) || (l.rule === "clean/comments" && l.score > -HARD_STOP_SCORE) || THREAD_PAGER.test(l.text)) return true;
  return l.words <= THREAD_STAMP_MAX_WORDS && (RELATIVE_STAMP.test(l.text) || (mayHoldDate(l.text) && parseDateline(l.text) !== null));
}
/** A thread's pager or its "load more" button ("Load more", "Show more", "Next page", "Older comments"). */
const THREAD_PAGER = /^(?:(?:load|show|view|see) more|(?:next|previous|older|newer) (?:page|comments)|page \d+ of \d+)\b.{0,20}$/iu;
/** A relative time stamp of a comment ("2 hours ago", "3d ago"). */
const RELATIVE_STAMP = /(?:^|\s)\d{1,3}\s*(?:m|h|d|w|mo|y|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago$/iu;
/** A commenter's name-and-time line has at most this many words. */
const THREAD_STAMP_MAX_WORDS = 8;
/** A reply button or a pager this close under the second print: the header was repeated at the thread's foot. */
const THREAD_FOOT_REACH = 2;

/** Most lines between the headline and a lede, and between the lede and the body run (meta rows, a photo's caption and credit, a share row). */
const LEDE_GAP_LINES = 8;
/** Fewest words of a lede (a sentence, not a kicker or a caption). */
const LEDE_MIN_WORDS = 8;
/**
 * The lede under the article's meta row, apart from the body: the one paragraph between the page's headline and the
 * body run, with a dateline or byline between the headline and it, and everything else there page furniture (no
 * prose: meta rows, a photo's caption and credit, a share row, a reading time, empty list markers), at most
 * LEDE_GAP_LINES lines on each side. It is a sentence (a closing stop, LEDE_MIN_WORDS words or more, no list mark, not
 * cut off with "…", printed once). Family: news and magazine pages that print headline, meta row, lede, photo and
 * share bar, then the article: the lede weighs one isolated paragraph against the furniture's cost, so the body run
 * started under it. A dek right under the headline, above the meta row, stays out (the standfirst rule).
 * Returns the lede's index, or -1.
 */
function ledeUnderMetaRow(lines: readonly ClassifiedLine[], titleAt: number, start: number, isMetaRow: (i: number) => boolean, repeatedFrom: ReadonlyMap<number, unknown>): number {
  if (titleAt >= start) return -1;
  let lede = -1;
  let meta = false;
  for (let i = titleAt + 1; i < start; i++) {
    const l = lines[i];
    if (l.breaker) return -1;
    if (isMetaRow(i)) {
      if (lede >= 0) return -1;
      meta = true;
      continue;
    }
    if (l.score <= 0 && l.cls !== "good") continue;
    if (lede >= 0) return -1;
    lede = i;
  }
  if (lede < 0 || !meta || lede - titleAt > LEDE_GAP_LINES || start - lede > LEDE_GAP_LINES) return -1;
  const l = lines[lede];
  if (l.cls !== "good" || !l.sentenceEnd || l.list || l.words < LEDE_MIN_WORDS || CUT_OFF_EXCERPT.test(l.text) || repeatedFrom.has(lede)) return -1;
  // (a shape the lexicon knows, a call to action, is furniture: a newsletter or app promo, a "listen" notice)
  if (l.rule !== null || matchBoilerplate(l.text, l.words) || CALL_TO_ACTION.test(l.text)) return -1;
  // (a paragraph next to an image label or a bare credit line, "Image", "© Jane Roe", "FILE PHOTO", "Photo by Jane Roe
  // for the …", is the photo's caption, the credit up to BARE_CREDIT_MAX_WORDS words; a caption that holds its own
  // text, "A volunteer carries … Photo: Jane Roe", is the photo's, and the paragraph beside it may be the lede)
  const bareCredit = (n: ClassifiedLine | undefined) => !!n && n.rule !== null && CAPTION_NEIGHBOUR_RULES.has(n.rule) && n.words <= BARE_CREDIT_MAX_WORDS && !HOLDS_SENTENCE.test(n.text);
  if (bareCredit(prevWithWords(lines, lede)) || bareCredit(nextWithWords(lines, lede))) return -1;
  // (it reports on the article: LEDE_TOPIC_WORDS_MIN topic words shared with the headline and the body's opening
  // lines; a disclosure, an opinion disclaimer, an AI notice or a promo shares none)
  const context = topicWords([lines[titleAt].text, ...lines.slice(start, start + LEDE_CONTEXT_LINES).map((x) => x.text)].join(" "));
  if ([...topicWords(l.text)].filter((w) => context.has(w)).length < LEDE_TOPIC_WORDS_MIN) return -1;
  return lede;
}
/** A line next to a lede candidate with one of these rules makes it a photo's caption. */
const CAPTION_NEIGHBOUR_RULES: ReadonlySet<string> = new Set(["clean/image-placeholder", "clean/caption", "clean/copyright"]);
/** A credit or image label beside a lede candidate has at most this many words (longer: a caption with its own text). */
const BARE_CREDIT_MAX_WORDS = 10;
/** A sentence's close inside a line: a lower-case word, a stop, a space ("… on Saturday morning. Photo: …"). */
const HOLDS_SENTENCE = /\p{Ll}\p{Ll}[.!?]["”’)]?\s/u;
/** Fewest topic words a lede shares with the headline and the body's first LEDE_CONTEXT_LINES lines. */
const LEDE_TOPIC_WORDS_MIN = 2;
const LEDE_CONTEXT_LINES = 6;
/**
 * A sentence that opens as a call to action ("Read more about …", "Sign up …", "Listen to …", "Download …", "Follow us
 * …", "Subscribe …", "Support independent journalism …", "Also in the news …"): a promo or a related-story teaser in
 * the lede's slot, in English.
 */
const CALL_TO_ACTION = /^(?:read (?:more|also|our|the full)|sign up|subscribe|support (?:independent|our|local|quality)|listen (?:to|now)|download|follow us|watch (?:now|the|our)|also (?:in the news|read|on)|click|tap)\b/iu;

/** A line scoring this low or lower is a hard stop (comment-thread header). */
const HARD_STOP_SCORE = 150;
/** A run before a hard stop is the body when it scores at least this (about two paragraphs). */
const MIN_BODY_SCORE = 40;

/**
 * The short post under its header. A post of a few lines, a dialogue, a quip, a poem's stanza or a photo's note, scores
 * no body run of its own: its short lines (a dialogue's turns in quotes) cost what a menu costs, and the best run is a
 * copyright or a platform's "create your own blog" line at the foot of the page, far from the header. When the best run
 * scores under MIN_BODY_SCORE, the page's first headline-like line over a dateline, above that run, opens the post: the
 * lines under the dateline, up to SHORT_POST_MAX_LINES, none of them page furniture (no classified boilerplate, no
 * section break), closed by a furniture line (the share row, "Share this:", a related-posts header), with at least
 * SHORT_POST_MIN_WORDS words and one line of prose, are the body. Family: one-person blogs (WordPress, Blogger themes)
 * whose posts are a few lines long, in any language (the test is the layout: headline, dateline, text, share row).
 * A block holding a shop box's line (a price, "In stock", "Add to cart": SHOP_BOX_LINE) is no post. (Stopping the
 * search at the comment section's hard stop, and asking a line of prose to end a sentence, cost fold A posts: not
 * kept; a reader's comment, a menu's long link label or an event's venue line can still be taken.) An archive page lists several headlines over datelines:
 * when another headline-like line over a dateline follows the closing furniture within SHORT_POST_LISTING_LOOKAHEAD
 * lines, the page is a listing of teasers and there is no post (null).
 * Returns the post's lines as a run and its headline's index, or null.
 */
const SHORT_POST_MAX_LINES = 8;
const SHORT_POST_MIN_WORDS = 8;
function shortPostUnderHeader(lines: readonly ClassifiedLine[], datelines: ReadonlyMap<number, unknown>, weak: [number, number] | null): { run: [number, number]; head: number } | null {
  const n = lines.length;
  const limit = weak ? weak[0] : n;
  for (let d = 1; d < limit; d++) {
    if (!datelines.has(d)) continue;
    const head = lines[d - 1];
    if (head.list || !isTitleLike(head, SHORT_HEADING_MIN_WORDS) || looksLikeName(head.text)) continue;
    let j = d + 1;
    let words = 0;
    let prose = false;
    let shop = false;
    while (j < limit && j - d <= SHORT_POST_MAX_LINES && lines[j].cls !== "bad" && !lines[j].breaker && !datelines.has(j)) {
      words += lines[j].words;
      if (lines[j].cls !== "short" && lines[j].words >= SHORT_POST_PROSE_WORDS) prose = true;
      if (SHOP_BOX_LINE.test(lines[j].text.trim())) shop = true;
      j++;
    }
    // (the first header decides: closed by furniture, not cut off by the line limit, another dateline or the run)
    if (j === d + 1 || j >= limit || lines[j].cls !== "bad" || datelines.has(j) || words < SHORT_POST_MIN_WORDS || !prose || shop) return null;
    // (a listing: another headline over a dateline just below the closing furniture)
    for (let k = j + 1; SHORT_POST_LISTING_LOOKAHEAD > 0 && k < Math.min(n - 1, j + 1 + SHORT_POST_LISTING_LOOKAHEAD); k++) {
      if (datelines.has(k + 1) && !lines[k].list && isTitleLike(lines[k], SHORT_HEADING_MIN_WORDS) && !looksLikeName(lines[k].text)) return null;
    }
    return { run: [d + 1, j - 1], head: d - 1 };
  }
  return null;
}
/** How many lines under a short post's closing furniture are read for the next teaser of a listing. */
const SHORT_POST_LISTING_LOOKAHEAD = 6;
/**
 * A shop box's line: a price on its own ("£24.99", "24,99 €", "$5"), a stock note, a quantity field, a cart or buy
 * button, in English, German, French and Spanish. Family: product pages of shops and publishers' stores.
 */
const SHOP_BOX_LINE = /^(?:[£$€¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[£$€¥]|eur|usd|gbp)|in stock|out of stock|sold out|quantity|qty|add to (?:cart|basket|bag)|buy now|auf lager|in den warenkorb|ajouter au panier|en stock|añadir al carrito)$/iu;
/** A line of prose in a short post: not a short fragment, and at least this many words. */
const SHORT_POST_PROSE_WORDS = 5;

function runScore(scores: number[], [a, b]: [number, number]): number {
  let s = 0;
  for (let i = a; i <= b; i++) s += scores[i];
  return s;
}

/** Maximum-sum contiguous run of line scores (Kadane); [start, end] inclusive, or null if all negative. */
export function bestRun(scores: number[], from = 0, to = scores.length - 1): [number, number] | null {
  let best: [number, number] | null = null;
  let bestSum = 0;
  let sum = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i];
    if (sum > bestSum) {
      bestSum = sum;
      best = [start, i];
    }
  }
  return best;
}

/** Whether a short line reads as a sentence that belongs to the body ("He declined to comment."). */
function isShortSentence(l: ClassifiedLine): boolean {
  return l.sentenceEnd && l.words >= 3 && /\p{Ll}/u.test(l.text);
}

/**
 * Whether a short line inside the body run is still article text (a list entry, a
 * Q&A answer, "Really."). Menus that sneak into the body are short list items
 * without a verb-like shape: one or two words, no closing punctuation.
 */
function isBodyFragment(l: ClassifiedLine): boolean {
  if (!/[\p{L}\p{N}]/u.test(l.text)) return false;
  if (l.list && l.words <= BODY_LIST_MIN_WORDS && !l.sentenceEnd) return false;
  return l.words >= BODY_FRAGMENT_MIN_WORDS || l.sentenceEnd || /:$/.test(l.text);
}
/**
 * Session clean-2: a fragment BETWEEN the body's paragraphs (the run is bounded by prose) is article text when it
 * has two words with a letter, or is a figure. Family, across renderers: labels and subheadings of results and
 * round-ups ("BOYS SOCCER", "Status Quo"), two- and three-word list entries (which `isBodyFragment` reads as a menu),
 * table cells that turndown prints one per line ("225.86", "-5.44%"). Menus around the article lie outside the run;
 * a one-word fragment (a logo's alt text over a product entry) still goes, and so does a bare long number (an id).
 */
function isShortCell(l: ClassifiedLine): boolean {
  return (l.words >= 2 && /\p{L}/u.test(l.text)) || FIGURE_CELL.test(l.text);
}
/** A table cell holding a figure: a signed or escaped number of at most 7 digits, with decimals, a percent or a currency ("\\-5.44%", "$27.2"). */
const FIGURE_CELL = /^[\\+\-−–$€£¥]*\s*\d{1,7}(?:[.,:/]\d+)*\s*[%$€£]?$/u;
/**
 * A table printed one cell per line (turndown's default output has no table rule: every `<td>` is a paragraph):
 * at least TABLE_RUN_MIN_CELLS short lines in a row (blank lines, images and short linked cells between them
 * allowed), at least a third of them holding a figure. Inside the body its one-word cells (column headers such as
 * "Ticker", "Last") are kept too. Family: stock tables, box scores, price and spec tables in Markdown dumps (the
 * plain-text renderers print a row per line, with column gaps, and are read as table rows already).
 */
const TABLE_RUN_MIN_CELLS = 4;
const TABLE_FIGURE_SHARE = 1 / 3;
/** A linked cell of a table (a ticker symbol) has at most this many words. */
const TABLE_LINK_CELL_WORDS = 3;

/**
 * A table by its cells alone, not a widget (session clean-2): no list entries (menus, category and archive widgets
 * are lists), at least this share of the cells a bare figure, and not a calendar (every figure a day of the month).
 * Such a table costs the body run nothing: in a Markdown dump a table of 40 cells cost 80 and cut the article in two
 * where it stood, while the plain-text renderers print it as rows read as table rows (a small gain each).
 */
const TABLE_STRICT_FIGURE_CELLS = 1 / 4;
const CALENDAR_DAY = /^(?:[1-9]|[12]\d|3[01])$/;

/**
 * Indices of the short lines that form a table printed one cell per line; the cells of a table by the stricter test
 * go to `strictOut` instead.
 */
function tableCellLines(lines: readonly ClassifiedLine[], strictOut = new Set<number>()): Set<number> {
  const out = new Set<number>();
  const cellLike = (l: ClassifiedLine) => l.words === 0 || l.cls === "short" || (l.rule === "clean/markdown-link" && l.words <= TABLE_LINK_CELL_WORDS);
  for (let i = 0; i < lines.length; ) {
    if (lines[i].cls !== "short" || lines[i].words === 0) {
      i++;
      continue;
    }
    const run: number[] = [];
    let figures = 0;
    let j = i;
    for (; j < lines.length && cellLike(lines[j]); j++) {
      if (lines[j].words === 0) continue;
      run.push(j);
      if (/\d/.test(lines[j].text)) figures++;
    }
    if (run.length >= TABLE_RUN_MIN_CELLS && figures >= TABLE_FIGURE_SHARE * run.length) {
      const figureCells = run.filter((k) => FIGURE_CELL.test(lines[k].text));
      const strict =
        !run.some((k) => lines[k].list) &&
        figureCells.length >= TABLE_STRICT_FIGURE_CELLS * run.length &&
        figureCells.some((k) => !CALENDAR_DAY.test(lines[k].text));
      for (const k of run) (strict ? strictOut : out).add(k);
    }
    i = j;
  }
  return out;
}

/**
 * Session clean-3: a table printed a row per line, its cells set apart by column gaps (html-to-text aligns the
 * columns with runs of spaces, innerText joins the cells with tabs; `columnGaps` in text/blocks.ts): at least
 * TABLE_ROWS_MIN lines in a row, no blank line between them, each with a gap, none a list entry, and at least
 * TABLE_ROW_FIGURE_SHARE of them holding a figure (a data table, not a layout table of links). Family: stock tables,
 * results, price and spec tables inside articles in the plain-text renderers, the same tables as turndown's one
 * cell per line (`tableCellLines`). Such rows cost the body run nothing and are kept inside it, even a row set in
 * capitals that the capitals-teaser rule (text/patterns.ts) would read as a related-story link.
 */
const TABLE_ROWS_MIN = 2;
const TABLE_ROW_FIGURE_SHARE = 1 / 2;
/** Inline residue rules a table row may trip without being residue (cells set in capitals). */
const TABLE_ROW_OVERRIDES: ReadonlySet<string> = new Set(["clean/teaser"]);
function tableRowLines(lines: readonly ClassifiedLine[]): Set<number> {
  const out = new Set<number>();
  const rowLike = (l: ClassifiedLine) =>
    l.columnGaps > 0 && !l.list && l.words > 0 && (l.cls === "short" || (l.rule !== null && TABLE_ROW_OVERRIDES.has(l.rule)));
  for (let i = 0; i < lines.length; ) {
    if (!rowLike(lines[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && rowLike(lines[j]) && !lines[j].blankBefore) j++;
    const rows = j - i;
    let figures = 0;
    for (let k = i; k < j; k++) if (DIGIT.test(lines[k].text)) figures++;
    if (rows >= TABLE_ROWS_MIN && figures >= TABLE_ROW_FIGURE_SHARE * rows) for (let k = i; k < j; k++) out.add(k);
    i = j;
  }
  return out;
}

/**
 * Session clean-3: the notes that close an article under its last paragraph, which the body run stops before (they
 * are short and score nothing): a source or reference line opened by a note label ("More information: J. Roe et al.
 * …", "Journal reference: …", "Provided by Example University", "Originally published on Example News.", "This
 * article was first published in …"), or a numbered reference ("[2] …") continuing one the body ends on ("[1] …").
 * Family: science-news and press pages that close with their sources and references, and republished articles that
 * name where they first appeared. At most END_NOTE_WINDOW lines below the run (teaser links between, such as an
 * "Explore further" box, are dropped as a sidebar); a section header (`breaker`) ends the search. A citation
 * request ("Citation: … retrieved …") and a copyright notice are no article text.
 */
const END_NOTE_WINDOW = 6;
const END_NOTE =
  /^(?:more information|further information|journal reference|references?|original (?:study|paper|article))\s*:\s*\S|^(?:provided by|originally published (?:on|in|at|by)|(?:this|the) (?:article|story|post|piece) (?:was|is|first) (?:originally |first )?(?:published|appeared|republished)|republished (?:from|with))\b/i;
// Not a note: "Source: Example News" (a wire or site credit the truth leaves out on news sites) and "First published
// on November 19, 2019" (a dateline).
/** A numbered reference: "[2] …", "2. …" is too common in lists; only the bracketed form. */
const NUMBERED_REFERENCE = /^\[(\d{1,2})\]\s*\S/;

/** Whether a short line can be a subheading between body paragraphs. */
function isHeadingLike(l: ClassifiedLine): boolean {
  if (l.words < 1 || l.words > HEADING_MAX_WORDS) return false;
  if (!/\p{L}/u.test(l.text)) return false;
  if (/[.,;]$/.test(l.text)) return false;
  return !(l.list && l.words < 3);
}

/**
 * Session 15t7: a line that prints a web address ("More information: www.example.org", "Screenshots here:
 * https://example.org/…"). `NOT_A_HEADLINE` reads a host name only when a word follows it. Family: link lines of
 * blogs, forums and travel or product pages (a renderer that keeps link addresses prints them too).
 */
const WEB_ADDRESS = /\bhttps?:\/\/\S|(?:^|\s)www\.\p{L}/iu;

/**
 * Session 26: a Markdown heading that is one link, the post's permalink ("# [Headline](https://example.org/2026/12/headline/)",
 * "[Headline](/blog/headline \"Permalink to Headline\")" over a setext underline): blog and CMS themes link the post's
 * title to its own address. The classifier names a line that is one link navigation (`clean/markdown-link`); such a
 * heading is judged by its text (`asText`), as a plain-text render, which drops the address, prints it. Not a heading
 * nested in a list item (indented): menus and teaser lists print other posts' titles so.
 */
function isPermalinkHeading(l: ClassifiedLine): boolean {
  return l.markHeading && l.rule === "clean/markdown-link" && !l.list && l.indent < 4 && !!l.asText && l.asText.cls !== "bad";
}

function isTitleLike(l: ClassifiedLine, minWords = 3, datedOk = false): boolean {
  if ((l.cls === "bad" && !isPermalinkHeading(l)) || l.words < minWords || l.words > TITLE_MAX_WORDS) return false;
  if (/[.,;:]$/.test(l.text) && !/\.\.\.$|…$/.test(l.text)) return false;
  // Header furniture that is not the headline: labelled lines ("Tested by: …", "Published …"),
  // lines carrying a date, social handles, code-like tokens.
  if (NOT_A_HEADLINE.test(l.text) || (!datedOk && mayHoldDate(l.text) && findPublished(l.text, { dumpLine: true })) || isCreditLine(l.text)) return false;
  if (isTagRow(l.text) || BREADCRUMB_LABEL.test(l.text) || isPageControl(l.text) || WEB_ADDRESS.test(l.text) || isRecordField(l.text) || opensWithAuthorLabel(l.text)) return false;
  return /\p{L}/u.test(l.text) && !l.quote;
}

/**
 * Session 15t4: a breadcrumb trail opened by its "you are here" label, in the languages of the stop-word table ("Sie
 * sind hier: Startseite / Verband / Headline"). It ends with the headline, so it shares the body's words, but the
 * headline stands on its own line further up. Family: institutional and association sites whose header prints the trail.
 */
const BREADCRUMB_LABEL = /^\s*(?:you are here|sie sind hier|du bist hier|vous êtes ici|usted está en|está usted en|você está aqui|sei qui|ti trovi in|u bent hier|u bevindt zich hier|anda di sini|вы здесь)\s*:/iu;

/**
 * Session 15t3: a row of tags or categories ("Kategorie: Politik, Pflege, Aktuelles", "Bildung, Schule, Familie Add
 * comments"): at least TAG_ROW_MIN_ITEMS items split by commas (a label and a colon may open it), each of at most
 * TAG_ITEM_MAX_WORDS words. A headline that lists names ("Turkey, Poland and three islands added to …") has a longer
 * clause. Family: the category and tag rows of blogs and CMS pages, printed between the headline and the body.
 */
const TAG_ROW_MIN_ITEMS = 3;
const TAG_ITEM_MAX_WORDS = 3;
function isTagRow(text: string): boolean {
  // (quoted items are titles of works a headline lists: "Screenshot: «Film One», «Film Two», «Film Three»…")
  if (/["«»„“”‚‘’]|…$|\.\.\.$/u.test(text)) return false;
  const items = text.replace(/^[\p{L}\s]{1,25}:\s*/u, "").split(/\s*,\s*/);
  return items.length >= TAG_ROW_MIN_ITEMS && items.every((it) => { const n = tokensOf(it).length; return n >= 1 && n <= TAG_ITEM_MAX_WORDS; });
}

/** A headline candidate shares at least this many content words with the body's opening... */
const TOPICAL_MIN_SHARED = 2;
/** ...and at least this share of its own content words. */
const TOPICAL_MIN_SHARE = 0.4;
/** The body's opening compared with headline candidates, in words. */
const TOPICAL_BODY_WORDS = 300;

/** Content words of a line: lower-cased tokens with a letter, not function words, at least 3 characters (or non-Latin script). */
function contentWords(toks: readonly string[], stop: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const t of toks) if (!stop.has(t) && /\p{L}/u.test(t) && (t.length >= 3 || /[^\p{Script=Latin}\d]/u.test(t))) out.add(t);
  return out;
}

/** Content words of the body's opening: the prose lines of [from, end], up to TOPICAL_BODY_WORDS words. */
function bodyContentWords(lines: readonly ClassifiedLine[], tokens: readonly LineTokens[], stop: ReadonlySet<string>, from: number, end: number): Set<string> {
  const body = new Set<string>();
  let words = 0;
  for (let i = from; i <= end && words < TOPICAL_BODY_WORDS; i++) {
    if (lines[i].score <= 0) continue;
    for (const w of contentWords(tokens[i].ofLower, stop)) body.add(w);
    words += lines[i].words;
  }
  return body;
}

/** How many of a line's content words the body's opening holds. */
function sharedCount(words: ReadonlySet<string>, body: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (body.has(w)) n++;
  return n;
}

/**
 * The headline-like line of the header zone [zoneStart, start) that names the body's topic, when the chosen title
 * shares no content word with the body's opening (session 15t2, see the call site). Null when the choice stands.
 */
function topicalHeadline(
  lines: readonly ClassifiedLine[],
  tokens: readonly LineTokens[],
  stop: ReadonlySet<string>,
  zoneStart: number,
  start: number,
  end: number,
  chosen: ClassifiedLine | null,
  isMeta: (i: number) => boolean,
): ClassifiedLine | null {
  const body = bodyContentWords(lines, tokens, stop, start, end);
  if (body.size === 0) return null;
  const shared = (i: number): [number, number] => {
    const cw = contentWords(tokens[i].ofLower, stop);
    return [sharedCount(cw, body), cw.size];
  };
  if (chosen && shared(chosen.index)[0] > 0) return null;
  let best: ClassifiedLine | null = null;
  let bestShare = 0;
  for (let i = start - 1; i >= zoneStart; i--) {
    const l = lines[i];
    if (isMeta(i) || l.list || !isTitleLike(l) || looksLikeName(l.text)) continue;
    const [n, size] = shared(i);
    const share = size > 0 ? n / size : 0;
    if (n >= TOPICAL_MIN_SHARED && share >= TOPICAL_MIN_SHARE && share > bestShare) {
      best = l;
      bestShare = share;
    }
  }
  // Session 15t5: over the header zone, up to TOPICAL_FAR_LINES above the body, a line set off as a heading (see
  // `setOffOver`) that names the body's topic is the headline: the header printed a long block of menus, teasers,
  // share rows or a gallery between the headline and the body. Family: whole-page dumps of magazines, recipe and
  // shop pages whose article header is long.
  for (let i = zoneStart - 1; !best && i >= Math.max(0, start - TOPICAL_FAR_LINES); i--) {
    const l = lines[i];
    if (!isSetOff(l) || isMeta(i) || l.list || !isTitleLike(l) || looksLikeName(l.text)) continue;
    const [n, size] = shared(i);
    const share = size > 0 ? n / size : 0;
    if (n >= TOPICAL_MIN_SHARED && share >= TOPICAL_MIN_SHARE) best = l;
  }
  return best;
}

/** Words a heading needs to be taken as the headline because the page prints it again (session 15t6). */
const ECHO_MIN_WORDS = 4;

/** How many lines outside the body run [start, end], other than line `i`, hold line `i`'s words in a row. */
function echoCount(lines: readonly ClassifiedLine[], keyOf: (i: number) => string, i: number, start: number, end: number): number {
  const key = ` ${keyOf(i)} `;
  if (key.trim() === "") return 0;
  let n = 0;
  for (let j = 0; j < lines.length; j++) {
    if (j === i || (j >= start && j <= end)) continue;
    if (` ${keyOf(j)} `.includes(key)) n++;
  }
  return n;
}

/**
 * The headline the page prints again (session 15t6, see the call site): the line nearest the body, at most
 * TOPICAL_FAR_LINES above it, that is set off as a heading, headline-like with ECHO_MIN_WORDS words, not a name, names
 * the body's topic as `topicalHeadline` asks, and is printed again outside the body. Null when none is.
 */
function echoedHeadline(
  lines: readonly ClassifiedLine[],
  tokens: readonly LineTokens[],
  stop: ReadonlySet<string>,
  keyOf: (i: number) => string,
  start: number,
  end: number,
  isMeta: (i: number) => boolean,
  firstPrinted: (i: number) => ClassifiedLine,
): ClassifiedLine | null {
  let body: Set<string> | null = null;
  for (let i = start - 1; i >= Math.max(0, start - TOPICAL_FAR_LINES); i--) {
    if (isMeta(i)) continue;
    const l = firstPrinted(i);
    if (!isSetOff(l) || l.list || !isTitleLike(l, ECHO_MIN_WORDS) || looksLikeName(l.text)) continue;
    body ??= bodyContentWords(lines, tokens, stop, start, end);
    const cw = contentWords(tokens[i].ofLower, stop);
    const n = sharedCount(cw, body);
    if (n < Math.min(TOPICAL_MIN_SHARED, cw.size) || n < TOPICAL_MIN_SHARE * cw.size) continue;
    if (echoCount(lines, keyOf, i, start, end) > 0) return l;
  }
  return null;
}

/**
 * The lines nearest the body run's head, nearest first: the header zone from the line over the run up to `zoneStart`,
 * then the run from `start` down to `lastLine` (both included).
 */
function nearBodyHeadOrder(start: number, zoneStart: number, lastLine: number): number[] {
  const order: number[] = [];
  for (let i = start - 1; i >= zoneStart; i--) order.push(i);
  for (let i = start; i <= lastLine; i++) order.push(i);
  return order;
}

/**
 * Session 15t9, the headline when no rule found one (metadata only: the line's fate in the text is unchanged), in
 * this order, each a family of page headers the walk could not read:
 * 1. the line right over a dateline or byline row, nearest the body run's start (above it, then among its first line
 *    and the FALLBACK_RUN_LINES after it): a headline that scores as prose opened the run, "Headline" / "12 May 2019 jdoe".
 *    A closing full stop is allowed there from TITLE_OVER_NAME_MIN_WORDS words and under DEK_MIN_WORDS ("… Cold
 *    Wave Alert Tues.": abbreviations, headlines written as sentences): a line over a meta row is no paragraph;
 * 2. the line of the header zone nearest the body that is set off as a heading, of at least 2 words and no person's
 *    name: short headlines over a set-off site name or first paragraph ("Pier closes" / "Example Club");
 * 3. the run's first line when it is set off as a heading and the line after it is longer: a headline under a
 *    search or menu line. (Not a set-off line under the run's first paragraph: that is a sub-heading, as the
 *    breadcrumb rule of session 15t6 found on held-out sites.)
 */
const FALLBACK_RUN_LINES = 10;
function fallbackHeadline(lines: readonly ClassifiedLine[], start: number, end: number, zoneStart: number, isMeta: (i: number) => boolean): string | null {
  // (a person's name is never taken; over a meta row, no name-like line either: that is a byline)
  const headlineLike = (l: ClassifiedLine, minWords: number, overMeta: boolean): boolean => {
    if (l.list || isPersonName(l.text) || (overMeta && looksLikeName(l.text))) return false;
    const stopped = overMeta && /[^.]\.$/.test(l.text) && l.words >= TITLE_OVER_NAME_MIN_WORDS && l.words < DEK_MIN_WORDS;
    return isTitleLike(stopped ? { ...l, text: l.text.slice(0, -1) } : l, minWords);
  };
  const order = nearBodyHeadOrder(start, zoneStart, Math.min(end, start + FALLBACK_RUN_LINES));
  for (const i of order) if (i + 1 < lines.length && !isMeta(i) && isMeta(i + 1) && headlineLike(lines[i], 3, true)) return lines[i].text;
  for (let i = start - 1; i >= zoneStart; i--) if (!isMeta(i) && isSetOff(lines[i]) && headlineLike(lines[i], SHORT_HEADING_MIN_WORDS, false)) return lines[i].text;
  const head = lines[start];
  if (head && start < end && !isMeta(start) && isSetOff(head) && lines[start + 1].words > head.words && headlineLike(head, 3, false)) return head.text;
  return null;
}

/**
 * Session 26, the page's one top-level heading (Markdown dumps). A Markdown converter keeps each heading's level (`#`
 * or a setext `===` underline for an `<h1>`, `##` or `---` for an `<h2>` …), and a page sets its headline as its one
 * `<h1>`: the sections, teasers, widgets and the dek are `<h2>` and lower, the logo a link or an image. When the dump
 * holds exactly one distinct level-1 heading, at or above the body run's last line, headline-like (two words or more,
 * `SHORT_HEADING_MIN_WORDS`), no dateline or byline, no list item and no person's name, and it shares a content word
 * with the body's opening (a site name or a tagline set as the `<h1>` does not), it is the headline. A page with two or
 * more `<h1>`s (old themes set the site name and every teaser so) says nothing. Family: Markdown dumps of news,
 * magazine, blog and institutional pages whose header holds a kicker, a dek, a caption or a second heading nearer the
 * body than the headline. A plain-text render prints every heading level alike, so it never fires there.
 */
function soleTopHeading(
  lines: readonly ClassifiedLine[],
  keyOf: (i: number) => string,
  start: number,
  end: number,
  isMeta: (i: number) => boolean,
  sharedWithBody: (i: number) => number,
  firstPrinted: (i: number) => ClassifiedLine,
): ClassifiedLine | null {
  let top: ClassifiedLine | null = null;
  let several = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].headingLevel !== 1) continue;
    if (top && keyOf(i) !== keyOf(top.index)) several = true;
    top ??= lines[i];
  }
  // (a heading that is the post's permalink is judged by its text: `isPermalinkHeading`, in `isTitleLike`)
  if (!top) return null;
  // (session 27: judged by its class before the repeat mark, `firstPrinted`: a menu or a "most read" entry that prints
  //  the headline again made it a repeat; and a full stop may close it: the page marked it its one top heading, so it
  //  is no sentence of the text. Family: magazine and blog headlines written as sentences, and headlines a menu
  //  repeats, on any site whose Markdown dump keeps the levels.)
  const headlineLike = (l: ClassifiedLine, minWords: number): boolean => {
    const judged = firstPrinted(l.index);
    const unstopped = /[^.]\.$/.test(judged.text) ? { ...judged, text: judged.text.slice(0, -1) } : judged;
    if (l.index > end || isMeta(l.index) || l.list || !isTitleLike(unstopped, minWords)) return false;
    return !isPersonName(l.text) && sharedWithBody(l.index) > 0;
  };
  if (!several) return headlineLike(top, SHORT_HEADING_MIN_WORDS) ? top : null;
  // (Session 27: several different `<h1>`s, the site's logo or name set as one over the headline, or teasers and
  //  boxes set so under it. The candidates stand at most TOPICAL_FAR_LINES above the body run's start and not under its
  //  end, read as a headline of MULTI_H1_MIN_WORDS words or more and name the body's topic: the logo's `<h1>` stands at
  //  the top of the page, far from the text, and a site's name is short. Family: news, government and blog themes that
  //  mark both the masthead and the headline as `<h1>`.)
  // (Session 27 mend: a newsletter, related-stories or gallery box's heading, or a teaser's whose next line is a
  //  "Read more" or "Subscribe" link, is passed over (header.ts `isBoxHeading`). Going up from the body, the headline-
  //  like `<h1>`s are candidates up to the first one that is not (a section's or the site's short name, "News",
  //  "Aktuelles": the `<h1>`s above it are teasers or the masthead, and the walk's choice stands, as when the nearest was
  //  no headline); among the candidates the one sharing the most content words with the body's opening wins, and when
  //  several share as many, the nearest of them, as before: a box about the same topic shares a word or two, the
  //  headline most of its words.)
  let best: ClassifiedLine | null = null;
  let bestShared = 0;
  for (let i = Math.min(end, start - 1); i >= Math.max(0, start - TOPICAL_FAR_LINES); i--) {
    if (lines[i].headingLevel !== 1 || isBoxHeading(lines[i].text, lines[i + 1]?.linked)) continue;
    if (!headlineLike(lines[i], MULTI_H1_MIN_WORDS)) break;
    const shared = sharedWithBody(i);
    if (shared > bestShared) (best = lines[i]), (bestShared = shared);
  }
  return best;
}

/** A site's or a person's name compared: letters and digits only, lower-cased, no leading article. */
const nameKey = (s: string): string => s.toLowerCase().replace(/^(?:the|die|der|das|le|la|les|el|il)\s+/u, "").replace(/[^\p{L}\p{N}]+/gu, "");
/**
 * Session 26 mend: a writer's page that is the site's own account ("[Harbour Gazette](/author/harbour-gazette/)" on a
 * page whose logo links "[Harbour Gazette](/)"): the name is the site's, as the dump prints it in a link to the home
 * page (`homeLinkTexts`) or as its publisher (`site`, from the copyright and appeal lines). Not a person's name
 * (`isPersonName`, or a known given name alone): a one-person blog's logo and byline both print its owner. Family: news and club sites whose CMS
 * signs desk and agency copy with the house account.
 */
function isHouseAccount(name: string, lines: readonly ClassifiedLine[], titleIndex: number, site: string | null): boolean {
  if (isPersonName(name) || isGivenNameWord(name)) return false;
  const key = nameKey(name);
  if (!key) return false;
  if (site && nameKey(site) === key) return true;
  // (the logo and the masthead stand above the headline; under it, a comment list links its writers' home pages)
  return lines.slice(0, titleIndex).some((l) => l.linked.includes("](") && homeLinkTexts(l.linked).some((t) => nameKey(t) === key));
}

const COMMENT_HEADINGS_READ = 3;
/** The line above the body run that prints whole the post title a comment-section heading quotes, nearest the body. */
function commentedHeadline(lines: readonly ClassifiedLine[], memo: LineMemo, keyOf: (i: number) => string, start: number): ClassifiedLine | null {
  // (at most COMMENT_HEADINGS_READ headings are followed up: a page has one comment section, and a hostile dump of
  //  thousands of such lines must not cost a scan of the dump each)
  let headings = 0;
  for (let h = 0; h < lines.length && headings < COMMENT_HEADINGS_READ; h++) {
    if (lines[h].words > TITLE_MAX_WORDS + 6 || !/^\d|^\p{L}+\s/u.test(lines[h].text)) continue;
    const quoted = titleOfCommentHeading(lines[h].text);
    if (!quoted) continue;
    headings++;
    const key = memo.tokens(quoted).ofLower.join(" ");
    if (!key) continue;
    for (let i = Math.min(start, h) - 1; i >= 0; i--) {
      if (keyOf(i) === key && !lines[i].list && lines[i].words <= TITLE_MAX_WORDS) return lines[i];
    }
  }
  return null;
}

/**
 * Session 15t9, a breadcrumb trail run into the headline's line with its separators ("Startseite/Headline", "Home »
 * Blog » Headline", "Forum>Section>Headline"): when the line opens with the home page's word (HOME_TRAIL, the languages
 * of the stop-word table) and a separator, the headline is the trail's last item, if it has at least 3 words and
 * opens with a capital or a digit. Family:
 * inline renderers that join the breadcrumb's links and the heading into one line.
 */
const HOME_TRAIL = /^(?:home|homepage|start|startseite|accueil|inicio|início|portada|pagina iniziale|forum|foren)\s*[/»>›|]/iu;
const TRAIL_SEPARATOR = /\s*[/»>›|]\s*/u;
function withoutHomeTrail(text: string): string {
  if (!HOME_TRAIL.test(text)) return text;
  const last = text.split(TRAIL_SEPARATOR).pop()!.trim();
  // (an item opens with a capital or a digit: "Covid/flu season begins" split inside the headline is not one)
  return tokensOf(last).length >= 3 && /^[\p{Lu}\p{N}"„“«]/u.test(last) ? last : text;
}

/**
 * Session 15t6, the headline as the last item of a numbered breadcrumb: a renderer prints an ordered list's items with
 * their numbers ("1. Startseite", "2. Ratgeber", "3. Headline"), so the headline line the walk took opens with "3. ".
 * When one of the BREADCRUMB_NUMBER_LINES lines above it opens with the number before, the number is cut. Family:
 * whole-page dumps of news and institutional sites whose breadcrumb is an ordered list (html-to-text, lynx, w3m).
 */
const BREADCRUMB_NUMBER_LINES = 3;
const ITEM_NUMBER = /^(\d{1,2})\.\s+(?=\S)/;
function withoutBreadcrumbNumber(lines: readonly ClassifiedLine[], i: number): string {
  const m = ITEM_NUMBER.exec(lines[i].text);
  if (!m || Number(m[1]) < 2) return lines[i].text;
  for (let j = i - 1; j >= Math.max(0, i - BREADCRUMB_NUMBER_LINES); j--) {
    const p = ITEM_NUMBER.exec(lines[j].text) ?? /^(\d{1,2})\.$/.exec(lines[j].text);
    if (p && Number(p[1]) === Number(m[1]) - 1) return lines[i].text.slice(m[0].length);
  }
  return lines[i].text;
}

/** Whether a line can be the headline of a further article in the dump (not a comment header or a numbered entry). */
function isAnotherHeadline(l: ClassifiedLine): boolean {
  return isTitleLike(l) && !NOT_ANOTHER_HEADLINE.test(l.text) && !CONTINUATION_START.test(l.text);
}

/**
 * A line that opens with the punctuation that continues a sentence (". Journal. Archived from the original",
 * ", p. 12", "; retrieved …"): the tail of a line the renderer broke after a link, never a headline. Family:
 * reference lists and citations of wikis and papers (a cited title is a link, its source and dates follow it
 * on the next line, over an archive date that reads as a dateline), in every text renderer. Not an ellipsis
 * ("...And the winner is") nor a colon before words (": the harbour choir wins"): headline openers; a colon
 * continues a reference only before its page numbers (": 12-15").
 */
const CONTINUATION_START = /^\s*(?:[,;)\]]|\.(?!\.)|:\s*\d)/;

function normaliseForCompare(s: string): string {
  return tokensOf(s.toLowerCase()).join(" ");
}

/**
 * Articles made of short lines (recipes, meal plans, calendars, tour dates, deal lists):
 * the prose run ends where the list starts, because each entry scores below zero.
 * After the body run, the lines that follow are walked while they read as list CONTENT
 * (LIST_CONTENT_MIN_SCORE and a figure — quantities, dates, prices, times — or a closing
 * stop, or table columns), with at most LIST_MAX_GAP menu-like entries in a row between
 * them; named boilerplate stops the walk. A list of teaser headlines (no figures, no
 * stops, a byline and a time under each) never makes the content share. The body is extended to the last content
 * line when the stretch holds enough content lines and they are most of it.
 */
/** A line scoring at least this (and not named boilerplate) is list content. */
const LIST_CONTENT_MIN_SCORE = -1;
/** The walk stops after this many lines in a row that are not content (menu entries, headings). */
const LIST_MAX_GAP = 3;
/** The stretch is body only with this many content lines... */
const LIST_MIN_CONTENT = 4;
/** ...making at least this share of its lines. */
const LIST_MIN_SHARE = 0.4;
const DIGIT = /\d/;
/** How far (in lines) another log-in label is looked for around a one-word log-in label. */
const LOGIN_CLUSTER_LINES = 2;
/**
 * A one-word log-in label ("Passwort", "Connexion") is dropped only inside a log-in form: with another log-in label at
 * most LOGIN_CLUSTER_LINES away (another one-word label right next to it). Alone, the word is a subheading of a how-to
 * or a tech article ("Passwort", then how to choose one), and it is read as any short line is (session clean-mend,
 * after review). The classified line is replaced, not changed: the memo shares it with the story segmenter.
 */
function keepLoneLoginWords(lines: ClassifiedLine[]): void {
  const isLogin = (l: ClassifiedLine): boolean => l.rule === "clean/login";
  const word = lines.map((l) => isLogin(l) && LOGIN_WORD.test(l.text));
  // Another one-word label counts only right next to it: two subheadings of a how-to stand a paragraph apart.
  const near = (i: number, j: number): boolean => j !== i && j >= 0 && j < lines.length && isLogin(lines[j]) && (!word[j] || Math.abs(i - j) === 1);
  const lone = word.map((w, i) => w && !Array.from({ length: 2 * LOGIN_CLUSTER_LINES + 1 }, (_, k) => i - LOGIN_CLUSTER_LINES + k).some((j) => near(i, j)));
  lone.forEach((yes, i) => {
    if (yes) lines[i] = { ...lines[i], cls: "short", rule: null, reason: null, breaker: false, score: lines[i].list ? -THRESHOLDS.listPenalty : -THRESHOLDS.shortPenalty };
  });
}

/** The number opening a numbered list entry ("01. ", "2) ", "# 3 "). */
const LIST_NUMBER = /^\s*(?:#\s*)?(\d{1,3})[.)]\s+\S/;

function extendListBody(
  lines: ClassifiedLine[],
  end: number,
  repeated: Map<number, { cls: ClassifiedLine["cls"]; score: number }>,
  isMeta: (i: number) => boolean,
): number {
  let content = 0;
  let total = 0;
  let gap = 0;
  let best = end;
  let lastNumber = -1;
  for (let i = end + 1; i < lines.length; i++) {
    const l = lines[i];
    // Session clean-7: an entry numbered one after the entry before ("01. Jane Roe", "02. John Doe") is list content,
    // however short. Family: ranked lists in list articles ("Top 100 …", charts, results), whose two-word entries read
    // as a menu; a menu's entries are not numbered in sequence.
    const num = LIST_NUMBER.exec(l.text);
    const inSequence = num !== null && lastNumber >= 0 && Number(num[1]) === lastNumber + 1;
    lastNumber = num ? Number(num[1]) : -1;
    // an entry printed twice (the same step in two menus of a meal plan) is judged as first printed,
    // an entry that is a link by its text
    const { cls, score } = repeated.get(i) ?? l.asText ?? l;
    // an image or a bare marker between entries (`![](…)`, `**`) has no words: it neither stops nor counts
    if (l.words === 0) continue;
    if (cls === "bad") break;
    total++;
    // a dateline or byline between entries is teaser furniture (headline, byline, time), not list content
    if (isMeta(i)) {
      if (++gap > LIST_MAX_GAP) break;
    } else if ((score >= LIST_CONTENT_MIN_SCORE && (l.sentenceEnd || l.columnGaps > 0 || DIGIT.test(l.text))) || inSequence) {
      content++;
      gap = 0;
      if (content >= LIST_MIN_CONTENT && content >= LIST_MIN_SHARE * total) best = i;
    } else if (score < LIST_CONTENT_MIN_SCORE) {
      // a menu-like entry (one to three words)
      if (++gap > LIST_MAX_GAP) break;
    } else {
      // a fragment with function words but no figure ("Drink during your workout"): not content, but no menu runs through it
      gap = 0;
    }
  }
  return best;
}

export function cleanTextDump(text: string, opts: TextCleanOptions = {}): CleanResult {
  // (Session 27: a hard-wrapped document's paragraphs are joined into one line each before any line is classified,
  //  text/blocks.ts `rejoinHardWrapped`.)
  const units = rejoinHardWrapped(toLineUnits(text));
  const meta: PageMeta = {};
  if (units.length === 0) return { blocks: [], removed: [], meta };
  // The author, with the rule that named it (`meta.authorFrom`, a diagnostic kind listed in text/README.md, "Which rule
  // named the author"), when no rule before it named one.
  // (never a CMS account or a placeholder, "Admin", "Super User", "Unknown", text/person.ts `isPlaceholderAuthor`)
  const nameAuthor = (name: string | null | undefined, from: string): void => {
    if (meta.author || !name || isPlaceholderAuthor(name)) return;
    meta.author = name;
    meta.authorFrom = from;
  };

  // Each line is tokenised once; the classifier, the language guess and the compare keys share the tokens.
  const memo = opts.memo ?? new LineMemo();
  const tokens = units.map((u) => memo.tokens(u.text));
  const lang = guessStopLanguageOfLines(tokens.map((t) => t.ofLower));
  const lines = units.map((u, i) => memo.classify(u, lang, tokens[i]));
  keepLoneLoginWords(lines);
  // (Review mend of clean-11: a headline-shaped line that names cookies, `sparedEntry`, is spared for the title of an
  //  undated page only, above the first paragraph; below it, "Cookie Notice for Example Media Group" printed between
  //  paragraphs is the banner's title. Family: consent banners and their titles on any site.)
  const firstProse = lines.findIndex((l) => l.cls === "good");
  for (let i = Math.max(firstProse, 0) + 1; firstProse >= 0 && i < lines.length; i++) {
    const l = lines[i];
    const e = l.cls === "bad" || !/cookie/iu.test(l.text) ? null : sparedEntry(l.text, l.words);
    if (e) lines[i] = { ...l, cls: "bad", rule: e.rule, reason: e.why, breaker: false, score: -(THRESHOLDS.badBase + l.words / 2) };
  }
  commentButtonsOfShareRows(lines);
  for (const i of tickerLines(lines)) {
    lines[i] = { ...lines[i], cls: "bad", rule: "clean/teaser", reason: "latest-news ticker: headlines opened by their clock time, newest first", breaker: false, score: Math.min(lines[i].score, -THRESHOLDS.shortPenalty) };
  }
  // normaliseForCompare(lines[i].text), computed when first asked for.
  const keys: (string | undefined)[] = new Array(lines.length);
  const keyOf = (i: number): string => (keys[i] ??= tokens[i].ofLower.join(" "));

  // Photo captions: the line right above a photo credit ("Photo: Jane Roe, AP", "Image: Getty"),
  // and the same caption printed again just above it (slideshows print caption and alt text).
  for (let i = 1; i < lines.length; i++) {
    if (!CREDIT_LINE.test(lines[i].text) || lines[i].rule !== "clean/image-placeholder") continue;
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const c = lines[j];
      if (c.cls === "bad" || c.words > CAPTION_MAX_WORDS || c.list) break;
      Object.assign(c, { cls: "bad", rule: "clean/caption", reason: "line above a photo credit (caption)", score: -THRESHOLDS_CAPTION });
      if (j === i - 2 || !lines[j - 1] || lines[j - 1].cls === "bad" || normaliseForCompare(lines[j - 1].text).slice(0, 40) !== normaliseForCompare(c.text).slice(0, 40)) break;
    }
  }

  // Site templates learned over the corpus: a line every page of the site carries.
  if (opts.templates && opts.siteKey) {
    for (const l of lines) {
      if (l.cls !== "bad" && opts.templates.isTemplate(opts.siteKey, l.text)) {
        Object.assign(l, { cls: "bad", rule: "clean/template", reason: "line repeated across the site's pages", score: -(6 + l.words / 2) });
      }
    }
  }

  // Datelines and bylines are metadata, not text; they never add to the body score.
  const datelines = new Map<number, Dateline>();
  const bylines = new Map<number, string>();
  // (how each byline line was read, for `meta.authorFrom`: header.ts `BylineShape`, or the two-line and signature forms)
  const bylineShapes = new Map<number, string>();
  const bylineFrom = (place: string, i: number): string => `${place}:${bylineShapes.get(i) ?? "by"}`;
  // A "Name, Office" line with no byline word, the office one that is no writer's (header.ts `BylineShape` "name-role":
  // "Jane Doe, President of Example", "Jane Doe, Bürgermeisterin") stays header furniture but names no author: a photo
  // caption's, a pull quote's, a contact block's or a list's person. Family: captions, quote attributions, speakers'
  // lists in any dump; "Jane Doe, Reuters", "Jane Doe, Staff Writer", "Jane Doe, Wien" still name the writer.
  const namesWriter = (i: number): boolean => bylineShapes.get(i) !== "name-role";
  // (Session 23: line i, "Jane Doe, Something" with no byline word, has at least two lines of the same shape within
  //  NAME_LIST_REACH lines of it: a list of people, not a byline)
  const commaNamed = (k: number) => {
    const m = /^([^,]{3,40}),\s+\S/u.exec(lines[k].text);
    return !!m && looksLikeName(m[1]) && !hasBylineOpener(lines[k].text);
  };
  const inNameList = (i: number): boolean => {
    if (!commaNamed(i)) return false;
    let n = 0;
    for (let k = Math.max(0, i - NAME_LIST_REACH); k <= Math.min(lines.length - 1, i + NAME_LIST_REACH); k++) if (k !== i && commaNamed(k)) n++;
    return n >= 2;
  };
  // (how many lines of the body run are bylines, counted once it is known, session 23)
  let bodyBylineCount: number | undefined;
  const bodyBylines = (): number => (bodyBylineCount ??= [...bylines.keys()].filter((k) => k >= start && k <= end).length);
  // (the co-writers' signature lines right under line i, "& John Roe, Director, …", session 23)
  const coSignersAfter = (i: number): string[] => {
    const names: string[] = [];
    for (let k = i + 1; k < lines.length && k <= i + MAX_CO_SIGNERS; k++) {
      const more = signatureName(lines[k].text);
      if (!more?.continued) break;
      names.push(more.name);
    }
    return names;
  };
  /** A dateline or byline line (header furniture the headline rules pass over). */
  const isMeta = (i: number) => datelines.has(i) || bylines.has(i);
  // Markdown: a line named link residue only because it is a link ("[Jane Doe](/team/jane-doe)",
  // "By [Jane Doe](/u/jd-204)", a desk's "[Redaktion](/author/x/)" over the date) is judged by its text for the header's
  // byline and name rules, as the plain-text render of the same page prints it. Family: bylines whose name is a link to
  // a team, profile or user page, in Markdown dumps of any site (the text-mode rules read the same line). Only a link to
  // such a page on the page's own site (header.ts `linksWriterLikePage`): not a person's topic page ("/people/…",
  // "/tag/…"), an encyclopedia's or a photo site's page, a search, another article; and not a writer's page the
  // writer-link rule reads.
  // (the page's own host: the host of its address when the site key is one, "host:…" (`index.ts` `siteKeyOf`), else
  //  the host most of the dump's absolute links go to; read once, when needed)
  let ownHost: string | undefined | null = null;
  const keyHost = opts.siteKey?.startsWith("host:") ? opts.siteKey.slice("host:".length) : undefined;
  const pageHost = (): string | undefined => (ownHost === null ? (ownHost = keyHost ?? dumpOwnHost(lines.map((l) => l.linked))) : ownHost);
  const isBadAsText = (i: number): boolean => {
    const l = lines[i];
    if (l.cls !== "bad") return false;
    if (l.rule !== "clean/markdown-link" || l.linked === l.text || !linksWriterLikePage(l.linked, pageHost())) return true;
    // (a link to a writer's page is the writer-link rule's, with its one-writer and house-account tests, below)
    if (writerPageLinkNames(l.linked).length > 0) return true;
    return memo.peek({ ...units[i], linked: l.text }, lang, tokens[i]).cls === "bad";
  };
  // The publisher's masthead/footer lines and the author box at the end: each read once, when first needed (the
  // dump's non-empty lines they read are split once too).
  let dumpLinesMemo: readonly string[] | undefined;
  const dumpLines = () => (dumpLinesMemo ??= nonEmptyLines(text));
  let publisherMemo: string | null | undefined;
  const publisher = () => (publisherMemo === undefined ? (publisherMemo = publisherOfDump(dumpLines())) : publisherMemo);
  let authorBoxMemo: ReturnType<typeof authorBoxOfDump> | undefined;
  const authorBox = () => (authorBoxMemo === undefined ? (authorBoxMemo = authorBoxOfDump(dumpLines())) : authorBoxMemo);
  // Session 15t4: a dump in a language other than English writes an ambiguous numeric date day first ("03/05/2022"
  // is 3 May on Portuguese, Spanish, French, German or Vietnamese pages), as the HTML reader decides from the page's
  // language. The language is the stop-word guess of the whole dump. Family: slashed datelines of non-US sites.
  const dayFirst = lang !== "en";
  for (const l of lines) {
    if (l.words > 25) continue;
    // A sentence-like line is a dateline only when it opens like one ("By …", "Published …"):
    // "The vote took place on 12 May 2019." is body text.
    if (l.cls === "good" && !DATELINE_OPENER.test(l.text)) continue;
    const d = parseDateline(l.text, dayFirst);
    if (d) {
      datelines.set(l.index, d);
      if (l.cls !== "bad") l.score = -1;
      continue;
    }
    if (l.cls !== "bad" && isYearlessDateline(l.text)) {
      Object.assign(l, { cls: "bad", rule: "clean/dateline", reason: "dateline without a year (not used as the publication date)", score: -1 });
      continue;
    }
    // (Session 15t3: a byline line with an explicit opener that the classifier named contact or credit boilerplate,
    //  "Por Jane Doe jdoe@example.org", "Written by: Jane Doe", is still the byline; its contact details are cut.)
    const readable = l.cls !== "bad" || (BYLINE_BOILERPLATE_RULES.has(l.rule ?? "") && hasBylineOpener(l.text));
    if (readable || !isBadAsText(l.index)) {
      const read = readByline(l.text);
      const b = read?.name ?? null;
      // (Session 24 mend: an author's label beside another field of a record box, "Title: …" / "Author: Jane Doe" /
      //  "Publisher: …" or "Pages: 320", names a work's author, `isRecordField`: no byline.)
      if (b && !(opensWithAuthorLabel(l.text) && [lines[l.index - 1], lines[l.index + 1]].some((n) => n && isRecordField(n.text)))) {
        bylines.set(l.index, b);
        bylineShapes.set(l.index, read!.shape);
        // (a link line read by its text keeps its score: the body choice is the cleaner's, unchanged)
        if (readable) l.score = -1;
      }
    }
  }

  // Session 15t3, a byline word alone on its line and the name on the next ("By" / "Jane Doe", "Von:" / "Jane Doe"):
  // the renderer put the label and the author's link on two lines. Family: bylines of two inline elements.
  {
    for (let i = 0; i + 1 < lines.length; i++) {
      const next = lines[i + 1];
      // (session 15t6: also when the name's line was read as a byline on its own, "Jane Doe @janedoe": the lone word
      //  marks it as an explicit byline, read in the header zone below)
      if (!LONE_BYLINE_WORD.test(lines[i].text) || datelines.has(i + 1) || next.words > 5) continue;
      const b = parseByline(`${lines[i].text.replace(/\s*:$/, "")} ${next.text}`);
      if (b) {
        // both lines are the byline (the header's meta block)
        bylines.set(i, b);
        bylines.set(i + 1, b);
        for (const k of [i, i + 1]) bylineShapes.set(k, "by-word-line");
        if (next.cls !== "bad") next.score = -1;
      }
    }
    // Session 25 (text round 14): an author's label alone on its line and the name on the next ("Author" / "Jane Doe
    // (Editor)"), text/header.ts `isLoneAuthorLabel`. Family: meta blocks and article footers printed one label per
    // line. (Session 25 mend: not in a record box, a work's, an image licence's or a cited study's, its fields beside
    // the label or the name, `isRecordFieldOrLabel`; not under another field's bare label either, a comment table's
    // "Message:"; and not in a comment section, a comment heading within LONE_LABEL_COMMENT_LINES above.)
    for (let i = 0; i + 1 < lines.length; i++) {
      const next = lines[i + 1];
      // (a list's items are a sidebar widget's, "* Author" / "* About me"; one word under the label is a page's link)
      if (!isLoneAuthorLabel(lines[i].text) || lines[i].list || next.list || next.words < 2 || datelines.has(i + 1) || bylines.has(i + 1)) continue;
      const b = bylineUnderAuthorLabel(next.text);
      if (!b || [lines[i - 1], lines[i + 2]].some((n) => n && isRecordFieldOrLabel(n.text, true))) continue;
      if ([lines[i - 2], lines[i + 3]].some((n) => n && isRecordFieldOrLabel(n.text))) continue;
      if (lines.slice(Math.max(0, i - LONE_LABEL_COMMENT_LINES), i).some((n) => n.rule === "clean/comments" || isCommentSectionHeading(n.text))) continue;
      bylines.set(i, b);
      bylines.set(i + 1, b);
      for (const k of [i, i + 1]) bylineShapes.set(k, "author-label-line");
      if (next.cls !== "bad") next.score = -1;
    }
  }

  // Session clean-13: an author box under the article: the authors' label alone on its line (AUTHOR_BOX_LABEL, the
  // plural and gendered forms too), a name on the next line, then at most AUTHOR_BOX_BIO_LINES lines of biography, the
  // first naming a role or a birth ("Born in 1983, she has been an editor at the magazine since 2015."). The biography
  // is no article text, and a section after the article (a breaker). Family: magazines and blogs in every renderer and
  // language whose author box reads as prose; under a short article (a chart with two paragraphs) it outweighed the
  // article and became the body. Only below AUTHOR_BOX_PROSE_ABOVE paragraphs: the same label and name above the
  // article are its byline, and the paragraph under them the lede.
  // Review mend: only a terminal box: the first line under the biography is no paragraph (unless it is a section
  // header), and no article paragraph comes within AUTHOR_BOX_TERMINAL_LINES non-empty lines under it before a section
  // header or the end. An "Author:" byline above the article (under a support appeal and a standfirst), a book
  // review's "Author" details box and a profiles feature whose sections open with a role kicker ("Author",
  // "Librarian") all have the article going on under the name and its paragraph.
  const authorBoxIsTerminal = (last: number): boolean => {
    let n = last + 1;
    while (n < lines.length && lines[n].words === 0) n++;
    if (n < lines.length && (lines[n].cls === "good" || lines[n].cls === "near") && !lines[n].breaker) return false;
    for (let m = n, seen = 0; m < lines.length && seen < AUTHOR_BOX_TERMINAL_LINES; m++) {
      if (lines[m].breaker) break;
      if (lines[m].words > 0) seen++;
      if (lines[m].cls === "good") return false;
    }
    return true;
  };
  {
    let proseAbove = 0;
    for (let i = 0; i + 2 < lines.length; i++) {
      if (lines[i].cls === "good") proseAbove++;
      if (proseAbove < AUTHOR_BOX_PROSE_ABOVE || !AUTHOR_BOX_LABEL.test(lines[i].text.trim()) || lines[i].list) continue;
      const name = lines[i + 1];
      if (name.cls !== "short" || name.list || name.words < 2 || name.words > AUTHOR_BOX_NAME_WORDS || !looksLikeName(name.text)) continue;
      const bio: number[] = [];
      for (let k = i + 2; k < lines.length && bio.length < AUTHOR_BOX_BIO_LINES && (lines[k].cls === "good" || lines[k].cls === "near"); k++) bio.push(k);
      if (bio.length === 0 || !namesBioRole(lines[bio[0]].text) || !authorBoxIsTerminal(bio[bio.length - 1])) continue;
      for (const k of bio) {
        const breaker = k === bio[0];
        const score = -(THRESHOLDS.badBase + lines[k].words / 2 + (breaker ? THRESHOLDS.breakerPenalty : 0));
        Object.assign(lines[k], { cls: "bad", rule: "clean/author-profile", reason: "author biography under the author's label and name", breaker, score });
      }
    }
  }

  // Session 23: a signature byline ("Jane Doe, Senior Counsel, Example Foundation") with its co-writers' "& John Roe,
  // Director, …" lines under it names them all (text/person.ts `signatureName`).
  for (const [i, b] of bylines) {
    const more = coSignersAfter(i);
    if (more.length && signatureName(lines[i].text)?.name === b) {
      bylines.set(i, [b, ...more].join(", "));
      bylineShapes.set(i, "signature");
    }
  }

  // Session clean-7, a comment thread whose entries have no reply button (COMMENT_BARE_MIN): each entry is a signed
  // dateline, the commenter's name and the date on one line, and the comment's lines under it. The entries' lines are
  // comments, not article text, even when they read as prose. Family: comment threads of blogs and magazines printed
  // without their buttons (older WordPress themes, Chinese and German blog hosts), and "latest posts" widgets of author
  // and date lines, in every renderer; a thread outweighed a short article or list article above it.
  {
    const signed: number[] = [];
    for (const [i, d] of datelines) {
      const l = lines[i];
      if (d.modified || l.words > COMMENT_SIGNATURE_MAX_WORDS) continue;
      const f = findPublished(l.text, { dumpLine: true, dayFirst });
      if (!f) continue;
      const name = l.text.slice(0, f.start).trim();
      if (name && SIGNATURE_NAME.test(name) && !SIGNATURE_LABEL.test(name)) signed.push(i);
    }
    let above = 0;
    let from = 0;
    for (let k = 1, lineAt = 0; k <= signed.length; k++) {
      const gap = k < signed.length ? signed[k] - signed[k - 1] : 0;
      if (k < signed.length && gap >= 2 && gap <= COMMENT_BARE_GAP) continue;
      for (; lineAt < signed[from]; lineAt++) above += Math.max(0, lines[lineAt].score);
      if (k - from >= COMMENT_BARE_MIN && above >= MIN_BODY_SCORE) {
        // the last entry's comment ends at the first line that is no prose, or after COMMENT_BARE_GAP lines
        let last = signed[k - 1] + 1;
        while (last < lines.length && last - signed[k - 1] < COMMENT_BARE_GAP && !datelines.has(last) && (lines[last].score > 0 || lines[last].cls === "good")) last++;
        for (let i = signed[from]; i < last; i++) {
          if (datelines.has(i) || lines[i].cls === "bad") continue;
          Object.assign(lines[i], { cls: "bad", rule: "clean/comments", reason: "comment thread entry (signed dateline, no reply button)", score: -2 });
        }
      }
      from = k;
    }
  }
  // A paragraph standing alone between fragments is a teaser (headline, blurb, timestamp)
  // more often than body text: body paragraphs come in runs.
  // Lines that sit inside articles (ad labels, captions, photo credits, images) are looked past.
  // Session clean-12, a bulleted list that a sentence introduces with a colon (a lead-in of several words that reads as
  // prose and ends on ":"), then the article going on (a prose line right under the entries): its short entries (LEAD_IN_ENTRIES_MIN
  // or more list entries of at most LEAD_IN_ENTRY_MAX_WORDS words, none a paragraph or named boilerplate) are the
  // article's own list and cost the body run nothing. Family: lists inside articles, guides and service pages in every
  // renderer and language, whose entries cost a menu's 3 each and cut the introduction off the body. A menu's label is
  // one or two words ("Categories:"), not a lead-in of LEAD_IN_MIN_WORDS words that reads as prose.
  {
    // (Session 27: an ingredient list, INGREDIENTS_MIN or more INGREDIENT_LINE lines in a row that are no named
    //  boilerplate, costs the body run nothing. Family: recipes in every renderer.)
    for (let c = 0; c < lines.length; ) {
      let j = c;
      while (j < lines.length && lines[j].cls !== "bad" && lines[j].cls !== "good" && lines[j].words <= LEAD_IN_ENTRY_MAX_WORDS && INGREDIENT_LINE.test(lines[j].text)) j++;
      if (j - c >= INGREDIENTS_MIN) for (let k = c; k < j; k++) lines[k].score = Math.max(lines[k].score, 0);
      c = Math.max(j, c + 1);
    }
    // (Session 27: a fact box's label, FACT_BOX_LABEL, is a lead-in too, and its entries need no bullets, at most
    //  FACT_BOX_MAX_ENTRIES of them; under either list one subheading may stand before the paragraph that resumes the
    //  article. Family: key-facts boxes inside guides and explainers, a list, a subheading, a paragraph: the paragraph
    //  after the box was read as an isolated teaser and the article's end was cut above the box.)
    const stopWords: ReadonlySet<string> = STOPWORDS[lang] ?? new Set();
    /**
     * The paragraph at `at` shares RESUME_SHARED_MIN content words with the prose above line `box` (up to
     * TOPICAL_BODY_WORDS words), a word by its first RESUME_STEM letters (inflected forms: "Blütenblättern" /
     * "Blütenblätter", "flowers" / "flower").
     */
    const stemOf = (w: string) => (w.length > RESUME_STEM ? w.slice(0, RESUME_STEM) : w);
    const resumesArticleAbove = (box: number, at: number): boolean => {
      const above = new Set<string>();
      for (let k = box - 1, words = 0; k >= 0 && words < TOPICAL_BODY_WORDS; k--) {
        if (lines[k].score <= 0) continue;
        for (const w of contentWords(tokens[k].ofLower, stopWords)) above.add(stemOf(w));
        words += lines[k].words;
      }
      return sharedCount(new Set([...contentWords(tokens[at].ofLower, stopWords)].map(stemOf)), above) >= RESUME_SHARED_MIN;
    };
    for (let c = 0; c + 1 < lines.length; c++) {
      const lead = lines[c];
      const factBox = lead.cls !== "bad" && !lead.list && FACT_BOX_LABEL.test(lead.text);
      if (!factBox && ((lead.cls !== "good" && lead.cls !== "near") || lead.words < LEAD_IN_MIN_WORDS || !LEAD_IN_COLON.test(lead.text))) continue;
      let j = c + 1;
      const entry = (l: ClassifiedLine) => (l.list || factBox) && l.cls !== "bad" && l.cls !== "good" && l.words <= LEAD_IN_ENTRY_MAX_WORDS;
      while (j < lines.length && entry(lines[j]) && (!factBox || j - c <= FACT_BOX_MAX_ENTRIES)) j++;
      if (j - c - 1 < LEAD_IN_ENTRIES_MIN || j >= lines.length) continue;
      // (the last short line of an unbulleted fact box may be the subheading over the paragraph; review mend: under a
      //  fact box only, and a fact box's paragraph must share RESUME_SHARED_MIN content words with the article above
      //  the box: a teaser headline and its blurb under a lead-in list or a box of other stories' links are no
      //  resumption)
      const sub = (k: number) => factBox && !!lines[k + 1] && lines[k].cls !== "bad" && !lines[k].list && lines[k].words <= LEAD_IN_SUBHEADING_MAX_WORDS && !LEAD_IN_COLON.test(lines[k].text) && lines[k + 1].score > 0;
      const resumeAt = lines[j].score > 0 ? j : sub(j) ? j + 1 : -1;
      if (resumeAt < 0 || (factBox && !resumesArticleAbove(c, resumeAt))) continue;
      for (let k = c + 1; k < resumeAt; k++) lines[k].score = Math.max(lines[k].score, 0);
      c = resumeAt - 1;
    }
  }
  const prose = lines.map((l) => l.score > 0);
  // Session clean-2: a call to action that is no section header (lexicon's non-breaker "clean/read-more": "GET THE
  // APP BY CLICKING HERE", "Related: …") sits in the article's flow too. Family: promo lines between the last
  // paragraphs of news articles, which left the closing paragraph looking like an isolated teaser.
  // (A share toolbar repeated around one paragraph, `shareRowsInFlow`, is in the article's flow too.)
  const flowShare = shareRowsInFlow(lines);
  for (const k of flowShare) lines[k] = { ...lines[k], breaker: false, score: Math.max(lines[k].score, -THRESHOLDS.shortPenalty) };
  const inArticle = (l: ClassifiedLine) => l.cls === "bad" && l.rule !== null && (IN_ARTICLE_RULES.has(l.rule) || (l.rule === "clean/read-more" && !l.breaker) || flowShare.has(l.index));
  // Session clean-4: a line with no words (an empty quote or list mark, a code block's brace, an image with no alt
  // text) and an embedded post's chrome (text/patterns.ts "clean/embed") are looked past too: they print between an
  // article's paragraphs, never between a teaser's headline and its blurb. Family: embeds (Instagram, tweets),
  // galleries printed as empty bullets and code blocks in tutorials, in every renderer; the paragraph after them was
  // read as an isolated teaser (weight ×0.5, at most 5) and the article's end was cut there.
  const proseNeighbour = (i: number, step: number): boolean => {
    let j = i + step;
    while (j >= 0 && j < lines.length && (inArticle(lines[j]) || lines[j].words === 0)) j += step;
    return j >= 0 && j < lines.length && prose[j];
  };
  // A paragraph right after a small related-links box that interrupts the article ("Related
  // Links", one or two linked titles) continues the body above the box: it is not isolated,
  // and the box header costs the body run no more than other named boilerplate (its lines are
  // still dropped as a box inside the body).
  // The header of such a box between prose at `i` and prose in direction `step` (-1 above, +1 below), or -1.
  const boxTitle = (l: ClassifiedLine) => l.cls === "short" || l.rule === "clean/markdown-link" || (l.cls === "near" && l.score <= 0) || l.words === 0;
  const isBoxHeader = (l: ClassifiedLine) => l.rule === "clean/read-more" && l.breaker && !PER_TEASER_LINK.test(l.text);
  const inlineBox = (i: number, step: 1 | -1): number => {
    let j = i + step;
    let header = -1;
    let titles = 0;
    if (step === 1 && j < lines.length && isBoxHeader(lines[j])) header = j++;
    while (j >= 0 && j < lines.length && boxTitle(lines[j]) && titles <= INLINE_BOX_MAX_LINES) {
      if (lines[j].words > 0) titles++;
      j += step;
    }
    if (step === -1 && j >= 0 && isBoxHeader(lines[j])) header = j--;
    if (header < 0 || titles === 0 || titles > INLINE_BOX_MAX_LINES) return -1;
    // (session clean-6: the paragraph under the box is no cut-off excerpt, "… the harbour master said...": under a
    //  header such as "Most read" that is the first teaser card's blurb, not the article going on)
    // (session clean-9: or a short sentence, "The market opens on Saturday.", as near-prose: the article's paragraph
    //  under a "Most popular" widget between its paragraphs)
    const resumes = (k: number) => (lines[k].cls === "good" || (lines[k].cls === "near" && lines[k].sentenceEnd && lines[k].score > 0)) && !CUT_OFF_EXCERPT.test(lines[k].text);
    return step === -1 ? (proseNeighbour(header, -1) && resumes(i) ? header : -1) : j < lines.length && resumes(j) ? header : -1;
  };
  const isolated: number[] = [];
  /** Blurbs of a list of teaser cards (below). */
  const teaserBlurbs = new Set<number>();
  // (Session clean-11: a live blog's entries, `liveBlogEntries`: their share rows cost the run nothing and their
  //  paragraphs are not isolated.)
  const live = liveBlogEntries(lines, datelines);
  for (const i of live.chrome) lines[i].score = Math.max(lines[i].score, 0);
  for (let i = 0; i < lines.length; i++) {
    if (!prose[i] || live.paragraphs.has(i)) continue;
    const box = lines[i].cls !== "good" ? -1 : Math.max(inlineBox(i, -1), proseNeighbour(i, -1) ? -1 : inlineBox(i, 1));
    if (box >= 0) lines[box].score = Math.max(lines[box].score, -(INLINE_BOX_HEADER_COST + lines[box].words / 2));
    else if (!proseNeighbour(i, -1) && !proseNeighbour(i, 1)) {
      lines[i].score = Math.min(lines[i].score * ISOLATED_FACTOR, lines[i].words >= ISOLATED_LONG_WORDS ? ISOLATED_LONG_MAX : ISOLATED_MAX);
      isolated.push(i);
    }
  }
  /** A teaser list's blurbs (all but long paragraphs) add nothing to the body run: score 0 (or keep a lower score). */
  const markTeaserBlurbs = (blurbs: readonly number[], keepLower: boolean): void => {
    for (const i of blurbs) {
      if (lines[i].words >= ISOLATED_LONG_WORDS) continue;
      lines[i].score = keepLower ? Math.min(lines[i].score, 0) : 0;
      teaserBlurbs.add(i);
    }
  };
  // Session clean-6, a list of teaser cards: TEASER_CARDS_MIN isolated prose lines or more in a row, each at most
  // TEASER_CARD_GAP lines below the last (a card's headline, its section label or time between them), none of them a
  // long paragraph (ISOLATED_LONG_WORDS). Family, in every renderer and language: "latest" and "more from" lists
  // (headline, blurb, headline, blurb) under a short article, whose blurbs add up to more than the article's own
  // paragraphs and its breaker header. Their blurbs add nothing to the body run; inside an article (a run bounded by
  // paragraphs) they are still kept.
  // Session clean-13: a chain of isolated blurbs under a list box's header (a section breaker or a "read more" label at
  // most TEASER_CARD_GAP lines above the first blurb), each card's blurb under two lines or more (a kicker or a time and
  // the headline), is a list of teaser cards even when its blurbs end on a full stop. Family, in every renderer and
  // language: "More articles" / "Weitere Artikel" / "Plus d'articles" lists of kicker, headline and blurb under a short
  // or paywalled article, whose blurbs outweighed the article's one or two visible paragraphs. An article whose
  // sections are a subheading and a paragraph each has one line between its paragraphs, not two.
  // Review mend: only under an article, a paragraph above the header. A timeline, a live page, a Q&A explainer or a
  // memoir in parts ("3 March" / subhead / paragraph, "10:42 GMT" / title / entry, "Question 1" / question / answer)
  // right under a headline and an in-article "Latest developments" / "More on this story" / "Mehr zum Thema"
  // subheading has the same shape, and there the chain is the whole article.
  const firstScoredProse = prose.indexOf(true);
  const cardListUnderHeader = (a: number, b: number): boolean => {
    for (let k = a + 1; k <= b; k++) if (isolated[k] - isolated[k - 1] - 1 < TEASER_CARD_MIN_HEAD_LINES) return false;
    const first = isolated[a];
    let nonEmpty = 0;
    for (let k = first - 1; k >= 0 && nonEmpty <= TEASER_CARD_GAP; k--) {
      if (lines[k].breaker && lines[k].rule === "clean/read-more") return nonEmpty >= TEASER_CARD_MIN_HEAD_LINES - 1 && firstScoredProse >= 0 && firstScoredProse < k;
      if (lines[k].words > 0) nonEmpty++;
    }
    return false;
  };
  for (let a = 0; a < isolated.length; ) {
    let b = a;
    // (Session clean-13: a list box's header between two isolated lines ends the chain: the article's closing sections
    //  above a "Related posts" header are no cards of the list under it. Family: blogs and magazines whose last
    //  sections are a subheading and a paragraph each, above a related list of cut-off teasers.)
    const listHeaderBetween = (x: number, y: number) => lines.slice(x + 1, y).some((l) => l.breaker && l.rule === "clean/read-more");
    while (b + 1 < isolated.length && isolated[b + 1] - isolated[b] - 1 >= 1 && isolated[b + 1] - isolated[b] - 1 <= TEASER_CARD_GAP && !listHeaderBetween(isolated[b], isolated[b + 1])) b++;
    let cut = 0;
    for (let k = a; k <= b; k++) if (CUT_OFF_EXCERPT.test(lines[isolated[k]].text)) cut++;
    if (b - a + 1 >= TEASER_CARDS_MIN && cut < TEASER_CUT_SHARE * (b - a + 1) && cardListUnderHeader(a, b)) {
      markTeaserBlurbs(isolated.slice(a, b + 1), false);
    } else if (b - a + 1 >= TEASER_CARDS_MIN && cut >= TEASER_CUT_SHARE * (b - a + 1)) {
      // (Session clean-12: from the chain's first cut-off blurb on. The isolated lines before it are the article's
      //  closing paragraphs, each under a product link or a subheading, above a related list of cut-off teasers
      //  whose header the lexicon does not name; the whole chain had been scored 0 and the article lost its end.
      //  Family: blogs and magazines whose "related posts" cards follow the article's last short sections.
      //  Review mend: only when no section header stands right above the chain, and each line before it is longer
      //  than every cut-off blurb of the chain: a card's excerpt that happens to end on a full stop is as short as
      //  the cut-off ones, and a "Latest posts" list under its header is teasers from its first card on.)
      let from = a;
      while (!CUT_OFF_EXCERPT.test(lines[isolated[from]].text)) from++;
      let longestCut = 0;
      for (let k = from; k <= b; k++) if (CUT_OFF_EXCERPT.test(lines[isolated[k]].text)) longestCut = Math.max(longestCut, lines[isolated[k]].words);
      let headerAbove = false;
      for (let k = isolated[a] - 1; k >= Math.max(0, isolated[a] - TEASER_CARD_GAP - 1); k--) if (lines[k].breaker || lines[k].rule === "clean/read-more") headerAbove = true;
      if (headerAbove || isolated.slice(a, from).some((i) => lines[i].words <= longestCut)) from = a;
      markTeaserBlurbs(isolated.slice(from, b + 1), false);
    }
    a = b + 1;
  }
  // Session clean-6, a widget of cut-off excerpts: TEASER_CARDS_MIN prose lines or more, each ending with an ellipsis,
  // at most TEASER_CARD_GAP lines apart and no other prose line between them, whether they stand alone or not. Family:
  // "recent comments" and "recent posts" widgets ("jdoe on Title: I tried this last week and..."), search and archive
  // excerpts, in every renderer and language: each excerpt reads as a sentence, and ten of them outweighed a short
  // article. An article's own paragraphs do not all trail off.
  for (let i = 0; i < lines.length; ) {
    if (!(prose[i] && CUT_OFF_EXCERPT.test(lines[i].text))) {
      i++;
      continue;
    }
    const chain = [i];
    let j = i + 1;
    for (; j < lines.length && j - chain[chain.length - 1] <= TEASER_CARD_GAP + 1; j++) {
      if (!prose[j]) continue;
      if (!CUT_OFF_EXCERPT.test(lines[j].text)) break;
      chain.push(j);
    }
    if (chain.length >= TEASER_CARDS_MIN) markTeaserBlurbs(chain, true);
    i = chain[chain.length - 1] + 1;
  }
  // A line printed again further down is a teaser or a widget repeating the page
  // (related lists, "most read"); body paragraphs are not printed twice.
  const seen = new Map<string, number>();
  const repeatedFrom = new Map<number, { cls: ClassifiedLine["cls"]; score: number }>();
  const firstAt = new Map<number, number>();
  for (const l of lines) {
    if (l.words < 3) continue;
    const key = keyOf(l.index);
    const first = seen.get(key);
    if (first !== undefined) {
      if (l.cls !== "bad") {
        repeatedFrom.set(l.index, { cls: l.cls, score: l.score });
        firstAt.set(l.index, first);
      }
    } else seen.set(key, l.index);
  }
  // (Session clean-11: not the article's own subheadings printed again under its table of contents, `tocSubheadings`.)
  const ownHeadings = tocSubheadings(lines, new Set(repeatedFrom.keys()), firstAt, prose);
  // (Session clean-12: and the contents box's own entries, the first prints of those subheadings, cost the body run
  //  nothing and are dropped as navigation: a box of twenty entries cost 60 and cut the guide's introduction off its
  //  sections. Family: guides, listicles and explainers with a contents plugin in plain-text dumps, whose introduction
  //  stands above the box; a Markdown dump prints the entries as anchor links, dropped already.)
  // (Review mend: not a first print that is a full sentence, TOC_SENTENCE_MIN_WORDS words or more ending on a stop: a
  //  briefing's summary sentences at its top, each repeated as the heading of its section, and pull quotes are prose.)
  for (const i of ownHeadings) {
    const f = firstAt.get(i)!;
    if (lines[f].words >= TOC_SENTENCE_MIN_WORDS && FULL_STOP_END.test(lines[f].text)) continue;
    if (lines[f].cls !== "bad") Object.assign(lines[f], { cls: "bad", rule: "clean/navigation", reason: "entry of the article's table of contents", score: 0 });
  }
  // (Session clean-11: nor a line of a code block printed again, a code line next to another code line: tutorials
  //  repeat imports, prompts, tracebacks and statements from one example to the next. Family: programming tutorials,
  //  documentation and how-tos with shell sessions, in every renderer.)
  //  (Review mend: one of the two at least with code punctuation or a prompt, not only a lower-case word opening it.)
  const codePair = (i: number, j: number) => j >= 0 && j < lines.length && codeLine(lines[j]) && (codeLine(lines[i], true) || codeLine(lines[j], true));
  const codeRepeat = (i: number) => codeLine(lines[i]) && (codePair(i, i - 1) || codePair(i, i + 1));
  // (Nor a section's label printed again: a short label closed by a colon, SECTION_LABEL_MAX_WORDS words at most (and
  //  3 at least, as every line `repeatedFrom` takes), right over prose in each of its prints ("Good to know:", "Bon à
  //  savoir :", "Gut zu wissen:"). It is the article's own
  //  furniture, kept, and costs the body run nothing. Family: guides and round-ups whose every section repeats the same
  //  label over its facts, in every renderer and language; each repeat cost 2 and the last section, its paragraph
  //  isolated by an embed, was cut off.)
  const overProse = (k: number) => (nextWithWords(lines, k)?.score ?? 0) > 0;
  const sectionLabel = (i: number) => lines[i].words <= SECTION_LABEL_MAX_WORDS && LEAD_IN_COLON.test(lines[i].text) && overProse(i) && overProse(firstAt.get(i)!);
  for (const i of repeatedFrom.keys()) {
    if (sectionLabel(i)) {
      repeatedFrom.delete(i);
      lines[i].score = Math.max(lines[i].score, 0);
    } else if (ownHeadings.has(i) || codeRepeat(i)) repeatedFrom.delete(i);
    else Object.assign(lines[i], { cls: "bad", rule: "clean/repeat", reason: "line repeated from earlier in the page (teaser, widget)", score: -2 });
  }

  const decisions: Decision[] = lines.map(() => null);
  // A comment thread can outweigh a short article; the article comes before it.
  // Session clean-2: the cells of a table printed one cell per line (TABLE_STRICT_FIGURE_CELLS) cost the body run
  // nothing, so an article with a table in its middle stays one run. Family: data tables inside articles (results,
  // prices, figures) in Markdown dumps, turndown printing every cell as a paragraph; on any site.
  const strictTable = new Set<number>();
  const tableCells = tableCellLines(lines, strictTable);
  for (const i of strictTable) {
    lines[i].score = Math.max(lines[i].score, 0);
    tableCells.add(i);
  }
  const columnRows = tableRowLines(lines);
  // Rows of one table: consecutive column rows (blank lines are no lines here). A row counts as a dated table row when
  // its table has DATED_ROWS_MIN rows or more that open with a date (a dateline parsed on the row).
  const datedRows = new Set<number>();
  for (const i of columnRows) {
    if (columnRows.has(i - 1)) continue;
    let j = i;
    while (columnRows.has(j + 1)) j++;
    const dated: number[] = [];
    for (let k = i; k <= j; k++) if (datelines.has(k)) dated.push(k);
    if (dated.length >= DATED_ROWS_MIN) for (const k of dated) datedRows.add(k);
  }
  const datedTableRow = (i: number): boolean => datedRows.has(i);
  for (const i of columnRows) {
    if (lines[i].cls === "bad") Object.assign(lines[i], { cls: "short", rule: null, reason: null });
    lines[i].score = Math.max(lines[i].score, 0);
    tableCells.add(i);
  }
  const scores = lines.map((l) => l.score);
  if (opts.trace) Object.assign(opts.trace, { lines, scores });
  const firstStop = scores.findIndex((s) => s <= -HARD_STOP_SCORE);
  let run = firstStop > 0 ? bestRun(scores, 0, firstStop - 1) : null;
  if (!run || runScore(scores, run) < MIN_BODY_SCORE) run = bestRun(scores);
  // A short post under its header, when no run scores as a body: the text block under the page's first headline over
  // a dateline, closed by the share row or a section (`shortPostUnderHeader`).
  let postHead = -1;
  if (!run || runScore(scores, run) < MIN_BODY_SCORE) {
    const post = shortPostUnderHeader(lines, datelines, run);
    if (post) [run, postHead] = [post.run, post.head];
  }
  let [start, end] = run ?? [lines.length, lines.length - 1];
  // Bodies interrupted by a sidebar: a second run of paragraphs just below (or above) the body,
  // separated from it only by menu-like lines (no named section header), is the rest of the
  // article; the lines between are dropped as the sidebar.
  const sidebar = new Set<number>();
  /** Closing notes under the article (END_NOTE): kept inside the body. */
  const noteLines = new Set<number>();
  if (run) {
    const mainScore = runScore(scores, run);
    const joinable = (r: [number, number] | null, gapFrom: number, gapTo: number): boolean => {
      if (!r || gapTo - gapFrom + 1 > SIDEBAR_MAX_LINES) return false;
      const sc = runScore(scores, r);
      if (sc < MIN_BODY_SCORE || sc < SIDEBAR_MIN_SHARE * mainScore) return false;
      let good = 0;
      for (let i = r[0]; i <= r[1]; i++) if (lines[i].cls === "good") good++;
      if (good < 2) return false;
      for (let i = gapFrom; i <= gapTo; i++) if (lines[i].breaker || lines[i].score > 0 || datelines.has(i)) return false;
      return true;
    };
    const stop = scores.findIndex((sc, i) => i > end && sc <= -HARD_STOP_SCORE);
    const below = bestRun(scores, end + 1, stop < 0 ? lines.length - 1 : stop - 1);
    if (below && joinable(below, end + 1, below[0] - 1)) {
      for (let i = end + 1; i < below[0]; i++) sidebar.add(i);
      end = below[1];
    }
    const above = start > 0 ? bestRun(scores, 0, start - 1) : null;
    if (above && above[1] < start - 1 && joinable(above, above[1] + 1, start - 1)) {
      for (let i = above[1] + 1; i < start; i++) sidebar.add(i);
      start = above[0];
    } else {
      // A wire-style lead paragraph ("PLACE (Agency) — …", "(CNN) …") printed apart from the
      // body, above a video or a share row, opens the article.
      for (let i = start - 1; i >= Math.max(0, start - SIDEBAR_MAX_LINES); i--) {
        const l = lines[i];
        if (l.breaker || datelines.has(i)) break;
        if (l.score <= 0) continue;
        if (l.cls === "good" && WIRE_LEAD.test(l.text)) {
          for (let j = i + 1; j < start; j++) sidebar.add(j);
          start = i;
        }
        break;
      }
    }
  }
  // Standfirst: one paragraph, then the byline or dateline, then the article. The paragraph
  // above the byline is the dek under the headline (page furniture), not the body's first
  // paragraph; renderers that put the byline on one line let it join the run.
  for (let i = start + 1; i <= Math.min(end - 1, start + STANDFIRST_META_GAP); i++) {
    if (!(datelines.has(i) || bylines.has(i))) {
      if (lines[i].score > 0) break;
      continue;
    }
    let j = i + 1;
    while (j <= end && (datelines.has(j) || bylines.has(j) || lines[j].score <= 0) && j - i <= STANDFIRST_META_GAP) j++;
    if (j <= end && lines[j].cls === "good" && lines[start].cls === "good") start = j;
    break;
  }
  // Session clean-6, a comment thread inside the body run: entries of a dateline (the commenter's name on it or on the
  // line above), the comment's paragraphs and a reply button ("Antworten", "Reply", "Répondre", the lexicon's reply
  // buttons, also as a Markdown link). Two such entries in a row are a thread whose header the lexicon did not name
  // ("91 Ergänzungen", a site's own word): the body ends before the first entry, and the short lines right above its
  // dateline (the name, the count) go with it. Family: comment threads of blogs and news sites in every renderer and
  // language, whose comments read as prose and outweigh nothing in the run.
  {
    const entries: number[] = [];
    let lastDate = -1;
    let proseSince = false;
    // (the thread's later entries may lie below the run: only its first entry must start inside it)
    for (let i = start; i < lines.length && (entries.length > 0 ? i - entries[entries.length - 1] <= 2 * COMMENT_ENTRY_MAX_LINES : i <= end + COMMENT_ENTRY_MAX_LINES); i++) {
      if (datelines.has(i)) {
        if (entries.length === 0 && i > end) break;
        lastDate = i;
        proseSince = false;
      } else if (lines[i].score > 0 || lines[i].cls === "good") proseSince = true;
      else if (isReplyButton(lines[i]) && lastDate >= 0 && proseSince && i - lastDate <= COMMENT_ENTRY_MAX_LINES) {
        entries.push(lastDate);
        lastDate = -1;
        if (entries.length >= COMMENT_ENTRIES_MIN) break;
      }
    }
    if (entries.length >= COMMENT_ENTRIES_MIN) {
      let cut = entries[0] - 1;
      while (cut > start && lines[cut].score <= 0 && lines[cut].cls !== "good" && !datelines.has(cut)) cut--;
      if (cut >= start && runScore(scores, [start, cut]) >= MIN_BODY_SCORE) end = cut;
    }
  }
  // Session clean-12: not a read-more promo that the article resumes under: the header ("Read more", "Related", "Lea
  // también"), one box title, then RESUME_PARAGRAPHS full paragraphs in a row, none of them a
  // cut-off excerpt. Family: the in-article promo of news sites in every renderer and language, a label and one linked
  // headline set between an article's last paragraphs (a "Read more" label over another story's headline): the cut
  // dropped the closing paragraphs under it. Review mend: exactly one headline under the label, and never the label of
  // a list box (`LIST_BOX_LABEL`: "Most read", "Trending", "You may also like", "Related stories"), whose entries may
  // stand over another story's lede or an appeal in full sentences. The per-teaser "Read more" link is no box header for
  // `inlineBox`, so it is tested here. A related box of teaser cards (kicker, headline, one blurb each) and an author
  // box or company profile (other rules) are still cut: a card's blurb stands alone, under its headline.
  const articleResumesUnder = (b: number): boolean => {
    if (lines[b].rule !== "clean/read-more" || lines[b].score <= -HARD_STOP_SCORE) return false;
    let j = b + 1;
    let titles = 0;
    while (j <= end && boxTitle(lines[j]) && titles <= INLINE_BOX_MAX_LINES) {
      if (lines[j].words > 0) titles++;
      j++;
    }
    if (titles !== 1 || LIST_BOX_LABEL.test(lines[b].text)) return false;
    let paragraphs = 0;
    for (; j <= end && lines[j].cls === "good" && !CUT_OFF_EXCERPT.test(lines[j].text); j++) paragraphs++;
    return paragraphs >= RESUME_PARAGRAPHS;
  };
  // A section opened near the end of the body (company profile, author box, sources) whose
  // few paragraphs outweighed its header: cut the body before it. A sign-up box in the
  // middle of an article is followed by much more text and stays inside.
  for (let b = start + 1; b <= end; b++) {
    if (!lines[b].breaker || articleResumesUnder(b)) continue;
    let before = 0;
    let after = 0;
    let proseAfter = 0;
    for (let i = start; i < b; i++) before += Math.max(0, lines[i].score);
    for (let i = b + 1; i <= end; i++) {
      after += Math.max(0, lines[i].score);
      if (lines[i].score > 0) proseAfter++;
    }
    if (after <= TAIL_SECTION_SHARE * before && proseAfter <= TAIL_SECTION_LINES) {
      end = b - 1;
      break;
    }
  }

  // Session clean-3: an embedded post closing the article ends with its signature ("— Jane Roe (@janeroe) November 18,
  // 2019"), a dateline the run stopped before; the signature of the post the run ends on is article content (kept as
  // such inside the body, see cleanBody). Family: embedded social posts (tweets) quoted at the end of news and blog
  // articles, in every renderer (a blockquote in html-to-text and Markdown, a bare line in innerText).
  // An empty quote line between them (html-to-text's "> ") does not matter.
  for (let j = end + 1; j < lines.length && lines[end].score > 0; j++) {
    if (lines[j].words === 0) continue;
    if (datelines.has(j) && EMBED_SIGNATURE.test(lines[j].text)) end = j;
    break;
  }

  // Lines after the prose run that belong to an article of short lines: kept unless named boilerplate.
  const proseEnd = end;
  // (Session clean-6: a teaser card's blurb is furniture between entries, as a dateline is, not list content.)
  end = extendListBody(lines, end, repeatedFrom, (i) => isMeta(i) || teaserBlurbs.has(i));
  // Session clean-3: the article's closing notes (sources, references, where it first appeared), END_NOTE.
  for (let j = end + 1, last = end; j < lines.length && j - last <= END_NOTE_WINDOW; j++) {
    const l = lines[j];
    if (l.breaker) break;
    const ref = NUMBERED_REFERENCE.exec(l.text);
    const prevRef = ref ? NUMBERED_REFERENCE.exec(lines[last].text) : null;
    const isNote = END_NOTE.test(l.text) || (ref !== null && prevRef !== null && Number(ref[1]) === Number(prevRef[1]) + 1);
    if (!isNote || l.words > CAPTION_MAX_WORDS) continue;
    for (let k = last + 1; k < j; k++) sidebar.add(k);
    Object.assign(l, { cls: "short", rule: null, reason: null });
    noteLines.add(j);
    end = last = j;
  }

  /**
   * Session 24: an author's label (header.ts `opensWithAuthorLabel`) at line i, in or under the body, whose name `b` the
   * body's text above it already used credits a cited work, "… die Soziologin Jane Doe …" over "Autorin: Jane Doe,
   * Institut, Oktober 2008": writers seldom name themselves in their own text. Family: studies, reports and books
   * credited inside press pages. (Held to the label: for every byline it cost a Readability fixture on held-out fold B.)
   */
  // (Session 24 mend: or the surname alone, "Lee argues in her new book …" over "Author: Ann Lee, …".)
  const creditsCitedWork = (i: number, b: string): boolean => {
    if (!opensWithAuthorLabel(lines[i].text) || i <= start) return false;
    const surname = b.split(/\s+/).pop() ?? b;
    const named = surname.length >= 3 && surname !== b ? new RegExp(String.raw`(?<!\p{L})${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\p{L})`, "u") : null;
    return lines.slice(start, Math.min(i, end + 1)).some((k) => k.text.includes(b) || (!!named && named.test(k.text)));
  };
  // (`place`: where the dateline stands, for `meta.authorFrom`)
  const notePublished = (d: Dateline, place: string, headerRow = false) => {
    if (d.modified) {
      meta.modified ??= d.iso;
    } else if (!meta.published) {
      meta.published = d.iso;
      meta.publishedFrom = "text";
    }
    // (Session 23 mend: a user account beside the date, `Dateline.account`, names the writer only on the header's row:
    //  under the body it is a commenter's or a sidebar's poster.)
    if (d.author && (headerRow || !d.account)) nameAuthor(d.author, d.account ? `${place}:account` : place);
  };

  // ---- header zone: headline, dateline, byline -------------------------------------------------
  // (the desk named beside the header's dateline, "Redaktion": the author only when nothing else names one, see below)
  let deskOfHeader: string | null = null;
  /**
   * Does line i's text stand above it already: as a whole line, as an item of a breadcrumb or menu row, or opening a
   * menu entry whose blurb the renderer ran into it ("* Grüne Wärme Heizen mit Holz aus der Region")?
   */
  const echoedAbove = (i: number): boolean => {
    const t = lines[i].text.trim();
    const lower = t.toLowerCase();
    const echoes = (item: string, listed: boolean): boolean => {
      const p = item.trim().replace(/^(?:[*•–-]|\d{1,2}\.)\s+/u, "");
      if (p.toLowerCase() === lower) return true;
      return listed && p.startsWith(`${t} `) && /^\p{Lu}/u.test(p.slice(t.length + 1));
    };
    return repeatedFrom.has(i) || lines.slice(0, i).some((k) => k.text.length <= 300 && k.text.split(/\s*[>»›|/·•]\s*/u).some((p) => echoes(p, Boolean(k.list) || /^\s*(?:[*•–-]|\d{1,2}\.)\s/u.test(k.text))));
  };
  let title: ClassifiedLine | null = null;
  const zoneStart = Math.max(0, start - HEADER_ZONE);
  // Session 15t3, the headline printed twice: a page prints its headline in a breadcrumb, a menu entry or a "most
  // read" list above the article too, so the headline line itself is marked a repeat (clean/repeat) and the walk
  // passed over it to a dek, a kicker or a caption. In the header, a repeated line is judged as first printed (its
  // class before the repeat mark). Family: whole-page dumps of news and institutional sites whose headline is also a
  // link of the page's navigation.
  const firstPrinted = (i: number): ClassifiedLine => {
    const o = repeatedFrom.get(i);
    return o ? { ...lines[i], cls: o.cls, score: o.score } : lines[i];
  };
  for (let i = start - 1; i >= zoneStart; i--) {
    const l = firstPrinted(i);
    const d = datelines.get(i);
    if (d) {
      decisions[i] = drop(l, d.modified ? "clean/dateline-modified" : "clean/dateline", `dateline parsed into meta (${d.iso})`);
      continue;
    }
    const b = bylines.get(i);
    if (b) {
      if (namesWriter(i)) nameAuthor(b, bylineFrom("header-byline", i));
      // (a placeholder, "By Admin", is a byline that names nobody: text/person.ts `isPlaceholderAuthor`)
      decisions[i] = drop(l, "clean/byline", !namesWriter(i) ? "a person's name and role above the article" : isPlaceholderAuthor(b) ? "byline without a writer's name" : `byline parsed into meta.author (${b})`);
      continue;
    }
    if (l.cls === "bad") continue;
    // Session 15t2: a name run into its job title ("Jane Doe Education editor", text/person.ts) is the byline, never
    // the headline (family: bylines whose name and role are two inline elements, run together by the renderer).
    const named = !l.list && l.words <= 7 ? nameBeforeJobTitle(l.text) : null;
    if (named) {
      nameAuthor(named, "header-name-role");
      decisions[i] = drop(l, "clean/byline", `name and job title parsed into meta.author (${named})`);
      continue;
    }
    // (Session 15t5: a two-word line set off as a heading over a line that is not is headline-like too: short
    //  headlines, "Sinkende Pfähle", of blogs and association sites.)
    const minWords = i + 1 < lines.length && setOffOver(l, lines[i + 1]) ? SHORT_HEADING_MIN_WORDS : 3;
    if (isTitleLike(l, minWords) && !l.list) {
      // A bare personal name just above the body is more often a photo credit or an
      // author line than the headline: prefer a fuller headline a little higher up.
      // (Session 24: not a two-word heading set off over the line under it whose first word is no known given name,
      //  "Sinkende Pfähle" over "Leave a reply": a short headline of blogs and association sites, which the
      //  capitalised-words test took for a name; a writer's name there is caught by `isPersonName`.)
      if (looksLikeName(l.text) && !title && !(minWords === SHORT_HEADING_MIN_WORDS && !isPersonName(l.text))) {
        title = l;
        continue;
      }
      if (title && l.words < TITLE_OVER_NAME_MIN_WORDS) continue;
      title = l;
      break;
    }
  }
  // Headline over its meta block: headline, dateline/byline, then a caption or credit, then the body. The walk up
  // from the body meets the caption first; when no dateline or byline lies between the chosen line and the body but
  // one lies just above it, the headline-like line right over that block is the headline (family: whole-page dumps
  // whose article header prints the photo and its caption under the dateline, session 15t).
  if (title) {
    let between = false;
    for (let i = title.index + 1; i < start && !between; i++) between = datelines.has(i) || bylines.has(i);
    if (!between) {
      let i = title.index - 1;
      while (i >= zoneStart && title.index - i <= META_OVER_CAPTION_LINES && !datelines.has(i) && !bylines.has(i)) i--;
      if (i >= zoneStart && (datelines.has(i) || bylines.has(i))) {
        while (i >= zoneStart && (datelines.has(i) || bylines.has(i))) i--;
        const over = i >= zoneStart ? firstPrinted(i) : null;
        // (at least TITLE_OVER_NAME_MIN_WORDS words: a short line over a dateline is a kicker or a section label,
        // "Latest news" over "Politics | 24 January 2017" over the real headline)
        if (over && isTitleLike(over) && !over.list && over.words >= TITLE_OVER_NAME_MIN_WORDS && !looksLikeName(over.text)) title = over;
      }
    }
  }
  // Headline then standfirst: when the chosen line is long and the line right above it is
  // a shorter headline-like line (not an all-caps kicker), the upper one is the headline.
  const headlineOverDek = (t: ClassifiedLine | null): ClassifiedLine | null => {
    if (!t || t.words < DEK_MIN_WORDS || t.index === 0) return t;
    const above = firstPrinted(t.index - 1);
    return isTitleLike(above) && !above.list && above.words >= 5 && above.words < t.words && /\p{Ll}/u.test(above.text) ? above : t;
  };
  title = headlineOverDek(title);
  // Session 15t5, the headline set off as a heading: a renderer sets the page's heading off from the text around it
  // (more blank lines before it than before a paragraph, or a Markdown "#" mark), a standfirst, a caption or a
  // share-row word under it is a paragraph. When the chosen line is not set off so, the nearest line at most
  // HEADING_UP_LINES above it that is, and is headline-like, is the headline; datelines, bylines and paragraphs
  // between them are passed over, a menu entry stops the walk. Family: whole-page dumps whose header prints
  // headline, standfirst, meta row, photo and caption, in any language (the test is the layout, not the words).
  if (title) {
    const chosen = title;
    for (let i = chosen.index - 1; i >= zoneStart && chosen.index - i <= HEADING_UP_LINES; i--) {
      if (datelines.has(i) || bylines.has(i)) continue;
      const l = firstPrinted(i);
      if (l.list) break;
      if (setOffOver(l, chosen)) {
        if (isTitleLike(l) && !looksLikeName(l.text)) title = l;
        break;
      }
    }
  }
  // Session 24 (text round 13): the dek test again after the set-off and topical rules, which can pick the standfirst
  // under a set-off headline (both set off; the standfirst shares more of the body's words). Family: news headers that
  // print headline, standfirst, byline as three blocks.
  title = headlineOverDek(title);
  const stop: ReadonlySet<string> = STOPWORDS[lang] ?? new Set();
  // Session 15t2, the headline that names the article's topic. When the chosen line shares no content word with the
  // body (a button or share row, "Add to comment", a section label, a teaser of another story, a name with a job
  // title) or no line was chosen, the headline-like line of the header zone that shares most of its content words
  // with the body's opening is the headline. Family: whole-page dumps whose header zone holds page furniture between
  // the headline and the body (any site, any language: the test is word overlap, function words left out).
  const topical = topicalHeadline(lines, tokens, stop, zoneStart, start, end, title, isMeta);
  if (topical) title = headlineOverDek(topical);
  // Session 15t3, the headline at the head of the body run: a headline that ends with "?" or "!" or is long scores
  // as prose, so the body run starts with it and the header zone above holds only menus (no title) or a section
  // label (no content word shared with the body). Then the run's first line is the headline when it is headline-like
  // and the line after it, a dek or the first paragraph, is longer prose. It leaves the body as the title.
  // Family: whole-page dumps of blogs and news sites whose headline sits right under the menu.
  // (Session 15t6: or the run's second line when it is set off as a heading and the run's first line ends with its
  //  words: a breadcrumb trail run into the headline, "Start » Blog » Headline", long enough to read as prose, opened
  //  the run. The trail leaves the body with it. Family: blogs and magazines whose breadcrumb ends with the headline.
  //  A first form took any set-off line among the run's first three: fold A +4 pages, but held-out fold B −2, where a
  //  sub-heading under the first paragraph was taken.)
  for (let k = start; k + 1 <= end && k <= start + 1; k++) {
    const head = lines[k];
    const next = lines[k + 1];
    if (k > start && !(isSetOff(head) && ` ${keyOf(start)}`.endsWith(` ${keyOf(k)}`))) continue;
    if (isTitleLike(head) && !head.list && !looksLikeName(head.text) && next.score > 0 && next.words > head.words) {
      const body = bodyContentWords(lines, tokens, stop, k + 1, end);
      if (!title || sharedCount(contentWords(tokens[title.index].ofLower, stop), body) === 0) {
        title = head;
        start = k + 1;
      }
      break;
    }
  }

  // Session 24 (text round 13), the headline over the meta row at the head of the body run: when a standfirst, a blog's
  // tagline or a headline that reads as prose opened the body run, the article's header can lie inside the run's first
  // lines: a line set off as a heading right over a dateline, a byline or a short line that prints a date ("Posted by
  // jdoe on 4 May 2019", "Jane Doe – 14.09.2022 – Kolumne, Allgemein"). That line is the headline, unless the chosen one
  // stands over a meta row itself. A final full stop is allowed on a headline of at most 15 words, and a date inside it
  // (a conference's, an event's days) does not disqualify it there (when no title was found or the chosen one lies in
  // the run too): the meta row under it dates the page. Family: blog
  // and association pages in any language whose header block the body choice took in (the test is the layout).
  {
    const overMeta = (i: number): boolean => {
      const n = lines[i + 1];
      // (an author's label is no meta row here: it prints in footers and record boxes, under any line, session 24 mend)
      return datelines.has(i + 1) || (bylines.has(i + 1) && !!n && !opensWithAuthorLabel(n.text)) || (!!n && n.cls !== "good" && n.words <= 16 && mayHoldDate(n.text) && !!findPublished(n.text, { dumpLine: true }));
    };
    for (let k = start; k < end && k <= start + 2; k++) {
      const l = lines[k];
      if (!overMeta(k) || !isSetOff(l) || l.list || looksLikeName(l.text)) continue;
      // (Session 24 mend: the full stop and the date only when no title was found or the chosen one lies in the run
      //  too: a caption or a pull quote over a credit inside the text is a sentence, and a set-off title above the run
      //  is the headline.)
      const loose = !title || (title.index >= start && title.index <= end);
      const plain = loose && /[^.]\.$/.test(l.text) && l.words <= 15 ? { ...l, text: l.text.slice(0, -1) } : l;
      if (!isTitleLike(plain, 3, loose)) break;
      if (!title || !(overMeta(title.index) || overMeta(title.index + 1))) {
        title = l;
        // (its dateline is the header's row: it dates the page, and a user account on it names the writer)
        const d = datelines.get(k + 1);
        if (d) notePublished(d, "body-headline-dateline-row", true);
      }
      break;
    }
  }
  // Session 15t6, the headline printed again elsewhere on the page. A page prints its headline more than once: as the
  // breadcrumb's last item, in the "most read" or teaser list, in the footer's "this post first appeared …" line, as
  // a related link. A page's sub-heading, dek, caption or button is printed once. When the chosen line is printed
  // only there, the nearest line above the body (up to TOPICAL_FAR_LINES) that is set off as a heading, names the
  // body's topic (the topical rule's share) and is printed again outside the body is the headline. Labels and
  // captions echo too ("City budget" in the tag list, "Harbour Bridge" as image alt and caption), so the
  // line needs ECHO_MIN_WORDS words and must not read as a name. Family: whole-page dumps of news, institutional and
  // blog pages whose header holds a second heading, a dek or a caption nearer the body than the headline.
  if (!title || echoCount(lines, keyOf, title.index, start, end) === 0) {
    const echoed = echoedHeadline(lines, tokens, stop, keyOf, start, end, isMeta, firstPrinted);
    if (echoed) title = echoed;
  }
  // Session 15t9, the headline a comment section quotes: "25 thoughts on “Headline”", "3 Responses to Headline", "2
  // Kommentare zu „Headline“" (header.ts `titleOfCommentHeading`). The engine prints the heading from the post's
  // stored title, so a line above the body that prints that title whole is the headline, whatever the walk chose
  // (a teaser of another post, a newsletter box, a kicker). Family: blogs and CMS themes in any language whose page
  // keeps its comment section. Nothing changes when no line above the body prints the quoted title whole.
  let openingWords: Set<string> | undefined;
  const sharedWithBody = (i: number): number => sharedCount(contentWords(tokens[i].ofLower, stop), (openingWords ??= bodyContentWords(lines, tokens, stop, start, end)));
  const topHeading = soleTopHeading(lines, keyOf, start, end, isMeta, sharedWithBody, firstPrinted);
  // (Session 26 mend: a short `<h1>` over a longer lower heading between it and the body is a section's or the site's
  //  name, "Council news" / "City council" / "Brookfield local news" over "## Council approves new cycle lanes along
  //  the river road": it shares a content word with the body as easily as the headline does. The walk's heading stands
  //  when it is a level-2-or-lower heading under the `<h1>` and above the body, of TITLE_OVER_NAME_MIN_WORDS words or
  //  more, and the `<h1>` has SECTION_H1_MAX_WORDS words or fewer. Family: news, council and club sites whose
  //  Markdown dump sets the section or the masthead as the page's one `<h1>` and the article's headline as an `<h2>`.)
  // (Session 27 mend: and an `<h1>` under such a headline that shares fewer of the body's words than it, "## Rowing
  //  club opens a second boathouse on the north shore" over "# Boathouse news from the north shore": a section's or a
  //  box's heading between the headline and the text.)
  const sectionOverHeadline =
    topHeading &&
    title &&
    title.headingLevel >= 2 &&
    title.index < start &&
    title.words >= TITLE_OVER_NAME_MIN_WORDS &&
    ((title.index > topHeading.index && topHeading.words <= SECTION_H1_MAX_WORDS) || (title.index < topHeading.index && sharedWithBody(title.index) > sharedWithBody(topHeading.index)));
  // (the short post's headline: the line over the dateline that opened the post chosen as the body, when the body is a
  //  short post under its header, `shortPostUnderHeader`; it stands over a set-off blog name or menu heading)
  if (postHead >= 0 && postHead < start) title = firstPrinted(postHead);
  const walkTitle = title;
  if (topHeading && !sectionOverHeadline && postHead < 0) title = topHeading;
  const commented = commentedHeadline(lines, memo, keyOf, start);
  if (commented && (!title || keyOf(title.index) !== keyOf(commented.index))) title = commented;
  // A bare name between the headline and the body is the author ("Jane Doe" under the headline).
  // (Session 15t3: a known given name first, or no ordinary English word in it: a label of common words, "Computer
  //  Games Programming", or a two-word headline printed under a section title is not a name.)
  // (A byline line there is left to the byline reading below: "By Jane Doe" is name-like too.)
  // (Session 15t4: a line with a byline word gives the name after it, "Veröffentlicht von jdoe" → "jdoe"; and a bare
  //  name whose words the body's opening uses is the article's subject or a topic label, "Grüne Wärme" over a
  //  piece on social energy policy, not its writer: authors seldom name themselves in their first paragraphs.)
  let opening: Set<string> | null = null;
  let bodyLower: string | null = null;
  /** Does the stem of one of the line's words of six letters or more (less its last two letters) open a word of the body? */
  const stemOpensBodyWord = (text: string): boolean => {
    const body = (bodyLower ??= lines.slice(start, end + 1).map((l) => l.text).join("\n").toLowerCase());
    return text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 6)
      .some((w) => {
        const stem = w.slice(0, Math.max(5, w.length - 2));
        for (let k = body.indexOf(stem); k >= 0; k = body.indexOf(stem, k + 1)) if (k === 0 || !/\p{L}/u.test(body[k - 1])) return true;
        return false;
      });
  };
  // (`from`: the body's words from that line on, not cached: the text after a line inside the body run.)
  const namesBodyTopic = (i: number, from?: number): boolean => {
    const words = from === undefined ? (opening ??= bodyContentWords(lines, tokens, stop, start, end)) : bodyContentWords(lines, tokens, stop, from, end);
    return sharedCount(contentWords(tokens[i].ofLower, stop), words) > 0;
  };
  // (Session 27: when the nearest of several `<h1>`s replaced the walk's line, a name under the walk's line is read
  //  too: that line was the header's lowest heading-like line, a dek or a caption, with the byline under it.)
  for (const anchor of title ? (walkTitle && walkTitle !== title && title === topHeading ? [title, walkTitle] : [title]) : []) {
    for (let i = anchor.index + 1; i < Math.min(start, anchor.index + 1 + NAME_UNDER_TITLE_LINES); i++) {
      const l = lines[i];
      // (Session 15t9: a meta row that names the writer ends the search: a name under it is a signature or a
      //  greeting of the text, "Posted on … by jdoe" over "Cheers Jane". Only a headline far above the header zone
      //  reaches such a row unread: the comment-heading rule finds one.)
      if (bylines.has(i) || datelines.get(i)?.author) break;
      if (!decisions[i] && !isBadAsText(i) && !l.list && looksLikeName(l.text) && !opensWithFunctionWord(l.text) && isBareNameUnderHeadline(l.text) && !meta.author) {
        const named = hasBylineOpener(l.text) ? parseByline(l.text) : l.text;
        if (!named) continue;
        if (named === l.text && namesBodyTopic(i)) continue;
        // (Session 23: a bare name that the page sets off as a heading and that repeats a breadcrumb's item or a line
        //  printed earlier (the page's title, a menu entry), "Grüne Wärme" under "Start › Themen › Grüne Wärme", is
        //  the page's own heading, not its writer. Session 23 mend: the echo, not a missing given name, marks it: a
        //  writer's name from any naming tradition stands under headlines. Family: section and topic pages of
        //  institutional sites whose heading repeats their breadcrumb. A heading with no known given name whose word's
        //  stem opens a word of the body, "Grüne Wärme" over "Wärmepumpen", "Wärmenetz", names the topic too: German
        //  compounds and inflected forms, that `namesBodyTopic`'s whole words miss.)
        if (named === l.text && isSetOff(l) && (echoedAbove(i) || (!isPersonName(l.text) && stemOpensBodyWord(l.text)))) continue;
        nameAuthor(named, named === l.text ? "name-under-headline" : "name-under-headline:by");
        decisions[i] = drop(l, "clean/byline", `name under the headline parsed into meta.author`);
      }
    }
  }
  // Session 15t9, the meta row under a headline far above the header zone (found by its echo, its topic or a comment
  // heading that quotes it): the dateline at most META_UNDER_FAR_TITLE_LINES under it, before any paragraph, is the
  // article's own and dates the page before the dates over the chosen body run (a teaser's, a comment's). Family:
  // whole-page dumps whose body choice fell on a later block (comments, a sidebar), with the article's header intact.
  let farTitleDate = -1;
  if (title && title.index < zoneStart) {
    for (let j = title.index + 1; j <= title.index + META_UNDER_FAR_TITLE_LINES && j < start; j++) {
      const d = datelines.get(j);
      if (d && !d.modified) {
        notePublished(d, "far-headline-dateline-row", true);
        farTitleDate = j;
        break;
      }
      if (lines[j].cls === "good") break;
    }
  }
  // The header's datelines, the one nearest the body first: it is the article's own. (Session 15t6: they were read in
  // document order, so a date printed higher up in the page header, the day's date of the masthead, a teaser's or a
  // "latest news" entry's date, dated the page. Family: whole-page dumps whose header zone holds more than one date.
  // Published before updated still holds: an update label marks its date as the modified day whatever the order.)
  // (The same day stated again higher up with its time, "3 March 2021 09:15" over a "03-03-2021" reference, gives
  //  the fuller stamp.)
  for (let i = start - 1; i >= zoneStart; i--) {
    const d = datelines.get(i);
    // (an embedded post's signature above the run is the post's day too: a tweet quoted before the body's first paragraph)
    if (d && !EMBED_SIGNATURE.test(lines[i].text)) notePublished(d, "dateline-row", true);
  }
  for (let i = zoneStart; i < start && meta.published?.length === 10; i++) {
    const d = datelines.get(i);
    if (d && !d.modified && d.iso.length > 10 && d.iso.startsWith(meta.published)) meta.published = d.iso;
  }
  // Session 24 (text round 13), the dateline lead: a news paragraph that opens with its date, a place in capitals and an
  // agency before it allowed ("31. Oktober 2023. Text …", "01.02.2022 „Quote …", "HARBOURTOWN (Agency - 29th April,
  // 2020) Text …"). The first of the body run's paragraphs among its first DATELINE_LEAD_LINES lines that opens so
  // (a standfirst or a sub-heading may come first) dates the page when the header printed no date. The date must be closed by a full stop, a dash, a bracket or a
  // quotation mark (not a colon: "12. März 2020: …" opens a chronology's entry). Family: press releases, wire copy and
  // news columns in any language whose dateline is run into the first paragraph.
  if (!meta.published) {
    for (let i = start; i <= end && i < start + DATELINE_LEAD_LINES; i++) {
      if (lines[i].cls !== "good") continue;
      const iso = datelineLead(lines[i].text);
      if (iso) {
        meta.published = iso;
        meta.publishedFrom = "text";
      }
      if (iso) break;
    }
  }
  // Session 15t, the byline of the article header when the walk up stopped below it: a byline line anywhere in the
  // header zone, the one closest to the body ("By Jane Doe" over the dateline, above a share row the walk took for
  // the headline), with an explicit opener (BYLINE_OPENER, the HTML reader's): a bare "Jane Doe, Jane Roe" line
  // higher up is as often a credit list or a caption.
  for (let i = start - 1; i >= zoneStart && !meta.author; i--) {
    const b = bylines.get(i);
    if (b && !decisions[i] && (BYLINE_OPENER.test(lines[i].text) || hasBylineOpener(lines[i].text) || isLoneBylineLabel(lines[i].text))) {
      nameAuthor(b, bylineFrom("header-zone-byline", i));
      decisions[i] = drop(lines[i], "clean/byline", `byline in the header zone parsed into meta.author (${b})`);
    }
  }
  // (A bare name on the line beside the header's dateline, "Jane Doe" over "| Le 19 février 2020", was measured
  //  in session 15t with capitalised words as the name test and dropped: +3 exact authors on held-out fold B, but +3
  //  spurious ones on its "no author" pages. See stages/clean/text/README.md.)
  // Session 15t2, a bare name with a stronger person test (text/person.ts: the first word is a known given name), or a
  // name run into its job title ("Jane Doe Education editor"), on the line beside the header's first dateline or
  // within NAME_UNDER_TITLE_LINES under the headline. Family: whole-page dumps whose byline block prints the name
  // and the date (or the role) as separate inline elements with no byline word, on news sites and blogs alike.
  // (the names of a run of signature lines from line j, "Jane Doe, Role, …" / "& John Roe, Role, …", joined by ", ")
  const signaturesFrom = (j: number): string | null => {
    const first = signatureName(lines[j].text);
    return first && !first.continued ? [first.name, ...coSignersAfter(j)].join(", ") : null;
  };
  if (!meta.author) {
    const near = new Set<number>();
    const first = [...datelines.keys()].find((i) => i >= zoneStart && i < start);
    // (share links between the name and the dateline are passed over, "Jane Doe" / "* Twitter" / "19 FEB
    //  2020", as in the body run's meta block below. Family: news and magazine bylines whose writer's social links
    //  print between the name and the date.)
    const isShareLink = (k: number) => lines[k].list && lines[k].rule === "clean/share" && lines[k].words <= SHARE_ENTRY_MAX_WORDS;
    if (first !== undefined) {
      for (const step of [-1, 1]) {
        let j = first + step;
        while (j >= zoneStart && j < start && isShareLink(j) && Math.abs(j - first) <= SHARE_LINKS_PASSED) j += step;
        if (j >= zoneStart && j < start) near.add(j);
      }
    }
    if (title) for (let j = title.index + 1; j < Math.min(start, title.index + 1 + NAME_UNDER_TITLE_LINES); j++) near.add(j);
    for (const j of [...near].sort((a, b) => a - b)) {
      const l = lines[j];
      if (decisions[j] || datelines.has(j) || bylines.has(j) || isBadAsText(j) || (title && j === title.index)) continue;
      const text = l.text.replace(/^[|·•,–—-]\s*|\s*[|·•,–—-]$/gu, "");
      // (Session 23: a signature "Jane Doe, Senior Counsel, Example Foundation" with the co-writers' "& John Roe, …"
      //  lines under it, text/person.ts `signatureName`; and the desk alone, "Redaktion" over "am 3. Februar 2022",
      //  `isDeskLabel`: session 23 mend, only a candidate, the author when no byline under the body names the writer,
      //  "Redaktion" over the date and "Von Jane Doe" after the last paragraph.)
      const role = nameBeforeJobTitle(text);
      const person = role ?? (isPersonName(text) && !namesBodyTopic(j) ? text : null);
      const name = person ?? signaturesFrom(j);
      if (!name && deskOfHeader === null && isDeskLabel(text)) {
        deskOfHeader = text;
        decisions[j] = drop(l, "clean/byline", `desk label beside the header's dateline`);
        continue;
      }
      if (name) {
        nameAuthor(name, `name-near-header:${role ? "name-role" : person ? "person" : "signature"}`);
        decisions[j] = drop(l, "clean/byline", `name beside the header's dateline or headline parsed into meta.author`);
        break;
      }
    }
  }
  // Session 15t8, the article's meta block inside the body run: when a caption, a dek or a share row scores as prose,
  // the body run opens above the byline block, so the header rules never see it ("Jane Doe" over "27.04.2020 - 18:50
  // Uhr", or with a share link between, "Jane Doe" / "* Twitter" / "19 FEB 2020"). A person's name (the given-name
  // test, or a name run into its job title) on the line beside the first dateline among the run's first
  // BODY_META_LINES lines is the author, when nothing else gave one and no byline stands before that dateline in the
  // run. Short list entries (share links) between the name and the dateline are passed over. A name that the text
  // after it uses is the article's subject, not its writer (the header's subject test). Family: whole-page dumps of
  // news sites whose header (photo caption, dek, meta block) the body run swallowed. Inside the body run the given
  // name must be in the curated lists (`isPersonName(…, false)`, and `nameBeforeJobTitle(…, false)` for a name run
  // into its job title), not in the wide lists of five languages: with those, Markdown dumps gave 2 more invented
  // authors on held-out fold B (3 → 5 of 72) for no right one, and fold A1 lost one page (a Spanish given name) for
  // it. (The job-title path followed the wide lists until session tm; curating it changed no dev figure.)
  if (!meta.author) {
    const d = [...datelines.keys()].find((i) => i >= start && i <= Math.min(end, start + BODY_META_LINES));
    if (d !== undefined && ![...bylines.keys()].some((i) => i >= start && i < d)) {
      const isShareEntry = (k: number) => lines[k].list && lines[k].words <= SHARE_ENTRY_MAX_WORDS;
      const near: number[] = [];
      for (const step of [-1, 1]) {
        let j = d + step;
        while (j >= start && j <= end && isShareEntry(j) && Math.abs(j - d) <= SHARE_ENTRIES_PASSED) j += step;
        if (j >= start && j <= end && !datelines.has(j)) near.push(j);
      }
      for (const j of near) {
        const l = lines[j];
        if (decisions[j] || bylines.has(j) || (title && j === title.index)) continue;
        const text = l.text.replace(/^[|·•,–—*-]\s*|\s*[|·•,–—-]$/gu, "").trim();
        const name = nameBeforeJobTitle(text, false) ?? (isPersonName(text, false) ? text : null);
        if (!name) continue;
        if (name === text && namesBodyTopic(j, Math.max(j, d) + 1)) continue;
        nameAuthor(name, "body-meta-name");
        decisions[j] = drop(l, "clean/byline", `name beside the dateline of the body run's meta block parsed into meta.author`);
        break;
      }
    }
  }
  if (opts.trace) Object.assign(opts.trace, { start, end, title: title?.index ?? null });
  // Session 15t10, the headline printed twice, once with its kicker: "Kicker: Headline" (or "Kicker | Headline",
  // "Kicker – Headline") on the chosen line and the headline alone on a line right beside it (a heading, or the last
  // item of a breadcrumb list). The headline is the part after the kicker; the kicker is a topic label. Family: news
  // sites whose header prints the teaser headline (kicker and headline as one line) next to the article's heading.
  const kickerlessTitle = (t: ClassifiedLine): string | null => {
    const kicked = KICKER_SEPARATOR.exec(t.text);
    if (!kicked || kicked.index === 0) return null;
    const rest = t.text.slice(kicked.index + kicked[0].length).trim();
    const key = memo.tokens(rest).ofLower.join(" ");
    const beside = [t.index - 1, t.index + 1, t.index - 2, t.index + 2];
    return beside.some((j) => j >= 0 && j < lines.length && lines[j].words >= 3 && keyOf(j) === key) ? rest : null;
  };
  // Session 22, the kicker run into the headline with no separator ("Harbour News Pier closes for two years": the
  // kicker's and the headline's spans of one <h1>, joined by the renderer) when a line above it prints the headline
  // alone, as a breadcrumb's last item or a segment of one ("Pier closes for two years - Harbour News"). The chosen
  // line ends with that headline after 1 to KICKER_MAX_WORDS words; the headline is the title. Soft hyphens are left
  // out of the comparison. Family: German and European news and institutional sites whose header prints kicker and
  // headline as one heading and the headline again in the breadcrumb.
  // (Session 22 mend: only lines above the headline, the breadcrumb and the title row, and only when that line names
  //  the page (an item of a numbered breadcrumb, `withoutBreadcrumbNumber`) or the words cut off are shown to be a
  //  kicker: another segment of that line, or a short line of their own near the headline. A tag, a related link or
  //  a dek that repeats the headline's last words, "Five things to know about the budget vote" under "About the
  //  budget vote", cut real headline words.)
  const plainKey = (text: string): string => memo.tokens(text.replace(/\u00ad/g, "")).ofLower.join(" ");
  const nearHeadline = (t: ClassifiedLine, j: number) => j !== t.index && j >= 0 && j < lines.length && Math.abs(j - t.index) <= KICKER_ECHO_LINES;
  // (Only on a line with no separator: "Jane Roe – Headline", "Desk 12 – Headline" keep the part before the dash.)
  const gluedKickerTitle = (t: ClassifiedLine): string | null => {
    if (KICKER_SEPARATOR.test(t.text) || TITLE_LINE_SEPARATOR.test(t.text)) return null;
    const key = plainKey(t.text).split(" ");
    for (let j = Math.max(0, t.index - KICKER_ECHO_LINES); j < t.index; j++) {
      const segments = lines[j].text.replace(LIST_OR_CRUMB_MARK, "").split(TITLE_LINE_SEPARATORS);
      for (const segment of segments) {
        const k = plainKey(segment);
        const n = k.split(" ").length;
        if (n < 3 || key.length - n < 1 || key.length - n > KICKER_MAX_WORDS || !key.join(" ").endsWith(` ${k}`)) continue;
        const kicker = key.slice(0, key.length - n).join(" ");
        const isKicker = (text: string) => plainKey(text.replace(LIST_OR_CRUMB_MARK, "")) === kicker;
        // (the line is a numbered breadcrumb's item, which names the page itself; or the kicker stands apart)
        if (withoutBreadcrumbNumber(lines, j) !== lines[j].text || segments.some(isKicker)) return segment.trim();
        for (let m = t.index - KICKER_ECHO_LINES; m <= t.index + KICKER_ECHO_LINES; m++) {
          if (nearHeadline(t, m) && lines[m].words <= KICKER_MAX_WORDS && isKicker(lines[m].text)) return segment.trim();
        }
      }
    }
    return null;
  };
  // Markdown: a kicker that is a link to its section, a separator, then the headline as plain text
  // ("[Harbour News](/news/index.php?topic=3) : Pier closes for two years", "[Politics](/politics/): Headline"): the
  // headline is the part after the separator. Family: portal and CMS news modules that print the story's topic as a
  // link beside the headline. Not when the rest holds a link too (a row of links) or is shorter than a headline.
  const linkedKickerTitle = (t: ClassifiedLine): string | null => {
    const m = LINKED_KICKER.exec(t.linked.trim());
    if (!m || t.linked.trim().slice(m[0].length).includes("](") || !t.text.startsWith(m[1])) return null;
    const rest = t.text.slice(m[1].length).replace(/^\s*[:|–—]\s+/u, "").trim();
    // (not a speaker's name before a quote, "[Jane Doe](/people/jane-doe): We will row again", and not a rest that opens
    //  lower-case, a sentence's tail: "[Update](/live) — the pier closes tonight")
    if (isPersonName(m[1].trim()) || !/^[\p{Lu}\p{N}"'“”„«»‘’‚]/u.test(rest)) return null;
    return tokensOf(rest).length >= LINKED_KICKER_MIN_WORDS ? rest : null;
  };
  if (title) {
    const text = withoutStrayEmphasis(kickerlessTitle(title) ?? linkedKickerTitle(title) ?? gluedKickerTitle(title) ?? withoutHomeTrail(withoutBreadcrumbNumber(lines, title.index)));
    meta.title = text;
    decisions[title.index] = { keep: { text, role: "title" } };
  } else {
    // No headline line, but one with separators above the body ("Kicker | Headline", "Headline | Site",
    // "Site » Section » Headline": an <h1> that holds a bar, a dump that opens with the page's <title>):
    // the title is that line less the parts that name the site (the dump's publisher) or a section,
    // as html/metadata.ts reads a declared title. Only the metadata: the line's fate in the text is unchanged.
    for (let i = start - 1; i >= zoneStart; i--) {
      if (datelines.has(i) || bylines.has(i) || lines[i].list) continue;
      const t = lines[i].text.trim();
      if (!TITLE_LINE_SEPARATOR.test(t) || tokensOf(t).length > TITLE_MAX_WORDS) continue;
      const head = stripSiteFromTitle(t, publisher(), null);
      if (tokensOf(head).length >= TITLE_LINE_MIN_WORDS && !NOT_A_HEADLINE.test(head.replace(TITLE_LINE_SEPARATORS, " ")) && !(mayHoldDate(head) && findPublished(head, { dumpLine: true }))) {
        meta.title = head;
        break;
      }
    }
    const fallback = fallbackHeadline(lines, start, end, zoneStart, isMeta);
    meta.title ??= fallback === null ? undefined : withoutStrayEmphasis(fallback);
  }
  // ---- body --------------------------------------------------------------------------------------
  const keptRole = (i: number): Block["role"] | null => {
    const d = decisions[i];
    return d && "keep" in d ? d.keep.role : null;
  };
  /** Words of the body lines kept in lines [from, to) (since the last article's headline, when one lies there). */
  const keptWords = (from: number, to: number): number => {
    let words = 0;
    for (let j = to - 1; j >= from; j--) {
      const role = keptRole(j);
      if (role === "title") break;
      if (role === "body") words += lines[j].words;
    }
    return words;
  };
  const keptTexts = new Set<string>();
  // Fragments kept by session clean-2's rules (two-word labels, figures, table cells): article text, but no
  // paragraph, so never the "body" a further article's headline must follow (a credit or a code line over a
  // heading and a dateline is not the end of an article).
  const shortKept = new Set<number>();
  // A timeline article's dated chapters (a headline over a date row, under the article's own dated header, oldest
  // first, none signed: timeline.ts) are its own sections: no chapter opens another article, inside the body or below it.
  const timeline = timelineChapters(
    [...datelines].filter(([i, d]) => i < start && !d.modified).pop()?.[1].iso ?? null,
    [...datelines]
      .filter(([i, d]) => i > start && !d.modified && !isMeta(i - 1) && lines[i - 1].words > 0 && isAnotherHeadline(lines[i - 1]))
      .map(([i, d]) => ({ day: d.iso, signed: bylines.has(i - 2) || bylines.has(i + 1) })),
  );
  const cleanBody = (start: number, end: number): void => {
    let box: ClassifiedLine | null = null;
    for (let i = start; i <= end; i++) {
      const before = i > start ? decisions[i - 1] : null;
      if (before && "keep" in before) keptTexts.add(before.keep.text === lines[i - 1].text ? keyOf(i - 1) : normaliseForCompare(before.keep.text));
      const l = lines[i];
      if (sidebar.has(i)) {
        decisions[i] = drop(l, "clean/sidebar", "line of a sidebar that interrupts the article");
        continue;
      }
      if (noteLines.has(i)) {
        decisions[i] = { keep: { text: l.text, role: "body" } };
        continue;
      }
      const d = datelines.get(i);
      if (d && EMBED_SIGNATURE.test(l.text)) {
        // "— Jane Roe (@janeroe) November 18, 2019": the signature of an embedded post is article content.
        decisions[i] = { keep: { text: l.text, role: "body" } };
        continue;
      }
      if (d) {
        // A headline right before a dateline after body text starts another article;
        // the dateline is that article's own, kept as a metadata block (ISO date).
        const prev = i - 1 >= start ? i - 1 : -1;
        if (!timeline && prev >= 0 && keptRole(prev) === "heading" && isAnotherHeadline(lines[prev]) && i - 2 >= start && keptRole(i - 2) === "body" && !shortKept.has(i - 2) && keptWords(start, prev) >= ANOTHER_ARTICLE_AFTER_WORDS) {
          const p = decisions[prev] as { keep: Block };
          p.keep.role = "title";
          decisions[i] = { keep: { text: d.iso, role: "dateline" } };
          continue;
        }
        // (Session clean-11: a row of a table printed in columns that opens with a date or a time stamp is a cell
        //  row, `tableRowLines`, not a dateline: query results and logs in tutorials, fixture and result tables in
        //  sports reports, schedules. It is kept with the table and does not date the page. Review mend: after the
        //  check for another article's headline and dateline, and only in a table where DATED_ROWS_MIN rows or more
        //  open with a date: a two-row meta block printed in columns, "date  section / time  reading time", is a
        //  dateline.)
        if (datedTableRow(i)) {
          decisions[i] = { keep: { text: l.text, role: "body" } };
          continue;
        }
        notePublished(d, "body-dateline-row");
        decisions[i] = drop(l, "clean/dateline", `dateline (${d.iso})`);
        continue;
      }
      const b = bylines.get(i);
      if (b) {
        // (Session 23: a list item inside the body that names a person with no byline word, "* Jane Doe, President of
        //  Example", is an entry of a list of speakers, guests or contacts, not the writer's byline. Family: event
        //  notices and press releases of associations that list who takes part.)
        //  (And a "Jane Doe, Band" line with two more "Name, Something" lines within two lines of it is an entry of a
        //  list of people, a ranking, a line-up or a cast, `inNameList`.)
        //  (And bylines on TEASER_BYLINES lines or more of the body run are the credits of a teaser list, "DPA" / "AFP"
        //  under each teaser of a news portal's river, not the article's byline.)
        //  (Session 24: and not an author's label that credits a cited work, `creditsCitedWork`.)
        // (A "Name, Office" line inside the body names no writer, "Jane Doe, chair of the harbour board": a speaker's
        //  attribution or a caption, kept with the text.)
        if (!namesWriter(i)) {
          decisions[i] = { keep: { text: l.text, role: "body" } };
          continue;
        }
        if (!meta.author && !(l.list && !hasBylineOpener(l.text)) && !inNameList(i) && bodyBylines() < TEASER_BYLINES && !creditsCitedWork(i, b)) nameAuthor(b, bylineFrom("body-byline", i));
        decisions[i] = drop(l, "clean/byline", isPlaceholderAuthor(b) ? "byline without a writer's name" : `byline (${b})`);
        continue;
      }
      const original = repeatedFrom.get(i);
      if (original && !keptTexts.has(keyOf(i))) {
        // The first print of this line was outside the body (a standfirst shown twice): keep this one.
        Object.assign(l, original, { rule: null, reason: null });
      }
      if (i > proseEnd && i <= end && (l.cls !== "bad" || original || l.asText)) {
        // An entry of an article made of short lines: headings, repeats and fragments all belong to it.
        decisions[i] = { keep: { text: l.text, role: "body" } };
        continue;
      }
      // Session clean-2: a Markdown heading that is one link ("### [Product name](…)"), not a list entry, right over
      // a paragraph of the body is the article's subheading, as the same line is in a plain-text dump. Family:
      // linked section and product headings of guides, reviews and round-ups in Markdown dumps (a related-links box
      // prints its linked headings as list entries, "*   #### [Headline](…)", and still goes).
      if (l.rule === "clean/markdown-link" && l.asText && l.asText.cls !== "bad" && l.markHeading && !l.list && isHeadingLike(l) && i + 1 <= end && (lines[i + 1].cls === "good" || lines[i + 1].cls === "near")) {
        decisions[i] = { keep: { text: l.text, role: "heading" } };
        box = null;
        continue;
      }
      // Session clean-9: a linked cell of a table printed one cell per line (a ticker symbol, a team's name) is a cell
      // like the others. Family: quote and results tables in Markdown dumps, whose first column links each row.
      if (l.rule === "clean/markdown-link" && strictTable.has(i) && l.words <= TABLE_LINK_CELL_WORDS && !l.breaker) {
        decisions[i] = { keep: { text: l.text, role: "body" } };
        continue;
      }
      if (l.cls === "bad") {
        decisions[i] = drop(l, l.rule ?? "clean/boilerplate", l.reason ?? "boilerplate");
        if (l.breaker) box = l;
        continue;
      }
      const paragraph = (l.cls === "good" || l.cls === "near") && l.score > 0;
      // A box of teasers ("Trending news") runs until the article's next full paragraph: its
      // headlines read as near-prose, some even end with a stop.
      if (box && !(paragraph && (l.cls === "good" || box.rule !== "clean/read-more"))) {
        // Inside a box opened mid-article ("Most read", "Related"): its teaser lines go with it
        // until the article's next real paragraph.
        decisions[i] = drop(l, box.rule ?? "clean/boilerplate", `inside a box opened by "${box.text.slice(0, 40)}"`);
        continue;
      }
      box = null;
      if (l.cls === "good" || l.cls === "near") {
        decisions[i] = { keep: { text: l.text, role: "body" } };
        continue;
      }
      if (isShortSentence(l)) {
        decisions[i] = { keep: { text: l.text, role: "body" } };
        continue;
      }
      const next = lines[i + 1];
      // The last block kept before this line (a dropped caption in between does not matter).
      let prevRole: Block["role"] | null = "body";
      for (let j = i - 1; j >= start; j--) {
        const role = keptRole(j);
        if (role) {
          prevRole = role;
          break;
        }
      }
      if (
        isHeadingLike(l) &&
        next &&
        i + 1 <= end &&
        (next.cls === "good" || next.cls === "near" || datelines.has(i + 1)) &&
        (prevRole === "body" || prevRole === "title")
      ) {
        decisions[i] = { keep: { text: l.text, role: l.markHeading || !l.sentenceEnd ? "heading" : "body" } };
        continue;
      }
      const fragment = isBodyFragment(l);
      if (fragment || isShortCell(l) || tableCells.has(i)) {
        if (!fragment) shortKept.add(i);
        decisions[i] = { keep: { text: l.text, role: "body" } };
        continue;
      }
      decisions[i] = drop(l, "clean/short-fragment", "short line inside the body that is neither a sentence nor a subheading");
    }
  };
  cleanBody(start, end);
  const lede = title ? ledeUnderMetaRow(lines, title.index, start, (i) => datelines.has(i) || bylines.has(i), repeatedFrom) : -1;
  // (printed once: when the body prints the lede again and keeps that print, the body's print stays alone)
  const reprinted = lede >= 0 && lines.some((x, j) => j > lede && x.words === lines[lede].words && keyOf(j) === keyOf(lede) && !!decisions[j] && "keep" in decisions[j]!);
  if (lede >= 0 && !reprinted) decisions[lede] = { keep: { text: lines[lede].text, role: "body" } };

  // ---- further articles in the same dump ----------------------------------------------------------
  // A headline with its dateline below the body, followed by a body of its own, is another
  // article (multi-article dumps: archives, live pages). Comment threads are never searched.
  const stopAfter = scores.findIndex((sc, i) => i > end && sc <= -HARD_STOP_SCORE);
  const limit = stopAfter < 0 ? lines.length : stopAfter;
  // The dateline lookups first: they rule out nearly every line before the costlier headline test.
  const opensArticle = (i: number) =>
    (datelines.has(i + 1) || (bylines.has(i + 1) && datelines.has(i + 2))) && !decisions[i] && isAnotherHeadline(lines[i]);
  const further: { p: number; r: [number, number] }[] = [];
  for (let p = end + 1; p < limit - 1; p++) {
    if (!opensArticle(p)) continue;
    let q = p + 2;
    while (q < limit - 1 && !opensArticle(q)) q++;
    if (q >= limit - 1) q = limit;
    const r = bestRun(scores, p + 1, q - 1);
    if (!r || runScore(scores, r) < MIN_BODY_SCORE || r[0] - p > NEXT_ARTICLE_GAP) continue;
    // A real article opens with a paragraph and has more than one.
    let paragraphs = 0;
    for (let i = r[0]; i <= r[1]; i++) if (lines[i].cls === "good") paragraphs++;
    if (lines[r[0]].cls !== "good" || paragraphs < 2) continue;
    further.push({ p, r });
    p = r[1];
  }
  for (const { p, r } of timeline ? [] : further) {
    decisions[p] = { keep: { text: lines[p].text, role: "title" } };
    // The further article's own dateline and byline travel as metadata blocks (ISO date, author name).
    for (let i = p + 1; i < r[0]; i++) {
      const d = datelines.get(i);
      if (d) decisions[i] = { keep: { text: d.iso, role: "dateline" } };
      const b = bylines.get(i);
      if (b) decisions[i] = { keep: { text: b, role: "byline" } };
    }
    cleanBody(r[0], r[1]);
  }

  // ---- outside the body ----------------------------------------------------------------------------
  // Below the body, a section opened by a named boilerplate line (an author profile,
  // a donation appeal) lends its rule to the prose inside it, so the audit says why.
  let section: ClassifiedLine | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (i > end && lines[i].breaker) section = lines[i];
    if (decisions[i]) continue;
    const l = lines[i];
    const d = datelines.get(i);
    if (d) {
      // A date stated below the body ("Published on ...") still dates the page.
      // (Session 15t6: a dateline that says it is the publication day, "Erschienen am: 14.06.2022", "Published on …",
      //  up to AUTHOR_BELOW_LINES under it, past a share row or a print link. Family: the article's footer meta block
      //  of magazines and institutional sites.)
      // (Session 22: or a post meta row that names its writer with a byline word, "26. Dezember 2019 von jdoe", past a
      //  share row and a "like" widget. Family: the post footer of blog themes, date and author on one row.)
      // (Session 22 mend: that row only when it is no list item and every line between the body and it is a share
      //  button, a "like" widget or a page control: past a related-posts list or a comment thread, the row is a teaser's
      //  or a comment's, "March 2, 2020 by Jane Roe".)
      const pastControlsOnly = () => !l.list && lines.slice(end + 1, i).every(isPostFooterControl);
      // (Session clean-10: the photos and captions of a gallery under the article are not counted, as they are not by
      //  the body run's isolation test: inline caption rules had left a government page's "Stand …" stamp 10 lines
      //  under the body, past a gallery of six captions. Family: institutional pages closing with a picture gallery.)
      // (Session clean-mend, after review: only captions and image placeholders are not counted, not ads or embeds, and
      //  the date is at most AUTHOR_BELOW_LINES under the body in any case: past a long gallery it is a teaser's.)
      const gap = i - end - (i > end ? lines.slice(end + 1, i).filter((x) => x.cls === "bad" && x.rule !== null && GALLERY_RULES.has(x.rule)).length : 0);
      // (never an embedded post's signature, "— Jane Roe (@janeroe) November 2, 2023": the post's day, not the page's.
      //  Family: round-ups of social posts whose embeds run on under the body run, in every renderer.)
      if (i > end && !EMBED_SIGNATURE.test(l.text) && ((gap <= 8 && i - end <= AUTHOR_BELOW_LINES) || (i - end <= AUTHOR_BELOW_LINES && (PUBLISHED_LABEL.test(l.text) || (d.author && META_ROW_BYLINE.test(l.text) && pastControlsOnly()))))) notePublished(d, "footer-dateline-row");
      decisions[i] = drop(l, "clean/dateline", `dateline outside the body (${d.iso})`);
      continue;
    }
    if (l.cls === "bad") {
      decisions[i] = drop(l, l.rule ?? "clean/boilerplate", l.reason ?? "boilerplate");
      continue;
    }
    if (section && i > end) {
      decisions[i] = drop(l, section.rule ?? "clean/boilerplate", `inside the section opened by "${section.text.slice(0, 40)}"`);
    } else if (l.cls === "short") {
      decisions[i] = drop(l, "clean/navigation", i < start ? "short line above the body (menu, header)" : "short line below the body (links, footer)");
    } else {
      decisions[i] = drop(l, "clean/outside-body", i < start ? "text above the main body (teaser, banner)" : "text below the main body (teaser, comment, footer)");
    }
  }

  // ---- the headline once ------------------------------------------------------------------------------
  if (title) {
    const key = keyOf(title.index);
    const n = tokens[title.index].ofLower.length;
    for (let i = 0; i < lines.length; i++) {
      if (i === title.index || tokens[i].ofLower.length !== n) continue;
      if (keyOf(i) === key) {
        decisions[i] = drop(lines[i], "clean/title-repeat", "headline repeated (page title, social card)");
      }
    }
  }

  const blocks: Block[] = [];
  const removed: RemovedBlock[] = [];
  // A removed line right after a removed line is marked (RemovedBlock.follows): one contiguous removed block.
  for (const [i, d] of decisions.entries()) {
    if (!d) continue;
    if ("keep" in d) blocks.push(d.keep);
    else removed.push(i > 0 && decisions[i - 1] && "drop" in decisions[i - 1]! ? { ...d.drop, follows: true } : d.drop);
  }
  // Session 15t6, the post's meta sentence under the article ("This entry was posted on … by jdoe in News", "Dieser
  // Beitrag wurde am … von jdoe in News veröffentlicht", header.ts `parsePostMetaSentence`): in the body's last lines
  // or at most AUTHOR_BELOW_LINES under it. It dates the page when no dateline of the header or the body did. Family:
  // blog themes (WordPress and the like) in several languages. (Its author, a user name, was measured and left out:
  // fold A1 +0, A2 one author invented on a "no author" page.)
  for (let i = Math.max(start, end - POST_META_BODY_LINES); !meta.published && i < Math.min(lines.length, end + 1 + AUTHOR_BELOW_LINES); i++) {
    const day = parsePostMetaSentence(lines[i].text, dayFirst);
    if (day) {
      meta.published = day;
      meta.publishedFrom = "text";
    }
  }
  // Session 15t4, a date that opens a line of the header or the body's first lines and runs on into a lede or a meta
  // row: "31. Oktober 2023. Die Stadt …", "(18.01.2018) Der Landtag …", "27.1.2022 - Bei der …", "12.11.2021 red
  // Artikel: Drucken Teilen". Too many words for a dateline, but a line that opens with the day is the article's date
  // (the news agencies' lede dateline, a CMS meta row). Only when no other line dated the page; the line nearest the
  // body's head first (above it, then its first lines). Family: German and European news and institutional dumps.
  if (!meta.published && !meta.modified) {
    for (const i of nearBodyHeadOrder(start, zoneStart, Math.min(end, start + DATE_OPENED_BODY_LINES - 1))) {
      const d = dateOpeningLine(lines[i].text, dayFirst);
      if (d) {
        meta.published = d;
        meta.publishedFrom = "text";
        break;
      }
    }
  }
  // Session 15t8, the article's dateline far above the body: when a teaser list, a gallery or an author box outweighs
  // the article's first paragraphs, the body run starts more than HEADER_ZONE lines under the article's header, so
  // its dateline is never read. When nothing else dated the page, the dateline nearest the body at most
  // FAR_DATELINE_LINES above it dates the page if it says it is the publication day ("Veröffentlicht am 26. Oktober
  // 2023", "Posted on … by jdoe", PUBLISHED_LABEL), names a byline beside the date, or has an explicit byline on the
  // line above or below it ("Von Jane Doe" over "Di, 4. März 2025"); that byline is then the author when none was
  // found (the article's header block, which the body choice missed). Family: whole-page dumps of
  // magazines and blogs whose body choice fell on a later block. (Any dateline up there, labelled or not, was measured
  // too: fold A2 +2 wrong days and no right one, a teaser's or the masthead's date.)
  // (Session 26: when the dateline under a far headline dated the page, the explicit byline beside it names the writer
  //  as it does beside a far dateline below: "Headline" / "Von Jane Doe" / "Di, 4. März 2025".)
  if (farTitleDate >= 0 && !meta.author) {
    const byline = [farTitleDate - 1, farTitleDate + 1].find((j) => bylines.has(j) && hasBylineOpener(lines[j].text));
    if (byline !== undefined) nameAuthor(bylines.get(byline), bylineFrom("far-headline-byline", byline));
  }
  if (!meta.published && !meta.modified) {
    for (let i = zoneStart - 1; i >= Math.max(0, start - FAR_DATELINE_LINES); i--) {
      const d = datelines.get(i);
      if (!d || d.modified) continue;
      const byline = [i - 1, i + 1].find((j) => bylines.has(j) && hasBylineOpener(lines[j].text));
      // (an account beside the date, `Dateline.account`, is no writer up there: a tag's or a teaser's row, session 23 mend)
      const writer = d.account ? null : d.author;
      if (!(PUBLISHED_LABEL.test(lines[i].text) || writer || GESCHRIEBEN_LINE.test(lines[i].text) || byline !== undefined)) continue;
      meta.published = d.iso;
      meta.publishedFrom = "text";
      if (writer) nameAuthor(writer, "far-dateline-row");
      else if (byline !== undefined) nameAuthor(bylines.get(byline), bylineFrom("far-dateline-byline", byline));
      break;
    }
  }
  // Session 15t10, the page's "as of" line at its foot ("[Stand: 09.10.2017, 01:40 Uhr]", "Page last updated: 3 May
  // 2021", "Dernière mise à jour : …"): institutional and municipal pages print the day their content was last set
  // in the footer and no dateline at the head. When nothing else dated the page, a dateline among the dump's last
  // FOOT_DATE_LINES lines that opens with such a label (FOOT_DATE_LABEL) dates it. Family: government, municipal and
  // association pages whose CMS stamps the page, not an article.
  if (!meta.published && !meta.modified) {
    for (let i = lines.length - 1; i >= Math.max(end + 1, lines.length - FOOT_DATE_LINES); i--) {
      if (!FOOT_DATE_LABEL.test(lines[i].text)) continue;
      const d = datelines.get(i) ?? parseDateline(lines[i].text, dayFirst);
      if (d) {
        meta.published = d.iso;
        meta.publishedFrom = "text";
        break;
      }
    }
  }
  // A dump whose only dateline states an update ("Updated: 18 Nov 2019") is dated by it: the one day
  // the page shows readers, as on HTML pages (html/metadata.ts, "the page shows only its update").
  if (!meta.published && meta.modified) {
    meta.published = meta.modified;
    meta.publishedFrom = "text";
  }
  // The publisher and an author box, from the dump's masthead, appeal and footer lines.
  // An author box whose blurb describes an organisation names the publisher (and no author).
  meta.site ??= publisher() ?? (authorBox()?.organisation ? authorBox()!.name : null);
  // Session 15t3, the byline printed under the article ("Text: Jane Doe", "Written by Jane Doe" after the last
  // paragraph): an explicit byline line at most AUTHOR_BELOW_LINES below the body, when the header gave no author.
  // Family: magazines and blogs that credit the author at the end of the piece.
  if (!meta.author) {
    for (let i = end + 1; i < Math.min(lines.length, end + 1 + AUTHOR_BELOW_LINES); i++) {
      const b = bylines.get(i);
      if (b && (hasBylineOpener(lines[i].text) || isLoneBylineLabel(lines[i].text)) && !creditsCitedWork(i, b)) {
        nameAuthor(b, bylineFrom("byline-under-body", i));
        break;
      }
    }
  }
  // Session 25 (text round 14): a post's footer row far under the body, its poster line run into its tags ("Posted by
  // jdoe at 07:41 Tagged with: …", header.ts `postFooterByline`), within POST_FOOTER_LINES. Family: blog themes that
  // print the post's meta row under related links and rating widgets. (Session 25 mend: only the row that closes this
  // post, the one such row in reach; several rows are a related-posts or archive list's, and a row right under another
  // post's headline, a title-like line that does not hold the page's title, is that post's.)
  if (!meta.author) {
    const rows: number[] = [];
    for (let i = end + 1; i < Math.min(lines.length, end + 1 + POST_FOOTER_LINES); i++) if (postFooterByline(lines[i].text)) rows.push(i);
    const prev = rows.length === 1 ? lines[rows[0] - 1] : undefined;
    // (a headline's shape whatever its class: a related post's headline is often a teaser or a repeat of a list's link)
    const headlineShaped = prev !== undefined && !prev.list && prev.words >= 3 && prev.words <= TITLE_MAX_WORDS && !/[.!?:;,]$/.test(prev.text.trim()) && !isPostFooterControl(prev) && !datelines.has(prev.index);
    const underOtherHeadline = headlineShaped && !(meta.title && foldedTitle(prev.text).includes(foldedTitle(meta.title)));
    if (rows.length === 1 && !underOtherHeadline) nameAuthor(postFooterByline(lines[rows[0]].text), "post-footer-row");
  }
  // Session 25: a post footer's author badge under the body, the name and its role word on one line ("Jane Doe Author",
  // header.ts `nameBeforeAuthorRole`), within AUTHOR_BELOW_LINES. Family: blog and association site themes. (Session 25
  // mend: only under the post's tag or category row, at most BADGE_UNDER_TAG_LINES above, `isTagOrCategoryRow`, as the
  // theme prints it, and not beside a record box's field: a book tip, a quote box or a list of writers has no such row.)
  for (let i = end + 1; !meta.author && i < Math.min(lines.length, end + 1 + AUTHOR_BELOW_LINES); i++) {
    if (lines[i].list || !lines.slice(Math.max(end + 1, i - BADGE_UNDER_TAG_LINES), i).some((n) => isTagOrCategoryRow(n.text))) continue;
    if ([lines[i - 1], lines[i + 1]].some((n) => n && isRecordFieldOrLabel(n.text))) continue;
    nameAuthor(nameBeforeAuthorRole(lines[i].text), "author-badge");
  }
  // Session 25 (text round 14): a footer meta block printed one label per line, closed by the name ("Published" /
  // date / "Last updated" / date / "Jane Doe"): a bare date under a publication or update date's label (session 25
  // mend: `isDateFieldLabel`, not any short line: a comment's "Reply", an event's "Date" or a teaser card's kicker over
  // a date is none), and a person's name (`isPersonName`) right under the date, then no prose. Family: trade-press and
  // regional news footers that print their meta fields as label/value lines.
  for (let k = end + 2; !meta.author && k + 1 < Math.min(lines.length, end + 1 + AUTHOR_BELOW_LINES); k++) {
    const label = lines[k - 1];
    const name = lines[k + 1];
    if (!datelines.has(k) || lines[k].words > 4 || datelines.has(k - 1) || bylines.has(k - 1) || !isDateFieldLabel(label.text)) continue;
    if (datelines.has(k + 1) || name.words < 2 || name.words > 4 || !isPersonName(name.text)) continue;
    if ((lines[k + 2]?.words ?? 0) > 6) continue;
    nameAuthor(name.text.trim(), "footer-meta-block");
  }
  // Session 26, a link to the writer's page beside the headline (Markdown dumps: `[Jane Doe](/author/jane-doe/)`,
  // header.ts `writerPageLinkNames`): on the line right above the headline or within WRITER_LINK_UNDER_TITLE lines under
  // it, and only when that stretch links one writer (a list of writers' links is an index or a related-posts box).
  // Family: bylines and meta rows whose byline word is an icon, a photo or nothing, in any language; the address says
  // whose page it is. Past that stretch (sidebars, teaser cards, comment rows) a writer's link names another piece.
  if (!meta.author && title) {
    const linkedNames = new Set<string>();
    for (let j = Math.max(0, title.index - 1); j <= Math.min(lines.length - 1, title.index + WRITER_LINK_UNDER_TITLE); j++) {
      if (j !== title.index) for (const n of writerPageLinkNames(lines[j].linked)) linkedNames.add(n);
    }
    // (session 27: a link whose title attribute names its text as the writer of an archive, "[Jane Doe](… "Posts by Jane
    //  Doe")", header.ts POSTS_BY_TITLE, is read further down, to the body run's first line and at most
    //  WRITER_TITLED_LINK_LINES under the headline: a photo, its caption, a share row or a teaser box often stands
    //  between the headline and such a byline. Under the body it is an author box, a related post's or a comment's.)
    if (linkedNames.size === 0) {
      for (let j = title.index + WRITER_LINK_UNDER_TITLE + 1; j < Math.min(start, lines.length, title.index + WRITER_TITLED_LINK_LINES + 1); j++) {
        for (const n of writerPageLinkNames(lines[j].linked, true)) linkedNames.add(n);
      }
    }
    const named = linkedNames.size === 1 ? [...linkedNames][0] : null;
    if (named && !isHouseAccount(named, lines, title.index, meta.site ?? null)) nameAuthor(named, "writer-link");
  }
  // an author box's archive link under the body (header.ts `archiveBoxName`: "About Jane Doe 42 Articles",
  // "View all posts by Jane Doe", "About the author" / "View all posts" / "Jane Doe"), at most ARCHIVE_BOX_LINES under the body and
  // not in a comment section. Family: author boxes of magazine, company-blog and news themes with no byline word.
  for (let i = end + 1; !meta.author && i < Math.min(lines.length, end + 1 + ARCHIVE_BOX_LINES); i++) {
    if (lines[i].rule === "clean/comments" || isCommentSectionHeading(lines[i].text)) break;
    if (!lines[i].text) continue;
    // (the lines with words around it, ARCHIVE_LIST_REACH either side, for the list test; a blank line or two between
    //  neighbours is passed over, a photo between the box's name and its link prints no text, a wider gap is not)
    const around = (step: number): string[] => {
      const texts: string[] = [];
      for (let k = i + step, last = i; k >= 0 && k < lines.length && texts.length < ARCHIVE_LIST_REACH; k += step) {
        if (!lines[k].text) continue;
        if (Math.abs(k - last) > 2) break;
        texts.push(lines[k].text);
        last = k;
      }
      return texts;
    };
    const above = around(-1).reverse();
    const named = archiveBoxName([...above, lines[i].text, ...around(1)], above.length);
    if (named && !isHouseAccount(named, lines, title?.index ?? 0, meta.site ?? null)) nameAuthor(named, "archive-box");
  }
  nameAuthor(deskOfHeader, "desk-label");
  if (!meta.author) {
    const box = authorBox();
    nameAuthor(box && !box.organisation ? box.name : null, "author-box");
  }
  // Session 15t9: an author box under its label ("About the author" / "Jane Doe (37) is …", text/publisher.ts).
  if (!meta.author) nameAuthor(labelledAuthorOfDump(dumpLines()), "labelled-author-box");
  // Session 23: a Chinese or Japanese editor's or writer's label and name on a line of their own ("责任编辑：王小明",
  // "【编辑：李华】", "編集：山田太郎"), anywhere in the dump (text/publisher.ts `caselessBylineOfDump`).
  if (!meta.author) nameAuthor(caselessBylineOfDump(dumpLines()), "editor-label");
  // (the outlet's name run into the writer's, printed whole in the masthead above the headline: header.ts
  //  `withoutMastheadTail`)
  if (meta.author && title) meta.author = withoutMastheadTail(meta.author, lines.slice(0, title.index).map((l) => l.text), meta.site);
  meta.author ??= null;
  return { blocks, removed, meta };
}


