/**
 * Cleaning round 14 (session 28): families where a text dump's article lost to the page around it. Every sentence is
 * invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { bodyLines, footer, menu, txt } from "./helpers/footbridge.ts";

/** A paywalled story: a standfirst, one visible paragraph, then the paywall's furniture. */
const LEDE = "The ferry between the two islands will stop running in the winter months, the harbour board decided on Monday evening.";
const VISIBLE = "Fishermen who use the morning crossing to bring their catch to the market say they will lose a day's trade each week without it.";
const PAYWALL = ["Already a subscriber? Sign in", "Read this article now!", "Subscribe for 3 months", "cancel any time"];
/** A list of teaser cards under a "More stories" header: a kicker, a headline and a blurb each, every blurb a full sentence. */
const CARDS = [
  ["Harbour", "New pier opens in the north bay", "The town's second pier opened on Friday after two years of building work and a long dispute over the cost of the steel."],
  ["Weather", "Storm warning for the coast", "Forecasters expect gusts of up to ninety kilometres an hour along the coast on Sunday, and the ferries may be cancelled."],
  ["Schools", "Island school gets a new roof", "The primary school on the smaller island has a new roof after a fundraising drive by parents that lasted the whole summer."],
  ["Sport", "Rowing club wins the regatta", "The island's rowing club won the annual regatta for the third year running, beating crews from six mainland towns."],
  ["Food", "Market hall reopens", "The covered market reopened its doors on Saturday with twelve new stalls selling cheese, bread and smoked fish."],
  ["Culture", "Choir tours the mainland", "The island choir will sing in four mainland churches this autumn, its first tour since the old conductor retired."],
];

describe("a list of teaser cards under a box header, below a short article", () => {
  const dump = txt(
    ...menu,
    "Ferry to stop running in winter",
    "By Jane Example",
    LEDE,
    "Boats in the harbour at dawn. Photo: John Example",
    "Share",
    VISIBLE,
    ...PAYWALL,
    "More stories",
    ...CARDS.flat(),
    ...footer,
  );
  it("keeps the short article, not the cards whose blurbs end on a full stop", () => {
    const body = bodyLines(cleanTextDump(dump));
    expect(body).toContain(LEDE);
    for (const [, headline, blurb] of CARDS) {
      expect(body).not.toContain(blurb);
      expect(body).not.toContain(headline);
    }
  });
  it("still keeps an article whose sections are a subheading and one paragraph each under a box header", () => {
    const sections = CARDS.map(([, headline, blurb]) => [headline.replace(/^./, (c) => c.toUpperCase()), blurb]);
    const body = bodyLines(cleanTextDump(txt(...menu, "Island notes", "More stories", ...sections.flat(), ...footer)));
    for (const [, blurb] of sections) expect(body).toContain(blurb);
  });
});

describe("an article's closing sections above a related list of cut-off teasers", () => {
  /** Sections of a short guide: a subheading and one short paragraph each. */
  const SECTIONS = [
    ["Where to start", "Begin with a single wall, the one you see first when you walk into the room."],
    ["What goes with it", "Pale wood and linen soften the colour, while brass and black steel make it louder."],
  ];
  /** A related list: a headline and a blurb that the page cut off with an ellipsis. */
  const RELATED = [
    ["Green is back in the kitchen", "After years of white cupboards, the kitchen is turning to sage, moss and a deep bottle…"],
    ["Small rooms, big patterns", "A bold wallpaper can make a small hall feel larger, if the pattern runs in the right…"],
    ["The return of the rug", "Wall-to-wall carpet is out, but rugs in every size are back on the living room floor…"],
    ["Painting a ceiling", "The fifth wall is often forgotten, yet a coloured ceiling changes the whole mood of a…"],
  ];
  const INTRO = [
    "This year's colour is a warm red that sits between berry and wine, and it is already showing up in paint shops.",
    "Designers say it works best in small doses, on a door, a shelf or the back of a bookcase, rather than on every wall.",
  ];
  it("keeps the closing sections and drops the teasers", () => {
    for (const header of ["Related posts", "Verwandte Beiträge"]) {
      const dump = txt(...menu, "The colour of the year in your home", ...INTRO, ...SECTIONS.flat(), header, ...RELATED.flat(), ...footer);
      const body = bodyLines(cleanTextDump(dump));
      for (const [, paragraph] of SECTIONS) expect(body).toContain(paragraph);
      for (const [, blurb] of RELATED) expect(body).not.toContain(blurb);
    }
  });
});

describe("an author box under a short article: the label, the name, a biography", () => {
  const ARTICLE = [
    "After every election the news names the winners, while the many small parties are counted together as others.",
    "We counted every party that stood in at least one state, and the chart shows how many of them there were each year.",
  ];
  const BIO = [
    "Born in 1979, she has been an editor at the magazine since 2012 and draws most of its maps and charts, from weather to election results.",
    "Her main interest is the history of place names, on which she has written two books and many long essays over the years.",
  ];
  /** The magazine's latest stories, each a headline over a teaser. */
  const LATEST = [
    ["Rivers", "How the delta moved", "The river has shifted its mouth three times in two hundred years, and the maps of each century show it clearly."],
    ["Cities", "The shrinking towns", "Half of the small towns in the valley have lost a third of their people since the mines closed in the nineties."],
    ["Coasts", "Where the dunes grow", "On the northern coast the dunes gain a few metres every year, and the old lighthouse now stands far inland."],
  ];
  it("drops the biography and keeps the article's paragraphs", () => {
    for (const label of ["Authors", "Autorin", "Autor:innen"]) {
      const dump = txt(...menu, "How many parties stood for election?", ARTICLE[0], "Download the chart", "Share", ARTICLE[1], label, "Jane Example", ...BIO, "Latest stories", ...LATEST.flat(), ...footer);
      const body = bodyLines(cleanTextDump(dump));
      for (const b of BIO) expect(body).not.toContain(b);
      expect(body.some((l) => ARTICLE.includes(l))).toBe(true);
    }
  });
  it("keeps the lede under the same label and name above the article (a byline)", () => {
    const lede = "Born and raised in the valley, the new mayor said the first thing she would do is reopen the old railway station.";
    const dump = txt(...menu, "New mayor promises to reopen the station", "Author", "Jane Example", lede, ...ARTICLE, ...footer);
    expect(bodyLines(cleanTextDump(dump))).toContain(lede);
  });
});
