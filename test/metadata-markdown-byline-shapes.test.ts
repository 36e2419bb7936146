/**
 * The byline shapes a Markdown render prints under the headline (invented pages): a bold or italic byline ("**By Jane
 * Doe**", "_By Jane Doe_", "By **Jane Doe**", "**By:** Jane Doe"), a link to the writer's page ("[Jane Doe](/author/…)",
 * "By [Jane Doe](/author/…)"), a name in emphasis alone under the headline ("*Jane Doe*"), and the Scandinavian and
 * Dutch bylines in bold. Guards: a bold heading after "By", a photo credit in italics, a link to a tag page, a bold kicker.
 */
import { describe, expect, it } from "vitest";
import { rowingMarkdown, ROWING_HEADLINE } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";

const authorOf = (lines: readonly string[]) => cleanTextDump(rowingMarkdown([`# ${ROWING_HEADLINE}`, "", ...lines, ""])).meta.author ?? null;

describe("Markdown byline shapes under the headline", () => {
  it("a byline in bold or italics, or with the name in bold", () => {
    expect(authorOf(["**By Mara Quill**", "", "March 14, 2021"])).toBe("Mara Quill");
    expect(authorOf(["_By Mara Quill_"])).toBe("Mara Quill");
    expect(authorOf(["By **Mara Quill**"])).toBe("Mara Quill");
    expect(authorOf(["**By:** Mara Quill"])).toBe("Mara Quill");
    expect(authorOf(["**Av Anna Lindqvist**"])).toBe("Anna Lindqvist");
    expect(authorOf(["**Door Jan de Vries**"])).toBe("Jan de Vries");
  });
  it("a link to the writer's page, with or without the byline word", () => {
    expect(authorOf(["[Mara Quill](/author/mara-quill/)", "", "March 14, 2021"])).toBe("Mara Quill");
    expect(authorOf(["By [Mara Quill](/author/mara-quill/)"])).toBe("Mara Quill");
    expect(authorOf(["**By [Mara Quill](https://example.org/people/mara-quill)**"])).toBe("Mara Quill");
  });
  it("a name in emphasis alone under the headline", () => {
    expect(authorOf(["*Mara Quill*"])).toBe("Mara Quill");
  });
  it("guards: a heading after By, a photo credit, a tag link, a bold kicker", () => {
    expect(authorOf(["**By the numbers**"])).toBeNull();
    expect(authorOf(["*Photo by Mara Quill*"])).toBeNull();
    expect(authorOf(["[Mara Quill](/tag/mara-quill)"])).toBeNull();
    expect(authorOf(["**Rowing News**"])).toBeNull();
    expect(authorOf(["**Door County Rowers Win Again**"])).toBeNull();
  });
});
