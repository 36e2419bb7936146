/**
 * The publisher given as the author, in the forms bylines and author fields print it (invented pages): the site's desk
 * ("Harbour Times Sports Desk"), a "from" credit ("Do Harbour Times", "From Harbour Times, in Oslo"), the organisation
 * spelled out where its site goes by its initials ("The Northern Ferry Association" on nfa.example). None is a person,
 * so the author stays empty; a writer named beside them, or a name that merely opens like a credit ("Da Silva"), stays.
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";
import { authorField, expectAuthors } from "./helpers/author-rows.ts";

const BODY = paragraph("The ferry operator added a late crossing on Fridays after commuters petitioned the harbour board for months.");
const page = (head: string, body: string, url = "https://harbour-times.example/late-ferry") =>
  metadataOf({ title: "Late ferry added", head: `<meta property="og:site_name" content="Harbour Times">${head}`, body: `<h1>Late ferry added</h1>${body}${BODY}`, url });

describe("the site's own desk as the author", () => {
  it("drops the site's name with a desk word after it, from a meta tag or a byline", () => {
    expect(page(`<meta name="author" content="Harbour Times Sports Desk">`, "<p>Harbour Times Sports Desk</p>").author).toBeNull();
    expect(page("", `<div class="byline">By Harbour Times News Team</div>`).author).toBeNull();
    expect(cleanAuthor(["Harbour Times Staff"], "Harbour Times")).toBeNull();
  });

  it("keeps a writer, and a name that shares a word with the site", () => {
    expect(cleanAuthor(["Maren Solberg"], "Harbour Times")).toBe("Maren Solberg");
    expect(cleanAuthor(["Tor Harbour"], "Harbour Times")).toBe("Tor Harbour");
  });
});

describe("a 'from the site' credit", () => {
  it("drops the credit and the dateline that follows it, in any case", () => {
    expectAuthors(authorField("Harbour Times", { handles: true }), [
      ["Do Harbour Times", null],
      ["DO HARBOUR TIMES, EM SÃO PAULO", null],
      ["From Harbour Times in Oslo", null],
    ]);
  });

  it("keeps names that open with the same small words, and the writer before a dateline part", () => {
    expect(cleanAuthor(["Da Silva"], "Harbour Times", { handles: true })).toBe("Da Silva");
    expect(cleanAuthor(["Maren Solberg, em Lisboa"], "Harbour Times", { handles: true })).toBe("Maren Solberg");
  });

  it("matches the site's whole words, not letters inside them", () => {
    // a person whose name after a small word is a piece of the site's name
    expect(cleanAuthor(["Do Kim Anh"], "Kimano News", { handles: true })).toBe("Do Kim Anh");
    expect(cleanAuthor(["Du Rand"], "The Strandline", { handles: true })).toBe("Du Rand");
    expect(cleanAuthor(["La Vela"], "Velaport7", { handles: true })).toBe("La Vela");
    expect(cleanAuthor(["Dan Team"], "Jordan Harbour Daily", { handles: true })).toBe("Dan Team");
    // the site's whole name, or two of its words in a row, is still the publisher
    expect(cleanAuthor(["The Strandline"], "Strandline", { handles: true })).toBeNull();
    expect(cleanAuthor(["From Harbour Times"], "The Harbour Times", { handles: true })).toBeNull();
  });
});

describe("an organisation that its host name spells in initials", () => {
  const declared = (name: string, url: string) => page(`<meta name="author" content="${name}">`, `<footer><p>${name}</p></footer>`, url).author;

  it("drops the spelled-out name as a declared author, with or without an organisation's word", () => {
    expect(declared("The Northern Ferry Association", "https://nfa.example/late-ferry")).toBeNull();
    expect(declared("Northern Ferry Alliance", "https://nfa.example/late-ferry")).toBeNull();
    // on a site its initials do not spell, the same name stays
    expect(declared("Northern Ferry Alliance", "https://harbour-times.example/late-ferry")).toBe("Northern Ferry Alliance");
  });

  it("keeps a person of three names on such a site: a known given name first, or an initial", () => {
    expect(declared("Maren Kari Solberg", "https://nfa.example/late-ferry")).toBe("Maren Kari Solberg");
    expect(declared("Andrew T. Mossgiel", "https://atm.example/late-ferry")).toBe("Andrew T. Mossgiel");
    expect(declared("Ana Belén Quiroga", "https://abq.example/late-ferry")).toBe("Ana Belén Quiroga");
    expect(declared("José Luis Ferrándiz", "https://jlf.example/late-ferry")).toBe("José Luis Ferrándiz");
  });
});

describe("the site's name after the writers", () => {
  it("cuts the site, its desk and the word that joins them off the names", () => {
    expectAuthors(authorField("Harbour Times"), [
      ["Maren Solberg and Tor Lunde of The Harbour Times", "Maren Solberg, Tor Lunde"],
      ["Maren Solberg at Harbour Times", "Maren Solberg"],
      ["Maren Solberg Harbour Times Staff", "Maren Solberg"],
    ]);
  });

  it("cuts only a joining word in lower case: a capitalised one is the name's", () => {
    expect(cleanAuthor(["Maren Bei Harbour Times"], "Harbour Times")).toBe("Maren Bei");
    expect(cleanAuthor(["Maren With Harbour Times"], "Harbour Times")).toBe("Maren With");
  });

  it("drops the site's name with an article before it", () => {
    expect(cleanAuthor(["The Harbour Times"], "Harbour Times")).toBeNull();
  });
});
