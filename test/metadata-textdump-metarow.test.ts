/**
 * Text-dump metadata (invented dumps and lines): the byline and the date where the dump's header rules did not look, and
 * meta rows the dateline reader did not read. Controls: a name the article is about, a bare date far above the body,
 * a name only the wide given-name lists know inside the body run.
 */
import { describe, expect, it } from "vitest";
import { BODY, MENU } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { parseDateline } from "../stages/clean/text/header.ts";
import { isPersonName } from "../stages/clean/text/person.ts";

const lines = (...ls: string[]): string => [...MENU, ...ls, "", "Contact us", "Privacy policy"].join("\n");
/** A standfirst and a caption long enough to read as prose: the body run opens with them, above the meta block. */
const DEK = "The harbour board has voted to close the old ferry pier for two years, and residents who rely on the morning crossing are worried about the bus link that will replace it.";
const CAPTION = "The old ferry pier seen from the water on a grey morning, with the sinking pilings on the left and the harbour office behind them.";
/** Teaser lines of other stories: more than the header zone's 20 lines between the article's header and its body. */
const TEASERS = Array.from({ length: 24 }, (_, k) => ` * Teaser number ${k + 1} of the day`);

describe("given names of more languages", () => {
  it("reads a name whose given name only the lists of other languages hold", () => {
    expect(isPersonName("Harald Quillfeather")).toBe(true);
    expect(isPersonName("Nuño Quillfeather")).toBe(true);
  });
  it("control: function words and ordinary words in those lists are no given names", () => {
    expect(isPersonName("Mehr Infos")).toBe(false);
    expect(isPersonName("Alle Artikel")).toBe(false);
    expect(isPersonName("Page Layout")).toBe(false);
  });
  it("the curated lists alone leave them out", () => {
    expect(isPersonName("Nuño Quillfeather", false)).toBe(false);
    expect(isPersonName("Mara Quillfeather", false)).toBe(true);
  });
});

describe("meta rows", () => {
  it("cuts a comment counter and the clock's filler word before the name after the date", () => {
    expect(parseDateline("23.06.2016 um 16:14 Uhr - Mara Quillfeather - 91 Ergänzungen", true)?.author).toBe("Mara Quillfeather");
    expect(parseDateline("14 March 2021 | Mara Quillfeather | 12 comments")?.author).toBe("Mara Quillfeather");
    expect(parseDateline("14 March 2021 - 3 comments")?.author ?? null).toBeNull();
  });
  it("counts a word of an Indic script once", () => {
    expect(parseDateline("मारा क्विलफेदर / नई दिल्ली February 14, 2020")?.iso).toBe("2020-02-14");
  });
  it("splits a forum row's name, two-digit-year date and time", () => {
    expect(parseDateline("jdoe28.09.1912:44", true)?.iso).toBe("2019-09-28T12:44");
  });
  it("reads dotted short dates month first when day first cannot be a date", () => {
    expect(parseDateline("10.15.15")?.iso).toBe("2015-10-15");
    expect(parseDateline("10.11.15")?.iso).toBe("2015-11-10");
  });
});

describe("the article's meta block where the header rules did not look", () => {
  it("a name beside the dateline inside the body run is the author", () => {
    const r = cleanTextDump(lines("Harbour board closes the old ferry pier", "", DEK, "", CAPTION, "", "Mara Quillfeather", " * Twitter", "14.03.2021 - 09:15 Uhr", "", ...BODY));
    expect(r.meta.author).toBe("Mara Quillfeather");
    expect(r.meta.published).toBe("2021-03-14T09:15");
  });
  it("control: a name the article goes on to write about is no author", () => {
    const body = [BODY[0].replace("The harbour board voted", "The harbour board, chaired by Mara Quillfeather, voted"), ...BODY.slice(1)];
    const r = cleanTextDump(lines("Harbour board closes the old ferry pier", "", DEK, "", CAPTION, "", "Mara Quillfeather", " * Twitter", "14.03.2021 - 09:15 Uhr", "", ...body));
    expect(r.meta.author ?? null).toBeNull();
  });
  it("a labelled dateline with its byline far above the body dates the page and names the author", () => {
    const r = cleanTextDump(lines("Harbour board closes the old ferry pier", "Von Mara Quillfeather", "Mi, 17. März 2021 um 12:50 Uhr", "", ...TEASERS, "", ...BODY));
    expect(r.meta.published).toBe("2021-03-17T12:50");
    expect(r.meta.author).toBe("Mara Quillfeather");
  });
  it("control: a bare date far above the body does not date the page", () => {
    const r = cleanTextDump(lines("Wednesday, 17 March 2021", "", ...TEASERS, "", ...BODY));
    expect(r.meta.published ?? null).toBeNull();
  });
});
