/**
 * Names a page prints beside an author's label or markup that are not the article's writer (invented pages): a record's
 * data table or definition list ("Autor | … Verlag | … Preis"), another role's label before an author property ("Photo:"),
 * a related story's own article item, a reader's comment with no comment class (a reply button and the comment's time, a
 * "reader-comments" thread), a contact card under a "Press contact" heading, a translator's credit, an "also read" box.
 * Each family has a guard that keeps the real byline of the same shape. And the byline opener "Oleh" (Indonesian and
 * Malay "by"), which is also a Ukrainian given name, and author boxes whose name stands on its own line over the bio.
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const BODY = paragraph("The harbour board approved the new ferry timetable after a long public consultation with the island residents.");
const H1 = "<h1>Harbour board approves ferry timetable</h1>";
const page = (body: string, lang?: string) =>
  metadataOf({
    title: "Harbour board approves ferry timetable | Island Gazette",
    lang,
    head: `<meta property="og:site_name" content="Island Gazette">`,
    body,
    url: "https://island-gazette.example/2022/05/ferry-timetable",
  });

describe("a record's data table or definition list", () => {
  it("does not take the work's author from a table of its data", () => {
    const table = `<table class="product"><tr><th>Autor</th><td>Marta Quillon</td></tr><tr><th>Verlag</th><td>Meer Verlag</td></tr><tr><th>Preis</th><td>19,90 €</td></tr></table>`;
    expect(page(`<article>${H1}${BODY}${table}</article>`).author).toBeNull();
    const tbody = `<table><tbody><tr><td>Author:</td><td><span class="author">Marta Quillon</span></td></tr><tr><td>Publisher:</td><td>Sea Press</td></tr><tr><td>Pages:</td><td>320</td></tr></tbody></table>`;
    expect(page(`<article>${H1}${BODY}${tbody}</article>`).author).toBeNull();
  });

  it("does not take it from a definition list", () => {
    const dl = `<dl><dt>Autor:</dt><dd><span class="author">Marta Quillon</span></dd><dt>Verlag:</dt><dd>Meer Verlag</dd><dt>ISBN:</dt><dd>978-3-12345-678-9</dd></dl>`;
    expect(page(`<article>${H1}${BODY}${dl}</article>`).author).toBeNull();
  });

  it("keeps the article's own meta table, whose other rows are no record's fields", () => {
    const meta = `<table class="article-meta"><tr><th>Autor</th><td class="author">Marta Quillon</td></tr><tr><th>Datum</th><td>12.05.2022</td></tr></table>`;
    expect(page(`<article>${H1}${meta}${BODY}</article>`).author).toBe("Marta Quillon");
  });
});

describe("another role's label before an author property", () => {
  it("does not take a photographer marked up as the author", () => {
    expect(page(`<article itemscope itemtype="https://schema.org/Article">${H1}<p>Photo: <span itemprop="author">Marta Quillon</span></p>${BODY}</article>`).author).toBeNull();
    expect(page(`<article>${H1}<p>Bild: <span class="author">Marta Quillon</span></p>${BODY}</article>`).author).toBeNull();
  });

  it("keeps the writer's own credit and a combined one", () => {
    expect(page(`<article itemscope itemtype="https://schema.org/Article">${H1}<p>By <span itemprop="author">Marta Quillon</span></p>${BODY}</article>`).author).toBe("Marta Quillon");
    expect(page(`<article itemscope itemtype="https://schema.org/Article">${H1}<p>Text and photos by <span itemprop="author">Marta Quillon</span></p>${BODY}</article>`).author).toBe("Marta Quillon");
  });
});

describe("a related story's own article item", () => {
  const related = `<section class="related"><h2>You may also like</h2><article itemscope itemtype="https://schema.org/BlogPosting"><h3 itemprop="headline"><a href="/2022/04/winter">Winter ferries</a></h3><span itemprop="author">Marta Quillon</span></article></section>`;
  it("does not take that story's writer", () => {
    expect(page(`<article>${H1}${BODY}</article>${related}`).author).toBeNull();
  });
  it("keeps the page's own byline above the box", () => {
    expect(page(`<article>${H1}<p class="byline">By <span itemprop="author">Ines Marlow</span></p>${BODY}</article>${related}`).author).toBe("Ines Marlow");
  });
  it("does not take a writer from an 'also read' box inside the article", () => {
    expect(page(`<article>${H1}${BODY}<div class="also-read"><a href="/2022/04/winter">Winter ferries</a> <span class="author">Marta Quillon</span></div></article>`).author).toBeNull();
  });
});

describe("a reader's comment with no comment class", () => {
  it("does not take a commenter under a responses heading, beside a reply button, or in a readers' thread", () => {
    expect(page(`<article>${H1}${BODY}</article><div class="responses"><h3>2 Responses</h3><div class="item"><span class="author">Marta Quillon</span><p>Great news for us.</p></div></div>`).author).toBeNull();
    expect(page(`<article>${H1}${BODY}</article><div class="discussion-list"><div class="entry"><span class="author">Marta Quillon</span> <span>12 May 2022 at 10:02</span><p>Great news for us.</p><a class="btn" href="#">Reply</a></div></div>`).author).toBeNull();
    expect(page(`<article>${H1}${BODY}</article><section id="reader-comments"><div class="post"><span class="byline">Marta Quillon</span><p>Great news for us.</p></div></section>`).author).toBeNull();
  });
  it("keeps a byline row with a date and time that has no reply button", () => {
    expect(page(`<article>${H1}<div class="entry-meta"><span class="author">Ines Marlow</span> <span>12 May 2022 at 10:02</span></div>${BODY}</article>`).author).toBe("Ines Marlow");
  });
});

describe("a contact card", () => {
  it("does not take the contact person under a contact heading", () => {
    expect(page(`<article>${H1}${BODY}<div class="contact"><h4>Press contact</h4><span class="author">Marta Quillon</span><br>marta@island.example</div></article>`).author).toBeNull();
    expect(page(`<article>${H1}${BODY}<div class="box"><strong>Ansprechpartnerin</strong><div class="author">Marta Quillon</div></div></article>`).author).toBeNull();
  });
  it("keeps the writer under 'Contact the author'", () => {
    expect(page(`<article>${H1}${BODY}<div class="box"><h4>Contact the author</h4><span class="author">Ines Marlow</span></div></article>`).author).toBe("Ines Marlow");
  });
});

describe("a translator's credit", () => {
  it("is no writer's byline", () => {
    expect(page(`<article>${H1}<p class="author">Übersetzung: Marta Quillon</p>${BODY}</article>`).author).toBeNull();
    expect(cleanAuthor(["Translated by Marta Quillon"], null, { byline: true })).toBeNull();
    expect(cleanAuthor(["Aus dem Englischen übersetzt von Marta Quillon"], null, { byline: true })).toBeNull();
  });
  it("keeps the writer credited beside the translator", () => {
    expect(cleanAuthor(["Text: Ines Marlow, Übersetzung: Marta Quillon"], null, { byline: true })).toBe("Ines Marlow");
  });
});

describe("the byline opener 'Oleh'", () => {
  it("keeps the Ukrainian given name", () => {
    expect(page(`<article>${H1}<p class="byline">By Oleh Petrenko</p>${BODY}</article>`).author).toBe("Oleh Petrenko");
    expect(page(`<article>${H1}<p class="author">Oleh Petrenko</p>${BODY}</article>`).author).toBe("Oleh Petrenko");
  });
  it("reads Indonesian 'Oleh' before a whole name, a colon or a desk as the byline word", () => {
    expect(page(`<article>${H1}<p>Oleh Dimas Prakoso</p>${BODY}</article>`, "id").author).toBe("Dimas Prakoso");
    expect(page(`<article>${H1}<p>OLEH: DIMAS PRAKOSO</p>${BODY}</article>`, "id").author).toBe("Dimas Prakoso");
    expect(page(`<article>${H1}<div class="byline">Oleh Redaksi</div>${BODY}</article>`, "id").author).toBe("Redaksi");
  });
  it("cuts the Indonesian date and weekday after 'pada' ('on')", () => {
    expect(page(`<article>${H1}<p class="byline">Ditulis oleh Dimas Prakoso pada 12/05/2022</p>${BODY}</article>`, "id").author).toBe("Dimas Prakoso");
    expect(page(`<article>${H1}<div class="byline">Oleh Dimas Prakoso pada Kamis, 12 Mei 2022</div>${BODY}</article>`, "id").author).toBe("Dimas Prakoso");
  });
});

describe("an author box with the name on its own line", () => {
  it("takes the name, not the name run into the bio or the latest post", () => {
    expect(page(`<article>${H1}${BODY}<div class="author-info"><img src="a.jpg"><h4>Marta Quillon</h4><p>Marta runs the Island Gazette and writes on ferries.</p></div></article>`).author).toBe("Marta Quillon");
    expect(page(`<article>${H1}${BODY}</article><div class="author-box"><h3>About the author</h3><p><a href="/author/martaq">Marta Quillon</a></p><p>Latest post: <a href="/2022/04/x">Winter ferries</a></p></div>`).author).toBe("Marta Quillon");
  });
  it("gives no name made of a bio sentence", () => {
    expect(cleanAuthor(["Marta Quillon Marta schreibt über Inseln."], null, { byline: true })).toBeNull();
    expect(cleanAuthor(["Ann Lee Jr."], null, { byline: true })).toBe("Ann Lee Jr.");
  });
});

describe("an 'About me' widget beside the article", () => {
  it("does not take the site owner's profile for the writer", () => {
    expect(page(`<main><article>${H1}${BODY}</article><div class="widget-area"><div class="widget about"><h3>About the author</h3><span itemprop="author">Marta Quillon</span></div></div></main>`).author).toBeNull();
    expect(page(`<article>${H1}${BODY}</article><aside><h3>Über mich</h3><p class="author">Marta Quillon</p><p>Ich schreibe über Inseln.</p></aside>`).author).toBeNull();
  });
  it("keeps the author box under the article and the byline above it", () => {
    expect(page(`<article>${H1}${BODY}<div class="author-box"><h3>About the author</h3><span itemprop="author">Ines Marlow</span></div></article>`).author).toBe("Ines Marlow");
    const widget = `<div class="widget"><h3>About me</h3><p class="author">Marta Quillon</p></div>`;
    expect(page(`<article>${H1}<p class="byline">By Ines Marlow</p>${BODY}</article>${widget}`).author).toBe("Ines Marlow");
  });
});

describe("a surname's particle that is also a byline word", () => {
  it("keeps 'Von', 'De' and 'Di' before a one-word surname", () => {
    expect(page(`<article>${H1}<p class="byline">By Von Drehle</p>${BODY}</article>`).author).toBe("Von Drehle");
    expect(page(`<article>${H1}<p class="author">De Vries</p>${BODY}</article>`).author).toBe("De Vries");
    expect(cleanAuthor(["Di Stefano"], null, { byline: true })).toBe("Di Stefano");
  });
  it("still reads them as the byline word before a whole name or a colon", () => {
    expect(page(`<article>${H1}<p class="author">Von Ines Marlow</p>${BODY}</article>`, "de").author).toBe("Ines Marlow");
    expect(cleanAuthor(["von Marlow"], null, { byline: true })).toBe("Marlow");
    expect(cleanAuthor(["Von: Ines Marlow"], null, { byline: true })).toBe("Ines Marlow");
    // an agency's code in capitals after "Von" is the credited desk, not a surname
    expect(cleanAuthor(["Von KXR"], null, { byline: true, handles: true })).toBe("KXR");
  });
});

describe("another role's credit where the byline stands", () => {
  it("gives no writer for a speaker's, cartoonist's, copy editor's, source's or curator's credit", () => {
    for (const credit of ["Sprecherin: Marta Quillon", "Zeichnung: Marta Quillon", "Lektorat: Marta Quillon", "Bildquelle: Marta Quillon", "Curated by Marta Quillon", "Narrated by Marta Quillon", "Herausgegeben von Marta Quillon", "Fotografía: Marta Quillon"])
      expect(page(`<article>${H1}<p class="author">${credit}</p>${BODY}</article>`).author).toBeNull();
  });
  it("gives no writer for one name with a picture maker's role after it", () => {
    expect(page(`<article>${H1}<p class="author">Marta Quillon, Photographer</p>${BODY}</article>`).author).toBeNull();
    expect(page(`<article>${H1}<div class="meta"><span class="author">Marta Quillon</span> <span class="role">Fotografin</span></div>${BODY}</article>`).author).toBeNull();
    expect(page(`<article itemscope itemtype="https://schema.org/Article">${H1}<div><span itemprop="author">Marta Quillon</span> (Fotografie)</div>${BODY}</article>`).author).toBeNull();
  });
  it("keeps the writer credited beside them, and a writer's own title after the name", () => {
    expect(cleanAuthor(["Text: Ines Marlow, Zeichnung: Marta Quillon"], null, { byline: true })).toBe("Ines Marlow");
    expect(page(`<article>${H1}<p class="author">Ines Marlow, Reporter</p>${BODY}</article>`).author).toBe("Ines Marlow");
    expect(page(`<article>${H1}<div class="meta"><span class="author">Ines Marlow</span> <span class="date">12 May 2022</span></div>${BODY}</article>`).author).toBe("Ines Marlow");
  });
});
