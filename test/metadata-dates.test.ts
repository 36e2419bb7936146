/**
 * Publication dates on invented pages and strings: month names and digits of more
 * languages, vendor-coined meta names, the dateline nearest the headline, and pages
 * that show only their modified day.
 */
import { describe, expect, it } from "vitest";
import { isPublishedMetaName, endsRange } from "../stages/clean/html/dates.ts";
import { parsePublished } from "../stages/clean/published.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const BODY = paragraph("The committee walked the length of the old canal and argued about the cost of new locks.");
const page = (head: string, body: string, url: string | null = null, lang = "en") => metadataOf({ lang, head, body, url });
const ld = (o: Record<string, string>): string => `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", ...o })}</script>`;

describe("visible dates in more languages and scripts", () => {
  const cases: [string, string][] = [
    // Arabic: Levantine and Gregorian month names side by side, evening clock
    ["نشر الخميس 7 أيار / مايو 2021 08:15 مساءً", "2021-05-07T20:15"],
    // Arabic-Indic digits with a Gregorian month name
    ["١٢ مارس ٢٠١٩", "2019-03-12"],
    // Vietnamese: the month as a number after "tháng", precomposed and decomposed accents
    ["Cập nhật ngày 5 tháng 11 năm 2019", "2019-11-05"],
    ["ngày 5 tháng 11 năm 2019".normalize("NFD"), "2019-11-05"],
    ["5 tháng 11, 2019 | 08:40", "2019-11-05T08:40"],
    // Bengali month name and digits, "য়" decomposed and precomposed
    ["৩ ফেব্রুয়ারি ২০১৯", "2019-02-03"],
    ["৩ ফেব্রুয়ারি ২০১৯".replace("\u09AF\u09BC", "\u09DF"), "2019-02-03"],
    // Turkish abbreviated month
    ["3 Şub 2019 14:05", "2019-02-03T14:05"],
    // full-width digits of Japanese pages, Bengali digits, Hindi month and Devanagari digits
    ["公開日：２０１９年１１月３日", "2019-11-03"],
    ["প্রকাশ: ০৩/১১/২০১৯", "2019-11-03"],
    ["प्रकाशित: ३ नवंबर २०१९", "2019-11-03"],
    // Hebrew month with its preposition
    ["פורסם 3 בנובמבר 2018", "2018-11-03"],
    // Hungarian, year first
    ["Megjelent: 2017. március 9.", "2017-03-09"],
    // Catalan elided "d'"
    ["Publicat el 14 d'octubre de 2016", "2016-10-14"],
    // Croatian and Slovak genitives
    ["Objavljeno 2. ožujka 2015", "2015-03-02"],
    ["Zverejnené 21. júna 2022", "2022-06-21"],
    // Romanian
    ["Publicat pe 5 octombrie 2020", "2020-10-05"],
    // numeric year first with dots (Korean, Hungarian, Chinese pages), Czech spaced dots
    ["입력 2019.07.30 14:05", "2019-07-30T14:05"],
    ["Vydáno 30. 7. 2019", "2019-07-30"],
    // "of" and Spanish "del"
    ["Tuesday 30th of July 2019", "2019-07-30"],
    ["30 de julio del 2019", "2019-07-30"],
    // a two-digit year behind an apostrophe
    ["veröffentlicht am 14 Feb ’20", "2020-02-14"],
    ["Posted Mar 3, '98", "1998-03-03"],
  ];
  for (const [text, iso] of cases) it(`reads "${text}"`, () => expect(parsePublished(text, { dayFirst: true })).toBe(iso));

  it("needs a day and a year beside a short month word", () => {
    expect(parsePublished("آب 2019")).toBeNull();
    expect(parsePublished("in 2019. March was cold")).toBeNull();
    expect(parsePublished("rock music since the '60s")).toBeNull();
  });
});

describe("year-first dotted dates stay out of text-dump lines", () => {
  it("a calendar version in a dump's body is no dateline and does not cut the lead above it", () => {
    const p1 = "The studio said on Tuesday that the update fixes the export bug that users had reported in the spring, and that a second release would follow.";
    const p2 = "Engineers rewrote the layout engine over the summer, cutting the time it takes to open a large project by more than half, the company said.";
    const p3 = "Users on the forum welcomed the change but asked for better documentation of the plug-in interface, which has not changed since the last version.";
    const r = cleanTextDump(["Example Studio brings a faster editor", "By Ann Lee", "", p1, "", "Build 2019.10.12", "", p2, "", p3].join("\n"));
    expect(r.meta.published).toBeUndefined();
    expect(r.blocks.map((b) => b.text)).toContain(p1);
    expect(r.blocks.map((b) => b.text)).toContain("Build 2019.10.12");
  });
  it("an HTML page's labelled Korean-style date is still read", () => {
    const m = page("", `<h1>Canal locks</h1><div class="date">입력 2019.07.30 14:05</div>${BODY}`);
    expect(m.published?.slice(0, 10)).toBe("2019-07-30");
  });
});

describe("vendor-coined publication meta names", () => {
  it("recognises the family, not dates of other things", () => {
    for (const n of ["sw-pubdate", "og:pubdate", "citation_publication_date", "dc.date.created", "article.publishdate", "cms-publication-date", "date-published", "xyz:published_at", "firstpublished"])
      expect(isPublishedMetaName(n), n).toBe(true);
    for (const n of ["pubdate-updated", "event-start-date", "publish-end-date", "embargo-publishdate", "viewport", "date-modified"])
      expect(isPublishedMetaName(n), n).toBe(false);
  });

  it("reads a prefixed pubdate meta when no known name is there", () => {
    const m = page(`<meta name="acme-pubdate" content="2019-04-11"><meta name="acme-expiry-date" content="2030-01-01">`, BODY);
    expect(m.published).toBe("2019-04-11");
    expect(m.publishedFrom).toBe("meta");
  });
});

describe("a page dated only by a teaser that links to it", () => {
  const url = "https://news.example.org/region/ferry-timetable-4711/";
  const sidebar = (href: string) =>
    `<ul class="latest"><li><a href="#">Top</a></li><li><a href="${href}">Ferry keeps its early crossing</a> <span>09.02.2022</span></li>` +
    `<li><a href="/region/other-story-4710/">Bridge repairs start</a> <span>07.02.2022</span></li></ul>`;
  it("reads the date of the teaser whose link is the page's own address", () => {
    const m = page("", `<h1>Ferry keeps its early crossing</h1>${BODY}${sidebar("/region/ferry-timetable-4711/")}`, url, "de");
    expect(m.published).toBe("2022-02-09");
  });
  it("reads no teaser date when no teaser links to the page, nor on a home page", () => {
    expect(page("", `<h1>Ferry keeps its early crossing</h1>${BODY}${sidebar("/region/x-1/")}`, url, "de").published).toBeNull();
    expect(page("", `<h1>Ferry news</h1>${BODY}${sidebar("/")}`, "https://news.example.org/", "de").published).toBeNull();
  });
});

describe("the dateline nearest the headline", () => {
  it("takes a kicker's date right above the <h1> over a deadline in the lead", () => {
    const m = page(
      "",
      `<div class="kicker"><span>03.05.2021</span></div><h1>Tenants can join the solar cooperative</h1>` +
        `<p>Applications are open from 4.6. - 15.7.2021 at the town hall.</p>${BODY}`,
      null,
      "de",
    );
    expect(m.published).toBe("2021-05-03");
  });

  it("never reads the end of a span as a dateline", () => {
    expect(endsRange("open from 4.6. - ", 17)).toBe(true);
    expect(endsRange("geöffnet bis ", 13)).toBe(true);
    expect(endsRange("Posted ", 7)).toBe(false);
  });
});

describe("a page without an <h1>", () => {
  it("reads the dateline beside the element that prints the <title>'s headline", () => {
    const m = page(
      "<title>Notes on porting a compiler to a new language | Ann's log</title>",
      `<div class="nav"><small>Archive 2011</small></div><h2 class="post"><a href="/p/1">Notes on porting a compiler to a new language</a></h2>` +
        `<small>March 2, 2021 at 08:45 AM | categories: tools</small>${BODY}`,
    );
    expect(m.published?.slice(0, 10)).toBe("2021-03-02");
  });
  it("takes the post's <h2> over an <h1> that holds the site's name", () => {
    const title = "<title>Doing nothing is also a choice | Gnome notes</title>";
    const body = `<div id="header"><h1><a href="https://gnome-notes.example.org/">Gnome notes</a></h1></div>` +
      `<h2 class="posttitle"><a href="/2013/06/14/doing-nothing/">Doing nothing is also a choice</a></h2>${BODY}`;
    // saved without its address: the headline's permalink dates it, which the site-name <h1> has not
    expect(page(title, body).published).toBe("2013-06-14");
  });
  it("lets a later <h1> replace the stand-in", () => {
    const m = page(
      "<title>Ferry keeps its early crossing</title>",
      `<b>Ferry keeps its early crossing</b><p>Wrong: 01.01.2020</p>${BODY}<h1>Ferry keeps its early crossing</h1><p>4. März 2021</p>${BODY}`,
      null,
      "de",
    );
    expect(m.published).toBe("2021-03-04");
  });
});

describe("an <aside> in the article", () => {
  it("is the article's date column unless its class names a sidebar or related list", () => {
    const margin = `<article><h1>Firewood dispute reaches court</h1><aside class="entry-details"><ul><li class="entry-date">13. Februar 2017</li></ul></aside>${BODY}</article>`;
    expect(page("", margin, null, "de").published).toBe("2017-02-13");
    const related = `<article><h1>Firewood dispute reaches court</h1>${BODY}<aside class="related-posts"><span class="date">01.02.2017</span></aside></article>`;
    expect(page("", related, null, "de").published).toBeNull();
    const outside = `<article><h1>Firewood dispute reaches court</h1>${BODY}</article><aside><span class="date">01.02.2017</span></aside>`;
    expect(page("", outside, null, "de").published).toBeNull();
  });
});

describe("teaser cards", () => {
  it("reads no date from a card whose sub-heading links to another story", () => {
    const card = `<section class="spot"><div><h3><a href="/news/other-story">Bridge repairs start next week</a></h3><p class="time-clock">15.04.2020</p></div></section>`;
    expect(page("", `<h1>Wheat buying starts at 32 depots</h1>${BODY}${card}`, null, "de").published).toBeNull();
  });
  it("still reads the dateline under a linked <h2> that is the page's headline", () => {
    const m = page(
      "<title>Wheat buying starts at 32 depots</title>",
      `<h2><a href="/p/7">Wheat buying starts at 32 depots</a></h2><span class="post-date">16.04.2020</span>${BODY}`,
      null,
      "de",
    );
    expect(m.published).toBe("2020-04-16");
  });
});

describe("a <time> without datetime", () => {
  it("is read by its text, as a date-named element is", () => {
    const m = page("", `<h1>Divers clean the lake bed</h1>${BODY}<div class="foot-row"><span><time> 02.02.2022 </time></span></div>`, null, "de");
    expect(m.published).toBe("2022-02-02");
    const inSidebar = page("", `<h1>Divers clean the lake bed</h1>${BODY}<aside><time> 02.02.2022 </time></aside>`, null, "de");
    expect(inSidebar.published).toBeNull();
  });
});

describe("a page saved without its address", () => {
  it("reads the day in the permalink its headline links to, or its rel=bookmark link", () => {
    expect(page("", `<h1><a href="/2021/10/20/new-fire-station/">New fire station opens</a></h1>${BODY}`).published).toBe("2021-10-20");
    expect(page("", `<article><h1>New fire station opens</h1><a rel="bookmark" href="https://example.org/2021/10/21/new-fire-station/">#</a>${BODY}</article>`).published).toBe("2021-10-21");
  });
  it("ignores the permalink when the page has its own address", () => {
    expect(page("", `<h1><a href="/2021/10/20/new-fire-station/">New fire station opens</a></h1>${BODY}`, "https://example.org/fire-station").published).toBeNull();
  });
});

describe("a column named after its sidebar", () => {
  it("reads the dateline in a 'sidebar-wrapper' that holds the article, never the sidebar's own dates", () => {
    const body =
      `<div class="sidebar-wrapper"><article><h1>Firewood prices climb again</h1><div class="entry-meta"><span>7. Oktober 2019</span></div>${BODY}</article></div>` +
      `<div id="sidebar-right"><div class="widget"><span class="date">01.10.2019</span></div></div>`;
    expect(page("", body, null, "de").published).toBe("2019-10-07");
    const sidebarOnly = `<article><h1>Firewood prices climb again</h1>${BODY}</article><div class="sidebar-right"><span class="date">01.10.2019</span></div>`;
    expect(page("", sidebarOnly, null, "de").published).toBeNull();
  });
});

describe("a generic meta date against the dateline at the headline", () => {
  it("takes the earlier day printed under the <h1> over meta name=date, not over a named publication meta", () => {
    const body = `<h1>Harbour cranes get a second life</h1><p class="stand">Stand: 14.09.2021 17:30 Uhr</p>${BODY}`;
    expect(page(`<meta name="date" content="2021-09-15T08:02:11">`, body, null, "de").published?.slice(0, 10)).toBe("2021-09-14");
    expect(page(`<meta property="article:published_time" content="2021-09-15T08:02:11+02:00">`, body, null, "de").published?.slice(0, 10)).toBe("2021-09-15");
  });
});

describe("a page that shows only its modified day", () => {
  const head = ld({ datePublished: "2020-02-03T09:00:00Z", dateModified: "2020-02-17T15:30:00Z" });
  it("takes the modified day when the headline's dateline shows it and never the published one", () => {
    const m = page(head, `<h1>Ten ways to keep a canal boat dry</h1><div class="post-date">Updated Feb 17, 2020 @ 3:30 pm</div>${BODY}`);
    expect(m.published?.slice(0, 10)).toBe("2020-02-17");
  });

  it("keeps the published day when the page shows it too, or shows no date at all", () => {
    const both = page(head, `<h1>Ten ways to keep a canal boat dry</h1><div class="post-date">February 3, 2020</div><div class="updated-date">Updated Feb 17, 2020</div>${BODY}`);
    expect(both.published?.slice(0, 10)).toBe("2020-02-03");
    const none = page(head, `<h1>Ten ways to keep a canal boat dry</h1>${BODY}`);
    expect(none.published?.slice(0, 10)).toBe("2020-02-03");
  });

  it("reads no dateline from a footer's 'last edited' line far from the headline", () => {
    const far = `<h1>Ten ways to keep a canal boat dry</h1>${BODY}` + `<div class="meta-a">x</div><div class="meta-b">y</div><div class="meta-c">z</div><div class="meta-d">w</div>` + `<div id="info-lastmod">Updated Feb 17, 2020</div>`;
    expect(page(head, far).published?.slice(0, 10)).toBe("2020-02-03");
  });
});

describe("tomorrow's edition and a stamp in the footer", () => {
  it("dates an evening upload by the next day's edition printed at the headline", () => {
    const head = ld({ datePublished: "2021-03-08T21:15:00+01:00" });
    const m = page(head, `<h1>Locks for the old canal</h1><div class="edition-date">09.03.2021</div>${BODY}`, null, "de");
    expect(m.published).toBe("2021-03-09");
    // a morning upload, or an evening one whose own day is shown too, keeps its structured day
    const morning = page(ld({ datePublished: "2021-03-08T09:15:00+01:00" }), `<h1>Locks for the old canal</h1><div class="edition-date">09.03.2021</div>${BODY}`, null, "de");
    expect(morning.published?.slice(0, 10)).toBe("2021-03-08");
    const shown = page(head, `<h1>Locks for the old canal</h1><div class="post-date">08.03.2021</div><div class="edition-date">09.03.2021</div>${BODY}`, null, "de");
    expect(shown.published?.slice(0, 10)).toBe("2021-03-08");
  });

  it("reads a day with a two-digit year closing the byline line", () => {
    const m = page("", `<h1>Locks for the old canal</h1><p>von <a rel="author" href="/autor/ann-lee">Ann Lee</a>, 8.5.12</p>${BODY}`, null, "de");
    expect(m.published).toBe("2012-05-08");
    // a US page's slashed form is not read day first
    const us = page("", `<h1>Locks for the old canal</h1><p>By <a rel="author" href="/author/ann-lee">Ann Lee</a>, 8/5/12</p>${BODY}`, null, "en");
    expect(us.published).toBeNull();
  });

  it("reads a 'published on' stamp in a footer box when nothing else dates the page", () => {
    const body = `<h1>Locks for the old canal</h1>${BODY}<div class="footer_review"><p>Zuletzt geändert: 30.10.2021<br>Erschienen am: 02.11.2021</p></div>`;
    expect(page("", body, null, "de").published).toBe("2021-11-02");
    // a comment's "posted" line is no stamp of the page
    const comment = `<h1>Locks for the old canal</h1>${BODY}<div class="footer_note"><p>Ann posted 02.11.2021</p></div>`;
    expect(page("", comment, null, "de").published).toBeNull();
  });
});

describe("text dumps", () => {
  const para = "The ferry company confirmed on Tuesday that the winter timetable would keep the early crossing for another season. ";
  it("dates a dump by its dateline, and by its update when that is the only day it shows", () => {
    const published = cleanTextDump(`Ferry keeps early crossing\n\nPublished: 4 March 2021\n\n${para.repeat(3)}\n\n${para.repeat(2)}`);
    expect(published.meta.published).toBe("2021-03-04");
    const onlyUpdated = cleanTextDump(`Ferry keeps early crossing\n\nUpdated: 9 March 2021\n\n${para.repeat(3)}\n\n${para.repeat(2)}`);
    expect(onlyUpdated.meta.published).toBe("2021-03-09");
    const both = cleanTextDump(`Ferry keeps early crossing\n\nPublished: 4 March 2021\nUpdated: 9 March 2021\n\n${para.repeat(3)}\n\n${para.repeat(2)}`);
    expect(both.meta.published).toBe("2021-03-04");
  });

  it("takes a footer's publication stamp over the update stamp above it, and no name from the update label", () => {
    const dump = cleanTextDump(`Ferry keeps early crossing\n\n${para.repeat(3)}\n\n${para.repeat(2)}\n\nLetzte Änderung: 31.10.2021 - 14:49:39\nErschienen am: 02.11.2021`);
    expect(dump.meta.published).toBe("2021-11-02");
    expect(dump.meta.modified?.slice(0, 10)).toBe("2021-10-31");
    expect(dump.meta.author ?? null).toBeNull();
  });

  it("titles a dump by its barred headline line, less the publisher's name, as a page's declared title", () => {
    const body = `${para.repeat(3)}\n\n${para.repeat(2)}`;
    const kicker = cleanTextDump(`Harbour Week 2021 | Ferry keeps its early crossing\n\n${body}`);
    expect(kicker.meta.title).toBe("Harbour Week 2021 | Ferry keeps its early crossing");
    const site = cleanTextDump(`Ferry keeps its early crossing | Harbour Post\n\n${body}\n\n© 2021 Harbour Post. All rights reserved.`);
    expect(site.meta.site).toBe("Harbour Post");
    expect(site.meta.title).toBe("Ferry keeps its early crossing");
    // a breadcrumb is no headline
    expect(cleanTextDump(`Home | News | Sport\n\n${body}`).meta.title ?? null).toBeNull();
  });

  it("reads a dateline in Catalan", () => {
    const r = cleanTextDump(`El transbordador continua\n\nPublicat el 14 d'octubre de 2016\n\n${para.repeat(3)}\n\n${para.repeat(2)}`);
    expect(r.meta.published).toBe("2016-10-14");
  });
});
