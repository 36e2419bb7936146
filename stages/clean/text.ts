/** Text-dump cleaning. Placeholder: replaced by the real block classifier. */
import type { CleanResult } from "../types.ts";

export function cleanTextDump(text: string): CleanResult {
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s+/g, " ").trim())
    .filter((b) => b.length > 0)
    .map((t) => ({ text: t, role: "body" as const }));
  return { blocks, removed: [], meta: {} };
}
