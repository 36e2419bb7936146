/**
 * Dates stage, seventh round of issue 18: the direction of a date with no past or future cue but a present
 * or modal verb, and the holiday rule's pre-filter. Sentences are our own; the DCT is Friday 2017-03-10.
 */
import { describe, expect, it } from "vitest";
import { tagDates } from "../stages/dates/tag.ts";
import { HOLIDAYS, COMPUTED_HOLIDAYS } from "../stages/dates/lexicon.ts";
import { timexFinders } from "./helpers/dates.ts";

const DCT = "2017-03-10"; // a Friday
const { value } = timexFinders(DCT);

describe("a present schedule verb with a place or an object before the day points ahead", () => {
  it("event verbs of schedules name the coming day", () => {
    expect(value("The prime minister leaves for Lisbon Tuesday.", "Tuesday")).toBe("2017-03-14");
    expect(value("The new tariff takes effect Monday.", "Monday")).toBe("2017-03-13");
    expect(value("The governor resigns Wednesday, her office said.", "Wednesday")).toBe("2017-03-15");
    expect(value("The utility reports earnings Thursday.", "Thursday")).toBe("2017-03-16");
    expect(value("Voters go to the polls Sunday in a runoff.", "Sunday")).toBe("2017-03-12");
  });
  it("the same verbs in the past, after a determiner or as an infinitive keep the other cues", () => {
    expect(value("The prime minister left for Lisbon Tuesday.", "Tuesday")).toBe("2017-03-07");
    expect(value("The new tariff took effect Monday.", "Monday")).toBe("2017-03-06");
    expect(value("The minister announced new rules Thursday.", "Thursday")).toBe("2017-03-09");
  });
});

describe("a date as the predicate of a present copula is ahead", () => {
  it("'the deadline is Friday', 'the runoff is on Sunday', 'elections are in May'", () => {
    expect(value("The deadline for bids is Wednesday.", "Wednesday")).toBe("2017-03-15");
    expect(value("The second round is on Sunday.", "Sunday")).toBe("2017-03-12");
    expect(value("Regional elections are in May.", "May")).toBe("2017-05");
  });
  it("'was' keeps the past, and 'today is Monday' names no day ahead", () => {
    expect(value("The deadline for bids was Wednesday.", "Wednesday")).toBe("2017-03-08");
    expect(value("Regional elections were in May.", "May")).toBe("2016-05");
    expect(value("Today is Friday, the last day of the fair.", "Friday")).toBe("2017-03-10");
  });
});

describe("a modal before the verb of a date points ahead", () => {
  it("'may', 'might', 'could', 'can' and a bare verb", () => {
    expect(value("The tribunal may rule Tuesday on the appeal.", "Tuesday")).toBe("2017-03-14");
    expect(value("The strike could end on Monday.", "Monday")).toBe("2017-03-13");
    expect(value("Repairs might finish by Wednesday.", "Wednesday")).toBe("2017-03-15");
  });
  it("a modal perfect, a negation and a passive ('could not be reached', 'could be found') stay in the past", () => {
    expect(value("The fire may have started Tuesday in the kitchen.", "Tuesday")).toBe("2017-03-07");
    expect(value("The mayor could not be reached Wednesday.", "Wednesday")).toBe("2017-03-08");
    expect(value("Officials said the crew could not land Monday.", "Monday")).toBe("2017-03-06");
    expect(value("The shepherds could be found Tuesday in their summer huts.", "Tuesday")).toBe("2017-03-07");
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
    expect(value("Tuesday's runoff will decide the mayoralty.", "Tuesday")).toBe("2017-03-14");
    expect(value("Monday's ruling could reopen the case.", "Monday")).toBe("2017-03-13");
    expect(value("Sunday's rally is expected to draw thousands.", "Sunday")).toBe("2017-03-12");
  });
  it("a possessive date in the past, or hanging on another noun, stays a past event", () => {
    expect(value("Tuesday's runoff drew few voters.", "Tuesday")).toBe("2017-03-07");
    expect(value("The results of Sunday's ballot are expected Monday.", "Sunday")).toBe("2017-03-05");
    expect(value("Wednesday's meeting has been called off.", "Wednesday")).toBe("2017-03-08");
  });
});

describe("a past verb right before a month after the DCT's means last year", () => {
  it("'was founded in June', 'closed in May', 'matured on May 1' in a March story", () => {
    expect(value("The museum was founded in June by two painters.", "June")).toBe("2016-06");
    expect(value("The sale of the mill closed in May.", "May")).toBe("2016-05");
    expect(value("The first bonds matured on May 1, the treasurer said.", "May 1")).toBe("2016-05-01");
  });
  it("a passive after 'be', a schedule and a present verb keep the coming month", () => {
    expect(value("The mill will be sold in May.", "May")).toBe("2017-05");
    expect(value("The mayor said the mill is scheduled to be sold in May.", "May")).toBe("2017-05");
    expect(value("The bonds mature in May.", "May")).toBe("2017-05");
  });
});
