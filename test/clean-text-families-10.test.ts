/**
 * Session clean-10: boilerplate families in new phrasing and other languages (author-box headers, comment-section
 * disclaimers, German reader-revenue sentences, log-in labels) and captions closed by a "©" or
 * photo-label credit, each with a guard that real text of the same shape is kept. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { matchBoilerplate } from "../stages/clean/text/lexicon.ts";
import { matchResidue } from "../stages/clean/text/patterns.ts";
import { bodyLines, FOOTBRIDGE, footer, menu, txt } from "./helpers/footbridge.ts";

const words = (s: string) => s.split(/\s+/).length;
const rule = (s: string) => matchBoilerplate(s, words(s))?.rule ?? null;
const residue = (s: string) => matchResidue(s, words(s))?.rule ?? null;
const P = FOOTBRIDGE;
/** Every line is named by the lexicon with `name` (or, with `named = rule`, by whatever `named` is given). */
const expectNamed = (lines: string[], name: string | null, named: (s: string) => string | null = rule): void => {
  for (const s of lines) expect(named(s), s).toBe(name);
};
/** The article's paragraphs with `line` printed between the second and the third, in a page with a menu and a footer. */
const between = (line: string): string[] => bodyLines(cleanTextDump(txt(...menu, P[0], P[1], line, P[2], P[3], P[4], ...footer)));

describe("author-box headers in other forms and languages", () => {
  it("names the header with a colon, a gender form or a plural", () => {
    expectNamed(["Über die Autorin:", "Über den Autor / die Autorin", "About the authors:", "À propos de l'autrice", "Sobre la autora", "Über die Autor*innen"], "clean/author-profile");
  });
  it("keeps a sentence that opens with the same words", () => {
    expectNamed(["Über die Autorin des Buches wurde lange gestritten.", "About the author of the letter, little is known."], null);
  });
  it("drops the box under the article and keeps the article", () => {
    const blurb = "Jana Beispiel schreibt seit vielen Jahren über Brücken, Flüsse und die Menschen, die an ihnen wohnen, und lebt mit ihrer Familie am Stadtrand.";
    const r = cleanTextDump(txt(...menu, ...P, "Über die Autorin:", blurb, ...footer));
    expect(bodyLines(r)).toEqual(P);
  });
});

describe("comment-section disclaimers", () => {
  it("names the disclaimer in several languages", () => {
    expectNamed([
      "Los comentarios publicados son de exclusiva responsabilidad de sus autores y pueden ser eliminados.",
      "Os comentários são de responsabilidade exclusiva de seus autores.",
      "Die Kommentare geben nicht die Meinung der Redaktion wieder.",
      "Comments are the sole responsibility of their authors.",
    ], "clean/comments");
  });
  it("keeps news about comments and responsibility", () => {
    expectNamed(["Die Kommentare des Ministers zur Reform stießen auf Kritik der Opposition.", "The comments of the minister were his sole responsibility, the spokesman said."], null);
  });
});

describe("reader-revenue sentences in German", () => {
  it("names the appeal", () => {
    expectNamed(["Ihre Spende für unabhängigen Journalismus.", "Dieser Artikel wird von Spenden unserer Leserinnen und Leser finanziert.", "Ja, ich möchte Beispielblatt unterstützen."], "clean/donation");
  });
  it("keeps news about donations and support", () => {
    expectNamed(["Der Verein wird aus Spenden finanziert und beschäftigt zwölf Mitarbeiter.", "Ich möchte die Bauern unterstützen, sagte die Ministerin.", "Die Brücke wird von Spenden der Anwohner finanziert, sagt der Bürgermeister."], null);
  });
});

describe("log-in labels in other languages", () => {
  it("names the labels", () => {
    expectNamed(["Passwort vergessen?", "Angemeldet bleiben", "Mot de passe oublié ?", "¿Olvidaste tu contraseña?", "Iniciar sesión", "Esqueceu sua senha?"], "clean/login");
  });
  it("keeps a sentence with the same words", () => {
    expectNamed(["Wer sein Passwort vergessen hat, muss im Rathaus warten.", "Die Ministerin will sich morgen anmelden."], null);
  });
});

describe("captions closed by a © or photo-label credit", () => {
  it("reads the caption as a caption", () => {
    expectNamed([
      "Volunteers carry timber to the river bank © Jana Roe/Example Agency",
      "The new footbridge at dusk - © Jana Roe / example-photos.com",
      "Children cross the river on the new bridge © dpa | Jana Roe",
      "Helfer tragen Balken zum Ufer. Foto: Jana Roe/Beispielagentur",
      "Die neue Brücke am Abend. Bild: J. Roe",
    ], "clean/caption", residue);
  });
  it("keeps prose with a © sign or a photo label inside it", () => {
    expectNamed([
      "The brand name is protected by the © sign, and the company defends it in court every year.",
      "The logo carries a © symbol",
      "Neu im Sortiment (das Angebot gilt auch für das Beispiel © Winterpaket):",
      "She took a photo. Foto: that was the title of the show, which opened in May and ran until the end of the summer.",
      "Das Amt wurde 2019 eingerichtet. Fotos: Die Agentur hat keine weiteren Bilder veröffentlicht.",
      // a byline carrying the photo's credit, and the second line of a caption printed over two lines
      "von Jana Roe Foto: © Beispielagentur",
      "damit die Kinder nicht nass werden. © Jana Roe",
    ], null, residue);
  });
  it("drops the caption between two paragraphs and keeps the paragraphs", () => {
    expect(between("Volunteers carry timber to the river bank © Jana Roe/Example Agency")).toEqual(P);
  });
});

describe("teaser excerpts closed by their read-more link", () => {
  it("names the excerpt in several languages", () => {
    expectNamed([
      "Volunteers rebuilt the old footbridge over the weekend, and the council says it will pay for… Read more",
      "Freiwillige bauen die alte Brücke wieder auf, und die Stadt zahlt die Stahlseile... mehr lesen",
      "Новый мост через реку. Волонтёры построили его за выходные Подробнее",
      "La ville paie les câbles du nouveau pont Lire la suite",
    ], "clean/teaser");
  });
  it("keeps a sentence that ends with the same words", () => {
    expectNamed(["She said she wanted the children to read more.", "The lesson was simple: Read more.", "Die Bibliothek will, dass Kinder mehr lesen"], null);
  });
  it("drops a card between two paragraphs and keeps the paragraphs", () => {
    const card = "Flood defences: why the valley towns are still waiting for new walls after three winters… Read more";
    expect(between(card)).toEqual(P);
  });
});

describe("related-topics headers in other languages", () => {
  it("names the header and keeps a sentence about related topics", () => {
    expectNamed(["Temas relacionados", "TEMAS RELACIONADOS", "Verwandte Themen:", "Sujets associés"], "clean/read-more");
    expect(rule("Verwandte Themen wurden im Ausschuss nicht besprochen.")).toBeNull();
  });
});

describe("a page's date stamp under a gallery of captions", () => {
  it("still dates the page when the gallery's captions stand between the article and the stamp", () => {
    const gallery = [
      "Volunteers carry timber to the river bank © Beispielagentur | Jana Roe",
      "The first cables are fixed to the old piers © Beispielagentur | Jana Roe",
      "Children cross the river on the new bridge © Stadt Ostrava | Karel Roe",
      "The mayor thanks the carpenters at the opening © Stadt Ostrava | Karel Roe",
      "The footbridge at dusk after the first day © Beispielagentur | Jana Roe",
      "Engineers inspect the cables before the opening © Stadt Ostrava | Karel Roe",
      "Neighbours bring soup and bread to the workers © Beispielagentur | Jana Roe",
      "The old timber bridge before the spring floods © Stadtarchiv Ostrava",
    ];
    const r = cleanTextDump(txt(...menu, ...P, "Gallery", ...gallery, "Stand 12.03.2024", "Mehr zum Thema:", "Bridges of the region", "Floods in spring", "Volunteer work", "Newsletter", "Imprint", "Data protection", "Accessibility", "Sitemap", "Contact", ...footer));
    expect(bodyLines(r)).toEqual(P);
    expect(r.meta.published).toBe("2024-03-12");
  });
});
