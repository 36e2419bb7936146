/**
 * Story splitting: single pages that must stay one article, and the joined pages next to them that must still be cut.
 * Every text here is invented. Checked as a user would: the number of articles, whose title each one has, and that
 * no paragraph of the page is lost.
 */
import { describe, expect, it } from "vitest";
import { expectKept, paras, run } from "./helpers/split-text.ts";
import { findStories } from "../stages/clean/stories.ts";

describe("split: a wire story's copyright notice, then its place and tag lists", () => {
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

describe("split: a recipe blog's footer: a legal row, its topic list, then a club box and a teaser", () => {
  const body = paras("bakery");
  const title = "A rye loaf that bakes in a cooling oven";
  const page =
    `Recipes\nBaking\nSeasons\nShop\n\n${title}\n\nBy Noor Haddad\n\n3 November 2023\n\n${body.join("\n\n")}\n\n\n\n` +
    // The footer: one row of legal links, then the blog's topic list, then its club box (prose, no byline, no date) and one teaser.
    "Imprint | Privacy | Cookies\n\n\n\n" +
    "Topics\n\n * Bread\n * Winter baking\n * Slow food\n * Sourdough\n\n" +
    "Join the Sunday bakers\n\n" +
    "Every Sunday morning the club posts one bake for the week, with the flour to buy, the times for a cold kitchen and a photograph of the crumb it should have.\n\n" +
    "Members can send in their own loaves and ask why a crust went soft or a dough would not rise, and the baker who wrote the week's bake answers in the club's thread.\n\n" +
    "The club costs nothing and asks for nothing but an email address, and it can be left at any time from the link at the foot of each Sunday letter.\n\n" +
    "Twice a year the club meets in a village hall for a bake-off judged by its oldest members, and the winning loaf is written up as the next Sunday's bake.\n\n" +
    "Oat biscuits for a lunch box\n\n2 November 2023 · Noor Haddad\n";
  it("stays one article", () => {
    const r = run("one.txt", page);
    expect(r.articles.map((a) => a.title)).toEqual([title]);
    expectKept(r, body);
  });
});

describe("split: a question on a help board that cites addresses in two places", () => {
  const post = paras("pottery");
  const title = "Which glue will hold a cracked clay pot outdoors?";
  const links1 = "https://kiln.example.org/notes/cracks\n\nhttps://glaze.example.net/faq/frost\n\nhttps://clay.example.com/guides/repair\n";
  const links2 = "https://garden.example.org/pots/winter\n\nhttps://tools.example.net/adhesives/outdoor\n";
  // Under the question: the board's answer menu, a counter and the sort order, then the answers.
  const more = paras("glaze").slice(0, 2);
  const answers = [...paras("resin"), ...paras("frost").slice(0, 3)];
  const board = `Add an answer\nFollow\nFlag\n7 answers\nNewest first\n\n${answers.join("\n\n")}\n`;
  const page = `${title}\n\nasked by a potter\n\n${post[0]}\n\nWhat I have read so far:\n\n${links1}\n${post[1]}\n\n${post[2]}\n\n${post[3]}\n\n${more.join("\n\n")}\n\nTwo more pages people sent me:\n\n${links2}\n\n\n\n${board}`;

  it("stays one article: the page's own address lists are no file joined at URL lines", () => {
    const r = run("one.txt", page);
    expect(r.articles).toHaveLength(1);
    expectKept(r, [...post, ...more, ...answers]);
  });
});

describe("split: one author's dated posts in one file", () => {
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

describe("split: a college site's mega-menu with course blurbs above one page", () => {
  // html-to-text sets a nested entry's text at its parent entry's text column: blurbs under "   * Evening classes" at column 5.
  const blurbs = [
    "Evening classes run from September to June in rooms near the station, two hours a week, and each one ends with a short project that the class shows to friends and family.",
    "Most classes need no earlier study, and the tutors help each learner choose between the beginners' groups and the groups that carry on from last year's course.",
    "Fees are lower for people over sixty and for those out of work, and a class may be paid for in three parts over the year instead of all at the start.",
    "Places are given in the order the forms arrive, and anyone who misses a place is put on a list and told as soon as a seat in the same class or a similar one is free.",
  ];
  const mega = ` * Study\n   * Evening classes\n${blurbs.map((b) => `     ${b}\n`).join("")}   * Summer school\n   * Languages\n * Research\n * Visit us\n * Alumni\n`;
  const title = "Evening classes move to the harbour campus";
  const body = paras("campus");
  const article = `${title}\n\nBy Dev Rana, College News\n\n4 September 2024\n\n${body.join("\n\n")}\n`;
  const page = `Westbay College\n\n${mega}\n\n\n * Library\n * Jobs\n * Contact\n * Cookie policy\n\n${article}\nWestbay College · Quay Road\n`;

  it("stays one article: the menu's blurbs are no page of their own", () => {
    const r = run("one.txt", page);
    expect(r.articles).toHaveLength(1);
    expectKept(r, body);
  });

  it("two such pages of one site joined by a rule are still two articles", () => {
    const title2 = "College library opens on Sunday afternoons";
    const body2 = paras("library");
    const page2 = page.replace(title, title2).replace(body.join("\n\n"), body2.join("\n\n")).replace("4 September 2024", "11 September 2024");
    const r = run("two.txt", `${page}\n----------------------------------------\n\n${page2}`);
    expect(r.articles).toHaveLength(2);
    expect(r.articles[1].text).toContain(body2[0]);
    expectKept(r, [...body, ...body2]);
  });
});

describe("split: a weather service's header with long nested alert entries", () => {
  // Nested entries (their bullets three columns in) whose text runs as long as a paragraph: the service's standing notices.
  const notices = [
    "Coastal flood notice: the spring tides of this week may cover the low road by the marsh at high water in the evening, and drivers are asked to use the hill road until the water has gone down again.",
    "Wind notice for the islands: gusts above fifty miles an hour are likely on the exposed shores from late on Friday, and the ferries may run late or not at all on the first crossing of Saturday.",
  ];
  const header = ` * Forecast\n * Alerts\n   * ${notices[0]}\n   * ${notices[1]}\n * Maps\n * Tides\n\n * Radar\n * Climate\n * Accessibility\n * Cookie policy\n\n\n\n`;
  const title = "Fog to linger over the estuary until noon";
  const body = paras("estuary");
  const article = `${title}\n\nBy Ola Berg, weather desk\n12 March 2024 08:10\n\n${body.join("\n\n")}\n`;

  it("stays one article: the nested entries' text is no page before the article", () => {
    const page = `${header}${article}\n© 2024 Estuary Weather Service\n`;
    // Not cut at all (the splitter's own answer), not only put back together by the cleaner afterwards.
    expect(findStories(page)).toHaveLength(1);
    const r = run("one.txt", page);
    expect(r.articles).toHaveLength(1);
    expectKept(r, body);
  });
});

describe("split: a plain-text export that indents every paragraph", () => {
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

describe("split guard: indented text that is no nested list entry's", () => {
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

describe("split guard: tag-list labels that open no tag list at a boundary", () => {
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
