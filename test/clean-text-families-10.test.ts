/**
 * Session clean-10: boilerplate families in new phrasing and other languages (author-box headers, browser-support
 * notices, comment-section disclaimers, German reader-revenue sentences, log-in labels) and captions closed by a "©" or
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

describe("author-box headers in other forms and languages", () => {
  it("names the header with a colon, a gender form or a plural", () => {
    for (const s of ["Über die Autorin:", "Über den Autor / die Autorin", "About the authors:", "À propos de l'autrice", "Sobre la autora", "Über die Autor*innen"]) {
      expect(rule(s), s).toBe("clean/author-profile");
    }
  });
  it("keeps a sentence that opens with the same words", () => {
    for (const s of ["Über die Autorin des Buches wurde lange gestritten.", "About the author of the letter, little is known."]) expect(rule(s), s).toBeNull();
  });
  it("drops the box under the article and keeps the article", () => {
    const blurb = "Jana Beispiel schreibt seit vielen Jahren über Brücken, Flüsse und die Menschen, die an ihnen wohnen, und lebt mit ihrer Familie am Stadtrand.";
    const r = cleanTextDump(txt(...menu, ...P, "Über die Autorin:", blurb, ...footer));
    expect(bodyLines(r)).toEqual(P);
  });
});

describe("browser-support and no-script notices in other languages", () => {
  it("names the notice", () => {
    for (const s of ["Ihr Browser unterstützt keine iFrames.", "Ihr Browser unterstützt Inlineframes nicht oder zeigt sie nicht an.", "Bitte aktivieren Sie JavaScript, um dieses Video zu sehen.", "Votre navigateur ne prend pas en charge la lecture de vidéos.", "Su navegador no admite iframes.", "Seu navegador não suporta vídeos HTML5."]) {
      expect(rule(s), s).toBe("clean/navigation");
    }
  });
  it("keeps a news sentence about a browser", () => {
    for (const s of ["Der Browser unterstützt die neue Schnittstelle seit Version 12.", "Le navigateur prend en charge la norme depuis mars."]) expect(rule(s), s).toBeNull();
  });
  it("drops the notice between two paragraphs and keeps both paragraphs", () => {
    const r = cleanTextDump(txt(...menu, P[0], P[1], "Ihr Browser unterstützt keine iFrames.", P[2], P[3], P[4], ...footer));
    expect(bodyLines(r)).toEqual(P);
  });
});

describe("comment-section disclaimers", () => {
  it("names the disclaimer in several languages", () => {
    for (const s of [
      "Los comentarios publicados son de exclusiva responsabilidad de sus autores y pueden ser eliminados.",
      "Os comentários são de responsabilidade exclusiva de seus autores.",
      "Die Kommentare geben nicht die Meinung der Redaktion wieder.",
      "Comments are the sole responsibility of their authors.",
    ]) {
      expect(rule(s), s).toBe("clean/comments");
    }
  });
  it("keeps news about comments and responsibility", () => {
    for (const s of ["Die Kommentare des Ministers zur Reform stießen auf Kritik der Opposition.", "The comments of the minister were his sole responsibility, the spokesman said."]) {
      expect(rule(s), s).toBeNull();
    }
  });
});

describe("reader-revenue sentences in German", () => {
  it("names the appeal", () => {
    for (const s of ["Ihre Spende für unabhängigen Journalismus.", "Dieser Artikel wird von Spenden unserer Leserinnen und Leser finanziert.", "Ja, ich möchte Beispielblatt unterstützen."]) {
      expect(rule(s), s).toBe("clean/donation");
    }
  });
  it("keeps news about donations and support", () => {
    for (const s of ["Der Verein wird aus Spenden finanziert und beschäftigt zwölf Mitarbeiter.", "Ich möchte die Bauern unterstützen, sagte die Ministerin.", "Die Brücke wird von Spenden der Anwohner finanziert, sagt der Bürgermeister."]) {
      expect(rule(s), s).toBeNull();
    }
  });
});

describe("log-in labels in other languages", () => {
  it("names the labels", () => {
    for (const s of ["Passwort vergessen?", "Angemeldet bleiben", "Mot de passe oublié ?", "¿Olvidaste tu contraseña?", "Iniciar sesión", "Esqueceu sua senha?"]) {
      expect(rule(s), s).toBe("clean/login");
    }
  });
  it("keeps a sentence with the same words", () => {
    for (const s of ["Wer sein Passwort vergessen hat, muss im Rathaus warten.", "Die Ministerin will sich morgen anmelden."]) expect(rule(s), s).toBeNull();
  });
});

describe("captions closed by a © or photo-label credit", () => {
  it("reads the caption as a caption", () => {
    for (const s of [
      "Volunteers carry timber to the river bank © Jana Roe/Example Agency",
      "The new footbridge at dusk - © Jana Roe / example-photos.com",
      "Children cross the river on the new bridge © dpa | Jana Roe",
      "Helfer tragen Balken zum Ufer. Foto: Jana Roe/Beispielagentur",
      "Die neue Brücke am Abend. Bild: J. Roe",
    ]) {
      expect(residue(s), s).toBe("clean/caption");
    }
  });
  it("keeps prose with a © sign or a photo label inside it", () => {
    for (const s of [
      "The brand name is protected by the © sign, and the company defends it in court every year.",
      "The logo carries a © symbol",
      "Neu im Sortiment (das Angebot gilt auch für das Beispiel © Winterpaket):",
      "She took a photo. Foto: that was the title of the show, which opened in May and ran until the end of the summer.",
      "Das Amt wurde 2019 eingerichtet. Fotos: Die Agentur hat keine weiteren Bilder veröffentlicht.",
    ]) {
      expect(residue(s), s).toBeNull();
    }
  });
  it("drops the caption between two paragraphs and keeps the paragraphs", () => {
    const r = cleanTextDump(txt(...menu, P[0], P[1], "Volunteers carry timber to the river bank © Jana Roe/Example Agency", P[2], P[3], P[4], ...footer));
    expect(bodyLines(r)).toEqual(P);
  });
});

describe("teaser excerpts closed by their read-more link", () => {
  it("names the excerpt in several languages", () => {
    for (const s of [
      "Volunteers rebuilt the old footbridge over the weekend, and the council says it will pay for… Read more",
      "Freiwillige bauen die alte Brücke wieder auf, und die Stadt zahlt die Stahlseile... mehr lesen",
      "Новый мост через реку. Волонтёры построили его за выходные Подробнее",
      "La ville paie les câbles du nouveau pont Lire la suite",
    ]) {
      expect(rule(s), s).toBe("clean/teaser");
    }
  });
  it("keeps a sentence that ends with the same words", () => {
    for (const s of ["She said she wanted the children to read more.", "The lesson was simple: Read more.", "Die Bibliothek will, dass Kinder mehr lesen"]) expect(rule(s), s).toBeNull();
  });
  it("drops a card between two paragraphs and keeps the paragraphs", () => {
    const card = "Flood defences: why the valley towns are still waiting for new walls after three winters… Read more";
    const r = cleanTextDump(txt(...menu, P[0], P[1], card, P[2], P[3], P[4], ...footer));
    expect(bodyLines(r)).toEqual(P);
  });
});

describe("related-topics headers in other languages", () => {
  it("names the header and keeps a sentence about related topics", () => {
    for (const s of ["Temas relacionados", "TEMAS RELACIONADOS", "Verwandte Themen:", "Sujets associés"]) expect(rule(s), s).toBe("clean/read-more");
    expect(rule("Verwandte Themen wurden im Ausschuss nicht besprochen.")).toBeNull();
  });
});
