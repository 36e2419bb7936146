/**
 * Boilerplate families of the text cleaner's lexicon that leaked on metadata-dev's sites (reader
 * appeals, cookie banners and e-mail follow boxes in other languages, ad-blocker notices, English comment policy,
 * comment-form fields, a sign-up form's captcha small print). Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { matchBoilerplate } from "../stages/clean/text/lexicon.ts";
import { bodyLines, FOOTBRIDGE, footer, menu, txt } from "./helpers/footbridge.ts";

const named = (s: string) => matchBoilerplate(s, s.split(/\s+/).length)?.rule ?? null;
const P = FOOTBRIDGE;

describe("lexicon entries: reader appeals, cookie and follow boxes, ad-blocker notices, comment forms", () => {
  it("names reader-revenue appeals in other languages, not news about donations", () => {
    for (const s of ["Unterstützen Sie uns jetzt!", "Apoie o Diário Exemplo", "Si llegaste hasta acá...", "Was ist Ihnen unsere Arbeit wert?"]) expect(named(s), s).toBe("clean/donation");
    expect(named("Damit unser unabhängiger Journalismus aus dem Tal weiter erscheinen kann, bitten wir Sie zum Jahresende um eine Spende.")).toBe("clean/donation");
    expect(named("Para que el periodismo independiente de esta comarca siga en pie, pedimos a cada lector una pequeña contribución mensual.")).toBe("clean/donation");
    // a report on a charity drive is article text
    expect(named("Die Feuerwehr sammelte am Samstag Spenden für die Opfer des Hochwassers im Tal.")).toBeNull();
    expect(named("La fundación recibió el apoyo de tres empresas locales para el nuevo hospital.")).toBeNull();
  });

  it("names cookie banners in other languages, and keeps a baking sentence", () => {
    expect(named("Auf diesen Seiten setzen wir Cookies ein; wer hier weiterliest, ist mit ihrem Einsatz einverstanden.")).toBe("clean/cookie");
    expect(named("En este diario usamos cookies para recordar qué secciones lees más a menudo.")).toBe("clean/cookie");
    expect(named("Let the cookies cool on the tray for ten minutes before you move them.")).toBeNull();
  });

  it("names ad-blocker notices addressed to the reader, not an article about ad blocking", () => {
    expect(named("Your ad blocker seems to be switched on, so some pictures below might stay blank.")).toBe("clean/adblock");
    expect(named("Offenbar ist in deinem Browser ein Werbeblocker aktiv.")).toBe("clean/adblock");
    expect(named("Publishers lost a fifth of their revenue to ad blocking software last year, the survey found.")).toBeNull();
  });

  it("names English comment-policy text and comment-form fields", () => {
    expect(named("Keep it civil: personal attacks on other readers will be removed.")).toBe("clean/comments");
    expect(named("Please log in before leaving a comment under this report.")).toBe("clean/comments");
    expect(named("Name (required)")).toBe("clean/comments");
    expect(named("E-Mail (wird benötigt, aber nie veröffentlicht)")).toBe("clean/comments");
    expect(named("Dein Kommentar")).toBe("clean/comments");
  });

  it("names e-mail follow boxes of blog engines", () => {
    expect(named("Trag dich ein, dann schicken wir dir neue Posts per E-Mail, sobald sie erscheinen.")).toBe("clean/newsletter");
    expect(named("Schließe dich 250 Followern an")).toBe("clean/newsletter");
  });
});

describe("the body run with these families around it", () => {
  it("a short post keeps the body run against a longer ad-blocker notice below it", () => {
    const notice = [
      "Offenbar surfst du gerade ohne Werbeblocker, und das finden wir für dich und deinen Computer ehrlich gesagt ziemlich bedauerlich.",
      "Auf unserer Hilfeseite findest du drei kostenlose Adblocker zur Auswahl; nach dem Einrichten liest du hier wieder alles ohne Hindernisse.",
      "Wenn du den Werbeblocker installiert hast, lade die Seite einfach neu und lies weiter, es dauert nur einen kurzen Moment und ist ganz einfach.",
      "Dein Werbeblocker schützt dich auch vor Schadsoftware auf anderen Seiten, deshalb empfehlen wir ihn jedem Leser und jeder Leserin dieser Seite.",
    ];
    const r = cleanTextDump(txt(...menu, P[0], P[1], P[2], ...menu, ...notice, ...footer));
    expect(bodyLines(r)).toEqual([P[0], P[1], P[2]]);
  });

  it("an English comment policy above the article stays out of it", () => {
    const policy = [
      "Welcome to the discussion. Disagree with ideas as much as you like, but personal attacks on other readers will be deleted by the moderators.",
      "Only signed-in readers can take part here, so log in before submitting a comment or your unsent draft will disappear.",
    ];
    const r = cleanTextDump(txt(...menu, "Comments", ...policy, P[0], P[1], P[2], P[3], ...footer));
    expect(bodyLines(r)).toEqual([P[0], P[1], P[2], P[3]]);
  });

  it("a sign-up form's captcha line between paragraphs does not cut the article", () => {
    const r = cleanTextDump(txt(...menu, P[0], P[1], P[2], "Sign up", "Sign-ups on this form are protected by reCAPTCHA, which Google runs under its own rules.", P[3], ...footer));
    const kept = bodyLines(r);
    expect(kept).toEqual([P[0], P[1], P[2], P[3]]);
    expect(kept.join("\n")).not.toContain("reCAPTCHA");
  });
});

describe("comment threads without reply buttons, ranked lists", () => {
  const comments = [
    ["riverfan June 3, 2021 at 9:15 pm", "Great to see the town pull together like this, well done to everyone who turned up on the day."],
    ["Tomas K. June 4, 2021 at 7:02 am", "My grandfather crossed the old bridge every morning, it is good to know the children have a way again."],
    ["hillwalker June 4, 2021 at 11:40 am", "Does anyone know whether the path on the far side has been repaired as well, or only the crossing?"],
    ["Marta June 5, 2021 at 6:18 pm", "The council should have paid for all of it, the volunteers did the work the town pays taxes for."],
    ["oldtimer June 6, 2021 at 8:55 am", "I walked over it this morning with my dog and it feels very solid, far better than the old one."],
  ].flat();

  it("a thread of signed entries under the article is not article text", () => {
    const r = cleanTextDump(txt(...menu, P[0], P[1], "5 thoughts", ...comments, ...footer));
    expect(bodyLines(r)).toEqual([P[0], P[1]]);
  });

  it("a page that is all entries (a forum thread) is left alone", () => {
    const r = cleanTextDump(txt(...menu, ...comments, ...footer));
    expect(bodyLines(r).join("\n")).toContain("far better than the old one");
  });

  it("a list numbered in sequence under the intro belongs to the article", () => {
    const ranked = Array.from({ length: 12 }, (_, i) => `${String(i + 1).padStart(2, "0")}. ${["Anna Berg", "Carl Dahl", "Eva Frost", "Gustav Holm"][i % 4]}`);
    const r = cleanTextDump(txt(...menu, P[0], P[1], ...ranked, ...footer));
    expect(bodyLines(r)).toEqual([P[0], P[1], ...ranked]);
  });
});
