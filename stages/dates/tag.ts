/** Temporal expression tagging. Placeholder: replaced by the real TIMEX3 tagger. */
import type { TimexDraft } from "../types.ts";

/**
 * Find and normalise the time expressions of `text`.
 * @param dct the article's publication date or date-time (ISO 8601), or null when unknown.
 * Offsets are UTF-16 offsets into `text`.
 */
export function tagDates(_text: string, _dct: string | null): TimexDraft[] {
  return [];
}
