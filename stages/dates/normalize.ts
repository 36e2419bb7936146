/** Number words and ISO 8601 durations for the dates stage. */
import { NUMBER_WORDS, UNITS, CLOCK_UNITS, ORDINALS, VAGUE_QUANTITIES } from "./lexicon.ts";

const VAGUE = new Set(VAGUE_QUANTITIES);
const SPLIT_RE = /[\s-]+/;

/**
 * Parse a quantity: digits ("48", "1.5", "1,000"), words ("twenty-five",
 * "a", "a dozen"), or a vague word ("several") → null meaning "X".
 */
export function parseQuantity(s: string): number | null {
  const t = s.toLowerCase().trim();
  if (VAGUE.has(t)) return null;
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ""));
  let total = 0;
  let any = false;
  for (const w of t.split(SPLIT_RE)) {
    if (w === "and" || w === "of") continue;
    const n = NUMBER_WORDS[w];
    if (n === undefined) {
      if (VAGUE.has(w)) return null;
      continue;
    }
    any = true;
    if (n === 100) total = (total || 1) * 100;
    else if (w === "half" && total > 0) total += 0.5;
    else if ((w === "a" || w === "an") && total > 0) continue;
    else total += n;
  }
  return any ? total : null;
}

export function parseOrdinal(s: string): number | null {
  const t = s.toLowerCase().replace(/\s+/g, "-");
  if (ORDINALS[t] !== undefined) return ORDINALS[t];
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  return m ? Number(m[1]) : null;
}

/** Singular unit key of a unit word ("Years" → "year", "centuries" → "century"). */
export function unitKey(w: string): string {
  const t = w.toLowerCase().replace(/\s+/g, " ");
  if (t === "centuries") return "century";
  return UNITS[t] ? t : t.replace(/s$/, "");
}

/** ISO 8601 duration for n units (n null → "X"): (2, "year") → P2Y, (48, "hour") → PT48H, (null, "year") → PXY. */
export function durationValue(n: number | null, unit: string): string {
  const key = unitKey(unit);
  const [code, mult] = UNITS[key] ?? ["D", 1];
  const t = CLOCK_UNITS.has(key) ? "T" : "";
  if (n === null) {
    // "decades" → PXE? TimeBank writes vague decades in years: PXY (likewise centuries).
    return `P${t}X${code}`;
  }
  let v = n * mult;
  let c = code;
  // quarters stay quarters: TimeBank writes "the past two quarters" as P2Q
  if (!Number.isInteger(v)) {
    // "a year and a half" → P18M; "an hour and a half" → PT90M; "a minute and a half" → PT90S
    if (c === "Y") { v *= 12; c = "M"; }
    else if (c === "D") { v *= 24; c = "H"; return `PT${v}${c}`; }
    else if (c === "H") { v *= 60; c = "M"; }
    else if (c === "M" && t) { v *= 60; c = "S"; }
    else if (c === "W") { v *= 7; c = "D"; }
    else if (c === "M") { v *= 30; c = "D"; }
  }
  return `P${t}${v}${c}`;
}
