/**
 * A dump's site when its footer's copyright names the outlet's parent company (a group, a media house, a network) and
 * its masthead prints the outlet's logo text (invented dumps). Controls: a logo's label that is an ordinary word, an
 * outlet's own copyright line, and no logo line.
 */
import { describe, expect, it } from "vitest";
import { publisherOfDump } from "../stages/clean/text/publisher.ts";

const story = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of the story about the harbour board and its ferries.`);
const dump = (top: string[], foot: string): string => [...top, ...story, foot].join("\n");

describe("parent company in the copyright line, the outlet in the masthead's logo", () => {
  it("takes the logo's name over a media group's copyright", () => {
    expect(publisherOfDump(dump(["The Harbour Post The Harbour Post logo. The Harbour Post homepage", "Menu"], "© 2024 Quayside Media, LLC. All Rights Reserved"))).toBe("The Harbour Post");
    expect(publisherOfDump(dump(["Harbour Post Logo", "Menu"], "Copyright © 2015 Quayside Medien"))).toBe("Harbour Post");
  });
  it("reads a Markdown logo image's alternative text", () => {
    expect(publisherOfDump(dump(["[![Harbour Post Logo](/img/logo.svg)](/)", "Menu"], "© 2024 Quayside Media Group"))).toBe("Harbour Post");
  });
  it("controls: an ordinary word's logo label, the outlet's own copyright, no logo line", () => {
    expect(publisherOfDump(dump(["Print logo", "Menu"], "© 2024 Quayside Media Group"))).toBe("Quayside Media Group");
    expect(publisherOfDump(dump(["Harbour Post Logo", "Menu"], "© 2024 The Harbour Courier"))).toBe("The Harbour Courier");
    expect(publisherOfDump(dump(["Menu"], "© 2024 Quayside Media Group"))).toBe("Quayside Media Group");
  });
});
