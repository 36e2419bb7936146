/**
 * Page metadata read before the DOM is pruned: JSON-LD first (the publisher's
 * own structured statement), then <meta> tags (OpenGraph, Dublin Core, CMS
 * conventions), then the DOM (<time datetime>, <html lang>). Published and
 * modified dates are kept apart; a published date after the crawl is rejected.
 */
import type { AnyNode, Element } from "domhandler";
import type { PageMeta, Provenance } from "../../types.ts";
import { decodeEntities } from "../../load/entities.ts";
import { normaliseMetaDate, isAfterCrawl, isoToEpoch, isPublishedMetaName, endsRange, selfTeaserTexts, PUBLISHED_ON_LABEL } from "./dates.ts";
import { findPublished, monthNumber } from "../published.ts";
import { endsWithPlaceOrOrgHead, isGivenNameWord, isPersonName, nameBeforeJobTitle } from "../text/person.ts";
import { isRecordField } from "../text/header.ts";
import { COUNTRY_OR_STATE_SET, isListedPlace } from "../../entities/lexicon.ts";
import { organisationInitials } from "../../common/initials.ts";
import { padDigits } from "../../common/calendar.ts";
import { labelsBeforeSuffix, registrableHost, urlHost } from "../../common/url.ts";
// Whitespace collapsed and trimmed, and invisible soft hyphens, zero-width spaces, word joiners and BOMs dropped,
// as in the page text: a value that is already clean (most URLs, dates, names) comes back as it is.
import { squash } from "./blocks.ts";
import { NEVER_TEXT_TAGS } from "./dom.ts";
import { withoutGluedInterface } from "./glued-interface.ts";
import { CJK_LABEL_TAIL, COMMENTER_SAYS, HANDLE_PAGE_HREF, OUTLET_END_WORDS, PLACE_NAME_HEADS, PLACE_NAME_LEADS, TRADE_WORDS, WIRE_AGENCY_CODES, WRITER_PAGE_HREF, WRITERS_HEADING, WRITERS_HEADING_BARE } from "./byline-lexicon.ts";
import {
  AUTHOR_HINT, AUTHOR_HINT_NOT, NON_LATIN_DESKS, WEAK_AUTHOR_TOKEN, BYLINE_OPENER, DATE_HINT, ELSEWHERE_TAGS, ELSEWHERE_TOKEN, SITE_CHROME_TOKEN, STORY_LIST_TOKEN, STORY_BOX_TOKEN, LAYOUT_TOKEN, SITE_FOOTER_TAG, JUNK_AUTHORS, INTERFACE_WORDS, MODIFIED_HINT,
  SCRIPT_DATE_KEYS, SITE_TITLE_WORDS, REGION_UTC_OFFSET, GENERIC_CCTLDS, DATE_LABEL, DATE_LABEL_REACH, WRITTEN_BY_LABEL, SCRIPT_AUTHOR_RE,
  HIDDEN_CLASS, HIDDEN_STYLE, COPYRIGHT_HOLDER, UPDATE_LABEL_WORDS, VENDOR_AUTHOR_META, VENDOR_AUTHOR_META_NOT,
  CASELESS_ORG_WORD, NAME_HONORIFICS, MORE_NAME_PARTICLES_SOURCE, POST_NAV_TOKEN,
} from "./meta-lexicon.ts";
import {
  AGENCY_CODE, AGENCY_NAMES, AUTHOR_PAGE_HREF, CATEGORY_PAGE_HREF, EMAIL_SOURCE, POSTER_BY, POSTER_VERBS, MORE_BYLINE_WORDS, AUTHOR_SOURCE_TRUST, CJK_BYLINE_LABELS, COMMENT_TOKEN, CONTACT_AFTER, CONTACT_BEFORE, CONTACT_BLOCK_BEFORE, WRITER_CONTACT_BEFORE, CONTACT_LABEL_LEAD, COPYRIGHT_CLAUSE, COUNTRY_NAMES, ROLE_CREDIT_CLAUSE, TEXT_AND_PHOTOS,
  NOT_BYLINE_BOX, REVIEW_LIST_BOX, NOT_BYLINE_TAGS, ORGANISATION_WORDS, ORGANISATION_WORD_END, LEADING_ARTICLE, WEEKDAYS, WEEKDAY_SHORT_FORMS, JOB_TITLE_NOUNS,
  MORE_JOB_TITLE_NOUNS, NAME_TAILS, DESK_AFTER_NAME, WRITER_AFTER_OTHER_ROLE, SECTION_NAMES, CATEGORY_LABELS, PIECE_KIND_LEAD, OTHER_ITEM_TYPES, PAGE_REGION_ITEM_TYPES, CASELESS_BYLINES, ROLE_WORDS, STATEMENT_ROLE_NOUNS,
  DESK_WORDS, FROM_OUTLET, SITE_DESK_TAIL, WRITER_ROLE_LEAD, DATELINE_PART, OTHER_CREDIT_AFTER, INTERVIEWED, DATE_LABEL_WORDS, DATE_PREPOSITIONS, NAME_PARTICLES_SOURCE,
  NOT_BYLINE_FIRST_WORDS, OFFICE_FIRST_WORDS, OFFICE_QUALIFIERS, CORPORATE_TAIL, WITH_CREDIT_WORDS,
} from "./byline-lexicon.ts";

/** schema.org types whose datePublished/author describe the article itself. */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
  "backgroundnewsarticle", "reviewnewsarticle", "livebligposting", "liveblogposting", "report", "scholarlyarticle",
  "techarticle", "socialmediaposting", "posting", "review", "medicalwebpage",
]);

/** <meta> names (name= or property= or itemprop=, lower-cased) per field, best first. */
const META_PUBLISHED = [
  "article:published_time", "schema:datepublished", "schema:datecreated", "dc:date", "dcterms:created", "dcterms:issued", "dc:created", "og:article:published_time", "datepublished", "article.published", "published_time",
  "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created",
  "dcterms.issued", "sailthru.date", "parsely-pub-date", "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime",
];
const META_MODIFIED = ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified", "article.updated", "modified_time"];
const META_AUTHOR = ["author", "article:author", "dc.creator", "dcterms.creator", "byl", "parsely-author", "sailthru.author", "cxenseparse:author"];
const META_TITLE = ["og:title", "twitter:title", "dc.title", "headline"];
const META_SITE = ["og:site_name", "application-name", "apple-mobile-web-app-title", "publisher"];

/**
 * A job title printed after the name in bylines and author boxes, across news sites and languages: an
 * optional rank or beat ("Senior", "Staff", "Contributing", "Political"…) and the title ("Writer",
 * "Reporter", "Correspondent", "Redakteurin", "Journaliste", "Periodista"…). A whole part that is a
 * title is dropped by NOT_A_NAME; this one cuts it off the name after a dash, slash or in brackets.
 */
const JOB_RANKS = "(?:senior|junior|chief|staff|contributing|freelance|special|guest|political|deputy|associate|managing|executive|science|sports?|business|foreign|national|local|news|travel|health|tech(?:nology)?|investigative|freie[rn]?|leitende[rn]?|stellvertretende[rn]?)";
const JOB_NAMES = `(?:${JOB_TITLE_NOUNS}|${MORE_JOB_TITLE_NOUNS})s?\\b`;
const JOB_TITLE = `(?:${JOB_RANKS}\\s+)*${JOB_NAMES}`;
/** A job title and nothing else ('Contributing Writer', 'Redakteurin'). */
const WHOLE_JOB_TITLE = new RegExp(`^${JOB_TITLE}$`, "i");

/**
 * A job title on the line under the name ("Ann Lee\nStaff Writer"): cut off like one after a dash.
 * Linear on any input (safety audit): the match starts only where a run of white space starts
 * (`(?<!\s)`), takes the blanks before the run's first line break, that break, then the rest of
 * the run, so a long run of blanks or breaks is read once, not once per position and split
 * (the former `\s*[\r\n]+\s*` was cubic on 10,000 line breaks); the same runs match as before.
 * At most four ranks before the title: with any number, "\nsenior" repeated was quadratic.
 */
const LINE_BEFORE_JOB_TITLE = new RegExp(`(?<!\\s)[^\\S\\r\\n]*[\\r\\n]\\s*(?=(?:${JOB_RANKS}\\s+){0,4}${JOB_NAMES})`, "gi");

/**
 * An e-mail address. The lookbehind (after `\b`, so it is tried only at word starts) lets the match
 * start only at the first word character of a run of address characters, where the plain
 * `\b[\w.+-]+@` would start too: the same matches, but a long run with no "@" after it
 * ("1.1.1.1…", "a.b.c…") is read once instead of once per position (quadratic; safety audit).
 */
const EMAIL = new RegExp(EMAIL_SOURCE);
/**
 * Junk that shows up in author fields instead of a person's name. Each rule replaces its match with a
 * blank, so after a few rules the string can hold long runs of blanks (", PhD" repeated): a rule that
 * opens on white space starts only where a run starts (`(?<!\s)`, the place its leftmost match starts
 * anyway), or each run is read once per position (quadratic; safety audit).
 */
const AUTHOR_JUNK: { re: RegExp; why: string }[] = [
  // contact details glued to the name in bylines and author tags, across CMSs (before the handle rule: "ann.lee@example.com" is no handle)
  { re: new RegExp(`(?:\\b(?:e-?mail|mail|contact)\\s*:?\\s*)?${EMAIL.source}`, "gi"), why: "e-mail address after the name ('Ann Lee ann.lee@example.com', 'Ann Lee, E-Mail: …')" },
  { re: /\b(?:twitter|x|instagram|mastodon|threads|bluesky|tiktok)\s*:\s*(?=@)|(?<!\s)\s*\bon\s+(?:twitter|x)\b/gi, why: "a social network's label before a handle ('Ann Lee Twitter: @annlee', 'Ann Lee on Twitter')" },
  { re: /@\w+/g, why: "social handle (before the empty-bracket rule: 'Ann Lee (@annlee)')" },
  { re: /https?:\/\/[^\s)\]]+|www\.[^\s)\]]+/gi, why: "profile URL in article:author (not the bracket around it: 'Ann Lee (http://…)')" },
  { re: /^\s*(?:über\s+(?:mich|uns|den\s+autor|die\s+autorin)|about\s+(?:me|us|the\s+author)|à\s+propos(?:\s+de\s+l['’]auteur)?|sobre\s+(?:mí|mim|el\s+autor|o\s+autor)|chi\s+sono|o\s+mnie|over\s+mij)\s*:?\s+(?=\p{Lu})/iu, why: "an about-me box's heading read with the name ('Über mich Ann Lee', 'About the author: Ann Lee')" },
  { re: /^\s*(?:by|von|por|oleh|par|de|от|автор|του|της)\s*:?\s+(?=\S)/i, why: "byline prefix (Greek bylines open with the genitive article: 'Του Νίκου Παπαδάκη')" },
  { re: /(?<!\s)\s*(?:and|&|\+)\s*\d+\s+others?\b.*/i, why: "'and 3 others' from share widgets" },
  { re: new RegExp(String.raw`(?<!\s)(?:\s+(?:${DATE_PREPOSITIONS}))?\s*\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b.*|(?:^|\s)(?:last\s+)?(?:${DATE_LABEL_WORDS})(?=\s|:|$)(?!\s+(?:by|von|par|por|door|av|af|di|da)\b).*`, "i"), why: "date glued after the name, with its preposition ('Ann Lee am 29.12.2010'), or a date label, its colon too ('Veröffentlicht am …', 'Ann Lee Updated: 12:30'; not the opener of 'Posted by Ann Lee')" },
  { re: new RegExp(`(?<!\\s)\\s+[-–—/]\\s+${JOB_TITLE}.*$|(?<!\\s)\\s*\\(${JOB_TITLE}\\)`, "i"), why: "job title after a dash, slash or in brackets ('Ann Lee – Staff Writer', 'Ann Lee (Redakteurin)')" },
  { re: /\(\s*\)|\[\s*\]/g, why: "brackets left empty by a removed profile URL ('Ann Lee (http://…)')" },
  { re: /(?<!\s)\s*[|•·]\s*.*$/, why: "'Name | Site' suffix" },
  { re: /^.*?\b(?:all posts|alle beiträge|tous les articles|todos los artículos|más artículos|mehr artikel|more posts|articles?|posts|beiträge)\s+(?:by|von|de|par|di|door)\s+/i, why: "'View all posts by X' author-box links" },
  { re: new RegExp(`^(?:(?:alles|alle artikel|all|published|mehr|more|story|reporting|reported|compiled|words|text|${WRITER_ROLE_LEAD}\\s+(?:and|&|\\+)\\s+\\S+|${POSTER_VERBS}|${PIECE_KIND_LEAD})\\s+)(?:by|von|par|por|door)\\s+`, "i"), why: "'All by Ann Lee', 'Posted by Ann Lee', 'Published by Ann Lee', the writer's credit ('Reporting by Ann Lee', 'Compiled by Ann Lee'), combined with another role ('Story and photos by Ann Lee', WRITER_ROLE_LEAD), the piece's kind before it ('Ein Kommentar von Ann Lee', 'A guest post by Ann Lee')" },
  { re: /,\s*(?:ph\.?d|m\.?d|mph|msc|m\.?sc|ma|ba|bsc|rd|rdn|rn|cpt|mba|ll\.?m|jd|dr\.? med)\.?(?=\s*(?:,|$))/gi, why: "degree after the name ('Ann Lee, PhD')" },
  { re: /(?<!\s)\s+(?:am|on|le|el|il|op|den)\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so)(?=\s*[,.]))\b.*$/i, why: "weekday glued after the name ('Ann Lee am Samstag'), also abbreviated before its date ('Submitted by Ann Lee on Mon, 03/02/2020')" },
];

export interface HtmlMetadata extends PageMeta {
  /** Canonical URL of the page (link rel=canonical, og:url, JSON-LD url). */
  canonical?: string | null;
  /** The publisher's description (og:description); used to check the first paragraph. */
  description?: string | null;
  /** Where the author came from (json-ld, meta, twitter-label, microdata, byline, script, text), for diagnostics. */
  authorFrom?: string;
  /** Why the author the sources gave was dropped (corroborate()), for diagnostics. */
  authorRejected?: string;
  /**
   * Whether a name another reader of the page found (the cleaner's removed byline, a signature under the article) passes
   * the checks an author from this page's metadata passes: not the publisher, not the name the metadata dropped, backed
   * as its source's trust asks (corroborate), not printed only in byline elements set aside (site chrome, other items).
   */
  acceptAuthor?: (name: string, from: string) => boolean;
  /** The page's <title> as written (site name and all): a headline printed only in an <h2> is checked against it. */
  titleTag?: string | null;
  /**
   * A one-person site's owner (its footer's copyright line, its header's tagline) when no source names an author: the
   * cleaner takes it last, after its removed byline and a signature under the post (copyright-owner, tagline-owner).
   */
  ownerAuthor?: { name: string; from: string } | null;
}

type Json = unknown;

function asArray<T>(v: T | T[] | undefined | null): T[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function typesOf(o: Record<string, Json>): string[] {
  return asArray(o["@type"] as string | string[]).filter((t) => typeof t === "string").map((t) => t.toLowerCase());
}

/** All objects of a JSON-LD value (arrays, @graph, nested mainEntity). */
function flattenLd(v: Json, out: Record<string, Json>[] = [], depth = 0): Record<string, Json>[] {
  if (depth > 4 || v === null || typeof v !== "object") return out;
  if (Array.isArray(v)) {
    for (const x of v) flattenLd(x, out, depth + 1);
    return out;
  }
  const o = v as Record<string, Json>;
  out.push(o);
  if (o["@graph"]) flattenLd(o["@graph"], out, depth + 1);
  if (o.mainEntity && typeof o.mainEntity === "object") flattenLd(o.mainEntity, out, depth + 1);
  return out;
}

function parseLd(raw: string): Json {
  // Saved or templated pages wrap the block in a CDATA section ("//<![CDATA[ … //]]>") or an HTML comment.
  const text = raw.replace(/^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/, "").replace(/(?:\/\/\s*)?(?:\]\]>|-->)\s*$/, "");
  try {
    return JSON.parse(text);
  } catch {
    // CMS templates often leave raw newlines/tabs inside strings or a trailing comma.
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, " ").replace(/,\s*([}\]])/g, "$1"));
    } catch {
      return null;
    }
  }
}

/**
 * Names in a JSON-LD author/publisher value: strings, {name}, or {"@id"}
 * references to a node elsewhere in the @graph (Yoast-style WordPress graphs).
 */
/**
 * A JSON-LD node object with its reference resolved: {"@id": …} points at the node of that id elsewhere in the @graph
 * (Yoast-style WordPress graphs), whose fields the reference's own ones override. Null for a string or a list.
 */
function ldNode(x: Json, byId?: Map<string, Record<string, Json>>): Record<string, Json> | null {
  if (!x || typeof x !== "object" || Array.isArray(x)) return null;
  const o = x as Record<string, Json>;
  const target = typeof o["@id"] === "string" ? byId?.get(o["@id"]) : undefined;
  return target && target !== o ? { ...target, ...o } : o;
}

function nameOf(v: Json, byId?: Map<string, Record<string, Json>>, depth = 0): string[] {
  return asArray(v as Json[]).flatMap((x) => {
    if (typeof x === "string") return [decodeEntities(x)];
    if (x && typeof x === "object" && depth < 3) {
      // an ordered list of authors ({"@list": [...]}, JSON-LD's list form)
      if (Array.isArray((x as Record<string, Json>)["@list"])) return nameOf((x as Record<string, Json>)["@list"], byId, depth + 1);
      const o = ldNode(x, byId) ?? (x as Record<string, Json>);
      const n = o.name;
      if (typeof n === "string") return [decodeEntities(n)];
      // a language-tagged value ({"@value": "Ann Lee", "@language": "de"}) or a list of them
      if (n && typeof n === "object") return nameOf(Array.isArray(n) ? n.slice(0, 1) : (n as Record<string, Json>)["@value"], byId, depth + 1);
      // a Person given by its parts only (schema.org givenName / familyName, no name)
      if (typeof o.givenName === "string" && typeof o.familyName === "string") return [decodeEntities(`${o.givenName} ${o.familyName}`)];
    }
    return [];
  });
}

/** schema.org types of an organisation (an author value of one of these is no person). */
const ORGANISATION_TYPES: ReadonlySet<string> = new Set([
  "organization", "newsmediaorganization", "corporation", "ngo", "governmentorganization", "educationalorganization", "localbusiness",
  "newsagency", "mediaorganization", "onlinebusiness", "brand",
]);
/** Whether a JSON-LD node is typed, and only, as an organisation. */
function isLdOrganisation(o: Record<string, Json>): boolean {
  const types = typesOf(o);
  return types.length > 0 && types.every((t) => ORGANISATION_TYPES.has(t));
}
/** Whether every author object of a JSON-LD value is typed Person. */
function ldPersonOnly(v: Json | undefined, byId: Map<string, Record<string, Json>>): boolean {
  const items = asArray(v as Json[]).map((x) => ldNode(x, byId));
  return items.length > 0 && items.every((o) => !!o && typesOf(o).includes("person"));
}
/** Whether every author object of a JSON-LD value is typed as an organisation (strings and untyped objects are not). */
function ldOrgOnly(v: Json | undefined, byId: Map<string, Record<string, Json>>): boolean {
  const items = asArray(v as Json[]).map((x) => ldNode(x, byId));
  return items.length > 0 && items.every((o) => !!o && isLdOrganisation(o));
}


/** Entities CMSs leave escaped inside JSON-LD strings ("&#8216;", "&amp;", "&Scaron;"): decoded like feed text. */
export { decodeEntities };

/** A role label before a name, in each part of a credit line ("Interview: Ann Lee, Fotos: Bo Ek"). */
const ROLE_LABEL = new RegExp(String.raw`^\s*(?:interview|text|texte|fotos?|photos?|bilder?|illustrations?|words|reporting|story|gastbeitrag|kommentar|analyse|analysis|opinion|meinung|ein kommentar von|eine analyse von|gastautor(?:[*:_]?in)?|autor(?:[*:_]?in)?|author|guest author|verfasser(?:[*:_]?in)?|auteur|autore|${MORE_BYLINE_WORDS}|yazar)\s*:\s*`, "i");

/**
 * A picture agency after a name, after a slash or a dash or in brackets ("Ann Lee/Getty Images", "Ann Lee / AP Photo", "Ann
 * Lee (Shutterstock)", "Ann Lee/picture alliance"): the credit line of a photo that themes print in a byline or author
 * box. Family: caption credits of news and magazine sites, in the agencies' own spelling. Not Keystone-SDA / ATS (a text
 * news agency too), nor "(EPA)" in brackets (as often a public agency the writer works for). Read per name of a credit line
 * (withoutPhotoCredits).
 */
const PHOTO_AGENCY_CREDIT = /(?:\/|\s[-–—|]\s|\()\s*(?:getty(?:\s*images)?|shutterstock|istock(?:photo)?|alamy|ap\s+photo|afp\s+photo|reuters\s+(?:photo|pictures)|(?<!\(\s*)epa(?:-efe)?|picture[\s-]alliance|imago(?:\s+images)?|dpa[\s-](?:bildfunk|picture)|unsplash|pixabay|pexels|adobe\s*stock|dreamstime|depositphotos|keystone(?![-\s]?(?:sda|ats)\b)|xinhua\s+photo)\b/i;
/**
 * A sponsor's label in the author slot ("Presented by Example Supplies", "Sponsored by …", "Paid for by …", "In partnership
 * with …", "Brought to you by …", "Präsentiert von …", "Anzeige"): advertorials' credit rows that themes mark up as the
 * byline. Family: sponsored posts of news and magazine sites (JUNK_AUTHORS holds the bare labels).
 */
const SPONSOR_LABEL = /^\s*(?:(?:presented|sponsored|paid\s+for|brought\s+to\s+you|powered|supported|funded)\s+by|in\s+(?:partnership|association|collaboration)\s+with|(?:präsentiert|gesponsert|unterstützt)\s+von|in\s+zusammenarbeit\s+mit|(?:présenté|sponsorisé)\s+par|en\s+partenariat\s+avec|(?:presentado|patrocinado)\s+por|en\s+colaboración\s+con)\s/i;
/**
 * An author field that opens on a photo, illustration or video credit ("Fotos: Ann Lee", "Photo by Ann Lee", "Bild von Ann
 * Lee", "Illustration: Ann Lee"): the photographer's credit row, not the byline, unless a text role is named too
 * (TEXT_ROLE: "Text und Fotos: …", "Text: Ann Lee, Fotos: Bo Ek"). Family: credit rows under lead images that themes
 * mark up with byline or author classes.
 */
const PHOTO_CREDIT_ONLY = /^\s*(?:(?:header|cover|lead|title|titel)[\s-]?)?(?:fotos?|photos?|photograph(?:y|ie)?|fotografie|bilder?|images?|illustrations?|grafik|graphics?|videos?|kamera|camera)\s*(?::|(?:by|von|par|por|de|di)\s)/i;
/**
 * A byline part closed by a picture role in brackets ("Bo Ek (Fotos)", "(Photo)", "(Bild)", "(Illustration)", "(Grafik)",
 * "(Video)"): the contributor of the pictures. Family: German, Scandinavian and Dutch bylines that give each contributor's
 * role in brackets after the name.
 */
const PHOTO_ROLE_IN_BRACKETS = /\(\s*(?:fotos?|photos?|photographs?|bilder?|bild|fotografie|photography|foto\s*\/\s*video|illustrations?|illustratie|grafik|graphics?|videos?)\s*\)$/i;
/**
 * The part of those roles that make a story of their own ("(Video)", "(Grafik)", "(Graphics)"): a video reporter or a
 * graphics desk credited alone is the story's maker, so such a part is skipped only beside a writer's part.
 */
const STORY_MAKER_ROLE_IN_BRACKETS = /\(\s*(?:foto\s*\/\s*video|grafik|graphics?|videos?)\s*\)$/i;
/**
 * The writer's roles in brackets, the text's and the pictures', in either order ("(Text und Fotos)", "(text & photos)",
 * "(Fotos und Text)"), closing the field or a part before a co-author ("Ann Lee (Text und Fotos) und Bo Ek (Text)").
 */
const TEXT_AND_PICTURES_IN_BRACKETS = / ?\(\s*(?:(?:text|texte|texto|testo|words)\s*(?:und|and|et|y|e|&|\+|,|\/)\s*(?:fotos?|photos?|bilder?|images?|immagini)|(?:fotos?|photos?|bilder?|images?|immagini)\s*(?:und|and|et|y|e|&|\+|,|\/)\s*(?:text|texte|texto|testo|words))\s*\)(?=\s*(?:$|[,;]|(?:und|and|et|y|e|&)\s))/i;
const TEXT_ROLE = /\b(?:text|texte|words|story|reporting|interview|autor(?:in)?|author)\b\s*(?::|by\s|von\s|par\s|und|and|et|&|\+|\/|,)/i;

/**
 * A credit part that ends in a job title ("AP Auto Writer", "Senior Editor"): NOT_A_NAME's "job title after the name", and
 * after the first name of a byline, that name's title rather than a co-author.
 */
const JOB_TITLE_END = /\b(?:writer|correspondent|editor|reporter|contributor|columnist|reports?)$/i;

/** Parts of an author field that are an affiliation or a job title, not a name. */
const NOT_A_NAME: { re: RegExp; why: string; whole?: boolean }[] = [
  { re: new RegExp(`^(?:${ROLE_WORDS})$`, "i"), why: "a role word left alone ('Text und Fotos: Ann Lee')" },
  { re: WHOLE_JOB_TITLE, why: "a job title as its own part ('Ann Lee, Gastautorin')" },
  { re: JOB_TITLE_END, why: "job title after the name ('AP Auto Writer')" },
  {
    re: /\b(?:senior|junior|chief|staff|technologist|director|manager|analyst|professor|fellow|officer|president|head of|redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?|chefredakteur(?:in)?)\b/i,
    why: "a job title as its own part of a credit line ('Ann Lee, Senior Staff Technologist')",
  },
  {
    // ("head of" is the entry above's)
    re: new RegExp(`^(?:${STATEMENT_ROLE_NOUNS})\\s`, "i"),
    why: "a signed statement's role with its field as its own part ('Ann Lee, Leiterin Kommunikation', 'Ann Lee, Referentin für Umweltpolitik')",
  },
  { re: /\w\.(?:com|org|net|co|uk|de|txt|html?)\b|\w\.[a-z]{2,6}$/i, why: "a domain or file name ('Example.com', 'Example.it', 'humans.txt')", whole: true },
  {
    re: /^(?:photos?|fotos?|фото|bild|bilder|image|imagem|imagen|crédit|credit|quelle|source|fuente|press(?:e)?[-\s]?(?:release|mitteilung|information|info)|medienmitteilung|communiqué|comunicado|comunicato)(?=[\s:.,]|$)/iu,
    why: "a photo credit, source line or press-release label in the byline row ('Photo: Ann Lee', 'Foto aus Instagram von …', 'Pressemitteilung der Stadtwerke …': a kind of piece, not a writer)",
  },
  { re: /^(?:admin|administrator|webmaster|redaktion|redação|redaksi|rédaction|guest|user|editorial staff)$|admin$/i, why: "CMS account names" },
  { re: /©|\bcopyright\b/i, why: "a copyright notice in the byline row ('© Example Images/Contributor')", whole: true },
  { re: SECTION_NAMES, why: "a news section's name in the author slot ('Internacional', 'Politik'; SECTION_NAMES)", whole: true },
  { re: CATEGORY_LABELS, why: "a category or a piece's kind in the author slot ('Uncategorized', 'Analysis'; CATEGORY_LABELS)", whole: true },
  {
    re: /\b(?:GmbH|AG|KG|e\.\s?V\.?|Inc|Ltd|LLC|S\.A|SAS|Verband|Bundesverband|Stiftung|Redaktion|Abteilung|Verlag|Agentur|Verein|Association|Institut|Ministerium|Deutschland|Media|Magazin|Magazine|Online|News|Zeitung)\b|-Redaktion\b/,
    why: "an organisation, publisher or desk, not a person ('Example Media GmbH', 'Example Verband e.V.')",
    whole: true,
  },
];

/** A weekday or a (full) month name alone: the byline row's date (WEEKDAYS, published.ts MONTHS), not a person. */
function isDateWord(p: string): boolean {
  const w = p.toLowerCase().replace(/[.,]$/, "");
  return !w.includes(" ") && (WEEKDAYS.has(w) || (w.length >= 4 && monthNumber(w) !== undefined));
}

/** Scripts without letter case (CJK, Arabic, Hebrew, Thai…): a name there has no capitals to check. */
const CASELESS_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}·・\u200c\u200d\s]{2,24}$/u;

const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_SENTENCE_MARK = /[。，！？；：「」『』]/u;
/** A CJK name with its Latin spelling beside it fits in this many characters ("欧阳小明 Ouyang Xiaoming"). */
const CJK_NAME_MAX_CHARS = 40;

/** Lower-case words allowed inside a name ("Ludwig van Beethoven", "Maria da Silva"). */
const NAME_PARTICLES = new Set(["van", "von", "der", "den", "de", "da", "del", "della", "do", "dos", "das", "di", "du", "la", "le", "bin", "binti", "al", "el", "y", "ter", "zu"]);

function looksLikeName(p: string): boolean {
  if (CASELESS_NAME.test(p)) return true; // "焦鹏", "محمد علي"
  // CJK letters with the script's sentence punctuation, or too long for a name, are a sentence or a notice ("…簡介。
  // 一起加入…Telegram，新聞不漏接！"); a CJK name beside its Latin spelling ("山田太郎 Taro Yamada") stays
  if (CJK_LETTER.test(p) && (CJK_SENTENCE_MARK.test(p) || p.length > CJK_NAME_MAX_CHARS)) return false;
  if (!/\p{Lu}/u.test(p)) return false; // "gto", "news desk"
  const words = p.split(" ");
  if (/^\p{Ll}/u.test(words[0]) && !NAME_PARTICLES.has(words[0])) return false; // "linksc Creating Search Engine"
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w)).length;
  return lower <= words.length / 3; // "Nigeria's popular news platform"
}

/** "TOM SMITH" becomes "Tom Smith"; single acronyms ("PTI") stay. */
function unshout(p: string): string {
  if (p.includes(" ") && p === p.toUpperCase() && /\p{Lu}{2}/u.test(p)) {
    return p.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  }
  return p;
}

/** Separators between a headline and the site or section name in titles: "A | B", "A - B", "A » B", "A :: B", "A : B". */
const TITLE_SEPARATOR = /(\s+[|–—\-»«·•~:]{1,2}\s+|\s*[|»«]\s*|\s+-{2,}|(?<=[\p{Script=Han}！？。」』）》])[-_|](?=\p{Script=Han}))/u;
/**
 * A CJK title part that names a site: a short run ending in the words portals and papers call
 * themselves ("…网" web, "…網站" website, "…日报"/"…时报" daily and times, "…在线" online, "…频道" channel,
 * "…新闻" news, "…电视台" TV station), as in "Headline-Example网" or "Headline_科技_Example网".
 */
const CJK_SITE_PART = /^[\p{Script=Han}\p{L}\p{N}]{1,10}(?:网|網|网站|網站|官网|官網|日报|日報|晚报|晚報|时报|時報|周报|週報|在线|在線|频道|頻道|新闻|新聞|电视台|電視台)$/u;

/** Letters and digits only, lower-cased: "uncut-news.ch", "Uncut News CH" and "uncut-news-ch" are one key (titles, names, sites). */
export const titleKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Whether a title part names the site (its name, its host name) or is a generic section word. */
function isSitePart(part: string, site: string | null, host: string | null, sectionWords = true): boolean {
  const k = titleKey(part);
  if (!k) return true;
  if (sectionWords && SITE_TITLE_WORDS.test(part.trim())) return true;
  if (CJK_SITE_PART.test(part.trim())) return true;
  for (const name of [site, host, host?.replace(/\.[a-z]{2,6}$/i, "") ?? null]) {
    if (!name) continue;
    const n = titleKey(name);
    if (n.length >= 3 && (k === n || (k.length >= 4 && n.includes(k)) || (k.includes(n) && n.length >= k.length * 0.6))) return true;
  }
  // a short part that holds a label of the host name ("Example-Archiv" on archiv.example.org, "AOC media" on aoc.media)
  if (host && part.trim().split(/\s+/).length <= 4) {
    for (const label of host.toLowerCase().split(".").slice(0, -1)) {
      const l = label.replace(/[^\p{L}\p{N}]+/gu, "");
      if ((l.length >= 4 && k.includes(l)) || (l.length === 3 && k.startsWith(l))) return true;
    }
  }
  return false;
}

/**
 * A declared title without the site name and section labels around it: "Headline | Site",
 * "Site » Section » Headline", "Headline - Site - Tagline". Only parts at either end that name
 * the site (or a generic section) are dropped, so a headline that holds a " - " stays whole.
 */
export function stripSiteFromTitle(raw: string, site: string | null, host: string | null): string {
  return unquoteTitle(stripSiteParts(quoteTitle(raw), site, host));
}

/**
 * Guillemets that pair up around words quote them ("«Good wages are not enough»", "Er sagt
 * »Nein«"): they are not the " » " separator of "Site » Section » Headline". Paired ones are
 * swapped for private-use marks while the title is split, and put back after.
 */
const QUOTED_GUILLEMETS: { re: RegExp; open: string; close: string; mark: [string, string] }[] = [
  { re: /«([^«»]{1,200})»/g, open: "«", close: "»", mark: ["\uE000", "\uE001"] },
  { re: /»([^«»]{1,200})«/g, open: "»", close: "«", mark: ["\uE002", "\uE003"] },
];
function quoteTitle(raw: string): string {
  let s = raw;
  for (const q of QUOTED_GUILLEMETS) s = s.replace(q.re, `${q.mark[0]}$1${q.mark[1]}`);
  return s;
}
function unquoteTitle(s: string): string {
  let out = s;
  for (const q of QUOTED_GUILLEMETS) out = out.split(q.mark[0]).join(q.open).split(q.mark[1]).join(q.close);
  return out;
}

/**
 * Whether a part is the site's whole name: the site's, or the host's registered name (the label before the public
 * suffix: "orchard-gazette" on news.orchard-gazette.example). Never the public suffix nor a subdomain: "(News)" on
 * news.example.com, "(Live)" on example.live and "(Sport)" on sport.example.co.uk are the story's own words.
 */
function namesSiteWhole(part: string, site: string | null, host: string | null): boolean {
  const k = titleKey(part);
  if (k.length < 3) return false;
  if (site && titleKey(site) === k) return true;
  const registered = host ? labelsBeforeSuffix(host).at(-1) : undefined;
  return !!registered && titleKey(registered) === k;
}
/** The site's name in brackets closing a <title> ("Headline (Example Post)", "Headline [Example Wiki]"). */
const BRACKETED_TAIL = /(?:\(([^()[\]]{2,60})\)|\[([^()[\]]{2,60})\])\s*$/;
/** The longest <title> the bracketed-site rule reads (characters): each bracket stripped rescans the rest. */
const BRACKETED_TITLE_MAX_CHARS = 1000;
function stripSiteParts(title: string, site: string | null, host: string | null): string {
  // a bracketed tail that names the site (not a section word alone: "(Update)", "[Video]" are the story's) goes, and the
  // rest is read as a <title> of its own. Family: CMSs and wikis that append the site's name in brackets.
  let raw = title;
  while (raw.length <= BRACKETED_TITLE_MAX_CHARS) {
    const bracketed = BRACKETED_TAIL.exec(raw);
    if (!bracketed || !raw.slice(0, bracketed.index).trim() || !namesSiteWhole(bracketed[1] ?? bracketed[2], site, host)) break;
    raw = raw.slice(0, bracketed.index).trimEnd();
  }
  const parts = raw.split(TITLE_SEPARATOR);
  // "Headline Tagline | Tagline": a site tagline the CMS glued to the headline with no separator
  // and printed again after one; the glued copy goes with the separated one.
  if (parts.length === 3) {
    const last = parts[2].trim();
    const head = parts[0].trimEnd();
    if (last.split(/\s+/).length >= 2 && head.length > last.length + 3 && head.endsWith(last)) return head.slice(0, head.length - last.length).trim();
  }
  // parts alternate: text, separator, text, ...
  let a = 0;
  let b = parts.length - 1;
  let dropped = false;
  while (b > a && isSitePart(parts[b], site, host)) {
    b -= 2;
    dropped = true;
  }
  // "Headline : Site | Tagline | Founded 2005": a part naming the site after the headline takes
  // what follows it along (section words alone do not: "Site » News » Headline")
  for (let i = a + 2; i <= b && !isSitePart(parts[a], site, host); i += 2) {
    if (isSitePart(parts[i], site, host, false)) {
      b = i - 2;
      dropped = true;
      break;
    }
  }
  while (a < b && isSitePart(parts[a], site, host)) {
    a += 2;
    dropped = true;
  }
  if (!dropped) return raw.trim();
  return parts.slice(a, b + 1).join("").trim() || raw.trim();
}

/** The headline in a <title>: the site parts stripped, then the longest remaining part. */
export function headlineOfTitleTag(raw: string, site: string | null = null, host: string | null = null): string | null {
  if (!raw) return null;
  const stripped = quoteTitle(stripSiteFromTitle(raw, site, host));
  const parts = stripped.split(/\s+[|–—»«]\s+|\s+-\s+/).map((p) => p.trim()).filter(Boolean);
  const best = parts.sort((x, y) => y.length - x.length)[0];
  return best ? unquoteTitle(best) : null;
}

/** Whether one title holds the other (letters and digits only): the same headline, with or without a kicker or site name. */
function titlesAgree(x: string, y: string): boolean {
  const a = titleKey(x);
  const b = titleKey(y);
  return a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a));
}

/**
 * The declared headline: JSON-LD's `headline`, else the first title meta (og:title, twitter:title, …),
 * else the <title>'s headline, each without its site parts. By agreement: a JSON-LD headline that
 * none of the title meta, the <title> and the <h1> holds (nor holds any of them) while two of those
 * agree with each other is another text in the headline slot (an encyclopedia's one-line
 * description, a teaser line), and the agreeing sources win.
 */
function declaredTitle(ldHeadline: string | null, metaTitle: string | null, titleTag: string, h1: string | null, site: string | null, host: string | null): string | null {
  const fromTag = titleTag ? headlineOfTitleTag(titleTag, site, host) : null;
  const fromMeta = metaTitle ? stripSiteFromTitle(metaTitle, site, host) : null;
  if (ldHeadline) {
    const ld = stripSiteFromTitle(ldHeadline, site, host);
    const voters = [fromMeta, fromTag, h1].filter((v): v is string => !!v);
    const othersAgree = voters.some((v, i) => voters.some((w, j) => j > i && titlesAgree(v, w)));
    if (!othersAgree || voters.some((v) => titlesAgree(ld, v))) return ld;
  }
  return fromMeta ?? fromTag;
}

/** Site name without a tagline ("Example News | Latest headlines" becomes "Example News"). */
export function cleanSite(raw: string | null): string | null {
  if (!raw) return null;
  const s = squash(raw).split(/\s+[|•·–—-]\s+/)[0].trim();
  return s || null;
}


/**
 * A user name as bylines print it ("karstenruppert", "mywakenews", "Bo2man", "The_Pain2"): trusted only
 * from a structural byline. Lower-case, or holding a digit or an underscore (a capitalised word alone is a name, checked as one).
 */
const HANDLE = /^(?:[\p{Ll}\p{N}][\p{L}\p{N}_.-]{2,30}|(?=[^\s]*[\p{N}_])\p{Lu}[\p{L}\p{N}_.-]{2,30})$/u;
/**
 * Letters (and their marks) of the scripts whose spelling uses the zero width non-joiner and joiner: Arabic-script
 * Persian and Urdu write a non-joiner inside a word (the "-zadeh", "-pour" parts of names), the Indic scripts a joiner
 * or non-joiner after a virama (a half form or an explicit one).
 */
const JOINING_LETTER = String.raw`[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]`;
/**
 * Soft hyphens and zero-width characters that hyphenation plugins put inside names ("Mat\u00adthi\u00adas"). A zero
 * width non-joiner or joiner between two letters of such a script (JOINING_LETTER) is spelling, kept as the page
 * text keeps it (blocks.ts squash); one at a word's edge, next to a space or in a Latin name is noise.
 */
const INVISIBLE = new RegExp(String.raw`[\u00ad\u200b\u2060\ufeff]|(?<!${JOINING_LETTER})[\u200c\u200d]|[\u200c\u200d](?!${JOINING_LETTER})`, "gu");

/** The labels of a host name that name the site (not "www", "blog", the public suffix), as title keys. */
function hostLabels(host: string): string[] {
  return labelsBeforeSuffix(host).filter((l) => !/^(?:www\d*|blog|news|m|amp|web)$/.test(l)).map((l) => l.replace(/[^\p{L}\p{N}]+/gu, ""));
}

/** A title key with German umlauts spelled out as host names spell them ("Günter" is "guenter"). */
const umlautKey = (s: string): string => titleKey(s.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss"));

/**
 * A one-person site: the host name spells the person's name ("annlee.com", "ann-lee.de",
 * "annlee.example-blogs.com", an internationalised "jörg-hallström.de" written "xn--…"), so that person wrote its pages. Two words at least: a one-word
 * "name" on its own host is the site's brand.
 */
export function ownSite(name: string, host: string | null | undefined): boolean {
  if (!host || !/\s/.test(name.trim()) || name.split(/\s+/).some((w) => COUNTRY_NAMES.has(w.toLowerCase()))) return false; // "Example Österreich"
  // folded ("jorghallstrom.com"), umlauts spelled out ("joerghallstroem.com"), or as written on an internationalised host ("xn--…", read back as letters)
  const keys = [titleKey(name.normalize("NFKD").replace(/\p{M}/gu, "")), umlautKey(name), titleKey(name.normalize("NFC"))];
  return hostLabels(host).some((l) => l.length >= 6 && keys.includes(l));
}

/** A dateline place in an author field: one of its comma parts is a country ("Frankfurt, Germany"). */
function isPlace(s: string): boolean {
  const parts = s.split(/\s*,\s*/);
  return parts.length >= 2 && parts.some((p) => COUNTRY_NAMES.has(p.toLowerCase().trim()));
}

/**
 * A person's name (or names, comma-joined) from an author field, or null if it is junk.
 * `handles`: the value comes from a byline element or author meta, so a lower-case user name
 * ("karstenruppert") is a byline too; in free text it would be any word.
 * `byline`: the value is printed in a byline element or line of the page (not declared in meta or JSON-LD), where a
 * commenter's "says:" line is read (COMMENTER_SAYS).
 */
export function cleanAuthor(raw: string[], site?: string | null, opts: { handles?: boolean; siteOwner?: boolean; byline?: boolean; possessive?: boolean; officeName?: boolean } = {}): string | null {
  const names: string[] = [];
  for (const r of raw) {
    let s = squash(r.replace(INVISIBLE, "").replace(LINE_BEFORE_JOB_TITLE, " – "));
    // a comment's author line printed on the page ("Ann Lee says:", the verb and its colon closing the field): a
    // commenter, not the writer (COMMENTER_SAYS)
    if (opts.byline && COMMENTER_SAYS.test(s)) continue;
    // an authors box's heading read with its names ("Authors Ann Lee, Bo Ek"): the names (BOX_HEADING_BEFORE_NAMES)
    s = s.replace(BOX_HEADING_BEFORE_NAMES, "");
    // another role's credit first, then the writer's ("Medically reviewed by Bo Ek — Written by Ann Lee"): the writer's
    // (a byline row's length only: the pattern's two lazy runs are quadratic on a long field)
    // and another role's credit after the writer's, before the split makes its names co-authors (OTHER_CREDIT_AFTER)
    if (s.length <= BYLINE_ROW_MAX_CHARS) s = s.replace(WRITER_AFTER_OTHER_ROLE, "$1").replace(OTHER_CREDIT_AFTER, "");
    if (isPlace(s)) continue;
    // a contact person under a contact label ("Contact: Ann Lee", "Pressekontakt: …"), not the writer (CONTACT_LABEL_LEAD)
    if (CONTACT_LABEL_LEAD.test(s)) continue;
    // an e-mail address in a declared author (meta, JSON-LD) is the site owner's contact set site-wide on
    // small-business and one-person sites ("Ann Lee info@example.de"), not a byline; in a byline element it is cut off
    if (!opts.handles && EMAIL.test(s)) continue;
    for (const j of AUTHOR_JUNK) s = s.replace(j.re, " ");
    // (the trailing run matched only where a run starts: `[…]+$` read each inner run to its end, quadratic; safety audit)
    s = squash(s).replace(/^[,;:\-–—\s]+|(?<![,;:\-–—\s])[,;:\-–—\s]+$/g, "");
    if (
      opts.handles && HANDLE.test(s) && !JUNK_AUTHORS.has(s.toLowerCase()) && !INTERFACE_WORDS.has(s.toLowerCase()) && !CMS_ACCOUNT_HANDLE.test(s) && !(site && titleKey(site) === titleKey(s)) &&
      !/\w\.[a-z]{2,6}$/i.test(s) // not a domain ("example.org")
    ) {
      names.push(s);
      continue;
    }
    // the editorial desk printed as the byline ("Von Redaktion"): a byline readers see, so the page's author
    if (opts.handles && DESK_BYLINES.has(s.toLowerCase())) {
      names.push(s.charAt(0).toUpperCase() + s.slice(1));
      continue;
    }
    // a photo credit alone ("Fotos: Ann Lee", "Photo by Ann Lee" in a byline element) names the photographer; "Text
    // und Fotos: Ann Lee" and "Text: Ann Lee, Fotos: Bo Ek" name the writer too and stay (PHOTO_CREDIT_ONLY)
    if (PHOTO_CREDIT_ONLY.test(s) && !TEXT_ROLE.test(s)) continue;
    // a sponsor's label ("Presented by Example Supplies", SPONSOR_LABEL): no writer
    if (SPONSOR_LABEL.test(s)) continue;
    // a name with a photo agency after a slash or in brackets ("Ann Lee/Getty Images", "Ann Lee (Shutterstock)"): a picture's
    // credit (PHOTO_AGENCY_CREDIT); only that name goes ("Text: Ann Lee, Fotos: Bo Ek/Getty Images" is Ann Lee's)
    s = withoutPhotoCredits(s);
    // the writer's roles in brackets after the name ("Ann Lee (Text und Fotos)"): the name's, cut before the split reads
    // the bracket's "und" as a join (TEXT_AND_PICTURES_IN_BRACKETS)
    s = s.replace(TEXT_AND_PICTURES_IN_BRACKETS, "");
    if (!s) continue;
    // the person interviewed ("Interview with Ann Lee", "Im Gespräch mit Ann Lee"), not the writer (INTERVIEWED); the
    // writer credited after them stays ("Interview with Ann Lee, by Bo Ek", "Ein Gespräch mit Ann Lee von Bo Ek")
    if (INTERVIEWED.test(s)) {
      const writer = WRITER_AFTER_INTERVIEWED.exec(s);
      if (!writer) continue;
      s = s.slice(writer.index + writer[0].length);
    }
    // a catalogue's reversed name ("Lee, Ann", "LEE, Ann B."): one surname, a comma, the given names, nothing else; and a
    // list of them split by semicolons ("Lee, Ann; Ek, Bo"), each turned round (the split below would read four names).
    // Family: library, journal and repository pages (citation meta tags, Dublin Core creators) and their printed bylines.
    // (not a place after its region or country, "Austin, Texas", "Oslo, Norway": the part after the comma is a listed
    // place, isListedPlace / COUNTRY_OR_STATE_SET, and no given name; in a list it goes, "Lee, Ann; Austin, Texas" is Ann Lee's)
    const placeAfterComma = (given: string): boolean => isListedPlace(given) || COUNTRY_OR_STATE_SET.has(given);
    const unreverse = (m: string, last: string, given: string): string =>
      placeAfterComma(given) ? m : `${given} ${/^\p{Lu}{2,}$/u.test(last) ? last.charAt(0) + last.slice(1).toLowerCase() : last}`;
    const semiParts = s.includes(";") ? s.split(/\s*;\s*/).filter(Boolean) : [];
    if (semiParts.length > 1 && semiParts.length <= 8 && semiParts.every((x) => REVERSED_NAME.test(x))) {
      s = semiParts.filter((x) => !placeAfterComma(REVERSED_NAME.exec(x)?.[2] ?? "")).map((x) => x.replace(REVERSED_NAME, unreverse)).join(", ");
      if (!s) continue;
    }
    else s = s.replace(REVERSED_NAME, unreverse);
    // the reporter's place after a whole name and a comma ("Von Ann Lee, Berlin"): one word, no person
    s = withoutTrailingPlace(s);
    // a day with its month's name after the name ("Ann Lee 12. März 2020", "Ann Lee March 12, 2020"): cut before the
    // split, whose comma would leave "Ann Lee March 12" (numeric days are AUTHOR_JUNK's)
    s = cutNamedDate(s);
    s = s.replace(WITH_CO_WRITER, "$1, ");
    s = withoutSlashedAgency(s);
    // a place after a slash ("Ann Lee/New York", "Ann Lee / Berlin"): the dateline's city or country, not a co-author
    s = s.replace(SLASH_PART, (m, part: string) => (isListedPlace(part) || COUNTRY_NAMES.has(part.toLowerCase()) || (site && titleKey(part) === titleKey(site)) ? "" : m));
    // several authors: "Ann Lee, Bo Ek", "Ann Lee und Bo Ek", "Ann Lee e Bo Ek" (but not the "e" of "e.V.")
    let sentenceFirst = false;
    const parts = s.split(AUTHOR_SEPARATOR);
    const writerPart = parts.some((x) => !PHOTO_ROLE_IN_BRACKETS.test(squash(x)));
    for (const [i, part] of parts.entries()) {
      let p = squash(part).replace(ROLE_LABEL, "");
      // an outlet as its own part after a writer ("Ann Lee, The Harbour Herald": OUTLET_PART)
      if (i > 0 && names.length && OUTLET_PART.test(p)) continue;
      // a wire agency's spelt-out name as its own part after a writer ("ANN LEE, Associated Press"), as after a space
      // ("Ann Lee The Associated Press", agencyCut); its code stays (", AP", ", NDR": annotators keep a desk's code)
      if (i > 0 && names.length && /\s/.test(p) && WHOLE_AGENCY_NAME.test(p)) continue;
      // a part whose role in brackets is the pictures' ("Von Ann Lee (Text) und Bo Ek (Fotos)", "Bo Ek (Illustration)"): the
      // photographer or illustrator, not a writer (PHOTO_ROLE_IN_BRACKETS; "(Text)" is cut by trimNameTail and the name stays)
      if (PHOTO_ROLE_IN_BRACKETS.test(p) && (writerPart || !STORY_MAKER_ROLE_IN_BRACKETS.test(p))) continue;
      // after the first name, a part that ends in a job title is that name's title (", AP Auto Writer", ", Senior
      // Editor"), not a co-author whose title trimNameTail would cut off ("Ap Auto")
      if (i > 0 && JOB_TITLE_END.test(p)) continue;
      if (p.length < (CASELESS_NAME.test(p) ? 2 : 3) || p.length > 60) continue;
      if (!/\p{L}/u.test(p)) continue;
      // the publisher named as author ("Al-Bawaba" on "Al Bawaba", "Business Insider" on "Business Insider Deutschland"),
      // also with its desk after it ("Example Sports Desk", SITE_DESK_TAIL) or a "from" word before it ("Do Example", FROM_OUTLET)
      if (site && isSiteCredit(p, site, i > 0 && names.length > 0) && !(opts.siteOwner && personName(p))) continue;
      // "Ann Lee Example Times" on the Example Times: the trailing words are the site, also with its desk after them
      // ("Ann Lee Example Times Staff", SITE_DESK_TAIL)
      if (site) {
        const words = p.replace(SITE_DESK_TAIL, "").split(" ");
        for (let k = Math.min(4, words.length - 2); k >= 1; k--) {
          if (titleKey(words.slice(-k).join(" ")) === titleKey(site)) {
            // with the word before it that says the name writes for it ("Bo Ek for Example News": no "Bo Ek for")
            p = words.slice(0, -k).join(" ").replace(WRITES_FOR_END, "");
            break;
          }
        }
      }
      // an affiliation or an agency run onto the writer's whole name ("Ann LeeExample Journal", "Ann Lee Reuters")
      p = cutAffiliation(p, site);
      // an organisation's name stays one whatever its tail ("Example-Verband für Energie e.V."), then the tail goes
      p = p.replace(DESK_AFTER_NAME, "");
      if (NOT_A_NAME.some((n) => n.whole && n.re.test(p))) continue;
      // (and the row's separator its tail stood after: "Bo Ek - 3 hours ago" is "Bo Ek", not "Bo Ek -")
      p = trimNameTail(p).replace(/\s+[-–—|·•]+$/u, "");
      // the name printed twice in one byline element ("Ann Lee Ann Lee": a desktop and a mobile span, a link and its
      // tooltip copy): one name
      p = p.replace(DOUBLED_NAME, "$1");
      const dateline = DATELINE_PART.exec(unshout(p));
      if (dateline && [dateline[1], dateline[1].normalize("NFKD").replace(/\p{M}/gu, "")].some((x) => isListedPlace(x) || COUNTRY_NAMES.has(x.toLowerCase()))) continue;
      // (digits are looked for after the tails: "Ann Lee 5 hours ago" is Ann Lee)
      if (/\d/.test(p) || p.split(" ").length > 6 || JUNK_AUTHORS.has(p.toLowerCase())) continue;
      // the byline row's share, print and follow buttons read as its text ("Share Tweet Email", "Teilen Drucken"): no name
      if (p.split(" ").every((w) => INTERFACE_WORDS.has(w.toLowerCase()))) continue;
      // the buttons printed after the name in the same row ("Ann Lee Share Tweet") and a "Follow" before it ("Follow Ann
      // Lee"): cut off when two words of the name stay ("Ann Link" stays a name)
      {
        const words = p.split(" ");
        let end = words.length;
        while (end > 2 && INTERFACE_WORDS.has(words[end - 1].toLowerCase())) end--;
        const start = end >= 3 && FOLLOW_WORDS.has(words[0].toLowerCase()) ? 1 : 0;
        if (start || end < words.length) p = words.slice(start, end).join(" ");
      }
      // and the buttons glued to the name's last word with no space ("Ann LeeSharePrint": glued-interface.ts), on a byline
      // read off the page only (a declared author is a name as given: "Liu YuXing")
      if (opts.byline) p = withoutGluedInterface(p);
      // an office before an official's name on a byline the page prints ("By Governor Ann Lee", "Oleh Menteri …": an
      // op-ed or a statement the official signs): the name, when a whole one follows (OFFICE_FIRST_WORDS); the text
      // reader passes officeName false when more of the sentence follows the name on its line ("Oleh Presiden Joko
      // Widodo, proyek itu …"). A declared author (meta, JSON-LD) is a name as given.
      if (opts.byline || opts.possessive) {
        const office = officeLength(p);
        if (office) {
          const rest = p.split(" ").slice(office).join(" ");
          if (opts.officeName === false || !rest.includes(" ")) continue;
          p = rest;
        }
      }
      // a possessive read off the page ("By Ann Lee's own account", "By Ann Lee and Tom Rogers's"): a phrase about the
      // person, no byline. Only for names the page prints (opts.byline: byline elements, boxes and lines; opts.possessive:
      // the text reader); a declared author (meta, JSON-LD) is a name as given, and a final apostrophe alone is a
      // transliterated soft sign ("Olha Kravets'", "Ihor Shvets'")
      if ((opts.byline || opts.possessive) && POSSESSIVE_END.test(p)) continue;
      if (NOT_A_NAME.some((n) => n.re.test(p)) || !looksLikeName(p) || isDateWord(p)) continue;
      // a law, a government or a time opening a run the page prints ("Ley Federal" after "Por", "Next Summer" after
      // "By"): a sentence about something, not a byline (NOT_BYLINE_FIRST_WORDS); a co-author after it stays when it
      // is a name on its own
      if ((opts.byline || opts.possessive) && p.includes(" ") && NOT_BYLINE_FIRST_WORDS.has(p.split(" ")[0].toLowerCase())) {
        if (i === 0) sentenceFirst = true;
        continue;
      }
      // (after such a run, a later part is a co-author only when it is a person's whole name, a known given name first:
      // "By Next Summer, Officials Say" is a headline, "Por Ley Federal y Ana Ruiz" keeps Ana Ruiz)
      if (sentenceFirst && !isPersonName(p)) continue;
      if (!names.some((n) => n.toLowerCase() === p.toLowerCase())) names.push(unshout(p));
    }
  }
  return names.length ? names.join(", ") : null;
}

/**
 * How many words of a byline part are an office before a name (OFFICE_FIRST_WORDS, after a qualifier such as "Wakil"
 * or "Vice": OFFICE_QUALIFIERS), 0 when none: "Governor Ann Lee" 1, "Wakil Presiden Ann Lee" 2, "Wakil Ahmad" 0.
 */
function officeLength(p: string): number {
  const words = p.toLowerCase().split(" ");
  const q = OFFICE_QUALIFIERS.has(words[0]) ? 1 : 0;
  return words.length > q + 1 && OFFICE_FIRST_WORDS.has(words[q]) ? q + 1 : 0;
}

/** A name in the possessive: "Ann Lee's", "Ann Lee’s". */
const POSSESSIVE_END = /\p{L}['’]s$/u;

/**
 * The names of a credit line less those with a photo agency's credit (PHOTO_AGENCY_CREDIT), each name being what lies
 * between commas, semicolons and ampersands; a name with a text role stays ("Text und Fotos: Ann Lee/Getty Images",
 * TEXT_ROLE). "" when every name is a photo credit.
 */
function withoutPhotoCredits(s: string): string {
  if (!PHOTO_AGENCY_CREDIT.test(s)) return s;
  return s
    .split(/\s*[,;&]\s*/)
    .filter((x) => !PHOTO_AGENCY_CREDIT.test(x) || TEXT_ROLE.test(x))
    .join(", ");
}

/**
 * A wire agency's spelt-out name closing a byline part (AGENCY_NAMES); whether it follows a space or is glued on is
 * checked in agencyCut, case-sensitively ("Ann LeeBloomberg News", not the "reuters" of "Kreuters").
 */
const AGENCY_TAIL = new RegExp(String.raw`${AGENCY_NAMES}$`, "i");
/** One-word agencies that are no one's surname: cut after a space alone ("Ann Lee Reuters"); not "Ann Lee Bloomberg". */
const ONE_WORD_AGENCIES: ReadonlySet<string> = new Set(["reuters", "xinhua", "interfax", "kyodo", "yonhap"]);
/**
 * Where an agency's name run onto a byline part starts, or -1: after a space when the agency is several words or a
 * one-word agency that is no surname (ONE_WORD_AGENCIES), or glued, a lower-case letter then the agency's capital
 * ("LeeReuters"); never inside a word ("Kreuters", "Breuters").
 */
function agencyCut(p: string): number {
  const m = AGENCY_TAIL.exec(p);
  if (!m) return -1;
  const before = p.slice(0, m.index);
  if (/\s$/.test(before)) {
    // (after a dash or a slash the agency is NAME_TAILS': "Ann Lee - Reuters")
    if (!/[\p{L}\p{M}.'’]$/u.test(before.trimEnd())) return -1;
    return /\s/.test(m[0].trim()) || ONE_WORD_AGENCIES.has(m[0].trim().toLowerCase()) ? m.index : -1;
  }
  return /\p{Ll}$/u.test(before) && /^\p{Lu}/u.test(m[0]) ? m.index : -1;
}
/**
 * A whole name (two words or more) whose last word runs on, with no space, into a capitalised word ("Ann LeeExample
 * Journal", "Ann LeeContributing Writer"): where the byline's spans are printed with nothing between them. Parts of up to
 * GLUED_PART_MAX_CHARS only (the greedy head is tried back from the end, so the split is at the last change).
 */
const GLUED_WORD = /^(\S.*\s\p{Lu}\p{L}*\p{Ll}{2})(\p{Lu}\p{Ll}.*)$/u;
/**
 * Surname prefixes written with an inner capital ("MacKenzie", "FitzHerald", "VanderMeer", "DellaCity", "DelosSantos"):
 * a glued word that ends in one is the start of a surname, never cut or split there. Family: Gaelic, Anglo-Norman,
 * Dutch, German, Italian, Spanish and French surnames (NAME_PARTICLES_SOURCE and their glued forms).
 */
const SURNAME_PREFIX_END = new RegExp(String.raw`(?:^|\s)(?:mac|mc|fitz|vander|vanden|van|von|della|delle|dela|delos|del|des|de|di|du|da|dos|la|le|st|ste|san|santa|ten|ter|${NAME_PARTICLES_SOURCE})$`, "i");
const GLUED_PART_MAX_CHARS = 120;
/**
 * The writer's name less an affiliation or an agency run onto it. Families, across news sites and portals:
 * - a wire agency's name after the name with no separator ("Ann Lee Reuters", "Ann Lee The Associated Press"), glued or not;
 * - the writer's outlet, desk or title glued to the surname where two spans of a byline row run together: the glued tail
 *   is cut when it holds an organisation word (ORGANISATION_WORDS: "Journal", "News", "Media"), is a job title
 *   ("Contributing Writer"), or names the site; a glued tail that is a person's whole name (a known given name) after a
 *   surname of three lower-case letters or more is a co-author ("Ann LindqvistPeter Ek" → "Ann Lindqvist, Peter Ek"). A
 *   surname with an inner capital keeps it ("McDonald", "DiMaggio", "MacDonald": one or two lower-case letters before the
 *   capital, and no organisation word, title or site after it), and so does a one-word handle ("HansG").
 */
function cutAffiliation(part: string, site?: string | null): string {
  let p = part;
  if (/\s/.test(p)) {
    const at = agencyCut(p);
    if (at > 0 && /\s/.test(p.slice(0, at).trim())) p = p.slice(0, at).trim();
  }
  // an outlet opened by a capitalised "The" after the writer's whole name ("Ann Lee The Harbour Herald"): no person's
  // name holds "The" between its words (OUTLET_AFTER_NAME)
  const outlet = OUTLET_AFTER_NAME.exec(p);
  if (outlet && personName(p.slice(0, outlet.index))) p = p.slice(0, outlet.index);
  if (p.length > GLUED_PART_MAX_CHARS) return p;
  const m = GLUED_WORD.exec(p);
  if (!m) return p;
  const [, head, tail] = m;
  // (the last lower-case-to-capital change is the glue, GLUED_WORD's greedy head: "Ann MacKenzieIrish Times"; a head that
  // ends in a surname prefix is a surname's inner capital: "Ann MacKenzie The Times", "Maria DelaRosa Garcia")
  if (SURNAME_PREFIX_END.test(head)) return p;
  const words = keyWords(tail);
  if (words.some((w) => ORGANISATION_WORDS.has(w) || ORGANISATION_WORD_END.test(w)) || WHOLE_JOB_TITLE.test(tail) || (site && namesSite(keyWords(tail), site))) return head;
  // (a co-author only after a surname of three lower-case letters or more: "MacDonald Ek" is no "Mac" and "Donald Ek")
  if (/\p{Ll}{3}$/u.test(head) && tail.includes(" ") && isPersonName(tail)) return `${head}, ${tail}`;
  return p;
}

/**
 * An agency's code or name after a spaced slash, closing the field or a part, after a writer's whole name ("Ann Lee /
 * dpa", "Ann Lee / AFP, Bo Ek", "Ann Lee / Reuters"): the wire credit of copy a writer reworked, as the unspaced "Ann
 * Lee/dpa" is (NAME_TAILS); the spaced slash otherwise splits the field, and the agency became a co-author. A field that
 * is only agencies ("dsw / dpa") has no name before the slash and stays. Codes from a list only (WIRE_AGENCY_CODES): any
 * other code after the slash ("Ann Lee / BBC") is a second credit and stays, as after a comma (", NDR").
 */
const SLASHED_PART = /\s+\/\s+([^/,;]{2,40}?)(?=\s*(?:$|[,;]))/gu;
const WHOLE_AGENCY_NAME = new RegExp(`^${AGENCY_NAMES}$`, "i");
const WHOLE_NAME_END = /\p{Lu}[\p{L}'’.-]*\s+(?:(?:van|von|de|der|da|di|du|la|le)\s+)?\p{Lu}[\p{L}'’-]+$/u;
function withoutSlashedAgency(s: string): string {
  if (s.length > BYLINE_ROW_MAX_CHARS || !s.includes("/")) return s;
  return s.replace(SLASHED_PART, (m: string, part: string, at: number) => ((WIRE_AGENCY_CODES.has(part.toLowerCase()) || WHOLE_AGENCY_NAME.test(part)) && WHOLE_NAME_END.test(s.slice(Math.max(0, at - 60), at)) ? "" : m));
}

/** A bare plural heading of an authors box before its first capitalised name ("Authors Ann Lee, Bo Ek", "Writers: Ann Lee"). */
const BOX_HEADING_BEFORE_NAMES = /^(?:authors|writers|contributors|columnists)\s?:?\s(?=\p{Lu})/iu;

/** A name of two to four words said twice in a row, whole ("Ann Lee Ann Lee"). */
const DOUBLED_NAME = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) \1$/u;

/**
 * An outlet's name run onto the writer's name in a byline row, opened by a capitalised English article and made of
 * capitalised words to the end ("Ann Lee The Harbour Herald", "ANN LEE THE HARBOUR HERALD" once unshouted is not read:
 * capitals are left whole). Family: syndicated and partner copy whose byline prints the writer's name and the outlet it
 * comes from in two spans with only a space between them, on sites other than that outlet (the site's own name is cut
 * by cleanAuthor). Only "The": "Der", "Das", "Le", "La" open surnames ("Maria Das Dores", "Ann Le Guen"); and only an
 * outlet that ends in an outlet's word (OUTLET_END_WORDS): "The" also opens a Vietnamese given name ("Nguyen Van The
 * Anh") and a title ("The Rev. Bo Ek"). (One space per gap on the squashed part, a bounded run of words: no restart
 * at every space.)
 */
const OUTLET_AFTER_NAME = new RegExp(String.raw`(?<=\S)\sThe(?:\s(?:of|for|and|&|\p{Lu}[\p{L}'’&.-]*)){0,4}?\s(?:${OUTLET_END_WORDS})$`, "u");
/**
 * A part of its own that is an outlet, after a writer's part ("Ann Lee, The Harbour Herald", "Ann Lee / The Harbour
 * Herald"): "The", capitalised words and an outlet's word (OUTLET_END_WORDS), never a person's name ("Ann Lee, The Anh
 * Nguyen", "Ann Lee, The Rev. Bo Ek" stay). Dropped only after a person's name: an outlet alone is
 * kept as the annotators keep a desk or an outlet printed as the byline.
 */
const OUTLET_PART = new RegExp(String.raw`^The(?:\s(?:of|for|and|&|\p{Lu}[\p{L}'’&.-]*)){0,4}?\s(?:${OUTLET_END_WORDS})$`, "u");

/**
 * The writer's byline word after the person interviewed (INTERVIEWED), before a whole name of two capitalised words
 * ("…, by Bo Ek", "… von Bo Ek", "… par Bo Ek"): a one-word rest is a particle's surname ("Gespräch mit Ann von Berg").
 */
const WRITER_AFTER_INTERVIEWED = /(?:\s*[,;.–—-]\s*|\s+)(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i)\s+(?=\p{Lu}[\p{L}'’.-]*\s+\p{Lu})/u;
/** A name's words, lower-cased, split at anything not a letter or digit ("Al-Bawaba" → al, bawaba). */
const keyWords = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** Fewer of the site's words in a row than this are no credit of it ("Do Example" on "Example Harbour News" is a person's name). */
const SITE_RUN_MIN_WORDS = 2;
/**
 * The words name the site, whole words only ("Lan" is in "The Atlantic" as letters, not as a word; "Do Viet Anh" on
 * "Vietnam News" is a person): the site's whole name, or without its leading article ("Atlantic" on "The Atlantic"), or a
 * run of SITE_RUN_MIN_WORDS or more of its consecutive words ("Business Insider" on "Business Insider Deutschland"), each compared
 * with its separators squashed ("Al-Bawaba" on "Al Bawaba").
 */
function namesSite(words: string[], site: string): boolean {
  const key = words.join("");
  const sw = keyWords(site);
  if (!key) return false;
  if (key === sw.join("") || (sw.length > 1 && LEADING_ARTICLE.test(sw[0]) && key === sw.slice(1).join(""))) return true;
  for (let i = 0; i < sw.length; i++) for (let j = i + SITE_RUN_MIN_WORDS; j <= sw.length; j++) if (sw.slice(i, j).join("") === key) return true;
  return false;
}
/**
 * The part names the publisher (cleanAuthor): the site's name alone, after an article, before a desk word ("Example Sports
 * Desk"), or opening the part after a "from" word, whatever follows it ("Do Example", "DO EXAMPLE EM SÃO PAULO": the
 * dateline). Beside a word, only the site's whole name or two of its whole words in a row count (namesSite).
 */
function isSiteCredit(p: string, site: string, afterWriter: boolean): boolean {
  // the whole part inside the site's name ("Al-Bawaba" on "Al Bawaba", "Business Insider" on "Business Insider Deutschland")
  if (titleKey(site).includes(titleKey(p))) return true;
  const words = keyWords(p);
  if (SITE_DESK_TAIL.test(p) && namesSite(keyWords(p.replace(SITE_DESK_TAIL, "")), site)) return true;
  // the site's name with a company's words after it ("Example Gazette Publishing Company": CORPORATE_TAIL)
  if (CORPORATE_TAIL.test(p) && namesSite(keyWords(p.replace(CORPORATE_TAIL, "")), site)) return true;
  // the site's name and one of its sections ("Ann Lee, Example Business"): the network's credit after the
  // writer, not a second author. Family: broadcasters' and portals' author fields ("<name>, <brand> <section>"). Only after
  // a writer's name: a desk's byline on its own ("Example Sport") is the credit the page gives and stays.
  if (afterWriter && words.length >= 2 && SECTION_NAMES.test(words[words.length - 1]) && namesSite(words.slice(0, -1), site)) return true;
  // with an article before it that the site's name lacks ("The Example Times" on "Example Times")
  if (words.length > 1 && LEADING_ARTICLE.test(words[0]) && namesSite(words.slice(1), site)) return true;
  const after = p.replace(FROM_OUTLET, "");
  const rest = after === p ? [] : keyWords(after);
  for (let k = 1; k <= Math.min(4, rest.length); k++) if (namesSite(rest.slice(0, k), site)) return true;
  return false;
}

/**
 * A user name that is a CMS role account with a prefix or a number ("jdadmin", "siteadmin", "admin2", "editor1",
 * "wpuser"): the account the site's staff share, not a person (JUNK_AUTHORS holds the bare role words). Family: the
 * default and role accounts WordPress, Joomla and Drupal sites post under, printed as the byline.
 */
const CMS_ACCOUNT_HANDLE = /^[\p{L}\p{N}_.-]{0,12}admin(?:istrator)?[\d_-]*$|^admin[\p{L}\p{N}_.-]{0,12}$|^(?:wp|web|site|cms)?(?:editor|user|author|webmaster|redaktion|redakteur)[\d_-]*$/iu;

/** "Lee, Ann" / "LEE, Ann B.": a one-word surname, a comma, one or two given names (an initial allowed), the whole field. */
const REVERSED_NAME = /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}(?:\p{Ll}+|\.))?)$/u;
/**
 * ", Berlin" closing a field after a name of two or more words: one capitalised word is the reporter's place, not a
 * co-author. An outlet in capitals stays (", NDR", ", AFP": annotators keep the desk that co-signs a byline).
 */
export const TRAILING_PLACE_PART = /(?<=\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]+)\s*,\s*\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u;
/**
 * s.replace(TRAILING_PLACE_PART, "") in linear time: the look-behind, tried first at every position, read the whole
 * run of letters before it each time (an author meta of 80,000 capital letters: 8 s). The one place the part can
 * start (the last comma, less the blanks before it) is found first, the name before it then checked there alone.
 */
export function withoutTrailingPlace(s: string): string {
  const m = PLACE_PART_AT_END.exec(s);
  if (!m) return s;
  NAME_BEFORE_PLACE.lastIndex = m.index;
  return NAME_BEFORE_PLACE.test(s) ? s.slice(0, m.index) : s;
}
const PLACE_PART_AT_END = /(?<!\s)\s*,\s*\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u;
const NAME_BEFORE_PLACE = /(?<=\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]+)/uy;

/**
 * Where an author field holds several names: commas, semicolons, "&" and the word "and" in the byline languages, as
 * a whole word by Unicode letters (ASCII `\b` took the "e" of "Ayşe" for Portuguese "e" and never saw Russian "и").
 * Also the CJK enumeration comma ("王小明、李华": co-authors of Chinese and Japanese bylines) and the words of more than one
 * letter in capitals ("ANN LEE AND BO EK": bylines set in capitals; not a one-letter "E", which is an initial there).
 * "with" joins only two whole names (WITH_CO_WRITER). A spaced slash too ("Ann Lee / Example News", "Ann Lee / Bo Ek": a
 * byline row's name and outlet or two names; the outlet part is then dropped as the site's name); not an unspaced one
 * ("desk/initials" codes stay whole). Not "en" before one last capitalised word: Spanish "Ann Lee en Madrid" is the
 * reporter's place (NAME_TAILS), where Dutch co-authors are two whole names ("Ann Lee en Bo Ek"). A one-letter connector
 * before a dot is an initial ("Ann Y. Lee", "И. Петров"), not "y" / "и". An unspaced slash between a name and a
 * capitalised name of two words or more joins co-authors ("Ann Lee/Bo Ek"; "Ann Lee/dpa" is NAME_TAILS' agency).
 */
/** A part of an author field after a slash, spaced or not, to the next separator. */
const SLASH_PART = /\s*\/\s*([^/,;&|]{2,40}?)\s*(?=$|[/,;&|])/gu;
const AUTHOR_SEPARATOR = /\s*(?:,|;|&|、|\s\/\s|(?<![\p{L}\p{M}])(?:and|und|[eyиi](?!\.)|dan|et|en(?!\s+\p{Lu}[\p{L}'’.-]+$)|og|mit|AND|UND|ET|EN|OG|MIT|DAN|И(?!\.))(?![\p{L}\p{M}])|(?<=\p{Ll}{2})\/(?=\p{Lu}\p{Ll}+\s+\p{Lu}))\s*/u;

/**
 * One byline part less what bylines print after the name (NAME_TAILS: place, publication, agency, role, buttons,
 * degree) and a job title without a separator ("Ann Lee Staff Writer"): what is kept of the latter must read as a
 * person's name of two words (in "Ann Lee Games Editor" the beat is not told from a third name), or the part keeps it.
 */
function trimNameTail(part: string): string {
  let p = part;
  for (const t of NAME_TAILS) p = p.replace(t.re, "");
  if (p.split(" ").length >= 3) {
    const q = p.replace(TRAILING_JOB_TITLE, "");
    if (q.split(" ").length === 2 && personName(q)) p = q;
  }
  return p;
}
/**
 * "with" between two whole names (two capitalised words or more on each side): a co-writer credited on the byline ("By
 * Ann Lee with Bo Ek", "ANN LEE WITH BO EK"), as German "mit" is. A blog's or a show's name ("Cooking with Ann", "Talk
 * with Ann Lee") has no whole name before it and stays one. The name starts where a word starts: tried inside a word
 * too, the letter run was read to its end from every letter (an author meta of 80,000 capitals: 22 s; bench:regex-probe).
 */
const WITH_CO_WRITER = new RegExp(
  String.raw`(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’.-]+\s+(?:(?:${NAME_PARTICLES_SOURCE})\s+)?\p{Lu}[\p{L}'’-]+)\s+(?:with|WITH)\s+(?=\p{Lu}[\p{L}'’.-]+\s+(?:(?:${NAME_PARTICLES_SOURCE})\s+)?\p{Lu}[\p{L}'’-]+(?:$|\s*[,;&]|\s+(?:and|AND)\s))`,
  "gu",
);

/** The longest author field read as one byline row with several credits (WRITER_AFTER_OTHER_ROLE). */
const BYLINE_ROW_MAX_CHARS = 200;

/**
 * The word that says the name writes for the site, left closing a part once the site's name after it is cut ("Bo Ek for",
 * "Bo Ek für", "Bo Ek of the", "Bo Ek at", "Bo Ek bei"): "for", "of", "at" and their kin, an article after them. The joining
 * word in lower case only, the article after it in either ("of The"): a capitalised "Bei", "With" or a bare "The" is a
 * name's word ("Bo Bei" on Example: "Bo Bei Example").
 */
const WRITES_FOR_END = /\s+(?:(?:for|für|pour|para|per|of|at|bei|from|with)(?:\s+(?:[Tt]he|[Dd]er|[Dd]ie|[Dd]as|[Ll]e|[Ll]a|[Ee]l|[Ii]l))?|the)$/;

/**
 * A day with its month's name after a name, to the end of the field: "Ann Lee 12. März 2020", "Ann Lee am 3 mars 2020",
 * "Ann Lee March 12, 2020", "Ann Lee, 12th May 2020". The word must be a month's name (`monthNumber`, every language
 * the date readers know), so "Ann Lee Mayfair 2020" stays; a date label before it goes with it, glued or not ("Ann Lee
 * Published 3rd Nov 2023", "…LeePublished 3rd Nov 2023" where the byline's blocks run together), also after an
 * abbreviation's full stop ("Ann Lee Sat., March 3, 2019", "Ann B., March 3"). Family: byline rows whose date follows the name in one text
 * node, in the page's language; numeric days ("29.12.2010") are AUTHOR_JUNK's.
 */
const NAMED_DATE_TAIL = new RegExp(
  String.raw`(?<=\p{L}\.?)(?:\s*(?:last\s+)?(?:${DATE_LABEL_WORDS})\s*:?)?\s*,?\s+(?:(?:${DATE_PREPOSITIONS}|de)\s+)?(?:\d{1,2}(?:\.|st|nd|rd|th)?\s+(?:de\s+)?)?(\p{L}{3,}\.?)\s+(?:(?:de\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:de\s+)?\d{4}\b.*$`,
  "iu",
);
function cutNamedDate(s: string): string {
  const m = NAMED_DATE_TAIL.exec(s);
  // ("Last Updated: January 7, 2025": the label's "Last" is no name either)
  if (!m || monthNumber(m[1]) === undefined) return s;
  const head = s.slice(0, m.index).replace(/(?:^|\s+)(?:last|zuletzt)$/i, "");
  // (and the day's name before the date, "Ann Lee Monday, February 29, 2016": WEEKDAY_BEFORE_DATE; only when two name
  // words stay before it, as a weekday is a surname too, "Joe Friday", "Ann Sunday"; and its three-letter form, "Sun",
  // "Mon", "Sat", only with its full stop or comma, which a surname lacks: "Ann Lee Sat., March 3")
  const day = WEEKDAY_BEFORE_DATE.exec(head);
  if (!day || head.slice(0, day.index).trim().split(/\s+/).length < 2) return head;
  if (day[1].length <= 3 && !/[.,]$/.test(day[0]) && !/^,/.test(s.slice(m.index))) return head;
  return head.slice(0, day.index);
}
/**
 * A weekday's name closing what stands before a cut date ("Ann Lee Monday" of "Ann Lee Monday, February 29, 2016", "Ann
 * Lee Montag" of "Ann Lee Montag, 3. März 2020"): the date's first word, no name. Family: byline rows of news and blog
 * themes that print the name, then the full date with its weekday, in spans read as one line. The weekdays of the
 * byline lexicon (WEEKDAYS: English, German, French, Spanish, Portuguese, Italian, Dutch) and the English short forms.
 */
const WEEKDAY_BEFORE_DATE = new RegExp(String.raw`\s+(${[...WEEKDAYS, ...WEEKDAY_SHORT_FORMS].join("|")})\.?,?$`, "i");

/** A job title closing a byline part without a separator ("Ann Lee Staff Writer", "Ann Lee Reporterin"). */
const TRAILING_JOB_TITLE = new RegExp(`(?<!\\s)\\s+${JOB_TITLE}$`, "i");

/** An element of the page with its place in document order and whether it sits in a region that speaks for something else. */
interface Placed {
  el: Element;
  order: number;
  /** Inside a comment thread, sidebar, teaser list, footer... (ELSEWHERE_TOKEN / ELSEWHERE_TAGS). */
  elsewhere: boolean;
}

/**
 * A byline line inside a section of the article: after a sub-heading (<h2>–<h6>) that follows at least
 * SECTION_AFTER_TEXT_CHARS of the article's text under the headline, with SECTION_TEXT_AFTER_CHARS or more of text still
 * after it. It credits that section's source ("<h3>Summary of the study</h3><p>Autorin: Ann Lee, Institute, 2008</p>"),
 * a quoted work, a guest's contribution or the speaker of an event the article reports, not the article: a byline is
 * printed under the headline, before the text, or signs the text at its end. Family: reports, press pages and blogs
 * that summarise a study, a book or a talk under its own heading with its author's credit. Only a credit that says more
 * than a name (SECTION_CREDIT_MORE: an affiliation, a year, a work: ", Institute for Rivers, 2011"): a bare "By Ann
 * Lee" after a standfirst and a subtitle is the article's byline. And only with text after it in its own container,
 * boxes that open with a heading and lists not counted: a signature followed by a notes or bio box closes the text.
 */
const SUB_HEADING_TAGS: ReadonlySet<string> = new Set(["h2", "h3", "h4", "h5", "h6"]);
const SECTION_AFTER_TEXT_CHARS = 150;
const SECTION_TEXT_AFTER_CHARS = 600;
function sectionCredit(p: { el: Element; inSection: boolean; textAt: number }, nodes: MetaNodes): boolean {
  if (!p.inSection || nodes.textAfterH1Chars - p.textAt < SECTION_TEXT_AFTER_CHARS) return false;
  let block: Element = p.el;
  while (INLINE_TAGS.has(block.name) && block.parent && block.parent.type === "tag") block = block.parent as Element;
  if (textLength(block) > BYLINE_LINE_MAX_CHARS * 2 || !SECTION_CREDIT_MORE.test(squash(textOf(block)))) return false;
  // the text after it in its own block's container: a signature closes its container, whatever the page prints after
  // (notes, contact boxes, the footer), and whatever boxes under their own heading or lists follow it there
  let after = 0;
  for (let sib = block.next; sib && after < SECTION_TEXT_AFTER_CHARS; sib = sib.next) {
    if (sib.type === "text") after += ((sib as unknown as { data: string }).data ?? "").trim().length;
    else if (sib.type === "tag" && !isHeadedBoxOrList(sib as Element)) after += textLength(sib as Element);
  }
  return after >= SECTION_TEXT_AFTER_CHARS;
}

/**
 * A credit that says more than a name: a digit (a year, an edition) or, after a comma, semicolon or bracket, two words
 * or more (an institute, a work's title); a lone place after the comma ("Ann Lee, Berlin") is a byline's dateline.
 */
const SECTION_CREDIT_MORE = /\d|[,;(]\s?[^\s,;()]+\s[^\s,;()]/u;
/** A list, or a box whose first element is a heading (notes, a bio, a contact box): not the text a credit is followed by. */
function isHeadedBoxOrList(el: Element): boolean {
  if (el.name === "ul" || el.name === "ol" || el.name === "dl" || el.name === "aside" || el.name === "footer") return true;
  const first = el.children.find((c) => c.type === "tag") as Element | undefined;
  return !!first && SUB_HEADING_TAGS.has(first.name);
}

/** The elements metadata is read from, gathered in one walk over the DOM (a CSS query per field costs as much as parsing). */
interface MetaNodes {
  metas: Element[];
  ldScripts: string[];
  /** Other inline scripts that mention a publication-date key (SCRIPT_DATE_KEYS). */
  dataScripts: string[];
  datePublished: Element[];
  /** <time datetime>, with whether it sits inside the article (<article>, <main>, articleBody). */
  times: { el: Element; inArticle: boolean; elsewhere: boolean; order: number }[];
  authorEls: Element[];
  /** How many schema.org article items (ARTICLE_TYPES) the page marks up. */
  articleItems: number;
  /** Elements whose class / id names a date (DATE_HINT) or a byline (AUTHOR_HINT). */
  dateHints: Placed[];
  authorHints: Placed[];
  /** Short elements of the page's own text holding one text node (DATE_LINE_TAGS): candidates for a date on a line of its own. */
  shortLines: Placed[];
  /** Short rows under the headline made of a few child elements (META_ROW_CHILDREN): a name and a date in spans or blocks. */
  metaRows: Placed[];
  /** Paragraphs and sub-headings of the page's own text short enough to be a byline line ("<p>Von Ann Lee</p>"). */
  bylineLines: (Placed & { text: string; inSection: boolean; textAt: number })[];
  /** Characters of the page's own text after the headline (the whole walk; bylineLines' textAt counts the same way). */
  textAfterH1Chars: number;
  /** Elements of any tag whose own text node opens with a byline word (BYLINE_WORD_NODE): candidates for a byline box. */
  bylineBoxes: (Placed & { inSection: boolean; textAt: number })[];
  /** Links to an author's page (AUTHOR_PAGE_HREF) in the page's own text: candidates for an author link (authorPageLinkName). */
  authorLinks: (Placed & { textAt: number })[];
  /** The first <h1> outside sidebars and teasers: the headline the visible date and byline sit next to. */
  h1: Placed | null;
  /** No <h1> (yet): `h1` is the element printing the <title>'s headline (HEADLINE_STAND_IN_TAGS); a later <h1> replaces it. */
  h1StandIn: boolean;
  /** `h1` is an <h1> that holds the site's name (isSiteNameHeading): a title-matching <h2> replaces it too. */
  h1SiteName: boolean;
  /** Page text just before and just after that <h1> (where datelines and bylines are printed). */
  textBeforeH1: string;
  textAfterH1: string;
  /** textAfterH1 with a line break where each block element starts (a name in running text never runs across one). */
  blocksAfterH1: string;
  /** Elements whose class or id names the site's tagline (TAGLINE_TOKEN), outside the article: taglineOwner. */
  taglines: Element[];
  /** The sub-headings (<h2>-<h6>) within blocksAfterH1, each with where it starts there (teaserCutAfterH1). */
  headingsAfterH1: { el: Element; at: number }[];
  /** The page's visible text outside comments, sidebars and teasers, up to PAGE_TEXT_CHARS. */
  pageText: string;
  /** All visible text of <body>, sidebars and footers included, up to ALL_TEXT_CHARS: where a declared author must show. */
  allText: string;
  titleText: string;
  htmlLang: string | null;
  canonical: string | null;
}

function textOf(el: Element): string {
  let out = "";
  for (const c of el.children) {
    if (c.type === "text") out += (c as unknown as { data: string }).data;
    else if (c.type === "tag" && "children" in c) out += textOf(c as Element);
  }
  return out;
}

/** An element's text up to its first line break ("<p>Von Ann Lee<br>Kakuma</p>" is "Von Ann Lee"). */
function firstLineOf(el: Element): string {
  let out = "";
  const walk = (e: Element): boolean => {
    for (const c of e.children) {
      if (c.type === "text") out += (c as unknown as { data: string }).data;
      else if (c.type === "tag") {
        if ((c as Element).name === "br") return true;
        if (walk(c as Element)) return true;
      }
    }
    return false;
  };
  walk(el);
  return out;
}

/** Text of an element with a space between child elements ("<span>28.09.19</span><span>12:34</span>" is two tokens, not "28.09.1912:34"). */
function spacedTextOf(el: Element, cap = Infinity): string {
  let out = "";
  for (const c of el.children) {
    if (out.length > cap) break;
    if (c.type === "text") out += (c as unknown as { data: string }).data;
    else if (c.type === "tag") out += " " + spacedTextOf(c as Element, cap - out.length) + " ";
  }
  return out;
}

/**
 * No web page was published before this year (the web's first pages date from 1991): an
 * earlier "date" is a misread ("28.09.1912" glued from two fields) or a historical date in the text.
 */
const EARLIEST_PUBLISHED_YEAR = 1991;
const plausible = (iso: string, crawledAt: string | null | undefined): boolean => Number(iso.slice(0, 4)) >= EARLIEST_PUBLISHED_YEAR && !isAfterCrawl(iso, crawledAt);

/** How much page text around the headline is kept for datelines and bylines. */
const NEAR_H1_CHARS = 300;
/** Tags that print a date on a line of its own (a paragraph, a sub-heading, a small span under the headline). */
const DATE_LINE_TAGS: ReadonlySet<string> = new Set(["p", "h2", "h3", "h4", "h5", "h6", "div", "span", "small", "strong", "em", "b", "li", "td", "font"]);
const DATE_LINE_MAX_CHARS = 40;
/** The longest line or meta row read as a date and a name (the date, the name, a separator or a weekday). */
const DATE_LINE_ROW_MAX_CHARS = DATE_LINE_MAX_CHARS + 20;
/**
 * A Greek byline line: the genitive article, then the writer's name alone on its line ("Του Νίκου Παπαδάκη", "Της Μαρίας
 * Νικολάου": "[the article] of …"; in capitals, "ΤΟΥ ΝΙΚΟΥ ΠΑΠΑΔΑΚΗ"), how Greek newspapers print the byline. The
 * article opens it in capitals and only a name of two or three words follows, so a sentence is not one. Headings and
 * lines in the body ("Του Αγίου Νικολάου", "Της Αγίας Τριάδος", "Του Δήμου …") read the same, so the line counts only as
 * a paragraph or a block before the running text (greekBylineAt) and not when its first word is a saint's, a place's
 * or a date's genitive (GREEK_NOT_NAME_GENITIVES). (The opener only: the name is read by BYLINE_LINE_NAME.) Family:
 * Greek and Cypriot news sites.
 */
const GREEK_BYLINE_LINE =
  /^(?:Του|Της|ΤΟΥ|ΤΗΣ)\s+(?=(?:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}|\p{Lu}{2,}(?:\s+\p{Lu}{2,}(?:-\p{Lu}{2,})?){1,2})$)/u;
/**
 * Genitives that open a Greek heading or line after "Του"/"Της" and are no one's given name: saints and churches
 * (Αγίου, Αγίας, Αγίων, Παναγίας), places and bodies (Δήμου, Νομού, Οδού, Πλατείας, Περιφέρειας, Κοινότητας, Λιμανιού,
 * Νησιού, Χωριού, Πόλης), months and weekdays. Compared without accents, in lower case.
 */
const GREEK_NOT_NAME_GENITIVES: ReadonlySet<string> = new Set([
  "αγιου", "αγιας", "αγιων", "παναγιας", "δημου", "νομου", "οδου", "πλατειας", "περιφερειας", "κοινοτητας", "λιμανιου",
  "νησιου", "χωριου", "πολης", "κρατους", "εβδομαδας",
  "ιανουαριου", "φεβρουαριου", "μαρτιου", "απριλιου", "μαιου", "ιουνιου", "ιουλιου", "αυγουστου", "σεπτεμβριου",
  "οκτωβριου", "νοεμβριου", "δεκεμβριου",
  "δευτερας", "τριτης", "τεταρτης", "πεμπτης", "παρασκευης", "σαββατου", "κυριακης",
]);
/** The most text under the headline before a Greek byline line (after it, the line is a heading in the body). */
const GREEK_BYLINE_TEXT_MAX = 300;
/** Whether a Greek byline line (GREEK_BYLINE_LINE) in a `tag` block counts where it stands: see GREEK_BYLINE_LINE. */
function greekBylineAt(text: string, tag: string, textAfterH1: number): boolean {
  if ((tag !== "p" && tag !== "div") || textAfterH1 > GREEK_BYLINE_TEXT_MAX || !GREEK_BYLINE_LINE.test(text)) return false;
  const first = (text.split(/\s+/)[1] ?? "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return !GREEK_NOT_NAME_GENITIVES.has(first);
}
/**
 * What follows a byline line's name when the line is a sentence: four lower-case words or more (whole words of two
 * letters or more: not "a.m." or the "th" of "18th"), then a full stop, a
 * question or an exclamation mark at the end ("…, the ferry will run again on the old timetable."). A byline's tail is a
 * role, a desk or a place ("…, Projektleiterin bei der Stadt", "…, staff writer") and seldom ends a sentence.
 */
const SENTENCE_TAIL = /^(?=(?:.*?(?<=\s)\p{Ll}{2}[\p{Ll}'’-]*(?=[\s,;:.!?]|$)){4}).*[.!?]\s*$/u;
/**
 * A clause after a byline's name: a comma, then two lower-case words ("By Governor Ann Lee, the state will …"). After
 * an office and a name, the line is a sentence about the official, not an op-ed's byline (cleanAuthor's officeName).
 */
const CLAUSE_AFTER_NAME = /^\s*,\s*\p{Ll}+\s+\p{Ll}/u;
/** Blocks that hold a byline printed as a line of the article ("<p>Von Ann Lee</p>", "<h5><em>By Ann Lee</em></h5>"). */
const BYLINE_LINE_TAGS: ReadonlySet<string> = new Set(["p", "h2", "h3", "h4", "h5", "h6"]);
const BYLINE_LINE_MAX_CHARS = 90;
/**
 * After the opener, a byline line is a capitalised name of two to four words, then at most ", role" / "(desk)" / "| site"
 * / "• Photos by …". A name may hold a middle initial without its dot ("Ann K Lee") and up to two particles ("Maria del
 * Carmen Lee", "Jan van der Berg"): US bylines and Spanish, Portuguese, Italian and Dutch names.
 */
const LINE_NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]+`;
const LINE_NAME_PARTICLE = `(?:${NAME_PARTICLES_SOURCE}|den|del|della|das|do|dos|al|bin|ten|ter)`;
const LINE_NAME = String.raw`${LINE_NAME_WORD}(?:\s+(?:\p{Lu}\s+)?(?:${LINE_NAME_PARTICLE}\s*){0,2}${LINE_NAME_WORD}){1,3}`;
const BYLINE_LINE_NAME = new RegExp(
  String.raw`^(${LINE_NAME}(?:\s*(?:,|&|\sund|\sand|\set|\sy|\se|\sи)\s+${LINE_NAME}){0,3})\s*(?:$|[,;(|–—•·-]\s*\S.*$|\s+(?:am|on|le|el|il|em|um|at|vom|op)\s+(?:\d|\p{Lu}\p{Ll}+\.?\s+\d).*$)`,
  "u",
);
/** (co-authors joined by a comma, "&", "und", "and", "et", "y", "e": "Von Ann Lee und Bo Ek"; the next credit after a
 * semicolon: wire copy's closing "Reporting by Ann Lee; Editing by Bo Ek", the reporter's name kept) */
/** What a date line may hold besides the date: a weekday, "Uhr", a separator. */
const DATE_LINE_SLACK = 14;
/** How much of the page text is searched for labelled dates ("Published: …"). */
const PAGE_TEXT_CHARS = 60_000;
const ALL_TEXT_CHARS = 200_000;
/** One expression per key, in the table's order of trust: the key, then an ISO date string. */
const SCRIPT_DATE_VALUE_RES = SCRIPT_DATE_KEYS.map((k) => new RegExp(`"${k}"\\s*:\\s*"(\\d{4}-\\d{2}-\\d{2}[^"]{0,30})"`));
const SCRIPT_DATE_RE = new RegExp(`"(?:${SCRIPT_DATE_KEYS.join("|")})"\\s*:`);

/**
 * An element that AUTHOR_HINT names by a class token of other widgets only (WEAK_AUTHOR_TOKEN: "by", "submitted") and
 * whose text neither opens with a byline word ("Submitted by Ann Lee") nor is a person's name ("<span class=by>Most
 * Popular</span>", "<div class=submitted>Thank you Ann</div>").
 */
function weakBylineToken(el: Element, hint: string): boolean {
  if (AUTHOR_HINT.test(hint.replace(WEAK_AUTHOR_TOKEN, " "))) return false;
  const text = squash(spacedTextOf(el, 200));
  if (BYLINE_OPENER.test(text)) return false;
  return !isPersonName(text.split(/\s*[|•·,–—(]\s*/)[0]);
}

/** An element readers never see: `hidden`, `display:none` / `visibility:hidden`, a hiding class (HIDDEN_CLASS). */
function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined || (a.style && HIDDEN_STYLE.test(a.style))) return true;
  return !!a.class && a.class.split(/\s+/).some((t) => HIDDEN_CLASS.test(t));
}

function isElsewhere(el: Element, inArticle: boolean): boolean {
  if (ELSEWHERE_TAGS.has(el.name) || (el.name === SITE_FOOTER_TAG && !inArticle)) return true;
  if (el.name === "body" || el.name === "html" || el.name === "main" || el.name === "article") return false;
  return namesElsewhere(el);
}

/**
 * Whether an element's class or id, or a test hook naming a comment thread or a story list (placeHooks), names a place
 * outside the article (ELSEWHERE_TOKEN, not a layout wrapper).
 */
function namesElsewhere(el: Element): boolean {
  const a = el.attribs;
  const hint = `${a.class ?? ""} ${a.id ?? ""}`.trim();
  const tokens = hint ? hint.split(/\s+/) : [];
  if (tokens.some((t) => LAYOUT_TOKEN.test(t))) return false;
  tokens.push(...placeHooks(a));
  if (!tokens.some((t) => ELSEWHERE_TOKEN.test(t))) return false;
  // a story list's token on the box that holds the page's <h1> ("trending-wrap" around the article) is the page's frame:
  // only a list of other stories hides its teasers' bylines
  if (tokens.every((t) => !ELSEWHERE_TOKEN.test(t) || STORY_BOX_TOKEN.test(t)) && holdsH1(el)) return false;
  // "sidebar-wrapper", "sidebar-on sidebar-right", "has-sidebar": themes name the column beside the
  // sidebar after it; the one that holds the article's headline or <article> is layout, not a sidebar.
  if (tokens.every((t) => !ELSEWHERE_TOKEN.test(t) || SIDEBAR_LAYOUT_TOKEN.test(t)) && holdsArticle(el)) return false;
  // an infinite-scroll theme's wrapper of the next post ("next-post-loaded") holding the post's <h1> is the post itself
  return !(tokens.every((t) => !ELSEWHERE_TOKEN.test(t) || POST_NAV_TOKEN.test(t)) && holdsH1(el));
}

/** Whether an element holds an <h1> (below it, depth-first; for the rare post-navigation boxes only: namesElsewhere). */
function holdsH1(el: Element): boolean {
  return el.children.some((c) => c.type === "tag" && ((c as Element).name === "h1" || holdsH1(c as Element)));
}

/** Class tokens that name a layout by its sidebar (the family above); a bare "sidebar" is the sidebar itself. */
const SIDEBAR_LAYOUT_TOKEN = /^(?:(?:has|with|no)-)?side-?bar-(?:on|off|left|right|wrap|wrapper|layout|active|enabled|container)$|^(?:has|with|no)-side-?bar$/i;

/** Whether an element holds an <h1> or an <article> (so it is the page's main column). */
function holdsArticle(el: Element): boolean {
  return (holdings(el) & HOLDS_ARTICLE) !== 0;
}

/** What an element holds below it (bit flags), read once per element and remembered (subtreeMemo). */
const HOLDS_ARTICLE = 1; // an <h1> or an <article>
const HOLDS_NAV = 2; // a <nav>
const HOLDS_TITLE = 4; // a post's title: an <h1>-<h3>, or an element whose class is or ends in "title"
const HOLDS_MAIN = 8; // a <main>
const LINK_UNIT = 16; // above the flags: the number of links to other pages than an author's (isOtherPageLink)
const isOtherPageLink = (e: Element): boolean => e.name === "a" && !!e.attribs.href && !isAuthorPageHref(e.attribs.href) && !IN_PAGE_HREF.test(e.attribs.href);
const TITLE_CLASS = /(?:^|[-_])title$/i;
let subtreeMemo = new WeakMap<Element, number>();
/**
 * Attributes that component frameworks and their test suites use to name a part of the page where the class names are
 * hashed or generic ("css-1x2y3z", "sc-bdfBwQ"): `data-testid="authorName"`, `data-qa="article-byline"`,
 * `data-component="byline"`. Family: React, Next.js, Vue and Svelte news and blog front ends (and hosted platforms built
 * on them) whose byline and date carry no telling class.
 */
const TEST_HOOK_ATTRIBUTES = ["data-testid", "data-test-id", "data-test", "data-qa", "data-cy", "data-component", "data-hook"] as const;
/** The values of an element's test-hook attributes (TEST_HOOK_ATTRIBUTES), each after a space; "" when it has none. */
function testHooks(a: Record<string, string>): string {
  let out = "";
  for (const k of TEST_HOOK_ATTRIBUTES) if (a[k]) out += ` ${a[k]}`;
  return out;
}
/**
 * The test-hook values that name a comment thread or a list of other stories, as class tokens (camelCase parted:
 * data-testid="relatedStories" → "related-Stories", data-qa="comment-author"): read as a class naming them would be, so
 * a framework's comment list or related box marked only by its test ids hides its commenters and teaser writers.
 */
function placeHooks(a: Record<string, string>): string[] {
  const hooks = testHooks(a);
  if (!hooks) return [];
  return hooks.replace(/(\p{Ll})(\p{Lu})/gu, "$1-$2").trim().split(/\s+/).filter((t) => COMMENT_TOKEN.test(t) || STORY_BOX_TOKEN.test(t));
}
/**
 * The HOLDS_* flags of an element's descendants: each element's flags are its children's own and held ones, so an author
 * element's ancestors are each read once however many author elements a list holds (iterative, post-order: deep pages).
 */
function holdings(el: Element): number {
  const known = subtreeMemo.get(el);
  if (known !== undefined) return known;
  const stack: [Element, boolean][] = [[el, false]];
  while (stack.length) {
    const [e, done] = stack.pop() as [Element, boolean];
    if (subtreeMemo.has(e)) continue;
    const kids = e.children.filter((c) => c.type === "tag") as Element[];
    if (!done) {
      stack.push([e, true]);
      for (const k of kids) if (!subtreeMemo.has(k)) stack.push([k, false]);
      continue;
    }
    let f = 0;
    for (const k of kids) {
      const below = subtreeMemo.get(k) ?? 0;
      f = (f | (below % LINK_UNIT)) + below - (below % LINK_UNIT);
      if (k.name === "h1" || k.name === "article") f |= HOLDS_ARTICLE | HOLDS_TITLE;
      else if (k.name === "h2" || k.name === "h3" || (k.attribs.class ?? "").split(/\s+/).some((t) => TITLE_CLASS.test(t))) f |= HOLDS_TITLE;
      if (k.name === "nav") f |= HOLDS_NAV;
      if (k.name === "main") f |= HOLDS_MAIN;
      if (isOtherPageLink(k)) f += LINK_UNIT;
    }
    subtreeMemo.set(e, f);
  }
  return subtreeMemo.get(el) ?? 0;
}

/** The metadata elements of a page, in one walk over the DOM in document order. */
function gather(root: AnyNode): MetaNodes {
  const n: MetaNodes = {
    metas: [], ldScripts: [], dataScripts: [], datePublished: [], times: [], authorEls: [], articleItems: 0, dateHints: [], authorHints: [], shortLines: [], metaRows: [], bylineLines: [], bylineBoxes: [], authorLinks: [],
    h1: null, h1StandIn: false, h1SiteName: false, textAfterH1Chars: 0, textBeforeH1: "", textAfterH1: "", blocksAfterH1: "", headingsAfterH1: [], taglines: [], pageText: "", allText: "", titleText: "", htmlLang: null, canonical: null,
  };
  let titleSeen = false;
  let order = 0;
  let bodySeen = false;
  let inMargin = false;
  // a sub-heading after some of the article's text: the lines after it belong to a section (sectionAfterText)
  let sectionSeen = false;
  const walk = (node: Element, inArticle: boolean, elsewhere: boolean, hidden: boolean): void => {
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      const type = c.type;
      if (type === "text") {
        if (!bodySeen || hidden) continue;
        const data = (c as unknown as { data: string }).data;
        if (n.allText.length < ALL_TEXT_CHARS) n.allText += data + " ";
        if (elsewhere) continue;
        if (n.pageText.length < PAGE_TEXT_CHARS) n.pageText += data + " ";
        if (data.length <= BYLINE_BOX_MAX_CHARS && n.bylineBoxes.length < BYLINE_BOXES && BYLINE_WORD_NODE.test(data) && node !== n.bylineBoxes[n.bylineBoxes.length - 1]?.el)
          n.bylineBoxes.push({ el: node, order, elsewhere: false, inSection: sectionSeen, textAt: n.textAfterH1Chars });
        if (n.h1) {
          n.textAfterH1Chars += data.trim().length;
          if (n.textAfterH1.length < NEAR_H1_CHARS) {
            n.textAfterH1 += data + " ";
            n.blocksAfterH1 += data + " ";
          }
        } else if (/\S/.test(data)) n.textBeforeH1 = (n.textBeforeH1 + " " + data).slice(-NEAR_H1_CHARS);
        continue;
      }
      if (type !== "tag" && type !== "script" && type !== "style") continue;
      const el = c as Element;
      const a = el.attribs;
      const name = el.name;
      order++;
      if (name === "script") {
        const t = (a.type ?? "").toLowerCase().trim();
        if (t === "application/ld+json") n.ldScripts.push(textOf(el));
        else if (!t || t.includes("javascript") || t.includes("json")) {
          const text = textOf(el);
          if (text.length < 2_000_000 && (SCRIPT_DATE_RE.test(text) || SCRIPT_AUTHOR_RE.test(text))) n.dataScripts.push(text);
        }
        continue;
      }
      if (name === "style") continue;
      if (name === "body") bodySeen = true;
      const ownAway = (!elsewhere || inMargin) && isElsewhere(el, inArticle);
      const away = elsewhere || ownAway;
      // Dates only: an <aside> inside the <article> or <main> whose class names no sidebar or related
      // list is the article's margin (its date column, "<aside class=entry-details>"); authors stay out.
      const marginBefore = inMargin;
      if (inMargin) inMargin = !ownAway;
      else if (ownAway) inMargin = el.name === "aside" && inArticle && !namesElsewhere(el);
      const dateAway = away && !inMargin;
      if (n.h1 && !away && !INLINE_TAGS.has(name) && n.textAfterH1.length < NEAR_H1_CHARS) {
        n.blocksAfterH1 += "\n";
        if (TEASER_HEADING_TAGS.has(name) && n.headingsAfterH1.length < HEADINGS_AFTER_H1) n.headingsAfterH1.push({ el, at: n.blocksAfterH1.length });
      }
      const unseen = hidden || isHidden(el);
      if (name === "meta" || (a.content !== undefined && (a.property !== undefined || a.itemprop !== undefined))) n.metas.push(el);
      else if (name === "time") {
        if (a.datetime) n.times.push({ el, inArticle, elsewhere: away, order });
      } else if (name === "title") {
        if (!titleSeen) {
          titleSeen = true;
          n.titleText = textOf(el);
        }
      } else if (name === "html") {
        if (a.lang && !n.htmlLang) n.htmlLang = a.lang;
      } else if (name === "link" && (a.rel ?? "").toLowerCase() === "canonical" && !n.canonical) n.canonical = a.href ?? null;
      else if (name === "h1" && (!n.h1 || n.h1StandIn) && !away && textOf(el).trim().length >= 4 && !(n.h1 && isSiteNameHeading(el))) {
        if (n.h1StandIn) n.textBeforeH1 = (n.textBeforeH1 + " " + n.textAfterH1).slice(-NEAR_H1_CHARS);
        n.h1 = { el, order, elsewhere: false };
        // the site's name in an <h1> holds the place until the headline shows up
        n.h1StandIn = n.h1SiteName = isSiteNameHeading(el);
        n.textAfterH1 = n.blocksAfterH1 = "";
        n.headingsAfterH1 = [];
        n.textAfterH1Chars = 0;
        sectionSeen = false;
      } else if ((!n.h1 || n.h1SiteName) && !away && HEADLINE_STAND_IN_TAGS.has(name) && n.titleText && isTitleText(textOf(el), n.titleText)) {
        if (n.h1) n.textBeforeH1 = (n.textBeforeH1 + " " + n.textAfterH1).slice(-NEAR_H1_CHARS);
        n.h1 = { el, order, elsewhere: false };
        n.h1StandIn = true;
        n.h1SiteName = false;
        n.textAfterH1 = n.blocksAfterH1 = "";
        n.headingsAfterH1 = [];
        n.textAfterH1Chars = 0;
        sectionSeen = false;
      }
      if (a.itemscope !== undefined && a.itemtype && itemTypes(a.itemtype).some((t) => ARTICLE_TYPES.has(t))) n.articleItems++;
      const itemprop = a.itemprop;
      if (itemprop !== undefined) {
        if (itemprop === "datePublished") n.datePublished.push(el);
        if (itemprop === "author") n.authorEls.push(el);
        else if (a.rel === "author" && !unseen) n.authorEls.push(el);
      } else if (a.rel === "author" && !unseen) n.authorEls.push(el);
      // (with a component's test or role attribute, TEST_HOOK_ATTRIBUTES: sites built with component frameworks hash their
      // class names, "css-1x2y3z", and name the parts there instead, data-testid="authorName")
      const hint = `${a.class ?? ""} ${a.id ?? ""} ${itemprop ?? ""}${testHooks(a)}`;
      if (hint.length > 2 && name !== "body" && name !== "html") {
        if (DATE_HINT.test(hint) || (name === "time" && !a.datetime)) n.dateHints.push({ el, order, elsewhere: dateAway });
        if (((AUTHOR_HINT.test(hint) && !AUTHOR_HINT_NOT.test(hint) && !weakBylineToken(el, hint)) || a.rel === "author") && !unseen) n.authorHints.push({ el, order, elsewhere: away });
      } else if (a.rel === "author" && !unseen) n.authorHints.push({ el, order, elsewhere: away });
      if (!inArticle && !unseen && !n.h1 && n.taglines.length < TAGLINES_MAX && (a.class || a.id) && `${a.class ?? ""} ${a.id ?? ""}`.split(/\s+/).some((t) => TAGLINE_TOKEN.test(t)))
        n.taglines.push(el);
      // a <time> without datetime names a date by its tag alone ("<time>02.02.2022</time>")
      if (name === "time" && !a.datetime && hint.length <= 2) n.dateHints.push({ el, order, elsewhere: dateAway });
      if (n.h1 && !n.h1StandIn && !away && SUB_HEADING_TAGS.has(name) && n.textAfterH1Chars >= SECTION_AFTER_TEXT_CHARS) sectionSeen = true;
      if (name === "a" && !away && !unseen && a.href && n.authorLinks.length < AUTHOR_LINKS_MAX && isAuthorPageHref(a.href)) n.authorLinks.push({ el, order, elsewhere: false, textAt: n.h1 ? n.textAfterH1Chars : 0 });
      if (!away && !unseen && (BYLINE_LINE_TAGS.has(name) || (name === "div" && n.h1 && n.textAfterH1Chars <= GREEK_BYLINE_TEXT_MAX && el.children.length <= 3)) && n.bylineLines.length < 200) {
        const text = squash(firstLineOf(el));
        if (text.length >= 5 && text.length <= BYLINE_LINE_MAX_CHARS && ((BYLINE_LINE_TAGS.has(name) && BYLINE_OPENER.test(text)) || greekBylineAt(text, name, n.textAfterH1Chars))) n.bylineLines.push({ el, order, elsewhere: false, text, inSection: sectionSeen, textAt: n.textAfterH1Chars });
      }
      if (!away && DATE_LINE_TAGS.has(name) && el.children.length === 1 && el.children[0].type === "text") {
        const len = (el.children[0] as unknown as { data: string }).data.trim().length;
        if (len >= 8 && len <= DATE_LINE_MAX_CHARS && n.shortLines.length < 400) n.shortLines.push({ el, order, elsewhere: false });
      } else if (n.h1 && !n.h1StandIn && !away && !unseen && DATE_LINE_TAGS.has(name) && n.metaRows.length < META_ROWS_MAX) {
        const kids = el.children.filter((k) => k.type === "tag" || (k.type === "text" && /\S/.test((k as unknown as { data: string }).data))).length;
        if (kids >= 2 && kids <= META_ROW_CHILDREN) n.metaRows.push({ el, order, elsewhere: false });
      }
      if (el.children.length) walk(el, inArticle || name === "article" || name === "main" || itemprop === "articleBody", away, unseen);
      inMargin = marginBefore;
    }
  };
  if ("children" in root) walk(root as Element, false, false, false);
  return n;
}

/**
 * A byline element's text less the place or the agency it prints (a child whose class names a location or an agency,
 * BYLINE_NOT_NAME_CLASS): "<div class=signature><strong class=signature__location>Lyon</strong></div>" is no name,
 * "<span class=byline>Ann Lee <span class=byline-place>Lyon</span></span>" is Ann Lee. Family: signature and byline
 * rows of news CMSs that print the reporter's city or the wire agency beside or instead of the name (an element
 * whose own class names them is no byline element at all: AUTHOR_HINT_NOT). (Other AUTHOR_HINT_NOT parts, a bio or a job line, stay:
 * the author box's bio is where a metadata first name finds its surname.)
 */
function bylineTextOf(el: Element): string {
  let out = "";
  for (const c of el.children) {
    if (c.type === "text") out += (c as unknown as { data: string }).data;
    else if (c.type === "tag" && "children" in c) {
      const x = c as Element;
      // a block (or a line break) inside the byline ends its line: "<div>By Ann Lee</div><div>Example Press</div>"
      // is two lines, not "Ann LeeExample Press"
      // (and a date inside it, a <time> or an inline element classed as the date, ends the names' line: set flush against
      // the last name, "<a>Bo Ek</a><time>March 3, 2021</time>" read as "Bo EkMarch 3, 2021" lost that co-author;
      // BYLINE_DATE_CLASS. Family: byline rows of news and blog themes that style the date apart with CSS margins only)
      const block = !INLINE_TAGS.has(x.name) || x.name === "time" || BYLINE_DATE_CLASS.test(`${x.attribs.class ?? ""}`);
      if (x.name === "br") out += "\n";
      else if (!BYLINE_NOT_NAME_CLASS.test(`${x.attribs.class ?? ""} ${x.attribs.id ?? ""}`)) out += block ? `\n${bylineTextOf(x)}\n` : bylineTextOf(x);
    }
  }
  return out;
}

/** Class tokens of a byline row's date element ("date", "post-date", "byline__time", "published", "timestamp", "datum"). */
const BYLINE_DATE_CLASS = /(?:^|[\s_-])(?:date|dates|time|timestamp|datetime|published|updated|pubdate|datum|fecha)(?=$|\s)/i;

/**
 * The names of a byline element printed over several lines (blocks or line breaks). Its first line, when it opens with
 * a byline word: what the lines after it print (the outlet or agency, the reporter's place, a job title, a date) is no
 * part of the names ("<div>By Ann Lee and Bo Ek</div><div>Example Press</div>", "By Ann Lee<br>Em São Paulo"). Lines
 * that are each a person's name are a list of co-authors ("<li>Ann Lee</li><li>Bo Ek</li>"). Else null. Family: byline
 * boxes of wire and portal CMSs that print the credit and the outlet or place as separate blocks, and author lists.
 */
function bylineLinesName(text: string): string | null {
  const lines = text.split("\n").map(squash).filter(Boolean);
  if (lines.length < 2) return null;
  if (BYLINE_OPENER.test(lines[0])) return lines[0];
  return lines.length <= BYLINE_LIST_MAX && lines.every(personName) ? lines.join(", ") : null;
}
const BYLINE_LIST_MAX = 5;

const BYLINE_NOT_NAME_CLASS = /location|place|dateline|agency|agentur|agencia|agenzia|(?:^|[\s_-])(?:ort|lieu|lugar|luogo)(?:$|[\s_-])/i;

/** Whether an itemprop=author element prints the name (text), rather than declaring it in a `content` attribute. */
function printedAuthor(el: Element): boolean {
  return el.name !== "meta" && squash(textOf(el)).length > 0;
}
/** A person's name inside an itemprop=author element (its itemprop=name child, or its own text). */
function authorText(el: Element): string {
  const nameEl = (function find(e: Element): Element | null {
    for (const c of e.children) {
      if (c.type !== "tag") continue;
      const x = c as Element;
      if (x.attribs.itemprop === "name") return x;
      const deeper = find(x);
      if (deeper) return deeper;
    }
    return null;
  })(el);
  const target = nameEl ?? el;
  return target.attribs.content ?? textOf(target);
}

/** The day-first reading of "03/04/2020" everywhere but on US-English pages. */
function writesDayFirst(lang: string): boolean {
  const l = lang.toLowerCase();
  return !(l === "en" || l.startsWith("en-us") || l.startsWith("en_us") || l === "");
}

/** A date in a URL path: /2020/08/24/, /2020-08-24-, /20201123/ (a full day only; /2020/08/ says nothing of the day). */
export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    const u = new URL(url);
    // a web archive capture: the archived page's own address follows the capture stamp
    const archived = /^\/web\/\d{14}[a-z_]*\/(https?:\/\/.+)$/.exec(u.pathname + u.search);
    path = archived ? new URL(archived[1]).pathname : u.pathname;
  } catch {
    return null;
  }
  let m = /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/.exec(path);
  if (!m) m = /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  if (!m) return null;
  return normaliseMetaDate(`${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`);
}

/**
 * The day in the path of the article's permalink: the link on its headline ("<h1><a href=
 * '/2021/10/20/slug/'>") or a rel=bookmark link in the <article> around it (the microformats
 * permalink WordPress and most blog themes print). For pages saved without their address.
 */
export function permalinkDate(headline: Element | null): string | null {
  if (!headline) return null;
  const hrefs: string[] = [];
  const collect = (el: Element, bookmarksOnly: boolean): void => {
    for (const c of el.children) {
      if (c.type !== "tag") continue;
      const x = c as Element;
      if (x.name === "a" && x.attribs.href && (!bookmarksOnly || /(?:^|\s)bookmark(?:\s|$)/i.test(x.attribs.rel ?? ""))) hrefs.push(x.attribs.href);
      if (x.children.length && hrefs.length < 20) collect(x, bookmarksOnly);
    }
  };
  collect(headline, false);
  let article: AnyNode | null = headline.parent;
  while (article && !(article.type === "tag" && (article as Element).name === "article")) article = article.parent;
  if (article) collect(article as Element, true);
  for (const href of hrefs) {
    let abs: string;
    try {
      abs = new URL(href, "http://page.invalid/").href;
    } catch {
      continue;
    }
    const day = urlDate(abs);
    if (day) return day;
  }
  return null;
}

/** A UTC instant on the full hour with no minutes or seconds: how CMSs store a date-only value entered at local midnight. */
const LOCAL_MIDNIGHT_UTC = /T\d{2}:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)$/;

/** Offsets (other than UTC) that the page's own machine-readable timestamps state: the page's local zone. */
const OFFSET_IN_VALUE = /T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*([+-]\d{2}:?\d{2})\b/;

/** The same instant as `iso` (which has a time and an offset) written in `offset` ("+02:00"). */
function atOffset(iso: string, offset: string): string | null {
  const t = isoToEpoch(iso);
  const o = /([+-])(\d{2}):?(\d{2})/.exec(offset);
  if (t === null || !o) return null;
  const mins = (o[1] === "-" ? -1 : 1) * (+o[2] * 60 + +o[3]);
  const d = new Date(t + mins * 60000);
  return `${d.getUTCFullYear()}-${padDigits(d.getUTCMonth() + 1)}-${padDigits(d.getUTCDate())}T${padDigits(d.getUTCHours())}:${padDigits(d.getUTCMinutes())}:${padDigits(d.getUTCSeconds())}${o[1]}${o[2]}:${o[3]}`;
}

/** The calendar day before or after a YYYY-MM-DD day. */
function dayShift(day: string, by: number): string {
  const t = Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) + by * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Meta names that say "a date" without saying which: weaker than the dateline at the headline. */
const GENERIC_DATE_META: ReadonlySet<string> = new Set(["date", "dc.date", "dc:date", "dcterms.date"]);

/**
 * Pages without an <h1> print their headline in an <h2> (blog themes), a bold or big font (table
 * layouts), a linked title: the first of these whose text is the <title>'s headline stands in for
 * the <h1>, so the dateline beside it is read.
 */
const HEADLINE_STAND_IN_TAGS: ReadonlySet<string> = new Set(["h2", "h3", "b", "strong", "font", "big"]);
const STAND_IN_MIN_CHARS = 12;

/** Whether an element's text is the headline the <title> states (the whole title, or most of it beside a site name). */
function isTitleText(text: string, title: string): boolean {
  const t = titleKey(text);
  if (t.length < STAND_IN_MIN_CHARS) return false;
  const whole = titleKey(title);
  return whole.includes(t) && t.length * 2 >= whole.length;
}

/** From this local hour on, an article may be dated by the next morning's edition. */
const EVENING_EDITION_HOUR = 18;

/** How many date-named elements nearest the headline count as its dateline (the byline row's date, a kicker's, an update stamp). */
const HEADLINE_DATELINES = 4;

/** A dateline that states an update, not the publication ("Updated …", "Aktualisiert am …", "Letzte Änderung: …"). */
const UPDATED_LABEL = new RegExp(String.raw`^\W*(?:last\s+|letzte\s+|zuletzt\s+)?(?:${UPDATE_LABEL_WORDS})`, "i");

/**
 * An <h1> that is the site's name, not the headline: its link goes to the site's home page
 * ("<h1 class=site-title><a href='https://blog.example.org/'>Blog</a></h1>", classic blog themes
 * on single posts). The headline is then an <h2> (HEADLINE_STAND_IN_TAGS).
 */
function isSiteNameHeading(el: Element): boolean {
  let home = false;
  const visit = (e: Element): void => {
    for (const c of e.children) {
      if (c.type !== "tag") continue;
      const x = c as Element;
      if (x.name === "a" && x.attribs.href !== undefined) {
        const href = x.attribs.href.trim();
        home ||= href === "/" || href === "./" || /^(?:https?:)?\/\/[^/?#]+\/?(?:index\.\w+)?$/i.test(href);
      } else if (x.children.length) visit(x);
    }
  };
  visit(el);
  return home;
}

/** Sub-headings a teaser card prints its linked title in. */
const TEASER_HEADING_TAGS: ReadonlySet<string> = new Set(["h2", "h3", "h4", "h5", "h6"]);

/**
 * A date in a teaser card: just after a sub-heading that is a link to another page ("<h3><a
 * href=…>Other story</a></h3><p class=time>15 April 2020</p>"), in the element or one level up.
 * Related, "spotlight" and latest-news cards that no class name gives away. The page's own
 * headline (an <h2> standing in for the <h1>) is no teaser.
 */
function isTeaserDate(el: Element, headline: Element | null): boolean {
  const h = elementBefore(el, 2);
  if (!h || !TEASER_HEADING_TAGS.has(h.name) || h === headline) return false;
  const link = h.children.find((c) => c.type === "tag" && (c as Element).name === "a" && (c as Element).attribs.href) as Element | undefined;
  const text = textOf(h).trim();
  return !!link && !!text && textOf(link).trim().length * 10 >= text.length * 6;
}

/**
 * The nearest element before `el`, or before its ancestor when `el` opens its parent, up to `levels` elements up (the
 * element itself counts as the first); null when none, or when the walk reaches an element `stop` names.
 */
function elementBefore(el: Element, levels: number, stop?: (e: Element) => boolean): Element | null {
  let node: Element | null = el;
  for (let level = 0; level < levels && node; level++) {
    let prev = node.prev;
    while (prev && prev.type !== "tag") prev = prev.prev;
    if (prev) return prev as Element;
    const up: AnyNode | null = node.parent;
    node = up && up.type === "tag" && !(stop && stop(up as Element)) ? (up as Element) : null;
  }
  return null;
}

/**
 * The heading of a comment thread: a count of comments or replies, or the section's name alone ("3 Responses", "12
 * Kommentare", "Comments", "Leave a Reply", "Réponses"). Family: WordPress, Blogger and forum themes whose reply list
 * carries no comment class, each reply opening "By <name> on <date>".
 */
const COMMENTS_HEADING = /^(?:(?:\d+|one|two|three|no)\s+)?(?:comments?|responses?|replies|reply|thoughts? on|kommentare?|antworten|reaktionen|commentaires?|réponses?|comentarios?|respuestas?|comentários|commenti|reacties|reakcje|komentarze?|leave a (?:reply|comment)|schreibe einen kommentar|laisser un commentaire|deja un comentario)\b/i;
/** How many elements back (siblings, then the parent's) a comment thread's heading is looked for. */
const COMMENTS_HEADING_REACH = 12;
function underCommentsHeading(el: Element): boolean {
  let node: Element | null = el;
  for (let k = 0; k < COMMENTS_HEADING_REACH && node; k++) {
    const prev = elementBefore(node, 3);
    if (!prev) return false;
    if (/^h[1-6]$/.test(prev.name)) return COMMENTS_HEADING.test(squash(textOf(prev)));
    node = prev;
  }
  return false;
}

/**
 * A byline word run into the name with no space ("ByAnn Lee", "VonAnn Lee"): the word and the name printed in two spans
 * side by side. Only the capitalised words that start no surname glued to a capital ("Di", "Da", "De" do: "DiMaggio"),
 * and only with a second word of the name after the glued one ("VonDrehle" alone, "VonFeldt, Ann" are surnames).
 * Family: component-built bylines (hashed classes, test-id hooks) whose "By" label is its own span.
 */
const GLUED_BYLINE_WORD = /^(By|BY|Von|VON|Par|PAR|Por|POR|Door|Oleh)(?=\p{Lu}\p{Ll}[\p{L}'’-]*\s+\p{Lu})/u;
/** Strip a byline opener and the trailing date/label debris from a visible byline. */
function bylineName(text: string): string {
  let t = squash(text).replace(/^[\s|•·:,-]+/, "").replace(GLUED_BYLINE_WORD, "$1 ");
  const opener = BYLINE_OPENER.exec(t);
  t = t.replace(BYLINE_OPENER, "");
  return opener && curatedByOrganisation(opener[0], t) ? "" : t;
}
/**
 * Italian "A cura di" ("edited by") credits a body or a desk as often as a person ("A cura di Comune di …", "A cura della
 * Redazione"): the name after it is a byline only when it is no organisation's or place's (organisationWorded, isPlace).
 */
function curatedByOrganisation(opener: string, rest: string): boolean {
  if (!/^a\s+cura\s+di\b/i.test(opener)) return false;
  const name = rest.split(/\s*[|•·–—]\s*/)[0];
  return organisationWorded(name) || isPlace(name);
}

export function extractMetadata(root: AnyNode, opts: { url?: string | null; crawledAt?: string | null }): HtmlMetadata {
  cardBoxMemo = new WeakMap();
  likeCounts = new WeakMap();
  ownItemMemo = new WeakMap();
  linkTextMemo = new WeakMap();
  cardPartsMemo = new WeakMap();
  subtreeMemo = new WeakMap();
  pageHost = urlHost(opts.url);
  const nodes = gather(root);
  articleItemsOnPage = nodes.articleItems;
  pageTitleText = nodes.titleText;
  pageAddress = opts.url ?? nodes.canonical ?? null;
  pageAddresses = [opts.url, nodes.canonical].map((u) => (u ? addressKey(u, opts.url ?? undefined) : null)).filter((u): u is string => !!u);
  const meta = new Map<string, string>();
  /** Every value of a repeated meta name, in page order (one author tag per co-author: "citation_author", "dc.creator"). */
  const metaAll = new Map<string, string[]>();
  for (const el of nodes.metas) {
    const a = el.attribs;
    const value = a.content ?? a.datetime ?? a.value;
    if (!value) continue;
    const v = squash(value);
    // RDFa lets one attribute name several properties ("dc:creator twitter:site_name"): the value is each one's
    for (const key of (a.property ?? a.name ?? a.itemprop ?? a["http-equiv"] ?? "").toLowerCase().trim().split(/\s+/)) {
      if (!key) continue;
      if (!meta.has(key)) meta.set(key, v);
      const all = metaAll.get(key);
      if (!all) metaAll.set(key, [v]);
      else if (all.length < META_VALUES_MAX && !all.includes(v)) all.push(v);
    }
  }
  const first = (keys: string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return null;
  };

  // JSON-LD
  let ldArticle: Record<string, Json> | null = null;
  let ldSite: string | null = null;
  let ldPage: Record<string, Json> | null = null;
  const byId = new Map<string, Record<string, Json>>();
  /** The names (titleKey) of every JSON-LD node typed as an organisation. */
  const ldOrgKeys = new Set<string>();
  /** JSON-LD blocks no parser could read: scanned with a regex for their dates. */
  const brokenLd: string[] = [];
  for (const text of nodes.ldScripts) {
    const parsed = parseLd(text);
    if (parsed === null) brokenLd.push(text);
    for (const o of flattenLd(parsed)) {
      if (typeof o["@id"] === "string" && !byId.has(o["@id"])) byId.set(o["@id"], o);
      const types = typesOf(o);
      // (its legal and other names too: "Example Verlagsgesellschaft mbH" beside the brand)
      if (types.some((t) => ORGANISATION_TYPES.has(t))) for (const k of ["name", "legalName", "alternateName"]) if (typeof o[k] === "string") ldOrgKeys.add(titleKey(decodeEntities(o[k] as string)));
      if (!ldArticle && types.some((t) => ARTICLE_TYPES.has(t))) ldArticle = o;
      else if (!ldSite && types.includes("website") && typeof o.name === "string") ldSite = o.name;
      else if (!ldPage && types.includes("webpage")) ldPage = o;
    }
  }
  const ld = (ldArticle ?? ldPage) as Record<string, Json> | null;
  const ldStr = (k: string): string | null => {
    const v = ld?.[k];
    return typeof v === "string" && v.trim() ? squash(decodeEntities(v)) : null;
  };
  const lang = (nodes.htmlLang ?? ldStr("inLanguage") ?? meta.get("og:locale") ?? meta.get("content-language") ?? "").trim();
  const dayFirst = writesDayFirst(lang);

  // (an og:site_name that names the edition's country, "U.S." or "Deutschland", is not the site's name)
  const ogSite = first(["og:site_name"]);
  const site = cleanSite(
    (ogSite && !COUNTRY_NAMES.has(ogSite.toLowerCase().trim()) ? ogSite : null) ??
      (ld ? nameOf(ld.publisher, byId)[0] ?? null : null) ?? ldSite ?? first(META_SITE.slice(1)),
  );

  // Dates, in order of trust: JSON-LD, meta tags, microdata, <time pubdate>, script data,
  // the URL path, the visible dateline next to the headline, a <time> inside the article.
  let published: string | null = null;
  let publishedFrom: Provenance = "none";
  const tryPublished = (raw: string | null | undefined, from: Provenance): void => {
    if (published || !raw) return;
    const iso = normaliseMetaDate(raw);
    if (iso && plausible(iso, opts.crawledAt)) {
      published = iso;
      publishedFrom = from;
    }
  };
  const tryVisible = (text: string | null | undefined, from: Provenance): void => {
    if (published || !text || text.length > 400) return;
    const f = findPublished(text, { dayFirst });
    if (f && plausible(f.iso, opts.crawledAt)) {
      published = f.iso;
      publishedFrom = from;
    }
  };
  tryPublished(ldStr("datePublished") ?? ldStr("dateCreated"), "json-ld");
  for (const text of brokenLd) tryPublished(/"datePublished"\s*:\s*"([^"]{6,40})"/.exec(text)?.[1], "json-ld");
  for (const k of META_PUBLISHED) tryPublished(meta.get(k), "meta");
  for (const [k, v] of meta) if (isPublishedMetaName(k)) tryPublished(v, "meta");
  for (const el of nodes.datePublished) {
    tryPublished(el.attribs.datetime ?? el.attribs.content, "meta");
    tryVisible(spacedTextOf(el), "dom");
  }
  for (const { el, elsewhere } of nodes.times) {
    if (!elsewhere && (el.attribs.pubdate !== undefined || /publish|posted|date/i.test(`${el.attribs.class ?? ""} ${el.attribs.itemprop ?? ""}`)))
      tryPublished(el.attribs.datetime, "dom");
  }
  for (const text of nodes.dataScripts) {
    for (const re of SCRIPT_DATE_VALUE_RES) {
      const m = re.exec(text);
      if (m) tryPublished(m[1], "meta");
    }
  }
  const fromUrl = urlDate(opts.url ?? nodes.canonical ?? meta.get("og:url"));
  tryPublished(fromUrl, "url");
  // No address of its own (a saved file): the article's permalink, linked from its headline or as rel=bookmark.
  if (!opts.url && !nodes.canonical && !meta.get("og:url")) tryPublished(permalinkDate(nodes.h1?.el ?? null), "url");

  // Visible datelines: date-named elements outside comments and sidebars, nearest the headline first
  // (a byline row under the <h1>; before it, a kicker with the date).
  const h1 = nodes.h1;
  const nearness = (p: Placed): number => (h1 ? (p.order >= h1.order ? p.order - h1.order : (h1.order - p.order) * 2) : p.order);
  // (byline elements count too: "Author: Ann Lee am 29.12.2010, 13:36 Uhr")
  const dateHints = [...nodes.dateHints, ...nodes.authorHints].filter((p) => !p.elsewhere).sort((x, y) => nearness(x) - nearness(y));
  const visible: { iso: string; modified: boolean; rank: number }[] = [];
  /** Datelines labelled as an update ("Updated Mar 12, 2020"): never the publication date, but they show the page's day. */
  const shownUpdated: { iso: string; rank: number }[] = [];
  for (const [rank, p] of dateHints.slice(0, 40).entries()) {
    if (isTeaserDate(p.el, h1?.el ?? null)) continue;
    const a = p.el.attribs;
    const modified = MODIFIED_HINT.test(`${a.class ?? ""} ${a.id ?? ""}`);
    const attr = normaliseMetaDate(a.datetime ?? a.content ?? a.title ?? a["data-date"] ?? null);
    let iso = attr;
    if (!iso) {
      const text = squash(spacedTextOf(p.el));
      if (text.length > 200) continue;
      const f = findPublished(text, { dayFirst }) ?? shortYearDate(text);
      if (!f) continue;
      iso = f.iso;
      if (UPDATED_LABEL.test(text)) {
        if (plausible(iso, opts.crawledAt)) shownUpdated.push({ iso, rank });
        continue;
      }
    }
    if (plausible(iso, opts.crawledAt)) visible.push({ iso, modified, rank });
  }
  // The dates printed just after and just before the headline, the one nearer the headline first
  // (a kicker's "06.12.2022" right above the <h1> beats a date 150 characters into the lead).
  const nearText = (): FoundText[] => {
    const out: (FoundText & { distance: number })[] = [];
    const after = squash(nodes.textAfterH1).slice(0, 200);
    const f = findPublished(after, { dayFirst });
    if (f && !endsRange(after, f.start)) out.push({ iso: f.iso, distance: f.start });
    const before = squash(nodes.textBeforeH1).slice(-150);
    const g = findPublished(before, { dayFirst });
    if (g && !endsRange(before, g.start)) out.push({ iso: g.iso, distance: before.length - g.end });
    return out.filter((x) => plausible(x.iso, opts.crawledAt)).sort((x, y) => x.distance - y.distance);
  };
  for (const v of visible) if (!v.modified) tryPublished(v.iso, "dom");
  if (h1) for (const v of nearText()) tryPublished(v.iso, "dom");
  if (!published) {
    // A date after a label anywhere in the page's own text ("Datum: 26. Januar 2022", "Published on …").
    const text = squash(nodes.pageText);
    DATE_LABEL.lastIndex = 0;
    for (let m = DATE_LABEL.exec(text), k = 0; m && k < 50 && !published; m = DATE_LABEL.exec(text), k++) {
      const f = findPublished(text.slice(m.index + m[0].length, m.index + m[0].length + DATE_LABEL_REACH), { dayFirst });
      if (f && f.start <= 12) tryPublished(f.iso, "dom");
      if (m[0].length === 0) DATE_LABEL.lastIndex++;
    }
  }
  // A bare <time> is trusted only inside the article (a sidebar's teaser dates come first on many pages).
  tryPublished(nodes.times.find((t) => t.inArticle && !t.elsewhere)?.el.attribs.datetime, "dom");
  if (nodes.times.length === 1) tryPublished(nodes.times[0].el.attribs.datetime, "dom");
  for (const v of visible) tryPublished(v.iso, "dom");
  if (!published) {
    // A date printed on a line of its own ("<p>March 3, 2020</p>" above the wire copy), nearest the headline:
    // the whole line is the date (a weekday or clock time beside it at most).
    const lines = nodes.shortLines.filter((p) => !h1 || p.order > h1.order).sort((x, y) => nearness(x) - nearness(y));
    for (const p of lines.slice(0, 60)) {
      if (isTeaserDate(p.el, h1?.el ?? null)) continue;
      const text = squash(textOf(p.el));
      const f = findPublished(text, { dayFirst });
      if (f && /\d{4}/.test(text.slice(f.start, f.end)) && text.length - (f.end - f.start) <= DATE_LINE_SLACK) {
        tryPublished(f.iso, "dom");
        break;
      }
    }
  }
  if (!published) {
    // A byline line that ends in a day with a two-digit year ("von Ann Lee, 8.5.12", "By Ann Lee | 08.05.12"),
    // nearest the headline: the date form is read only there, after a byline opener and a separator.
    const lines = [...nodes.bylineLines].sort((x, y) => nearness(x) - nearness(y));
    for (const p of lines.slice(0, 3)) {
      const m = BYLINE_SHORT_YEAR_DATE.exec(p.text);
      // (day first: dotted, or slashed on a page whose language writes the day first)
      const f = m && (dayFirst || m[1].includes(".")) ? shortYearDate(m[1]) : null;
      if (f) {
        tryPublished(f.iso, "dom");
        break;
      }
    }
  }
  // Last resort: the day in the path of the article's lead image (og:image "/files/2016/05/04/cover.png"),
  // uploaded for the article; a month-only upload folder says nothing.
  for (const k of ["og:image", "twitter:image", "og:image:url"]) tryPublished(urlDate(meta.get(k)), "url");
  // Nothing else: a teaser elsewhere on the page that links to the page itself, with its date.
  if (!published) for (const text of selfTeaserTexts(root, opts.url ?? nodes.canonical ?? meta.get("og:url"))) tryVisible(text, "dom");
  // Still nothing: a publication stamp outside the text read so far (a footer box under the review
  // with "Erschienen am: 01.11.2023", an info row "Published on 3 March 2020"): only a label that says
  // "published on" (PUBLISHED_ON_LABEL: a comment's "posted" or a bare "Date:" is no stamp of the page),
  // the date right after it.
  if (!published) {
    const text = squash(nodes.allText);
    PUBLISHED_ON_LABEL.lastIndex = 0;
    for (let m = PUBLISHED_ON_LABEL.exec(text), k = 0; m && k < 20 && !published; m = PUBLISHED_ON_LABEL.exec(text), k++) {
      const at = m.index + m[0].length;
      const f = findPublished(text.slice(at, at + DATE_LABEL_REACH), { dayFirst });
      if (f && f.start <= 3) tryPublished(f.iso, "dom");
    }
  }

  // Structured data outvoted: when the meta tags and the visible dateline agree on another day
  // than JSON-LD's datePublished (a CMS that re-stamps its JSON-LD), the two agreeing sources win.
  if (published && (publishedFrom as Provenance) === "json-ld") {
    const metaValue = META_PUBLISHED.map((k) => normaliseMetaDate(meta.get(k))).find((v) => v);
    const shownDay = visible.find((v) => !v.modified)?.iso.slice(0, 10);
    const ldDay = (published as string).slice(0, 10);
    if (metaValue && shownDay && metaValue.slice(0, 10) === shownDay && shownDay !== ldDay && plausible(metaValue, opts.crawledAt)) {
      published = metaValue;
      publishedFrom = "meta";
    }
  }

  // A generic meta date (`date`, `dc.date`: names that do not say "published") is often the last
  // edit or the export time: the dateline printed right at the headline, when it states an earlier
  // day ("Stand: 28.04.2020" under the <h1> beside meta date 2020-04-29), is the page's day.
  if (published && (publishedFrom as Provenance) === "meta" && h1) {
    const key = META_PUBLISHED.find((k) => normaliseMetaDate(meta.get(k)) === published);
    const shownDay = nearText()[0]?.iso.slice(0, 10);
    if (key && GENERIC_DATE_META.has(key) && shownDay && shownDay < (published as string).slice(0, 10)) {
      published = nearText()[0].iso;
      publishedFrom = "dom";
    }
  }

  // The page shows only its update: when the structured data's modified day differs from its
  // published day and the datelines readers see near the headline show the modified day and never the
  // published one (a re-dated evergreen page, "Updated Mar 12, 2020" as the only dateline), the page's
  // day is the one it shows.
  if (published && ((publishedFrom as Provenance) === "json-ld" || (publishedFrom as Provenance) === "meta")) {
    const modifiedValue = [ldStr("dateModified"), ...META_MODIFIED.map((k) => meta.get(k))].map((v) => normaliseMetaDate(v)).find((v) => v);
    const pubDay = (published as string).slice(0, 10);
    if (modifiedValue && modifiedValue.slice(0, 10) > pubDay && plausible(modifiedValue, opts.crawledAt)) {
      const nearHeadline = (v: { rank: number }): boolean => v.rank < HEADLINE_DATELINES;
      const shownDays = [...visible.filter(nearHeadline), ...shownUpdated.filter(nearHeadline), ...(h1 ? nearText() : [])].map((x) => x.iso.slice(0, 10));
      if (shownDays.includes(modifiedValue.slice(0, 10)) && !shownDays.includes(pubDay)) {
        published = modifiedValue;
        publishedFrom = "dom";
      }
    }
  }

  // Tomorrow's edition: a structured instant in the evening, local time as written ("2019-12-09T20:00:49",
  // "…T21:30:00+01:00"), beside a dateline at the headline that shows the next day and never the
  // structured one: dailies and magazines put the next morning's edition online the evening before,
  // and date the article by the edition. (A UTC instant is left to the local-day rule below.)
  if (published && ((publishedFrom as Provenance) === "json-ld" || (publishedFrom as Provenance) === "meta") && !/(?:Z|[+-]00:?00)$/.test(published)) {
    const hour = /T(\d{2}):/.exec(published as string)?.[1];
    if (hour !== undefined && Number(hour) >= EVENING_EDITION_HOUR) {
      const day = (published as string).slice(0, 10);
      // (an element classed as the update is not the edition's dateline)
      const shownDays = [...visible.filter((v) => !v.modified && v.rank < HEADLINE_DATELINES), ...(h1 ? nearText() : [])].map((x) => x.iso.slice(0, 10));
      if (shownDays.length && shownDays[0] === dayShift(day, 1) && !shownDays.includes(day)) {
        published = shownDays[0];
        publishedFrom = "dom";
      }
    }
  }

  // Keep the page's local day: a UTC instant ("2023-11-09T01:09:55Z") is written in the zone the
  // page's other timestamps state, or its day yields to the visible dateline one day off.
  if (published && (publishedFrom as Provenance) !== "dom" && /T\d{2}:\d{2}.*(?:Z|[+-]00:?00)$/.test(published)) {
    const utc: string = published;
    const offsets = new Set<string>();
    const scan = (v: string | null | undefined): void => {
      const m = v ? OFFSET_IN_VALUE.exec(v) : null;
      if (m && !/^[+-]00:?00$/.test(m[1])) offsets.add(m[1].includes(":") ? m[1] : `${m[1].slice(0, 3)}:${m[1].slice(3)}`);
    };
    for (const v of meta.values()) scan(v);
    scan(ldStr("datePublished"));
    scan(ldStr("dateModified"));
    for (const t of nodes.times) scan(t.el.attribs.datetime);
    const day = utc.slice(0, 10);
    const hour = Number(utc.slice(11, 13));
    const regionOffset = REGION_UTC_OFFSET[regionOf(lang, meta.get("og:locale") ?? null, urlHost(opts.url ?? nodes.canonical))];
    const eastHours = regionOffset && regionOffset.startsWith("+") ? Number(regionOffset.slice(1, 3)) : 0;
    if (offsets.size === 1) {
      published = atOffset(utc, [...offsets][0]) ?? utc;
    } else if (eastHours && LOCAL_MIDNIGHT_UTC.test(utc) && (hour === 24 - eastHours || hour === 23 - eastHours)) {
      // A date-only value stored as the local midnight ("2022-11-06T23:00:00.000Z" on a German page): the
      // next day, whatever a script-rendered UTC dateline shows (summer time counted: one hour earlier).
      published = dayShift(day, 1);
    } else {
      const shown = [...visible.map((v) => v.iso), ...(h1 ? nearText().map((v) => v.iso) : [])].map((x) => x.slice(0, 10));
      const prev = dayShift(day, -1);
      const next = dayShift(day, 1);
      if (!shown.includes(day) && hour < 12 && shown[0] === prev) published = prev;
      else if (!shown.includes(day) && hour >= 10 && shown[0] === next) published = next;
      else if (!shown.length) {
        // nothing on the page says: the region's usual offset (language tag, og:locale, host name)
        if (regionOffset) published = atOffset(utc, regionOffset) ?? utc;
      }
    }
  }

  let modified: string | null = normaliseMetaDate(ldStr("dateModified"));
  for (const k of META_MODIFIED) modified ??= normaliseMetaDate(meta.get(k));

  // Author: JSON-LD, meta names, microdata, then the visible byline near the headline.
  const host = urlHost(opts.url ?? nodes.canonical ?? meta.get("og:url"));
  const structural = { handles: true, byline: true };
  // A byline element naming the person the site is named after ("Ann Lee" on "Ann Lee's Blog", "Ann Lee Photography"):
  // one-person sites, whose owner writes every post. Only a visible byline element, and only a person's name
  // (PERSON_NAME): a publisher's name in an author field or meta tag stays dropped (cleanAuthor's site check).
  const siteOwner = { handles: true, siteOwner: true, byline: true };
  // A declared author (JSON-LD, meta, script data) the page never shows is a site-wide account
  // or the CMS user who filed the page, not a byline readers see: dropped when the page has text.
  // Shown only in the copyright line, it is the site's owner (COPYRIGHT_CLAUSE), and only in an imprint,
  // a site-maker or a photo credit, someone in another role (ROLE_CREDIT_CLAUSE), unless the host
  // name spells it (a one-person site: ownSite, "Ann Lee" on ann-lee.de). Shown means the whole name
  // anywhere, or the surname alone near the headline or in a byline element: as a word elsewhere a
  // surname is any word ("Works", "King", "Koch").
  const notCredits = (text: string): string =>
    text.replace(COPYRIGHT_CLAUSE, " ").replace(ROLE_CREDIT_CLAUSE, (m: string, at: number, all: string) => (TEXT_AND_PHOTOS.test(all.slice(Math.max(0, at - 20), at)) ? m : " "));
  const pageFolded = foldName(notCredits(nodes.allText));
  // where a surname alone shows the name: the text around the headline and the byline elements ("LEE, Ann", "Über Lee: …")
  const bylineFolded = foldName(notCredits([nodes.textBeforeH1, nodes.textAfterH1, ...nodes.authorHints.filter((p) => !p.elsewhere).slice(0, 12).map((p) => textOf(p.el))].join(" ")));
  const shown = (name: string | null): string | null =>
    !name || pageFolded.length < SHOWN_MIN_PAGE_CHARS || name.split(", ").some((n) => nameShown(n, pageFolded, false) || nameShown(n, bylineFolded) || ownSite(n, host)) ? name : null;
  // Every name the page gives itself (og:site_name, the JSON-LD publisher and WebSite, application-name…): a declared
  // author that is one of them is the publisher filling the author field, whichever of them `site` is.
  const publisherKeys = new Set(
    [ogSite, ...(ld ? nameOf(ld.publisher, byId) : []), ldSite, ...META_SITE.slice(1).map((k) => meta.get(k) ?? null)]
      .filter((x): x is string => !!x)
      .map((x) => titleKey(cleanSite(x) ?? x))
      .filter((k) => k.length >= 3),
  );
  // ... or the organisation whose initials the host name or a site name is ("The Electronic Example Foundation" on eef.org)
  const siteInitials = new Set([...publisherKeys, ...(host ? hostLabels(host) : [])]);
  // ... or the site's name as the <title> prints it beside the headline ("Headline - Example News", the first or last part, not
  // the headline itself) when no other field names the site: not a person's shape (personShaped, or two or three capitalised
  // words with no organisation word: a one-person site's "Headline | Ann Lee" is its owner's) and printed in no byline element (a byline readers see is the author, desk or not).
  // Family: news portals in any script that fill the author tag with the site's name and have no og:site_name.
  const headlineText = nodes.h1 ? squash(textOf(nodes.h1.el)) : "";
  const titleSiteParts = squash(nodes.titleText).split(TITLE_SEPARATOR).filter((x, i) => i % 2 === 0 && x.trim()).map((x) => squash(decodeEntities(x)));
  const titleSiteKeys = new Set(
    (titleSiteParts.length >= 2 ? [titleSiteParts[0], titleSiteParts[titleSiteParts.length - 1]] : [])
      .filter((x) => x.split(" ").length <= TITLE_SITE_PART_MAX_WORDS && !(headlineText && titlesAgree(x, headlineText)))
      .map(titleKey)
      .filter((k) => k.length >= 3),
  );
  const bylineElementsFolded = titleSiteKeys.size ? foldName(nodes.authorHints.filter((p) => !p.elsewhere).slice(0, 12).map((p) => textOf(p.el)).join(" ")) : "";
  // A person's name is never taken for the site's: an author typed Person (JSON-LD, microdata) is kept whatever the title
  // says (notPublisher's `typedPerson`); honorifics go and particles may stand between the words before the person test
  // ("Dr. Ann Lee", "Maria del Carmen Ruiz": titlePerson); and a name in a script without letter case (Arabic, Persian,
  // Hindi, Hebrew, Thai, Chinese, Japanese…) shows no capitals either way, so it is the site's only with a second sign
  // (caselessSiteSign): an organisation word of its script (CASELESS_ORG_WORD), the host name, the text of a link to the
  // home page (the logo's), or the copyright line. Family: one-person sites and columnists' pages ("Headline - Columnist").
  let homeTexts: string[] | null = null;
  const caselessSiteSign = (n: string): boolean => {
    const key = titleKey(n);
    if (CASELESS_ORG_WORD.test(n) || (host && hostLabels(host).includes(key))) return true;
    homeTexts ??= homeLinkTexts(root, host);
    if (homeTexts.some((t) => titleKey(t) === key)) return true;
    return [...nodes.allText.matchAll(COPYRIGHT_CLAUSE)].some((m) => m[0].includes(n));
  };
  const titleSiteName = (n: string): boolean =>
    titleSiteKeys.has(titleKey(n)) &&
    (organisationWorded(n) || (/[\p{Lu}\p{Ll}]/u.test(n) ? !titlePerson(n) : caselessSiteSign(n))) &&
    !nameShown(n, bylineElementsFolded, false);
  // The names JSON-LD types as an organisation elsewhere than in the author field (the publisher's legal name, the
  // operator's Organization node): a declared author of that name is the organisation, whatever type the author field
  // gives it, unless it reads as a person by a known given name (a personal blog's owner filed as its Organization).
  // Family: corporate, association and publisher sites whose SEO plugin fills the author with the operator's name.
  const ldAuthorOrgKeys = new Set(
    asArray(ld?.author as Json[]).map((x) => ldNode(x, byId)).filter((o): o is Record<string, Json> => !!o && isLdOrganisation(o)).flatMap((o) => nameOf(o, byId).map(titleKey)),
  );
  const otherOrgName = (n: string): boolean => ldOrgKeys.has(titleKey(n)) && !ldAuthorOrgKeys.has(titleKey(n)) && !isPersonName(n);
  const isPublisher = (n: string, typedPerson = false): boolean =>
    publisherKeys.has(titleKey(n)) || otherOrgName(n) || (!personShaped(n) && siteInitials.has(organisationInitials(n) ?? "")) || (!typedPerson && titleSiteName(n));
  const notPublisher = (name: string | null, typedPerson = false): string | null => (name && name.split(", ").every((n) => isPublisher(n, typedPerson)) ? null : name);
  // the article's `author`, else its `creator` (schema.org's wider property, which some CMSs fill instead)
  const ldAuthorOwn = ld ? nameOf(ld.author, byId) : [];
  const ldAuthorNames = ld ? (ldAuthorOwn.length ? ldAuthorOwn : nameOf(ld.creator, byId)) : [];
  let author: string | null = shown(notPublisher(cleanAuthor(ldAuthorNames, site), ldAuthorOwn.length > 0 && ldPersonOnly(ld?.author, byId)));
  let authorFrom = author ? "json-ld" : undefined;
  // A JSON-LD author typed as an organisation (a news agency, a department, the publisher under another name) is kept
  // only when no other source names a person: the meta tags and the visible byline are read first. Family: CMSs and
  // SEO plugins that fill the article's author with an Organization while the page prints its writer's byline.
  const ldOrgAuthor = author && ldAuthorOwn.length && ldOrgOnly(ld?.author, byId) ? author : null;
  let mdOrgAuthor: string | null = null;
  if (ldOrgAuthor) {
    author = null;
    authorFrom = undefined;
  }
  if (author) {
    // the author meta tag names everyone where JSON-LD names the first author only ("Ann Lee" beside "Ann Lee, Bo Ek")
    const all = cleanAuthor([meta.get("author") ?? ""], site);
    const ldNames = author.split(", ");
    const metaNames = all?.split(", ") ?? [];
    if (metaNames.length > ldNames.length && ldNames.every((n) => metaNames.includes(n)) && shown(all) === all) author = all;
  }
  if (!author) {
    // the well-known author names first, then the names vendors coin for it (VENDOR_AUTHOR_META: "dc:creator", "vr:author")
    const vendorKeys = [...meta.keys()].filter((k) => !META_AUTHOR.includes(k) && VENDOR_AUTHOR_META.test(k) && !VENDOR_AUTHOR_META_NOT.test(k));
    for (const k of [...META_AUTHOR, ...vendorKeys]) {
      const v = meta.get(k);
      if (v && !/^https?:/.test(v)) {
        // a tag per co-author ("<meta name=citation_author content='Lee, Ann'>" twice or more): each value is one person's
        // name, kept when the page shows every one of them
        const values = metaAll.get(k) ?? [v];
        const every = values.length > 1 ? values.map((x) => cleanAuthor([x], site)) : [];
        const joined = every.length && every.every((x) => x && !x.includes(", ")) ? every.join(", ") : null;
        const eachShown = joined && notPublisher(joined) === joined && every.every((x) => shown(x) === x);
        author = (eachShown ? joined : null) ?? shown(notPublisher(cleanAuthor([v], site)));
        if (author) { authorFrom = META_AUTHOR.includes(k) ? `meta:${k}` : "meta:vendor"; break; }
      }
    }
  }
  if (!author) {
    for (const k of ["1", "2"]) {
      const label = meta.get(`twitter:label${k}`);
      if (label && WRITTEN_BY_LABEL.test(label)) author = shown(cleanAuthor([meta.get(`twitter:data${k}`) ?? ""], site));
    }
    if (author) authorFrom = "twitter-label";
  }
  if (!author) {
    for (const el of nodes.authorEls) {
      if (notByline(el) || inElsewhere(el) || inSiteChrome(el) || linksToCategory(el) || outsidePageItem(el, nodes.h1?.el ?? null)) continue;
      author = shown(notPublisher(cleanAuthor([bylineName(authorText(el))], site, structural), isPersonItem(el)));
      // an author item typed as an organisation ("<div itemprop=author itemscope itemtype=…/Organization>"): kept only
      // when no later source names a person, as a JSON-LD organisation is (mdOrgAuthor). Family: themes and CMSs that
      // mark the publisher or a desk up as the article's author in microdata while a byline prints the writer.
      if (author && isOrgItem(el)) {
        mdOrgAuthor ??= author;
        author = null;
        continue;
      }
      if (author) {
        authorFrom = printedAuthor(el) ? "microdata" : "microdata-meta";
        // co-authors: more itemprop=author elements in the same byline row ("<span itemprop=author>A</span> und <span
        // itemprop=author>B</span>", "<ul class=authors><li itemprop=author>…"), each a person of its own: the same parent,
        // or the same grandparent when that is a short row (not the article around two separate credits)
        const parent = ancestorAt(el, 1);
        const grand = ancestorAt(el, 2);
        const shortRow = !!grand && squash(textOf(grand)).length <= MICRODATA_CO_AUTHOR_ROW_CHARS;
        const co = nodes.authorEls.filter(
          (x) => x !== el && ((!!parent && ancestorAt(x, 1) === parent) || (shortRow && ancestorAt(x, 2) === grand)) && !notByline(x) && !inElsewhere(x),
        );
        if (co.length && co.length <= 5) author = shown(cleanAuthor([author, ...co.map((x) => bylineName(authorText(x)))], site, structural)) ?? author;
        break;
      }
    }
  }
  const hints = nodes.authorHints
    .filter((p) => !p.elsewhere && !notByline(p.el) && !isMasthead(p.el, host) && !linksToCategory(p.el) && !inSiteChrome(p.el) && !isOrgItem(p.el) && !outsidePageItem(p.el, nodes.h1?.el ?? null))
    .sort((x, y) => nearness(x) - nearness(y));
  const declaredAuthor = author;
  if (declaredAuthor) {
    // the visible byline names more people than the metadata ("von Ann Lee, Bo Ek" beside author "Ann Lee"),
    // or the whole name where the metadata has a first name ("Ann" beside "Ann Lee"): take the visible one
    for (const p of hints.slice(0, 4)) {
      const text = squash(bylineTextOf(p.el));
      if (!text || text.length > 120) continue;
      const shown = cleanAuthor([bylineName(text)], site, structural);
      const names = shown?.split(", ") ?? [];
      if (names.length > 1 && names.length <= 4 && names.includes(declaredAuthor) && names.every((n) => n.includes(" "))) author = shown;
      else if (shown && names.length === 1 && !declaredAuthor.includes(" ") && shown.startsWith(`${declaredAuthor} `) && shown.split(" ").length <= 3) author = shown;
      else if (shown && names.length === 1 && !declaredAuthor.includes(", ") && fullerName(declaredAuthor, shown)) author = shown;
      if (shown) break;
    }
    if (author === declaredAuthor && !declaredAuthor.includes(" ")) {
      // a first name only ("Nils"): the byline line under the headline may print the whole name ("Eine Kolumne von Nils Pickert")
      for (const p of nodes.bylineLines.slice(0, 20)) {
        const opener = BYLINE_OPENER.exec(p.text);
        const m = opener ? BYLINE_LINE_NAME.exec(p.text.slice(opener[0].length)) : null;
        const full = m ? cleanAuthor([m[1]], site) : null;
        if (full && full.startsWith(`${declaredAuthor} `) && !full.includes(", ")) {
          author = full;
          break;
        }
      }
    }
  }
  if (!author) {
    for (const p of hints.slice(0, 12)) {
      const raw = bylineTextOf(p.el);
      const text = squash(raw);
      if (!text || text.length > 120) continue;
      const opening = bylineLinesName(raw);
      if (opening) author = cleanAuthor([bylineName(opening)], site, siteOwner);
      if (!author) author = cleanAuthor([bylineName(text)], site, siteOwner);
      // the name on the byline element's first line, a job title or a date on the next ("By Ann Lee<br>Staff Writer")
      const firstLine = author ? text : squash(firstLineOf(p.el));
      if (!author && firstLine && firstLine !== text) author = cleanAuthor([bylineName(firstLine)], site, siteOwner);
      // a name then its role or desk with no separator, in the byline element's first block or run together ("<div>Ann
      // Lee</div><div>Transport editor</div>", "Ann Lee Senior Transport Reporter"): the name before the role noun
      // (nameBeforeJobTitle, a known given name first). Family: author boxes of news and magazine CMSs that set the
      // writer's title on its own line or in its own span.
      if (!author) {
        const named = nameBeforeJobTitle(bylineName(text));
        if (named) author = cleanAuthor([named], site, siteOwner);
      }
      // an author box whose text is the writer's bio, the name first ("Ann Lee is a freelance writer in Oslo.", "Ann Lee
      // ist Redakteurin …"): the name before the verb, a known given name first (isPersonName). Family: author boxes of
      // blogs and magazines that print the bio sentence alone, the name in it.
      if (!author) {
        const bio = BIO_SENTENCE.exec(text);
        if (bio && isPersonName(bio[1])) author = cleanAuthor([bio[1]], site, siteOwner);
      }
      if (author) {
        authorFrom = "byline";
        // co-authors: the same kind of byline element beside it ("<a rel=author>A</a> and <a rel=author>B</a>")
        const co = hints.filter((q) => q !== p && q.el.parent === p.el.parent && q.el.name === p.el.name && (q.el.attribs.class ?? "") === (p.el.attribs.class ?? ""));
        if (co.length && co.length <= 5) author = cleanAuthor([author, ...co.map((q) => bylineName(squash(textOf(q.el))))], site, structural) ?? author;
        break;
      }
    }
  }
  if (!author) {
    // A byline printed as a line of its own in the article ("Von Ann Lee", "Written by: Ann Lee",
    // "Autorin: Ann Lee, Projektleiterin"), under the headline or signed at the end; nearest the headline first.
    const lines = [...nodes.bylineLines].sort((x, y) => nearness(x) - nearness(y));
    for (const p of lines.slice(0, 20)) {
      // the credit line of a section, not of the article (sectionCredit)
      if (sectionCredit(p, nodes)) continue;
      const text = p.text.replace(INVISIBLE, "");
      const opener = BYLINE_OPENER.exec(text) ?? GREEK_BYLINE_LINE.exec(text);
      if (!/^\p{Lu}/u.test(text) || (opener && AUTHOR_LABEL_OPENER.test(opener[0]) && inRecordBox(p.el))) continue;
      // a teaser's byline (just after a sub-heading that links to another page: "<h4><a href=/b>Other story</a></h4><p>By
      // …</p>") or a reader's reply under the comments' heading ("3 Responses", "Kommentare"), not the article's
      if (p.el !== h1?.el && (isTeaserDate(p.el, h1?.el ?? null) || underCommentsHeading(p.el))) continue;
      const m = opener ? BYLINE_LINE_NAME.exec(text.slice(opener[0].length)) : null;
      // (a line that goes on as a sentence after the name and its comma, "By Christmas Eve, the ferry will run again.": a
      // lead, not a byline; SENTENCE_TAIL)
      const tail = m ? text.slice(opener![0].length + m[1].length) : "";
      // (a sub-heading that opens with a byline word names a section, "By the Numbers", "By Design", "Von A bis Z": a
      // heading's byline is kept only for a person's name, a known given name first. Family: feature and explainer
      // articles whose section headings open with "By", "Von", "Par")
      if (m && SUB_HEADING_TAGS.has(p.el.name) && !personShaped(m[1])) continue;
      if (m && !curatedByOrganisation(opener![0], m[1]) && !SENTENCE_TAIL.test(tail)) author = cleanAuthor([m[1]], site, { byline: true, possessive: true, officeName: !CLAUSE_AFTER_NAME.test(tail) });
      if (author) {
        authorFrom = "byline-line";
        break;
      }
    }
  }
  if (!author && h1) {
    // A byline box of any tag near the headline, the byline word in either case and after the row's date or
    // bar ("<span>von <a href=/autor/ann-lee>Ann Lee</a></span>", "<em>by Ann Lee</em>", "12.03.2020 | von
    // Ann Lee", "<div><span>By</span> <a>Ann Lee</a></div>"). Family: the meta rows of news and blog CMSs
    // whose byline is neither a paragraph of its own nor marked up as the author (no author class, no rel).
    const boxes = nodes.bylineBoxes
      .filter((p) => (p.order >= h1.order ? p.order - h1.order <= BYLINE_BOX_REACH : h1.order - p.order <= BYLINE_BOX_REACH_BEFORE))
      .sort((x, y) => nearness(x) - nearness(y));
    for (const p of boxes.slice(0, 10)) {
      // (not the masthead's or the site frame's byline words, "A blog by Ann Lee" in the header: the site's owner or
      // tagline, as for byline elements; isMasthead, inSiteChrome; nor a record box's author field, inRecordBox)
      if (sectionCredit(p, nodes) || isMasthead(p.el, host) || (inSiteChrome(p.el) && !inArticleOrMain(p.el)) || (labelledBox(p.el) && inRecordBox(p.el))) continue;
      // (nor a teaser's or a reply's byline, as for byline lines)
      if (isTeaserDate(p.el, h1.el) || underCommentsHeading(p.el)) continue;
      const found = bylineBoxName(p.el, site, structural);
      // (a sub-heading names a section, not a writer, unless it is a person's name: as for byline lines)
      if (found && SUB_HEADING_TAGS.has(p.el.name) && !personShaped(found)) continue;
      if (found) {
        author = found;
        authorFrom = "byline-box";
        break;
      }
    }
  }
  if (!author && h1) {
    // A link to the writer's author page near the headline, with no byline class or word: the link's text is a person's
    // name that the page address spells ("<a href=/author/ann-lee>Ann Lee</a>", slugOfName). Family: news and magazine
    // front ends whose class names are generated ("css-1q2w3e") or say nothing ("top", "info"), the byline being only
    // a link to the author's page; co-authors are the like links beside it.
    const links = nodes.authorLinks
      .filter((p) => (p.order >= h1.order ? p.order - h1.order <= BYLINE_BOX_REACH && p.textAt <= AUTHOR_LINK_TEXT_BEFORE : h1.order - p.order <= BYLINE_BOX_REACH_BEFORE))
      // (a writer's page only, WRITER_PAGE_HREF: tag rows, quoted experts and commenters link to people's pages; the link
      // the whole of its block in the headline's container: no mention in running text, no list after the article)
      .filter((p) => WRITER_PAGE_HREF.test(p.el.attribs.href ?? "") && linkFillsBlock(p.el) && inHeadlineContainer(p.el, h1.el))
      .filter((p) => slugOfName(p.el) && !notByline(p.el) && !inSiteChrome(p.el) && !isMasthead(p.el, host))
      .sort((x, y) => nearness(x) - nearness(y));
    if (links.length) {
      const first = links[0].el;
      const row = ancestorAt(first, 2);
      const co = links.filter((q) => q.el !== first && !!row && ancestorAt(q.el, 2) === row).slice(0, 4);
      author = cleanAuthor([squash(textOf(first)), ...co.map((q) => squash(textOf(q.el)))], site);
      if (author) authorFrom = "author-link";
    }
  }
  if (!author && h1) {
    // A date and a name on one short line under the headline ("11.12.2019 - Ann Lee", "Ann Lee | 11.12.2019").
    // Also a row whose name and date sit in child elements, read with a space between them ("<div><span>Ann Lee</span>
    // <span>3 March 2020</span></div>", "<p>Ann Lee<br>3 March 2020</p>"): the same meta row, set in spans or lines.
    const lines = nodes.shortLines.filter((p) => p.order > h1.order && p.order - h1.order <= DATE_NAME_LINE_REACH);
    // (the first three rows short enough to be a date line: a long row is no meta row and does not count among them)
    const rows = nodes.metaRows.filter((p) => p.order > h1.order && p.order - h1.order <= DATE_NAME_LINE_REACH && squash(spacedTextOf(p.el, 2 * DATE_LINE_ROW_MAX_CHARS)).length <= DATE_LINE_ROW_MAX_CHARS);
    // (a row's name must open with a known given name, isPersonName: its children also hold buttons, "Tweet This"; and a
    // row is no byline inside a list item, nor when the name links elsewhere than an author page: teasers of other
    // stories and product cards under the headline, "<li><a href=/story>Maria Callas Returns</a> 3 May 2020</li>")
    const rowSet = new Set(rows.slice(0, 3));
    for (const p of [...lines.slice(0, 3), ...rowSet]) {
      const text = squash(spacedTextOf(p.el));
      const found = text.length <= DATE_LINE_ROW_MAX_CHARS ? dateNameLine(text, dayFirst) : null;
      const name = found && rowSet.has(p) && (!isPersonName(found) || inListItem(p.el) || nameLinksElsewhere(p.el, found)) ? null : found;
      if (name) author = cleanAuthor([name], site);
      if (author) {
        authorFrom = "date-line";
        break;
      }
    }
  }
  // The blocks under the headline, each block end kept as " | " (a name ends where its block does), made once when needed.
  let nearMemo: string | undefined;
  const nearH1 = () => (nearMemo ??= squash(teaserCutAfterH1(nodes).replace(INVISIBLE, "").replace(/\n+/g, " | ")));
  if (!author) {
    // A labelled byline in a script without letter case ("责任编辑：焦鹏", "记者 王小明"): CJK_BYLINE_LABELS.
    const text = squash(nodes.pageText);
    labels: for (const label of CJK_BYLINE_LABELS) {
      for (let i = text.indexOf(label), k = 0; i >= 0 && k < 20; i = text.indexOf(label, i + 1), k++) {
        const m = CJK_LABEL_NAME.exec(text.slice(i + label.length, i + label.length + 30));
        if (m) author = cleanAuthor([m[1]], site);
        if (author) {
          authorFrom = "byline-label";
          break labels;
        }
      }
    }
    // the same in Arabic, Hebrew, Korean and Japanese (CASELESS_BYLINES): near the headline, the block ends kept
    if (!author) {
      for (const b of CASELESS_BYLINES) {
        const m = b.re.exec(b.where === "page" ? text : nearH1());
        if (m) author = cleanAuthor([m[1]], site);
        if (author) {
          authorFrom = "byline-label";
          break;
        }
      }
    }
  }
  if (!author) {
    for (const text of nodes.dataScripts) {
      const m = SCRIPT_AUTHOR_RE.exec(text);
      if (m) author = shown(cleanAuthor([decodeEntities(m[1])], site));
      if (author) { authorFrom = "script"; break; }
    }
  }
  if (!author && h1) {
    // (the name ends where its block does: "<p>By Ann Lee</p><p>The ferry…" is not "Ann Lee The")
    const m = BYLINE_IN_TEXT.exec(headWords(nearH1(), 250));
    // the name ends at a sentence's full stop after a whole word (a byline run into the lead paragraph: "Von Ann Lee. Die
    // Fähre …"); an initial's dot stays ("By Ann K. Lee")
    // (the run goes on as a sentence, a lower-case word that is no connector after the name: "Por Ann Lee se obliga …",
    // a byword opening the lead, not a byline; SENTENCE_AFTER_NAME)
    const after = m ? headWords(nearH1(), 250).slice(m.index + m[0].length, m.index + m[0].length + 60) : "";
    // (a name cut at a full stop ends there: what follows is the lead's next sentence)
    if (m && SENTENCE_END_IN_NAME.test(m[1])) author = cleanAuthor([m[1].replace(SENTENCE_END_IN_NAME, "")], site, { possessive: true, officeName: false });
    // (nor one that goes on as a sentence after a comma, "By Christmas Eve, the ferry will run again.": SENTENCE_TAIL on
    // the rest of its block)
    else if (m && !sentenceAfterName(after) && !SENTENCE_TAIL.test(blockRest(nearH1(), m.index + m[0].length))) {
      // a co-author after a connector ("Oleh Budi Santoso dan Sari Wulandari", "Av Anna Lind och Bo Ek"); an office
      // before the name counts only when the name ends its line ("Oleh Menteri Rina Kusumawati |")
      const found = CO_AUTHOR_AFTER_NAME.exec(after);
      // (a date's month run on to the co-author, "and BO EK March 3, 2021": the month and what follows go)
      const coNameOf = (co: RegExpExecArray): string => co[2].replace(/\s+(\p{L}+)$/u, (w, last: string) => (monthNumber(last) !== undefined && /^\s*\d/.test(after.slice(co[0].length)) ? "" : w));
      const co = found && (!/^(?:with|mit)$/.test(found[1]) || withCoWriter(coNameOf(found), after.slice(found[0].length))) ? found : null;
      const officeName = /^\s*(?:\||$)/.test(co ? after.slice(co[0].length) : after);
      const coName = co ? coNameOf(co) : "";
      author = cleanAuthor([co ? `${m[1]}, ${coName}` : m[1]], site, { possessive: true, officeName });
    }
    if (author) authorFrom = "text";
  }
  if (!author) {
    // under the headline; on pages without one (table layouts, a <span> headline), the page's own text, when
    // every poster line there names the same person (a list of posts by several people is an index page)
    const text = squash((h1 ? headWords(nodes.textAfterH1, 250) : nodes.pageText).replace(INVISIBLE, ""));
    const poster = soleName(text, POSTER_LINE);
    if (poster) author = cleanAuthor([poster], site, structural);
    const headline = h1 ? squash(textOf(h1.el)) : "";
    const bare = !author && h1 && text.startsWith(headline) ? POSTER_LINE_BARE.exec(text.slice(headline.length)) : null;
    if (bare) author = bare[1].length === 2 ? (JUNK_AUTHORS.has(bare[1].toLowerCase()) ? null : bare[1]) : cleanAuthor([bare[1]], site, structural);
    // the date first ("Posted on March 3, 2021 by Ann Lee", "Veröffentlicht am 3. März 2021 von Ann Lee"): under the
    // headline, each block's end kept (the name ends where its block does), or on a page without one, the page's text
    // when every such line names the same person
    if (!author) {
      const dateFirst = soleName(h1 ? nearH1() : text, POSTER_LINE_DATE_FIRST);
      if (dateFirst) author = cleanAuthor([dateFirst], site, structural);
    }
    if (author) authorFrom = "poster-line";
  }
  if (!author) {
    // A forum thread: the opening post's author (XenForo's "<article class=message data-author=…>"), the thread's author.
    const post = firstForumPost(root);
    if (post) author = cleanAuthor([post.attribs["data-author"] ?? ""], site, structural);
    if (author) authorFrom = "forum";
  }
  if (!author) {
    // A labelled byline anywhere in the page's own text, the label with its colon ("Von: Ann Lee",
    // "Autorin: Ann Lee", "Written by: Ann Lee"), the name in the next element (under the article, an info box).
    // (a third word only before punctuation: the page text runs on into the next element's "Meanwhile …")
    const labelText = squash(nodes.pageText.replace(INVISIBLE, ""));
    const m = LABELLED_BYLINE.exec(labelText);
    // (not the author's field of a record box, a book's or a film's data: recordFieldsNear)
    if (m && recordFieldsNear(labelText, m.index) < RECORD_BOX_MIN_FIELDS) author = cleanAuthor([m[2] ? `${m[1]} ${m[2]}` : m[1]], site);
    // (not the label a section's credit line prints: sectionCredit)
    if (author && nodes.bylineLines.some((p) => sectionCredit(p, nodes) && p.text.includes(m![1]))) author = null;
    if (author) authorFrom = "label";
  }
  if (!author && site) {
    // The site's own account as the printed byline: a byline element linking to an author page whose path spells
    // the site's name, the link text the site's name or nothing but its logo ("By <a href=/author/example-news/>
    // Example News</a>"). Corporate, association and one-desk news sites (WordPress and the like) file their posts
    // under such an account; cleanAuthor drops the site's name everywhere else (a publisher in an author field is
    // no byline). An account page by number ("/author?id=…") is not enough: the same markup then names no account.
    for (const el of [...nodes.authorEls, ...hints.map((p) => p.el)]) {
      if (notByline(el) || inElsewhere(el)) continue;
      const link = authorPageLink(el);
      const text = link ? squash(textOf(link)) : "";
      const slug = link ? /\/([^/?#]+)\/?(?:[?#].*)?$/.exec(link.attribs.href)?.[1] ?? "" : "";
      if (link && titleKey(slug) === titleKey(site) && (!text || titleKey(text) === titleKey(site))) {
        author = text || site;
        authorFrom = "house-byline";
        break;
      }
    }
  }
  // The names the site gives itself, for the site-owner rules below: og:site_name and the <title>'s parts (entities
  // decoded after the split, so an escaped bar is no separator).
  const titleParts = squash(nodes.titleText).split(TITLE_SEPARATOR).filter((x, i) => i % 2 === 0 && x.trim()).map((x) => squash(decodeEntities(x)));
  const siteNameParts = [ogSite ?? "", ...titleParts];
  if (!author && h1) {
    // A one-person site named in the possessive after its owner ("Ann Lee's Blog", "Jonas Ek' Notizen" as og:site_name or a
    // part of the <title>): the owner writes every post (family: personal blogs and homepages whose byline is the site's
    // name only). The name must read as a person's (personName: "The Example Press's …" or "Example Media's …" do not).
    for (const part of siteNameParts) {
      const m = POSSESSIVE_SITE_NAME.exec(part);
      if (m && personName(m[1])) {
        author = cleanAuthor([m[1]], null);
        if (author) {
          authorFrom = "site-owner";
          break;
        }
      }
    }
  }
  if (!author) {
    // A one-person site whose declared author (JSON-LD, the author meta tag) IS the site's own name, and that name is a
    // person's by a known given name (isPersonName: "Ann Lee" as og:site_name, or the <title>'s site part "Headline |
    // Ann Lee"): personal homepages, artists' and writers' sites, whose owner signs every post. The publisher check
    // (cleanAuthor, notPublisher) drops it elsewhere, rightly for "Example News", "Nestle Family" or "Acme Works".
    // A brand named after a person ("Ann Lee" the fashion house, a celebrity's shop) fills the same fields on every page,
    // so the rule needs an article page (JSON-LD article, article microdata, og:type article) and a second field that
    // says the site is that person's: the copyright meta tag names them, or the JSON-LD publisher is typed Person; and
    // no JSON-LD node types that name as an organisation, unless the JSON-LD author of that name is typed Person.
    const headKey = h1 ? titleKey(squash(textOf(h1.el))) : "";
    const siteNames = new Set([ogSite ?? "", ...(titleParts.length > 1 ? titleParts : [])].map((x) => titleKey(x)).filter((k) => k.length >= 5 && k !== headKey));
    const articlePage = !!ldArticle || nodes.articleItems > 0 || (meta.get("og:type") ?? "").trim().toLowerCase() === "article";
    const publisher = ld ? ldNode(asArray(ld.publisher as Json[])[0], byId) : null;
    const personPublisher = publisher && typesOf(publisher).includes("person") ? titleKey(nameOf(publisher, byId)[0] ?? "") : "";
    if (publisher && isLdOrganisation(publisher)) for (const n of nameOf(publisher, byId)) ldOrgKeys.add(titleKey(n));
    // (a JSON-LD author typed Person of the same name outweighs the organisation: personal blogs fill the publisher, which
    // search engines want typed Organization, with the owner's name)
    const ldPersonAuthorKeys = new Set(
      asArray(ld?.author as Json[]).map((x) => ldNode(x, byId)).filter((o): o is Record<string, Json> => !!o && typesOf(o).includes("person")).flatMap((o) => nameOf(o, byId).map(titleKey)),
    );
    for (const v of articlePage ? [...ldAuthorNames, meta.get("author") ?? ""] : []) {
      const name = v ? cleanAuthor([v], null) : null;
      const key = name ? titleKey(name) : "";
      // (the copyright meta tag or the JSON-LD publisher names the same person: three fields agree, and a given name
      // the lists lack is then enough)
      const ownsSite = !!name && (titleKey(meta.get("copyright") ?? "") === key || personPublisher === key);
      // (a first word of two letters reads as the article of a publisher's name: "Al …", "El …", "La …")
      if (name && !name.includes(", ") && siteNames.has(key) && personName(name) && name.split(" ")[0].length > 2 && ownsSite && (!ldOrgKeys.has(key) || ldPersonAuthorKeys.has(key))) {
        author = name;
        authorFrom = "site-owner";
        break;
      }
    }
  }
  const inAuthorElement = (name: string): boolean => {
    const f = foldName(name);
    return [...nodes.authorEls, ...hints.map((p) => p.el)].some((el) => !inElsewhere(el) && foldName(textOf(el)).includes(f));
  };
  if (!author && ld) {
    // A JSON-LD author given as its author page's address only ({"@type": "Person", "url": ".../author/ann-lee"} or the
    // address as a string): the page's slug spelt as a name, kept when the page prints that whole name. Family: SEO
    // plugins and headless CMSs that link the author's profile without naming them (AUTHOR_PAGE_HREF paths).
    for (const x of asArray(ld.author as Json[]).slice(0, 5)) {
      const o = ldNode(x, byId);
      const url = typeof x === "string" ? x : typeof o?.url === "string" ? o.url : typeof o?.["@id"] === "string" ? o["@id"] : "";
      const slug = /^https?:\/\/[^?#]*?\/([\p{L}]+(?:[-_][\p{L}]+){1,2})\/?(?:[?#].*)?$/u.exec(url);
      if (!slug || !isAuthorPageHref(url)) continue;
      const name = slug[1].split(/[-_]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
      // (a slug spells a person's name, isPersonName, or one the page prints in a byline element: "/author/harbour-ferries"
      // beside "Harbour Ferries" printed under the headline is the desk's account, or a name the page uses for other things)
      if (nameShown(name, pageFolded, false) && (isPersonName(name) || inAuthorElement(name))) author = cleanAuthor([name], site);
      if (author) {
        authorFrom = "json-ld-url";
        break;
      }
    }
  }
  if (!author && ldOrgAuthor) {
    author = ldOrgAuthor;
    authorFrom = "json-ld";
  }
  if (!author && mdOrgAuthor) {
    author = mdOrgAuthor;
    authorFrom = "microdata";
  }
  // A one-person site's owner, read by the cleaner last of all, after its removed byline and a signature under the post
  // (authorOfPage): a signed post on a blog named after its owner is the signer's.
  let ownerAuthor: { name: string; from: string } | null = null;
  if (!author && h1) {
    // A one-person site that names its owner in the footer's copyright line only ("© 2009-2012 Ann Lee.", "(CC licence)
    // 2006-2008 by Ann Lee"): the owner writes every post. Only on an article page with a headline, and only a
    // person's name by a known given name (copyrightOwner). Family: personal blogs and homepages (self-hosted WordPress,
    // old blog themes) whose posts carry no byline, while company and association footers name a firm.
    const owner = copyrightOwner(root);
    const name = owner ? cleanAuthor([owner], null) : null;
    if (name && !isPublisher(name)) ownerAuthor = { name, from: "copyright-owner" };
  }
  if (!author && !ownerAuthor && h1) {
    // A one-person blog whose tagline is its owner's name ("<span class=site-description>Ann Lee</span>" under the blog's
    // name in the site header): the owner writes the posts. The tagline's whole text must be a person's name by a known
    // given name, with no trade's or place's word, as a copyright holder's is (copyrightHolderShaped), and not the site's
    // name (isPublisher); the host or the site's name must spell it (a fan page's or a brand's tagline names someone
    // else), and no other person may be named by an author link, rel=author or a byline line (a multi-author or guest
    // post). Family: WordPress, Blogger and Ghost themes whose owners set their name as the blog's description, with no
    // byline in the post.
    for (const el of nodes.taglines) {
      const text = squash(textOf(el));
      if (!personName(text) || !copyrightHolderShaped(text) || isPublisher(text) || !inSiteHeader(el)) continue;
      const key = foldName(text);
      if (!ownSite(text, host) && !(site && foldName(site).includes(key))) continue;
      if (namesAnother(key, nodes) || GUEST_POST.test(nodes.textAfterH1.slice(0, NEAR_H1_CHARS))) continue;
      const name = cleanAuthor([text], null);
      if (name) {
        ownerAuthor = { name, from: "tagline-owner" };
        break;
      }
    }
  }
  // The site's name as a later part of a byline after the writer ("By Ann Lee, Example Post", the <title> printing "Headline -
  // Example Post" and no field naming the site): the outlet the writer writes for, not a co-author. Only a part after the
  // first, only the <title>'s site part (titleSiteKeys: not the headline's), and not a person's shape unless an organisation
  // word says otherwise (a one-person site's "Headline | Bo Ek" names its owner, who may co-sign). Family: news and
  // magazine sites without og:site_name whose byline row prints the outlet after the name.
  if (author && author.includes(", ")) {
    const names = author.split(", ");
    const kept = names.filter((n, i) => i === 0 || !titleSiteKeys.has(titleKey(n)) || (!organisationWorded(n) && titlePerson(n)));
    if (kept.length < names.length) author = kept.join(", ");
  }
  // The chosen author, checked against what the page shows (corroborate: trust per source, families of non-bylines).
  const authorRejected = author ? (corroborate(author, authorFrom ?? "", evidenceOf(author, nodes, hints), nodes) ?? undefined) : undefined;
  const droppedNames = new Set(authorRejected && author ? author.split(", ").map(titleKey) : []);
  if (authorRejected) author = null;
  const acceptAuthor = (name: string, from: string): boolean => {
    const names = name.split(", ");
    if (!notPublisher(name) || names.some((n) => droppedNames.has(titleKey(n)))) return false;
    if (corroborate(name, from, evidenceOf(name, nodes, hints), nodes)) return false;
    return !(from === "removed-byline" && onlySetAside(names, hints, nodes));
  };
  const title = declaredTitle(ldStr("headline"), first(META_TITLE), squash(nodes.titleText), h1 ? squash(textOf(h1.el)) : null, site, host);
  const canonical = nodes.canonical ?? meta.get("og:url") ?? ldStr("url") ?? opts.url ?? null;

  return {
    url: opts.url ?? canonical,
    canonical,
    site,
    title,
    titleTag: squash(nodes.titleText) || null,
    ownerAuthor,
    author,
    authorFrom,
    authorRejected,
    acceptAuthor,
    published,
    publishedFrom,
    modified,
    language: lang ? lang.replace("_", "-").split("-")[0].toLowerCase() : null,
    description: first(["og:description", "description", "twitter:description"]),
  };
}

/**
 * The person a page's copyright line names as the holder, or null: a line (up to a line break or a block's end) that
 * opens with the copyright sign or word, or with a licence link's bracket, then a year or range, "by" at most, then the
 * holder's name ending the line or standing before a full stop or a bar ("© 2014-2021 Ann Lee. Imprint", "(CC BY licence)
 * 2011 by Ann Lee"). The year is required (a picture's "© Ann Lee" names the photographer), and the sign must open the
 * line: "Photo © 2020 Ann Lee", "Lyrics © …", "Theme © …" credit someone else. Lines inside the article's own elements
 * (COPYRIGHT_NOT_FRAME: <article>, <main>, figures and their captions, asides) are credits for a piece of it, and a
 * line with a rights notice is passed over (RIGHTS_RESERVED). The holder must be shaped as a person's name
 * (copyrightHolderShaped). The page is read from its end (the site's footer closes it): the last COPYRIGHT_LINES_READ
 * copyright lines only, within COPYRIGHT_WALK_MAX_NODES nodes of the end.
 */
function copyrightOwner(root: AnyNode): string | null {
  const lines: string[] = [];
  let line = "";
  const flush = (): void => {
    const t = squash(line);
    if (t && t.length <= COPYRIGHT_LINE_MAX_CHARS && COPYRIGHT_SIGN.test(t)) lines.push(t);
    line = "";
  };
  // Walked from the end: children pushed in document order pop last first, so a line is put together from its end
  // (null on the stack: the start of a block, where its line begins). A line too long to be a copyright notice stops
  // growing (its length is all that is checked of it).
  const stack: (AnyNode | null)[] = [root];
  for (let n = 0; stack.length && lines.length < COPYRIGHT_LINES_READ && n < COPYRIGHT_WALK_MAX_NODES; n++) {
    const node = stack.pop() as AnyNode | null;
    if (node === null) { flush(); continue; }
    if (node.type === "text") {
      if (line.length <= COPYRIGHT_LINE_GATHER_CHARS) line = (node as unknown as { data: string }).data + line;
      continue;
    }
    if (node.type !== "tag" && node.type !== "root") continue;
    const el = node as Element;
    if (node.type === "tag" && (NO_TEXT_TAGS.has(el.name) || el.name === "br" || COPYRIGHT_NOT_FRAME.has(el.name))) {
      flush();
      continue;
    }
    const block = node.type === "tag" && !INLINE_TAGS.has(el.name);
    if (block) { flush(); stack.push(null); }
    for (const c of el.children) stack.push(c);
  }
  if (lines.length < COPYRIGHT_LINES_READ) flush();
  for (const t of lines) {
    // (a rights notice, "All rights reserved", "Alle Rechte vorbehalten", is the legal owner's: firms, publishers and shops
    // print it under every page, whoever wrote it; a personal site's line is the sign, the years and the name)
    if (RIGHTS_RESERVED.test(t)) continue;
    const name = COPYRIGHT_OWNER_NAME.exec(t)?.[1];
    if (name && copyrightHolderShaped(name)) return name;
  }
  return null;
}
/** Elements whose copyright lines credit a part of the article (a photo, a quoted text, a book in a box), not the site. */
const COPYRIGHT_NOT_FRAME: ReadonlySet<string> = new Set(["article", "main", "figure", "figcaption", "aside", "blockquote", "picture"]);
/**
 * Whether a copyright holder reads as one person: two name words, or a given name, an initial or a second given name,
 * and a surname ("Ann Lee", "Ann B. Lee", "Ann Marie Lee"; so "Ann Lee Design" is no person with a third name); a known
 * given name first and no organisation word (isPersonName, organisationWorded); no trade word ("… Photography", "…
 * Realty": TRADE_WORDS) and no place's or venue's shape ("Victoria Park", "Santa Monica", "… Opera House":
 * PLACE_NAME_HEADS, PLACE_NAME_LEADS, endsWithPlaceOrOrgHead). Brands named after a person ("Ann Lee" as a label) stay
 * this source's built-in risk.
 */
function copyrightHolderShaped(name: string): boolean {
  const words = name.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  if (words.length === 3 && !/^\p{Lu}\.$/u.test(words[1]) && !isGivenNameWord(words[1])) return false;
  if (lower.some((w) => TRADE_WORDS.has(w)) || PLACE_NAME_HEADS.has(lower[lower.length - 1]) || PLACE_NAME_LEADS.has(lower[0])) return false;
  return isPersonName(name) && !organisationWorded(name) && !endsWithPlaceOrOrgHead(name);
}
/** A copyright sign or word, or a licence link's closing bracket ("(Creative Commons licence) 2011 by …"). */
const COPYRIGHT_SIGN = /©|\(c\)|\bcopyright\b|\blizenz\)|\blicen[cs]e\)/iu;
/**
 * The holder after the sign at the start of the line: the sign or word ("©", "(c)", "Copyright ©") or a bracketed licence
 * name, a year or range, "by"/"von" at most, then two name words with a middle initial or name at most, ending the line or
 * before . or |
 */
const COPYRIGHT_OWNER_NAME = new RegExp(
  String.raw`^(?:(?:©|\([Cc]\)|[Cc]opyright|COPYRIGHT)\s*(?:(?:©|\([Cc]\))\s*)?|\([^()]{0,40}(?:[Ll]izenz|[Ll]icen[cs]e)\)\s*)(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?\s*,?\s*(?:(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or)\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}+))?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s*(?:$|[.|])`,
  "u",
);
const RIGHTS_RESERVED =
  /\b(?:all|some)\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|(?:todos|algunos)\s+los\s+derechos\s+reservados|todos\s+os\s+direitos\s+reservados|tutti\s+i\s+diritti\s+riservati|alle\s+rechten\s+voorbehouden/i;
const COPYRIGHT_LINES_READ = 3;
const COPYRIGHT_WALK_MAX_NODES = 50_000;
/** How much of a line is gathered (past it the line is too long anyway, COPYRIGHT_LINE_MAX_CHARS after squashing). */
const COPYRIGHT_LINE_GATHER_CHARS = 4_000;
/**
 * Subtrees the copyright walk skips: those never text (NEVER_TEXT_TAGS) and iframes, whose children are another
 * document's (an embedded player's or post's fallback, a saved frame's markup): their copyright line is the embed's,
 * not the site's. The plain-text reader keeps iframe text: it removes nothing that can be text, the cleaner drops it.
 */
const NO_TEXT_TAGS: ReadonlySet<string> = new Set([...NEVER_TEXT_TAGS, "iframe"]);

/** A site's name in the possessive of a person's name of two or three words, then the site's kind ("Ann Lee's Blog", "Jonas Ek' Notizen"). */
const POSSESSIVE_SITE_NAME = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?){1,2})(?:['’]s|(?<=s)['’])\s+\p{L}/u;

/** How many values of one repeated meta name are kept (a scholarly page's author list; a page repeating a tag hundreds of times gives no more). */
const META_VALUES_MAX = 8;
/** A byline row that lists co-authors is short: names, "and", a date at most (the article around two credits is longer). */
const MICRODATA_CO_AUTHOR_ROW_CHARS = 160;
/** The element `levels` parents above `el` (null past the document's top). */
function ancestorAt(el: Element, levels: number): Element | null {
  let e: Element | null = el;
  for (let k = 0; k < levels && e; k++) e = e.parent && e.parent.type === "tag" ? (e.parent as Element) : null;
  return e;
}

/** The text's first `max` characters, less a word cut at the end ("… Von Sigrun Aas" is no name: "… Von Sigrun"). */
function headWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  return /\s/.test(text.charAt(max)) ? head : head.slice(0, Math.max(0, head.search(/\S*$/)));
}

/** Inline tags: text in them runs on with the text around (a byline's "By <a>Ann Lee</a>"); any other tag starts a block. */
const INLINE_TAGS: ReadonlySet<string> = new Set(["a", "span", "strong", "em", "b", "i", "u", "small", "big", "font", "abbr", "time", "cite", "sup", "sub", "mark", "bdi", "bdo", "data", "q", "s", "wbr", "label"]);

/**
 * Whether an author link is all its block says (authorPageLinkName's source): the block's text less its writers' links
 * (WRITER_PAGE_HREF), its category links (CATEGORY_PAGE_HREF), byline words ("By", "and", "von", "und") and a date's digits keeps AUTHOR_LINK_REST_LETTERS
 * letters at most (a month's name); a block in a list item (a comment list, a related list, a link row) does not count.
 * A name in running prose ("As our reporter <a>Ann Lee</a> revealed …") is a mention, not a byline.
 */
function linkFillsBlock(a: Element): boolean {
  let block: Element = a;
  while (INLINE_TAGS.has(block.name) && block.parent && block.parent.type === "tag") block = block.parent as Element;
  for (let e: Element | null = block, d = 0; e && e.type === "tag" && d < 3; e = e.parent as Element | null, d++) if (e.name === "li") return false;
  let links = 0;
  let rest = squash(textOf(block));
  if (rest.length > AUTHOR_LINK_BLOCK_MAX_CHARS) return false;
  const walk = (n: Element): void => {
    for (const c of n.children) {
      if (c.type !== "tag") continue;
      const k = c as Element;
      if (k.name === "a" && WRITER_PAGE_HREF.test(k.attribs.href ?? "")) {
        const t = squash(textOf(k));
        if (t) rest = rest.replace(t, " ");
        links++;
      } else if (k.name === "a" && CATEGORY_PAGE_HREF.test(k.attribs.href ?? "")) {
        // the post's category link in the same meta row ("3 March 2024 · <a href=/category/harbour>Harbour</a> · <a
        // href=/author/ann-lee>Ann Lee</a>"): the row's furniture, as its date is, not prose around the name
        const t = squash(textOf(k));
        if (t) rest = rest.replace(t, " ");
      } else walk(k);
    }
  };
  walk(block);
  const letters = rest.replace(LINK_ROW_BYLINE_WORDS, " ").replace(/[^\p{L}]+/gu, "");
  return links > 0 && letters.length <= AUTHOR_LINK_REST_LETTERS;
}
const AUTHOR_LINK_BLOCK_MAX_CHARS = 200;
const AUTHOR_LINK_REST_LETTERS = 10;
/** Byline words around author links in a row (one word each, whole): "By", "and", "von", "und", "par", "et", "por", "y". */
const LINK_ROW_BYLINE_WORDS = /(?<![\p{L}])(?:by|and|with|von|und|mit|par|et|avec|por|y|con|e|di|da|door|en|og|och|written|text|words)(?![\p{L}])/giu;
/**
 * Whether the link sits in the headline's container: inside one of the headline's parents, HEADLINE_CONTAINER_LEVELS up
 * at most, never past the <article> or <main> that holds the headline, nor the <body> (a comment list after the article).
 */
function inHeadlineContainer(a: Element, h1: Element): boolean {
  let c = h1.parent as Element | null;
  for (let d = 0; c && c.type === "tag" && d < HEADLINE_CONTAINER_LEVELS; d++, c = c.parent as Element | null) {
    if (c.name === "body" || c.name === "html") return false;
    for (let e = a.parent as Element | null, k = 0; e && e.type === "tag" && k < 30; e = e.parent as Element | null, k++) if (e === c) return true;
    if (c.name === "article" || c.name === "main") return false;
  }
  return false;
}
const HEADLINE_CONTAINER_LEVELS = 4;

/** At most this much of the article's text between the headline and an author link: a standfirst, not the body. */
const AUTHOR_LINK_TEXT_BEFORE = 600;
/** Links to author pages gathered per page (a staff directory page holds hundreds). */
const AUTHOR_LINKS_MAX = 200;
/** How far from the headline a byline box is looked for (elements after it / before it, a kicker row). */
const BYLINE_BOX_REACH = 40;
const BYLINE_BOX_REACH_BEFORE = 8;
/** A byline box is short: the byline word, one to four names and at most a date or a job title. */
const BYLINE_BOX_MAX_CHARS = 90;
const BYLINE_BOXES = 400;
/**
 * A user name after a byline box's byline word: one lower-case token that ends the box or stands before its bar or its
 * date (CMS accounts that sign posts: "von jdoe", "by kaiser7 | 12.03.2020"); never an article or pronoun
 * (BYLINE_BOX_STOPWORDS: "by the …", "von der …" go on with more words anyway).
 */
const BYLINE_BOX_USER = /^([\p{Ll}\p{N}][\p{L}\p{N}_.-]{2,30})(?=$|\s*[|•·–—,(]|\s+(?:am|on|le|el|il|em|um|at|vom|op)\s+\d)/u;
const BYLINE_BOX_STOPWORDS: ReadonlySet<string> = new Set(["the", "der", "die", "das", "den", "dem", "des", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "een", "het", "uns", "unserer", "unserem", "our", "you", "him", "her", "them", "und", "and"]);
/** A person's name as a whole: two or three capitalised words (a particle between), no digits. */
const PERSON_NAME = new RegExp(String.raw`^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:${NAME_PARTICLES_SOURCE})\s+)?\p{Lu}[\p{Ll}'’-]+){1,2}$`, "u");
/**
 * Whether a name reads as a person's (PERSON_NAME) and not as an organisation's: no publisher or organisation
 * word (ORGANISATION_WORDS, also as the end of a German compound: "Wirtschaftsnachrichten"), no country, no
 * leading article ("The Example Press").
 */
function personName(p: string): boolean {
  return PERSON_NAME.test(p) && !organisationWorded(p);
}
/**
 * Class / id tokens of a site's tagline, the line under its name in the masthead (WordPress "site-description", Blogger
 * "blog-description", "site-tagline", "tagline", "slogan"): taglineOwner. Whole tokens only ("description" alone is a
 * product's or an image's).
 */
const TAGLINE_TOKEN = /^(?:site[-_]?(?:description|tagline|slogan|subtitle)|blog[-_]?(?:description|tagline|subtitle)|tagline)$/i;
/** Class / id tokens of a site's header (WordPress "site-header", "site-branding", "masthead", Blogger "header-inner"). */
const SITE_HEADER_TOKEN = /^(?:(?:site|page|blog|main|top)[-_]?)?header(?:[-_]?(?:inner|wrap|wrapper|content))?$|^masthead$|^(?:site[-_]?)?branding$/i;
/** Class / id tokens of boxes that are not the site's header: footers, sidebars, widgets. */
const NOT_HEADER_TOKEN = /footer|sidebar|widget/i;
/**
 * Whether a tagline sits in the site's header: inside a <header> or a site-header box, with no footer, sidebar, widget,
 * <aside> or <nav> between (a theme's footer or a "slogan" widget is not the masthead).
 */
function inSiteHeader(el: Element): boolean {
  for (let e = el.parent as Element | null; e && e.type === "tag" && e.name !== "body"; e = e.parent as Element | null) {
    if (e.name === "footer" || e.name === "aside" || e.name === "nav") return false;
    const tokens = `${e.attribs.class ?? ""} ${e.attribs.id ?? ""}`.split(/\s+/).filter(Boolean);
    if (tokens.some((t) => NOT_HEADER_TOKEN.test(t))) return false;
    if (e.name === "header" || tokens.some((t) => SITE_HEADER_TOKEN.test(t))) return true;
  }
  return false;
}
/** Whether the page names someone other than `key` (a folded name) by rel=author / itemprop=author, an author link or a byline line. */
function namesAnother(key: string, nodes: MetaNodes): boolean {
  const els = [...nodes.authorEls, ...nodes.authorLinks.map((l) => l.el), ...nodes.bylineLines.map((l) => l.el)];
  return els.some((el) => {
    const f = foldName(textOf(el));
    return /\p{L}{2}/u.test(f) && !f.includes(key);
  });
}
/** A guest post's opening line under the headline ("This is a guest post by …", "Gastbeitrag von …", "Article invité"). */
const GUEST_POST = /\bguest[-\s](?:post|author|writer|column)|\bgast(?:beitrag|autor|autorin|kommentar)\b|\b(?:article|billet) invit|\bart[ií]culo invitad|\bpost invitad/i;
/** How many tagline elements are kept (a masthead prints one; a theme may print it twice, for desktop and mobile). */
const TAGLINES_MAX = 4;
/** An organisation's, country's or article's word in a name ("Example Foundation", "The Example", "Example Zeitung"). */
function organisationWorded(p: string): boolean {
  const words = p.toLowerCase().split(/\s+/);
  return words.some((w) => ORGANISATION_WORDS.has(w) || COUNTRY_NAMES.has(w) || ORGANISATION_WORD_END.test(w)) || LEADING_ARTICLE.test(words[0]);
}
/**
 * A name shaped as a person's whatever its initials spell (organisationInitials): no organisation word, and a known given name first
 * or an initial ("Andrew J. Miller" on ajm.example, "Ana Belén Castro" on a site named "ABC", "J. Ann Lee").
 */
function personShaped(n: string): boolean {
  return !organisationWorded(n) && (isPersonName(n) || /^\p{Lu}\.\s|\s\p{Lu}\.?\s/u.test(n));
}
/** A person's name as a <title> part prints it: honorifics off (NAME_HONORIFICS), particles allowed between the words ("Maria del Carmen Ruiz"). */
const TITLE_PERSON_NAME = new RegExp(String.raw`^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:${MORE_NAME_PARTICLES_SOURCE})\s+){0,2}\p{Lu}[\p{Ll}'’-]+){1,3}$`, "u");
function titlePerson(n: string): boolean {
  const bare = n.replace(NAME_HONORIFICS, "").trim();
  return personShaped(bare) || PERSON_NAME.test(bare) || TITLE_PERSON_NAME.test(bare);
}
/** The byline word (BYLINE_OPENER) at the start of a text or after the row's bar or dash ("12.03.2020 | von "). */
const BYLINE_BOX_RE = new RegExp(`(?:^|[|•·–—]\\s*)${BYLINE_OPENER.source.slice(1)}`, "i");
const BYLINE_WORD_NODE = { test: (data: string): boolean => BYLINE_BOX_RE.test(`${data.trimStart()} `) };

/**
 * The name a byline box prints after its byline word: capitalised names (BYLINE_LINE_NAME), a lower-case user name
 * closing the box (BYLINE_BOX_USER), or a user name that is the whole text of a link to the author's page. The box is the element
 * holding the byline word, or its parent when that holds the word alone ("<span>By</span> <a>Ann Lee</a>").
 */
function bylineBoxName(start: Element, site: string | null, structural: { handles: boolean }): string | null {
  let el = start;
  let text = squash(textOf(el).replace(INVISIBLE, ""));
  let m = BYLINE_BOX_RE.exec(`${text} `);
  for (let k = 0; k < 2 && m && m.index + m[0].length > text.length && el.parent && el.parent.type === "tag"; k++) {
    el = el.parent as Element;
    // the label's element and the name's touch without a space in minified markup ("<dt>Autorin</dt><dd>Ann Lee</dd>")
    text = squash(spacedTextOf(el).replace(INVISIBLE, ""));
    m = BYLINE_BOX_RE.exec(text);
  }
  if (!m || text.length > BYLINE_BOX_MAX_CHARS || notByline(el) || inElsewhere(el)) return null;
  const rest = text.slice(m.index + m[0].length);
  if (!rest || curatedByOrganisation(m[0].replace(/^[|•·–—]\s*/, ""), rest)) return null;
  const name = BYLINE_LINE_NAME.exec(rest);
  // (a box that goes on as a sentence after the name is a lead, as for byline lines: SENTENCE_TAIL)
  const tail = name ? rest.slice(name[1].length) : "";
  if (name) return SENTENCE_TAIL.test(tail) ? null : cleanAuthor([name[1]], site, { byline: true, officeName: !CLAUSE_AFTER_NAME.test(tail) });
  const link = authorPageLink(el);
  // a lower-case user name closing the box or before its bar or date ("von jdoe", "by jdoe | 12.03.2020", "von jdoe am 12.03.")
  const user = BYLINE_BOX_USER.exec(rest);
  if (user && !BYLINE_BOX_STOPWORDS.has(user[1].toLowerCase())) return cleanAuthor([user[1]], site, structural);
  const handle = link ? squash(textOf(link)) : "";
  return handle && rest.startsWith(handle) && /^(?:$|[\s,|•·–—(])/.test(rest.slice(handle.length)) ? cleanAuthor([handle], site, structural) : null;
}

/**
 * A byline element that names someone else: inside a testimonial, a pull quote or a teaser card
 * (NOT_BYLINE_BOX, a few levels up), or inside a link that does not lead to an author page (a teaser card for another
 * story: AUTHOR_PAGE_HREF). Looked up the element's ancestors, a few levels up.
 */
function notByline(el: Element): boolean {
  if (inRepeatedCard(el) || inOtherItem(el) || afterTeaserHeading(el) || inWritersList(el) || inCopyrightLine(el)) return true;
  let e: Element | null = el;
  for (let depth = 0; e && depth < NOT_BYLINE_DEPTH; depth++, e = e.parent as Element | null) {
    if (e.type !== "tag" || e.name === "body" || e.name === "html") break; // (Modernizr's "video" class on <html>)
    const a = e.attribs;
    if ((depth < NOT_BYLINE_BOX_DEPTH && a.class && a.class.split(/\s+/).some((t) => NOT_BYLINE_BOX.test(t))) || NOT_BYLINE_TAGS.has(e.name)) return true;
    // inside a list of readers' or customers' reviews (REVIEW_LIST_BOX, an ancestor) that is not the article itself
    if (e !== el && `${a.class ?? ""} ${a.id ?? ""}`.split(/\s+/).some((t) => REVIEW_LIST_BOX.test(t)) && !holdsArticle(e)) return true;
    if (e !== el && e.name === "a" && a.href && a.rel !== "author" && !isAuthorPageHref(a.href) && (holdsCardParts(e) || linkTextBeyond(e, el) >= TEASER_LINK_TEXT)) return true;
  }
  return false;
}
const NOT_BYLINE_DEPTH = 8;
/** The most words a site's name in the <title> has (a longer part is a headline or a slogan). */
const TITLE_SITE_PART_MAX_WORDS = 4;

/**
 * How many fields of a record box other than a picture's credit stand within RECORD_BOX_REACH characters of `at` in a
 * squashed text: each "Label: value" whose label text/header.ts isRecordField knows (a book's, a film's, a product's or a
 * cited study's data: "Verlag:", "ISBN:", "Seiten:", "Publisher:", "Pages:", "Regie:", "Laufzeit:", "DOI:"…). An author's
 * label among two or more of them names the work's author, not the page's writer. Family: review blogs, shop and library
 * listings and press kits that print the reviewed work's data ("Titel: … Autor: Ann Lee Verlag: … ISBN: …"); the text
 * reader applies the same fields line by line. A photo's credit beside a byline ("Text: Ann Lee, Foto: Bo Ek") is no record.
 */
function recordFieldsNear(text: string, at: number): number {
  const window = text.slice(Math.max(0, at - RECORD_BOX_REACH), at + RECORD_BOX_REACH);
  let n = 0;
  WORD_START.lastIndex = 0;
  for (let m = WORD_START.exec(window), k = 0; m && k < RECORD_BOX_WORDS; m = WORD_START.exec(window), k++) {
    const rest = window.slice(m.index + m[0].length);
    if (isRecordField(rest) && !PICTURE_CREDIT_FIELD.test(rest)) n++;
    if (!m[0].length) WORD_START.lastIndex++;
  }
  return n;
}
/**
 * An author's label with its colon ("Autor:", "Autorin:", "Author:", "Verfasser:"): the only byline a record box holds as one
 * of its fields. A "by" / "von" byline is the page writer's whatever data box stands beside it (a review's "von Ann Lee |
 * 3. März" over the book's "Verlag: … Seiten: …"), so inRecordBox is asked for labels only.
 */
const AUTHOR_LABEL_OPENER = /^(?:\S+\s+)?(?:autor(?:in|en)?|author|auteur|autore|verfasser(?:in)?|yazar|автор|szerző|autorka|autori|penulis)\s*:/i;
/** Whether a byline box's text opens, after the row's date or bar, with an author's label and its colon (AUTHOR_LABEL_OPENER). */
function labelledBox(el: Element): boolean {
  const text = squash(textOf(el).replace(INVISIBLE, ""));
  const m = BYLINE_BOX_RE.exec(`${text} `);
  return !!m && AUTHOR_LABEL_OPENER.test(m[0].replace(/^[|•·–—]\s*/, ""));
}
/**
 * Whether an <article> or a <main> holds the element: a byline box there is the article's, whatever its row's class says
 * ("<article><div class=toolbar>by Ann Lee · 4 min read</div>"), where the chrome test (inSiteChrome) would take a toolbar,
 * a top bar or a menu row for the site's frame.
 */
function inArticleOrMain(el: Element): boolean {
  for (let e = el.parent as Element | null; e && e.type === "tag"; e = e.parent as Element | null) if (e.name === "article" || e.name === "main") return true;
  return false;
}
/** Whether a byline line or box stands in a record box (recordFieldsNear, over the text of the block around it). */
function inRecordBox(el: Element): boolean {
  const own = squash(spacedTextOf(el, 200));
  if (!own) return false;
  for (let level = 1; level <= RECORD_BOX_LEVELS; level++) {
    const box = ancestorAt(el, level);
    if (!box || textLength(box) > RECORD_BOX_MAX_CHARS) break;
    const text = squash(spacedTextOf(box));
    const at = text.indexOf(own);
    if (at >= 0 && recordFieldsNear(text, at) >= RECORD_BOX_MIN_FIELDS) return true;
  }
  return false;
}
/** Where a word begins (the start of the text, or after a space, a bar or a comma): where a record box's field may. Global: reset before each scan. */
const WORD_START = /(?:^|[\s|•·;,])(?=\p{L})/gu;
/** The most word starts a window is read at. */
const RECORD_BOX_WORDS = 120;
const PICTURE_CREDIT_FIELD = /^(?:photos?|fotos?|bild(?:er)?|images?|credits?)\s*:/iu;
const RECORD_BOX_REACH = 200;
const RECORD_BOX_MIN_FIELDS = 2;
const RECORD_BOX_LEVELS = 2;
/** The most text a record box holds (a longer block is the article, not its data box). */
const RECORD_BOX_MAX_CHARS = 1200;

/**
 * Whether a byline element stands in a copyright line: the element or a short block around it (COPYRIGHT_LINE_MAX_CHARS,
 * up to COPYRIGHT_LINE_LEVELS up) opens with "©", "(c)" or "Copyright" ("<p>© 2020 <span itemprop=author>Ann Lee</span></p>",
 * "<div class=copy>Copyright <a rel=author>Ann Lee</a></div>"). Family: blog and small-business themes that mark the site's
 * owner up as the author in the copyright notice outside any <footer> tag; a photo's "© Ann Lee" credit is no byline either.
 */
function inCopyrightLine(el: Element): boolean {
  const own = squash(textOf(el));
  if (!own) return false;
  let e: Element | null = el;
  for (let depth = 0; e && depth <= COPYRIGHT_LINE_LEVELS; depth++, e = e.parent as Element | null) {
    if (e.type !== "tag" || e.name === "body" || e.name === "html") break;
    const text = textLength(e) <= COPYRIGHT_LINE_MAX_CHARS ? squash(textOf(e)) : "";
    if (!text) break;
    // only "© [year or range] [by]" between the lead and the element: a photo credit first ("© Foto: Bo Ek <a rel=author>…"),
    // an agency's "© dpa", or any other words there make the © someone else's
    const lead = COPYRIGHT_LEAD.exec(text);
    if (lead && text.slice(lead[0].length).startsWith(own)) return true;
  }
  return false;
}
/** The copyright sign or word and what may stand between it and the holder's name: a year or a range, "by". */
const COPYRIGHT_LEAD = /^(?:©|\(c\)|copyright\b)\s*(?:(?:\d{4}(?:\s*[-–]\s*\d{2,4})?)\s*,?\s*)?(?:by\s+)?/iu;
const COPYRIGHT_LINE_LEVELS = 3;
const COPYRIGHT_LINE_MAX_CHARS = 160;

/**
 * A byline printed just after a sub-heading that links to another page ("<h3><a href=/nets>Nets dry on the pier</a></h3>
 * <p class=byline>By Ann Lee</p>"): a teaser card's, the other story's writer, as isTeaserDate reads its date. One card
 * alone counts ("Read next", "Up next", a single "more from" box), where inRepeatedCard needs three. The element or an
 * ancestor two levels up at most, its nearest element before it; never the page's headline (an <h2> that links to the
 * post's own address on blog themes, told by the <title>'s words, pageTitleText, or by the link's address: the page's own
 * or its canonical one, whatever the SEO title says, pageAddresses).
 */
function afterTeaserHeading(el: Element): boolean {
  const h = elementBefore(el, 3, (e) => e.name === "article" || e.name === "main" || e.name === "body");
  return !!h && isTeaserHeading(h);
}
/** A sub-heading (<h2>-<h6>) that is another story's linked headline, not the page's own (afterTeaserHeading). */
function isTeaserHeading(h: Element): boolean {
  if (!TEASER_HEADING_TAGS.has(h.name)) return false;
  const link = h.children.find((c) => c.type === "tag" && isOtherPageLink(c as Element)) as Element | undefined;
  const text = squash(textOf(h));
  // (a headline's length: a kicker or section link above the byline, "<h2><a href=/topics/ferries>Ferries</a></h2>", is no teaser)
  if (!link || text.length < TEASER_HEADLINE_MIN_CHARS || CATEGORY_PAGE_HREF.test(link.attribs.href ?? "") || (pageTitleText && isTitleText(text, pageTitleText)) || isOwnAddress(link.attribs.href ?? "")) return false;
  return squash(textOf(link)).length * 10 >= text.length * 6;
}
/** The shortest teaser heading: a headline of a few words. */
const TEASER_HEADLINE_MIN_CHARS = 20;
/**
 * The text under the headline up to its first teaser heading (isTeaserHeading) when two or more teaser headings are each
 * followed by their own byline or poster line (teaserBylineAfter): a byline printed after another story's linked headline
 * is that story's. Family: blog home, category and archive pages whose <h1> is the blog's or the section's name and whose
 * text is a list of post teasers, each with its own "By …" line (the page has no one author; the byline readers of
 * elements skip such teasers already, afterTeaserHeading). Linked "related" headings with no byline of their own, between
 * an article's headline and its byline, cut nothing.
 */
function teaserCutAfterH1(nodes: MetaNodes): string {
  const text = nodes.blocksAfterH1;
  const heads = nodes.headingsAfterH1;
  const signed = heads.filter((h, i) => isTeaserHeading(h.el) && teaserBylineAfter(text.slice(h.at, Math.min(heads[i + 1]?.at ?? text.length, h.at + TEASER_BLOCK_CHARS))));
  return signed.length >= TEASERS_IN_LIST ? text.slice(0, signed[0].at) : text;
}
/** How far after a teaser heading its byline or poster line is looked for. */
const TEASER_BLOCK_CHARS = 300;
/** Whether the text after a teaser heading's own line holds a byline or a poster line (teaserCutAfterH1). */
function teaserBylineAfter(block: string): boolean {
  const nl = block.indexOf("\n", 1);
  const rest = nl < 0 ? "" : block.slice(nl);
  return !!rest.trim() && (BYLINE_IN_TEXT.test(rest) || rest.search(POSTER_LINE) >= 0 || rest.search(POSTER_LINE_DATE_FIRST) >= 0 || CASELESS_BYLINES.some((c) => rest.search(c.re) >= 0));
}
/** How many sub-headings under the headline are looked at for a teaser. */
const HEADINGS_AFTER_H1 = 8;
/**
 * How many teaser headings the text under the headline must hold to be a list of posts: one linked sub-heading alone may
 * be the post's own title on a blog theme whose <h1> is the blog's name (its link then goes to the post's address).
 */
const TEASERS_IN_LIST = 2;
/** The page's <title> text, for afterTeaserHeading (set by extractMetadata). */
let pageTitleText = "";
/** The page's own address and its canonical one (addressKey), and the address links resolve against: afterTeaserHeading (set by extractMetadata). */
let pageAddresses: string[] = [];
let pageAddress: string | null = null;
/** An address without its query, fragment and closing slash, resolved against `base` (null when it does not parse). */
function addressKey(href: string, base?: string): string | null {
  try {
    const u = new URL(href, base);
    return `${u.host.toLowerCase().replace(/^www\./, "")}${decodeURI(u.pathname).replace(/\/+$/, "")}`;
  } catch {
    return null;
  }
}
/**
 * A link to an author's page (AUTHOR_PAGE_HREF), or to a writer's profile by handle ("/@ann-lee", HANDLE_PAGE_HREF) on the
 * page's own site: relative, or on the same registrable host as the page's address. The same path on another host is a
 * social network's or another platform's profile (a quoted person's card, an expert box linking out), not the writer's
 * page. Family: Medium, Substack, Ghost and Mastodon-style platforms that file posts under "/@handle".
 */
function isAuthorPageHref(href: string): boolean {
  if (AUTHOR_PAGE_HREF.test(href)) return true;
  if (!HANDLE_PAGE_HREF.test(href)) return false;
  if (!/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(href)) return true;
  const host = pageHost ? urlHost(/^\/\//.test(href) ? `https:${href}` : href) : null;
  return !!pageHost && !!host && registrableHost(pageHost) === registrableHost(host);
}
/** The host of the page's given address (urlHost), for isAuthorPageHref (set by extractMetadata before the walk). */
let pageHost: string | null = null;
/** Whether a link leads to the page itself (its address or its canonical one): never another page. */
const isOwnAddress = (href: string): boolean => {
  if (!pageAddresses.length || !href) return false;
  const key = addressKey(href, pageAddress ?? undefined);
  return !!key && pageAddresses.includes(key);
};

/**
 * A box that lists the site's writers under its own heading ("<div class=contributors><h3>Our contributors</h3>…",
 * "Unsere Autoren", "Nos auteurs"): a widget of the site's staff, not the article's byline, whichever of its names comes
 * first. The heading must say writers in the plural (WRITERS_HEADING); an "About the author" box names the writer. A
 * bare plural ("Writers", "Authors": WRITERS_HEADING_BARE) also heads the article's own authors box, so it counts only
 * outside the article (<article>, <main>) or over WRITERS_LIST_MIN_NAMES names or more.
 */
function inWritersList(el: Element): boolean {
  let e: Element | null = el;
  for (let depth = 0; e && depth < 3; depth++, e = e.parent as Element | null) {
    if (e.type !== "tag" || e.name === "body" || e.name === "article" || e.name === "main") return false;
    const heading = e.children.find((c) => c.type === "tag" && TEASER_HEADING_TAGS.has((c as Element).name)) as Element | undefined;
    if (!heading || heading === el) continue;
    const said = squash(textOf(heading));
    if (!WRITERS_HEADING.test(said)) continue;
    if (!WRITERS_HEADING_BARE.test(said) || !insideArticle(e) || namesListed(e, heading) >= WRITERS_LIST_MIN_NAMES) return true;
  }
  return false;
}
/** The fewest names a box under a bare "Authors" heading lists to be a list of the site's writers rather than the article's authors. */
const WRITERS_LIST_MIN_NAMES = 3;
/** Whether an <article> or <main> holds the element. */
function insideArticle(el: Element): boolean {
  for (let e = el.parent as Element | null; e && e.type === "tag"; e = e.parent as Element | null) if (e.name === "article" || e.name === "main") return true;
  return false;
}
/** How many different names a box prints besides its heading: the texts of its links and of its author-classed elements. */
function namesListed(box: Element, heading: Element): number {
  const names = new Set<string>();
  const walk = (n: Element, depth: number): void => {
    if (names.size >= WRITERS_LIST_MIN_NAMES || depth > 6) return;
    for (const c of n.children) {
      if (c.type !== "tag" || c === heading) continue;
      const k = c as Element;
      if (k.name === "a" || /author|name/i.test(k.attribs.class ?? "")) {
        const t = squash(textOf(k)).toLowerCase();
        if (t.length >= 2) names.add(t);
        continue;
      }
      walk(k, depth + 1);
    }
  };
  walk(box, 0);
  return names.size;
}

/**
 * A link to another page whose own text, less the byline element inside it, runs to a headline's length: a teaser
 * line in a "most read" or "latest" list ("<a href=/article/…>Another story's headline <small>(<span class='vcard
 * author'>Ann Lee</span>)</small></a>"), whose byline is that story's. Family: linked teaser lists of CMSs (SPIP,
 * WordPress widgets) that print each story's author inside its link, with no heading or image to mark the card.
 */
const TEASER_LINK_TEXT = 30;
function linkTextBeyond(link: Element, inner: Element): number {
  return textLength(link) - textLength(inner);
}
/** An element's squashed text length, once per element and page (reset by extractMetadata): many byline elements in one link read it once. */
let linkTextMemo = new WeakMap<Element, number>();
function textLength(el: Element): number {
  let n = linkTextMemo.get(el);
  if (n === undefined) linkTextMemo.set(el, (n = squash(textOf(el)).length));
  return n;
}

/**
 * Whether the schema.org item an element belongs to (the nearest `itemscope` above it; its own is the Person's) is
 * a comment, review, photo, video, list item or page region (OTHER_ITEM_TYPES): its author is not the article's.
 * An item that holds the <h1> or more than OTHER_ITEM_MAX_CHARS of text is the page's own, whatever its type,
 * unless it is a page region.
 */
function inOtherItem(el: Element): boolean {
  for (let e = el.parent as Element | null; e && e.type === "tag" && e.name !== "html"; e = e.parent as Element | null) {
    if (e.attribs.itemscope === undefined) continue;
    const types = itemTypes(e.attribs.itemtype);
    const otherArticle = articleItemsOnPage >= 2 && types.some((t) => ARTICLE_TYPES.has(t));
    if (!otherArticle && !types.some((t) => OTHER_ITEM_TYPES.has(t))) return false;
    if (types.some((t) => PAGE_REGION_ITEM_TYPES.has(t))) return true;
    // a review or a list item that holds the headline or the page's text is the page's own item (a review site's
    // article typed Review); a reader's review, a comment, a photo's box are short
    let own = ownItemMemo.get(e);
    if (own === undefined) ownItemMemo.set(e, (own = holdsHeadline(e) || squash(textOf(e)).length > OTHER_ITEM_MAX_CHARS));
    return !own;
  }
  return false;
}
/**
 * An `itemprop=author` that belongs to another item beside the article: the page marks its article up as an item around
 * the `<h1>` (`<article itemscope itemtype=…/NewsArticle>`), and the author property's own item (its nearest `itemscope`
 * above it) stands outside that article item without holding it: a related post's or another story's item, a sidebar's
 * profile item. An item inside the article item (a Person or untyped wrapper round the byline) is the article's own. An item that holds the article (the `WebPage` or `Blog` around the page) names the page's author, on an
 * article page the same writer, and stays; so does an author property outside every item (themes that mark up only part
 * of the page) and `rel=author` links, which are no microdata. Family: news and blog themes that type the article and give
 * the items beside it (related posts, teasers, profile boxes) author properties of their own.
 */
function outsidePageItem(el: Element, h1: Element | null): boolean {
  if (!h1 || !/(?:^|\s)author(?:\s|$)/.test(el.attribs.itemprop ?? "")) return false;
  let item: Element | null = null;
  for (let e = h1.parent as Element | null; e && e.type === "tag"; e = e.parent as Element | null) {
    if (e.attribs.itemscope !== undefined && itemTypes(e.attribs.itemtype).some((t) => ARTICLE_TYPES.has(t))) {
      item = e;
      break;
    }
  }
  if (!item) return false;
  for (let e = el.parent as Element | null; e && e.type === "tag"; e = e.parent as Element | null) {
    if (e === item) return false;
    // the property's own item: another item when it does not hold the article item
    if (e.attribs.itemscope !== undefined) return !holdsElement(e, item) && !holdsElement(item, e);
  }
  return false;
}
/** Whether `box` holds `el` (`el` is `box` or below it). */
function holdsElement(box: Element, el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parent as Element | null) if (e === box) return true;
  return false;
}
/** Above this much text an item is the page's own article, whatever its type (a reader's review or comment is shorter). */
const OTHER_ITEM_MAX_CHARS = 2000;
/** Per-item answers of inOtherItem's size test for one page (reset by extractMetadata): each item's text is read once. */
let ownItemMemo = new WeakMap<Element, boolean>();
/**
 * How many article items (ARTICLE_TYPES: BlogPosting, NewsArticle…) the page marks up (set by extractMetadata). With two
 * or more, an article item that neither holds the headline nor runs long is another story's teaser (the list of posts
 * under or beside the one being read, each its own BlogPosting), and its `itemprop=author` is that story's. Family:
 * blog and news themes that mark every teaser up as an article item.
 */
let articleItemsOnPage = 0;
/** The schema.org type names of an `itemtype` attribute (last path segment, lower case). */
function itemTypes(itemtype: string | undefined): string[] {
  return (itemtype ?? "").split(/\s+/).map((t) => t.replace(/(?<!\/)\/+$/, "").split("/").pop()?.toLowerCase() ?? "");
}

/**
 * A byline element inside one of a run of like boxes: an ancestor (a few levels up) that has
 * CARD_RUN - 1 or more siblings of the same tag and class, holds a sub-heading or an image (not the
 * date, author and comment items of one byline row), no <h1> and little text: a list of teaser cards,
 * each printing its own story's author, whatever the site calls its cards (the family NOT_BYLINE_BOX
 * names by class words, found by structure).
 */
function inRepeatedCard(el: Element): boolean {
  let e: Element | null = el;
  for (let depth = 0; e && depth < CARD_DEPTH; depth++) {
    const parent = e.parent as Element | null;
    if (!parent || parent.type !== "tag" || e.name === "body" || e.name === "article" || e.name === "main") return false;
    if (isCardBox(e, parent)) return true;
    e = parent;
  }
  return false;
}

/**
 * Per-element answers of inRepeatedCard's test, and per-parent counts of its children by tag and class,
 * for one page (reset by extractMetadata). Without them, 10,000 byline elements side by side each
 * counted their 10,000 siblings and read their boxes' text again (quadratic; safety audit).
 */
let cardBoxMemo = new WeakMap<Element, boolean>();
let likeCounts = new WeakMap<Element, Map<string, number>>();
function isCardBox(e: Element, parent: Element): boolean {
  const known = cardBoxMemo.get(e);
  if (known !== undefined) return known;
  const cls = e.attribs.class ?? "";
  let box = false;
  if (cls || e.name === "li") {
    let counts = likeCounts.get(parent);
    if (!counts) {
      counts = new Map();
      for (const c of parent.children) {
        if (c.type !== "tag") continue;
        const key = `${(c as Element).name}\u0000${(c as Element).attribs.class ?? ""}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      likeCounts.set(parent, counts);
    }
    const like = counts.get(`${e.name}\u0000${cls}`) ?? 0;
    box = like >= CARD_RUN && holdsCardParts(e) && !holdsHeadline(e) && squash(textOf(e)).length <= CARD_MAX_CHARS;
  }
  cardBoxMemo.set(e, box);
  return box;
}
const CARD_DEPTH = 5;
const CARD_RUN = 3;
/** A teaser card is short (a headline, a line of summary, the byline); a longer box is a column of the page. */
const CARD_MAX_CHARS = 500;
function holdsHeadline(el: Element): boolean {
  for (const c of el.children) {
    if (c.type !== "tag") continue;
    const x = c as Element;
    if (x.name === "h1" || holdsHeadline(x)) return true;
  }
  return false;
}
/** A credit row's box sits right around it; further up, a class such as "video-page" names the whole article. */
const NOT_BYLINE_BOX_DEPTH = 3;

/** A forum post that names its author in a data attribute ("<article class=\"message message--post\" data-author=\"…\">"), the first in the page. */
function firstForumPost(root: AnyNode): Element | null {
  let post: Element | null = null;
  walkElements(root, FORUM_SCAN_NODES, (el) => {
    const a = el.attribs;
    if (!a["data-author"] || !a.class || !FORUM_POST_CLASS.test(a.class)) return "descend";
    post = el;
    return "stop";
  });
  return post && !inElsewhere(post) ? post : null;
}
/** Class words of forum post containers (XenForo "message--post", vBulletin "postcontainer", phpBB "post"). */
const FORUM_POST_CLASS = /\b(?:message|post|postcontainer|forum-post)\b/i;
const FORUM_SCAN_NODES = 20_000;

/** An element inside a comment thread, itself included: "<div class=comment-author itemprop=author>" (a commenter, COMMENT_TOKEN). */

/** The author-page link of a byline element (AUTHOR_PAGE_HREF): the element, its first such link inside, or a link around it. */
function authorPageLink(el: Element): Element | null {
  const isLink = (e: Element): boolean => e.name === "a" && !!e.attribs.href && isAuthorPageHref(e.attribs.href);
  for (let e: Element | null = el, d = 0; e && e.type === "tag" && d < 3; e = e.parent as Element | null, d++) if (isLink(e)) return e;
  const inside = (e: Element): Element | null => {
    for (const c of e.children) {
      if (c.type !== "tag") continue;
      if (isLink(c as Element)) return c as Element;
      const deeper = inside(c as Element);
      if (deeper) return deeper;
    }
    return null;
  };
  return inside(el);
}

/**
 * An author element that is, or whose every link is, a link to a category, tag or section page (CATEGORY_PAGE_HREF),
 * with no author-page link: the post's category in the author's markup ("<a itemprop=author href=/category/ponds/>
 * Ponds</a>"). Family: entry-meta rows of blog themes.
 */
function linksToCategory(el: Element): boolean {
  const links: Element[] = [];
  const collect = (e: Element): void => {
    if (e.name === "a" && e.attribs.href) links.push(e);
    for (const c of e.children) if (c.type === "tag") collect(c as Element);
  };
  collect(el);
  const parent = el.parent as Element | null;
  if (!links.length && parent?.type === "tag" && parent.name === "a" && parent.attribs.href) links.push(parent);
  return links.length > 0 && links.every((a) => CATEGORY_PAGE_HREF.test(a.attribs.href) && !isAuthorPageHref(a.attribs.href) && !slugOfName(a));
}

/**
 * A link whose last path segment is its text's slug and whose text is a person's name ("<a href=/topics/ann-lee>Ann
 * Lee</a>"): the writer's own page on sites that file their authors under tag or topic pages.
 */
function slugOfName(a: Element): boolean {
  const text = squash(textOf(a));
  if (!personName(text)) return false;
  const path = (a.attribs.href ?? "").replace(/[?#].*$/s, "").replace(/\/+$/, "");
  let last = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  try {
    last = decodeURIComponent(last);
  } catch {
    // (a malformed escape: compared as printed)
  }
  const slug = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
  return !!slug && last === slug;
}

/**
 * The site's masthead marked up as a byline: blog themes that wrap the site title in "vcard author" (hCard of the
 * site's owner) around a link to the home page ("<h1 class='vcard author'><a href='/' class='fn'>Example Blog</a></h1>").
 * The article's own byline is elsewhere on the page. The element itself, or its only link, leads to the site's root.
 */
// A backslash ends the host as a browser reads it ("https://site.example\\news" opens /news): no home link.
const HOME_HREF = /^(?:https?:\/\/([^/?#\\]+))?\/?(?:index\.\w{2,5})?$/i;
/**
 * Whether a link's host (none: a relative link) is the page's own `host` (urlHost of the page's address): both read
 * by urlHost, so "www." and "www2." labels, letter case and a fully qualified name's trailing dot aside.
 */
function sameSiteHost(h: string | undefined, host: string | null): boolean {
  return !h || (!!host && urlHost(`https://${h}/`) === urlHost(`https://${host}/`));
}
function isMasthead(el: Element, host: string | null): boolean {
  const links: Element[] = [];
  const collect = (e: Element): void => {
    if (e.name === "a") links.push(e);
    for (const c of e.children) if (c.type === "tag") collect(c as Element);
  };
  collect(el);
  const home = links.length === 1 ? HOME_HREF.exec((links[0].attribs.href ?? "x").trim()) : null;
  // a link to another host's home page is the author's own site ("<a href='https://annlee.example/'>Ann Lee</a>")
  return !!home && sameSiteHost(home[1], host) && squash(textOf(links[0])) === squash(textOf(el)).replace(/^\W+|\W+$/g, "");
}

/** Whether an element is or sits inside a list item (a list of links or cards, not the article's meta row). */
function inListItem(el: Element): boolean {
  for (let e: Element | null = el; e && e.type === "tag" && e.name !== "body"; e = e.parent as Element | null) if (e.name === "li") return true;
  return false;
}

/** Links that lead nowhere else: the page's own anchor, a script, a mail or telephone address (a byline's e-mail link). */
const IN_PAGE_HREF = /^\s*(?:#|javascript:|mailto:|tel:)/i;
/** Whether the element holds a link, not to an author page (AUTHOR_PAGE_HREF), whose text is or holds `name`. */
function nameLinksElsewhere(el: Element, name: string): boolean {
  const key = titleKey(name);
  const visit = (e: Element): boolean =>
    e.children.some((c) => {
      if (c.type !== "tag") return false;
      const k = c as Element;
      if (k.name === "a" && k.attribs.href && !isAuthorPageHref(k.attribs.href) && !IN_PAGE_HREF.test(k.attribs.href)) {
        const t = titleKey(squash(textOf(k)));
        if (t && (t.includes(key) || key.includes(t))) return true;
      }
      return visit(k);
    });
  return visit(el);
}

/** An element that is a schema.org item typed Person, or the name inside one ("<span itemprop=author itemscope itemtype=…/Person>"). */
function isPersonItem(el: Element): boolean {
  for (let e: Element | null = el, k = 0; e && e.type === "tag" && k < 3; e = e.parent as Element | null, k++) {
    if (e.attribs.itemscope !== undefined) return itemTypes(e.attribs.itemtype).includes("person");
  }
  return false;
}

/**
 * The text of the links to the page's own home page (the logo's or the site name's link: "<a href=/>", its image's alt), at
 * most HOME_LINKS of them in page order: where a site prints its name without a site-name tag.
 */
const HOME_LINKS = 20;
/** Elements at most that homeLinkTexts visits (walkElements): the masthead's links come early in a page. */
const HOME_SCAN_NODES = 20_000;
function homeLinkTexts(root: AnyNode, host: string | null): string[] {
  const out: string[] = [];
  walkElements(root, HOME_SCAN_NODES, (el) => {
    if (el.name !== "a") return "descend";
    const home = HOME_HREF.exec((el.attribs.href ?? "x").trim());
    if (home && sameSiteHost(home[1], host)) {
      const text = squash(textOf(el));
      if (text) out.push(text);
      const alt = (function firstAlt(e: Element): string | null {
        for (const c of e.children) if (c.type === "tag") { const x = c as Element; if (x.name === "img" && x.attribs.alt) return x.attribs.alt; const a = firstAlt(x); if (a) return a; }
        return null;
      })(el);
      if (alt) out.push(squash(alt));
    }
    return out.length < HOME_LINKS ? "skip" : "stop";
  });
  return out;
}

/**
 * Visits the elements under `root` (not `root` itself) in page order, at most `cap` of them, so that a page of
 * millions of elements costs a bounded walk: `visit` answers "descend" to go on into the element's children, "skip" to
 * go on past them, or "stop" to end the walk. Only elements count towards the cap, never text or comment nodes.
 */
export function walkElements(root: AnyNode, cap: number, visit: (el: Element) => "descend" | "skip" | "stop"): void {
  const stack: AnyNode[] = [];
  const pushKids = (node: AnyNode): void => {
    const kids = "children" in node ? (node as Element).children : [];
    for (let i = kids.length - 1; i >= 0; i--) if (kids[i].type === "tag") stack.push(kids[i]);
  };
  pushKids(root);
  for (let n = 0; stack.length && n < cap; n++) {
    const el = stack.pop() as Element;
    const next = visit(el);
    if (next === "stop") return;
    if (next === "descend") pushKids(el);
  }
}

/** An element that is a schema.org item typed as an organisation (ORGANISATION_TYPES: Organization, NewsMediaOrganization…). */
function isOrgItem(el: Element): boolean {
  return el.attribs.itemscope !== undefined && itemTypes(el.attribs.itemtype).some((t) => ORGANISATION_TYPES.has(t));
}

/**
 * Whether an author element sits in the site's chrome or a list of other stories (SITE_CHROME_TOKEN, <nav>, <aside>, the
 * site's <footer>), nearer than any <article> or <main> that holds it: the blog's "About" link in the menu, a profile
 * widget in the sidebar, a teaser list's writers. Family: rel=author / itemprop=author links outside the article on
 * blog and news themes. (Author elements are otherwise read anywhere on the page but in comments.)
 */
/** A class token of a post's own footer or meta row ("entry-meta", "post-footer", "article-info", "footer-byline", "meta"). */
const ENTRY_PART_TOKEN = /^(?:(?:entry|post|article|story|blog-post)[-_]?(?:footer|meta|info|details|byline|author)|(?:footer|meta)[-_]?(?:byline|author|entry|post|info)|meta$|byline|author|autor|auteur)/i;
function inSiteChrome(el: Element): boolean {
  const up: Element[] = [];
  for (let e = el.parent as Element | null; e && e.type === "tag" && e.name !== "body" && e.name !== "html"; e = e.parent as Element | null) up.push(e);
  // a page with no main column (no <article>, <main> or <h1> anywhere) has no chrome apart from the article either
  const top = up.length ? up[up.length - 1] : el;
  if (!((holdings(top.parent?.type === "tag" ? (top.parent as Element) : top) | holdings(top)) & (HOLDS_ARTICLE | HOLDS_MAIN))) return false;
  for (let i = 0; i < up.length; i++) {
    const e = up[i];
    if (e.name === "article" || e.name === "main") return false;
    if (e.name === "nav" || e.name === "aside") return true;
    const hint = `${e.attribs.class ?? ""} ${e.attribs.id ?? ""}`.trim();
    // a post's own footer or meta row ("<footer class=entry-meta>", "post-footer", "footer-byline") is the byline's place
    if (hint && hint.split(/\s+/).some((t) => ENTRY_PART_TOKEN.test(t))) continue;
    // the site's footer, not an article's own <footer> (an <article> or <main> above it, or a post's box without them: the
    // footer's parent holds the post's title, any heading <h1>-<h3> or a "*-title", and no <nav>, where the page's
    // wrapper holds the menu too)
    if (e.name === SITE_FOOTER_TAG && !up.slice(i + 1).some((x) => x.name === "article" || x.name === "main")) {
      const box = up[i + 1];
      const held = box ? holdings(box) : 0;
      if (!(held & HOLDS_TITLE) || held & HOLDS_NAV) return true;
    }
    const hooks = placeHooks(e.attribs);
    if (!hint && !hooks.length) continue;
    // a chrome token that is no layout's sidebar position ("sidebar-right", SIDEBAR_LAYOUT_TOKEN), on a box that does not hold
    // the article; a grid column's class beside it does not make it layout ("col-md-4 sidebar"); a list of other stories
    // only when it links to other pages besides the author's ("related-stories"; not "latest-article", a byline row's class)
    const tokens = hint.split(/\s+/).filter((t) => !SIDEBAR_LAYOUT_TOKEN.test(t));
    if (holdsArticle(e)) continue;
    if (tokens.some((t) => SITE_CHROME_TOKEN.test(t) && !(LAYOUT_TOKEN.test(t) && !/^(?:site|page)-(?:header|footer)/i.test(t)))) return true;
    if ([...tokens, ...hooks].some((t) => STORY_LIST_TOKEN.test(t)) && linksElsewhere(e, el)) return true;
  }
  return false;
}

/** Whether a box holds a link, outside the author element, to another page than an author's (a list's items). */
function linksElsewhere(box: Element, author: Element): boolean {
  const links = (e: Element): number => Math.floor(holdings(e) / LINK_UNIT);
  return links(box) - links(author) - (isOtherPageLink(author) ? 1 : 0) > 0;
}

function inElsewhere(el: Element): boolean {
  for (let e: Element | null = el; e && e.type === "tag" && e.name !== "body"; e = e.parent as Element | null) {
    const hint = `${e.attribs.class ?? ""} ${e.attribs.id ?? ""}`.trim();
    if ((hint && hint.split(/\s+/).some((t) => COMMENT_TOKEN.test(t))) || placeHooks(e.attribs).some((t) => COMMENT_TOKEN.test(t))) return true;
  }
  return false;
}

/** A link that wraps a heading or an image as well: a teaser card ("<a href=…><img><h3>…</h3><span class=author>…</span></a>"). */
function holdsCardParts(a: Element): boolean {
  const known = cardPartsMemo.get(a);
  if (known !== undefined) return known;
  let found = false;
  const stack: Element[] = [a];
  search: for (let n = 0; stack.length && n < 200; n++) {
    const e = stack.pop() as Element;
    for (const c of e.children) {
      if (c.type !== "tag") continue;
      const x = c as Element;
      if (CARD_PART_TAGS.has(x.name)) {
        found = true;
        break search;
      }
      stack.push(x);
    }
  }
  cardPartsMemo.set(a, found);
  return found;
}
/**
 * Per-link answers of holdsCardParts for one page (reset by extractMetadata): a link holding thousands of byline elements
 * was searched again, all its children each time, for each of them (quadratic: 20,000 took 48 s).
 */
let cardPartsMemo = new WeakMap<Element, boolean>();
const CARD_PART_TAGS: ReadonlySet<string> = new Set(["h2", "h3", "h4", "h5", "h6", "img", "picture"]);

/** Rows under the headline read as a date-and-name line: at most so many, of two to META_ROW_CHILDREN children (elements or text runs). */
const META_ROWS_MAX = 12;
const META_ROW_CHILDREN = 4;
/** How many elements after the headline a date-and-name line may sit. */
const DATE_NAME_LINE_REACH = 12;

/**
 * The name on a line that holds a date and a name only, split by a dash, bar or bullet
 * ("11.12.2019 - Ann Lee", "Ann Lee | 3 March 2020"), or two names joined by a connector ("Ann Lee und Bo Ek, 03.03.2021":
 * both, comma-joined): the meta row of small CMSs. Else null.
 */
export function dateNameLine(text: string, dayFirst: boolean): string | null {
  const f = findPublished(text, { dayFirst });
  if (!f) return null;
  const before = text.slice(0, f.start).trim();
  const after = text.slice(f.end).trim();
  const rest = before && after ? null : before || after;
  if (!rest) return null;
  const m = /^(?:[-–—|•·,]\s*)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})(?:\s*[-–—|•·,])?$/u.exec(rest);
  if (m) return m[1];
  // two writers joined by a connector ("Ann Lee und Bo Ek, 03.03.2021", "Ann Lee & Bo Ek | 3 March 2021"), each a whole name
  const two = /^(?:[-–—|•·,]\s*)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\s*(?:,|&|\s(?:and|und|et|y|e|en|og|och)\s)\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})(?:\s*[-–—|•·,])?$/u.exec(rest);
  // (both a person's by a known given name, and no place's or firm's head noun last: "Rhubarb Pie and Custard Tarts" is
  // a list of things, "Ann Lee & Harbour Council" a person and a body, "Rose Garden & Tea Room" an event's venues)
  const person = (n: string): boolean => isPersonName(n) && !endsWithPlaceOrOrgHead(n) && !organisationWorded(n);
  return two && person(two[1]) && person(two[2]) ? `${two[1]}, ${two[2]}` : null;
}

/**
 * Whether a byline element's name is the declared name with middle names or initials added ("Ann Lee" declared, "Ann B.
 * Lee" / "Ann Marie Lee" / "Ann B.J. Lee" printed): the same first and last word, every declared word in order, at most
 * two words more, four in all, each added word an initial or a capitalised name word. Family: CMS author profiles that
 * store a short display name while the byline prints the writer's full name (American middle initials, second given names).
 */
function fullerName(declared: string, printed: string): boolean {
  const d = declared.split(" ");
  const p = printed.split(" ");
  if (d.length < 2 || p.length <= d.length || p.length > 4 || p[0] !== d[0] || p[p.length - 1] !== d[d.length - 1]) return false;
  let j = 0;
  for (const w of p) {
    if (j < d.length && w === d[j]) j++;
    else if (!MIDDLE_NAME_WORD.test(w)) return false;
  }
  return j === d.length;
}
/** A middle name or initials: "B.", "H.J.", "Marie" (not a word in capitals, which is a desk or a tail). */
const MIDDLE_NAME_WORD = /^(?:(?:\p{Lu}\.){1,3}|\p{Lu}\p{Ll}[\p{Ll}'’-]+)$/u;
/** What the page shows of an author's name(s): the evidence corroborate() weighs against the source's trust. */
interface AuthorEvidence {
  /** Printed within NEAR_H1_CHARS of the headline (where bylines sit). */
  near: boolean;
  /** Inside a byline element (author/byline class, rel=author, itemprop=author) outside comments. */
  hint: boolean;
  /** Right after a byline word ("By", "Von", "Par", "Autorin", "Text"…, CUE_BEFORE) somewhere in the page's own text. */
  cue: boolean;
}
/** Byline words (folded: lower case, no punctuation) just before a name, with one word between at most ("written by"). */
const CUE_BEFORE = / (?:by|von|vom|par|por|di|da|door|av|af|oleh|autor|autorin|author|auteur|autore|text|texte|redaktion|written|reporter|reporting|de)( [a-z]+)?$/;
/** How far before a name a byline word is looked for (folded characters). */
const CUE_REACH = 25;
function evidenceOf(author: string, nodes: MetaNodes, hints: Placed[]): AuthorEvidence {
  const names = author.split(", ");
  const near = foldName(`${nodes.textBeforeH1} ${nodes.textAfterH1}`);
  const page = foldName(nodes.pageText);
  const hintTexts = [...hints.slice(0, 12).map((p) => p.el), ...nodes.authorEls.filter((e) => !inElsewhere(e))].map((e) => foldName(textOf(e)));
  const cue = names.some((n) => {
    const f = foldName(n);
    for (let i = page.indexOf(f), k = 0; i >= 0 && k < 20; i = page.indexOf(f, i + 1), k++) if (CUE_BEFORE.test(page.slice(Math.max(0, i - CUE_REACH), i))) return true;
    return false;
  });
  return { near: names.some((n) => nameShown(n, near)), hint: names.some((n) => hintTexts.some((t) => nameShown(n, t))), cue };
}

/**
 * Whether the page backs up the author its best source gave; the reason to drop it, else null.
 * Each source has a trust level (AUTHOR_SOURCE_TRUST); what a weaker source names must be confirmed by
 * the page, and some names are not a byline whatever the source. Families:
 * - weak sources (script data): the name near the headline, in a byline
 *   element or after a byline word, else dropped;
 * - a wire agency's or desk's code ("SID", "dpa") as the whole author, from script data or a line far
 *   from the headline and outside any byline element: the credit at the end of agency copy (in a byline
 *   element or the author tag, initials and codes are what annotators call the author: "LD", "dsw");
 * - a press contact: every place the page prints the name is a contact ("Pressekontakt: Ann Lee,
 *   Tel. …"), and no byline element holds it;
 * - several one-word declared names with no byline holding them: a keyword list in the author tag;
 * - a one-word declared author (JSON-LD, meta: "editor2", "Marketing", a first name, a brand) that no byline
 *   element holds and no byline word precedes: the CMS account that filed the page, which the page prints, if
 *   at all, as a menu link or in running text. Family: CMS accounts and brands in author tags on blogs, company
 *   and association sites. (Checked on fold A: no right author lost; with two-word names the same test cost many.)
 * (A one-word name holding the host's label, "Example-Archiv" on example.de, is left alone: the gold
 * counts such desks, and dropping it cost on held-out sites in an earlier round.)
 */
function corroborate(author: string, from: string, ev: AuthorEvidence, nodes: MetaNodes): string | null {
  const trust = AUTHOR_SOURCE_TRUST[from.split(":")[0]] ?? "weak";
  const names = author.split(", ");
  const caseless = CASELESS_NAME.test(author.replace(/, /g, ""));
  if (trust === "weak" && !ev.near && !ev.hint && !ev.cue) return "weak source, not corroborated";
  if (trust === "declared" && names.length === 1 && !caseless && !author.includes(" ") && !ev.hint && !ev.cue) return "one-word account";
  // several one-word names declared and none in a byline: the page's keywords or sections filled into the author tag
  // ("News, Harbour, Ferries"), not a list of people (co-authors are whole names or stand in a byline)
  // (unless the page prints them together, as written: "Budiman dan Sutrisno | 3 Maret 2024", one-word writers' names)
  if (trust === "declared" && names.length > 1 && !caseless && names.every((n) => !n.includes(" ")) && !ev.hint && !ev.cue && !printedTogether(names, nodes.pageText)) return "keyword list";
  if (names.length === 1 && !caseless && AGENCY_CODE.test(author) && (trust === "weak" || (trust === "visible" && !ev.near)) && !ev.hint) return "agency code";
  // (a declared author, JSON-LD or a meta tag, is a third party's contact only under a contact label: an unlabelled
  // "Ann Lee, Tel. …" block closing the story is the writer's own contact line)
  if (!ev.hint && names.every((n) => onlyAsContact(n, nodes.pageText, trust === "declared"))) return "press contact";
  return null;
}

/** How far apart (characters) a list's names may stand on the page and still be printed together. */
const TOGETHER_GAP_CHARS = 12;
/**
 * Whether the page prints all of `names` together, in their case and as whole words, each within TOGETHER_GAP_CHARS of
 * the one before ("Budiman dan Sutrisno", "Budiman, Sutrisno"): one-word writers printed as a byline, not keywords the
 * author tag was filled with (which the page prints, if at all, in lower case or apart).
 */
function printedTogether(names: string[], pageText: string): boolean {
  const text = squash(pageText);
  const at = (name: string, from: number, to: number): number => {
    for (let i = text.indexOf(name, from); i >= 0 && i <= to; i = text.indexOf(name, i + 1)) {
      if (!/[\p{L}\p{M}]/u.test(text.charAt(i - 1)) && !/[\p{L}\p{M}]/u.test(text.charAt(i + name.length))) return i;
    }
    return -1;
  };
  for (let i = at(names[0], 0, text.length), k = 0; i >= 0 && k < 20; i = at(names[0], i + 1, text.length), k++) {
    let end = i + names[0].length;
    let all = true;
    for (const n of names.slice(1)) {
      const j = at(n, end, end + TOGETHER_GAP_CHARS);
      if (j < 0) { all = false; break; }
      end = j + n.length;
    }
    if (all) return true;
  }
  return false;
}

/**
 * Whether the page prints the names only in byline elements the author sources set aside (comments, the site's chrome,
 * the masthead, category links, organisation items, other items: nodes.authorHints less `kept`) and in none they read.
 * Family: a byline-classed element of the site's frame or of another story that the cleaner removes like a byline.
 */
function onlySetAside(names: string[], kept: Placed[], nodes: MetaNodes): boolean {
  const keptEls = new Set(kept.map((p) => p.el));
  const aside = foldName(nodes.authorHints.filter((p) => !keptEls.has(p.el)).slice(0, 40).map((p) => textOf(p.el)).join(" "));
  const read = foldName(kept.slice(0, 40).map((p) => textOf(p.el)).join(" "));
  return names.every((n) => nameShown(n, aside, false) && !nameShown(n, read, false));
}

/**
 * Whether every place the page's main text prints a name is a contact's (CONTACT_BEFORE / CONTACT_AFTER around it): a
 * press release's "Pressekontakt: Ann Lee, Tel. …". The page's text without its footer and sidebars, where one-person and
 * freelancers' sites print their owner's own contact box ("Kontakt: Ann Lee, Tel. …"). A label naming the writer
 * ("Contact the author:", "Kontakt zur Autorin:", "contact reporter …") is the writer's own contact (WRITER_CONTACT_BEFORE).
 * `labelledOnly`: only a contact label before the name makes a place a third party's contact, a telephone number after
 * it does not (for a declared author: news and regional sites close a story with the writer's unlabelled contact line,
 * "Ann Lee, Tel. …", while press releases label their press office's); that label may stand further up the same address
 * block (CONTACT_BLOCK_BEFORE: "Pressekontakt: Example GmbH, Abteilung Kommunikation, Ann Lee").
 */
function onlyAsContact(name: string, text: string, labelledOnly = false): boolean {
  const flat = squash(text);
  let seen = 0;
  for (let i = flat.indexOf(name); i >= 0 && seen < 20; i = flat.indexOf(name, i + 1), seen++) {
    const before = flat.slice(Math.max(0, i - 60), i);
    if (WRITER_CONTACT_BEFORE.test(before)) return false;
    if (CONTACT_BEFORE.test(before)) continue;
    // (a declared author: also a label further up the same address block, its firm and department between)
    if (labelledOnly) {
      if (CONTACT_BLOCK_BEFORE.test(flat.slice(Math.max(0, i - 200), i))) continue;
      return false;
    }
    if (!CONTACT_AFTER.test(flat.slice(i + name.length, i + name.length + 100))) return false;
  }
  return seen > 0;
}

/** "Follow" buttons printed before the writer's name in a byline row (English, German, French, Spanish, Italian, Dutch). */
const FOLLOW_WORDS: ReadonlySet<string> = new Set(["follow", "folgen", "suivre", "seguir", "segui", "volgen"]);

/** Below this much visible text (script-rendered shells) a declared author is kept unseen. */
const SHOWN_MIN_PAGE_CHARS = 500;

/** Lower-cased, accent-folded, single-spaced text for finding a name on the page. */
function foldName(s: string): string {
  return " " + s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim() + " ";
}

/** Whether the page text shows a name: the whole name, or its last word (a surname in "Lee" / "LEE, Ann"). */
function nameShown(name: string, visible: string, surname = true): boolean {
  const f = foldName(name);
  if (f.trim().length < 2 || visible.includes(f)) return true;
  const last = f.trim().split(" ").pop() ?? "";
  return surname && last.length >= 3 && visible.includes(` ${last} `);
}

/** The day with a two-digit year closing a byline line, after a comma, a bar or a dash ("…, 8.5.12"). */
const BYLINE_SHORT_YEAR_DATE = /[,|•·–—-]\s*(\d{1,2}[./]\d{1,2}[./]\d{2})\s*$/;

/**
 * A date-named element that holds only a day with a two-digit year ("28.01.22", "28/01/22"):
 * read as 20yy, day first. Only there: in running text "28.01.22" may be anything.
 */
function shortYearDate(text: string): { iso: string } | null {
  const m = /^\s*(\d{1,2})[./](\d{1,2})[./](\d{2})\s*$/.exec(text);
  if (!m) return null;
  const iso = normaliseMetaDate(`20${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`);
  return iso ? { iso } : null;
}

interface FoundText {
  iso: string;
}

/** What follows a CJK_BYLINE_LABELS label (html/byline-lexicon.ts CJK_LABEL_TAIL, shared with the text reader). */
const CJK_LABEL_NAME = new RegExp(`^${CJK_LABEL_TAIL}`, "u");

/**
 * A byline label with its colon, then a capitalised name of two or three words: "Von: Ann Lee",
 * "Autor: Ann Lee", "Autorin: …", "Author: …", "Written by: …", "Verfasser(in): …", "Auteur : …",
 * "Autore: …", "Door: …", a reporter's or editor's credit ("Reporterin: …", "Redakteur: …") and a writer-photographer's
 * credit line ("Text und Fotos: …", "Text & Bilder: …", "Words and Photos: …"). (Without the colon "Von"/"By" open any phrase; see BYLINE_IN_TEXT.)
 */
const LABELLED_BYLINE = new RegExp(
  String.raw`(?:^|[\s|•·(])(?:Von|Autor(?:in)?|Author|Written by|Verfasser(?:in)?|Auteur|Autore|Door|Por|Reporter(?:in)?|Redakteur(?:in)?|Text\s?(?:und|&|\/|\+)\s?(?:Fotos?|Bilder?)|Words\s?(?:and|&)\s?(?:Photos|Pictures))\s?:\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?\s+(?:(?:${NAME_PARTICLES_SOURCE})\s+)?\p{Lu}[\p{L}'’-]+)(?:\s+(\p{Lu}[\p{L}'’-]+)(?=$|\s*[,.|•·(]))?(?=$|[\s,.|•·(])`,
  "u",
);

/**
 * Editorial desks printed as the byline in a byline element ("Von Redaktion", "By Newsroom"): what
 * readers see, and what annotators call the author. Only from a byline element (cleanAuthor's
 * `handles`); in an author tag they are a CMS account (JUNK_AUTHORS).
 */
const DESK_BYLINES: ReadonlySet<string> = new Set([...DESK_WORDS, ...NON_LATIN_DESKS, "online-redaktion", "onlineredaktion"]);

/**
 * The poster line of forum, blog and portal CMSs under the headline (XOOPS, Joomla, phpBB, WordPress themes):
 * a publishing verb and "by", one name or user name, then the date: "Geschrieben von Cooper am 25.08.2015",
 * "Posted by kaiser7 on 12/05/2019", "Written by Ann on March 3, 2020", "Publié par Lou le 3 mars 2020".
 * The verb and the date around it make a single word a byline (a bare "Von X" is any phrase).
 * Global, read with matchAll only (soleName), which copies it: its lastIndex is never shared.
 */
const POSTER_DATE = "(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{1,2}\\.?\\s+\\p{L}{3,}\\.?\\s+\\d{4}|\\p{L}{3,}\\.?\\s+\\d{1,2},?\\s+\\d{4})";
const POSTER_LINE = new RegExp(`(?:^|[\\s|•·(])(?:${POSTER_VERBS})\\s+(?:${POSTER_BY})\\s*:?\\s+([\\p{L}\\p{N}_.-]{3,30})\\s+(?:(?:am|on|le|el|il|op|em|um|at)\\s+)?${POSTER_DATE}`, "giu");
/**
 * The same line without the verb, right under the headline: "by oz on December 4, 2006". Here a user name of
 * two letters is the byline too (blog themes print the account name as it was registered).
 */
const POSTER_LINE_BARE = new RegExp(`^\\W{0,3}(?:by|von|par|por)\\s+([\\p{L}\\p{N}_.-]{2,30})\\s+(?:am|on|le|el)\\s+${POSTER_DATE}`, "iu");

/**
 * The poster line with the date first, the name last: "Posted on March 3, 2021 by Ann Lee", "Posted in News on March 3,
 * 2021 by Ann Lee" (the category first), "Published 03/03/2021 at 10:15
 * by jdoe", "Veröffentlicht am 3. März 2021 von Ann Lee", "Publié le 3 mars 2021 par Ann Lee", "Publicado el 3 de marzo de
 * 2021 por Ann Lee", "Geplaatst op 3 maart 2021 door Ann Lee". Family: the default entry-meta line of WordPress, Blogger and
 * forum themes ("Posted on {date} by {author}") where the name carries no author class. The verb and the date make the name
 * after "by" a byline: a whole name of up to four capitalised words (first group), or one user name (second group).
 * Global, read with matchAll only (soleName).
 */
const POSTER_DATE_LONG = `(?:${POSTER_DATE}|\\d{1,2}\\.?\\s+(?:de\\s+)?\\p{L}{3,}\\.?\\s+(?:de\\s+)?\\d{4})`;
/** Words of a "|"-list with the first letter in either case ("posted|by" → "[pP]osted|[bB]y"), for a pattern whose names must be capitalised. */
const firstLetterAnyCase = (words: string): string => words.split("|").map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("|");
const POSTER_LINE_DATE_FIRST = new RegExp(
  `(?:^|[\\s|•·(])(?:${firstLetterAnyCase(`${POSTER_VERBS}|published|veröffentlicht|publiziert`)})\\s+(?:(?:in|under|unter|dans|en)\\s+[^|.;]{1,40}?\\s+)?(?:(?:on|am|le|el|il|op|em|um)\\s+)?${POSTER_DATE_LONG}(?:,?\\s+(?:at|um|à|a las|alle|om|às)\\s+\\d{1,2}[:.h]\\d{2}(?:\\s*(?:am|pm|uhr|h))?)?\\s*,?\\s+(?:${firstLetterAnyCase(POSTER_BY)})\\s+(?:(\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:${NAME_PARTICLES_SOURCE})\\s+)?\\p{Lu}[\\p{L}'’.-]+){0,3})(?=$|\\s*[|,.;•·(]|\\s+(?:\\p{Ll}|\\d))|([\\p{Ll}\\p{N}][\\p{L}\\p{N}_-]{2,30})(?=$|\\s*[|,;•·(]))`,
  "gu",
);

/**
 * The name of a poster line (POSTER_LINE, POSTER_LINE_DATE_FIRST: the first of their groups that matched) when every
 * such line of the text names the same person, case aside (a list of posts by several people is an index page), else null.
 */
function soleName(text: string, re: RegExp): string | null {
  const found = [...text.matchAll(re)];
  const name = (m: RegExpMatchArray): string => m[1] ?? m[2];
  return found.length && new Set(found.map((m) => name(m).toLowerCase())).size === 1 ? name(found[0]) : null;
}

/** A bio sentence opening with a name of two or three words: "Ann Lee is a …", "Ann Lee ist …", "Ann Lee est …". */
const BIO_SENTENCE = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:is|was|ist|war|est|était|es|era|è|é|är|er|is een|jest)\s+\p{Ll}/u;
/** A full stop after a word of two lower-case letters or more, then the rest: where a byline run into the text ends. */
const SENTENCE_END_IN_NAME = /(?<=\p{Ll}{2})\.\s.*$/u;
/**
 * What ordinary bylines print in lower case right after the writer's name, on the same text run: connectors to a
 * co-author or a particle inside the name, prepositions before a desk, an outlet or a place, and the tails of the
 * byline row (a role, a source, the time). After the name, such a word does not make the run a sentence (see
 * sentenceAfterName). Folded to lower case; several words where the tail is a phrase. By language:
 */
const BYLINE_TAIL_WORDS: readonly string[] = [
  // English: "and Bo Ek", "for Reuters", "with Bo Ek", "in Berlin", "published 3 hours ago", "last updated March 3",
  // "via Reuters", "staff writer", "photos by Bo Ek"
  "and", "or", "for", "with", "on", "at", "in", "of", "from", "via", "published", "posted", "updated", "last", "staff",
  "photos", "photo", "pictures", "reporting", "additional", "contributing", "senior", "special", "correspondent",
  // German: "und Bo Ek", "für", "mit", "am 3. März", "vor 3 Stunden", "zuletzt aktualisiert am", "veröffentlicht am"
  "und", "für", "mit", "am", "um", "vom", "im", "aus", "bei", "vor", "zuletzt", "aktualisiert", "veröffentlicht",
  // Dutch and Scandinavian: "en", "op", "og", "och", "med", "fra", "från", "publisert", "publicerad", "oppdatert", "uppdaterad"
  "en", "op", "og", "och", "med", "fra", "från", "publisert", "publicerad", "oppdatert", "uppdaterad",
  // French: "et", "pour", "avec", "publié le 3 mars", "mis à jour le", "il y a 3 heures", "le 3 mars"
  "et", "pour", "avec", "le", "publié", "publiée", "mis", "mise", "il", "correspondant", "correspondante",
  // Spanish, Portuguese, Italian: "y", "e", "i", "para", "con", "com", "hace 3 horas", "desde Madrid", "actualizado",
  // "atualizado", "há 3 horas", "aggiornato", "pubblicato"
  "y", "e", "i", "u", "para", "per", "con", "com", "el", "em", "hace", "desde", "actualizado", "publicado", "atualizado",
  "há", "aggiornato", "pubblicato", "corresponsal", "enviado", "enviada",
  // particles inside names: "de la Redacción", "da Silva", "van der Berg", "bin/binti Yusuf" (Malay), "bte"
  "de", "di", "da", "del", "della", "des", "du", "van", "von", "der", "den", "ter", "ten", "bin", "binti", "bte", "al",
  // Indonesian and Malay: "dan Sari", "untuk", "dari Jakarta", "diperbarui", "diterbitkan", "pada 3 Maret"
  "dan", "untuk", "dari", "pada", "diperbarui", "diterbitkan", "wartawan", "editor",
];
const BYLINE_TAIL_WORD_SET: ReadonlySet<string> = new Set(BYLINE_TAIL_WORDS);
/** The lower-case words opening what follows a name, up to the first digit, punctuation or capital. */
const LOWER_WORDS_AFTER = /^(?:\s+\p{Ll}[\p{Ll}'’-]*)+/u;
/**
 * Whether the text after a name read off the text under the headline goes on as a sentence: two lower-case words or
 * more follow, the first no byline tail word (BYLINE_TAIL_WORDS), so the capitalised run was the subject of a sentence
 * the byword opened ("Por Ann Lee se obliga …", "By Ann Lee announced the plan"). Not "and Bo Ek", "published 3 hours
 * ago", "vor 3 Stunden", "hace 3 horas", "dan Sari", a name's "binti Yusuf", or one word alone.
 */
function sentenceAfterName(after: string): boolean {
  const words = (LOWER_WORDS_AFTER.exec(after)?.[0] ?? "").trim().split(/\s+/).filter((w) => w.length >= 2);
  return words.length >= 2 && !BYLINE_TAIL_WORD_SET.has(words[0]);
}
/** The rest of a block of nearH1's text (blocks joined by " | ") from `from`, up to BLOCK_REST_MAX_CHARS. */
function blockRest(text: string, from: number): string {
  const rest = text.slice(from, from + BLOCK_REST_MAX_CHARS);
  const end = rest.indexOf(" | ");
  return end >= 0 ? rest.slice(0, end) : rest;
}
const BLOCK_REST_MAX_CHARS = 300;
/**
 * A co-author after the name and a connector: "dan Sari Wulandari", "och Bo Ek", "and Bo Ek", "y Ana Ruiz"; or a
 * co-writer after "with" / "mit" ("By Ann Lee with Bo Ek, March 3"), when withCoWriter agrees. Group 1: the connector, 2: the name.
 */
const CO_AUTHOR_AFTER_NAME = /^\s+(and|und|dan|och|og|et|en|y|e|i|with|mit)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})/u;
/**
 * Whether a name after "with" / "mit" on a byline is a co-writer's (as WITH_CO_WRITER in cleanAuthor): shaped as a
 * person's (personShaped: a known given name or an initial, no organisation word), no credit, title or office word
 * (WITH_CREDIT_WORDS, OFFICE_FIRST_WORDS, a job title: "with Additional Reporting", "with Prime Minister Bo Ek"), no byline
 * word inside ("with Video By Bo Ek"), and only the line's end, a separator, "and" or a date's digit after it ("with Bo Ek in
 * Oslo" is the person met, not a writer). `rest`: the text after the name.
 */
function withCoWriter(name: string, rest: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (words.some((w) => WITH_CREDIT_WORDS.has(w) || OFFICE_FIRST_WORDS.has(w) || OFFICE_QUALIFIERS.has(w) || WHOLE_JOB_TITLE.test(w) || /^(?:by|von|par|por|de)$/.test(w))) return false;
  return personShaped(name) && /^(?:\s*$|\s*[,;|•·–—]|\s+(?:and|und|&)\s|\s*\d)/u.test(rest);
}
/** "By Ann Lee", "Von Jan Koch" in the text under the headline: an opener, then two to four capitalised words. */
const BYLINE_IN_TEXT = /(?:^|[\s|•·])(?:By|Von|Par|Por|Door|Av|Af|Oleh|Autor(?:in)?:|Author:|Text:)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+(?:van|von|de|der|da|di|du|la|le|al|bin)?\s*\p{Lu}[\p{L}'’.-]+){1,3})/u;

/** The country a page speaks to: the region of its language tag or og:locale, else its country-code host name. */
function regionOf(lang: string, locale: string | null, host: string | null): string {
  for (const tag of [lang, locale ?? ""]) {
    const m = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(tag.trim());
    if (m) return m[1].toLowerCase();
  }
  const tld = host ? /\.([a-z]{2})$/i.exec(host)?.[1]?.toLowerCase() : undefined;
  return tld && !GENERIC_CCTLDS.has(tld) ? (tld === "uk" ? "gb" : tld) : "";
}
