/**
 * Guards on the bracketed-title, test-hook, glued-button and role rules (invented pages and names): comment lists and
 * story boxes named only by test hooks hide their names, real names with an inner capital stay whole, a lone video or
 * graphics credit stays the writer, a state class on the article's wrapper hides nothing.
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { withoutGluedInterface } from "../stages/clean/html/glued-interface.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";
import { expectAuthors } from "./helpers/author-rows.ts";

const BODY = paragraph("The ferry guild repainted its oldest boat and took the first passengers across the fjord at dawn.", 8);
const HEAD = "Old ferry sails again";
const page = (body: string, head = "") => metadataOf({ title: HEAD, head, body, url: "https://fjordline-post.example/ferry" });

describe("comment lists and story boxes named only by test hooks", () => {
  it("reads no author from a comment list marked by data-testid", () => {
    const html = `<article><h1>${HEAD}</h1>${BODY}</article><section class="css-a1" data-testid="comments"><div data-testid="comment"><span data-testid="comment-author">Sindre Halvorsrud</span><p>Lovely boat.</p></div></section>`;
    expect(page(html).author).toBeNull();
  });

  it("reads no author from a related-stories box marked by data-testid or data-qa", () => {
    for (const hook of [`data-testid="related-stories"`, `data-qa="relatedStories"`, `data-component="most-read"`]) {
      const html = `<article><h1>${HEAD}</h1>${BODY}<section class="css-b2" ${hook}><a href="/bridges">Bridge toll lifted</a><span data-testid="card-author">Sindre Halvorsrud</span></section></article>`;
      expect(page(html).author, hook).toBeNull();
    }
  });

  it("still reads the article's byline marked by a test hook", () => {
    expect(page(`<article><h1>${HEAD}</h1><div class="css-c3" data-testid="article-byline">By Sindre Halvorsrud</div>${BODY}</article>`).author).toBe("Sindre Halvorsrud");
  });

  it("keeps the byline inside a wrapper whose class is a state ('is-trending')", () => {
    expect(page(`<div class="is-trending"><article><h1>${HEAD}</h1><div class="byline">By Sindre Halvorsrud</div>${BODY}</article></div>`).author).toBe("Sindre Halvorsrud");
  });
});

describe("names whose last word has an inner capital", () => {
  it("keeps a pinyin syllable or a surname particle before a button-like word", () => {
    expectAuthors(withoutGluedInterface, [
      ["Liu YuXing", "Liu YuXing"],
      ["Wang ZhiXing", "Wang ZhiXing"],
      ["Ann DeLink", "Ann DeLink"],
      ["Jean LeMail", "Jean LeMail"],
      ["Ann McFollow", "Ann McFollow"],
      ["Ann MacPrint", "Ann MacPrint"],
      ["Anna VanMerken", "Anna VanMerken"],
      ["Ann LeeLink", "Ann LeeLink"],
      ["Ann LeeSharePrint", "Ann Lee"],
      ["Ann LeeLinkCopy", "Ann Lee"],
      ["Ann LeeShare", "Ann Lee"],
    ]);
  });

  it("never cuts a declared author, and keeps it when the page prints it", () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${HEAD}","author":{"@type":"Person","name":"Liu YuXing"}}</script>`;
    expect(page(`<article><h1>${HEAD}</h1>${BODY}<p>Liu YuXing reported from the harbour.</p></article>`, ld).author).toBe("Liu YuXing");
    expect(cleanAuthor(["Ann LeeSharePrint"], null)).toBe("Ann LeeSharePrint");
    expect(cleanAuthor(["By Ann LeeSharePrint"], null, { handles: true, byline: true })).toBe("Ann Lee");
  });

  it("keeps a surname with a glued particle that opens the byline", () => {
    expect(page(`<article><h1>${HEAD}</h1><p class="byline">VonDrehle</p>${BODY}</article>`).author).not.toBe("Drehle");
  });
});

describe("roles and other credits in one byline field", () => {
  it("keeps a video reporter or graphics desk credited alone, and drops them beside a writer", () => {
    expectAuthors((x) => cleanAuthor([x], null, { handles: true, byline: true }), [
      ["By Ann Lee (Video)", "Ann Lee"],
      ["Ann Lee (Grafik)", "Ann Lee"],
      ["Bo Ek, Ann Lee (Video)", "Bo Ek"],
      ["Ann Lee (Foto)", null],
    ]);
  });

  it("reads the writer after the editor who updated the story", () => {
    expectAuthors((x) => cleanAuthor([x], null, { handles: true, byline: true }), [
      ["Updated by Bo Ek | By Ann Lee", "Ann Lee"],
      ["Updated by Bo Ek — Written by Ann Lee", "Ann Lee"],
      ["Aktualisiert von Bo Ek | Von Ann Lee", "Ann Lee"],
    ]);
  });

  it("cuts the writer's text-and-pictures role before a co-author and in either order", () => {
    expectAuthors((x) => cleanAuthor([x], null, { handles: true, byline: true }), [
      ["Ann Lee (Text und Fotos) und Bo Ek (Text)", "Ann Lee, Bo Ek"],
      ["Ann Lee (Fotos und Text)", "Ann Lee"],
    ]);
  });
});

describe("a declared author named under a press office's label", () => {
  it("drops the person whose label stands further up the same contact block", () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${HEAD}","author":{"@type":"Person","name":"Sindre Halvorsrud"}}</script>`;
    const tail = `<p>Pressekontakt:<br>Fjordline Ferry Guild Western Region GmbH<br>Abteilung Kommunikation<br>Sindre Halvorsrud<br>Tel. +49 40 555 0100</p>`;
    expect(page(`<article><h1>${HEAD}</h1>${BODY}${tail}</article>`, ld).author).toBeNull();
  });
});
