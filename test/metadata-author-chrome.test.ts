/**
 * Author markup that does not name the article's writer (invented pages): author links in the site's menus, masthead,
 * sidebar, footer and teaser lists, the category link of an entry-meta row; and what byline rows glue onto a name (a
 * wire agency, an outlet or a title where two spans run together), a photo agency's credit, a sponsor's label.
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";
import { authorField, expectAuthors } from "./helpers/author-rows.ts";

const BODY = paragraph("The harbour board agreed to lengthen the ferry quay and to light the path to the fish market before winter.");
const H1 = "<h1>The ferry quay gets longer</h1>";
const page = (body: string, head = "") => metadataOf({ head, body, url: "https://harbour-notes.example/quay" });
const pageAuthor = (body: string) => page(body).author;

describe("author links in the site's chrome", () => {
  it("does not take the blog owner's link in the menu or the masthead", () => {
    expectAuthors(pageAuthor, [
      [`<nav><ul><li><a href="/">Home</a></li><li><a rel="author" href="/about">Sigrun Aasland</a></li></ul></nav>${H1}${BODY}`, null],
      [`<div class="menu-top"><a href="/">Home</a> <a rel="author" href="/about">Sigrun Aasland</a></div>${H1}${BODY}`, null],
      [`<header class="site-header"><span itemprop="author">Sigrun Aasland</span></header>${H1}${BODY}`, null],
    ]);
  });

  it("does not take a name in the site footer or in a list of other stories", () => {
    expect(page(`${H1}${BODY}<footer><span itemprop="author">Sigrun Aasland</span> · Harbour Notes</footer>`).author).toBeNull();
    const related = `<div class="related-stories"><ul><li><a href="/nets">Nets dry on the pier</a> <span itemprop="author">Sigrun Aasland</span></li><li><a href="/gulls">Gulls return</a> <span itemprop="author">Tor Eide</span></li></ul></div>`;
    expect(page(`${H1}${BODY}${related}`).author).toBeNull();
  });

  it("keeps the byline in a post's own footer or meta row", () => {
    expectAuthors(pageAuthor, [
      [`<div class="post">${H1}${BODY}<footer class="post-meta">Posted by <a rel="author" href="/about">Sigrun Aasland</a></footer></div><footer>© Harbour Notes</footer>`, "Sigrun Aasland"],
      [`<article>${H1}${BODY}<footer>Posted by <span itemprop="author">Sigrun Aasland</span></footer></article>`, "Sigrun Aasland"],
      // a post's box without <article>: its <footer> is the post's, the wrapper that holds the menu is the page's
      [`<nav><a href="/">Home</a></nav><div class="post">${H1}${BODY}<footer>Posted by <a rel="author" href="/about">Sigrun Aasland</a></footer></div>`, "Sigrun Aasland"],
      [`<div id="page"><nav><a href="/">Home</a></nav>${H1}${BODY}<footer><span itemprop="author">Sigrun Aasland</span></footer></div>`, null],
      [`${H1}<span itemprop="author">Sigrun Aasland</span>${BODY}<nav><a href="/">Home</a></nav>`, "Sigrun Aasland"],
    ]);
  });

  it("does not read a category link marked up as the author", () => {
    expect(page(`${H1}<div class="meta"><a itemprop="author" href="/category/harbour/">Harbour</a></div>${BODY}`).author).toBeNull();
    expect(page(`${H1}<div class="meta"><span class="author"><a href="/tag/ferries">Ferries</a></span></div>${BODY}`).author).toBeNull();
    const both = `<div class="meta"><span class="author"><a href="/category/harbour/">Harbour</a></span> <span class="author"><a href="/author/sigrun">Sigrun Aasland</a></span></div>`;
    expect(page(`${H1}${both}${BODY}`).author).toBe("Sigrun Aasland");
  });
});

describe("what a byline row glues onto the name", () => {
  it("cuts a wire agency's name after the writer's whole name", () => {
    expectAuthors(authorField(), [
      ["Sigrun Aasland Reuters", "Sigrun Aasland"],
      ["Sigrun Aasland The Associated Press", "Sigrun Aasland"],
      ["Sigrun AaslandBloomberg News", "Sigrun Aasland"],
      // a one-word name stays whole, and so does a short code ("AP" is as often an initial)
      ["Lena Reuters", "Lena Reuters"],
    ]);
  });

  it("cuts an outlet or a title glued onto the surname, and splits a glued co-author", () => {
    expect(cleanAuthor(["Sigrun AaslandHarbour Journal"])).toBe("Sigrun Aasland");
    expect(cleanAuthor(["Sigrun AaslandContributing Writer"])).toBe("Sigrun Aasland");
    expect(cleanAuthor(["Sigrun AaslandHarbour Notes"], "Harbour Notes")).toBe("Sigrun Aasland");
    expect(page(`${H1}<div class="byline"><span>By Sigrun Aasland</span><span>Quayside Media</span></div>${BODY}`).author).toBe("Sigrun Aasland");
    expectAuthors(authorField(), [
      ["Sigrun AaslandPeter Brekke", "Sigrun Aasland, Peter Brekke"],
      // a short surname too, when what is glued on is an outlet or a title
      ["Sigrun LeeHarbour Journal", "Sigrun Lee"],
      ["Sigrun LeeStaff Writer", "Sigrun Lee"],
    ]);
  });

  it("keeps surnames with an inner capital", () => {
    expectAuthors(authorField(), [
      ["Sigrun McAllister", "Sigrun McAllister"],
      ["Sigrun Ann DiMarco", "Sigrun Ann DiMarco"],
      ["Sigrun Ann VanderMeer", "Sigrun Ann VanderMeer"],
      ["Sigrun MacDonald", "Sigrun MacDonald"],
      ["Sigrun Ann MacDonald", "Sigrun Ann MacDonald"],
    ]);
  });

  it("takes a photo agency's credit and a sponsor's label for no byline", () => {
    expect(cleanAuthor(["Sigrun Aasland/Getty Images"])).toBeNull();
    expect(cleanAuthor(["Sigrun Aasland (Shutterstock)"])).toBeNull();
    expect(page(`${H1}<div class="byline">Presented by Quayside Chandlery</div>${BODY}`).author).toBeNull();
    expect(cleanAuthor(["In partnership with Quayside Chandlery"])).toBeNull();
    // the writer's own agency after a slash stays a byline
    expect(cleanAuthor(["Sigrun Aasland/dpa"])).toBe("Sigrun Aasland");
  });
});

describe("labels in the author slot", () => {
  it("takes a CMS's default category or a piece's kind for no name", () => {
    for (const label of ["Uncategorized", "Allgemein", "Analysis", "Exclusive", "Guest Post", "Editor's Pick", "Top Stories", "Podcast"]) {
      expect(cleanAuthor([label], null, { handles: true })).toBeNull();
      expect(page(`${H1}<span itemprop="author">${label}</span>${BODY}`).author).toBeNull();
    }
  });

  it("still reads a writer whose name holds such a word", () => {
    expect(cleanAuthor(["Sigrun General"])).toBe("Sigrun General");
    expect(page(`${H1}<div class="byline">By Sigrun Home</div>${BODY}`).author).toBe("Sigrun Home");
  });
});

describe("an author item typed as an organisation", () => {
  const org = `<div itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Harbour Ferry Trust</span></div>`;
  it("yields to a writer's byline", () => {
    expect(page(`${H1}${org}<p>By Sigrun Aasland</p>${BODY}`).author).toBe("Sigrun Aasland");
    expect(page(`${H1}${org}<div class="byline">Sigrun Aasland</div>${BODY}`).author).toBe("Sigrun Aasland");
  });
  it("is kept when no one else is named", () => {
    expect(page(`${H1}${org}${BODY}`).author).toBe("Harbour Ferry Trust");
  });
});

describe("the agencies in general", () => {
  it("is no author alone, and goes after a writer", () => {
    expect(cleanAuthor(["Agencies"])).toBeNull();
    expect(cleanAuthor(["Wire Services"], null, { handles: true })).toBeNull();
    expect(cleanAuthor(["Sigrun Aasland with agencies"])).toBe("Sigrun Aasland");
    expect(cleanAuthor(["Sigrun Aasland mit Agenturen"])).toBe("Sigrun Aasland");
  });
});

describe("author markup in the chrome: what must stay a byline", () => {
  it("does not cut a surname with an inner capital where an outlet is glued on or follows", () => {
    expect(cleanAuthor(["Ann MacKenzieIrish Times"])).toBe("Ann MacKenzie");
    expect(cleanAuthor(["Jeff VanderMeerOrlando Weekly"])).toBe("Jeff VanderMeer");
    expect(cleanAuthor(["Ann MacKenzie The Times"])).toContain("Ann MacKenzie");
    for (const name of ["Ann FitzHerald", "Ann VanderWorld", "Mary-Kate VanPost", "Giulia DellaCity"]) expect(cleanAuthor([name])).toBe(name);
    expect(page(`${H1}<div class="byline"><span>By Ann MacKenzie</span><span>Quayside Times</span></div>${BODY}`).author).toBe("Ann MacKenzie");
  });

  it("does not split a surname prefix into a co-author", () => {
    expect(cleanAuthor(["Maria DelaRosa Garcia"])).toBe("Maria DelaRosa Garcia");
    expect(cleanAuthor(["Ana DelosSantos Reyes"])).toBe("Ana DelosSantos Reyes");
  });

  it("does not read an agency inside a surname, nor a surname that is an agency's name", () => {
    expectAuthors(authorField(), [
      ["Von Hans Kreuters", "Hans Kreuters"],
      ["Ann Lee Breuters", "Ann Lee Breuters"],
      ["By Sarah Jane Bloomberg", "Sarah Jane Bloomberg"],
      ["Michael Rubens Bloomberg", "Michael Rubens Bloomberg"],
      // the agency itself still goes: glued, or as its whole name
      ["Ann LeeBloomberg", "Ann Lee"],
      ["Ann Lee Bloomberg News", "Ann Lee"],
    ]);
  });

  it("drops only the name with a photo agency's credit", () => {
    expect(cleanAuthor(["Text: Ann Lee, Fotos: Bo Ek/Getty Images"])).toBe("Ann Lee");
    expect(cleanAuthor(["Ann Lee, Bo Ek (Shutterstock)"])).toBe("Ann Lee");
    expect(cleanAuthor(["Ann Lee/Keystone-SDA"])).toContain("Ann Lee");
    expect(cleanAuthor(["Ann Lee (EPA)"])).toBe("Ann Lee");
  });

  it("keeps a post's byline where the page has no <h1> or the row's class only starts like a list's", () => {
    expectAuthors(pageAuthor, [
      [`<nav><a href="/">Home</a></nav><div class="post"><h2>The ferry quay gets longer</h2>${BODY}<footer>Posted by <a rel="author" href="/about">Sigrun Aasland</a></footer></div>`, "Sigrun Aasland"],
      [`<div class="latest-article"><h2>The ferry quay gets longer</h2><span itemprop="author">Sigrun Aasland</span>${BODY}</div>`, "Sigrun Aasland"],
      [`${H1}<div class="recent-update"><span itemprop="author">Sigrun Aasland</span></div>${BODY}`, "Sigrun Aasland"],
    ]);
  });

  it("reads an author page filed under a topic address", () => {
    expect(page(`${H1}<a itemprop="author" href="/topics/sigrun-aasland">Sigrun Aasland</a>${BODY}`).author).toBe("Sigrun Aasland");
    expect(page(`${H1}<a itemprop="author" href="/topics/harbour">Sigrun Aasland</a>${BODY}`).author).toBeNull();
  });

  it("takes a grid column named sidebar for the site's chrome", () => {
    const grid = `<div class="row"><div class="col-md-8">${H1}${BODY}</div><div class="col-md-4 sidebar"><span itemprop="author">Sigrun Aasland</span></div></div>`;
    expect(page(grid).author).toBeNull();
  });
});
