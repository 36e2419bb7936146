/**
 * Declared authors in the shapes CMSs and plugins write them (invented pages): author meta names a vendor coins
 * ("dc:creator", "article:author_name", "sailthru.byline_name"), JSON-LD `creator` where `author` is empty, a Person
 * given by givenName / familyName, an `@list` of authors, a language-tagged name; co-authors marked up with
 * `itemprop=author` side by side in one byline row. A declared name is still kept only when the page shows it.
 */
import { describe, expect, it } from "vitest";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const BODY = paragraph("The ferry operator added a late crossing on Fridays after commuters petitioned the harbour board for months.");
const page = (head: string, body: string) =>
  metadataOf({ title: "Late ferry added", head, body: `<h1>Late ferry added</h1>${body}${BODY}`, url: "https://harbour-times.example/late-ferry" });
const ld = (o: Record<string, unknown>) => `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Late ferry added", ...o })}</script>`;

describe("author meta names a vendor coins", () => {
  it("reads a prefixed author name when the well-known names are absent", () => {
    for (const name of ["dc:creator", "article:author_name", "sailthru.byline_name", "citation_author", "vr:author"]) {
      const m = page(`<meta name="${name}" content="Maren Solberg">`, "<footer><p>Maren Solberg</p></footer>");
      expect([m.author, m.authorFrom], name).toEqual(["Maren Solberg", "meta:vendor"]);
    }
  });

  it("never reads an app banner's developer, a Twitter handle or an author's profile address as the byline", () => {
    for (const name of ["smartbanner:author", "twitter:creator", "article:author:url", "sailthru.byline_bio"]) {
      const m = page(`<meta name="${name}" content="Maren Solberg">`, "<p>Maren Solberg</p>");
      expect(m.author, name).toBeNull();
    }
  });

  it("still drops a vendor-declared name the page never shows", () => {
    expect(page(`<meta name="dc:creator" content="Maren Solberg">`, "").author).toBeNull();
  });
});

describe("a meta tag per co-author", () => {
  it("joins the values of a repeated author tag when the page shows each name", () => {
    const m = page(`<meta name="citation_author" content="Solberg, Maren"><meta name="citation_author" content="Lunde, Tor">`, "<footer><p>Maren Solberg, Tor Lunde</p></footer>");
    expect(m.author).toBe("Maren Solberg, Tor Lunde");
  });

  it("keeps the first value alone when the page does not show the others", () => {
    const m = page(`<meta name="author" content="Maren Solberg"><meta name="author" content="Harbour Desk Account">`, "<footer><p>Maren Solberg</p></footer>");
    expect(m.author).toBe("Maren Solberg");
  });
});

describe("JSON-LD author shapes", () => {
  it("takes `creator` when the article names no `author`", () => {
    const m = page(ld({ creator: { "@type": "Person", name: "Maren Solberg" } }), "<footer><p>Maren Solberg</p></footer>");
    expect([m.author, m.authorFrom]).toEqual(["Maren Solberg", "json-ld"]);
  });

  it("prefers `author` over `creator`", () => {
    const m = page(ld({ author: { "@type": "Person", name: "Maren Solberg" }, creator: ["Tor Lunde"] }), "<p>By Maren Solberg. Tor Lunde</p>");
    expect(m.author).toBe("Maren Solberg");
  });

  it("joins a Person given by givenName and familyName", () => {
    const m = page(ld({ author: { "@type": "Person", givenName: "Maren", familyName: "Solberg" } }), "<footer><p>Maren Solberg</p></footer>");
    expect([m.author, m.authorFrom]).toEqual(["Maren Solberg", "json-ld"]);
  });

  it("reads an @list of authors and a language-tagged name", () => {
    const m = page(ld({ author: { "@list": [{ "@type": "Person", name: "Maren Solberg" }, { "@type": "Person", name: { "@value": "Tor Lunde", "@language": "nb" } }] } }), "<footer><p>Maren Solberg, Tor Lunde</p></footer>");
    expect([m.author, m.authorFrom]).toEqual(["Maren Solberg, Tor Lunde", "json-ld"]);
  });
});

describe("co-authors in microdata", () => {
  const person = (name: string) => `<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">${name}</span></span>`;

  it("joins the itemprop=author elements of one byline row", () => {
    expect(page("", `<p class="meta">Von ${person("Maren Solberg")} und ${person("Tor Lunde")}</p>`).author).toBe("Maren Solberg, Tor Lunde");
  });

  it("joins co-authors listed one per item in a short list", () => {
    expect(page("", `<ul class="credits"><li>${person("Maren Solberg")}</li><li>${person("Tor Lunde")}</li></ul>`).author).toBe("Maren Solberg, Tor Lunde");
  });

  it("does not join two credits of the article that only share its container", () => {
    const m = page("", `<p class="meta">Von ${person("Maren Solberg")}</p><p>The quote came from a reader survey run by ${person("Tor Lunde")} last year, which the board cited in its decision on the late crossing.</p>`);
    expect(m.author).toBe("Maren Solberg");
  });

  it("does not add an itemprop=author element from another part of the article", () => {
    const m = page("", `<p class="meta">Von ${person("Maren Solberg")}</p><div><p>Earlier coverage</p><div><p>${person("Tor Lunde")}</p></div></div>`);
    expect(m.author).toBe("Maren Solberg");
  });
});
