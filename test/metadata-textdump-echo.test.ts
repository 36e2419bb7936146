/**
 * The header of a whole-page text dump (invented dumps): the headline the page prints again elsewhere
 * (a "most read" list, a breadcrumb, a footer) wins over a second heading nearer the body; page controls (buttons,
 * skip links, comment-form headers) are never the headline; the "Posted in <category> by <name> on <date>" meta row
 * names its author; a blog's post meta sentence under the article dates the page.
 */
import { describe, expect, it } from "vitest";
import { BODY, dumpWith } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";

const headline = "Harbour board closes the old ferry pier for repairs";
const subheading = "What the closure means for the morning crossing";
const mostRead = ["", "Most read", " * Council approves the new library budget", ` * ${headline}`, " * Weekend market opens early"];

describe("the headline printed again elsewhere on the page", () => {
  it("takes the heading the page prints again over a second heading nearer the body", () => {
    const r = cleanTextDump(dumpWith(["", "", headline, "", "", subheading], [...BODY, ...mostRead]));
    expect(r.meta.title).toBe(headline);
  });
  it("control: with no second print, the heading nearest the body stays", () => {
    const r = cleanTextDump(dumpWith(["", "", headline, "", "", subheading], [...BODY, "", "Most read", " * Council approves the new library budget"]));
    expect(r.meta.title).toBe(subheading);
  });
  it("control: a short label printed again (a section name in the tag list) is not taken", () => {
    const r = cleanTextDump(dumpWith(["", "", "Harbour news", "", "", subheading], [...BODY, "", "Tags", " * Harbour news"]));
    expect(r.meta.title).toBe(subheading);
  });
});

describe("page controls are never the headline", () => {
  const offTopic = "Weekend weather outlook for the region";
  for (const control of ["Zurück zur Übersicht", "Schreibe einen Kommentar", "Add to Pocket", "Light mode", "Hauptmenü Springe zum Inhalt"]) {
    it(`passes over "${control}" to the headline above it`, () => {
      const r = cleanTextDump(dumpWith([offTopic, "", control]));
      expect(r.meta.title).toBe(offTopic);
    });
  }
  it("control: a headline that starts like a control's words is still a headline", () => {
    const r = cleanTextDump(dumpWith(["Back to school costs rise again for parents"]));
    expect(r.meta.title).toBe("Back to school costs rise again for parents");
  });
});

describe("the blog meta row and the post meta sentence", () => {
  it('reads the author of "Posted in <category> by <name> on <date>"', () => {
    const r = cleanTextDump(dumpWith([headline, "", "Posted in Local news by jdoe on 12 March 2021"]));
    expect(r.meta.author).toBe("jdoe");
    expect(r.meta.published).toBe("2021-03-12");
  });
  it("reads a person's name there too", () => {
    const r = cleanTextDump(dumpWith([headline, "", "Posted in Harbour by Jane Doe on 12 March 2021"]));
    expect(r.meta.author).toBe("Jane Doe");
  });
  it("control: the row with no byline word names no author", () => {
    const r = cleanTextDump(dumpWith([headline, "", "Posted in Local news on 12 March 2021"]));
    expect(r.meta.author).toBeNull();
  });
  it("dates the page by the post meta sentence under the article, in English and German", () => {
    const en = cleanTextDump(dumpWith([headline], [...BODY, "", "This entry was posted on Friday, 12 March 2021 by jdoe in Local news. Bookmark the permalink."]));
    expect(en.meta.published).toBe("2021-03-12");
    const de = cleanTextDump(dumpWith([headline], [...BODY, "", "Dieser Beitrag wurde am 12.03.2021 von jdoe in Hafen veröffentlicht. Schlagworte: Hafen"]));
    expect(de.meta.published).toBe("2021-03-12");
  });
  it("control: a sentence of the article that names a day does not date the page", () => {
    const r = cleanTextDump(dumpWith([headline], [...BODY, "", "The notice about the closure was posted on 12 March 2021 outside the harbour office."]));
    expect(r.meta.published).toBeUndefined();
  });
});

describe("the headline as a numbered breadcrumb's last item", () => {
  it("cuts the item number when the line above holds the number before", () => {
    const r = cleanTextDump(dumpWith(["1. Home", "2. Local news", `3. ${headline}`]));
    expect(r.meta.title).toBe(headline);
  });
  it("control: a headline that opens with a number and stands alone keeps it", () => {
    const r = cleanTextDump(dumpWith(["Weekend market report", "", "2. Harbour board closes the old ferry pier"]));
    expect(r.meta.title).toBe("2. Harbour board closes the old ferry pier");
  });
});

describe("the headline under a breadcrumb trail that opened the body run", () => {
  const exclaimed = "The harbour board finally closes the old ferry pier for two years of repairs!";
  const trail = `Start » Blog » ${exclaimed}`;
  it("takes the set-off line the trail ends with, and the trail leaves the body", () => {
    const r = cleanTextDump(dumpWith([trail, "", "", exclaimed], BODY));
    expect(r.meta.title).toBe(exclaimed);
    expect(r.blocks.some((b) => b.role === "body" && b.text === trail)).toBe(false);
  });
  it("control: a set-off line under a first paragraph that does not end with it is not taken", () => {
    const intro = "The harbour board met on Tuesday evening for its longest session of the year, with residents filling the hall.";
    const r = cleanTextDump(dumpWith([intro, "", "", exclaimed], BODY));
    expect(r.meta.title).not.toBe(exclaimed);
  });
});

describe("a caption closed by its credit label, and a labelled dateline in the article's footer", () => {
  it("passes over a caption that ends with its credit to the headline above the byline", () => {
    const caption = "The old ferry pier seen from the harbour wall at low tide. Source: Supplied";
    const r = cleanTextDump(dumpWith(["Weekend weather outlook for the region", "", "By Jane Doe", "", caption]));
    expect(r.meta.title).toBe("Weekend weather outlook for the region");
  });
  it("control: a headline with a colon in its middle is still a headline", () => {
    const r = cleanTextDump(dumpWith(["Harbour board decision: the old ferry pier will close"]));
    expect(r.meta.title).toBe("Harbour board decision: the old ferry pier will close");
  });
  const footer = ["", "Share this article", "Print", "Send by e-mail", "Recommend", "Subscribe to the newsletter", "Back to the list", "Read more from the harbour", "Letters to the editor", "Reader survey"];
  it("dates the page by a dateline labelled as the publication day, past a long footer row", () => {
    const r = cleanTextDump(dumpWith(["Harbour board closes the old ferry pier"], [...BODY, ...footer, "Erschienen am: 12.03.2021"]));
    expect(r.meta.published).toBe("2021-03-12");
  });
  it("control: an unlabelled date that far under the body does not date the page", () => {
    const r = cleanTextDump(dumpWith(["Harbour board closes the old ferry pier"], [...BODY, ...footer, "12.03.2021"]));
    expect(r.meta.published).toBeUndefined();
  });
});

describe("a social handle after the byline's name", () => {
  it('reads "By Jane Doe @janedoe" as Jane Doe', () => {
    const r = cleanTextDump(dumpWith(["Harbour board closes the old ferry pier", "", "By Jane Doe @janedoe"]));
    expect(r.meta.author).toBe("Jane Doe");
  });
  it('reads a lone "Por" over "Jane Doe @janedoe" above a share row the walk took', () => {
    const r = cleanTextDump(dumpWith(["Harbour board closes the old ferry pier for two years", "Por", "Jane Doe @janedoe", "12 March 2021", "Weekend weather outlook for the bay"]));
    expect(r.meta.author).toBe("Jane Doe");
  });
  it("control: a handle alone after the byline word is not a name", () => {
    const r = cleanTextDump(dumpWith(["Harbour board closes the old ferry pier", "", "By @janedoe"]));
    expect(r.meta.author).toBeNull();
  });
});

describe("the header's dateline nearest the body dates the page", () => {
  it("takes the article's dateline, not the masthead's date higher up in the header", () => {
    const r = cleanTextDump(dumpWith(["Monday, 15 March 2021", "", "Harbour board closes the old ferry pier", "", "By Jane Doe", "12 March 2021"]));
    expect(r.meta.published).toBe("2021-03-12");
  });
  it("keeps the time of the same day stated higher up", () => {
    const r = cleanTextDump(dumpWith(["12 March 2021 16:48", "", "Harbour board closes the old ferry pier", "", "12.03.2021"]));
    expect(r.meta.published).toBe("2021-03-12T16:48");
  });
});
