/**
 * Text-dump metadata (invented dumps and lines): a slash setting off the outlet after a byline's name, the
 * "Words:" credit, and their controls; and the guards around them (a kicker cut only with proof, a footer meta row
 * only past share and page controls, places and organisations named no author, slash-cut bylines need a person).
 */
import { describe, expect, it } from "vitest";
import { BODY, dumpWith } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { labelledAuthorOfDump } from "../stages/clean/text/publisher.ts";
import { parseByline, parseDateline } from "../stages/clean/text/header.ts";

describe("byline forms", () => {
  it("cuts the outlet or the desk a slash sets off after the name", () => {
    expect(parseByline("Text: Mara Quill / harbourpost.example")).toBe("Mara Quill");
    expect(parseByline("By Mara Quill and Tomas Brenn / Harbour Post")).toBe("Mara Quill and Tomas Brenn");
  });
  it("reads the byline with its outlet printed under the article", () => {
    const r = cleanTextDump(dumpWith(["Harbour board shuts the old ferry pier for two years", ""], [...BODY, "", "Text: Mara Quill / harbourpost.example", "Back to the overview"]));
    expect(r.meta.author).toBe("Mara Quill");
  });
  it("reads the 'Words:' credit only with its colon", () => {
    expect(parseByline("Words: Mara Quill")).toBe("Mara Quill");
    expect(parseByline("Words Mara Quill")).toBeNull();
    expect(parseByline("Words: the harbour in winter")).toBeNull();
  });
});

describe("post meta rows", () => {
  it("reads a name run into the date that follows it", () => {
    const r = cleanTextDump(dumpWith(["Harbour board shuts the old ferry pier for two years", "Mara QuillNovember 6, 2023"]));
    expect(r.meta.author).toBe("Mara Quill");
    expect(r.meta.published).toBe("2023-11-06");
  });
  it("control: a month after a capital run into a word is not split off", () => {
    expect(parseDateline("Mara Quill, November 6, 2023")?.author).toBe("Mara Quill");
    // (the short form: split, "ABC November 6, 2023" would be a dateline)
    expect(parseDateline("ABCNovember 6, 2023")).toBeNull();
    // an outlet's or a section's link run into the date is no person
    expect(parseDateline("Harbour FinanceOctober 13, 2016")?.author ?? null).toBeNull();
  });
  it("cuts the category list that closes a meta row, so the row dates the page and names the writer", () => {
    const d = parseDateline("26. Dezember 2021 von Mara Quill Kategorien: Hafen, Verkehr | Hinterlasse einen Kommentar", true);
    expect(d?.iso).toBe("2021-12-26");
    expect(d?.author).toBe("Mara Quill");
    // control: without the label the row is too long for a dateline
    expect(parseDateline("26. Dezember 2021 von Mara Quill über Hafen, Verkehr und die Fähre am Steg der Altstadt", true)).toBeNull();
  });
  it("dates the page from a post meta row with a byline word below the share row", () => {
    const shareRow = ["Share this:", " * Twitter", " * Facebook", " * Email", "Like this:", "Like Loading…", " * ", " * ", " * "];
    const r = cleanTextDump(dumpWith(["Harbour board shuts the old ferry pier for two years", ""], [...BODY, "", ...shareRow, "December 26, 2021 by Mara Quill Categories: Harbour | Leave a comment", "Post navigation"]));
    expect(r.meta.published).toBe("2021-12-26");
    expect(r.meta.author).toBe("Mara Quill");
  });
});

describe("author box heading", () => {
  it("reads the name on the author box's label line after a separator", () => {
    expect(labelledAuthorOfDump("Story.\nAbout the Author - Mara Quill\nHi! I grow lemons on a windowsill.")).toBe("Mara Quill");
    expect(labelledAuthorOfDump("Story.\nÜber die Autorin: Mara Quill\nSie schreibt über Gärten.")).toBe("Mara Quill");
  });
  it("control: a label line with a team or a small-letter phrase names nobody", () => {
    expect(labelledAuthorOfDump("Story.\nAbout the author: Harbour Desk Team\nWe write about boats.")).toBeNull();
    expect(labelledAuthorOfDump("Story.\nAbout the author - read more below\nWe write about boats.")).toBeNull();
  });
});

describe("a kicker run into the headline", () => {
  const crumbs = [" * Home", " * Harbour", " * Pier closed for two years - Board decision", ""];
  it("takes the headline a breadcrumb prints alone when the heading line ends with it after a kicker", () => {
    const r = cleanTextDump(dumpWith([...crumbs, "Board decision Pier closed for two years", "Updated: 14.03.2021 10:00", ""]));
    expect(r.meta.title).toBe("Pier closed for two years");
  });
  it("control: a heading with a dash keeps the words before it", () => {
    const r = cleanTextDump(dumpWith([...crumbs, "Mara Quill – Pier closed for two years", "Updated: 14.03.2021 10:00", ""]));
    expect(r.meta.title).not.toBe("Pier closed for two years");
  });
});

describe("review mends: a kicker is cut only with proof", () => {
  const H = "Five things to know about the harbour fee vote";
  it("keeps the whole headline when a line under it repeats its last words", () => {
    const r = cleanTextDump(dumpWith([H, "Updated: 14.03.2021 10:00", "", "About the harbour fee vote"]));
    expect(r.meta.title).toBe(H);
    const tags = cleanTextDump(dumpWith(["Mara Quill opens her new lemon grove", ""], [...BODY, "", "Tags:", " * Her new lemon grove", " * Gardens"]));
    expect(tags.meta.title).toBe("Mara Quill opens her new lemon grove");
  });
  it("keeps the whole headline when nothing shows the cut-off words to be a kicker", () => {
    const r = cleanTextDump(dumpWith([" * Home", " * Her new lemon grove", "", "Mara Quill opens her new lemon grove", "Updated: 14.03.2021 10:00", ""]));
    expect(r.meta.title).toBe("Mara Quill opens her new lemon grove");
  });
  it("cuts the kicker when a numbered breadcrumb names the page, or the kicker stands on a line of its own", () => {
    const numbered = cleanTextDump(dumpWith(["1. Start", "2. Archive", "3. Pier closed for two years", "", "Board decision Pier closed for two years", "Updated: 14.03.2021 10:00", ""]));
    expect(numbered.meta.title).toBe("Pier closed for two years");
    const apart = cleanTextDump(dumpWith([" * Home", " * Pier closed for two years", "Board decision", "", "Board decision Pier closed for two years", "Updated: 14.03.2021 10:00", ""]));
    expect(apart.meta.title).toBe("Pier closed for two years");
  });
});

describe("review mends: a footer meta row only past share and page controls", () => {
  const H = "Harbour board shuts the old ferry pier for two years";
  const shareRow = ["Share this:", " * Twitter", " * Facebook", "Like this:", "Like Loading…", "", "Post navigation", "Previous post", ""];
  it("takes no author or day from a related post's row or a comment's row", () => {
    const related = cleanTextDump(dumpWith([H, ""], [...BODY, "", ...shareRow, "Related posts", " * Ferry fares rise", "   March 2, 2020 by Tomas Brenn", ""]));
    expect(related.meta.author ?? null).toBeNull();
    expect(related.meta.published).not.toBe("2020-03-02");
    const comments = cleanTextDump(dumpWith([H, ""], [...BODY, "", ...shareRow, "2 thoughts on this post", "", "May 5, 2022 by Tomas Brenn", "I take that ferry every day and will miss it."]));
    expect(comments.meta.author ?? null).toBeNull();
  });
  it("reads the row under a German share and like widget", () => {
    const widgets = ["Weitererzählen:", " * Teilen", " * Twitter", " * ", "Gefällt mir:", "Liken Lade …"];
    const r = cleanTextDump(dumpWith([H, ""], [...BODY, "", ...widgets, "26. Dezember 2021 von Mara Quill", "Beitragsnavigation"]));
    expect(r.meta.author).toBe("Mara Quill");
    expect(r.meta.published).toBe("2021-12-26");
  });
});

describe("review mends: places, organisations and desks are no author", () => {
  it("names no author for a place or a body run into the date", () => {
    for (const row of ["Austin StationMay 3, 2020", "Georgia SquareJune 1, 2019", "Jordan CityMarch 2, 2020"]) expect(parseDateline(row)?.author ?? null).toBeNull();
    expect(parseDateline("Mara QuillMay 3, 2020")?.author).toBe("Mara Quill");
  });
  it("names no author for an organisation on the author box's label line, and reads the label on the last line", () => {
    expect(labelledAuthorOfDump("Story.\nAbout the author: Mara Quill Institute\nWe teach gardening.")).toBeNull();
    expect(labelledAuthorOfDump("Story.\nAbout the Author | Mara Quill Photography\nPictures of boats.")).toBeNull();
    expect(labelledAuthorOfDump("Story.\nAbout the Author: Mara Quill Award\nGiven each year.")).toBeNull();
    expect(labelledAuthorOfDump("Story.\nAbout the author - Mara Quill")).toBe("Mara Quill");
  });
  it("needs a person's name where a slash cuts the byline or after 'Words:'", () => {
    for (const row of ["Von Redaktion / dpa", "By Land / By Sea", "Von Montag / Freitag", "Text: Pressestelle / Stadt", "Words: Traditional", "Words: Anonymous"]) expect(parseByline(row)).toBeNull();
    expect(parseByline("By Mara Quill / Harbour Post")).toBe("Mara Quill");
    const r = cleanTextDump(dumpWith(["Harbour board shuts the old ferry pier for two years", "Von Redaktion / dpa", "03.03.2021", ""]));
    expect(r.meta.author ?? null).toBeNull();
  });
});
