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
import type { Document, Element } from "domhandler";

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

  /** Text state: only `<` and `&` act, so jump to the next of them. */
  stateText(c: number): void {
    if (c !== LT && c !== AMP && this.decodeEntities) {
      const buf = this.buffer;
      const n = buf.length;
      let i = this.index - this.offset + 1;
      for (; i < n; i++) {
        const d = buf.charCodeAt(i);
        if (d === LT || d === AMP) break;
      }
      if (i >= n) {
        this.index = n + this.offset - 1;
        return;
      }
      this.index = i + this.offset;
      c = buf.charCodeAt(i);
    }
    baseProto.stateText.call(this, c);
  }

  /** Quoted attribute value: only the quote and `&` act. */
  handleInAttributeValue(c: number, quote: number): void {
    if (c !== quote && c !== AMP && this.decodeEntities) {
      const buf = this.buffer;
      const n = buf.length;
      let i = this.index - this.offset + 1;
      for (; i < n; i++) {
        const d = buf.charCodeAt(i);
        if (d === quote || d === AMP) break;
      }
      if (i >= n) {
        this.index = n + this.offset - 1;
        return;
      }
      this.index = i + this.offset;
      c = buf.charCodeAt(i);
    }
    baseProto.handleInAttributeValue.call(this, c, quote);
  }
}

/** The options cheerio passes to htmlparser2 for `{ xml: { xmlMode: false, decodeEntities: true } }`. */
const OPTIONS = { xmlMode: false, decodeEntities: true } as const;

/** Sees every element as the parser opens and closes it (document order, properly nested). */
export interface ElementVisitor {
  open(el: Element): void;
  close(el: Element): void;
}

/** domhandler's tree builder, telling a visitor about each element while it is fresh in memory. */
class VisitingHandler extends DomHandler {
  constructor(private readonly visitor: ElementVisitor) {
    super(undefined, OPTIONS);
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    this.visitor.open(this.tagStack[this.tagStack.length - 1] as Element);
  }

  override onclosetag(): void {
    const el = this.tagStack[this.tagStack.length - 1];
    super.onclosetag();
    // At the end of input the parser also closes a tag it never finished
    // opening ("<div><a "), and domhandler then pops the root: not an element.
    if (el && (el.type === "tag" || el.type === "script" || el.type === "style")) this.visitor.close(el as Element);
  }
}

/**
 * Parse a page (htmlparser2, HTML mode, entities decoded). `visitor` sees each
 * element as it is built; `stock` forces the stock tokenizer (tests).
 */
export function parseHtml(html: string, visitor?: ElementVisitor, stock = false): Document {
  const handler = visitor ? new VisitingHandler(visitor) : new DomHandler(undefined, OPTIONS);
  const Tok = SUPPORTED && !stock ? FastTokenizer : undefined;
  new Parser(handler, { ...OPTIONS, Tokenizer: Tok as unknown as typeof Tokenizer }).end(html);
  return handler.root;
}
