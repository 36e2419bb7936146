/**
 * Text- and Markdown-dump metadata, session 28 (invented dumps, no page's layout): a Markdown line that is only a link
 * read by its text for the header's byline and name rules (not a tag's address), author boxes whose label and blurb a
 * theme sets in bold or italics, an author box's archive link under the body, share links between a name and its
 * dateline, and a given name alone under an author box's label; with what each must leave alone.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { archiveBoxName, linksTopicArchive } from "../stages/clean/text/header.ts";
import { labelledAuthorOfDump } from "../stages/clean/text/publisher.ts";
import { BODY, ROWING_HEADLINE, dumpWith, rowingMarkdown } from "./helpers/textdump.ts";

const HEADLINE = ROWING_HEADLINE;
const md = rowingMarkdown;
const metaOf = (dump: string) => cleanTextDump(dump).meta;

describe("a Markdown line that is only a link, in the article header", () => {
  it("is read by its text beside the dateline, as the plain-text render of the page is", () => {
    // (a team page's address: the writer-link rule does not read /team/ paths; the name beside the date does)
    const header = [`# ${HEADLINE}`, "", "[Martha Kessel](/team/martha-kessel)", "", "3 December 2026", ""];
    expect(metaOf(md(header)).author).toBe("Martha Kessel");
    // the same header as a plain-text render prints it
    expect(metaOf(dumpWith([HEADLINE, "Martha Kessel", "3 December 2026"])).author).toBe("Martha Kessel");
  });
  it("gives the byline whose name is a link to any page", () => {
    const header = [`# ${HEADLINE}`, "", "By [Martha Kessel](/u/mk-204)", "", "3 December 2026", ""];
    expect(metaOf(md(header)).author).toBe("Martha Kessel");
  });
  it("names nobody when the link goes to a tag's or a topic's archive", () => {
    expect(linksTopicArchive("[Martha Kessel](/tag/martha-kessel/)")).toBe(true);
    expect(linksTopicArchive("[Martha Kessel](/team/martha-kessel)")).toBe(false);
    const header = [`# ${HEADLINE}`, "", "[Martha Kessel](/thema/martha-kessel/)", "", "3 December 2026", ""];
    expect(metaOf(md(header)).author ?? null).toBeNull();
  });
  it("names nobody when its text is not a person's name", () => {
    const header = [`# ${HEADLINE}`, "", "[Harbour Works](/team/harbour-works)", "", "3 December 2026", ""];
    expect(metaOf(md(header)).author ?? null).toBeNull();
  });
});

describe("an author box in bold or italics (Markdown)", () => {
  it("is read as the plain-text box is", () => {
    const lines = ["Some closing line of the text.", "**_About the author:_**", "_Martha Kessel (41) is a reporter who covers the harbour and its boats._"];
    expect(labelledAuthorOfDump(lines)).toBe("Martha Kessel");
    expect(metaOf(md([`# ${HEADLINE}`, ""], ["**_About the author:_**", "", "_Martha Kessel (41) is a reporter who covers the harbour._"])).author).toBe("Martha Kessel");
  });
  it("takes a given name alone under the label, not any word", () => {
    expect(labelledAuthorOfDump(["About the author", "Oskar", "Oskar writes about boats and the lake."])).toBe("Oskar");
    expect(labelledAuthorOfDump(["About the author", "Contact", "Write to the editors."])).toBeNull();
  });
});

describe("an author box's archive link under the body", () => {
  const box = (...lines: string[]) => archiveBoxName(["", ...lines, ""].slice(0, 3), 1);
  it("reads the box heading with the writer's count of pieces", () => {
    expect(archiveBoxName(["", "About Martha Kessel 42 Articles", ""], 1)).toBe("Martha Kessel");
    expect(archiveBoxName(["", "Über Oskar 1009 Artikel", ""], 1)).toBe("Oskar");
    // (no count: a heading, not the box)
    expect(box("About Martha Kessel")).toBeNull();
  });
  it("reads the archive link under the box's name line", () => {
    expect(archiveBoxName(["Martha Kessel", "Alles von Martha Kessel", ""], 1)).toBe("Martha Kessel");
    expect(archiveBoxName(["", "View all posts by Martha Kessel", ""], 1)).toBe("Martha Kessel");
    // ("More from" a site's name, no name line over it: the site's archive)
    expect(archiveBoxName(["Share this", "Mehr von Lakeside Courier", ""], 1)).toBeNull();
    expect(archiveBoxName(["", "More from Martha Kessel", ""], 1)).toBeNull();
  });
  it("reads a bare 'more by this writer' label only beside a person's name", () => {
    expect(archiveBoxName(["Martha Kessel", "Weitere Beiträge", "Neueste Artikel"], 1)).toBe("Martha Kessel");
    expect(archiveBoxName(["Zeige alle Artikel", "View all posts", "Oskar"], 1)).toBe("Oskar");
    expect(archiveBoxName(["Harbour news", "Weitere Beiträge", "Ferry timetable"], 1)).toBeNull();
  });
  it("names the writer of a dump whose header gives none, and not from a comment section", () => {
    const after = ["Martha Kessel", "", "[Alles von Martha Kessel](/autor/mk/)", ""];
    expect(metaOf(md([`# ${HEADLINE}`, ""], after)).author).toBe("Martha Kessel");
    const comments = ["3 Comments", "", "Martha Kessel", "", "Weitere Beiträge", ""];
    expect(metaOf(md([`# ${HEADLINE}`, ""], comments)).author ?? null).toBeNull();
  });
});

describe("share links between a name and the header's dateline", () => {
  it("are passed over", () => {
    expect(metaOf(dumpWith([HEADLINE, "Listen to this story", "Print this page", "Email this page", "Martha Kessel", " * Twitter", " * Facebook", "3 December 2026"], BODY)).author).toBe("Martha Kessel");
  });
  it("but another kind of line between them still ends the search", () => {
    expect(metaOf(dumpWith([HEADLINE, "Listen to this story", "Print this page", "Email this page", "Martha Kessel", "Harbour news and weather", "3 December 2026"], BODY)).author ?? null).toBeNull();
  });
});

describe("a linked kicker before the headline (Markdown)", () => {
  const body = ["3 December 2026", ""];
  it("is cut off the title", () => {
    expect(metaOf(md([`# [Harbour News](/news/index.php?topic=3) : ${HEADLINE}`, "", ...body])).title).toBe(HEADLINE);
    expect(metaOf(md([`## [Boats](/boats/ "Boats"): ${HEADLINE}`, "", ...body])).title).toBe(HEADLINE);
  });
  it("stays when the rest is a row of links or too short for a headline", () => {
    expect(metaOf(md([`# [Harbour News](/news/) : [Boats](/boats/) ${HEADLINE}`, "", ...body])).title).not.toBe(HEADLINE);
    expect(metaOf(md([`# [Harbour News](/news/) : Boathouse opens`, "", ...body])).title).toBe("Harbour News : Boathouse opens");
  });
});
