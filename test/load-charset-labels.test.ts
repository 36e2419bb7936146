/**
 * Declared charset labels read as the WHATWG Encoding Standard reads them (a browser's reading of the page): every
 * Latin-1 and ASCII spelling is Windows-1252 (curly quotes and the euro sign kept, no U+FFFD, no invisible C1
 * control), Latin-5 is Windows-1254, TIS-620 is Windows-874, and WHATWG's spellings iconv-lite does not know name
 * their encoding instead of the undeclared fallback. All text invented.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { charsetIdentity, decodeBytes } from "../stages/load/decode.ts";

const page = (label: string, body: Buffer) =>
  new Uint8Array(Buffer.concat([Buffer.from(`<html><head><meta charset="${label}"><title>Harbour</title></head><body><p>`), body, Buffer.from("</p></body></html>")]));
const paragraph = (text: string) => /<p>([\s\S]*)<\/p>/.exec(text)?.[1] ?? "";

describe("declared charset labels as WHATWG reads them", () => {
  const western = "\u201cThe ferry costs \u20ac4 now\u201d, said the caf\u00e9 owner \u2014 na\u00efve or not.";
  const bytes = iconv.encode(western, "windows-1252");

  for (const label of ["latin1", "l1", "cp819", "IBM819", "iso-ir-100", "csISOLatin1", "ISO_8859-1:1987", "iso-8859-1", "ANSI_X3.4-1968", "us-ascii", "iso646-us", "cp367", "x-cp1252"]) {
    it(`${label}: Windows-1252, quotes, dash and euro kept`, () => {
      const d = decodeBytes(page(label, bytes));
      expect(d.encoding).toBe("windows-1252");
      expect(paragraph(d.text)).toBe(western);
      expect(d.text).not.toMatch(/[\u0080-\u009f\ufffd]/);
    });
  }

  it("Latin-5 labels read as Windows-1254 (Turkish letters and the curly quotes both kept)", () => {
    const turkish = "\u201c\u015eehir \u00e7ar\u015f\u0131s\u0131 a\u00e7\u0131l\u0131yor\u201d dedi ba\u015fkan.";
    for (const label of ["iso-8859-9", "latin5", "l5", "x-cp1254"]) {
      const d = decodeBytes(page(label, iconv.encode(turkish, "windows-1254")));
      expect([label, d.encoding, paragraph(d.text)]).toEqual([label, "windows-1254", turkish]);
    }
  });

  it("TIS-620 and dos-874 read as Windows-874 (Thai text, not Latin mojibake)", () => {
    const thai = "\u0e2b\u0e49\u0e2d\u0e07\u0e2a\u0e21\u0e38\u0e14\u0e40\u0e1b\u0e34\u0e14\u0e43\u0e2b\u0e21\u0e48 \u2026";
    for (const label of ["tis-620", "dos-874", "iso-8859-11"]) {
      const d = decodeBytes(page(label, iconv.encode(thai, "windows-874")));
      expect([label, d.encoding, paragraph(d.text)]).toEqual([label, "windows-874", thai]);
    }
  });

  it("WHATWG spellings iconv-lite does not know name their encoding: Hebrew, Cyrillic and Japanese", () => {
    const hebrew = "\u05d4\u05e1\u05e4\u05e8\u05d9\u05d9\u05d4 \u05e0\u05e4\u05ea\u05d7\u05d4";
    expect(paragraph(decodeBytes(page("iso-8859-8-i", iconv.encode(hebrew, "iso-8859-8"))).text)).toBe(hebrew);
    expect(paragraph(decodeBytes(page("logical", iconv.encode(hebrew, "iso-8859-8"))).text)).toBe(hebrew);
    const russian = "\u0411\u0438\u0431\u043b\u0438\u043e\u0442\u0435\u043a\u0430 \u043e\u0442\u043a\u0440\u044b\u0442\u0430";
    expect(paragraph(decodeBytes(page("koi8", iconv.encode(russian, "koi8-r"))).text)).toBe(russian);
    expect(paragraph(decodeBytes(page("x-mac-cyrillic", iconv.encode(russian, "maccyrillic"))).text)).toBe(russian);
    const japanese = "\u56f3\u66f8\u9928\u304c\u518d\u958b\u3059\u308b";
    expect(paragraph(decodeBytes(page("x-euc-jp", iconv.encode(japanese, "euc-jp"))).text)).toBe(japanese);
  });

  it("a real ISO-8859-2 or ISO-8859-15 page is not read as Windows-1252", () => {
    const polish = "Z\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144";
    expect(paragraph(decodeBytes(page("iso-8859-2", iconv.encode(polish, "iso-8859-2"))).text)).toBe(polish);
    const euro = "Le caf\u00e9 co\u00fbte 4 \u20ac";
    expect(paragraph(decodeBytes(page("csisolatin9", iconv.encode(euro, "iso-8859-15"))).text)).toBe(euro);
  });

  it("a user's label takes the same reading: every Latin-1 spelling is one charset, ISO-8859-2 another", () => {
    const ids = ["cp819", "latin1", "ISO_8859-1:1987", "ansi_x3.4-1968", "windows-1252"].map(charsetIdentity);
    expect(new Set(ids).size).toBe(1);
    expect(charsetIdentity("iso-8859-2")).not.toBe(ids[0]);
  });
});
