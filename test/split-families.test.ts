/**
 * Files that hold several articles, family by family and renderer by renderer: each file is built
 * from invented stories (a headline, its own byline and date, paragraphs), joined the way one
 * family of tools joins them. Checked as a user would: one article per story, each with its OWN
 * title, author and date (never the first story's), and nothing lost: every paragraph of the input
 * is in exactly one article, or in the audit of removed boilerplate.
 */
import { describe, expect, it } from "vitest";
import { processFile, type FileResult } from "../pipeline/document.ts";

interface Story {
  title: string;
  author: string;
  /** Written date, and the ISO day it means. */
  date: [string, string];
  paras: string[];
}

const TOPICS = [
  ["harbour", "dredging of the eastern channel", "Jane Roe", ["5 March 2024", "2024-03-05"]],
  ["valley", "railway line to the upper villages", "Tom Abel", ["12 April 2024", "2024-04-12"]],
  ["orchard", "cooperative that buys the hill farmers' apples", "Mina Park", ["2 May 2024", "2024-05-02"]],
  ["lighthouse", "restoration of the old lamp room", "Olu Bright", ["19 June 2024", "2024-06-19"]],
] as const;

/** An invented story about `topic`: four paragraphs of plain prose, each one distinct. */
function story(n: number): Story {
  const [word, what, author, date] = TOPICS[n];
  const cap = word[0].toUpperCase() + word.slice(1);
  const paras = [
    `The ${word} council voted on Tuesday to go ahead with the ${what}, after a debate that ran late into the evening and drew a crowd of residents to the town hall.`,
    `Supporters of the ${word} plan said the work would bring jobs to the area, while those against it warned that the cost had already doubled since the first estimate was published.`,
    `The chair of the ${word} committee said that a public meeting would be held next month, so that people could see the drawings and put their questions to the engineers in person.`,
    `Work on the ${what} is expected to start in the autumn and to take about two years, the ${word} council said in a statement released after the vote.`,
  ];
  return { title: `${cap} council backs the ${what.split(" ").slice(0, 3).join(" ")} plan`, author, date: [date[0], date[1]], paras };
}

const STORIES = [0, 1, 2, 3].map(story);

type Renderer = "text" | "innertext" | "markdown";

/** One story as a renderer prints it (headline, byline, date line, paragraphs). */
function render(s: Story, r: Renderer): string {
  const head = r === "markdown" ? `## ${s.title}\n\n` : `${s.title}\n\n`;
  const gap = r === "innertext" ? "\n" : "\n\n";
  return `${head}By ${s.author}${gap}${s.date[0]}\n\n${s.paras.join("\n\n")}\n`;
}

function run(name: string, text: string): FileResult {
  return processFile(name, Buffer.from(text, "utf8"), { skip: new Set(["entities", "dates"]) });
}

/**
 * The checks of every family: one article per story, in order, each with its own title, author
 * and date; every paragraph in exactly one article (or in the removed audit, never in two places).
 */
function expectStories(r: FileResult, stories: Story[], opts: { meta?: boolean } = {}): void {
  expect(r.articles.map((a) => a.title)).toHaveLength(stories.length);
  stories.forEach((s, i) => {
    const a = r.articles[i];
    for (const p of s.paras) expect(a.text).toContain(p);
    if (opts.meta !== false) {
      expect(a.title).toBe(s.title);
      expect(a.author).toBe(s.author);
      expect(a.published?.slice(0, 10)).toBe(s.date[1]);
    }
  });
  expectNothingLost(r, stories);
}

/** Every paragraph of the input is in exactly one article, or in the audit of removed text; never both, never twice. */
function expectNothingLost(r: FileResult, stories: Story[]): void {
  for (const s of stories) {
    for (const p of s.paras) {
      const inArticles = r.articles.filter((a) => a.text.includes(p)).length;
      const inRemoved = r.removed.filter((x) => x.text.includes(p)).length;
      expect(inArticles + inRemoved, p.slice(0, 40)).toBe(1);
    }
  }
}

const RENDERERS: Renderer[] = ["text", "innertext", "markdown"];

describe("separators written between stories", () => {
  const SEPARATORS: [string, string][] = [
    ["a row of =", "=========="],
    ["a row of -", "----------"],
    ["a row of *", "**********"],
    ["spaced asterisks", "* * *"],
    ["hashes", "###"],
    ["a row of _", "__________"],
  ];
  for (const r of RENDERERS) {
    for (const [label, sep] of SEPARATORS) {
      it(`${r}: stories joined by ${label}`, () => {
        const text = STORIES.slice(0, 3).map((s) => render(s, r)).join(`\n${sep}\n\n`);
        expectStories(run(`digest.${r === "markdown" ? "md" : "txt"}`, text), STORIES.slice(0, 3));
      });
    }
  }
});

describe("repeated page furniture", () => {
  for (const r of RENDERERS) {
    it(`${r}: the same masthead above every story`, () => {
      const masthead = "THE HARBOUR GAZETTE\nNews | Sport | Weather | Letters\nSubscribe\n\n";
      const text = STORIES.slice(0, 3).map((s) => masthead + render(s, r)).join("\n");
      expectStories(run(`mast.${r === "markdown" ? "md" : "txt"}`, text), STORIES.slice(0, 3));
    });
  }

  it("a print export's 'Page N of M' lines inside one long story do not cut it", () => {
    const s = STORIES[0];
    const text = `${s.title}\n\nBy ${s.author}\n\n${s.date[0]}\n\n${s.paras[0]}\n\n${s.paras[1]}\n\nPage 1 of 2\n\n${s.paras[2]}\n\n${s.paras[3]}\n\nPage 2 of 2\n`;
    const r = run("print.txt", text);
    expect(r.articles).toHaveLength(1);
    expectNothingLost(r, [s]);
  });

  it("a news-database export's 'Document N of M' headers cut the stories", () => {
    const text = STORIES.slice(0, 3).map((s, i) => `Document ${i + 1} of 3\n\n${render(s, "text")}`).join("\n");
    expectStories(run("export.txt", text), STORIES.slice(0, 3));
  });
});

describe("digests and wire dumps", () => {
  it("a numbered digest whose entries each carry a byline and a date is one article per entry", () => {
    const text = STORIES.slice(0, 3).map((s, i) => `${i + 1}. ${s.title}\nBy ${s.author}, ${s.date[0]}\n\n${s.paras.join("\n\n")}\n`).join("\n");
    const r = run("digest.txt", text);
    expect(r.articles).toHaveLength(3);
    STORIES.slice(0, 3).forEach((s, i) => {
      expect(r.articles[i].text).toContain(s.paras[0]);
      expect(r.articles[i].author).toBe(s.author);
    });
    expectNothingLost(r, STORIES.slice(0, 3));
  });

  it("a numbered list inside one article (no bylines, no dates) stays one article", () => {
    const s = STORIES[0];
    const text = `${s.title}\n\nBy ${s.author}\n\n${s.date[0]}\n\n` + s.paras.map((p, i) => `${i + 1}. What the plan means, part ${i + 1}\n\n${p}`).join("\n\n") + "\n";
    expect(run("list.txt", text).articles).toHaveLength(1);
  });

  it("an archive of date + headline rows, each over its story", () => {
    const text = STORIES.slice(0, 3).map((s) => `${s.date[1]} | ${s.title}\nBy ${s.author}\n\n${s.paras.join("\n\n")}\n`).join("\n");
    const r = run("archive.txt", text);
    expect(r.articles).toHaveLength(3);
    STORIES.slice(0, 3).forEach((s, i) => {
      expect(r.articles[i].text).toContain(s.paras[3]);
      expect(r.articles[i].published?.slice(0, 10)).toBe(s.date[1]);
    });
    expectNothingLost(r, STORIES.slice(0, 3));
  });

  for (const [label, gap] of [["a blank line", "\n"], ["no blank line", ""]] as const) {
    it(`a wire dump whose stories each end with the agency's copyright notice, ${label} before the next headline: one article each`, () => {
      const text = STORIES.slice(0, 3)
        .map((s) => `${s.title}\nBy ${s.author}, Coastal Wire\n${s.date[0]}\n\n${s.paras.join("\n\n")}\n© 2024 Coastal Wire. All rights reserved.\n`)
        .join(gap);
      const r = run("wire.txt", text);
      expectStories(r, STORIES.slice(0, 3));
      for (const a of r.articles) expect(a.text).not.toContain("All rights reserved");
    });
  }

  it("a wire dump: headlines over dateline leads, one blank line between stories", () => {
    const places = ["HARBOURTOWN", "UPPER VALE", "HILLBURY"];
    const text = STORIES.slice(0, 3)
      .map((s, i) => `${s.title}\n\n${places[i]}, ${s.date[0].replace(/ 2024$/, "")} (Coastal Wire) - ${s.paras[0]}\n\n${s.paras.slice(1).join("\n\n")}\n`)
      .join("\n");
    const r = run("wire.txt", text);
    expect(r.articles.map((a) => a.title)).toEqual(STORIES.slice(0, 3).map((s) => s.title));
    expectNothingLost(r, STORIES.slice(0, 3));
  });
});

describe("a page's own sections after its footer", () => {
  it("a list of teasers (headline, one-paragraph standfirst) after a page's footer and tags stays with the page", () => {
    const s = STORIES[0];
    const teasers = STORIES.slice(1, 4)
      .map((t) => `${t.title}\n\n${t.paras[1]} Read the full story on the website.\n`)
      .join("\n");
    const text =
      `Home\nNews\nSport\nWeather\n\n${render(s, "text")}\nPrivacy Policy | Terms of Use\n© 2024 Harbour Gazette. All rights reserved.\n\n\n` +
      ` * Harbour\n * Council\n * Dredging\n * Local news\n\n${teasers}`;
    const r = run("page.txt", text);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].title).toBe(s.title);
    expect(r.articles[0].text).toContain(s.paras[3]);
  });
});

describe("digests of two bare stories", () => {
  it("two stories, each a headline over its own byline and date, one blank line between: two articles with their own metadata", () => {
    const text = STORIES.slice(0, 2).map((s) => `${s.title}\nBy ${s.author}\n${s.date[0]}\n\n${s.paras.join("\n\n")}\n`).join("\n");
    expectStories(run("two.txt", text), STORIES.slice(0, 2));
  });

  for (const r of RENDERERS) {
    it(`${r}: two rendered stories joined by one blank line: two articles with their own metadata`, () => {
      const text = STORIES.slice(1, 3).map((s) => render(s, r)).join("\n");
      expectStories(run(`two.${r === "markdown" ? "md" : "txt"}`, text), STORIES.slice(1, 3));
    });
  }

  it("three headline-less wire items, each opening with its dateline lead: three articles", () => {
    const places = ["HARBOURTOWN", "UPPER VALE", "ORCHARD HILL"];
    const text = STORIES.slice(0, 3)
      .map((s, i) => `${places[i]}, ${s.date[0].replace(/ 2024$/, "")} (Coastal Wire) - ${s.paras[0]}\n\n${s.paras.slice(1).join("\n\n")}\n`)
      .join("\n");
    const r = run("wire.txt", text);
    expect(r.articles).toHaveLength(3);
    STORIES.slice(0, 3).forEach((s, i) => {
      expect(r.articles[i].text).toContain(s.paras[1]);
      expect(r.articles[i].text).toContain(s.paras[3]);
    });
    expectNothingLost(r, STORIES.slice(0, 3));
  });

  it("a headline over a wire lead keeps the headline as the item's title (the cut falls above the headline)", () => {
    const places = ["HARBOURTOWN", "UPPER VALE"];
    const text = STORIES.slice(0, 2)
      .map((s, i) => `${s.title}\n\n${places[i]}, ${s.date[0].replace(/ 2024$/, "")} (Coastal Wire) - ${s.paras[0]}\n\n${s.paras.slice(1).join("\n\n")}\n`)
      .join("\n");
    const r = run("wire.txt", text);
    expect(r.articles.map((a) => a.title)).toEqual(STORIES.slice(0, 2).map((s) => s.title));
  });

  it("three headline-less entries, each opening with its own date line (a diary or archive export): three articles with their own dates", () => {
    const text = STORIES.slice(0, 3).map((s) => `${s.date[0]}\n\n${s.paras.join("\n\n")}\n`).join("\n");
    const r = run("entries.txt", text);
    expect(r.articles.map((a) => a.published?.slice(0, 10))).toEqual(STORIES.slice(0, 3).map((s) => s.date[1]));
    STORIES.slice(0, 3).forEach((s, i) => expect(r.articles[i].text).toContain(s.paras[3]));
    expectNothingLost(r, STORIES.slice(0, 3));
  });

  it("a story under a headline whose later updates open with dated 'Updated' rows stays one article", () => {
    const s = STORIES[0];
    const text = `${s.title}\nBy ${s.author}\n\n${s.paras.join("\n\n")}\n\nUpdated ${s.date[0]} 10:32\n\n${STORIES[1].paras.join("\n\n")}\n\nUpdated ${s.date[0]} 11:05\n\n${STORIES[2].paras.join("\n\n")}\n`;
    expect(run("live.txt", text).articles).toHaveLength(1);
  });

  it("two entries under one repeated byline (a live blog's updates) stay one article", () => {
    const s = STORIES[0];
    const text = `${s.title}\nBy ${s.author}\n\n${s.paras.slice(0, 2).join("\n\n")}\n\nCrowds gather outside the town hall\nBy ${s.author}\n\n${s.paras.slice(2).join("\n\n")}\n`;
    expect(run("live.txt", text).articles).toHaveLength(1);
  });
});

describe("single articles that look like digests stay one article", () => {
  // One story's text in two or three parts, each opening with a row that a digest's entry could open with.
  const s = STORIES[0];
  const part = (n: number) => STORIES[n].paras.join("\n\n");
  const one = (name: string, text: string) => {
    const r = run(name, text);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].text).toContain(STORIES[1].paras[3]);
    return r;
  };

  it("a text article opening with its date row, with a second dated section further down", () => {
    one("timeline.txt", `${s.date[0]}\n\n${part(0)}\n\n${STORIES[1].date[0]}\n\n${part(1)}\n`);
  });

  it("a text article opening with its date row, with an 'Updated' row (date and time) further down", () => {
    one("updated.txt", `${s.date[0]}\n\n${part(0)}\n\nUpdated 6 March 2024 10:32\n\n${part(1)}\n\nLast updated 6 March 2024 18:02\n\n${part(2)}\n`);
  });

  it("three 'Posted on' rows of one day that differ only by the clock time", () => {
    one("posted.txt", `Posted on ${s.date[0]}\n\n${part(0)}\n\nPosted on ${s.date[0]} at 14:10\n\n${part(1)}\n\nPosted on ${s.date[0]} at 17:45\n\n${part(2)}\n`);
  });

  it("a wire wrap-up with two datelines of one agency and day", () => {
    one("wrapup.txt", `HARBOURTOWN, March 5 (Coastal Wire) - ${part(0)}\n\nUPPER VALE, March 5 (Coastal Wire) - ${part(1)}\n`);
  });

  it("a column with two contributors' 'By' rows", () => {
    one("column.txt", `By ${s.author}\n\n${part(0)}\n\nBy ${STORIES[1].author}\n\n${part(1)}\n`);
  });

  it("a text live blog of two entries by two reporters, the second stamped with a clock time only", () => {
    const r = one("live.txt", `${s.title}\nBy ${s.author}\n${s.date[0]}\n\n${part(0)}\n\nRoads reopen along the upper valley\nBy ${STORIES[1].author}\n10:42 GMT\n\n${part(1)}\n`);
    expect(r.articles[0].title).toBe(s.title);
  });

  it("an HTML article (headline, byline, standfirst) whose sections each carry a heading and a date: one article under its headline", () => {
    const sections = STORIES.slice(1, 4)
      .map((t) => `<h2 class="section-title">${t.title}</h2><div class="dateline"><time datetime="${t.date[1]}">${t.date[0]}</time></div>${t.paras.map((p) => `<p>${p}</p>`).join("")}`)
      .join("\n");
    const html = `<!doctype html><html><head><title>${s.title}</title></head><body><main><h1>${s.title}</h1><p class="byline">By ${s.author}</p><p>How the plan came about, year by year.</p>${sections}</main></body></html>`;
    const r = run("timeline.html", html);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].title).toBe(s.title);
  });

  it("an HTML live blog without <article> elements, entries by two contributors stamped with clock times: one article", () => {
    const entries = STORIES.slice(1, 4)
      .map((t, i) => `<div class="live-entry"><h2 class="entry-title">${t.title}</h2><div class="entry-meta"><time datetime="2024-03-05T2${i}:15:00Z">2${i}:15</time> <span class="author">${STORIES[i % 2].author}</span></div>${t.paras.map((p) => `<p>${p}</p>`).join("")}</div>`)
      .join("\n");
    const html = `<!doctype html><html><head><title>${s.title}</title></head><body><main><h1>${s.title} live</h1>${entries}</main></body></html>`;
    const r = run("live.html", html);
    expect(r.articles).toHaveLength(1);
    expectNothingLost(r, STORIES.slice(1, 4));
  });
});

describe("records and HTML pages that hold several stories", () => {
  it("an HTML feed page whose posts set their byline and date in <p> rows: one article each, with their own metadata", () => {
    const body = STORIES.slice(0, 3)
      .map((s) => `<div class="post"><h2 class="entry-title">${s.title}</h2><p class="byline">By ${s.author}</p><p class="dateline"><time datetime="${s.date[1]}">${s.date[0]}</time></p>${s.paras.map((p) => `<p>${p}</p>`).join("")}</div>`)
      .join("\n");
    const html = `<!doctype html><html><head><title>Harbour Gazette: latest</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main>${body}</main><footer>© 2024 Harbour Gazette</footer></body></html>`;
    const r = run("feed.html", html);
    expect(r.articles.map((a) => a.title)).toEqual(STORIES.slice(0, 3).map((s) => s.title));
    STORIES.slice(0, 3).forEach((s, i) => expect(r.articles[i].author).toBe(s.author));
  });

  it("a JSON Lines record whose text holds stories joined by rules: one article each, with their own titles", () => {
    const text = STORIES.slice(0, 3).map((s) => render(s, "text")).join("\n==========\n\n");
    const line = JSON.stringify({ id: "r1", site: "Harbour Gazette", text }) + "\n" + JSON.stringify({ id: "r2", text: render(STORIES[3], "text") }) + "\n";
    const r = run("export.jsonl", line);
    expect(r.articles.map((a) => a.record_id)).toEqual(["r1", "r1", "r1", "r2"]);
    expect(r.articles.map((a) => a.title)).toEqual(STORIES.map((s) => s.title));
    expect(r.articles.map((a) => a.author)).toEqual(STORIES.map((s) => s.author));
    expectNothingLost(r, STORIES);
  });

  it("a JSON Lines record whose text is one story with sub-headings stays one article", () => {
    const s = STORIES[0];
    const text = `${s.paras[0]}\n\nWhat comes next\n\n${s.paras[1]}\n\n${s.paras[2]}\n\nThe money\n\n${s.paras[3]}`;
    const r = run("export.jsonl", JSON.stringify({ id: "r1", title: s.title, text }) + "\n");
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].title).toBe(s.title);
  });

  it("an HTML newsletter page listing several full articles: one article each, with their own metadata", () => {
    const body = STORIES.slice(0, 3)
      .map((s) => `<article><h2>${s.title}</h2><p class="byline">By ${s.author}</p><time datetime="${s.date[1]}">${s.date[0]}</time>${s.paras.map((p) => `<p>${p}</p>`).join("")}</article>`)
      .join("\n");
    const html = `<!doctype html><html><head><title>The Harbour Gazette weekly digest</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><h1>Weekly digest</h1>${body}</main><footer>© 2024 Harbour Gazette</footer></body></html>`;
    const r = run("digest.html", html);
    expect(r.articles.map((a) => a.title)).toEqual(STORIES.slice(0, 3).map((s) => s.title));
    STORIES.slice(0, 3).forEach((s, i) => {
      expect(r.articles[i].author).toBe(s.author);
      expect(r.articles[i].published?.slice(0, 10)).toBe(s.date[1]);
    });
    expectNothingLost(r, STORIES.slice(0, 3));
  });

  it("an HTML feed page of repeated heading + byline + date blocks (no <article> elements): one article each, with their own metadata", () => {
    const body = STORIES.slice(0, 3)
      .map((s) => `<div class="post"><h2 class="entry-title">${s.title}</h2><div class="meta"><span class="author">By ${s.author}</span> <time datetime="${s.date[1]}">${s.date[0]}</time></div>${s.paras.map((p) => `<p>${p}</p>`).join("")}</div>`)
      .join("\n");
    const html = `<!doctype html><html><head><title>Harbour Gazette: latest</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav><h1>Latest stories</h1></header><main>${body}</main><footer>© 2024 Harbour Gazette</footer></body></html>`;
    const r = run("feed.html", html);
    expect(r.articles.map((a) => a.title)).toEqual(STORIES.slice(0, 3).map((s) => s.title));
    STORIES.slice(0, 3).forEach((s, i) => {
      expect(r.articles[i].author).toBe(s.author);
      expect(r.articles[i].published?.slice(0, 10)).toBe(s.date[1]);
      expect(r.articles[i].text).toContain(s.paras[3]);
      expect(r.articles[i].text).not.toContain(STORIES[(i + 1) % 3].paras[0]);
    });
  });

  it("an HTML article with sub-headings and a dated related-stories box after it stays one article", () => {
    const s = STORIES[0];
    const related = STORIES.slice(1, 4).map((t) => `<li><a href="#">${t.title}</a> <time datetime="${t.date[1]}">${t.date[0]}</time><p>${t.paras[0]}</p></li>`).join("");
    const html = `<!doctype html><html><head><title>${s.title}</title></head><body><main><h1>${s.title}</h1><p class="byline">By ${s.author}</p><time datetime="${s.date[1]}">${s.date[0]}</time><p>${s.paras[0]}</p><h2 class="sub">What the plan means</h2><p>${s.paras[1]}</p><p>${s.paras[2]}</p><h2 class="sub">Next steps</h2><p>${s.paras[3]}</p><h2 class="related">More stories</h2><ul>${related}</ul></main></body></html>`;
    const r = run("single.html", html);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].title).toBe(s.title);
  });

  it("an HTML post followed by long comments under repeated headings with their own authors and dates stays one article", () => {
    const s = STORIES[0];
    const comments = STORIES.slice(1, 3)
      .map((t, i) => `<div class="comment"><h3 class="comment-title">Reply from reader ${i + 1}</h3><span class="comment-author">${t.author}</span> <time datetime="${t.date[1]}">${t.date[0]}</time><p>${t.paras[0]}</p><p>${t.paras[1]}</p><p>${t.paras[2]}</p></div>`)
      .join("");
    const html = `<!doctype html><html><head><title>${s.title}</title></head><body><main><h1>${s.title}</h1><p class="byline">By ${s.author}</p>${s.paras.map((p) => `<p>${p}</p>`).join("")}<section class="comments">${comments}</section></main></body></html>`;
    const r = run("post.html", html);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].title).toBe(s.title);
  });

  it("an HTML live blog (timestamped entries under one headline) stays one article", () => {
    const s = STORIES[0];
    const entries = s.paras.map((p, i) => `<div class="entry"><time>1${i}:00</time><p>${p}</p></div>`).join("");
    const html = `<!doctype html><html><head><title>${s.title}</title></head><body><main><article><h1>${s.title}</h1><p class="byline">By ${s.author}</p>${entries}</article></main></body></html>`;
    const r = run("live.html", html);
    expect(r.articles).toHaveLength(1);
    expectNothingLost(r, [s]);
  });
});

describe("pages in scripts written without spaces", () => {
  it("a Chinese page after another page's footer stands as its own article", () => {
    const zh = (place: string) =>
      [0, 1, 2, 3].map((n) => `${place}市议会星期二投票决定继续推进第${n}号工程，此前的讨论一直持续到深夜，许多居民来到会场旁听并提出了自己的意见。`);
    const first = zh("港口");
    const second = zh("山谷");
    const text = `首页\n新闻\n体育\n\n港口工程计划获得通过\n\n2024年3月5日\n\n${first.join("\n\n")}\n\n隐私政策 | 使用条款\n© 2024 港口日报 版权所有\n\n\n\n\n山谷铁路明年春天重新开放\n\n${second.join("\n\n")}\n`;
    const r = run("zh.txt", text);
    expect(r.articles).toHaveLength(2);
    expect(r.articles[0].text).not.toContain(second[2]);
    expect(r.articles[1].text).toContain(second[2]);
  });

  it("a Japanese page between two English pages stands as its own article", () => {
    const ja = [
      "港の工事について、市の委員会は火曜日に計画を進めることを決めました。住民の多くが夜遅くまで会場に集まりました。",
      "計画に賛成する人たちは、工事によって地域に新しい仕事が生まれると話しました。一方で、費用が最初の見積もりの二倍になったと心配する声もありました。",
      "委員長は来月に説明会を開き、住民が図面を見て技術者に直接質問できるようにすると述べました。",
      "工事は秋に始まり、およそ二年かかる見込みだと委員会は発表しました。",
    ];
    const foot = (site: string) => `\nPrivacy Policy | Terms of Use\n© 2024 ${site}. All rights reserved.\n`;
    const en = (n: number) => `Skip to content\nHome\nNews\n\n${render(STORIES[n], "text")}${foot("Harbour Gazette")}`;
    const jaPage = `Skip to content\nホーム\nニュース\n\n港の工事、計画が前進\n\n2024年3月5日\n\n${ja.join("\n\n")}\n${foot("Minato Shimbun")}`;
    const text = [en(0), jaPage, en(1)].join("\n----------\n\n");
    const r = run("tabs.txt", text);
    expect(r.articles).toHaveLength(3);
    expect(r.articles[1].text).toContain(ja[1]);
    expect(r.articles[1].text).toContain(ja[3]);
    expect(r.articles[0].text).not.toContain(ja[1]);
    expect(r.articles[2].title).toBe(STORIES[1].title);
  });
});

describe("split: one page's own parts stay with it", () => {
  const s = STORIES[0];
  const foot = "Privacy Policy | Terms of Use\n© 2024 Harbour Gazette. All rights reserved.\n";

  it("a text live blog whose entries each show the full date and time of one day, signed by different reporters: one article", () => {
    const stamps = ["09:10", "10:42", "12:05", "14:30"];
    const entries = STORIES.map((t, i) => `${i === 0 ? "Storm live: the latest from the coast" : t.title}\nBy ${t.author}\n${s.date[0]} ${stamps[i]}\n\n${t.paras.join("\n\n")}\n`);
    const r = run("live.txt", entries.join("\n"));
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].title).toBe("Storm live: the latest from the coast");
    expectNothingLost(r, STORIES);
  });

  it("the same layout over different days is a digest: one article per story", () => {
    const text = STORIES.slice(0, 3).map((t, i) => `${t.title}\nBy ${t.author}\n${t.date[0]} 1${i}:15\n\n${t.paras.join("\n\n")}\n`).join("\n");
    const r = run("digest.txt", text);
    expect(r.articles.map((a) => a.author)).toEqual(STORIES.slice(0, 3).map((t) => t.author));
  });

  it("a consent dialog's service panels set off by rules after the footer go back to the page", () => {
    const panel = (service: string, company: string) =>
      `${service}\n${company}\nShow details\nSwitch on or off to opt out of the service ${service}\n\n` +
      `Purpose: measuring how visitors use the website, to find errors and to improve the pages over time for everyone who reads them.\n` +
      `Processing: collecting connection data, data of your web browser and data on the pages you open; storing data on your device for later visits.\n` +
      `Retention: data stays on your device for up to two years after your last visit, unless you delete it earlier in your browser settings.\n` +
      `Legal basis: your voluntary consent, which you can withdraw at any time with effect for the future in the privacy settings of this website.\n` +
      `Consequences of refusal: no direct effect on how the website works, but fewer chances for us to find errors and to develop the pages further.\n` +
      `Transfer abroad: the provider sends the data collected to its offices in other countries, where the level of data protection may be lower than here.\n` +
      `Recipients: the provider and the companies it works with to host and analyse the data, as listed in the provider's own privacy notice on its website.\n` +
      `Cookies set: one cookie that counts your visits and one that remembers the pages you have seen, both kept until you delete them in your browser.\n`;
    const text =
      `Home\nNews\nSport\nWeather\n\n${render(s, "text")}\n${foot}\nStatistics (2 services)\nSwitch on or off to opt out of the category Statistics\n\n` +
      `----------------------------------------\n\n${panel("Visitor Counter", "Example Analytics Ltd., Harbourtown")}\n` +
      `----------------------------------------\n\n${panel("Video Player", "Example Video Inc., Upper Vale")}`;
    const r = run("consent.txt", text);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].title).toBe(s.title);
    expect(r.articles[0].text).toContain(s.paras[3]);
  });

  it("a page with its own date after a rule, opening with a cookie banner line, still stands as its own article", () => {
    const second = STORIES[1];
    const text =
      `Home\nNews\n\n${render(s, "text")}\n${foot}\n----------------------------------------\n\n` +
      `We use cookies to improve your experience. Accept all\nHome\nNews\n\n${render(second, "text")}\n${foot}\n----------------------------------------\n\n` +
      `Home\nNews\n\n${render(STORIES[2], "text")}\n${foot}`;
    const r = run("tabs.txt", text);
    expect(r.articles.map((a) => a.title)).toEqual(STORIES.slice(0, 3).map((t) => t.title));
  });
});

describe("split: reference lists", () => {
  it("a reference line the renderer broke after its linked title ('. Source. Archived from the original' over its archive date) never opens another article", () => {
    const [a, b] = [STORIES[0], STORIES[1]];
    const seeAlso = ["Harbour portal", "Lighthouses of the coast", "List of harbours", "Dredging", "Pilots of the coast", "Breakwaters", "Old quays", "Harbour boards", "Fishing fleets", "Coastal museums", "Ship models", "Sea charts", "Tide tables", "Harbour masters", "Customs houses", "Salt stores", "Rope walks", "Boat yards", "Net lofts", "Fish markets", "Ice houses", "Coal quays", "Grain stores", "Ferry slips", "Life boats", "Coast guards", "Signal stations", "Fog horns", "Light vessels", "Buoy tenders", "Sea walls", "Groynes", "Sand bars"];
    const text =
      `History of the old harbour\n\n${a.paras.join("\n\n")}\n\n\nSee also[edit]\n\n${seeAlso.map((x) => ` * ${x}`).join("\n")}\n\n\nReferences[edit]\n\n` +
      ` 14. ^ "What the harbour board kept in its ledgers"\n     \n     . Coast TV. Archived from the original\n     \n     on 2014-03-28. Retrieved 2014-03-27.\n\n${b.paras.slice(0, 2).join("\n\n")}\n`;
    const r = run("wiki.txt", text);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].title).toBe("History of the old harbour");
  });
});

describe("split: pages joined after list-shaped footers stay apart", () => {
  const s = STORIES[0];
  const head = `Home\nNews\nSport\nWeather\n\n${s.title}\n\nBy ${s.author}\n\n${s.date[0]}\n\n${s.paras.join("\n\n")}\n`;

  it("two pages: a short copyright line, then the next page's long menu as a list: still two articles", () => {
    const t = STORIES[1];
    const text = `${head}\n * Privacy Policy\n * Terms of Use\n© 2024 Gazette\n\n\n * News\n * Sport\n * Weather\n * Letters\n * Travel\n * Books\n * Music\n * Film\n * Contact\n\n${t.title}\n\nBy ${t.author}\n\n${t.date[0]}\n\n${t.paras.join("\n\n")}\n`;
    expect(run("two.txt", text).articles.map((a) => a.title)).toEqual([s.title, t.title]);
  });

  it("two pages: a site's long notice under its footer links, then the next page's labelled menu: still two articles", () => {
    const t = STORIES[1];
    const text =
      `${head}\n * Terms of Use\n * Privacy Policy\n * Contact Us\n\nEverything on these pages is for your own reading; ask the desk before you copy or pass any of it on. © 2024 Harbour Gazette. All rights reserved.\n\n\n` +
      `Pick an edition\n * Guides\n   * Reviews\n   * How Tos\n * News\n   * Local\n   * World\n   * Sport\n   * Weather\n   * Letters\n\n${t.title}\n\nBy ${t.author}\n\n${t.date[0]}\n\n${t.paras.join("\n\n")}\n`;
    expect(run("two.txt", text).articles.map((a) => a.title)).toEqual([s.title, t.title]);
  });
});

describe("split: a page's own rule under its header", () => {
  it("a blog page (author blurb, headline, date and share links, then a rule, then the post): one article with the post's title", () => {
    const s = STORIES[0];
    const blurb =
      "I write about harbours, lighthouses and the people who keep them working. I have visited more than two hundred of them along the coast, and I still learn something new at every one.\n\n" +
      "I also run a small newsletter about coastal history, with a story from the archive every month, and I give talks to local groups who want to know more about their own harbour.";
    const post = [...s.paras, ...STORIES[1].paras];
    const text =
      `${blurb}\n\nJoin my mailing list · Follow me · Subscribe to the feed · About me\n\n\n\n----------------------------------------\n\n` +
      `1. I help restore the lamp room of the old lighthouse.\n\n2. I keep the harbour board's ledgers in order.\n\n\n\n© Jane Roe\n\n\n\n` +
      `${s.title}\n\n${s.date[0]}\n\nFacebook\n\nMastodon\n\nEmail\n\n----------------------------------------\n\n${post.join("\n\n")}\n\n----------------------------------------\n\n${STORIES[2].paras.join("\n\n")}\n`;
    const r = run("blog.txt", text);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].title).toBe(s.title);
    expect(r.articles[0].published?.slice(0, 10)).toBe(s.date[1]);
  });
});

describe("split: a page with little text", () => {
  it("a paywalled page (two short paragraphs under a timed dateline) joined to the next page by one blank line: two articles", () => {
    const [s, t] = [STORIES[0], STORIES[1]];
    const teaser = [
      "The harbour council voted on Tuesday to go ahead with the dredging of the eastern channel, after a debate that ran late into the evening.",
      "Supporters said the work would bring jobs to the area, while those against it warned that the cost had already doubled since the first estimate was published last year.",
    ];
    const page1 =
      `Home\nNews\nSport\nWeather\n\n${s.title}\n\nBy ${s.author}\n\n${s.date[0]} 8:03 am GMT\n\n${teaser.join("\n\n")}\n\nTo read the full story\n\nSubscribe\n\nSign In\n\n` +
      ` * Privacy Policy\n * Terms of Use\n * Copyright ©2024 Harbour Gazette. All rights reserved.\n`;
    const page2 = ` * Valley\n * Rail\n * Towns\n * Weather\n * Letters\n\n${t.title}\n\nBy ${t.author}\n\n${t.date[0]}\n\n${t.paras.join("\n\n")}\n`;
    const r = run("two.txt", `${page1}\n${page2}`);
    expect(r.articles.map((a) => a.title)).toEqual([s.title, t.title]);
    expect(r.articles[0].text).toContain(teaser[1]);
    expect(r.articles[1].text).not.toContain(teaser[1]);
  });
});

describe("split guard: joined pages the piece rules must not swallow", () => {
  const foot = "Privacy Policy | Terms of Use\n© 2024 Harbour Gazette. All rights reserved.\n";
  const rule = "\n----------------------------------------\n\n";
  const menu = "Home\nNews\nSport\n\n";
  const page = (t: Story) => `${menu}${render(t, "text")}${foot}`;
  const [s, t, u] = [STORIES[0], STORIES[1], STORIES[2]];

  it("a page with no headline after the footer, a rule and the site's menu stays a page of its own", () => {
    const r = run("two.txt", `${page(s)}${rule}${menu}${t.paras.join("\n\n")}\n${foot}`);
    expect(r.articles).toHaveLength(2);
    expect(r.articles[0].title).toBe(s.title);
    expect(r.articles[1].text).toContain(t.paras[0]);
    expect(r.articles[0].text).not.toContain(t.paras[0]);
  });

  it("three pages joined by runs of empty lines, the last two without a headline: three articles", () => {
    const bare = (x: Story) => `${menu}${x.paras.join("\n\n")}\n${foot}`;
    const r = run("three.txt", `${page(s)}\n\n\n\n${bare(t)}\n\n\n\n${bare(u)}`);
    expect(r.articles).toHaveLength(3);
    expect(r.articles[2].text).toContain(u.paras[3]);
    expect(r.articles[1].text).not.toContain(u.paras[0]);
  });

  it("a page whose headline reads as a long sentence, after a rule and the menu: two articles", () => {
    const long = "Why the valley council backed the railway plan after a long night, and what the engineers will do next.";
    const r = run("two.txt", `${page(s)}${rule}${menu}${long}\n\n${t.paras.join("\n\n")}\n${foot}`);
    expect(r.articles).toHaveLength(2);
  });

  it("an undated page whose first paragraph tells readers they can opt out is a page, not a consent panel", () => {
    const lede = "Parents who do not want their children to take part can opt out by writing to the school before the end of the month.";
    const r = run("two.txt", `${page(s)}${rule}${menu}${t.title}\n\n${lede}\n\n${t.paras.join("\n\n")}\n${foot}`);
    expect(r.articles.map((a) => a.title)).toEqual([s.title, t.title]);
  });

  it("an undated page about a bakery's cookies is a page, not a consent panel", () => {
    const lede = "The old bakery on the square reopened on Saturday, and its oat cookies sold out before noon.";
    const r = run("two.txt", `${page(s)}${rule}${menu}Bakery on the square reopens\n\n${lede}\n\n${t.paras.join("\n\n")}\n${foot}`);
    expect(r.articles.map((a) => a.title)).toEqual([s.title, "Bakery on the square reopens"]);
  });

  it("an undated page opening with one cookie banner line keeps its place as a page", () => {
    const r = run("two.txt", `${page(s)}${rule}We use cookies to improve your experience. Accept all\n${menu}${t.title}\n\n${t.paras.join("\n\n")}\n${foot}`);
    expect(r.articles.map((a) => a.title)).toEqual([s.title, t.title]);
  });
});

describe("split guard: timed stories of one day", () => {
  const stamps = ["07:05", "08:15", "09:25"];
  const day = STORIES[0].date[0];

  it("a wire digest of one day, each story with its own headline, byline, time and full text: one article per story", () => {
    const text = STORIES.slice(0, 3).map((t, i) => `${t.title}\nBy ${t.author}\n${day} ${stamps[i]}\n\n${t.paras.join("\n\n")}\n`).join("\n");
    const r = run("wire.txt", text);
    expect(r.articles.map((a) => a.author)).toEqual(STORIES.slice(0, 3).map((t) => t.author));
    expect(r.articles.map((a) => a.title)).toEqual(STORIES.slice(0, 3).map((t) => t.title));
  });

  it("two such stories: two articles", () => {
    const text = STORIES.slice(0, 2).map((t, i) => `${t.title}\nBy ${t.author}\n${day} ${stamps[i]}\n\n${t.paras.join("\n\n")}\n`).join("\n");
    expect(run("wire.txt", text).articles).toHaveLength(2);
  });

  it("the same entries newest first (a live blog's order), with no live mark: one article", () => {
    const text = STORIES.slice(0, 3).map((t, i) => `${t.title}\nBy ${t.author}\n${day} ${stamps[2 - i]}\n\n${t.paras.join("\n\n")}\n`).join("\n");
    const r = run("live.txt", text);
    expect(r.articles).toHaveLength(1);
    expectNothingLost(r, STORIES.slice(0, 3));
  });

  it("short timed entries of one day (updates, not stories) under different reporters: one article", () => {
    const text = STORIES.slice(0, 3).map((t, i) => `${t.title}\nBy ${t.author}\n${day} ${stamps[i]}\n\n${t.paras.slice(0, 2).join("\n\n")}\n`).join("\n");
    expect(run("live.txt", text).articles).toHaveLength(1);
  });
});

describe("split guard: headlines opening with punctuation", () => {
  const [s, t] = [STORIES[0], STORIES[1]];
  const two = (h: string) => `${s.title}\n${s.date[0]}\n\n${s.paras.join("\n\n")}\n${h}\n${t.date[0]}\n\n${t.paras.join("\n\n")}\n`;

  it("a headline opening with an ellipsis opens the next article", () => {
    const r = run("two.txt", two("...And the winner is the harbour choir"));
    expect(r.articles).toHaveLength(2);
    expect(r.articles[1].text).toContain(t.paras[0]);
  });

  it("a headline opening with a colon opens the next article", () => {
    expect(run("two.txt", two(": the harbour choir wins")).articles).toHaveLength(2);
  });
});

describe("split: pages joined by runs of empty lines, teasers set off by lines of spaces", () => {
  const foot = "Privacy Policy | Terms of Use\n© 2024 Harbour Gazette. All rights reserved.\n";
  // Four sites, four menus (no masthead repeated at the boundaries).
  const menus = ["Home\nNews\nSport\nWeather\nLetters\nTravel\nBooks\nMusic\nFilm\n\n", "Start\nLocal\nTravel\nFood\nBooks\nGardens\nHomes\nCars\nJobs\n\n", "Front page\nTowns\nFarming\nMarkets\nEvents\nSchools\nHealth\nCourts\nPlanning\n\n", "Index\nCoast\nBoats\nTides\nClubs\nRescue\nFishing\nPiers\nBeaches\n\n"];
  const menu = menus[0];
  // innerText prints an empty element between teasers as a line of a tab: two empty lines around it are no joiner.
  const teasers = ["Ferry timetable changes from Monday", "New benches for the seafront", "Library opens on Sundays", "Choir wins the county cup", "Roadworks on the coast road", "Harbour fish market moves", "School fete raises record sum"]
    .map((h) => `${h}\n\n\t\n\n`)
    .join("");
  // A page that ends with a how-to box in prose, with no footer line: only the file's joiner (two empty lines) marks its end.
  const howTo = "To make this site your home page, open the settings of your browser and type the address of the site in the box next to Home page.\n";
  const body = (t: Story) => `${t.title}\n\nBy ${t.author}\n\n${t.date[0]}\n\n${t.paras.join("\n\n")}\n`;

  it("four pages, one of them ending with a prose box: one article each, with its own title, author and date", () => {
    const [a, b, c, d] = STORIES;
    const pages = [`${menus[0]}${teasers}${body(a)}\n${foot}`, `${menus[1]}${body(b)}\n${howTo}`, `${menus[2]}${body(c)}\n${foot}`, `${menus[3]}${body(d)}\n${foot}`];
    const r = run("four.txt", pages.join("\n\n"));
    expectStories(r, STORIES);
  });

  it("one page whose teasers are set off by lines of spaces stays one article", () => {
    const r = run("one.txt", `${menu}${teasers}${body(STORIES[0])}\n${foot}`);
    expect(r.articles).toHaveLength(1);
    expectNothingLost(r, [STORIES[0]]);
  });
});

describe("split: headlines about cookies are not consent dialogs", () => {
  const s = STORIES[0];
  const t = STORIES[1];
  const foot = "Privacy Policy | Terms of Use\n© 2024 Harbour Gazette. All rights reserved.\n";
  const rule = "\n----------------------------------------\n\n";
  const menu = "Home\nNews\nSport\n\n";
  const first = `${menu}${render(s, "text")}${foot}`;

  it("an undated page whose headline names cookies stands as its own article", () => {
    const headline = "Harbour bakery sells out of its ginger cookies";
    const r = run("two.txt", `${first}${rule}${menu}${headline}\n\n${t.paras.join("\n\n")}\n${foot}`);
    expect(r.articles.map((a) => a.title)).toEqual([s.title, headline]);
    expectNothingLost(r, [s, t]);
  });

  it("a consent dialog headed 'Wie wir Cookies verwenden' after the footer goes back to the page", () => {
    const dialog = [
      "Wir speichern kleine Dateien in Ihrem Browser, damit die Seite Ihre Wahl behält und zählen kann, wie oft jeder Bericht gelesen wird, und geben nichts davon weiter.",
      "Sie können Ihre Wahl jederzeit auf der Seite der Einstellungen ändern, wo jede Art von Datei in einfachen Worten erklärt wird, mit der Dauer, für die wir sie aufbewahren.",
      "Ohne Ihre Wahl behalten wir nur die Dateien, ohne die die Seiten nicht laufen, und alle anderen Teile der Seite funktionieren für alle Besucher genau so weiter wie bisher.",
    ];
    const r = run("one.txt", `${first}\n\n\n\n\nWie wir Cookies verwenden\n\n${dialog.join("\n\n")}\n`);
    expect(r.articles.map((a) => a.title)).toEqual([s.title]);
  });
});

describe("split: short undated blocks under a page's article", () => {
  const s = STORIES[0];
  const foot = "Privacy Policy | Terms of Use\n© 2024 Harbour Gazette. All rights reserved.\n";
  const menu = "Home\nNews\nSport\nWeather\nLetters\nTravel\n\n";
  // A box of the page's own, under its own rule and a menu of its own section: a headline, four short paragraphs, no byline or date.
  const promo =
    "The harbour kitchen\n\nEvery week the paper's cooks walk through the market on the quay and pick what the boats brought in that morning, then write down how they cooked it at home.\n\n" +
    "The dishes are simple and cheap, and most of them take less than half an hour, so that anyone who comes home late from work can still sit down to a proper meal.\n\n" +
    "Readers send in their own versions by post, and the best of them are printed in the Saturday paper with the name of the reader who sent them in.\n\n" +
    "Next week the cooks turn to the autumn apples from the hill farms above the valley.\n";

  it("a short undated box with a headline of its own, under the page's own rule and a section menu, stays with the page", () => {
    const text = `${menu}${render(s, "text")}\nShare this story\nFacebook\nEmail\n\n\n----------------------------------------\n\nKitchen\nRecipes\nMarket\nSeasons\nLetters\nShop\n\n${promo}\n${foot}`;
    const r = run("one.txt", text);
    expect(r.articles.map((a) => a.title)).toEqual([s.title]);
    // Nothing lost: the box is in the article or in the audit of removed text.
    expect(r.articles[0].text.includes("Every week the paper") || r.removed.some((x) => x.text.includes("Every week the paper"))).toBe(true);
    expectNothingLost(r, [s]);
  });

  it("a short undated joined page that opens with a skip link in Russian still stands", () => {
    const t = STORIES[1];
    // No footer on the first page and a menu of another site (no repeated header): the skip link is the only sign of a
    // page's start at the boundary, three empty lines and a menu alone are no cut.
    const short = `Перейти к содержанию\nStart\nLocal\nTravel\nFood\nBooks\n\n${t.title}\n\n${t.paras.join("\n\n")}\n\n${foot}`;
    const r = run("two.txt", `${menu}${render(s, "text")}\n\n\n\n${short}`);
    expect(r.articles.map((a) => a.title)).toEqual([s.title, t.title]);
  });

  it("a short joined page with its own date still stands after a footer", () => {
    const t = STORIES[1];
    const short = `Home\nLocal\nTravel\nFood\nBooks\n\n${t.title}\n\nBy ${t.author}\n\n${t.date[0]}\n\n${t.paras.join("\n\n")}\n\n${foot}`;
    const r = run("two.txt", `${menu}${render(s, "text")}\n${foot}\n\n${short}`);
    expect(r.articles.map((a) => a.title)).toEqual([s.title, t.title]);
    expect(r.articles[1].published?.slice(0, 10)).toBe(t.date[1]);
  });
});

describe("split guard: short undated briefs cut off by the file's own joiner", () => {
  const [a, b, c, d] = STORIES;
  const dated = (t: Story) => `${t.title}\n\nBy ${t.author}\n\n${t.date[0]}\n\n${t.paras.join("\n\n")}\n`;
  // A brief of about 120 words (under the cleaner's 150 for a short piece): a headline and four paragraphs, no byline or date.
  const brief = (t: Story) => `${t.title}\n\n${t.paras.join("\n\n")}\n`;
  const join = (pages: string[]) => pages.join("\n\n\n\n\n");
  const own = (r: FileResult, stories: Story[]) =>
    stories.forEach((t, i) => {
      expect(r.articles[i].title).toBe(t.title);
      expect(r.articles[i].text).toContain(t.paras[0]);
      for (const o of stories) if (o !== t) expect(r.articles[i].text).not.toContain(o.paras[0]);
    });

  it("a dated story, an undated brief and a dated story joined by five empty lines: three articles", () => {
    const r = run("three.txt", join([dated(a), brief(b), dated(c)]));
    expect(r.articles).toHaveLength(3);
    own(r, [a, b, c]);
    // The brief does not take the first story's byline or date.
    expect(r.articles[1].author ?? null).toBeNull();
    expect(r.articles[1].published ?? null).toBeNull();
    expect(r.articles[2].published?.slice(0, 10)).toBe(c.date[1]);
  });

  it("two undated briefs between dated stories: four articles", () => {
    const r = run("four.txt", join([dated(a), brief(b), brief(c), dated(d)]));
    expect(r.articles).toHaveLength(4);
    own(r, [a, b, c, d]);
  });
});

describe("split guard: headlines that read like a consent dialog's heading", () => {
  const [s, t, u] = STORIES;
  const foot = "Privacy Policy | Terms of Use\n© 2024 Harbour Gazette. All rights reserved.\n";
  const rule = "\n----------------------------------------\n\n";
  const menu = "Home\nNews\nSport\n\n";
  const first = `${menu}${render(s, "text")}${foot}`;
  // About 200 words of a story: one that never mentions cookies, and one that reports on them (no dialog speaks so).
  const plain = [...t.paras, ...u.paras];
  const report = ["Fewer shoppers accepted tracking cookies on the big retail sites last year, a survey of two thousand sites published on Monday found.", ...plain];
  // "Cookie banner fines" still reads as a dialog's heading ("banner"): only its body tells them apart.
  const cases: [string, string[]][] = [["Cookie use falls", plain], ["Site privacy settings change", plain], ["Cookie banner fines", report]];

  for (const [headline, paras] of cases) {
    for (const [how, joiner] of [["a rule", rule], ["five empty lines", "\n\n\n\n\n"]]) {
      it(`an undated page headed "${headline}" after ${how} stands as its own article`, () => {
        const r = run("two.txt", `${first}${joiner}${menu}${headline}\n\n${paras.join("\n\n")}\n${foot}`);
        expect(r.articles.map((x) => x.title)).toEqual([s.title, headline]);
        expect(r.articles[1].text).toContain(t.paras[0]);
        expect(r.articles[0].text).not.toContain(t.paras[0]);
      });
    }
  }

  it("a long consent dialog with its buttons, after the footer, still goes back to the page", () => {
    const dialog = [
      "We and our partners store small files on your device so that the site remembers the choices you make, such as your region, and so that we can count how often each page is read.",
      "Some of these files are needed for the site to work at all, and they are always on; the others help us see which stories readers like, and they stay off until you switch them on.",
      "Partners may also use the data to show you offers that fit your interests on this and other sites, and to measure how well those offers work for the companies that pay for them.",
      "You can change your mind at any time on the settings page, where each kind of file is described in plain words together with how long it is kept and who can read it.",
      "If you make no choice, only the files the site cannot run without are stored, and every part of the site keeps working for every visitor in the same way as it did before.",
    ];
    const controls = "Accept all\nReject all\nManage settings\n";
    const r = run("one.txt", `${first}\n\n\n\n\nManage cookie consent\n\n${dialog.join("\n\n")}\n\n${controls}`);
    expect(r.articles.map((x) => x.title)).toEqual([s.title]);
  });
});

describe("split guard: an article's own gap of lines of spaces", () => {
  const foot = "Privacy Policy | Terms of Use\n© 2024 Harbour Gazette. All rights reserved.\n";
  const menu = "Home\nNews\nSport\nWeather\n\n";
  const gap = "\n \n  \n \n \n\n";
  // A subheading inside the article, after a gap of four lines of spaces (a figure or an ad slot the renderer left blank).
  const withGap = (t: Story, sub: string) =>
    `${t.title}\n\nBy ${t.author}\n\n${t.date[0]}\n\n${t.paras.slice(0, 2).join("\n\n")}\n${gap}${sub}\n\n${t.paras.slice(2).join("\n\n")}\n`;

  it("a single article with a gap of space-only lines before a subheading stays one article", () => {
    const s = STORIES[0];
    const r = run("one.txt", `${menu}${withGap(s, "What happens next")}\n${foot}`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].title).toBe(s.title);
    expectNothingLost(r, [s]);
  });

  it("three pages joined by runs of space lines, one with such a gap inside: three articles", () => {
    const [a, b, c] = STORIES;
    const joiner = "\n\n \n\n \n\n\n";
    const pages = [`${menu}${render(a, "text")}\n${foot}`, `${menu}${withGap(b, "What happens next")}\n${foot}`, `${menu}${render(c, "text")}\n${foot}`];
    const r = run("three.txt", pages.join(joiner));
    expectStories(r, [a, b, c]);
  });
});
