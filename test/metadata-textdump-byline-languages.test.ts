/**
 * Bylines of more languages in a text dump's header, and wire agencies as credits (invented lines): Swedish, Norwegian
 * and Danish "Av" / "Af" (and "Skrevet af"), Dutch "Door", Indonesian and Malay "Oleh" / "Penulis:", Turkish "Yazar:",
 * Polish "Autor:" / "Autorka:"; the Indian, South-East Asian, East Asian and Australian wires (PTI, IANS, ANI, Bernama,
 * Antara, Yonhap, Kyodo, AAP) read as an agency's credit, never as a person. Each family with the line that looks like it
 * but is no byline.
 */
import { describe, expect, it } from "vitest";
import { dumpWith } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { parseByline, readByline } from "../stages/clean/text/header.ts";

const HEADLINE = "Harbour board shuts the old ferry pier for two years";
const authorOf = (header: readonly string[]) => cleanTextDump(dumpWith([HEADLINE, "", ...header])).meta.author ?? null;

describe("Scandinavian bylines: Av, Af, Skrevet af", () => {
  it("names the writer after the byline word", () => {
    expect(parseByline("Av Anna Lindqvist")).toBe("Anna Lindqvist");
    expect(parseByline("Af Mette Hansen")).toBe("Mette Hansen");
    expect(parseByline("Skrevet af Mette Hansen")).toBe("Mette Hansen");
    expect(parseByline("Skrivet av Anna Lindqvist")).toBe("Anna Lindqvist");
  });
  it("names the writer of a whole dump, without the byline word", () => {
    expect(authorOf(["Av Anna Lindqvist", "14 mars 2021"])).toBe("Anna Lindqvist");
    expect(authorOf(["Af Mette Hansen", "14. marts 2021"])).toBe("Mette Hansen");
  });
  it("guard: an outlet or a phrase after the everyday word is no byline", () => {
    expect(parseByline("Av Sveriges Radio")).toBeNull();
    expect(parseByline("av de 30 kommunerna")).toBeNull();
    expect(parseByline("Af Danmarks Statistik")).toBeNull();
  });
});

describe("Dutch Door and Italian di: a person's name, not a title-case headline", () => {
  it("names the writer", () => {
    expect(parseByline("Door Jan de Vries")).toBe("Jan de Vries");
    expect(parseByline("di Mario Rossi")).toBe("Mario Rossi");
    expect(parseByline("Door JAN DE VRIES")).toBe("JAN DE VRIES");
  });
  it("guard: an English headline that opens with the word names nobody", () => {
    expect(parseByline("Door County Sheriff Warns Residents")).toBeNull();
    expect(parseByline("Door Hardware")).toBeNull();
    expect(parseByline("Di Maria Scores Twice")).toBeNull();
    expect(authorOf(["Door County Sheriff Warns Residents", "March 14, 2021"])).toBeNull();
  });
});

describe("Indonesian, Malay, Turkish and Polish credit lines", () => {
  it("reads the writer's label and stops at the editor's credit", () => {
    expect(parseByline("Oleh Budi Santoso")).toBe("Budi Santoso");
    expect(parseByline("Ditulis oleh Budi Santoso")).toBe("Budi Santoso");
    expect(parseByline("Penulis: Budi Santoso | Editor: Dewi Lestari")).toBe("Budi Santoso");
    expect(parseByline("Wartawan: Siti Aminah")).toBe("Siti Aminah");
    expect(parseByline("Yazar: Ahmet Yılmaz")).toBe("Ahmet Yılmaz");
    expect(parseByline("Autorka: Anna Nowak")).toBe("Anna Nowak");
    expect(authorOf(["Yazar: Ahmet Yılmaz", "14 Mart 2021"])).toBe("Ahmet Yılmaz");
    expect(authorOf(["Penulis: Budi Santoso | Editor: Dewi Lestari", "14 Maret 2021"])).toBe("Budi Santoso");
  });
  it("guard: the label without its colon, or the editor's label alone, names nobody", () => {
    expect(parseByline("Yazar Kadrosu Genişliyor")).toBeNull();
    expect(parseByline("Editor: Dewi Lestari")).toBeNull();
  });
});

describe("wire agencies as credits that are not persons", () => {
  it("an agency alone, or several joined by a slash, is the wire's credit", () => {
    for (const line of ["PTI", "IANS", "ANI", "Bernama", "Antara", "Yonhap News Agency", "Kyodo News", "AAP", "Press Trust of India", "AFP/Bernama", "Reuters/PTI"]) {
      expect(readByline(line), line).toEqual({ name: line, shape: "agency" });
    }
  });
  it("after the writer's name the agency is the writer's credit, and after the writers it is dropped", () => {
    expect(readByline("Jane Doe, PTI")).toEqual({ name: "Jane Doe", shape: "name-credit" });
    expect(parseByline("By Mara Quill and PTI")).toBe("Mara Quill");
    expect(parseByline("By Mara Quill, IANS")).toBe("Mara Quill");
    expect(authorOf(["By Mara Quill and PTI", "March 14, 2021"])).toBe("Mara Quill");
  });
  it("guard: a code in small letters is a word or a given name, not the wire", () => {
    expect(readByline("Ani")).toBeNull();
    expect(readByline("Ani Roe")).toBeNull();
  });
});

describe("headlines and Indonesian places after Di and Door", () => {
  it("guard: a headline that goes on after the name names nobody", () => {
    for (const line of ["Di Maria Scores", "Di Maria Leaves Juventus", "Di Matteo Sacked", "Door Kicked In", "Di Maria", "Di Stefano", "Door Mats", "Door Rotterdam"]) expect(parseByline(line)).toBeNull();
  });
  it("guard: Indonesian 'di' before a place or ordinary words names nobody", () => {
    for (const line of ["Di Jakarta", "Di Balik Layar", "Di Bawah Langit Jakarta"]) expect(parseByline(line)).toBeNull();
  });
  it("Nordic and Italian co-writers give both names", () => {
    expect(parseByline("Av Anna Lindqvist och Per Holm")).toBe("Anna Lindqvist and Per Holm");
    expect(parseByline("Af Mette Hansen og Peter Lund")).toBe("Mette Hansen and Peter Lund");
    expect(parseByline("Di Mario Rossi e Luca Bianchi")).toBe("Mario Rossi and Luca Bianchi");
    expect(parseByline("Door Anna Long")).toBe("Anna Long");
  });
});

