/**
 * Bylines that are neither a paragraph of their own nor marked up as the author (invented pages): the byline word
 * in either case inside any element of the meta row near the headline, after a date and a bar, before a date, with
 * a noun before it ("Ein Beitrag von"), a user name linked to its author page; and a one-person site named after
 * its author, whose byline element names that person.
 */
import { describe, expect, it } from "vitest";
import { metadataOf, paragraph } from "./helpers/html-page.ts";
import { expectAuthors } from "./helpers/author-rows.ts";

const PARA = paragraph("The ferry timetable changes in May, and the early boat will leave the harbour twenty minutes later than now.", 5);
const page = (body: string, head = "") => metadataOf({ head, body, url: "https://news.example.org/ferry" });
const pageAuthor = (body: string) => page(body).author;

describe("a byline box near the headline", () => {
  it("reads a lower-case byline word in an inline element", () => {
    const m = page(`<h1>Ferry timetable changes in May</h1><div class="meta-row"><em>by Tomasz Wierzbicki</em></div>${PARA}`);
    expect(m.author).toBe("Tomasz Wierzbicki");
    expect(m.authorFrom).toBe("byline-box");
  });

  it("reads the byline after the row's date and bar, the name in a link", () => {
    const m = page(`<h1>Ferry timetable changes in May</h1><div class="row"><span>12.03.2020</span> | <span>von <a href="/autor/greta-lindqvist">Greta Lindqvist</a></span></div>${PARA}`);
    expect(m.author).toBe("Greta Lindqvist");
  });

  it("reads the byline word alone in its element, the name beside it", () => {
    const m = page(`<h1>Ferry timetable changes in May</h1><div class="row"><span>By</span> <a href="/about">Oona Kettunen</a></div>${PARA}`);
    expect(m.author).toBe("Oona Kettunen");
  });

  it("reads a user name that links to the author's page or closes the box", () => {
    expectAuthors(pageAuthor, [
      [`<h1>Ferry timetable changes in May</h1><div class="row"><span>By</span> <a href="/users/harbourfan">harbourfan</a></div>${PARA}`, "harbourfan"],
      [`<h1>Ferry timetable changes in May</h1><div class="row"><span>von kaiser7 | 12.03.2020</span></div>${PARA}`, "kaiser7"],
      [`<h1>Ferry timetable changes in May</h1><div class="row"><span>by the way</span></div>${PARA}`, null],
      [`<h1>Ferry timetable changes in May</h1><div class="row"><span>von der Fähre</span></div>${PARA}`, null],
    ]);
  });

  it("takes the name before the date that follows it", () => {
    const m = page(`<h1>Ferry timetable changes in May</h1><div class="row"><strong>Verfasst von Jana Horáková am 12.03.2020</strong></div>${PARA}`);
    expect(m.author).toBe("Jana Horáková");
  });

  it("drops the noun before the byline word ('Ein Beitrag von', 'A guest post by')", () => {
    expect(page(`<h1>Ferry timetable changes in May</h1><div class="row"><span>Ein Gastbeitrag von Jana Horáková</span></div>${PARA}`).author).toBe("Jana Horáková");
    expect(page(`<h1>Ferry timetable changes in May</h1><p class="byline">A guest post by Oona Kettunen</p>${PARA}`).author).toBe("Oona Kettunen");
  });

  it("drops a CMS's publishing verb before the byline word ('Erstellt von')", () => {
    expect(page(`<h1>Ferry timetable changes in May</h1><span class="author">Erstellt von Jana Horáková</span>${PARA}`).author).toBe("Jana Horáková");
  });

  it("ignores a byline word inside a sentence and a photo credit", () => {
    expect(page(`<h1>Ferry timetable changes in May</h1><p><small>Photo by Oona Kettunen</small></p>${PARA}`).author).toBeNull();
    expect(page(`<h1>Ferry timetable changes in May</h1><p>The plan was drawn up by Oona Kettunen and the harbour board.</p>${PARA}`).author).toBeNull();
  });

  it("ignores a byline box far below the headline (a teaser list at the foot of the page)", () => {
    const filler = "<div><span>Harbour news</span></div>".repeat(60);
    expect(page(`<h1>Ferry timetable changes in May</h1>${PARA}${filler}<div><em>by Oona Kettunen</em></div>`).author).toBeNull();
  });
});

describe("a one-person site named after its author", () => {
  const site = (name: string) => `<meta property="og:site_name" content="${name}">`;
  const byline = `<h1>Ferry timetable changes in May</h1><span class="author">Greta Lindqvist</span>${PARA}`;
  it("keeps the person a byline element names although the site bears the name", () => {
    expect(page(byline, site("Greta Lindqvist Photography")).author).toBe("Greta Lindqvist");
    expect(page(byline, site("Greta Lindqvist")).author).toBe("Greta Lindqvist");
  });
  it("still drops a publisher's name in the byline element", () => {
    const org = `<h1>Ferry timetable changes in May</h1><span class="author">Harbour Press</span>${PARA}`;
    expect(page(org, site("Harbour Press")).author).toBeNull();
    const paper = `<h1>Ferry timetable changes in May</h1><span class="author">Nordhafen Nachrichten</span>${PARA}`;
    expect(page(paper, site("Nordhafen Nachrichten")).author).toBeNull();
  });
  it("still drops the site's name given as a declared author", () => {
    expect(page(`<h1>Ferry timetable changes in May</h1>${PARA}<p>Greta Lindqvist</p>`, `${site("Greta Lindqvist")}<meta name="author" content="Greta Lindqvist">`).authorFrom).not.toBe("meta:author");
  });
});

describe("a date word in the byline row", () => {
  it("is not taken as the author's name", () => {
    expectAuthors(pageAuthor, [
      [`<h1>Ferry timetable changes in May</h1><div class="author"><time>Montag</time></div>${PARA}`, null],
      [`<h1>Ferry timetable changes in May</h1><div class="author"><time>September</time></div>${PARA}`, null],
      [`<h1>Ferry timetable changes in May</h1><div class="author">Greta Lindqvist, Montag</div>${PARA}`, "Greta Lindqvist"],
    ]);
  });
});
