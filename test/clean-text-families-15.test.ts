/**
 * Cleaning: a paragraph between two share bars, latest-news tickers. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { FOOTBRIDGE, bodyLines, footer, menu, txt } from "./helpers/footbridge.ts";

/** A share bar as html-to-text prints it: a label and its buttons as list entries. */
const SHARE_BAR = "Share this article\n * Facebook\n * Twitter\n * Email";
const CLOSING = "The bridge will be named after the volunteers, and a small plaque with their names is to be fixed to its railing in the spring.";

describe("a paragraph standing alone between two share bars (share rows in the article's flow)", () => {
  it("keeps the closing paragraph under the article's share bar, above the page's second bar", () => {
    const dump = txt(...menu, "Volunteers rebuild a footbridge", "By Jane Example", ...FOOTBRIDGE.slice(0, 4), SHARE_BAR, CLOSING, SHARE_BAR, "More from News", "Market hall reopens", "Storm warning for the coast", ...footer);
    const body = bodyLines(cleanTextDump(dump));
    expect(body).toContain(FOOTBRIDGE[0]);
    expect(body).toContain(CLOSING);
    expect(body.join(" ")).not.toMatch(/Facebook|Share this article|Market hall/);
  });
  it("keeps a lede printed between the top share bar and the bar repeated under it", () => {
    const dump = txt(...menu, "Volunteers rebuild a footbridge", "By Jane Example", SHARE_BAR, FOOTBRIDGE[0], SHARE_BAR, ...FOOTBRIDGE.slice(1, 4), ...footer);
    const body = bodyLines(cleanTextDump(dump));
    expect(body).toEqual(expect.arrayContaining(FOOTBRIDGE.slice(0, 4)));
    expect(body.join(" ")).not.toMatch(/Facebook|Twitter/);
  });
  it("guard: a list of teaser cards with a share bar each (headline between bar and blurb) stays out", () => {
    const cards = [
      ["Market hall reopens", "The covered market reopened on Saturday with twelve new stalls selling cheese, bread and smoked fish to visitors."],
      ["Choir tours the mainland", "The island choir will sing in four mainland churches this autumn, its first tour since the old conductor retired."],
      ["Rowing club wins the regatta", "The rowing club won the annual regatta for the third year running, beating crews from six mainland towns."],
    ];
    const dump = txt(...menu, "Volunteers rebuild a footbridge", ...FOOTBRIDGE.slice(0, 4), SHARE_BAR, ...cards.flatMap(([h, b]) => [h, b, SHARE_BAR]), ...footer);
    const body = bodyLines(cleanTextDump(dump));
    expect(body).toContain(FOOTBRIDGE[3]);
    for (const [, blurb] of cards) expect(body).not.toContain(blurb);
  });
});

/** A "Latest" ticker: headlines opened by their clock time, newest first. */
const TICKER = [
  "16:42 Ferry timetable changes for the winter season",
  "16:15 Island school gets a new roof after summer appeal",
  "15:58 Rowing club wins the regatta for the third time",
  "15:30 Storm warning issued for the northern coast",
  "15:02 Market hall to open on Sundays from next month",
  "14:47 Choir announces four concerts on the mainland",
];

describe("a latest-news ticker under or beside the article", () => {
  it("drops the ticker's headlines under an article of short sections", () => {
    const dump = txt(...menu, "Volunteers rebuild a footbridge", "By Jane Example", ...FOOTBRIDGE.slice(0, 3), "Latest", ...TICKER, ...footer);
    const body = bodyLines(cleanTextDump(dump));
    expect(body).toContain(FOOTBRIDGE[2]);
    for (const t of TICKER) expect(body).not.toContain(t);
  });
  it("guard: a programme inside the article (times in the day's order) stays", () => {
    const programme = ["09:00 Registration and coffee in the town hall", "09:30 Opening words from the mayor and the carpenters", "10:15 Walk to the new footbridge along the river", "11:00 Cutting of the ribbon by the school's pupils", "12:30 Lunch for the volunteers in the market square"];
    const dump = txt(...menu, "Footbridge opening day", ...FOOTBRIDGE.slice(0, 2), "The opening day follows this programme:", ...programme, FOOTBRIDGE[3], ...footer);
    const body = bodyLines(cleanTextDump(dump));
    for (const p of programme) expect(body).toContain(p);
  });
  it("guard: a live page's entries (a timed heading over its own paragraph) stay", () => {
    const entries = [
      ["16:40 Engineers finish their inspection", "The two engineers walked the length of the bridge twice and tested each of the steel cables before they signed the papers."],
      ["16:05 Pupils gather on the far bank", "Around forty pupils and their teachers have gathered on the far bank, many of them holding paper flags they made in class."],
      ["15:30 Mayor arrives by bicycle", "The mayor arrived by bicycle a few minutes ago and thanked the volunteers, saying the town owed them a great deal."],
      ["15:02 Crowds build at the river", "Several hundred people are now waiting along the river path, and the police have closed the road to cars for the afternoon."],
      ["14:45 Welcome to our live coverage", "We will follow the opening of the new footbridge through the afternoon, with reports from both banks of the river."],
    ];
    const dump = txt(...menu, "Footbridge opening: live", ...entries.flat(), ...footer);
    const body = bodyLines(cleanTextDump(dump));
    // (the first entry's heading is read as the page's title, as it was before the ticker rule)
    for (const [heading, text] of entries.slice(1)) expect(body).toContain(heading);
    for (const [, text] of entries) expect(body).toContain(text);
  });
});

describe("an 'Other news' box header under the article", () => {
  const teasers = ["Mayor opens the new market hall", "Storm warning issued for the northern coast", "Rowing club wins the regatta again"];
  const blurb = "The island choir will sing in four mainland churches this autumn, its first tour since the old conductor retired.";
  for (const header of ["Otras noticias de Puentes", "Other stories from Ostrava Nova", "Autres actualités"]) {
    it(`ends the article at "${header}" (its teasers and their blurb stay out)`, () => {
      const dump = txt(...menu, "Volunteers rebuild a footbridge", "By Jane Example", ...FOOTBRIDGE.slice(0, 4), header, ...teasers, blurb, "Tags", ...footer);
      const body = bodyLines(cleanTextDump(dump));
      expect(body).toContain(FOOTBRIDGE[3]);
      expect(body).not.toContain(blurb);
      for (const t of teasers) expect(body).not.toContain(t);
    });
  }
  it("guard: a sentence that opens with 'Other news' stays", () => {
    const sentence = "Other news outlets reported the same.";
    const dump = txt(...menu, "Volunteers rebuild a footbridge", ...FOOTBRIDGE.slice(0, 2), sentence, ...FOOTBRIDGE.slice(2, 4), ...footer);
    expect(bodyLines(cleanTextDump(dump))).toContain(sentence);
  });
});

describe("a section label repeated in every section of a guide", () => {
  const sections = [
    ["Hot springs at the old mill", "The pools at the old mill are fed by a spring that keeps the water warm even in the middle of winter, and the sauna looks over the river.", "Day tickets cost 30 euros for adults, and children under six swim for free on weekdays."],
    ["The lake spa", "The lake spa has a floating pool, four saunas and a quiet room with a view across the water towards the mountains on the far shore.", "It opens at nine every morning, and the last guests are let in two hours before closing time."],
    ["The forest baths", "In the forest baths the pools sit between tall pine trees, and paths lead from one small wooden sauna to the next through the woods.", "Guests can book a massage at the reception, and towels are included in the price of every ticket."],
  ];
  it("keeps the label over each section's facts, not only its first print", () => {
    const dump = txt(...menu, "Three spas for a winter weekend", ...sections.flatMap(([h, p, facts]) => [h, p, "Good to know:", facts]), ...footer);
    const r = cleanTextDump(dump);
    const body = bodyLines(r);
    for (const [, p, facts] of sections) expect(body).toEqual(expect.arrayContaining([p, facts]));
    expect(body.filter((l) => l === "Good to know:")).toHaveLength(3);
  });
  it("guard: a label repeated over menu links, not prose, still goes as a repeat", () => {
    const dump = txt(...menu, "Three spas for a winter weekend", "Categories:", "Travel", "Wellness", ...FOOTBRIDGE.slice(0, 4), "Categories:", "Travel", "Wellness", ...footer);
    const r = cleanTextDump(dump);
    expect(bodyLines(r)).not.toContain("Categories:");
  });
});

describe("share bars around a paragraph in a Markdown dump (the buttons are links)", () => {
  it("keeps the closing paragraph between the two bars", () => {
    const bar = "*   [Facebook](https://example.org/share/fb)\n*   [Twitter](https://example.org/share/tw)\n*   [Email](mailto:?subject=bridge)";
    const md = ["# Volunteers rebuild a footbridge", ...FOOTBRIDGE.slice(0, 4), bar, CLOSING, bar, "## More from News", "*   [Market hall reopens](https://example.org/a)", "*   [Storm warning for the coast](https://example.org/b)"].join("\n\n");
    const body = bodyLines(cleanTextDump(md));
    expect(body).toContain(FOOTBRIDGE[3]);
    expect(body).toContain(CLOSING);
    expect(body.join(" ")).not.toMatch(/Facebook|Market hall/);
  });
});
