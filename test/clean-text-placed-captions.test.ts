/**
 * Photo captions printed without a credit that place their people in the picture ("Jane Roe, the mayor, center, …",
 * "Jane Roe (right) …", "From left: …") are named as captions with their reason, between the headline and the lede or
 * between paragraphs; news sentences with "left" or "right" in them stay. A stock agency's credit with its collection
 * after a slash is a caption too. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { matchResidue } from "../stages/clean/text/patterns.ts";
import { FOOTBRIDGE, bodyLines, footer, menu, txt } from "./helpers/footbridge.ts";

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const ruleOf = (s: string) => matchResidue(s, words(s))?.rule ?? null;

describe("captions that place their people in the picture", () => {
  for (const line of [
    "Jane Roe, the mayor, center, cuts the ribbon at the new footbridge on Saturday.",
    "Jane Roe, left, and John Doe shake hands after the vote in the council chamber.",
    "Jane Roe (right) speaks with volunteers at the site of the old bridge.",
    "John Doe, the treasurer, left grey suit, hands over the cheque to the club.",
    "From left: Jane Roe, John Doe and Max Muster at the opening of the bridge.",
    "(L-R) Jane Roe, John Doe and Max Muster carry the first plank across.",
    "Volunteers carry planks to the river. Getty Images/Example Collection",
  ]) {
    it(`is a caption: ${line}`, () => expect(ruleOf(line)).toBe("clean/caption"));
  }

  for (const line of [
    "The man turned, left, and walked back to the car park without a word.",
    "Smith said the party had moved to the left, and that voters noticed.",
    "The mayor, who spoke on the right, said the bridge would open in May.",
    "Left to their own devices, the volunteers finished a day early.",
    // a party's letter in brackets, a player's position, a political wing, the verb "left"
    "Gov. Ron DeSantis (R) signed the bill into law on Thursday afternoon.",
    "Sen. Susan Collins (R) said she would vote against the nominee.",
    "Alphonso Davies, left back, signed a new contract with Bayern on Friday.",
    "Kieran Trippier, right back, was named captain for the friendly in Glasgow.",
    "In Germany, as in France, far right parties, once marginal, are now surging in the polls.",
    "In Poland, by contrast, centre right voters, long loyal to the party, stayed home.",
    "Jones, the finance director, left, and the company never recovered from the loss.",
    // prose that names the stock agencies
    "Many newsrooms license their pictures from Getty Images/Shutterstock.",
    "The two companies now trade as Getty Images / Shutterstock Inc.",
  ]) {
    it(`is no caption: ${line}`, () => expect(ruleOf(line)).toBeNull());
  }

  it("drops the lead photo's caption between the headline and the lede and keeps the article", () => {
    const caption = "Jane Roe, the mayor, center, cuts the ribbon at the new footbridge on Saturday.";
    const r = cleanTextDump(txt(...menu, "Volunteers rebuild the footbridge in a weekend", "By Jane Example", caption, ...FOOTBRIDGE, ...footer));
    expect(bodyLines(r)).toEqual(FOOTBRIDGE);
    expect(r.removed.find((b) => b.text === caption)?.rule).toBe("clean/caption");
  });
});
