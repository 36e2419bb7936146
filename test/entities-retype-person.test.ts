import { describe, expect, it } from "vitest";
import { tokenizeRecased } from "../stages/entities/casing.ts";
import { gazetteerTags } from "../stages/entities/lexicon.ts";
import { loadRetyper, RETYPE_CLASSES, retypeDoc, retypeFeatures, retypeSpans, type RetypeJson } from "../stages/entities/retype.ts";
import type { TokenSpan } from "../stages/entities/spans.ts";

// A company or band the tagger read as a person may become an ORG when the retyper says so,
// but never a place, and never a name opened by a listed given name. Invented names; the retyper's weights
// are made by hand so that every feature of the two spans votes for one class.
describe("retyper and person spans (retype.ts)", () => {
  const text = "Shares of Velbrook Dunmore rose after Anna Brindle joined the board.";
  const tok = tokenizeRecased(text);
  const at = (w: string) => tok.words.indexOf(w);
  const gaz = gazetteerTags(tok.words);
  const people = (): TokenSpan[] => [
    { i: at("Velbrook"), j: at("Dunmore") + 1, type: "PERSON", confidence: 0.7, rule: "entities/model" },
    { i: at("Anna"), j: at("Brindle") + 1, type: "PERSON", confidence: 0.7, rule: "entities/model" },
  ];
  /** A retyper whose every feature of these spans gives `cls` a large score. */
  function voting(cls: (typeof RETYPE_CLASSES)[number]): RetypeJson {
    const spans = people();
    const doc = retypeDoc(tok, spans);
    const weights: Record<string, number[]> = {};
    for (const s of spans) for (const f of retypeFeatures(tok, gaz, s, doc, true)) weights[f] = [RETYPE_CLASSES.indexOf(cls), 100];
    return { version: "t", classes: [...RETYPE_CLASSES], at: "model", spans: "all", weakBelow: 0.9, minGap: 1, tagger: true, scores: false, scale: 1, never: ["PER"], weights };
  }
  const typesAfter = (json: RetypeJson) => retypeSpans(loadRetyper(json), tok, gaz, people()).map((s) => `${tok.words.slice(s.i, s.j).join(" ")} ${s.type}`);

  it("makes a person span without a listed given name an ORG when the retyper says ORG", () => {
    expect(typesAfter(voting("ORG"))).toEqual(["Velbrook Dunmore ORG", "Anna Brindle PERSON"]);
  });

  it("never makes a person span a place or a work", () => {
    expect(typesAfter(voting("PLACE"))).toEqual(["Velbrook Dunmore PERSON", "Anna Brindle PERSON"]);
    expect(typesAfter(voting("MISC"))).toEqual(["Velbrook Dunmore PERSON", "Anna Brindle PERSON"]);
  });
});
