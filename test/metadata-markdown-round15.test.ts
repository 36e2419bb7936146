/**
 * Markdown-dump metadata, text round 15 (session 26; invented dumps, no page's layout): the page's one level-1 heading
 * is the headline, and a link to the writer's own page beside the headline names the author; with what each must leave
 * alone (several level-1 headings, a site name as the only one, a plain-text dump, shared accounts, index links, teaser
 * cards and lists of writers).
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { toLineUnits } from "../stages/clean/text/blocks.ts";
import { writerPageLinkNames } from "../stages/clean/text/header.ts";

const NAV = ["[Harbour Gazette](/)", "", "*   [Local](/local)", "*   [Boats](/boats)", "*   [Weather](/weather)", ""];
const HEADLINE = "Ferry crews train for winter storms on the outer channel";
const DEK = "Three weeks of drills before the timetable changes";
const TEXT = [
  "The ferry company sent every crew of the outer channel route through a week of storm drills this month, practising engine failures, man-overboard turns and the evacuation of a full passenger deck in heavy swell.",
  "",
  "Captains said the winter timetable adds two late crossings, so more crews than before will sail after dark, when the channel's crosswinds are at their strongest and the harbour pilots have fewer boats on call.",
  "",
  "The drills ended with a night exercise in which the lifeboat service towed a ferry with a simulated engine fire back to the quay while the crew mustered passengers at the stern stations.",
  "",
  "The company says it will repeat the drills each autumn and publish the crews' training hours on its website, as the regional transport board asked after last year's storm season.",
];
const setext = (text: string, mark: "=" | "-"): string[] => [text, mark.repeat(text.length)];
/** A Markdown dump: navigation, the header lines, the text, then a footer. */
const md = (header: readonly string[], after: readonly string[] = []): string =>
  [...NAV, ...header, "", ...TEXT, "", ...after, "", "[Imprint](/imprint)", "", "[Privacy](/privacy)"].join("\n");
const metaOf = (dump: string) => cleanTextDump(dump).meta;

describe("heading levels of a Markdown dump", () => {
  it("keeps the level of atx and setext headings", () => {
    const units = toLineUnits(["# Top", "", "### Third", "", "Second", "------", "", "First", "=====", "", "Plain line"].join("\n"));
    expect(units.map((u) => u.headingLevel)).toEqual([1, 3, 2, 1, 0]);
  });
});

describe("a link's text that spans lines", () => {
  it("gives the last line of the text its opening bracket back, so the address is no text", () => {
    const units = toLineUnits(["[![](/img/card.jpg)", "", "Maren Oakridge](/autoren/maren-oakridge/2041.html)", "", "Next paragraph."].join("\n"));
    const last = units.find((u) => u.linked.includes("Oakridge"));
    expect(last?.text).toBe("Maren Oakridge");
    expect(writerPageLinkNames(last?.linked ?? "")).toEqual(["Maren Oakridge"]);
  });
  it("leaves a line whose bracket is on the line, or whose tail is no whole address", () => {
    expect(toLineUnits("See [the map](/map) and more")[0].text).toBe("See the map and more");
    expect(toLineUnits("Maren Oakridge](unclosed")[0].text).toBe("Maren Oakridge](unclosed");
  });
});

describe("the page's one level-1 heading is the headline", () => {
  it("takes the h1 over a set-off dek nearer the body", () => {
    const dump = md(["Harbour", "", ...setext(HEADLINE, "="), "", ...setext(DEK, "-"), "", "![Crew on deck](/img/crew.jpg)", ""]);
    expect(metaOf(dump).title).toBe(HEADLINE);
  });
  it("takes the h1 over a caption line right over the body", () => {
    const dump = md([`# ${HEADLINE}`, "", "Crew members at the stern station during a drill. Photo: Harbour Gazette", ""]);
    expect(metaOf(dump).title).toBe(HEADLINE);
  });
  it("says nothing when the page has two different h1s (the site name and the headline)", () => {
    const dump = md(["Harbour Gazette", "===============", "", ...setext(HEADLINE, "="), "", ...setext(DEK, "-"), ""]);
    expect(metaOf(dump).title).not.toBe("Harbour Gazette");
  });
  it("does not take a site's tagline set as the only h1, which names nothing of the text", () => {
    const dump = md(["# The island paper since 1887", "", ...setext(DEK, "-"), ""]);
    expect(metaOf(dump).title).not.toBe("The island paper since 1887");
  });
  it("does not take an h1 printed under the body run", () => {
    const dump = md(["## " + DEK, ""], ["# Ferry timetables and storm warnings"]);
    expect(metaOf(dump).title).not.toBe("Ferry timetables and storm warnings");
  });
  it("leaves a plain-text dump to the blank-line rules (no level there)", () => {
    const text = md(["", "", HEADLINE, "", DEK, ""]).replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
    expect(toLineUnits(text).every((u) => u.headingLevel === 0)).toBe(true);
  });
});

describe("a link to the writer's page beside the headline", () => {
  it("reads the linked name in the meta row under the headline", () => {
    const dump = md([`# ${HEADLINE}`, "", "[Maren Oakridge](https://example.org/author/maren-oakridge/) | 3 December 2026", ""]);
    expect(metaOf(dump).author).toBe("Maren Oakridge");
  });
  it("reads a name in bold with a handle, the address a shortened slug", () => {
    expect(writerPageLinkNames("[**Tomas Vellbrook** @tvellbrook](/autoren/tvellbrook_204)")).toEqual(["Tomas Vellbrook"]);
  });
  it("reads a one-word user name whose page the address names", () => {
    expect(writerPageLinkNames("[harbourwatcher](/author/harbourwatcher/)")).toEqual(["harbourwatcher"]);
  });
  it("names nobody for a shared account's page, an index, a label or a desk", () => {
    expect(writerPageLinkNames("[Maren Oakridge](/author/admin/)")).toEqual([]);
    expect(writerPageLinkNames("[View all posts](/author/maren-oakridge/)")).toEqual([]);
    expect(writerPageLinkNames("[Our writers](/authors/)")).toEqual([]);
    expect(writerPageLinkNames("[Redaktion](/autor/redaktion/)")).toEqual([]);
  });
  it("names nobody for a team or profile page (tag rows, coaches, quoted experts link there)", () => {
    expect(writerPageLinkNames("[Maren Oakridge](/team/maren-oakridge)")).toEqual([]);
    expect(writerPageLinkNames("[Maren Oakridge](/profile/maren-oakridge)")).toEqual([]);
  });
  it("names nobody when the row links two writers' pages of a list", () => {
    const dump = md([`# ${HEADLINE}`, "", "[Maren Oakridge](/author/maren-oakridge/)", "", "[Jonas Pilgrove](/author/jonas-pilgrove/)", ""]);
    expect(metaOf(dump).author ?? null).toBeNull();
  });
  it("names nobody for a teaser card's writer far under the headline", () => {
    const teasers = ["## More from the harbour", "", "[Pier lights to be replaced](/pier-lights)", "", "[Jonas Pilgrove](/author/jonas-pilgrove/)"];
    const dump = md([`# ${HEADLINE}`, ""], teasers);
    expect(metaOf(dump).author ?? null).toBeNull();
  });
});

describe("a heading that is the post's permalink", () => {
  it("is the headline, judged by its text (the address dropped)", () => {
    const dump = md([...setext(`[${HEADLINE}](https://example.org/2026/12/ferry-crews-train/ "Permalink to ${HEADLINE}")`, "-"), "", "3 December 2026 | [Boats](/boats)", ""]);
    expect(metaOf(dump).title).toBe(HEADLINE);
  });
  it("is not a teaser's heading nested in a menu's list item", () => {
    const menu = ["*   [Boats](/boats)", "    ", `    [${HEADLINE}](https://example.org/2026/12/ferry-crews-train/)`, "    " + "-".repeat(40), "    ", "    4 days ago", ""];
    const dump = md([...menu, "4 days ago", ""]);
    expect(metaOf(dump).title).not.toBe(HEADLINE);
  });
});
