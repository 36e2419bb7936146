/**
 * A dump's site when its footer's copyright names the outlet's parent company (a group, a media house, a network) and
 * its masthead prints the outlet's logo text, a name the dump prints again elsewhere (invented dumps). Controls: a
 * logo's label, a platform's or a sponsor's logo, a headline that names a logo, a logo name printed nowhere else, an
 * outlet's own copyright line, and no logo line.
 */
import { describe, expect, it } from "vitest";
import { publisherOfDump } from "../stages/clean/text/publisher.ts";

const story = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of the story about the lock keepers and the canal barges.`);
/** A dump: the top lines, the story, a line that names `again` (when given), the footer. */
const dump = (top: string[], foot: string, again?: string): string => [...top, ...story, ...(again ? [`Get the ${again} in your inbox every morning`] : []), foot].join("\n");
const GROUP = "Copyright 2023 Larkspur Publishing Group";

describe("parent company in the copyright line, the outlet in the masthead's logo", () => {
  it("takes the logo's name over a media group's copyright when the dump prints it again", () => {
    expect(publisherOfDump(dump(["Skip to content", "Canal Street Ledger logo", "Sections"], GROUP, "Canal Street Ledger"))).toBe("Canal Street Ledger");
    expect(publisherOfDump(dump(["Kestrel Bote Logo", "Ressorts"], "© 2019 Larkspur Medien", "Kestrel Bote"))).toBe("Kestrel Bote");
  });
  it("reads a Markdown logo image's alternative text, and a logo's label word off the name", () => {
    expect(publisherOfDump(dump(["[![Canal Street Ledger Logo](/brand/mark.png)](/)", "Sections"], GROUP, "Canal Street Ledger"))).toBe("Canal Street Ledger");
    expect(publisherOfDump(dump(["Canal Street Ledger Header Logo", "Sections"], GROUP, "Canal Street Ledger"))).toBe("Canal Street Ledger");
  });
  it("reads a long name printed twice once", () => {
    expect(publisherOfDump(dump(["The Upper Kestrel Valley Ledger The Upper Kestrel Valley Ledger logo", "Sections"], GROUP, "The Upper Kestrel Valley Ledger"))).toBe("The Upper Kestrel Valley Ledger");
  });
  it("controls: platforms' and social networks' logos", () => {
    for (const top of ["Facebook Logo Twitter Logo", "Follow us: Facebook logo", "YouTube Logo", "Download on the App Store logo", "Get it on Google Play Logo", "Powered by WordPress logo", "Apple Podcasts logo"]) {
      expect(publisherOfDump(dump([top, "Sections"], GROUP, "Facebook, YouTube, App Store, Google Play, WordPress and Apple Podcasts")), top).toBe("Larkspur Publishing Group");
    }
  });
  it("controls: a sponsor's logo, a logo's label, a headline that names a logo", () => {
    for (const top of ["Presented by Quarry Savings Bank logo", "Sponsored by Quarry Savings Bank Logo", "Site Header Logo", "Mobile Menu Logo", "Dark Mode Logo", "White Logo", "Print logo", "Why the New Quarry Savings Bank Logo Is Green"]) {
      expect(publisherOfDump(dump([top, "Sections"], GROUP, "Quarry Savings Bank")), top).toBe("Larkspur Publishing Group");
    }
  });
  it("controls: a logo's name printed nowhere else, the outlet's own copyright, no logo line", () => {
    expect(publisherOfDump(dump(["Canal Street Ledger logo", "Sections"], GROUP))).toBe("Larkspur Publishing Group");
    expect(publisherOfDump(dump(["Canal Street Ledger logo", "Sections"], "© 2023 The Towpath Courier", "Canal Street Ledger"))).toBe("The Towpath Courier");
    expect(publisherOfDump(dump(["Sections"], GROUP, "Canal Street Ledger"))).toBe("Larkspur Publishing Group");
  });
});
