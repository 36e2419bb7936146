/**
 * The loader's record-date normaliser and the cleaner's publication-date reader are kept apart on purpose
 * (see the comments atop stages/load/dates.ts and stages/clean/published.ts): these are the differences
 * that make one unable to stand in for the other without changing outputs.
 */
import { describe, expect, it } from "vitest";
import { normaliseDate } from "../stages/load/dates.ts";
import { parsePublished } from "../stages/clean/published.ts";
import { normaliseMetaDate } from "../stages/clean/html/dates.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

describe("record dates (strict field) and page dates (search in text)", () => {
  it("a record keeps a year or a month as stated; a page needs a full day", () => {
    expect(normaliseDate("2017")).toBe("2017");
    expect(normaliseDate("2017-01")).toBe("2017-01");
    expect(parsePublished("2017")).toBeNull();
  });
  it("a record reads RFC 2822's two-digit years", () => {
    expect(normaliseDate("Tue, 24 Jan 17 10:00 GMT")).toBe("2017-01-24T10:00Z");
    expect(parsePublished("Tue, 24 Jan 17 10:00 GMT")).toBeNull();
  });
  it("a page date is searched for in text and read in more formats; a record date must be the whole value", () => {
    expect(parsePublished("Posted 2017-01-24 by the desk")).toBe("2017-01-24");
    expect(normaliseDate("Posted 2017-01-24 by the desk")).toBeNull();
    expect(parsePublished("24.01.2017")).toBe("2017-01-24");
    expect(normaliseDate("24.01.2017")).toBeNull();
  });
  it("an unreadable offset refuses a record date but keeps a page's day and time", () => {
    expect(normaliseDate("2017-01-24T10:00+25:00")).toBeNull();
    expect(parsePublished("2017-01-24T10:00+25:00")).toBe("2017-01-24T10:00");
  });
  it("both read the same named zones from the shared calendar", () => {
    expect(normaliseDate("24 Jan 2017 10:00 CEST")).toBe("2017-01-24T10:00+02:00");
    expect(parsePublished("24 Jan 2017 10:00 CEST")).toBe("2017-01-24T10:00+02:00");
  });
});

describe("a leap second (:60) is written as :59, the second every date reader takes", () => {
  // ISO 8601 allows second 60, but Python's datetime, pandas' to_datetime and JavaScript's Date refuse it
  it("in a record's date, ISO or RFC 2822", () => {
    expect(normaliseDate("2016-12-31T23:59:60Z")).toBe("2016-12-31T23:59:59Z");
    expect(normaliseDate("2016-12-31T23:59:60.25+01:00")).toBe("2016-12-31T23:59:59.25+01:00");
    expect(normaliseDate("Sat, 31 Dec 2016 23:59:60 +0000")).toBe("2016-12-31T23:59:59+00:00");
    expect(normaliseDate("2016-12-31T23:59:61Z")).toBeNull();
  });
  it("in a page's date, ISO or written with a clock", () => {
    expect(parsePublished("Updated 2016-12-31T23:59:60Z")).toBe("2016-12-31T23:59:59Z");
    expect(parsePublished("31 December 2016 23:59:60 GMT")).toBe("2016-12-31T23:59:59Z");
    // past 60 there is no clock: the day stays
    expect(parsePublished("2016-12-31T23:59:61Z")).toBe("2016-12-31");
    expect(normaliseMetaDate("2016-12-31T23:59:60Z")).toBe("2016-12-31T23:59:59Z");
  });
  it("in a page's published-time meta tag", () => {
    const meta = metadataOf({
      head: '<meta property="article:published_time" content="2021-03-03T10:00:60Z">',
      body: "<article><h1>Harbour ferry timetable changes</h1>" + paragraph("The ferry timetable changes on Monday for the winter months.") + "</article>",
    });
    expect(meta.published).toBe("2021-03-03T10:00:59Z");
  });
});
