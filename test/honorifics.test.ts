/**
 * The honorific table (stages/common/honorifics.ts) is the one list its users
 * read: the sentence splitter, the entity tokenizer, the tagger's person cue,
 * its titles and canonical entities. Checked through the users' behaviour on
 * invented sentences.
 */
import { describe, expect, it } from "vitest";
import { honorifics } from "../stages/common/honorifics.ts";
import { NON_TERMINAL_ABBREVIATIONS } from "../stages/split/abbreviations.ts";
import { TITLE_SET } from "../stages/entities/lexicon.ts";
import { tokenize } from "../stages/entities/tokens.ts";

describe("honorifics: one table, a column per use", () => {
  it("every column is read from the table by its user", () => {
    for (const w of honorifics("split")) expect(NON_TERMINAL_ABBREVIATIONS.has(w)).toBe(true);
    for (const w of honorifics("title")) expect(TITLE_SET.has(w)).toBe(true);
  });

  it("the columns keep their differences: a cue is a courtesy title, an abbreviation that ends no sentence is not always a cue", () => {
    const cue = honorifics("cue");
    const courtesy = new Set(honorifics("courtesy"));
    for (const w of cue) expect(courtesy.has(w)).toBe(true);
    expect(cue).not.toContain("Gen");
    expect(honorifics("split")).toContain("Gen");
    // "Miss" is a word, not an abbreviation: its period can end a sentence.
    expect(honorifics("split")).not.toContain("Miss");
    expect(cue).toContain("Miss");
  });

  it("the tokenizer keeps a title's period on the title before a name, and nowhere else", () => {
    const words = tokenize("Capt. Orla Venn met Insp. Dace on the pier. It rained.").words;
    expect(words).toContain("Capt.");
    expect(words).toContain("Insp.");
    expect(words).toContain("pier");
    expect(words).not.toContain("pier.");
  });
});
