/**
 * Authors (invented pages): names that a byline word or an author field hold but that are no writer of
 * the page. A sentence the byword opens ("Por Ley …", "Oleh Presiden …"), Greek genitive bylines, keyword lists in the
 * author tag, the operator's legal name, the site's name with a company's words, a teaser's or a reply's byline, the
 * author of a work the page describes, and an about-me box's heading. Each family has a keep-test: the real byline the
 * rule must leave alone.
 */
import { describe, expect, it } from "vitest";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const TEXT = paragraph("The ferry board agreed to deepen the old river channel before the winter floods reach the lower quays.", 8);
const H1 = "<h1>The river channel will be deepened</h1>";
const SITE = `<meta property="og:site_name" content="Quayside Courier">`;
const base = { title: "The river channel will be deepened | Quayside Courier", url: "https://www.quaysidecourier.example/channel", head: SITE };
const page = (body: string, extra: { head?: string; lang?: string } = {}) => metadataOf({ ...base, head: SITE + (extra.head ?? ""), lang: extra.lang, body });
const ld = (author: string, more = "") =>
  `<script type="application/ld+json">{"@type":"NewsArticle","headline":"The river channel will be deepened","author":${author}}</script>${more}`;

describe("a byword opening a sentence", () => {
  it("does not take an office after the byword for a byline ('Oleh Presiden …')", () => {
    const body = `<article>${H1}<p>Oleh Presiden Darma Wijaya, proyek itu diresmikan pada hari Senin di pelabuhan.</p>${TEXT}</article>`;
    expect(page(body, { lang: "id" }).author).toBeNull();
  });

  it("does not take a law's name after 'Por' for a byline", () => {
    const body = `<article>${H1}<p>Por Ley Federal de Puertos se obliga a los municipios a dragar sus canales.</p>${TEXT}</article>`;
    expect(page(body, { lang: "es" }).author).toBeNull();
  });

  it("does not take the subject of a sentence the byword opens ('Por Tomás Rivera se conoce …')", () => {
    const body = `<article>${H1}<div>Por Tomás Rivera se conoce al hombre que fundó el puerto en el siglo pasado.</div>${TEXT}</article>`;
    expect(page(body, { lang: "es" }).author).toBeNull();
  });

  it("keeps a byline line whose name opens with a given name", () => {
    const body = `<article>${H1}<p>Oleh Rina Kusumawati</p>${TEXT}</article>`;
    expect(page(body, { lang: "id" }).author).toBe("Rina Kusumawati");
  });

  it("keeps a byline in the text under the headline followed by its co-author", () => {
    const body = `<article>${H1}<div><span>3 March 2020</span> By Tomás Rivera and Oda Lindqvist</div>${TEXT}</article>`;
    expect(page(body).author).toContain("Tomás Rivera");
  });
});

describe("a byline line that is a sentence or a headline", () => {
  it("does not read a lead opening 'By <feast>, …' as a byline", () => {
    const body = `<article>${H1}<p>By Christmas Eve, the ferry will run again on the old timetable.</p>${TEXT}</article>`;
    expect(page(body).author).toBeNull();
  });

  it("does not read a headline-case line 'By Next Summer, Officials Say' as two names", () => {
    expect(page(`<article>${H1}<p>By Next Summer, Officials Say</p>${TEXT}</article>`).author).toBeNull();
  });

  it("does not take a French decree after 'Par'", () => {
    const body = `<article>${H1}<p>Par Arrêté Préfectoral du 3 mars, la navigation est interdite sur le canal.</p>${TEXT}</article>`;
    expect(page(body, { lang: "fr" }).author).toBeNull();
  });

  it("keeps a byline line with its co-author and a dated tail", () => {
    const body = `<article>${H1}<p>By Oda Lindqvist, Tomás Rivera on Thursday, March 7th, 2024 at 4:52 p.m.</p>${TEXT}</article>`;
    // (the line is read: its tail's lower-case words are "on" and "at" only)
    expect(page(body).author).toContain("Oda Lindqvist");
  });
});

describe("a press release's label in the byline row", () => {
  it("is no writer", () => {
    expect(page(`<article>${H1}<span class="byline">Pressemitteilung der Stadtwerke Quaystadt</span>${TEXT}</article>`).author).toBeNull();
  });

  it("keeps the writer of a byline element", () => {
    expect(page(`<article>${H1}<span class="byline">Von Oda Lindqvist</span>${TEXT}</article>`).author).toBe("Oda Lindqvist");
  });
});

describe("Greek bylines with the genitive article", () => {
  it("reads a line 'Της …' under the headline as the byline, without the article", () => {
    const body = `<article>${H1}<p>Της Ελένης Σταματίου</p>${TEXT}</article>`;
    expect(page(body, { lang: "el" }).author).toBe("Ελένης Σταματίου");
  });

  it("drops the article from a byline element ('Του …')", () => {
    const body = `<article>${H1}<p class="byline">Του Στέλιου Καραλή</p>${TEXT}</article>`;
    expect(page(body, { lang: "el" }).author).toBe("Στέλιου Καραλή");
  });

  it("does not read a line that goes on as a sentence", () => {
    const body = `<article>${H1}<p>Της Πέμπτης η συνεδρίαση αναβλήθηκε για την επόμενη εβδομάδα.</p>${TEXT}</article>`;
    expect(page(body, { lang: "el" }).author).toBeNull();
  });
});

describe("a keyword list in the author tag", () => {
  it("is no list of people", () => {
    const body = `<article>${H1}${TEXT}<p>Ferries, rivers, quays and floods.</p></article>`;
    const m = page(body, { head: `<meta name="author" content="Ferries, Rivers, Quays, Floods">` });
    expect(m.author).toBeNull();
  });

  it("keeps co-authors named whole", () => {
    const body = `<article>${H1}<p class="byline">By Tomás Rivera and Oda Lindqvist</p>${TEXT}</article>`;
    expect(page(body, { head: `<meta name="author" content="Tomás Rivera, Oda Lindqvist">` }).author).toBe("Tomás Rivera, Oda Lindqvist");
  });
});

describe("the operator named as the author", () => {
  const org = `<script type="application/ld+json">{"@type":"Organization","name":"Brightwater Verlagsgesellschaft","url":"https://www.quaysidecourier.example/"}</script>`;

  it("drops an author typed Person that JSON-LD types as an organisation elsewhere", () => {
    const body = `<article>${H1}${TEXT}</article><footer>Brightwater Verlagsgesellschaft, Hafenweg 3</footer>`;
    expect(page(body, { head: ld(`{"@type":"Person","name":"Brightwater Verlagsgesellschaft"}`, org) }).author).toBeNull();
  });

  it("keeps a person's name beside an unrelated organisation node", () => {
    const body = `<article>${H1}<p class="byline">By Oda Lindqvist</p>${TEXT}</article>`;
    expect(page(body, { head: ld(`{"@type":"Person","name":"Oda Lindqvist"}`, org) }).author).toBe("Oda Lindqvist");
  });

  it("drops the site's name with a company's words after it", () => {
    const body = `<article>${H1}${TEXT}</article><footer>Quayside Courier Publishing Company</footer>`;
    expect(page(body, { head: `<meta name="author" content="Quayside Courier Publishing Company">` }).author).toBeNull();
  });
});

describe("bylines of other items on the page", () => {
  it("does not take a teaser's byline under a sub-heading that links to another story", () => {
    const body = `<article>${H1}${TEXT}<h3>Read next</h3><h4><a href="/tides">Tides rise again at the quay</a></h4><p>By Oda Lindqvist</p></article>`;
    expect(page(body).author).toBeNull();
  });

  it("does not take a reply's byline under the comments' heading", () => {
    const body = `<article>${H1}${TEXT}</article><section class="responses"><h3>2 Responses</h3><p>By Oda Lindqvist on March 3, 2020</p><p>Lovely boats.</p></section>`;
    expect(page(body).author).toBeNull();
  });

  it("keeps the article's byline line under the headline", () => {
    const body = `<article>${H1}<p>By Oda Lindqvist</p>${TEXT}<h3>Comments</h3></article>`;
    expect(page(body).author).toBe("Oda Lindqvist");
  });

  it("does not take the author of a book the page describes", () => {
    const book = `<div itemscope itemtype="https://schema.org/Book"><span itemprop="name">River Tides</span> by <span itemprop="author">Oda Lindqvist</span></div>`;
    expect(page(`<main>${H1}${book}${TEXT}</main>`).author).toBeNull();
    expect(page(`<main>${H1}<div class="book-author">Oda Lindqvist</div>${TEXT}</main>`).author).toBeNull();
  });

  it("keeps the author of a recipe item that is the page", () => {
    const recipe = `<div itemscope itemtype="https://schema.org/Recipe">${H1}<span itemprop="author">Oda Lindqvist</span>${TEXT}</div>`;
    expect(page(`<main>${recipe}</main>`).author).toBe("Oda Lindqvist");
  });
});

describe("an about-me box", () => {
  it("reads the name without the box's heading", () => {
    const body = `<main>${H1}${TEXT}</main><div class="col"><div class="author-widget"><h4>Über mich</h4><span>Oda Lindqvist</span></div></div>`;
    expect(page(body).author).toBe("Oda Lindqvist");
  });
});
