/**
 * A <title> that appends the site's name in brackets (invented pages): the headline without it, a bracketed word
 * that is the story's own ("(Update)", "[Video]") kept.
 */
import { describe, expect, it } from "vitest";
import { stripSiteFromTitle } from "../stages/clean/html/metadata.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const BODY = paragraph("The valley choir sang in the old mill for the first time since the flood and the hall was full.");

describe("the site's name in brackets closing the title", () => {
  it("drops the site's or the host's name", () => {
    expect(stripSiteFromTitle("Choir returns to the old mill (Valley Echo)", "Valley Echo", null)).toBe("Choir returns to the old mill");
    expect(stripSiteFromTitle("Choir returns to the old mill [Valleyecho]", null, "valleyecho.example")).toBe("Choir returns to the old mill");
    expect(metadataOf({ title: "Choir returns to the old mill (Valley Echo)", body: `<p>${"x "}</p>${BODY}`, url: "https://valleyecho.example/choir" }).title).toBe("Choir returns to the old mill");
  });

  it("keeps a bracketed word that is not the site's name", () => {
    expect(stripSiteFromTitle("Choir returns to the old mill (Update)", "Valley Echo", "valleyecho.example")).toBe("Choir returns to the old mill (Update)");
    expect(stripSiteFromTitle("Choir returns to the old mill (Echo)", "Valley Echo", "valleyecho.example")).toBe("Choir returns to the old mill (Echo)");
    expect(stripSiteFromTitle("(Valley Echo)", "Valley Echo", null)).toBe("(Valley Echo)");
  });

  it("keeps a bracketed word spelled by a subdomain or the public suffix, not the registered name", () => {
    expect(stripSiteFromTitle("Storm hits the coast (News)", null, "news.valleyecho.example")).toBe("Storm hits the coast (News)");
    expect(stripSiteFromTitle("Election results (Live)", null, "valleyecho.live")).toBe("Election results (Live)");
    expect(stripSiteFromTitle("Where to eat tonight (Info)", null, "valleyecho.info")).toBe("Where to eat tonight (Info)");
    expect(stripSiteFromTitle("Match report (Sport)", null, "sport.valleyecho.co.uk")).toBe("Match report (Sport)");
    expect(stripSiteFromTitle("Choir shares slide (Video)", null, "video.valleyecho.example")).toBe("Choir shares slide (Video)");
    expect(stripSiteFromTitle("Why we left (Opinion)", null, "opinion.valleyecho.example")).toBe("Why we left (Opinion)");
    // the registered name under a subdomain still goes
    expect(stripSiteFromTitle("Choir returns to the old mill (Valleyecho)", null, "news.valleyecho.co.uk")).toBe("Choir returns to the old mill");
  });

  it("reads a hostile title of thousands of site brackets without failing", () => {
    const title = "Choir returns to the old mill" + " (Valley Echo)".repeat(10000);
    const meta = metadataOf({ title, body: BODY, url: "https://valleyecho.example/choir" });
    expect(typeof meta.title).toBe("string");
    expect(stripSiteFromTitle("Choir returns to the old mill (Valley Echo) [Valley Echo]", "Valley Echo", null)).toBe("Choir returns to the old mill");
  });
});
