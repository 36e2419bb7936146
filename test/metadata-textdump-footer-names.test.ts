/**
 * Names in a dump's footer (invented dumps): a copyright line that prints the site's name before the sign ("Harbour
 * Weekly © 2024", "Quill Review, 2018-2019 © All rights reserved."), and an author box whose blurb opens with a verb of
 * German, French, Spanish, Italian or Dutch ("Jane Doe lehrt …", "Jane Doe enseigne …") or whose name line is a list
 * item. Guards: a picture's credit "Jane Doe © 2024" names no site; a name line over another person's sentence is no box.
 */
import { describe, expect, it } from "vitest";
import { authorOfDump, publisherOfDump } from "../stages/clean/text/publisher.ts";

const BODY = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of the story about the harbour board and the ferry pier, long enough to read as prose.`);
const withFooter = (footer: readonly string[]) => [...BODY, "", ...footer].join("\n");

describe("a copyright line with the name before the sign", () => {
  it("names the site", () => {
    expect(publisherOfDump(withFooter(["Harbour Weekly © 2024"]))).toBe("Harbour Weekly");
    expect(publisherOfDump(withFooter(["Quill Review, 2018-2019 © All rights reserved."]))).toBe("Quill Review");
    expect(publisherOfDump(withFooter(["Harbour Review (c) 2011-2020", "Imprint"]))).toBe("Harbour Review");
    expect(publisherOfDump(withFooter(["Harbour Press Inc © 2020. All rights reserved"]))).toBe("Harbour Press");
  });
  it("guard: a person's or a picture library's credit is no site", () => {
    expect(publisherOfDump(withFooter(["Jane Doe © 2024"]))).toBeNull();
    expect(publisherOfDump(withFooter(["Getty Images © 2024"]))).toBeNull();
    expect(publisherOfDump(withFooter(["Photo: Harbour Weekly © 2024"]))).toBeNull();
  });
  it("guard: a brand's mark with no year and no rights notice is no footer's notice", () => {
    expect(publisherOfDump(withFooter(["Harbour News ©"]))).toBeNull();
    expect(publisherOfDump(withFooter(["Harbour News (c) Radio"]))).toBeNull();
  });
});

describe("author boxes in more languages", () => {
  it("a blurb that opens with the name and a verb of the box's language names the writer", () => {
    expect(authorOfDump(withFooter(["Mara Quill", "Mara Quill lehrt Geschichte an der Universität Harbourton und schreibt über Häfen."]))).toBe("Mara Quill");
    expect(authorOfDump(withFooter(["Mara Quill", "Mara Quill enseigne l'histoire à l'université de Harbourton."]))).toBe("Mara Quill");
    expect(authorOfDump(withFooter([" * Mara Quill", "Mara Quill schrijft over havens en veerboten."]))).toBe("Mara Quill");
  });
  it("guard: the name followed by a sentence about something else is no box", () => {
    expect(authorOfDump(withFooter(["Mara Quill", "Mara Quillstraße ist gesperrt, die Umleitung führt über den Hafen."]))).toBeNull();
    expect(authorOfDump(withFooter(["Mara Quill", "Mara Quill und der Hafen: eine Geschichte in Bildern von der Redaktion."]))).toBeNull();
  });
});
