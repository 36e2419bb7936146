/**
 * How an author field joins several people and what trails the names (invented names): "with" between two whole names,
 * the CJK enumeration comma, connectors set in capitals, "for" before the site's own name, a day with its month's name
 * after the name, the reading time of a byline row; and what must stay one name or no name at all.
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";

const clean = (s: string) => cleanAuthor([s], "Harbour Times", { handles: true });
const declared = (s: string) => cleanAuthor([s], "Harbour Times");

describe("several authors", () => {
  it("splits a co-writer credited with 'with' between two whole names", () => {
    expect(clean("By Maren Solberg with Tor Lunde")).toBe("Maren Solberg, Tor Lunde");
    expect(clean("MAREN SOLBERG WITH TOR LUNDE")).toBe("Maren Solberg, Tor Lunde");
  });

  it("keeps a blog's or a show's name with 'with' as it is", () => {
    expect(declared("Baking with Maren")).toBe("Baking with Maren");
    expect(declared("Mornings with Tor Lunde")).toBe("Mornings with Tor Lunde");
  });

  it("splits at the CJK enumeration comma", () => {
    expect(clean("林小文、陈大海")).toBe("林小文, 陈大海");
  });

  it("splits at connectors set in capitals, not at a one-letter initial", () => {
    expect(clean("MAREN SOLBERG AND TOR LUNDE")).toBe("Maren Solberg, Tor Lunde");
    expect(clean("JEANNE ROUX ET PAUL VIDAL")).toBe("Jeanne Roux, Paul Vidal");
    expect(clean("MAREN E SOLBERG")).toBe("Maren E Solberg");
  });

  it("drops 'for' with the site's name after the last co-author", () => {
    expect(clean("Maren Solberg and Tor Lunde for Harbour Times")).toBe("Maren Solberg, Tor Lunde");
  });
});

describe("what trails the names", () => {
  it("cuts a day printed with its month's name, in several languages, with its label", () => {
    expect(clean("Maren Solberg 12. März 2021")).toBe("Maren Solberg");
    expect(clean("Maren Solberg March 12, 2021")).toBe("Maren Solberg");
    expect(clean("Maren Solberg, 4th May 2021")).toBe("Maren Solberg");
    expect(clean("Maren Solberg 12 de marzo de 2021")).toBe("Maren Solberg");
    expect(clean("Maren SolbergPublished 3rd Nov 2021, 09:25 GMT")).toBe("Maren Solberg");
    expect(clean("Maren Solberg Last updated June 2, 2021")).toBe("Maren Solberg");
  });

  it("keeps a word that only looks like a date's neighbour, and gives no name for a bare update stamp", () => {
    expect(clean("Maren Mayfield")).toBe("Maren Mayfield");
    expect(clean("Last Updated: January 7, 2021")).toBeNull();
    expect(clean("Court ReporterPublished 3rd Nov 2021, 09:25 GMT")).toBeNull();
  });

  it("cuts the reading time of the byline row", () => {
    expect(clean("Maren Solberg · 5 min read")).toBe("Maren Solberg");
    expect(clean("Maren Solberg 4 Min. Lesezeit")).toBe("Maren Solberg");
    expect(clean("Maren Solberg | Lesezeit: 6 Minuten")).toBe("Maren Solberg");
  });
});

describe("text in a script without letter case", () => {
  it("reads a notice mixing CJK and Latin letters or sentence punctuation as no name", () => {
    expect(clean("歡迎投書。 加入我們的Telegram，新聞不漏接！")).toBeNull();
    expect(clean("林小文")).toBe("林小文");
  });
});
