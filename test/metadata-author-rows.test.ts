/**
 * Byline rows and the stories beside the article (invented pages): a teaser line whose link holds another story's
 * byline, a post list marked up as article items, a byline element printed as several blocks (the names, then the
 * outlet or the place), byline words of more languages, and the relative time a byline row prints after the name.
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";
import { authorField, expectAuthors, readRows } from "./helpers/author-rows.ts";

const BODY = paragraph("The ferry board agreed to add a late crossing on Fridays after commuters asked for one all winter long.");
const page = (body: string, lang = "en") => metadataOf({ lang, title: "Late ferry added", body, url: "https://harbour-times.example/late-ferry" });

describe("bylines of other stories on the page", () => {
  it("does not take the byline inside a teaser link of a 'most read' list", () => {
    const teaser = (title: string, name: string) =>
      `<p><a href="/article/${title.length}">${title} <small>(<span class="vcard author">${name}</span>, News)</small></a></p>`;
    const list = `<div>${teaser("Harbour dredging delayed until spring again", "Rut Halvorsen")}${teaser("New pier lights switched on at last", "Pelle Orvik")}</div>`;
    expect(page(`<h1>Late ferry added</h1>${BODY}${list}`).author).toBeNull();
  });

  it("keeps a byline linked to the author's page", () => {
    expect(page(`<h1>Late ferry added</h1><div class="byline">By <a href="/author/rut-halvorsen"><span class="author">Rut Halvorsen</span></a></div>${BODY}`).author).toBe("Rut Halvorsen");
  });

  it("does not take the author of another post item when the page lists several", () => {
    const item = (name: string) =>
      `<div itemscope itemtype="https://schema.org/BlogPosting"><h3>Another post</h3><p>A short teaser.</p><span itemprop="author">${name}</span></div>`;
    expect(page(`<h1>Late ferry added</h1>${BODY}<aside>${item("Rut Halvorsen")}${item("Pelle Orvik")}</aside>`).author).toBeNull();
  });

  it("keeps the author of the one post item that holds the headline", () => {
    const own = `<div itemscope itemtype="https://schema.org/BlogPosting"><h1>Late ferry added</h1>By <span itemprop="author">Rut Halvorsen</span>${BODY}</div>`;
    const other = `<div itemscope itemtype="https://schema.org/BlogPosting"><h3>Another post</h3><span itemprop="author">Pelle Orvik</span></div>`;
    expect(page(`${own}${other}`).author).toBe("Rut Halvorsen");
  });
});

describe("a byline element printed as several blocks", () => {
  it("reads the names on the first line and leaves the outlet on the next", () => {
    const byline = `<div class="story-byline"><div>By RUT HALVORSEN and PELLE ORVIK</div><div>Harbour Wire Service</div></div>`;
    expect(page(`<h1>Late ferry added</h1>${byline}${BODY}`).author).toBe("Rut Halvorsen, Pelle Orvik");
  });

  it("leaves the reporter's place on the next line", () => {
    const byline = `<p class="byline">By Rut Halvorsen<br>Em São Paulo</p>`;
    expect(page(`<h1>Late ferry added</h1>${byline}${BODY}`).author).toBe("Rut Halvorsen");
  });

  it("still reads a list of names, one block each", () => {
    const byline = `<ul class="authors"><li>Rut Halvorsen</li><li>Pelle Orvik</li></ul>`;
    expect(page(`<h1>Late ferry added</h1>${byline}${BODY}`).author).toBe("Rut Halvorsen, Pelle Orvik");
  });
});

describe("byline words and row debris in more languages", () => {
  it("does not take a news section's name in the author slot for a person", () => {
    expect(page(`<h1>Late ferry added</h1><div class="author">Internacional</div><p>AP - 16/05/2020</p>${BODY}`, "es").author).toBeNull();
    expect(cleanAuthor(["Politik"])).toBeNull();
    expect(cleanAuthor(["Rut Halvorsen"])).toBe("Rut Halvorsen");
  });

  it("reads 'Piše:' and 'Szerző:' as byline labels", () => {
    expect(page(`<h1>Late ferry added</h1><div class="author-text">Piše: R. Halvorsen</div>${BODY}`, "bs").author).toBe("R. Halvorsen");
    expect(cleanAuthor(["Szerző: Halvorsen Rut"])).toBe("Halvorsen Rut");
  });

  it("does not take a CMS role account with a prefix or a number for a person", () => {
    const byline = (name: string) => page(`<h1>Late ferry added</h1><div class="byline">By <span class="author">${name}</span></div>${BODY}`).author;
    expectAuthors(byline, [
      ["hhadmin", null],
      ["editor2", null],
      // a user name that only holds the letters stays ("badminton_fan"), and so does a person's handle
      ["badminton_fan", "badminton_fan"],
      ["rhalvorsen", "rhalvorsen"],
    ]);
  });

  it("reads a job title after the comma as the name's title, not as a co-author", () => {
    expect(cleanAuthor(["Rut Halvorsen, Ap Harbour Writer"])).toBe("Rut Halvorsen");
    expect(cleanAuthor(["Rut Halvorsen, Pelle Orvik"])).toBe("Rut Halvorsen, Pelle Orvik");
  });

  it("drops how long ago the piece went up after the name", () => {
    expectAuthors(authorField(), [
      ["Rut Halvorsen 5 hours ago", "Rut Halvorsen"],
      ["Rut Halvorsen vor 3 Stunden", "Rut Halvorsen"],
      ["R. Halvorsen prije 26 minuta", "R. Halvorsen"],
      // other digits still make a part no name
      ["Rut Halvorsen 2020", null],
    ]);
  });
});

describe("the author-rows table helper", () => {
  it("reads the rows after one whose reader throws, and reports that row with its input", () => {
    const read = (input: string) => {
      if (input === "Ferry Desk") throw new Error("no such desk");
      return input.toUpperCase();
    };
    const r = readRows(read, [["Ferry Desk", null], ["Tove Arnhem", "TOVE ARNHEM"]]);
    expect(r[0].input).toBe("Ferry Desk");
    expect((r[0].error as Error).message).toBe("no such desk");
    expect(r[1]).toEqual({ input: "Tove Arnhem", author: "TOVE ARNHEM", got: "TOVE ARNHEM" });
  });
  it("fails on an empty table, which would check nothing", () => {
    expect(() => expectAuthors(authorField(), [])).toThrow(/checks nothing/);
  });
});
