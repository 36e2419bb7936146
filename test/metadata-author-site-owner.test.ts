/**
 * A one-person site named in the possessive after its owner ("Ann Lee's Blog" in og:site_name or the <title>): with no
 * byline on the page, the owner is the author (invented pages). A brand in the possessive is no person.
 */
import { describe, expect, it } from "vitest";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const BODY = paragraph("Rebuilding the old sourdough starter took three weeks of feeding, two jars and a warm spot near the stove.");
const page = (title: string, head = "", body = "") =>
  metadataOf({ title, head, body: `<h1>Reviving a starter</h1>${body}${BODY}`, url: "https://crumbnotes.example/2021/03/starter" });

describe("a site named after its owner in the possessive", () => {
  it("takes the owner from the <title>'s site part", () => {
    const m = page("Reviving a starter | Maren Solberg's Kitchen Notes");
    expect([m.author, m.authorFrom]).toEqual(["Maren Solberg", "site-owner"]);
  });

  it("takes the owner from og:site_name, with the apostrophe alone after a final s", () => {
    expect(page("Reviving a starter", `<meta property="og:site_name" content="Jonas Ekdahls' Blog">`).author).toBe("Jonas Ekdahls");
  });

  it("prefers a byline the page prints", () => {
    expect(page("Reviving a starter | Maren Solberg's Kitchen Notes", "", `<p class="byline">By Tor Lunde</p>`).author).toBe("Tor Lunde");
  });

  it("does not take a brand or a one-word name in the possessive", () => {
    expect(page("Reviving a starter | The Baker's Journal").author).toBeNull();
    expect(page("Reviving a starter | Crumbly's Kitchen").author).toBeNull();
    expect(page("Reviving a starter | Example Media's Food Desk").author).toBeNull();
  });
});
