import { describe, expect, it } from "vitest";
import { declaredAliases } from "../stages/entities/aliases.ts";

const mention = (text: string, whole: string, type: "ORG" | "PERSON" = "ORG") => {
  const start = Array.from(whole.slice(0, whole.indexOf(text))).length;
  return { start, end: start + Array.from(text).length, text, type, entity_id: null, confidence: 1, rule: "t", ambiguous: false };
};

describe("aliases declared in parentheses", () => {
  it("links a long form and the acronym or translation that follows it", () => {
    const text = "Fighters of Harakat al-Nour (Movement of Light) and the Northern Defence Union (NDU), officials said.";
    const mentions = [mention("Harakat al-Nour", text), mention("Movement of Light", text), mention("Northern Defence Union", text), mention("NDU", text)];
    expect(declaredAliases({ text, mentions })).toEqual([
      ["Harakat al-Nour", "Movement of Light"],
      ["Northern Defence Union", "NDU"],
    ]);
  });

  it("does not link names that merely follow each other", () => {
    const text = "Officials from Norway and Sweden (both members) met in Oslo.";
    const mentions = [mention("Norway", text), mention("Sweden", text), mention("Oslo", text)];
    expect(declaredAliases({ text, mentions })).toEqual([]);
  });
});
