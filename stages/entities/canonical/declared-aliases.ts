/**
 * Alias pairs a text declares itself: a name followed by its translation or
 * acronym in brackets ("Harakat al-Tahrir (Liberation Movement)", "Islamic State of
 * Iraq and the Levant (ISIL)"), or an acronym followed by its long form
 * ("ISIL (Islamic State of Iraq and the Levant)"). The pairs feed
 * `EntityIndex.add(articleId, mentions, aliasPairs)`.
 *
 * Only ORG and GPE mentions declare aliases: a bracket after a person is a
 * role, an age or a party ("Smith (Labour)"), and a bracket after a dateline
 * place is a news agency ("Kabul (Reuters)", which is one word: refused below).
 */
import type { EntityType } from "../../../schemas/records.ts";
import { acronymFits } from "./acronyms.ts";

/** Two surfaces a document declares to be the same entity, e.g. a name and its translation in brackets. */
export type AliasPair = readonly [string, string];

/** A mention with its UTF-16 offsets in the article text (as `MentionDraft`). */
export interface PlacedMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
}

const DECLARING_TYPES: ReadonlySet<EntityType> = new Set(["ORG", "GPE"]);

/** An acronym in brackets: 2 to 6 capitals, dots optional ("ISIL", "U.N."). */
const BRACKET_ACRONYM = /^\(\s*((?:\p{Lu}\.?){2,6})\s*\)/u;

/**
 * A long form in brackets: two to eight words, each capitalised or a short
 * function word ("Army of Islam", "Levant Liberation Committee"). One word is
 * refused: it is usually an agency or a party label ("(Reuters)", "(Labour)").
 */
const BRACKET_NAME =
  /^\(\s*(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|for|in|on|al|el|de|du|la|le|\p{Lu}[\p{L}'’-]*)){1,7})\s*\)/u;

/** True when a mention is written as an acronym. */
const isAcronym = (s: string) => /^(?:\p{Lu}\.?){2,6}$/u.test(s.trim());

/** Alias pairs declared right after ORG/GPE mentions, in text order. */
export function declaredAliasPairs(text: string, mentions: readonly PlacedMention[]): AliasPair[] {
  const pairs: AliasPair[] = [];
  for (const m of mentions) {
    if (!DECLARING_TYPES.has(m.type)) continue;
    const after = text.slice(m.end, m.end + 120).replace(/^[ \t]+/, "");
    if (!after.startsWith("(")) continue;
    const acronym = BRACKET_ACRONYM.exec(after);
    if (acronym && !isAcronym(m.text)) {
      // The acronym must abbreviate this mention: "the Free Army of Lebanon (FAL)" tagged as
      // "Lebanon" alone declares nothing about Lebanon.
      if (acronymFits(acronym[1]!, m.text)) pairs.push([m.text, acronym[1]!]);
      continue;
    }
    const name = BRACKET_NAME.exec(after);
    if (name && isAcronym(m.text) && !acronymFits(m.text, name[1]!)) continue;
    if (name && (isAcronym(m.text) || m.type === "ORG")) pairs.push([m.text, name[1]!]);
  }
  return pairs;
}
