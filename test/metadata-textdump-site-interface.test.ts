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
    expect(siteOf([], ["A Message from The Quill Times:", "Dear readers,"])).toBe("The Quill Times");
  });
  it("guard: a message from an office or a desk names no publisher", () => {
    expect(siteOf([], ["A Message From The President", "Dear readers,"])).toBeNull();
    expect(siteOf([], ["A Message from the Editors:", "Dear readers,"])).toBeNull();
    expect(siteOf([], ["A Message From Our Founder", "Dear readers,"])).toBeNull();
  });
});
