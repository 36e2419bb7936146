/**
 * Control characters in text dumps (terminal captures, old exporters) and the older English bio entry of the text
 * lexicon. A form feed inside a line is a space, not a page break; ANSI colour escapes and other C0 controls are
 * removed from the article text; a news sentence about a reporter is not a bio. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { explainStories, findStories } from "../stages/clean/stories.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { matchBoilerplate } from "../stages/clean/text/lexicon.ts";

const S1 = "The harbour council voted on Tuesday to widen the northern quay before the autumn storms arrive.";
const S2 = "Engineers said the work would take six weeks and cost less than the repairs made after last winter.";
const S3 = "Residents near the quay asked for a night-time noise limit, which the council agreed to consider.";
const S4 = "Red flags will mark the closed paths along the water until the crews have finished.";
const bodyText = (dump: string) => cleanTextDump(dump).blocks.map((b) => b.text).join("\n\n");

describe("control characters in a one-paragraph text dump", () => {
  it("a form feed or vertical tab between sentences of one line neither cuts the story nor drops a sentence", () => {
    const dump = `${S1}\f${S2}\v${S3} ${S4}\n`;
    const stories = findStories(dump);
    expect(stories).toHaveLength(1);
    expect(stories[0].start).toBe(0);
    expect(bodyText(dump)).toBe(`${S1} ${S2} ${S3} ${S4}`);
  });

  it("a form feed at a line's edge is still a page break the story cutter weighs; one inside a line is not", () => {
    const formFeedCues = (dump: string) => explainStories(dump).trace.filter((t) => t.cues.includes("form-feed")).length;
    expect(formFeedCues(`${S1} ${S2}\n\f${S3} ${S4}\n`)).toBe(1);
    expect(formFeedCues(`${S1} ${S2}\f\n${S3} ${S4}\n`)).toBe(1);
    expect(formFeedCues(`${S1} ${S2}\f${S3} ${S4}\n`)).toBe(0);
  });

  it("ANSI colour escapes and other C0 controls are removed; the words around them stay as printed", () => {
    const dump = `${S1} The \x1b[1;31mred\x1b[0m flags\x07 will mark the closed\x00 paths.\x1b[2K ${S3}\n`;
    const text = bodyText(dump);
    expect(text).toBe(`${S1} The red flags will mark the closed paths. ${S3}`);
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f]/);
  });
});

describe("older English bio entry needs a bio cue", () => {
  const words = (s: string) => s.split(/\s+/).length;
  const rule = (s: string) => matchBoilerplate(s, words(s))?.rule ?? null;

  it("keeps news sentences about a reporter", () => {
    for (const s of [
      "Lena Fischer is a reporter for a regional daily who was detained at the border last week.",
      "Officials said Mira Okafor is a reporter for The Coastal Ledger who has been held since March.",
      "Paul Rand is a correspondent for the agency, and he said the vote was close.",
    ]) expect(rule(s), s).toBeNull();
  });

  it("still names biographies", () => {
    for (const s of [
      "Tomas Varga is a freelance journalist based in Lisbon.",
      "Since 2019 she is a senior reporter for The Coastal Ledger.",
      "Mira Okafor is a staff writer who covers city hall and transport.",
      "In her spare time she is a columnist who writes about gardens.",
    ]) expect(rule(s), s).toBe("clean/author-profile");
  });
});
