/** An invented news story for the text-dump cleaning tests (clean-text-*.test.ts): its paragraphs, page furniture to wrap it in, and what the cleaner kept as the article. */
import type { CleanResult } from "../../stages/types.ts";

export const FOOTBRIDGE = [
  "Volunteers in the hill town of Ostrava Nova spent the weekend rebuilding a footbridge that the spring floods had carried away last month.",
  "The old bridge, built of timber in the 1950s, linked the school to the houses on the far bank, and children had been walking an extra hour each day.",
  "\"Nobody waited for the council; we simply started on Saturday morning,\" said Irena Kolar, a carpenter who led the work with her two brothers.",
  "The council said it would pay for the steel cables, and engineers are due to inspect the new crossing before it opens to the public next week.",
  "Shares of the timber supplier rose after the announcement, and analysts said the contract would lift its yearly revenue by a tenth.",
];

/** The article's blocks (body paragraphs and headings), in order. */
export const bodyLines = (r: CleanResult): string[] => r.blocks.filter((b) => b.role === "body" || b.role === "heading").map((b) => b.text);

/** A dump of text blocks as a renderer prints them: one blank line between blocks. */
export const txt = (...lines: string[]): string => lines.join("\n\n");
/** An invented site menu and footer to wrap an article in. */
export const menu = ["Home", "News", "Sport", "Weather", "Travel", "Contact"];
export const footer = ["Privacy", "Terms", "© 2024 Example Times. All rights reserved."];
