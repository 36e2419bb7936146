/** HTML character references in feed text are decoded with the full HTML table (the `entities` package). */
import { describe, expect, it } from "vitest";
import { decodeEntities } from "../stages/load/entities.ts";
import { loadBytes } from "../stages/load/index.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeEntities", () => {
  it("decodes every named HTML reference, not only a common subset", () => {
    expect(decodeEntities("&Scaron;koda &Ccaron;esk&aacute; &thorn; &alefsym; &hearts;")).toBe("Škoda Česká þ ℵ ♥");
    expect(decodeEntities("&#8216;quoted&#x2019; &mdash; &nbsp;")).toBe("‘quoted’ — \u00a0");
  });

  it("keeps unterminated, unknown and bare ampersands as written", () => {
    expect(decodeEntities("AT&T, Q&A, &copy 2017, &notareference;")).toBe("AT&T, Q&A, &copy 2017, &notareference;");
  });

  it("turns references to nothing into U+FFFD", () => {
    expect(decodeEntities("a&#0;b&#xD800;c")).toBe("a\ufffdb\ufffdc");
  });
});

describe("feed titles", () => {
  it("decode HTML references that XML alone does not define", () => {
    const rss = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Invented Wire</title><link>https://wire.example.test/</link>
<item><title>&Scaron;ibenik harbour reopens &ndash; ferries return</title><link>https://wire.example.test/a</link>
<description>&lt;p&gt;The harbour in &Scaron;ibenik reopened on Monday after repairs to the quay, the port authority said.&lt;/p&gt;</description>
<pubDate>Tue, 24 Jan 2017 14:02:00 GMT</pubDate></item></channel></rss>`;
    const r = loadBytes("feeds/wire.xml", utf8(rss));
    if (!r.ok) throw new Error(r.reason);
    expect(r.docs[0].given.title).toBe("Šibenik harbour reopens – ferries return");
    expect(r.docs[0].content).toContain("Šibenik reopened");
  });
});
