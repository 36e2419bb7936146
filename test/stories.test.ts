/**
 * Story segmentation (stages/clean/stories.ts): a text dump that holds several pages is cut
 * where one page ends and the next begins; one page stays one story whatever its inner
 * structure. All pages here are invented.
 */
import { describe, expect, it } from "vitest";
import { explainStories, findStories } from "../stages/clean/stories.ts";
import { processFile } from "../pipeline/document.ts";

/** An invented article: a headline, a byline, and `n` paragraphs of plain prose about `topic`. */
function article(topic: string, n = 4): string {
  const paras = Array.from(
    { length: n },
    (_, i) =>
      `The committee on ${topic} met again on Tuesday and said that the plan would be ready before the end of the year, according to the notes seen by reporters (part ${i + 1}). ` +
      `Several members asked for more time, and the chair agreed that the public should have a say in how the money is spent in the coming months.`,
  );
  return `${topic[0].toUpperCase()}${topic.slice(1)} plan moves ahead\n\nBy Jane Roe\n\n${paras.join("\n\n")}\n`;
}

/** A whole invented page: header chrome, the article, a footer. */
function page(site: string, topic: string): string {
  return (
    `Skip to content\n\n${site}\n\nHome\nNews\nSport\nWeather\nSign in\n\n` +
    article(topic) +
    `\nShare this article\n\nAbout us\nContact\nPrivacy Policy\n\n© 2024 ${site}. All rights reserved.\n`
  );
}

const textOf = (t: string, s: { start: number; end: number }) => t.slice(s.start, s.end);

describe("story boundaries", () => {
  it("cuts at form feeds, and each story holds its own page", () => {
    const t = page("Harbour Post", "harbour dredging") + "\f" + page("Valley Times", "valley railway");
    const stories = findStories(t);
    expect(stories).toHaveLength(2);
    expect(textOf(t, stories[0])).toContain("harbour dredging");
    expect(textOf(t, stories[0])).not.toContain("valley railway");
    expect(textOf(t, stories[1]).startsWith("Skip to content")).toBe(true);
    expect(textOf(t, stories[1])).toContain("valley railway");
  });

  it("takes a URL line above every page as the story's url, not its text", () => {
    const t =
      "URL: https://harbour.example/a/1\n\n" + page("Harbour Post", "harbour dredging") +
      "\nURL: https://valley.example/b/2\n\n" + page("Valley Times", "valley railway");
    const stories = findStories(t);
    expect(stories.map((s) => s.url)).toEqual(["https://harbour.example/a/1", "https://valley.example/b/2"]);
    for (const s of stories) expect(textOf(t, s)).not.toContain("URL:");
    expect(stories[1].joiner).toEqual(["URL: https://valley.example/b/2"]);
  });

  it("cuts at a rule between pages, footer before and chrome after", () => {
    const t = page("Harbour Post", "harbour dredging") + "\n----------\n\n" + page("Valley Times", "valley railway");
    const stories = findStories(t);
    expect(stories).toHaveLength(2);
    expect(stories[1].joiner).toEqual(["----------"]);
    expect(textOf(t, stories[0])).not.toContain("----------");
  });

  it("cuts pages joined by a blank line alone, from the footer of one and the header of the next", () => {
    const t = page("Harbour Post", "harbour dredging") + "\n" + page("Valley Times", "valley railway") + "\n" + page("Hill Gazette", "hill orchards");
    const stories = findStories(t);
    expect(stories).toHaveLength(3);
    expect(textOf(t, stories[2])).toContain("hill orchards");
    expect(textOf(t, stories[1])).not.toContain("hill orchards");
  });

  it("cuts at the repeated header of one site's pages", () => {
    const head = "Harbour Post\nNews\nSport\nCulture\n\n";
    const t = head + article("harbour dredging") + "\n" + head + article("harbour lighthouse");
    const { stories, trace } = explainStories(t);
    expect(stories).toHaveLength(2);
    expect(trace.find((c) => c.decision === "cut")?.cues).toContain("repeated-header");
  });

  it("keeps one long article with Markdown sub-headings and underlines as one story", () => {
    const md =
      "Harbour plan moves ahead\n========================\n\n" +
      article("harbour dredging") +
      "\nWhat comes next\n---------------\n\n" +
      article("harbour budget") +
      "\nThe money\n---------\n\n" +
      article("harbour tolls");
    expect(findStories(md)).toHaveLength(1);
  });

  it("keeps a live blog whose entries are split by rules and timestamps as one story", () => {
    const entry = (time: string, topic: string) => `${time}\n\n${article(topic, 2)}`;
    const blog = ["09:00", "09:30", "10:15", "11:00"].map((h, i) => entry(h, `storm update ${i + 1}`)).join("\n-----\n\n");
    expect(findStories(`Live: the storm hits the coast\n\n${blog}\n\n© 2024 Harbour Post`)).toHaveLength(1);
  });

  it("keeps a Q&A as one story", () => {
    const qa = Array.from({ length: 6 }, (_, i) =>
      `Q: What happens to the harbour in year ${i + 1}?\n\nA: The council said that the work would go on through the winter and that boats would be able to use the eastern quay while the western one is closed for repairs, which should take about four months.`,
    ).join("\n\n");
    expect(findStories(`Your questions on the harbour works\n\n${qa}\n`)).toHaveLength(1);
  });

  it("does not cut a record's text on chrome or blank lines, only on separators written between stories", () => {
    const joined = page("Harbour Post", "harbour dredging") + "\n" + page("Valley Times", "valley railway");
    expect(findStories(joined, { separatorsOnly: true })).toHaveLength(1);
    const fed = page("Harbour Post", "harbour dredging") + "\f" + page("Valley Times", "valley railway");
    expect(findStories(fed, { separatorsOnly: true })).toHaveLength(2);
  });
});

describe("one article per story in the pipeline", () => {
  it("gives each page its own article, title, url and site, with its place in the source", () => {
    // 🌍 (two UTF-16 units, one code point) before the second page: offsets are code points.
    const t =
      "https://harbour.example/a/1\n\n" + page("Harbour Post", "harbour dredging").replace("Home", "Home 🌍") +
      "\nhttps://valley.example/b/2\n\n" + page("Valley Times", "valley railway");
    const r = processFile("digest.txt", Buffer.from(t, "utf8"), { skip: new Set(["entities", "dates"]) });
    expect(r.articles.map((a) => a.index_in_source)).toEqual([0, 1]);
    expect(r.articles.map((a) => a.url)).toEqual(["https://harbour.example/a/1", "https://valley.example/b/2"]);
    expect(r.articles.map((a) => a.site)).toEqual(["harbour.example", "valley.example"]);
    expect(r.articles[0].title).toBe("Harbour dredging plan moves ahead");
    expect(r.articles[1].title).toBe("Valley railway plan moves ahead");
    const cps = [...t];
    for (const a of r.articles) {
      const slice = cps.slice(a.source_start, a.source_end).join("");
      expect(slice).toContain(a.paragraphs[0].text);
      expect(slice.startsWith("Skip to content")).toBe(true);
    }
    // The URL lines are in the audit, with the story they belong to.
    const urlRows = r.removed.filter((x) => x.rule === "split/url-line");
    expect(urlRows.map((x) => x.story)).toEqual([0, 1]);
    expect(r.removed.filter((x) => x.story === 1).some((x) => x.text.includes("Valley Times. All rights reserved"))).toBe(true);
  });

  it("a JSON Lines record stays one article unless its text holds page breaks", () => {
    const joined = page("Harbour Post", "harbour dredging") + "\n" + page("Valley Times", "valley railway");
    const fed = page("Harbour Post", "harbour dredging") + "\f" + page("Valley Times", "valley railway");
    const jsonl = [JSON.stringify({ id: "r1", text: joined }), JSON.stringify({ id: "r2", text: fed })].join("\n") + "\n";
    const r = processFile("export.jsonl", Buffer.from(jsonl, "utf8"), { skip: new Set(["entities", "dates"]) });
    expect(r.articles.map((a) => a.record_id)).toEqual(["r1", "r2", "r2"]);
    expect(r.articles.map((a) => a.index_in_source)).toEqual([0, 1, 2]);
  });

  it("a one-page dump gives one article covering the whole source", () => {
    const t = page("Harbour Post", "harbour dredging");
    const r = processFile("page.txt", Buffer.from(t, "utf8"), { skip: new Set(["entities", "dates"]) });
    expect(r.articles).toHaveLength(1);
    expect([r.articles[0].source_start, r.articles[0].source_end]).toEqual([0, [...t].length]);
    expect(r.removed.every((x) => x.story === null)).toBe(true);
  });
});
