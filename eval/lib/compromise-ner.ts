/**
 * The compromise baseline of the data README, for the "compromise F1" column
 * of `npm run eval:entities -- --compromise`: compromise's people() →
 * PERSON, organizations() → ORG, places() → GPE, #Demonym → NORP, with light
 * clean-up (split at commas, strip leading titles and edge punctuation, drop a
 * possessive 's). compromise is a dev dependency (MIT); it is never used by the
 * pipeline.
 */
import nlp from "compromise";
import { isTitle } from "../../stages/entities/lexicon.ts";
import type { Predicted } from "./ner.ts";

interface Match {
  text: string;
  offset: { start: number; length: number };
}

function clean(text: string, start: number, type: string, out: Predicted[]): void {
  let at = 0;
  for (const part of text.split(",")) {
    let s = start + at;
    let t = part;
    at += part.length + 1;
    // Edge punctuation and spaces.
    const lead = t.match(/^[^\p{L}\p{N}]*/u)![0].length;
    s += lead;
    // A sentence's full stop is not part of a name ("North Carolina."); an abbreviation's is ("U.S.").
    t = t.slice(lead).replace(/[^\p{L}\p{N}.]+$/u, "").replace(/(\p{Ll}{2})\.$/u, "$1").replace(/['’]s$/u, "");
    // Leading titles ("Minister Sergey Lavrov").
    for (;;) {
      const m = t.match(/^(\S+)\s+/u);
      if (!m || !isTitle(m[1].replace(/\.$/, ""))) break;
      s += m[0].length;
      t = t.slice(m[0].length);
    }
    if (/\p{Lu}/u.test(t)) out.push({ start: s, end: s + t.length, type });
  }
}

/** compromise's entities in `text`, non-overlapping (first come, first kept). */
export function compromiseEntities(text: string): Predicted[] {
  const doc = nlp(text);
  const out: Predicted[] = [];
  const take = (ms: Match[], type: string) => {
    for (const m of ms) clean(text.slice(m.offset.start, m.offset.start + m.offset.length), m.offset.start, type, out);
  };
  const opts = { offset: true };
  take(doc.people().json(opts) as Match[], "PERSON");
  take(doc.organizations().json(opts) as Match[], "ORG");
  take(doc.places().json(opts) as Match[], "GPE");
  take(doc.match("#Demonym").json(opts) as Match[], "NORP");
  const kept: Predicted[] = [];
  for (const p of out.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (kept.length > 0 && p.start < kept[kept.length - 1].end) continue;
    kept.push(p);
  }
  return kept;
}
