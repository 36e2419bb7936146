/**
 * One page, one article; articles of one source never share or overlap a source range
 * (stages/split placeGroups, stages/clean/text.ts NOT_ANOTHER_HEADLINE). All text invented.
 */
import { describe, expect, it } from "vitest";
import { processFile } from "../pipeline/document.ts";
import { placeGroups, rangesAreDisjoint } from "../stages/split/index.ts";
import { explainStories, findStories } from "../stages/clean/stories.ts";

const para = (topic: string, i: number) =>
  `The council said on Monday that the new ${topic} scheme would open to residents in the spring, after a long consultation that drew hundreds of replies (note ${i}). ` +
  `Officials added that the budget had been set aside and that work would begin as soon as the contracts were signed by the board.`;
const opinion = (n: number, k: number) =>
  `I have lived in this street for ${n + 10} years and I think the plan is long overdue, but the council should explain how the money will be spent (point ${k}). ` +
  `My neighbours agree that the old road is dangerous for children who cycle to school every morning.`;

/** An invented page: chrome, a headline, byline, dateline, five paragraphs, then a comment section of `comments` entries. */
function pageWithComments(header: (n: number, name: string) => string, comments = 3): string {
  const names = ["Ann Lee", "Tom Fry", "Joe Park", "Eva Moss"];
  const thread = Array.from({ length: comments }, (_, k) => `${header(k + 1, names[k % names.length])}\nMarch ${k + 4}, 2021 at 4:1${k} pm\n${opinion(k, 1)}\n${opinion(k, 2)}`);
  return (
    "Skip to content\n\nRiverside Gazette\n\nHome\nNews\nSport\n\nBike lanes planned for the old town\n\nBy Mark Stone\n\nMarch 2, 2021\n\n" +
    [1, 2, 3, 4, 5].map((i) => para("bike lane", i)).join("\n\n") +
    "\n\n" + thread.join("\n\n") + "\n\n© 2021 Riverside Gazette\n"
  );
}

const run = (name: string, t: string) => processFile(name, Buffer.from(t, "utf8"), { skip: new Set(["entities", "dates"]) });
const ranges = (r: ReturnType<typeof run>) => r.articles.map((a) => ({ sourceStart: a.source_start, sourceEnd: a.source_end }));

describe("a page with a comment thread is one article", () => {
  const headers: [string, (n: number, name: string) => string][] = [
    ["numbered 'N. Name says'", (n, name) => `${n}. ${name} says`],
    ["'Name wrote'", (_n, name) => `${name} wrote`],
    ["numbered names", (n, name) => `${n}. ${name}`],
  ];
  for (const [label, header] of headers) {
    it(`comment headers ${label} over a timestamp do not open articles`, () => {
      const t = pageWithComments(header);
      const r = run("page.txt", t);
      expect(r.articles).toHaveLength(1);
      expect(r.articles[0].title).toBe("Bike lanes planned for the old town");
      expect([r.articles[0].source_start, r.articles[0].source_end]).toEqual([0, [...t].length]);
    });
  }
});

describe("articles of one source have ranges of their own", () => {
  /** A digest page: two stories, each a headline over a dateline and its paragraphs. */
  const story = (head: string, topic: string, day: number) => `${head}\nMarch ${day}, 2021\n\n${[1, 2, 3].map((i) => para(topic, i)).join("\n\n")}`;
  const digest =
    "Town news digest\n\n" + story("Bike lanes planned for the old town", "bike lane", 2) + "\n\n" + story("Library to stay open on Sundays", "library", 3) + "\n";

  it("two stories found inside one page each get the range from their headline on", () => {
    const r = run("digest.txt", digest);
    expect(r.articles.map((a) => a.title)).toEqual(["Bike lanes planned for the old town", "Library to stay open on Sundays"]);
    expect(rangesAreDisjoint(ranges(r))).toBe(true);
    const cps = [...digest];
    const second = cps.slice(r.articles[1].source_start, r.articles[1].source_end).join("");
    expect(second.startsWith("Library to stay open on Sundays")).toBe(true);
    const first = cps.slice(r.articles[0].source_start, r.articles[0].source_end).join("");
    expect(first).toContain("bike lane");
    expect(first).not.toContain("library");
  });

  it("a group whose headline is not in the source goes back into the article before it", () => {
    const groups = [
      { title: "First headline", body: [{ text: "First body.", role: "body" as const }] },
      { title: "Headline rewritten by the renderer", body: [{ text: "Second body.", role: "body" as const }] },
    ];
    const placed = placeGroups(groups, "First headline\n\nFirst body.\n\nSecond body.\n", 10, 60);
    expect(placed).toHaveLength(1);
    expect([placed[0].start, placed[0].end]).toEqual([10, 60]);
    expect(placed[0].group.body.map((b) => b.text)).toEqual(["First body.", "Headline rewritten by the renderer", "Second body."]);
  });

  it("rangesAreDisjoint rejects a shared range and an overlap, accepts ranges in order", () => {
    expect(rangesAreDisjoint([{ sourceStart: 0, sourceEnd: 10 }, { sourceStart: 0, sourceEnd: 10 }])).toBe(false);
    expect(rangesAreDisjoint([{ sourceStart: 0, sourceEnd: 10 }, { sourceStart: 9, sourceEnd: 20 }])).toBe(false);
    expect(rangesAreDisjoint([{ sourceStart: 0, sourceEnd: 10 }, { sourceStart: 12, sourceEnd: 20 }])).toBe(true);
  });

  it("a dump of pages, one with a comment thread, gives disjoint ranges, one article per page", () => {
    const t = pageWithComments((n, name) => `${n}. ${name} says`) + "\n\n\n\n" + pageWithComments((_n, name) => `${name} wrote`).replace(/bike lane/g, "tram line").replace("Bike lanes planned for the old town", "Tram line extended to the harbour");
    const r = run("dump.txt", t);
    expect(r.articles.map((a) => a.title)).toEqual(["Bike lanes planned for the old town", "Tram line extended to the harbour"]);
    expect(rangesAreDisjoint(ranges(r))).toBe(true);
  });
});

describe("footer and head chrome never stand as a story", () => {
  const body = [1, 2, 3, 4, 5, 6].map((i) => para("bike lane", i)).join("\n\n");
  /** Prose-like footer chrome: a site blurb, a disclaimer, a reproduction notice, a support appeal. */
  const proseFooter =
    "The Riverside Gazette has covered the valley and its towns since 1921, with reporters in every district and a team of editors who check each story before it is published.\n\n" +
    "Disclaimer: the opinions expressed by readers in letters and comments are their own and do not reflect the views of the newspaper, its owners or its advertisers in any way.\n\n" +
    "Readers who wish to reproduce any part of this website for commercial purposes must first ask the publisher for written permission, which may be refused without a reason.\n\n" +
    "Our journalism is paid for by subscribers and advertisers, and we rely on the support of readers like you to keep reporting on the stories that matter to the region.\n\n" +
    "© 2021 Riverside Gazette Media\n";
  const top = "Skip to content\n\nRiverside Gazette\n\nHome\nNews\nSport\nWeather\nSign in\n\n";

  it("a footer of link columns then prose-like blurbs and disclaimers stays with its page", () => {
    const t = `${top}Bike lanes planned for the old town\n\nBy Mark Stone\n\n${body}\n\nShare this article\n\nPrivacy Policy | Terms of Use\n\nNews\nSport\nWeather\nJobs\nContact\n\n${proseFooter}`;
    const r = run("page.txt", t);
    expect(r.articles).toHaveLength(1);
    expect([r.articles[0].source_start, r.articles[0].source_end]).toEqual([0, [...t].length]);
  });

  it("a second page joined the same way, with its own headline and byline, is still cut", () => {
    const second = `Library to stay open on Sundays\n\nBy Ann Lee\n\n${[1, 2, 3, 4, 5].map((i) => para("library", i)).join("\n\n")}\n`;
    const t = `${top}Bike lanes planned for the old town\n\nBy Mark Stone\n\n${body}\n\nPrivacy Policy | Terms of Use\n\nNews\nSport\nWeather\nJobs\n\n${second}`;
    const r = run("dump.txt", t);
    expect(r.articles.map((a) => a.title)).toEqual(["Bike lanes planned for the old town", "Library to stay open on Sundays"]);
    expect(rangesAreDisjoint(ranges(r))).toBe(true);
  });

  it("a tagline opening with 'Updated' under a teaser headline is no dateline", () => {
    const t =
      `${top}Bike lanes planned for the old town\n\nBy Mark Stone\n\n${body}\n\nPrivacy Policy | Terms of Use\n\nNext Article\n\nLibrary to stay open on Sundays\n\n` +
      `Updated 7 days a week, 365 days a year.\n\n${proseFooter}`;
    const { trace } = explainStories(t);
    expect(trace.filter((c) => c.cues.includes("story-start"))).toEqual([]);
    expect(run("page.txt", t).articles).toHaveLength(1);
  });

  it("'Updated 3 hours ago' under a headline is a dateline", () => {
    const t = `${top}Bike lanes planned for the old town\n\nBy Mark Stone\n\n${body}\n\nPrivacy Policy | Terms of Use\n\nLibrary to stay open on Sundays\n\nUpdated 3 hours ago\n\n${[1, 2, 3, 4, 5].map((i) => para("library", i)).join("\n\n")}\n`;
    const { trace } = explainStories(t);
    expect(trace.some((c) => c.cues.includes("story-start") && c.decision === "cut")).toBe(true);
  });
});

describe("pages joined by runs of empty lines", () => {
  const text = (topic: string, i: number) =>
    `The committee on ${topic} met again on Tuesday and said that the plan would be ready before the end of the year, according to the notes seen by reporters (part ${i}). ` +
    `Several members asked for more time, and the chair agreed that the public should have a say in how the money is spent.`;
  const art = (h: string, topic: string, n = 4) => `${h}\n\nBy Jane Roe\n\n${Array.from({ length: n }, (_, i) => text(topic, i + 1)).join("\n\n")}\n`;
  const A = `Skip to content\n\nHarbour Post\n\nHome\nNews\nSport\nSign in\n\n${art("Harbour dredging plan moves ahead", "harbour dredging")}\nPrivacy Policy\n\n© 2024 Harbour Post. All rights reserved.\n`;
  // A page that ends with prose footer lines (no copyright, no legal row): no known footer cue.
  const B =
    `Skip to content\n\nValley Times\n\nHome\nNews\nSport\nSign in\n\n${art("Valley railway plan moves ahead", "valley railway")}\n` +
    "To make the Valley Times your home page, open the settings of your browser and type our address in the box.\n" +
    "Thank you for reading the Valley Times, the paper that has served the valley for more than a century of news.\n";
  const C = `Hill Gazette\nNews\nWeather\nJobs\n\n${art("Hill tunnel plan moves ahead", "hill tunnel")}`;

  it("the run of empty lines at the other cuts is the file's joiner: a page with a prose footer is cut too", () => {
    const t = [A, B, C].join("\n\n\n");
    const stories = findStories(t);
    expect(stories).toHaveLength(3);
    expect(t.slice(stories[2].start, stories[2].end).startsWith("Hill Gazette")).toBe(true);
  });

  it("a run of the same length inside an article, prose on both sides, is no boundary", () => {
    const gap = art("Valley railway plan moves ahead", "valley railway", 8).replace("(part 4).", "(part 4).\n\n\n\n");
    const t = [A, `Skip to content\n\nValley Times\n\nHome\nNews\nSport\nSign in\n\n${gap}\nPrivacy Policy\n\n© 2024 Valley Times.\n`].join("\n\n\n");
    expect(findStories(t)).toHaveLength(2);
  });
});
