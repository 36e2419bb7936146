/**
 * The text-dump cleaner on invented dumps in three renderings: a text exporter
 * (blank lines, `*` bullets), browser innerText (one line per element, no
 * blank lines) and a markdown converter (`[text](url)` residue, `#` headings).
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import type { CleanResult } from "../stages/types.ts";

const BODY = [
  "Engineers in the port city of Valmora began draining the flooded tunnel on Wednesday, two days after a storm surge breached its northern gate.",
  "The tunnel, which carries about 40,000 vehicles a day, will stay closed until at least the end of the month, the regional transport authority said.",
  "\"We are pumping around the clock, but the water keeps coming back with every tide,\" said Marta Ilves, the authority's chief engineer.",
  "Local businesses said the closure had already cut deliveries by half, and several shops near the entrance have shut their doors for the week.",
];

const kept = (r: CleanResult) => r.blocks.map((b) => b.text).join("\n");
const ruleOf = (r: CleanResult, snippet: string) => r.removed.find((x) => x.text.includes(snippet))?.rule;

describe("cleanTextDump: text-exporter dump", () => {
  const dump = [
    "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.",
    "Accept",
    " * Home",
    " * World",
    " * Business",
    " * Sport",
    "Log in",
    "icon arrow-lefticon arrow-righticon closeicon searchicon menuicon playicon shareicon bookmark",
    "Home / World / Europe /",
    "Tunnel flooding: repairs could take weeks",
    "By Anna Petrova",
    "Published: Wed 12 Feb 2020 09:30",
    "",
    BODY[0],
    "",
    BODY[1],
    "",
    "_1203_44_620_95",
    "Photo: Harbour workers at the tunnel entrance",
    "",
    "What happens next",
    "",
    BODY[2],
    "",
    BODY[3],
    "",
    "Share",
    "Facebook",
    "Twitter",
    "",
    "Get the Morning Briefing newsletter",
    "Get the day's top stories delivered to your inbox every morning.",
    "",
    "About the author",
    "Anna Petrova is a senior reporter based in the capital who covers transport and infrastructure.",
    "",
    "Podcasts",
    "0:00",
    "24:13",
    "",
    "© 2020 Example Media Ltd. All rights reserved.",
    "Forgot your password?",
  ].join("\n");
  const r = cleanTextDump(dump);

  it("keeps the whole article in order, with the subheading", () => {
    const text = kept(r);
    let at = -1;
    for (const p of BODY) {
      const i = text.indexOf(p);
      expect(i).toBeGreaterThan(at);
      at = i;
    }
    expect(r.blocks.find((b) => b.text === "What happens next")?.role).toBe("heading");
  });

  it("finds title, dateline and byline", () => {
    expect(r.blocks[0]).toEqual({ text: "Tunnel flooding: repairs could take weeks", role: "title" });
    expect(r.meta.title).toBe("Tunnel flooding: repairs could take weeks");
    expect(r.meta.published).toBe("2020-02-12T09:30");
    expect(r.meta.author).toBe("Anna Petrova");
    expect(r.blocks.some((b) => b.text.startsWith("Published"))).toBe(false);
    expect(ruleOf(r, "Published:")).toBe("clean/dateline");
    expect(ruleOf(r, "By Anna")).toBe("clean/byline");
  });

  it("names why each boilerplate line went", () => {
    expect(ruleOf(r, "We use cookies")).toBe("clean/cookie");
    expect(ruleOf(r, "icon arrow")).toBe("clean/icon-font");
    expect(ruleOf(r, "Home / World")).toBe("clean/breadcrumb");
    expect(ruleOf(r, "_1203_44")).toBe("clean/image-placeholder");
    expect(ruleOf(r, "Photo: Harbour")).toBe("clean/image-placeholder");
    expect(ruleOf(r, "Morning Briefing")).toBe("clean/newsletter");
    expect(ruleOf(r, "About the author")).toBe("clean/author-profile");
    expect(ruleOf(r, "senior reporter based")).toBe("clean/author-profile");
    expect(ruleOf(r, "Podcasts")).toBe("clean/podcast");
    expect(ruleOf(r, "24:13")).toBe("clean/media-timestamp");
    expect(ruleOf(r, "All rights reserved")).toBe("clean/copyright");
    expect(ruleOf(r, "Forgot your password")).toBe("clean/login");
    expect(ruleOf(r, "Twitter")).toBe("clean/share");
  });

  it("accounts for every non-empty line", () => {
    const lines = dump.split("\n").filter((l) => l.trim() !== "");
    expect(r.blocks.length + r.removed.length).toBe(lines.length);
    for (const x of r.removed) expect(x.reason.length).toBeGreaterThan(0);
  });
});

describe("cleanTextDump: browser innerText dump", () => {
  const dump = [
    "Skip to main content",
    "News",
    "Opinion",
    "Culture",
    "Subscribe",
    "Sign in",
    "Tunnel flooding: repairs could take weeks",
    "Tunnel flooding: repairs could take weeks",
    "12 February 2020",
    BODY[0],
    BODY[1],
    "Read more: Storm season brings record surge to the coast",
    BODY[2],
    BODY[3],
    "Please consider supporting us today!",
    "Donate now",
    "Most read",
    "Minister resigns after budget row",
    "2 hours ago",
    "Rail strike called off at last minute",
    "5 hours ago",
    "Privacy Policy",
    "Terms of Service",
  ].join("\n");
  const r = cleanTextDump(dump);

  it("keeps the body, one block per line, and the headline once", () => {
    expect(r.blocks.filter((b) => b.role === "body").map((b) => b.text)).toEqual(BODY);
    expect(r.blocks.filter((b) => b.role === "title")).toHaveLength(1);
    expect(ruleOf(r, "Tunnel flooding")).toBe("clean/title-repeat");
    expect(r.meta.published).toBe("2020-02-12");
  });

  it("drops inline read-more, donation and teaser lines", () => {
    expect(ruleOf(r, "Read more:")).toBe("clean/read-more");
    expect(ruleOf(r, "Please consider supporting")).toBe("clean/donation");
    expect(ruleOf(r, "Donate now")).toBe("clean/donation");
    expect(ruleOf(r, "2 hours ago")).toBe("clean/read-more");
    expect(kept(r)).not.toContain("Rail strike");
  });
});

describe("cleanTextDump: markdown-ish dump", () => {
  const dump = [
    "[Home](/) | [World](/world) | [Europe](/world/europe)",
    "",
    "# Tunnel flooding: repairs could take weeks",
    "",
    "2020-02-12T09:30:00+01:00",
    "",
    "![harbour](/img/harbour.jpg)",
    "",
    BODY[0].replace("regional", "regional"),
    "",
    BODY[1].replace("transport authority", "[transport authority](https://example.org/ta)"),
    "",
    "## What happens next",
    "",
    "> " + BODY[2],
    "",
    BODY[3],
    "",
    "[Facebook](https://fb.example) [Twitter](https://tw.example)",
    "",
    "Tags: floods, transport, infrastructure",
  ].join("\n");
  const r = cleanTextDump(dump);

  it("unwraps inline links and quotes, keeps headings, drops link-only lines", () => {
    expect(kept(r)).toContain(BODY[1]);
    expect(kept(r)).toContain(BODY[2]);
    expect(kept(r)).not.toContain("](");
    expect(r.blocks.find((b) => b.text === "What happens next")?.role).toBe("heading");
    expect(ruleOf(r, "[Home](/)")).toBe("clean/markdown-link");
    expect(ruleOf(r, "harbour.jpg")).toBe("clean/image-placeholder");
    expect(ruleOf(r, "Tags:")).toBe("clean/navigation");
    expect(r.meta.published).toBe("2020-02-12T09:30:00+01:00");
    expect(r.meta.title).toBe("Tunnel flooding: repairs could take weeks");
  });
});

describe("cleanTextDump: structure", () => {
  it("a newsletter box inside the article does not cut the article short", () => {
    const dump = [
      "Tunnel flooding: repairs could take weeks",
      BODY[0],
      BODY[1],
      "Join our tunnels-and-bridges newsletter",
      "Enter your email address",
      "Subscribe",
      BODY[2],
      BODY[3],
      "Comments",
      "This is the longest and most heartfelt reader comment anyone has ever written, and it goes on and on about tunnels and the sea and the council and the weather for a very long time indeed.",
      "Another reader replies at length that the council has been warned about the northern gate for years, and that the money promised after the last storm never arrived at all.",
    ].join("\n");
    const r = cleanTextDump(dump);
    expect(r.blocks.filter((b) => b.role === "body").map((b) => b.text)).toEqual(BODY);
    expect(ruleOf(r, "Enter your email")).toBe("clean/newsletter");
    expect(ruleOf(r, "heartfelt reader comment")).toBe("clean/comments");
  });

  it("a second headline with its dateline after body text starts another article", () => {
    const dump = [
      "Tunnel flooding: repairs could take weeks",
      "12 February 2020",
      BODY[0],
      BODY[1],
      "Port reopens to cargo ships after storm",
      "13 February 2020",
      BODY[2],
      BODY[3],
    ].join("\n");
    const r = cleanTextDump(dump);
    expect(r.blocks.filter((b) => b.role === "title").map((b) => b.text)).toEqual([
      "Tunnel flooding: repairs could take weeks",
      "Port reopens to cargo ships after storm",
    ]);
    expect(r.meta.published).toBe("2020-02-12");
  });

  it("a further article below a boilerplate block is found by its headline and dateline", () => {
    const dump = [
      "Tunnel flooding: repairs could take weeks",
      "12 February 2020",
      BODY[0],
      BODY[1],
      "Share",
      "Facebook",
      "Twitter",
      "Get the Morning Briefing newsletter",
      "Most read",
      "Port reopens to cargo ships after storm",
      "13 February 2020",
      BODY[2],
      BODY[3],
      "© 2020 Example Media Ltd. All rights reserved.",
    ].join("\n");
    const r = cleanTextDump(dump);
    expect(r.blocks.map((b) => b.role)).toEqual(["title", "body", "body", "title", "dateline", "body", "body"]);
    expect(r.blocks[3].text).toBe("Port reopens to cargo ships after storm");
    // the further article's dateline travels with it as a metadata block, in ISO form
    expect(r.blocks[4].text).toBe("2020-02-13");
    expect(r.meta.published).toBe("2020-02-12");
  });

  it("a dateline without a year is dropped but does not date the page", () => {
    const dump = ["Tunnel flooding: repairs could take weeks", "Updated Feb 13, 9:41 AM; Posted Feb 12, 8:19 PM", ...BODY].join("\n");
    const r = cleanTextDump(dump);
    expect(ruleOf(r, "Updated Feb 13")).toBe("clean/dateline");
    expect(r.meta.published).toBeUndefined();
  });

  it("» marks link lists like a bullet; CJK section labels are named", () => {
    const dump = [...BODY.slice(0, 2), "関連記事", "» Harbour cranes idle as the strike enters a second week", "スポンサードリンク", ...BODY.slice(2)].join("\n");
    const r = cleanTextDump(dump);
    expect(ruleOf(r, "関連記事")).toBe("clean/read-more");
    expect(ruleOf(r, "スポンサードリンク")).toBe("clean/ad");
    expect(kept(r)).not.toContain("Harbour cranes");
  });

  it("keeps a results table that closes the article (tab- or space-separated columns)", () => {
    const rows = ["Pos\tTeam\tPlayed\tPoints", "1\tHarbour City\t12\t30", "2\tValmora Rovers\t12\t27", "3    North Gate FC    12    21"];
    const dump = ["Tunnel flooding: repairs could take weeks", ...BODY, "The standings after twelve rounds:", ...rows, "Privacy Policy"].join("\n");
    const r = cleanTextDump(dump);
    for (const row of rows) expect(kept(r)).toContain(row.replace(/\s+/g, " "));
    expect(ruleOf(r, "Privacy Policy")).toBe("clean/copyright");
  });

  it("keeps the signature of an embedded post, without taking its date as the page's", () => {
    const sig = "— Marta Ilves (@martailves) February 11, 2020";
    const dump = ["Tunnel flooding: repairs could take weeks", "12 February 2020", BODY[0], BODY[1], "The water is still rising at the north gate. Pumps running all night.", sig, BODY[2], BODY[3]].join("\n");
    const r = cleanTextDump(dump);
    expect(kept(r)).toContain(sig);
    expect(r.meta.published).toBe("2020-02-12");
  });

  it("headline over standfirst, kicker over headline, photo credit under headline", () => {
    const withDek = cleanTextDump(["Storm closes harbour tunnel for weeks", "Engineers say pumping will continue around the clock while the northern gate is rebuilt by divers", ...BODY].join("\n"));
    expect(withDek.meta.title).toBe("Storm closes harbour tunnel for weeks");
    const withKicker = cleanTextDump(["FLOOD WATCH", "Engineers race to drain the flooded harbour tunnel before the next spring tide arrives", ...BODY].join("\n"));
    expect(withKicker.meta.title).toBe("Engineers race to drain the flooded harbour tunnel before the next spring tide arrives");
    const withCredit = cleanTextDump(["Storm closes harbour tunnel for weeks", "Petra Lindqvist", ...BODY].join("\n"));
    expect(withCredit.meta.title).toBe("Storm closes harbour tunnel for weeks");
    expect(withCredit.meta.author).toBe("Petra Lindqvist");
  });

  it("an empty dump gives an empty result", () => {
    expect(cleanTextDump("\n\n  \n")).toEqual({ blocks: [], removed: [], meta: {} });
  });

  it("is deterministic", () => {
    const dump = ["Title of a story about tunnels", ...BODY].join("\n");
    expect(cleanTextDump(dump)).toEqual(cleanTextDump(dump));
  });
});
