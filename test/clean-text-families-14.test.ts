/**
 * Families where a text dump's article lost to the page around it. Every sentence is
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
      const dump = txt(...menu, "How many parties stood for election?", ARTICLE[0], "Download the chart", ARTICLE[1], label, "Jane Example", ...BIO, "Latest stories", ...LATEST.flat(), ...footer);
      const body = bodyLines(cleanTextDump(dump));
      for (const b of BIO) expect(body).not.toContain(b);
      for (const paragraph of ARTICLE) expect(body).toContain(paragraph);
    }
  });
  it("drops the biography under an article split by a share row, and the article's opening is the body", () => {
    // (The paragraph under the share row is lost to it, before and after the author-box rule: a separate family.)
    const dump = txt(...menu, "How many parties stood for election?", ARTICLE[0], "Download the chart", "Share", ARTICLE[1], "Authors", "Jane Example", ...BIO, "Latest stories", ...LATEST.flat(), ...footer);
    const body = bodyLines(cleanTextDump(dump));
    for (const b of BIO) expect(body).not.toContain(b);
    expect(body).toContain(ARTICLE[0]);
  });
  it("keeps the lede under the same label and name above the article (a byline)", () => {
    const lede = "Born and raised in the valley, the new mayor said the first thing she would do is reopen the old railway station.";
    const dump = txt(...menu, "New mayor promises to reopen the station", "Author", "Jane Example", lede, ...ARTICLE, ...footer);
    expect(bodyLines(cleanTextDump(dump))).toContain(lede);
  });
});

describe("an article in sections under an in-article 'Latest…' or 'More on…' subheading, with no paragraph above it", () => {
  /** Each section: a short line (a date, a time, a question number), a subheading, then one paragraph. */
  const dumpOf = (top: string[], header: string, sections: string[][]) => txt(...menu, ...top, header, ...sections.flat(), ...footer);
  const expectAll = (dump: string, sections: string[][]) => {
    const body = bodyLines(cleanTextDump(dump));
    for (const section of sections) expect(body).toContain(section[2]);
  };
  it("keeps a timeline under 'Latest developments'", () => {
    const timeline = [
      ["2 June", "The orchard is sold", "The county sold the old apple orchard on the edge of the village to a builder who plans sixty houses on the site."],
      ["9 June", "Neighbours object", "More than two hundred people wrote to the planning office within a week, most of them asking for the trees to be kept."],
      ["16 June", "A village meeting", "The school hall was full on Thursday night, and the builder's agent left before the questions from the floor had ended."],
      ["23 June", "The plans are withdrawn", "The builder withdrew its application on Monday and said it would talk to the parish council before trying again."],
    ];
    expectAll(dumpOf(["The orchard dispute: a timeline", "Four weeks in the village"], "Latest developments", timeline), timeline);
  });
  it("keeps a live page's entries under 'Latest updates'", () => {
    const entries = [
      ["09:05 BST", "Trains halted", "No trains are running between the two coastal towns after a landslip blocked the line just north of the tunnel."],
      ["09:40 BST", "Buses brought in", "The operator has hired twelve coaches to carry passengers between the stations, and the first left at half past nine."],
      ["10:20 BST", "Engineers on site", "A team of engineers reached the cutting by boat and says the clay is still moving after two nights of heavy rain."],
      ["11:15 BST", "Line closed all week", "The operator now expects the line to stay closed until Friday at the earliest, and asks people to work from home."],
    ];
    expectAll(dumpOf(["Coast line closed: live", "Tuesday 8 April 2025"], "Latest updates", entries), entries);
  });
  it("keeps a question-and-answer explainer under 'More on this story' or 'Related'", () => {
    const answers = [
      ["Question 1", "What has changed?", "From next month the ferry will run every forty minutes instead of every half hour, and the last boat leaves earlier."],
      ["Question 2", "Why is it changing?", "The operator says one of its three boats needs a new engine, and the yard cannot fit it before the end of the summer."],
      ["Question 3", "Will fares go up?", "Not this year, the operator says, although season tickets will no longer include the late boat on Saturday nights."],
    ];
    for (const header of ["More on this story", "Related"]) expectAll(dumpOf(["Ferry timetable: what you need to know", "By Jane Example"], header, answers), answers);
  });
});

describe("an 'Author' label and a name with the article going on under them", () => {
  const STORY = [
    "The mill has stood empty since the weaving company moved its looms abroad, and its windows have been boarded up for years.",
    "Under the plan, the ground floor would hold a cinema and a café, and the upper floors would be let to small workshops.",
    "The council will decide in the autumn, after a public exhibition of the drawings in the town hall during September.",
  ];
  const APPEAL = "Good reporting takes time and money: our newsroom has served this valley for decades, and it depends on readers who pay for it.";
  const STANDFIRST = "A plan to turn the empty cotton mill into a cinema and workshops has won the backing of the town's biggest employers.";
  it("keeps the lede and the story under an 'Author:' byline, whatever the lede names", () => {
    const ledes = [
      ["Author:", "A record producer who once worked in the mill's dye house has put up the first half of the money for the conversion."],
      ["Autor", "Born in the mill's own cottages in 1938, the oldest former weaver still living in the town has backed the plan in a letter."],
    ];
    for (const [label, lede] of ledes) {
      const dump = txt(...menu, APPEAL, "New life for the old mill", STANDFIRST, label, "Jane Example", lede, ...STORY, ...footer);
      const body = bodyLines(cleanTextDump(dump));
      for (const paragraph of [STANDFIRST, lede, ...STORY]) expect(body).toContain(paragraph);
    }
  });
  it("keeps a book review with an 'Author' details box in its middle", () => {
    const opening = [
      "The book tells the story of a mapmaker who walks the length of the border river, one village a day, over a whole year.",
      "Nothing much happens, yet the chapter on the spring flood is the most gripping thing I have read in a long time.",
    ];
    const rest = [
      "The mapmaker's own notes, printed in the margins, are often funnier than the story they comment on.",
      "Some chapters drag, and the winter months could have been cut by half without losing anything.",
      "Still, by the last page the river feels like a place you have walked along yourself, and that is no small thing.",
    ];
    const writer = "A writer of great patience, Example took eight years over the book, and every page of it shows that care.";
    const dump = txt(...menu, "Review: The Border River", ...opening, "Author", "Jane Example", writer, ...rest, ...footer);
    const body = bodyLines(cleanTextDump(dump));
    for (const paragraph of [...opening, writer, ...rest]) expect(body).toContain(paragraph);
  });
  it("keeps a profiles feature whose sections open with a role and a name", () => {
    const profiles = [
      ["Author", "Jane Example", "Born on the estate in 1965, she wrote her first stories at the kitchen table of the community centre.", "She says the centre gave her a quiet room when her own home had none, and she wants that for the next children."],
      ["Caretaker", "John Example", "He has unlocked the doors every morning for fifteen years and mended the heating more times than he can count.", "He thinks the building could be saved for a fraction of the cost if the roof were fixed this year."],
      ["Pupil", "Ann Example", "She does her homework there every evening because her flat has one table and four people who need it.", "If the centre closes, she says, she will have to do it on the bus on the way to school."],
    ];
    const intro = [
      "The council wants to close the community centre on the estate next year and sell the land to pay for a new sports hall.",
      "Those who use it say the centre is the only warm, free place on the estate after the library closed four years ago.",
      "We asked three of them what the building means to them and what they would lose if it went.",
    ];
    const dump = txt(...menu, "Who the centre is for", ...intro, ...profiles.flat(), ...footer);
    const body = bodyLines(cleanTextDump(dump));
    for (const paragraph of [...intro, ...profiles.flatMap((p) => p.slice(2))]) expect(body).toContain(paragraph);
  });
});
