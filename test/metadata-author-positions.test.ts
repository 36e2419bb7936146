/**
 * Names a page prints that are not the article's byline, told by where they stand (invented pages): a section's credit
 * line in the middle of the text, a teaser card's byline after its linked heading, a list of the site's writers under its
 * heading, a commenter's "says:" line; and what byline rows run onto a name (an outlet opened by "The", an agency after
 * a spaced slash).
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor, extractMetadata } from "../stages/clean/html/metadata.ts";
import { parseHtml } from "../stages/clean/html/dom.ts";

const para = (n: number) => "<p>" + "The valley council voted to rebuild the footbridge over the mill stream before the spring floods. ".repeat(n) + "</p>";
const H1 = "<h1>The mill footbridge will be rebuilt</h1>";
const page = (body: string) =>
  extractMetadata(parseHtml(`<html><head><title>The mill footbridge will be rebuilt | Valley Post</title></head><body>${body}</body></html>`), {
    url: "https://valley-post.example/footbridge",
  }).author;

describe("a section's credit line is not the article's byline", () => {
  it("does not take the author of a study summarised under its own heading", () => {
    expect(page(`<article>${H1}${para(2)}<h3>Summary of the bridge survey</h3><p>Autorin: Greta Lindholm, Institute for Rivers, 2011</p>${para(8)}</article>`)).toBeNull();
    expect(page(`<article>${H1}${para(2)}<h2>The survey</h2><p>By Greta Lindholm</p>${para(8)}</article>`)).toBeNull();
  });

  it("keeps a byline under the headline, and a signature that closes the text", () => {
    expect(page(`<article>${H1}<h2>A new crossing for the mill stream</h2><p>Von Greta Lindholm</p>${para(8)}</article>`)).toBe("Greta Lindholm");
    expect(page(`<article>${H1}${para(2)}<h3>What comes next</h3>${para(3)}<p>Von Greta Lindholm</p></article>`)).toBe("Greta Lindholm");
    // the signature closes its container; notes and a contact box after it do not make it a section's credit
    const notes = `<div class="notes"><h4>Notes</h4>${para(8)}</div>`;
    expect(page(`<div class="text">${H1}${para(2)}<h3>What comes next</h3>${para(3)}<p><strong>Autorin: Greta Lindholm, Projektleiterin.</strong></p></div>${notes}`)).toBe("Greta Lindholm");
  });
});

describe("bylines of other stories and of the site's other writers", () => {
  it("does not take the byline of a single teaser card after the article", () => {
    expect(page(`<article>${H1}${para(5)}</article><div class="read-next"><h3><a href="/weir">The old weir gets a fish ladder</a></h3><span class="byline">By Greta Lindholm</span></div>`)).toBeNull();
  });

  it("keeps a byline after the post's own linked title and after a short section link", () => {
    expect(page(`<div class="post"><h2 class="entry-title"><a href="/footbridge">The mill footbridge will be rebuilt</a></h2><div class="byline">By <span class="author">Greta Lindholm</span></div>${para(5)}</div>`)).toBe("Greta Lindholm");
    expect(page(`<article>${H1}<h2><a href="/topics/bridges">Bridges</a></h2><p class="byline">By Greta Lindholm</p>${para(5)}</article>`)).toBe("Greta Lindholm");
  });

  it("does not take a name from a box that lists the site's writers", () => {
    expect(page(`<article>${H1}${para(5)}</article><div class="contributors"><h3>Our contributors</h3><span class="author vcard"><a href="/author/greta">Greta Lindholm</a></span></div>`)).toBeNull();
    expect(page(`<article>${H1}${para(5)}<div class="author-box"><h4>About the author</h4><span class="author-name">Greta Lindholm</span></div></article>`)).toBe("Greta Lindholm");
  });

  it("does not take a commenter's 'says:' line", () => {
    const thread = `<h3>2 Responses</h3><ol><li><div class="author"><b>Greta Lindholm</b> says:</div><p>About time!</p></li><li><div class="author"><b>Pavel Dorn</b> says:</div><p>Agreed.</p></li></ol>`;
    expect(page(`<article>${H1}${para(5)}</article>${thread}`)).toBeNull();
    expect(cleanAuthor(["Greta Lindholm says:"])).toBeNull();
    expect(cleanAuthor(["Greta Lindholm sagt"])).toBeNull();
  });
});

describe("outlets and agencies run onto a byline", () => {
  it("cuts an outlet opened by 'The' after the writer's whole name", () => {
    expect(cleanAuthor(["Greta Lindholm The Riverside Courier"], "Valley Post")).toBe("Greta Lindholm");
    expect(cleanAuthor(["Greta Lindholm, The Riverside Courier"], "Valley Post")).toBe("Greta Lindholm");
    expect(cleanAuthor(["Greta Lindholm / The Riverside Courier"], "Valley Post")).toBe("Greta Lindholm");
    // an outlet alone stays, as annotators keep an outlet printed as the byline; "Le" and "Das" open surnames
    expect(cleanAuthor(["The Riverside Courier"], "Valley Post")).toBe("The Riverside Courier");
    expect(cleanAuthor(["Maria Das Dores"], "Valley Post")).toBe("Maria Das Dores");
  });

  it("cuts an agency after a spaced slash, as after an unspaced one", () => {
    expect(cleanAuthor(["Greta Lindholm / dpa"], "Valley Post")).toBe("Greta Lindholm");
    expect(cleanAuthor(["Greta Lindholm / AFP, Pavel Dorn"], "Valley Post")).toBe("Greta Lindholm, Pavel Dorn");
    expect(cleanAuthor(["Greta Lindholm / Reuters"], "Valley Post")).toBe("Greta Lindholm");
    // a co-author after the slash stays; so does a field made of agencies only
    expect(cleanAuthor(["Greta Lindholm / Pavel Dorn"], "Valley Post")).toBe("Greta Lindholm, Pavel Dorn");
    expect(cleanAuthor(["Greta Lindholm / Paris"], "Valley Post")).toBe("Greta Lindholm");
  });
});

describe("a link to the writer's author page near the headline", () => {
  it("takes the name of an author-page link under the headline when the address spells it", () => {
    expect(page(`<article>${H1}<div class="css-8k2p1"><a href="/author/greta-lindholm">Greta Lindholm</a></div>${para(5)}</article>`)).toBe("Greta Lindholm");
    expect(page(`<article>${H1}<div class="top"><a href="/autor/greta-lindholm">Greta Lindholm</a> <a href="/autor/pavel-dorn">Pavel Dorn</a></div>${para(5)}</article>`)).toBe("Greta Lindholm, Pavel Dorn");
  });

  it("does not take a link whose address does not spell the name, nor one after the article's text", () => {
    expect(page(`<article>${H1}<div><a href="/author/staff">Greta Lindholm</a></div>${para(5)}</article>`)).toBeNull();
    expect(page(`<article>${H1}${para(8)}<a href="/author/greta-lindholm">Greta Lindholm</a></article>`)).toBeNull();
  });
});

describe("the editorial desk in other scripts", () => {
  const declared = (name: string) =>
    extractMetadata(parseHtml(`<html><head><meta name="author" content="${name}"></head><body>${H1}${para(5)}<p>${name}</p></body></html>`), { url: "https://valley-post.example/footbridge" }).author;
  it("is a CMS account in an author tag, as 'Redaktion' is", () => {
    for (const desk of ["Редакция", "编辑部", "編集部", "ब्यूरो", "فريق التحرير", "Redaktion"]) expect(declared(desk)).toBeNull();
  });
  it("is the byline a byline element prints", () => {
    expect(page(`<article>${H1}<div class="byline">Редакция</div>${para(5)}</article>`)).toBe("Редакция");
  });
});

describe("debris after a byline name", () => {
  it("cuts an abbreviated weekday before the row's date", () => {
    expect(cleanAuthor(["Greta Lindholm on Mon, 03/02/2020"])).toBe("Greta Lindholm");
    expect(cleanAuthor(["Greta Lindholm am Do, 3.4.2020"])).toBe("Greta Lindholm");
  });
  it("cuts an update label with its colon, and a name printed twice", () => {
    expect(cleanAuthor(["Greta Lindholm Updated: 12:30"])).toBe("Greta Lindholm");
    expect(cleanAuthor(["Greta Lindholm Greta Lindholm"])).toBe("Greta Lindholm");
    expect(cleanAuthor(["Greta Lindholm, Pavel Dorn"])).toBe("Greta Lindholm, Pavel Dorn");
  });
  it("cuts a wire agency's spelt-out name after a comma, not its code", () => {
    expect(cleanAuthor(["GRETA LINDHOLM, Associated Press"])).toBe("Greta Lindholm");
    expect(cleanAuthor(["Greta Lindholm, NDR"])).toBe("Greta Lindholm, NDR");
  });
});
