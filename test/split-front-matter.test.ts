/**
 * Markdown files with YAML front matter (static-site posts, notes-app and Markdown exports): the title, author and date
 * the front matter declares are the article's own, for each file of a concatenation and for a single file, and its rows
 * go to the audit, not into the text. Every text here is invented.
 */
import { describe, expect, it } from "vitest";
import { AUTHORS, BODIES, DAYS, HEADS, run } from "./helpers/split-text.ts";
import { mergeMeta } from "../stages/split/index.ts";

/** Post `i` as a static-site generator stores it: front matter (its rows given), then the text, no headline of its own. */
const post = (i: number, rows: string[]) => `---\n${rows.join("\n")}\n---\n\n${BODIES[i].join("\n\n")}\n`;
const standard = (i: number) => post(i, [`title: "${HEADS[i]}"`, `author: ${AUTHORS[i]}`, `date: ${DAYS[i][1]} 10:30:00 +0200`, "tags: [town, council]"]);

describe("front matter: the file's title, author and date", () => {
  it("three joined posts: one article each, with the title, author and date of its own front matter", () => {
    const r = run("posts.md", [0, 1, 2].map(standard).join("\n"));
    expect(r.articles.map((a) => a.title)).toEqual(HEADS);
    expect(r.articles.map((a) => a.author)).toEqual(AUTHORS);
    expect(r.articles.map((a) => a.published)).toEqual(DAYS.map((d) => `${d[1]}T10:30:00+02:00`));
    expect(r.articles.map((a) => a.published_source)).toEqual(["meta", "meta", "meta"]);
    for (const a of r.articles) expect(a.text).not.toMatch(/^(?:title|author|date|tags):/m);
    const rows = r.removed.filter((x) => x.rule === "split/front-matter").map((x) => x.text);
    expect(rows).toContain(`author: ${AUTHORS[1]}`);
    expect(rows.filter((t) => t === "---")).toHaveLength(6);
  });

  it("a single post: its front matter names the article, and its rows leave the text", () => {
    const r = run("post.md", standard(1));
    expect(r.articles).toHaveLength(1);
    const [a] = r.articles;
    expect([a.title, a.author, a.published]).toEqual([HEADS[1], AUTHORS[1], `${DAYS[1][1]}T10:30:00+02:00`]);
    expect(a.text.startsWith(BODIES[1][0])).toBe(true);
    expect(r.removed.filter((x) => x.rule === "split/front-matter").map((x) => x.text)).toContain("tags: [town, council]");
  });

  it("quoted titles, a bare date, authors as a flow list and as a block list", () => {
    const r = run(
      "posts.md",
      [
        post(0, ["title: 'The ferry''s new boats'", `date: ${DAYS[0][1]}`, `authors: [${AUTHORS[0]}, ${AUTHORS[1]}]`]),
        post(1, [`title: "Market hall: \\"reopened\\""`, `date: ${DAYS[1][1]}`, "authors:", `  - ${AUTHORS[1]}`, `  - ${AUTHORS[2]}`]),
      ].join("\n"),
    );
    expect(r.articles.map((a) => a.title)).toEqual(["The ferry's new boats", 'Market hall: "reopened"']);
    expect(r.articles.map((a) => a.author)).toEqual([`${AUTHORS[0]}, ${AUTHORS[1]}`, `${AUTHORS[1]}, ${AUTHORS[2]}`]);
    expect(r.articles.map((a) => a.published)).toEqual([DAYS[0][1], DAYS[1][1]]);
  });

  it("an author value that is a handle, an address or a web address names nobody", () => {
    const r = run(
      "posts.md",
      [
        post(0, [`title: ${HEADS[0]}`, `date: ${DAYS[0][1]}`, "author: awells"]),
        post(1, [`title: ${HEADS[1]}`, `date: ${DAYS[1][1]}`, "author: tom@harbour.example"]),
        post(2, [`title: ${HEADS[2]}`, `date: ${DAYS[2][1]}`, "author: https://harbour.example/staff/mina"]),
      ].join("\n"),
    );
    expect(r.articles.map((a) => a.title)).toEqual(HEADS);
    expect(r.articles.map((a) => a.author)).toEqual([null, null, null]);
  });

  it("a single file's block of a site generator's keys only (`layout: post`): its row is no title, it goes to the audit", () => {
    const r = run("note.md", post(0, ["layout: post"]));
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].title).not.toBe("layout: post");
    expect(r.articles[0].text).not.toContain("layout");
    expect(r.removed.filter((x) => x.rule === "split/front-matter").map((x) => x.text)).toContain("layout: post");
  });

  it("a single file's `---`-fenced note at its start (no front-matter keys) is left to the cleaner", () => {
    const r = run("note.md", `---
Update: the ferry timetable below was corrected on Friday.
---

${BODIES[0].join("\n\n")}\n`);
    expect(r.articles).toHaveLength(1);
    expect(r.removed.some((x) => x.rule === "split/front-matter")).toBe(false);
    expect(r.articles[0].text).toContain(BODIES[0][3]);
  });

  it("a record's own title and author stay; its text's front matter fills only what the record does not give", () => {
    const text = standard(2);
    const r = run("export.jsonl", JSON.stringify({ url: "https://harbour.example/charter", title: "Charter found", text }) + "\n");
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].title).toBe("Charter found");
    expect(r.articles[0].author).toBe(AUTHORS[2]);
    expect(r.articles[0].published?.slice(0, 10)).toBe(DAYS[2][1]);
  });

  it("a CMS placeholder account in the front matter (Admin, Super User, Unknown…) never replaces the byline the text prints", () => {
    for (const placeholder of ["Admin", "Super User", "Unknown", "Anonymous", "Guest Author", "Staff"]) {
      const r = run("post.md", `---\ntitle: ${HEADS[0]}\nauthor: ${placeholder}\n---\n\nBy ${AUTHORS[2]}\n\n${BODIES[0].join("\n\n")}\n`);
      expect(r.articles.map((a) => a.author), placeholder).toEqual([AUTHORS[2]]);
    }
  });

  it("YAML's own forms: author objects, quoted \"Surname, Given\" names, folded and literal titles, a nested date", () => {
    const r = run(
      "posts.md",
      [
        post(0, ["title: >-", "  The ferry's", "  two new boats", "authors:", `  - name: ${AUTHORS[0]}`, "    url: https://harbour.example/ann", `  - name: ${AUTHORS[1]}`, "date:", `  published: ${DAYS[0][1]}`, "  updated: 2024-06-30"]),
        post(1, ["title: |", "  Market hall reopens", 'authors: ["Abel, Tom", "Park, Mina"]', `date: ${DAYS[1][1]}`]),
        post(2, [`title: "C# for the museum" # draft`, `author: [{name: ${AUTHORS[2]}}]`, `date: ${DAYS[2][1]}`]),
      ].join("\n"),
    );
    expect(r.articles.map((a) => a.title)).toEqual(["The ferry's two new boats", "Market hall reopens", "C# for the museum"]);
    expect(r.articles.map((a) => a.author)).toEqual([`${AUTHORS[0]}, ${AUTHORS[1]}`, "Abel, Tom, Park, Mina", AUTHORS[2]]);
    expect(r.articles.map((a) => a.published)).toEqual(DAYS.map((d) => d[1]));
  });

  it("YAML's null and boolean literals and a bare number name nothing; invisible and bidi control characters go", () => {
    const r = run(
      "posts.md",
      [
        post(0, ["title: null", "author: ~", `date: ${DAYS[0][1]}`]),
        post(1, ["title: 2024", "author: true", `date: ${DAYS[1][1]}`]),
        post(2, [`title: "Museum\\u200b finds\\u202e the\\u0007 charter"`, `author: "Mina\\u00ad Park"`, `date: ${DAYS[2][1]}`]),
      ].join("\n"),
    );
    expect(r.articles.map((a) => a.author)).toEqual([null, null, AUTHORS[2]]);
    expect(r.articles[2].title).toBe("Museum finds the charter");
    for (const a of r.articles.slice(0, 2)) expect(["null", "~", "2024"]).not.toContain(a.title);
  });

  it("a long list of authors is capped; a block YAML cannot read gives nothing and breaks nothing", () => {
    const many = Array.from({ length: 40 }, (_, k) => `  - Writer Number${String.fromCharCode(65 + (k % 26))}${k}`);
    const r = run("posts.md", [post(0, [`title: ${HEADS[0]}`, `date: ${DAYS[0][1]}`, "authors:", ...many]), post(1, [`title: ${HEADS[1]}`, `date: ${DAYS[1][1]}`, "author: [unclosed, list"])].join("\n"));
    expect(r.articles).toHaveLength(2);
    expect(r.articles[0].author!.split(", ").length).toBeLessThanOrEqual(10);
    expect(r.articles[0].author!.length).toBeLessThanOrEqual(300);
    expect(r.articles[1].author).toBeNull();
    expect(r.articles[1].text).toContain(BODIES[1][0]);
  });

  it("the diagnostics name a front-matter author's source as the front matter, a record's as the record", () => {
    expect(mergeMeta({ author: AUTHORS[0], authorFrom: "front-matter" }, { author: AUTHORS[1], authorFrom: "body-byline" }).authorFrom).toBe("front-matter");
    expect(mergeMeta({ author: AUTHORS[0] }, { author: AUTHORS[1], authorFrom: "body-byline" }).authorFrom).toBe("record");
  });
});

describe("front matter YAML cannot read: its plain `key: value` rows", () => {
  it("an unquoted title holding `: ` still names the article, with the author and date of the block", () => {
    const r = run("posts.md", [post(0, [`title: Budget: what changes for the ferry`, `author: ${AUTHORS[0]}`, `date: ${DAYS[0][1]}`]), standard(1)].join("\n"));
    expect(r.articles).toHaveLength(2);
    expect(r.articles[0].title).toBe("Budget: what changes for the ferry");
    expect(r.articles[0].author).toBe(AUTHORS[0]);
    expect(r.articles[0].published).toBe(DAYS[0][1]);
    expect(r.articles[1].title).toBe(HEADS[1]);
    expect(r.articles[0].text).not.toMatch(/^title:/m);
  });

  it("an invalid block's literals, numbers, flow lists and indented rows name nothing; a block list of authors is read", () => {
    const r = run(
      "posts.md",
      [
        post(0, ["title: null", "author: [Ann Wells, unclosed", "summary: a: b", `date: ${DAYS[0][1]}`]),
        post(1, ["title: 2024", "author: true", "note: x: y", "  title: Nested: not the title", `date: ${DAYS[1][1]}`]),
        post(2, [`title: "Museum: the charter"`, "note: a: b", "authors:", `  - ${AUTHORS[1]}`, `  - ${AUTHORS[2]}`, `date: ${DAYS[2][1]}`]),
      ].join("\n"),
    );
    expect(r.articles).toHaveLength(3);
    expect(r.articles.map((a) => a.author)).toEqual([null, null, `${AUTHORS[1]}, ${AUTHORS[2]}`]);
    for (const a of r.articles.slice(0, 2)) expect(["null", "2024", "Nested: not the title"]).not.toContain(a.title);
    expect(r.articles[2].title).toBe("Museum: the charter");
    expect(r.articles.map((a) => a.published)).toEqual(DAYS.map((d) => d[1]));
  });
});
