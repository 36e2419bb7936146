/** entities (per document): tag PERSON, ORG, GPE, LOC, NORP mentions in each article. */
import type { Stage } from "../types.ts";
import { tagEntities } from "./tagger.ts";

export const entitiesStage: Stage = {
  name: "entities",
  version: "5",
  run(doc) {
    return { ...doc, articles: doc.articles.map((a) => ({ ...a, mentions: tagEntities(a.text) })) };
  },
};
