/**
 * The types the chain model learns (model.ts: its BIO labels) and the span retyper scores
 * (retype.ts: its classes), one list for both so that the retyper reads the tagger's label
 * scores by type. PLACE is GPE and LOC together; MISC (events, facilities, works) is learned,
 * never output. A module of its own: model.ts loads the retyper, so neither imports the other's list.
 */
export const MODEL_TYPES = ["PER", "ORG", "PLACE", "NORP", "MISC"] as const;
export type ModelType = (typeof MODEL_TYPES)[number];
