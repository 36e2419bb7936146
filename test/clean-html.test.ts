import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { extractHtml } from "../stages/clean/html.ts";
import { normaliseMetaDate, isAfterCrawl } from "../stages/clean/html/dates.ts";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}/input.html`, import.meta.url), "utf8");
const bodyOf = (html: string, opts = {}): string =>
  extractHtml(html, opts)
    .blocks.filter((b) => b.role !== "title")
    .map((b) => b.text)
    .join("\n");

describe("extractHtml: article with chrome, share bar, related list, newsletter box, caption", () => {
  const html = fixture("html-article-basic");
  const result = extractHtml(html, { url: "https://example.org/news/harbour-bridge-reopens", crawledAt: "2021-03-06T00:00:00Z" });
  const body = result.blocks.filter((b) => b.role !== "title").map((b) => b.text).join("\n");

  it("keeps every article paragraph and the subheading, in order", () => {
    const must = [
      "The old harbour bridge reopened to traffic on Thursday morning",
      "finished two weeks ahead of schedule",
      "Commuters relieved",
      "It has been a long winter",
      "Engineers will inspect the structure again in the summer",
    ];
    let last = -1;
    for (const m of must) {
      const at = body.indexOf(m);
      expect(at, m).toBeGreaterThan(last);
      last = at;
    }
    expect(result.blocks.find((b) => b.text === "Commuters relieved")?.role).toBe("heading");
  });

  it("drops navigation, share bar, caption, ads, newsletter, related list, tags, footer and scripts", () => {
    const mustNot = [
      "Sport", "Share on Facebook", "Photo: John Smith", "Cars cross the bridge", "Advertisement",
      "Sign up for our free newsletter", "Get the morning briefing", "Read more", "Ferry timetable",
      "Related stories", "Bridges", "Storm warning", "All rights reserved", "tracking code", "dataLayer",
      "color: red", "enable JavaScript", "By Jane Doe",
    ];
    for (const m of mustNot) expect(body, m).not.toContain(m);
  });

  it("never glues adjacent blocks", () => {
    for (const b of result.blocks) expect(b.text).toBe(b.text.replace(/\s+/g, " ").trim());
    expect(body).not.toMatch(/schedule,? and that buses would return to the route next week\.Commuters/);
  });

  it("puts the headline in a leading title block and in meta.title", () => {
    expect(result.blocks[0]).toEqual({ text: "Harbour bridge reopens after repairs", role: "title" });
    expect(result.meta.title).toBe("Harbour bridge reopens after repairs");
  });

  it("reads metadata from JSON-LD first", () => {
    expect(result.meta).toMatchObject({
      author: "Jane Doe, Tom Baker",
      published: "2021-03-04T09:15:00+01:00",
      publishedFrom: "json-ld",
      modified: "2021-03-05T11:00:00+01:00",
      site: "The Daily Ledger",
      language: "en",
      url: "https://example.org/news/harbour-bridge-reopens",
    });
  });

  it("lists removed blocks with rule ids", () => {
    const rules = new Set(result.removed.map((r) => r.rule));
    expect(rules.has("clean/html/caption")).toBe(true);
    expect(rules.has("clean/html/negative-class")).toBe(true);
    expect(result.removed.every((r) => r.text.length > 0 && r.reason.length > 0)).toBe(true);
  });
});

describe("extractHtml: metadata fallbacks", () => {
  const page = (head: string, body: string): string =>
    `<html lang="de"><head>${head}</head><body><article>${body}</article></body></html>`;
  const prose =
    "<p>Der Stadtrat hat am Montag einen neuen Haushalt beschlossen, der mehr Geld für Schulen und den Nahverkehr vorsieht, wie die Verwaltung mitteilte.</p>" +
    "<p>Die Opposition kritisierte die Pläne und forderte eine stärkere Beteiligung der Bürger an den Entscheidungen über die Verkehrsprojekte.</p>";

  it("uses meta tags when there is no JSON-LD, and cleans the author", () => {
    const r = extractHtml(
      page(
        `<meta property="og:site_name" content="Stadtblatt"><meta name="author" content="Von Anna Beispiel"><meta name="date" content="2020-06-01">`,
        `<h1>Neuer Haushalt beschlossen</h1>${prose}`,
      ),
    );
    expect(r.meta).toMatchObject({ author: "Anna Beispiel", published: "2020-06-01", publishedFrom: "meta", site: "Stadtblatt", language: "de", title: "Neuer Haushalt beschlossen" });
  });

  it("falls back to <time datetime> and rejects dates after the crawl", () => {
    const html = page("", `<time datetime="2020-06-02T08:00:00Z">2. Juni</time>${prose}`);
    const ok = extractHtml(html, { crawledAt: "2020-06-03T00:00:00Z" });
    expect(ok.meta.published).toBe("2020-06-02T08:00:00Z");
    expect(ok.meta.publishedFrom).toBe("dom");
    const future = extractHtml(html, { crawledAt: "2020-06-01T00:00:00Z" });
    expect(future.meta.published ?? null).toBeNull();
  });

  it("keeps scripts out of the text even on a page without structure", () => {
    const body = bodyOf(`<html><body><div>${prose}<script>var secret = "x";</script></div></body></html>`);
    expect(body).toContain("Der Stadtrat hat am Montag");
    expect(body).not.toContain("secret");
  });
});

describe("metadata helpers", () => {
  it("normalises ISO, RFC 2822 and written dates", () => {
    expect(normaliseMetaDate("2019-11-18T10:20:30.000+0530")).toBe("2019-11-18T10:20:30+05:30");
    expect(normaliseMetaDate("2019-11-18T10:20:30Z")).toBe("2019-11-18T10:20:30Z");
    expect(normaliseMetaDate("2019-11-18")).toBe("2019-11-18");
    expect(normaliseMetaDate("Mon, 18 Nov 2019 10:20:30 GMT")).toBe("2019-11-18T10:20:30Z");
    expect(normaliseMetaDate("November 18, 2019 4:05 PM")).toBe("2019-11-18T16:05:00");
    expect(normaliseMetaDate("27 January 2017 16:48")).toBe("2017-01-27T16:48:00");
    expect(normaliseMetaDate("2019-02-30")).toBeNull();
    expect(normaliseMetaDate("yesterday")).toBeNull();
  });

  it("compares with the crawl instant in UTC", () => {
    expect(isAfterCrawl("2020-01-02T01:00:00+05:00", "2020-01-01T21:00:00Z")).toBe(false);
    expect(isAfterCrawl("2020-01-02T03:00:00+01:00", "2020-01-01T21:00:00Z")).toBe(true);
    expect(isAfterCrawl("2020-01-02", "2020-01-01T21:00:00Z")).toBe(true);
  });

  it("cleans author fields", () => {
    expect(cleanAuthor(["By Maria Lopez and 3 others"])).toBe("Maria Lopez");
    expect(cleanAuthor(["https://www.example.com/people/someone"])).toBeNull();
    expect(cleanAuthor(["Sam Reed | Example News"], "Example News")).toBe("Sam Reed");
    expect(cleanAuthor(["Example News"], "Example News")).toBeNull();
    expect(cleanAuthor(["Ann Lee Example News"], "examplenews")).toBe("Ann Lee");
  });
});

describe("extractHtml: old-style blog (text in divs with <br>, no article markup)", () => {
  const result = extractHtml(fixture("html-blog-br"), { crawledAt: "2022-06-01T00:00:00Z" });
  const blocks = result.blocks.filter((b) => b.role !== "title").map((b) => b.text);
  const body = blocks.join("\n");

  it("splits <br><br> paragraphs into separate blocks and keeps them all", () => {
    expect(blocks.some((b) => b.startsWith("Nach zwei Jahren Bauzeit") && b.endsWith("im Norden."))).toBe(true);
    expect(blocks.some((b) => b.startsWith("Der Bürgermeister sprach"))).toBe(true);
    expect(body).toContain("Insgesamt kostete das Projekt rund 3,5 Millionen Euro");
  });

  it("keeps an embedded post and table data that sit inside the article", () => {
    expect(body).toContain("Endlich ist der Radweg offen");
    expect(body).toContain("7,4 Kilometer");
  });

  it("drops cookie notice, menus, caption, read-also link, pager, comments, sidebar and copyright", () => {
    for (const m of ["Cookies", "Kontakt", "Foto: Archiv", "Lesen Sie auch", "Brückensanierung", "Vorheriger Beitrag",
      "Kommentare", "Beleuchtung fehlt", "Neueste Beiträge", "Stadtfest", "Alle Rechte vorbehalten", "08:30 Uhr"]) {
      expect(body, m).not.toContain(m);
    }
  });

  it("reads the title from <h1>, the date from Dublin Core, and rejects a CMS account as author", () => {
    expect(result.meta.title).toBe("Radweg am Fluss eröffnet");
    expect(result.blocks[0].role).toBe("title");
    expect(result.meta.published).toBe("2022-05-17");
    expect(result.meta.publishedFrom).toBe("meta");
    expect(result.meta.author ?? null).toBeNull();
  });
});

describe("extractHtml: link lists and prose lists", () => {
  const para = (s: string): string => `<p>${s}</p>`;
  const prose = [
    "The regional court ruled on Friday that the new zoning plan violated the rights of residents who had not been consulted.",
    "Judges ordered the council to repeat the public hearings before any construction permits can be issued for the site.",
    "The council said it would study the ruling carefully and decide within a month whether to appeal to the higher court.",
  ];
  const html = `<html><body><div class="story">${prose.map(para).join("")}
    <ul><li>The ruling applies to all four districts named in the plan.</li><li>Permits already issued stay valid until the hearings end.</li></ul>
    <ul class="links"><li><a href="/1">Council budget vote delayed again</a></li><li><a href="/2">Harbour redevelopment plans unveiled</a></li></ul>
    </div></body></html>`;
  const body = bodyOf(html);

  it("keeps list items written as prose and drops lists of links", () => {
    expect(body).toContain("The ruling applies to all four districts");
    expect(body).toContain("Permits already issued stay valid");
    expect(body).not.toContain("Council budget vote delayed");
  });
});

describe("extractHtml: odd inputs", () => {
  it("does not throw on empty input, plain text, fragments or head-only pages", () => {
    for (const html of ["", "plain text without any tags", "<p>fragment</p>", "<html><head><title>t</title></head></html>"]) {
      expect(() => extractHtml(html)).not.toThrow();
    }
    const fragment =
      "<p>A fragment without html or body elements still yields its paragraph when the paragraph is long enough to read as prose.</p>";
    expect(bodyOf(fragment)).toContain("A fragment without html or body elements");
  });
});

describe("extractHtml: boilerplate words that also open real sentences", () => {
  const sentences = [
    "Email records obtained by the newspaper show the mayor knew about the leak in March.",
    "Related to the vote, the council also approved a new parking scheme for the centre.",
    "Comments made by the minister on Tuesday drew criticism from opposition parties.",
    "Recommended doses of the vaccine were changed last year after a review by regulators.",
    "Posted on the door of the town hall, the notice said the office would stay closed.",
  ];
  const html = `<html><body><article>${sentences.map((s) => `<p>${s}</p>`).join("")}</article></body></html>`;
  it("keeps them", () => {
    const body = bodyOf(html);
    for (const s of sentences) expect(body, s).toContain(s);
  });
});

describe("extractHtml: class hints judged with care", () => {
  const article =
    "<p>The ferry operator said on Monday that it would add two evening crossings from April, after months of complaints from commuters.</p>" +
    "<p>Passenger numbers on the route have grown by a third since the new terminal opened, according to figures released by the port.</p>";
  const comment = (i: number): string =>
    `<div class="comment-body"><p>Reader ${i} here: I take this ferry every single day and honestly the evening crossings are long overdue, the last boat is always packed and late.</p></div>`;

  it("drops a comment thread even when it holds more text than the article", () => {
    const html = `<html><body><div class="post">${article}<div id="comments" class="comments-area">${[1, 2, 3, 4, 5].map(comment).join("")}</div></div></body></html>`;
    const body = bodyOf(html);
    expect(body).toContain("two evening crossings");
    expect(body).not.toContain("Reader 3 here");
  });

  it("keeps text in a layout wrapper named after its sidebar", () => {
    const html = `<html><body><div class="content-with-sidebar-wrap"><div class="main-col">${article}</div></div></body></html>`;
    expect(bodyOf(html)).toContain("Passenger numbers on the route");
  });
});

describe("extractHtml: visible dateline as a last resort", () => {
  it("reads the removed 'Published ...' line when the page has no date metadata", () => {
    const html = `<html><body><article><div class="publish-date">Published 11:11 PM EST Nov 19, 2019</div>
      <p>The school board voted on Tuesday night to extend the academic year by five days to make up for the storm closures.</p>
      <p>Parents had asked the board to avoid adding days in June, but members said the state minimum left them no other choice.</p>
      </article></body></html>`;
    const r = extractHtml(html, { crawledAt: "2019-11-21T00:00:00Z" });
    expect(r.meta.published).toMatch(/^2019-11-19T23:11/);
    expect(r.meta.publishedFrom).toBe("dom");
    expect(bodyOf(html)).not.toContain("Published");
  });
});

describe("extractHtml: a timestamp line labelled in Cyrillic", () => {
  // Family: "Опубликовано: <date>" / "Обновлено <date>" rows of Russian-language sites; the label word ends in a
  // Cyrillic letter, where `\b` never matched.
  it("removes the 'Опубликовано: <date>' row from the body", () => {
    const html = `<html><body><article><div>Опубликовано: 14.09.2023</div>
      <p>Городской совет во вторник проголосовал за продление летнего расписания автобусов ещё на две недели.</p>
      <p>Жители просили об этом с начала месяца, и перевозчик согласился добавить вечерние рейсы.</p>
      </article></body></html>`;
    const r = extractHtml(html, { crawledAt: "2023-09-20T00:00:00Z" });
    expect(r.removed.some((x) => x.reason.startsWith("clean/html/timestamp") && x.text.includes("14.09.2023"))).toBe(true);
    expect(bodyOf(html)).not.toContain("Опубликовано");
  });
});

describe("extractHtml: JSON-LD @graph with @id references", () => {
  it("resolves author and publisher references", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "Organization", "@id": "https://example.net/#org", name: "Valley Courier" },
        { "@type": "Article", "@id": "https://example.net/a/#article", headline: "Dam inspection finds no damage",
          author: { "@id": "https://example.net/#/schema/person/42" }, publisher: { "@id": "https://example.net/#org" },
          datePublished: "2023-09-12T07:30:00+02:00" },
        { "@type": "Person", "@id": "https://example.net/#/schema/person/42", name: "Priya Raman" },
      ],
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Dam inspection finds no damage</h1>
      <p>Engineers who inspected the dam after last week's heavy rain found no structural damage, the water authority said on Tuesday.</p></article></body></html>`;
    const r = extractHtml(html);
    expect(r.meta.author).toBe("Priya Raman");
    expect(r.meta.site).toBe("Valley Courier");
    expect(r.meta.published).toBe("2023-09-12T07:30:00+02:00");
    expect(r.meta.publishedFrom).toBe("json-ld");
  });
});

describe("extractHtml: visible byline as a last resort", () => {
  it("takes the author from the removed byline when metadata has none", () => {
    const html = `<html><body><article><div class="byline">By Tomas Berg | Harbor Gazette</div>
      <p>The harbour master said on Sunday that dredging of the main channel would start in the spring and last about six weeks.</p>
      <p>Fishing boats will be able to use the northern berths while the work goes on, according to a notice posted at the port.</p>
      </article></body></html>`;
    const r = extractHtml(html);
    expect(r.meta.author).toBe("Tomas Berg");
    expect(bodyOf(html)).not.toContain("Tomas Berg");
  });
});

describe("extractHtml: figures", () => {
  it("drops figure captions but keeps a table or list wrapped in a <figure>", () => {
    const html = `<html><body><article>
      <p>The county published its updated rainfall figures on Wednesday, showing the wettest autumn since records began in the area.</p>
      <figure><img src="a.jpg"><figcaption>Flooded fields near the river on Monday.</figcaption></figure>
      <figure class="wp-block-table"><table><tr><td>October</td><td>212 mm</td></tr><tr><td>November</td><td>187 mm</td></tr></table></figure>
      <p>Officials said drainage work planned for next year would be brought forward because of the repeated flooding of farmland.</p>
      </article></body></html>`;
    const body = bodyOf(html);
    expect(body).not.toContain("Flooded fields");
    expect(body).toContain("October 212 mm");
  });
});
