/**
 * Text-dump metadata (invented dumps and lines): the headline over the meta row at the head of the body
 * run, a two-word heading that is no person's name, the headline over its standfirst after the set-off and topical
 * rules, the author's label with its colon, an author label that credits a cited work, a bare account before the date,
 * the dateline lead, and "vom" bylines.
 */
import { describe, expect, it } from "vitest";
import { BODY, MENU, dumpWith } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { parseByline, parseDateline } from "../stages/clean/text/header.ts";

const HEADLINE = "Harbour board shuts the old ferry pier for two years";
/** A dump: the menu, then these lines, then the footer (no body of the helper's). */
const dumpOf = (lines: readonly string[]): string => [...MENU, ...lines, "", "Contact us", "Privacy policy"].join("\n");
/** A blog page whose tagline reads as prose: the tagline, the headline set off as a heading, its meta row, the body. */
const blogDump = (headline: string, metaRow: string): string =>
  dumpOf(["Quayside Notes - A Harbour Blog", "", "A harbour blog about ferries, piers, tides and the people who keep the boats running every day.", "", "", headline, "", metaRow, "", ...BODY]);

/** The same page with no blog name over the tagline: no title is found above the body run. */
const taglineDump = (headline: string, metaRow: string): string =>
  dumpOf(["A harbour blog about ferries, piers, tides and the people who keep the boats running every day.", "", "", headline, "", metaRow, "", ...BODY]);
/** A headline set off above a standfirst that opens the body run, then `inText` lines inside the run, then the body. */
const STANDFIRST = "Residents who rely on the morning crossing will have to drive around the bay until the new pier opens in spring.";
const headedDump = (inText: readonly string[]): string => dumpWith(["", "", HEADLINE, "", ""], [STANDFIRST, "", "", ...inText, "", ...BODY]);

describe("the headline over the meta row at the head of the body run", () => {
  it("control (mend): a caption or a pull quote ending in a full stop over a credit in the text is no headline", () => {
    expect(cleanTextDump(headedDump(["The old ferry pier at Eastbay on a winter morning.", "", "Updated 3 March 2021"])).meta.title).toBe(HEADLINE);
    expect(cleanTextDump(headedDump(["We will rebuild the pier.", "", "Mara Quill, 3 March 2021"])).meta.title).toBe(HEADLINE);
    expect(cleanTextDump(headedDump(["The old ferry pier at Eastbay on a winter morning.", "", "By Mara Quill"])).meta.title).toBe(HEADLINE);
  });
  it("takes the set-off line over the poster row, not the blog's tagline over it", () => {
    const r = cleanTextDump(blogDump("Twenty Ferry Crossings Worth a Winter Trip", "by pierwatcher on December 4, 2006"));
    expect(r.meta.title).toBe("Twenty Ferry Crossings Worth a Winter Trip");
    expect(r.meta.published).toBe("2006-12-04");
  });
  it("keeps a headline that ends with a full stop or prints an event's days there when no title was found above", () => {
    const r = cleanTextDump(taglineDump("Workshop: Harbour Engineering in the Nineteenth Century (26 and 27 February 2015, Eastbay).", "28. Januar 2015 pierwatcher Schreibe einen Kommentar"));
    expect(r.meta.title).toBe("Workshop: Harbour Engineering in the Nineteenth Century (26 and 27 February 2015, Eastbay).");
    expect(r.meta.published).toBe("2015-01-28");
    // the account on that row is the writer: the row is the header's own
    expect(r.meta.author).toBe("pierwatcher");
  });
  it("control: a standfirst at the head of the run over a byline, with the headline set off above it, stays the headline's", () => {
    const r = cleanTextDump(
      dumpWith([
        "",
        "",
        HEADLINE,
        "",
        "Engineers will rebuild the sinking pilings while a bus link replaces the morning crossing around the bay for commuters.",
        "By Mara Quill",
      ]),
    );
    expect(r.meta.title).toBe(HEADLINE);
  });
});

describe("a two-word heading set off over the line under it", () => {
  it("is the headline when its first word is no known given name", () => {
    const r = cleanTextDump(dumpWith(["Harbour Law Notes: Cases and Comments from the Bay", "", "", "Sinking Pilings", "", "Leave a reply"]));
    expect(r.meta.title).toBe("Sinking Pilings");
  });
});

describe("the headline over its standfirst", () => {
  it("takes the headline over a long standfirst that shares more of the body's words", () => {
    const r = cleanTextDump(
      dumpWith([
        "",
        "",
        "Ferry pier to close as harbour pilings sink",
        "",
        "The harbour board voted to close the old ferry pier for two years while engineers rebuild the sinking pilings and a bus link runs",
        "",
        "By Mara Quill",
        "",
        "Close",
      ]),
    );
    expect(r.meta.title).toBe("Ferry pier to close as harbour pilings sink");
  });
});

describe("the author's label with its colon", () => {
  it("reads the name after the label in several languages", () => {
    expect(parseByline("Autorin: Mara Quill, Projektleiterin der Hafenstiftung.")).toBe("Mara Quill");
    expect(parseByline("Autor: Tomas Brenn")).toBe("Tomas Brenn");
    expect(parseByline("Auteur : Mara Quill")).toBe("Mara Quill");
    expect(parseByline("Author: Tomas Brenn")).toBe("Tomas Brenn");
  });
  it("control: a desk after the label, or the label run into a word, names nobody", () => {
    expect(parseByline("Autor: Redaktion")).toBeNull();
    expect(parseByline("Autor: Online Redaktion")).toBeNull();
    expect(parseByline("Autor:innen")).toBeNull();
  });
  it("names the writer under the body", () => {
    const r = cleanTextDump(dumpWith([HEADLINE], [...BODY, "", "Autorin: Mara Quill, Projektleiterin der Hafenstiftung."]));
    expect(r.meta.author).toBe("Mara Quill");
  });
  it("control: a label whose name the text above already used credits a cited study, not the page", () => {
    const body = [...BODY.slice(0, 4), "", "In 2008 the sociologist Mara Quill studied how the crossing shaped the villages around the bay, and the board has now published her findings again.", "", "Autorin: Mara Quill, Institut für Hafenfragen, Oktober 2008"];
    const r = cleanTextDump(dumpWith([HEADLINE], body));
    expect(r.meta.author ?? null).toBeNull();
  });
});

describe("a bare account before the date", () => {
  it("is the writer on the header's row with no comment count", () => {
    expect(parseDateline("pierwatcher — 2. Februar 2022", true)?.author).toBe("pierwatcher");
    const r = cleanTextDump(dumpWith([HEADLINE, "", "pierwatcher — 2. Februar 2022"]));
    expect(r.meta.author).toBe("pierwatcher");
  });
  it("control (mend): a German, Spanish or French category word in small letters before the date names nobody", () => {
    for (const w of ["allgemein", "wirtschaft", "sonstiges", "kolumne", "noticias", "economia", "actualites", "newsdesk"]) {
      expect(parseDateline(`${w} — 2. Februar 2022`, true)?.author ?? null, w).toBeNull();
      expect(cleanTextDump(dumpWith([HEADLINE, "", `${w} · 2 February 2022`])).meta.author ?? null, w).toBeNull();
    }
  });
  it("control: a short word, a word with accents or a word after the date names nobody", () => {
    expect(parseDateline("news — 2. Februar 2022", true)?.author ?? null).toBeNull();
    expect(parseDateline("actualité — 2 février 2022", true)?.author ?? null).toBeNull();
    expect(parseDateline("2. Februar 2022 — hafen", true)?.author ?? null).toBeNull();
  });
});

describe("the dateline lead", () => {
  const lead = (first: string): string[] => [first, "", ...BODY.slice(2)];
  it("dates the page from a paragraph that opens with its date", () => {
    expect(cleanTextDump(dumpWith([HEADLINE], lead("31. Oktober 2023. The harbour board voted on Tuesday evening to close the old ferry pier for two years."))).meta.published).toBe("2023-10-31");
    expect(cleanTextDump(dumpWith([HEADLINE], lead("EASTBAY (Harbour Wire - 29th April, 2020) The harbour board voted on Tuesday evening to close the old ferry pier."))).meta.published).toBe("2020-04-29");
  });
  it("control (mend): a heading word in capitals before the date is no place", () => {
    expect(cleanTextDump(dumpWith([HEADLINE], lead("TIMELINE 12 March 2020 — The harbour board first debated the closure of the old ferry pier for two years."))).meta.published ?? null).toBeNull();
    expect(cleanTextDump(dumpWith([HEADLINE], lead("PARIS — 12 March 2020 — The harbour board first debated the closure of the old ferry pier for two years."))).meta.published).toBe("2020-03-12");
  });
  it("control: a date run into the sentence, a label before it or a date inside the sentence does not date it", () => {
    expect(cleanTextDump(dumpWith([HEADLINE], lead("12 March 2020 was the day the harbour board voted to close the old ferry pier for two years, and nobody forgot it."))).meta.published ?? null).toBeNull();
    expect(cleanTextDump(dumpWith([HEADLINE], lead("Harbour board minutes, 12 March 2020. The harbour board voted on Tuesday evening to close the old ferry pier for two years."))).meta.published ?? null).toBeNull();
    expect(cleanTextDump(dumpWith([HEADLINE], lead("The harbour board voted on 12 March 2020 to close the old ferry pier for two years while engineers rebuild it."))).meta.published ?? null).toBeNull();
  });
});

describe("'vom' bylines", () => {
  it("reads 'vom' in small letters, not a headline's capital 'Vom'", () => {
    expect(parseByline("vom Mara Quill")).toBe("Mara Quill");
    expect(parseByline("Vom Winde verweht")).toBeNull();
    expect(parseByline("Vom Hafen")).toBeNull();
  });
  it("control (mend): 'vom' and one common noun, or a club's name, names nobody", () => {
    for (const x of ["vom Fass", "vom Amt", "vom Landratsamt", "vom Verein Hafenfreunde", "vom Team", "vom Redaktionsteam", "vom Hafenblogger"]) expect(parseByline(x), x).toBeNull();
  });
});

describe("author labels in record boxes and CMS author boxes (mend)", () => {
  it("a book's or a product's box names no writer", () => {
    const book = cleanTextDump(dumpWith([HEADLINE], [BODY[0], "", "The Sinking Pier", "Author: Ann Lee", "Publisher: Harbour Press", ...BODY.slice(1)]));
    expect(book.meta.author ?? null).toBeNull();
    expect(book.meta.title).toBe(HEADLINE);
    const product = cleanTextDump(dumpWith([HEADLINE], [...BODY, "", "Author: Ann Lee", "Pages: 320", "Price: $24.99"]));
    expect(product.meta.author ?? null).toBeNull();
  });
  it("the headline stays over a box whose title is a label", () => {
    const r = cleanTextDump(dumpWith([HEADLINE, "Share"], [BODY[0], "", "", "Title: The Sinking Pier", "Author: Ann Lee", ...BODY.slice(1)]));
    expect(r.meta.title).toBe(HEADLINE);
    expect(r.meta.author ?? null).toBeNull();
  });
  it("an author cited by surname in the text above the label is no writer", () => {
    const r = cleanTextDump(dumpWith([HEADLINE], [...BODY.slice(0, 4), "", "Lee argues in her new book that the crossing shaped the villages.", "", "Author: Ann Lee, The Sinking Pier, 2019"]));
    expect(r.meta.author ?? null).toBeNull();
  });
  it("junk accounts, desks and offices after the label name nobody", () => {
    for (const n of ["Admin", "Unknown", "Anonymous", "Staff", "Guest Contributor", "Press Office", "Harbour Team", "The Sinking Pier"]) {
      expect(parseByline(`Author: ${n}`), n).toBeNull();
      expect(cleanTextDump(dumpWith([HEADLINE], [...BODY, "", `Author: ${n}`])).meta.author ?? null, n).toBeNull();
    }
    expect(parseByline("Autor: Pressestelle")).toBeNull();
    expect(parseByline("Autorin: Redaktionsteam")).toBeNull();
  });
  it("control: a person's name after the label under the text is the writer", () => {
    expect(cleanTextDump(dumpWith([HEADLINE], [...BODY, "", "Author: Mara Quill"])).meta.author).toBe("Mara Quill");
    expect(parseByline("Autorin: Mara Quill")).toBe("Mara Quill");
  });
});

describe("year-first dots before a clock (mend)", () => {
  it("a year outside 1900–2100 gives no published date", () => {
    for (const stamp of ["입력 0004.02.29 10:00", "입력 0000.01.01 10:00", "입력 9999.12.31 10:00"]) {
      expect(cleanTextDump(dumpWith(["항구 위원회가 오래된 여객선 부두를 2년 동안 폐쇄한다", "", stamp])).meta.published ?? null, stamp).toBeNull();
      expect(parseDateline(stamp, false)?.iso ?? null, stamp).toBeNull();
    }
  });
  it("control: a year-first stamp of an ordinary year gives its day", () => {
    expect(parseDateline("입력 2020.02.29 10:00", false)?.iso).toBe("2020-02-29");
    expect(cleanTextDump(dumpWith(["항구 위원회가 오래된 여객선 부두를 2년 동안 폐쇄한다", "", "입력 2020.02.29 10:00"])).meta.published).toBe("2020-02-29");
  });
});
