/**
 * Calls to action of sign-up, paywall and donation boxes in German, French, Spanish, Italian, Portuguese and Dutch
 * (stages/clean/text/cta.ts): each phrase family is named with its reason, and news sentences that mention a
 * donation, a newsletter, an inbox or a limit stay. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { matchBoilerplate } from "../stages/clean/text/lexicon.ts";
import { CTA_FAMILIES, CTA_TABLE } from "../stages/clean/text/cta.ts";
import { bodyLines, txt } from "./helpers/footbridge.ts";

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const ruleOf = (s: string) => matchBoilerplate(s, words(s))?.rule ?? null;

/** A German article of five paragraphs, with its site chrome. */
const MENU_DE = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Kontakt"];
const FOOTER_DE = ["Impressum", "Datenschutz", "© 2024 Beispiel-Zeitung"];
const ARTICLE_DE = [
  "Die neue Fußgängerbrücke über den Mühlbach ist am Samstag nach nur zwei Tagen Bauzeit eröffnet worden.",
  "Rund vierzig Freiwillige aus dem Ort hatten die Holzteile in einer Scheune vorbereitet und am Wochenende montiert.",
  "Der Bürgermeister dankte den Helfern und kündigte an, dass die Gemeinde die Kosten für das Material übernehmen werde.",
  "Die alte Brücke war im Frühjahr bei einem Hochwasser so stark beschädigt worden, dass sie gesperrt werden musste.",
  "Schulkinder müssen nun keinen Umweg von drei Kilometern mehr über die Landstraße machen, sagte eine Mutter.",
];

describe("the CTA table", () => {
  it("has a row for every family in each of the six languages", () => {
    for (const family of Object.keys(CTA_FAMILIES)) {
      const langs = new Set(CTA_TABLE.filter((r) => r.family === family).map((r) => r.lang));
      expect([...langs].sort()).toEqual(["de", "es", "fr", "it", "nl", "pt"]);
    }
  });
});

describe("calls to action in other languages are named with their reason", () => {
  const cases: Array<[string, string]> = [
    ["Um den vollständigen Artikel zu lesen, schließen Sie ein Abo ab.", "clean/paywall"],
    ["Pour lire la suite de cet article, abonnez-vous dès maintenant.", "clean/paywall"],
    ["Para seguir leyendo, suscríbete a nuestro diario.", "clean/paywall"],
    ["Per continuare a leggere attiva un abbonamento.", "clean/paywall"],
    ["Para continuar lendo, assine o jornal.", "clean/paywall"],
    ["Om dit artikel verder te lezen heb je een abonnement nodig.", "clean/paywall"],
    ["Bereits Abonnent?", "clean/paywall"],
    ["Déjà abonné ?", "clean/paywall"],
    ["Já é assinante?", "clean/paywall"],
    ["Abonneer je op onze nieuwsbrief", "clean/newsletter"],
    ["Suscríbete a nuestro boletín", "clean/newsletter"],
    ["Iscriviti alla nostra newsletter", "clean/newsletter"],
    ["Recevez chaque matin l'essentiel dans votre boîte mail avec notre lettre d'information.", "clean/newsletter"],
    ["Receba as principais notícias na sua caixa de entrada: assine a newsletter.", "clean/newsletter"],
    ["Abmeldung jederzeit möglich.", "clean/newsletter"],
    ["Vous pouvez vous désinscrire à tout moment.", "clean/newsletter"],
    ["Ihre E-Mail-Adresse", "clean/newsletter"],
    ["Votre adresse e-mail", "clean/newsletter"],
    ["Jetzt spenden", "clean/donation"],
    ["Faites un don pour soutenir notre rédaction.", "clean/donation"],
    ["Doneer nu", "clean/donation"],
    ["Faça uma doação", "clean/donation"],
  ];
  for (const [line, rule] of cases) {
    it(`${rule}: ${line}`, () => expect(ruleOf(line)).toBe(rule));
  }
});

describe("news sentences that mention the same things stay", () => {
  for (const line of [
    "Die Stiftung hat eine Spende von zwei Millionen Euro für das Krankenhaus erhalten.",
    "Ha alcanzado el límite de su paciencia, dijo el ministro.",
    "Betrüger schicken gefälschte Mails in Ihr Postfach, warnt die Polizei.",
    "La ONG pidió a los ciudadanos hacer una donación de sangre esta semana.",
    "Le journal a lancé une lettre d'information consacrée au climat.",
    "O rio atingiu o limite de segurança na madrugada de domingo.",
  ]) {
    it(line, () => expect(ruleOf(line)).toBeNull());
  }
});

describe("a paywall prompt and a donation box under a German article", () => {
  it("keeps the article and names the box's lines", () => {
    const box = ["Um den vollständigen Artikel zu lesen, schließen Sie ein Abo ab.", "Bereits Abonnent?", "Jetzt spenden"];
    const r = cleanTextDump(txt(...MENU_DE, "Freiwillige bauen die Brücke an einem Wochenende", ...ARTICLE_DE, ...box, ...FOOTER_DE));
    expect(bodyLines(r)).toEqual(ARTICLE_DE);
    for (const line of box) expect(r.removed.find((b) => b.text === line)?.reason).toBeTruthy();
  });

  it("keeps the paragraphs on both sides of a sign-up line set between them", () => {
    const signup = "Abmeldung jederzeit möglich.";
    const r = cleanTextDump(txt(...MENU_DE, "Freiwillige bauen die Brücke an einem Wochenende", ...ARTICLE_DE.slice(0, 2), signup, ...ARTICLE_DE.slice(2), ...FOOTER_DE));
    expect(bodyLines(r)).toEqual(ARTICLE_DE);
    expect(r.removed.find((b) => b.text === signup)?.rule).toBe("clean/newsletter");
  });
});
