/**
 * schema.org microdata: an `itemprop=author` belongs to the item of the nearest `itemscope` above it. Inside a
 * photo's, a video's, a comment's or a reader's review item, or a page region (WPSideBar, WPFooter), it is not the
 * article's author (invented pages). A review site whose article is itself typed Review keeps its author.
 */
import { describe, expect, it } from "vitest";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const BODY = paragraph("The lighthouse keepers' association restored the old lamp room and opened it to visitors on weekends.");
const page = (body: string) => metadataOf({ title: "Lamp room reopens", body, url: "https://coast-news.example/lamp-room" });
const AUTHOR = (name: string) => `<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">${name}</span></span>`;

describe("itemprop=author inside another item", () => {
  it("does not take a photo's creator for the article's author", () => {
    const m = page(`<h1>Lamp room reopens</h1><div itemscope itemtype="https://schema.org/ImageObject"><img src="lamp.jpg" alt=""><span>Photo by ${AUTHOR("Pelle Orvik")}</span></div>${BODY}`);
    expect(m.author).toBeNull();
  });

  it("does not take a reader's comment or review for the article's author", () => {
    const comment = `<div itemscope itemtype="http://schema.org/Comment"><p>Lovely to see it open again.</p>${AUTHOR("Rut Halvorsen")}</div>`;
    expect(page(`<h1>Lamp room reopens</h1>${BODY}${comment}`).author).toBeNull();
    const review = `<div itemscope itemtype="http://schema.org/Review"><p>Worth the climb.</p>${AUTHOR("Rut Halvorsen")}</div>`;
    expect(page(`<h1>Lamp room reopens</h1>${BODY}${review}`).author).toBeNull();
  });

  it("does not take an author in a page region marked up as one", () => {
    const sidebar = `<div itemscope itemtype="https://schema.org/WPSideBar"><h3>Our writers</h3>${AUTHOR("Rut Halvorsen")}</div>`;
    expect(page(`<h1>Lamp room reopens</h1>${BODY}${sidebar}`).author).toBeNull();
  });

  it("keeps the author of the article's own item, whatever its type", () => {
    const article = `<div itemscope itemtype="https://schema.org/Article"><h1>Lamp room reopens</h1>By ${AUTHOR("Pelle Orvik")}${BODY}</div>`;
    expect(page(article).author).toBe("Pelle Orvik");
    // a review site's article typed Review, holding the text
    const review = `<div itemscope itemtype="http://data-vocabulary.org/Review"><span class="title">Lamp room reopens</span>${BODY.repeat(5)}<span class="author">${AUTHOR("Pelle Orvik")}</span></div>`;
    expect(page(review).author).toBe("Pelle Orvik");
  });
});

describe("the publisher in the author field", () => {
  it("drops a declared author that is one of the names the page gives itself, not only og:site_name", () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", headline: "Lamp room reopens", author: { "@type": "Organization", name: "Coastal Heritage Trust" }, publisher: { "@type": "Organization", name: "Coastal Heritage Trust" } })}</script>`;
    const m = metadataOf({
      head: `<meta property="og:site_name" content="Coast News">${ld}`,
      body: `<h1>Lamp room reopens</h1>${BODY}<footer>Coastal Heritage Trust</footer>`,
      url: "https://coast-news.example/lamp-room",
    });
    expect(m.author).toBeNull();
  });
});
