/** Named-entity tagging. Placeholder: replaced by the real tagger. */
import type { MentionDraft } from "../types.ts";

/** Mentions of PERSON, ORG, GPE, LOC, NORP in `text` (UTF-16 offsets), sorted by start, non-overlapping. */
export function tagEntities(_text: string): MentionDraft[] {
  return [];
}
