import { describe, expect, it } from "vitest";
import type { NerDoc } from "../eval/lib/ner.ts";
import { RETYPE_SETTINGS, trainRetyper, type RetypeSettings } from "../eval/lib/retype-train.ts";
import { trainOneStage } from "../eval/lib/stacking.ts";
import { tokenizeRecased } from "../stages/entities/casing.ts";
import { gazetteerTags } from "../stages/entities/lexicon.ts";
import { loadModel } from "../stages/entities/model.ts";
import { loadRetyper, retypeSpans } from "../stages/entities/retype.ts";
import type { TokenSpan } from "../stages/entities/spans.ts";
import { tagEntitiesWith } from "../stages/entities/tagger.ts";

/** An invented document: `[Name|TYPE]` marks a gold name. */
function doc(id: number, marked: string): NerDoc {
  let text = "";
  const entities: NerDoc["entities"] = [];
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    const m = /^\[([^|]+)\|(\w+)\]$/.exec(part);
    if (!m) {
      text += part;
      continue;
    }
    entities.push({ start: text.length, end: text.length + m[1].length, text: m[1], type: m[2] });
    text += m[1];
  }
  return { id: `t${id}`, corpus: "gum-train", text, entities };
}

// Invented teams and towns: the same kind of name is a team before "beat" and after "lost to", a town after "in" and "to".
const TEAMS = ["Velmor", "Tarrow", "Osk", "Brindle", "Cassow", "Dunmere", "Elvaston", "Farrowby"];
const TOWNS = ["Glenwick", "Harlow Vale", "Istermoor", "Jorvath", "Kellby", "Lunmouth", "Marrowgate", "Norcastle"];
const DOCS: NerDoc[] = TEAMS.map((team, k) => {
  const other = TEAMS[(k + 3) % TEAMS.length];
  const town = TOWNS[k];
  return doc(
    k,
    `[${team}|ORG] beat [${other}|ORG] 2-1 on Saturday. Later [${other}|ORG] lost to [${TEAMS[(k + 5) % TEAMS.length]}|ORG] at home. ` +
      `[Anna Kovel|PERSON] moved to [${town}|GPE] in 1990 and lives in [${TOWNS[(k + 2) % TOWNS.length]}|GPE] now.`,
  );
});
const SETTINGS: RetypeSettings = { ...RETYPE_SETTINGS, minCount: 1, epochs: 5 };

describe("span-level type classifier (retype.ts)", () => {
  it("makes a name before 'beat' a team, and leaves a town after 'in' a place", () => {
    const r = loadRetyper(trainRetyper(DOCS, "rules", () => { throw new Error("no jackknife in gold training"); }, { ...SETTINGS, train: "gold" }));
    const text = "Quenby beat Rostow 3-0. The coach lives in Sallow now.";
    const tok = tokenizeRecased(text);
    const at = (w: string) => tok.words.indexOf(w);
    // The tagger read the unseen team as a place.
    const spans: TokenSpan[] = [
      { i: at("Quenby"), j: at("Quenby") + 1, type: "GPE", confidence: 0.6, rule: "entities/model" },
      { i: at("Sallow"), j: at("Sallow") + 1, type: "GPE", confidence: 0.6, rule: "entities/model" },
    ];
    const out = retypeSpans(r, tok, gazetteerTags(tok.words), spans);
    expect(out.map((s) => `${tok.words[s.i]} ${s.type}`)).toEqual(["Quenby ORG", "Sallow GPE"]);
    expect(out[0].rule).toBe("entities/retype");
  });

  it("trains deterministically on jackknifed tagger outputs, and the tagger runs it", () => {
    const jk = (_: number, train: NerDoc[]) => trainOneStage(train);
    const a = trainRetyper(DOCS, "rules", jk, SETTINGS);
    const b = trainRetyper(DOCS, "rules", jk, SETTINGS);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.tagger).toBe(true);
    expect(Object.keys(a.weights).length).toBeGreaterThan(0);
    // A model carrying the retyper tags text the same way twice (and never throws on text without names).
    const model = loadModel({ ...trainOneStage(DOCS), retype: a });
    expect(model.retype?.at).toBe("rules");
    const text = "Velmor beat Tarrow 2-1 on Saturday.";
    expect(tagEntitiesWith(text, model)).toEqual(tagEntitiesWith(text, model));
    expect(tagEntitiesWith("nothing here.", model)).toEqual([]);
  });
});
