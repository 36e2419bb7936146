/**
 * Families that cut or padded the body in every renderer: recipe and how-to steps with a counter and
 * a photo's controls between them, the linked cells of a table printed one cell per line, and guards that headlines
 * closed by a date and short lists above a "More in …" link are article text. Every sentence is invented.
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

describe("lines closed by a date are article text", () => {
  it("keeps a short schedule, a timeline and a results list under their heading", () => {
    const lists = [
      ["Tour schedule", "Opening night at the Royal Albert Hall Oct 31, 2023", "Second night at the Grand Theatre Nov 2, 2023", "Closing night at the Old Opera House Nov 5, 2023"],
      ["Timeline", "Flood warning issued for the valley 02.05.2023", "River breaks its banks near the mill 03.05.2023", "Army helps to rebuild the dam wall 05.05.2023", "Last families return to their homes 12.05.2023"],
      ["Recent results", "FC Ostrava 2:1 Slavia Nova 31.10.2023", "Slavia Nova 0:0 Union Hradec 24.10.2023", "Union Hradec 1:3 FC Ostrava 17.10.2023"],
      ["Die nächsten Termine", "Konzert im Stadtpark mit dem Landesjugendorchester 31.10.2023", "Lesung in der Stadtbibliothek mit drei Autorinnen 07.11.2023", "Führung durch die alte Brauerei am Marktplatz 14.11.2023"],
      ["Council approves the new footbridge plan (12 March 2021)", "Volunteers start to clear the river bank (3 April 2021)", "First steel cables arrive at the site (20 May 2021)"],
    ];
    for (const list of lists) {
      const r = cleanTextDump(txt(...menu, P[0], P[1], ...list, P[2], P[3], P[4], ...footer));
      expect(bodyLines(r), list[0]).toEqual(expect.arrayContaining(list));
    }
  });

  it("keeps dated subheadings with a paragraph under each", () => {
    const heads = ["Day one of the rebuild in Ostrava Nova, 12 March 2024", "Day two of the rebuild in Ostrava Nova, 13 March 2024", "Day three of the rebuild in Ostrava Nova, 14 March 2024"];
    const r = cleanTextDump(txt(...menu, P[0], heads[0], P[1], heads[1], P[2], heads[2], P[3], P[4], ...footer));
    expect(bodyLines(r)).toEqual(expect.arrayContaining(heads));
  });

  it("keeps a sentence that ends with a date, and two dated lines alone", () => {
    const dated = ["The council will vote on the new budget on 12.11.2024", "The bridge opens to the public on 30.11.2024"];
    const r = cleanTextDump(txt(...menu, P[0], P[1], ...dated, P[2], P[3], ...footer));
    expect(bodyLines(r)).toEqual(expect.arrayContaining(dated));
  });
});

describe("a short list above a 'More …' or 'Read more' line", () => {
  it("keeps the subheading and every item of the list", () => {
    const list = ["What the volunteers brought", "Timber from the old mill on the river", "Steel cables paid for by the council", "Concrete footings poured by the volunteers"];
    for (const link of ["More in a moment.", "More on the costs below", "Read more about the plans", "Most popular in our town this year"]) {
      const r = cleanTextDump(txt(...menu, P[0], P[1], ...list, link, P[2], P[3], ...footer));
      expect(bodyLines(r), link).toEqual(expect.arrayContaining(list));
    }
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
  it("joins the article's two parts when the paragraph under the widget is a short sentence", () => {
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
    expect(body).toEqual(expect.arrayContaining([P[0], P[2], P[3]]));
    expect(body.some((l) => /Storm damages|bus timetable|Most Popular/.test(l))).toBe(false);
  });
});

describe("'read also' headers in the formal imperative", () => {
  it("names 'Lea también', 'Vea también', 'Lisez aussi' as section headers, not a sentence that opens with the verb", () => {
    for (const s of ["Lea también", "Lea también:", "Vea también", "Lisez aussi"]) expect(matchBoilerplate(s, words(s))?.breaker, s).toBe(true);
    expect(matchBoilerplate("Lea también el informe completo que publicó la fiscalía el martes en su sitio web.", 16)).toBeNull();
  });
});
