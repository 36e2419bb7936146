/**
 * The header of a whole-page text dump (invented dumps): the headline over the dateline and byline,
 * not the photo caption or credit printed between them and the body; the byline that shares the dateline's row;
 * an explicit byline anywhere in the header zone. Each case has a control where the rule must not fire.
 */
import { describe, expect, it } from "vitest";
import { dumpWith } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { parseByline, parseDateline } from "../stages/clean/text/header.ts";
import { publisherOfDump } from "../stages/clean/text/publisher.ts";

const dump = (...header: string[]): string => dumpWith(header);

describe("the headline of a dump whose header prints a photo caption under the dateline", () => {
  it("is the line over the dateline, not the credit or the caption under it", () => {
    const r = cleanTextDump(dump("Harbour board shuts the old ferry pier for two years", "", "14 March 2021 | 2 comments", "", "Photo: Mara Quill", "The old pier seen from the water"));
    expect(r.meta.title).toBe("Harbour board shuts the old ferry pier for two years");
    expect(r.meta.published).toBe("2021-03-14");
  });
  it("never takes a credit line for the headline, in other languages too", () => {
    const r = cleanTextDump(dump("Hafenamt schließt den alten Fähranleger", "", "Bild: Agentur Nordlicht (Symbolbild)"));
    expect(r.meta.title).toBe("Hafenamt schließt den alten Fähranleger");
  });
  it("keeps the headline under a dateline when only a short kicker stands over the dateline", () => {
    const r = cleanTextDump(dump("Latest news", "Harbour|politics|March 14, 2021 / 09:15 AM", "Harbour board shuts the old ferry pier for two years"));
    expect(r.meta.title).toBe("Harbour board shuts the old ferry pier for two years");
  });
  it("keeps the line right above the body when no dateline or byline stands over it", () => {
    const r = cleanTextDump(dump("Harbour news in brief", "", "Harbour board shuts the old ferry pier for two years"));
    expect(r.meta.title).toBe("Harbour board shuts the old ferry pier for two years");
  });
});

describe("the byline that shares the dateline's row", () => {
  it("is read from a row joined by separators when it opens with a byline word", () => {
    expect(parseDateline("Por Lucía Ferreyra | 03/05/2022 20:36")?.author).toBe("Lucía Ferreyra");
    expect(parseDateline("Von Jana Horáková // 1. November 2023")?.author).toBe("Jana Horáková");
  });
  it("is not read from a section label before the date", () => {
    expect(parseDateline("Sport | Local News | 03/05/2022")?.author ?? null).toBeNull();
  });
  it("is the name before an update label", () => {
    const d = parseDateline("Oona Kettunen Zuletzt geändert am 06.11.2023");
    expect(d?.modified).toBe(true);
    expect(d?.author).toBe("Oona Kettunen");
  });
  it("is the name after the date when a separator or a byline word sets it off", () => {
    expect(parseDateline("1. Februar 2022, Piet Vandersloot")?.author).toBe("Piet Vandersloot");
    expect(parseDateline("11.12.2019 - Oona Kettunen")?.author).toBe("Oona Kettunen");
    expect(parseDateline("Posted on 21 July 2019 by Quillwright")?.author).toBe("Quillwright");
  });
  it("is no category label printed after the date", () => {
    expect(parseDateline("21.01.2022 Aktuelle Meldung")?.author ?? null).toBeNull();
  });
  it("drops the date's connector after the name", () => {
    expect(parseDateline("Von Jana Horáková Vom 3. Februar 2022")?.author).toBe("Jana Horáková");
  });
});

describe("bylines of the article header", () => {
  it("reads a byline word glued to the name by an inline renderer", () => {
    expect(parseByline("ByMara Quill")).toBe("Mara Quill");
    expect(parseByline("Bypass road reopens")).toBeNull();
  });
  it("reads a name set in capitals after a byline word, but no heading in capitals", () => {
    expect(parseByline("Von MARA QUILL")).toBe("MARA QUILL");
    expect(parseByline("BY THE NUMBERS")).toBeNull();
  });
  it("reads an explicit byline above a line the walk up took for the headline", () => {
    const r = cleanTextDump(dump("Harbour board shuts the old ferry pier for two years", "", "By Mara Quill", "", "March 14, 2021", "", "Add to reading list"));
    expect(r.meta.author).toBe("Mara Quill");
  });
  it("does not take a bare list of names higher up in the header for the author", () => {
    const r = cleanTextDump(dump("Mara Quill, Piet Vandersloot", "", "Harbour board shuts the old ferry pier for two years", "", "Harbour news in brief"));
    expect(r.meta.author ?? null).toBeNull();
  });
});

describe("the publisher in a dump's copyright footer", () => {
  it("reads the name after a year stub a script would have filled in, and before a company suffix", () => {
    expect(publisherOfDump("Harbour board shuts the pier\n© 0 Harbour Gazette. All Rights Reserved.\n")).toBe("Harbour Gazette");
    expect(publisherOfDump("Harbour board shuts the pier\n© The Quayside Press, Inc.\n")).toBe("The Quayside Press");
  });
  it("reads no publisher from a sentence that mentions copyright", () => {
    expect(publisherOfDump("Harbour board shuts the pier\nCopyright law was not discussed at the meeting on Tuesday.\n")).toBeNull();
  });
});
