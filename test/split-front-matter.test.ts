/**
 * Markdown files with YAML front matter (static-site posts, notes-app and Markdown exports): the title, author and date
 * the front matter declares are the article's own, for each file of a concatenation and for a single file, and its rows
 * go to the audit, not into the text. Every text here is invented.
 */
import { describe, expect, it } from "vitest";
import { AUTHORS, BODIES, DAYS, HEADS, run } from "./helpers/split-text.ts";

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

  it("a single file's block that names no post (a layout and tags only) is left to the cleaner", () => {
    const r = run("note.md", post(0, ["layout: note", "tags: [town]"]));
    expect(r.articles).toHaveLength(1);
    expect(r.removed.some((x) => x.rule === "split/front-matter")).toBe(false);
    expect(r.articles[0].title).not.toBe("layout: note");
  });

  it("a record's own title and author stay; its text's front matter fills only what the record does not give", () => {
    const text = standard(2);
    const r = run("export.jsonl", JSON.stringify({ url: "https://harbour.example/charter", title: "Charter found", text }) + "\n");
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].title).toBe("Charter found");
    expect(r.articles[0].author).toBe(AUTHORS[2]);
    expect(r.articles[0].published?.slice(0, 10)).toBe(DAYS[2][1]);
  });
});
