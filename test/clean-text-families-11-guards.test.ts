/**
 * Guards of the rules of clean-text-families-11.test.ts: the boilerplate of the same shape as the article text those rules keep still
 * goes (teaser and product rivers under an article, a headline list over teaser cards, a second story's dateline in
 * columns, banner titles and link bars, split prices and bracketed teasers). Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { headlineShaped } from "../stages/clean/text/lexicon.ts";
import { bodyLines, FOOTBRIDGE, footer, menu, txt } from "./helpers/footbridge.ts";

const P = FOOTBRIDGE;
const TITLE = "Footbridge rebuilt by volunteers after the spring floods";
const share = ["Facebook", "Twitter", "Share"];
const cards = [
  ["Town hall reopens after a year of repairs", "The building was closed for a year while the roof was replaced and the old windows were restored, the mayor said on Sunday morning."],
  ["New bus line to the hospital from Monday", "Buses will run every twenty minutes from the station to the hospital, a move the nurses and the patients asked for last year."],
  ["Market moves to the old square for the summer", "Traders will set up their stalls by the fountain from next month while the main square is dug up for new drains and pipes."],
  ["School choir wins the regional contest", "The choir of forty children sang three songs and took the first prize on Saturday evening in front of a crowd of parents and teachers."],
];

describe("a river under an article is no live blog", () => {
  for (const stamps of [["10:30", "11:30", "12:30", "13:30"], ["March 3, 2024", "March 2, 2024", "March 1, 2024", "February 29, 2024"]]) {
    it(`drops a teaser river of full-sentence blurbs with stamps (${stamps[0]}) and share icons`, () => {
      const river = cards.flatMap(([h, b], k) => [stamps[k], h, b, ...share]);
      const r = cleanTextDump(txt(...menu, TITLE, ...P, ...share, "Latest news", ...river, ...footer));
      expect(bodyLines(r)).toEqual(P);
    });
  }
  it("drops a product river with a price per card", () => {
    const products = [
      ["£10.99", "Linen shirt in sand", "A loose shirt of washed linen that keeps cool on the hottest days of the summer."],
      ["$ 5.99", "Canvas tote bag", "A sturdy bag of thick canvas with two inner pockets and long handles for the shoulder."],
      ["24.50", "Straw sun hat", "A wide hat of woven straw that folds flat and fits into any suitcase for the holidays."],
      ["2024.03.12", "Leather sandals", "Sandals of soft brown leather with a cork sole that shapes itself to the foot over time."],
    ];
    const river = products.flatMap(([s, h, b]) => [s, h, b, ...share]);
    const r = cleanTextDump(txt(...menu, TITLE, ...P, "Shop the look", ...river, ...footer));
    expect(bodyLines(r)).toEqual(P);
  });
});

describe("dated rows in columns", () => {
  it("still splits a second story whose dateline is printed in columns", () => {
    const second = "Night bus line to the hospital from May";
    const Q = [
      "The transport office will run a night bus from the station to the hospital every hour from the first of May, after nurses asked for it.",
      "Until now the last bus left the station at eleven, and staff on the night shift had to take a taxi or walk the three kilometres.",
      "The line will cost the town about forty thousand a year, and the council will decide in the autumn whether to keep it running.",
    ];
    const r = cleanTextDump(txt(...menu, TITLE, "March 11, 2024", ...P, second, "March 12, 2024     Politics\n10:32     5 min read", ...Q, ...footer));
    expect(r.blocks.some((b) => b.role === "title" && b.text === second)).toBe(true);
    expect(bodyLines(r).some((l) => l.startsWith("March 12, 2024"))).toBe(false);
  });
  it("keeps the published date of a page whose only date opens a two-row meta block in columns", () => {
    const r = cleanTextDump(txt(...menu, TITLE, P[0], P[1], P[2], "March 12, 2024     Page 4\n10:32     5 min read", P[3], P[4], ...footer));
    expect(r.meta.published?.slice(0, 10)).toBe("2024-03-12");
  });
});

describe("banner titles and link bars between paragraphs", () => {
  for (const banner of ["Cookie Notice for Example Media Group Ltd", "Cookie Settings and Consent Preferences Center", "Privacy Policy | Cookie Policy | Terms and Conditions | Accessibility"]) {
    it(`drops "${banner}"`, () => {
      const r = cleanTextDump(txt(...menu, TITLE, P[0], P[1], banner, P[2], P[3], P[4], ...footer));
      expect(bodyLines(r)).not.toContain(banner);
      for (const p of P) expect(bodyLines(r)).toContain(p);
    });
  }
});

describe("repeats that are no code", () => {
  const twice = (pair: string[]) => cleanTextDump(txt(...menu, TITLE, P[0], P[1], ...pair, P[2], P[3], ...pair, P[4], ...footer));
  it("drops the second print of a split price pair", () => {
    const pair = ["$ 5.99 for your first month", "$ 9.99 a month after that"];
    const body = bodyLines(twice(pair));
    for (const d of pair) expect(body.filter((l) => l === d).length, d).toBeLessThanOrEqual(1);
  });
  it("drops the second print of a pull quote by a lower-case line", () => {
    const pair = ["Nobody waited for the council (Irena Kolar)", "advertisement continues below this line"];
    const body = bodyLines(twice(pair));
    for (const d of pair) expect(body.filter((l) => l === d).length, d).toBeLessThanOrEqual(1);
  });
  it("drops the second print of a bracketed teaser pair", () => {
    const pair = ["Storm closes the coast road (video)", "Council votes on new bus fares (photos)"];
    const body = bodyLines(twice(pair));
    for (const d of pair) expect(body.filter((l) => l === d).length, d).toBeLessThanOrEqual(1);
  });
});

describe("the shape of a banner's title", () => {
  it("is no headline with two banner nouns or a link bar's separators", () => {
    for (const s of ["Cookie Settings and Consent Preferences Center", "Information on Cookies and Consent Management", "Cookies Policy and Privacy Settings of Example", "Privacy Policy | Cookie Policy | Terms and Conditions", "Cookie Policy • Privacy Policy • Terms of Use"]) expect(headlineShaped(s, s.split(/\s+/).length), s).toBe(false);
  });
  it("drops a banner title between paragraphs but keeps a cookie headline as an undated page's title", () => {
    const head = "Cookie policy changes: what the new rules mean for small shops";
    const r = cleanTextDump(txt(...menu, head, P[0], P[1], "Cookie Notice for Example Media Group Ltd", P[2], P[3], P[4], ...footer));
    expect(r.meta.title).toBe(head);
    expect(bodyLines(r)).toEqual(P);
  });
});
