/**
 * Session clean-9: families that cut or padded the body in every renderer: recipe and how-to steps with a counter and
 * a photo's controls between them, boxes of dated headlines, boxes of headlines closed by their "More in …" link, and the linked cells of a
 * table printed one cell per line. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { matchBoilerplate } from "../stages/clean/text/lexicon.ts";
import { matchResidue } from "../stages/clean/text/patterns.ts";
import { bodyLines, FOOTBRIDGE, footer, menu, txt } from "./helpers/footbridge.ts";

const words = (s: string) => s.split(/\s+/).length;
const residue = (s: string) => matchResidue(s, words(s))?.rule ?? null;
const P = FOOTBRIDGE;

describe("step counters and a step photo's controls", () => {
  it("reads counters of several languages and show/close controls as image residue, not a sentence or a score", () => {
    for (const s of ["3 von 12", "3 de 12", "3 sur 12", "3 of 12", "3 / 12", "Bild anzeigen", "Bild anzeigen Bild schließen", "Show image", "Close image", "Alle Bilder anzeigen", "Afficher l'image"]) {
      expect(residue(s), s).toBe("clean/image-placeholder");
    }
    for (const s of ["Zwei Tore in drei Minuten", "Show me the money", "Bild der Woche: Der neue Hafen", "1 von 3 Befragten sagt nein."]) expect(residue(s), s).toBeNull();
  });

  it("keeps every step of a method whose steps are separated by a counter and a photo's controls", () => {
    const steps = [
      "Heize den Ofen auf 180 Grad vor und lege ein Blech mit Backpapier aus.",
      "Verrühre 200 g Mehl mit einer Prise Salz und zwei Eiern zu einem glatten Teig.",
      "Rolle den Teig dünn aus und steche mit einem Glas runde Taler aus.",
      "Lege die Taler auf das Blech und backe sie etwa zwölf Minuten goldbraun.",
      "Lass das Gebäck auf einem Gitter auskühlen, bevor du es mit Zucker bestäubst.",
      "Bewahre die Taler in einer Blechdose auf, dann bleiben sie eine Woche frisch.",
    ];
    const method = steps.flatMap((s, k) => [`${k + 1} von ${steps.length}`, s, "Bild anzeigen Bild schließen"]);
    const intro = "Diese Taler aus Mürbeteig gelingen auch Anfängern, denn sie brauchen nur wenige Zutaten, kaum Werkzeug und eine knappe halbe Stunde im Ofen.";
    const r = cleanTextDump(
      txt(...menu, "Teilen", "Drucken", "Zutaten", "200 g", "Mehl", "2", "Eier", intro, "Schritt-für-Schritt Anleitung", "Toggle", ...method, "Bewertung", "Weitere Rezepte", "Apfelkuchen", "Zimtschnecken", "Brownies", "Käsekuchen", ...footer),
    );
    expect(bodyLines(r)).toEqual(expect.arrayContaining(steps));
    expect(bodyLines(r).some((l) => /von 6|Bild anzeigen/.test(l))).toBe(false);
  });
});

describe("a box of dated headlines inside the article", () => {
  it("drops the headlines closed by their dates and keeps the paragraphs on both sides", () => {
    const box = [
      "Steel prices fall for the third month in a row 31.10.2023",
      "Rail freight operator orders forty new locomotives 30.10.2023",
      "Why the glass industry is moving to hydrogen furnaces? 27.10.2023",
      "Trade fair in the capital reports record visitor numbers 24.10.2023",
    ];
    const r = cleanTextDump(txt(...menu, P[0], P[1], "Discover now", ...box, P[2], P[3], P[4], ...footer));
    expect(bodyLines(r)).toEqual([P[0], P[1], P[2], P[3], P[4]]);
  });

  it("keeps a sentence that ends with a date, and two dated lines alone", () => {
    const dated = ["The council will vote on the new budget on 12.11.2024", "The bridge opens to the public on 30.11.2024"];
    const r = cleanTextDump(txt(...menu, P[0], P[1], ...dated, P[2], P[3], ...footer));
    expect(bodyLines(r)).toEqual(expect.arrayContaining(dated));
  });
});

describe("a box of headlines closed by its 'More in …' link", () => {
  it("drops the box's label and headlines and keeps the article's lead-in under the link", () => {
    const box = [
      "Regional Elections More",
      "Watch live: candidates meet for the last debate before the vote",
      "Five things to know about the new voting machines",
      "Turnout in the north expected to reach a record high",
      "Why the smaller parties are betting on the rural districts",
    ];
    const r = cleanTextDump(txt(...menu, P[0], P[1], ...box, "More in Regional Elections", "Here is what happened next:", P[2], P[3], ...footer));
    const body = bodyLines(r);
    expect(body).toEqual([P[0], P[1], "Here is what happened next:", P[2], P[3]]);
  });

  it("keeps a subheading and a short list above a 'More in …' link", () => {
    const r = cleanTextDump(txt(...menu, P[0], P[1], "What the volunteers brought", "Timber from the old mill", "Steel cables from the council", P[2], P[3], "More in Regional News", ...footer));
    expect(bodyLines(r)).toEqual(expect.arrayContaining(["Timber from the old mill", "Steel cables from the council"]));
  });
});

describe("linked cells of a table printed one cell per line (Markdown)", () => {
  it("keeps the linked symbol of each row with its figures", () => {
    const md = [
      ...menu.map((m) => `*   [${m}](https://example.org/${m.toLowerCase()})`),
      P[0],
      P[1],
      "Ticker",
      "Security",
      "Last",
      "Change",
      "[EXT](https://example.org/quote/EXT)",
      "EXAMPLE TIMBER CORP.",
      "41.20",
      "\\-1.35",
      "[OSB](https://example.org/quote/OSB)",
      "OSTRAVA BUILDERS INC.",
      "17.85",
      "0.42",
      P[2],
      P[3],
      ...footer,
    ].join("\n\n");
    const body = bodyLines(cleanTextDump(md));
    expect(body).toEqual(expect.arrayContaining(["EXT", "OSB", "41.20"]));
    expect(body).toEqual(expect.arrayContaining([P[0], P[3]]));
  });
});

describe("Markdown links whose text is inline residue", () => {
  it("costs an embed's consent button printed as a link no more than the plain line: a guide's sections stay one body", () => {
    const sections = [
      "Lakeside Baths",
      "The oldest of the three baths sits right on the lake shore, and its outdoor pool is heated all winter, so swimmers can watch the snow fall on the water while the steam rises around them. Inside there are two warm pools, a children's corner with a small slide and a café on the first floor, and a day ticket costs a little less than at the other two baths in the valley.",
      "Forest Spa",
      "A short walk from the station, the forest spa has six saunas, a quiet room with a view of the pines and a small restaurant that serves soup and bread until late in the evening for tired walkers. On Fridays the spa stays open until midnight, and the staff light candles along the path between the saunas, which makes the place feel calm even when every locker is taken.",
      "Valley Springs",
      "The newest of the baths draws its water from a spring two hundred metres below the valley floor and is the warmest of them all, which makes it popular with families who come with small children. The building was designed by a local architect who used timber from the surrounding hills, and its long glass front looks out over the vineyards towards the old castle on the ridge.",
    ];
    const embed = ["[Load post](https://example.org/embed)", "[View photos](https://example.org/gallery)", "Always unblock posts from this network"];
    const md = [
      ...menu.map((m) => `*   [${m}](https://example.org/${m.toLowerCase()})`),
      sections[0], sections[1], ...embed, sections[2], sections[3], ...embed, sections[4], sections[5],
      "Most read", ...["One", "Two", "Three", "Four", "Five"].map((n) => `*   [Story ${n}](https://example.org/${n})`), ...footer,
    ].join("\n\n");
    const body = bodyLines(cleanTextDump(md));
    expect(body).toEqual(expect.arrayContaining([sections[1], sections[3], sections[5]]));
  });
});

describe("a 'Most popular' widget between an article's paragraphs", () => {
  it("joins the article's two parts when the paragraph under the widget is a short sentence (that sentence itself still goes with the box)", () => {
    const widget = [
      "Most Popular",
      "[](https://example.org/img/a.jpg)",
      "[Storm damages the old pier at the harbour... News](https://example.org/a)",
      "[](https://example.org/img/b.jpg)",
      "[Council confirms new bus timetable for... News](https://example.org/b)",
    ];
    const md = [
      ...menu.map((m) => `*   [${m}](https://example.org/${m.toLowerCase()})`),
      P[0], ...widget,
      "The new bridge opens on Saturday morning.",
      P[2], P[3],
      "Related topics: Ostrava Nova", ...footer,
    ].join("\n\n");
    const body = bodyLines(cleanTextDump(md));
    expect(body).toEqual([P[0], P[2], P[3]]);
  });
});

describe("'read also' headers in the formal imperative", () => {
  it("names 'Lea también', 'Vea también', 'Lisez aussi' as section headers, not a sentence that opens with the verb", () => {
    for (const s of ["Lea también", "Lea también:", "Vea también", "Lisez aussi"]) expect(matchBoilerplate(s, words(s))?.breaker, s).toBe(true);
    expect(matchBoilerplate("Lea también el informe completo que publicó la fiscalía el martes en su sitio web.", 16)).toBeNull();
  });
});
