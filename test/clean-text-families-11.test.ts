/**
 * Rules that removed an article's own text, made safer by structure (a table of contents' entries
 * printed again as subheadings, code lines repeated in a tutorial, a live blog's per-entry share rows, a headline that
 * names cookies), each with a guard that the boilerplate of the same shape still goes. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { headlineShaped, matchBoilerplate } from "../stages/clean/text/lexicon.ts";
import { bodyLines, FOOTBRIDGE, footer, menu, txt } from "./helpers/footbridge.ts";

const words = (s: string) => s.split(/\s+/).length;
const rule = (s: string) => matchBoilerplate(s, words(s))?.rule ?? null;
const P = FOOTBRIDGE;

describe("a table of contents over the article's subheadings", () => {
  const sections = [
    ["Choosing the right soil", "Most herbs want a light soil that drains well, so mix a third of sand into the compost before you fill the pots on the balcony.", "A pot with a hole in its base matters more than the soil itself, because standing water rots the roots within a week or two."],
    ["How often to water", "Water in the morning rather than at night, and let the top of the soil dry out between two waterings, even in the hottest weeks of summer.", "Pots in full sun dry out faster than those in the shade, so check them with a finger before you reach for the watering can."],
    ["When to cut the first leaves", "Wait until each plant has at least six leaves, then cut from the top so that it grows wider instead of taller over the season.", "Cut in the morning, when the leaves hold the most flavour, and never take more than a third of the plant at a time."],
    ["Keeping herbs through the winter", "Bring the pots inside before the first frost and keep them on a bright window sill, away from the heater and the kitchen door.", "Water them much less in the dark months, and wait for spring before you cut them back or move them into bigger pots."],
  ];
  const intro = [
    "Growing herbs on a balcony takes little space and less time than most people think, and a few pots are enough for a kitchen.",
    "This guide walks through the four things that decide whether a balcony garden thrives or fails, from the soil to the winter months.",
  ];
  const toc = sections.map(([h]) => `* ${h}`);
  const page = txt(...menu, "A beginner's guide to balcony herbs", ...intro, "Contents", ...toc, ...sections.flat(), ...footer);

  it("keeps every subheading printed again under the contents box", () => {
    const body = bodyLines(cleanTextDump(page));
    for (const [heading, paragraph] of sections) {
      expect(body.indexOf(paragraph), paragraph).toBeGreaterThan(0);
      expect(body[body.indexOf(paragraph) - 1], heading).toBe(heading);
    }
  });

  it("still drops a teaser box that repeats headlines over no paragraph", () => {
    const teasers = ["Ten herbs that grow in the shade", "Why basil dies on the window sill", "The best pots for a small balcony"];
    const r = cleanTextDump(txt(...menu, ...teasers.map((t) => `* ${t}`), ...P, "More from Gardening", ...teasers.map((t) => `* ${t}`), ...footer));
    const body = bodyLines(r);
    expect(body).toEqual(P);
    expect(r.removed.filter((x) => x.rule === "clean/repeat").length).toBe(3);
  });

  it("still drops a caption printed again over several paragraphs", () => {
    const caption = "Volunteers carry a beam across the river";
    const r = cleanTextDump(txt(...menu, caption, P[0], P[1], caption, P[2], P[3], caption, P[4], ...footer));
    expect(bodyLines(r).filter((l) => l === caption).length).toBeLessThanOrEqual(1);
  });
});

describe("code lines repeated in a tutorial", () => {
  const para = [
    "Reading a file line by line is the first thing most people need, and the standard library makes it short work. You do not need to open and close the file yourself any more.",
    "The same two imports open the second example, which writes the lines back in reverse order to a new file. Nothing else in the setup changes between the two.",
    "Both examples close the file for you, because the methods of the path object do that even when an error is raised halfway through the work.",
  ];
  const more = [
    "Paths also know their own names, suffixes and parents, which saves a good deal of string slicing in scripts that sort files into folders.",
    "The module has been part of the standard library for years, so every current version of the language ships with it and nothing needs installing.",
    "If you still pass plain strings around, most functions accept a path object in their place, and you can convert step by step as you touch old code.",
  ];
  const first = ["from pathlib import Path", "path = Path('notes.txt')", "for line in path.read_text().splitlines():", "    print(line)"];
  const second = ["from pathlib import Path", "path = Path('notes.txt')", "lines = path.read_text().splitlines()", "Path('out.txt').write_text('\\n'.join(reversed(lines)))"];

  it("keeps the lines the second example repeats from the first", () => {
    const body = bodyLines(cleanTextDump(txt(...menu, "Reading and writing files in Python", para[0], more[0], first.join("\n"), para[1], more[1], second.join("\n"), para[2], more[2], ...footer)));
    expect(body.filter((l) => l === "from pathlib import Path").length).toBe(2);
    expect(body.filter((l) => l === "path = Path('notes.txt')").length).toBe(2);
    expect(body).toContain(para[2]);
  });

  it("still drops a paragraph printed twice (a pull quote)", () => {
    const body = bodyLines(cleanTextDump(txt(...menu, ...P.slice(0, 3), P[1], ...P.slice(3), ...footer)));
    expect(body.filter((l) => l === P[1]).length).toBe(1);
  });
});

describe("a live blog whose entries each carry a share row", () => {
  const entries = [
    ["14:05", "Rain stops play", "The umpires have taken the players off the field as a heavy shower crosses the ground, and the covers are coming on quickly."],
    ["13:52", "Wicket for the visitors", "The opener is caught at slip for 41 after a patient morning, edging a ball that moved away late off the seam."],
    ["13:40", "Fifty partnership", "The two batters bring up their fifty partnership with a quick single to cover, and the home crowd rises to applaud them."],
    ["13:28", "Drinks break", "Players take drinks with the score on 96 for one, and the captain spends the break talking to his two spinners at mid-on."],
  ];
  const share = ["Facebook", "Twitter", "Share"];
  const page = txt(...menu, "Live: the second day of the county match", ...entries.flatMap(([t, h, p]) => [t, h, p, ...share]), "Related stories", "Latest results from the league", ...footer);

  it("keeps every entry's paragraph", () => {
    const body = bodyLines(cleanTextDump(page));
    for (const [, , p] of entries) expect(body).toContain(p);
    expect(body.some((l) => share.includes(l))).toBe(false);
  });

  it("keeps an article with one share row as it was, and its teaser cards out", () => {
    const cards = ["12:30", "Town hall reopens after repairs", "The building was closed for a year while the roof was replaced.", "11:15", "New bus line to the hospital", "Buses will run every twenty minutes from Monday."];
    const body = bodyLines(cleanTextDump(txt(...menu, ...P, ...share, "More news", ...cards, ...footer)));
    expect(body).toEqual(P);
  });

  it("keeps teaser cards whose blurbs are cut off out, even with a stamp and a share row each", () => {
    const cards = [
      ["12:30", "Town hall reopens after repairs", "The building was closed for a year while the roof was replaced, and the council says the…"],
      ["11:15", "New bus line to the hospital", "Buses will run every twenty minutes from Monday, the transport office said on..."],
      ["10:40", "Market moves to the old square", "Traders will set up their stalls by the fountain from next month while the…"],
    ];
    const body = bodyLines(cleanTextDump(txt(...menu, ...P, ...share, ...cards.flatMap((c) => [...c, ...share]), ...footer)));
    expect(body).toEqual(P);
  });
});

describe("a headline that names cookies", () => {
  const heads = [
    "Why cookie consent banners fail the people they are meant to protect",
    "Cookie policy changes: what the new rules mean for small shops",
    "The bakery whose cookies made a whole town agree on something",
    "Warum die Cookie-Zustimmung so oft ins Leere läuft",
  ];
  it("keeps the headline of an undated page as its title", () => {
    for (const h of heads) {
      const r = cleanTextDump(txt(...menu, h, ...P, ...footer));
      expect(r.meta.title, h).toBe(h);
      expect(r.removed.some((x) => x.text === h && x.rule === "clean/cookie"), h).toBe(false);
    }
  });
  it("still names banners and buttons", () => {
    for (const s of [
      "We use cookies to improve your experience on our site.",
      "This website uses cookies to improve your experience",
      "Accept all cookies and continue to the site",
      "Manage cookie settings",
      "Cookie policy",
      "By using this site you agree to the use of cookies",
      "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.",
      "Wir verwenden Cookies für die Analyse und personalisierte Inhalte",
    ]) expect(rule(s), s).toBe("clean/cookie");
  });
  it("reads the shape of a headline, not of a banner sentence or button", () => {
    expect(headlineShaped("Cookie policy changes: what the new rules mean for small shops", 11)).toBe(true);
    expect(headlineShaped("We use cookies to improve your experience on our site", 10)).toBe(false);
    expect(headlineShaped("Manage cookie settings", 3)).toBe(false);
    expect(headlineShaped("Cookies help the site remember what you put in the basket.", 11)).toBe(false);
  });
});

describe("a table printed in columns whose rows open with a date", () => {
  const intro = [
    "The query below counts the requests per minute and status code, so that a sudden burst of errors shows up at a glance in the output.",
    "Each row holds the minute, the status code and the number of requests, newest first, as the database prints them in its console.",
  ];
  const rows = [
    "2023-03-14 09:02:00   │   200   │   1183",
    "2023-03-14 09:02:00   │   500   │   7",
    "2023-03-14 09:01:00   │   200   │   1204",
    "2023-03-14 09:01:00   │   500   │   0",
  ];
  const outro = [
    "Seven server errors in one minute stand out against the zero a minute earlier, and that is the signal the alert should fire on.",
    "The next step turns this count into a rolling mean and a standard deviation, so the alert adapts to the normal traffic of each hour.",
  ];
  it("keeps the rows with the table and does not date the page by them", () => {
    const r = cleanTextDump(txt(...menu, "Finding bursts of errors in a request log", ...intro, rows.join("\n"), ...outro, ...footer));
    const body = bodyLines(r);
    for (const row of rows) expect(body.some((l) => l.startsWith(row.slice(0, 19)))).toBe(true);
    expect(body).toContain(outro[1]);
    expect(r.meta.published ?? null).toBeNull();
  });
  it("still reads the page's own dateline above the article", () => {
    const r = cleanTextDump(txt(...menu, "Finding bursts of errors in a request log", "Published 2 March 2023", ...intro, rows.join("\n"), ...outro, ...footer));
    expect(r.meta.published?.slice(0, 10)).toBe("2023-03-02");
    expect(bodyLines(r).some((l) => l.startsWith("Published"))).toBe(false);
  });
});

describe("repeats that are no code", () => {
  it("still drops the second print of a deal widget between the paragraphs (prices are no shell prompts)", () => {
    const deals = ["$5 off all coffee makers this weekend", "$10 off electric kettles until Sunday"];
    const r = cleanTextDump(txt(...menu, P[0], P[1], ...deals, P[2], P[3], ...deals, P[4], ...footer));
    for (const d of deals) expect(bodyLines(r).filter((l) => l === d).length, d).toBeLessThanOrEqual(1);
    expect(r.removed.filter((x) => x.rule === "clean/repeat").map((x) => x.text)).toEqual(deals);
    for (const p of P) expect(bodyLines(r)).toContain(p);
  });
});
