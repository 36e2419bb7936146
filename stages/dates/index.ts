/** dates: TIMEX3 expressions in each article, anchored on the article's publication date (the DCT). */
import type { Stage } from "../types.ts";
import { tagDates } from "./tag.ts";

export const datesStage: Stage = {
  name: "dates",
  version: "1",
  run(doc) {
    return { ...doc, articles: doc.articles.map((a) => ({ ...a, dates: tagDates(a.text, a.meta.published ?? null) })) };
  },
};
