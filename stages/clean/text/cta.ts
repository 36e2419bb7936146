/**
 * Calls to action of sign-up, paywall and donation boxes in the languages the English lexicon entries
 * (lexicon.ts, "newsletters / sign-up boxes", "subscriptions / paywalls", "donations") do not read: one commented data
 * table, language by language, compiled into lexicon entries (`CTA_ENTRIES`, appended to BOILERPLATE).
 *
 * Each FAMILY says how its phrases may stand in a line (`at`), how long the line may be, and what a match costs; each
 * ROW gives one language's phrases of one family, as lower-case regular-expression sources (matched case-insensitively,
 * bounded by non-letters). The families are the counterparts of English entries, so a Dutch or Italian paywall prompt
 * costs what "To continue reading, subscribe" costs. Phrasing is the boxes' own: an imperative to the reader, the
 * reader's inbox, the subscriber's limit. News prose about a donation, a newsletter or a subscription ("Die Stiftung
 * hat eine Spende von …", "Le journal a lancé une lettre d'information") names none of these phrases, or names them
 * in a longer line than the family allows.
 *
 * Family: the sign-up, paywall and donation boxes of German, French, Spanish, Italian, Portuguese and Dutch news
 * sites and blogs, printed by every renderer between or under an article's paragraphs; their sentences read as prose.
 */
import type { BoilerplateEntry } from "./lexicon.ts";

export type CtaLang = "de" | "fr" | "es" | "it" | "pt" | "nl";

/** How a family's phrase stands in its line. */
type Placement =
  /** The phrase is the whole line, maybe closed by punctuation. */
  | "line"
  /** The phrase opens the line (or a sentence after a stop), the rest is free. */
  | "opens"
  /** Anywhere in the line. */
  | "anywhere";

interface CtaFamily {
  rule: string;
  at: Placement;
  maxWords: number;
  breaker?: boolean;
  inline?: boolean;
  /**
   * A second word the line must also hold (regex source, bounded like the phrases): for phrases that are
   * sign-up chrome only beside a sign-up word ("in Ihr Postfach" + "Newsletter").
   */
  alsoNeeds?: string;
  /**
   * A cheap test every line the family's phrases match passes too (a word each phrase holds), tried before the
   * pattern, as lexicon.ts gates its long unanchored entries: the other families are anchored to the whole line.
   */
  gate?: RegExp;
  why: string;
}

/** The words of a sign-up box, any of these languages: what `inbox-promise` needs beside the inbox. */
const SIGNUP_WORD = String.raw`newsletter\p{L}*|nieuwsbrie\p{L}*|bolet[ií]n|boletim|lettre d['’]information|infolettre|abonn\p{L}*|abbon\p{L}*|anmeld\p{L}*|inscri\p{L}*|suscri\p{L}*|iscri\p{L}*|assin\p{L}*|inschrij\p{L}*|registr\p{L}*`;

export type CtaFamilyName =
  | "paywall-prompt"
  | "subscriber-question"
  | "free-trial"
  | "newsletter-signup"
  | "inbox-promise"
  | "unsubscribe-anytime"
  | "email-field"
  | "donate-button";

export const CTA_FAMILIES: Record<CtaFamilyName, CtaFamily> = {
  // The counterpart of "To continue reading …", "This article is reserved for subscribers": the box that cuts the
  // article off. A breaker, as the English one: the teaser paragraphs after it are no more article.
  "paywall-prompt": { rule: "clean/paywall", at: "opens", maxWords: 30, breaker: true, gate: /lesen|lees|artikel|beitrag|inhalt|abonn|lire|lecture|article|leyendo|contenido|límite|leggere|lettura|riservato|limite|lendo| ler|exclusivo|lezen|abonnees|maximum|limiet|kontingent|limit|reste/iu, why: "paywall prompts in other languages ('Um weiterzulesen …', 'Pour lire la suite …', 'Para seguir leyendo …')" },
  // "Already a subscriber?": the paywall's log-in question, alone on its line.
  "subscriber-question": { rule: "clean/paywall", at: "line", maxWords: 6, inline: true, why: "'Already a subscriber?' in other languages ('Bereits Abonnent?', 'Déjà abonné ?')" },
  // "Free trial" offers, on a short line (a price line or a button).
  "free-trial": { rule: "clean/paywall", at: "anywhere", maxWords: 12, inline: true, gate: /gratis|kostenlos|probeabo|testabo|essai|offert|prueba|prova|grátis|proefabonnement/iu, why: "free-trial offers of paywall boxes in other languages ('Jetzt 30 Tage gratis testen', 'Essai gratuit')" },
  // The sign-up box's header: the verb and the newsletter together ("Abonnez-vous à notre lettre d'information").
  "newsletter-signup": { rule: "clean/newsletter", at: "anywhere", maxWords: 16, breaker: true, gate: /newsletter|lettre|infolettre|bolet|nieuwsbrief/iu, why: "newsletter sign-up headers in other languages ('Abonneer je op onze nieuwsbrief', 'Suscríbete a nuestro boletín')" },
  // The counterpart of "… delivered to your inbox": the reader's inbox, beside a sign-up word.
  "inbox-promise": { rule: "clean/newsletter", at: "anywhere", maxWords: 40, inline: true, alsoNeeds: SIGNUP_WORD, gate: /postfach|posteingang|boîte|bandeja|correo|mail|casella|inbox|caixa/iu, why: "newsletter promises in other languages ('… direkt in Ihr Postfach', '… dans votre boîte mail')" },
  // The counterpart of "unsubscribe at any time": the sign-up form's small print.
  "unsubscribe-anytime": { rule: "clean/newsletter", at: "anywhere", maxWords: 40, inline: true, gate: /jederzeit|tout moment|cualquier momento|qualsiasi momento|qualquer momento|afmelden/iu, why: "sign-up small print in other languages ('Abmeldung jederzeit möglich', 'désinscrire à tout moment')" },
  // The form's e-mail field label, alone on its line.
  "email-field": { rule: "clean/newsletter", at: "line", maxWords: 6, inline: true, why: "e-mail input labels of sign-up forms in other languages ('Ihre E-Mail-Adresse', 'Votre adresse e-mail')" },
  // The donation box's button or its opening imperative ("Jetzt spenden", "Faites un don").
  "donate-button": { rule: "clean/donation", at: "opens", maxWords: 12, gate: /spend|don|doaç|doe|sostienici|steun/iu, why: "donation buttons and appeals in other languages ('Jetzt spenden', 'Faites un don', 'Doneer nu')" },
};

interface CtaRow {
  family: CtaFamilyName;
  lang: CtaLang;
  /** Lower-case regex sources; `\s` is written as a space. */
  phrases: string[];
}

/** The table: one row per family and language. */
export const CTA_TABLE: CtaRow[] = [
  // ---- paywall prompts -------------------------------------------------------------------------------------------
  { family: "paywall-prompt", lang: "de", phrases: ["um (?:den|diesen) (?:ganzen |vollständigen )?(?:artikel|beitrag|text) (?:weiter )?zu lesen", "um weiterzulesen", "(?:jetzt )?weiterlesen mit (?:\\S+ )?(?:abo|plus|premium)", "lesen sie (?:jetzt )?weiter mit", "(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:abonnent\\p{L}*|\\S+-?abonnent\\p{L}*|mitglieder)", "(?:ihr|dein) (?:kostenloses |freies )?(?:artikel-?)?(?:kontingent|limit) (?:ist )?(?:erreicht|aufgebraucht|ausgeschöpft)"] },
  { family: "paywall-prompt", lang: "fr", phrases: ["pour lire la suite(?: de cet article)?", "(?:la suite de )?cet article est réservé aux (?:abonnés|membres)", "il vous reste \\d+ ?% de (?:cet )?article à lire", "vous avez atteint (?:la|votre) limite"] },
  { family: "paywall-prompt", lang: "es", phrases: ["para (?:seguir|continuar) leyendo", "(?:este|el) (?:artículo|contenido) es (?:exclusivo|solo) para (?:suscriptores|socios)", "(?:has|ha) alcanzado (?:el|tu|su) límite de (?:artículos|noticias|contenidos|lectura)"] },
  { family: "paywall-prompt", lang: "it", phrases: ["per (?:continuare a leggere|leggere (?:tutto )?l['’]articolo|proseguire la lettura)", "questo (?:articolo|contenuto) è riservato agli abbonati", "hai raggiunto il limite"] },
  { family: "paywall-prompt", lang: "pt", phrases: ["para continuar (?:lendo|a ler)", "(?:este|esse) (?:conteúdo|artigo) é exclusivo para assinantes", "você atingiu o limite"] },
  { family: "paywall-prompt", lang: "nl", phrases: ["om (?:dit artikel )?verder te lezen", "lees verder met", "dit (?:artikel|stuk) is (?:alleen |exclusief )?voor abonnees", "je hebt (?:het maximum|je limiet)"] },
  // ---- "already a subscriber?" --------------------------------------------------------------------------------------
  { family: "subscriber-question", lang: "de", phrases: ["(?:bereits|schon) (?:abonnent(?:in)?|abonniert|kunde|mitglied)"] },
  { family: "subscriber-question", lang: "fr", phrases: ["déjà abonnée?", "vous êtes déjà abonnée?"] },
  { family: "subscriber-question", lang: "es", phrases: ["¿?ya (?:eres|es) (?:suscriptor|suscriptora|socio)"] },
  { family: "subscriber-question", lang: "it", phrases: ["sei già abbonat[oa]", "già abbonat[oa]"] },
  { family: "subscriber-question", lang: "pt", phrases: ["já é assinante", "já sou assinante"] },
  { family: "subscriber-question", lang: "nl", phrases: ["(?:al|ben je al|bent u al) abonnee"] },
  // ---- free trials -------------------------------------------------------------------------------------------------
  { family: "free-trial", lang: "de", phrases: ["(?:\\d+ (?:tage|wochen|monate?) )?(?:gratis|kostenlos) (?:testen|lesen)", "probeabo\\p{L}*", "testabo\\p{L}*"] },
  { family: "free-trial", lang: "fr", phrases: ["essai gratuit", "\\d+ (?:mois|jours) offerts?"] },
  { family: "free-trial", lang: "es", phrases: ["prueba gratis", "prueba gratuita"] },
  { family: "free-trial", lang: "it", phrases: ["prova gratuita", "prova gratis"] },
  { family: "free-trial", lang: "pt", phrases: ["teste grátis", "experimente grátis"] },
  { family: "free-trial", lang: "nl", phrases: ["gratis proberen", "proefabonnement", "probeer (?:het )?gratis"] },
  // ---- newsletter sign-up headers ------------------------------------------------------------------------------------
  { family: "newsletter-signup", lang: "de", phrases: ["(?:jetzt )?(?:für |zum |unseren )?newsletter (?:anmelden|abonnieren|bestellen)", "(?:melden sie sich|melde dich) (?:jetzt )?(?:für|zu) (?:unseren|unserem|den) \\S*newsletter"] },
  { family: "newsletter-signup", lang: "fr", phrases: ["(?:abonnez-vous|inscrivez-vous|je m['’]inscris|je m['’]abonne) (?:gratuitement )?(?:à|a) (?:notre|la) (?:newsletter|lettre d['’]information|infolettre)", "recevez (?:notre|la) (?:newsletter|lettre d['’]information|infolettre)"] },
  { family: "newsletter-signup", lang: "es", phrases: ["(?:suscríbete|suscribete|suscríbase|regístrate|apúntate) (?:gratis )?(?:a|al) (?:nuestro|nuestra|la|el) (?:newsletter|boletín)", "recibe (?:nuestro|nuestra|la|el) (?:newsletter|boletín)"] },
  { family: "newsletter-signup", lang: "it", phrases: ["(?:iscriviti|registrati|abbonati) (?:gratis )?alla (?:nostra )?newsletter", "ricevi la (?:nostra )?newsletter"] },
  { family: "newsletter-signup", lang: "pt", phrases: ["(?:assine|inscreva-se|cadastre-se) (?:gratuitamente )?(?:a |na |em |no )?(?:nossa |nosso )?(?:newsletter|boletim)", "receba (?:a |nossa |nosso )?(?:newsletter|boletim)"] },
  { family: "newsletter-signup", lang: "nl", phrases: ["(?:abonneer|schrijf) (?:je|u) (?:nu )?(?:in )?(?:op|voor) (?:onze|de) nieuwsbrief", "(?:ontvang|meld je aan voor) (?:onze|de) nieuwsbrief"] },
  // ---- the reader's inbox (with a sign-up word) --------------------------------------------------------------------------
  { family: "inbox-promise", lang: "de", phrases: ["(?:direkt |bequem |kostenlos )?in (?:ihr|dein|ihren|deinen) (?:e-?mail-)?(?:postfach|posteingang)"] },
  { family: "inbox-promise", lang: "fr", phrases: ["dans (?:votre|ta) boîte (?:mail|e-?mail|de réception|aux lettres)"] },
  { family: "inbox-promise", lang: "es", phrases: ["en (?:tu|su) (?:bandeja de entrada|correo(?: electrónico)?|e-?mail)"] },
  { family: "inbox-promise", lang: "it", phrases: ["nella (?:tua|sua) (?:casella(?: di posta)?|inbox|e-?mail)"] },
  { family: "inbox-promise", lang: "pt", phrases: ["(?:na|no) (?:sua|seu|tua|teu) (?:caixa de entrada|e-?mail|inbox)"] },
  { family: "inbox-promise", lang: "nl", phrases: ["in (?:je|uw|jouw) (?:inbox|mailbox)"] },
  // ---- unsubscribe at any time ----------------------------------------------------------------------------------------
  { family: "unsubscribe-anytime", lang: "de", phrases: ["(?:abmeldung|abbestellung) (?:ist )?jederzeit möglich", "jederzeit (?:wieder )?(?:abbestellen|abmelden|kündbar)"] },
  { family: "unsubscribe-anytime", lang: "fr", phrases: ["(?:vous )?désinscrire à tout moment", "désabonner à tout moment", "désinscription à tout moment"] },
  { family: "unsubscribe-anytime", lang: "es", phrases: ["darte de baja en cualquier momento", "darse de baja en cualquier momento", "cancelar (?:tu |la )?suscripción en cualquier momento"] },
  { family: "unsubscribe-anytime", lang: "it", phrases: ["cancellarti in qualsiasi momento", "disiscriverti in qualsiasi momento", "annullare l['’]iscrizione in qualsiasi momento"] },
  { family: "unsubscribe-anytime", lang: "pt", phrases: ["cancelar (?:a |sua )?(?:inscrição|assinatura) a qualquer momento", "descadastrar a qualquer momento"] },
  { family: "unsubscribe-anytime", lang: "nl", phrases: ["(?:je|u) (?:kunt|kan) (?:je|zich) (?:op elk moment|altijd) (?:weer )?afmelden", "afmelden kan (?:altijd|op elk moment)"] },
  // ---- e-mail field labels ----------------------------------------------------------------------------------------------
  { family: "email-field", lang: "de", phrases: ["(?:ihre|deine) e-?mail(?:-adresse)?(?: eingeben)?", "e-?mail-adresse eingeben"] },
  { family: "email-field", lang: "fr", phrases: ["(?:votre|ton) (?:adresse )?e-?mail", "(?:saisissez|entrez) votre (?:adresse )?e-?mail"] },
  { family: "email-field", lang: "es", phrases: ["(?:tu|su) (?:correo(?: electrónico)?|e-?mail|dirección de correo)", "introduce tu (?:correo|e-?mail)"] },
  { family: "email-field", lang: "it", phrases: ["(?:il tuo|la tua) (?:indirizzo )?e-?mail", "inserisci (?:la tua|il tuo) (?:indirizzo )?e-?mail"] },
  { family: "email-field", lang: "pt", phrases: ["(?:seu|o seu|teu) (?:endereço de )?e-?mail", "digite (?:o )?seu e-?mail"] },
  { family: "email-field", lang: "nl", phrases: ["(?:je|jouw|uw) e-?mail(?:adres)?", "vul (?:je|uw) e-?mailadres in"] },
  // ---- donation buttons and openings ------------------------------------------------------------------------------------
  { family: "donate-button", lang: "de", phrases: ["jetzt spenden", "spenden sie (?:jetzt|heute)", "(?:einmalig|monatlich) spenden"] },
  { family: "donate-button", lang: "fr", phrases: ["faites un don", "je fais un don", "faire un don$"] },
  { family: "donate-button", lang: "es", phrases: ["haz (?:una|tu) donación", "(?:dona|donar) (?:ahora|ya)$", "hacer una donación$"] },
  { family: "donate-button", lang: "it", phrases: ["fai una donazione", "dona ora", "sostienici"] },
  { family: "donate-button", lang: "pt", phrases: ["faça (?:uma|sua) doação", "doe agora", "fazer uma doação$"] },
  { family: "donate-button", lang: "nl", phrases: ["doneer(?: nu| direct| hier)?$", "doneer nu", "doe een donatie", "steun ons(?: nu)?$"] },
];

/** A phrase list as one bounded alternation. */
function alternation(phrases: readonly string[]): string {
  return `(?:${phrases.join("|")})`;
}

const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

/** One family's lexicon entry, its phrases of every language in one pattern. */
function entryOf(name: CtaFamilyName, f: CtaFamily): BoilerplateEntry {
  const phrases = alternation(CTA_TABLE.filter((r) => r.family === name).flatMap((r) => r.phrases));
  const body =
    f.at === "line"
      ? String.raw`^[\s*]*${phrases}\s*[?:!.*]*\s*$`
      : f.at === "opens"
        ? String.raw`(?:^|[.!?]\s+)[\s*„"“«]*${phrases}${AFTER}`
        : `${BEFORE}${phrases}${AFTER}`;
  const guarded = f.alsoNeeds ? String.raw`^(?=.*${BEFORE}(?:${f.alsoNeeds})${AFTER})[^]*?${body}` : body;
  return {
    rule: f.rule,
    re: new RegExp(guarded, "iu"),
    maxWords: f.maxWords,
    ...(f.breaker ? { breaker: true } : {}),
    ...(f.inline ? { inline: true } : {}),
    ...(f.gate ? { gate: f.gate } : {}),
    why: f.why,
  };
}

/** The table's lexicon entries, one per family, in the order of CTA_FAMILIES. */
export const CTA_ENTRIES: BoilerplateEntry[] = (Object.keys(CTA_FAMILIES) as CtaFamilyName[]).map((n) => entryOf(n, CTA_FAMILIES[n]));
