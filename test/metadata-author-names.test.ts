/**
 * Name forms in author fields (invented names): a catalogue's reversed "Last, First", the reporter's place after a
 * comma or in brackets, and the role of a signed statement ("Leiterin Kommunikation") are not co-authors; an outlet in
 * capitals after the names stays (annotators keep the desk that co-signs); real co-authors stay.
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { expectAuthors } from "./helpers/author-rows.ts";

const clean = (s: string) => cleanAuthor([s], "Harbour Times", { handles: true });

describe("reversed names", () => {
  it("turns 'Last, First' into one person", () => {
    expect(clean("Solberg, Maren")).toBe("Maren Solberg");
    expect(clean("SOLBERG, Maren K.")).toBe("Maren K. Solberg");
  });

  it("leaves two whole names as two authors", () => {
    expect(clean("Maren Solberg, Tor Lunde")).toBe("Maren Solberg, Tor Lunde");
  });
});

describe("the reporter's place", () => {
  it("drops one place word after a whole name and a comma, or in brackets", () => {
    expectAuthors(clean, [
      ["Von Maren Solberg, Bergen", "Maren Solberg"],
      ["Maren Solberg (Bergen)", "Maren Solberg"],
      ["Maren Solberg (Nord Fjord)", "Maren Solberg"],
    ]);
  });

  it("keeps an outlet in capitals that co-signs the byline, and a co-author's whole name", () => {
    expect(clean("Maren Solberg, Tor Lunde, NRK")).toBe("Maren Solberg, Tor Lunde, NRK");
    expect(clean("Maren Solberg, Tor Lunde")).toBe("Maren Solberg, Tor Lunde");
  });
});

describe("the role of a signed statement", () => {
  it("drops a role with its field after the name", () => {
    expectAuthors(clean, [
      ["Maren Solberg, Leiterin Kommunikation", "Maren Solberg"],
      ["Maren Solberg, Head of Communications", "Maren Solberg"],
      ["Maren Solberg – Pressesprecherin", "Maren Solberg"],
    ]);
  });
});
