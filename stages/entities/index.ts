/** entities (per document): tag PERSON, ORG, GPE, LOC, NORP mentions in each article. */
import type { Diagnostic, MentionDraft, Stage } from "../types.ts";
import { LIMITS } from "../limits.ts";
import { tagInChunks } from "../chunks.ts";
import { tagEntities } from "./tagger.ts";

export const entitiesStage: Stage = {
  name: "entities",
  version: "37",
  // The model and its name lists are English: other Latin-script text is tagged with a notice, other scripts are not tagged.
  languages: { supported: ["en"], otherwise: "skip-script" },
  run(doc) {
    const diagnostics: Diagnostic[] = [];
    const articles = doc.articles.map((a) => ({ ...a, mentions: boundedMentions(tagInChunks(a.text, a.sentences, tagEntities), diagnostics) }));
    return { ...doc, articles, diagnostics: diagnostics.length ? [...doc.diagnostics, ...diagnostics] : doc.diagnostics };
  },
};

/** Mentions within LIMITS.mentionWords / mentionChars; longer spans are no names (a run of capitalised words). */
export function boundedMentions(mentions: MentionDraft[], diagnostics: Diagnostic[]): MentionDraft[] {
  const kept = mentions.filter((m) => m.end - m.start <= LIMITS.mentionChars && wordCount(m.text) <= LIMITS.mentionWords);
  const dropped = mentions.length - kept.length;
  if (dropped > 0) {
    diagnostics.push({
      stage: "entities",
      rule: "limits/mention-length",
      level: "warning",
      message: `${dropped} span(s) longer than ${LIMITS.mentionWords} words or ${LIMITS.mentionChars} characters dropped: not names`,
    });
  }
  return kept;
}

function wordCount(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(/\S+/g)) if (++n > LIMITS.mentionWords) break;
  return n;
}
