/**
 * Dates stage, fifth round of issue 18: direction and anchoring families. Sentences are our own;
 * the DCT is Friday 2017-03-10 unless stated.
 */
import { describe, expect, it } from "vitest";
import { timexFinders } from "./helpers/dates.ts";

const DCT = "2017-03-10"; // a Friday
const { value } = timexFinders(DCT);

describe("a schedule in the present simple points ahead", () => {
  it("a bare present event verb before a weekday names the coming day", () => {
    expect(value("The harbour board meets Tuesday to set new fees.", "Tuesday")).toBe("2017-03-14");
    expect(value("The two ministers meet separately Monday with the mediator.", "Monday")).toBe("2017-03-13");
    expect(value("Talks resume on Wednesday in Oslo.", "Wednesday")).toBe("2017-03-15");
    expect(value("The new bridge opens in May, officials said.", "May")).toBe("2017-05");
  });
  it("the same verbs in the past, as an infinitive or after a negation keep the other cues", () => {
    expect(value("The board met Tuesday to set new fees.", "Tuesday")).toBe("2017-03-07");
    expect(value("The unions agreed to meet Monday with the mediator.", "Monday")).toBe("2017-03-06");
    expect(value("The ministers did not meet Wednesday, an aide said.", "Wednesday")).toBe("2017-03-08");
    expect(value("The museum said its visits Tuesday drew record crowds.", "Tuesday")).toBe("2017-03-07");
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
