/**
 * The headline of a whole-page text dump (invented dumps): the headline printed twice (also a link of the
 * page's menu or breadcrumb), the headline at the head of the body run (a question over the dek, right under the menu),
 * and a credit label inside a hyphenated compound of a headline. Controls: a dek-first body under a real headline keeps
 * that headline; a first body line that is a short sentence is not taken.
 */
import { describe, expect, it } from "vitest";
import { BODY, dumpWith } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";

const dump = (header: string[], body = BODY): string => dumpWith(header, body);

describe("the headline printed twice", () => {
  it("takes the headline that a menu entry printed first, not the kicker under the dateline", () => {
    const menu = cleanTextDump(
      dump([" * Harbour board closes the old ferry pier", " * Weekend weather outlook", "", "Harbour board closes the old ferry pier", "", "12 March 2021", "", "Local transport in brief"]),
    );
    expect(menu.meta.title).toBe("Harbour board closes the old ferry pier");
    expect(menu.meta.published).toBe("2021-03-12");
  });
});

describe("the headline at the head of the body run", () => {
  it("takes a question headline right under the menu, and leaves it out of the body", () => {
    const r = cleanTextDump(dump([], ["What the harbour board decided about the old ferry pier on Tuesday?", "", ...BODY]));
    expect(r.meta.title).toBe("What the harbour board decided about the old ferry pier on Tuesday?");
    expect(r.blocks.filter((b) => b.role === "body").map((b) => b.text)).not.toContain("What the harbour board decided about the old ferry pier on Tuesday?");
  });
  it("control: under a real headline, the body's first line stays body", () => {
    const r = cleanTextDump(dump(["Harbour board closes the old ferry pier"], ["What the harbour board decided about the old ferry pier on Tuesday?", "", ...BODY]));
    expect(r.meta.title).toBe("Harbour board closes the old ferry pier");
  });
  it("control: a first paragraph that is a sentence is no headline", () => {
    const r = cleanTextDump(dump([], ["The pier has been closed since the storms.", "", ...BODY]));
    expect(r.meta.title).toBeUndefined();
  });
});

describe("a credit label inside a headline", () => {
  it("reads a hyphenated '-Foto:' as part of the headline, a 'Foto:' line as a credit", () => {
    const r = cleanTextDump(dump(["Neuer Blick auf das Hafen-Foto: Modell zeigt die alte Fähre", "", "12 March 2021"]));
    expect(r.meta.title).toBe("Neuer Blick auf das Hafen-Foto: Modell zeigt die alte Fähre");
    const credit = cleanTextDump(dump(["Harbour board closes the old ferry pier", "", "12 March 2021", "", "Foto: Jane Roe"]));
    expect(credit.meta.title).toBe("Harbour board closes the old ferry pier");
  });
});

describe("a breadcrumb trail with its 'you are here' label", () => {
  it("is never the headline, though it ends with the headline's words", () => {
    const r = cleanTextDump(dumpWith(["Harbour board shuts the old pier", "", "Sie sind hier: Start / Harbour board shuts the old pier"]));
    expect(r.meta.title).toBe("Harbour board shuts the old pier");
  });
});

describe("the headline set off as a heading", () => {
  const headline = "Harbour board shuts the old ferry pier for two years of repairs";
  const dek = "Commuters will ride a bus around the bay instead";
  it("takes the line set off by a wider blank gap over a standfirst and a byline row", () => {
    const r = cleanTextDump(dumpWith(["", "", headline, "", dek, "", "By Jane Doe | 12 March 2021"]));
    expect(r.meta.title).toBe(headline);
    expect(r.meta.author).toBe("Jane Doe");
  });
  it("takes a Markdown heading over a standfirst", () => {
    const r = cleanTextDump(dumpWith([`# ${headline}`, "", dek, "", "12 March 2021"]));
    expect(r.meta.title).toBe(headline);
  });
  it("control: a menu entry over the standfirst is never taken", () => {
    const menu = cleanTextDump(dumpWith(["", "", " * Weekend weather outlook for the bay", dek, "", "12 March 2021"]));
    expect(menu.meta.title).toBe(dek);
  });
  it("takes a two-word headline set off as a heading, not the section label over it", () => {
    const r = cleanTextDump(dumpWith(["Harbour news in brief", "", "", "Pier closes", "", "12 March 2021"]));
    expect(r.meta.title).toBe("Pier closes");
  });
  it("finds the headline set off as a heading over a long block of teaser links, by the body's topic", () => {
    const teasers = Array.from({ length: 24 }, (_, k) => ` * Weekend market report number ${k + 1}`);
    const r = cleanTextDump(dumpWith(["", "", "Harbour board closes the old ferry pier", "", ...teasers]));
    expect(r.meta.title).toBe("Harbour board closes the old ferry pier");
  });
});

describe("a line that prints a web address", () => {
  const headline = "Harbour board closes the old ferry pier";
  it("is never the headline, though it sits between the headline and the body", () => {
    const r = cleanTextDump(dumpWith([headline, "", "Timetables for the ferry here: https://example.org/pier"]));
    expect(r.meta.title).toBe(headline);
    const www = cleanTextDump(dumpWith([headline, "", "Timetables for the ferry pier at www.example.org"]));
    expect(www.meta.title).toBe(headline);
  });
  it("control: the same line with no address is taken as the headline by the walk up from the body", () => {
    const r = cleanTextDump(dumpWith([headline, "", "Timetables for the ferry pier from March"]));
    expect(r.meta.title).toBe("Timetables for the ferry pier from March");
  });
});
