/** Shared by the split tests of invented files (test/split-families-*.test.ts, test/split-line-ends.test.ts). */
import { expect } from "vitest";
import { processFile, type FileResult } from "../../pipeline/document.ts";

/** One invented file through load → clean → split (entities and dates play no part in the boundaries). */
export function run(name: string, text: string): FileResult {
  return processFile(name, Buffer.from(text, "utf8"), { skip: new Set(["entities", "dates"]) });
}

/** Four distinct invented paragraphs about `word`. */
export function paras(word: string): string[] {
  return [
    `The ${word} board met on Monday to settle the budget for the coming year, after months of talks that left the members divided over how much should go to repairs.`,
    `Members who backed the ${word} budget said the repairs could not wait another winter, while others asked for a survey of the older buildings before any money is spent.`,
    `The ${word} treasurer said the accounts would be put online by the end of the month, so that residents could see for themselves where every pound of the levy goes.`,
    `A vote on the ${word} plan is due in the spring, when the board expects the first estimates from the builders to have come in and the survey to be finished.`,
  ];
}

/** Every paragraph in exactly one article (or in the audit of removed text), never in two places. */
export function expectKept(r: FileResult, ps: string[]): void {
  for (const p of ps) {
    const n = r.articles.filter((a) => a.text.includes(p)).length + r.removed.filter((x) => x.text.includes(p)).length;
    expect(n, p.slice(0, 40)).toBe(1);
  }
}

/** Three invented stories: their topic word, headline, author, date (as printed, as ISO) and paragraphs (paras). */
export const WORDS = ["ferry", "market", "museum"];
export const HEADS = ["Ferry company orders two new boats", "Market hall reopens after the fire", "Museum finds the lost town charter"];
export const AUTHORS = ["Ann Wells", "Tom Abel", "Mina Park"];
export const DAYS: [string, string][] = [
  ["7 May 2024", "2024-05-07"],
  ["8 May 2024", "2024-05-08"],
  ["9 May 2024", "2024-05-09"],
];
export const BODIES = WORDS.map(paras);

/**
 * Story `i` as a plain-text dump prints it: headline, "By" byline and date lines, then its first `paras` paragraphs
 * (all four by default); no line end after the last paragraph. `author` and `day` stand in for the story's own.
 */
export function signedStory(i: number, { author = AUTHORS[i], day = DAYS[i][0], paras = BODIES[i].length }: { author?: string; day?: string; paras?: number } = {}): string {
  return `${HEADS[i]}\nBy ${author}\n${day}\n\n${BODIES[i].slice(0, paras).join("\n\n")}`;
}
