/**
 * Markdown- and text-dump metadata, round 16 (session 27; invented dumps, no page's layout): a writer's link told by its
 * title attribute or by the byline word before it, the nearest of several level-1 headings, a level-1 heading closed by
 * a full stop, emphasis marks a line break left unpaired, and copyright footers in link rows, under bullets and after a
 * host; with what each must leave alone.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { withoutStrayEmphasis, writerPageLinkNames } from "../stages/clean/text/header.ts";
import { publisherOfDump } from "../stages/clean/text/publisher.ts";
import { markdownDumpWith, setext } from "./helpers/textdump.ts";

const NAV = ["[Lakeside Courier](/)", "", "*   [Town](/town)", "*   [Boats](/boats)", "*   [Weather](/weather)", ""];
const HEADLINE = "Rowing club opens a second boathouse on the north shore";
const TEXT = [
  "The rowing club opened its second boathouse on the north shore on Saturday, two years after members voted to move the junior squads away from the crowded harbour slipway.",
  "",
  "The boathouse holds twenty boats and a repair workshop, and the club says the shorter row to open water will let junior crews train on weekday evenings through the winter.",
  "",
  "Members raised most of the money through a sponsored row around the lake, and the town council paid for the new pontoon and the path from the car park.",
  "",
  "The club will hold an open day next month for families who want to try rowing, with coaches on the water and the old boathouse open for tours.",
];
const md = (header: readonly string[], after: readonly string[] = []): string => markdownDumpWith(NAV, header, TEXT, after);
const metaOf = (dump: string) => cleanTextDump(dump).meta;

describe("a link whose title attribute names its text as the writer of an archive", () => {
  it("is a writer's link whatever its address", () => {
    expect(writerPageLinkNames('[Edda Winterfeld](/blog/author/ew_17/ "Posts by Edda Winterfeld")')).toEqual(["Edda Winterfeld"]);
    expect(writerPageLinkNames('[Edda Winterfeld](/herausgeber/edda/ "Alle Beiträge von Edda Winterfeld anzeigen")')).toEqual(["Edda Winterfeld"]);
    expect(writerPageLinkNames('[Edda Winterfeld](/experten/ew_88.html "Autorenseite von Edda Winterfeld")')).toEqual(["Edda Winterfeld"]);
    expect(writerPageLinkNames('[Edda Winterfeld](https://example.org/firma/ew/ "Artikelen door Edda Winterfeld")')).toEqual(["Edda Winterfeld"]);
  });
  it("names nobody when the title names something else or nothing", () => {
    // (the address does not spell the name, and no title vouches for it)
    expect(writerPageLinkNames("[Edda Winterfeld](/blog/author/ew_17/)")).toEqual([]);
    // (a category's archive, a tag's, and a title naming another person)
    expect(writerPageLinkNames('[Boats](/category/boats/ "View all posts in Boats")')).toEqual([]);
    expect(writerPageLinkNames('[Edda Winterfeld](/blog/author/ew_17/ "Posts by Lutz Abendroth")')).toEqual([]);
    // (a desk's account)
    expect(writerPageLinkNames('[Redaktion](/blog/author/red/ "Beiträge von Redaktion")')).toEqual([]);
  });
  it("is read past a photo and its caption between the headline and the body", () => {
    const header = [
      `# ${HEADLINE}`,
      "",
      "![The new boathouse](/img/boathouse.jpg)",
      "",
      "The new boathouse seen from the pontoon at dawn.",
      "",
      "[Share](/share)",
      "",
      "[Print](/print)",
      "",
      "3 December 2026",
      "",
      '[Edda Winterfeld](/blog/author/ew_17/ "Posts by Edda Winterfeld")',
      "",
    ];
    expect(metaOf(md(header)).author).toBe("Edda Winterfeld");
  });
  it("is not read under the body (a related post's or a comment's writer)", () => {
    const after = ["## Related", "", "Pontoon repairs finish early", "", '[Edda Winterfeld](/blog/author/ew_17/ "Posts by Edda Winterfeld")'];
    expect(metaOf(md([`# ${HEADLINE}`, "", "3 December 2026", ""], after)).author ?? null).toBeNull();
  });
});

describe("a byline word right before a link to a person's page", () => {
  it("makes a profile, people or team page a writer's page", () => {
    expect(writerPageLinkNames("By [Edda Winterfeld](https://example.org/people/edda-winterfeld) 3 December 2026")).toEqual(["Edda Winterfeld"]);
    expect(writerPageLinkNames("por*   [Edda Winterfeld](/perfiles/eddawinterfeld/)")).toEqual(["Edda Winterfeld"]);
    const dump = md([`# ${HEADLINE}`, "", "by [Edda Winterfeld](/profile/edda-winterfeld) (reporting)", ""]);
    expect(metaOf(dump).author).toBe("Edda Winterfeld");
  });
  it("leaves such a page alone with no byline word, after a photo credit, or with an address that does not spell the name", () => {
    expect(writerPageLinkNames("[Edda Winterfeld](/profile/edda-winterfeld)")).toEqual([]);
    expect(writerPageLinkNames("Photo by [Edda Winterfeld](/people/edda-winterfeld)")).toEqual([]);
    expect(writerPageLinkNames("By [Edda Winterfeld](/people/staff-42)")).toEqual([]);
  });
});

describe("level-1 headings", () => {
  it("takes the page's one h1 when a full stop closes it", () => {
    const headline = "The lake has a second boathouse now.";
    const dump = md([`# ${headline}`, "", "Members rowed the first boats across on Saturday", ""]);
    expect(metaOf(dump).title).toBe(headline);
  });
  it("takes the h1 nearest the body when the site's name is an h1 too", () => {
    const header = [
      "# Lakeside Courier",
      "",
      "*   [Sport](/sport)",
      "",
      `# ${HEADLINE}`,
      "",
      "Junior crews move away from the crowded harbour slipway",
      "",
      "[Town](/town)",
      "",
      "3 December 2026",
      "",
      "![The boathouse](/img/boathouse.jpg)",
      "",
      "",
      "",
      "The new boathouse seen from the pontoon at dawn, with the old slipway behind it",
      "",
    ];
    expect(metaOf(md(header)).title).toBe(HEADLINE);
  });
  it("does not take a short h1 nearest the body over the walk's heading", () => {
    // (a three-word h1 under the headline is a section's name; the walk's choice stands)
    const dump = md([...setext(HEADLINE, "="), "", "# Lakeside Courier", "", `## ${HEADLINE}`, "", "# Town news", ""]);
    expect(metaOf(dump).title).toBe(HEADLINE);
  });
});

describe("emphasis marks a line break left unpaired", () => {
  it("are removed from a title's ends, not from inside it", () => {
    expect(withoutStrayEmphasis("**Rowing club opens a second boathouse")).toBe("Rowing club opens a second boathouse");
    expect(withoutStrayEmphasis("Rowing club opens a second boathouse**")).toBe("Rowing club opens a second boathouse");
    expect(withoutStrayEmphasis("**Rowing club opens a second boathouse**")).toBe("Rowing club opens a second boathouse");
    expect(withoutStrayEmphasis("Rowing club opens its **second** boathouse")).toBe("Rowing club opens its **second** boathouse");
  });
});

describe("copyright footers", () => {
  const dump = (footer: string) => `Rowing club opens a boathouse\n\n${TEXT.join("\n")}\n\n${footer}\n`;
  it("reads the notice in a row of links, under a bullet, after the site's host", () => {
    expect(publisherOfDump(dump("Copyright © 2019 The Lakeside Courier | Privacy statement | Terms of service"))).toBe("The Lakeside Courier");
    expect(publisherOfDump(dump("* © Lakeside Press 2007–2012"))).toBe("Lakeside Press");
    expect(publisherOfDump(dump("seeblick.example © 2003–2011 Seeblick Rundschau"))).toBe("Seeblick Rundschau");
  });
  it("reads an open year range and a notice after the name's full stop, and drops a legal form", () => {
    expect(publisherOfDump(dump("Copyright (c) 2012- Lakeside Press. Tous droits réservés. Design by Someone."))).toBe("Lakeside Press");
    expect(publisherOfDump(dump("© 2008 Seeblick Rundschau. Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung."))).toBe("Seeblick Rundschau");
    expect(publisherOfDump(dump("© 2024 Lakeside Media Inc."))).toBe("Lakeside Media");
    expect(publisherOfDump(dump("© 2019-20 Lakeside Media"))).toBe("Lakeside Media");
  });
  it("names nobody for a bare notice or sign", () => {
    expect(publisherOfDump(dump("Copyright © Todos los derechos reservados"))).toBeNull();
    expect(publisherOfDump(dump("Copyright © 2018"))).toBeNull();
    expect(publisherOfDump(dump("© 2021 All Rights Reserved"))).toBeNull();
  });
});
