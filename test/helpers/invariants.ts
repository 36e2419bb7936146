/** Invariants every output article must satisfy, checked on every fixture and run. */
import { expect } from "vitest";
import type { Article } from "../../schemas/records.ts";

/** Python-style code-point slice. */
export function cpSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}

export function checkArticleInvariants(a: Article): void {
  const cps = Array.from(a.text);
  const slice = (s: number, e: number) => cps.slice(s, e).join("");
  for (const p of a.paragraphs) expect(slice(p.start, p.end)).toBe(p.text);
  if (a.paragraphs.length > 0 && a.paragraphs.map((p) => p.text).join("\n\n") !== a.text) {
    // verbatim text (clean skipped): paragraphs must still cover every non-space character
    expect(a.paragraphs.map((p) => p.text).join("").replace(/\s+/g, "")).toBe(a.text.replace(/\s+/g, ""));
  }
  for (const s of a.sentences) {
    expect(slice(s.start, s.end)).toBe(s.text);
    const p = a.paragraphs[s.paragraph];
    expect(s.start >= p.start && s.end <= p.end).toBe(true);
  }
  // sentences of a paragraph re-join to it (separated by whitespace only)
  a.paragraphs.forEach((p, i) => {
    const ss = a.sentences.filter((s) => s.paragraph === i);
    expect(ss.map((s) => s.text).join("").replace(/\s+/g, "")).toBe(p.text.replace(/\s+/g, ""));
  });
  for (const m of a.mentions) {
    expect(slice(m.start, m.end)).toBe(m.text);
    expect(m.end).toBeGreaterThan(m.start);
  }
  for (const d of a.dates) {
    expect(slice(d.start, d.end)).toBe(d.text);
    expect(d.end).toBeGreaterThan(d.start);
  }
}
