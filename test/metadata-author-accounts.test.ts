/**
 * A one-word author declared in the page's metadata (invented pages): kept when the page prints it as a byline
 * (a byline element, a byline word before it), dropped when the page shows it only as a menu link or in running
 * text (the CMS account that filed the page); two-word declared names are not touched by this rule.
 */
import { describe, expect, it } from "vitest";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const PARA = paragraph("The allotment society meets on the first Monday of the month to plan the spring planting and the shed repairs.", 5);
const page = (head: string, body: string) => metadataOf({ head, body, url: "https://allotments.example.org/news/spring" });
const metaAuthor = (name: string) => `<meta name="author" content="${name}">`;

describe("a one-word declared author", () => {
  it("is dropped when the page shows it only as a menu link", () => {
    const m = page(metaAuthor("Gartenteam"), `<ul class="links"><li><a href="/team">Gartenteam</a></li></ul><h1>Spring planting plans</h1>${PARA}`);
    expect(m.author).toBeNull();
    expect(m.authorRejected).toBe("one-word account");
  });

  it("is kept when a byline word shows it", () => {
    const m = page(metaAuthor("Gartenteam"), `<h1>Spring planting plans</h1><p>Posted by Gartenteam</p>${PARA}`);
    expect(m.author).toBe("Gartenteam");
  });

  it("is kept when a byline element holds it", () => {
    const m = page(metaAuthor("Gartenteam"), `<h1>Spring planting plans</h1><span class="author-name">Gartenteam</span>${PARA}`);
    expect(m.author).toBe("Gartenteam");
  });

  it("leaves a declared full name shown in the text alone", () => {
    const m = page(metaAuthor("Ilse Brandauer"), `<h1>Spring planting plans</h1>${PARA}<p>Ilse Brandauer chairs the society.</p>`);
    expect(m.author).toBe("Ilse Brandauer");
  });
});

describe("an author line the cleaner removed", () => {
  const doc = (cls: string) =>
    `<html><body><div class="post"><h1>Spring planting plans</h1>${PARA}${PARA}<div class="${cls}"><p>Piet Vandersloot, allotment holder</p></div></div></body></html>`;
  it("is the byline when its box is the post's author box", async () => {
    const { extractHtml } = await import("../stages/clean/html.ts");
    expect(extractHtml(doc("post-author-name"), {}).meta.author).toBe("Piet Vandersloot");
  });
  it("is not the byline when its box is a comment's (a reader who commented)", async () => {
    const { extractHtml } = await import("../stages/clean/html.ts");
    expect(extractHtml(doc("comment-author-name"), {}).meta.author).toBeNull();
  });
});
