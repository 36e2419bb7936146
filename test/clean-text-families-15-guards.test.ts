/**
 * Guards of the share-bar and ticker rules (review mend): lists opened by clock times that are the article's own, live
 * pages with short entries, blurb-only cards between share bars, a digest's own "Other news" headings. Every sentence
 * is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { FOOTBRIDGE, bodyLines, footer, menu, txt } from "./helpers/footbridge.ts";

const LEDE = "The harbour town spent a long and busy day getting ready for the opening of its rebuilt footbridge over the river.";
const CLOSING = "Organisers said they would publish a full report on the day, with photographs from both banks, later this week.";

/** A dump of an article whose own list sits between `above` and a closing paragraph. */
const withList = (title: string, above: string[], list: string[]) => txt(...menu, title, "By Jane Example", ...above, ...list, CLOSING, ...footer);

describe("a clock-opened list that is the article's own (not a latest-news ticker)", () => {
  const cases: Array<[string, string[], string[]]> = [
    ["a markets page's updates, newest first, between the lede and a closing paragraph", [LEDE], [
      "17:35 Share index closes slightly higher on bank stocks",
      "16:50 Oil price slips as the winter stocks grow",
      "15:20 Shipping group shares jump after the harbour deal",
      "14:05 Currency steady ahead of the central bank meeting",
      "12:40 Timber supplier wins the footbridge contract",
    ]],
    ["a timeline told backwards under a colon lead-in", [LEDE, "This is how the stormy evening went, from the end back to the start:"], [
      "23:50 The last ferry leaves the harbour half empty",
      "22:30 Police close the coast road after a landslide",
      "21:40 Power returns to the houses near the market",
      "21:05 Firefighters pump water out of the school hall",
      "20:30 The first heavy rain reaches the northern hills",
    ]],
    ["parallel sessions at the same time", [LEDE, "After lunch, five workshops run side by side:"], [
      "14:00 Workshop: building a rope bridge with pupils",
      "14:00 Workshop: how to read a flood map",
      "14:00 Workshop: carving timber joints by hand",
      "14:00 Workshop: first aid on the riverbank",
      "14:00 Workshop: photographing old bridges",
    ]],
    ["a TV guide's evening picks (one time, several channels)", [LEDE, "Our picks for the evening:"], [
      "20:15 Channel One: The Bridge Builders, a documentary",
      "20:15 Channel Two: River Police, a crime drama",
      "20:15 Channel Three: Island Quiz Night with guests",
      "20:15 Channel Four: The Long Winter, a period film",
      "20:15 Channel Five: Harbour Lights, a live concert",
    ]],
    ["a basketball play-by-play whose game clock counts down", [LEDE, "The opening quarter, play by play:"], [
      "11:42 Novak scores a three from the corner",
      "10:58 Petrov answers with a quick layup",
      "10:11 Novak steals the ball and dunks",
      "9:27 Timeout called by the visiting coach",
      "8:35 Petrov hits two free throws",
    ]],
  ];
  for (const [name, above, list] of cases) {
    it(`keeps ${name}, and the paragraph under it`, () => {
      const body = bodyLines(cleanTextDump(withList("A day at the harbour", above, list)));
      expect(body).toContain(LEDE);
      for (const l of list) expect(body).toContain(l);
      expect(body).toContain(CLOSING);
    });
  }
  it("keeps a ranking of journey lengths ('6h15 …' is a length, not a clock time) under a plain heading", () => {
    const list = [
      "6h15 Lyon – Nantes by the night train",
      "5h20 Lyon – Brest with one change",
      "4h05 Lyon – Lille along the old line",
      "3h30 Lyon – Toulouse on the fast train",
      "1h55 Lyon – Geneva, the shortest of all",
    ];
    const body = bodyLines(cleanTextDump(withList("The longest train trips of the summer", [LEDE, "Ranked by length"], list)));
    for (const l of list) expect(body).toContain(l);
    expect(body).toContain(CLOSING);
  });
});

describe("a live page's entries that are short", () => {
  const entries = [
    ["17:05 Bridge opens to walkers", "The gates are open."],
    ["16:40 Pupils on the far bank", "About forty have come."],
    ["16:05 Mayor arrives", "She came by bicycle."],
    ["15:30 Crowds along the river", "Hundreds are waiting."],
    ["15:02 Our live coverage starts", "Stay with us today."],
  ];
  it("keeps every entry when each timed heading has a short sentence under it", () => {
    const body = bodyLines(cleanTextDump(txt(...menu, "Footbridge opening: live updates", "By Jane Example", FOOTBRIDGE[0], ...entries.flat(), ...footer)));
    for (const [heading, text] of entries) {
      expect(body).toContain(heading);
      expect(body).toContain(text);
    }
  });
  it("keeps the timed headings when a reporter's name stands between heading and paragraph", () => {
    const withBylines = entries.flatMap(([heading, text]) => [heading, "Tom Example", `${text} More on this in a moment from our reporter by the river.`]);
    const body = bodyLines(cleanTextDump(txt(...menu, "Footbridge opening: live updates", FOOTBRIDGE[0], ...withBylines, ...footer)));
    for (const [heading] of entries) expect(body).toContain(heading);
  });
});

describe("blurb-only cards between share bars (review mend)", () => {
  const SHARE_BAR = "Share this article\n * Facebook\n * Twitter\n * Email";
  it("keeps the article and leaves out the cards' blurbs (no chaining from card to card)", () => {
    const blurbs = [
      "The covered market reopened on Saturday with twelve new stalls selling cheese, bread and smoked fish to visitors.",
      "The island choir will sing in four mainland churches this autumn, its first tour since the old conductor retired.",
      "The rowing club won the annual regatta for the third year running, beating crews from six mainland towns.",
    ];
    const dump = txt(...menu, "Volunteers rebuild a footbridge", ...FOOTBRIDGE.slice(0, 4), ...blurbs.flatMap((b) => [SHARE_BAR, b]), SHARE_BAR, ...footer);
    const body = bodyLines(cleanTextDump(dump));
    expect(body).toEqual(expect.arrayContaining(FOOTBRIDGE.slice(0, 4)));
    for (const b of blurbs) expect(body).not.toContain(b);
  });
});

describe("a digest's own 'Other news' heading (not a teaser box header)", () => {
  it("keeps 'Other news in brief' and the short items under it", () => {
    const items = ["The covered market reopened on Saturday.", "The choir will sing on the mainland in autumn.", "The rowing club won the regatta again."];
    const body = bodyLines(cleanTextDump(txt(...menu, "The week on the island", ...FOOTBRIDGE.slice(0, 2), "Other news in brief", ...items, ...footer)));
    expect(body).toContain("Other news in brief");
    for (const i of items) expect(body).toContain(i);
  });
  it("keeps a colon lead-in 'Otras noticias del día:' over short sentences", () => {
    const items = ["La biblioteca abrió una sala nueva.", "El coro cantará en invierno.", "El club de remo ganó otra vez."];
    const paras = [
      "Los vecinos del pueblo pasaron el fin de semana reconstruyendo la pasarela que la crecida del río se llevó en primavera.",
      "El viejo puente de madera unía la escuela con las casas de la otra orilla, y los niños caminaban una hora más cada día.",
    ];
    const body = bodyLines(cleanTextDump(txt(...menu, "La semana en la isla", ...paras, "Otras noticias del día:", ...items, ...footer)));
    expect(body).toContain("Otras noticias del día:");
    for (const i of items) expect(body).toContain(i);
  });
});
