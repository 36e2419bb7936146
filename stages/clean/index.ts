/**
 * clean: page → kept blocks + audit of removed blocks + metadata found on the page.
 * HTML goes through main-content extraction; text dumps through the block classifier,
 * with the template lines learned from the other documents of the same site.
 */
import { posix } from "node:path";
import type { SourceDoc, Stage, StageContext, WorkDoc } from "../types.ts";
import { limitNesting } from "./depth.ts";
import { extractHtml } from "./html.ts";
import { cleanTextDump } from "./text.ts";

/**
 * The site a document belongs to, for the template corpus pass: the record's
 * site or URL host when known, else the folder it was saved in (scrapers
 * usually save one site per folder).
 */
export function siteKeyOf(doc: SourceDoc): string {
  if (doc.given.site) return `site:${doc.given.site.toLowerCase()}`;
  if (doc.given.url) {
    try {
      return `host:${new URL(doc.given.url).hostname.replace(/^www\./, "")}`;
    } catch {
      // not a URL: fall through to the folder
    }
  }
  return `dir:${posix.dirname(doc.source)}`;
}

export function cleanDocument(doc: WorkDoc, ctx: StageContext): WorkDoc {
  const { source } = doc;
  const clean =
    source.kind === "html"
      ? extractHtml(limitNesting(source.content), { url: source.given.url ?? null, crawledAt: source.crawledAt ?? null })
      : cleanTextDump(source.content, { templates: ctx.templates, siteKey: siteKeyOf(source) });
  return { ...doc, clean };
}

export const cleanStage: Stage = { name: "clean", version: "1", run: cleanDocument };
