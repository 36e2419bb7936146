/**
 * One HTML parse per page, shared by every step of the cleaner (metadata,
 * pruning, flattening, site rules). The DOM is exactly the one
 * `cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } })`
 * builds (htmlparser2 + domhandler with the same options), only faster:
 *
 * htmlparser2's tokenizer looks at every character of text and of attribute
 * values through its state switch, although in those states only `<`, `&` and
 * the closing quote matter. `FastTokenizer` skips the characters in between
 * with a tight loop (and `indexOf` where the stock tokenizer already
 * fast-forwards). The states, callbacks and indices it produces are the stock
 * tokenizer's; test/clean-html-dom.test.ts checks that the two DOMs are
 * identical on fixtures and on random markup.
 */
import { DomHandler, Parser, Tokenizer } from "htmlparser2";
import type { Document, ParentNode } from "domhandler";
import { limitDomNesting } from "../depth.ts";

const LT = 0x3c; // <
const AMP = 0x26; // &

/** The stock tokenizer's fields and methods the fast paths use (private in its typings). */
interface TokenizerInternals {
  buffer: string;
  offset: number;
  index: number;
  decodeEntities: boolean;
}

type TokenizerCtor = new (options: { xmlMode?: boolean; decodeEntities?: boolean }, cbs: unknown) => TokenizerInternals;
const Base = Tokenizer as unknown as TokenizerCtor;
const baseProto = Tokenizer.prototype as unknown as {
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  fastForwardTo(c: number): boolean;
};

/** The fast paths need these stock methods; without them (another htmlparser2 major) the stock tokenizer runs. */
const SUPPORTED =
  typeof baseProto.stateText === "function" && typeof baseProto.handleInAttributeValue === "function" && typeof baseProto.fastForwardTo === "function";

class FastTokenizer extends Base {
  /** Same contract as the stock method: index on the next `c` (true), or on the last character (false). */
  fastForwardTo(c: number): boolean {
    const buf = this.buffer;
    const i = buf.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
    if (i < 0) {
      this.index = buf.length + this.offset - 1;
      return false;
    }
    this.index = i + this.offset;
    return true;
  }

  /**
   * Index on the next `a` or `b` after the current character and return it; with none left, index on the
   * last character and return -1 (the stock tokenizer then waits for more input).
   */
  private skipToEither(a: number, b: number): number {
    const buf = this.buffer;
    const n = buf.length;
    let i = this.index - this.offset + 1;
    for (; i < n; i++) {
      const d = buf.charCodeAt(i);
      if (d === a || d === b) break;
    }
    if (i >= n) {
      this.index = n + this.offset - 1;
      return -1;
    }
    this.index = i + this.offset;
    return buf.charCodeAt(i);
  }

  /** Text state: only `<` and `&` act, so jump to the next of them. */
  stateText(c: number): void {
    if (c !== LT && c !== AMP && this.decodeEntities) {
      c = this.skipToEither(LT, AMP);
      if (c < 0) return;
    }
    baseProto.stateText.call(this, c);
  }

  /** Quoted attribute value: only the quote and `&` act. */
  handleInAttributeValue(c: number, quote: number): void {
    if (c !== quote && c !== AMP && this.decodeEntities) {
      c = this.skipToEither(quote, AMP);
      if (c < 0) return;
    }
    baseProto.handleInAttributeValue.call(this, c, quote);
  }
}

/** The options cheerio passes to htmlparser2 for `{ xml: { xmlMode: false, decodeEntities: true } }`. */
const OPTIONS = { xmlMode: false, decodeEntities: true } as const;

/**
 * Parse a page (htmlparser2, HTML mode, entities decoded). `stock` forces the stock tokenizer (tests).
 * The DOM is never deeper than MAX_DEPTH elements (`limitDomNesting`): every walk over it is safe.
 */
export function parseHtml(html: string, stock = false): Document {
  const handler = new DomHandler(undefined, OPTIONS);
  const Tok = SUPPORTED && !stock ? FastTokenizer : undefined;
  new Parser(handler, { ...OPTIONS, Tokenizer: Tok as unknown as typeof Tokenizer }).end(html);
  const root = limitDomNesting(handler.root);
  BOUNDED.add(root);
  return root;
}

/**
 * Subtrees that never hold readable text, whatever the page: code and its fallbacks (script, style, noscript,
 * template), the document head and drawings (svg). The plain-text reader (plain.ts) skips exactly these; readers that
 * want less add their own (metadata's copyright walk adds iframe; the body reader's DROP_TAGS in patterns.ts also
 * drops page chrome, media and form controls).
 */
export const NEVER_TEXT_TAGS: ReadonlySet<string> = new Set(["script", "style", "noscript", "template", "svg", "head"]);

/** The roots `parseHtml` returned: bounded already (the site rules only remove nodes, which never deepens a tree). */
const BOUNDED = new WeakSet<object>();

/** A DOM no deeper than MAX_DEPTH: one from `parseHtml` as it is, any other bounded by `limitDomNesting` (one walk). */
export function boundedDom<T extends ParentNode>(root: T): T {
  return BOUNDED.has(root) ? root : limitDomNesting(root);
}
