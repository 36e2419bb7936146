/**
 * Markdown- and text-dump metadata (invented dumps, no page's layout): a writer's link told by its
 * title attribute or by the byline word before it, the nearest of several level-1 headings, a level-1 heading closed by
 * a full stop, emphasis marks a line break left unpaired, and copyright footers in link rows, under bullets and after a
 * host; with what each must leave alone.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { withoutStrayEmphasis, writerPageLinkNames } from "../stages/clean/text/header.ts";
import { publisherOfDump } from "../stages/clean/text/publisher.ts";
import { ROWING_HEADLINE, ROWING_TEXT as TEXT, rowingMarkdown, setext } from "./helpers/textdump.ts";

const HEADLINE = ROWING_HEADLINE;
const md = rowingMarkdown;
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

// ---- review mends (invented text): third-party copyright, box headings, topic tooltips, role credits ----

describe("copyright footers of a third party", () => {
  const lines = (...footer: string[]) => ["Rowing club opens a boathouse", ...TEXT.filter(Boolean), ...footer].join("\n");
  it("reads the site's own footer, the last copyright line, over a wire's notice or a picture credit above it", () => {
    const wire = "© 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.";
    expect(publisherOfDump(lines(wire, "About us", "© 2024 Lakeside Courier"))).toBe("Lakeside Courier");
    expect(publisherOfDump(lines("* © 2024 Getty Images", "About us", "© 2024 Lakeside Courier"))).toBe("Lakeside Courier");
    expect(publisherOfDump(lines("© 2024 AFP. Tous droits réservés.", "Contact", "© 2024 Lakeside Courier"))).toBe("Lakeside Courier");
  });
  it("names nobody when the only notice is a wire's, a picture agency's or a theme's credit", () => {
    expect(publisherOfDump(lines("© 2024 The Associated Press. All rights reserved. This material may not be published."))).toBeNull();
    expect(publisherOfDump(lines("lakeside.example © 2024 Getty Images"))).toBeNull();
    expect(publisherOfDump(lines("© Getty Images"))).toBeNull();
    expect(publisherOfDump(lines("© 2024 AFP. Photo: Edda Winterfeld"))).toBeNull();
    expect(publisherOfDump(lines("© 2024 Lakeside Pictures"))).toBeNull();
    expect(publisherOfDump(lines("Copyright © 2024 Theme by Examplethemes | Powered by WordPress"))).toBeNull();
    expect(publisherOfDump(lines("© WordPress theme by Examplethemes"))).toBeNull();
    expect(publisherOfDump(lines("© 2024 Photo by Edda Winterfeld"))).toBeNull();
  });
  it("takes no sentence after the name other than a rights notice", () => {
    expect(publisherOfDump(lines("© Copyright 2024 Lakeside Wire. Click For Restrictions"))).toBeNull();
    expect(publisherOfDump(lines("© 2024 Lakeside Courier All Rights Reserved"))).toBe("Lakeside Courier");
  });
  it("drops every legal form closing the name", () => {
    expect(publisherOfDump(lines("© 2024 Lakeside Courier Pty Ltd"))).toBe("Lakeside Courier");
    expect(publisherOfDump(lines("© 2024 Lakeside Courier Limited"))).toBe("Lakeside Courier");
    expect(publisherOfDump(lines("Copyright © 2019 The Lakeside Courier Inc"))).toBe("The Lakeside Courier");
  });
});

describe("several level-1 headings: boxes and teasers beside the headline", () => {
  const over = (...below: string[]) => md(["# Lakeside Courier", "", `# ${HEADLINE}`, "", "3 December 2026", "", ...below]);
  it("takes the headline over a newsletter box's heading nearer the body", () => {
    expect(metaOf(over("# Get the lake and town news in your inbox", "")).title).toBe(HEADLINE);
    expect(metaOf(over("# Sign up for the rowing club newsletter today", "", "[Subscribe](/subscribe)", "")).title).toBe(HEADLINE);
  });
  it("takes the headline over a related-stories heading and a teaser with a Read more link", () => {
    expect(metaOf(over("# Rowing on the lake: more stories from the club", "")).title).toBe(HEADLINE);
    expect(metaOf(over("![Boats on the lake](/a.jpg)", "", "# The junior squads and their winter training plans", "", "[Read more](/juniors)", "")).title).toBe(HEADLINE);
  });
  it("takes the headline that shares more of the body's words than a section heading under it", () => {
    expect(metaOf(over("# Boathouse news from the north shore", "")).title).toBe(HEADLINE);
    // (the headline an h2 under the site's setext h1, a section's h1 between it and the text)
    const dump = md(["Lakeside Courier", "================", "", `## ${HEADLINE}`, "", "3 December 2026", "", "# Boathouse news from the north shore", ""]);
    expect(metaOf(dump).title).toBe(HEADLINE);
  });
});

describe("a tooltip that names a topic's or a section's archive", () => {
  it("is no writer's link", () => {
    expect(writerPageLinkNames('[Lutz Abendroth](/tag/lutz-abendroth/ "Ver más noticias de Lutz Abendroth")')).toEqual([]);
    expect(writerPageLinkNames('[Lutz Abendroth](/noticias/lutz-abendroth "Noticias de Lutz Abendroth")')).toEqual([]);
    expect(writerPageLinkNames('[Lutz Abendroth](/sujet/lutz-abendroth "Tous les articles de Lutz Abendroth")')).toEqual([]);
    expect(writerPageLinkNames('[Lutz Abendroth](/personen/lutz-abendroth "More stories from Lutz Abendroth")')).toEqual([]);
    expect(writerPageLinkNames('[Lakeside](/section/lakeside "More stories from Lakeside")')).toEqual([]);
    expect(writerPageLinkNames('[Seeliga](/seeliga "Alle Artikel von Seeliga")')).toEqual([]);
  });
  it("does not vouch for a tag's address even in the writer's phrasing", () => {
    expect(writerPageLinkNames('[Lutz Abendroth](/thema/lutz-abendroth "Artikel von Lutz Abendroth")')).toEqual([]);
    expect(writerPageLinkNames('[Lutz Abendroth](/tag/lutz-abendroth "Posts by Lutz Abendroth")')).toEqual([]);
  });
  it("names no author from a topics row under the headline", () => {
    const dump = md([`# ${HEADLINE}`, "", "3 December 2026", "", 'Temas: [Lutz Abendroth](/tag/lutz-abendroth "Ver más noticias de Lutz Abendroth")', ""]);
    expect(metaOf(dump).author ?? null).toBeNull();
  });
});

describe("a role's credit before a person's page", () => {
  it("is no byline", () => {
    expect(writerPageLinkNames("Medically reviewed by [Lutz Abendroth](/team/lutz-abendroth)")).toEqual([]);
    expect(writerPageLinkNames("Edited by [Lutz Abendroth](/people/lutz-abendroth)")).toEqual([]);
    expect(writerPageLinkNames("Fact-checked by [Lutz Abendroth](/team/lutz-abendroth)")).toEqual([]);
    expect(writerPageLinkNames("Karikatur von [Lutz Abendroth](/profil/lutz-abendroth)")).toEqual([]);
    expect(writerPageLinkNames("Traducido por [Lutz Abendroth](/perfil/lutz-abendroth)")).toEqual([]);
  });
  it("leaves the writer's own byline on the same line", () => {
    const line = "Written by [Edda Winterfeld](/author/edda-winterfeld) — Medically reviewed by [Lutz Abendroth](/team/lutz-abendroth)";
    expect(writerPageLinkNames(line)).toEqual(["Edda Winterfeld"]);
  });
  it("names no author under the headline", () => {
    expect(metaOf(md([`# ${HEADLINE}`, "", "Medically reviewed by [Lutz Abendroth](/team/lutz-abendroth)", "", "3 December 2026", ""])).author ?? null).toBeNull();
    expect(metaOf(md([`# ${HEADLINE}`, "", "3 December 2026 · Edited by [Lutz Abendroth](/people/lutz-abendroth)", ""])).author ?? null).toBeNull();
  });
});
