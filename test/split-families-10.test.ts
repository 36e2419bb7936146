/**
 * Story splitting: a newsletter's masthead over a one-line brief, timeline articles with dated chapters, two stories in
 * one record, and undated briefs under rules. Every text here is invented.
 */
import { describe, expect, it } from "vitest";
import { AUTHORS, BODIES, DAYS, expectKept, HEADS, paras, run, signedStory, WORDS } from "./helpers/split-text.ts";

const story = (i: number) => `${signedStory(i)}\n`;

describe("split: a one-line brief under a newsletter's masthead", () => {
  const brief = "The harbour lights will be switched on at dusk on Friday, the council said.";
  const tops: [string, string][] = [
    ["a dated masthead, then the brief under its headline", `The Valley Letter\n6 May 2024\n\nHarbour lights\n\n${brief}\n\n`],
    ["an issue number, then the brief under its headline", `The Valley Letter\nIssue 12\n\nHarbour lights\n\n${brief}\n\n`],
    ["a masthead alone, then the bare brief", `The Valley Letter\n\n${brief}\n\n`],
    ["a dated masthead, the brief, then a rule", `The Valley Letter\n6 May 2024\n\nHarbour lights\n\n${brief}\n\n-----\n\n`],
  ];
  for (const [what, top] of tops) {
    for (const [joiner, between] of [
      ["empty lines", "\n"],
      ["rules", "\n-----\n\n"],
    ]) {
      it(`${what}, stories joined by ${joiner}: one article per story, the masthead and brief in the audit`, () => {
        const r = run("letter.txt", `${top}${[0, 1, 2].map(story).join(between)}`);
        expect(r.articles.map((a) => a.title)).toEqual(HEADS);
        expect(r.articles.map((a) => a.author)).toEqual(AUTHORS);
        expectKept(r, [brief, ...BODIES.flat()]);
        expect(r.removed.find((x) => x.text === brief)?.rule).toBe("split/preamble");
      });
    }
  }

  it("a lead of two sentences and 35 words under the masthead is no preamble's: never in the audit as one", () => {
    const lead = `${brief} Crews will test them on Thursday night, and the road by the quay will be closed for an hour.`;
    const r = run("letter.txt", `The Valley Letter\n6 May 2024\n\nHarbour lights\n\n${lead}\n\n${[0, 1, 2].map(story).join("\n")}`);
    expect(r.removed.filter((x) => x.rule === "split/preamble")).toEqual([]);
    expectKept(r, [lead, ...BODIES[0]]);
  });
});

describe("split: a timeline article with dated chapters stays whole", () => {
  const chapters: [string, string, string][] = [
    ["The charter is written", "12 June 1204", "abbey"],
    ["The charter goes missing", "3 March 1642", "siege"],
    ["A clue in the archive", "18 October 1911", "archive"],
    ["The charter comes home", "2 May 2024", "parcel"],
  ];
  const header = `${HEADS[2]}\n\nBy ${AUTHORS[2]}\n${DAYS[2][0]}\n\n`;
  const forms: [string, (c: [string, string, string]) => string][] = [
    ["one paragraph a chapter", ([h, d, w]) => `${h}\n${d}\n\n${paras(w)[0]}\n`],
    ["two paragraphs a chapter", ([h, d, w]) => `${h}\n${d}\n\n${paras(w).slice(0, 2).join("\n\n")}\n`],
    ["four paragraphs a chapter", ([h, d, w]) => `${h}\n${d}\n\n${paras(w).join("\n\n")}\n`],
  ];
  for (const [what, chapter] of forms) {
    it(`${what}: one article, its title and date the article's own`, () => {
      const r = run("timeline.txt", `${header}${BODIES[2].slice(0, 2).join("\n\n")}\n\n${chapters.map(chapter).join("\n")}`);
      expect(r.articles).toHaveLength(1);
      expect(r.articles[0].title).toBe(HEADS[2]);
      expect(r.articles[0].published?.slice(0, 10)).toBe(DAYS[2][1]);
      for (const [h] of chapters) expect(r.articles[0].text).toContain(h);
    });
  }

  const long = (w: string) => paras(w).join("\n\n");
  const posts = (days: string[], signed: boolean) =>
    days.map((d, k) => `${HEADS[k]}\n${signed ? `By ${AUTHORS[0]}\n` : ""}${d}\n\n${long(WORDS[k])}\n`).join("\n");
  it("an archive's posts, newest first: one article each", () => {
    const r = run("archive.txt", posts(["9 May 2024", "2 May 2024", "25 April 2024"], false));
    expect(r.articles.map((a) => a.title)).toEqual(HEADS);
  });
  it("an export's posts, oldest first: one article each", () => {
    const r = run("export.txt", posts(["25 April 2024", "2 May 2024", "9 May 2024"], false));
    expect(r.articles.map((a) => a.title)).toEqual(HEADS);
  });
  it("stories of older days, oldest first, each signed: a digest, one article each", () => {
    const r = run("digest.txt", `${story(0)}\n${[1, 2].map((i) => `${HEADS[i]}\nBy ${AUTHORS[i]}\n${["1 May 2024", "3 May 2024"][i - 1]}\n\n${long(WORDS[i])}\n`).join("\n")}`);
    expect(r.articles.map((a) => a.title)).toEqual(HEADS);
  });
});

describe("split: two stories fused in one record", () => {
  const rec = (text: string, title: string | null = HEADS[0]) => JSON.stringify({ url: "https://example.org/a", ...(title ? { title } : {}), text }) + "\n";

  for (const [what, between] of [
    ["empty lines", "\n\n"],
    ["a rule", "\n\n-----\n\n"],
  ]) {
    it(`two stories of two writers and two days, joined by ${what}: one article each, each with its own byline and date`, () => {
      const r = run("two.jsonl", rec([0, 1].map((i) => signedStory(i)).join(between)));
      expect(r.articles.map((a) => a.title)).toEqual(HEADS.slice(0, 2));
      expect(r.articles.map((a) => a.author)).toEqual(AUTHORS.slice(0, 2));
      expect(r.articles.map((a) => a.published?.slice(0, 10))).toEqual(DAYS.slice(0, 2).map((d) => d[1]));
      expectKept(r, [...BODIES[0], ...BODIES[1]]);
    });
  }

  it("CRLF line ends: the same two articles", () => {
    const r = run("two.jsonl", rec([0, 1].map((i) => signedStory(i)).join("\n\n").replace(/\n/g, "\r\n")));
    expect(r.articles.map((a) => a.author)).toEqual(AUTHORS.slice(0, 2));
  });

  it("the second section on the same day: one article (an update of the story)", () => {
    const r = run("one.jsonl", rec(`${signedStory(0)}\n\n${signedStory(1, { day: DAYS[0][0] })}`));
    expect(r.articles).toHaveLength(1);
  });

  it("a short related story under the first (one paragraph): one article", () => {
    const r = run("one.jsonl", rec(`${signedStory(0)}\n\n${signedStory(1, { paras: 1 })}`));
    expect(r.articles).toHaveLength(1);
  });
});

describe("split: undated briefs under rules", () => {
  const items: [string, string][] = [
    ["Bridge closed for repairs", "The old bridge over the river will be closed to traffic for three weeks from Monday while engineers replace the worn joints under its deck, the county said. Buses will run on the ring road instead."],
    ["Library extends its hours", "The town library will stay open until eight in the evening on weekdays from next month, after a trial over the winter drew more readers than expected. A local trust pays for the extra hours."],
    ["School wins science prize", "Pupils at the valley school have won the county science prize for a study of the river's water over a full year, which found the water cleaner than it was ten years ago."],
    ["Market moves to the square", "The Saturday market will move from the car park to the square in the spring, so that the car park can be resurfaced. Traders said they welcomed the move, which puts their stalls closer to the shops."],
  ];
  const brief = ([h, p]: [string, string]) => `${h}\n\n${p}\n`;
  const texts = items.map(([, p]) => p);

  for (const [what, rule] of [
    ["dashes", "----------"],
    ["equals signs", "=========="],
    ["box-drawing rules", "══════════"],
  ]) {
    for (const [layout, join] of [
      ["with empty lines around them", (r: string) => `\n${r}\n\n`],
      ["right under each brief", (r: string) => `${r}\n`],
    ] as const) {
      it(`four briefs each under a rule of ${what}, ${layout}, under a "News in brief" label: one article each, undated and unsigned`, () => {
        const r = run("briefs.txt", `News in brief\n\n${items.map(brief).join(join(rule))}`);
        expect(r.articles.map((a) => a.title)).toEqual(items.map(([h]) => h));
        expect(r.articles.every((a) => (a.author ?? null) === null && (a.published ?? null) === null)).toBe(true);
        expectKept(r, texts);
        expect(r.removed.find((x) => x.text === "News in brief")?.rule).toBe("split/preamble");
      });
    }
  }

  for (const [label, rule] of [
    ["# In brief", "-----"],
    ["# Briefs", "* * *"],
    ["# Kurz notiert", "-----"],
    ["# En bref", "* * *"],
  ]) {
    it(`Markdown briefs under ## headlines and ${rule} rules, under "${label}": one article each`, () => {
      const r = run("briefs.md", `${label}\n\n${items.map(([h, p]) => `## ${h}\n\n${p}\n`).join(`\n${rule}\n\n`)}`);
      expect(r.articles).toHaveLength(4);
      expectKept(r, texts);
    });
  }

  it("a masthead and its date over the label, the label alone above the first rule: one article per brief", () => {
    const r = run("briefs.txt", `The Valley Letter\n6 May 2024\n\nNews in brief\n\n----------\n\n${items.map(brief).join("\n----------\n\n")}`);
    expect(r.articles.map((a) => a.title)).toEqual(items.map(([h]) => h));
    expectKept(r, texts);
  });

  it("the same briefs with no label and no dateline: one article (nothing tells them from an article's sections)", () => {
    const r = run("briefs.txt", items.map(brief).join("\n----------\n\n"));
    expect(r.articles).toHaveLength(1);
    expectKept(r, texts);
  });

  it("sections of one subject under a briefs label: one article (the sections share their subject's words)", () => {
    const sections: [string, string][] = [
      ["Why the reservoir is low", "The reservoir above the village is at its lowest level in years, because the spring rain never came and the reservoir fed the valley farms."],
      ["What the low reservoir means", "With the reservoir this low, the village pumps will draw less water and the farms below the reservoir must share the water in turns."],
      ["When the reservoir will fill", "Engineers expect the reservoir to fill again only after the autumn rain, and the village has been asked to save water until the reservoir recovers."],
    ];
    const r = run("one.txt", `In brief\n\n${sections.map(brief).join("\n----------\n\n")}`);
    expect(r.articles).toHaveLength(1);
  });

  it("an article's sections under rules, its header dated and signed: one article", () => {
    const sections = [0, 1, 2].map((k) => `${["What was decided", "What comes next", "Who pays"][k]}\n\n${BODIES[0][k]}\n`);
    const r = run("one.txt", `${HEADS[0]}\n\nBy ${AUTHORS[0]}\n${DAYS[0][0]}\n\n${BODIES[0][3]}\n\n----------\n\n${sections.join("\n----------\n\n")}`);
    expect(r.articles).toHaveLength(1);
  });

  it("numbered list entries under rules (a listicle): one article", () => {
    const r = run("list.txt", items.map(([h, p], k) => `${k + 1}. ${h}\n\n${p}\n`).join("\n----------\n\n"));
    expect(r.articles).toHaveLength(1);
  });

  it("sections of four paragraphs under rules are no briefs: one article", () => {
    const long = [0, 1, 2].map((k) => `${items[k][0]}\n\n${paras(WORDS[k]).join("\n\n")}\n`);
    const r = run("one.txt", long.join("\n----------\n\n"));
    expect(r.articles).toHaveLength(1);
  });

  const dated = `${HEADS[0]}\n\nBy ${AUTHORS[0]}\n${DAYS[0][0]}\n\n${BODIES[0].join("\n\n")}\n`;
  for (const [what, rule] of [
    ["with empty lines around it", "\n----------\n\n"],
    ["right under the story's last paragraph", "----------\n"],
  ]) {
    it(`a dated story, then a page of briefs under one rule ${what}: two articles, the briefs with no byline or date`, () => {
      const r = run("two.txt", `${dated}${rule}${items.slice(0, 3).map(brief).join("\n")}`);
      expect(r.articles).toHaveLength(2);
      expect(r.articles[0].title).toBe(HEADS[0]);
      expect(r.articles[0].author).toBe(AUTHORS[0]);
      expect(r.articles[1].author ?? null).toBeNull();
      expect(r.articles[1].published ?? null).toBeNull();
      expectKept(r, [...BODIES[0], ...texts.slice(0, 3)]);
    });
  }

  it("a story's own rule over its labelled more-news list: one article", () => {
    const r = run("one.txt", `${dated}\n----------\n\nMore news\n\n${items.slice(0, 3).map(brief).join("\n")}`);
    expect(r.articles).toHaveLength(1);
  });

  it("a story's own rule over teasers and then its footer: one article", () => {
    const foot = "Privacy Policy | Terms of Use\n© 2024 The Courier. All rights reserved.\n";
    const r = run("one.txt", `${dated}\n----------\n\n${items.slice(0, 3).map(brief).join("\n")}\n${foot}`);
    expect(r.articles).toHaveLength(1);
  });
});

describe("split: a digest of briefs framed by rules", () => {
  const items = [
    "Bridge closed for repairs\n\nThe old bridge over the river will be closed to traffic for three weeks from Monday while engineers replace the worn joints under its deck.\n",
    "Library extends its hours\n\nThe town library will stay open until eight in the evening on weekdays from next month, after a trial over the winter drew more readers.\n",
    "School wins science prize\n\nPupils at the valley school have won the county science prize for a study of the river's water over a full year.\n",
  ];
  it("a label, a rule above the first brief and one under the last: one article each", () => {
    const r = run("briefs.txt", `Local briefs\n\n==========\n\n${items.join("\n==========\n\n")}\n==========\n`);
    expect(r.articles.map((a) => a.title)).toEqual(["Bridge closed for repairs", "Library extends its hours", "School wins science prize"]);
  });
});

describe("split: wire digests and live blogs under rules", () => {
  const wire: [string, string][] = [
    ["Ferry line adds winter crossings", "HARBOURTOWN, May 7 (Valley Wire) - The ferry line will add two winter crossings a day from November, its owners said on Tuesday, after a summer of full boats."],
    ["Mill town votes on new bypass", "MILLFORD, May 7 (Valley Wire) - Voters in Millford will decide in June whether the town should borrow to build a bypass around its old centre, the council said."],
    ["Orchard growers expect record crop", "EASTBROOK, May 7 (Valley Wire) - Apple growers around Eastbrook expect a record crop this autumn after a mild spring with no late frost, their association said."],
  ];
  it("a wire digest of briefs with dateline leads under rules: one article each", () => {
    const r = run("wire.txt", wire.map(([h, p]) => `${h}\n\n${p}\n`).join("\n-----\n\n"));
    expect(r.articles.map((a) => a.title)).toEqual(wire.map(([h]) => h));
    expectKept(r, wire.map(([, p]) => p));
  });

  it("a live blog's timed entries under rules: one article", () => {
    const times = ["09:10", "10:42", "11:05", "12:30"];
    const entries = wire.concat([["Roads clear again", "Police said the coast road was clear again by noon and the diversion through the hills had been lifted, though drivers should still expect delays."]]);
    const text = `Storm live: the valley wakes to floods\n\nBy ${AUTHORS[0]}\n${DAYS[0][0]}\n\n${BODIES[0][0]}\n\n-----\n\n${times.map((t, k) => `${t}\n${entries[k][0]}\n\n${entries[k][1]}\n`).join("\n-----\n\n")}`;
    expect(run("live.txt", text).articles).toHaveLength(1);
  });
});
