/**
 * Cleaning round 16's text families: a sponsored-stories box whose label is printed over every card. Every sentence
 * is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { FOOTBRIDGE, bodyLines, footer, menu, txt } from "./helpers/footbridge.ts";

const HEADLINE = "Volunteers rebuild the footbridge in a weekend";

/** A paid-teaser box: the label over each card's headline and blurb. */
const sponsoredBox = (label: string): string[] => [
  label,
  "Why gardeners in the north swear by this one cheap trick for winter roses",
  "A retired nurse from the coast explains how she paid off her mortgage in six years of careful saving.",
  label,
  "Ten seaside villages that still feel like a secret in the quiet months",
  "Travel writers picked the places where the cafés stay open and the beaches stay empty all winter long.",
  label,
  "The kitchen gadget that chefs say is worth every penny this season",
  "Home cooks report that the small device cuts the time needed to prepare a family dinner by half or more.",
];

describe("a sponsored-stories box under the article", () => {
  for (const label of ["Sponsored content from partners:", "Stories from our partners", "Gesponserte Inhalte unserer Partner:", "Contenido patrocinado:", "Contenus sponsorisés"]) {
    it(`drops the box and every print of its label (${label})`, () => {
      const r = cleanTextDump(txt(...menu, HEADLINE, "By Jane Example", ...FOOTBRIDGE, ...sponsoredBox(label), ...footer));
      const body = bodyLines(r);
      expect(body).toEqual(FOOTBRIDGE);
      expect(r.removed.filter((b) => b.text === label)).toHaveLength(3);
      expect(r.removed.find((b) => b.text === label)?.rule).toBe("clean/ad");
    });
  }

  it("keeps a sentence of the article that opens with the same words", () => {
    const sentence = "Sponsored content from partners is now a fifth of the town paper's income, its editor told the council.";
    const r = cleanTextDump(txt(...menu, HEADLINE, "By Jane Example", ...FOOTBRIDGE.slice(0, 3), sentence, ...FOOTBRIDGE.slice(3), ...footer));
    expect(bodyLines(r)).toContain(sentence);
  });

  it("keeps a guide's own repeated section label over its facts", () => {
    const sections = [
      "The north bank",
      "Good to know:",
      "The path along the north bank is paved and suitable for prams, and benches stand every few hundred metres.",
      "The south bank",
      "Good to know:",
      "On the south bank the path is gravel, steeper near the mill, and closed after heavy rain for safety reasons.",
    ];
    const r = cleanTextDump(txt(...menu, HEADLINE, "By Jane Example", ...FOOTBRIDGE, ...sections, ...footer));
    expect(bodyLines(r).filter((t) => t === "Good to know:")).toHaveLength(2);
  });
});
