/**
 * The site named by a dump's interface lines (invented dumps): an account, follow or paywall button that names the site
 * ("Join Quillnet", "Sign In to Quillnet", "Subscribe now to access Harbour Sun.", "Follow Harbourhacker Followed") when
 * the masthead prints the same name alone on a line, and the heading of an appeal's box ("A Message from The Quill
 * Times:"). Guards: a newsletter, a topic or a control named by the same buttons, and a message from an office.
 */
import { describe, expect, it } from "vitest";
import { publisherOfDump } from "../stages/clean/text/publisher.ts";

const BODY = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of the story about the harbour board and the ferry pier, long enough to read as prose.`);
const siteOf = (top: readonly string[], bottom: readonly string[] = []) => publisherOfDump([...top, ...BODY, ...bottom].join("\n"));

describe("the site named by an interface line and the masthead", () => {
  it("account and paywall buttons name the site the masthead prints", () => {
    expect(siteOf(["Quillnet", "Reviews", " * Best Products"], [" * Join Quillnet", " * Sign In to Quillnet"])).toBe("Quillnet");
    expect(siteOf(["Harbour Sun", " * News", " * Sport"], [" * Subscribe now to access Harbour Sun."])).toBe("Harbour Sun");
    expect(siteOf([" * Follow Harbourhacker Followed", " * Related blogs", " * Harbourhacker"])).toBe("Harbourhacker");
  });
  it("reads the buttons and the logo of a Markdown dump as their links' text", () => {
    expect(siteOf(["[Quillnet](/)", ""], ["*   [Join Quillnet](/user/registration/)", "*   [Sign In to Quillnet](/user/login/)"])).toBe("Quillnet");
    expect(siteOf(["*   [Follow Harbourhacker](#) [Followed](#)", "*   [Harbourhacker](https://harbourhacker.example/)"])).toBe("Harbourhacker");
  });
  it("guard: a name the masthead does not print is a newsletter's or a column's", () => {
    expect(siteOf(["Quillnet", " * News"], ["Subscribe to The Morning Brief"])).toBeNull();
    expect(siteOf(["Quillnet", " * News"], ["Follow Mara Quill"])).toBeNull();
  });
  it("guard: a topic or a control in the menu is no site", () => {
    expect(siteOf(["Harbour Courier Online", " * Politics", " * Sport"], ["Follow Politics"])).toBeNull();
    expect(siteOf(["Comment", " * Politics"], ["Sign In to Comment"])).toBeNull();
    expect(siteOf(["Harbour Courier Online", " * Climate Change"], ["Follow Climate Change"])).toBeNull();
  });
});

describe("the heading of an appeal's box", () => {
  it("names the paper", () => {
    expect(siteOf(["The Quill Times", " * News"], ["A Message from The Quill Times:", "Dear readers,"])).toBe("The Quill Times");
    expect(siteOf([], ["A Message from The Quill Times:", "Dear readers,", "© 2024 The Quill Times"])).toBe("The Quill Times");
  });
  it("guard: a person or a sponsor the dump names nowhere else is no site", () => {
    expect(siteOf([], ["A Message from Mara Quill:", "Dear readers,"])).toBeNull();
    expect(siteOf([], ["A Message From Jane Doe", "Dear readers,"])).toBeNull();
    expect(siteOf([], ["A Message from Mayor Jane Doe", "Dear readers,"])).toBeNull();
    expect(siteOf([], ["A Message from Harbour Bank:", "Dear readers,"])).toBeNull();
  });
  it("guard: a message from an office or a desk names no publisher", () => {
    expect(siteOf([], ["A Message From The President", "Dear readers,"])).toBeNull();
    expect(siteOf([], ["A Message from the Editors:", "Dear readers,"])).toBeNull();
    expect(siteOf([], ["A Message From Our Founder", "Dear readers,"])).toBeNull();
  });
});

describe("buttons that name a person, a topic or a newsletter", () => {
  it("guard: a writer's follow button under a Medium-shaped story is no site", () => {
    expect(siteOf(["Harbour Courier", "Ferry pier closes for two years", "Mara Quill", "5 min read"], ["Follow Mara Quill"])).toBeNull();
    expect(siteOf(["Ferry pier closes for two years", "Mara Quill", "5 min read"], ["Follow Mara Quill Followed"])).toBeNull();
  });
  it("guard: a topic, a person or a newsletter in the menu is no site", () => {
    expect(siteOf(["Harbour Courier", " * Brexit", " * Politics"], ["Follow Brexit"])).toBeNull();
    expect(siteOf(["Harbour Courier", " * Covid-19", " * Politics"], ["Follow Covid-19"])).toBeNull();
    expect(siteOf(["Harbour Courier", " * Joe Biden", " * Politics"], ["Follow Joe Biden"])).toBeNull();
    expect(siteOf(["Harbour Courier", " * News", " * Morning Brief"], ["Sign up for Morning Brief"])).toBeNull();
    expect(siteOf(["Harbour Courier", " * Opinion", " * Money Matters"], ["Welcome to Money Matters"])).toBeNull();
  });
  it("guard: a name below the headline is no masthead's", () => {
    expect(siteOf(["Ferry pier closes for two years after the storm", "By Jane Doe", "Quill Gazette"], ["Join Quill Gazette"])).toBeNull();
  });
});

describe("a copyright line with one ordinary word before the sign", () => {
  it("guard: a label of the page is no site", () => {
    for (const line of ["Text © 2024", "Content © 2024", "Photos © 2024", "Design © 2024", "Best of 2024 ©"]) expect(siteOf([], [line])).toBeNull();
    expect(siteOf([], ["Quillnet © 2024"])).toBe("Quillnet");
  });
});
