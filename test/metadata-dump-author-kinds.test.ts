/**
 * Text-dump metadata: which rule named the author (`PageMeta.authorFrom`, read by `eval:metadata --author-kinds`), the
 * "Name, Something" line that names a caption's or a quote's person, CMS placeholders, a single common noun after a
 * byline word, and the outlet's name run into the writer's. Invented dumps only.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { parseByline, readByline, withoutMastheadTail } from "../stages/clean/text/header.ts";
import { isByHeadingWord, isPlaceholderAuthor } from "../stages/clean/text/person.ts";
import { BODY, dumpWith } from "./helpers/textdump.ts";

const HEADLINE = "Harbour board votes to close the old ferry pier for two years";
const metaOf = (header: readonly string[], body: readonly string[] = BODY) => cleanTextDump(dumpWith(header, body)).meta;

describe("the rule that named the author", () => {
  it("is recorded with the author: a byline over the body", () => {
    const m = metaOf([HEADLINE, "By Martha Kessel", "3 December 2026"]);
    expect([m.author, m.authorFrom]).toEqual(["Martha Kessel", "header-byline:by"]);
  });
  it("names the dateline's row when the name shares it", () => {
    const m = metaOf([HEADLINE, "Martha Kessel, 3 December 2026"]);
    expect([m.author, m.authorFrom]).toEqual(["Martha Kessel", "dateline-row"]);
  });
  it("names a byline run into a wire agency", () => {
    const m = metaOf([HEADLINE, "Martha Kessel, Reuters", "3 December 2026"]);
    expect([m.author, m.authorFrom]).toEqual(["Martha Kessel", "header-byline:name-credit"]);
  });
  it("is absent when no rule named an author", () => {
    const m = metaOf([HEADLINE, "3 December 2026"]);
    expect([m.author, m.authorFrom]).toEqual([null, undefined]);
  });
});

describe("a name, a comma and a role with no byline word", () => {
  it("tells a writer's credit from any other role", () => {
    expect(readByline("Martha Kessel, Staff Writer")?.shape).toBe("name-credit");
    expect(readByline("Martha Kessel | Korrespondentin")?.shape).toBe("name-credit");
    expect(readByline("Martha Kessel, Reuters")?.shape).toBe("name-credit");
    expect(readByline("Martha Kessel, The Lakeside Courier")?.shape).toBe("name-credit");
    expect(readByline("Martha Kessel, President of the Harbour Board")?.shape).toBe("name-role");
    expect(readByline("Martha Kessel, Oberbürgermeisterin")?.shape).toBe("name-role");
    expect(readByline("Martha Kessel, porte-parole du port")?.shape).toBe("name-role");
    expect(readByline("Martha Kessel, CEO of Lakeside Media")?.shape).toBe("name-role");
    expect(readByline("By Martha Kessel")?.shape).toBe("by");
  });
  it("names no author inside the text, and keeps the line with the text: a speaker's attribution", () => {
    const body = [...BODY.slice(0, 4), "Martha Kessel, chair of the harbour board", "", ...BODY.slice(4)];
    const r = cleanTextDump(dumpWith([HEADLINE, "3 December 2026"], body));
    expect(r.meta.author).toBeNull();
    expect(r.blocks.map((b) => b.text).join("\n")).toContain("Martha Kessel, chair of the harbour board");
    expect(r.removed.map((x) => x.text)).not.toContain("Martha Kessel, chair of the harbour board");
  });
  it("names no author over the text either: a photo caption's person", () => {
    const m = metaOf([HEADLINE, "3 December 2026", "Martha Kessel, chair of the harbour board"]);
    expect(m.author).toBeNull();
  });
  it("still names the writer with a writer's role, inside the text too", () => {
    const body = ["Martha Kessel, Harbour Correspondent", "", ...BODY];
    expect(metaOf([HEADLINE, "3 December 2026"], body).author).toBe("Martha Kessel");
  });
});

describe("placeholders and common nouns where a writer's name goes", () => {
  it("reads a CMS account or a placeholder as nobody, whichever rule met it", () => {
    expect(metaOf([HEADLINE, "Posted by Admin on 3 December 2026"]).author).toBeNull();
    expect(metaOf([HEADLINE, "By Super User", "3 December 2026"]).author).toBeNull();
    expect(metaOf([HEADLINE, "Unknown, 3 December 2026"]).author).toBeNull();
  });
  it("keeps the newsroom desk, which the dump rules read as the author", () => {
    expect(isPlaceholderAuthor("Redaktion")).toBe(false);
    expect(isPlaceholderAuthor("Webmaster")).toBe(true);
    expect(metaOf([HEADLINE, "Von Redaktion", "3. Dezember 2026"]).author).toBe("Redaktion");
  });
  it("reads one ordinary noun after a byline word as a heading, a given name as a writer", () => {
    expect(parseByline("By Car")).toBeNull();
    expect(parseByline("By Date")).toBeNull();
    expect(parseByline("By Marc")).toBe("Marc");
    expect(parseByline("Posted by Sparrow")).toBe("Sparrow"); // an account's nickname after a poster's verb
    expect(parseByline("Von Ottilie")).toBe("Ottilie");
    expect(isByHeadingWord("Train")).toBe(true);
    expect(isByHeadingWord("Robert")).toBe(false);
  });
});

describe("the outlet's name run into the writer's", () => {
  it("is cut when the masthead prints it alone", () => {
    expect(withoutMastheadTail("Martha Kessel Lakeside Courier", ["Home", "Lakeside Courier", "Sport"])).toBe("Martha Kessel");
    const header = ["Lakeside Courier", "", HEADLINE, "Veröffentlicht am 03.12.2026 von Martha Kessel Lakeside Courier"];
    expect(metaOf(header).author).toBe("Martha Kessel");
  });
  it("is kept when the masthead does not print it, or when the rest is no person's name", () => {
    expect(withoutMastheadTail("Anna Maria Kessel", ["Home", "Kessel"])).toBe("Anna Maria Kessel");
    expect(withoutMastheadTail("Martha Kessel Lakeside Courier", ["Home", "Sport"])).toBe("Martha Kessel Lakeside Courier");
    expect(withoutMastheadTail("Harbour Board Lakeside Courier", ["Lakeside Courier"])).toBe("Harbour Board Lakeside Courier");
  });
});

describe("a name, a comma and anything but an office names the writer", () => {
  const header = (line: string) => [HEADLINE, line, "3 December 2026"];
  it("after an outlet in any case, an agency outside the wire list, or a writer's role", () => {
    for (const tail of ["HNN", "For LAKESIDE TODAY", "Special to the Quay", "Quaypoint", "THE LAKESIDE TIMES", "Die Hafenwoche", "Le Quai", "El Muelle", "KPA", "epx", "Gastautorin", "Guest Author", "Bureau Chief"]) {
      expect([tail, metaOf(header(`Martha Kessel, ${tail}`)).author]).toEqual([tail, "Martha Kessel"]);
    }
  });
  it("after a city: a dateline byline", () => {
    expect(metaOf([HEADLINE, "Martha Kessel, Wien", "03.12.2026, 05.30 Uhr"]).author).toBe("Martha Kessel");
    expect(metaOf(header("Martha Kessel, Harbourtown")).author).toBe("Martha Kessel");
  });
  it("in a one-writer signature with a role and an organisation", () => {
    expect(metaOf(header("Martha Kessel, Senior Counsel, Lakeside Harbour Trust")).author).toBe("Martha Kessel");
    expect(metaOf([HEADLINE, "3 December 2026"], ["Martha Kessel, Policy Analyst", "", ...BODY]).author).toBe("Martha Kessel");
  });
  it("but not after an office that is no writer's", () => {
    for (const tail of ["Mayor of Harbourtown", "Chairwoman", "Founder", "Spokesperson", "Bundesministerin", "Professor of History"]) {
      expect([tail, metaOf(header(`Martha Kessel, ${tail}`)).author]).toEqual([tail, null]);
    }
  });
});

describe("given names and surnames that are English words too", () => {
  it("stay writers after By, Von, Par, Por", () => {
    for (const n of ["Joy", "Faith", "Dawn", "Ivy", "Pat", "Sandy", "Ruby", "Daisy", "Hazel", "Penny", "Summer", "Baker", "Lane", "Long"]) {
      expect(parseByline(`By ${n}`)).toBe(n);
    }
    expect(parseByline("Von Storm")).toBe("Storm");
    expect(parseByline("Par Sage")).toBe("Sage");
    expect(parseByline("By Category")).toBeNull();
  });
});

describe("what removed.csv says of a byline", () => {
  it("does not claim an author for a placeholder", () => {
    const r = cleanTextDump(dumpWith([HEADLINE, "By Admin", "3 December 2026"]));
    expect(r.meta.author).toBeNull();
    const row = r.removed.find((x) => x.text === "By Admin");
    expect(row?.reason).not.toContain("meta.author");
  });
});

describe("the masthead tail is cut only when it reads as an outlet", () => {
  it("keeps a long name whose last words are printed above the headline", () => {
    expect(withoutMastheadTail("Martha Ann Kessel Brown", ["Kessel Brown"])).toBe("Martha Ann Kessel Brown");
    expect(withoutMastheadTail("Martha Kessel Quay Point", ["Quay Point"], "quay point")).toBe("Martha Kessel");
    expect(withoutMastheadTail("Martha Kessel QUAY WEEKLY", ["Quay Weekly"])).toBe("Martha Kessel");
  });
});
