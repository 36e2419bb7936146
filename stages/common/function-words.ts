/**
 * The function words (articles, prepositions, conjunctions, pronouns) that the name readers of several stages
 * skip or stop at, in one table. Each reader takes its own column, because each skips a different set and a
 * merged list would change its outputs; a word is added to the columns that need it, never to all at once.
 *
 *   org          HTML metadata (stages/clean/html/metadata.ts, through common/initials.ts): the words left out
 *                of an organisation's initials ("Verein für Küsten-Schutz" → "vks"). German, French, Spanish
 *                and Dutch forms included: author fields name foreign bodies in their own language.
 *   acronym      canonical entities (corpus/canonical.ts, through common/initials.ts): the words an acronym
 *                may drop from its long form ("Bank of Velmora" → "BV" as well as "BoV").
 *   cue          entity rules of politics (stages/entities/rules-politics.ts, as CUE_STOPS, capitalised): a
 *                capitalised word that starts a sentence or a clause rather than a name ("The", "In", "He"),
 *                so a cue such as "MP for" or "Leader of" does not take it as the name that follows.
 *   description  entity rules of news (stages/entities/rules-news.ts, as DESCRIPTION_STOPS): the words a short
 *                description of a person may not end on or be made of ("a spokesman for the", "who").
 *
 * Each row: the word in lower case, then the columns that read it.
 */
export type FunctionWordColumn = "org" | "acronym" | "cue" | "description";

const FUNCTION_WORD_TABLE: readonly (readonly [word: string, columns: string])[] = [
  // English articles and determiners
  ["the", "org acronym cue description"],
  ["a", "acronym cue"],
  ["an", "acronym cue"],
  ["this", "cue"],
  ["that", "cue description"],
  // English prepositions
  ["of", "org acronym description"],
  ["for", "org acronym cue description"],
  ["in", "acronym cue description"],
  ["on", "acronym cue"],
  ["at", "acronym cue description"],
  ["to", "acronym description"],
  ["from", "cue"],
  ["with", "description"],
  ["by", "description"],
  ["as", "description"],
  // English conjunctions, relatives, negation
  ["and", "org acronym cue description"],
  ["or", "cue description"],
  ["but", "cue"],
  ["who", "description"],
  ["which", "description"],
  ["not", "description"],
  // English personal pronouns that open a sentence
  ["he", "cue"],
  ["she", "cue"],
  ["it", "cue"],
  ["they", "cue"],
  // German
  ["der", "org acronym"],
  ["die", "org"],
  ["das", "org"],
  ["des", "org acronym"],
  ["für", "org"],
  ["und", "org"],
  // French, Spanish, Portuguese, Dutch
  ["de", "org acronym"],
  ["du", "org acronym"],
  ["la", "org acronym"],
  ["le", "org acronym"],
  ["les", "acronym"],
  ["del", "org acronym"],
  ["y", "org acronym"],
  ["et", "org acronym"],
];

const COLUMNS = new Map<FunctionWordColumn, ReadonlySet<string>>();

/** The function words of one column, in lower case. */
export function functionWords(column: FunctionWordColumn): ReadonlySet<string> {
  let set = COLUMNS.get(column);
  if (!set) {
    set = new Set(FUNCTION_WORD_TABLE.filter(([, c]) => c.split(" ").includes(column)).map(([w]) => w));
    COLUMNS.set(column, set);
  }
  return set;
}

/** The function words of one column as they open a sentence ("The", "In"): for readers that compare case-sensitively. */
export function capitalisedFunctionWords(column: FunctionWordColumn): ReadonlySet<string> {
  return new Set([...functionWords(column)].map((w) => w.charAt(0).toUpperCase() + w.slice(1)));
}
