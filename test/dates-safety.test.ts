/**
 * Dates stage: guards that keep values independent of the machine and the
 * tagger linear in the text length.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tagDates } from "../stages/dates/tag.ts";
import { RULES } from "../stages/dates/rules.ts";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "stages", "dates");

describe("no clock, no machine time zone", () => {
  it("the stage's source uses UTC date methods only", () => {
    for (const f of readdirSync(DIR).filter((n) => n.endsWith(".ts"))) {
      const src = readFileSync(join(DIR, f), "utf8");
      expect(src, f).not.toMatch(/\.(?:get|set)(?:FullYear|Month|Date|Day|Hours|Minutes|Seconds)\(/);
      expect(src, f).not.toMatch(/Date\.now\(|new Date\(\)|toLocale|getTimezoneOffset/);
    }
  });
  it("the same text and DCT always give the same values, and no DCT gives no calendar guesses", () => {
    const text = "The plant closed yesterday and will reopen next month, on Friday or in August.";
    expect(tagDates(text, "2017-01-24")).toEqual(tagDates(text, "2017-01-24"));
    for (const t of tagDates(text, null)) expect(t.value).not.toMatch(/^\d{4}/);
  });
  it("with no DCT every relative value is underspecified and marked uncertain", () => {
    const text = "Profit in the third quarter rose from a year earlier; last year, this week, at 4 p.m. and three years ago.";
    const out = tagDates(text, null);
    expect(out.map((t) => t.value)).toEqual(["XXXX-Q3", "PAST_REF", "XXXX", "XXXX-WXX", "XXXX-XX-XXT16:00", "PAST_REF"]);
    for (const t of out) expect(t.certain).toBe(false);
  });
  it("a DCT with a time and an offset keeps its own calendar day", () => {
    expect(tagDates("It happened yesterday.", "2017-01-24T23:30:00-05:00")[0].value).toBe("2017-01-23");
  });
});

// Speed is measured by `npm run bench:hostile`; here a super-linear rule shows as a hang (vitest's 60 s timeout).
describe("long inputs", () => {
  it("tags every candidate of a long input full of them", () => {
    const long = "He said on Friday that the plan, agreed last week, will start in March. ".repeat(2000);
    const out = tagDates(long, "2017-01-24");
    expect(out.length).toBe(6000);
    const months = "May may March march ".repeat(3000);
    expect(Array.isArray(tagDates(months, "2017-01-24"))).toBe(true);
  });
});

describe("rule hints", () => {
  it("skipping rules by hint never changes the result", () => {
    const text = [
      "On Tuesday 24 January 2017 the council met; at 4:30 p.m. it voted, and it will meet again next month.",
      "Sales in the third quarter of 2016 rose, up from $2 million a year earlier; Q4 2016 was flat.",
      "The 1990s and the late '80s, the 20th century, the nineties: decades of change since Christmas 1999.",
      "Three years ago, every Monday and daily, for years, over the past two months, late last month.",
      "The storm hit overnight and this morning; by mid-February, in nineteen ninety-six, the following year.",
      "Prices rose 5% per year from 12/05/1998 until 2016-11-05T14:02:00Z, around year-end, this weekend, yesterday.",
    ].join(" ");
    const withHints = tagDates(text, "2017-01-24");
    const saved = RULES.map((r) => r.hint);
    try {
      for (const r of RULES) r.hint = undefined;
      expect(tagDates(text, "2017-01-24")).toEqual(withHints);
    } finally {
      RULES.forEach((r, i) => (r.hint = saved[i]));
    }
    expect(withHints.length).toBeGreaterThan(25);
  });
});
