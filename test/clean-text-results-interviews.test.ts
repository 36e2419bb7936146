/**
 * Short lines that are the article's own text. A sports results roundup's score lines (a result "Team d. Team 70-44", a line score "Team 14 11 6 15 — 44") are the
 * article's own text: the body keeps them from the first game on. A ticker with the score between the teams, and a
 * menu, stay out. An interview's labelled questions ("Q: …?") count like short sentences. Every team and sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { classifyLine } from "../stages/clean/text/classify.ts";
import { bodyLines, footer, menu, txt } from "./helpers/footbridge.ts";

const unitOf = (text: string) => ({ index: 0, raw: text, text, linked: text, list: false, quote: false, markHeading: false, headingLevel: 0, indent: 0, blankBefore: true, blanksBefore: 1, columnGaps: 0 });
const scoreOf = (text: string) => classifyLine(unitOf(text), "en").score;

const FIRST_GAME = ["Northgate d. Eastwood 58-41", "Eastwood 10 12 9 10 — 41", "Northgate 15 14 16 13 — 58"];
const REPORTS = [
  "Northgate (2-0): Jamie Example 21 points and 9 rebounds. Sam Sample 12 points. Alex Placeholder 8 points.",
  "Eastwood (0-2): Robin Dummy 14 points. Casey Testcase 11 points. Drew Mock 6 points and 4 steals.",
  "Hillcrest d. Westfield 47-39",
  "Hillcrest (1-1): Morgan Fixture 16 points. Taylor Stub 10 points. Jordan Fake 9 points and 5 assists.",
  "Westfield (1-1): Avery Invented 18 points. Riley Madeup 7 points. Quinn Notreal 6 points.",
];

describe("score lines of a results roundup", () => {
  it("count for the body like a short sentence, not like a menu item", () => {
    for (const line of [...FIRST_GAME, "Westfield def. Hillcrest 3-1 (OT)", "St. Mary's d. Lakeside, 21-14"]) expect(scoreOf(line)).toBeGreaterThan(0);
  });

  it("not a ticker with the score between the teams, nor a plain menu item", () => {
    for (const line of ["Eastwood 2:1 Hillcrest", "Results and fixtures", "Northgate Eastwood"]) expect(scoreOf(line)).toBeLessThan(0);
  });

  it("not a headline with a verb, nor a pager", () => {
    for (const line of ["Celtics beat Heat 110-98", "Arsenal beat Chelsea 3-1", "Senate Democrats beat Republicans 51-49", "Page 1 2 3 4 — 12", "Chapter 1 2 3 - 9", "Page 1 2 3 4 5 6 — 10"]) expect(scoreOf(line)).toBeLessThan(0);
  });

  it("a strip of teaser headlines with scores above an article stays out of the body", () => {
    const strip = ["Celtics beat Heat 110-98", "Arsenal beat Chelsea 3-1", "Northgate edges Eastwood 58-57", "Westfield tops Hillcrest 3-1", "Lakeside beats Ridgeway 21-14"];
    const r = cleanTextDump(txt(...menu, ...strip, "Roundup: Northgate stays unbeaten", "By Jane Example", ...REPORTS.filter((l) => !l.includes(" d. ")), ...footer));
    const body = bodyLines(r);
    for (const line of strip) expect(body).not.toContain(line);
  });

  it("the body keeps the first game's result and line score above its report", () => {
    const r = cleanTextDump(txt(...menu, "Roundup: Northgate stays unbeaten", "By Jane Example", "GIRLS BASKETBALL", ...FIRST_GAME, ...REPORTS, ...footer));
    const body = bodyLines(r);
    for (const line of FIRST_GAME) expect(body).toContain(line);
    for (const line of REPORTS) expect(body).toContain(line);
    for (const line of menu) expect(body).not.toContain(line);
  });
});

describe("an interview's labelled questions", () => {
  const score = scoreOf;

  it("count for the body like a short sentence, in several languages", () => {
    for (const q of ["Q: How did the project start?", "Frage: Wie fing alles an?", "P: ¿Cómo empezó todo?", "V: Hoe begon het?"]) expect(score(q)).toBeGreaterThan(0);
  });

  it("a teaser headline that asks a question without the label does not, nor one opened by a name's initial", () => {
    for (const q of ["Is this the end of the village shop?", "Why do rivers flood in spring?", "V. Putin: what does he want?", "D. Trump and the tariffs: who pays?", "P. Diddy trial: what happens next?"]) expect(score(q)).toBeLessThanOrEqual(0);
  });

  it("keeps every question of an interview between its answers", () => {
    const interview = [
      "Jane Example has led the volunteer group that rebuilt the footbridge over the mill stream for six years.",
      "Q: How did the project start?",
      "After the spring flood closed the old bridge, a handful of neighbours met in the village hall and drew up a plan for a new one.",
      "Q: Who paid for it?",
      "The timber was donated by a local sawmill, and the council covered the cost of the bolts, the rails and the safety inspection.",
      "Q: What comes next?",
      "We would like to repair the path along the north bank next summer, if enough people sign up to help with the work.",
    ];
    const r = cleanTextDump(txt(...menu, "Five questions for the bridge builders", "By Jane Example", ...interview, ...footer));
    expect(bodyLines(r)).toEqual(interview);
  });
});
