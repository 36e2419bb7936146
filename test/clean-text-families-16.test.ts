/**
 * Text-dump cleaning families: a sponsored-stories box whose label is printed over every card; a lede printed
 * under the meta row and set apart from the body by a photo and a share row. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { FOOTBRIDGE, bodyLines, footer, menu, txt } from "./helpers/footbridge.ts";

const HEADLINE = "Volunteers rebuild the footbridge in a weekend";

/** A paid-teaser box: the label over each card's headline and blurb. */
const sponsoredBox = (label: string): string[] => [
  label,
  "Why gardeners in the north swear by this one cheap trick for winter roses",
  "A retired nurse from the coast explains how she paid off her mortgage in six years of careful saving.",
  label,
  "Ten seaside villages that still feel like a secret in the quiet months",
  "Travel writers picked the places where the cafés stay open and the beaches stay empty all winter long.",
  label,
  "The kitchen gadget that chefs say is worth every penny this season",
  "Home cooks report that the small device cuts the time needed to prepare a family dinner by half or more.",
];

describe("a sponsored-stories box under the article", () => {
  for (const label of ["Sponsored content from partners:", "Stories from our partners", "Gesponserte Inhalte unserer Partner:", "Contenidos de nuestros socios:", "Contenus de nos partenaires"]) {
    it(`drops the box and every print of its label (${label})`, () => {
      const r = cleanTextDump(txt(...menu, HEADLINE, "By Jane Example", ...FOOTBRIDGE, ...sponsoredBox(label), ...footer));
      const body = bodyLines(r);
      expect(body).toEqual(FOOTBRIDGE);
      expect(r.removed.filter((b) => b.text === label)).toHaveLength(3);
      expect(r.removed.find((b) => b.text === label)?.rule).toBe("clean/ad");
    });
  }

  it("keeps a sentence of the article that opens with the same words", () => {
    const sentence = "Sponsored content from partners is now a fifth of the town paper's income, its editor told the council.";
    const r = cleanTextDump(txt(...menu, HEADLINE, "By Jane Example", ...FOOTBRIDGE.slice(0, 3), sentence, ...FOOTBRIDGE.slice(3), ...footer));
    expect(bodyLines(r)).toContain(sentence);
  });

  for (const label of ["Sponsored content", "Promoted stories", "Paid content", "Contenido patrocinado", "Contenuti sponsorizzati"]) {
    it(`cuts no paragraph at a bare ad-slot label between two paragraphs (${label})`, () => {
      for (const at of [1, 4]) {
        const r = cleanTextDump(txt(...menu, HEADLINE, "By Jane Example", ...FOOTBRIDGE.slice(0, at), label, ...FOOTBRIDGE.slice(at), ...footer));
        expect(bodyLines(r)).toEqual(FOOTBRIDGE);
        expect(r.removed.find((b) => b.text === label)?.rule).toBe("clean/ad");
      }
    });
  }

  it("keeps a guide's own repeated section label over its facts", () => {
    const sections = [
      "The north bank",
      "Good to know:",
      "The path along the north bank is paved and suitable for prams, and benches stand every few hundred metres.",
      "The south bank",
      "Good to know:",
      "On the south bank the path is gravel, steeper near the mill, and closed after heavy rain for safety reasons.",
    ];
    const r = cleanTextDump(txt(...menu, HEADLINE, "By Jane Example", ...FOOTBRIDGE, ...sections, ...footer));
    expect(bodyLines(r).filter((t) => t === "Good to know:")).toHaveLength(2);
  });
});

describe("a lede under the meta row, apart from the body", () => {
  const LEDE = "The hill town's volunteers needed only two days to give the school children their river crossing back.";
  const photoAndShare = ["A volunteer carries a timber plank across the river on Saturday morning. Photo: Jane Example", "Share", "Tweet", "Email"];
  const page = (header: string[]) => txt(...menu, HEADLINE, ...header, ...photoAndShare, ...FOOTBRIDGE, ...footer);

  it("keeps the lede as the body's first paragraph", () => {
    const r = cleanTextDump(page(["By Jane Example", "12 March 2024", LEDE]));
    expect(bodyLines(r)).toEqual([LEDE, ...FOOTBRIDGE]);
    expect(r.meta.author).toBe("Jane Example");
  });

  it("leaves out a dek right under the headline, above the meta row", () => {
    const r = cleanTextDump(page([LEDE, "By Jane Example", "12 March 2024"]));
    expect(bodyLines(r)).toEqual(FOOTBRIDGE);
  });

  it("leaves out a caption over a bare photo credit", () => {
    const caption = "Volunteers from the hill town carry the last timber planks across the river on Saturday.";
    const r = cleanTextDump(txt(...menu, HEADLINE, "By Jane Example", "12 March 2024", caption, "© Example Agency", "Share", "Tweet", ...FOOTBRIDGE, ...footer));
    expect(bodyLines(r)).not.toContain(caption);
  });

  it("leaves out a lone sentence under the headline when no byline or dateline stands above it", () => {
    const r = cleanTextDump(txt(...menu, HEADLINE, LEDE, ...photoAndShare, ...FOOTBRIDGE, ...footer));
    expect(bodyLines(r)).toEqual(FOOTBRIDGE);
  });

  it("keeps one copy of the lede when the body prints it again", () => {
    const r = cleanTextDump(page(["By Jane Example", "12 March 2024", LEDE]).replace(FOOTBRIDGE[2], `${LEDE}\n\n${FOOTBRIDGE[2]}`));
    expect(bodyLines(r).filter((t) => t === LEDE)).toHaveLength(1);
    expect(bodyLines(r)).toEqual(expect.arrayContaining(FOOTBRIDGE));
  });

  const caption = "Volunteers from the hill town carry the last timber planks across the river on Saturday.";
  for (const [name, gap] of [
    ["a long photo credit under it", [caption, "Photo by Jane Example for the Example Times", "Share", "Tweet"]],
    ["an image label above it", ["Image", caption, "Share", "Tweet"]],
    ["a file-photo mark under it", [caption, "FILE PHOTO", "Share"]],
  ] as const) {
    it(`leaves out a caption with ${name}`, () => {
      const r = cleanTextDump(txt(...menu, HEADLINE, "By Jane Example", "12 March 2024", ...gap, ...FOOTBRIDGE, ...footer));
      expect(bodyLines(r)).toEqual(FOOTBRIDGE);
    });
  }

  const promos: Record<string, string> = {
    newsletter: "Get the best of our local journalism delivered free to your inbox every weekday morning with our newsletter.",
    subscribe: "Support independent local journalism today and subscribe for less than the price of a coffee each week.",
    "listen notice": "Listen to this article. The audio version of this story is generated automatically and may contain errors.",
    "affiliate disclosure": "When you buy through links on our site, we may earn an affiliate commission at no cost to you.",
    "opinion disclaimer": "The views expressed in this opinion column are the author's own and do not reflect those of the newspaper.",
    "AI notice": "This article was produced with the help of artificial intelligence and checked by an editor before publication.",
    "app promo": "Download our free news app for the latest headlines, breaking news alerts and live video on your phone.",
    "follow us": "Follow us on Facebook and Twitter to keep up with all the latest news from the hill towns and the valley.",
    "related-story teaser": "Read more about how the spring floods cut off the hill towns from the valley roads last month.",
  };
  for (const [name, promo] of Object.entries(promos)) {
    it(`leaves out a ${name} in the lede's slot`, () => {
      const r = cleanTextDump(page(["By Jane Example", "12 March 2024", promo]));
      expect(bodyLines(r)).toEqual(FOOTBRIDGE);
    });
  }

  it("leaves out a teaser blurb cut off with an ellipsis", () => {
    const blurb = "The hill town's volunteers needed only two days to give the school children their river crossing…";
    const r = cleanTextDump(page(["By Jane Example", "12 March 2024", blurb]));
    expect(bodyLines(r)).not.toContain(blurb);
  });
});

describe("a lede followed by its own newest-first one-line updates", () => {
  const HEAD = "Storm closes the coast railway between Harbourside and Millbay";
  const LEDE = "A winter storm brought down trees across the coast railway on Tuesday, and the operator stopped all trains between Harbourside and Millbay.";
  const UPDATES = [
    "18:40 Replacement buses now run every half hour from Harbourside station",
    "17:15 Engineers reach the fallen trees near the Millbay tunnel",
    "16:05 Operator says the railway will stay closed until Thursday morning",
    "15:30 Storm warning extended to the whole coast until midnight",
    "14:50 Passengers stranded at Millbay station given hot drinks",
  ];
  const TICKER = [
    "18:40 Council approves budget for new swimming pool",
    "17:15 Film festival announces its opening night programme",
    "16:05 Football club signs young goalkeeper from league rival",
    "15:30 Bakery chain opens its hundredth shop in the capital",
    "14:50 Museum shows rare maps from the eighteenth century",
  ];

  it("keeps the updates that share the lede's topic", () => {
    const r = cleanTextDump(txt(...menu, HEAD, "By Jane Example", LEDE, ...UPDATES, ...footer));
    expect(bodyLines(r)).toEqual([LEDE, ...UPDATES]);
  });

  it("still drops a latest-news ticker on other topics under an article", () => {
    const r = cleanTextDump(txt(...menu, HEAD, "By Jane Example", LEDE, ...FOOTBRIDGE.slice(0, 2), ...TICKER, ...footer));
    for (const t of TICKER) expect(bodyLines(r)).not.toContain(t);
  });

  it("still drops an unlabelled ticker of other same-topic stories under a longer article", () => {
    const more = [
      "Engineers said the line had been closed twice already this winter, each time for fallen trees on the same stretch of track.",
      "The operator has asked the council for money to clear the woodland along the railway between Harbourside station and the Millbay tunnel.",
    ];
    const sameTopic = [
      "18:40 Coast railway timetable changes from next month",
      "17:15 Harbourside station car park to close for repairs",
      "16:05 New trains for the Millbay line delayed until autumn",
      "15:30 Railway staff at Harbourside vote on pay offer",
      "14:50 Millbay tunnel to get new lighting this summer",
    ];
    const r = cleanTextDump(txt(...menu, HEAD, "By Jane Example", LEDE, ...more, ...sameTopic, ...footer));
    expect(bodyLines(r)).toEqual([LEDE, ...more]);
  });

  it("still drops a local ticker whose headlines share only the town's name with the article", () => {
    const local = TICKER.map((t) => `${t.slice(0, 6)}Harbourside: ${t.slice(6)}`);
    const r = cleanTextDump(txt(...menu, HEAD, "By Jane Example", LEDE, ...local, ...footer));
    for (const t of local) expect(bodyLines(r)).not.toContain(t);
  });
});
