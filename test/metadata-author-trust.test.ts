/**
 * How far each author source is trusted (invented pages): a name only a script's data gives must show
 * as a byline; a wire agency's code from script data, a press contact, a name shown only in a photo or
 * imprint credit and a teaser card's byline are not the article's author; the source of the author is recorded.
 */
import { describe, expect, it } from "vitest";
import { extractHtml } from "../stages/clean/html.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const PARA = paragraph("The lock gates on the canal close for repairs in spring, and barges will wait at the lower basin for up to two days.", 5);
const page = (head: string, body: string, url: string | null = null) => metadataOf({ head, body, url });
const data = (json: string) => `<script>window.__PAGE__ = ${json};</script>`;

describe("an author only a script's data names", () => {
  it("is dropped when the page never prints it as a byline", () => {
    const m = page("", `${data('{"author":"Milena Ostrowska","datePublished":"2021-03-04"}')}<h1>Canal locks close for repairs</h1>${PARA}
      <p>Milena Ostrowska of the barge owners' club said the dates suit most crews.</p>${PARA}`);
    expect(m.author).toBeNull();
    expect(m.authorRejected).toBe("weak source, not corroborated");
  });

  it("is kept when a byline word shows it", () => {
    const m = page("", `${data('{"author":"Milena Ostrowska"}')}<h1>Canal locks close for repairs</h1>${PARA}${PARA}<p>Reporting by Milena Ostrowska and the desk at the lower basin.</p>`);
    expect(m.author).toBe("Milena Ostrowska");
    expect(m.authorFrom).toBe("script");
  });
});

describe("a wire agency's code", () => {
  it("is not the author when only the script data and the agency's dateline name it", () => {
    const m = page("", `${data('{"author":"KXR"}')}<h1>Canal locks close for repairs</h1><p>Berlin (KXR) – The lock gates close in spring.</p>${PARA}${PARA}`);
    expect(m.author).toBeNull();
    expect(m.authorRejected).toBe("agency code");
  });

  it("stays the author when a byline element under the headline prints it", () => {
    const m = page("", `<h1>Canal locks close for repairs</h1><div class="byline">Von KXR</div>${PARA}${PARA}`);
    expect(m.author).toBe("KXR");
  });
});

describe("a press contact", () => {
  const contact = `<p>Pressekontakt: Dr. Jana Kowalczyk, Tel. +49 30 1234567</p>`;

  it("is not the author, wherever the author tag names it", () => {
    const m = page(`<meta name="author" content="Jana Kowalczyk">`, `<h1>Canal locks close for repairs</h1>${PARA}${PARA}${contact}`);
    expect(m.author).toBeNull();
    expect(m.authorRejected).toBe("press contact");
  });

  it("is the author when the page also prints the name as a byline", () => {
    const m = page(`<meta name="author" content="Jana Kowalczyk">`, `<h1>Canal locks close for repairs</h1><p class="author">Von Jana Kowalczyk</p>${PARA}${PARA}${contact}`);
    expect(m.author).toBe("Jana Kowalczyk");
  });

  it("does not take a menu's contact link before the byline for a contact label", () => {
    const m = page(`<meta name="author" content="Jana Kowalczyk">`, `<nav><a href="/">Start</a> <a href="/kontakt">Kontakt</a></nav><h1>Canal locks close for repairs</h1><p>Von Jana Kowalczyk</p>${PARA}${PARA}`);
    expect(m.author).toBe("Jana Kowalczyk");
  });
});

describe("a declared author shown only in another role's credit", () => {
  const head = `<meta name="author" content="Jana Kowalczyk">`;
  it("is not shown by a photo credit, an imprint line or the theme's credit", () => {
    expect(page(head, `<h1>Canal locks close for repairs</h1><figure><img src="a.jpg"><figcaption>Foto: Jana Kowalczyk</figcaption></figure>${PARA}`).author).toBeNull();
    expect(page(head, `<h1>Canal locks close for repairs</h1>${PARA}<footer>Inhaberin: Jana Kowalczyk | Impressum</footer>`).author).toBeNull();
    expect(page(head, `<h1>Canal locks close for repairs</h1>${PARA}<footer>Theme by Jana Kowalczyk</footer>`).author).toBeNull();
  });

  it("is shown by a byline right after a photo credit", () => {
    expect(page(head, `<h1>Canal locks close for repairs</h1><p>Foto: privat Von Jana Kowalczyk</p>${PARA}`).author).toBe("Jana Kowalczyk");
  });
});

describe("teaser cards found by their structure", () => {
  const card = (title: string, name: string) => `<div class="tile"><img src="t.jpg"><h3>${title}</h3><span class="author">${name}</span></div>`;

  it("skips the byline of a card in a run of like boxes, whatever the class is called", () => {
    const html = `<h1>Canal locks close for repairs</h1>${PARA}<div class="more">${card("Ferry fares rise", "Milena Ostrowska")}${card("New quay opens", "Tomasz Wielgus")}${card("Barge race", "Ida Sørlie")}</div>`;
    expect(page("", html).author).toBeNull();
  });

  it("keeps the byline row whose date, author and comment items are like spans", () => {
    const row = `<div class="meta"><span class="item">4 March 2021</span><span class="item author">Milena Ostrowska</span><span class="item"><img src="c.gif"> 3 comments</span></div>`;
    expect(page("", `<h1>Canal locks close for repairs</h1>${row}${PARA}`).author).toBe("Milena Ostrowska");
  });
});

describe("the source of the author", () => {
  it("travels with the page metadata", () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Canal locks close for repairs","author":{"@type":"Person","name":"Milena Ostrowska"}}</script></head>
      <body><h1>Canal locks close for repairs</h1><p class="byline">By Milena Ostrowska</p>${PARA}${PARA}</body></html>`;
    const meta = extractHtml(html, {}).meta;
    expect(meta.author).toBe("Milena Ostrowska");
    expect(meta.authorFrom).toBe("json-ld");
  });
});
