/**
 * Text-dump metadata, text round 14 (session 25; invented dumps and lines): a footer meta block printed one label per
 * line (the author's label alone over the name; a name closing a date label/value block), a post's footer row far under
 * the body ("Posted by … Tagged with: …"), the forum's "Thread starter" label, and the headline run into its poster row.
 */
import { describe, expect, it } from "vitest";
import { BODY, MENU } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { bylineUnderAuthorLabel, headlineRunIntoPosterRow, isLoneAuthorLabel, nameBeforeAuthorRole, parseByline, postFooterByline } from "../stages/clean/text/header.ts";

const HEADLINE = "Harbour board shuts the old ferry pier for two years";
/** A dump: the menu, the headline, the body, then these footer lines and the site's footer. */
const footerDump = (footer: readonly string[]): string =>
  [...MENU, "", "", HEADLINE, "", ...BODY, "", ...footer, "", "Contact us", "Privacy policy"].join("\n");
/** Lines a page prints between its text and a post's footer row: related links, share and rating widgets. */
const RELATED = [
  "Related articles:",
  " * Ferry fares frozen for the winter",
  " * New bus link around the bay",
  " * Divers survey the old pilings",
  " * Fishermen ask for a hearing",
  "",
  "Share",
  "Rating",
  "loading...",
  `${HEADLINE}, 4.5 out of 5 based on 12 ratings`,
];

describe("the author's label alone on its line, the name on the next", () => {
  it("names the writer of a footer meta block printed one label per line, a role in brackets cut", () => {
    const r = cleanTextDump(footerDump(["Last updated: 14.03.2021", "Author:", "Mara Quill (Harbour editor, M.A. Maritime History)", " * Sources", " * Share"]));
    expect(r.meta.author).toBe("Mara Quill");
    // a given name the lists do not know: the label makes it the writer's
    const unlisted = cleanTextDump(footerDump(["Last updated: 14.03.2021", "Autor*in", "Tiwa Orlund (Redakteurin)", " * Quellen"]));
    expect(unlisted.meta.author).toBe("Tiwa Orlund");
  });
  it("reads the label with or without its colon, markup around it passed over", () => {
    expect(isLoneAuthorLabel("Author:")).toBe(true);
    expect(isLoneAuthorLabel("Auteur(s) :")).toBe(true);
    expect(isLoneAuthorLabel("**Autorin**")).toBe(true);
    expect(isLoneAuthorLabel("Author: Mara Quill")).toBe(false);
    expect(isLoneAuthorLabel("Authors of the harbour")).toBe(false);
  });
  it("control: a desk, a junk account or a sentence under the label names nobody", () => {
    expect(bylineUnderAuthorLabel("Redaktion")).toBeNull();
    expect(bylineUnderAuthorLabel("Admin")).toBeNull();
    expect(bylineUnderAuthorLabel("The author of this blog is a harbour pilot who writes about ferries.")).toBeNull();
    const r = cleanTextDump(footerDump(["Author", "", "The author of this blog is a harbour pilot who writes about ferries."]));
    expect(r.meta.author ?? null).toBeNull();
    // a sidebar widget's heading and its link, list items both
    const widget = cleanTextDump(footerDump([" * Author", "   * About-Me", " * Archive", "   * Harbour Tales"]));
    expect(widget.meta.author ?? null).toBeNull();
  });
});

describe("a footer meta block closed by the name", () => {
  it("takes the person's name right under a labelled date", () => {
    const r = cleanTextDump(footerDump(["First published", "09.05.2022", "Last change", "09.05.2022", "Tom Pierce", " * #Harbour", " * #Ferries"]));
    expect(r.meta.author).toBe("Tom Pierce");
  });
  it("control: a comment prints the name before its date, and a heading of common words is no name", () => {
    const comment = cleanTextDump(footerDump(["Comments", "Tom Pierce", "09.05.2022", "I have taken that ferry every morning for twenty years and I will miss it dearly."]));
    expect(comment.meta.author ?? null).toBeNull();
    const heading = cleanTextDump(footerDump(["First published", "09.05.2022", "Harbour News", " * #Harbour"]));
    expect(heading.meta.author ?? null).toBeNull();
  });
});

describe("a post's footer row far under the body", () => {
  it("names the poster of a row run into its tags, past related links and widgets", () => {
    const r = cleanTextDump(footerDump([...RELATED, " Posted by Mara Quill at 07:41  Tagged with: harbour, ferries, pier"]));
    expect(r.meta.author).toBe("Mara Quill");
  });
  it("reads the row's forms, and needs the tag or category label", () => {
    expect(postFooterByline("Posted by pierwatcher on 3 May 2019 Filed under: News")).toBe("pierwatcher");
    expect(postFooterByline("Geschrieben von Mara Quill am 3. Mai 2019 Kategorie: Hafen")).toBe("Mara Quill");
    expect(postFooterByline("Posted by Mara Quill at 07:41")).toBeNull();
    expect(postFooterByline("Posted by admin at 10:00 Tags: harbour")).toBeNull();
  });
  it("control: a comment's poster line under the body names nobody", () => {
    const r = cleanTextDump(footerDump([...RELATED, "Posted by pierwatcher at 07:41", "I will miss the morning crossing."]));
    expect(r.meta.author ?? null).toBeNull();
  });
});

describe("the forum's thread starter", () => {
  it("is an explicit byline", () => {
    expect(parseByline("Thread starter Pierwatcher")).toBe("Pierwatcher");
    expect(parseByline("Thread started on the pier")).toBeNull();
    expect(parseByline("Thread starter Mara Quill")).toBe("Mara Quill");
  });
});

describe("the headline run into its poster row", () => {
  it("splits the row: the category cut, the headline, the poster and the day", () => {
    const r = cleanTextDump(
      [
        ...MENU,
        "Who is online",
        "Members: 0",
        "Guests: 13",
        "",
        "Harbour News : Ferry pier shuts for two years Geschrieben von Pierwatcher am 12.04.2016 09:45 (312 x gelesen)",
        "",
        "Divers start the survey in spring",
        "Bus link replaces the morning crossing",
        "",
        ...BODY,
        "",
        "Contact us",
      ].join("\n"),
    );
    expect(r.meta.title).toBe("Ferry pier shuts for two years");
    // the title block (what the article's title is taken from) says the same
    expect(r.blocks.find((b) => b.role === "title")?.text).toBe("Ferry pier shuts for two years");
    expect(r.meta.author).toBe("Pierwatcher");
    expect(r.meta.published?.slice(0, 10)).toBe("2016-04-12");
  });
  it("control: a poster row alone, or with no date, is no run-in headline", () => {
    expect(headlineRunIntoPosterRow("Posted by Pierwatcher on 3 May 2019")).toBeNull();
    expect(headlineRunIntoPosterRow("Ferry pier shuts for two years Posted by Pierwatcher")).toBeNull();
    expect(headlineRunIntoPosterRow("Ferry pier shuts for two years Posted by Pierwatcher on 3 May 2019")?.head).toBe("Ferry pier shuts for two years");
  });
});

describe("a post footer's author badge", () => {
  it("names the writer under the post's tag rows", () => {
    const r = cleanTextDump(footerDump(["03.02.20", "Filed under: News, Harbour", "Tagged with: ferries, pier", "Mara Quill Author", " * About us"]));
    expect(r.meta.author).toBe("Mara Quill");
  });
  it("control: the role word after words that are no person's name", () => {
    expect(nameBeforeAuthorRole("Harbour Blog Author")).toBeNull();
    expect(nameBeforeAuthorRole("Become an author")).toBeNull();
    expect(nameBeforeAuthorRole("Mara Quill Autorin")).toBe("Mara Quill");
  });
});
