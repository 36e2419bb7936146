/**
 * Co-writers in a dump's byline (invented lines): a list of writers closed by a wire agency or desk ("By A, B and
 * Reuters staff", "Von A und dpa") keeps every writer and drops the wire's credit; a list of three writers keeps all
 * three. Controls: a wire alone, a job title or an outlet after the comma, and a last item that is no name. A byline
 * printed as a sentence before an update stamp ("Jane Doe. Updated …") names the writer without the full stop.
 */
import { describe, expect, it } from "vitest";
import { dumpWith } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { parseByline, parseDateline } from "../stages/clean/text/header.ts";

describe("co-writer lists with a wire last", () => {
  it("drops the agency closing the list and keeps the writers", () => {
    expect(parseByline("By Mara Quill and Reuters staff")).toBe("Mara Quill");
    expect(parseByline("By Mara Quill, Peter Lund and Reuters staff")).toBe("Mara Quill, Peter Lund");
    expect(parseByline("By Mara Quill, Peter Lund and The Associated Press")).toBe("Mara Quill, Peter Lund");
    expect(parseByline("Von Mara Quill und dpa")).toBe("Mara Quill");
    expect(parseByline("Por Mara Quill y EFE")).toBe("Mara Quill");
  });
  it("keeps every writer of a three-name list", () => {
    expect(parseByline("By Mara Quill, Peter Lund and Anna Berg")).toBe("Mara Quill, Peter Lund, Anna Berg");
    expect(parseByline("By Mara Quill, Peter Lund, Anna Berg and AP staff")).toBe("Mara Quill, Peter Lund, Anna Berg");
  });
  it("names the writers in a whole dump's header", () => {
    const r = cleanTextDump(dumpWith(["Harbour board shuts the old ferry pier for two years", "", "By Mara Quill, Peter Lund and Reuters staff", "March 14, 2021"]));
    expect(r.meta.author).toBe("Mara Quill, Peter Lund");
  });
  it("controls: a wire alone, a role or an outlet after the comma, a last item that is no name", () => {
    expect(parseByline("By Reuters staff")).toBeNull();
    expect(parseByline("By Mara Quill, Staff Writer")).toBe("Mara Quill");
    expect(parseByline("By Mara Quill, Reuters")).toBe("Mara Quill");
    expect(parseByline("By Mara Quill, Peter Lund and friends")).toBe("Mara Quill");
    expect(parseByline("By Mara Quill and Peter Lund")).toBe("Mara Quill and Peter Lund");
  });
});

describe("a byline sentence before an update stamp", () => {
  it("cuts the full stop closing the name, not an initial's or a suffix's", () => {
    expect(parseDateline("Mara Quill. Updated November 3rd, 2023")).toMatchObject({ iso: "2023-11-03", modified: true, author: "Mara Quill" });
    expect(parseDateline("Mara Quill Jr. Updated November 3, 2023")?.author).toBe("Mara Quill Jr.");
    expect(parseDateline("Mara Q. Updated November 3, 2023")?.author).toBe("Mara Q.");
  });
});
