/**
 * Dates stage: guards that keep values independent of the machine and the
 * tagger linear in the text length.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tagDates } from "../stages/dates/tag.ts";

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
  it("a DCT with a time and an offset keeps its own calendar day", () => {
    expect(tagDates("It happened yesterday.", "2017-01-24T23:30:00-05:00")[0].value).toBe("2017-01-23");
  });
});

describe("speed", () => {
  it("stays linear on long inputs full of candidates", () => {
    const long = "He said on Friday that the plan, agreed last week, will start in March. ".repeat(2000);
    const t0 = performance.now();
    const out = tagDates(long, "2017-01-24");
    expect(out.length).toBe(6000);
    expect(performance.now() - t0).toBeLessThan(5000);
    const months = "May may March march ".repeat(3000);
    const t1 = performance.now();
    tagDates(months, "2017-01-24");
    expect(performance.now() - t1).toBeLessThan(5000);
  });
});
