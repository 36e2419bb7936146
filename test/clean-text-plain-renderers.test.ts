/**
 * Text-dump cleaning in the plain-text renderers (html-to-text, innerText): tables printed a row per
 * line with column gaps, an embedded post's signature closing the article, and the notes under an article (sources,
 * references, where it first appeared). Every dump is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import type { CleanResult } from "../stages/types.ts";
import { bodyLines, FOOTBRIDGE } from "./helpers/footbridge.ts";

const P = FOOTBRIDGE;
const body = (r: CleanResult) => bodyLines(r).join("\n");
/** html-to-text: blank lines between blocks. */
const textDump = (...lines: string[]) => lines.join("\n\n");
/** innerText: one line per element, no blank lines. */
const innerDump = (...lines: string[]) => lines.join("\n");
const menu = ["Home", "News", "Sport", "Weather", "Sign in"];
const footer = ["Privacy", "Terms", "© 2024 Example Times. All rights reserved."];

describe("a table printed a row per line (column gaps)", () => {
  // Two rows of three columns: fewer gaps than the classifier's own table-row test (3), and a row in capitals that
  // the capitals-teaser rule reads as a related-story link.
  const spaced = ["SYMBOL   NAME                    LAST", "TMB      TIMBER WORKS INC.       48.20   -1.35   -2.72%", "STL      STEEL CABLE AND WIRE CO. 113.40   0.62   0.55%"];
  const tabbed = spaced.map((row) => row.trim().split(/ {2,}/).join("\t"));

  it("keeps the rows of an html-to-text table inside the body", () => {
    const r = cleanTextDump(textDump(...menu, "Timber supplier shares rise", P[0], P[4], spaced.join("\n"), P[1], P[3], ...footer));
    const out = body(r);
    expect(out).toContain("TIMBER WORKS INC.");
    expect(out).toContain("STEEL CABLE AND WIRE CO.");
    expect(out).toContain(P[3]);
  });

  it("keeps the rows of an innerText table (tab-separated cells) inside the body", () => {
    const r = cleanTextDump(innerDump(...menu, "Timber supplier shares rise", P[0], P[4], ...tabbed, P[1], P[3], ...footer));
    expect(body(r)).toContain("STEEL CABLE AND WIRE CO.");
  });

  it("rows of words set apart by tabs with no figures (a layout table of links) still cost the body run: a teaser past them stays out", () => {
    const teaser = "Read how a retired engineer in the valley built a cable ferry from spare parts and an old tractor engine last summer.";
    const r = cleanTextDump(innerDump(...menu, "Timber supplier shares rise", P[0], P[4], P[1], P[3], "Weather\tTravel\tJobs", "Cars\tHomes\tDating", "Events\tShop\tOffers", teaser, ...footer));
    const out = body(r);
    expect(out).toContain(P[3]);
    expect(out).not.toContain(teaser);
  });
});

describe("an embedded post closing the article", () => {
  const post = "Finished the bridge today, thanks to everyone who came to help!";
  const signature = "— Irena Kolar (@irenakolar) May 12, 2024";

  it("keeps the signature of the post the article ends on (innerText)", () => {
    const r = cleanTextDump(innerDump(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], P[2], P[3], post, signature, "Have a story? Email us at tips@example.com", ...footer));
    expect(body(r)).toContain(signature);
  });

  it("keeps it under an html-to-text blockquote, empty quote line between", () => {
    const r = cleanTextDump(textDump(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], P[2], P[3], `> ${post}\n> \n> ${signature}`, ...footer));
    expect(body(r)).toContain(signature);
  });
});

describe("notes under the article", () => {
  it("keeps the source and reference notes and drops the teaser box between them", () => {
    const r = cleanTextDump(
      textDump(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], P[2], P[3], "Explore further", "Timber prices hit a record", "Mill closes", "River rises", "More information: J. Roe et al. Timber bridges in flood plains, Journal of Rural Works (2024).", "Provided by Ostrava Nova Technical College", "Citation: Footbridge rebuilt by volunteers (2024, May 12) retrieved 13 May 2024", ...footer),
    );
    const out = body(r);
    expect(out).toContain("More information: J. Roe et al.");
    expect(out).toContain("Provided by Ostrava Nova Technical College");
    expect(out).not.toContain("Timber prices hit a record");
    expect(out).not.toContain("Citation:");
  });

  it("keeps a line naming where the article first appeared, and a numbered reference continuing the body's", () => {
    const r = cleanTextDump(
      innerDump(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], P[2], P[3], "[1] Flood damage to rural crossings, regional report, 2023, pages 14 to 20, published by the river authority.", "[2] Timber standards for footbridges", "Originally published on Example Times.", ...footer),
    );
    const out = body(r);
    expect(out).toContain("[2] Timber standards for footbridges");
    expect(out).toContain("Originally published on Example Times.");
  });

  it("does not take a 'First published on' dateline or a 'Source:' credit for a note", () => {
    const r = cleanTextDump(textDump(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], P[2], P[3], "Teaser: the mill", "Source: Example Wire", "First published on May 12, 2024 / 8:16 AM", ...footer));
    const out = body(r);
    expect(out).not.toContain("Source: Example Wire");
    expect(out).not.toContain("First published on");
  });
});
