/**
 * Bylines and datelines of whole-page text dumps (invented dumps and lines): a byline word glued to the
 * name when the walk passed over it, a byline word alone on its line over the name, a byline the classifier named
 * contact or credit boilerplate, datelines with weekdays and connectors in other languages, an explicit byline after
 * the date, and capitalised phrases that open with a function word (never a name). Each rule has a control.
 */
import { describe, expect, it } from "vitest";
import { BODY, MENU, dumpWith } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { opensWithFunctionWord, parseByline, parseDateline } from "../stages/clean/text/header.ts";

const dump = (...header: string[]): string => dumpWith(header);

describe("bylines in the dump's header", () => {
  it("reads a byline word glued to the name over the dateline, under an embed line taken for the headline", () => {
    const r = cleanTextDump(dump("Harbour board shuts the old ferry pier for two years", "", "ByMara Quill", "Thursday, March 14, 2021 4:41AM", "", "EMBED <>More Videos"));
    expect(r.meta.author).toBe("Mara Quill");
    expect(r.meta.title).toBe("Harbour board shuts the old ferry pier for two years");
  });
  it("reads a byline word alone on its line and the name under it", () => {
    const r = cleanTextDump(dump("Harbour board shuts the old ferry pier for two years", "", "14 March 2021", "By", "Mara Quill", "Transport correspondent for the county"));
    expect(r.meta.author).toBe("Mara Quill");
    expect(r.meta.title).toBe("Harbour board shuts the old ferry pier for two years");
  });
  it("control: a lone byline word over a line that is no name gives no author", () => {
    const r = cleanTextDump(dump("Harbour board shuts the old ferry pier for two years", "", "By", "the harbour desk of our newsroom today"));
    expect(r.meta.author ?? null).toBeNull();
  });
  it("reads an explicit byline with an e-mail address or a 'Written by:' label", () => {
    expect(cleanTextDump(dump("Harbour board shuts the old ferry pier for two years", "", "Por Lucía Ferreyra lferreyra@example.org")).meta.author).toBe("Lucía Ferreyra");
    expect(cleanTextDump(dump("Harbour board shuts the old ferry pier for two years", "", "Written by: Mara Quill")).meta.author).toBe("Mara Quill");
  });
  it("control: a contact line without a byline word names no author", () => {
    expect(cleanTextDump(dump("Harbour board shuts the old ferry pier for two years", "", "Mara Quill mquill@example.org")).meta.author ?? null).toBeNull();
  });
});

describe("datelines in other languages", () => {
  it("reads weekdays and connectors beside the date", () => {
    expect(parseDateline("am Sonntag, 11.12.2022 um 05:00 Uhr")?.iso.slice(0, 10)).toBe("2022-12-11");
    expect(parseDateline("Von Jana Horáková am Samstag, 19. Oktober 2019 um 11:14 Uhr")?.author).toBe("Jana Horáková");
  });
  it("reads an explicit byline after the date", () => {
    const d = parseDateline("Veröffentlicht am 03.02.2022 von Jana Horáková");
    expect(d?.iso).toBe("2022-02-03");
    expect(d?.author).toBe("Jana Horáková");
  });
  it("control: a sentence with a date is no dateline", () => {
    expect(parseDateline("Der Rat tagte am Sonntag, 11.12.2022, bis spät in die Nacht über den Hafen")).toBeNull();
  });
});

describe("capitalised phrases that open with a function word", () => {
  it("are not a name before a comma, in any language of the stop-word table", () => {
    expect(opensWithFunctionWord("Über Kohleausstieg")).toBe(true);
    expect(opensWithFunctionWord("A Mysterious Woman")).toBe(true);
    expect(parseByline("Über Kohleausstieg, Kernkraftwerke und Energie")).toBeNull();
  });
  it("control: names with particles and plain names pass", () => {
    expect(opensWithFunctionWord("Van Morrison")).toBe(false);
    expect(opensWithFunctionWord("Mara Quill")).toBe(false);
    expect(parseByline("Mara Quill, Reuters")).toBe("Mara Quill");
  });
  it("a phrase under the headline that opens with an article is not the author", () => {
    const r = cleanTextDump(dump("Harbour board shuts the old ferry pier for two years", "", "A Mysterious Visitor"));
    expect(r.meta.author ?? null).toBeNull();
  });
});

describe("the byline under the article", () => {
  const withFooter = (...footer: string[]): string =>
    [...MENU, "Harbour board shuts the old ferry pier for two years", "", ...BODY, "", ...footer, "", "Contact us", "Privacy policy"].join("\n");
  it("reads 'Text: Jane Doe' printed after the last paragraph", () => {
    expect(cleanTextDump(withFooter("Text: Mara Quill")).meta.author).toBe("Mara Quill");
  });
  it("control: a bare name under the article is not read as its byline", () => {
    expect(cleanTextDump(withFooter("Mara Quill")).meta.author ?? null).toBeNull();
  });
});

describe("tag rows", () => {
  it("are never the headline", () => {
    const r = cleanTextDump(dump("Harbour board shuts the old ferry pier for two years", "", "Kategorie: Hafen, Verkehr, Gemeinderat"));
    expect(r.meta.title).toBe("Harbour board shuts the old ferry pier for two years");
  });
  it("control: a headline that lists quoted titles stays a headline", () => {
    const r = cleanTextDump(dump("Weekend weather outlook", "", "On stage: «Harbour», «Ferry Tales», «The Pier»…"));
    expect(r.meta.title).toBe("On stage: «Harbour», «Ferry Tales», «The Pier»…");
  });
});

describe("a bare name under the headline", () => {
  it("is the author when it reads as a person's name", () => {
    expect(cleanTextDump(dump("Harbour board shuts the old ferry pier for two years", "", "Mark Brown")).meta.author).toBe("Mark Brown");
    expect(cleanTextDump(dump("Harbour board shuts the old ferry pier for two years", "", "Zofia Wrzesniewska")).meta.author).toBe("Zofia Wrzesniewska");
  });
  it("control: a label of ordinary English words is no name", () => {
    expect(cleanTextDump(dump("Harbour board shuts the old ferry pier for two years", "", "Computer Games Programming")).meta.author ?? null).toBeNull();
  });
});

describe("a name under the headline that the body is about", () => {
  const body = [
    "Mara Quill told the harbour board on Tuesday evening that the old ferry pier would close for two years while engineers rebuild the pilings that have been sinking since the winter storms.",
    "",
    "Residents who rely on the morning crossing will be offered a bus link around the bay, the board said in a statement, and fares will stay at the current level until the pier reopens.",
    "",
    "Several fishermen told the meeting that the closure would cost them their mooring rights, and the chair promised a separate hearing on compensation before the end of the month.",
  ];
  it("is the article's subject, not its writer, when the body's opening names it", () => {
    expect(cleanTextDump(dumpWith(["Harbour board shuts the old ferry pier for two years", "", "Mara Quill"], body)).meta.author ?? null).toBeNull();
  });
  it("control: a name the body does not use is still the author", () => {
    expect(cleanTextDump(dumpWith(["Harbour board shuts the old ferry pier for two years", "", "Mark Brown"], body)).meta.author).toBe("Mark Brown");
  });
  it("reads the name after a German poster line's byline word", () => {
    expect(cleanTextDump(dump("Harbour board shuts the old ferry pier for two years", "", "Veröffentlicht von Marabu")).meta.author).toBe("Marabu");
  });
});

describe("a 'Name, Agency' byline with no byline word", () => {
  it("is read when the name is a person's or the part after the comma a wire agency", () => {
    expect(parseByline("Mark Brown, Staff Writer")).toBe("Mark Brown");
    expect(parseByline("Zorblat Quiffin, Reuters")).toBe("Zorblat Quiffin");
  });
  it("is not read from a caption with a place name or a list of topics", () => {
    expect(parseByline("Harbour Point, Eastbay. Photo: Agency")).toBeNull();
    expect(parseByline("Meeresbiologie Geologie, Klimaforschung")).toBeNull();
  });
});
