/**
 * Dates stage: calendar forms written as people say them and days counted
 * from a named day. Every sentence is our own. The DCT is Wednesday 2017-01-25 unless stated.
 */
import { describe, expect, it } from "vitest";
import { tagDates } from "../stages/dates/tag.ts";
import { expectValues, timexFinders } from "./helpers/dates.ts";

const DCT = "2017-01-25";
const { find, value } = timexFinders(DCT);
const texts = (text: string, dct: string | null = DCT) => tagDates(text, dct).map((t) => t.text);

describe("days of the month in words", () => {
  it("a month and an ordinal word is one day", () => {
    expect(find("The referendum is set for March eighth, officials said.", "March")).toMatchObject({ text: "March eighth", value: "2017-03-08" });
    expect(value("Ballots will be counted on June the twenty-first.", "June")).toBe("2017-06-21");
    expect(value("The ferry will sail again on July twenty first.", "July")).toBe("2017-07-21");
  });
  it("'the fourth of July' is a day, its year from the tense", () => {
    expect(find("The parade was held on the fourth of July as usual.", "July")).toMatchObject({ text: "the fourth of July", value: "2016-07-04" });
  });
  it("an ordinal that starts a compound stays out: 'March first-quarter sales'", () => {
    expect(texts("Its March first-quarter sales rose.")).not.toContain("March first");
    expect(texts("The April second round of talks failed.")).not.toContain("April second");
  });
  it("without a DCT nothing is guessed", () => {
    expect(value("The vote falls on March eighth.", "March", null)).toBe("XXXX-03-08");
  });
});

describe("the hour in words", () => {
  it("'4 in the morning', 'nine at night', 'six o'clock this evening'", () => {
    expect(find("The convoy will leave at 4 in the morning.", "morning")).toMatchObject({ text: "4 in the morning", type: "TIME", value: "2017-01-25T04:00" });
    expectValues(value, [
      ["Shops stay open until nine at night.", "night", "2017-01-25T21:00"],
      ["The mayor speaks at six o'clock this evening.", "six", "2017-01-25T18:00"],
      ["The gates open from 10 in the morning until 2 in the afternoon.", "2 in", "2017-01-25T14:00"],
    ]);
  });
  it("the hour belongs to the day the story is at", () => {
    expect(value("On Jan. 12 the guards woke them at 5 in the morning.", "5 in")).toBe("2017-01-12T05:00");
  });
  it("an approximate 12-hour time keeps its a.m. ('about 10:35 a.m.' is not the 24-hour '10:35')", () => {
    expect(find("The blast came at about 10:35 a.m., police said.", "10:35")).toMatchObject({ text: "10:35 a.m.", value: "2017-01-25T10:35", mod: "APPROX" });
    expect(find("The blast came at about 10:35 a.m. on Friday.", "10:35")).toMatchObject({ text: "10:35 a.m. on Friday", value: "2017-01-20T10:35" });
  });
  it("needs a leading preposition and a part of the day (a score is no time)", () => {
    expect(texts("The home side won 3 in the afternoon session.")).toEqual([]);
    expect(texts("They arrived at 4 and left.")).toEqual([]);
  });
});

describe("holidays on a computed day", () => {
  it("US Election Day is the Tuesday after the first Monday of November", () => {
    expect(value("Voters will go to the polls on Election Day.", "Election Day", "2016-10-20")).toBe("2016-11-08");
    expect(value("The campaign ends on Election Day.", "Election Day", "2021-10-20")).toBe("2021-11-02");
  });
  it("Easter follows the computus; Good Friday and Easter week hang on it", () => {
    expect(value("Churches will be full on Easter Sunday.", "Easter", "2019-03-01")).toBe("2019-04-21");
    expect(value("The shops will close on Good Friday.", "Good Friday", "2024-03-01")).toBe("2024-03-29");
    expect(value("Pilgrims will arrive as Easter week begins.", "Easter week", "2025-04-01")).toBe("2025-W16");
  });
  it("other US holidays by the n-th weekday of their month", () => {
    expect(value("Markets will be closed on Presidents' Day.", "Presidents", "2017-02-01")).toBe("2017-02-20");
    expect(value("Florists expect a rush before Mother's Day.", "Mother", "2017-04-20")).toBe("2017-05-14");
    expect(value("The parade will be held on Martin Luther King Day.", "King", "2017-01-02")).toBe("2017-01-16");
  });
});

describe("a day counted from a named day", () => {
  it("'the day before last Tuesday' is the Monday", () => {
    expect(find("The day before last Tuesday's hearing, the lawyers met.", "Tuesday")).toMatchObject({ text: "The day before last Tuesday", value: "2017-01-23" });
  });
  it("'the day after Christmas', 'the day after Jan. 6'", () => {
    expect(value("The sale opened the day after Christmas.", "Christmas")).toBe("2016-12-26");
    expect(value("He flew home the day after Jan. 6, 2015.", "Jan")).toBe("2015-01-07");
  });
  it("an event is no day: 'the day after his arrest on Jan. 6' keeps Jan. 6", () => {
    expect(find("He was freed the day after his arrest on Jan. 6.", "Jan")).toMatchObject({ text: "Jan. 6", value: "2017-01-06" });
  });
});

describe("a half named by its quarters", () => {
  it("'the first two quarters of 1990' is the first half", () => {
    expect(find("Demand should stay weak through the first two quarters of 1990.", "quarters")).toMatchObject({ text: "the first two quarters of 1990", value: "1990-H1" });
    expect(value("Margins narrowed in the last two quarters of this year.", "quarters")).toBe("2017-H2");
  });
  it("without a year it stays a stretch of six months", () => {
    expect(find("Margins narrowed in the last two quarters.", "quarters").type).toBe("DURATION");
  });
});

describe("figures of speech", () => {
  it("'high noon' is a decisive moment, not twelve o'clock; 'at noon' still is", () => {
    expect(texts("For the coalition, high noon comes at the vote.")).toEqual([]);
    expect(value("The court will rule at noon.", "noon")).toBe("2017-01-25T12:00");
  });
});

describe("titles", () => {
  it("'USA Today', 'VOA Today' are a newspaper and a programme, not the day", () => {
    expect(texts("The senator told USA Today that the bill would pass.")).toEqual([]);
    expect(texts("You are listening to VOA Today.")).toEqual([]);
  });
  it("'Today' opening a sentence or after a conjunction is the day", () => {
    expect(value("Today, the bill passed.", "Today")).toBe("2017-01-25");
    expect(value("The vote was delayed. But Today the bill passed.", "Today")).toBe("2017-01-25");
  });
});

describe("the present of a past moment", () => {
  it("'the then-current price' is one expression, in the past", () => {
    expect(find("Holders could buy shares at half the then-current market price.", "current")).toMatchObject({ text: "then-current", value: "PAST_REF" });
    expect(find("Holders could buy shares at half the current market price.", "current")).toMatchObject({ text: "current", value: "PRESENT_REF" });
  });
});
