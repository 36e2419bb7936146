/** HTML main-content extraction. Placeholder: replaced by the real extractor. */
import * as cheerio from "cheerio";
import type { CleanResult } from "../types.ts";

export interface HtmlOptions {
  url?: string | null;
  crawledAt?: string | null;
}

export function extractHtml(html: string, _opts: HtmlOptions = {}): CleanResult {
  const $ = cheerio.load(html, { xml: false });
  const blocks = $("p")
    .toArray()
    .map((p) => $(p).text().replace(/\s+/g, " ").trim())
    .filter((t) => t.length > 0)
    .map((text) => ({ text, role: "body" as const }));
  const title = $("title").first().text().trim() || null;
  return { blocks, removed: [], meta: { title } };
}
