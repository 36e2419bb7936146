/**
 * Bare names in a dump's header (invented dumps): a name beside the dateline whose first word is a known
 * given name is the author; a name run into its job title gives the name. Controls: capitalised words that are not a
 * person (a section label, German nouns) beside the dateline give no author.
 */
import { describe, expect, it } from "vitest";
import { dumpWith } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { isPersonName, nameBeforeJobTitle } from "../stages/clean/text/person.ts";

const dump = (...header: string[]): string => dumpWith(header);

describe("the person-name test", () => {
  it("accepts a name whose first word is a given name, in capitals too", () => {
    expect(isPersonName("Mara Quillfeather")).toBe(true);
    expect(isPersonName("MARA QUILLFEATHER")).toBe(true);
  });
  it("rejects capitalised nouns and labels", () => {
    expect(isPersonName("Soziale Netzwerke")).toBe(false);
    expect(isPersonName("Aktuelle Meldung")).toBe(false);
    expect(isPersonName("Harbour Board")).toBe(false);
  });
  it("cuts the job title off a name", () => {
    expect(nameBeforeJobTitle("Mara Quillfeather Transport editor")).toBe("Mara Quillfeather");
    expect(nameBeforeJobTitle("Mara Quillfeather Senior Correspondent")).toBe("Mara Quillfeather");
    expect(nameBeforeJobTitle("Harbour Board Transport editor")).toBeNull();
    expect(nameBeforeJobTitle("Mara Quillfeather")).toBeNull();
  });
  it("with the curated lists only, a given name of the wide lists gives no name before a job title", () => {
    // "Harald" is in the five-language lists (gender-detection-from-name), not in the curated ones
    expect(nameBeforeJobTitle("Harald Quillfeather Transport editor")).toBe("Harald Quillfeather");
    expect(nameBeforeJobTitle("Harald Quillfeather Transport editor", false)).toBeNull();
    expect(nameBeforeJobTitle("Mara Quillfeather Transport editor", false)).toBe("Mara Quillfeather");
  });
});

describe("a bare name in the dump's header", () => {
  it("beside the dateline is the author", () => {
    const r = cleanTextDump(dump("Harbour board closes the old ferry pier", "Add to reading list", "Listen to this article", "Download our free app", "Mara Quillfeather", "| 14 March 2021"));
    expect(r.meta.author).toBe("Mara Quillfeather");
    expect(r.meta.published).toBe("2021-03-14");
  });
  it("run into a job title under the headline gives the name", () => {
    const r = cleanTextDump(dump("Harbour board closes the old ferry pier", "Mara Quillfeather Transport editor", "Tue 14 Mar 2021 09.15 GMT"));
    expect(r.meta.author).toBe("Mara Quillfeather");
  });
  it("run into a job title right above the body is the byline, not the headline", () => {
    const r = cleanTextDump(dump("Harbour board closes the old ferry pier", "Tue 14 Mar 2021 09.15 GMT", "Mara Quillfeather Transport editor"));
    expect(r.meta.title).toBe("Harbour board closes the old ferry pier");
    expect(r.meta.author).toBe("Mara Quillfeather");
  });
  it("control: a section label of capitalised words beside the dateline is no author", () => {
    const r = cleanTextDump(dump("Aktuelle Meldung", "| 14.03.2021", "Hafenamt schließt den alten Fähranleger"));
    expect(r.meta.author ?? null).toBeNull();
  });
});
