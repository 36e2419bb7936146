/**
 * Cleaning round 12 (session clean-12): an in-article read-more promo that the article resumes under does not end the
 * body. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { bodyLines, FOOTBRIDGE, footer, menu, txt } from "./helpers/footbridge.ts";

const TITLE = "Footbridge rebuilt by volunteers after the spring floods";
/** A long article: the footbridge story and six more paragraphs about the town's repairs. */
const LONG = [
  ...FOOTBRIDGE,
  "The town's other crossings were checked in the same week, and two of the four small bridges upstream were closed for a few days as a precaution.",
  "Engineers from the regional office said the stone arches had held well, but the timber decks of the older crossings would need new beams within a year.",
  "Farmers on the far bank had to drive their tractors through the next village while the road bridge was shut, a detour of almost twenty kilometres.",
  "The school's head teacher said attendance had fallen by a third during the month, because many parents did not want their children on the long path.",
  "A fund set up by the parish raised more than twelve thousand in three weeks, most of it in small gifts from families who live on both banks.",
  "The volunteers kept a list of every board and cable they used, so that the council could check the costs against the money the parish collected.",
];
/** Two closing paragraphs, short beside the article above. */
const CLOSING = [
  "Kolar said the group would meet again in the autumn to paint the rails and to fix the lamps that light the path after dark.",
  "The council will hold a small opening on Friday at noon, weather permitting, and the school children have been asked to cut the ribbon.",
];
const share = ["Facebook", "Twitter", "Share"];

describe("a read-more promo between an article's last paragraphs", () => {
  it("keeps the closing paragraphs under a 'Read more' label and one linked headline", () => {
    const r = cleanTextDump(txt(...menu, TITLE, ...LONG, "Read more", "Storm damage closes two mountain roads for the week", ...CLOSING, ...share, ...footer));
    expect(bodyLines(r)).toEqual([...LONG, ...CLOSING]);
  });
  it("keeps them under a 'Related' label too, in an innerText dump (no blank lines)", () => {
    const r = cleanTextDump([...menu, TITLE, ...LONG, "Related", "Storm damage closes two mountain roads for the week", ...CLOSING, ...share, ...footer].join("\n"));
    expect(bodyLines(r)).toEqual([...LONG, ...CLOSING]);
  });
  it("still drops a related box of teaser cards under the article (a headline over each blurb)", () => {
    const cards = [
      "Storm damage closes two mountain roads for the week",
      "Crews cleared the first road on Tuesday, and the second should open by the weekend.",
      "Night trains return to the valley line in June",
      "The operator said the new timetable would add three late trains on weekdays.",
    ];
    const r = cleanTextDump(txt(...menu, TITLE, ...LONG, "Related", ...cards, ...share, ...footer));
    expect(bodyLines(r)).toEqual(LONG);
  });
  it("still drops a related box whose card is a kicker, a headline and one blurb", () => {
    const r = cleanTextDump(txt(...menu, TITLE, ...LONG, "Read more", "Valley", "Storm damage closes two mountain roads for the week", CLOSING[0], ...share, ...footer));
    expect(bodyLines(r)).toEqual(LONG);
  });
});
