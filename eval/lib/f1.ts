/**
 * F1 of a precision and a recall: their harmonic mean, 0 when both are 0. Every eval that has a precision and a
 * recall takes its F1 from here (extraction shingles, story boundaries, NER spans, TIMEX3 spans, canonical pairs); the
 * dates ceiling works from counts instead (2·tp / (system + gold), the same value). Each eval keeps its own rule for
 * what precision and recall are when nothing was predicted or nothing was gold.
 */
export function f1(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}
