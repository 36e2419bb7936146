/**
 * The loader's record-date normaliser and the cleaner's publication-date reader are kept apart on purpose
 * (see the comments atop stages/load/dates.ts and stages/clean/published.ts): these are the differences
 * that make one unable to stand in for the other without changing outputs.
 */
import { describe, expect, it } from "vitest";
import { normaliseDate } from "../stages/load/dates.ts";
import { parsePublished } from "../stages/clean/published.ts";

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
