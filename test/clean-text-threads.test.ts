/**
 * Where an article ends in a whole-page dump on unseen sites: comment-section and "most read" headers
 * of other languages, a comment thread whose header no lexicon names (found by its rhythm of dated entries and reply
 * buttons), and a list of teaser cards with cut-off blurbs under a short article. Every dump is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { bodyLines, FOOTBRIDGE, footer, menu, txt } from "./helpers/footbridge.ts";

const P = FOOTBRIDGE;

/** Invented reader comments: long enough to read as prose paragraphs. */
const COMMENTS = [
  "I walked across the new bridge with my daughter on Sunday and it already feels sturdier than the old one ever did, so thank you to everyone who gave up a weekend for it.",
  "It is a shame that the council needed volunteers to do this at all, because the floods were forecast weeks ahead and nobody in the town hall seemed to listen to the warnings.",
  "My grandfather helped to build the first bridge in the fifties, and he would have been very proud to see the whole street out there with their own tools and timber.",
  "Does anyone know whether the path on the school side will be lit in the evenings, since the children come home after dark in the winter months?",
];

describe("comment-section headers of other languages end the article", () => {
  for (const header of ["12 Kommentare", "3 réflexions sur « Footbridge rebuilt by volunteers »", "Comentarios (4)", "2 Gedanken zu „Footbridge rebuilt by volunteers“"]) {
    it(`stops the body at "${header}"`, () => {
      const r = cleanTextDump(txt(...menu, "Footbridge rebuilt by volunteers", ...P.slice(0, 4), header, "Jane Roe", ...COMMENTS, ...footer));
      const out = bodyLines(r);
      expect(out).toEqual(P.slice(0, 4));
    });
  }
});

describe("a comment thread found by its rhythm", () => {
  // (each comment two paragraphs long: a comment of one paragraph stands alone and weighs little in the run anyway)
  const entry = (name: string, day: number, text: string, reply: string) => [`${name} sagt:`, `${day}. Juni 2024 um 17:21 Uhr`, text, COMMENTS[3], reply];
  it("ends the body before dated entries with reply buttons, under a header no lexicon names", () => {
    const r = cleanTextDump(
      txt(
        ...menu,
        "Footbridge rebuilt by volunteers",
        ...P.slice(0, 4),
        "27 Ergänzungen",
        ...entry("Jane Roe", 3, COMMENTS[0], "Antworten"),
        ...entry("Max Muster", 4, COMMENTS[1], "Antworten"),
        ...entry("Erika Muster", 5, COMMENTS[2], "Antworten"),
        ...footer,
      ),
    );
    expect(bodyLines(r)).toEqual(P.slice(0, 4));
  });
  it("does the same when the reply buttons are Markdown links", () => {
    const md = (name: string, day: number, text: string) => [`[${name}](https://example.org/u/${day}) says:`, `[June ${day}, 2024 at 5:21 pm](https://example.org/c/${day})`, text, COMMENTS[3], `[Reply](https://example.org/r/${day})`];
    const r = cleanTextDump(txt(...menu, "Footbridge rebuilt by volunteers", ...P.slice(0, 4), "27 Notes", ...md("Jane Roe", 3, COMMENTS[0]), ...md("Max Muster", 4, COMMENTS[1]), ...footer));
    expect(bodyLines(r)).toEqual(P.slice(0, 4));
  });
  it("keeps an article whose one quoted post ends with a reply button", () => {
    const r = cleanTextDump(txt(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], "Jane Roe sagt:", "3. Juni 2024 um 17:21 Uhr", COMMENTS[0], "Antworten", P[2], P[3], ...footer));
    const out = bodyLines(r);
    for (const p of P.slice(0, 4)) expect(out).toContain(p);
  });
});

describe("a list of teaser cards with cut-off blurbs under a short article", () => {
  const cards = [
    ["Harbour crane returns after repairs", "The crane that lifted the ferry out of the water last spring is back in the port, and the harbour master said..."],
    ["Bakery on the square closes after forty years", "The owners thanked their customers in a letter pinned to the door and said they would hand the keys to..."],
    ["School choir wins the regional final", "Thirty pupils sang in three languages and the judges praised the way the youngest singers carried the..."],
    ["New cycle lane opens on the river road", "Riders no longer have to share the narrow road with the buses, and the city plans to extend the lane to..."],
  ];
  it("ends the body before the cards, with or without a header over them", () => {
    for (const header of [[], ["Mais lidas agora"]]) {
      const r = cleanTextDump(txt(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], P[2], ...header, ...cards.flatMap((c) => [c[0], "Local", c[1]]), ...footer));
      expect(bodyLines(r)).toEqual(P.slice(0, 3));
    }
  });
  it("keeps sections of an article that end like sentences", () => {
    const sections = cards.map((c) => [c[0], c[1].replace(/\.\.\.$/, " water.")]);
    const r = cleanTextDump(txt(...menu, "Five things that changed in town", P[0], ...sections.flatMap((c) => [c[0], c[1]]), P[1], ...footer));
    const out = bodyLines(r);
    for (const s of sections) expect(out).toContain(s[1]);
  });
});

describe("'most read' and previous / next headers of other languages", () => {
  it("does not carry a list of headlines under the article into the body", () => {
    const heads = ["Neueste Artikel", "Nächster ArtikelHarbour crane returns after repairs", "Lo más leído", "Les plus lus"];
    for (const h of heads) {
      const list = ["Harbour crane returns after repairs to the old port", "Bakery on the square closes after forty years in business", "School choir wins the regional final in the capital", "New cycle lane opens on the river road next to the park"];
      const r = cleanTextDump(txt(...menu, "Footbridge rebuilt by volunteers", ...P.slice(0, 4), h, ...list, "Beiträge, die gegen unsere Hausordnung verstoßen, werden ohne Rückfrage gelöscht.", ...footer));
      const out = bodyLines(r).join("\n");
      expect(out).toContain(P[3]);
      expect(out).not.toContain("Harbour crane");
    }
  });
});

describe("a widget of cut-off excerpts", () => {
  it("does not outweigh a short article", () => {
    const widget = [
      "Recent comments",
      "* jdoe on Harbour crane returns: I walked past the port this morning and the crane was already lifting the first...",
      "* erika on Bakery on the square closes: We bought our bread there every Saturday for twenty years and we will miss...",
      "* max on School choir wins the final: Our son sang in the choir and he came home so proud that he could not stop...",
      "* jroe on New cycle lane opens: Finally a safe way to ride to work, although the crossing near the bridge is still...",
      "* anna on Harbour crane returns: Does anyone know whether the ferry will run again before the summer holidays start...",
    ];
    const r = cleanTextDump(txt(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], ...widget, ...footer));
    expect(bodyLines(r)).toEqual(P.slice(0, 2));
  });
});

describe("promos, share rows and figure captions of other languages inside the article", () => {
  it("drops an inline promo between paragraphs and a run-together share row under them", () => {
    const r = cleanTextDump(
      txt(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], "Te puede interesar: El puente viejo del pueblo cumple cien años", P[2], P[3], "Copiar enlaceFacebookTwitterWhatsappLinkedinE-mail", ...footer),
    );
    expect(bodyLines(r)).toEqual(P.slice(0, 4));
  });
  it("reads a figure label as a caption, so the paragraphs around it stay one article", () => {
    const long = (p: string) => `${p} ${P[4]} ${P[1]}`;
    const caption = (n: number) => `Abb.: Die neue Brücke am Morgen, Ansicht ${n}`;
    const paragraphs = [long(P[0]), long(P[2]), long(P[3])];
    const r = cleanTextDump(
      txt(...menu, "Footbridge rebuilt by volunteers", paragraphs[0], caption(1), paragraphs[1], caption(2), paragraphs[2], "Comments", "Jane Roe", ...COMMENTS, ...footer),
    );
    const out = bodyLines(r);
    for (const p of paragraphs) expect(out).toContain(p);
    expect(out.join("\n")).not.toContain("Abb.:");
  });
});
