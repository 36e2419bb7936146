/**
 * Dates stage: direction and anchoring families. Sentences are our own;
 * the DCT is Friday 2017-03-10 unless stated.
 */
import { describe, expect, it } from "vitest";
import { expectValues, timexFinders } from "./helpers/dates.ts";

const DCT = "2017-03-10"; // a Friday
const { value } = timexFinders(DCT);

describe("a schedule in the present simple points ahead", () => {
  it("a bare present event verb before a weekday names the coming day", () => {
    expectValues(value, [
      ["The harbour board meets Tuesday to set new fees.", "Tuesday", "2017-03-14"],
      ["The two ministers meet separately Monday with the mediator.", "Monday", "2017-03-13"],
      ["Talks resume on Wednesday in Oslo.", "Wednesday", "2017-03-15"],
      ["The new bridge opens in May, officials said.", "May", "2017-05"],
    ]);
  });
  it("the same verbs in the past, as an infinitive or after a negation keep the other cues", () => {
    expectValues(value, [
      ["The board met Tuesday to set new fees.", "Tuesday", "2017-03-07"],
      ["The unions agreed to meet Monday with the mediator.", "Monday", "2017-03-06"],
      ["The ministers did not meet Wednesday, an aide said.", "Wednesday", "2017-03-08"],
      ["The museum said its visits Tuesday drew record crowds.", "Tuesday", "2017-03-07"],
    ]);
  });
});

describe("one day as a length", () => {
  it("a margin or a length of one day is a DURATION", () => {
    expect(value("The vote was delayed by one day.", "one day")).toBe("P1D");
    expect(value("The crew spent one day on the glacier.", "one day")).toBe("P1D");
  });
  it("'will one day' stays an unspecified future, and a narrative 'one day' is not tagged", () => {
    expect(value("The port will one day rival Rotterdam.", "one day")).toBe("FUTURE_REF");
    expect(() => value("One day, a fisherman found the wreck.", "One day")).toThrow(/no timex/);
  });
});

describe("an anaphor to a coarser time keeps what it knows", () => {
  it("'that same day' after a month is a day of that month; 'that month' after a year a month of it", () => {
    expect(value("The plant closed last October. Its sign came down that same day.", "that same day")).toBe("2016-10-XX");
    expect(value("The mine opened in 1995. That month, copper prices fell.", "That month")).toBe("1995-XX");
  });
  it("a shift from an unknown day stays unknown, and a full date still shifts", () => {
    expect(value("The plant closed last October. The following day, workers protested.", "following day")).toBe("XXXX-XX-XX");
    expect(value("The plant closed on Oct. 3, 2016. The following day, workers protested.", "following day")).toBe("2016-10-04");
  });
});

describe("a year-ago comparison is anchored on a quarter already reported", () => {
  it("an outlook quarter still ahead is not the one compared", () => {
    const dct = "2016-10-20";
    const text = "Analysts expect losses through the second quarter of 2017. The mill earned $4 million. In the year-ago period, it earned $9 million.";
    expect(value(text, "year-ago", dct)).toBe("2015-Q3");
    expect(value("Third-quarter profit fell. In the year-ago period, the mill earned more.", "year-ago", dct)).toBe("2015-Q3");
  });
});
