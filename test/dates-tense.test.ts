/**
 * Dates stage: the direction of a date with no past or future cue but a present
 * or modal verb, and the holiday rule's pre-filter. Sentences are our own; the DCT is Friday 2017-03-10.
 */
import { describe, expect, it } from "vitest";
import { tagDates } from "../stages/dates/tag.ts";
import { HOLIDAYS, COMPUTED_HOLIDAYS } from "../stages/dates/lexicon.ts";
import { expectValues, timexFinders } from "./helpers/dates.ts";

const DCT = "2017-03-10"; // a Friday
const { value } = timexFinders(DCT);

describe("a present schedule verb with a place or an object before the day points ahead", () => {
  it("event verbs of schedules name the coming day", () => {
    expectValues(value, [
      ["The prime minister leaves for Lisbon Tuesday.", "Tuesday", "2017-03-14"],
      ["The new tariff takes effect Monday.", "Monday", "2017-03-13"],
      ["The governor resigns Wednesday, her office said.", "Wednesday", "2017-03-15"],
      ["The utility reports earnings Thursday.", "Thursday", "2017-03-16"],
      ["Voters go to the polls Sunday in a runoff.", "Sunday", "2017-03-12"],
    ]);
  });
  it("the same verbs in the past, after a determiner or as an infinitive keep the other cues", () => {
    expectValues(value, [
      ["The prime minister left for Lisbon Tuesday.", "Tuesday", "2017-03-07"],
      ["The new tariff took effect Monday.", "Monday", "2017-03-06"],
      ["The minister announced new rules Thursday.", "Thursday", "2017-03-09"],
    ]);
  });
});

describe("a date as the predicate of a present copula is ahead", () => {
  it("'the deadline is Friday', 'the runoff is on Sunday', 'elections are in May'", () => {
    expectValues(value, [
      ["The deadline for bids is Wednesday.", "Wednesday", "2017-03-15"],
      ["The second round is on Sunday.", "Sunday", "2017-03-12"],
      ["Regional elections are in May.", "May", "2017-05"],
    ]);
  });
  it("'was' keeps the past, and 'today is Monday' names no day ahead", () => {
    expectValues(value, [
      ["The deadline for bids was Wednesday.", "Wednesday", "2017-03-08"],
      ["Regional elections were in May.", "May", "2016-05"],
      ["Today is Friday, the last day of the fair.", "Friday", "2017-03-10"],
    ]);
  });
});

describe("a modal before the verb of a date points ahead", () => {
  it("'may', 'might', 'could', 'can' and a bare verb", () => {
    expectValues(value, [
      ["The tribunal may rule Tuesday on the appeal.", "Tuesday", "2017-03-14"],
      ["The strike could end on Monday.", "Monday", "2017-03-13"],
      ["Repairs might finish by Wednesday.", "Wednesday", "2017-03-15"],
    ]);
  });
  it("a modal perfect, a negation and a passive ('could not be reached', 'could be found') stay in the past", () => {
    expectValues(value, [
      ["The fire may have started Tuesday in the kitchen.", "Tuesday", "2017-03-07"],
      ["The mayor could not be reached Wednesday.", "Wednesday", "2017-03-08"],
      ["Officials said the crew could not land Monday.", "Monday", "2017-03-06"],
      ["The shepherds could be found Tuesday in their summer huts.", "Tuesday", "2017-03-07"],
    ]);
  });
  it("'May' at the head of a sentence is a month, not a modal", () => {
    expect(value("May sales fell 3%, the company said Tuesday.", "Tuesday")).toBe("2017-03-07");
  });
});

describe("the holiday rule's pre-filter lets every lexicon holiday through", () => {
  const names = [...Object.keys(HOLIDAYS), ...Object.keys(COMPUTED_HOLIDAYS)];
  const title = (k: string) => k.replace(/(^|\s)(\w)/g, (_, s: string, c: string) => s + c.toUpperCase());
  it.each(names)("%s, as written and without its apostrophe", (k) => {
    for (const form of new Set([title(k), title(k).replace(/'/g, "")])) {
      // the plain-apostrophe-less spelling is only a name for the computed holidays ("Mothers Day")
      if (form !== title(k) && !(k in COMPUTED_HOLIDAYS)) continue;
      const hit = tagDates(`Shops will close early on ${form} this year.`, DCT).find((t) => t.rule === "dates/date/holiday");
      expect(hit?.text, form).toBe(form);
    }
  });
});

describe("an aim and a possessive date with its own future verb point ahead", () => {
  it("'hope to', 'aim to', 'seek to', 'want to' before the date", () => {
    expect(value("By Wednesday, negotiators hope to close the gap.", "Wednesday")).toBe("2017-03-15");
    expect(value("The league aims to announce the schedule on Monday.", "Monday")).toBe("2017-03-13");
  });
  it("a possessive date whose noun is the subject of 'will', 'could' or 'is expected'", () => {
    expectValues(value, [
      ["Tuesday's runoff will decide the mayoralty.", "Tuesday", "2017-03-14"],
      ["Monday's ruling could reopen the case.", "Monday", "2017-03-13"],
      ["Sunday's rally is expected to draw thousands.", "Sunday", "2017-03-12"],
    ]);
  });
  it("a possessive date in the past, or hanging on another noun, stays a past event", () => {
    expectValues(value, [
      ["Tuesday's runoff drew few voters.", "Tuesday", "2017-03-07"],
      ["The results of Sunday's ballot are expected Monday.", "Sunday", "2017-03-05"],
      ["Wednesday's meeting has been called off.", "Wednesday", "2017-03-08"],
    ]);
  });
});

describe("a past verb right before a month after the DCT's means last year", () => {
  it("'was founded in June', 'closed in May', 'matured on May 1' in a March story", () => {
    expectValues(value, [
      ["The museum was founded in June by two painters.", "June", "2016-06"],
      ["The sale of the mill closed in May.", "May", "2016-05"],
      ["The first bonds matured on May 1, the treasurer said.", "May 1", "2016-05-01"],
    ]);
  });
  it("a passive after 'be', a schedule and a present verb keep the coming month", () => {
    expectValues(value, [
      ["The mill will be sold in May.", "May", "2017-05"],
      ["The mayor said the mill is scheduled to be sold in May.", "May", "2017-05"],
      ["The bonds mature in May.", "May", "2017-05"],
    ]);
  });
});
