/**
 * Single web pages as whole-page text dumps stay ONE article: the page's own furniture looks like
 * a boundary between pages (a rule with its block spacing, a picture credit with a © over a link
 * list, a related story's headline and byline, a comment form after a rule, a consent notice after
 * the footer), and a user who feeds one article must get one article back, with all its text.
 * Each page is invented, laid out the way html-to-text prints a news page. Joined pages are
 * checked in split-families.test.ts and stories.test.ts; a digest of two bare stories is here too,
 * so that the narrowing of the story-header cue is seen to leave digests cut.
 */
import { describe, expect, it } from "vitest";
import { processFile, type FileResult } from "../pipeline/document.ts";

function run(text: string): FileResult {
  return processFile("page.txt", Buffer.from(text, "utf8"), { skip: new Set(["entities", "dates"]) });
}

const MASTHEAD = "Skip to content\n\nTHE VALLEY COURIER\n\n * News\n * Sport\n * Weather\n * Letters\n\n";

/** The article of the page: a headline, byline, date and five paragraphs (about 170 words). */
const ARTICLE = [
  "Upper villages get their railway back",
  "By Tom Abel",
  "12 April 2024",
  "The railway line to the upper villages will reopen next spring, the valley council said on Friday, after three years in which the only way down to the market town was a bus that ran twice a day.",
  "Engineers have rebuilt the two bridges that were washed away in the floods, and the new timetable will give the villages a train every hour from early morning until late in the evening.",
  "Shopkeepers in the villages said they had lost many of their customers while the line was closed, and that they hoped the trains would bring back walkers and visitors in the summer months.",
  "The council said the cost of the work had stayed within the budget agreed two years ago, which it called a rare thing for a project of this size in the valley.",
  "A public meeting about the new timetable will be held in the village hall at the end of the month, and the council has asked residents to send their questions before then.",
];

/** A box of the page's own prose (an author note, a newsletter pitch, reader comments): about 140 words. */
const BOX = [
  "Tom Abel has written about transport and local government in the valley for more than ten years, and before that he worked as a signalman on the line he now reports on.",
  "He lives in one of the upper villages with his family and two dogs, and he walks to the station every morning whatever the weather brings down from the hills above the houses.",
  "Readers can send him their stories about the railway and the buses by post to the newsroom, or leave a note for him at the front desk of the library in the market square.",
  "His book about the history of the valley line came out last year and is sold in the station shop.",
];

/** The share row under the article: the page's own chrome, so a boundary after it is not "right after prose". */
const SHARE = "\nShare this story\n\n * Facebook\n * Twitter\n * Email\n";

const FOOTER = "© 2024 Valley Courier Ltd. All rights reserved.\n\n * Privacy policy\n * Terms of use\n * Contact\n";

const page = (...parts: string[]) => parts.join("");
const paras = (ps: string[]) => ps.join("\n\n") + "\n";

/** One article that holds every paragraph of the page's article. */
function expectOneArticle(r: FileResult): void {
  expect(r.articles).toHaveLength(1);
  for (const p of ARTICLE.slice(3)) expect(r.articles[0].text).toContain(p);
}

describe("a single web page stays one article", () => {
  it("its own <hr>, printed as a rule inside a long run of empty lines, over an author box", () => {
    const rule = "\n\n\n\n\n----------------------------------------\n\n\n\n\n";
    expectOneArticle(run(page(MASTHEAD, paras(ARTICLE), SHARE, rule, "About the author\n\n", paras(BOX), "\n", FOOTER)));
  });

  it("a picture credit with a © right above a list of links and a related story", () => {
    const credit = "\nThe new bridge over the river at the lower village. (Photo: © Jane Roe)\n\n";
    const links = " * Timetables\n * Stations\n * Fares\n * Tickets\n * Season passes\n * Lost property\n\n";
    expectOneArticle(run(page(MASTHEAD, paras(ARTICLE), credit, links, paras(["Bus station to close for repairs", "By Mina Park", "3 April 2024", ...BOX]), "\n", FOOTER)));
  });

  it("a related story's headline, byline and date after a run of empty lines", () => {
    const related = ["Bus station to close for repairs", "By Mina Park", "3 April 2024", ...BOX];
    expectOneArticle(run(page(MASTHEAD, paras(ARTICLE), SHARE, "\n\n\n\n\n", paras(related), "\n", FOOTER)));
  });

  it("a comment form and thread under a rule", () => {
    const comments = "\n----------------------------------------\n\nLeave a Reply\n\nName\n\nEmail\n\nWebsite\n\nComment\n\n";
    expectOneArticle(run(page(MASTHEAD, paras(ARTICLE), SHARE, comments, paras(BOX), "\n", FOOTER)));
  });

  it("an embedded video printed as its bare address, then a run of empty lines and a menu", () => {
    const video = "\nOur latest video\n\nhttps://youtu.be/abc123XYZ\n\n\n\n\n";
    const links = " * Timetables\n * Stations\n * Fares\n * Tickets\n * Season passes\n\n";
    expectOneArticle(run(page(MASTHEAD, paras(ARTICLE), SHARE, video, links, paras(BOX), "\n", FOOTER)));
  });

  it("a consent notice printed after the footer, past a run of empty lines", () => {
    const consent = CONSENT;
    const r = run(page(MASTHEAD, paras(ARTICLE), "\n", FOOTER, "\n\n\n\n", paras(consent)));
    expectOneArticle(r);
    // Nothing lost: the notice is in the article or in the audit of removed text.
    for (const p of consent) expect(r.articles[0].text.includes(p) || r.removed.some((x) => x.text.includes(p))).toBe(true);
  });
});

/** A consent notice of the page (about 90 words, no heading). */
const CONSENT = [
  "This site keeps a few small text files in your browser so that it can recall your choices and tally how often each story is opened, and none of it is ever passed on.",
  "You can change your choice at any time on the settings page, where each kind of file is explained in plain words, together with how long it is kept and why we need it.",
  "Unless you pick otherwise, we keep only the files the pages cannot run without, and every other part of the site goes on working just the same for all who drop by.",
  "Questions about the files we keep can be sent to the newsroom by post, and we answer every letter within a month of the day it reaches us in the valley.",
];

describe("a consent dialog's heading", () => {
  it("a consent dialog with a heading of its own, printed after the footer: still one article", () => {
    const dialog = ["How we use cookies", ...CONSENT];
    const r = run(page(MASTHEAD, paras(ARTICLE), SHARE, "\n", FOOTER, "\n\n\n\n", paras(dialog)));
    expectOneArticle(r);
  });

  it("a joined page whose story is about cookies, with its own byline and date, still stands", () => {
    const other = ["Regulator fines shop over cookie banners", "By Mina Park", "3 April 2024", ...BOX];
    const r = run(page(MASTHEAD, paras(ARTICLE), SHARE, "\n", FOOTER, "\f", MASTHEAD, paras(other), "\n", FOOTER));
    expect(r.articles.map((a) => a.title)).toEqual([ARTICLE[0], other[0]]);
  });
});

describe("bare stories still cut", () => {
  it("a digest of two bare stories joined by a run of empty lines: one article each, with its own title", () => {
    const second = ["Bus station to close for repairs", "By Mina Park", "3 April 2024", ...BOX];
    const r = run(page(paras(ARTICLE), "\n\n\n\n\n", paras(second)));
    expect(r.articles.map((a) => a.title)).toEqual([ARTICLE[0], second[0]]);
    expect(r.articles[1].author).toBe("Mina Park");
  });
});
