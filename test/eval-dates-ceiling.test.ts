/**
 * The ceiling analysis of `npm run eval:dates -- --ceiling` on an invented mini-corpus: a family the
 * annotators wrote two ways costs its minority convention, an extent word tagged in part of its uses
 * costs its minority, a gold value that contradicts its text is unfixable, everything else is fixable.
 */
import { describe, expect, it } from "vitest";
import { ceilingReport } from "../eval/lib/dates-ceiling.ts";
import type { DevDoc } from "../eval/lib/timeml-split.ts";
import type { GoldTimex } from "../eval/lib/timeml.ts";
import type { TimexDraft } from "../stages/types.ts";

/** A document whose gold tags the given surfaces (first occurrence each) with the given values. */
function doc(name: string, sub: string, text: string, golds: [string, string, string?][]): DevDoc {
  const timexes: GoldTimex[] = golds.map(([surface, value, type]) => {
    const start = text.indexOf(surface);
    return { start, end: start + surface.length, text: surface, type: type ?? "DATE", value, mod: null, temporalFunction: true, anchorTimeID: "t0" };
  });
  return { name, sub, doc: { text, dct: "2017-03-10", dctTid: "t0", timexes } };
}
/** A tagger that returns the gold of each document with the value it is given for each surface. */
const taggerFrom = (docs: DevDoc[], values: Record<string, string>) => (text: string): TimexDraft[] =>
  (docs.find((d) => d.doc.text === text) as DevDoc).doc.timexes.map((g) => ({
    start: g.start, end: g.end, text: g.text, type: "DATE", value: values[g.text] ?? g.value, mod: null,
    anchor: "dct", rangeStart: null, rangeEnd: null, rule: "test", certain: true,
  }));
const relative = (g: GoldTimex) => g.temporalFunction;

describe("dates ceiling", () => {
  const docs = [
    doc("a.tml", "TimeBank", "Prices rose last week. The mayor spoke on Monday.", [["last week", "2017-W09"], ["Monday", "2017-03-06"]]),
    doc("b.tml", "TimeBank", "Sales fell this week, and now rents rise.", [["this week", "2017-W10"], ["now", "PRESENT_REF"]]),
    doc("c.tml", "AQUAINT", "The strike ended last week. Now talks resume; now is the time.", [["last week", "2017-WXX"], ["Now", "PRESENT_REF"], ["now", "PRESENT_REF"]]),
    // a gold day on a Saturday for "Friday": the gold contradicts its text
    doc("d.tml", "AQUAINT", "The court ruled Friday.", [["Friday", "2017-03-04"]]),
  ];
  it("a perfect system loses only the minority convention and the gold that contradicts its text", () => {
    const r = ceilingReport(docs, taggerFrom(docs, {}), relative);
    // 8 gold; the WXX week is the minority (2 ISO weeks to 1); "Friday" is unfixable; every use of "now" is
    // tagged, so tagging all of them adds nothing spurious: 6 right of 8, 8 system
    expect(r.dev.gold).toBe(8);
    expect(r.ceiling.valueF1).toBeCloseTo((2 * 6) / (8 + 8), 5);
    expect(r.ceiling.relativeRight).toBeCloseTo(6 / 8, 5);
  });
  it("the ceiling does not depend on today's errors outside the families", () => {
    const wrong = ceilingReport(docs, taggerFrom(docs, { Monday: "2017-03-13" }), relative);
    const right = ceilingReport(docs, taggerFrom(docs, {}), relative);
    expect(wrong.dev.valueF1).toBeLessThan(right.dev.valueF1);
    expect(wrong.ceiling.valueF1).toBe(right.ceiling.valueF1);
  });
  it("another part scored with the first part's conventions loses the instances that follow its own majority", () => {
    // held: two WXX weeks and one ISO week (its own majority WXX), scored with the dev docs' majority (ISO week)
    const held = [
      doc("h1.tml", "AQUAINT", "Rents rose last week.", [["last week", "2017-WXX"]]),
      doc("h2.tml", "AQUAINT", "Rents fell this week.", [["this week", "2017-WXX"]]),
      doc("h3.tml", "TimeBank", "Rents held next week.", [["next week", "2017-W11"]]),
    ];
    const devMaj = ceilingReport(docs, taggerFrom(docs, {}), relative).majorities;
    expect(devMaj.conventions.week).toBe("ISO week (W43)");
    expect(devMaj.tagAll.now).toBe(true);
    const own = ceilingReport(held, taggerFrom(held, {}), relative);
    const withDev = ceilingReport(held, taggerFrom(held, {}), relative, false, devMaj);
    expect(own.ceiling.relativeRight).toBeCloseTo(2 / 3, 5);
    expect(withDev.ceiling.relativeRight).toBeCloseTo(1 / 3, 5);
    expect(withDev.majorities).toEqual(devMaj);
  });
  it("an extent word tagged in fewer than half its uses is left untagged: its tagged uses become misses", () => {
    const d = [doc("e.tml", "TimeBank", "Soon rents rise. It will soon end, and soon after that, soon.", [["Soon", "FUTURE_REF"]])];
    const r = ceilingReport(d, taggerFrom(d, {}), relative);
    expect(r.ceiling.valueF1).toBe(0);
    expect(r.lines.join("\n")).toMatch(/soon: 1 \/ 3 .*tag none: 1 missed/);
  });
});
