/**
 * Story splitting: bylines and dates printed as list entries, an export's preamble over one author's posts, a page title
 * line over every page, a footer's about box under its link columns, pages of undated briefs. Every text here is
 * invented. Checked as a user would: the number of articles, whose title, author and date each one has, and that no
 * paragraph is lost or given to two articles.
 */
import { describe, expect, it } from "vitest";
import { AUTHORS, BODIES, DAYS, expectKept, HEADS, paras, run } from "./helpers/split-text.ts";


describe("split: a story's byline and date printed as list entries", () => {
  // html-to-text prints " * ", innerText nothing or a bullet, turndown "*   ": the header's <ul> of meta rows.
  const bullets: [string, string][] = [
    ["html-to-text bullets", " * "],
    ["Markdown bullets", "*   "],
    ["dash bullets", "- "],
  ];
  for (const [label, b] of bullets) {
    const story = (i: number) => `${HEADS[i]}\n\n${b}By ${AUTHORS[i]}\n${b}${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n`;
    it(`three stories joined by one blank line (${label}): each keeps its own headline, byline and date`, () => {
      const r = run(label.startsWith("Markdown") ? "three.md" : "three.txt", [0, 1, 2].map(story).join("\n"));
      expect(r.articles.map((a) => a.title)).toEqual(HEADS);
      expect(r.articles.map((a) => a.author)).toEqual(AUTHORS);
      expect(r.articles.map((a) => a.published?.slice(0, 10))).toEqual(DAYS.map((d) => d[1]));
      expectKept(r, BODIES.flat());
    });
  }

  it("one story with a bulleted byline and date stays one article", () => {
    const r = run("one.txt", `${HEADS[0]}\n\n * By ${AUTHORS[0]}\n * ${DAYS[0][0]}\n\n${BODIES[0].join("\n\n")}\n`);
    expect(r.articles.map((a) => a.title)).toEqual([HEADS[0]]);
    expect(r.articles[0].author).toBe(AUTHORS[0]);
  });
});

describe("split: one author's posts under an export's preamble", () => {
  const post = (i: number) => `${HEADS[i]}\n\nBy Ann Wells\n\n${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n`;
  const preambles: [string, string][] = [
    ["the blog's name, its author and the export date", "Notes from the Vale\nPosts by Ann Wells\nExported on 10 May 2024\n\n"],
    ["the author, the blog's name and a post count, set apart", "Ann Wells\n\nNotes from the Vale\n\n3 posts\n\n"],
  ];
  const joiners: [string, string][] = [
    ["one blank line", "\n"],
    ["three empty lines", "\n\n\n"],
    ["a rule", "\n-----\n\n"],
  ];
  for (const [what, pre] of preambles) {
    for (const [how, between] of joiners) {
      it(`${what}, posts joined by ${how}: three articles, each with its own title and date`, () => {
        const r = run("posts.txt", pre + [0, 1, 2].map(post).join(between));
        expect(r.articles.map((a) => a.title)).toEqual(HEADS);
        expect(r.articles.map((a) => a.published?.slice(0, 10))).toEqual(DAYS.map((d) => d[1]));
        expect(r.articles.map((a) => a.author)).toEqual(["Ann Wells", "Ann Wells", "Ann Wells"]);
        expectKept(r, BODIES.flat());
      });
    }
  }

  it("a preamble over one post and a short related teaser stays one article", () => {
    const teaser = `${HEADS[1]}\n\nBy Ann Wells\n\n${DAYS[1][0]}\n\nThe market hall opens its doors again on Saturday morning.\n`;
    const r = run("one.txt", `Notes from the Vale\nPosts by Ann Wells\n\n${post(0)}\nMore from this blog\n\n${teaser}`);
    expect(r.articles.map((a) => a.title)).toEqual([HEADS[0]]);
    expectKept(r, BODIES[0]);
  });
});

describe("split: each page's title printed over it, pages joined by one blank line", () => {
  const headers: [string, string][] = [
    ["a section menu", "Home\nNews\nSport\nWeather\nOpinion\n\n"],
    ["a skip link and header controls", "Skip to content\nMenu\nSearch\n\n"],
  ];
  const footers: [string, string][] = [
    ["no footer", ""],
    ["a footer the cue table does not know", "\nAbout us\nContact\nAdvertise\n"],
  ];
  for (const [hw, header] of headers) {
    for (const [fw, footer] of footers) {
      it(`the site's header is ${hw}, ${fw}: three articles, each with its own title`, () => {
        const page = (i: number) => `${HEADS[i]} | Vale Courier\n${header}${HEADS[i]}\n\nBy ${AUTHORS[i]}\n\n${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n${footer}`;
        const r = run("pages.txt", [0, 1, 2].map(page).join("\n"));
        expect(r.articles.map((a) => a.title)).toEqual(HEADS);
        expect(r.articles.map((a) => a.author)).toEqual(AUTHORS);
        expectKept(r, BODIES.flat());
        // The title line over a page is in that page's article or the audit, never in the page before.
        r.articles.forEach((a, i) => {
          for (let k = 0; k < 3; k++) if (k !== i) expect(a.text).not.toContain(`${HEADS[k]} | `);
        });
      });
    }
  }

  it("a page whose site menu comes back further down under a line of its own stays one article", () => {
    const menu = "Home\nNews\nSport\nWeather\nOpinion\n";
    const r = run("one.txt", `${HEADS[0]} | Vale Courier\n${menu}\n${HEADS[0]}\n\nBy ${AUTHORS[0]}\n\n${DAYS[0][0]}\n\n${BODIES[0].join("\n\n")}\n\nBrowse the Vale Courier\n${menu}`);
    expect(r.articles).toHaveLength(1);
    expectKept(r, BODIES[0]);
  });
});

describe("split: a footer's about box under its link columns", () => {
  const menu = "Home\nNews\nSport\nWeather\nOpinion\n\n";
  const about =
    "About the Courier\n\n" +
    "The Courier has been the valley's paper since the railway came, printed in the same building on the quay for more than a century and read in every village between the hills and the sea.\n\n" +
    "Today its reporters cover the councils, the courts, the schools and the farms of the valley, and its photographers follow the teams of every town from the first match of the season to the last.\n\n" +
    "The paper is owned by a trust set up by its last family owner, which keeps it independent of any group and puts its profits back into local reporting.\n";
  const footer = (bullet: string) =>
    "© 2024 The Courier. All rights reserved.\n\n" +
    `Company\n\n${["About us", "Careers", "Advertise", "Contact"].map((e) => bullet + e).join("\n")}\n\n` +
    `Sections\n\n${["News", "Sport", "Weather", "Opinion"].map((e) => bullet + e).join("\n")}\n\n` +
    about;
  const page = (i: number, bullet: string) => `${menu}${HEADS[i]}\n\nBy ${AUTHORS[i]}\n\n${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n\nShare this story\nFacebook\nEmail\n\n${footer(bullet)}`;

  for (const [label, bullet] of [
    ["html-to-text bullets", " * "],
    ["innerText, no bullets", ""],
  ] as const) {
    it(`one page (${label}): one article, the about box no article of its own`, () => {
      const r = run("one.txt", page(0, bullet));
      expect(r.articles.map((a) => a.title)).toEqual([HEADS[0]]);
      expectKept(r, BODIES[0]);
    });

    it(`two such pages joined by one blank line (${label}): two articles, each with its own title`, () => {
      const r = run("two.txt", `${page(0, bullet)}\n${page(1, bullet)}`);
      expect(r.articles.map((a) => a.title)).toEqual(HEADS.slice(0, 2));
      expect(r.articles.map((a) => a.author)).toEqual(AUTHORS.slice(0, 2));
      expectKept(r, [...BODIES[0], ...BODIES[1]]);
    });
  }
});

describe("split: a page of undated briefs", () => {
  const menu = "Home\nNews\nSport\nWeather\nOpinion\n\n";
  const foot = "Privacy Policy | Terms of Use\n© 2024 The Courier. All rights reserved.\n";
  const items: [string, string][] = [
    ["Bridge closed for repairs", "The old bridge over the river will be closed to traffic for three weeks from Monday while engineers replace the worn joints under its deck, the county said. Buses will run on the ring road instead."],
    ["Library extends its hours", "The town library will stay open until eight in the evening on weekdays from next month, after a trial over the winter drew more readers than expected. A local trust pays for the extra hours."],
    ["School wins science prize", "Pupils at the valley school have won the county science prize for a study of the river's water over a full year, which found the water cleaner than it was ten years ago."],
    ["Market moves to the square", "The Saturday market will move from the car park to the square in the spring, so that the car park can be resurfaced. Traders said they welcomed the move, which puts their stalls closer to the shops."],
  ];
  const briefs = `News in brief\n\n${items.map(([h, p]) => `${h}\n\n${p}\n`).join("\n")}`;
  const texts = items.map(([, p]) => p);

  it("one page of briefs with no byline or date is one article", () => {
    const r = run("briefs.txt", `${menu}${briefs}\n${foot}`);
    expect(r.articles).toHaveLength(1);
    expectKept(r, texts);
  });

  it("briefs joined by form feeds (the exporting tool's page breaks): one article each, none with a byline or date", () => {
    const r = run("briefs.txt", items.map(([h, p]) => `${h}\n\n${p}\n`).join("\f"));
    expect(r.articles.map((a) => a.title)).toEqual(items.map(([h]) => h));
    expect(r.articles.every((a) => (a.author ?? null) === null && (a.published ?? null) === null)).toBe(true);
    expectKept(r, texts);
  });

  it("a page of briefs after a dated story's page, joined by one blank line: two articles, the briefs borrow no byline or date", () => {
    const story = `${menu}${HEADS[0]}\n\nBy ${AUTHORS[0]}\n\n${DAYS[0][0]}\n\n${BODIES[0].join("\n\n")}\n\n${foot}`;
    const r = run("two.txt", `${story}\n${menu}${briefs}\n${foot}`);
    expect(r.articles).toHaveLength(2);
    expect(r.articles[0].title).toBe(HEADS[0]);
    expect(r.articles[1].author ?? null).toBeNull();
    expect(r.articles[1].published ?? null).toBeNull();
    expectKept(r, [...BODIES[0], ...texts]);
  });
});

describe("split: a modal printed after the page's footer", () => {
  const menu = "Home\nNews\nSport\nWeather\nOpinion\n\n";
  const foot = "Privacy Policy | Terms of Use\n© 2024 The Courier. All rights reserved.\n";
  const modal =
    "Before you go\n\n" +
    "Sign up for the morning letter and get the valley's top stories in your inbox at seven every weekday, with the weather, the traffic and the day's events in one short read.\n\n" +
    "It is free, it takes a minute to set up, and you can leave it at any time from the link at the foot of every letter we send you.\n\n" +
    "We will never share your address with anyone else, and we will only write to you about the letter itself and the paper's own offers.\n\n" +
    "Our reporters are in every town of the valley, and the letter brings their work to you before the first bus leaves the square.\n";
  const story = (i: number) => `${menu}${HEADS[i]}\n\nBy ${AUTHORS[i]}\n\n${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n\n${foot}`;
  const tops: [string, string, string][] = [
    ["its close button over a sign-in row", "\n", "Close\nSign in\nSubscribe\nNewsletters\n\n"],
    ["its close button alone, after empty lines", "\n\n\n", "Close\n\n"],
  ];
  for (const [what, gap, top] of tops) {
    it(`${what}: the page stays one article`, () => {
      const r = run("one.txt", `${story(0)}${gap}${top}${modal}`);
      expect(r.articles.map((a) => a.title)).toEqual([HEADS[0]]);
      expectKept(r, BODIES[0]);
    });

    it(`${what}, then a joined page: two articles, the modal no article of its own`, () => {
      const r = run("two.txt", `${story(0)}${gap}${top}${modal}\n${story(1)}`);
      expect(r.articles.map((a) => a.title)).toEqual(HEADS.slice(0, 2));
      expect(r.articles[1].text).not.toContain("morning letter");
      expectKept(r, [...BODIES[0], ...BODIES[1]]);
    });
  }

  it("a joined undated page under the site's repeated app banner, whose close button opens every page, still stands", () => {
    const banner = "Close\nOpen in the app\nHome\nNews\nSport\n\n";
    const first = `${banner}${HEADS[0]}\n\nBy ${AUTHORS[0]}\n\n${DAYS[0][0]}\n\n${BODIES[0].join("\n\n")}\n\n${foot}`;
    const r = run("two.txt", `${first}\n${banner}${HEADS[2]}\n\n${BODIES[2].join("\n\n")}\n`);
    expect(r.articles.map((a) => a.title)).toEqual([HEADS[0], HEADS[2]]);
    expectKept(r, [...BODIES[0], ...BODIES[2]]);
  });

  it("a joined undated page that opens with a sign-in row and ends with its own footer still stands", () => {
    const undated = `Sign in\nSubscribe\nNewsletters\n\n${HEADS[2]}\n\n${BODIES[2].join("\n\n")}\n\n${foot}`;
    const r = run("two.txt", `${story(0)}\n${undated}`);
    expect(r.articles.map((a) => a.title)).toEqual([HEADS[0], HEADS[2]]);
    expectKept(r, [...BODIES[0], ...BODIES[2]]);
  });
});

describe("split guard: pages the title-over-page, about-box, undated-brief and modal rules must leave standing", () => {
  const menu = "Home\nNews\nSport\nWeather\nOpinion\n\n";
  const foot = "Privacy Policy | Terms of Use\n© 2024 The Courier. All rights reserved.\n";
  const story = (i: number) => `${menu}${HEADS[i]}\n\nBy ${AUTHORS[i]}\n\n${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n\n${foot}`;
  const orchard = "Orchard growers fear a late frost this spring";
  const long = ["orchard", "frost", "harvest"].flatMap(paras);

  // A joined page of another site opens with its own one-column menu (or a share row): the same boundary cues as a
  // footer's about box under its link columns, but no label over the list and no second column.
  for (const [what, top] of [
    ["its own section menu", "World\nBusiness\nCulture\nTravel\n\n"],
    ["a share row", "Facebook\nX\nEmail\nWhatsApp\n\n"],
  ] as const) {
    it(`an undated page of another site opening with ${what}, no footer, twelve paragraphs: its own article`, () => {
      const r = run("two.txt", `${story(0)}\n${top}${orchard}\n\n${long.join("\n\n")}\n`);
      expect(r.articles.map((a) => a.title)).toEqual([HEADS[0], orchard]);
      expect(r.articles[1].author ?? null).toBeNull();
      expectKept(r, [...BODIES[0], ...long]);
    });
  }

  // A travel or how-to piece prints its ways of getting somewhere as bulleted subheads: no byline without a date row next to it.
  const travel = [
    "The valley has no airport of its own, and most visitors fly to the city on the coast and take a hire car over the pass, which is open all year.",
    "Two trains a day run up the valley from the junction, and the last one waits for the evening connection, so a day trip from the coast is easy.",
    "The harbour front has the best of the fish restaurants, most of them open at lunch only outside the summer months, so it is worth booking ahead.",
  ];
  for (const [label, b] of [
    ["html-to-text bullets", " * "],
    ["Markdown bullets", "*   "],
  ] as const) {
    it(`a travel piece with bulleted "By Air" and "By Rail" subheads stays one article (${label})`, () => {
      const text =
        `${HEADS[0]}\n\nBy ${AUTHORS[0]}\n\n${DAYS[0][0]}\n\n${BODIES[0].join("\n\n")}\n\n` +
        `How to get to the valley\n\n${b}By Air\n\n${travel[0]}\n\n${BODIES[1].join("\n\n")}\n\n${b}By Rail\n\n${travel[1]}\n\n` +
        `Where to eat in the valley\n\n${b}By the Harbour\n\n${travel[2]}\n\n${BODIES[2].join("\n\n")}\n`;
      const r = run(label.startsWith("Markdown") ? "one.md" : "one.txt", text);
      expect(r.articles.map((a) => a.title)).toEqual([HEADS[0]]);
      expect(r.articles[0].author).toBe(AUTHORS[0]);
      expectKept(r, [...BODIES.flat(), ...travel]);
    });
  }

  it("ways to travel listed as consecutive bulleted entries over the paragraphs stay in the article, no author 'Air'", () => {
    const text = `${HEADS[0]}\n\nBy ${AUTHORS[0]}\n\n${DAYS[0][0]}\n\n${BODIES[0].join("\n\n")}\n\nGetting to the valley\n\n * By Air\n * By Rail\n * By Road\n\n${[...travel, ...BODIES[1]].join("\n\n")}\n`;
    const r = run("one.txt", text);
    expect(r.articles).toHaveLength(1);
    expect(r.articles.map((a) => a.author)).toEqual([AUTHORS[0]]);
  });

  // A page printed under its <title> line whose footer repeats the site menu under a line of its own: the tail is the
  // page's, not a page (the two lines share no site name, and no story header opens under the repeated menu).
  const nav = "Home\nNews\nSport\nWeather\n";
  const titled = `${HEADS[0]} - The Courier\n${nav}\n${HEADS[0]}\n\nBy ${AUTHORS[0]}\n\n${DAYS[0][0]}\n\n${BODIES[0].join("\n\n")}\n\n${foot}\nMore from the Courier newsroom\n${nav}\n`;
  const about =
    "The Courier has been the valley's paper since the railway came, printed in the same building on the quay for more than a century and read in every village between the hills and the sea.\n\n" +
    "Today its reporters cover the councils, the courts, the schools and the farms of the valley, and its photographers follow the teams of every town from the first match of the season to the last.\n";
  for (const [what, tail, kept] of [
    ["an undated teaser with paragraphs", `${orchard}\n\n${paras("orchard").join("\n\n")}\n`, paras("orchard")],
    ["an about box", `About the Courier\n\n${about}`, about.trim().split("\n\n")],
  ] as const) {
    it(`a titled page whose footer repeats its menu over ${what}: one article`, () => {
      const r = run("one.txt", titled + tail);
      expect(r.articles.map((a) => a.title)).toEqual([HEADS[0]]);
      expectKept(r, [...BODIES[0], ...kept]);
    });
  }

  it("titled pages with no site name in their title lines still part where a story header opens under the repeated menu", () => {
    const page = (i: number) => `${HEADS[i]}\n${nav}\n${HEADS[i]}\n\nBy ${AUTHORS[i]}\n\n${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n`;
    const r = run("pages.txt", [0, 1, 2].map(page).join("\n"));
    expect(r.articles.map((a) => a.title)).toEqual(HEADS);
    expectKept(r, BODIES.flat());
  });

  // A real undated page may open with a menu's close button ("Close", then "Search"), joined by a run of empty lines.
  for (const [what, top] of [
    ["Close over a search link", "Close\nSearch\n\n"],
    ["a bare X (a share link to X)", "X\n"],
  ] as const) {
    it(`an undated page after empty lines, opening with ${what}, no footer: its own article`, () => {
      const r = run("two.txt", `${story(0)}\n\n\n${top}${orchard}\n\n${paras("orchard").join("\n\n")}\n`);
      expect(r.articles.map((a) => a.title)).toEqual([HEADS[0], orchard]);
      expectKept(r, [...BODIES[0], ...paras("orchard")]);
    });
  }
});
