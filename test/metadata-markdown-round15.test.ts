/**
 * Markdown-dump metadata (invented dumps, no page's layout): the page's one level-1 heading
 * is the headline, and a link to the writer's own page beside the headline names the author; with what each must leave
 * alone (several level-1 headings, a site name as the only one, a plain-text dump, shared accounts, index links, teaser
 * cards and lists of writers).
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { toLineUnits } from "../stages/clean/text/blocks.ts";
import { homeLinkTexts, writerPageLinkNames } from "../stages/clean/text/header.ts";

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
    // (the walk's choice stands, the headline over the dateline; the rule would take the first h1, the site's name)
    const dump = md(["Harbour Gazette", "===============", "", ...setext(HEADLINE, "="), "", "3 December 2026", ""]);
    expect(metaOf(dump).title).toBe(HEADLINE);
  });
  it("does not take a site's tagline set as the only h1, which names nothing of the text", () => {
    const dump = md(["# The island paper since 1887", "", ...setext(DEK, "-"), ""]);
    expect(metaOf(dump).title).toBe(DEK);
  });
  it("does not take an h1 printed under the body run", () => {
    const dump = md(["## " + DEK, ""], ["# Ferry timetables and storm warnings"]);
    expect(metaOf(dump).title).toBe(DEK);
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
    expect(metaOf(dump).title ?? null).toBeNull();
  });
});

// What the rules above must leave alone.
describe("a link's text wrapped onto the next line of a paragraph", () => {
  it("keeps the whole paragraph: a hard-wrapped paragraph's link tail is prose, not a link of its own", () => {
    // (paragraphs wrapped at 72 columns; the link's text wraps, and its tail ends the paragraph's last line)
    const wrap = (p: string): string[] => p.match(/.{1,72}(\s|$)/g)!.map((l) => l.trimEnd());
    const wrapped = [
      "# Council approves new cycle lanes along the river road",
      "",
      ...wrap("The city council approved a network of protected cycle lanes along the river road on Tuesday, after two years of consultation with residents, shop owners and the regional transport board."),
      "",
      "Residents can read the whole plan and the timetable of the works in the [council's",
      "consultation report](https://example.org/council/report.pdf).",
      "",
      ...wrap("Work on the first stretch between the old bridge and the market square will start in spring, the council said, and the lanes should be finished before the summer festival season next year."),
      "",
      ...wrap("Shop owners on the river road had asked for loading bays to be kept, and the approved plan keeps eight of them, moved to side streets where the road is too narrow for both lanes and parking."),
    ].join("\n");
    const body = cleanTextDump(wrapped).blocks.map((b) => b.text).join("\n");
    expect(body).toContain("Residents can read the whole plan");
    expect(body).toContain("Work on the first stretch");
    expect(body).toContain("loading bays");
  });
  it("still gives a card's tail its bracket back when a blank line sets it off", () => {
    const units = toLineUnits(["[![](/img/card.jpg)", "", "Maren Oakridge](/autoren/maren-oakridge/)"].join("\n"));
    expect(units[units.length - 1].text).toBe("Maren Oakridge");
  });
});

describe("a short section or site-name h1 over a lower-level headline", () => {
  const headed = (top: readonly string[]) => md([...top, "", `## ${HEADLINE}`, "", "3 December 2026", ""]);
  it("keeps the h2 headline under a section name that shares a word with the body", () => {
    expect(metaOf(headed(["# Ferry news"])).title).toBe(HEADLINE);
    expect(metaOf(headed(["# Harbour and channel"])).title).toBe(HEADLINE);
  });
  it("keeps the h2 headline under a setext site name that shares a word with the body", () => {
    expect(metaOf(headed(setext("Channel Ferry Post", "="))).title).toBe(HEADLINE);
  });
  it("keeps the h3 headline under a town's news h1", () => {
    expect(metaOf(md(["# Pellridge ferry news", "", `### ${HEADLINE}`, ""])).title).toBe(HEADLINE);
  });
  it("still takes a longer h1 over a short h2 dek", () => {
    expect(metaOf(md([`# ${HEADLINE}`, "", "## Winter drills", "", "3 December 2026", ""])).title).toBe(HEADLINE);
  });
});

describe("the one-h1 rule's guards", () => {
  it("does not take an h1 that is a person's name (a one-person site's name) the body mentions", () => {
    const dump = [...NAV, "# Maren Oakridge", "", `**${HEADLINE}**`, "", "3 December 2026", "", "Maren Oakridge sent" + TEXT[0].slice(4), "", ...TEXT.slice(1)].join("\n");
    expect(metaOf(dump).title).toBe(HEADLINE);
  });
  it("does not take an h1 in a list item (a menu's or a teaser list's heading)", () => {
    expect(metaOf(md(["*   # Ferry timetables", "", `**${HEADLINE}**`, "", "3 December 2026", ""])).title).toBe(HEADLINE);
  });
  it("does not take an h1 that is a byline", () => {
    expect(metaOf(md(["# Maren Oakridge, harbour reporter", "", `**${HEADLINE}**`, ""])).title).toBe(HEADLINE);
  });
});

describe("the byline beside the dateline under a far headline", () => {
  const DE = [
    "Die Fährgesellschaft hat in diesem Monat alle Besatzungen der äußeren Kanalroute durch eine Woche Sturmübungen geschickt, mit Motorausfällen, Mann-über-Bord-Manövern und der Räumung eines vollen Passagierdecks bei schwerem Seegang.",
    "",
    "Die Kapitäne sagten, der Winterfahrplan bringe zwei späte Überfahrten, so dass mehr Besatzungen als früher nach Einbruch der Dunkelheit fahren, wenn die Seitenwinde im Kanal am stärksten sind und die Lotsen weniger Boote haben.",
    "",
    "Die Übungen endeten mit einer Nachtübung, bei der der Rettungsdienst eine Fähre mit einem simulierten Motorbrand zurück an den Kai schleppte, während die Besatzung die Fahrgäste an den Sammelstellen am Heck versammelte.",
  ];
  // (a teaser list longer than the header zone between the article's header and its text)
  const TEASERS = Array.from({ length: 24 }, (_, i) => [`[Weitere Meldung aus dem Hafen und von den Inseln, Teil ${i + 1}](/meldung-${i + 1})`, ""]).flat();
  const far = (header: readonly string[]) => [...NAV, ...header, "", ...TEASERS, ...DE].join("\n");
  it("names the writer of an explicit byline under or over the date", () => {
    for (const rows of [["4. März 2025", "Von Maren Oakridge"], ["Von Maren Oakridge", "4. März 2025"]]) {
      const meta = metaOf(far(["# Besatzungen der Fähre üben auf der Kanalroute", "", ...rows]));
      expect(meta.title).toBe("Besatzungen der Fähre üben auf der Kanalroute");
      expect(meta.published).toBe("2025-03-04");
      expect(meta.author).toBe("Maren Oakridge");
    }
  });
  it("does not read a headline that opens with a byline word as the byline", () => {
    const meta = metaOf(far(["# Von Kiel bis zur Kanalroute: Besatzungen der Fähre üben", "", "4. März 2025"]));
    expect(meta.published).toBe("2025-03-04");
    expect(meta.author ?? null).toBeNull();
  });
});

describe("writer links that name another piece's writer, a photographer or the site", () => {
  it("reads the writer's link on the line right above the headline", () => {
    expect(metaOf(md(["[Maren Oakridge](/author/maren-oakridge/)", "", `# ${HEADLINE}`, ""])).author).toBe("Maren Oakridge");
  });
  it("names nobody for a link text that is no name's shape", () => {
    expect(writerPageLinkNames("[Stories by Oakridge](/author/oakridge/)")).toEqual([]);
    expect(writerPageLinkNames("[read more from oakridge](/author/oakridge/)")).toEqual([]);
  });
  it("names nobody on a related-post row that links another piece's headline", () => {
    expect(writerPageLinkNames("Related: [Pier lights to be replaced soon](/pier-lights) by [Jonas Pilgrove](/author/jonas-pilgrove/)")).toEqual([]);
    const dump = md([`# ${HEADLINE}`, "", "3 December 2026", "", "Related: [Pier lights to be replaced soon](/pier-lights) by [Jonas Pilgrove](/author/jonas-pilgrove/)", ""]);
    expect(metaOf(dump).author ?? null).toBeNull();
  });
  it("keeps the writer beside a date's link, a comment link or a photo", () => {
    expect(writerPageLinkNames("[3. Dezember 2026](/2026/12/03/) | [Maren Oakridge](/autor/maren-oakridge/)")).toEqual(["Maren Oakridge"]);
    expect(writerPageLinkNames("[Maren Oakridge](/author/maren-oakridge/) | [Leave a comment on this post](#comments)")).toEqual(["Maren Oakridge"]);
    expect(writerPageLinkNames("![Crew members at the stern station](/img/crew.jpg) [Maren Oakridge](/author/maren-oakridge/)")).toEqual(["Maren Oakridge"]);
  });
  it("names nobody for a photographer's link after a photo credit label", () => {
    expect(writerPageLinkNames("Crew members at the stern station. Photo: [Jonas Pilgrove](/author/jonas-pilgrove/)")).toEqual([]);
    expect(writerPageLinkNames("Foto: [Jonas Pilgrove](/autor/jonas-pilgrove/)")).toEqual([]);
    expect(writerPageLinkNames("Bild: [Jonas Pilgrove](/autor/jonas-pilgrove/)")).toEqual([]);
    expect(writerPageLinkNames("Credit: [Jonas Pilgrove](/author/jonas-pilgrove/)")).toEqual([]);
    expect(writerPageLinkNames("Photos by [Jonas Pilgrove](/author/jonas-pilgrove/)")).toEqual([]);
    const dump = md([`# ${HEADLINE}`, "", "![Crew on deck](/img/crew.jpg)", "", "Photo: [Jonas Pilgrove](/author/jonas-pilgrove/)", ""]);
    expect(metaOf(dump).author ?? null).toBeNull();
  });
  it("keeps the writer named after the credit, or credited with text and photos", () => {
    expect(writerPageLinkNames("Photo: Jonas Pilgrove | Text: [Maren Oakridge](/author/maren-oakridge/)")).toEqual(["Maren Oakridge"]);
    expect(writerPageLinkNames("Text und Fotos: [Maren Oakridge](/autorin/maren-oakridge/)")).toEqual(["Maren Oakridge"]);
    expect(writerPageLinkNames("By [Maren Oakridge](/author/maren-oakridge/), photos: [Jonas Pilgrove](/author/jonas-pilgrove/)")).toEqual(["Maren Oakridge"]);
  });
  it("names nobody for the site's own account, the name its logo links to the home page", () => {
    expect(homeLinkTexts("[Harbour Gazette](/) [Local](/local)")).toEqual(["Harbour Gazette"]);
    expect(homeLinkTexts("[**Harbour Gazette**](https://example.org/)")).toEqual(["Harbour Gazette"]);
    expect(homeLinkTexts("[Local](/local)")).toEqual([]);
    const dump = md([`# ${HEADLINE}`, "", "[Harbour Gazette](/author/harbour-gazette/) | 3 December 2026", ""]);
    expect(metaOf(dump).author ?? null).toBeNull();
  });
  it("keeps a writer whose name a comment list under the text links to the home page", () => {
    const comments = ["## Recent comments", "", "*   [Harbour Gazette](https://example.org/) on [Pier lights to be replaced soon](/pier-lights#comment-2)"];
    const dump = ["[Ferries](/ferries)", "", `# ${HEADLINE}`, "", "[Harbour Gazette](/author/harbour-gazette/) | 3 December 2026", "", ...TEXT, "", ...comments].join("\n");
    expect(metaOf(dump).author).toBe("Harbour Gazette");
  });
  it("keeps a one-person site's owner, whose logo prints the same name", () => {
    const dump = ["[Maren Oakridge](/)", "", `# ${HEADLINE}`, "", "[Maren Oakridge](/author/maren-oakridge/) | 3 December 2026", "", ...TEXT].join("\n");
    expect(metaOf(dump).author).toBe("Maren Oakridge");
  });
});
