/**
 * How an author field joins several people and what trails the names (invented names): "with" between two whole names,
 * the CJK enumeration comma, connectors set in capitals, "for" before the site's own name, a day with its month's name
 * after the name, the reading time of a byline row, a desk, an executive's title, a degree or "Special to …" after the
 * name; byline elements named in more languages; and what must stay one name or no name at all.
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";
import { expectAuthors } from "./helpers/author-rows.ts";

const clean = (s: string) => cleanAuthor([s], "Harbour Times", { handles: true });
const declared = (s: string) => cleanAuthor([s], "Harbour Times");
const BODY = paragraph("The ferry board agreed to add a late crossing on Fridays after commuters asked for one all winter long.");
const page = (body: string, lang = "en") => metadataOf({ lang, title: "Late ferry added", body, url: "https://harbour-times.example/late-ferry" }).author;

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
    expectAuthors(clean, [
      ["MAREN SOLBERG AND TOR LUNDE", "Maren Solberg, Tor Lunde"],
      ["JEANNE ROUX ET PAUL VIDAL", "Jeanne Roux, Paul Vidal"],
      ["MAREN E SOLBERG", "Maren E Solberg"],
    ]);
  });

  it("drops 'for' with the site's name after the last co-author", () => {
    expect(clean("Maren Solberg and Tor Lunde for Harbour Times")).toBe("Maren Solberg, Tor Lunde");
  });
});

describe("what trails the names", () => {
  it("cuts a day printed with its month's name, in several languages, with its label", () => {
    expectAuthors(clean, [
      ["Maren Solberg 12. März 2021", "Maren Solberg"],
      ["Maren Solberg March 12, 2021", "Maren Solberg"],
      ["Maren Solberg, 4th May 2021", "Maren Solberg"],
      ["Maren Solberg 12 de marzo de 2021", "Maren Solberg"],
      ["Maren SolbergPublished 3rd Nov 2021, 09:25 GMT", "Maren Solberg"],
      ["Maren Solberg Last updated June 2, 2021", "Maren Solberg"],
    ]);
  });

  it("keeps a word that only looks like a date's neighbour, and gives no name for a bare update stamp", () => {
    expectAuthors(clean, [
      ["Maren Mayfield", "Maren Mayfield"],
      ["Last Updated: January 7, 2021", null],
      ["Court ReporterPublished 3rd Nov 2021, 09:25 GMT", null],
    ]);
  });

  it("cuts the reading time of the byline row", () => {
    expectAuthors(clean, [
      ["Maren Solberg · 5 min read", "Maren Solberg"],
      ["Maren Solberg 4 Min. Lesezeit", "Maren Solberg"],
      ["Maren Solberg | Lesezeit: 6 Minuten", "Maren Solberg"],
    ]);
  });
});

describe("text in a script without letter case", () => {
  it("reads a notice mixing CJK and Latin letters or sentence punctuation as no name", () => {
    expect(clean("歡迎投書。 加入我們的Telegram，新聞不漏接！")).toBeNull();
    expect(clean("林小文")).toBe("林小文");
  });
});

describe("a role, a desk or a degree after the name", () => {
  it("cuts the writer's desk after a dash or in brackets", () => {
    expect(clean("Maren Solberg (Redaktion)")).toBe("Maren Solberg");
    expect(clean("Por Maren Solberg - Redacción")).toBe("Maren Solberg");
  });

  it("cuts an executive's title, a freelancer's credit line, a dotted degree and an agency after a dash", () => {
    expectAuthors(clean, [
      ["Maren Solberg, CEO", "Maren Solberg"],
      ["Maren Solberg, CFO of Example Boats Ltd", "Maren Solberg"],
      ["Maren Solberg, Special to The Harbour Post", "Maren Solberg"],
      ["Maren Solberg, B.A.", "Maren Solberg"],
      ["Maren Solberg M.A.", "Maren Solberg"],
      ["Maren Solberg - Reuters", "Maren Solberg"],
      ["Maren Solberg – AFP", "Maren Solberg"],
      ["Maren Lunde-Solberg", "Maren Lunde-Solberg"],
    ]);
  });

  it("keeps a co-author after the comma", () => {
    expect(clean("Maren Solberg, Tor Lunde")).toBe("Maren Solberg, Tor Lunde");
  });
});

describe("byline elements named in more languages", () => {

  it("reads the byline from an element whose class is the author's or reporter's word", () => {
    expect(page(`<h1>Late ferry added</h1><div class="penulis">Rina Wulandari</div>${BODY}`, "id")).toBe("Rina Wulandari");
    expect(page(`<h1>Late ferry added</h1><span class="haber-yazar">Ayşe Demir</span>${BODY}`, "tr")).toBe("Ayşe Demir");
    expect(page(`<h1>Late ferry added</h1><p class="nota-periodista">Lucía Pardo</p>${BODY}`, "es")).toBe("Lucía Pardo");
  });

  it("gives no author when no element names one", () => {
    expect(page(`<h1>Late ferry added</h1><div class="lead">Rina Wulandari</div>${BODY}`, "id")).toBeNull();
  });
});

describe("the poster line with the date first", () => {

  it("reads the name after the date under the headline, in several languages", () => {
    expect(page(`<h1>Late ferry added</h1><div class="entry-meta">Posted on March 3, 2021 by Maren Solberg</div>${BODY}`)).toBe("Maren Solberg");
    expect(page(`<h1>Late ferry added</h1><p>Veröffentlicht am 3. März 2021 von Anna Lehmann</p>${BODY}`, "de")).toBe("Anna Lehmann");
    expect(page(`<h1>Late ferry added</h1><p>Publié le 3 mars 2021 par Anne Leroy</p>${BODY}`, "fr")).toBe("Anne Leroy");
    expect(page(`<h1>Late ferry added</h1><p>Posted 03/03/2021 at 10:15 by tor_l</p>${BODY}`)).toBe("tor_l");
    expect(page(`<h1>Late ferry added</h1><div class="entry-meta">Posted in Harbour News on March 3, 2021 by Maren Solberg</div>${BODY}`)).toBe("Maren Solberg");
  });

  it("ends the name with its block, and takes no lower-case phrase for a name", () => {
    expect(page(`<h1>Late ferry added</h1><p>Posted on March 3, 2021 by Maren Solberg</p><p>The Board met on Friday.</p>${BODY}`)).toBe("Maren Solberg");
    expect(page(`<h1>Late ferry added</h1><p>Posted on March 3, 2021 by the harbour board of the town</p>${BODY}`)).toBeNull();
  });

  it("takes none from a page without a headline that lists posts by several people", () => {
    const row = (name: string) => `<p>Posted on March 3, 2021 by ${name}</p><p>A short teaser of the post.</p>`;
    expect(page(`${row("Maren Solberg")}${row("Tor Lunde")}${BODY}`)).toBeNull();
  });
});

describe("a reviewer's or editor's credit beside the writer's", () => {
  it("gives no author for another role's credit alone", () => {
    expect(clean("Medically reviewed by Dr. Tor Lunde")).toBeNull();
    expect(clean("Fact checked by Tor Lunde")).toBeNull();
  });

  it("takes the writer from a row that credits the reviewer first", () => {
    expect(clean("Medically reviewed by Tor Lunde, MD — Written by Maren Solberg")).toBe("Maren Solberg");
    expect(page(`<h1>Late ferry added</h1><div class="byline">Medically reviewed by <a href="/reviewers/tl">Tor Lunde, MD</a></div><div class="byline">Written by <a href="/authors/ms">Maren Solberg</a></div>${BODY}`)).toBe("Maren Solberg");
  });
});
