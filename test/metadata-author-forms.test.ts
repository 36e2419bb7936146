/**
 * Author names in the other forms bylines print them (invented names and pages): contact details glued to
 * the name (e-mail, social handle, "Twitter: @…"), a job title after a dash, in brackets or on the line
 * under the name, "Posted by …" read as a byline opener rather than a date label, CMS poster lines, the
 * site's own account as the byline, and a signature over the signer's role.
 */
import { describe, expect, it } from "vitest";
import { extractHtml } from "../stages/clean/html.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";
import { authorField, expectAuthors } from "./helpers/author-rows.ts";

const BODY = paragraph("The orchard cooperative met on Tuesday to plan the autumn harvest and the new cider press in the old barn.");
const page = (head: string, body: string) => metadataOf({ head, body, url: "https://orchard-news.example/story" });

describe("contact details glued to a byline", () => {
  it("cuts an e-mail address off a byline element's name", () => {
    expect(cleanAuthor(["Mira Solberg mira.solberg@orchard-news.example"], null, { handles: true })).toBe("Mira Solberg");
    expect(cleanAuthor(["Mira Solberg, E-Mail: mira@orchard-news.example"], null, { handles: true })).toBe("Mira Solberg");
  });

  it("drops a declared author that carries a contact address (the site owner's, set site-wide)", () => {
    expect(cleanAuthor(["Mira Solberg info@orchard-news.example"])).toBeNull();
  });

  it("cuts a social handle and its label, brackets and all", () => {
    expectAuthors(authorField(null, { handles: true }), [
      ["Mira Solberg (@msolberg)", "Mira Solberg"],
      ["Mira Solberg Twitter: @msolberg", "Mira Solberg"],
      ["Mira Solberg on Twitter", "Mira Solberg"],
    ]);
  });
});

describe("job titles after the name", () => {
  it("cuts a title after a dash, a slash or in brackets", () => {
    expectAuthors(authorField(), [
      ["Mira Solberg - Staff Writer", "Mira Solberg"],
      ["Mira Solberg – Senior Political Correspondent", "Mira Solberg"],
      ["Mira Solberg (Redakteurin)", "Mira Solberg"],
      ["Mira Solberg / Contributing Editor", "Mira Solberg"],
    ]);
  });

  it("cuts a title on the line under the name", () => {
    expect(cleanAuthor(["Mira Solberg\n  Staff Writer"], null, { handles: true })).toBe("Mira Solberg");
  });

  it("keeps a name that is not followed by a title, and a second author after a dash", () => {
    expect(cleanAuthor(["Mira Solberg - Tomas Ekberg"])).not.toBeNull();
    expect(cleanAuthor(["Mira Solberg and Tomas Ekberg"])).toBe("Mira Solberg, Tomas Ekberg");
  });

  it("reads the name of a byline element that prints the title under it", () => {
    const body = `<h1>Cider press arrives at the old barn</h1><div class="byline">By Mira Solberg<br>\n Staff Writer</div>${BODY}`;
    expect(page("", body).author).toBe("Mira Solberg");
  });
});

describe("bylines opened by a publishing verb", () => {
  it("reads 'Posted by' and 'Published by' as byline openers, not as date labels", () => {
    expectAuthors(authorField(null, { handles: true }), [
      ["Posted by Mira Solberg", "Mira Solberg"],
      ["Published by Mira Solberg", "Mira Solberg"],
      // a date label alone is still no name
      ["Posted 3 March 2020", null],
    ]);
  });
});

describe("CMS poster lines", () => {
  const post = (line: string) => `<table><tr><td><span class="title">Harvest plans for the old barn</span></td></tr><tr><td><span class="info">${line}</span></td></tr></table>${BODY}`;

  it("reads one name or user name between a publishing verb and a date", () => {
    expect(page("", post("Geschrieben von Quill am 25.08.2015 22:30 (1599 x gelesen)")).author).toBe("Quill");
    expect(page("", post("Posted by orchard_fan on March 3, 2020")).author).toBe("orchard_fan");
  });

  it("needs the verb and the date: a bare 'von' phrase or an undated line is no byline", () => {
    expect(page("", post("Nachrichten von Quill über den Herbst")).author).toBeNull();
    expect(page("", post("Posted by Quill in Harvest")).author).toBeNull();
  });

  it("reads 'by' and a short user name before the date right under the headline", () => {
    const under = (line: string) => `<h1>Harvest plans for the old barn</h1><p class="meta">${line}</p>${BODY}`;
    expect(page("", under(`by <span class="vcard">qv</span> on <abbr>December 4, 2006</abbr>`)).author).toBe("qv");
    // not further down, and not without the date
    expect(page("", `<h1>Harvest plans for the old barn</h1>${BODY}<p>Photos by qv on December 4, 2006</p>`).author).toBeNull();
    expect(page("", under(`by qv`)).author).toBeNull();
  });

  it("takes no poster from a list of posts by several people", () => {
    const list = `<ul><li>Posted by Quill on 12/05/2019</li><li>Posted by Birch on 13/05/2019</li></ul>${BODY}`;
    expect(page("", list).author).toBeNull();
  });
});

describe("the site's own account as the byline", () => {
  const head = `<meta property="og:site_name" content="Orchard Courier">`;
  const story = (byline: string) => `<h1>Harvest plans for the old barn</h1><div class="post-meta">${byline} • <time>15 January 2020</time></div>${BODY}`;

  it("names the site when the byline links to the author page of an account spelled like it", () => {
    expect(page(head, story(`By <a class="author" rel="author" href="/news/author/orchard-courier/">Orchard Courier</a>`)).author).toBe("Orchard Courier");
    // an author-page link holding only the site's logo
    expect(page(head, story(`<span class="author"><a href="/autor/orchardcourier/"><img src="logo.png" alt=""></a></span>`)).author).toBe("Orchard Courier");
  });

  it("does not name the site from an account page by number, or from a link to another page", () => {
    expect(page(head, story(`<span class="author"><a href="/author?id=3011">Orchard Courier</a></span>`)).author).toBeNull();
    expect(page(head, story(`<span class="author"><a href="/about/">Orchard Courier</a></span>`)).author).toBeNull();
  });

  it("still prefers a person's byline", () => {
    expect(page(head, story(`By <a class="author" rel="author" href="/author/mira-solberg/">Mira Solberg</a>`)).author).toBe("Mira Solberg");
  });
});

describe("a signature over the signer's role", () => {
  const P = `<p>${"The cooperative thanks every member who helped with the harvest and the repairs to the barn roof. ".repeat(3)}</p>`;
  const doc = (last: string) => `<html><body><h1>A word to our members</h1><article>${P}${P}${last}</article></body></html>`;

  it("reads the name over the role in the last paragraph, capitals and all", () => {
    expect(extractHtml(doc(`<p>Mira SOLBERG<br>Vorsitzende der Obstgenossenschaft</p>`), {}).meta.author).toBe("Mira SOLBERG");
    expect(extractHtml(doc(`<p>Tomas Ekberg<br/>Chairman</p>`), {}).meta.author).toBe("Tomas Ekberg");
  });

  it("takes no name from a last paragraph that goes on as text or holds more lines", () => {
    expect(extractHtml(doc(`<p>Tomas Ekberg<br>The next meeting is on Friday: bring your own cups.</p>`), {}).meta.author).toBeNull();
    expect(extractHtml(doc(`<p>Tomas Ekberg<br>Chairman<br>Orchard Lane 4</p>`), {}).meta.author).toBeNull();
    expect(extractHtml(doc(`<p>Tomas Ekberg<br>Chairman</p>${P}`), {}).meta.author).toBeNull();
  });
});

describe("the site's masthead marked up as a byline", () => {
  it("passes over a 'vcard author' site title linking home and reads the byline under the headline", () => {
    const body = `<h1 class="vcard author"><a href="/" class="fn">Orchard Notes</a></h1><h3>Cider press arrives</h3><h4 class="vcard author">vom <span class="fn">Quillmann</span></h4>${BODY}`;
    expect(page("", body).author).toBe("Quillmann");
  });

  it("keeps a byline linking to the author's own site", () => {
    const body = `<h1>Cider press arrives</h1><span class="author"><a href="https://mira-solberg.example/">Mira Solberg</a></span>${BODY}`;
    expect(page("", body).author).toBe("Mira Solberg");
  });
});

describe("text dumps: the same forms", () => {
  const LINES = Array.from({ length: 5 }, (_, i) => `The orchard cooperative met on Tuesday to plan harvest number ${i + 1} and to discuss the new cider press in the old barn at length.`);
  const dump = (line: string) => cleanTextDump(["Harvest plans for the old barn", line, "", ...LINES].join("\n")).meta;

  it("reads a CMS poster line's user name before its date", () => {
    expect(dump("Posted by orchardfan on 12 May 2019").author).toBe("orchardfan");
    expect(dump("Geschrieben von Quill am 25.08.2015").author).toBe("Quill");
    expect(dump("Posted by admin on 12 May 2019").author).toBeNull(); // a CMS account, not a byline
  });

  it("cuts an e-mail address off a byline before its date", () => {
    expect(dump("By Mira Solberg mira.solberg@orchard-news.example, 12 May 2019").author).toBe("Mira Solberg");
  });
});
