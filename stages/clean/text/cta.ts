/**
 * Calls to action of sign-up, paywall and donation boxes in the languages the English lexicon entries
 * (lexicon.ts, "newsletters / sign-up boxes", "subscriptions / paywalls", "donations") do not read: one commented data
 * table, language by language, compiled into lexicon entries (`CTA_ENTRIES`, appended to BOILERPLATE).
 *
 * Each FAMILY says how its phrases may stand in a line (`at`), how long the line may be, and what a match costs; each
 * ROW gives one language's phrases of one family, as lower-case regular-expression sources (matched case-insensitively,
 * bounded by non-letters). The families are the counterparts of English entries, so a Dutch or Italian paywall prompt
 * costs what "To continue reading, subscribe" costs. Phrasing is the boxes' own: an imperative to the reader, the
 * reader's inbox, the subscriber's limit. Several of these phrases are also ordinary language (a club's "Beitrag" for
 * its members, a referee's "you have reached the limit", a school's "boletín", a German adverb before "spenden", a
 * contract that is "jederzeit kündbar"), so a family whose phrase news prose can hold also needs a word of the box on
 * the same line (`alsoNeeds`: the paywall's article or subscription word, the sign-up verb in its imperative or
 * infinitive, the newsletter or the e-mail), refuses quoted speech (`noQuotes`), or must be the whole line (the
 * donate button).
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
  /** No quotation mark on the line: a prompt's words in quoted speech ("«Hai raggiunto il limite», gli ha detto …") are prose. */
  noQuotes?: boolean;
  /** Or, instead of `alsoNeeds`, a line of at most this many words (a button or a price line). */
  orShortLine?: number;
  /**
   * A cheap test every line the family's phrases match passes too (a word each phrase holds), tried before the
   * pattern, as lexicon.ts gates its long unanchored entries: the other families are anchored to the whole line.
   */
  gate?: RegExp;
  why: string;
}

/**
 * The sign-up verb of a box in its imperative or infinitive form, any of these languages: what the newsletter families
 * need beside "boletín", "bulletin", "Newsletter" or the reader's inbox. Past tenses and participles (registró, assinou,
 * iscritti, registrierte) are news prose, not the box's.
 */
const SIGNUP_VERB = String.raw`abonnieren|abonniere|anmelden|registrieren|eintragen|melden sie sich|melde dich|abonnez-vous|inscrivez-vous|abonne-toi|inscris-toi|s['’]inscrire|s['’]abonner|je m['’]inscris|je m['’]abonne|suscr[ií]bete|suscr[ií]base|suscribirse|suscribirte|reg[ií]strate|reg[ií]strese|registrarse|ap[úu]ntate|ap[úu]ntese|iscriviti|iscrivetevi|iscriversi|registrarsi|assine|inscreva-se|cadastre-se|assinar|inscrever-se|cadastrar-se|abonneer|abonneren|inschrijven|aanmelden|schrijf (?:je|u) in|meld (?:je|u) aan`;
/**
 * A paywall's own word, any of these languages: the article ("Artikel", "articles", "artículos", "articoli", "artigos",
 * "artikelen") or the subscription (abonn-, Abo, subscri-, suscri-, assin-, abbon-). "Beitrag" and "Inhalt" are no such
 * word: a club's "Beitrag" is its members' fee.
 */
const PAYWALL_WORD = String.raw`artikel\p{L}*|articles?|art[ií]cul\p{L}*|articol[oi]|artigos?|abonn\p{L}*|abos?|subscri\p{L}*|suscri\p{L}*|assin\p{L}*|abbon\p{L}*`;
/** A newsletter or the e-mail, any of these languages: what a cancel-at-any-time line needs to be the sign-up form's. */
const NEWSLETTER_OR_MAIL = String.raw`newsletter\p{L}*|nieuwsbrie\p{L}*|lettre d['’]information|infolettre|e-?mails?|courriels?|correos? electr[óo]nicos?`;

export type CtaFamilyName =
  | "paywall-prompt"
  | "paywall-limit"
  | "subscriber-question"
  | "free-trial"
  | "newsletter-signup"
  | "newsletter-receive"
  | "inbox-promise"
  | "unsubscribe-anytime"
  | "cancel-anytime"
  | "email-field"
  | "donate-button";

export const CTA_FAMILIES: Record<CtaFamilyName, CtaFamily> = {
  // The counterpart of "To continue reading …", "This article is reserved for subscribers": the box that cuts the
  // article off. A breaker, as the English one: the teaser paragraphs after it are no more article.
  "paywall-prompt": { rule: "clean/paywall", at: "opens", maxWords: 30, breaker: true, gate: /lesen|lees|lire|leyendo|leggere|lettura|lendo| ler|lezen|reste/iu, why: "paywall prompts in other languages ('Um weiterzulesen …', 'Pour lire la suite …', 'Para seguir leyendo …')" },
  // The paywall's limit and members-only lines ("Ihr Artikel-Kontingent ist erreicht", "Cet article est réservé aux
  // abonnés"): ordinary words ("you have reached the limit", "… ist für Mitglieder") that are the paywall's only beside
  // its article or subscription word, and never in quoted speech.
  "paywall-limit": { rule: "clean/paywall", at: "opens", maxWords: 30, breaker: true, alsoNeeds: PAYWALL_WORD, noQuotes: true, gate: /artikel|article|artícul|articul|articol|artigo|abonn|abo|subscri|suscri|assin|abbon/iu, why: "paywall limit and members-only prompts in other languages ('Ihr Artikel-Kontingent ist erreicht', 'Cet article est réservé aux abonnés')" },
  // "Already a subscriber?": the paywall's log-in question, alone on its line, with the subscription word.
  "subscriber-question": { rule: "clean/paywall", at: "line", maxWords: 6, inline: true, alsoNeeds: PAYWALL_WORD, why: "'Already a subscriber?' in other languages ('Bereits Abonnent?', 'Déjà abonné ?')" },
  // "Free trial" offers, beside a subscription word or on a short line (a price line or a button): a free HIV test
  // or cholesterol check in a longer news sentence is no offer of the paywall.
  "free-trial": { rule: "clean/paywall", at: "anywhere", maxWords: 12, inline: true, alsoNeeds: PAYWALL_WORD, orShortLine: 8, gate: /gratis|kostenlos|probeabo|testabo|essai|offert|prueba|prova|grátis|proefabonnement/iu, why: "free-trial offers of paywall boxes in other languages ('Jetzt 30 Tage gratis testen', 'Essai gratuit')" },
  // The sign-up box's header: the verb and the newsletter together ("Abonnez-vous à notre lettre d'information").
  "newsletter-signup": { rule: "clean/newsletter", at: "anywhere", maxWords: 16, breaker: true, gate: /newsletter|lettre|infolettre|bolet|nieuwsbrief/iu, why: "newsletter sign-up headers in other languages ('Abonneer je op onze nieuwsbrief', 'Suscríbete a nuestro boletín')" },
  // "Receive our newsletter": a receiving verb is also indicative prose ("Cada alumno recibe el boletín de notas",
  // "Ik ontvang de nieuwsbrief al jaren"), so the line needs the sign-up verb too.
  "newsletter-receive": { rule: "clean/newsletter", at: "anywhere", maxWords: 16, breaker: true, alsoNeeds: SIGNUP_VERB, gate: /newsletter|lettre|infolettre|bolet|nieuwsbrief/iu, why: "'receive our newsletter' beside a sign-up verb in other languages ('Recevez notre newsletter : inscrivez-vous')" },
  // The counterpart of "… delivered to your inbox": the reader's own inbox, beside the sign-up verb.
  "inbox-promise": { rule: "clean/newsletter", at: "anywhere", maxWords: 20, inline: true, alsoNeeds: SIGNUP_VERB, gate: /postfach|posteingang|boîte|bandeja|correo|mail|casella|inbox|caixa/iu, why: "newsletter promises in other languages ('… direkt in Ihr Postfach', '… dans votre boîte mail')" },
  // The counterpart of "unsubscribe at any time": the sign-up form's small print.
  "unsubscribe-anytime": { rule: "clean/newsletter", at: "anywhere", maxWords: 20, inline: true, gate: /jederzeit|tout moment|cualquier momento|qualsiasi momento|qualquer momento|afmelden/iu, why: "sign-up small print in other languages ('Abmeldung jederzeit möglich', 'désinscrire à tout moment')" },
  // Cancelling "at any time" is also consumer news (a ticket, a contract, a streaming subscription): the sign-up
  // form's only beside the newsletter or the e-mail.
  "cancel-anytime": { rule: "clean/newsletter", at: "anywhere", maxWords: 20, inline: true, alsoNeeds: NEWSLETTER_OR_MAIL, gate: /jederzeit|tout moment|cualquier momento|qualsiasi momento|qualquer momento|op elk moment|altijd/iu, why: "'cancel at any time' beside the newsletter in other languages ('Newsletter jederzeit kündbar')" },
  // The form's e-mail field label, alone on its line.
  "email-field": { rule: "clean/newsletter", at: "line", maxWords: 6, inline: true, why: "e-mail input labels of sign-up forms in other languages ('Ihre E-Mail-Adresse', 'Votre adresse e-mail')" },
  // The donation box's button: the imperative alone on its line ("Jetzt spenden", "Spenden Sie jetzt!", "Faire un
  // don"). A sentence in which a subject follows the verb ("Jetzt spenden viele Firmen …", German verb-second) is prose.
  "donate-button": { rule: "clean/donation", at: "line", maxWords: 4, gate: /spend|don|doaç|doe|sostienici|steun/iu, why: "donation buttons and appeals in other languages ('Jetzt spenden', 'Faites un don', 'Doneer nu')" },
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
  { family: "paywall-prompt", lang: "de", phrases: ["um (?:den|diesen) (?:ganzen |vollständigen )?(?:artikel|beitrag|text) (?:weiter )?zu lesen", "um weiterzulesen", "(?:jetzt )?weiterlesen mit (?:\\S+ )?(?:abo|plus|premium)", "lesen sie (?:jetzt )?weiter mit"] },
  { family: "paywall-prompt", lang: "fr", phrases: ["pour lire la suite(?: de cet article)?", "il vous reste \\d+ ?% de (?:cet )?article à lire"] },
  { family: "paywall-prompt", lang: "es", phrases: ["para (?:seguir|continuar) leyendo"] },
  { family: "paywall-prompt", lang: "it", phrases: ["per (?:continuare a leggere|leggere (?:tutto )?l['’]articolo|proseguire la lettura)"] },
  { family: "paywall-prompt", lang: "pt", phrases: ["para continuar (?:lendo|a ler)"] },
  { family: "paywall-prompt", lang: "nl", phrases: ["om (?:dit artikel )?verder te lezen", "lees verder met"] },
  // ---- paywall limits and members-only lines (with the paywall's word, no quotation mark) ----------------------------
  { family: "paywall-limit", lang: "de", phrases: ["(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:abonnent\\p{L}*|\\S+-?abonnent\\p{L}*|mitglieder)", "(?:ihr|dein) (?:kostenloses |freies )?(?:artikel-?)?(?:kontingent|limit) (?:ist )?(?:erreicht|aufgebraucht|ausgeschöpft)"] },
  { family: "paywall-limit", lang: "fr", phrases: ["(?:la suite de )?cet article est réservé aux (?:abonnés|membres)", "vous avez atteint (?:la|votre) limite"] },
  { family: "paywall-limit", lang: "es", phrases: ["(?:este|el) (?:artículo|contenido) es (?:exclusivo|solo) para (?:suscriptores|socios)", "(?:has|ha) alcanzado (?:el|tu|su) límite de (?:artículos|noticias|contenidos|lectura)"] },
  { family: "paywall-limit", lang: "it", phrases: ["questo (?:articolo|contenuto) è riservato agli abbonati", "hai raggiunto il limite"] },
  { family: "paywall-limit", lang: "pt", phrases: ["(?:este|esse) (?:conteúdo|artigo) é exclusivo para assinantes", "você atingiu o limite"] },
  { family: "paywall-limit", lang: "nl", phrases: ["dit (?:artikel|stuk) is (?:alleen |exclusief )?voor abonnees", "je hebt (?:het maximum|je limiet)"] },
  // ---- "already a subscriber?" --------------------------------------------------------------------------------------
  { family: "subscriber-question", lang: "de", phrases: ["(?:bereits|schon) (?:abonnent(?:in)?|abonniert|kunde|mitglied)"] },
  { family: "subscriber-question", lang: "fr", phrases: ["déjà abonnée?", "vous êtes déjà abonnée?"] },
  { family: "subscriber-question", lang: "es", phrases: ["¿?ya (?:eres|es) (?:suscriptor|suscriptora|socio)"] },
  { family: "subscriber-question", lang: "it", phrases: ["sei già abbonat[oa]", "già abbonat[oa]"] },
  { family: "subscriber-question", lang: "pt", phrases: ["já é assinante", "já sou assinante"] },
  { family: "subscriber-question", lang: "nl", phrases: ["(?:al|ben je al|bent u al) abonnee"] },
  // ---- free trials -------------------------------------------------------------------------------------------------
  { family: "free-trial", lang: "de", phrases: ["(?:\\d+ (?:tage|wochen|monate?) )?(?:gratis|kostenlos) testen", "probeabo\\p{L}*", "testabo\\p{L}*"] },
  { family: "free-trial", lang: "fr", phrases: ["essai gratuit", "\\d+ (?:mois|jours) offerts?"] },
  { family: "free-trial", lang: "es", phrases: ["prueba gratis", "prueba gratuita"] },
  { family: "free-trial", lang: "it", phrases: ["prova gratuita", "prova gratis"] },
  { family: "free-trial", lang: "pt", phrases: ["teste grátis", "experimente grátis"] },
  { family: "free-trial", lang: "nl", phrases: ["gratis proberen", "proefabonnement", "probeer (?:het )?gratis"] },
  // ---- newsletter sign-up headers ------------------------------------------------------------------------------------
  { family: "newsletter-signup", lang: "de", phrases: ["(?:jetzt )?(?:für |zum |unseren )?newsletter (?:anmelden|abonnieren|bestellen)", "(?:melden sie sich|melde dich) (?:jetzt )?(?:für|zu) (?:unseren|unserem|den) \\S*newsletter"] },
  { family: "newsletter-signup", lang: "fr", phrases: ["(?:abonnez-vous|inscrivez-vous|je m['’]inscris|je m['’]abonne) (?:gratuitement )?(?:à|a) (?:notre|la) (?:newsletter|lettre d['’]information|infolettre)"] },
  { family: "newsletter-signup", lang: "es", phrases: ["(?:suscríbete|suscribete|suscríbase|regístrate|apúntate) (?:gratis )?(?:a|al) (?:nuestro|nuestra|la|el) (?:newsletter|boletín)"] },
  { family: "newsletter-signup", lang: "it", phrases: ["(?<!(?:gli|agli|degli|dagli|sugli|ai|dei|i|già) )(?:iscriviti|registrati|abbonati) (?:gratis )?alla (?:nostra )?newsletter"] },
  { family: "newsletter-signup", lang: "pt", phrases: ["(?:assine|inscreva-se|cadastre-se) (?:gratuitamente )?(?:a |na |em |no )?(?:nossa |nosso )?(?:newsletter|boletim)"] },
  { family: "newsletter-signup", lang: "nl", phrases: ["(?:abonneer|schrijf) (?:je|u) (?:nu )?(?:in )?(?:op|voor) (?:onze|de) nieuwsbrief", "meld (?:je|u) aan voor (?:onze|de) nieuwsbrief"] },
  // ---- "receive our newsletter" (with the sign-up verb) -------------------------------------------------------------
  { family: "newsletter-receive", lang: "de", phrases: ["(?:erhalten sie|erhalte|bekommen sie) (?:unseren|den) \\S*newsletter"] },
  { family: "newsletter-receive", lang: "fr", phrases: ["recevez (?:notre|la) (?:newsletter|lettre d['’]information|infolettre)"] },
  { family: "newsletter-receive", lang: "es", phrases: ["recibe (?:nuestro|nuestra|la|el) (?:newsletter|boletín)"] },
  { family: "newsletter-receive", lang: "it", phrases: ["ricevi la (?:nostra )?newsletter"] },
  { family: "newsletter-receive", lang: "pt", phrases: ["receba (?:a |nossa |nosso )?(?:newsletter|boletim)"] },
  { family: "newsletter-receive", lang: "nl", phrases: ["ontvang (?:onze|de) nieuwsbrief"] },
  // ---- the reader's inbox (with a sign-up word) --------------------------------------------------------------------------
  { family: "inbox-promise", lang: "de", phrases: ["(?:direkt |bequem |kostenlos )?in (?:ihr|dein|ihren|deinen) (?:e-?mail-)?(?:postfach|posteingang)"] },
  { family: "inbox-promise", lang: "fr", phrases: ["dans (?:votre|ta) boîte (?:mail|e-?mail|de réception|aux lettres)"] },
  { family: "inbox-promise", lang: "es", phrases: ["en tu (?:bandeja de entrada|correo(?: electrónico)?|e-?mail)"] },
  { family: "inbox-promise", lang: "it", phrases: ["nella tua (?:casella(?: di posta)?|inbox|e-?mail)"] },
  { family: "inbox-promise", lang: "pt", phrases: ["(?:na|no) (?:tua|teu) (?:caixa de entrada|e-?mail|inbox)"] },
  { family: "inbox-promise", lang: "nl", phrases: ["in (?:je|uw|jouw) (?:inbox|mailbox)"] },
  // ---- unsubscribe at any time ----------------------------------------------------------------------------------------
  { family: "unsubscribe-anytime", lang: "de", phrases: ["(?:abmeldung|abbestellung) (?:ist )?jederzeit möglich", "jederzeit (?:wieder )?(?:abbestellen|abmelden)"] },
  { family: "unsubscribe-anytime", lang: "fr", phrases: ["(?:vous )?désinscrire à tout moment", "désabonner à tout moment", "désinscription à tout moment"] },
  { family: "unsubscribe-anytime", lang: "es", phrases: ["darte de baja en cualquier momento", "darse de baja en cualquier momento"] },
  { family: "unsubscribe-anytime", lang: "it", phrases: ["cancellarti in qualsiasi momento", "disiscriverti in qualsiasi momento"] },
  { family: "unsubscribe-anytime", lang: "pt", phrases: ["descadastrar(?:-se)? a qualquer momento"] },
  { family: "unsubscribe-anytime", lang: "nl", phrases: ["(?:je|u) (?:kunt|kan) (?:je|zich) (?:op elk moment|altijd) (?:weer )?afmelden", "afmelden kan (?:altijd|op elk moment)"] },
  // ---- cancel at any time (with the newsletter or the e-mail) ---------------------------------------------------------
  { family: "cancel-anytime", lang: "de", phrases: ["jederzeit (?:wieder )?kündbar"] },
  { family: "cancel-anytime", lang: "fr", phrases: ["(?:annuler|résilier) (?:votre |l['’])?(?:abonnement|inscription) à tout moment"] },
  { family: "cancel-anytime", lang: "es", phrases: ["cancelar (?:tu |la )?suscripción en cualquier momento"] },
  { family: "cancel-anytime", lang: "it", phrases: ["annullare l['’]iscrizione in qualsiasi momento"] },
  { family: "cancel-anytime", lang: "pt", phrases: ["cancelar (?:a |sua )?(?:inscrição|assinatura) a qualquer momento"] },
  { family: "cancel-anytime", lang: "nl", phrases: ["(?:op elk moment|altijd) (?:op)?zegbaar"] },
  // ---- e-mail field labels ----------------------------------------------------------------------------------------------
  { family: "email-field", lang: "de", phrases: ["(?:ihre|deine) e-?mail(?:-adresse)?(?: eingeben)?", "e-?mail-adresse eingeben"] },
  { family: "email-field", lang: "fr", phrases: ["(?:votre|ton) (?:adresse )?e-?mail", "(?:saisissez|entrez) votre (?:adresse )?e-?mail"] },
  { family: "email-field", lang: "es", phrases: ["(?:tu|su) (?:correo(?: electrónico)?|e-?mail|dirección de correo)", "introduce tu (?:correo|e-?mail)"] },
  { family: "email-field", lang: "it", phrases: ["(?:il tuo|la tua) (?:indirizzo )?e-?mail", "inserisci (?:la tua|il tuo) (?:indirizzo )?e-?mail"] },
  { family: "email-field", lang: "pt", phrases: ["(?:seu|o seu|teu) (?:endereço de )?e-?mail", "digite (?:o )?seu e-?mail"] },
  { family: "email-field", lang: "nl", phrases: ["(?:je|jouw|uw) e-?mail(?:adres)?", "vul (?:je|uw) e-?mailadres in"] },
  // ---- donation buttons and openings ------------------------------------------------------------------------------------
  { family: "donate-button", lang: "de", phrases: ["(?:jetzt|hier) spenden", "spenden sie (?:jetzt|heute|hier)", "(?:einmalig|monatlich) spenden"] },
  { family: "donate-button", lang: "fr", phrases: ["faites un don", "je fais un don", "faire un don"] },
  { family: "donate-button", lang: "es", phrases: ["haz (?:una|tu) donación", "(?:dona|donar) (?:ahora|ya)", "hacer una donación"] },
  { family: "donate-button", lang: "it", phrases: ["fai una donazione", "dona ora", "sostienici"] },
  { family: "donate-button", lang: "pt", phrases: ["faça (?:uma|sua) doação", "doe agora", "fazer uma doação"] },
  { family: "donate-button", lang: "nl", phrases: ["doneer(?: nu| direct| hier)?", "doe een donatie", "steun ons(?: nu)?"] },
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
  // (each separator is one character class, so a long run of spaces is read once, not once per start)
  const body =
    f.at === "line"
      ? String.raw`^[\s*]*${phrases}[?:!.*\s]*$`
      : f.at === "opens"
        ? String.raw`(?:^|[.!?]\s)[\s*„"“«]*${phrases}${AFTER}`
        : `${BEFORE}${phrases}${AFTER}`;
  const needs = f.alsoNeeds ? String.raw`.*${BEFORE}(?:${f.alsoNeeds})${AFTER}` : null;
  const short = f.orShortLine ? String.raw`\s*(?:\S+\s+){0,${f.orShortLine - 1}}\S+\s*$` : null;
  const need = needs && short ? `(?=${needs}|${short})` : needs ? `(?=${needs})` : "";
  const noQuotes = f.noQuotes ? String.raw`(?![^"„“”«»]*["„“”«»])` : "";
  const guarded = need || noQuotes ? String.raw`^${noQuotes}${need}[^]*?${body}` : body;
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
