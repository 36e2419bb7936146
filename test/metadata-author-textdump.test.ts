/**
 * Text-dump bylines kept in step with the HTML reader (invented lines): a byline that names the piece's kind
 * before the byline word ("Ein Beitrag von …", "A guest post by …") gives the name(s) alone.
 */
import { describe, expect, it } from "vitest";
import { parseByline } from "../stages/clean/text/header.ts";

describe("a text-dump byline with the piece's kind before the byline word", () => {
  it("gives the name alone", () => {
    expect(parseByline("Ein Gastbeitrag von Jana Horáková")).toBe("Jana Horáková");
    expect(parseByline("A guest post by Oona Kettunen")).toBe("Oona Kettunen");
    expect(parseByline("Eine Analyse von Jana Horáková und Piet Vandersloot")).toBe("Jana Horáková and Piet Vandersloot");
  });
  it("reads a CMS's publishing verb before the byline word", () => {
    expect(parseByline("Eingestellt von Jana Horáková")).toBe("Jana Horáková");
    expect(parseByline("Geplaatst door Piet Vandersloot")).toBe("Piet Vandersloot");
  });
  it("still reads no byline from a sentence", () => {
    expect(parseByline("Ein Beitrag über den Hafen")).toBeNull();
  });
});
