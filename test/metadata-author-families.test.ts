/**
 * Author recall families (invented pages): a one-person site whose declared author is its
 * own name, byline classes spelt with a separator, a byline row's outlet after a spaced slash, wire copy's closing
 * credit line, Chinese reporter credits with the place filed from, and a name with its role on the next block.
 */
import { describe, expect, it } from "vitest";
import { metadataOf, paragraph } from "./helpers/html-page.ts";
import { expectAuthors } from "./helpers/author-rows.ts";

const BODY = paragraph("The ferry board agreed to add a late crossing on Fridays after commuters asked for one all winter long.");
const page = (body: string, head = "", title = "Late ferry added | Harbour Times", lang = "en") =>
  metadataOf({ lang, title, head, body: `<header><a href="/">Harbour Times</a></header><main>${body}</main>`, url: "https://harbour-times.example/2021/03/04/late-ferry" });
const pageAuthor = (body: string) => page(body).author;

describe("a one-person site whose declared author is the site's own name", () => {
  const ARTICLE = `<meta property="og:type" content="article">`;
  const owns = (who: string) => `${ARTICLE}<meta name="copyright" content="${who}">`;
  const personPublisher = (who: string) =>
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Notes","publisher":{"@type":"Person","name":"${who}"}}</script>`;
  const head = (site: string, author: string, more = owns(author)) => `<meta property="og:site_name" content="${site}"><meta name="author" content="${author}">${more}`;
  it("keeps a person's name that is both the site name and the author tag, the copyright tag naming them too", () => {
    const m = page(`<h1>Notes from the late ferry</h1>${BODY}`, head("Maria Lindqvist", "Maria Lindqvist"), "Notes from the late ferry — Maria Lindqvist");
    expect(m.author).toBe("Maria Lindqvist");
    expect(m.authorFrom).toBe("site-owner");
  });
  it("keeps the person named as the <title>'s site part, the JSON-LD publisher a Person of that name", () => {
    const m = page(`<h1>Notes from the late ferry</h1>${BODY}`, `<meta name="author" content="Maria Lindqvist">${personPublisher("Maria Lindqvist")}`, "Notes from the late ferry | Maria Lindqvist");
    expect(m.author).toBe("Maria Lindqvist");
  });
  it("does not take a brand named after a person: no second field, no article page, or an organisation of that name", () => {
    const title = "Linen shirts | Maria Lindqvist";
    // the name as site name and author tag only, as a fashion house's or a celebrity shop's every page
    expect(page(`<h1>Linen shirts</h1>${BODY}`, head("Maria Lindqvist", "Maria Lindqvist", ARTICLE), title).author).toBeNull();
    // the copyright tag agrees, but the page is a product page
    const product = `<meta property="og:type" content="product"><meta name="copyright" content="Maria Lindqvist">`;
    expect(page(`<h1>Linen shirts</h1>${BODY}`, head("Maria Lindqvist", "Maria Lindqvist", product), title).author).toBeNull();
    // the JSON-LD types the name as an organisation (a brand) elsewhere in its graph
    const brand = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Linen shirts"},{"@type":"Brand","name":"Maria Lindqvist"}]}</script>`;
    expect(page(`<h1>Linen shirts</h1>${BODY}`, head("Maria Lindqvist", "Maria Lindqvist", owns("Maria Lindqvist") + brand), title).author).toBeNull();
  });
  it("keeps the owner whose JSON-LD author is a Person though the publisher of that name is typed Organization", () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Notes","author":{"@type":"Person","name":"Maria Lindqvist"},"publisher":{"@type":"Organization","name":"Maria Lindqvist"}}</script>`;
    const m = page(`<h1>Notes from the late ferry</h1>${BODY}`, `<meta name="copyright" content="Maria Lindqvist">${ld}`, "Notes from the late ferry | Maria Lindqvist");
    expect(m.author).toBe("Maria Lindqvist");
  });
  it("keeps an unlisted given name when the copyright tag names the same person too", () => {
    const head = `${ARTICLE}<meta name="author" content="Tavo Quennell"><meta name="copyright" content="Tavo Quennell">`;
    expect(page(`<h1>Notes from the late ferry</h1>${BODY}`, head, "Notes from the late ferry | Tavo Quennell").author).toBe("Tavo Quennell");
    expect(page(`<h1>Notes from the late ferry</h1>${BODY}`, `${ARTICLE}<meta name="author" content="Tavo Quennell">`, "Notes from the late ferry | Tavo Quennell").author).toBeNull();
  });
  it("does not take a publisher's name filled into the author tag", () => {
    expect(page(`<h1>Notes from the late ferry</h1>${BODY}`, head("Harbour Works", "Harbour Works", ARTICLE), "Notes | Harbour Works").author).toBeNull();
    expect(page(`<h1>Notes from the late ferry</h1>${BODY}`, head("LA GACETA", "LA GACETA", ARTICLE), "Notes | LA GACETA").author).toBeNull();
    expect(page(`<h1>Notes from the late ferry</h1>${BODY}`, head("Al Mirsad", "Al Mirsad", ARTICLE), "Notes | Al Mirsad").author).toBeNull();
  });
  it("does not take a declared author that is not the site's name and never shows", () => {
    expect(page(`<h1>Notes from the late ferry</h1>${BODY}`, head("Harbour Times", "Maria Lindqvist", ARTICLE)).author).toBeNull();
  });
});

describe("byline elements and rows", () => {
  it("reads a byline class spelt with a separator or after the poster verb", () => {
    expect(page(`<h1>Late ferry added</h1><div class="by-line">Maria Lindqvist</div>${BODY}`).author).toBe("Maria Lindqvist");
    expect(page(`<h1>Late ferry added</h1><span class="posted-by">Maria Lindqvist</span>${BODY}`).author).toBe("Maria Lindqvist");
  });
  it("drops the site's name after a spaced slash", () => {
    const m = page(`<h1>Late ferry added</h1><div class="byline">By Maria Lindqvist / Harbour Times</div>${BODY}`, `<meta property="og:site_name" content="Harbour Times">`);
    expect(m.author).toBe("Maria Lindqvist");
  });
  it("keeps two names joined by a spaced slash", () => {
    expect(page(`<h1>Late ferry added</h1><div class="byline">By Maria Lindqvist / Pelle Orvik</div>${BODY}`).author).toBe("Maria Lindqvist, Pelle Orvik");
  });
  it("takes the reporter of wire copy's closing credit line, not the editor", () => {
    expect(page(`<h1>Late ferry added</h1>${BODY}<p>Reporting by Maria Lindqvist; Editing by Pelle Orvik</p>`).author).toBe("Maria Lindqvist");
  });
  it("takes the name and leaves the role set on the next block or run into it", () => {
    expect(page(`<h1>Late ferry added</h1><div class="byline"><div>Maria Lindqvist</div><div>Transport editor</div></div>${BODY}`).author).toBe("Maria Lindqvist");
    expect(page(`<h1>Late ferry added</h1><div class="byline">Maria Lindqvist Senior Transport Reporter</div>${BODY}`).author).toBe("Maria Lindqvist");
  });
});

describe("Chinese reporter credits with the place filed from", () => {
  const ZH = "<p>" + "渡轮委员会同意在星期五增加一班晚间渡轮，因为通勤者整个冬天都在要求。".repeat(6) + "</p>";
  const zh = (credit: string) => page(`<h1>渡轮委员会增加晚间班次</h1><p>${credit}</p>${ZH}`, "", "渡轮委员会增加晚间班次", "zh").author;
  it("reads the reporter before the slash and the place", () => {
    expect(zh("記者王小明／台北報導")).toBe("王小明");
    expect(zh("〔记者李华/北京报道〕")).toBe("李华");
  });
  it("reads a reporter label and name set apart as a block under the headline", () => {
    expect(zh("记者 王小明")).toBe("王小明");
    expect(page(`<h1>渡轮委员会增加晚间班次</h1>${ZH}<p>我们的记者 王小明 昨天在码头采访了通勤者和船员。</p>`, "", "渡轮委员会增加晚间班次", "zh").author).toBeNull();
  });
  it("does not read a photo credit", () => {
    expect(zh("记者 王小明 摄")).toBeNull();
  });
  it("does not read a heading or a label noun after the label, nor the label block further down", () => {
    expect(zh("作者 简介")).toBeNull();
    expect(zh("记者 会见")).toBeNull();
    expect(page(`<h1>渡轮委员会增加晚间班次</h1><p>渡轮委员会同意增加晚间渡轮。</p><p>作者 王小明</p>${ZH}`, "", "渡轮委员会增加晚间班次", "zh").author).toBeNull();
  });
});

describe("name forms in byline lines", () => {
  it("keeps a middle initial without its dot and names with two particles", () => {
    expect(page(`<h1>Late ferry added</h1><p>By Maria K Lindqvist</p>${BODY}`).author).toBe("Maria K Lindqvist");
    expect(page(`<h1>Late ferry added</h1><p>By Maria del Carmen Lindqvist</p>${BODY}`).author).toBe("Maria del Carmen Lindqvist");
  });
  it("reads the writer of a credit row that goes on with a bullet", () => {
    expect(page(`<h1>Late ferry added</h1><p class="credits">Story by Maria Lindqvist • Photos by Pelle Orvik</p>${BODY}`).author).toBe("Maria Lindqvist");
  });
  it("cuts the Spanish place after a whole name, and keeps Dutch co-authors", () => {
    expect(page(`<h1>Late ferry added</h1><p class="autor">Maria Lindqvist en Madrid</p>${BODY}`, "", undefined, "es").author).toBe("Maria Lindqvist");
    expect(page(`<h1>Late ferry added</h1><p class="auteur">Maria Lindqvist en Pelle Orvik</p>${BODY}`, "", undefined, "nl").author).toBe("Maria Lindqvist, Pelle Orvik");
  });
  it("ends a byline run into the lead paragraph at its full stop", () => {
    const lead = `<p>Von Maria Lindqvist. Die Fährgesellschaft hat beschlossen, freitags eine späte Überfahrt anzubieten.</p>`;
    expect(page(`<h1>Späte Fähre kommt</h1>${lead}${BODY}`, "", undefined, "de").author).toBe("Maria Lindqvist");
  });
});

describe("a JSON-LD author typed as an organisation", () => {
  const ld = (author: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":${author}}</script>`;
  it("gives way to the writer's byline the page prints", () => {
    const m = page(`<h1>Late ferry added</h1><p>By Maria Lindqvist</p>${BODY}`, ld(`{"@type":"Organization","name":"Northern Wire Service"}`));
    expect(m.author).toBe("Maria Lindqvist");
  });
  it("is still the author when the page prints no byline", () => {
    const m = page(`<h1>Late ferry added</h1><p>Northern Wire Service reports from the harbour.</p>${BODY}`, ld(`{"@type":"Organization","name":"Northern Wire Service"}`));
    expect(m.author).toBe("Northern Wire Service");
  });
  it("a Person author stays first", () => {
    const m = page(`<h1>Late ferry added</h1><p>Pelle Orvik took the photos.</p><p>By Maria Lindqvist</p>${BODY}`, ld(`{"@type":"Person","name":"Pelle Orvik"}`));
    expect(m.author).toBe("Pelle Orvik");
  });
});

describe("a meta row under the headline whose name and date sit in child elements", () => {
  it("reads the name beside the date in spans, blocks or lines", () => {
    expectAuthors(pageAuthor, [
      [`<h1>Late ferry added</h1><div class="meta"><span>Maria Lindqvist</span> | <span>March 4, 2021</span></div>${BODY}`, "Maria Lindqvist"],
      [`<h1>Late ferry added</h1><p>March 4, 2021<br>Maria Lindqvist</p>${BODY}`, "Maria Lindqvist"],
      [`<h1>Late ferry added</h1><div class="meta"><div>Maria Lindqvist</div><div>March 4, 2021</div></div>${BODY}`, "Maria Lindqvist"],
    ]);
  });
  it("does not take a list item's or a linked teaser's title beside the date", () => {
    expectAuthors(pageAuthor, [
      [`<h1>Late ferry added</h1><ul><li><span>Maria Callas Returns</span> <span>March 4, 2021</span></li></ul>${BODY}`, null],
      [`<h1>Late ferry added</h1><div class="meta"><a href="/2021/03/maria-callas-returns">Maria Callas Returns</a> <span>March 4, 2021</span></div>${BODY}`, null],
      [`<h1>Late ferry added</h1><div class="meta"><a href="/author/maria-lindqvist">Maria Lindqvist</a> <span>March 4, 2021</span></div>${BODY}`, "Maria Lindqvist"],
    ]);
  });
  it("does not take a button's label beside the date", () => {
    expect(page(`<h1>Late ferry added</h1><div class="meta"><span>March 4, 2021</span> <a href="#share">Share Story</a></div>${BODY}`).author).toBeNull();
  });
});

describe("name joins", () => {
  it("keeps an initial whose letter is also a connector word", () => {
    expect(page(`<h1>Late ferry added</h1><div class="byline">By Maria Y. Lindqvist</div>${BODY}`).author).toBe("Maria Y. Lindqvist");
    expect(page(`<h1>Паром добавлен поздно</h1><div class="author">И. Петров</div>${BODY}`, "", undefined, "ru").author).toBe("И. Петров");
  });
  it("drops a place after a slash, spaced or not", () => {
    expect(page(`<h1>Late ferry added</h1><div class="byline">Maria Lindqvist/New York</div>${BODY}`).author).toBe("Maria Lindqvist");
    expect(page(`<h1>Late ferry added</h1><div class="byline">By Maria Lindqvist / Oslo</div>${BODY}`).author).toBe("Maria Lindqvist");
  });
  it("splits two whole names joined by an unspaced slash, and still by a connector word", () => {
    expect(page(`<h1>Late ferry added</h1><div class="byline">Maria Lindqvist/Pelle Orvik</div>${BODY}`).author).toBe("Maria Lindqvist, Pelle Orvik");
    expect(page(`<h1>Late ferry added</h1><div class="autor">Por Maria Lindqvist y Pelle Orvik</div>${BODY}`, "", undefined, "es").author).toBe("Maria Lindqvist, Pelle Orvik");
  });
});

describe("a JSON-LD author given as its author page's address", () => {
  const ld = (author: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":${author}}</script>`;
  it("spells the slug as the name the page prints", () => {
    const m = page(`<h1>Late ferry added</h1><p>Maria Lindqvist</p>${BODY}`, ld(`{"@type":"Person","url":"https://harbour-times.example/author/maria-lindqvist/"}`));
    expect(m.author).toBe("Maria Lindqvist");
    expect(m.authorFrom).toBe("json-ld-url");
  });
  it("gives nothing when the page never prints that name", () => {
    expect(page(`<h1>Late ferry added</h1>${BODY}`, ld(`"https://harbour-times.example/author/maria-lindqvist"`)).author).toBeNull();
  });
  it("gives nothing for a slug that is no person's name printed outside any byline element", () => {
    const m = page(`<h1>Late ferry added</h1><p>Harbour Ferries</p>${BODY}`, ld(`{"@type":"Person","url":"https://harbour-times.example/author/harbour-ferries/"}`));
    expect(m.author).toBeNull();
  });
  it("keeps a slug name the page prints in a byline element", () => {
    const m = page(`<h1>Late ferry added</h1><span class="author">Tavo Quennell</span>${BODY}`, ld(`{"@type":"Person","url":"https://harbour-times.example/author/tavo-quennell/"}`));
    expect(m.author).toBe("Tavo Quennell");
  });
});

describe("byline words of more languages and credit forms", () => {
  const line = (opener: string, lang = "en") => page(`<h1>Late ferry added</h1><p>${opener} Maria Lindqvist</p>${BODY}`, "", undefined, lang).author;
  it.each([
    ["Un article de", "fr"],
    ["Entrevista de", "es"],
    ["Texto:", "pt"],
    ["Testo di", "it"],
    ["Tekst:", "nl"],
    ["Autorka:", "pl"],
    ["Skrevet af", "da"],
    ["Skrivet av", "sv"],
    ["Kirjoittanut", "fi"],
    ["Reported by", "en"],
    ["Compiled by", "en"],
    ["Words:", "en"],
  ])("reads '%s <name>'", (opener, lang) => {
    expect(line(opener, lang)).toBe("Maria Lindqvist");
  });
  it("reads the longer credit forms before their first word", () => {
    expect(line("Texto de", "es")).toBe("Maria Lindqvist");
    expect(line("Reportagem de", "pt")).toBe("Maria Lindqvist");
    expect(line("Text und Fotos:", "de")).toBe("Maria Lindqvist");
    expect(line("Texto e fotos:", "pt")).toBe("Maria Lindqvist");
  });
  it("does not read a title-case heading that opens with the noun for 'text' or 'report', without its colon", () => {
    const heading = (h: string, lang: string) => page(`<h1>Late ferry added</h1><h2>${h}</h2>${BODY}`, "", undefined, lang).author;
    expect(heading("Texto Completo Del Proyecto", "es")).toBeNull();
    expect(heading("Reportagem Especial Sobre Portos", "pt")).toBeNull();
    expect(heading("Tekst Nieuwe Regels", "nl")).toBeNull();
  });
  it("does not read a line that only opens with 'de' or 'Words'", () => {
    expect(line("De", "es")).toBeNull();
    expect(line("Words", "en")).toBeNull();
  });
});

describe("an author box that prints the writer's bio only", () => {
  it("takes the name the bio opens with", () => {
    expect(page(`<h1>Late ferry added</h1>${BODY}<div class="author">Maria Lindqvist is a freelance writer in Oslo.</div>`).author).toBe("Maria Lindqvist");
  });
  it("does not take a sentence whose subject is no person's name", () => {
    expect(page(`<h1>Late ferry added</h1>${BODY}<div class="author">Harbour Desk is a team of three reporters.</div>`).author).toBeNull();
  });
});

describe("CMS byline classes and publishing verbs", () => {
  it("reads Drupal's 'submitted' row, a name or a user name", () => {
    expect(page(`<h1>Late ferry added</h1><div class="submitted">Submitted by Maria Lindqvist on March 4, 2021</div>${BODY}`).author).toBe("Maria Lindqvist");
    expect(page(`<h1>Late ferry added</h1><div class="submitted">Submitted by <a href="/user/12">mlindqvist</a> on Thu, 03/04/2021 - 10:00</div>${BODY}`).author).toBe("mlindqvist");
  });
  it("reads an element whose class is just 'by'", () => {
    expect(page(`<h1>Late ferry added</h1><span class="by">Maria Lindqvist</span>${BODY}`).author).toBe("Maria Lindqvist");
    expect(page(`<h1>Late ferry added</h1><span class="sort-by">Newest First</span>${BODY}`).author).toBeNull();
  });
  it("does not read a 'by' or 'submitted' element whose text is no byline and no person's name", () => {
    expect(page(`<h1>Late ferry added</h1><span class="by">Most Popular</span>${BODY}`).author).toBeNull();
    expect(page(`<h1>Late ferry added</h1><div class="submitted">Thank You Pelle</div>${BODY}`).author).toBeNull();
  });
  it("reads the Dutch publishing verb", () => {
    expect(page(`<h1>Veerboot</h1><p class="meta">Gepubliceerd door Maria Lindqvist op 4 maart 2021</p>${BODY}`, "", undefined, "nl").author).toBe("Maria Lindqvist");
  });
});
