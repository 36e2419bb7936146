/**
 * Text-dump metadata (invented dumps and lines): dateline rows with the page's print/share buttons, the byline word
 * "durch" and the next element glued to a byline's name, the headline printed alone beside its "Kicker: Headline"
 * line, and the one table of date labels the text rules read.
 */
import { describe, expect, it } from "vitest";
import { BODY, MENU } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { parseByline, parseDateline } from "../stages/clean/text/header.ts";
import { dateLabelSource, dateLabelWords } from "../stages/clean/text/date-labels.ts";

const dump = (...ls: string[]): string => [...MENU, ...ls, "", "Contact us", "Privacy policy"].join("\n");

describe("dateline rows with page controls", () => {
  it("reads a date row that carries print, share and download buttons", () => {
    expect(parseDateline("07.03.2022 Lokales: Versenden Drucken PDF herunterladen Teilen", true)?.iso).toBe("2022-03-07");
    expect(parseDateline("3 May 2021 Print Share Email Tweet")?.iso).toBe("2021-05-03");
  });
  it("control: a date inside a row of ordinary words is still no dateline", () => {
    expect(parseDateline("3 May 2021 the council met again to vote on the harbour plan")).toBeNull();
  });
  it("dates a dump whose only date is such a row under the headline", () => {
    const meta = cleanTextDump(dump("Harbour board closes the old ferry pier", "", "07.03.2022 Lokales: Versenden Drucken PDF herunterladen Teilen", "", ...BODY)).meta;
    expect(meta.published).toBe("2022-03-07");
  });
});

describe("glued byline rows", () => {
  it("reads 'durch' as a byline word after a date glued to it", () => {
    const d = parseDateline("08/08/2017durch Mara QuillfeatherKeine KommentareMode, News", true);
    expect(d?.iso).toBe("2017-08-08");
    expect(d?.author).toBe("Mara Quillfeather");
  });
  it("ends the name where the renderer glued the next element to it", () => {
    expect(parseByline("von Jane DoeKeine Kommentare")).toBe("Jane Doe");
    expect(parseByline("By Mara QuillfeatherNews, Sport")).toBe("Mara Quillfeather");
  });
  it("control: names with an inner capital stay whole", () => {
    expect(parseByline("By Ronald McDonald")).toBe("Ronald McDonald");
    expect(parseByline("By Ann MacKenzie")).toBe("Ann MacKenzie");
    expect(parseByline("By Jim DelVecchio")).toBe("Jim DelVecchio");
  });
  it("control: 'durch' opening a sentence is no byline", () => {
    expect(parseByline("durch die ganze Stadt")).toBeNull();
  });
});

describe("the headline printed alone beside its kicker line", () => {
  const HEAD = "Harbour board votes to close the old ferry pier";
  it("drops the kicker when the headline alone is printed right above", () => {
    const meta = cleanTextDump(dump(` * ${HEAD}`, `Ferry crisis: ${HEAD}`, "", "14 March 2021", "", ...BODY)).meta;
    expect(meta.title).toBe(HEAD);
  });
  it("control: a 'Kicker: Headline' line printed once keeps its words", () => {
    const meta = cleanTextDump(dump(`Ferry crisis: ${HEAD}`, "", "14 March 2021", "", ...BODY)).meta;
    expect(meta.title).toBe(`Ferry crisis: ${HEAD}`);
  });
});

describe("the date-label table", () => {
  it("lists the labels of a kind in every language, longest first", () => {
    const words = dateLabelWords(["published"]);
    expect(words).toContain("veröffentlicht");
    expect(words).toContain("publié");
    expect(words.indexOf("first published")).toBeLessThan(words.indexOf("published"));
    expect(dateLabelWords(["updated"], ["en"])).toEqual(["last updated", "updated"]);
  });
  it("builds an alternation that matches a multi-word label across any blank run", () => {
    const re = new RegExp(`^(?:${dateLabelSource(["updated"])})$`, "iu");
    expect(re.test("Mis  à jour")).toBe(true);
    expect(re.test("aktualisiert")).toBe(true);
    expect(re.test("published")).toBe(false);
  });
  it("a dateline labelled in another language of the table is read", () => {
    expect(parseDateline("Publicada 14/03/2021", true)?.iso).toBe("2021-03-14");
    expect(parseDateline("Aggiornato 14/03/2021", true)?.modified).toBe(true);
  });
});

describe("the page's 'as of' stamp at its foot", () => {
  /** A footer of links long enough that the stamp stands apart from the body's end (not a dateline under the article). */
  const FOOTER = ["Contact us", "Privacy policy", "Imprint", "Accessibility", "Careers", "Press", "Newsletter", "Sitemap", "Jobs", "Events"];
  const footed = (stamp: string): string =>
    [...MENU, "Harbour board closes the old ferry pier", "", ...BODY, "", ...FOOTER, stamp].join("\n");
  it("dates a page that prints no other date by its footer's stamp", () => {
    expect(cleanTextDump(footed("[Stand: 09.10.2017, 01:40 Uhr]")).meta.published?.slice(0, 10)).toBe("2017-10-09");
    expect(cleanTextDump(footed("Page last updated: 3 May 2021")).meta.published).toBe("2021-05-03");
  });
  it("control: an unlabelled date at the foot (a copyright year, an event) does not date the page", () => {
    expect(cleanTextDump(footed("Harbour festival 3 May 2021")).meta.published ?? null).toBeNull();
  });
  it("control: the header's dateline wins over the foot's stamp", () => {
    const text = [...MENU, "Harbour board closes the old ferry pier", "", "14 March 2021", "", ...BODY, "", "Contact us", "Stand: 09.10.2017"].join("\n");
    expect(cleanTextDump(text).meta.published).toBe("2021-03-14");
  });
});

describe("an update label written as a noun is no author", () => {
  // Family: "Letzte Aktualisierung: <date>", "Dernière mise à jour : <date>", "Última actualización: <date>" —
  // German capitalises the noun, so the label looked like a two-word name before the date.
  it("reads the date of the row and names no author", () => {
    for (const row of ["Letzte Aktualisierung: 14.09.2023", "Letzte Aktualisierung 14.09.2023", "Última Actualización: 14.09.2023"]) {
      const d = parseDateline(row, true);
      expect(d?.iso).toBe("2023-09-14");
      expect(d?.author ?? null).toBeNull();
      expect(d?.modified).toBe(true);
    }
  });
  it("still reads a person's name before the date", () => {
    expect(parseDateline("Maren Holt 14.09.2023", true)?.author).toBe("Maren Holt");
  });
});
