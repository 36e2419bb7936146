/**
 * Two author families on invented pages: a byline's name run into its row's button labels with no space ("Ann
 * LeeSharePrint"), and a declared author whose only printed trace is an unlabelled contact line closing the story.
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { withoutGluedInterface } from "../stages/clean/html/glued-interface.ts";
import { extractHtml } from "../stages/clean/html.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";
import { expectAuthors } from "./helpers/author-rows.ts";

const BODY = paragraph("The orchard club pressed its first cider of the season and sold every bottle at the village fair by noon.", 8);

describe("button labels glued to the writer's name", () => {
  it("cuts share, print and follow labels run into the surname", () => {
    expectAuthors(withoutGluedInterface, [
      ["Maren Tollefsen", "Maren Tollefsen"],
      ["Maren TollefsenSharePrint", "Maren Tollefsen"],
      ["Maren TollefsenFollow", "Maren Tollefsen"],
      ["Maren TollefsenLinkedIn", "Maren Tollefsen"],
      ["Maren TollefsenTeilenDrucken", "Maren Tollefsen"],
    ]);
    expect(cleanAuthor(["Von Maren TollefsenEmailTwitter"], null, { handles: true, byline: true })).toBe("Maren Tollefsen");
  });

  it("keeps surnames with an inner capital and glued words that are not buttons", () => {
    expectAuthors(withoutGluedInterface, [
      ["Ewan McDonald", "Ewan McDonald"],
      ["Lucia DiMaggio", "Lucia DiMaggio"],
      ["Ewan McDonaldShare", "Ewan McDonald"],
      ["Maren TollefsenSharon", "Maren TollefsenSharon"],
      // a one-word account is left whole: its glued part may be the account's own name
      ["CiderShare", "CiderShare"],
    ]);
  });

  it("names the writer of a page whose byline row prints its buttons glued to the name", () => {
    const html = `<html><head><title>First cider of the season</title></head><body><article><h1>First cider of the season</h1><div class="article-byline"><span class="author-name">Maren Tollefsen</span><span class="tools">SharePrint</span></div>${BODY}</article></body></html>`;
    expect(extractHtml(html, { url: "https://orchard-gazette.example/cider" }).meta.author).toBe("Maren Tollefsen");
  });
});

describe("a declared author printed only in a contact line", () => {
  const ld = (name: string) =>
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"First cider of the season","author":{"@type":"Person","name":"${name}"}}</script>`;
  const page = (tail: string) =>
    metadataOf({ title: "First cider of the season", head: ld("Maren Tollefsen"), body: `<article><h1>First cider of the season</h1>${BODY}${tail}</article>`, url: "https://orchard-gazette.example/cider" });

  it("keeps the writer whose unlabelled contact line closes the story", () => {
    expect(page(`<p>Maren Tollefsen<br>Tel. 0471 556677<br>maren@orchard-gazette.example</p>`).author).toBe("Maren Tollefsen");
    expect(page(`<p>Maren Tollefsen, Tel. +47 471 55 66 77</p>`).author).toBe("Maren Tollefsen");
  });

  it("still drops a name printed only under a press contact's label", () => {
    expect(page(`<p>Pressekontakt: Maren Tollefsen, Tel. 0471 556677</p>`).author).toBeNull();
    expect(page(`<p>Media contact: Maren Tollefsen, phone +47 471 55 66 77</p>`).author).toBeNull();
  });
});

describe("bylines marked by component test hooks, glued byline words, more label forms", () => {
  const page = (byline: string) =>
    metadataOf({ title: "First cider of the season", body: `<article><h1>First cider of the season</h1>${byline}${BODY}</article>`, url: "https://orchard-gazette.example/cider" });

  it("reads a byline named only by a test-id attribute under hashed class names", () => {
    expect(page(`<div class="x7Qa" data-testid="authorName"><a class="k2Lm" href="/@mtollefsen">Maren Tollefsen</a></div>`).author).toBe("Maren Tollefsen");
    expect(page(`<div class="css-1q2w3e" data-qa="article-byline"><span class="css-9z8y">Maren Tollefsen</span></div>`).author).toBe("Maren Tollefsen");
  });

  it("parts a byline word printed in its own span from the name after it", () => {
    expect(page(`<div class="zq1" data-testid="story-byline"><span class="a1">By</span><span><a class="b2" href="/team/maren-tollefsen">Maren Tollefsen</a></span></div>`).author).toBe("Maren Tollefsen");
  });

  it("reads the gender-inclusive German author labels and the French 'Rédigé par'", () => {
    expect(page(`<p>Autor*in: Maren Tollefsen</p>`).author).toBe("Maren Tollefsen");
    expect(page(`<p>Autor:in: Maren Tollefsen</p>`).author).toBe("Maren Tollefsen");
    expect(page(`<p>Rédigé par Maren Tollefsen</p>`).author).toBe("Maren Tollefsen");
  });

  it("keeps a surname whose particle is glued to it", () => {
    expect(page(`<p class="byline">By Lucia DiMaggio</p>`).author).toBe("Lucia DiMaggio");
  });
});

describe("other credits and the outlet in a byline row", () => {
  const page = (byline: string, title = "First cider of the season - Orchard Gazette") =>
    metadataOf({ title, body: `<article><h1>First cider of the season</h1>${byline}${BODY}</article>`, url: "https://orchard-gazette.example/cider" });

  it("does not name the web editor of an 'Updated by' credit", () => {
    expect(page(`<div class="byline">Updated by Ivar Moen</div><div class="byline">By Maren Tollefsen</div>`).author).toBe("Maren Tollefsen");
    expect(cleanAuthor(["Maren Tollefsen, aktualisiert von Ivar Moen"], null, { handles: true, byline: true })).toBe("Maren Tollefsen");
  });

  it("drops the outlet the <title> names after the writer, keeps a co-writer", () => {
    expect(page(`<div class="byline">By Maren Tollefsen, Orchard Gazette</div>`).author).toBe("Maren Tollefsen");
    expect(page(`<div class="byline">By Maren Tollefsen, Ivar Moen</div>`).author).toBe("Maren Tollefsen, Ivar Moen");
    // a one-person site's owner named in the <title> stays a co-writer
    expect(page(`<div class="byline">By Maren Tollefsen, Ivar Moen</div>`, "First cider of the season | Ivar Moen").author).toBe("Maren Tollefsen, Ivar Moen");
  });
});

describe("an author link in a meta row with the post's category link", () => {
  const page = (row: string) =>
    metadataOf({ title: "First cider of the season", body: `<article><h1>First cider of the season</h1>${row}${BODY}</article>`, url: "https://orchard-gazette.example/cider" });

  it("names the writer the row links to, beside its date and category", () => {
    expect(page(`<div class="post-meta">3 March 2024 · <a href="/category/orchards">Orchards</a> · <a href="/author/maren-tollefsen/">Maren Tollefsen</a></div>`).author).toBe("Maren Tollefsen");
  });

  it("still reads no writer from a link in a sentence", () => {
    expect(page(`<p>Our reporter <a href="/author/maren-tollefsen/">Maren Tollefsen</a> visited the press house in the autumn rain.</p>`).author).toBeNull();
  });
});

describe("each contributor's role in brackets", () => {
  it("keeps the writer, not the photographer or illustrator", () => {
    expectAuthors((x) => cleanAuthor([x], null, { handles: true, byline: true }), [
      ["Von Maren Tollefsen (Text) und Ivar Moen (Fotos)", "Maren Tollefsen"],
      ["Maren Tollefsen, Ivar Moen (Illustration)", "Maren Tollefsen"],
      ["Maren Tollefsen (Text und Fotos)", "Maren Tollefsen"],
      ["Maren Tollefsen (Text), Ivar Moen (Text)", "Maren Tollefsen, Ivar Moen"],
      ["Ivar Moen (Foto)", null],
    ]);
  });
});

describe("a box of other stories named with a namespace or the article's part", () => {
  const page = (inner: string) =>
    metadataOf({ title: "First cider of the season", body: `<article><h1>First cider of the season</h1>${inner}</article>`, url: "https://orchard-gazette.example/cider" });

  it("reads no writer from an inline read-also box's teaser byline", () => {
    for (const cls of ["inline-related", "c-related", "article-recommendations", "post-most-read"]) {
      expect(page(`${BODY}<div class="${cls}"><a href="/pears">Pear harvest begins</a> <span class="byline">By Ivar Moen</span></div>${BODY}`).author, cls).toBeNull();
    }
  });

  it("still reads the article's own byline beside such a box", () => {
    expect(page(`<p class="byline">By Maren Tollefsen</p>${BODY}<div class="inline-related"><a href="/pears">Pear harvest begins</a> <span class="byline">By Ivar Moen</span></div>`).author).toBe("Maren Tollefsen");
  });
});
