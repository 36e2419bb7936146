/**
 * Text-dump metadata (invented dumps and lines): a post meta row's account beside its date, a signature
 * line with its "& co-writer" lines, a desk alone beside the dateline, Chinese and Japanese editor labels, the first of
 * the month as an ordinal, a long meta row cut at its labels, and a speakers' list inside the body.
 */
import { describe, expect, it } from "vitest";
import { BODY, dumpWith } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { caselessBylineOfDump } from "../stages/clean/text/publisher.ts";
import { isUserHandle, parseByline, parseDateline } from "../stages/clean/text/header.ts";
import { isDeskLabel, signatureName } from "../stages/clean/text/person.ts";

const HEADLINE = "Harbour board shuts the old ferry pier for two years";

describe("a post meta row's account beside the date", () => {
  it("reads a user name alone before or after the date", () => {
    expect(parseDateline("quill_84 — 2. Februar 2022", true)?.author).toBe("quill_84");
    expect(parseDateline("March 3, 2021 | maraquill84")?.author).toBe("maraquill84");
    expect(parseDateline("26 Mai, 2008 | Mara_Q | Kommentare 34 |", true)?.author).toBe("Mara_Q");
    expect(parseDateline("4. Mai 2016 quillmara Hinterlasse einen Kommentar", true)?.author).toBe("quillmara");
  });
  it("reads a lone given name only in a row closed by its comment count", () => {
    expect(parseDateline("Mara · April 19, 2019 · Harbour · 7 comments")?.author).toBe("Mara");
    expect(parseDateline("Mara · April 19, 2019")?.author ?? null).toBeNull();
  });
  it("control: a section label, a word or a category list beside the date names nobody", () => {
    expect(parseDateline("Politik — 2. Februar 2022", true)?.author ?? null).toBeNull();
    expect(parseDateline("2 May 2020 | news")?.author ?? null).toBeNull();
    expect(parseDateline("3 May 2020 | Leave a comment")?.author ?? null).toBeNull();
    expect(parseDateline("2 May 2020 | harbour | ferries")?.author ?? null).toBeNull();
    expect(isUserHandle("admin")).toBe(false);
    expect(isUserHandle("update")).toBe(false);
    expect(isUserHandle("quill_84")).toBe(true);
  });
  it("names the writer of the page from the row under the headline", () => {
    const r = cleanTextDump(dumpWith([HEADLINE, "", "quill_84 — 2. Februar 2022"]));
    expect(r.meta.author).toBe("quill_84");
    expect(r.meta.published).toBe("2022-02-02");
  });
});

describe("signature lines and desks", () => {
  it("reads a signature and the '& co-writer' lines under it", () => {
    expect(signatureName("Mara Quill, Senior Counsel, Harbour Rights Project")).toEqual({ name: "Mara Quill", continued: false });
    expect(signatureName("& Tomas Brenn, Director of Policy, Bay Alliance")).toEqual({ name: "Tomas Brenn", continued: true });
    const r = cleanTextDump(
      dumpWith([HEADLINE, "", "Mara Quill, Senior Counsel, Harbour Rights Project", "& Tomas Brenn, Director of Policy, Bay Alliance", "April 9, 2018 | 07:40 AM"]),
    );
    expect(r.meta.author).toBe("Mara Quill, Tomas Brenn");
  });
  it("control: a name and a place or a phrase after the comma is no signature", () => {
    expect(signatureName("Mara Quill, Harbour Point, Eastbay")).toBeNull();
    expect(signatureName("Harbour Point, Senior Editor, Eastbay")).toBeNull();
  });
  it("reads the desk alone beside the header's dateline", () => {
    const r = cleanTextDump(dumpWith([HEADLINE, "", "Redaktion", "am 3. Februar 2022 um 21:17"]));
    expect(r.meta.author).toBe("Redaktion");
    expect(isDeskLabel("Redaktion mit Agenturen")).toBe(true);
    expect(isDeskLabel("Redaktionsschluss")).toBe(false);
    expect(isDeskLabel("Die Redaktion empfiehlt")).toBe(false);
  });
});

describe("caseless editor labels", () => {
  it("reads a Chinese or Japanese editor's label and name on a line of their own", () => {
    expect(caselessBylineOfDump("正文。\n责任编辑： 王小明\n相关新闻")).toBe("王小明");
    expect(caselessBylineOfDump("正文。\n【编辑：李华】")).toBe("李华");
    expect(caselessBylineOfDump("本文。\n編集：山田太郎")).toBe("山田太郎");
  });
  it("control: a menu entry, a photo credit or a sentence is not read", () => {
    expect(caselessBylineOfDump("编辑推荐\n热点新闻")).toBeNull();
    expect(caselessBylineOfDump("记者：王小明 摄")).toBeNull();
    expect(caselessBylineOfDump("责任编辑：王小明表示，这次活动很成功，明年还会继续举办更多的活动")).toBeNull();
  });
});

describe("dates", () => {
  it("reads the first of the month as an ordinal", () => {
    expect(parseDateline("publié le 1er mars 2022 à 09h05", true)?.iso).toBe("2022-03-01");
    expect(parseDateline("1° novembre 2023", true)?.iso).toBe("2023-11-01");
    // control: "11er" is not the first
    expect(parseDateline("11 novembre 2023", true)?.iso).toBe("2023-11-11");
  });
  it("measures a meta row once its category and tag labels are cut", () => {
    const row = "veröffentlicht am 9 Mär ’21 | Kategorien: Hafen, Verkehr | Tags: Fähre, Steg, Pier, Hafenamt, Hafenrat, Gemeinde, Anwohner | Jetzt kommentieren";
    expect(row.length).toBeGreaterThan(140);
    expect(parseDateline(row, true)?.iso).toBe("2021-03-09");
    // control: a long sentence with a date is still no dateline
    expect(parseDateline(`Am 14. Februar 2020 hat der Hafenrat ${"die Fähre und den Steg ".repeat(8)}beraten.`, true)).toBeNull();
  });
});

describe("a speakers' list inside the body", () => {
  it("control: a list item naming a person and a role is not the writer", () => {
    const body = [BODY[0], "", BODY[2], "", "Die Anhörung ist öffentlich, es sprechen:", "", " * Mara Quill, Präsidentin des Hafenrats", " * Tomas Brenn, Leiter des Hafenamts", "", BODY[4], "", BODY[6]];
    const r = cleanTextDump(dumpWith([HEADLINE, ""], body));
    expect(r.meta.author ?? null).toBeNull();
  });
});

describe("bylines that are not the writer's", () => {
  it("control: a name and a postal address after the comma is a contact line", () => {
    expect(parseByline("Mara Quill, Harbour Avenue, Eastbay")).toBeNull();
    expect(parseByline("Mara Quill, Hafenstraße, Ostbucht")).toBeNull();
    expect(parseByline("Mara Quill, Reuters")).toBe("Mara Quill");
  });
  it("control: a 'Name, Band' entry of a list of people is not the byline", () => {
    const list = ["Mara Quill, The Pier Rats", "", "Tomas Brenn, Harbour Lights", "", "Lena Marsh, Low Tide", ""];
    const r = cleanTextDump(dumpWith([HEADLINE, ""], [BODY[0], "", BODY[2], "", ...list, BODY[4], "", BODY[6]]));
    expect(r.meta.author ?? null).toBeNull();
  });
  it("control: the agency credits under the teasers of a news river name nobody", () => {
    const more = "The ferry company said it would keep two of its crews on the bus link and move the third to the summer route across the bay.";
    const river = [BODY[0], "", BODY[2], "", "DPA", "", BODY[4], "", "DPA", "", BODY[6], "", "DPA", "", more];
    const r = cleanTextDump(dumpWith([HEADLINE, ""], river));
    expect(r.meta.author ?? null).toBeNull();
    // while one agency credit in the body is still read
    const one = cleanTextDump(dumpWith([HEADLINE, ""], [BODY[0], "", BODY[2], "", "DPA", "", BODY[4], "", BODY[6]]));
    expect(one.meta.author).toBe("DPA");
  });
});

describe("a heading under the headline is not a name", () => {
  it("control: a two-word heading of foreign words set off under the headline names nobody", () => {
    const r = cleanTextDump(dumpWith(["Start › Themen › Kalte Hafenluft", "", HEADLINE, "", "", "Kalte Hafenluft", ""]));
    expect(r.meta.author ?? null).toBeNull();
  });
  it("while a writer's name of any naming tradition set off under the headline is read", () => {
    for (const name of ["Ngozi Okafor", "Nguyễn Văn An", "Małgorzata Nowak", "Siobhán Ní Bhriain"]) {
      const r = cleanTextDump(dumpWith([HEADLINE, "", "", name, ""]));
      expect(r.meta.author).toBe(name);
    }
  });
  it("while a person's name printed under the headline is still read", () => {
    const r = cleanTextDump(dumpWith([HEADLINE, "", "Mara Quill", ""]));
    expect(r.meta.author).toBe("Mara Quill");
  });
});

describe("a site-search overlay's hint", () => {
  it("does not open the body run above the headline", () => {
    const hint = "Mit einem Klick auf Enter startet die Suche, ESC schließt das Suchfeld";
    const r = cleanTextDump(dumpWith(["Search", "", hint, "", "", "Harbour board shuts the old ferry pier for two years (and nobody knows why!)", ""]));
    expect(r.meta.title).toBe("Harbour board shuts the old ferry pier for two years (and nobody knows why!)");
    expect(r.blocks.map((b) => b.text).join("\n")).not.toContain("Suchfeld");
  });
  it("control: a sentence about pressing a key stays article text", () => {
    const body = [BODY[0], "", "Press the red button and hold it until the gate opens, the harbour master told the crews on Tuesday.", "", ...BODY.slice(2)];
    const r = cleanTextDump(dumpWith([HEADLINE, ""], body));
    expect(r.blocks.map((b) => b.text).join("\n")).toContain("Press the red button");
  });
});
describe("a site-search overlay's hint (the lexicon entry)", () => {
  it("names the hint lines and not a sentence about a key", async () => {
    const { matchBoilerplate } = await import("../stages/clean/text/lexicon.ts");
    expect(matchBoilerplate("Type and hit enter to search", 6)?.rule).toBe("clean/navigation");
    expect(matchBoilerplate("Begin typing, then hit ESC to close", 10)?.rule).toBe("clean/navigation");
    expect(matchBoilerplate("Press the button and hit enter twice to restart the ferry's engine", 12)?.rule ?? null).toBeNull();
  });
});
