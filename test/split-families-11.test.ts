/**
 * Split: Markdown thematic breaks ("---", "___", "***", "- - -") between stories are rules as a text dump's
 * longer rules are; one Markdown article's own breaks between its sections stay inside it. Every text here is invented.
 */
import { describe, expect, it } from "vitest";
import { findStories } from "../stages/clean/stories.ts";
import { AUTHORS, BODIES, DAYS, expectKept, HEADS, run } from "./helpers/split-text.ts";

/** A Markdown story: an ATX headline, a byline, a date row and `n` paragraphs. */
const mdStory = (i: number, n = 3) => `# ${HEADS[i]}\n\nBy ${AUTHORS[i]}\n\n${DAYS[i][0]}\n\n${BODIES[i].slice(0, n).join("\n\n")}\n`;

describe("Markdown thematic breaks between stories", () => {
  for (const rule of ["---", "___", "***", "- - -", "----"]) {
    it(`three signed, dated stories of three short paragraphs under "${rule}": one article each, with its own metadata`, () => {
      const r = run("digest.md", [0, 1, 2].map((i) => mdStory(i)).join(`\n${rule}\n\n`));
      expect(r.articles.map((a) => a.title)).toEqual(HEADS);
      expect(r.articles.map((a) => a.author)).toEqual(AUTHORS);
      expect(r.articles.map((a) => a.published?.slice(0, 10))).toEqual(DAYS.map((d) => d[1]));
      expectKept(r, BODIES.flatMap((b) => b.slice(0, 3)));
      // The break is the joiner's, in no article.
      for (const a of r.articles) expect(a.text).not.toMatch(/^\s*[-_*](?:\s*[-_*]){2,}\s*$/m);
    });
  }

  it("a text dump's three dashes between one article's short sections: one article", () => {
    const sections = [
      ["The old road", "The coach road ran along the ridge for two hundred years, and its milestones still stand in the bracken above the village."],
      ["The turnpike", "When the turnpike came, the toll house at the crossroads took a penny a wheel, and the drovers went round by the ford instead."],
      ["The bypass", "The new bypass took the lorries away last spring, and for the first time in living memory the high street is quiet at night."],
    ];
    const r = run("roads.txt", `Three roads through Upper Vale\n\n${sections.map(([h, p]) => `${h}\n\n${p}\n`).join("\n---\n\n")}`);
    expect(r.articles).toHaveLength(1);
    expectKept(r, sections.map(([, p]) => p));
  });
});

/** One Markdown article: an ATX title, an intro, then `## ` sections of one short paragraph each, joined by `rule`. */
function mdPiece(title: string, intro: string, sections: [string, string][], rule: string, byline = ""): string {
  return `# ${title}\n\n${byline}${intro}\n\n${rule}\n\n${sections.map(([h, p]) => `## ${h}\n\n${p}\n`).join(`\n${rule}\n\n`)}`;
}

describe("one Markdown article's own thematic breaks stay inside it", () => {
  const cases: [string, string][] = [
    [
      "a feature with three subheads under ---",
      mdPiece(
        "The last ropemaker on the quay",
        "For forty years the rope walk behind the harbour has smelled of tar and hemp, and Walter Crane has walked it every morning.",
        [
          ["Learning the trade", "He started at fifteen, turning the wheel for his uncle while the older men walked backwards down the shed paying out the yarn."],
          ["The lean years", "When the fishing fleet shrank, orders fell to a handful a month, and he took in mooring lines for pleasure boats to keep going."],
          ["Passing it on", "This spring two apprentices joined him, and for the first time in a decade the long shed is busy from end to end."],
        ],
        "---",
        `By ${AUTHORS[0]}\n\n${DAYS[0][0]}\n\n`,
      ),
    ],
    [
      "a listicle of four walks under ***",
      mdPiece(
        "Four winter walks within reach of the city",
        "Short days need short walks. These four take less than three hours and each ends near a warm pub.",
        [
          ["The river path to Lowmill", "Follow the towpath upstream past the weir, cross at the old packhorse bridge and come back along the far bank."],
          ["Beacon Hill", "A steady climb from the church brings you to the beacon, where on a clear day you can see three counties."],
          ["The heath loop", "Sandy tracks wind between gorse and birch, and the ponds are busy with ducks even in the coldest weeks."],
          ["Saltmarsh and sea wall", "The sea wall gives dry footing all year, with geese flying in over the marsh as the light goes."],
        ],
        "***",
      ),
    ],
    [
      "an FAQ under ___",
      mdPiece(
        "Your questions about the new bin collections",
        "The district changes its collection days next month. Here are answers to the questions residents ask most often.",
        [
          ["Which day will my bins go out", "Every household will receive a letter with its new day, and the calendar on the council website will be updated."],
          ["Do I need new bins", "No. The same bins are used, but food waste now goes out every week instead of every other week."],
          ["What about bank holidays", "Collections move one day later in any week with a bank holiday, and catch up by the Saturday."],
        ],
        "___",
      ),
    ],
    [
      "a recipe's steps under - - -",
      mdPiece(
        "Grandmother's barley soup",
        "This soup was on the stove every Saturday of my childhood, and it still tastes best the day after it is made.",
        [
          ["Soaking the barley", "Cover the pearl barley with cold water the night before and leave it on the kitchen table until morning."],
          ["Building the pot", "Soften onions, carrots and celery in butter, add the drained barley and pour in enough stock to cover everything twice."],
          ["The long simmer", "Let it blip gently for two hours, stirring now and then, and season only at the very end."],
        ],
        "- - -",
      ),
    ],
    [
      "a short story in three parts under ---",
      mdPiece(
        "The lighthouse keeper's daughter",
        "Nobody on the island remembered a winter as long as the one when the supply boat stopped coming.",
        [
          ["I", "Mara kept the lamp burning each night with the last of the oil, trimming the wick so the flame would last until dawn."],
          ["II", "In February a fishing boat limped into the cove with a broken mast, and the crew stayed a fortnight to mend it."],
          ["III", "When spring came the supply boat returned at last, and Mara was standing on the jetty to catch its rope."],
        ],
        "---",
      ),
    ],
    [
      "an interview's questions under ---",
      mdPiece(
        "Ten minutes with the new harbour master",
        `We asked ${AUTHORS[1]}, who took charge of the harbour in March, about tides, traffic and the summer ahead.`,
        [
          ["What surprised you most", "How many people still fish from the pier at night. Some of them have been coming here for sixty years."],
          ["What will change this summer", "We are marking out new visitor moorings so that yachts no longer raft up four deep in the inner basin."],
          ["Your favourite spot", "The end of the north breakwater at six in the morning, before the first boats go out."],
        ],
        "---",
      ),
    ],
    [
      "a timeline of dated entries under ---",
      mdPiece(
        "How the bridge was saved: a timeline",
        "The footbridge over the gorge came within a week of demolition before a campaign raised the money to repair it.",
        [
          ["March 2019", "Engineers close the bridge after finding rust in two of the main cables and advise the county to pull it down."],
          ["June 2019", "Villagers form a trust and start collecting donations at the summer fair, raising the first thousand pounds in a day."],
          ["May 2021", "The repaired bridge reopens with new cables, and the trust holds a picnic on the far side of the gorge."],
        ],
        "---",
      ),
    ],
  ];
  for (const [what, text] of cases) {
    it(`${what}: one article, every section in it`, () => {
      const r = run("one.md", text);
      expect(r.articles).toHaveLength(1);
      expectKept(r, [...text.matchAll(/^(.{60,})$/gm)].map((m) => m[1]));
    });
  }

  it("a signed story, then its own explainer box of three short headed paragraphs under ---: one article with the story's byline", () => {
    const box = [
      ["What happens next", "The council will invite builders to bid for the wall this spring and choose one by the autumn."],
      ["Who pays for the wall", "Most of the cost comes from a national grant, and the council will borrow the rest over twenty years."],
      ["How to have your say", "Residents can comment on the design of the wall at the council offices until the end of next month."],
    ];
    const r = run("story.md", `${mdStory(0, 4)}\n---\n\n${box.map(([h, p]) => `## ${h}\n\n${p}\n`).join("\n---\n\n")}`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].author).toBe(AUTHORS[0]);
    expectKept(r, box.map(([, p]) => p));
  });

  it("a heading underlined with --- (setext) over each section: one article, every section's text in it", () => {
    const sections = [
      ["Morning", "The market opens at dawn, when the flower sellers set out buckets of tulips along the north side of the square."],
      ["Noon", "By midday the food stalls have the longest queues, and the benches by the fountain are all taken."],
      ["Evening", "As the light goes, the traders pack away and the square belongs to the skateboarders until the lamps come on."],
    ];
    const text = `# A day on the square\n\n${sections.map(([h, p]) => `${h}\n---\n\n${p}\n`).join("\n")}`;
    const r = run("setext.md", text);
    expect(r.articles).toHaveLength(1);
    expectKept(r, sections.map(([, p]) => p));
    for (const [h] of sections.slice(1)) expect(r.articles[0].text).toContain(h);
  });
});

describe("text: a page's own modal or help panel printed after its footer", () => {
  const menu = "Home\nNews\nSport\nWeather\nOpinion\n\n";
  const foot = "Privacy Policy | Terms of Use\n© 2024 The Courier. All rights reserved.\n";
  const page = (i: number) => `${menu}${HEADS[i]}\n\nBy ${AUTHORS[i]}\n\n${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n\n${foot}`;
  const signed = (i: number) => `${HEADS[i]}\n\nBy ${AUTHORS[i]}\n\n${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n`;
  const help = [
    "Type two words or more to find pages that hold all of them, or put a phrase in quotation marks to find it exactly.",
    "Leave the search box empty and pick a section, a year or a place to list every page filed under it.",
    "Results are listed newest first; use the arrows at the foot of the list to move between pages of results.",
  ];
  const searchPanel = `Search the archive\n\n * Sections\n    * News\n    * Sport\n    * Business\n    * Select all\n * Years\n    * 2022\n    * 2023\n    * 2024\n    * Select all\n\n×\n\nHelp\n\nSearching the archive\n\n${help.join("\n\n")}\n`;

  for (const announce of ["Entering a modal", "Beginning of dialog window. Escape will cancel and close the window."]) {
    it(`a story in a modal announced as "${announce.slice(0, 24)}…" after the footer: one article, no second`, () => {
      const r = run("one.txt", `${page(0)}\n\n${announce}\n\n${signed(1)}`);
      expect(r.articles).toHaveLength(1);
    });
  }

  it("a joined page after the footer that opens with its menu, with a video's dialog text inside its story: two articles", () => {
    const second = `${menu}${HEADS[1]}\n\nBy ${AUTHORS[1]}\n\n${DAYS[1][0]}\n\n${BODIES[1].slice(0, 2).join("\n\n")}\n\nBeginning of dialog window. Escape will cancel and close the window.\n\n${BODIES[1].slice(2).join("\n\n")}\n\n${foot}`;
    const r = run("two.txt", `${page(0)}\n\n${second}`);
    expect(r.articles.map((a) => a.title)).toEqual(HEADS.slice(0, 2));
    expectKept(r, [...BODIES[0], ...BODIES[1]]);
  });

  it("a search form and its help panel after the footer, under the page's own rule: one article, the help text in no second one", () => {
    const r = run("one.txt", `${page(0)}\n----------------------------------------\n\n${searchPanel}`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].title).toBe(HEADS[0]);
    expectKept(r, BODIES[0]);
  });

  it("a joined undated page whose menu opens with a close button, above its masthead and headline: two articles", () => {
    const second = `×\n\n${menu}The Valley Post\n\n${HEADS[2]}\n\n${BODIES[2].slice(0, 3).join("\n\n")}\n\n${foot}`;
    const r = run("two.txt", `${page(0)}\n\n${second}`);
    expect(r.articles.map((a) => a.title)).toEqual([HEADS[0], HEADS[2]]);
    expectKept(r, [...BODIES[0], ...BODIES[2].slice(0, 3)]);
  });
});

describe("a newsletter's masthead and a rule over undated briefs under rules", () => {
  const briefs: [string, string][] = [
    ["Ferry timetable changes", "The harbour ferry will run every forty minutes instead of every half hour from Monday, the operator said, because one of its two boats is going into dry dock for repairs."],
    ["Library extends its hours", "The central library will stay open until eight on Thursday evenings from next month, after a survey found that most readers wanted later opening during the week."],
    ["Bridge closed for repainting", "The old iron footbridge over the railway will close for six weeks while painters strip and recoat its girders, and walkers will be sent round by the level crossing."],
    ["Choir wins regional prize", "The town's youth choir took first place at the regional festival on Saturday, beating eleven other choirs with a programme of folk songs and a new piece by its director."],
  ];
  const items = (rule: string) => briefs.map(([h, p]) => `${h}\n\n${p}\n`).join(`\n${rule}\n\n`);
  const mastheads = ["The Valley Bulletin\nIssue 42 · 7 May 2024", "Harbour Town Newsletter\n7 May 2024", "Morning Briefing\nTuesday 7 May 2024", "Stadtteil-Rundbrief\nAusgabe 12"];
  for (const masthead of mastheads) {
    for (const rule of ["----------", "* * *"]) {
      it(`"${masthead.split("\n")[0]}" over "${rule}": one article per brief, the masthead in the audit`, () => {
        const r = run("bulletin.txt", `${masthead}\n\n${rule}\n\n${items(rule)}`);
        expect(r.articles.map((a) => a.title)).toEqual(briefs.map(([h]) => h));
        expectKept(r, briefs.map(([, p]) => p));
        expect(r.removed.some((x) => x.text.includes(masthead.split("\n")[0]))).toBe(true);
      });
    }
  }

  it("a plain title over a date (a listicle's heading) over the same pieces: one article", () => {
    const r = run("list.txt", `Four things to do this weekend\n7 May 2024\n\n----------\n\n${items("----------")}`);
    expect(r.articles).toHaveLength(1);
    expectKept(r, briefs.map(([, p]) => p));
  });

  const oneArticle: [string, string, string, [string, string][]][] = [
    [
      "a masthead over a feature's title and intro, then its sections under rules",
      "feature.txt",
      "The Valley Bulletin\nIssue 42\n\nLife beside the canal\n\nThe boat people of Wharf Row have tied up below the mill for as long as anyone can remember, and every autumn they wonder whether the lock will hold.",
      [
        ["The first hard winter", "Edna Marsh was twelve when the canal froze solid and her father walked the coal across the ice to the mill in a wheelbarrow."],
        ["Waiting for the lock keeper", "For years the broken gate was patched with planks. Letters went to the canal company and came back with polite regrets."],
        ["The summer after", "This year a crew finally arrived with a crane, and the new gate swung shut on its first try while the whole row watched."],
      ],
    ],
    [
      "a masthead over a one-page newsletter item's sections on one subject",
      "item.txt",
      "Harbour Town Newsletter\n7 May 2024",
      [
        ["Why the pool is closing", "The swimming pool roof needs new beams, and the pool will close for the whole of the summer while the roof is rebuilt."],
        ["Where to swim meanwhile", "Pool members can use the swimming pool at the leisure centre in Northgate, where the pool will open an hour earlier."],
        ["When the pool reopens", "The pool should reopen in September, and pool members will get two months of free swimming for their patience."],
      ],
    ],
  ];
  for (const [what, name, head, sections] of oneArticle) {
    it(`${what}: one article`, () => {
      const r = run(name, `${head}\n\n----------\n\n${sections.map(([h, p]) => `${h}\n\n${p}\n`).join("\n----------\n\n")}`);
      expect(r.articles).toHaveLength(1);
      expectKept(r, sections.map(([, p]) => p));
    });
  }
});

describe("text: stories joined by blank lines, each under a headline, a byline and a date row", () => {
  const signed = (head: string, author: string, day: string, ps: string[]) => `${head}\nBy ${author}\n${day}\n\n${ps.join("\n\n")}\n`;
  for (const join of ["\n", "\n\n"]) {
    it(`three stories of two paragraphs, three writers, three days (${join.length} blank line${join.length > 1 ? "s" : ""} between): one article each`, () => {
      const r = run("three.txt", [0, 1, 2].map((i) => signed(HEADS[i], AUTHORS[i], DAYS[i][0], BODIES[i].slice(0, 2))).join(join));
      expect(r.articles.map((a) => a.title)).toEqual(HEADS);
      expect(r.articles.map((a) => a.author)).toEqual(AUTHORS);
      expect(r.articles.map((a) => a.published?.slice(0, 10))).toEqual(DAYS.map((d) => d[1]));
      expectKept(r, BODIES.flatMap((b) => b.slice(0, 2)));
    });
  }

  it("a live blog over two days, two writers taking turns, two entries a day: one article", () => {
    const entries = [
      ["Storm reaches the coast", AUTHORS[0], DAYS[0][0], BODIES[0].slice(0, 2)],
      ["Ferries stay in port", AUTHORS[1], DAYS[0][0], BODIES[1].slice(0, 2)],
      ["Clear-up begins on the seafront", AUTHORS[0], DAYS[1][0], BODIES[2].slice(0, 2)],
      ["Power back in most homes", AUTHORS[1], DAYS[1][0], BODIES[0].slice(2, 4)],
    ] as const;
    const r = run("live.txt", `Live: the storm on the coast\n\n${entries.map(([h, a, d, ps]) => signed(h, a, d, [...ps])).join("\n")}`);
    expect(r.articles).toHaveLength(1);
  });

  it("one writer's diary over three days, each day under its own heading: one article", () => {
    const r = run("diary.txt", [0, 1, 2].map((i) => signed(`Day ${i + 1}: ${HEADS[i]}`, AUTHORS[0], DAYS[i][0], BODIES[i].slice(0, 2))).join("\n"));
    expect(r.articles).toHaveLength(1);
  });
});

describe("odd files: rules only, many rules, CRLF", () => {
  it("a file of rules only (text and Markdown): no article, no error", () => {
    for (const [name, rule] of [["rules.txt", "----------"], ["rules.md", "---"], ["stars.md", "***"]]) {
      const r = run(name, Array.from({ length: 2000 }, () => `${rule}\n`).join("\n"));
      expect(r.articles, name).toHaveLength(0);
    }
  });

  it("one article's 3,000 short paragraphs, each under a rule: one story", () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Note ${i}: ${BODIES[i % 3][i % 4]}\n`).join("\n----------\n\n");
    expect(findStories(text)).toHaveLength(1);
  });

  it("600 signed, dated stories under rules: 600 stories, each from its headline", () => {
    const story = (i: number) => `${HEADS[i % 3]} (${i})\nBy ${AUTHORS[i % 3]}\n${DAYS[i % 3][0]}\n\n${BODIES[i % 3].join("\n\n")}\n`;
    const text = Array.from({ length: 600 }, (_, i) => story(i)).join("\n==========\n\n");
    const stories = findStories(text);
    expect(stories).toHaveLength(600);
    stories.forEach((s, i) => expect(text.slice(s.start, s.end).startsWith(`${HEADS[i % 3]} (${i})`)).toBe(true));
  });

  it("Markdown stories under --- with CRLF line ends: the same articles as with LF", () => {
    const lf = [0, 1, 2].map((i) => mdStory(i)).join("\n---\n\n");
    const titles = (text: string) => run("digest.md", text).articles.map((a) => [a.title, a.author, a.published?.slice(0, 10)]);
    expect(titles(lf.replace(/\n/g, "\r\n"))).toEqual(titles(lf));
    expect(titles(lf).map((t) => t[0])).toEqual(HEADS);
  });
});

describe("Markdown files joined with their front matter", () => {
  const front = (i: number) => `---\ntitle: "${HEADS[i]}"\nauthor: ${AUTHORS[i]}\ndate: ${DAYS[i][1]}\ntags:\n  - town\n  - news\n---\n`;
  for (const [what, join] of [
    ["right under the last line", ""],
    ["after a blank line", "\n"],
  ] as const) {
    it(`three posts, each under its front matter (${what}): one article each`, () => {
      const r = run("posts.md", [0, 1, 2].map((i) => `${front(i)}\n${mdStory(i, 2)}`).join(join));
      expect(r.articles.map((a) => a.title)).toEqual(HEADS);
      expectKept(r, BODIES.flatMap((b) => b.slice(0, 2)));
      for (const a of r.articles) expect(a.text).not.toMatch(/^(?:title|author|tags):/m);
    });
  }

  it("one post with front matter and thematic breaks between its sections: one article", () => {
    const r = run("post.md", `${front(0)}\n# ${HEADS[0]}\n\n${BODIES[0].slice(0, 2).join("\n\n")}\n\n---\n\n## What comes next\n\n${BODIES[0].slice(2).join("\n\n")}\n`);
    expect(r.articles).toHaveLength(1);
    expectKept(r, BODIES[0]);
    // (a single file's front matter is no joiner: nothing goes to the audit as a separator; its rows go as front matter)
    expect(r.removed.filter((x) => x.rule.startsWith("split/") && x.rule !== "split/front-matter")).toHaveLength(0);
    expect(r.articles[0].title).toBe(HEADS[0]);
  });

  it("a tutorial with front matter that shows another post's front matter in a code block: one article", () => {
    const example = "```yaml\n---\ntitle: My first post\nlayout: post\n---\n```";
    const r = run("howto.md", `${front(1)}\n# Writing your first post\n\n${BODIES[1].slice(0, 2).join("\n\n")}\n\n${example}\n\n${BODIES[1].slice(2).join("\n\n")}\n`);
    expect(r.articles).toHaveLength(1);
    expectKept(r, BODIES[1]);
  });
});
