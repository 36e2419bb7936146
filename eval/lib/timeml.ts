/**
 * A small regex-based reader for TimeML (.tml) files, as used by the
 * TempEval-3 corpora. It keeps only what the dates evaluation needs: the text
 * between <TEXT> and </TEXT> with every tag stripped and the five XML entities
 * decoded, the gold TIMEX3 spans (UTF-16 offsets into that text) and the DCT.
 *
 * The files are research-only data: this reader is used by eval/ commands and
 * never by stage code or unit tests.
 */

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod: string | null;
  /** TimeML `temporalFunction`: the value was computed from another time (the DCT or a time in the text). */
  temporalFunction: boolean;
  /** TimeML `anchorTimeID`: the tid of the time it was computed from, when the annotators wrote it. */
  anchorTimeID: string | null;
}

export interface TimeMLDoc {
  /** Document text (tags stripped, entities decoded). */
  text: string;
  /** DCT value (TIMEX3 value inside <DCT>) or null. */
  dct: string | null;
  /** The DCT's TIMEX3 tid (the `anchorTimeID` of expressions anchored on the publication date), or null. */
  dctTid: string | null;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** A tag or an entity inside the TEXT body. */
const TOKEN_RE = /<(\/?)([A-Za-z0-9_]+)([^>]*)>|&(amp|lt|gt|quot|apos);/g;
const ATTR_RE = /([A-Za-z_]+)="([^"]*)"/g;
const TEXT_RE = /<TEXT>([\s\S]*?)<\/TEXT>/;
const DCT_RE = /<DCT>\s*<TIMEX3([^>]*)>/;

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(ATTR_RE)) out[m[1]] = m[2];
  return out;
}

/** Parse one TimeML file's content. */
export function parseTimeML(xml: string): TimeMLDoc {
  const dctM = DCT_RE.exec(xml);
  const dctA = dctM ? attrs(dctM[1]) : null;
  const dct = dctA?.value ?? null;
  const dctTid = dctA?.tid ?? null;
  const body = TEXT_RE.exec(xml)?.[1] ?? "";
  let text = "";
  let last = 0;
  const open: { start: number; a: Record<string, string> }[] = [];
  const timexes: GoldTimex[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(body); m; m = TOKEN_RE.exec(body)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[4]) {
      text += ENTITIES[m[4]];
      continue;
    }
    if (m[2] !== "TIMEX3") continue;
    if (m[1] === "/") {
      const o = open.pop();
      if (!o) continue;
      timexes.push({
        start: o.start,
        end: text.length,
        text: text.slice(o.start, text.length),
        type: o.a.type ?? "DATE",
        value: o.a.value ?? "",
        mod: o.a.mod ?? null,
        temporalFunction: o.a.temporalFunction === "true",
        anchorTimeID: o.a.anchorTimeID ?? null,
      });
    } else if (!m[3].trimEnd().endsWith("/")) {
      open.push({ start: text.length, a: attrs(m[3]) });
    }
  }
  text += body.slice(last);
  timexes.sort((a, b) => a.start - b.start);
  return { text, dct, dctTid, timexes };
}
