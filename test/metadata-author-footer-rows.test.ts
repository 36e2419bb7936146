/**
 * Author families of one-person sites, recipe boxes, section headings and byline rows (invented
 * pages): the owner named only in the footer's copyright line, a recipe's cook box, "By the Numbers" as a sub-heading,
 * reversed name lists, byline rows whose date runs on to a name, and a signature after a dash.
 */
import { describe, expect, it } from "vitest";
import { extractHtml } from "../stages/clean/html.ts";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const BODY = paragraph("The allotment's rhubarb came up early this year, and the forcing pots went on a fortnight before the frost.");
const H1 = "<h1>Forcing rhubarb in a cold spring</h1>";
const page = (body: string, head = "") => metadataOf({ title: "Forcing rhubarb in a cold spring", head, body, url: "https://plotnotes.example/2019/03/rhubarb" });

describe("a one-person site's owner in the footer's copyright line", () => {
  it("takes the holder of a copyright line with its year when nothing else names the writer", () => {
    const m = page(`${H1}${BODY}<div id="footer"><p>© 2012-2019 Maren Solberg. <a href="/imprint">Imprint</a></p></div>`);
    expect([m.author, m.authorFrom]).toEqual(["Maren Solberg", "copyright-owner"]);
  });

  it("reads a licence link's line too ('(Creative Commons licence) 2008 by …')", () => {
    const m = page(`${H1}${BODY}<p><small>(<a href="/cc">Creative Commons licence</a>) 2006-2008 by Peter Lunde<br>Hosted by Example Hosting</small></p>`);
    expect(m.author).toBe("Peter Lunde");
  });

  it("prefers the byline the page prints", () => {
    const m = page(`${H1}<p class="byline">By Ines Varga</p>${BODY}<p>© 2019 Maren Solberg.</p>`);
    expect(m.author).toBe("Ines Varga");
  });

  it("takes no picture credit (no year), no firm, no list of holders and no line with a rights notice", () => {
    expect(page(`${H1}<figure><img src="a.jpg"><figcaption>© Maren Solberg</figcaption></figure>${BODY}`).author).toBeNull();
    expect(page(`${H1}${BODY}<p>© 2019 Solberg Productions.</p>`).author).toBeNull();
    expect(page(`${H1}${BODY}<p>© Copyright 2010-2014, Maren Solberg, Tor Lunde, and contributors.</p>`).author).toBeNull();
    // (a rights notice is a firm's or a publisher's legal line, printed under every page whoever wrote it)
    expect(page(`${H1}${BODY}<p>Copyright © 2019 by Maren Solberg - All rights reserved.</p>`).author).toBeNull();
  });
});

describe("a recipe's cook box", () => {
  it("takes the name element of a recipe expert box", () => {
    const m = page(`${H1}${BODY}<div class="recipe-expert"><div class="recipe-expert-name">Maren Solberg</div><a href="/experts/maren-solberg">All her recipes</a></div>`);
    expect(m.author).toBe("Maren Solberg");
  });
});

describe("a sub-heading that opens with a byline word", () => {
  it("is a section's heading, not a byline", () => {
    expect(page(`${H1}${BODY}<h2>By The Numbers</h2>${BODY}`).author).toBeNull();
    expect(page(`${H1}${BODY}<h3>By Design</h3>${BODY}`).author).toBeNull();
  });

  it("still names a person set as a sub-heading under the headline", () => {
    expect(page(`${H1}<h3>By Maren Solberg</h3>${BODY}`).author).toBe("Maren Solberg");
  });
});

describe("reversed names", () => {
  it("turns each name of a semicolon list round", () => {
    expect(cleanAuthor(["Solberg, Maren; Lunde, Tor"])).toBe("Maren Solberg, Tor Lunde");
    expect(cleanAuthor(["Solberg, Maren"])).toBe("Maren Solberg");
  });
});

describe("byline rows whose date runs on", () => {
  it("keeps the co-author set flush against a <time> or a date-classed span", () => {
    expect(page(`${H1}<div class="byline"><span>By <a href="/author/ms">Maren Solberg</a> and <a href="/author/tl">Tor Lunde</a></span><time>March 3, 2019</time></div>${BODY}`).author).toBe(
      "Maren Solberg, Tor Lunde",
    );
    expect(page(`${H1}<div class="byline">By Maren Solberg and Tor Lunde<span class="post-date">March 3, 2019</span></div>${BODY}`).author).toBe("Maren Solberg, Tor Lunde");
  });

  it("reads two writers on a short date line under the headline, not two things", () => {
    expect(page(`${H1}<p>Maren Solberg und Tor Lunde, 03.03.2019</p>${BODY}`).author).toBe("Maren Solberg, Tor Lunde");
    expect(page(`${H1}<p>Rhubarb Pie and Custard Tart, 03.03.2019</p>${BODY}`).author).toBeNull();
  });

  it("keeps a co-writer after 'with' in a byline run under the headline, not an outlet", () => {
    expect(page(`${H1}<p>By Maren Solberg with Tor Lunde, March 3, 2019</p>${BODY}`).author).toBe("Maren Solberg, Tor Lunde");
    expect(page(`${H1}<p>By Maren Solberg with The Associated Press</p>${BODY}`).author).toBe("Maren Solberg");
  });

  it("drops a date's month run on to a co-author in capitals, not a name like a month", () => {
    expect(page(`${H1}<p>By MAREN SOLBERG and TOR LUNDE March 3, 2019</p>${BODY}`).author).toBe("Maren Solberg, Tor Lunde");
    expect(page(`${H1}<p>By Maren Solberg and Ann May</p>${BODY}`).author).toBe("Maren Solberg, Ann May");
  });

  it("drops the weekday before the date and the separator before a relative time", () => {
    expect(page(`${H1}<div class="article-author"><a href="/latest?author=ms"><span>Maren Solberg</span></a>&nbsp; <span>Monday, March 4, 2019 @ 11:10 PM</span></div>${BODY}`).author).toBe(
      "Maren Solberg",
    );
    expect(page(`${H1}<p class="byline">By Maren Solberg, Tor Lunde - 3 hours ago</p>${BODY}`).author).toBe("Maren Solberg, Tor Lunde");
  });
});

describe("a signature after a dash closing the article", () => {
  const article = (last: string) =>
    extractHtml(`<html><head><title>Forcing rhubarb</title></head><body><article>${H1}${BODY}${BODY}${last}</article></body></html>`, { url: "https://plotnotes.example/2019/03/rhubarb" }).meta;

  it("takes the name after a dash or a tilde", () => {
    expect(article("<p>— Maren Solberg</p>")?.author).toBe("Maren Solberg");
    expect(article("<p>~ Maren Solberg</p>")?.author).toBe("Maren Solberg");
  });

  it("takes no dashed line that is not a bare name", () => {
    expect(article("<p>— Photo: Maren Solberg</p>")?.author ?? null).toBeNull();
    expect(article("<p>- the end -</p>")?.author ?? null).toBeNull();
  });
});
