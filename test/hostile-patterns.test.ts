/**
 * Hostile author fields and byline lines (safety audit of the metadata patterns): each call
 * finishes and returns the same short answer as on an ordinary field. Speed is measured by
 * `npm run bench:hostile -- --kinds author-fields-1000kb,byline-boxes-1000kb,byline-lines-1000kb`,
 * not here; before the audit the first case below ran for minutes (a cubic pattern).
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor, TRAILING_PLACE_PART, withoutTrailingPlace } from "../stages/clean/html/metadata.ts";
import { parseByline } from "../stages/clean/text/header.ts";
import { extractHtml } from "../stages/clean/html.ts";
import { selfTeaserTexts } from "../stages/clean/html/dates.ts";
import { parseHtml } from "../stages/clean/html/dom.ts";
import fc from "fast-check";

const N = 20_000;

describe("author fields of hostile shape", () => {
  it("a job title many line breaks under the name is still cut off", () => {
    expect(cleanAuthor(["Ann Lee" + "\n".repeat(N) + "Staff Writer"])).toBe("Ann Lee");
    // (a trailing "x" would now be cut as a share button's word, X; a surname is kept)
    expect(cleanAuthor(["Ann Lee" + " \n".repeat(N / 2) + "Roe"])).toBe("Ann Lee Roe");
  });
  it("a long run of address characters with no '@' is no name and no address", () => {
    expect(cleanAuthor(["a.".repeat(N)])).toBeNull();
    expect(cleanAuthor(["1.".repeat(N)], null, { handles: true })).toBeNull();
  });
  it("100,000 separators inside the field (second audit: the trailing-separator trim read each run again to its end, minutes)", () => {
    expect(cleanAuthor(["Ann Lee " + ":".repeat(100_000) + " x"])).toBeNull();
    expect(cleanAuthor(["Ann Lee" + ", ".repeat(50_000) + "x"])).toBe("Ann Lee");
    expect(cleanAuthor([":".repeat(100_000) + " Ann Lee " + ":".repeat(100_000)])).toBe("Ann Lee");
  });
  it("80,000 capital letters or capitalised words in an author field (fourth audit: the reporter's-place look-behind read the run at every position, 8 s)", () => {
    expect(withoutTrailingPlace("A".repeat(80_000))).toBe("A".repeat(80_000));
    expect(withoutTrailingPlace("A".repeat(80_000) + ", Berlin")).toBe("A".repeat(80_000) + ", Berlin");
    expect(withoutTrailingPlace("新闻".repeat(40_000))).toBe("新闻".repeat(40_000)); // CJK letters are \p{L} too
    expect(withoutTrailingPlace("Ann " + "Lee".repeat(20_000) + ", Berlin")).toBe("Ann " + "Lee".repeat(20_000));
    expect(cleanAuthor(["Von Ann Lee, Berlin"])).toBe("Ann Lee");
  });
  it("thousands of degrees after the name leave the name", () => {
    expect(cleanAuthor(["Ann Lee" + ", PhD".repeat(N / 5)])).toBe("Ann Lee");
  });
  it("a byline line padded with blanks or address characters", () => {
    expect(parseByline("By Ann Lee" + " ".repeat(N) + "on")).toBe("Ann Lee");
    expect(parseByline("By Ann Lee " + "a.".repeat(N))).toBeNull();
  });
  it("a page of thousands of byline elements side by side gives one author", () => {
    const page = `<!doctype html><html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>${'<span class="byline">By Ann Lee</span>'.repeat(N / 2)}<p>The council said the bridge would reopen after repairs on Tuesday, and the mayor agreed.</p></article></body></html>`;
    expect(extractHtml(page).meta.author).toBe("Ann Lee");
  });
  it("100,000 slashes in a link or an item type (second audit: `\\/+$` read each inner run of slashes to its end, minutes)", () => {
    const url = "https://example.org/news/bridge-reopens";
    const teaser = `<html><body><article><h1>Bridge reopens</h1><p>The council said the bridge would reopen.</p></article><ul><li><a href="/news${"/".repeat(100_000)}x">Other story</a></li><li><a href="/news/bridge-reopens/">Bridge reopens</a> 3 May 2021</li></ul></body></html>`;
    expect(selfTeaserTexts(parseHtml(teaser), url).join(" ")).toContain("3 May 2021");
    const item = `<!doctype html><html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1><div itemscope itemtype="https://schema.org/${"/".repeat(100_000)}NewsArticle"><span class="byline">By Ann Lee</span></div><p>The council said the bridge would reopen after repairs on Tuesday, and the mayor agreed.</p></article></body></html>`;
    expect(extractHtml(item).meta.author).toBe("Ann Lee");
  });
});

describe("the rewritten patterns match what they replaced", () => {
  it("the reporter's place after a name: the same cut as the look-behind pattern", () => {
    const pieces = ["Ann", "Lee", "LEE", "A", "a", "B.", "O'", "’", "-", ".", " ", "  ", ",", ", ", "Berlin", "berlin", "NDR", "1", "\n"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (a) => {
        const s = a.join("");
        expect(withoutTrailingPlace(s)).toBe(s.replace(TRAILING_PLACE_PART, ""));
      }),
      { numRuns: 20_000 },
    );
  });
  it("a run matched only where it starts gives the same replacements", () => {
    const pairs: [RegExp, RegExp, string[]][] = [
      [/\/+$/, /(?<!\/)\/+$/, ["/", "a", "//", " "]],
      [/^[,;:\-–—\s]+|[,;:\-–—\s]+$/g, /^[,;:\-–—\s]+|(?<![,;:\-–—\s])[,;:\-–—\s]+$/g, [",", ";", ":", "-", "–", " ", "\n", "a", "B"]],
    ];
    for (const [before, after, pieces] of pairs) {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (a) => {
          const s = a.join("");
          expect(s.replace(after, "")).toBe(s.replace(before, ""));
        }),
        { numRuns: 1_000 },
      );
    }
  });
});
