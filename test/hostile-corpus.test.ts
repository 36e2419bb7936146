/**
 * The corpus passes on input of hostile shape (safety audit). Near duplicates: a corpus of thousands
 * of copies of one text (an error page, a paywall notice, a repeated feed item) made the pass
 * quadratic (40,000 copies: 57 s on the main thread, where no time budget applies; the case below
 * minutes). test/write.test.ts checks that the index gives the answers of comparing every pair.
 *
 * The canonical-entity pass on an article of hostile shape: thousands of declared
 * "Name (ACRONYM)" pairs. Each pair used to compare keys with every mention of the article, computing
 * the key of a side that no mention has again each time: quadratic (an 80 KB text of such pairs took
 * 5 s, the article below minutes). `npm run bench:hostile -- --kinds alias-pairs-80kb` measures it.
 */
import { describe, expect, it } from "vitest";
import { capitalisedWords } from "../bench/hostile.ts";
import { EntityIndex, type AliasPair } from "../corpus/canonical.ts";
import { DuplicateIndex, type Fingerprint } from "../corpus/duplicates.ts";
import type { EntityType } from "../schemas/records.ts";

describe("an article that declares thousands of alias pairs", () => {
  const N = 1_000;
  const names = Array.from({ length: N }, (_, i) => `${capitalisedWords(20, i + 1).split(" ").slice(0, 2).join(" ")} Agency ${i}`);
  // Acronyms that are not the names' initials: only the declared pair links them.
  const acronyms = names.map((_, i) => `Q${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}X${i}`);
  const mentions = names.flatMap((n, i) => [
    { text: n, type: "ORG" as EntityType },
    { text: acronyms[i], type: "ORG" as EntityType },
  ]);
  // Pairs whose sides no mention has (the tagger missed the name) are ignored: their type is unknown.
  const unmentioned: AliasPair[] = names.map((n, i) => [`${n} Holdings`, `ZZ${i}`]);

  it("links each name to its acronym, ignores the pairs no mention backs, and keeps one entity per pair", () => {
    const index = new EntityIndex();
    index.add("a1", mentions, [...names.map((n, i): AliasPair => [n, acronyms[i]]), ...unmentioned]);
    const canon = index.resolve();
    for (const i of [0, 1, N / 2, N - 1]) {
      const name = canon.entityFor("a1", { text: names[i], type: "ORG" }).entityId;
      expect(name).not.toBeNull();
      expect(canon.entityFor("a1", { text: acronyms[i], type: "ORG" }).entityId).toBe(name);
    }
    expect(canon.entities).toHaveLength(N);
    expect(canon.entities.some((e) => e.aliases.some((a) => a.includes("Holdings")))).toBe(false);
  });

  it("a pair takes the type of the earliest mention that matches either side", () => {
    const index = new EntityIndex();
    index.add("a1", [{ text: "Teklim Port", type: "LOC" }, { text: "Teklim Port", type: "ORG" }, { text: "TPX", type: "LOC" }, { text: "TPX", type: "ORG" }], [["Teklim Port", "TPX"]]);
    const canon = index.resolve();
    const id = (text: string, type: EntityType) => canon.entityFor("a1", { text, type }).entityId;
    expect(id("TPX", "LOC")).toBe(id("Teklim Port", "LOC"));
    expect(id("TPX", "ORG")).not.toBe(id("Teklim Port", "ORG"));
  });
});

describe("near duplicates", () => {
  it("60,000 copies of one text and of a near one: each is a duplicate of the first", () => {
    const index = new DuplicateIndex();
    const h: Fingerprint = [0x12345678, 0x9abcdef0];
    const near: Fingerprint = [0x12345679, 0x9abcdef0];
    for (let i = 0; i < 60_000; i++) index.addFingerprint(`a${i}`, i % 2 ? near : h);
    expect(index.duplicateOf("a0")).toBeNull();
    expect(index.duplicateOf("a1")).toBe("a0");
    expect(index.duplicateOf("a59999")).toBe("a0");
  });
});
