import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { TemplateStats, hashLine, learnableLineHashes, normaliseTemplateLine } from "../stages/clean/templates.ts";
import { cleanTextDump } from "../stages/clean/text.ts";

const footer = "The Valley Ledger is published by Riverside Media Group since 1998";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

function page(n: number): string[] {
  return [
    `Council votes on bridge repairs on ${DAYS[n]}`,
    `The city council voted on ${DAYS[n]} to spend money on the repair of the old river bridge, officials said.`,
    footer,
    `© 20${10 + n} Riverside Media Group`,
  ];
}

describe("TemplateStats", () => {
  it("learns a line present on ≥ minDocs pages of a site, and only for that site", () => {
    const stats = new TemplateStats();
    for (let i = 0; i < 4; i++) stats.observe("ledger.example", `doc${i}`, page(i));
    stats.observe("other.example", "x", [footer]);
    const set = stats.freeze(3);
    expect(set.isTemplate("ledger.example", footer)).toBe(true);
    // digits are normalised: every year's copyright line is the same template
    expect(set.isTemplate("ledger.example", "© 2031 Riverside Media Group")).toBe(true);
    expect(set.isTemplate("ledger.example", page(0)[1])).toBe(false);
    expect(set.isTemplate("other.example", footer)).toBe(false);
  });

  it("counts documents, not occurrences, and is order-independent", () => {
    const a = new TemplateStats();
    const b = new TemplateStats();
    const docs = [0, 1, 2].map((i) => ({ key: `d${i}`, lines: page(i) }));
    for (const d of docs) a.observe("s", d.key, d.lines);
    for (const d of [...docs].reverse()) b.observe("s", d.key, d.lines);
    // the same document observed twice does not count twice
    a.observe("s", "d0", page(0));
    expect(a.freeze(3).isTemplate("s", footer)).toBe(b.freeze(3).isTemplate("s", footer));
    expect(a.freeze(4).isTemplate("s", footer)).toBe(false);
  });

  it("needs half of a large site's documents", () => {
    const stats = new TemplateStats();
    for (let i = 0; i < 10; i++) stats.observe("big", `d${i}`, i < 4 ? ["Sponsored by a regional dealership"] : ["x y z"]);
    expect(stats.freeze(3).isTemplate("big", "Sponsored by a regional dealership")).toBe(false);
    // two more documents carry it: 6 of 12
    for (let i = 10; i < 12; i++) stats.observe("big", `d${i}`, ["Sponsored by a regional dealership"]);
    expect(stats.freeze(3).isTemplate("big", "Sponsored by a regional dealership")).toBe(true);
  });

  it("normalises case, digits, bullets and punctuation", () => {
    expect(normaliseTemplateLine(" * Edition: 12 March, 2020!")).toBe(normaliseTemplateLine("edition 3 march 1999"));
  });

  it("normalises exactly as the four regular-expression replacements it stands for", () => {
    const reference = (line: string) =>
      line.toLowerCase().replace(/^[\s*•·>#+-]+/, "").replace(/\p{N}+/gu, "0").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    const samples = [
      "\u00a0• Ünïcode: ½ off, ٣٤ items — ΣΟΦΙΑ 𝔘𝔫𝔦 😀 x²",
      "  >> #Sponsored+   -- 2019/20 ©",
      "\ud800 lone surrogate \udc00 and İstanbul",
      "\u3000\ufeff* ١٢٣ 四五 abc",
      "· Home · News",
      "\u2028+1 (555) 010",
      "\t#tag",
    ];
    for (const s of samples) expect(normaliseTemplateLine(s)).toBe(reference(s));
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 }), (a, b) => {
        expect(normaliseTemplateLine(a + b)).toBe(reference(a + b));
      }),
      { numRuns: 2000 },
    );
  });

  it("cleanTextDump removes template lines with clean/template", () => {
    const stats = new TemplateStats();
    for (let i = 0; i < 3; i++) stats.observe("ledger.example", `doc${i}`, page(i));
    const templates = stats.freeze(3);
    const dump = [
      "Council approves new budget for parks",
      "",
      "The council approved a new budget for the city's parks on Monday, after a debate that lasted most of the evening.",
      "",
      "The plan adds money for playgrounds and for the maintenance of the riverside paths, the mayor said.",
      "",
      footer,
    ].join("\n");
    const res = cleanTextDump(dump, { templates, siteKey: "ledger.example" });
    expect(res.removed.find((r) => r.text === footer)?.rule).toBe("clean/template");
    expect(res.blocks.some((b) => b.text === footer)).toBe(false);
  });
});

describe("learnableLineHashes", () => {
  // The plain form: every line normalised in full, then judged by its word count.
  const plain = (lines: string[]) => {
    const out: number[] = [];
    for (const line of lines) {
      const norm = normaliseTemplateLine(line);
      const words = norm.split(" ").length;
      if (norm.length < 2 || words > 25 || (words >= 8 && /[.!?]["'”’)]?\s*$/u.test(line))) continue;
      const h = hashLine(norm);
      if (!out.includes(h)) out.push(h);
    }
    return out;
  };

  it("learns the same lines as normalising every line in full (long lines are given up early)", () => {
    const word = fc.constantFrom("menu", "Home", "2019", "©", "news", "·", "ß", "x1", "日本", "-", "");
    const line = fc.array(word, { minLength: 15, maxLength: 45, size: "max" }).map((ws) => ws.join(" "));
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
      expect(learnableLineHashes(lines)).toEqual(plain(lines));
    }), { seed: 5, numRuns: 300 });
  });
});
