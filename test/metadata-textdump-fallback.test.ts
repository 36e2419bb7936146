/**
 * The header of a whole-page text dump (invented dumps): the headline that a comment section's heading
 * quotes ("3 thoughts on “Headline”") wins over a teaser the walk took; when no rule found a headline, the line over
 * a dateline row, a set-off short heading or a set-off line at the head of the body titles the dump.
 */
import { describe, expect, it } from "vitest";
import { BODY, dumpWith } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";

const headline = "Harbour board closes the old ferry pier for repairs";
const teaser = "Weekend market opens early in the old town";

describe("the headline a comment section quotes", () => {
  const header = ["", "", headline, "", "Recent posts", "", "", teaser, "Read more"];
  for (const heading of [`3 thoughts on “${headline}”`, `2 Responses to ${headline}`, `5 Kommentare zu „${headline}“`, `Une réflexion sur « ${headline} »`]) {
    it(`takes the headline quoted by "${heading.slice(0, 22)}…" over a teaser nearer the body`, () => {
      const r = cleanTextDump(dumpWith(header, [...BODY, "", "", heading, "", "Jane Roe says:", "Thank you for this report, we will miss the crossing."]));
      expect(r.meta.title).toBe(headline);
    });
  }
  it("control: with no comment heading, the walk's choice stays", () => {
    const r = cleanTextDump(dumpWith(header));
    expect(r.meta.title).not.toBe(headline);
  });
  it("control: a quoted title that no line prints whole changes nothing", () => {
    const r = cleanTextDump(dumpWith(header, [...BODY, "", "", "3 thoughts on “A different story altogether”"]));
    expect(r.meta.title).not.toBe("A different story altogether");
  });
});

describe("the headline when no rule found one", () => {
  it("takes the line over the dateline row, a closing full stop allowed", () => {
    const head = "Colder nights forecast for Wed. after storm alert Tues.";
    const r = cleanTextDump(dumpWith(["Search", "", "", head, "Written: 2023-11-07 15:03 / Updated: 2023-11-07 15:30", "Share", "Print"]));
    expect(r.meta.title).toBe(head);
    expect(r.meta.published?.slice(0, 10)).toBe("2023-11-07");
  });
  it("takes a short heading set off over the body", () => {
    const r = cleanTextDump(dumpWith(["", "", "Pier repairs"]));
    expect(r.meta.title).toBe("Pier repairs");
  });
  it("control: a menu over the body, no heading set off, gives no headline", () => {
    const r = cleanTextDump(dumpWith([]));
    expect(r.meta.title).toBeUndefined();
  });
});

describe("an author box under its label", () => {
  it("reads the name an author box's label introduces, with its blurb on the same line", () => {
    const r = cleanTextDump(dumpWith(["", "", "Harbour board closes the old ferry pier"], [...BODY, "", "Über die Autorin:", "Jane Doe (41) ist Reporterin für Hafenthemen und lebt an der Küste."]));
    expect(r.meta.author).toBe("Jane Doe");
  });
  it("reads a name alone on the line under the label", () => {
    const r = cleanTextDump(dumpWith(["", "", "Harbour board closes the old ferry pier"], [...BODY, "", "About the author", "Jane Doe", "Jane covers the harbour and the ferries."]));
    expect(r.meta.author).toBe("Jane Doe");
  });
  it("control: a label over a line that names no person gives no author", () => {
    const r = cleanTextDump(dumpWith(["", "", "Harbour board closes the old ferry pier"], [...BODY, "", "About the author", "Harbour Desk Weekly", "Our desk covers the harbour."]));
    expect(r.meta.author).toBeNull();
  });
});

describe("a user name after the byline word of a blog's meta row", () => {
  it('reads "Posted on <date> by <user>" with the row\'s controls after it', () => {
    const r = cleanTextDump(dumpWith(["Harbour board closes the old ferry pier", "", "Posted on 5 April 2015 by jdoe | Leave a comment"]));
    expect(r.meta.author).toBe("jdoe");
    expect(r.meta.published).toBe("2015-04-05");
  });
  it('reads "<date> by <user>" with no verb, and a user name with digits', () => {
    const r = cleanTextDump(dumpWith(["Harbour board closes the old ferry pier", "", "3 April 2022 by harbourfan42"]));
    expect(r.meta.author).toBe("harbourfan42");
  });
  it("control: a CMS account or a function word after the byline word is no name", () => {
    for (const row of ["Posted on 5 April 2015 by admin", "Posted on 5 April 2015 by the"]) {
      expect(cleanTextDump(dumpWith(["Harbour board closes the old ferry pier", "", row])).meta.author).toBeNull();
    }
  });
});

describe("the meta row under a headline far above the body", () => {
  it("dates the page and names the writer from the row under the headline a comment heading quotes", () => {
    const filler = Array.from({ length: 30 }, (_, k) => `Archive entry number ${k + 1}`);
    const header = [headline, "Veröffentlicht am 9. Juli 2016 von jdoe", "Short note on the pier.", "", ...filler, "", "12 June 2016", "Another story"];
    const r = cleanTextDump(dumpWith(header, [...BODY, "", "", `29 Antworten zu ${headline}`]));
    expect(r.meta.title).toBe(headline);
    expect(r.meta.published).toBe("2016-07-09");
    expect(r.meta.author).toBe("jdoe");
  });
});

describe("co-authors and credits in an explicit byline", () => {
  const row = (byline: string) => cleanTextDump(dumpWith([headline, "", byline, "12 March 2021"])).meta.author;
  it("keeps co-authors after a comma when each is a person's name", () => {
    expect(row("By Jane Doe, John Roe")).toBe("Jane Doe, John Roe");
    expect(row("von Jane Doe, Maria Roe")).toBe("Jane Doe, Maria Roe");
  });
  it("control: a job title or an agency after the comma is not a co-author", () => {
    expect(row("By Jane Doe, Staff Writer")).toBe("Jane Doe");
    expect(row("By Jane Doe, Reuters")).toBe("Jane Doe");
  });
  it("cuts a photo credit run into the byline's row", () => {
    expect(row("von Jane Doe Foto: © Example Agentur")).toBe("Jane Doe");
    expect(row("By Jane Doe Photos: John Roe")).toBe("Jane Doe");
  });
});

describe("a byline beside a relative time", () => {
  const row = (line: string) => cleanTextDump(dumpWith([headline, "", line])).meta.author;
  it("reads a person's name beside the age of the piece, in several languages", () => {
    expect(row("Jane Doe | Publicado hace 3 horas")).toBe("Jane Doe");
    expect(row("Maria Roe · vor 2 Stunden")).toBe("Maria Roe");
    expect(row("John Roe - 5 minutes ago")).toBe("John Roe");
  });
  it("control: a section label beside a relative time is no name", () => {
    expect(row("Local news | 3 hours ago")).toBeNull();
  });
});

describe("a breadcrumb trail run into the headline's line", () => {
  it("takes the trail's last item when the line opens with the home page's word", () => {
    const r = cleanTextDump(dumpWith(["", "", "Startseite/Hafen: Der alte Fähranleger schließt"]));
    expect(r.meta.title).toBe("Hafen: Der alte Fähranleger schließt");
  });
  it("control: a slash inside the headline's own words is kept", () => {
    const r = cleanTextDump(dumpWith(["", "", "Home/office rules change for harbour staff"]));
    expect(r.meta.title).toBe("Home/office rules change for harbour staff");
  });
});
