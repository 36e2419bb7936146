/**
 * Text-dump cleaning rules that generalise across renderers (fragments between the body's
 * paragraphs, tables printed one cell per line, calls to action in the article's flow). Every dump is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { unwrapLinks } from "../stages/clean/text/blocks.ts";
import { bodyLines, FOOTBRIDGE } from "./helpers/footbridge.ts";

const P = FOOTBRIDGE;
const md = (...lines: string[]) => lines.join("\n\n");
const menu = ["[Home](/)", "[News](/news)", "[Sport](/sport)", "[Weather](/weather)"];
const footer = ["[Privacy](/privacy)", "[Terms](/terms)", "© 2024 Example Times. All rights reserved."];

describe("fragments between the body's paragraphs", () => {
  it("keeps a two-word label between paragraphs and drops a one-word one (a logo's alt text over an entry)", () => {
    const r = cleanTextDump(md(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], "GIRLS HOCKEY", "Northside wins", P[2], "Acme", "Acme Timber Kit for $40", P[3], ...footer));
    const out = bodyLines(r);
    expect(out).toContain("GIRLS HOCKEY");
    expect(out).toContain("Northside wins");
    expect(out).not.toContain("Acme");
    expect(out).not.toContain("Privacy");
  });

  it("keeps a table that turndown printed one cell per line, header cells included", () => {
    const table = ["Symbol", "Name", "Last", "Change", "[TMB](/quote?s=TMB)", "TIMBER WORKS INC.", "48.20", "\\-1.35", "\\-2.72%", "[STL](/quote?s=STL)", "STEEL CABLE CO.", "113.40", "0.62", "0.55%"];
    const r = cleanTextDump(md(...menu, "Timber supplier shares rise", P[0], P[4], ...table, P[1], P[3], ...footer));
    const out = bodyLines(r);
    for (const cell of ["Symbol", "Last", "48.20", "-2.72%", "TIMBER WORKS INC.", "0.55%"]) expect(out.join("\n")).toContain(cell);
    expect(out.join("\n")).toContain(P[3]);
  });

  it("does not keep one-word fragments when they are no table (no figures)", () => {
    const words = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"];
    const r = cleanTextDump(md(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], ...words, P[2], P[3], ...footer));
    const out = bodyLines(r);
    // (the last one, right over a paragraph, reads as a subheading, as before)
    for (const w of words.slice(0, -1)) expect(out).not.toContain(w);
  });

  it("drops a bare long number (an element id) between paragraphs", () => {
    const r = cleanTextDump(md(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], "240511093355127", P[2], P[3], ...footer));
    expect(bodyLines(r)).not.toContain("240511093355127");
  });

  it("a kept label over a heading and a dateline does not open a second article", () => {
    const r = cleanTextDump(md("Footbridge rebuilt by volunteers", P[0], P[1], P[2], "Photo: Jane Roe", "Steel cables arrive", "12 May 2024", P[3], P[4], ...footer));
    expect(r.blocks.filter((b) => b.role === "title")).toHaveLength(1);
  });
});

describe("calls to action inside the article", () => {
  it("the paragraph between a call to action and a 'read more' footer link stays in the body", () => {
    const lastWords = "The new crossing will be lit at night by solar lamps donated by a local firm.";
    const r = cleanTextDump(
      md(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], P[2], P[3], "**[GET THE EXAMPLE TIMES APP BY CLICKING HERE](https://example.org/app)**", lastWords, "**[READ MORE ON EXAMPLE TIMES BY CLICKING HERE](https://example.org/)**", ...footer),
    );
    const out = bodyLines(r);
    expect(out).toContain(lastWords);
    expect(out.join("\n")).not.toContain("CLICKING HERE");
  });
});

describe("Markdown: linked subheadings and emphasis cut by links", () => {
  it("keeps a linked heading over a paragraph, and drops linked headings that are list entries (a related box)", () => {
    const r = cleanTextDump(
      md(...menu, "Gift guide for bridge builders", P[0], P[1], "### [Acme Cordless Timber Saw](https://example.org/saw)", P[2], "*   #### [Storm closes the coastal road again](https://example.org/storm)", "*   #### [Market reopens after the fire](https://example.org/market)", P[3], P[4], ...footer),
    );
    const out = bodyLines(r);
    expect(out).toContain("Acme Cordless Timber Saw");
    expect(out.join("\n")).not.toContain("Storm closes the coastal road");
  });

  it("removes emphasis marks around punctuation between links", () => {
    const line = "_Follow the Example Times on_ [Photos](https://example.org/p)_,_ [Videos](https://example.org/v) _and_ [Radio](https://example.org/r)_._";
    expect(unwrapLinks(line)).toBe("Follow the Example Times on Photos, Videos and Radio.");
    expect(unwrapLinks("a **,** b and snake_case_name")).toBe("a , b and snake_case_name");
  });
});

describe("a table in the middle of a Markdown article", () => {
  const Q = [
    "After the vote, the council published the results of every ward, and the turnout was the highest the town had seen in twenty years.",
    "Officials said the count took longer than planned because several boxes arrived late from the villages in the north of the district.",
    "The new council meets for the first time next month, when it will choose a chair and set the budget for the coming year.",
  ];
  const cells = ["Ward", "Votes", "Turnout"];
  for (let w = 1; w <= 12; w++) cells.push(`North ${w}`, String(1000 + 37 * w), `${40 + w}.5%`);

  it("keeps both halves of the article and the cells", () => {
    const r = cleanTextDump(md(...menu, "Record turnout in the council election", P[0], P[1], P[2], ...cells, ...Q, ...footer));
    const out = bodyLines(r).join("\n");
    expect(out).toContain(P[0]);
    expect(out).toContain(Q[2]);
    expect(out).toContain("1074");
    expect(out).toContain("North 12");
  });

  it("a widget list with counts (categories) does not join the article to the teasers below it", () => {
    const widget = Array.from({ length: 30 }, (_, k) => `*   [Topic ${String.fromCharCode(65 + (k % 26))}](/t/${k}) (${k + 3})`);
    const teasers = Q.map((q) => q.replace("council", "club"));
    const r = cleanTextDump(md(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], P[2], P[3], ...widget, ...teasers));
    const out = bodyLines(r).join("\n");
    expect(out).toContain(P[3]);
    expect(out).not.toContain(teasers[1]);
  });
});

describe("captions whose credit closes the line", () => {
  const cap1 = "Volunteers carry a timber beam across the river in Ostrava Nova on 12 May 2024. Jane ROE / AFP";
  const cap2 = "An artist's impression of the finished footbridge shows how the steel cables will hold the deck [Example Works via City Council]";
  it("drops a caption ending in 'Name / Agency' or a bracketed credit, and keeps prose that ends in brackets or slashes", () => {
    const prose = "The engineers said the load tests went well, and the last cables are due next week [sic].";
    const prose2 = "Residents can read the plans online at the council's site under Projects / Bridges.";
    const r = cleanTextDump(md(...menu, "Footbridge rebuilt by volunteers", cap1, P[0], P[1], cap2, P[2], prose, prose2, P[3], ...footer));
    const out = bodyLines(r);
    expect(out).not.toContain(cap1);
    expect(out).not.toContain(cap2);
    expect(out).toContain(prose);
    expect(out).toContain(prose2);
    expect(r.removed.find((b) => b.text === cap1)?.rule).toBe("clean/caption");
  });
});
