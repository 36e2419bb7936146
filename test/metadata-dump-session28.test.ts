/**
 * Text- and Markdown-dump metadata (invented dumps, no page's layout): a Markdown line that is only a link
 * read by its text for the header's byline and name rules (not a tag's address), author boxes whose label and blurb a
 * theme sets in bold or italics, an author box's archive link under the body, share links between a name and its
 * dateline, and a given name alone under an author box's label; with what each must leave alone.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { archiveBoxName, dumpOwnHost, isWriterLikeAddress, linksWriterLikePage } from "../stages/clean/text/header.ts";
import { labelledAuthorOfDump } from "../stages/clean/text/publisher.ts";
import { BODY, ROWING_HEADLINE, ROWING_TEXT, dumpWith, rowingMarkdown } from "./helpers/textdump.ts";

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
    expect(linksWriterLikePage("[Martha Kessel](/tag/martha-kessel/)")).toBe(false);
    expect(linksWriterLikePage("[Martha Kessel](/team/martha-kessel)")).toBe(true);
    const header = [`# ${HEADLINE}`, "", "[Martha Kessel](/thema/martha-kessel/)", "", "3 December 2026", ""];
    expect(metaOf(md(header)).author ?? null).toBeNull();
  });
  it("names nobody when the link goes to a person's topic page, another site, a search or another article", () => {
    const addresses = [
      "/people/martha-kessel",
      "/person/martha-kessel",
      "/personen/martha-kessel/",
      "https://en.wikipedia.org/wiki/Martha_Kessel",
      "/search?q=Martha+Kessel",
      "https://photos.example.net/photos/mkessel",
      "/2026/12/martha-kessel-rows-across-the-lake",
      "/team/martha-kessel-rows-across-the-lake-again",
      "/team/boathouse-opening.html",
    ];
    for (const address of addresses) {
      expect(isWriterLikeAddress(address), address).toBe(false);
      const header = [`# ${HEADLINE}`, "", `[Martha Kessel](${address})`, "", "3 December 2026", ""];
      expect(metaOf(md(header)).author ?? null, address).toBeNull();
    }
  });
  it("takes a writer's page on the page's own site, absolute or relative", () => {
    expect(isWriterLikeAddress("https://www.courier.example/redaktion/mk", "courier.example")).toBe(true);
    expect(isWriterLikeAddress("https://elsewhere.example/redaktion/mk", "courier.example")).toBe(false);
    expect(isWriterLikeAddress("/autorin/martha-kessel/")).toBe(true);
    const header = [`# ${HEADLINE}`, "", "[Martha Kessel](https://courier.example/staff/mk)", "", "3 December 2026", ""];
    expect(cleanTextDump(md(header), { siteKey: "host:www.courier.example" }).meta.author).toBe("Martha Kessel");
    expect(metaOf(md(header)).author ?? null).toBeNull();
  });
  it("takes the page's own site from the host most of the dump's links go to when no site is given", () => {
    const nav = ["[Lakeside Courier](https://courier.example/)", "[Town](https://courier.example/town)", "[Boats](https://www.courier.example/boats)", "[Partner](https://elsewhere.example/)"];
    expect(dumpOwnHost(nav)).toBe("courier.example");
    expect(dumpOwnHost(["[Town](/town)", "[Partner](https://elsewhere.example/)"])).toBeUndefined();
    const dump = [...nav.flatMap((l) => [l, ""]), `# ${HEADLINE}`, "", "[Martha Kessel](https://courier.example/staff/mk)", "", "3 December 2026", "", ...ROWING_TEXT].join("\n");
    expect(metaOf(dump).author).toBe("Martha Kessel");
    expect(metaOf(dump.replace("https://courier.example/staff/mk", "https://elsewhere.example/staff/mk")).author ?? null).toBeNull();
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
  it("takes a given name alone under the label only when the blurb opens with it", () => {
    expect(labelledAuthorOfDump(["About the author", "Oskar", "Oskar writes about boats and the lake."])).toBe("Oskar");
    expect(labelledAuthorOfDump(["About the author", "Contact", "Write to the editors."])).toBeNull();
    // (a place that passes the given-name test, its blurb about something else)
    expect(labelledAuthorOfDump(["About the author", "Georgia", "The state's largest regatta draws crews from three counties."])).toBeNull();
  });
  it("prefers the full name the blurb gives to the given name over it", () => {
    expect(labelledAuthorOfDump(["About the author", "Nils", "Nils Brandt is a historian of the lake's ferries."])).toBe("Nils Brandt");
  });
});

describe("an author box's archive link under the body", () => {
  const box = (...lines: string[]) => archiveBoxName(["", ...lines, ""].slice(0, 3), 1);
  it("reads the box heading with the writer's count of pieces", () => {
    expect(archiveBoxName(["", "About Martha Kessel 42 Articles", ""], 1)).toBe("Martha Kessel");
    expect(archiveBoxName(["", "À propos de Nils Brandt 17 articles", ""], 1)).toBe("Nils Brandt");
    // (a one-word name only with a blurb that opens with it; a place's topic box is no author box)
    expect(archiveBoxName(["", "Über Oskar 42 Artikel", "Oskar schreibt über Boote und den See."], 1)).toBe("Oskar");
    expect(archiveBoxName(["", "About Georgia 42 Articles", "Crews, regattas and results."], 1)).toBeNull();
    // (no count: a heading, not the box)
    expect(box("About Martha Kessel")).toBeNull();
  });
  it("reads the writer's archive link, a person's name in it", () => {
    expect(archiveBoxName(["Martha Kessel", "Alles von Martha Kessel", ""], 1)).toBe("Martha Kessel");
    expect(archiveBoxName(["", "View all posts by Martha Kessel", ""], 1)).toBe("Martha Kessel");
    // ("More from" a site's name, no name line over it: the site's archive)
    expect(archiveBoxName(["Share this", "Mehr von Lakeside Courier", ""], 1)).toBeNull();
    expect(archiveBoxName(["", "More from Martha Kessel", ""], 1)).toBeNull();
  });
  it("names no house account, site or section, with or without the name line over it", () => {
    expect(archiveBoxName(["admin", "View all posts by admin", ""], 1)).toBeNull();
    expect(archiveBoxName(["Lakeside Courier", "View all posts by Lakeside Courier", ""], 1)).toBeNull();
    expect(archiveBoxName(["Lakeside Courier", "More from Lakeside Courier", ""], 1)).toBeNull();
    expect(archiveBoxName(["Harbour Town", "More from Harbour Town", ""], 1)).toBeNull();
  });
  it("names nobody from a list of writers' archive links", () => {
    const sidebar = ["Popular writers", "View all posts by Martha Kessel", "View all posts by Nils Brandt", "View all posts by Petra Lund"];
    for (let i = 1; i < sidebar.length; i++) expect(archiveBoxName(sidebar, i)).toBeNull();
    const after = ["Popular writers", "", "[View all posts by Martha Kessel](/author/mk/)", "", "[View all posts by Nils Brandt](/author/nb/)", ""];
    expect(metaOf(md([`# ${HEADLINE}`, ""], after)).author ?? null).toBeNull();
  });
  it("reads an archive label's name only under an author box's label, or over a 'by this author' label", () => {
    expect(archiveBoxName(["About the author", "See all articles", "Petra Lund", "Petra Lund covers the harbour."], 1)).toBe("Petra Lund");
    expect(archiveBoxName(["About the author", "See all articles", "Oskar", "Oskar rows every morning."], 1)).toBe("Oskar");
    expect(archiveBoxName(["About the author", "See all articles", "Oskar", "Rowing news from the lake."], 1)).toBeNull();
    expect(archiveBoxName(["Petra Lund", "More posts by this author", "Rowing in the rain"], 1)).toBe("Petra Lund");
    expect(archiveBoxName(["Harbour news", "Weitere Beiträge des Autors", "Ferry timetable"], 1)).toBeNull();
  });
  it("names nobody from a related-posts heading and its first card", () => {
    const cards: (readonly string[])[] = [
      ["The club thanks its volunteers.", "More stories", "Tom Reed", "Ferry fares rise in spring as the pier shuts"],
      ["Der Verein dankt den Helfern.", "Weitere Beiträge", "Anna Berg", "Fähre fährt im Winter seltener"],
      ["The club thanks its volunteers.", "More articles", "Georgia", "Crews gather for the autumn regatta"],
      ["The club thanks its volunteers.", "More posts", "Jordan", "Israel", "Lebanon"],
      ["The club thanks its volunteers.", "More stories", "Grace", "A quiet winter on the lake"],
      ["Tom Reed", "All articles", "Ferry fares rise in spring as the pier shuts"],
    ];
    for (const card of cards) {
      expect(archiveBoxName(card, 1), card.join(" / ")).toBeNull();
      const after = card.flatMap((l) => [l, ""]);
      expect(metaOf(md([`# ${HEADLINE}`, ""], after)).author ?? null, card.join(" / ")).toBeNull();
      expect(metaOf(dumpWith([HEADLINE], [...BODY, ...card])).author ?? null, card.join(" / ")).toBeNull();
    }
  });
  it("names the writer of a dump whose header gives none, and not from a comment section", () => {
    const after = ["Martha Kessel", "", "[Alles von Martha Kessel](/autor/mk/)", ""];
    expect(metaOf(md([`# ${HEADLINE}`, ""], after)).author).toBe("Martha Kessel");
    const comments = ["3 Comments", "", "Martha Kessel", "", "[Alles von Martha Kessel](/autor/mk/)", ""];
    expect(metaOf(md([`# ${HEADLINE}`, ""], comments)).author ?? null).toBeNull();
  });
});

describe("share links between a name and the header's dateline", () => {
  it("are passed over, up to five of them", () => {
    expect(metaOf(dumpWith([HEADLINE, "Listen to this story", "Print this page", "Email this page", "Martha Kessel", " * Twitter", " * Facebook", "3 December 2026"], BODY)).author).toBe("Martha Kessel");
    const five = [" * Twitter", " * Facebook", " * LinkedIn", " * WhatsApp", " * Email"];
    expect(metaOf(dumpWith([HEADLINE, "Martha Kessel", ...five, "3 December 2026"], BODY)).author).toBe("Martha Kessel");
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
  it("stays when it is a speaker's name or the rest opens lower-case", () => {
    const quote = "We will row again before the ice comes";
    expect(metaOf(md([`# [Martha Kessel](/people/martha-kessel): ${quote}`, "", ...body])).title).toBe(`Martha Kessel: ${quote}`);
    const lower = metaOf(md([`# [Update](/live) — the pier closes tonight for the winter`, "", ...body])).title ?? "";
    expect(lower).not.toBe("the pier closes tonight for the winter");
    expect(lower).toMatch(/^Update/);
  });
});
