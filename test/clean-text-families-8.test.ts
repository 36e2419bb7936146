/**
 * Session clean-8: sign-up, subscription and paywall chrome named by its structure in several languages (buttons,
 * subscriber-only badges, success and confirmation messages, deferral buttons), contributor biographies opening with
 * the name, and image-viewer controls and localized embed chrome as inline residue. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { matchBoilerplate } from "../stages/clean/text/lexicon.ts";
import { matchResidue } from "../stages/clean/text/patterns.ts";
import { bodyLines, FOOTBRIDGE, footer, menu, txt } from "./helpers/footbridge.ts";

const words = (s: string) => s.split(/\s+/).length;
const named = (s: string) => matchBoilerplate(s, words(s))?.rule ?? null;
const residue = (s: string) => matchResidue(s, words(s))?.rule ?? null;
const P = FOOTBRIDGE;

describe("lexicon entries of session clean-8", () => {
  it("names subscribe and register buttons in several languages, not a sentence that uses the verb", () => {
    for (const s of ["Jetzt abonnieren", "Kostenlos registrieren", "Abonnez-vous", "Suscríbete ahora", "Assine já", "Iscriviti"]) expect(named(s), s).toBe("clean/paywall");
    expect(named("Wer die Zeitung abonnieren will, zahlt ab Mai zwei Euro mehr im Monat.")).toBeNull();
  });

  it("names subscriber-only badges, not a report on subscribers", () => {
    for (const s of ["Exklusiv für Abonnenten", "Réservé aux abonnés", "Members only", "Premium"]) expect(named(s), s).toBe("clean/paywall");
    expect(named("Die Zahl der Abonnenten stieg im vergangenen Jahr um ein Drittel.")).toBeNull();
    expect(named("The premium on the bond rose sharply on Friday.")).toBeNull();
  });

  it("names a sign-up box's success and confirmation messages", () => {
    expect(named("Thanks for signing up!")).toBe("clean/newsletter");
    expect(named("Fast geschafft: Schau in dein Postfach und bestätige die Anmeldung mit einem Klick.")).toBe("clean/newsletter");
    expect(named("Please check your inbox and confirm the address to start receiving the letter.")).toBe("clean/newsletter");
    expect(named("The mayor thanked the volunteers for signing the petition.")).toBeNull();
  });

  it("names a sign-up form's consent box and opt-in small print, not a sentence about a consent form", () => {
    expect(named("Yes, I agree to receive e-mails about events and offers from the festival.")).toBe("clean/newsletter");
    expect(named("Ja, ich möchte den monatlichen Newsletter des Vereins bekommen.")).toBe("clean/newsletter");
    expect(named("Kommentare abonnieren?")).toBe("clean/newsletter");
    expect(named("Was this email forwarded to you? Sign up here.")).toBe("clean/newsletter");
    expect(named("Parents must sign a form to agree that their children receive the vaccine at school.")).toBeNull();
  });

  it("names deferral buttons of other languages", () => {
    for (const s of ["Nein, danke", "Non merci", "No, gracias", "Vielleicht später"]) expect(named(s), s).toBe("clean/donation");
  });

  it("names a contributor biography opening with the name, in English and German", () => {
    expect(named("Jane Roe is a transport reporter based in Leeds.")).toBe("clean/author-profile");
    expect(named("Max Beispiel, Jahrgang 1984, ist Redakteur im Ressort Kultur.")).toBe("clean/author-profile");
    expect(named("Erika Muster ist freie Autorin und lebt am Bodensee.")).toBe("clean/author-profile");
    // a sentence about a reporter inside the article does not open with the name and the role
    expect(named("The court heard that the reporter had been at the bridge all night.")).toBeNull();
    expect(named("Jane Roe said the bridge would reopen in May.")).toBeNull();
  });
});

describe("inline residue of session clean-8", () => {
  it("names image-viewer controls and localized embed chrome, not sentences about images", () => {
    for (const s of ["Image zoom", "Click to enlarge", "View photos", "Bild vergrößern", "Agrandir l'image"]) expect(residue(s), s).toBe("clean/image-placeholder");
    expect(residue("Sieh dir diesen Beitrag auf Instagram an")).toBe("clean/embed");
    expect(residue("Zoom calls replaced the weekly meeting of the club.")).toBeNull();
  });
});

describe("the body run with these families around it", () => {
  it("a subscribe button and a viewer control between paragraphs do not cut the article", () => {
    const r = cleanTextDump(txt(...menu, P[0], P[1], "Jetzt abonnieren", P[2], "Image zoom", P[3], ...footer));
    expect(bodyLines(r)).toEqual([P[0], P[1], P[2], P[3]]);
  });

  it("a contributor biography under the article stays out of it", () => {
    const bio = "Jane Roe is a transport reporter based in Leeds. She has covered bridges, canals and the people who mend them for twelve years.";
    const r = cleanTextDump(txt(...menu, P[0], P[1], P[2], bio, ...footer));
    expect(bodyLines(r)).toEqual([P[0], P[1], P[2]]);
  });
});
