/**
 * A wire's credit after a byline's writers, and the words a renderer runs onto the last writer (invented lines). A wire
 * agency closing the list, or credited beside it ("mit", "avec", "with", Dutch "en", Swedish "och"), is dropped and the
 * writers kept; a desk or another agency before the wire names no one. Interface and date words after the last of
 * several writers are cut ("… Updated", "… Staff Writers", "… Read More"); the Oxford comma keeps the last writer.
 */
import { describe, expect, it } from "vitest";
import { dumpWith } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { parseByline, parseDateline } from "../stages/clean/text/header.ts";

describe("a wire's credit after the writers", () => {
  it("drops the lexicon's agencies and codes, in the byline languages' joins", () => {
    expect(parseByline("Von Ilse Varga und epd")).toBe("Ilse Varga");
    expect(parseByline("Von Ilse Varga und KNA")).toBe("Ilse Varga");
    expect(parseByline("Por Nadia Ferrant y Europa Press")).toBe("Nadia Ferrant");
    expect(parseByline("By Oskar Lindqvist and Kyodo News")).toBe("Oskar Lindqvist");
    expect(parseByline("Door Ilse Varga en ANP")).toBe("Ilse Varga");
    expect(parseByline("Text: Oskar Lindqvist och TT")).toBe("Oskar Lindqvist");
  });
  it("drops an agency credited with 'mit', 'avec', 'with'", () => {
    expect(parseByline("Von Ilse Varga mit dpa")).toBe("Ilse Varga");
    expect(parseByline("Par Nadia Ferrant avec AFP")).toBe("Nadia Ferrant");
    expect(parseByline("By Oskar Lindqvist with Reuters")).toBe("Oskar Lindqvist");
    expect(parseByline("By Oskar Lindqvist, Nadia Ferrant and Yonhap")).toBe("Oskar Lindqvist, Nadia Ferrant");
  });
  it("names no one when a desk or another agency stands before the wire", () => {
    expect(parseByline("Von Redaktion und dpa")).toBeNull();
    expect(parseByline("Von Sportredaktion und dpa")).toBeNull();
    expect(parseByline("By Bloomberg and Reuters staff")).toBeNull();
    expect(parseByline("By Reuters and AP")).toBeNull();
    expect(parseByline("By Desk and Reuters")).toBeNull();
    const r = cleanTextDump(dumpWith(["Ferry operator adds a late crossing on summer weekends", "", "Von Redaktion und dpa", "12.07.2022"]));
    expect(r.meta.author).toBeNull();
  });
  it("controls: two writers stay two, a place after 'en' is no wire", () => {
    expect(parseByline("Von Ilse Varga und Henrik Dahl")).toBe("Ilse Varga and Henrik Dahl");
    expect(parseByline("Por Nadia Ferrant en Sevilla")).toBeNull();
  });
});

describe("the last of several writers", () => {
  it("cuts interface and date words run onto the last writer", () => {
    for (const tail of ["Updated", "Last Updated", "Published", "Staff Writers", "Read More", "Share", "Follow", "Contributed Reporting"]) {
      expect(parseByline(`By Oskar Lindqvist, Nadia Ferrant and Henrik Dahl ${tail}`), tail).toBe("Oskar Lindqvist, Nadia Ferrant, Henrik Dahl");
    }
    expect(parseByline("By Oskar Lindqvist and Henrik Dahl Updated")).toBe("Oskar Lindqvist and Henrik Dahl");
  });
  it("keeps the last writer after an Oxford comma", () => {
    expect(parseByline("By Oskar Lindqvist, Nadia Ferrant, and Henrik Dahl")).toBe("Oskar Lindqvist, Nadia Ferrant, Henrik Dahl");
  });
  it("drops a last item that is no name once its interface words are cut", () => {
    expect(parseByline("By Oskar Lindqvist, Nadia Ferrant and Staff")).toBe("Oskar Lindqvist, Nadia Ferrant");
    expect(parseByline("By Oskar Lindqvist, Share")).toBe("Oskar Lindqvist");
  });
  it("control: a surname that is no interface word stays", () => {
    expect(parseByline("By Oskar Lindqvist, Nadia Ferrant and Henrik More")).toBe("Oskar Lindqvist, Nadia Ferrant, Henrik More");
  });
});

describe("a suffix's stop before an update stamp", () => {
  it("keeps the stop of 'Esq.' and 'Jnr.' as of 'Jr.', and cuts a sentence's", () => {
    expect(parseDateline("Henrik Dahl Esq. Updated May 4, 2022")?.author).toBe("Henrik Dahl Esq.");
    expect(parseDateline("Henrik Dahl Jnr. Updated May 4, 2022")?.author).toBe("Henrik Dahl Jnr.");
    expect(parseDateline("Henrik Dahl. Updated May 4, 2022")?.author).toBe("Henrik Dahl");
  });
});

describe("a dateline before a wire's credit", () => {
  it("guard: the place is no writer", async () => {
    const { readByline } = await import("../stages/clean/text/header.ts");
    for (const line of ["New Delhi, PTI", "Kuala Lumpur, Bernama", "New Delhi, Reuters"]) expect(readByline(line)).toBeNull();
    expect(readByline("Priya Sharma, PTI")?.name).toBe("Priya Sharma");
  });
});

