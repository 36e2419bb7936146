/**
 * Bylines told from the other names a page prints (invented pages): site owners in copyright
 * lines, one-person sites, testimonials, teaser cards and media credits, places in author fields,
 * soft hyphens, user names with digits, date-and-name meta rows, CJK byline labels, and the
 * co-authors the author tag names beside JSON-LD's first author.
 */
import { describe, expect, it } from "vitest";
import { extractHtml } from "../stages/clean/html.ts";
import { cleanAuthor, dateNameLine, ownSite } from "../stages/clean/html/metadata.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const BODY = paragraph("The ferry timetable changes next month, and the harbour office expects longer queues at the quay on weekends.");
const page = (head: string, body: string, url: string | null = null) => metadataOf({ head, body, url });

describe("declared authors and the site's owner", () => {
  it("keeps the declared author of a one-person site whose host spells the name, shown or not", () => {
    const head = `<meta name="author" content="Jörg Hallström">`;
    expect(page(head, `<h1>Notes on ferry timetables</h1>${BODY}`, "https://joerg-hallstroem.de/notes").author).toBe("Jörg Hallström");
    // the same unseen author on a site named otherwise is a site-wide account
    expect(page(head, `<h1>Notes on ferry timetables</h1>${BODY}`, "https://harbour-notes.de/notes").author).toBeNull();
  });

  it("knows a one-person host from a brand", () => {
    expect(ownSite("Jörg Hallström", "joerghallstroem.com")).toBe(true);
    expect(ownSite("Jorg Hallstrom", "jorg-hallstrom.net")).toBe(true);
    expect(ownSite("Hallström", "hallstroem.de")).toBe(false); // one word: the brand
    expect(ownSite("Fähre Österreich", "faehreoesterreich.at")).toBe(false); // a country in it: not a person
    expect(ownSite("Jörg Hallström", "harbour-notes.de")).toBe(false);
  });
});

describe("names that are not the article's byline", () => {
  it("skips a customer testimonial's signature", () => {
    const html = `<html><body><h1>Financing a used car</h1>${BODY}
      <div class="testimonial-author-info"><div class="row">Kundin B.R.</div></div></body></html>`;
    expect(extractHtml(html, {}).meta.author).toBeNull();
  });

  it("skips the author of a teaser card that links to another story, keeps one linked to the author page", () => {
    const teaser = `<h1>Queues expected at the quay</h1>${BODY}
      <div class="more"><a href="/2021/other-story"><img src="x.jpg"><h3>Another story</h3><div class="author-name">Von Petra Lindqvist</div></a></div>`;
    expect(page("", teaser).author).toBeNull();
    const own = `<h1>Queues expected at the quay</h1><div class="byline"><a href="/author/petra-lindqvist"><span class="author-name">Petra Lindqvist</span></a></div>${BODY}`;
    expect(page("", own).author).toBe("Petra Lindqvist");
  });

  it("skips the credit row of an embedded video", () => {
    const html = `<h1>Queues expected at the quay</h1><p class="mediaBox__byline">Hafen TV</p><p class="mediaBox__byline">| Oskar Brenner</p>${BODY}`;
    expect(page("", html).author).toBeNull();
  });

  it("skips a commenter marked up as a schema.org author, and a copyright notice in the byline row", () => {
    const m = page("", `<h1>Is quinoa good for breakfast?</h1><div class="byline">Par Léa Marchetti</div>${BODY}
      <div class="comment-author" itemprop="author" itemscope><span itemprop="name">quinoa77</span></div>`);
    expect(m.author).toBe("Léa Marchetti");
    expect(cleanAuthor(["© Example Images/Contributor"])).toBeNull();
  });

  it("rejects a dateline place in the author tag", () => {
    expect(cleanAuthor(["Rotterdam, Netherlands"])).toBeNull();
    expect(cleanAuthor(["Lyon, France"])).toBeNull();
    expect(cleanAuthor(["Ada Rowe, Ben Okafor"])).toBe("Ada Rowe, Ben Okafor");
  });

  it("drops a date label left in a byline element", () => {
    expect(cleanAuthor(["Veröffentlicht am 19.10.19 um 14:34 Uhr"], null, { handles: true })).toBeNull();
    expect(cleanAuthor(["Posted 3 March 2020"], null, { handles: true })).toBeNull();
  });

  it("does not take a domain for a user name", () => {
    expect(cleanAuthor(["videos.example.org"], null, { handles: true })).toBeNull();
  });
});

describe("bylines in more shapes", () => {
  it("reads a name broken by soft hyphens", () => {
    const m = page("", `<h1>Queues expected at the quay</h1><p><strong>Von Mat\u00adthi\u00adas Ohl\u00adsen</strong></p>${BODY}`);
    expect(m.author).toBe("Matthias Ohlsen");
  });

  it("takes a user name with digits from a byline element, without the date after it", () => {
    const m = page("", `<h1>Clan evening recap</h1>${BODY}<div class="left author">Author: <a href="?site=profile"><b>Kai7er</b></a> am 29.12.2010, 13:36 Uhr</div>`);
    expect(m.author).toBe("Kai7er");
    expect(cleanAuthor(["Kai7er"])).toBeNull(); // in free text, a word with digits is no name
  });

  it("reads a date-and-name meta row under the headline", () => {
    expect(dateNameLine("11.12.2019 - Ida Marsh", true)).toBe("Ida Marsh");
    expect(dateNameLine("Ida Marsh | 3 March 2020", false)).toBe("Ida Marsh");
    expect(dateNameLine("11.12.2019 - weather and tides", true)).toBeNull();
    expect(dateNameLine("Ida Marsh", true)).toBeNull();
    const m = page("", `<h1>Variables and where they live</h1><p class="text-muted">11.12.2019 - Ida Marsh</p>${BODY}`);
    expect(m.author).toBe("Ida Marsh");
  });

  it("reads a CJK byline label, not a photo credit", () => {
    const text = "<p>" + "港口的渡轮时刻表下个月调整，周末码头排队时间可能更长。".repeat(8) + "</p>";
    const m = page("", `<h1>渡轮时刻表调整</h1>${text}<p>新华社记者 王小明 摄</p><span>责任编辑： 李华</span>`);
    expect(m.author).toBe("李华");
  });

  it("reads co-authors on a byline line up to its line break", () => {
    const m = page("", `<h1>Firewood quarrels at the camp</h1><div class="entry-content"><p>Von <strong><a href="https://example.org/a">Tove Lind</a></strong> und <strong><a href="https://example.org/b">Emil Sandberg</a></strong><br> Lodwar /Kenia</p>${BODY}</div>`);
    expect(m.author).toBe("Tove Lind, Emil Sandberg");
  });

  it("completes a first-name-only author from a column's byline line, inside a post wrapper that only says it has a sidebar", () => {
    const head = `<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Nils"}}</script>`;
    const m = page(head, `<div class="post-wrap sidebar-on"><article><h1>Marriage law as a habit</h1><p><strong>Eine Kolumne von Nils Okonkwo</strong></p>${BODY}</article></div><div class="sidebar">Nils</div>`);
    expect(m.author).toBe("Nils Okonkwo");
  });

  it("takes every author the author tag names when JSON-LD names only the first", () => {
    const head = `<meta name="author" content="Ada Rowe, Ben Okafor"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ada Rowe"}}</script>`;
    const m = page(head, `<h1>Queues expected at the quay</h1><div class="byline">By Ada Rowe and Ben Okafor</div>${BODY}`);
    expect(m.author).toBe("Ada Rowe, Ben Okafor");
  });

  it("takes the whole name from the byline where the metadata gives a first name", () => {
    const head = `<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Nils"}}</script>`;
    const m = page(head, `<h1>Queues expected at the quay</h1><span class="author-name">Nils Okonkwo</span>${BODY}`);
    expect(m.author).toBe("Nils Okonkwo");
  });
});

describe("labelled bylines and desks", () => {
  it("reads a labelled byline with its colon anywhere in the article, the name in the next element", () => {
    const m = page("", `<h1>Small wind turbines on sailing boats</h1>${BODY}<a href="mailto:x"><b>Von:</b><br><br> Henrik Solberg</a><p>Meanwhile the harbour office counts boats.</p>`);
    expect(m.author).toBe("Henrik Solberg");
    // a three-word name when punctuation ends it
    expect(page("", `<h1>Small wind turbines</h1>${BODY}<p>Autorin: Ana Lucia Ferreira, Hafenamt</p>`).author).toBe("Ana Lucia Ferreira");
    // without the colon, "Von" opens any phrase
    expect(page("", `<h1>Small wind turbines</h1>${BODY}<p>Von Montag bis Freitag fahren die Fähren stündlich.</p>`).author).toBeNull();
  });

  it("takes the editorial desk printed as the byline, not a desk in the author tag", () => {
    expect(page("", `<h1>Road closed for the market</h1><div class="post-author-name">Von <a href="/author/redaktion/">Redaktion</a></div>${BODY}`).author).toBe("Redaktion");
    expect(page(`<meta name="author" content="Redaktion">`, `<h1>Road closed for the market</h1>${BODY}<p>Redaktion</p>`).author).toBeNull();
  });
});

describe("forum threads", () => {
  it("takes the opening post's author, not a reply's", () => {
    const m = page("", `<h1>Harbour map bug after the patch</h1>
      <article class="message message--post" data-author="Skipper_Jo">${BODY}</article>
      <article class="message message--post" data-author="DeckhandMo"><p>Same here.</p></article>`);
    expect(m.author).toBe("Skipper_Jo");
    expect(page("", `<h1>Harbour map</h1>${BODY}<div class="comment" data-author="DeckhandMo"><p>Nice.</p></div>`).author).toBeNull();
  });
});

describe("signature lines", () => {
  const doc = (body: string) => `<html><body><h1>Why the ferry runs late</h1><article>${body}</article></body></html>`;
  const P = (t: string) => `<p>${t} ${"The harbour office counted the crossings and the delays over the whole winter season. ".repeat(3)}</p>`;

  it("reads the name that signs the article, last or before the footnotes", () => {
    expect(extractHtml(doc(`${P("First.")}${P("Second.")}<p><strong>Mira Castell</strong></p>`), {}).meta.author).toBe("Mira Castell");
    expect(extractHtml(doc(`${P("First.")}${P("Second.")}<p align="right"><em><font>Mira Castell</font></em></p><p>(1) Figures from the port authority's yearly report on crossings.</p>`), {}).meta.author).toBe("Mira Castell");
  });

  it("does not take a bold sub-heading followed by more text", () => {
    expect(extractHtml(doc(`${P("First.")}<p><strong>Winter Schedules</strong></p>${P("Second.")}`), {}).meta.author).toBeNull();
  });
});

describe("headlines", () => {
  const html = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;

  it("takes a headline printed only in an <h2> that the <title> holds and the declared title left out", () => {
    const r = extractHtml(html(`<title>Harbour Rowing Club - News » Regatta moved to Sunday</title>`, `<div class="logo">Harbour Rowing Club</div><h2>Regatta moved to Sunday</h2>${BODY}`), {});
    expect(r.meta.title).toBe("Regatta moved to Sunday");
    // an <h2> the title does not name stays a sub-heading
    const s = extractHtml(html(`<title>Regatta moved to Sunday | Harbour Rowing Club</title>`, `<h2>Club news</h2>${BODY}`), {});
    expect(s.meta.title).toBe("Regatta moved to Sunday");
  });

  it("prefers the page's one <h1> to an SEO title when the <title> shares its words", () => {
    const r = extractHtml(html(`<title>Hamamelis in frost » When does witch hazel bloom?</title>`, `<h1>How do I care for Hamamelis shrubs in frost?</h1>${BODY}`), {});
    expect(r.meta.title).toBe("How do I care for Hamamelis shrubs in frost?");
    // a section banner that shares nothing with the title stays a banner
    const b = extractHtml(html(`<title>When does the witch hazel bloom? | Garden Journal</title>`, `<h1>Seasonal Plant Corner</h1>${BODY}`), {});
    expect(b.meta.title).toBe("When does the witch hazel bloom?");
  });

  it("drops a CJK portal's name after the headline", () => {
    const r = extractHtml(html(`<title>渡轮时刻表下月调整！-海港网</title>`, "<p>" + "港口的渡轮时刻表下个月调整，周末码头排队时间可能更长。".repeat(8) + "</p>"), {});
    expect(r.meta.title).toBe("渡轮时刻表下月调整！");
    // a headline that merely ends in a similar character is kept whole
    const k = extractHtml(html(`<title>警方发布通报</title>`, "<p>" + "港口的渡轮时刻表下个月调整，周末码头排队时间可能更长。".repeat(8) + "</p>"), {});
    expect(k.meta.title).toBe("警方发布通报");
  });

  it("drops the date and sections a CMS prints inside the <h1> after the headline", () => {
    const r = extractHtml(html(`<meta property="og:title" content="Spectators return to the arenas">`, `<h1>Spectators return to the arenas 02.02.2022 • Club news, Press</h1>${BODY}`), {});
    expect(r.meta.title).toBe("Spectators return to the arenas");
  });

  it("drops a kicker label inside the <h1>'s link", () => {
    const r = extractHtml(html(`<meta property="og:title" content="Patch Notes - Version 4.2 fixes the harbour map">`, `<h1><a href="/threads/4711"><span class="label">Patch Notes</span>Version 4.2 fixes the harbour map</a></h1>${BODY}`), {});
    expect(r.meta.title).toBe("Version 4.2 fixes the harbour map");
  });
});

describe("site name", () => {
  it("does not take an edition's country in og:site_name for the site", () => {
    const m = page(`<meta property="og:site_name" content="U.S."><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Harbour Wire"}}</script>`, BODY);
    expect(m.site).toBe("Harbour Wire");
    expect(page(`<meta property="og:site_name" content="Harbour Wire">`, BODY).site).toBe("Harbour Wire");
  });
});

describe("author debris", () => {
  it("leaves no bracket behind where a profile URL is removed", () => {
    expect(cleanAuthor(["Ann B. Lee (http://example.org/alee/)"])).toBe("Ann B. Lee");
    expect(cleanAuthor(["Deutsche Kurier (www.example.org)"])).toBe("Deutsche Kurier");
  });
});
