/**
 * Markdown inline syntax of hostile shape in text dumps (safety audit): lines of tens of thousands
 * of emphasis markers that never close, of stray brackets and of half links. Before the audit each
 * marker or bracket was tried against the rest of the line (the two large cases below took minutes);
 * the cleaner now reads them in linear time (`npm run bench:hostile -- --kinds markdown-floods-80kb`
 * measures it). The linear scanners must match exactly what the regexes they replace matched:
 * the properties below compare them on random lines.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unwrapLinks } from "../stages/clean/text/blocks.ts";
import { stripEmphasis, withoutMarkdownLinks } from "../stages/clean/text/inline.ts";
import { cleanTextDump } from "../stages/clean/text.ts";

/** The regexes the scanners replaced (stages/clean/text/inline.ts), kept here as the reference. */
const EMPHASIS_REGEXES = [
  /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g,
  /(?<![\p{L}\p{N}*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\p{L}\p{N}*])/gu,
  /(?<![\p{L}\p{N}_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu,
];
function emphasisByRegex(s: string): string {
  let t = s.replace(EMPHASIS_REGEXES[0], "$2");
  if (t.includes("*")) t = t.replace(EMPHASIS_REGEXES[1], "$1");
  if (t.includes("_")) t = t.replace(EMPHASIS_REGEXES[2], "$1");
  return t;
}
const LINK_REGEX = /!?\[[^\]]*\]\([^)]*\)/g;

const line = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(""));

describe("linear Markdown scanners match the regexes they replace", () => {
  it("emphasis: markers, words, spaces, line ends, astral letters and lone surrogates", () => {
    const pieces = ["*", "_", "**", "__", "a", "b", " ", "é", "\n", "\u2028", "𝒜", "1", ".", "\ud800", "\udc00", "\t", "x_y"];
    fc.assert(fc.property(line(pieces), (s) => {
      expect(stripEmphasis(s)).toBe(emphasisByRegex(s));
    }), { numRuns: 5_000 });
  });
  it("links and images: brackets, parentheses, bangs", () => {
    const pieces = ["[", "]", "(", ")", "!", "a", " ", "](", "![", "\n", "é"];
    fc.assert(fc.property(line(pieces), (s) => {
      expect(withoutMarkdownLinks(s)).toBe(s.replace(LINK_REGEX, ""));
    }), { numRuns: 5_000 });
  });
  it("ordinary lines", () => {
    expect(stripEmphasis("a _quiet_ and *bold* and **strong** and __also__ word, snake_case and 2 * 3")).toBe("a quiet and bold and strong and also word, snake_case and 2 * 3");
    expect(withoutMarkdownLinks("Home | [News](/news) | ![logo](l.png) [Sport](/s)")).toBe("Home |  |  ");
  });
});

const PROSE = [
  "The council said that the harbour bridge would reopen after the repairs were finished in the spring, and the ferry would keep its early crossing until then.",
  "Residents welcomed the plan at a meeting on Tuesday evening, although several asked why the work had taken two years longer than the engineers first promised.",
];

const dumpAround = (line: string) => `Bridge reopens after repairs\n\n${PROSE[0]}\n\n${line}\n\n${PROSE[1]}\n`;
const bodyOf = (dump: string) => cleanTextDump(dump).blocks.filter((b) => b.role === "body").map((b) => b.text);

describe("a line of tens of thousands of markers or brackets", () => {
  const N = 30_000;
  const floods: [string, string][] = [
    ["bold markers that never close", "**a ".repeat(N / 4)],
    ["single markers that never close", "_a ".repeat(N / 3) + "*a ".repeat(N / 3)],
    ["stray opening brackets", "[".repeat(N)],
    ["images that never close", "![".repeat(N / 2)],
    ["half links", "[a](".repeat(N / 4)],
    ["brackets then link tails", "[".repeat(N / 2) + "](".repeat(N / 4)],
  ];
  for (const [what, flood] of floods) {
    it(`${what}: the line is unwrapped and the prose around it kept`, () => {
      expect(unwrapLinks(flood).length).toBeGreaterThan(flood.length / 3);
      const body = bodyOf(dumpAround(flood));
      expect(body).toContain(PROSE[0]);
      expect(body).toContain(PROSE[1]);
    });
  }
  // Sizes at which the regexes took minutes (each marker or bracket tried against the rest of the line).
  it("240,000 characters of single emphasis markers that never close", () => {
    const body = bodyOf(dumpAround("_a ".repeat(40_000) + "*a ".repeat(40_000)));
    expect(body).toEqual([PROSE[0], expect.stringMatching(/^_a _a .* \*a \*a$/), PROSE[1]]);
  });
  it("200,000 stray opening brackets", () => {
    const body = bodyOf(dumpAround("[".repeat(200_000)));
    expect(body).toContain(PROSE[0]);
    expect(body).toContain(PROSE[1]);
  });
  it("links after a flood of stray brackets are left as written once the line's scan allowance is spent; before it they are unwrapped", () => {
    expect(unwrapLinks("See [the plan](https://example.org/plan) now " + "[".repeat(10))).toBe("See the plan now " + "[".repeat(10));
    const after = unwrapLinks("[".repeat(N) + " see [the plan](https://example.org/plan)");
    expect(after.endsWith("see [the plan](https://example.org/plan)")).toBe(true);
  });
});
