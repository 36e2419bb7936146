/**
 * Names a page prints that are not its article's author (invented pages): a byline row that holds only its share and
 * print buttons, a list of readers' reviews, the links to the previous and next post, a blog's or a section's list of
 * post teasers under its <h1>, and a declared author the page prints only as a contact in its footer. Each family has
 * a guard that keeps the real byline of the same shape.
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { metadataOf, pageHtml, paragraph } from "./helpers/html-page.ts";
import { extractHtml } from "../stages/clean/html.ts";

const BODY = paragraph("The valley's cider press reopened after a winter of repairs, and the orchard owners brought their first apples on Saturday.");
const H1 = "<h1>Cider press reopens in the valley</h1>";
const page = (body: string, head = "") =>
  metadataOf({ title: "Cider press reopens in the valley | Valley Courier", head: `<meta property="og:site_name" content="Valley Courier">${head}`, body, url: "https://valley-courier.example/2022/04/cider-press" });

describe("a byline row that prints only its buttons", () => {
  it("gives no author for share, print and follow labels", () => {
    expect(page(`${H1}<div class="byline"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">E-mail</a></div>${BODY}`).author).toBeNull();
    expect(page(`${H1}<div class="article-author"><a href="#">Teilen</a> <a href="#">Drucken</a></div>${BODY}`).author).toBeNull();
    expect(page(`${H1}<span class="author">tweet</span>${BODY}`).author).toBeNull();
  });

  it("keeps the name beside the buttons", () => {
    expect(page(`${H1}<div class="byline">By <a href="/author/ines-marlow">Ines Marlow</a></div><div class="share"><a href="#">Share</a></div>${BODY}`).author).toBe("Ines Marlow");
  });

  it("cuts the buttons after the name and a Follow before it, keeping a surname that is a button word", () => {
    expect(cleanAuthor(["By Ines Marlow Share Tweet"], null, { byline: true })).toBe("Ines Marlow");
    expect(cleanAuthor(["Follow Ines Marlow"], null, { byline: true })).toBe("Ines Marlow");
    expect(cleanAuthor(["Ines Link"], null, { byline: true })).toBe("Ines Link");
  });
});

describe("a list of readers' reviews", () => {
  it("does not take a reviewer for the author", () => {
    const reviews = `<section class="customer-reviews"><h3>Reviews</h3><div class="review-item"><p class="review-author">Tobit Farran</p><p>Lovely trip, we will come back.</p></div></section>`;
    expect(page(`<main>${H1}${BODY}${reviews}</main>`).author).toBeNull();
    // microdata without an item type around it
    const md = `<div class="reviews"><div><span itemprop="author">Tobit Farran</span><p>Five stars for the guided tour.</p></div></div>`;
    expect(page(`<main>${H1}${BODY}${md}</main>`).author).toBeNull();
  });

  it("keeps a critic's byline on a review page, and a review list that holds the headline", () => {
    expect(page(`<main>${H1}<p class="review-author">By Ines Marlow</p>${BODY}</main>`).author).toBe("Ines Marlow");
    expect(page(`<div class="reviews-layout">${H1}<p class="byline">By Ines Marlow</p>${BODY}</div>`).author).toBe("Ines Marlow");    // a BEM "reviews" component's author part and a single review card are the critic's byline
    expect(page(`<main><h1>Film review: The orchard at dusk</h1><div class="c-reviews__author">Ines Marlow</div>${BODY}</main>`).author).toBe("Ines Marlow");
    expect(page(`<main>${H1}<div class="review-card"><span class="author">Ines Marlow</span>${BODY}</div></main>`).author).toBe("Ines Marlow");
  });
});

describe("the links to the previous and next post", () => {
  it("does not take the other post's author", () => {
    const nav = `<div class="post-navigation"><a href="/2022/03/orchard-walk">Previous: A spring walk through the orchards</a> by <span itemprop="author">Tobit Farran</span></div>`;
    expect(page(`<article>${H1}${BODY}</article>${nav}`).author).toBeNull();
  });

  it("keeps the article's own byline above them", () => {
    const nav = `<nav class="post-nav"><a href="/2022/03/orchard-walk">A spring walk through the orchards</a></nav>`;
    expect(page(`<article>${H1}<p class="byline">By <span itemprop="author">Ines Marlow</span></p>${BODY}</article>${nav}`).author).toBe("Ines Marlow");
  });
  it("reads the post an infinite-scroll theme wraps in a next-post box", () => {
    const m = page(`<div class="next-post-loaded"><article>${H1}<p class="byline">By Ines Marlow</p><time datetime="2022-04-02T09:00:00Z">April 2, 2022</time>${BODY}</article></div>`);
    expect(m.author).toBe("Ines Marlow");
    expect(m.published).toBe("2022-04-02");
  });
});

describe("a list of post teasers under the page's heading", () => {
  const teaser = (title: string, slug: string, name: string) =>
    `<div class="entry"><h2><a href="/2022/04/${slug}">${title}</a></h2><p>By ${name} on April 2, 2022</p>${paragraph("A few lines from the post about the valley and its people.", 1)}</div>`;

  it("gives no author to a blog's or a section's index", () => {
    const list = teaser("Cider press reopens after a long winter", "cider", "Ines Marlow") + teaser("New footpath links the two villages", "footpath", "Tobit Farran");
    expect(metadataOf({ title: "Valley Courier – Local news", body: `<h1>Local news</h1>${list}`, url: "https://valley-courier.example/local/" }).author).toBeNull();
  });

  it("keeps the byline under a post's own linked title on a blog theme", () => {
    const post = `<h1>Valley Courier</h1><h2><a href="/2022/04/cider">Cider press reopens in the valley</a></h2><p>By Ines Marlow on April 2, 2022</p>${BODY}`;
    expect(metadataOf({ title: "Cider press reopens in the valley", body: post, url: "https://valley-courier.example/2022/04/cider" }).author).toBe("Ines Marlow");
  });
  it("keeps the article's byline after linked related headings that carry no byline of their own", () => {
    const related = `<div class="links"><h3><a href="/2022/04/bridge">Old stone bridge closes for its spring repairs</a></h3><h3><a href="/2022/04/market">Farmers' market moves to the harbour square</a></h3></div>`;
    const body = `<article><h1>افتتاح معصرة جديدة للتفاح في القرية</h1>${related}<p>كتب: سامر حداد</p>${BODY}</article>`;
    expect(metadataOf({ title: "افتتاح معصرة جديدة للتفاح في القرية", lang: "ar", body, url: "https://valley-courier.example/2022/04/cider" }).author).toBe("سامر حداد");
  });
});

describe("a declared author printed only as a contact", () => {
  const ld = (name: string) => `<script type="application/ld+json">{"@type":"Article","headline":"Cider press reopens in the valley","author":{"@type":"Person","name":"${name}"}}</script>`;

  it("drops a name the article prints only as a press contact", () => {
    const release = `<p>Pressekontakt: Tobit Farran, Tel. 0761 555 201</p>`;
    expect(page(`<main>${H1}${BODY}${release}</main>`, ld("Tobit Farran")).author).toBeNull();
    expect(page(`<main>${H1}${BODY}<p>Media contact: Tobit Farran, phone: +49 761 555 201</p></main>`, `<meta name="author" content="Tobit Farran">`).author).toBeNull();
  });

  it("keeps the name when the page also prints it as a byline, or only in its footer's or sidebar's own contact box", () => {
    const footer = `<footer><p>Kontakt: Ines Marlow, Tel. 0761 555 201</p></footer>`;
    expect(page(`<main>${H1}<p>Ines Marlow</p>${BODY}</main>${footer}`, ld("Ines Marlow")).author).toBe("Ines Marlow");
    expect(page(`<main>${H1}${BODY}</main><footer><p>Ines Marlow writes about the valley.</p></footer>`, ld("Ines Marlow")).author).toBe("Ines Marlow");
    expect(page(`<main>${H1}${BODY}</main>${footer}`, ld("Ines Marlow")).author).toBe("Ines Marlow");
    expect(page(`<main>${H1}${BODY}</main><aside class="sidebar"><h3>About me</h3><p>Ines Marlow<br>Telefon: 0761 555 201</p></aside>`, ld("Ines Marlow")).author).toBe("Ines Marlow");
  });

  it("keeps the writer named by a label that asks to contact the author", () => {
    expect(page(`<main>${H1}${BODY}<p>Contact the author: Ines Marlow, ines@example.org, phone 555 0101</p></main>`, ld("Ines Marlow")).author).toBe("Ines Marlow");
    expect(page(`<main>${H1}${BODY}<p>Kontakt zur Autorin: Ines Marlow, Tel. 0761 555 201</p></main>`, ld("Ines Marlow")).author).toBe("Ines Marlow");
  });
});

describe("a one-person blog whose tagline is its owner's name", () => {
  const blog = (tagline: string, post = BODY, opts: { url?: string; site?: string; aside?: string } = {}) => {
    const html = pageHtml({
      title: `Cider press reopens in the valley | ${opts.site ?? "Orchard Notes"}`,
      head: `<meta property="og:site_name" content="${opts.site ?? "Orchard Notes"}">`,
      body: `<header id="masthead"><p class="site-title"><a href="/">${opts.site ?? "Orchard Notes"}</a></p><p class="site-description">${tagline}</p></header><main>${H1}${post}</main>${opts.aside ?? ""}`,
    });
    return extractHtml(html, { url: opts.url ?? "https://inesmarlow.example/2022/04/cider-press" }).meta;
  };

  it("names the owner when the post has no byline and the host or the site's name spells the name", () => {
    const m = blog("Ines Marlow");
    expect(m.author).toBe("Ines Marlow");
    expect(m.authorFrom).toBe("tagline-owner");
    expect(blog("Ines Marlow", BODY, { url: "https://orchardnotes.example/a", site: "Ines Marlow Orchard Notes" }).author).toBe("Ines Marlow");
  });

  it("reads no name from a slogan, a brand or an organisation, and lets a byline win", () => {
    expect(blog("Notes from a small orchard").author).toBeNull();
    expect(blog("Orchard Notes").author).toBeNull();
    expect(blog("Marlow Cider Works").author).toBeNull();
    expect(blog("Ines Marlow", `<p class="byline">By Tobit Farran</p>${BODY}`).author).toBe("Tobit Farran");
  });

  it("lets the post's signature win over the tagline", () => {
    const m = blog("Ines Marlow", `${BODY}<p><strong>Tobit Farran</strong></p>`);
    expect(m.author).toBe("Tobit Farran");
    expect(m.authorFrom).toBe("signature");
  });

  it("names no one when neither the host nor the site's name spells the tagline's name (a fan page, a brand)", () => {
    expect(blog("Ines Marlow", BODY, { url: "https://orchardnotes.example/2022/04/cider-press" }).author).toBeNull();
  });

  it("names no one on a multi-author or guest post", () => {
    const writers = `<aside><h3>Our writers</h3><a href="/author/tobit-farran">Tobit Farran</a> <a href="/author/cora-vell">Cora Vell</a></aside>`;
    expect(blog("Ines Marlow", `<p>By <a rel="author" href="/author/tobit-farran">Tobit Farran</a></p>${BODY}`, {}).author).not.toBe("Ines Marlow");
    expect(blog("Ines Marlow", `<p><em>This is a guest post by Tobit Farran, who keeps bees.</em></p>${BODY}`, { aside: writers }).author).not.toBe("Ines Marlow");
  });

  it("reads a tagline only in the site's header, not in a footer or a slogan box", () => {
    const html = (box: string) =>
      extractHtml(pageHtml({ title: "Cider press reopens in the valley | Orchard Notes", body: `<main>${H1}${BODY}</main>${box}` }), { url: "https://inesmarlow.example/2022/04/cider-press" }).meta.author;
    expect(html(`<footer><p class="site-description">Ines Marlow</p></footer>`)).toBeNull();
    expect(html(`<footer><span class="slogan">Ines Marlow</span></footer>`)).toBeNull();
    expect(html(`<div class="sidebar"><p class="tagline">Ines Marlow</p></div>`)).toBeNull();
  });
});

describe("a weekday before a date after the name", () => {
  it("is cut in every language of the byline lexicon's weekdays", () => {
    expect(cleanAuthor(["Inês Marlow Segunda-feira, 4 de abril de 2022"], null, { byline: true })).toBe("Inês Marlow");
    expect(cleanAuthor(["Ines Marlow Montag, 4. April 2022"], null, { byline: true })).toBe("Ines Marlow");
    expect(cleanAuthor(["Ines Marlow Mon., April 4, 2022"], null, { byline: true })).toBe("Ines Marlow");
  });

  it("keeps a weekday that is the surname", () => {
    expect(cleanAuthor(["By Tobit Friday, April 4, 2022"], null, { byline: true })).toBe("Tobit Friday");
  });
});
