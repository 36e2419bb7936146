/**
 * Text-dump bylines kept in step with the HTML reader (invented lines): a byline that names the piece's kind
 * before the byline word ("Ein Beitrag von …", "A guest post by …", a reader's letter: "Leserbrief von …", "Letter by …")
 * gives the name(s) alone.
 */
import { describe, expect, it } from "vitest";
import { parseByline } from "../stages/clean/text/header.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { expectAuthors } from "./helpers/author-rows.ts";

describe("a text-dump byline with the piece's kind before the byline word", () => {
  it("gives the name alone", () => {
    expectAuthors(parseByline, [
      ["Ein Gastbeitrag von Jana Horáková", "Jana Horáková"],
      ["A guest post by Oona Kettunen", "Oona Kettunen"],
      ["Eine Analyse von Jana Horáková und Piet Vandersloot", "Jana Horáková and Piet Vandersloot"],
    ]);
  });
  it("reads a CMS's publishing verb before the byline word", () => {
    expect(parseByline("Eingestellt von Jana Horáková")).toBe("Jana Horáková");
    expect(parseByline("Geplaatst door Piet Vandersloot")).toBe("Piet Vandersloot");
  });
  it("still reads no byline from a sentence", () => {
    expect(parseByline("Ein Beitrag über den Hafen")).toBeNull();
  });
});

describe("a reader's letter credited in a text dump (PIECE_KIND_LEAD, shared with the HTML reader)", () => {
  const LINES = Array.from({ length: 5 }, (_, i) => `The rowing club asked the council for a longer slipway, and meeting number ${i + 1} ended without a vote on the harbour plan.`);
  const dump = (line: string) => cleanTextDump(["A longer slipway for the rowing club", line, "", ...LINES].join("\n")).meta;

  it("gives the letter's writer as the byline", () => {
    expectAuthors(parseByline, [
      ["Letter by Tove Arnhem", "Tove Arnhem"],
      ["Ein Leserbrief von Jana Horáková", "Jana Horáková"],
      ["Leserbeitrag von Piet Vandersloot", "Piet Vandersloot"],
    ]);
    expect(dump("Letter by Tove Arnhem").author).toBe("Tove Arnhem");
    expect(dump("Leserbrief von Jana Horáková").author).toBe("Jana Horáková");
  });

  it("reads no byline from a sentence that opens with the word", () => {
    expect(parseByline("Letter by letter, the club repainted its sign")).toBeNull();
    expect(parseByline("Leserbrief von gestern")).toBeNull();
    expect(dump("Letter by letter, the club repainted its old sign on the boathouse wall.").author).toBeNull();
  });
});
