/**
 * The headline of a whole-page text dump that names the article's topic (invented dumps): when the line
 * the walk up from the body met is page furniture sharing no word with the article (a share row, a section label, a
 * comment-form line), the headline-like line of the header zone that shares the body's content words is the title.
 * Controls: a chosen headline that shares a word with the body stays; a header line with no topical word is not taken.
 */
import { describe, expect, it } from "vitest";
import { BODY, dumpWith } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";

const BODY_DE = [
  "Der Gemeinderat hat am Dienstagabend beschlossen, den alten Fähranleger für zwei Jahre zu schließen, während Ingenieure die abgesunkenen Pfähle erneuern.",
  "",
  "Pendler, die auf die Morgenfähre angewiesen sind, sollen einen Busersatz rund um die Bucht erhalten, teilte der Gemeinderat mit, und die Preise bleiben bis zur Wiedereröffnung gleich.",
  "",
  "Mehrere Fischer sagten in der Sitzung, die Schließung koste sie ihre Liegeplätze, und der Vorsitzende versprach eine eigene Anhörung über Entschädigungen.",
];
const dump = (header: string[], body = BODY): string => dumpWith(header, body);

describe("the headline that names the article's topic", () => {
  it("passes over a button line between the headline and the body", () => {
    const r = cleanTextDump(dump(["Harbour board closes the old ferry pier", "", "Add to reading list"]));
    expect(r.meta.title).toBe("Harbour board closes the old ferry pier");
  });
  it("passes over a section label in another language too", () => {
    const r = cleanTextDump(dump(["Gemeinderat schließt den alten Fähranleger", "", "Aus unseren Ressorts heute"], BODY_DE));
    expect(r.meta.title).toBe("Gemeinderat schließt den alten Fähranleger");
  });
  it("control: a chosen headline that shares a word with the body stays", () => {
    const r = cleanTextDump(dump(["Weekend weather brings more storms", "", "Ferry pier closed for repairs"]));
    expect(r.meta.title).toBe("Ferry pier closed for repairs");
  });
  it("passes over a name with a job title under the headline", () => {
    const r = cleanTextDump(dump(["Harbour board closes the old ferry pier", "", "Jane Doe Transport editor"]));
    expect(r.meta.title).toBe("Harbour board closes the old ferry pier");
  });
  it("control: a header line with no word of the body is not taken for the topical headline", () => {
    // (a section label under it: a button such as "Add to reading list" is never the headline)
    const r = cleanTextDump(dump(["Weekend weather outlook for the region", "", "Letters and opinions this week"]));
    expect(r.meta.title).toBe("Letters and opinions this week");
  });
});
