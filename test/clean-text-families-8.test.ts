/**
 * Sign-up, subscription and paywall chrome named by its structure in several languages (buttons,
 * subscriber-only badges, success and confirmation messages, deferral buttons), contributor biographies opening with
 * the name, and image-viewer controls and localized embed chrome as inline residue. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { extractHtml } from "../stages/clean/html.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { matchBoilerplate } from "../stages/clean/text/lexicon.ts";
import { matchResidue } from "../stages/clean/text/patterns.ts";
import { bodyLines, FOOTBRIDGE, footer, menu, txt } from "./helpers/footbridge.ts";

const words = (s: string) => s.split(/\s+/).length;
const named = (s: string) => matchBoilerplate(s, words(s))?.rule ?? null;
const residue = (s: string) => matchResidue(s, words(s))?.rule ?? null;
/** Each sentence is article text: no entry names it. */
const namesNone = (...sentences: string[]) => {
  for (const s of sentences) expect(named(s), s).toBeNull();
};
const P = FOOTBRIDGE;

describe("lexicon entries: subscribe buttons, sign-up and paywall chrome", () => {
  it("names subscribe and register buttons in several languages, not a sentence that uses the verb", () => {
    for (const s of ["Jetzt abonnieren", "Kostenlos registrieren", "Abonnez-vous", "Suscríbete ahora", "Assine já", "Iscriviti"]) expect(named(s), s).toBe("clean/paywall");
    expect(named("Wer die Zeitung abonnieren will, zahlt ab Mai zwei Euro mehr im Monat.")).toBeNull();
  });

  it("names subscriber-only badges, not a report on subscribers", () => {
    for (const s of ["Exklusiv für Abonnenten", "Réservé aux abonnés", "Riservato agli abbonati", "Members only", "Premium"]) expect(named(s), s).toBe("clean/paywall");
    expect(named("Neue Brücke über den Kanal | Exklusiv für Abonnenten")).toBe("clean/paywall");
    expect(named("Die Zahl der Abonnenten stieg im vergangenen Jahr um ein Drittel.")).toBeNull();
    expect(named("The premium on the bond rose sharply on Friday.")).toBeNull();
  });

  it("keeps a sentence that ends with a subscriber-only phrase", () => {
    namesNone(
      "Der neue Parkplatz hinter dem Hallenbad ist ab Juni nur für Abonnenten.",
      "La nouvelle tribune du stade sera désormais réservée aux abonnés, a annoncé le club.",
      "Le nouveau garage à vélos de la mairie est désormais réservé aux abonnés.",
      "La piscina cubierta del barrio será exclusivo para suscriptores del club.",
    );
  });

  it("leaves the bare badges and the deferral buttons of other languages to text dumps (inline)", () => {
    for (const s of ["Premium", "Members Only", "Nein, danke."]) {
      expect(matchBoilerplate(s, words(s))?.textOnly, s).toBe(true);
      expect(matchBoilerplate(s, words(s))?.inline, s).toBe(true);
    }
  });

  it("names a sign-up box's success and confirmation messages", () => {
    expect(named("Thanks for signing up!")).toBe("clean/newsletter");
    expect(named("Gleich erledigt: Bitte bestätige deine Anmeldung über den Link in der Mail.")).toBe("clean/newsletter");
    expect(named("Please check your inbox and confirm the address to start receiving the letter.")).toBe("clean/newsletter");
    expect(named("Please confirm your email address to finish.")).toBe("clean/newsletter");
    expect(named("The mayor thanked the volunteers for signing the petition.")).toBeNull();
  });

  it("keeps consumer advice about phishing mails and fake invoices", () => {
    namesNone(
      "Never click a link that asks you to confirm your email address, the savings bank warned on Monday.",
      "Die Betrüger schicken die gefälschten Mahnungen direkt in Ihr Postfach, warnt die Polizei.",
      "Fake parcel notices sent to their inboxes claimed that a delivery fee was still open.",
    );
  });

  it("names a sign-up form's consent box and opt-in small print, not a sentence about a consent form", () => {
    expect(named("Yes, I agree to receive e-mails about events and offers from the festival.")).toBe("clean/newsletter");
    expect(named("Ja, ich möchte den monatlichen Newsletter des Vereins bekommen.")).toBe("clean/newsletter");
    expect(named("Kommentare abonnieren?")).toBe("clean/newsletter");
    expect(named("Ich bin damit einverstanden, dass mir der Verein Angebote per E-Mail zusendet.")).toBe("clean/newsletter");
    expect(named("We will e-mail you a link to confirm your subscription.")).toBe("clean/newsletter");
    expect(named("Parents must sign a form to agree that their children receive the vaccine at school.")).toBeNull();
  });

  it("keeps interview answers that open with a wish", () => {
    namesNone(
      "Ich möchte, dass die Anwohner endlich mehr Informationen über den Umbau des Hafens bekommen.",
      "Ich möchte nicht, dass meine E-Mail-Adresse an Dritte weitergegeben wird, sagte der Kläger vor Gericht.",
      "I want to get the new offers on the table before the holidays, the union negotiator said.",
    );
  });

  it("names deferral buttons of other languages", () => {
    for (const s of ["Nein, danke", "Non merci", "No, gracias", "Vielleicht später"]) expect(named(s), s).toBe("clean/donation");
  });

  it("names a contributor biography opening with the name, in English and German", () => {
    expect(named("Jane Roe is a transport reporter based in Leeds.")).toBe("clean/author-profile");
    expect(named("Max Beispiel ist Redakteur im Ressort Kultur.")).toBe("clean/author-profile");
    expect(named("Erika Muster ist freie Autorin und lebt am Bodensee.")).toBe("clean/author-profile");
    expect(named("Paul Exemple est chroniqueur pour Le Quotidien.")).toBe("clean/author-profile");
    // a sentence about a reporter inside the article does not open with the name and the role
    expect(named("The court heard that the reporter had been at the bridge all night.")).toBeNull();
    expect(named("Jane Roe said the bridge would reopen in May.")).toBeNull();
  });

  it("keeps news sentences about journalists that open with their name", () => {
    namesNone(
      "Sami Nasser was a Lebanese journalist and columnist who was shot outside his office in 2009, the court found.",
      "Ines Varga, 41, is a freelance journalist who left the country after her flat was searched in April.",
      "Tom Brenner was a producer on the quiz for nine years before the channel dropped it.",
      "Jakob Lenz war Redakteur bei der Kreiszeitung, bevor er 2014 Bürgermeister wurde.",
      "Claire Morel est journaliste depuis quinze ans et a été interpellée dimanche à la frontière.",
      "The Governor is a former journalist, and her critics say it shows in her briefings.",
    );
  });
});

describe("inline residue: image-viewer controls and embed chrome", () => {
  it("names image-viewer controls and localized embed chrome, not sentences about images", () => {
    for (const s of ["Image zoom", "Click to enlarge", "View photos", "Bild vergrößern", "Agrandir l'image"]) expect(residue(s), s).toBe("clean/image-placeholder");
    expect(residue("Voir cette publication sur Instagram")).toBe("clean/embed");
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

describe("the HTML extractor and the text-only entries", () => {
  it("keeps a 'Premium' list item, a 'Members Only' headline and a quoted 'Nein, danke.' of an article", () => {
    const para = (t: string) => `<p>${t}</p>`;
    const html = `<html><body><article><h1>Neue Tarife im Schwimmbad</h1>
${para("Das städtische Hallenbad ändert zum ersten Mai seine Preise, wie der Betreiber am Dienstag mitteilte. Für Familien wird der Eintritt günstiger, für Einzelgäste etwas teurer als bisher.")}
${para("Zur Wahl stehen künftig zwei Tarife, die an der Kasse und im Internet verkauft werden:")}
<ul><li>Basis</li><li>Premium</li></ul>
${para("Im Premium-Tarif ist die Sauna enthalten, die bisher extra bezahlt werden musste. Der Betreiber rechnet damit, dass die Hälfte der Stammgäste wechselt.")}
<h2>Members Only</h2>
${para("Der Name der neuen Abendstunde für Vereinsmitglieder ist ein Zitat aus einem alten Film, erklärte die Leiterin des Bades bei der Vorstellung der Tarife.")}
${para("Ob sie selbst in die Sauna gehe, wurde die Leiterin gefragt. Ihre Antwort kam schnell:")}
${para("Nein, danke.")}
${para("Die neuen Preise gelten zunächst für ein Jahr; danach will der Stadtrat die Zahlen prüfen und über eine Verlängerung entscheiden.")}
</article></body></html>`;
    const texts = extractHtml(html).blocks.map((b) => b.text);
    for (const s of ["Premium", "Members Only", "Nein, danke."]) expect(texts, s).toContain(s);
  });
});

describe("contributor biographies against news about a journalist", () => {
  it("keeps a present-tense sentence naming an outlet when a 'who has been' clause tells news", () => {
    namesNone(
      "Tova Reinholt is a reporter for The Marlow Gazette who has been held without charge since April.",
      "Idris Vancel is a columnist at The Quayside Herald who was questioned by police on Friday.",
    );
    expect(named("Tova Reinholt is a reporter for The Marlow Gazette.")).toBe("clean/author-profile");
  });
});
