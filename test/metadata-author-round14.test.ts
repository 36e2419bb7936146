/**
 * Authors (invented pages): an author property that belongs to another schema.org item than the
 * article, an author declared only in a microdata `content` attribute, the byline's middle names and initials beside a
 * shorter declared name, author-box buttons, and the network's section credit after a writer's name. Each family has a
 * keep-test: the real byline the rule must leave alone.
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const SENTENCE = "The harbour board agreed to dredge the old ferry channel before the autumn storms arrive on the coast.";
const TEXT = paragraph(SENTENCE, 8);
const H1 = "<h1>The ferry channel will be dredged</h1>";
const URL_ = "https://harbour-gazette.example/channel";
const TITLE = "The ferry channel will be dredged | Harbour Gazette";
const SITE = `<meta property="og:site_name" content="Harbour Gazette">`;
const page = (body: string, head = SITE) => metadataOf({ title: TITLE, url: URL_, head, body });
const ARTICLE_ITEM = `itemscope itemtype="https://schema.org/NewsArticle"`;
const PAGE_ITEM = `itemscope itemtype="https://schema.org/WebPage"`;
const PERSON = `itemscope itemtype="https://schema.org/Person"`;

describe("an author property of another item than the article", () => {
  it("does not take the author of an item beside the article item (a related post)", () => {
    const body = `<article ${ARTICLE_ITEM}>${H1}${TEXT}</article>
      <div class="more" itemscope itemtype="https://schema.org/CreativeWork"><b itemprop="name">Tides and the old pier</b>
      <span itemprop="author" ${PERSON}><span itemprop="name">Mira Castellane</span></span></div>`;
    expect(page(body).author).toBeNull();
  });

  it("keeps the author of the page item that holds the article item", () => {
    const body = `<div ${PAGE_ITEM}><article ${ARTICLE_ITEM}>${H1}${TEXT}</article>
      <div class="box">Written by <span itemprop="author" ${PERSON}><span itemprop="name">Mira Castellane</span></span></div></div>`;
    expect(page(body).author).toBe("Mira Castellane");
  });

  it("keeps the author property inside the article item", () => {
    const body = `<div ${PAGE_ITEM}><article ${ARTICLE_ITEM}>${H1}<p class="meta">By <span itemprop="author" ${PERSON}><span itemprop="name">Mira Castellane</span></span></p>${TEXT}</article></div>`;
    expect(page(body).author).toBe("Mira Castellane");
  });

  it("keeps an author property that belongs to no item at all (themes that mark up only part of the page)", () => {
    const body = `<article ${ARTICLE_ITEM}>${H1}${TEXT}</article><p class="meta">Written by <span itemprop="author">Mira Castellane</span></p>`;
    expect(page(body).author).toBe("Mira Castellane");
  });

  it("leaves the property alone on pages with no article item", () => {
    const body = `<div ${PAGE_ITEM}>${H1}<p>By <span itemprop="author">Mira Castellane</span></p>${TEXT}</div>`;
    expect(page(body).author).toBe("Mira Castellane");
  });
});

describe("an author declared only in a microdata content attribute", () => {
  it("is weighed as a declared author: a one-word account with no byline is dropped", () => {
    // the word is printed, as a menu link, but never as a byline
    const body = `<nav><a href="/marketing">Marketing</a></nav><article ${ARTICLE_ITEM}>${H1}<div itemprop="author" ${PERSON}><meta itemprop="name" content="Marketing"></div>${TEXT}</article>`;
    expect(page(body).author).toBeNull();
  });

  it("keeps a whole name the page prints", () => {
    const body = `<article ${ARTICLE_ITEM}>${H1}<div itemprop="author" ${PERSON}><meta itemprop="name" content="Mira Castellane"></div>${TEXT}<p>Mira Castellane covers the port.</p></article>`;
    expect(page(body).author).toBe("Mira Castellane");
  });

  it("keeps a one-word name the page prints as the byline's text", () => {
    const body = `<article ${ARTICLE_ITEM}>${H1}<p class="meta">von <span itemprop="author">quillmaker</span></p>${TEXT}</article>`;
    expect(page(body).author).toBe("quillmaker");
  });
});

describe("the byline's fuller form of a declared name", () => {
  const ld = (name: string) => `${SITE}<script type="application/ld+json">{"@type":"NewsArticle","headline":"The ferry channel will be dredged","author":{"@type":"Person","name":"${name}"}}</script>`;

  it("takes the middle initial or middle name the byline prints", () => {
    expect(page(`<article>${H1}<div class="byline">By Mira J. Castellane</div>${TEXT}</article>`, ld("Mira Castellane")).author).toBe("Mira J. Castellane");
    expect(page(`<article>${H1}<div class="byline">By Mira Louise Castellane</div>${TEXT}</article>`, ld("Mira Castellane")).author).toBe("Mira Louise Castellane");
  });

  it("keeps the declared name when the byline adds words after it, or words in capitals", () => {
    expect(page(`<article>${H1}<div class="byline">By Mira Castellane Ortega</div>${TEXT}</article>`, ld("Mira Castellane")).author).toBe("Mira Castellane");
    expect(page(`<article>${H1}<div class="byline">By Mira PORT Castellane</div>${TEXT}</article>`, ld("Mira Castellane")).author).toBe("Mira Castellane");
  });

  it("does not take an author box's button as part of the name", () => {
    expect(page(`<article>${H1}${TEXT}<div class="author-box">Mira Castellane Weitere Beiträge</div></article>`, ld("Mira Castellane")).author).toBe("Mira Castellane");
    expect(cleanAuthor(["Mira Castellane Weitere Beiträge"])).toBe("Mira Castellane");
    expect(cleanAuthor(["Mira Castellane More posts"])).toBe("Mira Castellane");
  });
});

describe("the network's section credit after the writer", () => {
  it("drops the site's name with a section word after the writer's name", () => {
    expect(cleanAuthor(["Mira Castellane, Harbour Gazette Business"], "Harbour Gazette")).toBe("Mira Castellane");
    expect(cleanAuthor(["Mira Castellane, Harbour Gazette Sport"], "Harbour Gazette")).toBe("Mira Castellane");
  });

  it("keeps a co-author, and a section word after another outlet's name", () => {
    expect(cleanAuthor(["Mira Castellane, Tomas Berglund"], "Harbour Gazette")).toBe("Mira Castellane, Tomas Berglund");
    expect(cleanAuthor(["Mira Castellane, Lina Sport"], "Harbour Gazette")).toBe("Mira Castellane, Lina Sport");
  });
});

describe("a writer's page linked by a relative address", () => {
  it("reads the site's own account behind a relative author link as its byline", () => {
    const body = `<article>${H1}<div class="publication">12 June 2019, par <span class="vcard author"><a class="url fn" href="auteur/harbour-gazette">Harbour Gazette</a></span></div>${TEXT}</article>`;
    expect(page(body).author).toBe("Harbour Gazette");
  });

  it("still drops the site's name behind a link to any other page", () => {
    const body = `<article>${H1}<div class="publication">12 June 2019, par <span class="vcard author"><a class="url fn" href="rubrique/harbour-gazette">Harbour Gazette</a></span></div>${TEXT}</article>`;
    expect(page(body).author).toBeNull();
  });
});

describe("a writer's profile by handle", () => {
  it("reads a byline whose link, with the writer's picture in it, leads to a profile by handle", () => {
    const body = `<article>${H1}<div class="meta"><a href="https://harbour-gazette.example/@mira-castellane?source=post"><img src="/m.jpg" alt=""><span class="author">Mira Castellane</span></a></div>${TEXT}</article>`;
    expect(page(body).author).toBe("Mira Castellane");
  });

  it("still takes a byline inside a link to another story, with its picture, as that story's", () => {
    const body = `<article>${H1}${TEXT}<a href="https://harbour-gazette.example/2020/new-pier"><img src="/p.jpg" alt=""><span class="author">Mira Castellane</span></a></article>`;
    expect(page(body).author).toBeNull();
  });
});

describe("keep-tests: profiles and author links that are no writer's page", () => {
  it("does not take a profile by handle on another host as the writer's page (a social network card, an expert box)", () => {
    const expert = `<article>${H1}${TEXT}<div class="expert"><a href="https://www.threads.example/@olindqvale"><img src="/o.jpg" alt=""><span class="author">Oskar Lindqvale</span></a> is a marine biologist.</div></article>`;
    expect(page(expert).author).toBeNull();
    const embed = `<article>${H1}${TEXT}<div class="social-embed"><a href="https://social.example/@olindqvale"><img class="avatar" src="/o.jpg" alt=""><span class="author">Oskar Lindqvale</span></a><p>The dredging is a scandal.</p></div></article>`;
    expect(page(embed).author).toBeNull();
  });

  it("still reads a profile by handle on the page's own site, relative or on a subdomain", () => {
    const relative = `<article>${H1}<div class="meta"><a href="/@olindqvale"><img src="/o.jpg" alt=""><span class="author">Oskar Lindqvale</span></a></div>${TEXT}</article>`;
    expect(page(relative).author).toBe("Oskar Lindqvale");
    const subdomain = `<article>${H1}<div class="meta"><a href="https://blog.harbour-gazette.example/@olindqvale"><img src="/o.jpg" alt=""><span class="author">Oskar Lindqvale</span></a></div>${TEXT}</article>`;
    expect(page(subdomain).author).toBe("Oskar Lindqvale");
  });

  it("keeps an author property inside a Person or untyped item within the article item", () => {
    const person = `<article ${ARTICLE_ITEM}>${H1}<span ${PERSON}><a href="/oskar" itemprop="author">Oskar Lindqvale</a></span>${TEXT}</article>`;
    expect(page(person).author).toBe("Oskar Lindqvale");
    const untyped = `<article ${ARTICLE_ITEM}>${H1}<div itemscope><span itemprop="author">Oskar Lindqvale</span></div>${TEXT}</article>`;
    expect(page(untyped).author).toBe("Oskar Lindqvale");
  });

  it("keeps a desk's byline on its own: the site's name and a section word with no writer before it", () => {
    expect(cleanAuthor(["Harbour Gazette Sport"], "Harbour Gazette")).toBe("Harbour Gazette Sport");
    expect(cleanAuthor(["Mira Castellane, Harbour Gazette Sport"], "Harbour Gazette")).toBe("Mira Castellane");
  });
});
