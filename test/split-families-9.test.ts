/**
 * Story splitting: mail files (mbox, a mailing-list digest), a story inside a dialog after a page's footer (text dump and
 * HTML), an undated page after a footer's labelled link columns, rules drawn with box-drawing characters, and the
 * digests found in the wild (a numbered newsletter, a "print all" page). Every text here is invented. Checked as a
 * user would: the number of articles, whose title, author and date each one has, and that no paragraph is lost or
 * given to two articles.
 */
import { describe, expect, it } from "vitest";
import { AUTHORS, BODIES, DAYS, expectKept, HEADS, paras, run, signedStory, WORDS } from "./helpers/split-text.ts";
import { explainStories } from "../stages/clean/stories.ts";

const menu = "Home\nNews\nSport\nWeather\nOpinion\n\n";
const foot = "Privacy Policy | Terms of Use\n© 2024 The Courier. All rights reserved.\n";
const page = (i: number) => `${menu}${HEADS[i]}\n\nBy ${AUTHORS[i]}\n\n${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n\n${foot}`;

describe("split: mail files", () => {
  const header = (i: number, mbox: boolean) =>
    (mbox ? `From ${WORDS[i]}@example.org Tue May  ${7 + i} 10:00:00 2024\n` : "") +
    `From: ${AUTHORS[i]} <${WORDS[i]}@example.org>\nTo: list@example.org\nSubject: [vale-news] ${HEADS[i]}\nDate: Tue, ${7 + i} May 2024 10:00:00 +0000\nMessage-ID: <${i}@example.org>\n\n`;

  it("an mbox of three messages: one article each, with the message's subject, sender and date", () => {
    const r = run("list.mbox", [0, 1, 2].map((i) => header(i, true) + BODIES[i].join("\n\n") + "\n").join("\n"));
    expect(r.articles.map((a) => a.title)).toEqual(HEADS);
    expect(r.articles.map((a) => a.author)).toEqual(AUTHORS);
    expect(r.articles.map((a) => a.published?.slice(0, 10))).toEqual(DAYS.map((d) => d[1]));
    expect(r.articles.some((a) => a.text.includes("Message-ID"))).toBe(false);
    expectKept(r, BODIES.flat());
  });

  it("an mbox whose messages carry long folded Received headers: one article each, with its subject", () => {
    const received = Array.from({ length: 30 }, (_, k) => `Received: from relay${k}.example.org\n\tby mx.example.org; Tue, 7 May 2024 09:${String(k).padStart(2, "0")}:00 +0000`).join("\n");
    const msg = (i: number) => header(i, true).replace("Message-ID:", `${received}\nMessage-ID:`) + BODIES[i].join("\n\n") + "\n";
    const r = run("long.mbox", [0, 1].map(msg).join("\n"));
    expect(r.articles.map((a) => a.title)).toEqual(HEADS.slice(0, 2));
    expect(r.articles.some((a) => a.text.includes("relay"))).toBe(false);
  });

  it("a mailing-list digest (contents list, then numbered messages between rules): one article per message, the contents list none", () => {
    const toc = `Today's Topics:\n\n${HEADS.map((h, i) => `   ${i + 1}. ${h} (${AUTHORS[i]})`).join("\n")}\n\n\n${"-".repeat(70)}\n\n`;
    const msgs = [0, 1, 2].map((i) => `Message: ${i + 1}\n${header(i, false)}${BODIES[i].join("\n\n")}\n\n${"-".repeat(30)}\n\n`).join("");
    const r = run("digest.txt", toc + msgs);
    expect(r.articles.map((a) => a.title)).toEqual(HEADS);
    expect(r.articles.map((a) => a.author)).toEqual(AUTHORS);
    expect(r.articles.some((a) => a.text.includes("Today's Topics"))).toBe(false);
    expectKept(r, BODIES.flat());
  });

  it("one message that quotes a forwarded message's header stays one article under its own subject", () => {
    const fwd = `---------- Forwarded message ---------\nFrom: ${AUTHORS[1]} <market@example.org>\nDate: Wed, 8 May 2024 09:00:00 +0000\nSubject: ${HEADS[1]}\n\n`;
    const r = run("one.mbox", header(0, true) + BODIES[0].slice(0, 2).join("\n\n") + "\n\n" + fwd + BODIES[0].slice(2).join("\n\n") + "\n");
    expect(r.articles.map((a) => a.title)).toEqual([HEADS[0]]);
    expectKept(r, BODIES[0]);
  });

  it("a story whose paragraph opens with 'Date:' and 'From:' words is no mail file", () => {
    const text = `${HEADS[0]}\n\nBy ${AUTHORS[0]}\n\n${DAYS[0][0]}\n\nDate: the board has not set one yet.\nFrom: the clerk's office, as always.\n\n${BODIES[0].join("\n\n")}\n`;
    const r = run("one.txt", text);
    expect(r.articles.map((a) => a.title)).toEqual([HEADS[0]]);
  });
});

describe("split: a second story inside a dialog", () => {
  const dialog = `Close\n\nRead next\n\n${HEADS[1]}\n\nBy ${AUTHORS[1]}\n\n${DAYS[1][0]}\n\n${BODIES[1].join("\n\n")}\n`;

  it("a text dump whose page prints a 'read next' dialog after its footer: one article, the page's", () => {
    const r = run("one.txt", `${page(0)}\n${dialog}`);
    expect(r.articles.map((a) => a.title)).toEqual([HEADS[0]]);
    expect(r.articles[0].author).toBe(AUTHORS[0]);
  });

  it("the same page, then a joined page with its own menu and footer: two articles", () => {
    const r = run("two.txt", `${page(0)}\n${dialog}\n${page(2)}`);
    expect(r.articles.map((a) => a.title)).toEqual([HEADS[0], HEADS[2]]);
    expectKept(r, [...BODIES[0], ...BODIES[2]]);
  });

  it("a joined page after a footer, with a menu and no close control, still stands", () => {
    const r = run("two.txt", `${page(0)}\n${page(1)}`);
    expect(r.articles.map((a) => a.title)).toEqual(HEADS.slice(0, 2));
  });

  const art = (i: number, tag = "h2") =>
    `<article><${tag}>${HEADS[i]}</${tag}><p class="byline">By ${AUTHORS[i]}</p><time datetime="${DAYS[i][1]}">${DAYS[i][0]}</time>${BODIES[i].map((p) => `<p>${p}</p>`).join("")}</article>`;
  const html = (wrapOpen: string, wrapClose: string) =>
    `<html><head><title>${HEADS[0]}</title></head><body><nav><a href="/">Home</a></nav>${art(0, "h1")}${wrapOpen}${art(1)}${wrapClose}<footer>© 2024 The Courier</footer></body></html>`;
  const dialogs: [string, string, string][] = [
    ["a <dialog> element", "<dialog open><button>Close</button>", "</dialog>"],
    ["a div with role=dialog", '<div role="dialog" aria-label="Read next"><div>', "</div></div>"],
    ["a div with a modal class", '<div class="story-modal is-open"><div><button>Close</button>', "</div></div>"],
  ];
  for (const [what, open, close] of dialogs) {
    it(`an HTML page whose second <article> sits in ${what}: one article, the page's`, () => {
      const r = run("page.html", html(open, close));
      expect(r.articles.map((a) => a.title)).toEqual([HEADS[0]]);
      expect(r.articles[0].text).not.toContain(BODIES[1][0]);
    });
  }

  it("an HTML page of two <article> stories outside any dialog is still two articles", () => {
    const r = run("page.html", html('<div class="more">', "</div>"));
    expect(r.articles.map((a) => a.title)).toEqual(HEADS.slice(0, 2));
  });
});

describe("split: an undated page after a footer's labelled link columns", () => {
  const cols = "Company\nAbout us\nCareers\nContact\n\nSections\nNews\nSport\nWeather\n\n";
  // Eight paragraphs (over 200 words): a page's text, no footer's about box.
  const undated = `${HEADS[2]}\n\n${[...BODIES[2], ...paras("harbour")].join("\n\n")}\n`;

  it("a long undated page under a headline stands as its own article", () => {
    const r = run("two.txt", `${page(0)}\n${cols}${undated}`);
    expect(r.articles.map((a) => a.title)).toEqual([HEADS[0], HEADS[2]]);
    expect(r.articles[1].author ?? null).toBeNull();
    expectKept(r, [...BODIES[0], ...BODIES[2]]);
  });

  it("a short about box under the link columns stays with its page", () => {
    const about = "About the Courier\n\nThe Courier has covered the valley since 1887 and is owned by a trust of its readers, who elect its board every year.\n\nIts reporters work from three offices in the valley's towns, and its letters page is open to every reader who signs a name.\n";
    const r = run("one.txt", `${page(0)}\n${cols}${about}`);
    expect(r.articles.map((a) => a.title)).toEqual([HEADS[0]]);
  });
});

describe("split: rules drawn with box-drawing characters", () => {
  for (const rule of ["═".repeat(20), "─".repeat(20), "━".repeat(12)]) {
    it(`undated pages joined by ${rule.slice(0, 5)} rows: one article each`, () => {
      const undatedPage = (i: number) => `${menu}${HEADS[i]}\n\n${BODIES[i].join("\n\n")}\n\n${foot}`;
      const r = run("pages.txt", [0, 1, 2].map(undatedPage).join(`\n${rule}\n\n`));
      expect(r.articles.map((a) => a.title)).toEqual(HEADS);
      expectKept(r, BODIES.flat());
    });
  }

  it("a console table's box-drawing underlines inside one page do not cut it", () => {
    const table = ["  name   │ value", "─────────┼────────", " alpha   │ 1", " beta    │ 2", "", "  name   │ total", "─────────┼────────", " gamma   │ 3"].join("\n");
    const r = run("one.txt", `${page(0).replace(BODIES[0][2], `${table}\n\n${BODIES[0][2]}`)}`);
    expect(r.articles).toHaveLength(1);
  });
});

describe("split: digests found in the wild", () => {
  it("a numbered newsletter in Markdown (## 1. Headline, an italic byline and date row): one article per item", () => {
    const md = `# The Valley Letter\n\n${[0, 1, 2].map((i) => `## ${i + 1}. ${HEADS[i]}\n\n*By ${AUTHORS[i]}, ${DAYS[i][0]}*\n\n${BODIES[i].join("\n\n")}\n`).join("\n")}`;
    const r = run("letter.md", md);
    expect(r.articles).toHaveLength(3);
    expect(r.articles.map((a) => a.author)).toEqual(AUTHORS);
    expect(r.articles.map((a) => a.published?.slice(0, 10))).toEqual(DAYS.map((d) => d[1]));
    expectKept(r, BODIES.flat());
  });

  it("a 'print all' page (headline, then author | paper | date row, per story): one article each with its own title and date", () => {
    const text = `Print all stories\n\nThe Vale Courier\n\n${[0, 1, 2].map((i) => `${HEADS[i]}\n${AUTHORS[i]} | The Vale Courier | ${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n`).join("\n")}`;
    const r = run("print.txt", text);
    expect(r.articles.map((a) => a.title)).toEqual(HEADS);
    expect(r.articles.map((a) => a.published?.slice(0, 10))).toEqual(DAYS.map((d) => d[1]));
    expectKept(r, BODIES.flat());
  });
});

describe("split: a story's share row is no page's menu", () => {
  const rows: [string, string][] = [
    ["plain lines", "Facebook\nTwitter\nEmail"],
    ["bulleted", " * Facebook\n * Twitter\n * Email"],
    ["Markdown links", "*   [Facebook](https://facebook.example/share?u=1)\n*   [Twitter](https://twitter.example/intent?u=1)\n*   [Email](mailto:?body=1)"],
  ];
  for (const [what, row] of rows) {
    it(`a headline over its byline and a share row (${what}) carries no menu cue`, () => {
      const text = `${page(0)}\n\n\n${HEADS[2]}\n\nBy ${AUTHORS[2]}\n\n${row}\n\n${BODIES[2].join("\n\n")}\n`;
      const at = text.indexOf(HEADS[2]);
      const cues = explainStories(text).trace.find((t) => t.offset === at)?.cues ?? [];
      expect(cues).not.toContain("menu-start");
    });
  }

  it("a real menu of four sections still opens a page", () => {
    const text = `${page(0)}\n\n\nHome\nNews\nSport\nWeather\n\n${HEADS[2]}\n\n${BODIES[2].join("\n\n")}\n`;
    const at = text.indexOf("Home\nNews\nSport\nWeather\n\nMuseum");
    expect(explainStories(text).trace.find((t) => t.offset === at)?.cues).toContain("menu-start");
  });
});

describe("split: several articles on one JSON Lines line", () => {
  const recs = [0, 1, 2].map((i) => ({ title: HEADS[i], author: AUTHORS[i], published: DAYS[i][1], text: BODIES[i].join("\n\n") }));
  it("a line that is an array of records, and a line that wraps them in an object: one article per record", () => {
    const r = run("batch.jsonl", `${JSON.stringify(recs)}\n${JSON.stringify({ source: "courier", articles: recs.slice(0, 2) })}\n`);
    expect(r.articles.map((a) => a.title)).toEqual([...HEADS, ...HEADS.slice(0, 2)]);
    expect(r.articles.map((a) => a.author)).toEqual([...AUTHORS, ...AUTHORS.slice(0, 2)]);
  });
});

describe("split: undated briefs under a rule right after a dated page's footer", () => {
  const items: [string, string][] = [
    ["Bridge closed for repairs", "The old bridge over the river will be closed to traffic for three weeks from Monday while engineers replace the worn joints under its deck, the county said. Buses will run on the ring road instead, and the ferry adds two crossings."],
    ["Library extends its hours", "The town library will stay open until eight in the evening on weekdays from next month, after a trial over the winter drew more readers than expected. A local trust pays for the extra hours, and the reading room opens on Sundays."],
    ["School wins science prize", "Pupils at the valley school have won the county science prize for a study of the river's water over a full year, which found the water cleaner than it was ten years ago. The class will spend the prize on microscopes."],
  ];
  const briefs = items.map(([h, p]) => `${h}\n\n${p}\n`).join("\n");
  // The copyright line is as long as the rule under it: no heading underline in a text file.
  const copyright = "© 2024 The Courier. All rights reserved.";
  const dated = `${menu}${HEADS[0]}\n\nBy ${AUTHORS[0]}\n\n${DAYS[0][0]}\n\n${BODIES[0].join("\n\n")}\n\nPrivacy Policy | Terms of Use\n${copyright}\n`;
  for (const rule of ["-".repeat(copyright.length), "═".repeat(copyright.length)]) {
    it(`a rule of ${rule.slice(0, 3)} as long as the copyright line right above it: two articles, the briefs with no byline or date`, () => {
      const r = run("two.txt", `${dated}${rule}\n${briefs}`);
      expect(r.articles).toHaveLength(2);
      expect(r.articles[0].title).toBe(HEADS[0]);
      expect(r.articles[1].author ?? null).toBeNull();
      expect(r.articles[1].published ?? null).toBeNull();
      expectKept(r, [...BODIES[0], ...items.map(([, p]) => p)]);
    });
  }

  it("a heading underlined with dashes of its length in a text file is still no rule", () => {
    const text = `${menu}${HEADS[0]}\n\nBy ${AUTHORS[0]}\n\n${DAYS[0][0]}\n\n${BODIES[0].slice(0, 2).join("\n\n")}\n\nWhat happens next\n-----------------\n${BODIES[0].slice(2).join("\n\n")}\n`;
    const r = run("one.txt", text);
    expect(r.articles).toHaveLength(1);
  });
});

describe("split: a page's own share row under its label", () => {
  it("three share controls under a 'Share this story' label, after a run of empty lines inside one article, carry no menu cue", () => {
    const bar = "Share this story\nFacebook\nX\nEmail";
    const text = `${menu}${HEADS[0]}\n\nBy ${AUTHORS[0]}\n\n${DAYS[0][0]}\n\n${BODIES[0].slice(0, 2).join("\n\n")}\n\n\n\n${bar}\n\n${BODIES[0].slice(2).join("\n\n")}\n\n${foot}`;
    const at = text.indexOf(bar);
    expect(explainStories(text).trace.find((t) => t.offset === at)?.cues ?? []).not.toContain("menu-start");
    expect(run("one.txt", text).articles).toHaveLength(1);
  });
});

describe("split: a record whose text holds a digest's stories", () => {
  it("three stories under their own headline, byline and date, joined by empty lines only: one article each", () => {
    const r = run("digest.jsonl", JSON.stringify({ url: "https://example.org/letter", text: [0, 1, 2].map((i) => signedStory(i)).join("\n\n") }) + "\n");
    expect(r.articles.map((a) => a.title)).toEqual(HEADS);
    expect(r.articles.map((a) => a.author)).toEqual(AUTHORS);
    expect(r.articles.map((a) => a.published?.slice(0, 10))).toEqual(DAYS.map((d) => d[1]));
    expectKept(r, BODIES.flat());
  });

  // (Two such stories in one record, signed by two writers on two days, are cut: split-families-10.test.ts.)
  it("two sections in one record under one writer's byline stay one article (a record is one article unless its stories say otherwise)", () => {
    const r = run("two.jsonl", JSON.stringify({ title: HEADS[0], text: [0, 1].map((i) => signedStory(i, { author: AUTHORS[0] })).join("\n\n") }) + "\n");
    expect(r.articles).toHaveLength(1);
  });

  it("one author's three dated sections of one day with clock times, newest first (a live blog), stay one article", () => {
    const times = ["14:05", "12:40", "10:10"];
    const text = [0, 1, 2].map((i) => `${HEADS[i]}\nBy ${AUTHORS[0]}\n7 May 2024 ${times[i]}\n\n${BODIES[i].join("\n\n")}`).join("\n\n");
    const r = run("live.jsonl", JSON.stringify({ title: "Valley news live", text }) + "\n");
    expect(r.articles).toHaveLength(1);
  });
});

describe("split: e-mail headers quoted inside a news story", () => {
  it("a story quoting two e-mails with their From / Sent / To / Subject rows stays one article and keeps those rows", () => {
    const mail = (n: number) => `From: Clerk's Office <clerk@vale.example>\nSent: Monday, ${6 + n} May 2024 09:1${n}\nTo: Board members\nSubject: Budget draft ${n}\n`;
    const text = `${HEADS[0]}\n\nBy ${AUTHORS[0]}\n\n${DAYS[0][0]}\n\n${BODIES[0].slice(0, 2).join("\n\n")}\n\n${mail(1)}\n${BODIES[0][2]}\n\n\n\n${mail(2)}\n${BODIES[0][3]}\n\n${BODIES[1].join("\n\n")}\n`;
    const r = run("one.txt", text);
    expect(r.articles.map((a) => a.title)).toEqual([HEADS[0]]);
    expect(r.articles[0].text).toContain("Subject: Budget draft 2");
  });
});

describe("split: a newsletter's masthead with the issue's date above its numbered stories", () => {
  const letter =
    "The Valley Letter\nIssue 42, 10 May 2024\n\nIn this issue: three stories from around the valley.\n\n" +
    [0, 1, 2].map((i) => `${i + 1}. ${HEADS[i]}\nBy ${AUTHORS[i]} | ${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n`).join("\n");

  it("three articles; the first has its own headline and date, not the masthead's, and the masthead goes to the audit", () => {
    const r = run("letter.txt", letter);
    expect(r.articles.map((a) => a.title?.replace(/^\d\.\s*/, ""))).toEqual(HEADS);
    expect(r.articles.map((a) => a.author)).toEqual(AUTHORS);
    expect(r.articles.map((a) => a.published?.slice(0, 10))).toEqual(DAYS.map((d) => d[1]));
    expect(r.articles[0].text).not.toContain("In this issue");
    expect(r.removed.some((x) => x.text.includes("In this issue"))).toBe(true);
    expectKept(r, BODIES.flat());
  });

  it("a short first story (two brief paragraphs under its headline and date) is no preamble: its text stays in an article", () => {
    const brief = ["The ferry will run a later boat on Fridays from June, the operator said.", "The last boat will leave the harbour at eleven at night."];
    const text = `${HEADS[0]}\n${DAYS[0][0]}\n\n${brief.join("\n\n")}\n\n` + [1, 2].map((i) => `${HEADS[i]}\n${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n`).join("\n");
    const r = run("short.txt", text);
    expect(r.articles.some((a) => a.text.includes(brief[0]))).toBe(true);
    expect(r.removed.some((x) => x.rule === "split/preamble")).toBe(false);
  });

  it("a single dated story under the same masthead stays one article, its text whole", () => {
    const page = `The Valley Letter\nIssue 42, 10 May 2024\n\n${HEADS[0]}\nBy ${AUTHORS[0]} | ${DAYS[0][0]}\n\n${BODIES[0].join("\n\n")}\n`;
    const r = run("one.txt", page);
    expect(r.articles).toHaveLength(1);
    expectKept(r, BODIES[0]);
  });
});
