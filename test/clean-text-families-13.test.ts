/**
 * Families of real article text that the text cleaner cut. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { processFile } from "../pipeline/document.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { rejoinHardWrapped, toLineUnits } from "../stages/clean/text/blocks.ts";
import { bodyLines, FOOTBRIDGE, footer, menu, txt } from "./helpers/footbridge.ts";

/** Breaks a paragraph at the last space before `width` characters, as a typewriter-style document is saved. */
function hardWrap(paragraph: string, width = 68, indent = ""): string {
  const out: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out.join("\n");
}

/** An invented club newsletter saved as plain text: five paragraphs, each longer than one printed line. */
const NEWSLETTER = [
  "The allotment society met on the first Tuesday of the month in the hall behind the old mill, and forty members came despite the heavy rain that evening.",
  "The treasurer said the water bill had doubled since the spring, because several plots had left their hoses running overnight during the dry weeks of July.",
  "Members agreed that each plot will get its own tap with a meter next year, and that the cost will be shared between the society and the plot holders.",
  "The committee also asked for volunteers to repair the fence along the railway embankment, where deer have broken through twice since the autumn began.",
  "The next meeting will take place in the same hall, and members who cannot attend are asked to send their questions to the secretary in writing.",
];

describe("hard-wrapped documents (lines broken at a fixed width)", () => {
  it("joins each paragraph's lines into one line before classifying, and keeps the whole document", () => {
    const dump = txt(...menu, "Allotment society newsletter", ...NEWSLETTER.map((p) => hardWrap(p, 68, "   ")), ...footer);
    // Without the join every printed line is a fragment with no sentence end, and the body loses most paragraphs.
    expect(bodyLines(cleanTextDump(dump))).toEqual(NEWSLETTER);
  });
  it("joins a word hyphenated at the margin without a space", () => {
    const units = rejoinHardWrapped(
      toLineUnits(
        [
          "The parish council approved the plan for a new community garden on",
          "the corner of the market square, next to the bus stop and the well-",
          "known bakery, after a long debate about parking that lasted into the",
          "night and ended with a vote of seven to two in favour of the garden.",
          "",
          "Neighbours will be asked to help with the planting in the spring, and",
          "the school has offered to look after the herb beds during the term,",
          "while a local builder will lay the paths and the raised beds for free.",
        ].join("\n"),
      ),
    );
    expect(units.map((u) => u.text)).toEqual([
      "The parish council approved the plan for a new community garden on the corner of the market square, next to the bus stop and the well-known bakery, after a long debate about parking that lasted into the night and ended with a vote of seven to two in favour of the garden.",
      "Neighbours will be asked to help with the planting in the spring, and the school has offered to look after the herb beds during the term, while a local builder will lay the paths and the raised beds for free.",
    ]);
    expect(units.map((u) => u.index)).toEqual([0, 1]);
  });
  it("leaves a dump of one line per paragraph as it is", () => {
    const units = toLineUnits(txt(...menu, ...FOOTBRIDGE, ...footer));
    expect(rejoinHardWrapped(units)).toEqual(units);
  });
  it("does not join lines the writer broke: code, lines the next word would have fitted on, a teaser list with its site names", () => {
    const code = [
      "for plot in plots: total = total + plot.water_used(start, end)",
      "    if total > limit: send_reminder(plot.owner, total, limit, today)",
    ];
    const teasers = Array.from({ length: 6 }, (_, k) => [
      `Headline number ${k + 1} about the valley's harvest festival and its long parade`,
      "example-news.test",
    ]).flat();
    // lines whose next word would have fitted: the writer broke them (a list of short items under a lead-in)
    const items = [
      "bring a spade, a rake and gloves for the work party on the first weekend",
      "seeds for the shared beds, which the secretary orders in bulk",
      "the keys to the tool shed, kept by the treasurer this year",
      "old boards for the compost bins, if they are free of paint",
      "a flask of tea for the volunteers who stay until the evening",
      "string and stakes for the bean rows along the south fence",
      "labels for the seed trays in the greenhouse by the gate",
    ];
    for (const lines of [code, teasers, items]) {
      const units = toLineUnits(lines.join("\n"));
      expect(rejoinHardWrapped(units).length).toBe(units.length);
    }
  });
});

describe("hard-wrapped documents: lines the writer broke stay apart inside a wrapped document", () => {
  // The newsletter's paragraphs make the document read as wrapped, so every case below reaches the join itself.
  const wrapped = NEWSLETTER.map((p) => hardWrap(p));
  const joinedTexts = (dump: string) => rejoinHardWrapped(toLineUnits(dump)).map((u) => u.text);
  const typed = (lines: string[]) => lines;
  const cases: Record<string, string[]> = {
    "a stanza of verse at the margin's width": typed([
      "The frost came down upon the fields and on the water cold and still,",
      "and every window of the farm was lit against the winter hill,",
      "while from the wood the owls called out and answered from the barn at last,",
      "remembering the autumn gone and all the apples of the past.",
    ]),
    "a postal address and signature": typed([
      "Allotment Society of Upper Fernbrook, care of The Secretary, Kiln Lane",
      "registered charity number 7654321, The Old Kiln, Upper Fernbrook",
      "telephone 09876 543210, email secretary at fernbrook allotments",
    ]),
    "an agenda under a lead-in": typed([
      "Agenda for the next meeting of the allotment society committee:",
      "approval of the notes of the last meeting held in the old kiln hall",
      "report of the treasurer on the water bill and the new metered taps",
      "election of a new secretary for the coming two years of the society",
      "any other business raised by the members present at the meeting",
    ]),
    "one sentence a line": typed([
      "The meeting closed at nine, and tea was served in the small side room.",
      "Everybody agreed that the evening had been useful for the whole club.",
      "Notes were taken by the secretary and approved by the chair at the end.",
    ]),
  };
  for (const [name, lines] of Object.entries(cases)) {
    it(`keeps ${name} as typed, and still joins the paragraphs around it`, () => {
      const texts = joinedTexts([...wrapped.slice(0, 3), lines.join("\n"), ...wrapped.slice(3)].join("\n\n"));
      expect(texts).toEqual([...NEWSLETTER.slice(0, 3), ...lines, ...NEWSLETTER.slice(3)]);
    });
  }
  it("keeps a headline apart from the wire dateline paragraph under it (no blank line between)", () => {
    const headline = "Allotment society doubles its water budget after a long dry summer";
    const lead = `MILLBROOK (Wire) — ${NEWSLETTER[0]}`;
    const texts = joinedTexts([headline, hardWrap(lead), "", ...wrapped.slice(1).flatMap((p) => [p, ""])].join("\n"));
    expect(texts).toEqual([headline, lead, ...NEWSLETTER.slice(1)]);
  });
  it("keeps the headline and its lower-case byline: the title and the author come out right", () => {
    const headline = "Fence along the railway embankment will be rebuilt by the society";
    const dump = [headline, "by Petra Quellen, club secretary", "", ...wrapped.flatMap((p) => [p, ""])].join("\n");
    expect(joinedTexts(dump).slice(0, 2)).toEqual([headline, "by Petra Quellen, club secretary"]);
    const r = processFile("newsletter.txt", Buffer.from(dump, "utf8"), { skip: new Set(["entities", "dates"]) });
    expect(r.articles.map((a) => [a.title, a.author])).toEqual([[headline, "Petra Quellen"]]);
    expect(r.articles[0].text).toContain(NEWSLETTER[4]);
  });
});

/** An invented guide: three sections, a key-facts box, a subheading and the closing paragraph. */
const GUIDE = [
  "Witch hazel flowers in the middle of winter, when most of the garden is bare, and its thin yellow petals survive frosts that would kill other blossoms.",
  "The shrub needs little care once it has settled, but it dislikes being moved, so choose a sheltered place with enough room for it to spread over the years.",
  "Water young plants on dry days in the first two summers, and cover the soil with leaves in the autumn so that the shallow roots stay moist and cool.",
];
const FACTS = ["flowers from December to March", "hardy down to minus twenty degrees", "no fertiliser needed", "water in dry summers"];
const CLOSING = "If the shrub fails to flower, it is usually too dark or too dry; a sunnier spot and regular water in late summer bring the blossoms back within a year.";

describe("the paragraph after an article's fact box", () => {
  for (const [name, box] of [
    ["a bulleted box", ["Key facts:", ...FACTS.map((f) => `* ${f}`)]],
    ["an unbulleted box", ["At a glance", ...FACTS]],
  ] as const) {
    it(`keeps the paragraph under ${name} and a subheading`, () => {
      const r = cleanTextDump(txt(...menu, "How to grow witch hazel", ...GUIDE, ...box, "Tips", CLOSING, ...footer));
      const body = bodyLines(r);
      expect(body.slice(0, 3)).toEqual(GUIDE);
      expect(body).toContain(CLOSING);
    });
  }
  const TEASER = "Museum reopens its upper floor";
  const BLURB = "The museum's upper floor, closed for two years of repairs, opened again on Saturday with an exhibition of local photographs.";
  it("still ends the article above another story's headline and blurb under a lead-in list", () => {
    const r = cleanTextDump(txt(...menu, "How to grow witch hazel", ...GUIDE, "Before planting, take these tools from the shed:", "* a spade", "* a rake", "* gloves", TEASER, BLURB, ...footer));
    const body = bodyLines(r);
    expect(body.slice(0, 3)).toEqual(GUIDE);
    expect(body).not.toContain(TEASER);
    expect(body).not.toContain(BLURB);
  });
  it("still ends the article above a fact-box label over other stories' headlines and a blurb", () => {
    const links = ["Ferry service resumes after the storm", "Council approves the new cycle lanes", TEASER];
    const r = cleanTextDump(txt(...menu, "How to grow witch hazel", ...GUIDE, "At a glance", ...links, BLURB, ...footer));
    expect(bodyLines(r)).toEqual(GUIDE);
  });
  it("still ends the article above a digest of other stories under 'In brief'", () => {
    const digest = ["Ferry service resumes after the storm", "Council approves the new cycle lanes", "Museum reopens its upper floor"];
    const blurb = "The museum's upper floor, closed for two years of repairs, opened again on Saturday with an exhibition of local photographs.";
    const r = cleanTextDump(txt(...menu, "How to grow witch hazel", ...GUIDE, "In brief", ...digest, "Culture", blurb, ...footer));
    expect(bodyLines(r)).toEqual(GUIDE);
  });
});

describe("a recipe's ingredient list", () => {
  const INTRO = ["This lentil soup is the one our grandmother cooked every Friday in winter, and it needs little more than a pot, an onion and an hour of patience."];
  const INGREDIENTS = [
    "250 g red lentils",
    "2 tablespoons olive oil",
    "1 large onion, chopped",
    "2 cloves garlic",
    "1 ½ l vegetable stock",
    "1 tsp ground cumin",
    "1 tsp sweet paprika",
    "2 medium carrots, grated",
    "1 can chopped tomatoes",
    "1 pinch chilli flakes",
  ];
  const METHOD = [
    "Warm the oil in a large pot and cook the onion slowly for ten minutes, stirring now and then, until it is soft and golden at the edges.",
    "Add the cumin, the rinsed lentils and the stock, bring everything to the boil and let it simmer for forty minutes with the lid half on.",
  ];
  it("keeps the introduction above the ingredients with the method below", () => {
    const r = cleanTextDump(txt(...menu, "Friday lentil soup", ...INTRO, "Ingredients", ...INGREDIENTS.map((l) => `* ${l}`), "Method", ...METHOD, ...footer));
    const body = bodyLines(r);
    // (without the rule the ten lines cost a menu's 3 each and the introduction is cut off)
    expect(body.slice(0, 1)).toEqual(INTRO);
    expect(body.slice(-2)).toEqual(METHOD);
  });
  it("reads no figure-led headlines as ingredients: 'large', 'small', 'can' and a bare letter need a food word or 'of'", () => {
    const teasers = ["3 large banks report losses in the third quarter", "2 small lenders are taken over by the regulator", "4 can be the lucky number for the town's new lottery", "5 G masts go up along the valley road"];
    const blurb = "The regulator said on Friday that the smaller lenders had run short of cash after a year of losses on loans to builders.";
    const r = cleanTextDump(txt(...menu, "Friday lentil soup", ...INTRO, ...METHOD, "More stories", ...teasers, blurb, ...footer));
    expect(bodyLines(r)).toEqual([...INTRO, ...METHOD]);
  });
  it("still leaves a list of numbered teaser headlines under an article out", () => {
    const teasers = ["10 ways to keep your garden green in August", "7 reasons the valley railway is worth a detour", "5 small towns with the best bakeries in the region"];
    const r = cleanTextDump(txt(...menu, "Friday lentil soup", ...INTRO, ...METHOD, "More stories", ...teasers, ...footer));
    expect(bodyLines(r)).toEqual([...INTRO, ...METHOD]);
  });
});

describe("a share row's comment button above the last paragraph", () => {
  const LAST = "The council will vote on the plan in March, and the mayor said she expected a clear majority for the new bridge.";
  const COMMENTS = [
    "I have crossed that river every day for thirty years and the old bridge was never safe, so this is overdue.",
    "Who is going to pay for it? The last project ran two years late and cost twice as much as promised.",
  ];
  it("keeps the closing paragraph under a 'Comments' button that the thread's header repeats below (innerText)", () => {
    const r = cleanTextDump([...menu, "Footbridge rebuilt by volunteers", ...FOOTBRIDGE, "Comments", LAST, "Comments", ...COMMENTS, ...footer].join("\n"));
    expect(bodyLines(r)).toEqual([...FOOTBRIDGE, LAST]);
  });
  it("still ends the article at a thread whose header is printed again at its foot, over the pager", () => {
    const r = cleanTextDump([...menu, "Footbridge rebuilt by volunteers", ...FOOTBRIDGE, "Comments", COMMENTS[0], "Reply", COMMENTS[1], "Reply", "Comments", "Load more", ...footer].join("\n"));
    expect(bodyLines(r)).toEqual(FOOTBRIDGE);
  });
  it("still ends the article at a paged thread, its header printed over each page", () => {
    const paged = ["Comments", COMMENTS[0], "Reply", "Comments", COMMENTS[1], "Reply"];
    const r = cleanTextDump([...menu, "Footbridge rebuilt by volunteers", ...FOOTBRIDGE, ...paged, ...footer].join("\n"));
    expect(bodyLines(r)).toEqual(FOOTBRIDGE);
  });
  it("still ends the article at a single 'Comments' header over the thread", () => {
    const r = cleanTextDump([...menu, "Footbridge rebuilt by volunteers", ...FOOTBRIDGE, "Comments", ...COMMENTS, ...footer].join("\n"));
    expect(bodyLines(r)).toEqual(FOOTBRIDGE);
  });
});
