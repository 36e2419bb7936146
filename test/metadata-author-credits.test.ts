/**
 * A "by" that does not introduce the article's author (invented pages): a photo, illustration or video credit in a
 * byline element, and a name in running text that would run on into the next block ("<p>By Ann Lee</p><p>The …").
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";
import { authorField, expectAuthors } from "./helpers/author-rows.ts";

const BODY = paragraph("The allotment society voted to dig a second pond and to share the new greenhouse between all members.");
const page = (body: string) => metadataOf({ body, url: "https://allotment-news.example/pond" });

describe("photo credits in byline elements", () => {
  it("is no byline when the credit names only a photographer", () => {
    expect(page(`<h1>A second pond for the allotments</h1><div class="byline">Fotos: Jorun Vikstad</div>${BODY}`).author).toBeNull();
    expect(page(`<h1>A second pond for the allotments</h1><div class="author">Photo by Jorun Vikstad</div>${BODY}`).author).toBeNull();
    expect(cleanAuthor(["Illustration: Jorun Vikstad"], null, { handles: true })).toBeNull();
    expect(cleanAuthor(["Bild von Jorun Vikstad auf Pixabay"])).toBeNull();
  });

  it("keeps the writer when the credit names the text too", () => {
    expect(cleanAuthor(["Text und Fotos: Jorun Vikstad"], null, { handles: true })).toBe("Jorun Vikstad");
    expect(cleanAuthor(["Words and photos: Jorun Vikstad"])).toBe("Jorun Vikstad");
    expect(page(`<h1>A second pond for the allotments</h1><div class="byline">Text: Jorun Vikstad</div>${BODY}`).author).toBe("Jorun Vikstad");
  });
});

describe("a byline in running text ends with its block", () => {
  it("does not run the name on into the next paragraph", () => {
    const m = page(`<h1>A second pond for the allotments</h1><div>By Jorun Vikstad${BODY}</div>`);
    expect(m.author).toBe("Jorun Vikstad");
  });

  it("reads a name split over inline tags", () => {
    const m = page(`<h1>A second pond for the allotments</h1><div><span>By <b>Jorun</b> Vikstad</span></div>${BODY}`);
    expect(m.author).toBe("Jorun Vikstad");
  });
});

describe("other roles and other things in a byline row", () => {
  it("cuts another role's credit after the writer's", () => {
    expectAuthors(authorField(), [
      ["Written by Jorun Vikstad Edited by Ola Brekke", "Jorun Vikstad"],
      ["Jorun Vikstad, photos by Ola Brekke", "Jorun Vikstad"],
      ["Jorun Vikstad, übersetzt von Ola Brekke", "Jorun Vikstad"],
    ]);
  });

  it("does not read the place or the agency a signature row prints as the name", () => {
    const place = `<div class="c-signature"><strong class="c-signature__location">Tromsø</strong></div>`;
    expect(page(`<h1>A second pond for the allotments</h1>${place}${BODY}`).author).toBeNull();
    const agency = `<div class="c-signature"><strong class="c-signature__agency">XNA</strong></div>`;
    expect(page(`<h1>A second pond for the allotments</h1>${agency}${BODY}`).author).toBeNull();
    const both = `<span class="byline">Jorun Vikstad <span class="byline-place">Tromsø</span></span>`;
    expect(page(`<h1>A second pond for the allotments</h1>${both}${BODY}`).author).toBe("Jorun Vikstad");
  });
});

describe("other contributors credited in the byline field", () => {
  it("keeps the writers, not the names of a reporting or editing credit after them", () => {
    expectAuthors(authorField(), [
      ["Jorun Vikstad, with reporting by Pål Rud and Siv Aune", "Jorun Vikstad"],
      ["By Jorun Vikstad With Reporting From Pål Rud", "Jorun Vikstad"],
      ["Jorun Vikstad and Pål Rud. Additional reporting by Siv Aune", "Jorun Vikstad, Pål Rud"],
    ]);
  });

  it("reads the writer from a wire credit line that opens on the reporting credit", () => {
    expect(cleanAuthor(["Reporting by Jorun Vikstad; Editing by Pål Rud"])).toBe("Jorun Vikstad");
    expect(cleanAuthor(["Compiled by Jorun Vikstad"])).toBe("Jorun Vikstad");
    expect(cleanAuthor(["Leserbrief von Jorun Vikstad"], null, { handles: true })).toBe("Jorun Vikstad");
  });

  it("keeps the writer credited for a second role in the same line", () => {
    expect(cleanAuthor(["Story and photos by Jorun Vikstad"])).toBe("Jorun Vikstad");
    expect(cleanAuthor(["Written and produced by Jorun Vikstad"])).toBe("Jorun Vikstad");
    expect(cleanAuthor(["Words and photos by Jorun Vikstad"], null, { handles: true })).toBe("Jorun Vikstad");
    // another person's credit after the writer is still cut
    expect(cleanAuthor(["Story by Jorun Vikstad and photos by Pål Rud"])).toBe("Jorun Vikstad");
  });
});

describe("labels in the author slot", () => {
  it("is no author when the slot names the kind of piece or the comments", () => {
    for (const label of ["Sponsored Content", "Press Release", "Pressemitteilung", "Leserbrief", "Comments"]) expect(cleanAuthor([label], null, { handles: true }), label).toBeNull();
  });

  it("keeps the name before a comment count or link in the byline row", () => {
    expect(cleanAuthor(["Jorun Vikstad 14 Comments"], null, { handles: true })).toBe("Jorun Vikstad");
    expect(cleanAuthor(["Jorun Vikstad Leave a comment"], null, { handles: true })).toBe("Jorun Vikstad");
  });
});

describe("names that are not the writer's", () => {
  it("is no author when the byline element names the person interviewed", () => {
    expect(page(`<h1>A second pond for the allotments</h1><p class="byline">Interview with Jorun Vikstad</p>${BODY}`).author).toBeNull();
    expect(cleanAuthor(["Im Gespräch mit Jorun Vikstad"], null, { handles: true })).toBeNull();
    expect(cleanAuthor(["Interview: Jorun Vikstad"], null, { handles: true })).toBe("Jorun Vikstad");
  });

  it("keeps the writer credited after the person interviewed", () => {
    expectAuthors(authorField(null, { handles: true }), [
      ["Interview with Jorun Vikstad, by Pål Rudberg", "Pål Rudberg"],
      ["Ein Gespräch mit Jorun Vikstad von Pål Rudberg", "Pål Rudberg"],
      // a particle in the interviewed person's name is no writer's credit
      ["Im Gespräch mit Jorun von Aune", null],
    ]);
  });
});
