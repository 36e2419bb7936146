/**
 * Shared helpers that replaced copies: the HTML metadata reader's one bounded element walk (forum posts,
 * home-page links) and its one host comparison; one line-end rule for every stage that splits or counts lines (the
 * loader, the template pass, the text cleaner and its line cap); the dates tests' table of value rows. Invented names
 * and strings only.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Element } from "domhandler";
import { parseHtml } from "../stages/clean/html/dom.ts";
import { walkElements } from "../stages/clean/html/metadata.ts";
import { lineEndAt, normaliseLineEnds, splitLines } from "../stages/common/lines.ts";
import { toLineUnits } from "../stages/clean/text/blocks.ts";
import { observeFile } from "../corpus/templates.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";
import { expectValues, timexFinders } from "./helpers/dates.ts";

const BODY = paragraph("The orchard cooperative met on Tuesday to plan the autumn harvest and the new cider press in the old barn.");
const page = (body: string, url: string | null = "https://orchard-news.example/story") => metadataOf({ body, url });

describe("the metadata reader's bounded element walk", () => {
  const names = (html: string, cap: number, visit: (el: Element) => "descend" | "skip" | "stop" = () => "descend") => {
    const seen: string[] = [];
    walkElements(parseHtml(html), cap, (el) => {
      seen.push(el.attribs.id ?? el.name);
      return visit(el);
    });
    return seen;
  };
  const HTML = `<div id=a><p id=b><i id=c>x</i></p><p id=d>y</p></div><div id=e></div>`;

  it("visits elements in page order, past a skipped element's children, and ends where it is told", () => {
    expect(names(HTML, 100)).toEqual(["a", "b", "c", "d", "e"]);
    expect(names(HTML, 100, (el) => (el.attribs.id === "b" ? "skip" : "descend"))).not.toContain("c");
    expect(names(HTML, 100, (el) => (el.attribs.id === "d" ? "stop" : "descend")).at(-1)).toBe("d");
  });

  it("counts elements only towards its cap: text and comments between them cost nothing", () => {
    const plain = names(HTML, 4);
    const noisy = names(HTML.replace(/></g, `>${"<!-- note -->text ".repeat(50)}<`), 4);
    expect(plain).toEqual(["a", "b", "c", "d"]);
    expect(noisy).toEqual(plain);
  });

  it("finds a forum's opening post after thousands of comments, but not past its element cap", () => {
    const post = `<article class="message message--post" data-author="Skipper_Jo">${BODY}</article>`;
    expect(page(`<h1>Harbour map bug</h1>${"<!-- ad slot -->".repeat(25_000)}${post}`, null).author).toBe("Skipper_Jo");
    expect(page(`<h1>Harbour map bug</h1>${"<span></span>".repeat(25_000)}${post}`, null).author).toBeNull();
  });
});

describe("the site's own home page, read by the one host helper", () => {
  const masthead = (href: string) =>
    page(`<h1 class="vcard author"><a href="${href}" class="fn">Orchard Notes</a></h1><h3>Cider press arrives</h3><h4 class="vcard author">vom <span class="fn">Quillmann</span></h4>${BODY}`).author;

  it("takes a masthead linking to the page's own host as the site, however the host is written", () => {
    for (const href of ["/", "https://orchard-news.example/", "https://WWW.Orchard-News.example/", "https://www2.orchard-news.example./", "http://orchard-news.example:8080/"]) {
      expect(masthead(href), href).toBe("Quillmann");
    }
  });

  it("reads a backslash as a browser does: the link opens a story under the host, not its home page", () => {
    expect(masthead("https://orchard-news.example\\news\\cider")).toBe(masthead("https://orchard-news.example/news/cider"));
    expect(masthead("https://orchard-news.example\\news\\cider")).not.toBe("Quillmann");
  });

  it("keeps a byline linking to another host's home page: the author's own site", () => {
    const body = `<h1>Cider press arrives</h1><span class="author"><a href="https://mira-solberg.example/">Mira Solberg</a></span>${BODY}`;
    expect(page(body).author).toBe("Mira Solberg");
    expect(page(body.replace("mira-solberg.example", "orchard-news.example.org")).author).toBe("Mira Solberg");
  });
});

describe("one line-end rule: LF, CRLF and a lone CR", () => {
  const text = fc.array(fc.constantFrom("a", "b", " ", "\t", "\r", "\n", "\r\n"), { maxLength: 40 }).map((parts) => parts.join(""));
  /** Line ends found by a character scan with lineEndAt, as the cleaner's line cap walks a text. */
  const scannedEnds = (t: string) => {
    let n = 0;
    for (let i = 0; i < t.length; i++) {
      const end = lineEndAt(t, i);
      if (end > 0) {
        n++;
        i += end - 1;
      }
    }
    return n;
  };

  it("splits, normalises and scans a text into the same lines", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(splitLines(t)).toEqual(normaliseLineEnds(t).split("\n"));
        expect(scannedEnds(t)).toBe(splitLines(t).length - 1);
        expect(normaliseLineEnds(t)).not.toContain("\r");
      }),
    );
    expect(splitLines("a\r\nb\rc\n")).toEqual(["a", "b", "c", ""]);
    expect(splitLines("a\r\rb")).toEqual(["a", "", "b"]);
  });

  it("gives the text cleaner the same line units whichever line end a text uses", () => {
    const lines = ["Harbour notes", "", "The ferry ran again on Tuesday.", "  ", "Gulls cried over the quay."];
    const lf = toLineUnits(lines.join("\n"));
    expect(lf.length).toBeGreaterThan(1);
    expect(toLineUnits(lines.join("\r"))).toEqual(lf);
    expect(toLineUnits(lines.join("\r\n"))).toEqual(lf);
  });

  it("lets the template pass learn the lines of a record written with lone CRs like those of one written with LF", () => {
    const record = (eol: string) => {
      const text = ["Orchard News menu: Home · Harvest · Cider · Contact", "", "The cooperative met on Tuesday to plan the harvest.", "", "Subscribe to the Orchard News letter today"].join(eol);
      return new TextEncoder().encode(JSON.stringify({ id: "r1", url: "https://orchard-news.example/a", text }) + "\n");
    };
    const [lf, cr, crlf] = ["\n", "\r", "\r\n"].map((eol) => observeFile("export.jsonl", record(eol)).docs.map((d) => d.lines));
    expect(lf[0]!.length).toBeGreaterThan(1);
    expect(cr).toEqual(lf);
    expect(crlf).toEqual(lf);
  });
});

describe("the dates tests' table of value rows", () => {
  const { value } = timexFinders("2017-03-10"); // a Friday
  it("passes rows whose values are right", () => {
    expectValues(value, [
      ["The ferry will sail again on Tuesday.", "Tuesday", "2017-03-14"],
      ["The quay reopened Monday.", "Monday", "2017-03-06"],
    ]);
  });
  it.fails("fails on a wrong value, even after a right row", () => {
    expectValues(value, [
      ["The ferry will sail again on Tuesday.", "Tuesday", "2017-03-14"],
      ["The quay reopened Monday.", "Monday", "2017-03-13"],
    ]);
  });
  it.fails("fails on a row whose surface has no date", () => {
    expectValues(value, [["The ferry sails again soon.", "Tuesday", "2017-03-14"]]);
  });
  it("fails on an empty table, which would check nothing", () => {
    expect(() => expectValues(value, [])).toThrow(/checks nothing/);
  });
});
