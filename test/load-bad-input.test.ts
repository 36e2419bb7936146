/**
 * Bad inputs get `{ ok: false, reason }` with a reason a user can act on;
 * huge and hostile inputs neither throw nor take long.
 */
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { loadBytes } from "../stages/load/index.ts";

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

function reasonOf(r: ReturnType<typeof loadBytes>): string {
  if (r.ok) throw new Error(`expected a reject, got ${r.docs.length} doc(s)`);
  return r.reason;
}

describe("load: bad input", () => {
  it("zero-byte file", () => {
    expect(reasonOf(loadBytes("empty.txt", new Uint8Array(0)))).toBe("empty file");
  });

  it("BOM-only file", () => {
    expect(reasonOf(loadBytes("bom.txt", new Uint8Array([0xef, 0xbb, 0xbf])))).toMatch(/^empty file/);
  });

  it("whitespace-only file (ASCII, Unicode spaces, UTF-16)", () => {
    expect(reasonOf(loadBytes("ws.txt", utf8(" \n\t\r\n  ")))).toBe("only whitespace");
    expect(reasonOf(loadBytes("ws.txt", utf8("\u00a0\u2003\n\u3000")))).toBe("only whitespace");
    expect(reasonOf(loadBytes("ws.txt", utf8("\u200b\n\u200b\u2060")))).toBe("only whitespace");
    expect(reasonOf(loadBytes("ws.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode("  \n ", "utf-16le")])))).toBe("only whitespace");
  });

  it.each([
    ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ["JPEG", [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]],
    ["GIF", [...Buffer.from("GIF89a"), 1, 0, 1, 0]],
    ["PDF", [...Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj")]],
    ["zip", [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]],
  ])("binary file by magic number: %s", (name, bytes) => {
    expect(reasonOf(loadBytes("story.html", new Uint8Array(bytes as number[])))).toBe(`binary file (${name})`);
  });

  it("a gzip header with nothing behind it: a corrupt gzip file (a whole one is read, test/hostile-encodings.test.ts)", () => {
    expect(reasonOf(loadBytes("story.html", new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0])))).toMatch(/^corrupt gzip file: /);
  });

  it("binary file with NUL bytes and no known magic", () => {
    const bytes = new Uint8Array([0x01, 0x02, 0x00, 0x41, 0x42, 0x00, 0x00, 0x07, 0x43, 0x44]);
    expect(reasonOf(loadBytes("blob.txt", bytes))).toMatch(/^binary file/);
  });

  it("file over the size cap (default 20 MB and an explicit cap)", () => {
    expect(reasonOf(loadBytes("big.txt", utf8("word ".repeat(100)), { maxBytes: 100 }))).toBe("file too large: 500 bytes > cap of 100 bytes");
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61);
    expect(reasonOf(loadBytes("big.txt", big))).toMatch(/^file too large: 20971521 bytes > cap/);
  });

  it.each([
    ["42", "JSON value is a number, not an object or array of objects"],
    ['"just a string"', "JSON value is a string, not an object or array of objects"],
    ["null", "JSON value is null, not an object or array of objects"],
    ["true", "JSON value is a boolean, not an object or array of objects"],
    ["[]", "JSON array is empty"],
  ])("JSON that parses to a non-object: %s", (json, reason) => {
    expect(reasonOf(loadBytes("x.json", utf8(json)))).toBe(reason);
  });

  it("JSON array of non-objects / records without text", () => {
    expect(reasonOf(loadBytes("x.json", utf8("[1, 2, 3, 4]")))).toBe(
      "no usable JSON records: record 0: not a JSON object (number); record 1: not a JSON object (number); record 2: not a JSON object (number) (and 1 more)",
    );
    expect(reasonOf(loadBytes("x.json", utf8(JSON.stringify({ title: "Only a title" }))))).toMatch(/^JSON object is not a usable record: no text or html field/);
  });

  it("invalid JSON in a .json file; all-malformed JSON Lines", () => {
    expect(reasonOf(loadBytes("x.json", utf8('{"title": "Budget", "text": "unterminated')))).toMatch(/^invalid JSON: /);
    expect(reasonOf(loadBytes("x.jsonl", utf8("{bad\n{worse\n")))).toMatch(/^invalid JSON: /);
  });

  it("feeds with no items", () => {
    expect(reasonOf(loadBytes("f.xml", utf8('<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>')))).toBe("feed has no items (no <item>)");
    expect(reasonOf(loadBytes("f.atom", utf8('<feed xmlns="http://www.w3.org/2005/Atom"><title>Quiet</title></feed>')))).toBe("feed has no items (no <entry>)");
  });

  it("feed whose items all lack content", () => {
    expect(reasonOf(loadBytes("f.xml", utf8("<rss><channel><item><title>Only a title</title></item></channel></rss>")))).toMatch(/^feed items have no content/);
  });

  it("XML that is neither a feed nor a page", () => {
    const sitemap = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/a</loc></url></urlset>';
    expect(reasonOf(loadBytes("sitemap.xml", utf8(sitemap)))).toBe("XML document is not a feed or an HTML page (root <urlset>)");
  });

  it("text that is mostly U+FFFD after decoding", () => {
    expect(reasonOf(loadBytes("x.txt", utf8("\ufffd".repeat(200) + " ok")))).toMatch(/^undecodable text: \d+% of characters are U\+FFFD/);
  });
});

describe("load: huge and hostile inputs", () => {
  it("a 50 MB page (cap raised) loads as one HTML document", () => {
    const chunk = "<p>The committee met again and the chair thanked the members for their work.</p>\n";
    const html = `<!DOCTYPE html><html><body>${chunk.repeat(Math.ceil((50 * 1024 * 1024) / chunk.length))}</body></html>`;
    const r = loadBytes("huge.html", Buffer.from(html), { maxBytes: 64 * 1024 * 1024 });
    expect(r.ok && r.docs[0].kind).toBe("html");
  });

  it("a single 10 MB line (text and JSON Lines)", () => {
    const line = "word ".repeat(2 * 1024 * 1024);
    const r = loadBytes("line.txt", utf8(line));
    expect(r.ok && r.docs[0].content.length).toBe(line.length);
    const rec = JSON.stringify({ id: "big", text: line });
    const j = loadBytes("line.jsonl", utf8(`${rec}\n{broken\n`));
    expect(j.ok && j.docs.map((d) => d.recordId)).toEqual(["big"]);
  });

  it("a 10 MB text dump whose lines start with braces is text, without a JSON parse per line", () => {
    const dump = "{Editor's note} The minutes of the meeting follow below.\n".repeat(180_000);
    const r = loadBytes("minutes.txt", utf8(dump));
    expect(r.ok && r.docs[0].kind).toBe("text");
  });

  // Speed on big feeds is measured by `npm run bench:hostile`, not here: this pins that no item is lost.
  it("a feed with 20,000 items loads every item", () => {
    const item = "<item><title>Storm &amp; flood</title><guid>g</guid><description>&lt;p&gt;Rivers rose.&lt;/p&gt;</description></item>";
    const r = loadBytes("big.xml", utf8(`<rss><channel>${item.repeat(20_000)}</channel></rss>`));
    expect(r.ok && r.docs.length).toBe(20_000);
  });

  it("HTML nested 100,000 levels deep is only sniffed, not parsed", () => {
    const deep = `<html><body>${"<div>".repeat(100_000)}Deep text.${"</div>".repeat(100_000)}</body></html>`;
    const r = loadBytes("deep.html", utf8(deep));
    expect(r.ok && r.docs[0].kind).toBe("html");
  });

  it("a feed nested 100,000 levels deep inside an item does not overflow the stack", () => {
    const feed = `<rss><channel><item><title>Deep</title><description>${"<b>".repeat(100_000)}x${"</b>".repeat(100_000)}</description></item></channel></rss>`;
    const r = loadBytes("deep.xml", utf8(feed));
    expect(r.ok && r.docs).toHaveLength(1);
  });

  it("pathological markup: many '<' without '>', many '&', unclosed CDATA and comments", () => {
    const cases = [
      "<rss><channel><item><description>" + "<a ".repeat(200_000),
      "<rss><channel><item><title>" + "&amp".repeat(200_000) + "</title><description>x</description></item></channel></rss>",
      "<rss><channel><item><description><![CDATA[" + "x".repeat(100_000),
      "<!--" + "-".repeat(100_000),
      "<" + "<div ".repeat(200_000),
      '<rss><channel><item a="' + 'b="c '.repeat(200_000) + "><description>x</description></item></channel></rss>",
      "<html><head>" + "<meta charset=".repeat(100_000),
      "Tue, 24 Jan 2017 " + "1".repeat(1_000_000),
      "{" + '"a":['.repeat(100_000),
    ];
    for (const c of cases) {
      const r = loadBytes("p.xml", utf8(c));
      expect(r.ok || r.reason.length > 0).toBe(true);
    }
  });
});

describe("load: property", () => {
  const extensions = fc.constantFrom("x.txt", "x.md", "x.html", "x.json", "x.jsonl", "x.xml", "x");

  it("never throws on arbitrary bytes; every result is ok with docs or has a reason", () => {
    fc.assert(
      fc.property(extensions, fc.uint8Array({ maxLength: 512 }), (path, bytes) => {
        const r = loadBytes(path, bytes);
        if (r.ok) {
          expect(Array.isArray(r.docs)).toBe(true);
          for (const d of r.docs) expect(typeof d.content).toBe("string");
          for (const w of r.warnings) expect(w.reason.length).toBeGreaterThan(0);
        } else {
          expect(r.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500, seed: 20170124 },
    );
  });

  // Text a person could write: any Unicode except C0 controls (binary evidence) and U+FFFD (undecodable evidence).
  const prose = fc
    .string({ unit: "grapheme", minLength: 1, maxLength: 120 })
    .filter((t) => t.trim() !== "" && !/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/.test(t));
  const xmlEscape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

  it("round-trips any text through a JSON record and a JSON Lines record", () => {
    fc.assert(
      fc.property(prose, fc.string({ maxLength: 30 }), (text, title) => {
        const [doc] = (loadBytes("r.json", utf8(JSON.stringify([{ title, text }]))) as { docs: { content: string }[] }).docs;
        // a record's text is kept byte for byte (so --skip clean can keep it as the article text)
        expect(doc.content).toBe(text);
        const [line] = (loadBytes("r.jsonl", utf8(`${JSON.stringify({ text })}\n`)) as { docs: { content: string }[] }).docs;
        expect(line.content).toBe(text);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("round-trips any text through an escaped RSS description and an Atom text content", () => {
    fc.assert(
      fc.property(prose, (text) => {
        const rss = loadBytes("f.xml", utf8(`<rss><channel><item><description>${xmlEscape(text)}</description></item></channel></rss>`));
        expect(rss.ok && rss.docs[0].content).toBe(text.trim());
        const atom = loadBytes("f.atom", utf8(`<feed><entry><id>1</id><content type="html">${xmlEscape(text)}</content></entry></feed>`));
        expect(atom.ok && atom.docs[0].content).toBe(text.trim());
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it("never throws on arbitrary markup-ish and JSON-ish strings", () => {
    const piece = fc.constantFrom("<rss>", "<channel>", "<item>", "</item>", "<feed>", "<entry>", "<![CDATA[", "]]>", "<!--", "-->", "{", "}", "[", "]", '"text":', '"a"', ",", "\n", "&amp;", "&#x1F600;", "<p>", "</p>", "<?xml version='1.0'?>", "<description>", "</description>", "x");
    fc.assert(
      fc.property(extensions, fc.array(piece, { maxLength: 60 }), (path, parts) => {
        const r = loadBytes(path, utf8(parts.join("")));
        expect(r.ok || r.reason.length > 0).toBe(true);
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});
