/**
 * Markdown inline syntax read in time linear in the line: emphasis markers and inline links
 * (the link unwrapping with nested brackets and titles is stages/clean/text/blocks.ts unwrapInline).
 *
 * Markdown emphasis markers around words (`**x**`, `__x__`, `*x*`, `_x_`) → the words, in one
 * pass over the line. This does what three regex replacements did, match for match:
 *
 *   /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g                                              → "$2"
 *   /(?<![\p{L}\p{N}*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\p{L}\p{N}*])/gu          → "$1"
 *   /(?<![\p{L}\p{N}_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu            → "$1"
 *
 * (test/hostile-markdown.test.ts checks the equivalence on random lines), but in time linear in the line.
 * The regexes tried every opening marker against the whole rest of the line: a line of thousands of
 * markers that never close (`**a **a **a …`, `_a _a …`: a flood, or a table or code pasted into a text)
 * took quadratic time (80,000 characters: 20 s). Here each opening marker takes the first closing marker
 * after it (what the lazy `.+?` found), looked up in the list of closing markers with a pointer that
 * only moves forward.
 *
 * An underscore inside a word (`snake_case`) is not emphasis; a single marker must touch a word on its
 * inner side and must not touch a letter, digit or another marker on its outer side.
 */

/** One family of emphasis markers: which marker strings, and when one opens or closes a span. */
interface EmphasisRule {
  markers: readonly string[];
  /** The marker `m` at `p` may open a span. */
  opens(s: string, p: number, m: string): boolean;
  /** The marker `m` at `q` may close a span. */
  closes(s: string, q: number, m: string): boolean;
  /** Spans count code points (a regex `u` flag): the shortest span is one code point, not one code unit. */
  unicode: boolean;
}

const SPACE = /\s/;
const WORD_OR = (marker: string) => new RegExp(`[\\p{L}\\p{N}${marker === "*" ? "\\*" : marker}]`, "u");
/** What `.` does not match: a span never runs over a line end. */
const LINE_END = /[\n\r\u2028\u2029]/g;

/** The code point that ends just before `i` (a surrogate pair read whole), or "" at the start. */
function pointBefore(s: string, i: number): string {
  if (i <= 0) return "";
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1];
}

/** The code point that starts at `i`, or "" at the end. */
function pointAt(s: string, i: number): string {
  const cp = s.codePointAt(i);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

/** `*x*` or `_x_`: the marker touches a word inside and no letter, digit or marker outside. */
function singleMarker(marker: string): EmphasisRule {
  const outside = WORD_OR(marker);
  return {
    markers: [marker],
    opens: (s, p) => {
      const next = pointAt(s, p + 1);
      return next !== "" && next !== marker && !SPACE.test(next) && !outside.test(pointBefore(s, p));
    },
    closes: (s, q) => {
      const prev = s[q - 1];
      return prev !== undefined && prev !== marker && !SPACE.test(prev) && !outside.test(pointAt(s, q + 1));
    },
    unicode: true,
  };
}

/** The rules in the order they apply: double markers first, so that `**x**` is not read as `*` `*x*` `*`. */
const RULES: readonly EmphasisRule[] = [
  {
    markers: ["**", "__"],
    opens: (s, p, m) => p + m.length < s.length && !SPACE.test(s[p + m.length]),
    closes: (s, q) => q > 0 && !SPACE.test(s[q - 1]),
    unicode: false,
  },
  singleMarker("*"),
  singleMarker("_"),
];

/** Every index where `sub` occurs in `s` (overlapping ones too: `***` holds `**` at 0 and 1). */
function occurrences(s: string, sub: string): number[] {
  const at: number[] = [];
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) at.push(i);
  return at;
}

/** One rule's replacement of each span `<marker>text<marker>` by `text`. */
function stripRule(s: string, rule: EmphasisRule): string {
  const found = rule.markers.map((m) => occurrences(s, m));
  if (found.every((at) => at.length === 0)) return s;
  const closers = found.map((at, k) => at.filter((q) => rule.closes(s, q, rule.markers[k])));
  const next = rule.markers.map(() => 0);
  // Where a marker may open, in order (the markers of one rule begin with different characters).
  const starts = found.flatMap((at, k) => at.filter((p) => rule.opens(s, p, rule.markers[k])).map((p) => ({ p, k }))).sort((a, b) => a.p - b.p);
  const lineEnds = [...s.matchAll(LINE_END)].map((m) => m.index);
  let lineEnd = 0;
  let out = "";
  let copied = 0;
  for (const { p, k } of starts) {
    if (p < copied) continue; // inside the span just replaced
    const m = rule.markers[k];
    const from = p + m.length;
    const shortest = from + (rule.unicode ? pointAt(s, from).length : 1);
    const list = closers[k];
    while (next[k] < list.length && list[next[k]] < shortest) next[k]++;
    while (lineEnd < lineEnds.length && lineEnds[lineEnd] < from) lineEnd++;
    const q = list[next[k]];
    if (q === undefined || (lineEnd < lineEnds.length && lineEnds[lineEnd] < q)) continue;
    out += s.slice(copied, p) + s.slice(from, q);
    copied = q + m.length;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** The line with its emphasis markers removed (see the top of this file). */
export function stripEmphasis(s: string): string {
  let t = s;
  for (const rule of RULES) t = stripRule(t, rule);
  return t;
}

/**
 * The line without its Markdown links and images `[text](url)`, `![alt](src)`: what
 * `s.replace(/!?\[[^\]]*\]\([^)]*\)/g, "")` returns (test/hostile-markdown.test.ts checks it),
 * in linear time. The regex tried each `[` against the rest of the line: a line of thousands of
 * `[` with no link took quadratic time (80,000 characters: 9 s). A `[` opens a link when the
 * first `]` after it is followed by `(` and a `)` follows; every `[` before that `]` shares it,
 * so a failed one lets the search go on after it.
 */
export function withoutMarkdownLinks(s: string): string {
  let out = "";
  let copied = 0;
  for (let p = s.indexOf("["); p >= 0; ) {
    const close = s.indexOf("]", p + 1);
    if (close < 0) break; // no later `[` has a `]` either
    if (s[close + 1] !== "(") {
      p = s.indexOf("[", close + 1);
      continue;
    }
    const end = s.indexOf(")", close + 2);
    if (end < 0) break; // no later link has a `)` either
    out += s.slice(copied, p > copied && s[p - 1] === "!" ? p - 1 : p);
    copied = end + 1;
    p = s.indexOf("[", copied);
  }
  return copied === 0 ? s : out + s.slice(copied);
}
