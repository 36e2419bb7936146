/** entities (per document): tag PERSON, ORG, GPE, LOC, NORP mentions in each article. */
import type { Stage } from "../types.ts";
import { tagEntities } from "./tagger.ts";

export const entitiesStage: Stage = {
  name: "entities",
  version: "5",
  // The model and its name lists are English: other Latin-script text is tagged with a notice, other scripts are not tagged.
  languages: { supported: ["en"], otherwise: "skip-script" },
  run(doc) {
    return { ...doc, articles: doc.articles.map((a) => ({ ...a, mentions: tagEntities(a.text) })) };
  },
};
