/**
 * Text-dump metadata (invented dumps and lines, no page's layout): the author's
 * label alone over the name, a name closing a date label/value block, a post's footer row run into its tags, a post
 * footer's author badge, the forum's "Thread starter" label, and what each of them must leave alone (comment sections,
 * record boxes, event listings, teaser cards, related posts, book tips, quote boxes, sentences in the body).
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { isDateFieldLabel, isLoneAuthorLabel, isTagOrCategoryRow, nameBeforeAuthorRole, parseByline, postFooterByline } from "../stages/clean/text/header.ts";

const NAV = ["Start", " * Garden notes", " * Workshops", " * Allotments", " * About the club", ""];
const HEADLINE = "Volunteers turn a car park into a community orchard";
const TEXT = [
  "Forty volunteers spent the weekend lifting tarmac from the disused car park behind the old dairy, and by Sunday evening the first twelve apple trees stood in fresh soil along the southern wall.",
  "",
  "The council leased the plot to the garden club for a token rent last autumn, on the condition that the orchard stays open to the public during daylight hours and that the club maintains the paths.",
  "",
  "Club members chose old local varieties that cope with the heavy clay, and a nursery from the next valley donated the rootstock together with stakes, ties and a season of advice on pruning.",
  "",
  "Children from the primary school will plant a row of plum trees in the spring, and the club plans a small cider press in the former ticket booth once the first harvest comes in.",
];
/** A dump: the site's navigation, the headline, the text, then these lines and the site's footer. */
const page = (after: readonly string[], before: readonly string[] = []): string =>
  [...NAV, "", HEADLINE, ...before, "", ...TEXT, "", ...after, "", "Imprint", "Data protection"].join("\n");
/** Lines a theme prints between a post and its meta row: a newsletter box, print and archive links. */
const WIDGETS = [
  "Get our monthly garden letter",
  "Your e-mail address",
  "Subscribe",
  "",
  "Print this page",
  "",
  "From the archive",
  " * Pruning pears in a cold spring",
  " * Saving seed from heirloom beans",
  " * A hedge for the hedgehogs",
  " * Why the club keeps bees again",
  " * Mulch, straw and what the slugs think",
  " * The allotment waiting list explained",
  " * Rain barrels for every shed",
  " * A winter walk through the quince rows",
  " * Green manure on tired beds",
  " * How the club shares its tools",
  "",
];
const authorOf = (dump: string): string | null => cleanTextDump(dump).meta.author ?? null;

describe("the author's label alone on its line, the name on the next", () => {
  it("reads the label under the text, in another language, the name's role in brackets cut", () => {
    expect(authorOf(page(["Compartir en redes", "", "Autora", "Greta Holmqvist (periodista ambiental)", "", "Temas: huertos, ciudad"]))).toBe("Greta Holmqvist");
  });
  it("reads the label with no colon, a given name no list knows", () => {
    expect(authorOf(page(["Auteur", "Quorin Halvessen", "", "Partager"]))).toBe("Quorin Halvessen");
  });
  it("knows the label's forms, and no label with words after it", () => {
    expect(isLoneAuthorLabel("Autor:in")).toBe(true);
    expect(isLoneAuthorLabel("## Authors")).toBe(true);
    expect(isLoneAuthorLabel("Författare")).toBe(true);
    expect(isLoneAuthorLabel("Authors wanted for the spring issue")).toBe(false);
  });
  it("control: a comment section's author field names no writer of the page", () => {
    const dump = page(["Kommentare (2)", "", "Autor", "Jens Brakel", "11.06.2023", "Schöne Idee, wir kommen im Herbst zur Ernte vorbei!"]);
    expect(authorOf(dump)).toBeNull();
  });
  it("control: an image's licence box and a cited study's box credit the picture's and the study's authors", () => {
    const picture = page(["Picture of the orchard wall", "Source:", "Own photograph", "Author:", "Pieter Haldane", "Licence:", "CC BY 2.0"]);
    expect(authorOf(picture)).toBeNull();
    const study = page(["Further reading", "Authors:", "Odile Farnsworth", "Journal:", "Urban Soil Letters 4 (2019)", "Pages 12 to 19"]);
    expect(authorOf(study)).toBeNull();
    // the source's field two lines over the label, its value between them
    expect(authorOf(page(["Picture credits", "Source:", "Own photograph", "Author:", "Pieter Haldane"]))).toBeNull();
  });
  it("control: a form's next field under the name makes it a table row, not a byline", () => {
    const guestbook = page(["Guestbook", "", "Author:", "Pieter Haldane", "Message:", "We planted three pear trees at our school last year and the children love them."]);
    expect(authorOf(guestbook)).toBeNull();
  });
});

describe("a name closing a date label/value block under the text", () => {
  it("takes the name under a labelled publication or update date", () => {
    expect(authorOf(page(["Share", "", "Published", "March 3, 2021", "Lena Marquardt", " * Print", " * Send"]))).toBe("Lena Marquardt");
    expect(authorOf(page(["Mis à jour le", "04/11/2022", "Camille Orsenne", "", "Partager"]))).toBe("Camille Orsenne");
  });
  it("knows date labels, not any short line", () => {
    expect(isDateFieldLabel("Date de publication")).toBe(true);
    expect(isDateFieldLabel("Zuletzt geändert am")).toBe(true);
    expect(isDateFieldLabel("Reply")).toBe(false);
    expect(isDateFieldLabel("Date")).toBe(false);
    expect(isDateFieldLabel("Orchards")).toBe(false);
  });
  it("control: a comment row, an event listing and teaser cards under the text name nobody", () => {
    expect(authorOf(page(["Reply", "12.07.2022", "Jens Brakel", "Reply"]))).toBeNull();
    expect(authorOf(page(["Next workshop", "Date", "19.09.2022", "Wendell Okafor", "Speaker", "Grafting for beginners"]))).toBeNull();
    expect(authorOf(page(["Orchards", "02.05.2022", "Wendell Okafor", "", "Allotments", "28.04.2022", "Greta Holmqvist"]))).toBeNull();
  });
});

describe("a post's footer row run into its tags, far under the text", () => {
  it("names the poster of the one row past widgets and an archive list", () => {
    const dump = page([...WIDGETS, "Posted by Wendell Okafor on 14 June 2018 in Garden notes Tags: orchards, volunteers"]);
    expect(authorOf(dump)).toBe("Wendell Okafor");
  });
  it("keeps a name's particles, and reads the tag labels of the row's languages", () => {
    expect(postFooterByline("Posted by Marisol El Haddad at 21:05 Tags: compost")).toBe("Marisol El Haddad");
    expect(postFooterByline("Publié par Hélène Le Goff le 3 mai 2019 Catégories : Jardin")).toBe("Hélène Le Goff");
    expect(postFooterByline("Publicado por jardinero77 el 2 de abril de 2020 Etiquetas: huerto")).toBe("jardinero77");
    expect(postFooterByline("Posted by Marisol El Haddad at 21:05")).toBeNull();
  });
  it("control: a related-posts list's rows, or one row under another post's headline, are those posts'", () => {
    const list = page([...WIDGETS, "You might also like", "Pruning pears in a cold spring", "Posted by Jens Brakel on 2 May 2019 Tags: pears", "Saving seed from heirloom beans", "Posted by Greta Holmqvist on 9 May 2019 Tags: seeds"]);
    expect(authorOf(list)).toBeNull();
    const one = page([...WIDGETS, "Next post", "Sowing wildflowers along the orchard fence", "Posted by Greta Holmqvist on 9 May 2019 Tags: seeds"]);
    expect(authorOf(one)).toBeNull();
    // an archive list that prints each post's row over its headline
    const archive = page([...WIDGETS, "Recent posts", "Posted by Jens Brakel on 2 May 2019 Tags: pears", "Pruning pears in a cold spring", "Posted by Greta Holmqvist on 9 May 2019 Tags: seeds", "Sowing wildflowers along the orchard fence"]);
    expect(authorOf(archive)).toBeNull();
  });
});

describe("a post footer's author badge", () => {
  it("names the writer under the post's tag or category row", () => {
    expect(authorOf(page(["Schlagwörter: Obstbäume, Ehrenamt", "Ilka Brandstetter Autorin"]))).toBe("Ilka Brandstetter");
    expect(authorOf(page(["Categories: Garden notes", "Tags: orchards", "Priya Nandakumar Guest Author", "Leave a comment"]))).toBe("Priya Nandakumar");
  });
  it("knows the tag rows", () => {
    expect(isTagOrCategoryRow("Filed in: Workshops")).toBe(true);
    expect(isTagOrCategoryRow("Étiquettes : verger")).toBe(true);
    expect(isTagOrCategoryRow("Tomorrow we plant plums")).toBe(false);
    expect(nameBeforeAuthorRole("Garden Club Author")).toBeNull();
  });
  it("control: a book tip and a quote box print a famous writer's name and role with no tag row", () => {
    expect(authorOf(page(["Our reading tip", "The Gardener's Year", "Karel Capek Author", "Publisher: Modern Library"]))).toBeNull();
    // a book's record box under a review post's tags: the badge is the book's
    expect(authorOf(page(["Tags: reading, winter", "The Gardener's Year", "Karel Capek Author", "Publisher: Modern Library"]))).toBeNull();
    expect(authorOf(page(["Thought for the week", "“The love of gardening is a seed once sown that never dies.”", "Gertrude Jekyll Author"]))).toBeNull();
  });
});

describe("the forum's thread starter", () => {
  it("is an explicit byline", () => {
    expect(parseByline("Thread starter Orchardfox")).toBe("Orchardfox");
    expect(parseByline("Thread starter Greta Holmqvist")).toBe("Greta Holmqvist");
    expect(parseByline("Thread starting soon")).toBeNull();
  });
});

describe("no headline is read out of a row that runs a poster line into it", () => {
  it("keeps a body sentence that names a writer and a day, and gives no author or day from it", () => {
    const dump = [...NAV, "", HEADLINE, "", TEXT[0], "", "The first planting plan was written by Quorin Halvessen on 3 May 2019.", "", ...TEXT.slice(2)].join("\n");
    const r = cleanTextDump(dump);
    expect(r.blocks.map((b) => b.text).join("\n")).toContain("The first planting plan was written by Quorin Halvessen");
    expect(r.meta.author ?? null).toBeNull();
    expect(r.meta.published ?? null).toBeNull();
    expect(r.meta.title).toBe(HEADLINE);
  });
  it("keeps the headline over a breadcrumb run into a poster line", () => {
    const r = cleanTextDump(page([], ["", "Start » Garden notes » Orchards Posted by Greta Holmqvist on 3 May 2019"]));
    expect(r.meta.title).toBe(HEADLINE);
  });
});
