import { describe, expect, it } from "vitest";
import { findPublished, parsePublished } from "../stages/clean/published.ts";

describe("parsePublished", () => {
  const cases: [string, string | null][] = [
    // day-first with month names, time kept without a zone when none is stated
    ["27 January 2017 16:48", "2017-01-27T16:48"],
    ["25 Jan, 2017 18:49", "2017-01-25T18:49"],
    ["Published: Mon 3 Feb 2020", "2020-02-03"],
    ["3rd March 2021", "2021-03-03"],
    // US month-first, 12-hour clocks
    ["World|economy|January 24, 2017 / 02:14 PM", "2017-01-24T14:14"],
    ["November 19, 2019, 9:02 AM", "2019-11-19T09:02"],
    ["Jan. 5, 2020 at 3:15 p.m. EST", "2020-01-05T15:15-05:00"],
    ["Sept 9, 2019 12:00 AM", "2019-09-09T00:00"],
    // ISO / W3C-DTF
    ["2019-05-04T10:00", "2019-05-04T10:00"],
    ["2019-05-04T10:00:30.5+02:00", "2019-05-04T10:00:30.5+02:00"],
    ["2019-11-18T19:09:00Z", "2019-11-18T19:09:00Z"],
    ["2019-05-04", "2019-05-04"],
    // numeric day.month.year and slashes
    ["24.01.2017", "2017-01-24"],
    ["21:17 18.11.2019", "2019-11-18T21:17"],
    ["2017/01/24", "2017-01-24"],
    ["24/01/2017", "2017-01-24"],
    ["01/24/2017", "2017-01-24"],
    // RFC 2822 from feeds
    ["Tue, 24 Jan 2017 14:02:00 +0000", "2017-01-24T14:02:00+00:00"],
    ["Mon, 02 Dec 2019 08:00:00 GMT", "2019-12-02T08:00:00Z"],
    ["Wed, 20 Nov 2019 04:29:00 -0500", "2019-11-20T04:29:00-05:00"],
    // other languages: full month names, "de" connectors, "22." day ordinals
    ["sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22T20:13"],
    ["22. Oktober 2010", "2010-10-22"],
    ["12 de marzo de 2019", "2019-03-12"],
    ["2 Mai 2020, 10:30", "2020-05-02T10:30"],
    ["Mars 2020 mission", null],
    // not dates
    ["Feb 30, 2020", null],
    ["Page 2 of 10", null],
    ["", null],
    ["2019-13-01", null],
  ];
  for (const [input, want] of cases) {
    it(`${JSON.stringify(input)} → ${want}`, () => expect(parsePublished(input)).toBe(want));
  }

  it("does not read a following word as a time zone", () => {
    expect(parsePublished("27 January 2017 16:48 That was the day")).toBe("2017-01-27T16:48");
  });

  it("leap years are computed, not looked up on a clock", () => {
    expect(parsePublished("29 February 2020")).toBe("2020-02-29");
    expect(parsePublished("29 February 2019")).toBeNull();
  });

  it("findPublished reports where the date (and its time) sits", () => {
    const s = "Posted on 3 March 2021, 10:15 by the desk";
    const f = findPublished(s)!;
    expect(f.iso).toBe("2021-03-03T10:15");
    expect(s.slice(f.start, f.end)).toBe("3 March 2021, 10:15");
  });
});
