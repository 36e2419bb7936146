/**
 * Line classification without markup, after jusText: a line is GOOD prose when
 * it is long and dense in function words, NEAR when it is medium, SHORT when it
 * is a fragment (menu item, heading, counter), and BAD when a residue pattern or
 * the boilerplate lexicon names it. Each class carries a score; the body is the
 * maximum-scoring run of lines (see text.ts), so a menu of 200 short items or a
 * sign-up box costs more than it gives.
 */
import { matchBoilerplate } from "./lexicon.ts";
import { matchResidue } from "./patterns.ts";
import { STOPWORDS } from "./stopwords.ts";
import type { LineUnit } from "./blocks.ts";
import { tokensOf } from "../../common/words.ts";

/** A line's words: runs of letters and digits, one definition with the near-duplicate pass (stages/common/words.ts). */
export { tokensOf };

export type LineClass = "good" | "near" | "short" | "bad";

export interface ClassifiedLine extends LineUnit {
  words: number;
  stopDensity: number;
  /** Ends like a sentence: . ! ? (optionally followed by a closing quote or bracket). */
  sentenceEnd: boolean;
  cls: LineClass;
  /** Rule id when `cls` is "bad". */
  rule: string | null;
  reason: string | null;
  /** The rule opens a non-article section (sign-up, appeal, comments...). */
  breaker: boolean;
  score: number;
  /**
   * For a line that is one Markdown link of three words or more (named residue): how its
   * text alone classifies, as a plain-text renderer's line would. Article entries that are
   * links (a product in a deal list, a linked step) are judged by it inside the body.
   */
  asText: { cls: LineClass; score: number } | null;
}

/** Thresholds, with why. */
export const THRESHOLDS = {
  /** Characters of a paragraph that can be GOOD (jusText uses 70 for its "length_low"). */
  goodChars: 70,
  /** Function-word density of running prose (jusText: 0.32 high / 0.30 low). */
  goodDensity: 0.28,
  nearDensity: 0.18,
  /** Scripts without spaces (Japanese, Chinese): characters per "word". */
  cjkCharsPerWord: 2,
  /** Score of a lexicon/residue hit, and extra for a section breaker. */
  badBase: 6,
  breakerPenalty: 20,
  /** A comment-thread header: the body practically never continues after it. */
  hardStopPenalty: 200,
  /** Prose that does not end like a sentence (a teaser headline with a counter) needs this many words to count fully. */
  unterminatedWords: 20,
  /** Score of a short fragment, and of a list item fragment (menus are lists). */
  shortPenalty: 2,
  listPenalty: 3,
  /** A fragment of four words or more with function words or figures ("Rest 10–15 minutes after each session"). */
  contentFragmentPenalty: 1,
  /** A line with this many column gaps is a table row (scored like a short sentence). */
  tableGaps: 3,
  /** Score of a short line that ends like a sentence. */
  shortSentenceScore: 1,
} as const;

const MARKDOWN_LINK = "clean/markdown-link";
/** A linked line this long is a paragraph rather than a linked headline or teaser title. */
const LINKED_PARAGRAPH_MIN_WORDS = 16;
/**
 * Closing quotes and brackets a sentence may end with. Session clean-4: the closing marks of every quoting style, not
 * only the English ones: German and Czech „…“ (closes with “), Danish and German »…« (closes with «), single ‚…‘ and
 * ›…‹. Family: a paragraph or a closing line that is one quotation, on German, Scandinavian and Central European
 * sites, which read as an unterminated fragment (a teaser) and fell off the end of the body.
 */
const CLOSERS = `"'”’“‘»«›‹)`;
/**
 * Session clean-5: the full stops and question marks of other scripts too: the Devanagari and Bengali danda (। ॥),
 * the Arabic question mark and Urdu full stop (؟ ۔), the Armenian (։), Ethiopic (።) and Myanmar (။) full stops, and the
 * fullwidth and halfwidth CJK stops (． ｡). Family: prose in Hindi, Bengali, Urdu, Arabic and other scripts, which
 * read as unterminated fragments (teaser headlines) and dropped out of the body.
 * Session clean-12: a sentence signed after its stop with the editor's initials or the agency's code in lower case, a
 * bracket of two to five lower-case letters, maybe two or three codes joined by slashes ("… (xy)", "… (abc/de)"):
 * German, Austrian and Swiss news and tech sites sign the article's last paragraph so, and that paragraph read as an
 * unterminated fragment and fell off the end of the body. Capitalised brackets are left out: photo captions close with
 * a credit or an agency in capitals.
 */
/**
 * Review mend of clean-12: bracketed link words that are no signature. Family: teaser blurbs, link lists and captions
 * that end on a link or a media label after their stop ("… on Tuesday. (more)", "… (video)", "… (pdf)", "… (видео)"),
 * in English, German, French, Spanish, Portuguese and Russian: they are teasers, not sentences, and a list of them must
 * not read as prose.
 */
const SIGNATURE_STOP_WORDS = [
  // "read more" links
  "more", "mehr", "plus", "suite", "leer", "más", "mas", "leia", "lire", "ver", "see", "read", "lesen", "далее",
  // media and attachment labels
  "video", "vídeo", "audio", "foto", "fotos", "photo", "bild", "pdf", "file", "link", "links", "live", "map", "видео", "фото", "аудио",
];
const SIGNATURE = `\\s\\((?!(?:${SIGNATURE_STOP_WORDS.join("|")})\\))\\p{Ll}{2,5}(?:/\\p{Ll}{2,5}){0,2}\\)`;
const SENTENCE_END = new RegExp(`[.!?。！？…।॥؟۔։።။．｡][${CLOSERS}\\]]*(?:${SIGNATURE})?$`, "u");
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/**
 * The only characters whose lower case changes how a line splits into tokens:
 * "İ" lower-cases to "i" + a combining dot (not a letter), and "Σ" lower-cases by
 * context (final sigma). Without them, tokenising the lower-cased line gives the
 * lower-cased tokens of the line, one for one.
 */
const CASE_SENSITIVE_SPLIT = /[\u0130\u03a3]/;

/** A line's tokens, computed once and shared by the classifier, the language guess and the repeat checks. */
export interface LineTokens {
  /** Number of tokens of the line as written (`tokensOf(text).length`). */
  count: number;
  /** Each token of the line lower-cased on its own (`tokensOf(text).map(toLowerCase)`): function-word lookups. */
  lower: readonly string[];
  /** Tokens of the lower-cased line (`tokensOf(text.toLowerCase())`): the language guess and the compare key. */
  ofLower: readonly string[];
}

export function lineTokens(text: string): LineTokens {
  const ofLower = tokensOf(text.toLowerCase());
  if (!CASE_SENSITIVE_SPLIT.test(text)) return { count: ofLower.length, lower: ofLower, ofLower };
  const toks = tokensOf(text);
  return { count: toks.length, lower: toks.map((t) => t.toLowerCase()), ofLower };
}

/** A short line that reads as a sentence ends with one of these (optionally followed by closing quotes/brackets). */
const SHORT_SENTENCE_END = new RegExp(`[.!][${CLOSERS}]*$`);
const LOWER_LETTER = /\p{Ll}/u;
/**
 * An interview's question, labelled as the interviewer's ("Q: How did the project start?", "Frage: Wie fing es an?",
 * "P: ¿Cómo empezó?", "D: Come è nato?", "V: Hoe begon het?"): the article's own text between the answers, a fragment
 * by its length that cost the run as a menu item does. Family: question-and-answer interviews of news and magazine
 * sites in English, German, French, Spanish, Italian, Portuguese and Dutch. A teaser headline that asks a question has
 * no such label. A single letter takes ":" or ")" only: with a full stop it is a name's initial ("J. Doe: what next?").
 */
const LABELLED_QUESTION = /^(?:(?:Q|Question|Frage|Pregunta|Domanda|Pergunta|Vraag)\s?[:.)]|[FPDV]\s?[:)])\s+\S.*\?["'”’»)]*$/u;
/** A team's name in a results line: one to four capitalised words ("Northgate", "St. Mary's", "East Lakeside"). */
const TEAM = String.raw`\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}`;
/**
 * A results roundup's score lines, the article's own text in a sports report: a result in the roundup's own
 * abbreviation ("Northgate d. Eastwood 58-41", "Westfield def. Hillcrest 3-1 (OT)") and a line score ("Eastwood 10 12 9
 * 10 — 41": a team, its points by period, a dash and the total). Family: high-school and club roundups of local news
 * sites, printed as short lines between the game reports; they read as menu fragments and the run started below the
 * first game. Not these: a ticker with the score between the teams ("Eastwood 2:1 Hillcrest"); a headline with a verb
 * ("Northgate beat Eastwood 58-41", the sports desk's teaser strip above an article); a pager ("Page 1 2 3 4 — 12",
 * whose numbers count 1, 2, 3 … to the last page).
 */
const RESULT_LINE = new RegExp(String.raw`^${TEAM} (?:d\.|def\.) ${TEAM},? \d{1,3}\s?[-–]\s?\d{1,3}(?: \(?(?:\d?OT|SO|PK|2OT|3OT)\)?)?$`, "u");
const LINE_SCORE = new RegExp(String.raw`^${TEAM}((?: \d{1,3}){2,9}) [—–-] (\d{1,3})$`, "u");
/**
 * A line score, not a pager's 1, 2, 3 … to the last page. (The periods need not add up to the total: a roundup drops
 * the overtime column, and requiring the sum lost such lines.)
 */
function isLineScore(text: string): boolean {
  const m = LINE_SCORE.exec(text);
  if (!m) return false;
  const periods = m[1]!.trim().split(" ").map(Number);
  return !periods.every((n, i) => n === i + 1);
}
const DIGIT = /\d/;

/**
 * One object literal of a fixed shape (spreading the unit into a new object per line was the cleaner's top cost), the
 * one place a ClassifiedLine is built: where the line stands comes from `at`, what it is (its text, the linked text it
 * was judged on, its list mark and column gaps) from `what`, which is `at` itself for a fresh class and the memo's
 * class for a shared one (`LineMemo.classify`).
 */
function lineObject(
  at: LineUnit,
  what: Pick<LineUnit, "text" | "linked" | "list" | "columnGaps">,
  asText: ClassifiedLine["asText"],
  ...[words, stopDensity, sentenceEnd, cls, rule, reason, breaker, score]: LineFacts
): ClassifiedLine {
  return {
    index: at.index,
    raw: at.raw,
    text: what.text,
    linked: what.linked,
    list: what.list,
    quote: at.quote,
    markHeading: at.markHeading,
    headingLevel: at.headingLevel,
    indent: at.indent,
    blankBefore: at.blankBefore,
    blanksBefore: at.blanksBefore,
    columnGaps: what.columnGaps,
    words,
    stopDensity,
    sentenceEnd,
    rule,
    reason,
    breaker,
    cls,
    score,
    asText,
  };
}

/** What the classifier finds out about a line, in `lineObject`'s order. */
type LineFacts = [words: number, stopDensity: number, sentenceEnd: boolean, cls: LineClass, rule: string | null, reason: string | null, breaker: boolean, score: number];

/** A fresh class of the unit `u`. */
function classified(u: LineUnit, ...facts: LineFacts): ClassifiedLine {
  return lineObject(u, u, null, ...facts);
}

export function classifyLine(u: LineUnit, lang: string, tokens: LineTokens = lineTokens(u.text)): ClassifiedLine {
  const text = u.text;
  const nToks = tokens.count;
  const cjkMatch = text.match(CJK);
  const cjk = cjkMatch === null ? 0 : cjkMatch.length;
  const words = nToks + Math.floor(cjk / THRESHOLDS.cjkCharsPerWord);
  const stops = STOPWORDS[lang] ?? STOPWORDS.en;
  let hits = 0;
  for (const t of tokens.lower) if (stops.has(t)) hits++;
  // CJK prose has no spaced function words; treat a long CJK sentence as dense.
  const stopDensity = cjk >= 20 ? 0.35 : nToks ? hits / nToks : 0;
  const sentenceEnd = SENTENCE_END.test(text);

  const residue = matchResidue(u.linked, nToks) ?? (u.linked !== text && text ? matchResidue(text, nToks) : null);
  if (text === "" && !residue) {
    return classified(u, words, stopDensity, sentenceEnd, "bad", "clean/navigation", "empty list item or marker", false, -1);
  }
  // Session clean-5: a link whose text is named in-article boilerplate ("[Hide Ad](…)", "[Mehr erfahren](…)") is that
  // boilerplate, as the same line from a plain-text renderer: it stays in the article's flow.
  const inlineLex = residue?.rule === MARKDOWN_LINK && u.linked !== text ? matchBoilerplate(text, words) : null;
  if (inlineLex?.inline) return classified(u, words, stopDensity, sentenceEnd, "bad", inlineLex.rule, inlineLex.why, false, -THRESHOLDS.shortPenalty);
  // Session clean-9: and a link whose text is inline residue ("[Beitrag laden](…)", "[View photos](…)", "[2 / 12](…)"):
  // an embed's consent button, an image viewer's control, a gallery counter. Family: embeds and galleries between the
  // sections of guides and round-ups in Markdown dumps, where each such button cost a menu link's 7 and cut the guide.
  const inlineResidue = residue?.rule === MARKDOWN_LINK && u.linked !== text && text ? matchResidue(text, nToks) : null;
  if (inlineResidue?.inline) return classified(u, words, stopDensity, sentenceEnd, "bad", inlineResidue.rule, inlineResidue.why, false, -THRESHOLDS.shortPenalty);
  if (residue) {
    const score = residue.inline ? -THRESHOLDS.shortPenalty : -(THRESHOLDS.badBase + words / 2);
    const out = classified(u, words, stopDensity, sentenceEnd, "bad", residue.rule, residue.why, false, score);
    // (Only when unwrapping the link changed the line: a link the unwrapper left whole, such as one whose address
    //  holds a space, would be classified as itself again, without end.)
    if (residue.rule === MARKDOWN_LINK && words >= 3 && u.linked !== text && u.linked.indexOf("](") === u.linked.lastIndexOf("](")) {
      // A body line is never dropped only because it is a link: a linked paragraph (longer than
      // a headline) is judged as prose.
      const plain = classifyLine({ ...u, linked: text }, lang, tokens);
      if (plain.cls === "good" && words >= LINKED_PARAGRAPH_MIN_WORDS) return plain;
      out.asText = { cls: plain.cls, score: plain.score };
      // It costs the body run what the same line costs from a plain-text renderer, a little more.
      out.score = Math.min(plain.score, 0) - 1;
    }
    return out;
  }
  const lex = matchBoilerplate(text, words);
  if (lex) {
    const breaker = lex.breaker === true;
    const score = lex.inline ? -THRESHOLDS.shortPenalty : -(THRESHOLDS.badBase + words / 2 + (breaker ? THRESHOLDS.breakerPenalty : 0) + (lex.hardStop ? THRESHOLDS.hardStopPenalty : 0));
    return classified(u, words, stopDensity, sentenceEnd, "bad", lex.rule, lex.why, breaker, score);
  }
  const chars = text.length + cjk; // a CJK character carries about two Latin characters of content
  let cls: LineClass;
  // Body paragraphs end like sentences; teaser headlines and menu entries do not.
  // A long line is prose even without the final stop (a paragraph ending in a link).
  const terminated = sentenceEnd || words >= THRESHOLDS.unterminatedWords;
  if (chars >= THRESHOLDS.goodChars && terminated && (stopDensity >= THRESHOLDS.goodDensity || (sentenceEnd && words >= 12))) cls = "good";
  else if (chars >= 40 && (stopDensity >= THRESHOLDS.nearDensity || sentenceEnd) && words >= 6) cls = "near";
  else cls = "short";
  let score: number;
  if (cls === "good") score = words;
  else if (cls === "near") score = terminated ? words * 0.5 : 0;
  else {
    // A short line that reads as a sentence ("Colombia had lost on Monday.") is body-like:
    // menus and teaser headlines do not end with a full stop.
    const shortSentence = SHORT_SENTENCE_END.test(text) && words >= 3 && !u.list && LOWER_LETTER.test(text);
    score =
      shortSentence || (u.columnGaps >= THRESHOLDS.tableGaps && !u.list) || (!u.list && DIGIT.test(text) && (RESULT_LINE.test(text) || isLineScore(text))) || (words >= 3 && LABELLED_QUESTION.test(text))
        ? THRESHOLDS.shortSentenceScore
        : u.list
          ? words >= 6 && hits >= 2 ? -THRESHOLDS.contentFragmentPenalty : -THRESHOLDS.listPenalty
          : words >= 4 && (hits > 0 || DIGIT.test(text)) ? -THRESHOLDS.contentFragmentPenalty : -THRESHOLDS.shortPenalty;
  }
  return classified(u, words, stopDensity, sentenceEnd, cls, null, null, false, score);
}

/**
 * One document's line tokens and line classes, shared by the story segmenter (stories.ts) and
 * the text cleaner (text.ts), which classify the same lines: the segmenter the whole dump, the
 * cleaner each story again. A class is looked up by everything `classifyLine` reads (the
 * language, the text, the linked text, the list mark and the column gaps), so a line classified
 * under another language, or cut differently by the two, is classified anew: the memo changes
 * no result, only how often the lexicons run. Per document, never across documents.
 */
export class LineMemo {
  private readonly tokenMemo = new Map<string, LineTokens>();
  private readonly classMemo = new Map<string, ClassifiedLine>();

  tokens(text: string): LineTokens {
    let t = this.tokenMemo.get(text);
    if (t === undefined) this.tokenMemo.set(text, (t = lineTokens(text)));
    return t;
  }

  /** The line's class, shared: the caller must not change the object (the segmenter only reads it). */
  peek(u: LineUnit, lang: string, tokens: LineTokens): ClassifiedLine {
    const key = `${lang}\u0000${u.list ? 1 : 0}\u0000${u.columnGaps}\u0000${u.text}\u0000${u.linked}`;
    let c = this.classMemo.get(key);
    if (c === undefined) this.classMemo.set(key, (c = classifyLine(u, lang, tokens)));
    return c;
  }

  /** The line's class as `classifyLine(u, lang, tokens)` returns it: a fresh object the caller may change. */
  classify(u: LineUnit, lang: string, tokens: LineTokens): ClassifiedLine {
    const c = this.peek(u, lang, tokens);
    // Where the line stands comes from `u`; what it is (its text, and the linked text the class
    // was judged on), from the class.
    const asText = c.asText === null ? null : { cls: c.asText.cls, score: c.asText.score };
    return lineObject(u, c, asText, c.words, c.stopDensity, c.sentenceEnd, c.cls, c.rule, c.reason, c.breaker, c.score);
  }
}
