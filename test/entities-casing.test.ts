/**
 * Caps mode (stages/entities/casing.ts): text in capitals is read re-cased,
 * mentions keep the original text and offsets. Invented sentences; city and
 * country names are general knowledge.
 */
import { describe, expect, it } from "vitest";
import { recaseShouting } from "../stages/entities/casing.ts";
import { tagEntities } from "../stages/entities/tagger.ts";

describe("re-casing text written in capitals", () => {
  it("keeps the length, re-cases whole lines in capitals and dateline openings only", () => {
    const cases = [
      ["FLOODS HIT NEW YORK AND SAUDI ARABIA AS NATO MEETS", "Floods hit New York and Saudi Arabia as NATO meets"],
      ["LONDON (Reuters) - The NATO talks began.", "London (Reuters) - The NATO talks began."],
      ["SIEMENS AG AND VELMOR SPA MERGE", "Siemens AG and Velmor SpA merge"],
      ["AL-AIN , United Arab Emirates 1996-12-06", "Al-Ain , United Arab Emirates 1996-12-06"],
      ["The EU and NATO met in Oslo.", "The EU and NATO met in Oslo."],
      ["FLOODS HIT PORT VELMOR", "Floods hit Port Velmor"],
    ];
    for (const [input, want] of cases) {
      const got = recaseShouting(input);
      expect(got).toBe(want);
      expect(got.length).toBe(input.length);
    }
  });

  it("a headline in title case: ordinary words go to lower case, names and listed places stay", () => {
    expect(recaseShouting("Ministers Agree New Trade Deal With Canada After Long Talks\nThe deal was signed.")).toBe(
      "Ministers agree New trade deal with Canada after long talks\nThe deal was signed.",
    );
    // a sentence (full stop) or a short line is left alone
    expect(recaseShouting("Ministers Agree New Trade Deal With Canada After Long Talks.")).toBe("Ministers Agree New Trade Deal With Canada After Long Talks.");
    expect(recaseShouting("Early Life")).toBe("Early Life");
  });

  it("a two-word city in a headline keeps its first word and stays a place", () => {
    const m = tagEntities("STORMS BATTER NEW YORK\nThe storm moved east.").find((x) => x.text === "NEW YORK");
    expect(m?.type).toBe("GPE");
  });

  it("mentions are cut from the original text at the same offsets", () => {
    const text = "TALKS IN GENEVA COLLAPSE\nDelegates left.";
    for (const m of tagEntities(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(tagEntities(text).map((m) => `${m.type}:${m.text}`)).toContain("GPE:GENEVA");
  });

  it("a dateline place is a GPE, with or without an agency", () => {
    const types = (t: string) => tagEntities(t).map((m) => `${m.type}:${m.text}`);
    expect(types("NEW DELHI (Reuters) - Talks resumed on Monday.")).toContain("GPE:NEW DELHI");
    expect(types("WASHINGTON — Talks resumed on Monday.")).toContain("GPE:WASHINGTON");
    expect(types("MANCHESTER, England (AP) -- Talks resumed.")).toEqual(expect.arrayContaining(["GPE:MANCHESTER", "GPE:England"]));
  });
});
