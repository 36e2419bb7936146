/**
 * What bylines print after (or before) a name that is not part of it (invented names): the reporter's place, the
 * publication written for, an agency or initials in brackets or after a slash, the part's role in brackets, an author
 * box's buttons, a degree without a comma, a job title without a separator, role labels and the piece's kind before
 * the name. The scorer compares token sets, so each of these is "another form" of the right person unless cut off.
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";
import { authorField, expectAuthors } from "./helpers/author-rows.ts";

const BODY = paragraph("The river ferry changed its timetable for the winter months and added an evening crossing.");
const page = (head: string, body: string) => metadataOf({ head, body, url: "https://ferry-news.example/story" });

describe("a name's tail", () => {
  it("cuts the reporter's place", () => {
    expectAuthors(authorField(), [
      ["Tove Arnhem in Bergen", "Tove Arnhem"],
      ["Tove Arnhem aus Bad Harzburg", "Tove Arnhem"],
      ["Tove Arnhem, Correspondent in Lyon", "Tove Arnhem"],
    ]);
  });

  it("cuts the publication a freelancer writes for, but keeps an organisation whole", () => {
    expectAuthors(authorField(), [
      ["Tove Arnhem für Fährblatt", "Tove Arnhem"],
      ["Tove Arnhem for Ferry Weekly", "Tove Arnhem"],
      // an organisation's own name with "für" in it stays an organisation (NOT_A_NAME), not a person
      ["Verband für Fährverkehr e.V.", null],
    ]);
  });

  it("cuts an agency, a desk or initials in brackets or after a slash", () => {
    expectAuthors(authorField(), [
      ["Tove Arnhem (AFP)", "Tove Arnhem"],
      ["Tove Arnhem/dpa", "Tove Arnhem"],
      ["Tove Arnhem (ta)", "Tove Arnhem"],
      ["Tove Arnhem (Red.)", "Tove Arnhem"],
    ]);
  });

  it("cuts each part's role in brackets: the writers stay, the photographer goes (as after 'Fotos:')", () => {
    expect(cleanAuthor(["Tove Arnhem (Text) und Ivo Lindqvist (Fotos)"])).toBe("Tove Arnhem");
    expect(cleanAuthor(["Tove Arnhem (Text) und Ivo Lindqvist (Text)"])).toBe("Tove Arnhem, Ivo Lindqvist");
  });

  it("cuts an author box's buttons and a degree printed without a comma", () => {
    expect(cleanAuthor(["Tove Arnhem Follow"], null, { handles: true })).toBe("Tove Arnhem");
    expectAuthors(authorField(), [
      ["Tove Arnhem Twitter E-Mail", "Tove Arnhem"],
      ["Tove Arnhem Mehr Artikel", "Tove Arnhem"],
      ["Tove Arnhem MD", "Tove Arnhem"],
    ]);
  });

  it("cuts a job title printed without a separator when two name words are left", () => {
    expectAuthors(authorField(), [
      ["Tove Arnhem Staff Writer", "Tove Arnhem"],
      ["Tove Arnhem Reporter", "Tove Arnhem"],
      ["Tove Arnhem – Chefredakteurin", "Tove Arnhem"],
      // three words before the title: the beat ("Harbour") is not told from a third name, so nothing is guessed
      ["Tove Arnhem Harbour Editor", null],
    ]);
  });

  it("drops a role printed as its own part, and a role label or the piece's kind before the name", () => {
    expectAuthors(authorField(), [
      ["Tove Arnhem, Gastautorin", "Tove Arnhem"],
      ["Gastautor: Tove Arnhem", "Tove Arnhem"],
      ["Ein Kommentar von Tove Arnhem", "Tove Arnhem"],
      ["A guest post by Tove Arnhem", "Tove Arnhem"],
    ]);
  });

  it("leaves names with particles, hyphens and titles as they are", () => {
    expect(cleanAuthor(["Tove van Arnhem"])).toBe("Tove van Arnhem");
    expect(cleanAuthor(["Tove-Marie Arnhem-Lind"])).toBe("Tove-Marie Arnhem-Lind");
  });
});

describe("a byline element with a tail, on a page", () => {
  it("reads the name without the place and the publication", () => {
    const m = page("", `<h1>Winter timetable for the river ferry</h1><div class="byline">Tove Arnhem in Bergen</div>${BODY}`);
    expect(m.author).toBe("Tove Arnhem");
  });

  it("reads the name out of an author box with its buttons", () => {
    const m = page("", `<h1>Winter timetable for the river ferry</h1><div class="author-name">Tove Arnhem Follow</div>${BODY}`);
    expect(m.author).toBe("Tove Arnhem");
  });
});
