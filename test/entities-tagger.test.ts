import { describe, expect, it } from "vitest";
import { tagEntities } from "../stages/entities/tagger.ts";
import { tokenize } from "../stages/entities/tokens.ts";

/** Sentences below are invented for these tests. */
const find = (text: string, surface: string) => tagEntities(text).find((m) => m.text === surface);
const surfaces = (text: string) => tagEntities(text).map((m) => `${m.type}:${m.text}`);

describe("tokenize", () => {
  it("keeps dotted acronyms and initials whole, splits hyphens and apostrophes", () => {
    const t = tokenize("The U.S. envoy met George W. Bush in al-Hasakah's centre.");
    expect(t.words).toContain("U.S.");
    expect(t.words).toContain("W.");
    expect(t.words).toEqual(expect.arrayContaining(["al", "-", "Hasakah", "'", "s"]));
  });
  it("keeps apostrophes inside names but not before clitics", () => {
    const t = tokenize("Shi'ite clerics met O'Neill's aides; Iraq’s envoy didn't.");
    expect(t.words).toEqual(expect.arrayContaining(["Shi'ite", "O'Neill", "Iraq", "’", "s", "didn"]));
  });
  it("keeps the dot of a title so it does not end the sentence", () => {
    const t = tokenize("He met Ms. Okafor and Dr. Lindqvist.");
    expect(t.words).toEqual(expect.arrayContaining(["Ms.", "Dr."]));
    expect(t.sentenceStart[t.words.indexOf("Okafor")]).toBe(false);
  });
  it("marks sentence starts", () => {
    const t = tokenize("Rain fell. Then \"Snow came.\"\nNext line");
    const starts = t.words.filter((w, k) => t.sentenceStart[k] && /\p{L}/u.test(w));
    expect(starts).toEqual(["Rain", "Then", "Next"]);
  });
});

describe("tagEntities", () => {
  it("strips titles from people", () => {
    const text = "Foreign Minister Dmitri Volkanov spoke to reporters after the talks on Tuesday.";
    expect(find(text, "Dmitri Volkanov")?.type).toBe("PERSON");
    expect(surfaces(text).some((s) => s.includes("Minister"))).toBe(false);
  });

  it("drops the article before an organisation", () => {
    const text = "The resolution was adopted by the UN Security Council late on Friday.";
    expect(find(text, "UN Security Council")?.type).toBe("ORG");
  });

  it("keeps dotted acronyms with their dots", () => {
    const text = "Officials in the U.S. said the plan would be sent to the U.N. next week.";
    const tags = surfaces(text);
    expect(tags).toContain("GPE:U.S.");
    expect(tags.some((s) => s.endsWith(":U.N."))).toBe(true);
  });

  it("keeps al- particles inside names and excludes the possessive", () => {
    const text = "Prime Minister Karim al-Nouri visited the front line. Al-Nouri's office later issued a statement.";
    expect(find(text, "Karim al-Nouri")?.type).toBe("PERSON");
    expect(tagEntities(text).some((m) => m.text.endsWith("'s"))).toBe(false);
  });

  it("tags nationalities and religious groups as NORP", () => {
    const text = "Syrian troops and Kurdish fighters clashed as Sunni leaders called for calm.";
    const tags = surfaces(text);
    expect(tags).toEqual(expect.arrayContaining(["NORP:Syrian", "NORP:Kurdish", "NORP:Sunni"]));
  });

  it("separates countries from regions", () => {
    const text = "The minister travelled from Jordan to Egypt, the largest country in the Middle East.";
    const tags = surfaces(text);
    expect(tags).toEqual(expect.arrayContaining(["GPE:Jordan", "GPE:Egypt", "LOC:Middle East"]));
  });

  it("gives a surname after a full name the PERSON type", () => {
    const text = "Talks were led by Maria Konstantinou, a veteran mediator. Konstantinou said progress was slow.";
    const ms = tagEntities(text).filter((m) => m.text === "Konstantinou");
    expect(ms.length).toBe(1);
    expect(ms[0].type).toBe("PERSON");
  });

  it("gives a parenthesised acronym the type of its long form", () => {
    const text = "The Northern Relief Coordination Agency (NRCA) opened two new offices.";
    const acr = find(text, "NRCA");
    expect(acr).toBeDefined();
    expect(acr?.type).toBe(find(text, "Northern Relief Coordination Agency")?.type);
  });

  it("never ends a mention on punctuation and offsets slice the text", () => {
    const text = "Reporters asked (in Paris, on Monday) whether “Berlin” and Warsaw, would join; Rome?";
    const ms = tagEntities(text);
    expect(ms.length).toBeGreaterThan(0);
    let last = -1;
    for (const m of ms) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.text).not.toMatch(/[\s,.;:?!”")]$/);
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
      expect(m.rule).toMatch(/^entities\//);
      last = m.end;
    }
  });

  it("does not tag months and weekdays", () => {
    const text = "The report was published in April and discussed again on Thursday.";
    expect(tagEntities(text)).toEqual([]);
  });

  it("strips a sentence-initial function word glued to a name", () => {
    const text = "When Okonkwo arrived, the talks resumed. But Okonkwo left early.";
    expect(tagEntities(text).some((m) => /^(When|But) /.test(m.text))).toBe(false);
  });

  it("is deterministic and gives confidences between 0 and 1", () => {
    const text = "Kenyan police said the Nairobi office of the World Food Programme was closed.";
    expect(tagEntities(text)).toEqual(tagEntities(text));
  });

  it("returns nothing for empty or lower-case text", () => {
    expect(tagEntities("")).toEqual([]);
    expect(tagEntities("prices rose again and nobody was surprised.")).toEqual([]);
  });
});

describe("tagEntities on headlines", () => {
  it("does not take title-case words of a headline for names", () => {
    const text = "Ministers Agree New Trade Deal With Canada After Long Talks\nThe deal was signed in Ottawa.";
    const tags = tagEntities(text).map((m) => m.text);
    expect(tags).toContain("Canada");
    expect(tags.some((t) => /Talks|Trade Deal|Ministers/.test(t))).toBe(false);
  });
});

describe("span repairs", () => {
  it("splits a place off the front of a person's name", () => {
    const text = "The special envoy for Yemen Hans Grundberg met the delegations on Monday.";
    const ms = tagEntities(text).map((m) => `${m.type} ${m.text}`);
    expect(ms).toContain("GPE Yemen");
    expect(ms).toContain("PERSON Hans Grundberg");
  });

  it("types a name opening with a word for army or movement as an organisation", () => {
    const text = "Fighters of Harakat Nour al-Din al-Zenki clashed with Jaysh al-Ahrar near the border.";
    const orgs = tagEntities(text).filter((m) => m.type === "ORG").map((m) => m.text);
    expect(orgs).toContain("Jaysh al-Ahrar");
  });
});
