/**
 * Author families of one-person sites, recipe boxes, section headings and byline rows (invented
 * pages): the owner named only in the footer's copyright line, a recipe's cook box, "By the Numbers" as a sub-heading,
 * reversed name lists, byline rows whose date runs on to a name, and a signature after a dash; with the guards of each
 * (credits in the article, firms and places in footers, quotation attributions, weekdays that are surnames, "with" and a
 * title or a credit, two things on a date line, class tokens that only hold a date word).
 */
import { describe, expect, it } from "vitest";
import { extractHtml } from "../stages/clean/html.ts";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { metadataOf, pageHtml, paragraph } from "./helpers/html-page.ts";

const BODY = paragraph("The allotment's rhubarb came up early this year, and the forcing pots went on a fortnight before the frost.");
const H1 = "<h1>Forcing rhubarb in a cold spring</h1>";
const page = (body: string, head = "") => metadataOf({ title: "Forcing rhubarb in a cold spring", head, body, url: "https://plotnotes.example/2019/03/rhubarb" });
// the owner is the cleaner's last fallback (after its removed byline and a signature): read through the whole extractor
const owned = (body: string, head = "") =>
  extractHtml(pageHtml({ title: "Forcing rhubarb in a cold spring", head, body }), { url: "https://plotnotes.example/2019/03/rhubarb" }).meta;
const footer = (line: string) => owned(`${H1}${BODY}<footer class="colophon"><ul><li>${line}</li><li><a href="/contact">Contact</a></li></ul></footer>`).author;

describe("a one-person site's owner in the footer's copyright line", () => {
  it("takes the holder of a copyright line with its year when nothing else names the writer", () => {
    const m = owned(`${H1}${BODY}<footer class="colophon"><ul><li>© 2016–2021 Hugo Farrant</li><li><a href="/contact">Contact</a></li></ul></footer>`);
    expect([m.author, m.authorFrom]).toEqual(["Hugo Farrant", "copyright-owner"]);
    expect(footer("Copyright 2020 Nora J. Quill")).toBe("Nora J. Quill");
  });

  it("reads a line that opens with a licence's bracket too ('(CC BY-NC licence) 2014 by …')", () => {
    const m = owned(`${H1}${BODY}<section id="colophon">(<a href="/licence">CC BY-NC licence</a>) 2014 by Clara Vesey</section>`);
    expect(m.author).toBe("Clara Vesey");
  });

  it("prefers the byline the page prints", () => {
    const m = owned(`${H1}<p class="byline">By Ines Varga</p>${BODY}<p>© 2019 Clara Vesey.</p>`);
    expect(m.author).toBe("Ines Varga");
  });

  it("finds the footer of a long page, read from its end", () => {
    const m = owned(`${H1}${BODY}<div class="thread">${"<span>a reply</span>".repeat(52_000)}</div><footer>© 2018 Hugo Farrant</footer>`);
    expect(m.author).toBe("Hugo Farrant");
  });

  it("takes no picture credit (no year), no firm, no list of holders and no line with a rights notice", () => {
    expect(owned(`${H1}<figure><img src="a.jpg"><figcaption>© Clara Vesey</figcaption></figure>${BODY}`).author).toBeNull();
    expect(footer("© 2019 Farrant Productions.")).toBeNull();
    expect(footer("© Copyright 2011-2015, Clara Vesey, Otto Farrelly, and contributors.")).toBeNull();
    // (a rights notice is a firm's or a publisher's legal line, printed under every page whoever wrote it)
    expect(footer("Copyright © 2019 by Clara Vesey - All rights reserved.")).toBeNull();
  });

  it("takes no credit for a part of the page: a caption, a photo, a theme, a song, a book in a box", () => {
    expect(owned(`${H1}${BODY}<figure><img src="b.jpg"><figcaption>© 2021 Edith Crane</figcaption></figure>`).author).toBeNull();
    expect(owned(`${H1}${BODY}<p class="credit">Pictures © 2020 Edith Crane</p><footer>Plot Notes</footer>`).author).toBeNull();
    expect(footer("Theme © 2017 Edith Crane")).toBeNull();
    expect(owned(`${H1}${BODY}<p>Song words © 1968 Edith Crane</p>`).author).toBeNull();
    expect(owned(`${H1}${BODY}<aside><p>© 2018 Edith Crane</p><p>The Cold Frame, a novel</p></aside>`).author).toBeNull();
    expect(extractHtml(`<html><body><main>${H1}${BODY}<p>© 2022 Edith Crane</p></main></body></html>`, { url: "https://plotnotes.example/a" }).meta?.author ?? null).toBeNull();
  });

  it("takes no business, place or venue named after a person or a given name", () => {
    for (const holder of ["Edith Crane Photography", "Nora Quill Realty", "Ida Marsh Yoga", "Victoria Park.", "Virginia Beach", "Santa Monica", "Rose Garden", "Ida Marsh Opera House"]) {
      expect([holder, footer(`© 2022 ${holder}`)]).toEqual([holder, null]);
    }
  });
});

describe("a recipe's cook box", () => {
  it("takes the name element of a cook's box", () => {
    const m = page(`${H1}${BODY}<section class="recipe-card"><h2>Ingredients</h2><ul><li>Rhubarb</li><li>Sugar</li></ul><p>Recipe from <span class="chef-name">Otto Farrelly</span></p></section>`);
    expect(m.author).toBe("Otto Farrelly");
  });
});

describe("a sub-heading that opens with a byline word", () => {
  it("is a section's heading, not a byline", () => {
    expect(page(`${H1}${BODY}<h2>By The Numbers</h2>${BODY}`).author).toBeNull();
    expect(page(`${H1}${BODY}<h3>By Design</h3>${BODY}`).author).toBeNull();
  });

  it("still names a person set as a sub-heading under the headline", () => {
    expect(page(`${H1}<h3>By Clara Vesey</h3>${BODY}`).author).toBe("Clara Vesey");
  });
});

describe("reversed names", () => {
  it("turns each name of a semicolon list round", () => {
    expect(cleanAuthor(["Vesey, Clara; Farrelly, Otto"])).toBe("Clara Vesey, Otto Farrelly");
    expect(cleanAuthor(["Vesey, Clara"])).toBe("Clara Vesey");
  });

  it("turns no place round ('City, State')", () => {
    expect(cleanAuthor(["Vesey, Clara; Austin, Texas"])).toBe("Clara Vesey");
    expect(cleanAuthor(["Austin, Texas; Jackson, Mississippi"])).toBeNull();
  });
});

describe("byline rows whose date runs on", () => {
  it("keeps the co-author set flush against a <time> or a date-classed span", () => {
    expect(page(`${H1}<div class="byline"><span>By <a href="/author/cv">Clara Vesey</a> and <a href="/author/of">Otto Farrelly</a></span><time>March 3, 2019</time></div>${BODY}`).author).toBe(
      "Clara Vesey, Otto Farrelly",
    );
    expect(page(`${H1}<div class="byline">By Clara Vesey and Otto Farrelly<span class="post-date">March 3, 2019</span></div>${BODY}`).author).toBe("Clara Vesey, Otto Farrelly");
  });

  it("reads a class with a date word that does not end it as no date ('author-data', 'time-author')", () => {
    expect(page(`${H1}<div class="byline">By <a href="/u/cv">Clara Vesey</a> and <span class="author-data">Otto Farrelly</span></div>${BODY}`).author).toBe("Clara Vesey, Otto Farrelly");
    expect(page(`${H1}<div class="byline">By <a href="/u/cv">Clara Vesey</a> and <span class="time-author">Otto Farrelly</span></div>${BODY}`).author).toBe("Clara Vesey, Otto Farrelly");
  });

  it("reads two writers on a short date line under the headline, not two things", () => {
    expect(page(`${H1}<p>Clara Vesey und Ida Marsh, 03.03.2019</p>${BODY}`).author).toBe("Clara Vesey, Ida Marsh");
    expect(page(`${H1}<p>Rhubarb Pie and Custard Tart, 03.03.2019</p>${BODY}`).author).toBeNull();
  });

  it("reads no body or venue beside a person on a date line as a writer", () => {
    expect(page(`${H1}<p>Clara Vesey & Harbour Council, 03.03.2019</p>${BODY}`).author ?? "").not.toContain("Council");
    expect(page(`${H1}<p>Rose Garden & Tea Room | 3 March 2021</p>${BODY}`).author).toBeNull();
  });

  it("keeps a co-writer after 'with' in a byline run under the headline, not an outlet", () => {
    expect(page(`${H1}<p>By Clara Vesey with Otto Farrelly, March 3, 2019</p>${BODY}`).author).toBe("Clara Vesey, Otto Farrelly");
    expect(page(`${H1}<p>By Clara Vesey with The Associated Press</p>${BODY}`).author).toBe("Clara Vesey");
  });

  it("takes no title, credit or person met after 'with' as a co-writer", () => {
    expect(page(`${H1}<p>By Clara Vesey with Additional Reporting</p>${BODY}`).author).toBe("Clara Vesey");
    expect(page(`${H1}<p>By Clara Vesey with Prime Minister Otto Farrelly</p>${BODY}`).author).toBe("Clara Vesey");
    expect(page(`${H1}<p>By Clara Vesey with Otto Farrelly in Harbourton</p>${BODY}`).author).toBe("Clara Vesey");
    expect(page(`${H1}<p>By Clara Vesey with Video By Ida Marsh, March 3, 2021</p>${BODY}`).author).toBe("Clara Vesey");
  });

  it("drops a date's month run on to a co-author in capitals, not a name like a month", () => {
    expect(page(`${H1}<p>By CLARA VESEY and OTTO FARRELLY March 3, 2019</p>${BODY}`).author).toBe("Clara Vesey, Otto Farrelly");
    expect(page(`${H1}<p>By Clara Vesey and Ann May</p>${BODY}`).author).toBe("Clara Vesey, Ann May");
  });

  it("drops the weekday before the date and the separator before a relative time", () => {
    expect(page(`${H1}<header class="entry-meta"><p class="byline">Words: Nora Quill Thursday, June 11, 2020</p></header>${BODY}`).author).toBe("Nora Quill");
    expect(cleanAuthor(["Nora Quill Thu, June 11, 2020"])).toBe("Nora Quill");
    expect(page(`${H1}<p class="byline">By Clara Vesey, Otto Farrelly - 3 hours ago</p>${BODY}`).author).toBe("Clara Vesey, Otto Farrelly");
  });

  it("keeps a surname that is a weekday's name", () => {
    expect(page(`${H1}<p class="byline">By Ida Friday, June 11, 2020</p>${BODY}`).author).toBe("Ida Friday");
    expect(cleanAuthor(["Otto Sun June 11, 2020"])).toBe("Otto Sun");
  });
});

describe("a signature after a dash closing the article", () => {
  const article = (last: string) =>
    extractHtml(`<html><head><title>Forcing rhubarb</title></head><body><article>${H1}${BODY}${BODY}${last}</article></body></html>`, { url: "https://plotnotes.example/2019/03/rhubarb" }).meta;

  it("takes the name after a dash or a tilde", () => {
    expect(article("<p>— Clara Vesey</p>")?.author).toBe("Clara Vesey");
    expect(article("<p>~ Clara Vesey</p>")?.author).toBe("Clara Vesey");
  });

  it("takes no dashed line that is not a bare name", () => {
    expect(article("<p>— Photo: Clara Vesey</p>")?.author ?? null).toBeNull();
    expect(article("<p>- the end -</p>")?.author ?? null).toBeNull();
  });

  it("takes no quotation's attribution", () => {
    expect(article("<p>“A garden is never finished, only paused.”</p><p>— Edith Crane</p>")?.author ?? null).toBeNull();
    expect(article(`<p>"Sow thin, weed often."</p><p>– Otto Farrelly</p>`)?.author ?? null).toBeNull();
    expect(article("<blockquote><p>Sow thin, weed often.</p><p>— Otto Farrelly</p></blockquote>")?.author ?? null).toBeNull();
    expect(article("<blockquote><p>Sow thin, weed often.</p></blockquote><p>— Otto Farrelly</p>")?.author ?? null).toBeNull();
  });

  it("takes no closing phrase, place or body after a dash", () => {
    for (const last of ["— The End", "— New York", "— Harbour Council", "— Happy Holidays", "~ Best Wishes", "— Kind Regards"]) {
      expect([last, article(`<p>${last}</p>`)?.author ?? null]).toEqual([last, null]);
    }
  });
});
