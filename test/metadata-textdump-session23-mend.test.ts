/**
 * Text-dump metadata (invented dumps and lines): what the rules of metadata-textdump-session23.test.ts must not read. A tag, a
 * category, a domain or a link word beside the date is no user account; a commenter's or a sidebar poster's row under
 * the body is no writer; a Chinese desk editor does not beat the writer; an outlet's name with "Street" in it is no
 * address; a desk label yields to a byline under the body; a sentence naming Enter or ESC is text; names of any naming
 * tradition under the headline are read.
 */
import { describe, expect, it } from "vitest";
import { BODY, dumpWith } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { caselessBylineOfDump } from "../stages/clean/text/publisher.ts";
import { parseByline, parseDateline } from "../stages/clean/text/header.ts";
import { signatureName } from "../stages/clean/text/person.ts";
import { matchBoilerplate } from "../stages/clean/text/lexicon.ts";

const HEADLINE = "Harbour board shuts the old ferry pier for two years";

describe("a word beside the date is not a user account", () => {
  it("control: tags, categories, domains, link words and letter-digit tags name nobody", () => {
    for (const [row, dayFirst] of [
      ["March 3, 2021 | iphone", false],
      ["3. März 2021 — mehr", true],
      ["3. März 2021 | example.de", true],
      ["March 3, 2021 | Web3", false],
      ["F1 | March 3, 2021", false],
      ["G20 | March 3, 2021", false],
      ["March 3, 2021 · covid-19", false],
      ["3. März 2021 | allgemein", true],
      ["3 marzo 2021 | notizie", true],
      ["invité | 3 mars 2021", true],
      ["Georgia · March 3, 2021 · 3 comments", false],
      ["Florence · March 3, 2021 · 12 comments", false],
    ] as const) {
      const d = parseDateline(row, dayFirst);
      expect(d?.iso, row).toBeTruthy();
      expect(d?.author ?? null, row).toBeNull();
    }
  });
  it("while an account with a handle's shape, or a bare one in a row closed by its comment count, is read", () => {
    expect(parseDateline("pier_watch — 2. März 2023", true)?.author).toBe("pier_watch");
    expect(parseDateline("4. Mai 2016 hafenkind Hinterlasse einen Kommentar", true)?.author).toBe("hafenkind");
  });
  it("control: a tag row under the headline leaves the author empty", () => {
    const r = cleanTextDump(dumpWith([HEADLINE, "", "March 3, 2021 | iphone"]));
    expect(r.meta.author ?? null).toBeNull();
    expect(r.meta.published).toBe("2021-03-03");
  });
  it("control: a commenter's row under the body is not the writer", () => {
    const r = cleanTextDump(dumpWith([HEADLINE, ""], [...BODY, "", "3 Kommentare", "", "pier_fan_7 — 3. Februar 2022", "Toller Artikel, danke!"]));
    expect(r.meta.author ?? null).not.toBe("pier_fan_7");
  });
  it("control: a sidebar poster's row under the body is not the writer", () => {
    const r = cleanTextDump(dumpWith([HEADLINE, ""], [...BODY, "", "Neueste Beiträge", "", "k_brenn — 1. Februar 2022"]));
    expect(r.meta.author ?? null).not.toBe("k_brenn");
  });
});

describe("Chinese and Japanese credits: the writer before the desk editor", () => {
  it("reads the writer's label, credit or bracketed reporter before an editor's line", () => {
    expect(caselessBylineOfDump(["2023-05-06 08:30 来源：某某网 作者：王小明", "正文……", "责任编辑：李华"])).toBe("王小明");
    expect(caselessBylineOfDump(["本报记者 王小明", "正文……", "责任编辑：李华"])).toBe("王小明");
    expect(caselessBylineOfDump(["某某社北京5月6日电（记者王小明）今天……", "【责任编辑：李华】"])).toBe("王小明");
    expect(caselessBylineOfDump(["文/王小明", "责任编辑：李华"])).toBe("王小明");
    expect(caselessBylineOfDump(["编辑：李华", "作者：王小明"])).toBe("王小明");
  });
  it("still reads the editor when no writer is credited", () => {
    expect(caselessBylineOfDump(["正文……", "责任编辑：李华"])).toBe("李华");
  });
  it("control: placeholders name nobody", () => {
    for (const line of ["作者：佚名", "编辑：小编", "作者：本站原创", "編集：編集部"]) expect(caselessBylineOfDump([line]), line).toBeNull();
  });
});

describe("an outlet's name with a street word is no address", () => {
  it("reads the name before an outlet named after a street", () => {
    expect(parseByline("Mara Quill, The Harbour Street Journal")).toBe("Mara Quill");
    expect(parseByline("Mara Quill | Harbour Street Journal")).toBe("Mara Quill");
    expect(parseByline("Mara Quill, Quay Street Media")).toBe("Mara Quill");
  });
  it("control: a contact block's address is still no byline", () => {
    expect(parseByline("Mara Quill, Harbour Avenue, Eastbay")).toBeNull();
    expect(parseByline("Mara Quill, rue des Lilas, Portville")).toBeNull();
  });
  it("reads the page's writer from such a line under the headline", () => {
    const r = cleanTextDump(dumpWith([HEADLINE, "", "Mara Quill, The Harbour Street Journal"]));
    expect(r.meta.author).toBe("Mara Quill");
  });
});

describe("a desk label beside the dateline", () => {
  it("yields to a byline under the body", () => {
    const r = cleanTextDump(dumpWith([HEADLINE, "", "Redaktion", "am 3. Februar 2022 um 21:17"], [...BODY, "", "Von Mara Quill"]));
    expect(r.meta.author).toBe("Mara Quill");
  });
  it("names the page when nothing else does", () => {
    const r = cleanTextDump(dumpWith([HEADLINE, "", "Redaktion", "am 3. Februar 2022 um 21:17"]));
    expect(r.meta.author).toBe("Redaktion");
  });
});

describe("a sentence that names Enter or ESC", () => {
  it("control: is no search hint", () => {
    for (const line of [
      "Type your question into the box and press Enter to see the search results.",
      "Hit Enter to run the search, and the results appear in under a second.",
      "Press Ctrl and Enter together to close the search panel and return to the results.",
      "Suchbegriffe eingeben und schon listet die neue App alle Treffer aus der Umgebung auf.",
    ]) expect(matchBoilerplate(line, line.split(/\s+/).length)?.rule ?? null, line).toBeNull();
  });
  it("stays in the article's text", () => {
    const line = "Hit Enter to run the search, and the results appear in under a second.";
    const r = cleanTextDump(dumpWith([HEADLINE, ""], [BODY[0], "", line, "", ...BODY.slice(2)]));
    expect(r.blocks.map((b) => b.text).join("\n")).toContain(line);
  });
});

describe("names under the headline and signatures", () => {
  it("reads names of any naming tradition set off under the headline", () => {
    for (const name of ["Olusegun Adebayo", "Chiamaka Eze", "Sinéad Ní Chaoimh", "Xu Qiliang"]) {
      expect(cleanTextDump(dumpWith([HEADLINE, "", "", name, ""])).meta.author, name).toBe(name);
    }
  });
  it("control: a set-off heading whose word opens a word of the body names nobody", () => {
    const body = [
      "Die Hafenluftmessungen des Winters zeigen an der alten Fähranlage deutlich höhere Werte als im Vorjahr, teilte das Hafenamt am Dienstag mit.",
      "",
      "Die Anwohner fordern seit Monaten zusätzliche Messstellen entlang der Mole, die Gemeinde will im Frühjahr über das Budget entscheiden.",
      "",
      "Bis dahin bleibt die Fähranlage für den Abendverkehr geschlossen, die Busverbindung um die Bucht wird verstärkt.",
    ];
    const r = cleanTextDump(dumpWith(["Hafenamt schließt die alte Fähranlage für zwei Jahre", "", "", "Kalte Hafenluft", ""], body));
    expect(r.meta.author ?? null).toBeNull();
  });
  it("reads a titled signature and not a band's line-up", () => {
    expect(signatureName("Dr. Mara Quill, Professor of History, Eastbay University")?.name).toBe("Mara Quill");
    expect(signatureName("Mara Quill, Lead Guitar, The Pier Rats")).toBeNull();
  });
});
