/**
 * Boilerplate families in new phrasing and other languages (author-box headers, comment-section
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
      "Reader comments posted on this site do not necessarily reflect the views of the newspaper.",
    ], "clean/comments");
  });
  it("keeps news about comments and responsibility", () => {
    expectNamed([
      "Die Kommentare des Ministers zur Reform stießen auf Kritik der Opposition.",
      "The comments of the minister were his sole responsibility, the spokesman said.",
      // invented rewordings of real news shapes: a report on a paper's policy, a minister's remarks, a party's
      "The daily said the comments are the sole responsibility of their writers, and that it would leave them online.",
      "The mayor's comments do not reflect the views of the council, an aide said on Monday.",
      "Comments by the mayor do not reflect the views of the council.",
      "Opponents said comments on the plan were the responsibility of the town's leadership.",
      "La radio explicó que los comentarios son responsabilidad de sus autores y no de la emisora.",
      "Die Kommentare der Bürgermeisterin geben nicht die Meinung der Redaktion wieder, erklärte die Verlegerin.",
    ], null);
  });
  it("keeps every paragraph around a news sentence about a comment policy", () => {
    const news = "The comments are the sole responsibility of their authors, the editor said, and the paper will not remove them.";
    for (const at of [1, 2, 4]) {
      const body = [...P.slice(0, at), news, ...P.slice(at)];
      expect(bodyLines(cleanTextDump(txt(...menu, ...body, ...footer))), `at ${at}`).toEqual(body);
    }
  });
  it("drops the disclaimer between the article and its thread, and keeps the article", () => {
    const r = cleanTextDump(txt(...menu, ...P, "Comments are the sole responsibility of their authors and may be removed without notice.", ...footer));
    expect(bodyLines(r)).toEqual(P);
  });
});

describe("reader-revenue sentences in German", () => {
  it("names the appeal", () => {
    expectNamed(["Ihre Spende für unabhängigen Journalismus.", "Dieser Artikel wird von Spenden unserer Leserinnen und Leser finanziert."], "clean/donation");
  });
  it("keeps news about donations and support", () => {
    expectNamed([
      "Der Verein wird aus Spenden finanziert und beschäftigt zwölf Mitarbeiter.",
      "Ich möchte die Bauern unterstützen, sagte die Ministerin.",
      "Die Brücke wird von Spenden der Anwohner finanziert, sagt der Bürgermeister.",
      // invented rewordings: a project funded by its readers, a paper's campaign, an interview answer
      "Die Initiative ist ganz von Spenden der Leserinnen und Leser getragen worden.",
      "Das Stadtblatt wird von Spenden seiner Leser finanziert, berichtet der Verband.",
      "Die Kampagne „Ihre Spende für freien Journalismus“ des Stadtblatts brachte 15.000 Euro ein.",
      "„Ihre Spende für kritischen Journalismus wirkt“, sagte die Verlegerin.",
      "Ja, ich möchte meine Nachbarn unterstützen.",
    ], null);
  });
  it("keeps every paragraph of a report on a reader-funded paper", () => {
    const report = [
      "Das Stadtblatt hat seine Leser im Herbst um Hilfe gebeten, und mehr als tausend haben geantwortet, berichtet die Redaktion.",
      "Die Initiative ist ganz von Spenden der Leserinnen und Leser getragen worden.",
      "Die Verlegerin sagte, man werde das Modell auch im nächsten Jahr fortsetzen, wenn die Zahlen stimmten.",
      "„Ja, ich möchte meine Nachbarn unterstützen“, sagt eine Rentnerin, die seit dem ersten Aufruf jeden Monat zahlt.",
      "Die Stadt will das Blatt mit einem Zuschuss fördern, doch die Opposition lehnt das ab und spricht von Einflussnahme.",
    ];
    expect(bodyLines(cleanTextDump(txt(...menu, ...report, ...footer)))).toEqual(report);
  });
});

describe("log-in labels in other languages", () => {
  it("names the labels", () => {
    expectNamed(["Passwort vergessen?", "Angemeldet bleiben", "Mot de passe oublié ?", "¿Olvidaste tu contraseña?", "Iniciar sesión", "Esqueceu sua senha?"], "clean/login");
  });
  it("keeps a sentence with the same words", () => {
    expectNamed(["Wer sein Passwort vergessen hat, muss im Rathaus warten.", "Die Ministerin will sich morgen anmelden."], null);
  });
  it("drops a one-word label inside a log-in form between paragraphs", () => {
    expect(bodyLines(cleanTextDump(txt(...menu, P[0], P[1], "Benutzername", "Passwort", "Passwort vergessen?", P[2], P[3], P[4], ...footer)))).toEqual(P);
  });
  it("keeps a one-word label alone, a how-to's subheading", () => {
    const howTo = [
      "Wer ein neues Konto einrichtet, sollte sich vorher überlegen, welche Angaben der Dienst wirklich braucht.",
      "Passwort",
      "Ein gutes Kennwort ist lang, enthält keine Namen und wird für keinen anderen Dienst verwendet, raten die Fachleute.",
      "Connexion",
      "Die Verbindung zum Server sollte verschlüsselt sein; das erkennt man am Schloss neben der Adresse im Browser.",
    ];
    const r = cleanTextDump(txt(...menu, ...howTo, ...footer));
    expect(r.removed.filter((x) => x.rule === "clean/login")).toEqual([]);
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
      // prose after a photo label: it opens like a sentence, or runs longer than a name and an agency
      "Die Kosten trägt die Stadt. Bild: Die Zeitung berichtete darüber mehrfach",
      "Der Saal war voll. Foto: Ausstellung im Rathaus zeigt Bilder aus hundert Jahren Stadtgeschichte",
      // a byline carrying the photo's credit, and the second line of a caption printed over two lines
      "von Jana Roe Foto: © Beispielagentur",
      "damit die Kinder nicht nass werden. © Jana Roe",
    ], null, residue);
  });
  it("drops the caption between two paragraphs and keeps the paragraphs", () => {
    expect(between("Volunteers carry timber to the river bank © Jana Roe/Example Agency")).toEqual(P);
  });
});

describe("lines closed by read-more words (the teaser entry was removed after review)", () => {
  it("keeps an article's lede closed by a read-more link, and prose ending in a name made of those words", () => {
    const lede = "Volunteers in the hill town rebuilt the footbridge over the weekend, and the council says it will pay for the cables… Read more";
    expect(bodyLines(cleanTextDump(txt(...menu, lede, ...footer)))).toContain(lede);
    expectNamed(["The reading campaign of the town library is simply called Read more", "Die Aktion der Bücherei heißt Mehr lesen", "She stopped mid-sentence... Read more"], null);
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
  it("does not reach past ads, nor past a gallery too long to be the article's", () => {
    const stampAfter = (between: string[]) => cleanTextDump(txt(...menu, ...P, ...between, "12.03.2024", "Imprint", "Sitemap", ...footer)).meta.published ?? null;
    expect(stampAfter(Array.from({ length: 12 }, () => "Anzeige"))).toBeNull();
    const caption = (n: number) => `Picture ${n + 1} of the valley shows the river in spring © Beispielagentur | Jana Roe`;
    expect(stampAfter(Array.from({ length: 6 }, (_, n) => caption(n)))).toBe("2024-03-12");
    expect(stampAfter(Array.from({ length: 20 }, (_, n) => caption(n)))).toBeNull();
  });
});
