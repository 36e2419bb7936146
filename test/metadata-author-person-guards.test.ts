/**
 * Guards that keep a real writer's name (invented pages): the <title>'s site part is no person's name (an author typed
 * Person, a title or particles in the name, a name in a script without letter case unless the page says it is the
 * site's); a reviewer's "von" byline beside the reviewed work's data box; an author link after a photo's © credit; a
 * transliterated soft sign at a name's end; a byline row of any class inside the article.
 */
import { describe, expect, it } from "vitest";
import { extractHtml } from "../stages/clean/html.ts";
import { metadataOf, pageHtml, paragraph, type InventedPage } from "./helpers/html-page.ts";

const PARA = paragraph("The lock gates on the canal close for repairs in spring, and barges will wait at the lower basin for up to two days.", 5);
const HEAD = "<h1>Canal locks close for repairs</h1>";
/** A page whose <title> prints the headline and a name, the author tag that name, and the body the name once more. */
const titled = (title: string, name: string, extra = ""): InventedPage => ({
  title,
  head: `<meta name="author" content="${name}">`,
  body: `${extra}${HEAD}${PARA}${PARA}<p>${name}</p>`,
});

describe("a person's name in the <title>'s site part", () => {
  const caseless: [string, string][] = [
    ["Arabic", "محمد علي"],
    ["Persian", "مریم کاظمی"],
    ["Hindi", "अमित वर्मा"],
    ["Hebrew", "דנה לוי"],
    ["Thai", "สมชาย ใจดี"],
    ["Japanese", "山田太郎"],
  ];
  for (const [script, name] of caseless) {
    it(`keeps a ${script} writer the title names after the headline`, () => {
      expect(metadataOf(titled(`Canal locks close for repairs - ${name}`, name)).author).toBe(name);
    });
  }

  it("keeps a JSON-LD author typed Person", () => {
    const page = {
      title: "Canal locks close for repairs - محمد علي",
      head: `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"محمد علي","url":"https://kanal.example/author/m"}}</script>`,
      body: `${HEAD}${PARA}${PARA}<p>محمد علي</p>`,
    };
    expect(metadataOf(page).author).toBe("محمد علي");
  });

  it("keeps a name with a title or particles", () => {
    expect(metadataOf(titled("Canal locks close for repairs | Dr. Milena Ostrowska", "Dr. Milena Ostrowska")).author).toBe("Dr. Milena Ostrowska");
    expect(metadataOf(titled("Canal locks close for repairs | Maria del Carmen Ruiz", "Maria del Carmen Ruiz")).author).toBe("Maria del Carmen Ruiz");
  });

  it("end to end, the cleaner keeps the caseless writer too", () => {
    const html = pageHtml({ ...titled("Canal locks close for repairs - محمد علي", "محمد علي"), body: `<article>${HEAD}${PARA}${PARA}<p>كتب محمد علي عن القوارب</p></article>` });
    expect(extractHtml(html, { url: "https://kanal.example/news/locks" }).meta.author).toBe("محمد علي");
  });

  it("still drops a caseless site name the logo link, the copyright line or an organisation word gives", () => {
    expect(metadataOf(titled("Canal locks close for repairs - الساحل", "الساحل", `<header><a href="/">الساحل</a></header>`)).author).toBeNull();
    const copyright = { ...titled("Canal locks close for repairs - الساحل", "الساحل"), body: `${HEAD}${PARA}${PARA}<p>الساحل</p><div>© 2021 الساحل</div>` };
    expect(metadataOf(copyright).author).toBeNull();
    // (control: with no such sign the same name is a person's)
    expect(metadataOf(titled("Canal locks close for repairs - الساحل", "الساحل")).author).toBe("الساحل");
    expect(metadataOf(titled("Canal locks close for repairs - شبكة الساحل", "شبكة الساحل")).author).toBeNull();
  });
});

describe("byline guards that refused real bylines", () => {
  it("reads a reviewer's 'von' byline beside the reviewed work's data", () => {
    const body = `<div class="review-head">${HEAD}<div class="meta-row"><span>von Milena Ostrowska | 3. März 2021</span></div><p>Verlag: Kanalbuch<br>Seiten: 320<br>Preis: 22 Euro</p></div>${PARA}${PARA}`;
    expect(metadataOf({ body }).author).toBe("Milena Ostrowska");
  });

  it("reads an author link after a photo's © credit in the same row", () => {
    const body = `${HEAD}<p><span>© Foto: Bo Ek</span> <a rel="author" href="/autor/mo">Milena Ostrowska</a></p>${PARA}${PARA}`;
    expect(metadataOf({ body }).author).toBe("Milena Ostrowska");
  });

  it("keeps a final apostrophe that spells a soft sign, and drops a co-author in the possessive", () => {
    expect(metadataOf({ body: `${HEAD}<div class="byline">By Ihor Shvets'</div>${PARA}${PARA}` }).author).toBe("Ihor Shvets'");
    expect(metadataOf({ head: `<meta name="author" content="Olha Kravets'">`, body: `${HEAD}<p>Olha Kravets' writes.</p>${PARA}${PARA}` }).author).toBe("Olha Kravets'");
    expect(metadataOf({ body: `${HEAD}<div class="byline">By Milena Ostrowska and Tom Rogers's</div>${PARA}${PARA}` }).author).toBe("Milena Ostrowska");
  });

  it("reads a byline row of a toolbar class inside the article", () => {
    const body = `<article>${HEAD}<div class="toolbar"><span>by Milena Ostrowska · 4 min read</span></div>${PARA}${PARA}</article>`;
    expect(metadataOf({ body }).author).toBe("Milena Ostrowska");
  });
});
