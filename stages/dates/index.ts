/** dates: TIMEX3 expressions in each article, anchored on the article's publication date (the DCT). */
import type { Stage } from "../types.ts";
import { tagDates } from "./tag.ts";
import { tagInChunks } from "../chunks.ts";
import { RULES_VERSION } from "./rules.ts";

export const datesStage: Stage = {
  name: "dates",
  // changes whenever a rule or lexicon changes, so cached results are recomputed
  version: RULES_VERSION,
  // English rules: numeric and ISO forms are still found in other languages, with a notice.
  languages: { supported: ["en"], otherwise: "degrade" },
  run(doc) {
    return { ...doc, articles: doc.articles.map((a) => ({ ...a, dates: tagInChunks(a.text, a.sentences, (piece) => tagDates(piece, a.meta.published ?? null)) })) };
  },
};
