/**
 * Which block of a whole-page text dump is the article, as far as the header's headline and dateline depend on it
 * (invented dumps): a post of a few lines under its headline and dateline, closed by a share row, is the body even
 * though a copyright or "create your own blog" line at the foot scores more.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";

const menu = ["Home", "About me", "Archive", "", "Fieldnotes from the allotment", ""];
const footer = [
  "",
  "Categories",
  "Garden",
  "Weather",
  "Kitchen",
  "",
  "Archive",
  "March 2021",
  "February 2021",
  "January 2021",
  "December 2020",
  "",
  "All texts on this site are published under a Creative Commons licence.",
  "Create a free website or blog at an example blogging platform.",
];

describe("the short post under its header", () => {
  it("takes a three-line dialogue under the headline and dateline, closed by the share row", () => {
    const dump = [
      ...menu,
      "The snail and the lettuce",
      "14 March 2021 at 20:51",
      "“Are you going to eat all of that tonight?” asked the gardener.",
      "“Not all of it.”",
      "“Good.”",
      "Share this:",
      "Twitter",
      "Facebook",
      ...footer,
    ].join("\n");
    const r = cleanTextDump(dump);
    expect(r.meta.title).toBe("The snail and the lettuce");
    expect(r.meta.published?.slice(0, 10)).toBe("2021-03-14");
    expect(r.blocks.map((b) => b.text).join("\n")).toContain("asked the gardener");
  });
  it("a two-word headline over its dateline opens the post too", () => {
    // (the renderer sets the heading off with blank lines above it)
    const dump = [...menu, "", "", "Frost talks", "2 January 2021 //", "Me: will it freeze tonight? The thermometer: already did, look at the water butt.", "Share this:", "Twitter", ...footer].join("\n");
    const r = cleanTextDump(dump);
    expect(r.meta.title).toBe("Frost talks");
    expect(r.meta.published?.slice(0, 10)).toBe("2021-01-02");
  });
  it("control: a post with a real body keeps its body run and headline", () => {
    const para = "The council approved the new allotment rules on Tuesday after a long debate about water use, sheds and the waiting list that has grown every year since the pandemic.";
    const dump = [...menu, "Council approves new allotment rules", "14 March 2021", para, para.replace("Tuesday", "Monday"), para.replace("council", "committee"), "Share this:", "Twitter", ...footer].join("\n");
    const r = cleanTextDump(dump);
    expect(r.meta.title).toBe("Council approves new allotment rules");
    expect(r.blocks.filter((b) => b.role === "body").length).toBeGreaterThanOrEqual(3);
  });
  it("control: a block under the dateline with no line of prose is no post (a list of links)", () => {
    const dump = [...menu, "Links for the week", "14 March 2021", "Seeds", "Tools", "Compost", "Share this:", "Twitter", ...footer].join("\n");
    const r = cleanTextDump(dump);
    expect(r.blocks.map((b) => b.text).join("\n")).not.toContain("Compost");
  });
});

describe("an embedded post's signature never dates the page", () => {
  const para = "Readers sent us their favourite replies to the new winter advert, and there were far too many good ones to choose from this week.";
  const post = (n: number, day: number) => [`${n}.`, `The advert with the singing ferry is the best thing on television this year pic.example/abc${n}`, "", `— Reader ${n} (@reader${n}) November ${day}, 2023`];
  it("takes the header's updated day, not the day of a post quoted under the body", () => {
    const dump = ["Menu", "Celebrity", "", "", "The singing ferry advert and the replies we loved", "Jane Roe. Updated November 3rd, 2023", "Share Tweet", para, para.replace("this week", "today"), ...post(1, 2), ...post(2, 2), ...post(3, 1)].join("\n");
    const r = cleanTextDump(dump);
    expect(r.meta.published?.slice(0, 10)).not.toBe("2023-11-02");
    expect(r.meta.published?.slice(0, 10) ?? r.meta.modified).toBe("2023-11-03");
  });
  it("control: a dated footer row under the body still dates the page", () => {
    const dump = ["Menu", "", "", "The singing ferry advert and the replies we loved", para, para.replace("this week", "today"), para.replace("Readers", "Viewers"), "Posted on November 2, 2023"].join("\n");
    expect(cleanTextDump(dump).meta.published?.slice(0, 10)).toBe("2023-11-02");
  });
});
