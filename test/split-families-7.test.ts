/**
 * Split round 7: single pages that must stay one article, and the joined pages next to them that must still be cut.
 * Every text here is invented. Checked as a user would: the number of articles, whose title each one has, and that
 * no paragraph of the page is lost.
 */
import { describe, expect, it } from "vitest";
import { processFile, type FileResult } from "../pipeline/document.ts";
import { findStories } from "../stages/clean/stories.ts";

function run(name: string, text: string): FileResult {
  return processFile(name, Buffer.from(text, "utf8"), { skip: new Set(["entities", "dates"]) });
}

/** Four distinct invented paragraphs about `word`. */
function paras(word: string): string[] {
  return [
    `The ${word} board met on Monday to settle the budget for the coming year, after months of talks that left the members divided over how much should go to repairs.`,
    `Members who backed the ${word} budget said the repairs could not wait another winter, while others asked for a survey of the older buildings before any money is spent.`,
    `The ${word} treasurer said the accounts would be put online by the end of the month, so that residents could see for themselves where every pound of the levy goes.`,
    `A vote on the ${word} plan is due in the spring, when the board expects the first estimates from the builders to have come in and the survey to be finished.`,
  ];
}

function expectKept(r: FileResult, ps: string[]): void {
  for (const p of ps) {
    const n = r.articles.filter((a) => a.text.includes(p)).length + r.removed.filter((x) => x.text.includes(p)).length;
    expect(n, p.slice(0, 40)).toBe(1);
  }
}

describe("split round 7: a wire story's copyright notice, then its place and tag lists", () => {
  const body = paras("reservoir");
  const title = "Reservoir board settles the repair budget";
  const head = "Home\nNews\nSport\nWeather\nOpinion\n\n" + `${title}\n\nBy Ada Lowe\n\n5 March 2024\n\n`;
  const notice = "Copyright 2024 Coastal Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.";
  const lists = "Locations\n\n * Upper Vale\n * Harbourtown\n * Eastmarch\n\n\nTags\n\n * Wire\n * Local News\n * Water\n * Budgets\n * Repairs\n * Councils\n\n";
  // The page's most-read box under its tags: teasers with a blurb each (prose), enough for a body of their own.
  const teasers = [
    "Ferry timetable changes from Monday",
    "Choir wins the county cup after a long wait",
    "Roadworks on the coast road run into a second month",
  ]
    .map((h, i) => `${h}\n\n * ${i + 3} March 2024\n\nThe ${["boat", "choir", "road"][i]} story behind this headline is told in a short blurb, written by the news desk to draw readers to the full report on a page of its own, with ${["a map of the new crossings", "photographs from the final", "a list of the closed lanes"][i]} beside it.\n\n`)
    .join("");
  const foot = "Privacy Policy | Terms of Use\n© 2024 Vale Courier. All rights reserved.\n";
  const page = `${head}${body.join("\n\n")}\n\n\n\n${notice}\n\n${lists}Most Popular\n\n${teasers}${foot}`;

  it("the page stays one article", () => {
    const r = run("one.txt", page);
    expect(r.articles.map((a) => a.title)).toEqual([title]);
    expectKept(r, body);
  });

  it("two such pages joined by one blank line are still two articles, each with its own title", () => {
    const other = paras("quarry");
    const title2 = "Quarry owners agree to close the north pit";
    const page2 = `Start\nLocal\nTravel\nFood\nBooks\n\n${title2}\n\nBy Ben Ford\n\n6 March 2024\n\n${other.join("\n\n")}\n\n${foot}`;
    const r = run("two.txt", `${page}\n${page2}`);
    expect(r.articles.map((a) => a.title)).toEqual([title, title2]);
    expectKept(r, [...body, ...other]);
  });
});

describe("split round 7: footer columns labelled as a blog's categories", () => {
  const body = paras("allotment");
  const title = "Allotment society plans a second site";
  const page =
    `Home\nGardens\nRecipes\nAbout\n\n${title}\n\nBy Kit Moss\n\n12 April 2024\n\n${body.join("\n\n")}\n\n` +
    // The footer: a link column with the legal links, then the blog's categories column, then its last posts.
    "Links\n\n * About Us\n * Contact\n * Privacy Policy\n * Terms of Use\n\n\n\n" +
    "Categories\n\n * Indoor Plants\n * Vegetables\n * Plant Care\n * Pots and Tools\n\n" +
    "Ten easy herbs for a kitchen window\n\n11 April 2024 Kit Moss\n\n" +
    // A newsletter box printed after the footer: a heading and paragraphs, no byline, no date.
    "Notes from the shed\n\n" +
    "Once a month we send a letter with the jobs for the season, the seeds worth buying and the pests to watch for, written by the people who grow them on our own plots.\n\n" +
    "The letter is free, it comes on the first Sunday of the month, and every issue has a short list of what to sow, what to pick and what to leave in the ground for now.\n\n" +
    "Readers may write back with questions about their own gardens, and each month the editors answer a few of them in the letter, with a photograph of the plot that asked.\n";
  it("stays one article", () => {
    const r = run("one.txt", page);
    expect(r.articles.map((a) => a.title)).toEqual([title]);
    expectKept(r, body);
  });
});

describe("split round 7: a forum post that cites addresses in two places", () => {
  const post = paras("library");
  const title = "How should the library lay out its new reading room?";
  const links1 = "http://shelves.example.org/guide/layout\n\nhttp://reading.example.net/rooms/quiet\n";
  const links2 = "http://desks.example.com/advice/light\n\nhttp://chairs.example.org/reviews/2024\n";
  // The thread under the post: a counter and a short menu, then the replies.
  const more = paras("reading room").slice(0, 3);
  const replies = [...paras("reply"), ...paras("answer").slice(0, 2)];
  const thread = `50 comments\nshare\nsave hide report\n\n\n\n96% Upvoted\nSort by\nbest\n\n${replies.join("\n\n")}\n`;
  const page = `${title}\n\nposted by a reader\n\n${post[0]}\n\n${post[1]}\n\n${links1}\n${post[2]}\n\n${post[3]}\n\n${more.join("\n\n")}\n\nThe guides I read so far:\n\n${links2}\n\n\n\n${thread}`;

  it("stays one article: two lists of the page's own links are no file joined at URL lines", () => {
    const r = run("one.txt", page);
    expect(r.articles).toHaveLength(1);
    expectKept(r, [...post, ...more, ...replies]);
  });

});

describe("split round 7: one author's dated posts in one file", () => {
  const words = ["ferry", "market", "museum"];
  const heads = ["Ferry company orders two new boats", "Market hall reopens after the fire", "Museum finds the lost town charter"];
  const bodies = words.map(paras);
  const post = (i: number, date: string) => `${heads[i]}\n\nBy Ann Wells\n\n${date}\n\n${bodies[i].join("\n\n")}\n`;
  const days = ["7 May 2024", "8 May 2024", "9 May 2024"];
  const joiners: [string, string][] = [
    ["three empty lines", "\n\n\n"],
    ["a rule", "\n----------\n\n"],
    ["a bare address line", "\nhttp://news.example.org/page\n\n"],
  ];
  for (const [label, between] of joiners) {
    it(`three posts of different days joined by ${label}: three articles, each with its own title and date`, () => {
      const r = run("posts.txt", [0, 1, 2].map((i) => post(i, days[i])).join(between));
      expect(r.articles.map((a) => a.title)).toEqual(heads);
      expect(r.articles.map((a) => a.published?.slice(0, 10))).toEqual(["2024-05-07", "2024-05-08", "2024-05-09"]);
      expect(r.articles.map((a) => a.author)).toEqual(["Ann Wells", "Ann Wells", "Ann Wells"]);
      expectKept(r, bodies.flat());
    });
  }

  it("one author's timed entries of one day under a live title (a live blog) stay one article", () => {
    const entries = [0, 1, 2].map((i) => post(i, `7 May 2024 ${10 + i}:15`)).join("\n\n\n");
    const r = run("live.txt", `Coast storm live: the day's updates\n\n${entries}`);
    expect(r.articles).toHaveLength(1);
    expectKept(r, bodies.flat());
  });

  it("one author's timed entries of one day, newest first (a live blog's order), stay one article", () => {
    const r = run("live.txt", [0, 1, 2].map((i) => post(i, `7 May 2024 ${14 - i}:15`)).join("\n\n\n"));
    expect(r.articles).toHaveLength(1);
    expectKept(r, bodies.flat());
  });

  for (const [label, between] of joiners) {
    it(`three headlined posts of one author on one day joined by ${label}: three articles`, () => {
      const r = run("posts.txt", [0, 1, 2].map((i) => post(i, "7 May 2024")).join(between));
      expect(r.articles.map((a) => a.title)).toEqual(heads);
      expectKept(r, bodies.flat());
    });
  }

  it("three headlined posts of one author on one day, timed oldest first with no live mark: three articles", () => {
    const r = run("posts.txt", [0, 1, 2].map((i) => post(i, `7 May 2024 ${9 + i}:30`)).join("\n\n\n"));
    expect(r.articles.map((a) => a.title)).toEqual(heads);
    expectKept(r, bodies.flat());
  });

  it("one author's live blog whose entries cross midnight, newest first, stays one article with its title", () => {
    const title = "Harbour flood live: updates through the night";
    const stamps = ["12 June 2024 00:40", "11 June 2024 23:55", "11 June 2024 23:05"];
    const entries = [0, 1, 2].map((i) => post(i, stamps[i]).replace("By Ann Wells", "By Rae Okafor"));
    for (const top of [`${title}\n\n`, ""]) {
      const r = run("live.txt", `${top}${entries.join("\n\n\n")}`);
      expect(r.articles).toHaveLength(1);
      if (top) expect(r.articles[0].title).toBe(title);
      expectKept(r, bodies.flat());
    }
  });

  it("one author's entries stamped with relative times stay one article", () => {
    const r = run("live.txt", [0, 1, 2].map((i) => post(i, `Posted ${i + 1} hours ago`)).join("\n\n\n"));
    expect(r.articles).toHaveLength(1);
    expectKept(r, bodies.flat());
  });
});

describe("split round 7: a shop's mega-menu with blurbs, printed twice at the top of one page", () => {
  // html-to-text prints a nested menu entry's text five columns in: three product blurbs, prose, under "Templates".
  const blurbs = [
    "Our harbour template gives a small shop a clean front page with large pictures, a short menu and a basket that stays in view while the customer scrolls through the list of goods.",
    "The template is kept up to date by our own designers, who add a new colour scheme every season and test every page on small phones before a release is made public.",
    "Each template comes with a guide that explains how to change the fonts, the colours and the order of the blocks without writing any code, in plain words and with pictures.",
  ];
  const topMenu = " * Home\n * Register\n * Forgotten password\n * Contact\n * What's new\n";
  const mega = ` * Designs\n * Templates\n   * Templates\n     \n     ----------------------------------------\n     \n     Harbour template\n     \n${blurbs.map((b) => `     ${b}\n     \n`).join("")}     Plugins\n     \n     Other\n * References\n`;
  const title = "Shop templates no longer load fonts from other servers";
  const body = paras("template");
  const article = `${title}\n\nShop Works\n\n22 June 2024\n\n${body.join("\n\n")}\n`;
  const page = `${topMenu}\nShop Works\n\n${mega}\n----------------------------------------\n\n * References\n\n----------------------------------------\n\n${topMenu}\n * Start\n * News\n\n${article}\n© 2024 Shop Works. All rights reserved.\n`;

  it("stays one article: the menu's blurbs are no page of their own", () => {
    const r = run("one.txt", page);
    expect(r.articles).toHaveLength(1);
    expectKept(r, body);
  });

  it("two such pages of one site joined by a rule are still two articles", () => {
    const title2 = "Basket page shows delivery costs before checkout";
    const body2 = paras("basket");
    const page2 = page.replace(title, title2).replace(body.join("\n\n"), body2.join("\n\n")).replace("22 June 2024", "30 June 2024");
    const r = run("two.txt", `${page}\n----------------------------------------\n\n${page2}`);
    expect(r.articles).toHaveLength(2);
    expect(r.articles[1].text).toContain(body2[0]);
    expectKept(r, [...body, ...body2]);
  });
});

describe("split round 7: a portal's header with a long nested menu entry", () => {
  // A settings entry nested two levels deep whose text runs as long as a paragraph (a language chooser's blurb).
  const chooser =
    "Edition and language: the front page shows the stories, the weather and the sport of the region picked here first and the rest of the world after them, in the language of that region, and the choice is kept on this device for the next visit without an account or a password, until it is changed again from this menu by the reader.";
  const help =
    "Reader help: the portal answers questions about the newsletters, the weather alerts for the coast and the saved stories of a reader by email within two working days, and the answers to the most common questions are listed on the help page of each edition of the portal.";
  const header = ` * Search\n * Sign in\n   * ${chooser}\n   * ${help}\n     * Feedback\n     * Help\n\n * Home\n * News\n * Weather\n * Sport\n * Money\n\n * Privacy\n * Terms\n\n\n\n`;
  const title = "Harbour ferry to run a night service in summer";
  const body = paras("ferry");
  const article = `${title}\n\nCoast Daily\nJane Roe 1 day ago\nSHARE\nSHARE\nEMAIL\n\n${body.join("\n\n")}\n`;

  it("stays one article: the nested entries' text is no page before the article", () => {
    const page = `${header}${article}\n© 2024 Coast Portal\n`;
    // Not cut at all (the splitter's own answer), not only put back together by the cleaner afterwards.
    expect(findStories(page)).toHaveLength(1);
    const r = run("one.txt", page);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].text).toContain(body[0]);
    expectKept(r, body);
  });
});

describe("split round 7: a plain-text export that indents every paragraph", () => {
  it("three stories whose paragraphs are indented five spaces, joined by a rule: three articles", () => {
    const heads = ["Reservoir board settles the repair budget", "Quarry owners agree to close the north pit", "Lighthouse lamp room to open to visitors"];
    const bodies = ["reservoir", "quarry", "lighthouse"].map(paras);
    const names = ["Ada Lowe", "Ben Ford", "Cy Moor"];
    const story = (i: number) => `${heads[i]}\n\nBy ${names[i]}\n\n${5 + i} March 2024\n\n${bodies[i].map((p) => `     ${p}`).join("\n\n")}\n`;
    const r = run("export.txt", [0, 1, 2].map(story).join("\n----------\n\n"));
    expect(r.articles.map((a) => a.title)).toEqual(heads);
    expectKept(r, bodies.flat());
  });
});

describe("split round 7 (mend): indented text that is no nested list entry's", () => {
  const heads = ["Tram depot to be rebuilt by the river", "Orchard trust buys the old mill field", "Bell tower reopens after the long repair"];
  const names = ["Ida Marsh", "Olu Banks", "Pia Holt"];
  const bodies = ["depot", "orchard", "bell tower"].map(paras);
  const joiners: [string, string][] = [
    ["a rule", "\n----------\n\n"],
    ["three empty lines", "\n\n\n"],
    ["one empty line", "\n"],
  ];

  for (const [label, between] of joiners) {
    it(`an export that prints byline and date as list entries and indents every paragraph, joined by ${label}: three articles`, () => {
      // " * By …" puts an entry's text at column 3; paragraphs at column 5 are the export's own indent, no nested text.
      const story = (i: number) => `${heads[i]}\n\n * By ${names[i]}\n * ${10 + i} October 2023\n\n${bodies[i].map((p) => `     ${p}`).join("\n\n")}\n`;
      const r = run("export.txt", [0, 1, 2].map(story).join(between));
      expect(r.articles).toHaveLength(3);
      expect(r.articles.map((a) => a.author)).toEqual(names);
      // (With one empty line the cut falls under the headline, indented or not: the titles are checked for the clear joiners.)
      if (between !== "\n") expect(r.articles.map((a) => a.title)).toEqual(heads);
      expectKept(r, bodies.flat());
    });
  }

  for (const [label, between] of joiners.slice(0, 2)) {
    it(`two plain emails whose quoted paragraphs are indented under a short bullet list, joined by ${label}: two articles`, () => {
      const mail = (i: number) =>
        `${heads[i]}\n\nBy ${names[i]}\n\n${3 + i} February 2025\n\n${bodies[i][0]}\n\nWhat we agreed:\n\n * the roof\n * then the doors\n\n` +
        `${bodies[i].slice(1).map((p) => `     ${p}`).join("\n\n")}\n\nSee you on Thursday.\n`;
      const r = run("mail.txt", `${mail(0)}${between}${mail(1)}`);
      expect(r.articles.map((a) => a.title)).toEqual(heads.slice(0, 2));
      expectKept(r, [...bodies[0].slice(1), ...bodies[1].slice(1)]);
    });
  }

  it("a listicle whose items run from 10 on (item text at column 5) keeps them as its body: two articles", () => {
    const first = `${heads[0]}\n\nBy ${names[0]}\n\n9 October 2023\n\n${bodies[0].join("\n\n")}\n`;
    const steps = [...bodies[1], ...bodies[2]].slice(0, 6);
    const items = steps.map((p, k) => ` ${10 + k}. Tip number ${10 + k} for the new field\n     \n     ${p}\n`).join("\n");
    const second = `${heads[1]}\n\nBy ${names[1]}\n\n10 October 2023\n\nThe trust has put together the last of its planting tips for members who take a row in the field this spring.\n\n${items}`;
    for (const between of ["\n----------\n\n", "\n\n\n"]) {
      const r = run("list.txt", `${first}${between}${second}`);
      expect(r.articles.map((a) => a.title)).toEqual(heads.slice(0, 2));
      expect(r.articles[1].text).toContain(steps[5]);
      expectKept(r, [...bodies[0], ...steps]);
    }
  });
});

describe("split round 7 (mend): tag-list labels that open no tag list at a boundary", () => {
  const heads = ["Ferry crew wins the rowing cup", "Tide gauge moved to the new pier", "School choir sings at the castle"];
  const names = ["Lena Voss", "Tom Ikeda", "Maya Brandt"];
  const bodies = ["crew", "gauge", "choir"].map(paras);

  it("an empty \"Tags:\" label (its links dropped) at each story's end, before a short headline: three articles", () => {
    const story = (i: number) => `${heads[i]}\n\nBy ${names[i]}\n\n${14 + i} August 2024\n\n${bodies[i].join("\n\n")}\n\nTags:\n`;
    for (const between of ["\n", "\n\n\n"]) {
      const r = run("tags.txt", [0, 1, 2].map(story).join(between));
      expect(r.articles.map((a) => a.title)).toEqual(heads);
      expectKept(r, bodies.flat());
    }
  });

  it("a labelled topic list at the top of every page, pages joined by one empty line: three articles", () => {
    const nav = "Topics\n\n * Harbour\n * Schools\n * Weather\n * Sport\n";
    const story = (i: number) => `${nav}\n${heads[i]}\n\nBy ${names[i]}\n\n${14 + i} August 2024\n\n${bodies[i].join("\n\n")}\n`;
    const r = run("pages.txt", [0, 1, 2].map(story).join("\n"));
    expect(r.articles.map((a) => a.title)).toEqual(heads);
    expectKept(r, bodies.flat());
  });
});
