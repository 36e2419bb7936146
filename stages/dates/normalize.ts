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
  if (/^\d[\d,.]*$/.test(t)) return Number(t.replace(/,/g, ""));
  const words = t.split(SPLIT_RE).filter((w) => w !== "and" && w !== "of");
  // "a" counts as one only alone: "a couple of years" is two, "a dozen" twelve, "a half" one half
  const onlyArticle = words.every((w) => w === "a" || w === "an" || NUMBER_WORDS[w] === undefined);
  let total = 0;
  let any = false;
  for (const w of words) {
    if (w === "1/2") { total += 0.5; any = true; continue; }
    if (/^\d+$/.test(w)) { total += Number(w); any = true; continue; }
    const n = NUMBER_WORDS[w];
    if (n === undefined) {
      if (VAGUE.has(w)) return null;
      continue;
    }
    if ((w === "a" || w === "an") && !onlyArticle) continue;
    any = true;
    // "two thousand five hundred": a hundred multiplies what follows the last thousand
    if (n === 1000) total = (total || 1) * 1000;
    else if (n === 100) total = total - (total % 1000) + ((total % 1000) || 1) * 100;
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
    // "decades" → PXE? TimeBank writes vague decades in years: PXY. Family: an unknown number of
    // centuries ("for centuries") keeps TimeML's century unit, PXC, as the corpus writes it (a count of
    // centuries, "two centuries", stays in years: P200Y).
    if (key === "century") return "PXC";
    return `P${t}X${code}`;
  }
  let v = n * mult;
  let c = code;
  // quarters stay quarters: TimeBank writes "the past two quarters" as P2Q
  if (!Number.isInteger(v)) {
    // a fraction is written with the next smaller unit: "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M
    const whole = Math.floor(v);
    const rest = v - whole;
    const sub: Record<string, [string, number, boolean]> = {
      Y: ["M", 12, false], M: t ? ["S", 60, true] : ["D", 30, false], W: ["D", 7, false], D: ["H", 24, true], H: ["M", 60, true], Q: ["M", 3, false],
    };
    const [c2, k, clock] = sub[c] ?? ["", 0, false];
    if (!c2) return `P${t}${v}${c}`;
    const part = Math.round(rest * k);
    const head = whole ? `${whole}${c}` : "";
    return clock && !t ? `P${head}T${part}${c2}` : `P${t}${head}${part}${c2}`;
  }
  return `P${t}${v}${c}`;
}
