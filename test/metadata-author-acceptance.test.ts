/**
 * One acceptance for every author reader (invented pages): a contact person under a contact label, an author element
 * in a copyright line, the site's name from the <title> in the author tag, the publisher signing under the article, and
 * a byline in the masthead are no article's author, while the real bylines beside them stay.
 */
import { describe, expect, it } from "vitest";
import { extractHtml } from "../stages/clean/html.ts";
import { metadataOf, pageHtml, paragraph } from "./helpers/html-page.ts";

const PARA = paragraph("The lock gates on the canal close for repairs in spring, and barges will wait at the lower basin for up to two days.", 5);
const HEAD = "<h1>Canal locks close for repairs</h1>";
const cleaned = (head: string, body: string) => extractHtml(pageHtml({ head, body }), { url: "https://kanalbote.example/news/locks" }).meta;

describe("a contact label before the name", () => {
  it("is a contact person, not the author, even in an author element", () => {
    expect(metadataOf({ body: `${HEAD}${PARA}${PARA}<div class="author-contact">Media contact: Milena Ostrowska</div>` }).author).toBeNull();
    expect(metadataOf({ body: `${HEAD}${PARA}${PARA}<div class="author">Pressekontakt: Milena Ostrowska</div>` }).author).toBeNull();
  });

  it("leaves a byline element's name alone", () => {
    expect(metadataOf({ body: `${HEAD}<div class="author">By Milena Ostrowska</div>${PARA}${PARA}` }).author).toBe("Milena Ostrowska");
  });
});

describe("an author element in a copyright line", () => {
  it("is the site's owner, not the article's author", () => {
    const m = metadataOf({ body: `${HEAD}${PARA}${PARA}<div class="bottom"><p>© 2021 <span itemprop="author">Milena Ostrowska</span>. All rights reserved.</p></div>` });
    expect(m.author).toBeNull();
  });

  it("stays the author in a byline row", () => {
    const m = metadataOf({ body: `${HEAD}<p>By <span itemprop="author">Milena Ostrowska</span></p>${PARA}${PARA}` });
    expect(m.author).toBe("Milena Ostrowska");
  });
});

describe("the site's name from the <title> in the author tag", () => {
  const body = `${HEAD}${PARA}${PARA}<p>Nordkanal Zeitung reports on the waterways of the region.</p>`;

  it("is the publisher filling the author field", () => {
    const m = metadataOf({ title: "Canal locks close for repairs – Nordkanal Zeitung", head: `<meta name="author" content="Nordkanal Zeitung">`, body });
    expect(m.author).toBeNull();
    // a name in a script without letter case is no person's shape either
    const caseless = metadataOf({ title: "أقفال القناة تغلق للإصلاح - بوابة القناة", head: `<meta name="author" content="بوابة القناة">`, body: `${body}<p>بوابة القناة</p>` });
    expect(caseless.author).toBeNull();
  });

  it("is the author when a byline element prints it", () => {
    const m = metadataOf({
      title: "Canal locks close for repairs – Kanalbote",
      head: `<meta name="author" content="Kanalbote">`,
      body: `${HEAD}<div class="byline">Von Kanalbote</div>${PARA}${PARA}`,
    });
    expect(m.author).toBe("Kanalbote");
  });

  it("is the owner of a one-person site when it has a person's shape", () => {
    const m = metadataOf({
      title: "Canal locks close for repairs | Milena Ostrowska",
      head: `<meta name="author" content="Milena Ostrowska">`,
      body: `${HEAD}${PARA}${PARA}<p>Milena Ostrowska writes about boats.</p>`,
    });
    expect(m.author).toBe("Milena Ostrowska");
  });
});

describe("the cleaner's signature under the article", () => {
  const head = `<meta property="og:site_name" content="Kanalbote"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Nordkanal Schifffahrt"}}</script>`;

  it("is not the author when it signs with the publisher's name", () => {
    expect(cleaned(head, `${HEAD}${PARA}${PARA}<p><strong>Nordkanal Schifffahrt</strong></p>`).author).toBeNull();
    expect(cleaned(head, `${HEAD}${PARA}${PARA}<p>Nordkanal Schifffahrt<br>Pressestelle</p>`).author).toBeNull();
  });

  it("is the author when a person signs", () => {
    const meta = cleaned(head, `${HEAD}${PARA}${PARA}<p><strong>Milena Ostrowska</strong></p>`);
    expect(meta.author).toBe("Milena Ostrowska");
    expect(meta.authorFrom).toBe("signature");
  });

  it("passes the metadata's own acceptance", () => {
    const m = metadataOf({ head, body: `${HEAD}${PARA}${PARA}` });
    expect(m.acceptAuthor?.("Nordkanal Schifffahrt", "signature")).toBe(false);
    expect(m.acceptAuthor?.("Milena Ostrowska", "signature")).toBe(true);
  });
});

describe("byline words in the masthead", () => {
  it("are the site's tagline, not the article's byline", () => {
    expect(metadataOf({ body: `<header class="masthead"><div class="tagline">By Milena Ostrowska</div></header>${HEAD}${PARA}${PARA}` }).author).toBeNull();
  });

  it("under the headline are the byline", () => {
    expect(metadataOf({ body: `<header class="masthead"><a href="/">Kanalbote</a></header>${HEAD}<div class="info">by Milena Ostrowska</div>${PARA}${PARA}` }).author).toBe("Milena Ostrowska");
  });
});

describe("the author field of a reviewed work's data box", () => {
  const review = paragraph("The novel follows a lock keeper through one winter on the northern canal, and it is the best thing we read this year.", 4);

  it("names the work's author, not the reviewer", () => {
    const lines = `<p>Titel: Der Schleusenwärter<br>Autorin: Milena Ostrowska<br>Verlag: Kanalbuch<br>Seiten: 320<br>Preis: 22 Euro</p>`;
    expect(metadataOf({ body: `${HEAD}${review}${lines}${review}` }).author).toBeNull();
    const list = `<ul><li>Title: The Lock Keeper</li><li>Author: Milena Ostrowska</li><li>Publisher: Canal Books</li><li>Pages: 320</li></ul>`;
    expect(metadataOf({ body: `${HEAD}${review}${list}${review}` }).author).toBeNull();
    const table = `<table><tr><td>Autor:</td><td>Milena Ostrowska</td></tr><tr><td>Verlag:</td><td>Kanalbuch</td></tr><tr><td>ISBN:</td><td>978-3-00-000000-0</td></tr></table>`;
    expect(metadataOf({ body: `${HEAD}${review}${table}${review}` }).author).toBeNull();
  });

  it("leaves a byline with a photo credit or a date and category alone", () => {
    expect(metadataOf({ body: `${HEAD}<p>Text: Milena Ostrowska<br>Foto: Jonas Brekke</p>${PARA}${PARA}` }).author).toBe("Milena Ostrowska");
    expect(metadataOf({ body: `${HEAD}${PARA}<p>Autorin: Milena Ostrowska | Datum: 3. März 2021 | Kategorie: Schifffahrt</p>${PARA}` }).author).toBe("Milena Ostrowska");
  });
});

describe("a name in the possessive after a byline word", () => {
  it("is a phrase about the person, not a byline", () => {
    expect(metadataOf({ body: `${HEAD}<p>By Milena Ostrowska's own count the gates are forty years old.</p>${PARA}${PARA}` }).author).toBeNull();
  });
});

describe("a one-person site's owner in the <title> whose given name no list holds", () => {
  it("stays the author", () => {
    const m = metadataOf({
      title: "Canal locks close for repairs | Yrsa Quillmoor",
      head: `<meta name="author" content="Yrsa Quillmoor">`,
      body: `${HEAD}${PARA}${PARA}<footer><p>Yrsa Quillmoor, Kanalweg 3</p></footer>`,
    });
    expect(m.author).toBe("Yrsa Quillmoor");
  });
});
