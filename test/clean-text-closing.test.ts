/**
 * Text-dump cleaning at the end of the article and on odd input. Every dump is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { classifyLine } from "../stages/clean/text/classify.ts";
import { toLineUnits } from "../stages/clean/text/blocks.ts";
import type { CleanResult } from "../stages/types.ts";
import { bodyLines, FOOTBRIDGE } from "./helpers/footbridge.ts";

const P = FOOTBRIDGE;
const body = (r: CleanResult) => bodyLines(r).join("\n");
const textDump = (...lines: string[]) => lines.join("\n\n");
const menu = ["Home", "News", "Sport", "Weather", "Sign in"];
const footer = ["Share", "Tweet", "Privacy", "Terms", "© 2024 Example Times. All rights reserved."];

describe("a Markdown link the unwrapper leaves whole", () => {
  // A link whose address holds a space is not unwrapped: the line stays "[text](address)". Judging it "as text"
  // classified the same line again, without end (a stack overflow on a real Markdown dump).
  const line = '[Town council opens the rebuilt footbridge over the river](/news/item/31/town council bridge "Town council opens the rebuilt footbridge")';

  it("classifies the line once, as link residue", () => {
    const [u] = toLineUnits(line);
    const c = classifyLine(u, "en");
    expect(c.cls).toBe("bad");
    expect(c.rule).toBe("clean/markdown-link");
  });

  it("cleans a dump holding such a line", () => {
    const r = cleanTextDump(["* [Home](/)", "# Footbridge rebuilt", "", P[0], "", P[1], "", P[2], "", line].join("\n"));
    expect(body(r)).toContain(P[2]);
  });
});

describe("closing quotation marks of other quoting styles end a sentence", () => {
  const sentence = (text: string) => classifyLine(toLineUnits(text)[0], "de").sentenceEnd;

  it("reads „…“ and »…« quotations as sentences", () => {
    expect(sentence("„Wir haben einfach am Samstag angefangen.“")).toBe(true);
    expect(sentence("»Wir haben einfach am Samstag angefangen.«")).toBe(true);
    expect(sentence("‚Das war knapp.‘")).toBe(true);
  });

  it("does not read an unterminated quotation as one", () => {
    expect(sentence("„Wir haben einfach am Samstag angefangen“")).toBe(false);
  });
});

describe("a caption's agency credit is written as the agency writes it", () => {
  const agency = (text: string) => classifyLine(toLineUnits(text)[0], "en").rule;

  it("reads a closing (AP) or (Reuters) as a caption credit", () => {
    expect(agency("Volunteers carry timber across the river on Saturday morning (AP)")).toBe("clean/caption");
    expect(agency("Volunteers carry timber across the river on Saturday morning (Reuters)")).toBe("clean/caption");
  });

  it("keeps a sentence that closes with its own abbreviation in another case", () => {
    // "(AfP)" is the text's abbreviation of a name, not the agency AFP
    const line = "Die Pflege der Uferwege übernimmt seit dem Frühjahr die Arbeitsgruppe für Parkpflege (AfP)";
    expect(agency(line)).toBeNull();
  });
});

describe("a quotation closing the article", () => {
  it("keeps a closing „…“ quotation under the last paragraph (a sentence, not a teaser)", () => {
    const quote = "„Wir bauen nächstes Jahr auch die zweite Brücke.“";
    const r = cleanTextDump(textDump(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], P[2], P[3], quote, ...footer));
    expect(body(r)).toContain(quote);
  });
});

describe("an embedded social post between the article's paragraphs", () => {
  const embed = ["> View this post on Instagram", "> ", "> ", "> ", "> A post shared by Irena Kolar (@irenakolar.builds)"].join("\n");
  const dump = textDump(
    ...menu,
    "Footbridge rebuilt by volunteers",
    P[0],
    P[1],
    embed,
    P[2],
    embed.replace("Irena Kolar (@irenakolar.builds)", "Example Town Council (@exampletown)"),
    P[3],
    "Related",
    "Town opens new library",
    ...footer,
  );

  it("reads its chrome as embed residue", () => {
    expect(classifyLine(toLineUnits("A post shared by Irena Kolar (@irenakolar.builds) on May 2, 2024 at 3:00pm PDT")[0], "en").rule).toBe("clean/embed");
    expect(classifyLine(toLineUnits("View this post on Instagram")[0], "en").rule).toBe("clean/embed");
  });

  it("keeps the paragraphs after each embed (not isolated teasers) and drops the chrome", () => {
    const out = body(cleanTextDump(dump));
    expect(out).toContain(P[2]);
    expect(out).toContain(P[3]);
    expect(out).not.toContain("View this post on Instagram");
    expect(out).not.toContain("Town opens new library");
  });
});

describe("lines with no words between two paragraphs", () => {
  it("do not make the paragraph after them an isolated teaser (a gallery of images printed as empty list marks)", () => {
    const gallery = [" * ", " * ", " * ", " * ", " * ", " * ", " * "].join("\n");
    const r = cleanTextDump(textDump(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], gallery, P[2], ...footer));
    expect(body(r)).toContain(P[2]);
  });
});
