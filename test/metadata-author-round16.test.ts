/**
 * Authors (invented pages): keep-tests for real bylines that the sentence rules of metadata-author-round15.test.ts must
 * leave alone. A given name that is also an office, a law or a feast word ("Lei", "Noël", "Christmas"), an official's
 * op-ed ("By Governor Ann Lee"), a byline followed by its co-author or its tail on the same text run ("Oleh Budi dan
 * Sari", "By Ann Lee, published 3 hours ago"), Greek genitive bylines (only before the running text, never a heading in
 * the body) and one-word co-authors the page prints together.
 */
import { describe, expect, it } from "vitest";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const TEXT = paragraph("The ferry board agreed to deepen the old river channel before the winter floods reach the lower quays.", 8);
const H1 = "<h1>The river channel will be deepened</h1>";
const SITE = `<meta property="og:site_name" content="Quayside Courier">`;
const base = { title: "The river channel will be deepened | Quayside Courier", url: "https://www.quaysidecourier.example/channel", head: SITE };
const page = (body: string, extra: { head?: string; lang?: string } = {}) => metadataOf({ ...base, head: SITE + (extra.head ?? ""), lang: extra.lang, body });
const ld = (author: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"The river channel will be deepened","author":${author}}</script>`;

describe("a given name that is also an office, law or feast word", () => {
  it("keeps 'By Lei Zhang' and the co-author after it", () => {
    expect(page(`<article>${H1}<p>By Lei Zhang</p>${TEXT}</article>`).author).toBe("Lei Zhang");
    expect(page(`<article>${H1}<p>By Lei Zhang and Ann Lee</p>${TEXT}</article>`).author).toBe("Lei Zhang, Ann Lee");
    expect(page(`<article>${H1}<div class="author">By Lei Zhang</div>${TEXT}</article>`).author).toBe("Lei Zhang");
  });

  it("keeps French given names ('Par Noël Mamère', 'Par Loi Nguyen')", () => {
    expect(page(`<article>${H1}<p>Par Noël Mamère</p>${TEXT}</article>`, { lang: "fr" }).author).toBe("Noël Mamère");
    expect(page(`<article>${H1}<span class="byline">Par Noël Mamère</span>${TEXT}</article>`, { lang: "fr" }).author).toBe("Noël Mamère");
    expect(page(`<article>${H1}<p>Par Loi Nguyen</p>${TEXT}</article>`, { lang: "fr" }).author).toBe("Loi Nguyen");
  });

  it("keeps English given names that are feast, time or office words", () => {
    for (const name of ["Christmas Abbott", "Early Wynn", "Chancellor Agard", "Wakil Ahmad", "Easter Brennan"]) {
      expect(page(`<article>${H1}<p>By ${name}</p>${TEXT}</article>`).author).toBe(name);
    }
  });

  it("keeps a declared author whatever its first word", () => {
    const body = `<article>${H1}<p class="author">Governor Tomás Rivera</p>${TEXT}</article>`;
    expect(page(body, { head: ld(`{"@type":"Person","name":"Governor Tomás Rivera"}`) }).author).toContain("Tomás Rivera");
  });
});

describe("an official's op-ed", () => {
  it("keeps the name and drops the office ('By Governor Ann Lee')", () => {
    expect(page(`<article>${H1}<p>By Governor Ann Lee</p>${TEXT}</article>`).author).toBe("Ann Lee");
    expect(page(`<article>${H1}<div class="byline">By Senator Ann Lee</div>${TEXT}</article>`).author).toBe("Ann Lee");
    expect(page(`<article>${H1}<p>Oleh Menteri Rina Kusumawati</p>${TEXT}</article>`, { lang: "id" }).author).toBe("Rina Kusumawati");
  });

  it("still reads no byline from a sentence about an official", () => {
    const body = `<article>${H1}<p>Oleh Presiden Darma Wijaya, proyek itu diresmikan pada hari Senin di pelabuhan.</p>${TEXT}</article>`;
    expect(page(body, { lang: "id" }).author).toBeNull();
    expect(page(`<article>${H1}<div>By Governor Ann Lee, the state will dredge the channel</div>${TEXT}</article>`).author).toBeNull();
  });
});

describe("a byline in the text under the headline with a tail", () => {
  const run = (line: string, lang?: string) => page(`<article>${H1}<div>${line}</div>${TEXT}</article>`, { lang }).author;

  it("keeps co-authors joined by 'dan' or 'och', and 'binti'", () => {
    expect(run("Oleh Budi Santoso dan Sari Wulandari", "id")).toBe("Budi Santoso, Sari Wulandari");
    expect(run("Av Anna Lind och Bo Ek", "sv")).toBe("Anna Lind, Bo Ek");
    expect(run("Oleh Siti Aminah binti Yusuf", "ms")).toContain("Siti Aminah");
  });

  it("keeps the name before a date or a source tail", () => {
    const lines: [string, string?][] = [
      ["By Ann Lee published 3 hours ago"], ["By Ann Lee, published 3 hours ago"], ["By Ann Lee posted on March 3"],
      ["By Ann Lee last updated March 3"], ["By Ann Lee via Reuters"], ["By Ann Lee staff writer"],
      ["Von Ann Lee vor 3 Stunden", "de"], ["Por Ann Lee hace 3 horas", "es"], ["Por Ann Lee desde Madrid", "es"],
      ["Par Ann Lee publié le 3 mars", "fr"],
    ];
    for (const [line, lang] of lines) expect(run(line, lang), line).toBe("Ann Lee");
  });

  it("still reads no byline from a sentence the byword opens", () => {
    expect(run("Por Tomás Rivera se conoce al hombre que fundó el puerto en el siglo pasado.", "es")).toBeNull();
  });
});

describe("Greek genitive bylines", () => {
  const GR_H1 = "<h1>Το λιμάνι θα βαθύνει</h1>";
  const GR_TEXT = paragraph("Το συμβούλιο του λιμανιού αποφάσισε να βαθύνει το παλιό κανάλι πριν από τις πλημμύρες του χειμώνα.", 8);
  const gr = (body: string) => page(body, { lang: "el" }).author;

  it("reads the line under the headline, also in capitals", () => {
    expect(gr(`<article>${GR_H1}<p>Του Νίκου Σταματάκη</p>${GR_TEXT}</article>`)).toBe("Νίκου Σταματάκη");
    const caps = gr(`<article>${GR_H1}<p>ΤΟΥ ΝΙΚΟΥ ΣΤΑΜΑΤΑΚΗ</p>${GR_TEXT}</article>`);
    expect(caps?.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()).toBe("νικου σταματακη");
  });

  it("takes no heading in the body for a byline", () => {
    expect(gr(`<article>${GR_H1}${GR_TEXT}<h2>Του Αγίου Νικολάου</h2>${GR_TEXT}</article>`)).toBeNull();
    expect(gr(`<article>${GR_H1}<h3>Της Αγίας Τριάδος</h3>${GR_TEXT}</article>`)).toBeNull();
    expect(gr(`<article>${GR_H1}<p>Του Δήμου Πειραιώς</p>${GR_TEXT}</article>`)).toBeNull();
  });
});

describe("one-word co-authors", () => {
  it("keeps declared single names the page prints together", () => {
    const body = `<article>${H1}<p>Budiman dan Sutrisno | 3 Maret 2024</p>${TEXT}</article>`;
    expect(page(body, { lang: "id", head: ld(`[{"@type":"Person","name":"Budiman"},{"@type":"Person","name":"Sutrisno"}]`) }).author).toBe("Budiman, Sutrisno");
  });

  it("keeps them when the page prints them as links to their pages", () => {
    const body = `<article>${H1}<p><a href="/penulis/budiman">Budiman</a> dan <a href="/penulis/sutrisno">Sutrisno</a></p>${TEXT}</article>`;
    expect(page(body, { lang: "id", head: ld(`[{"@type":"Person","name":"Budiman"},{"@type":"Person","name":"Sutrisno"}]`) }).author).toBe("Budiman, Sutrisno");
  });

  it("still drops a keyword list the page does not print as names", () => {
    const body = `<article>${H1}${TEXT}<p>Ferries, rivers, quays and floods.</p></article>`;
    expect(page(body, { head: `<meta name="author" content="Ferries, Rivers, Quays, Floods">` }).author).toBeNull();
  });
});
