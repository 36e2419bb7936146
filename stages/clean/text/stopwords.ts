/**
 * Function words per language. Prose is dense in them (jusText's observation:
 * about a third of running text), menus and link lists are not. Small lists of
 * the most frequent words are enough; the document's language is the list that
 * hits most often over the whole dump.
 */
const LISTS: Record<string, string> = {
  en: "a an the and or but of to in on at for with by from as is are was were be been being it its this that these those he she they we you i his her their our your not no so if than then there which who whom what when where while also has have had will would can could should may might do does did about after before over into up out said says",
  de: "der die das den dem des ein eine einer eines einem einen und oder aber auch als am an auf aus bei bis da dass du er es für hat haben ich ihr im in ist ja kann mit nach nicht noch nur ob sich sie sind so über um uns von vor war wie wir wird zu zum zur werden wurde",
  fr: "le la les un une des du de et ou mais à au aux en dans par pour sur avec est sont était il elle ils elles nous vous on ce cette ces qui que quoi dont où ne pas plus se sa son ses leur leurs été être a ont comme",
  es: "el la los las un una unos unas y o pero de del a al en por para con es son era fue que se su sus lo como más no le les ha han este esta estos estas también entre",
  pt: "o a os as um uma uns umas e ou mas de do da dos das em no na nos nas por para com é são foi era que se seu sua seus suas ao à como mais não também ele ela eles elas você isso este esta",
  it: "il lo la i gli le un una e o ma di del della dei delle a al alla in nel nella per con su è sono era che si non come più anche questo questa",
  nl: "de het een en of maar van in op te voor met door is zijn was waren dat die deze dit niet ook als bij aan er hij zij we",
  id: "yang dan di ke dari untuk dengan pada ini itu dalam tidak akan adalah atau juga oleh karena sudah bisa ada saya kami mereka kita sebagai telah lebih",
  ru: "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между",
};

export const STOPWORDS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(" "))]),
);

const LANGS = Object.keys(STOPWORDS);

/** Each function word with a bit per language whose list holds it (bit k: LANGS[k]). */
const LANG_BITS = new Map<string, number>();
LANGS.forEach((lang, k) => {
  for (const w of STOPWORDS[lang]) LANG_BITS.set(w, (LANG_BITS.get(w) ?? 0) | (1 << k));
});

/** The language whose function words cover most of the given tokens (lower-cased); ties go to the earlier list. */
export function guessStopLanguage(tokens: readonly string[]): string {
  return guessStopLanguageOfLines([tokens]);
}

/** `guessStopLanguage` over the tokens of several lines, without joining them into one list. */
export function guessStopLanguageOfLines(lines: readonly (readonly string[])[]): string {
  const hits = new Array<number>(LANGS.length).fill(0);
  for (const tokens of lines) {
    for (const t of tokens) {
      const bits = LANG_BITS.get(t);
      if (bits === undefined) continue;
      for (let k = 0; k < LANGS.length; k++) if (bits & (1 << k)) hits[k]++;
    }
  }
  let best = "en";
  let bestHits = -1;
  for (let k = 0; k < LANGS.length; k++) {
    if (hits[k] > bestHits) {
      best = LANGS[k];
      bestHits = hits[k];
    }
  }
  return best;
}
