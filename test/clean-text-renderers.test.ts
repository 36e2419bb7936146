/**
 * The text cleaner on the traits of several renderers (html-to-text, browser
 * innerText, turndown Markdown) and on the boilerplate families that leak on unseen
 * sites. Every dump is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { toLineUnits, unwrapLinks } from "../stages/clean/text/blocks.ts";
import { matchBoilerplate } from "../stages/clean/text/lexicon.ts";
import { extractHtml } from "../stages/clean/html.ts";
import type { CleanResult } from "../stages/types.ts";
import { bodyLines, FOOTBRIDGE } from "./helpers/footbridge.ts";

const P = FOOTBRIDGE.slice(0, 4);
const body = (r: CleanResult) => bodyLines(r).join("\n");
const ruleOf = (r: CleanResult, snippet: string) => r.removed.find((x) => x.text.includes(snippet))?.rule;

describe("Markdown inline syntax", () => {
  it("keeps link text and drops addresses, titles, images, emphasis markers and escapes", () => {
    expect(unwrapLinks('See [the plan](https://example.org/a_b "Plan [draft] (v2)") now')).toBe("See the plan now");
    expect(unwrapLinks("[![](https://example.org/i.png)](https://example.org) ![logo](x.png) text")).toBe("text");
    expect(unwrapLinks("a _quiet_ and *bold* and **strong** and __also__ word")).toBe("a quiet and bold and strong and also word");
    expect(unwrapLinks("snake_case_name stays, 2 * 3 * 4 stays")).toBe("snake_case_name stays, 2 * 3 * 4 stays");
    expect(unwrapLinks("1\\. First \\- second \\[note\\] \\*not emphasis\\*")).toBe("1. First - second [note] *not emphasis*");
    expect(unwrapLinks("[Text (with) parens](https://example.org/(a)) end")).toBe("Text (with) parens end");
    expect(unwrapLinks("an [unclosed bracket stays")).toBe("an [unclosed bracket stays");
  });

  it("a link whose text spans lines leaves no syntax behind, and setext underlines and rules are not lines", () => {
    const units = toLineUnits(["Bridge rebuilt", "==============", "", "[Teaser headline", "", "By A Writer", "", '](https://example.org/t "Teaser headline")', "", "* * *", "after"].join("\n"));
    expect(units.map((u) => u.text)).toEqual(["Bridge rebuilt", "Teaser headline", "By A Writer", "after"]);
    expect(units[0].markHeading).toBe(true);
  });

  it("tells a row of links from a row of links that ends in text, however many links (no exponential backtracking)", () => {
    const row = Array.from({ length: 40 }, (_, i) => `[Section ${i}](/s/${i})`).join("  ");
    const units = (line: string) => cleanTextDump([P[0], P[1], line, P[2], P[3]].join("\n"));
    expect(ruleOf(units(row), "[Section 0]")).toBe("clean/markdown-link");
    expect(ruleOf(units(`${row}  and more`), "[Section 0]")).not.toBe("clean/markdown-link");
  });

  it("never drops a body paragraph only because it is a link", () => {
    const longLinked = `[${P[3].replace(/\.$/, "")} and further details are in the report](https://example.org/report)`;
    const r = cleanTextDump(["[Home](/)", "", "[News](/news)", "", P[0], "", P[1], "", longLinked, "", P[2], "", "[Privacy](/privacy) | [Terms](/terms)"].join("\n"));
    expect(body(r)).toContain("engineers are due to inspect the new crossing");
    expect(body(r)).not.toContain("](");
    expect(ruleOf(r, "[Privacy]")).toBe("clean/markdown-link");
  });
});

describe("the same article in three renderings", () => {
  const text = ["Menu", "", " * Home", " * Local", "", "Footbridge rebuilt by volunteers", "", ...P.flatMap((p) => [p, ""]), "Share this article", "", "You may also like", "", " * Storm closes coastal road", " * Market reopens after fire"].join("\n");
  const innertext = ["Menu", "Home", "Local", "Footbridge rebuilt by volunteers", ...P, "Share this article", "You may also like", "Storm closes coastal road", "Market reopens after fire"].join("\n");
  const markdown = [
    "Menu",
    "",
    "*   [Home](/)",
    "*   [Local](/local)",
    "",
    "Footbridge rebuilt by volunteers",
    "================================",
    "",
    ...P.map((p) => p.replace("footbridge", "[footbridge](https://example.org/bridge)").replace("steel cables", "_steel cables_")).flatMap((p) => [p, ""]),
    "[Share this article](https://example.org/share)",
    "",
    "You may also like",
    "-----------------",
    "",
    "*   [Storm closes coastal road](/a)",
    "*   [Market reopens after fire](/b)",
  ].join("\n");

  it("keeps the same body text whatever the renderer", () => {
    const outs = [text, innertext, markdown].map((d) => body(cleanTextDump(d)));
    for (const o of outs) expect(o).toBe(P.join("\n"));
  });
});

describe("articles made of short lines", () => {
  it("keeps a recipe's ingredient and step lines after its prose introduction, not the menu after it", () => {
    const dump = [
      "Home",
      "Recipes",
      "Barley soup for cold evenings",
      P[0],
      P[1],
      "Ingredients",
      "200 g pearl barley, rinsed",
      "2 large carrots, diced small",
      "1 onion, chopped with the celery",
      "Method",
      "Rinse the barley twice",
      "Simmer for 40 minutes with the carrots",
      "Season with 1 tsp. salt and serve hot",
      "About us",
      "Contact",
      "Careers",
      "Privacy policy",
    ].join("\n");
    const out = body(cleanTextDump(dump));
    expect(out).toContain("200 g pearl barley, rinsed");
    expect(out).toContain("Simmer for 40 minutes with the carrots");
    expect(out).toContain("Season with 1 tsp. salt and serve hot");
    expect(out).not.toContain("Careers");
  });

  it("does not take a list of teaser headlines with bylines and times for the article's list", () => {
    const dump = [
      "Footbridge rebuilt by volunteers",
      ...P,
      "Storm closes coastal road for the second time",
      "By Staff Writer",
      "11/20/2019 01:14 PM",
      "Market reopens after fire on the old square",
      "By Staff Writer",
      "11/20/2019 10:08 AM",
      "Council approves budget for 3 new schools",
      "By Staff Writer",
      "11/19/2019 09:39 AM",
      "Rail strike called off after 2 days of talks",
      "By Staff Writer",
      "11/19/2019 08:11 AM",
    ].join("\n");
    const out = body(cleanTextDump(dump));
    expect(out).toBe(P.join("\n"));
  });
});

describe("page furniture around the body", () => {
  it("a standfirst above the byline is not the first paragraph of the body", () => {
    const dek = "A broken crossing left a school cut off for a month, so the families on the far bank decided to rebuild it themselves.";
    const r = cleanTextDump(["Footbridge rebuilt by volunteers", dek, "By Jana Novak", "May 4, 2021 8:03 am ET", ...P].join("\n"));
    expect(body(r)).toBe(P.join("\n"));
  });

  it("a caption above a photo credit is dropped, the paragraphs around it stay", () => {
    const caption = "Irena Kolar, left, and her brother fit the last plank of the bridge in Ostrava Nova, Saturday, May 1, 2021.";
    const r = cleanTextDump([P[0], P[1], caption, "Photo: Jana Novak, Example Press", P[2], P[3]].join("\n"));
    expect(body(r)).toBe(P.join("\n"));
    expect(ruleOf(r, "fit the last plank")).toBe("clean/caption");
  });

  it("an ad label inside the article does not cut it", () => {
    const r = cleanTextDump(["Footbridge rebuilt by volunteers", P[0], "Continue Reading Below", P[1], P[2], P[3], "Most read", "Storm closes coastal road"].join("\n"));
    expect(body(r)).toBe(P.join("\n"));
  });

  it("a small related-links box inside the article does not cut off the paragraph after it", () => {
    const last = "The bridge will carry a plaque with the names of everyone who helped, and the school plans a small ceremony for the opening next Friday.";
    for (const box of [["Related Links", "Council transport plan"], ["Related Links", "[Council transport plan](https://example.org/plan)"]]) {
      const r = cleanTextDump(["Footbridge rebuilt by volunteers", P[0], P[1], ...box, last, "Report error", "Top video", "Privacy policy"].join("\n"));
      expect(body(r)).toBe([P[0], P[1], last].join("\n"));
    }
  });

  it("a lead paragraph followed by a small related box is not taken for a teaser", () => {
    const r = cleanTextDump(["Footbridge rebuilt by volunteers", "By Jana Novak", P[0], "Related articles", "Storm closes coastal road", "Market reopens after fire", P[1], P[2], P[3], "Privacy policy"].join("\n"));
    expect(body(r)).toBe(P.join("\n"));
  });

  it("a body interrupted by a sidebar of menu lines keeps both parts and drops the sidebar", () => {
    const more = [
      "Work started at dawn on Saturday, when a dozen neighbours carried the first beams down the muddy path to the river and set them on the old stone piers.",
      "By Sunday evening the deck was in place, and the first children crossed it on their way home, cheered by the parents waiting on the far side.",
    ];
    const sidebar = ["Weather", "Traffic", "Local sport", "Obituaries", "Classifieds", "Events", "Photos", "Video", "Schools", "Courts", "Health", "Business", "Farming", "Letters", "Puzzles", "Recipes", "Gardening", "Motoring", "Property", "Jobs"];
    const r = cleanTextDump(["Footbridge rebuilt by volunteers", P[0], P[1], ...sidebar.map((x) => ` * ${x}`), P[2], P[3], ...more, "Privacy policy"].join("\n"));
    expect(body(r)).toBe([P[0], P[1], P[2], P[3], ...more].join("\n"));
    expect(ruleOf(r, "* Classifieds")).toBe("clean/sidebar");
  });

  it("a wire-style lead paragraph printed apart from the body, above a video and a share row, opens the article", () => {
    const lead = "Ostrava Nova (AP) — Volunteers have rebuilt a footbridge that spring floods swept away last month, ending a long detour for the children of the valley.";
    const r = cleanTextDump(["Footbridge rebuilt by volunteers", lead, "Video", "Watch: the new bridge", "0:45", "Share", "Tweet", "Email", ...P, "Privacy policy"].join("\n"));
    expect(body(r)).toBe([lead, ...P].join("\n"));
  });

  it("a trending box inside the article goes with its headlines, even those that end with a stop, until the next paragraph", () => {
    const box = ["Trending News", "Video shows the moment the old bridge gave way: \"Run!\"", "Man rescued from river after three hours in the water", "Council to vote on new school buses next week"];
    const r = cleanTextDump(["Footbridge rebuilt by volunteers", P[0], P[1], ...box, P[2], P[3], "Privacy policy"].join("\n"));
    expect(body(r)).toBe(P.join("\n"));
  });

  it("related-story links set in capitals between paragraphs are dropped, a short capitalised subheading stays", () => {
    const r = cleanTextDump(["Footbridge rebuilt by volunteers", P[0], "COUNCIL APPROVES NEW BUDGET FOR RURAL SCHOOLS AND ROADS", P[1], "WORK BEGINS", P[2], P[3]].join("\n"));
    expect(body(r)).toBe([P[0], P[1], "WORK BEGINS", P[2], P[3]].join("\n"));
    expect(ruleOf(r, "COUNCIL APPROVES")).toBe("clean/teaser");
  });

  it("a company profile closing a press release is dropped, in text and in HTML", () => {
    const profile =
      "Examplia is a leading global provider of bridge monitoring systems for local authorities, with offices in twelve countries and more than 900 engineers.";
    const hq = "Examplia is headquartered in Lakeside and employs around 900 people in 12 countries.";
    const r = cleanTextDump(["Footbridge rebuilt by volunteers", ...P, profile, hq, "Privacy policy"].join("\n"));
    expect(body(r)).toBe(P.join("\n"));
    const html = `<html><body><article><h1>Footbridge rebuilt by volunteers</h1>${[...P, profile, hq].map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const h = extractHtml(html, { url: null, crawledAt: null });
    expect(body(h)).toBe(P.join("\n"));
  });
});

describe("boilerplate families in the lexicon", () => {
  const named = (s: string) => matchBoilerplate(s, s.split(/\s+/).length)?.rule ?? null;
  it("names related-list headers in several languages", () => {
    for (const s of ["You may also like", "Das könnte Sie auch interessieren", "À lire aussi", "Te puede interesar", "Leia também", "Baca juga", "Читайте также", "Czytaj także"]) {
      expect(named(s), s).toBe("clean/read-more");
    }
  });
  it("names comment chrome, rating widgets, share prompts, appeals and glued kickers", () => {
    expect(named("12 points · 3h ago")).toBe("clean/comments");
    expect(named("Load more comments")).toBe("clean/comments");
    expect(named("Rate this article")).toBe("clean/rating");
    expect(named("4.5 out of 5 stars")).toBe("clean/rating");
    expect(named("Was this article helpful?")).toBe("clean/rating");
    expect(named("Share this article with a friend")).toBe("clean/share");
    expect(named("Поделиться")).toBe("clean/share");
    expect(named("Help us keep our local journalism free for every reader.")).toBe("clean/donation");
    expect(named("OpinionWhy the bridge vote matters")).toBe("clean/teaser");
    expect(named("Continue reading below")).toBe("clean/ad");
  });
  it("names buttons and comment forms whose words end in a letter outside ASCII (Cyrillic, accented)", () => {
    for (const s of ["Подробнее", "Читать далее →", "Scopri di più"]) expect(named(s), s).toBe("clean/read-more");
    for (const s of ["Добавить комментарий", "Оставить комментарий", "Отменить ответ"]) expect(named(s), s).toBe("clean/comments");
    // the button's word must end there, not run on into a longer word
    expect(named("Подробнеесть")).toBeNull();
  });
  it("leaves sentences that only share words with them", () => {
    for (const s of [
      "Technology companies in the region are growing fast this year.",
      "Like many others in the town, she left for the capital in 2019.",
      "The vote was rated a success by four out of five observers.",
      "She shared the article with her colleagues before the meeting.",
      "The company is a small family business that makes wooden toys.",
    ]) {
      expect(named(s), s).toBeNull();
    }
  });
});

describe("HTML: link-dense but real sentences", () => {
  it("keeps a sentence whose names are links, drops a linked teaser question and a linked promo", () => {
    const linked = '<p><a href="/p/kolar">Irena Kolar</a> has been <a href="/t/award">named volunteer of the year</a> by the regional council.</p>';
    const teaser = '<p><a href="/t/next">Who will rebuild the next bridge in the valley this summer?</a></p>';
    const promo = '<p><a href="/social">Follow the Valley Herald on Instagram, Facebook and Twitter for more.</a></p>';
    const html = `<html><body><article><h1>Footbridge rebuilt by volunteers</h1>${P.slice(0, 2).map((p) => `<p>${p}</p>`).join("")}${linked}${teaser}${P.slice(2).map((p) => `<p>${p}</p>`).join("")}${promo}</article></body></html>`;
    const out = body(extractHtml(html, { url: null, crawledAt: null }));
    expect(out).toContain("Irena Kolar has been named volunteer of the year by the regional council.");
    expect(out).not.toContain("Who will rebuild");
    expect(out).not.toContain("Follow the Valley Herald");
  });
});

describe("HTML: a lead paragraph outside the main container", () => {
  it("brings a wire-style lead beside the lead video back to the top of the article", () => {
    const lead = "Ostrava Nova (CNN) — Volunteers have rebuilt a footbridge that spring floods swept away last month, ending a long detour for the children of the valley.";
    const html = `<html><body><div class="page"><h1>Footbridge rebuilt</h1><div class="media"><p class="lead">${lead}</p><div class="video">Video 0:45</div></div><div class="share"><a href="/s">Share</a><a href="/t">Tweet</a></div><section class="story-body">${P.map((p) => `<div class="para">${p}</div>`).join("")}</section><footer>Privacy</footer></div></body></html>`;
    expect(body(extractHtml(html, { url: null, crawledAt: null }))).toBe([lead, ...P].join("\n"));
  });
  it("leaves a paragraph before the container that does not open like a wire lead", () => {
    const promo = "Our newsroom has covered the valley for sixty years, and we rely on readers like you to keep reporting on the stories that matter here.";
    const html = `<html><body><div class="page"><h1>Footbridge rebuilt</h1><div class="media"><p>${promo}</p></div><section class="story-body">${P.map((p) => `<div class="para">${p}</div>`).join("")}</section></div></body></html>`;
    expect(body(extractHtml(html, { url: null, crawledAt: null }))).toBe(P.join("\n"));
  });
});
