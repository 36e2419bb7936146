/**
 * Story splitting: a page's wrapper whose class merely mentions a modal, a stray or unclosed modal, and a
 * script holding tag text do not hide a digest's stories; a JSON Lines array line past the rejects cap is still
 * read; a joined text page whose header prints social links above its menu still stands; a close control alone
 * does not join a page to the one before. Every text here is invented.
 */
import { describe, expect, it } from "vitest";
import { AUTHORS, BODIES, DAYS, expectKept, HEADS, run } from "./helpers/split-text.ts";

const art = (i: number) =>
  `<article><h2>${HEADS[i]}</h2><p class="byline">By ${AUTHORS[i]}</p><time datetime="${DAYS[i][1]}">${DAYS[i][0]}</time>${BODIES[i].map((p) => `<p>${p}</p>`).join("")}</article>`;
const digest = (before: string, open: string, close: string) =>
  `<html><head><title>The Courier digest</title></head><body>${before}${open}${[0, 1, 2].map(art).join("")}${close}<footer>© 2024 The Courier</footer></body></html>`;

describe("HTML digest: only a real dialog hides a story", () => {
  const cases: [string, string, string, string][] = [
    ["a wrapper with class has-overlay", "", '<div class="site has-overlay">', "</div>"],
    ["a wrapper with class modal-root", "", '<div class="page modal-root">', "</div>"],
    ["a wrapper with class no-popup", "", '<div class="wrapper no-popup">', "</div>"],
    ["an empty self-closed modal above", '<div class="modal"/>', "", ""],
    ["an unclosed newsletter modal above", '<div class="newsletter-modal"><p>Sign up for our letter</p>', "", ""],
    ["a closed modal holding a script with tag text", '<div class="modal"><script>var t = "<div class=x>";</script><!-- <div> --></div>', "", ""],
    ["a dialog wrapping all the stories", "", '<div role="dialog">', "</div>"],
  ];
  for (const [what, before, open, close] of cases) {
    it(`three <article> stories with ${what}: three articles`, () => {
      const r = run("digest.html", digest(before, open, close));
      expect(r.articles.map((a) => a.title)).toEqual(HEADS);
    });
  }

  it("a story inside a closed modal after two stories is still left out", () => {
    const html = `<html><head><title>The Courier digest</title></head><body>${art(0)}${art(1)}<div class="story-modal"><button>Close</button>${art(2)}</div></body></html>`;
    const r = run("digest.html", html);
    expect(r.articles.map((a) => a.title)).toEqual(HEADS.slice(0, 2));
  });
});

describe("JSON Lines: an array of records past the rejects cap", () => {
  it("after 1,100 broken lines, an array line's records and a wrapped record are all kept", () => {
    const rec = (i: number) => ({ id: `r${i}`, title: HEADS[i], text: BODIES[i].join("\n\n") });
    const lines = [JSON.stringify(rec(0)), ...Array.from({ length: 1100 }, () => "{broken"), JSON.stringify([rec(1), rec(2)])];
    const r = run("feed.jsonl", lines.join("\n") + "\n");
    expect(r.articles.map((a) => a.title)).toEqual(HEADS);
  });
});

describe("text: a joined page whose header prints social links above its menu", () => {
  const menu = "Home\nNews\nSport\nWeather\nOpinion\n\n";
  const foot = "Privacy Policy | Terms of Use\n© 2024 The Courier. All rights reserved.\n";
  const page = (i: number, top = "") => `${top}${menu}${HEADS[i]}\n\nBy ${AUTHORS[i]}\n\n${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n\n${foot}`;

  it("two pages, the second opening with Facebook/Twitter/Instagram/YouTube lines: two articles", () => {
    const r = run("two.txt", `${page(0)}\n${page(1, "Facebook\nTwitter\nInstagram\nYouTube\n")}`);
    expect(r.articles.map((a) => a.title)).toEqual(HEADS.slice(0, 2));
    expect(r.articles.map((a) => a.author)).toEqual(AUTHORS.slice(0, 2));
    expectKept(r, [...BODIES[0], ...BODIES[1]]);
  });
});

describe("text: a close control alone does not join a page to the one before", () => {
  const menu = "Home\nNews\nSport\nWeather\nOpinion\n\n";
  const foot = "Privacy Policy | Terms of Use\n© 2024 The Courier. All rights reserved.\n";
  const page = (i: number) => `${menu}${HEADS[i]}\n\nBy ${AUTHORS[i]}\n\n${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n\n${foot}`;
  const cutOff = (i: number) => `${HEADS[i]}\n\nBy ${AUTHORS[i]}\n\n${DAYS[i][0]}\n\n${BODIES[i].join("\n\n")}\n`;

  it("a banner's Close, then a joined page cut off before its footer: two articles", () => {
    const r = run("two.txt", `${page(0)}\nClose\n\n${cutOff(1)}`);
    expect(r.articles.map((a) => a.title)).toEqual(HEADS.slice(0, 2));
    expectKept(r, [...BODIES[0], ...BODIES[1]]);
  });

  it("Close and Read next above the story: still the page's overlay, one article", () => {
    const r = run("one.txt", `${page(0)}\nClose\n\nRead next\n\n${cutOff(1)}`);
    expect(r.articles.map((a) => a.title)).toEqual([HEADS[0]]);
  });
});

describe("mail headers: encoded words, display names, and an audit without addresses", () => {
  const header = (i: number, from: string, subject: string) =>
    `From sender${i}@example.org Tue May  ${7 + i} 10:00:00 2024\nReceived: from relay.example.net (relay [192.0.2.${i + 1}])\n\tby mx.example.org\nFrom: ${from}\nTo: Reader <reader@example.net>\nCc: desk@example.net\nSubject: ${subject}\nDate: Tue, ${7 + i} May 2024 10:00:00 +0000\n\n`;
  const mbox = (rows: [string, string][]) => rows.map(([from, subject], i) => header(i, from, subject) + BODIES[i].join("\n\n") + "\n").join("\n");

  it("Base64 and quoted-printable encoded subjects and names are decoded", () => {
    const r = run("list.mbox", mbox([
      ["=?UTF-8?Q?Ren=C3=A9e_Marchetti?= <rm@example.org>", "=?UTF-8?B?Q2Fmw6kgb24gdGhlIHF1YXk=?="],
      ["=?iso-8859-1?q?Jos=E9?= Ortega <jo@example.org>", "=?ISO-8859-1?Q?Caf=E9?= =?ISO-8859-1?Q?_prices?= rise"],
    ]));
    expect(r.articles.map((a) => a.title)).toEqual(["Café on the quay", "Café prices rise"]);
    expect(r.articles.map((a) => a.author)).toEqual(["Renée Marchetti", "José Ortega"]);
  });

  it("quotes and a mailing list's ' via list' are no part of the sender's name", () => {
    const r = run("list.mbox", mbox([
      ["'Ann Wells' <aw@example.org>", HEADS[0]],
      ['"Ann Wells via vale-news" <vale-news@lists.example.org>', HEADS[1]],
    ]));
    expect(r.articles.map((a) => a.author)).toEqual(["Ann Wells", "Ann Wells"]);
  });

  it("an undecodable encoded word gives no title rather than the raw word", () => {
    const r = run("list.mbox", mbox([[`Ann Wells <aw@example.org>`, "=?x-unknown-set?B?Q2Fmw6k=?="], [`Ann Wells <aw@example.org>`, HEADS[1]]]));
    expect(r.articles[0].title ?? "").not.toContain("=?");
  });

  it("the audit of a mail header keeps the subject and date, and no address or relay host", () => {
    const r = run("list.mbox", mbox([["Ann Wells <aw@example.org>", HEADS[0]], ["Ben Hale <bh@example.org>", HEADS[1]]]));
    const rows = r.removed.filter((x) => x.rule.startsWith("split/")).map((x) => x.text);
    expect(rows).toContain(`Subject: ${HEADS[0]}`);
    expect(rows.some((t) => t.startsWith("Date: Tue, 7 May 2024"))).toBe(true);
    expect(rows.join("\n")).not.toMatch(/@|192\.0\.2|relay|mx\.example/);
  });
});

describe("JSON Lines: a record with an empty text and a list of related items", () => {
  it("is rejected for its own empty text; its related items are no articles", () => {
    const rec = { id: "r0", title: HEADS[0], text: BODIES[0].join("\n\n") };
    const section = { id: "sec-1", title: "Section page", text: "", items: [{ title: HEADS[1], body: BODIES[1].join("\n\n") }] };
    const r = run("feed.jsonl", `${JSON.stringify(rec)}\n${JSON.stringify(section)}\n`);
    expect(r.articles.map((a) => a.title)).toEqual([HEADS[0]]);
    expect(r.rejects.length).toBe(1);
    expect(JSON.stringify(r.rejects[0])).toMatch(/text|empty|content/i);
  });
});
