/**
 * Split: guards against over-cutting of Markdown section breaks written by converters, of a single post's
 * `---`-fenced blocks, of articles quoting signed and dated items, of headlines naming a digest; a linear thematic
 * break on long lines; a text dump with `#` comments keeping its joiner rules. Every text here is invented.
 */
import { describe, expect, it } from "vitest";
import { isMastheadLine } from "../stages/clean/stories-briefs.ts";
import { findStories } from "../stages/clean/stories.ts";
import { AUTHORS, BODIES, DAYS, expectKept, HEADS, run, signedStory } from "./helpers/split-text.ts";

/** Long invented paragraphs of one feature (about 60 words each), numbered so that none repeats. */
const featurePara = (n: number) =>
  `On the ${n}th morning of the survey the volunteers walked the towpath again, counting the moored boats, noting which of them had smoke at the chimney and which had a padlock on the hatch, and by noon the tally for the stretch below the mill had changed by ${n} boats since the previous week, which the surveyors put down to the weather and the closing of the lock.`;

describe("a single web page converted to Markdown with '---' for every <hr>", () => {
  // A page's menu, its article (long sections, each closing on a photo caption, a box of topic links between them),
  // share links and a copyright line, each under a rule with blank lines around it, as converters lay out an <hr>.
  const menu = ["Home", "News", "Sport", "Weather", "Contact"].map((w) => `[${w}](/${w.toLowerCase()})`).join("\n\n");
  const topics = ["Canals", "Boats", "Waterways", "Locks", "Towpaths"].map((w) => `[${w}](/topics/${w.toLowerCase()})`).join("\n\n");
  const section = (s: number) => [0, 1, 2, 3, 4, 5].map((p) => featurePara(s * 6 + p + 1)).join("\n\n");
  const page = (rule: string) =>
    [
      menu,
      `# Counting the boats on the canal\n\nBy ${AUTHORS[0]}\n\n${DAYS[0][0]}\n\n${section(0)}\n\nPhoto: the lock keeper at dawn`,
      `${topics}\n\n${section(1)}\n\nPhoto: the towpath below the mill`,
      topics,
      "Share this story\n\n[Facebook](/share/fb)\n\n[Email](/share/mail)",
      "© 2024 The Canal Gazette. All rights reserved.\n",
    ].join(`\n\n\n${rule}\n\n\n`);

  for (const rule of ["---", "***", "___"]) {
    it(`every <hr> as "${rule}" (a box of topic links inside the article): one article, every paragraph of the body in it`, () => {
      const r = run("page.md", page(rule));
      expect(r.articles).toHaveLength(1);
      for (let n = 1; n <= 12; n++) expect(r.articles[0].text).toContain(featurePara(n));
    });
  }

  it("three signed, dated stories under '---' are still cut, one article each", () => {
    const story = (i: number) => `# ${HEADS[i]}\n\nBy ${AUTHORS[i]}\n\n${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n`;
    const r = run("digest.md", [0, 1, 2].map(story).join("\n---\n\n"));
    expect(r.articles.map((a) => a.title)).toEqual(HEADS);
  });
});

describe("a single post whose body holds a `---`-fenced block of `Word: text` lines", () => {
  const front = "---\ntitle: Notes from the allotment\ndate: 2024-06-02\ntags:\n  - garden\n---\n";
  const head = `# Notes from the allotment\n\n${BODIES[0].slice(0, 2).join("\n\n")}\n\n## The beans\n\n${BODIES[1].slice(0, 2).join("\n\n")}\n`;
  const tail = `## Next month\n\n${BODIES[2].slice(0, 2).join("\n\n")}\n`;
  const blocks: [string, string][] = [
    ["a note and a correction", "Note: this post first gave the wrong week for the seed swap.\nCorrection: the swap is on the second Saturday."],
    ["an interview's questions and answers", "Q: How long have you kept the plot?\nA: Eleven years, and the shed is older than that."],
    ["a chat log", "dana: are the beans in yet\nsam: two rows, the rest go in on Sunday"],
  ];
  for (const [what, block] of blocks) {
    it(`${what}: one article, the block's lines and the text after it kept in it`, () => {
      const r = run("post.md", `${front}\n${head}\n---\n${block}\n---\n\n${tail}`);
      expect(r.articles).toHaveLength(1);
      expectKept(r, [...BODIES[0].slice(0, 2), ...BODIES[1].slice(0, 2), ...BODIES[2].slice(0, 2)]);
      expect(r.articles[0].text).toContain(BODIES[2][0]);
      expect(r.removed.some((x) => x.rule === "split/separator" && x.text.includes(block.split("\n")[0]))).toBe(false);
    });
  }

  it("posts joined with front matter of the same keys are still cut", () => {
    const fm = (i: number) => `---\ntitle: "${HEADS[i]}"\ndate: ${DAYS[i][1]}\n---\n`;
    const r = run("posts.md", [0, 1, 2].map((i) => `${fm(i)}\n# ${HEADS[i]}\n\n${BODIES[i].slice(0, 2).join("\n\n")}\n`).join("\n"));
    expect(r.articles.map((a) => a.title)).toEqual(HEADS);
  });
});

describe("a Markdown line of a break's characters and 100,000 blanks", () => {
  const blanks = " ".repeat(100_000);
  const story = (i: number) => `# ${HEADS[i]}\n\nBy ${AUTHORS[i]}\n\n${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n`;

  it("with a letter at its end: no break, one article", () => {
    const text = `# Notes\n\n${BODIES[0].join("\n\n")}\n\n---${blanks}x\n\n## More\n\n${BODIES[1].join("\n\n")}\n`;
    expect(findStories(text)).toHaveLength(1);
  });

  it("with nothing after the blanks: still a break between stories", () => {
    for (const rule of [`---${blanks}`, `_ _ _${blanks}`]) {
      const r = run("digest.md", [0, 1, 2].map(story).join(`\n${rule}\n\n`));
      expect(r.articles.map((a) => a.title), rule.slice(0, 5)).toEqual(HEADS);
    }
  });
});

describe("three signed, dated items or more inside one piece, joined by blank lines", () => {
  // Invented letters: a heading, a signature row, a date row and two paragraphs each.
  const LETTERS: [string, string, string, string[]][] = [
    ["Yvonne Marsh", "2 March 2024", "14 March 2024", [
      "I have swum in the lido every summer since I was nine, and I cannot imagine the park without the sound of it on a hot afternoon.",
      "If the council needs money for the pumps, let it ask us: half the street would put in a few pounds a month without being asked twice.",
    ]],
    ["Colin Baird", "5 March 2024", "15 March 2024", [
      "The lido loses money every year and always has, and I would rather the budget went to the library, which is open all year round.",
      "A splash park would cost a fraction to run, and the children who use the lido now would hardly notice the difference by August.",
    ]],
    ["Priya Nair", "9 March 2024", "16 March 2024", [
      "My grandmother learned to swim there in the fifties, and the tiles at the deep end are the same ones she remembered all her life.",
      "Listing the building would not stop the council closing it, but it would stop anyone pulling down the changing rooms in a hurry.",
    ]],
  ];
  const INTRO = "When the council put the old lido up for sale, the letters page filled for a month; we print three of them here, lightly trimmed.";
  const OUTRO = "The council has since delayed its decision until the autumn, and a residents' group has asked for the building to be listed.";

  for (const [what, heading] of [
    ["a letters feature (repeated letter headings)", () => "Letter to the editor"],
    ["a letters feature (each letter under its own heading)", (i: number) => `${LETTERS[i][0].split(" ")[0]} on the lido`],
  ] as const) {
    it(`${what}, dated before the feature: one article, every letter and the closing paragraph in it`, () => {
      const letters = LETTERS.map(([who, day, , ps], i) => `${heading(i)}\nBy ${who}\n${day}\n\n${ps.join("\n\n")}`);
      const text = `Readers write about the lido\nBy ${AUTHORS[1]}\n20 March 2024\n\n${INTRO}\n\n${letters.join("\n\n")}\n\n${OUTRO}\n`;
      const r = run("letters.txt", text);
      expect(r.articles).toHaveLength(1);
      expectKept(r, [INTRO, OUTRO, ...LETTERS.flatMap((l) => l[3])]);
      expect(r.articles[0].text).toContain(OUTRO);
    });
  }

  it("a post and its comments, each headed 'Re:' and signed and dated: one article, every comment in it", () => {
    const post = `Why we closed the lido on Sundays\nBy ${AUTHORS[2]}\n1 March 2024\n\n${BODIES[2].slice(0, 3).join("\n\n")}`;
    const comments = LETTERS.map(([who, , day, ps]) => `Re: Why we closed the lido on Sundays\nBy ${who}\n${day}\n\n${ps.join("\n\n")}`);
    const r = run("post.txt", `${post}\n\n3 comments\n\n${comments.join("\n\n")}\n`);
    expect(r.articles).toHaveLength(1);
    for (const p of LETTERS.flatMap((l) => l[3])) expect(r.articles[0].text).toContain(p);
  });

  for (const [what, order] of [["oldest first", [0, 1, 2]], ["newest first (an archive's order)", [2, 1, 0]]] as const) {
    it(`three short signed stories of three days, ${what}, distinct headlines: still one article each`, () => {
      const r = run("dump.txt", order.map((i) => signedStory(i, { paras: 2 })).join("\n\n\n"));
      expect(r.articles.map((a) => a.title)).toEqual(order.map((i) => HEADS[i]));
    });
  }
});

describe("a newsletter's masthead by its form, not its words", () => {
  it("mastheads: an issue number opening the line, a title-case name ending in a newsletter's word", () => {
    for (const t of ["Issue 42", "No. 118 · 7 May 2024", "Vol. 3", "The Hillside Bulletin", "Riverside Newsletter", "**Evening Briefing**", "# Friends of the Orchard Newsletter", "Parish Digest — Issue 9"])
      expect(isMastheadLine(t), t).toBe(true);
  });

  it("headlines and titles naming a digest, a briefing or a number: no masthead", () => {
    for (const t of ["Our best 12 picnic spots, No. 3", "The summer digest: five walks to try", "What the minister's briefing left out", "Inside the newsletter that nobody reads", "A bulletin from the front line of the flood"])
      expect(isMastheadLine(t), t).toBe(false);
  });

  const briefs = [
    ["Pool reopens", "The swimming pool on Mill Road reopens on Saturday after a month of repairs to its roof and changing rooms."],
    ["Parking charges rise", "Parking in the town centre car parks will cost twenty pence more an hour from next month, the council said."],
    ["Orchard open day", "The community orchard holds its open day on Sunday, with apple pressing and a guided walk for families."],
    ["Bus stop moved", "The bus stop outside the post office moves fifty yards along the street while the pavement is relaid."],
  ];
  for (const title of ["Our best 12 picnic spots, No. 3", "The summer digest: five things to do", "What the minister's briefing left out"]) {
    it(`"${title}" over a date, then four short pieces under rules: one article, its title kept`, () => {
      const text = `${title}\n12 June 2024\n\n----------\n\n${briefs.map(([h, p]) => `${h}\n\n${p}`).join("\n\n----------\n\n")}\n`;
      const r = run("page.txt", text);
      expect(r.articles).toHaveLength(1);
      expect(r.removed.some((x) => x.text.includes(title))).toBe(false);
    });
  }
});

describe("a text dump with '#' comment lines, its rules of '=' right under its stories", () => {
  it("three signed, dated stories, a shell snippet with two '# ' comments in the first: three articles", () => {
    const rule = "=".repeat(50);
    const snippet = "# rotate the logs\nlogrotate /etc/logrotate.conf\n# sync the archive\nrsync -a logs/ backup:logs/";
    const stories = [0, 1, 2].map((i) => `${signedStory(i, { paras: 3 })}${i === 0 ? `\n\n${snippet}` : ""}\n${rule}\n`);
    const r = run("dump.txt", stories.join(""));
    expect(r.articles).toHaveLength(3);
    expect(r.articles.map((a) => a.author)).toEqual(AUTHORS);
    r.articles.forEach((a, i) => expect(a.text).toContain(BODIES[i][0]));
  });
});
