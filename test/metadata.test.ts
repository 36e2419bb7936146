/**
 * Article metadata on invented pages: publication date in order of trust, the page's local
 * day, bylines and their junk, headlines without site names or kickers, and the publisher /
 * author of text dumps.
 */
import { describe, expect, it } from "vitest";
import { extractHtml } from "../stages/clean/html.ts";
import { urlDate, stripSiteFromTitle, cleanAuthor } from "../stages/clean/html/metadata.ts";
import { findPublished, parsePublished } from "../stages/clean/published.ts";
import { authorOfDump, organisationOfDump, publisherOfDump } from "../stages/clean/text/publisher.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const BODY = paragraph("The council met on a wet evening to weigh the harbour plan, and most members spoke at length about costs.");
const page = (head: string, body: string, url: string | null = null) => metadataOf({ head, body, url });

describe("publication date", () => {
  it("reads JSON-LD wrapped in CDATA and malformed JSON-LD", () => {
    const cdata = page(`<script type="application/ld+json">//<![CDATA[\n{"@type":"NewsArticle","datePublished":"2021-03-04T10:00:00+01:00"}\n//]]></script>`, BODY);
    expect(cdata.published).toBe("2021-03-04T10:00:00+01:00");
    expect(cdata.publishedFrom).toBe("json-ld");
    const broken = page(`<script type="application/ld+json">{"@type":"NewsArticle", "headline": "A "quoted" word", "datePublished": "2021-03-05"}</script>`, BODY);
    expect(broken.published).toBe("2021-03-05");
  });

  it("prefers datePublished to dateModified and reads @graph", () => {
    const m = page(
      `<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Harbour Post"},{"@type":"Article","dateModified":"2021-06-01","datePublished":"2021-05-02"}]}</script>`,
      BODY,
    );
    expect(m.published).toBe("2021-05-02");
    expect(m.modified).toBe("2021-06-01");
  });

  it("reads a full day from the URL path, and no day from a month path", () => {
    expect(urlDate("https://example.org/news/2020/08/24/harbour-plan")).toBe("2020-08-24");
    expect(urlDate("https://example.org/news/20201123/harbour-plan")).toBe("2020-11-23");
    expect(urlDate("https://example.org/2020/08/harbour-plan")).toBeNull();
    expect(urlDate("https://web.archive.org/web/20110106023242/http://example.org/2010/12/29/x")).toBe("2010-12-29");
    expect(page("", BODY, "https://example.org/2020/08/24/harbour-plan").publishedFrom).toBe("url");
  });

  it("takes the visible date next to the headline, not a comment's or a sidebar's", () => {
    const m = page(
      "",
      `<aside class="sidebar"><span class="date">01.01.2019</span></aside>
       <article><h1>Harbour plan approved after long debate</h1><div class="entry-meta"><span class="posted-on">14. März 2020</span></div>${BODY}
       <div class="comments"><span class="comment-date">16.03.2020</span></div></article>`,
    );
    expect(m.published).toBe("2020-03-14");
    expect(m.publishedFrom).toBe("dom");
  });

  it("reads a labelled date in the page text", () => {
    const m = page("", `<h2>Harbour plan</h2><ul><li><span>Datum:</span>26. Januar 2022</li></ul>${BODY}`);
    expect(m.published).toBe("2022-01-26");
  });

  it("keeps the page's local day for a UTC instant when the page states its zone", () => {
    const m = page(
      `<meta property="article:published_time" content="2023-11-09T01:09:55Z"><meta property="article:modified_time" content="2023-11-08T20:30:00-07:00">`,
      BODY,
    );
    expect(m.published?.slice(0, 10)).toBe("2023-11-08");
    // same instant, written in the page's zone
    expect(m.published).toBe("2023-11-08T18:09:55-07:00");
  });

  it("lets a visible dateline one day off decide the day of a night-time UTC instant", () => {
    const m = page(`<meta property="article:published_time" content="2022-11-06T23:00:00Z">`, `<h1>Harbour plan approved at last</h1><span class="date">07.11.2022</span>${BODY}`);
    expect(m.published).toBe("2022-11-07");
  });

  it("never takes a date after the crawl", () => {
    const m = metadataOf({ head: `<meta property="article:published_time" content="2030-01-01">`, body: BODY, crawledAt: "2024-05-01T00:00:00Z" });
    expect(m.published).toBeNull();
  });

  it("reads dates in several languages and scripts", () => {
    expect(parsePublished("17 марта 2020")).toBe("2020-03-17");
    expect(parsePublished("2020年8月24日")).toBe("2020-08-24");
    expect(parsePublished("24. August 2020")).toBe("2020-08-24");
    expect(parsePublished("13 Jan 2020, 22:11")).toBe("2020-01-13T22:11");
    expect(parsePublished("22/11/2020 - 04:30")).toBe("2020-11-22T04:30");
    expect(parsePublished("03/04/2020", { dayFirst: true })).toBe("2020-04-03");
    expect(parsePublished("03/04/2020")).toBe("2020-03-04");
    expect(findPublished("12 sierpnia 2021 r.")?.iso).toBe("2021-08-12");
  });
});

describe("publication date on a line of its own or in the lead image", () => {
  it("reads a date printed alone under the headline, not one inside a sentence", () => {
    const alone = page("", `<h1>Harbour plan approved</h1><p>Caption of the harbour photo</p><p>March 3, 2020</p>${BODY}`);
    expect(alone.published?.slice(0, 10)).toBe("2020-03-03");
    const inSentence = page("", `<h1>Harbour plan approved</h1>${BODY}<p>The council met on March 3, 2020.</p>`);
    expect(inSentence.published).toBeNull();
  });

  it("reads a local-midnight UTC instant on a page east of UTC as the next day, other instants as shown", () => {
    const at = (iso: string) =>
      metadataOf({
        lang: "de-DE",
        head: `<meta property="article:published_time" content="${iso}">`,
        body: `<h1>Hafenplan beschlossen</h1><time class="date" datetime="${iso}">6.11.22</time>${BODY}`,
      }).published?.slice(0, 10);
    expect(at("2022-11-06T23:00:00.000Z")).toBe("2022-11-07");
    expect(at("2022-11-06T23:17:00Z")).toBe("2022-11-06");
  });

  it("falls back to the day in the lead image's path, never to a month folder", () => {
    expect(page(`<meta property="og:image" content="https://example.org/files/2016/05/04/cover.png">`, BODY).published?.slice(0, 10)).toBe("2016-05-04");
    expect(page(`<meta property="og:image" content="https://example.org/uploads/2016/05/cover.png">`, BODY).published).toBeNull();
  });
});

describe("author", () => {
  it("rejects CMS accounts and organisations, joins several people", () => {
    expect(cleanAuthor(["Super User"])).toBeNull();
    expect(cleanAuthor(["admin"])).toBeNull();
    expect(cleanAuthor(["Von"])).toBeNull();
    expect(cleanAuthor(["Example Verband e.V."])).toBeNull();
    expect(cleanAuthor(["Ann Lee und Bo Ekberg"])).toBe("Ann Lee, Bo Ekberg");
    expect(cleanAuthor(["Interview: Ann Lee"])).toBe("Ann Lee");
    expect(cleanAuthor(["Ann Lee, PhD"])).toBe("Ann Lee");
    expect(cleanAuthor(["王小明"])).toBe("王小明");
    expect(cleanAuthor(["Harbour Post"], "Harbour Post")).toBeNull();
  });

  it("takes every co-author the visible byline names beside the metadata's one, but no job titles", () => {
    const m = page(`<meta name="author" content="Rudi Fenner">`, `<h1>Harbour plan approved after debate</h1><span class="author">von Rudi Fenner, Simone Kahl</span>${BODY}`);
    expect(m.author).toBe("Rudi Fenner, Simone Kahl");
    expect(cleanAuthor(["Dana Holt, Senior Staff Technologist"])).toBe("Dana Holt");
  });

  it("reads Yoast's written-by pair", () => {
    const m = page(`<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karla Berger">`, `${BODY}<p>Text und Fotos: Karla Berger</p>`);
    expect(m.author).toBe("Karla Berger");
  });

  it("drops a declared author the page never shows (a site-wide account), keeps one shown anywhere", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan approved","author":{"@type":"Person","name":"Lotte Brandis"}}</script>`;
    expect(page(ld, `<h1>Harbour plan approved</h1>${BODY}`).author).toBeNull();
    expect(page(`<meta name="author" content="Lotte Brandis">`, `<h1>Harbour plan approved</h1>${BODY}`).author).toBeNull();
    // shown in upper case in the byline row, or only as the surname in the author box
    expect(page(ld, `<h1>Harbour plan approved</h1><p>LOTTE BRANDIS</p>${BODY}`).author).toBe("Lotte Brandis");
    expect(page(ld, `<h1>Harbour plan approved</h1>${BODY}<div class="author-box">Über Brandis: lebt am Hafen.</div>`).author).toBe("Lotte Brandis");
    // the surname alone as a word elsewhere on the page is not the name shown
    expect(page(ld, `<h1>Harbour plan approved</h1>${BODY}<p>The Brandis quay reopens in May.</p>`).author).toBeNull();
    // shown only in the footer's copyright line, it is the site's owner, not a byline
    expect(page(ld, `<h1>Harbour plan approved</h1>${BODY}<footer>© 2021 Harbour Post by Lotte Brandis</footer>`).author).toBeNull();
    // a page with almost no text (a script-rendered shell) keeps what it declares
    expect(page(ld, `<h1>Harbour plan approved</h1>`).author).toBe("Lotte Brandis");
  });

  it("reads a byline printed as a line of the article, not a sentence that opens with 'Von'", () => {
    expect(page("", `<h1>Harbour plan approved</h1><p>Von Lotte Brandis</p>${BODY}`).author).toBe("Lotte Brandis");
    expect(page("", `<h1>Harbour plan approved</h1>${BODY}<p><strong>Autorin: Lotte Brandis, Projektleiterin im Hafenamt</strong></p>`).author).toBe("Lotte Brandis");
    expect(page("", `<h1>Harbour plan approved</h1><p>Von Berlin nach Hamburg fährt die Fähre.</p>${BODY}`).author).toBeNull();
    expect(page("", `<h1>Harbour plan approved</h1><aside><p>Von Lotte Brandis</p></aside>${BODY}`).author).toBeNull();
  });

  it("reads no byline from an author box hidden from readers", () => {
    const hiddenBox = `<h1>Harbour plan approved</h1>${BODY}<div class="author vcard" style="display: none"><span class="fn">Lotte Brandis</span></div>`;
    expect(page(`<meta name="author" content="Lotte Brandis">`, hiddenBox).author).toBeNull();
    const snippet = `<h1>Harbour plan approved</h1><span class="vcard rich-snippet-hidden"><a rel="author" href="/u/lb">Lotte Brandis</a></span>${BODY}`;
    expect(page("", snippet).author).toBeNull();
    // the same box shown is a byline
    expect(page("", snippet.replace(" rich-snippet-hidden", "")).author).toBe("Lotte Brandis");
  });

  it("takes no photo credit, place or section from the byline row", () => {
    const credit = page("", `<h1>Harbour plan approved</h1><div class="byline">Photo courtesy of Jonas Feld</div>${BODY}`);
    expect(credit.author).toBeNull();
    const place = page("", `<h1>Harbour plan approved</h1><span class="byline-location">Lisboa</span>${BODY}`);
    expect(place.author).toBeNull();
    expect(cleanAuthor(["Фото из архива Ивана Петрова"])).toBeNull();
  });

  it("takes the byline element near the headline, not a commenter", () => {
    const m = page(
      "",
      `<article><h1>Harbour plan approved after debate</h1><div class="byline">Von Jonas Feld</div>${BODY}
       <ol class="comment-list"><li><span class="comment-author">Mara Quell</span></li></ol></article>`,
    );
    expect(m.author).toBe("Jonas Feld");
    const onlyComment = page("", `<article><h1>Harbour plan approved after debate</h1>${BODY}<div class="comments"><span class="author">Mara Quell</span></div></article>`);
    expect(onlyComment.author).toBeNull();
  });
});

describe("title", () => {
  it("strips the site name and section labels at either end", () => {
    expect(stripSiteFromTitle("Harbour plan approved | Harbour Post", "Harbour Post", null)).toBe("Harbour plan approved");
    expect(stripSiteFromTitle("Harbour Post » News » Harbour plan approved", "Harbour Post", null)).toBe("Harbour plan approved");
    expect(stripSiteFromTitle("Harbour plan - a costly idea - harbourpost.example", null, "harbourpost.example")).toBe("Harbour plan - a costly idea");
    // no declared site name: a part holding the host's label, with the tagline after it
    expect(stripSiteFromTitle("Harbour plan approved : Harbourblog-Archiv | Notes on a port | Since 2005", null, "archiv.harbourblog.example")).toBe(
      "Harbour plan approved",
    );
  });

  it("uses the <h1> headline without its kicker, and the declared title when the <h1> adds one", () => {
    const html = (h1: string, og: string) =>
      `<html><head><meta property="og:title" content="${og}"><meta property="og:site_name" content="Harbour Post"></head><body><article>${h1}${BODY}</article></body></html>`;
    expect(extractHtml(html(`<h1><span class="kicker">Harbour</span> <span>Council approves the new plan</span></h1>`, "Harbour: Council approves the new plan")).meta.title).toBe(
      "Council approves the new plan",
    );
    expect(extractHtml(html(`<h1>Harbour Council approves the new plan</h1>`, "Council approves the new plan")).meta.title).toBe("Council approves the new plan");
    // the site's own name in an <h1> logo is never the headline
    expect(extractHtml(html(`<h1>Harbour Post</h1><h2>Council approves</h2>`, "Council approves the new plan | Harbour Post")).meta.title).toBe(
      "Council approves the new plan",
    );
  });
});

describe("title by agreement and quoting", () => {
  it("keeps guillemets that quote the headline, and still splits on a lone » separator", () => {
    expect(stripSiteFromTitle("«Fair wages are not enough»", null, "harbourpost.example")).toBe("«Fair wages are not enough»");
    expect(stripSiteFromTitle("Mayor says »no« to the ferry | Harbour Post", "Harbour Post", null)).toBe("Mayor says »no« to the ferry");
    expect(stripSiteFromTitle("Harbour Post » Council approves the new plan", "Harbour Post", null)).toBe("Council approves the new plan");
  });

  it("drops a tagline glued to the headline and repeated after the separator", () => {
    expect(stripSiteFromTitle("Dockside Bakery Crafts for the curious | Crafts for the curious", null, null)).toBe("Dockside Bakery");
    // a headline whose last words merely recur is kept
    expect(stripSiteFromTitle("Storm closes the harbour | Harbour", null, null)).toBe("Storm closes the harbour | Harbour");
  });

  it("prefers the <title> and <h1> that agree over a JSON-LD headline that matches neither", () => {
    const m = page(
      `<title>Lake Vostok - Harbourpedia</title><script type="application/ld+json">{"@type":"Article","headline":"subglacial lake in Antarctica"}</script>`,
      `<h1>Lake Vostok</h1>${BODY}`,
      "https://harbourpedia.example/wiki/Lake_Vostok",
    );
    expect(m.title).toBe("Lake Vostok");
    // a JSON-LD headline that one of them holds stays
    const n = page(
      `<title>Council approves plan - Harbour Post</title><script type="application/ld+json">{"@type":"Article","headline":"Council approves plan for the harbour"}</script>`,
      `<h1>Council approves plan</h1>${BODY}`,
    );
    expect(n.title).toBe("Council approves plan for the harbour");
  });

  it("takes the <h1> whose words the declared title holds but for one spelt otherwise", () => {
    const html = (h1: string) => `<html><head><title>Quay Notes : Mooring the Old Barges und NPCÂ´s</title></head><body><article><h1>${h1}</h1>${BODY}</article></body></html>`;
    expect(extractHtml(html("Mooring the Old Barges und NPC’s")).meta.title).toBe("Mooring the Old Barges und NPC’s");
    // an <h1> with a word of its own is another text (here beside a second <h1>, so no sole-headline reading)
    const other = extractHtml(html("Mooring the Old Barges und Ferries</h1><h1>Harbour dues rise again")).meta.title;
    expect(other).not.toBe("Mooring the Old Barges und Ferries");
  });

  it("reads the one headline a responsive template prints twice", () => {
    const html = `<html><head><title>Run your boat - Harbour Planner 5 suite for sailors</title></head><body><article><h1>Harbour Planner 5 for Sailors</h1><h1>Harbour Planner 5 for Sailors</h1>${BODY}</article></body></html>`;
    expect(extractHtml(html).meta.title).toBe("Harbour Planner 5 for Sailors");
  });
});

describe("text dumps", () => {
  it("names the publisher from copyright and appeal lines", () => {
    expect(publisherOfDump("Story text here.\n\n© Harbour News Agency - 2001-2024.\n")).toBe("Harbour News Agency");
    expect(publisherOfDump("Copyright © 2020 Harbour Post. All rights reserved.")).toBe("Harbour Post");
    expect(publisherOfDump("© Copyright Harbour Media 2020")).toBe("Harbour Media");
    expect(publisherOfDump("Support The Harbour Times!\n\nStory.")).toBe("The Harbour Times");
    expect(publisherOfDump("We, the journalists of The Harbour Times, refuse to stop.")).toBe("The Harbour Times");
    expect(publisherOfDump("The council met.\nIt rained.")).toBeNull();
  });

  it("names the author from an author box", () => {
    expect(authorOfDump("Story.\n\nAnna Berg\nAnna Berg is a reporter covering the harbour.\n")).toBe("Anna Berg");
    expect(authorOfDump("Story.\n\nAnna Berg\nThe harbour is busy.\n")).toBeNull();
  });

  it("reads an organisation's author box as the publisher, not an author", () => {
    // a group account signing through a person-style author box; the renderer dropped the link after the name
    const org = "Story.\n\nQuay Policy Forum\nQuay Policy Forum ( is an independent think tank and a publishing company covering ports.\n";
    expect(authorOfDump(org)).toBeNull();
    expect(organisationOfDump(org)).toBe("Quay Policy Forum");
    const agency = "Story.\n\nHarbour Wire\nHarbour Wire is a regional news agency founded in 1990.\n";
    expect(organisationOfDump(agency)).toBe("Harbour Wire");
    // a person whose blurb names an organisation after a preposition or a job title stays a person
    for (const blurb of ["is a reporter with the agency's port desk.", "is the founder of a small publishing company.", "is a senior editor at a news website."]) {
      const dump = `Story.\n\nAnna Berg\nAnna Berg ${blurb} She lives by the sea.\n`;
      expect(authorOfDump(dump)).toBe("Anna Berg");
      expect(organisationOfDump(dump)).toBeNull();
    }
  });

  it("gives an organisation's author box as the site of a cleaned dump", () => {
    const para = "The harbour council approved the plan on Monday after a debate that lasted most of the evening and ended in a vote. ";
    const dump = `Council approves harbour plan\n\n${para.repeat(3)}\n\n${para.repeat(2)}\n\nQuay Policy Forum\nQuay Policy Forum is a think tank and media company focused on ports and shipping.\n`;
    const r = cleanTextDump(dump);
    expect(r.meta.site).toBe("Quay Policy Forum");
    expect(r.meta.author).toBeNull();
  });

  it("fills site and author of a cleaned dump", () => {
    const para = "The harbour council approved the plan on Monday after a debate that lasted most of the evening and ended in a vote. ";
    const dump = `Council approves harbour plan\n\n${para.repeat(3)}\n\n${para.repeat(2)}\n\nAnna Berg\nAnna Berg is a reporter covering the harbour.\n\n© Harbour Post 2024`;
    const r = cleanTextDump(dump);
    expect(r.meta.site).toBe("Harbour Post");
    expect(r.meta.author).toBe("Anna Berg");
  });
});
