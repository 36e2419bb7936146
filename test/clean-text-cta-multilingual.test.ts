/**
 * Calls to action of sign-up, paywall and donation boxes in German, French, Spanish, Italian, Portuguese and Dutch
 * (stages/clean/text/cta.ts): each phrase family is named with its reason, and news sentences that mention a
 * donation, a newsletter, an inbox or a limit stay. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { extractHtml } from "../stages/clean/html.ts";
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
    ["Inscrivez-vous : l'essentiel de l'actualité chaque matin dans votre boîte mail.", "clean/newsletter"],
    ["Receba as principais notícias na sua caixa de entrada: assine a newsletter.", "clean/newsletter"],
    ["Abmeldung jederzeit möglich.", "clean/newsletter"],
    ["Vous pouvez vous désinscrire à tout moment.", "clean/newsletter"],
    ["Ihre E-Mail-Adresse", "clean/newsletter"],
    ["Votre adresse e-mail", "clean/newsletter"],
    ["Ihr Artikel-Kontingent ist aufgebraucht. Jetzt Abo abschließen.", "clean/paywall"],
    ["Hai raggiunto il limite di articoli gratuiti: abbonati per continuare.", "clean/paywall"],
    ["Jetzt 30 Tage gratis testen", "clean/paywall"],
    ["Recibe nuestro boletín: suscríbete gratis", "clean/newsletter"],
    ["Newsletter jederzeit kündbar.", "clean/newsletter"],
    ["Jetzt spenden", "clean/donation"],
    ["Spenden Sie jetzt!", "clean/donation"],
    ["Faire un don", "clean/donation"],
    ["Faites un don !", "clean/donation"],
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
    // a limit or "for members" without the paywall's article or subscription word, or in quoted speech
    "Der Beitrag ist für Mitglieder ab Januar höher, teilte der Kassenwart mit.",
    "«Hai raggiunto il limite», gli ha detto l'allenatore prima di sostituirlo.",
    "Vous avez atteint la limite d'âge, a répondu la préfecture au retraité de 67 ans.",
    '"Je hebt het maximum bereikt", zei de scheidsrechter tegen de speler.',
    // a bulletin received, a newsletter read, in the indicative
    "Cada alumno recibe el boletín de notas a finales de junio.",
    "Cada socio recibe el boletín mensual de la cooperativa por correo.",
    '"Ik ontvang de nieuwsbrief al jaren", zegt ze.',
    // a German adverb before "spenden" puts the verb second: a subject follows
    "Jetzt spenden viele Firmen für den Wiederaufbau der Schule.",
    "Monatlich spenden die Mitglieder zwanzig Euro an das Tierheim.",
    "Einmalig spenden die Stadtwerke 5000 Euro für die Tafel.",
    "Die Flut zerstörte 300 Häuser. Jetzt spenden Firmen für den Wiederaufbau.",
    "Sostienici, chiedono i volontari dopo l'alluvione.",
    // a free test or check in a news sentence
    "El centro de salud ofrece una prueba gratuita de VIH este sábado.",
    "La Asl offre la prova gratuita del colesterolo a tutti i residenti.",
    "A prefeitura oferece teste grátis de HIV neste sábado no centro.",
    "In der Stadtbücherei dürfen Kinder künftig kostenlos lesen.",
    // someone's own mail, past tenses and participles of signing up
    "Nella sua email agli iscritti del partito, il segretario ha annunciato le dimissioni.",
    "La policía registró la vivienda tras encontrar amenazas en su correo electrónico.",
    "Segundo o registro da polícia, a ameaça chegou no seu e-mail na segunda-feira.",
    "Si vous êtes inscrit sur les listes électorales, vous recevrez votre carte d'électeur dans votre boîte aux lettres.",
    // cancelling a contract or a service at any time
    "Das Deutschlandticket ist ein Abo, das monatlich jederzeit kündbar ist.",
    "Die Verbraucherzentrale betont, der Vertrag sei jederzeit kündbar.",
    "Los usuarios pueden cancelar la suscripción en cualquier momento, según la empresa.",
    "Os clientes podem cancelar a assinatura a qualquer momento, diz a operadora.",
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

describe("news paragraphs that hold a prompt's words stay in the body", () => {
  it("keeps a club report whose fee sentence says 'für Mitglieder'", () => {
    const article = [...ARTICLE_DE.slice(0, 2), "Der Beitrag ist für Mitglieder ab Januar höher, teilte der Kassenwart mit.", ...ARTICLE_DE.slice(2)];
    const r = cleanTextDump(txt(...MENU_DE, "Freiwillige bauen die Brücke an einem Wochenende", ...article, ...FOOTER_DE));
    expect(bodyLines(r)).toEqual(article);
  });

  it("keeps a flood report whose companies 'spenden jetzt'", () => {
    const article = [...ARTICLE_DE.slice(0, 3), "Die Flut zerstörte 300 Häuser. Jetzt spenden Firmen für den Wiederaufbau.", ...ARTICLE_DE.slice(3)];
    const r = cleanTextDump(txt(...MENU_DE, "Freiwillige bauen die Brücke an einem Wochenende", ...article, ...FOOTER_DE));
    expect(bodyLines(r)).toEqual(article);
  });
});

describe("the HTML extractor, which applies the paywall and donation entries to each paragraph", () => {
  it("keeps an article's paragraphs that hold a prompt's words", () => {
    const ps = [
      "Das Hochwasser hat in der Nacht zum Sonntag mehr als dreihundert Häuser im Tal schwer beschädigt.",
      "Viele Familien mussten ihre Wohnungen verlassen und kamen bei Verwandten oder in der Turnhalle unter.",
      "Jetzt spenden viele Firmen aus der Region für den Wiederaufbau.",
      "Der Beitrag ist für Mitglieder ab Januar höher, teilte der Kassenwart mit.",
      "El centro de salud ofrece una prueba gratuita de VIH este sábado.",
      "Der Landrat kündigte an, dass das Land einen Hilfsfonds für die betroffenen Gemeinden auflegen werde.",
      "Die Aufräumarbeiten werden nach Schätzung der Feuerwehr noch mindestens zwei Wochen dauern.",
    ];
    const html = `<html><head><title>Flut</title></head><body><nav><a href="/">Start</a></nav><article><h1>Flut im Tal</h1>${ps.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const body = extractHtml(html).blocks.filter((b) => b.role === "body").map((b) => b.text);
    for (const p of ps) expect(body).toContain(p);
  });
});
