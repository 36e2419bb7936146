/**
 * Names a page prints that are not the article's byline, told by where they stand (invented pages): a section's credit
 * line in the middle of the text, a teaser card's byline after its linked heading, a list of the site's writers under its
 * heading, a commenter's "says:" line; what byline rows run onto a name (an outlet opened by "The", an agency after a
 * spaced slash); and, for each, the real names the rule must leave whole.
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";
import { authorField, expectAuthors } from "./helpers/author-rows.ts";

const SENTENCE = "The valley council voted to rebuild the footbridge over the mill stream before the spring floods.";
const para = (n: number) => paragraph(SENTENCE, n);
const H1 = "<h1>The mill footbridge will be rebuilt</h1>";
const URL_ = "https://valley-post.example/footbridge";
const page = (body: string, more: { head?: string; title?: string; url?: string | null } = {}) =>
  metadataOf({ title: "The mill footbridge will be rebuilt | Valley Post", url: URL_, ...more, body }).author;
/** A standfirst of two sentences (over 150 characters), as news sites print under the headline. */
const STANDFIRST = `<p>${"The crossing has been closed since the winter, and the council wants it open again before the mill's summer fair begins. ".repeat(2)}</p>`;

describe("a section's credit line is not the article's byline", () => {
  it("does not take the author of a study summarised under its own heading", () => {
    expect(page(`<article>${H1}${para(2)}<h3>Summary of the bridge survey</h3><p>Autorin: Greta Lindholm, Institute for Rivers, 2011</p>${para(8)}</article>`)).toBeNull();
  });

  it("keeps a byline under the headline, and a signature that closes the text", () => {
    expect(page(`<article>${H1}<h2>A new crossing for the mill stream</h2><p>Von Greta Lindholm</p>${para(8)}</article>`)).toBe("Greta Lindholm");
    expect(page(`<article>${H1}${para(2)}<h3>What comes next</h3>${para(3)}<p>Von Greta Lindholm</p></article>`)).toBe("Greta Lindholm");
    // the signature closes its container; notes and a contact box after it do not make it a section's credit
    const notes = `<div class="notes"><h4>Notes</h4>${para(8)}</div>`;
    expect(page(`<div class="text">${H1}${para(2)}<h3>What comes next</h3>${para(3)}<p><strong>Autorin: Greta Lindholm, Projektleiterin.</strong></p></div>${notes}`)).toBe("Greta Lindholm");
  });

  it("keeps a bare byline after a standfirst and a subtitle, in any of its forms", () => {
    for (const line of ["By Greta Lindholm", "Text: Greta Lindholm", "Von Greta Lindholm"]) {
      expect(page(`<article>${H1}${STANDFIRST}<h2>Walkers will have to wait</h2><p>${line}</p>${para(8)}</article>`)).toBe("Greta Lindholm");
    }
  });

  it("keeps a signature followed by a notes box inside the same container", () => {
    const notes = `<div class="notes"><h4>Notes</h4>${para(8)}</div>`;
    expect(page(`<article>${H1}${para(2)}<h3>What comes next</h3>${para(3)}<p>Von Greta Lindholm</p>${notes}</article>`)).toBe("Greta Lindholm");
  });

  it("does not cut a name in two where the text under the headline is cut", () => {
    // a section's credit (dropped) that the search of the first characters under the headline reaches, cut anywhere in the name
    for (let pad = 0; pad < 40; pad += 3) {
      const lead = `<p>Walkers wait${"!".repeat(pad)} ${"The crossing is closed until the spring. ".repeat(4)}</p>`;
      const author = page(`<div>${H1}${lead}<h3>The survey</h3><p>Von Greta Lindholmsdottir, Institut für Flüsse, 2011</p>${para(8)}</div>`);
      expect([null, "Greta Lindholmsdottir"]).toContain(author);
    }
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

  it("keeps the byline under a linked title that leads to the page itself, whatever the <title> says", () => {
    const post = (href: string) =>
      `<div class="post"><h2 class="entry-title"><a href="${href}">Walkers will soon cross the mill stream again</a></h2><span class="byline">By <span class="author">Greta Lindholm</span></span>${para(5)}</div>`;
    const seo = { title: "Footbridge news 2026 | Valley Post" };
    expect(page(post(URL_), seo)).toBe("Greta Lindholm");
    expect(page(post("/footbridge/?ref=home#top"), seo)).toBe("Greta Lindholm");
    // no address given: the canonical one
    expect(page(post("https://valley-post.example/footbridge"), { ...seo, url: null, head: `<link rel="canonical" href="${URL_}/">` })).toBe("Greta Lindholm");
  });

  it("does not take a name from a box that lists the site's writers", () => {
    expect(page(`<article>${H1}${para(5)}</article><div class="contributors"><h3>Our contributors</h3><span class="author vcard"><a href="/author/greta">Greta Lindholm</a></span></div>`)).toBeNull();
    expect(page(`<article>${H1}${para(5)}<div class="author-box"><h4>About the author</h4><span class="author-name">Greta Lindholm</span></div></article>`)).toBe("Greta Lindholm");
  });

  it("keeps the article's own authors box under a bare 'Writers' or 'Authors' heading", () => {
    expect(page(`<article>${H1}<div class="meta"><h5>Writers</h5><a rel="author" href="/x/greta">Greta Lindholm</a></div>${para(5)}</article>`)).toBe("Greta Lindholm");
    expect(page(`<article>${H1}${para(5)}<footer><h4>Contributors</h4><span class="author">Greta Lindholm</span></footer></article>`)).toBe("Greta Lindholm");
    const two = `<div class="authors"><h4>Authors</h4><a href="/author/greta-lindholm">Greta Lindholm</a>, <a href="/author/pavel-dorn">Pavel Dorn</a></div>`;
    expect(page(`<article>${H1}${two}${para(5)}</article>`)).toBe("Greta Lindholm, Pavel Dorn");
  });

  it("does not take a commenter's 'says:' line", () => {
    const thread = `<h3>2 Responses</h3><ol><li><div class="author"><b>Greta Lindholm</b> says:</div><p>About time!</p></li><li><div class="author"><b>Pavel Dorn</b> says:</div><p>Agreed.</p></li></ol>`;
    expect(page(`<article>${H1}${para(5)}</article>${thread}`)).toBeNull();
    expect(cleanAuthor(["Greta Lindholm says:"], null, { byline: true })).toBeNull();
    expect(cleanAuthor(["Greta Lindholm sagt:"], null, { byline: true })).toBeNull();
  });

  it("keeps surnames that are verbs of saying elsewhere, in every source", () => {
    for (const name of ["Omar Said", "Tariq Said", "Lena Dice", "Paolo Dice", "Jo Dit", "Ines Diz"]) {
      expect(cleanAuthor([name])).toBe(name);
      expect(cleanAuthor([name], null, { byline: true })).toBe(name);
    }
    expect(cleanAuthor(["Nadia Said, Greta Lindholm"], null, { byline: true })).toBe("Nadia Said, Greta Lindholm");
    // a capitalised "Says" is no commenter's verb
    expect(cleanAuthor(["Greta Says"], null, { byline: true })).toBe("Greta Says");
    expect(page(`<article>${H1}<div class="byline">By Omar Said</div>${para(5)}</article>`)).toBe("Omar Said");
    const declared = metadataOf({ head: `<meta name="author" content="Nadia Said">`, body: `${H1}${para(5)}<p>Nadia Said</p>`, url: URL_ }).author;
    expect(declared).toBe("Nadia Said");
  });
});

describe("outlets and agencies run onto a byline", () => {
  it("cuts an outlet opened by 'The' after the writer's whole name", () => {
    expectAuthors(authorField("Valley Post"), [
      ["Greta Lindholm The Riverside Courier", "Greta Lindholm"],
      ["Greta Lindholm, The Riverside Courier", "Greta Lindholm"],
      ["Greta Lindholm / The Riverside Courier", "Greta Lindholm"],
      // an outlet alone stays, as annotators keep an outlet printed as the byline; "Le" and "Das" open surnames
      ["The Riverside Courier", "The Riverside Courier"],
      ["Maria Das Dores", "Maria Das Dores"],
    ]);
  });

  it("keeps names with 'The' in them: a Vietnamese given name, a title", () => {
    expectAuthors(authorField("Valley Post"), [
      ["Greta Lindholm, The Minh Tran", "Greta Lindholm, The Minh Tran"],
      ["Greta Lindholm / The Minh Tran", "Greta Lindholm, The Minh Tran"],
      ["Pham Van The Minh", "Pham Van The Minh"],
      ["Le Thi The Minh, Pavel Dorn", "Le Thi The Minh, Pavel Dorn"],
    ]);
    expect(cleanAuthor(["Greta Lindholm, The Rev. Pavel Dorn"], "Valley Post")).toMatch(/^Greta Lindholm, .*Pavel Dorn$/);
    expect(cleanAuthor(["Greta Lindholm, The Honourable Pavel Dorn"], "Valley Post")).toMatch(/^Greta Lindholm, .*Pavel Dorn$/);
  });

  it("cuts an agency after a spaced slash, as after an unspaced one", () => {
    expectAuthors(authorField("Valley Post"), [
      ["Greta Lindholm / dpa", "Greta Lindholm"],
      ["Greta Lindholm / AFP, Pavel Dorn", "Greta Lindholm, Pavel Dorn"],
      ["Greta Lindholm / Reuters", "Greta Lindholm"],
      // a co-author after the slash stays; so does a field made of agencies only
      ["Greta Lindholm / Pavel Dorn", "Greta Lindholm, Pavel Dorn"],
      ["Greta Lindholm / Paris", "Greta Lindholm"],
    ]);
  });

  it("keeps another outlet's code after a spaced slash as a second credit, as after a comma", () => {
    expect(cleanAuthor(["Greta Lindholm / VRK"], "Valley Post")).toBe("Greta Lindholm, VRK");
    expect(cleanAuthor(["Greta Lindholm, VRK"], "Valley Post")).toBe("Greta Lindholm, VRK");
  });
});

describe("a link to the writer's author page near the headline", () => {
  it("takes the name of an author-page link under the headline when the address spells it", () => {
    expect(page(`<article>${H1}<div class="css-8k2p1"><a href="/author/greta-lindholm">Greta Lindholm</a></div>${para(5)}</article>`)).toBe("Greta Lindholm");
    expect(page(`<article>${H1}<div class="top"><a href="/autor/greta-lindholm">Greta Lindholm</a> <a href="/autor/pavel-dorn">Pavel Dorn</a></div>${para(5)}</article>`)).toBe("Greta Lindholm, Pavel Dorn");
    expect(page(`<article>${H1}<div class="top"><a href="/author/greta-lindholm">Greta Lindholm</a> 12 March 2026</div>${para(5)}</article>`)).toBe("Greta Lindholm");
  });

  it("does not take a link whose address does not spell the name, nor one after the article's text", () => {
    expect(page(`<article>${H1}<div><a href="/author/staff">Greta Lindholm</a></div>${para(5)}</article>`)).toBeNull();
    expect(page(`<article>${H1}${para(8)}<a href="/author/greta-lindholm">Greta Lindholm</a></article>`)).toBeNull();
  });

  it("does not take the people a story is about, nor a quoted expert, a coach or a commenter", () => {
    expect(page(`<article>${H1}<div class="tags"><a href="/people/pavel-dorn">Pavel Dorn</a></div>${para(5)}</article>`)).toBeNull();
    expect(page(`<article>${H1}<div class="tags"><a href="/people/pavel-dorn">Pavel Dorn</a> <a href="/people/greta-lindholm">Greta Lindholm</a></div>${para(5)}</article>`)).toBeNull();
    for (const path of ["experts", "team", "users", "members", "profiles"]) {
      expect(page(`<article>${H1}<div class="x"><a href="/${path}/pavel-dorn">Pavel Dorn</a></div>${para(5)}</article>`)).toBeNull();
    }
  });

  it("does not take a name mentioned in running text, on any path", () => {
    expect(page(`<article>${H1}<p>River engineer <a href="/experts/pavel-dorn">Pavel Dorn</a> warns that the stream will flood again.</p>${para(5)}</article>`)).toBeNull();
    expect(page(`<article>${H1}<p>As our reporter <a href="/author/pavel-dorn">Pavel Dorn</a> revealed last week, the bridge is unsafe.</p>${para(5)}</article>`)).toBeNull();
  });

  it("does not take a name from a comment list or a related list", () => {
    expect(page(`<article>${H1}${para(2)}</article><h3>2 comments</h3><ol><li><a href="/author/pavel-dorn">Pavel Dorn</a><p>Good news.</p></li></ol>`)).toBeNull();
    expect(page(`<article>${H1}${para(2)}<h3>Related</h3><ul><li><a href="/weir">The old weir gets a fish ladder</a> by <a href="/author/pavel-dorn">Pavel Dorn</a></li></ul></article>`)).toBeNull();
  });
});

describe("the editorial desk in other scripts", () => {
  const declared = (name: string) => metadataOf({ head: `<meta name="author" content="${name}">`, body: `${H1}${para(5)}<p>${name}</p>`, url: URL_ }).author;
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
    expectAuthors(authorField(), [
      ["Greta Lindholm Updated: 12:30", "Greta Lindholm"],
      ["Greta Lindholm Greta Lindholm", "Greta Lindholm"],
      ["Greta Lindholm, Pavel Dorn", "Greta Lindholm, Pavel Dorn"],
    ]);
  });
  it("cuts a wire agency's spelt-out name after a comma, not its code", () => {
    expect(cleanAuthor(["GRETA LINDHOLM, Associated Press"])).toBe("Greta Lindholm");
    expect(cleanAuthor(["Greta Lindholm, NDR"])).toBe("Greta Lindholm, NDR");
  });
});
