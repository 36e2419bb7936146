/**
 * Lookups shared by the dates tests: the first timex whose text contains a surface, its value, and every
 * timex of a text as "text=value".
 */
import { tagDates } from "../../stages/dates/tag.ts";

export function timexFinders(defaultDct: string) {
  function find(text: string, surface: string, dct: string | null = defaultDct) {
    const all = tagDates(text, dct);
    const hit = all.find((t) => t.text.includes(surface));
    if (!hit) throw new Error(`no timex for "${surface}" in: ${JSON.stringify(all.map((t) => t.text))}`);
    return hit;
  }
  const value = (text: string, surface: string, dct: string | null = defaultDct) => find(text, surface, dct).value;
  const tags = (text: string, dct: string | null = defaultDct) => tagDates(text, dct).map((t) => `${t.text}=${t.value}`);
  return { find, value, tags };
}
